"""Planning metrics of a scenario beside the base: floor area by usage, dwelling units, residents, jobs, building
coverage and floor-area ratios over an area, and the zoning check of the proposed buildings.

**The area**: ``station-800m`` (any ``station-<n>m`` or ``station-walk-<n>m``, as the population catchments), a
GeoJSON / GeoPackage file of polygons, a WKT polygon in the project CRS (a polygon drawn in the view), or
``whole`` (every building). A building counts when its footprint's centroid lies in the area.

**Figures** (each for the base, the scenario and the difference):

* ``floor_area_by_usage``: m² per PLATEAU usage (``usage``, else the code; ``不明`` when none): the stated total
  floor area, else footprint × storeys, else footprint × round(height / 3 m) (:mod:`twin.scenario_view`);
* ``units``: dwelling units as stated, else 1 per house (411, 413, 415) and floor area / 70 m² per block of
  flats (412, 414) (:data:`twin.scenario_view.UNITS_SQL`);
* ``residents``: units × ``persons_per_unit`` (default 2.3; editable: Kaga's 2020 census households average
  about 2.5 persons, new flats fewer);
* ``jobs``: floor area / m² of floor per job, by usage (:data:`JOB_FLOOR_M2`, editable): offices 20 m², shops
  40 m², hotels 120 m² (about one job per two rooms), mixed commercial 30 m², public offices 30 m², schools and
  welfare 60 m². These are planning rules of thumb, not survey figures; other usages count no jobs;
* ``coverage_ratio`` and ``floor_area_ratio``: Σ footprint and Σ floor area over the land area, in % (gross: the
  area includes roads; ``whole`` uses the bounding box of the base buildings). Per site (street block or
  notional lot, see :mod:`twin.zoning_check`) they are in ``sites`` for every proposed building, beside the
  zone's limits, and breaches are in ``violations``; ``blocks`` gives both ratios, base and scenario, for every
  street block an edit touches (added, changed or removed buildings).
"""

from __future__ import annotations

import datetime as dt
from typing import Any

import numpy as np
import shapely

from twin import catchments
from twin.building_set import BuildingSet
from twin.errors import TwinError
from twin.scenario_view import cursor_of, scenario_buildings
from twin.zoning_check import Sites, check, load_zones, road_blocks, site_values

PERSONS_PER_UNIT = 2.3
#: m² of floor per job, by PLATEAU usage code (see the module docstring)
JOB_FLOOR_M2 = {"401": 20.0, "402": 40.0, "403": 120.0, "404": 30.0, "421": 30.0, "422": 60.0}
FIGURES = ("floor_area_by_usage", "units", "residents", "jobs", "coverage_ratio", "floor_area_ratio")
UNKNOWN_USAGE = "不明"


def resolve_area(cur: Any, crs: str, area: str | None) -> tuple[str, Any]:
    """(name, shapely polygon or None for ``whole``) of an area given as a station catchment, a file or WKT."""
    if area is None or area.strip().lower() in ("whole", "all", ""):
        return "whole", None
    text = area.strip()
    if text.upper().startswith(("POLYGON", "MULTIPOLYGON")):
        return "polygon", shapely.from_wkt(catchments.wkt_catchment(text))
    name, wkt = catchments.resolve(text, crs, cur=cur)
    return name, shapely.from_wkt(wkt)


def metrics(b: BuildingSet, area: Any, *, land_m2: float, persons_per_unit: float = PERSONS_PER_UNIT,
            job_floor_m2: dict[str, float] | None = None) -> dict[str, Any]:
    """The figures of one set of buildings inside ``area`` (None: all) over ``land_m2`` of land."""
    ratios = JOB_FLOOR_M2 if job_floor_m2 is None else job_floor_m2
    idx = b.inside(area)
    fa = np.nan_to_num(b.floor_area[idx])
    by_usage: dict[str, float] = {}
    jobs = 0.0
    for code, label, f in zip(b.usage_code[idx], b.usage[idx], fa):
        key = label or code or UNKNOWN_USAGE
        by_usage[key] = by_usage.get(key, 0.0) + float(f)
        if code in ratios and ratios[code] > 0:
            jobs += float(f) / ratios[code]
    units = float(np.nansum(b.units[idx]))
    return {"floor_area_by_usage": {k: round(v, 1) for k, v in sorted(by_usage.items())},
            "units": int(round(units)), "residents": round(units * persons_per_unit, 1), "jobs": round(jobs, 1),
            "coverage_ratio": round(100.0 * float(b.footprint_area[idx].sum()) / land_m2, 2) if land_m2 else None,
            "floor_area_ratio": round(100.0 * float(fa.sum()) / land_m2, 2) if land_m2 else None}


def _diff(a: Any, b: Any) -> Any:
    if isinstance(a, dict):
        return {k: round(b.get(k, 0.0) - a.get(k, 0.0), 1) for k in sorted(set(a) | set(b))}
    if a is None or b is None:
        return None
    return round(b - a, 2) if isinstance(a, float) or isinstance(b, float) else b - a


