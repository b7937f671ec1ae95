"""Kaga Twin entry point (``kaga-twin`` and ``python main.py``): the composition root.

With a subcommand it runs the headless CLI; without one it opens the desktop app.
"""

from __future__ import annotations

import sys


def main(argv: list[str] | None = None) -> int:
    argv = list(sys.argv[1:] if argv is None else argv)
    from cli.commands import build_parser, run

    args, _ = build_parser().parse_known_args(argv)
    if args.command is not None or any(a in ("-h", "--help") for a in argv):
        return run(argv)
    from gui.app import run_app

    return run_app(project=args.project)


if __name__ == "__main__":
    sys.exit(main())
