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


# -- numpy WKB decoding ------------------------------------------------------------------------------------------

HOLES = shapely.Polygon(shapely.box(0, 0, 20, 20).exterior,
                        [shapely.box(5, 5, 8, 8).exterior, shapely.box(10, 10, 15, 15).exterior])
MIXED = [shapely.box(0, 0, 1, 1), None, shapely.Point(1, 2),
         shapely.MultiPolygon([shapely.box(100, 0, 101, 1), HOLES, shapely.box(200, 0, 202, 1)]),
         HOLES, shapely.LineString([(0, 0), (1, 1)]), shapely.Polygon(), shapely.box(3, 3, 4, 5),
         shapely.MultiPolygon([SHAPES[1], shapely.box(50, 50, 60, 55)])]


def _same_arrays(a, b):
    for name in ("ring_offsets", "poly_offsets", "owner"):
        assert np.array_equal(getattr(a, name), getattr(b, name)), name
    assert a.coords == pytest.approx(b.coords)


@pytest.mark.parametrize("flavor", ["iso", "extended"])
@pytest.mark.parametrize("z", [None, 7.5])
def test_wkb_decoder_equals_shapely(flavor, z):
    import pyarrow as pa

    geoms = [g if (z is None or g is None or g.is_empty) else shapely.force_3d(g, z) for g in MIXED]
    wkb = [None if g is None else shapely.to_wkb(g, flavor=flavor) for g in geoms]
    want, want_ok = polygons_from_geoms(np.array(geoms, dtype=object))
    for source in (wkb, pa.array(wkb, pa.binary()), pa.chunked_array([pa.array(wkb[:4], pa.binary()),
                                                                      pa.array(wkb[4:], pa.binary())])):
        got, ok = polygons_from_wkb(source)
        assert ok.tolist() == want_ok.tolist()
        _same_arrays(got, want)
    assert want.n_polygons == 1 + 3 + 1 + 1 + 2          # multipolygon parts are polygons of their row


def test_wkb_decoder_sliced_arrow_arrays_and_masks():
    import pyarrow as pa

    geoms = [shapely.force_3d(shapely.box(i, 0, i + 1 + i % 3, 2), float(i)) for i in range(40)]
    arr = pa.array([shapely.to_wkb(g, flavor="iso") for g in geoms], pa.binary())
    got, ok = polygons_from_wkb(arr.slice(7, 20), mask=np.arange(20) % 4 != 1)
    want, _ = polygons_from_geoms(np.array([g if i % 4 != 1 else None for i, g in enumerate(geoms[7:27])],
                                           dtype=object))
    assert ok.tolist() == [i % 4 != 1 for i in range(20)]
    _same_arrays(got, want)


def test_wkb_decoder_falls_back_to_shapely_for_other_encodings():
    big_endian = [shapely.to_wkb(HOLES, byte_order=0), shapely.to_wkb(shapely.box(0, 0, 1, 1), byte_order=0)]
    with_srid = [shapely.to_wkb(shapely.set_srid(HOLES, 6675), include_srid=True, flavor="extended")]
    for wkb, geoms in ((big_endian, [HOLES, shapely.box(0, 0, 1, 1)]), (with_srid, [HOLES])):
        got, ok = polygons_from_wkb(wkb)
        want, _ = polygons_from_geoms(np.array(geoms, dtype=object))
        assert ok.all()
        _same_arrays(got, want)


# -- ear clipping of small concave rings, densification -----------------------------------------------------------

def _random_simple_polygons(n, seed):
    rng = np.random.default_rng(seed)
    out = []
    while len(out) < n:
        k = int(rng.integers(4, 17))
        ang = np.sort(rng.uniform(0, 2 * np.pi, k))
        r = rng.uniform(2, 10, k)
        cx, cy = rng.uniform(-5e4, 5e4, 2)          # project-CRS-sized coordinates
        pts = np.c_[cx + r * np.cos(ang), cy + r * np.sin(ang)]
        p = shapely.Polygon(pts if rng.random() < 0.5 else pts[::-1])
        if p.is_valid:
            out.append(p)
    return np.array(out, dtype=object)


def test_concave_rings_are_triangulated_exactly():
    geoms = _random_simple_polygons(400, seed=3)             # star-shaped: mostly concave, both orientations
    pa, _ = polygons_from_geoms(geoms)
    tris, tpoly = triangulate(pa, plane="xy")
    n_open = np.diff(pa.ring_offsets) - 1
    assert np.bincount(tpoly, minlength=pa.n_polygons).tolist() == (n_open - 2).tolist()
    area = np.bincount(tpoly, tri_areas(pa.coords, tris), minlength=len(geoms))
    assert area == pytest.approx(shapely.area(geoms), rel=1e-9)
    # no triangle outside its polygon (so none overlap: the areas add up)
    c = pa.coords[tris].mean(axis=1)
    assert shapely.contains_xy(geoms[tpoly], c[:, 0], c[:, 1]).all()
    # the same rings standing upright (walls) go through the same path in their own plane
    walls = np.array([shapely.Polygon([(x, 0.0, y) for x, y in np.asarray(g.exterior.coords)[:-1]])
                      for g in geoms[:100]], dtype=object)
    pw, _ = polygons_from_geoms(walls)
    tw, tp = triangulate(pw)
    assert np.bincount(tp, tri_areas(pw.coords, tw), minlength=100) == pytest.approx(shapely.area(geoms[:100]))


def test_densify_equals_shapely_segmentize():
    from layers.meshing import densify

    geoms = np.array([shapely.force_3d(HOLES, 2.0), None,
                      shapely.MultiPolygon([shapely.box(100, 0, 137, 1), shapely.box(0, 30, 3, 31)])], dtype=object)
    pa, _ = polygons_from_geoms(geoms)
    got = densify(pa, 5.0)
    want, _ = polygons_from_geoms(shapely.segmentize(geoms, 5.0))
    assert np.array_equal(got.ring_offsets, want.ring_offsets) and np.array_equal(got.owner, want.owner)
    assert got.coords[:, :2] == pytest.approx(want.coords[:, :2])
    assert (got.coords[: got.ring_offsets[1], 2] == 2.0).all()       # z carried along
