"""Snow coverage (twin/snow_coverage.py, twin/snow_passes.py) on hand-built geometry: a parallel pass inside the
buffer serves, a crossing, a pass beyond the buffer, half the segment and a blade-up pass do not; two passes; bent
segments; route tiers from the rule and from a file; band edges; service-level arithmetic, missed and late lists,
coverage over time; work per vehicle."""

from __future__ import annotations

import datetime as dt

import numpy as np
import pytest

from twin.analysis import run_analysis
from twin.clock import TOKYO
from twin.errors import TwinError
from twin.snow_coverage import (BANDS, band_codes_at, band_index, band_of, bands_at, coverage_over_time, late, missed,
                                rule_tiers, served_times, window)
from twin.snow_passes import SegmentIndex, union_length

UTC = dt.timezone.utc
T0 = dt.datetime(2025, 1, 9, 0, 0, tzinfo=UTC)      # 09:00 in Kaga
H = 3600.0


def add_segment(store, sid, coords, road_class="municipal", emergency=None, name=None, length=None):
    wkt = "LINESTRING (" + ", ".join(f"{x} {y}" for x, y in coords) + ")"
    store.query("INSERT INTO road_segments (id, from_node, to_node, length_m, name, road_class, emergency_class, geom, "
                "source_id) VALUES (?, 0, 0, coalesce(?, ST_Length(ST_GeomFromText(?))), ?, ?, ?, "
                "ST_GeomFromText(?), 1)", [sid, length, wkt, name, road_class, emergency, wkt])


def drive(store, vehicle, points, start_s=0.0, speed_ms=5.0, blade=None):
    """Fixes along ``points`` (a polyline) every 5 s and at its corners at ``speed_ms`` (18 km/h), from ``start_s``
    after T0."""
    pts = np.asarray(points, np.float64)
    seg = np.hypot(*np.diff(pts, axis=0).T)
    along = np.r_[0, np.cumsum(seg)]
    d = np.union1d(np.arange(0.0, along[-1] + 1e-9, speed_ms * 5), along)     # and a fix at every corner
    x, y = np.interp(d, along, pts[:, 0]), np.interp(d, along, pts[:, 1])
    for di, xi, yi in zip(d, x, y):
        store.query("INSERT INTO plough_points (vehicle_id, time, geom, speed, blade_down, source_id) "
                    "VALUES (?, ?, ST_Point(?, ?), ?, ?, 1)",
                    [vehicle, T0 + dt.timedelta(seconds=start_s + di / speed_ms), xi, yi, speed_ms * 3.6, blade])


def coverage(store):
    return {r[0]: r[1:] for r in store.query(
        "SELECT segment_id, passes, first_served, last_served, state, tier FROM snow_segment_coverage")}


def passes(store):
    return store.query("SELECT segment_id, trip_id, vehicle_id, entered_at, served_at, share FROM snow_passes "
                       "ORDER BY segment_id, served_at")


@pytest.fixture
def straight(store):
    """Segment 1: 100 m west → east on y = 0."""
    add_segment(store, 1, [(0, 0), (100, 0)], name="駅前通り")
    return store


# -- served or not -----------------------------------------------------------------------------------------------

def test_a_parallel_pass_inside_the_buffer_serves(straight):
    drive(straight, "A", [(-40, 10), (140, 10)])         # 10 m beside the centre line, 18 km/h
    run_analysis(straight, "snow-coverage", {})
    (p,) = passes(straight)
    assert p[0] == 1 and p[2] == "A" and p[5] == pytest.approx(1.0)
    # it entered at x = 0 (40 m after the start: 8 s) and left at x = 100 (28 s)
    assert p[3] == T0 + dt.timedelta(seconds=8)
    assert p[4] == T0 + dt.timedelta(seconds=28)
    assert coverage(straight)[1][:4] == (1, p[4], p[4], "served")


def test_a_crossing_does_not_serve(straight):
    drive(straight, "A", [(50, -100), (50, 100)])        # at a right angle
    drive(straight, "B", [(0, -50), (100, 50)], start_s=600)   # at 45°: 2 × 15 m / tan 45° = 30 m of 100
    run_analysis(straight, "snow-coverage", {})
    assert passes(straight) == []
    assert coverage(straight)[1][0] == 0 and coverage(straight)[1][3] == "missed"
    run_analysis(straight, "snow-coverage", {"min_share": 0.29})      # the diagonal covers 30 %
    (p,) = passes(straight)
    assert p[2] == "B" and p[5] == pytest.approx(0.30)


def test_a_pass_beyond_the_buffer_does_not_serve(straight):
    drive(straight, "A", [(-40, 20), (140, 20)])         # parallel, 20 m off: 5 m outside the 15 m buffer
    run_analysis(straight, "snow-coverage", {})
    assert passes(straight) == []
    run_analysis(straight, "snow-coverage", {"buffer_m": 25})
    assert len(passes(straight)) == 1


