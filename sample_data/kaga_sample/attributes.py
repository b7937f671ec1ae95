"""Attributes that depend on where a building ended up: ground height, LOD2, disaster risks, sentinels."""

from __future__ import annotations

from math import sqrt

from .buildings import LOD2_RADIUS, Building
from .dem import DemSampler
from .geo import to_latlon
from .rand import Rng
from .site import FLOOD_BAND_L1, FLOOD_BAND_L2, hill_factor, river_distance

#: RiverFloodingRiskAttribute_description code of the Dobashi river map (see codelists.RIVERS)
DOBASHI = "3"
#: rank codes by depth (RiverFloodingRiskAttribute_rank.xml)
_RANKS = [(0.5, "1"), (3.0, "2"), (5.0, "3"), (10.0, "4"), (20.0, "5")]


def flood_rank(depth: float) -> str:
    for limit, code in _RANKS:
        if depth < limit:
            return code
    return "6"


def finalize(buildings: list[Building], dem: DemSampler, rng: Rng) -> None:
    for b in buildings:
        cx, cy = b.centroid
        b.lod2 = sqrt(cx * cx + cy * cy) < LOD2_RADIUS
        assert b.lod2 or not b.multipart, f"{b.name} has BuildingParts, which need LOD2"
        for p in b.parts:
            # the lowest ground around the footprint (measuredHeight is from the lowest point)
            p.ground = round(min(dem(*to_latlon(x, y)) for x, y in p.ring), 2)
        _river_flood(b, rng)
        _landslide(b)
    _sentinels(buildings, rng)


def _river_flood(b: Building, rng: Rng) -> None:
    cx, cy = b.centroid
    d = river_distance(cx, cy)
    if d >= FLOOD_BAND_L2:
        return
    ground = min(p.ground for p in b.parts)
    closeness = 1.0 - d / FLOOD_BAND_L2
    depth2 = round(3.3 * closeness ** 1.2 - 0.45 * max(0.0, ground - 10.5) + rng.uniform(-0.12, 0.12), 3)
    if depth2 < 0.05:
        return
    hours2 = 3.0 + 45.0 * closeness ** 1.5
    b.risks.append({"kind": "river", "description": DOBASHI, "rank": flood_rank(depth2),
                    "depth": depth2, "admin": "2", "scale": "2", "duration": round(hours2, 2)})
    if d < FLOOD_BAND_L1:
        depth1 = round(0.55 * depth2 * (1.0 - d / FLOOD_BAND_L1) ** 0.6 + rng.uniform(-0.04, 0.04), 3)
        if depth1 >= 0.05:
            b.risks.insert(0, {"kind": "river", "description": DOBASHI, "rank": flood_rank(depth1),
                               "depth": depth1, "admin": "2", "scale": "1",
                               "duration": round(hours2 * 0.45, 2)})


def _landslide(b: Building) -> None:
    cx, cy = b.centroid
    t = float(hill_factor(cx, cy))
    if cy > -600.0 or t <= 0.005:
        return
    # steep slope behind the house: 急傾斜地の崩落, special zone where the slope is closest
    b.risks.append({"kind": "landslide", "description": "1", "area": "2" if t > 0.05 else "1"})
    if river_distance(cx, cy) < 260.0:
        b.risks.append({"kind": "landslide", "description": "2", "area": "1"})   # debris flow (土石流)


def _sentinels(buildings: list[Building], rng: Rng) -> None:
    """A few unknown values as in real data: yearOfConstruction 0001, storeysAboveGround 9999,
    totalFloorArea -9999, surveyYear 0001."""
    plain = [b for b in buildings if b.name is None and not b.multipart]
    for b in plain:
        r = rng.random()
        if r < 0.012:
            b.sentinel.add("year")
        elif r < 0.016:
            b.sentinel.add("storeys")
        elif r < 0.021:
            b.sentinel.add("floor_area")
        elif r < 0.023:
            b.sentinel.add("survey_year")
