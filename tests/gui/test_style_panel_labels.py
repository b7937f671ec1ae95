"""The Style panel's labels row, class edges, the hint's one-click switch to classes, and its state with no layer."""

from __future__ import annotations

import pytest

from gui.style_panel import StylePanel
from twin.layer import Layer
from twin.style import Style


def choose(combo, data) -> None:
    i = combo.findData(data)
    assert i >= 0, data
    combo.setCurrentIndex(i)
    combo.activated.emit(i)


@pytest.fixture
def panel(document, qtbot):
    p = StylePanel(document)
    qtbot.addWidget(p)
    p.show()
    return p


def test_no_layer_shows_a_hint_instead_of_the_last_layers_values(document, panel):
    assert panel.body.isVisible() and not panel.empty_hint.isVisible()
    assert panel.title.text() == "建物"
    document.layers.selection.active = None
    assert not panel.body.isVisible() and panel.empty_hint.isVisible()
    assert panel.title.text() and panel.title.text() != "建物" and panel.legend.count() == 0
    document.layers.selection.active = document.layers[0]
    assert panel.body.isVisible() and not panel.empty_hint.isVisible() and panel.title.text() == "建物"
    assert panel.legend.count() > 0


def test_labels_row_sets_the_label_attribute_in_one_style_event(document, panel):
    layer = document.layers[0]
    assert panel.label_combo.currentData() is None and panel.label_combo.isVisible()
    names = [panel.label_combo.itemData(i) for i in range(panel.label_combo.count())]
    assert names[0] is None and "measured_height" in names and "usage" in names     # text and numbers
    seen = []
    layer.events.style.connect(lambda new, old: seen.append(new.label_attribute))
    colours = layer.style.to_dict()
    choose(panel.label_combo, "measured_height")
    assert seen == ["measured_height"] and layer.style.label_attribute == "measured_height"
    assert {k: v for k, v in layer.style.to_dict().items() if k != "label_attribute"} == \
        {k: v for k, v in colours.items() if k != "label_attribute"}                 # the colours stay
    choose(panel.label_combo, None)
    assert layer.style.label_attribute is None
    # saved with the layer (the project keeps layers as dicts) and shown again
    layer.style = Style.from_dict({**layer.style.to_dict(), "label_attribute": "usage"})
    assert panel.label_combo.currentData() == "usage"
    assert Layer.from_state(layer.to_state()).style.label_attribute == "usage"


def test_terrain_has_no_labels_row(document, panel):
    from twin.document import default_style

    terrain = Layer(name="地形", kind="terrain", source="rasters", style=default_style("terrain"))
    if terrain.has_features:
        pytest.skip("terrain has features here")
    document.layers.append(terrain)
    document.layers.selection.active = terrain
    assert panel.label_combo.isHidden()


def test_use_classes_switches_categories_of_a_number_to_its_default_classes(document, panel):
    layer = document.layers[0]
    choose(panel.attribute_combo, "measured_height")                   # categories of hundreds of heights
    assert panel.categories_hint.isVisible() and panel.use_classes_button.isVisible()
    seen = []
    layer.events.style.connect(lambda new, old: seen.append(new.mode))
    panel.use_classes_button.click()
    assert seen == ["graduated"]
    assert (layer.style.attribute, layer.style.method) == ("measured_height", "natural_breaks")
    assert not panel.categories_hint.isVisible() and not panel.use_classes_button.isVisible()
    assert 2 <= panel.legend.count() <= 6


def test_typed_class_edges_become_manual_classes(document, panel):
    layer = document.layers[0]
    choose(panel.mode_combo, "graduated")
    choose(panel.method_combo, "manual")                                # no official edges: today's classes
    assert layer.style.method == "manual" and len(layer.style.breaks) >= 3
    assert panel.edges_edit.isVisible() and panel.edges_edit.text().count(",") == len(layer.style.breaks) - 1
    panel.edges_edit.setText("0, 10, 20, inf")
    panel.edges_edit.editingFinished.emit()
    assert layer.style.breaks == [0.0, 10.0, 20.0, float("inf")]
    assert [e.label for e in panel.legend_entries()][:3] == ["0 – 10", "10 – 20", "20 –"]
    before = layer.style.to_dict()
    panel.edges_edit.setText("0, ten, 20")
    panel.edges_edit.editingFinished.emit()
    assert layer.style.to_dict() == before and "ten" in panel.message.text()
    panel.edges_edit.setText("20, 10")                                  # not increasing: the style says why
    panel.edges_edit.editingFinished.emit()
    assert layer.style.to_dict() == before and panel.message.text()
    choose(panel.method_combo, "natural_breaks")
    assert not panel.edges_edit.isVisible()
