"""The Snow panel (gui/snow_panel.py): the storm window runs snow-coverage in a worker and sets the twin's clock;
the service level per tier, the missed and late segments (as the analysis lists them; by tier; unploughed at the
clock's time), the vehicle summary, zoom-to and selection on the map, the coverage chart whose line follows the
clock (by blitting), the missed list as CSV, the theme's dock, Japanese.

The storm is the CLI tests' (tests/cli/test_snow_cli.py): segment 1 (tier 1) ploughed at 01:00, segment 2 (tier 1)
missed, segment 3 (tier 2) late at 08:00, segment 4 (tier 3) at 02:00, segment 5 (tier 2) at 03:00."""

from __future__ import annotations

import csv
import datetime as dt
import importlib.util
import warnings
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMainWindow

from gui.snow_models import (KEY_ROLE, SegmentFilter, ServiceLevelModel, SnowSegmentsModel, VehicleSummaryModel,
                             load_segments, road_text)
from gui.snow_panel import SnowPanel
from twin import snow_coverage
from twin.analysis import run_analysis
from twin.clock import TOKYO
from twin.document import TwinDocument
from twin.repairs import station_xy

_spec = importlib.util.spec_from_file_location(
    "snow_storm_builder", Path(__file__).resolve().parents[1] / "cli" / "test_snow_cli.py")
storm = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(storm)

DAY = storm.DAY
START, END = DAY, DAY + dt.timedelta(hours=12)


def at(h: float) -> dt.datetime:
    return DAY + dt.timedelta(hours=h)


@pytest.fixture
def origin(store):
    sx, sy = station_xy(store.crs)
    ox, oy = sx + 10_000, sy
    storm.build_storm(store, ox, oy)
    return ox, oy


@pytest.fixture
def analysed(store, origin):
    run_analysis(store, "snow-coverage", {"from": START.isoformat(), "to": END.isoformat()})
    return store


@pytest.fixture
def document(store, origin):
    doc = TwinDocument(store)
    doc.add_missing_default_layers()
    return doc


class FakeViewport:
    """What the panel uses of gui.viewport.Viewport: fit_bounds and the scene's ground height."""

    class _Scene:
        def ground_height(self, x, y):
            return 5.0

    def __init__(self):
        self.scene = self._Scene()
        self.fitted: list[tuple] = []

    def fit_bounds(self, bounds, min_radius=60.0):
        self.fitted.append(tuple(bounds))
        return True


class FakeHost:
    def __init__(self, panel_getter):
        self.viewport = FakeViewport()
        self.finished: list = []
        self._panel = panel_getter

    def analysis_finished(self, run):
        self.finished.append(run)
        self._panel().reload()


@pytest.fixture
def panel(document, qtbot):
    holder = {}
    host = FakeHost(lambda: holder["panel"])
    p = SnowPanel(host)
    holder["panel"] = p
    qtbot.addWidget(p)
    p.resize(1400, 420)
    p.set_document(document)
    p.show()
    qtbot.waitExposed(p)
    return p


def run_from_panel(panel, qtbot, start=START, end=END):
    panel.window_bar.set_window(start, end, by_user=True)
    runner = panel.run()
    assert runner is not None and not panel.window_bar.run_button.isEnabled()
    qtbot.waitUntil(lambda: panel.last_outcome is not None, timeout=30000)
    assert panel.last_outcome == "ran"


def double_click(qtbot, view, index):
    """A real double click on a cell (a click first: QAbstractItemView emits doubleClicked for the second press on
    the item the first one pressed)."""
    pos = view.visualRect(index).center()
    assert view.visualRect(index).isValid()
    qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=pos)
    qtbot.mouseDClick(view.viewport(), Qt.MouseButton.LeftButton, pos=pos)


def shown_ids(model):
    return [model.index(r, 0).data(KEY_ROLE) for r in range(model.rowCount())]


# -- models ------------------------------------------------------------------------------------------------------

