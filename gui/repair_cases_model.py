"""The Road Damage panel's work list: a Qt table model over ``repair_cases`` (written by the analysis
``repair-priority``, :mod:`twin.repairs`), ranked by priority, filtered in SQL, sorted in Python.

One row per case: rank (1 = highest priority among the rows shown), case id, priority, status, worst damage
class, report count, first and last report (Japan time), road name and work package. Labels of statuses and
classes come from the theme registry in the UI language; the status column is drawn as a coloured chip by
:class:`StatusChipDelegate` (colours of the theme, as on the map: red 受付済, orange-yellow 対応中,
green 対応済).

:class:`CaseFilter` says which cases are listed: statuses, a damage class, a work package and a time window.
A case is inside the window when it was first reported in it (a case without a time always is): the rule of the
clock for instants (:func:`twin.clock.time_mask`) on ``first_reported``, so at a clock time the list holds the
cases the map's ``repair_cases`` layer shows.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, QRectF, QSize, Qt
from PySide6.QtGui import QColor, QPainter
from PySide6.QtWidgets import QStyle, QStyledItemDelegate, QStyleOptionViewItem

from gui.fields import value_label
from gui.qt_helpers import read_only_flags
from gui.time_bar import to_qdatetime
from twin.themes.road_damage import STATUS_COLORS, STATUSES

CASE_ID_ROLE = Qt.ItemDataRole.UserRole + 1
STATUS_ROLE = Qt.ItemDataRole.UserRole + 2      # the stored status (受付済 …) of the row
SORT_ROLE = Qt.ItemDataRole.UserRole + 3

COLUMNS = ("rank", "case_id", "priority", "status", "worst_class", "report_count", "first_reported",
           "last_reported", "road", "package")
_NUMERIC = {"rank", "case_id", "priority", "report_count"}
NO_CLASS = ""           # CaseFilter.damage_class for cases without a class (citizen reports only)


@dataclass(frozen=True)
class CaseFilter:
    """Which cases the work list shows. ``statuses`` None: every status; ``damage_class`` None: any
    (:data:`NO_CLASS`: cases without a class); ``package`` None: every work package; ``start``/``end``: the time
    window (None: open on that side)."""

    statuses: frozenset[str] | None = None
    damage_class: str | None = None
    package: str | None = None
    start: dt.datetime | None = None
    end: dt.datetime | None = None

    def where(self) -> tuple[str, list[Any]]:
        """The SQL condition on ``repair_cases AS c`` and its parameters."""
        conds, params = ["TRUE"], []
        if self.statuses is not None:
            conds.append("list_contains(?::VARCHAR[], coalesce(c.status, '受付済'))")
            params.append(sorted(self.statuses))
        if self.damage_class is not None:
            if self.damage_class == NO_CLASS:
                conds.append("c.worst_class IS NULL")
            else:
                conds.append("c.worst_class = ?")
                params.append(self.damage_class)
        if self.package is not None:
            conds.append("c.package = ?")
            params.append(self.package)
        if self.start is not None or self.end is not None:
            window = []
            if self.start is not None:
                window.append("c.first_reported >= ?")
                params.append(self.start)
            if self.end is not None:
                window.append("c.first_reported <= ?")
                params.append(self.end)
            conds.append(f"(c.first_reported IS NULL OR ({' AND '.join(window)}))")
        return " AND ".join(conds), params


@dataclass
class CaseRow:
    """One case of the list (``x``, ``y``: its point in the project CRS)."""

    rank: int
    case_id: int
    priority: float
    status: str
    worst_class: str | None
    report_count: int
    first_reported: dt.datetime | None
    last_reported: dt.datetime | None
    road: str | None
    segment_id: int | None
    package: str | None
    x: float | None
    y: float | None

    def value(self, column: str) -> Any:
        return getattr(self, column)


def case_columns(store: Any) -> set[str]:
    """Columns of ``repair_cases`` in this project (an older project may lack ``package``)."""
    return {r[0] for r in store.query("SELECT column_name FROM information_schema.columns "
                                      "WHERE table_schema = 'main' AND table_name = 'repair_cases'")}


def load_cases(store: Any, flt: CaseFilter) -> list[CaseRow]:
    """The cases matching ``flt``, highest priority first (ties: lower case id first), ranked 1, 2, …"""
    cols = case_columns(store)
    if not cols:
        return []
    has_segments = bool(store.existing_tables(["road_segments"]))
    package = "c.package" if "package" in cols else "NULL"
    road = "s.name" if has_segments else "NULL"
    join = "LEFT JOIN road_segments s ON s.id = c.segment_id" if has_segments else ""
    where, params = flt.where()
    rows = store.query(
        f"SELECT c.case_id, c.priority, coalesce(c.status, '受付済'), c.worst_class, c.report_count, "
        f"c.first_reported, c.last_reported, {road}, c.segment_id, {package}, "
        f"CASE WHEN c.geom IS NULL THEN NULL ELSE ST_X(c.geom) END, "
        f"CASE WHEN c.geom IS NULL THEN NULL ELSE ST_Y(c.geom) END "
        f"FROM repair_cases c {join} WHERE {where} ORDER BY c.priority DESC NULLS LAST, c.case_id", params)
    return [CaseRow(i + 1, int(r[0]), float(r[1] or 0.0), r[2], r[3], int(r[4] or 0), r[5], r[6], r[7],
                    None if r[8] is None else int(r[8]), r[9], r[10], r[11]) for i, r in enumerate(rows)]


def distinct_values(store: Any, column: str) -> list[str]:
    """The non-null values of a ``repair_cases`` column, sorted (for the class and area filters)."""
    if column not in case_columns(store):
        return []
    return [r[0] for r in store.query(f"SELECT DISTINCT {column} FROM repair_cases WHERE {column} IS NOT NULL "
                                      f"ORDER BY {column}")]


def status_text(status: str) -> str:
    """A status as the UI says it (受付済 / Received)."""
    return value_label("status", status)


def class_text(code: str | None, *, short: bool = False) -> str:
    """``D40 Rutting, bump, pothole, separation`` (``short``: the code only); "—" without a class."""
    if not code:
        return "—"
    label = value_label("damage_class", code)
    return code if short or label == code else f"{code} {label}"


class RepairCasesModel(QAbstractTableModel):
    """See the module docstring. ``reload(store, flt)`` reads the list; ``sort`` keeps the filter."""

    def __init__(self, parent=None):
        super().__init__(parent)
        self._rows: list[CaseRow] = []
        self._sort: tuple[int, Qt.SortOrder] | None = None

    # -- loading --------------------------------------------------------------------------------------------
    def reload(self, store: Any, flt: CaseFilter) -> None:
        """Read the cases matching ``flt`` (an empty list without a store or without cases)."""
        rows = load_cases(store, flt) if store is not None else []
        self.set_rows(rows)

    def set_rows(self, rows: list[CaseRow]) -> None:
        self.beginResetModel()
        self._rows = list(rows)
        if self._sort is not None:
            self._sort_rows(*self._sort)
        self.endResetModel()

    def clear(self) -> None:
        self.set_rows([])

    # -- access -----------------------------------------------------------------------------------------------
    @property
    def rows(self) -> list[CaseRow]:
        return list(self._rows)

    def case_ids(self) -> list[int]:
        """Case ids in the order shown."""
        return [r.case_id for r in self._rows]

    def row_of(self, case_id: int) -> int:
        """The row showing ``case_id``, or −1."""
        return next((i for i, r in enumerate(self._rows) if r.case_id == case_id), -1)

    def case_at(self, row: int) -> CaseRow | None:
        return self._rows[row] if 0 <= row < len(self._rows) else None

    # -- Qt model -----------------------------------------------------------------------------------------------
    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else len(COLUMNS)

    def headers(self) -> list[str]:
        return [self.tr("Rank"), self.tr("Case"), self.tr("Priority"), self.tr("Status"), self.tr("Worst damage"),
                self.tr("Reports"), self.tr("First reported"), self.tr("Last reported"), self.tr("Road"),
                self.tr("Work package")]

    def headerData(self, section: int, orientation: Qt.Orientation,  # noqa: N802
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation != Qt.Orientation.Horizontal or not 0 <= section < len(COLUMNS):
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return self.headers()[section]
        if role == Qt.ItemDataRole.ToolTipRole and COLUMNS[section] == "rank":
            return self.tr("Place in the list by priority (1 = repair first)")
        return None

    def flags(self, index: QModelIndex | QPersistentModelIndex) -> Qt.ItemFlag:
        return read_only_flags(index)

    def data(self, index: QModelIndex | QPersistentModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._rows) or not 0 <= index.column() < len(COLUMNS):
            return None
        row, col = self._rows[index.row()], COLUMNS[index.column()]
        if role == Qt.ItemDataRole.DisplayRole:
            return self._text(row, col)
        if role == CASE_ID_ROLE:
            return row.case_id
        if role == STATUS_ROLE:
            return row.status
        if role == SORT_ROLE:
            return _sort_key(row, col)[1]
        if role == Qt.ItemDataRole.TextAlignmentRole:
            if col in _NUMERIC:
                return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            return int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.ToolTipRole:
            if col == "worst_class":
                return class_text(row.worst_class)
            if col == "status":
                return row.status
            if col == "road" and row.segment_id is not None:
                return self.tr("Road segment {id}").format(id=row.segment_id)
            return None
        if role == Qt.ItemDataRole.BackgroundRole and col == "status":
            return QColor(STATUS_COLORS.get(row.status, "#808080"))
        return None

    def _text(self, row: CaseRow, col: str) -> str:
        v = row.value(col) if col != "road" else row.road
        if col == "priority":
            return f"{row.priority:.1f}"
        if col == "status":
            return status_text(row.status)
        if col == "worst_class":
            return class_text(row.worst_class, short=False)
        if col in ("first_reported", "last_reported"):
            return self.format_time(v)
        if col == "road":
            return row.road or (self.tr("Segment {id}").format(id=row.segment_id) if row.segment_id is not None
                                else "—")
        return "—" if v is None else str(v)

    def format_time(self, t: dt.datetime | None) -> str:
        """A time in Japan time, as the time bar writes it."""
        return to_qdatetime(t).toString(self.tr("yyyy-MM-dd HH:mm")) if t is not None else "—"

    # -- sorting ---------------------------------------------------------------------------------------------------
    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        if not 0 <= column < len(COLUMNS):
            return
        self.layoutAboutToBeChanged.emit()
        persistent = self.persistentIndexList()
        ids = [self._rows[i.row()].case_id if i.isValid() and i.row() < len(self._rows) else None
               for i in persistent]
        self._sort = (column, order)
        self._sort_rows(column, order)
        new_row = {r.case_id: i for i, r in enumerate(self._rows)}
        self.changePersistentIndexList(
            persistent, [self.index(new_row[cid], p.column()) if cid in new_row else QModelIndex()
                         for p, cid in zip(persistent, ids)])
        self.layoutChanged.emit()

    def _sort_rows(self, column: int, order: Qt.SortOrder) -> None:
        col = COLUMNS[column]
        desc = order == Qt.SortOrder.DescendingOrder
        known = [r for r in self._rows if _sort_key(r, col)[0] == 0]
        unknown = [r for r in self._rows if _sort_key(r, col)[0] != 0]
        known.sort(key=lambda r: r.rank)
        known.sort(key=lambda r: _sort_key(r, col)[1], reverse=desc)        # stable: equal values keep the rank
        self._rows = known + sorted(unknown, key=lambda r: r.rank)     # no value: always last


def _sort_key(row: CaseRow, col: str) -> tuple[int, Any]:
    """(0, value) to sort by, (1, None) for a missing value."""
    if col == "status":
        return 0, STATUSES.index(row.status) if row.status in STATUSES else 0
    if col == "road":
        return (0, row.road) if row.road else (1, None)
    v = row.value(col)
    if v is None:
        return 1, None
    if isinstance(v, dt.datetime):
        return 0, v.timestamp()
    return 0, v


class StatusChipDelegate(QStyledItemDelegate):
    """Draws the status column as a rounded chip in the status colour with its label."""

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: QModelIndex) -> None:
        status = index.data(STATUS_ROLE)
        if status is None:
            super().paint(painter, option, index)
            return
        opt = QStyleOptionViewItem(option)
        self.initStyleOption(opt, index)
        opt.text = ""
        opt.backgroundBrush = Qt.BrushStyle.NoBrush
        style = opt.widget.style() if opt.widget is not None else None
        if style is not None:
            style.drawControl(QStyle.ControlElement.CE_ItemViewItem, opt, painter, opt.widget)
        painter.save()
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        color = QColor(STATUS_COLORS.get(status, "#808080"))
        text = index.data(Qt.ItemDataRole.DisplayRole) or ""
        fm = option.fontMetrics
        r = option.rect.adjusted(3, 3, -3, -3)
        width = min(r.width(), fm.horizontalAdvance(text) + 16)
        chip = QRectF(r.x(), r.y(), width, r.height())
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(color)
        painter.drawRoundedRect(chip, chip.height() / 2, chip.height() / 2)
        painter.setPen(QColor(chip_text_color(color)))
        painter.drawText(chip, Qt.AlignmentFlag.AlignCenter, text)
        painter.restore()

    def sizeHint(self, option: QStyleOptionViewItem, index: QModelIndex) -> QSize:  # noqa: N802
        s = super().sizeHint(option, index)
        return QSize(s.width() + 16, s.height())


def chip_text_color(color: QColor) -> str:
    """Black on light colours (対応中's yellow), white on dark ones (red, green)."""
    return "#202020" if color.lightnessF() > 0.6 else "#ffffff"


__all__ = ["CASE_ID_ROLE", "COLUMNS", "CaseFilter", "CaseRow", "NO_CLASS", "RepairCasesModel", "STATUS_ROLE",
           "StatusChipDelegate", "case_columns", "chip_text_color", "class_text", "distinct_values", "load_cases",
           "status_text"]
