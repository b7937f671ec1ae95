"""Issue 9's story in the real window (Xvfb): a planner draws a 12-storey tower east of Kaga Onsen Station in a new
scenario, sees it beside the base in linked views, reads the floor area and jobs it adds, the neighbours losing
winter sun, and undoes it."""

from __future__ import annotations

import gc

import numpy as np
import pytest
from PySide6.QtWidgets import QApplication

from kaga_testenv import window_display_problem

pytestmark = pytest.mark.gl


@pytest.fixture
def sample_project(tmp_path_factory):
    from importers.sample import ensure_default_project
    from twin.paths import sample_sources

    if not sample_sources():
        pytest.skip("the bundled sample is not here")
    path = tmp_path_factory.mktemp("scn_sample") / "kaga.duckdb"
    ensure_default_project(path)
    return path


@pytest.fixture
def window(qtbot, sample_project):
    problem = window_display_problem()
    if problem:
        pytest.skip(problem)
    from gui.main_window import MainWindow

    w = MainWindow()
    w.resize(1500, 950)
    w.show()
    qtbot.waitExposed(w)
    assert w.open_project(sample_project)
    w.viewport.render_now()
    yield w
    w.close()
    w.deleteLater()
    for _ in range(3):
        QApplication.processEvents()
    gc.collect()


def test_a_tower_east_of_the_station_beside_the_base_then_undone(window, qtbot, monkeypatch):
    from gui import scenario_building_dialog
    from gui.surface_draw import SurfacePoint
    from layers.scenario import scenario_adapters
    from twin import scenarios
    from twin.document import station_xy

    panel = window.docks.theme_panels["scenarioDock"]
    assert {"駅東ホテル棟", "駅北住宅"} <= set(panel.model.names())   # the sample's two scenarios
    panel.new_scenario("タワー案")
    assert panel.current() == "タワー案"

    class TwelveStoreys(scenario_building_dialog.BuildingDialog):
        def exec(self):
            self.storeys.setValue(12)
            self.usage.setCurrentIndex(self.usage.findData("402"))
            return 1

    monkeypatch.setattr(scenario_building_dialog, "BuildingDialog", TwelveStoreys)
    store = window.document.store
    east = store.query("SELECT max(ST_XMax(footprint)) FROM buildings WHERE measured_height > 20 AND "
                       "ST_Distance(footprint, ST_Point(?, ?)) < 30", list(station_xy(store.crs)))[0][0]
    x0, y0 = (east or station_xy(store.crs)[0] + 150.0) + 25.0, station_xy(store.crs)[1] - 15.0
    panel.edits.start_drawing()
    assert window.viewport.tool is panel.edits.drawing          # the view's clicks draw the footprint
    for x, y in ((x0, y0), (x0 + 30, y0), (x0 + 30, y0 + 25), (x0, y0 + 25)):
        panel.edits.drawing.add_point(SurfacePoint.at(x, y, 10.0))
    panel.edits.drawing.finish()
    added = [r for r in scenarios.scenario_buildings(store, "タワー案").to_pylist() if r["status"] == "added"]
    assert len(added) == 1 and added[0]["storeys"] == 12 and added[0]["floor_area_m2"] == pytest.approx(750 * 12)

    sbs = panel.open_side_by_side()
    qtbot.waitExposed(sbs)
    assert sbs.shown() == (None, "タワー案") and sbs.cameras_linked
    right = scenario_adapters(sbs.right.scene)[0]
    assert right.delta.counts == {"added": 1, "changed": 0, "removed": 0}
    a, b = sbs.left.screenshot(), sbs.right.screenshot()
    assert (np.abs(a.astype(int) - b.astype(int)).sum(axis=2) > 40).sum() > 50      # the tower is drawn

    tab = panel.compare_tab
    tab.area.setCurrentIndex(tab.area.findData("station-800m"))
    with qtbot.waitSignal(tab.computed, timeout=120000):
        tab.run()
    rows = {r["figure"]: r for r in tab.metrics.rows}
    assert rows["Floor area (m²): 商業施設"]["difference"] == pytest.approx(9000.0)
    assert rows["Jobs"]["difference"] == pytest.approx(9000.0 / 40.0)

    sh = panel.shadow_tab
    sh.grid.setValue(4.0)
    with qtbot.waitSignal(sh.computed, timeout=240000):
        sh.run()
    assert sh.neighbours.rowCount() == len(sh.result["neighbours"]) and sh.result["difference"].max() > 1.0

    panel.edits.undo_button.click()                          # undone: in the project and in the views
    qtbot.wait(50)
    assert scenarios.history(store, "タワー案")[0]["active"] is False
    assert right.delta.counts["added"] == 0
    sbs.close()


def test_identify_stays_in_front_of_the_scenarios_tab(window):
    docks = window.docks
    scen = docks.theme_docks["scenarioDock"]
    # tabbed together on the right: Identify is the visible tab after opening, Scenarios one click away
    assert scen.isVisible() and window.dockWidgetArea(scen) == window.dockWidgetArea(docks.identify_dock)
    assert scen in window.tabifiedDockWidgets(docks.identify_dock)
    assert not docks.identify_dock.visibleRegion().isEmpty()
    assert scen.visibleRegion().isEmpty()
