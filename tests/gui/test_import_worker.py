"""Background import: progress, cancel (rolled back, store unchanged) and errors shown with the importer's message.

The importer used here is a real registered :class:`importers.registry.Importer` for a tiny text format
("KAGATEST" header, one building per line). It writes through the real SourceWriter inside the real import
transaction; a gate lets the test cancel while the import is in the middle of writing.
"""

from __future__ import annotations

import threading
from pathlib import Path

import pyarrow as pa
import pytest
from PySide6.QtWidgets import QApplication, QMessageBox

from gui.import_dialog import ImportController, ImportDialog
from importers import registry
from twin.errors import InputError

GATE = threading.Event()        # the importer waits here after writing its first half
REACHED = threading.Event()     # set when the importer is waiting at the gate


class LineImporter(registry.Importer):
    name = "kaga-test-lines"
    version = "1"
    label = "Kaga test lines"
    patterns = ("*.kagatest",)
    tables = ("buildings",)

    def sniff(self, path: Path) -> float:
        try:
            return 1.0 if path.is_file() and path.read_bytes()[:8] == b"KAGATEST" else 0.0
        except OSError:
            return 0.0

    def read(self, path: Path, writer, options) -> None:
        lines = path.read_text(encoding="utf-8").splitlines()[1:]
        half = len(lines) // 2
        for i, chunk in enumerate((lines[:half], lines[half:])):
            rows = []
            for n, line in enumerate(chunk, start=2 + i * half):
                parts = line.split(",")
                if len(parts) != 2:
                    raise InputError(path, "expected 'gml_id,usage'", line=n)
                rows.append(parts)
            writer.insert_arrow("buildings", pa.table({"gml_id": [r[0] for r in rows],
                                                       "usage": [r[1] for r in rows]}))
            writer.progress(i + 1, 2, "features", f"part {i + 1}")
            if i == 0 and path.name.startswith("wait_"):
                REACHED.set()
                GATE.wait(30)
                writer.check_cancelled()


@pytest.fixture(autouse=True)
def line_importer(monkeypatch):
    monkeypatch.setitem(registry._REGISTRY, LineImporter.name, LineImporter)
    GATE.clear()
    REACHED.clear()
    yield
    GATE.set()


def write(tmp_path, name, n=100, bad_line=None):
    lines = ["KAGATEST"] + [f"bldg_{i},住宅" for i in range(n)]
    if bad_line is not None:
        lines[bad_line] = "broken line without comma"
    p = tmp_path / name
    p.write_text("\n".join(lines), encoding="utf-8")
    return p


def run(qtbot, ctrl):
    with qtbot.waitSignal(ctrl.finished, timeout=60_000) as sig:
        ctrl.start()
    return sig.args[0]


def test_import_in_background_succeeds(store, tmp_path, qtbot):
    p = write(tmp_path, "ok.kagatest")
    ctrl = ImportController(None, store, [p])
    outcome = run(qtbot, ctrl)
    assert outcome.ok and len(outcome.reports) == 1
    assert outcome.reports[0].counts == {"buildings": 100}
    assert store.query("SELECT count(*) FROM buildings")[0][0] == 100
    assert ctrl.message_box is None                  # success needs no dialog
    title, text = ctrl.summary(outcome)
    assert "✓ ok.kagatest: buildings 100" in text     # table names as users say them (translated)
    from gui.i18n import install_language

    install_language("ja")
    assert "建物 100" in ctrl.summary(outcome)[1]


def test_gui_thread_stays_responsive_and_cancel_rolls_back(store, tmp_path, qtbot):
    before = store.table_counts()
    p = write(tmp_path, "wait_here.kagatest")
    ctrl = ImportController(None, store, [p])
    ctrl.start()
    # the worker is blocked inside the transaction with half the rows written; the GUI thread still runs
    qtbot.waitUntil(REACHED.is_set, timeout=30_000)
    assert ctrl.progress_dialog.isVisible()
    assert store.query("SELECT count(*) FROM buildings")[0][0] == 0   # not committed: invisible here
    with qtbot.waitSignal(ctrl.finished, timeout=60_000) as sig:
        from PySide6.QtWidgets import QPushButton
        cancel_button = ctrl.progress_dialog.findChild(QPushButton)
        assert cancel_button is not None and cancel_button.text() == "Cancel"
        cancel_button.click()
        assert "rolled back" in ctrl.progress_dialog.labelText()
        GATE.set()
    outcome = sig.args[0]
    assert outcome.cancelled and not outcome.reports
    assert store.table_counts() == before            # nothing left behind, no source row either
    box = ctrl.message_box
    assert box is not None and "cancelled" in box.text()
    box.close()


