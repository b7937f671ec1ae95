"""``kaga-twin population``: the mesh population inside a catchment around Kaga Onsen Station (a circle, the area
reached along the road network, or a polygon file), per year: total, 0–14, 15–64, 65+, 75+ and the share of 65+,
apportioned by area share or by residential floor-area share. It runs the analysis ``population-catchment``
(:mod:`twin.catchments`), so every call is recorded in ``analysis_runs`` and the rows land in
``catchment_population``.

``--reconcile`` runs ``population-reconcile`` instead (mesh cells against the IPSS total per municipality and
year, :mod:`twin.population_reconcile`) and ``--per-mesh`` runs ``population-mesh`` (indicators per mesh cell and
year, :mod:`twin.population_indicators`)."""

from __future__ import annotations

import argparse
import sys
from collections.abc import Callable
from typing import Any

from cli.output import write_rows
from cli.project import resolve_project
from twin import analysis as home
from twin.catchments import COLUMNS, METHODS, station_distance
from twin.errors import TwinError
from twin.population_reconcile import COLUMNS as RECONCILE_COLUMNS
from twin.store import Store

#: the columns ``--per-mesh`` prints (``mesh_population_indicators`` without id and geometry)
MESH_COLUMNS = ("mesh_code", "year", "kind", "total", "age_0_14", "age_15_64", "age_65_plus", "age_75_plus",
                "share_65_plus", "share_75_plus", "change_vs_2020", "residential_buildings",
                "residential_floor_area_m2", "floor_area_per_resident", "muni_code")

METHOD_TEXT = {"area": "area share of each mesh cell inside the catchment",
               "floor-area": "residential floor-area share of each mesh cell inside the catchment (PLATEAU "
                             "buildings; cells without residential floor area by area share)"}


def catchment_params(catchment: str, *, network: bool = False, walk_off_m: float | None = None) -> dict[str, Any]:
    """The ``population-catchment`` parameters of a ``--catchment`` value: ``station-<n>m``,
    ``station-walk-<n>m`` (along the road network; also ``--network``) or a polygon file."""
    params: dict[str, Any] = {"wkt": None, "name": None, "network": network}
    station = station_distance(catchment)
    if station:
        params.update(radius_m=station[0], file=None, network=network or station[1])
    else:
        if network:
            raise TwinError("--network applies to the station catchments (station-800m …), not to a file")
        params.update(file=catchment)
    if walk_off_m is not None:
        params["walk_off_m"] = walk_off_m
    return params


def _pct(share: float | None) -> str | None:
    return None if share is None else f"{share * 100:.1f}%"


def _round(v: Any) -> Any:
    return None if v is None else round(v)


def _run(project: Any, name: str, params: dict[str, Any], sql: str) -> tuple[Any, list[tuple]]:
    with Store(project, create=False) as store:
        store.require_writable()
        try:
            run = home.run_analysis(store, name, params)
        except ValueError as exc:
            raise TwinError(str(exc)) from None
        return run, store.query(sql)


def _warn(run: Any) -> None:
    for w in run.warnings:
        print(f"warning: {w}", file=sys.stderr)


def cmd_population(args: argparse.Namespace) -> int:
    project = resolve_project(args.project)
    if args.reconcile:
        return _reconcile(project, args)
    if args.per_mesh:
        return _per_mesh(project, args)
    params = catchment_params(args.catchment, network=args.network, walk_off_m=args.walk_off)
    params.update(year=args.year, method=args.method)
    run, rows = _run(project, "population-catchment", params,
                     f"SELECT {', '.join(COLUMNS)} FROM catchment_population ORDER BY year, kind")
    if not rows and args.year is not None:
        print(f"no mesh population for {args.year} inside {args.catchment}", file=sys.stderr)
    if args.format == "table":
        rows = [(c, y, k, *(_round(v) for v in counts), _pct(share), cells, method, fallback)
                for c, y, k, *counts, share, cells, method, fallback in rows]
    write_rows(list(COLUMNS), rows, args.format)
    _warn(run)
    if args.format == "table":
        print(f"method: {METHOD_TEXT[args.method]}; run {run.id}", file=sys.stderr)
    return 0


