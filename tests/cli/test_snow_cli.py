"""kaga-twin snow-coverage: runs the analysis when it never ran or the window changed, prints the service level per
tier and the per-segment table (table, CSV, JSON, GeoJSON), band_at at --at, --missed --tier N, clear errors.

The storm is built by SQL: five 300 m segments 200 m apart and two ploughs with fixes every 5 s (blade flags):
K-1 ploughs segment 1 (tier 1) at 01:00, segment 4 (tier 3) at 02:00 and segment 3 (tier 2) at 08:00 (late:
the target is 6 h); K-2 drives along segment 2 (tier 1) with the blade up at 00:30 (deadhead: not served, so
segment 2 is missed) and ploughs segment 5 (tier 2) at 03:00."""

from __future__ import annotations

import csv
import datetime as dt
import io
import json
import math

import pytest

from main import main
from twin.clock import TOKYO
from twin.repairs import station_xy
from twin.store import Store

FROM, TO = "2026-01-15T00:00:00+09:00", "2026-01-15T12:00:00+09:00"
DAY = dt.datetime(2026, 1, 15, tzinfo=TOKYO)
ROADS = {  # id: (name, road class, emergency class, (dx0, dy0, dx1, dy1) from the origin)
    1: ("国道8号", "national", 1, (0, 0, 300, 0)),
    2: ("県道片山津線", "prefectural", None, (0, 200, 300, 200)),
    3: ("市道大聖寺中央線", "collector", None, (0, 400, 300, 400)),
    4: ("市道山代3号", "residential", None, (0, 600, 300, 600)),
    5: ("市道作見線", "avenue", None, (500, 0, 500, 300)),
}


def add_roads(store, ox: float, oy: float, roads=ROADS) -> None:
    for sid, (name, cls, em, (x0, y0, x1, y1)) in roads.items():
        store.query("INSERT INTO road_segments (id, from_node, to_node, length_m, name, road_class, emergency_class, "
                    "geom, source_id) VALUES (?, 0, 0, ?, ?, ?, ?, ST_GeomFromText(?), 1)",
                    [sid, math.hypot(x1 - x0, y1 - y0), name, cls, em,
                     f"LINESTRING ({ox + x0} {oy + y0}, {ox + x1} {oy + y1})"])


def drive(store, vehicle: str, start: dt.datetime, a: tuple[float, float], b: tuple[float, float], kmh: float,
          blade: bool, every_s: float = 5.0) -> dt.datetime:
    """Fixes every ``every_s`` s from 20 m before ``a`` to 20 m past ``b`` at ``kmh``; returns the last fix's time."""
    (ax, ay), (bx, by) = a, b
    length = math.hypot(bx - ax, by - ay)
    ux, uy = (bx - ax) / length, (by - ay) / length
    v = kmh / 3.6
    n = int((length + 40) / (v * every_s)) + 1
    heading = math.degrees(math.atan2(ux, uy)) % 360
    rows = []
    for i in range(n + 1):
        d = -20 + i * v * every_s
        rows.append([vehicle, start + dt.timedelta(seconds=i * every_s), ax + ux * d, ay + uy * d, kmh, heading,
                     blade])
    for r in rows:
        store.query("INSERT INTO plough_points (vehicle_id, time, geom, speed, heading, blade_down, source_id) "
                    "VALUES (?, ?, ST_Point(?, ?), ?, ?, ?, 1)", r)
    return rows[-1][1]


def build_storm(store, ox: float, oy: float) -> None:
    """The roads and the two ploughs of the module docstring, origin (``ox``, ``oy``)."""
    add_roads(store, ox, oy)

    def seg(sid):
        x0, y0, x1, y1 = ROADS[sid][3]
        return (ox + x0, oy + y0), (ox + x1, oy + y1)

    at = lambda h, m=0: DAY + dt.timedelta(hours=h, minutes=m)  # noqa: E731
    drive(store, "K-1", at(1), *seg(1), 15, True)
    drive(store, "K-1", at(2), *seg(4), 15, True)
    drive(store, "K-1", at(8), *seg(3), 15, True)
    drive(store, "K-2", at(0, 30), *seg(2), 40, False)
    drive(store, "K-2", at(3), *seg(5), 15, True)


