"""Base | scenario side by side (gui.side_by_side) in real 3D views under Xvfb: one camera for both, the other
view follows a camera move, sides chosen and swapped, single view switched with X."""

from __future__ import annotations

import numpy as np
import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from kaga_testenv import window_display_problem
from twin import scenarios
from twin.store import Store
from twin.synthetic import write_synthetic_city

pytestmark = pytest.mark.gl


@pytest.fixture
def store(tmp_path):
    s = Store(tmp_path / "sbs.duckdb")
    write_synthetic_city(s, 36, seed=5, lod2_fraction=0.0, with_risks=False, with_roads=False)
    rows = s.query("SELECT gml_id, ST_XMin(footprint), ST_YMin(footprint) FROM buildings ORDER BY id")
    x0, y0 = rows[14][1], rows[14][2]
    scenarios.create(s, "tower")
    scenarios.add_building(s, "tower", f"POLYGON(({x0} {y0},{x0 + 25} {y0},{x0 + 25} {y0 + 25},{x0} {y0 + 25},"
                                       f"{x0} {y0}))", storeys=20, usage_code="403")
    scenarios.add_building(s, "tower", f"POLYGON(({x0} {y0 - 60},{x0 + 10} {y0 - 60},{x0 + 10} {y0 - 50},"
                                       f"{x0} {y0 - 50},{x0} {y0 - 60}))", storeys=2, usage_code="411",
                           phase_date="2035-04-01")
    scenarios.create(s, "cleared")
    scenarios.remove_buildings(s, "cleared", [r[0] for r in rows[10:20]])
    yield s
    s.close()


@pytest.fixture
def view(qtbot, store):
    problem = window_display_problem()
    if problem:
        pytest.skip(problem)
    from gui.side_by_side import SideBySideView

    v = SideBySideView()
    qtbot.addWidget(v)
    v.resize(1000, 500)
    v.show()
    qtbot.waitExposed(v)
    v.set_store(store, None, left=None, right="tower")
    v.left.set_camera("city")
    yield v
    v.shutdown()


def _frames(v):
    a = v.left.screenshot()
    b = v.right.screenshot()
    return a, b


def test_two_views_one_camera(view, qtbot):
    assert view.cameras_linked
    assert view.shown() == (None, "tower")
    assert view.left_combo.currentText() == "Base" and view.right_combo.currentText() == "tower"
    assert [view.left_combo.itemText(i) for i in range(view.left_combo.count())] == ["Base", "tower", "cleared"]
    a, b = _frames(view)
    assert a.shape == b.shape and (np.abs(a.astype(int) - b.astype(int)).sum(axis=2) > 30).sum() > 200
    # moving the left camera makes the right view render the same camera
    rendered = []
    tag = view.right.plotter.render_window.AddObserver("EndEvent", lambda *_: rendered.append(1))
    try:
        view.left.plotter.renderer.GetActiveCamera().Azimuth(40)
        view.left.render_now()
        qtbot.waitUntil(lambda: bool(rendered), timeout=5000)
    finally:
        view.right.plotter.render_window.RemoveObserver(tag)
    assert (view.right.plotter.renderer.GetActiveCamera().GetPosition()
            == view.left.plotter.renderer.GetActiveCamera().GetPosition())
    # the same scenario on both sides draws the same picture
    view.set_sides("tower", "tower")
    a, b = _frames(view)
    assert (np.abs(a.astype(int) - b.astype(int)).sum(axis=2) > 30).sum() == 0


def test_sides_swap_and_single_view_switches_with_x(view, qtbot):
    view.set_sides("cleared", "tower")
    assert view.shown() == ("cleared", "tower")
    assert view.shortcut.key().toString() == "X"
    view.activateWindow()
    view.right.plotter.setFocus()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is view, timeout=3000)
    qtbot.keyClick(view.right.plotter, Qt.Key.Key_X)     # side by side: X (pressed in a 3D view) swaps the sides
    assert view.shown() == ("tower", "cleared")
    assert view.left_combo.currentText() == "tower"
    view.single_box.setChecked(True)
    QApplication.processEvents()
    assert view.single and not view.right.isVisible()
    before = view.left.screenshot()
    view.shortcut.activated.emit()                       # single view: X flips the one view
    assert view.shown()[0] == "cleared"
    after = view.left.screenshot()
    assert (np.abs(before.astype(int) - after.astype(int)).sum(axis=2) > 30).sum() > 100
    view.switch()
    assert view.shown()[0] == "tower"
    view.single_box.setChecked(False)
    QApplication.processEvents()
    assert view.right.isVisible() and view.shown() == ("tower", "cleared")


