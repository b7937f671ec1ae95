"""The clock's ``since`` and ``latest`` time kinds: hours since each feature's latest event at the clock's time
(events grouped per feature in an :class:`~twin.clock.EventIndex`), and each key's latest row (vehicles that move)."""

from __future__ import annotations

import datetime as dt
import math

import numpy as np
import pytest

from twin.clock import TOKYO, EventIndex, TwinClock, aware, epoch_us, latest_mask, since_hours, time_mask
from twin.document import TwinDocument
from twin.layer import Layer
from twin.themes import TimeSpec

T0 = aware("2025-01-15T00:00")


def _us(hours: float) -> int:
    return epoch_us(T0 + dt.timedelta(hours=hours))


def _clock(at_hours: float, start_hours: float | None = 0.0, end_hours: float = 48.0) -> TwinClock:
    c = TwinClock()
    if start_hours is None:
        c.current = T0 + dt.timedelta(hours=at_hours)
    else:
        c.set_range(T0 + dt.timedelta(hours=start_hours), T0 + dt.timedelta(hours=end_hours),
                    current=T0 + dt.timedelta(hours=at_hours))
    return c


# -- the event index ---------------------------------------------------------------------------------------------

def test_events_are_grouped_per_key_and_sorted_by_time():
    idx = EventIndex.from_arrays(np.array([5, 3, 5, 3, 9]), np.array([_us(2), _us(1), _us(4), _us(6), _us(0.5)]))
    assert idx.keys.tolist() == [3, 5, 9]
    assert idx.offsets.tolist() == [0, 2, 4, 5]
    assert idx.times.tolist() == [_us(1), _us(6), _us(2), _us(4), _us(0.5)]
    assert idx.extent() == (_us(0.5), _us(6))
    # per key, the latest event at or before t (index into times), -1 before the first
    assert idx.latest(_us(0)).tolist() == [-1, -1, -1]
    assert idx.latest(_us(1)).tolist() == [0, -1, 4]            # exactly at an event counts
    assert idx.latest(_us(5)).tolist() == [0, 3, 4]
    assert idx.latest(_us(100)).tolist() == [1, 3, 4]
    # not before a start: key 9's only event (0.5 h) is before it, key 3's latest (1 h) too
    assert idx.latest(_us(5), since_us=_us(2)).tolist() == [-1, 3, -1]


def test_a_span_too_wide_for_one_shifted_array_searches_per_key_with_the_same_answers():
    rng = np.random.default_rng(3)
    keys = rng.integers(0, 50, 2000)
    times = rng.integers(0, 10 ** 9, 2000) * 10 ** 6
    idx = EventIndex.from_arrays(keys, times)
    assert idx._shifted is not None
    wide = EventIndex(idx.keys, idx.offsets, idx.times)
    wide._shifted = None                                           # the fallback
    for now in rng.integers(-10, 10 ** 9 + 10, 20) * 10 ** 6:
        assert np.array_equal(idx.latest(int(now)), wide.latest(int(now)))
        brute = [max([i for i in range(idx.offsets[g], idx.offsets[g + 1]) if idx.times[i] <= now], default=-1)
                 for g in range(len(idx))]
        assert idx.latest(int(now)).tolist() == brute


# -- since ---------------------------------------------------------------------------------------------------------

def test_hours_since_the_latest_event_at_the_clock():
    # segment 1: passes at 1 h and 4 h; segment 2: one pass at 5 h; segment 3: a pass before the window (−2 h)
    idx = EventIndex.from_arrays(np.array([1, 1, 2, 3]), np.array([_us(1), _us(4), _us(5), _us(-2)]))
    at = lambda h, **kw: since_hours(idx, _clock(h, **kw)).tolist()  # noqa: E731
    before = at(0.5)
    assert all(math.isnan(v) for v in before)                     # before any event: never
    assert at(1)[0] == 0.0                                          # exactly at an event: 0 h
    assert at(3.5)[0] == pytest.approx(2.5) and math.isnan(at(3.5)[1])
    assert at(4)[0] == 0.0 and at(7)[:2] == pytest.approx([3.0, 2.0])
    # the window's start: the pass at −2 h is not in it ("never" within the storm) …
    assert math.isnan(at(7)[2])
    # … but counts when the window starts before it, and with no start at all
    assert at(7, start_hours=-3)[2] == pytest.approx(9.0)
    assert at(7, start_hours=None)[2] == pytest.approx(9.0)
    # a window starting after a segment's last pass: never, although it was served before
    assert math.isnan(at(7, start_hours=4.5)[0]) and at(7, start_hours=4.5)[1] == pytest.approx(2.0)


