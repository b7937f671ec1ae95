"""``kaga-twin analysis``: list the themes' analyses, see or set a project's parameters, run one, list past runs.

    kaga-twin analysis list
    kaga-twin analysis params NAME [KEY=VALUE ...]      # without pairs: show; with: save in the project
    kaga-twin analysis run NAME [--param KEY=VALUE ...]  # one run, recorded in analysis_runs
    kaga-twin analysis runs [NAME] [--format table|csv|json]
"""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Callable

from cli.output import write_rows
from cli.project import resolve_project
from twin import analysis as home
from twin import themes
from twin.errors import TwinError
from twin.store import Store


def _pairs(items: list[str] | None) -> dict[str, str]:
    out = {}
    for item in items or []:
        key, sep, value = item.partition("=")
        if not sep or not key:
            raise TwinError(f"parameter {item!r} must be KEY=VALUE")
        out[key.strip()] = value.strip()
    return out


def _lookup(name: str) -> home.Analysis:
    try:
        return themes.analysis(name)
    except KeyError as exc:
        raise TwinError(exc.args[0]) from None


def _params_of(store: Store, name: str) -> list[tuple]:
    a = _lookup(name)
    saved = home.saved_params(store, name)
    values = home.effective_params(store, name)
    return [(p.name, p.type, values[p.name], p.default, "project" if p.name in saved else "default",
             p.label.text() if p.label else "") for p in a.params]


def cmd_analysis(args: argparse.Namespace) -> int:
    if args.action == "list":
        rows = [(a.name, next(t.name for t in themes.themes() if a in t.analyses), a.title.text(),
                 ", ".join(a.inputs), ", ".join(a.outputs)) for a in themes.analyses()]
        write_rows(["analysis", "theme", "title", "reads", "writes"], rows, args.format)
        return 0
    project = resolve_project(args.project)
    writes = args.action == "run" or (args.action == "params" and args.values)
    with Store(project, read_only=not writes, create=False) as store:
        if args.action == "params":
            if args.values:
                try:
                    home.save_params(store, args.name, _pairs(args.values))
                except ValueError as exc:
                    raise TwinError(str(exc)) from None
            write_rows(["parameter", "type", "value", "default", "from", "label"], _params_of(store, args.name),
                       args.format)
        elif args.action == "run":
            _lookup(args.name)
            try:
                run = home.run_analysis(store, args.name, _pairs(args.param),
                                        progress=lambda d, t, m: print(f"  {m or args.name}: {d}/{t}",
                                                                       file=sys.stderr))
            except ValueError as exc:
                raise TwinError(str(exc)) from None
            print(f"Ran {run.name} as run {run.id} in {run.seconds:.1f} s with {json.dumps(run.params)}")
            for table, n in run.outputs.items():
                print(f"  {table:<24} {n:>10,}")
            for w in run.warnings:
                print(f"  warning: {w}")
        else:
            rows = [(r.id, r.name, str(r.started_at)[:19], f"{r.seconds:.2f}", json.dumps(r.params),
                     json.dumps(r.outputs), len(r.inputs), len(r.warnings))
                    for r in home.runs(store, args.name)]
            write_rows(["run", "analysis", "started", "seconds", "params", "outputs", "inputs", "warnings"], rows,
                       args.format)
    return 0


def add_analysis_parser(subparsers: argparse._SubParsersAction,
                        project_arg: Callable[[argparse.ArgumentParser], None]) -> argparse.ArgumentParser:
    sp = subparsers.add_parser(
        "analysis", help="list, configure and run the themes' analyses (every run is recorded)",
        description="The themes' analyses write derived tables; each run is recorded in analysis_runs with its "
                    "parameters and the sources it read. Parameters (weights, thresholds) are saved in the project.")
    sp.add_argument("action", choices=["list", "params", "run", "runs"])
    sp.add_argument("name", nargs="?", help="the analysis (see 'list')")
    sp.add_argument("values", nargs="*", metavar="KEY=VALUE", help="params: values to save in the project")
    sp.add_argument("--param", action="append", metavar="KEY=VALUE", help="run: a value for this run only")
    sp.add_argument("--format", choices=["table", "csv", "json"], default="table")
    project_arg(sp)
    sp.set_defaults(func=_checked)
    return sp


def _checked(args: argparse.Namespace) -> int:
    if args.action in ("params", "run") and not args.name:
        raise TwinError(f"'analysis {args.action}' needs the name of an analysis (see 'kaga-twin analysis list')")
    return cmd_analysis(args)


__all__ = ["add_analysis_parser", "cmd_analysis"]
