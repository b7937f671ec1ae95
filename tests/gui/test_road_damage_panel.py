"""The Road Damage panel (gui/road_damage_panel.py): the ranked work list and its model, the filters (status, class,
area, and the time window that follows the twin's clock), the case details (parts adding up to the priority,
photos, history), status changes through the panel, framing on the map, the theme's dock in the window's docks."""

from __future__ import annotations

import datetime as dt
import json

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QImage
from PySide6.QtWidgets import QMainWindow

from gui.repair_cases_model import COLUMNS, CaseFilter, RepairCasesModel
from gui.road_damage_panel import FRAME_M, RoadDamagePanel
from twin.analysis import run_analysis, save_params
from twin.clock import TOKYO
from twin.document import TwinDocument, default_layer
from twin.repairs import PART_NAMES, station_xy

AS_OF = "2025-07-01T00:00:00+09:00"


def add_segment(store, sid, coords, name, road_class="municipal", width=None, emergency=None):
    wkt = "LINESTRING (" + ", ".join(f"{x} {y}" for x, y in coords) + ")"
    store.query("INSERT INTO road_segments (id, from_node, to_node, length_m, name, road_class, width_m, "
                "emergency_class, geom, source_id) VALUES (?, 0, 0, 0, ?, ?, ?, ?, ST_GeomFromText(?), 1)",
                [sid, name, road_class, width, emergency, wkt])


def add_report(store, rid, x, y, when, status="受付済", cls=None, size=None, photo=None, text=None):
    store.query("INSERT INTO road_reports (id, external_id, kind, received_at, status, damage_class, size, photo, "
                "description, geom, source_id) VALUES (?, ?, 'citizen', ?::TIMESTAMPTZ, ?, ?, ?, ?, ?, "
                "ST_Point(?, ?), 1)", [rid, f"R-{rid}", when, status, cls, size, photo, text, x, y])


@pytest.fixture
def project(store, tmp_path):
    """Two segments, five reports → four cases: A (reports 1, 2: D40 on the municipal road, January), B (report 3,
    対応中, March), C (report 4 on the national emergency road, February), D (report 5, 対応済, June)."""
    photo = tmp_path / "photos" / "r1.jpg"
    photo.parent.mkdir()
    img = QImage(320, 240, QImage.Format.Format_RGB32)
    img.fill(QColor("#885522"))
    assert img.save(str(photo))
    sx, sy = station_xy(store.crs)
    ox, oy = sx + 10_000.0, sy
    add_segment(store, 1, [(ox, oy), (ox + 200, oy)], "市道大聖寺線")
    add_segment(store, 2, [(ox + 300, oy - 50), (ox + 300, oy + 50)], "国道8号", "national", 12, 1)
    add_report(store, 1, ox + 20, oy + 2, "2025-01-05 09:00:00+09", cls="D40", size=0.5, photo=str(photo),
               text="大きな穴があります")
    add_report(store, 2, ox + 30, oy - 2, "2025-01-15 09:00:00+09", cls="D20")
    add_report(store, 3, ox + 150, oy + 1, "2025-03-01 09:00:00+09", "対応中", "D00")
    add_report(store, 4, ox + 300, oy + 10, "2025-02-01 09:00:00+09", cls="D10")
    add_report(store, 5, ox + 302, oy - 40, "2025-06-01 09:00:00+09", "対応済")
    run_analysis(store, "repair-priority", {"as_of": AS_OF})
    store.query("UPDATE repair_cases SET package = CASE WHEN segment_id = 1 THEN '54361402' ELSE '54361403' END")
    cases = {r[0]: r[1] for r in store.query("SELECT min(id), case_id FROM road_reports GROUP BY case_id")}
    return store, {"A": cases[1], "B": cases[3], "C": cases[4], "D": cases[5]}, (ox, oy)


@pytest.fixture
def document(project):
    return TwinDocument(project[0])


class FakeViewport:
    """What the panel uses of gui.viewport.Viewport: the scene's camera and ground height, renders, camera signal."""

    class _Camera:
        def __init__(self):
            self.fitted = []

        def fit(self, bounds, min_radius=60.0):
            self.fitted.append(tuple(bounds))

    class _Scene:
        def __init__(self):
            self.camera = FakeViewport._Camera()

        def ground_height(self, x, y):
            return 5.0

    class _Signal:
        def __init__(self):
            self.count = 0

        def emit(self):
            self.count += 1

    def __init__(self):
        self.scene = self._Scene()
        self.renders = 0
        self.cameraChanged = self._Signal()

    def request_render(self):
        self.renders += 1

    def fit_bounds(self, bounds, min_radius=60.0):
        self.scene.camera.fit(bounds, min_radius)
        self.request_render()
        self.cameraChanged.emit()
        return True