def test_an_unset_clock_stands_at_the_last_event():
    idx = EventIndex.from_arrays(np.array([1, 2]), np.array([_us(1), _us(5)]))
    assert since_hours(idx, TwinClock()).tolist() == pytest.approx([4.0, 0.0])
    assert len(since_hours(EventIndex.empty(), TwinClock())) == 0


def test_since_specs_need_their_events_and_round_trip_through_the_saved_state():
    with pytest.raises(ValueError, match="events"):
        TimeSpec("served_at", "since")
    spec = TimeSpec("served_at", "since", events="snow_passes", key="segment_id")
    assert spec.value_attribute == "hours_since_served_at"           # a default name for the derived hours
    assert TimeSpec.from_dict(spec.to_dict()) == spec
    latest = TimeSpec("time", "latest", key="vehicle_id", max_age=dt.timedelta(minutes=10))
    assert latest.to_dict()["max_age_s"] == 600.0 and TimeSpec.from_dict(latest.to_dict()) == latest
    assert TimeSpec.from_dict({"attribute": "t"}) == TimeSpec("t")   # projects saved before these kinds
    with pytest.raises(ValueError, match="key"):
        TimeSpec("time", "latest")
    with pytest.raises(ValueError, match="max_age"):
        TimeSpec("year", "year", max_age=dt.timedelta(hours=1))
    layer = Layer(name="x", kind="vector", source="t", time=latest)
    assert Layer.from_state(layer.to_state()).time == latest


# -- latest and trails ---------------------------------------------------------------------------------------------

def _fixes():
    """Vehicle A every 10 min from 0:00 to 1:00 (ids 1–7), B every 10 min from 0:05 to 0:35 (ids 8–11)."""
    rows = [("A", 10 * i) for i in range(7)] + [("B", 5 + 10 * i) for i in range(4)]
    keys = np.array([r[0] for r in rows], dtype=object)
    times = np.array([np.datetime64((T0 + dt.timedelta(minutes=m)).astimezone(dt.timezone.utc).replace(tzinfo=None),
                                    "us") for _, m in rows])
    return keys, times, np.arange(1, len(rows) + 1)


def test_latest_shows_one_row_per_vehicle_that_moves_with_the_clock():
    keys, times, ids = _fixes()
    spec = TimeSpec("time", "latest", key="vehicle_id", max_age=dt.timedelta(minutes=10))
    shown = lambda h: ids[time_mask(spec, times, None, _clock(h), keys=keys, ids=ids)].tolist()  # noqa: E731
    assert shown(0) == [1]                          # A's first fix; B has not started
    assert shown(12 / 60) == [2, 8]                 # A at 0:10, B at 0:05 — one point each
    assert shown(22 / 60) == [3, 9]                 # both moved on
    assert shown(40 / 60) == [5, 11]
    assert shown(45 / 60) == [5, 11]                # B's last fix (0:35) exactly 10 min old: still shown
    assert shown(46 / 60) == [5]                    # over 10 min old: gone
    assert shown(5) == []                           # everyone silent
    unlimited = TimeSpec("time", "latest", key="vehicle_id")
    assert ids[time_mask(unlimited, times, None, _clock(5), keys=keys, ids=ids)].tolist() == [7, 11]
    assert ids[time_mask(spec, times, None, TwinClock(), keys=keys, ids=ids)].tolist() == [7, 11]  # unset: the last


def test_ties_at_one_time_show_the_larger_id_only():
    keys = np.array(["A", "A"], dtype=object)
    times = np.array(["2025-01-15T00:00", "2025-01-15T00:00"], dtype="datetime64[us]")
    spec = TimeSpec("time", "latest", key="vehicle_id")
    assert time_mask(spec, times, None, _clock(30, start_hours=None), keys=keys, ids=np.array([7, 3])).tolist() == \
        [True, False]


def test_latest_mask_on_an_index_matches_the_rule_on_rows():
    keys, times, ids = _fixes()
    codes = np.unique(keys.astype(str), return_inverse=True)[1]
    us = times.astype("datetime64[us]").astype(np.int64)
    idx = EventIndex.from_arrays(codes, us, ids)
    spec = TimeSpec("time", "latest", key="vehicle_id", max_age=dt.timedelta(minutes=10))
    for h in (0, 0.1, 0.3, 0.5, 0.62, 0.7, 0.99, 1.5):
        c = _clock(h)
        assert sorted(idx.rows[latest_mask(idx, c, spec.max_age)].tolist()) == \
            ids[time_mask(spec, times, None, c, keys=keys, ids=ids)].tolist()


