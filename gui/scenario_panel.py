"""The Scenarios panel (issue 9): the project's scenarios, their edits with undo/redo, and the studies.

* **Scenarios**: New (empty or a copy of the one selected), Duplicate, Rename, Delete, Export as GeoPackage.
* **Edits** of the scenario selected: *Draw building* (a footprint drawn on the 3D surface with
  :mod:`gui.surface_draw`, then storeys, usage, units and phase in :class:`~gui.scenario_building_dialog.BuildingDialog`),
  *Import footprints…* (GeoJSON / GeoPackage: :func:`twin.scenario_files.read_footprints`), *Remove selected* and
  *Change selected…* (the buildings selected in the view). Every edit is a command saved in the project with its
  author and time; the history list and Undo/Redo (Ctrl+Z / Ctrl+Shift+Z in the panel) are a QUndoStack mirroring
  it (:mod:`gui.scenario_undo`).
* **Compare** and **Winter shadows** tabs: :mod:`gui.scenario_study`. *Side by side…* opens the linked views
  (:mod:`gui.side_by_side`: base | scenario, X switches).

Registered as the ``scenarios`` theme's dock.
"""

from __future__ import annotations

from typing import Any

import shapely
from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import (QFileDialog, QHBoxLayout, QInputDialog, QLabel, QMessageBox, QPushButton, QTableView,
                               QTabWidget, QUndoView, QVBoxLayout, QWidget)

from gui.scenario_building_dialog import BuildingDialog
from gui.scenario_models import ScenarioListModel
from gui.scenario_study import CompareTab, ShadowTab
from gui.scenario_undo import ScenarioUndo
from gui.theme_docks import register_dock
from twin import scenarios


def _button(name: str) -> QPushButton:
    b = QPushButton()
    b.setObjectName(name)
    return b


