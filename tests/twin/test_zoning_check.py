"""Zoning checks (twin/zoning_check.py) on hand-built zones, blocks and buildings: coverage and floor-area ratio
per street block or notional lot, the low-rise height limit, uses not permitted, and street blocks polygonised
from road centre lines."""

from __future__ import annotations

import numpy as np
import pytest
import shapely

from scenario_tables import box, table
from twin.building_set import BuildingSet
from twin.zoning_check import Sites, Zone, check, load_zones, road_blocks

LOW = Zone(1, "1", "第一種低層住居専用地域", 50.0, 80.0, box(0, 0, 100, 100))
NC = Zone(2, "8", "近隣商業地域", 80.0, 200.0, box(100, 0, 100, 100))
BLOCK = box(10, 10, 80, 80)                      # 6400 m², inside the low-rise zone
SITES = Sites([LOW, NC], np.array([BLOCK], dtype=object))
BASE = [("old_house", "base", box(70, 70, 10, 10), "411", 100, 1, 6)]


def _check(added):
    base = BuildingSet.from_arrow(table(BASE))
    scen = BuildingSet.from_arrow(table(BASE + added))
    return check(scen, base, SITES)


def test_a_small_house_in_its_block_breaks_nothing():
    assert _check([("house", "added", box(20, 20, 10, 10), "411", 200, 1, 7)]) == []


def test_floor_area_ratio_over_the_low_rise_limit_in_a_street_block():
    v = _check([("flats", "added", box(20, 20, 40, 40), "412", 6400, 80, 9.5)])
    assert len(v) == 1
    assert v[0] == {"gml_id": "flats", "zone": "第一種低層住居専用地域", "zone_code": "1", "site": "block",
                    "site_area_m2": 6400.0, "what": "floor_area_ratio", "limit": 80.0,
                    "value": round(100 * (6400 + 100) / 6400, 1), "base_value": round(100 * 100 / 6400, 1),
                    "unit": "%"}


def test_coverage_height_and_use_in_the_low_rise_zone():
    v = _check([("hotel", "added", box(15, 15, 60, 60), "403", 3600 * 4, 0, 14)])
    by_what = {x["what"]: x for x in v}
    assert set(by_what) == {"coverage", "floor_area_ratio", "height", "use"}
    assert by_what["coverage"]["value"] == pytest.approx(round(100 * (3600 + 100) / 6400, 1))
    assert by_what["coverage"]["limit"] == 50.0
    assert by_what["height"]["limit"] == 10.0 and by_what["height"]["value"] == 14.0
    assert by_what["use"]["value"] == "宿泊施設"


def test_a_tower_without_a_block_is_checked_on_a_notional_lot():
    """No block holds it: the site is the footprint grown by 6 m (20 × 20 → 32 × 32 = 1024 m²)."""
    v = _check([("tower", "added", box(140, 40, 20, 20), "403", 400 * 12, 0, 42)])
    assert [x["what"] for x in v] == ["floor_area_ratio"]
    assert v[0]["site"] == "lot" and v[0]["site_area_m2"] == pytest.approx(1024.0)
    assert v[0]["value"] == pytest.approx(round(100 * 4800 / 1024, 1)) and v[0]["limit"] == 200.0
    assert v[0]["zone"] == "近隣商業地域" and v[0]["base_value"] == 0.0


def test_the_lot_is_clipped_to_the_zone_and_outside_every_zone_nothing_is_checked():
    # at the zone's edge (x = 194 … 200 of 200): the lot's part beyond x = 200 is outside the zone
    v = _check([("edge", "added", box(180, 40, 20, 20), "401", 400 * 10, 0, 35)])
    assert v[0]["site_area_m2"] == pytest.approx((20 + 6) * 32)
    assert _check([("away", "added", box(500, 500, 20, 20), "403", 400 * 30, 0, 100)]) == []


def test_changed_buildings_are_checked_and_base_ones_are_not():
    base = BuildingSet.from_arrow(table(BASE))
    raised = BuildingSet.from_arrow(table([("old_house", "changed", box(70, 70, 10, 10), "411", 100, 1, 12)]))
    assert [x["what"] for x in check(raised, base, SITES)] == ["height"]
    assert check(base, base, SITES) == []


def test_street_blocks_from_road_centre_lines_and_zones_from_the_store(store):
    """A 3 × 3 grid of 100 m roads encloses four blocks of 100 × 100 m."""
    lines = [f"LINESTRING ({x} 0, {x} 200)" for x in (0, 100, 200)] + \
            [f"LINESTRING (0 {y}, 200 {y})" for y in (0, 100, 200)]
    for i, wkt in enumerate(lines):
        store.query("INSERT INTO road_segments (id, from_node, to_node, length_m, geom, source_id) "
                    "VALUES (?, 0, 0, 200, ST_GeomFromText(?), 1)", [i + 1, wkt])
    blocks = road_blocks(store.cursor())
    assert len(blocks) == 4 and sorted(round(b.area) for b in blocks) == [10_000] * 4
    store.query("INSERT INTO zoning (zone_code, zone_name, coverage_pct, far_pct, geom, source_id) "
                "VALUES ('9', '商業地域', 80, 400, ST_GeomFromText(?), 1)", [box(0, 0, 200, 200).wkt])
    zones = load_zones(store.cursor())
    assert [(z.code, z.label, z.coverage_pct, z.far_pct) for z in zones] == [("9", "商業地域", 80.0, 400.0)]
    sites = Sites(zones, blocks)
    b = BuildingSet.from_arrow(table([("t", "added", box(110, 110, 50, 50), "403", 2500 * 20, 0, 70)]))
    v = check(b, BuildingSet.from_arrow(table([])), sites)
    assert [(x["what"], x["site"], x["site_area_m2"], x["value"]) for x in v] == \
        [("floor_area_ratio", "block", 10_000.0, 500.0)]


def test_a_project_without_zoning_or_roads_has_no_zones_or_blocks(store):
    assert load_zones(store.cursor()) == []
    assert len(road_blocks(store.cursor(), shapely.box(0, 0, 10, 10))) == 0
    assert len(BuildingSet.from_arrow(table([]))) == 0


def test_identify_shows_a_buildings_zone_and_its_limits(store):
    from twin import themes
    store.query("INSERT INTO buildings (gml_id, usage_code, footprint, source_id) VALUES "
                "('in', '411', ST_GeomFromText(?), 1), ('out', '411', ST_GeomFromText(?), 1)",
                [box(10, 10, 10, 10).wkt, box(500, 500, 10, 10).wkt])
    store.query("INSERT INTO zoning (zone_code, zone_name, coverage_pct, far_pct, geom, source_id) "
                "VALUES ('1', '第一種低層住居専用地域', 50, 80, ST_GeomFromText(?), 1)", [box(0, 0, 100, 100).wkt])
    extra = next(e for e in themes.identify_extras("buildings") if e.key == "zoning")
    assert extra.fetch(store, {"gml_id": "in"}) == {"zone_name": "第一種低層住居専用地域", "zone_code": "1",
                                                    "coverage_pct": 50.0, "far_pct": 80.0}
    assert extra.fetch(store, {"gml_id": "out"}) is None


def test_what_a_violation_breaks_is_named_in_both_languages():
    from twin import themes
    assert themes.value_label("what", "floor_area_ratio", "ja") == "容積率"
    assert themes.value_label("what", "coverage", "en") == "Building coverage"
    assert themes.value_label("what", "height", "ja") == "絶対高さ"
