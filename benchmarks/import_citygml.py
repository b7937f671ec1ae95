"""Benchmark the PLATEAU CityGML importer on >= 200 MB inputs built from the real shared samples.

    python benchmarks/import_citygml.py [--size-mb 200] [--work benchmarks/_work] [--keep]

Inputs (built once in the work folder, reused when present):

* ``lod1_<N>mb_bldg_6697_op.gml`` - the members of ``53392547_bldg_6697_op2.gml`` (i-UR 1.4, LOD0 + LOD1,
  flood sets) replicated;
* ``lod2tex_<N>mb_bldg_6697_op.gml`` - the members of ``52397519_bldg_6697_op.gml`` (i-UR 2.0, LOD2 with
  BuildingParts and xlinks) replicated, followed by its appearance block with the texture targets of
  every copy (the textured case).

Every copy gets fresh ids (the first 8 hex digits of every UUID-based gml:id, and with them every
``xlink:href``, ``app:target uri`` and ``ring`` reference, become the copy number) and its own coordinate
offset (the leading latitude/longitude digits change, so copies land on distinct 0.1° cells).

For each input it prints MB/s, buildings/s and peak RSS (sum over the process and its children, sampled
with psutil; the peak sums of PSS and USS too, for reference) for (a) a bare lxml iterparse pass (parse and clear every cityObjectMember, nothing
extracted) and (b) the full import into a new project file, each in a fresh Python process, and the
ratio import/bare, against the targets of issue 2 §7.
"""

from __future__ import annotations

import argparse
import json
import math
import os
import re
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SHARED = ROOT.parent / "shared" / "data" / "plateau"
LOD1_SRC = "53392547_bldg_6697_op2.gml"
LOD2_SRC = "52397519_bldg_6697_op.gml"
CORE = "http://www.opengis.net/citygml/2.0"

# reference figures (issue 2 §7) for 200 MB inputs on a 2-core machine
PLATEAUKIT_BPS = {"lod1": 693, "lod2tex": 258}
GDAL_MBPS = {"lod1": 17.8, "lod2tex": 0.6}
RSS_LIMIT_MB = 500

_UUID_HEAD = re.compile(rb"[0-9a-f]{8}(?=-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12})")
_MEMBER_START = b"<core:cityObjectMember"
_MEMBER_END = b"</core:cityObjectMember>"


# --- building the inputs ----------------------------------------------------------------------------
def _coordinate_prefixes(data: bytes) -> tuple[bytes, bytes]:
    """Leading 'DD.d' of the latitudes and 'DDD.d' of the longitudes, from the envelope."""
    lo = re.search(rb"<gml:lowerCorner>\s*([\d.]+)\s+([\d.]+)", data)
    hi = re.search(rb"<gml:upperCorner>\s*([\d.]+)\s+([\d.]+)", data)
    lat_lo, lon_lo, lat_hi, lon_hi = (float(x) for x in (lo.group(1), lo.group(2), hi.group(1), hi.group(2)))
    lat_p, lon_p = f"{lat_lo:.3f}"[:4], f"{lon_lo:.3f}"[:5]
    if f"{lat_hi:.3f}"[:4] != lat_p or f"{lon_hi:.3f}"[:5] != lon_p:
        raise SystemExit("sample spans more than a 0.1° cell; cannot offset copies textually")
    return lat_p.encode(), lon_p.encode()


def _offset(data: bytes, lat_p: bytes, lon_p: bytes, k: int) -> bytes:
    """Move copy ``k`` to its own 0.1° cell: 'DD.d' → '3x.y', 'DDD.d' → '13u.v'."""
    new_lat = f"3{k % 10}.{(k // 10) % 10}".encode()
    new_lon = f"13{(k // 100) % 10}.{(k // 1000) % 10}".encode()
    for sep in (b" ", b">"):
        data = data.replace(sep + lat_p, sep + new_lat).replace(sep + lon_p, sep + new_lon)
    return data


class _Template:
    """Bytes whose UUID heads are replaced per copy with one C-level join."""

    def __init__(self, data: bytes):
        self.parts = _UUID_HEAD.split(data)

    def copy(self, k: int) -> bytes:
        return (b"%08x" % k).join(self.parts)


