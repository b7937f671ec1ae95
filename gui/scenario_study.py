"""The Scenarios panel's studies of the scenario selected, each computed in the background:

* :class:`CompareTab`: :func:`twin.scenario_metrics.compare` over the station catchment, the whole area or a
  polygon drawn on the 3D surface (*Draw area*, :mod:`gui.surface_draw`) —
  floor area by usage, dwelling units, residents (persons per unit editable), jobs, building coverage and
  floor-area ratios for the base, the scenario and the difference — and the zoning violations of the proposed
  buildings (limit and value);
* :class:`ShadowTab`: :func:`twin.scenario_shadow.scenario_shadow` on a winter day (8:00–16:00 true solar time,
  plane at 1.5 m or 4 m, grid spacing), the neighbours gaining more than N hours of shadow, the difference drawn
  as a raster overlay in the 3D view (:func:`layers.shadows.add_shadow_hours`), and the sun with true shadows in
  the views at a chosen time (:class:`layers.shadows.ClockSun`).
"""

from __future__ import annotations

import datetime as dt
from typing import Any

from PySide6.QtCore import QCoreApplication, QDate, QTime, Signal
from PySide6.QtWidgets import (QCheckBox, QComboBox, QDateEdit, QDoubleSpinBox, QFormLayout, QHBoxLayout, QLabel,
                               QPushButton, QTableView, QTimeEdit, QVBoxLayout, QWidget)

from gui.scenario_models import RowsModel, metric_columns, metric_rows, neighbour_columns, number, violation_columns
from gui.workers import ProgressRunner, outcome

#: areas offered for the metrics (twin.scenario_metrics.resolve_area names)
AREAS = ("station-800m", "station-500m", "station-walk-800m", "whole")
OVERLAY = "scenario-shadow-difference"


def _table(name: str, model: RowsModel) -> QTableView:
    t = QTableView(objectName=name)
    t.setModel(model)
    t.verticalHeader().hide()
    t.horizontalHeader().setStretchLastSection(True)
    return t


class _StudyTab(QWidget):
    """Shared: the scenario studied, one background run at a time, its result or error."""

    computed = Signal(object)       # the result dict

    def __init__(self, panel: Any):
        super().__init__(panel)
        self.panel = panel
        self.store = None
        self.name: str | None = None
        self.runner: ProgressRunner | None = None
        self.result: dict[str, Any] | None = None
        self.run_button = QPushButton(objectName="runStudy")
        self.run_button.clicked.connect(lambda: self.run())
        self.summary = QLabel(objectName="studySummary")
        self.summary.setWordWrap(True)

    def set_scenario(self, store: Any, name: str | None) -> None:
        self.store, self.name = store, name
        self.run_button.setEnabled(store is not None and name is not None)
        self.clear()

    def clear(self) -> None:
        self.result = None
        self.summary.setText("")

    def task(self) -> Any:
        raise NotImplementedError

    def run(self) -> ProgressRunner | None:
        """Compute in the background (a progress dialog; ``computed`` when done)."""
        if self.store is None or self.name is None or self.runner is not None:
            return None
        fn = self.task()
        # explicit context: self.tr in a base class may resolve to the subclass's name at run time
        title = QCoreApplication.translate("ScenarioStudy", "Scenario study")
        label = QCoreApplication.translate("ScenarioStudy", "Computing {n}…").format(n=self.name)
        self.runner = ProgressRunner(self, title, label, lambda progress, cancel: fn(), cancellable=False)
        self.runner.done.connect(self._done)
        self.run_button.setEnabled(False)
        self.runner.start()
        return self.runner

    def _done(self, worker: Any) -> None:
        runner, self.runner = self.runner, None
        self.run_button.setEnabled(self.name is not None)
        if outcome(runner, worker) != "ran":
            self.summary.setText(str(worker.error))
            return
        self.show_result(worker.result)

    def show_result(self, result: dict[str, Any]) -> None:
        self.result = result
        self.computed.emit(result)


