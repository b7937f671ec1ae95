"""The real main window with its 3D view (marker gl: needs Xvfb + Mesa, provided by pytest-xvfb)."""

from __future__ import annotations

import numpy as np
import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtGui import QImage
from vtkmodules.vtkRenderingCore import vtkCoordinate

from twin import themes

pytestmark = pytest.mark.gl


def layer_of(window, kind):
    return next(v for v in window.document.layers if v.kind == kind)


def frame(window) -> np.ndarray:
    return np.asarray(window.viewport.screenshot(), dtype=np.int16)


def test_opens_on_the_sample_and_toggles_a_layer(make_window, sample_project, qtbot):
    w = make_window(sample_project)
    kinds = [v.kind for v in w.document.layers]
    # the road network, the facilities, and the road-damage and snow themes' layers (which: their business)
    assert [k for k in kinds if themes.theme_of_kind(k).name not in ("road_damage", "snow", "population", "zoning")] == [
        "terrain", "road_segments", "roads", "buildings", "facilities"]
    assert {"road_reports", "snow_coverage"} <= set(kinds)
    buildings = layer_of(w, "buildings")
    assert buildings.style.mode == "categorized" and buildings.style.attribute == "usage"
    model = w.layer_panel.model
    groups = sorted(model.index(i, 0).data() for i in range(model.rowCount()))
    assert groups == sorted(["PLATEAU", "地形", "道路網", "施設", "道路損傷", "除雪", "人口", "都市計画"])       # one group per theme
    plateau = model.index_of(w.document.tree.group("PLATEAU"))
    assert plateau.data() == "PLATEAU" and model.rowCount(plateau) == 2
    # the terrain legend lists elevation classes only (the DEM's nodata margins are no class of their own)
    terrain_legend = w.viewport.scene.legend_entries(layer_of(w, "terrain").id)
    assert len(terrain_legend) == 8 and all(e.value is not None for e in terrain_legend)
    assert model.index(0, 0, plateau).data() == buildings.name            # top layer first
    before = frame(w)
    # uncheck the buildings row in the layer panel
    idx = model.index(0, 0, plateau)
    w.layer_panel.model.setData(idx, Qt.CheckState.Unchecked.value, Qt.ItemDataRole.CheckStateRole)
    assert buildings.visible is False
    assert w.viewport.scene.adapter(buildings.id).actor.GetVisibility() == 0
    after = frame(w)
    changed = np.mean(np.any(before != after, axis=2))
    assert changed > 0.05, f"only {changed:.1%} of the pixels changed when hiding the buildings"
    buildings.visible = True
    assert idx.data(Qt.ItemDataRole.CheckStateRole) == Qt.CheckState.Checked
    assert w.viewport.scene.adapter(buildings.id).actor.GetVisibility() == 1


def test_the_legend_in_the_view_speaks_the_ui_language(make_window, sample_project, qtbot):
    from gui.i18n import install_language

    w = make_window(sample_project)
    buildings = layer_of(w, "buildings")
    titles = [t for t, _ in w.viewport.scene.legend_sections()]
    assert f"{buildings.name}: Usage" in titles                     # English UI (the fixture's language)
    w.viewport.render_now()
    assert "centre of the view" in w.viewport.scene.overlays.bar_label.actor.GetInput()
    install_language("ja")
    qtbot.waitUntil(lambda: f"{buildings.name}: 用途" in [t for t, _ in w.viewport.scene.legend_sections()])
    w.viewport.render_now()
    assert f"{buildings.name}: 用途" in w.viewport.scene.overlays.legend_texts
    assert w.viewport.scene.overlays.bar_label.actor.GetInput().endswith("(画面中央)")
    install_language("en")                                             # and back, at runtime
    qtbot.waitUntil(lambda: f"{buildings.name}: Usage" in [t for t, _ in w.viewport.scene.legend_sections()])
    w.viewport.render_now()
    assert w.viewport.scene.overlays.bar_label.actor.GetInput().endswith("(at the centre of the view)")


def _display_to_qt(window, x, y) -> QPoint:
    plotter = window.viewport.plotter
    dpr = plotter.devicePixelRatioF()
    h = plotter.height() * dpr
    return QPoint(int(round(x / dpr)), int(round((h - 1 - y) / dpr)))


