"""A scenario's winter shadow study: hours of shadow for the base and for the scenario on the same grid, their
difference, and the neighbouring buildings that gain more than ``gain_hours`` hours of shadow.

The grid covers the scenario's edits (added, changed and removed footprints) widened by the longest shadow their
buildings cast during the study (at most :data:`MAX_REACH_M`), unless ``bounds`` are given. The plane is
``height_m`` above the mean ground of the buildings in the area. A neighbour is a base building the scenario
leaves as it is; its gain is the largest increase among the cells within one cell of its footprint (the plane
beside its walls and windows). See :mod:`twin.shadow_hours` for the method and its accuracy. No Qt, no VTK."""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from typing import Any

import numpy as np
import pyarrow as pa
import pyarrow.compute as pc
import shapely

from twin.document import grid_convergence, to_latlon
from twin.errors import TwinError
from twin.scenario_view import scenario_buildings
from twin.shadow_hours import cell_centres, shadow_hours
from twin.sun import solar_times, sun_path, true_solar_to_jst

#: the farthest the default grid reaches beyond the edited footprints (m)
MAX_REACH_M = 400.0
#: the least it reaches (m), so a low building still shows its neighbours
MIN_REACH_M = 30.0


def _date(value: dt.date | str) -> dt.date:
    if isinstance(value, dt.datetime):
        return value.date()
    if isinstance(value, dt.date):
        return value
    try:
        return dt.date.fromisoformat(str(value)[:10])
    except ValueError:
        raise TwinError(f"not a date (YYYY-MM-DD): {value!r}") from None


def _geoms(table: pa.Table) -> np.ndarray:
    return shapely.from_wkb(table.column("footprint").to_numpy(zero_copy_only=False))


def default_bounds(edited: pa.Table, *, day: dt.date, lat: float, lon: float, height_m: float,
                   start: str, end: str) -> tuple[float, float, float, float]:
    """The edited footprints' envelope widened by their longest shadow (between :data:`MIN_REACH_M` and
    :data:`MAX_REACH_M`)."""
    geoms = _geoms(edited)
    minx, miny, maxx, maxy = shapely.total_bounds(geoms)
    heights = np.array([h or 0.0 for h in edited.column("height_m").to_pylist()])
    ends = [true_solar_to_jst(day, clock, lon, lat) for clock in (start, end)]
    _, el = sun_path(lat, lon, ends + solar_times(day, lat, lon, start=start, end=end, step_min=30.0))
    lowest = max(float(el.min()), 1.0)
    reach = (max(heights.max(initial=0.0) - height_m, 0.0)) / np.tan(np.radians(lowest))
    reach = float(min(max(reach, MIN_REACH_M), MAX_REACH_M))
    return minx - reach, miny - reach, maxx + reach, maxy + reach


def _ground(table: pa.Table, bounds: Sequence[float]) -> float:
    geoms = _geoms(table)
    inside = shapely.intersects(geoms, shapely.box(*bounds))
    z = np.array([np.nan if v is None else v for v in table.column("ground_z").to_pylist()], float)[inside]
    z = z[np.isfinite(z)]
    return float(z.mean()) if len(z) else 0.0


def neighbours_gaining(base: pa.Table, diff: np.ndarray, transform: Any, scenario_hours: np.ndarray,
                       base_hours: np.ndarray, *, gain_hours: float, grid_m: float) -> list[dict[str, Any]]:
    """Untouched base buildings with a cell within one cell of their footprint that gains more than
    ``gain_hours`` hours of shadow: gml_id, usage, gain_h (the largest gain), base_h and scenario_h there."""
    rows, cols = np.nonzero(diff > gain_hours)
    if not len(rows) or base.num_rows == 0:
        return []
    xs, ys = cell_centres(transform, diff.shape)
    points = shapely.points(xs[rows, cols], ys[rows, cols])
    geoms = _geoms(base)
    tree = shapely.STRtree(geoms)
    pt_idx, bldg_idx = tree.query(points, predicate="dwithin", distance=grid_m)
    best: dict[int, int] = {}
    for p, b in zip(pt_idx, bldg_idx):
        if b not in best or diff[rows[p], cols[p]] > diff[rows[best[b]], cols[best[b]]]:
            best[b] = p
    gml, usage = base.column("gml_id").to_pylist(), base.column("usage").to_pylist()
    out = [{"gml_id": gml[b], "usage": usage[b],
            "gain_h": round(float(diff[rows[p], cols[p]]), 2),
            "base_h": round(float(base_hours[rows[p], cols[p]]), 2),
            "scenario_h": round(float(scenario_hours[rows[p], cols[p]]), 2)} for b, p in best.items()]
    return sorted(out, key=lambda r: (-r["gain_h"], r["gml_id"]))


def scenario_shadow(store: Any, name: str, *, date: dt.date | str, height_m: float = 1.5, grid_m: float = 2.0,
                    bounds: Sequence[float] | None = None, gain_hours: float = 1.0, step_min: float = 10.0,
                    start: str = "08:00", end: str = "16:00", at: dt.date | str | None = None) -> dict[str, Any]:
    """The shadow study of scenario ``name`` on ``date``: ``base``, ``scenario`` and ``difference`` grids
    (hours, float32, row 0 north), ``transform``, ``crs``, ``bounds``, ``ground_z`` (the plane's ground),
    ``neighbours`` (see :func:`neighbours_gaining`) and the parameters used. ``at`` shows the scenario's
    phases up to that date (default: all of them)."""
    day = _date(date)
    base = scenario_buildings(store, None)
    scen = scenario_buildings(store, name, at=at, include_removed=True)
    edited = scen.filter(pc.not_equal(scen.column("status"), "base"))
    if bounds is None and edited.num_rows == 0:
        raise TwinError(f"scenario {name!r} has no edits: give --bounds to study its area anyway")
    crs = store.crs
    probe = edited if edited.num_rows else base
    cx, cy = shapely.centroid(shapely.box(*shapely.total_bounds(_geoms(probe)))).coords[0]
    lat, lon = (float(v) for v in to_latlon(cx, cy, crs))
    if bounds is None:
        bounds = default_bounds(edited, day=day, lat=lat, lon=lon, height_m=height_m, start=start, end=end)
    bounds = tuple(float(b) for b in bounds)
    ground = _ground(base, bounds)
    standing = scen.filter(pc.not_equal(scen.column("status"), "removed"))
    common = dict(date=day, lat=lat, lon=lon, height_m=height_m, grid_m=grid_m, bounds=bounds, start=start,
                  end=end, step_min=step_min, convergence_deg=grid_convergence(cx, cy, crs), ground_z=ground)
    try:
        base_h, transform = shadow_hours(base, **common)
        scen_h, _ = shadow_hours(standing, **common)
    except ValueError as exc:
        raise TwinError(str(exc)) from None
    diff = scen_h - base_h
    untouched = scen.filter(pc.equal(scen.column("status"), "base"))
    return {"name": name, "date": day.isoformat(), "height_m": height_m, "grid_m": grid_m, "step_min": step_min,
            "start": start, "end": end, "lat": lat, "lon": lon, "crs": crs, "bounds": bounds, "ground_z": ground,
            "transform": transform, "base": base_h, "scenario": scen_h, "difference": diff,
            "gain_hours": gain_hours,
            "neighbours": neighbours_gaining(untouched, diff, transform, scen_h, base_h, gain_hours=gain_hours,
                                             grid_m=grid_m)}


__all__ = ["scenario_shadow", "neighbours_gaining", "default_bounds", "MAX_REACH_M"]
