"""``kaga-twin lake sql`` (DuckDB over the lake, read-only) and ``kaga-twin lake stats`` (a distributed aggregation
with dask-geopandas)."""

from __future__ import annotations

import argparse
import sys
import time
from pathlib import Path

import duckdb

from cli import sql_guard
from cli.output import print_result

#: statement types that would write files or reach outside the lake (the in-memory views and macros are fine)
_REFUSED = frozenset({sql_guard.ST.COPY, sql_guard.ST.EXPORT, sql_guard.ST.ATTACH, sql_guard.ST.DETACH,
                      sql_guard.ST.LOAD, sql_guard.ST.COPY_DATABASE})


def cmd_lake_sql(args: argparse.Namespace) -> int:
    from cli.commands import _run_statements
    from twin.lake.query import explain_error, lake_connection

    with lake_connection(args.lake) as db:
        try:
            found = sql_guard.statements(db.con, args.query)
            sql_guard.check_read_only(found)
            for stmt in found:
                if stmt.type in _REFUSED:
                    raise sql_guard.SqlRefused(f"kaga-twin lake sql only reads the lake; it does not run "
                                               f"{sql_guard.short(stmt.query)}. Nothing was changed.")
            result = _run_statements(db.con, found, write=False)
        except duckdb.Error as exc:
            print(f"error: {explain_error(db.lake, exc, db.missing)}", file=sys.stderr)
            return 1
    return print_result(result, args.format, wide=args.wide)


def cmd_lake_stats(args: argparse.Namespace) -> int:
    from twin.lake.stats import lake_stats

    t0 = time.perf_counter()
    result = lake_stats(args.lake, by=args.by, out=Path(args.out).expanduser(), workers=args.workers,
                        scheduler=args.scheduler, announce=lambda text: print(text, file=sys.stderr, flush=True))
    seconds = time.perf_counter() - t0
    print(f"Wrote {result.rows:,} row(s) by {args.by} to {result.out} ({result.kind}) in {seconds:.1f} s: "
          f"{result.buildings:,} buildings, {result.floor_area:,.0f} m² floor area, "
          f"{result.flood_floor_area:,.0f} m² of it flood-exposed")
    return 0


def add_parsers(lsub) -> None:
    sp = lsub.add_parser("sql", help="run read-only SQL over a lake (DuckDB with spatial; one view per table)",
                         description="Run SQL over a lake with DuckDB. The views buildings, building_surfaces, "
                                     "building_risks, roads and road_surfaces read the lake's Parquet files with "
                                     "the partition columns city and mesh1 (VARCHAR; filtering on them skips "
                                     "folders) and geometry in EPSG:6668 (lon/lat). Filters on the bbox covering "
                                     "column skip row groups and files, e.g. WHERE bbox.xmin <= 136.32 AND "
                                     "bbox.xmax >= 136.30 AND bbox.ymin <= 36.31 AND bbox.ymax >= 36.30.")
    sp.add_argument("lake", metavar="DIR", help="the lake folder (made by kaga-twin lake build)")
    sp.add_argument("query", help="one or more SQL statements separated by ';' (the last one's result is printed)")
    sp.add_argument("--format", choices=["table", "csv", "json"], default="table")
    sp.add_argument("--wide", action="store_true",
                    help="table format: print long values whole instead of cutting them to 60 characters")
    sp.set_defaults(func=cmd_lake_sql)

    sp = lsub.add_parser("stats", help="aggregate a lake's buildings per mesh or city on a Dask cluster "
                                       "(count, floor area, flood-exposed floor area)",
                         description="A distributed aggregation with dask-geopandas: per JIS X 0410 mesh cell of "
                                     "each building's bbox centre (and per city), the building count, the floor "
                                     "area (total_floor_area, else footprint area × storeys above ground, at "
                                     "least one) and the floor area of buildings with a flood risk record. "
                                     "--by mesh3/mesh2 writes GeoParquet with the cell polygons (EPSG:6668); "
                                     "--by city writes plain Parquet.")
    sp.add_argument("lake", metavar="DIR", help="the lake folder")
    sp.add_argument("--by", choices=["mesh3", "mesh2", "city"], default="mesh3")
    sp.add_argument("--out", required=True, metavar="FILE.parquet")
    where = sp.add_mutually_exclusive_group()
    where.add_argument("--workers", type=int, default=2, metavar="N",
                       help="worker processes of the local Dask cluster (default 2)")
    where.add_argument("--scheduler", metavar="tcp://HOST:PORT", help="run on an existing Dask cluster")
    sp.set_defaults(func=cmd_lake_stats)
