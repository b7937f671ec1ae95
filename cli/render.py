"""``kaga-twin render``: the project's 3D scene to a PNG, off screen (no X server needed)."""

from __future__ import annotations

import argparse
import sys
from collections.abc import Callable

from cli.project import resolve_project


def cmd_render(args: argparse.Namespace) -> int:
    from layers.render import parse_size, render_png

    size = parse_size(args.size)
    project = resolve_project(args.project)
    out, pdf = args.out, args.pdf
    if out is not None and str(out).lower().endswith(".pdf"):   # --out map.pdf: the layout
        out, pdf = None, pdf or out
    if out is None and pdf is None:
        print("error: give --out FILE.png (the picture) and/or --pdf FILE.pdf (an A4 map layout)", file=sys.stderr)
        return 2
    info = render_png(project, out, camera=args.camera, size=size, color_by=args.color_by,
                      layers=args.layers, colormap=args.colormap, title=args.title, legend=not args.no_legend,
                      time=args.time, pdf=pdf, scenario=args.scenario)
    for name, err in info["errors"].items():
        print(f"warning: layer {name} could not be drawn: {err}", file=sys.stderr)
    for note in info["notes"]:
        print(f"note: {note}", file=sys.stderr)
    for name, warns in info["warnings"].items():
        for w in dict.fromkeys(warns):
            print(f"warning: {name}: {w}", file=sys.stderr)
    when = f", time {info['time']}" if info.get("time") else ""
    when += f", scenario {info['scenario']}" if info.get("scenario") else ""
    what = f"camera {info['camera']}{when}, layers: {', '.join(info['layers'])}"
    if info.get("path"):
        print(f"Wrote {info['path']} ({info['size'][0]}×{info['size'][1]}, {what})")
    if info.get("pdf"):
        print(f"Wrote {info['pdf']} (A4 map layout: view, legend, north arrow, scale bar, title, date, sources"
              f"{'' if info.get('path') else '; ' + what})")
    return 0


def add_render_parser(subparsers: argparse._SubParsersAction, project_arg: Callable[[argparse.ArgumentParser], None]
                      ) -> argparse.ArgumentParser:
    sp = subparsers.add_parser(
        "render", help="render the 3D scene to a PNG or an A4 PDF map layout without a display",
        description="Render the project's scene off screen to a PNG: the saved layers and styles (or the "
                    "default ones: terrain, roads, buildings by usage), with legend, north arrow and scale bar; "
                    "--pdf writes an A4 map layout with title, date and the data sources.")
    sp.add_argument("--out", metavar="FILE.png", help="PNG file to write (a .pdf name writes the map layout)")
    sp.add_argument("--pdf", metavar="FILE.pdf",
                    help="also (or only) write an A4 map layout: the view, legend, north arrow, scale bar, title, "
                         "date and the project's data sources")
    project_arg(sp)
    sp.add_argument("--camera", default="station", choices=["station", "city", "top", "saved"],
                    help="viewpoint: Kaga Onsen Station, the whole extent, top-down 2D, or the camera saved "
                         "in the project (default: station)")
    sp.add_argument("--size", default="1600x1000", metavar="WxH",
                    help="PNG size in pixels, e.g. 3000x2000 (default 1600x1000); the PDF layout has its own")
    sp.add_argument("--color-by", metavar="ATTR",
                    help="colour the buildings (or the first visible layer having it) by this attribute, "
                         "e.g. usage, measured_height, year_built, max_flood_depth")
    sp.add_argument("--colormap", metavar="NAME", help="colormap for a numeric --color-by (e.g. viridis, YlOrRd)")
    sp.add_argument("--layers", metavar="NAMES",
                    help="comma-separated layer names, ids or kinds to draw (others are hidden)")
    sp.add_argument("--title", help="title drawn at the top left (default: a Japanese caption naming the project's "
                                    "place, the view and the colouring)")
    sp.add_argument("--no-legend", action="store_true", help="leave the legend out")
    sp.add_argument("--time", metavar="T",
                    help="the twin's clock for this picture (ISO 8601, e.g. 2025-01-15T06:00 or 2025-01-15T06:00+09:00; "
                         "a year such as 2040): layers with times show that moment. Naive times are Japan time")
    sp.add_argument("--scenario", metavar="NAME",
                    help="draw the buildings as this scenario over the base (`kaga-twin scenario list`): new "
                         "buildings light cyan with outlines, changed ones orange, removed ones ghosted; with "
                         "--time, only the phases standing then")
    sp.set_defaults(func=cmd_render)
    return sp


__all__ = ["add_render_parser", "cmd_render"]
