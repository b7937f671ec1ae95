"""Style, identify and attribute-table panels on a real document and store."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QItemSelectionModel, QModelIndex, Qt

from gui.attribute_table import AttributeTablePanel
from gui.identify_panel import IdentifyPanel
from gui.style_panel import StylePanel


def test_style_panel_edits_the_layer_style(document, qtbot):
    layer = document.layers[0]
    panel = StylePanel(document)
    qtbot.addWidget(panel)
    assert panel.title.text() == "建物"
    assert panel.mode_combo.currentData() == "categorized"
    assert panel.attribute_combo.currentData() == "usage"
    legend = [panel.legend.item(i).text() for i in range(panel.legend.count())]
    assert any(t.startswith("住宅") for t in legend) and any(t.startswith("商業施設") for t in legend)
    # switch to graduated: a numeric attribute is chosen and the legend has one row per class
    panel.mode_combo.setCurrentIndex(panel.mode_combo.findData("graduated"))
    panel.mode_combo.activated.emit(panel.mode_combo.currentIndex())
    assert layer.style.mode == "graduated" and layer.style.attribute == "measured_height"
    panel.classes_spin.setValue(4)
    assert layer.style.classes == 4
    assert panel.legend.count() == 4
    i = panel.colormap_combo.findData("magma")
    panel.colormap_combo.setCurrentIndex(i)
    panel.colormap_combo.activated.emit(i)
    assert layer.style.colormap == "magma"
    # opacity slider drags are coalesced into one change
    panel.opacity_slider.setValue(40)
    qtbot.waitUntil(lambda: layer.opacity == pytest.approx(0.4))
    # changes made elsewhere show in the panel
    layer.style.update(mode="single", color="#123456")
    assert panel.mode_combo.currentData() == "single"
    assert panel.color_button.text() == "#123456"
    assert panel.legend.count() == 1
    layer.opacity = 0.75
    assert panel.opacity_slider.value() == 75


def test_flood_depth_gets_the_mlit_classes_as_in_kaga_twin_render(document, qtbot):
    """The same map looks the same whether it was made in the window or with ``kaga-twin render``."""
    from layers.render import style_for_attribute

    layer = document.layers[0]
    panel = StylePanel(document)
    qtbot.addWidget(panel)
    panel.mode_combo.setCurrentIndex(panel.mode_combo.findData("graduated"))
    panel.mode_combo.activated.emit(panel.mode_combo.currentIndex())
    i = panel.attribute_combo.findData("max_flood_depth")
    panel.attribute_combo.setCurrentIndex(i)
    panel.attribute_combo.activated.emit(i)
    rendered = style_for_attribute(document, layer, "max_flood_depth")
    st = layer.style
    assert (st.method, st.breaks, st.colormap) == ("manual", rendered.breaks, rendered.colormap) == \
        ("manual", [0.0, 0.5, 3.0, 5.0, 10.0, 20.0, float("inf")], "hazard")
    assert panel.method_combo.currentData() == "manual" and panel.classes_spin.isHidden()
    # another attribute starts from its own usual classes
    i = panel.attribute_combo.findData("year_built")
    panel.attribute_combo.setCurrentIndex(i)
    panel.attribute_combo.activated.emit(i)
    assert (layer.style.method, layer.style.colormap) == ("equal_interval", "viridis")
    # fixed class edges without an official classification: the classes drawn now, to edit
    shown = [e.value for e in panel.legend_entries() if e.value is not None]
    j = panel.method_combo.findData("manual")
    panel.method_combo.setCurrentIndex(j)
    panel.method_combo.activated.emit(j)
    assert layer.style.method == "manual" and layer.style.breaks[0] == shown[0][0]
    assert layer.style.breaks[-1] == shown[-1][1] and len(layer.style.breaks) == len(shown) + 1
    assert not panel.edges_edit.isHidden()


def test_style_panel_without_layer(document, qtbot):
    document.layers.selection.active = None
    panel = StylePanel(document)
    qtbot.addWidget(panel)
    # a hint instead of the last layer's values greyed out
    assert panel.body.isHidden() and not panel.empty_hint.isHidden() and panel.empty_hint.text()
    assert panel.legend.count() == 0


def test_identify_shows_every_attribute_and_risk_rows(document, qtbot, qtmodeltester):
    layer = document.layers[0]
    document.store.query("INSERT INTO sources (id, path, sha256, importer, importer_version, imported_at) VALUES "
                         "(1, '/data/plateau/udx/bldg/54363288_bldg_6697_op.gml', 'abc', 'plateau-citygml', '1', "
                         "now()::TIMESTAMP)")
    panel = IdentifyPanel(document)
    qtbot.addWidget(panel)
    document.selection.set(layer.id, [5], origin="pick")
    assert panel.current == (layer.id, 5)
    assert panel.value_of("building_id") == "17206-bldg-5"
    assert panel.value_of("Building ID") == "17206-bldg-5"
    # coded values show label and code
    usage = panel.value_of("usage")
    assert usage.startswith("住宅") and "(" in usage
    text = panel.all_text()
    assert "Disaster risks (2)" in text
    assert "動橋川" in text and "0.5m以上3m未満" in text and "1.2 m deep" in text
    assert "River flooding" in text and "Landslide" in text
    # the source is named by its file, not only by an internal id; nested attributes show their values in the row
    source = panel.value_of("source_id")
    assert source == "1: 54363288_bldg_6697_op.gml"
    document.store.query("""UPDATE buildings SET attributes = '{"key_values": [{"key": "104", "codeValue": "1"}]}'
                            WHERE id = 5""")
    panel.show_feature(layer.id, 5)
    assert "key: 104, codeValue: 1" in panel.all_text()
    qtmodeltester.check(panel.model)
    # several features selected elsewhere are summarised (tests/gui/test_identify_summary.py)
    document.selection.set(layer.id, [5, 6], origin="table")
    assert panel.current is None and panel.summary == (layer.id, frozenset({5, 6}))
    document.selection.set(layer.id, [], origin="table")
    assert panel.current is None and panel.summary is None


def test_identify_unknown_feature_shows_message(document, qtbot):
    panel = IdentifyPanel(document)
    qtbot.addWidget(panel)
    assert not panel.show_feature(document.layers[0].id, 999999)
    assert "999999" in panel.header.text()


@pytest.fixture
def table(document, qtbot):
    panel = AttributeTablePanel(document)
    qtbot.addWidget(panel)
    panel.resize(900, 500)
    return panel


def test_table_follows_active_layer_and_counts(table, document):
    assert table.model.table == '"buildings_with_risks"'  # buildings + max_flood_depth, risk_count
    assert table.model.rowCount() == table.model.PAGE
    assert "500" not in table.counts.text() and "1,234" in table.counts.text()


def test_table_title_follows_a_rename(table, document):
    document.layers[0].name = "建物（本庁舎周辺）"
    assert "建物（本庁舎周辺）" in table.title.text()


def test_table_filters_on_flood_depth_and_risk_count(table, document):
    """The values buildings can be coloured by can also pick them out: the flood summary is in the table."""
    headers = [table.model.headerData(c, Qt.Orientation.Horizontal) for c in range(table.model.columnCount())]
    assert any("max_flood_depth" in str(h) for h in headers) and any("risk_count" in str(h) for h in headers)
    table.filter_edit.setText("max_flood_depth > 1 AND risk_count = 2")
    assert table.apply_filter()
    assert table.model.matching_count == 1 and table.model.id_at(0) == 5


def test_table_selection_writes_feature_selection(table, document, qtbot):
    layer = document.layers[0]
    sm = table.view.selectionModel()
    with qtbot.waitSignal(document.selection.changed) as sig:
        sm.select(table.model.index(2, 0), QItemSelectionModel.SelectionFlag.ClearAndSelect
                  | QItemSelectionModel.SelectionFlag.Rows)
    assert sig.args == [layer.id, frozenset({3}), "table"]
    sm.select(table.model.index(4, 0), QItemSelectionModel.SelectionFlag.Select | QItemSelectionModel.SelectionFlag.Rows)
    assert document.selection.ids(layer.id) == {3, 5}
    assert "2 selected" in table.counts.text()


def test_pick_selects_and_scrolls_to_unloaded_row(table, document, qtbot):
    layer = document.layers[0]
    table.show()
    qtbot.waitExposed(table)
    document.selection.set(layer.id, [1100], origin="pick")
    # the row was beyond the first page: it is loaded and selected
    row = table.model.row_of_id(1100)
    assert row == 1099
    assert [i.row() for i in table.view.selectionModel().selectedRows()] == [1099]
    # a selection written elsewhere is not echoed back as a table selection
    assert document.selection.ids(layer.id) == {1100}
    # and the row is scrolled into view
    view = table.view
    qtbot.waitUntil(lambda: view.viewport().rect().intersects(view.visualRect(table.model.index(1099, 0))))


def test_filter_valid_and_invalid(table, document):
    table.filter_edit.setText("usage = '商業施設' AND measured_height > 20")
    assert table.apply_filter()
    n = table.model.matching_count
    assert 0 < n < 1234 and table.error_label.isHidden()
    table.filter_edit.setText("measured_height >>> 3")
    assert not table.apply_filter()
    assert not table.error_label.isHidden()
    assert "not applied" in table.error_label.text()
    assert "\n" not in table.error_label.text() and "LINE 1" not in table.error_label.text()  # one line
    assert "LINE 1" in table.error_label.toolTip()                             # the detail stays reachable
    assert table.model.matching_count == n       # unchanged
    table.filter_edit.setText("")
    assert table.apply_filter()
    assert table.model.matching_count == 1234 and table.error_label.isHidden()


def test_select_all_matching_and_selected_only(table, document):
    layer = document.layers[0]
    table.filter_edit.setText("usage = '住宅'")
    table.apply_filter()
    table.select_all_matching()
    expected = {r[0] for r in document.store.query("SELECT id FROM buildings WHERE usage = '住宅'")}
    assert document.selection.ids(layer.id) == expected
    table.filter_edit.setText("")
    table.apply_filter()
    table.selected_only.setChecked(True)
    assert table.model.matching_count == len(expected)
    assert {table.model.id_at(r) for r in range(table.model.rowCount())} <= expected
    # a pick replaces the selection: "selected only" follows
    document.selection.set(layer.id, [2], origin="pick")
    assert table.model.matching_count == 1 and table.model.id_at(0) == 2
    table.selected_only.setChecked(False)
    assert table.model.matching_count == 1234


def test_sort_by_header_click(table, document, qtbot):
    header = table.view.horizontalHeader()
    c = [n for n, _ in table.model.columns].index("measured_height")
    header.setSortIndicator(c, Qt.SortOrder.DescendingOrder)
    top = document.store.query("SELECT max(measured_height) FROM buildings")[0][0]
    assert table.model.index(0, c).data(Qt.ItemDataRole.UserRole + 2) == top


def test_double_click_requests_zoom(table, document, qtbot):
    layer = document.layers[0]
    with qtbot.waitSignal(table.zoomToFeaturesRequested) as sig:
        table.view.doubleClicked.emit(table.model.index(9, 1))
    assert sig.args == [layer.id, [10]]


def test_removing_the_layer_empties_the_table(table, document):
    document.layers.clear()
    assert table.model.table is None and table.model.rowCount() == 0
    assert not table.filter_edit.isEnabled()


def test_add_missing_layers_only_adds_what_is_missing(buildings_store):
    from twin.document import TwinDocument

    doc = TwinDocument(buildings_store)
    new = doc.add_missing_default_layers()
    assert [v.kind for v in new] == ["buildings"]            # no roads, no DEM in this store
    assert doc.add_missing_default_layers() == []
    buildings_store.query("INSERT INTO roads (id, gml_id, source_id) VALUES (1, 'road_1', 1)")
    new = doc.add_missing_default_layers()
    assert [v.kind for v in new] == ["roads"]
    assert [v.kind for v in doc.layers] == ["roads", "buildings"]   # roads below buildings



def test_identify_shows_any_theme_extra_under_its_label(document, qtbot, qtmodeltester):
    """Extras the themes declare are shown generically, titled with their label (risks and surfaces keep their
    own form)."""
    from twin.themes import IdentifyExtra, Label, Theme, registered

    def notes(store, attributes):
        return [{"note": f"checked {attributes['building_id']}", "by": "市役所"}] if attributes.get("id") == 5 else None

    extra = IdentifyExtra("inspection_notes", Label("点検メモ", "Inspection notes"), ("buildings",), notes)
    with registered(Theme(name="test_notes", title=Label("点検", "Inspections"), identify_extras=(extra,))):
        panel = IdentifyPanel(document)
        qtbot.addWidget(panel)
        layer = document.layers[0]
        panel.show_feature(layer.id, 5)
        text = panel.all_text()
        assert "Inspection notes" in text and "checked 17206-bldg-5" in text and "市役所" in text
        assert "Disaster risks (2)" in text                               # the PLATEAU extras keep their form
        qtmodeltester.check(panel.model)
        panel.show_feature(layer.id, 6)                                   # no notes for this one: no section
        assert "Inspection notes" not in panel.all_text()


def test_field_labels_come_from_the_theme_registry_in_the_ui_language(qapp):
    from gui.fields import field_label, has_label, risk_type_label, table_label
    from gui.i18n import install_language

    assert field_label("measured_height") == "Measured height (m)"
    assert table_label("building_risks") == "risk records" and risk_type_label("river_flood") == "River flooding"
    assert has_label("usage") and not has_label("no_such_column") and field_label("no_such_column") == "no_such_column"
    install_language("ja")
    assert field_label("measured_height") == "計測高さ (m)" and field_label("elevation") == "標高 (T.P. m)"
    assert table_label("building_risks") == "災害リスク" and risk_type_label("river_flood") == "洪水浸水想定"
    install_language("en")


def test_scene_kinds_for_an_import_come_from_the_themes():
    from types import SimpleNamespace

    from gui.main_window import scene_kinds_for
    from twin.themes import layer_kinds

    report = lambda counts, replaced=(): SimpleNamespace(counts=counts, replaced_sources=list(replaced))  # noqa: E731
    assert scene_kinds_for([report({"buildings": 3, "building_risks": 2})]) == {"buildings"}
    assert scene_kinds_for([report({"rasters": 1})]) >= {"terrain", "raster", "roads"}
    assert scene_kinds_for([report({"roads": 1}, replaced=[4])]) == {k.name for k in layer_kinds()}