def build_input(kind: str, target_mb: int, work: Path) -> Path:
    src = SHARED / (LOD1_SRC if kind == "lod1" else LOD2_SRC)
    out = work / f"{kind}_{target_mb}mb_bldg_6697_op.gml"
    if out.exists() and out.stat().st_size >= target_mb * 1_000_000:
        return out
    data = src.read_bytes()
    first = data.index(_MEMBER_START)
    last = data.rindex(_MEMBER_END) + len(_MEMBER_END)
    head, members, rest = data[:first], data[first:last], data[last:]
    lat_p, lon_p = _coordinate_prefixes(head)
    member_t = _Template(members)
    # appearance: the texture targets are replicated per copy, the rest once
    app_pieces: list[tuple[bytes, _Template | None]] = []
    if kind == "lod2tex":
        pos = 0
        for m in re.finditer(rb"(<app:target\b.*</app:target>)", rest, re.S):
            app_pieces.append((rest[pos:m.start()], None))
            app_pieces.append((m.group(1), _Template(m.group(1))))
            pos = m.end()
        app_pieces.append((rest[pos:], None))
    else:
        app_pieces.append((rest, None))
    per_copy = len(members) + sum(len(b) for b, t in app_pieces if t is not None)
    copies = math.ceil((target_mb * 1_000_000 - len(head) - len(rest)) / per_copy) + 1
    tmp = out.with_suffix(".part")
    with open(tmp, "wb") as f:
        f.write(head)
        for k in range(copies):
            f.write(_offset(member_t.copy(k), lat_p, lon_p, k))
            f.write(b"\n\t")
        for piece, tmpl in app_pieces:
            if tmpl is None:
                f.write(piece)
            else:
                for k in range(copies):
                    f.write(tmpl.copy(k))
                    f.write(b"\n\t\t\t\t\t")
    os.replace(tmp, out)
    return out


# --- measuring (each in a fresh process) -------------------------------------------------------------
def measure_bare(path: Path) -> dict:
    from lxml import etree

    tag = f"{{{CORE}}}cityObjectMember"
    bldg = "{http://www.opengis.net/citygml/building/2.0}Building"
    t0 = time.perf_counter()
    n = members = 0
    for _ev, el in etree.iterparse(str(path), events=("end",), tag=tag, huge_tree=True):
        members += 1
        n += sum(1 for c in el if c.tag == bldg)
        el.clear()
        while el.getprevious() is not None:
            del el.getparent()[0]
    return {"seconds": time.perf_counter() - t0, "buildings": n, "members": members}


def measure_import(path: Path, project: Path) -> dict:
    from importers.registry import import_path
    from twin.store import Store

    with Store(project) as store:
        t0 = time.perf_counter()
        report = import_path(store, path)
        dt = time.perf_counter() - t0
        n = store.query("SELECT count(*) FROM buildings")[0][0]
        surfaces = store.query("SELECT count(*) FROM building_surfaces")[0][0]
    return {"seconds": dt, "buildings": n, "surfaces": surfaces, "warnings": len(report.warnings),
            "skipped": len(report.skipped)}


