#!/usr/bin/env python3
"""Rendering benchmark: store → mesh, first frame, orbit frame time, restyle, pick latency, peak RSS.

    python benchmarks/render.py [--sizes 50000,100000] [--sample PROJECT.duckdb] [--window 1280x800]
                                [--workdir DIR]

Each case runs in its own process (so peak RSS is per case), off screen with VTK's software (Mesa)
rendering — no GPU. Synthetic cities are LOD1 buildings written by :mod:`twin.synthetic` into a project
file in ``--workdir`` (re-used when present), with DEM terrain and roads, as the app shows them. The
sample case uses a project made with ``kaga-twin import sample_data/...`` (``--sample``), or imports the
bundled sample into the work folder when ``--sample auto`` (the default) and it is present.

Figures and targets (issue 3): time to first frame ≤ 3 s for 100k buildings, median orbit frame ≤ 100 ms,
restyle ≤ 200 ms, pick ≤ 50 ms. Nothing is asserted: the script prints the figures.
"""

from __future__ import annotations

import argparse
import json
import os
import resource
import statistics
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))


def make_synthetic(path: Path, n: int) -> None:
    from twin.store import Store
    from twin.synthetic import write_synthetic_city

    if path.exists():
        return
    tmp = path.with_suffix(".creating")
    tmp.unlink(missing_ok=True)
    t = time.perf_counter()
    with Store(tmp) as s:
        write_synthetic_city(s, n, seed=1, lod2_fraction=0.0)
    os.replace(tmp, path)
    print(f"  (wrote {path.name}: {n:,} buildings in {time.perf_counter() - t:.1f} s)", file=sys.stderr)


def make_sample(path: Path) -> bool:
    from twin.paths import sample_sources

    if path.exists():
        return True
    srcs = sample_sources()
    if not srcs:
        return False
    from importers.registry import import_path
    from twin.store import Store

    tmp = path.with_suffix(".creating")
    tmp.unlink(missing_ok=True)
    with Store(tmp) as s:
        for src in srcs:
            import_path(s, src)
    os.replace(tmp, path)
    return True


