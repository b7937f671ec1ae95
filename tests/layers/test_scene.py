"""Adapters and the scene with an off-screen plotter: cheap restyles, selection highlight, picking, cameras."""

from __future__ import annotations

import numpy as np
import pytest

from twin.layer import Layer
from twin.style import Style, hex_to_rgba


def _buildings(doc):
    return doc.layers.by_kind("buildings")[0]


def _points_address(mesh) -> str:
    return mesh.GetPoints().GetData().GetAddressAsString("vtkDataArray")


def _display(scene, p):
    r = scene.renderer
    r.SetWorldPoint(float(p[0]), float(p[1]), float(p[2]), 1.0)
    r.WorldToDisplay()
    return r.GetDisplayPoint()[:2]


def test_one_adapter_per_layer_with_merged_meshes(doc, scene):
    assert set(scene.adapters) == {v.id for v in doc.layers} and not scene.errors
    ad = scene.adapters[_buildings(doc).id]
    assert len(ad.fids) == doc.store.city.n_buildings
    assert ad.mesh.cell_data["feature_id"].dtype == np.int64
    # one visible actor per layer in the renderer (the light twins used while the camera moves are hidden)
    visible = [a for a in scene.renderer.GetActors() if a.GetVisibility()]
    assert len(visible) == len(doc.layers)
    assert {id(a) for a in visible} == {id(ad.actor) for ad in scene.adapters.values()}


def test_opacity_visibility_and_style_do_not_rebuild_geometry(doc, scene):
    lay = _buildings(doc)
    ad = scene.adapters[lay.id]
    mesh, addr, builds = ad.mesh, _points_address(ad.mesh), ad.build_count
    rgba_addr = mesh.GetCellData().GetArray("rgba").GetAddressAsString("vtkDataArray")
    lay.opacity = 0.4
    assert ad.actor.GetProperty().GetOpacity() == pytest.approx(0.4)
    lay.visible = False
    assert not ad.actor.GetVisibility()
    lay.visible = True
    lay.style = Style(mode="single", color="#123456")
    assert (np.asarray(mesh.cell_data["rgba"]) == [0x12, 0x34, 0x56, 255]).all()
    lay.style.color = "#654321"                    # in-place mutation reaches the actor too
    assert (np.asarray(mesh.cell_data["rgba"])[:, :3] == [0x65, 0x43, 0x21]).all()
    # same mesh object, same points and colour arrays, no rebuild
    assert ad.mesh is mesh and _points_address(mesh) == addr and ad.build_count == builds
    assert mesh.GetCellData().GetArray("rgba").GetAddressAsString("vtkDataArray") == rgba_addr
    assert ad.actor.GetMapper().GetInput() is mesh or \
        ad.actor.GetMapper().GetInput().GetAddressAsString("vtkPolyData") == mesh.GetAddressAsString("vtkPolyData")
    assert scene.renders  # the GUI was asked to render


def test_one_style_change_is_one_recolour_and_one_legend_rebuild(doc, scene, plotter):
    """Replacing a layer's style, and mutating it in place, each recolour that layer once (no other layer) and
    rebuild the overlay legend once, at the next frame."""
    lay = _buildings(doc)
    ad = scene.adapters[lay.id]
    plotter.show(auto_close=False)
    ov = scene.overlays
    counts = {lid: a.recolor_count for lid, a in scene.adapters.items()}
    builds = ov.legend_builds
    lay.style = Style(mode="graduated", attribute="measured_height", classes=4, colormap="viridis")
    plotter.render()
    assert ad.recolor_count == counts[lay.id] + 1 and ov.legend_builds == builds + 1
    lay.style.colormap = "magma"                                   # in-place mutation
    plotter.render()
    assert ad.recolor_count == counts[lay.id] + 2 and ov.legend_builds == builds + 2
    assert {lid: a.recolor_count for lid, a in scene.adapters.items() if lid != lay.id} == \
        {lid: n for lid, n in counts.items() if lid != lay.id}
    scene.renderer.GetActiveCamera().Azimuth(10.0)                # a frame without a style change
    plotter.render()
    assert ad.recolor_count == counts[lay.id] + 2 and ov.legend_builds == builds + 2
    assert ad.legend_title() in ov.legend_texts                    # the legend shows the new style


