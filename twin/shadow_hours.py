"""Hours of shadow on a horizontal plane (日影時間), as Japan's 日影規制 measures them.

Method (stated in the README): the sun's azimuth and elevation come from pvlib's SPA (:mod:`twin.sun`) at the
middle of each ``step_min`` interval between ``start`` and ``end`` **true solar time** (8:00–16:00 by default).
Every building is a vertical prism: its footprint extruded from its ground to ``ground + height``. On the
measurement plane (``height_m`` above the ground, 1.5 m or 4 m) a prism whose top is ``h`` above the plane casts
the footprint swept along the shadow vector ``d = −h / tan(elevation) · (sun's horizontal direction)``: the union
of the footprint, the footprint moved by ``d`` and, for each edge, the quadrilateral the edge sweeps. These
polygons are exact; they are sampled at the grid's cell centres (rasterio, cell centre inside), so a cell counts
``step_min`` minutes of shadow for each instant its centre is shaded. Cells under a building that reaches above
the plane count as shaded. Accuracy: the time sampling errs by at most half a step at each edge of a shadow
interval (±5 min per entering/leaving edge with the default 10 min), the space sampling by the cell size at the
shadow's edge; the shadow polygons themselves are exact for prisms (roof shapes are not modelled).

The plane lies ``height_m`` above the mean ground (``ground_z``; each building's top is ``ground + height``).
A building without a ground height stands on the plane's ground (flat ground).

No Qt, no VTK."""

from __future__ import annotations

import math
from collections.abc import Iterable, Sequence
from datetime import date as Date
from datetime import datetime
from typing import Any

import numpy as np
import shapely
from affine import Affine

from twin.sun import solar_times, sun_path, sun_vector

#: the regulation's measuring heights (1.5 m in low-rise residential zones, 4 m or 6.5 m elsewhere)
PLANE_HEIGHTS = (1.5, 4.0, 6.5)
#: cells at most this many per side (guards against a typo such as --grid 0.01 over a whole city)
MAX_CELLS = 25_000_000


def _geometry(value: Any) -> shapely.Geometry:
    if isinstance(value, shapely.Geometry):
        return value
    if isinstance(value, (bytes, bytearray, memoryview)):
        return shapely.from_wkb(bytes(value))
    if isinstance(value, str):
        return shapely.from_wkt(value)
    raise TypeError(f"not a footprint geometry: {type(value).__name__}")


def prisms(footprints_with_heights: Any) -> tuple[list[shapely.Geometry], np.ndarray, np.ndarray | None]:
    """Footprints, heights and ground heights (NaN where unknown; ``None`` when none is known) from ``(footprint, height[, ground_z])`` items or a
    table (pyarrow or dict of columns) with ``footprint``, ``height_m`` and optionally ``ground_z``. Footprints
    are shapely geometries, WKB or WKT; rows without a footprint or a positive height are left out."""
    if hasattr(footprints_with_heights, "column_names"):
        cols = {c: footprints_with_heights.column(c).to_pylist() for c in footprints_with_heights.column_names}
    elif isinstance(footprints_with_heights, dict):
        cols = {k: list(v) for k, v in footprints_with_heights.items()}
    else:
        cols = None
    if cols is not None:
        rows: Iterable[Sequence] = zip(cols["footprint"], cols["height_m"],
                                       cols.get("ground_z", [None] * len(cols["footprint"])))
    else:
        rows = footprints_with_heights
    geoms, heights, grounds = [], [], []
    for row in rows:
        geom, height = row[0], row[1]
        if geom is None or height is None or not height > 0:
            continue
        geoms.append(_geometry(geom))
        heights.append(float(height))
        grounds.append(None if len(row) < 3 or row[2] is None else float(row[2]))
    has_ground = any(g is not None for g in grounds)
    ground = np.array([np.nan if g is None else g for g in grounds]) if has_ground else None
    return geoms, np.asarray(heights, float), ground