def run_case(project: str, window: tuple[int, int], frames: int) -> dict:
    """Measure one project (runs in a child process)."""
    t_start = time.perf_counter()
    import numpy as np
    import pyvista as pv

    from layers.buildings import building_mesh
    from layers.scene import SceneController
    from twin.document import TwinDocument
    from twin.store import Store
    from twin.style import Style

    t_import = time.perf_counter() - t_start
    out: dict = {"project": project, "window": f"{window[0]}x{window[1]}", "import_s": t_import}

    # store → mesh, buildings alone (what dominates)
    with Store(project, read_only=True) as s:
        t = time.perf_counter()
        mesh, info = building_mesh(s, lod=2)
        out["store_to_mesh_buildings_s"] = time.perf_counter() - t
        out["buildings"] = info.n_buildings
        out["triangles_buildings"] = mesh.n_cells
        del mesh

    # the app path: open, layers, scene (all meshes + actors), first frame
    # the viewport exists before a project is opened (the app creates it with its window)
    tp = time.perf_counter()
    plotter = pv.Plotter(off_screen=True, window_size=list(window))
    out["plotter_creation_s"] = time.perf_counter() - tp
    t0 = time.perf_counter()
    c0 = time.process_time()
    store = Store(project, read_only=True)
    doc = TwinDocument(store)
    doc.load_layers()
    doc.camera = {"preset": "city"}
    t1 = time.perf_counter()
    out["open_project_s"] = t1 - t0
    scene = SceneController(doc, plotter)
    t2 = time.perf_counter()
    plotter.show(auto_close=False)               # progressive: the first frame uses the light meshes
    t3 = time.perf_counter()
    c3 = time.process_time()
    plotter.render_window.Render()               # the full-detail frame the scene asked for
    t4 = time.perf_counter()
    c4 = time.process_time()
    out["store_to_scene_s"] = t2 - t1            # every layer's mesh + actor
    out["first_frame_render_s"] = t3 - t2
    out["time_to_first_frame_s"] = t3 - t0       # open project → first (light) frame in the viewport
    out["time_to_first_frame_cpu_s"] = c3 - c0
    out["time_to_full_frame_s"] = t4 - t0        # … → first full-detail frame
    out["time_to_full_frame_cpu_s"] = c4 - c0
    out["load_average"] = os.getloadavg()[0]
    out["triangles_total"] = sum(ad.mesh.n_cells for ad in scene.adapters.values() if ad.mesh is not None)

    # orbit as the interactor does it: the style raises the window's update rate while dragging (the scene
    # then draws its light meshes) and drops it to the still rate at the end (full meshes again)
    cam = plotter.renderer.GetActiveCamera()
    rw = plotter.render_window
    interactor_rate = 30.0   # pyvista's interactor default (pyvistaqt: 15)

    cpu: list[float] = []

    def orbit(rate: float) -> list[float]:
        rw.SetDesiredUpdateRate(rate)
        ts = []
        cpu.clear()
        for _ in range(frames):
            cam.Azimuth(360.0 / frames)
            scene.renderer.ResetCameraClippingRange()
            t = time.perf_counter()
            c = time.process_time()
            rw.Render()
            ts.append(time.perf_counter() - t)
            cpu.append(time.process_time() - c)
        return ts

    times = orbit(interactor_rate)
    out["orbit_median_cpu_ms"] = 1000 * statistics.median(cpu)
    out["orbit_median_ms"] = 1000 * statistics.median(times)
    out["orbit_p90_ms"] = 1000 * sorted(times)[int(0.9 * (len(times) - 1))]
    out["triangles_while_moving"] = sum(
        (ad.light_mesh if ad.light_mesh is not None else ad.mesh).n_cells
        for ad in scene.adapters.values() if ad.mesh is not None and ad.layer.visible)
    rw.SetDesiredUpdateRate(0.0001)
    t = time.perf_counter()
    rw.Render()
    out["still_frame_ms"] = 1000 * (time.perf_counter() - t)
    full = orbit(0.0001)[: max(3, frames // 6)]
    out["orbit_full_detail_median_ms"] = 1000 * statistics.median(full)

    # restyle: new attribute (SQL fetch + classify + array swap), then colormap only (cached values)
    b = doc.layers.by_kind("buildings")[0]
    t = time.perf_counter()
    b.style = Style(mode="graduated", attribute="measured_height", colormap="YlOrRd", classes=5)
    out["restyle_new_attribute_ms"] = 1000 * (time.perf_counter() - t)
    t = time.perf_counter()
    b.style.colormap = "viridis"
    out["restyle_colormap_ms"] = 1000 * (time.perf_counter() - t)
    t = time.perf_counter()
    rw.Render()
    out["restyle_frame_ms"] = 1000 * (time.perf_counter() - t)
    t = time.perf_counter()
    b.opacity = 0.7
    b.opacity = 1.0
    out["opacity_ms"] = 1000 * (time.perf_counter() - t)

    # picking at the centre area of the view
    rng = np.random.default_rng(0)
    W, H = window
    pts = [(W * (0.3 + 0.4 * rng.random()), H * (0.3 + 0.4 * rng.random())) for _ in range(21)]
    t = time.perf_counter()
    first = scene.pick_at(*pts[0])
    out["pick_first_ms"] = 1000 * (time.perf_counter() - t)     # includes building the cell locators
    lat, hits = [], 0
    for p in pts[1:]:
        t = time.perf_counter()
        hit = scene.pick_at(*p)
        lat.append(time.perf_counter() - t)
        hits += hit is not None
    out["pick_median_ms"] = 1000 * statistics.median(lat)
    out["pick_hits"] = f"{hits + (first is not None)}/{len(pts)}"
    t = time.perf_counter()
    sel = scene.pick_rect(W * 0.45, H * 0.45, W * 0.55, H * 0.55)
    out["pick_rect_ms"] = 1000 * (time.perf_counter() - t)
    out["pick_rect_features"] = sum(len(v) for v in sel.values())
    t = time.perf_counter()
    ids = sel.get(b.id, [])[:500]
    doc.selection.set(b.id, ids, origin="pick")
    out["highlight_ms"] = 1000 * (time.perf_counter() - t)

    scene.close()
    plotter.close()
    store.close()
    out["peak_rss_mb"] = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    return out


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--sizes", default="50000,100000", help="synthetic city sizes (buildings), comma separated")
    ap.add_argument("--sample", default="auto", help="project with the imported sample, 'auto' or 'none'")
    ap.add_argument("--window", default="1280x800", help="render window size")
    ap.add_argument("--frames", type=int, default=36, help="orbit frames")
    ap.add_argument("--workdir", default=str(Path(os.environ.get("TMPDIR", "/tmp")) / "kaga-render-bench"))
    ap.add_argument("--case", help=argparse.SUPPRESS)
    args = ap.parse_args(argv)
    window = tuple(int(v) for v in args.window.lower().split("x"))
    if args.case:
        print(json.dumps(run_case(args.case, window, args.frames)))
        return 0
    work = Path(args.workdir)
    work.mkdir(parents=True, exist_ok=True)
    cases: list[tuple[str, Path]] = []
    if args.sample != "none":
        sample = Path(args.sample) if args.sample != "auto" else work / "sample.duckdb"
        try:
            ok = sample.exists() or (args.sample == "auto" and make_sample(sample))
        except Exception as exc:  # the importers may not be there yet
            print(f"  (sample skipped: {exc})", file=sys.stderr)
            ok = False
        if ok:
            cases.append(("sample", sample))
    for n in [int(v) for v in args.sizes.split(",") if v]:
        path = work / f"synthetic_{n}.duckdb"
        make_synthetic(path, n)
        cases.append((f"{n:,} LOD1", path))

    rows = []
    for name, path in cases:
        r = subprocess.run([sys.executable, __file__, "--case", str(path), "--window", args.window,
                            "--frames", str(args.frames)], capture_output=True, text=True)
        if r.returncode != 0:
            print(f"{name}: failed\n{r.stderr[-2000:]}", file=sys.stderr)
            continue
        res = json.loads(r.stdout.strip().splitlines()[-1])
        res["case"] = name
        rows.append(res)

    fields = [
        ("buildings", "buildings", "{:,}", None),
        ("triangles_total", "triangles (all layers)", "{:,}", None),
        ("plotter_creation_s", "viewport creation, once (s)", "{:.2f}", None),
        ("store_to_mesh_buildings_s", "store → mesh, buildings (s)", "{:.2f}", None),
        ("open_project_s", "open project + layers (s)", "{:.2f}", None),
        ("store_to_scene_s", "store → all meshes + actors (s)", "{:.2f}", None),
        ("first_frame_render_s", "first render call, light (s)", "{:.2f}", None),
        ("time_to_first_frame_s", "time to first frame (s)", "{:.2f}", 3.0),
        ("time_to_first_frame_cpu_s", "  … CPU time, all threads (s)", "{:.2f}", None),
        ("time_to_full_frame_s", "time to full-detail frame (s)", "{:.2f}", None),
        ("time_to_full_frame_cpu_s", "  … CPU time, all threads (s)", "{:.2f}", None),
        ("triangles_while_moving", "triangles drawn while orbiting", "{:,}", None),
        ("orbit_median_ms", "orbit frame, median (ms)", "{:.0f}", 100),
        ("orbit_median_cpu_ms", "  … CPU time, all threads (ms)", "{:.0f}", None),
        ("orbit_p90_ms", "orbit frame, p90 (ms)", "{:.0f}", None),
        ("still_frame_ms", "frame at rest after orbit (ms)", "{:.0f}", None),
        ("orbit_full_detail_median_ms", "full-detail frame, median (ms)", "{:.0f}", None),
        ("restyle_new_attribute_ms", "restyle, new attribute (ms)", "{:.0f}", 200),
        ("restyle_colormap_ms", "restyle, colormap only (ms)", "{:.0f}", 200),
        ("restyle_frame_ms", "frame after restyle (ms)", "{:.0f}", None),
        ("opacity_ms", "opacity ×2 (ms)", "{:.1f}", None),
        ("pick_first_ms", "first pick incl. locators (ms)", "{:.0f}", None),
        ("pick_median_ms", "pick latency, median (ms)", "{:.1f}", 50),
        ("pick_hits", "picks that hit a feature", "{}", None),
        ("pick_rect_ms", "rectangle pick (ms)", "{:.0f}", None),
        ("highlight_ms", "highlight ≤500 features (ms)", "{:.0f}", None),
        ("peak_rss_mb", "peak RSS (MB)", "{:.0f}", None),
        ("load_average", "machine load average (1 min)", "{:.1f}", None),
    ]
    print(f"\nKaga Twin render benchmark — software rendering, window {args.window}, {os.cpu_count()} CPUs\n")
    head = f"{'figure':<34}" + "".join(f"{r['case']:>16}" for r in rows) + f"{'target':>10}"
    print(head)
    print("-" * len(head))
    for key, label, fmt, target in fields:
        line = f"{label:<34}"
        for r in rows:
            v = r.get(key)
            line += f"{fmt.format(v) if v is not None else '—':>16}"
        if target is not None:
            line += f"{'≤ ' + str(target):>10}"
        print(line)
    return 0


if __name__ == "__main__":
    sys.exit(main())
