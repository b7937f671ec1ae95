"""Exports from the attribute table: the whole layer, the rows the filter shows, or the selection, as
GeoPackage, GeoJSON (WGS 84) or CSV; what is written is what the user chose."""

from __future__ import annotations

import json

import pandas as pd
import pyogrio
import pytest

from gui.attribute_table import AttributeTablePanel
from gui.export import ExportError, export_layer


@pytest.fixture
def table(document, qtbot):
    panel = AttributeTablePanel(document)
    qtbot.addWidget(panel)
    return panel


def test_the_whole_layer_as_geopackage(table, tmp_path):
    table.filter_edit.setText("usage = '住宅'")
    table.apply_filter()                               # a filter does not limit "all features"
    (name, n, path), = table.export_rows("all", tmp_path / "all.gpkg")
    assert (name, n) == ("建物", 1234)
    info = pyogrio.read_info(path, layer="建物")
    assert info["features"] == 1234 and "measured_height" in list(info["fields"])


def test_the_filtered_rows_as_csv(table, document, tmp_path):
    table.filter_edit.setText("usage = '商業施設' AND measured_height > 20")
    assert table.apply_filter()
    (_, n, path), = table.export_rows("shown", tmp_path / "shown.csv")
    expected = document.store.query(
        "SELECT count(*) FROM buildings WHERE usage = '商業施設' AND measured_height > 20")[0][0]
    df = pd.read_csv(path, encoding="utf-8-sig")
    assert n == len(df) == expected == table.model.matching_count
    assert set(df["usage"]) == {"商業施設"} and (df["measured_height"] > 20).all()


def test_the_selection_as_geojson_in_wgs84(table, document, tmp_path):
    document.selection.set(document.layers[0].id, [5, 6, 7], origin="table")
    (_, n, path), = table.export_rows("selected", tmp_path / "sel.geojson")
    data = json.loads(path.read_text(encoding="utf-8"))
    assert n == 3 and sorted(f["properties"]["id"] for f in data["features"]) == [5, 6, 7]
    lon, lat = data["features"][0]["geometry"]["coordinates"][0][0][:2]
    assert 136 < lon < 137 and 36 < lat < 37             # Kaga, in degrees


def test_the_export_menu_offers_the_three_choices(table, document):
    texts = [a.text() for a in table.export_menu.actions()]
    assert texts == ["All features of the layer…", "Features shown (filter)…", "Selected features…"]
    assert not table.act_export_selected.isEnabled()
    document.selection.set(document.layers[0].id, [1], origin="table")
    assert table.act_export_selected.isEnabled()


def test_a_wrong_format_is_refused_with_the_choices(document, tmp_path):
    with pytest.raises(ExportError, match=r"\.gpkg, \.geojson or \.csv"):
        export_layer(document, document.layers[0], tmp_path / "x.xlsx")
