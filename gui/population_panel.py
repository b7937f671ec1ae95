"""The Population panel (a dock of the population theme): where people will live around Kaga Onsen Station, and
how old they will be.

* **Catchment** around the station: a circle of 800 m, 1.5 km or 3 km, the same distances along the road network
  (when :func:`twin.catchments.network_catchment` is there), or the polygons of a file; apportioned by area share
  or by residential floor area. *Run* runs the analysis ``population-catchment`` and then the catchment's age
  series in the background (:func:`gui.population_series.run_task`; Cancel rolls it back); the catchment's
  boundary is drawn in the 3D view (:class:`layers.population.CatchmentOutline`). After reopening a project the
  last run's catchment (station, along the roads, file or drawn polygon), its method and its series come back
  from the run's parameters, computed off the GUI thread (:class:`gui.population_series.CatchmentLoader`).
* **Scenario** (:mod:`gui.population_scenario`): none or a scenario of the project; its phased residents are added
  to the catchment's forecast (a what-if), computed with the run or in the background when chosen, and shown as the
  table's *With scenario* column and the chart's *with <scenario>* line.
* **Totals per year** (:class:`gui.population_models.CatchmentTotalsModel`): total, 0–14, 15–64, 65+, 75+, the
  65+ share; the two years compared are shaded, the clock's year is bold, and the change of the 65+ share
  between them is spelled out.
* **Columns**: the ``mesh_population`` layer's colour (population, 65+ share, change against 2020), *Show columns*
  (ticks the layer and its group on and frames the catchment) and *Play years* (the twin's clock from the first
  to the last year in 5-year steps; the time bar plays it and the columns follow).
* **Chart** (:class:`gui.population_chart.PopulationChart`): pyramids of the two years and the time series, for
  the catchment (apportioned by the run's method, as the table) or for the mesh cell selected on the map
  (:mod:`twin.population_pyramid`).
"""

from __future__ import annotations

from dataclasses import replace
from typing import Any

from PySide6.QtCore import QSize, Qt
from PySide6.QtWidgets import (QAbstractItemView, QComboBox, QGridLayout, QHBoxLayout, QHeaderView, QLabel,
                               QPushButton, QSplitter, QStackedWidget, QTableView, QVBoxLayout, QWidget)

from gui.fields import field_label
from gui.messages import show_error
from gui.population_catchment import ANALYSIS, CatchmentChooser
from gui.population_chart import PopulationChart
from gui.population_map import COLOR_ATTRIBUTES, LAYER_KIND, PopulationMap
from gui.population_models import CatchmentTotalsModel
from gui.population_scenario import ScenarioChoice
from gui.population_series import CatchmentData, CatchmentLoader, data_stamp, last_params, run_task
from gui.qt_helpers import Connections, Retranslatable, refill_combo
from gui.theme_docks import register_dock
from gui.workers import ProgressRunner, outcome
from twin import population_pyramid as pyr


def _surface_draw():
    """:class:`gui.surface_draw.SurfaceDraw` when the window's view offers drawing on the surface, else None."""
    try:
        from gui.surface_draw import SurfaceDraw
    except ImportError:
        return None
    return SurfaceDraw


