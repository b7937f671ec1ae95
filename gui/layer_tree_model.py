"""A Qt item model over the layer tree (:class:`twin.layertree.LayerTree`): groups with their layers, and the layers
outside any group, top first (as QGIS shows them).

The model keeps a light snapshot of the tree's shape (which group or layer is in which row) and, whenever the
layer list or the tree changes, brings the snapshot to the new shape through the matching
``begin/endRemoveRows`` / ``begin/endMoveRows`` / ``begin/endInsertRows`` calls (a replaced layer is a
``dataChanged``), so views keep their selection and expanded state and every intermediate state is consistent.
Indexes carry a node number (``internalId``), never a Python pointer.

Edits go to the model objects: checking a layer sets ``layer.visible``, checking a group
``tree.set_group_visible``; editing renames; dragging (or :meth:`LayerTreeModel.moveRows`) moves layers between
groups (``tree.assign``) and reorders the layer list, groups move as a whole.
"""

from __future__ import annotations

import itertools
import json
from dataclasses import dataclass, field
from typing import Any

from PySide6.QtCore import QAbstractItemModel, QMimeData, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QColor, QFont

from gui.fields import ui_language
from gui.layer_icons import group_icon, layer_icon
from gui.qt_helpers import Connections
from twin.layer import Layer
from twin.layerlist import LayerList
from twin.layertree import LayerGroup, LayerTree

LAYER_ROLE = Qt.ItemDataRole.UserRole + 1
LAYER_ID_ROLE = Qt.ItemDataRole.UserRole + 2
GROUP_ROLE = Qt.ItemDataRole.UserRole + 3
MIME_TYPE = "application/x-kaga-twin-layer-tree"

Index = QModelIndex | QPersistentModelIndex
Item = Layer | LayerGroup

_LAYER_ROLES = {
    "name": [Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.EditRole, Qt.ItemDataRole.ToolTipRole],
    "visible": [Qt.ItemDataRole.CheckStateRole, Qt.ItemDataRole.ForegroundRole],
    "style": [Qt.ItemDataRole.DecorationRole],
    "opacity": [Qt.ItemDataRole.ToolTipRole],
    "source": [Qt.ItemDataRole.ToolTipRole],
}


@dataclass(eq=False)
class _Node:
    uid: int
    obj: Item | None
    parent: "_Node | None" = None
    children: list["_Node"] = field(default_factory=list)


