"""The time bar: the twin's clock (:class:`twin.clock.TwinClock`) as a slider, play/pause, step buttons, the step
size and a date-time field, all following ``document.clock`` both ways.

Temporal layers (layers with a time attribute, ``layer.temporal``) show their features at the clock's time. When
no layer is temporal the bar is disabled and says why; when the first temporal layer appears and the clock is
unset, the range becomes the layers' time extent (:meth:`twin.document.TwinDocument.time_extent`) with a step of
about a fiftieth of it, and the clock stands at the end (every feature shown) until the user moves it. The fit
button sets the range to the layers' times again (after new layers or imports).

Play advances the clock one step every :data:`PLAY_INTERVAL_MS` and stops at the end (from the end it starts
again at the beginning). Slider drags set the clock at most every :data:`DRAG_INTERVAL_MS`. Times are shown in
Japan time, in the UI language (2025年1月9日 10:30).
"""

from __future__ import annotations

import datetime as dt
import math
from typing import Any

from PySide6.QtCore import QDate, QDateTime, QSize, Qt, QTime, QTimer, QTimeZone
from PySide6.QtWidgets import QComboBox, QDateTimeEdit, QLabel, QSizePolicy, QSlider, QStyle, QToolBar, \
    QToolButton, QWidget
from superqt.utils import qthrottled

from gui.messages import error_text
from gui.qt_helpers import Connections, Retranslatable
from twin.clock import TOKYO, aware

PLAY_INTERVAL_MS = 500
DRAG_INTERVAL_MS = 100
MAX_POSITIONS = 10_000          # slider positions at most (a range of more steps is sampled)
_QT_TOKYO = QTimeZone(b"Asia/Tokyo")

#: step sizes offered (the clock's own step is added when it is none of these)
STEPS = (dt.timedelta(minutes=1), dt.timedelta(minutes=10), dt.timedelta(hours=1), dt.timedelta(hours=6),
         dt.timedelta(days=1), dt.timedelta(days=7), dt.timedelta(days=30))


#: the mean Gregorian year and month, for naming steps (:func:`calendar_units`)
YEAR = dt.timedelta(days=365.2425)
MONTH = YEAR / 12


def calendar_units(step: dt.timedelta, unit: dt.timedelta) -> int:
    """How many whole ``unit`` (:data:`YEAR` or :data:`MONTH`) ``step`` is, when it is about that (within two days
    per year, at least a day): 1,827 days → 5 years, 365 or 366 days → 1; 0 when it is not close to whole units or
    shorter than one."""
    n = round(step / unit)
    tolerance = max(dt.timedelta(days=1), dt.timedelta(days=2) * (step / YEAR))
    return n if n >= 1 and abs(step - n * unit) <= tolerance else 0


def to_qdatetime(t: dt.datetime) -> QDateTime:
    """A clock time as a QDateTime in Japan time."""
    t = aware(t).astimezone(TOKYO)
    return QDateTime(QDate(t.year, t.month, t.day), QTime(t.hour, t.minute, t.second), _QT_TOKYO)


def from_qdatetime(q: QDateTime) -> dt.datetime:
    """A QDateTime (any zone) as an aware datetime in Japan time."""
    return dt.datetime.fromtimestamp(q.toSecsSinceEpoch(), dt.timezone.utc).astimezone(TOKYO)


def nice_step(start: dt.datetime, end: dt.datetime) -> dt.timedelta:
    """The largest offered step that still gives about 50 steps over ``start … end`` (at least the smallest)."""
    span = end - start
    fitting = [s for s in STEPS if s * 50 <= span]
    return fitting[-1] if fitting else STEPS[0]


