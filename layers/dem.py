"""Rasters from the store for rendering: the DEM grid (float64, NaN for nodata) and draping heights.

Reading and bilinear sampling are :mod:`twin.raster`'s (``load_raster``, ``bilinear``); this module adds the
grid geometry the terrain mesh needs (pixel centres and edges) and a per-scene cache.

Sampling convention: pixel values sit at pixel centres; between centres values are interpolated
bilinearly; outside the outermost centres the edge value is used (clamped), so roads slightly beyond the
DEM still get a height. Nodata pixels are ignored in the interpolation (the remaining neighbours are
re-weighted); a point whose four neighbours are all nodata gets NaN.
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np

from twin.raster import bilinear, load_raster
from twin.store import Store


@dataclass
class Grid:
    """One raster: ``data`` (bands, height, width) float64 with NaN for nodata, affine ``transform``
    (a, b, c, d, e, f) in rasterio order, ``crs``, ``name``, ``kind`` and ``id``."""

    id: int
    name: str
    kind: str
    crs: str
    data: np.ndarray
    transform: tuple[float, float, float, float, float, float]

    @property
    def height(self) -> int:
        return self.data.shape[1]

    @property
    def width(self) -> int:
        return self.data.shape[2]

    def centers(self, stride: int = 1) -> tuple[np.ndarray, np.ndarray]:
        """x of column centres and y of row centres (every ``stride``-th pixel)."""
        a, b, c, d, e, f = self.transform
        cols = np.arange(0, self.width, stride) + 0.5
        rows = np.arange(0, self.height, stride) + 0.5
        return c + a * cols, f + e * rows

    def corners(self, stride: int = 1) -> tuple[np.ndarray, np.ndarray]:
        """x of column edges and y of row edges (every ``stride``-th pixel), one more than the pixels."""
        a, b, c, d, e, f = self.transform
        cols = np.r_[np.arange(0, self.width, stride), self.width].astype(np.float64)
        rows = np.r_[np.arange(0, self.height, stride), self.height].astype(np.float64)
        return c + a * cols, f + e * rows

    @property
    def bounds(self) -> tuple[float, float, float, float]:
        xs, ys = self.corners()
        return float(min(xs[0], xs[-1])), float(min(ys[0], ys[-1])), float(max(xs[0], xs[-1])), \
            float(max(ys[0], ys[-1]))

    def sample(self, x: np.ndarray, y: np.ndarray, band: int = 0) -> np.ndarray:
        """Bilinear value at (x, y) (arrays), see the module docstring (``band`` is 0-based here)."""
        return bilinear(self.data[band], self.transform, x, y, outside="clamp")


def load_grid(store: Store, raster_id: int) -> Grid:
    """The raster ``raster_id`` of ``store`` as a :class:`Grid` (float64, nodata as NaN)."""
    r = load_raster(store, int(raster_id))
    data = r.data.astype(np.float64)
    if r.nodata is not None and np.isfinite(r.nodata):
        data[r.data == r.nodata] = np.nan
    return Grid(r.id, r.name, r.kind, r.crs, data, tuple(float(v) for v in r.transform))


def first_dem_id(store: Store) -> int | None:
    try:
        rows = store.query("SELECT id FROM rasters WHERE kind = 'dem' ORDER BY id LIMIT 1")
    except Exception:
        return None
    return int(rows[0][0]) if rows else None


class DemCache:
    """Loads each raster once per scene."""

    def __init__(self, store: Store):
        self.store = store
        self._grids: dict[int, Grid] = {}

    def get(self, raster_id: int | None) -> Grid | None:
        rid = raster_id if raster_id is not None else first_dem_id(self.store)
        if rid is None:
            return None
        if rid not in self._grids:
            self._grids[rid] = load_grid(self.store, rid)
        return self._grids[rid]


__all__ = ["DemCache", "Grid", "first_dem_id", "load_grid"]
