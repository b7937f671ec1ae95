#!/usr/bin/env python3
"""Repair-priority benchmark: map-matching, cases, scoring and writing for 100,000 reports on 20,000 road segments.

    python benchmarks/repairs.py [--segments 20000] [--reports 100000] [--repeat 3] [--seed 1] [--workdir DIR]
                                 [--rebuild]

A synthetic project is written once into ``--workdir`` (``benchmarks/_work/``, re-used when present; ``--rebuild``
writes it again): a noded grid network of ``--segments`` segments around Kaga Onsen Station in the project CRS
(100 m blocks with jittered nodes and slightly bent segments; national, prefectural, municipal and residential
roads with widths and 緊急輸送道路 classes), and ``--reports`` reports over two years:

* AI detections (≈ 60 %) of damage sites on the major roads, each site detected again and again by the municipal
  vehicles (RDD classes, confidence, size), so long chains of detections form cases;
* citizen reports (≈ 35 %) of other sites, one to four reports each within a few weeks, with photos and all
  three statuses;
* scattered reports (≈ 5 %), some of them outside the network (flagged);

plus the facilities (station, schools, hospitals, evacuation centres) and 3,000 pavement survey sections.

Each measurement is a child process (so peak RSS, from ``resource.getrusage``, is the analysis's own). It first
clears what an earlier run wrote into the reports (as after an import: every report is written again, the worst
case), then runs the analysis and prints each stage's time: *match* (reading reports and segments, matching,
pavement surveys), *cases* (linking and case ids), *score* (aggregation, facilities, MCI, priority, packages),
*write* (updates and inserts, the parts JSON) and *commit* (the transaction and the recorded run); *re-run* is
the whole pass once more with another weight (only changed rows are written). Target (issue 7): ≤ 5 s for the
whole pass on the 2-core machine. Nothing is asserted: the script prints the figures; on a shared machine read
the load column.
"""

from __future__ import annotations

import argparse
import json
import os
import resource
import sys
import time
from pathlib import Path

from bench_child import run_child  # benchmarks/ is on sys.path when run as a script

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

AS_OF = "2025-07-01T00:00:00+09:00"
DAYS = 730
STATUSES = ("受付済", "対応中", "対応済")
CLASSES = ("D00", "D01", "D10", "D11", "D20", "D40", "D43", "D44", "D50")
CLASS_P = (0.22, 0.06, 0.14, 0.05, 0.15, 0.18, 0.07, 0.08, 0.05)


def _insert(cur, table: str, data, geometry: str | None = "geom") -> None:
    cur.register("_bench", data)
    try:
        cols = ", ".join(f"ST_GeomFromWKB({c}) AS {c}" if c == geometry else c for c in data.column_names)
        cur.execute(f"INSERT INTO {table} BY NAME SELECT {cols} FROM _bench")
    finally:
        cur.unregister("_bench")


