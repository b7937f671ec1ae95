"""Measuring in the project CRS: path lengths, polygon areas, height differences and building heights.

Points are ``(x, y, z)`` in the project CRS (a projected CRS in metres, e.g. JGD2011 plane rectangular zone VII
for Kaga) with ``z`` the T.P. height in metres. Everything here is **planar in the project CRS**: a horizontal
length or an area is measured on the CRS's grid, not on the ellipsoid. A plane-rectangular zone's grid scale is
within 0.01 % of 1 over the zone (0.9999 on its central meridian; at Kaga Onsen Station, 73 km west of zone VII's
meridian, 0.99997: a 1 km walk is 3 cm shorter on the grid), far below what a pick on the screen resolves.
Slope lengths add the height differences to the horizontal ones.

No Qt, no VTK: the GUI's measure tool (``gui/measure_tool.py``) turns these numbers into text.
"""

from __future__ import annotations

import math
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from typing import Any

Point = tuple[float, float, float]


@dataclass(frozen=True)
class Segment:
    """One leg of a path: ``horizontal`` length (m, in the CRS plane), ``slope`` length (m, in 3D) and ``dz`` (m,
    height of the end above the start)."""

    horizontal: float
    slope: float
    dz: float

    @property
    def grade(self) -> float | None:
        """Rise over run (0.05 = 5 %); None for a vertical or zero-length leg."""
        return self.dz / self.horizontal if self.horizontal > 0 else None


def _xyz(p: Sequence[float]) -> tuple[float, float, float]:
    if len(p) < 3:
        return float(p[0]), float(p[1]), 0.0
    return float(p[0]), float(p[1]), float(p[2])


def segment(a: Sequence[float], b: Sequence[float]) -> Segment:
    """The leg from ``a`` to ``b``."""
    ax, ay, az = _xyz(a)
    bx, by, bz = _xyz(b)
    h = math.hypot(bx - ax, by - ay)
    dz = bz - az
    return Segment(h, math.hypot(h, dz), dz)


def segments(points: Sequence[Sequence[float]], closed: bool = False) -> list[Segment]:
    """Every leg of the path through ``points`` (back to the first point when ``closed``)."""
    pts = list(points)
    legs = [segment(a, b) for a, b in zip(pts, pts[1:])]
    if closed and len(pts) > 2:
        legs.append(segment(pts[-1], pts[0]))
    return legs


def horizontal_length(points: Sequence[Sequence[float]], closed: bool = False) -> float:
    """Length of the path projected on the CRS plane (m)."""
    return sum(s.horizontal for s in segments(points, closed))


def path_length(points: Sequence[Sequence[float]], closed: bool = False) -> float:
    """Length of the path in 3D: straight legs between the points, with their height differences (m)."""
    return sum(s.slope for s in segments(points, closed))


def polygon_area(points: Sequence[Sequence[float]]) -> float:
    """Area (m²) of the polygon through ``points`` projected on the CRS plane (shoelace formula; the ring is
    closed implicitly, the order does not matter). A self-intersecting ring gives the net area of its loops."""
    pts = [_xyz(p) for p in points]
    if len(pts) > 1 and pts[0][:2] == pts[-1][:2]:
        pts = pts[:-1]
    if len(pts) < 3:
        return 0.0
    x0, y0 = pts[0][0], pts[0][1]           # relative to the first point: no loss of digits far from the origin
    s = 0.0
    for (ax, ay, _), (bx, by, _) in zip(pts, pts[1:] + pts[:1]):
        s += (ax - x0) * (by - y0) - (bx - x0) * (ay - y0)
    return abs(s) / 2.0


def height_difference(a: Sequence[float], b: Sequence[float]) -> float:
    """Height of ``b`` above ``a`` (m; negative when ``b`` is lower)."""
    return _xyz(b)[2] - _xyz(a)[2]


@dataclass(frozen=True)
class BuildingHeight:
    """A building's height read at a picked point.

    ``measured_height`` is the data's (PLATEAU ``bldg:measuredHeight``); ``ground`` and ``roof`` are T.P. heights
    (the building's ground and roof heights from its attributes, else the terrain under the point and the picked
    point); ``picked_z`` is the T.P. height of the point picked on the building and ``picked_above_ground`` its
    height above ``ground``."""

    measured_height: float | None
    ground: float | None
    roof: float | None
    picked_z: float
    picked_above_ground: float | None

    @property
    def height(self) -> float | None:
        """The building's height: measured, else roof minus ground, else the picked point above the ground."""
        if self.measured_height is not None:
            return self.measured_height
        if self.roof is not None and self.ground is not None:
            return self.roof - self.ground
        return self.picked_above_ground


def _number(value: Any) -> float | None:
    try:
        v = float(value)
    except (TypeError, ValueError):
        return None
    return v if math.isfinite(v) else None


def building_height(attributes: Mapping[str, Any], picked_z: float, terrain_z: float | None = None) -> BuildingHeight:
    """The height of a building picked at T.P. height ``picked_z``: ``attributes`` are its columns
    (``measured_height``, ``ground_z``, ``lod1_top_z`` where the data has them), ``terrain_z`` the terrain's T.P.
    height under the picked point (from the DEM; None without one). The ground is the building's own ground height
    when it has one, else the terrain."""
    measured = _number(attributes.get("measured_height"))
    ground = _number(attributes.get("ground_z"))
    if ground is None:
        ground = _number(terrain_z)
    roof = _number(attributes.get("lod1_top_z"))
    if roof is None and measured is not None and ground is not None:
        roof = ground + measured
    above = float(picked_z) - ground if ground is not None else None
    return BuildingHeight(measured, ground, roof, float(picked_z), above)


def is_building(attributes: Mapping[str, Any]) -> bool:
    """Whether a picked feature's attributes describe a building (a height above its ground)."""
    return _number(attributes.get("measured_height")) is not None or (
        _number(attributes.get("lod1_top_z")) is not None and _number(attributes.get("ground_z")) is not None)


__all__ = ["BuildingHeight", "Point", "Segment", "building_height", "height_difference", "horizontal_length",
           "is_building", "path_length", "polygon_area", "segment", "segments"]
