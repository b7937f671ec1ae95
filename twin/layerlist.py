"""The evented, selectable list of layers.

Order: **index 0 is drawn first (the bottom layer), the last layer is on top**, as in napari. A layer
panel that shows the top layer first (as QGIS does) presents the list reversed.

Events (``layers.events``), from psygnal's ``EventedList``: ``inserting(index)``,
``inserted(index, layer)``, ``removing(index)``, ``removed(index, layer)``, ``moving(src, dst)``,
``moved(src, dst, layer)``, ``changed(index, old, new)``, ``reordered()``, ``child_event(info)``
(every field change of every layer, as a psygnal ``EmissionInfo`` whose ``path[0].index`` is the
layer's index), plus ``begin_batch()`` / ``end_batch()`` around :meth:`LayerList.batched_update`.
Selection (``layers.selection``, a psygnal ``Selection``): ``selection.events.items_changed(added, removed)``
(tuples of layers), ``selection.events.active(layer)`` (the current layer, or None).

Replacing a layer (``layers[i] = new``) emits ``changed(i, old, new)`` with a non-negative index; the new
layer goes through the same checks as an insert (a Layer, not already in the list, id and name unique among
the *other* layers) and takes over the old layer's selection state.

Names are unique: inserting a layer whose name is taken renames it ``"name (2)"``, ``"name (3)"``, …;
renaming a layer to a taken name does the same.
"""

from __future__ import annotations

import contextlib
import operator
import re
from collections.abc import Iterable, Iterator
from typing import Any

from twin.events import ListEvents, SelectableEventedList, Signal
from twin.layer import Layer


class LayerListEvents(ListEvents):
    """``ListEvents`` plus the batch bracket of :meth:`LayerList.batched_update`."""

    begin_batch = Signal()
    end_batch = Signal()


_COUNTER = re.compile(r"^(.*?) \((\d+)\)$")