class PopulationPanel(Retranslatable, QWidget):
    """See the module docstring. ``host`` is the main window (:class:`gui.theme_docks.ThemeDockHost`); the panel
    also works without one (no 3D outline then)."""

    def __init__(self, host: Any = None, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("populationPanel")
        self._host = host
        self._document = None
        self._links = Connections()
        self._years: list[int] = []
        self._has_data = False
        self.data: CatchmentData | None = None             # the catchment shown: name, WKT, method, series
        self.load_problem = ""                             # why the last run's catchment cannot be shown
        self.cell: str | None = None                       # the mesh cell the chart shows (None: the catchment)
        self.map = PopulationMap(host)
        self.runner: ProgressRunner | None = None
        self.last_outcome: str | None = None
        self.drawing = None                                # the surface-drawing tool while drawing a catchment
        self.loader = CatchmentLoader(self)                # the last run's catchment after reopening, off the GUI
        self.loader.loaded.connect(self._on_loaded)
        self.loader.failed.connect(self._on_load_failed)

        viewport = getattr(host, "viewport", None)
        self.chooser = CatchmentChooser(self, can_draw=_surface_draw() is not None
                                        and hasattr(viewport, "set_tool"))
        self.chooser.runRequested.connect(self.run)
        self.chooser.drawRequested.connect(self.draw_catchment)
        self.scenario_choice = ScenarioChoice(self)
        self.scenario_choice.changed.connect(self._on_scenario)
        self.year_a = self._combo("compareYearA", self._on_compare)
        self.year_b = self._combo("compareYearB", self._on_compare)
        self.change_label = QLabel(self)
        self.change_label.setObjectName("shareChange")
        self.change_label.setWordWrap(True)
        self.change_label.setStyleSheet("font-weight: bold;")
        self.model = CatchmentTotalsModel(self)
        self.table = QTableView(self)
        self.table.setObjectName("catchmentTotals")
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.verticalHeader().hide()
        self.table.verticalHeader().setDefaultSectionSize(self.fontMetrics().height() + 6)
        self.colour_combo = self._combo("columnColour", self.apply_colour)
        self.show_button = QPushButton(self)
        self.show_button.setObjectName("showColumns")
        self.show_button.clicked.connect(self.show_columns)
        self.play_button = QPushButton(self)
        self.play_button.setObjectName("playYears")
        self.play_button.clicked.connect(self.play_years)
        self.chart_for = self._combo("chartFor", self._on_chart_for)
        self.status_label = QLabel(self)
        self.status_label.setObjectName("populationStatus")
        self.status_label.setStyleSheet("color: #666;")
        self.status_label.setWordWrap(True)
        self.chart = PopulationChart(self)

        self.labels = {k: QLabel(self) for k in ("compare", "colour", "chart")}
        left = QWidget(self)
        grid = QGridLayout(left)
        grid.setContentsMargins(0, 0, 0, 0)
        grid.addWidget(self.chooser, 0, 0, 1, 3)
        grid.addWidget(self.scenario_choice, 1, 0, 1, 3)
        grid.addWidget(self.labels["compare"], 2, 0)
        grid.addWidget(self.year_a, 2, 1)
        grid.addWidget(self.year_b, 2, 2)
        grid.addWidget(self.change_label, 3, 0, 1, 3)
        grid.addWidget(self.table, 4, 0, 1, 3)
        grid.setRowStretch(4, 1)
        columns = QHBoxLayout()
        for w in (self.labels["colour"], self.colour_combo, self.show_button, self.play_button):
            columns.addWidget(w)
        grid.addLayout(columns, 5, 0, 1, 3)
        grid.addWidget(self.status_label, 6, 0, 1, 3)
        right = QWidget(self)
        rl = QVBoxLayout(right)
        rl.setContentsMargins(0, 0, 0, 0)
        top = QHBoxLayout()
        top.addWidget(self.labels["chart"])
        top.addWidget(self.chart_for, 1)
        rl.addLayout(top)
        rl.addWidget(self.chart, 1)
        self.splitter = QSplitter(Qt.Orientation.Horizontal, self)
        self.splitter.setObjectName("populationSplitter")
        self.splitter.addWidget(left)
        self.splitter.addWidget(right)
        self.splitter.setStretchFactor(0, 4)
        self.splitter.setStretchFactor(1, 5)
        self.splitter.setChildrenCollapsible(False)
        self.empty_label = QLabel(self)
        self.empty_label.setObjectName("populationEmpty")
        self.empty_label.setWordWrap(True)
        self.empty_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.empty_label.setStyleSheet("color: #555; padding: 16px;")
        self.stack = QStackedWidget(self)
        self.stack.addWidget(self.empty_label)
        self.stack.addWidget(self.splitter)
        lay = QVBoxLayout(self)
        lay.setContentsMargins(4, 4, 4, 4)
        lay.addWidget(self.stack)
        self.retranslate()

    def _combo(self, name: str, slot=None) -> QComboBox:
        c = QComboBox(self)
        c.setObjectName(name)
        if slot is not None:
            c.activated.connect(slot)
        return c

    def sizeHint(self) -> QSize:  # noqa: N802
        return QSize(1200, 420)

    # -- the document ------------------------------------------------------------------------------------------
    @property
    def store(self):
        return self._document.store if self._document is not None else None

    def set_document(self, document) -> None:
        """Show ``document``'s population and follow its clock and selection (None: empty)."""
        self._links.disconnect()
        self.loader.stop()
        self.map.close_outline()
        self._document = self.map.document = document
        self.data, self.load_problem = None, ""
        self.cell = None
        if document is not None:
            self._links = Connections([(document.clock.events.current, self._on_clock),
                                       (document.selection.changed, self._on_selection)]).connect()
            self.chooser.restore(last_params(document.store) or {})
        self.reload()

    def has_data(self) -> bool:
        """True when the project has mesh population (the window then shows this dock)."""
        return self._has_data

    def closeEvent(self, event) -> None:  # noqa: N802
        self._links.disconnect()
        self.loader.stop()
        self._stop_drawing()
        self.map.close_outline()
        super().closeEvent(event)

    def reload(self) -> None:
        """The store changed (an import, an analysis): years, the totals, the chart and the outline again."""
        store = self.store
        self._has_data = False
        self._years = []
        if store is not None and store.existing_tables(["mesh_population"]):
            self._years = [int(r[0]) for r in store.query("SELECT DISTINCT year FROM mesh_population ORDER BY 1")]
            self._has_data = bool(self._years)
        self.map.years = self._years
        for combo, default in ((self.year_a, 2020), (self.year_b, 2040)):
            current = combo.currentData()
            refill_combo(combo, [(y, str(y)) for y in self._years])
            if current is None and self._years:
                combo.setCurrentIndex(combo.findData(min(self._years, key=lambda y: abs(y - default))))
        self.scenario_choice.refill(store)
        self.model.scenario = self.data.scenario if self.data is not None else None
        self.model.reload(store if self._has_data else None)
        self._load_catchment()
        self._sync_colour_combo()
        self._update_marks()
        self.refresh_chart()
        self.show_outline()
        self._update_state()

    @property
    def catchment(self) -> tuple[str, str] | None:
        """(name, WKT) of the catchment shown."""
        return (self.data.name, self.data.wkt) if self.data is not None else None

    def _load_catchment(self) -> None:
        """The last run's catchment and series again (in the background) unless those shown still match."""
        params = last_params(self.store) if self._has_data else None
        if params is None:
            self.loader.stop()
            self.data, self.load_problem = None, ""
        elif self.data is None or self.data.stamp != data_stamp(self.store):
            self.loader.load(self.store, params=params, scenario=self.scenario_choice.name())
        elif self.scenario_name() != self.scenario_choice.name():
            self._on_scenario()

    def scenario_name(self) -> str | None:
        """The scenario whose forecast is shown (None: none)."""
        return self.data.scenario.name if self.data is not None and self.data.scenario is not None else None

    def _on_scenario(self) -> None:
        """Another scenario chosen: the catchment's forecast with it, in the background (the series is kept)."""
        name = self.scenario_choice.name()
        if self.data is None or self.store is None:
            return
        if name is None:
            self._on_loaded(replace(self.data, scenario=None))
        else:
            self.loader.load(self.store, catchment=self.catchment, method=self.data.method, scenario=name,
                             series=self.data.series)

    def _on_loaded(self, data: CatchmentData) -> None:
        self.data, self.load_problem = data, ""
        self.model.set_scenario(data.scenario)
        if data.scenario is not None and data.scenario.problem:
            self.status_label.setText(data.scenario.problem)
        self.refresh_chart()
        self.show_outline()
        if self.scenario_name() != self.scenario_choice.name():
            self._on_scenario()                      # chosen while this was computed

    def _on_load_failed(self, message: str) -> None:
        """The last run's catchment cannot be made again (its file is gone, no road network): the table stays."""
        self.data = None
        self.model.set_scenario(None)
        self.load_problem = self.tr("The catchment of the last run cannot be shown: {problem}").format(problem=message)
        self.refresh_chart()
        self.show_outline()

    def years(self) -> tuple[int | None, int | None]:
        """The two years compared."""
        return self.year_a.currentData(), self.year_b.currentData()

    def set_years(self, a: int, b: int) -> None:
        self.year_a.setCurrentIndex(max(self.year_a.findData(a), 0))
        self.year_b.setCurrentIndex(max(self.year_b.findData(b), 0))
        self._on_compare()

    # -- the catchment ---------------------------------------------------------------------------------------------
    def set_catchment_choice(self, kind: str, radius: float | None = None) -> None:
        self.chooser.set_choice(kind, radius)

    def run(self) -> ProgressRunner | None:
        """Run ``population-catchment`` for the catchment and method chosen, in the background."""
        store = self.store
        if store is None or self.runner is not None:
            return None
        if self.chooser.missing():
            show_error(self, self.tr("Run"), self.chooser.missing())
            return None
        try:
            store.require_writable()
            catchment = self.chooser.resolve(store)
        except Exception as exc:  # noqa: BLE001 - a bad file, no road network: one message
            show_error(self, self.tr("Run"), exc)
            return None
        from gui.fields import ui_language
        from twin import themes
        self.last_outcome = None
        self.runner = ProgressRunner(self.window(), self.tr("Population in a catchment"),
                                     themes.analysis(ANALYSIS).title.text(ui_language()),
                                     run_task(store, self.chooser.params(), catchment,
                                              self.scenario_choice.name()))
        self.runner.done.connect(self._run_finished)
        self._update_state()
        self.runner.start()
        return self.runner

    def draw_catchment(self) -> bool:
        """Let the user draw a polygon on the 3D surface (:mod:`gui.surface_draw`); when finished it is run."""
        SurfaceDraw, viewport = _surface_draw(), getattr(self._host, "viewport", None)
        if SurfaceDraw is None or viewport is None or self.store is None:
            return False
        self._stop_drawing()
        self.drawing = SurfaceDraw(viewport, closed=True, parent=self)
        self.drawing.finished.connect(self.polygon_drawn)
        self.drawing.cancelled.connect(self._stop_drawing)
        self.drawing.activate()
        self.status_label.setText(self.tr("Click the corners of the catchment on the 3D view; double-click or "
                                          "Enter finishes, Esc cancels."))
        return True

    def polygon_drawn(self, points: list) -> None:
        """A drawn polygon (surface points) becomes the catchment and runs."""
        self._stop_drawing()
        if len(points) < 3:
            self.status_label.setText(self.tr("A catchment needs at least three corners."))
            return
        import shapely
        ring = [(float(p.point[0]), float(p.point[1])) for p in points]
        self.chooser.set_drawn(shapely.Polygon(ring).wkt)
        self.run()

    def _stop_drawing(self, *_: object) -> None:
        if self.drawing is not None:
            self.drawing.deactivate()
            self.drawing.clear()
            self.drawing.deleteLater()
            self.drawing = None

    def _run_finished(self, worker) -> None:
        runner, self.runner = self.runner, None
        self.last_outcome = outcome(runner, worker)
        if self.last_outcome == "cancelled":
            self.status_label.setText(self.tr("Cancelled: nothing was changed."))
        elif self.last_outcome == "failed":
            show_error(self, self.tr("Population in a catchment"), worker.error)
        else:
            run, data = worker.result
            self.loader.stop()
            self.data, self.cell = data, None
            self.chart_for.setCurrentIndex(0)
            self.status_label.setText(self.tr("Run #{id} finished in {s:.1f} s.").format(id=run.id, s=run.seconds))
            finished = getattr(self._host, "analysis_finished", None)
            if finished is not None:
                finished(run)                  # the window refreshes the layers and every dock, this one too
            else:
                self.reload()
        self._update_state()

    # -- years, table, change ------------------------------------------------------------------------------------
    def _on_compare(self, *_: object) -> None:
        self._update_marks()
        self.refresh_chart()

    def clock_year(self) -> int | None:
        return self.map.clock_year()

    def _on_clock(self, *_: object) -> None:
        self._update_marks()
        self.chart.set_clock_year(self.clock_year())

    def _update_marks(self) -> None:
        a, b = self.years()
        self.model.set_marks(tuple(y for y in (a, b) if y is not None), self.clock_year())
        self.change_label.setText(self.change_text())

    def change_text(self) -> str:
        """The change of the 65+ share (and of the total) between the two years compared, from the table."""
        a, b = self.years()
        ra, rb = (self.model.row_for(y) if y is not None else None for y in (a, b))
        if ra is None or rb is None or ra.share_65_plus is None or rb.share_65_plus is None:
            return ""
        points = 100 * (rb.share_65_plus - ra.share_65_plus)
        total = f"{100 * (rb.total / ra.total - 1):+.1f} %" if ra.total else "—"
        return self.tr("Share 65+: {a:.1f} % ({ya}) → {b:.1f} % ({yb}), {d:+.1f} points; total {t}").format(
            a=100 * ra.share_65_plus, ya=a, b=100 * rb.share_65_plus, yb=b, d=points, t=total)

    # -- the chart ---------------------------------------------------------------------------------------------------
    def _on_chart_for(self, *_: object) -> None:
        if self.chart_for.currentData() == "catchment":
            self.cell = None
        self.refresh_chart()

    def _on_selection(self, layer_id: str, ids, origin: str) -> None:
        doc = self._document
        layer = next((v for v in doc.layers if v.id == layer_id), None) if doc is not None else None
        if layer is None or layer.kind != LAYER_KIND or not ids:
            return
        row = self.store.query("SELECT mesh_code FROM population_columns WHERE id = ?", [min(ids)])
        if row:
            self.show_cell(row[0][0])

    def show_cell(self, mesh_code: str) -> None:
        """Chart the mesh cell ``mesh_code``."""
        self.cell = mesh_code
        refill_combo(self.chart_for, self._chart_items())
        self.chart_for.setCurrentIndex(max(self.chart_for.findData("cell"), 0))
        self.refresh_chart()

    def _chart_items(self) -> list[tuple[str, str]]:
        items = [("catchment", self._catchment_name())]
        if self.cell:
            items.append(("cell", self.tr("Mesh cell {code}").format(code=self.cell)))
        return items

    def _catchment_name(self) -> str:
        if self.catchment is None:
            return self.tr("Catchment (run one)")
        return self.chooser.name_of(self.catchment[0])

    def refresh_chart(self) -> None:
        refill_combo(self.chart_for, self._chart_items())
        cur = self.store.cursor() if self.store is not None and self._has_data else None
        scenario = None
        if cur is None:
            self.chart.clear()
            return
        try:
            if self.chart_for.currentData() == "cell" and self.cell:
                series, place = pyr.cell_values(cur, self.cell), self.tr("Mesh cell {code}").format(code=self.cell)
            elif self.data is not None:
                series, place = self.data.series, self._catchment_name()
                what_if = self.data.scenario
                if what_if is not None and what_if.rows:
                    scenario = (what_if.name, what_if.totals(), self.scenario_choice.note(what_if))
            else:
                self.chart.clear(self.tr("Computing the catchment's population pyramid…") if self.loader.busy
                                 else self.load_problem)
                return
            years = [y for y in self.years() if y is not None and y in series.values]
            pyramids = tuple(pyr.pyramid_of(cur, series, y) for y in dict.fromkeys(years))
        except Exception as exc:  # noqa: BLE001 - the chart is not worth an error box
            self.chart.clear(self.tr("The chart could not be drawn: {problem}").format(problem=exc))
            return
        self.chart.clock_year = self.clock_year()
        self.chart.set_data(place, pyramids, series, scenario)

    # -- the columns -------------------------------------------------------------------------------------------------
    def population_layers(self) -> list:
        return self.map.layers()

    def _sync_colour_combo(self) -> None:
        refill_combo(self.colour_combo, [(a, field_label(a)) for a in COLOR_ATTRIBUTES])
        current = self.map.colour()
        if current is not None:
            self.colour_combo.setCurrentIndex(self.colour_combo.findData(current))

    def apply_colour(self, *_: object) -> None:
        """Colour the population layers by the attribute chosen."""
        self.map.apply_colour(self.colour_combo.currentData())

    def show_columns(self) -> bool:
        """Tick the population layer (and its group) on, colour it as chosen, put the clock on the second year
        compared (unless it shows a population year) and frame the catchment."""
        if not self.map.show_columns(self.colour_combo.currentData(), self.years()[1]):
            self.status_label.setText(self.tr("The project has no population layer."))
            return False
        self.map.frame(self.catchment[1] if self.catchment else None)
        return True

    def set_clock_year(self, year: int) -> None:
        self.map.set_clock_year(year)

    def play_years(self) -> bool:
        return self.map.play_years()

    def show_outline(self) -> bool:
        return self.map.show_outline(self.catchment[1] if self.catchment else None)

    @property
    def outline(self):
        return self.map.outline

    # -- state and texts ----------------------------------------------------------------------------------------------
    def _update_state(self) -> None:
        if self.store is None:
            self.empty_label.setText(self.tr("No project is open."))
        else:
            self.empty_label.setText(self.tr(
                "This project has no mesh population yet.\n\nImport an MLIT 500 m mesh projection (国土数値情報 "
                "将来推計人口メッシュ) or an e-Stat census mesh file (File ▸ Import…)."))
        self.stack.setCurrentIndex(1 if self._has_data else 0)
        self.chooser.set_writable(self.store is not None and not self.store.read_only)
        self.chooser.run_button.setEnabled(self.chooser.run_button.isEnabled() and self.runner is None)
        self.show_button.setEnabled(bool(self.population_layers()))
        self.play_button.setEnabled(bool(self._years))

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Population"))
        self.labels["compare"].setText(self.tr("Compare"))
        self.labels["colour"].setText(self.tr("Columns coloured by"))
        self.labels["chart"].setText(self.tr("Chart for"))
        self.show_button.setText(self.tr("Show columns"))
        self.show_button.setToolTip(self.tr("Show the 3D mesh columns: height = population, colour as chosen"))
        self.play_button.setText(self.tr("Play years"))
        self.play_button.setToolTip(self.tr("Play the years on the time bar in 5-year steps"))
        self._sync_colour_combo()
        self.model.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, self.model.columnCount() - 1)
        self.change_label.setText(self.change_text())
        self.refresh_chart()
        self._update_state()


register_dock("population", "populationDock", PopulationPanel, area=Qt.DockWidgetArea.BottomDockWidgetArea)

__all__ = ["PopulationPanel"]