def test_an_instant_with_a_max_age_is_a_trail_of_the_last_hour():
    keys, times, ids = _fixes()
    trail = TimeSpec("time", "instant", max_age=dt.timedelta(minutes=20))
    assert ids[time_mask(trail, times, None, _clock(0.5))].tolist() == [2, 3, 4, 9, 10]     # 0:10 … 0:30
    assert ids[time_mask(TimeSpec("time"), times, None, _clock(0.5))].tolist() == [1, 2, 3, 4, 8, 9, 10]


# -- through the document ------------------------------------------------------------------------------------------

@pytest.fixture
def doc(store):
    """A table of four streets and a table of passes over them; a table of vehicle fixes."""
    store.query("CREATE TABLE streets AS SELECT * FROM (VALUES (1, 'a'), (2, 'b'), (3, 'c'), (4, 'd')) t(id, name)")
    store.query("""CREATE TABLE passes AS SELECT * FROM (VALUES
        (1, TIMESTAMPTZ '2025-01-15 01:00:00+09'), (1, TIMESTAMPTZ '2025-01-15 04:00:00+09'),
        (2, TIMESTAMPTZ '2025-01-15 05:00:00+09'), (3, TIMESTAMPTZ '2025-01-14 22:00:00+09'),
        (99, TIMESTAMPTZ '2025-01-15 02:00:00+09')) t(road, served)""")
    store.query("""CREATE TABLE fixes AS SELECT i AS id, CASE WHEN i % 2 = 0 THEN 'A' ELSE 'B' END AS vehicle,
                   TIMESTAMPTZ '2025-01-15 00:00:00+09' + i * INTERVAL 2 MINUTE AS t,
                   ST_Point(i * 10.0, 0) AS geom FROM range(1, 41) r(i)""")
    d = TwinDocument(store)
    d.layers.append(Layer(name="streets", kind="vector", source="streets", params={"id_column": "id"},
                          time=TimeSpec("served", "since", events="passes", key="road", value="hours_since")))
    d.layers.append(Layer(name="ploughs", kind="vector", source="fixes", params={"id_column": "id"},
                          time=TimeSpec("t", "latest", key="vehicle", max_age=dt.timedelta(minutes=5))))
    return d


def test_a_since_layer_offers_the_hours_as_a_numeric_attribute_at_the_clock(doc):
    streets = doc.layers[0]
    info = doc.attribute(streets, "hours_since")
    assert info.numeric
    doc.clock.set_range("2025-01-15T00:00", "2025-01-15T12:00", current="2025-01-15T06:00")
    ids, hours = doc.attribute_values(streets, "hours_since")
    assert ids.tolist() == [1, 2, 3, 4]
    assert hours[:2].tolist() == pytest.approx([2.0, 1.0]) and np.isnan(hours[2:]).all()   # 3: before the window
    doc.clock.current = "2025-01-15T04:00"
    assert doc.attribute_values(streets, "hours_since")[1][:2].tolist()[0] == 0.0
    assert np.isnan(doc.attribute_values(streets, "hours_since")[1][1])
    assert doc.shown_at_time(streets)[1].all() and doc.time_condition(streets) is None      # every street is drawn
    # the time bar's range spans the passes and the fixes
    lo, hi = doc.time_extent()
    assert (lo.astimezone(TOKYO), hi.astimezone(TOKYO)) == (aware("2025-01-14T22:00"), aware("2025-01-15T05:00"))


def test_a_project_without_the_events_table_has_no_events(doc):
    doc.layers[0].time = TimeSpec("served", "since", events="no_such_table", key="road")
    assert doc.time_events(doc.layers[0]).n_events == 0
    assert np.isnan(doc.since_values(doc.layers[0])[1]).all()


def test_a_latest_layer_shows_one_fix_per_vehicle_and_its_sql_agrees(doc):
    ploughs = doc.layers[1]
    doc.clock.set_range("2025-01-15T00:00", "2025-01-15T03:00", current="2025-01-15T00:31")
    ids, shown = doc.shown_at_time(ploughs)
    assert ids[shown].tolist() == [14, 15]                  # 00:28 (A) and 00:30 (B)
    cond = doc.time_condition(ploughs)
    assert [r[0] for r in doc.store.query(f"SELECT id FROM fixes WHERE {cond} ORDER BY id")] == [14, 15]
    doc.clock.current = "2025-01-15T01:00"
    assert doc.shown_at_time(ploughs)[0][doc.shown_at_time(ploughs)[1]].tolist() == [29, 30]
    doc.clock.current = "2025-01-15T01:26"                  # last fixes at 01:18 and 01:20: over 5 min old
    assert not doc.shown_at_time(ploughs)[1].any()
    assert doc.store.query(f"SELECT count(*) FROM fixes WHERE {doc.time_condition(ploughs)}")[0][0] == 0
