#!/usr/bin/env python3
"""Scenario benchmark (issue 9): a winter shadow-hours grid around the station, and a scenario switch in the view.

    python benchmarks/scenarios.py [--project FILE] [--grid 2] [--side 1000] [--step 10] [--repeat 5]
                                   [--size 1600x1000]

The project is ``--project`` or the default project built from the bundled sample in ``benchmarks/_work/
scenarios/kaga.duckdb`` (once; it holds the sample scenarios 駅東ホテル棟 and 駅北住宅 when the sample makes them).

* *shadow grid*: :func:`twin.shadow_hours.shadow_hours` of every base building on a ``--grid`` m grid over a
  ``--side`` m square centred on Kaga Onsen Station (1 km² at 2 m: 250,000 cells), 8:00–16:00 true solar time on
  the 2026 winter solstice every ``--step`` minutes (48 sun positions), plane 4 m; then the whole study of the
  first sample scenario (:func:`twin.scenario_shadow.scenario_shadow`: base and scenario grids over its own area).
  Target: the grid in ≤ 30 s.
* *switch*: the app's scene (:class:`layers.scene.SceneController`, off screen, ``--size``) with the default layers
  and a scenario layer (:mod:`layers.scenario`); :func:`layers.scenario.switch_scenario` between the base and each
  scenario, each switch followed by one render: the first switch to a scenario (its delta built) apart, then the
  median and worst of ``--repeat`` rounds of switches between scenarios already seen, the share of the switch
  itself, and a full frame of the same view without a switch for comparison (the scene skips frames in which
  nothing changed, so the frame is what a switch costs beyond its own work). Target: ≤ 200 ms.

Nothing is asserted: the script prints wall and CPU times; on a shared machine read the load column.
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

SOLSTICE = dt.date(2026, 12, 21)


def _load() -> str:
    return f"load {os.getloadavg()[0]:.2f}"


def _project(path: str | None) -> Path:
    if path:
        return Path(path)
    from importers.sample import ensure_default_project

    work = ROOT / "benchmarks" / "_work" / "scenarios"
    work.mkdir(parents=True, exist_ok=True)
    t = time.perf_counter()
    out = ensure_default_project(work / "kaga.duckdb")
    print(f"project {out} ({time.perf_counter() - t:.1f} s)")
    return out


def bench_shadow(store, args) -> None:
    from twin.catchments import station_xy
    from twin.document import grid_convergence
    from twin.paths import STATION_LATLON
    from twin.scenario_shadow import scenario_shadow
    from twin.scenario_view import scenario_buildings
    from twin.shadow_hours import shadow_hours

    x, y = station_xy(store.crs)
    half = args.side / 2
    bounds = (x - half, y - half, x + half, y + half)
    base = scenario_buildings(store, None)
    c0, t0 = time.process_time(), time.perf_counter()
    grid, _ = shadow_hours(base, date=SOLSTICE, lat=STATION_LATLON[0], lon=STATION_LATLON[1], height_m=4.0,
                           grid_m=args.grid, bounds=bounds, step_min=args.step,
                           convergence_deg=grid_convergence(x, y, store.crs))
    wall, cpu = time.perf_counter() - t0, time.process_time() - c0
    print(f"shadow grid: {grid.shape[1]} × {grid.shape[0]} cells ({args.grid:g} m over {args.side:g} m square), "
          f"{base.num_rows} buildings in the project, {int(round(480 / args.step))} sun positions: "
          f"{wall:.2f} s wall, {cpu:.2f} s CPU  [target ≤ 30 s; {_load()}]")
    print(f"  cells shaded ≥ 2 h: {int((grid >= 2).sum()):,}; ≥ 4 h: {int((grid >= 4).sum()):,}; "
          f"max {float(grid.max()):.2f} h")
    names = [r[0] for r in store.query("SELECT name FROM scenarios ORDER BY id")]
    if names:
        t0 = time.perf_counter()
        r = scenario_shadow(store, names[0], date=SOLSTICE, height_m=4.0, grid_m=args.grid, step_min=args.step)
        shape = r["difference"].shape
        print(f"scenario study {names[0]}: base + scenario grids {shape[1]} × {shape[0]}, "
              f"{len(r['neighbours'])} neighbours gain > 1 h: {time.perf_counter() - t0:.2f} s")


def bench_switch(store, args) -> None:
    import pyvista as pv

    from layers.scenario import scenario_layer, switch_scenario
    from layers.scene import SceneController
    from twin.document import TwinDocument

    names = [r[0] for r in store.query("SELECT name FROM scenarios ORDER BY id")]
    if not names:
        print("switch: the project has no scenarios")
        return
    w, h = (int(v) for v in args.size.split("x"))
    doc = TwinDocument(store)
    doc.create_default_layers()
    doc.layers.append(scenario_layer(None))
    plotter = pv.Plotter(off_screen=True, window_size=(w, h))
    scene = SceneController(doc, plotter, progressive=False)
    scene.set_camera("station")
    plotter.render_window.Render()

    cpu: list[float] = []
    parts: list[float] = []

    def switch(name, *, render_only=False):
        c, t = time.process_time(), time.perf_counter()
        if render_only:                           # a full frame for comparison: the camera turned a hair
            plotter.camera.Azimuth(0.01)
            scene.on_camera_changed()
        else:
            switch_scenario(scene, name)
        parts.append((time.perf_counter() - t) * 1000)
        plotter.render_window.Render()
        cpu.append((time.process_time() - c) * 1000)
        return (time.perf_counter() - t) * 1000

    try:
        for name in names:
            print(f"switch: first time to {name} (delta built): {switch(name):.0f} ms")
        switch(None)
        frames = [switch(None, render_only=True) for _ in range(args.repeat)]
        cpu.clear()
        parts.clear()
        times = []
        for _ in range(args.repeat):
            for name in [*names, None]:
                times.append(switch(name))
        print(f"switch between {len(names)} scenarios and the base, {len(times)} switches with a render each "
              f"({w}×{h}): median {statistics.median(times):.0f} ms (CPU {statistics.median(cpu):.0f} ms), "
              f"worst {max(times):.0f} ms  [target ≤ 200 ms; {_load()}]")
        print(f"  of which switch_scenario (model and colours, before the frame): median "
              f"{statistics.median(parts):.0f} ms; a full frame of the same view without a switch (camera "
              f"turned 0.01°): median {statistics.median(frames):.0f} ms")
    finally:
        scene.close()
        plotter.close()


def main() -> int:
    p = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    p.add_argument("--project")
    p.add_argument("--grid", type=float, default=2.0)
    p.add_argument("--side", type=float, default=1000.0)
    p.add_argument("--step", type=float, default=10.0)
    p.add_argument("--repeat", type=int, default=5)
    p.add_argument("--size", default="1600x1000")
    p.add_argument("--only", choices=["shadow", "switch"])
    args = p.parse_args()
    import pyvista as pv

    pv.OFF_SCREEN = True
    from twin.store import Store

    path = _project(args.project)
    with Store(path, read_only=True) as store:
        if args.only in (None, "shadow"):
            bench_shadow(store, args)
        if args.only in (None, "switch"):
            bench_switch(store, args)
    return 0


if __name__ == "__main__":
    sys.exit(main())