class CompareTab(_StudyTab):
    """Metrics beside the base, and zoning violations."""

    def __init__(self, panel: Any):
        super().__init__(panel)
        self.area = QComboBox(objectName="metricsArea")
        self.persons = QDoubleSpinBox(objectName="personsPerUnit", minimum=0.5, maximum=8.0, singleStep=0.1,
                                      decimals=2, value=2.3)
        self.metrics = RowsModel(metric_columns(), self)
        self.violations = RowsModel(violation_columns(), self)
        self.metrics_view = _table("metricsTable", self.metrics)
        self.violations_view = _table("violationsTable", self.violations)
        self.note = QLabel(objectName="jobsNote")
        self.note.setWordWrap(True)
        form = QFormLayout()
        self.area_label, self.persons_label = QLabel(), QLabel()
        self.draw_button = QPushButton(objectName="drawArea")
        self.draw_button.clicked.connect(self.draw_area)
        self.drawn_wkt: str | None = None
        self.drawing = None
        area_row = QHBoxLayout()
        area_row.addWidget(self.area, 1)
        area_row.addWidget(self.draw_button)
        form.addRow(self.area_label, area_row)
        form.addRow(self.persons_label, self.persons)
        lay = QVBoxLayout(self)
        lay.addLayout(form)
        lay.addWidget(self.run_button)
        lay.addWidget(self.summary)
        lay.addWidget(self.metrics_view, 3)
        lay.addWidget(self.violations_view, 1)
        lay.addWidget(self.note)

    def retranslate(self) -> None:
        self.run_button.setText(self.tr("Compare with the base"))
        self.area_label.setText(self.tr("Area"))
        self.draw_button.setText(self.tr("Draw area"))
        self.persons_label.setText(self.tr("Persons per unit"))
        names = {"station-800m": self.tr("Station, 800 m"), "station-500m": self.tr("Station, 500 m"),
                 "station-walk-800m": self.tr("Station, 800 m walk"), "whole": self.tr("Whole area")}
        current = self.area.currentData()
        self.area.clear()
        for key in AREAS:
            self.area.addItem(names[key], key)
        if self.drawn_wkt is not None:
            self.area.addItem(self.tr("Drawn polygon"), self.drawn_wkt)
        self.area.setCurrentIndex(max(self.area.findData(current), 0))
        self.note.setText(self.tr("Jobs: floor area per job — offices 20 m², shops 40 m², hotels 120 m², mixed "
                                  "commercial 30 m², public offices 30 m², schools and welfare 60 m² (planning "
                                  "rules of thumb). Ratios are gross, over the area's land."))
        self.metrics.set_rows(self.metrics.rows, metric_columns())
        self.violations.set_rows(self.violations.rows, violation_columns())

    def clear(self) -> None:
        super().clear()
        self.metrics.set_rows([])
        self.violations.set_rows([])

    def draw_area(self) -> None:
        """Draw the area on the 3D surface; when closed it becomes the area compared (and is computed)."""
        view = getattr(getattr(self.panel, "_host", None), "viewport", None)
        if view is None or not hasattr(view, "set_tool"):
            return
        from gui.surface_draw import SurfaceDraw

        if self.drawing is not None:
            self.drawing.deactivate()
        self.drawing = SurfaceDraw(view, closed=True, color="#7a3cff", parent=self)
        self.drawing.finished.connect(self.area_drawn)
        self.drawing.activate()
        self.summary.setText(self.tr("Click the corners of the area; double-click or Enter closes it."))

    def area_drawn(self, points: list) -> None:
        """A ring of SurfacePoints → the compared area (WKT in the project CRS), then the comparison runs."""
        import shapely

        if self.drawing is not None:
            self.drawing.deactivate()
            self.drawing.deleteLater()
            self.drawing = None
        ring = [(p.point[0], p.point[1]) for p in points]
        if len(ring) < 3:
            return
        self.drawn_wkt = shapely.Polygon(ring).buffer(0).wkt
        self.retranslate()
        self.area.setCurrentIndex(self.area.findData(self.drawn_wkt))
        self.run()

    def task(self):
        from twin.scenario_metrics import compare

        store, name, area, ppu = self.store, self.name, self.area.currentData(), self.persons.value()
        return lambda: compare(store, name, area=area, persons_per_unit=ppu)

    def show_result(self, result: dict[str, Any]) -> None:
        self.metrics.set_rows(metric_rows(result))
        self.violations.set_rows(result.get("violations") or [])
        d = {k: (result.get(k) or {}).get("difference") for k in ("residents", "jobs")}
        fa = sum(((result.get("floor_area_by_usage") or {}).get("difference") or {}).values())
        n = len(result.get("violations") or [])
        self.summary.setText(self.tr("{area}: floor area {fa} m², residents {r}, jobs {j}; {n} zoning "
                                     "violation(s).").format(area=self.area.currentText(), fa=_signed(fa),
                                                             r=_signed(d["residents"]), j=_signed(d["jobs"]), n=n))
        super().show_result(result)


