"""Shadow hours (twin/shadow_hours.py) for a single box against the analytic answer: at each instant a point of
the plane is shaded exactly when the ray from it towards the sun passes through the box (slab test), integrated
over 8:00–16:00 true solar time in 20-second steps. The grid samples every 10 minutes, so it may differ by at
most one step (10 min) per cell; the closed-form noon shadow length 20 / tan(elevation) checks the polygons."""
from __future__ import annotations

import math
from datetime import date

import numpy as np
import pyarrow as pa
import pytest
import shapely

from twin.shadow_hours import grid_transform, moment_shadows, prisms, shadow_hours, shadow_length_m
from twin.sun import solar_times, sun_path, sun_position, sun_vector, true_solar_to_jst

LAT, LON = 36.3202471, 136.3505352
SOLSTICE = date(2026, 12, 21)
BOX = shapely.box(-10, -10, 10, 10)        # 20 m × 20 m, 20 m tall
H = 20.0


def _ray_hits_box(px, py, pz, v, box=(-10, -10, 10, 10), top=H) -> np.ndarray:
    """Slab test of the rays p + t·v (t > 0) against the box [x0,x1]×[y0,y1]×[0,top], for arrays of points."""
    lo = np.array([box[0], box[1], 0.0])
    hi = np.array([box[2], box[3], top])
    t_near = np.zeros_like(px)
    t_far = np.full_like(px, np.inf)
    for axis, p in enumerate((px, py, pz)):
        if abs(v[axis]) < 1e-15:
            inside = (p >= lo[axis]) & (p <= hi[axis])
            t_far = np.where(inside, t_far, -np.inf)
            continue
        t1, t2 = (lo[axis] - p) / v[axis], (hi[axis] - p) / v[axis]
        t_near = np.maximum(t_near, np.minimum(t1, t2))
        t_far = np.minimum(t_far, np.maximum(t1, t2))
    return t_near <= t_far


def _analytic_hours(xs, ys, plane=0.0, step_min=1 / 3):
    times = solar_times(SOLSTICE, LAT, LON, step_min=step_min)
    az, el = sun_path(LAT, LON, times)
    shaded = np.zeros(xs.shape)
    for a, e in zip(az, el):
        shaded += _ray_hits_box(xs, ys, np.full(xs.shape, plane), sun_vector(a, e))
    return shaded * step_min / 60.0


def _at(grid, transform, x, y):
    col, row = ~transform @ (x, y)
    return float(grid[int(row), int(col)])


def test_single_box_against_the_analytic_answer():
    grid, transform = shadow_hours([(BOX, H)], date=SOLSTICE, lat=LAT, lon=LON, height_m=0.0, grid_m=2.0,
                                   bounds=(-200, -60, 200, 200))
    rows, cols = grid.shape
    assert (rows, cols) == (130, 200)
    xs = transform.c + (np.arange(cols) + 0.5) * 2.0
    ys = transform.f - (np.arange(rows) + 0.5) * 2.0
    gx, gy = np.meshgrid(xs, ys)
    outside = ~((np.abs(gx) < 10) & (np.abs(gy) < 10))
    exact = _analytic_hours(gx[outside], gy[outside])
    err = np.abs(grid[outside] - exact)
    assert err.max() <= 10 / 60 + 1e-3                       # one 10-minute sample at most
    assert err.mean() < 0.01
    assert exact.max() == pytest.approx(8.0, abs=0.01)        # just north of the box: shaded all day
    assert _at(grid, transform, 0, 11) == pytest.approx(8.0, abs=0.01)
    assert _at(grid, transform, 0, -11) == 0.0               # south of the box: never
    assert grid.sum() > 0 and np.count_nonzero(grid >= 4.0) > 100


def test_noon_shadow_length_is_height_over_tan_elevation():
    noon = true_solar_to_jst(SOLSTICE, "12:00", LON, LAT)
    shadow = moment_shadows([(BOX, H)], noon, lat=LAT, lon=LON)
    _, el = sun_position(LAT, LON, noon)
    assert shadow.bounds[3] == pytest.approx(10 + H / math.tan(math.radians(el)), abs=0.02)
    assert shadow_length_m(H, el) == pytest.approx(34.3, abs=0.1)
    assert shadow.bounds[1] == pytest.approx(-10)
    # a non-convex (L-shaped) footprint: the sweep adds its width across the sun × the shadow length
    ell = shapely.Polygon([(0, 0), (30, 0), (30, 10), (10, 10), (10, 30), (0, 30)])
    low = moment_shadows([(ell, 1.0)], noon, lat=LAT, lon=LON)
    assert low.area == pytest.approx(ell.area + 30 * shadow_length_m(1.0, el), rel=0.01)


def test_plane_height_and_ground():
    """On the 4 m plane a 3 m house casts nothing and the box's shadow is shorter; a box on ground 2 m above
    the plane's ground reaches further."""
    common = dict(date=SOLSTICE, lat=LAT, lon=LON, grid_m=2.0, bounds=(-100, -20, 100, 120))
    low, _ = shadow_hours([(shapely.box(50, 50, 60, 60), 3.0)], height_m=4.0, **common)
    assert low.max() == 0.0
    g0, t = shadow_hours([(BOX, H)], height_m=0.0, **common)
    g4, _ = shadow_hours([(BOX, H)], height_m=4.0, **common)
    raised, _ = shadow_hours([(BOX, H, 2.0)], height_m=0.0, ground_z=0.0, **common)
    assert g4.sum() < g0.sum() < raised.sum()
    assert np.all(g4 <= g0 + 1e-6) and np.all(g0 <= raised + 1e-6)
    unknown, _ = shadow_hours([(BOX, H, None), (shapely.box(500, 500, 501, 501), 1.0, 7.0)], height_m=0.0,
                              **common)
    assert np.array_equal(unknown, g0)        # without a ground height the box stands on the plane's ground


def test_grid_geometry_and_bad_parameters():
    transform, rows, cols = grid_transform((0, 0, 101, 50), 2.0)
    assert (rows, cols) == (25, 51) and transform.c == 0 and transform.f == 50
    with pytest.raises(ValueError, match="positive"):
        grid_transform((0, 0, 10, 10), 0)
    with pytest.raises(ValueError, match="cells"):
        grid_transform((0, 0, 100_000, 100_000), 0.5)
    with pytest.raises(ValueError, match="empty bounds"):
        grid_transform((0, 0, 0, 10), 1)


def test_prisms_from_an_arrow_table_skip_rows_without_height():
    table = pa.table({"footprint": [shapely.to_wkb(BOX), shapely.to_wkb(BOX), None],
                      "height_m": [12.0, None, 5.0], "ground_z": [3.0, 3.0, 3.0]})
    geoms, heights, ground = prisms(table)
    assert len(geoms) == 1 and heights.tolist() == [12.0] and ground.tolist() == [3.0]
    geoms, heights, ground = prisms([("POLYGON ((0 0, 1 0, 1 1, 0 0))", 4.0)])
    assert geoms[0].area == 0.5 and ground is None
