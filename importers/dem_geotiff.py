"""GeoTIFF rasters (DEMs and overlays) into the ``rasters`` table, in the project CRS.

A single-band numeric GeoTIFF is a DEM (``kind='dem'``) unless the option ``kind=overlay`` says
otherwise; multi-band files (RGB, RGBA, …) are overlays. A raster in another CRS is warped into the
project CRS with :func:`rasterio.warp.reproject` (bilinear for DEMs and continuous overlays, nearest for
paletted ones) on the grid :func:`rasterio.warp.calculate_default_transform` proposes. Nodata is kept:
the file's nodata value, or -9999 for a float DEM without one (0 for an overlay), so that the corners
the warp leaves empty are marked. Pixels are stored with :func:`twin.raster.encode`; read them back with
:func:`twin.raster.load_raster`.
"""

from __future__ import annotations

import warnings
from pathlib import Path
from typing import Any

import numpy as np
import pyarrow as pa
from shapely.geometry import Polygon

from importers.registry import Importer, register
from twin.crs import Location
from twin.errors import InputError
from twin.raster import encode
from twin.store.sources import SourceWriter

#: TIFF, BigTIFF; little and big endian
TIFF_MAGIC = (b"II*\x00", b"MM\x00*", b"II+\x00", b"MM\x00+")
#: refuse rasters that would need more than this many cells in the project (crop or resample them first)
MAX_CELLS = 200_000_000
DEFAULT_DEM_NODATA = -9999.0


def is_tiff(path: Path) -> bool:
    try:
        with open(path, "rb") as f:
            return f.read(4) in TIFF_MAGIC
    except (IsADirectoryError, PermissionError):
        return False


