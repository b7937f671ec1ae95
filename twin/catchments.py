"""Population within a catchment (Qt-free): mesh population apportioned to a polygon by area share.

A catchment is a circle around Kaga Onsen Station (``station-800m``, ``station-1500m``, ``station-3000m``, or any
radius) or the polygons of a GeoJSON / GeoPackage file (read with pyogrio, transformed to the project CRS and
dissolved). Each mesh value counts with the share of its cell's area inside the catchment,
``ST_Area(ST_Intersection(cell, catchment)) / ST_Area(cell)``: people are assumed to be spread evenly over a cell.

Merged cells are counted once, with the rule of ``mesh_population_totals``: rows with ``merged_into`` set are left
out, since the cell they were merged into publishes the combined value; that value is apportioned by the share of
the combined area (the cell and the cells merged into it) inside the catchment. Suppressed values (NULL) count as
nothing.

The analysis ``population-catchment`` (the population theme) writes ``catchment_population``; :func:`summarise`
computes the same rows without writing anything.
"""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any

from twin.errors import InputError, TwinError

#: the named catchments: circles around Kaga Onsen Station (radius in metres)
STATION_CATCHMENTS = {"station-800m": 800.0, "station-1500m": 1500.0, "station-3000m": 3000.0}
#: output columns ← mesh_population bands
BANDS = {"total": "total", "age_0_14": "0-14", "age_15_64": "15-64", "age_65_plus": "65+", "age_75_plus": "75+"}
COLUMNS = ("catchment", "year", "kind", *BANDS, "share_65_plus", "cells")


def station_xy(crs: str) -> tuple[float, float]:
    """Kaga Onsen Station (``twin.paths.STATION_LATLON``) in ``crs``."""
    from pyproj import Transformer

    from twin.paths import STATION_LATLON
    lat, lon = STATION_LATLON
    x, y = Transformer.from_crs("EPSG:4326", crs, always_xy=True).transform(lon, lat)
    return float(x), float(y)


def station_circle(crs: str, radius_m: float) -> str:
    """WKT of the circle of ``radius_m`` around the station in ``crs`` (a 256-gon)."""
    import shapely
    if radius_m <= 0:
        raise TwinError(f"the catchment radius must be positive, not {radius_m}")
    x, y = station_xy(crs)
    return shapely.Point(x, y).buffer(radius_m, quad_segs=64).wkt


def file_catchment(path: str | Path, crs: str) -> str:
    """WKT of the union of the (multi)polygons in a GeoJSON / GeoPackage file, in ``crs``."""
    import pyogrio
    import shapely
    p = Path(path).expanduser()
    if not p.exists():
        raise InputError(p, "catchment file not found (give station-800m, station-1500m, station-3000m or a "
                              "GeoJSON/GeoPackage file)")
    try:
        df = pyogrio.read_dataframe(p)
    except Exception as exc:                 # pyogrio's DataSourceError and friends: one clear line
        raise InputError(p, f"cannot read the catchment: {exc}") from None
    if df.crs is None:
        raise InputError(p, "the catchment has no CRS; save it with one (e.g. EPSG:6668 or EPSG:6675)")
    geoms = [g for g in df.to_crs(crs).geometry if g is not None and g.geom_type in ("Polygon", "MultiPolygon")]
    if not geoms:
        raise InputError(p, "the catchment holds no polygons")
    return shapely.union_all(geoms).wkt


def resolve(catchment: str, crs: str) -> tuple[str, str]:
    """(name, WKT in ``crs``) of a named station catchment, ``station-<n>m``, or a polygon file."""
    if catchment in STATION_CATCHMENTS:
        return catchment, station_circle(crs, STATION_CATCHMENTS[catchment])
    m = re.fullmatch(r"station-(\d+(?:\.\d+)?)m", catchment)
    if m:
        return catchment, station_circle(crs, float(m.group(1)))
    return Path(catchment).name, file_catchment(catchment, crs)


