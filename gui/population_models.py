"""The Population panel's table: the catchment's population per year as the analysis ``population-catchment``
wrote it (``catchment_population``, :mod:`twin.catchments`): year, total, 0–14, 15–64, 65+, 75+ and the 65+ share.

:class:`CatchmentTotalsModel` is read-only and sortable (:class:`gui.snow_models.SnowTableModel`); the two years
compared are shaded and the clock's year is bold. With a scenario (:meth:`CatchmentTotalsModel.set_scenario`) a
column *With scenario* gives each projection year's total with the scenario's residents (a what-if).
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor

from gui.fields import value_label
from gui.qt_helpers import bold_font
from gui.snow_models import SnowTableModel

COMPARED_COLOR = "#fbf3c9"


@dataclass(frozen=True)
class CatchmentYear:
    """One row of ``catchment_population``."""

    year: int
    kind: str
    total: float | None
    age_0_14: float | None
    age_15_64: float | None
    age_65_plus: float | None
    age_75_plus: float | None
    share_65_plus: float | None
    cells: int | None
    catchment: str = ""
    method: str | None = None
    with_scenario: float | None = None

    @property
    def key(self) -> tuple[int, str]:
        return self.year, self.kind


def load_catchment(store: Any) -> list[CatchmentYear]:
    """The rows of the last catchment run, by year (census before projection within a year)."""
    if store is None or not store.existing_tables(["catchment_population"]):
        return []
    cols = {r[0] for r in store.query("SELECT column_name FROM duckdb_columns() "
                                      "WHERE table_name = 'catchment_population'")}
    method = "method" if "method" in cols else "NULL"
    rows = store.query(f"SELECT year, kind, total, age_0_14, age_15_64, age_65_plus, age_75_plus, share_65_plus, "
                       f"cells, catchment, {method} FROM catchment_population ORDER BY year, kind")
    return [CatchmentYear(int(r[0]), r[1] or "", *r[2:8], r[8], r[9] or "", r[10]) for r in rows]


class CatchmentTotalsModel(SnowTableModel):
    """The catchment's population per year (see the module docstring)."""

    COLUMNS = ("year", "total", "age_0_14", "age_15_64", "age_65_plus", "age_75_plus", "share_65_plus")
    NUMERIC = frozenset((*COLUMNS, "with_scenario"))

    def __init__(self, parent=None):
        super().__init__(parent)
        self.compared: tuple[int, ...] = ()
        self.clock_year: int | None = None
        self.show_kind = False
        self.scenario: Any = None                     # a gui.population_scenario.ScenarioForecast, or None
        self._base: list[CatchmentYear] = []

    def reload(self, store: Any) -> None:
        self._base = load_catchment(store)
        self.show_kind = len({r.kind for r in self._base}) > 1
        self.set_scenario(self.scenario)

    def set_scenario(self, forecast: Any) -> None:
        """Show the column *With scenario* of ``forecast`` (a :class:`gui.population_scenario.ScenarioForecast`
        with rows; None: no such column)."""
        self.scenario = forecast if forecast is not None and forecast.rows else None
        totals = self.scenario.totals() if self.scenario is not None else {}
        columns = type(self).COLUMNS + (("with_scenario",) if self.scenario is not None else ())
        if columns != self.COLUMNS:
            self.beginResetModel()
            self.COLUMNS = columns
            self.endResetModel()
        self.set_rows([replace(r, with_scenario=totals.get(r.year) if r.kind == "projection" else None)
                       for r in self._base])

    def row_for(self, year: int, kinds: tuple[str, ...] = ("projection", "census")) -> CatchmentYear | None:
        """The row of ``year`` (the projection first, as the chart takes it)."""
        found = [r for r in self._rows if r.year == year]
        found.sort(key=lambda r: kinds.index(r.kind) if r.kind in kinds else len(kinds))
        return found[0] if found else None

    def years(self) -> list[int]:
        return sorted({r.year for r in self._rows})

    def set_marks(self, compared: tuple[int, ...], clock_year: int | None) -> None:
        """Shade the ``compared`` years, bold the ``clock_year``."""
        if (tuple(compared), clock_year) == (self.compared, self.clock_year):
            return
        self.compared, self.clock_year = tuple(compared), clock_year
        if self._rows:
            self.dataChanged.emit(self.index(0, 0), self.index(len(self._rows) - 1, len(self.COLUMNS) - 1),
                                  [Qt.ItemDataRole.BackgroundRole, Qt.ItemDataRole.FontRole])

    def headers(self) -> list[str]:
        return [self.tr("Year"), self.tr("Total"), self.tr("0–14"), self.tr("15–64"), self.tr("65+"), self.tr("75+"),
                self.tr("Share 65+"), self.tr("With scenario")][:len(self.COLUMNS)]

    def header_tip(self, column: str) -> str | None:
        if column == "with_scenario" and self.scenario is not None:
            return self.tr("Total with the residents of {name}: a what-if (net new homes × {ppu:g} persons per unit, "
                           "by phase, from {year}; not split by age)").format(
                name=self.scenario.name, ppu=self.scenario.persons_per_unit, year=self.scenario.from_year)
        return {"total": self.tr("People living in the catchment (cells apportioned by the method chosen)"),
                "share_65_plus": self.tr("People aged 65 and over as a share of the total")}.get(column)

    def text(self, row: CatchmentYear, col: str) -> str:
        v = getattr(row, col)
        if col == "year":
            kind = value_label("kind", row.kind) if self.show_kind and row.kind else ""
            return f"{row.year} {kind}".strip()
        if v is None:
            return "—"
        if col == "share_65_plus":
            return f"{100 * v:.1f} %"
        return f"{v:,.0f}"

    def extra_data(self, row: CatchmentYear, col: str, role: int) -> Any:
        if role == Qt.ItemDataRole.BackgroundRole and row.year in self.compared:
            return QColor(COMPARED_COLOR)
        if role == Qt.ItemDataRole.ForegroundRole and row.year in self.compared:
            return QColor("#202020")
        if role == Qt.ItemDataRole.FontRole and row.year == self.clock_year:
            return bold_font()
        return None


__all__ = ["CatchmentTotalsModel", "CatchmentYear", "load_catchment"]
