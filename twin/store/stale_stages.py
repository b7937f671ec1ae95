"""Staging databases left beside a project by imports of earlier versions that were killed.

Until 2026-12-06 an import wrote its rows to ``<project>.import-stage-<pid>-<n>.duckdb`` (with ``.wal`` and ``.tmp``
beside it) and copied them into the project at the end; a killed import left that file behind. Imports now write
straight into the project (``twin.store.sources.insert_arrow``), and every import into a project file removes the
stages whose process is gone, so such a leftover does not stay forever.
"""

from __future__ import annotations

import contextlib
import glob
import os
import shutil
from pathlib import Path

#: staging databases were named ``<project>.import-stage-<pid>-<n>.duckdb`` beside the project file
STAGE_INFIX = ".import-stage-"


def remove_stale_stages(project: Path) -> None:
    """Delete the staging databases (or folders) beside ``project`` of imports whose process is gone."""
    for p in project.parent.glob(f"{glob.escape(project.name)}{STAGE_INFIX}*"):
        try:
            pid = int(p.name[len(project.name) + len(STAGE_INFIX):].split("-", 1)[0])
        except ValueError:
            continue
        if _alive(pid):
            continue
        with contextlib.suppress(OSError):
            if p.is_dir():
                shutil.rmtree(p)
            else:
                p.unlink()


def _alive(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True
    return True
