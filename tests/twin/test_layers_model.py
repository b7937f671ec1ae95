"""Layer, LayerList and FeatureSelection behaviour — no Qt, no VTK."""

from __future__ import annotations

import pytest

from twin.layer import Layer
from twin.layerlist import LayerList
from twin.selection import FeatureSelection
from twin.style import Style


def test_layer_events_and_validation():
    lay = Layer(name="建物", kind="buildings")
    seen = []
    lay.events.opacity.connect(lambda new, old: seen.append(("opacity", new, old)))
    lay.events.visible.connect(lambda new, old: seen.append(("visible", new, old)))
    lay.opacity = 0.5
    lay.visible = False
    lay.visible = False
    assert seen == [("opacity", 0.5, 1.0), ("visible", False, True)]
    with pytest.raises(ValueError):
        lay.opacity = 1.5
    with pytest.raises(ValueError):
        Layer(kind="heatmap")
    with pytest.raises(AttributeError):
        lay.kind = "roads"
    assert lay.source == "buildings" and lay.params["lod"] == 2


def test_style_mutation_and_replacement_both_signal_layer_style():
    lay = Layer(name="a", kind="buildings")
    seen = []
    lay.events.style.connect(lambda new, old: seen.append((new, old)))
    old = lay.style
    old.colormap = "magma"                     # in place
    assert len(seen) == 1 and seen[0][0] is old and seen[0][1] is old
    new = Style(color="#ff0000")
    lay.style = new                            # replaced
    assert seen[-1] == (new, old)
    old.colormap = "plasma"                    # the old style no longer reaches the layer
    assert len(seen) == 2
    new.color = "#00ff00"
    assert len(seen) == 3 and seen[-1][0] is new


def test_params_are_merged_with_defaults_and_set_param_signals():
    lay = Layer(kind="terrain", params={"raster_id": 3})
    assert lay.params == {"raster_id": 3, "exaggeration": 1.0, "max_size": 512}
    seen = []
    lay.events.params.connect(lambda new, old: seen.append((new["exaggeration"], old["exaggeration"])))
    lay.set_param("exaggeration", 2.0)
    assert seen == [(2.0, 1.0)]


def test_layer_state_round_trip():
    lay = Layer(name="道路", kind="roads", visible=False, opacity=0.3,
                style=Style(mode="categorized", attribute="function"), params={"offset": 1.0})
    again = Layer.from_state(lay.to_state())
    assert again.to_state() == lay.to_state()
    assert again.id == lay.id and again is not lay


def test_unique_names_on_insert_and_rename():
    layers = LayerList([Layer(name="A"), Layer(name="A"), Layer(name="A")])
    assert layers.names() == ["A", "A (2)", "A (3)"]
    layers[2].name = "A"
    assert layers.names() == ["A", "A (2)", "A (3)"]
    layers[1].name = "B"
    layers[2].name = "A (2)"
    assert layers.names() == ["A", "B", "A (2)"]
    with pytest.raises(ValueError):
        layers.append(layers[0])


def test_list_events_move_and_lookup():
    a, b, c = Layer(name="a"), Layer(name="b"), Layer(name="c")
    layers = LayerList([a, b, c])
    events = []
    layers.events.moved.connect(lambda s, d, v: events.append(("moved", s, d, v.name)))
    layers.events.reordered.connect(lambda: events.append(("reordered",)))
    layers.events.removed.connect(lambda i, v: events.append(("removed", i, v.name)))
    layers.move(0, 3)
    assert layers.names() == ["b", "c", "a"]
    assert events[:2] == [("moved", 0, 2, "a"), ("reordered",)]
    assert layers.by_id(c.id) is c and layers.by_name("c") is c and layers.get("nope") is None
    with pytest.raises(KeyError):
        layers.by_id("nope")
    layers.remove_by_id(b.id)
    assert events[-1] == ("removed", 0, "b")


def test_child_events_relay_layer_changes():
    layers = LayerList([Layer(name="a"), Layer(name="b")])
    infos = []
    layers.events.child_event.connect(infos.append)
    layers[1].opacity = 0.25
    assert infos and infos[-1].path[0].index == 1 and infos[-1].args == (0.25, 1.0)


