"""Snow route tiers (importers/route_tiers.py): tier values as people write them, lines with a tier field (GeoJSON,
GeoPackage), a CSV of segment ids, rejects with their feature or line, centre-line files left to the road network
importer, and the tiers the analysis derives from an imported file."""

from __future__ import annotations

import json
from pathlib import Path

import numpy as np
import pyogrio.raw
import pytest
import shapely

from importers.registry import find_importer, import_path
from importers.route_tiers import parse_hours, parse_tier
from twin.analysis import run_analysis
from twin.errors import InputError

CRS = {"type": "name", "properties": {"name": "urn:ogc:def:crs:EPSG::6675"}}


def add_segment(store, sid, coords, road_class="municipal"):
    wkt = "LINESTRING (" + ", ".join(f"{x} {y}" for x, y in coords) + ")"
    store.query("INSERT INTO road_segments (id, from_node, to_node, length_m, road_class, geom, source_id) "
                "VALUES (?, 0, 0, ST_Length(ST_GeomFromText(?)), ?, ST_GeomFromText(?), 1)",
                [sid, wkt, road_class, wkt])


def geojson(path: Path, features: list[tuple[list, dict]], crs: dict | None = CRS) -> Path:
    doc = {"type": "FeatureCollection",
           "features": [{"type": "Feature", "properties": props,
                         "geometry": {"type": "LineString", "coordinates": coords} if coords is not None else None}
                        for coords, props in features]}
    if crs:
        doc["crs"] = crs
    path.write_text(json.dumps(doc, ensure_ascii=False), encoding="utf-8")
    return path


def lines(store):
    return store.query("SELECT tier, target_h, name, segment_id, ST_AsText(geom) FROM route_tier_lines ORDER BY id")


def rejects(store):
    return store.query("SELECT line, item, reason, raw FROM import_rejects ORDER BY line, item")


@pytest.mark.parametrize("value, tier", [
    (1, 1), ("2", 2), (3.0, 3), ("１", 1), ("第1次", 1), ("第一次", 1), ("2次", 2), ("第2次路線", 2),
    ("第三次除雪路線", 3), ("重点", 1), ("重点除雪路線", 1), ("P1", 1), ("Tier 2", 2), ("priority 3", 3),
    ("primary", 1), ("Secondary", 2), ("low", 3)])
def test_tier_values(value, tier):
    assert parse_tier(value) == tier


@pytest.mark.parametrize("value", [None, "", "4", "0", "第4次", "歩道", "x", 1.5])
def test_values_that_are_no_tier(value):
    assert parse_tier(value) is None


def test_target_hours():
    assert parse_hours("6") == 6.0 and parse_hours("2.5h") == 2.5 and parse_hours("12時間") == 12.0
    assert parse_hours(None) is None and parse_hours(" ") is None
    with pytest.raises(ValueError):
        parse_hours("soon")


def test_lines_with_a_tier_field_import_and_bad_features_are_rejected(store, tmp_path):
    path = geojson(tmp_path / "除雪路線.geojson", [
        ([[0, 0], [100, 0]], {"路線名": "国道8号", "除雪区分": "第1次", "目標時間": "2時間"}),
        ([[0, 100], [100, 100]], {"路線名": "市道A", "除雪区分": "第2次路線", "目標時間": None}),
        ([[0, 200], [100, 200]], {"路線名": "市道B", "除雪区分": "歩道", "目標時間": None}),
        ([[0, 300], [100, 300]], {"路線名": "市道C", "除雪区分": "重点", "目標時間": "soon"}),
        (None, {"路線名": "no line", "除雪区分": "3", "目標時間": None}),
    ])
    assert find_importer(path).name == "route-tiers"
    rep = import_path(store, path)
    assert lines(store) == [(1, 2.0, "国道8号", None, "LINESTRING (0 0, 100 0)"),
                            (2, None, "市道A", None, "LINESTRING (0 100, 100 100)")]
    rej = rejects(store)
    assert [(r[1], r[2]) for r in rej] == [
        ("layer 除雪路線, feature 2", "tier '歩道' is not 1, 2 or 3 (第1次 … 第3次, 重点)"),
        ("layer 除雪路線, feature 3", "target 'soon' is not a number of hours"),
        ("layer 除雪路線, feature 4", "no geometry")]
    assert rej[0][3] == "除雪区分='歩道'"
    assert rep.counts["route_tier_lines"] == 2 and rep.rejected == 3