def test_models_pass_the_model_tester_and_hold_the_analysis_results(analysed, qtmodeltester):
    levels = ServiceLevelModel()
    levels.reload(analysed)
    qtmodeltester.check(levels)
    assert [(r.tier, r.target_h, round(r.length_km, 3), round(r.served_within_target_pct, 1)) for r in levels.rows] \
        == [(1, 3.0, 0.6, 50.0), (2, 6.0, 0.6, 50.0), (3, 12.0, 0.3, 100.0)]
    col = ServiceLevelModel.COLUMNS.index("served_within_target_pct")
    assert levels.index(0, col).data() == "50.0 %" and levels.index(0, 0).data() == "Tier 1"

    window_start = snow_coverage.window(analysed)[0]
    missed = SnowSegmentsModel()
    missed.reload(analysed, SegmentFilter("missed"), window_start)
    qtmodeltester.check(missed)
    assert missed.segment_ids() == [r["segment_id"] for r in snow_coverage.missed(analysed)] == [2]
    assert missed.index(0, SnowSegmentsModel.COLUMNS.index("road")).data() == "県道片山津線"
    assert missed.index(0, SnowSegmentsModel.COLUMNS.index("first_served")).data() == "never"

    late = SnowSegmentsModel()
    late.reload(analysed, SegmentFilter("late"), window_start)
    qtmodeltester.check(late)
    assert late.segment_ids() == [r["segment_id"] for r in snow_coverage.late(analysed)] == [3]
    row = late.row_at(0)
    assert row.first_served.astimezone(TOKYO).strftime("%H:%M") == "08:01"
    assert row.late_h == pytest.approx(2.0 + 76.8 / 3600, abs=0.01)             # 08:01 − (00:00 + 6 h)
    assert late.index(0, SnowSegmentsModel.COLUMNS.index("first_served")).data() == "01-15 08:01"

    vehicles = VehicleSummaryModel()
    vehicles.reload(analysed)
    qtmodeltester.check(vehicles)
    rows = {r.vehicle_id: r for r in vehicles.rows}
    assert set(rows) == {"K-1", "K-2"} and rows["K-1"].segments_served == 3 and rows["K-2"].segments_served == 1
    assert rows["K-1"].km_ploughed > 0.9 and rows["K-2"].km_deadhead > 0.3       # K-2 drove segment 2 blade up

    # sorting keeps the rows and puts missing values last
    late_all = SnowSegmentsModel()
    late_all.reload(analysed, SegmentFilter("missed", until=at(6)), window_start)
    qtmodeltester.check(late_all)
    assert late_all.segment_ids() == [2, 3]
    late_all.sort(SnowSegmentsModel.COLUMNS.index("first_served"), Qt.SortOrder.DescendingOrder)
    assert late_all.segment_ids() == [3, 2]                                       # never served: last
    qtmodeltester.check(late_all)


def test_unploughed_at_a_moment_in_sql():
    where, params = SegmentFilter("missed", tier=1, until=at(6)).where()
    assert "first_served IS NULL OR c.first_served > ?" in where and params == [at(6), 1]
    where, params = SegmentFilter("late", tier=None).where()
    assert "c.state = ?" in where and params == ["late"]


# -- the panel ---------------------------------------------------------------------------------------------------

def test_the_window_defaults_to_the_tracks_and_run_fills_the_tables_and_sets_the_clock(panel, document, qtbot):
    assert panel.has_data() and panel.stack.currentIndex() == 0              # tracks, not analysed yet
    assert "not been analysed" in panel.empty_label.text()
    first, last = document.store.query("SELECT min(time), max(time) FROM plough_points")[0]
    a, b = panel.window_bar.window()
    assert (a, b) == (first.replace(microsecond=0), last.replace(microsecond=0))  # the fields hold whole seconds
    run_from_panel(panel, qtbot)
    assert len(panel._host.finished) == 1 and panel.stack.currentIndex() == 1
    assert panel.levels_model.rowCount() == 3
    assert shown_ids(panel.missed_model) == [r["segment_id"] for r in snow_coverage.missed(document.store)] == [2]
    assert shown_ids(panel.late_model) == [3]
    assert sorted(shown_ids(panel.vehicles_model)) == ["K-1", "K-2"]
    assert panel.tabs.tabText(0) == "Missed (1)" and panel.tabs.tabText(2) == "Vehicles (2)"
    # the clock replays the window: its range is the window, it stands at the end, steps of 10 min
    clock = document.clock
    assert (clock.start, clock.end, clock.current) == (START, END, END) and clock.step == dt.timedelta(minutes=10)
    assert "2026-01-15 00:00 – 2026-01-15 12:00" in panel.window_label.text()
    assert panel.stale_label.text() == ""
    # the tier filter
    panel.set_tier(2)
    assert shown_ids(panel.missed_model) == [] and shown_ids(panel.late_model) == [3]
    panel.set_tier(None)
    assert shown_ids(panel.missed_model) == [2]
    # another window in the fields: the results are for another one
    panel.window_bar.set_window(at(1), END, by_user=True)
    assert "another window" in panel.stale_label.text()
    assert panel.window_bar.window()[0] == at(1)                             # the user's window is kept


