"""Mesh builders against the store they were built from: counts, coverage, bounds, LOD fallback, draping."""

from __future__ import annotations

import numpy as np
import pytest
import shapely

from layers.buildings import building_mesh
from layers.dem import first_dem_id, load_grid
from layers.roads import flat_polygons_mesh
from layers.terrain import terrain_mesh
from layers.vector import vector_mesh


def _all_triangles(mesh) -> bool:
    faces = np.asarray(mesh.faces).reshape(-1, 4)
    return bool((faces[:, 0] == 3).all())


def test_lod2_layer_covers_every_building_with_lod1_fallback(city_store):
    mesh, info = building_mesh(city_store, lod=2)
    ids_store = {r[0] for r in city_store.query("SELECT id FROM buildings")}
    fid = np.asarray(mesh.cell_data["feature_id"])
    assert set(fid.tolist()) == ids_store                       # every building, nothing else
    assert _all_triangles(mesh) and mesh.n_cells > 0
    lod2_ids = {r[0] for r in city_store.query(
        "SELECT DISTINCT b.id FROM buildings b JOIN building_surfaces s USING (gml_id, source_id) WHERE s.lod = 2")}
    assert len(lod2_ids) == city_store.city.n_lod2 > 0
    lod = np.asarray(mesh.cell_data["lod"])
    for f in list(lod2_ids)[:20]:
        assert set(lod[fid == f].tolist()) == {2}
    others = ids_store - lod2_ids
    assert set(lod[np.isin(fid, list(others))].tolist()) == {1}
    assert info.n_lod2_buildings == len(lod2_ids) and info.n_extruded == len(others)


def test_lod2_surface_count_equals_the_store(city_store):
    mesh, info = building_mesh(city_store, lod=2)
    n_store = city_store.query("SELECT count(*) FROM building_surfaces WHERE lod = 2")[0][0]
    sid = np.asarray(mesh.cell_data["surface_id"])
    lod = np.asarray(mesh.cell_data["lod"])
    assert len(np.unique(sid[lod == 2])) == n_store == info.n_lod2_surfaces == city_store.city.n_lod2_surfaces


def test_lod1_layer_has_only_lod1(city_store):
    mesh, info = building_mesh(city_store, lod=1)
    assert set(np.asarray(mesh.cell_data["lod"]).tolist()) == {1}
    assert len(np.unique(mesh.cell_data["feature_id"])) == city_store.city.n_buildings
    assert info.n_lod2_surfaces == 0


def test_bounds_match_the_store_extent(city_store):
    mesh, _ = building_mesh(city_store, lod=2)
    x0, y0, x1, y1 = city_store.query(
        "SELECT min(ST_XMin(footprint)), min(ST_YMin(footprint)), max(ST_XMax(footprint)), max(ST_YMax(footprint)) "
        "FROM buildings")[0]
    b = mesh.bounds
    assert (b[0], b[2], b[1], b[3]) == pytest.approx((x0, y0, x1, y1), abs=1e-6)
    zmin, zmax = city_store.query("SELECT min(ST_ZMin(geom)), max(ST_ZMax(geom)) FROM building_surfaces")[0]
    assert b[4] == pytest.approx(zmin) and b[5] == pytest.approx(zmax)


def test_footprint_prisms_equal_the_stored_lod1_solids(city_store):
    """The fast LOD1 path (prism of the footprint) draws exactly the stored LOD1 solid of each building."""
    prism, _ = building_mesh(city_store, lod=1, lod1_geometry="footprint")
    stored, info = building_mesh(city_store, lod=1, lod1_geometry="surfaces")
    assert info.n_lod1_surface_buildings == city_store.city.n_buildings

    def per_feature_bounds(m):
        fid = np.asarray(m.cell_data["feature_id"])
        faces = np.asarray(m.faces).reshape(-1, 4)[:, 1:]
        pts = m.points[faces].reshape(len(faces), 3, 3)
        ids = np.unique(fid)
        idx = np.searchsorted(ids, fid)
        lo = np.full((len(ids), 3), np.inf)
        hi = np.full((len(ids), 3), -np.inf)
        np.minimum.at(lo, idx, pts.min(axis=1))
        np.maximum.at(hi, idx, pts.max(axis=1))
        return ids, lo, hi

    a, b = per_feature_bounds(prism), per_feature_bounds(stored)
    assert (a[0] == b[0]).all()
    assert a[1] == pytest.approx(b[1], abs=1e-6) and a[2] == pytest.approx(b[2], abs=1e-6)


