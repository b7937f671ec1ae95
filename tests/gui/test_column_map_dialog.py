"""Columns… (gui/column_map_dialog.py) and its place in Import… (gui/import_dialog.py, gui/workers.py): a CSV whose
headers no importer recognises is listed with the reason, mapped in the dialog (labels, preview, required fields
gating OK) and imported with the right values; the import passes each input's importer and options."""

from __future__ import annotations

import datetime as dt
import threading
from pathlib import Path

import pytest
from PySide6.QtWidgets import QDialogButtonBox

from gui.column_map_dialog import MAPPED_BACKGROUND, ColumnMapDialog, mapping_importers
from gui.import_dialog import ImportController, ImportDialog
from gui.workers import ImportInput, import_paths_task
from importers.column_mapping import MissingColumns
from twin.clock import TOKYO

ROOT = Path(__file__).resolve().parents[2]
ODD = "Y座標,X座標,通報日,様子\n36.3020,136.3150,2025/1/9,穴があります\n36.3030,136.3160,R7.1.10,段差\n"
MUNICIPAL = ("受付番号,状態,分野,緯度,経度,投稿日時,内容\n"
             "101,受付済,道路,36.3020,136.3150,2025/1/9 10:30,穴があります\n")


def write(path: Path, text: str, encoding: str = "cp932") -> Path:
    path.write_bytes(text.replace("\n", "\r\n").encode(encoding))
    return path


def combo_texts(combo) -> list[str]:
    return [combo.itemText(i) for i in range(combo.count())]


def ok_button(dlg):
    return dlg.buttons.button(QDialogButtonBox.StandardButton.Ok)


def run(qtbot, ctrl):
    with qtbot.waitSignal(ctrl.finished, timeout=60_000) as sig:
        ctrl.start()
    return sig.args[0]


def test_unrecognised_csv_is_mapped_in_the_dialog_and_imports(store, tmp_path, qtbot):
    f = write(tmp_path / "通報.csv", ODD)
    dlg = ImportDialog(None, [f])
    qtbot.addWidget(dlg)
    item = dlg.list.item(0)
    assert "✗" in item.text() and "use Columns… to say which column holds what" in item.text()
    assert "Y座標, X座標, 通報日, 様子" in item.text()
    assert dlg.paths() == [] and not ok_button(dlg).isEnabled()
    assert not dlg.columns_button.isEnabled()          # nothing selected yet
    item.setSelected(True)
    assert dlg.columns_button.isEnabled()

    cd = dlg.open_columns()
    assert cd is dlg.column_dialog and cd.isVisible()
    assert cd.importer.name == "municipal_csv"          # the general one first when none recognises the file
    assert {"municipal_csv", "road_damage_ai", "plough_avl_csv"} <= {cd.importer_combo.itemData(i)
                                                                     for i in range(cd.importer_combo.count())}
    assert combo_texts(cd.combos["lat"]) == ["(not used)", "Y座標", "X座標", "通報日", "様子"]
    assert cd.combos["received_at"].currentText() == "通報日"          # a date header it knows
    assert not ok_button(cd).isEnabled() and "lat" in cd.reason.text()
    cd.set_column("lat", "Y座標")
    assert not ok_button(cd).isEnabled()               # longitude still missing
    cd.set_column("lon", "X座標")
    cd.set_column("description", "様子")
    assert ok_button(cd).isEnabled() and cd.reason.text() == ""
    # the preview names the fields over the mapped columns and highlights them
    heads = [cd.table.horizontalHeaderItem(c).text() for c in range(cd.table.columnCount())]
    assert heads[0].startswith("Y座標\n→ ") and "(lat)" in heads[0] and "(description)" in heads[3]
    assert cd.table.rowCount() == 2 and cd.table.item(1, 3).text() == "段差"
    assert cd.table.item(0, 0).background().color() == MAPPED_BACKGROUND
    cd.accept()

    assert dlg.column_dialog is None
    text = dlg.list.item(0).text()
    assert "✗" not in text and "自治体の通報 CSV" in text
    assert "columns mapped: received_at=通報日, description=様子, lat=Y座標, lon=X座標" in text
    (inp,) = dlg.inputs()
    assert (inp.path, inp.importer, inp.options["kind"]) == (f, "municipal_csv", "citizen")
    assert dlg.paths() == [f] and ok_button(dlg).isEnabled()

    ctrl = ImportController(None, store, dlg.inputs(), show_messages=False)
    outcome = run(qtbot, ctrl)
    assert outcome.ok, outcome.errors
    got = store.query("SELECT description, lat, lon, received_at, kind FROM road_reports ORDER BY id")
    assert got == [("穴があります", 36.302, 136.315, dt.datetime(2025, 1, 9, tzinfo=TOKYO), "citizen"),
                   ("段差", 36.303, 136.316, dt.datetime(2025, 1, 10, tzinfo=TOKYO), "citizen")]


