"""Layer ▸ Add vector layer… / Add raster overlay…: the dialogs list the project's sources, refuse bad ones
with the reason and stay open, and give a layer the model can draw."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialogButtonBox

from gui.add_layer_dialog import QUERY, AddRasterLayerDialog, AddVectorLayerDialog, query_layer_name
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
    assert dlg.query_edit.isEnabled() and dlg.source_combo.currentData() != QUERY
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


def test_a_typed_query_is_the_source_with_a_readable_name(store, qtbot):
    """The user types a query right away (the table list still shows its first table): the query is the
    source, not building_surfaces, and the layer is named after its table and condition."""
    write_synthetic_city(store, 30, seed=2, lod2_fraction=0.0)
    dlg = AddVectorLayerDialog(TwinDocument(store))
    qtbot.addWidget(dlg)
    dlg.show()
    qtbot.waitExposed(dlg)
    assert dlg.source_combo.currentData() != QUERY
    qtbot.mouseClick(dlg.query_edit.viewport(), Qt.MouseButton.LeftButton)
    qtbot.keyClicks(dlg.query_edit, "SELECT id, geom, width FROM roads WHERE width >= 12")
    assert dlg.source_combo.currentData() == QUERY and dlg.name_edit.text() == ""
    assert dlg.name_edit.placeholderText() == "roads (width >= 12)"
    _ok(dlg)
    assert dlg.result() == dlg.DialogCode.Accepted
    assert dlg.layer.source == "SELECT id, geom, width FROM roads WHERE width >= 12"
    assert dlg.layer.name == "roads (width >= 12)"


def test_a_query_typed_into_the_name_field_becomes_the_source(store, qtbot):
    write_synthetic_city(store, 30, seed=2, lod2_fraction=0.0)
    dlg = AddVectorLayerDialog(TwinDocument(store))
    qtbot.addWidget(dlg)
    dlg.name_edit.setText("SELECT id, footprint FROM buildings WHERE measured_height > 10")
    _ok(dlg)
    assert dlg.layer.source.startswith("SELECT id, footprint FROM buildings")
    assert dlg.layer.name == "buildings (measured_height > 10)"


def test_choosing_a_table_puts_the_query_aside_and_brings_it_back(store, qtbot):
    write_synthetic_city(store, 10, seed=2, lod2_fraction=0.0)
    dlg = AddVectorLayerDialog(TwinDocument(store))
    qtbot.addWidget(dlg)
    dlg.query_edit.setPlainText("SELECT id, footprint FROM buildings")
    dlg.source_combo.setCurrentIndex(dlg.source_combo.findData("roads"))
    assert dlg.query_edit.toPlainText() == "" and dlg.name_edit.placeholderText() == "roads"
    _ok(dlg)
    assert (dlg.layer.source, dlg.layer.name) == ("roads", "roads")
    dlg.source_combo.setCurrentIndex(dlg.source_combo.findData(QUERY))
    assert dlg.query_edit.toPlainText() == "SELECT id, footprint FROM buildings"


def test_query_layer_names_are_short_and_readable():
    assert query_layer_name("SELECT id, geom FROM roads") == "roads (query)"
    long = query_layer_name("select id, footprint from buildings where usage = '商業施設' and measured_height > 10 "
                            "and year_built < 1980 order by id")
    assert long.startswith("buildings (usage = '商業施設'") and long.endswith("…)") and len(long) <= 48
    assert "SELECT" not in long and "order by" not in long


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
