"""Create a project from the bundled Kaga station-area sample: import every input (``twin.paths.sample_sources``:
CityGML, DEM, mesh population, road centre lines, facilities, citizen reports, AI detections, snow route tiers and
the storm night's AVL feed), run the analyses that make the first view useful (``twin.paths.SAMPLE_ANALYSES``: the
repair priority, the snow coverage of the storm night), create the two planning scenarios
(``twin.paths.SAMPLE_SCENARIOS``: 駅東ホテル棟, 駅北住宅), and save the opening view: the default layers and the
twin's clock on the storm night."""

from __future__ import annotations

import datetime as dt
import os
from pathlib import Path

from importers.registry import find_importer, import_path
from twin import themes
from twin.analysis import run_analysis
from twin.errors import InputError, StoreError
from twin.paths import (SAMPLE_ANALYSES, SAMPLE_SCENARIOS, SAMPLE_TABLES, STORM_CLOCK_AT, STORM_CLOCK_STEP_S,
                        STORM_END, STORM_START, default_project_path, sample_sources)
from twin.store import Store
from twin.store.sources import ImportReport, ProgressFn


def _importable(path: Path) -> bool:
    """Whether a sample input meant for a table (``SAMPLE_TABLES``) has an importer that writes it."""
    table = SAMPLE_TABLES.get(path)
    if table is None:
        return True
    try:
        return table in find_importer(path).tables
    except InputError:
        return False


def _has_analysis(name: str) -> bool:
    try:
        themes.analysis(name)
    except KeyError:
        return False
    return True


def import_bundled_sample(store: Store, progress: ProgressFn | None = None) -> list[ImportReport]:
    """Import every bundled sample input into ``store``, run :data:`SAMPLE_ANALYSES` and save the opening view
    (:func:`save_opening_view`); returns the import reports. The citizen-report export has malformed rows and the
    AVL feed bad fixes on purpose: they are in ``import_rejects``."""
    sources = sample_sources()
    if not sources:
        raise StoreError("The bundled Kaga sample is missing from sample_data/; reinstall Kaga Twin.")
    reports = [import_path(store, p, progress=progress) for p in sources if _importable(p)]

    def step(done: int, total: int, message: str = "") -> None:
        if progress is not None:
            progress(done, total, "steps", message)

    for name, params, needs in SAMPLE_ANALYSES:
        if _has_analysis(name) and store.query(f'SELECT count(*) FROM "{needs}"')[0][0]:
            run_analysis(store, name, params, progress=step)
    add_sample_scenarios(store)
    save_opening_view(store)
    return reports


def add_sample_scenarios(store: Store) -> list[str]:
    """Create the bundled planning scenarios (:data:`~twin.paths.SAMPLE_SCENARIOS`: 駅東ホテル棟, 駅北住宅) over the
    imported buildings; returns their names. Skipped when the project has no buildings or already has them."""
    from twin.scenario_files import load_scenario_file

    if "scenarios" not in store.table_names() or not store.query("SELECT count(*) FROM buildings")[0][0]:
        return []
    known = {r[0] for r in store.query("SELECT name FROM scenarios")}
    made = []
    for name, path, description in SAMPLE_SCENARIOS:
        if name not in known and path.exists():
            load_scenario_file(store, name, path, description=description, author="Kaga Twin sample")
            made.append(name)
    return made


def save_opening_view(store: Store) -> None:
    """Save the default layers and, when the storm night is in the project, the twin's clock on it (range = the
    storm window, time = :data:`~twin.paths.STORM_CLOCK_AT`), so the default project opens on the storm."""
    from twin.document import TwinDocument

    doc = TwinDocument(store)
    doc.create_default_layers()
    if store.query("SELECT count(*) FROM plough_points")[0][0]:
        doc.clock.set_range(STORM_START, STORM_END, current=STORM_CLOCK_AT,
                            step=dt.timedelta(seconds=STORM_CLOCK_STEP_S))
    doc.save_state()


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