@register
class GeoTiffImporter(Importer):
    name = "geotiff"
    version = "1"
    label = "GeoTIFF raster (DEM or overlay)"
    patterns = ("*.tif", "*.tiff")
    tables = ("rasters",)
    options = {
        "name": "name of the raster in the project (default: the file name without extension)",
        "kind": "dem or overlay (default: dem for a single numeric band, overlay otherwise)",
    }

    def sniff(self, path: Path) -> float:
        return 0.9 if path.is_file() and is_tiff(path) else 0.0

    def locate(self, path: Path) -> Location | None:
        """The centre of the raster's bounds, transformed from its CRS to latitude/longitude with pyproj."""
        import math

        import rasterio
        from pyproj import CRS, Transformer
        from pyproj.exceptions import CRSError, ProjError
        from rasterio.errors import RasterioError

        path = Path(path)
        if not (path.is_file() and is_tiff(path)):
            return None
        try:
            with warnings.catch_warnings():
                warnings.simplefilter("ignore")   # NotGeoreferencedWarning: read() reports it
                with rasterio.open(path) as src:
                    if src.crs is None or src.transform.is_identity:
                        return None
                    wkt, b = src.crs.to_wkt(), src.bounds
            to_latlon = Transformer.from_crs(CRS.from_wkt(wkt), "EPSG:6668", always_xy=True)
            lon, lat = to_latlon.transform((b.left + b.right) / 2, (b.bottom + b.top) / 2)
        except (RasterioError, OSError, CRSError, ProjError):   # unreadable here: read() says what is wrong
            return None
        if not (math.isfinite(lat) and math.isfinite(lon) and -90 <= lat <= 90 and -180 <= lon <= 180):
            return None
        return Location(lat, lon)

    def read(self, path: Path, writer: SourceWriter, options: dict[str, Any]) -> None:
        import rasterio
        from rasterio.crs import CRS
        from rasterio.errors import CRSError, RasterioError

        path = Path(path)
        if not path.is_file():
            raise InputError(path, "is not a file; the GeoTIFF importer reads one .tif file")
        size = path.stat().st_size
        if size == 0:
            raise InputError(path, "is empty (0 bytes), not a TIFF")
        if not is_tiff(path):
            raise InputError(path, "is not a TIFF file: it does not start with the TIFF signature (II*/MM*)")
        kind_opt = options.get("kind")
        if kind_opt is not None and kind_opt not in ("dem", "overlay"):
            raise InputError(path, f"option kind must be 'dem' or 'overlay', not {kind_opt!r}")
        writer.progress(0, size, "bytes", "reading GeoTIFF")
        try:
            dst_crs = CRS.from_user_input(writer.crs)
        except CRSError as exc:  # pragma: no cover - the project CRS is validated when it is chosen
            raise InputError(path, f"the project CRS {writer.crs!r} is not usable: {exc}") from None
        try:
            with warnings.catch_warnings():
                warnings.simplefilter("ignore")   # NotGeoreferencedWarning: reported below as an error
                with rasterio.open(path) as src:
                    self._check(path, src)
                    kind = kind_opt or ("dem" if src.count == 1 else "overlay")
                    if kind == "dem" and src.count != 1:
                        raise InputError(path, f"a DEM needs one band; this file has {src.count}. "
                                               "Import it with kind=overlay.")
                    data = src.read()
                    writer.progress(size // 2, size, "bytes", "read pixels")
                    paletted = src.count == 1 and _has_colormap(src)
                    arr, transform, nodata = self._to_project_crs(path, src, data, dst_crs, kind, paletted)
        except InputError:
            raise
        except RasterioError as exc:
            raise InputError(path, f"cannot be read as a GeoTIFF ({_gdal_message(exc)}); the file may be "
                                   "truncated or damaged") from None
        writer.check_cancelled()
        blob, dtype = encode(arr)
        bands, height, width = arr.shape
        a, b, c, d, e, f = (float(v) for v in tuple(transform)[:6])
        corners = [(c + a * i + b * j, f + d * i + e * j) for i, j in ((0, 0), (width, 0), (width, height),
                                                                      (0, height))]
        table = pa.table({
            "name": [options.get("name") or path.stem],
            "kind": [kind],
            "crs": [writer.crs],
            "width": pa.array([width], pa.int32()),
            "height": pa.array([height], pa.int32()),
            "bands": pa.array([bands], pa.int32()),
            "dtype": [dtype],
            "transform": pa.array([[a, b, c, d, e, f]], pa.list_(pa.float64())),
            "nodata": pa.array([nodata], pa.float64()),
            "data": pa.array([blob], pa.binary()),
            "extent": pa.array([Polygon(corners).wkb], pa.binary()),
        })
        writer.insert_arrow("rasters", table, geometry_columns=["extent"])
        writer.progress(size, size, "bytes", "stored")

    # -- helpers ---------------------------------------------------------------------------------------
    @staticmethod
    def _check(path: Path, src) -> None:
        if src.driver not in ("GTiff", "COG"):
            raise InputError(path, f"is read by GDAL as {src.driver}, not as a GeoTIFF")
        if src.crs is None:
            if src.gcps[0]:
                raise InputError(path, "has ground control points but no coordinate reference system; "
                                       "georeference it (e.g. gdalwarp) before importing")
            raise InputError(path, "has no coordinate reference system (no georeferencing): it is a plain "
                                   "TIFF image, not a GeoTIFF")
        if src.transform.is_identity:
            if src.gcps[0]:
                raise InputError(path, "is georeferenced only by ground control points; warp it onto a grid "
                                       "(e.g. gdalwarp) before importing")
            raise InputError(path, "has a coordinate reference system but no geotransform (no "
                                   "georeferencing of its pixels)")
        kinds = {np.dtype(t).kind for t in src.dtypes}
        if not kinds <= set("iuf"):
            raise InputError(path, f"has pixel type {', '.join(sorted(set(src.dtypes)))}; only integer and "
                                   "floating-point rasters are supported")

    @staticmethod
    def _to_project_crs(path: Path, src, data: np.ndarray, dst_crs, kind: str, paletted: bool):
        from rasterio.warp import Resampling, calculate_default_transform, reproject

        nodata = src.nodata
        if kind == "dem" and not np.issubdtype(data.dtype, np.floating):
            data = data.astype(np.float32)  # heights interpolate; keep integer DEMs' nodata value
        if src.crs == dst_crs:
            _check_size(path, data.shape[0] * data.shape[1] * data.shape[2])
            return data, src.transform, None if nodata is None else float(nodata)
        if nodata is None:  # the warp leaves the corners outside the source empty: mark them
            nodata = DEFAULT_DEM_NODATA if kind == "dem" else 0.0
        transform, width, height = calculate_default_transform(src.crs, dst_crs, src.width, src.height,
                                                               *src.bounds)
        _check_size(path, data.shape[0] * width * height)
        out = np.full((data.shape[0], height, width), nodata, dtype=data.dtype)
        resampling = Resampling.nearest if paletted else Resampling.bilinear
        reproject(source=data, destination=out, src_transform=src.transform, src_crs=src.crs,
                  src_nodata=nodata, dst_transform=transform, dst_crs=dst_crs, dst_nodata=nodata,
                  resampling=resampling)
        return out, transform, float(nodata)


def _check_size(path: Path, cells: int) -> None:
    if cells > MAX_CELLS:
        raise InputError(path, f"is too large to store in the project ({cells:,} cells after warping; the "
                               f"limit is {MAX_CELLS:,}); crop or resample it first")


def _has_colormap(src) -> bool:
    try:
        src.colormap(1)
        return True
    except ValueError:
        return False


def _gdal_message(exc: BaseException) -> str:
    """GDAL's own words: rasterio often says "Read failed. See previous exception" and chains the cause."""
    chain = [exc]
    while chain[-1].__cause__ is not None or chain[-1].__context__ is not None:
        nxt = chain[-1].__cause__ or chain[-1].__context__
        if nxt in chain or len(chain) > 5:
            break
        chain.append(nxt)
    texts = [" ".join(str(e).split()) for e in chain]
    texts = [t for t in texts if t and "see previous exception" not in t.lower()] or texts
    text = texts[-1]
    return text if len(text) <= 200 else text[:197] + "..."
