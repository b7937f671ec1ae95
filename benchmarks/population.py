#!/usr/bin/env python3
"""Population benchmark: a prefecture-size 500 m mesh projection — import, catchment queries, 3D column year steps.

    python benchmarks/population.py [--cells 20000] [--steps 10] [--repeat 3] [--size 1600x1000]
                                    [--workdir DIR] [--rebuild]

Input (written once into ``--workdir``, ``benchmarks/_work/``; ``--rebuild`` writes it again): about ``--cells``
½-mesh cells (a block of 125 × 160 cells, about 58 km × 90 km, centred on Kaga Onsen Station, like Ishikawa) in the
国土数値情報 2024 layout (``MESH_ID``, ``SHICODE``, for each of the 11 years 2020–2070 ``PTN``, ``PT00`` total,
``PT01 … PT20`` the 20 five-year bands, ``PTA…PTE``, ``RTA…RTE``, ``HITOKU``: 365 fields) as one GeoJSON, about
1.1 million people gathered around Kanazawa, Komatsu, Kaga and a few towns, declining and ageing.

Each stage is a fresh process (its peak RSS, from ``resource.getrusage``, is its own):

* *import*: choosing the importer (every registered importer sniffs the file, as ``kaga-twin import`` does; timed
  apart), then the import into a new project (``mlit-mesh-projection``: 11 years × 26 bands per cell stored long),
  the rows written and the time;
* *catchment*: ``twin.catchments.summarise`` on circles of 1.5 km and 3 km around the station (every year and
  kind), the median of ``--repeat`` runs, and the catchment's pyramid series (every band of every year,
  ``twin.population_pyramid.catchment_values``, what the Population panel computes with a run);
* *clock*: the app's scene (``layers.scene.SceneController``) off screen with the ``mesh_population`` layer shown
  (every year's columns in one mesh, built once), then the clock stepped year by year (2020 → 2070 and back,
  ``--steps`` steps): the time of ``clock.advance()`` (the layer's recolour and its columns laid flat or raised;
  the adapter's own share apart) and of one render.

Target (issue 8): a year step ≤ 100 ms. Nothing is asserted: the script prints the figures, wall and CPU time
(this process's, DuckDB's threads included); on a shared machine read the load column and the CPU times.
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import os
import resource
import statistics
import sys
import time
from pathlib import Path

from bench_child import run_child  # benchmarks/ is on sys.path when run as a script

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

YEARS = tuple(range(2020, 2075, 5))
STATION = (36.3202471, 136.3505352)
#: (lat, lon, people in 2020, sigma km): Kanazawa, Komatsu, Kaga (station, Daishoji), Hakusan, Nomi, Nanao
TOWNS = ((36.5780, 136.6480, 420_000, 5.0), (36.4080, 136.4450, 100_000, 3.0), (36.3202, 136.3505, 30_000, 1.5),
         (36.3069, 136.3131, 25_000, 1.2), (36.5140, 136.5660, 110_000, 4.0), (36.4470, 136.5540, 48_000, 3.0),
         (37.0430, 136.9670, 50_000, 3.0))
RURAL = 300_000
ROWS, COLS = 125, 160


def _rss_mb() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def _cpu() -> float:
    """CPU seconds of this process and its threads (DuckDB's too): on a shared machine closer to the unloaded
    wall time than the wall time itself."""
    r = resource.getrusage(resource.RUSAGE_SELF)
    return r.ru_utime + r.ru_stime


def write_input(path: Path, cells: int, seed: int = 1) -> dict:
    """The MLIT 2024-layout GeoJSON (see the module docstring)."""
    import geopandas as gpd
    import numpy as np
    import shapely

    from twin import meshcode

    rng = np.random.default_rng(seed)
    cols = max(1, round(COLS * (cells / (ROWS * COLS)) ** 0.5))
    rows = max(1, round(cells / cols))
    i0, j0 = int(STATION[0] * 240) - rows // 2, int((STATION[1] - 100) * 160) - cols // 2
    ii, jj = np.meshgrid(np.arange(rows), np.arange(cols), indexing="ij")
    lat = (i0 + ii.ravel() + 0.5) / 240
    lon = 100 + (j0 + jj.ravel() + 0.5) / 160
    codes = meshcode.codes_for(lat, lon, 4)
    n = len(codes)
    km_lat, km_lon = 111.0, 111.0 * np.cos(np.radians(36.4))
    weight = np.zeros(n)
    for la, lo, people, sigma in TOWNS:
        k = np.exp(-(((lat - la) * km_lat) ** 2 + ((lon - lo) * km_lon) ** 2) / (2 * sigma ** 2))
        weight += people * k / k.sum()
    rural = rng.lognormal(0, 1, n)
    weight += RURAL * rural / rural.sum()
    decline = 0.012 + 0.008 * rng.random(n)
    shares = np.array([3.2, 3.7, 4.1, 4.3, 3.6, 3.6, 4.2, 4.9, 5.9, 6.8, 6.2, 6.0, 6.6, 8.3, 9.5, 6.9, 5.8, 4.0, 1.9,
                       0.6])
    drift = np.array([-0.014] * 3 + [-0.008] * 10 + [0.004, 0.006, 0.010, 0.012, 0.014, 0.016, 0.018])
    fields: dict[str, object] = {"MESH_ID": codes.astype(object), "SHICODE": np.full(n, "17206", dtype=object)}
    for year in YEARS:
        t = year - 2020
        total = np.round(weight * np.exp(-decline * t), 3)
        s = shares * np.exp(drift * t)
        bands = np.round(total[:, None] * (s / s.sum())[None, :], 3)
        fields[f"PTN_{year}"] = total
        fields[f"PT00_{year}"] = total
        for b in range(20):
            fields[f"PT{b + 1:02d}_{year}"] = bands[:, b]
        agg = {"A": bands[:, :3].sum(1), "B": bands[:, 3:13].sum(1), "C": bands[:, 13:].sum(1),
               "D": bands[:, 15:].sum(1), "E": bands[:, 16:].sum(1)}
        for x, v in agg.items():
            fields[f"PT{x}_{year}"] = np.round(v, 3)
        for x, v in agg.items():
            fields[f"RT{x}_{year}"] = np.round(np.where(total > 0, v / np.maximum(total, 1e-9) * 100, 0), 3)
        fields[f"HITOKU_{year}"] = np.full(n, "", dtype=object)
    s_, w_, n_, e_ = meshcode.bounds_for(codes)
    geoms = shapely.box(w_, s_, e_, n_)
    path.parent.mkdir(parents=True, exist_ok=True)
    tmp = path.with_suffix(".creating.geojson")
    gpd.GeoDataFrame(fields, geometry=geoms, crs="EPSG:6668").to_file(tmp, driver="GeoJSON", engine="pyogrio")
    os.replace(tmp, path)
    return {"cells": n, "fields": len(fields), "people_2020": float(weight.sum()), "mb": path.stat().st_size / 1e6}


def do_import(src: Path, project: Path) -> dict:
    from importers.registry import find_importer, import_path
    from twin.store import Store

    project.unlink(missing_ok=True)
    Path(str(project) + ".wal").unlink(missing_ok=True)
    rss0 = _rss_mb()
    t = time.perf_counter()
    name = find_importer(src).name             # every importer sniffs the file, as kaga-twin import does
    sniff = time.perf_counter() - t
    t, c = time.perf_counter(), _cpu()
    with Store(project) as store:
        report = import_path(store, src, importer=name)
        seconds, cpu = time.perf_counter() - t, _cpu() - c
        rows = store.query("SELECT count(*), count(DISTINCT mesh_code) FROM mesh_population")[0]
    return {"seconds": seconds, "cpu": cpu, "sniff": sniff, "importer": name, "rows": rows[0],
            "cells": rows[1], "rejected": report.rejected, "peak_rss_mb": _rss_mb(), "rss_before_mb": rss0,
            "load": os.getloadavg()[0]}


def do_catchments(project: Path, repeat: int) -> dict:
    from twin.catchments import station_circle, summarise
    from twin.population_pyramid import catchment_values
    from twin.store import Store

    out = {}
    with Store(project, read_only=True) as store:
        cur = store.cursor()
        for radius in (1500.0, 3000.0):
            wkt = station_circle(store.crs, radius)
            times, cpus, rows = [], [], []
            for _ in range(repeat):
                t, c = time.perf_counter(), _cpu()
                rows = summarise(cur, wkt, name=f"station-{radius:g}m")
                times.append(time.perf_counter() - t)
                cpus.append(_cpu() - c)
            pyramid = []
            for _ in range(repeat):
                t = time.perf_counter()
                catchment_values(cur, wkt)
                pyramid.append(time.perf_counter() - t)
            y2020 = next((r for r in rows if r["year"] == 2020), None)
            y2040 = next((r for r in rows if r["year"] == 2040), None)
            out[f"{radius:g}"] = {"median": statistics.median(times), "max": max(times), "rows": len(rows),
                                  "cpu": statistics.median(cpus), "pyramid": statistics.median(pyramid),
                                  "cells": y2020["cells"] if y2020 else 0,
                                  "total_2020": y2020["total"] if y2020 else None,
                                  "total_2040": y2040["total"] if y2040 else None}
        cur.close()
    out["peak_rss_mb"] = _rss_mb()
    out["load"] = os.getloadavg()[0]
    return out


def do_clock(project: Path, steps: int, size: tuple[int, int]) -> dict:
    import pyvista as pv

    from layers.scene import SceneController
    from twin.document import TwinDocument
    from twin.store import Store

    store = Store(project, read_only=True)
    doc = TwinDocument(store)
    doc.create_default_layers()
    layer = next(lay for lay in doc.layers if lay.kind == "mesh_population")
    layer.visible = True
    doc.camera = {"preset": "city"}
    doc.clock.set_range(f"{YEARS[0]}-01-01T00:00:00+09:00", f"{YEARS[-1]}-01-01T00:00:00+09:00",
                        current=f"{YEARS[0]}-01-01T00:00:00+09:00", step=dt.timedelta(days=365 * 5 + 2))
    plotter = pv.Plotter(off_screen=True, window_size=list(size))
    rss0 = _rss_mb()
    t = time.perf_counter()
    scene = SceneController(doc, plotter, request_render=None, progressive=False)
    ad = next(a for a in scene.adapters.values() if a.layer.kind == "mesh_population")
    build = time.perf_counter() - t
    own: list[float] = []

    def wrap(inner=ad.apply_time):
        t0 = time.perf_counter()
        inner()
        own.append(time.perf_counter() - t0)
    ad.apply_time = wrap
    window = plotter.render_window
    t = time.perf_counter()
    window.Render()
    first = time.perf_counter() - t
    step, step_cpu, render, years = [], [], [], []
    forward = True
    for _ in range(steps):
        t, c = time.perf_counter(), time.process_time()
        if not doc.clock.advance(1 if forward else -1):             # at an end: turn round
            forward = not forward
            t, c = time.perf_counter(), time.process_time()
            doc.clock.advance(1 if forward else -1)
        t1, c1 = time.perf_counter(), time.process_time()
        window.Render()
        t2 = time.perf_counter()
        step.append(t1 - t)
        step_cpu.append(c1 - c)
        render.append(t2 - t1)
        years.append(ad.year)
    out = {"features": len(ad.fids), "cells": ad.mesh.n_cells, "points": ad.mesh.n_points, "build": build,
           "first_render": first, "step": step, "step_cpu": step_cpu,
           "render": render, "own": own[-len(step):], "years": years,
           "year_steps": getattr(ad, "year_steps", None), "peak_rss_mb": _rss_mb(), "rss_before_mb": rss0,
           "load": os.getloadavg()[0]}
    scene.close()
    plotter.close()
    plotter.deep_clean()
    store.close()
    return out


def _ms(values: list[float]) -> str:
    return f"{statistics.median(values) * 1000:7.1f} {max(values) * 1000:7.1f}" if values else "      –"


def _child(*args: str) -> dict:
    return run_child(__file__, *args)


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--cells", type=int, default=20_000)
    ap.add_argument("--steps", type=int, default=10)
    ap.add_argument("--repeat", type=int, default=3)
    ap.add_argument("--size", default="1600x1000")
    ap.add_argument("--workdir", type=Path, default=ROOT / "benchmarks" / "_work")
    ap.add_argument("--rebuild", action="store_true", help="write the input and the project again")
    ap.add_argument("--write", type=Path, help=argparse.SUPPRESS)
    ap.add_argument("--import-into", nargs=2, type=Path, help=argparse.SUPPRESS)
    ap.add_argument("--catchments", type=Path, help=argparse.SUPPRESS)
    ap.add_argument("--clock", type=Path, help=argparse.SUPPRESS)
    args = ap.parse_args(argv)
    size = tuple(int(v) for v in args.size.lower().split("x"))
    if args.write:
        print(json.dumps(write_input(args.write, args.cells)))
        return 0
    if args.import_into:
        print(json.dumps(do_import(*args.import_into)))
        return 0
    if args.catchments:
        print(json.dumps(do_catchments(args.catchments, args.repeat)))
        return 0
    if args.clock:
        os.environ.setdefault("VTK_DEFAULT_OPENGL_WINDOW", "vtkEGLRenderWindow")
        print(json.dumps(do_clock(args.clock, args.steps, size)))
        return 0
    args.workdir.mkdir(parents=True, exist_ok=True)
    src = args.workdir / f"population_mlit2024_{args.cells}.geojson"
    project = args.workdir / f"population_{args.cells}.duckdb"
    if args.rebuild:
        src.unlink(missing_ok=True)
    if not src.exists():
        t = time.perf_counter()
        w = _child("--write", str(src), "--cells", str(args.cells))
        print(f"(wrote {src.name}: {w['cells']:,} cells, {w['fields']} fields, {w['people_2020']:,.0f} people in "
              f"2020, {w['mb']:.0f} MB, in {time.perf_counter() - t:.1f} s)", file=sys.stderr)
    imp = _child("--import-into", str(src), str(project))
    print(f"population benchmark: {src.name} ({src.stat().st_size / 1e6:.0f} MB, MLIT 2024 layout)")
    print(f"  import     {imp['seconds']:6.1f} s, CPU {imp['cpu']:.1f} s  ({imp['importer']}: {imp['rows']:,} rows of "
          f"{imp['cells']:,} cells, "
          f"{imp['rejected']} rejected; peak RSS {imp['peak_rss_mb']:.0f} MB; load {imp['load']:.2f})")
    print(f"  choosing the importer (every importer's sniff) {imp['sniff']:.1f} s before that")
    c = _child("--catchments", str(project), "--repeat", str(args.repeat))
    for radius in ("1500", "3000"):
        r = c[radius]
        print(f"  catchment {int(radius) / 1000:g} km: median {r['median'] * 1000:6.0f} ms, max {r['max'] * 1000:6.0f} "
              f"ms, CPU {r['cpu'] * 1000:.0f} ms ({r['rows']} year rows, {r['cells']} cells; "
              f"{r['total_2020'] or 0:,.0f} people in 2020, "
              f"{r['total_2040'] or 0:,.0f} in 2040); pyramid series {r['pyramid'] * 1000:.0f} ms")
    print(f"  catchment peak RSS {c['peak_rss_mb']:.0f} MB; load {c['load']:.2f}")
    k = _child("--clock", str(project), "--steps", str(args.steps), "--size", args.size)
    print(f"  3D columns: {k['features']:,} columns (every year), {k['cells']:,} mesh cells, {k['points']:,} points; "
          f"build {k['build']:.1f} s, first render {k['first_render'] * 1000:.0f} ms")
    print(f"  {'':26}  median     max  (ms)   years shown: {', '.join(str(y) for y in k['years'])}")
    print(f"  {'year step (clock.advance)':26}{_ms(k['step'])}   target ≤ 100")
    print(f"  {'  of which the adapter':26}{_ms(k['own'])}")
    print(f"  {'  CPU time of the step':26}{_ms(k['step_cpu'])}")
    print(f"  {'render':26}{_ms(k['render'])}")
    print(f"  clock peak RSS {k['peak_rss_mb']:.0f} MB ({k['rss_before_mb']:.0f} MB before the scene); "
          f"load {k['load']:.2f}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
