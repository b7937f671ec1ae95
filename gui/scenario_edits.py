"""The Edits tab of the Scenarios panel: add, remove and change buildings of the scenario selected, with the
undo stack and history that mirror the project's (:mod:`gui.scenario_undo`).

* *Draw building*: a footprint drawn on the 3D surface (:mod:`gui.surface_draw`), then storeys, usage, units and
  phase in :class:`~gui.scenario_building_dialog.BuildingDialog`;
* *Import footprints…*: polygons of a GeoJSON / GeoPackage file (:func:`twin.scenario_files.read_footprints`);
* *Remove selected* / *Change selected…*: the buildings selected in the view.

Every edit is one command saved in the project with its author and time; Undo/Redo (also Ctrl+Z / Ctrl+Shift+Z in
the panel) and the history list write undo/redo to the project.
"""

from __future__ import annotations

from typing import Any

import shapely
from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import QDialog, QFileDialog, QGridLayout, QPushButton, QUndoView, QVBoxLayout, QWidget

from gui.scenario_undo import ScenarioUndo
from twin import scenarios


def _dialog():
    """The building dialog class (looked up at each use, so tests can stand in for it)."""
    from gui import scenario_building_dialog

    return scenario_building_dialog.BuildingDialog


def _button(name: str) -> QPushButton:
    b = QPushButton()
    b.setObjectName(name)
    return b