def test_required_fields_gate_ok_and_kind_choice(tmp_path, qtbot):
    f = write(tmp_path / "odd.csv", "shape,when,klass,conf\n\"POINT (136.315 36.302)\",2025/1/9,D40,0.9\n")
    cd = ColumnMapDialog(f, importer="municipal_csv")
    qtbot.addWidget(cd)
    assert {"lat", "lon", "wkt", "received_at"} <= {f for f, c in cd.combos.items()}
    assert not ok_button(cd).isEnabled()
    cd.set_column("wkt", "shape")
    assert not ok_button(cd).isEnabled() and "received_at" in cd.reason.text()
    cd.set_column("received_at", "when")
    assert ok_button(cd).isEnabled()                    # WKT stands for latitude and longitude
    cd.set_column("received_at", None)
    assert not ok_button(cd).isEnabled()
    cd.set_column("received_at", "when")
    # kind: the importer's choices, its default first chosen
    assert [cd.kind_combo.itemData(i) for i in range(cd.kind_combo.count())] == ["citizen", "ai", "patrol"]
    assert cd.kind_combo.currentData() == "citizen" and not cd.kind_combo.isHidden()
    # AI detections need a damage class: switching keeps the columns chosen so far
    cd.importer_combo.setCurrentIndex(cd.importer_combo.findData("road_damage_ai"))
    assert cd.combos["wkt"].currentText() == "shape" and cd.kind_combo.currentData() == "ai"
    assert not ok_button(cd).isEnabled() and "damage_class" in cd.reason.text()
    cd.set_column("damage_class", "klass")
    cd.set_column("confidence", "conf")
    cd.kind_combo.setCurrentIndex(cd.kind_combo.findData("patrol"))
    name, options = cd.chosen()
    assert name == "road_damage_ai" and options["kind"] == "patrol"
    assert "wkt=shape" in options["map"] and "damage_class=klass" in options["map"] and "lat=," in options["map"]
    # AVL feeds take no kind
    cd.importer_combo.setCurrentIndex(cd.importer_combo.findData("plough_avl_csv"))
    assert cd.kind_combo.isHidden() and "kind" not in cd.chosen()[1]
    assert "vehicle_id" in cd.reason.text()


def test_standard_headers_are_preselected_and_labelled_in_japanese(tmp_path, qtbot):
    from gui.i18n import install_language

    f = write(tmp_path / "mcr.csv", MUNICIPAL)
    install_language("ja")
    cd = ColumnMapDialog(f)
    qtbot.addWidget(cd)
    assert cd.importer.name == "municipal_csv" == mapping_importers(f)[0].name
    got = {fld: c.currentText() for fld, c in cd.combos.items() if c.currentIndex() > 0}
    assert got == {"external_id": "受付番号", "status": "状態", "category": "分野", "lat": "緯度", "lon": "経度",
                   "received_at": "投稿日時", "description": "内容"}
    assert ok_button(cd).isEnabled()
    labels = [cd.grid.itemAtPosition(r, c).widget().text() for r in range(cd.grid.rowCount())
              for c in (0, 2) if cd.grid.itemAtPosition(r, c)]
    assert "緯度 (lat) *" in labels and "受付日時 (received_at) *" in labels and "received_time" in labels


def test_reopening_shows_the_earlier_choice_and_field_can_be_left_out(store, tmp_path, qtbot):
    f = write(tmp_path / "mcr.csv", MUNICIPAL)
    dlg = ImportDialog(None, [f])
    qtbot.addWidget(dlg)
    assert "columns mapped" not in dlg.list.item(0).text()
    dlg.list.item(0).setSelected(True)
    cd = dlg.open_columns()
    cd.set_column("description", None)                 # 内容 is not the description here
    cd.accept()
    assert "description" not in dlg.list.item(0).text()
    again = dlg.open_columns()
    assert again.combos["description"].currentIndex() == 0 and again.combos["lat"].currentText() == "緯度"
    again.reject()
    outcome = run(qtbot, ImportController(None, store, dlg.inputs(), show_messages=False))
    assert outcome.ok, outcome.errors
    assert store.query("SELECT description FROM road_reports") == [(None,)]


def test_columns_button_only_for_tables(tmp_path, qtbot):
    dem = ROOT / "sample_data" / "dem" / "kaga_onsen_station_dem.tif"
    note = tmp_path / "note.txt"
    note.write_text("?", encoding="utf-8")
    dlg = ImportDialog(None, [dem, note])
    qtbot.addWidget(dlg)
    for i in range(2):
        dlg.list.clearSelection()
        dlg.list.item(i).setSelected(True)
        assert not dlg.columns_button.isEnabled()
        assert dlg.open_columns() is None
    assert "use Columns…" not in dlg.list.item(1).text()
    assert mapping_importers(dem) == [] and mapping_importers(note) == []


def test_import_paths_task_passes_importer_and_options(store, tmp_path):
    odd = write(tmp_path / "odd.csv", ODD)
    mcr = write(tmp_path / "mcr.csv", MUNICIPAL)
    task = import_paths_task(store, [ImportInput(odd, "municipal_csv", {"map": "lat=Y座標,lon=X座標,description=様子",
                                                                        "kind": "patrol"}),
                                     mcr])                          # a plain path as before: sniffed, no options
    outcome = task(lambda *a: None, threading.Event())
    assert outcome.ok, outcome.errors
    assert [r.counts["road_reports"] for r in outcome.reports] == [2, 1]
    assert store.query("SELECT kind, count(*) FROM road_reports GROUP BY kind ORDER BY kind") == \
        [("citizen", 1), ("patrol", 2)]
    assert store.query("SELECT description FROM road_reports WHERE kind = 'patrol' ORDER BY id") == \
        [("穴があります",), ("段差",)]


@pytest.mark.parametrize("chosen", [True, False])
def test_a_missing_column_points_to_columns(store, tmp_path, qtbot, chosen):
    f = write(tmp_path / "odd.csv", ODD)
    inp = ImportInput(f, "municipal_csv") if chosen else f     # chosen importer: MissingColumns; else none fits
    ctrl = ImportController(None, store, [inp], show_messages=False)
    outcome = run(qtbot, ctrl)
    assert len(outcome.errors) == 1 and isinstance(outcome.errors[0][1], MissingColumns) == chosen
    title, text = ctrl.summary(outcome)
    assert "Use Columns… in Import… to say which column of the file holds what." in text
    assert store.query("SELECT count(*) FROM road_reports") == [(0,)]