class TimeBar(Retranslatable, QToolBar):
    """The window's time bar (a tool bar, at the bottom by default); see the module docstring."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("timeBar")
        self.setIconSize(QSize(18, 18))
        self._document = None
        self._links = Connections()
        self._updating = False
        self._unit = dt.timedelta(hours=1)

        self.back_button = self._button("timeStepBack", QStyle.StandardPixmap.SP_MediaSkipBackward,
                                        lambda: self.step(-1))
        self.play_button = self._button("timePlay", QStyle.StandardPixmap.SP_MediaPlay, None)
        self.play_button.setCheckable(True)
        self.play_button.toggled.connect(self._on_play_toggled)
        self.forward_button = self._button("timeStepForward", QStyle.StandardPixmap.SP_MediaSkipForward,
                                           lambda: self.step(+1))
        self.slider = QSlider(Qt.Orientation.Horizontal, self)
        self.slider.setObjectName("timeSlider")
        self.slider.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self.slider.setMinimumWidth(200)
        self.slider.valueChanged.connect(self._on_slider)
        self.time_edit = QDateTimeEdit(self)
        self.time_edit.setObjectName("timeEdit")
        self.time_edit.setTimeZone(_QT_TOKYO)
        self.time_edit.setCalendarPopup(True)
        self.time_edit.setKeyboardTracking(False)
        self.time_edit.dateTimeChanged.connect(self._on_edit)
        self.fit_button = self._button("timeFit", QStyle.StandardPixmap.SP_BrowserReload, self.fit_range)
        self.step_combo = QComboBox(self)
        self.step_combo.setObjectName("timeStep")
        self.step_combo.activated.connect(self._on_step_chosen)
        self.hint = QLabel(self)
        self.hint.setObjectName("timeHint")
        self.hint.setStyleSheet("color: #666;")
        self.range_label = QLabel(self)
        self.range_label.setObjectName("timeRange")
        for w in (self.back_button, self.play_button, self.forward_button):
            self.addWidget(w)
        self.addWidget(self.time_edit)
        self.addWidget(self.slider)
        self.addWidget(self.range_label)
        self.addWidget(self.step_combo)
        self.addWidget(self.fit_button)
        self.hint_action = self.addWidget(self.hint)       # a tool bar shows and hides its widgets by their action

        self._timer = QTimer(self)
        self._timer.setInterval(PLAY_INTERVAL_MS)
        self._timer.timeout.connect(self._tick)
        self._set_current_while_dragging = qthrottled(self._set_current, timeout=DRAG_INTERVAL_MS, leading=True)
        self.retranslate()
        self._sync()

    def _button(self, name: str, icon: QStyle.StandardPixmap, slot) -> QToolButton:
        b = QToolButton(self)
        b.setObjectName(name)
        b.setAutoRaise(True)
        b.setIcon(self.style().standardIcon(icon))
        if slot is not None:
            b.clicked.connect(slot)
        return b

    # -- binding ---------------------------------------------------------------------------------------------
    @property
    def clock(self):
        return self._document.clock if self._document is not None else None

    def set_document(self, document) -> None:
        """Follow ``document``'s clock and layers (None: an empty, disabled bar)."""
        self._links.disconnect()
        self._timer.stop()
        self._document = document
        if document is not None:
            ce, le = document.clock.events, document.layers.events
            self._links = Connections(
                [(sig, self._sync) for sig in (ce.current, ce.start, ce.end, ce.step)]
                + [(ce.playing, self._on_playing)]
                + [(sig, self.update_availability) for sig in (le.inserted, le.removed, le.changed)]
                + [(le.child_event, self._on_layer_field)]).connect()
            document.clock.playing = False
        self.update_availability()

    def closeEvent(self, event) -> None:  # noqa: N802
        self.set_document(None)
        super().closeEvent(event)

    def _on_layer_field(self, info: Any) -> None:
        if getattr(getattr(info, "signal", None), "name", None) == "time":
            self.update_availability()

    # -- availability ------------------------------------------------------------------------------------------
    def temporal_layers(self) -> list:
        return [v for v in self._document.layers if v.temporal] if self._document is not None else []

    def update_availability(self, *args: Any) -> None:
        """Enable the bar when a layer is temporal; give the clock a range from the layers' times the first time."""
        clock = self.clock
        problem = ""
        if self.temporal_layers() and clock is not None and (clock.start is None or clock.end is None):
            try:
                extent = self._document.time_extent()
            except Exception as exc:  # noqa: BLE001 - e.g. a layer whose table is missing
                extent, problem = None, error_text(exc)
            if extent is not None:
                start, end = extent
                clock.set_range(start, end, current=end, step=nice_step(start, end))
        self._sync(problem=problem)

    def fit_range(self) -> bool:
        """Set the range to the temporal layers' times again (after adding a layer or importing new times); the
        clock keeps its time when it is still inside. False when there are no times."""
        if self._document is None or not self.temporal_layers():
            return False
        try:
            extent = self._document.time_extent()
        except Exception as exc:  # noqa: BLE001 - e.g. a layer whose table is missing
            self._sync(problem=error_text(exc))
            return False
        if extent is None:
            return False
        clock = self._document.clock
        current = clock.current if clock.current is not None and extent[0] <= clock.current <= extent[1] else extent[1]
        clock.set_range(extent[0], extent[1], current=current)
        return True

    def is_active(self) -> bool:
        """True when a temporal layer is there and the clock has a range."""
        clock = self.clock
        return bool(self.temporal_layers()) and clock is not None and clock.start is not None \
            and clock.end is not None and clock.is_set

    # -- clock -> widgets -----------------------------------------------------------------------------------------
    def _sync(self, *args: Any, problem: str = "") -> None:
        active = self.is_active()
        for w in (self.back_button, self.play_button, self.forward_button, self.slider, self.time_edit,
                  self.step_combo, self.fit_button):
            w.setEnabled(active)
        if not active:
            self.hint.setText(problem or (self.tr("No layer has times yet.") if not self.temporal_layers()
                                          else self.tr("The layers' times are empty.")))
            self.hint.setToolTip(self.tr("The time bar moves layers that have a time attribute (reports, "
                                         "plough tracks, …) through time."))
            self.hint_action.setVisible(True)
            self.range_label.clear()
            self._updating = True
            try:        # no time to show: "—" (a date-time field shows its special text at its minimum)
                self.time_edit.setSpecialValueText("—")
                self.time_edit.setDateTime(self.time_edit.minimumDateTime())
            finally:
                self._updating = False
            self._fill_steps()
            return
        self.hint_action.setVisible(False)
        clock = self.clock
        self._updating = True
        try:
            span = clock.end - clock.start
            n = max(1, math.ceil(span / clock.step)) if span else 0
            self._unit = clock.step if n <= MAX_POSITIONS else span / MAX_POSITIONS
            self.slider.setRange(0, min(n, MAX_POSITIONS))
            self.slider.setPageStep(max(1, self.slider.maximum() // 10))
            self.slider.setValue(self._position(clock.current))
            self.time_edit.setSpecialValueText("")
            self.time_edit.setDateTimeRange(to_qdatetime(clock.start), to_qdatetime(clock.end))
            self.time_edit.setDateTime(to_qdatetime(clock.current))
            self.slider.setToolTip(self.format_time(clock.current))
            self.range_label.setText(self.tr("{start} – {end}").format(start=self.format_time(clock.start),
                                                                       end=self.format_time(clock.end)))
            self._fill_steps()
            self.back_button.setEnabled(clock.current > clock.start)
            self.forward_button.setEnabled(clock.current < clock.end)
        finally:
            self._updating = False

    def _position(self, t: dt.datetime) -> int:
        clock = self.clock
        if t >= clock.end:
            return self.slider.maximum()
        return max(0, min(self.slider.maximum(), round((t - clock.start) / self._unit)))

    def _time_at(self, position: int) -> dt.datetime:
        clock = self.clock
        return clock.end if position >= self.slider.maximum() else min(clock.start + position * self._unit, clock.end)

    def _fill_steps(self) -> None:
        clock = self.clock
        steps = list(STEPS)
        if clock is not None and clock.step not in steps:
            steps.append(clock.step)
        self.step_combo.blockSignals(True)
        self.step_combo.clear()
        for s in steps:
            self.step_combo.addItem(self.step_text(s), s.total_seconds())
        if clock is not None:
            self.step_combo.setCurrentIndex(steps.index(clock.step))
        self.step_combo.blockSignals(False)

    # -- widgets -> clock ---------------------------------------------------------------------------------------
    def _set_current(self, t: dt.datetime) -> None:
        if self.clock is not None:
            self.clock.current = t

    def _on_slider(self, value: int) -> None:
        if self._updating or not self.is_active():
            return
        t = self._time_at(value)
        self.slider.setToolTip(self.format_time(t))
        if self.slider.isSliderDown():
            self._set_current_while_dragging(t)
        else:
            self._set_current(t)

    def _on_edit(self, value: QDateTime) -> None:
        if not self._updating and self.is_active():
            self._set_current(from_qdatetime(value))

    def _on_step_chosen(self, index: int) -> None:
        seconds = self.step_combo.itemData(index)
        if self.clock is not None and seconds:
            self.clock.step = dt.timedelta(seconds=float(seconds))

    def step(self, steps: int) -> bool:
        """Move the clock ``steps`` steps (negative: back); False at an end."""
        return self.clock.advance(steps) if self.is_active() else False

    # -- play ----------------------------------------------------------------------------------------------------
    def play(self, on: bool = True) -> None:
        """Start (from the beginning when the clock is at the end) or stop playing."""
        clock = self.clock
        if clock is None or (on and not self.is_active()):
            on = False
        if on and clock.current >= clock.end:
            clock.current = clock.start
        if clock is not None:
            clock.playing = on
        self._on_playing(on)

    def _on_play_toggled(self, on: bool) -> None:
        if not self._updating:
            self.play(on)

    def _on_playing(self, *args: Any) -> None:
        playing = bool(self.clock is not None and self.clock.playing)
        if playing and not self._timer.isActive():
            self._timer.start()
        elif not playing:
            self._timer.stop()
        self._updating = True
        try:
            self.play_button.setChecked(playing)
            self.play_button.setIcon(self.style().standardIcon(
                QStyle.StandardPixmap.SP_MediaPause if playing else QStyle.StandardPixmap.SP_MediaPlay))
            self.play_button.setToolTip(self.tr("Pause") if playing else self.tr("Play"))
        finally:
            self._updating = False

    def _tick(self) -> None:
        clock = self.clock
        if clock is None or not clock.advance() or clock.current >= clock.end:
            self.play(False)

    # -- texts ------------------------------------------------------------------------------------------------------
    def format_time(self, t: dt.datetime | None) -> str:
        """``t`` in Japan time as the UI language writes it (2025年1月9日 10:30 / 2025-01-09 10:30)."""
        return to_qdatetime(t).toString(self.time_format()) if t is not None else "—"

    def time_format(self) -> str:
        return self.tr("yyyy-MM-dd HH:mm")

    def step_text(self, step: dt.timedelta) -> str:
        """The step as people say it: about a year or more in years (5-year population steps of 1,827 days: "5
        years"), else in months where it is close to whole months (91 days: "3 months"), else in weeks, days,
        hours, minutes or seconds."""
        seconds = int(step.total_seconds())
        years = calendar_units(step, YEAR)
        if years:
            return self.tr("1 year") if years == 1 else self.tr("{n} years").format(n=years)
        months = calendar_units(step, MONTH) if step >= 2 * MONTH - dt.timedelta(days=2) else 0
        if months:
            return self.tr("{n} months").format(n=months)
        for unit, text in ((86400 * 7, self.tr("{n} week(s)")), (86400, self.tr("{n} day(s)")),
                           (3600, self.tr("{n} h")), (60, self.tr("{n} min"))):
            if seconds >= unit and seconds % unit == 0:
                return text.format(n=seconds // unit)
        return self.tr("{n} s").format(n=seconds)

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Time"))
        self.time_edit.setDisplayFormat(self.time_format())
        self.back_button.setToolTip(self.tr("One step back"))
        self.forward_button.setToolTip(self.tr("One step forward"))
        self.step_combo.setToolTip(self.tr("Step of the step buttons and of play"))
        self.fit_button.setToolTip(self.tr("Fit the range to the times of the layers"))
        self.time_edit.setToolTip(self.tr("The twin's time (Japan time)"))
        self._on_playing()
        self._sync()


__all__ = ["MONTH", "PLAY_INTERVAL_MS", "STEPS", "TimeBar", "YEAR", "calendar_units", "from_qdatetime", "nice_step",
           "to_qdatetime"]
