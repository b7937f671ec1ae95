"""Spatial tiles of big layers: cover every feature once, share the merged mesh's data, pick exactly, and
choose near / middle / far representations while the camera moves."""

from __future__ import annotations

import numpy as np
import pytest
import shapely

from twin.style import Style


@pytest.fixture
def small_tiles(monkeypatch):
    """Tile the 240-building test city as if it were big (≈ 16 tiles)."""
    import layers.tiles as lt

    monkeypatch.setattr(lt, "TILE_MIN_CELLS", 1000)
    monkeypatch.setattr(lt, "TILE_TARGET_CELLS", 200)


@pytest.fixture
def tiled_scene(small_tiles, doc, plotter):
    from layers.scene import SceneController

    sc = SceneController(doc, plotter, progressive=False)
    yield sc
    sc.close()


def _buildings(doc):
    return doc.layers.by_kind("buildings")[0]


def _display(scene, p):
    r = scene.renderer
    r.SetWorldPoint(float(p[0]), float(p[1]), float(p[2]), 1.0)
    r.WorldToDisplay()
    return r.GetDisplayPoint()[:2]


def _address(obj, cls="vtkObject"):
    return obj.GetAddressAsString(cls)


def test_balanced_tiles_and_geometry_helpers():
    from layers.tiles import balanced_tiles, ray_hits_boxes

    rng = np.random.default_rng(0)
    x, y = rng.uniform(0, 4000, 5000), rng.uniform(0, 1000, 5000)
    t = balanced_tiles(x, y, 16)
    counts = np.bincount(t)
    assert len(counts) == 16 and counts.min() > 0.8 * counts.mean()      # balanced, no empty tile
    assert np.array_equal(np.unique(t), np.arange(16))
    boxes = np.array([[0, 1, 0, 1, 0, 1], [5, 6, 0, 1, 0, 1], [0, 1, 0, 1, 5, 6]], float)
    hits = ray_hits_boxes(np.array([-1.0, 0.5, 0.5]), np.array([10.0, 0.5, 0.5]), boxes)
    assert hits.tolist() == [True, True, False]
    assert ray_hits_boxes(np.array([0.5, 0.5, 10.0]), np.array([0.5, 0.5, -10.0]), boxes).tolist() == \
        [True, False, True]


def test_tiles_cover_every_feature_exactly_once(doc, tiled_scene):
    ad = tiled_scene.adapters[_buildings(doc).id]
    assert ad.tiled and 8 <= len(ad.tiles) <= 64
    mesh = ad.mesh
    fid = np.asarray(mesh.cell_data["feature_id"])
    seen: list[set[int]] = []
    for k, poly in enumerate(ad.tiles.polys):
        c0, c1 = ad.tiles.ranges[k], ad.tiles.ranges[k + 1]
        assert poly.n_cells == c1 - c0
        # the tile is the merged mesh's cells c0:c1, on the same points object
        assert _address(poly.GetPoints()) == _address(mesh.GetPoints())
        assert np.array_equal(np.asarray(poly.faces).reshape(-1, 4)[:, 1:],
                              np.asarray(mesh.faces).reshape(-1, 4)[c0:c1, 1:])
        seen.append(set(np.unique(fid[c0:c1]).tolist()))
    assert set().union(*seen) == set(ad.fids.tolist()) == set(r[0] for r in doc.store.query("SELECT id FROM buildings"))
    assert sum(len(s) for s in seen) == len(ad.fids)                      # no feature in two tiles
    assert len(set(ad.features.feature_tile.tolist())) == len(ad.tiles)
    # one actor per tile, visible at rest; the light / far stand-ins hidden
    d = ad.drawing
    assert len(d.tile_actors) == len(ad.tiles) and all(a.GetVisibility() for a in d.tile_actors)
    assert not any(a.GetVisibility() for a in d.light_tile_actors + d.far_tile_actors)
    # LOD2 surface count still equals the store's
    lod2 = doc.store.query("SELECT count(*) FROM building_surfaces WHERE lod = 2")[0][0]
    sid = np.asarray(mesh.cell_data["surface_id"])[np.asarray(mesh.cell_data["lod"]) == 2]
    assert len(np.unique(sid)) == lod2


