"""Layer panel: the tree model over a real LayerList and LayerTree (visibility, reorder, rename, remove, groups)."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QModelIndex, Qt

from gui.layer_panel import LAYER_ROLE, LayerPanel, LayerTreeModel
from twin.layer import Layer
from twin.layerlist import LayerList


@pytest.fixture
def layers():
    return LayerList([Layer(name="地形", kind="terrain"), Layer(name="道路", kind="roads"),
                      Layer(name="建物", kind="buildings")])


def names(model):
    return [model.index(r, 0).data() for r in range(model.rowCount())]


def test_modeltester_through_every_change(layers, qtmodeltester):
    model = LayerTreeModel(layers)
    qtmodeltester.check(model)
    layers.append(Layer(name="点", kind="vector"))
    layers.insert(0, Layer(name="下", kind="raster"))
    layers.move(0, 3)
    layers.move(4, 0)
    del layers[2]
    layers[0].name = "new name"
    layers[1].visible = False
    layers.reverse()
    layers.clear()
    qtmodeltester.check(model)
    model.disconnect_model()


def test_replacing_a_layer_updates_its_row(layers, qtmodeltester, qtbot):
    model = LayerTreeModel(layers)
    panel = LayerPanel(layers)
    qtbot.addWidget(panel)
    layers.selection.active = layers[1]
    new = Layer(name="道路", kind="roads", visible=False)
    with qtbot.waitSignal(model.dataChanged) as sig:
        layers[-2] = new
    assert sig.args[0].row() == 1 and names(model) == ["建物", "道路", "地形"]
    assert model.index(1, 0).data(LAYER_ROLE) is new
    assert model.index(1, 0).data(Qt.ItemDataRole.CheckStateRole) == Qt.CheckState.Unchecked
    assert panel.current_layer() is new                  # the new layer is the active one, as the old one was
    qtmodeltester.check(model)
    model.disconnect_model()


def test_top_layer_first(layers):
    model = LayerTreeModel(layers)
    assert names(model) == ["建物", "道路", "地形"]
    layers.append(Layer(name="点", kind="vector"))
    assert names(model) == ["点", "建物", "道路", "地形"]
    model.disconnect_model()


def test_check_state_and_visible_follow_each_other(layers, qtbot):
    model = LayerTreeModel(layers)
    idx = model.index(0, 0)                              # buildings, the top layer
    assert idx.data(LAYER_ROLE) is layers[2]
    assert idx.data(Qt.ItemDataRole.CheckStateRole) == Qt.CheckState.Checked
    assert model.setData(idx, Qt.CheckState.Unchecked.value, Qt.ItemDataRole.CheckStateRole)
    assert layers[2].visible is False
    with qtbot.waitSignal(model.dataChanged) as sig:
        layers[2].visible = True
    assert sig.args[0].row() == 0
    assert idx.data(Qt.ItemDataRole.CheckStateRole) == Qt.CheckState.Checked
    model.disconnect_model()


def test_rename_keeps_names_unique(layers):
    model = LayerTreeModel(layers)
    assert model.setData(model.index(1, 0), "主要道路", Qt.ItemDataRole.EditRole)
    assert layers[1].name == "主要道路"
    assert model.setData(model.index(1, 0), "建物", Qt.ItemDataRole.EditRole)
    assert layers[1].name == "建物 (2)"
    assert names(model) == ["建物", "建物 (2)", "地形"]
    assert not model.setData(model.index(1, 0), "   ", Qt.ItemDataRole.EditRole)
    model.disconnect_model()


@pytest.mark.parametrize("src,dst,expected", [
    (0, 3, ["道路", "地形", "建物"]),     # top layer to the bottom
    (2, 0, ["地形", "建物", "道路"]),     # bottom layer to the top
    (0, 2, ["道路", "建物", "地形"]),
    (1, 1, ["建物", "道路", "地形"]),     # onto itself
])
def test_move_rows_reorders_the_layer_list(layers, qtmodeltester, src, dst, expected):
    model = LayerTreeModel(layers)
    qtmodeltester.check(model)
    assert model.moveRow(QModelIndex(), src, QModelIndex(), dst)
    assert names(model) == expected
    assert layers.names() == list(reversed(expected))   # drawing order follows
    model.disconnect_model()


def test_panel_buttons_and_selection_sync(layers, qtbot):
    panel = LayerPanel(layers)
    qtbot.addWidget(panel)
    layers.selection.active = layers[1]                 # roads: row 1
    assert panel.view.currentIndex().row() == 1
    panel.move_current(+1)                              # up in the panel = later in the list
    assert layers.names() == ["地形", "建物", "道路"]
    assert panel.current_layer() is layers[2] and panel.view.currentIndex().row() == 0
    panel.move_current(-1)
    assert layers.names() == ["地形", "道路", "建物"]
    # choosing a row in the view makes that layer active
    panel.view.setCurrentIndex(panel.model.index(2, 0))
    assert layers.selection.active.name == "地形"
    with qtbot.waitSignal(panel.zoomToLayerRequested) as sig:
        panel.zoom_button.click()
    assert sig.args == [layers.by_name("地形").id]
    panel.remove_selected()
    assert layers.names() == ["道路", "建物"]
    assert panel.model.rowCount() == 2


def test_remove_button_asks_first(layers, qtbot):
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication, QMessageBox

    panel = LayerPanel(layers)
    qtbot.addWidget(panel)
    layers.selection.active = layers[0]
    answers = []

    def answer(button):
        def click():
            box = QApplication.activeModalWidget()
            answers.append(box.text())
            box.button(button).click()
        QTimer.singleShot(0, click)

    answer(QMessageBox.StandardButton.Cancel)
    panel.remove_button.click()
    assert layers.names() == ["地形", "道路", "建物"] and "地形" in answers[0]
    answer(QMessageBox.StandardButton.Yes)
    panel.remove_button.click()
    assert layers.names() == ["道路", "建物"]


def test_view_checkbox_click_hides_layer(layers, qtbot):
    panel = LayerPanel(layers)
    qtbot.addWidget(panel)
    panel.resize(300, 300)
    panel.show()
    qtbot.waitExposed(panel)
    view = panel.view
    idx = panel.model.index(0, 0)
    rect = view.visualRect(idx)
    # the check box is at the left edge of the row
    from PySide6.QtWidgets import QStyle, QStyleOptionViewItem
    opt = QStyleOptionViewItem()
    view.initViewItemOption(opt) if hasattr(view, "initViewItemOption") else None
    opt.rect = rect
    opt.features |= QStyleOptionViewItem.ViewItemFeature.HasCheckIndicator
    check = view.style().subElementRect(QStyle.SubElement.SE_ItemViewItemCheckIndicator, opt, view)
    qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=check.center())
    assert layers[2].visible is False
    qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=check.center())
    assert layers[2].visible is True


# -- groups ------------------------------------------------------------------------------------------------------

from twin.layertree import LayerTree  # noqa: E402


@pytest.fixture
def tree():
    """地形 in group 地形, 道路 and 建物 in group PLATEAU, 点 outside any group (top of the drawing order)."""
    layers = LayerList([Layer(name="地形", kind="terrain"), Layer(name="道路", kind="roads"),
                        Layer(name="建物", kind="buildings"), Layer(name="点", kind="vector")])
    t = LayerTree(layers)
    t.assign(layers[0], t.add_group("地形"))
    plateau = t.add_group("PLATEAU")
    t.assign(layers[1], plateau)
    t.assign(layers[2], plateau)
    return t


def shape(model, parent=QModelIndex()):
    """The rows as the panel shows them: names, a group as (name, [its rows])."""
    out = []
    for r in range(model.rowCount(parent)):
        idx = model.index(r, 0, parent)
        out.append((idx.data(), shape(model, idx)) if model.hasChildren(idx) or model.group_at_index(idx)
                   else idx.data())
    return out


def test_groups_are_rows_with_their_layers_under_them(tree, qtmodeltester):
    model = LayerTreeModel(tree)
    qtmodeltester.check(model)
    assert shape(model) == ["点", ("PLATEAU", ["建物", "道路"]), ("地形", ["地形"])]
    plateau = model.index(1, 0)
    assert model.group_at_index(plateau) is tree.group("PLATEAU")
    assert model.index(0, 0, plateau).data(LAYER_ROLE) is tree.layers.by_name("建物")
    assert model.parent(model.index(0, 0, plateau)) == plateau
    assert not model.flags(model.index(0, 0)) & Qt.ItemFlag.ItemIsDropEnabled       # no drops onto a layer
    assert model.flags(plateau) & Qt.ItemFlag.ItemIsDropEnabled
    model.disconnect_model()


def test_modeltester_through_every_group_change(tree, qtmodeltester):
    model = LayerTreeModel(tree)
    qtmodeltester.check(model)
    layers = tree.layers
    plateau, terrain = tree.group("PLATEAU"), tree.group("地形")
    tree.assign(layers.by_name("点"), plateau)                  # into a group
    tree.move_group(terrain, 0)                                  # a group to the top
    tree.rename_group(plateau, "3D 都市モデル")
    tree.set_group_visible(plateau, False)
    tree.set_expanded(terrain, False)
    empty = tree.add_group("空")
    layers.append(Layer(name="新", kind="vector"))
    tree.assign(layers.by_name("新"), empty)
    tree.assign(layers.by_name("道路"), None)                    # out of a group
    layers.move(0, len(layers))
    layers[1] = Layer(name="置換", kind="roads")                 # replaced in place
    del layers[0]
    tree.remove_group(plateau)                                   # its layers stay
    state = tree.to_state()
    tree.restore(state)
    layers.reverse()
    layers.clear()
    qtmodeltester.check(model)
    assert model.rowCount() == 2                                 # the two groups, now empty
    model.disconnect_model()


def test_the_model_follows_the_tree_and_the_list(tree):
    model = LayerTreeModel(tree)
    layers = tree.layers
    tree.move_group(tree.group("地形"), 0)
    assert shape(model) == [("地形", ["地形"]), "点", ("PLATEAU", ["建物", "道路"])]
    assert layers.names() == ["道路", "建物", "点", "地形"]       # the drawing order follows the panel
    tree.remove_group(tree.group("PLATEAU"))
    assert shape(model) == [("地形", ["地形"]), "点", "建物", "道路"]
    model.disconnect_model()


def test_group_check_box_hides_its_layers_but_keeps_their_own_check(tree, qtbot):
    model = LayerTreeModel(tree)
    plateau = model.index(1, 0)
    buildings = tree.layers.by_name("建物")
    with qtbot.waitSignal(tree.events.visibility) as sig:
        assert model.setData(plateau, Qt.CheckState.Unchecked.value, Qt.ItemDataRole.CheckStateRole)
    assert set(sig.args[0]) == {buildings.id, tree.layers.by_name("道路").id}
    assert tree.group("PLATEAU").visible is False
    assert not tree.is_shown(buildings) and buildings.visible              # the scene hides it; its own check stays
    child = model.index(0, 0, plateau)
    assert child.data(Qt.ItemDataRole.CheckStateRole) == Qt.CheckState.Checked
    assert child.data(Qt.ItemDataRole.ForegroundRole) is not None          # greyed out
    assert "group" in child.data(Qt.ItemDataRole.ToolTipRole)
    assert tree.is_shown(tree.layers.by_name("点"))
    model.setData(plateau, Qt.CheckState.Checked.value, Qt.ItemDataRole.CheckStateRole)
    assert tree.is_shown(buildings) and child.data(Qt.ItemDataRole.ForegroundRole) is None
    model.disconnect_model()


def test_rename_a_group(tree):
    model = LayerTreeModel(tree)
    assert model.setData(model.index(1, 0), "建物と道路", Qt.ItemDataRole.EditRole)
    assert tree.groups[1].name == "建物と道路" and model.index(1, 0).data() == "建物と道路"
    assert not model.setData(model.index(1, 0), "  ", Qt.ItemDataRole.EditRole)
    model.disconnect_model()


def test_move_rows_between_groups(tree, qtmodeltester):
    model = LayerTreeModel(tree)
    layers = tree.layers
    plateau = model.index(1, 0)
    # 点 (top level, row 0) into PLATEAU, between 建物 and 道路
    assert model.moveRows(QModelIndex(), 0, 1, plateau, 1)
    assert shape(model) == [("PLATEAU", ["建物", "点", "道路"]), ("地形", ["地形"])]
    assert tree.group_of(layers.by_name("点")) is tree.group("PLATEAU")
    assert layers.names() == ["地形", "道路", "点", "建物"]
    # 道路 out of PLATEAU to the very top
    plateau = model.index(0, 0)
    assert model.moveRows(plateau, 2, 1, QModelIndex(), 0)
    assert shape(model) == ["道路", ("PLATEAU", ["建物", "点"]), ("地形", ["地形"])]
    assert tree.group_of(layers.by_name("道路")) is None
    # a group moves as a whole; groups do not go into groups
    assert model.moveRows(QModelIndex(), 2, 1, QModelIndex(), 0)
    assert shape(model) == [("地形", ["地形"]), "道路", ("PLATEAU", ["建物", "点"])]
    assert not model.moveRows(QModelIndex(), 0, 1, model.index(2, 0), 0)
    qtmodeltester.check(model)
    model.disconnect_model()


def test_drag_and_drop_data_moves_layers_and_groups(tree):
    model = LayerTreeModel(tree)
    layers = tree.layers
    drag = model.mimeData([model.index(0, 0)])                             # 点
    terrain_group = model.index(2, 0)
    assert model.canDropMimeData(drag, Qt.DropAction.MoveAction, -1, 0, terrain_group)
    assert model.dropMimeData(drag, Qt.DropAction.MoveAction, -1, 0, terrain_group)      # onto the group
    assert shape(model) == [("PLATEAU", ["建物", "道路"]), ("地形", ["点", "地形"])]
    group_drag = model.mimeData([model.index(1, 0)])                      # the 地形 group
    assert not model.canDropMimeData(group_drag, Qt.DropAction.MoveAction, 0, 0, model.index(0, 0))
    assert model.dropMimeData(group_drag, Qt.DropAction.MoveAction, 0, 0, QModelIndex())
    assert shape(model) == [("地形", ["点", "地形"]), ("PLATEAU", ["建物", "道路"])]
    assert layers.names() == ["道路", "建物", "地形", "点"]
    model.disconnect_model()


def test_panel_new_group_remove_group_and_expanded_state(tree, qtbot):
    panel = LayerPanel(tree)
    qtbot.addWidget(panel)
    layers = tree.layers
    model = panel.model
    assert panel.view.isExpanded(model.index_of(tree.group("PLATEAU")))
    # collapsing in the view is remembered by the group (saved with the project), and the other way round
    panel.view.collapse(model.index_of(tree.group("PLATEAU")))
    assert tree.group("PLATEAU").expanded is False
    tree.set_expanded(tree.group("PLATEAU"), True)
    assert panel.view.isExpanded(model.index_of(tree.group("PLATEAU")))
    # New group with the selected layer in it, where the layer was
    layers.selection.active = layers.by_name("点")
    group = panel.new_group("観測", edit=False)
    assert tree.layers_of(group) == [layers.by_name("点")]
    assert shape(model)[0] == ("観測", ["点"])
    # removing the group keeps its layers
    panel.view.setCurrentIndex(model.index_of(group))
    assert panel.current_group() is group
    assert panel.confirm_remove()
    assert tree.group("観測") is None and layers.by_name("点") in layers
    assert shape(model)[0] == "点"
    # Move to group (context menu) and back out
    panel.move_to_group([layers.by_name("点")], tree.group("地形"))
    assert tree.group_of(layers.by_name("点")) is tree.group("地形")
    panel.move_to_group([layers.by_name("点")], None)
    assert tree.group_of(layers.by_name("点")) is None


def test_up_and_down_buttons_move_within_a_group(tree, qtbot):
    panel = LayerPanel(tree)
    qtbot.addWidget(panel)
    layers = tree.layers
    layers.selection.active = layers.by_name("道路")          # second row in PLATEAU
    assert panel.up_button.isEnabled() and not panel.down_button.isEnabled()
    panel.move_current(+1)
    assert shape(panel.model)[1] == ("PLATEAU", ["道路", "建物"])
    assert panel.current_layer() is layers.by_name("道路")
    assert tree.group_of(layers.by_name("道路")) is tree.group("PLATEAU")


def test_the_session_saves_after_group_changes(tmp_path, qtbot):
    from PySide6.QtWidgets import QWidget

    from gui.project_session import ProjectSession
    from twin.store import Store

    path = tmp_path / "groups.duckdb"
    Store(path).close()
    parent = QWidget()
    qtbot.addWidget(parent)
    session = ProjectSession(parent, lambda: None)
    assert session.open(path)
    doc = session.document
    doc.layers.append(Layer(name="点", kind="vector", source="SELECT 1 AS id"))
    session.save_state()
    group = doc.tree.add_group("観測")
    assert session._save_timer.isActive()
    session._save_timer.stop()
    doc.tree.assign(doc.layers[0], group)
    doc.tree.set_group_visible(group, False)
    doc.tree.set_expanded(group, False)
    assert session._save_timer.isActive()
    session.close()                                          # saves
    assert session.open(path)
    g = session.document.tree.group("観測")
    assert g is not None and not g.visible and not g.expanded
    assert session.document.tree.layers_of(g)[0].name == "点"
    session.close()


def test_switching_the_language_keeps_the_model_valid(tree, qtbot, qtmodeltester):
    from gui.i18n import install_language

    panel = LayerPanel(tree)
    qtbot.addWidget(panel)
    qtmodeltester.check(panel.model)
    buildings = panel.model.index_of(tree.layers.by_name("建物"))
    assert "Kind: Buildings" in buildings.data(Qt.ItemDataRole.ToolTipRole)
    install_language("ja")
    assert "種類: 建物" in buildings.data(Qt.ItemDataRole.ToolTipRole)
    assert panel.new_group_action.text() == "新しいグループ"
    install_language("en")
    qtmodeltester.check(panel.model)
