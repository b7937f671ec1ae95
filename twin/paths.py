"""Where things live: the bundled sample and the default project file."""

from __future__ import annotations

import os
from pathlib import Path

import platformdirs

PROJECT_ROOT = Path(__file__).resolve().parent.parent
SAMPLE_DIR = PROJECT_ROOT / "sample_data"
SAMPLE_CITYGML = SAMPLE_DIR / "17206_kaga-shi_city_2024_citygml_1_op"
SAMPLE_DEM = SAMPLE_DIR / "dem" / "kaga_onsen_station_dem.tif"
SAMPLE_POPULATION = SAMPLE_DIR / "population" / "kaga_mesh_population_2024.zip"

#: Kaga Onsen Station (Wikipedia, en): the planners' focus point
STATION_LATLON = (36.3202471, 136.3505352)


def data_dir() -> Path:
    """Per-user data folder; ``KAGA_TWIN_HOME`` overrides it (tests, portable installs)."""
    override = os.environ.get("KAGA_TWIN_HOME")
    return Path(override) if override else Path(platformdirs.user_data_dir("kaga-twin", appauthor=False))


def default_project_path() -> Path:
    return data_dir() / "kaga.duckdb"


def sample_sources() -> list[Path]:
    """The bundled sample inputs, in import order."""
    return [p for p in (SAMPLE_CITYGML, SAMPLE_DEM, SAMPLE_POPULATION) if p.exists()]