def test_replay_plays_the_window_from_its_start(analysed, panel, document):
    assert panel.replay()
    clock = document.clock
    assert (clock.start, clock.end, clock.current, clock.playing) == (START, END, START, True)
    clock.playing = False


def test_unploughed_at_the_clocks_time_follows_the_clock(analysed, panel, document, qtbot):
    panel.set_clock_to_window()
    panel.at_clock.setChecked(True)
    document.clock.current = at(6)
    qtbot.waitUntil(lambda: shown_ids(panel.missed_model) == [2, 3], timeout=3000)
    assert panel.tabs.tabText(0) == "Unploughed at 06:00 (2)"
    document.clock.current = at(0.5)
    qtbot.waitUntil(lambda: len(shown_ids(panel.missed_model)) == 5, timeout=3000)
    panel.set_tier(1)
    assert shown_ids(panel.missed_model) == [1, 2]
    panel.at_clock.setChecked(False)
    assert shown_ids(panel.missed_model) == [2]


def test_double_click_zooms_to_the_segment_and_selects_it(analysed, panel, document, origin, qtbot):
    double_click(qtbot, panel.missed_table, panel.missed_model.index(0, 1))
    ox, oy = origin
    assert len(panel._host.viewport.fitted) == 1
    x0, x1, y0, y1, z0, z1 = panel._host.viewport.fitted[0]
    assert x0 < ox and x1 > ox + 300 and y0 < oy + 200 < y1 and z0 == 5.0          # segment 2 and a margin
    assert x1 - x0 == pytest.approx(300 + 2 * 40)
    layers = {v.kind: v for v in document.layers}
    assert document.selection.ids(layers["road_segments"].id) == {2}
    assert document.selection.ids(layers["snow_coverage"].id) == {2}
    # the late list too
    panel.tabs.setCurrentIndex(1)
    assert panel.zoom_to_segment(3) and document.selection.ids(layers["road_segments"].id) == {3}
    assert not panel.zoom_to_segment(1)                                             # listed in neither


def test_double_click_on_a_vehicle_selects_its_points_and_trips(analysed, panel, document, qtbot):
    panel.tabs.setCurrentIndex(2)
    row = panel.vehicles_model.row_of("K-2")
    double_click(qtbot, panel.vehicles_table, panel.vehicles_model.index(row, 0))
    ids = [r[0] for r in document.store.query("SELECT id FROM plough_points WHERE vehicle_id = 'K-2' ORDER BY id")]
    points = next(v for v in document.layers if v.kind == "plough_points")
    assert len(ids) > 20 and document.selection.ids(points.id) == set(ids)
    assert len(panel._host.viewport.fitted) == 1                                  # framed on its track


def test_the_charts_line_follows_the_clock_without_redrawing_the_curves(analysed, panel, document, qtbot):
    chart = panel.chart
    assert sorted(chart.curves) == [1, 2, 3]
    assert chart.value_at(1, at(2)) == pytest.approx(50.0) and chart.value_at(3, at(1)) == 0.0
    assert chart.value_at(3, at(12)) == pytest.approx(100.0)
    panel.set_clock_to_window()
    chart.canvas.draw()                                   # the first full draw saves the background
    draws = chart.full_draws
    document.clock.current = at(6)
    assert chart.line_time() == at(6)
    document.clock.current = at(9.5)
    assert chart.line_time() == at(9.5) and chart.blits >= 2 and chart.full_draws == draws
    document.clock.clear()
    assert chart.line_time() is None