class ScenarioPanel(QWidget):
    """See the module docstring. ``host`` is the main window (viewport, document, tables_changed) or None."""

    scenarioChanged = Signal(object)        # the scenario selected (name or None)
    edited = Signal()                       # the project's scenario edits changed (an edit, undo or redo)

    def __init__(self, host: Any = None, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("scenarioPanel")
        self._host = host
        self.document = None
        self.store = None
        self.drawing = None
        self.side_by_side = None
        self.model = ScenarioListModel(self)
        self.table = QTableView(objectName="scenarioTable")
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QTableView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QTableView.SelectionMode.SingleSelection)
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.selectionModel().currentRowChanged.connect(lambda *_: self._selected())
        self.new_button, self.dup_button, self.rename_button = _button("newScenario"), _button("duplicateScenario"), \
            _button("renameScenario")
        self.delete_button, self.export_button, self.compare_button = _button("deleteScenario"), \
            _button("exportScenario"), _button("sideBySide")
        row = QHBoxLayout()
        for b in (self.new_button, self.dup_button, self.rename_button, self.delete_button, self.export_button,
                  self.compare_button):
            row.addWidget(b)
        self.undo = ScenarioUndo(self)
        self.undo.changed.connect(lambda: self._edits_changed(resync=False))
        self.undo.failed.connect(self._show_error)
        self.draw_button, self.import_button = _button("drawBuilding"), _button("importFootprints")
        self.remove_button, self.change_button = _button("removeSelected"), _button("changeSelected")
        self.undo_action = self.undo.stack.createUndoAction(self)
        self.redo_action = self.undo.stack.createRedoAction(self)
        self.undo_action.setShortcut(QKeySequence.StandardKey.Undo)
        self.redo_action.setShortcut(QKeySequence.StandardKey.Redo)
        for a in (self.undo_action, self.redo_action):
            a.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            self.addAction(a)
        self.undo_button, self.redo_button = _button("undoEdit"), _button("redoEdit")
        self.undo_button.clicked.connect(self.undo.stack.undo)
        self.redo_button.clicked.connect(self.undo.stack.redo)
        self.undo.stack.canUndoChanged.connect(self.undo_button.setEnabled)
        self.undo.stack.canRedoChanged.connect(self.redo_button.setEnabled)
        self.history = QUndoView(self.undo.stack)
        self.history.setObjectName("scenarioHistory")
        edits = QWidget()
        el = QVBoxLayout(edits)
        r1, r2 = QHBoxLayout(), QHBoxLayout()
        for b in (self.draw_button, self.import_button, self.remove_button, self.change_button):
            r1.addWidget(b)
        for b in (self.undo_button, self.redo_button):
            r2.addWidget(b)
        r2.addStretch(1)
        el.addLayout(r1)
        el.addLayout(r2)
        el.addWidget(self.history, 1)
        self.compare_tab = CompareTab(self)
        self.shadow_tab = ShadowTab(self)
        self.tabs = QTabWidget(objectName="scenarioTabs")
        self.tabs.addTab(edits, "")
        self.tabs.addTab(self.compare_tab, "")
        self.tabs.addTab(self.shadow_tab, "")
        self.status = QLabel(objectName="scenarioStatus")
        self.status.setWordWrap(True)
        lay = QVBoxLayout(self)
        lay.addWidget(self.table, 1)
        lay.addLayout(row)
        lay.addWidget(self.tabs, 3)
        lay.addWidget(self.status)
        for b, slot in ((self.new_button, self.new_scenario), (self.dup_button, self.duplicate_scenario),
                        (self.rename_button, self.rename_scenario), (self.delete_button, self.delete_scenario),
                        (self.export_button, self.export_scenario), (self.compare_button, self.open_side_by_side),
                        (self.draw_button, self.start_drawing), (self.import_button, self.import_footprints),
                        (self.remove_button, self.remove_selected), (self.change_button, self.change_selected)):
            b.clicked.connect(slot)
        self.retranslate()
        self._enable()

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Scenarios"))
        for b, text in ((self.new_button, self.tr("New…")), (self.dup_button, self.tr("Duplicate…")),
                        (self.rename_button, self.tr("Rename…")), (self.delete_button, self.tr("Delete")),
                        (self.export_button, self.tr("Export…")), (self.compare_button, self.tr("Side by side…")),
                        (self.draw_button, self.tr("Draw building")),
                        (self.import_button, self.tr("Import footprints…")),
                        (self.remove_button, self.tr("Remove selected")),
                        (self.change_button, self.tr("Change selected…")),
                        (self.undo_button, self.tr("Undo")), (self.redo_button, self.tr("Redo"))):
            b.setText(text)
        self.history.setEmptyLabel(self.tr("Base (no edits)"))
        for i, text in enumerate((self.tr("Edits"), self.tr("Compare"), self.tr("Winter shadows"))):
            self.tabs.setTabText(i, text)
        self.model.retranslate()
        self.compare_tab.retranslate()
        self.shadow_tab.retranslate()

    # -- ThemePanel ---------------------------------------------------------------------------------------------
    def set_document(self, document: Any) -> None:
        self.stop_drawing()
        self.document = document
        self.store = document.store if document is not None else None
        self.reload()

    def has_data(self) -> bool:
        return self.store is not None and bool(self.model.rows)

    def reload(self) -> None:
        current = self.current()
        self.model.set_store(self.store)
        row = self.model.row_of(current) if current is not None else (0 if self.model.rows else -1)
        if row >= 0:
            self.table.selectRow(row)
        self._selected(force=True)

    # -- the scenario selected ------------------------------------------------------------------------------------
    def current(self) -> str | None:
        idx = self.table.currentIndex()
        return self.model.rows[idx.row()]["name"] if idx.isValid() and idx.row() < len(self.model.rows) else None

    def select(self, name: str) -> None:
        row = self.model.row_of(name)
        if row >= 0:
            self.table.selectRow(row)

    def _selected(self, force: bool = False) -> None:
        name = self.current()
        if force or name != self.undo.name:
            self.undo.set_scenario(self.store, name)
            self.compare_tab.set_scenario(self.store, name)
            self.shadow_tab.set_scenario(self.store, name)
            self.scenarioChanged.emit(name)
        self._enable()

    def _enable(self) -> None:
        has = self.current() is not None
        for b in (self.dup_button, self.rename_button, self.delete_button, self.export_button, self.draw_button,
                  self.import_button, self.remove_button, self.change_button):
            b.setEnabled(has)
        self.new_button.setEnabled(self.store is not None)
        self.compare_button.setEnabled(self.store is not None)
        self.undo_button.setEnabled(self.undo.stack.canUndo())
        self.redo_button.setEnabled(self.undo.stack.canRedo())

    # -- writes ---------------------------------------------------------------------------------------------------
    def _write(self, fn, *args, message: str | None = None, **kw) -> Any:
        """Run one write of :mod:`twin.scenarios`; errors are shown, not raised. Returns its result or None."""
        try:
            out = fn(self.store, *args, **kw)
        except Exception as exc:  # noqa: BLE001 - TwinError and refused writes alike are shown to the user
            self._show_error(str(exc))
            return None
        self.status.setText(message or "")
        return out if out is not None else True

    def _show_error(self, text: str) -> None:
        self.status.setText(text)

    def _list_changed(self, select: str | None) -> None:
        self.model.reload()
        if select is not None:
            self.select(select)
        self._selected(force=True)
        self._tell_host(self.tr("Scenarios changed."))

    def _edits_changed(self, resync: bool = True) -> None:
        """The scenario's edits changed: a new edit (``resync``: the stack reads the history again) or an undo /
        redo done on the stack itself (never rebuilt then: the command that is running belongs to it)."""
        if resync:
            self.undo.sync()
        self.model.reload()
        row = self.model.row_of(self.undo.name) if self.undo.name else -1
        if row >= 0:
            self.table.selectRow(row)
        self._enable()
        if self.side_by_side is not None:
            self.side_by_side.reload()
        self.edited.emit()
        self._tell_host(None)

    def _tell_host(self, message: str | None) -> None:
        changed = getattr(self._host, "tables_changed", None)
        if changed is not None:
            changed(("scenarios", "scenario_edits"), message)

    def _ask_name(self, title: str, text: str = "") -> str | None:
        name, ok = QInputDialog.getText(self, title, self.tr("Name:"), text=text)
        return name.strip() if ok and name.strip() else None

    def new_scenario(self, name: str | None = None) -> None:
        name = name or self._ask_name(self.tr("New scenario"))
        if name and self._write(scenarios.create, name, message=self.tr("Scenario {n} created.").format(n=name)):
            self._list_changed(name)

    def duplicate_scenario(self, new_name: str | None = None) -> None:
        old = self.current()
        new_name = new_name or self._ask_name(self.tr("Duplicate scenario"), f"{old} 2")
        if old and new_name and self._write(scenarios.duplicate, old, new_name):
            self._list_changed(new_name)

    def rename_scenario(self, new_name: str | None = None) -> None:
        old = self.current()
        new_name = new_name or self._ask_name(self.tr("Rename scenario"), old or "")
        if old and new_name and new_name != old and self._write(scenarios.rename, old, new_name):
            self._list_changed(new_name)

    def delete_scenario(self, confirm: bool = True) -> None:
        name = self.current()
        if name is None:
            return
        if confirm and QMessageBox.question(self, self.tr("Delete scenario"),
                                            self.tr("Delete the scenario {n} and its edits?").format(n=name)) \
                != QMessageBox.StandardButton.Yes:
            return
        if self._write(scenarios.delete, name, message=self.tr("Scenario {n} deleted.").format(n=name)):
            self._list_changed(None)

    def export_scenario(self, path: str | None = None) -> None:
        name = self.current()
        if name is None:
            return
        if path is None:
            path, _ = QFileDialog.getSaveFileName(self, self.tr("Export scenario"), f"{name}.gpkg",
                                                  self.tr("GeoPackage (*.gpkg)"))
        if path:
            self._write(scenarios.export_gpkg, name, path, message=self.tr("Exported to {p}.").format(p=path))

    # -- edits ------------------------------------------------------------------------------------------------------
    def add_footprint(self, wkt: str, values: dict[str, Any]) -> str | None:
        """Add a building with footprint ``wkt`` (project CRS) and the dialog's ``values`` to the scenario."""
        name = self.current()
        if name is None:
            return None
        new_id = self._write(scenarios.add_building, name, wkt, **values,
                             message=self.tr("Building added to {n}.").format(n=name))
        if new_id:
            self._edits_changed()
        return new_id if isinstance(new_id, str) else None

    def start_drawing(self) -> None:
        """Draw a footprint on the 3D surface; when it is closed, ask for the building's values."""
        viewport = getattr(self._host, "viewport", None)
        if viewport is None or not hasattr(viewport, "set_tool") or self.current() is None:
            return
        from gui.surface_draw import SurfaceDraw

        self.stop_drawing()
        self.drawing = SurfaceDraw(viewport, closed=True, color="#1ab8f2", parent=self)
        self.drawing.finished.connect(self.footprint_drawn)
        self.drawing.cancelled.connect(self.stop_drawing)
        self.drawing.activate()
        self.status.setText(self.tr("Click the corners of the footprint; double-click or Enter closes it, "
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
            self.status.setText(self.tr("A footprint needs at least three corners."))
            return None
        poly = shapely.make_valid(shapely.Polygon(ring))
        if poly.geom_type != "Polygon" or poly.area <= 0:
            poly = shapely.Polygon(ring).convex_hull
        if values is None:
            dlg = BuildingDialog(self, footprint_area=float(poly.area), storeys=3)
            if dlg.exec() != BuildingDialog.DialogCode.Accepted:
                return None
            values = dlg.values()
        return self.add_footprint(poly.wkt, values)

    def import_footprints(self, path: str | None = None, values: dict[str, Any] | None = None) -> list[str]:
        name = self.current()
        if name is None:
            return []
        if path is None:
            path, _ = QFileDialog.getOpenFileName(self, self.tr("Footprints"), "",
                                                  self.tr("Polygons (*.geojson *.json *.gpkg)"))
        if not path:
            return []
        if values is None:
            dlg = BuildingDialog(self, title=self.tr("Values for features without their own"))
            if dlg.exec() != BuildingDialog.DialogCode.Accepted:
                return []
            values = dlg.values()
        from twin.scenario_files import read_footprints

        def add(store, scenario, p, **kw):
            return scenarios.add_buildings(store, scenario, read_footprints(p, store.crs, **kw))

        ids = self._write(add, name, path, **values, message=self.tr("Footprints imported."))
        if ids:
            self._edits_changed()
        return ids if isinstance(ids, list) else []

    def selected_gml_ids(self) -> list[str]:
        """gml:ids of the buildings selected in the view (every buildings layer)."""
        doc = self.document
        if doc is None:
            return []
        ids = sorted({i for layer in doc.layers if layer.kind == "buildings" for i in doc.selection.ids(layer.id)})
        if not ids:
            return []
        marks = ",".join("?" * len(ids))
        return [r[0] for r in self.store.query(f"SELECT gml_id FROM buildings WHERE id IN ({marks}) ORDER BY id", ids)]

    def remove_selected(self) -> int:
        name, gml_ids = self.current(), self.selected_gml_ids()
        if name is None or not gml_ids:
            self.status.setText(self.tr("Select buildings in the view first."))
            return 0
        n = self._write(scenarios.remove_buildings, name, gml_ids,
                        message=self.tr("{k} building(s) removed in {n}.").format(k=len(gml_ids), n=name))
        if n:
            self._edits_changed()
        return int(n) if n else 0

    def change_selected(self, values: dict[str, Any] | None = None) -> int:
        name, gml_ids = self.current(), self.selected_gml_ids()
        if name is None or not gml_ids:
            self.status.setText(self.tr("Select buildings in the view first."))
            return 0
        if values is None:
            dlg = BuildingDialog(self, title=self.tr("Change {k} building(s)").format(k=len(gml_ids)))
            if dlg.exec() != BuildingDialog.DialogCode.Accepted:
                return 0
            values = dlg.values()
        done = 0
        for gml_id in gml_ids:
            if self._write(scenarios.change_building, name, gml_id, **values):
                done += 1
        if done:
            self._edits_changed()
        return done

    # -- side by side -----------------------------------------------------------------------------------------------
    def open_side_by_side(self) -> Any:
        """The linked views: base | the scenario selected (a window of its own, kept until closed)."""
        from gui.side_by_side import SideBySideView

        if self.side_by_side is None:
            self.side_by_side = SideBySideView()
            self.side_by_side.setWindowFlag(Qt.WindowType.Window, True)
            self.side_by_side.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose, True)
            self.side_by_side.destroyed.connect(lambda *_: setattr(self, "side_by_side", None))
            self.side_by_side.resize(1400, 700)
            self.side_by_side.show()
            self.side_by_side.set_store(self.store, self.document, left=None, right=self.current())
        else:
            self.side_by_side.set_sides(None, self.current())
            self.side_by_side.raise_()
        return self.side_by_side

    def closeEvent(self, event) -> None:  # noqa: N802
        self.stop_drawing()
        if self.side_by_side is not None:
            self.side_by_side.close()
        super().closeEvent(event)


register_dock("scenarios", "scenarioDock", ScenarioPanel, area=Qt.DockWidgetArea.RightDockWidgetArea)

__all__ = ["ScenarioPanel"]