def test_a_pass_along_half_the_segment_does_not_serve(straight):
    drive(straight, "A", [(-40, 5), (50, 5), (50, 200)])   # along x 0 … 50, then away at a right angle
    run_analysis(straight, "snow-coverage", {})
    assert passes(straight) == []
    run_analysis(straight, "snow-coverage", {"min_share": 0.5})
    (p,) = passes(straight)
    assert p[5] == pytest.approx(0.5)


def test_a_pass_with_the_blade_up_does_not_serve(straight):
    drive(straight, "A", [(-40, 5), (140, 5)], blade=False)
    drive(straight, "B", [(-40, -5), (140, -5)], speed_ms=20.0)   # 72 km/h: deadheading by the speed rule
    run_analysis(straight, "snow-coverage", {})
    assert passes(straight) == []
    run_analysis(straight, "snow-coverage", {"blade_speed_max_kmh": 80})
    assert [p[2] for p in passes(straight)] == ["B"]


def test_two_passes_count_twice_with_first_and_last(straight):
    drive(straight, "A", [(-40, 5), (140, 5)], start_s=3600)
    drive(straight, "B", [(140, -5), (-40, -5)], start_s=7200)       # the other way, two hours later
    run_analysis(straight, "snow-coverage", {})
    ps = passes(straight)
    assert [p[2] for p in ps] == ["A", "B"]
    assert ps[0][4] == T0 + dt.timedelta(seconds=3600 + 28)
    assert ps[1][4] == T0 + dt.timedelta(seconds=7200 + 28)
    assert coverage(straight)[1][:3] == (2, ps[0][4], ps[1][4])


def test_one_trip_leaving_and_coming_back_makes_two_passes(straight):
    # along the segment, away round a 300 m loop, and along it again: two visits of one trip
    drive(straight, "A", [(-40, 5), (140, 5), (140, 300), (-40, 300), (-40, -5), (140, -5)])
    run_analysis(straight, "snow-coverage", {})
    ps = passes(straight)
    assert len(ps) == 2 and ps[0][1] == ps[1][1]
    assert coverage(straight)[1][0] == 2


def test_bent_segments_are_measured_along_their_pieces(store):
    add_segment(store, 1, [(0, 0), (100, 0), (100, 100)])           # an L, 200 m
    drive(store, "A", [(-40, -8), (108, -8), (108, 140)])             # outside the bend, 8 m off
    run_analysis(store, "snow-coverage", {})
    (p,) = passes(store)
    assert p[5] == pytest.approx(1.0)
    store.query("DELETE FROM plough_points")
    drive(store, "A", [(-40, 8), (92, 8), (92, 200)], start_s=0)     # inside: 8 m short of the corner on each leg
    drive(store, "B", [(200, 50), (108, 50), (108, 140)], start_s=0)  # B only along the upper half of the leg
    run_analysis(store, "snow-coverage", {"min_share": 0.2})
    by = {p[2]: p[5] for p in passes(store)}
    assert by["A"] == pytest.approx(184 / 200)
    assert by["B"] == pytest.approx(50 / 200)


def test_union_length_and_the_exact_clip():
    g = np.array([0, 0, 0, 1, 1])
    lo = np.array([0.0, 10.0, 50.0, 5.0, 5.0])
    hi = np.array([20.0, 30.0, 60.0, 5.0, 15.0])
    assert union_length(g, lo, hi, 3).tolist() == pytest.approx([40.0, 10.0, 0.0])
    import shapely
    idx = SegmentIndex(np.array([shapely.LineString([(0, 0), (100, 0)])]), 15.0)
    c = idx.clip(np.array([-50.0, 50.0, 20.0]), np.array([10.0, -50.0, 16.0]),
                 np.array([50.0, 50.0, 80.0]), np.array([10.0, 50.0, 16.0]))
    # along: 0 … 50 of the piece's second half; across: one point; 16 m off: nothing
    assert c.piece.tolist() == [0, 1]
    assert c.lo.tolist() == pytest.approx([0.0, 50.0]) and c.hi.tolist() == pytest.approx([50.0, 50.0])
    assert c.s_lo.tolist() == pytest.approx([0.5, 0.35]) and c.s_hi.tolist() == pytest.approx([1.0, 0.65])


# -- route tiers --------------------------------------------------------------------------------------------------

def test_rule_tiers():
    cls = np.array(["national", "prefectural", "municipal", "collector", "residential", None, "Primary", "国道",
                    "farm"], dtype=object)
    em = np.array([np.nan, np.nan, 2, np.nan, 3, 1, np.nan, np.nan, np.nan])
    assert rule_tiers(cls, em).tolist() == [1, 1, 1, 2, 2, 1, 1, 1, 3]


