"""Repair cases (twin/repairs.py): map-matching on hand-built segments, case merging in space and time,
statuses, and the priority arithmetic (parts add up; project weights change the ranking)."""

from __future__ import annotations

import json

import pytest

from twin.analysis import run_analysis, save_params
from twin.repairs import case_status, cluster, score_parts, station_xy
import numpy as np

FAR = 10_000.0   # metres east of the station: no station bonus


def add_segment(store, sid, coords, road_class="municipal", width=None, emergency=None):
    wkt = "LINESTRING (" + ", ".join(f"{x} {y}" for x, y in coords) + ")"
    store.query("INSERT INTO road_segments (id, from_node, to_node, length_m, road_class, width_m, emergency_class, "
                "geom, source_id) VALUES (?, 0, 0, 0, ?, ?, ?, ST_GeomFromText(?), 1)",
                [sid, road_class, width, emergency, wkt])


def add_report(store, rid, x, y, when="2025-01-10 10:00:00+09", status="受付済", cls=None, size=None, photo=None):
    store.query("INSERT INTO road_reports (id, kind, received_at, status, damage_class, size, photo, geom, source_id) "
                "VALUES (?, 'citizen', ?::TIMESTAMPTZ, ?, ?, ?, ?, ST_Point(?, ?), 1)",
                [rid, when, status, cls, size, photo, x, y])


@pytest.fixture
def city(store):
    sx, sy = station_xy(store.crs)
    ox, oy = sx + FAR, sy
    # segment 1: 200 m west-east; segment 2: 100 m south-north, 100 m further east
    add_segment(store, 1, [(ox, oy), (ox + 200, oy)])
    add_segment(store, 2, [(ox + 300, oy - 50), (ox + 300, oy + 50)], road_class="national", width=12, emergency=1)
    return store, ox, oy


def reports(store):
    return {r[0]: r[1:] for r in store.query("SELECT id, segment_id, distance_m, flagged, case_id FROM road_reports")}


def test_matching_snaps_to_the_nearest_segment_and_flags_far_reports(city):
    store, ox, oy = city
    add_report(store, 1, ox + 50, oy + 10)        # 10 m north of segment 1
    add_report(store, 2, ox + 290, oy + 20)       # 10 m west of segment 2 (segment 1's end is 90+ m away)
    add_report(store, 3, ox + 230, oy + 3)        # 30 m past segment 1's end (3-4-5: 30.15 m), 70 m from seg 2
    add_report(store, 4, ox + 100, oy + 500)      # far: nearest is segment 2's north end (300, 50)
    run = run_analysis(store, "repair-priority", {"as_of": "2025-02-01"})
    r = reports(store)
    assert r[1][:3] == (1, pytest.approx(10.0), False)
    assert r[2][:3] == (2, pytest.approx(10.0), False)
    assert r[3][0] is None and r[3][1] == pytest.approx((30 ** 2 + 3 ** 2) ** 0.5) and r[3][2] is True
    assert r[4][0] is None and r[4][1] == pytest.approx((200 ** 2 + 450 ** 2) ** 0.5) and r[4][2] is True
    assert r[3][3] is None and r[4][3] is None                                 # flagged: kept, in no case
    assert store.query("SELECT count(*) FROM road_reports")[0][0] == 4
    assert any("2 report(s)" in w for w in run.warnings)
    run_analysis(store, "repair-priority", {"tolerance_m": 31, "as_of": "2025-02-01"})
    assert reports(store)[3][:3] == (1, pytest.approx(30.15, abs=0.01), False)


def test_cases_merge_within_distance_and_days_and_take_the_least_advanced_status(city):
    store, ox, oy = city
    add_report(store, 1, ox + 10, oy + 1, "2025-01-01 09:00:00+09", "対応済", "D00")
    add_report(store, 2, ox + 30, oy - 1, "2025-01-20 09:00:00+09", "対応中", "D40", 0.3)   # 20 m, 19 days: linked
    add_report(store, 3, ox + 50, oy, "2025-02-10 09:00:00+09", "対応済")                   # 20 m, 21 days: linked
    add_report(store, 4, ox + 80, oy, "2025-02-11 09:00:00+09", "対応済")                   # 30 m from 3: new case
    add_report(store, 5, ox + 52, oy, "2025-06-01 09:00:00+09", "受付済")                   # next to 3, months later
    add_report(store, 6, ox + 300, oy, "2025-01-01 09:00:00+09", "対応済")                  # segment 2
    run_analysis(store, "repair-priority", {"as_of": "2025-07-01"})
    r = reports(store)
    assert r[1][3] == r[2][3] == r[3][3]
    assert len({r[1][3], r[4][3], r[5][3], r[6][3]}) == 4
    cases = {c[0]: c[1:] for c in store.query(
        "SELECT case_id, segment_id, status, report_count, worst_class, priority, photos FROM repair_cases")}
    assert cases[r[1][3]][:4] == (1, "対応中", 3, "D40")
    assert cases[r[4][3]][1] == "対応済" and cases[r[4][3]][4] == 0.0               # finished: scores 0
    assert cases[r[5][3]][1] == "受付済"
    segs = store.query("SELECT segment_id, open_cases, worst_class FROM repair_segments ORDER BY segment_id")
    assert segs == [(1, 2, "D40"), (2, 0, None)]
    # changing the thresholds: 10 days apart is too far in time, so report 1 is alone
    run_analysis(store, "repair-priority", {"case_days": 10, "as_of": "2025-07-01"})
    r = reports(store)
    assert r[1][3] != r[2][3] and r[2][3] != r[3][3]