def grid_transform(bounds: Sequence[float], grid_m: float) -> tuple[Affine, int, int]:
    """North-up transform and ``(rows, cols)`` of a grid of ``grid_m`` cells covering ``bounds``
    (minx, miny, maxx, maxy); the grid's top-left corner is ``(minx, maxy)``."""
    if not grid_m > 0:
        raise ValueError(f"the grid spacing must be positive, not {grid_m}")
    minx, miny, maxx, maxy = map(float, bounds)
    if not (maxx > minx and maxy > miny):
        raise ValueError(f"empty bounds {tuple(bounds)}")
    cols = max(1, math.ceil((maxx - minx) / grid_m - 1e-9))
    rows = max(1, math.ceil((maxy - miny) / grid_m - 1e-9))
    if rows * cols > MAX_CELLS:
        raise ValueError(f"a {grid_m} m grid over {maxx - minx:.0f} × {maxy - miny:.0f} m has {rows * cols:,} "
                         f"cells (at most {MAX_CELLS:,}): use a coarser grid or a smaller area")
    return Affine(grid_m, 0.0, minx, 0.0, -grid_m, maxy), rows, cols


def cell_centres(transform: Affine, shape: tuple[int, int]) -> tuple[np.ndarray, np.ndarray]:
    """x and y of every cell centre of a north-up grid (arrays of ``shape``)."""
    rows, cols = shape
    xs = transform.c + (np.arange(cols) + 0.5) * transform.a
    ys = transform.f + (np.arange(rows) + 0.5) * transform.e
    return np.meshgrid(xs, ys)


class _Edges:
    """Every ring edge of every footprint, with the prism's height above the plane (for the swept quads), and
    each footprint vertex's height (to move the footprints in one vectorised call)."""

    def __init__(self, geoms: list[shapely.Geometry], above: np.ndarray):
        self.geoms = np.asarray(geoms, dtype=object)
        self.vertex_h = above[shapely.get_coordinates(self.geoms, return_index=True)[1]][:, None]
        rings = shapely.get_rings(geoms, return_index=True)
        coords, ring_idx = shapely.get_coordinates(rings[0], return_index=True)
        same = ring_idx[1:] == ring_idx[:-1]
        self.a = coords[:-1][same]
        self.b = coords[1:][same]
        self.h = above[rings[1][ring_idx[:-1][same]]]

    def quads(self, shift: np.ndarray) -> np.ndarray:
        """Polygons swept by the edges for a shadow of ``shift`` (x, y) per metre of height."""
        d = self.h[:, None] * shift[None, :]
        ring = np.stack([self.a, self.b, self.b + d, self.a + d, self.a], axis=1)
        return shapely.polygons(ring)

    def moved(self, shift: np.ndarray) -> np.ndarray:
        """The footprints moved by their shadow vector."""
        return shapely.transform(self.geoms, lambda c: c + self.vertex_h * shift[None, :])


def shadow_polygons(geoms: list[shapely.Geometry], above: np.ndarray, azimuth_deg: float, elevation_deg: float,
                    convergence_deg: float = 0.0, edges: _Edges | None = None) -> list[shapely.Geometry]:
    """Polygons whose union is the shadow on the plane of prisms ``above`` metres above it (exact)."""
    if elevation_deg <= 0:
        raise ValueError("the sun is below the horizon")
    sun = sun_vector(azimuth_deg, elevation_deg, convergence_deg)
    shift = -sun[:2] / sun[2]                      # shadow offset per metre of height
    edges = edges or _Edges(geoms, above)
    return list(geoms) + list(edges.moved(shift)) + list(edges.quads(shift))


