"""Attribute table: a paged Qt table model over a DuckDB table, and the dock panel around it.

The model never loads a whole table: it counts the matching rows, then fetches pages of :attr:`PAGE` rows
with ``LIMIT/OFFSET`` when the view asks (``canFetchMore``/``fetchMore``, i.e. when the user scrolls down).
Sorting and filtering happen in SQL. The filter box takes an SQL ``WHERE`` clause; an invalid clause is
reported and leaves the model as it was.

Selection is shared with the 3D view through :class:`twin.selection.FeatureSelection`: selecting rows writes
the selection with origin ``'table'``; a pick in the 3D view (origin ``'pick'``) selects the matching rows
and scrolls to the first one.
"""

from __future__ import annotations

import contextlib
from collections.abc import Iterable, Sequence
from typing import Any

import duckdb
from PySide6.QtCore import (QAbstractTableModel, QItemSelection, QItemSelectionModel, QModelIndex,
                            QPersistentModelIndex, Qt, QTimer, Signal)
from PySide6.QtGui import QBrush, QColor, QFont, QKeySequence, QShortcut
from PySide6.QtWidgets import (QAbstractItemView, QCheckBox, QHBoxLayout, QHeaderView, QLabel, QLineEdit,
                               QPushButton, QTableView, QToolButton, QVBoxLayout, QWidget)

from gui.fields import field_label, format_value, has_label
from twin.store import Store

_HIDDEN_TYPES = ("GEOMETRY", "BLOB", "BYTEA", "WKB_BLOB")
_NUMERIC_PREFIXES = ("TINYINT", "SMALLINT", "INTEGER", "BIGINT", "HUGEINT", "UTINYINT", "USMALLINT", "UINTEGER",
                     "UBIGINT", "FLOAT", "DOUBLE", "DECIMAL", "REAL")
_SCALAR_PREFIXES = _NUMERIC_PREFIXES + ("VARCHAR", "BOOLEAN", "DATE", "TIMESTAMP", "TIME", "INTERVAL", "UUID")

ID_ROLE = Qt.ItemDataRole.UserRole + 1
RAW_ROLE = Qt.ItemDataRole.UserRole + 2


def quote_ident(name: str) -> str:
    return '"' + name.replace('"', '""') + '"'


def _source_sql(table: str) -> str:
    """A FROM item for ``table``: a quoted table/view name, or a parenthesised query."""
    t = table.strip()
    if t.startswith('"'):  # already a quoted identifier (TwinDocument.feature_table)
        return t
    if t.startswith("("):
        return f"{t} AS _kaga_src"
    if t.lower().startswith(("select ", "with ")):
        return f"({t}) AS _kaga_src"
    return quote_ident(t)


class FilterError(ValueError):
    """The WHERE clause typed by the user is not valid."""


