"""A scenario's shadow study (twin/scenario_shadow.py) on hand-built buildings beside Kaga Onsen Station: a
42 m tower south of a house gives the house hours of winter shadow, the house south of the tower gains none,
removing a block gives its neighbour sun back, and undoing the tower takes its shadow away again."""
from __future__ import annotations

from datetime import date

import numpy as np
import pytest
import shapely

from twin import scenarios
from twin.catchments import station_xy
from twin.document import grid_convergence
from twin.errors import TwinError
from twin.scenario_shadow import scenario_shadow
from twin.shadow_hours import cell_centres, shadow_hours

CRS = "EPSG:6675"


def _square(x0, y0, x1, y1) -> str:
    return f"POLYGON (({x0} {y0}, {x1} {y0}, {x1} {y1}, {x0} {y1}, {x0} {y0}))"


@pytest.fixture
def site(store):
    """Houses north (N) and south (S) of an empty lot, a 15 m block (C) west of a house (E)."""
    x, y = station_xy(CRS)
    x, y = round(x), round(y)
    houses = {"N": (x, y + 50, x + 10, y + 60, 7.0), "S": (x, y - 40, x + 10, y - 30, 7.0),
              "C": (x - 150, y, x - 130, y + 20, 15.0), "E": (x - 120, y + 30, x - 110, y + 40, 7.0)}
    for gml, (x0, y0, x1, y1, h) in houses.items():
        store.query("INSERT INTO buildings (gml_id, usage_code, usage, measured_height, ground_z, footprint, "
                    "source_id) VALUES (?, '411', '住宅', ?, 10.0, ST_GeomFromText(?), 1)",
                    [gml, h, _square(x0, y0, x1, y1)])
    scenarios.create(store, "tower")
    scenarios.add_building(store, "tower", _square(x - 10, y - 10, x + 20, y + 20), storeys=12, usage_code="403")
    scenarios.remove_buildings(store, "tower", ["C"])
    return x, y


def test_tower_shades_the_house_north_of_it(store, site):
    r = scenario_shadow(store, "tower", date="2026-12-21", height_m=1.5, grid_m=2.0, gain_hours=1.0)
    assert r["ground_z"] == pytest.approx(10.0) and r["crs"] == CRS
    assert np.array_equal(r["difference"], r["scenario"] - r["base"])
    names = [n["gml_id"] for n in r["neighbours"]]
    assert names[0] == "N" and "S" not in names and "E" not in names
    north = r["neighbours"][0]
    # beside N's south wall, 29 m north of the 30 m wide tower: shaded while the sun is within
    # atan(15 / 29) = 27° of south (≈ ±1.9 h around noon; the 40.5 m above the plane is never the limit)
    assert 3.4 <= north["gain_h"] <= 4.2
    assert north["scenario_h"] == pytest.approx(north["base_h"] + north["gain_h"], abs=0.02)
    # the default bounds cover the tower's longest shadow
    x, y = site
    minx, miny, maxx, maxy = r["bounds"]
    assert maxy - (y + 20) >= (42 - 1.5) / np.tan(np.radians(8.0))      # 7.8° at 8:00 true solar time
    # removing block C gives house E sun back: cells beside E lose hours
    xs, ys = cell_centres(r["transform"], r["difference"].shape)
    beside_e = (np.abs(xs - (x - 115)) < 7) & (np.abs(ys - (y + 35)) < 7)
    assert r["difference"][beside_e].min() < -0.5


def test_the_study_matches_shadow_hours_of_the_standing_buildings(store, site):
    x, y = site
    r = scenario_shadow(store, "tower", date="2026-12-21", height_m=4.0, grid_m=4.0,
                        bounds=(x - 60, y - 60, x + 60, y + 200))
    standing = [(shapely.from_wkt(_square(x - 10, y - 10, x + 20, y + 20)), 42.0, 10.0),
                (shapely.from_wkt(_square(x, y + 50, x + 10, y + 60)), 7.0, 10.0),
                (shapely.from_wkt(_square(x, y - 40, x + 10, y - 30)), 7.0, 10.0),
                (shapely.from_wkt(_square(x - 120, y + 30, x - 110, y + 40)), 7.0, 10.0)]
    expected, transform = shadow_hours(standing, date=date(2026, 12, 21), lat=r["lat"], lon=r["lon"],
                                       height_m=4.0, grid_m=4.0, bounds=r["bounds"], ground_z=10.0,
                                       convergence_deg=grid_convergence(x + 5, y + 5, CRS))
    assert r["scenario"].shape == (65, 30) and transform == r["transform"]
    assert np.abs(r["scenario"] - expected).max() < 1e-5


def test_undo_takes_the_tower_and_its_shadow_away(store, site):
    assert scenarios.undo(store, "tower")          # the removal of C
    assert scenarios.undo(store, "tower")          # the tower
    with pytest.raises(TwinError, match="no edits"):
        scenario_shadow(store, "tower", date="2026-12-21")
    assert scenarios.redo(store, "tower")          # the tower again
    r = scenario_shadow(store, "tower", date="2026-12-21", grid_m=4.0)
    assert r["neighbours"][0]["gml_id"] == "N"
    assert r["difference"].min() == 0.0           # nothing removed: nobody loses shadow