def shadow_hours(footprints_with_heights: Any, *, date: Date, lat: float, lon: float, height_m: float = 1.5,
                 grid_m: float = 2.0, bounds: Sequence[float], start: str = "08:00", end: str = "16:00",
                 step_min: float = 10.0, convergence_deg: float = 0.0,
                 ground_z: float | None = None) -> tuple[np.ndarray, Affine]:
    """Hours of shadow per cell of a ``grid_m`` grid over ``bounds`` on ``date`` between ``start`` and ``end``
    true solar time, on the plane ``height_m`` above ``ground_z`` (default: the mean ground of the prisms, or 0).

    Returns ``(hours, transform)``: a float32 array (row 0 = north) and its rasterio ``Affine``."""
    from rasterio.features import rasterize

    transform, rows, cols = grid_transform(bounds, grid_m)
    geoms, heights, grounds = prisms(footprints_with_heights)
    known = grounds[np.isfinite(grounds)] if grounds is not None else np.empty(0)
    if ground_z is None:
        ground_z = float(known.mean()) if len(known) else 0.0
    # a building without a ground height stands on the plane's ground
    tops = heights + (np.where(np.isfinite(grounds), grounds, ground_z) if grounds is not None else ground_z)
    above = tops - (ground_z + height_m)
    times = solar_times(date, lat, lon, start=start, end=end, step_min=step_min)
    az, el = sun_path(lat, lon, times)
    step_h = ((times[1] - times[0]).total_seconds() / 3600.0) if len(times) > 1 else \
        _span_hours(date, lat, lon, start, end)
    count = np.zeros((rows, cols), np.uint16)
    keep = above > 0
    lit = el > 0
    if keep.any() and lit.any():
        geoms = [g for g, k in zip(geoms, keep) if k]
        above = above[keep]
        geoms, above = _reaching(geoms, above, bounds, float(el[lit].min()))
        edges = _Edges(geoms, above) if geoms else None
        for a, e in zip(az[lit], el[lit]):
            if not geoms:
                break
            shapes = shadow_polygons(geoms, above, a, e, convergence_deg, edges)
            count += rasterize(((s, 1) for s in shapes), out_shape=(rows, cols), transform=transform,
                               fill=0, dtype="uint8")
    return (count * step_h).astype(np.float32), transform


def _span_hours(day: Date, lat: float, lon: float, start: str, end: str) -> float:
    from twin.sun import true_solar_to_jst
    t0, t1 = true_solar_to_jst(day, start, lon, lat), true_solar_to_jst(day, end, lon, lat)
    return (t1 - t0).total_seconds() / 3600.0


def _reaching(geoms: list, above: np.ndarray, bounds: Sequence[float], min_elev: float) -> tuple[list, np.ndarray]:
    """Only the prisms whose longest shadow of the day can reach ``bounds``."""
    reach = above / math.tan(math.radians(min_elev))
    env = np.array([g.bounds for g in geoms]) if geoms else np.empty((0, 4))
    minx, miny, maxx, maxy = bounds
    ok = ((env[:, 0] - reach <= maxx) & (env[:, 2] + reach >= minx)
          & (env[:, 1] - reach <= maxy) & (env[:, 3] + reach >= miny))
    return [g for g, k in zip(geoms, ok) if k], above[ok]


def shadow_length_m(height_above_plane: float, elevation_deg: float) -> float:
    """Length of the shadow of a vertical edge ``height_above_plane`` tall at a sun ``elevation_deg`` high."""
    return height_above_plane / math.tan(math.radians(elevation_deg))


def moment_shadows(footprints_with_heights: Any, when: datetime, *, lat: float, lon: float,
                   height_m: float = 0.0, convergence_deg: float = 0.0) -> shapely.Geometry:
    """The shadow on the plane ``height_m`` above the ground at one moment, as one (multi)polygon."""
    from twin.sun import sun_position
    geoms, heights, _ = prisms(footprints_with_heights)
    az, el = sun_position(lat, lon, when)
    above = heights - height_m
    keep = above > 0
    if el <= 0 or not keep.any():
        return shapely.Polygon()
    geoms = [g for g, k in zip(geoms, keep) if k]
    return shapely.union_all(shadow_polygons(geoms, above[keep], az, el, convergence_deg))


def scenario_shadow(store: Any, name: str, **kwargs: Any) -> dict[str, Any]:
    """:func:`twin.scenario_shadow.scenario_shadow` (the base and scenario grids, difference and neighbours)."""
    from twin.scenario_shadow import scenario_shadow as study
    return study(store, name, **kwargs)


__all__ = ["shadow_hours", "scenario_shadow", "shadow_polygons", "moment_shadows", "grid_transform", "cell_centres",
           "prisms", "shadow_length_m", "PLANE_HEIGHTS"]