class LayerList(SelectableEventedList[Layer]):
    """Layers in drawing order, with a selection (the layer panel's current/selected layers)."""

    events: LayerListEvents  # type: ignore[assignment]

    def __init__(self, data: Iterable[Layer] = ()):
        self._batch_level = 0
        self._renaming = False
        self._replacing: Layer | None = None  # the layer being replaced in __setitem__ (not "taken")
        super().__init__(child_events=True)
        # replace the group with one that also has begin_batch/end_batch, before anything connects
        self.events = LayerListEvents(instance=self)
        self.events.removed.connect(self._on_item_removed)
        self.extend(data)

    # -- insertion rules ----------------------------------------------------------------------------------
    def _others(self, exclude: Layer | None = None) -> list[Layer]:
        """The layers of the list except ``exclude`` and the one being replaced."""
        return [v for v in self._data if v is not exclude and v is not self._replacing]

    def _pre_insert(self, value: Layer) -> Layer:
        if not isinstance(value, Layer):
            raise TypeError(f"LayerList holds Layer objects, not {type(value).__name__}")
        others = self._others()
        if any(v is value for v in others):
            raise ValueError(f"layer {value.name!r} is already in the list")
        if any(v.id == value.id for v in others):
            raise ValueError(f"a layer with id {value.id!r} is already in the list")
        name = self.coerce_name(value.name, exclude=value)
        if name != value.name:
            value.name = name
        return value

    def _post_insert(self, new_item: Layer) -> None:
        super()._post_insert(new_item)
        new_item.events.name.connect(self._on_layer_renamed)

    def _pre_remove(self, index: int) -> None:
        self._data[index].events.name.disconnect(self._on_layer_renamed)
        super()._pre_remove(index)

    def __setitem__(self, key: Any, value: Any) -> None:
        """Replace the layer at ``key`` (an int). The replaced layer's name and id are free for ``value``, which
        also takes over its place in the selection (selected, active)."""
        if isinstance(key, slice):
            raise TypeError("LayerList does not support slice assignment; remove and insert instead")
        key = operator.index(key)
        n = len(self._data)
        if not -n <= key < n:
            raise IndexError(f"layer index {key} out of range for {n} layers")
        key %= n
        old = self._data[key]
        if value is old:
            return
        self._replacing = old
        try:
            value = self._pre_insert(value)
        finally:
            self._replacing = None
        was_selected, was_active = old in self.selection, self.selection.active is old
        self._pre_remove(key)
        self._data[key] = value
        self._post_insert(value)
        self.selection.discard(old)
        self.events.changed.emit(key, old, value)
        if was_active:
            self.selection.active = value
        elif was_selected:
            self.selection.add(value)

    def coerce_name(self, name: str, exclude: Layer | None = None) -> str:
        """``name`` if no other layer has it, else ``name (n)`` with the smallest free n ≥ 2."""
        taken = {v.name for v in self._others(exclude)}
        if name not in taken:
            return name
        m = _COUNTER.match(name)
        base = m.group(1) if m else name
        n = 2
        while f"{base} ({n})" in taken:
            n += 1
        return f"{base} ({n})"

    def _on_layer_renamed(self, new: str, old: str) -> None:
        if self._renaming:
            return
        sender = Signal.sender()
        layer = getattr(sender, "instance", sender)
        if not isinstance(layer, Layer):
            layer = next((v for v in self._data if v.name == new), None)
        if layer is None:
            return
        fixed = self.coerce_name(new, exclude=layer)
        if fixed != new:
            self._renaming = True
            try:
                layer.name = fixed
            finally:
                self._renaming = False

    # -- lookup ---------------------------------------------------------------------------------------------
    def by_id(self, layer_id: str) -> Layer:
        """The layer with this id; KeyError if there is none."""
        for layer in self._data:
            if layer.id == layer_id:
                return layer
        raise KeyError(f"no layer with id {layer_id!r}")

    def get(self, layer_id: str, default: Layer | None = None) -> Layer | None:
        """The layer with this id, or ``default``."""
        for layer in self._data:
            if layer.id == layer_id:
                return layer
        return default

    def by_name(self, name: str) -> Layer:
        """The layer with this name; KeyError listing the names if there is none."""
        for layer in self._data:
            if layer.name == name:
                return layer
        raise KeyError(f"no layer named {name!r}; layers: {', '.join(self.names()) or '(none)'}")

    def by_kind(self, kind: str) -> list[Layer]:
        return [v for v in self._data if v.kind == kind]

    def names(self) -> list[str]:
        return [v.name for v in self._data]

    def ids(self) -> list[str]:
        return [v.id for v in self._data]

    def index_of(self, layer_id: str) -> int:
        for i, layer in enumerate(self._data):
            if layer.id == layer_id:
                return i
        raise KeyError(f"no layer with id {layer_id!r}")

    def remove_by_id(self, layer_id: str) -> Layer:
        i = self.index_of(layer_id)
        layer = self._data[i]
        del self[i]
        return layer

    # -- batching ---------------------------------------------------------------------------------------------
    @contextlib.contextmanager
    def batched_update(self) -> Iterator[None]:
        """Group many changes: ``begin_batch`` is emitted on entry and ``end_batch`` on exit of the outermost
        block. Events inside still fire; listeners such as the scene defer their expensive work (re-render)
        until ``end_batch``. :attr:`in_batch` tells whether a batch is open."""
        if self._batch_level == 0:
            self.events.begin_batch.emit()
        self._batch_level += 1
        try:
            yield
        finally:
            self._batch_level -= 1
            if self._batch_level == 0:
                self.events.end_batch.emit()

    @property
    def in_batch(self) -> bool:
        return self._batch_level > 0

    # -- bulk operations ----------------------------------------------------------------------------------------
    def toggle_selected_visibility(self) -> None:
        with self.batched_update():
            for layer in list(self.selection):
                layer.visible = not layer.visible

    def to_state(self) -> list[dict[str, Any]]:
        return [layer.to_state() for layer in self._data]

    def __newlike__(self, iterable: Iterable[Layer]) -> "LayerList":
        # slices hand out a plain list of the same layers (a LayerList would re-validate ids)
        return list(iterable)  # type: ignore[return-value]


__all__ = ["LayerList", "LayerListEvents"]
