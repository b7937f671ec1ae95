"""Layer ▸ Add vector layer… / Add raster overlay…: the dialogs list the project's sources, refuse bad ones
with the reason and stay open, and give a layer the model can draw."""

from __future__ import annotations

from PySide6.QtWidgets import QDialogButtonBox

from gui.add_layer_dialog import QUERY, AddRasterLayerDialog, AddVectorLayerDialog
from twin.document import TwinDocument
from twin.synthetic import write_synthetic_city


def _ok(dlg):
    dlg.buttons.button(QDialogButtonBox.StandardButton.Ok).click()


def test_vector_dialog_lists_geometry_tables_and_builds_a_layer(store, qtbot):
    write_synthetic_city(store, 40, seed=2, lod2_fraction=0.0)
    doc = TwinDocument(store)
    dlg = AddVectorLayerDialog(doc)
    qtbot.addWidget(dlg)
    items = [dlg.source_combo.itemData(i) for i in range(dlg.source_combo.count())]
    assert {"buildings", "roads"} <= set(items) and items[-1] == QUERY
    assert "buildings (40 features)" in [dlg.source_combo.itemText(i) for i in range(dlg.source_combo.count())]
    assert not dlg.query_edit.isEnabled()
    dlg.source_combo.setCurrentIndex(items.index("roads"))
    dlg.name_edit.setText("道路（線）")
    _ok(dlg)
    assert dlg.result() == dlg.DialogCode.Accepted
    assert (dlg.layer.kind, dlg.layer.source, dlg.layer.name) == ("vector", "roads", "道路（線）")


def test_a_bad_query_is_explained_and_the_dialog_stays_open(store, qtbot):
    write_synthetic_city(store, 20, seed=2, lod2_fraction=0.0)
    dlg = AddVectorLayerDialog(TwinDocument(store))
    qtbot.addWidget(dlg)
    dlg.show()
    dlg.source_combo.setCurrentIndex(dlg.source_combo.findData(QUERY))
    assert dlg.query_edit.isEnabled()
    dlg.query_edit.setPlainText("SELECT footprint FROM buildings")
    _ok(dlg)
    assert dlg.isVisible() and dlg.layer is None
    assert dlg.error_label.isVisible() and "needs an id column" in dlg.error_label.text()
    dlg.query_edit.setPlainText("SELECT id, ST_Centroid(footprint) AS centre FROM buildings WHERE measured_height > 5")
    _ok(dlg)
    assert not dlg.isVisible() and dlg.layer.params["geometry"] == "centre" and dlg.layer.params["id_column"] == "id"


def test_raster_dialog_offers_the_dem_and_its_bands(store, qtbot):
    write_synthetic_city(store, 10, seed=2, lod2_fraction=0.0)
    dlg = AddRasterLayerDialog(TwinDocument(store))
    qtbot.addWidget(dlg)
    assert dlg.raster_combo.count() == 1 and "dem" in dlg.raster_combo.itemText(0)
    assert (dlg.band_spin.minimum(), dlg.band_spin.maximum()) == (1, 1)
    _ok(dlg)
    assert dlg.layer.kind == "raster" and dlg.layer.params["raster_id"] == dlg.raster_combo.itemData(0)


def test_raster_dialog_without_rasters_says_what_to_do(store, qtbot):
    dlg = AddRasterLayerDialog(TwinDocument(store))
    qtbot.addWidget(dlg)
    assert not dlg.buttons.button(QDialogButtonBox.StandardButton.Ok).isEnabled()
    assert "no raster" in dlg.error_label.text() and "Import" in dlg.error_label.text()
