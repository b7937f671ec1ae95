"""The column-mapping protocol of table importers (importers/column_mapping.py, ``Importer.map_fields``,
``columns``, ``preview``, ``guess_mapping``, ``required_fields``): what the road-report and AVL importers pick by
themselves, ``map`` parsing (``field=`` for a field the file lacks), requirements and the error naming the missing
columns."""

from __future__ import annotations

import gzip
from pathlib import Path

import pytest

from importers import column_mapping
from importers.column_mapping import MissingColumns, Need, map_option, parse_map
from importers.registry import all_importers, get_importer, import_path

MUNICIPAL = ("受付番号,状態,分野,緯度,経度,投稿日時,内容,写真\n"
             "101,受付済,道路,36.3020,136.3150,2025/1/9 10:30,穴があります,\n"
             "102,対応中,道路,36.3030,136.3160,R7.1.10,ひび割れ,p.jpg\n")
ODD = "Y座標,X座標,通報日,様子\n36.3020,136.3150,2025/1/9,穴\n36.3030,136.3160,2025/1/10,段差\n"


def write(path: Path, text: str, encoding: str = "utf-8") -> Path:
    path.write_bytes(text.replace("\n", "\r\n").encode(encoding))
    return path


def road_rows(store) -> list[tuple]:
    return store.query("SELECT external_id, description, lat, lon, received_at FROM road_reports ORDER BY id")


# -- the protocol on the importers -----------------------------------------------------------------------------


def test_importers_with_map_fields():
    mappable = {i.name: i for i in all_importers() if i.map_fields}
    assert {"municipal_csv", "open311", "fixmystreet_csv", "road_damage_ai", "plough_avl_csv"} <= set(mappable)
    assert mappable["municipal_csv"].map_fields[:3] == ("external_id", "received_at", "received_time")
    assert "vehicle_id" in mappable["plough_avl_csv"].map_fields
    for imp in mappable.values():      # every map field is an option the importer takes
        assert "map" in imp.options
        assert all(f in imp.map_fields for n in imp.required_fields for f in n.fields), imp.name
    assert get_importer("plough_gpx").map_fields == () and get_importer("plough_gpx").columns(Path("x.gpx")) is None


def test_guess_mapping_of_standard_municipal_headers(tmp_path):
    f = write(tmp_path / "mcr.csv", MUNICIPAL, "cp932")
    imp = get_importer("municipal_csv")
    assert imp.columns(f) == ["受付番号", "状態", "分野", "緯度", "経度", "投稿日時", "内容", "写真"]
    assert imp.guess_mapping(f) == {"external_id": "受付番号", "status": "状態", "category": "分野", "lat": "緯度",
                                    "lon": "経度", "received_at": "投稿日時", "description": "内容", "photo": "写真"}
    assert imp.unmet_fields(imp.guess_mapping(f)) == []
    header, rows = imp.preview(f, 5)
    assert header[0] == "受付番号" and len(rows) == 2 and rows[1][6] == "ひび割れ"


def test_guess_mapping_of_unrecognised_headers_is_empty_and_requirements_unmet(tmp_path):
    f = write(tmp_path / "odd.csv", ODD)
    imp = get_importer("municipal_csv")
    assert imp.columns(f) == ["Y座標", "X座標", "通報日", "様子"]
    assert imp.guess_mapping(f) == {"received_at": "通報日"}       # 通報日 is a known date header
    assert [str(n) for n in imp.unmet_fields(imp.guess_mapping(f))] == ["lat and lon, or wkt"]
    assert imp.unmet_fields({"lat", "lon", "received_at"}) == [] and imp.unmet_fields({"wkt", "received_at"}) == []
    assert [str(n) for n in imp.unmet_fields({"lat"})] == ["lat and lon, or wkt", "received_at"]
    ai = get_importer("road_damage_ai")
    assert [str(n) for n in ai.unmet_fields({"lat", "lon", "received_at"})] == ["damage_class"]


