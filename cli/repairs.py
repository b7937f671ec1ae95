"""``kaga-twin repairs``: the ranked repair cases of the road-damage theme (analysis ``repair-priority``).

    kaga-twin repairs [--top N] [--status S] [--weights KEY=VALUE ...] [--rerun]
                      [--format table|csv|json|geojson]
    kaga-twin repairs status CASE_ID 受付済|対応中|対応済 [--note TEXT]
    kaga-twin repairs show CASE_ID [--format table|json]
    kaga-twin repairs export [--pdf FILE] [--gpkg FILE] [--csv FILE] …

The analysis runs first when it has never run in the project, or with ``--weights`` (values for this run only,
recorded in ``analysis_runs``; save a project's own weights with ``kaga-twin analysis params repair-priority
w_severity=…``) or ``--rerun``, or when reports, segments or facilities were imported after its last run.
Otherwise the cases of the last run are printed. ``status`` records the crew's status of a case with a note
(``twin/repair_status.py``); ``show`` prints one case: its score parts, reports and status history.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Callable
from typing import Any

from cli.analysis import _pairs
from cli.output import write_rows
from cli.project import resolve_project
from twin import analysis as home
from twin import repair_status
from twin.errors import TwinError
from twin.store import Store

NAME = "repair-priority"
COLUMNS = ("case_id", "segment_id", "priority", "status", "report_count", "first_reported", "last_reported",
           "worst_class", "parts")
STATUSES = repair_status.STATUSES


def _run(store: Store, weights: dict[str, str]) -> None:
    try:
        run = home.run_analysis(store, NAME, weights,
                                progress=lambda d, t, m: print(f"  {m or NAME}: {d}/{t}", file=sys.stderr))
    except ValueError as exc:
        raise TwinError(str(exc)) from None
    print(f"Ran {NAME} as run {run.id}: {run.outputs.get('repair_cases', 0)} case(s)", file=sys.stderr)
    for w in run.warnings:
        print(f"  warning: {w}", file=sys.stderr)


def cases(store: Store, top: int | None = None, status: str | None = None) -> list[dict[str, Any]]:
    """The cases, highest priority first (ties: lower case id), as dicts with ``x``/``y`` (project CRS)."""
    where, args = ("WHERE status = ?", [status]) if status else ("", [])
    limit = f" LIMIT {int(top)}" if top else ""
    rows = store.query(f"SELECT {', '.join(COLUMNS)}, ST_X(geom), ST_Y(geom) FROM repair_cases {where} "
                       f"ORDER BY priority DESC, case_id{limit}", args)
    out = []
    for r in rows:
        d = dict(zip(COLUMNS + ("x", "y"), r))
        d["parts"] = json.loads(d["parts"] or "{}")
        for k in ("first_reported", "last_reported"):
            d[k] = d[k].isoformat() if d[k] is not None else None
        out.append(d)
    return out


def _geojson(store: Store, items: list[dict[str, Any]]) -> dict[str, Any]:
    from pyproj import Transformer
    to_ll = Transformer.from_crs(store.crs, "EPSG:4326", always_xy=True)
    feats = []
    for d in items:
        lon, lat = to_ll.transform(d["x"], d["y"])
        feats.append({"type": "Feature", "id": d["case_id"],
                      "geometry": {"type": "Point", "coordinates": [round(lon, 7), round(lat, 7)]},
                      "properties": {k: d[k] for k in COLUMNS}})
    return {"type": "FeatureCollection", "features": feats}


def cmd_repairs(args: argparse.Namespace) -> int:
    project = resolve_project(args.project)
    weights = _pairs([w for group in args.weights or [] for w in group])
    with Store(project, read_only=True, create=False) as store:
        stale = home.stale_reason(store, NAME)
    if stale and not weights and not args.rerun:
        print(f"Running {NAME}: {stale}", file=sys.stderr)
    must_run = bool(stale) or bool(weights) or args.rerun
    with Store(project, read_only=not must_run, create=False) as store:
        if must_run:
            store.require_writable()
            _run(store, weights)
        items = cases(store, args.top, args.status)
        if args.format == "json":
            json.dump([{k: d[k] for k in COLUMNS} for d in items], sys.stdout, ensure_ascii=False, indent=1)
            sys.stdout.write("\n")
        elif args.format == "geojson":
            json.dump(_geojson(store, items), sys.stdout, ensure_ascii=False, indent=1)
            sys.stdout.write("\n")
        else:
            cols = [c for c in COLUMNS if c != "parts"] + ["parts"]
            rows = [[d[c] if c != "parts" else json.dumps(d["parts"]) if args.format == "csv" else
                     ", ".join(f"{k} {v:g}" for k, v in d["parts"].items() if v) for c in cols] for d in items]
            write_rows(cols, rows, args.format)
    return 0


def cmd_repairs_status(args: argparse.Namespace) -> int:
    project = resolve_project(args.project)
    with Store(project, create=False) as store:
        changed = repair_status.set_case_status(store, args.case_id, args.new_status, args.note)
        n = store.query("SELECT count(*) FROM road_reports WHERE case_id = ?", [args.case_id])[0][0]
        priority = store.query("SELECT priority FROM repair_cases WHERE case_id = ?", [args.case_id])[0][0]
    print(f"Case {args.case_id}: {args.new_status} ({changed} of {n} report(s) changed; priority now {priority:g})")
    return 0


def cmd_repairs_show(args: argparse.Namespace) -> int:
    project = resolve_project(args.project)
    with Store(project, read_only=True, create=False) as store:
        found = [c for c in cases(store) if c["case_id"] == args.case_id]
        if not found:
            raise TwinError(f"no repair case {args.case_id}: list them with kaga-twin repairs")
        case = found[0]
        case["reports"] = repair_status.case_reports(store, args.case_id)
        case["history"] = repair_status.case_history(store, args.case_id)
    if args.format == "json":
        json.dump(case, sys.stdout, ensure_ascii=False, indent=1, default=str)
        sys.stdout.write("\n")
        return 0
    print(f"Case {case['case_id']} on segment {case['segment_id']}: {case['status']}, priority {case['priority']:g}, "
          f"{case['report_count']} report(s), worst class {case['worst_class'] or '-'}")
    print("Score parts:")
    for k, v in case["parts"].items():
        print(f"  {k:<12} {v:>9.4f}")
    print(f"  {'= priority':<12} {case['priority']:>9.4f}")
    print("Reports:")
    for r in case["reports"]:
        when = r["received_at"].isoformat() if r["received_at"] else "-"
        print(f"  {r['external_id'] or r['id']}  {when}  {r['kind']}  {r['status'] or '-'}  "
              f"{r['damage_class'] or r['category'] or ''}  "
              f"{r['description'] or ''}" + (f"  [{r['photo_path'] or r['photo']}]" if r["photo"] else ""))
    print("Status history:" if case["history"] else "Status history: none set in Kaga Twin")
    for h in case["history"]:
        print(f"  {h['changed_at'].isoformat()}  {h['status_from'] or '-'} → {h['status']}  "
              f"{h['note'] or ''}" + (f"  ({h['changed_by']})" if h["changed_by"] else ""))
    return 0


def add_repairs_parser(subparsers: argparse._SubParsersAction,
                       project_arg: Callable[[argparse.ArgumentParser], None]) -> argparse.ArgumentParser:
    sp = subparsers.add_parser(
        "repairs", help="the ranked road repair cases (runs the repair-priority analysis when needed)",
        description="Road-damage reports grouped into repair cases and ranked by a weighted priority "
                    "(twin/repairs.py). The analysis runs when it never ran, or with --weights or --rerun.")
    sp.add_argument("--top", type=int, metavar="N", help="only the N highest-priority cases")
    sp.add_argument("--status", choices=STATUSES, help="only cases with this status")
    sp.add_argument("--weights", nargs="+", action="append", metavar="KEY=VALUE",
                    help="run again with these parameter values (this run only), e.g. w_severity=60 w_station=0")
    sp.add_argument("--rerun", action="store_true", help="run the analysis again with the project's parameters")
    sp.add_argument("--format", choices=["table", "csv", "json", "geojson"], default="table")
    project_arg(sp)
    sp.set_defaults(func=cmd_repairs)
    actions = sp.add_subparsers(dest="action", metavar="{status,show,export}")
    st = actions.add_parser("status", help="set a case's status (all its reports), with a note",
                            description="Record the road crew's status of a repair case: every report of the case "
                                        "takes it, with the note and the time; re-imports keep it.")
    st.add_argument("case_id", type=int, metavar="CASE_ID")
    st.add_argument("new_status", choices=STATUSES, metavar="STATUS", help=" | ".join(STATUSES))
    st.add_argument("--note", help="what was done or planned (kept in the status history)")
    project_arg(st)
    st.set_defaults(func=cmd_repairs_status)
    sh = actions.add_parser("show", help="one case: score parts, reports, status history")
    sh.add_argument("case_id", type=int, metavar="CASE_ID")
    sh.add_argument("--format", choices=["table", "json"], default="table")
    project_arg(sh)
    sh.set_defaults(func=cmd_repairs_show)
    from cli.repairs_export import add_export_arguments, cmd_repairs_export
    ex = actions.add_parser("export", help="work orders as PDF, GeoPackage or CSV")
    add_export_arguments(ex)
    project_arg(ex)
    ex.set_defaults(func=cmd_repairs_export)
    return sp


__all__ = ["add_repairs_parser", "cases", "cmd_repairs", "cmd_repairs_show", "cmd_repairs_status"]
