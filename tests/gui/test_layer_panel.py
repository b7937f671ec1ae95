"""Layer panel: the list model over a real LayerList (visibility, reorder, rename, remove)."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QModelIndex, Qt

from gui.layer_panel import LAYER_ROLE, LayerListModel, LayerPanel
from twin.layer import Layer
from twin.layerlist import LayerList


@pytest.fixture
def layers():
    return LayerList([Layer(name="地形", kind="terrain"), Layer(name="道路", kind="roads"),
                      Layer(name="建物", kind="buildings")])


def names(model):
    return [model.index(r, 0).data() for r in range(model.rowCount())]


def test_modeltester_through_every_change(layers, qtmodeltester):
    model = LayerListModel(layers)
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
    model = LayerListModel(layers)
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
    model = LayerListModel(layers)
    assert names(model) == ["建物", "道路", "地形"]
    layers.append(Layer(name="点", kind="vector"))
    assert names(model) == ["点", "建物", "道路", "地形"]
    model.disconnect_model()


def test_check_state_and_visible_follow_each_other(layers, qtbot):
    model = LayerListModel(layers)
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
    model = LayerListModel(layers)
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
    model = LayerListModel(layers)
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
