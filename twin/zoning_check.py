"""Checking a scenario's proposed buildings against their 用途地域 (``zoning``, theme ``zoning``).

**Which zone.** A building belongs to the zone holding its footprint's centroid; buildings outside every zone
(市街化調整区域, areas without zoning) are not checked.

**The site.** Coverage (建蔽率) and floor-area ratio (容積率) limits apply to a site (敷地). The twin has no parcels,
so a building's site is its **street block**: the polygon enclosed by the road centre lines (``road_segments``,
polygonised) that holds its centroid, clipped to its zone. Where no block holds it, or the block is larger than
``max_block_m2`` (1 ha: open land between country roads, not a lot), the site is a notional lot: the footprint
grown by ``lot_margin_m`` (6 m), clipped to the zone. Every standing building whose centroid lies in the site
counts (the base buildings kept there and the scenario's own).

**The checks**, for each added or changed building (``what``):

* ``coverage``: Σ footprint area / site area, in %, against ``A29_006`` (no corner-lot or fire-proof bonus);
* ``floor_area_ratio``: Σ floor area / site area, in %, against ``A29_007`` (the reduction by the front road's
  width, 前面道路幅員 × 0.4 / 0.6, is not applied: the designated limit is an upper bound);
* ``height``: in 第一種・第二種低層住居専用地域 and 田園住居地域 the absolute height limit (``low_rise_height_m``,
  10 m; some cities set 12 m);
* ``use``: uses the Building Standards Act (別表第二) does not permit at all in the zone (hotels in the low-rise
  and medium-high residential zones, offices in the low-rise and Category I medium-high zones, shops in
  Category I low-rise, factories in the residential zones). Size-dependent permissions are not checked.

A violation names the building (``gml_id``), its zone, the ``limit`` and the ``value`` (% or m), the site's
value in the base (``base_value``) and the site area, so a planner sees what the scenario breaks.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

import numpy as np
import shapely

from twin.building_set import BuildingSet
from twin.themes.zoning import LOW_RISE_CODES, ZONES

MAX_BLOCK_M2 = 10_000.0
LOT_MARGIN_M = 6.0
LOW_RISE_HEIGHT_M = 10.0
#: usage code → zone codes where that use is not permitted at all (建築基準法 別表第二, simplified)
NOT_PERMITTED = {
    "403": ("1", "2", "3", "4", "21"),                       # hotels, inns
    "401": ("1", "2", "3", "21"),                            # offices
    "402": ("1",),                                           # shops
    "404": ("1",),
    "441": ("1", "2", "3", "4", "5", "6", "21"),             # factories
}


@dataclass(frozen=True)
class Zone:
    """One zoning polygon with its limits (% of the site)."""

    id: int
    code: str | None
    name: str | None
    coverage_pct: float | None
    far_pct: float | None
    geom: Any

    @property
    def label(self) -> str:
        return self.name or ZONES.get(self.code or "", ("?",))[0]


def load_zones(cur: Any) -> list[Zone]:
    """The project's zones ([] when the zoning theme has no rows)."""
    try:
        rows = cur.execute("SELECT id, zone_code, zone_name, coverage_pct, far_pct, ST_AsWKB(geom) FROM zoning "
                           "WHERE geom IS NOT NULL ORDER BY id").fetchall()
    except Exception:  # noqa: BLE001 - a project without the zoning table: nothing to check against
        return []
    return [Zone(int(r[0]), r[1], r[2], r[3], r[4], shapely.from_wkb(bytes(r[5]))) for r in rows]


def road_blocks(cur: Any, area: Any = None, margin_m: float = 500.0) -> np.ndarray:
    """Street blocks: the polygons the road centre lines (``road_segments``) enclose, near ``area`` (a shapely
    geometry; None: everywhere)."""
    sql = "SELECT ST_AsWKB(geom) FROM road_segments WHERE geom IS NOT NULL"
    params: list[Any] = []
    if area is not None:
        x0, y0, x1, y1 = area.bounds
        sql += " AND ST_Intersects(geom, ST_MakeEnvelope(?, ?, ?, ?))"
        params = [x0 - margin_m, y0 - margin_m, x1 + margin_m, y1 + margin_m]
    try:
        rows = cur.execute(sql, params).fetchall()
    except Exception:  # noqa: BLE001 - no road network table
        return np.empty(0, object)
    if not rows:
        return np.empty(0, object)
    lines = shapely.from_wkb([bytes(r[0]) for r in rows])
    noded = shapely.union_all(shapely.force_2d(lines))
    blocks = shapely.get_parts(shapely.polygonize(shapely.get_parts(noded)))
    return np.asarray(blocks, dtype=object)