def test_tiers_from_file_lines_and_named_segments_else_by_rule(store):
    add_segment(store, 1, [(0, 0), (100, 0)], road_class="national")
    add_segment(store, 2, [(0, 100), (100, 100)], road_class="municipal")
    add_segment(store, 3, [(0, 200), (100, 200)], road_class="municipal")
    add_segment(store, 4, [(0, 300), (100, 300)], road_class="municipal")
    # a tier-1 line along segment 2 (a little off), one along a third of segment 4 only, segment 3 by id
    store.query("INSERT INTO route_tier_lines (tier, target_h, name, geom, source_id) VALUES "
                "(1, 2.0, '第1次', ST_GeomFromText('LINESTRING (-20 104, 120 104)'), 7), "
                "(2, NULL, 'short', ST_GeomFromText('LINESTRING (0 300, 30 300)'), 7), "
                "(2, 1.0, 'also', ST_GeomFromText('LINESTRING (0 98, 100 98)'), 7)")     # tier 1 wins on segment 2
    store.query("INSERT INTO route_tier_lines (tier, segment_id, source_id) VALUES (2, 3, 8), (1, 999, 8)")
    run = run_analysis(store, "snow-coverage", {"target_h_tier3": 10})
    tiers = {r[0]: r[1:] for r in store.query("SELECT segment_id, tier, target_h, origin FROM route_tiers")}
    assert tiers == {1: (1, 3.0, "rule"), 2: (1, 2.0, "file"), 3: (2, 6.0, "file"), 4: (3, 10.0, "rule")}
    assert any("not in the project" in w and "999" in w for w in run.warnings)


# -- bands --------------------------------------------------------------------------------------------------------

def test_band_edges_belong_to_the_band_below():
    h = np.array([0.0, 2.5, 3.0, 3.0001, 6.0, 6.5, 12.0, 23.9, 24.0, 24.0001, 100.0, np.nan, -1.0])
    assert band_of(h).tolist() == ["≤3h", "≤3h", "≤3h", "3–6h", "3–6h", "6–12h", "6–12h", "12–24h", "12–24h",
                                   ">24h", ">24h", "never", "never"]
    assert BANDS[band_index(np.array([3.0]))[0]] == "≤3h"


def test_bands_at_a_moment_from_the_last_pass_before_it():
    t_a, t_b = T0.timestamp(), T0.timestamp() + 4 * H
    served = {1: np.array([t_a, t_b]), 2: np.array([t_a]), 3: np.array([])}
    assert bands_at(served, T0 - dt.timedelta(minutes=1)) == {1: "never", 2: "never", 3: "never"}
    assert bands_at(served, T0 + dt.timedelta(hours=3)) == {1: "≤3h", 2: "≤3h", 3: "never"}
    assert bands_at(served, T0 + dt.timedelta(hours=5)) == {1: "≤3h", 2: "3–6h", 3: "never"}   # 1 served again
    assert bands_at(served, t_a + 30 * H) == {1: ">24h", 2: ">24h", 3: "never"}
    # ISO text in Japan time, naive = Japan time
    assert bands_at(served, "2025-01-09T15:30:00") == {1: "≤3h", 2: "6–12h", 3: "never"}
    ids, codes = band_codes_at(served, T0 + dt.timedelta(hours=5))
    assert ids.tolist() == [1, 2, 3] and [BANDS[c] for c in codes] == ["≤3h", "3–6h", "never"]


# -- service levels, lists, chart, vehicles ---------------------------------------------------------------------

@pytest.fixture
def night(store):
    """Tier 1: segments 1 (100 m) and 2 (300 m); tier 3: segment 3 (200 m). Plough A serves segment 1 an hour
    after the storm's start, B serves segment 2 four hours after it (late for 3 h); segment 3 is missed."""
    add_segment(store, 1, [(0, 0), (100, 0)], road_class="national", name="国道8号")
    add_segment(store, 2, [(0, 500), (300, 500)], road_class="prefectural", name="県道")
    add_segment(store, 3, [(0, 1000), (200, 1000)], road_class="municipal", name="市道")
    drive(store, "A", [(-40, 5), (140, 5)], start_s=H - 28)                 # leaves segment 1 at 1 h
    drive(store, "B", [(-40, 495), (340, 495)], start_s=4 * H - 68)         # leaves segment 2 at 4 h
    run_analysis(store, "snow-coverage", {"from": "2025-01-09T09:00:00", "to": "2025-01-09T21:00:00+09:00"})
    return store


