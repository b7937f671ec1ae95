"""The Attribute table dock: a filter box, "selected only", and a table whose selection follows the 3D view.

Selection is shared with the 3D view through :class:`twin.selection.FeatureSelection`: selecting rows writes
the selection with origin ``'table'``; a pick in the 3D view (origin ``'pick'``) selects the matching rows
and scrolls to the first one. Double-clicking a row asks to zoom to that feature. The rows come from
:class:`gui.attribute_table_model.AttributeTableModel` (paged SQL, never a whole table).
"""

from __future__ import annotations

import duckdb
from PySide6.QtCore import QItemSelection, QItemSelectionModel, QModelIndex, QSignalBlocker, Qt, QTimer, Signal
from PySide6.QtWidgets import (QAbstractItemView, QCheckBox, QFileDialog, QHBoxLayout, QLabel, QLineEdit, QMenu,
                               QPushButton, QTableView, QToolButton, QVBoxLayout, QWidget)

from gui.attribute_table_model import AttributeTableModel
from gui.qt_helpers import Connections, Retranslatable, child

class AttributeTablePanel(Retranslatable, QWidget):
    """The Attribute table dock: filter box, "selected only", selection sync, zoom to feature."""

    zoomToFeaturesRequested = Signal(str, list)     # layer id, feature ids

    def __init__(self, document=None, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("attributeTablePanel")
        self._document = None
        self._layer = None
        self._syncing = False
        self._example: str | None = None   # the filter placeholder's example, from the shown table
        self.model: AttributeTableModel | None = None

        self._links = Connections()
        self._name_link = Connections()

        self.title = child(QLabel, self, "tableTitle")
        self.counts = child(QLabel, self, "tableCounts")
        self.filter_edit = child(QLineEdit, self, "tableFilter", returnPressed=self.apply_filter)
        self.filter_edit.setClearButtonEnabled(True)
        self.apply_button = child(QPushButton, self, "tableApplyFilter", clicked=self.apply_filter)
        self.selected_only = child(QCheckBox, self, "tableSelectedOnly", toggled=self._on_selected_only)
        self.select_all_button = child(QToolButton, self, "tableSelectAll", clicked=self.select_all_matching)
        self.clear_selection_button = child(QToolButton, self, "tableClearSelection", clicked=self.clear_selection)
        self.zoom_button = child(QToolButton, self, "tableZoomToSelection", clicked=self.zoom_to_selection)
        self.export_button = child(QToolButton, self, "tableExport")
        self.export_button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        self.export_menu = QMenu(self.export_button)
        self.act_export_all = self.export_menu.addAction("", lambda: self.export_dialog("all"))
        self.act_export_shown = self.export_menu.addAction("", lambda: self.export_dialog("shown"))
        self.act_export_selected = self.export_menu.addAction("", lambda: self.export_dialog("selected"))
        self.export_button.setMenu(self.export_menu)
        self._controls = (self.filter_edit, self.apply_button, self.selected_only, self.select_all_button,
                          self.clear_selection_button, self.zoom_button, self.export_button)
        self.error_label = child(QLabel, self, "tableFilterError")
        self.error_label.setWordWrap(True)
        self.error_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.error_label.setStyleSheet("color: #b00020;")
        self.error_label.hide()
        self.view = child(QTableView, self, "attributeTable", doubleClicked=self._on_double_clicked)
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.view.setSortingEnabled(False)  # sorting is requested through the header, done in SQL
        self.view.setAlternatingRowColors(True)
        self.view.setWordWrap(False)
        self.view.verticalHeader().setDefaultSectionSize(self.view.fontMetrics().height() + 8)
        header = self.view.horizontalHeader()
        header.setSectionsClickable(True)
        header.setSortIndicatorShown(True)
        header.setSortIndicator(-1, Qt.SortOrder.AscendingOrder)
        header.sortIndicatorChanged.connect(self._on_sort)
        header.setDefaultAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)

        top = QHBoxLayout()
        top.addWidget(self.title)
        top.addStretch(1)
        top.addWidget(self.counts)
        bar = QHBoxLayout()
        self.filter_label = QLabel(self)
        bar.addWidget(self.filter_label)
        bar.addWidget(self.filter_edit, 1)
        bar.addWidget(self.apply_button)
        bar.addWidget(self.selected_only)
        bar.addWidget(self.select_all_button)
        bar.addWidget(self.clear_selection_button)
        bar.addWidget(self.zoom_button)
        bar.addWidget(self.export_button)
        lay = QVBoxLayout(self)
        lay.setContentsMargins(4, 4, 4, 4)
        lay.addLayout(top)
        lay.addLayout(bar)
        lay.addWidget(self.error_label)
        lay.addWidget(self.view, 1)
        self.retranslate()
        self.set_document(document)

    # -- binding ------------------------------------------------------------------------------------
    def set_document(self, document) -> None:
        """Show the features of ``document``'s active feature layer (None: nothing)."""
        self._links.disconnect()
        self._name_link.disconnect()
        self._document = document
        self._set_model(None)
        if document is not None:
            self._set_model(AttributeTableModel(document.store, self))
            self._links = Connections([(document.selection.changed, self._on_feature_selection),
                                       (document.layers.selection.events.active, self._on_active_layer),
                                       (document.layers.events.removed, self._on_layer_removed)]).connect()
            self._on_active_layer(document.layers.selection.active)
        else:
            self._layer = None
            self._update_counts()

    def _set_model(self, model: AttributeTableModel | None) -> None:
        old = self.model
        self.view.setModel(model)
        if old is not None:
            old.close()
            old.deleteLater()
        self.model = model
        if model is not None:
            model.countsChanged.connect(self._update_counts)
            model.filterErrorChanged.connect(self._show_error)
            model.modelReset.connect(self._restore_view_selection)
            model.rowsInserted.connect(self._restore_view_selection)
            self.view.selectionModel().selectionChanged.connect(self._on_view_selection)

    def closeEvent(self, event) -> None:  # noqa: N802
        self.set_document(None)
        super().closeEvent(event)

    @property
    def layer(self):
        return self._layer

    def _on_layer_removed(self, index: int, layer) -> None:
        if layer is self._layer:
            self.set_layer(None)

    def _on_active_layer(self, layer) -> None:
        if layer is not None and not layer.has_features:
            return  # keep showing the last feature layer when terrain is selected
        self.set_layer(layer)

    def set_layer(self, layer) -> None:
        """Show the features of ``layer`` (a layer with features), or nothing."""
        if layer is self._layer and self.model is not None and self.model.table is not None:
            return
        self._layer = layer
        self._name_link.disconnect()   # the title follows renames of the shown layer
        self._name_link = Connections([(layer.events.name, self._update_counts)]).connect() if layer is not None \
            else Connections()
        self.error_label.hide()
        self.filter_edit.clear()
        with QSignalBlocker(self.selected_only):
            self.selected_only.setChecked(False)
        header = self.view.horizontalHeader()
        with QSignalBlocker(header):
            header.setSortIndicator(-1, Qt.SortOrder.AscendingOrder)
        if self.model is None:
            return
        ft = None
        if layer is not None and self._document is not None:
            try:
                ft = self._document.feature_table(layer)
            except Exception as exc:  # noqa: BLE001
                self._show_error(str(exc))
        try:
            self.model.set_source(ft[0], ft[1]) if ft else self.model.set_source(None)
        except duckdb.Error as exc:
            self.model.set_source(None)
            self._show_error(self.tr("The table of this layer cannot be read: {error}").format(error=exc))
        self._example = self.model.filter_example()
        self._update_placeholder()
        self._resize_columns()
        self._sync_from_feature_selection(scroll=False)
        self._update_counts()

    def reload(self) -> None:
        """Read the table again (after an import changed it), keeping the layer."""
        layer = self._layer
        self._layer = None
        if layer is not None and self._document is not None and self._document.layers.get(layer.id) is layer:
            self.set_layer(layer)
        else:
            self.set_layer(None)

    def _resize_columns(self) -> None:
        header = self.view.horizontalHeader()
        fm = self.view.fontMetrics()
        if self.model is None:
            return
        for c, (name, _) in enumerate(self.model.columns):
            label = self.model.headerData(c, Qt.Orientation.Horizontal) or name
            width = max(fm.horizontalAdvance(line) for line in str(label).split("\n")) + 28
            sample = [self.model.index(r, c).data() or "" for r in range(min(30, self.model.rowCount()))]
            if sample:
                width = max(width, min(320, max(fm.horizontalAdvance(s) for s in sample) + 16))
            header.resizeSection(c, width)

    # -- language -----------------------------------------------------------------------------------
    def retranslate(self) -> None:
        self.filter_label.setText(self.tr("Filter (SQL WHERE):"))
        self._update_placeholder()
        self.filter_edit.setToolTip(self.tr("An SQL condition on the columns (their names are under the headers). "
                                            "Press Enter to apply; empty shows every feature."))
        self.apply_button.setText(self.tr("Apply"))
        self.selected_only.setText(self.tr("Selected only"))
        self.select_all_button.setText(self.tr("Select all"))
        self.select_all_button.setToolTip(self.tr("Select every feature that matches the filter, also rows not loaded yet"))
        self.clear_selection_button.setText(self.tr("Deselect"))
        self.zoom_button.setText(self.tr("Zoom to selection"))
        self.export_button.setText(self.tr("Export"))
        self.export_button.setToolTip(self.tr("Write features of this layer as GeoPackage, GeoJSON or CSV"))
        self.act_export_all.setText(self.tr("All features of the layer…"))
        self.act_export_shown.setText(self.tr("Features shown (filter)…"))
        self.act_export_selected.setText(self.tr("Selected features…"))
        if self.model is not None and self.model.columnCount():
            self.model.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, self.model.columnCount() - 1)
        self._update_counts()

    def _update_placeholder(self) -> None:
        """An example filter on the shown table's own columns (see :mod:`gui.filter_example`)."""
        self.filter_edit.setPlaceholderText(self.tr("e.g. {example}").format(example=self._example) if self._example
                                            else self.tr("an SQL condition, e.g. name = 'value'"))

    # -- filter, sort -------------------------------------------------------------------------------
    def apply_filter(self) -> bool:
        """Apply the typed filter; the table then shows its first matching rows (scrolled to the top)."""
        if self.model is None or self.model.table is None:
            return False
        ok = self.model.set_filter(self.filter_edit.text())
        if ok:
            self._resize_columns()
            self.view.scrollToTop()
        return ok

    def _show_error(self, text: str) -> None:
        """One line under the filter box (DuckDB's echo of the query and its caret go to the tooltip)."""
        if text:
            first = text.strip().splitlines()[0]
            self.error_label.setText(self.tr("The filter was not applied: {error}").format(error=first))
            self.error_label.setToolTip(text)
        self.error_label.setVisible(bool(text))

    def _on_sort(self, column: int, order: Qt.SortOrder) -> None:
        if self.model is not None and column >= 0:
            self.model.sort(column, order)

    def _on_selected_only(self, on: bool) -> None:
        if self.model is None or self._layer is None or self._document is None:
            return
        self.model.set_only_ids(sorted(self._document.selection.ids(self._layer.id)) if on else None)

    # -- selection sync -----------------------------------------------------------------------------
    def selected_ids(self) -> frozenset:
        if self._document is None or self._layer is None:
            return frozenset()
        return self._document.selection.ids(self._layer.id)

    def _on_view_selection(self, *args) -> None:
        if self._syncing or self.model is None or self._layer is None or self._document is None:
            return
        rows = {i.row() for i in self.view.selectionModel().selectedRows()}
        in_view = set(self.model.ids_for_rows(rows))
        loaded = set(self.model.ids_for_rows(range(self.model.rowCount())))
        # rows that are not loaded keep their selection state
        new = (set(self.selected_ids()) - loaded) | in_view
        self._syncing = True
        try:
            self._document.selection.set(self._layer.id, new, origin="table")
        finally:
            self._syncing = False
        self.model.set_highlighted(new)
        self._update_counts()

    def _on_feature_selection(self, layer_id: str, ids, origin: str) -> None:
        if self._layer is None or layer_id != self._layer.id or self._syncing:
            return
        if self.selected_only.isChecked() and self.model is not None:
            self.model.set_only_ids(sorted(ids))
        self._sync_from_feature_selection(scroll=origin != "table")
        self._update_counts()

    def _restore_view_selection(self, *args) -> None:
        self._sync_from_feature_selection(scroll=False)

    def _sync_from_feature_selection(self, scroll: bool) -> None:
        if self.model is None or self._layer is None or self._document is None:
            return
        ids = self.selected_ids()
        self.model.set_highlighted(ids)
        if scroll and len(ids) == 1:
            fid = next(iter(ids))
            pos = self.model.position_of_id(fid)
            if pos is not None:
                self.model.ensure_loaded(pos)
        selection = QItemSelection()
        rows = sorted(r for r in (self.model.row_of_id(i) for i in ids) if r is not None)
        last_col = max(self.model.columnCount() - 1, 0)
        start = prev = None
        for r in rows + [None]:
            if r is not None and prev is not None and r == prev + 1:
                prev = r
                continue
            if start is not None:
                selection.select(self.model.index(start, 0), self.model.index(prev, last_col))
            start = prev = r
        self._syncing = True
        try:
            self.view.selectionModel().select(selection, QItemSelectionModel.SelectionFlag.ClearAndSelect
                                              | QItemSelectionModel.SelectionFlag.Rows)
        finally:
            self._syncing = False
        if scroll and rows:
            # after fetchMore the view updates its scroll range later: scroll once it has
            fid = self.model.id_at(rows[0])
            QTimer.singleShot(0, lambda: self.scroll_to_id(fid))

    def scroll_to_id(self, fid) -> None:
        if self.model is None:
            return
        row = self.model.row_of_id(fid)
        if row is not None:
            self.view.doItemsLayout()  # the scroll range must include the rows just fetched
            self.view.scrollTo(self.model.index(row, 0), QAbstractItemView.ScrollHint.PositionAtCenter)

    def select_all_matching(self) -> None:
        if self.model is None or self._layer is None or self._document is None:
            return
        ids = self.model.matching_ids()
        self._document.selection.set(self._layer.id, ids, origin="table")
        self._sync_from_feature_selection(scroll=False)
        self._update_counts()

    def clear_selection(self) -> None:
        if self._layer is not None and self._document is not None:
            self._document.selection.set(self._layer.id, [], origin="table")
            self._sync_from_feature_selection(scroll=False)
            self._update_counts()

    def zoom_to_selection(self) -> None:
        ids = sorted(self.selected_ids())
        if ids and self._layer is not None:
            self.zoomToFeaturesRequested.emit(self._layer.id, ids)

    # -- export -----------------------------------------------------------------------------------
    def export_rows(self, rows: str, path, fmt: str | None = None) -> list:
        """Write this layer's features: ``rows`` ``'all'``, ``'shown'`` (the filter and "Selected only") or
        ``'selected'``, to ``path`` (.gpkg, .geojson or .csv). Returns (layer, count, file) per file written."""
        from gui.export import export_layer
        from twin.document import quote_ident

        if self.model is None or self._layer is None or self._document is None:
            return []
        where, params = "", []
        if rows == "shown":
            _from, where, params = self.model.from_sql()
        elif rows == "selected":
            where = f" WHERE {quote_ident(self.model.id_column)} IN (SELECT unnest(?::BIGINT[]))"
            params = [sorted(int(i) for i in self.selected_ids())]
        return export_layer(self._document, self._layer, path, fmt, where, params)

    def export_dialog(self, rows: str) -> list | None:
        """Ask for a file, then :meth:`export_rows`; errors are shown in a message box."""
        from gui.messages import show_error

        if self._layer is None:
            return None
        filters = ";;".join([self.tr("GeoPackage (*.gpkg)"), self.tr("GeoJSON (*.geojson)"),
                             self.tr("CSV, opens in Excel (*.csv)")])
        path, chosen = QFileDialog.getSaveFileName(self, self.tr("Export features"), f"{self._layer.name}.gpkg",
                                                   filters)
        if not path:
            return None
        fmt = "gpkg" if "gpkg" in chosen else "geojson" if "geojson" in chosen else "csv"
        try:
            written = self.export_rows(rows, path, fmt)
        except Exception as exc:  # noqa: BLE001
            show_error(self, self.tr("Export features"), exc)
            return None
        n = sum(w[1] for w in written)
        self.counts.setText(self.tr("Exported {n} features to {path}").format(
            n=f"{n:,}", path=", ".join(str(w[2]) for w in written)))
        return written

    def _on_double_clicked(self, index: QModelIndex) -> None:
        if self.model is None or self._layer is None:
            return
        fid = self.model.id_at(index.row())
        if fid is not None:
            self.zoomToFeaturesRequested.emit(self._layer.id, [fid])

    def _update_counts(self, *args) -> None:
        shown = not (self._layer is None or self.model is None or self.model.table is None)
        for w in self._controls:
            w.setEnabled(shown)
        if not shown:
            self.title.setText(self.tr("No layer with attributes selected"))
            self.counts.setText("")
            return
        self.title.setText(f"<b>{self._layer.name}</b>")
        n_sel = len(self.selected_ids())
        self.counts.setText(self.tr("{matching} of {total} features shown, {selected} selected").format(
            matching=f"{self.model.matching_count:,}", total=f"{self.model.total_count:,}", selected=f"{n_sel:,}"))
        self.zoom_button.setEnabled(n_sel > 0)
        self.clear_selection_button.setEnabled(n_sel > 0)
        self.act_export_selected.setEnabled(n_sel > 0)


__all__ = ["AttributeTablePanel"]
