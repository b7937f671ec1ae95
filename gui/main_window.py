"""The main window: the 3D view in the middle, docks for layers, style and legend, identify, attribute table.

One project (a DuckDB file) is open at a time. Its layers, styles, order, visibility and camera are saved
into the project (``TwinDocument.save_state``) two seconds after the last change, when another project is
opened and when the window closes, and restored when it is opened again.
"""

from __future__ import annotations

import logging
import os
from pathlib import Path

from PySide6.QtCore import QByteArray, QEvent, QSettings, QSize, Qt, QTimer, QUrl
from PySide6.QtGui import QAction, QActionGroup, QDesktopServices, QIcon, QKeySequence
from PySide6.QtWidgets import (QApplication, QDockWidget, QFileDialog, QLabel, QMainWindow, QMenu, QMessageBox,
                               QToolBar, QWidget)

from gui.attribute_table import AttributeTablePanel
from gui.fields import field_label
from gui.identify_panel import IdentifyPanel
from gui.layer_panel import LayerPanel
from gui.messages import error_text, show_error
from gui.style_panel import StylePanel
from gui.viewport import Viewport

log = logging.getLogger("kaga_twin.gui")

SAVE_DELAY_MS = 2000
RECENT_KEY = "projects/recent"
MAX_RECENT = 8


def add_missing_layers(document) -> list:
    """Add the default layers (terrain, roads, buildings) for data that has no layer yet; returns them.

    Roads without a DEM to drape on get the first DEM. Existing layers are left as they are.
    """
    from twin.document import DEFAULT_LAYER_NAMES, default_style
    from twin.layer import Layer

    store = document.store
    have = {v.kind for v in document.layers}

    def count(table: str) -> int:
        try:
            return int(store.query(f'SELECT count(*) FROM "{table}"')[0][0])
        except Exception:  # noqa: BLE001 - a project without that table
            return 0

    dems = document.dem_rasters()
    dem_id = dems[0][0] if dems else None
    new = []
    with document.layers.batched_update():
        if dems and "terrain" not in have:
            layer = Layer(name=DEFAULT_LAYER_NAMES["terrain"], kind="terrain", source="rasters",
                          params={"raster_id": dem_id, "exaggeration": 1.0}, style=default_style("terrain"))
            document.layers.insert(0, layer)
            new.append(layer)
        if "roads" not in have and count("roads"):
            layer = Layer(name=DEFAULT_LAYER_NAMES["roads"], kind="roads", source="roads",
                          params={"raster_id": dem_id}, style=default_style("roads"))
            pos = 1 if any(v.kind == "terrain" for v in document.layers) else 0
            document.layers.insert(pos, layer)
            new.append(layer)
        if "buildings" not in have and count("buildings"):
            layer = Layer(name=DEFAULT_LAYER_NAMES["buildings"], kind="buildings", source="buildings",
                          params={"lod": 2}, style=default_style("buildings"))
            document.layers.append(layer)
            new.append(layer)
        if dem_id is not None:
            for v in document.layers:
                if v.kind == "roads" and v.params.get("raster_id") is None:
                    v.set_param("raster_id", dem_id)
    return new