def _reconcile(project: Any, args: argparse.Namespace) -> int:
    run, rows = _run(project, "population-reconcile", {"muni_code": args.muni},
                     f"SELECT {', '.join(RECONCILE_COLUMNS)} FROM population_reconciliation "
                     "ORDER BY muni_code, kind, level, source_id, year")
    if args.year is not None:
        rows = [r for r in rows if r[2] == args.year]
    if args.format == "table":
        rows = [(*r[:6], _round(r[6]), *r[7:9], _round(r[9]), r[10], _round(r[11]),
                 None if r[12] is None else f"{r[12]:+.1f}%") for r in rows]
    write_rows(list(RECONCILE_COLUMNS), rows, args.format)
    _warn(run)
    if args.format == "table":
        print(f"difference = mesh total - IPSS total; run {run.id}", file=sys.stderr)
    return 0


def _per_mesh(project: Any, args: argparse.Namespace) -> int:
    run, rows = _run(project, "population-mesh", {"year": args.year},
                     f"SELECT {', '.join(MESH_COLUMNS)} FROM mesh_population_indicators "
                     "ORDER BY mesh_code, year, kind")
    if args.format == "table":
        rows = [(m, y, k, *(_round(v) for v in counts), _pct(s65), _pct(s75), _pct(ch), nb, _round(fa),
                 None if per is None else round(per, 1), muni)
                for m, y, k, *counts, s65, s75, ch, nb, fa, per, muni in rows]
    write_rows(list(MESH_COLUMNS), rows, args.format)
    _warn(run)
    if args.format == "table":
        print("floor_area_per_resident: residential floor area (PLATEAU) per person, a vacancy-pressure "
              f"indicator, not a forecast; run {run.id}", file=sys.stderr)
    return 0


def add_population_parser(subparsers: argparse._SubParsersAction,
                          project_arg: Callable[[argparse.ArgumentParser], None]) -> argparse.ArgumentParser:
    sp = subparsers.add_parser(
        "population", help="population inside a catchment around the station (or a polygon file), per year",
        description="Mesh population (total, 0-14, 15-64, 65+, 75+, share of 65+) inside a circle around Kaga "
                    "Onsen Station, the area reached along the road network (station-walk-800m or --network) or "
                    "the polygons of a GeoJSON/GeoPackage file. Each mesh cell counts with the share of its area "
                    "inside the catchment (--method area) or of its residential floor area, from the PLATEAU "
                    "buildings (--method floor-area); merged cells are counted once. --reconcile compares the "
                    "mesh cells with the IPSS municipal projection; --per-mesh gives indicators per mesh cell. "
                    "Each run is recorded (kaga-twin analysis runs).")
    sp.add_argument("--year", type=int, help="only this year (default: every year of the imported meshes)")
    sp.add_argument("--catchment", default="station-1500m",
                    metavar="station-800m|station-1500m|station-3000m|station-walk-800m|FILE",
                    help="a circle around Kaga Onsen Station, the area within that distance along the road "
                         "network (station-walk-<n>m), or a GeoJSON/GeoPackage polygon file (default: %(default)s)")
    sp.add_argument("--network", action="store_true",
                    help="measure the station distance along the road network (road_segments), not as a circle")
    sp.add_argument("--walk-off", type=float, metavar="M",
                    help="network catchment: how far from the reached roads people count (default 100 m)")
    sp.add_argument("--method", choices=METHODS, default="area",
                    help="how cells are apportioned: by area share, or by residential floor-area share "
                         "(PLATEAU buildings; cells without any by area share) (default: %(default)s)")
    what = sp.add_mutually_exclusive_group()
    what.add_argument("--reconcile", action="store_true",
                      help="mesh cells against the IPSS municipal total per year (persons and %%)")
    what.add_argument("--per-mesh", action="store_true",
                      help="per mesh cell and year: ages, shares, change against 2020, floor area per resident")
    sp.add_argument("--muni", metavar="CODE", help="--reconcile: only this municipality (e.g. 17206)")
    sp.add_argument("--format", choices=["table", "csv", "json"], default="table")
    project_arg(sp)
    sp.set_defaults(func=cmd_population)
    return sp


__all__ = ["MESH_COLUMNS", "add_population_parser", "catchment_params", "cmd_population"]
