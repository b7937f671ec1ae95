"""Selected features, per layer: written by picking, by the attribute table and by identify.

Feature ids are the layer's feature keys: ``buildings.id``, ``roads.id``, or the ``rowid`` (or the
configured id column) of a vector layer's table — the same ints as the meshes' ``feature_id`` cell array.

``changed(layer_id, ids, origin)`` is emitted once per layer whose set really changed, with the new
frozenset and the origin string given by the writer (``'pick'``, ``'table'``, ``'identify'``,
``'api'``, …), so a writer can ignore its own echo.
"""

from __future__ import annotations

from collections.abc import Iterable

import numpy as np

from twin.events import Signal

PICK = "pick"
TABLE = "table"
IDENTIFY = "identify"
API = "api"


def _as_ids(ids: Iterable[int] | int) -> frozenset[int]:
    if isinstance(ids, (int, np.integer)):
        return frozenset((int(ids),))
    if isinstance(ids, np.ndarray):
        return frozenset(ids.ravel().tolist())
    return frozenset(int(i) for i in ids)


class FeatureSelection:
    """Per-layer sets of selected feature ids.

    >>> sel = FeatureSelection()
    >>> sel.changed.connect(lambda layer_id, ids, origin: print(layer_id, sorted(ids), origin))
    >>> sel.set("b1", [3, 1], origin="pick")
    b1 [1, 3] pick
    """

    changed = Signal(str, object, str)  # layer_id, frozenset[int], origin

    def __init__(self) -> None:
        self._ids: dict[str, frozenset[int]] = {}

    def _put(self, layer_id: str, new: frozenset[int], origin: str) -> bool:
        old = self._ids.get(layer_id, frozenset())
        if new == old:
            return False
        if new:
            self._ids[layer_id] = new
        else:
            self._ids.pop(layer_id, None)
        self.changed.emit(layer_id, new, origin)
        return True

    def set(self, layer_id: str, ids: Iterable[int] | int, origin: str = API, *, exclusive: bool = False) -> None:
        """Replace the selection of ``layer_id``; with ``exclusive`` clear every other layer's selection too."""
        new = _as_ids(ids)
        if exclusive:
            for other in [k for k in self._ids if k != layer_id]:
                self._put(other, frozenset(), origin)
        self._put(layer_id, new, origin)

    def add(self, layer_id: str, ids: Iterable[int] | int, origin: str = API) -> None:
        """Add ids to the selection of ``layer_id``."""
        self._put(layer_id, self._ids.get(layer_id, frozenset()) | _as_ids(ids), origin)

    def remove(self, layer_id: str, ids: Iterable[int] | int, origin: str = API) -> None:
        """Remove ids from the selection of ``layer_id``."""
        self._put(layer_id, self._ids.get(layer_id, frozenset()) - _as_ids(ids), origin)

    def toggle(self, layer_id: str, ids: Iterable[int] | int, origin: str = API) -> None:
        """Select the given ids that are not selected and deselect those that are (ctrl-click)."""
        self._put(layer_id, self._ids.get(layer_id, frozenset()) ^ _as_ids(ids), origin)

    def clear(self, layer_id: str | None = None, origin: str = API) -> None:
        """Clear one layer's selection, or every layer's with ``layer_id=None``."""
        targets = list(self._ids) if layer_id is None else [layer_id]
        for lid in targets:
            self._put(lid, frozenset(), origin)

    def ids(self, layer_id: str) -> frozenset[int]:
        """The selected ids of ``layer_id`` (empty if none)."""
        return self._ids.get(layer_id, frozenset())

    def layer_ids(self) -> list[str]:
        """Layers with a non-empty selection."""
        return list(self._ids)

    def as_dict(self) -> dict[str, frozenset[int]]:
        return dict(self._ids)

    def __contains__(self, item: tuple[str, int]) -> bool:
        layer_id, fid = item
        return int(fid) in self._ids.get(layer_id, frozenset())

    def __len__(self) -> int:
        """Total number of selected features over all layers."""
        return sum(len(v) for v in self._ids.values())

    def __bool__(self) -> bool:
        return bool(self._ids)

    def __repr__(self) -> str:
        return f"FeatureSelection({ {k: len(v) for k, v in self._ids.items()} })"


__all__ = ["API", "FeatureSelection", "IDENTIFY", "PICK", "TABLE"]