def test_cancel_in_the_middle_of_a_multi_file_import(store, tmp_path, qtbot):
    """Three inputs, cancelled while the second is half written: the first stays imported (its own
    transaction), the second is rolled back, the third is never started, and the report says so."""
    first = write(tmp_path, "first.kagatest", n=10)
    second = write(tmp_path, "wait_second.kagatest", n=100)
    third = write(tmp_path, "third.kagatest", n=7)
    ctrl = ImportController(None, store, [first, second, third])
    ctrl.start()
    qtbot.waitUntil(REACHED.is_set, timeout=30_000)      # the second input is half written, not committed
    assert store.query("SELECT count(*) FROM buildings")[0][0] == 10
    with qtbot.waitSignal(ctrl.finished, timeout=60_000) as sig:
        ctrl.cancel()
        GATE.set()
    outcome = sig.args[0]
    assert outcome.cancelled and not outcome.ok and not outcome.errors
    assert [Path(r.path).name for r in outcome.reports] == ["first.kagatest"]
    assert [Path(s["path"]).name for s in store.sources()] == ["first.kagatest"]
    assert store.query("SELECT count(*) FROM buildings")[0][0] == 10
    box = ctrl.message_box
    assert box is not None and box.isVisible()
    assert "✓ first.kagatest: buildings 10" in box.text() and "cancelled" in box.text()
    assert box.text().splitlines() == [
        "✓ first.kagatest: buildings 10",
        "The import was cancelled; the input being imported was rolled back and the project does not contain any "
        "of it."]
    box.close()


def test_error_shows_the_importers_message(store, tmp_path, qtbot):
    good = write(tmp_path, "good.kagatest", n=10)
    bad = write(tmp_path, "bad.kagatest", n=10, bad_line=7)
    unknown = tmp_path / "notes.txt"
    unknown.write_text("hello", encoding="utf-8")
    ctrl = ImportController(None, store, [bad, unknown, good])
    outcome = run(qtbot, ctrl)
    assert len(outcome.errors) == 2 and len(outcome.reports) == 1
    box = ctrl.message_box
    assert box is not None and box.isVisible()
    assert "bad.kagatest, line 8: expected 'gml_id,usage'" in box.text()
    assert "notes.txt" in box.text() and "not in a format Kaga Twin can import" in box.text()
    assert "Traceback" not in box.text()
    # the failed input left nothing behind; the good one was imported
    assert store.query("SELECT count(*) FROM buildings")[0][0] == 10
    box.close()


def test_japanese_folder_and_file_names(store, tmp_path, qtbot):
    folder = tmp_path / "加賀市データ" / "建物（2024年度）"
    folder.mkdir(parents=True)
    p = write(folder, "加賀温泉駅周辺.kagatest", n=12)
    dlg = ImportDialog(None, [p])
    qtbot.addWidget(dlg)
    assert dlg.paths() == [p] and "加賀温泉駅周辺.kagatest" in dlg.list.item(0).text()
    ctrl = ImportController(None, store, [p])
    outcome = run(qtbot, ctrl)
    assert outcome.ok, outcome.errors
    assert "✓ 加賀温泉駅周辺.kagatest: buildings 12" in ctrl.summary(outcome)[1]
    assert [s["path"] for s in store.sources()] == [str(p)]
    assert store.query("SELECT count(*) FROM buildings")[0][0] == 12


def test_import_dialog_lists_importer_per_input(tmp_path, qtbot):
    ok = write(tmp_path, "a.kagatest")
    unknown = tmp_path / "b.txt"
    unknown.write_text("?", encoding="utf-8")
    dlg = ImportDialog(None, [ok, unknown])
    qtbot.addWidget(dlg)
    assert dlg.paths() == [ok]
    texts = [dlg.list.item(i).text() for i in range(dlg.list.count())]
    assert "Kaga test lines" in texts[0]
    assert "not in a format" in texts[1]
    from PySide6.QtWidgets import QDialogButtonBox
    assert dlg.buttons.button(QDialogButtonBox.StandardButton.Ok).isEnabled()
    dlg.list.item(0).setSelected(True)
    dlg.remove_selected()
    assert not dlg.buttons.button(QDialogButtonBox.StandardButton.Ok).isEnabled()


def test_real_plateau_file_imports(store, shared_plateau, qtbot):
    from lxml import etree

    path = shared_plateau / "52397519_bldg_6697_op.gml"
    ctrl = ImportController(None, store, [path], show_messages=False)
    outcome = run(qtbot, ctrl)
    assert outcome.ok, outcome.errors
    # every building of the file, counted in the file itself, with its building ID
    ns = {"core": "http://www.opengis.net/citygml/2.0", "bldg": "http://www.opengis.net/citygml/building/2.0",
          "uro": "https://www.geospatial.jp/iur/uro/2.0"}
    tree = etree.parse(str(path))
    expected = {b.xpath("string(uro:buildingIDAttribute/uro:BuildingIDAttribute/uro:buildingID)", namespaces=ns)
                for b in tree.xpath("/core:CityModel/core:cityObjectMember/bldg:Building", namespaces=ns)}
    assert len(expected) == 13
    assert outcome.reports[0].counts["buildings"] == len(expected)
    assert {r[0] for r in store.query("SELECT building_id FROM buildings")} == expected
    assert store.query("SELECT count(*) FROM buildings")[0][0] == len(expected)
