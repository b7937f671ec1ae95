"""``kaga-twin scenario compare NAME [--area station-800m|whole|FILE|WKT] [--format table|json]``: a scenario's
planning metrics beside the base (:func:`twin.scenario_metrics.compare`): floor area by usage, dwelling units,
residents, jobs, building coverage and floor-area ratios, each for the base, the scenario and the difference, and
the zoning violations of its proposed buildings. ``--with-population`` adds the catchment's population forecast
with and without the scenario's residents (:mod:`twin.scenario_population`)."""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Callable
from typing import Any

from cli.output import write_rows
from cli.project import resolve_project
from twin.errors import TwinError
from twin.scenario_metrics import JOB_FLOOR_M2, PERSONS_PER_UNIT, compare
from twin.store import Store

VIOLATION_COLUMNS = ("gml_id", "zone", "what", "limit", "value", "base_value", "unit", "site", "site_area_m2")
BLOCK_COLUMNS = ("block", "zone", "area_m2", "coverage", "floor_area_ratio")
POPULATION_COLUMNS = ("year", "kind", "without", "scenario_residents", "with")


def _ratios(items: list[str] | None) -> dict[str, float]:
    out: dict[str, float] = {}
    for item in items or []:
        code, _, value = item.partition("=")
        try:
            out[code.strip()] = float(value)
        except ValueError:
            raise TwinError(f"--job-floor wants CODE=M2 (e.g. 401=20), not {item!r}") from None
        if out[code.strip()] <= 0:
            raise TwinError(f"--job-floor {item}: the floor area per job must be positive")
    return out


def figure_rows(result: dict[str, Any]) -> list[tuple[Any, ...]]:
    """(figure, base, scenario, difference) rows of a comparison: one per usage, then the totals."""
    rows: list[tuple[Any, ...]] = []
    fa = result["floor_area_by_usage"]
    for usage, diff in fa["difference"].items():
        rows.append((f"floor area m² {usage}", fa["base"].get(usage, 0.0), fa["scenario"].get(usage, 0.0), diff))
    for key, label in (("units", "dwelling units"), ("residents", "residents"), ("jobs", "jobs"),
                       ("coverage_ratio", "coverage ratio %"), ("floor_area_ratio", "floor-area ratio %")):
        f = result[key]
        rows.append((label, f["base"], f["scenario"], f["difference"]))
    return rows


def _ratio_text(r: dict[str, Any]) -> str:
    limit = "" if r["limit"] is None else f" ({r['limit']:g})"
    return f"{r['base']:g} → {r['scenario']:g}{limit}"


def block_table(blocks: list[dict[str, Any]]) -> list[tuple[Any, ...]]:
    """Rows of :data:`BLOCK_COLUMNS` for the ``blocks`` of a comparison."""
    return [(b["block"], b["zone"], b["area_m2"], _ratio_text(b["coverage"]), _ratio_text(b["floor_area_ratio"]))
            for b in blocks]


def cmd_compare(args: argparse.Namespace) -> int:
    if args.persons_per_unit <= 0:
        raise TwinError("--persons-per-unit must be positive")
    with Store(resolve_project(args.project), create=False, read_only=True) as store:
        result = compare(store, args.name, area=args.area, persons_per_unit=args.persons_per_unit,
                         job_floor_m2=_ratios(args.job_floor), at=args.at)
        if args.with_population:
            from twin.scenario_population import forecast_with_scenario
            result["population"] = forecast_with_scenario(store, args.name, catchment=args.area,
                                                          persons_per_unit=args.persons_per_unit)
    if args.format == "json":
        json.dump(result, sys.stdout, ensure_ascii=False, indent=1, default=str)
        sys.stdout.write("\n")
        return 0
    print(f"{args.name} beside the base, {result['area']} ({result['area_m2'] / 10_000:.1f} ha), "
          f"{args.persons_per_unit:g} persons per unit" + (f", as on {args.at}" if args.at else ""))
    write_rows(["figure", "base", "scenario", "difference"], figure_rows(result), "table")
    print()
    if result["violations"]:
        print(f"zoning: {len(result['violations'])} violation(s)")
        write_rows(list(VIOLATION_COLUMNS), [[v.get(c) for c in VIOLATION_COLUMNS] for v in result["violations"]],
                   "table")
    elif result["sites"]:
        print("zoning: no violation" + ("" if any(s["zone"] for s in result["sites"]) else
                                        " (no zoning layer covers the proposed buildings; import A29 用途地域)"))
    if result.get("blocks"):
        print()
        print("street blocks the scenario touches: coverage and floor-area ratio %, base → scenario (limit)")
        write_rows(list(BLOCK_COLUMNS), block_table(result["blocks"]), "table")
    if "population" in result:
        print()
        print(f"population of {result['area']} with the scenario's residents (what-if)")
        write_rows(list(POPULATION_COLUMNS), [[r[c] for c in POPULATION_COLUMNS] for r in result["population"]],
                   "table")
    return 0


def add_compare_parser(scenario_subparsers: argparse._SubParsersAction,
                       project_arg: Callable[[argparse.ArgumentParser], None]) -> argparse.ArgumentParser:
    """Add ``scenario compare`` to the scenario subcommands."""
    help_ = ("a scenario's floor area by usage, units, residents, jobs, coverage and floor-area ratios beside the "
             "base, and its zoning violations")
    sp = scenario_subparsers.add_parser("compare", help=help_, description=help_)
    project_arg(sp)
    sp.add_argument("name", metavar="NAME")
    sp.add_argument("--area", default="station-800m", metavar="station-800m|whole|FILE|WKT",
                    help="station-<n>m or station-walk-<n>m around Kaga Onsen Station, whole (every building), a "
                         "GeoJSON/GeoPackage of polygons or a POLYGON WKT in the project CRS (default %(default)s)")
    sp.add_argument("--persons-per-unit", type=float, default=PERSONS_PER_UNIT, metavar="P",
                    help="residents per dwelling unit (default %(default)s)")
    sp.add_argument("--job-floor", action="append", metavar="CODE=M2",
                    help="m² of floor per job for a usage code, repeatable (defaults: "
                         + ", ".join(f"{c}={v:g}" for c, v in JOB_FLOOR_M2.items()) + ")")
    sp.add_argument("--at", metavar="DATE", help="the scenario as it stands on this date (phases)")
    sp.add_argument("--with-population", action="store_true",
                    help="also the catchment's population forecast with and without the scenario's residents")
    sp.add_argument("--format", choices=["table", "json"], default="table")
    sp.set_defaults(scenario_func=cmd_compare)
    return sp


__all__ = ["add_compare_parser", "block_table", "cmd_compare", "figure_rows"]
