"""The attribute table's filter: an example on the shown table's own columns (roads get a roads example), and
after a filter the table shows its first rows (scrolled to the top)."""

from __future__ import annotations

from gui.attribute_table import AttributeTablePanel
from twin.document import TwinDocument, default_style
from twin.layer import Layer
from twin.synthetic import write_synthetic_city


def test_after_a_filter_the_table_is_scrolled_to_the_top(document, qtbot):
    panel = AttributeTablePanel(document)
    qtbot.addWidget(panel)
    panel.resize(900, 400)
    panel.show()
    qtbot.waitExposed(panel)
    bar = panel.view.verticalScrollBar()
    bar.setValue(bar.maximum())
    assert bar.value() > 0
    panel.filter_edit.setText("measured_height > 5")
    assert panel.apply_filter()
    assert bar.value() == 0
    assert panel.view.rowAt(0) == 0 and panel.model.id_at(0) is not None


def test_each_table_gets_a_filter_example_of_its_own(store, qtbot):
    write_synthetic_city(store, 60, seed=3, lod2_fraction=0.0)
    doc = TwinDocument(store)
    for kind in ("buildings", "roads"):
        doc.layers.append(Layer(name=kind, kind=kind, source=kind, style=default_style(kind)))
    panel = AttributeTablePanel(doc)
    qtbot.addWidget(panel)
    hints = {}
    for layer in doc.layers:
        panel.set_layer(layer)
        hints[layer.kind] = panel.filter_edit.placeholderText()
    road_columns = {c for c, _ in doc.columns(doc.layers[1])}
    assert hints["roads"].startswith("e.g. ") and hints["roads"].split()[1] in road_columns
    assert "measured_height" not in hints["roads"]
    assert "measured_height >" in hints["buildings"] and hints["buildings"] != hints["roads"]
    # the example is a working filter on that table
    for layer in doc.layers:
        panel.set_layer(layer)
        panel.filter_edit.setText(panel.filter_edit.placeholderText()[len("e.g. "):])
        assert panel.apply_filter(), panel.error_label.text()
        assert 0 < panel.model.matching_count < panel.model.total_count
