"""The bundled storm night (sample_data/snow/): deterministic, small, and what sample_data/README.md says it is — 20
ploughs on the sample's road network reporting every 5–10 s with blade and material, plausible speeds, missed and
late tier segments on purpose, bad fixes the importers reject, and the same night as a phone GPX and a vendor
GeoJSON; every file read by its importer, and the route tiers by theirs."""

from __future__ import annotations

import csv
import datetime as dt
import gzip
import json
import statistics
import sys
from collections import Counter, defaultdict

import numpy as np
import pyogrio
import pytest
import shapely
from pyproj import Transformer

from importers.registry import find_importer, import_path
from twin.paths import (SAMPLE_CENTRELINES, SAMPLE_DIR, SAMPLE_SNOW, SAMPLE_SNOW_AVL, SAMPLE_SNOW_GPX,
                        SAMPLE_SNOW_TIERS, SAMPLE_SNOW_VENDOR, STORM_END, STORM_START)
from twin.store import Store

sys.path.insert(0, str(SAMPLE_DIR))
from kaga_sample import snow  # noqa: E402

TO_PLANE = Transformer.from_crs("EPSG:6668", "EPSG:6675", always_xy=True)
START, END = dt.datetime.fromisoformat(STORM_START), dt.datetime.fromisoformat(STORM_END)
KINDS = {"除雪ドーザ", "除雪グレーダ", "小型除雪車", "凍結防止剤散布車"}
#: the bad fixes put in on purpose (snow.SPIKES, DUPLICATES, SAME_TIME)
AVL_REJECTS = {"impossible jump": 9, "duplicate": 4, "out of time order": 3}


def avl_rows() -> list[dict[str, str]]:
    with gzip.open(SAMPLE_SNOW_AVL, "rt", encoding="utf-8", newline="") as f:
        return list(csv.DictReader(f))


@pytest.fixture(scope="module")
def rows() -> list[dict[str, str]]:
    return avl_rows()


@pytest.fixture(scope="module")
def road_lines() -> np.ndarray:
    _, _, wkb, _ = pyogrio.raw.read(SAMPLE_CENTRELINES, columns=[])
    lines = shapely.from_wkb(wkb)
    return shapely.transform(lines, lambda c: np.column_stack(TO_PLANE.transform(c[:, 0], c[:, 1])))


def distances(lines: np.ndarray, lonlat: np.ndarray) -> np.ndarray:
    x, y = TO_PLANE.transform(lonlat[:, 0], lonlat[:, 1])
    _, d = shapely.STRtree(lines).query_nearest(shapely.points(x, y), return_distance=True, all_matches=False)
    return d


@pytest.fixture(scope="module")
def imported(tmp_path_factory):
    """A project with the sample's road network and each of the night's files imported once (source ids in
    ``store.ids``)."""
    path = tmp_path_factory.mktemp("snow") / "snow.duckdb"
    with Store(path) as store:
        import_path(store, SAMPLE_CENTRELINES)
        store.ids = {name: import_path(store, p).source_id for name, p in
                     (("avl", SAMPLE_SNOW_AVL), ("gpx", SAMPLE_SNOW_GPX), ("vendor", SAMPLE_SNOW_VENDOR))}
        yield store


def rejects(store: Store, source_id: int) -> Counter:
    return Counter(dict(store.query("SELECT split_part(reason, ':', 1), count(*) FROM import_rejects "
                                    "WHERE source_id = ? GROUP BY 1", [source_id])))


# -- determinism and size --------------------------------------------------------------------------------------------


def test_generator_reproduces_the_committed_snow_files(tmp_path):
    counts = snow.write_snow(tmp_path)
    made = tmp_path / "snow"
    committed = sorted(p.name for p in SAMPLE_SNOW.iterdir() if p.is_file())
    assert sorted(p.name for p in made.iterdir()) == committed == sorted(
        [SAMPLE_SNOW_AVL.name, SAMPLE_SNOW_GPX.name, SAMPLE_SNOW_TIERS.name, SAMPLE_SNOW_VENDOR.name])
    for name in committed:
        assert (made / name).read_bytes() == (SAMPLE_SNOW / name).read_bytes(), \
            f"regenerate the sample (python sample_data/generate_kaga_sample.py); {name} differs"
    # what the generator says it made is what the files hold
    assert counts["rows"] == len(avl_rows())
    assert counts["vehicles"] == 20 and counts["spikes"] == AVL_REJECTS["impossible jump"]


