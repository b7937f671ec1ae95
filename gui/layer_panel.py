"""The Layers dock: the layer tree (groups and layers, :class:`gui.layer_tree_model.LayerTreeModel`) and the panel
around it.

Check a row to show it (a group's check box shows or hides all its layers, keeping their own check states);
F2 renames a layer or a group; drag rows to reorder layers or to move them into, out of or between groups;
right-click for more (New group, Remove group: its layers stay). The current layer row is the document's active
layer (the Style panel follows it); the selected layer rows are its selected layers.
"""

from __future__ import annotations

from PySide6.QtCore import QItemSelection, QItemSelectionModel, QModelIndex, QPoint, QSize, Qt, Signal
from PySide6.QtGui import QAction, QIcon, QKeySequence
from PySide6.QtWidgets import QAbstractItemView, QHBoxLayout, QMenu, QMessageBox, QToolButton, QTreeView, QVBoxLayout, \
    QWidget

from gui.layer_icons import layer_icon
from gui.layer_tree_model import GROUP_ROLE, LAYER_ID_ROLE, LAYER_ROLE, LayerTreeModel
from gui.qt_helpers import Retranslatable
from twin.layer import Layer
from twin.layerlist import LayerList
from twin.layertree import LayerGroup, LayerTree


class LayerPanel(Retranslatable, QWidget):
    """The Layers dock: the tree, its context menu and a few buttons."""

    zoomToLayerRequested = Signal(str)         # layer id
    attributeTableRequested = Signal(str)      # layer id
    styleRequested = Signal(str)               # layer id
    addDefaultLayersRequested = Signal()
    treeChanged = Signal()                     # groups added, removed, renamed, shown, expanded (save soon)

    def __init__(self, layers: LayerTree | LayerList | None = None, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("layerPanel")
        self.view = QTreeView(self)
        self.view.setObjectName("layerList")
        self.view.setHeaderHidden(True)
        self.view.setDragDropMode(QAbstractItemView.DragDropMode.InternalMove)
        self.view.setDefaultDropAction(Qt.DropAction.MoveAction)
        self.view.setDragEnabled(True)
        self.view.setAcceptDrops(True)
        self.view.setDropIndicatorShown(True)
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.view.setEditTriggers(QAbstractItemView.EditTrigger.EditKeyPressed
                                  | QAbstractItemView.EditTrigger.SelectedClicked)
        self.view.setIconSize(QSize(20, 20))
        self.view.setIndentation(14)
        self.view.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.view.customContextMenuRequested.connect(self._context_menu)
        self.view.doubleClicked.connect(self._on_double_clicked)
        self.view.expanded.connect(lambda idx: self._on_expanded(idx, True))
        self.view.collapsed.connect(lambda idx: self._on_expanded(idx, False))

        self.zoom_button = QToolButton(self)
        self.up_button = QToolButton(self)
        self.down_button = QToolButton(self)
        self.remove_button = QToolButton(self)
        for b, icon in ((self.zoom_button, "zoom-fit-best"), (self.up_button, "go-up"),
                        (self.down_button, "go-down"), (self.remove_button, "list-remove")):
            b.setAutoRaise(True)
            b.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
            if QIcon.hasThemeIcon(icon):
                b.setIcon(QIcon.fromTheme(icon))
        self.zoom_button.clicked.connect(self.zoom_to_current)
        self.up_button.clicked.connect(lambda: self.move_current(+1))
        self.down_button.clicked.connect(lambda: self.move_current(-1))
        self.remove_button.clicked.connect(self.confirm_remove)

        buttons = QHBoxLayout()
        buttons.setContentsMargins(0, 0, 0, 0)
        for b in (self.zoom_button, self.up_button, self.down_button):
            buttons.addWidget(b)
        buttons.addStretch(1)
        buttons.addWidget(self.remove_button)
        lay = QVBoxLayout(self)
        lay.setContentsMargins(4, 4, 4, 4)
        lay.addWidget(self.view, 1)
        lay.addLayout(buttons)

        self.rename_action = QAction(self)
        self.rename_action.setShortcut(QKeySequence(Qt.Key.Key_F2))
        self.rename_action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        self.rename_action.triggered.connect(self.rename_current)
        self.remove_action = QAction(self)
        self.remove_action.setShortcut(QKeySequence(QKeySequence.StandardKey.Delete))
        self.remove_action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        self.remove_action.triggered.connect(self.confirm_remove)
        self.new_group_action = QAction(self)
        self.new_group_action.setShortcut(QKeySequence("Ctrl+G"))
        self.new_group_action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        self.new_group_action.triggered.connect(self.new_group)
        self.addActions([self.rename_action, self.remove_action, self.new_group_action])

        self.model: LayerTreeModel | None = None
        self._tree: LayerTree | None = None
        self._syncing = False
        self.retranslate()
        if layers is not None:
            self.set_layers(layers)

    # -- binding --------------------------------------------------------------------------------------
    @property
    def tree(self) -> LayerTree | None:
        return self._tree

    @property
    def _layers(self) -> LayerList | None:
        return self._tree.layers if self._tree is not None else None

    def set_layers(self, layers: LayerTree | LayerList | None) -> None:
        """Show a document's layer tree (``document.tree``); a bare LayerList is shown without groups."""
        if self._tree is not None:
            self._layers.selection.events.active.disconnect(self._on_active_changed)
            self._layers.selection.events.items_changed.disconnect(self._on_list_selection_changed)
            self._tree.events.changed.disconnect(self._on_tree_changed)
        if self.model is not None:
            self.model.disconnect_model()
            self.view.setModel(None)
            self.model.deleteLater()
            self.model = None
        self._tree = None if layers is None else layers if isinstance(layers, LayerTree) else LayerTree(layers)
        if self._tree is None:
            self._update_buttons()
            return
        self.model = LayerTreeModel(self._tree, self)
        self.view.setModel(self.model)
        self.view.selectionModel().currentChanged.connect(self._on_current_changed)
        self.view.selectionModel().selectionChanged.connect(self._on_view_selection_changed)
        self.model.rowsInserted.connect(lambda *_: self._apply_expanded())
        self._layers.selection.events.active.connect(self._on_active_changed)
        self._layers.selection.events.items_changed.connect(self._on_list_selection_changed)
        self._tree.events.changed.connect(self._on_tree_changed)
        self._apply_expanded()
        self._on_list_selection_changed()
        self._update_buttons()

    set_tree = set_layers

    def closeEvent(self, event) -> None:  # noqa: N802
        self.set_layers(None)
        super().closeEvent(event)

    def retranslate(self) -> None:
        self.zoom_button.setText(self.tr("Zoom to layer"))
        self.zoom_button.setToolTip(self.tr("Show the whole of the selected layer"))
        self.up_button.setToolTip(self.tr("Move the layer up"))
        self.up_button.setText("↑")
        self.down_button.setToolTip(self.tr("Move the layer down"))
        self.down_button.setText("↓")
        self.remove_button.setText(self.tr("Remove"))
        self.remove_button.setToolTip(self.tr("Remove the selected layers from the view (the data stays in the project)"))
        self.rename_action.setText(self.tr("Rename"))
        self.remove_action.setText(self.tr("Remove layer"))
        self.new_group_action.setText(self.tr("New group"))
        self.view.setToolTip(self.tr("Check to show, drag to reorder or to move into a group, F2 to rename, "
                                     "right-click for more"))
        if self.model is not None:
            self.model.refresh_texts()          # tool tips name the kind in the UI language

    # -- groups: expanded state ------------------------------------------------------------------------------
    def _apply_expanded(self) -> None:
        """Expand or collapse the group rows as their groups say."""
        if self.model is None or self._tree is None:
            return
        for g in self._tree.groups:
            idx = self.model.index_of(g)
            if idx.isValid() and self.view.isExpanded(idx) != g.expanded:
                self.view.setExpanded(idx, g.expanded)

    def _on_expanded(self, index: QModelIndex, on: bool) -> None:
        group = self.model.group_at_index(index) if self.model is not None else None
        if group is not None and self._tree is not None:
            self._tree.set_expanded(group, on)

    def _on_tree_changed(self, *args) -> None:
        self._apply_expanded()
        self._update_buttons()
        self.treeChanged.emit()

    # -- selection sync -------------------------------------------------------------------------------
    def current_item(self) -> Layer | LayerGroup | None:
        return self.model.item(self.view.currentIndex()) if self.model is not None else None

    def current_layer(self) -> Layer | None:
        item = self.current_item()
        return item if isinstance(item, Layer) else None

    def current_group(self) -> LayerGroup | None:
        item = self.current_item()
        return item if isinstance(item, LayerGroup) else None

    def selected_items(self) -> list[Layer | LayerGroup]:
        if self.model is None:
            return []
        rows = self.view.selectionModel().selectedRows()
        return [obj for obj in (self.model.item(i) for i in rows) if obj is not None]

    def selected_layers(self) -> list[Layer]:
        """The selected layer rows, top first."""
        chosen = [v for v in self.selected_items() if isinstance(v, Layer)]
        if self._layers is None:
            return chosen
        return [v for v in reversed(list(self._layers)) if any(v is c for c in chosen)]

    def _on_current_changed(self, current: QModelIndex, previous: QModelIndex) -> None:
        if self._syncing or self.model is None or self._layers is None:
            return
        layer = self.model.layer_at_index(current)
        self._syncing = True
        try:
            if layer is not None and self._layers.selection.active is not layer:
                self._layers.selection.active = layer
        finally:
            self._syncing = False
        self._update_buttons()

    def _on_view_selection_changed(self, *args) -> None:
        if self._syncing or self._layers is None:
            return
        chosen = self.selected_layers()
        self._syncing = True
        try:
            sel = self._layers.selection
            for v in [v for v in sel if v not in chosen]:
                sel.discard(v)
            for v in chosen:
                if v not in sel:
                    sel.add(v)
        finally:
            self._syncing = False
        self._update_buttons()

    def _on_active_changed(self, layer: Layer | None) -> None:
        if self._syncing or self.model is None:
            return
        self._syncing = True
        try:
            idx = self.model.index_of(layer)
            if idx.isValid():
                self.view.selectionModel().setCurrentIndex(idx, QItemSelectionModel.SelectionFlag.ClearAndSelect
                                                           | QItemSelectionModel.SelectionFlag.Rows)
        finally:
            self._syncing = False
        self._update_buttons()

    def _on_list_selection_changed(self, *args) -> None:
        if self._syncing or self.model is None or self._layers is None:
            return
        self._syncing = True
        try:
            selection = QItemSelection()
            for v in self._layers.selection:
                idx = self.model.index_of(v)
                if idx.isValid():
                    selection.select(idx, idx)
            self.view.selectionModel().select(selection, QItemSelectionModel.SelectionFlag.ClearAndSelect)
            active = self._layers.selection.active
            idx = self.model.index_of(active)
            if idx.isValid():
                self.view.selectionModel().setCurrentIndex(idx, QItemSelectionModel.SelectionFlag.NoUpdate)
        finally:
            self._syncing = False
        self._update_buttons()

    def _update_buttons(self) -> None:
        idx = self.view.currentIndex() if self.model is not None else QModelIndex()
        layer = self.current_layer()
        has = idx.isValid()
        self.zoom_button.setEnabled(layer is not None)
        self.remove_button.setEnabled(has)
        n = self.model.siblings(idx) if has else 0
        self.up_button.setEnabled(has and idx.row() > 0)
        self.down_button.setEnabled(has and 0 <= idx.row() < n - 1)

    # -- actions --------------------------------------------------------------------------------------
    def zoom_to_current(self) -> None:
        layer = self.current_layer()
        if layer is not None:
            self.zoomToLayerRequested.emit(layer.id)

    def rename_current(self) -> None:
        idx = self.view.currentIndex()
        if idx.isValid():
            self.view.edit(idx)

    def confirm_remove(self) -> bool:
        """Remove the selected layers after asking (their styles go with them; the data stays in the project).
        A group alone is removed without asking: its layers stay."""
        doomed = self.selected_layers() or ([self.current_layer()] if self.current_layer() else [])
        if not doomed:
            group = self.current_group()
            if group is not None and self._tree is not None:
                self._tree.remove_group(group)
                return True
            return False
        if self._layers is None:
            return False
        names = "、".join(v.name for v in doomed) if len(doomed) <= 5 else self.tr("{n} layers").format(n=len(doomed))
        box = QMessageBox(QMessageBox.Icon.Question, self.tr("Remove layer"),
                          self.tr("Remove {names} from the view? The data stays in the project; the layer's style "
                                  "is lost.").format(names=names),
                          QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.Cancel, self)
        box.setObjectName("confirmRemove")
        box.setDefaultButton(QMessageBox.StandardButton.Cancel)
        if box.exec() != QMessageBox.StandardButton.Yes:
            return False
        self.remove_selected()
        return True

    def remove_selected(self) -> None:
        if self._layers is None:
            return
        doomed = self.selected_layers() or ([self.current_layer()] if self.current_layer() else [])
        if not doomed:
            return
        with self._layers.batched_update():
            for layer in doomed:
                if layer in self._layers:
                    self._layers.remove(layer)

    def move_current(self, step: int) -> None:
        """Move the current row up (+1: drawn later, on top) or down (-1) among its siblings (a group moves with
        its layers)."""
        if self.model is None:
            return
        idx = self.view.currentIndex()
        item = self.model.item(idx)
        if item is None:
            return
        row, n = idx.row(), self.model.siblings(idx)
        dest = row - 1 if step > 0 else row + 2
        if not 0 <= dest <= n or (step > 0 and row == 0) or (step < 0 and row >= n - 1):
            return
        self.model.moveRows(idx.parent(), row, 1, idx.parent(), dest)
        self._select_item(item)

    def _select_item(self, item: Layer | LayerGroup) -> None:
        if isinstance(item, Layer):
            self._on_active_changed(item)
            return
        idx = self.model.index_of(item) if self.model is not None else QModelIndex()
        if idx.isValid():
            self.view.selectionModel().setCurrentIndex(idx, QItemSelectionModel.SelectionFlag.ClearAndSelect)
        self._update_buttons()

    def new_group(self, name: str | None = None, *, edit: bool = True) -> LayerGroup | None:
        """A new group holding the selected layers (if any), where the topmost of them was (an empty group is listed
        at the bottom until layers are dragged into it); its name is opened for editing."""
        if self._tree is None or self.model is None:
            return None
        base = name or self.tr("New group")
        taken = {g.name for g in self._tree.groups}
        text, k = base, 2
        while text in taken:
            text, k = f"{base} ({k})", k + 1
        chosen = self.selected_layers()
        row = 0
        if chosen:      # the group takes the place of the topmost chosen layer (or of its group)
            row = max(self.model.index_of(self._tree.group_of(chosen[0]) or chosen[0]).row(), 0)
        group = self._tree.add_group(text)
        if chosen:
            self.model.move_items(chosen, group, 0)
        self.model.move_items([group], None, row)
        idx = self.model.index_of(group)
        self._select_item(group)
        if edit and idx.isValid():
            self.view.edit(idx)
        return group

    def remove_group(self, group: LayerGroup) -> None:
        """Remove the group; its layers stay, outside any group."""
        if self._tree is not None:
            self._tree.remove_group(group)

    def move_to_group(self, layers: list[Layer], group: LayerGroup | None) -> None:
        """Put ``layers`` at the top of ``group`` (None: outside any group, above the group they were in)."""
        if self.model is None or not layers:
            return
        if group is not None:
            self.model.move_items(layers, group, 0)
            return
        old = self._tree.group_of(layers[0]) if self._tree is not None else None
        row = self.model.index_of(old).row() if old is not None else self.model.index_of(layers[0]).row()
        self.model.move_items(layers, None, max(row, 0))

    def _on_double_clicked(self, index: QModelIndex) -> None:
        layer = self.model.layer_at_index(index) if self.model is not None else None
        if layer is not None:
            self.styleRequested.emit(layer.id)

    def _context_menu(self, pos: QPoint) -> None:
        if self.model is None:
            return
        idx = self.view.indexAt(pos)
        item = self.model.item(idx) if idx.isValid() else None
        menu = QMenu(self)
        if isinstance(item, Layer):
            layer = item
            menu.addAction(self.tr("Zoom to layer"), lambda: self.zoomToLayerRequested.emit(layer.id))
            if layer.has_features:
                menu.addAction(self.tr("Open attribute table"), lambda: self.attributeTableRequested.emit(layer.id))
            menu.addAction(self.tr("Style…"), lambda: self.styleRequested.emit(layer.id))
            menu.addSeparator()
            vis = menu.addAction(self.tr("Visible"))
            vis.setCheckable(True)
            vis.setChecked(layer.visible)
            vis.toggled.connect(lambda on: setattr(layer, "visible", on))
            self._move_menu(menu, layer)
            menu.addAction(self.rename_action)
            menu.addAction(self.remove_action)
            menu.addSeparator()
        elif isinstance(item, LayerGroup):
            group = item
            vis = menu.addAction(self.tr("Visible"))
            vis.setCheckable(True)
            vis.setChecked(group.visible)
            vis.toggled.connect(lambda on: self._tree.set_group_visible(group, on))
            menu.addAction(self.tr("Rename group"), self.rename_current)
            menu.addAction(self.tr("Remove group (its layers stay)"), lambda: self.remove_group(group))
            menu.addSeparator()
        menu.addAction(self.new_group_action)
        menu.addAction(self.tr("Add default layers for data without a layer"), self.addDefaultLayersRequested.emit)
        menu.exec(self.view.viewport().mapToGlobal(pos))
        menu.deleteLater()

    def _move_menu(self, menu: QMenu, layer: Layer) -> None:
        """"Move to group ▸": every group, and "No group"."""
        if self._tree is None:
            return
        layers = self.selected_layers() if layer in self.selected_layers() else [layer]
        sub = menu.addMenu(self.tr("Move to group"))
        current = self._tree.group_of(layer)
        for g in self._tree.groups:
            act = sub.addAction(g.name, lambda g=g: self.move_to_group(layers, g))
            act.setEnabled(g is not current)
        sub.addSeparator()
        act = sub.addAction(self.tr("No group"), lambda: self.move_to_group(layers, None))
        act.setEnabled(current is not None)


__all__ = ["GROUP_ROLE", "LAYER_ID_ROLE", "LAYER_ROLE", "LayerPanel", "LayerTreeModel", "layer_icon"]