def test_export_writes_the_missed_list_as_csv_with_a_bom(analysed, panel, tmp_path):
    out = panel.export_missed(tmp_path / "missed")
    assert out == tmp_path / "missed.csv" and out.read_bytes()[:3] == b"\xef\xbb\xbf"
    rows = list(csv.DictReader(out.read_text(encoding="utf-8-sig").splitlines()))
    assert [(r["Segment"], r["Tier"], r["Road"], r["Road class"], r["Length (m)"], r["First served"], r["Status"])
            for r in rows] == [("2", "1", "県道片山津線", "Prefectural road", "300.0", "", "missed")]
    assert "1 segments (missed) → missed.csv" in panel.status_label.text()


def test_empty_states_and_a_read_only_project(store, project_path, qtbot):
    from twin.store import Store

    p = SnowPanel()
    qtbot.addWidget(p)
    assert "No project" in p.empty_label.text() and not p.has_data()
    p.set_document(TwinDocument(store))
    assert not p.has_data() and "no plough tracks" in p.empty_label.text()
    assert not p.window_bar.run_button.isEnabled()
    store.close()
    ro = Store(project_path, read_only=True)
    try:
        p.set_document(TwinDocument(ro))
        assert not p.window_bar.run_button.isEnabled()
        p.set_document(None)
    finally:
        ro.close()


def test_the_theme_dock_is_in_the_windows_docks_and_shown_with_tracks(document, store, qtbot):
    from gui.docks import PanelDocks
    from gui.theme_docks import theme_docks

    assert "snowDock" in [d.name for d in theme_docks()]
    win = QMainWindow()
    qtbot.addWidget(win)
    docks = PanelDocks(win)
    dock = docks.theme_docks["snowDock"]
    assert dock in docks.docks and dock.windowTitle() == "Snow"
    win.show()
    docks.bind(document, None)
    assert dock.isVisible()
    docks.unbind()
    store.query("DELETE FROM plough_points")
    docks.bind(TwinDocument(store), None)
    assert not dock.isVisible()
    docks.unbind()


def test_japanese_ui_and_chart_labels(analysed, panel, qtbot):
    from gui.i18n import install_language
    from gui.snow_chart import JAPANESE_FONTS, japanese_font

    assert install_language("ja")
    assert panel.windowTitle() == "除雪"
    assert panel.levels_model.headerData(0, Qt.Orientation.Horizontal) == "路線区分"
    assert panel.levels_model.index(0, 0).data() == "第1次"
    assert panel.tabs.tabText(0) == "未除雪 (1)"
    assert panel.window_bar.run_button.text() == "実行"
    family = japanese_font()
    assert family in JAPANESE_FONTS                       # the machine has one (CI installs Noto CJK and IPAex)
    title = panel.chart.ax.title
    assert title.get_text() == "路線区分別の除雪済み延長の推移" and title.get_fontproperties().get_name() == family
    with warnings.catch_warnings():
        warnings.simplefilter("error")                    # a missing glyph would warn
        panel.chart.canvas.draw()
    legend = [t.get_text() for t in panel.chart.ax.get_legend().get_texts()]
    assert legend[0] == "第1次 (目標 3 時間)"


def test_an_unnamed_road_is_named_by_its_class(analysed):
    analysed.query("UPDATE road_segments SET name = NULL WHERE id = 2")
    rows = load_segments(analysed, SegmentFilter("missed"))
    assert [(r.segment_id, road_text(r)) for r in rows] == [(2, "(Prefectural road)")]
    analysed.query("DELETE FROM road_segments")
    rows = load_segments(analysed, SegmentFilter("missed"))
    assert [(r.segment_id, road_text(r), r.bounds) for r in rows] == [(2, "(unnamed)", None)]
