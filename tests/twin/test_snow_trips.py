"""Plough trips (twin/snow_trips.py): splitting at time gaps per vehicle on crafted tracks (order, exact gap),
thinning, the blade rule (flag, else the speed band), trip ids in plough_points and the plough_trips rows (km by
hand)."""

from __future__ import annotations

import datetime as dt

import numpy as np
import pytest

from twin.analysis import run_analysis
from twin.snow_trips import fill_flags, split_trips, thin

UTC = dt.timezone.utc
T0 = dt.datetime(2025, 1, 9, 0, 0, tzinfo=UTC)      # 09:00 in Kaga


def add_fixes(store, vehicle, fixes, *, start_id=None):
    """``fixes``: (seconds after T0, x, y[, speed km/h[, blade]]) in the project CRS."""
    for f in fixes:
        s, x, y = f[:3]
        speed = f[3] if len(f) > 3 else None
        blade = f[4] if len(f) > 4 else None
        store.query("INSERT INTO plough_points (vehicle_id, time, geom, speed, blade_down, source_id) "
                    "VALUES (?, ?, ST_Point(?, ?), ?, ?, 1)", [vehicle, T0 + dt.timedelta(seconds=s), x, y, speed,
                                                                blade])


def trips(store):
    return store.query("SELECT trip_id, vehicle_id, started_at, ended_at, points, km, km_blade_down, blade_rule, "
                       "ST_NPoints(geom) FROM plough_trips ORDER BY trip_id")


def trip_ids(store, vehicle):
    return [r[0] for r in store.query("SELECT trip_id FROM plough_points WHERE vehicle_id = ? ORDER BY time",
                                      [vehicle])]


def test_split_trips_at_gaps_longer_than_the_limit_and_at_each_vehicle():
    vehicle = np.array([0, 0, 0, 0, 1, 1, 1])
    t = np.array([0.0, 100.0, 220.0, 341.0, 341.0, 342.0, 500.0])
    # 120 s exactly stays in the trip, 121 s starts a new one; a new vehicle always starts a trip
    assert split_trips(vehicle, t, 120.0).tolist() == [0, 0, 0, 1, 2, 2, 3]
    assert split_trips(vehicle, t, 1000.0).tolist() == [0, 0, 0, 0, 1, 1, 1]
    assert split_trips(vehicle[:0], t[:0], 120.0).tolist() == []


def test_thin_keeps_the_first_fix_of_each_bucket_per_trip():
    trip = np.array([0, 0, 0, 0, 0, 1, 1])
    t = np.array([0.0, 4.0, 9.0, 10.0, 25.0, 26.0, 28.0])
    assert thin(trip, t, 10.0).tolist() == [True, False, False, True, True, True, False]
    assert thin(trip, t, 0.0).all()


def test_fill_flags_carries_the_last_flag_within_a_trip_only():
    trip = np.array([0, 0, 0, 0, 1, 1, 2])
    flag = np.array([-1, 1, -1, 0, -1, -1, 0], np.int8)
    state, flagged = fill_flags(trip, flag)
    # before the first flag: the first after it; then the last one before; trip 1 has none (not from trip 0)
    assert state.tolist() == [True, True, True, False, False, False, False]
    assert flagged.tolist() == [True, False, True]


