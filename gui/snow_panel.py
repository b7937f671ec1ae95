"""The Snow panel (a dock of the snow theme): a storm night as a snow-team lead reviews it.

* **Storm window** (:class:`gui.snow_window_bar.StormWindowBar`): two date-time fields, at first the last run's
  window (its ``from``/``to``) or the plough tracks' time extent. *Run* runs the analysis ``snow-coverage``
  (:mod:`twin.snow_coverage`) for the window in the background (Cancel rolls it back), then sets the twin's clock
  (:class:`twin.clock.TwinClock`) to the window, so the time bar replays it: the map's coverage layer takes each
  segment's band at the clock's time, the ploughs move. *Replay* plays the window on the clock from its start.
* **Service level per tier** (:class:`gui.snow_models.ServiceLevelModel`): target, length and the share served
  within the target.
* **Missed** and **late** priority segments (:class:`gui.snow_models.SnowSegmentsModel`), filtered by tier; with
  *Unploughed at the clock's time* the missed list holds the segments not served before the clock's time (at
  06:00: which tier-1 roads were still unploughed; it follows the time bar). Double-click zooms the 3D view to
  the segment (:meth:`gui.viewport.Viewport.fit_bounds`) and selects it on the layers drawn from the road
  segments and the coverage. *Export…* writes the listed segments as CSV (UTF-8 with BOM, for Excel).
* **Vehicles** (:class:`gui.snow_models.VehicleSummaryModel`): km ploughed and deadhead, working and idle hours,
  segments served; double-click selects the vehicle's points and trips on the map and frames them.
* **Chart** (:class:`gui.snow_chart.CoverageChart`): coverage % of each tier's length over the window
  (:func:`twin.snow_coverage.coverage_over_time`), with a line at the clock's time that follows the clock.

Registered for the theme with :func:`gui.theme_docks.register_dock` (the theme names this module in its
``modules["gui"]``); the dock is shown for projects with plough tracks.
"""

from __future__ import annotations

import csv
import datetime as dt
from pathlib import Path
from typing import Any

from PySide6.QtCore import QSize, Qt
from PySide6.QtWidgets import (QAbstractItemView, QCheckBox, QComboBox, QFileDialog, QHBoxLayout, QHeaderView, QLabel,
                               QPushButton, QSplitter, QStackedWidget, QTableView, QTabWidget, QVBoxLayout, QWidget)

from gui.fields import value_label
from gui.messages import show_error
from gui.qt_helpers import Connections, Retranslatable, refill_combo, single_shot_timer
from gui.snow_chart import CoverageChart
from gui.snow_models import (SegmentFilter, ServiceLevelModel, SnowSegmentsModel, SnowTableModel, VehicleSummaryModel,
                             format_time, tier_text)
from gui.snow_window_bar import StormWindowBar
from gui.theme_docks import register_dock
from gui.time_bar import nice_step
from gui.workers import ProgressRunner, analysis_runner, outcome
from twin import analysis as home
from twin.clock import TOKYO, aware
from twin.document import quote_ident

ANALYSIS = "snow-coverage"
SEGMENT_PAD_M = 40.0               # margin around a segment framed in the 3D view (m)
CHART_SAMPLES = 240                # about this many points per curve
CLOCK_DEBOUNCE_MS = 150            # the clock-following missed list reloads at most this often while playing
SELECTION_ORIGIN = "snow"          # origin of the selections this panel makes
# (table, id column) of the layers a segment is selected on, and of the layers a vehicle's track is selected on
SEGMENT_LAYERS = (("snow_segment_map", "id"), ("road_segments", "id"), ("snow_segment_coverage", "segment_id"))
VEHICLE_LAYERS = (("plough_points", "id", "id"), ("plough_trips", "trip_id", "trip_id"))


def _iso(t: dt.datetime) -> str:
    return aware(t).isoformat(timespec="seconds")


