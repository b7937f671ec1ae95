"""``kaga-twin`` subcommands: new, import, sql, info (and render, from :mod:`cli.render`)."""

from __future__ import annotations

import argparse
import json
import os
import re
import sys
from pathlib import Path

import duckdb

from cli import sql_guard
from cli.output import print_result, write_rows
from cli.progress import ProgressBar
from cli.project import resolve_project
from cli.render import add_render_parser
from importers.registry import find_importer, get_importer, import_path
from twin.crs import DEFAULT_CRS, check_project_crs, describe
from twin.errors import InputError, StoreError, TwinError
from twin.store import Store, holders
from twin.store import store as store_module
from twin.store.locks import writable_path


#: result types printed as WKT (GEOMETRY_TYPE, the enum from ST_GeometryType, is already text)
SPATIAL_TYPE = re.compile(r"GEOMETRY(\(.*\))?|POINT_[234]D|LINESTRING_2D|POLYGON_2D|BOX_2D")


#: how ``info`` and ``new`` say where the project CRS came from
CRS_SOURCE_TEXT = {"user": "chosen when the project was made",
                   "auto": "from the location of the first import",
                   "default": "default; the first import will choose the zone of its data"}


def cmd_new(args: argparse.Namespace) -> int:
    path = Path(args.path).expanduser()
    crs = check_project_crs(args.crs) if args.crs else None   # before anything is created
    if path.exists() or Path(str(path) + ".wal").exists():
        raise StoreError(f"{path} already exists; kaga-twin new makes a new project. Choose another name, or "
                         "import into the existing one with kaga-twin import --project.")
    with Store(path, crs=crs) as store:
        print(f"Created {store.path}")
        print(f"CRS       {describe(store.crs)}  ({CRS_SOURCE_TEXT[store.crs_source]})")
    return 0


def cmd_import(args: argparse.Namespace) -> int:
    project = resolve_project(args.project, create=True)  # import (and new) may make a project
    options = {"assume_uro": args.assume_uro, "map": ",".join(args.map) if args.map else None,
               "kind": args.kind}
    failures = 0
    with Store(project) as store:
        store.require_writable()
        for raw in args.paths:
            path = Path(raw).expanduser()
            try:
                imp = get_importer(args.importer) if args.importer else find_importer(path)
                opts = {k: v for k, v in options.items() if v is not None and k in imp.options}
                unused = [f"--{k.replace('_', '-')}" for k, v in options.items() if v is not None and k not in imp.options]
                if unused:
                    print(f"note: {path.name}: the {imp.label} importer takes no {', '.join(unused)}; ignored",
                          file=sys.stderr)
                bar = ProgressBar(path.name)
                try:
                    report = import_path(store, path, importer=imp.name, options=opts, progress=bar)
                finally:
                    bar.finish()
            except TwinError as exc:
                print(f"error: {exc}", file=sys.stderr)
                failures += 1
                continue
            print("\n".join(report.summary_lines()))
    if failures:
        print(f"{failures} of {len(args.paths)} input(s) failed; the project keeps everything else.",
              file=sys.stderr)
    return 1 if failures else 0


def _run_statements(cur: duckdb.DuckDBPyConnection, found: list, *, write: bool) -> tuple[list, list] | None:
    """Run the statements (checked by :mod:`cli.sql_guard`); the last one's result as (columns, rows), or None."""
    protected = sql_guard.schema_objects()
    result = None
    for i, stmt in enumerate(found):
        last = i == len(found) - 1
        before = sql_guard.catalog(cur, protected) if write and stmt.type not in sql_guard.ROW_TYPES else None
        if not last:
            cur.execute(stmt.query)
        else:
            rel = cur.sql(stmt.query)
            if rel is not None:
                geoms = [c for c, t in zip(rel.columns, rel.types) if SPATIAL_TYPE.fullmatch(str(t).upper())]
                if geoms:
                    repl = ", ".join(f'ST_AsText("{c}") AS "{c}"' for c in geoms)
                    rel = rel.query("_q", f"SELECT * REPLACE ({repl}) FROM _q")
                result = (rel.columns, rel.fetchall())
        if before is not None:
            sql_guard.check_schema_unchanged(stmt, before, sql_guard.catalog(cur, protected))
    return result


def cmd_sql(args: argparse.Namespace) -> int:
    project = resolve_project(args.project)
    with Store(project, read_only=not args.write, create=False) as store:
        if args.write:
            store.require_writable()
        cur = store.cursor()
        try:
            found = sql_guard.statements(cur, args.query)
            if args.write:
                sql_guard.check_writable(found)
                with store.transaction(cur):   # all or nothing: a refused statement rolls back the others
                    result = _run_statements(cur, found, write=True)
            else:
                sql_guard.check_read_only(found)
                result = _run_statements(cur, found, write=False)
        except duckdb.Error as exc:
            if not args.write and sql_guard.is_read_only_error(exc):
                print(f"error: {sql_guard.WRITE_MESSAGE}. Nothing was changed.", file=sys.stderr)
            else:
                print(f"error: SQL failed on {project}: {exc}", file=sys.stderr)
            return 1
        finally:
            cur.close()
    return print_result(result, args.format, wide=args.wide)


