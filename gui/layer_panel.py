"""The Layers dock: a Qt list model over :class:`twin.layerlist.LayerList` and the panel around it.

The model keeps no copy of the layers: every call reads the :class:`LayerList`, and the list's psygnal
events are turned into the matching ``begin…/end…`` calls (napari's ``QtLayerListModel`` pattern). The top
layer is shown first, as in QGIS: row ``r`` is list index ``len - 1 - r``.

Checking a row sets ``layer.visible``; editing it renames the layer (the list keeps names unique); dragging
rows calls :meth:`LayerListModel.moveRows`, which moves the layer in the list.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import (QAbstractListModel, QItemSelection, QItemSelectionModel, QModelIndex,
                            QPersistentModelIndex, QPoint, QRectF, QSize, Qt, Signal)
from PySide6.QtGui import QAction, QColor, QIcon, QKeySequence, QPainter, QPainterPath, QPen, QPixmap
from PySide6.QtWidgets import (QAbstractItemView, QHBoxLayout, QListView, QMenu, QMessageBox, QToolButton,
                               QVBoxLayout, QWidget)

from gui.qt_helpers import Connections, Retranslatable
from twin.layer import Layer
from twin.layerlist import LayerList
from twin.style import PALETTES, rgb_to_hex, sample_colormap

LAYER_ROLE = Qt.ItemDataRole.UserRole + 1
LAYER_ID_ROLE = Qt.ItemDataRole.UserRole + 2


def _style_colors(layer: Layer, n: int = 4) -> list[str]:
    st = layer.style
    try:
        if st.mode == "graduated":
            return [rgb_to_hex(c) for c in sample_colormap(st.colormap, [i / max(n - 1, 1) for i in range(n)])]
        if st.mode == "categorized":
            cats = list(dict.fromkeys(st.categories.values()))
            if len(cats) < n:
                cats += [rgb_to_hex(c) for c in PALETTES[st.palette][: n - len(cats)]]
            return cats[:n]
    except (ValueError, KeyError):
        pass
    return [st.color]


def layer_icon(layer: Layer, size: int = 20) -> QIcon:
    """A small glyph for the layer kind, filled with the layer's style colours."""
    pm = QPixmap(size, size)
    pm.fill(Qt.GlobalColor.transparent)
    p = QPainter(pm)
    p.setRenderHint(QPainter.RenderHint.Antialiasing)
    colors = [QColor(c) for c in _style_colors(layer)]
    outline = QPen(QColor(60, 60, 60), 1)
    s = float(size)
    if layer.kind == "buildings":
        w = s / max(len(colors), 1)
        heights = [0.55, 0.85, 0.7, 0.45]
        for i, c in enumerate(colors):
            h = heights[i % len(heights)] * s
            p.setPen(outline)
            p.setBrush(c)
            p.drawRect(QRectF(i * w + 0.5, s - h, w - 1, h - 1))
    elif layer.kind == "roads":
        p.setPen(QPen(colors[0].darker(130), s * 0.28, Qt.PenStyle.SolidLine, Qt.PenCapStyle.RoundCap))
        path = QPainterPath()
        path.moveTo(s * 0.15, s * 0.85)
        path.cubicTo(s * 0.45, s * 0.7, s * 0.5, s * 0.3, s * 0.85, s * 0.15)
        p.drawPath(path)
    elif layer.kind == "terrain":
        path = QPainterPath()
        path.moveTo(0, s)
        path.lineTo(s * 0.35, s * 0.3)
        path.lineTo(s * 0.55, s * 0.6)
        path.lineTo(s * 0.75, s * 0.4)
        path.lineTo(s, s)
        path.closeSubpath()
        p.setPen(outline)
        p.setBrush(colors[len(colors) // 2] if colors else QColor("#8fb56a"))
        p.drawPath(path)
    elif layer.kind == "raster":
        n = 3
        for i in range(n):
            for j in range(n):
                p.setPen(Qt.PenStyle.NoPen)
                p.setBrush(colors[(i + j) % len(colors)])
                p.drawRect(QRectF(i * s / n, j * s / n, s / n, s / n))
    else:
        p.setPen(outline)
        p.setBrush(colors[0])
        p.drawEllipse(QRectF(s * 0.2, s * 0.2, s * 0.6, s * 0.6))
    p.end()
    return QIcon(pm)


class LayerListModel(QAbstractListModel):
    """Rows = layers, top layer first. See the module docstring."""

    def __init__(self, layers: LayerList, parent=None):
        super().__init__(parent)
        self._layers = layers
        self._moving = False
        self._kind_names: dict[str, str] = {}
        ev = layers.events
        self._links = Connections([
            (ev.inserting, self._on_inserting), (ev.inserted, self._on_inserted),
            (ev.removing, self._on_removing), (ev.removed, self._on_removed),
            (ev.moving, self._on_moving), (ev.moved, self._on_moved),
            (ev.changed, self._on_changed), (ev.reordered, self._on_reordered),
            (ev.child_event, self._on_child_event)]).connect()

    def disconnect_model(self) -> None:
        """Stop following the list (before the model is dropped)."""
        self._links.disconnect()

    @property
    def layers(self) -> LayerList:
        return self._layers

    # -- row <-> list index -------------------------------------------------------------------------
    def layer_at(self, row: int) -> Layer | None:
        n = len(self._layers)
        return self._layers[n - 1 - row] if 0 <= row < n else None

    def row_of(self, layer: Layer) -> int:
        for i, v in enumerate(self._layers):
            if v is layer:
                return len(self._layers) - 1 - i
        return -1

    def index_of_layer(self, layer: Layer) -> QModelIndex:
        row = self.row_of(layer)
        return self.index(row, 0) if row >= 0 else QModelIndex()

    # -- LayerList events -> Qt signals ------------------------------------------------------------------
    def _on_inserting(self, index: int) -> None:
        row = len(self._layers) - index
        self.beginInsertRows(QModelIndex(), row, row)

    def _on_inserted(self, index: int, layer: Layer) -> None:
        self.endInsertRows()

    def _on_removing(self, index: int) -> None:
        row = len(self._layers) - 1 - index
        self.beginRemoveRows(QModelIndex(), row, row)

    def _on_removed(self, index: int, layer: Layer) -> None:
        self.endRemoveRows()

    def _on_moving(self, src: int, dst: int) -> None:
        n = len(self._layers)
        self._moving = self.beginMoveRows(QModelIndex(), n - 1 - src, n - 1 - src, QModelIndex(), n - dst)

    def _on_moved(self, src: int, dst: int, layer: Layer) -> None:
        if self._moving:
            self.endMoveRows()
            self._moving = False
        else:  # a move Qt considered a no-op: keep views consistent anyway
            self.beginResetModel()
            self.endResetModel()

    def _on_changed(self, index: Any, old: Any, new: Any) -> None:
        if isinstance(index, int):
            row = len(self._layers) - 1 - index
            self.dataChanged.emit(self.index(row, 0), self.index(row, 0))
        else:
            self.beginResetModel()
            self.endResetModel()

    def _on_reordered(self) -> None:
        # reverse()/sort() reorder without per-item moves; moves were already reported above
        if self._moving:
            return
        rows = [self.layer_at(r) for r in range(self.rowCount())]
        if getattr(self, "_last_order", None) != [id(v) for v in rows]:
            self.layoutAboutToBeChanged.emit()
            self.layoutChanged.emit()
        self._last_order = [id(v) for v in rows]

    def _on_child_event(self, info: Any) -> None:
        try:
            index = info.path[0].index
            field = info.signal.name
        except (AttributeError, IndexError, TypeError):
            return
        if not isinstance(index, int) or not 0 <= index < len(self._layers):
            return
        row = len(self._layers) - 1 - index
        roles = {
            "name": [Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.EditRole, Qt.ItemDataRole.ToolTipRole],
            "visible": [Qt.ItemDataRole.CheckStateRole],
            "style": [Qt.ItemDataRole.DecorationRole],
            "opacity": [Qt.ItemDataRole.ToolTipRole],
            "source": [Qt.ItemDataRole.ToolTipRole],
        }.get(field)
        if roles is None:
            return
        idx = self.index(row, 0)
        self.dataChanged.emit(idx, idx, roles)

    # -- Qt model API -------------------------------------------------------------------------------
    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._layers)

    def data(self, index: QModelIndex | QPersistentModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        layer = self.layer_at(index.row()) if index.isValid() else None
        if layer is None:
            return None
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.EditRole):
            return layer.name
        if role == Qt.ItemDataRole.CheckStateRole:
            return Qt.CheckState.Checked if layer.visible else Qt.CheckState.Unchecked
        if role == Qt.ItemDataRole.DecorationRole:
            return layer_icon(layer)
        if role == Qt.ItemDataRole.ToolTipRole:
            return self.tr("{name}\nKind: {kind}\nSource: {source}\nOpacity: {opacity} %").format(
                name=layer.name, kind=self.kind_label(layer.kind), source=layer.source or "—",
                opacity=round(layer.opacity * 100))
        if role == LAYER_ROLE:
            return layer
        if role == LAYER_ID_ROLE:
            return layer.id
        return None

    def kind_label(self, kind: str) -> str:
        return {"buildings": self.tr("Buildings"), "roads": self.tr("Roads"), "terrain": self.tr("Terrain"),
                "vector": self.tr("Vector"), "raster": self.tr("Raster")}.get(kind, kind)

    def setData(self, index: QModelIndex | QPersistentModelIndex, value: Any,
                role: int = Qt.ItemDataRole.EditRole) -> bool:
        layer = self.layer_at(index.row()) if index.isValid() else None
        if layer is None:
            return False
        if role == Qt.ItemDataRole.CheckStateRole:
            checked = value == Qt.CheckState.Checked or value == Qt.CheckState.Checked.value or value is True
            layer.visible = bool(checked)
            return True
        if role == Qt.ItemDataRole.EditRole:
            text = str(value).strip()
            if not text:
                return False
            layer.name = text
            return True
        return False

    def flags(self, index: QModelIndex | QPersistentModelIndex) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.ItemIsDropEnabled
        return (Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable | Qt.ItemFlag.ItemIsEditable
                | Qt.ItemFlag.ItemIsUserCheckable | Qt.ItemFlag.ItemIsDragEnabled)

    def supportedDropActions(self) -> Qt.DropAction:
        return Qt.DropAction.MoveAction

    def supportedDragActions(self) -> Qt.DropAction:
        return Qt.DropAction.MoveAction

    def moveRows(self, sourceParent: QModelIndex | QPersistentModelIndex, sourceRow: int, count: int,
                 destinationParent: QModelIndex | QPersistentModelIndex, destinationChild: int) -> bool:
        """Move rows by moving layers in the list (the list's events drive begin/endMoveRows)."""
        if sourceParent.isValid() or destinationParent.isValid() or count < 1:
            return False
        n = len(self._layers)
        if not (0 <= sourceRow and sourceRow + count <= n and 0 <= destinationChild <= n):
            return False
        if sourceRow <= destinationChild <= sourceRow + count:
            return True  # onto itself: nothing to do
        view = [self.layer_at(r) for r in range(n)]
        moving = view[sourceRow:sourceRow + count]
        rest_before = [v for v in view[:destinationChild] if not any(v is m for m in moving)]
        rest_after = [v for v in view[destinationChild:] if not any(v is m for m in moving)]
        new_list_order = list(reversed(rest_before + moving + rest_after))
        with self._layers.batched_update():
            for i, layer in enumerate(new_list_order):
                cur = next(j for j, v in enumerate(self._layers) if v is layer)
                if cur != i:
                    self._layers.move(cur, i)
        return True


class LayerPanel(Retranslatable, QWidget):
    """The Layers dock: the list, its context menu and a few buttons."""

    zoomToLayerRequested = Signal(str)         # layer id
    attributeTableRequested = Signal(str)      # layer id
    styleRequested = Signal(str)               # layer id
    addDefaultLayersRequested = Signal()

    def __init__(self, layers: LayerList | None = None, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("layerPanel")
        self.view = QListView(self)
        self.view.setObjectName("layerList")
        self.view.setDragDropMode(QAbstractItemView.DragDropMode.InternalMove)
        self.view.setDefaultDropAction(Qt.DropAction.MoveAction)
        self.view.setDragEnabled(True)
        self.view.setAcceptDrops(True)
        self.view.setDropIndicatorShown(True)
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.view.setEditTriggers(QAbstractItemView.EditTrigger.EditKeyPressed
                                  | QAbstractItemView.EditTrigger.SelectedClicked)
        self.view.setIconSize(QSize(20, 20))
        self.view.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.view.customContextMenuRequested.connect(self._context_menu)
        self.view.doubleClicked.connect(self._on_double_clicked)

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
        self.addActions([self.rename_action, self.remove_action])

        self.model: LayerListModel | None = None
        self._layers: LayerList | None = None
        self._syncing = False
        self.retranslate()
        if layers is not None:
            self.set_layers(layers)

    # -- binding --------------------------------------------------------------------------------------
    def set_layers(self, layers: LayerList | None) -> None:
        if self._layers is not None:
            self._layers.selection.events.active.disconnect(self._on_active_changed)
            self._layers.selection.events.items_changed.disconnect(self._on_list_selection_changed)
        if self.model is not None:
            self.model.disconnect_model()
            self.view.setModel(None)
            self.model.deleteLater()
            self.model = None
        self._layers = layers
        if layers is None:
            return
        self.model = LayerListModel(layers, self)
        self.view.setModel(self.model)
        self.view.selectionModel().currentChanged.connect(self._on_current_changed)
        self.view.selectionModel().selectionChanged.connect(self._on_view_selection_changed)
        layers.selection.events.active.connect(self._on_active_changed)
        layers.selection.events.items_changed.connect(self._on_list_selection_changed)
        self._on_list_selection_changed()
        self._update_buttons()

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
        self.view.setToolTip(self.tr("Check to show, drag to reorder, F2 to rename, right-click for more"))
        if self.model is not None and self.model.rowCount():
            self.model.dataChanged.emit(self.model.index(0, 0), self.model.index(self.model.rowCount() - 1, 0),
                                        [Qt.ItemDataRole.ToolTipRole])

    # -- selection sync -------------------------------------------------------------------------------
    def current_layer(self) -> Layer | None:
        if self.model is None:
            return None
        idx = self.view.currentIndex()
        return self.model.layer_at(idx.row()) if idx.isValid() else None

    def selected_layers(self) -> list[Layer]:
        if self.model is None:
            return []
        rows = sorted({i.row() for i in self.view.selectionModel().selectedRows()})
        return [v for v in (self.model.layer_at(r) for r in rows) if v is not None]

    def _on_current_changed(self, current: QModelIndex, previous: QModelIndex) -> None:
        if self._syncing or self.model is None or self._layers is None:
            return
        layer = self.model.layer_at(current.row()) if current.isValid() else None
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
            idx = self.model.index_of_layer(layer) if layer is not None else QModelIndex()
            if idx.isValid():
                self.view.selectionModel().setCurrentIndex(
                    idx, QItemSelectionModel.SelectionFlag.ClearAndSelect)
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
                idx = self.model.index_of_layer(v)
                if idx.isValid():
                    selection.select(idx, idx)
            self.view.selectionModel().select(selection, QItemSelectionModel.SelectionFlag.ClearAndSelect)
            active = self._layers.selection.active
            if active is not None:
                idx = self.model.index_of_layer(active)
                if idx.isValid():
                    self.view.selectionModel().setCurrentIndex(idx, QItemSelectionModel.SelectionFlag.NoUpdate)
        finally:
            self._syncing = False
        self._update_buttons()

    def _update_buttons(self) -> None:
        layer = self.current_layer()
        has = layer is not None
        self.zoom_button.setEnabled(has)
        self.remove_button.setEnabled(has)
        n = len(self._layers) if self._layers is not None else 0
        row = self.view.currentIndex().row() if has else -1
        self.up_button.setEnabled(has and row > 0)
        self.down_button.setEnabled(has and 0 <= row < n - 1)

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
        """Ask before removing the selected layers (their styles go with them; the data stays in the project)."""
        doomed = self.selected_layers() or ([self.current_layer()] if self.current_layer() else [])
        if not doomed or self._layers is None:
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
        """Move the current layer up (+1, drawn later/on top) or down (-1) in the view."""
        layer = self.current_layer()
        if layer is None or self._layers is None:
            return
        i = self._layers.index(layer)
        if step > 0 and i < len(self._layers) - 1:
            self._layers.move(i, i + 2)
        elif step < 0 and i > 0:
            self._layers.move(i, i - 1)
        self._on_active_changed(layer)

    def _on_double_clicked(self, index: QModelIndex) -> None:
        if self.model is None:
            return
        layer = self.model.layer_at(index.row())
        if layer is not None:
            self.styleRequested.emit(layer.id)

    def _context_menu(self, pos: QPoint) -> None:
        if self.model is None:
            return
        idx = self.view.indexAt(pos)
        menu = QMenu(self)
        layer = self.model.layer_at(idx.row()) if idx.isValid() else None
        if layer is not None:
            menu.addAction(self.tr("Zoom to layer"), lambda: self.zoomToLayerRequested.emit(layer.id))
            if layer.has_features:
                menu.addAction(self.tr("Open attribute table"), lambda: self.attributeTableRequested.emit(layer.id))
            menu.addAction(self.tr("Style…"), lambda: self.styleRequested.emit(layer.id))
            menu.addSeparator()
            vis = menu.addAction(self.tr("Visible"))
            vis.setCheckable(True)
            vis.setChecked(layer.visible)
            vis.toggled.connect(lambda on: setattr(layer, "visible", on))
            menu.addAction(self.rename_action)
            menu.addAction(self.remove_action)
            menu.addSeparator()
        menu.addAction(self.tr("Add default layers for data without a layer"), self.addDefaultLayersRequested.emit)
        menu.exec(self.view.viewport().mapToGlobal(pos))
        menu.deleteLater()
