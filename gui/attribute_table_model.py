"""The attribute table's Qt model: rows of one DuckDB table or query, filtered and sorted in SQL, loaded page by page.

The model never loads a whole table: it counts the matching rows, then fetches pages of :attr:`PAGE` rows
with ``LIMIT/OFFSET`` when the view asks (``canFetchMore``/``fetchMore``, i.e. when the user scrolls down).
Sorting and filtering happen in SQL. The filter is an SQL ``WHERE`` clause; an invalid clause is reported
(``filterErrorChanged``) and leaves the model as it was. The panel around it is
:class:`gui.attribute_table.AttributeTablePanel`.
"""

from __future__ import annotations

import contextlib
from collections.abc import Iterable, Iterator, Sequence
from typing import Any

import duckdb
from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt, Signal
from PySide6.QtGui import QBrush, QColor

from gui.fields import field_label, format_value, has_label
from gui.filter_example import filter_example
from gui.qt_helpers import bold_font, read_only_flags
from twin.document import quote_ident
from twin.store import Store


_HIDDEN_TYPES = ("GEOMETRY", "BLOB", "BYTEA", "WKB_BLOB")
_NUMERIC_PREFIXES = ("TINYINT", "SMALLINT", "INTEGER", "BIGINT", "HUGEINT", "UTINYINT", "USMALLINT", "UINTEGER",
                     "UBIGINT", "FLOAT", "DOUBLE", "DECIMAL", "REAL")
_SCALAR_PREFIXES = _NUMERIC_PREFIXES + ("VARCHAR", "BOOLEAN", "DATE", "TIMESTAMP", "TIME", "INTERVAL", "UUID")
_ZONED_TIMESTAMPS = ("TIMESTAMP WITH TIME ZONE", "TIMESTAMPTZ")

ID_ROLE = Qt.ItemDataRole.UserRole + 1
RAW_ROLE = Qt.ItemDataRole.UserRole + 2


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
        with self._reloading():
            self._table = table
            self._id_col = id_column
            self._where = ""
            self._only_ids = None
            self._sort = None
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
            t = typ.upper()
            if t in _ZONED_TIMESTAMPS:     # in Japan time, as the time bar shows it (and no pytz needed)
                items.append(f"timezone('Asia/Tokyo', {q})")
            else:
                items.append(q if t.startswith(_SCALAR_PREFIXES) else f"CAST({q} AS VARCHAR)")
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

    def _select_rows(self, where: str, limit: int, offset: int = 0) -> list[tuple]:
        """``(id, *values)`` rows matching ``where`` (and "selected only") in the current order."""
        w, params = self._where_sql(where, self._only_ids)
        sql = (f"SELECT {self._select_list()} FROM {_source_sql(self._table)}{w}{self._order_sql()}"
               f" LIMIT {int(limit)} OFFSET {int(offset)}")
        return self._cur().execute(sql, params).fetchall()

    def _append_rows(self, rows: list[tuple]) -> None:
        base = len(self._rows)
        self._rows.extend(rows)
        for i, r in enumerate(rows):
            self._row_of_id[r[0]] = base + i

    def _fetch_page(self) -> None:
        if self._table is not None and len(self._rows) < self._matching:
            self._append_rows(self._select_rows(self._where, self.PAGE, len(self._rows)))

    @contextlib.contextmanager
    def _reloading(self) -> Iterator[None]:
        """A model reset around a change of source, filter, subset or order; the first page is loaded again."""
        self.beginResetModel()
        self._rows, self._row_of_id = [], {}
        try:
            yield
            self._fetch_page()
        finally:
            self._end_reset()

    def filter_example(self) -> str | None:
        """An example WHERE clause on this table's own columns and values (None without a table)."""
        return filter_example(self._cur(), _source_sql(self._table), self._columns) if self._table else None

    def from_sql(self) -> tuple[str, str, list] | None:
        """(FROM item, WHERE clause with the filter and "selected only", its parameters) of the rows shown."""
        if self._table is None:
            return None
        w, params = self._where_sql(self._where, self._only_ids)
        return _source_sql(self._table), w, params

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
                self._select_rows(where, 1)
        except (duckdb.Error, FilterError) as exc:
            self.filter_error = str(exc).strip()
            self.filterErrorChanged.emit(self.filter_error)
            return False
        with self._reloading():
            self._where = where
            self._matching = matching
        self.filter_error = ""
        self.filterErrorChanged.emit("")
        self.countsChanged.emit(self._matching, self._total)
        return True

    def set_only_ids(self, ids: Iterable[int] | None) -> None:
        """Restrict the rows to ``ids`` ("show selected only"); ``None`` shows all matching rows."""
        if self._table is None:
            return
        only = None if ids is None else sorted({int(i) for i in ids})
        matching = self._count(self._where, only)
        with self._reloading():
            self._only_ids = only
            self._matching = matching
        self.countsChanged.emit(self._matching, self._total)

    @property
    def only_ids(self) -> list[int] | None:
        return None if self._only_ids is None else list(self._only_ids)

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        """Sort in SQL and reload from the first page (a reset: the loaded row count changes)."""
        if self._table is None or not 0 <= column < len(self._columns):
            return
        with self._reloading():
            self._sort = (column, order)

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
        if first >= self._matching:
            return
        rows = self._select_rows(self._where, self.PAGE, first)
        if not rows:
            # the table changed under us (an import replaced rows): resynchronise the count
            self._matching = first
            self.countsChanged.emit(self._matching, self._total)
            return
        self.beginInsertRows(QModelIndex(), first, first + len(rows) - 1)
        self._append_rows(rows)
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
            return bold_font()
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
        return read_only_flags(index)


__all__ = ["AttributeTableModel", "FilterError", "ID_ROLE", "RAW_ROLE"]
