"""``kaga-twin scenario``: planning scenarios over the base twin (:mod:`twin.scenarios`).

    kaga-twin scenario list
    kaga-twin scenario new NAME [--from OTHER] [--description TEXT]
    kaga-twin scenario add-building NAME --footprint FILE|WKT (--height H | --storeys N) [--usage CODE]
                                    [--units N] [--floor-area M2] [--phase DATE]
    kaga-twin scenario change-building NAME GML_ID [--height H] [--storeys N] [--usage CODE] [--units N]
    kaga-twin scenario remove-building NAME GML_ID...
    kaga-twin scenario undo|redo|history|buildings NAME
    kaga-twin scenario phases NAME [--set PHASE=DATE]
    kaga-twin scenario export NAME --out FILE.gpkg
    kaga-twin scenario rename OLD NEW | delete NAME
    kaga-twin scenario compare NAME …   (cli/scenario_compare.py)
    kaga-twin scenario shadow NAME …    (cli/scenario_shadow.py)

The base buildings are never modified; every edit is recorded with its author and time and can be undone.
"""

from __future__ import annotations

import argparse
from collections.abc import Callable
from pathlib import Path
from typing import Any

from cli.output import write_rows
from cli.project import resolve_project
from cli.scenario_compare import add_compare_parser
from cli.scenario_shadow import add_shadow_parser
from twin import scenarios
from twin.errors import TwinError
from twin.scenario_files import read_footprints
from twin.store import Store
from twin.themes.plateau import USAGE_LABELS


def _store(args: argparse.Namespace, *, write: bool) -> Store:
    store = Store(resolve_project(args.project), create=False)
    if write:
        try:
            store.require_writable()
        except TwinError:
            store.close()
            raise
    return store


def _list(args: argparse.Namespace) -> int:
    with _store(args, write=False) as store:
        rows = [(s["id"], s["name"], s["edits"], s["author"], str(s["created_at"])[:19], s["description"])
                for s in scenarios.list_scenarios(store)]
    write_rows(["id", "name", "edits", "author", "created", "description"], rows, args.format)
    return 0


def _new(args: argparse.Namespace) -> int:
    with _store(args, write=True) as store:
        sid = scenarios.create(store, args.name, from_=args.from_, author=args.author, description=args.description)
    print(f"scenario {args.name!r} created (id {sid})" + (f" from {args.from_!r}" if args.from_ else ""))
    return 0


def _footprints(value: str, crs: str, args: argparse.Namespace) -> list[dict[str, Any]]:
    given = {"height_m": args.height, "storeys": args.storeys, "usage_code": args.usage, "units": args.units,
             "floor_area_m2": args.floor_area, "phase_date": args.phase}
    text = value.strip()
    if text.upper().startswith(("POLYGON", "MULTIPOLYGON")):
        if args.height is None and args.storeys is None:
            raise TwinError("give --height or --storeys for the new building")
        return [dict(given, footprint=text)]
    return read_footprints(Path(value), crs, **given)


def _add(args: argparse.Namespace) -> int:
    with _store(args, write=True) as store:
        specs = _footprints(args.footprint, store.crs, args)
        ids = scenarios.add_buildings(store, args.name, specs, author=args.author)
        table = scenarios.scenario_buildings(store, args.name)
    added = {r["gml_id"]: r for r in table.to_pylist() if r["gml_id"] in ids}
    rows = [(i, added[i]["usage"], added[i]["storeys"], round(added[i]["height_m"], 1),
             round(added[i]["floor_area_m2"]), added[i]["units"]) for i in ids]
    write_rows(["new_id", "usage", "storeys", "height_m", "floor_area_m2", "units"], rows, args.format)
    return 0


def _change(args: argparse.Namespace) -> int:
    with _store(args, write=True) as store:
        scenarios.change_building(store, args.name, args.gml_id, height_m=args.height, storeys=args.storeys,
                                  usage_code=args.usage, units=args.units, floor_area_m2=args.floor_area,
                                  phase_date=args.phase, author=args.author)
    print(f"{args.gml_id} changed in {args.name!r}")
    return 0


