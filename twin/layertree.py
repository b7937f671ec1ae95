"""Layer groups: a tree over the layer list, kept apart from it (as QGIS's ``QgsLayerTree`` sits beside the
project's map layers).

The :class:`~twin.layerlist.LayerList` stays the one list of layers in drawing order. The :class:`LayerTree`
adds named groups (one level, like the theme groups "PLATEAU", "地形", "道路損傷"), each with its own visibility
and expanded state. A layer is shown when its own check box is on and its group's is too
(:meth:`LayerTree.is_shown`): hiding a group keeps its layers' own check states, as in QGIS.

The groups' layers are kept together in the drawing order: :meth:`LayerTree.move_group` and :meth:`normalize`
reorder the layer list so a group's layers are adjacent, with the group where its top layer is.

Events (``tree.events``): ``changed()`` (groups added, removed, renamed, expanded, membership), and
``visibility(layer_ids)`` (the layers whose shown state may have changed).
"""

from __future__ import annotations

import uuid
from collections.abc import Iterator
from dataclasses import dataclass, field
from typing import Any

from twin.events import Signal, SignalGroup
from twin.layer import Layer
from twin.layerlist import LayerList


@dataclass(eq=False)
class LayerGroup:
    """A named group of layers; ``id`` is stable and saved with the project."""

    name: str
    visible: bool = True
    expanded: bool = True
    id: str = field(default_factory=lambda: "g" + uuid.uuid4().hex[:11])


class LayerTreeEvents(SignalGroup):
    changed = Signal()
    visibility = Signal(tuple)


