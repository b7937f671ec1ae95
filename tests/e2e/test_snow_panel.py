"""The Snow panel in the real main window on the sample's storm night (marker gl: Xvfb + Mesa): the dock is there
with the analysis' results, a double-click on a missed segment frames it in the real 3D view and selects it on
the coverage layer, and the chart's line follows the time bar."""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDockWidget

from twin import snow_coverage

pytestmark = pytest.mark.gl


def test_snow_dock_frames_a_missed_segment_in_the_3d_view(make_window, sample_project, qtbot):
    from gui.snow_panel import SnowPanel

    w = make_window(sample_project)
    if not w.store.existing_tables(["plough_points"]) or not w.store.query("SELECT count(*) FROM plough_points")[0][0]:
        pytest.fail("the sample project has no storm night (sample_data/snow is committed; restore it)")
    dock = w.findChild(QDockWidget, "snowDock")
    assert dock is not None
    panel = dock.findChild(SnowPanel)
    assert panel.has_data() and panel.stack.currentIndex() == 1                 # the first start ran the analysis
    dock.show()
    dock.raise_()
    assert [r.tier for r in panel.levels_model.rows] == [1, 2, 3]
    missed = snow_coverage.missed(w.store)
    assert missed and panel.missed_model.segment_ids() == [r["segment_id"] for r in missed]

    # a double-click on the longest missed tier-1 segment frames it in the real view and selects it on the map
    panel.tabs.setCurrentIndex(0)
    target = missed[0]
    row = panel.missed_model.row_of(target["segment_id"])
    view = panel.missed_table
    view.scrollTo(panel.missed_model.index(row, 0))
    pos = view.visualRect(panel.missed_model.index(row, 1)).center()
    qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=pos)
    qtbot.mouseDClick(view.viewport(), Qt.MouseButton.LeftButton, pos=pos)
    x0, x1, y0, y1 = w.store.query("SELECT ST_XMin(geom), ST_XMax(geom), ST_YMin(geom), ST_YMax(geom) "
                                   "FROM road_segments WHERE id = ?", [target["segment_id"]])[0]
    cam = w.viewport.scene.renderer.GetActiveCamera()
    fx, fy, _ = cam.GetFocalPoint()
    assert abs(fx - (x0 + x1) / 2) < 1.0 and abs(fy - (y0 + y1) / 2) < 1.0      # the 3D view looks at the segment
    assert cam.GetDistance() < 2000
    coverage = next(v for v in w.document.layers if v.kind == "snow_coverage")
    assert w.document.selection.ids(coverage.id) == {target["segment_id"]}

    # the chart's line follows the time bar
    clock = w.document.clock
    t = clock.start + dt.timedelta(hours=3)
    clock.current = t
    assert panel.chart.line_time() == t
