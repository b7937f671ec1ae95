"""The project CRS in the status bar text and the New project dialog's CRS choice."""

from __future__ import annotations

from PySide6.QtWidgets import QDialogButtonBox


def test_crs_label_names_the_zone_in_the_ui_language(qapp):
    from gui.crs_text import crs_label
    from gui.i18n import install_language

    assert crs_label("EPSG:6675") == "EPSG:6675 JGD2011 / Plane Rectangular CS VII"
    install_language("ja")
    assert crs_label("EPSG:6675") == "EPSG:6675 JGD2011 / 平面直角座標系 VII"
    install_language("en")
    assert crs_label("EPSG:3857") == "EPSG:3857 WGS 84 / Pseudo-Mercator"       # any other CRS: pyproj's name


def test_new_project_dialog_offers_automatic_and_the_nineteen_zones(qtbot, tmp_path):
    from gui.new_project_dialog import NewProjectDialog

    dlg = NewProjectDialog(tmp_path / "p.duckdb")
    qtbot.addWidget(dlg)
    combo = dlg.crs_combo
    assert combo.count() == 20 and combo.currentData() is None and dlg.crs() is None     # automatic by default
    assert "automatic" in combo.itemText(0)
    assert [combo.itemData(i) for i in range(1, 20)] == [f"EPSG:{c}" for c in range(6669, 6688)]
    vii = combo.findData("EPSG:6675")
    assert "Zone VII" in combo.itemText(vii) and "Ishikawa" in combo.itemText(vii)
    combo.setCurrentIndex(vii)
    assert dlg.crs() == "EPSG:6675" and dlg.path() == tmp_path / "p.duckdb"
    dlg.path_edit.clear()
    assert not dlg.buttons.button(QDialogButtonBox.StandardButton.Ok).isEnabled()


def test_a_new_project_keeps_the_chosen_crs(tmp_path, qtbot):
    from PySide6.QtWidgets import QWidget

    from gui.project_session import ProjectSession

    parent = QWidget()
    qtbot.addWidget(parent)
    session = ProjectSession(parent, lambda: None)
    assert session.create(tmp_path / "zone8.duckdb", crs="EPSG:6676")
    assert session.store.crs == "EPSG:6676" and session.store.crs_source == "user"
    session.close()
    assert session.create(tmp_path / "auto.duckdb")
    assert session.store.crs_source == "default"
    session.close()
