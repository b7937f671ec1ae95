"""``kaga-twin repairs export``: work orders of the open repair cases as a printable PDF, a GeoPackage and a CSV.

    kaga-twin repairs export [--pdf FILE] [--gpkg FILE] [--csv FILE] [--status S ...] [--top N]
                             [--package CODE ...] [--lang ja|en]

The cases come from the last run of the analysis ``repair-priority`` (``kaga-twin repairs`` runs it); the
project is opened read-only and nothing in it changes. By default every case that is not 対応済 is exported,
grouped by work package (``twin/work_orders.py``); the PDF has one page per package (``layers/work_order_pdf.py``).
:func:`add_export_arguments` adds the options to the ``export`` sub-parser (with ``--project`` added by the
caller); :func:`cmd_repairs_export` runs it.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from cli.project import resolve_project
from twin.errors import TwinError
from twin.store import Store
from twin.work_orders import STATUSES, NotAnalysed, gather, write_csv, write_gpkg


def add_export_arguments(parser: argparse.ArgumentParser) -> argparse.ArgumentParser:
    """The export's options on ``parser`` (not ``--project``); sets ``func`` to :func:`cmd_repairs_export`."""
    parser.add_argument("--pdf", metavar="FILE", help="printable work orders: one A4 page per work package")
    parser.add_argument("--gpkg", metavar="FILE",
                        help="GeoPackage with layers work_orders (points) and work_packages (areas), project CRS")
    parser.add_argument("--csv", metavar="FILE", help="one row per case, UTF-8 with BOM (opens in Excel)")
    parser.add_argument("--status", nargs="+", action="extend", choices=STATUSES, metavar="S",
                        help="only cases with these statuses (受付済 対応中 対応済; default: 受付済 対応中)")
    parser.add_argument("--top", type=int, metavar="N", help="only the N highest-priority cases")
    parser.add_argument("--package", nargs="+", action="extend", metavar="CODE",
                        help="only these work packages (their mesh codes, as in the PDF's titles)")
    parser.add_argument("--lang", choices=["ja", "en"], default="ja",
                        help="language of headers and labels (default ja)")
    parser.set_defaults(func=cmd_repairs_export)
    return parser


def _check_outputs(args: argparse.Namespace, project: Path) -> list[tuple[str, Path]]:
    outs = [(kind, Path(getattr(args, kind)).expanduser()) for kind in ("pdf", "gpkg", "csv")
            if getattr(args, kind, None)]
    if not outs:
        raise TwinError("nothing to write: give --pdf FILE, --gpkg FILE and/or --csv FILE")
    seen: dict[Path, str] = {}
    for kind, path in outs:
        real = path.resolve()
        if real == project.resolve():
            raise TwinError(f"--{kind} {path} is the project file itself; choose another file name")
        if real in seen:
            raise TwinError(f"--{kind} and --{seen[real]} name the same file {path}")
        seen[real] = kind
        if not path.parent.exists():
            raise TwinError(f"cannot write {path}: the folder {path.parent} does not exist")
        if path.is_dir():
            raise TwinError(f"cannot write {path}: it is a folder")
    return outs


def cmd_repairs_export(args: argparse.Namespace) -> int:
    """Write the requested exports; 1 with a message when the analysis never ran or an option is wrong."""
    project = resolve_project(getattr(args, "project", None))
    outs = _check_outputs(args, project)
    if args.top is not None and args.top < 1:
        raise TwinError(f"--top must be 1 or more, not {args.top}")
    with Store(project, read_only=True, create=False) as store:
        try:
            work = gather(store, statuses=args.status, top=args.top, packages=args.package)
        except NotAnalysed as exc:
            print(f"error: {exc}. Run 'kaga-twin repairs --rerun --project {project}' first.", file=sys.stderr)
            return 1
        if args.package:
            found = {p.code for p in work.packages}
            missing = [c for c in args.package if c not in found]
            if missing:
                known = sorted({p.code for p in gather(store, statuses=args.status).packages})
                listing = ", ".join(known[:30]) + (" …" if len(known) > 30 else "") or "(none)"
                raise TwinError(f"no case with status {' / '.join(work.statuses)} in package "
                                f"{', '.join(missing)}; packages: {listing}")
        for kind, path in outs:
            if kind == "pdf":
                try:
                    from layers.work_order_pdf import write_pdf
                except ImportError as exc:
                    raise TwinError(f"cannot write {path}: the PDF needs reportlab ({exc}); "
                                    "install it with 'pip install reportlab'") from None
                info = write_pdf(work, path, store, lang=args.lang)
                font = info["font"] if info["embedded"] else f"{info['font']} (not embedded)"
                print(f"Wrote {path}: {info['pages']} page(s) for {len(work.packages)} work package(s); "
                      f"font {font}", file=sys.stderr)
            elif kind == "gpkg":
                write_gpkg(work, path, lang=args.lang)
                print(f"Wrote {path}: layers work_orders ({len(work)}) and work_packages "
                      f"({len(work.packages)}), {work.crs}", file=sys.stderr)
            else:
                write_csv(work, path, lang=args.lang)
                print(f"Wrote {path}: {len(work)} row(s)", file=sys.stderr)
    if not len(work):
        print(f"note: no case has status {' / '.join(work.statuses)}; the exports are empty", file=sys.stderr)
    print(f"{len(work)} work order(s) in {len(work.packages)} package(s) "
          f"(status {' / '.join(work.statuses)}{f', top {args.top}' if args.top else ''})")
    return 0


__all__ = ["add_export_arguments", "cmd_repairs_export"]