def test_format_specific_headers_come_first(tmp_path):
    f = write(tmp_path / "fms.csv", "Report ID,Title,Detail,Category,Created,Confirmed,Status,Latitude,Longitude\n"
                                    "7,穴,深い,道路,2025-01-09 10:00,2025-01-09 10:05,open,36.302,136.315\n")
    g = get_importer("fixmystreet_csv").guess_mapping(f)
    assert (g["received_at"], g["external_id"], g["lat"], g["description"]) == ("Confirmed", "Report ID", "Latitude",
                                                                                 "Detail")
    assert "updated_at" not in g                 # FixMyStreet's update time comes from Fixed/Closed, not a column
    o = write(tmp_path / "o311.csv", "service_request_id,status,requested_datetime,lat,long,media_url\n"
                                     "1,open,2025-01-09T10:00:00+09:00,36.302,136.315,\n")
    assert get_importer("open311").guess_mapping(o) == {
        "external_id": "service_request_id", "status": "status", "received_at": "requested_datetime", "lat": "lat",
        "lon": "long", "photo": "media_url"}


def test_json_is_not_a_table(tmp_path):
    j = tmp_path / "r.json"
    j.write_text('[{"service_request_id": "1"}]', encoding="utf-8")
    assert get_importer("open311").columns(j) is None and get_importer("open311").guess_mapping(j) == {}


def test_avl_columns_of_a_gzipped_csv(tmp_path):
    f = tmp_path / "feed.csv.gz"
    f.write_bytes(gzip.compress("号車,取得時刻,北緯,東経,速度\n除雪1,2025-01-09 05:00:00,36.30,136.31,12\n"
                                .encode("cp932")))
    imp = get_importer("plough_avl_csv")
    assert imp.columns(f) == ["号車", "取得時刻", "北緯", "東経", "速度"]
    assert imp.guess_mapping(f) == {"vehicle_id": "号車", "speed": "速度"}
    assert [str(n) for n in imp.unmet_fields(imp.guess_mapping(f))] == ["time", "lat", "lon"]
    assert imp.unmet_fields({"time", "lat", "lon"}, {"vehicle": "除雪1"}) == []      # the option names the vehicle
    assert [str(n) for n in imp.unmet_fields({"time", "lat", "lon"})] == ["vehicle_id"]


# -- map parsing and resolution --------------------------------------------------------------------------------


def test_parse_map_and_its_inverse():
    fields = ("lat", "lon", "description")
    assert parse_map("lat=Y座標, lon = X座標;description=", fields) == {"lat": "Y座標", "lon": "X座標",
                                                                      "description": ""}
    assert parse_map({"lat": "Y座標", "lon": None}, fields) == {"lat": "Y座標", "lon": ""}
    with pytest.raises(ValueError, match="not field=column"):
        parse_map("lat", fields)
    with pytest.raises(ValueError, match="unknown field.*latitude"):
        parse_map("latitude=y", fields)
    assert map_option({"lat": "Y座標", "lon": "X座標", "description": None}) == "lat=Y座標,lon=X座標,description="
    assert parse_map(map_option({"lat": "Y座標", "description": None}), fields) == {"lat": "Y座標", "description": ""}
    odd = {"lat": "緯度,度", "lon": "経度"}          # a column name holding a separator travels as a dict
    assert map_option(odd) == odd and parse_map(map_option(odd), fields) == odd


def test_resolve_map_first_then_candidates_and_empty_column_means_absent():
    header = ["ID", "緯度", "経度", "内容", "備考"]
    cands = {"external_id": ("id",), "lat": ("緯度",), "lon": ("経度",), "description": ("内容", "備考")}
    assert column_mapping.resolve(header, {}, cands, Path("x")) == {"external_id": 0, "lat": 1, "lon": 2,
                                                                     "description": 3}
    got = column_mapping.resolve(header, {"description": "備考"}, cands, Path("x"))
    assert got["description"] == 4
    got = column_mapping.resolve(header, {"description": ""}, cands, Path("x"))
    assert "description" not in got            # field= : the 内容 candidate is not taken
    assert column_mapping.resolve(["ＩＤ", "Lat"], {}, {"external_id": ("id",), "lat": ("lat",)}, Path("x")) == \
        {"external_id": 0, "lat": 1}            # full-width letters and case do not matter
    with pytest.raises(Exception, match="no column 'nosuch'"):
        column_mapping.resolve(header, {"lat": "nosuch"}, cands, Path("x"))