class EditsTab(QWidget):
    """See the module docstring; ``panel`` is the :class:`~gui.scenario_panel.ScenarioPanel`."""

    def __init__(self, panel: Any):
        super().__init__(panel)
        self.panel = panel
        self.drawing = None
        self.undo = ScenarioUndo(self)
        self.undo.changed.connect(lambda: panel._edits_changed(resync=False))
        self.undo.failed.connect(panel._show_error)
        self.draw_button, self.import_button = _button("drawBuilding"), _button("importFootprints")
        self.remove_button, self.change_button = _button("removeSelected"), _button("changeSelected")
        self.undo_action = self.undo.stack.createUndoAction(self)
        self.redo_action = self.undo.stack.createRedoAction(self)
        self.undo_action.setShortcut(QKeySequence.StandardKey.Undo)
        self.redo_action.setShortcut(QKeySequence.StandardKey.Redo)
        for a in (self.undo_action, self.redo_action):
            a.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            panel.addAction(a)
        self.undo_button, self.redo_button = _button("undoEdit"), _button("redoEdit")
        self.undo_button.clicked.connect(self.undo.stack.undo)
        self.redo_button.clicked.connect(self.undo.stack.redo)
        self.undo.stack.canUndoChanged.connect(self.undo_button.setEnabled)
        self.undo.stack.canRedoChanged.connect(self.redo_button.setEnabled)
        self.history = QUndoView(self.undo.stack)
        self.history.setObjectName("scenarioHistory")
        lay = QVBoxLayout(self)
        # two buttons a row: the panel shares the narrow right dock area with Identify
        grid = QGridLayout()
        for i, b in enumerate((self.draw_button, self.import_button, self.remove_button, self.change_button,
                               self.undo_button, self.redo_button)):
            grid.addWidget(b, i // 2, i % 2)
        lay.addLayout(grid)
        lay.addWidget(self.history, 1)
        for b, slot in ((self.draw_button, self.start_drawing), (self.import_button, self.import_footprints),
                        (self.remove_button, self.remove_selected), (self.change_button, self.change_selected)):
            b.clicked.connect(slot)

    def retranslate(self) -> None:
        for b, text in ((self.draw_button, self.tr("Draw building")),
                        (self.import_button, self.tr("Import footprints…")),
                        (self.remove_button, self.tr("Remove selected")),
                        (self.change_button, self.tr("Change selected…")),
                        (self.undo_button, self.tr("Undo")), (self.redo_button, self.tr("Redo"))):
            b.setText(text)
        self.history.setEmptyLabel(self.tr("Base (no edits)"))

    def set_enabled(self, has: bool) -> None:
        for b in (self.draw_button, self.import_button, self.remove_button, self.change_button):
            b.setEnabled(has)
        self.undo_button.setEnabled(self.undo.stack.canUndo())
        self.redo_button.setEnabled(self.undo.stack.canRedo())

    def add_footprint(self, wkt: str, values: dict[str, Any]) -> str | None:
        """Add a building with footprint ``wkt`` (project CRS) and the dialog's ``values`` to the scenario."""
        name = self.panel.current()
        if name is None:
            return None
        new_id = self.panel._write(scenarios.add_building, name, wkt, **values,
                             message=self.tr("Building added to {n}.").format(n=name))
        if new_id:
            self.panel._edits_changed()
        return new_id if isinstance(new_id, str) else None

    def start_drawing(self) -> None:
        """Draw a footprint on the 3D surface; when it is closed, ask for the building's values."""
        viewport = getattr(self.panel._host, "viewport", None)
        if viewport is None or not hasattr(viewport, "set_tool") or self.panel.current() is None:
            return
        from gui.surface_draw import SurfaceDraw

        self.stop_drawing()
        self.drawing = SurfaceDraw(viewport, closed=True, color="#1ab8f2", parent=self)
        self.drawing.finished.connect(self.footprint_drawn)
        self.drawing.cancelled.connect(self.stop_drawing)
        self.drawing.activate()
        self.panel.status.setText(self.tr("Click the corners of the footprint; double-click or Enter closes it, "
                                    "Esc cancels."))

    def stop_drawing(self) -> None:
        if self.drawing is not None:
            self.drawing.deactivate()
            self.drawing.deleteLater()
            self.drawing = None

    def footprint_drawn(self, points: list, values: dict[str, Any] | None = None) -> str | None:
        """The drawn ring (SurfacePoints) → a building (``values`` given: no dialog, for scripts and tests)."""
        self.stop_drawing()
        ring = [(p.point[0], p.point[1]) for p in points]
        if len(ring) < 3:
            self.panel.status.setText(self.tr("A footprint needs at least three corners."))
            return None
        poly = shapely.make_valid(shapely.Polygon(ring))
        if poly.geom_type != "Polygon" or poly.area <= 0:
            poly = shapely.Polygon(ring).convex_hull
        if values is None:
            dlg = _dialog()(self, footprint_area=float(poly.area), storeys=3)
            if dlg.exec() != QDialog.DialogCode.Accepted:
                return None
            values = dlg.values()
        return self.add_footprint(poly.wkt, values)

    def import_footprints(self, path: str | None = None, values: dict[str, Any] | None = None) -> list[str]:
        name = self.panel.current()
        if name is None:
            return []
        if path is None:
            path, _ = QFileDialog.getOpenFileName(self, self.tr("Footprints"), "",
                                                  self.tr("Polygons (*.geojson *.json *.gpkg)"))
        if not path:
            return []
        if values is None:
            dlg = _dialog()(self, title=self.tr("Values for features without their own"))
            if dlg.exec() != QDialog.DialogCode.Accepted:
                return []
            values = dlg.values()
        from twin.scenario_files import read_footprints

        def add(store, scenario, p, **kw):
            return scenarios.add_buildings(store, scenario, read_footprints(p, store.crs, **kw))

        ids = self.panel._write(add, name, path, **values, message=self.tr("Footprints imported."))
        if ids:
            self.panel._edits_changed()
        return ids if isinstance(ids, list) else []

    def selected_gml_ids(self) -> list[str]:
        """gml:ids of the buildings selected in the view (every buildings layer)."""
        doc = self.panel.document
        if doc is None:
            return []
        ids = sorted({i for layer in doc.layers if layer.kind == "buildings" for i in doc.selection.ids(layer.id)})
        if not ids:
            return []
        marks = ",".join("?" * len(ids))
        return [r[0] for r in self.panel.store.query(
            f"SELECT gml_id FROM buildings WHERE id IN ({marks}) ORDER BY id", ids)]

    def remove_selected(self) -> int:
        name, gml_ids = self.panel.current(), self.selected_gml_ids()
        if name is None or not gml_ids:
            self.panel.status.setText(self.tr("Select buildings in the view first."))
            return 0
        n = self.panel._write(scenarios.remove_buildings, name, gml_ids,
                        message=self.tr("{k} building(s) removed in {n}.").format(k=len(gml_ids), n=name))
        if n:
            self.panel._edits_changed()
        return int(n) if n else 0

    def change_selected(self, values: dict[str, Any] | None = None) -> int:
        name, gml_ids = self.panel.current(), self.selected_gml_ids()
        if name is None or not gml_ids:
            self.panel.status.setText(self.tr("Select buildings in the view first."))
            return 0
        if values is None:
            dlg = _dialog()(self, title=self.tr("Change {k} building(s)").format(k=len(gml_ids)))
            if dlg.exec() != QDialog.DialogCode.Accepted:
                return 0
            values = dlg.values()
        done = 0
        for gml_id in gml_ids:
            if self.panel._write(scenarios.change_building, name, gml_id, **values):
                done += 1
        if done:
            self.panel._edits_changed()
        return done


__all__ = ["EditsTab"]