def coverage_series(store: Any, window: tuple[dt.datetime, dt.datetime] | None
                    ) -> tuple[list[dt.datetime], dict[int, list[float]]]:
    """The chart's curves from :func:`twin.snow_coverage.coverage_over_time`: the sample times and tier → % of the
    tier's length served by each (about :data:`CHART_SAMPLES` samples over ``window``)."""
    from twin import snow_coverage

    span = (window[1] - window[0]).total_seconds() if window else 86400.0
    step_s = max(60, int(span / CHART_SAMPLES))
    per_tier = snow_coverage.coverage_over_time(store, step_s)
    times: list[dt.datetime] = []
    series: dict[int, list[float]] = {}
    for tier, samples in sorted(per_tier.items()):
        if not times:
            times = [aware(t) for t, _ in samples]
        series[int(tier)] = [float(v) for _, v in samples]
    return times, series


class SnowPanel(Retranslatable, QWidget):
    """See the module docstring. ``host`` is the main window (see :class:`gui.theme_docks.ThemeDockHost`); the
    panel also works without one (it then refreshes only itself)."""

    def __init__(self, host: Any = None, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("snowPanel")
        self._host = host
        self._document = None
        self._links = Connections()
        self._has_points = False
        self._has_coverage = False
        self._run_window: tuple[dt.datetime, dt.datetime] | None = None     # of the last run
        self._clock_timer = single_shot_timer(self, CLOCK_DEBOUNCE_MS, self._on_clock_settled)
        self.runner: ProgressRunner | None = None
        self.last_outcome: str | None = None       # of the last run: "ran", "cancelled" or "failed"

        # -- storm window, hints
        self.window_bar = StormWindowBar(self)
        self.window_bar.runRequested.connect(self.run)
        self.window_bar.replayRequested.connect(self.replay)
        self.window_bar.extentRequested.connect(self.use_track_extent)
        self.window_bar.windowEdited.connect(self._update_stale)
        self.stale_label = QLabel(self)
        self.stale_label.setObjectName("snowStaleHint")
        self.stale_label.setStyleSheet("color: #a15c00;")
        self.stale_label.setWordWrap(True)
        self.status_label = QLabel(self)
        self.status_label.setObjectName("snowStatus")
        self.status_label.setStyleSheet("color: #666;")

        # -- service level
        self.levels_model = ServiceLevelModel(self)
        self.levels_table = self._table("serviceLevelTable", self.levels_model, sortable=False)
        self.levels_title = QLabel(self)
        self.levels_title.setObjectName("serviceLevelTitle")
        self.levels_title.setStyleSheet("font-weight: bold;")
        self.window_label = QLabel(self)
        self.window_label.setObjectName("runWindow")
        self.window_label.setStyleSheet("color: #555;")
        self.window_label.setWordWrap(True)

        # -- missed, late, vehicles
        self.tier_combo = QComboBox(self)
        self.tier_combo.setObjectName("tierFilter")
        self.tier_combo.activated.connect(self.reload_segments)
        self.at_clock = QCheckBox(self)
        self.at_clock.setObjectName("unploughedAtClock")
        self.at_clock.toggled.connect(self.reload_segments)
        self.export_button = QPushButton(self)
        self.export_button.setObjectName("exportMissed")
        self.export_button.clicked.connect(self.export_dialog)
        self.missed_model = SnowSegmentsModel(self)
        self.missed_table = self._table("missedTable", self.missed_model)
        self.missed_table.doubleClicked.connect(lambda i: self._segment_double_clicked(self.missed_model, i))
        self.late_model = SnowSegmentsModel(self)
        self.late_table = self._table("lateTable", self.late_model)
        self.late_table.doubleClicked.connect(lambda i: self._segment_double_clicked(self.late_model, i))
        self.vehicles_model = VehicleSummaryModel(self)
        self.vehicles_table = self._table("vehicleTable", self.vehicles_model)
        self.vehicles_table.doubleClicked.connect(self._vehicle_double_clicked)
        self.tabs = QTabWidget(self)
        self.tabs.setObjectName("snowTabs")
        self.tabs.addTab(self.missed_table, "")
        self.tabs.addTab(self.late_table, "")
        self.tabs.addTab(self.vehicles_table, "")
        self.tabs.currentChanged.connect(self._update_filter_row)

        # -- chart
        self.chart = CoverageChart(self)

        # -- layout
        left = QWidget(self)
        ll = QVBoxLayout(left)
        ll.setContentsMargins(0, 0, 0, 0)
        ll.addWidget(self.levels_title)
        ll.addWidget(self.levels_table, 1)
        ll.addWidget(self.window_label)
        middle = QWidget(self)
        ml = QVBoxLayout(middle)
        ml.setContentsMargins(0, 0, 0, 0)
        self.filter_row = QWidget(self)
        fr = QHBoxLayout(self.filter_row)
        fr.setContentsMargins(0, 0, 0, 0)
        fr.addWidget(self.tier_combo)
        fr.addWidget(self.at_clock)
        fr.addStretch(1)
        fr.addWidget(self.export_button)
        ml.addWidget(self.filter_row)
        ml.addWidget(self.tabs, 1)
        self.splitter = QSplitter(Qt.Orientation.Horizontal, self)
        self.splitter.setObjectName("snowSplitter")
        for w, stretch in ((left, 3), (middle, 5), (self.chart, 4)):
            self.splitter.addWidget(w)
            self.splitter.setStretchFactor(self.splitter.count() - 1, stretch)
        self.splitter.setChildrenCollapsible(False)
        self.empty_label = QLabel(self)
        self.empty_label.setObjectName("snowEmpty")
        self.empty_label.setWordWrap(True)
        self.empty_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.empty_label.setStyleSheet("color: #555; padding: 16px;")
        self.stack = QStackedWidget(self)
        self.stack.addWidget(self.empty_label)
        self.stack.addWidget(self.splitter)
        top = QHBoxLayout()
        top.addWidget(self.window_bar)
        top.addWidget(self.stale_label, 1)
        top.addWidget(self.status_label)
        lay = QVBoxLayout(self)
        lay.setContentsMargins(4, 4, 4, 4)
        lay.addLayout(top)
        lay.addWidget(self.stack, 1)
        self.retranslate()
        self._update_state()

    def _table(self, name: str, model: SnowTableModel, *, sortable: bool = True) -> QTableView:
        t = QTableView(self)
        t.setObjectName(name)
        t.setModel(model)
        t.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        t.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        t.horizontalHeader().setSortIndicator(-1, Qt.SortOrder.AscendingOrder)         # load order until sorted
        t.setSortingEnabled(sortable)
        t.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        t.horizontalHeader().setStretchLastSection(True)
        t.verticalHeader().hide()
        t.verticalHeader().setDefaultSectionSize(self.fontMetrics().height() + 6)
        t.setAlternatingRowColors(True)
        t.setWordWrap(False)
        return t

    def sizeHint(self) -> QSize:  # noqa: N802
        """Room for about eight rows and the chart (the window opens the dock at least this tall)."""
        return QSize(1200, 330)

    # -- the document ---------------------------------------------------------------------------------------------
    @property
    def store(self):
        return self._document.store if self._document is not None else None

    @property
    def clock(self):
        return self._document.clock if self._document is not None else None

    def set_document(self, document) -> None:
        """Show ``document``'s storm and follow its clock (None: empty)."""
        self._links.disconnect()
        self._document = document
        self.window_bar.edited = False
        if document is not None:
            ce = document.clock.events
            self._links = Connections([(ce.current, self._on_clock), (ce.start, self._on_clock)]).connect()
        self.reload()

    def has_data(self) -> bool:
        """True when the project has plough positions (the window then shows this dock)."""
        return self._has_points or self._has_coverage

    def closeEvent(self, event) -> None:  # noqa: N802
        self._links.disconnect()
        super().closeEvent(event)

    def reload(self) -> None:
        """The store changed (an import, an analysis): read the window, the tables and the chart again."""
        store = self.store
        self._has_points = self._has_coverage = False
        self._run_window = None
        if store is not None:
            tables = set(store.existing_tables(["plough_points", "snow_segment_coverage"]))
            if "plough_points" in tables:
                self._has_points = bool(store.query("SELECT count(*) FROM plough_points")[0][0])
            if "snow_segment_coverage" in tables and home.last_run(store, name=ANALYSIS) is not None:
                self._has_coverage = True
                self._run_window = self.last_run_window()
        if not self.window_bar.edited:
            default = self._run_window or self.track_extent()
            if default is not None:
                self.window_bar.set_window(*default)
        tiers = []
        if store is not None and self._has_coverage:
            tiers = [int(r[0]) for r in store.query("SELECT DISTINCT tier FROM snow_segment_coverage "
                                                   "WHERE tier IS NOT NULL ORDER BY tier")]
        refill_combo(self.tier_combo, [(None, self.tr("All tiers"))] + [(t, tier_text(t)) for t in tiers])
        self.levels_model.reload(store if self._has_coverage else None)
        self.vehicles_model.reload(store if self._has_coverage else None)
        self.reload_segments()
        self.reload_chart()
        self._update_window_label()
        self._update_state()

    def last_run_window(self) -> tuple[dt.datetime, dt.datetime] | None:
        """The window the last run of the analysis measured (:func:`twin.snow_coverage.window`)."""
        from twin import snow_coverage

        if self.store is None:
            return None
        try:
            return snow_coverage.window(self.store)
        except Exception:  # noqa: BLE001 - an older project without the window columns
            return None

    def track_extent(self) -> tuple[dt.datetime, dt.datetime] | None:
        """The first and the last plough position's time."""
        if self.store is None or not self._has_points:
            return None
        lo, hi = self.store.query("SELECT min(time), max(time) FROM plough_points")[0]
        return (aware(lo), aware(hi)) if lo is not None else None

    def use_track_extent(self) -> None:
        extent = self.track_extent()
        if extent is not None:
            self.window_bar.set_window(*extent, by_user=True)

    def _update_state(self) -> None:
        writable = self.store is not None and not self.store.read_only
        if self.store is None:
            self.empty_label.setText(self.tr("No project is open."))
        elif not self._has_points:
            self.empty_label.setText(self.tr(
                "This project has no plough tracks yet.\n\nImport an AVL CSV, GPX tracks, a vendor GeoJSON export "
                "or plough-tracker snapshots (File ▸ Import…) and a road network; then choose the storm window "
                "and click “Run”."))
        elif not self._has_coverage:
            self.empty_label.setText(self.tr(
                "The storm has not been analysed yet.\n\nChoose the storm window above and click “Run” to find "
                "the segments each plough served, the service level per tier and what was missed."))
        self.stack.setCurrentIndex(1 if self._has_coverage else 0)
        self.window_bar.set_enabled(edit=self._has_points, run=writable and self._has_points and self.runner is None,
                                    replay=self._has_points and self._document is not None)
        self._update_filter_row()
        self._update_stale()

    def _update_window_label(self) -> None:
        if self._run_window is not None:
            a, b = (format_time(t, date=True) for t in self._run_window)
            self.window_label.setText(self.tr("Results for {start} – {end} (Japan time)").format(start=a, end=b))
        else:
            self.window_label.setText("")

    def _update_filter_row(self, *_: object) -> None:
        on_segments = self.tabs.currentIndex() in (0, 1)
        self.tier_combo.setEnabled(on_segments)
        self.at_clock.setEnabled(self.tabs.currentIndex() == 0 and self.clock is not None and self.clock.is_set)
        self.export_button.setEnabled(self.tabs.currentIndex() == 0 and self.missed_model.rowCount() > 0)

    def _update_stale(self) -> None:
        reason = None
        if self.store is not None and self._has_coverage:
            try:
                reason = home.stale_reason(self.store, ANALYSIS)
            except Exception:  # noqa: BLE001 - only a hint
                reason = None
            if reason:
                reason = self.tr("The results may be out of date: {reason}. Run the analysis again.").format(
                    reason=reason)
            elif self._run_window is not None and not self._same_window(self.window_bar.window(), self._run_window):
                reason = self.tr("The results are for another window; click “Run” for this one.")
        self.stale_label.setText(reason or "")

    @staticmethod
    def _same_window(a: tuple[dt.datetime, dt.datetime], b: tuple[dt.datetime, dt.datetime]) -> bool:
        return abs((a[0] - b[0]).total_seconds()) < 60 and abs((a[1] - b[1]).total_seconds()) < 60

    # -- the lists --------------------------------------------------------------------------------------------------
    def tier(self) -> int | None:
        """The tier chosen for the missed and late lists (None: every tier)."""
        data = self.tier_combo.currentData()
        return None if data is None else int(data)

    def set_tier(self, tier: int | None) -> None:
        self.tier_combo.setCurrentIndex(max(self.tier_combo.findData(tier), 0))
        self.reload_segments()

    def missed_filter(self) -> SegmentFilter:
        """The missed list's filter: missed in the window, or (ticked) not served before the clock's time."""
        clock = self.clock
        until = clock.current if self.at_clock.isChecked() and clock is not None and clock.is_set else None
        return SegmentFilter("missed", self.tier(), until)

    def reload_segments(self, *_: object) -> None:
        store = self.store if self._has_coverage else None
        start = self._run_window[0] if self._run_window else None
        try:
            self.missed_model.reload(store, self.missed_filter(), start)
            self.late_model.reload(store, SegmentFilter("late", self.tier()), start)
        except Exception as exc:  # noqa: BLE001 - e.g. an older project lacking a column
            self.missed_model.clear()
            self.late_model.clear()
            self.status_label.setText(str(exc))
        self._tab_titles()
        self._update_filter_row()

    def _tab_titles(self) -> None:
        missed = self.missed_model
        title = self.tr("Unploughed at {time} ({n})") if self.missed_filter().until is not None else \
            self.tr("Missed ({n})")
        when = self.clock.current.astimezone(TOKYO).strftime("%H:%M") if self.clock is not None \
            and self.clock.is_set else ""
        self.tabs.setTabText(0, title.format(n=missed.rowCount(), time=when))
        self.tabs.setTabToolTip(0, self.tr("{km} km of priority roads").format(
            km=f"{missed.total_length_m() / 1000:,.2f}"))
        self.tabs.setTabText(1, self.tr("Late ({n})").format(n=self.late_model.rowCount()))
        self.tabs.setTabText(2, self.tr("Vehicles ({n})").format(n=self.vehicles_model.rowCount()))

    def reload_chart(self) -> None:
        if not self._has_coverage:
            self.chart.clear()
            return
        try:
            times, series = coverage_series(self.store, self._run_window)
        except Exception as exc:  # noqa: BLE001 - the chart is not worth an error box
            self.chart.clear()
            self.status_label.setText(self.tr("The chart could not be drawn: {problem}").format(problem=exc))
            return
        targets = {lv.tier: lv.target_h for lv in self.levels_model.rows if lv.target_h is not None}
        self.chart.set_series(times, series, targets=targets, window=self._run_window)
        self.chart.set_time(self.clock.current if self.clock is not None else None)

    # -- the clock ---------------------------------------------------------------------------------------------------
    def _on_clock(self, *_: object) -> None:
        """The clock moved: the chart's line at once (cheap), the clock-following missed list a little later."""
        self.chart.set_time(self.clock.current if self.clock is not None else None)
        if self.at_clock.isChecked():
            self._clock_timer.start()
        self._update_filter_row()

    def _on_clock_settled(self) -> None:
        if self.at_clock.isChecked():
            self.reload_segments()

    def set_clock_to_window(self, window: tuple[dt.datetime, dt.datetime] | None = None, *,
                            current: dt.datetime | None = None) -> bool:
        """Set the twin's clock range to ``window`` (default: the storm window chosen), with a step of about a
        fiftieth of it; the clock stands at ``current`` (default: the window's end, everything shown)."""
        clock = self.clock
        a, b = window or self.window_bar.window()
        if clock is None or b <= a:
            return False
        clock.playing = False
        clock.set_range(a, b, current=current or b, step=nice_step(a, b))
        return True

    def replay(self) -> bool:
        """Play the storm window on the twin's clock from its start (the time bar plays it)."""
        if not self.set_clock_to_window(current=self.window_bar.window()[0]):
            return False
        self.clock.playing = True
        return True

    # -- the map ---------------------------------------------------------------------------------------------------
    def _viewport(self):
        return getattr(self._host, "viewport", None)

    def layers_of(self, table: str, id_column: str) -> list:
        """The document's layers drawn from ``table`` with feature ids from ``id_column``."""
        doc = self._document
        if doc is None:
            return []
        out = []
        for layer in doc.layers:
            try:
                ft = doc.feature_table(layer)
            except Exception:  # noqa: BLE001 - a layer whose source is a query without id column
                continue
            if ft is not None and ft[0] == quote_ident(table) and ft[1] == id_column:
                out.append(layer)
        return out

    def _frame(self, x0: float, x1: float, y0: float, y1: float, pad: float = SEGMENT_PAD_M) -> bool:
        viewport = self._viewport()
        scene = getattr(viewport, "scene", None)
        if viewport is None or scene is None:
            return False
        z = scene.ground_height((x0 + x1) / 2, (y0 + y1) / 2)
        z = 0.0 if z is None else float(z)
        return bool(viewport.fit_bounds((x0 - pad, x1 + pad, y0 - pad, y1 + pad, z, z + 10.0)))

    def _select(self, targets: list[tuple[Any, list]]) -> None:
        doc = self._document
        for i, (layer, ids) in enumerate(targets):
            doc.selection.set(layer.id, ids, origin=SELECTION_ORIGIN, exclusive=i == 0)

    def zoom_to_segment(self, segment_id: int) -> bool:
        """Frame the segment in the 3D view and select it on the layers drawn from the road segments and the
        coverage (replacing the selection). False when it is not listed or there is no 3D view."""
        row = next((m.row_at(m.row_of(segment_id)) for m in (self.missed_model, self.late_model)
                    if m.row_of(segment_id) >= 0), None)
        if row is None:
            return False
        if self._document is not None:
            self._select([(v, [int(segment_id)]) for t, c in SEGMENT_LAYERS for v in self.layers_of(t, c)])
        if row.bounds is None:
            return False
        return self._frame(*row.bounds)

    def _segment_double_clicked(self, model: SnowSegmentsModel, index) -> None:
        row = model.row_at(index.row())
        if row is not None:
            self.zoom_to_segment(row.segment_id)

    def select_vehicle(self, vehicle_id: str) -> dict[str, int]:
        """Select the vehicle's positions (layers drawn from ``plough_points``) and trips (from ``plough_trips``)
        in the storm window and frame them; returns how many features were selected per table."""
        doc, store = self._document, self.store
        if doc is None or store is None:
            return {}
        a, b = self._run_window or self.window_bar.window()
        counts: dict[str, int] = {}
        targets: list[tuple[Any, list]] = []
        for table, id_col, column in VEHICLE_LAYERS:
            layers = self.layers_of(table, id_col)
            if not layers or not store.existing_tables([table]):
                continue
            time_col = "time" if table == "plough_points" else "started_at"
            ids = [int(r[0]) for r in store.query(
                f"SELECT {quote_ident(column)} FROM {quote_ident(table)} WHERE vehicle_id = ? "
                f"AND {time_col} BETWEEN ? AND ? ORDER BY 1", [vehicle_id, a, b])]
            counts[table] = len(ids)
            targets += [(v, ids) for v in layers]
        self._select(targets)
        if store.existing_tables(["plough_points"]):
            box = store.query("SELECT min(ST_X(geom)), max(ST_X(geom)), min(ST_Y(geom)), max(ST_Y(geom)) "
                              "FROM plough_points WHERE vehicle_id = ? AND time BETWEEN ? AND ?", [vehicle_id, a, b])
            if box and box[0][0] is not None:
                self._frame(*(float(v) for v in box[0]), pad=20.0)
        return counts

    def _vehicle_double_clicked(self, index) -> None:
        row = self.vehicles_model.row_at(index.row())
        if row is not None:
            self.select_vehicle(row.vehicle_id)

    # -- analysis --------------------------------------------------------------------------------------------------
    def run(self) -> ProgressRunner | None:
        """Run ``snow-coverage`` for the chosen window in the background (Cancel rolls it back); when it finished,
        the clock's range becomes the window."""
        store = self.store
        if store is None or self.runner is not None:
            return None
        a, b = self.window_bar.window()
        if b <= a:
            show_error(self, self.tr("Run"), self.tr("The storm window must end after it starts."))
            return None
        try:
            store.require_writable()
        except Exception as exc:  # noqa: BLE001
            show_error(self, self.tr("Run"), exc)
            return None
        self.last_outcome = None
        self.runner = analysis_runner(self.window(), self.tr("Snow coverage"), store, ANALYSIS,
                                      {"from": _iso(a), "to": _iso(b)})
        self.runner.done.connect(self._run_finished)
        self._update_state()
        self.runner.start()
        return self.runner

    def _run_finished(self, worker) -> None:
        runner, self.runner = self.runner, None
        self.last_outcome = outcome(runner, worker)
        if self.last_outcome == "cancelled":
            self.status_label.setText(self.tr("Cancelled: nothing was changed."))
        elif self.last_outcome == "failed":
            show_error(self, self.tr("Snow coverage"), worker.error)
        else:
            run = worker.result
            self.status_label.setText(self.tr("Run #{id} finished in {s:.1f} s.").format(id=run.id, s=run.seconds))
            self.window_bar.edited = False
            self.set_clock_to_window()
            self._analysis_finished(run)
        self._update_state()

    def _analysis_finished(self, run) -> None:
        finished = getattr(self._host, "analysis_finished", None)
        if finished is not None:
            finished(run)                   # the window refreshes the layers and every dock, this one too
        else:
            self.reload()

    # -- export ----------------------------------------------------------------------------------------------------
    def export_dialog(self) -> Path | None:
        """Ask for a file and write the missed list there as CSV."""
        tier = self.tier()
        name = f"snow_missed{'_tier' + str(tier) if tier is not None else ''}.csv"
        path, _ = QFileDialog.getSaveFileName(self, self.tr("Export the missed segments"), name,
                                              self.tr("CSV table (*.csv)"))
        return self.export_missed(path) if path else None

    def export_missed(self, path: str | Path) -> Path | None:
        """Write the missed list as shown (its tier and clock filter) as CSV in UTF-8 with a BOM (Excel reads it);
        headers in the UI language, times ISO 8601 with the offset. None (and a message) on an error."""
        path = Path(path)
        if path.suffix.lower() != ".csv":
            path = path.with_suffix(".csv")
        flt = self.missed_filter()
        header = [self.tr("Segment"), self.tr("Tier"), self.tr("Road"), self.tr("Road class"), self.tr("Length (m)"),
                  self.tr("Target (h)"), self.tr("Passes"), self.tr("First served"), self.tr("Status")]
        state_text = {"missed": self.tr("missed"), "late": self.tr("late"), "served": self.tr("served")}
        try:
            with open(path, "w", encoding="utf-8-sig", newline="") as f:
                w = csv.writer(f)
                w.writerow(header)
                for r in self.missed_model.rows:
                    w.writerow([r.segment_id, r.tier, r.road or "",
                                value_label("road_class", r.road_class) if r.road_class else "",
                                "" if r.length_m is None else round(r.length_m, 1),
                                "" if r.target_h is None else f"{r.target_h:g}", r.passes,
                                r.first_served.astimezone(TOKYO).isoformat(timespec="seconds")
                                if r.first_served else "", state_text.get(r.state or "", r.state or "")])
        except OSError as exc:
            show_error(self, self.tr("Export the missed segments"), exc)
            return None
        what = self.tr("unploughed at {time}").format(time=format_time(flt.until, date=True)) \
            if flt.until is not None else self.tr("missed")
        self.status_label.setText(self.tr("{n} segments ({what}) → {path}").format(
            n=self.missed_model.rowCount(), what=what, path=path.name))
        return path

    # -- texts -----------------------------------------------------------------------------------------------------
    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Snow"))
        self.levels_title.setText(self.tr("Service level per tier"))
        self.at_clock.setText(self.tr("Unploughed at the clock's time"))
        self.at_clock.setToolTip(self.tr("List the priority segments not yet served at the time bar's time (it "
                                         "follows the time bar) instead of those missed in the whole window"))
        self.export_button.setText(self.tr("Export…"))
        self.export_button.setToolTip(self.tr("The missed list as shown, as CSV (UTF-8, opens in Excel)"))
        self.tier_combo.setToolTip(self.tr("Route tier of the missed and late lists"))
        self._update_window_label()
        for m in (self.levels_model, self.missed_model, self.late_model, self.vehicles_model):
            m.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, max(m.columnCount() - 1, 0))
        if self.tier_combo.count():
            self.tier_combo.setItemText(0, self.tr("All tiers"))
            for i in range(1, self.tier_combo.count()):
                self.tier_combo.setItemText(i, tier_text(self.tier_combo.itemData(i)))
        self._tab_titles()
        self._update_state()


register_dock("snow", "snowDock", SnowPanel, area=Qt.DockWidgetArea.BottomDockWidgetArea)

__all__ = ["ANALYSIS", "SnowPanel", "coverage_series"]