def test_cluster_is_single_linkage():
    g = cluster(np.array([0.0, 20.0, 40.0, 100.0]), np.array([0.0, 1.0, 2.0, 2.0]), 25.0, 30.0)
    assert g.tolist() == [0, 0, 0, 1]
    g = cluster(np.array([0.0, 5.0]), np.array([0.0, 31.0]), 25.0, 30.0)
    assert g.tolist() == [0, 1]
    assert case_status(["対応済", "対応済"]) == "対応済" and case_status(["対応済", None]) == "受付済"
    assert case_status(["対応済", "対応中"]) == "対応中"


def test_score_arithmetic_by_hand():
    from twin.repairs import PARAMS
    p = {q.name: q.default for q in PARAMS}
    parts = score_parts(p, classes=["D00", "D40"], sizes=[0.5, None], road_class="national", width_m=6.0,
                        emergency_class=2, station_distance_m=750.0, age_days=45.0, report_count=2, status="受付済")
    assert parts == {"severity": 40.0, "size": 5.0, "road_class": 10.0, "width": 2.5, "emergency": 7.0,
                     "station": 5.0, "age": 5.0, "reports": 2.0, "status": 0.0}
    half = score_parts(p, classes=["D00", "D40"], sizes=[0.5, None], road_class="national", width_m=6.0,
                       emergency_class=2, station_distance_m=750.0, age_days=45.0, report_count=2, status="対応中")
    assert half["status"] == -38.25 and sum(half.values()) == 38.25


def test_parts_add_up_to_the_priority_and_project_weights_change_the_ranking(city):
    store, ox, oy = city
    add_report(store, 1, ox + 100, oy + 2, "2025-01-01 09:00:00+09", cls="D40", size=0.4)   # municipal road
    add_report(store, 2, ox + 300, oy + 20, "2025-01-01 09:00:00+09", cls="D00")            # national, emergency
    add_report(store, 3, ox + 150, oy, "2025-01-03 09:00:00+09", status="対応中", cls="D20", photo="a.jpg")
    run_analysis(store, "repair-priority", {"as_of": "2025-02-01T00:00:00+09:00"})
    rows = store.query("SELECT case_id, priority, parts, photos FROM repair_cases ORDER BY priority DESC")
    for _, priority, parts, _ in rows:
        parts = json.loads(parts)
        assert set(parts) == {"severity", "size", "road_class", "width", "emergency", "station", "age", "reports",
                              "status"}
        assert sum(parts.values()) == pytest.approx(priority, abs=1e-9)
        assert parts["station"] == 0.0
    r = reports(store)
    assert rows[0][0] == r[1][3]                      # the pothole leads with the defaults
    photos = {c: json.loads(ph) for c, _, _, ph in rows}
    assert photos[r[3][3]] == ["a.jpg"] and photos[r[1][3]] == []      # 50 m apart: two cases
    save_params(store, "repair-priority", {"w_severity": 0, "w_emergency": 50})
    run_analysis(store, "repair-priority", {"as_of": "2025-02-01T00:00:00+09:00"})
    top = store.query("SELECT case_id FROM repair_cases ORDER BY priority DESC LIMIT 1")[0][0]
    assert top == reports(store)[2][3]                # the emergency road leads with the project's weights


def test_station_bonus_decays_with_distance(store):
    sx, sy = station_xy(store.crs)
    add_segment(store, 1, [(sx - 100, sy), (sx + 2000, sy)])
    add_report(store, 1, sx, sy)
    add_report(store, 2, sx + 750, sy)
    add_report(store, 3, sx + 1600, sy)
    run_analysis(store, "repair-priority", {"as_of": "2025-02-01"})
    got = {c: json.loads(p)["station"] for c, p in store.query(
        "SELECT r.id, c.parts FROM road_reports r JOIN repair_cases c USING (case_id)")}
    assert got == {1: pytest.approx(10.0, abs=1e-3), 2: pytest.approx(5.0, abs=1e-3), 3: 0.0}
