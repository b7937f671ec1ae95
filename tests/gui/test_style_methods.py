"""The Style panel's class-break methods (mapclassify's) and the hint to use classes for categories of a number."""

from __future__ import annotations

import pytest

from gui.style_panel import StylePanel
from twin.style import METHODS


def choose(combo, data) -> None:
    i = combo.findData(data)
    assert i >= 0, data
    combo.setCurrentIndex(i)
    combo.activated.emit(i)


@pytest.fixture
def panel(document, qtbot):
    p = StylePanel(document)
    qtbot.addWidget(p)
    return p


def test_method_combo_offers_every_method_and_each_choice_is_one_style_event(document, panel):
    layer = document.layers[0]
    assert [panel.method_combo.itemData(i) for i in range(panel.method_combo.count())] == list(METHODS)
    choose(panel.mode_combo, "graduated")
    assert layer.style.attribute == "measured_height" and layer.style.method == "natural_breaks"   # its default
    assert panel.method_combo.currentData() == "natural_breaks"
    seen = []
    layer.events.style.connect(lambda new, old: seen.append(new.method))
    for method in ("head_tail", "quantile", "equal_interval", "natural_breaks"):
        seen.clear()
        choose(panel.method_combo, method)
        assert seen == [method] and panel.method_combo.currentData() == method
        assert panel.legend.count() >= 2
        # head/tail decides its own number of classes: no classes spin box for it
        assert panel.classes_spin.isHidden() == (method == "head_tail")
    seen.clear()
    choose(panel.attribute_combo, "max_flood_depth")           # official edges: manual
    assert seen == ["manual"] and panel.method_combo.currentData() == "manual"


def test_categories_of_a_number_with_many_values_show_the_hint(document, panel):
    layer = document.layers[0]
    assert layer.style.mode == "categorized" and layer.style.attribute == "usage"
    assert panel.categories_hint.isHidden()                     # usage: text
    choose(panel.attribute_combo, "storeys_above")              # 9 values of a number: fine as categories
    assert layer.style.attribute == "storeys_above" and panel.categories_hint.isHidden()
    choose(panel.attribute_combo, "measured_height")            # hundreds of heights, colours repeat
    assert layer.style.attribute == "measured_height"
    assert not panel.categories_hint.isHidden() and panel.categories_hint.text()
    choose(panel.mode_combo, "graduated")                        # following the hint hides it
    assert panel.categories_hint.isHidden()