def cmd_info(args: argparse.Namespace) -> int:
    project = resolve_project(args.project)
    # info only reads: opened read-only, so it works while the app has the project open
    with Store(project, read_only=True, create=False) as store:
        print(f"Project   {store.path}")
        themes = ", ".join(f"{name} {v}" for name, v in sorted(store.theme_versions.items()))
        shown_ro = args.read_only or not writable_path(store.path)
        print(f"Schema    version {store.schema_version}{f' (themes: {themes})' if themes else ''}"
              f"{'  (read-only)' if shown_ro else ''}")
        print(f"CRS       {describe(store.crs)}  ({CRS_SOURCE_TEXT.get(store.crs_source, store.crs_source)})")
        ext = store.extent()
        if ext:
            print(f"Extent    x {ext[0]:,.1f} … {ext[2]:,.1f}   y {ext[1]:,.1f} … {ext[3]:,.1f}  "
                  f"({(ext[2] - ext[0]) / 1000:.2f} × {(ext[3] - ext[1]) / 1000:.2f} km)")
        else:
            print("Extent    (empty)")
        print("\nTables")
        write_rows(["table", "rows"], sorted(store.table_counts().items()), "table")
        print("\nSources")
        rows = [(s["id"], s["importer"], s["path"], str(s["imported_at"])[:19], s["feature_counts"],
                 len(json.loads(s["warnings"] or "[]")))
                for s in store.sources()]
        write_rows(["id", "importer", "path", "imported", "features", "warnings"], rows, "table")
    return 0


def build_parser() -> argparse.ArgumentParser:
    p = argparse.ArgumentParser(prog="kaga-twin", description=(
        "Kaga Twin: a desktop digital twin of Kaga City. Without a command it opens the desktop app."))
    p.add_argument("--project", help="project file (default: the per-user project, made from the bundled sample)")
    sub = p.add_subparsers(dest="command", metavar="COMMAND")

    def project_arg(sp: argparse.ArgumentParser) -> None:
        sp.add_argument("--project", default=argparse.SUPPRESS, help="project file (.duckdb)")

    sp = sub.add_parser("new", help="make a new, empty project file (optionally in a chosen CRS)",
                        description="Make a new, empty project. With --crs it keeps that CRS; without, the first "
                                    "import sets the JGD2011 plane rectangular zone of its data's location "
                                    f"(until then {DEFAULT_CRS}).")
    sp.add_argument("path", metavar="PATH", help="the project file to create (.duckdb)")
    sp.add_argument("--crs", metavar="EPSG:n",
                    help="projected CRS in metres for the project's geometry, e.g. EPSG:6675 (JGD2011 / Japan Plane "
                         "Rectangular CS VII, Ishikawa)")
    sp.set_defaults(func=cmd_new)

    sp = sub.add_parser("import", help="import files, folders or zip archives into the project")
    sp.add_argument("paths", nargs="+", metavar="PATH")
    project_arg(sp)
    sp.add_argument("--importer", help="force an importer by name instead of detecting it from the content")
    sp.add_argument("--assume-uro", metavar="VERSION",
                    help="import CityGML with an unknown i-UR version using this known version's paths (e.g. 3.2)")
    sp.add_argument("--map", action="append", metavar="FIELD=COLUMN",
                    help="for table imports (e.g. road reports): read FIELD from the file's COLUMN, e.g. "
                         "--map received_at=通報日 --map lat=Y座標 (repeat as needed)")
    sp.add_argument("--kind", help="what the input holds, for importers that ask: a GeoTIFF is dem or overlay; road "
                                   "reports are citizen, ai or patrol")
    sp.set_defaults(func=cmd_import)

    sp = sub.add_parser("sql", help="run SQL on the project (read-only unless --write; spatial functions available)",
                        description="Run SQL on the project. It is opened read-only unless --write is given; with "
                                    "--write, rows may be inserted, updated and deleted (all statements in one "
                                    "transaction), but the schema's own tables and views cannot be dropped, "
                                    "altered or replaced.")
    sp.add_argument("query", help="one or more SQL statements separated by ';' (the last one's result is printed)")
    project_arg(sp)
    sp.add_argument("--write", action="store_true",
                    help="allow statements that change the project (rows, and tables or views of your own)")
    sp.add_argument("--format", choices=["table", "csv", "json"], default="table")
    sp.add_argument("--wide", action="store_true",
                    help="table format: print long values whole instead of cutting them to 60 characters")
    sp.set_defaults(func=cmd_sql)

    sp = sub.add_parser("info", help="show the project's path, tables, counts, sources, CRS and extent")
    project_arg(sp)
    sp.add_argument("--read-only", action="store_true",
                    help="say (read-only) in the output; info always opens the project read-only")
    sp.set_defaults(func=cmd_info)

    add_render_parser(sub, project_arg)
    __import__("cli.mesh").mesh.add_mesh_parser(sub)
    __import__("cli.analysis").analysis.add_analysis_parser(sub, project_arg)
    __import__("cli.population").population.add_population_parser(sub, project_arg)
    __import__("cli.repairs").repairs.add_repairs_parser(sub, project_arg)
    __import__("cli.snow").snow.add_snow_parser(sub, project_arg)
    __import__("cli.scenario").scenario.add_scenario_parser(sub, project_arg)
    __import__("cli.lake").lake.add_lake_parser(sub)
    return p


def run(argv: list[str]) -> int:
    """Run a subcommand; errors meant for the user are printed without a traceback."""
    parser = build_parser()
    args = parser.parse_args(argv)
    if args.command is None:
        parser.print_help()
        return 0
    if not hasattr(args, "project"):
        args.project = None
    # lock messages name this command; a wait for a project another process holds is announced once
    holders.ROLE = f"kaga-twin {args.command}"
    store_module.on_lock_wait = lambda text: print(text, file=sys.stderr, flush=True)
    try:
        return args.func(args)
    except TwinError as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 1
    except BrokenPipeError:   # e.g. | head: the reader has gone; nothing more to print
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        return 0
    except KeyboardInterrupt:
        print("interrupted; the project is unchanged", file=sys.stderr)
        return 130


__all__ = ["build_parser", "resolve_project", "run", "InputError"]