def test_click_on_a_building_shows_its_id_in_identify(make_window, sample_project, qtbot):
    w = make_window(sample_project)
    w.viewport.set_camera("top")
    w.viewport.render_now()
    buildings = layer_of(w, "buildings")
    store = w.document.store
    # the tallest building near the middle of the view: its roof is visible from above
    rows = store.query("""SELECT id, building_id, ST_X(ST_Centroid(footprint)), ST_Y(ST_Centroid(footprint)),
                                 lod1_top_z FROM buildings
                          WHERE ST_Area(footprint) > 150 AND ST_Contains(footprint, ST_Centroid(footprint))
                          ORDER BY measured_height DESC LIMIT 20""")
    renderer = w.viewport.scene.renderer
    width, height = renderer.GetRenderWindow().GetSize()
    coord = vtkCoordinate()
    coord.SetCoordinateSystemToWorld()
    target = None
    for fid, bid, x, y, z in rows:
        coord.SetValue(x, y, z * w.viewport.scene.exaggeration if z else 0.0)
        dx, dy = coord.GetComputedDoubleDisplayValue(renderer)
        if 20 < dx < width - 20 and 20 < dy < height - 20:
            target = (fid, bid, dx, dy)
            break
    assert target is not None, "no building roof in view"
    fid, bid, dx, dy = target
    pos = _display_to_qt(w, dx, dy)
    qtbot.mouseClick(w.viewport.plotter, Qt.MouseButton.LeftButton, pos=pos)
    assert w.document.selection.ids(buildings.id) == {fid}
    assert w.identify_panel.current == (buildings.id, fid)
    assert w.identify_panel.value_of("building_id") == bid
    # the highlight is drawn
    ad = w.viewport.scene.adapter(buildings.id)
    assert ad.selected == {fid}
    assert ad.highlight_actor is not None and ad.highlight_actor.GetVisibility()
    # clicking empty sky clears the selection
    w.viewport.set_camera("station")
    w.viewport.render_now()
    qtbot.mouseClick(w.viewport.plotter, Qt.MouseButton.LeftButton, pos=QPoint(w.viewport.plotter.width() // 2, 3))
    assert not w.document.selection.ids(buildings.id)


def test_table_selection_is_highlighted_in_3d(make_window, sample_project, qtbot):
    w = make_window(sample_project)
    buildings = layer_of(w, "buildings")
    w.document.layers.selection.active = buildings
    table = w.table_panel
    assert table.layer is buildings
    table.filter_edit.setText("usage = '商業施設'")
    assert table.apply_filter()
    n = table.model.matching_count
    assert n > 0
    before = frame(w)
    table.select_all_matching()
    ids = set(w.document.selection.ids(buildings.id))
    assert len(ids) == n
    ad = w.viewport.scene.adapter(buildings.id)
    assert ad.selected == ids
    assert ad.highlight_mesh is not None and ad.highlight_mesh.n_cells > 0
    qtbot.waitUntil(lambda: w.viewport._render_pending is False)
    after = frame(w)
    assert np.any(before != after), "the highlight did not change the picture"

    def cyan(img):  # the highlight's hue: strong blue and green, little red (no usage colour is like it)
        return int(np.sum((img[..., 0] < 90) & (img[..., 1] > 150) & (img[..., 2] > 170)))

    assert cyan(after) > cyan(before) + 50, "the highlighted buildings do not stand out in the picture"
    assert "selected" in w.count_label.text() and f"{n:,} selected" in w.count_label.text()
    # rows selected in the table view (not all matching) follow too
    from PySide6.QtCore import QItemSelectionModel
    table.view.selectionModel().select(table.model.index(0, 0), QItemSelectionModel.SelectionFlag.ClearAndSelect
                                       | QItemSelectionModel.SelectionFlag.Rows)
    first = table.model.id_at(0)
    assert w.document.selection.ids(buildings.id) == {first}
    assert ad.selected == {first}


def test_save_and_reopen_restores_layers_styles_and_camera(make_window, sample_project, qtbot):
    w = make_window(sample_project)
    buildings = layer_of(w, "buildings")
    roads = layer_of(w, "roads")
    buildings.style.update(mode="graduated", attribute="measured_height", colormap="magma", classes=4)
    buildings.opacity = 0.8
    roads.visible = False
    roads.name = "主要道路"
    w.document.layers.move(w.document.layers.index(roads), 0)   # roads to the bottom
    w.viewport.set_camera("top")
    legend_before = [e.label for e in w.viewport.scene.legend_entries(buildings.id)]
    names = [v.name for v in w.document.layers]
    assert names[:2] == ["主要道路", "地形"] and names.count("建物") == 1 and len(names) >= 6
    w.close()

    w2 = make_window(sample_project)
    doc = w2.document
    assert [v.name for v in doc.layers] == names
    b2 = doc.layers.by_name("建物")
    assert (b2.style.mode, b2.style.attribute, b2.style.colormap, b2.style.classes) == \
        ("graduated", "measured_height", "magma", 4)
    assert b2.opacity == pytest.approx(0.8)
    assert doc.layers.by_name("主要道路").visible is False
    assert w2.viewport.scene.renderer.GetActiveCamera().GetParallelProjection()
    assert [e.label for e in w2.viewport.scene.legend_entries(b2.id)] == legend_before
    # the style panel shows the restored style
    doc.layers.selection.active = b2
    assert w2.style_panel.mode_combo.currentData() == "graduated"
    assert w2.style_panel.legend.count() == len(legend_before)


def test_a_saved_layer_that_cannot_be_restored_is_named_to_the_user(make_window, sample_project, qtbot):
    from PySide6.QtWidgets import QApplication, QMessageBox

    from twin.store import Store

    w = make_window(sample_project)
    roads = layer_of(w, "roads")
    roads.name = "主要道路"
    w.close()                                              # saves the layers into the project
    with Store(sample_project) as s:                       # e.g. written by a newer Kaga Twin with a new kind
        state = s.app_state("layers")
        state["layers"] = [dict(v, kind="hologram") if v["name"] == "主要道路" else v for v in state["layers"]]
        s.set_app_state("layers", state)
    w2 = make_window(sample_project)
    names = [v.name for v in w2.document.layers]
    assert "地形" in names and "建物" in names and "主要道路" not in names    # the rest is restored
    boxes = [b for b in QApplication.topLevelWidgets() + w2.findChildren(QMessageBox)
             if isinstance(b, QMessageBox) and b.isVisible()]
    told = [w2.statusBar().currentMessage()] + [b.text() + b.informativeText() for b in boxes]
    for b in boxes:
        b.close()
    del w, w2, roads, boxes        # a failed assertion's traceback must not keep the window's VTK objects alive
    assert any("主要道路" in t for t in told), told


@pytest.mark.parametrize("pyvista_off_screen", [False, True], ids=["default", "pyvista.OFF_SCREEN set"])
def test_screenshot_is_not_blank(make_window, sample_project, tmp_path, monkeypatch, pyvista_off_screen):
    # a script or test suite that sets pyvista.OFF_SCREEN for its own plotters must not blank the window
    import pyvista

    monkeypatch.setattr(pyvista, "OFF_SCREEN", pyvista_off_screen)
    w = make_window(sample_project)
    assert not w.viewport.plotter.ren_win.GetOffScreenRendering(), "the window's view renders off screen"
    out = w.export_screenshot(tmp_path / "view.png")
    assert out is not None and out.exists()
    img = QImage(str(out))
    assert img.width() > 400 and img.height() > 300
    rgb = img.convertToFormat(QImage.Format.Format_RGB888)
    arr = np.frombuffer(rgb.constBits(), dtype=np.uint8)[: rgb.height() * rgb.bytesPerLine()]
    arr = arr.reshape(rgb.height(), rgb.bytesPerLine())[:, : rgb.width() * 3]
    arr = arr.reshape(rgb.height(), rgb.width(), 3).astype(np.float64)
    assert arr.std() > 20, f"screenshot looks blank (std {arr.std():.1f})"
    assert arr.mean() > 40, "screenshot is (nearly) black"
    # many distinct colours: buildings, terrain, roads, legend
    assert len(np.unique(arr.reshape(-1, 3)[::50], axis=0)) > 50


def test_cursor_position_shows_lat_lon_and_height(make_window, sample_project, qtbot):
    w = make_window(sample_project)
    plotter = w.viewport.plotter
    center = QPoint(plotter.width() // 2, plotter.height() // 2)
    with qtbot.waitSignal(w.viewport.cursorMoved, timeout=5000,
                          check_params_cb=lambda v: v is not None) as sig:
        qtbot.mouseMove(plotter, center)
        qtbot.mouseMove(plotter, center + QPoint(3, 3))
    lat, lon, z = sig.args[0]
    assert 36.2 < lat < 36.45 and 136.2 < lon < 136.5
    assert -5 < z < 300
    assert "° N" in w.cursor_label.text() and "T.P." in w.cursor_label.text()


def test_import_into_a_new_project_adds_layers(make_window, tmp_path, shared_plateau, qtbot):
    w = make_window(None)
    assert w.new_project(tmp_path / "new.duckdb")
    assert len(w.document.layers) == 0
    ctrl = w.import_paths([shared_plateau / "52397519_bldg_6697_op.gml"])
    assert ctrl is not None
    # the window keeps running while the worker imports
    with qtbot.waitSignal(ctrl.finished, timeout=120_000) as sig:
        pass
    outcome = sig.args[0]
    assert outcome.ok, outcome.errors
    qtbot.waitUntil(lambda: any(v.kind == "buildings" for v in w.document.layers))
    buildings = next(v for v in w.document.layers if v.kind == "buildings")
    n = w.document.store.query("SELECT count(*) FROM buildings")[0][0]
    assert n > 0
    assert w.viewport.scene.feature_counts()[buildings.id] == n
    assert f"{n:,} features" in w.count_label.text()
    # the new buildings layer is the active one, and the attribute table pages through all of it
    assert w.document.layers.selection.active is buildings
    assert w.table_panel.layer is buildings and w.table_panel.model.total_count == n


def test_shift_drag_selects_everything_in_the_rectangle(make_window, sample_project, qtbot):
    w = make_window(sample_project)
    w.viewport.set_camera("top")
    w.viewport.render_now()
    buildings = layer_of(w, "buildings")
    w.document.layers.selection.active = buildings          # the attribute table shows the active layer
    plotter = w.viewport.plotter
    c = plotter.rect().center()
    a, b = c - QPoint(120, 90), c + QPoint(120, 90)
    qtbot.mousePress(plotter, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.ShiftModifier, a)
    qtbot.mouseMove(plotter, c)
    qtbot.mouseMove(plotter, b)
    qtbot.mouseRelease(plotter, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.ShiftModifier, b)
    ids = w.document.selection.ids(buildings.id)
    assert len(ids) > 5
    # the same rectangle asked of the scene directly gives the same buildings
    x0, y0 = w.viewport.to_display(a)
    x1, y1 = w.viewport.to_display(b)
    assert set(w.viewport.scene.pick_rect(x0, y1, x1, y0)[buildings.id]) == ids
    # the table shows the selection count
    assert f"{len(ids):,} selected" in w.table_panel.counts.text()


def test_changes_are_saved_while_working(make_window, sample_project, qtbot):
    w = make_window(sample_project)
    buildings = layer_of(w, "buildings")
    buildings.style.update(mode="graduated", attribute="year_built")

    def saved_style():
        state = w.document.store.app_state("layers") or {}
        return next((v["style"] for v in state.get("layers", []) if v["id"] == buildings.id), {})

    qtbot.waitUntil(lambda: saved_style().get("attribute") == "year_built", timeout=10_000)


def test_layer_groups_time_bar_and_crs_in_the_window(make_window, sample_project, qtbot):
    """The window's layer panel hides a whole group, the time bar wakes up for a layer with times, the status bar
    names the project CRS; groups and clock are saved with the project."""
    import datetime as dt

    from twin.clock import TOKYO
    from twin.layer import Layer
    from twin.themes import TimeSpec

    w = make_window(sample_project)
    assert w.crs_label.text() == "EPSG:6675 JGD2011 / Plane Rectangular CS VII"
    bar = w.time_bar
    # the sample's road-damage reports have times: the bar is awake; without them it sleeps
    timed = [v for v in w.document.layers if v.time is not None]
    assert "road_reports" in [v.kind for v in timed]
    assert bar.isVisible() and bar.is_active() and bar.slider.isEnabled() and not bar.hint_action.isVisible()
    for v in timed:
        w.document.layers.remove_by_id(v.id)
    assert bar.isVisible() and not bar.slider.isEnabled() and bar.hint_action.isVisible()   # no layer has times
    model = w.layer_panel.model
    plateau = model.index_of(w.document.tree.group("PLATEAU"))
    buildings = layer_of(w, "buildings")
    model.setData(plateau, Qt.CheckState.Unchecked.value, Qt.ItemDataRole.CheckStateRole)
    assert buildings.visible and not w.document.tree.is_shown(buildings)      # the scene follows tree.is_shown
    assert model.index(0, 0, plateau).data(Qt.ItemDataRole.CheckStateRole) == Qt.CheckState.Checked
    w.store.query("""CREATE TABLE reports AS SELECT i AS id,
                     TIMESTAMPTZ '2025-01-06 08:00:00+09' + i * INTERVAL 1 DAY AS received_at,
                     ST_Point(-27000 + i * 20, 35000) AS geom FROM range(5) t(i)""")
    w.document.layers.append(Layer(name="通報", kind="vector", source="reports", time=TimeSpec("received_at")))
    assert bar.is_active() and bar.slider.isEnabled() and not bar.hint_action.isVisible()
    assert bar.fit_range()                      # the range was the removed reports'; now it is the new layer's
    bar.slider.setValue(0)
    start = dt.datetime(2025, 1, 6, 8, 0, tzinfo=TOKYO)
    assert w.document.clock.current == start
    w.close()                                                                  # saves
    w2 = make_window(sample_project)
    assert not w2.document.tree.group("PLATEAU").visible
    assert w2.document.clock.current == start and w2.time_bar.slider.value() == 0
    group_row = w2.layer_panel.model.index_of(w2.document.tree.group("PLATEAU"))
    assert group_row.data(Qt.ItemDataRole.CheckStateRole) == Qt.CheckState.Unchecked


def test_opening_a_file_that_is_not_a_project_shows_the_message(make_window, sample_project, tmp_path, qtbot):
    from PySide6.QtWidgets import QMessageBox

    w = make_window(sample_project)
    bad = tmp_path / "notes.duckdb"
    bad.write_text("not a database", encoding="utf-8")
    assert not w.open_project(bad)
    box = w.findChild(QMessageBox, "errorBox")
    assert box is not None and box.isVisible()
    assert "notes.duckdb" in box.text() and "Traceback" not in box.text()
    assert w.project_path == sample_project.absolute()    # the open project stays open
    box.close()


def test_orbiting_with_the_mouse_is_saved_with_the_project(make_window, sample_project, qtbot):
    w = make_window(sample_project)
    plotter = w.viewport.plotter
    cam = w.viewport.scene.renderer.GetActiveCamera()
    before = cam.GetPosition()
    c = plotter.rect().center()
    with qtbot.waitSignal(w.viewport.cameraChanged):
        qtbot.mousePress(plotter, Qt.MouseButton.LeftButton, pos=c)
        for i in range(1, 8):
            qtbot.mouseMove(plotter, c + QPoint(15 * i, 4 * i))
        qtbot.mouseRelease(plotter, Qt.MouseButton.LeftButton, pos=c + QPoint(105, 28))
    after = cam.GetPosition()
    assert np.linalg.norm(np.subtract(after, before)) > 1.0, "the drag did not orbit the camera"
    qtbot.waitUntil(lambda: np.allclose((w.document.store.app_state("camera") or {}).get("position", [0, 0, 0]),
                                        after), timeout=10_000)


def test_importing_a_dem_adds_terrain_and_drapes_the_roads_on_it(make_window, tmp_path, qtbot):
    from twin.paths import SAMPLE_DEM
    from twin.store import Store
    from twin.synthetic import write_synthetic_city

    if not SAMPLE_DEM.exists():
        pytest.skip(f"the bundled sample DEM is not at {SAMPLE_DEM}")
    path = tmp_path / "no_dem.duckdb"
    with Store(path) as store:
        write_synthetic_city(store, 80, with_dem=False)          # roads at z = 0, no terrain yet
    w = make_window(path)
    assert [v.kind for v in w.document.layers] == ["roads", "buildings"]
    roads = layer_of(w, "roads")
    offset = roads.params["offset"]
    assert np.asarray(w.viewport.scene.adapter(roads.id).mesh.points[:, 2]) == pytest.approx(offset)
    ctrl = w.import_paths([SAMPLE_DEM])
    assert ctrl is not None
    with qtbot.waitSignal(ctrl.finished, timeout=120_000) as sig:
        pass
    assert sig.args[0].ok, sig.args[0].errors
    dem_id = w.document.store.query("SELECT id FROM rasters WHERE kind = 'dem'")[0][0]
    # a terrain layer under the roads, and the roads draped on the new DEM
    assert [v.kind for v in w.document.layers] == ["terrain", "roads", "buildings"]
    assert roads.params["raster_id"] == dem_id
    scene = w.viewport.scene
    mesh = scene.adapter(roads.id).mesh
    pts = np.asarray(mesh.points)
    ground = scene.dem(dem_id).sample(pts[:, 0], pts[:, 1])
    assert np.isfinite(ground).mean() > 0.9
    ok = np.isfinite(ground)
    assert pts[ok, 2] == pytest.approx(ground[ok] + offset)
    assert np.ptp(pts[ok, 2]) > 0.5, "the roads are still flat"
    assert not scene.errors


def test_camera_moves_draw_light_meshes_and_the_full_ones_at_rest(make_window, sample_project, qtbot):
    """Dragging and wheel zooming are drawn with the scene's light meshes; the full meshes come back when the
    camera stops. A render asked for by the window is one frame."""
    from PySide6.QtCore import QPointF
    from PySide6.QtGui import QWheelEvent
    from PySide6.QtWidgets import QApplication

    w = make_window(sample_project)
    scene, plotter = w.viewport.scene, w.viewport.plotter
    frames: list[bool] = []                   # per frame drawn: was it drawn with the light meshes?
    tag = scene.renderer.AddObserver("EndEvent", lambda *_: frames.append(scene.interactive))

    def settle():
        qtbot.waitUntil(lambda: not w.viewport._render_pending and not w.viewport._settle_timer.isActive())
        for _ in range(3):
            QApplication.processEvents()

    try:
        settle()
        frames.clear()
        w.viewport.request_render()
        w.viewport.request_render()
        settle()
        assert frames == [False]                 # two requests, one full frame
        c = plotter.rect().center()
        frames.clear()
        qtbot.mousePress(plotter, Qt.MouseButton.LeftButton, pos=c)
        for i in range(1, 6):
            qtbot.mouseMove(plotter, c + QPoint(12 * i, 3 * i))
            QApplication.processEvents()
        assert frames and all(frames), frames    # orbiting: light meshes only
        qtbot.mouseRelease(plotter, Qt.MouseButton.LeftButton, pos=c + QPoint(60, 15))
        settle()
        assert frames[-1] is False and not scene.interactive
        cam = scene.renderer.GetActiveCamera()
        distance = cam.GetDistance()
        frames.clear()
        for _ in range(3):                       # three wheel notches towards the scene
            QApplication.sendEvent(plotter, QWheelEvent(
                QPointF(c), QPointF(plotter.mapToGlobal(c)), QPoint(0, 0), QPoint(0, 120), Qt.MouseButton.NoButton,
                Qt.KeyboardModifier.NoModifier, Qt.ScrollPhase.NoScrollPhase, False))
            QApplication.processEvents()
        assert frames and all(frames), frames    # zooming: light meshes only
        assert cam.GetDistance() == pytest.approx(distance / 1.21 ** 3, rel=1e-6)
        settle()
        assert frames[-1] is False and not scene.interactive   # at rest: full detail again
    finally:
        scene.renderer.RemoveObserver(tag)


def test_layer_menu_adds_a_vector_layer_from_a_query_and_a_raster_overlay(make_window, sample_project, qtbot):
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication, QDialogButtonBox

    from gui.add_layer_dialog import QUERY

    w = make_window(sample_project)
    n_before = len(w.document.layers)

    def fill_query():
        dlg = QApplication.activeModalWidget()
        dlg.source_combo.setCurrentIndex(dlg.source_combo.findData(QUERY))
        dlg.query_edit.setPlainText("SELECT id, ST_Centroid(footprint) AS centre FROM buildings "
                                    "WHERE usage = '商業施設'")
        dlg.name_edit.setText("商業施設の位置")
        dlg.buttons.button(QDialogButtonBox.StandardButton.Ok).click()

    QTimer.singleShot(0, fill_query)
    w.window_actions.act_add_vector.trigger()
    layer = w.document.layers[-1]
    assert len(w.document.layers) == n_before + 1 and layer.name == "商業施設の位置"
    assert w.document.layers.selection.active is layer
    ad = w.viewport.scene.adapter(layer.id)
    n = w.document.store.query("SELECT count(*) FROM buildings WHERE usage = '商業施設'")[0][0]
    assert ad is not None and len(ad.fids) == n and ad.actor.GetVisibility()
    assert w.table_panel.model.matching_count == n                    # the table shows the new layer

    def take_dem():
        QApplication.activeModalWidget().buttons.button(QDialogButtonBox.StandardButton.Ok).click()

    QTimer.singleShot(0, take_dem)
    w.window_actions.act_add_raster.trigger()
    raster = w.document.layers[-1]
    assert raster.kind == "raster" and w.viewport.scene.adapter(raster.id).actor.GetVisibility()


def test_csv_export_of_two_layers_says_which_file_holds_what(make_window, sample_project, tmp_path, qtbot):
    from PySide6.QtWidgets import QApplication, QMessageBox

    w = make_window(sample_project)
    buildings, roads = layer_of(w, "buildings"), layer_of(w, "roads")
    w.document.selection.set(buildings.id, [1, 2, 3])
    w.document.selection.set(roads.id, [1])
    written = w.export_selection(tmp_path / "sel.csv", "csv")
    assert sorted(p.name for _, _, p in written) == sorted(
        [f"sel_{buildings.name}.csv", f"sel_{roads.name}.csv"])
    box = next(b for b in QApplication.topLevelWidgets() if b.objectName() == "exportReport")
    assert isinstance(box, QMessageBox) and f"{buildings.name}: 3 features → sel_{buildings.name}.csv" in box.text()
    box.close()


def test_road_damage_dock_lists_the_sample_cases_and_frames_the_chosen_one(make_window, sample_project, qtbot):
    from PySide6.QtWidgets import QDockWidget

    from gui.road_damage_panel import RoadDamagePanel

    w = make_window(sample_project)
    dock = w.findChild(QDockWidget, "roadDamageDock")
    assert dock is not None and dock.isVisible()
    panel = dock.findChild(RoadDamagePanel)
    n_cases = w.store.query("SELECT count(*) FROM repair_cases")[0][0]
    assert w.document.clock.current.year == 2026                       # the sample opens on the storm night …
    qtbot.waitUntil(lambda: panel.model.rowCount() == n_cases, timeout=5000)   # … and the work list is whole
    assert n_cases > 100
    top = w.store.query("SELECT case_id, ST_X(geom), ST_Y(geom) FROM repair_cases ORDER BY priority DESC, case_id "
                        "LIMIT 1")[0]
    assert panel.model.case_at(0).case_id == top[0]                    # ranked by priority
    other = w.store.query("SELECT case_id, ST_X(geom), ST_Y(geom) FROM repair_cases ORDER BY priority, case_id "
                          "LIMIT 1")[0]
    assert panel.choose_case(other[0])
    cam = w.viewport.scene.renderer.GetActiveCamera()
    fx, fy, _ = cam.GetFocalPoint()
    assert abs(fx - other[1]) < 1.0 and abs(fy - other[2]) < 1.0      # the real 3D view now looks at the case
    assert cam.GetDistance() < 2000