class FakeHost:
    """The window as the panel sees it: a viewport and the refresh after tables changed."""

    def __init__(self, panel_getter):
        self.viewport = FakeViewport()
        self.changed: list[set] = []
        self._panel = panel_getter

    def tables_changed(self, tables, message=None):
        self.changed.append(set(tables))
        self._panel().reload()

    def analysis_finished(self, run):
        self.tables_changed(set(run.outputs))


@pytest.fixture
def panel(document, qtbot):
    holder = {}
    host = FakeHost(lambda: holder["panel"])
    p = RoadDamagePanel(host)
    holder["panel"] = p
    qtbot.addWidget(p)
    p.resize(1400, 500)
    p.set_document(document)
    return p


def priorities(store):
    return {r[0]: r[1] for r in store.query("SELECT case_id, priority FROM repair_cases")}


# -- the model -------------------------------------------------------------------------------------------------------

def test_model_passes_the_model_tester_and_ranks_by_priority(project, qtmodeltester):
    store, cases, _ = project
    model = RepairCasesModel()
    model.reload(store, CaseFilter())
    qtmodeltester.check(model)
    prio = priorities(store)
    assert model.rowCount() == 4 == len(prio)
    expected = sorted(prio, key=lambda c: (-prio[c], c))
    assert model.case_ids() == expected
    assert [model.index(i, COLUMNS.index("rank")).data() for i in range(4)] == ["1", "2", "3", "4"]
    assert model.case_ids()[-1] == cases["D"] and prio[cases["D"]] == 0.0          # finished: scores 0, last
    # what the user reads: labels, Japan time, road names, packages
    row = model.row_of(cases["A"])
    text = {c: model.index(row, i).data() for i, c in enumerate(COLUMNS)}
    assert text["status"] == "Received" and text["worst_class"].startswith("D40 ")
    assert text["first_reported"] == "2025-01-05 09:00" and text["last_reported"] == "2025-01-15 09:00"
    assert text["road"] == "市道大聖寺線" and text["package"] == "54361402" and text["report_count"] == "2"
    assert text["priority"] == f"{prio[cases['A']]:.1f}"
    assert model.index(row, COLUMNS.index("status")).data(Qt.ItemDataRole.BackgroundRole) == QColor("#d7191c")
    # sorting by reports, then by first report descending; the tester watches the layout changes
    model.sort(COLUMNS.index("report_count"), Qt.SortOrder.DescendingOrder)
    assert model.case_ids()[0] == cases["A"]
    model.sort(COLUMNS.index("first_reported"), Qt.SortOrder.DescendingOrder)
    assert model.case_ids() == [cases["D"], cases["B"], cases["C"], cases["A"]]
    model.sort(COLUMNS.index("rank"), Qt.SortOrder.AscendingOrder)
    assert model.case_ids() == expected
    qtmodeltester.check(model)


def test_filter_sql_by_status_class_area_and_window(project):
    store, cases, _ = project
    model = RepairCasesModel()
    for flt, want in (
            (CaseFilter(statuses=frozenset({"受付済"})), {"A", "C"}),
            (CaseFilter(statuses=frozenset({"対応中", "対応済"})), {"B", "D"}),
            (CaseFilter(statuses=frozenset()), set()),
            (CaseFilter(damage_class="D40"), {"A"}),
            (CaseFilter(damage_class=""), {"D"}),                        # no class: citizen report only
            (CaseFilter(package="54361403"), {"C", "D"}),
            (CaseFilter(end=dt.datetime(2025, 1, 10, tzinfo=TOKYO)), {"A"}),
            # by the first report, as the map's case layer: A (5 and 15 January) is not in 10–31 January
            (CaseFilter(start=dt.datetime(2025, 1, 10, tzinfo=TOKYO), end=dt.datetime(2025, 1, 31, tzinfo=TOKYO)),
             set()),
            (CaseFilter(start=dt.datetime(2025, 1, 20, tzinfo=TOKYO), end=dt.datetime(2025, 3, 15, tzinfo=TOKYO)),
             {"B", "C"})):
        model.reload(store, flt)
        assert set(model.case_ids()) == {cases[k] for k in want}, flt


# -- the panel: list and filters ------------------------------------------------------------------------------------

