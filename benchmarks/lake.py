"""Benchmark ``kaga-twin lake build`` (issue 12): ~40 city-sized PLATEAU datasets (~1 GB) built from the real shared
samples, built into a lake on a LocalCluster of 1 and of 2 workers; then ``lake stats`` and a DuckDB bbox query.

    python benchmarks/lake.py [--mb 1000] [--sources 40] [--rounds 3] [--work benchmarks/_work]

Prints MB/s and buildings/s per run, the 2-worker speed-up of each round (a 1-worker build, then a 2-worker one) and
their median (target >= 1.7x, judged on the median), the peak RSS of each worker process
(target <= 500 MB), the time of ``lake stats --by mesh3`` and of a bbox query. The inputs are dataset folders
``<code>_benchcity<k>_city_2024_citygml_1_op/udx/bldg/<mesh>_bldg_6697_op.gml``: the members of a real LOD1 (Tokyo)
or LOD2 (Yokosuka) file repeated with fresh gml:ids, moved to the city's own 0.1° cell. On a shared 2-core
machine, read the load column: figures taken while other work runs are low."""

from __future__ import annotations

import argparse
import math
import os
import re
import shutil
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

SHARED = Path(os.environ.get("KAGA_TWIN_SHARED_PLATEAU") or ROOT.parent / "shared" / "data" / "plateau")
SOURCES = ("53392547_bldg_6697_op2.gml", "52397519_bldg_6697_op.gml")   # LOD1 Tokyo, LOD2 Yokosuka
SPEEDUP_TARGET = 1.7
RSS_TARGET_MB = 500

_UUID_HEAD = re.compile(rb"[0-9a-f]{8}(?=-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12})")
_START, _END = b"<core:cityObjectMember", b"</core:cityObjectMember>"


def _prefixes(head: bytes) -> tuple[bytes, bytes]:
    lo = re.search(rb"<gml:lowerCorner>\s*([\d.]+)\s+([\d.]+)", head)
    lat, lon = float(lo.group(1)), float(lo.group(2))
    return f"{lat:.3f}"[:4].encode(), f"{lon:.3f}"[:5].encode()


def make_city(k: int, mb: float, work: Path) -> Path:
    """Dataset folder ``k`` of about ``mb`` MB (reused when present)."""
    code = f"{17201 + k}"
    folder = work / f"{code}_benchcity{k}_city_2024_citygml_1_op"
    src = SHARED / SOURCES[k % 2]
    lat_new = f"3{5 + (k // 10) % 3}.{k % 10}".encode()            # 35.x–37.x N
    lon_new = f"13{6 + (k // 30) % 3}.{(k * 3) % 10}".encode()       # 136.x–138.x E
    mesh = f"{int(float(lat_new) * 1.5):02d}{int(float(lon_new)) - 100:02d}0000"
    out = folder / "udx" / "bldg" / f"{mesh}_bldg_6697_op.gml"
    if out.exists() and out.stat().st_size >= mb * 0.95e6:
        return folder
    data = src.read_bytes()
    first, last = data.index(_START), data.rindex(_END) + len(_END)
    head, members, rest = data[:first], data[first:last], data[last:]
    lat_p, lon_p = _prefixes(head)
    for sep in (b" ", b">"):
        head = head.replace(sep + lat_p, sep + lat_new).replace(sep + lon_p, sep + lon_new)
        members = members.replace(sep + lat_p, sep + lat_new).replace(sep + lon_p, sep + lon_new)
    parts = _UUID_HEAD.split(members)
    copies = max(1, math.ceil(mb * 1e6 / len(members)))
    out.parent.mkdir(parents=True, exist_ok=True)
    tmp = out.with_suffix(".part")
    with open(tmp, "wb") as f:
        f.write(head)
        for c in range(copies):
            f.write((b"%08x" % (k * 100_000 + c)).join(parts))
            f.write(b"\n\t")
        f.write(rest)
    os.replace(tmp, out)
    return folder


def load() -> float:
    return os.getloadavg()[0]


