"""Road centre lines of the sample, as a GeoPackage (``roads/kaga_onsen_station_centrelines.gpkg``, EPSG:6668).

They are the centre lines the PLATEAU road polygons were built from (``roads.build_network``), so the two
agree: every road piece's centre line, drawn on to the middle of the junction polygon at each end it cut back
from (the average of the junction's corners, inside the convex junction), and the two station rotaries as a
ring along the middle of their carriageway with a spoke from every road that ends on them. Attributes: ``name``,
``road_class`` (national, prefectural, avenue, collector, municipal, farm), ``width_m``, ``lanes``.

Plain float arithmetic as in the rest of the generator; GDAL (pyogrio) only writes the file, with its dates
fixed (``OGR_CURRENT_DATE``) so the bytes are the same on every run.
"""

from __future__ import annotations

from math import sqrt
from pathlib import Path

from .geo import Point, polygon_circle, to_latlon
from .roads import ROTARIES, RoadPiece, build_network

CENTRELINES_PATH = Path("roads") / "kaga_onsen_station_centrelines.gpkg"
#: how close (m) a piece's end must be to a junction polygon to be drawn on to the junction's middle
_ON_JUNCTION = 0.05


def _inside_convex(p: Point, ring: list[Point], tol: float) -> bool:
    """Whether p lies inside a convex ring (either orientation) or within ``tol`` of its boundary."""
    sign = 0.0
    n = len(ring)
    for i in range(n):
        (ax, ay), (bx, by) = ring[i], ring[(i + 1) % n]
        ex, ey = bx - ax, by - ay
        length = sqrt(ex * ex + ey * ey)
        if length == 0.0:
            continue
        cross = (ex * (p[1] - ay) - ey * (p[0] - ax)) / length    # signed distance to the edge's line
        if sign == 0.0 and abs(cross) > tol:
            sign = 1.0 if cross > 0 else -1.0
        if sign != 0.0 and cross * sign < -tol:
            return False
    return True


def centre_lines(pieces: list[RoadPiece] | None = None) -> list[dict]:
    """The centre lines (local metres) with their attributes, in a fixed order."""
    pieces = build_network() if pieces is None else pieces
    junctions = [p for p in pieces if p.lanes is None and not p.holes]
    middles = [(sum(x for x, _ in j.ring) / len(j.ring), sum(y for _, y in j.ring) / len(j.ring))
               for j in junctions]
    boxes = [(min(x for x, _ in j.ring), min(y for _, y in j.ring), max(x for x, _ in j.ring),
              max(y for _, y in j.ring)) for j in junctions]

    def junction_middle(p: Point) -> Point | None:
        for k, j in enumerate(junctions):
            x0, y0, x1, y1 = boxes[k]
            if x0 - 1 <= p[0] <= x1 + 1 and y0 - 1 <= p[1] <= y1 + 1 and _inside_convex(p, j.ring, _ON_JUNCTION):
                return middles[k]
        return None

    def rotary_point(p: Point) -> Point | None:
        for (cx, cy), r_out, r_in in ROTARIES:
            dx, dy = p[0] - cx, p[1] - cy
            d = sqrt(dx * dx + dy * dy)
            if abs(d - r_out) <= 1.0:
                r = (r_out + r_in) / 2
                return cx + dx / d * r, cy + dy / d * r
        return None

    out = []
    for p in pieces:
        if not p.centre:
            continue
        pts = list(p.centre)
        head = junction_middle(pts[0]) or rotary_point(pts[0])
        tail = junction_middle(pts[-1]) or rotary_point(pts[-1])
        if head is not None:
            pts.insert(0, head)
        if tail is not None:
            pts.append(tail)
        out.append({"points": pts, "name": p.name, "road_class": p.kind, "width_m": p.width, "lanes": p.lanes})
    for (cx, cy), r_out, r_in in ROTARIES:
        ring = polygon_circle(cx, cy, (r_out + r_in) / 2)
        out.append({"points": ring + [ring[0]], "name": None, "road_class": "avenue", "width_m": r_out - r_in,
                    "lanes": 1})
    return out


def write_centrelines(out: Path, pieces: list[RoadPiece] | None = None) -> Path:
    """Write the GeoPackage under ``out`` and return its path."""
    import numpy as np
    import pyogrio
    import shapely

    lines = centre_lines(pieces)
    geoms = []
    for ln in lines:
        ll = [to_latlon(x, y) for x, y in ln["points"]]
        geoms.append(shapely.to_wkb(shapely.LineString([(lon, lat) for lat, lon in ll])))
    path = Path(out) / CENTRELINES_PATH
    path.parent.mkdir(parents=True, exist_ok=True)
    path.unlink(missing_ok=True)
    before = pyogrio.get_gdal_config_option("OGR_CURRENT_DATE")
    pyogrio.set_gdal_config_options({"OGR_CURRENT_DATE": "2025-01-01T00:00:00Z"})
    try:
        pyogrio.raw.write(
            path, np.asarray(geoms, dtype=object),
            [np.asarray([ln["name"] for ln in lines], dtype=object),
             np.asarray([ln["road_class"] for ln in lines], dtype=object),
             np.asarray([ln["width_m"] for ln in lines], dtype=np.float64),
             np.asarray([ln["lanes"] for ln in lines], dtype=np.int32)],
            ["name", "road_class", "width_m", "lanes"], geometry_type="LineString", crs="EPSG:6668",
            driver="GPKG", layer="centrelines", encoding="UTF-8",
            layer_options={"SPATIAL_INDEX": "NO"})
    finally:
        pyogrio.set_gdal_config_options({"OGR_CURRENT_DATE": before})
    return path