class LayerTreeModel(QAbstractItemModel):
    """Rows: the tree's top-level entries (groups and ungrouped layers), top first; a group's children are its
    layers, top first. One column. See the module docstring."""

    def __init__(self, tree: LayerTree | LayerList, parent=None):
        super().__init__(parent)
        self._tree = tree if isinstance(tree, LayerTree) else LayerTree(tree)
        self._uids = itertools.count(1)
        self._root = _Node(0, None)
        self._nodes: dict[int, _Node] = {}
        self._sync()
        lev, tev = self._tree.layers.events, self._tree.events
        self._links = Connections([
            (lev.inserted, self._sync), (lev.removed, self._sync), (lev.moved, self._sync),
            (lev.changed, self._sync), (lev.reordered, self._sync), (lev.child_event, self._on_child_event),
            (tev.changed, self._on_tree_changed), (tev.visibility, self._on_visibility)]).connect()

    def disconnect_model(self) -> None:
        """Stop following the tree (before the model is dropped)."""
        self._links.disconnect()

    @property
    def tree(self) -> LayerTree:
        return self._tree

    @property
    def layers(self) -> LayerList:
        return self._tree.layers

    # -- nodes and indexes ------------------------------------------------------------------------------
    def _node(self, index: Index) -> _Node:
        if not index.isValid():
            return self._root
        return self._nodes.get(int(index.internalId()), self._root)

    def _index_of_node(self, node: _Node) -> QModelIndex:
        if node is self._root or node.parent is None:
            return QModelIndex()
        return self.createIndex(node.parent.children.index(node), 0, node.uid)

    def item(self, index: Index) -> Item | None:
        """The layer or group at ``index`` (None for the root)."""
        return self._node(index).obj if index.isValid() else None

    def layer_at_index(self, index: Index) -> Layer | None:
        obj = self.item(index)
        return obj if isinstance(obj, Layer) else None

    def group_at_index(self, index: Index) -> LayerGroup | None:
        obj = self.item(index)
        return obj if isinstance(obj, LayerGroup) else None

    def index_of(self, obj: Item | None) -> QModelIndex:
        """The index of a layer or group (invalid if it is not shown)."""
        if obj is None:
            return QModelIndex()
        for node in self._nodes.values():
            if node.obj is obj:
                return self._index_of_node(node)
        return QModelIndex()

    def siblings(self, index: Index) -> int:
        """How many rows share ``index``'s parent."""
        return self.rowCount(self.parent(index)) if index.isValid() else 0

    # -- following the tree ---------------------------------------------------------------------------------
    def _desired(self) -> list[tuple[Item, list[Layer]]]:
        return [(g if g is not None else layers[0], layers if g is not None else [])
                for g, layers in self._tree.rows()]

    def _sync(self, *args: Any) -> None:
        """Bring the snapshot to the tree's current shape, telling the views each step."""
        desired = self._desired()
        self._sync_children(self._root, [obj for obj, _ in desired])
        children = {id(obj): layers for obj, layers in desired}
        for node in list(self._root.children):
            if isinstance(node.obj, LayerGroup):
                self._sync_children(node, children.get(id(node.obj), []))

    def _new_node(self, obj: Item, parent: _Node) -> _Node:
        node = _Node(next(self._uids), obj, parent)
        self._nodes[node.uid] = node
        return node

    def _forget(self, node: _Node) -> None:
        for c in node.children:
            self._forget(c)
        self._nodes.pop(node.uid, None)

    def _sync_children(self, parent: _Node, want: list[Item]) -> None:
        pidx = self._index_of_node(parent)
        cur = parent.children
        want_ids = {id(o) for o in want}
        have_ids = {id(n.obj) for n in cur}
        # a layer replaced in place (layers[i] = new) keeps its row
        for i, obj in enumerate(want):
            if i < len(cur) and isinstance(obj, Layer) and isinstance(cur[i].obj, Layer) \
                    and id(cur[i].obj) not in want_ids and id(obj) not in have_ids:
                have_ids.discard(id(cur[i].obj))
                cur[i].obj = obj
                have_ids.add(id(obj))
                idx = self.index(i, 0, pidx)
                self.dataChanged.emit(idx, idx)
        for i in reversed(range(len(cur))):
            if id(cur[i].obj) not in want_ids:
                self.beginRemoveRows(pidx, i, i)
                self._forget(cur.pop(i))
                self.endRemoveRows()
        for i, obj in enumerate(want):
            if i < len(cur) and cur[i].obj is obj:
                continue
            j = next((k for k in range(i + 1, len(cur)) if cur[k].obj is obj), -1)
            if j >= 0:
                self.beginMoveRows(pidx, j, j, pidx, i)
                cur.insert(i, cur.pop(j))
                self.endMoveRows()
            else:
                self.beginInsertRows(pidx, i, i)
                cur.insert(i, self._new_node(obj, parent))
                self.endInsertRows()

    def _on_tree_changed(self, *args: Any) -> None:
        self._sync()
        for row, node in enumerate(self._root.children):     # renamed or re-checked groups
            if isinstance(node.obj, LayerGroup):
                idx = self.index(row, 0)
                self.dataChanged.emit(idx, idx)

    def _on_visibility(self, layer_ids: tuple[str, ...]) -> None:
        ids = set(layer_ids)
        for node in list(self._nodes.values()):
            if isinstance(node.obj, Layer) and node.obj.id in ids:
                idx = self._index_of_node(node)
                self.dataChanged.emit(idx, idx, [Qt.ItemDataRole.ForegroundRole, Qt.ItemDataRole.ToolTipRole])

    def _on_child_event(self, info: Any) -> None:
        try:
            layer = self.layers[info.path[0].index]
            roles = _LAYER_ROLES.get(info.signal.name)
        except (AttributeError, IndexError, TypeError):
            return
        if roles is None:
            return
        idx = self.index_of(layer)
        if idx.isValid():
            self.dataChanged.emit(idx, idx, roles)

    def refresh_texts(self) -> None:
        """Every row's texts may have changed (the UI language): tell the views."""
        parents = [QModelIndex()] + [self.index(r, 0) for r in range(self.rowCount())]
        for p in parents:
            n = self.rowCount(p)
            if n:
                self.dataChanged.emit(self.index(0, 0, p), self.index(n - 1, 0, p),
                                      [Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole])

    # -- Qt model API -------------------------------------------------------------------------------------
    def index(self, row: int, column: int, parent: Index = QModelIndex()) -> QModelIndex:  # noqa: B008
        if column != 0 or row < 0 or (parent.isValid() and parent.column() != 0):
            return QModelIndex()
        p = self._node(parent)
        if parent.isValid() and p is self._root:
            return QModelIndex()
        if row >= len(p.children):
            return QModelIndex()
        return self.createIndex(row, 0, p.children[row].uid)

    def parent(self, index: Index = QModelIndex()) -> QModelIndex:  # noqa: B008
        if not index.isValid():
            return QModelIndex()
        node = self._node(index)
        return self._index_of_node(node.parent) if node.parent is not None else QModelIndex()

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        if parent.isValid() and parent.column() != 0:
            return 0
        node = self._node(parent)
        if parent.isValid() and node is self._root:
            return 0
        return len(node.children)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 1

    def hasChildren(self, parent: Index = QModelIndex()) -> bool:  # noqa: B008
        return self.rowCount(parent) > 0

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        obj = self.item(index)
        if isinstance(obj, Layer):
            return self._layer_data(obj, role)
        if isinstance(obj, LayerGroup):
            return self._group_data(obj, role)
        return None

    def _layer_data(self, layer: Layer, role: int) -> Any:
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.EditRole):
            return layer.name
        if role == Qt.ItemDataRole.CheckStateRole:
            return Qt.CheckState.Checked if layer.visible else Qt.CheckState.Unchecked
        if role == Qt.ItemDataRole.DecorationRole:
            return layer_icon(layer)
        if role == Qt.ItemDataRole.ForegroundRole and layer.visible and not self._tree.is_shown(layer):
            return QColor("#8a8a8a")        # checked, but its group is hidden
        if role == Qt.ItemDataRole.ToolTipRole:
            text = self.tr("{name}\nKind: {kind}\nSource: {source}\nOpacity: {opacity} %").format(
                name=layer.name, kind=layer.spec.label.text(ui_language()), source=layer.source or "—",
                opacity=round(layer.opacity * 100))
            if layer.visible and not self._tree.is_shown(layer):
                text += "\n" + self.tr("Hidden with its group")
            return text
        if role == LAYER_ROLE:
            return layer
        if role == LAYER_ID_ROLE:
            return layer.id
        return None

    def _group_data(self, group: LayerGroup, role: int) -> Any:
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.EditRole):
            return group.name
        if role == Qt.ItemDataRole.CheckStateRole:
            return Qt.CheckState.Checked if group.visible else Qt.CheckState.Unchecked
        if role == Qt.ItemDataRole.DecorationRole:
            return group_icon(open_=group.expanded)
        if role == Qt.ItemDataRole.FontRole:
            f = QFont()
            f.setBold(True)
            return f
        if role == Qt.ItemDataRole.ToolTipRole:
            return self.tr("Group {name}: {n} layers").format(name=group.name, n=len(self._tree.layers_of(group)))
        if role == GROUP_ROLE:
            return group
        return None

    def setData(self, index: Index, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        obj = self.item(index)
        if obj is None:
            return False
        if role == Qt.ItemDataRole.CheckStateRole:
            on = value in (Qt.CheckState.Checked, Qt.CheckState.Checked.value, True)
            if isinstance(obj, LayerGroup):
                self._tree.set_group_visible(obj, on)
            else:
                obj.visible = on
            return True
        if role == Qt.ItemDataRole.EditRole:
            text = str(value).strip()
            if not text:
                return False
            if isinstance(obj, LayerGroup):
                self._tree.rename_group(obj, text)
            else:
                obj.name = text
            return True
        return False

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.ItemIsDropEnabled
        f = (Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable | Qt.ItemFlag.ItemIsEditable
             | Qt.ItemFlag.ItemIsUserCheckable | Qt.ItemFlag.ItemIsDragEnabled)
        if isinstance(self.item(index), LayerGroup):
            f |= Qt.ItemFlag.ItemIsDropEnabled
        else:
            f |= Qt.ItemFlag.ItemNeverHasChildren
        return f

    # -- moving: drag and drop, moveRows ------------------------------------------------------------------
    def supportedDropActions(self) -> Qt.DropAction:
        return Qt.DropAction.MoveAction

    def supportedDragActions(self) -> Qt.DropAction:
        return Qt.DropAction.MoveAction

    def mimeTypes(self) -> list[str]:
        return [MIME_TYPE]

    def mimeData(self, indexes: list[QModelIndex]) -> QMimeData:
        items = []
        for idx in indexes:
            obj = self.item(idx)
            if isinstance(obj, LayerGroup):
                items.append({"group": obj.id})
            elif isinstance(obj, Layer):
                items.append({"layer": obj.id})
        data = QMimeData()
        data.setData(MIME_TYPE, json.dumps(items).encode())
        return data

    def _decode(self, data: QMimeData) -> list[Item]:
        if data is None or not data.hasFormat(MIME_TYPE):
            return []
        try:
            items = json.loads(bytes(data.data(MIME_TYPE)).decode())
        except ValueError:
            return []
        out: list[Item] = []
        for it in items:
            obj = self._tree.group(it["group"]) if "group" in it else self.layers.get(it.get("layer", ""))
            if obj is not None and obj not in out:
                out.append(obj)
        return out

    def canDropMimeData(self, data: QMimeData, action: Qt.DropAction, row: int, column: int,
                        parent: Index) -> bool:
        items = self._decode(data)
        return bool(items) and self._can_move(items, self._target_group(parent))

    def dropMimeData(self, data: QMimeData, action: Qt.DropAction, row: int, column: int, parent: Index) -> bool:
        if action == Qt.DropAction.IgnoreAction:
            return True
        items = self._decode(data)
        target = self._target_group(parent)
        if not items or not self._can_move(items, target):
            return False
        if row < 0:     # dropped onto a group: to its top; onto empty space: to the bottom
            row = 0 if target is not None else self.rowCount()
        self.move_items(items, target, row)
        return True

    def moveRows(self, sourceParent: Index, sourceRow: int, count: int, destinationParent: Index,
                 destinationChild: int) -> bool:
        """Move rows (to another group too) by moving the layers and groups in the model objects."""
        n = self.rowCount(sourceParent)
        if count < 1 or sourceRow < 0 or sourceRow + count > n or destinationChild < 0 \
                or destinationChild > self.rowCount(destinationParent):
            return False
        items = [self.item(self.index(r, 0, sourceParent)) for r in range(sourceRow, sourceRow + count)]
        target = self._target_group(destinationParent)
        if destinationParent.isValid() and target is None or not self._can_move(items, target):
            return False
        self.move_items(items, target, destinationChild)
        return True

    def _target_group(self, parent: Index) -> LayerGroup | None:
        return self.group_at_index(parent) if parent.isValid() else None

    @staticmethod
    def _can_move(items: list[Item | None], target: LayerGroup | None) -> bool:
        """Groups only move at the top level (no groups in groups)."""
        return all(i is not None for i in items) and not (target is not None
                                                          and any(isinstance(i, LayerGroup) for i in items))

    def move_items(self, items: list[Item], target: LayerGroup | None, row: int) -> None:
        """Put ``items`` (layers and groups) before row ``row`` of ``target`` (a group, or None: the top level),
        counting rows as they are now. Layers join ``target``'s group; the drawing order follows the panel."""
        tree = self._tree
        top: list[Item] = []
        members: dict[int, list[Layer]] = {}
        for g, layers in tree.rows():
            top.append(g if g is not None else layers[0])
            if g is not None:
                members[id(g)] = list(layers)
        seq = top if target is None else members.setdefault(id(target), [])
        moving = [i for i in items if i is not target]
        at = len([x for x in seq[:row] if not any(x is m for m in moving)])
        top[:] = [x for x in top if not any(x is m for m in moving)]
        for ls in members.values():
            ls[:] = [x for x in ls if not any(x is m for m in moving)]
        seq[at:at] = moving
        with self.layers.batched_update():
            for item in moving:
                if isinstance(item, Layer) and tree.group_of(item) is not target:
                    tree.assign(item, target)
            order: list[Layer] = []
            for entry in reversed(top):
                order.extend(reversed(members.get(id(entry), [])) if isinstance(entry, LayerGroup) else [entry])
            for i, layer in enumerate(order):
                cur = self.layers.index(layer)
                if cur != i:
                    self.layers.move(cur, i)


__all__ = ["GROUP_ROLE", "LAYER_ID_ROLE", "LAYER_ROLE", "LayerTreeModel", "MIME_TYPE"]
