"""Layer groups: membership, group visibility, order kept together, saved state."""

from __future__ import annotations

from twin.layer import Layer
from twin.layerlist import LayerList
from twin.layertree import LayerTree


def _tree():
    layers = LayerList([Layer(name=n, kind="vector", source="SELECT 1 AS id") for n in ("a", "b", "c", "d")])
    return layers, LayerTree(layers)


def test_hiding_a_group_hides_its_layers_but_keeps_their_own_check_state():
    layers, tree = _tree()
    g = tree.add_group("G")
    tree.assign(layers.by_name("b"), g)
    seen = []
    tree.events.visibility.connect(seen.append)
    tree.set_group_visible(g, False)
    assert not tree.is_shown(layers.by_name("b")) and layers.by_name("b").visible
    assert tree.is_shown(layers.by_name("a"))
    assert seen == [(layers.by_name("b").id,)]
    layers.by_name("a").visible = False                       # a layer's own check box also reports
    assert seen[-1] == (layers.by_name("a").id,)


def test_a_group_keeps_its_layers_together_where_its_top_layer_is():
    layers, tree = _tree()
    g = tree.add_group("G")
    tree.assign(layers.by_name("a"), g)
    tree.assign(layers.by_name("c"), g)
    assert layers.names() == ["b", "a", "c", "d"]
    rows = tree.rows()                                         # top first
    assert [(r[0].name if r[0] else None, [v.name for v in r[1]]) for r in rows] == [
        (None, ["d"]), ("G", ["c", "a"]), (None, ["b"])]
    tree.move_group(g, 0)
    assert layers.names() == ["b", "d", "a", "c"]
    tree.move_group(g, 2)
    assert layers.names() == ["a", "c", "b", "d"]


def test_removing_a_group_or_a_layer_and_the_saved_state():
    layers, tree = _tree()
    g = tree.add_group("G", visible=False)
    tree.assign(layers.by_name("d"), g)
    state = tree.to_state()
    layers2 = LayerList(layers)  # same layer objects
    tree2 = LayerTree(layers2)
    assert tree2.restore(state) == []
    assert tree2.group("G").visible is False and tree2.group_of(layers.by_name("d")).name == "G"
    assert tree2.restore({"groups": [{"no": "name"}]})[0].startswith("saved layer group")
    layers.remove(layers.by_name("d"))
    assert tree.layers_of(g) == []
    tree.remove_group(g)
    assert tree.group("G") is None and tree.rows()[0][0] is None