def test_panel_lists_every_case_ranked_and_filters_by_status(panel, project):
    store, cases, _ = project
    assert panel.has_data() and panel.stack.currentIndex() == 1
    assert panel.model.rowCount() == 4 and panel.count_label.text() == "4 of 4 cases"
    prio = priorities(store)
    assert panel.model.case_ids() == sorted(prio, key=lambda c: (-prio[c], c))       # ranked as shown
    assert panel.table.model().index(0, 0).data() == "1"
    panel.filters.status_checks["対応済"].setChecked(False)
    assert cases["D"] not in panel.model.case_ids() and panel.model.rowCount() == 3
    assert panel.count_label.text() == "3 of 4 cases"
    panel.filters.status_checks["受付済"].setChecked(False)
    assert panel.model.case_ids() == [cases["B"]]
    panel.filters.status_checks["受付済"].setChecked(True)
    panel.filters.class_combo.setCurrentIndex(panel.filters.class_combo.findData("D10"))
    panel.filters.class_combo.activated.emit(panel.filters.class_combo.currentIndex())
    assert panel.model.case_ids() == [cases["C"]]
    panel.filters.class_combo.setCurrentIndex(0)
    panel.filters.area_combo.setCurrentIndex(panel.filters.area_combo.findData("54361402"))
    panel.filters.area_combo.activated.emit(panel.filters.area_combo.currentIndex())
    assert set(panel.model.case_ids()) == {cases["A"], cases["B"]}
    combo = panel.filters.area_combo
    assert [combo.itemText(i) for i in range(combo.count())] == ["All areas", "54361402", "54361403"]


def test_the_list_follows_the_twins_clock(panel, project, qtbot):
    store, cases, _ = project
    clock = panel._document.clock
    clock.set_range("2025-01-01T00:00", "2025-07-01T00:00", current="2025-02-10T00:00")
    qtbot.waitUntil(lambda: panel.model.rowCount() == 2, timeout=3000)
    assert set(panel.model.case_ids()) == {cases["A"], cases["C"]}         # reported by 10 February
    bar = panel.filters
    assert bar.to_edit.date().toString("yyyy-MM-dd") == "2025-02-10"
    # the work list has no lower bound: from the first case on (a storm replay's range hides nothing)
    assert bar.from_edit.date().toString("yyyy-MM-dd") == "2025-01-05" and not bar.to_edit.isEnabled()
    clock.current = dt.datetime(2025, 3, 15, tzinfo=TOKYO)
    qtbot.waitUntil(lambda: panel.model.rowCount() == 3, timeout=3000)
    assert set(panel.model.case_ids()) == {cases["A"], cases["B"], cases["C"]}
    clock.set_range("2026-01-23T18:00", "2026-01-24T08:00", current="2026-01-24T06:00")     # a storm night
    qtbot.waitUntil(lambda: panel.model.rowCount() == 4, timeout=3000)
    assert set(panel.model.case_ids()) == set(cases.values())
    # own dates instead of the clock: whole days, Japan time
    panel.filters.follow_clock.setChecked(False)
    assert panel.filters.to_edit.isEnabled()
    panel.filters.from_edit.setDate(panel.filters.from_edit.date().fromString("2025-01-05", "yyyy-MM-dd"))
    panel.filters.to_edit.setDate(panel.filters.to_edit.date().fromString("2025-01-05", "yyyy-MM-dd"))
    assert panel.model.case_ids() == [cases["A"]]
    clock.set_range("2025-01-01T00:00", "2025-07-01T00:00", current="2025-02-20T00:00")     # not followed now
    qtbot.wait(300)
    assert panel.model.case_ids() == [cases["A"]]
    panel.filters.follow_clock.setChecked(True)
    assert set(panel.model.case_ids()) == {cases["A"], cases["C"]}        # reported by 20 February
    clock.clear()                               # an unset clock shows everything
    qtbot.waitUntil(lambda: panel.model.rowCount() == 4, timeout=3000)


# -- details ---------------------------------------------------------------------------------------------------------

