"""Rasters stored in a project (DEMs and overlays): read them back and sample them.

Storage (table ``rasters``, written by the GeoTIFF importer through :func:`encode`): one row per raster,
the pixels as a zlib-compressed, C-order, little-endian array of shape ``(bands, height, width)`` and
numpy dtype ``dtype``, the affine ``transform`` in rasterio order ``(a, b, c, d, e, f)`` (so that
``x = a*col + b*row + c`` and ``y = d*col + e*row + f`` at pixel corners), the grid's ``crs`` (the
project CRS), ``nodata`` (NULL when every pixel is valid) and the outline polygon ``extent``.

>>> dem = load_raster(store)                      # the most recent DEM
>>> array, transform, crs, nodata = dem           # unpacks like a rasterio read
>>> z = dem.sample(xs, ys)                        # bilinear heights for draping, NaN where unknown
"""

from __future__ import annotations

import zlib
from collections.abc import Iterator
from dataclasses import dataclass
from typing import Any

import numpy as np

from twin.errors import TwinError

__all__ = ["Raster", "RasterInfo", "RasterNotFound", "bilinear", "decode", "encode", "list_rasters",
           "load_raster", "sample"]


class RasterNotFound(TwinError, LookupError):
    """The project has no raster with that id or name (or no raster of that kind)."""


@dataclass(frozen=True)
class RasterInfo:
    """A ``rasters`` row without its pixels."""

    id: int
    name: str
    kind: str
    crs: str
    width: int
    height: int
    bands: int
    dtype: str
    transform: tuple[float, float, float, float, float, float]
    nodata: float | None
    source_id: int


@dataclass(frozen=True, eq=False)
class Raster:
    """A stored raster with its pixels.

    ``data`` has shape ``(bands, height, width)`` in the stored dtype, nodata pixels keep their nodata
    value. Iterating gives ``(data, transform, crs, nodata)``.
    """

    id: int
    name: str
    kind: str
    data: np.ndarray
    transform: tuple[float, float, float, float, float, float]
    crs: str
    nodata: float | None

    def __iter__(self) -> Iterator[Any]:
        return iter((self.data, self.transform, self.crs, self.nodata))

    @property
    def array(self) -> np.ndarray:
        return self.data

    @property
    def bands(self) -> int:
        return self.data.shape[0]

    @property
    def height(self) -> int:
        return self.data.shape[1]

    @property
    def width(self) -> int:
        return self.data.shape[2]

    @property
    def affine(self):
        """The transform as an :class:`affine.Affine` (``~raster.affine * (x, y)`` gives col, row)."""
        from affine import Affine

        return Affine(*self.transform)

    @property
    def bounds(self) -> tuple[float, float, float, float]:
        """(xmin, ymin, xmax, ymax) of the grid's outer edges."""
        a, b, c, d, e, f = self.transform
        xs = [c + a * i + b * j for i in (0, self.width) for j in (0, self.height)]
        ys = [f + d * i + e * j for i in (0, self.width) for j in (0, self.height)]
        return min(xs), min(ys), max(xs), max(ys)

    def band(self, index: int = 1) -> np.ndarray:
        """One band (1-based, as in rasterio) as a 2-D array."""
        return self.data[index - 1]

    def masked(self, index: int = 1) -> np.ma.MaskedArray:
        """One band with nodata (and NaN) pixels masked."""
        arr = self.band(index)
        mask = _invalid(arr, self.nodata)
        return np.ma.MaskedArray(arr, mask=mask)

    def sample(self, xs, ys, band: int = 1, *, outside: str = "clamp") -> np.ndarray:
        """Bilinear values of ``band`` at map coordinates (x, y); see :func:`bilinear`."""
        return bilinear(self.band(band), self.transform, xs, ys, nodata=self.nodata, outside=outside)

    def with_nan(self) -> "Raster":
        """The same raster as float64 with nodata pixels as NaN (``nodata`` is then NaN): what meshes and
        draping read, where a missing height is simply not finite."""
        data = self.data.astype(np.float64)
        if self.nodata is not None and np.isfinite(self.nodata):
            data[self.data == self.nodata] = np.nan
        return Raster(self.id, self.name, self.kind, data, self.transform, self.crs, float("nan"))

    def centers(self, stride: int = 1) -> tuple[np.ndarray, np.ndarray]:
        """x of column centres and y of row centres, every ``stride``-th pixel (unrotated grids)."""
        a, _, c, _, e, f = self.transform
        cols = np.arange(0, self.width, stride) + 0.5
        rows = np.arange(0, self.height, stride) + 0.5
        return c + a * cols, f + e * rows

    def corners(self, stride: int = 1) -> tuple[np.ndarray, np.ndarray]:
        """x of column edges and y of row edges, every ``stride``-th pixel and the last edge (one more than
        the pixels; unrotated grids)."""
        a, _, c, _, e, f = self.transform
        cols = np.r_[np.arange(0, self.width, stride), self.width].astype(np.float64)
        rows = np.r_[np.arange(0, self.height, stride), self.height].astype(np.float64)
        return c + a * cols, f + e * rows