def test_graduated_style_colours_each_building_by_its_value(doc, scene):
    lay = _buildings(doc)
    ad = scene.adapters[lay.id]
    lay.style = Style(mode="graduated", attribute="measured_height", classes=4, colormap="viridis")
    ids, vals = doc.attribute_values(lay, "measured_height")
    cls = lay.style.classify(vals)
    expected = dict(zip(ids.tolist(), map(tuple, cls.colors())))
    fid = np.asarray(ad.mesh.cell_data["feature_id"])
    rgba = np.asarray(ad.mesh.cell_data["rgba"])
    for f in ids[:: max(1, len(ids) // 25)]:
        cells = rgba[fid == f]
        assert len(cells) and (cells == expected[int(f)]).all()
    assert [e.label for e in scene.legend_entries(lay.id)] == [e.label for e in cls.entries]


def test_lod_param_rebuilds_and_keeps_selection(doc, scene):
    lay = _buildings(doc)
    ad = scene.adapters[lay.id]
    builds = ad.build_count
    lod2_id = doc.store.query("SELECT id FROM buildings WHERE lod = 2 ORDER BY id LIMIT 1")[0][0]
    doc.selection.set(lay.id, [lod2_id])
    lay.set_param("lod", 1)
    assert ad.build_count == builds + 1
    assert set(np.asarray(ad.mesh.cell_data["lod"]).tolist()) == {1}
    assert ad.highlight_actor is not None and ad.selected == {lod2_id}


def test_selection_highlight_follows_the_selection(doc, scene):
    lay = _buildings(doc)
    ad = scene.adapters[lay.id]
    ids = [int(i) for i in ad.fids[:3]]
    doc.selection.set(lay.id, ids, origin="table")
    fid = np.asarray(ad.mesh.cell_data["feature_id"])
    assert ad.highlight_mesh.n_cells == int(np.isin(fid, ids).sum())
    assert set(np.unique(ad.highlight_mesh.cell_data["feature_id"]).tolist()) == set(ids)
    assert not ad.highlight_actor.GetPickable()
    doc.selection.clear(lay.id)
    assert ad.highlight_actor is None


def test_terrain_exaggeration_moves_points_not_meshes(doc, scene):
    terrain = doc.layers.by_kind("terrain")[0]
    t_ad, b_ad = scene.adapters[terrain.id], scene.adapters[_buildings(doc).id]
    tz0 = np.array(t_ad.mesh.points[:, 2])
    bz0 = np.array(b_ad.mesh.points[:, 2])
    ground = np.asarray(b_ad.mesh.point_data["ground_z"])
    tmesh, bmesh = t_ad.mesh, b_ad.mesh
    terrain.set_param("exaggeration", 2.0)
    assert t_ad.mesh is tmesh and b_ad.mesh is bmesh
    assert np.asarray(t_ad.mesh.points[:, 2]) == pytest.approx(2 * tz0)
    # buildings keep their height above ground and stand on the raised terrain
    assert np.asarray(b_ad.mesh.points[:, 2]) == pytest.approx(bz0 + ground)


def test_remove_and_reorder_layers(doc, scene):
    roads = doc.layers.by_kind("roads")[0]
    ad = scene.adapters[roads.id]
    actor = ad.actor
    n = scene.renderer.GetActors().GetNumberOfItems()
    doc.layers.move(doc.layers.index(roads), len(doc.layers))
    assert ad.z_order == len(doc.layers) - 1
    doc.layers.remove(roads)
    assert roads.id not in scene.adapters and ad.mesh is None
    assert scene.renderer.GetActors().GetNumberOfItems() == n - 1
    assert not scene.renderer.HasViewProp(actor)


def test_pick_at_returns_the_building_under_the_cursor(doc, scene, plotter):
    lay = _buildings(doc)
    scene.set_camera("top")
    plotter.show(auto_close=False)  # first render (pyvista's render() waits for show)
    rows = doc.store.query(
        "SELECT id, ST_X(ST_Centroid(footprint)), ST_Y(ST_Centroid(footprint)), lod1_top_z FROM buildings "
        "WHERE lod = 1 AND ST_NPoints(footprint) = 5 ORDER BY id LIMIT 5")
    for fid, x, y, top in rows:
        dx, dy = _display(scene, (x, y, top))
        assert scene.pick_at(dx, dy) == (lay.id, fid)
        wx, wy, wz = scene.pick_world(dx, dy)
        assert (wx, wy) == pytest.approx((x, y), abs=1.0) and wz == pytest.approx(top, abs=0.01)
    # an empty display corner shows nothing pickable
    assert scene.pick_at(1, 1) is None


def test_pick_world_on_terrain_gives_the_tp_height(doc, scene, plotter):
    from layers.dem import first_dem_id, load_grid

    scene.set_camera("top")
    doc.layers.by_kind("terrain")[0].set_param("exaggeration", 3.0)
    plotter.show(auto_close=False)  # first render (pyvista's render() waits for show)
    grid = load_grid(doc.store, first_dem_id(doc.store))
    b = grid.bounds
    x, y = b[0] + 40.0, b[1] + 40.0                     # a corner of the DEM, outside the city
    hit = scene.pick_world(*_display(scene, (x, y, 3 * grid.sample(np.array([x]), np.array([y]))[0])))
    assert hit is not None
    # the drawn surface is planar triangles between DEM pixel centres, the sample is bilinear
    assert hit[2] == pytest.approx(grid.sample(np.array([hit[0]]), np.array([hit[1]]))[0], abs=0.2)
    assert scene.pick_at(*_display(scene, (x, y, 0))) is None   # terrain is not a feature


def test_pick_rect_returns_the_visible_buildings_inside(doc, scene, plotter):
    lay = _buildings(doc)
    scene.set_camera("top")
    plotter.show(auto_close=False)  # first render (pyvista's render() waits for show)
    cx, cy = doc.store.city.center
    half = 60.0
    (x0, y0), (x1, y1) = _display(scene, (cx - half, cy - half, 0)), _display(scene, (cx + half, cy + half, 0))
    doc.selection.set(lay.id, [int(scene.adapters[lay.id].fids[0])])   # highlights must not hide features
    got = scene.pick_rect(x0, y0, x1, y1)
    inside = {r[0] for r in doc.store.query(
        "SELECT id FROM buildings WHERE ST_Within(footprint, ST_MakeEnvelope(?, ?, ?, ?))",
        [cx - half + 3, cy - half + 3, cx + half - 3, cy + half - 3])}   # ±3 m: about a pixel
    touching = {r[0] for r in doc.store.query(
        "SELECT id FROM buildings WHERE ST_Intersects(footprint, ST_MakeEnvelope(?, ?, ?, ?))",
        [cx - half - 3, cy - half - 3, cx + half + 3, cy + half + 3])}
    assert inside and inside <= set(got[lay.id]) <= touching
    assert doc.layers.by_kind("terrain")[0].id not in got


def _corners_in_view(scene, b) -> list[bool]:
    from vtkmodules.vtkRenderingCore import vtkCoordinate

    w, h = scene.renderer.GetRenderWindow().GetSize()
    c = vtkCoordinate()
    c.SetCoordinateSystemToWorld()
    out = []
    for x in b[0:2]:
        for y in b[2:4]:
            c.SetValue(x, y, b[4])
            dx, dy = c.GetComputedDoubleDisplayValue(scene.renderer)
            out.append(0 <= dx <= w and 0 <= dy <= h)
    return out


def test_whole_area_frames_every_corner_of_the_data_tightly(doc, scene, plotter):
    scene.set_camera("city")
    plotter.render()
    b = scene.scene_bounds()
    assert all(_corners_in_view(scene, b))
    # tight: from 30 % closer some ground corner leaves the view
    cam = scene.renderer.GetActiveCamera()
    cam.Dolly(1.3)
    assert not all(_corners_in_view(scene, b))


def test_station_view_of_a_project_elsewhere_shows_its_data(tmp_path, plotter):
    """Another city's PLATEAU data: 'station' would look at empty ground; the whole area is shown instead."""
    from layers.scene import SceneController
    from twin.document import TwinDocument, station_xy
    from twin.store import Store
    from twin.synthetic import write_synthetic_city

    sx, sy = station_xy()
    with Store(tmp_path / "elsewhere.duckdb") as store:
        write_synthetic_city(store, 60, seed=1, center=(sx + 40_000, sy - 25_000), with_dem=False)
        doc = TwinDocument(store)
        doc.create_default_layers()
        sc = SceneController(doc, plotter, progressive=False)
        try:
            sc.set_camera("station")
            plotter.render()
            assert sc.preset == "city" and all(_corners_in_view(sc, sc.scene_bounds()))
        finally:
            sc.close()


def test_camera_presets_state_and_zoom(doc, scene, plotter):
    scene.set_camera("station")
    cam = scene.renderer.GetActiveCamera()
    sx, sy = scene.camera.center_xy()
    assert cam.GetFocalPoint()[:2] == pytest.approx((sx, sy)) and not cam.GetParallelProjection()
    assert cam.GetPosition()[2] > cam.GetFocalPoint()[2]
    state = scene.camera_state()
    scene.set_camera("top")
    assert cam.GetParallelProjection() and cam.GetViewUp() == pytest.approx((0, 1, 0))
    scene.apply_camera_state(state)
    restored = scene.camera_state()
    assert restored.keys() == state.keys()
    for key in ("position", "focal_point", "view_up"):
        assert restored[key] == pytest.approx(state[key], abs=1e-6), key
    assert restored["view_angle"] == pytest.approx(state["view_angle"])
    assert restored["parallel_scale"] == pytest.approx(state["parallel_scale"])
    assert restored["parallel_projection"] is state["parallel_projection"] is False
    assert not cam.GetParallelProjection()
    plotter.show(auto_close=False)  # first render (pyvista's render() waits for show)
    assert cam.GetPosition() == pytest.approx(state["position"])  # pyvista did not reset our camera
    lay = _buildings(doc)
    fid = int(scene.adapters[lay.id].fids[10])
    assert scene.zoom_to_features(lay.id, [fid])
    b = scene.adapters[lay.id].bounds([fid])
    assert cam.GetFocalPoint() == pytest.approx(((b[0] + b[1]) / 2, (b[2] + b[3]) / 2, (b[4] + b[5]) / 2))
    assert scene.zoom_to_layer(lay.id)
    assert not scene.zoom_to_features(lay.id, [10 ** 9])


def test_overlays_show_north_scale_and_japanese_legend(doc, scene, plotter):
    scene.set_camera("top")
    plotter.show(auto_close=False)  # first render (pyvista's render() waits for show)
    ov = scene.overlays
    # true north at the centre of the view, from PROJ's own meridian convergence (not from the overlay's)
    from pyproj import Proj, Transformer

    fx, fy, _ = scene.renderer.GetActiveCamera().GetFocalPoint()
    lon, lat = Transformer.from_crs(doc.crs, "EPSG:6668", always_xy=True).transform(fx, fy)
    gamma = Proj(doc.crs).get_factors(lon, lat).meridian_convergence     # degrees, + = true north left of grid
    assert -0.6 < gamma < -0.4          # Kaga lies west of zone VII's meridian (137°10' E): north leans east
    # the top view has grid north (+y) straight up, at pi/2 on screen; the arrow leans east by |gamma|
    assert ov.last_north_angle == pytest.approx(np.pi / 2 + np.radians(gamma), abs=2e-4)
    assert ov.last_north_angle < np.pi / 2
    metres, px = ov.last_scale
    assert metres in (10, 20, 50, 100, 200, 500, 1000, 2000) and 30 < px <= 181
    texts = ov.legend_texts
    assert "建物: 用途" in texts and "住宅" in texts
    _buildings(doc).visible = False
    plotter.show(auto_close=False)  # first render (pyvista's render() waits for show)
    assert "住宅" not in ov.legend_texts


def test_overlay_words_follow_the_text_the_app_sets(doc, scene, plotter):
    from layers.scene import OverlayText

    lay = _buildings(doc)
    lay.style.attribute = "year_built"  # some buildings have no year: a "no value" entry
    lay.style.mode = "graduated"
    doc.layers.get(next(l.id for l in doc.layers if l.kind == "roads")).style.mode = "single"
    titles = [t for t, _ in scene.legend_sections()]
    assert f"{lay.name}: 建築年" in titles and "その他のレイヤー" in titles
    assert "値なし" in [e.label for e in scene.legend_entries(lay.id)]
    scene.set_overlay_text(OverlayText(attribute_label=lambda a: a.replace("_", " ").title(),
                                       other_layers="Other layers", no_value="No value", scale_note="(centre)"))
    sections = dict(scene.legend_sections())
    assert f"{lay.name}: Year Built" in sections and "Other layers" in sections
    labels = [e.label for e in scene.legend_entries(lay.id)]
    assert "No value" in labels and "値なし" not in labels
    plotter.show(auto_close=False)
    assert "Other layers" in scene.overlays.legend_texts and "No value" in scene.overlays.legend_texts
    assert scene.overlays.bar_label.actor.GetInput().endswith("(centre)")


def test_vector_layer_from_any_table(doc, scene, plotter):
    lay = Layer(name="浸水リスク道路", kind="vector", source="roads", params={"id_column": "id", "line_width": 4})
    doc.layers.append(lay)
    ad = scene.adapters[lay.id]
    assert set(ad.fids.tolist()) == {r[0] for r in doc.store.query("SELECT id FROM roads")}
    assert ad.actor.GetProperty().GetLineWidth() == 4
    lay.set_param("line_width", 6)
    assert ad.actor.GetProperty().GetLineWidth() == 6 and ad.build_count == 1


def test_broken_layer_does_not_break_the_scene(doc, scene):
    bad = Layer(name="missing", kind="vector", source="no_such_table")
    doc.layers.append(bad)
    assert bad.id in scene.errors and bad.id not in scene.adapters
    assert len(scene.adapters) == 3


def test_close_releases_everything(doc, plotter):
    from layers.scene import SceneController

    sc = SceneController(doc, plotter)
    sc.close()
    assert scene_is_empty(plotter)
    doc.layers[0].opacity = 0.3       # no adapter listens any more; nothing raises


def scene_is_empty(plotter) -> bool:
    """No actor of any kind (3D props, 2D overlays) is left in the renderer."""
    return plotter.renderer.GetViewProps().GetNumberOfItems() == 0


def test_raster_overlay_is_draped_and_coloured_by_value(tmp_path):
    import zlib

    import pyvista as pv
    import shapely

    from layers.scene import SceneController
    from twin.document import TwinDocument
    from twin.store import Store
    from twin.synthetic import write_synthetic_city

    with Store(tmp_path / "r.duckdb") as s:
        city = write_synthetic_city(s, 20, with_roads=False, with_risks=False)
        x0, y0, x1, y1 = city.extent
        vals = np.arange(12, dtype=np.float32).reshape(1, 3, 4)
        s.query("INSERT INTO rasters (name, kind, crs, width, height, bands, dtype, transform, nodata, data, extent, "
                "source_id) VALUES ('hazard', 'overlay', 'EPSG:6675', 4, 3, 1, 'float32', ?, NULL, ?, "
                "ST_GeomFromWKB(?), ?)",
                [[(x1 - x0) / 4, 0.0, x0, 0.0, -(y1 - y0) / 3, y1], zlib.compress(vals.tobytes()),
                 shapely.to_wkb(shapely.box(x0, y0, x1, y1)), city.source_id])
        rid = s.query("SELECT id FROM rasters WHERE kind = 'overlay'")[0][0]
        doc = TwinDocument(s)
        doc.create_default_layers()
        lay = Layer(name="浸水想定", kind="raster", params={"raster_id": rid, "offset": 2.0},
                    style=Style(mode="graduated", attribute="value", classes=3, method="equal_interval"))
        doc.layers.append(lay)
        pl = pv.Plotter(off_screen=True, window_size=(300, 200))
        sc = SceneController(doc, pl)
        try:
            ad = sc.adapters[lay.id]
            assert ad.mesh.n_cells == 2 * 12
            rgba = np.asarray(ad.mesh.cell_data["rgba"])
            # pixel 0 (value 0) is in the first class, pixel 11 in the last
            assert tuple(rgba[0]) == tuple(lay.style.classify(vals.ravel()).colors()[0])
            assert tuple(rgba[-1]) != tuple(rgba[0])
            grid = sc.dem()
            p = ad.mesh.points
            assert p[:, 2] == pytest.approx(grid.sample(p[:, 0], p[:, 1]) + 2.0)
            assert [e.count for e in sc.legend_entries(lay.id)] == [8, 8, 8]   # 4 px per class × 2 triangles
            assert sc.pick_at(150, 100) is None or sc.pick_at(150, 100)[0] != lay.id
        finally:
            sc.close()
            pl.close()


def test_refresh_picks_up_new_data(tmp_path):
    import pyvista as pv

    from layers.scene import SceneController
    from twin.document import TwinDocument
    from twin.store import Store
    from twin.synthetic import write_synthetic_city

    with Store(tmp_path / "f.duckdb") as s:
        write_synthetic_city(s, 10, with_roads=False, with_risks=False, with_dem=False)
        doc = TwinDocument(s)
        doc.create_default_layers()
        pl = pv.Plotter(off_screen=True, window_size=(300, 200))
        sc = SceneController(doc, pl)
        try:
            b = doc.layers.by_kind("buildings")[0]
            assert len(sc.adapters[b.id].fids) == 10
            write_synthetic_city(s, 15, seed=2, with_roads=False, with_risks=False, with_dem=False,
                                 center=(sc.camera.center_xy()[0] + 2000, sc.camera.center_xy()[1]))
            sc.refresh({"buildings"})
            assert len(sc.adapters[b.id].fids) == 25
        finally:
            sc.close()
            pl.close()


def test_light_meshes_while_the_camera_moves(doc, scene, plotter):
    """VTK interactor styles raise the render window's update rate while dragging: the scene then draws
    light meshes (roofs only, coarse terrain, undensified roads) and the full ones again at rest."""
    plotter.show(auto_close=False)
    lay = _buildings(doc)
    ad = scene.adapters[lay.id]
    rw = plotter.render_window
    rw.SetDesiredUpdateRate(15.0)
    rw.Render()
    assert scene.interactive
    for a in scene.adapters.values():
        if a.light_actor is not None:
            assert a.light_actor.GetVisibility() and not a.actor.GetVisibility()
    assert ad.light_mesh.n_cells < ad.mesh.n_cells / 2
    assert set(np.unique(ad.mesh.cell_data["feature_id"][ad.light_index]).tolist()) == set(ad.fids.tolist())
    roads = scene.adapters[doc.layers.by_kind("roads")[0].id]
    assert roads.light_mesh is not None and roads.light_mesh.n_cells < roads.mesh.n_cells
    # restyles and exaggeration reach the light meshes too
    lay.style = Style(color="#0000ff")
    assert (np.asarray(ad.light_mesh.cell_data["rgba"])[:, :3] == [0, 0, 255]).all()
    terrain = doc.layers.by_kind("terrain")[0]
    t_ad = scene.adapters[terrain.id]
    z_light = np.array(t_ad.light_mesh.points[:, 2])
    terrain.set_param("exaggeration", 2.0)
    assert np.asarray(t_ad.light_mesh.points[:, 2]) == pytest.approx(2 * z_light)
    assert np.asarray(ad.light_mesh.points[:, 2]) == pytest.approx(np.asarray(ad.mesh.points[:, 2]))
    rw.SetDesiredUpdateRate(0.0001)
    rw.Render()
    assert not scene.interactive
    assert ad.actor.GetVisibility() and not ad.light_actor.GetVisibility()
    lay.visible = False
    assert not ad.actor.GetVisibility() and not ad.light_actor.GetVisibility()


def test_progressive_start_draws_light_first_then_full(doc, plotter):
    from layers.scene import SceneController

    asked = []
    sc = SceneController(doc, plotter, request_render=lambda: asked.append(1))
    try:
        ad = sc.adapters[_buildings(doc).id]
        asked.clear()
        plotter.show(auto_close=False)           # first frame
        assert sc.first_frame_light and asked    # drawn light, and the full frame was requested
        assert ad.light_actor.GetVisibility() and not ad.actor.GetVisibility()
        plotter.render_window.Render()           # what the GUI's debounced render does next
        assert ad.actor.GetVisibility() and not ad.light_actor.GetVisibility()
    finally:
        sc.close()


def test_moving_terrain_is_lit_on_the_cpu_like_vtk_lights_it(doc, plotter):
    """While moving, the coarse terrain is drawn unlit with colours lit per vertex for the current camera
    (cheaper in software rendering); the picture matches VTK's own lighting of the same grid."""
    from layers.scene import SceneController

    sc = SceneController(doc, plotter, progressive=False, overlays=False)
    try:
        for layer in doc.layers:
            layer.visible = layer.kind == "terrain"
        terrain = doc.layers.by_kind("terrain")[0]
        terrain.set_param("exaggeration", 4.0)            # some relief to light
        ad = sc.adapters[terrain.id]
        plotter.show(auto_close=False)
        rw = plotter.render_window
        rw.SetDesiredUpdateRate(30.0)
        for preset, azimuth in (("city", 0.0), ("city", 140.0), ("top", 0.0)):
            sc.set_camera(preset)
            sc.renderer.GetActiveCamera().Azimuth(azimuth)
            rw.Render()
            assert sc.interactive and ad.light_actor.GetVisibility() and not ad.light_actor.GetProperty().GetLighting()
            baked = plotter.screenshot(return_img=True).astype(int)
            # the same grid lit by VTK
            prop = ad.light_actor.GetProperty()
            prop.LightingOn()
            prop.SetAmbient(ad.actor.GetProperty().GetAmbient())
            prop.SetDiffuse(ad.actor.GetProperty().GetDiffuse())
            ad.light_mesh.point_data["rgba"][:] = ad._light_base
            ad.light_mesh.GetPointData().GetArray("rgba").Modified()
            bake, ad.update_lod = ad.update_lod, lambda renderer: None
            try:
                rw.Render()
                lit = plotter.screenshot(return_img=True).astype(int)
            finally:
                del ad.update_lod
                prop.LightingOff()
                prop.SetAmbient(1.0)
                prop.SetDiffuse(0.0)
            ground = ~(lit == lit[0, 0]).all(axis=2)
            diff = np.abs(baked - lit).max(axis=2)[ground]
            assert ground.mean() > 0.2
            assert np.percentile(diff, 99) <= 2 and diff.mean() < 0.5
        rw.SetDesiredUpdateRate(0.0001)
        rw.Render()
        assert ad.actor.GetVisibility() and ad.actor.GetProperty().GetLighting()
    finally:
        sc.close()


def test_a_repeated_frame_of_an_unchanged_scene_is_not_drawn_again(doc, scene, plotter):
    """pyvistaqt renders twice per mouse move (the style's render and the repaint it schedules): the second
    one is skipped when nothing changed, and the window keeps showing the same picture."""
    drawn = []
    tag = scene.renderer.AddObserver("EndEvent", lambda *_: drawn.append(1))
    try:
        plotter.show(auto_close=False)
        rw = plotter.render_window
        first = plotter.screenshot(return_img=True)
        rw.Render()
        drawn.clear()
        skipped = scene.frames_skipped
        rw.Render()                                   # nothing changed
        assert not drawn and scene.frames_skipped == skipped + 1
        assert np.array_equal(plotter.screenshot(return_img=True), first)
        assert all(r.GetDraw() for r in (scene.renderer,))            # drawing is back on
        scene.renderer.GetActiveCamera().Azimuth(20.0)                # a change draws
        rw.Render()
        assert drawn == [1]
        drawn.clear()
        _buildings(doc).name = "建物（改名）"                            # python-side change: the legend
        rw.Render()
        assert drawn == [1] and "建物（改名）: 用途" in scene.overlays.legend_texts
        drawn.clear()
        rw.SetDesiredUpdateRate(30.0)                                  # the camera starts moving
        rw.Render()
        assert drawn == [1] and scene.interactive
    finally:
        scene.renderer.RemoveObserver(tag)


class _StubScene:
    """The whole of what an adapter may ask of its scene (layers.services.SceneServices)."""

    exaggeration = 1.0

    def __init__(self, document):
        self.document = document
        self.actors: list = []
        self.changes: list[bool] = []

    def add_actor(self, actor):
        self.actors.append(actor)

    def remove_actor(self, actor):
        self.actors.remove(actor)

    def changed(self, *, legend=False):
        self.changes.append(legend)

    def dem(self, raster_id=None):
        return None

    def exaggeration_changed(self):
        self.changes.append("exaggeration")


def test_an_adapter_needs_only_the_scene_services(doc):
    from layers.registry import adapter_class_for

    lay = _buildings(doc)
    stub = _StubScene(doc)
    ad = adapter_class_for(lay)(lay, stub)
    try:
        assert ad.actor in stub.actors and len(ad.fids) == doc.store.city.n_buildings
        lay.style = Style(mode="single", color="#123456")
        lay.opacity = 0.5
        assert stub.changes == [True, False] and ad.recolor_count == 2     # the build's colours, then this one
        doc.selection.set(lay.id, [int(ad.fids[0])])
        ad.set_highlight(doc.selection.ids(lay.id))
        assert ad.highlight_actor in stub.actors
    finally:
        ad.close()
        doc.selection.clear()
    assert stub.actors == []


def test_refreshing_the_ground_rebuilds_the_layers_draped_on_it(doc, scene):
    builds = {v.kind: scene.adapters[v.id].build_count for v in doc.layers}
    scene.refresh({"terrain"})
    after = {v.kind: scene.adapters[v.id].build_count for v in doc.layers}
    assert after == {**builds, "terrain": builds["terrain"] + 1, "roads": builds["roads"] + 1}
    scene.refresh({"roads"})
    assert scene.adapters[doc.layers.by_kind("terrain")[0].id].build_count == builds["terrain"] + 1


def test_a_missing_dem_is_a_clear_error_of_its_layer(doc, scene):
    terrain = doc.layers.by_kind("terrain")[0]
    doc.layers.remove(terrain)
    doc.layers.insert(0, Layer(name="古い地形", kind="terrain", params={"raster_id": 9999}))
    bad = doc.layers[0]
    assert bad.id not in scene.adapters and "no raster with id 9999" in scene.errors[bad.id]
    assert len(scene.adapters) == 2
