"""Rows → hive partitions (``city``, ``mesh1``) and working CRS → lake CRS.

The PLATEAU parser measures polygons (zero-area and sliver checks, wall/roof/ground classification) in the CRS it
writes, so it must write a metric one: the lake parses in the JGD2011 plane rectangular zone of the source, as a
project would, and the sink transforms the WKB to EPSG:6668 (lon/lat) before it writes. (Parsed directly in
degrees, 40 % of the LOD2 surfaces of a real Osaka file were dropped as "zero area".)"""

from __future__ import annotations

import re
from functools import cache

import numpy as np
import pyarrow as pa

from twin.lake.layout import LAKE_CRS, UNKNOWN_CITY

_CITY_PREFIX = re.compile(r"^(\d{5})-")


@cache
def _transformer(src: str):
    from pyproj import Transformer

    return Transformer.from_crs(src, LAKE_CRS, always_xy=True)


def to_lake_crs(wkb: pa.ChunkedArray | pa.Array, src: str) -> tuple[pa.Array, np.ndarray, list[str]]:
    """(ISO WKB in EPSG:6668, n × 4 bounds, GeoParquet geometry type names) of WKB geometries in ``src``; z (T.P.
    height) passes unchanged."""
    import shapely

    from twin.lake.geoparquet import geometry_types

    geoms = shapely.from_wkb(np.asarray(wkb.to_numpy(zero_copy_only=False), dtype=object))
    tr = _transformer(src)

    def xy(coords: np.ndarray) -> np.ndarray:     # x, y transformed; z (when there) as it is
        x, y = tr.transform(coords[:, 0], coords[:, 1])
        return np.column_stack([x, y, *coords[:, 2:].T])

    has_z = shapely.has_z(geoms)
    if has_z.all() or not has_z.any():
        geoms = shapely.transform(geoms, xy, include_z=bool(has_z.any()))
    else:
        geoms[has_z] = shapely.transform(geoms[has_z], xy, include_z=True)
        geoms[~has_z] = shapely.transform(geoms[~has_z], xy, include_z=False)
    out = shapely.to_wkb(geoms, flavor="iso", output_dimension=3)
    return pa.array(out, pa.binary()), shapely.bounds(geoms), geometry_types(geoms)


def mesh1_of_bounds(bounds: np.ndarray) -> np.ndarray:
    """The first-order mesh code (4 digits, as str) of each bbox centre; '' where the bounds are NaN."""
    lon = (bounds[:, 0] + bounds[:, 2]) / 2
    lat = (bounds[:, 1] + bounds[:, 3]) / 2
    ok = np.isfinite(lon) & np.isfinite(lat)
    a = np.floor(np.where(ok, lat, 0) * 1.5).astype(np.int64)
    b = np.floor(np.where(ok, lon, 100)).astype(np.int64) - 100
    return np.array([f"{x:02d}{y:02d}" if k else "" for x, y, k in zip(a.tolist(), b.tolist(), ok.tolist(),
                                                                    strict=True)], dtype=object)


def fill_mesh(mesh: np.ndarray, mesh_codes: list | None) -> np.ndarray:
    """Rows without geometry: the first 4 digits of their file's mesh code, else ``unknown``."""
    for i in np.flatnonzero(mesh == ""):
        code = mesh_codes[i] if mesh_codes is not None else None
        mesh[i] = code[:4] if code and len(code) >= 4 and code[:4].isdigit() else UNKNOWN_CITY
    return mesh


def cities(city_hint: str | None, building_ids: list | None, n: int) -> list[str]:
    """Municipality code per row: the dataset's, else the building ID's 5-digit prefix, else ``unknown``."""
    if city_hint:
        return [city_hint] * n
    if building_ids is None:
        return [UNKNOWN_CITY] * n
    out = []
    for b in building_ids:
        m = _CITY_PREFIX.match(b) if b else None
        out.append(m.group(1) if m else UNKNOWN_CITY)
    return out


def child_keys(gml_ids: pa.ChunkedArray | pa.Array, parent_of: dict[str, int]) -> np.ndarray:
    """The parent's partition id for each child row (-1 where the parent is unknown); dictionary-encoded ids
    are looked up once per distinct value."""
    arr = gml_ids.combine_chunks() if isinstance(gml_ids, pa.ChunkedArray) else gml_ids
    if pa.types.is_dictionary(arr.type):
        values = np.array([parent_of.get(v, -1) for v in arr.dictionary.to_pylist()] + [-1], dtype=np.int64)
        idx = arr.indices.fill_null(len(arr.dictionary)).to_numpy(zero_copy_only=False)
        return values[idx]
    return np.array([parent_of.get(v, -1) for v in arr.to_pylist()], dtype=np.int64)