# --- storage format ----------------------------------------------------------------------------------

def encode(array: np.ndarray) -> tuple[bytes, str]:
    """Pixels ``(bands, height, width)`` -> (zlib blob, dtype name) as stored in ``rasters``."""
    arr = np.asarray(array)
    if arr.ndim != 3:
        raise ValueError(f"expected a (bands, height, width) array, got shape {arr.shape}")
    little = arr.astype(arr.dtype.newbyteorder("<"), copy=False)
    return zlib.compress(np.ascontiguousarray(little).tobytes(), 6), arr.dtype.name


def decode(blob: bytes, dtype: str, bands: int, height: int, width: int) -> np.ndarray:
    """Inverse of :func:`encode`: a writable native-order array ``(bands, height, width)``."""
    raw = zlib.decompress(bytes(blob))
    stored = np.dtype(dtype).newbyteorder("<")
    expected = bands * height * width * stored.itemsize
    if len(raw) != expected:
        raise ValueError(f"raster blob holds {len(raw)} bytes, expected {expected} for "
                         f"{bands}x{height}x{width} {dtype}")
    arr = np.frombuffer(raw, dtype=stored).reshape(bands, height, width)
    return arr.astype(np.dtype(dtype), copy=True)


# --- reading -----------------------------------------------------------------------------------------

_INFO_COLUMNS = "id, name, kind, crs, width, height, bands, dtype, transform, nodata, source_id"


def _info(row) -> RasterInfo:
    rid, name, kind, crs, width, height, bands, dtype, transform, nodata, source_id = row
    return RasterInfo(int(rid), str(name), str(kind), str(crs), int(width), int(height), int(bands), str(dtype),
                      tuple(float(v) for v in transform), None if nodata is None else float(nodata),
                      int(source_id))


def list_rasters(store, kind: str | None = None) -> list[RasterInfo]:
    """The project's rasters (optionally of one ``kind``, 'dem' or 'overlay'), oldest first."""
    sql = f"SELECT {_INFO_COLUMNS} FROM rasters"
    params: list[Any] = []
    if kind is not None:
        sql += " WHERE kind = ?"
        params.append(kind)
    return [_info(r) for r in store.query(sql + " ORDER BY id", params)]


