"""The main window's actions, menus and toolbar, and the small dialogs behind them (file choosers, about, help).

:class:`WindowActions` only asks the window to do things (``open_project``, ``import_paths``,
``export_screenshot``, …); what happens then is the window's business. It knows the window only through
:class:`ActionHost` (what it asks of it), so this module does not import :mod:`gui.main_window`.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any, Protocol

from PySide6.QtCore import QObject, QSize, Qt
from PySide6.QtGui import QAction, QIcon, QKeySequence
from PySide6.QtWidgets import QFileDialog, QMessageBox, QToolBar

from gui.add_layer_dialog import AddRasterLayerDialog, AddVectorLayerDialog
from gui.messages import show_error
from gui.project_session import recent_projects
from twin import __version__, themes


class ActionHost(Protocol):
    """What the actions ask of the window (a QMainWindow: the parent of menus, tool bars and dialogs)."""

    viewport: Any            # gui.viewport.Viewport: set_camera
    docks: Any               # gui.docks.PanelDocks: docks
    layer_panel: Any         # gui.layer_panel.LayerPanel: rename, remove and new-group actions
    time_bar: Any            # gui.time_bar.TimeBar: its show/hide action
    search_box: Any          # gui.search_box.SearchBox: in the toolbar, focused by Ctrl+F

    @property
    def document(self) -> Any: ...
    @property
    def store(self) -> Any: ...
    @property
    def project_path(self) -> Path | None: ...
    def open_project(self, path: str | Path) -> bool: ...
    def new_project(self, path: str | Path, crs: str | None = None) -> bool: ...
    def import_paths(self, paths: Any) -> Any: ...
    def export_screenshot(self, path: str | Path) -> Any: ...
    def export_selection(self, path: str | Path, fmt: str) -> Any: ...
    def zoom_to_selection(self) -> None: ...
    def clear_selection(self) -> None: ...
    def add_default_layers(self) -> None: ...
    def analysis_finished(self, run: Any) -> None: ...
    def set_scene_legend_visible(self, on: bool) -> None: ...
    def set_measuring(self, on: bool) -> None: ...
    def close(self) -> bool: ...
    def menuBar(self) -> Any: ...  # noqa: N802
    def statusBar(self) -> Any: ...  # noqa: N802
    def addToolBar(self, *args: Any) -> Any: ...  # noqa: N802


class WindowActions(QObject):
    """Every ``QAction`` of the main window (``act_*``), the menu bar, the recent-projects menu and the toolbar."""

    def __init__(self, window: ActionHost):
        super().__init__(window)
        self.window = window
        self._create_actions()
        self._create_menus()
        self._create_toolbar()

    # -- construction -------------------------------------------------------------------------------
    def _action(self, name: str, slot=None, shortcut=None, icon: str | None = None, checkable: bool = False) -> QAction:
        a = QAction(self.window)
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
        A, w, view = self._action, self.window, self.window.viewport
        self.act_new = A("actNew", self.new_project_dialog, QKeySequence.StandardKey.New, "document-new")
        self.act_open = A("actOpen", self.open_project_dialog, QKeySequence.StandardKey.Open, "document-open")
        self.act_import = A("actImport", self.import_dialog, "Ctrl+I", "list-add")
        self.act_open_lake = A("actOpenLake", self.open_lake_dialog)
        self.act_screenshot = A("actScreenshot", self.export_screenshot_dialog, "Ctrl+Shift+S", "camera-photo")
        self.act_export_view = A("actExportView", self.export_view_dialog, "Ctrl+Alt+S", "document-export")
        self.act_export_csv = A("actExportCsv", lambda: self.export_selection_dialog("csv"))
        self.act_export_gpkg = A("actExportGpkg", lambda: self.export_selection_dialog("gpkg"))
        self.act_settings = A("actSettings", self.settings_dialog, QKeySequence.StandardKey.Preferences)
        self.act_quit = A("actQuit", w.close, QKeySequence.StandardKey.Quit, "application-exit")
        self.act_station = A("actStation", lambda: view.set_camera("station"), "Ctrl+1", "go-home")
        self.act_city = A("actCity", lambda: view.set_camera("city"), "Ctrl+2", "zoom-fit-best")
        self.act_top = A("actTop", lambda: view.set_camera("top"), "Ctrl+3")
        self.act_zoom_sel = A("actZoomSelection", w.zoom_to_selection, "Ctrl+J", "zoom-in")
        self.act_clear_sel = A("actClearSelection", w.clear_selection, "Ctrl+Shift+A", "edit-clear")
        self.act_default_layers = A("actDefaultLayers", w.add_default_layers)
        self.act_add_vector = A("actAddVector", lambda: self.add_layer_dialog(AddVectorLayerDialog), "Ctrl+Shift+V")
        self.act_add_raster = A("actAddRaster", lambda: self.add_layer_dialog(AddRasterLayerDialog), "Ctrl+Shift+R")
        self.act_analysis = A("actAnalysis", self.analysis_dialog, "Ctrl+Shift+N")
        self.act_scene_legend = A("actSceneLegend", w.set_scene_legend_visible, checkable=True)
        self.act_scene_legend.setChecked(True)
        self.act_measure = A("actMeasure", w.set_measuring, "Ctrl+M", "measure", checkable=True)
        self.act_search = A("actSearch", lambda: w.search_box.focus_search(), QKeySequence.StandardKey.Find,
                            "edit-find")
        self.act_about = A("actAbout", self.about_dialog, None, "help-about")
        self.act_help = A("actHelp", self.help_dialog, QKeySequence.StandardKey.HelpContents, "help-contents")

    def _create_menus(self) -> None:
        w = self.window
        mb = w.menuBar()
        self.file_menu = mb.addMenu("")
        self.file_menu.addActions([self.act_new, self.act_open])
        self.recent_menu = self.file_menu.addMenu("")
        self.recent_menu.aboutToShow.connect(self._fill_recent_menu)
        self.file_menu.addSeparator()
        self.file_menu.addActions([self.act_import, self.act_open_lake])
        self.file_menu.addSeparator()
        self.file_menu.addActions([self.act_screenshot, self.act_export_view])
        self.export_menu = self.file_menu.addMenu("")
        self.export_menu.addActions([self.act_export_csv, self.act_export_gpkg])
        self.file_menu.addSeparator()
        self.file_menu.addAction(self.act_settings)
        self.file_menu.addSeparator()
        self.file_menu.addAction(self.act_quit)
        self.view_menu = mb.addMenu("")
        self.view_menu.addActions([self.act_station, self.act_city, self.act_top])
        self.view_menu.addSeparator()
        self.view_menu.addActions([self.act_zoom_sel, self.act_clear_sel])
        self.view_menu.addSeparator()
        self.view_menu.addAction(self.act_scene_legend)
        self.panels_menu = self.view_menu.addMenu("")
        self.panels_menu.addActions([dock.toggleViewAction() for dock in w.docks.docks])
        self.panels_menu.addAction(w.time_bar.toggleViewAction())
        self.layer_menu = mb.addMenu("")
        self.layer_menu.addActions([self.act_import, self.act_default_layers, self.act_add_vector, self.act_add_raster])
        self.layer_menu.addSeparator()
        self.layer_menu.addActions([w.layer_panel.new_group_action, w.layer_panel.rename_action,
                                    w.layer_panel.remove_action])
        self.tools_menu = mb.addMenu("")
        self.tools_menu.addActions([self.act_measure, self.act_search])
        self.analysis_menu = mb.addMenu("")
        self.analysis_menu.addAction(self.act_analysis)
        self.help_menu = mb.addMenu("")
        self.help_menu.addActions([self.act_help, self.act_about])

    def _create_toolbar(self) -> None:
        tb = QToolBar(self.window)
        tb.setObjectName("mainToolbar")
        tb.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        tb.setIconSize(QSize(20, 20))
        for group in ((self.act_open, self.act_import), (self.act_station, self.act_city, self.act_top),
                      (self.act_zoom_sel, self.act_clear_sel), (self.act_measure, self.act_screenshot)):
            if tb.actions():
                tb.addSeparator()
            tb.addActions(list(group))
        tb.addSeparator()
        tb.addWidget(self.window.search_box)
        self.window.addToolBar(Qt.ToolBarArea.TopToolBarArea, tb)
        self.toolbar = tb

    def _fill_recent_menu(self) -> None:
        self.recent_menu.clear()
        items = recent_projects()
        for p in items:
            act = self.recent_menu.addAction(p)
            act.setEnabled(Path(p).exists())
            act.triggered.connect(lambda checked=False, p=p: self.window.open_project(p))
        if not items:
            self.recent_menu.addAction(self.tr("(none yet)")).setEnabled(False)

    # -- state ----------------------------------------------------------------------------------------
    def update_enabled(self, *, has_project: bool, writable: bool, importing: bool, has_selection: bool) -> None:
        """Enable what makes sense now: views need a project, Import a writable one and no import running,
        exports and selection commands a selection."""
        for a in (self.act_screenshot, self.act_export_view, self.act_station, self.act_city, self.act_top, self.act_default_layers,
                  self.act_add_vector, self.act_add_raster, self.act_measure, self.act_search):
            a.setEnabled(has_project)
        self.window.search_box.setEnabled(has_project)
        self.act_import.setEnabled(writable and not importing)
        self.act_open_lake.setEnabled(not importing)
        self.act_analysis.setEnabled(writable and not importing and bool(themes.analyses()))
        for a in (self.act_export_csv, self.act_export_gpkg, self.act_zoom_sel, self.act_clear_sel):
            a.setEnabled(has_selection)

    def retranslate(self) -> None:
        """Menu titles, action texts and tips in the current language."""
        self.file_menu.setTitle(self.tr("&File"))
        self.recent_menu.setTitle(self.tr("Open &recent"))
        self.export_menu.setTitle(self.tr("Export &selection"))
        self.view_menu.setTitle(self.tr("&View"))
        self.panels_menu.setTitle(self.tr("&Panels"))
        self.layer_menu.setTitle(self.tr("&Layer"))
        self.tools_menu.setTitle(self.tr("&Tools"))
        self.analysis_menu.setTitle(self.tr("&Analysis"))
        self.help_menu.setTitle(self.tr("&Help"))
        texts = {
            self.act_new: (self.tr("&New project…"), self.tr("Create an empty project file")),
            self.act_open: (self.tr("&Open project…"), self.tr("Open a Kaga Twin project file (.duckdb)")),
            self.act_import: (self.tr("&Import…"), self.tr("Import PLATEAU CityGML (file, folder or zip) or a GeoTIFF DEM")),
            self.act_open_lake: (self.tr("Open area from &lake…"), self.tr("Copy a city or a box of a GeoParquet lake (kaga-twin lake build) into this project or a new one")),
            self.act_screenshot: (self.tr("Export s&creenshot…"), self.tr("Save the 3D view with its legend as an image")),
            self.act_export_view: (self.tr("Export &view (size, PDF layout)…"),
                                   self.tr("The view as a PNG at a chosen size, or an A4 map layout with legend, "
                                           "north arrow, scale, date and sources")),
            self.act_export_csv: (self.tr("As &CSV…"), self.tr("Selected features as a CSV table (opens in Excel)")),
            self.act_export_gpkg: (self.tr("As &GeoPackage…"), self.tr("Selected features with their geometry, for QGIS")),
            self.act_settings: (self.tr("Se&ttings…"), self.tr("Language")),
            self.act_quit: (self.tr("&Quit"), None),
            self.act_station: (self.tr("Kaga Onsen Station"), self.tr("Look at the station area")),
            self.act_city: (self.tr("Whole area"), self.tr("Show everything in the project")),
            self.act_top: (self.tr("Top view (2D)"), self.tr("Straight down, north up, like a map")),
            self.act_zoom_sel: (self.tr("Zoom to selection"), self.tr("Frame the selected features")),
            self.act_clear_sel: (self.tr("Clear selection"), self.tr("Deselect everything (Esc in the 3D view)")),
            self.act_default_layers: (self.tr("Add default layers"), self.tr("Add terrain, roads and buildings layers for data without a layer")),
            self.act_add_vector: (self.tr("Add &vector layer…"), self.tr("Points, lines or polygons from any table, view or SQL query with a geometry")),
            self.act_add_raster: (self.tr("Add &raster overlay…"), self.tr("A stored raster draped on the terrain, coloured by value")),
            self.act_analysis: (self.tr("&Run analysis…"), self.tr("Run one of the themes' analyses with the project's parameters (recorded; cancellable)")),
            self.act_scene_legend: (self.tr("Legend in the 3D view"), self.tr("Show the legend inside the 3D view and in screenshots")),
            self.act_measure: (self.tr("&Measure"), self.tr("Measure distances, areas and heights on the 3D view (Ctrl+M)")),
            self.act_search: (self.tr("&Search…"), self.tr("Find a building, road, repair case or segment by name or number (Ctrl+F)")),
            self.act_about: (self.tr("&About Kaga Twin"), None),
            self.act_help: (self.tr("Mouse and keys"), None),
        }
        for act, (text, tip) in texts.items():
            act.setText(text)
            if tip:
                act.setToolTip(tip)
                act.setStatusTip(tip)
        self.toolbar.setWindowTitle(self.tr("Main toolbar"))

    # -- dialogs --------------------------------------------------------------------------------------
    def _save_path(self, title: str, suggested: str, filters: str) -> str:
        return QFileDialog.getSaveFileName(self.window, title, str(Path.home() / suggested), filters)[0]

    def new_project_dialog(self) -> None:
        """File ▸ New project: the file and the CRS (automatic, or a plane rectangular zone)."""
        from gui.new_project_dialog import NewProjectDialog

        dlg = NewProjectDialog(Path.home() / "kaga_project.duckdb", self.window)
        if dlg.exec() and str(dlg.path()):
            self.window.new_project(dlg.path(), crs=dlg.crs())
        dlg.deleteLater()

    def open_project_dialog(self) -> None:
        current = self.window.project_path
        start = str(current.parent) if current else str(Path.home())
        path, _ = QFileDialog.getOpenFileName(self.window, self.tr("Open project"), start,
                                              self.tr("Kaga Twin project (*.duckdb);;All files (*)"))
        if path:
            self.window.open_project(path)

    def import_dialog(self) -> None:
        from gui.import_dialog import ImportDialog

        if self.window.store is None:
            show_error(self.window, self.tr("Import"), self.tr("Open or create a project first."))
            return
        dlg = ImportDialog(self.window)
        if dlg.exec() and dlg.paths():
            self.window.import_paths(dlg.inputs())
        dlg.deleteLater()

    def open_lake_dialog(self) -> None:
        from gui.lake_dialog import open_area_from_lake

        open_area_from_lake(self.window)

    def add_layer_dialog(self, dialog_class: type) -> None:
        """Layer ▸ Add vector layer… / Add raster overlay… (``dialog_class`` makes the layer); the new layer goes
        on top and becomes current."""
        doc = self.window.document
        if doc is None:
            show_error(self.window, self.tr("Add layer"), self.tr("Open or create a project first."))
            return
        dlg = dialog_class(doc, self.window)
        if dlg.exec() and dlg.layer is not None:
            doc.layers.append(dlg.layer)
            doc.layers.selection.active = doc.layers[-1]
        dlg.deleteLater()

    def export_screenshot_dialog(self) -> None:
        if self.window.document is None:
            return
        current = self.window.project_path
        path = self._save_path(self.tr("Export screenshot"), (current.stem if current else "kaga") + "_view.png",
                               self.tr("PNG image (*.png);;JPEG image (*.jpg)"))
        if path:
            self.window.export_screenshot(path)

    def export_view_dialog(self) -> None:
        """File ▸ Export view: the window's view rendered off screen at a chosen size, or the A4 PDF layout."""
        from PySide6.QtWidgets import QApplication, QDialog

        from gui.view_export import ExportViewDialog, export_view
        from layers.render import default_title, project_place

        w = self.window
        if w.document is None or w.viewport.scene is None:
            return
        dlg = ExportViewDialog(default_title(project_place(w.document.store), "saved"), w)
        accepted = dlg.exec() == QDialog.DialogCode.Accepted
        dlg.deleteLater()
        if not accepted:
            return
        filt = self.tr("PDF (*.pdf)") if dlg.fmt == "pdf" else self.tr("PNG image (*.png)")
        path = self._save_path(self.tr("Export view"), f"kaga_view.{dlg.fmt}", filt)
        if not path:
            return
        QApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
        try:
            info = export_view(w.document, w.viewport.scene.camera_state(), path, size=dlg.size, title=dlg.title)
        except Exception as exc:  # noqa: BLE001
            QApplication.restoreOverrideCursor()
            show_error(w, self.tr("Export view"), exc)
            return
        QApplication.restoreOverrideCursor()
        w.statusBar().showMessage(self.tr("Saved {path}").format(path=info.get("pdf") or info.get("path")), 8000)

    def export_selection_dialog(self, fmt: str) -> None:
        doc = self.window.document
        if doc is None:
            return
        if not len(doc.selection):
            show_error(self.window, self.tr("Export selection"),
                       self.tr("Nothing is selected. Select features in the 3D view or the attribute table first."))
            return
        filters = self.tr("CSV table (*.csv)") if fmt == "csv" else self.tr("GeoPackage (*.gpkg)")
        path = self._save_path(self.tr("Export selection"), "kaga_selection." + fmt, filters)
        if path:
            self.window.export_selection(path, fmt)

    def analysis_dialog(self) -> Any:
        """Analysis ▸ Run analysis…: the dialog stays open (non-modal) so runs can be repeated with other values."""
        from gui.analysis_dialog import AnalysisDialog

        store = self.window.store
        if store is None:
            show_error(self.window, self.tr("Run analysis"), self.tr("Open or create a project first."))
            return None
        dlg = AnalysisDialog(store, self.window)
        dlg.ran.connect(self.window.analysis_finished)
        dlg.finished.connect(dlg.deleteLater)
        dlg.show()
        return dlg

    def settings_dialog(self) -> None:
        from gui.settings_dialog import SettingsDialog

        dlg = SettingsDialog(self.window)
        dlg.exec()
        dlg.deleteLater()

    def about_dialog(self) -> None:
        QMessageBox.about(self.window, self.tr("About Kaga Twin"), self.tr(
            "<h3>Kaga Twin {version}</h3>"
            "<p>A desktop digital twin of Kaga City, Ishikawa: PLATEAU 3D city models, terrain and roads in one "
            "project file.</p>"
            "<p>3D city model data: PLATEAU (MLIT), CC BY 4.0. The bundled sample is synthetic.</p>"
            "<p>Project: {path}</p>").format(version=__version__, path=self.window.project_path or "—"))

    def help_dialog(self) -> None:
        QMessageBox.information(self.window, self.tr("Mouse and keys"), self.tr(
            "Left drag: rotate · Middle drag or Shift+right drag: pan · Wheel or right drag: zoom\n"
            "Click: select a building or road and show it in Identify\n"
            "Ctrl+click: add or remove a feature · Shift+drag: select everything in a rectangle\n"
            "Esc: clear the selection · Ctrl+1 / 2 / 3: station, whole area, top view\n"
            "Ctrl+F: search by name or number · Ctrl+M: measure (click points; double-click or Enter ends, Esc cancels)\n"
            "Attribute table: type an SQL condition such as  usage = '商業施設'  and press Enter."))


__all__ = ["WindowActions"]