def build(path: Path, n_segments: int, n_reports: int, seed: int) -> dict:
    """Write the synthetic project (see the module docstring); returns what it holds."""
    import numpy as np
    import pyarrow as pa
    import shapely
    from pyproj import Transformer

    from twin.pavement import mci
    from twin.repairs import station_xy
    from twin.store import Store

    rng = np.random.default_rng(seed)
    tmp = path.with_suffix(".creating")
    tmp.unlink(missing_ok=True)
    with Store(tmp) as store:
        crs = store.crs
        sx, sy = station_xy(crs)
        # -- the network: a k × k node grid, 100 m blocks, every node jittered; horizontal then vertical edges
        k = int(np.ceil((1 + np.sqrt(1 + 2 * n_segments)) / 2))
        while 2 * k * (k - 1) < n_segments:
            k += 1
        gx, gy = np.meshgrid(np.arange(k), np.arange(k))
        nx = sx - 50 * k + gx.ravel() * 100.0 + rng.uniform(-15, 15, k * k)
        ny = sy - 50 * k + gy.ravel() * 100.0 + rng.uniform(-15, 15, k * k)
        node = np.arange(k * k).reshape(k, k)
        a = np.concatenate([node[:, :-1].ravel(), node[:-1, :].ravel()])
        b = np.concatenate([node[:, 1:].ravel(), node[1:, :].ravel()])
        line_no = np.concatenate([np.repeat(np.arange(k), k - 1), np.tile(np.arange(k), k - 1)])
        a, b, line_no = a[:n_segments], b[:n_segments], line_no[:n_segments]
        mx = (nx[a] + nx[b]) / 2 + rng.uniform(-5, 5, n_segments)
        my = (ny[a] + ny[b]) / 2 + rng.uniform(-5, 5, n_segments)
        coords = np.stack([np.column_stack([nx[a], ny[a]]), np.column_stack([mx, my]),
                           np.column_stack([nx[b], ny[b]])], axis=1)
        segs = shapely.linestrings(coords)
        national = line_no % 25 == 0
        prefectural = (line_no % 10 == 0) & ~national
        road_class = np.where(national, "national", np.where(prefectural, "prefectural",
                                                              np.where(line_no % 2 == 0, "municipal", "residential")))
        width = np.where(national, 12.0, np.where(prefectural, 9.0, rng.uniform(3.5, 6.5, n_segments)))
        width[(rng.random(n_segments) < 0.3) & ~(national | prefectural)] = np.nan
        emergency = np.where(national, 1, np.where(prefectural & (line_no % 20 == 0), 2, 0))
        cur = store.cursor()
        _insert(cur, "road_segments", pa.table({
            "id": pa.array(np.arange(1, n_segments + 1), pa.int64()), "from_node": pa.array(a, pa.int64()),
            "to_node": pa.array(b, pa.int64()), "length_m": shapely.length(segs),
            "road_class": pa.array(road_class, pa.string()), "width_m": pa.array(width, from_pandas=True),
            "emergency_class": pa.array(emergency, pa.int32(), mask=emergency == 0),
            "geom": pa.array(shapely.to_wkb(segs).tolist(), pa.binary()), "source_id": pa.array(
                np.ones(n_segments, np.int32))}))
        major = np.flatnonzero(national | prefectural)

        # -- reports
        def on_segment(seg_idx: np.ndarray, jitter: float) -> tuple[np.ndarray, np.ndarray]:
            pts = shapely.line_interpolate_point(segs[seg_idx], rng.random(len(seg_idx)), normalized=True)
            xy = shapely.get_coordinates(pts)
            return xy[:, 0] + rng.normal(0, jitter, len(xy)), xy[:, 1] + rng.normal(0, jitter, len(xy))

        n_ai, n_cit = int(n_reports * 0.60), int(n_reports * 0.35)
        n_sc = n_reports - n_ai - n_cit
        # AI: sites on major roads (and some on others), each detected repeatedly, gaps ~ 12 days
        n_sites = max(1, n_ai // 8)
        site_seg = np.where(rng.random(n_sites) < 0.8, rng.choice(major, n_sites), rng.integers(0, n_segments,
                                                                                               n_sites))
        sxy = on_segment(site_seg, 0.0)
        site = np.sort(rng.integers(0, n_sites, n_ai))
        first = np.r_[True, site[1:] != site[:-1]]
        gap = np.where(first, rng.uniform(0, DAYS * 0.8, n_ai), rng.exponential(12.0, n_ai))
        start = np.maximum.accumulate(np.where(first, np.arange(n_ai), 0))
        csum = np.cumsum(gap)
        ai_t = csum - csum[start] + gap[start]
        ai_t = np.minimum(ai_t, DAYS - 0.01)
        ai_x = sxy[0][site] + rng.normal(0, 4, n_ai)
        ai_y = sxy[1][site] + rng.normal(0, 4, n_ai)
        site_cls = rng.choice(CLASSES, n_sites, p=CLASS_P)
        ai_cls = np.where(rng.random(n_ai) < 0.85, site_cls[site], rng.choice(CLASSES, n_ai, p=CLASS_P))
        # citizens: other sites on any road, 1–4 reports within a few weeks
        c_sites = max(1, n_cit // 2)
        c_seg = rng.integers(0, n_segments, c_sites)
        cxy = on_segment(c_seg, 0.0)
        csite = np.sort(rng.integers(0, c_sites, n_cit))
        c0 = rng.uniform(0, DAYS - 30, c_sites)
        cit_t = c0[csite] + rng.exponential(7.0, n_cit)
        cit_x = cxy[0][csite] + rng.normal(0, 8, n_cit)
        cit_y = cxy[1][csite] + rng.normal(0, 8, n_cit)
        # scattered, a fifth of them outside the network (flagged)
        span = 50.0 * k
        sc_x = sx + rng.uniform(-span, span, n_sc)
        sc_y = sy + rng.uniform(-span, span, n_sc)
        out = rng.random(n_sc) < 0.2
        sc_x[out] = sx + span + rng.uniform(60, 600, int(out.sum()))
        x = np.concatenate([ai_x, cit_x, sc_x])
        y = np.concatenate([ai_y, cit_y, sc_y])
        days = np.concatenate([ai_t, cit_t, rng.uniform(0, DAYS, n_sc)])
        kind = np.array(["ai"] * n_ai + ["citizen"] * (n_cit + n_sc), object)
        cls = np.concatenate([ai_cls, np.where(rng.random(n_cit + n_sc) < 0.5, None,
                                               rng.choice(CLASSES, n_cit + n_sc, p=CLASS_P))]).astype(object)
        size = np.where(kind == "ai", np.round(rng.lognormal(-1.3, 0.7, n_reports), 2), np.nan)
        conf = np.where(kind == "ai", np.round(rng.uniform(0.3, 0.99, n_reports), 2), np.nan)
        age = DAYS - days
        p_done = np.clip(age / DAYS, 0.05, 0.9)
        u = rng.random(n_reports)
        status = np.where(u < p_done, "対応済", np.where(u < p_done + 0.15, "対応中", "受付済")).astype(object)
        status[kind == "ai"] = np.where(u[kind == "ai"] < 0.3, "対応済", "受付済")
        photo = np.where((kind == "citizen") & (rng.random(n_reports) < 0.3),
                         np.char.add(np.char.add("photos/", np.arange(n_reports).astype(str)), ".jpg"), None)
        t0 = np.datetime64("2023-07-01T00:00:00", "us").astype(np.int64)
        received = t0 + np.round(days * 86400e6).astype(np.int64)
        order = np.argsort(received, kind="stable")            # ids in the order reports arrived
        lon, lat = Transformer.from_crs(crs, "EPSG:4326", always_xy=True).transform(x, y)
        ext = np.char.add("R", np.arange(1, n_reports + 1).astype(str))
        pts = shapely.points(x[order], y[order])
        _insert(cur, "road_reports", pa.table({
            "id": pa.array(np.arange(1, n_reports + 1), pa.int64()), "external_id": pa.array(ext, pa.string()),
            "report_key": pa.array(np.char.add(np.char.add(kind[order].astype(str), ":"), ext), pa.string()),
            "kind": pa.array(kind[order], pa.string()),
            "received_at": pa.array(received[order], pa.int64()).cast(pa.timestamp("us", tz="UTC")),
            "status": pa.array(status[order], pa.string()), "status_raw": pa.array(status[order], pa.string()),
            "damage_class": pa.array(cls[order], pa.string()),
            "size": pa.array(size[order], from_pandas=True), "confidence": pa.array(conf[order], from_pandas=True),
            "photo": pa.array(photo[order], pa.string()), "lat": lat[order], "lon": lon[order],
            "geom": pa.array(shapely.to_wkb(pts).tolist(), pa.binary()),
            "source_id": pa.array(np.full(n_reports, 2, np.int32))}))

        # -- facilities and pavement surveys
        if store.existing_tables(["facilities"]):
            kinds = ["station"] + ["school"] * 25 + ["hospital"] * 4 + ["evacuation"] * 40 + ["other"] * 20
            fx = np.r_[sx, sx + rng.uniform(-span, span, len(kinds) - 1)]
            fy = np.r_[sy, sy + rng.uniform(-span, span, len(kinds) - 1)]
            _insert(cur, "facilities", pa.table({
                "id": pa.array(np.arange(1, len(kinds) + 1), pa.int64()), "name": [f"{k} {i}" for i, k in
                                                                               enumerate(kinds)],
                "kind": kinds, "geom": pa.array(shapely.to_wkb(shapely.points(fx, fy)).tolist(), pa.binary()),
                "source_id": pa.array(np.full(len(kinds), 3, np.int32))}))
        n_sv = min(3000, len(major))
        sv = rng.choice(major, n_sv, replace=False)
        crack, rut, iri = rng.gamma(2, 6, n_sv), rng.gamma(2, 6, n_sv), rng.gamma(3, 1, n_sv)
        mid = shapely.line_interpolate_point(segs[sv], 0.5, normalized=True)
        _insert(cur, "pavement_surveys", pa.table({
            "id": pa.array(np.arange(1, n_sv + 1), pa.int64()), "crack_pct": crack, "rut_mm": rut, "iri": iri,
            "mci": mci(crack, rut, iri=iri), "geom": pa.array(shapely.to_wkb(mid).tolist(), pa.binary()),
            "source_id": pa.array(np.full(n_sv, 4, np.int32))}))
        cur.close()
    os.replace(tmp, path)
    return {"segments": n_segments, "reports": n_reports}


def measure(path: Path) -> dict:
    """One analysis run on ``path`` (in a child process): stage times, cases, peak RSS."""
    t_start = time.perf_counter()
    from twin.analysis import run_analysis
    from twin.store import Store

    marks: list[tuple[str, float]] = []
    with Store(path) as store:
        # as after an import: no report matched yet, so the run writes every report (the worst case)
        store.query("UPDATE road_reports SET segment_id = NULL, distance_m = NULL, case_id = NULL, flagged = false")
        store.query("UPDATE pavement_surveys SET segment_id = NULL")
        rss0 = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
        t0 = time.perf_counter()
        run = run_analysis(store, "repair-priority", {"as_of": AS_OF},
                           progress=lambda done, total, msg: marks.append((msg, time.perf_counter())))
        t1 = time.perf_counter()
        run_analysis(store, "repair-priority", {"as_of": AS_OF, "w_age": 12})    # again, new weights
        rerun = time.perf_counter() - t1
        cases, big, flagged = store.query(
            "SELECT (SELECT count(*) FROM repair_cases), (SELECT max(report_count) FROM repair_cases), "
            "(SELECT count(*) FILTER (WHERE flagged) FROM road_reports)")[0]
    names = {"map-matching": "match", "grouping reports into cases": "cases", "scoring cases": "score",
             "writing": "write", "done": "commit"}
    stages: dict[str, float] = {}
    prev_name, prev_t = "match", t0                     # the transaction begins: counted with the match
    for msg, t in marks:
        stages[prev_name] = stages.get(prev_name, 0.0) + t - prev_t
        prev_name, prev_t = names.get(msg, msg), t
    stages[prev_name] = stages.get(prev_name, 0.0) + t1 - prev_t
    return {"stages": stages, "total": t1 - t0, "rerun": rerun, "cases": cases, "largest_case": big, "flagged": flagged,
            "warnings": run.warnings, "peak_rss_mb": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024,
            "rss_before_mb": rss0, "process_s": time.perf_counter() - t_start, "load": os.getloadavg()[0]}


def _child(*args: str) -> dict:
    return run_child(__file__, *args)


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--segments", type=int, default=20_000)
    ap.add_argument("--reports", type=int, default=100_000)
    ap.add_argument("--seed", type=int, default=1)
    ap.add_argument("--repeat", type=int, default=3)
    ap.add_argument("--workdir", type=Path, default=ROOT / "benchmarks" / "_work")
    ap.add_argument("--rebuild", action="store_true", help="write the synthetic project again")
    ap.add_argument("--build", type=Path, help=argparse.SUPPRESS)
    ap.add_argument("--measure", type=Path, help=argparse.SUPPRESS)
    args = ap.parse_args(argv)
    if args.build:
        print(json.dumps(build(args.build, args.segments, args.reports, args.seed)))
        return 0
    if args.measure:
        print(json.dumps(measure(args.measure), ensure_ascii=False))
        return 0
    args.workdir.mkdir(parents=True, exist_ok=True)
    path = args.workdir / f"repairs_{args.segments}_{args.reports}_s{args.seed}.duckdb"
    if args.rebuild:
        path.unlink(missing_ok=True)
    if not path.exists():
        t = time.perf_counter()
        _child("--build", str(path), "--segments", str(args.segments), "--reports", str(args.reports),
               "--seed", str(args.seed))
        print(f"(wrote {path.name} in {time.perf_counter() - t:.1f} s)", file=sys.stderr)
    print(f"repair-priority: {args.reports:,} reports, {args.segments:,} segments ({path.name})")
    cols = ("match", "cases", "score", "write", "commit")
    print(f"{'run':>3} | " + " | ".join(f"{c:>6}" for c in cols) + " |  total | re-run | cases  | largest | "
          "flagged | peak RSS | load")
    runs = []
    for i in range(args.repeat):
        r = _child("--measure", str(path))
        runs.append(r)
        print(f"{i + 1:>3} | " + " | ".join(f"{r['stages'].get(c, 0.0):6.2f}" for c in cols) +
              f" | {r['total']:6.2f} | {r['rerun']:6.2f} | {r['cases']:6,} | {r['largest_case']:7,} | "
              f"{r['flagged']:7,} | {r['peak_rss_mb']:5.0f} MB | {r['load']:.2f}")
    best = min(runs, key=lambda r: r["total"])
    print(f"best whole pass {best['total']:.2f} s (target ≤ 5 s; a run again with other weights, which rewrites only "
          f"what changed: {min(r['rerun'] for r in runs):.2f} s); peak RSS {best['peak_rss_mb']:.0f} MB "
          f"({best['rss_before_mb']:.0f} MB before the analysis)")
    for w in best["warnings"]:
        print(f"  warning: {w}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