class Sites:
    """Finds each building's zone and site (see the module docstring)."""

    def __init__(self, zones: list[Zone], blocks: np.ndarray, *, max_block_m2: float = MAX_BLOCK_M2,
                 lot_margin_m: float = LOT_MARGIN_M) -> None:
        self.zones = zones
        self.blocks = blocks
        self.max_block_m2 = max_block_m2
        self.lot_margin_m = lot_margin_m
        self._zone_tree = shapely.STRtree([z.geom for z in zones]) if zones else None
        self._block_tree = shapely.STRtree(blocks) if len(blocks) else None

    def zone_of(self, point: Any) -> Zone | None:
        if self._zone_tree is None:
            return None
        hits = self._zone_tree.query(point, predicate="intersects")
        return self.zones[int(min(hits))] if len(hits) else None

    def site_of(self, footprint: Any, zone: Zone | None) -> tuple[Any, str]:
        """(site polygon, "block" or "lot") of a footprint in ``zone``."""
        c = shapely.centroid(footprint)
        site, kind = None, "lot"
        if self._block_tree is not None:
            hits = self._block_tree.query(c, predicate="intersects")
            if len(hits):
                block = self.blocks[int(hits[0])]
                if block.area <= self.max_block_m2:
                    site, kind = block, "block"
        if site is None:
            site = shapely.buffer(footprint, self.lot_margin_m, join_style="mitre")
        if zone is not None:
            clipped = shapely.intersection(site, zone.geom)
            if not clipped.is_empty and clipped.area > 0:
                site = clipped
        return site, kind


def site_values(site: Any, buildings: BuildingSet) -> tuple[float, float]:
    """(coverage %, floor-area ratio %) of the buildings whose centroid lies in ``site``."""
    idx = buildings.inside(site)
    area = site.area
    if area <= 0:
        return float("nan"), float("nan")
    fa = np.nansum(buildings.floor_area[idx])
    return 100.0 * float(buildings.footprint_area[idx].sum()) / area, 100.0 * float(fa) / area


def check(scenario: BuildingSet, base: BuildingSet, sites: Sites, *,
          low_rise_height_m: float = LOW_RISE_HEIGHT_M) -> list[dict[str, Any]]:
    """Violations of the added and changed buildings of ``scenario`` (see the module docstring)."""
    out: list[dict[str, Any]] = []
    for i in np.flatnonzero(np.isin(scenario.status, ("added", "changed"))):
        zone = sites.zone_of(scenario.centroids[i])
        if zone is None:
            continue
        site, kind = sites.site_of(scenario.geoms[i], zone)
        cov, far = site_values(site, scenario)
        cov0, far0 = site_values(site, base)
        common = {"gml_id": scenario.gml_id[i], "zone": zone.label, "zone_code": zone.code, "site": kind,
                  "site_area_m2": round(float(site.area), 1)}
        for what, value, before, limit in (("coverage", cov, cov0, zone.coverage_pct),
                                           ("floor_area_ratio", far, far0, zone.far_pct)):
            if limit is not None and np.isfinite(value) and value > limit + 1e-9:
                out.append({**common, "what": what, "limit": float(limit), "value": round(value, 1),
                            "base_value": round(before, 1), "unit": "%"})
        h = scenario.height[i]
        if zone.code in LOW_RISE_CODES and np.isfinite(h) and h > low_rise_height_m:
            out.append({**common, "what": "height", "limit": low_rise_height_m, "value": round(float(h), 1),
                        "base_value": None, "unit": "m"})
        code = scenario.usage_code[i]
        if zone.code in NOT_PERMITTED.get(code, ()):
            out.append({**common, "what": "use", "limit": None, "value": scenario.usage[i] or code,
                        "base_value": None, "unit": None})
    return out


__all__ = ["LOT_MARGIN_M", "LOW_RISE_HEIGHT_M", "MAX_BLOCK_M2", "NOT_PERMITTED", "Sites", "Zone", "check",
           "load_zones", "road_blocks", "site_values"]
