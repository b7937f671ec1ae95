"""Facility importers (importers/facilities.py): 国土数値情報 P29 学校 / P04 医療機関 / P20 避難施設 as shipped
(Shapefile in CP932 without .cpg, GeoJSON, zips holding both, the 2013 P29 layout, the reinfolib ``_ja`` names),
generic GeoJSON / GeoPackage / CSV lists with Japanese or English kinds, rejects, options, re-import, and that
sniffing leaves the other importers' files alone."""

from __future__ import annotations

import json
import zipfile
from pathlib import Path

import geopandas as gpd
import pytest
import shapely
from pyproj import Transformer
from shapely.geometry import Point, Polygon

from importers.registry import find_importer, import_path
from twin.errors import InputError
from twin.paths import SAMPLE_CENTRELINES, SAMPLE_DETECTIONS, SAMPLE_FACILITIES, SAMPLE_REPORTS

#: near Kaga Onsen Station (lon, lat)
LON0, LAT0 = 136.3505, 36.3202
TO_PLANE = Transformer.from_crs("EPSG:6668", "EPSG:6675", always_xy=True)


def ll(dx_m: float = 0.0, dy_m: float = 0.0) -> tuple[float, float]:
    """(lon, lat) dx_m east and dy_m north of the station (about)."""
    return LON0 + dx_m / 89800.0, LAT0 + dy_m / 110965.0


def facilities(store) -> list[dict]:
    rows = store.query("SELECT name, kind, address, lat, lon, attributes, ST_X(geom), ST_Y(geom), "
                       "ST_GeometryType(geom)::VARCHAR, source_id FROM facilities ORDER BY id")
    keys = ("name", "kind", "address", "lat", "lon", "attributes", "x", "y", "type", "source_id")
    out = [dict(zip(keys, r)) for r in rows]
    for r in out:
        r["attributes"] = json.loads(r["attributes"]) if r["attributes"] else {}
    return out


def rejects(store, source_id: int) -> list[tuple]:
    return store.query("SELECT line, item, reason FROM import_rejects WHERE source_id = ? ORDER BY line, item",
                       [source_id])


# -- 国土数値情報 -------------------------------------------------------------------------------------------------

P29 = {
    "P29_001": ["17206", "17206", "17206", "17206"],
    "P29_002": ["B117220600011", "C117220600029", "A117220600012", "B117220600038"],
    "P29_003": ["16001", "16002", "16011", "16001"],
    "P29_004": ["加賀市立作見小学校", "加賀市立東和中学校", "作見幼稚園", "加賀市立旧分校"],
    "P29_005": ["石川県加賀市作見町ル1", "石川県加賀市加茂町1", "石川県加賀市作見町ヘ2", "石川県加賀市熊坂町"],
    "P29_006": ["3", "3", "4", "3"],
    "P29_007": ["1", "1", "1", "2"],
}


def p29_frame(fields=P29, geoms=None) -> gpd.GeoDataFrame:
    geoms = geoms or [Point(ll(-500, 150)), Point(ll(600, 700)), Point(ll(100, -200)), Point(ll(900, -900))]
    return gpd.GeoDataFrame(dict(fields), geometry=geoms, crs="EPSG:6668")


def test_p29_geojson_schools_with_class_names_and_a_closed_school(store, tmp_path):
    path = tmp_path / "P29-21_17.geojson"
    p29_frame().to_file(path, driver="GeoJSON")
    assert find_importer(path).name == "ksj-facilities"
    report = import_path(store, path)
    assert report.counts == {"facilities": 4}
    rows = facilities(store)
    assert [(r["name"], r["kind"], r["address"]) for r in rows] == [
        ("加賀市立作見小学校", "school", "石川県加賀市作見町ル1"), ("加賀市立東和中学校", "school", "石川県加賀市加茂町1"),
        ("作見幼稚園", "school", "石川県加賀市作見町ヘ2"), ("加賀市立旧分校", "other", "石川県加賀市熊坂町")]
    assert [r["attributes"].get("学校分類") for r in rows] == ["小学校", "中学校", "幼稚園", "小学校"]
    assert rows[0]["attributes"]["P29_002"] == "B117220600011" and "P29_004" not in rows[0]["attributes"]
    assert rows[3]["attributes"]["休校"] is True
    assert any("1 school(s) are closed" in w for w in report.warnings)
    # the point in the project CRS (chosen from the data: JGD2011 zone VII) and its latitude/longitude
    assert store.crs == "EPSG:6675"
    x, y = TO_PLANE.transform(*ll(-500, 150))
    assert rows[0]["type"] == "POINT" and rows[0]["x"] == pytest.approx(x, abs=0.01)
    assert rows[0]["y"] == pytest.approx(y, abs=0.01)
    assert (rows[0]["lon"], rows[0]["lat"]) == pytest.approx(ll(-500, 150), abs=1e-7)


