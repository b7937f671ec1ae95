"""``kaga-twin lake open DIR (--city CODE | --bbox minlon,minlat,maxlon,maxlat) --project FILE``: copy an area of a
lake into a desktop project (new or existing), transformed to the project's CRS, as an import of the registered
importer ``plateau-lake`` (:mod:`importers.lake_area`)."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from cli.progress import ProgressBar
from cli.project import resolve_project
from twin.errors import TwinError


def cmd_lake_open(args: argparse.Namespace) -> int:
    from importers.lake_area import Area, open_area
    from twin.lake.query import check_lake
    from twin.store import Store

    lake = check_lake(args.lake)
    Area.of(lake, {"city": args.city, "bbox": args.bbox})   # a bad area is refused before a project is made
    project = resolve_project(args.project, create=True)
    created = not project.exists()
    bar = ProgressBar(lake.name)
    try:
        with Store(project) as store:
            store.require_writable()
            try:
                report = open_area(store, lake, city=args.city, bbox=args.bbox, progress=bar)
            finally:
                bar.finish()
    except TwinError:
        if created:   # nothing partial left behind: the project this command made goes again
            for p in (project, Path(str(project) + ".wal")):
                p.unlink(missing_ok=True)
        raise
    print("\n".join(report.summary_lines()))
    if created:
        print(f"Created {project}", file=sys.stderr)
    return 0


def add_parser(lsub) -> None:
    sp = lsub.add_parser("open", help="copy an area of a lake (a city or a lon/lat box) into a desktop project",
                         description="Copy an area of a lake into a project (made if missing), transformed from "
                                     "EPSG:6668 to the project's CRS (an empty project takes the plane rectangular "
                                     "zone of the area). It is one import (importer plateau-lake): opening the same "
                                     "area again replaces it; other areas of the lake are added beside it (features "
                                     "in both come from the newer one).")
    sp.add_argument("lake", metavar="DIR", help="the lake folder (made by kaga-twin lake build)")
    area = sp.add_argument_group("area (at least one; both: the part of the city in the box)")
    area.add_argument("--city", metavar="CODE", help="5-digit municipality code, e.g. 17206 (Kaga)")
    area.add_argument("--bbox", metavar="MINLON,MINLAT,MAXLON,MAXLAT",
                      help="a box in degrees (EPSG:6668); takes the features whose bbox centre lies in it")
    sp.add_argument("--project", default=argparse.SUPPRESS, help="project file (.duckdb); made if missing")
    sp.set_defaults(func=cmd_lake_open)
