"""Create a project from the bundled Kaga station-area sample: import every input (``twin.paths.sample_sources``:
CityGML, DEM, mesh population, road centre lines, facilities, citizen reports, AI detections), then run the
analyses that make the first view useful (``twin.paths.SAMPLE_ANALYSES``: the repair priority)."""

from __future__ import annotations

import os
from pathlib import Path

from importers.registry import import_path
from twin.analysis import run_analysis
from twin.errors import StoreError
from twin.paths import SAMPLE_ANALYSES, default_project_path, sample_sources
from twin.store import Store
from twin.store.sources import ImportReport, ProgressFn


def import_bundled_sample(store: Store, progress: ProgressFn | None = None) -> list[ImportReport]:
    """Import every bundled sample input into ``store``, then run :data:`SAMPLE_ANALYSES`; returns the import
    reports. The citizen-report export has malformed rows on purpose: they are in ``import_rejects``."""
    sources = sample_sources()
    if not sources:
        raise StoreError("The bundled Kaga sample is missing from sample_data/; reinstall Kaga Twin.")
    reports = [import_path(store, p, progress=progress) for p in sources]
    if store.query("SELECT count(*) FROM road_reports")[0][0]:
        def step(done: int, total: int, message: str = "") -> None:
            if progress is not None:
                progress(done, total, "steps", message)

        for name in SAMPLE_ANALYSES:
            run_analysis(store, name, {}, progress=step)
    return reports


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