def test_parts_use_stored_lod1_surfaces_in_auto_mode(tmp_path):
    from twin.store import Store
    from twin.synthetic import write_synthetic_city

    with Store(tmp_path / "p.duckdb") as s:
        write_synthetic_city(s, 20, lod2_fraction=0.0, with_dem=False, with_roads=False, with_risks=False)
        gml = s.query("SELECT gml_id FROM buildings ORDER BY id LIMIT 1")[0][0]
        s.query("UPDATE building_surfaces SET part_gml_id = gml_id || '_part1' WHERE gml_id = ?", [gml])
        s.query("UPDATE buildings SET lod1_top_z = NULL, measured_height = NULL WHERE id = 2")
        mesh, info = building_mesh(s, lod=1)
        fid = np.asarray(mesh.cell_data["feature_id"])
        sid = np.asarray(mesh.cell_data["surface_id"])
        assert info.n_lod1_surface_buildings == 2 and info.n_extruded == 18
        assert (sid[fid == 1] >= 0).all() and (sid[fid == 2] >= 0).all() and (sid[fid == 3] == -1).all()


def test_roads_are_draped_on_the_dem(city_store):
    grid = load_grid(city_store, first_dem_id(city_store))
    mesh, ground, warnings = flat_polygons_mesh(
        city_store, "SELECT id, ST_AsWKB(geom) AS wkb FROM roads", grid, 0.5)
    assert not warnings and _all_triangles(mesh)
    assert set(np.unique(mesh.cell_data["feature_id"]).tolist()) == {r[0] for r in city_store.query("SELECT id FROM roads")}
    p = mesh.points
    assert p[:, 2] == pytest.approx(grid.sample(p[:, 0], p[:, 1]) + 0.5)
    assert ground == pytest.approx(p[:, 2] - 0.5)
    # stored roads have z = 0; the draped ones follow the terrain (T.P. 5–60 m here)
    assert p[:, 2].min() > 3.0
    # densified: no triangle edge much longer than the DEM cell along the road
    area = np.sum(shapely.area(shapely.from_wkb(
        np.array([r[0] for r in city_store.query("SELECT ST_AsWKB(geom) FROM roads")], dtype=object))))
    faces = np.asarray(mesh.faces).reshape(-1, 4)[:, 1:]
    P = p[faces][:, :, :2]
    a, b = P[:, 1] - P[:, 0], P[:, 2] - P[:, 0]
    tri_area = 0.5 * np.abs(a[:, 0] * b[:, 1] - a[:, 1] * b[:, 0])
    assert tri_area.sum() == pytest.approx(area, rel=1e-9)


def test_terrain_mesh_is_the_dem(city_store):
    grid = load_grid(city_store, first_dem_id(city_store))
    mesh, elev, spacing = terrain_mesh(grid)
    assert mesh.n_points == grid.width * grid.height
    assert mesh.n_cells == 2 * (grid.width - 1) * (grid.height - 1)
    assert mesh.bounds[4] == pytest.approx(np.nanmin(grid.data)) and mesh.bounds[5] == pytest.approx(np.nanmax(grid.data))
    small, _, sp = terrain_mesh(grid, max_size=40)
    assert max(small.field_data["grid_shape"]) <= 40 and sp[0] > spacing[0]


def test_vector_mesh_mixes_points_lines_polygons():
    geoms = np.array([shapely.Point(0, 0), shapely.LineString([(0, 0), (5, 0), (5, 5)]),
                      shapely.box(10, 10, 12, 12), shapely.MultiPoint([(1, 1), (2, 2)]), None], dtype=object)
    ids = np.array([10, 11, 12, 13, 14])
    mesh, ground = vector_mesh(geoms, ids, None, drape=None, offset=0.0)
    assert mesh.n_verts == 3 and mesh.n_lines == 1 and mesh.n_faces == 2
    # VTK cell order: vertices, lines, polygons
    assert np.asarray(mesh.cell_data["feature_id"]).tolist() == [10, 13, 13, 11, 12, 12]
