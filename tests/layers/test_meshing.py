"""Vectorised geometry: triangulation (fan and earcut paths), extrusion, WKB parsing."""

from __future__ import annotations

import numpy as np
import pytest
import shapely

from layers.meshing import extrude, polygon_normals, polygons_from_geoms, polygons_from_wkb, triangulate


def tri_areas(P, t):
    return 0.5 * np.linalg.norm(np.cross(P[t[:, 1]] - P[t[:, 0]], P[t[:, 2]] - P[t[:, 0]]), axis=1)


SHAPES = [
    shapely.box(0, 0, 10, 5),                                                          # convex → fan
    shapely.Polygon([(0, 0), (10, 0), (10, 4), (4, 4), (4, 10), (0, 10)]),             # L → earcut
    shapely.Polygon(shapely.box(0, 0, 20, 20).exterior, [shapely.box(5, 5, 15, 15).exterior]),  # hole
    shapely.Polygon([(0, 0), (4, 0), (4, 0), (4, 3), (0, 3)]),                         # repeated vertex
]


@pytest.mark.parametrize("plane", ["xy", "auto"])
def test_triangulated_area_equals_polygon_area(plane):
    geoms = np.array(SHAPES + [shapely.MultiPolygon([shapely.box(100, 0, 101, 1), shapely.box(200, 0, 202, 1)])],
                     dtype=object)
    pa, ok = polygons_from_geoms(geoms)
    assert ok.all() and pa.n_polygons == len(SHAPES) + 2
    tris, tpoly = triangulate(pa, plane=plane)
    area = np.bincount(pa.owner[tpoly], tri_areas(pa.coords, tris), minlength=len(geoms))
    assert area == pytest.approx(shapely.area(geoms))


def test_vertical_and_sloped_3d_polygons():
    wall = shapely.Polygon([(0, 0, 0), (10, 0, 0), (10, 0, 6), (0, 0, 6)])
    gable = shapely.Polygon([(0, 0, 0), (8, 0, 0), (8, 0, 3), (4, 0, 5), (0, 0, 3)])   # pentagon, convex
    notch = shapely.Polygon([(0, 0, 0), (0, 6, 0), (0, 6, 4), (0, 3, 2), (0, 0, 4)])    # concave, in the y-z plane
    roof = shapely.Polygon([(0, 0, 5), (10, 0, 5), (10, 4, 7), (0, 4, 7)])
    pa, _ = polygons_from_geoms(np.array([wall, gable, notch, roof], dtype=object))
    n = polygon_normals(pa)
    assert np.argmax(np.abs(n), axis=1).tolist() == [1, 1, 0, 2]
    tris, tpoly = triangulate(pa)
    area = np.bincount(tpoly, tri_areas(pa.coords, tris), minlength=4)
    assert area == pytest.approx([60.0, 8 * 3 + 8 * 2 / 2, 6 * 4 - 6 * 2 / 2, 10 * np.hypot(4, 2)])


def test_extrude_builds_closed_prisms():
    fp = np.array([shapely.box(0, 0, 10, 5), SHAPES[2]], dtype=object)
    pa, _ = polygons_from_geoms(fp)
    pts, tris, tpoly = extrude(pa, np.array([2.0, 0.0]), np.array([12.0, 3.0]), floor=True)
    area = np.bincount(pa.owner[tpoly], tri_areas(pts, tris), minlength=2)
    # walls (perimeter × height) + roof + floor
    expect = shapely.length(fp) * np.array([10.0, 3.0]) + 2 * shapely.area(fp)
    assert area == pytest.approx(expect)
    assert pts[:, 2].min() == 0.0 and pts[:, 2].max() == 12.0
    # every edge is shared by exactly two triangles: the prism is watertight
    e = np.sort(np.concatenate([tris[:, [0, 1]], tris[:, [1, 2]], tris[:, [2, 0]]]), axis=1)
    # closing vertices duplicate the first vertex; merge coincident points before counting
    _, inv = np.unique(np.round(pts, 9), axis=0, return_inverse=True)
    e = np.sort(inv.ravel()[e], axis=1)
    e = e[e[:, 0] != e[:, 1]]
    _, counts = np.unique(e, axis=0, return_counts=True)
    assert set(counts.tolist()) == {2}


def test_wkb_parsing_skips_nulls_and_non_polygons():
    wkb = [shapely.to_wkb(SHAPES[0]), None, shapely.to_wkb(shapely.Point(1, 2)),
           shapely.to_wkb(shapely.MultiPolygon([SHAPES[0], shapely.box(20, 20, 21, 21)]))]
    pa, ok = polygons_from_wkb(np.array(wkb, dtype=object))
    assert ok.tolist() == [True, False, False, True]
    assert pa.owner.tolist() == [0, 3, 3]
    assert np.all(pa.coords[:, 2] == 0.0)
