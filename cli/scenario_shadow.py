"""``kaga-twin scenario shadow NAME --date 2026-12-21 [--height 1.5] [--grid 2] --out FILE.tif|.png``: the
winter shadow study of a scenario (日影, :mod:`twin.scenario_shadow`): hours of shadow between 8:00 and 16:00 true
solar time on a plane 1.5 m or 4 m above the ground, for the base and the scenario; the difference is written as
a GeoTIFF (three bands: base, scenario, difference) or a PNG map, and the neighbouring buildings that gain more
than ``--gain`` hours are listed."""

from __future__ import annotations

import argparse
import sys
from collections.abc import Callable
from pathlib import Path
from typing import Any

from cli.output import write_rows
from cli.project import resolve_project
from twin.errors import TwinError
from twin.scenario_shadow import scenario_shadow
from twin.scenario_view import scenario_buildings
from twin.store import Store

NEIGHBOUR_COLUMNS = ("gml_id", "usage", "gain_h", "base_h", "scenario_h")
SUFFIXES = (".tif", ".tiff", ".png")


def _bounds(text: str | None) -> tuple[float, ...] | None:
    if text is None:
        return None
    try:
        values = tuple(float(v) for v in text.split(","))
    except ValueError:
        values = ()
    if len(values) != 4 or not (values[2] > values[0] and values[3] > values[1]):
        raise TwinError(f"--bounds wants MINX,MINY,MAXX,MAXY in the project CRS, not {text!r}")
    return values


def cmd_shadow(args: argparse.Namespace) -> int:
    out = Path(args.out) if args.out else None
    if out is not None and out.suffix.lower() not in SUFFIXES:
        raise TwinError(f"--out {args.out}: write a .tif (GeoTIFF) or a .png (map)")
    if args.grid <= 0 or args.step <= 0:
        raise TwinError("--grid and --step must be positive")
    with Store(resolve_project(args.project), create=False, read_only=True) as store:
        result = scenario_shadow(store, args.name, date=args.date, height_m=args.height, grid_m=args.grid,
                                 bounds=_bounds(args.bounds), gain_hours=args.gain, step_min=args.step,
                                 at=args.at)
        if out is not None:
            from layers.shadow_map import write_shadow_png, write_shadow_tif
            if out.suffix.lower() == ".png":
                write_shadow_png(result, scenario_buildings(store, None),
                                 scenario_buildings(store, args.name, at=args.at), out)
            else:
                write_shadow_tif(result, out)
    diff = result["difference"]
    minx, miny, maxx, maxy = result["bounds"]
    info = sys.stderr if args.format == "json" else sys.stdout
    print(f"{args.name}: {result['date']} {result['start']}–{result['end']} true solar time, plane "
          f"{result['height_m']} m above T.P. {result['ground_z']:.1f} m, grid {result['grid_m']} m "
          f"({diff.shape[1]} × {diff.shape[0]} cells over {maxx - minx:.0f} × {maxy - miny:.0f} m), "
          f"step {result['step_min']:g} min", file=info)
    print(f"largest gain {float(diff.max()):.1f} h, largest loss {max(0.0, float(-diff.min())):.1f} h; "
          f"{len(result['neighbours'])} neighbouring buildings gain more than {args.gain:g} h", file=info)
    if out is not None:
        print(f"wrote {out}", file=info)
    write_rows(NEIGHBOUR_COLUMNS, [[n[c] for c in NEIGHBOUR_COLUMNS] for n in result["neighbours"]],
               args.format)
    return 0


def add_shadow_parser(scenario_subparsers: argparse._SubParsersAction,
                      project_arg: Callable[[argparse.ArgumentParser], Any]) -> argparse.ArgumentParser:
    """Add ``shadow`` to the ``kaga-twin scenario`` subcommands."""
    sp = scenario_subparsers.add_parser(
        "shadow", help="winter shadow hours (日影) of a scenario against the base; GeoTIFF or PNG",
        description=__doc__.split("\n\n")[0].replace("``", ""))
    sp.add_argument("name", metavar="NAME", help="the scenario")
    project_arg(sp)
    sp.add_argument("--date", default="2026-12-21", help="the day (default the winter solstice 2026-12-21)")
    sp.add_argument("--height", type=float, default=1.5,
                    help="the measuring plane above the ground, m: 1.5 (low-rise residential zones) or 4 "
                         "(other regulated zones); default 1.5")
    sp.add_argument("--grid", type=float, default=2.0, help="grid spacing, m (default 2)")
    sp.add_argument("--step", type=float, default=10.0, help="time step, minutes (default 10)")
    sp.add_argument("--gain", type=float, default=1.0,
                    help="list the neighbouring buildings that gain more than this many hours (default 1)")
    sp.add_argument("--bounds", metavar="MINX,MINY,MAXX,MAXY",
                    help="the area in the project CRS (default: the edits widened by their longest shadow)")
    sp.add_argument("--at", metavar="DATE", help="the scenario as built by this date (its phases)")
    sp.add_argument("--out", metavar="FILE.tif|.png",
                    help="write the grids as a GeoTIFF (bands base, scenario, difference) or a PNG map")
    sp.add_argument("--format", choices=["table", "csv", "json"], default="table",
                    help="how to print the neighbours (json: the summary goes to stderr)")
    sp.set_defaults(scenario_func=cmd_shadow)
    return sp


__all__ = ["add_shadow_parser", "cmd_shadow"]
