"""Qt item models of the Scenarios panel: the scenarios of the project, the metrics beside the base, and plain
row tables (zoning violations, neighbours losing winter sun)."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QCoreApplication, QModelIndex, QPersistentModelIndex, Qt

from twin import scenarios

Index = QModelIndex | QPersistentModelIndex



def number(value: Any, digits: int = 1) -> str:
    """A figure as the panel shows it: thousands separators, ``digits`` decimals for non-integers, signed when
    asked by the caller; empty for None."""
    if value is None:
        return ""
    if isinstance(value, (int,)) or (isinstance(value, float) and value.is_integer() and abs(value) >= 100):
        return f"{int(round(value)):,}"
    if isinstance(value, float):
        return f"{value:,.{digits}f}"
    return str(value)


class RowsModel(QAbstractTableModel):
    """A read-only table of dict rows: ``columns`` = [(key, header)]; numbers right-aligned."""

    def __init__(self, columns: Sequence[tuple[str, str]] = (), parent=None):
        super().__init__(parent)
        self.columns = list(columns)
        self.rows: list[dict[str, Any]] = []

    def set_rows(self, rows: Sequence[dict[str, Any]], columns: Sequence[tuple[str, str]] | None = None) -> None:
        self.beginResetModel()
        if columns is not None:
            self.columns = list(columns)
        self.rows = [dict(r) for r in rows]
        self.endResetModel()

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: N802
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: N802
        return 0 if parent.isValid() else len(self.columns)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not (0 <= index.row() < len(self.rows)) \
                or not (0 <= index.column() < len(self.columns)):
            return None
        value = self.rows[index.row()].get(self.columns[index.column()][0])
        if role == Qt.ItemDataRole.DisplayRole:
            return number(value) if isinstance(value, (int, float)) and not isinstance(value, bool) else (
                "" if value is None else str(value))
        if role == Qt.ItemDataRole.TextAlignmentRole and isinstance(value, (int, float)):
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.UserRole:
            return value
        return None

    def headerData(self, section: int, orientation: Qt.Orientation,  # noqa: N802
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if role == Qt.ItemDataRole.DisplayRole and orientation == Qt.Orientation.Horizontal \
                and 0 <= section < len(self.columns):
            return self.columns[section][1]
        return None


class ScenarioListModel(RowsModel):
    """The project's scenarios (name, edits, author, created); :meth:`reload` reads them again."""

    def __init__(self, parent=None):
        super().__init__(parent=parent)
        self.store = None
        self.retranslate()

    def retranslate(self) -> None:
        self.columns = [("name", QCoreApplication.translate("ScenarioModels", "Scenario")),
                        ("edits", QCoreApplication.translate("ScenarioModels", "Edits")),
                        ("author", QCoreApplication.translate("ScenarioModels", "Author")),
                        ("created", QCoreApplication.translate("ScenarioModels", "Created"))]
        self.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, len(self.columns) - 1)

    def set_store(self, store: Any) -> None:
        self.store = store
        self.reload()

    def reload(self) -> None:
        rows = []
        if self.store is not None:
            for s in scenarios.list_scenarios(self.store):
                created = s.get("created_at")
                rows.append({"name": s["name"], "edits": int(s.get("edits") or 0), "author": s.get("author"),
                             "created": created.strftime("%Y-%m-%d %H:%M") if created is not None else None})
        self.set_rows(rows)

    def names(self) -> list[str]:
        return [r["name"] for r in self.rows]

    def row_of(self, name: str) -> int:
        return self.names().index(name) if name in self.names() else -1


#: how the metrics table names each figure
def figure_labels() -> dict[str, str]:
    return {"units": QCoreApplication.translate("ScenarioModels", "Dwelling units"),
            "residents": QCoreApplication.translate("ScenarioModels", "Residents"),
            "jobs": QCoreApplication.translate("ScenarioModels", "Jobs"),
            "coverage_ratio": QCoreApplication.translate("ScenarioModels", "Building coverage ratio (%)"),
            "floor_area_ratio": QCoreApplication.translate("ScenarioModels", "Floor-area ratio (%)"),
            "floor_area_by_usage": QCoreApplication.translate("ScenarioModels", "Floor area (m²)")}


def metric_rows(result: dict[str, Any]) -> list[dict[str, Any]]:
    """Rows (figure, base, scenario, difference) of a :func:`twin.scenario_metrics.compare` result: the floor
    area per usage first (one row each, the total last), then the other figures."""
    labels = figure_labels()
    rows: list[dict[str, Any]] = []
    fa = result.get("floor_area_by_usage") or {}
    usages = sorted(set(fa.get("base") or {}) | set(fa.get("scenario") or {}))
    for u in usages:
        b = (fa.get("base") or {}).get(u, 0.0)
        s = (fa.get("scenario") or {}).get(u, 0.0)
        rows.append({"figure": f"{labels['floor_area_by_usage']}: {u}", "base": b, "scenario": s,
                     "difference": (fa.get("difference") or {}).get(u, s - b)})
    for key in ("units", "residents", "jobs", "coverage_ratio", "floor_area_ratio"):
        fig = result.get(key)
        if isinstance(fig, dict):
            rows.append({"figure": labels[key], "base": fig.get("base"), "scenario": fig.get("scenario"),
                         "difference": fig.get("difference")})
    return rows


def metric_columns() -> list[tuple[str, str]]:
    return [("figure", QCoreApplication.translate("ScenarioModels", "Figure")),
            ("base", QCoreApplication.translate("ScenarioModels", "Base")),
            ("scenario", QCoreApplication.translate("ScenarioModels", "Scenario")),
            ("difference", QCoreApplication.translate("ScenarioModels", "Difference"))]


def violation_columns() -> list[tuple[str, str]]:
    return [("gml_id", QCoreApplication.translate("ScenarioModels", "Building")),
            ("zone", QCoreApplication.translate("ScenarioModels", "Zone")),
            ("what", QCoreApplication.translate("ScenarioModels", "Limit broken")),
            ("limit", QCoreApplication.translate("ScenarioModels", "Limit")),
            ("value", QCoreApplication.translate("ScenarioModels", "Value"))]


def neighbour_columns() -> list[tuple[str, str]]:
    return [("gml_id", QCoreApplication.translate("ScenarioModels", "Building")),
            ("usage", QCoreApplication.translate("ScenarioModels", "Usage")),
            ("gain_h", QCoreApplication.translate("ScenarioModels", "Hours gained")),
            ("base_h", QCoreApplication.translate("ScenarioModels", "Base (h)")),
            ("scenario_h", QCoreApplication.translate("ScenarioModels", "Scenario (h)"))]


__all__ = ["RowsModel", "ScenarioListModel", "figure_labels", "metric_columns", "metric_rows", "neighbour_columns",
           "number", "violation_columns"]