def test_an_edit_is_seen_after_reload(view, store):
    scenarios.undo(store, "tower")                          # the 2035 building is undone
    view.reload()
    from layers.scenario import scenario_adapters

    ad = scenario_adapters(view.right.scene)[0]
    assert ad.delta.counts["added"] == 1
    assert [view.phase_combo.itemText(i) for i in range(view.phase_combo.count())] == ["Every phase"]
    scenarios.redo(store, "tower")
    view.reload()
    assert ad.delta.counts["added"] == 2


def test_standing_in_a_phase(view):
    from layers.scenario import scenario_adapters

    combo = view.phase_combo
    assert [combo.itemText(i) for i in range(combo.count())] == ["Every phase", "2035-04-01"]
    right = scenario_adapters(view.right.scene)[0]
    assert right.delta.counts["added"] == 2
    view.set_date(combo.itemData(1))
    assert right.delta.counts["added"] == 2 and right.delta.at == combo.itemData(1)
    import datetime as dt

    view.set_date(dt.date(2030, 1, 1))                      # before the second phase: one building stands
    assert right.delta.counts["added"] == 1
    view.set_sides(None, "cleared")                         # the date stays with the views
    assert scenario_adapters(view.right.scene)[0].delta.at == dt.date(2030, 1, 1)
    view.set_date(None)
    assert right.delta.at is None


def test_panel_draws_the_study_and_the_sun_in_both_views(qtbot, store):
    problem = window_display_problem()
    if problem:
        pytest.skip(problem)
    from gui.scenario_panel import ScenarioPanel
    from gui.scenario_study import OVERLAY
    from twin.document import TwinDocument
    from twin.scenario_shadow import scenario_shadow

    panel = ScenarioPanel(None)
    qtbot.addWidget(panel)
    panel.set_document(TwinDocument(store))
    panel.select("tower")
    sbs = panel.open_side_by_side()
    qtbot.waitExposed(sbs)
    assert sbs.shown() == (None, "tower")
    sh = panel.shadow_tab
    sh.show_result(scenario_shadow(store, "tower", date="2026-12-21", grid_m=4.0, gain_hours=0.5))
    assert all(OVERLAY in v.plotter.actors for v in (sbs.left, sbs.right))
    sh.overlay_box.setChecked(False)
    assert not any(OVERLAY in v.plotter.actors for v in (sbs.left, sbs.right))
    sh.sun_box.setChecked(True)                              # the sun at noon on the solstice in both views
    assert [s.scenario for s in sh.suns] == [None, "tower"]
    assert all(s.sun.enabled and 0 < s.sun.elevation < 35 for s in sh.suns)
    sh.sun_box.setChecked(False)
    assert sh.suns == []
    panel.set_document(None)                                 # closing the project closes the comparison
    assert panel.side_by_side is None


def _qt_pos(viewport, world):
    """The widget position where ``viewport`` draws world point ``world``."""
    from PySide6.QtCore import QPoint

    r = viewport.plotter.renderer
    r.SetWorldPoint(*world, 1.0)
    r.WorldToDisplay()
    x, y, _ = r.GetDisplayPoint()
    dpr = viewport.plotter.devicePixelRatioF()
    return QPoint(round(x / dpr), round((viewport.plotter.height() * dpr - 1 - y) / dpr))


def test_a_click_on_an_added_building_identifies_it(view, qtbot, store):
    from layers.scenario import scenario_adapters
    from twin.scenario_view import scenario_buildings

    rows = scenario_buildings(store, "tower", edited_only=True).to_pylist()
    tower = next(r for r in rows if r["storeys"] == 20)
    assert tower["id"] < 0 and tower["status"] == "added"
    ad = scenario_adapters(view.right.scene)[0]
    mesh = ad.delta.mesh
    cells = np.nonzero(np.asarray(mesh.cell_data["feature_id"]) == tower["id"])[0]
    b = mesh.extract_cells(cells).bounds
    view.right.render_now()
    pos = _qt_pos(view.right, ((b[0] + b[1]) / 2, (b[2] + b[3]) / 2, b[5]))
    x, y = view.right.to_display(pos)
    assert view.right.scene.pick_at(x, y) != (ad.layer.id, tower["id"])   # the scene's own picker misses it
    seen = []
    view.buildingIdentified.connect(lambda name, row: seen.append((name, row)))
    qtbot.mouseClick(view.right.plotter, Qt.MouseButton.LeftButton, pos=pos)
    assert [(n, r["id"]) for n, r in seen] == [("tower", tower["id"])]
    assert view.right.document.selection.ids(ad.layer.id) == {tower["id"]}
    popup = view.popup
    assert popup.isVisible() and "tower" in popup.title.text()
    texts = popup.texts()
    assert texts["Status"] == "Added" and texts["Storeys"] == "20"
    assert texts["Floor area (m²)"] == "12500" and texts["Height (m)"] == "70"      # 25 × 25 m × 20 storeys
    popup.hide()
    # the base side shows no such building: a click there at the same place does not find it
    assert view.identify(view.left, tower["id"]) is None
