"""Plough / AVL feed importers (importers/plough_feeds.py): GPX, AVL CSV, vendor GeoJSON, plough-tracker snapshots,
.gz and .zip, and the bad-point rules (duplicates, time order, impossible jumps, project area) with their rejects."""

from __future__ import annotations

import datetime as dt
import gzip
import json
import zipfile
from pathlib import Path

import pytest

from importers.registry import find_importer, get_importer, import_path
from twin.clock import TOKYO
from twin.errors import InputError
from twin.themes import attribute_label

UTC = dt.timezone.utc
LAT, LON = 36.3020, 136.3150
T0 = dt.datetime(2025, 1, 9, 5, 0, tzinfo=UTC)
STEP = 1e-4      # ≈ 11 m of latitude: every 2 s ≈ 20 km/h


def pts(store, where: str = "TRUE") -> list[dict]:
    cur = store.cursor()
    try:
        res = cur.execute(f"SELECT *, ST_X(geom) AS gx, ST_Y(geom) AS gy FROM plough_points WHERE {where} "
                          "ORDER BY vehicle_id, time")
        names = [d[0] for d in res.description]
        return [dict(zip(names, r)) for r in res.fetchall()]
    finally:
        cur.close()


def rejects(store) -> list[tuple]:
    return store.query("SELECT line, item, reason, raw FROM import_rejects ORDER BY line, item")


def iso(t: dt.datetime) -> str:
    return t.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%S.%f")[:-3] + "Z"


