"""Create a project from the bundled Kaga station-area sample."""

from __future__ import annotations

import os
from pathlib import Path

from importers.registry import import_path
from twin.errors import StoreError
from twin.paths import default_project_path, sample_sources
from twin.store import Store
from twin.store.sources import ImportReport, ProgressFn


def import_bundled_sample(store: Store, progress: ProgressFn | None = None) -> list[ImportReport]:
    """Import every bundled sample input into ``store``."""
    sources = sample_sources()
    if not sources:
        raise StoreError("The bundled Kaga sample is missing from sample_data/; reinstall Kaga Twin.")
    return [import_path(store, p, progress=progress) for p in sources]


def ensure_default_project(path: Path | None = None, progress: ProgressFn | None = None) -> Path:
    """Return the default project file, creating it from the bundled sample on first use.

    It is built under a temporary name and renamed when complete, so an interrupted first start never
    leaves a half-filled default project behind.
    """
    path = path or default_project_path()
    if path.exists():
        return path
    path.parent.mkdir(parents=True, exist_ok=True)
    tmp = path.with_name(path.name + f".creating-{os.getpid()}")
    tmp.unlink(missing_ok=True)
    try:
        with Store(tmp) as store:
            import_bundled_sample(store, progress)
        os.replace(tmp, path)
    finally:
        tmp.unlink(missing_ok=True)
        Path(str(tmp) + ".wal").unlink(missing_ok=True)
    return path
