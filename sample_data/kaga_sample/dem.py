"""The sample DEM: a synthetic GSI DEM5A-like grid and a small, byte-stable GeoTIFF writer.

Grid: JGD2011 geographic (EPSG:6668), 0.4 arc-second cells: the grid of GSI's nationwide DEM10B (about
10.0 m x 12.3 m here), aligned like DEM10B on its second-order mesh 543632, covering the nine meshes plus
a 10-cell margin (4 arc-seconds, about 100 m) on every side so that the grid still covers the whole
CityGML area after it is warped into the plane-rectangular project CRS. (DEM10B rather than the 5 m
DEM5A keeps the committed sample within its 15 MB budget.) Values are metres T.P. rounded to 0.01 m (as
GSI publishes them), float32, nodata -9999.

The GeoTIFF is written here rather than through GDAL so that the file is the same bytes whichever GDAL
or libdeflate a machine has: strips of 16 rows, Adobe deflate (stdlib zlib, level 9) with the
floating-point predictor (3), GeoKeys for EPSG:6668 with PixelIsArea.
"""

from __future__ import annotations

import struct
import zlib
from math import ceil, floor
from pathlib import Path

import numpy as np

from .geo import M_PER_DEG_LAT, M_PER_DEG_LON, STATION_LAT, STATION_LON
from .site import BLOCK_DEG, terrain

PIXEL = 1 / 9000           # 0.4 arc-seconds in degrees
MARGIN = 10                # cells beyond the mesh block on each side
# DEM10B cells are counted from the south-west corner of the second-order mesh (136.25 E, 36.25 N)
_ORIGIN_LON, _ORIGIN_LAT = 136.25, 36.25
_C0 = floor((BLOCK_DEG[1] - _ORIGIN_LON) * 9000 + 1e-9) - MARGIN
_C1 = ceil((BLOCK_DEG[3] - _ORIGIN_LON) * 9000 - 1e-9) + MARGIN
_R0 = floor((BLOCK_DEG[0] - _ORIGIN_LAT) * 9000 + 1e-9) - MARGIN
_R1 = ceil((BLOCK_DEG[2] - _ORIGIN_LAT) * 9000 - 1e-9) + MARGIN
WIDTH = _C1 - _C0
HEIGHT = _R1 - _R0
WEST = _ORIGIN_LON + _C0 / 9000
NORTH = _ORIGIN_LAT + _R1 / 9000
NODATA = -9999.0
EPSG = 6668


def build_dem() -> np.ndarray:
    """The height grid (HEIGHT x WIDTH float32, north-up), values at cell centres."""
    cols = np.arange(WIDTH, dtype=np.float64)
    rows = np.arange(HEIGHT, dtype=np.float64)
    lon = WEST + (cols + 0.5) * PIXEL
    lat = NORTH - (rows + 0.5) * PIXEL
    x = (lon - STATION_LON) * M_PER_DEG_LON
    y = (lat - STATION_LAT) * M_PER_DEG_LAT
    xx, yy = np.meshgrid(x, y)
    z = np.round(terrain(xx, yy), 2)
    return z.astype(np.float32)


class DemSampler:
    """Bilinear height at (lat, lon) from the grid, between cell centres (the GDAL/rasterio convention)."""

    def __init__(self, grid: np.ndarray):
        self.grid = grid.astype(np.float64)

    def __call__(self, lat: float, lon: float) -> float:
        fc = (lon - WEST) / PIXEL - 0.5
        fr = (NORTH - lat) / PIXEL - 0.5
        c0, r0 = floor(fc), floor(fr)
        tx, ty = fc - c0, fr - r0
        g = self.grid
        top = g[r0, c0] * (1 - tx) + g[r0, c0 + 1] * tx
        bottom = g[r0 + 1, c0] * (1 - tx) + g[r0 + 1, c0 + 1] * tx
        return float(top * (1 - ty) + bottom * ty)


# --- GeoTIFF -----------------------------------------------------------------------------------------

