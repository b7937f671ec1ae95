"""Population within a catchment (Qt-free): mesh population apportioned to a polygon.

**Catchments.** A circle around Kaga Onsen Station (``station-800m``, ``station-1500m``, ``station-3000m``, any
``station-<n>m``, or the analysis's ``radius_m``); the polygons of a GeoJSON / GeoPackage file (read with pyogrio,
transformed to the project CRS and dissolved); a WKT polygon in the project CRS (the GUI's drawn polygon, the
analysis's ``wkt``); or a **network** catchment, ``station-walk-<n>m`` (or ``network=True`` with a radius): the
roads of ``road_segments`` reached within n metres along the network from the station, buffered by a walk-off
distance (100 m; :mod:`twin.catchment_network`).

**Apportioning** (``method``):

* ``area`` (area share): each cell counts with the share of its area inside the catchment,
  ``ST_Area(ST_Intersection(cell, catchment)) / ST_Area(cell)``; people are assumed to be spread evenly over
  a cell.
* ``floor-area`` (residential floor-area share): each cell counts with the share of its residential floor area
  inside the catchment, i.e. the floor area of the PLATEAU residential buildings of the cell whose point lies in
  the catchment over the floor area of all the cell's residential buildings (view ``mesh_residential_buildings``;
  usage 411–415; total floor area, else footprint × storeys, else footprint × height / 3 m); people are assumed
  to live in proportion to the residential floor area. A cell with no residential floor area (no PLATEAU
  buildings there) falls back to its area share; the number of such cells is reported (``fallback_cells``,
  and a warning of the analysis).

Merged cells are counted once, with the rule of ``mesh_population_totals``: rows with ``merged_into`` set are left
out, since the cell they were merged into publishes the combined value; that value is apportioned by the share of
the combined area (or floor area) of the cell and the cells merged into it. Suppressed values (NULL) count as
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
#: apportioning methods (see the module docstring)
METHODS = ("area", "floor-area")
#: output columns ← mesh_population bands
BANDS = {"total": "total", "age_0_14": "0-14", "age_15_64": "15-64", "age_65_plus": "65+", "age_75_plus": "75+"}
COLUMNS = ("catchment", "year", "kind", *BANDS, "share_65_plus", "cells", "method", "fallback_cells")


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


def network_catchment(cur: Any, crs: str, distance_m: float, *, walk_off_m: float | None = None,
                      from_xy: tuple[float, float] | None = None) -> str:
    """WKT (in ``crs``) of the service area within ``distance_m`` along ``road_segments`` of the station (or of
    ``from_xy``), buffered by ``walk_off_m`` (default :data:`twin.catchment_network.WALK_OFF_M`)."""
    from twin import catchment_network as net
    if distance_m <= 0:
        raise TwinError(f"the network distance must be positive, not {distance_m}")
    graph = net.load_graph(cur)
    if not len(graph.seg_ids):
        raise TwinError("a network catchment needs the road network: import road centre lines "
                        "(road_segments) first")
    origin = from_xy or station_xy(crs)
    area = net.service_area(graph, origin, distance_m,
                            walk_off_m=net.WALK_OFF_M if walk_off_m is None else walk_off_m)
    if area is None:
        raise TwinError(f"no road segment within {net.SNAP_M:g} m of the station: the network catchment "
                        "cannot start")
    return area.wkt


def wkt_catchment(wkt: str) -> str:
    """The WKT of a (multi)polygon given as WKT (in the project CRS), checked."""
    import shapely
    try:
        g = shapely.from_wkt(wkt)
    except Exception as exc:                 # shapely's GEOSException: one clear line
        raise TwinError(f"the catchment WKT cannot be read: {exc}") from None
    if g is None or g.is_empty or g.geom_type not in ("Polygon", "MultiPolygon"):
        raise TwinError("the catchment WKT must be a non-empty POLYGON or MULTIPOLYGON in the project CRS")
    return shapely.make_valid(g).wkt if not g.is_valid else g.wkt


def file_catchment(path: str | Path, crs: str) -> str:
    """WKT of the union of the (multi)polygons in a GeoJSON / GeoPackage file, in ``crs``."""
    import pyogrio
    import shapely
    p = Path(path).expanduser()
    if not p.exists():
        raise InputError(p, "catchment file not found (give station-800m, station-1500m, station-3000m, "
                              "station-walk-800m or a GeoJSON/GeoPackage file)")
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


def station_distance(catchment: str) -> tuple[float, bool] | None:
    """(metres, along the network?) of a named station catchment: ``station-800m`` → (800, False),
    ``station-walk-800m`` → (800, True); None for anything else (a file)."""
    m = re.fullmatch(r"station-(walk-)?(\d+(?:\.\d+)?)m", catchment)
    return (float(m.group(2)), bool(m.group(1))) if m else None


def resolve(catchment: str, crs: str, *, cur: Any = None, network: bool = False,
            walk_off_m: float | None = None) -> tuple[str, str]:
    """(name, WKT in ``crs``) of a named station catchment (``station-<n>m``; a network one with
    ``station-walk-<n>m`` or ``network=True``, which need ``cur``, a cursor on the project) or a polygon file."""
    station = station_distance(catchment)
    if station:
        radius, along = station
        if along or network:
            if cur is None:
                raise TwinError(f"the network catchment {catchment} needs the project (a cursor)")
            return f"station-walk-{radius:g}m", network_catchment(cur, crs, radius, walk_off_m=walk_off_m)
        return catchment, station_circle(crs, radius)
    if network:
        raise TwinError("a network distance applies to the station catchments (station-800m …), not to a file")
    return Path(catchment).name, file_catchment(catchment, crs)


_FLOOR_NONE = "SELECT NULL::VARCHAR AS mesh_code, NULL::DOUBLE AS fa, NULL::DOUBLE AS fa_in WHERE false"
_FLOOR = """SELECT b.mesh_code, sum(b.floor_area_m2) AS fa,
                   sum(b.floor_area_m2) FILTER (WHERE ST_Intersects(c.g, b.pt)) AS fa_in
            FROM mesh_residential_buildings b, c WHERE b.mesh_code IN (SELECT mesh_code FROM geo)
            GROUP BY b.mesh_code"""

#: the CTEs ending in ``shares`` (year, kind, mesh_code, share, fallback): the published cells with people in the
#: catchment ``?`` (its WKT) and the share each counts with; then ``? IS NULL OR year = ?`` (the year filter).
#: ``pop`` holds those cells' published values (year, kind, band, value, mesh_code, muni_code).
#: Only the cells touching the catchment are read, and each cell's area is measured once; only a merged census
#: cell needs its year and kind (the cells merged into it may differ between years).
_SHARES = """
c AS (SELECT ST_GeomFromText(?) AS g),
merged AS MATERIALIZED (   -- cells merged into another (e-Stat HTKSYORI 2) per year and kind: owner ← member
    SELECT DISTINCT year, kind, merged_into AS owner, mesh_code FROM mesh_population WHERE merged_into IS NOT NULL),
