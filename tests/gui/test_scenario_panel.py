"""The Scenarios panel: a footprint drawn on the surface becomes a 12-storey building, selected buildings are
removed, the QUndoStack mirrors the persisted undo/redo (also after reopening), scenarios are created, renamed,
duplicated, exported and deleted, and the studies show the metrics, violations and neighbours losing sun."""

from __future__ import annotations

from pathlib import Path

import pytest
import shapely
from PySide6.QtCore import QPoint
from PySide6.QtWidgets import QWidget

import gui.scenario_panel as panel_module
from gui import scenario_building_dialog
from gui.scenario_building_dialog import BuildingDialog
from gui.scenario_models import RowsModel, ScenarioListModel, metric_columns, metric_rows
from gui.scenario_panel import ScenarioPanel
from gui.surface_draw import SurfacePoint
from twin import scenarios
from twin.document import TwinDocument
from twin.store import Store
from twin.synthetic import write_synthetic_city


class FakeViewport(QWidget):
    def __init__(self):
        super().__init__()
        self.tool, self.scene = None, None

    def set_tool(self, tool):
        self.tool = tool

    def pick_surface(self, pos: QPoint):
        return None

    def overlay_renderer(self):
        return None

    def request_render(self):
        pass


class FakeHost:
    """Like the main window: a panel's write reloads every dock, this panel too."""

    def __init__(self, document, viewport):
        self.document, self.viewport, self.changes, self.panel = document, viewport, [], None

    def tables_changed(self, tables, message=None):
        self.changes.append(tuple(tables))
        if self.panel is not None:
            self.panel.reload()


@pytest.fixture
def project(tmp_path):
    s = Store(tmp_path / "panel.duckdb")
    write_synthetic_city(s, 36, seed=11, lod2_fraction=0.0, with_risks=False, with_roads=False)
    scenarios.create(s, "駅東ホテル棟", author="tester")
    yield s
    s.close()


@pytest.fixture
def panel(qtbot, project, monkeypatch):
    doc = TwinDocument(project)
    doc.create_default_layers()
    view = FakeViewport()
    qtbot.addWidget(view)
    host = FakeHost(doc, view)
    p = ScenarioPanel(host)
    qtbot.addWidget(p)
    p.set_document(doc)
    p.host = host
    host.panel = p

    class TwelveStoreyHotel(BuildingDialog):
        def exec(self):
            self.storeys.setValue(12)
            self.usage.setCurrentIndex(self.usage.findData("403"))
            return BuildingDialog.DialogCode.Accepted

    monkeypatch.setattr(scenario_building_dialog, "BuildingDialog", TwelveStoreyHotel)
    return p


def _square(x, y, side):
    return [SurfacePoint.at(x, y, 10), SurfacePoint.at(x + side, y, 10), SurfacePoint.at(x + side, y + side, 10),
            SurfacePoint.at(x, y + side, 10)]


def _free_spot(store):
    x1, y0 = store.query("SELECT max(ST_XMax(footprint)), min(ST_YMin(footprint)) FROM buildings")[0]
    return x1 + 40.0, y0


def test_models(qtmodeltester, project):
    m = ScenarioListModel()
    m.set_store(project)
    qtmodeltester.check(m)
    assert m.names() == ["駅東ホテル棟"] and m.rows[0]["author"] == "tester" and m.rows[0]["edits"] == 0
    rows = metric_rows({"floor_area_by_usage": {"base": {"住宅": 100.0}, "scenario": {"住宅": 100.0, "宿泊施設": 50.0},
                                                "difference": {"住宅": 0.0, "宿泊施設": 50.0}},
                        "residents": {"base": 2.3, "scenario": 4.6, "difference": 2.3}})
    assert [r["figure"] for r in rows] == ["Floor area (m²): 住宅", "Floor area (m²): 宿泊施設", "Residents"]
    assert rows[1]["base"] == 0.0 and rows[1]["difference"] == 50.0
    rm = RowsModel(metric_columns())
    rm.set_rows(rows)
    qtmodeltester.check(rm)
    assert rm.index(2, 2).data() == "4.6"


