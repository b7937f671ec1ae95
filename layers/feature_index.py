"""Which feature each cell of a layer's merged mesh belongs to, and back (pure numpy).

The mesh's ``feature_id`` cell array is the source: :attr:`FeatureIndex.fids` are its sorted unique ids and
:attr:`FeatureIndex.cell_fidx` gives, per cell, the index of its feature in ``fids``. Colours are computed per
feature and spread to cells with ``cell_fidx``; picks go from a cell to its feature; highlights and bounds go
from features to their cells.
"""

from __future__ import annotations

from collections.abc import Iterable

import numpy as np
import pyvista as pv

from layers.meshing import _ranges


class FeatureIndex:
    """Cells ↔ features of one merged mesh."""

    def __init__(self, fids: np.ndarray | None = None, cell_fidx: np.ndarray | None = None):
        #: sorted unique feature ids present in the mesh
        self.fids = np.empty(0, np.int64) if fids is None else fids
        #: per cell: index into :attr:`fids`
        self.cell_fidx = np.empty(0, np.int64) if cell_fidx is None else cell_fidx
        #: per feature (aligned with :attr:`fids`): its tile, when the mesh is drawn in tiles
        self.feature_tile: np.ndarray | None = None
        self._csr: tuple[np.ndarray, np.ndarray] | None = None

    @classmethod
    def of_mesh(cls, mesh: pv.DataSet) -> "FeatureIndex":
        """The index of ``mesh``'s ``feature_id`` cell array (empty when it has none)."""
        if not mesh.n_cells or "feature_id" not in mesh.cell_data:
            return cls()
        fids, cell_fidx = np.unique(np.asarray(mesh.cell_data["feature_id"]), return_inverse=True)
        return cls(fids, cell_fidx)

    def __len__(self) -> int:
        return len(self.fids)

    def cells_reordered(self, order: np.ndarray, feature_tile: np.ndarray) -> None:
        """The mesh's cells were sorted by tile (new cell i = old cell ``order[i]``; ``feature_tile`` per feature)."""
        self.cell_fidx = self.cell_fidx[order]
        self.feature_tile = feature_tile
        self._csr = None

    def ids_for_cells(self, cell_ids: Iterable[int]) -> np.ndarray:
        """Sorted unique feature ids of the given cells (cells out of range are ignored)."""
        cells = np.asarray(list(cell_ids) if not isinstance(cell_ids, np.ndarray) else cell_ids, dtype=np.int64)
        if not len(cells) or not len(self.fids):
            return np.empty(0, np.int64)
        cells = cells[(cells >= 0) & (cells < len(self.cell_fidx))]
        return np.unique(self.fids[self.cell_fidx[cells]])

    def id_for_cell(self, cell_id: int) -> int | None:
        """The feature id of one cell, None if out of range or the mesh has no features."""
        if not len(self.fids) or not 0 <= cell_id < len(self.cell_fidx):
            return None
        return int(self.fids[self.cell_fidx[cell_id]])

    def cell_index(self) -> tuple[np.ndarray, np.ndarray]:
        """``(order, starts)``: the cells of feature ``fids[k]`` are ``order[starts[k]:starts[k + 1]]``."""
        if self._csr is None:
            order = np.argsort(self.cell_fidx, kind="stable")
            starts = np.searchsorted(self.cell_fidx[order], np.arange(len(self.fids) + 1))
            self._csr = (order, starts)
        return self._csr

    def cells_for(self, ids: Iterable[int]) -> np.ndarray:
        """Cell ids of the given features (ids not in the mesh are ignored)."""
        ids = np.unique(np.fromiter((int(i) for i in ids), dtype=np.int64))
        if not len(ids) or not len(self.fids):
            return np.empty(0, np.int64)
        order, starts = self.cell_index()
        pos = np.searchsorted(self.fids, ids)
        ok = pos < len(self.fids)
        ok[ok] = self.fids[pos[ok]] == ids[ok]
        pos = pos[ok]
        return order[_ranges(starts[pos], starts[pos + 1])]


__all__ = ["FeatureIndex"]