@pytest.fixture
def project(project_path):
    with Store(project_path) as store:
        sx, sy = station_xy(store.crs)
        build_storm(store, sx + 10_000, sy)
    return str(project_path)


def run_json(project, *extra):
    assert main(["snow-coverage", "--project", project, "--format", "json", *extra]) == 0


def test_json_runs_the_analysis_first_and_gives_tiers_and_segments(project, capsys):
    run_json(project, "--from", FROM, "--to", TO)
    out = capsys.readouterr()
    assert "Ran snow-coverage" in out.err and "has not run" in out.err
    data = json.loads(out.out)
    assert (data["from"], data["to"], data["at"]) == (FROM, TO, TO)
    assert [list(t) for t in data["tiers"]][0] == ["tier", "target_h", "length_km", "served_within_target_pct"]
    tiers = {t["tier"]: t for t in data["tiers"]}
    assert {k: (t["target_h"], round(t["length_km"], 3), round(t["served_within_target_pct"], 1))
            for k, t in tiers.items()} == {1: (3.0, 0.6, 50.0), 2: (6.0, 0.6, 50.0), 3: (12.0, 0.3, 100.0)}
    segs = {s["segment_id"]: s for s in data["segments"]}
    assert list(data["segments"][0]) == ["segment_id", "tier", "passes", "first_served", "last_served", "band_at"]
    assert [s["segment_id"] for s in data["segments"]] == [1, 2, 3, 5, 4]              # tier, then id
    assert {k: (s["tier"], s["passes"]) for k, s in segs.items()} == {1: (1, 1), 2: (1, 0), 3: (2, 1), 4: (3, 1),
                                                                      5: (2, 1)}
    assert segs[2]["first_served"] is None and segs[2]["band_at"] == "never"          # blade up: not served
    first = dt.datetime.fromisoformat(segs[1]["first_served"])
    assert segs[1]["first_served"].endswith("+09:00") and DAY + dt.timedelta(hours=1) < first \
        < DAY + dt.timedelta(hours=1, minutes=3)
    # at the window's end (12:00): segment 1 last ploughed about 11 h before, segment 3 about 4 h before
    assert (segs[1]["band_at"], segs[3]["band_at"], segs[5]["band_at"]) == ("6–12h", "3–6h", "6–12h")
    # the second call prints the last run's results without running again
    run_json(project)
    out = capsys.readouterr()
    assert "Ran" not in out.err and json.loads(out.out) == data


def test_at_sets_the_moment_of_band_at(project, capsys):
    run_json(project, "--from", FROM, "--to", TO, "--at", "2026-01-15T06:00")
    data = json.loads(capsys.readouterr().out)
    assert data["at"] == "2026-01-15T06:00:00+09:00"
    bands = {s["segment_id"]: s["band_at"] for s in data["segments"]}
    # 06:00: segment 1 (01:01) 5 h ago, segment 5 (03:01) just under 3 h ago, segment 3 not yet (08:00)
    assert bands == {1: "3–6h", 2: "never", 3: "never", 4: "3–6h", 5: "≤3h"}


def test_another_window_runs_again_and_the_same_window_does_not(project, capsys):
    run_json(project, "--from", FROM, "--to", TO)
    capsys.readouterr()
    run_json(project, "--from", "2026-01-15T00:00", "--to", "2026-01-15T12:00")       # naive = Japan time: same
    assert "Ran" not in capsys.readouterr().err
    run_json(project, "--from", "2026-01-15T05:00:00+09:00", "--to", TO)
    out = capsys.readouterr()
    assert "--from 2026-01-15T05:00:00+09:00 differs from the last run's window" in out.err and "Ran" in out.err
    data = json.loads(out.out)
    # from 05:00 only segment 3 (08:00, tier 2: 3 h after the start, within 6 h) is served in the window
    assert {s["segment_id"]: s["passes"] for s in data["segments"]} == {1: 0, 2: 0, 3: 1, 4: 0, 5: 0}
    assert {t["tier"]: round(t["served_within_target_pct"], 1) for t in data["tiers"]} == {1: 0.0, 2: 50.0, 3: 0.0}
    run_json(project, "--rerun")                                 # runs again over the last window (05:00 – 12:00)
    out = capsys.readouterr()
    assert "Ran snow-coverage" in out.err and json.loads(out.out) == data
    run_json(project, "--to", "2026-01-15T10:00")                  # one side: the other keeps the last window
    out = json.loads(capsys.readouterr().out)
    assert (out["from"], out["to"]) == ("2026-01-15T05:00:00+09:00", "2026-01-15T10:00:00+09:00")


