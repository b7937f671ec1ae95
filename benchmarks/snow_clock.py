#!/usr/bin/env python3
"""Snow replay benchmark: one step of the twin's clock over a storm night — the recolour and the render, apart.

    python benchmarks/snow_clock.py [--synthetic SEGMENTS] [--points 300000] [--steps 40] [--size 1600x1000]
                                    [--workdir DIR] [--rebuild]

The project (written once into ``--workdir``, ``benchmarks/_work/``; ``--rebuild`` writes it again):

* by default the bundled storm night (``sample_data/snow/``: the sample's DEM, road centre lines, route tiers and
  the AVL feed, then the snow-coverage analysis over the storm's window, as the first start does);
* ``--synthetic N``, or when the sample is missing: a noded grid of N segments around Kaga Onsen Station (100 m
  blocks, tiers by road class), ``--points`` plough fixes of 30 vehicles every 5 s wandering the grid over a
  14-hour night, and about three passes per segment at random times (not derived from the fixes: this measures
  the clock, not the analysis). No DEM.

The scene is the app's (``layers.scene.SceneController``) in an off-screen plotter of ``--size``, with the default
layers (terrain when there is a DEM, the road network, the snow coverage ribbons, the plough trail and the
vehicles; buildings are not imported), the camera over the whole area, the clock over the storm's window with a
step of 10 minutes. Each of ``--steps`` steps is timed twice: *recolour* — ``clock.advance()``, which recolours
every temporal layer synchronously (the per-layer share is printed too) — and *render* — one frame of the render window
(VTK on Mesa's CPU rasteriser here). Target (issue 13): a clock step recolours in ≤ 100 ms. Nothing is asserted:
the script prints median and max; on a shared machine read the load column.
"""

from __future__ import annotations

import argparse
import datetime as dt
import os
import statistics
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

NIGHT_START = "2026-01-23T18:00:00+09:00"
NIGHT_HOURS = 14


def build_sample(path: Path) -> dict:
    """The bundled storm night in a project: DEM, centre lines, route tiers, AVL feed, snow-coverage."""
    from importers.registry import import_path
    from twin.analysis import run_analysis
    from twin.paths import SAMPLE_CENTRELINES, SAMPLE_DEM, SAMPLE_SNOW_AVL, SAMPLE_SNOW_TIERS, STORM_END, STORM_START
    from twin.store import Store

    tmp = path.with_suffix(".creating")
    tmp.unlink(missing_ok=True)
    with Store(tmp) as store:
        for p in (SAMPLE_DEM, SAMPLE_CENTRELINES, SAMPLE_SNOW_TIERS, SAMPLE_SNOW_AVL):
            import_path(store, p)
        run_analysis(store, "snow-coverage", {"from": STORM_START, "to": STORM_END})
    os.replace(tmp, path)
    return {"window": (STORM_START, STORM_END)}


