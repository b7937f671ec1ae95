"""The twin's clock and the rule deciding which features of a temporal layer it shows."""

from __future__ import annotations

import datetime as dt

import numpy as np
import pytest

from twin.clock import TOKYO, TwinClock, aware, time_mask
from twin.themes import TimeSpec


def test_naive_times_are_tokyo_and_iso_text_is_read():
    assert aware("2025-01-09T10:30").tzinfo == TOKYO
    assert aware("2025-01-09T01:30:00Z") == dt.datetime(2025, 1, 9, 10, 30, tzinfo=TOKYO)
    assert aware("2040") == dt.datetime(2040, 1, 1, tzinfo=TOKYO)
    with pytest.raises(ValueError, match="not a time"):
        aware("next tuesday")


def test_clock_steps_within_its_range_and_emits():
    c = TwinClock()
    seen = []
    c.events.current.connect(lambda new, old: seen.append(new))
    c.set_range("2025-01-01", "2025-01-03", step=dt.timedelta(days=1))
    assert c.current == aware("2025-01-01")
    assert c.advance() and c.advance() and not c.advance()        # stops at the end
    assert c.current == aware("2025-01-03") and len(seen) == 3
    c.current = "2030-01-01"                                     # clamped to the range
    assert c.current == aware("2025-01-03")
    with pytest.raises(ValueError):
        c.step = dt.timedelta(0)
    state = c.to_state()
    d = TwinClock()
    d.restore(state)
    assert (d.current, d.start, d.end, d.step) == (c.current, c.start, c.end, c.step)


def _ts(*texts):
    return np.array([np.datetime64(aware(t).astimezone(dt.timezone.utc).replace(tzinfo=None)) if t else np.datetime64("NaT")
                     for t in texts], dtype="datetime64[us]")


def test_instants_are_shown_once_they_happened_within_the_range():
    c = TwinClock()
    c.set_range("2025-01-01", "2025-12-31", current="2025-03-01T00:00")
    vals = _ts("2024-12-31T23:59", "2025-02-28T23:59", "2025-03-01T00:00", "2025-03-01T00:01", None)
    assert time_mask(TimeSpec("t"), vals, None, c).tolist() == [False, True, True, False, True]
    assert time_mask(TimeSpec("t"), vals, None, TwinClock()).all()          # an unset clock shows everything


def test_intervals_are_half_open_and_a_null_end_is_open():
    c = TwinClock()
    c.set_range("2025-01-01", "2026-01-01", current="2025-06-01")
    start = _ts("2025-01-01", "2025-06-01", "2025-06-02", None)
    end = _ts("2025-06-01", None, "2025-07-01", "2025-06-02")
    assert time_mask(TimeSpec("a", "interval", "b"), start, end, c).tolist() == [False, True, False, True]


def test_years_show_the_latest_year_not_after_the_clock():
    c = TwinClock()
    c.set_range("2020", "2070", current="2043-05-01")
    years = np.array([2020, 2025, 2040, 2045, None], dtype=object)
    assert time_mask(TimeSpec("year", "year"), years, None, c).tolist() == [False, False, True, False, True]
    c.current = "2020-01-01"
    assert time_mask(TimeSpec("year", "year"), years, None, c).tolist() == [True, False, False, False, True]


def test_a_year_layer_spans_its_first_and_last_year(store):
    from twin.document import TwinDocument
    from twin.layer import Layer

    store.query("CREATE TABLE pop AS SELECT * FROM (VALUES (1, 2020, 5.0), (2, 2040, 4.0), (3, NULL, 1.0)) "
                "t(id, year, v)")
    doc = TwinDocument(store)
    doc.layers.append(Layer(name="pop", kind="vector", source="pop", params={"id_column": "id"},
                            time=TimeSpec("year", "year")))
    lo, hi = doc.time_extent()
    assert (lo.astimezone(TOKYO), hi.astimezone(TOKYO)) == (aware("2020"), aware("2040"))


def test_an_instant_without_window_shows_everything_up_to_the_clock():
    import numpy as np
    from twin.clock import TwinClock, time_filter_sql, time_mask
    from twin.themes import TimeSpec, layer_kind

    times = np.array(["2025-01-05T09:00:00+09:00", "2026-01-23T20:00:00+09:00", "2026-01-24T07:00:00+09:00"],
                     dtype="datetime64[us]")
    clock = TwinClock()
    clock.set_range("2026-01-23T18:00", "2026-01-24T08:00", current="2026-01-24T06:00")
    windowed, open_ended = TimeSpec("t", "instant"), TimeSpec("t", "instant", window=False)
    assert time_mask(windowed, times, None, clock).tolist() == [False, True, False]
    assert time_mask(open_ended, times, None, clock).tolist() == [True, True, False]
    assert ">=" in time_filter_sql(windowed, clock) and ">=" not in time_filter_sql(open_ended, clock)
    assert TimeSpec.from_dict(open_ended.to_dict()) == open_ended and "window" not in windowed.to_dict()
    # road reports and repair cases: what was known by the clock's time, whatever range a storm replay set
    assert not layer_kind("road_reports").time.window and not layer_kind("repair_cases").time.window
    assert layer_kind("plough_points").time.window