def run_build(srcs: list[Path], lake: Path, workers: int) -> dict:
    from importers.lake.build import build_lake
    from twin.lake.cluster import dask_client

    shutil.rmtree(lake, ignore_errors=True)
    t0 = time.perf_counter()
    with dask_client(workers) as client:
        client.wait_for_workers(workers)
        start = time.perf_counter() - t0
        l0 = load()
        t0 = time.perf_counter()
        report = build_lake(srcs, lake, client=client, out=None)   # sha256 of every source, then the tasks
        secs = time.perf_counter() - t0
    if report.failed:
        raise SystemExit(f"failed: {[e['error'] for e in report.failed]}")
    mb = sum(e["size"] for e in report.built) / 1e6
    bldg = report.totals().get("buildings", 0)
    peaks: dict[str, float] = {}
    for e in report.built:
        peaks[e["worker"]] = max(peaks.get(e["worker"], 0.0), e["peak_rss_mb"])
    print(f"  {workers} worker(s): {secs:7.1f} s  {mb / secs:6.1f} MB/s  {bldg / secs:8,.0f} buildings/s  "
          f"({len(report.built)} sources, {mb:,.0f} MB, {bldg:,} buildings; cluster start {start:.1f} s not "
          f"counted)  load {l0:.1f}→{load():.1f}")
    for w, p in sorted(peaks.items()):
        print(f"      worker {w}: peak RSS {p:.0f} MB  {'OK' if p <= RSS_TARGET_MB else 'MISSED'} "
              f"(target <= {RSS_TARGET_MB} MB)")
    return {"seconds": secs, "mb": mb, "peaks": peaks}


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--mb", type=float, default=1000, help="total input size (default 1000 MB)")
    ap.add_argument("--sources", type=int, default=40, help="number of city datasets (default 40)")
    ap.add_argument("--work", type=Path, default=ROOT / "benchmarks" / "_work")
    ap.add_argument("--rounds", type=int, default=3,
                    help="rounds of a 1-worker and a 2-worker build (the speed-up is judged on the median)")
    args = ap.parse_args()
    if not (SHARED / SOURCES[0]).exists():
        raise SystemExit(f"the shared PLATEAU samples are not at {SHARED}")
    work = args.work / "lake_sources"
    t0 = time.perf_counter()
    srcs = [make_city(k, args.mb / args.sources, work) for k in range(args.sources)]
    size = sum(f.stat().st_size for s in srcs for f in s.rglob("*.gml")) / 1e6
    print(f"{len(srcs)} city datasets, {size:,.0f} MB in {work} (made/checked in {time.perf_counter() - t0:.1f} s); "
          f"{os.cpu_count()} cores")
    speedups = []
    for k in range(args.rounds):
        if args.rounds > 1:
            print(f"  -- round {k + 1} of {args.rounds}")
        one = run_build(srcs, args.work / "lake_1w", 1)
        two = run_build(srcs, args.work / "lake_2w", 2)
        speedups.append(one["seconds"] / two["seconds"])
    speedup = sorted(speedups)[len(speedups) // 2] if len(speedups) % 2 else sum(
        sorted(speedups)[len(speedups) // 2 - 1:len(speedups) // 2 + 1]) / 2
    each = f" median of {' / '.join(f'{x:.2f}' for x in speedups)}" if len(speedups) > 1 else ""
    print(f"  speed-up 2 workers / 1 worker: {speedup:.2f}x{each}  {'OK' if speedup >= SPEEDUP_TARGET else 'MISSED'} "
          f"(target >= {SPEEDUP_TARGET}x)")
    lake = args.work / "lake_2w"
    try:
        from twin.lake.stats import lake_stats
    except ImportError:
        print("  lake stats: not available (twin.lake.stats missing)")
    else:
        t0 = time.perf_counter()
        try:
            res = lake_stats(lake, by="mesh3", out=args.work / "lake_stats_mesh3.parquet", workers=2)
        except Exception as exc:   # report and go on to the query
            print(f"  lake stats --by mesh3: FAILED: {type(exc).__name__}: {exc}")
        else:
            print(f"  lake stats --by mesh3 (2 workers): {time.perf_counter() - t0:.1f} s, {res.rows:,} meshes, "
                  f"{res.buildings:,} buildings")
    import duckdb

    from twin.lake.layout import table_glob

    con = duckdb.connect()
    q = (f"SELECT count(*), sum(total_floor_area) FROM read_parquet('{table_glob(lake, 'buildings')}', "
         "hive_partitioning = true) WHERE bbox.xmin >= 136.0 AND bbox.xmax <= 136.5 AND bbox.ymin >= 35.0 "
         "AND bbox.ymax <= 36.0")
    t0 = time.perf_counter()
    n, _area = con.execute(q).fetchone()
    print(f"  DuckDB bbox query (136.0–136.5 E, 35–36 N): {time.perf_counter() - t0:.2f} s, {n:,} buildings")


if __name__ == "__main__":
    main()
