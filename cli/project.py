"""Which project a subcommand works on: ``--project``, else the per-user default project.

Shared by :mod:`cli.commands`, :mod:`cli.render` and :mod:`cli.analysis` (so none imports another). Only
``kaga-twin new`` and ``kaga-twin import`` may create a project file; every other command refuses a
``--project`` that does not exist, so a mistyped path never leaves an empty project behind.
"""

from __future__ import annotations

import sys
from pathlib import Path

from cli.progress import ProgressBar
from importers.sample import ensure_default_project
from twin.errors import StoreError
from twin.paths import default_project_path


class MissingProject(StoreError):
    """``--project`` names a file that does not exist (and the command does not create projects)."""


def resolve_project(arg: str | None, *, announce: bool = True, create: bool = False) -> Path:
    """``--project`` if given, else the default project (created from the bundled sample on first use).

    A given ``--project`` must exist unless ``create`` (``import``); otherwise :class:`MissingProject` is
    raised before anything is opened, so nothing is created.
    """
    if arg:
        path = Path(arg).expanduser()
        if not create and not path.exists():
            raise MissingProject(
                f"no project at {path}; check the path, or make one with 'kaga-twin new {path}' or "
                f"'kaga-twin import FILE… --project {path}'. Nothing was created.")
        return path
    path = default_project_path()
    if not path.exists():
        if announce:
            print(f"Creating the default project {path} from the bundled Kaga sample…", file=sys.stderr)
        bar = ProgressBar("sample")
        ensure_default_project(path, progress=bar)
        bar.finish()
    return path


__all__ = ["MissingProject", "resolve_project"]