def load_raster(store, key: int | str | None = None, *, kind: str = "dem") -> Raster:
    """Read a stored raster: by id (int), by name (str; the most recent of that name) or, with no key,
    the most recent raster of ``kind``. Raises :class:`RasterNotFound` when there is none."""
    if isinstance(key, (int, np.integer)) and not isinstance(key, bool):
        where, params, what = "id = ?", [int(key)], f"no raster with id {key}"
    elif isinstance(key, str):
        where, params, what = "name = ?", [key], f"no raster named {key!r}"
    elif key is None:
        where, params, what = "kind = ?", [kind], f"no {kind} raster"
    else:
        raise TypeError(f"raster key must be an id, a name or None, not {type(key).__name__}")
    rows = store.query(f"SELECT {_INFO_COLUMNS}, data FROM rasters WHERE {where} ORDER BY id DESC LIMIT 1",
                       params)
    if not rows:
        known = ", ".join(f"{r.id}:{r.name} ({r.kind})" for r in list_rasters(store)) or "none"
        raise RasterNotFound(f"{store.path}: {what}; rasters in the project: {known}")
    info = _info(rows[0][:-1])
    data = decode(rows[0][-1], info.dtype, info.bands, info.height, info.width)
    return Raster(info.id, info.name, info.kind, data, info.transform, info.crs, info.nodata)


# --- sampling ----------------------------------------------------------------------------------------

def _invalid(values: np.ndarray, nodata: float | None) -> np.ndarray:
    bad = ~np.isfinite(values) if np.issubdtype(values.dtype, np.floating) else np.zeros(values.shape, bool)
    if nodata is not None and not np.isnan(nodata):
        bad |= values == nodata
    return bad


def bilinear(arr: np.ndarray, transform, xs, ys, *, nodata: float | None = None,
             outside: str = "clamp") -> np.ndarray:
    """Bilinear interpolation of a 2-D grid at map coordinates (float64 result, shape of ``xs``).

    Values sit at pixel centres. Nodata (and NaN) neighbours are left out and the others re-weighted;
    where all four are missing the result is NaN. Outside the outermost pixel centres the edge values
    are used (``outside="clamp"``, right for draping features that poke slightly past the DEM) or NaN
    for points beyond the grid's outer edges (``outside="nan"``). Rotated transforms are supported.
    """
    if outside not in ("clamp", "nan"):
        raise ValueError("outside must be 'clamp' or 'nan'")
    a, b, c, d, e, f = (float(v) for v in tuple(transform)[:6])
    det = a * e - b * d
    if det == 0:
        raise ValueError("singular raster transform")
    x = np.asarray(xs, dtype=np.float64)
    y = np.asarray(ys, dtype=np.float64)
    # invert x = a*col + b*row + c, y = d*col + e*row + f
    dx, dy = x - c, y - f
    col = (e * dx - b * dy) / det
    row = (a * dy - d * dx) / det
    h, w = arr.shape
    beyond = (col < 0) | (col > w) | (row < 0) | (row > h)
    fc = np.clip(col - 0.5, 0.0, w - 1.0)
    fr = np.clip(row - 0.5, 0.0, h - 1.0)
    c0 = np.minimum(np.floor(fc).astype(np.int64), max(w - 2, 0))
    r0 = np.minimum(np.floor(fr).astype(np.int64), max(h - 2, 0))
    c1 = np.minimum(c0 + 1, w - 1)
    r1 = np.minimum(r0 + 1, h - 1)
    tx, ty = fc - c0, fr - r0
    vals = np.stack([arr[r0, c0], arr[r0, c1], arr[r1, c0], arr[r1, c1]]).astype(np.float64)
    wts = np.stack([(1 - ty) * (1 - tx), (1 - ty) * tx, ty * (1 - tx), ty * tx])
    ok = ~_invalid(vals, nodata)
    wts = np.where(ok, wts, 0.0)
    total = wts.sum(axis=0)
    with np.errstate(invalid="ignore", divide="ignore"):
        out = (np.where(ok, vals, 0.0) * wts).sum(axis=0) / total
    out = np.where(total > 0, out, np.nan)
    if outside == "nan":
        out = np.where(beyond, np.nan, out)
    return out


def sample(raster: Raster, xs, ys, band: int = 1, *, outside: str = "clamp") -> np.ndarray:
    """Bilinear values of a raster at map coordinates: ``raster.sample(xs, ys, band)``."""
    return raster.sample(xs, ys, band, outside=outside)