def test_a_centre_line_file_is_not_a_tier_file(tmp_path):
    roads = geojson(tmp_path / "roads.geojson", [([[0, 0], [100, 0]], {"name": "駅前通り", "highway": "primary"})])
    assert find_importer(roads).name == "road-centrelines"
    syracuse = geojson(tmp_path / "snow_routes.geojson", [([[0, 0], [100, 0]], {"roadname": "JAMES ST",
                                                                                 "routepriority": 1})])
    assert find_importer(syracuse).name == "route-tiers"


def test_a_geopackage_in_lon_lat_with_a_segment_id_field(store, tmp_path):
    add_segment(store, 5, [(0, 0), (100, 0)])
    from pyproj import Transformer
    lon, lat = Transformer.from_crs("EPSG:6675", "EPSG:4326", always_xy=True).transform([0, 100], [50, 50])
    geoms = shapely.to_wkb(np.array([shapely.LineString(list(zip(lon, lat)))] * 2))
    path = tmp_path / "tiers.gpkg"
    pyogrio.raw.write(path, geometry=geoms, field_data=[np.array([1, 2], np.int32), np.array([5, 77], np.int64)],
                      fields=["tier", "segment_id"], geometry_type="LineString", crs="EPSG:4326", driver="GPKG")
    assert find_importer(path).name == "route-tiers"
    rep = import_path(store, path)
    rows = store.query("SELECT tier, segment_id, ST_X(ST_StartPoint(geom)), ST_Y(ST_StartPoint(geom)) "
                       "FROM route_tier_lines ORDER BY tier")
    assert [r[:2] for r in rows] == [(1, 5), (2, None)]            # segment 77 is not in the project: the line
    assert rows[0][2] == pytest.approx(0.0, abs=1e-3) and rows[0][3] == pytest.approx(50.0, abs=1e-3)
    assert any("not in this project" in w for w in rep.warnings)


def test_a_csv_of_segment_ids(store, tmp_path):
    for sid in (1, 2, 3):
        add_segment(store, sid, [(0, 100 * sid), (100, 100 * sid)])
    path = tmp_path / "tiers.csv"
    path.write_bytes("\ufeffsegment_id,tier,target_h\r\n1,1,2\r\n2,第2次,\r\n3,5,\r\n42,1,\r\nx,1,\r\n3\r\n2,3,0\r\n"
                     .encode("utf-8"))
    assert find_importer(path).name == "route-tiers-csv"
    import_path(store, path)
    assert lines(store) == [(1, 2.0, None, 1, None), (2, None, None, 2, None)]
    assert [(r[0], r[2]) for r in rejects(store)] == [
        (4, "tier '5' is not 1, 2 or 3 (第1次 … 第3次, 重点)"), (5, "no road segment 42 in the project"),
        (6, "segment id 'x' is not a whole number"), (7, "1 field(s), the header has 3"),
        (8, "target '0' is not a positive number of hours")]
    assert rejects(store)[0][3] == "3,5,"


def test_a_file_without_any_usable_tier_fails_with_its_name(store, tmp_path):
    path = geojson(tmp_path / "bad.geojson", [([[0, 0], [100, 0]], {"tier": "x"})])
    with pytest.raises(InputError, match="bad.geojson.*no route with a usable tier"):
        import_path(store, path)
    assert lines(store) == []


def test_the_analysis_takes_the_imported_tiers(store, tmp_path):
    add_segment(store, 1, [(0, 0), (100, 0)], road_class="municipal")
    add_segment(store, 2, [(0, 100), (100, 100)], road_class="national")
    path = geojson(tmp_path / "tiers.geojson", [([[-10, 3], [110, 3]], {"tier": 1, "target_h": 1.5})])
    import_path(store, path)
    run_analysis(store, "snow-coverage", {})
    tiers = store.query("SELECT segment_id, tier, target_h, origin FROM route_tiers ORDER BY segment_id")
    assert tiers == [(1, 1, 1.5, "file"), (2, 1, 3.0, "rule")]