def test_the_snow_folder_is_a_few_mb():
    total = sum(p.stat().st_size for p in SAMPLE_SNOW.iterdir())
    assert total < 3_000_000, f"{total / 1e6:.2f} MB"
    assert SAMPLE_SNOW_AVL.stat().st_size > 500_000          # the night itself, not a stub


# -- the AVL feed ---------------------------------------------------------------------------------------------------


def test_avl_feed_is_one_night_of_10_to_20_vehicles_every_5_to_10_s(rows):
    assert list(rows[0]) == list(snow.AVL_HEADER)
    assert 100_000 <= len(rows) <= 400_000
    times = [dt.datetime.fromisoformat(r["time"]) for r in rows]
    assert all(t.utcoffset() == dt.timedelta(hours=9) for t in times[:: 997])
    assert START <= min(times) and max(times) <= END
    by_vehicle: dict[str, list[dt.datetime]] = defaultdict(list)
    kinds: dict[str, set[str]] = defaultdict(set)
    for r, t in zip(rows, times):
        by_vehicle[r["vehicle_id"]].append(t)
        kinds[r["vehicle_id"]].add(r["vehicle_type"])
    assert 10 <= len(by_vehicle) <= 20
    assert sorted(by_vehicle) == [f"K-{n:02d}" for n in range(1, 21)]
    assert all(len(k) == 1 for k in kinds.values()) and {k.pop() for k in kinds.values()} == KINDS
    for vehicle, ts in by_vehicle.items():
        ts = sorted(ts)
        steps = [(b - a).total_seconds() for a, b in zip(ts[:-1], ts[1:])]
        assert statistics.median(steps) in (5.0, 10.0), vehicle
        assert len(ts) > 2000, vehicle
    # a depot break with the engine off, and the breakdown: gaps of minutes in some vehicles' feeds
    gaps = {v for v, ts in by_vehicle.items()
            if max((b - a).total_seconds() for a, b in zip(sorted(ts)[:-1], sorted(ts)[1:])) > 20 * 60}
    assert {"K-02", "K-03"} <= gaps


def test_speeds_blade_and_material_are_plausible(rows):
    speed = np.array([float(r["speed_kmh"]) for r in rows])
    blade = np.array([r["blade_down"] == "1" for r in rows])
    assert {r["blade_down"] for r in rows} == {"0", "1"}
    assert speed.min() >= 0 and speed.max() <= 60
    kinds = np.array([r["vehicle_type"] for r in rows])
    moving = speed > 3
    for kind, (lo, hi) in (("除雪ドーザ", (15, 30)), ("除雪グレーダ", (10, 20)), ("小型除雪車", (8, 16))):
        ploughing = np.median(speed[moving & blade & (kinds == kind)])
        assert lo <= ploughing <= hi, (kind, ploughing)                      # blade down: 10–30 km/h
    assert 25 <= np.median(speed[moving & ~blade & (kinds != "凍結防止剤散布車")]) <= 50   # deadhead, blade up
    assert 0.1 < (speed < 1).mean() < 0.5                                      # stops, standby, breaks
    material = Counter((r["vehicle_type"], r["material"]) for r in rows)
    assert {m for (_, m) in material} == {"", "SALT"}
    assert all(k == "凍結防止剤散布車" for (k, m) in material if m == "SALT")
    assert not blade[kinds == "凍結防止剤散布車"].any()                          # spreaders spread, blade up
    assert material[("凍結防止剤散布車", "SALT")] > 1000