_SQL = """
WITH c AS (SELECT ST_GeomFromText(?) AS g),
members AS (            -- each published cell (owner) and the cells merged into it, per year and kind
    SELECT DISTINCT year, kind, coalesce(merged_into, mesh_code) AS owner, mesh_code
    FROM mesh_population WHERE (? IS NULL OR year = ?)),
areas AS (
    SELECT m.year, m.kind, m.owner, sum(ST_Area(mc.geom)) AS area,
           sum(CASE WHEN ST_Intersects(mc.geom, c.g) THEN ST_Area(ST_Intersection(mc.geom, c.g)) ELSE 0 END)
               AS inside
    FROM members m JOIN mesh_cells mc ON mc.mesh_code = m.mesh_code, c
    GROUP BY m.year, m.kind, m.owner),
shares AS (SELECT year, kind, owner, inside / area AS share FROM areas WHERE area > 0 AND inside > 0)
SELECT p.year, p.kind, p.band, sum(p.value * s.share) AS value, count(DISTINCT p.mesh_code) AS cells
FROM mesh_population p JOIN shares s ON s.year = p.year AND s.kind = p.kind AND s.owner = p.mesh_code
WHERE p.merged_into IS NULL AND p.band IN ('total', '0-14', '15-64', '65+', '75+')
GROUP BY p.year, p.kind, p.band
"""


def summarise(cur: Any, catchment_wkt: str, *, name: str = "catchment",
              year: int | None = None) -> list[dict[str, Any]]:
    """One row per year and kind (census/projection): ``COLUMNS``. ``cur`` is a DuckDB cursor on the project
    (spatial loaded); ``catchment_wkt`` a polygon in the project CRS."""
    rows = cur.execute(_SQL, [catchment_wkt, year, year]).fetchall()
    out: dict[tuple[int, str], dict[str, Any]] = {}
    by_band = {v: k for k, v in BANDS.items()}
    for y, kind, band, value, cells in rows:
        r = out.setdefault((int(y), kind), {"catchment": name, "year": int(y), "kind": kind,
                                            **{k: None for k in BANDS}, "share_65_plus": None, "cells": 0})
        r[by_band[band]] = float(value) if value is not None else None
        r["cells"] = max(r["cells"], int(cells))
    for r in out.values():
        if r["total"] and r["age_65_plus"] is not None:
            r["share_65_plus"] = r["age_65_plus"] / r["total"]
    return [out[k] for k in sorted(out)]


# -- the analysis -----------------------------------------------------------------------------------------------


def run(ctx: Any) -> None:
    """Analysis ``population-catchment``: writes ``catchment_population`` (``COLUMNS``)."""
    import pyarrow as pa
    p = ctx.params
    crs = ctx.store.crs
    ctx.progress(0, 2, "catchment")
    if p.get("file"):
        name, wkt = resolve(str(p["file"]), crs)
    else:
        name, wkt = f"station-{float(p['radius_m']):g}m", station_circle(crs, float(p["radius_m"]))
    rows = summarise(ctx.cursor, wkt, name=name, year=p.get("year"))
    if not rows:
        ctx.warn("no mesh population inside the catchment (is a population mesh imported?)")
    ctx.progress(1, 2, "apportioning")
    table = pa.table({c: [r[c] for r in rows] for c in COLUMNS},
                     schema=pa.schema([("catchment", pa.string()), ("year", pa.int32()), ("kind", pa.string()),
                                       *[(k, pa.float64()) for k in BANDS], ("share_65_plus", pa.float64()),
                                       ("cells", pa.int32())]))
    ctx.cursor.register("_catchment_rows", table)
    try:
        ctx.cursor.execute("DELETE FROM catchment_population")
        ctx.cursor.execute(f"INSERT INTO catchment_population SELECT {', '.join(COLUMNS)} FROM _catchment_rows")
    finally:
        ctx.cursor.unregister("_catchment_rows")
    ctx.progress(2, 2, "done")


__all__ = ["BANDS", "COLUMNS", "STATION_CATCHMENTS", "file_catchment", "resolve", "run", "station_circle",
           "station_xy", "summarise"]