def test_draw_a_tower_remove_buildings_undo_and_redo(panel, project, qtbot):
    assert panel.current() == "駅東ホテル棟"
    panel.edits.start_drawing()
    assert panel.host.viewport.tool is panel.edits.drawing
    x, y = _free_spot(project)
    for pt in _square(x, y, 20.0):
        panel.edits.drawing.add_point(pt)
    panel.edits.drawing.finish()                                  # the dialog (12 storeys, 403) is accepted
    assert panel.edits.drawing is None and panel.host.viewport.tool is None
    t = scenarios.scenario_buildings(project, "駅東ホテル棟").to_pylist()
    added = [r for r in t if r["status"] == "added"]
    assert len(added) == 1
    assert added[0]["storeys"] == 12 and added[0]["height_m"] == pytest.approx(42.0)
    assert added[0]["usage"] == "宿泊施設" and added[0]["floor_area_m2"] == pytest.approx(400.0 * 12)
    assert shapely.from_wkb(added[0]["footprint"]).area == pytest.approx(400.0)
    assert panel.edits.undo.stack.count() == 1 and panel.edits.undo.stack.index() == 1
    assert panel.edits.history.model().rowCount() == 2             # "Base (no edits)" and the addition
    assert "Add 1 building(s): 宿泊施設, 12 storeys" in panel.edits.undo.stack.text(0)
    assert panel.host.changes and panel.model.rows[0]["edits"] == 1

    bld = next(v for v in panel.document.layers if v.kind == "buildings")
    ids = [r[0] for r in project.query("SELECT id FROM buildings ORDER BY id LIMIT 2")]
    panel.document.selection.set(bld.id, ids)
    assert panel.edits.remove_selected() == 2
    assert panel.edits.undo.stack.count() == 2
    status = lambda: sorted(r["status"] for r in scenarios.scenario_buildings(project, "駅東ホテル棟").to_pylist()
                            if r["status"] != "base")
    assert status() == ["added", "removed", "removed"]

    panel.edits.undo_button.click()                               # undo the removal: written to the project
    qtbot.wait(10)                                          # the window's reload of the panel ran meanwhile
    assert status() == ["added"] and panel.edits.undo.stack.index() == 1
    assert [h["active"] for h in scenarios.history(project, "駅東ホテル棟")] == [True, False]
    panel.edits.redo_button.click()
    qtbot.wait(10)
    assert status() == ["added", "removed", "removed"]
    panel.edits.undo.stack.undo()
    panel.edits.undo.stack.undo()                                 # back to the base: the tower is gone too
    assert status() == [] and not panel.edits.undo_button.isEnabled() and panel.edits.redo_button.isEnabled()
    panel.edits.undo.stack.redo()
    assert status() == ["added"]
    # a new edit after an undo drops the undone one, in the project and on the stack
    panel.document.selection.set(bld.id, ids[:1])
    assert panel.edits.change_selected({"height_m": 30.0}) == 1
    assert [h["op"] for h in scenarios.history(project, "駅東ホテル棟")] == ["add", "change"]
    assert panel.edits.undo.stack.count() == 2 and not panel.edits.undo.stack.canRedo()


def test_the_stack_mirrors_the_project_after_reopening(qtbot, tmp_path):
    path = tmp_path / "reopen.duckdb"
    with Store(path) as s:
        write_synthetic_city(s, 16, seed=2, lod2_fraction=0.0, with_risks=False, with_roads=False)
        scenarios.create(s, "A")
        gml = [r[0] for r in s.query("SELECT gml_id FROM buildings ORDER BY id LIMIT 3")]
        scenarios.remove_buildings(s, "A", gml[:1])
        scenarios.remove_buildings(s, "A", gml[1:2])
        scenarios.remove_buildings(s, "A", gml[2:3])
        scenarios.undo(s, "A")
    with Store(path) as s:
        p = ScenarioPanel(None)
        qtbot.addWidget(p)
        p.set_document(TwinDocument(s))
        assert p.current() == "A"
        assert p.edits.undo.stack.count() == 3 and p.edits.undo.stack.index() == 2 and p.edits.undo.stack.canRedo()
        p.edits.undo.stack.redo()
        assert [h["active"] for h in scenarios.history(s, "A")] == [True, True, True]
        p.set_document(None)


