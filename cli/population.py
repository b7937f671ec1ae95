"""``kaga-twin population``: the mesh population inside a catchment around Kaga Onsen Station (or a polygon file),
per year: total, 0–14, 15–64, 65+, 75+ and the share of 65+. It runs the analysis ``population-catchment``
(:mod:`twin.catchments`), so every call is recorded in ``analysis_runs`` and the rows land in
``catchment_population``."""

from __future__ import annotations

import argparse
import sys
from collections.abc import Callable

from cli.output import write_rows
from cli.project import resolve_project
from twin import analysis as home
from twin.catchments import COLUMNS, STATION_CATCHMENTS
from twin.errors import TwinError
from twin.store import Store

METHODS = ("area",)


def cmd_population(args: argparse.Namespace) -> int:
    project = resolve_project(args.project)
    catchment = args.catchment
    if catchment in STATION_CATCHMENTS:
        params = {"radius_m": STATION_CATCHMENTS[catchment], "file": None}
    else:
        params = {"file": catchment, "radius_m": 1500.0}
    params["year"] = args.year
    with Store(project, create=False) as store:
        store.require_writable()
        try:
            run = home.run_analysis(store, "population-catchment", params)
        except ValueError as exc:
            raise TwinError(str(exc)) from None
        cols = ", ".join(COLUMNS)
        rows = store.query(f"SELECT {cols} FROM catchment_population ORDER BY year, kind")
    if not rows and args.year is not None:
        print(f"no mesh population for {args.year} inside {catchment}", file=sys.stderr)
    if args.format == "table":
        rows = [(c, y, k, *(None if v is None else round(v) for v in counts), None if share is None
                 else f"{share * 100:.1f}%", cells) for c, y, k, *counts, share, cells in rows]
    write_rows(list(COLUMNS), rows, args.format)
    for w in run.warnings:
        print(f"warning: {w}", file=sys.stderr)
    if args.format == "table":
        print(f"method: area share of each 500 m cell inside the catchment; run {run.id}", file=sys.stderr)
    return 0


def add_population_parser(subparsers: argparse._SubParsersAction,
                          project_arg: Callable[[argparse.ArgumentParser], None]) -> argparse.ArgumentParser:
    sp = subparsers.add_parser(
        "population", help="population inside a catchment around the station (or a polygon file), per year",
        description="Mesh population (total, 0-14, 15-64, 65+, 75+, share of 65+) inside a circle around Kaga "
                    "Onsen Station or the polygons of a GeoJSON/GeoPackage file. Each mesh cell counts with the "
                    "share of its area inside the catchment (people assumed evenly spread over a cell); merged "
                    "cells are counted once. The run is recorded (kaga-twin analysis runs).")
    sp.add_argument("--year", type=int, help="only this year (default: every year of the imported meshes)")
    sp.add_argument("--catchment", default="station-1500m", metavar="station-800m|station-1500m|station-3000m|FILE",
                    help="a circle around Kaga Onsen Station, or a GeoJSON/GeoPackage polygon file "
                         "(default: %(default)s)")
    sp.add_argument("--method", choices=METHODS, default="area",
                    help="how cells are apportioned: by area share (floor-area weighting is not available yet)")
    sp.add_argument("--format", choices=["table", "csv", "json"], default="table")
    project_arg(sp)
    sp.set_defaults(func=cmd_population)
    return sp


__all__ = ["add_population_parser", "cmd_population"]
