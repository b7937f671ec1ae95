"""Layers the user adds by hand: a vector layer from any table, view or query with a geometry column, and a
raster overlay from a stored raster. Each factory checks its source against the store first, so a bad table
name or query is refused with a message instead of leaving a layer that cannot be drawn.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

import duckdb

from twin.document import LayerDataError, TwinDocument, default_style, is_query, quote_ident
from twin.layer import Layer
from twin.messages import tr
from twin.raster import RasterInfo, list_rasters
from twin.style import Style

#: tables of the store that are bookkeeping or have layers of their own kind, not vector map data
_INTERNAL = {"sources", "app_state", "project_meta", "schema_migrations", "rasters"}
_ID_COLUMNS = ("id", "feature_id", "fid", "objectid", "ogc_fid")


@dataclass(frozen=True)
class GeometryTable:
    """A table or view of the project with geometry: ``name``, its ``geometry_columns`` and ``rows``."""

    name: str
    geometry_columns: tuple[str, ...]
    rows: int


def geometry_tables(document: TwinDocument) -> list[GeometryTable]:
    """Every table and view of the project with a GEOMETRY column and at least one row, by name."""
    rows = document.store.query(
        "SELECT table_name, list(column_name ORDER BY ordinal_position) FROM information_schema.columns "
        "WHERE table_schema = 'main' AND data_type = 'GEOMETRY' GROUP BY table_name ORDER BY table_name")
    out = []
    for name, cols in rows:
        if name in _INTERNAL:
            continue
        n = document.store.query(f"SELECT count(*) FROM {quote_ident(name)}")[0][0]
        if n:
            out.append(GeometryTable(str(name), tuple(cols), int(n)))
    return out


def _columns(document: TwinDocument, from_clause: str, what: str) -> list[tuple[str, str]]:
    cur = document.store.cursor()
    try:
        rel = cur.sql(f"SELECT * FROM {from_clause} LIMIT 0")
        return [(c, str(t)) for c, t in zip(rel.columns, rel.types)]
    except duckdb.Error as exc:
        raise LayerDataError(f"{what}: {str(exc).splitlines()[0]}") from None
    finally:
        cur.close()


def vector_layer(document: TwinDocument, source: str, *, name: str | None = None, geometry: str | None = None,
                 id_column: str | None = None, color: str = "#2b83ba") -> Layer:
    """A generic vector layer over ``source``: a table or view name, or a ``SELECT …`` query.

    ``geometry`` defaults to the first GEOMETRY column; ``id_column`` to ``rowid`` for tables and to a column
    called ``id`` (or ``feature_id``, ``fid``, …) for queries, whose ids select and identify features.
    Raises :class:`~twin.document.LayerDataError` naming what is wrong.
    """
    source = source.strip().rstrip(";").strip()
    if not source:
        raise LayerDataError(tr("choose a table or write a query"))
    query = is_query(source)
    if query:
        cols = _columns(document, f"({source})", tr("the query does not run"))
    else:
        known = {t.name for t in geometry_tables(document)}
        if source not in known:
            raise LayerDataError(tr("no table or view {source!r} with a geometry column; tables with geometry: {tables}",
                                    source=source, tables=", ".join(sorted(known)) or tr("none")))
        cols = _columns(document, quote_ident(source), source)
    names = [c for c, _ in cols]
    geoms = [c for c, t in cols if t.upper().startswith("GEOMETRY")]
    if geometry is None:
        if not geoms:
            what = tr("the query") if query else repr(source)
            raise LayerDataError(tr("{what} has no geometry column; columns: {columns}", what=what,
                                    columns=", ".join(names)))
        geometry = geoms[0]
    elif geometry not in geoms:
        raise LayerDataError(tr("{geometry!r} is not a geometry column; geometry columns: {columns}",
                                geometry=geometry, columns=", ".join(geoms) or tr("none")))
    if id_column is None and query:
        id_column = next((c for c in names if c.lower() in _ID_COLUMNS), None)
        if id_column is None:
            raise LayerDataError(tr("the query needs an id column (e.g. SELECT id, geom, … or row_number() OVER () "
                                    "AS id); columns: {columns}", columns=", ".join(names)))
    elif id_column is not None and id_column not in names and id_column != "rowid":
        raise LayerDataError(tr("no column {column!r}; columns: {columns}", column=id_column,
                                columns=", ".join(names)))
    params = {"geometry": geometry}
    if id_column:
        params["id_column"] = id_column
    label = name or (re.sub(r"\s+", " ", source)[:40] if query else source)
    return Layer(name=label, kind="vector", source=source, params=params, style=Style(mode="single", color=color))


def raster_overlays(document: TwinDocument) -> list[RasterInfo]:
    """Every raster of the project (DEMs included: a DEM can be shown as a coloured overlay too)."""
    return list_rasters(document.store)


def raster_layer(document: TwinDocument, raster_id: int, *, name: str | None = None, band: int = 1) -> Layer:
    """A raster overlay of the stored raster ``raster_id`` (band ``band``), draped on the terrain."""
    info = {r.id: r for r in list_rasters(document.store)}.get(int(raster_id))
    if info is None:
        known = ", ".join(f"{r.id}:{r.name}" for r in list_rasters(document.store)) or tr("none")
        raise LayerDataError(tr("no raster with id {raster_id}; rasters: {rasters}", raster_id=raster_id,
                                rasters=known))
    if not 1 <= int(band) <= info.bands:
        raise LayerDataError(tr("raster {name!r} has {bands} band(s); band {band} does not exist", name=info.name,
                                bands=info.bands, band=band))
    return Layer(name=name or info.name, kind="raster",
                 params={"raster_id": info.id, "band": int(band)}, style=default_style("raster"))


__all__ = ["GeometryTable", "geometry_tables", "raster_layer", "raster_overlays", "vector_layer"]
