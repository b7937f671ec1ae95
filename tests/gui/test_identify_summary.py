"""Identify with several features selected: the count, sums, minimum and maximum of the numeric attributes,
the total area, and the list of the features (double-click one to identify it)."""

from __future__ import annotations

import pytest

from gui.identify_panel import IdentifyPanel


def _rows(panel, section_prefix):
    sec = next(n for n in panel.model.root.children if n.label.startswith(section_prefix))
    return sec, {n.key: n for n in sec.children}


def test_several_selected_buildings_are_summarised_with_their_list(document, qtbot, qtmodeltester):
    layer = document.layers[0]
    panel = IdentifyPanel(document)
    qtbot.addWidget(panel)
    ids = [3, 4, 5, 6]
    document.selection.set(layer.id, ids, origin="pick")
    assert panel.current is None and panel.summary == (layer.id, frozenset(ids))
    assert "4 features selected" in panel.header.text() and "建物" in panel.header.text()
    heights = [r[0] for r in document.store.query(
        "SELECT measured_height FROM buildings WHERE id IN (3, 4, 5, 6) ORDER BY id")]
    _, rows = _rows(panel, "Summary")
    assert rows["count"].value == "4"
    h = rows["measured_height"].value
    assert f"min {min(heights):g}" in h and f"max {max(heights):g}" in h and "sum" not in h  # heights: no sum
    assert rows["area_m2"].value == "400"          # four 10 m squares
    years = [r[0] for r in document.store.query("SELECT year_built FROM buildings WHERE id IN (3, 4, 5, 6)")]
    assert f"min {min(years)}" in rows["year_built"].value and "sum" not in rows["year_built"].value
    storeys = rows["storeys_above"].value
    assert "min 4" in storeys and "max 7" in storeys
    listed, items = _rows(panel, "Features (4)")
    assert [n.value for n in listed.children] == ["3", "4", "5", "6"]
    assert listed.children[0].label == "17206-bldg-3"            # named by the building ID (no name)
    qtmodeltester.check(panel.model)
    # double-click a listed building: everything about it
    node = listed.children[2]
    panel._on_double_clicked(panel.model.createIndex(node.row(), 0, node))
    assert panel.current == (layer.id, 5) and panel.value_of("building_id") == "17206-bldg-5"


def test_sums_are_given_for_additive_numbers(buildings_store, qtbot):
    from twin.document import TwinDocument, default_style
    from twin.layer import Layer

    buildings_store.query("UPDATE buildings SET total_floor_area = id * 10.0")
    doc = TwinDocument(buildings_store)
    doc.layers.append(Layer(name="建物", kind="buildings", source="buildings", style=default_style("buildings")))
    panel = IdentifyPanel(doc)
    qtbot.addWidget(panel)
    doc.selection.set(doc.layers[0].id, [1, 2, 3], origin="pick")
    _, rows = _rows(panel, "Summary")
    assert "sum 60" in rows["total_floor_area"].value and "min 10" in rows["total_floor_area"].value
    assert "max 30" in rows["total_floor_area"].value


def test_one_feature_again_shows_everything_and_nothing_clears(document, qtbot):
    layer = document.layers[0]
    panel = IdentifyPanel(document)
    qtbot.addWidget(panel)
    document.selection.set(layer.id, [1, 2], origin="pick")
    assert panel.summary is not None
    document.selection.set(layer.id, [2], origin="pick")
    assert panel.current == (layer.id, 2) and panel.summary is None
    document.selection.set(layer.id, [1, 2], origin="pick")
    document.selection.set(layer.id, [], origin="pick")
    assert panel.summary is None and panel.current is None


@pytest.mark.parametrize("n", [600])
def test_long_selections_list_the_first_features_and_say_how_many_more(document, qtbot, n):
    layer = document.layers[0]
    panel = IdentifyPanel(document)
    qtbot.addWidget(panel)
    document.selection.set(layer.id, range(1, n + 1), origin="pick")
    listed, _ = _rows(panel, f"Features ({n})")
    assert len(listed.children) == 501 and listed.children[-1].label == "… 100 more"
