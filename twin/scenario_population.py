"""A scenario's residents added to a catchment's population forecast: a documented what-if.

For each **projection** year of the imported mesh population (``mesh_population``, kind ``projection``), the
catchment's people without the scenario come from :func:`twin.catchments.summarise` (area share or floor-area
share); the scenario adds its **net new residents** inside the catchment: (scenario units − base units of the
buildings whose centroid lies in it) × persons per unit, with the scenario as it stands on 1 October of that year
(the census reference day; phases with later dates are not built yet). Years before ``from_year`` (default: this
year) get nothing: a proposal does not change the past, and census rows are shown as they are.

**Limits.** The new residents are added on top of the projection, as if they all moved in from outside the
catchment and the projection's own trend did not already expect them; they are not split into age bands (the
forecast's age columns are left as they are); a removal of homes lowers the figure as an addition raises it.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

import numpy as np

from twin import catchments
from twin.building_set import BuildingSet
from twin.errors import TwinError
from twin.scenario_metrics import PERSONS_PER_UNIT, resolve_area
from twin.scenario_view import cursor_of, scenario_buildings

COLUMNS = ("year", "kind", "without", "scenario_residents", "with")


def net_residents(cur: Any, name: str, area: Any, *, at: dt.date, persons_per_unit: float,
                  base: BuildingSet | None = None) -> float:
    """(scenario units − base units) inside ``area`` (a shapely polygon) × persons per unit, on date ``at``
    (``base``: the base buildings, when the caller has them already)."""
    base = base if base is not None else BuildingSet.from_arrow(scenario_buildings(cur, None))
    scen = BuildingSet.from_arrow(scenario_buildings(cur, name, at=at, include_removed=False))
    units = float(np.nansum(scen.units[scen.inside(area)])) - float(np.nansum(base.units[base.inside(area)]))
    return units * persons_per_unit


def _stages(cur: Any, name: str) -> list[dt.date]:
    """The dates on which the scenario changes (its edits' phase dates), in order."""
    rows = cur.execute("SELECT DISTINCT e.phase_date FROM scenario_edits e JOIN scenarios s ON s.id = e.scenario_id "
                       "WHERE s.name = ? AND e.active AND e.phase_date IS NOT NULL ORDER BY 1", [name]).fetchall()
    return [r[0] for r in rows]


def forecast_with_scenario(store: Any, name: str, *, catchment: str = "station-800m",
                           persons_per_unit: float = PERSONS_PER_UNIT, method: str = "area",
                           from_year: int | None = None) -> list[dict[str, Any]]:
    """Rows (:data:`COLUMNS`) per projection year of ``catchment`` (a station catchment, a polygon file or WKT):
    the total without the scenario, the scenario's net new residents there, and the total with them."""
    from_year = dt.date.today().year if from_year is None else from_year
    cur, close = cursor_of(store)
    try:
        label, area = resolve_area(cur, store.crs, catchment)
        if area is None:
            raise TwinError("the population forecast needs a catchment (station-800m, a polygon file or WKT), "
                            "not the whole area")
        rows = [r for r in catchments.summarise(cur, area.wkt, name=label, method=method)
                if r["kind"] == "projection" and r["total"] is not None]
        if not rows:
            raise TwinError(f"no population projection inside {label}: import a mesh population projection "
                            "(MLIT 500 m mesh) first")
        base = BuildingSet.from_arrow(scenario_buildings(cur, None))
        stages = _stages(cur, name)
        by_stage: dict[int, float] = {}           # the scenario only changes at its phase dates: one look each
        out = []
        for r in rows:
            year = int(r["year"])
            at = dt.date(year, 10, 1)
            stage = sum(d <= at for d in stages)
            if year >= from_year and stage not in by_stage:
                by_stage[stage] = net_residents(cur, name, area, at=at, persons_per_unit=persons_per_unit,
                                                base=base)
            add = by_stage[stage] if year >= from_year else 0.0
            out.append({"year": year, "kind": r["kind"], "without": round(r["total"], 1),
                        "scenario_residents": round(add, 1), "with": round(r["total"] + add, 1)})
        return out
    finally:
        if close:
            cur.close()


__all__ = ["COLUMNS", "forecast_with_scenario", "net_residents"]
