"""Which project a subcommand works on: ``--project``, else the per-user default project.

Shared by :mod:`cli.commands` and :mod:`cli.render` (so neither imports the other).
"""

from __future__ import annotations

import sys
from pathlib import Path

from cli.progress import ProgressBar
from importers.sample import ensure_default_project
from twin.paths import default_project_path


def resolve_project(arg: str | None, *, announce: bool = True) -> Path:
    """``--project`` if given, else the default project (created from the bundled sample on first use)."""
    if arg:
        return Path(arg).expanduser()
    path = default_project_path()
    if not path.exists():
        if announce:
            print(f"Creating the default project {path} from the bundled Kaga sample…", file=sys.stderr)
        bar = ProgressBar("sample")
        ensure_default_project(path, progress=bar)
        bar.finish()
    return path


__all__ = ["resolve_project"]