def test_fixes_follow_the_road_network_with_gps_noise(rows, road_lines):
    sample = rows[::40]
    d = distances(road_lines, np.array([[float(r["lon"]), float(r["lat"])] for r in sample]))
    assert np.quantile(d, 0.99) < 15.0                # GPS noise of a few metres, off the centre line
    assert 1.0 < np.median(d) < 6.0                   # but noise there is: not drawn on the line


def test_the_spikes_are_far_from_every_road_and_the_late_block_comes_last(rows, road_lines):
    lonlat = np.array([[float(r["lon"]), float(r["lat"])] for r in rows])
    d = distances(road_lines, lonlat)
    assert (d > 1000).sum() == AVL_REJECTS["impossible jump"]
    assert (d[d <= 1000] < 40).all()
    # K-12 lost its connection: a block of its fixes was uploaded later, at the end of the file
    tail = rows[-snow.LATE_BLOCK_S // 5 + 2:]
    assert {r["vehicle_id"] for r in tail} == {"K-12"}
    first_k12 = next(i for i, r in enumerate(rows) if r["vehicle_id"] == "K-12")
    assert any(r["vehicle_id"] != "K-12" for r in rows[first_k12:len(rows) - len(tail)])


# -- the importers --------------------------------------------------------------------------------------------------


def test_the_avl_importer_keeps_the_night_and_rejects_exactly_the_bad_fixes(imported, rows):
    sid = imported.ids["avl"]
    assert find_importer(SAMPLE_SNOW_AVL).name == "plough_avl_csv"
    assert rejects(imported, sid) == Counter(AVL_REJECTS)
    n, vehicles, blade, salt, t0, t1 = imported.query(
        "SELECT count(*), count(DISTINCT vehicle_id), count(*) FILTER (WHERE blade_down), "
        "count(*) FILTER (WHERE material = 'SALT'), min(time), max(time) FROM plough_points WHERE source_id = ?",
        [sid])[0]
    assert n == len(rows) - sum(AVL_REJECTS.values()) and vehicles == 20
    dropped = [raw.split(",") for (raw,) in imported.query("SELECT raw FROM import_rejects WHERE source_id = ?",
                                                            [sid])]
    assert blade == sum(r["blade_down"] == "1" for r in rows) - sum(d[7] == "1" for d in dropped)
    assert salt == sum(r["material"] == "SALT" for r in rows) - sum(d[8] == "SALT" for d in dropped)
    assert START <= t0 and t1 <= END
    # the fixes uploaded late were put back in their place and kept
    late = rows[-snow.LATE_BLOCK_S // 5 + 2:]
    kept = imported.query("SELECT count(*) FROM plough_points WHERE source_id = ? AND vehicle_id = 'K-12' AND "
                          "time BETWEEN ? AND ?", [sid, late[0]["time"], late[-1]["time"]])[0][0]
    assert kept == len(late)
    # every spike is gone: what is kept lies on the roads
    far = imported.query("SELECT count(*) FROM plough_points p WHERE source_id = ? AND NOT EXISTS "
                         "(SELECT 1 FROM road_segments s WHERE ST_DWithin(s.geom, p.geom, 100))", [sid])[0][0]
    assert far == 0


def test_the_gpx_is_k03s_night_with_the_phones_spikes(imported, rows):
    sid = imported.ids["gpx"]
    assert find_importer(SAMPLE_SNOW_GPX).name == "plough_gpx"
    text = gzip.decompress(SAMPLE_SNOW_GPX.read_bytes()).decode("utf-8")
    points = text.count("<trkpt ")
    assert points > 5000 and "<gpx version=\"1.1\"" in text and text.count("<trkseg>") >= 2
    assert rejects(imported, sid) == Counter({"impossible jump": snow.GPX_SPIKES})
    n, vehicles, fastest = imported.query("SELECT count(*), list(DISTINCT vehicle_id), max(speed) FROM plough_points "
                                          "WHERE source_id = ?", [sid])[0]
    assert n == points - snow.GPX_SPIKES and vehicles == ["K-03"] and fastest < 60
    # the same night as K-03's AVL fixes, at the same times (UTC in the GPX)
    avl = imported.query("SELECT count(*) FROM plough_points a JOIN plough_points g ON a.time = g.time AND "
                         "a.vehicle_id = g.vehicle_id WHERE a.source_id = ? AND g.source_id = ? AND "
                         "ST_Distance(a.geom, g.geom) < 0.5", [imported.ids["avl"], sid])[0][0]
    assert avl > 0.95 * n


def test_the_vendor_geojson_holds_the_two_spreaders_with_their_implement_state(imported):
    sid = imported.ids["vendor"]
    assert find_importer(SAMPLE_SNOW_VENDOR).name == "plough_vendor_geojson"
    data = json.loads(gzip.decompress(SAMPLE_SNOW_VENDOR.read_bytes()))
    feats = data["features"]
    assert {f["properties"]["alt_vehicle"] for f in feats} == {"K-05", "K-06"}
    assert {f["properties"]["toggle_state"] for f in feats} == {"SALT", "DEFAULT"}
    coords = [c for f in feats for c in f["geometry"]["coordinates"]]
    assert all(len(c) == 4 for c in coords)
    assert rejects(imported, sid) == Counter()
    n, vehicles, materials = imported.query("SELECT count(*), list(DISTINCT vehicle_id ORDER BY vehicle_id), "
                                            "list(DISTINCT material ORDER BY material) FROM plough_points "
                                            "WHERE source_id = ?", [sid])[0]
    assert n == len(coords) and vehicles == ["K-05", "K-06"] and materials == ["DEFAULT", "SALT"]


# -- route tiers, missed and late on purpose ----------------------------------------------------------------------


def test_the_route_tier_file_imports_into_route_tier_lines(tmp_path):
    data = json.loads(SAMPLE_SNOW_TIERS.read_text(encoding="utf-8"))
    feats = data["features"]
    assert {f["geometry"]["type"] for f in feats} == {"LineString"}
    assert {f["properties"]["tier"] for f in feats} == {1, 2}
    assert {f["properties"]["target_h"] for f in feats} == {3.0, 6.0}
    assert any(f["properties"]["route_name"] == "第1次除雪路線 国道8号" for f in feats)
    with Store(tmp_path / "tiers.duckdb") as store:
        import_path(store, SAMPLE_CENTRELINES)
        report = import_path(store, SAMPLE_SNOW_TIERS)
        assert report.counts == {"route_tier_lines": len(feats)} and report.rejected == 0
        got = store.query("SELECT tier, count(*), sum(ST_Length(geom)) / 1000, min(target_h), max(target_h) "
                          "FROM route_tier_lines GROUP BY tier ORDER BY tier")
        assert [r[:2] for r in got] == [(t, sum(f["properties"]["tier"] == t for f in feats)) for t in (1, 2)]
        # tier 1: national route 8, the prefectural roads and the station avenue; tier 2: the collectors
        km = dict(store.query("SELECT road_class, sum(length_m) / 1000 FROM road_segments GROUP BY 1"))
        assert got[0][2] == pytest.approx(km["national"] + km["prefectural"] + km["avenue"], rel=0.01)
        assert got[1][2] == pytest.approx(km["collector"], rel=0.01)
        assert [(r[3], r[4]) for r in got] == [(3.0, 3.0), (6.0, 6.0)]
        names = [r[0] for r in store.query("SELECT DISTINCT name FROM route_tier_lines ORDER BY name")]
        assert "第1次除雪路線 国道8号" in names and all(n.startswith(("第1次", "第2次")) for n in names)


def test_some_tier_segments_are_missed_on_purpose_and_others_served_late(imported):
    """Independent of the analysis: blade-down fixes near the middle of the segments at the generator's missed spots,
    near route 8, and of the late grader."""
    from kaga_sample.geo import to_latlon

    sid = imported.ids["avl"]

    def plane(x: float, y: float) -> tuple[float, float]:
        lat, lon = to_latlon(x, y)
        return TO_PLANE.transform(lon, lat)

    def first_blade_down_near(x: float, y: float, r: float) -> dt.datetime | None:
        return imported.query("SELECT min(time) FROM plough_points WHERE source_id = ? AND blade_down AND "
                              "ST_DWithin(geom, ST_Point(?, ?), ?)", [sid, x, y, r])[0][0]

    classes = {1: ("national", "prefectural", "avenue"), 2: ("collector",)}
    missed = 0
    for (cx, cy), radius, tier in snow.MISSED_NEAR:
        px, py = plane(cx, cy)
        mids = imported.query(
            "SELECT ST_X(ST_LineInterpolatePoint(geom, 0.5)), ST_Y(ST_LineInterpolatePoint(geom, 0.5)) FROM "
            f"road_segments WHERE road_class IN {classes[tier]!r} AND ST_DWithin(ST_LineInterpolatePoint(geom, 0.5), "
            "ST_Point(?, ?), ?)".replace(",)", ")"), [px, py, radius])
        assert mids, (cx, cy)
        for mx, my in mids:
            assert first_blade_down_near(mx, my, 8.0) is None, (cx, cy)     # nobody ploughed it all night
            missed += 1
    assert missed >= 4
    # route 8 near the station is ploughed within the first hours (tier-1 target: 3 h)
    assert first_blade_down_near(*plane(0.0, -574.0), 15.0) < START + dt.timedelta(hours=3)
    # the grader called in at 01:00 serves its tier-2 beat after the 6-hour target
    k10 = imported.query("SELECT min(time) FROM plough_points WHERE source_id = ? AND vehicle_id = 'K-10' "
                         "AND blade_down", [sid])[0][0]
    assert k10 > START + dt.timedelta(hours=6)


# -- the first start -----------------------------------------------------------------------------------------------


def test_first_start_without_the_coverage_analysis_imports_the_night_and_still_opens_on_the_storm(tmp_path,
                                                                                                  monkeypatch):
    """A theme that does not declare snow-coverage (yet): the first start skips it without an error; the night is
    imported and the clock saved on it all the same."""
    import importers.sample
    from importers.sample import import_bundled_sample
    from twin import themes
    from twin.paths import STORM_CLOCK_AT

    real = themes.analysis

    def analysis(name):
        if name == "snow-coverage":
            raise KeyError(name)
        return real(name)

    monkeypatch.setattr(themes, "analysis", analysis)
    monkeypatch.setattr(importers.sample, "sample_sources", lambda: [SAMPLE_CENTRELINES, SAMPLE_SNOW_AVL])
    with Store(tmp_path / "p.duckdb") as store:
        reports = import_bundled_sample(store)
        assert [r.importer for r in reports] == ["road-centrelines", "plough_avl_csv"]
        assert store.query("SELECT count(*) FROM analysis_runs")[0][0] == 0
        assert store.query("SELECT count(*) FROM plough_points")[0][0] > 100_000
        clock = store.app_state("clock")
        assert (clock["start"], clock["end"], clock["current"]) == (STORM_START, STORM_END, STORM_CLOCK_AT)
        assert "plough_points" in [v["kind"] for v in store.app_state("layers")["layers"]]


def test_first_start_skips_the_tier_file_while_no_importer_writes_route_tiers(tmp_path, monkeypatch):
    """Without the route-tier importer the tier lines would be taken for a second road network: skipped instead."""
    import importers.sample
    from importers.registry import get_importer
    from importers.sample import import_bundled_sample

    monkeypatch.setattr(importers.sample, "find_importer", lambda path: get_importer("road-centrelines"))
    monkeypatch.setattr(importers.sample, "sample_sources", lambda: [SAMPLE_CENTRELINES, SAMPLE_SNOW_TIERS])
    with Store(tmp_path / "p.duckdb") as store:
        reports = import_bundled_sample(store)
        assert [r.importer for r in reports] == ["road-centrelines"]
        assert store.query("SELECT count(*) FROM road_segments")[0][0] == 626
        assert store.app_state("clock")["current"] is None            # no storm night in this project
