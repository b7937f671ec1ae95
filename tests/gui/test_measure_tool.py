"""The measure tool driven by simulated picks (no 3D view needed): status texts, the table, copying, modes."""

from __future__ import annotations

import math

import pytest
from PySide6.QtCore import QObject, QPoint, Qt
from PySide6.QtWidgets import QApplication, QWidget

from gui.measure_tool import MeasurePanel
from gui.surface_draw import SurfacePoint
from twin.document import TwinDocument
from twin.store import Store

X0, Y0 = -73280.0, 35840.0


class FakeViewport(QWidget):
    """What the tool asks of the view: picks come from a table of positions; nothing is drawn."""

    def __init__(self, document=None):
        super().__init__()
        self.document, self.scene, self.tool, self.picks, self.renders = document, None, None, {}, 0

    def set_tool(self, tool):
        self.tool = tool

    def pick_surface(self, pos: QPoint):
        return self.picks.get((pos.x(), pos.y()))

    def overlay_renderer(self):
        return None

    def request_render(self):
        self.renders += 1


@pytest.fixture
def panel(qtbot):
    view = FakeViewport()
    qtbot.addWidget(view)
    p = MeasurePanel(view)
    qtbot.addWidget(p)
    statuses = []
    p.statusChanged.connect(statuses.append)
    p.statuses = statuses
    p.set_active(True)
    return p


def click(panel, x, y, point: SurfacePoint):
    panel.viewport.picks[(x, y)] = point
    panel.viewport.tool.click(QPoint(x, y))


def test_a_walk_measured_segment_by_segment(panel):
    assert panel.viewport.tool is panel.draw                       # the view's clicks go to the tool
    click(panel, 10, 10, SurfacePoint.at(X0, Y0, 8.0))
    assert panel.statuses[-1] == "Distance: click the next point"
    click(panel, 20, 10, SurfacePoint.at(X0 + 30.0, Y0 + 40.0, 8.0))
    assert panel.statuses[-1] == ("Distance: 50.0 m along 1 segment(s) (horizontal 50.0 m, height +0.0 m); "
                                  "last segment 50.0 m")
    click(panel, 30, 10, SurfacePoint.at(X0 + 30.0, Y0 + 160.0, 17.0))
    slope = math.hypot(120.0, 9.0)
    assert panel.statuses[-1] == (f"Distance: {50 + slope:,.1f} m along 2 segment(s) (horizontal 170.0 m, height "
                                  f"+9.0 m); last segment {slope:.1f} m")
    # the cursor over the surface: the distance to it, live
    panel.draw.hover(SurfacePoint.at(X0 + 35.0, Y0 + 172.0, 17.0))
    assert panel.statuses[-1].endswith(f"; to the cursor 13.0 m (total {50 + slope + 13:,.1f} m)")
    assert panel.draw.label == f"{50 + slope + 13:,.1f} m"
    panel.viewport.tool.key(Qt.Key.Key_Return)                    # Enter ends the path
    assert panel.draw.done and len(panel.draw.points) == 3
    assert panel.result.text() == panel.status_text and "to the cursor" not in panel.status_text
    rows = panel.result_text().splitlines()
    assert rows[1] == "Segment\tHorizontal (m)\tSlope (m)\tHeight (m)"
    assert rows[2:5] == ["1\t50.0\t50.0\t+0.0", f"2\t120.0\t{slope:.1f}\t+9.0", f"Total\t170.0\t{50 + slope:.1f}\t+9.0"]
    assert rows[-1] == "3\t-73250.00\t36000.00\t17.00"
    panel.copy()
    assert QApplication.clipboard().text() == panel.result_text()
    # the next click starts a new path
    click(panel, 40, 10, SurfacePoint.at(X0, Y0, 8.0))
    assert len(panel.draw.points) == 1 and panel.statuses[-1] == "Distance: click the next point"


def test_backspace_removes_a_point_and_esc_cancels(panel):
    for i in range(3):
        click(panel, i, 0, SurfacePoint.at(X0 + 10.0 * i, Y0, 5.0))
    assert panel.viewport.tool.key(Qt.Key.Key_Backspace) and len(panel.draw.points) == 2
    assert panel.viewport.tool.key(Qt.Key.Key_Escape) and panel.draw.points == []
    assert panel.result.text() == "" and not panel.copy_button.isEnabled()
    assert not panel.viewport.tool.key(Qt.Key.Key_A)                 # other keys stay the view's


def test_area_of_a_clicked_rectangle_is_planar(panel):
    panel.set_mode("area")
    corners = [(X0, Y0, 8.0), (X0 + 120.0, Y0, 9.0), (X0 + 120.0, Y0 + 45.5, 12.0), (X0, Y0 + 45.5, 8.0)]
    for i, c in enumerate(corners):
        click(panel, i, 0, SurfacePoint.at(*c))
    panel.viewport.tool.double_click(QPoint(3, 0))
    assert panel.draw.done and panel.draw.closed
    assert panel.status_text == "Area: 5,460 m² (0.55 ha), perimeter 331.0 m, 4 corners (planar, in the project CRS)"
    assert panel.draw.label == "5,460 m²"


def test_height_of_two_points(panel):
    panel.set_mode("height")
    click(panel, 0, 0, SurfacePoint.at(X0, Y0, 12.5))
    assert panel.status_text == "Height: T.P. 12.5 m; click a second point for the difference"
    click(panel, 1, 0, SurfacePoint.at(X0 + 30.0, Y0 + 40.0, 33.1))
    assert panel.draw.done                                            # two points finish by themselves
    assert panel.status_text == ("Height difference +20.6 m (T.P. 12.5 m → 33.1 m), horizontal 50.0 m, slope 54.1 m")


def test_height_of_a_picked_building(qtbot, imported_sample_project):
    with Store(imported_sample_project, read_only=True) as store:
        doc = TwinDocument(store)
        doc.create_default_layers()
        buildings = doc.layers.by_kind("buildings")[0]
        fid, x, y, ground, roof, h = store.query(
            "SELECT id, ST_X(ST_Centroid(footprint)), ST_Y(ST_Centroid(footprint)), ground_z, lod1_top_z, "
            "measured_height FROM buildings WHERE name = '加賀温泉駅'")[0]
        view = FakeViewport(doc)
        qtbot.addWidget(view)
        panel = MeasurePanel(view)
        qtbot.addWidget(panel)
        panel.set_active(True)
        panel.set_mode("height")
        click(panel, 0, 0, SurfacePoint.at(x, y, roof - 0.5, buildings.id, fid))
        assert panel.status_text == (f"加賀温泉駅: height {h:.1f} m (ground T.P. {ground:.1f} m, roof T.P. {roof:.1f} m); "
                                     f"picked point {roof - 0.5 - ground:.1f} m above the ground")
        assert panel.draw.label == f"加賀温泉駅 {h:.1f} m"
        assert f"Measured height (m)\t{h:.2f}" in panel.result_text()
        panel.set_active(False)                                      # off: the view selects again
        assert view.tool is None and panel.draw.points == []


def test_switching_off_gives_the_clicks_back(panel):
    click(panel, 0, 0, SurfacePoint.at(X0, Y0, 1.0))
    panel.set_active(False)
    assert panel.viewport.tool is None and panel.draw.points == [] and panel.statuses[-1] == ""
    with pytest.raises(ValueError):
        panel.set_mode("volume")