def side_by_side(base: dict[str, Any], scenario: dict[str, Any]) -> dict[str, dict[str, Any]]:
    """{figure: {"base", "scenario", "difference"}} of two :func:`metrics` results."""
    return {k: {"base": base[k], "scenario": scenario[k], "difference": _diff(base[k], scenario[k])}
            for k in FIGURES}


def site_rows(scenario: BuildingSet, base: BuildingSet, sites: Sites) -> list[dict[str, Any]]:
    """Per added or changed building: its zone and site, the site's coverage and floor-area ratio (%) in the base
    and in the scenario, and the zone's limits."""
    out = []
    for i in np.flatnonzero(np.isin(scenario.status, ("added", "changed"))):
        zone = sites.zone_of(scenario.centroids[i])
        site, kind = sites.site_of(scenario.geoms[i], zone)
        cov, far = site_values(site, scenario)
        cov0, far0 = site_values(site, base)
        out.append({"gml_id": scenario.gml_id[i], "status": scenario.status[i],
                    "zone": zone.label if zone else None, "site": kind, "site_area_m2": round(site.area, 1),
                    "coverage": {"base": round(cov0, 1), "scenario": round(cov, 1),
                                 "limit": zone.coverage_pct if zone else None},
                    "floor_area_ratio": {"base": round(far0, 1), "scenario": round(far, 1),
                                         "limit": zone.far_pct if zone else None}})
    return out


def block_rows(scenario: BuildingSet, base: BuildingSet, sites: Sites, touched: np.ndarray) -> list[dict[str, Any]]:
    """Per street block holding a touched footprint (added, changed or removed): its zone (at the block's centre),
    area, and coverage and floor-area ratio (%) in the base and the scenario beside the zone's limits."""
    out = []
    if not len(sites.blocks):
        return out
    hit = sorted({int(i) for i in shapely.STRtree(sites.blocks).query(shapely.centroid(touched),
                                                                       predicate="intersects")[1]})
    for i in hit:
        block = sites.blocks[i]
        zone = sites.zone_of(shapely.point_on_surface(block))
        cov0, far0 = site_values(block, base)
        cov, far = site_values(block, scenario)
        out.append({"block": i, "zone": zone.label if zone else None, "area_m2": round(block.area, 1),
                    "coverage": {"base": round(cov0, 1), "scenario": round(cov, 1),
                                 "limit": zone.coverage_pct if zone else None},
                    "floor_area_ratio": {"base": round(far0, 1), "scenario": round(far, 1),
                                         "limit": zone.far_pct if zone else None}})
    return out


def compare(store: Any, name: str, *, area: str | None = "station-800m",
            persons_per_unit: float = PERSONS_PER_UNIT, job_floor_m2: dict[str, float] | None = None,
            at: dt.date | str | None = None) -> dict[str, Any]:
    """Scenario ``name`` beside the base over ``area``: the :data:`FIGURES`, each {"base", "scenario",
    "difference"}, plus ``violations`` (:func:`twin.zoning_check.check`) and ``sites``. ``at``: the scenario as
    it stands on that date (phases)."""
    if persons_per_unit < 0:
        raise TwinError(f"persons per unit must not be negative, not {persons_per_unit}")
    ratios = {**JOB_FLOOR_M2, **(job_floor_m2 or {})}
    cur, close = cursor_of(store)
    try:
        crs = store.crs
        area_name, geom = resolve_area(cur, crs, area)
        base = BuildingSet.from_arrow(scenario_buildings(cur, None))
        scen = BuildingSet.from_arrow(scenario_buildings(cur, name, at=at, include_removed=False))
        if geom is not None:
            land = float(geom.area)
        elif len(base):
            x0, y0, x1, y1 = shapely.total_bounds(base.geoms)
            land = float((x1 - x0) * (y1 - y0))
        else:
            land = 0.0
        kw = {"land_m2": land, "persons_per_unit": persons_per_unit, "job_floor_m2": ratios}
        out: dict[str, Any] = {"scenario": name, "area": area_name, "area_m2": round(land, 1),
                               "persons_per_unit": persons_per_unit, "job_floor_m2": ratios,
                               "at": str(at) if at else None}
        out.update(side_by_side(metrics(base, geom, **kw), metrics(scen, geom, **kw)))
        touched = np.concatenate([scen.geoms[scen.status != "base"],
                                  base.geoms[~np.isin(base.gml_id, scen.gml_id)]])      # removed ones
        out["violations"], out["sites"], out["blocks"] = [], [], []
        if len(touched):
            sites = Sites(load_zones(cur), road_blocks(cur, shapely.envelope(shapely.union_all(touched))))
            out["violations"] = check(scen, base, sites)
            out["sites"] = site_rows(scen, base, sites)
            out["blocks"] = block_rows(scen, base, sites, touched)
        return out
    finally:
        if close:
            cur.close()


__all__ = ["FIGURES", "JOB_FLOOR_M2", "PERSONS_PER_UNIT", "block_rows", "compare", "metrics", "resolve_area",
           "side_by_side", "site_rows"]
