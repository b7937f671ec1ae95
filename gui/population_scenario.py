"""The Population panel's scenario what-if: the catchment's forecast with and without a scenario's residents.

:class:`ScenarioChoice` is the panel's *Scenario* row (none, or a scenario of the project,
:func:`twin.scenarios.list_scenarios`). :func:`forecast` runs :func:`twin.scenario_population.forecast_with_scenario`
for the catchment shown (any thread); its :class:`ScenarioForecast` gives the table's *With scenario* column and
the chart's *with <scenario>* line. The scenario's net new homes × persons per unit are added by its phase dates
from this year on; they are not split by age (the pyramids stay as they are).
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QComboBox, QHBoxLayout, QLabel, QWidget

from gui.qt_helpers import Retranslatable, refill_combo
from twin.errors import TwinError
from twin.scenario_metrics import PERSONS_PER_UNIT


@dataclass(frozen=True)
class ScenarioForecast:
    """The catchment's forecast with scenario ``name``: ``rows`` of
    :data:`twin.scenario_population.COLUMNS`, or ``problem`` (why there are none)."""

    name: str
    rows: tuple[dict[str, Any], ...] = ()
    persons_per_unit: float = PERSONS_PER_UNIT
    from_year: int = 0
    problem: str = ""

    def totals(self) -> dict[int, float]:
        """Year → the total with the scenario's residents."""
        return {int(r["year"]): float(r["with"]) for r in self.rows}


def scenario_stamp(store: Any) -> str:
    """What a forecast with a scenario depends on besides the population: the scenarios' active edits."""
    if not store.existing_tables(["scenario_edits"]):
        return ""
    row = store.query("SELECT count(*), max(id), sum(CASE WHEN active THEN id ELSE 0 END) FROM scenario_edits")[0]
    return ":".join(str(v) for v in row)


def scenario_names(store: Any) -> list[str]:
    """The project's scenarios by id (none when it has no scenario tables)."""
    if store is None or not store.existing_tables(["scenarios"]):
        return []
    from twin.scenarios import list_scenarios
    return [s["name"] for s in list_scenarios(store)]


def forecast(store: Any, name: str, wkt: str, method: str, *,
             persons_per_unit: float = PERSONS_PER_UNIT) -> ScenarioForecast:
    """The forecast of the catchment ``wkt`` (project CRS) apportioned by ``method``, with scenario ``name``."""
    from twin.scenario_population import forecast_with_scenario
    year = dt.date.today().year
    try:
        rows = forecast_with_scenario(store, name, catchment=wkt, persons_per_unit=persons_per_unit,
                                      method=method, from_year=year)
    except TwinError as exc:
        return ScenarioForecast(name, persons_per_unit=persons_per_unit, from_year=year, problem=str(exc))
    return ScenarioForecast(name, tuple(rows), persons_per_unit, year)


class ScenarioChoice(Retranslatable, QWidget):
    """*Scenario*: none or one of the project's scenarios; ``changed`` when the user picks another."""

    changed = Signal()

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.label = QLabel(self)
        self.combo = QComboBox(self)
        self.combo.setObjectName("scenarioChoice")
        self.combo.activated.connect(lambda *_: self.changed.emit())
        self._names: list[str] = []
        lay = QHBoxLayout(self)
        lay.setContentsMargins(0, 0, 0, 0)
        lay.addWidget(self.label)
        lay.addWidget(self.combo, 1)
        self.retranslate()

    def name(self) -> str | None:
        """The scenario chosen (None: none)."""
        return self.combo.currentData() or None

    def set_name(self, name: str | None) -> None:
        """Choose ``name`` (None: none) and say so with ``changed``."""
        self.combo.setCurrentIndex(max(self.combo.findData(name or ""), 0))
        self.changed.emit()

    def refill(self, store: Any) -> None:
        """The project's scenarios again (the choice is kept while the scenario exists)."""
        self._names = scenario_names(store)
        self.setVisible(bool(self._names))
        refill_combo(self.combo, [("", self.tr("None")), *((n, n) for n in self._names)])

    def note(self, f: ScenarioForecast) -> str:
        """The what-if footnote of forecast ``f``."""
        return self.tr("What-if: the residents of {name} (its net new homes × {ppu:g} persons per unit, by its phase "
                       "dates from {year}) added to the forecast; not split by age.").format(
            name=f.name, ppu=f.persons_per_unit, year=f.from_year)

    def retranslate(self) -> None:
        self.label.setText(self.tr("Scenario"))
        self.combo.setToolTip(self.tr("Add a scenario's residents to the catchment's forecast: a what-if (its net "
                                      "new homes × persons per unit, by its phase dates; not split by age)"))
        refill_combo(self.combo, [("", self.tr("None")), *((n, n) for n in self._names)])


__all__ = ["ScenarioChoice", "ScenarioForecast", "forecast", "scenario_names", "scenario_stamp"]