def test_restyle_and_exaggeration_reach_every_tile(doc, tiled_scene):
    lay = _buildings(doc)
    ad = tiled_scene.adapters[lay.id]
    lay.style = Style(mode="graduated", attribute="measured_height", colormap="viridis", classes=4)
    rgba = np.asarray(ad.mesh.cell_data["rgba"])
    for k, poly in enumerate(ad.tiles.polys):
        assert np.array_equal(np.asarray(poly.cell_data["rgba"]), rgba[ad.tiles.ranges[k]:ad.tiles.ranges[k + 1]])
    # far stand-ins carry their building's colour
    far = ad.drawing.far
    far_rgba = np.asarray(far.mesh.point_data["rgba"]).reshape(-1, 3, 4)
    assert (far_rgba == rgba[far.index][:, None, :]).all()
    far_fid = np.asarray(ad.mesh.cell_data["feature_id"])[far.index]
    assert set(far_fid.tolist()) == set(ad.fids.tolist())                # every building stands in
    top = ad.tiles.bounds[:, 5].copy()
    z_far = np.array(far.mesh.points[:, 2])
    doc.layers.by_kind("terrain")[0].set_param("exaggeration", 2.0)
    assert (ad.tiles.bounds[:, 5] > top).all()                             # bounds follow the points
    g = far.z[1]
    assert np.asarray(far.mesh.points[:, 2]) == pytest.approx(z_far + g)


def test_far_stand_ins_have_the_roof_area_and_centre(doc, tiled_scene):
    """One triangle per building with its roof's area and centre; buildings much bigger than their tile's
    typical one keep their roof triangles."""
    ad = tiled_scene.adapters[_buildings(doc).id]
    rows = dict((r[0], r[1:]) for r in doc.store.query(
        "SELECT id, ST_Area(footprint), ST_X(ST_Centroid(footprint)), ST_Y(ST_Centroid(footprint)) "
        "FROM buildings WHERE lod = 1 AND ST_NPoints(footprint) = 5"))     # LOD1 rectangles: roof = footprint
    far = ad.drawing.far
    p = np.asarray(far.mesh.points).reshape(-1, 3, 3)
    fid = np.asarray(ad.mesh.cell_data["feature_id"])[far.index]
    e1, e2 = p[:, 1, :2] - p[:, 0, :2], p[:, 2, :2] - p[:, 0, :2]
    area = 0.5 * np.abs(e1[:, 0] * e2[:, 1] - e1[:, 1] * e2[:, 0])
    cen = p[:, :, :2].mean(axis=1)
    per = np.bincount(np.searchsorted(ad.fids, fid), minlength=len(ad.fids))
    assert (per >= 1).all() and (per == 1).mean() > 0.6                 # mostly one triangle each
    checked = 0
    for f, (a, cx, cy) in rows.items():
        sel = fid == f
        assert area[sel].sum() == pytest.approx(a, rel=1e-6)
        assert (area[sel] @ cen[sel]) / area[sel].sum() == pytest.approx((cx, cy), abs=1e-6)
        checked += 1
    assert checked > 50
    # every stand-in lies in its tile
    for k in range(len(ad.tiles)):
        f0, f1 = far.ranges[k], far.ranges[k + 1]
        tiles = ad.features.feature_tile[np.searchsorted(ad.fids, fid[f0:f1])]
        assert (tiles == k).all()


def test_tiled_picking_is_exact(doc, tiled_scene, plotter):
    lay = _buildings(doc)
    tiled_scene.set_camera("top")
    plotter.show(auto_close=False)
    rows = doc.store.query(
        "SELECT id, ST_X(ST_Centroid(footprint)), ST_Y(ST_Centroid(footprint)), lod1_top_z FROM buildings "
        "WHERE lod = 1 AND ST_NPoints(footprint) = 5 ORDER BY id")
    ad = tiled_scene.adapters[lay.id]
    for fid, x, y, top in rows[::7]:
        dx, dy = _display(tiled_scene, (x, y, top))
        assert tiled_scene.pick_at(dx, dy) == (lay.id, fid)
        wx, wy, wz = tiled_scene.pick_world(dx, dy)
        assert (wx, wy) == pytest.approx((x, y), abs=1.0) and wz == pytest.approx(top, abs=0.01)
    # the first picks built locators for the tiles on the rays only
    assert 0 < len(ad.drawing._tile_locators) < len(ad.tiles)
    assert tiled_scene.pick_at(1, 1) is None
    # rectangle: what an untiled scene selects
    cx, cy = doc.store.city.center
    (x0, y0), (x1, y1) = _display(tiled_scene, (cx - 90, cy - 60, 0)), _display(tiled_scene, (cx + 50, cy + 80, 0))
    got = tiled_scene.pick_rect(x0, y0, x1, y1)[lay.id]
    hidden = [a for a in ad.drawing.tile_actors if not a.GetVisibility()]
    assert not hidden                                                     # tiles skipped only during the pick
    inside = {r[0] for r in doc.store.query(
        "SELECT id FROM buildings WHERE ST_Within(footprint, ST_MakeEnvelope(?, ?, ?, ?))",
        [cx - 87, cy - 57, cx + 47, cy + 77])}
    touching = {r[0] for r in doc.store.query(
        "SELECT id FROM buildings WHERE ST_Intersects(footprint, ST_MakeEnvelope(?, ?, ?, ?))",
        [cx - 93, cy - 63, cx + 53, cy + 83])}
    assert inside and inside <= set(got) <= touching