def test_batched_update_brackets_nested_changes_once():
    layers = LayerList()
    seen = []
    layers.events.begin_batch.connect(lambda: seen.append("begin"))
    layers.events.end_batch.connect(lambda: seen.append("end"))
    layers.events.inserted.connect(lambda i, v: seen.append(("ins", v.name, layers.in_batch)))
    with layers.batched_update():
        layers.append(Layer(name="a"))
        with layers.batched_update():
            layers.append(Layer(name="b"))
    assert seen == ["begin", ("ins", "a", True), ("ins", "b", True), "end"]
    assert not layers.in_batch


def test_layer_selection_follows_removal():
    layers = LayerList([Layer(name="a"), Layer(name="b")])
    layers.selection.active = layers[1]
    assert layers[1] in layers.selection
    b = layers[1]
    layers.remove(b)
    assert b not in layers.selection


def test_replacing_a_layer_by_index():
    a, b, c = Layer(name="a"), Layer(name="b"), Layer(name="c")
    layers = LayerList([a, b, c])
    layers.selection.active = b
    changed, items = [], []
    layers.events.changed.connect(lambda i, old, new: changed.append((i, old, new)))
    layers.selection.events.items_changed.connect(lambda added, removed: items.append((added, removed)))
    new = Layer(name="b", id=b.id)               # the replaced layer's name and id are free again
    layers[1] = new
    assert layers.names() == ["a", "b", "c"] and layers[1] is new
    assert changed == [(1, b, new)]
    assert layers.selection.active is new and b not in layers.selection
    assert items and all(new not in removed for _, removed in items)
    # the old layer is no longer part of the list: renaming it does not touch the list's names
    b.name = "c"
    assert b.name == "c" and layers.names() == ["a", "b", "c"]
    # a renamed new layer still gets a unique name; a negative index is reported as the real one
    layers[-1] = Layer(name="a")
    assert layers.names() == ["a", "b", "a (2)"] and changed[-1][0] == 2
    # child events come from the new layer, not from the old one
    infos = []
    layers.events.child_event.connect(infos.append)
    c.opacity = 0.5
    assert infos == []
    layers[2].opacity = 0.5
    assert infos and infos[-1].path[0].index == 2


def test_replacing_a_layer_keeps_the_list_valid():
    a, b = Layer(name="a"), Layer(name="b")
    layers = LayerList([a, b])
    with pytest.raises(ValueError):
        layers[0] = b                            # already in the list
    with pytest.raises(ValueError):
        layers[0] = Layer(name="x", id=b.id)     # id taken by another layer
    with pytest.raises(TypeError):
        layers[0] = "not a layer"
    with pytest.raises(IndexError):
        layers[2] = Layer(name="x")
    with pytest.raises(TypeError):
        layers[0:1] = [Layer(name="x")]
    assert list(layers) == [a, b] and layers.names() == ["a", "b"]
    a.name = "b"                                 # a still belongs to the list: names stay unique
    assert layers.names() == ["b (2)", "b"]


def test_feature_selection_signals_once_per_real_change():
    sel = FeatureSelection()
    seen = []
    sel.changed.connect(lambda lid, ids, origin: seen.append((lid, ids, origin)))
    sel.set("b", [3, 1, 3], origin="pick")
    sel.set("b", {1, 3}, origin="table")          # no change → no signal
    sel.add("b", 5, origin="table")
    sel.remove("b", [1], origin="identify")
    sel.set("r", [9])
    sel.set("b", [2], origin="pick", exclusive=True)
    sel.clear()
    assert seen == [
        ("b", frozenset({1, 3}), "pick"),
        ("b", frozenset({1, 3, 5}), "table"),
        ("b", frozenset({3, 5}), "identify"),
        ("r", frozenset({9}), "api"),
        ("r", frozenset(), "pick"),
        ("b", frozenset({2}), "pick"),
        ("b", frozenset(), "api"),
    ]
    assert sel.ids("b") == frozenset() and not sel
    sel.toggle("b", [1, 2])
    sel.toggle("b", [2])
    assert sel.ids("b") == frozenset({1}) and ("b", 1) in sel and len(sel) == 1