hit AS MATERIALIZED (SELECT mc.mesh_code FROM mesh_cells mc, c WHERE ST_Intersects(mc.geom, c.g)),
owners AS MATERIALIZED (   -- the cells touching the catchment, and the cells such cells were merged into
    SELECT mesh_code AS owner FROM hit UNION SELECT owner FROM merged WHERE mesh_code IN (SELECT mesh_code FROM hit)),
pop AS MATERIALIZED (      -- their published values (mesh_population is read once)
    SELECT year, kind, band, value, mesh_code, muni_code FROM mesh_population
    WHERE merged_into IS NULL AND mesh_code IN (SELECT owner FROM owners) AND (? IS NULL OR year = ?)),
published AS (SELECT DISTINCT year, kind, mesh_code AS owner FROM pop),   -- the years and kinds of each
members AS MATERIALIZED (  -- each published cell and the cells merged into it
    SELECT year, kind, owner, owner AS mesh_code FROM published
    UNION SELECT m.year, m.kind, m.owner, m.mesh_code FROM merged m JOIN published p USING (year, kind, owner)),
geo AS MATERIALIZED (      -- each cell's area and its area inside the catchment, once per cell
    SELECT mc.mesh_code, ST_Area(mc.geom) AS area,
           CASE WHEN ST_Intersects(mc.geom, c.g) THEN ST_Area(ST_Intersection(mc.geom, c.g)) ELSE 0 END AS inside
    FROM mesh_cells mc, c WHERE mc.mesh_code IN (SELECT mesh_code FROM members)),