def _remove(args: argparse.Namespace) -> int:
    with _store(args, write=True) as store:
        n = scenarios.remove_buildings(store, args.name, args.gml_ids, phase_date=args.phase, author=args.author)
    print(f"{n} building{'s' if n != 1 else ''} removed in {args.name!r}")
    return 0


def _undo_redo(args: argparse.Namespace) -> int:
    with _store(args, write=True) as store:
        done = (scenarios.undo if args.scenario_command == "undo" else scenarios.redo)(store, args.name)
    if not done:
        print(f"nothing to {args.scenario_command} in {args.name!r}")
        return 1
    print(f"{args.scenario_command} done in {args.name!r}")
    return 0


def _history(args: argparse.Namespace) -> int:
    with _store(args, write=False) as store:
        rows = [(h["seq"], h["op"], " ".join(h["gml_ids"]), h["storeys"], h["height_m"], h["usage"],
                 h["phase_date"], h["author"], str(h["at"])[:19], "yes" if h["active"] else "undone")
                for h in scenarios.history(store, args.name)]
    write_rows(["seq", "op", "buildings", "storeys", "height_m", "usage", "phase", "author", "at", "active"], rows,
               args.format)
    return 0


def _buildings(args: argparse.Namespace) -> int:
    with _store(args, write=False) as store:
        table = scenarios.scenario_buildings(store, args.name, at=args.at)
    rows = [(r["id"], r["gml_id"], r["status"], r["usage"], r["storeys"],
             None if r["height_m"] is None else round(r["height_m"], 1),
             None if r["floor_area_m2"] is None else round(r["floor_area_m2"]), r["units"])
            for r in table.drop_columns(["footprint"]).to_pylist() if args.all or r["status"] != "base"]
    write_rows(["id", "gml_id", "status", "usage", "storeys", "height_m", "floor_area_m2", "units"], rows,
               args.format)
    return 0


def _phases(args: argparse.Namespace) -> int:
    if args.set:
        phase, sep, date = args.set.partition("=")
        if not sep or not phase.strip():
            raise TwinError(f"--set takes PHASE=DATE (e.g. 第1期=2028-04-01), not {args.set!r}")
        with _store(args, write=True) as store:
            scenarios.set_phase(store, args.name, phase.strip(), date.strip())
    with _store(args, write=False) as store:
        rows = [(p["name"], p["date"]) for p in scenarios.phases(store, args.name)]
    write_rows(["phase", "date"], rows, args.format)
    return 0


def _export(args: argparse.Namespace) -> int:
    with _store(args, write=False) as store:
        out = scenarios.export_gpkg(store, args.name, args.out, at=args.at)
    print(f"wrote {out}")
    return 0


def _rename(args: argparse.Namespace) -> int:
    with _store(args, write=True) as store:
        scenarios.rename(store, args.old, args.new)
    print(f"scenario {args.old!r} renamed {args.new!r}")
    return 0


def _delete(args: argparse.Namespace) -> int:
    with _store(args, write=True) as store:
        scenarios.delete(store, args.name)
    print(f"scenario {args.name!r} deleted")
    return 0


def cmd_scenario(args: argparse.Namespace) -> int:
    if not getattr(args, "scenario_command", None):
        args.scenario_parser.print_help()
        return 0
    return args.scenario_func(args)


def _values(sp: argparse.ArgumentParser) -> None:
    sp.add_argument("--height", type=float, metavar="M", help="height in metres (storeys × 3.5 m if not given)")
    sp.add_argument("--storeys", type=int, metavar="N", help="storeys above ground (height / 3.5 m if not given)")
    sp.add_argument("--usage", metavar="CODE",
                    help="PLATEAU usage code: " + ", ".join(f"{c} {lbl}" for c, lbl in USAGE_LABELS.items()))
    sp.add_argument("--units", type=int, metavar="N", help="dwelling units (default: from the usage and floor area)")
    sp.add_argument("--floor-area", type=float, metavar="M2",
                    help="total floor area (default: footprint area × storeys)")
    sp.add_argument("--phase", metavar="DATE", help="from when it stands (YYYY-MM-DD or a year; default: at once)")


