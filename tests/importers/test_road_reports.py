"""Road-damage report importers (importers/road_reports.py) and the date helper (importers/japanese_dates.py):
Open311 JSON/CSV, FixMyStreet CSV, Japanese municipal CSV in every encoding and date form, AI detections, the
``map`` option, time zones, rejects with line and raw text, and re-import."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

import pytest

from importers.japanese_dates import parse_datetime, unmangle_code
from importers.registry import find_importer, import_path
from twin.clock import TOKYO
from twin.errors import InputError
from twin.themes import attribute_label, feature_tables, value_label

UTC = dt.timezone.utc
KAGA = (36.3020, 136.3150)


def write(path: Path, text: str, encoding: str = "utf-8", bom: bool = False, crlf: bool = True) -> Path:
    if crlf:
        text = text.replace("\n", "\r\n")
    data = text.encode(encoding)
    path.write_bytes((b"\xef\xbb\xbf" if bom else b"") + data)
    return path


def rows(store, where: str = "TRUE") -> list[dict]:
    cur = store.cursor()
    try:
        res = cur.execute(f"SELECT *, ST_X(geom) AS gx, ST_Y(geom) AS gy FROM road_reports WHERE {where} "
                          "ORDER BY id")
        names = [d[0] for d in res.description]
        return [dict(zip(names, r)) for r in res.fetchall()]
    finally:
        cur.close()


def rejects(store) -> list[tuple]:
    return store.query("SELECT line, item, reason, raw FROM import_rejects ORDER BY line, item")


# -- the date helper -----------------------------------------------------------------------------------------


@pytest.mark.parametrize("text", ["2025-01-09", "2025/1/9", "2025.1.9", "R7.1.9", "r7.1.9", "令和7年1月9日",
                                  "2025年1月9日", "20250109", "２０２５／１／９", "R07.01.09", "令和 7年 1月 9日"])
def test_date_forms(text):
    assert parse_datetime(text) == dt.datetime(2025, 1, 9)


@pytest.mark.parametrize("text, expected", [
    ("平成31年4月30日", dt.datetime(2019, 4, 30)), ("H31.4.30", dt.datetime(2019, 4, 30)),
    ("令和元年5月1日", dt.datetime(2019, 5, 1)), ("R1.5.1", dt.datetime(2019, 5, 1)),
    ("S64.1.7", dt.datetime(1989, 1, 7)),
    ("2025/1/9 10:30", dt.datetime(2025, 1, 9, 10, 30)), ("2025/1/9 10:30:15", dt.datetime(2025, 1, 9, 10, 30, 15)),
    ("2025.1.9 10時30分頃", dt.datetime(2025, 1, 9, 10, 30)), ("R7.1.9 10時頃", dt.datetime(2025, 1, 9, 10)),
    ("2025/1/9 午後3時", dt.datetime(2025, 1, 9, 15)),
    ("2014-05-09T19:02:21-05:00", dt.datetime(2014, 5, 10, 0, 2, 21, tzinfo=UTC)),
    ("2025-01-09T01:00:00Z", dt.datetime(2025, 1, 9, 1, tzinfo=UTC)),
    ("2025/1/9 10:30+09:00", dt.datetime(2025, 1, 9, 1, 30, tzinfo=UTC)),
])
def test_date_and_time_forms(text, expected):
    got = parse_datetime(text)
    assert got == expected and (got.tzinfo is None) == (expected.tzinfo is None)


def test_separate_time_and_bad_dates():
    assert parse_datetime("2025.1.9", "10時30分頃") == dt.datetime(2025, 1, 9, 10, 30)
    assert parse_datetime("R7.1.9", "10:30") == dt.datetime(2025, 1, 9, 10, 30)
    for bad in ("", "昨日", "2025/13/1", "2025/2/30", "R7.1", "2025/1/9 25:00", "abc"):
        assert parse_datetime(bad) is None, bad


def test_float_mangled_codes():
    assert unmangle_code("5.53750131E8") == "553750131"
    assert unmangle_code("1.720204001E9") == "1720204001"
    assert unmangle_code("12.0") == "12"
    assert unmangle_code("14-00684314") == "14-00684314"
    assert unmangle_code("1.5") == "1.5" and unmangle_code("  ") is None


# -- the theme -----------------------------------------------------------------------------------------------


def test_theme_declares_table_labels_and_values(store):
    assert "road_reports" in feature_tables()
    cols = [r[0] for r in store.query("SELECT column_name FROM information_schema.columns "
                                      "WHERE table_name = 'road_reports'")]
    for c in ("id", "external_id", "source_id", "kind", "received_at", "updated_at", "status", "status_raw",
              "category", "description", "damage_class", "size", "confidence", "photo", "lat", "lon", "geom",
              "segment_id", "distance_m", "case_id", "flagged"):
        assert c in cols, c
        assert attribute_label(c, "ja") != c or c in ("id",), c
        assert attribute_label(c, "en"), c
    assert value_label("status", "対応済", "en") == "Done"
    assert value_label("damage_class", "D40", "ja").startswith("わだち")


# -- Japanese municipal CSV ------------------------------------------------------------------------------------

MCR = """受付番号,状態,分野,緯度,経度,投稿日時,内容,写真
5.53750131E8,受付,道路,36.3020,136.3150,{d1},道路に穴があいています,https://example.jp/1.jpg
1002,対応中,道路,36.3030,136.3160,{d2},側溝の蓋が割れている,
1003,完了,公園,36.3040,136.3170,{d3},遊具の破損,
"""


@pytest.mark.parametrize("encoding, bom", [("utf-8", True), ("utf-8", False), ("cp932", False)])
@pytest.mark.parametrize("crlf", [True, False])
def test_municipal_csv_encodings(store, tmp_path, encoding, bom, crlf):
    f = write(tmp_path / "reports.csv", MCR.format(d1="2025/1/9 10:30", d2="R7.1.10", d3="令和7年1月11日"),
              encoding, bom, crlf)
    assert find_importer(f).name == "municipal_csv"
    r = import_path(store, f)
    assert r.counts["road_reports"] == 3 and r.rejected == 0
    got = rows(store)
    assert [g["external_id"] for g in got] == ["553750131", "1002", "1003"]
    assert [g["status"] for g in got] == ["受付済", "対応中", "対応済"]
    assert [g["status_raw"] for g in got] == ["受付", "対応中", "完了"]
    assert got[0]["category"] == "道路" and got[0]["description"] == "道路に穴があいています"
    assert got[0]["photo"] == "https://example.jp/1.jpg" and got[1]["photo"] is None
    assert got[0]["kind"] == "citizen" and got[0]["flagged"] is False and got[0]["segment_id"] is None
    assert got[0]["received_at"] == dt.datetime(2025, 1, 9, 10, 30, tzinfo=TOKYO)
    assert got[1]["received_at"] == dt.datetime(2025, 1, 10, tzinfo=TOKYO)
    assert got[2]["received_at"] == dt.datetime(2025, 1, 11, tzinfo=TOKYO)
    assert (got[0]["lat"], got[0]["lon"]) == KAGA
    assert "times without a zone were read as Japan time (Asia/Tokyo)" in r.warnings
    assert sum("Asia/Tokyo" in w for w in r.warnings) == 1


@pytest.mark.parametrize("date", ["2025-01-09", "2025/1/9", "2025.1.9", "R7.1.9", "令和7年1月9日"])
@pytest.mark.parametrize("time", ["10:30", "10時30分頃"])
def test_municipal_date_and_time_columns(store, tmp_path, date, time):
    f = write(tmp_path / "r.csv", f"番号,状態,緯度,経度,日付,時刻\n1,受付済,36.302,136.315,{date},{time}\n")
    import_path(store, f)
    assert rows(store)[0]["received_at"] == dt.datetime(2025, 1, 9, 10, 30, tzinfo=TOKYO)


def test_geometry_in_project_crs(store, tmp_path):
    from pyproj import Transformer

    f = write(tmp_path / "r.csv", "受付番号,緯度,経度,投稿日時\n1,36.3020,136.3150,2025/1/9\n")
    r = import_path(store, f)
    x, y = Transformer.from_crs("EPSG:4326", r.crs, always_xy=True).transform(KAGA[1], KAGA[0])
    g = rows(store)[0]
    assert g["gx"] == pytest.approx(x, abs=1e-6) and g["gy"] == pytest.approx(y, abs=1e-6)
    assert r.crs == "EPSG:6675"   # the empty project took the data's plane rectangular zone (VII)


ISHIKAWA = ("WKT,緯度,経度,出没日,時間,市町名,場所,備考,頭数,月,番号\n"
            "POINT (136.365123 36.291456),36.291456,136.365123,2025.1.9,10時30分頃,加賀市,山代温泉,道路上,1頭,1,"
            "1.720204001E9\n"
            "POINT (136.401 36.302),,,R4.3.3,,加賀市,,,1頭,3,5.53750131E8\n"
            "POINT (136.41 36.31),,,令和4年3月4日,18時頃,小松市,,,2頭,3,\n")


def test_ishikawa_style_csv_as_published(store, tmp_path):
    """UTF-8 with BOM, CRLF, WKT first, 出没日 + 時間, float-mangled numbers, empty cells: imports as it is."""
    f = write(tmp_path / "ishikawa.csv", ISHIKAWA, bom=True)
    assert find_importer(f).name == "municipal_csv"
    r = import_path(store, f)
    assert r.counts["road_reports"] == 3 and r.rejected == 0
    got = rows(store)
    assert [g["external_id"] for g in got] == ["1720204001", "553750131", None]
    assert got[0]["received_at"] == dt.datetime(2025, 1, 9, 10, 30, tzinfo=TOKYO)
    assert got[1]["received_at"] == dt.datetime(2022, 3, 3, tzinfo=TOKYO)
    assert got[2]["received_at"] == dt.datetime(2022, 3, 4, 18, tzinfo=TOKYO)
    assert (got[1]["lat"], got[1]["lon"]) == (36.302, 136.401)      # from the WKT: POINT (lon lat)
    assert got[0]["description"] == "道路上"
    notes = json.loads(got[0]["notes"])
    assert notes["市町名"] == "加賀市" and notes["場所"] == "山代温泉" and notes["頭数"] == "1頭"


def test_wkt_column_only(store, tmp_path):
    f = write(tmp_path / "r.csv", "WKT,受付番号,投稿日時,内容\n\"POINT (136.315 36.302)\",7,2025-01-09,穴\n")
    import_path(store, f)
    assert (rows(store)[0]["lat"], rows(store)[0]["lon"]) == KAGA


# -- rejects ---------------------------------------------------------------------------------------------------


def test_bad_rows_rejected_with_line_and_raw(store, tmp_path):
    text = ("受付番号,状態,緯度,経度,投稿日時,内容\n"
            "1,受付,36.302,136.315,2025/1/9,ok\n"
            "2,受付,北緯36,136.315,2025/1/9,bad lat\n"
            "3,受付,36.302,136.315,昨日,bad date\n"
            "4,受付,36.302\n"
            "\n"
            "5,受付,95.0,136.315,2025/1/9,out of range\n"
            "6,受付,36.302,136.315,2025/2/30,no such day\n"
            "7,受付,36.303,136.316,R7.1.9,\"two\nlines\"\n"
            "8,受付,,,2025/1/9,no coordinates\n")
    f = write(tmp_path / "r.csv", text, bom=True)
    r = import_path(store, f)
    assert r.counts["road_reports"] == 2 and r.rejected == 6
    assert [g["external_id"] for g in rows(store)] == ["1", "7"]
    assert rows(store)[1]["description"] == "two\nlines"
    rej = rejects(store)
    assert [x[0] for x in rej] == [3, 4, 5, 7, 8, 11]
    by_line = {x[0]: x for x in rej}
    assert "coordinate" in by_line[3][2] and by_line[3][3] == "2,受付,北緯36,136.315,2025/1/9,bad lat"
    assert "date" in by_line[4][2] and "昨日" in by_line[4][2]
    assert "short row" in by_line[5][2] and by_line[5][3] == "4,受付,36.302"
    assert "coordinate" in by_line[7][2] and "date" in by_line[8][2]
    assert "coordinate" in by_line[11][2]
    assert any("6 row(s) rejected" in line for line in r.summary_lines())


def test_reimport_replaces(store, tmp_path):
    f = write(tmp_path / "r.csv", MCR.format(d1="2025/1/9", d2="2025/1/10", d3="2025/1/11"))
    first = import_path(store, f)
    write(f, "受付番号,状態,緯度,経度,投稿日時\n9,対応済,36.302,136.315,2025/2/1\n")
    second = import_path(store, f)
    assert second.replaced_sources == [first.source_id]
    assert [(g["external_id"], g["status"]) for g in rows(store)] == [("9", "対応済")]


# -- map option, kind ------------------------------------------------------------------------------------------


def test_map_option_for_unknown_headers(store, tmp_path):
    f = write(tmp_path / "odd.csv", "ref,when,hour,y_deg,x_deg,state,what,pic,klass\n"
                                    "A-1,2025/1/9,10:30,36.302,136.315,対応中,段差,p.jpg,d40\n")
    with pytest.raises(InputError, match="map"):
        import_path(store, f, importer="municipal_csv")
    r = import_path(store, f, importer="municipal_csv", options={
        "map": "external_id=ref,received_at=when,received_time=hour,lat=y_deg,lon=x_deg,status=state,"
               "description=what,photo=pic,damage_class=klass", "kind": "patrol"})
    assert r.counts["road_reports"] == 1
    g = rows(store)[0]
    assert (g["external_id"], g["status"], g["description"], g["photo"], g["damage_class"], g["kind"]) == \
        ("A-1", "対応中", "段差", "p.jpg", "D40", "patrol")
    assert g["received_at"] == dt.datetime(2025, 1, 9, 10, 30, tzinfo=TOKYO)
    with pytest.raises(InputError, match="nosuch"):
        import_path(store, f, importer="municipal_csv", options={"map": "lat=nosuch"})
    with pytest.raises(InputError, match="unknown field"):
        import_path(store, f, importer="municipal_csv", options={"map": {"latitude": "y_deg"}})


def test_map_with_wkt_and_dict(store, tmp_path):
    f = write(tmp_path / "odd.csv", "shape,at\n\"POINT (136.315 36.302)\",2025-01-09T10:30:00+09:00\n")
    import_path(store, f, importer="municipal_csv", options={"map": {"wkt": "shape", "received_at": "at"}})
    g = rows(store)[0]
    assert (g["lat"], g["lon"]) == KAGA and g["received_at"] == dt.datetime(2025, 1, 9, 1, 30, tzinfo=UTC)


def test_time_zones(store, tmp_path):
    f = write(tmp_path / "o.csv", "service_request_id,status,requested_datetime,lat,long\n"
                                  "1,open,2014-05-09T19:02:21-05:00,36.302,136.315\n"
                                  "2,open,2014-05-09T19:02:21Z,36.302,136.315\n")
    r = import_path(store, f)
    got = rows(store)
    assert got[0]["received_at"] == dt.datetime(2014, 5, 10, 0, 2, 21, tzinfo=UTC)
    assert got[1]["received_at"] == dt.datetime(2014, 5, 9, 19, 2, 21, tzinfo=UTC)
    assert not any("Asia/Tokyo" in w for w in r.warnings)      # every time had its zone


# -- Open311 ---------------------------------------------------------------------------------------------------

CHICAGO = [
    {"service_request_id": "14-00684314", "status": "closed", "status_notes": "Completed",
     "service_name": "Pothole in Street", "service_code": "4fd3b656e750846c53000004",
     "description": None, "agency_responsible": "CDOT - Department of Transportation",
     "requested_datetime": "2014-05-09T19:02:21-05:00", "updated_datetime": "2014-05-12T08:30:00-05:00",
     "address": "1300 W Devon Ave, Chicago, IL, 60660", "lat": 41.99823, "long": -87.66157,
     "attributes": {}, "extended_attributes": {"channel": "Phone Call", "police": "24", "zip": "60660",
                                               "ward": "48"},
     "notes": [{"datetime": "2014-05-09T19:02:21-05:00", "summary": "Request opened", "type": "opened"},
               {"datetime": "2014-05-12T08:30:00-05:00", "summary": "Pothole patched", "type": "closed",
                "description": "Crew 12"}]},
    {"service_request_id": "14-00684320", "status": "open", "status_notes": "In progress",
     "service_name": "Pavement Cave-In Survey", "service_code": "4fd3bd3de750846c530000b9",
     "agency_responsible": "CDOT - Department of Transportation",
     "requested_datetime": "2014-05-09T19:10:00-05:00", "updated_datetime": "2014-05-09T19:10:00-05:00",
     "address": "5600 N Broadway", "lat": 41.98331, "long": -87.65997, "media_url": "http://example.org/p.jpg",
     "extended_attributes": {"channel": "Internet", "ward": "48"}, "notes": []},
    {"service_request_id": "14-00684399", "status": "open", "service_name": "Building Violation",
     "service_code": "4fd3bbf8e750846c53000069", "requested_datetime": "2014-05-09T20:00:00-05:00",
     "lat": 41.9, "long": -87.6, "notes": []},
    {"service_request_id": "14-00684400", "status": "open", "service_name": "Street Cut Complaints",
     "requested_datetime": "2014-05-09T21:00:00-05:00", "notes": []},
]


def test_chicago_style_open311_json(store, tmp_path):
    f = tmp_path / "chicago_311.json"
    f.write_text(json.dumps(CHICAGO, indent=1), encoding="utf-8")
    assert find_importer(f).name == "open311"
    r = import_path(store, f)
    assert r.counts["road_reports"] == 3 and r.rejected == 1
    got = rows(store)
    assert [g["external_id"] for g in got] == ["14-00684314", "14-00684320", "14-00684399"]
    assert [g["status"] for g in got] == ["対応済", "対応中", "受付済"]
    assert [g["status_raw"] for g in got] == ["closed", "open", "open"]
    assert got[0]["category"] == "Pothole in Street" and got[1]["photo"] == "http://example.org/p.jpg"
    assert got[0]["received_at"] == dt.datetime(2014, 5, 10, 0, 2, 21, tzinfo=UTC)
    assert got[0]["updated_at"] == dt.datetime(2014, 5, 12, 13, 30, tzinfo=UTC)
    notes = json.loads(got[0]["notes"])
    assert [n["summary"] for n in notes["notes"]] == ["Request opened", "Pothole patched"]
    assert notes["extended_attributes"]["ward"] == "48" and notes["address"].startswith("1300 W Devon")
    assert notes["agency_responsible"].startswith("CDOT")
    rej = rejects(store)
    assert rej[0][1].startswith("request 4") and "14-00684400" in rej[0][1] and "coordinate" in rej[0][2]
    assert json.loads(rej[0][3])["service_request_id"] == "14-00684400"
    assert not any("Asia/Tokyo" in w for w in r.warnings)


def test_open311_json_wrapped_and_naive(store, tmp_path):
    f = tmp_path / "mcr.json"
    f.write_text(json.dumps({"service_requests": [
        {"service_request_id": 12, "status": "open", "status_notes": "対応中", "service_name": "道路",
         "requested_datetime": "2025-01-09 10:30", "lat": "36.302", "long": "136.315",
         "description": "穴"}]}, ensure_ascii=False), encoding="utf-8")
    r = import_path(store, f)
    g = rows(store)[0]
    assert (g["external_id"], g["status"], g["description"]) == ("12", "対応中", "穴")
    assert g["received_at"] == dt.datetime(2025, 1, 9, 10, 30, tzinfo=TOKYO)
    assert "times without a zone were read as Japan time (Asia/Tokyo)" in r.warnings


def test_open311_csv(store, tmp_path):
    f = write(tmp_path / "open311.csv",
              "service_request_id,status,status_notes,service_name,service_code,description,agency_responsible,"
              "requested_datetime,updated_datetime,address,lat,long,media_url\n"
              "A1,open,,Pothole,PH,Deep hole,Roads,2025-01-09T10:30:00+09:00,,1 Main St,36.302,136.315,\n"
              "A2,closed,Fixed on site,Pothole,PH,,Roads,2025-01-09T11:00:00+09:00,2025-01-10T09:00:00+09:00,,"
              "36.303,136.316,http://x/y.jpg\n")
    assert find_importer(f).name == "open311"
    r = import_path(store, f)
    assert r.counts["road_reports"] == 2
    got = rows(store)
    assert [g["status"] for g in got] == ["受付済", "対応済"]
    assert got[0]["description"] == "Deep hole" and got[1]["photo"] == "http://x/y.jpg"
    assert got[1]["updated_at"] == dt.datetime(2025, 1, 10, tzinfo=UTC)
    notes = json.loads(got[1]["notes"])
    assert notes["status_notes"] == "Fixed on site" and notes["service_code"] == "PH"


# -- FixMyStreet -----------------------------------------------------------------------------------------------

FMS = ("Report ID,Title,Detail,User Name,Category,Created,Confirmed,Acknowledged,Fixed,Closed,Status,Latitude,"
       "Longitude,Query,Ward,Easting,Northing,Report URL,Device Type,Site Used,Reported As,Council Ref\n"
       "101,Pothole,Big hole by the bus stop,A. User,Potholes,2025-01-09T10:00:00,2025-01-09T10:05:00,,,,"
       "confirmed,36.302,136.315,,Ward 1,,,https://fms.example/report/101,iOS,fixmystreet,,X1\n"
       "102,Crack,Long crack,B. User,Road surface,2025-01-09T11:00:00,2025-01-09T11:01:00,2025-01-10T09:00:00,,,"
       "investigating,36.303,136.316,,Ward 1,,,https://fms.example/report/102,web,fixmystreet,,\n"
       "103,Sign,Bent sign,C. User,Signs,2025-01-08T08:00:00,2025-01-08T08:01:00,,2025-01-12T15:00:00,,"
       "fixed - council,36.304,136.317,,Ward 2,,,https://fms.example/report/103,web,fixmystreet,,\n"
       "104,Hole,,D. User,Potholes,2025-01-08T08:00:00,,,,2025-01-13T15:00:00,unable to fix,36.305,136.318,,,,,"
       "https://fms.example/report/104,web,fixmystreet,,\n")


def test_fixmystreet_csv(store, tmp_path):
    f = write(tmp_path / "fms.csv", FMS, crlf=False)
    assert find_importer(f).name == "fixmystreet_csv"
    r = import_path(store, f)
    assert r.counts["road_reports"] == 4 and r.rejected == 0
    got = rows(store)
    assert [g["external_id"] for g in got] == ["101", "102", "103", "104"]
    assert [g["status"] for g in got] == ["受付済", "対応中", "対応済", "対応済"]
    assert [g["status_raw"] for g in got] == ["confirmed", "investigating", "fixed - council", "unable to fix"]
    assert got[0]["description"] == "Pothole\nBig hole by the bus stop" and got[0]["category"] == "Potholes"
    assert got[0]["received_at"] == dt.datetime(2025, 1, 9, 10, 5, tzinfo=TOKYO)      # Confirmed
    assert got[3]["received_at"] == dt.datetime(2025, 1, 8, 8, tzinfo=TOKYO)          # Created: not confirmed
    assert got[1]["updated_at"] == dt.datetime(2025, 1, 10, 9, tzinfo=TOKYO)
    assert got[2]["updated_at"] == dt.datetime(2025, 1, 12, 15, tzinfo=TOKYO)
    notes = json.loads(got[0]["notes"])
    assert notes["Report URL"] == "https://fms.example/report/101" and notes["Council Ref"] == "X1"


# -- AI detections ---------------------------------------------------------------------------------------------

AI = ("time,lat,lon,class,confidence,size\n"
      "2025-01-09T10:30:00+09:00,36.302,136.315,D40,0.91,0.3\n"
      "2025-01-09T10:30:05+09:00,36.3021,136.3151,d00,87,1.5\n"
      "2025-01-09T10:30:10+09:00,36.3022,136.3152,D20,0.5,30cm\n"
      "2025-01-09T10:30:15+09:00,36.3023,136.3153,D99,0.5,1\n"
      "2025-01-09T10:30:20+09:00,36.3024,136.3154,,0.5,1\n"
      "2025-01-09T10:30:25+09:00,36.3025,136.3155,D50,high,1\n")


def test_ai_detections(store, tmp_path):
    f = write(tmp_path / "detections.csv", AI)
    assert find_importer(f).name == "road_damage_ai"
    r = import_path(store, f)
    assert r.counts["road_reports"] == 3 and r.rejected == 3
    got = rows(store)
    assert [g["damage_class"] for g in got] == ["D40", "D00", "D20"]
    assert [g["confidence"] for g in got] == [0.91, 0.87, 0.5]
    assert [g["size"] for g in got] == [0.3, 1.5, 0.3]
    assert {g["kind"] for g in got} == {"ai"} and got[0]["status"] is None
    rej = rejects(store)
    assert [x[0] for x in rej] == [5, 6, 7]
    assert "class" in rej[0][2] and "D99" in rej[0][2] and "class" in rej[1][2] and "confidence" in rej[2][2]
    assert rej[0][3] == "2025-01-09T10:30:15+09:00,36.3023,136.3153,D99,0.5,1"


def test_ai_detections_all_rdd_classes(store, tmp_path):
    classes = ["D00", "D01", "D10", "D11", "D20", "D40", "D43", "D44", "D50"]
    body = "".join(f"2025/1/9 10:{i:02d},36.30{i},136.31{i},{c},0.8,1\n" for i, c in enumerate(classes))
    f = write(tmp_path / "ai.csv", "日時,緯度,経度,損傷区分,確信度,大きさ\n" + body, encoding="cp932")
    assert find_importer(f).name == "road_damage_ai"
    import_path(store, f)
    assert [g["damage_class"] for g in rows(store)] == classes


# -- sniffing does not steal other files -----------------------------------------------------------------------


def test_sniff_leaves_other_files(tmp_path):
    from importers.road_reports import AIDetectionsImporter, FixMyStreetImporter, MunicipalCSVImporter, Open311Importer

    geojson = tmp_path / "roads.geojson"
    geojson.write_text(json.dumps({"type": "FeatureCollection", "features": []}))
    other_json = tmp_path / "x.json"
    other_json.write_text(json.dumps([{"a": 1}]))
    table = write(tmp_path / "table.csv", "KEY_CODE,HTKSYORI,T001101001\n543600001,0,12\n")
    tif = tmp_path / "dem.tif"
    tif.write_bytes(b"II*\x00" + bytes(100))
    gml = tmp_path / "b.gml"
    gml.write_text("<core:CityModel/>")
    for imp in (Open311Importer(), FixMyStreetImporter(), MunicipalCSVImporter(), AIDetectionsImporter()):
        for p in (geojson, other_json, table, tif, gml):
            assert imp.sniff(p) == 0.0, (imp.name, p.name)


# -- statuses and bad input ------------------------------------------------------------------------------------


def test_status_mapping_and_unknown_status(store, tmp_path):
    from importers.road_reports import map_status

    assert map_status("open", "対応中です") == ("対応中", True)
    assert map_status("Completed - Dup") == ("対応済", True)
    assert map_status("対応済み") == ("対応済", True) and map_status("未対応") == ("受付済", True)
    assert map_status("action scheduled") == ("対応中", True) and map_status("") == (None, True)
    f = write(tmp_path / "r.csv", "受付番号,状態,緯度,経度,投稿日時\n1,保留,36.302,136.315,2025/1/9\n")
    r = import_path(store, f)
    g = rows(store)[0]
    assert (g["status"], g["status_raw"]) == ("受付済", "保留")
    assert any("保留" in w for w in r.warnings)


def test_bad_options_and_files(store, tmp_path):
    f = write(tmp_path / "r.csv", "受付番号,緯度,経度,投稿日時\n1,36.302,136.315,2025/1/9\n")
    with pytest.raises(InputError, match="kind"):
        import_path(store, f, options={"kind": "robot"})
    with pytest.raises(InputError, match="no option"):
        import_path(store, f, options={"colour": "red"})
    bad = tmp_path / "bad.json"
    bad.write_text('[{"service_request_id": "1", ', encoding="utf-8")
    with pytest.raises(InputError, match="JSON"):
        import_path(store, bad, importer="open311")
    nodate = write(tmp_path / "nodate.csv", "受付番号,緯度,経度,内容\n1,36.302,136.315,穴\n")
    with pytest.raises(InputError, match="date"):
        import_path(store, nodate)


def test_locate_reads_the_first_rows(tmp_path):
    from importers.road_reports import MunicipalCSVImporter, Open311Importer

    f = write(tmp_path / "r.csv", "受付番号,緯度,経度,投稿日時\n1,北緯,136.3,2025/1/9\n2,36.302,136.315,2025/1/9\n")
    loc = MunicipalCSVImporter().locate(f)
    assert (loc.lat, loc.lon) == KAGA
    j = tmp_path / "c.json"
    j.write_text(json.dumps(CHICAGO), encoding="utf-8")
    loc = Open311Importer().locate(j)
    assert (loc.lat, loc.lon) == (41.99823, -87.66157)
    assert Open311Importer().locate(tmp_path / "missing.json") is None


def test_reports_follow_the_clock(store, tmp_path):
    """The layer kind's TimeSpec (received_at, instant) on the stored TIMESTAMPTZ values and in SQL."""
    import numpy as np

    from twin.clock import TwinClock, time_filter_sql, time_mask
    from twin.themes import layer_kind

    f = write(tmp_path / "r.csv", MCR.format(d1="2025/1/9 10:30", d2="R7.1.10", d3="令和7年1月11日"))
    import_path(store, f)
    spec = layer_kind("road_reports").time
    assert (spec.attribute, spec.kind) == ("received_at", "instant")
    clock = TwinClock(current="2025-01-10T12:00:00+09:00")
    values = np.array([g["received_at"] for g in rows(store)], dtype=object)
    assert time_mask(spec, values, None, clock).tolist() == [True, True, False]
    cond = time_filter_sql(spec, clock)
    assert [r[0] for r in store.query(f"SELECT external_id FROM road_reports WHERE {cond} ORDER BY id")] == \
        ["553750131", "1002"]
