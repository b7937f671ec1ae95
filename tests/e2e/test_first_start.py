"""First start: ``kaga-twin`` with no project builds the default project from the bundled sample behind a
progress dialog and opens on it, looking at Kaga Onsen Station."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QProgressDialog

pytestmark = [pytest.mark.gl, pytest.mark.slow]


def test_first_start_opens_the_sample_at_the_station(qapp, qtbot, tmp_path):
    from gui.app import run_app
    from kaga_testenv import window_display_problem

    problem = window_display_problem()
    if problem:
        pytest.skip(problem)
    from twin.paths import default_project_path, sample_sources

    if not sample_sources():
        pytest.skip("the bundled sample is not in sample_data/")
    assert not default_project_path().exists()        # KAGA_TWIN_HOME is a fresh folder (tests/conftest.py)
    seen: dict = {"progress": False}

    def watch():
        if any(isinstance(w, QProgressDialog) and w.isVisible() for w in QApplication.topLevelWidgets()):
            seen["progress"] = True
        win = next((w for w in QApplication.topLevelWidgets() if w.objectName() == "mainWindow"), None)
        if win is not None and win.isVisible() and win.document is not None:
            doc = win.document
            buildings = next(v for v in doc.layers if v.kind == "buildings")
            seen["kinds"] = [v.kind for v in doc.layers]
            seen["visible"] = {v.kind: v.visible for v in doc.layers}
            seen["clock"] = (doc.clock.start, doc.clock.end, doc.clock.current)
            seen["groups"] = {v.kind: doc.tree.group_of(v).name for v in doc.layers if doc.tree.group_of(v)}
            seen["style"] = (buildings.style.mode, buildings.style.attribute)
            seen["population_columns"] = doc.store.query("SELECT count(*) FROM population_columns")[0][0]
            seen["repair_cases"] = doc.store.query("SELECT count(*) FROM repair_cases")[0][0]
            seen["path"] = win.project_path
            seen["focal"] = win.viewport.scene.renderer.GetActiveCamera().GetFocalPoint()
            win.viewport.render_now()
            picked = win.viewport.pick_at(win.viewport.plotter.rect().center())
            seen["picked_center"] = picked
            if picked is not None:
                layer = doc.layers.get(picked[0])
                seen["picked"] = (layer.kind, doc.identify(layer, picked[1])["attributes"].get("name"))
            win.close()
            return
        QTimer.singleShot(100, watch)

    QTimer.singleShot(0, watch)
    assert run_app(None, ["kaga-twin"]) == 0
    # the closed window is destroyed before run_app returns, not left to the garbage collector
    assert not [w for w in QApplication.topLevelWidgets() if w.objectName() == "mainWindow"]
    assert seen["progress"], "no progress dialog while the default project was created"
    assert seen["path"] == default_project_path() and default_project_path().exists()
    # the sample's mesh population is a default layer too, but unticked: its columns (up to ~460 m) would hide
    # the station. The road network, the facilities, the road-damage theme's layers (reports, repair cases: that
    # theme decides which) and the snow theme's (in its own group) are shown.
    from twin import themes

    assert [k for k in seen["kinds"] if themes.theme_of_kind(k).name not in ("road_damage", "snow", "population", "zoning")] \
        == ["terrain", "road_segments", "roads", "buildings", "facilities"]
    assert seen["visible"]["mesh_population"] is False and seen["visible"]["buildings"] is True
    assert seen["visible"]["zoning"] is False             # the sample's 用途地域, one tick away
    assert "road_reports" in seen["kinds"]
    assert seen["groups"]["plough_points"] == "除雪"
    # the clock is on the storm night, at 06:00 (what was still unploughed before the morning traffic)
    import datetime as dt

    from twin.paths import STORM_CLOCK_AT, STORM_END, STORM_START

    assert seen["clock"] == tuple(dt.datetime.fromisoformat(t) for t in (STORM_START, STORM_END, STORM_CLOCK_AT))
    assert seen["repair_cases"] > 0          # repair-priority ran: the work list is ready
    assert seen["population_columns"] > 0
    assert seen["style"] == ("categorized", "usage")
    from twin.document import station_xy

    sx, sy = station_xy()
    fx, fy, _ = seen["focal"]
    assert abs(fx - sx) < 1 and abs(fy - sy) < 1     # looking at the station
    # and the station building is what is drawn in the middle of the view (a click there selects it)
    assert seen["picked_center"] is not None, "nothing is drawn at the centre of the first view"
    assert seen["picked"] == ("buildings", "加賀温泉駅")
    for w in QApplication.topLevelWidgets():
        w.deleteLater()