def test_trips_split_per_vehicle_in_time_order_with_km_by_hand(store):
    # vehicle B's fixes inserted out of time order; A has a 10-minute break (a new trip)
    add_fixes(store, "B", [(20, 0, 0, 20.0), (0, 0, -100, 20.0), (10, 0, -50, 20.0)])
    add_fixes(store, "A", [(0, 1000, 0, 20.0), (10, 1030, 40, 20.0), (20, 1060, 80, 20.0),
                           (620, 2000, 0, 20.0), (630, 2000, 30, 20.0)])
    run = run_analysis(store, "snow-coverage", {})
    assert run.outputs["plough_trips"] == 3
    rows = trips(store)
    # trips numbered by vehicle, then start time
    assert [(r[0], r[1], r[4]) for r in rows] == [(1, "A", 3), (2, "A", 2), (3, "B", 3)]
    assert rows[0][5] == pytest.approx(0.100)          # two 50 m pieces (3-4-5)
    assert rows[1][5] == pytest.approx(0.030)
    assert rows[2][5] == pytest.approx(0.100)
    assert rows[0][2] == T0 and rows[0][3] == T0 + dt.timedelta(seconds=20)
    assert rows[1][2] == T0 + dt.timedelta(seconds=620)
    assert [r[8] for r in rows] == [3, 2, 3]           # the lines of the fixes
    assert trip_ids(store, "A") == [1, 1, 1, 2, 2]
    assert trip_ids(store, "B") == [3, 3, 3]
    # the gap is a parameter
    run_analysis(store, "snow-coverage", {"trip_gap_s": 1000})
    assert trip_ids(store, "A") == [1, 1, 1, 1, 1]
    assert trips(store)[0][5] == pytest.approx(0.100 + np.hypot(940, 80) / 1000 + 0.030)


def test_thinning_draws_the_trip_from_one_fix_per_bucket(store):
    add_fixes(store, "A", [(s, 10.0 * s, 0, 36.0) for s in range(0, 21, 2)])      # 2 s apart, 200 m in all
    run_analysis(store, "snow-coverage", {"thin_s": 10})
    (row,) = trips(store)
    assert row[4] == 11                                  # every fix counts and has the trip
    assert row[8] == 3                                   # the line: fixes at 0, 10 and 20 s
    assert row[5] == pytest.approx(0.200)
    assert trip_ids(store, "A") == [1] * 11


def test_speed_band_rule_without_flags(store):
    # pieces of 50 m every 10 s (18 km/h), but the recorded speed decides: 2 (standing), 20, 30, 60 (deadhead)
    add_fixes(store, "A", [(0, 0, 0, None), (10, 50, 0, 2.0), (20, 100, 0, 20.0), (30, 150, 0, 30.0),
                           (40, 200, 0, 60.0), (50, 250, 0, None)])      # the last piece: 18 km/h from geometry
    run_analysis(store, "snow-coverage", {})
    (row,) = trips(store)
    assert row[7] == "speed"
    assert row[5] == pytest.approx(0.250)
    assert row[6] == pytest.approx(0.150)                # 20, 30 and 18 km/h
    run_analysis(store, "snow-coverage", {"blade_speed_max_kmh": 70, "blade_speed_min_kmh": 1})
    assert trips(store)[0][6] == pytest.approx(0.250)


def test_the_feeds_blade_flag_wins_over_speed(store):
    # the flag says down at 60 km/h and up at 20 km/h; a fix without a flag keeps the last one
    add_fixes(store, "A", [(0, 0, 0, 60.0, True), (10, 100, 0, 60.0, None), (20, 200, 0, 20.0, False),
                           (30, 250, 0, 20.0, None), (40, 300, 0, 20.0, True), (50, 350, 0, 20.0)])
    run_analysis(store, "snow-coverage", {})
    (row,) = trips(store)
    assert row[7] == "flag"
    assert row[5] == pytest.approx(0.350)
    assert row[6] == pytest.approx(0.250)               # 0→100→200 (down), 300→350 (down)


def test_a_trip_of_one_fix_has_no_line(store):
    add_fixes(store, "A", [(0, 0, 0), (10, 50, 0), (400, 50, 0), (800, 0, 0), (810, 0, 30)])
    run_analysis(store, "snow-coverage", {})
    assert [(r[0], r[4], r[5], r[8]) for r in trips(store)] == [(1, 2, pytest.approx(0.05), 2), (2, 1, 0.0, None),
                                                                 (3, 2, pytest.approx(0.03), 2)]


def test_fixes_without_position_keep_no_trip_and_stale_ids_are_cleared(store):
    add_fixes(store, "A", [(0, 0, 0), (10, 50, 0)])
    store.query("INSERT INTO plough_points (vehicle_id, time, geom, trip_id, source_id) VALUES ('A', ?, NULL, 99, 1)",
                [T0 + dt.timedelta(seconds=5)])
    run_analysis(store, "snow-coverage", {})
    assert trip_ids(store, "A") == [1, None, 1]
    assert trips(store)[0][4] == 2
