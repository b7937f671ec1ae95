"""Write one GeoParquet 1.1 file: WKB geometry, CRS as PROJJSON, a ``bbox`` covering column, written to a
hidden temporary name and renamed into place (a killed writer never leaves a half-written file)."""

from __future__ import annotations

import json
import os
from functools import cache
from pathlib import Path

import numpy as np
import pyarrow as pa
import pyarrow.parquet as pq

GEOPARQUET_VERSION = "1.1.0"
BBOX_TYPE = pa.struct([("xmin", pa.float64()), ("ymin", pa.float64()), ("xmax", pa.float64()),
                       ("ymax", pa.float64())])
_TYPE_NAMES = {0: "Point", 1: "LineString", 3: "Polygon", 4: "MultiPoint", 5: "MultiLineString",
               6: "MultiPolygon", 7: "GeometryCollection"}


@cache
def crs_projjson(crs: str) -> dict:
    from pyproj import CRS

    return CRS(crs).to_json_dict()


def bounds_of_wkb(wkb: pa.Array | pa.ChunkedArray) -> tuple[np.ndarray, list[str]]:
    """(n × 4 array of xmin, ymin, xmax, ymax; the GeoParquet geometry type names present, with " Z")."""
    import shapely

    geoms = shapely.from_wkb(np.asarray(wkb.to_numpy(zero_copy_only=False), dtype=object))
    return shapely.bounds(geoms), geometry_types(geoms)


def geometry_types(geoms: np.ndarray) -> list[str]:
    """The GeoParquet geometry type names of shapely geometries (" Z" when 3D), missing ones left out."""
    import shapely

    codes = np.unique(shapely.get_type_id(geoms) * 2 + shapely.has_z(geoms))
    return sorted(_TYPE_NAMES.get(int(c) // 2, "Unknown") + (" Z" if c % 2 else "") for c in codes.tolist() if c >= 0)


def bbox_bounds(table: pa.Table) -> np.ndarray:
    """n × 4 bounds read back from a table's ``bbox`` covering column."""
    bb = table.column("bbox").combine_chunks()
    return np.column_stack([bb.field(k).to_numpy(zero_copy_only=False).astype(np.float64)
                            for k in ("xmin", "ymin", "xmax", "ymax")])


def with_bbox(table: pa.Table, geometry: str, bounds: np.ndarray) -> pa.Table:
    """``table`` with a ``bbox`` struct column computed from ``bounds`` (n × 4)."""
    arrays = [pa.array(bounds[:, i], pa.float64()) for i in range(4)]
    bbox = pa.StructArray.from_arrays(arrays, fields=list(BBOX_TYPE))
    if "bbox" in table.column_names:
        table = table.drop_columns(["bbox"])
    return table.append_column("bbox", bbox)


def geo_metadata(geometry: str, crs: str, bounds: np.ndarray, types: list[str]) -> dict:
    box = ([float(np.nanmin(bounds[:, 0])), float(np.nanmin(bounds[:, 1])),
            float(np.nanmax(bounds[:, 2])), float(np.nanmax(bounds[:, 3]))] if len(bounds) else [])
    return {"version": GEOPARQUET_VERSION, "primary_column": geometry,
            "columns": {geometry: {"encoding": "WKB", "geometry_types": types, "crs": crs_projjson(crs),
                                   **({"bbox": box} if box else {}),
                                   "covering": {"bbox": {k: ["bbox", k] for k in ("xmin", "ymin", "xmax", "ymax")}}}}}


def write_atomic(table: pa.Table, path: Path, *, geometry: str | None, crs: str,
                 types: list[str] | None = None) -> int:
    """Write ``table`` to ``path`` (GeoParquet when ``geometry`` names its WKB column, plain Parquet else):
    first to ``.<name>.tmp-<pid>`` in the same folder, then renamed. Returns the bytes written.

    With ``types`` (the geometry type names) the table's own ``bbox`` column is trusted as the covering column
    (the caller computed it); without, bbox and types are computed from the WKB."""
    path = Path(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    if geometry is not None:
        if types is not None and "bbox" in table.column_names:
            bounds = bbox_bounds(table)
        else:
            bounds, types = bounds_of_wkb(table.column(geometry))
            table = with_bbox(table, geometry, bounds)
        meta = dict(table.schema.metadata or {})
        meta[b"geo"] = json.dumps(geo_metadata(geometry, crs, bounds, types)).encode()
        table = table.replace_schema_metadata(meta)
    tmp = path.with_name(f".{path.name}.tmp-{os.getpid()}")
    try:
        pq.write_table(table, tmp, compression="zstd", row_group_size=64_000)
        os.replace(tmp, path)
    finally:
        if tmp.exists():
            tmp.unlink()
    return path.stat().st_size