def build_synthetic(path: Path, n_segments: int, n_points: int, seed: int = 1) -> dict:
    """A grid network, tiers, random passes and wandering vehicles (see the module docstring)."""
    import numpy as np
    import pyarrow as pa
    import shapely

    from twin.clock import epoch_us
    from twin.repairs import station_xy
    from twin.store import Store

    rng = np.random.default_rng(seed)
    tmp = path.with_suffix(".creating")
    tmp.unlink(missing_ok=True)
    t0 = epoch_us(NIGHT_START)
    night_us = NIGHT_HOURS * 3_600_000_000

    def insert(cur, table: str, data: pa.Table, geometry: str | None = "geom") -> None:
        cur.register("_bench", data)
        try:
            cols = ", ".join(f"ST_GeomFromWKB({c}) AS {c}" if c == geometry else c for c in data.column_names)
            cur.execute(f"INSERT INTO {table} BY NAME SELECT {cols} FROM _bench")
        finally:
            cur.unregister("_bench")

    with Store(tmp) as store:
        sx, sy = station_xy(store.crs)
        k = int(np.ceil((1 + np.sqrt(1 + 2 * n_segments)) / 2))
        while 2 * k * (k - 1) < n_segments:
            k += 1
        gx, gy = np.meshgrid(np.arange(k), np.arange(k))
        nx = sx - 50 * k + gx.ravel() * 100.0 + rng.uniform(-10, 10, k * k)
        ny = sy - 50 * k + gy.ravel() * 100.0 + rng.uniform(-10, 10, k * k)
        node = np.arange(k * k).reshape(k, k)
        a = np.concatenate([node[:, :-1].ravel(), node[:-1, :].ravel()])[:n_segments]
        b = np.concatenate([node[:, 1:].ravel(), node[1:, :].ravel()])[:n_segments]
        line_no = np.concatenate([np.repeat(np.arange(k), k - 1), np.tile(np.arange(k), k - 1)])[:n_segments]
        segs = shapely.linestrings(np.stack([np.column_stack([nx[a], ny[a]]), np.column_stack([nx[b], ny[b]])], 1))
        road_class = np.where(line_no % 10 == 0, "national", np.where(line_no % 4 == 0, "collector", "municipal"))
        tier = np.where(road_class == "national", 1, np.where(road_class == "collector", 2, 3))
        ids = np.arange(1, n_segments + 1)
        cur = store.cursor()
        insert(cur, "road_segments", pa.table({
            "id": pa.array(ids, pa.int64()), "from_node": pa.array(a, pa.int64()), "to_node": pa.array(b, pa.int64()),
            "length_m": shapely.length(segs), "road_class": pa.array(road_class, pa.string()),
            "geom": pa.array(shapely.to_wkb(segs).tolist(), pa.binary()),
            "source_id": pa.array(np.ones(n_segments, np.int32))}))
        insert(cur, "route_tiers", pa.table({
            "segment_id": pa.array(ids, pa.int64()), "tier": pa.array(tier, pa.int32()),
            "target_h": np.choose(tier - 1, [3.0, 6.0, 12.0]), "origin": pa.array(["rule"] * n_segments)}), None)
        # about three passes per segment (a tenth never served), at random times of the night
        n_pass = rng.poisson(3.0, n_segments) * (rng.random(n_segments) > 0.1)
        seg = np.repeat(ids, n_pass)
        served = t0 + rng.integers(0, night_us, len(seg))
        insert(cur, "snow_passes", pa.table({
            "segment_id": pa.array(seg, pa.int64()), "trip_id": pa.array(np.ones(len(seg), np.int64)),
            "vehicle_id": pa.array(["V-01"] * len(seg)),
            "served_at": pa.array(served, pa.int64()).cast(pa.timestamp("us", tz="UTC")),
            "share": np.ones(len(seg))}), None)
        # vehicles wander the grid node to node (about 20 km/h), a fix every 5 s
        n_veh = 30
        per = max(2, n_points // n_veh)
        xs, ys, ts, vs = [], [], [], []
        for v in range(n_veh):
            steps = per * 5 // 18 + 2                                   # 100 m at 20 km/h = 18 s
            i, j = rng.integers(0, k, 2)
            walk = [(i, j)]
            for _ in range(steps):
                di, dj = [(0, 1), (0, -1), (1, 0), (-1, 0)][rng.integers(0, 4)]
                i, j = int(np.clip(i + di, 0, k - 1)), int(np.clip(j + dj, 0, k - 1))
                walk.append((i, j))
            w = np.array([node[p] for p in walk])
            f = np.arange(per) * 5.0 / 18.0
            s = np.minimum(f.astype(int), len(w) - 2)
            u = (f - s)
            xs.append(nx[w[s]] + u * (nx[w[s + 1]] - nx[w[s]]))
            ys.append(ny[w[s]] + u * (ny[w[s + 1]] - ny[w[s]]))
            ts.append(t0 + rng.integers(0, 3_600_000_000) + np.arange(per) * 5_000_000)
            vs += [f"V-{v + 1:02d}"] * per
        pts = shapely.points(np.concatenate(xs), np.concatenate(ys))
        insert(cur, "plough_points", pa.table({
            "vehicle_id": pa.array(vs, pa.string()),
            "time": pa.array(np.concatenate(ts), pa.int64()).cast(pa.timestamp("us", tz="UTC")),
            "geom": pa.array(shapely.to_wkb(pts).tolist(), pa.binary()),
            "source_id": pa.array(np.full(len(vs), 2, np.int32))}))
        cur.close()
    os.replace(tmp, path)
    end = dt.datetime.fromisoformat(NIGHT_START) + dt.timedelta(hours=NIGHT_HOURS)
    return {"window": (NIGHT_START, end.isoformat())}


def measure(path: Path, window: tuple[str, str], steps: int, size: tuple[int, int]) -> dict:
    import numpy as np
    import pyvista as pv

    from layers.scene import SceneController
    from twin.document import TwinDocument
    from twin.store import Store

    store = Store(path, read_only=True)
    doc = TwinDocument(store)
    doc.create_default_layers()
    doc.camera = {"preset": "city"}
    doc.clock.set_range(window[0], window[1], current=window[0], step=dt.timedelta(minutes=10))
    plotter = pv.Plotter(off_screen=True, window_size=list(size))
    scene = SceneController(doc, plotter, request_render=None, progressive=False)
    timed = {}
    for ad in scene.adapters.values():
        if ad.layer.time is None:
            continue
        timed[ad.layer.name] = []

        def wrap(ad=ad, out=timed[ad.layer.name], inner=ad.apply_time):
            t = time.perf_counter()
            inner()
            out.append(time.perf_counter() - t)
        ad.apply_time = wrap
    facts = {ad.layer.name: (ad.layer.kind, len(ad.fids), ad.mesh.n_cells) for ad in scene.adapters.values()}
    window = plotter.render_window
    t = time.perf_counter()
    window.Render()
    first = time.perf_counter() - t
    recolour, render = [], []
    for _ in range(steps):
        t = time.perf_counter()
        if not doc.clock.advance():
            break
        t1 = time.perf_counter()
        window.Render()
        t2 = time.perf_counter()
        recolour.append(t1 - t)
        render.append(t2 - t1)
    cov = next(ad for ad in scene.adapters.values() if ad.layer.kind == "snow_coverage")
    rgba = np.asarray(cov.mesh.cell_data["rgba"])
    out = {"facts": facts, "first_render": first, "recolour": recolour, "render": render,
           "per_layer": {k: v[1:] for k, v in timed.items()}, "colours_at_end": len(np.unique(rgba, axis=0)),
           "clock_end": doc.clock.current.isoformat(), "load": os.getloadavg()[0]}
    scene.close()
    plotter.close()
    plotter.deep_clean()
    store.close()
    return out


def _ms(values: list[float]) -> str:
    if not values:
        return "      –"
    return f"{statistics.median(values) * 1000:7.1f} {max(values) * 1000:7.1f}"


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--synthetic", type=int, metavar="SEGMENTS", help="a synthetic grid of this many segments")
    ap.add_argument("--points", type=int, default=300_000, help="plough fixes of the synthetic night")
    ap.add_argument("--steps", type=int, default=40)
    ap.add_argument("--size", default="1600x1000")
    ap.add_argument("--workdir", type=Path, default=ROOT / "benchmarks" / "_work")
    ap.add_argument("--rebuild", action="store_true", help="write the project again")
    args = ap.parse_args(argv)
    os.environ.setdefault("VTK_DEFAULT_OPENGL_WINDOW", "vtkEGLRenderWindow")
    from twin.paths import SAMPLE_SNOW_AVL

    size = tuple(int(v) for v in args.size.lower().split("x"))
    args.workdir.mkdir(parents=True, exist_ok=True)
    synthetic = args.synthetic or (None if SAMPLE_SNOW_AVL.exists() else 5000)
    path = args.workdir / (f"snow_clock_grid_{synthetic}_{args.points}.duckdb" if synthetic else
                           "snow_clock_sample.duckdb")
    if args.rebuild:
        path.unlink(missing_ok=True)
    t = time.perf_counter()
    if synthetic:
        info = build_synthetic(path, synthetic, args.points) if not path.exists() else \
            {"window": (NIGHT_START, (dt.datetime.fromisoformat(NIGHT_START) + dt.timedelta(hours=NIGHT_HOURS))
                        .isoformat())}
    else:
        from twin.paths import STORM_END, STORM_START

        info = build_sample(path) if not path.exists() else {"window": (STORM_START, STORM_END)}
    print(f"(project {path.name} ready in {time.perf_counter() - t:.1f} s)", file=sys.stderr)
    r = measure(path, info["window"], args.steps, size)
    print(f"snow clock: {path.name}, {size[0]}x{size[1]}, {len(r['recolour'])} steps of 10 min from "
          f"{info['window'][0]} (load {r['load']:.2f})")
    for name, (kind, n, cells) in r["facts"].items():
        print(f"  layer {name} ({kind}): {n:,} features, {cells:,} cells")
    print(f"  first render {r['first_render'] * 1000:.0f} ms; {r['colours_at_end']} colours on the ribbons at "
          f"{r['clock_end']}")
    print(f"{'':28}  median     max  (ms)")
    print(f"{'recolour (clock step)':28}{_ms(r['recolour'])}   target ≤ 100")
    for name, values in r["per_layer"].items():
        print(f"{'  of which ' + name:28}{_ms(values)}")
    print(f"{'render':28}{_ms(r['render'])}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
