"""``kaga-twin lake``: build a GeoParquet lake of many cities on a Dask cluster, query it, aggregate it, and open
an area of it as a desktop project. Each subcommand lives in its own module."""

from __future__ import annotations

import argparse


def add_lake_parser(sub: argparse._SubParsersAction) -> None:
    from cli import lake_build, lake_open, lake_query

    sp = sub.add_parser("lake", help="a GeoParquet lake of many PLATEAU cities: build (on a Dask cluster), sql, "
                                     "stats, open an area as a project",
                        description="A folder of GeoParquet 1.1 files (EPSG:6668, partitioned city=/mesh1=) with a "
                                    "manifest, built on a Dask cluster and read by DuckDB, GeoPandas or QGIS.")
    lsub = sp.add_subparsers(dest="lake_command", required=True, metavar="{build,sql,stats,open}")
    lake_build.add_parser(lsub)
    lake_query.add_parsers(lsub)
    lake_open.add_parser(lsub)