class AttributeTableModel(QAbstractTableModel):
    """Rows of one store table (or query), filtered and sorted in SQL, loaded page by page."""

    PAGE = 500

    countsChanged = Signal(int, int)      # rows matching the filter, rows in the table
    filterErrorChanged = Signal(str)      # "" when the filter is valid

    def __init__(self, store: Store, parent=None):
        super().__init__(parent)
        self._store = store
        self._cursor: duckdb.DuckDBPyConnection | None = None
        self._table: str | None = None
        self._id_col = "id"
        self._columns: list[tuple[str, str]] = []   # (name, duckdb type)
        self._rows: list[tuple] = []                 # (id, *values)
        self._row_of_id: dict[Any, int] = {}
        self._where = ""
        self._only_ids: list[int] | None = None
        self._sort: tuple[int, Qt.SortOrder] | None = None
        self._matching = 0
        self._total = 0
        self._selected: set = set()
        self.filter_error = ""
        self._announcing_reset = False

    def _end_reset(self) -> None:
        # Listeners of modelReset (views, testers) may call fetchMore while the reset is being announced;
        # rows are only fetched once it has been delivered.
        self._announcing_reset = True
        try:
            self.endResetModel()
        finally:
            self._announcing_reset = False

    # -- configuration ------------------------------------------------------------------------------
    def _cur(self) -> duckdb.DuckDBPyConnection:
        if self._cursor is None:
            self._cursor = self._store.cursor()
        return self._cursor

    def close(self) -> None:
        if self._cursor is not None:
            with contextlib.suppress(duckdb.Error):
                self._cursor.close()
            self._cursor = None

    @property
    def table(self) -> str | None:
        return self._table

    @property
    def id_column(self) -> str:
        return self._id_col

    @property
    def columns(self) -> list[tuple[str, str]]:
        return list(self._columns)

    @property
    def where(self) -> str:
        return self._where

    @property
    def matching_count(self) -> int:
        return self._matching

    @property
    def total_count(self) -> int:
        return self._total

    @property
    def loaded_count(self) -> int:
        return len(self._rows)

    def set_source(self, table: str | None, id_column: str = "id") -> None:
        """Show ``table`` (a table/view name or a SELECT); ``None`` empties the model. Resets filter and sort."""
        self.beginResetModel()
        self._table = table
        self._id_col = id_column
        self._where = ""
        self._only_ids = None
        self._sort = None
        self._rows = []
        self._row_of_id = {}
        self._columns = []
        self._selected = set()
        self._matching = self._total = 0
        self.filter_error = ""
        if table is not None:
            desc = self._cur().execute(f"DESCRIBE SELECT * FROM {_source_sql(table)}").fetchall()
            self._columns = [(r[0], str(r[1])) for r in desc
                             if not str(r[1]).upper().startswith(_HIDDEN_TYPES)]
            self._total = self._cur().execute(f"SELECT count(*) FROM {_source_sql(table)}").fetchone()[0]
            self._matching = self._count(self._where, self._only_ids)
            self._fetch_page()
        self._end_reset()
        self.filterErrorChanged.emit("")
        self.countsChanged.emit(self._matching, self._total)

    # -- SQL ----------------------------------------------------------------------------------------
    def _where_sql(self, where: str, only_ids: Sequence[int] | None) -> tuple[str, list]:
        parts, params = [], []
        if where.strip():
            parts.append(f"({where})")
        if only_ids is not None:
            parts.append(f"{quote_ident(self._id_col)} IN (SELECT unnest(?::BIGINT[]))")
            params.append(list(only_ids))
        return (" WHERE " + " AND ".join(parts)) if parts else "", params

    def _order_sql(self) -> str:
        idq = quote_ident(self._id_col)
        if self._sort is None:
            return f" ORDER BY {idq}"
        col, order = self._sort
        name = quote_ident(self._columns[col][0])
        direction = "DESC" if order == Qt.SortOrder.DescendingOrder else "ASC"
        return f" ORDER BY {name} {direction} NULLS LAST, {idq}"

    def _select_list(self) -> str:
        items = [quote_ident(self._id_col)]
        for name, typ in self._columns:
            q = quote_ident(name)
            items.append(q if typ.upper().startswith(_SCALAR_PREFIXES) else f"CAST({q} AS VARCHAR)")
        return ", ".join(items)

    @staticmethod
    def _check_single_select(sql: str) -> None:
        try:
            statements = duckdb.extract_statements(sql)
        except duckdb.Error as exc:
            raise FilterError(str(exc)) from None
        if len(statements) != 1 or statements[0].type != duckdb.StatementType.SELECT:
            raise FilterError("the filter must be one condition, not a statement")

    def _count(self, where: str, only_ids: Sequence[int] | None) -> int:
        w, params = self._where_sql(where, only_ids)
        sql = f"SELECT count(*) FROM {_source_sql(self._table)}{w}"
        self._check_single_select(sql)
        return self._cur().execute(sql, params).fetchone()[0]

    def _fetch_page(self) -> int:
        if self._table is None or len(self._rows) >= self._matching:
            return 0
        w, params = self._where_sql(self._where, self._only_ids)
        sql = (f"SELECT {self._select_list()} FROM {_source_sql(self._table)}{w}{self._order_sql()}"
               f" LIMIT {self.PAGE} OFFSET {len(self._rows)}")
        rows = self._cur().execute(sql, params).fetchall()
        base = len(self._rows)
        self._rows.extend(rows)
        for i, r in enumerate(rows):
            self._row_of_id[r[0]] = base + i
        return len(rows)

    # -- filter / sort / subset ---------------------------------------------------------------------
    def set_filter(self, where: str) -> bool:
        """Apply an SQL WHERE clause. Invalid SQL: the error is stored and signalled, the rows stay as they were."""
        where = where.strip().rstrip(";").strip()
        if where.lower().startswith("where "):
            where = where[6:]
        if self._table is None:
            return False
        try:
            matching = self._count(where, self._only_ids)
            if where:  # bind-check the clause against the real columns (also catches type errors)
                w, params = self._where_sql(where, self._only_ids)
                self._cur().execute(f"SELECT {self._select_list()} FROM {_source_sql(self._table)}{w}"
                                    f"{self._order_sql()} LIMIT 1", params).fetchall()
        except (duckdb.Error, FilterError) as exc:
            self.filter_error = str(exc).strip()
            self.filterErrorChanged.emit(self.filter_error)
            return False
        self.beginResetModel()
        self._where = where
        self._matching = matching
        self._rows, self._row_of_id = [], {}
        self._fetch_page()
        self._end_reset()
        self.filter_error = ""
        self.filterErrorChanged.emit("")
        self.countsChanged.emit(self._matching, self._total)
        return True

    def set_only_ids(self, ids: Iterable[int] | None) -> None:
        """Restrict the rows to ``ids`` ("show selected only"); ``None`` shows all matching rows."""
        if self._table is None:
            return
        only = None if ids is None else sorted({int(i) for i in ids})
        self.beginResetModel()
        self._only_ids = only
        self._matching = self._count(self._where, only)
        self._rows, self._row_of_id = [], {}
        self._fetch_page()
        self._end_reset()
        self.countsChanged.emit(self._matching, self._total)

    @property
    def only_ids(self) -> list[int] | None:
        return None if self._only_ids is None else list(self._only_ids)

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        """Sort in SQL and reload from the first page (a reset: the loaded row count changes)."""
        if self._table is None or not 0 <= column < len(self._columns):
            return
        self.beginResetModel()
        self._sort = (column, order)
        self._rows, self._row_of_id = [], {}
        self._fetch_page()
        self._end_reset()

    @property
    def sort_state(self) -> tuple[str, bool] | None:
        """(column name, descending) or None for the natural id order."""
        if self._sort is None:
            return None
        return self._columns[self._sort[0]][0], self._sort[1] == Qt.SortOrder.DescendingOrder

    # -- ids ----------------------------------------------------------------------------------------
    def id_at(self, row: int):
        return self._rows[row][0] if 0 <= row < len(self._rows) else None

    def row_of_id(self, fid) -> int | None:
        return self._row_of_id.get(fid)

    def ids_for_rows(self, rows: Iterable[int]) -> list:
        return [self._rows[r][0] for r in sorted(set(rows)) if 0 <= r < len(self._rows)]

    def matching_ids(self) -> list[int]:
        """Every id matching the filter (not only the loaded rows): for "select all"."""
        if self._table is None:
            return []
        w, params = self._where_sql(self._where, self._only_ids)
        rows = self._cur().execute(f"SELECT {quote_ident(self._id_col)} FROM {_source_sql(self._table)}{w}"
                                   f"{self._order_sql()}", params).fetchall()
        return [r[0] for r in rows]

    def position_of_id(self, fid) -> int | None:
        """Row position of ``fid`` in the current filter and order, loaded or not; None when filtered out."""
        if self._table is None:
            return None
        if fid in self._row_of_id:
            return self._row_of_id[fid]
        w, params = self._where_sql(self._where, self._only_ids)
        order = self._order_sql()
        idq = quote_ident(self._id_col)
        row = self._cur().execute(
            f"SELECT n FROM (SELECT {idq} AS _id, row_number() OVER ({order.strip()}) - 1 AS n "
            f"FROM {_source_sql(self._table)}{w}) WHERE _id = ?", [*params, fid]).fetchone()
        return None if row is None else int(row[0])

    def ensure_loaded(self, position: int, max_rows: int = 20_000) -> bool:
        """Fetch pages until row ``position`` is loaded (up to ``max_rows``); True if it is loaded."""
        if position >= max_rows:
            return False
        parent = QModelIndex()
        while len(self._rows) <= position and self.canFetchMore(parent):
            self.fetchMore(parent)
        return position < len(self._rows)

    def set_highlighted(self, ids: Iterable) -> None:
        """Ids drawn in bold (the current feature selection, also when rows are not selected in the view)."""
        self._selected = set(ids)
        if self._rows:
            self.dataChanged.emit(self.index(0, 0), self.index(len(self._rows) - 1, len(self._columns) - 1),
                                  [Qt.ItemDataRole.FontRole])

    # -- Qt model API -------------------------------------------------------------------------------
    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._columns)

    def canFetchMore(self, parent: QModelIndex | QPersistentModelIndex) -> bool:
        return (not parent.isValid() and self._table is not None and not self._announcing_reset
                and len(self._rows) < self._matching)

    def fetchMore(self, parent: QModelIndex | QPersistentModelIndex) -> None:
        if parent.isValid() or self._table is None or self._announcing_reset:
            return
        first = len(self._rows)
        remaining = self._matching - first
        if remaining <= 0:
            return
        w, params = self._where_sql(self._where, self._only_ids)
        sql = (f"SELECT {self._select_list()} FROM {_source_sql(self._table)}{w}{self._order_sql()}"
               f" LIMIT {self.PAGE} OFFSET {first}")
        rows = self._cur().execute(sql, params).fetchall()
        if not rows:
            # the table changed under us (an import replaced rows): resynchronise the count
            self._matching = first
            self.countsChanged.emit(self._matching, self._total)
            return
        self.beginInsertRows(QModelIndex(), first, first + len(rows) - 1)
        self._rows.extend(rows)
        for i, r in enumerate(rows):
            self._row_of_id[r[0]] = first + i
        self.endInsertRows()

    def data(self, index: QModelIndex | QPersistentModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or index.row() >= len(self._rows) or index.column() >= len(self._columns):
            return None
        row = self._rows[index.row()]
        value = row[index.column() + 1]
        if role == Qt.ItemDataRole.DisplayRole:
            return format_value(value)
        if role == Qt.ItemDataRole.ToolTipRole:
            text = format_value(value, max_chars=2000)
            return text if text else None
        if role == Qt.ItemDataRole.TextAlignmentRole:
            typ = self._columns[index.column()][1].upper()
            if typ.startswith(_NUMERIC_PREFIXES):
                return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            return int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.ForegroundRole and value is None:
            return QBrush(QColor(150, 150, 150))
        if role == Qt.ItemDataRole.FontRole and row[0] in self._selected:
            f = QFont()
            f.setBold(True)
            return f
        if role == ID_ROLE:
            return row[0]
        if role == RAW_ROLE:
            return value
        return None

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation == Qt.Orientation.Horizontal:
            if not 0 <= section < len(self._columns):
                return None
            name, typ = self._columns[section]
            if role == Qt.ItemDataRole.DisplayRole:
                return f"{field_label(name)}\n{name}" if has_label(name) and field_label(name) != name else name
            if role == Qt.ItemDataRole.ToolTipRole:
                return self.tr("Column {name} ({type}); use this name in the filter.").format(name=name, type=typ)
            return None
        if role == Qt.ItemDataRole.DisplayRole and 0 <= section < len(self._rows):
            return str(section + 1)
        return None

    def flags(self, index: QModelIndex | QPersistentModelIndex) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable


class AttributeTablePanel(QWidget):
    """The Attribute table dock: filter box, "selected only", selection sync, zoom to feature."""

    zoomToFeaturesRequested = Signal(str, list)     # layer id, feature ids

    def __init__(self, document=None, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("attributeTablePanel")
        self._document = None
        self._layer = None
        self._syncing = False
        self.model: AttributeTableModel | None = None

        self.title = QLabel(self)
        self.title.setObjectName("tableTitle")
        self.counts = QLabel(self)
        self.counts.setObjectName("tableCounts")
        self.filter_edit = QLineEdit(self)
        self.filter_edit.setObjectName("tableFilter")
        self.filter_edit.setClearButtonEnabled(True)
        self.filter_edit.returnPressed.connect(self.apply_filter)
        self.apply_button = QPushButton(self)
        self.apply_button.setObjectName("tableApplyFilter")
        self.apply_button.clicked.connect(self.apply_filter)
        self.selected_only = QCheckBox(self)
        self.selected_only.setObjectName("tableSelectedOnly")
        self.selected_only.toggled.connect(self._on_selected_only)
        self.select_all_button = QToolButton(self)
        self.select_all_button.setObjectName("tableSelectAll")
        self.select_all_button.clicked.connect(self.select_all_matching)
        self.clear_selection_button = QToolButton(self)
        self.clear_selection_button.setObjectName("tableClearSelection")
        self.clear_selection_button.clicked.connect(self.clear_selection)
        self.zoom_button = QToolButton(self)
        self.zoom_button.setObjectName("tableZoomToSelection")
        self.zoom_button.clicked.connect(self.zoom_to_selection)
        self.error_label = QLabel(self)
        self.error_label.setObjectName("tableFilterError")
        self.error_label.setWordWrap(True)
        self.error_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.error_label.setStyleSheet("color: #b00020;")
        self.error_label.hide()
        self.view = QTableView(self)
        self.view.setObjectName("attributeTable")
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.view.setSortingEnabled(False)  # sorting is requested through the header, done in SQL
        self.view.setAlternatingRowColors(True)
        self.view.setWordWrap(False)
        self.view.verticalHeader().setDefaultSectionSize(self.view.fontMetrics().height() + 8)
        self.view.horizontalHeader().setSectionsClickable(True)
        self.view.horizontalHeader().setSortIndicatorShown(True)
        self.view.horizontalHeader().setSortIndicator(-1, Qt.SortOrder.AscendingOrder)
        self.view.horizontalHeader().sortIndicatorChanged.connect(self._on_sort)
        self.view.horizontalHeader().setDefaultAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
        self.view.doubleClicked.connect(self._on_double_clicked)

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
        if self._document is not None:
            self._document.selection.changed.disconnect(self._on_feature_selection)
            self._document.layers.selection.events.active.disconnect(self._on_active_layer)
            self._document.layers.events.removed.disconnect(self._on_layer_removed)
        self._document = document
        self._set_model(None)
        if document is not None:
            self._set_model(AttributeTableModel(document.store, self))
            document.selection.changed.connect(self._on_feature_selection)
            document.layers.selection.events.active.connect(self._on_active_layer)
            document.layers.events.removed.connect(self._on_layer_removed)
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
        self.error_label.hide()
        self.filter_edit.clear()
        self.selected_only.blockSignals(True)
        self.selected_only.setChecked(False)
        self.selected_only.blockSignals(False)
        self.view.horizontalHeader().blockSignals(True)
        self.view.horizontalHeader().setSortIndicator(-1, Qt.SortOrder.AscendingOrder)
        self.view.horizontalHeader().blockSignals(False)
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
    def changeEvent(self, event) -> None:  # noqa: N802
        from PySide6.QtCore import QEvent

        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def retranslate(self) -> None:
        self.filter_label.setText(self.tr("Filter (SQL WHERE):"))
        self.filter_edit.setPlaceholderText(self.tr("e.g. usage = '商業施設' AND measured_height > 20"))
        self.filter_edit.setToolTip(self.tr("An SQL condition on the columns (their names are under the headers). "
                                            "Press Enter to apply; empty shows every feature."))
        self.apply_button.setText(self.tr("Apply"))
        self.selected_only.setText(self.tr("Selected only"))
        self.select_all_button.setText(self.tr("Select all"))
        self.select_all_button.setToolTip(self.tr("Select every feature that matches the filter, also rows not loaded yet"))
        self.clear_selection_button.setText(self.tr("Deselect"))
        self.zoom_button.setText(self.tr("Zoom to selection"))
        if self.model is not None and self.model.columnCount():
            self.model.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, self.model.columnCount() - 1)
        self._update_counts()

    # -- filter, sort -------------------------------------------------------------------------------
    def apply_filter(self) -> bool:
        if self.model is None or self.model.table is None:
            return False
        ok = self.model.set_filter(self.filter_edit.text())
        if ok:
            self._resize_columns()
        return ok

    def _show_error(self, text: str) -> None:
        if text:
            self.error_label.setText(self.tr("The filter was not applied: {error}").format(error=text))
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

    def _on_double_clicked(self, index: QModelIndex) -> None:
        if self.model is None or self._layer is None:
            return
        fid = self.model.id_at(index.row())
        if fid is not None:
            self.zoomToFeaturesRequested.emit(self._layer.id, [fid])

    def _update_counts(self, *args) -> None:
        if self._layer is None or self.model is None or self.model.table is None:
            self.title.setText(self.tr("No layer with attributes selected"))
            self.counts.setText("")
            for w in (self.filter_edit, self.apply_button, self.selected_only, self.select_all_button,
                      self.clear_selection_button, self.zoom_button):
                w.setEnabled(False)
            return
        for w in (self.filter_edit, self.apply_button, self.selected_only, self.select_all_button,
                  self.clear_selection_button, self.zoom_button):
            w.setEnabled(True)
        self.title.setText(f"<b>{self._layer.name}</b>")
        n_sel = len(self.selected_ids())
        self.counts.setText(self.tr("{matching} of {total} features shown, {selected} selected").format(
            matching=f"{self.model.matching_count:,}", total=f"{self.model.total_count:,}", selected=f"{n_sel:,}"))
        self.zoom_button.setEnabled(n_sel > 0)
        self.clear_selection_button.setEnabled(n_sel > 0)
