"""Rasters from the store for rendering: DEMs for the terrain mesh and for draping, loaded once per scene.

A raster is :class:`twin.raster.Raster` read with NaN for nodata (:meth:`~twin.raster.Raster.with_nan`): the
same class the model uses, with the pixel centres and edges the meshes need (``centers``, ``corners``).

Sampling convention (``raster.sample(x, y)``): pixel values sit at pixel centres; between centres values are
interpolated bilinearly; outside the outermost centres the edge value is used (clamped), so roads slightly
beyond the DEM still get a height. Nodata pixels are ignored in the interpolation (the remaining neighbours
are re-weighted); a point whose four neighbours are all nodata gets NaN.
"""

from __future__ import annotations

import numpy as np

from twin.raster import Raster, list_rasters, load_raster
from twin.store import Store


def load_grid(store: Store, raster_id: int) -> Raster:
    """The raster ``raster_id`` of ``store`` as float64 with nodata as NaN; :class:`twin.raster.RasterNotFound`
    when the project has no such raster."""
    return load_raster(store, int(raster_id)).with_nan()


def first_dem_id(store: Store) -> int | None:
    """The id of the project's first DEM, or None when it has none."""
    dems = list_rasters(store, kind="dem")
    return dems[0].id if dems else None


def drape_heights(grid: Raster | None, x: np.ndarray, y: np.ndarray, fallback: np.ndarray) -> np.ndarray:
    """Terrain height at (x, y); ``fallback`` (the stored z) where there is no DEM value."""
    if grid is None:
        return np.asarray(fallback, dtype=np.float64)
    z = grid.sample(x, y)
    return np.where(np.isfinite(z), z, fallback)


class DemCache:
    """Loads each raster once per scene."""

    def __init__(self, store: Store):
        self.store = store
        self._grids: dict[int, Raster] = {}

    def get(self, raster_id: int | None) -> Raster | None:
        """The raster ``raster_id`` (the first DEM when None); None only when the project has no DEM at all."""
        rid = raster_id if raster_id is not None else first_dem_id(self.store)
        if rid is None:
            return None
        rid = int(rid)
        if rid not in self._grids:
            self._grids[rid] = load_grid(self.store, rid)
        return self._grids[rid]


__all__ = ["DemCache", "drape_heights", "first_dem_id", "load_grid"]
