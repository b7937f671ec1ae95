"""The demo theme kept in the tests (tests/demo_theme) in the panels: its group and layer in the layer tree,
its attributes with their labels in the style panel, its Identify extra, its rows in the attribute table, and
the time bar — none of the panels names it."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QModelIndex, Qt

import demo_theme
from gui.attribute_table import AttributeTablePanel
from gui.identify_panel import IdentifyPanel
from gui.layer_tree_model import LayerTreeModel
from gui.style_panel import StylePanel
from gui.time_bar import TimeBar
from importers.registry import import_path
from twin import themes
from twin.document import TwinDocument
from twin.store import Store

SAMPLE = Path(demo_theme.__file__).parent / "sample.csv"


@pytest.fixture
def doc(tmp_path):
    with themes.registered(demo_theme.THEME):
        store = Store(tmp_path / "demo.duckdb")
        import_path(store, SAMPLE)
        d = TwinDocument(store)
        d.create_default_layers()
        try:
            yield d
        finally:
            store.close()


def _texts(model, parent=QModelIndex()):
    out = []
    for r in range(model.rowCount(parent)):
        idx = model.index(r, 0, parent)
        out.append((model.data(idx, Qt.ItemDataRole.DisplayRole), _texts(model, idx)))
    return out


def test_layer_tree_style_panel_and_time_bar(doc, qtbot, qtmodeltester):
    model = LayerTreeModel(doc.tree)
    qtmodeltester.check(model)
    assert ("デモ", [("観測", [])]) in _texts(model)
    layer = doc.layers.by_name("観測")
    panel = StylePanel(doc)
    qtbot.addWidget(panel)
    panel.set_layer(layer)
    combo = panel.attribute_combo
    items = {combo.itemData(i): combo.itemText(i) for i in range(combo.count())}
    assert "severity" in items and ("Severity" in items["severity"] or "深刻度" in items["severity"])
    assert combo.currentData() == "severity"
    bar = TimeBar()
    qtbot.addWidget(bar)
    bar.set_document(doc)
    assert bar.is_active() and bar.slider.isEnabled()
    assert doc.clock.start.isoformat() == "2025-01-09T10:30:00+09:00"


def test_identify_shows_its_extra_and_the_table_its_rows(doc, qtbot, qtmodeltester):
    layer = doc.layers.by_name("観測")
    fid = doc.store.query("SELECT id FROM demo_events WHERE name = 'east exit'")[0][0]
    panel = IdentifyPanel(doc)
    qtbot.addWidget(panel)
    assert panel.show_feature(layer.id, fid)
    text = panel.all_text()
    assert "cracked kerb" in text and "reported twice" in text
    assert "2025-01-09" in text and "10:30" in text                 # observed in Japan time
    qtmodeltester.check(panel.model)
    table = AttributeTablePanel(doc)
    qtbot.addWidget(table)
    doc.layers.selection.active = layer
    assert table.model is not None and table.model.rowCount() == 3
    headers = [table.model.headerData(c, Qt.Orientation.Horizontal) for c in range(table.model.columnCount())]
    assert any("severity" in h for h in headers)
    qtmodeltester.check(table.model)