def gpx(fixes: list[tuple[float, float, dt.datetime]], *, meta: str | None = "除雪1号", trk: str | None = None,
        segments: int = 1) -> str:
    per = max(1, len(fixes) // segments)
    segs = [fixes[i:i + per] for i in range(0, len(fixes), per)]
    body = "".join("<trkseg>" + "".join(f'<trkpt lat="{la}" lon="{lo}"><ele>10</ele><time>{iso(t)}</time></trkpt>'
                                        for la, lo, t in seg) + "</trkseg>" for seg in segs)
    return ('<?xml version="1.0" encoding="UTF-8"?>\n<gpx version="1.1" creator="phone" '
            'xmlns="http://www.topografix.com/GPX/1/1">'
            + (f"<metadata><name>{meta}</name></metadata>" if meta else "")
            + "<trk>" + (f"<name>{trk}</name>" if trk else "") + body + "</trk></gpx>")


def track(n: int, start: int = 0) -> list[tuple[float, float, dt.datetime]]:
    return [(round(LAT + (start + i) * STEP, 7), LON, T0 + dt.timedelta(seconds=2 * (start + i))) for i in range(n)]


def test_theme_table_and_labels(store):
    cols = [r[0] for r in store.query("SELECT column_name FROM information_schema.columns "
                                      "WHERE table_name = 'plough_points'")]
    for c in ("vehicle_id", "time", "geom", "speed", "heading", "blade_down", "material", "trip_id", "source_id"):
        assert c in cols
    for c in cols:
        assert attribute_label(c, "ja") != c and attribute_label(c, "en") != c, c


def test_gpx_track_segments_and_vehicle(store, tmp_path):
    f = tmp_path / "phone.gpx"
    f.write_text(gpx(track(6), segments=2), encoding="utf-8")
    assert find_importer(f).name == "plough_gpx"
    r = import_path(store, f)
    got = pts(store)
    assert r.counts == {"plough_points": 6}
    assert {g["vehicle_id"] for g in got} == {"除雪1号"}
    assert got[0]["time"] == T0
    assert got[0]["speed"] is None and got[1]["speed"] == pytest.approx(20.0, rel=0.05)
    assert got[1]["heading"] == pytest.approx(0.0, abs=1.0)
    assert all(g["blade_down"] is None and g["trip_id"] is None for g in got)
    assert got[1]["gy"] > got[0]["gy"]           # in the project's plane CRS, metres
    assert not any("Japan time" in w for w in r.warnings)


def test_gpx_vehicle_from_track_name(store, tmp_path):
    f = tmp_path / "logger.gpx"
    f.write_text(gpx(track(3), meta=None, trk="K-07"), encoding="utf-8")
    import_path(store, f)
    assert {g["vehicle_id"] for g in pts(store)} == {"K-07"}


def test_gpx_spike_of_2000_kmh_dropped(store, tmp_path):
    fixes = track(8)
    la, lo, t = fixes[4]
    fixes[4] = (la + 0.1, lo, t)       # 11 km in 2 s: ≈ 20,000 km/h, a phone re-locking
    fixes[6] = (fixes[6][0], fixes[6][1] + 0.025, fixes[6][2])     # ≈ 2.2 km in 2 s: ≈ 4,000 km/h
    f = tmp_path / "spike.gpx"
    f.write_text(gpx(fixes), encoding="utf-8")
    r = import_path(store, f)
    assert r.counts == {"plough_points": 6}
    rej = rejects(store)
    assert len(rej) == 2 and all(x[2].startswith("impossible jump") for x in rej)
    assert {x[1] for x in rej} == {"track 1 segment 1 point 5", "track 1 segment 1 point 7"}
    assert all("trkpt" in x[3] for x in rej)
    assert any("2 point(s) dropped: impossible jump" in w for w in r.warnings)
    assert max(g["speed"] or 0 for g in pts(store)) < 150


def test_locate_is_the_median_fix(tmp_path):
    fixes = track(5)
    fixes[0] = (35.68, 139.76, fixes[0][2])          # a first fix in Tokyo
    f = tmp_path / "phone.gpx"
    f.write_text(gpx(fixes), encoding="utf-8")
    loc = get_importer("plough_gpx").locate(f)
    assert loc is not None and abs(loc.lat - LAT) < 0.01 and abs(loc.lon - LON) < 0.01


def test_max_speed_option_and_jitter(store, tmp_path):
    fixes = [(LAT + i * 10 * STEP, LON, T0 + dt.timedelta(seconds=60 * i)) for i in range(5)]    # 111 m a minute
    f = tmp_path / "slow.gpx"
    f.write_text(gpx(fixes), encoding="utf-8")
    import_path(store, f, options={"max_speed": 5})        # 6.7 km/h is over 5: all but the first dropped
    assert len(pts(store)) == 1
    jitter = [(LAT + (i % 2) * STEP, LON, T0 + dt.timedelta(milliseconds=200 * i)) for i in range(5)]
    f.write_text(gpx(jitter), encoding="utf-8")           # 11 m in 0.2 s is 200 km/h, but only jitter
    import_path(store, f)
    assert len(pts(store)) == 5


def test_out_of_order_points_kept_and_sorted(store, tmp_path):
    fixes = track(6)
    moved = [fixes[0], fixes[1], fixes[3], fixes[2], fixes[4], fixes[5]]    # a timestamp goes backwards
    clash = (fixes[4][0] + 0.0003, LON, fixes[4][2])                       # same time as 4, elsewhere
    f = tmp_path / "order.gpx"
    f.write_text(gpx(moved + [clash, fixes[5]]), encoding="utf-8")
    r = import_path(store, f)
    got = pts(store)
    assert len(got) == 6                                                   # no valid point lost
    assert [g["time"] for g in got] == sorted(g["time"] for g in got)
    reasons = sorted(x[2].split(":")[0] for x in rejects(store))
    assert reasons == ["duplicate", "out of time order"]
    assert any("out of time order" in w for w in r.warnings)


def test_gpx_gz_and_zip(store, tmp_path):
    f = tmp_path / "phone.gpx.gz"
    f.write_bytes(gzip.compress(gpx(track(4)).encode()))
    assert find_importer(f).name == "plough_gpx"
    assert import_path(store, f).counts == {"plough_points": 4}
    z = tmp_path / "tracks.zip"
    with zipfile.ZipFile(z, "w") as zf:
        zf.writestr("a.gpx", gpx(track(3), meta="A"))
        zf.writestr("b.gpx", gpx(track(2), meta="B"))
    assert find_importer(z).name == "plough_gpx"
    import_path(store, z)
    assert len(pts(store, "vehicle_id IN ('A', 'B')")) == 5


def avl(rows: list[str], header: str = "vehicle_id,time,lat,lon,speed,heading,blade_down,material") -> str:
    return header + "\n" + "\n".join(rows) + "\n"


def test_avl_csv_naive_times_flags_duplicates(store, tmp_path):
    rows = [f"P1,2025-01-09 14:00:{2 * i:02d},{LAT + i * STEP:.6f},{LON},18,0,{'1' if i < 2 else '0'},SALT"
            for i in range(4)]
    rows.insert(2, rows[1])                     # an exact duplicate
    rows.append(f"P1,not a time,{LAT},{LON},,,,")
    f = tmp_path / "avl.csv"
    f.write_text(avl(rows), encoding="utf-8")
    assert find_importer(f).name == "plough_avl_csv"
    r = import_path(store, f)
    got = pts(store)
    assert len(got) == 4
    assert got[0]["time"] == dt.datetime(2025, 1, 9, 14, 0, tzinfo=TOKYO)
    assert [g["blade_down"] for g in got] == [True, True, False, False]
    assert got[0]["material"] == "SALT" and got[0]["speed"] == 18.0
    assert sum("Japan time" in w for w in r.warnings) == 1
    rej = rejects(store)
    assert (4, None) == rej[0][:2] and rej[0][2].startswith("duplicate")
    assert rej[1][0] == 7 and rej[1][2].startswith("bad time") and "not a time" in rej[1][3]


def test_avl_csv_offsets_and_map_option(store, tmp_path):
    rows = [f"除雪3号,2025-01-09T05:00:{2 * i:02d}+00:00,{LAT + i * STEP:.6f},{LON},下げ" for i in range(3)]
    f = tmp_path / "gps.csv"
    f.write_text(avl(rows, "号車,取得時刻,北緯,東経,プラウ"), encoding="utf-8")
    with pytest.raises(InputError):
        import_path(store, f, importer="plough_avl_csv")
    r = import_path(store, f, importer="plough_avl_csv",
                    options={"map": "vehicle_id=号車,time=取得時刻,lat=北緯,lon=東経,blade_down=プラウ"})
    got = pts(store)
    assert r.counts == {"plough_points": 3} and got[0]["vehicle_id"] == "除雪3号"
    assert got[0]["time"] == T0 and got[0]["blade_down"] is True
    assert not any("Japan time" in w for w in r.warnings)


def test_avl_csv_pittsburgh_style_mph(store, tmp_path):
    rows = [f"T-9,2025-01-09T05:00:{2 * i:02d}Z,{LAT + i * STEP},{LON},12.5,270" for i in range(2)]
    f = tmp_path / "pgh.csv"
    f.write_text(avl(rows, "name,gps_time,gps_latitude,gps_longitude,gps_speedMilesPerHour,gps_headingDegrees"))
    assert find_importer(f).name == "plough_avl_csv"
    import_path(store, f)
    got = pts(store)
    assert got[0]["vehicle_id"] == "T-9" and got[0]["speed"] == pytest.approx(20.1168)
    assert got[0]["heading"] == 270


def test_avl_csv_gz(store, tmp_path):
    f = tmp_path / "avl.csv.gz"
    f.write_bytes(gzip.compress(avl([f"P2,{1736398800 + 2 * i},{LAT + i * STEP},{LON},,,,"
                                     for i in range(3)]).encode()))
    assert find_importer(f).name == "plough_avl_csv"
    import_path(store, f)
    got = pts(store)
    assert len(got) == 3 and got[0]["time"] == dt.datetime(2025, 1, 9, 5, 0, tzinfo=UTC)
    assert got[0]["blade_down"] is None


def vendor(features: list[dict]) -> str:
    return json.dumps({"type": "FeatureCollection", "features": features})


def vendor_line(n: int, vehicle: str, state: str, start: int = 0) -> dict:
    epoch = int(T0.timestamp())
    return {"type": "Feature", "properties": {"id": f"uuid-{vehicle}-{start}", "company_id": 1, "fleet_id": None,
                                              "vehicle_id": None, "alt_vehicle": vehicle, "toggle_state": state,
                                              "toggle_state_list": [state], "start": "2025-01-09 05:00:00+00:00"},
            "geometry": {"type": "LineString",
                         "coordinates": [[LON, LAT + (start + i) * STEP, 0, epoch + 2 * (start + i)]
                                         for i in range(n)]}}


def test_vendor_geojson(store, tmp_path):
    station = {"type": "Feature", "properties": {"name": "weather"},
               "geometry": {"type": "Point", "coordinates": [LON, LAT]}}
    f = tmp_path / "export.geojson"
    f.write_text(vendor([vendor_line(3, "BIL-12", "SALT"), station, vendor_line(2, "BIL-12", "GRAVEL", 3)]))
    assert find_importer(f).name == "plough_vendor_geojson"
    r = import_path(store, f)
    got = pts(store)
    assert r.counts == {"plough_points": 5}
    assert [g["material"] for g in got] == ["SALT"] * 3 + ["GRAVEL"] * 2
    assert got[0]["vehicle_id"] == "BIL-12" and got[0]["time"] == T0
    rej = rejects(store)
    assert len(rej) == 1 and rej[0][1] == "feature 2" and "Point" in rej[0][2]


def test_vendor_sniff_leaves_road_geojson_alone(tmp_path):
    road = {"type": "FeatureCollection", "features": [
        {"type": "Feature", "properties": {"name": "国道8号", "vehicle": "x"},
         "geometry": {"type": "LineString", "coordinates": [[LON, LAT], [LON + 0.01, LAT]]}},
        {"type": "Feature", "properties": {"name": "z"},
         "geometry": {"type": "LineString", "coordinates": [[LON, LAT, 0, 5], [LON, LAT, 0, 6]]}}]}
    f = tmp_path / "roads.geojson"
    f.write_text(json.dumps(road))
    assert get_importer("plough_vendor_geojson").sniff(f) == 0.0
    assert get_importer("plough_tracker").sniff(f) == 0.0


def snapshot(records: list[tuple[str, int]]) -> str:
    locs = [{"assetName": name, "assetType": "SNOW SALT SPREADER", "latitude": LAT + k * STEP, "longitude": LON,
             "XCoord": 1.0, "YCoord": 2.0, "directionDegrees": 90, "address": "x",
             "postingTime": (T0 + dt.timedelta(seconds=2 * k)).astimezone(dt.timezone(dt.timedelta(hours=-6)))
             .isoformat(), "postingTimeFormatted": "x"} for name, k in records]
    return json.dumps({"TrackingDataResponse": {"locationList": locs, "state": True, "refresh": 60}})


def test_tracker_folder_repeats_stored_once(store, tmp_path):
    d = tmp_path / "snapshots"
    d.mkdir()
    (d / "0001.json").write_text(snapshot([("S1", 0), ("S2", 0)]))
    (d / "0002.json").write_text(snapshot([("S1", 0), ("S2", 1)]))        # S1 repeats
    (d / "0003.json.gz").write_bytes(gzip.compress(snapshot([("S1", 2), ("S2", 1)]).encode()))
    (d / "notes.txt").write_text("not a snapshot")
    imp = find_importer(d)
    assert imp.name == "plough_tracker"
    r = import_path(store, d)
    got = pts(store)
    assert r.counts == {"plough_points": 4}
    assert [(g["vehicle_id"], g["time"]) for g in got] == [("S1", T0), ("S1", T0 + dt.timedelta(seconds=4)),
                                                           ("S2", T0), ("S2", T0 + dt.timedelta(seconds=2))]
    assert got[0]["heading"] == 90 and got[0]["vehicle_type"] == "SNOW SALT SPREADER"
    assert rejects(store) == []
    assert any("2 fix(es) repeated" in w for w in r.warnings)


def test_tracker_zip_and_duplicate_within_snapshot(store, tmp_path):
    z = tmp_path / "polls.zip"
    with zipfile.ZipFile(z, "w") as zf:
        zf.writestr("polls/a.json", snapshot([("S1", 0), ("S1", 0)]))     # repeated inside one document
        zf.writestr("polls/b.json", snapshot([("S1", 0), ("S1", 1)]))
    assert find_importer(z).name == "plough_tracker"
    import_path(store, z)
    assert len(pts(store)) == 2
    rej = rejects(store)
    assert len(rej) == 1 and rej[0][1] == "a.json record 2" and rej[0][2].startswith("duplicate")


def test_outside_area_bbox_option(store, tmp_path):
    rows = [f"P1,2025-01-09T05:00:0{i}Z,{LAT + i * STEP:.6f},{LON},,,," for i in range(3)]
    rows.append(f"P1,2025-01-09T05:00:09Z,35.68,139.76,,,,")       # Tokyo
    f = tmp_path / "avl.csv"
    f.write_text(avl(rows), encoding="utf-8")
    r = import_path(store, f, options={"bbox": "136.2,36.2,136.5,36.4"})
    assert r.counts == {"plough_points": 3}
    rej = rejects(store)
    assert len(rej) == 1 and rej[0][0] == 5 and rej[0][2].startswith("outside the project area")
    assert any("1 point(s) dropped: outside the project area" in w for w in r.warnings)


def test_outside_project_extent(store, tmp_path):
    first = tmp_path / "first.csv"
    first.write_text(avl([f"P1,2025-01-09T05:00:00Z,{LAT},{LON},,,,"]), encoding="utf-8")
    import_path(store, first)                     # sets the project CRS; plough points alone make no area
    cur = store.cursor()
    try:
        x, y = cur.execute("SELECT ST_X(geom), ST_Y(geom) FROM plough_points").fetchone()
        cur.execute("CREATE TABLE area_marker AS SELECT ST_Point(?, ?) AS geom", [x, y])
    finally:
        cur.close()
    rows = [f"P1,2025-01-09T05:00:0{i}Z,{LAT + i * STEP:.6f},{LON},,,," for i in range(3)]
    rows.append(f"P2,2025-01-09T05:00:09Z,{LAT + 0.2},{LON},,,,")          # ≈ 22 km north
    f = tmp_path / "avl.csv"
    f.write_text(avl(rows), encoding="utf-8")
    r = import_path(store, f)
    assert r.counts == {"plough_points": 3}
    assert [x[2].split(":")[0] for x in rejects(store)] == ["outside the project area"]


def test_reimport_replaces(store, tmp_path):
    f = tmp_path / "phone.gpx"
    f.write_text(gpx(track(5)), encoding="utf-8")
    import_path(store, f)
    r = import_path(store, f)
    assert r.counts == {"plough_points": 5}
    assert store.query("SELECT count(*) FROM plough_points")[0][0] == 5
