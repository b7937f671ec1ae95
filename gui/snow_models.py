"""The Snow panel's tables: Qt table models over the tables the analysis ``snow-coverage`` writes
(:mod:`twin.snow_coverage`, schema in ``twin/themes/snow_sql/0002_coverage.sql``).

* :class:`ServiceLevelModel`: one row per route tier from ``snow_service_levels``: tier, target (h), segments,
  length (km), served within target (km and % of the length).
* :class:`SnowSegmentsModel`: priority segments from ``snow_segment_coverage`` with their road
  (``road_segments``): the **missed** ones (never served in the storm window), the **late** ones (first served
  after the tier's target), or the ones **still unploughed at a moment** (not served before the twin's clock time,
  :class:`SegmentFilter` ``until``). Tier, road name, segment, length, target, first served, hours late.
* :class:`VehicleSummaryModel`: one row per vehicle from ``snow_vehicle_summary``: trips, km ploughed, km deadhead,
  working and idle hours, segments served.

The models are read-only, sortable (a missing value sorts last) and keep each row's extra facts (a segment's
bounding box for zoom-to) reachable through :meth:`SnowTableModel.row_at`. Times are shown in Japan time.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, fields
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QCoreApplication, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QColor

from gui.fields import value_label
from gui.qt_helpers import read_only_flags
from gui.time_bar import to_qdatetime

KEY_ROLE = Qt.ItemDataRole.UserRole + 1        # the row's key: tier, segment id or vehicle id
SORT_ROLE = Qt.ItemDataRole.UserRole + 2       # the value a column sorts by

# tier colours of the chart and the service-level table (1 = the most urgent routes)
TIER_COLORS = {1: "#c0392b", 2: "#e67e22", 3: "#2e86c1"}
OTHER_TIER_COLOR = "#7f8c8d"


def tier_color(tier: int | None) -> str:
    return TIER_COLORS.get(int(tier) if tier is not None else -1, OTHER_TIER_COLOR)


# -- rows -------------------------------------------------------------------------------------------------------------

@dataclass(frozen=True)
class TierLevel:
    """The service level of one route tier (a row of ``snow_service_levels``)."""

    tier: int
    target_h: float | None
    segments: int
    length_km: float
    served_km: float | None
    served_within_target_km: float | None
    served_within_target_pct: float | None

    @property
    def key(self) -> int:
        return self.tier


@dataclass(frozen=True)
class SegmentRow:
    """One segment of the missed / late lists; ``bounds`` = (x0, x1, y0, y1) of its line in the project CRS."""

    segment_id: int
    tier: int | None
    road: str | None
    road_class: str | None
    length_m: float | None
    target_h: float | None
    passes: int
    first_served: dt.datetime | None
    last_served: dt.datetime | None
    state: str | None
    late_h: float | None
    bounds: tuple[float, float, float, float] | None

    @property
    def key(self) -> int:
        return self.segment_id


@dataclass(frozen=True)
class VehicleRow:
    """The work of one vehicle over the storm window (a row of ``snow_vehicle_summary``)."""

    vehicle_id: str
    trips: int | None
    km_ploughed: float | None
    km_deadhead: float | None
    working_h: float | None
    idle_h: float | None
    segments_served: int | None

    @property
    def key(self) -> str:
        return self.vehicle_id


# -- reading the store ------------------------------------------------------------------------------------------------

def _has(store: Any, *tables: str) -> bool:
    return store is not None and len(store.existing_tables(list(tables))) == len(tables)


def load_service_levels(store: Any) -> list[TierLevel]:
    """The service level per tier, tier 1 first (empty before the analysis ran)."""
    if not _has(store, "snow_service_levels"):
        return []
    rows = store.query("SELECT tier, target_h, segments, length_km, served_km, served_within_target_km, "
                       "served_within_target_pct FROM snow_service_levels ORDER BY tier")
    return [TierLevel(int(r[0]), r[1], int(r[2] or 0), float(r[3] or 0.0), r[4], r[5], r[6]) for r in rows]


@dataclass(frozen=True)
class SegmentFilter:
    """Which segments a :class:`SnowSegmentsModel` lists: ``state`` ``missed`` or ``late`` (as the analysis
    classified them), or, with ``until`` set, every tiered segment not served before that moment (first served
    later, or never); ``tier`` None: every tier."""

    state: str = "missed"
    tier: int | None = None
    until: dt.datetime | None = None

    def where(self) -> tuple[str, list[Any]]:
        """The SQL condition on ``snow_segment_coverage AS c`` and its parameters."""
        conds, params = ["c.tier IS NOT NULL"], []
        if self.until is not None:
            conds.append("(c.first_served IS NULL OR c.first_served > ?)")
            params.append(self.until)
        else:
            conds.append("c.state = ?")
            params.append(self.state)
        if self.tier is not None:
            conds.append("c.tier = ?")
            params.append(int(self.tier))
        return " AND ".join(conds), params


def load_segments(store: Any, flt: SegmentFilter, window_start: dt.datetime | None = None) -> list[SegmentRow]:
    """The segments matching ``flt``: tier 1 first, then the longest first. ``late_h``: how many hours after its
    target (counted from ``window_start``, the storm's start) a segment was first served (None: in time or never)."""
    if not _has(store, "snow_segment_coverage"):
        return []
    roads = _has(store, "road_segments")
    join = "LEFT JOIN road_segments s ON s.id = c.segment_id" if roads else ""
    road = "s.name, s.road_class" if roads else "NULL, NULL"
    box = ("ST_XMin(s.geom), ST_XMax(s.geom), ST_YMin(s.geom), ST_YMax(s.geom)" if roads
           else "NULL, NULL, NULL, NULL")
    where, params = flt.where()
    rows = store.query(
        f"SELECT c.segment_id, c.tier, c.length_m, c.target_h, c.passes, c.first_served, c.last_served, c.state, "
        f"{road}, {box} FROM snow_segment_coverage c {join} WHERE {where} "
        f"ORDER BY c.tier, c.length_m DESC NULLS LAST, c.segment_id", params)
    out = []
    for (sid, tier, length, target, passes, first, last, state, name, cls, *box) in rows:
        late = None
        if window_start is not None and first is not None and target is not None:
            hours = (first - window_start).total_seconds() / 3600.0 - float(target)
            late = hours if hours > 0 else None
        bounds = None if box[0] is None else tuple(float(v) for v in box)
        out.append(SegmentRow(int(sid), None if tier is None else int(tier), name, cls, length, target,
                              int(passes or 0), first, last, state, late, bounds))
    return out


def load_vehicles(store: Any) -> list[VehicleRow]:
    """The work per vehicle, the one that ploughed most first."""
    if not _has(store, "snow_vehicle_summary"):
        return []
    rows = store.query("SELECT vehicle_id, trips, km_ploughed, km_deadhead, working_h, idle_h, segments_served "
                       "FROM snow_vehicle_summary ORDER BY km_ploughed DESC NULLS LAST, vehicle_id")
    return [VehicleRow(str(r[0]), r[1], r[2], r[3], r[4], r[5], r[6]) for r in rows]


# -- models -----------------------------------------------------------------------------------------------------------

class SnowTableModel(QAbstractTableModel):
    """A read-only, sortable table of dataclass rows; subclasses name the ``COLUMNS`` (fields of the row) and
    their headers, and may format a column in :meth:`text`."""

    COLUMNS: tuple[str, ...] = ()
    NUMERIC: frozenset[str] = frozenset()

    def __init__(self, parent=None):
        super().__init__(parent)
        self._rows: list[Any] = []
        self._order: list[Any] = []          # rows in load order (ties keep it when sorting)
        self._sort: tuple[int, Qt.SortOrder] | None = None

    # -- loading and access ------------------------------------------------------------------------------------
    def set_rows(self, rows: list[Any]) -> None:
        self.beginResetModel()
        self._order = list(rows)
        self._rows = list(rows)
        if self._sort is not None:
            self._sort_rows(*self._sort)
        self.endResetModel()

    def clear(self) -> None:
        self.set_rows([])

    @property
    def rows(self) -> list[Any]:
        return list(self._rows)

    def keys(self) -> list[Any]:
        """The rows' keys in the order shown."""
        return [r.key for r in self._rows]

    def row_at(self, row: int) -> Any:
        return self._rows[row] if 0 <= row < len(self._rows) else None

    def row_of(self, key: Any) -> int:
        """The row showing ``key``, or −1."""
        return next((i for i, r in enumerate(self._rows) if r.key == key), -1)

    # -- Qt model ------------------------------------------------------------------------------------------------
    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else len(self.COLUMNS)

    def headers(self) -> list[str]:  # pragma: no cover - every subclass defines it
        raise NotImplementedError

    def headerData(self, section: int, orientation: Qt.Orientation,  # noqa: N802
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation != Qt.Orientation.Horizontal or not 0 <= section < len(self.COLUMNS):
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return self.headers()[section]
        if role == Qt.ItemDataRole.ToolTipRole:
            return self.header_tip(self.COLUMNS[section])
        return None

    def header_tip(self, column: str) -> str | None:
        return None

    def flags(self, index: QModelIndex | QPersistentModelIndex) -> Qt.ItemFlag:
        return read_only_flags(index)

    def data(self, index: QModelIndex | QPersistentModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._rows) \
                or not 0 <= index.column() < len(self.COLUMNS):
            return None
        row, col = self._rows[index.row()], self.COLUMNS[index.column()]
        if role == Qt.ItemDataRole.DisplayRole:
            return self.text(row, col)
        if role == KEY_ROLE:
            return row.key
        if role == SORT_ROLE:
            return _sort_key(row, col)[1]
        if role == Qt.ItemDataRole.TextAlignmentRole:
            horizontal = Qt.AlignmentFlag.AlignRight if col in self.NUMERIC else Qt.AlignmentFlag.AlignLeft
            return int(horizontal | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.DecorationRole and col == "tier" and getattr(row, "tier", None) is not None:
            return QColor(tier_color(row.tier))
        return self.extra_data(row, col, role)

    def extra_data(self, row: Any, col: str, role: int) -> Any:
        return None

    def text(self, row: Any, col: str) -> str:
        v = getattr(row, col)
        if v is None:
            return "—"
        if col == "tier":
            return tier_text(v)
        if isinstance(v, float):
            return f"{v:,.1f}"
        if isinstance(v, dt.datetime):
            return format_time(v)
        return str(v)

    # -- sorting ---------------------------------------------------------------------------------------------------
    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        if not 0 <= column < len(self.COLUMNS):
            return
        self.layoutAboutToBeChanged.emit()
        persistent = self.persistentIndexList()
        keys = [self._rows[i.row()].key if i.isValid() and i.row() < len(self._rows) else None for i in persistent]
        self._sort = (column, order)
        self._sort_rows(column, order)
        new_row = {r.key: i for i, r in enumerate(self._rows)}
        self.changePersistentIndexList(
            persistent, [self.index(new_row[k], p.column()) if k in new_row else QModelIndex()
                         for p, k in zip(persistent, keys)])
        self.layoutChanged.emit()

    def _sort_rows(self, column: int, order: Qt.SortOrder) -> None:
        col = self.COLUMNS[column]
        desc = order == Qt.SortOrder.DescendingOrder
        known = [r for r in self._order if _sort_key(r, col)[0] == 0]
        unknown = [r for r in self._order if _sort_key(r, col)[0] != 0]
        known.sort(key=lambda r: _sort_key(r, col)[1], reverse=desc)      # stable: ties keep the load order
        self._rows = known + unknown                                      # no value: always last


def _sort_key(row: Any, col: str) -> tuple[int, Any]:
    v = getattr(row, col)
    if v is None or v == "":
        return 1, None
    if isinstance(v, dt.datetime):
        return 0, v.timestamp()
    return 0, v


def road_text(row: SegmentRow) -> str:
    """The road's name; an unnamed road by its class in brackets (``(県道)``), else ``(unnamed)``."""
    if row.road:
        return row.road
    if row.road_class:
        return f"({value_label('road_class', row.road_class)})"
    return QCoreApplication.translate("SnowSegmentsModel", "(unnamed)")


def tier_text(tier: int) -> str:
    """``Tier 1`` / ``第1次``."""
    return QCoreApplication.translate("SnowTableModel", "Tier {n}").format(n=tier)


def format_time(t: dt.datetime | None, *, date: bool = False) -> str:
    """A time in Japan time as the UI language writes it: month, day and time (``date``: with the year)."""
    if t is None:
        return "—"
    fmt = QCoreApplication.translate("SnowTableModel", "yyyy-MM-dd HH:mm") if date else \
        QCoreApplication.translate("SnowTableModel", "MM-dd HH:mm")
    return to_qdatetime(t).toString(fmt)


class ServiceLevelModel(SnowTableModel):
    """The service level per tier (see the module docstring)."""

    COLUMNS = ("tier", "target_h", "length_km", "served_within_target_pct", "served_within_target_km", "segments")
    NUMERIC = frozenset({"target_h", "segments", "length_km", "served_within_target_km",
                         "served_within_target_pct"})

    def reload(self, store: Any) -> None:
        self.set_rows(load_service_levels(store))

    def headers(self) -> list[str]:
        return [self.tr("Tier"), self.tr("Target (h)"), self.tr("Length (km)"), self.tr("Served in time"),
                self.tr("In time (km)"), self.tr("Segments")]

    def header_tip(self, column: str) -> str | None:
        if column == "served_within_target_pct":
            return self.tr("Share of the tier's length first served within its target after the storm's start")
        return None

    def text(self, row: TierLevel, col: str) -> str:
        if col == "served_within_target_pct":
            return "—" if row.served_within_target_pct is None else f"{row.served_within_target_pct:.1f} %"
        if col == "target_h":
            return "—" if row.target_h is None else f"{row.target_h:g}"
        if col == "segments":
            return f"{row.segments:,}"
        if col in ("length_km", "served_within_target_km"):
            v = getattr(row, col)
            return "—" if v is None else f"{v:,.2f}"
        return super().text(row, col)

    def extra_data(self, row: TierLevel, col: str, role: int) -> Any:
        if col == "served_within_target_pct" and row.served_within_target_pct is not None:
            pct = row.served_within_target_pct
            if role == Qt.ItemDataRole.BackgroundRole:
                return QColor("#d5f0d5" if pct >= 90 else "#fff1c4" if pct >= 60 else "#f8d0cc")
            if role == Qt.ItemDataRole.ForegroundRole:
                return QColor("#202020")
        return None


class SnowSegmentsModel(SnowTableModel):
    """Missed, late or still-unploughed priority segments (see the module docstring)."""

    COLUMNS = ("tier", "road", "segment_id", "length_m", "target_h", "first_served", "late_h")
    NUMERIC = frozenset({"segment_id", "length_m", "target_h", "late_h"})

    def reload(self, store: Any, flt: SegmentFilter, window_start: dt.datetime | None = None) -> None:
        self.set_rows(load_segments(store, flt, window_start) if store is not None else [])

    def segment_ids(self) -> list[int]:
        return self.keys()

    def total_length_m(self) -> float:
        return float(sum(r.length_m or 0.0 for r in self._rows))

    def headers(self) -> list[str]:
        return [self.tr("Tier"), self.tr("Road"), self.tr("Segment"), self.tr("Length (m)"), self.tr("Target (h)"),
                self.tr("First served"), self.tr("Late (h)")]

    def header_tip(self, column: str) -> str | None:
        if column == "late_h":
            return self.tr("Hours after the tier's target (counted from the storm's start) that the segment was "
                           "first served")
        if column == "first_served":
            return self.tr("First pass with the blade down in the storm window (— never)")
        return None

    def text(self, row: SegmentRow, col: str) -> str:
        if col == "road":
            return road_text(row)
        if col == "length_m":
            return "—" if row.length_m is None else f"{row.length_m:,.0f}"
        if col == "target_h":
            return "—" if row.target_h is None else f"{row.target_h:g}"
        if col == "first_served" and row.first_served is None:
            return self.tr("never")
        return super().text(row, col)

    def extra_data(self, row: SegmentRow, col: str, role: int) -> Any:
        if role == Qt.ItemDataRole.ToolTipRole and col == "road":
            return self.tr("Road segment {id}; double-click to zoom to it").format(id=row.segment_id)
        if role == Qt.ItemDataRole.ForegroundRole and col == "first_served" and row.first_served is None:
            return QColor("#b03a2e")
        return None


class VehicleSummaryModel(SnowTableModel):
    """The work of each vehicle (see the module docstring)."""

    COLUMNS = ("vehicle_id", "trips", "km_ploughed", "km_deadhead", "working_h", "idle_h", "segments_served")
    NUMERIC = frozenset(COLUMNS[1:])

    def reload(self, store: Any) -> None:
        self.set_rows(load_vehicles(store))

    def headers(self) -> list[str]:
        return [self.tr("Vehicle"), self.tr("Trips"), self.tr("Ploughed (km)"), self.tr("Deadhead (km)"),
                self.tr("Working (h)"), self.tr("Idle (h)"), self.tr("Segments served")]

    def header_tip(self, column: str) -> str | None:
        return {"km_ploughed": self.tr("Distance driven with the blade down"),
                "km_deadhead": self.tr("Distance driven with the blade up"),
                "idle_h": self.tr("Time standing within trips")}.get(column)

    def text(self, row: VehicleRow, col: str) -> str:
        v = getattr(row, col)
        if isinstance(v, float) and col.endswith("_h"):
            return f"{v:,.2f}"
        return super().text(row, col)


def row_fields(row: Any) -> dict[str, Any]:
    """A row as a dict (for exports and tests)."""
    return {f.name: getattr(row, f.name) for f in fields(row)}


__all__ = ["KEY_ROLE", "SORT_ROLE", "SegmentFilter", "SegmentRow", "ServiceLevelModel", "SnowSegmentsModel",
           "SnowTableModel", "TIER_COLORS", "TierLevel", "VehicleRow", "VehicleSummaryModel", "format_time",
           "load_segments", "load_service_levels", "load_vehicles", "road_text", "row_fields", "tier_color", "tier_text"]