class LayerTree:
    """Groups over ``layers``; see the module docstring."""

    def __init__(self, layers: LayerList):
        self.layers = layers
        self.groups: list[LayerGroup] = []
        self._member: dict[str, str] = {}      # layer id → group id
        self.events = LayerTreeEvents()
        layers.events.removed.connect(self._on_removed)
        layers.events.child_event.connect(self._on_child)

    # -- queries ------------------------------------------------------------------------------------------
    def group(self, key: str) -> LayerGroup | None:
        """A group by id or name."""
        return next((g for g in self.groups if key in (g.id, g.name)), None)

    def group_of(self, layer: Layer) -> LayerGroup | None:
        gid = self._member.get(layer.id)
        return next((g for g in self.groups if g.id == gid), None) if gid else None

    def layers_of(self, group: LayerGroup) -> list[Layer]:
        """The group's layers in drawing order (bottom first)."""
        return [v for v in self.layers if self._member.get(v.id) == group.id]

    def is_shown(self, layer: Layer) -> bool:
        """The layer's own visibility and its group's."""
        g = self.group_of(layer)
        return bool(layer.visible and (g is None or g.visible))

    def rows(self) -> list[tuple[LayerGroup | None, list[Layer]]]:
        """Top-level entries as a panel lists them, **top first**: ``(group, its layers top first)`` for groups,
        ``(None, [layer])`` for layers outside any group. A group stands where its top layer is."""
        out: list[tuple[LayerGroup | None, list[Layer]]] = []
        seen: set[str] = set()
        for layer in reversed(list(self.layers)):
            g = self.group_of(layer)
            if g is None:
                out.append((None, [layer]))
            elif g.id not in seen:
                seen.add(g.id)
                out.append((g, list(reversed(self.layers_of(g)))))
        # empty groups go to the bottom of the panel, in their order
        out += [(g, []) for g in self.groups if g.id not in seen]
        return out

    def __iter__(self) -> Iterator[LayerGroup]:
        return iter(list(self.groups))

    # -- edits ----------------------------------------------------------------------------------------------
    def add_group(self, name: str, *, visible: bool = True, expanded: bool = True) -> LayerGroup:
        """A new group (a group of that name is returned as it is)."""
        existing = self.group(name)
        if existing is not None:
            return existing
        g = LayerGroup(str(name).strip() or "Group", visible, expanded)
        self.groups.append(g)
        self.events.changed.emit()
        return g

    def remove_group(self, group: LayerGroup) -> None:
        """Remove the group; its layers stay, outside any group."""
        ids = tuple(v.id for v in self.layers_of(group))
        for lid in ids:
            self._member.pop(lid, None)
        self.groups = [g for g in self.groups if g is not group]
        self.events.changed.emit()
        if not group.visible:
            self.events.visibility.emit(ids)

    def rename_group(self, group: LayerGroup, name: str) -> None:
        name = str(name).strip()
        if not name:
            raise ValueError("a group needs a name")
        group.name = name
        self.events.changed.emit()

    def set_expanded(self, group: LayerGroup, on: bool) -> None:
        if group.expanded != bool(on):
            group.expanded = bool(on)
            self.events.changed.emit()

    def set_group_visible(self, group: LayerGroup, on: bool) -> None:
        if group.visible == bool(on):
            return
        group.visible = bool(on)
        self.events.changed.emit()
        self.events.visibility.emit(tuple(v.id for v in self.layers_of(group)))

    def assign(self, layer: Layer, group: LayerGroup | None) -> None:
        """Put ``layer`` into ``group`` (None: outside any group); the group's layers are kept adjacent, where its
        top layer is."""
        before = self.group_of(layer)
        if group is None:
            self._member.pop(layer.id, None)
        else:
            if group not in self.groups:
                raise ValueError(f"group {group.name!r} is not in this tree")
            self._member[layer.id] = group.id
            self._keep_together(group)
        self.events.changed.emit()
        if (before is not None and not before.visible) != (group is not None and not group.visible):
            self.events.visibility.emit((layer.id,))

    def move_group(self, group: LayerGroup, top_index: int) -> None:
        """Move the group's layers together so the group is the ``top_index``-th top-level row (0 = top)."""
        rows = [r for r in self.rows() if r[1]]
        rows = [r for r in rows if r[0] is not group]
        mine = (group, list(reversed(self.layers_of(group))))
        top_index = max(0, min(int(top_index), len(rows)))
        rows.insert(top_index, mine)
        self._apply_rows(rows)

    def normalize(self) -> None:
        """Reorder the layer list so each group's layers are adjacent (where the group's top layer is)."""
        self._apply_rows([r for r in self.rows() if r[1]])

    def _keep_together(self, group: LayerGroup) -> None:
        """Make the group's layers adjacent, where its top layer is (the others move up to it)."""
        order = list(self.layers)
        members = [v for v in order if self._member.get(v.id) == group.id]
        idx = [order.index(v) for v in members]
        if len(members) < 2 or max(idx) - min(idx) == len(members) - 1:
            return
        top = order[max(idx)]
        rest = [v for v in order if v not in members or v is top]
        at = rest.index(top)
        self._reorder(rest[:at] + members + rest[at + 1:])

    def _apply_rows(self, rows: list[tuple[LayerGroup | None, list[Layer]]]) -> None:
        order: list[Layer] = []
        for _, layers in reversed(rows):
            order.extend(reversed(layers))
        self._reorder(order)

    def _reorder(self, order: list[Layer]) -> None:
        if [v.id for v in order] == self.layers.ids():
            return
        with self.layers.batched_update():
            for dst, layer in enumerate(order):
                src = self.layers.index(layer)
                if src != dst:
                    self.layers.move(src, dst)
        self.events.changed.emit()

    # -- layer list events ------------------------------------------------------------------------------------
    def _on_removed(self, index: int, layer: Layer) -> None:
        if self._member.pop(layer.id, None) is not None:
            self.events.changed.emit()

    def _on_child(self, info: Any) -> None:
        sig = getattr(info, "signal", None)
        if getattr(sig, "name", None) == "visible":
            try:
                layer = self.layers[info.path[0].index] if info.path else None
            except (IndexError, AttributeError):
                layer = None
            if layer is not None:
                self.events.visibility.emit((layer.id,))

    # -- state ----------------------------------------------------------------------------------------------------
    def to_state(self) -> dict[str, Any]:
        return {"groups": [{"id": g.id, "name": g.name, "visible": g.visible, "expanded": g.expanded}
                           for g in self.groups],
                "members": {lid: gid for lid, gid in self._member.items() if self.layers.get(lid) is not None}}

    def restore(self, state: dict[str, Any] | None) -> list[str]:
        """Inverse of :meth:`to_state`; returns warnings for entries that could not be read (they are dropped)."""
        warnings: list[str] = []
        self.groups, self._member = [], {}
        data = state if isinstance(state, dict) else {}
        for g in data.get("groups") or []:
            try:
                self.groups.append(LayerGroup(str(g["name"]), bool(g.get("visible", True)),
                                              bool(g.get("expanded", True)), str(g["id"])))
            except (KeyError, TypeError) as exc:
                warnings.append(f"saved layer group {g!r} could not be restored: {exc}")
        known = {g.id for g in self.groups}
        for lid, gid in dict(data.get("members") or {}).items():
            if gid in known and self.layers.get(lid) is not None:
                self._member[lid] = gid
        self.events.changed.emit()
        self.events.visibility.emit(tuple(self.layers.ids()))
        return warnings


__all__ = ["LayerGroup", "LayerTree"]
