"""Two linked 3D views: base | scenario, or scenario A | scenario B (issue 9).

Each side is a :class:`gui.viewport.Viewport` over its own :class:`~twin.document.TwinDocument` on the same
store: the main window's terrain and roads (their styles and parameters) and one
:class:`layers.scenario.ScenarioLayer` in the buildings layer's style. The two renderers share one VTK camera, and
after either view renders, the other is asked to render when the camera moved — so orbiting, panning or zooming
one moves the other.

*Standing in* picks a phase date of the scenarios shown (edits of later phases are not built yet) or every phase.

*Single view* hides the right view; the **X** key (or *Switch*) then flips the left view between the two
choices with :func:`layers.scenario.switch_scenario` (no rebuild: a visibility swap and one recolour). In side by
side mode X swaps the two sides.

A click on a building in either view — added ones too (:func:`layers.scenario.pick_scenario`) — shows its attributes
in that view's scenario in a small popup (:mod:`gui.scenario_identify`) and emits ``buildingIdentified``.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

from PySide6.QtCore import QPoint, Qt, Signal
from PySide6.QtGui import QCursor, QKeySequence, QShortcut
from PySide6.QtWidgets import (QCheckBox, QComboBox, QHBoxLayout, QLabel, QPushButton, QSplitter, QVBoxLayout,
                               QWidget)

from gui.scenario_identify import ScenarioIdentifyPopup, scenario_row
from gui.viewport import Viewport
from layers.scenario import ScenarioLayer, pick_scenario, scenario_layer, switch_scenario
from twin import scenarios
from twin.document import TwinDocument
from twin.layer import Layer

#: the layer kinds copied from the main document under the scenario's buildings
CONTEXT_KINDS = ("terrain", "roads")


def _camera_state(cam: Any) -> tuple:
    return (cam.GetPosition(), cam.GetFocalPoint(), cam.GetViewUp(), cam.GetViewAngle(), cam.GetParallelScale(),
            cam.GetParallelProjection())


def side_document(store: Any, scenario: str | None, main: TwinDocument | None = None, *,
                  title: str | None = None) -> TwinDocument:
    """A document for one side: the main document's shown terrain and roads, and a scenario layer styled like
    its buildings layer (defaults when there is no main document)."""
    doc = TwinDocument(store)
    style = None
    source = list(main.layers) if main is not None else []
    if not source:
        tmp = TwinDocument(store)
        source = tmp.create_default_layers()
    with doc.layers.batched_update():
        for layer in source:
            if layer.kind == "buildings" and not isinstance(layer, ScenarioLayer) and style is None:
                style = layer.style
            if layer.kind in CONTEXT_KINDS and layer.visible:
                doc.layers.append(Layer(name=layer.name, kind=layer.kind, source=layer.source,
                                        params=dict(layer.params), style=layer.style.copy(), opacity=layer.opacity))
        doc.layers.append(scenario_layer(scenario, style=style, title=title))
    doc.camera = dict(main.camera) if main is not None and main.camera else {"preset": "station"}
    return doc


class SideViewport(Viewport):
    """A side's view: clicks pick the scenario's added, changed and removed buildings too."""

    def pick_at(self, pos: QPoint) -> tuple[str, int] | None:
        if self.scene is None:
            return None
        return pick_scenario(self.scene, *self.to_display(pos))


class SideBySideView(QWidget):
    """Left | right views of two scenarios (None = the base) with one camera; see the module docstring."""

    sidesChanged = Signal(object, object)      # left, right (None = the base)
    buildingIdentified = Signal(object, dict)  # scenario (None = the base), its row of the building clicked

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("scenarioSideBySide")
        self.store = None
        self.main_document: TwinDocument | None = None
        self.left_choice: str | None = None
        self.right_choice: str | None = None
        self.at: dt.date | None = None
        self._seen: dict[int, tuple] = {}
        self._observers: list[tuple[Any, int]] = []
        self.left_combo = QComboBox(objectName="leftScenario")
        self.right_combo = QComboBox(objectName="rightScenario")
        self.phase_combo = QComboBox(objectName="phaseDate")
        self.single_box = QCheckBox(objectName="singleView")
        self.switch_button = QPushButton(objectName="switchViews")
        self.left_label, self.right_label, self.hint, self.phase_label = QLabel(), QLabel(), QLabel(), QLabel()
        bar = QHBoxLayout()
        for w in (self.left_label, self.left_combo, self.right_label, self.right_combo, self.phase_label,
                  self.phase_combo, self.single_box,
                  self.switch_button, self.hint):
            bar.addWidget(w)
        bar.addStretch(1)
        self.left = SideViewport(self)
        self.right = SideViewport(self)
        self.popup = ScenarioIdentifyPopup(self)
        for v in (self.left, self.right):
            v.featurePicked.connect(lambda _lid, fid, v=v: self.identify(v, fid))
        self.left.setObjectName("leftView")
        self.right.setObjectName("rightView")
        self.splitter = QSplitter(Qt.Orientation.Horizontal, self)
        self.splitter.addWidget(self.left)
        self.splitter.addWidget(self.right)
        lay = QVBoxLayout(self)
        lay.setContentsMargins(4, 4, 4, 4)
        lay.addLayout(bar)
        lay.addWidget(self.splitter, 1)
        self.left_combo.activated.connect(lambda _i: self.set_sides(self.left_combo.currentData(), self.right_choice))
        self.right_combo.activated.connect(lambda _i: self.set_sides(self.left_choice, self.right_combo.currentData()))
        self.phase_combo.activated.connect(lambda _i: self.set_date(self.phase_combo.currentData()))
        self.single_box.toggled.connect(self.set_single)
        self.switch_button.clicked.connect(self.switch)
        self.shortcut = QShortcut(QKeySequence("X"), self, self.switch)
        self.shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        self.retranslate()

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Scenario comparison"))
        self.left_label.setText(self.tr("Left:"))
        self.right_label.setText(self.tr("Right:"))
        self.phase_label.setText(self.tr("Standing in:"))
        self.single_box.setText(self.tr("Single view"))
        self.switch_button.setText(self.tr("Switch (X)"))
        self.hint.setText(self.tr("The cameras are linked; X switches the views."))
        self._fill_combos()

    # -- documents ----------------------------------------------------------------------------------------------
    def set_store(self, store: Any, main: TwinDocument | None = None, left: str | None = None,
                  right: str | None = None) -> None:
        """Show ``left`` | ``right`` (None: the base) of ``store``; ``main`` gives the context layers and camera."""
        self._unlink()
        self.store, self.main_document = store, main
        self.left_choice, self.right_choice = left, right
        if store is None:
            self.left.set_document(None)
            self.right.set_document(None)
            return
        self.left.set_document(side_document(store, left, main, title=self._title(left)))
        self.right.set_document(side_document(store, right, main, title=self._title(right)))
        self._link()
        self._fill_combos()
        self.sidesChanged.emit(left, right)

    def _fill_combos(self) -> None:
        names = [s["name"] for s in scenarios.list_scenarios(self.store)] if self.store is not None else []
        for combo, current in ((self.left_combo, self.left_choice), (self.right_combo, self.right_choice)):
            combo.blockSignals(True)
            combo.clear()
            combo.addItem(self.tr("Base"), None)
            for n in names:
                combo.addItem(n, n)
            combo.setCurrentIndex(max(combo.findData(current), 0) if current is not None else 0)
            combo.blockSignals(False)
        self._fill_phases()

    def phase_dates(self) -> list[tuple[dt.date, str]]:
        """(date, phase names) of the edits of the two scenarios chosen, in date order."""
        if self.store is None:
            return []
        found: dict[dt.date, set[str]] = {}
        for name in {self.left_choice, self.right_choice} - {None}:
            try:
                named = {p["date"]: p["name"] for p in scenarios.phases(self.store, name)}
                for cmd in scenarios.history(self.store, name):
                    d = cmd.get("phase_date")
                    if d is not None and cmd.get("active"):
                        found.setdefault(d, set()).update({named[d]} if d in named else set())
            except Exception:  # noqa: BLE001 - a scenario deleted meanwhile lists no phases
                continue
        return [(d, " / ".join(sorted(found[d]))) for d in sorted(found)]

    def _fill_phases(self) -> None:
        combo = self.phase_combo
        combo.blockSignals(True)
        combo.clear()
        combo.addItem(self.tr("Every phase"), None)
        for d, names in self.phase_dates():
            combo.addItem(f"{d.isoformat()} {names}".strip(), d)
        combo.setCurrentIndex(max(combo.findData(self.at), 0) if self.at is not None else 0)
        combo.blockSignals(False)
        combo.setEnabled(combo.count() > 1)

    def set_date(self, at: dt.date | None) -> None:
        """Show the scenarios as they stand on ``at`` (None: every phase built)."""
        self.at = at
        self._show(self.left, self.shown()[0])
        if not self.single:
            self._show(self.right, self.right_choice)
        self._fill_phases()

    def reload(self) -> None:
        """The scenarios changed (an edit, undo or redo): redraw both sides and refresh the lists."""
        for view in (self.left, self.right):
            if view.scene is not None:
                from layers.scenario import scenario_adapters
                for ad in scenario_adapters(view.scene):
                    ad.show(ad.scenario, at=self.at)
                view.request_render()
        self._fill_combos()

    # -- cameras ------------------------------------------------------------------------------------------------
    def _link(self) -> None:
        """One camera for both renderers; each view's render asks the other for one when the camera moved."""
        cam = self.left.plotter.renderer.GetActiveCamera()
        self.right.plotter.renderer.SetActiveCamera(cam)
        for view, other in ((self.left, self.right), (self.right, self.left)):
            rw = view.plotter.render_window
            tag = rw.AddObserver("EndEvent", lambda *_a, v=view, o=other: self._rendered(v, o))
            self._observers.append((rw, tag))

    def _rendered(self, view: Viewport, other: Viewport) -> None:
        state = _camera_state(view.plotter.renderer.GetActiveCamera())
        self._seen[id(view)] = state
        if self._seen.get(id(other)) != state and other.isVisible():
            other.request_render()

    def _unlink(self) -> None:
        for rw, tag in self._observers:
            rw.RemoveObserver(tag)
        self._observers.clear()
        self._seen.clear()

    @property
    def cameras_linked(self) -> bool:
        return (self.left.plotter.renderer.GetActiveCamera() is self.right.plotter.renderer.GetActiveCamera())

    # -- sides --------------------------------------------------------------------------------------------------
    def shown(self) -> tuple[str | None, str | None]:
        """What the left and right views show now (None: the base)."""
        def name(view: Viewport) -> str | None:
            for layer in (view.document.layers if view.document is not None else []):
                if isinstance(layer, ScenarioLayer):
                    return layer.scenario
            return None
        return name(self.left), name(self.right)

    def set_sides(self, left: str | None, right: str | None) -> None:
        """Show ``left`` | ``right`` (a fast switch in each view, no rebuild)."""
        self.left_choice, self.right_choice = left, right
        self._show(self.left, left)
        self._show(self.right, right)
        self._fill_combos()
        self.sidesChanged.emit(left, right)

    def _show(self, view: Viewport, name: str | None) -> None:
        if view.scene is not None:
            for layer in view.document.layers:
                if isinstance(layer, ScenarioLayer):
                    layer.name = self._title(name)          # the legend names what the view shows
            switch_scenario(view.scene, name, at=self.at)
            view.request_render()

    def identify(self, view: Viewport, fid: int, at: QPoint | None = None) -> dict | None:
        """Show building ``fid`` of the scenario ``view`` shows (its row) in the popup, at ``at`` (global; else
        the cursor)."""
        if self.store is None:
            return None
        name = self.shown()[0 if view is self.left else 1]
        row = scenario_row(self.store, name, fid, at=self.at)
        if row is not None:
            self.popup.show_row(name, row, at if at is not None else QCursor.pos())
            self.buildingIdentified.emit(name, row)
        return row

    def _title(self, name: str | None) -> str:
        return name if name is not None else self.tr("Base")

    def set_single(self, on: bool) -> None:
        """One view (the left) instead of two."""
        self.single_box.blockSignals(True)
        self.single_box.setChecked(bool(on))
        self.single_box.blockSignals(False)
        self.right.setVisible(not on)
        if not on:
            self._show(self.left, self.left_choice)
            self._show(self.right, self.right_choice)

    @property
    def single(self) -> bool:
        return self.right.isHidden()

    def switch(self) -> None:
        """The X key: in single view, flip the view between the two choices; side by side, swap the sides."""
        if self.single:
            now = self.shown()[0]
            self._show(self.left, self.right_choice if now == self.left_choice else self.left_choice)
            self.sidesChanged.emit(*self.shown())
        else:
            self.set_sides(self.right_choice, self.left_choice)

    def shutdown(self) -> None:
        self._unlink()
        self.left.shutdown()
        self.right.shutdown()

    def closeEvent(self, event) -> None:  # noqa: N802
        self.shutdown()
        super().closeEvent(event)


__all__ = ["CONTEXT_KINDS", "SideBySideView", "side_document"]