_SHORT, _LONG, _ASCII, _DOUBLE = 3, 4, 2, 12
_SIZES = {_SHORT: 2, _LONG: 4, _ASCII: 1, _DOUBLE: 8}
_FORMATS = {_SHORT: "H", _LONG: "I", _DOUBLE: "d"}


def _predict_fp(rows: np.ndarray) -> bytes:
    """TIFF floating-point predictor (Technical Note 3): per row, bytes regrouped most significant plane
    first, then byte-wise horizontal differencing."""
    n_rows, width = rows.shape
    planes = rows.astype(">f4").view(np.uint8).reshape(n_rows, width, 4).transpose(0, 2, 1)
    planes = planes.reshape(n_rows, 4 * width).astype(np.int16)
    diff = planes.copy()
    diff[:, 1:] = planes[:, 1:] - planes[:, :-1]
    return (diff & 0xFF).astype(np.uint8).tobytes()


def write_geotiff(path: Path, grid: np.ndarray, *, rows_per_strip: int = 16) -> None:
    """Write ``grid`` (float32, north-up) as a deflate-compressed GeoTIFF on the DEM grid above."""
    height, width = grid.shape
    strips = [zlib.compress(_predict_fp(grid[r:r + rows_per_strip]), 9)
              for r in range(0, height, rows_per_strip)]
    metadata = ('<GDALMetadata>\n  <Item name="AREA_OR_POINT">Area</Item>\n'
                '  <Item name="UNITS" sample="0" role="unittype">m</Item>\n'
                '  <Item name="DESCRIPTION" sample="0" role="description">ground height T.P.</Item>\n'
                '</GDALMetadata>\n')
    geokeys = [1, 1, 0, 4,
               1024, 0, 1, 2,       # GTModelTypeGeoKey = geographic
               1025, 0, 1, 1,       # GTRasterTypeGeoKey = PixelIsArea
               2048, 0, 1, EPSG,    # GeographicTypeGeoKey = JGD2011
               2054, 0, 1, 9102]    # GeogAngularUnitsGeoKey = degree
    tags = [
        (256, _LONG, [width]), (257, _LONG, [height]), (258, _SHORT, [32]), (259, _SHORT, [8]),
        (262, _SHORT, [1]), (273, _LONG, [0] * len(strips)), (277, _SHORT, [1]),
        (278, _LONG, [rows_per_strip]), (279, _LONG, [len(s) for s in strips]), (284, _SHORT, [1]),
        (317, _SHORT, [3]), (339, _SHORT, [3]),
        (33550, _DOUBLE, [PIXEL, PIXEL, 0.0]),
        (33922, _DOUBLE, [0.0, 0.0, 0.0, WEST, NORTH, 0.0]),
        (34735, _SHORT, geokeys),
        (42112, _ASCII, metadata.encode("ascii") + b"\0"),
        (42113, _ASCII, b"-9999\0"),
    ]
    out = bytearray(b"II*\0\0\0\0\0")
    offsets = []
    for s in strips:
        offsets.append(len(out))
        out += s
        if len(out) % 2:
            out += b"\0"
    tags[5] = (273, _LONG, offsets)
    # out-of-line values, then the IFD
    values: dict[int, int] = {}
    for tag, typ, val in tags:
        size = len(val) * _SIZES[typ]
        if size > 4:
            values[tag] = len(out)
            out += bytes(val) if typ == _ASCII else struct.pack(f"<{len(val)}{_FORMATS[typ]}", *val)
            if len(out) % 2:
                out += b"\0"
    ifd_offset = len(out)
    out += struct.pack("<H", len(tags))
    for tag, typ, val in tags:
        out += struct.pack("<HHI", tag, typ, len(val))
        if tag in values:
            out += struct.pack("<I", values[tag])
        elif typ == _ASCII:
            out += bytes(val).ljust(4, b"\0")
        else:
            out += struct.pack(f"<{len(val)}{_FORMATS[typ]}", *val).ljust(4, b"\0")
    out += struct.pack("<I", 0)
    out[4:8] = struct.pack("<I", ifd_offset)
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(bytes(out))