floor AS ({floor}),        -- each cell's residential floor area, and the part whose buildings lie inside
areas AS (
    SELECT m.year, m.kind, m.owner, sum(x.area) AS area, sum(x.inside) AS inside, sum(f.fa) AS fa,
           sum(f.fa_in) AS fa_in
    FROM members m JOIN geo x ON x.mesh_code = m.mesh_code LEFT JOIN floor f ON f.mesh_code = m.mesh_code
    GROUP BY m.year, m.kind, m.owner),
shares AS (
    SELECT year, kind, owner AS mesh_code,
           CASE WHEN fa > 0 THEN coalesce(fa_in, 0) / fa ELSE inside / area END AS share,
           NOT coalesce(fa > 0, false) AS fallback
    FROM areas WHERE area > 0 AND inside > 0)"""

_APPORTION = """
SELECT p.year, p.kind, p.band, sum(p.value * s.share) AS value, count(DISTINCT p.mesh_code) AS cells,
       count(DISTINCT p.mesh_code) FILTER (WHERE s.fallback) AS fallback_cells,
       list(DISTINCT p.muni_code ORDER BY p.muni_code) FILTER (WHERE p.muni_code IS NOT NULL) AS muni_codes
FROM pop p JOIN shares s ON s.year = p.year AND s.kind = p.kind AND s.mesh_code = p.mesh_code
WHERE {bands}
GROUP BY p.year, p.kind, p.band ORDER BY ALL
"""


def shares_sql(method: str = "area") -> str:
    """The ``WITH`` clause ending in the CTEs ``pop`` (the published values of the cells touching the catchment)
    and ``shares`` (year, kind, mesh_code, share, fallback) for ``method``; its parameters are the catchment's WKT
    and the year (or None) twice. The one place the weights are computed: :func:`cell_shares` lists them,
    :func:`apportion` sums the bands with them."""
    if method not in METHODS:
        raise TwinError(f"unknown apportioning method {method!r}; use one of {', '.join(METHODS)}")
    return "WITH " + _SHARES.format(floor=_FLOOR if method == "floor-area" else _FLOOR_NONE)


def cell_shares(cur: Any, wkt: str, *, method: str = "area",
                year: int | None = None) -> list[tuple[int, str, str, float]]:
    """(year, kind, mesh_code, share) of every published cell with people in the catchment ``wkt`` (a polygon in
    the project CRS): the weight its values count with under ``method`` (see the module docstring; a cell merged
    into another has none, the cell it was merged into carries the combined share). ``year`` limits the rows."""
    rows = cur.execute(shares_sql(method) + "\nSELECT year, kind, mesh_code, share FROM shares ORDER BY ALL",
                       [wkt, year, year]).fetchall()
    return [(int(y), k, code, float(share)) for y, k, code, share in rows]


def apportion(cur: Any, wkt: str, *, method: str = "area", year: int | None = None,
              bands: tuple[str, ...] | None = None) -> list[tuple[int, str, str, float | None, int, int, list]]:
    """(year, kind, band, value, cells, fallback_cells, muni_codes) per year, kind and band (only ``bands`` when
    given): the published values of the cells weighted by :func:`cell_shares` and summed, the cells counted, those
    apportioned by area for want of floor area, and the municipality codes met. :func:`summarise` and the
    catchment pyramid (:func:`twin.population_pyramid.catchment_values`) both come from here."""
    where = "p.band IN (SELECT unnest(?::VARCHAR[]))" if bands is not None else "true"
    args = [wkt, year, year] + ([list(bands)] if bands is not None else [])
    rows = cur.execute(shares_sql(method) + _APPORTION.format(bands=where), args).fetchall()
    return [(int(y), k, b, None if v is None else float(v), int(n), int(f), list(m or []))
            for y, k, b, v, n, f, m in rows]


def summarise(cur: Any, catchment_wkt: str, *, name: str = "catchment", year: int | None = None,
              method: str = "area") -> list[dict[str, Any]]:
    """One row per year and kind (census/projection): ``COLUMNS``. ``cur`` is a DuckDB cursor on the project
    (spatial loaded); ``catchment_wkt`` a polygon in the project CRS; ``method`` ``area`` or ``floor-area``."""
    rows = apportion(cur, catchment_wkt, method=method, year=year, bands=tuple(BANDS.values()))
    out: dict[tuple[int, str], dict[str, Any]] = {}
    by_band = {v: k for k, v in BANDS.items()}
    for y, kind, band, value, cells, fallback, _munis in rows:
        r = out.setdefault((y, kind), {"catchment": name, "year": y, "kind": kind, **{k: None for k in BANDS},
                                       "share_65_plus": None, "cells": 0, "method": method, "fallback_cells": 0})
        r[by_band[band]] = value
        r["cells"] = max(r["cells"], cells)
        if method == "floor-area":
            r["fallback_cells"] = max(r["fallback_cells"], fallback)
    for r in out.values():
        if r["total"] and r["age_65_plus"] is not None:
            r["share_65_plus"] = r["age_65_plus"] / r["total"]
    return [out[k] for k in sorted(out)]


# -- the analysis -----------------------------------------------------------------------------------------------


def catchment_of(cur: Any, crs: str, params: dict[str, Any]) -> tuple[str, str]:
    """(name, WKT) of the analysis's catchment: ``wkt`` (named ``name`` or "polygon"), else ``file``, else the
    station at ``radius_m`` (along the network when ``network``)."""
    if params.get("wkt"):
        return params.get("name") or "polygon", wkt_catchment(str(params["wkt"]))
    if params.get("file"):
        return resolve(str(params["file"]), crs)
    radius = float(params["radius_m"])
    if params.get("network"):
        return f"station-walk-{radius:g}m", network_catchment(cur, crs, radius, walk_off_m=params.get("walk_off_m"))
    return f"station-{radius:g}m", station_circle(crs, radius)


def run(ctx: Any) -> None:
    """Analysis ``population-catchment``: writes ``catchment_population`` (``COLUMNS``)."""
    import pyarrow as pa
    p = ctx.params
    ctx.progress(0, 2, "catchment")
    name, wkt = catchment_of(ctx.cursor, ctx.store.crs, p)
    method = p.get("method") or "area"
    rows = summarise(ctx.cursor, wkt, name=name, year=p.get("year"), method=method)
    if not rows:
        ctx.warn("no mesh population inside the catchment (is a population mesh imported?)")
    fallback = max((r["fallback_cells"] for r in rows), default=0)
    if fallback:
        ctx.warn(f"{fallback} of the catchment's cells have no residential floor area (no PLATEAU residential "
                 "buildings) and were apportioned by area share")
    ctx.progress(1, 2, "apportioning")
    table = pa.table({c: [r[c] for r in rows] for c in COLUMNS},
                     schema=pa.schema([("catchment", pa.string()), ("year", pa.int32()), ("kind", pa.string()),
                                       *[(k, pa.float64()) for k in BANDS], ("share_65_plus", pa.float64()),
                                       ("cells", pa.int32()), ("method", pa.string()),
                                       ("fallback_cells", pa.int32())]))
    ctx.cursor.register("_catchment_rows", table)
    try:
        ctx.cursor.execute("DELETE FROM catchment_population")
        ctx.cursor.execute(f"INSERT INTO catchment_population ({', '.join(COLUMNS)}) "
                           f"SELECT {', '.join(COLUMNS)} FROM _catchment_rows")
    finally:
        ctx.cursor.unregister("_catchment_rows")
    ctx.progress(2, 2, "done")


__all__ = ["BANDS", "COLUMNS", "METHODS", "STATION_CATCHMENTS", "apportion", "catchment_of", "cell_shares",
           "file_catchment", "network_catchment", "resolve", "run", "shares_sql", "station_circle", "station_distance",
           "station_xy", "summarise", "wkt_catchment"]