class MainWindow(QMainWindow):
    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("mainWindow")
        self.store = None
        self.document = None
        self.project_path: Path | None = None
        self._import = None
        self._closing = False

        self.viewport = Viewport(self)
        self.setCentralWidget(self.viewport)
        self.layer_panel = LayerPanel(None, self)
        self.style_panel = StylePanel(None, None, self)
        self.identify_panel = IdentifyPanel(None, self)
        self.table_panel = AttributeTablePanel(None, self)
        self.layers_dock = self._dock("layersDock", self.layer_panel, Qt.DockWidgetArea.LeftDockWidgetArea)
        self.style_dock = self._dock("styleDock", self.style_panel, Qt.DockWidgetArea.LeftDockWidgetArea)
        self.identify_dock = self._dock("identifyDock", self.identify_panel, Qt.DockWidgetArea.RightDockWidgetArea)
        self.table_dock = self._dock("tableDock", self.table_panel, Qt.DockWidgetArea.BottomDockWidgetArea)
        self.resizeDocks([self.layers_dock, self.style_dock], [170, 500], Qt.Orientation.Vertical)
        self.resizeDocks([self.layers_dock, self.identify_dock], [330, 370], Qt.Orientation.Horizontal)
        self.resizeDocks([self.table_dock], [300], Qt.Orientation.Vertical)

        self.cursor_label = QLabel(self)
        self.cursor_label.setObjectName("cursorLabel")
        self.cursor_label.setMinimumWidth(330)
        self.count_label = QLabel(self)
        self.count_label.setObjectName("countLabel")
        self.statusBar().addPermanentWidget(self.count_label)
        self.statusBar().addPermanentWidget(self.cursor_label)

        self._save_timer = QTimer(self)
        self._save_timer.setSingleShot(True)
        self._save_timer.setInterval(SAVE_DELAY_MS)
        self._save_timer.timeout.connect(self.save_state)

        self._create_actions()
        self._create_menus()
        self._create_toolbar()
        self._connect_panels()
        self.retranslate()
        self._update_actions()
        self.resize(1600, 1000)
        self._restore_window_settings()

    # -- construction -------------------------------------------------------------------------------
    def _dock(self, name: str, widget: QWidget, area: Qt.DockWidgetArea) -> QDockWidget:
        dock = QDockWidget(self)
        dock.setObjectName(name)
        dock.setWidget(widget)
        dock.setFeatures(QDockWidget.DockWidgetFeature.DockWidgetMovable
                         | QDockWidget.DockWidgetFeature.DockWidgetFloatable
                         | QDockWidget.DockWidgetFeature.DockWidgetClosable)
        self.addDockWidget(area, dock)
        return dock

    def _action(self, name: str, slot=None, shortcut=None, icon: str | None = None, checkable: bool = False) -> QAction:
        a = QAction(self)
        a.setObjectName(name)
        if shortcut is not None:
            a.setShortcut(QKeySequence(shortcut))
        if icon and QIcon.hasThemeIcon(icon):
            a.setIcon(QIcon.fromTheme(icon))
        a.setCheckable(checkable)
        if slot is not None:
            a.triggered.connect(slot)
        return a

    def _create_actions(self) -> None:
        A = self._action
        self.act_new = A("actNew", self.new_project_dialog, QKeySequence.StandardKey.New, "document-new")
        self.act_open = A("actOpen", self.open_project_dialog, QKeySequence.StandardKey.Open, "document-open")
        self.act_import = A("actImport", self.import_dialog, "Ctrl+I", "list-add")
        self.act_screenshot = A("actScreenshot", self.export_screenshot_dialog, "Ctrl+Shift+S", "camera-photo")
        self.act_export_csv = A("actExportCsv", lambda: self.export_selection_dialog("csv"))
        self.act_export_gpkg = A("actExportGpkg", lambda: self.export_selection_dialog("gpkg"))
        self.act_settings = A("actSettings", self.settings_dialog, QKeySequence.StandardKey.Preferences)
        self.act_quit = A("actQuit", self.close, QKeySequence.StandardKey.Quit, "application-exit")
        self.act_station = A("actStation", lambda: self.viewport.set_camera("station"), "Ctrl+1", "go-home")
        self.act_city = A("actCity", lambda: self.viewport.set_camera("city"), "Ctrl+2", "zoom-fit-best")
        self.act_top = A("actTop", lambda: self.viewport.set_camera("top"), "Ctrl+3")
        self.act_zoom_sel = A("actZoomSelection", self.zoom_to_selection, "Ctrl+J", "zoom-in")
        self.act_clear_sel = A("actClearSelection", self.clear_selection, "Ctrl+Shift+A", "edit-clear")
        self.act_default_layers = A("actDefaultLayers", self.add_default_layers)
        self.act_scene_legend = A("actSceneLegend", self._toggle_scene_legend, checkable=True)
        self.act_scene_legend.setChecked(True)
        self.act_about = A("actAbout", self.about_dialog, None, "help-about")
        self.act_help = A("actHelp", self.help_dialog, QKeySequence.StandardKey.HelpContents, "help-contents")

    def _create_menus(self) -> None:
        mb = self.menuBar()
        self.file_menu = mb.addMenu("")
        self.file_menu.addAction(self.act_new)
        self.file_menu.addAction(self.act_open)
        self.recent_menu = self.file_menu.addMenu("")
        self.recent_menu.aboutToShow.connect(self._fill_recent_menu)
        self.file_menu.addSeparator()
        self.file_menu.addAction(self.act_import)
        self.file_menu.addSeparator()
        self.file_menu.addAction(self.act_screenshot)
        self.export_menu = self.file_menu.addMenu("")
        self.export_menu.addAction(self.act_export_csv)
        self.export_menu.addAction(self.act_export_gpkg)
        self.file_menu.addSeparator()
        self.file_menu.addAction(self.act_settings)
        self.file_menu.addSeparator()
        self.file_menu.addAction(self.act_quit)
        self.view_menu = mb.addMenu("")
        self.view_menu.addAction(self.act_station)
        self.view_menu.addAction(self.act_city)
        self.view_menu.addAction(self.act_top)
        self.view_menu.addSeparator()
        self.view_menu.addAction(self.act_zoom_sel)
        self.view_menu.addAction(self.act_clear_sel)
        self.view_menu.addSeparator()
        self.view_menu.addAction(self.act_scene_legend)
        self.panels_menu = self.view_menu.addMenu("")
        for dock in (self.layers_dock, self.style_dock, self.identify_dock, self.table_dock):
            self.panels_menu.addAction(dock.toggleViewAction())
        self.layer_menu = mb.addMenu("")
        self.layer_menu.addAction(self.act_import)
        self.layer_menu.addAction(self.act_default_layers)
        self.layer_menu.addSeparator()
        self.layer_menu.addAction(self.layer_panel.rename_action)
        self.layer_menu.addAction(self.layer_panel.remove_action)
        self.help_menu = mb.addMenu("")
        self.help_menu.addAction(self.act_help)
        self.help_menu.addAction(self.act_about)

    def _create_toolbar(self) -> None:
        tb = QToolBar(self)
        tb.setObjectName("mainToolbar")
        tb.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        tb.setIconSize(QSize(20, 20))
        tb.addAction(self.act_open)
        tb.addAction(self.act_import)
        tb.addSeparator()
        tb.addAction(self.act_station)
        tb.addAction(self.act_city)
        tb.addAction(self.act_top)
        tb.addSeparator()
        tb.addAction(self.act_zoom_sel)
        tb.addAction(self.act_clear_sel)
        tb.addSeparator()
        tb.addAction(self.act_screenshot)
        self.addToolBar(Qt.ToolBarArea.TopToolBarArea, tb)
        self.toolbar = tb

    def _connect_panels(self) -> None:
        self.layer_panel.zoomToLayerRequested.connect(self.viewport.zoom_to_layer)
        self.layer_panel.attributeTableRequested.connect(self._show_table_for)
        self.layer_panel.styleRequested.connect(self._show_style_for)
        self.layer_panel.addDefaultLayersRequested.connect(self.add_default_layers)
        self.identify_panel.zoomToFeatureRequested.connect(lambda lid, fid: self.viewport.zoom_to_features(lid, [fid]))
        self.table_panel.zoomToFeaturesRequested.connect(self.viewport.zoom_to_features)
        self.viewport.featurePicked.connect(self._on_feature_picked)
        self.viewport.cursorMoved.connect(self._on_cursor)
        self.viewport.cameraChanged.connect(self.schedule_save)

    # -- language -----------------------------------------------------------------------------------
    def changeEvent(self, event) -> None:  # noqa: N802
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def retranslate(self) -> None:
        self.layers_dock.setWindowTitle(self.tr("Layers"))
        self.style_dock.setWindowTitle(self.tr("Style and legend"))
        self.identify_dock.setWindowTitle(self.tr("Identify"))
        self.table_dock.setWindowTitle(self.tr("Attribute table"))
        self.file_menu.setTitle(self.tr("&File"))
        self.recent_menu.setTitle(self.tr("Open &recent"))
        self.export_menu.setTitle(self.tr("Export &selection"))
        self.view_menu.setTitle(self.tr("&View"))
        self.panels_menu.setTitle(self.tr("&Panels"))
        self.layer_menu.setTitle(self.tr("&Layer"))
        self.help_menu.setTitle(self.tr("&Help"))
        texts = {
            self.act_new: (self.tr("&New project…"), self.tr("Create an empty project file")),
            self.act_open: (self.tr("&Open project…"), self.tr("Open a Kaga Twin project file (.duckdb)")),
            self.act_import: (self.tr("&Import…"), self.tr("Import PLATEAU CityGML (file, folder or zip) or a GeoTIFF DEM")),
            self.act_screenshot: (self.tr("Export s&creenshot…"), self.tr("Save the 3D view with its legend as an image")),
            self.act_export_csv: (self.tr("As &CSV…"), self.tr("Selected features as a CSV table (opens in Excel)")),
            self.act_export_gpkg: (self.tr("As &GeoPackage…"), self.tr("Selected features with their geometry, for QGIS")),
            self.act_settings: (self.tr("&Settings…"), self.tr("Language")),
            self.act_quit: (self.tr("&Quit"), None),
            self.act_station: (self.tr("Kaga Onsen Station"), self.tr("Look at the station area")),
            self.act_city: (self.tr("Whole area"), self.tr("Show everything in the project")),
            self.act_top: (self.tr("Top view (2D)"), self.tr("Straight down, north up, like a map")),
            self.act_zoom_sel: (self.tr("Zoom to selection"), self.tr("Frame the selected features")),
            self.act_clear_sel: (self.tr("Clear selection"), self.tr("Deselect everything (Esc in the 3D view)")),
            self.act_default_layers: (self.tr("Add default layers"), self.tr("Add terrain, roads and buildings layers for data without a layer")),
            self.act_scene_legend: (self.tr("Legend in the 3D view"), self.tr("Show the legend inside the 3D view and in screenshots")),
            self.act_about: (self.tr("&About Kaga Twin"), None),
            self.act_help: (self.tr("Mouse and keys"), None),
        }
        for act, (text, tip) in texts.items():
            act.setText(text)
            if tip:
                act.setToolTip(tip)
                act.setStatusTip(tip)
        self.toolbar.setWindowTitle(self.tr("Main toolbar"))
        self._update_title()
        self._update_counts()
        if not self.cursor_label.text() or self.cursor_label.property("empty"):
            self._on_cursor(None)

    # -- settings -----------------------------------------------------------------------------------
    def _restore_window_settings(self) -> None:
        s = QSettings()
        geo = s.value("window/geometry")
        state = s.value("window/state")
        if isinstance(geo, QByteArray):
            self.restoreGeometry(geo)
        if isinstance(state, QByteArray):
            self.restoreState(state)

    def _save_window_settings(self) -> None:
        s = QSettings()
        s.setValue("window/geometry", self.saveGeometry())
        s.setValue("window/state", self.saveState())

    def _remember_recent(self, path: Path) -> None:
        s = QSettings()
        items = [p for p in (s.value(RECENT_KEY) or []) if isinstance(p, str) and p != str(path)]
        s.setValue(RECENT_KEY, [str(path)] + items[: MAX_RECENT - 1])
        s.setValue("projects/last", str(path))

    def _fill_recent_menu(self) -> None:
        self.recent_menu.clear()
        items = [p for p in (QSettings().value(RECENT_KEY) or []) if isinstance(p, str)]
        for p in items:
            act = self.recent_menu.addAction(p)
            act.setEnabled(Path(p).exists())
            act.triggered.connect(lambda checked=False, p=p: self.open_project(p))
        if not items:
            act = self.recent_menu.addAction(self.tr("(none yet)"))
            act.setEnabled(False)

    # -- project lifecycle --------------------------------------------------------------------------
    def open_project(self, path: str | Path) -> bool:
        """Open ``path`` (closing the current project); errors are shown, and False returned."""
        from twin.document import TwinDocument
        from twin.store import Store

        path = Path(path).expanduser().absolute()
        if self.project_path is not None and path == self.project_path and self.store is not None:
            return True
        QApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
        try:
            try:
                store = Store(path, create=False)
            except Exception as exc:  # noqa: BLE001 - StoreError for the user
                show_error(self, self.tr("Cannot open project"), exc)
                return False
            self.close_project()
            try:
                document = TwinDocument(store)
                restored = document.load_layers()
                for w in getattr(document, "warnings", []) or []:
                    log.warning(w)
                if restored:
                    add_missing_layers(document)
            except Exception as exc:  # noqa: BLE001
                store.close()
                show_error(self, self.tr("Cannot open project"), exc)
                return False
            self.store, self.document, self.project_path = store, document, path
            self._bind_document(document)
            self._remember_recent(path)
            msg = self.tr("Opened {path}").format(path=path)
            if store.read_only:
                msg += " — " + self.tr("read-only: changes to layers and styles are not saved")
            self.statusBar().showMessage(msg, 8000)
        finally:
            QApplication.restoreOverrideCursor()
        self._update_title()
        self._update_actions()
        self._update_counts()
        return True

    def _bind_document(self, document) -> None:
        try:
            self.viewport.set_document(document)
        except Exception as exc:  # noqa: BLE001 - the view stays empty, the panels still work
            show_error(self, self.tr("The 3D view could not be built"), exc)
        if self.viewport.scene is not None:
            self.style_panel.set_legend_provider(lambda layer: self.viewport.scene.legend_entries(layer.id)
                                                 if self.viewport.scene is not None else None)
            if self.viewport.scene.overlays is not None:
                self.viewport.scene.overlays.set_legend_visible(self.act_scene_legend.isChecked())
            for lid, err in self.viewport.scene.errors.items():
                layer = document.layers.get(lid)
                self.statusBar().showMessage(self.tr("Layer {name} could not be drawn: {error}").format(
                    name=layer.name if layer else lid, error=err), 15000)
        self.layer_panel.set_layers(document.layers)
        self.style_panel.set_document(document)
        self.identify_panel.set_document(document)
        self.table_panel.set_document(document)
        ev = document.layers.events
        ev.child_event.connect(self._on_model_changed)
        for sig in (ev.inserted, ev.removed, ev.moved, ev.reordered):
            sig.connect(self._on_model_changed)
        document.layers.selection.events.active.connect(self._on_model_changed)
        document.selection.changed.connect(self._on_selection_changed)

    def _unbind_document(self, document) -> None:
        ev = document.layers.events
        ev.child_event.disconnect(self._on_model_changed)
        for sig in (ev.inserted, ev.removed, ev.moved, ev.reordered):
            sig.disconnect(self._on_model_changed)
        document.layers.selection.events.active.disconnect(self._on_model_changed)
        document.selection.changed.disconnect(self._on_selection_changed)
        self.table_panel.set_document(None)
        self.identify_panel.set_document(None)
        self.style_panel.set_legend_provider(None)
        self.style_panel.set_document(None)
        self.layer_panel.set_layers(None)
        self.viewport.set_document(None)

    def close_project(self) -> None:
        """Save the state of the open project and close it."""
        if self.document is None:
            return
        self._save_timer.stop()
        self.save_state()
        doc, store = self.document, self.store
        self._unbind_document(doc)
        self.document = self.store = None
        self.project_path = None
        try:
            store.close()
        except Exception as exc:  # noqa: BLE001
            log.warning("closing the project failed: %s", exc)
        self._update_title()
        self._update_actions()
        self._update_counts()

    def schedule_save(self, *args) -> None:
        if self.document is not None and not self._closing:
            self._save_timer.start()

    def _on_model_changed(self, *args) -> None:
        self.schedule_save()
        self._update_counts()

    def save_state(self) -> bool:
        """Write layers, styles, order, visibility and camera into the project. False if it cannot be written."""
        doc = self.document
        if doc is None or self.store is None or self.store.read_only or self.store.closed:
            return False
        camera = self.viewport.scene.camera_state() if self.viewport.scene is not None else None
        try:
            doc.save_state(camera=camera)
        except Exception as exc:  # noqa: BLE001 - e.g. the disk is full: tell, but keep working
            self.statusBar().showMessage(self.tr("The layer settings could not be saved: {error}").format(
                error=error_text(exc)), 15000)
            return False
        return True

    def new_project_dialog(self) -> None:
        path, _ = QFileDialog.getSaveFileName(self, self.tr("New project"), str(Path.home() / "kaga_project.duckdb"),
                                              self.tr("Kaga Twin project (*.duckdb)"))
        if path:
            self.new_project(path)

    def new_project(self, path: str | Path) -> bool:
        from twin.store import Store

        path = Path(path).expanduser().absolute()
        if path.suffix.lower() != ".duckdb":
            path = path.with_suffix(".duckdb")
        if self.project_path is not None and path == self.project_path:
            show_error(self, self.tr("New project"), self.tr("This project is open; choose another file name."))
            return False
        if path.exists():
            try:
                path.unlink()
                Path(str(path) + ".wal").unlink(missing_ok=True)
            except OSError as exc:
                show_error(self, self.tr("New project"), exc)
                return False
        try:
            Store(path).close()
        except Exception as exc:  # noqa: BLE001
            show_error(self, self.tr("New project"), exc)
            return False
        ok = self.open_project(path)
        if ok:
            self.statusBar().showMessage(self.tr("New empty project. Use Import… to add PLATEAU data or a DEM."), 15000)
        return ok

    def open_project_dialog(self) -> None:
        start = str(self.project_path.parent) if self.project_path else str(Path.home())
        path, _ = QFileDialog.getOpenFileName(self, self.tr("Open project"), start,
                                              self.tr("Kaga Twin project (*.duckdb);;All files (*)"))
        if path:
            self.open_project(path)

    # -- import -------------------------------------------------------------------------------------
    def import_dialog(self) -> None:
        from gui.import_dialog import ImportDialog

        if self.store is None:
            show_error(self, self.tr("Import"), self.tr("Open or create a project first."))
            return
        dlg = ImportDialog(self)
        if dlg.exec() and dlg.paths():
            self.import_paths(dlg.paths())
        dlg.deleteLater()

    def import_paths(self, paths) -> object:
        """Import ``paths`` in the background; new layers appear when it has finished."""
        from gui.import_dialog import ImportController

        if self.store is None:
            return None
        try:
            self.store.require_writable()
        except Exception as exc:  # noqa: BLE001
            show_error(self, self.tr("Import"), exc)
            return None
        self.save_state()
        ctrl = ImportController(self, self.store, list(paths))
        ctrl.finished.connect(self._on_import_finished)
        self._import = ctrl
        self.act_import.setEnabled(False)
        ctrl.start()
        return ctrl

    def _on_import_finished(self, outcome) -> None:
        self.act_import.setEnabled(self.store is not None)
        ctrl, self._import = self._import, None
        if ctrl is not None:
            ctrl.deleteLater()
        doc = self.document
        if doc is None or not outcome.reports:
            return
        touched: set[str] = set()
        for rep in outcome.reports:
            touched |= set(rep.counts)
            if rep.replaced_sources:
                touched |= {"buildings", "roads", "rasters"}
        kinds = set()
        if touched & {"buildings", "building_surfaces", "building_risks"}:
            kinds.add("buildings")
        if touched & {"roads", "road_surfaces"}:
            kinds.add("roads")
        if "rasters" in touched:
            kinds |= {"terrain", "raster", "roads"}
        scene = self.viewport.scene
        with doc.layers.batched_update():
            existing = {v.id for v in doc.layers}
            if scene is not None:
                try:
                    scene.refresh(kinds)   # rebuild the layers whose data changed (new layers build themselves)
                except Exception as exc:  # noqa: BLE001
                    log.warning("refreshing the scene failed: %s", exc)
            new = add_missing_layers(doc)
            new = [v for v in new if v.id not in existing]
        self.table_panel.reload()
        self.style_panel.set_layer(doc.layers.selection.active)
        if new and scene is not None and len(doc.layers) == len(new):
            self.viewport.set_camera("station" if self._station_in_view_data() else "city")
        self.viewport.request_render()
        names = ", ".join(Path(r.path).name for r in outcome.reports)
        total = sum(sum(r.counts.values()) for r in outcome.reports)
        self.statusBar().showMessage(self.tr("Imported {names}: {n} features").format(names=names, n=f"{total:,}"),
                                     15000)
        self.schedule_save()
        self._update_counts()

    def _station_in_view_data(self) -> bool:
        """True when Kaga Onsen Station lies inside the drawn data (else the station view would be empty)."""
        from twin.document import station_xy

        scene = self.viewport.scene
        b = scene.scene_bounds() if scene is not None else None
        if b is None or self.document is None:
            return False
        x, y = station_xy(self.document.crs)
        return b[0] <= x <= b[1] and b[2] <= y <= b[3]

    def add_default_layers(self) -> None:
        if self.document is None:
            return
        new = add_missing_layers(self.document)
        if not new:
            self.statusBar().showMessage(self.tr("Every kind of data already has a layer."), 6000)

    # -- exports ------------------------------------------------------------------------------------
    def export_screenshot_dialog(self) -> None:
        if self.document is None:
            return
        name = (self.project_path.stem if self.project_path else "kaga") + "_view.png"
        path, _ = QFileDialog.getSaveFileName(self, self.tr("Export screenshot"), str(Path.home() / name),
                                              self.tr("PNG image (*.png);;JPEG image (*.jpg)"))
        if path:
            self.export_screenshot(path)

    def export_screenshot(self, path: str | Path) -> Path | None:
        """Save the 3D view (with north arrow, scale bar and, if shown, the legend) as an image."""
        from gui.export import array_to_qimage, paint_legend, save_image

        try:
            img = array_to_qimage(self.viewport.screenshot())
            if not self.act_scene_legend.isChecked() and self.document is not None:
                # the legend is not drawn in the view: paint it on the exported image
                sections = []
                for layer in reversed(list(self.document.layers)):
                    if layer.visible and self.viewport.scene is not None:
                        attr = field_label(layer.style.attribute) if layer.style.by_attribute else ""
                        sections.append((layer.name, attr, self.viewport.scene.legend_entries(layer.id)))
                img = paint_legend(img, sections)
            out = save_image(img, path)
        except Exception as exc:  # noqa: BLE001
            show_error(self, self.tr("Export screenshot"), exc)
            return None
        self.statusBar().showMessage(self.tr("Saved {path}").format(path=out), 8000)
        return out

    def export_selection_dialog(self, fmt: str) -> None:
        if self.document is None:
            return
        if not len(self.document.selection):
            show_error(self, self.tr("Export selection"),
                       self.tr("Nothing is selected. Select features in the 3D view or the attribute table first."))
            return
        base = str(Path.home() / ("kaga_selection." + fmt))
        filt = self.tr("CSV table (*.csv)") if fmt == "csv" else self.tr("GeoPackage (*.gpkg)")
        path, _ = QFileDialog.getSaveFileName(self, self.tr("Export selection"), base, filt)
        if path:
            self.export_selection(path, fmt)

    def export_selection(self, path: str | Path, fmt: str):
        from gui.export import export_selection

        QApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
        try:
            written = export_selection(self.document, path, fmt)
        except Exception as exc:  # noqa: BLE001
            QApplication.restoreOverrideCursor()
            show_error(self, self.tr("Export selection"), exc)
            return None
        QApplication.restoreOverrideCursor()
        n = sum(w[1] for w in written)
        files = ", ".join(sorted({str(w[2]) for w in written}))
        self.statusBar().showMessage(self.tr("Exported {n} features to {path}").format(n=f"{n:,}", path=files), 10000)
        return written

    # -- dialogs ------------------------------------------------------------------------------------
    def settings_dialog(self) -> None:
        from gui.settings_dialog import SettingsDialog

        dlg = SettingsDialog(self)
        dlg.exec()
        dlg.deleteLater()

    def about_dialog(self) -> None:
        from twin import __version__

        QMessageBox.about(self, self.tr("About Kaga Twin"), self.tr(
            "<h3>Kaga Twin {version}</h3>"
            "<p>A desktop digital twin of Kaga City, Ishikawa: PLATEAU 3D city models, terrain and roads in one "
            "project file.</p>"
            "<p>3D city model data: PLATEAU (MLIT), CC BY 4.0. The bundled sample is synthetic.</p>"
            "<p>Project: {path}</p>").format(version=__version__, path=self.project_path or "—"))

    def help_dialog(self) -> None:
        QMessageBox.information(self, self.tr("Mouse and keys"), self.tr(
            "Left drag: rotate · Middle drag or Shift+right drag: pan · Wheel or right drag: zoom\n"
            "Click: select a building or road and show it in Identify\n"
            "Ctrl+click: add or remove a feature · Shift+drag: select everything in a rectangle\n"
            "Esc: clear the selection · Ctrl+1 / 2 / 3: station, whole area, top view\n"
            "Attribute table: type an SQL condition such as  usage = '商業施設'  and press Enter."))

    # -- selection, status bar ----------------------------------------------------------------------
    def zoom_to_selection(self) -> None:
        doc = self.document
        if doc is None:
            return
        for lid in doc.selection.layer_ids():
            if self.viewport.zoom_to_features(lid, sorted(doc.selection.ids(lid))):
                return

    def clear_selection(self) -> None:
        if self.document is not None:
            self.document.selection.clear(origin="pick")

    def _on_feature_picked(self, layer_id: str, fid: int) -> None:
        if self.document is not None and fid in self.document.selection.ids(layer_id):
            self.identify_panel.show_feature(layer_id, fid)
        if not self.identify_dock.isVisible():
            self.identify_dock.show()

    def _on_selection_changed(self, *args) -> None:
        self._update_counts()
        self._update_actions()

    def _show_table_for(self, layer_id: str) -> None:
        if self.document is None:
            return
        layer = self.document.layers.get(layer_id)
        if layer is not None:
            self.document.layers.selection.active = layer
            self.table_panel.set_layer(layer)
        self.table_dock.show()
        self.table_dock.raise_()

    def _show_style_for(self, layer_id: str) -> None:
        if self.document is None:
            return
        layer = self.document.layers.get(layer_id)
        if layer is not None:
            self.document.layers.selection.active = layer
        self.style_dock.show()
        self.style_dock.raise_()

    def _toggle_scene_legend(self, on: bool) -> None:
        scene = self.viewport.scene
        if scene is not None and scene.overlays is not None:
            scene.overlays.set_legend_visible(on)
            self.viewport.request_render()

    def _on_cursor(self, value) -> None:
        if value is None:
            self.cursor_label.setProperty("empty", True)
            self.cursor_label.setText(self.tr("Cursor: —"))
            return
        lat, lon, z = value
        self.cursor_label.setProperty("empty", False)
        self.cursor_label.setText(self.tr("{lat:.5f}° N, {lon:.5f}° E, T.P. {z:.1f} m").format(lat=lat, lon=lon, z=z))

    def _update_counts(self) -> None:
        doc = self.document
        if doc is None:
            self.count_label.setText(self.tr("No project"))
            return
        scene = self.viewport.scene
        counts = scene.feature_counts() if scene is not None else {}
        parts = []
        for layer in reversed(list(doc.layers)):
            if not layer.has_features:
                continue
            total = counts.get(layer.id)
            if total is None:
                try:
                    total = doc.feature_count(layer)
                except Exception:  # noqa: BLE001
                    total = 0
            sel = len(doc.selection.ids(layer.id))
            parts.append(self.tr("{name}: {total} features, {selected} selected").format(
                name=layer.name, total=f"{total:,}", selected=f"{sel:,}"))
        self.count_label.setText("   |   ".join(parts) if parts else self.tr("No features"))

    def _update_title(self) -> None:
        if self.project_path is None:
            self.setWindowTitle(self.tr("Kaga Twin"))
        else:
            ro = self.tr(" (read-only)") if self.store is not None and self.store.read_only else ""
            self.setWindowTitle(f"{self.project_path.name}{ro} — " + self.tr("Kaga Twin"))

    def _update_actions(self) -> None:
        has = self.document is not None
        writable = has and self.store is not None and not self.store.read_only
        for a in (self.act_screenshot, self.act_station, self.act_city, self.act_top, self.act_default_layers):
            a.setEnabled(has)
        self.act_import.setEnabled(writable and self._import is None)
        sel = has and bool(len(self.document.selection))
        for a in (self.act_export_csv, self.act_export_gpkg, self.act_zoom_sel, self.act_clear_sel):
            a.setEnabled(sel)

    # -- closing ------------------------------------------------------------------------------------
    def closeEvent(self, event) -> None:  # noqa: N802
        if self._import is not None:
            box = QMessageBox.question(self, self.tr("Import running"),
                                       self.tr("An import is running. Cancel it and close?"))
            if box != QMessageBox.StandardButton.Yes:
                event.ignore()
                return
            self._import.cancel()
            self._import.runner.worker.wait()
        self._closing = True
        self._save_window_settings()
        self.close_project()
        self.viewport.shutdown()
        super().closeEvent(event)
