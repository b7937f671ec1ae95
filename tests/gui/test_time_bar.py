"""The time bar follows the document's clock both ways, and wakes up when a layer has times."""

from __future__ import annotations

import datetime as dt

import pytest

from gui.time_bar import TimeBar, nice_step, to_qdatetime
from twin.clock import TOKYO
from twin.document import TwinDocument
from twin.layer import Layer
from twin.themes import TimeSpec

T0 = dt.datetime(2025, 1, 1, 0, 0, tzinfo=TOKYO)


@pytest.fixture
def doc(store):
    """A project with ten reports, one a day from 2025-01-01 00:00 (Japan time), and no layer yet."""
    store.query("""CREATE TABLE reports AS
                   SELECT i AS id, TIMESTAMPTZ '2025-01-01 00:00:00+09' + i * INTERVAL 1 DAY AS received_at,
                          ST_Point(-27000 + i * 10, 35000) AS geom
                   FROM range(10) t(i)""")
    return TwinDocument(store)


def reports_layer() -> Layer:
    return Layer(name="通報", kind="vector", source="reports", time=TimeSpec("received_at"))


@pytest.fixture
def bar(doc, qtbot):
    b = TimeBar()
    qtbot.addWidget(b)
    b.set_document(doc)
    return b


def test_disabled_with_a_hint_until_a_layer_has_times(doc, bar):
    assert not bar.slider.isEnabled() and not bar.play_button.isEnabled()
    assert bar.hint_action.isVisible() and "times" in bar.hint.text()
    assert bar.time_edit.text() == "—"                                       # no made-up time
    doc.layers.append(Layer(name="点", kind="vector", source="reports"))      # no time attribute
    assert not bar.is_active()
    doc.layers.append(reports_layer())
    assert bar.is_active() and bar.slider.isEnabled() and not bar.hint_action.isVisible()
    clock = doc.clock
    # the range is the layers' time extent, the clock at its end (every report shown), about 50 steps or fewer
    assert (clock.start, clock.end, clock.current) == (T0, T0 + dt.timedelta(days=9), T0 + dt.timedelta(days=9))
    assert clock.step == dt.timedelta(hours=1) == nice_step(clock.start, clock.end)
    assert bar.slider.maximum() == 9 * 24 and bar.slider.value() == bar.slider.maximum()
    del doc.layers[1]
    assert not bar.is_active() and bar.hint_action.isVisible()


def test_slider_date_field_and_steps_follow_the_clock_both_ways(doc, bar):
    doc.layers.append(reports_layer())
    clock = doc.clock
    bar.slider.setValue(0)
    assert clock.current == T0
    clock.current = T0 + dt.timedelta(days=2, hours=3)
    assert bar.slider.value() == 51
    assert bar.time_edit.dateTime() == to_qdatetime(clock.current)
    bar.time_edit.setDateTime(to_qdatetime(T0 + dt.timedelta(days=5)))
    assert clock.current == T0 + dt.timedelta(days=5)
    assert bar.step(+1) and clock.current == T0 + dt.timedelta(days=5, hours=1)
    bar.back_button.click()
    assert clock.current == T0 + dt.timedelta(days=5)
    # a coarser step: the slider has one position per day
    i = bar.step_combo.findData(dt.timedelta(days=1).total_seconds())
    bar.step_combo.setCurrentIndex(i)
    bar.step_combo.activated.emit(i)
    assert clock.step == dt.timedelta(days=1) and bar.slider.maximum() == 9 and bar.slider.value() == 5
    bar.forward_button.click()
    assert clock.current == T0 + dt.timedelta(days=6)


def test_play_advances_and_stops_at_the_end(doc, bar):
    doc.layers.append(reports_layer())
    clock = doc.clock
    clock.step = dt.timedelta(days=4)
    bar.play()                                     # at the end: starts again from the beginning
    assert clock.playing and bar.play_button.isChecked() and bar._timer.isActive()
    assert clock.current == T0
    bar._tick()
    assert clock.current == T0 + dt.timedelta(days=4)
    bar._tick()
    assert clock.current == T0 + dt.timedelta(days=8) and clock.playing
    bar._tick()                                    # reaches the end: stops there
    assert clock.current == clock.end and not clock.playing
    assert not bar.play_button.isChecked() and not bar._timer.isActive()
    # the play button and the clock's playing flag follow each other
    bar.play_button.click()
    assert clock.playing
    clock.playing = False
    assert not bar.play_button.isChecked() and not bar._timer.isActive()


def test_time_in_the_ui_language(doc, bar):
    from gui.i18n import install_language

    doc.layers.append(reports_layer())
    doc.clock.current = dt.datetime(2025, 1, 9, 10, 30, tzinfo=TOKYO)
    assert bar.time_edit.text() == "2025-01-09 10:30"
    install_language("ja")
    assert bar.time_edit.text() == "2025年1月9日 10:30"
    assert bar.format_time(doc.clock.current) == "2025年1月9日 10:30"
    install_language("en")
    assert bar.time_edit.text() == "2025-01-09 10:30"


def test_the_shown_features_follow_the_bar(doc, bar):
    """What the scene draws: the model's answer for the clock the bar sets (reports received so far)."""
    doc.layers.append(reports_layer())
    layer = doc.layers[0]
    bar.slider.setValue(2 * 24)
    ids, shown = doc.shown_at_time(layer)
    assert int(shown.sum()) == 3
    bar.set_document(None)
    assert not bar.is_active()


def test_fit_the_range_to_new_times(doc, bar, store):
    doc.layers.append(reports_layer())
    clock = doc.clock
    clock.current = T0 + dt.timedelta(days=3)
    store.query("""INSERT INTO reports VALUES (10, TIMESTAMPTZ '2025-01-20 00:00:00+09', ST_Point(-27000, 35000))""")
    assert clock.end == T0 + dt.timedelta(days=9)               # the range stays until asked
    bar.fit_button.click()
    assert clock.end == T0 + dt.timedelta(days=19) and clock.current == T0 + dt.timedelta(days=3)
    assert bar.slider.maximum() == 19 * 24
