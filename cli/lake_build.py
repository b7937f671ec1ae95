"""``kaga-twin lake build SRC... --out DIR [--workers N | --scheduler tcp://HOST:PORT]``: PLATEAU datasets, zips
and .gml files → a GeoParquet lake, one Dask task per source (``importers.lake.build``)."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path


def cmd_lake_build(args: argparse.Namespace) -> int:
    from importers.lake.build import build_lake

    def say(text: str) -> None:
        print(text, flush=True)

    lake = Path(args.out).expanduser()
    report = build_lake([Path(p).expanduser() for p in args.srcs], lake, workers=args.workers,
                        scheduler=args.scheduler, out=say)
    ok = [e for e in report.built if e["status"] == "ok"]
    size = sum(e.get("size", 0) for e in ok)
    rate = f", {size / 1e6 / report.seconds:.1f} MB/s overall" if report.seconds and size else ""
    totals = ", ".join(f"{n:,} {t}" for t, n in report.totals().items() if n) or "no rows"
    say(f"Lake {lake}: {len(ok)} source(s) built ({totals}; {size / 1e6:,.1f} MB in {report.seconds:.1f} s{rate}), "
        f"{len(report.skipped)} skipped (already in the lake), {len(report.failed)} failed")
    for e in ok:
        for w in e.get("warnings", [])[:5]:
            say(f"  warning: {e['name']}: {w}")
        skipped = e.get("skipped", {}).get("count", 0)
        if skipped:
            say(f"  note: {e['name']}: {skipped:,} feature(s) or polygon(s) skipped (listed in the manifest)")
    for e in report.failed:
        print(f"error: {e['name']}: {e.get('error')}", file=sys.stderr)
    if report.failed:
        print(f"{len(report.failed)} source(s) failed; the lake has everything else (run lake build again after "
              "fixing them: the sources already built are skipped).", file=sys.stderr)
    return 1 if report.failed else 0


def add_parser(lsub) -> None:
    sp = lsub.add_parser(
        "build", help="PLATEAU datasets, zips and .gml files → the lake, one Dask task per source",
        description="Build (or extend) a GeoParquet lake: every PLATEAU dataset folder, zip and .gml file in SRC is "
                    "one task on a Dask cluster (a LocalCluster of --workers processes, or the cluster at "
                    "--scheduler), parsed by the same streaming parser as kaga-twin import. Sources whose sha256 "
                    "is already in the lake's manifest are skipped; a bad source is reported and the others are "
                    "written. Exit code 1 if any source failed.")
    sp.add_argument("srcs", nargs="+", metavar="SRC",
                    help="a PLATEAU dataset folder, .zip or .gml file, or a folder of them")
    sp.add_argument("--out", required=True, metavar="DIR", help="the lake folder (created if missing)")
    g = sp.add_mutually_exclusive_group()
    g.add_argument("--workers", type=int, default=2, metavar="N",
                   help="worker processes of the local cluster (default 2)")
    g.add_argument("--scheduler", metavar="tcp://HOST:PORT",
                   help="run on this existing Dask cluster (its workers need kaga-twin installed)")
    sp.set_defaults(func=cmd_lake_build)