def test_p29_reinfolib_names_with_ja_suffix(store, tmp_path):
    fields = {("P29_004_ja" if k == "P29_004" else "P29_005_ja" if k == "P29_005" else k): v for k, v in P29.items()}
    path = tmp_path / "xkt006.geojson"
    p29_frame(fields).to_file(path, driver="GeoJSON")
    assert find_importer(path).name == "ksj-facilities"
    import_path(store, path)
    assert [r["name"] for r in facilities(store)][:2] == ["加賀市立作見小学校", "加賀市立東和中学校"]


def _shapefile_cp932(frame: gpd.GeoDataFrame, path: Path) -> Path:
    """A Shapefile as 国土数値情報 ships it: attributes in CP932 and no .cpg saying so."""
    frame.to_file(path, driver="ESRI Shapefile", encoding="cp932")
    path.with_suffix(".cpg").unlink(missing_ok=True)
    return path


def test_p29_2013_edition_shifted_columns_in_a_zip_of_cp932_shapefiles(store, tmp_path):
    old = {"P29_001": ["17206", "17206"], "P29_002": ["16", "16"], "P29_003": ["1", "1"],
           "P29_004": ["16001", "16002"], "P29_005": ["作見小学校", "東和中学校"],
           "P29_006": ["石川県加賀市作見町", "石川県加賀市加茂町"], "P29_007": ["3", "3"]}
    folder = tmp_path / "P29-13_17"
    folder.mkdir()
    shp = _shapefile_cp932(p29_frame(old, [Point(ll(-500, 150)), Point(ll(600, 700))]), folder / "P29-13_17.shp")
    zpath = tmp_path / "P29-13_17_GML.zip"
    with zipfile.ZipFile(zpath, "w") as z:
        for p in sorted(folder.iterdir()):
            z.write(p, f"P29-13_17/{p.name}")
    assert not shp.with_suffix(".cpg").exists()
    assert find_importer(zpath).name == "ksj-facilities"
    report = import_path(store, zpath)
    rows = facilities(store)
    assert [(r["name"], r["kind"], r["address"], r["attributes"]["学校分類"]) for r in rows] == [
        ("作見小学校", "school", "石川県加賀市作見町", "小学校"), ("東和中学校", "school", "石川県加賀市加茂町", "中学校")]
    assert any("2013 layout" in w for w in report.warnings)


def test_p04_hospitals_and_clinics(store, tmp_path):
    frame = gpd.GeoDataFrame({
        "P04_001": [1, 2, 3], "P04_002": ["加賀市医療センター", "作見クリニック", "駅前歯科医院"],
        "P04_003": ["石川県加賀市作見町リ36", "石川県加賀市作見町", "石川県加賀市加茂町"],
        "P04_004": ["内科", "内科", "歯科"], "P04_008": [300, 0, 0]},
        geometry=[Point(ll(300, -700)), Point(ll(-100, 80)), Point(ll(50, 60))], crs="EPSG:6668")
    path = _shapefile_cp932(frame, tmp_path / "P04-20_17.shp")
    assert find_importer(path).name == "ksj-facilities"
    report = import_path(store, path)
    rows = facilities(store)
    assert [(r["name"], r["kind"], r["attributes"]["医療機関分類"]) for r in rows] == [
        ("加賀市医療センター", "hospital", "病院"), ("作見クリニック", "other", "診療所"), ("駅前歯科医院", "other", "歯科診療所")]
    assert rows[0]["attributes"]["P04_008"] == 300
    assert any("1 hospital(s)" in w and "2 clinic(s)" in w for w in report.warnings)


