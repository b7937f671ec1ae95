"""The search box: results model (qtmodeltester), choosing a result; in the real window (Xvfb): the view flies to
加賀温泉駅 and Identify shows it; shortcuts still work after a dialog closed."""

from __future__ import annotations

import shutil

import numpy as np
import pytest
from PySide6.QtCore import QEvent, Qt, QTimer
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QApplication

from gui.search_box import SearchBox, SearchResultsModel
from kaga_testenv import window_display_problem
from twin.store import Store


@pytest.fixture(scope="module")
def sample_store(imported_sample_project):
    with Store(imported_sample_project, read_only=True) as s:
        yield s


def type_text(widget, text):
    """Type like a Japanese input method commits text (QTest.keyClicks takes ASCII only)."""
    for ch in text:
        QApplication.sendEvent(widget, QKeyEvent(QEvent.Type.KeyPress, 0, Qt.KeyboardModifier.NoModifier, ch))


def test_results_model_passes_the_model_tester(qtmodeltester, sample_store):
    from twin.search import search

    model = SearchResultsModel()
    model.set_results(search(sample_store, "駅"))
    qtmodeltester.check(model)
    assert model.rowCount() == 3
    model.set_results([])
    qtmodeltester.check(model)


def test_typing_lists_results_and_choosing_one_emits_it(qtbot, sample_store):
    box = SearchBox(lambda: sample_store)
    qtbot.addWidget(box)
    chosen = []
    box.resultChosen.connect(chosen.append)
    type_text(box, "加賀温泉駅")
    with qtbot.waitSignal(box.searched, timeout=3000) as sig:
        pass
    assert sig.args == ["加賀温泉駅", 2]
    texts = [box.model.index(i, 0).data() for i in range(box.model.rowCount())]
    assert texts == ["加賀温泉駅 · Buildings (Name)", "加賀温泉駅 · Facilities (Name)"]
    assert box.model.index(0, 0).data(Qt.ItemDataRole.ToolTipRole) == "Buildings, Name = 加賀温泉駅"
    qtbot.keyClick(box, Qt.Key.Key_Return)                            # Enter: the first result
    assert [r.kind for r in chosen] == ["buildings"] and box.text() == "加賀温泉駅"
    box.setText("17206-bldg-1")
    box.run_search()
    assert box.model.index(0, 0).data() == "17206-bldg-1 — 加賀温泉駅 · Buildings (Building ID)"
    box.setText("")
    assert box.run_search() == [] and box.model.rowCount() == 0


def test_no_project_searches_nothing(qtbot):
    box = SearchBox(lambda: None)
    qtbot.addWidget(box)
    box.setText("加賀温泉駅")
    assert box.run_search() == [] and box.choose(0) is None


# -- the real window (Xvfb) -----------------------------------------------------------------------------------

@pytest.fixture
def window(qtbot, imported_sample_project, tmp_path):
    problem = window_display_problem()
    if problem:
        pytest.skip(problem)
    from gui.main_window import MainWindow

    path = tmp_path / "kaga.duckdb"
    shutil.copy(imported_sample_project, path)
    w = MainWindow()
    w.resize(1400, 900)
    w.show()
    qtbot.waitExposed(w)
    assert w.open_project(path)
    w.viewport.render_now()
    w.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is w)
    yield w
    w.close()
    w.deleteLater()


@pytest.mark.gl
def test_search_flies_to_the_station_and_identifies_it(window, qtbot):
    w = window
    w.viewport.set_camera("city")
    cam = w.viewport.scene.renderer.GetActiveCamera()
    far = np.array(cam.GetPosition())
    qtbot.keyClick(w, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)      # Ctrl+F: the search box
    assert QApplication.focusWidget() is w.search_box
    type_text(w.search_box, "加賀温泉駅")
    qtbot.waitUntil(lambda: w.search_box.model.rowCount() == 2)
    assert w.search_box.completer_.popup().isVisible()
    qtbot.keyClick(w.search_box, Qt.Key.Key_Return)
    buildings = w.document.layers.by_kind("buildings")[0]
    fid, x0, x1, y0, y1 = w.store.query("SELECT id, ST_XMin(footprint), ST_XMax(footprint), ST_YMin(footprint), "
                                        "ST_YMax(footprint) FROM buildings WHERE name = '加賀温泉駅'")[0]
    assert w.document.selection.ids(buildings.id) == {fid}
    assert w.identify_panel.current == (buildings.id, fid) and w.identify_panel.value_of("name") == "加賀温泉駅"
    assert w.docks.identify_dock.isVisible()
    fx, fy, _ = cam.GetFocalPoint()
    assert x0 <= fx <= x1 and y0 <= fy <= y1                                   # the view looks at the station
    assert np.linalg.norm(np.array(cam.GetPosition()) - np.array(cam.GetFocalPoint())) < 0.5 * np.linalg.norm(
        far - np.array(cam.GetFocalPoint()))                                   # and came closer
    assert "加賀温泉駅" in w.statusBar().currentMessage()


@pytest.mark.gl
def test_shortcuts_work_after_a_dialog_closed(window, qtbot):
    """Reproduced under Xvfb: after File ▸ Settings… closed, no window was active and Ctrl+3 did nothing."""
    w = window

    def close_dialog():
        dlg = QApplication.activeModalWidget()
        assert dlg is not None and dlg.objectName() == "settingsDialog"
        dlg.reject()

    QTimer.singleShot(200, close_dialog)
    w.window_actions.act_settings.trigger()                                   # modal: returns once closed
    qtbot.waitUntil(lambda: QApplication.activeWindow() is w)
    assert QApplication.focusWidget() is not None and QApplication.focusWidget().window() is w
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_3, Qt.KeyboardModifier.ControlModifier)
    assert w.viewport.scene.preset == "top"
    w.viewport.set_camera("station")
    QTimer.singleShot(200, lambda: QApplication.activeModalWidget().reject())
    w.window_actions.act_about.trigger()                                      # a message box too
    qtbot.waitUntil(lambda: QApplication.activeWindow() is w)
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_2, Qt.KeyboardModifier.ControlModifier)
    assert w.viewport.scene.preset == "city"