def test_service_level_arithmetic(night):
    levels = {r[0]: r[1:] for r in night.query(
        "SELECT tier, target_h, segments, length_km, served_km, served_within_target_km, served_within_target_pct, "
        "window_start, window_end FROM snow_service_levels")}
    assert levels[1][:6] == pytest.approx((3.0, 2, 0.4, 0.4, 0.1, 25.0))
    assert levels[3][:6] == pytest.approx((12.0, 1, 0.2, 0.0, 0.0, 0.0))
    assert levels[1][6] == T0 and levels[1][7] == T0 + dt.timedelta(hours=12)
    cov = coverage(night)
    assert cov[1][3] == "served" and cov[2][3] == "late" and cov[3][3] == "missed"
    assert cov[2][1] == T0 + dt.timedelta(hours=4)
    assert window(night) == (T0.astimezone(TOKYO), (T0 + dt.timedelta(hours=12)).astimezone(TOKYO))


def test_missed_and_late_lists(night):
    (m,) = missed(night)
    assert (m["segment_id"], m["tier"], m["length_m"], m["name"], m["road_class"], m["first_served"]) == \
        (3, 3, pytest.approx(200.0), "市道", "municipal", None)
    assert missed(night, tier=1) == []
    (lt,) = late(night, tier=1)
    assert (lt["segment_id"], lt["name"], lt["length_m"]) == (2, "県道", pytest.approx(300.0))
    assert lt["first_served"] == T0 + dt.timedelta(hours=4) and lt["first_served"].tzinfo is not None
    assert late(night, tier=3) == []


def test_coverage_over_time_per_tier(night):
    chart = coverage_over_time(night, step_s=H)
    assert set(chart) == {1, 3}
    times = [t for t, _ in chart[1]]
    assert times[0] == T0 and times[-1] == T0 + dt.timedelta(hours=12) and len(times) == 13
    pct = [v for _, v in chart[1]]
    assert pct[:6] == pytest.approx([0.0, 25.0, 25.0, 25.0, 100.0, 100.0])      # 100 of 400 m, then all
    assert all(v == 0.0 for _, v in chart[3])


def test_served_times_and_bands_from_the_store(night):
    st = served_times(night)
    assert sorted(st) == [1, 2, 3] and len(st[3]) == 0
    assert st[1].tolist() == [T0.timestamp() + H]
    assert bands_at(night, T0 + dt.timedelta(hours=5)) == {1: "3–6h", 2: "≤3h", 3: "never"}


def test_the_window_limits_what_counts(night):
    run_analysis(night, "snow-coverage", {"from": "2025-01-09T11:00:00+09:00", "to": "2025-01-09T21:00:00+09:00"})
    cov = coverage(night)
    assert cov[1][0] == 0 and cov[2][0] == 1               # A ploughed before the window
    # 4 h after 09:00 is 2 h after the window's start: within tier 1's 3 h
    assert cov[2][3] == "served"


def test_work_per_vehicle(store):
    add_segment(store, 1, [(0, 0), (100, 0)])
    # along segment 1 (blade down, 18 km/h: 180 m, 36 s), 60 s standing, 200 m at 72 km/h (deadhead, 10 s)
    fixes = [(0, -40, 5, 18.0), (36, 140, 5, 18.0), (66, 140, 5, 0.0), (96, 140, 5, 0.0), (106, 340, 5, 72.0)]
    for s, x, y, v in fixes:
        store.query("INSERT INTO plough_points (vehicle_id, time, geom, speed, source_id) VALUES ('A', ?, "
                    "ST_Point(?, ?), ?, 1)", [T0 + dt.timedelta(seconds=s), x, y, v])
    store.query("INSERT INTO plough_points (vehicle_id, time, geom, speed, source_id) VALUES ('B', ?, ST_Point(0, 0), "
                "0, 1)", [T0])
    run_analysis(store, "snow-coverage", {})
    v = {r[0]: r[1:] for r in store.query("SELECT vehicle_id, trips, km_ploughed, km_deadhead, working_h, idle_h, "
                                          "segments_served FROM snow_vehicle_summary")}
    assert v["A"] == pytest.approx((1, 0.180, 0.200, 46 / 3600, 60 / 3600, 1))
    assert v["B"] == pytest.approx((1, 0.0, 0.0, 0.0, 0.0, 0))


def test_an_empty_project_runs_and_says_why(store):
    run = run_analysis(store, "snow-coverage", {})
    assert run.outputs["snow_passes"] == 0
    assert any("no plough fixes" in w for w in run.warnings)
    assert any("no road segments" in w for w in run.warnings)
    assert window(store) is None and coverage_over_time(store) == {}
    run = run_analysis(store, "snow-coverage", {"from": "2025-01-09T09:00"})      # a window half given
    assert run.outputs["snow_service_levels"] == 0
    with pytest.raises(TwinError, match="ends .* before it starts"):
        run_analysis(store, "snow-coverage", {"from": "2025-01-09T09:00", "to": "2025-01-09T08:00"})
    with pytest.raises(TwinError, match="not a time"):
        run_analysis(store, "snow-coverage", {"from": "yesterday"})
