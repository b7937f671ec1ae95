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
SAMPLE_CENTRELINES = SAMPLE_DIR / "roads" / "kaga_onsen_station_centrelines.gpkg"
SAMPLE_ROAD_DAMAGE = SAMPLE_DIR / "road_damage"
SAMPLE_FACILITIES = SAMPLE_ROAD_DAMAGE / "kaga_facilities.geojson"
SAMPLE_REPORTS = SAMPLE_ROAD_DAMAGE / "kaga_mcr_reports_2024-2025.csv"
SAMPLE_DETECTIONS = SAMPLE_ROAD_DAMAGE / "kaga_ai_detections_2025.csv"

#: Kaga Onsen Station (Wikipedia, en): the planners' focus point
STATION_LATLON = (36.3202471, 136.3505352)


def data_dir() -> Path:
    """Per-user data folder; ``KAGA_TWIN_HOME`` overrides it (tests, portable installs)."""
    override = os.environ.get("KAGA_TWIN_HOME")
    return Path(override) if override else Path(platformdirs.user_data_dir("kaga-twin", appauthor=False))


def default_project_path() -> Path:
    return data_dir() / "kaga.duckdb"


def sample_sources() -> list[Path]:
    """The bundled sample inputs, in import order: CityGML, DEM, mesh population, road centre lines, facilities,
    the MCR-style citizen reports (7 malformed rows are rejected, on purpose) and the AI detections."""
    return [p for p in (SAMPLE_CITYGML, SAMPLE_DEM, SAMPLE_POPULATION, SAMPLE_CENTRELINES, SAMPLE_FACILITIES,
                        SAMPLE_REPORTS, SAMPLE_DETECTIONS) if p.exists()]


#: analyses run on the default project once the sample is imported (so the repair work list is ready)
SAMPLE_ANALYSES = ("repair-priority",)