def test_details_show_the_parts_adding_up_to_the_priority(panel, project):
    store, cases, _ = project
    assert panel.choose_case(cases["A"])
    d = panel.details
    prio = priorities(store)[cases["A"]]
    stored = json.loads(store.query("SELECT parts FROM repair_cases WHERE case_id = ?", [cases["A"]])[0][0])
    assert d.breakdown.parts == stored and set(stored) == set(PART_NAMES)
    assert d.breakdown.total() == pytest.approx(prio, abs=1e-9)
    assert d.breakdown.total_label.text() == f"<b>{prio:.1f}</b>"
    severity = d.breakdown.findChild(type(d.title), "partLabel_severity")
    assert severity.text() == "Damage class"                       # labelled, not the part's key
    assert d.breakdown.findChild(type(d.title), "partValue_severity").text() == f"{stored['severity']:+.1f}"
    assert "市道大聖寺線" in d.title.text() and "54361402" in d.title.text()
    assert "大きな穴があります" in d.reports_label.text() and "R-1" in d.reports_label.text() \
        and "R-2" in d.reports_label.text()
    pixmaps = d.photo_pixmaps()                                    # report 1's local JPEG, scaled
    assert len(pixmaps) == 1 and pixmaps[0].height() == 150 and pixmaps[0].width() == 200
    assert "No status changes" in d.history_label.text()


def test_a_status_change_through_the_panel_is_in_the_table_and_the_history(panel, project, qtbot):
    store, cases, _ = project
    host = panel._host
    c = cases["C"]
    before = priorities(store)[c]
    assert panel.choose_case(c)
    d = panel.details
    assert d.status_combo.currentData() == "受付済" and d.apply_button.isEnabled()
    d.status_combo.setCurrentIndex(d.status_combo.findData("対応中"))
    d.note_edit.setText("班を派遣")
    qtbot.mouseClick(d.apply_button, Qt.MouseButton.LeftButton)
    assert store.query("SELECT status FROM repair_cases WHERE case_id = ?", [c]) == [("対応中",)]
    assert store.query("SELECT status FROM road_reports WHERE case_id = ?", [c]) == [("対応中",)]
    assert priorities(store)[c] < before                                   # 対応中 halves its score
    assert host.changed and {"road_reports", "repair_cases"} <= host.changed[-1]   # the window refreshes the map
    row = panel.model.row_of(c)
    assert panel.model.index(row, COLUMNS.index("status")).data() == "In progress"
    assert panel.chosen_case() == c and d.case["status"] == "対応中"               # still chosen, refreshed
    assert len(d.history) == 1 and d.history[0]["status"] == "対応中" and d.history[0]["note"] == "班を派遣"
    assert "班を派遣" in d.history_label.text() and "In progress" in d.history_label.text()
    assert d.breakdown.total() == pytest.approx(priorities(store)[c], abs=1e-9)
    # the filter applies at once: 対応中 hidden → the case leaves the list and the details empty
    panel.filters.status_checks["対応中"].setChecked(False)
    assert c not in panel.model.case_ids() and panel.chosen_case() is None
    assert d.case_id == panel.model.case_ids()[0] and "top of the list" in d.empty.text()      # a preview


# -- the map ---------------------------------------------------------------------------------------------------------

def test_choosing_a_case_frames_it_and_selects_its_reports(panel, project, document):
    store, cases, (ox, oy) = project
    layer = default_layer("road_reports")
    document.layers.append(layer)
    other = default_layer("road_reports")                 # a second layer of the same table: selected too
    document.layers.append(other)
    cases_layer = default_layer("repair_cases")          # feature ids: case ids
    document.layers.append(cases_layer)
    document.selection.set("someOtherLayer", [7])
    assert panel.choose_case(cases["A"])
    (x0, x1, y0, y1, z0, _), = panel._host.viewport.scene.camera.fitted
    x, y = store.query("SELECT ST_X(geom), ST_Y(geom) FROM repair_cases WHERE case_id = ?", [cases["A"]])[0]
    assert (x0, x1, y0, y1) == pytest.approx((x - FRAME_M / 2, x + FRAME_M / 2, y - FRAME_M / 2, y + FRAME_M / 2))
    assert x == pytest.approx(ox + 25) and z0 == 5.0
    assert panel._host.viewport.cameraChanged.count == 1
    assert document.selection.ids(layer.id) == {1, 2} == document.selection.ids(other.id)
    assert document.selection.ids(cases_layer.id) == {cases["A"]}
    assert not document.selection.ids("someOtherLayer")
    # a report or a case picked on the map chooses its case, without moving the camera
    document.selection.set(layer.id, [4], origin="pick", exclusive=True)
    assert panel.chosen_case() == cases["C"]
    document.selection.set(cases_layer.id, [cases["B"]], origin="pick", exclusive=True)
    assert panel.chosen_case() == cases["B"]
    assert len(panel._host.viewport.scene.camera.fitted) == 1


# -- analysis, weights, export ---------------------------------------------------------------------------------------

