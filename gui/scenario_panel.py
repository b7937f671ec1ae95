"""The Scenarios panel (issue 9): the project's scenarios, their edits with undo/redo, and the studies.

* **Scenarios**: New (empty or a copy of the one selected), Duplicate, Rename, Delete, Export as GeoPackage.
* **Edits** tab (:mod:`gui.scenario_edits`): draw, import, remove and change buildings of the scenario selected;
  undo/redo and the history mirror the project's (:mod:`gui.scenario_undo`).
* **Compare** and **Winter shadows** tabs: :mod:`gui.scenario_study`. *Side by side…* opens the linked views
  (:mod:`gui.side_by_side`: base | scenario, X switches).

Registered as the ``scenarios`` theme's dock.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (QFileDialog, QGridLayout, QInputDialog, QLabel, QMessageBox, QPushButton, QSplitter,
                               QTableView, QTabWidget, QVBoxLayout, QWidget)

from gui.scenario_models import ScenarioListModel
from gui.scenario_study import CompareTab, ShadowTab
from gui.scenario_edits import EditsTab
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
        # two rows of three: the panel shares the right dock area with Identify and must stay narrow
        row = QGridLayout()
        for i, b in enumerate((self.new_button, self.dup_button, self.rename_button, self.delete_button,
                               self.export_button, self.compare_button)):
            row.addWidget(b, i // 3, i % 3)
        self.edits = EditsTab(self)
        self.compare_tab = CompareTab(self)
        self.shadow_tab = ShadowTab(self)
        self.tabs = QTabWidget(objectName="scenarioTabs")
        self.tabs.addTab(self.edits, "")
        self.tabs.addTab(self.compare_tab, "")
        self.tabs.addTab(self.shadow_tab, "")
        self.status = QLabel(objectName="scenarioStatus")
        self.status.setWordWrap(True)
        top = QWidget()
        tl = QVBoxLayout(top)
        tl.setContentsMargins(0, 0, 0, 0)
        tl.addWidget(self.table, 1)
        tl.addLayout(row)
        self.table.setMinimumHeight(self.table.verticalHeader().defaultSectionSize() * 4)
        self.splitter = QSplitter(Qt.Orientation.Vertical, objectName="scenarioSplitter")
        self.splitter.addWidget(top)
        self.splitter.addWidget(self.tabs)
        self.splitter.setStretchFactor(0, 1)
        self.splitter.setStretchFactor(1, 4)
        self.splitter.setChildrenCollapsible(False)
        lay = QVBoxLayout(self)
        lay.addWidget(self.splitter, 1)
        lay.addWidget(self.status)
        for b, slot in ((self.new_button, self.new_scenario), (self.dup_button, self.duplicate_scenario),
                        (self.rename_button, self.rename_scenario), (self.delete_button, self.delete_scenario),
                        (self.export_button, self.export_scenario), (self.compare_button, self.open_side_by_side)):
            b.clicked.connect(slot)
        self.retranslate()
        self._enable()

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Scenarios"))
        for b, text in ((self.new_button, self.tr("New…")), (self.dup_button, self.tr("Duplicate…")),
                        (self.rename_button, self.tr("Rename…")), (self.delete_button, self.tr("Delete")),
                        (self.export_button, self.tr("Export…")), (self.compare_button, self.tr("Side by side…"))):
            b.setText(text)
        self.edits.retranslate()
        for i, text in enumerate((self.tr("Edits"), self.tr("Compare"), self.tr("Winter shadows"))):
            self.tabs.setTabText(i, text)
        self.model.retranslate()
        self.compare_tab.retranslate()
        self.shadow_tab.retranslate()

    # -- ThemePanel ---------------------------------------------------------------------------------------------
    def set_document(self, document: Any) -> None:
        self.shadow_tab.close_suns()
        if self.side_by_side is not None:
            sbs, self.side_by_side = self.side_by_side, None
            sbs.close()
        self.edits.stop_drawing()
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
        if force or name != self.edits.undo.name:
            self.edits.undo.set_scenario(self.store, name)
            self.compare_tab.set_scenario(self.store, name)
            self.shadow_tab.set_scenario(self.store, name)
            self.scenarioChanged.emit(name)
        self._enable()

    def _enable(self) -> None:
        has = self.current() is not None
        for b in (self.dup_button, self.rename_button, self.delete_button, self.export_button):
            b.setEnabled(has)
        self.new_button.setEnabled(self.store is not None)
        self.compare_button.setEnabled(self.store is not None)
        self.edits.set_enabled(has)

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
            self.edits.undo.sync()
        self.model.reload()
        row = self.model.row_of(self.edits.undo.name) if self.edits.undo.name else -1
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
    # -- side by side -----------------------------------------------------------------------------------------------
    def open_side_by_side(self) -> Any:
        """The linked views: base | the scenario selected (a window of its own, kept until closed)."""
        from gui.side_by_side import SideBySideView

        if self.side_by_side is None:
            self.side_by_side = SideBySideView()
            self.side_by_side.setWindowFlag(Qt.WindowType.Window, True)
            self.side_by_side.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose, True)
            self.side_by_side.destroyed.connect(self._side_by_side_closed)
            self.side_by_side.resize(1400, 700)
            self.side_by_side.show()
            self.side_by_side.set_store(self.store, self.document, left=None, right=self.current())
            self.shadow_tab.draw_overlay()         # a shadow study already computed shows there too
        else:
            self.side_by_side.set_sides(None, self.current())
            self.side_by_side.raise_()
        return self.side_by_side

    def _side_by_side_closed(self, *_: Any) -> None:
        self.side_by_side = None
        if self.shadow_tab.suns:
            self.shadow_tab.update_sun()           # the main view keeps its sun

    def closeEvent(self, event) -> None:  # noqa: N802
        self.edits.stop_drawing()
        if self.side_by_side is not None:
            self.side_by_side.close()
        super().closeEvent(event)


register_dock("scenarios", "scenarioDock", ScenarioPanel, area=Qt.DockWidgetArea.RightDockWidgetArea)

__all__ = ["ScenarioPanel"]