def add_scenario_parser(subparsers: argparse._SubParsersAction,
                        project_arg: Callable[[argparse.ArgumentParser], None]) -> argparse._SubParsersAction:
    """Add ``scenario`` and its subcommands; returns the scenario subparsers (compare and shadow join them)."""
    p = subparsers.add_parser("scenario", help="planning scenarios: add, change and remove buildings over the base",
                              description="Planning scenarios over the base twin: named sets of edits (new "
                                          "buildings, changed heights or usages, removals) stored in the project. "
                                          "The base buildings are never modified; every edit can be undone.")
    project_arg(p)
    p.set_defaults(func=cmd_scenario, scenario_parser=p)
    sub = p.add_subparsers(dest="scenario_command", metavar="SUBCOMMAND")

    def cmd(name: str, func: Callable[[argparse.Namespace], int], help_: str, *, fmt: bool = False,
            author: bool = False) -> argparse.ArgumentParser:
        sp = sub.add_parser(name, help=help_, description=help_)
        project_arg(sp)
        if fmt:
            sp.add_argument("--format", choices=["table", "csv", "json"], default="table")
        if author:
            sp.add_argument("--author", help="who made the edit (default: the login name)")
        sp.set_defaults(scenario_func=func)
        return sp

    cmd("list", _list, "list the project's scenarios", fmt=True)
    sp = cmd("new", _new, "create a scenario (empty, or a copy of another)", author=True)
    sp.add_argument("name", metavar="NAME")
    sp.add_argument("--from", dest="from_", metavar="OTHER", help="copy the edits and phases of this scenario")
    sp.add_argument("--description", help="what the scenario is about")
    sp = cmd("add-building", _add, "add buildings: a POLYGON WKT in the project CRS, or a GeoJSON/GeoPackage file "
                                   "(one building per polygon; its height_m, storeys, usage_code, units columns "
                                   "win over the options)", fmt=True, author=True)
    sp.add_argument("name", metavar="NAME")
    sp.add_argument("--footprint", required=True, metavar="FILE|WKT")
    _values(sp)
    sp = cmd("change-building", _change, "change a building's height, storeys, usage, floor area or units",
             author=True)
    sp.add_argument("name", metavar="NAME")
    sp.add_argument("gml_id", metavar="GML_ID")
    _values(sp)
    sp = cmd("remove-building", _remove, "remove buildings (one undoable edit)", author=True)
    sp.add_argument("name", metavar="NAME")
    sp.add_argument("gml_ids", nargs="+", metavar="GML_ID")
    sp.add_argument("--phase", metavar="DATE", help="from when they are gone (default: at once)")
    for name, help_ in (("undo", "undo the scenario's latest edit"), ("redo", "redo the edit undone last")):
        cmd(name, _undo_redo, help_).add_argument("name", metavar="NAME")
    cmd("history", _history, "the scenario's edits with author and time", fmt=True).add_argument("name",
                                                                                                 metavar="NAME")
    sp = cmd("buildings", _buildings, "the buildings the scenario adds, changes or removes", fmt=True)
    sp.add_argument("name", metavar="NAME")
    sp.add_argument("--at", metavar="DATE", help="as it stands on this date (phases)")
    sp.add_argument("--all", action="store_true", help="list the unchanged base buildings too")
    sp = cmd("phases", _phases, "the scenario's named phases and their dates (edits take --phase DATE)", fmt=True)
    sp.add_argument("name", metavar="NAME")
    sp.add_argument("--set", metavar="PHASE=DATE", help="add or re-date a phase, e.g. 第1期=2028-04-01")
    sp = cmd("export", _export, "write the scenario's buildings and edits as a GeoPackage")
    sp.add_argument("name", metavar="NAME")
    sp.add_argument("--out", required=True, metavar="FILE.gpkg")
    sp.add_argument("--at", metavar="DATE", help="as it stands on this date (phases)")
    sp = cmd("rename", _rename, "rename a scenario")
    sp.add_argument("old", metavar="OLD")
    sp.add_argument("new", metavar="NEW")
    cmd("delete", _delete, "delete a scenario and its edits (the base is untouched)").add_argument("name",
                                                                                                  metavar="NAME")
    add_compare_parser(sub, project_arg)
    add_shadow_parser(sub, project_arg)
    return sub


__all__ = ["add_scenario_parser", "cmd_scenario"]