def test_p20_zip_with_shapefile_and_geojson_of_the_same_data_is_read_once(store, tmp_path):
    frame = gpd.GeoDataFrame({
        "P20_001": ["17206", "17206"], "P20_002": ["作見小学校", "作見地区会館"],
        "P20_003": ["石川県加賀市作見町ル1", "石川県加賀市作見町"], "P20_004": ["小学校", "公民館"],
        "P20_005": [600, 150], "P20_007": [1, 1]},
        geometry=[Point(ll(-500, 150)), Point(ll(-200, 60))], crs="EPSG:6668")
    _shapefile_cp932(frame, tmp_path / "P20-12_17.shp")
    frame.to_file(tmp_path / "P20-12_17.geojson", driver="GeoJSON")
    zpath = tmp_path / "P20-12_17_GML.zip"
    with zipfile.ZipFile(zpath, "w") as z:
        for p in sorted(tmp_path.glob("P20-12_17.*")):
            z.write(p, f"P20-12_17_GML/{p.name}")
    assert find_importer(zpath).name == "ksj-facilities"
    import_path(store, zpath)
    rows = facilities(store)
    assert [(r["name"], r["kind"], r["attributes"]["P20_004"], r["attributes"]["P20_005"]) for r in rows] == [
        ("作見小学校", "evacuation", "小学校", 600), ("作見地区会館", "evacuation", "公民館", 150)]


def test_ksj_features_without_geometry_are_rejected_and_polygons_become_centroids(store, tmp_path):
    ground = Polygon([ll(-520, 130), ll(-480, 130), ll(-480, 170), ll(-520, 170)])
    frame = p29_frame(geoms=[ground, Point(ll(600, 700)), None, Point(ll(900, -900))])
    path = tmp_path / "P29-21_17.geojson"
    frame.to_file(path, driver="GeoJSON")
    report = import_path(store, path)
    assert report.counts == {"facilities": 3}
    rows = facilities(store)
    assert [r["name"] for r in rows] == ["加賀市立作見小学校", "加賀市立東和中学校", "加賀市立旧分校"]
    cx, cy = TO_PLANE.transform(*ll(-500, 150))
    assert rows[0]["type"] == "POINT"
    assert rows[0]["x"] == pytest.approx(cx, abs=0.5) and rows[0]["y"] == pytest.approx(cy, abs=0.5)
    assert any("1 feature(s) are not points" in w and "centroid" in w for w in report.warnings)
    rej = rejects(store, report.source_id)
    assert len(rej) == 1 and rej[0][1].endswith("feature 2") and rej[0][2] == "no geometry"
    assert report.rejected == 1


# -- generic lists -------------------------------------------------------------------------------------------------


def test_generic_geojson_with_japanese_kinds(store, tmp_path):
    names = ["加賀温泉駅", "作見小学校", "東和中学校", "加賀市医療センター", "作見地区会館", "作見公園", "駅前診療所",
             "中央図書館"]
    kinds = ["駅", "小学校", "中学校", "病院", "指定避難所", "指定緊急避難場所", "診療所", "図書館"]
    frame = gpd.GeoDataFrame({"名称": names, "種別": kinds, "住所": ["石川県加賀市作見町"] * 8,
                              "収容人数": [None, 600, 700, None, 150, 1200, None, None]},
                             geometry=[Point(ll(i * 50, 0)) for i in range(8)], crs="EPSG:4326")
    path = tmp_path / "facilities.geojson"
    frame.to_file(path, driver="GeoJSON")
    assert find_importer(path).name == "facilities"
    report = import_path(store, path)
    rows = facilities(store)
    assert [(r["name"], r["kind"]) for r in rows] == list(zip(names, [
        "station", "school", "school", "hospital", "evacuation", "evacuation", "other", "other"]))
    assert rows[1]["attributes"] == {"収容人数": 600}
    assert rows[0]["address"] == "石川県加賀市作見町"
    assert [w for w in report.warnings if "図書館" in w] == [
        "kind '図書館' is not one Kaga Twin knows (station, school, hospital, evacuation, other); 1 row(s) read as other"]


