"""The main window's docks: Layers, Style and legend, Identify and Attribute table, and their wiring.

:class:`PanelDocks` creates the four panels in their docks around the 3D view, binds them to the open
document (:meth:`PanelDocks.bind`) and connects their requests (zoom to a layer or feature, show a layer's
table or style) to the viewport and to each other. It also creates the docks the themes register
(:mod:`gui.theme_docks`, e.g. the Road Damage panel): shown for a project that has the theme's data.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QObject, Qt
from PySide6.QtWidgets import QDockWidget, QFrame, QMainWindow, QScrollArea, QWidget

from gui.attribute_table import AttributeTablePanel
from gui.identify_panel import IdentifyPanel
from gui.layer_panel import LayerPanel
from gui.style_panel import LegendProvider, StylePanel
from gui.theme_docks import theme_docks

_DOCK_FEATURES = (QDockWidget.DockWidgetFeature.DockWidgetMovable | QDockWidget.DockWidgetFeature.DockWidgetFloatable
                  | QDockWidget.DockWidgetFeature.DockWidgetClosable)


class PanelDocks(QObject):
    """The panels (``layer_panel``, ``style_panel``, ``identify_panel``, ``table_panel``) and their docks
    (``layers_dock``, ``style_dock``, ``identify_dock``, ``table_dock``) of ``window``."""

    def __init__(self, window: QMainWindow):
        super().__init__(window)
        self._window = window
        self._document = None
        self.layer_panel = LayerPanel(None, window)
        self.style_panel = StylePanel(None, None, window)
        self.identify_panel = IdentifyPanel(None, window)
        self.table_panel = AttributeTablePanel(None, window)
        left, right = Qt.DockWidgetArea.LeftDockWidgetArea, Qt.DockWidgetArea.RightDockWidgetArea
        self.layers_dock = self._dock("layersDock", self.layer_panel, left)
        self.style_dock = self._dock("styleDock", _scrolled(self.style_panel), left)
        self.identify_dock = self._dock("identifyDock", self.identify_panel, right)
        self.table_dock = self._dock("tableDock", self.table_panel, Qt.DockWidgetArea.BottomDockWidgetArea)
        self.theme_panels: dict[str, QWidget] = {}      # dock name → panel, for the themes' docks
        self.theme_docks: dict[str, QDockWidget] = {}
        for spec in theme_docks():
            self._add_theme_dock(spec)
        self.first_start_sizes()
        self.layer_panel.attributeTableRequested.connect(self.show_table_for)
        self.layer_panel.styleRequested.connect(self.show_style_for)
        self.retranslate()

    def _dock(self, name: str, widget: QWidget, area: Qt.DockWidgetArea) -> QDockWidget:
        dock = QDockWidget(self._window)
        dock.setObjectName(name)
        dock.setWidget(widget)
        dock.setFeatures(_DOCK_FEATURES)
        self._window.addDockWidget(area, dock)
        return dock

    def _add_theme_dock(self, spec) -> None:
        panel = spec.factory(self._window, None)
        dock = self._dock(spec.name, panel, spec.area)
        dock.setWindowTitle(panel.windowTitle())
        panel.windowTitleChanged.connect(dock.setWindowTitle)
        first = next((d for d in (self.layers_dock, self.identify_dock, self.table_dock)
                      if self._window.dockWidgetArea(d) == spec.area), None)
        if first is not None:
            self._window.tabifyDockWidget(first, dock)
        dock.hide()
        self.theme_panels[spec.name] = panel
        self.theme_docks[spec.name] = dock

    def first_start_sizes(self) -> None:
        """Dock sizes of a first start (no saved window state): room for the layer groups; the legend and the table
        get most of the rest. The window applies them again once it is shown (before, Qt may squeeze them)."""
        w = self._window
        w.resizeDocks([self.layers_dock, self.style_dock], [260, 440], Qt.Orientation.Vertical)
        w.resizeDocks([self.layers_dock, self.identify_dock], [330, 370], Qt.Orientation.Horizontal)
        w.resizeDocks([self.table_dock], [260], Qt.Orientation.Vertical)
        for name, dock in self.theme_docks.items():
            if not dock.isHidden():
                self._theme_dock_size(dock, self.theme_panels[name])

    @property
    def docks(self) -> tuple[QDockWidget, ...]:
        return (self.layers_dock, self.style_dock, self.identify_dock, self.table_dock, *self.theme_docks.values())

    def retranslate(self) -> None:
        """Dock titles in the current language (the window calls this on LanguageChange)."""
        self.layers_dock.setWindowTitle(self.tr("Layers"))
        self.style_dock.setWindowTitle(self.tr("Style and legend"))
        self.identify_dock.setWindowTitle(self.tr("Identify"))
        self.table_dock.setWindowTitle(self.tr("Attribute table"))

    def connect_viewport(self, viewport) -> None:
        """Zoom requests of the panels go to ``viewport`` (a :class:`gui.viewport.Viewport`)."""
        self.layer_panel.zoomToLayerRequested.connect(viewport.zoom_to_layer)
        self.identify_panel.zoomToFeatureRequested.connect(lambda lid, fid: viewport.zoom_to_features(lid, [fid]))
        self.table_panel.zoomToFeaturesRequested.connect(viewport.zoom_to_features)

    # -- the document ---------------------------------------------------------------------------------
    def bind(self, document, legend_provider: LegendProvider | None) -> None:
        """Show ``document`` in every panel; the style panel's legend comes from ``legend_provider``."""
        self._document = document
        self.style_panel.set_legend_provider(legend_provider)
        self.layer_panel.set_tree(document.tree)
        self.style_panel.set_document(document)
        self.identify_panel.set_document(document)
        self.table_panel.set_document(document)
        for name, panel in self.theme_panels.items():
            panel.set_document(document)
            self._show_theme_dock(name)
        # a theme's dock tabbed with Identify (the Scenarios panel) opens behind it: a click in the view answers there
        if self.identify_dock.isVisible() and any(
                d.isVisible() and self._window.dockWidgetArea(d) == self._window.dockWidgetArea(self.identify_dock)
                for d in self.theme_docks.values()):
            self.identify_dock.raise_()

    def _show_theme_dock(self, name: str) -> None:
        """A theme's dock is shown (and brought forward) when its panel has data for the project, else hidden."""
        dock, panel = self.theme_docks[name], self.theme_panels[name]
        if panel.has_data():
            dock.show()
            dock.raise_()
            # a dock tabbed behind Identify (the Scenarios panel) keeps Identify's width: the 3D view stays wide
            if self._window.dockWidgetArea(dock) != self._window.dockWidgetArea(self.identify_dock):
                self._theme_dock_size(dock, panel)
        else:
            dock.hide()

    def _theme_dock_size(self, dock: QDockWidget, panel: QWidget) -> None:
        """A shown theme dock gets at least its panel's size hint across its area (a list needs some rows)."""
        area = self._window.dockWidgetArea(dock)
        vertical = area in (Qt.DockWidgetArea.TopDockWidgetArea, Qt.DockWidgetArea.BottomDockWidgetArea)
        hint = panel.sizeHint()
        have, want = (dock.height(), hint.height()) if vertical else (dock.width(), hint.width())
        if have < want:
            self._window.resizeDocks([dock], [want], Qt.Orientation.Vertical if vertical else Qt.Orientation.Horizontal)

    def unbind(self) -> None:
        """Empty every panel (the document is closing)."""
        self._document = None
        for panel in self.theme_panels.values():
            panel.set_document(None)
        self.table_panel.set_document(None)
        self.identify_panel.set_document(None)
        self.style_panel.set_legend_provider(None)
        self.style_panel.set_document(None)
        self.layer_panel.set_layers(None)

    def reload(self) -> None:
        """The store changed (an import): read the table again and show the active layer's style."""
        self.table_panel.reload()
        for name, panel in self.theme_panels.items():
            was = panel.has_data()
            panel.reload()
            if not was and panel.has_data():       # the first import of the theme's data: show its dock
                self._show_theme_dock(name)
        if self._document is not None:
            self.style_panel.set_layer(self._document.layers.selection.active)

    # -- requests -------------------------------------------------------------------------------------
    def show_feature(self, layer_id: str, fid: int) -> None:
        """Show a picked feature in Identify (if it is still selected) and make sure the dock is visible."""
        if self._document is not None and fid in self._document.selection.ids(layer_id):
            self.identify_panel.show_feature(layer_id, fid)
        if not self.identify_dock.isVisible():
            self.identify_dock.show()

    def show_table_for(self, layer_id: str) -> None:
        """Make the layer active, show its features in the attribute table and bring the table forward."""
        self._activate(layer_id, self.table_dock, self.table_panel.set_layer)

    def show_style_for(self, layer_id: str) -> None:
        """Make the layer active (the style panel follows) and bring the style dock forward."""
        self._activate(layer_id, self.style_dock)

    def _activate(self, layer_id: str, dock: QDockWidget, then: Callable | None = None) -> None:
        if self._document is None:
            return
        layer = self._document.layers.get(layer_id)
        if layer is not None:
            self._document.layers.selection.active = layer
            if then is not None:
                then(layer)
        dock.show()
        dock.raise_()


def _scrolled(panel: QWidget) -> QScrollArea:
    """``panel`` in a frameless scroll area: a tall panel (the style form with a kind's settings) scrolls instead of
    squeezing the docks above and below it."""
    area = QScrollArea()
    area.setObjectName(panel.objectName() + "Scroll")
    area.setWidgetResizable(True)
    area.setFrameShape(QFrame.Shape.NoFrame)
    area.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
    area.setWidget(panel)
    area.setMinimumWidth(panel.minimumSizeHint().width() + area.verticalScrollBar().sizeHint().width())
    return area


__all__ = ["PanelDocks"]
