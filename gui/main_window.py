"""The main window: the 3D view in the middle, the panels in docks around it, menus, toolbar and status bar.

It puts together the parts and handles what spans them:

* :class:`gui.viewport.Viewport` — the 3D view and its scene;
* :class:`gui.docks.PanelDocks` — the Layers, Style and legend, Identify and Attribute table panels;
* :class:`gui.window_actions.WindowActions` — actions, menus, toolbar and the dialogs behind them;
* :class:`gui.project_session.ProjectSession` — the open project and the debounced saving of its state;
* :class:`gui.time_bar.TimeBar` — the twin's clock, at the bottom;
* :class:`gui.search_box.SearchBox` (toolbar, Ctrl+F) and :class:`gui.measure_tool.MeasurePanel` (Tools ▸ Measure,
  in a dock; its results go to the status bar);
* :class:`gui.dialog_focus.DialogFocus` — the keyboard comes back to the window when a dialog closes;
* here — binding an opened document to the view and the panels, background imports (the scene is refreshed
  and default layers are added for new data), exports, selection commands and the status bar (feature counts,
  the project's CRS, the cursor position).
"""

from __future__ import annotations

import logging
from pathlib import Path

from PySide6.QtCore import QByteArray, QSettings, Qt
from PySide6.QtWidgets import QApplication, QDockWidget, QLabel, QMainWindow, QMessageBox, QWidget

from gui.crs_text import crs_label, crs_source_text
from gui.dialog_focus import DialogFocus
from gui.docks import PanelDocks
from gui.fields import field_label
from gui.measure_tool import MeasurePanel
from gui.messages import show_error
from gui.project_session import ProjectSession
from gui.qt_helpers import Connections, Retranslatable
from gui.search_box import SearchBox, go_to_result
from gui.time_bar import TimeBar
from gui.viewport import Viewport
from gui.window_actions import WindowActions
from twin import themes

log = logging.getLogger("kaga_twin.gui")


def scene_kinds_for(reports) -> set[str]:
    """The layer kinds whose data an import changed: what the themes say depends on the tables it wrote
    (:func:`twin.themes.kinds_to_refresh`), every kind when it replaced earlier imports (their rows may be gone
    from any table)."""
    if any(rep.replaced_sources for rep in reports):
        return {k.name for k in themes.layer_kinds()}
    return themes.kinds_to_refresh({t for rep in reports for t in rep.counts})


