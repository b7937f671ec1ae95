#!/usr/bin/env python3
"""Rendering benchmark: store → mesh, first frame, orbit frame time, restyle, pick latency, peak RSS.

    python benchmarks/render.py [--sizes 50000,100000] [--sample PROJECT.duckdb] [--window 1280x800]
                                [--frames 36] [--repeat 3] [--no-fxaa] [--json FILE] [--workdir DIR]

Each case runs in its own process (so peak RSS is per case), off screen with VTK's software (Mesa)
rendering — no GPU. Synthetic cities are LOD1 buildings written by :mod:`twin.synthetic` into a project
file in ``--workdir`` (re-used when present), with DEM terrain and roads, as the app shows them. The
sample case uses a project made with ``kaga-twin import sample_data/...`` (``--sample``), or imports the
bundled sample into the work folder when ``--sample auto`` (the default) and it is present.

Orbit frames are mouse drags through the VTK interactor style the app's viewport uses (pyvistaqt's
trackball camera, update rate 30), with the FXAA pass the viewport turns on (``--no-fxaa`` to leave it
out); ``--gui`` also drags the mouse in the app's own viewport widget (Qt under Xvfb: repaints included); each case can be repeated (``--repeat``) and the table then shows medians, with the machine's load
average of every run — on a shared 2-core machine the load changes the wall-clock figures a lot.

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


def run_case(project: str, window: tuple[int, int], frames: int, fxaa: bool = True) -> dict:
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

    # per-process first-use costs the app pays once, at its first project: the spatial extension and the
    # pandas import DuckDB makes on its first parameterised query
    t = time.perf_counter()
    with Store(project, read_only=True) as s:
        s.query("SELECT ?", [1])
    out["first_use_s"] = time.perf_counter() - t

    # the app path: open, layers, scene (all meshes + actors), first frame
    # the viewport exists before a project is opened (the app creates it with its window)
    tp = time.perf_counter()
    plotter = pv.Plotter(off_screen=True, window_size=list(window))
    if fxaa:
        # the app's viewport turns FXAA on (gui/viewport.py); pyvista's enable_anti_aliasing("fxaa") swaps in
        # SSAA for EGL builds, so ask VTK directly — the same FXAA pass as in the window
        plotter.renderer.SetUseFXAA(True)
    out["fxaa"] = bool(plotter.renderer.GetUseFXAA())
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

    # orbit as the app does it: mouse drags through the same VTK interactor style as pyvistaqt's QtInteractor
    # (trackball camera, interactor update rate 30). The style raises the render window's desired update rate
    # while dragging (the scene then draws its light representation) and drops it to the still rate on release
    # (full detail again); every mouse move renders one frame.
    rw = plotter.render_window
    plotter.enable_trackball_style()
    iren = plotter.iren.interactor
    W, H = window
    interactor_rate = 30.0   # pyvista's RenderWindowInteractor default, as the app's QtInteractor has it
    step = max(1, round(10.0 * W / 200.0))   # pixels per mouse move: 10° of azimuth (trackball: 200° per width)
    frame_log: list[tuple[float, float, bool]] = []

    def drag(n: int, rate: float) -> tuple[list[float], list[float], float]:
        """n mouse moves with the left button down; returns per-frame wall and CPU times, and the frame drawn
        on release."""
        iren.SetDesiredUpdateRate(rate)
        iren.SetEventInformation(W // 2, H // 2, 0, 0)
        iren.InvokeEvent("LeftButtonPressEvent")
        ts, cs = [], []
        for i in range(n):
            iren.SetEventInformation(W // 2 + step * (i + 1), H // 2, 0, 0)
            t = time.perf_counter()
            c = time.process_time()
            iren.InvokeEvent("MouseMoveEvent")
            ts.append(time.perf_counter() - t)
            cs.append(time.process_time() - c)
        t = time.perf_counter()
        iren.InvokeEvent("LeftButtonReleaseEvent")
        return ts, cs, time.perf_counter() - t

    moving: dict[str, int] = {}

    def count_drawn(*_: object) -> None:
        if scene.interactive:
            vis = [a for a in plotter.renderer.GetActors() if a.GetVisibility()]
            moving["actors"] = len(vis)
            moving["triangles"] = sum(a.GetMapper().GetInput().GetNumberOfCells() for a in vis)
            moving["rendered"] = plotter.renderer.GetNumberOfPropsRendered()

    tag = plotter.renderer.AddObserver("EndEvent", count_drawn)
    times, cpu, still = drag(frames, interactor_rate)
    plotter.renderer.RemoveObserver(tag)
    out["light_engaged"] = bool(moving)
    out["orbit_median_cpu_ms"] = 1000 * statistics.median(cpu)
    out["orbit_median_ms"] = 1000 * statistics.median(times)
    out["orbit_p90_ms"] = 1000 * sorted(times)[int(0.9 * (len(times) - 1))]
    out["triangles_while_moving"] = moving.get("triangles")
    out["still_frame_ms"] = 1000 * still
    full, _, _ = drag(max(3, frames // 6), 0.0001)
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

    # store → mesh, buildings alone (what dominates)
    with Store(project, read_only=True) as s:
        t = time.perf_counter()
        mesh, info = building_mesh(s, lod=2)
        out["store_to_mesh_buildings_s"] = time.perf_counter() - t
        out["buildings"] = info.n_buildings
        out["triangles_buildings"] = mesh.n_cells
        del mesh
    out["peak_rss_mb"] = _peak_rss_mb()
    return out


def run_gui_case(project: str, window: tuple[int, int], frames: int) -> dict:
    """Orbit in the app's own viewport (gui.viewport.Viewport: pyvistaqt QtInteractor, FXAA, Qt repaints)
    with synthetic mouse events; needs a display (the caller uses Xvfb). Runs in a child process."""
    from PySide6.QtCore import QEvent, QPoint, QPointF, Qt
    from PySide6.QtGui import QMouseEvent
    from PySide6.QtWidgets import QApplication

    from twin.document import TwinDocument
    from twin.store import Store

    app = QApplication.instance() or QApplication([])
    from gui.viewport import Viewport

    store = Store(project, read_only=True)
    doc = TwinDocument(store)
    doc.load_layers()
    doc.camera = {"preset": "city"}
    v = Viewport()
    v.resize(*window)
    v.show()
    t0 = time.perf_counter()
    v.set_document(doc)
    drawn: list[bool] = []
    scene = v.scene
    tag = scene.renderer.AddObserver("EndEvent", lambda *_: drawn.append(scene.interactive))
    while len(drawn) < 2 and time.perf_counter() - t0 < 120:      # first (light) and full frames
        app.processEvents()
    out: dict = {"gui_first_full_frame_s": time.perf_counter() - t0}
    p = v.plotter
    c = p.rect().center()
    step = max(1, round(10.0 * p.width() / 200.0))

    def send(kind, pos, button, buttons):
        QApplication.sendEvent(p, QMouseEvent(kind, QPointF(pos), QPointF(p.mapToGlobal(pos)), button, buttons,
                                              Qt.KeyboardModifier.NoModifier))

    drawn.clear()
    send(QEvent.Type.MouseButtonPress, c, Qt.MouseButton.LeftButton, Qt.MouseButton.LeftButton)
    ts = []
    for i in range(frames):
        t = time.perf_counter()
        send(QEvent.Type.MouseMove, c + QPoint(step * (i + 1), 0), Qt.MouseButton.NoButton, Qt.MouseButton.LeftButton)
        app.processEvents()                     # the repaint the render scheduled
        ts.append(time.perf_counter() - t)
    moving = sum(drawn)
    send(QEvent.Type.MouseButtonRelease, c + QPoint(step * frames, 0), Qt.MouseButton.LeftButton,
         Qt.MouseButton.NoButton)
    for _ in range(20):
        app.processEvents()
    out["gui_move_median_ms"] = 1000 * statistics.median(ts)
    out["gui_frames_per_move"] = moving / max(frames, 1)
    out["gui_fxaa"] = bool(scene.renderer.GetUseFXAA())
    scene.renderer.RemoveObserver(tag)
    v.shutdown()
    store.close()
    out["load_average"] = os.getloadavg()[0]
    return out


def _peak_rss_mb() -> float:
    """Peak resident set of this process. /proc's VmHWM starts afresh with the program (getrusage's ru_maxrss
    survives exec, so a child started by a big parent would report the parent's peak)."""
    try:
        with open("/proc/self/status") as f:
            for line in f:
                if line.startswith("VmHWM:"):
                    return int(line.split()[1]) / 1024
    except OSError:
        pass
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--sizes", default="50000,100000", help="synthetic city sizes (buildings), comma separated")
    ap.add_argument("--sample", default="auto", help="project with the imported sample, 'auto' or 'none'")
    ap.add_argument("--window", default="1280x800", help="render window size")
    ap.add_argument("--frames", type=int, default=36, help="orbit frames (mouse moves of 10° each)")
    ap.add_argument("--repeat", type=int, default=1, help="run each case this many times; the table shows medians")
    ap.add_argument("--no-fxaa", action="store_true", help="without the FXAA pass the app's viewport uses")
    ap.add_argument("--json", help="also write every run's figures to this file")
    ap.add_argument("--gui", action="store_true",
                    help="also orbit in the app's own viewport (Qt, under Xvfb when there is no display)")
    ap.add_argument("--gui-case", help=argparse.SUPPRESS)
    ap.add_argument("--workdir", default=str(Path(os.environ.get("TMPDIR", "/tmp")) / "kaga-render-bench"))
    ap.add_argument("--case", help=argparse.SUPPRESS)
    args = ap.parse_args(argv)
    window = tuple(int(v) for v in args.window.lower().split("x"))
    if args.case:
        print(json.dumps(run_case(args.case, window, args.frames, fxaa=not args.no_fxaa)))
        return 0
    if args.gui_case:
        print(json.dumps(run_gui_case(args.gui_case, window, args.frames)))
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
    runs_all: dict[str, list[dict]] = {}
    for name, path in cases:
        runs = []
        for _ in range(max(1, args.repeat)):
            cmd = [sys.executable, __file__, "--case", str(path), "--window", args.window, "--frames", str(args.frames)]
            if args.no_fxaa:
                cmd.append("--no-fxaa")
            r = subprocess.run(cmd, capture_output=True, text=True)
            if r.returncode != 0:
                print(f"{name}: failed\n{r.stderr[-2000:]}", file=sys.stderr)
                continue
            res = json.loads(r.stdout.strip().splitlines()[-1])
            if args.gui:
                res.update(_gui_run(path, args))
            runs.append(res)
        if not runs:
            continue
        runs_all[name] = runs
        res = _median_run(runs)
        res["case"] = name
        res["loads"] = "/".join(f"{r['load_average']:.1f}" for r in runs)
        rows.append(res)
    if args.json:
        Path(args.json).write_text(json.dumps(runs_all, indent=1))

    fields = [
        ("buildings", "buildings", "{:,}", None),
        ("triangles_total", "triangles (all layers)", "{:,}", None),
        ("plotter_creation_s", "viewport creation, once (s)", "{:.2f}", None),
        ("first_use_s", "first store use in process (s)", "{:.2f}", None),
        ("store_to_mesh_buildings_s", "store → mesh, buildings (s)", "{:.2f}", None),
        ("open_project_s", "open project + layers (s)", "{:.2f}", None),
        ("store_to_scene_s", "store → all meshes + actors (s)", "{:.2f}", None),
        ("first_frame_render_s", "first render call, light (s)", "{:.2f}", None),
        ("time_to_first_frame_s", "time to first frame (s)", "{:.2f}", 3.0),
        ("time_to_first_frame_cpu_s", "  … CPU time, all threads (s)", "{:.2f}", None),
        ("time_to_full_frame_s", "time to full-detail frame (s)", "{:.2f}", None),
        ("time_to_full_frame_cpu_s", "  … CPU time, all threads (s)", "{:.2f}", None),
        ("light_engaged", "light mode engaged while dragging", "{}", None),
        ("triangles_while_moving", "triangles in visible actors, moving", "{:,}", None),
        ("orbit_median_ms", "orbit frame, median (ms)", "{:.0f}", 100),
        ("orbit_median_cpu_ms", "  … CPU time, all threads (ms)", "{:.0f}", None),
        ("orbit_p90_ms", "orbit frame, p90 (ms)", "{:.0f}", None),
        ("still_frame_ms", "frame on release (ms)", "{:.0f}", None),
        ("orbit_full_detail_median_ms", "full-detail frame, median (ms)", "{:.0f}", None),
        ("gui_move_median_ms", "app window: per mouse move (ms)", "{:.0f}", 100),
        ("gui_frames_per_move", "  … frames drawn per move", "{:.1f}", None),
        ("gui_first_full_frame_s", "  … open → full frame in window (s)", "{:.2f}", None),
        ("restyle_new_attribute_ms", "restyle, new attribute (ms)", "{:.0f}", 200),
        ("restyle_colormap_ms", "restyle, colormap only (ms)", "{:.0f}", 200),
        ("restyle_frame_ms", "frame after restyle (ms)", "{:.0f}", None),
        ("opacity_ms", "opacity ×2 (ms)", "{:.1f}", None),
        ("pick_first_ms", "first pick (ms)", "{:.0f}", None),
        ("pick_median_ms", "pick latency, median (ms)", "{:.1f}", 50),
        ("pick_hits", "picks that hit a feature", "{}", None),
        ("pick_rect_ms", "rectangle pick (ms)", "{:.0f}", None),
        ("pick_rect_features", "  … features selected", "{:,}", None),
        ("highlight_ms", "highlight ≤500 features (ms)", "{:.0f}", None),
        ("peak_rss_mb", "peak RSS (MB)", "{:.0f}", None),
        ("loads", "load average (1 min) per run", "{}", None),
    ]
    print(f"\nKaga Twin render benchmark — software rendering, window {args.window}, {os.cpu_count()} CPUs, "
          f"FXAA {'off' if args.no_fxaa else 'on (as the app)'}, median of {max(1, args.repeat)} run(s)\n")
    head = f"{'figure':<36}" + "".join(f"{r['case']:>16}" for r in rows) + f"{'target':>10}"
    print(head)
    print("-" * len(head))
    for key, label, fmt, target in fields:
        line = f"{label:<36}"
        for r in rows:
            v = r.get(key)
            line += f"{fmt.format(v) if v is not None else '—':>16}"
        if target is not None:
            line += f"{'≤ ' + str(target):>10}"
        print(line)
    return 0


def _gui_run(path: Path, args) -> dict:
    cmd = [sys.executable, __file__, "--gui-case", str(path), "--window", args.window, "--frames", str(args.frames)]
    if not os.environ.get("DISPLAY"):
        import shutil

        if not shutil.which("xvfb-run"):
            return {}
        w, h = (int(v) for v in args.window.lower().split("x"))
        cmd = ["xvfb-run", "-a", "-s", f"-screen 0 {w + 200}x{h + 200}x24"] + cmd
    r = subprocess.run(cmd, capture_output=True, text=True)
    if r.returncode != 0:
        print(f"gui case failed\n{r.stderr[-2000:]}", file=sys.stderr)
        return {}
    res = json.loads(r.stdout.strip().splitlines()[-1])
    res["gui_load_average"] = res.pop("load_average")
    return res


def _median_run(runs: list[dict]) -> dict:
    """Per figure: the median over runs for numbers, the first run's value otherwise."""
    out = dict(runs[0])
    for k, v in runs[0].items():
        if isinstance(v, (int, float)) and not isinstance(v, bool):
            vals = [r[k] for r in runs if isinstance(r.get(k), (int, float))]
            out[k] = statistics.median(vals)
    return out


if __name__ == "__main__":
    sys.exit(main())
