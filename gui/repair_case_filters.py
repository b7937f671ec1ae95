"""The Road Damage panel's filter bar: which repair cases the work list shows.

* **Statuses**: one checkable box per status (受付済, 対応中, 対応済), all ticked at first, each with its colour;
* **Damage**: the worst damage class of the case (the classes present, and "no class" for citizen-only cases);
* **Area**: the work package (``repair_cases.package``, a JIS X 0410 mesh code);
* **Time**: *Follow the clock* (ticked at first) takes the window from the twin's clock
  (:class:`twin.clock.TwinClock`): cases first reported up to its current time, the rule of the clock
  (:func:`twin.clock.time_mask`) for the map's ``repair_cases`` layer, whose time has no lower bound
  (``TimeSpec(window=False)``: a storm replay's range does not hide the work list). The window moves with the time bar (also while it plays; reloads are debounced by
  :data:`CLOCK_DEBOUNCE_MS`). An unset clock (no layer on the clock) shows every case. Unticked, the two date
  fields set the window: whole days, Japan time. Statuses and priorities are always today's.

:meth:`CaseFilterBar.current_filter` gives the :class:`gui.repair_cases_model.CaseFilter`; ``changed`` is emitted
whenever it may have changed.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QColor, QIcon, QPainter, QPixmap
from PySide6.QtWidgets import QCheckBox, QComboBox, QDateEdit, QHBoxLayout, QLabel, QWidget

from gui.qt_helpers import Connections, Retranslatable, refill_combo, single_shot_timer
from gui.repair_cases_model import NO_CLASS, CaseFilter, class_text, distinct_values, status_text
from gui.time_bar import to_qdatetime
from twin.clock import TOKYO
from twin.themes import layer_kind
from twin.themes.road_damage import STATUS_COLORS, STATUSES

CLOCK_DEBOUNCE_MS = 150


def _dot(color: str) -> QIcon:
    pix = QPixmap(12, 12)
    pix.fill(Qt.GlobalColor.transparent)
    p = QPainter(pix)
    p.setRenderHint(QPainter.RenderHint.Antialiasing)
    p.setBrush(QColor(color))
    p.setPen(Qt.PenStyle.NoPen)
    p.drawEllipse(1, 1, 10, 10)
    p.end()
    return QIcon(pix)


class CaseFilterBar(Retranslatable, QWidget):
    """See the module docstring. :meth:`set_document` follows a document's clock; :meth:`fill` offers the classes
    and areas of the project's cases."""

    changed = Signal()

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("caseFilterBar")
        self._document = None
        self._store = None
        self._has_cases = False
        self._links = Connections()
        self._clock_timer = single_shot_timer(self, CLOCK_DEBOUNCE_MS, self._emit)

        self.status_checks: dict[str, QCheckBox] = {}
        for i, s in enumerate(STATUSES):
            cb = QCheckBox(self)
            cb.setObjectName(f"statusFilter_{i}")
            cb.setChecked(True)
            cb.setIcon(_dot(STATUS_COLORS[s]))
            cb.toggled.connect(self._emit)
            self.status_checks[s] = cb
        self.class_combo = QComboBox(self)
        self.class_combo.setObjectName("classFilter")
        self.class_combo.activated.connect(self._emit)
        self.area_combo = QComboBox(self)
        self.area_combo.setObjectName("areaFilter")
        self.area_combo.activated.connect(self._emit)
        self.follow_clock = QCheckBox(self)
        self.follow_clock.setObjectName("followClock")
        self.follow_clock.setChecked(True)
        self.follow_clock.toggled.connect(self._on_follow_toggled)
        self.from_edit = self._date_edit("fromDate")
        self.to_edit = self._date_edit("toDate")
        self.class_caption, self.area_caption, self.to_caption = QLabel(self), QLabel(self), QLabel("–", self)

        lay = QHBoxLayout(self)
        lay.setContentsMargins(0, 0, 0, 0)
        for cb in self.status_checks.values():
            lay.addWidget(cb)
        lay.addSpacing(8)
        for w in (self.class_caption, self.class_combo, self.area_caption, self.area_combo):
            lay.addWidget(w)
        lay.addSpacing(8)
        for w in (self.follow_clock, self.from_edit, self.to_caption, self.to_edit):
            lay.addWidget(w)
        self.retranslate()

    def _emit(self, *_: object) -> None:
        self._clock_timer.stop()
        self.changed.emit()

    def _date_edit(self, name: str) -> QDateEdit:
        e = QDateEdit(self)
        e.setObjectName(name)
        e.setCalendarPopup(True)
        e.setDisplayFormat("yyyy-MM-dd")
        e.setEnabled(False)
        e.dateChanged.connect(self._on_dates_edited)
        return e

    # -- binding ------------------------------------------------------------------------------------------------
    def set_document(self, document) -> None:
        """Follow ``document``'s clock (None: no clock)."""
        self._links.disconnect()
        self._document = document
        if document is not None:
            ce = document.clock.events
            self._links = Connections.of((ce.current, ce.start, ce.end), self._on_clock).connect()

    def closeEvent(self, event) -> None:  # noqa: N802
        self._links.disconnect()
        super().closeEvent(event)

    def fill(self, store: Any, has_cases: bool) -> None:
        """Offer the damage classes and work packages of ``store``'s cases (keeping the choices still offered)."""
        self._store, self._has_cases = store, has_cases
        classes = distinct_values(store, "worst_class") if has_cases else []
        items = [(None, self.tr("All damage classes"))] + [(c, class_text(c)) for c in classes]
        if has_cases and store.query("SELECT count(*) FROM repair_cases WHERE worst_class IS NULL")[0][0]:
            items.append((NO_CLASS, self.tr("No class (citizen reports)")))
        refill_combo(self.class_combo, items)
        packages = distinct_values(store, "package") if has_cases else []
        refill_combo(self.area_combo, [(None, self.tr("All areas"))] + [(p, p) for p in packages])
        for w in (self.class_combo, self.area_combo, self.follow_clock, *self.status_checks.values()):
            w.setEnabled(has_cases)
        self._update_dates()

    # -- the filter ---------------------------------------------------------------------------------------------
    def statuses(self) -> list[str]:
        """The ticked statuses."""
        return [s for s, cb in self.status_checks.items() if cb.isChecked()]

    def package(self) -> str | None:
        """The chosen work package (None: every area)."""
        return self.area_combo.currentData()

    def current_filter(self) -> CaseFilter:
        """What the bar says now."""
        statuses = frozenset(self.statuses())
        start, end = self.time_window()
        return CaseFilter(statuses=None if len(statuses) == len(STATUSES) else statuses,
                          damage_class=self.class_combo.currentData(), package=self.package(), start=start, end=end)

    def time_window(self) -> tuple[dt.datetime | None, dt.datetime | None]:
        """The clock's range start … current time when following the clock ((None, None) when the clock is unset),
        else the two dates (whole days, Japan time)."""
        if self.follow_clock.isChecked():
            clock = self._document.clock if self._document is not None else None
            if clock is None or not clock.is_set:
                return None, None
            spec = layer_kind("repair_cases").time
            return (clock.start if spec is not None and spec.window else None), clock.current
        d0, d1 = self.from_edit.date(), self.to_edit.date()
        start = dt.datetime(d0.year(), d0.month(), d0.day(), tzinfo=TOKYO)
        end = dt.datetime(d1.year(), d1.month(), d1.day(), tzinfo=TOKYO) + dt.timedelta(days=1, microseconds=-1)
        return start, end

    def _update_dates(self) -> None:
        """While following the clock the date fields show its window (else the cases' dates) and are read-only."""
        following = self.follow_clock.isChecked()
        for e in (self.from_edit, self.to_edit):
            e.setEnabled(self._has_cases and not following)
        clock = self._document.clock if self._document is not None else None
        on_clock = clock is not None and clock.is_set
        self.follow_clock.setToolTip(
            self.tr("Following the twin's clock: cases first reported up to the time bar's current time")
            if on_clock else self.tr("Following the twin's clock: no layer is on the clock, so every case is listed"))
        if not following:
            return
        if on_clock:
            start, end = self.time_window()
            if start is None and self._has_cases:
                start = self._store.query("SELECT min(first_reported) FROM repair_cases")[0][0]
        elif self._has_cases:
            start, end = self._store.query("SELECT min(first_reported), max(first_reported) FROM repair_cases")[0]
        else:
            start = end = None
        for e, t in ((self.from_edit, start), (self.to_edit, end)):
            if t is not None:
                e.blockSignals(True)
                e.setDate(to_qdatetime(t).date())
                e.blockSignals(False)

    def _on_follow_toggled(self, on: bool) -> None:
        self._update_dates()
        self._emit()

    def _on_dates_edited(self, *_: object) -> None:
        if not self.follow_clock.isChecked():
            self._emit()

    def _on_clock(self, *_: object) -> None:
        if self.follow_clock.isChecked():
            self._update_dates()
            self._clock_timer.start()            # the clock may be playing: one reload per burst

    def retranslate(self) -> None:
        for s, cb in self.status_checks.items():
            cb.setText(status_text(s))
            cb.setToolTip(self.tr("Show cases with status {status}").format(status=s))
        self.class_caption.setText(self.tr("Damage:"))
        self.area_caption.setText(self.tr("Area:"))
        self.area_combo.setToolTip(self.tr("Work package: the 1 km mesh (JIS X 0410) a case lies in"))
        self.follow_clock.setText(self.tr("Follow the clock"))
        self.from_edit.setToolTip(self.tr("First day of the window (Japan time)"))
        self.to_edit.setToolTip(self.tr("Last day of the window (Japan time)"))
        if self._store is not None:
            self.fill(self._store, self._has_cases)
        else:
            self._update_dates()


__all__ = ["CLOCK_DEBOUNCE_MS", "CaseFilterBar"]