def _signed(v: Any) -> str:
    if v is None:
        return "—"
    text = number(float(v), 1)
    return text if float(v) < 0 else "+" + text


class ShadowTab(_StudyTab):
    """Winter shadow hours: base, scenario, difference; neighbours gaining more than N hours; overlay and sun."""

    def __init__(self, panel: Any):
        super().__init__(panel)
        today = dt.date.today()
        self.date = QDateEdit(QDate(today.year, 12, 21), objectName="shadowDate")
        self.date.setDisplayFormat("yyyy-MM-dd")
        self.date.setCalendarPopup(True)
        self.height = QComboBox(objectName="planeHeight")
        for h in (1.5, 4.0, 6.5):
            self.height.addItem(f"{h:g} m", h)
        self.grid = QDoubleSpinBox(objectName="gridSpacing", minimum=0.5, maximum=20.0, singleStep=0.5, value=2.0)
        self.gain = QDoubleSpinBox(objectName="gainHours", minimum=0.0, maximum=8.0, singleStep=0.5, value=1.0)
        self.overlay_box = QCheckBox(objectName="showOverlay")
        self.overlay_box.setChecked(True)
        self.sun_box = QCheckBox(objectName="sunShadows")
        self.sun_time = QTimeEdit(QTime(12, 0), objectName="sunTime")
        self.sun_time.setDisplayFormat("HH:mm")
        self.neighbours = RowsModel(neighbour_columns(), self)
        self.neighbours_view = _table("neighboursTable", self.neighbours)
        self.labels = [QLabel() for _ in range(4)]
        form = QFormLayout()
        for label, w in zip(self.labels, (self.date, self.height, self.grid, self.gain)):
            form.addRow(label, w)
        sun = QHBoxLayout()
        sun.addWidget(self.sun_box)
        sun.addWidget(self.sun_time)
        sun.addStretch(1)
        lay = QVBoxLayout(self)
        lay.addLayout(form)
        lay.addWidget(self.run_button)
        lay.addWidget(self.overlay_box)
        lay.addLayout(sun)
        lay.addWidget(self.summary)
        lay.addWidget(self.neighbours_view, 1)
        self.overlay_box.toggled.connect(lambda _on: self.draw_overlay())
        self.sun_box.toggled.connect(lambda _on: self.update_sun())
        self.sun_time.timeChanged.connect(lambda _t: self.update_sun())
        self.date.dateChanged.connect(lambda _d: self.update_sun())
        self.suns: list[Any] = []

    def retranslate(self) -> None:
        self.run_button.setText(self.tr("Compute shadow hours"))
        for label, text in zip(self.labels, (self.tr("Date"), self.tr("Plane height"), self.tr("Grid spacing (m)"),
                                             self.tr("List neighbours gaining more than (h)"))):
            label.setText(text)
        self.overlay_box.setText(self.tr("Show the difference in the view"))
        self.sun_box.setText(self.tr("Sun and shadows in the view at"))
        self.neighbours.set_rows(self.neighbours.rows, neighbour_columns())

    def clear(self) -> None:
        super().clear()
        self.neighbours.set_rows([])
        self.draw_overlay()

    def task(self):
        from twin.scenario_shadow import scenario_shadow

        store, name = self.store, self.name
        kw = dict(date=self.date.date().toPython(), height_m=self.height.currentData(), grid_m=self.grid.value(),
                  gain_hours=self.gain.value())
        return lambda: scenario_shadow(store, name, **kw)

    def show_result(self, result: dict[str, Any]) -> None:
        self.neighbours.set_rows(result.get("neighbours") or [])
        diff = result["difference"]
        worst = max((r["gain_h"] for r in result.get("neighbours") or []), default=0.0)
        text = self.tr("{date}, 8:00–16:00 true solar time, plane at {h:g} m, grid {g:g} m: {n} neighbouring "
                       "building(s) gain more than {gain:g} h of shadow (at most {worst:.1f} h); {cells} cells gain "
                       "shadow, {less} lose it.")
        self.summary.setText(text.format(
                date=result["date"], h=result["height_m"], g=result["grid_m"], n=len(result.get("neighbours") or []),
                gain=result["gain_hours"], worst=worst, cells=int((diff > 1e-6).sum()),
                less=int((diff < -1e-6).sum())))
        super().show_result(result)
        self.draw_overlay()

    # -- the 3D view --------------------------------------------------------------------------------------------
    def _viewport(self) -> Any:
        return getattr(getattr(self.panel, "_host", None), "viewport", None)

    def _views(self) -> list[Any]:
        """The main view and, when open, the side-by-side views."""
        sbs = getattr(self.panel, "side_by_side", None)
        views = [self._viewport()] + ([sbs.left, sbs.right] if sbs is not None else [])
        return [v for v in views if getattr(v, "plotter", None) is not None]

    def draw_overlay(self) -> None:
        """The difference grid as a raster overlay (red: more hours of shadow, blue: fewer) on the main view and
        the side-by-side views; removed when unticked or cleared."""
        from layers.shadows import add_shadow_hours

        r = self.result
        for view in self._views():
            view.plotter.remove_actor(OVERLAY, render=False)
            if r is not None and self.overlay_box.isChecked():
                add_shadow_hours(view.plotter, r["difference"], r["transform"], r["ground_z"] + r["height_m"] + 0.2,
                                 difference=True, name=OVERLAY, title=None)
            view.request_render()

    def _view_scenarios(self) -> list[tuple[Any, str | None]]:
        """(view, scenario it shows): the main view shows the base; the side-by-side views their sides."""
        sbs = getattr(self.panel, "side_by_side", None)
        out = [(v, None) for v in [self._viewport()] if getattr(v, "scene", None) is not None]
        if sbs is not None:
            left, right = sbs.shown()
            out += [(v, n) for v, n in ((sbs.left, left), (sbs.right, right)) if v.scene is not None]
        return out

    def close_suns(self) -> None:
        """Give the views their own lighting back (before their scenes close)."""
        for sun in self.suns:
            try:
                sun.close()
            except Exception:  # noqa: BLE001 - its scene is already gone
                pass
        self.suns = []

    def update_sun(self) -> None:
        """The sun and its shadows (:class:`layers.shadows.ClockSun`) in the views at the date and time chosen
        (Japan time), each view's buildings casting theirs; unticked: the scenes' own lighting again."""
        from layers.shadows import ClockSun

        self.close_suns()
        if self.sun_box.isChecked():
            when = dt.datetime.combine(self.date.date().toPython(), self.sun_time.time().toPython())
            for view, name in self._view_scenarios():
                sun = ClockSun(view.scene, scenario=name)
                sun.show_at(when)
                self.suns.append(sun)
        for view, _name in self._view_scenarios():
            view.request_render()


__all__ = ["AREAS", "CompareTab", "ShadowTab"]