class MainWindow(Retranslatable, QMainWindow):
    """See the module docstring. ``open_project``, ``new_project``, ``import_paths``, ``export_screenshot`` and
    ``export_selection`` show their errors to the user and return a false value then."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("mainWindow")
        self._import = None
        self._selection_link = Connections()

        self.viewport = Viewport(self)
        self.setCentralWidget(self.viewport)
        self.docks = PanelDocks(self)
        self.layer_panel = self.docks.layer_panel
        self.style_panel = self.docks.style_panel
        self.identify_panel = self.docks.identify_panel
        self.table_panel = self.docks.table_panel
        self.session = ProjectSession(self, self._camera_state)
        self.time_bar = TimeBar(self)
        self.addToolBar(Qt.ToolBarArea.BottomToolBarArea, self.time_bar)
        self.search_box = SearchBox(lambda: self.store, self)
        self.measure_panel = MeasurePanel(self.viewport, self)
        self.measure_dock = QDockWidget(self)
        self.measure_dock.setObjectName("measureDock")
        self.measure_dock.setWidget(self.measure_panel)
        self.addDockWidget(Qt.DockWidgetArea.RightDockWidgetArea, self.measure_dock)
        self.tabifyDockWidget(self.docks.identify_dock, self.measure_dock)   # a tab beside Identify, full height
        self.window_actions = WindowActions(self)
        self._dialog_focus = DialogFocus(self)

        self.cursor_label = QLabel(self)
        self.cursor_label.setObjectName("cursorLabel")
        self.cursor_label.setMinimumWidth(330)
        self.count_label = QLabel(self)
        self.count_label.setObjectName("countLabel")
        self.crs_label = QLabel(self)
        self.crs_label.setObjectName("crsLabel")
        self.statusBar().addPermanentWidget(self.count_label)
        self.statusBar().addPermanentWidget(self.crs_label)
        self.statusBar().addPermanentWidget(self.cursor_label)

        self._connect()
        self.retranslate()
        self._update_state()
        self.resize(1600, 1000)
        self._restore_window_settings()
        self.measure_dock.hide()                  # every start without measuring

    def _connect(self) -> None:
        self.docks.connect_viewport(self.viewport)
        self.layer_panel.addDefaultLayersRequested.connect(self.add_default_layers)
        self.layer_panel.treeChanged.connect(self.session.schedule_save)
        self.viewport.featurePicked.connect(self.docks.show_feature)
        self.viewport.cursorMoved.connect(self._on_cursor)
        self.viewport.cameraChanged.connect(self.session.schedule_save)
        self.session.opened.connect(self._bind_document)
        self.session.aboutToClose.connect(self._unbind_document)
        self.session.closed.connect(self._update_state)
        self.session.modelChanged.connect(self._update_counts)
        # a kaga-twin import beside the app: its layers are refreshed by the session, counts and CRS follow here
        self.session.changedOutside.connect(lambda _tables: (self._update_counts(), self._update_crs()))
        self.session.message.connect(self.statusBar().showMessage)
        # with many layers the counts fill the status bar: they give way while a message (a measure result) shows
        self.statusBar().messageChanged.connect(lambda text: self.count_label.setVisible(not text))
        self.search_box.resultChosen.connect(self.show_search_result)
        self.measure_panel.statusChanged.connect(self._measure_status)
        self.measure_dock.visibilityChanged.connect(
            lambda shown: shown or not self.measure_dock.isHidden() or self.set_measuring(False))

    # -- the open project ---------------------------------------------------------------------------------
    @property
    def document(self):
        """The open :class:`twin.document.TwinDocument`, or None."""
        return self.session.document

    @property
    def store(self):
        return self.session.store

    @property
    def project_path(self) -> Path | None:
        return self.session.path

    def open_project(self, path: str | Path) -> bool:
        """Open ``path`` (closing the current project); errors are shown, and False returned."""
        ok = self.session.open(path)
        self._update_state()
        return ok

    def new_project(self, path: str | Path, crs: str | None = None) -> bool:
        """Create an empty project at ``path`` and open it; ``crs`` (e.g. "EPSG:6675") is its CRS, None lets the
        first import choose it from the data's location."""
        ok = self.session.create(path, crs=crs)
        self._update_state()
        return ok

    def close_project(self) -> None:
        """Save the state of the open project and close it."""
        self.session.close()

    def save_state(self) -> bool:
        """Write layers, styles, order, visibility and camera into the project now."""
        return self.session.save_state()

    def _camera_state(self) -> dict | None:
        scene = self.viewport.scene
        return scene.camera_state() if scene is not None else None

    def _legend_entries(self, layer):
        scene = self.viewport.scene
        return scene.legend_entries(layer.id) if scene is not None else None

    def _bind_document(self, document) -> None:
        try:
            self.viewport.set_document(document)
        except Exception as exc:  # noqa: BLE001 - the view stays empty, the panels still work
            show_error(self, self.tr("The 3D view could not be built"), exc)
        scene = self.viewport.scene
        if scene is not None:
            if scene.overlays is not None:
                scene.overlays.set_legend_visible(self.window_actions.act_scene_legend.isChecked())
            for lid, err in scene.errors.items():
                layer = document.layers.get(lid)
                self.statusBar().showMessage(self.tr("Layer {name} could not be drawn: {error}").format(
                    name=layer.name if layer else lid, error=err), 15000)
        self.docks.bind(document, self._legend_entries if scene is not None else None)
        self.time_bar.set_document(document)
        self._selection_link = Connections([(document.selection.changed, self._on_selection_changed)]).connect()

    def _unbind_document(self, document) -> None:
        self.set_measuring(False)
        self._selection_link.disconnect()
        self.time_bar.set_document(None)
        self.docks.unbind()
        self.viewport.set_document(None)

    # -- import ---------------------------------------------------------------------------------------------
    def import_paths(self, paths) -> object:
        """Import ``paths`` in the background; new layers appear when it has finished. Returns the
        :class:`gui.import_dialog.ImportController` (None when nothing was started)."""
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
        self._update_actions()
        ctrl.start()
        return ctrl

    def _on_import_finished(self, outcome) -> None:
        ctrl, self._import = self._import, None
        if ctrl is not None:
            ctrl.deleteLater()
        self._update_actions()
        doc = self.document
        if doc is None or not outcome.reports:
            return
        scene = self.viewport.scene
        with doc.layers.batched_update():
            # the scene reloads the rasters and rebuilds the layers whose data changed (roads are draped on
            # the new DEM); layers added next are built by the scene with that data
            if scene is not None:
                try:
                    scene.refresh(scene_kinds_for(outcome.reports))
                except Exception as exc:  # noqa: BLE001
                    log.warning("refreshing the scene failed: %s", exc)
            else:
                doc.invalidate()
            new = doc.add_missing_default_layers()
        self.docks.reload()
        if new and scene is not None and len(doc.layers) == len(new):
            self.viewport.set_camera("station" if self._station_in_view_data() else "city")
        self.viewport.request_render()
        names = ", ".join(Path(r.path).name for r in outcome.reports)
        total = sum(sum(r.counts.values()) for r in outcome.reports)
        self.statusBar().showMessage(self.tr("Imported {names}: {n} features").format(names=names, n=f"{total:,}"),
                                     15000)
        self.session.schedule_save()
        self._update_counts()
        self._update_crs()     # an empty project takes its CRS from the first import's location

    def analysis_finished(self, run) -> None:
        """An analysis wrote its tables: rebuild the layers drawn from them, refresh the panels, say what it did."""
        self.tables_changed(set(run.outputs), self.tr("Analysis {name} finished (run {id})").format(
            name=run.name, id=run.id))

    def tables_changed(self, tables, message: str | None = None) -> None:
        """Something other than an import wrote ``tables`` (an analysis, a theme's panel): rebuild the layers drawn
        from them (:func:`twin.themes.kinds_to_refresh`), refresh the panels and show ``message``."""
        doc, scene = self.document, self.viewport.scene
        if doc is None:
            return
        doc.invalidate()
        kinds = themes.kinds_to_refresh(set(tables))
        if scene is not None and kinds:
            try:
                scene.refresh(kinds)
            except Exception as exc:  # noqa: BLE001
                log.warning("refreshing the scene failed: %s", exc)
        with doc.layers.batched_update():
            doc.add_missing_default_layers()
        self.docks.reload()
        self.viewport.request_render()
        if message:
            self.statusBar().showMessage(message, 15000)
        self.session.schedule_save()

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
        """Add terrain, roads and buildings layers for data that has no layer yet."""
        if self.document is not None and not self.document.add_missing_default_layers():
            self.statusBar().showMessage(self.tr("Every kind of data already has a layer."), 6000)

    # -- exports ----------------------------------------------------------------------------------------------
    def export_screenshot(self, path: str | Path) -> Path | None:
        """Save the 3D view (with north arrow, scale bar and, if shown, the legend) as an image."""
        from gui.export import array_to_qimage, paint_legend, save_image

        try:
            img = array_to_qimage(self.viewport.screenshot())
            scene = self.viewport.scene
            if not self.window_actions.act_scene_legend.isChecked() and self.document is not None \
                    and scene is not None:
                # the legend is not drawn in the view: paint it on the exported image
                sections = [(layer.name, field_label(layer.style.attribute) if layer.style.by_attribute else "",
                             scene.legend_entries(layer.id))
                            for layer in reversed(list(self.document.layers)) if layer.visible]
                img = paint_legend(img, sections)
            out = save_image(img, path)
        except Exception as exc:  # noqa: BLE001
            show_error(self, self.tr("Export screenshot"), exc)
            return None
        self.statusBar().showMessage(self.tr("Saved {path}").format(path=out), 8000)
        return out

    def export_selection(self, path: str | Path, fmt: str):
        """Write the selected features to ``path`` as ``fmt`` (``csv`` or ``gpkg``); returns what was written."""
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
        if len({w[2] for w in written}) > 1:  # one CSV per layer: say which file holds what
            box = QMessageBox(QMessageBox.Icon.Information, self.tr("Export selection"),
                              self.tr("One CSV file per layer was written:") + "\n" + "\n".join(
                                  self.tr("{layer}: {n} features → {file}").format(
                                      layer=name, n=f"{count:,}", file=Path(file).name)
                                  for name, count, file in written), QMessageBox.StandardButton.Ok, self)
            box.setObjectName("exportReport")
            box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
            box.open()
        return written

    # -- selection and view -------------------------------------------------------------------------------------
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

    def set_scene_legend_visible(self, on: bool) -> None:
        """Show or hide the legend drawn inside the 3D view (and so in screenshots)."""
        scene = self.viewport.scene
        if scene is not None and scene.overlays is not None:
            scene.overlays.set_legend_visible(on)
            self.viewport.request_render()

    # -- search and measure -------------------------------------------------------------------------------
    def show_search_result(self, result) -> str | None:
        """Frame a :class:`twin.search.SearchResult`, select it and open Identify; the layer id used, or None."""
        return go_to_result(self, result)

    def set_measuring(self, on: bool) -> None:
        """Tools ▸ Measure on (clicks in the 3D view measure; the Measure panel shows) or off."""
        on = bool(on) and self.document is not None
        self.window_actions.act_measure.setChecked(on)
        if on:
            self.measure_dock.show()
            self.measure_dock.raise_()
        elif not self.measure_dock.isHidden():
            self.measure_dock.hide()
        self.measure_panel.set_active(on)
        if on:
            self.viewport.plotter.setFocus(Qt.FocusReason.OtherFocusReason)

    def _measure_status(self, text: str) -> None:
        if text:
            self.statusBar().showMessage(text)
        else:
            self.statusBar().clearMessage()

    def _on_selection_changed(self, *args) -> None:
        self._update_counts()
        self._update_actions()

    # -- language, status bar, title ------------------------------------------------------------------------------
    def retranslate(self) -> None:
        self.viewport.retranslate()  # first: the style panel's legend comes from the scene
        self.docks.retranslate()
        self.measure_dock.setWindowTitle(self.tr("Measure"))
        self.window_actions.retranslate()
        self._update_title()
        self._update_counts()
        self._update_crs()
        if not self.cursor_label.text() or self.cursor_label.property("empty"):
            self._on_cursor(None)

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
        self.count_label.setToolTip("\n".join(parts))

    def _update_crs(self) -> None:
        store = self.store
        if store is None:
            self.crs_label.clear()
            self.crs_label.setToolTip("")
            return
        self.crs_label.setText(crs_label(store.crs))
        source = crs_source_text(getattr(store, "crs_source", None))
        self.crs_label.setToolTip(self.tr("Coordinate system of the project") + (f"\n{source}" if source else ""))

    def _update_title(self) -> None:
        if self.project_path is None:
            self.setWindowTitle(self.tr("Kaga Twin"))
        else:
            ro = self.tr(" (read-only)") if self.store is not None and self.store.read_only else ""
            self.setWindowTitle(f"{self.project_path.name}{ro} — " + self.tr("Kaga Twin"))

    def _update_actions(self) -> None:
        doc = self.document
        self.window_actions.update_enabled(has_project=doc is not None, writable=self.session.writable,
                                           importing=self._import is not None,
                                           has_selection=doc is not None and bool(len(doc.selection)))

    def _update_state(self) -> None:
        self._update_title()
        self._update_crs()
        self._update_actions()
        self._update_counts()

    # -- window settings, closing -----------------------------------------------------------------------------------
    def _restore_window_settings(self) -> None:
        s = QSettings()
        geo = s.value("window/geometry")
        state = s.value("window/state")
        if isinstance(geo, QByteArray):
            self.restoreGeometry(geo)
        if isinstance(state, QByteArray):
            self.restoreState(state)
        self._first_start_sizes = not isinstance(state, QByteArray)

    def showEvent(self, event) -> None:  # noqa: N802
        super().showEvent(event)
        if self._first_start_sizes:     # once shown, the dock sizes of a first start hold (see PanelDocks)
            self._first_start_sizes = False
            self.docks.first_start_sizes()

    def _save_window_settings(self) -> None:
        s = QSettings()
        s.setValue("window/geometry", self.saveGeometry())
        s.setValue("window/state", self.saveState())

    def closeEvent(self, event) -> None:  # noqa: N802
        if self._import is not None:
            box = QMessageBox.question(self, self.tr("Import running"),
                                       self.tr("An import is running. Cancel it and close?"))
            if box != QMessageBox.StandardButton.Yes:
                event.ignore()
                return
            self._import.cancel()
            self._import.runner.worker.wait()
        self.session.saving_enabled = False
        self._save_window_settings()
        self.close_project()
        self.viewport.shutdown()
        super().closeEvent(event)


__all__ = ["MainWindow", "scene_kinds_for"]