def test_need():
    n = Need("lat+lon", "wkt")
    assert n.fields == ("lat", "lon", "wkt") and str(n) == "lat and lon, or wkt"
    assert n.met({"lat", "lon"}) and n.met({"wkt"}) and not n.met({"lat"})
    v = Need("vehicle_id", unless_option="vehicle")
    assert not v.met(set()) and v.met(set(), {"vehicle": "1号"}) and not v.met(set(), {"vehicle": ""})


def test_preview_drops_a_cut_last_line():
    data = ("a,b\n" + "1,2\n" * 10).encode()
    text = column_mapping.head_text(data[:15], limit=15)          # "a,b\n1,2\n1,2\n1,2" cut inside the 4th row
    assert text == "a,b\n1,2\n1,2\n"
    assert column_mapping.preview(text, 5) == (["a", "b"], [["1", "2"], ["1", "2"]])
    assert column_mapping.preview("\x00\x01binary", 5) is None


# -- importing with a map --------------------------------------------------------------------------------------


def test_missing_columns_error_names_fields_and_columns(store, tmp_path):
    f = write(tmp_path / "odd.csv", ODD)
    with pytest.raises(MissingColumns) as err:
        import_path(store, f, importer="municipal_csv")
    assert [str(n) for n in err.value.missing] == ["lat and lon, or wkt"]
    assert err.value.columns == ["Y座標", "X座標", "通報日", "様子"]
    assert "no column for lat and lon, or wkt (columns: Y座標, X座標, 通報日, 様子)" in str(err.value)
    assert "map=" in str(err.value)
    assert store.query("SELECT count(*) FROM road_reports") == [(0,)]


def test_import_with_a_full_map_as_the_dialog_writes_it(store, tmp_path):
    f = write(tmp_path / "odd.csv", ODD, "cp932")
    imp = get_importer("municipal_csv")
    chosen = {fld: None for fld in imp.map_fields}
    chosen.update(lat="Y座標", lon="X座標", received_at="通報日", description="様子")
    r = import_path(store, f, importer="municipal_csv", options={"map": map_option(chosen), "kind": "patrol"})
    assert r.counts["road_reports"] == 2
    got = road_rows(store)
    assert [(d, la, lo) for _i, d, la, lo, _t in got] == [("穴", 36.302, 136.315), ("段差", 36.303, 136.316)]
    assert store.query("SELECT DISTINCT kind FROM road_reports") == [("patrol",)]


def test_field_without_column_is_not_taken_from_a_candidate(store, tmp_path):
    f = write(tmp_path / "mcr.csv", MUNICIPAL)
    import_path(store, f, importer="municipal_csv", options={"map": "description=,photo="})
    assert [d for _i, d, *_ in road_rows(store)] == [None, None]
    notes = [n for (n,) in store.query("SELECT notes FROM road_reports ORDER BY id")]
    assert "穴があります" in notes[0]           # the unused column is kept with the other fields, not lost


def test_avl_missing_columns_and_map(store, tmp_path):
    f = write(tmp_path / "feed.csv", "号車,取得時刻,北緯,東経\n除雪1,2025-01-09 05:00:00,36.30,136.31\n"
                                     "除雪1,2025-01-09 05:00:10,36.3001,136.3101\n")
    with pytest.raises(MissingColumns, match="no column for time; lat; lon"):
        import_path(store, f, importer="plough_avl_csv")
    r = import_path(store, f, importer="plough_avl_csv", options={"map": "time=取得時刻,lat=北緯,lon=東経"})
    assert r.counts["plough_points"] == 2
