"""Rasters from the store for rendering: the DEM grid and a bilinear sampler for draping.

Uses :mod:`twin.raster` (``load_raster`` and its bilinear ``sample``) when it is installed; until then,
and for any raster it cannot read, a small reader of the ``rasters`` table here (zlib-compressed C-order
``(bands, height, width)`` array, rasterio-order affine ``transform``).

Sampling convention: pixel values sit at pixel centres; between centres values are interpolated
bilinearly; outside the outermost centres the edge value is used (clamped), so roads slightly beyond the
DEM still get a height. Nodata pixels are ignored in the interpolation (the remaining neighbours are
re-weighted); a point whose four neighbours are all nodata gets NaN.
"""

from __future__ import annotations

import zlib
from dataclasses import dataclass

import numpy as np

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
        shared = _shared_bilinear()
        if shared is not None:
            return shared(self.data[band], self.transform, x, y, outside="clamp")
        return bilinear(self.data[band], self.transform, x, y)


def _shared_bilinear():
    """twin.raster's sampler (the project's one), when it is installed."""
    try:
        from twin.raster import bilinear as shared  # type: ignore[attr-defined]
    except ImportError:
        return None
    return shared


def bilinear(arr: np.ndarray, transform, x: np.ndarray, y: np.ndarray) -> np.ndarray:
    a, b, c, d, e, f = transform
    if b or d:
        raise ValueError("rotated rasters are not supported")
    x = np.asarray(x, dtype=np.float64)
    y = np.asarray(y, dtype=np.float64)
    h, w = arr.shape
    col = np.clip((x - c) / a - 0.5, 0.0, w - 1.0)
    row = np.clip((y - f) / e - 0.5, 0.0, h - 1.0)
    c0 = np.minimum(np.floor(col).astype(np.int64), max(w - 2, 0))
    r0 = np.minimum(np.floor(row).astype(np.int64), max(h - 2, 0))
    c1 = np.minimum(c0 + 1, w - 1)
    r1 = np.minimum(r0 + 1, h - 1)
    fc = col - c0
    fr = row - r0
    vals = np.stack([arr[r0, c0], arr[r0, c1], arr[r1, c0], arr[r1, c1]])
    wts = np.stack([(1 - fr) * (1 - fc), (1 - fr) * fc, fr * (1 - fc), fr * fc])
    ok = np.isfinite(vals)
    wts = np.where(ok, wts, 0.0)
    tot = wts.sum(axis=0)
    with np.errstate(invalid="ignore", divide="ignore"):
        out = (np.where(ok, vals, 0.0) * wts).sum(axis=0) / tot
    out[tot <= 0] = np.nan
    return out


def _read_row(store: Store, raster_id: int) -> Grid:
    rows = store.query("SELECT id, name, kind, crs, width, height, bands, dtype, transform, nodata, data "
                       "FROM rasters WHERE id = ?", [int(raster_id)])
    if not rows:
        from twin.errors import TwinError

        raise TwinError(f"{store.path}: no raster with id {raster_id}")
    rid, name, kind, crs, width, height, bands, dtype, transform, nodata, blob = rows[0]
    raw = zlib.decompress(bytes(blob))
    arr = np.frombuffer(raw, dtype=np.dtype(dtype)).reshape(int(bands), int(height), int(width))
    data = arr.astype(np.float64)
    if nodata is not None and np.isfinite(nodata):
        data[arr == nodata] = np.nan
    return Grid(int(rid), str(name), str(kind), str(crs), data, tuple(float(v) for v in transform))


def load_grid(store: Store, raster_id: int) -> Grid:
    """The raster ``raster_id`` of ``store`` as a :class:`Grid`."""
    try:  # the shared reader, when it exists
        from twin import raster as twin_raster  # type: ignore[attr-defined]
    except ImportError:
        twin_raster = None
    if twin_raster is not None and hasattr(twin_raster, "load_raster"):
        try:
            r = twin_raster.load_raster(store, int(raster_id))
            data = np.asarray(getattr(r, "data"), dtype=np.float64)
            if data.ndim == 2:
                data = data[None]
            nodata = getattr(r, "nodata", None)
            if nodata is not None and np.isfinite(nodata):
                data = np.where(data == nodata, np.nan, data)
            return Grid(int(raster_id), str(getattr(r, "name", "")), str(getattr(r, "kind", "dem")),
                        str(getattr(r, "crs", store.crs)), data, tuple(float(v) for v in getattr(r, "transform")))
        except (AttributeError, TypeError, ValueError):
            pass
    return _read_row(store, raster_id)


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


__all__ = ["DemCache", "Grid", "bilinear", "first_dem_id", "load_grid"]
