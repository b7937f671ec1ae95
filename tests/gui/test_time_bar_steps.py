"""The time bar names its step as people say it: a population step of 5 years (1,827 days) in years, a quarter
in months, shorter steps in weeks, days, hours, minutes."""

from __future__ import annotations

import datetime as dt

import pytest

from gui.population_map import YEAR_STEP
from gui.time_bar import MONTH, YEAR, TimeBar, calendar_units

D = dt.timedelta


@pytest.fixture
def bar(qtbot):
    b = TimeBar()
    qtbot.addWidget(b)
    return b


@pytest.mark.parametrize(("step", "text"), [
    (YEAR_STEP, "5 years"), (D(days=1827), "5 years"), (D(days=1826), "5 years"), (D(days=3653), "10 years"),
    (D(days=365), "1 year"), (D(days=366), "1 year"), (D(days=365, hours=6), "1 year"), (D(days=730), "2 years"),
    (D(days=548), "18 months"), (D(days=91), "3 months"), (D(days=182), "6 months"), (D(days=61), "2 months"),
    (D(days=63), "9 week(s)"), (D(days=30), "30 day(s)"), (D(days=45), "45 day(s)"), (D(days=400), "400 day(s)"),
    (D(days=14), "2 week(s)"), (D(days=1), "1 day(s)"), (D(hours=6), "6 h"), (D(minutes=10), "10 min"),
    (D(seconds=90), "90 s")])
def test_step_text(bar, step, text):
    assert bar.step_text(step) == text


def test_calendar_units():
    assert calendar_units(D(days=1827), YEAR) == 5 and calendar_units(D(days=1800), YEAR) == 0
    assert calendar_units(D(days=200), YEAR) == 0 and calendar_units(D(days=91), MONTH) == 3
    assert calendar_units(D(days=10), MONTH) == 0


def test_the_population_clock_step_is_offered_in_years(bar, store):
    """The Population panel's 5-year step is added to the step list and shown as years, not as 261 weeks."""
    from twin.document import TwinDocument
    from twin.layer import Layer
    from twin.themes import TimeSpec

    store.query("CREATE TABLE pop AS SELECT i AS id, 2020 + 5 * i AS year, ST_Point(i, 0) AS geom FROM range(4) t(i)")
    doc = TwinDocument(store)
    bar.set_document(doc)
    doc.layers.append(Layer(name="人口", kind="vector", source="pop", time=TimeSpec("year", "year")))
    doc.clock.set_range("2020", "2035", current="2025", step=YEAR_STEP)
    assert bar.step_combo.currentText() == "5 years"
    assert bar.step_combo.currentData() == YEAR_STEP.total_seconds()
    bar.set_document(None)
