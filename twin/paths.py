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
#: the 2020 census as e-Stat serves 地域メッシュ統計 (two cells suppressed, one merged pair, on purpose)
SAMPLE_CENSUS_MESH = SAMPLE_DIR / "population" / "tblT001101H5436.zip"
#: an IPSS-style municipal projection for Kaga City by sex and 5-year age group, 2020–2050
SAMPLE_IPSS = SAMPLE_DIR / "population" / "kaga_ipss_r5_projection.xlsx"
SAMPLE_CENTRELINES = SAMPLE_DIR / "roads" / "kaga_onsen_station_centrelines.gpkg"
SAMPLE_ROAD_DAMAGE = SAMPLE_DIR / "road_damage"
SAMPLE_FACILITIES = SAMPLE_ROAD_DAMAGE / "kaga_facilities.geojson"
SAMPLE_ZONING = SAMPLE_DIR / "zoning" / "kaga_zoning_a29.geojson"
SAMPLE_REPORTS = SAMPLE_ROAD_DAMAGE / "kaga_mcr_reports_2024-2025.csv"
SAMPLE_DETECTIONS = SAMPLE_ROAD_DAMAGE / "kaga_ai_detections_2025.csv"
SAMPLE_SNOW = SAMPLE_DIR / "snow"
SAMPLE_SNOW_TIERS = SAMPLE_SNOW / "kaga_snow_route_tiers.geojson"
SAMPLE_SNOW_AVL = SAMPLE_SNOW / "kaga_storm_2026-01-23_avl.csv.gz"
#: the same night as one vehicle's phone GPX and a vendor GeoJSON export (for users and tests; not imported)
SAMPLE_SNOW_GPX = SAMPLE_SNOW / "kaga_storm_2026-01-23_K-03.gpx.gz"
SAMPLE_SNOW_VENDOR = SAMPLE_SNOW / "kaga_storm_2026-01-23_vendor.geojson.gz"
SAMPLE_SCENARIO_DIR = SAMPLE_DIR / "scenarios"
#: the planning scenarios the default project lists (name, scenario file, description); see twin.scenario_files
SAMPLE_SCENARIOS = (
    ("駅東ホテル棟", SAMPLE_SCENARIO_DIR / "eki_higashi_hotel.geojson",
     "加賀温泉駅東口の12階建てホテル (A 12-storey hotel at the east exit of Kaga Onsen Station)"),
    ("駅北住宅", SAMPLE_SCENARIO_DIR / "eki_kita_jutaku.geojson",
     "駅北の空き地に低層住宅、古い2棟を建て替え (第1期 2028, 第2期 2035) (Low-rise housing north of the station on "
     "vacant lots, replacing two old buildings, in two phases)"),
)

#: the bundled storm night (sample_data/snow/, JST)
STORM_START = "2026-01-23T18:00:00+09:00"
STORM_END = "2026-01-24T08:00:00+09:00"
#: the default project opens with the clock on the storm night, at this time (what was still unploughed at 06:00)
STORM_CLOCK_AT = "2026-01-24T06:00:00+09:00"
STORM_CLOCK_STEP_S = 600

#: Kaga Onsen Station (Wikipedia, en): the planners' focus point
STATION_LATLON = (36.3202471, 136.3505352)


def data_dir() -> Path:
    """Per-user data folder; ``KAGA_TWIN_HOME`` overrides it (tests, portable installs)."""
    override = os.environ.get("KAGA_TWIN_HOME")
    return Path(override) if override else Path(platformdirs.user_data_dir("kaga-twin", appauthor=False))


def default_project_path() -> Path:
    return data_dir() / "kaga.duckdb"


def sample_sources() -> list[Path]:
    """The bundled sample inputs, in import order: CityGML, DEM, the mesh population (projection, 2020 census) and
    the IPSS municipal table, road centre lines, facilities, the zoning (A29 用途地域), the MCR-style citizen
    reports (7 malformed rows are rejected, on purpose), the AI detections, the snow route tiers and the storm
    night's AVL feed (its 16 bad fixes are rejected, on purpose)."""
    return [p for p in (SAMPLE_CITYGML, SAMPLE_DEM, SAMPLE_POPULATION, SAMPLE_CENSUS_MESH, SAMPLE_IPSS,
                        SAMPLE_CENTRELINES, SAMPLE_FACILITIES, SAMPLE_ZONING, SAMPLE_REPORTS, SAMPLE_DETECTIONS,
                        SAMPLE_SNOW_TIERS, SAMPLE_SNOW_AVL) if p.exists()]


#: the table a sample input is meant for, where another importer could read the file too (the tier lines are
#: LineStrings a road network importer would take): the input is skipped while no importer writing it is there
SAMPLE_TABLES = {SAMPLE_SNOW_TIERS: "route_tier_lines"}

#: analyses run on the default project once the sample is imported, as (name, parameters, a table that must have
#: rows): the repair work list, and the storm night's coverage. One whose theme does not declare it is skipped.
SAMPLE_ANALYSES = (("repair-priority", {}, "road_reports"),
                   ("snow-coverage", {"from": STORM_START, "to": STORM_END}, "plough_points"))
