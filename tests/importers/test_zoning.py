"""国土数値情報 A29 用途地域 importer (importers/zoning.py): the bundled sample, a Shift_JIS Shapefile in a zip as
国土数値情報 ships it, the city filter, and features it must reject."""

from __future__ import annotations

import json
import zipfile
from pathlib import Path

import pytest
import shapely

from importers.registry import find_importer, import_path
from twin.errors import InputError

SAMPLE = Path(__file__).resolve().parents[2] / "sample_data" / "zoning" / "kaga_zoning_a29.geojson"


def _feature(code, name, cov, far, lon0=136.35, lat0=36.32, d=0.001, city="17206", geom=None):
    ring = [[lon0, lat0], [lon0 + d, lat0], [lon0 + d, lat0 + d], [lon0, lat0 + d], [lon0, lat0]]
    return {"type": "Feature", "properties": {"A29_001": city, "A29_003": "加賀市", "A29_004": code,
                                              "A29_005": name, "A29_006": cov, "A29_007": far},
            "geometry": geom or {"type": "Polygon", "coordinates": [ring]}}


def _geojson(path, features):
    path.write_text(json.dumps({"type": "FeatureCollection", "features": features}, ensure_ascii=False),
                    encoding="utf-8")
    return path


def test_the_sample_zoning_imports_with_its_limits(store):
    report = import_path(store, SAMPLE)
    assert report.importer == "ksj-a29-zoning" and report.counts == {"zoning": 5} and report.rejected == 0
    rows = store.query("SELECT zone_code, zone_name, coverage_pct, far_pct, city_code, ST_Area(geom) "
                       "FROM zoning ORDER BY id")
    assert [r[:5] for r in rows] == [("9", "商業地域", 80.0, 400.0, "17206"), ("8", "近隣商業地域", 80.0, 200.0, "17206"),
                                     ("5", "第一種住居地域", 60.0, 200.0, "17206"),
                                     ("1", "第一種低層住居専用地域", 50.0, 80.0, "17206"),
                                     ("10", "準工業地域", 60.0, 200.0, "17206")]
    # rectangles of 320 × 340 m and 340 × 340 m; the residential ring is 1600 × 1140 m less the commercial core
    assert rows[0][5] == pytest.approx(320 * 340, rel=2e-3)
    assert rows[1][5] == pytest.approx(340 * 340, rel=2e-3)
    assert rows[2][5] == pytest.approx(1600 * 1140 - 660 * 340, rel=2e-3)
    # the station lies in the commercial zone
    from twin.catchments import station_xy
    x, y = station_xy(store.crs)
    inside = store.query("SELECT zone_name FROM zoning WHERE ST_Contains(geom, ST_Point(?, ?))", [x, y])
    assert inside == [("商業地域",)]


def test_a_shift_jis_shapefile_in_a_zip_as_downloaded(store, tmp_path):
    import geopandas as gpd
    feats = [_feature(8, "近隣商業地域", 80, 300), _feature(1, "第一種低層住居専用地域", 50, 100, lon0=136.36)]
    df = gpd.GeoDataFrame([f["properties"] for f in feats],
                          geometry=[shapely.geometry.shape(f["geometry"]) for f in feats], crs="EPSG:6668")
    shp_dir = tmp_path / "A29-19_17_GML"
    shp_dir.mkdir()
    df.to_file(shp_dir / "A29-19_17.shp", encoding="cp932")
    (shp_dir / "A29-19_17.cpg").unlink(missing_ok=True)        # 国土数値情報 ships no .cpg: Shift_JIS
    z = tmp_path / "A29-19_17_GML.zip"
    with zipfile.ZipFile(z, "w") as zf:
        for f in shp_dir.iterdir():
            zf.write(f, f"A29-19_17_GML/{f.name}")
    assert find_importer(z).name == "ksj-a29-zoning"
    import_path(store, z)
    rows = store.query("SELECT zone_code, zone_name, far_pct, round(ST_Area(geom), -2) FROM zoning ORDER BY far_pct")
    assert [r[:3] for r in rows] == [("1", "第一種低層住居専用地域", 100.0), ("8", "近隣商業地域", 300.0)]
    assert 8000 < rows[0][3] < 10500          # 0.001° × 0.001° at 36.3° N ≈ 89.8 m × 111 m


def test_bad_features_are_rejected_with_their_reason_and_the_city_filter(store, tmp_path):
    path = _geojson(tmp_path / "a29.geojson", [
        _feature(9, "商業地域", 80, 400),
        _feature(5, "第一種住居地域", 60, "", lon0=136.352),                          # no floor-area limit
        _feature(5, "第一種住居地域", 60, 200, geom={"type": "Point", "coordinates": [136.35, 36.32]}),
        _feature(None, None, 60, 200, lon0=136.354),                               # no zone at all
        _feature(None, "準住居地域", 60, 200, lon0=136.356),                          # code from the name
        _feature(9, "商業地域", 80, 600, city="17201", lon0=136.358),                # another city
    ])
    report = import_path(store, path, options={"city": "17206"})
    assert report.counts == {"zoning": 2}
    reasons = sorted(r[0] for r in store.query("SELECT reason FROM import_rejects"))
    assert reasons == ["A29_007 '' is not a percentage limit", "Point is not a polygon",
                       "no zone: A29_004 and A29_005 are empty"]
    assert store.query("SELECT zone_code, zone_name FROM zoning ORDER BY id") == [("9", "商業地域"), ("7", "準住居地域")]


def test_a_file_without_zones_is_refused_and_leaves_the_project_unchanged(store, tmp_path):
    path = _geojson(tmp_path / "a29.geojson", [_feature(9, "商業地域", 80, 400, city="17201")])
    with pytest.raises(InputError, match="no zone polygons for 17206"):
        import_path(store, path, options={"city": "17206"})
    assert store.query("SELECT count(*) FROM zoning") == [(0,)]


def test_a_self_intersecting_zone_is_repaired_and_a_flat_one_rejected(store, tmp_path):
    bowtie = {"type": "Polygon", "coordinates": [[[136.35, 36.32], [136.351, 36.321], [136.351, 36.32],
                                                  [136.35, 36.321], [136.35, 36.32]]]}
    flat = {"type": "Polygon", "coordinates": [[[136.36, 36.32], [136.361, 36.32], [136.362, 36.32],
                                                [136.36, 36.32]]]}
    path = _geojson(tmp_path / "a29.geojson", [_feature(5, "第一種住居地域", 60, 200, geom=bowtie),
                                                _feature(5, "第一種住居地域", 60, 200, geom=flat)])
    import_path(store, path)
    rows = store.query("SELECT ST_IsValid(geom), ST_GeometryType(geom), ST_Area(geom) FROM zoning")
    assert len(rows) == 1 and rows[0][0] and rows[0][1] == "MULTIPOLYGON"
    assert rows[0][2] == pytest.approx(89.8 * 111.0 / 2, rel=0.02)      # two triangles: half the square
    assert store.query("SELECT reason FROM import_rejects") == [("the polygon is degenerate (no area once "
                                                                 "repaired)",)]