def test_generic_geopackage_english_kinds_and_polygons(store, tmp_path):
    station = Polygon([ll(-40, -20), ll(40, -20), ll(40, 20), ll(-40, 20)])
    frame = gpd.GeoDataFrame({"name": ["Kaga Onsen Station", "Kaga Medical Center", "Evac hall"],
                              "kind": ["station", "Hospital", "evacuation_centre"]},
                             geometry=[station, Point(ll(300, -700)), Point(ll(-200, 60))], crs="EPSG:4326")
    path = tmp_path / "facilities.gpkg"
    frame.to_file(path, driver="GPKG", layer="facilities")
    assert find_importer(path).name == "facilities"
    report = import_path(store, path)
    rows = facilities(store)
    assert [r["kind"] for r in rows] == ["station", "hospital", "evacuation"]
    assert (rows[0]["lon"], rows[0]["lat"]) == pytest.approx(ll(0, 0), abs=1e-6)
    assert any("1 feature(s) are not points" in w for w in report.warnings)


def _csv(path: Path, lines: list[str], encoding="cp932") -> Path:
    path.write_bytes(("\r\n".join(lines) + "\r\n").encode(encoding))
    return path


def test_generic_csv_cp932_with_rejects(store, tmp_path):
    lat0, lon0 = LAT0, LON0
    path = _csv(tmp_path / "施設一覧.csv", [
        "施設名,施設種別,住所,緯度,経度,電話番号",
        f"加賀温泉駅,駅,石川県加賀市作見町,{lat0},{lon0},0761-00-0000",
        f"作見小学校,学校,石川県加賀市作見町ル1,{lat0 + 0.002},{lon0 - 0.005},0761-00-0001",
        f"壊れた行,病院,石川県加賀市,36.3x,{lon0},",
        "短い行,病院",
        f"緯度経度が逆,病院,石川県加賀市,{lon0},{lat0},",
        f"加賀市医療センター,病院,石川県加賀市作見町リ36,{lat0 - 0.006},{lon0 + 0.003},0761-00-0002",
    ])
    assert find_importer(path).name == "facilities"         # not the municipal report importer (no date)
    report = import_path(store, path)
    rows = facilities(store)
    assert [(r["name"], r["kind"]) for r in rows] == [("加賀温泉駅", "station"), ("作見小学校", "school"),
                                                      ("加賀市医療センター", "hospital")]
    assert rows[0]["attributes"] == {"電話番号": "0761-00-0000"}
    assert (rows[2]["lat"], rows[2]["lon"]) == pytest.approx((lat0 - 0.006, lon0 + 0.003), abs=1e-8)
    assert [(line, reason) for line, _, reason in rejects(store, report.source_id)] == [
        (4, "bad coordinate: latitude '36.3x', longitude '136.3505'"), (5, "short row: 2 of 6 fields"),
        (6, f"bad coordinate: latitude {lon0}, longitude {lat0}")]
    assert report.rejected == 3


def test_evacuation_list_without_a_kind_column(store, tmp_path):
    path = _csv(tmp_path / "hinanjo.csv", ["名称,住所,緯度,経度,想定収容人数",
                                           f"作見地区会館,石川県加賀市作見町,{LAT0},{LON0 - 0.002},150",
                                           f"作見公園,石川県加賀市作見町,{LAT0 - 0.004},{LON0 - 0.003},1200"],
               encoding="utf-8-sig")
    assert find_importer(path).name == "facilities"
    report = import_path(store, path)
    assert [r["kind"] for r in facilities(store)] == ["evacuation", "evacuation"]
    assert any("every row is evacuation" in w for w in report.warnings)