def test_missed_lists_what_was_missed_per_tier(project, capsys):
    assert main(["snow-coverage", "--project", project, "--from", FROM, "--to", TO, "--missed", "--tier", "1"]) == 0
    out = capsys.readouterr().out
    lines = out.splitlines()
    assert [c.strip() for c in lines[0].split("|")] == ["segment_id", "road_name", "road_class", "length_m", "tier"]
    assert "県道片山津線" in lines[2] and "(1 row)" in out
    assert main(["snow-coverage", "--project", project, "--missed", "--format", "json"]) == 0
    assert [(d["segment_id"], d["road_name"], d["road_class"], d["length_m"], d["tier"])
            for d in json.loads(capsys.readouterr().out)] == [(2, "県道片山津線", "prefectural", 300.0, 1)]
    assert main(["snow-coverage", "--project", project, "--missed", "--tier", "3", "--format", "csv"]) == 0
    assert list(csv.DictReader(io.StringIO(capsys.readouterr().out))) == []


def test_table_csv_and_geojson(project, capsys):
    assert main(["snow-coverage", "--project", project, "--from", FROM, "--to", TO]) == 0
    out = capsys.readouterr().out
    assert "Service level per tier:" in out and "Segments:" in out and "(3 rows)" in out and "(5 rows)" in out
    assert "Storm window 2026-01-15T00:00:00+09:00 – 2026-01-15T12:00:00+09:00" in out
    assert main(["snow-coverage", "--project", project, "--tier", "2", "--format", "csv"]) == 0
    rows = list(csv.DictReader(io.StringIO(capsys.readouterr().out)))
    assert [(r["segment_id"], r["tier"], r["band_at"], r["road_name"]) for r in rows] == [
        ("3", "2", "3–6h", "市道大聖寺中央線"), ("5", "2", "6–12h", "市道作見線")]
    assert rows[0]["first_served"] == "2026-01-15T08:01:16+09:00"           # to the second, with the offset
    assert main(["snow-coverage", "--project", project, "--format", "geojson"]) == 0
    fc = json.loads(capsys.readouterr().out)
    assert fc["type"] == "FeatureCollection" and len(fc["features"]) == 5
    f1 = next(f for f in fc["features"] if f["id"] == 1)
    assert f1["geometry"]["type"] == "LineString" and len(f1["geometry"]["coordinates"]) == 2
    (lon0, lat0), (lon1, lat1) = f1["geometry"]["coordinates"]
    assert 136.3 < lon0 < lon1 < 136.6 and 36.2 < lat0 < 36.4 and abs(lat1 - lat0) < 1e-4
    assert f1["properties"]["tier"] == 1 and f1["properties"]["road_name"] == "国道8号"
    assert f1["properties"]["first_served"].endswith("+09:00") and f1["properties"]["band_at"] == "6–12h"
    assert main(["snow-coverage", "--project", project, "--missed", "--format", "geojson"]) == 0
    assert [f["id"] for f in json.loads(capsys.readouterr().out)["features"]] == [2]


def test_clear_errors(project, project_path, tmp_path, capsys):
    assert main(["snow-coverage", "--project", project, "--from", TO, "--to", FROM]) == 1
    assert "--to 2026-01-15T00:00:00+09:00 must be after --from" in capsys.readouterr().err
    assert main(["snow-coverage", "--project", project, "--from", "yesterday"]) == 1
    assert "--from: not a time: 'yesterday'" in capsys.readouterr().err
    empty = tmp_path / "empty.duckdb"
    Store(empty).close()
    assert main(["snow-coverage", "--project", str(empty)]) == 1
    assert "has no plough positions" in capsys.readouterr().err