def test_rerun_uses_the_weights_kept_in_the_project(panel, project, qtbot):
    store, cases, _ = project
    assert panel.model.case_ids()[0] == cases["A"]                          # the pothole leads
    save_params(store, "repair-priority", {"as_of": AS_OF, "w_severity": 0.0, "w_size": 0.0, "w_emergency": 80.0})
    runner = panel.rerun()
    assert runner is not None and not panel.rerun_button.isEnabled()
    qtbot.waitUntil(lambda: panel.last_outcome is not None, timeout=20000)
    assert panel.last_outcome == "ran"
    assert panel.model.case_ids()[0] == cases["C"]                          # the emergency road leads now
    assert panel.rerun_button.isEnabled() and "Run #" in panel.status_label.text()


def test_weights_button_opens_the_analysis_dialog_on_repair_priority(panel, qtbot):
    dlg = panel.open_weights()
    qtbot.addWidget(dlg)
    assert dlg.name == "repair-priority" and "w_severity" in dlg.editors
    dlg.close()


def test_export_writes_the_work_orders_of_the_ticked_statuses(panel, project, tmp_path):
    import csv

    store, cases, _ = project
    panel.filters.status_checks["対応済"].setChecked(False)
    out = panel.export_work_orders(tmp_path / "orders", "csv")
    assert out == tmp_path / "orders.csv"
    with open(out, encoding="utf-8-sig") as f:
        rows = list(csv.reader(f))
    assert len(rows) == 1 + 3                  # header + the three open cases
    panel.filters.area_combo.setCurrentIndex(panel.filters.area_combo.findData("54361403"))
    out = panel.export_work_orders(tmp_path / "orders.gpkg", "gpkg")
    import pyogrio
    assert len(pyogrio.read_dataframe(out, layer="work_orders")) == 1          # case C: D is 対応済
    pdf = panel.export_work_orders(tmp_path / "orders.pdf", "pdf")
    assert pdf.read_bytes().startswith(b"%PDF") and "1 work orders in 1 packages" in panel.status_label.text()


# -- empty states, the dock, Japanese ---------------------------------------------------------------------------------

def test_empty_states(store, qtbot):
    p = RoadDamagePanel()
    qtbot.addWidget(p)
    assert "No project" in p.empty_label.text() and not p.has_data()
    p.set_document(TwinDocument(store))
    assert not p.has_data() and p.stack.currentIndex() == 0 and "no road-damage reports" in p.empty_label.text()
    add_report(store, 1, 0.0, 0.0, "2025-01-05 09:00:00+09")
    p.reload()
    assert p.has_data() and p.stack.currentIndex() == 0 and "Re-run analysis" in p.empty_label.text()
    assert p.rerun_button.isEnabled()


def test_the_theme_dock_is_in_the_windows_docks_and_shown_with_data(document, store, qtbot):
    from gui.docks import PanelDocks
    from gui.theme_docks import theme_docks

    assert "roadDamageDock" in [d.name for d in theme_docks()]
    win = QMainWindow()
    qtbot.addWidget(win)
    docks = PanelDocks(win)
    dock = docks.theme_docks["roadDamageDock"]
    assert dock in docks.docks and dock.windowTitle() == "Road damage"
    win.show()
    docks.bind(document, None)
    assert dock.isVisible() and docks.theme_panels["roadDamageDock"].model.rowCount() == 4
    docks.unbind()
    store.query("DELETE FROM road_reports")
    docks.bind(TwinDocument(store), None)
    assert not dock.isVisible()


def test_japanese_ui(panel, project):
    from gui.i18n import install_language

    assert install_language("ja")
    assert panel.windowTitle() == "道路損傷"
    assert panel.model.headerData(0, Qt.Orientation.Horizontal) == "順位"
    assert panel.filters.follow_clock.text() == "時計に合わせる"
    row = panel.model.row_of(project[1]["B"])
    assert panel.model.index(row, COLUMNS.index("status")).data() == "対応中"
    panel.choose_case(project[1]["A"])
    label = panel.details.breakdown.findChild(type(panel.details.title), "partLabel_severity")
    assert label.text() == "損傷の種類"


def test_a_read_only_project_lists_but_does_not_change(project, project_path, qtbot):
    from twin.store import Store

    project[0].close()
    ro = Store(project_path, read_only=True)
    try:
        p = RoadDamagePanel()
        qtbot.addWidget(p)
        p.set_document(TwinDocument(ro))
        assert p.model.rowCount() == 4
        assert p.choose_case(project[1]["A"])
        assert not p.details.apply_button.isEnabled() and not p.rerun_button.isEnabled()
        assert not p.weights_button.isEnabled() and p.export_button.isEnabled()
        p.set_document(None)
    finally:
        ro.close()