def test_kind_and_map_options(store, tmp_path):
    path = _csv(tmp_path / "list.csv", ["施設,区画,X,Y", f"A,,{LON0},{LAT0}", f"B,病院,{LON0 + 0.001},{LAT0}"],
                encoding="utf-8")
    with pytest.raises(InputError, match=r"no column for lat and lon, or wkt \(columns: 施設, 区画, X, Y\); "
                                         r"name them with the map option"):
        import_path(store, path, importer="facilities")
    import_path(store, path, importer="facilities", options={"map": "name=施設,kind=区画,lat=Y,lon=X", "kind": "学校"})
    assert [(r["name"], r["kind"]) for r in facilities(store)] == [("A", "school"), ("B", "hospital")]
    with pytest.raises(InputError, match="kind must be one of"):
        import_path(store, path, importer="facilities", options={"map": "name=施設,lat=Y,lon=X", "kind": "library"})
    with pytest.raises(InputError, match="unknown field"):
        import_path(store, path, importer="facilities", options={"map": "colour=区画"})


def test_reimport_replaces_the_sources_rows(store, tmp_path):
    path = tmp_path / "facilities.geojson"
    gpd.GeoDataFrame({"name": ["A", "B"], "kind": ["school", "hospital"]},
                     geometry=[Point(ll(0, 0)), Point(ll(100, 0))], crs="EPSG:4326").to_file(path, driver="GeoJSON")
    first = import_path(store, path)
    gpd.GeoDataFrame({"name": ["A"], "kind": ["school"]},
                     geometry=[Point(ll(0, 0))], crs="EPSG:4326").to_file(path, driver="GeoJSON")
    second = import_path(store, path)
    assert second.replaced_sources == [first.source_id]
    assert [(r["name"], r["source_id"]) for r in facilities(store)] == [("A", second.source_id)]


# -- sniffing: what is not ours stays with its importer ------------------------------------------------------------


def test_sniffing_leaves_reports_detections_and_roads_to_their_importers(tmp_path):
    assert find_importer(SAMPLE_REPORTS).name == "municipal_csv"
    assert find_importer(SAMPLE_DETECTIONS).name == "road_damage_ai"
    assert find_importer(SAMPLE_CENTRELINES).name == "road-centrelines"
    assert find_importer(SAMPLE_FACILITIES).name == "facilities"
    # lines with a name and a kind are a road network, not facilities
    lines = tmp_path / "roads.geojson"
    gpd.GeoDataFrame({"name": ["駅前通り"], "kind": ["primary"]},
                     geometry=[shapely.LineString([ll(0, 0), ll(100, 0)])], crs="EPSG:4326").to_file(lines)
    assert find_importer(lines).name == "road-centrelines"
    # a municipal report export with a 名称 column is still a report export (it has a date column)
    reports = _csv(tmp_path / "reports.csv", ["受付番号,状態,種別,名称,緯度,経度,投稿日時,内容",
                                              f"1,受付済,道路,駅前,{LAT0},{LON0},2025/1/9,穴"])
    assert find_importer(reports).name == "municipal_csv"


def test_the_bundled_facilities(store):
    report = import_path(store, SAMPLE_FACILITIES)
    rows = facilities(store)
    kinds = [r["kind"] for r in rows]
    assert kinds.count("station") == 1 and kinds.count("school") == 2 and kinds.count("hospital") == 1
    assert 4 <= kinds.count("evacuation") <= 6 and "other" not in kinds
    station = rows[kinds.index("station")]
    assert (station["name"], station["lat"], station["lon"]) == ("加賀温泉駅", 36.3202471, 136.3505352)
    assert not report.warnings and not report.rejected


def test_csv_lists_offer_column_mapping(tmp_path):
    from importers.registry import get_importer
    f = tmp_path / "list.csv"
    f.write_text("施設名称,種別,緯度（度）,経度（度）\n加賀市体育館,避難所,36.31,136.34\n", encoding="utf-8")
    imp = get_importer("facilities")
    assert imp.guess_mapping(f) == {"name": "施設名称", "kind": "種別", "lat": "緯度（度）", "lon": "経度（度）"}
    assert imp.preview(f)[1] == [["加賀市体育館", "避難所", "36.31", "136.34"]]
    assert [str(n) for n in imp.unmet_fields(["name"])] == ["lat and lon, or wkt"]
