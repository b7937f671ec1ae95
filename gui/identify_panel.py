"""The Identify dock: everything about one feature, as a tree; for several selected features a summary
(count, sum, minimum and maximum of the numeric attributes, total area) and their list
(:mod:`gui.selection_summary`; double-click a listed feature to identify it).

Sections: the attributes (coded values shown as "label (code)"), the other PLATEAU attributes kept as JSON,
the location (lat/lon, area, length), and one section per Identify extra the layer's theme declares
(``identify()["extras"]``, titled with the extra's label, e.g. a building's disaster-risk records). Extras are
shown as nested rows; those with a nicer form (:data:`EXTRA_RENDERERS`: the PLATEAU ``risks`` and
``surfaces``) get it. Values can be copied (context menu or Ctrl+C).
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import (QAbstractItemModel, QModelIndex, QPersistentModelIndex, QPoint, Qt,
                            Signal)
from PySide6.QtGui import QGuiApplication, QKeySequence, QShortcut
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QLabel, QMenu, QTreeView, QVBoxLayout, QWidget

from gui.fields import field_label, format_value, risk_type_label, ui_language
from gui.messages import error_text
from gui.qt_helpers import Retranslatable, bold_font, read_only_flags
from twin import themes

KEY_ROLE = Qt.ItemDataRole.UserRole + 1


class Node:
    """One row of the identify tree: a label, a value, children."""

    __slots__ = ("label", "value", "key", "tooltip", "bold", "children", "parent")

    def __init__(self, label: str = "", value: str = "", key: str | None = None, tooltip: str | None = None,
                 bold: bool = False, parent: "Node | None" = None):
        self.label = label
        self.value = value
        self.key = key or label
        self.tooltip = tooltip
        self.bold = bold
        self.children: list[Node] = []
        self.parent = parent

    def add(self, node: "Node") -> "Node":
        node.parent = self
        self.children.append(node)
        return node

    def row(self) -> int:
        return 0 if self.parent is None else self.parent.children.index(self)

    def walk(self):
        for c in self.children:
            yield c
            yield from c.walk()


class IdentifyTreeModel(QAbstractItemModel):
    """Read-only two-column tree (attribute, value) over :class:`Node` objects."""

    def __init__(self, parent=None):
        super().__init__(parent)
        self.root = Node()
        self._headers = ["", ""]

    def set_root(self, root: Node) -> None:
        self.beginResetModel()
        self.root = root
        self.endResetModel()

    def set_headers(self, a: str, b: str) -> None:
        self._headers = [a, b]
        self.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, 1)

    def node(self, index: QModelIndex | QPersistentModelIndex) -> Node:
        return index.internalPointer() if index.isValid() else self.root

    def index(self, row: int, column: int, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> QModelIndex:  # noqa: B008
        if column < 0 or column > 1 or row < 0 or (parent.isValid() and parent.column() != 0):
            return QModelIndex()
        p = self.node(parent)
        if row >= len(p.children):
            return QModelIndex()
        return self.createIndex(row, column, p.children[row])

    def parent(self, index: QModelIndex | QPersistentModelIndex = QModelIndex()) -> QModelIndex:  # noqa: B008
        if not index.isValid():
            return QModelIndex()
        p = index.internalPointer().parent
        if p is None or p is self.root:
            return QModelIndex()
        return self.createIndex(p.row(), 0, p)

    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008
        if parent.isValid() and parent.column() != 0:
            return 0
        return len(self.node(parent).children)

    def columnCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 2

    def data(self, index: QModelIndex | QPersistentModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        n: Node = index.internalPointer()
        if role == Qt.ItemDataRole.DisplayRole:
            return n.label if index.column() == 0 else n.value
        if role == Qt.ItemDataRole.ToolTipRole:
            return n.key if index.column() == 0 else (n.tooltip or n.value or None)
        if role == Qt.ItemDataRole.FontRole and n.bold:
            return bold_font()
        if role == KEY_ROLE:
            return n.key
        return None

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole and 0 <= section < 2:
            return self._headers[section]
        return None

    def flags(self, index: QModelIndex | QPersistentModelIndex) -> Qt.ItemFlag:
        return read_only_flags(index)


class IdentifyPanel(Retranslatable, QWidget):
    """Shows :meth:`TwinDocument.identify` for the picked feature."""

    zoomToFeatureRequested = Signal(str, int)

    def __init__(self, document=None, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("identifyPanel")
        self._document = None
        self._current: tuple[str, int] | None = None
        self._info: dict[str, Any] | None = None
        self._summary: tuple[str, frozenset] | None = None   # (layer id, ids) of the summary shown
        self.header = QLabel(self)
        self.header.setObjectName("identifyHeader")
        self.header.setWordWrap(True)
        self.header.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.model = IdentifyTreeModel(self)
        self.tree = QTreeView(self)
        self.tree.setObjectName("identifyTree")
        self.tree.setModel(self.model)
        self.tree.setAlternatingRowColors(True)
        self.tree.setUniformRowHeights(True)
        self.tree.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.tree.header().setSectionResizeMode(0, QHeaderView.ResizeMode.Interactive)
        self.tree.header().setStretchLastSection(True)
        self.tree.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.tree.customContextMenuRequested.connect(self._context_menu)
        self.tree.doubleClicked.connect(self._on_double_clicked)
        QShortcut(QKeySequence(QKeySequence.StandardKey.Copy), self.tree, self.copy_selected,
                  context=Qt.ShortcutContext.WidgetShortcut)
        lay = QVBoxLayout(self)
        lay.setContentsMargins(4, 4, 4, 4)
        lay.addWidget(self.header)
        lay.addWidget(self.tree, 1)
        self.retranslate()
        self.set_document(document)

    # -- binding ------------------------------------------------------------------------------------
    def set_document(self, document) -> None:
        if self._document is not None:
            self._document.selection.changed.disconnect(self._on_selection_changed)
            self._document.layers.events.removed.disconnect(self._on_layer_removed)
        self._document = document
        self.clear()
        if document is not None:
            document.selection.changed.connect(self._on_selection_changed)
            document.layers.events.removed.connect(self._on_layer_removed)

    def closeEvent(self, event) -> None:  # noqa: N802
        self.set_document(None)
        super().closeEvent(event)

    def _on_layer_removed(self, index: int, layer) -> None:
        if self._current and self._current[0] == layer.id:
            self.clear()

    def _on_selection_changed(self, layer_id: str, ids, origin: str) -> None:
        """A single selected feature is identified, several are summarised, whoever selected them."""
        if origin == "identify":
            return
        if len(ids) == 1:
            self.show_feature(layer_id, next(iter(ids)))
        elif len(ids) > 1:
            self.show_summary(layer_id, ids)
        elif (self._current and self._current[0] == layer_id) or (self._summary and self._summary[0] == layer_id):
            self.clear()

    @property
    def current(self) -> tuple[str, int] | None:
        return self._current

    @property
    def info(self) -> dict[str, Any] | None:
        return self._info

    @property
    def summary(self) -> tuple[str, frozenset] | None:
        """(layer id, feature ids) when a summary of several features is shown."""
        return self._summary

    # -- language -----------------------------------------------------------------------------------
    def retranslate(self) -> None:
        self.model.set_headers(self.tr("Attribute"), self.tr("Value"))
        if self._current is not None:
            self.show_feature(*self._current)
        elif self._summary is not None:
            self.show_summary(*self._summary)
        else:
            self.clear()

    # -- content ------------------------------------------------------------------------------------
    def clear(self) -> None:
        self._current = None
        self._info = None
        self._summary = None
        self.model.set_root(Node())
        self.header.setText(self.tr("Click a building or road in the 3D view to see everything about it."))

    def show_feature(self, layer_id: str, feature_id: int) -> bool:
        """Identify one feature; False (and a message in the panel) if it cannot be read."""
        doc = self._document
        if doc is None:
            return False
        layer = doc.layers.get(layer_id)
        if layer is None:
            self.clear()
            return False
        try:
            info = doc.identify(layer, int(feature_id))
        except Exception as exc:  # noqa: BLE001 - e.g. the feature was removed by a re-import
            self.clear()
            self.header.setText(error_text(exc))
            return False
        self._current = (layer_id, int(feature_id))
        self._info = info
        self._summary = None
        self._fill(layer, info)
        return True

    def show_summary(self, layer_id: str, ids) -> bool:
        """Summarise several features of a layer: count, numbers, area, and the list of them."""
        from gui.selection_summary import LIST_LIMIT, summarize

        doc = self._document
        layer = doc.layers.get(layer_id) if doc is not None else None
        if layer is None:
            self.clear()
            return False
        try:
            summ = summarize(doc, layer, ids)
        except Exception as exc:  # noqa: BLE001 - e.g. the table was replaced by a re-import
            self.clear()
            self.header.setText(error_text(exc))
            return False
        self._current, self._info, self._summary = None, None, (layer_id, frozenset(int(i) for i in ids))
        self.header.setText(self.tr("<b>{n} features selected</b><br>Layer {layer}").format(
            n=f"{summ.count:,}", layer=_html(layer.name)))
        self._root = Node()
        sec = self._section(self.tr("Summary"))
        self._add(sec, self.tr("Count"), f"{summ.count:,}", raw="count")
        if summ.area_m2:
            self._add(sec, self.tr("Total area (m²)"), round(summ.area_m2, 1), raw="area_m2")
        for st in summ.numbers:
            parts = [self.tr("min {v}").format(v=format_value(st.minimum)),
                     self.tr("max {v}").format(v=format_value(st.maximum)),
                     self.tr("mean {v}").format(v=format_value(round(st.mean, 2)))]
            if st.total is not None:
                parts.insert(0, self.tr("sum {v}").format(v=format_value(round(st.total, 2))))
            if st.count < summ.count:
                parts.append(self.tr("{n} with a value").format(n=f"{st.count:,}"))
            self._add(sec, field_label(st.column), " · ".join(parts), raw=st.column)
        listed = self._section(self.tr("Features ({n})").format(n=f"{summ.count:,}"))
        for fid, name in summ.features:
            listed.add(Node(name or f"#{fid}", str(fid), f"feature:{fid}",
                            self.tr("Double-click to see everything about this feature")))
        if summ.count > LIST_LIMIT:
            self._add(listed, self.tr("… {n} more").format(n=f"{summ.count - LIST_LIMIT:,}"), "")
        self.model.set_root(self._root)
        for node in (sec, listed):
            self.tree.expand(self.model.createIndex(node.row(), 0, node))
        self.tree.resizeColumnToContents(0)
        return True

    def _on_double_clicked(self, index: QModelIndex) -> None:
        key = self.model.node(index).key or ""
        if key.startswith("feature:") and self._summary is not None:
            self.show_feature(self._summary[0], int(key.split(":", 1)[1]))

    def _add(self, parent: Node, key: str, value: Any, tooltip: str | None = None,
             raw: str | None = None) -> Node:
        return parent.add(Node(key, format_value(value, max_chars=500), raw or key,
                               tooltip or format_value(value, max_chars=4000)))

    def _section(self, title: str) -> Node:
        return self._root.add(Node(title, "", title, bold=True))

    def _source_label(self, source_id: int) -> str:
        """'3: 54363288_bldg_6697_op.gml' — which import a feature came from, by its file or folder name."""
        try:
            paths = {int(r["id"]): r["path"] for r in self._document.store.sources()}
        except Exception:  # noqa: BLE001 - an old or foreign project: the id alone
            paths = {}
        path = paths.get(source_id)
        return f"{source_id}: {Path(path).name}" if path else str(source_id)

    def _add_nested(self, parent: Node, key: str, value: Any) -> None:
        if isinstance(value, dict):
            # one-line summary of the plain values (e.g. key_values: "key: 104, codeValue: 1"), details below
            summary = ", ".join(f"{k}: {format_value(v)}" for k, v in value.items() if not isinstance(v, (dict, list)))
            node = self._add(parent, key, summary)
            for k, v in value.items():
                self._add_nested(node, str(k), v)
        elif isinstance(value, list) and value and all(isinstance(v, (dict, list)) for v in value):
            node = self._add(parent, key, self.tr("{n} entries").format(n=len(value)))
            for i, v in enumerate(value, 1):
                self._add_nested(node, f"{key} [{i}]", v)
        else:
            self._add(parent, key, value)

    def _fill(self, layer, info: dict[str, Any]) -> None:
        self._root = Node()
        expand: list[Node] = []
        attrs: dict[str, Any] = dict(info.get("attributes") or {})
        codes: dict[str, dict[str, Any]] = dict(info.get("codes") or {})
        title = attrs.get("name") or attrs.get("building_id") or attrs.get("gml_id") or info.get("feature_id")
        self.header.setText(self.tr("<b>{title}</b><br>Layer {layer}, feature {fid}").format(
            title=_html(str(title)), layer=_html(layer.name), fid=info.get("feature_id")))

        main = self._section(self.tr("Attributes"))
        skip = {f"{k}_code" for k in codes}
        for key, value in attrs.items():
            if key in skip or key == "attributes":
                continue
            label = field_label(key)
            if key in codes:
                code = codes[key].get("code")
                shown = codes[key].get("label")
                text = (f"{shown} ({code})" if shown not in (None, "") and code not in (None, "")
                        else (shown if shown not in (None, "") else code))
                self._add(main, label, text, raw=key)
            elif key == "source_id" and value is not None:
                self._add(main, label, self._source_label(int(value)), raw=key)
            else:
                self._add(main, label, value, raw=key)
        expand.append(main)

        extra = attrs.get("attributes")
        if isinstance(extra, dict) and extra:
            other = self._section(self.tr("Other PLATEAU attributes"))
            for k, v in extra.items():
                self._add_nested(other, str(k), v)
            expand.append(other)

        geom = info.get("geometry") or {}
        if geom:
            loc = self._section(self.tr("Location"))
            latlon = geom.get("latlon")
            if latlon:
                self._add(loc, self.tr("Latitude, longitude"), f"{latlon[0]:.6f}, {latlon[1]:.6f}")
            if geom.get("type"):
                self._add(loc, self.tr("Geometry"), geom.get("type"))
            area = geom.get("area_m2")
            if area:
                label = self.tr("Footprint area (m²)") if geom.get("column") == "footprint" else self.tr("Area (m²)")
                self._add(loc, label, round(float(area), 1))
            length = geom.get("length_m")
            if length and not area:
                self._add(loc, self.tr("Length (m)"), round(float(length), 1))
            expand.append(loc)

        titles = {e.key: e.label.text(ui_language()) for e in themes.identify_extras(layer.kind)}
        for key, value in (info.get("extras") or {}).items():
            title = titles.get(key, field_label(key))
            render = EXTRA_RENDERERS.get(key)
            if render is not None:
                expand.extend(render(self, title, value))
            else:
                sec = self._section(title)
                if isinstance(value, list):
                    for i, v in enumerate(value, 1):
                        self._add_nested(sec, f"{title} [{i}]" if isinstance(v, (dict, list)) else str(i), v)
                elif isinstance(value, dict):
                    for k, v in value.items():
                        self._add_nested(sec, field_label(str(k)), v)
                else:
                    self._add(sec, title, value)
                expand.append(sec)
        self.model.set_root(self._root)
        for node in expand:
            self.tree.expand(self.model.createIndex(node.row(), 0, node))
        self.tree.resizeColumnToContents(0)

    def _fill_risks(self, title: str, risks: Any) -> list[Node]:
        """Disaster-risk records: one row per record ("River flooding  動橋川 — rank  1.2 m deep"), details below."""
        risks = list(risks or [])
        sec = self._section(f"{title} ({len(risks)})")
        if not risks:
            self._add(sec, self.tr("None recorded"), "")
        for r in risks:
            kind = risk_type_label(str(r.get("risk_type", "")))
            parts = [p for p in (r.get("description"), r.get("rank")) if p not in (None, "")]
            depth = r.get("depth_m")
            summary = " — ".join(str(p) for p in parts)
            if depth is not None:
                summary += ("  " if summary else "") + self.tr("{depth} m deep").format(depth=format_value(depth))
            node = self._add(sec, kind, summary)
            for k, v in r.items():
                if v in (None, "") or k.endswith("_code") and k[:-5] in r and r[k[:-5]] not in (None, ""):
                    continue
                if k == "risk_type":
                    continue
                code = r.get(f"{k}_code")
                text = f"{v} ({code})" if code not in (None, "") and code != v else v
                self._add(node, field_label(k), text, raw=k)
        return [sec, *sec.children]

    def _fill_surfaces(self, title: str, surf: Any) -> list[Node]:
        """Polygon counts of a building's LOD1 and LOD2 shapes, LOD2 by surface type."""
        if not surf:
            return []
        sec = self._section(title)
        self._add(sec, self.tr("LOD1 polygons"), surf.get("lod1", 0))
        self._add(sec, self.tr("LOD2 polygons"), surf.get("lod2", 0))
        for t, n in (surf.get("lod2_by_type") or {}).items():
            self._add(sec, f"  {t}", n)
        return []

    # -- lookup (tests, copy) -----------------------------------------------------------------------
    def value_of(self, label: str) -> str | None:
        """Text shown next to ``label`` or the column ``label`` (first match, any depth)."""
        for n in self.model.root.walk():
            if n.label == label or n.key == label:
                return n.value
        return None

    def all_text(self) -> str:
        lines = [self.header.text()]

        def walk(node: Node, depth: int) -> None:
            lines.append("  " * depth + (f"{node.label}\t{node.value}" if node.value else node.label))
            for c in node.children:
                walk(c, depth + 1)

        for c in self.model.root.children:
            walk(c, 0)
        return "\n".join(lines)

    def copy_selected(self) -> None:
        rows = [i for i in self.tree.selectionModel().selectedRows(0)]
        nodes = [self.model.node(i) for i in rows]
        text = "\n".join(f"{n.label}\t{n.value}" for n in nodes) if nodes else self.all_text()
        QGuiApplication.clipboard().setText(text)

    def _context_menu(self, pos: QPoint) -> None:
        menu = QMenu(self)
        menu.addAction(self.tr("Copy"), self.copy_selected)
        menu.addAction(self.tr("Copy everything"), lambda: QGuiApplication.clipboard().setText(self.all_text()))
        if self._current is not None:
            layer_id, fid = self._current
            menu.addSeparator()
            menu.addAction(self.tr("Zoom to feature"), lambda: self.zoomToFeatureRequested.emit(layer_id, fid))
        menu.exec(self.tree.viewport().mapToGlobal(pos))
        menu.deleteLater()


#: Identify extras (by key) shown in a form of their own rather than as nested rows; each returns the nodes to
#: expand
EXTRA_RENDERERS = {"risks": IdentifyPanel._fill_risks, "surfaces": IdentifyPanel._fill_surfaces}


def _html(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