def _run_child(args: list[str]) -> tuple[dict, dict]:
    """Run this script in a child process and sample its tree's memory; returns (result, peaks in MB).

    Peaks (of the sum over the process and its children, sampled every 20 ms): ``rss`` (the figure the
    target is judged on; it counts pages shared between the processes - libraries, the interpreter - once
    per process), ``pss`` (shared pages divided among the processes that map them: what the tree really
    costs) and ``uss`` (pages private to one process); ``main`` and ``children``: peak RSS of the process
    itself and peak RSS sum of its children (worker processes, multiprocessing's resource tracker).

    The result also gets ``cpu`` (user + system seconds of the child and everything it waited for,
    i.e. its worker processes) and ``load`` (the 1-minute load average before and after)."""
    import resource

    import psutil

    ru0 = resource.getrusage(resource.RUSAGE_CHILDREN)
    load0 = os.getloadavg()[0]
    proc = subprocess.Popen([sys.executable, __file__, *args], stdout=subprocess.PIPE, text=True, cwd=ROOT)
    ps = psutil.Process(proc.pid)
    peak = {"rss": 0, "pss": 0, "uss": 0, "main": 0, "children": 0}
    stop = threading.Event()

    def sample() -> None:
        while not stop.is_set():
            try:
                procs = [ps, *ps.children(recursive=True)]
                total = {"rss": 0, "pss": 0, "uss": 0, "main": 0, "children": 0}
                for p in procs:
                    try:
                        m = p.memory_full_info()
                    except psutil.Error:
                        continue
                    for k in ("rss", "pss", "uss"):
                        total[k] += getattr(m, k)
                    total["main" if p is ps else "children"] += m.rss
                for k in total:
                    peak[k] = max(peak[k], total[k])
            except psutil.Error:
                pass
            stop.wait(0.02)

    th = threading.Thread(target=sample, daemon=True)
    th.start()
    out, _ = proc.communicate()
    stop.set()
    th.join()
    if proc.returncode != 0:
        raise SystemExit(f"child {' '.join(args)} failed with exit code {proc.returncode}")
    ru1 = resource.getrusage(resource.RUSAGE_CHILDREN)
    result = json.loads(out.strip().splitlines()[-1])
    result["cpu"] = (ru1.ru_utime - ru0.ru_utime) + (ru1.ru_stime - ru0.ru_stime)
    result["load"] = (load0, os.getloadavg()[0])
    return result, {k: v / 1e6 for k, v in peak.items()}


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--size-mb", type=int, default=200)
    ap.add_argument("--work", type=Path, default=ROOT / "benchmarks" / "_work")
    ap.add_argument("--only", choices=["lod1", "lod2tex"])
    ap.add_argument("--measure", choices=["bare", "import"], help=argparse.SUPPRESS)
    ap.add_argument("--project", type=Path, help=argparse.SUPPRESS)
    ap.add_argument("path", nargs="?", type=Path, help=argparse.SUPPRESS)
    a = ap.parse_args()
    if a.measure == "bare":
        print(json.dumps(measure_bare(a.path)))
        return
    if a.measure == "import":
        print(json.dumps(measure_import(a.path, a.project)))
        return
    if not (SHARED / LOD1_SRC).exists():
        raise SystemExit(f"the real PLATEAU samples are not at {SHARED}")
    a.work.mkdir(parents=True, exist_ok=True)
    kinds = [a.only] if a.only else ["lod1", "lod2tex"]
    print(f"machine: {os.cpu_count()} CPU(s); Python {sys.version.split()[0]}")
    for kind in kinds:
        t0 = time.perf_counter()
        path = build_input(kind, a.size_mb, a.work)
        mb = path.stat().st_size / 1e6
        print(f"\n== {path.name}: {mb:,.1f} MB (built/checked in {time.perf_counter() - t0:.1f} s)")
        bare, bare_rss = _run_child(["--measure", "bare", str(path)])
        with tempfile.TemporaryDirectory(dir=a.work) as tmp:
            project = Path(tmp) / "bench.duckdb"
            imp, imp_rss = _run_child(["--measure", "import", "--project", str(project), str(path)])
        b_mbs, i_mbs = mb / bare["seconds"], mb / imp["seconds"]
        b_bps, i_bps = bare["buildings"] / bare["seconds"], imp["buildings"] / imp["seconds"]
        print(f"  bare lxml pass : {bare['seconds']:6.2f} s  {b_mbs:6.1f} MB/s  {b_bps:8,.0f} buildings/s  "
              f"peak RSS {bare_rss['rss']:6.0f} MB  ({bare['buildings']:,} buildings; {bare['cpu']:.1f} CPU-s; "
              f"load {bare['load'][0]:.1f}→{bare['load'][1]:.1f})")
        print(f"  full import    : {imp['seconds']:6.2f} s  {i_mbs:6.1f} MB/s  {i_bps:8,.0f} buildings/s  "
              f"peak RSS {imp_rss['rss']:6.0f} MB  ({imp['buildings']:,} buildings, {imp['surfaces']:,} surfaces, "
              f"{imp['warnings']} warnings, {imp['skipped']} skipped; {imp['cpu']:.1f} CPU-s incl. start-up "
              f"and workers; load {imp['load'][0]:.1f}→{imp['load'][1]:.1f})")
        ratio = i_mbs / b_mbs
        pk = PLATEAUKIT_BPS[kind]
        print(f"  import / bare  : {ratio:.0%} (target >= 50%)  {'OK' if ratio >= 0.5 else 'MISSED'}")
        print(f"  vs plateaukit  : {i_bps / pk:.1f}x its {pk} buildings/s (target >= 3x)  "
              f"{'OK' if i_bps >= 3 * pk else 'MISSED'}")
        print(f"  vs GDAL        : {i_mbs / GDAL_MBPS[kind]:.1f}x its {GDAL_MBPS[kind]} MB/s (target > 1x)  "
              f"{'OK' if i_mbs > GDAL_MBPS[kind] else 'MISSED'}")
        print(f"  peak RSS       : {imp_rss['rss']:.0f} MB (sum of RSS over the import's processes; target <= "
              f"{RSS_LIMIT_MB} MB)  {'OK' if imp_rss['rss'] <= RSS_LIMIT_MB else 'MISSED'}")
        print(f"  (for reference : peak PSS sum {imp_rss['pss']:.0f} MB, peak USS sum {imp_rss['uss']:.0f} MB: shared "
              "library pages counted once / not at all; the target is judged on the RSS sum above)")
        print(f"  (RSS by process: main process peak {imp_rss['main']:.0f} MB, its children's peak sum "
              f"{imp_rss['children']:.0f} MB)")


if __name__ == "__main__":
    main()