def test_tiles_choose_near_middle_and_far_representations_while_moving(doc, tiled_scene, plotter):
    from dataclasses import replace

    lay = _buildings(doc)
    ad = tiled_scene.adapters[lay.id]
    d = ad.drawing
    rw = plotter.render_window
    plotter.show(auto_close=False)
    rw.SetDesiredUpdateRate(30.0)
    # far above the city: every building is a few pixels → far stand-ins only
    cam = tiled_scene.renderer.GetActiveCamera()
    tiled_scene.set_camera("top")
    cam.SetParallelScale(cam.GetParallelScale() * 12)
    rw.Render()
    assert tiled_scene.interactive and (d.tile_lod == 2).all()
    assert all(a.GetVisibility() for a in d.far_tile_actors)
    assert not any(a.GetVisibility() for a in d.tile_actors + d.light_tile_actors)
    # a layer this small fits the budget of cells drawn while moving: full detail wherever it shows
    tiled_scene.set_camera("city")
    rw.Render()
    assert (d.tile_lod == 0).all() and all(a.GetVisibility() for a in d.tile_actors)
    # without budget: roofs where buildings span a few pixels, else far
    rules = d.lod_rules
    d.lod_rules = replace(rules, budget=0, near_cells=0)
    tiled_scene.renderer.GetActiveCamera().Azimuth(1.0)
    rw.Render()
    assert set(d.tile_lod.tolist()) <= {1, 2} and (d.tile_lod == 1).any()
    d.lod_rules = rules
    # close to one building: its tile in full detail, the others lighter
    fid = int(ad.fids[len(ad.fids) // 2])
    tiled_scene.set_camera("station")
    tiled_scene.zoom_to_features(lay.id, [fid])
    rw.Render()
    k = int(ad.features.feature_tile[len(ad.fids) // 2])
    assert d.tile_lod[k] == 0 and d.tile_actors[k].GetVisibility()
    assert (d.tile_lod != 0).any()
    for j, state in enumerate(d.tile_lod.tolist()):
        shown = [d.tile_actors[j].GetVisibility(), d.light_tile_actors[j].GetVisibility(),
                 d.far_tile_actors[j].GetVisibility()]
        assert shown == [state == 0, state == 1, state == 2]
    full_cells = sum(ad.tiles.polys[j].n_cells for j in np.nonzero(d.tile_lod == 0)[0])
    assert full_cells <= d.lod_rules.budget
    # at rest: every tile in full detail again, exactly as before
    rw.SetDesiredUpdateRate(0.0001)
    rw.Render()
    assert not tiled_scene.interactive and all(a.GetVisibility() for a in d.tile_actors)
    assert not any(a.GetVisibility() for a in d.light_tile_actors + d.far_tile_actors)
    lay.visible = False
    assert not any(a.GetVisibility() for a in ad.actors())


def test_fxaa_is_suspended_while_moving(doc, scene, plotter):
    scene.renderer.SetUseFXAA(True)
    plotter.show(auto_close=False)
    rw = plotter.render_window
    rw.SetDesiredUpdateRate(30.0)
    rw.Render()
    assert scene.interactive and not scene.renderer.GetUseFXAA()
    rw.SetDesiredUpdateRate(0.0001)
    rw.Render()
    assert not scene.interactive and scene.renderer.GetUseFXAA()
    # a window without FXAA keeps it off
    scene.renderer.SetUseFXAA(False)
    rw.SetDesiredUpdateRate(30.0)
    rw.Render()
    rw.SetDesiredUpdateRate(0.0001)
    rw.Render()
    assert not scene.renderer.GetUseFXAA()


def _first_hit(scene, x, y):
    """Brute force: the adapter and cell the ray under display (x, y) meets first (every triangle)."""
    p0, p1 = scene.picker.ray(x, y)
    d = p1 - p0
    best = (np.inf, None, None)
    for ad in scene.adapters.values():
        m = ad.mesh
        f = np.asarray(m.faces).reshape(-1, 4)[:, 1:]
        P = np.asarray(m.points)
        v0, e1, e2 = P[f[:, 0]], P[f[:, 1]] - P[f[:, 0]], P[f[:, 2]] - P[f[:, 0]]
        h = np.cross(d, e2)
        det = (e1 * h).sum(axis=1)
        with np.errstate(divide="ignore", invalid="ignore"):
            inv = 1.0 / det
            s_ = p0 - v0
            u = (s_ * h).sum(axis=1) * inv
            q = np.cross(s_, e1)
            v = (q * d).sum(axis=1) * inv
            t = (e2 * q).sum(axis=1) * inv
        hit = np.isfinite(t) & (u >= 0) & (v >= 0) & (u + v <= 1) & (t >= 0) & (t <= 1)
        if hit.any():
            i = int(np.argmin(np.where(hit, t, np.inf)))
            if t[i] < best[0]:
                best = (t[i], ad, i)
    return best[1], best[2]


@pytest.mark.parametrize("tiled", [False, True])
def test_a_click_picks_the_building_exactly_under_the_cursor(doc, plotter, monkeypatch, tiled):
    """Oblique view, many pixels: whenever the ray meets a building first, that building is picked (a
    building merely near the ray, in front, does not win)."""
    from layers.scene import SceneController

    if tiled:
        import layers.tiles as lt

        monkeypatch.setattr(lt, "TILE_MIN_CELLS", 1000)
        monkeypatch.setattr(lt, "TILE_TARGET_CELLS", 200)
    sc = SceneController(doc, plotter, progressive=False)
    try:
        lay = _buildings(doc)
        sc.set_camera("city")
        plotter.show(auto_close=False)
        ad = sc.adapters[lay.id]
        assert ad.tiled == tiled
        rng = np.random.default_rng(5)
        w, h = plotter.window_size
        checked = 0
        for _ in range(120):
            x, y = w * (0.25 + 0.5 * rng.random()), h * (0.25 + 0.5 * rng.random())
            owner, cell = _first_hit(sc, x, y)
            if owner is not ad:
                continue
            assert sc.pick_at(x, y) == (lay.id, ad.feature_id_for_cell(cell))
            checked += 1
        assert checked >= 5
    finally:
        sc.close()


@pytest.fixture
def all_tiled_scene(monkeypatch, doc, plotter):
    """Tiles for every layer of the test city, its 15 roads included."""
    import layers.tiles as lt
    from layers.scene import SceneController

    monkeypatch.setattr(lt, "TILE_MIN_CELLS", 200)
    monkeypatch.setattr(lt, "TILE_TARGET_CELLS", 40)
    sc = SceneController(doc, plotter, progressive=False)
    yield sc
    sc.close()


def test_terrain_and_roads_are_tiled_too(doc, all_tiled_scene, plotter):
    from layers.dem import first_dem_id, load_grid

    tiled_scene = all_tiled_scene
    terrain = tiled_scene.adapters[doc.layers.by_kind("terrain")[0].id]
    roads = tiled_scene.adapters[doc.layers.by_kind("roads")[0].id]
    assert terrain.tiled and roads.tiled
    # terrain: cells tiled one by one, every cell in one tile, point colours and normals shared
    assert terrain.tiles.ranges[-1] == terrain.mesh.n_cells and (np.diff(terrain.tiles.ranges) > 0).all()
    for poly in terrain.tiles.polys:
        for name in ("rgba", "Normals"):
            assert _address(poly.GetPointData().GetArray(name), "vtkDataArray") == \
                _address(terrain.mesh.GetPointData().GetArray(name), "vtkDataArray")
    # roads: each road in exactly one tile
    fid = np.asarray(roads.mesh.cell_data["feature_id"])
    per_tile = [set(np.unique(fid[a:b]).tolist()) for a, b in zip(roads.tiles.ranges[:-1], roads.tiles.ranges[1:])]
    assert sum(len(s) for s in per_tile) == len(roads.fids)
    # world picks on tiled terrain give the DEM height (with exaggeration undone)
    doc.layers.by_kind("terrain")[0].set_param("exaggeration", 3.0)
    tiled_scene.set_camera("top")
    plotter.show(auto_close=False)
    grid = load_grid(doc.store, first_dem_id(doc.store))
    b = grid.bounds
    for fx, fy in ((0.05, 0.05), (0.95, 0.1), (0.1, 0.9)):
        x, y = b[0] + fx * (b[2] - b[0]), b[1] + fy * (b[3] - b[1])
        hit = tiled_scene.pick_world(*_display(tiled_scene, (x, y, 3 * grid.sample(np.array([x]), np.array([y]))[0])))
        assert hit is not None
        assert hit[2] == pytest.approx(grid.sample(np.array([hit[0]]), np.array([hit[1]]))[0], abs=0.2)
    # restyling the terrain reaches the tiles (shared point colours)
    doc.layers.by_kind("terrain")[0].style = Style(color="#336699")
    assert (np.asarray(terrain.tiles.polys[0].point_data["rgba"])[:, :3] == [0x33, 0x66, 0x99]).all()
