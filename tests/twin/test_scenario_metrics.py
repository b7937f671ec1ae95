"""Planning metrics (twin/scenario_metrics.py) on hand-built buildings whose figures are known by construction:
floor area by usage, units, residents, jobs, coverage and floor-area ratios, and the base/scenario difference."""

from __future__ import annotations

import pytest

from scenario_tables import box, table
from twin.building_set import BuildingSet
from twin.scenario_metrics import JOB_FLOOR_M2, metrics, side_by_side

BASE = [
    ("house", "base", box(0, 0, 10, 10), "411", 200, 1, 7),        # 100 m² footprint
    ("flats", "base", box(20, 0, 20, 10), "412", 1400, 20, 21),    # 200 m²
    ("office", "base", box(50, 0, 20, 20), "401", 2000, 0, 18),    # 400 m², 2000 / 20 = 100 jobs
    ("shop", "base", box(0, 50, 10, 10), "402", 400, 0, 4),        # 100 m², 400 / 40 = 10 jobs
    ("far_hotel", "base", box(1000, 0, 10, 10), "403", 1200, 0, 20),   # outside the area
    ("gone", "removed", box(80, 80, 10, 10), "411", 150, 1, 6),    # removed: never counted
]
AREA = box(0, 0, 100, 100)


def test_floor_area_units_residents_jobs_and_ratios_of_hand_built_buildings():
    m = metrics(BuildingSet.from_arrow(table(BASE)), AREA, land_m2=AREA.area, persons_per_unit=2.3)
    assert m["floor_area_by_usage"] == {"住宅": 200.0, "共同住宅": 1400.0, "業務施設": 2000.0, "商業施設": 400.0}
    assert m["units"] == 21
    assert m["residents"] == pytest.approx(21 * 2.3)
    assert m["jobs"] == pytest.approx(2000 / 20 + 400 / 40)
    assert m["coverage_ratio"] == pytest.approx(100 * (100 + 200 + 400 + 100) / 10_000)     # 8 %
    assert m["floor_area_ratio"] == pytest.approx(100 * 4000 / 10_000)                       # 40 %


def test_the_whole_area_counts_every_standing_building():
    m = metrics(BuildingSet.from_arrow(table(BASE)), None, land_m2=20_000)
    assert m["floor_area_by_usage"]["宿泊施設"] == 1200.0
    assert m["jobs"] == pytest.approx(110 + 1200 / 120)
    assert m["floor_area_ratio"] == pytest.approx(100 * 5200 / 20_000)


def test_a_scenario_beside_the_base_gives_the_difference():
    scen = BASE[:2] + BASE[3:] + [
        ("office", "changed", box(50, 0, 20, 20), "402", 2000, 0, 18),          # office turned into shops
        ("tower", "added", box(60, 60, 20, 30), "403", 7200, 0, 42),            # 12 storeys × 600 m²
        ("flats2", "added", box(0, 80, 10, 10), "412", 700, 10, 14)]
    kw = {"land_m2": AREA.area, "persons_per_unit": 2.0}
    base = metrics(BuildingSet.from_arrow(table(BASE)), AREA, **kw)
    after = metrics(BuildingSet.from_arrow(table(scen)), AREA, **kw)
    d = side_by_side(base, after)
    assert d["floor_area_by_usage"]["difference"] == {"住宅": 0.0, "共同住宅": 700.0, "業務施設": -2000.0,
                                                      "商業施設": 2000.0, "宿泊施設": 7200.0}
    assert d["units"] == {"base": 21, "scenario": 31, "difference": 10}
    assert d["residents"] == {"base": 42.0, "scenario": 62.0, "difference": 20.0}
    # jobs: the office's 100 become 2000 / 40 = 50, the hotel adds 7200 / 120 = 60
    assert d["jobs"]["difference"] == pytest.approx(-100 + 50 + 60)
    assert d["coverage_ratio"]["difference"] == pytest.approx(100 * (600 + 100) / 10_000)
    assert d["floor_area_ratio"]["scenario"] == pytest.approx(100 * (4000 + 7200 + 700) / 10_000)


def test_job_ratios_are_editable():
    m = metrics(BuildingSet.from_arrow(table(BASE)), AREA, land_m2=AREA.area,
                job_floor_m2={**JOB_FLOOR_M2, "401": 10.0, "402": 0.0})
    assert m["jobs"] == pytest.approx(2000 / 10)         # shops count no jobs with a ratio of 0


def test_block_ratios_for_the_blocks_an_edit_touches():
    import numpy as np

    from twin.scenario_metrics import block_rows
    from twin.zoning_check import Sites, Zone
    blocks = np.array([box(0, 0, 50, 50), box(50, 0, 50, 50), box(0, 50, 50, 50)], dtype=object)
    zone = Zone(1, "5", "第一種住居地域", 60.0, 200.0, box(0, 0, 100, 100))
    base = BuildingSet.from_arrow(table(BASE))
    # the house (block 0) is removed, a 4-storey block of flats goes up in block 2; block 1 is untouched
    scen_rows = [r for r in BASE if r[0] != "house"] + [("new", "added", box(20, 60, 10, 20), "412", 800, 11, 14)]
    scen = BuildingSet.from_arrow(table(scen_rows))
    touched = np.array([box(0, 0, 10, 10), box(20, 60, 10, 20)], dtype=object)
    rows = block_rows(scen, base, Sites([zone], blocks), touched)
    assert [r["block"] for r in rows] == [0, 2]
    # block 0 (2500 m²): house 100 m² + flats 200 m² footprints, 200 + 1400 m² floor → flats only
    assert rows[0]["coverage"] == {"base": 12.0, "scenario": 8.0, "limit": 60.0}
    assert rows[0]["floor_area_ratio"] == {"base": 64.0, "scenario": 56.0, "limit": 200.0}
    # block 2: the shop (100 m², 400 m²) and the new flats (200 m², 800 m²)
    assert rows[1]["coverage"]["scenario"] == 12.0 and rows[1]["floor_area_ratio"]["scenario"] == 48.0
    assert rows[1]["zone"] == "第一種住居地域" and rows[1]["area_m2"] == 2500.0