def test_scenarios_created_renamed_duplicated_exported_deleted(panel, project, tmp_path):
    panel.new_scenario("駅北住宅")
    assert panel.model.names() == ["駅東ホテル棟", "駅北住宅"] and panel.current() == "駅北住宅"
    x, y = _free_spot(project)
    assert panel.edits.footprint_drawn(_square(x, y, 10.0), {"storeys": 2, "usage_code": "411", "units": 1})
    panel.rename_scenario("駅北住宅 案A")
    assert panel.current() == "駅北住宅 案A"
    panel.duplicate_scenario("駅北住宅 案B")
    assert panel.current() == "駅北住宅 案B" and panel.model.rows[-1]["edits"] == 1
    out = tmp_path / "b.gpkg"
    panel.export_scenario(str(out))
    assert out.exists() and out.stat().st_size > 0
    panel.delete_scenario(confirm=False)
    assert panel.model.names() == ["駅東ホテル棟", "駅北住宅 案A"]
    panel.new_scenario("駅東ホテル棟")                         # a name taken: the message, nothing added
    assert "駅東ホテル棟" in panel.status.text() and len(panel.model.names()) == 2


def test_compare_and_shadow_studies(panel, project, qtbot):
    x, y = _free_spot(project)
    panel.edits.footprint_drawn(_square(x, y, 20.0))                 # the 12-storey hotel
    tab = panel.compare_tab
    tab.area.setCurrentIndex(tab.area.findData("whole"))
    with qtbot.waitSignal(tab.computed, timeout=120000):
        tab.run()
    rows = {r["figure"]: r for r in tab.metrics.rows}
    hotel = rows["Floor area (m²): 宿泊施設"]
    assert hotel["difference"] == pytest.approx(4800.0)
    assert rows["Jobs"]["difference"] == pytest.approx(4800.0 / 120.0)
    assert "violation" in tab.summary.text() and "+4,800" in tab.summary.text()
    with qtbot.waitSignal(tab.computed, timeout=120000):     # a polygon drawn around the tower only
        tab.area_drawn(_square(x - 5, y - 5, 30.0))
    assert tab.result["area"] == "polygon" and tab.area.currentText() == "Drawn polygon"
    assert tab.result["area_m2"] == pytest.approx(900.0)
    assert {r["figure"]: r for r in tab.metrics.rows}["Floor area (m²): 宿泊施設"]["difference"] == pytest.approx(4800.0)

    sh = panel.shadow_tab
    sh.grid.setValue(4.0)
    sh.gain.setValue(0.5)
    with qtbot.waitSignal(sh.computed, timeout=240000):
        sh.run()
    r = sh.result
    assert r["grid_m"] == 4.0 and r["height_m"] == 1.5
    assert (r["difference"] > 0).any()
    assert sh.neighbours.rowCount() == len(r["neighbours"])
    assert "true solar time" in sh.summary.text()
    assert all(n["gain_h"] > 0.5 for n in r["neighbours"])


def test_panel_wording_without_a_project(qtbot):
    p = ScenarioPanel(None)
    qtbot.addWidget(p)
    p.set_document(None)
    assert not p.has_data() and not p.new_button.isEnabled() and not p.edits.draw_button.isEnabled()
    assert p.windowTitle() == "Scenarios"
    assert [p.tabs.tabText(i) for i in range(3)] == ["Edits", "Compare", "Winter shadows"]
    assert Path(panel_module.__file__).name == "scenario_panel.py"
