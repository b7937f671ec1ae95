"""The open project as the app sees it: store + layers + feature selection + camera.

:class:`TwinDocument` is Qt- and VTK-free (like napari's ``ViewerModel`` or QGIS's ``QgsProject``).
The GUI and the headless renderer both build one and hand it to :class:`layers.scene.SceneController`.

It also answers the SQL questions the views ask about layers — which attributes a layer has
(:meth:`TwinDocument.attributes`), their values per feature (:meth:`TwinDocument.attribute_values`),
the table behind the attribute table (:meth:`TwinDocument.feature_table`) and everything about one
feature (:meth:`TwinDocument.identify`) — and converts project coordinates to latitude/longitude
(:func:`to_latlon`, :func:`from_latlon`).
"""

from __future__ import annotations

import datetime as dt
import decimal
import functools
import json
import re
from dataclasses import dataclass
from typing import Any

import numpy as np

import duckdb

from twin import themes
from twin.clock import TOKYO, EventIndex, TwinClock, latest_mask, since_hours, time_filter_sql, time_mask
from twin.errors import TwinError
from twin.layer import Layer
from twin.layerlist import LayerList
from twin.layertree import LayerTree
from twin.paths import STATION_LATLON
from twin.selection import FeatureSelection
from twin.store import Store
from twin.style import Style

STATE_KEY_LAYERS = "layers"
STATE_KEY_CAMERA = "camera"
STATE_KEY_TREE = "layer_tree"
STATE_KEY_CLOCK = "clock"
STATE_VERSION = 1


def attribute_label(name: str) -> str:
    """The Japanese label of an attribute (legend titles of rendered reports), else the column name itself.
    The labels live in the theme registry (:func:`twin.themes.attribute_label`, both languages)."""
    return themes.attribute_label(name, "ja")


_NUMERIC = re.compile(r"^(TINYINT|SMALLINT|INTEGER|BIGINT|HUGEINT|UTINYINT|USMALLINT|UINTEGER|UBIGINT|FLOAT|"
                      r"DOUBLE|REAL|DECIMAL.*|INT.*)$", re.I)
_SQL_SOURCE = re.compile(r"^\s*(select|with|from|values)\b", re.I)


def is_query(source: str) -> bool:
    """True when a layer source is an SQL query (``SELECT …``, ``WITH …``), not a table or view name."""
    return bool(_SQL_SOURCE.match(source or ""))


class LayerDataError(TwinError, KeyError):
    """A layer, attribute or feature the user named does not exist (the message lists valid ones)."""

    def __str__(self) -> str:  # KeyError would quote the message
        return str(self.args[0]) if self.args else ""


@dataclass(frozen=True)
class AttributeInfo:
    """A column (or, for rasters, the pixel value) a layer can be coloured or filtered by."""

    name: str
    type: str          # DuckDB type name
    numeric: bool
    description: str = ""


# ---------------------------------------------------------------------------------------------------------
# coordinates


@functools.lru_cache(maxsize=8)
def _transformer(src: str, dst: str):
    from pyproj import Transformer

    return Transformer.from_crs(src, dst, always_xy=True)


def to_latlon(x: Any, y: Any, crs: str = "EPSG:6675") -> tuple[Any, Any]:
    """Project coordinates (metres in ``crs``) → ``(lat, lon)`` in degrees (JGD2011 ≈ WGS84). Arrays work."""
    lon, lat = _transformer(crs, "EPSG:4326").transform(x, y)
    return lat, lon


def from_latlon(lat: Any, lon: Any, crs: str = "EPSG:6675") -> tuple[Any, Any]:
    """``(lat, lon)`` in degrees → project coordinates ``(x, y)`` in ``crs``. Arrays work."""
    return _transformer("EPSG:4326", crs).transform(lon, lat)


def grid_convergence(x: float, y: float, crs: str = "EPSG:6675") -> float:
    """Angle in degrees from grid north (+y) to true north at (x, y), counter-clockwise positive.

    A north arrow drawn along +y is rotated by this angle to point to true north (in Kaga, EPSG:6675,
    about +0.5°)."""
    lat, lon = to_latlon(x, y, crs)
    x2, y2 = from_latlon(lat + 0.01, lon, crs)
    import math

    return math.degrees(math.atan2(-(x2 - x), y2 - y))


def station_xy(crs: str = "EPSG:6675") -> tuple[float, float]:
    """Kaga Onsen Station in project coordinates."""
    x, y = from_latlon(*STATION_LATLON, crs)
    return float(x), float(y)


# ---------------------------------------------------------------------------------------------------------


def quote_ident(name: str) -> str:
    return '"' + str(name).replace('"', '""') + '"'


def _jsonable(v: Any) -> Any:
    if isinstance(v, dt.datetime) and v.tzinfo is not None:
        return v.astimezone(TOKYO).isoformat()      # instants are shown in the twin's local time
    if isinstance(v, (dt.datetime, dt.date, dt.time)):
        return v.isoformat()
    if isinstance(v, decimal.Decimal):
        return float(v)
    if isinstance(v, (bytes, bytearray, memoryview)):
        return f"<{len(bytes(v))} bytes>"
    if isinstance(v, np.generic):
        return v.item()
    return v


class TwinDocument:
    """The open project: ``store``, ``layers`` (:class:`LayerList`), ``tree`` (:class:`LayerTree`: the layer
    groups), ``clock`` (:class:`TwinClock`: the twin's current time and range), ``selection``
    (:class:`FeatureSelection`) and ``camera`` (a dict from the scene's ``camera_state()``, or a preset
    ``{"preset": "station" | "city" | "top"}``, or None).

    Kind-specific behaviour comes from the theme registry (:mod:`twin.themes`): default layers, feature tables,
    attributes of raster kinds, Identify extras, time attributes.

    Removing a layer clears its feature selection. Call :meth:`save_state` to write layers, styles,
    order, visibility, opacity and camera into the project (``app_state``), :meth:`restore_state` to read
    them back, :meth:`load_layers` for "restore, else defaults".
    """

    def __init__(self, store: Store):
        self.store = store
        self.layers = LayerList()
        self.tree = LayerTree(self.layers)
        self.clock = TwinClock()
        self.selection = FeatureSelection()
        self.warnings: list[str] = []
        self.camera: dict[str, Any] | None = None
        self.layers.events.removed.connect(self._on_layer_removed)
        self._columns_cache: dict[str, list[tuple[str, str]]] = {}
        self._tables: set[str] | None = None

    @property
    def crs(self) -> str:
        return self.store.crs

    def invalidate(self) -> None:
        """Forget cached table layouts (call after an import changed the store)."""
        self._columns_cache.clear()
        self._tables = None

    def to_latlon(self, x: Any, y: Any) -> tuple[Any, Any]:
        """Project coordinates → ``(lat, lon)`` using the project's CRS."""
        return to_latlon(x, y, self.crs)

    def _on_layer_removed(self, index: int, layer: Layer) -> None:
        self.selection.clear(layer.id, origin="layers")

    # -- store inspection -----------------------------------------------------------------------------------
    def _table_exists(self, name: str) -> bool:
        """Whether the store has this table or view (an older read-only project may lack a theme's)."""
        if self._tables is None:
            self._tables = {r[0] for r in self.store.query(
                "SELECT table_name FROM information_schema.tables WHERE table_schema = 'main'")}
        return name in self._tables

    def _count(self, sql: str, params: list | None = None) -> int:
        """``SELECT count(*) …``; 0 when a table it reads is missing (an older or foreign project)."""
        try:
            return int(self.store.query(sql, params)[0][0])
        except duckdb.CatalogException:
            return 0

    def dem_rasters(self) -> list[tuple[int, str]]:
        """``(id, name)`` of the DEM rasters in the project, oldest first."""
        if not self._table_exists("rasters"):
            return []
        return [(int(r[0]), str(r[1])) for r in
                self.store.query("SELECT id, name FROM rasters WHERE kind = 'dem' ORDER BY id")]

    def has_lod2(self) -> bool:
        return self._count("SELECT count(*) FROM (SELECT 1 FROM building_surfaces WHERE lod = 2 LIMIT 1)") > 0

    # -- default layers ----------------------------------------------------------------------------------------
    def create_default_layers(self) -> list[Layer]:
        """Replace the layers with the defaults (see :meth:`add_missing_default_layers`); the camera goes to the
        station. Returns the new layers, bottom first."""
        with self.layers.batched_update():
            self.layers.clear()
            self.tree.restore(None)
            new = self.add_missing_default_layers()
        self.camera = {"preset": "station"}
        return new

    def add_missing_default_layers(self) -> list[Layer]:
        """Add a default layer for each registered layer kind that has data (its ``present_sql``) and no layer
        yet; returns the new layers, bottom first.

        Layers are stacked by their kind's ``stack`` (terrain at the bottom, roads above it, buildings on top)
        and go into their theme's group. Layers already there are left as they are, except that layers of kinds
        that drape on a DEM and have none get the first one. The last new layer becomes the active one. One
        batch (see :meth:`LayerList.batched_update`)."""
        have = {v.kind for v in self.layers}
        dems = self.dem_rasters()
        dem_id = dems[0][0] if dems else None
        wanted = sorted((k for k in themes.layer_kinds()
                         if k.present_sql and k.name not in have and self._count(k.present_sql) > 0),
                        key=lambda k: k.stack)
        new: list[Layer] = []
        with self.layers.batched_update():
            for spec in wanted:
                layer = default_layer(spec.name, raster_id=dem_id)
                layer.visible = spec.starts_visible
                self.layers.insert(self._default_position(spec.stack), layer)
                theme = themes.theme_of_kind(spec.name)
                if theme is not None and theme.group is not None:
                    self.tree.assign(layer, self.tree.add_group(theme.group.ja))
                new.append(layer)
            if dem_id is not None:
                for v in self.layers:
                    if v.spec.needs_dem and v.params.get("raster_id") is None:
                        v.set_param("raster_id", dem_id)
            if new:
                self.layers.selection.active = new[-1]
        return new

    #: kinds stacked below this (terrain, rasters, roads) go above the last layer that stacks at or below them;
    #: the others (buildings, analyses' layers) go on top
    GROUND_STACK = 50

    def _default_position(self, stack: int) -> int:
        """Where a new default layer goes (see :attr:`GROUND_STACK`)."""
        if stack >= self.GROUND_STACK:
            return len(self.layers)
        below = [i for i, v in enumerate(self.layers) if v.spec.stack <= stack]
        return below[-1] + 1 if below else 0

    def load_layers(self) -> bool:
        """Restore the saved layers if the project has them (returns True), else create the defaults."""
        if self.restore_state():
            return True
        self.create_default_layers()
        return False

    # -- project state -------------------------------------------------------------------------------------------
    def state(self) -> dict[str, Any]:
        active = self.layers.selection.active
        return {"version": STATE_VERSION, "layers": self.layers.to_state(),
                "selected": [v.id for v in self.layers if v in self.layers.selection],
                "active": active.id if active is not None else None}

    def tree_state(self) -> dict[str, Any]:
        return self.tree.to_state()

    def save_state(self, camera: dict[str, Any] | None = None) -> None:
        """Write layers (order, names, styles, visibility, opacity, params) and the camera into the project.

        ``camera`` (e.g. ``scene.camera_state()``) replaces :attr:`camera` when given."""
        if camera is not None:
            self.camera = dict(camera)
        with self.store.writing():   # one write scope: the app's store takes the file read-write once
            self.store.set_app_state(STATE_KEY_LAYERS, self.state())
            self.store.set_app_state(STATE_KEY_CAMERA, self.camera)
            self.store.set_app_state(STATE_KEY_TREE, self.tree.to_state())
            self.store.set_app_state(STATE_KEY_CLOCK, self.clock.to_state())

    def restore_state(self) -> bool:
        """Replace the layers and camera with those saved in the project; False (and nothing changed) if the
        project has no saved layers. Layer states that cannot be read are skipped, and :attr:`warnings` says which
        (the GUI shows them); the groups and the clock are restored too."""
        data = self.store.app_state(STATE_KEY_LAYERS)
        if not isinstance(data, dict) or not isinstance(data.get("layers"), list):
            return False
        self.warnings: list[str] = []
        layers: list[Layer] = []
        for st in data["layers"]:
            try:
                layers.append(Layer.from_state(st))
            except (ValueError, TypeError, KeyError) as exc:
                self.warnings.append(f"saved layer {st.get('name') if isinstance(st, dict) else st!r} "
                                     f"could not be restored: {exc}")
        with self.layers.batched_update():
            self.layers.clear()
            self.layers.extend(layers)
            selected = set(data.get("selected") or [])
            self.layers.selection.clear()
            self.layers.selection.update(v for v in layers if v.id in selected)
            active = self.layers.get(data.get("active") or "")
            if active is not None:
                self.layers.selection.active = active
            self.warnings += self.tree.restore(self.store.app_state(STATE_KEY_TREE))
        cam = self.store.app_state(STATE_KEY_CAMERA)
        self.camera = cam if isinstance(cam, dict) else None
        self.clock.restore(self.store.app_state(STATE_KEY_CLOCK))
        return True

    # -- feature tables --------------------------------------------------------------------------------------------
    def feature_table(self, layer: Layer) -> tuple[str, str] | None:
        """``(from_clause, id_column)`` of the features of ``layer`` for the attribute table, or None for layers
        without features (terrain, raster). ``from_clause`` is a quoted table/view name or a parenthesised
        query, usable as ``SELECT * FROM {from_clause} WHERE …``; ``id_column`` holds the feature ids."""
        spec = layer.spec
        if not spec.has_features:
            return None
        src = layer.source or spec.default_source
        if spec.feature_view and src == spec.default_source and self._table_exists(spec.feature_view):
            src = spec.feature_view  # e.g. buildings + max_flood_depth and risk_count (migration 0002)
        if is_query(src):
            from_clause = f"({src})"
        else:
            from_clause = quote_ident(src)
        id_col = layer.params.get("id_column") or spec.id_column or "rowid"
        if id_col == "rowid":
            if is_query(src):
                raise LayerDataError(f"layer {layer.name!r} reads a query; set params['id_column'] to its id column")
        return from_clause, id_col

    def columns(self, layer: Layer) -> list[tuple[str, str]]:
        """``(name, duckdb_type)`` of the columns of the layer's feature table."""
        ft = self.feature_table(layer)
        if ft is None:
            return []
        key = ft[0]
        if key not in self._columns_cache:
            cur = self.store.cursor()
            try:
                rel = cur.sql(f"SELECT * FROM {ft[0]} LIMIT 0")
                self._columns_cache[key] = [(c, str(t)) for c, t in zip(rel.columns, rel.types)]
            finally:
                cur.close()
        return self._columns_cache[key]

    def geometry_column(self, layer: Layer) -> str | None:
        geom = layer.params.get("geometry")
        cols = self.columns(layer)
        if geom:
            if geom not in [c for c, _ in cols]:
                raise LayerDataError(f"layer {layer.name!r}: no geometry column {geom!r}; columns: "
                                     f"{', '.join(c for c, _ in cols)}")
            return geom
        for c, t in cols:
            if t.upper().startswith("GEOMETRY"):
                return c
        return None

    def feature_count(self, layer: Layer) -> int:
        ft = self.feature_table(layer)
        return 0 if ft is None else self._count(f"SELECT count(*) FROM {ft[0]}")

    def attributes(self, layer: Layer) -> list[AttributeInfo]:
        """What ``layer`` can be coloured by: its table's plain columns (not geometry, JSON or blobs; buildings
        include ``max_flood_depth`` and ``risk_count`` from the ``buildings_with_risks`` view), or the raster
        value (terrain: ``elevation``)."""
        if layer.spec.attributes:
            return [AttributeInfo(n, t, bool(_NUMERIC.match(t)), d) for n, t, d in layer.spec.attributes]
        out = []
        for name, typ in self.columns(layer):
            t = typ.upper()
            if t.startswith(("GEOMETRY", "BLOB", "JSON", "STRUCT", "MAP")) or t.endswith("[]"):
                continue
            out.append(AttributeInfo(name, typ, bool(_NUMERIC.match(t))))
        return out + self.time_attributes(layer)

    def attribute(self, layer: Layer, name: str) -> AttributeInfo:
        """The :class:`AttributeInfo` called ``name``; :class:`LayerDataError` listing the valid ones if none."""
        attrs = self.attributes(layer)
        for a in attrs:
            if a.name == name:
                return a
        raise LayerDataError(f"layer {layer.name!r} has no attribute {name!r}; valid attributes: "
                             f"{', '.join(a.name for a in attrs) or '(none)'}")

    def _value_sql(self, layer: Layer, name: str) -> str:
        ft = self.feature_table(layer)
        assert ft is not None
        from_clause, id_col = ft
        return f"SELECT {quote_ident(id_col)} AS fid, {quote_ident(name)} AS v FROM {from_clause}"

    def attribute_values(self, layer: Layer, name: str) -> tuple[np.ndarray, np.ndarray]:
        """``(feature_ids int64, values)`` of attribute ``name`` for every feature of ``layer``, ordered by id.
        Numeric attributes come as float64 with NaN for null, others as an object array with None."""
        info = self.attribute(layer, name)
        if layer.time is not None and name == layer.time.value_attribute:
            return self.since_values(layer)
        tbl = self.store.query_arrow(f"SELECT fid, v FROM ({self._value_sql(layer, name)}) ORDER BY fid")
        ids = tbl.column("fid").to_numpy(zero_copy_only=False).astype(np.int64, copy=False)
        col = tbl.column("v")
        if info.numeric:
            import pyarrow.compute as pc

            vals = pc.cast(col, "float64").to_numpy(zero_copy_only=False)
            vals = np.where(pc.is_null(col).to_numpy(zero_copy_only=False), np.nan, vals).astype(np.float64)
        else:
            vals = np.array(col.to_pylist(), dtype=object)
        return ids, vals

    # -- identify ----------------------------------------------------------------------------------------------
    def identify(self, layer: Layer, feature_id: int) -> dict[str, Any]:
        """Everything about one feature, for the Identify panel::

            {"layer_id", "layer", "table", "feature_id",
             "attributes": {column: value, …},          # every non-geometry column, JSON columns parsed
             "codes": {name: {"code": …, "label": …}},   # every <name>_code / <name> column pair
             "geometry": {"column", "type", "area_m2", "length_m", "perimeter_m", "centroid": (x, y), "latlon": (lat, lon)},
             # buildings only:
             "risks": [ {risk_type, description, rank_code, rank, depth_m, duration_h, scale, …}, … ],
             "surfaces": {"lod1": n, "lod2": n, "lod2_by_type": {surface_type: n}}}

        Raises :class:`LayerDataError` if the feature does not exist."""
        ft = self.feature_table(layer)
        if ft is None:
            raise LayerDataError(f"layer {layer.name!r} ({layer.kind}) has no features to identify")
        from_clause, id_col = ft
        cols = self.columns(layer)
        geom = self.geometry_column(layer)
        select = []
        for c, t in cols:
            if t.upper().startswith("GEOMETRY"):
                continue
            select.append(quote_ident(c))
        if id_col == "rowid":
            select.insert(0, "rowid AS rowid")
        if geom:
            g = quote_ident(geom)
            select += [f"ST_GeometryType({g})::VARCHAR AS __gtype", f"ST_Area({g}) AS __area",
                       f"ST_Length({g}) AS __length", f"ST_Perimeter({g}) AS __perimeter", f"ST_X(ST_Centroid({g})) AS __cx",
                       f"ST_Y(ST_Centroid({g})) AS __cy"]
        cur = self.store.cursor()
        try:
            rel = cur.execute(f"SELECT {', '.join(select)} FROM {from_clause} WHERE {quote_ident(id_col)} = ?",
                              [int(feature_id)])
            names = [d[0] for d in rel.description]
            row = rel.fetchone()
        finally:
            cur.close()
        if row is None:
            raise LayerDataError(f"layer {layer.name!r} has no feature with {id_col} = {feature_id}")
        rec = dict(zip(names, row))
        types = dict(cols)
        attributes: dict[str, Any] = {}
        for k, v in rec.items():
            if k.startswith("__"):
                continue
            if types.get(k, "").upper() == "JSON" and isinstance(v, str):
                try:
                    v = json.loads(v)
                except ValueError:
                    pass
            attributes[k] = _jsonable(v)
        codes = {}
        for k in attributes:
            if k.endswith("_code") and k[:-5] in attributes:
                codes[k[:-5]] = {"code": attributes[k], "label": attributes[k[:-5]]}
        out: dict[str, Any] = {"layer_id": layer.id, "layer": layer.name, "table": from_clause,
                               "feature_id": int(feature_id), "attributes": attributes, "codes": codes}
        if geom:
            cx, cy = rec.get("__cx"), rec.get("__cy")
            latlon = self.to_latlon(cx, cy) if cx is not None and cy is not None else None
            out["geometry"] = {"column": geom, "type": rec.get("__gtype"), "area_m2": rec.get("__area"),
                               "length_m": rec.get("__length"), "perimeter_m": rec.get("__perimeter"),
                               "centroid": (cx, cy) if cx is not None else None,
                               "latlon": (float(latlon[0]), float(latlon[1])) if latlon else None}
        out["extras"] = {}
        for extra in themes.identify_extras(layer.kind):
            value = extra.fetch(self.store, attributes)
            if value is not None:
                out["extras"][extra.key] = [{k: _jsonable(v) for k, v in r.items()} for r in value] \
                    if isinstance(value, list) else value
                out[extra.key] = out["extras"][extra.key]
        return out

    # -- time ----------------------------------------------------------------------------------------------------
    def time_values(self, layer: Layer) -> tuple[np.ndarray, np.ndarray, np.ndarray | None]:
        """``(feature_ids, start, end)`` of a temporal layer's time attribute(s), ordered by id (``end`` is None
        unless the layer's time is an interval). A ``since`` layer's times are its events' (:meth:`time_events`)."""
        spec = layer.time
        if spec is None:
            raise LayerDataError(f"layer {layer.name!r} is not on the clock (it has no time attribute)")
        if spec.kind == "since":
            raise LayerDataError(f"layer {layer.name!r} is on the clock by its events ({spec.events}): "
                                 "use time_events")
        from_clause, id_col = self._require_features(layer)
        cols = [quote_ident(spec.attribute)] + ([quote_ident(spec.end_attribute)] if spec.end_attribute else [])
        tbl = self.store.query_arrow(f"SELECT {quote_ident(id_col)} AS fid, {', '.join(cols)} FROM {from_clause} "
                                     "ORDER BY fid")
        ids = tbl.column(0).to_numpy(zero_copy_only=False).astype(np.int64, copy=False)
        start = _time_array(tbl.column(1))
        end = _time_array(tbl.column(2)) if spec.end_attribute else None
        return ids, start, end

    def time_events(self, layer: Layer) -> EventIndex:
        """The :class:`~twin.clock.EventIndex` of a ``since`` or ``latest`` layer, read in one query:

        * since: the rows of the spec's ``events`` table grouped by their ``key`` (the feature ids), no ``rows``;
          a project without that table (the analysis never ran) has no events;
        * latest: the layer's own rows grouped by the spec's ``key`` column (``keys`` are codes 0 … G−1 of its
          values in ascending order), ``rows`` = the feature ids. Rows without a time or key are never shown."""
        spec = layer.time
        if spec is None or spec.kind not in ("since", "latest"):
            raise LayerDataError(f"layer {layer.name!r} has no events on the clock (its time is not since/latest)")
        a, k = quote_ident(spec.attribute), quote_ident(spec.key or "")
        if spec.kind == "since":
            sql = (f"SELECT CAST({k} AS BIGINT) AS k, epoch_us({a}) AS t FROM {quote_ident(spec.events)} "
                   f"WHERE {k} IS NOT NULL AND {a} IS NOT NULL")
        else:
            from_clause, id_col = self._require_features(layer)
            sql = (f"SELECT {k} AS k, epoch_us({a}) AS t, {quote_ident(id_col)} AS fid FROM {from_clause} "
                   f"WHERE {k} IS NOT NULL AND {a} IS NOT NULL")
        try:
            tbl = self.store.query_arrow(sql)
        except duckdb.CatalogException:
            return EventIndex.empty()
        import pyarrow.compute as pc

        times = tbl.column("t").to_numpy(zero_copy_only=False).astype(np.int64, copy=False)
        if spec.kind == "since":
            keys = tbl.column("k").to_numpy(zero_copy_only=False).astype(np.int64, copy=False)
            return EventIndex.from_arrays(keys, times)
        # codes of the key's values in ascending order (dictionary indices follow first appearance)
        enc = pc.dictionary_encode(tbl.column("k")).combine_chunks()
        values = np.asarray(enc.dictionary.to_pylist(), dtype=object)
        rank = np.empty(len(values), np.int64)
        rank[np.argsort(values.astype(str), kind="stable")] = np.arange(len(values))
        codes = rank[enc.indices.to_numpy(zero_copy_only=False)] if len(values) else np.empty(0, np.int64)
        fids = tbl.column("fid").to_numpy(zero_copy_only=False).astype(np.int64, copy=False)
        return EventIndex.from_arrays(codes, times, fids)

    def since_values(self, layer: Layer, index: EventIndex | None = None) -> tuple[np.ndarray, np.ndarray]:
        """``(feature_ids, hours)`` of a ``since`` layer at the clock's time: hours since each feature's latest
        event, NaN where it has none ("never"), ordered by id. ``index``: its :meth:`time_events`, when read."""
        from_clause, id_col = self._require_features(layer)
        ids = self.store.query_arrow(f"SELECT {quote_ident(id_col)} AS fid FROM {from_clause} ORDER BY fid") \
            .column(0).to_numpy(zero_copy_only=False).astype(np.int64, copy=False)
        index = self.time_events(layer) if index is None else index
        return ids, since_by_feature(index, ids, self.clock)

    def time_attributes(self, layer: Layer) -> list[AttributeInfo]:
        """Attributes the clock derives for ``layer`` (a ``since`` layer's hours since the latest event)."""
        spec = layer.time
        if spec is None or spec.value_attribute is None:
            return []
        return [AttributeInfo(spec.value_attribute, "DOUBLE", True,
                              f"hours since the latest {spec.events}.{spec.attribute} at the clock's time")]

    def shown_at_time(self, layer: Layer) -> tuple[np.ndarray, np.ndarray]:
        """``(feature_ids, shown)``: which features of a temporal layer the clock shows now."""
        spec = layer.time
        if spec is not None and spec.kind == "since":
            from_clause, id_col = self._require_features(layer)
            ids = self.store.query_arrow(f"SELECT {quote_ident(id_col)} FROM {from_clause} ORDER BY 1") \
                .column(0).to_numpy(zero_copy_only=False).astype(np.int64, copy=False)
            return ids, np.ones(len(ids), bool)
        if spec is not None and spec.kind == "latest":
            from_clause, id_col = self._require_features(layer)
            ids = self.store.query_arrow(f"SELECT {quote_ident(id_col)} FROM {from_clause} ORDER BY 1") \
                .column(0).to_numpy(zero_copy_only=False).astype(np.int64, copy=False)
            index = self.time_events(layer)
            shown_ids = index.rows[latest_mask(index, self.clock, spec.max_age)] if index.rows is not None else []
            return ids, np.isin(ids, shown_ids)
        ids, start, end = self.time_values(layer)
        return ids, time_mask(layer.time, start, end, self.clock)

    def time_condition(self, layer: Layer) -> str | None:
        """The clock's rule for ``layer`` as an SQL condition on its feature table (None when not temporal or
        the clock is unset)."""
        spec = layer.time
        if spec is None or not self.clock.is_set:
            return None
        year = None
        if spec.kind == "year":
            from_clause, _ = self._require_features(layer)
            a = quote_ident(spec.attribute)
            row = self.store.query(f"SELECT max({a}) FROM {from_clause} WHERE {a} <= ?", [self.clock.current.year])
            year = row[0][0] if row and row[0][0] is not None else self.clock.current.year
        if spec.kind == "latest":
            from_clause, id_col = self._require_features(layer)
            return time_filter_sql(spec, self.clock, table=from_clause, id_column=id_col)
        return time_filter_sql(spec, self.clock, year=year)

    def time_extent(self) -> tuple[dt.datetime, dt.datetime] | None:
        """The earliest and latest time of every temporal layer (for the time bar's range), or None. ``since`` and
        ``latest`` layers span their events."""
        lo = hi = None
        for layer in self.layers:
            if layer.time is None:
                continue
            if layer.time.kind in ("since", "latest"):
                ext = self.time_events(layer).extent()
                start = np.array(ext, dtype="datetime64[us]") if ext else np.empty(0, "datetime64[us]")
                end = None
            else:
                _, start, end = self.time_values(layer)
            if layer.time.kind == "year":        # years: 1 January (Tokyo) of the first and the last year
                years = [int(y) for y in start if y is not None]
                start = np.array([np.datetime64(f"{y - 1}-12-31T15:00", "us") for y in years], dtype="datetime64[us]")
                end = None
            for arr in (start, end):
                if arr is None:
                    continue
                vals = arr[~np.isnat(arr)] if arr.dtype.kind == "M" else arr
                if len(vals):
                    a, b = vals.min(), vals.max()
                    lo = a if lo is None or a < lo else lo
                    hi = b if hi is None or b > hi else hi
        if lo is None:
            return None
        conv = lambda v: dt.datetime.fromtimestamp(v.astype("datetime64[us]").astype(np.int64) / 1e6, dt.timezone.utc)  # noqa: E731
        return conv(lo), conv(hi)

    def _require_features(self, layer: Layer) -> tuple[str, str]:
        ft = self.feature_table(layer)
        if ft is None:
            raise LayerDataError(f"layer {layer.name!r} ({layer.kind}) has no features")
        return ft

    def building_ids_for(self, gml_ids: list[str]) -> list[int]:
        """``buildings.id`` of the given gml:ids (for selecting from reports or other tables)."""
        if not gml_ids:
            return []
        marks = ",".join("?" * len(gml_ids))
        return [int(r[0]) for r in self.store.query(f"SELECT id FROM buildings WHERE gml_id IN ({marks})",
                                                    list(gml_ids))]


def default_layer(kind: str, raster_id: int | None = None) -> Layer:
    """A new layer of ``kind`` as its theme makes it: default name, source, style and parameters (kinds that
    drape on a DEM get ``raster_id``)."""
    spec = themes.layer_kind(kind)
    params: dict[str, Any] = {"raster_id": raster_id} if spec.param("raster_id") is not None else {}
    name = spec.default_name.ja if spec.default_name else spec.name
    return Layer(name=name, kind=kind, params=params, style=default_style(kind))


def default_style(kind: str) -> Style:
    """The style a new layer of ``kind`` gets (from its theme)."""
    spec = themes.layer_kind(kind)
    return spec.default_style() if spec.default_style else Style(mode="single", color="#2b83ba")


def since_by_feature(index: EventIndex, feature_ids: np.ndarray, clock: TwinClock,
                     positions: np.ndarray | None = None) -> np.ndarray:
    """Hours since each feature's latest event at the clock's time (:func:`twin.clock.since_hours`), aligned with
    ``feature_ids``; NaN for features without events. ``positions`` (from :func:`key_positions`) saves the
    lookup when it is done once per build."""
    pos = key_positions(index, feature_ids) if positions is None else positions
    hours = since_hours(index, clock)
    out = np.full(len(feature_ids), np.nan)
    ok = pos >= 0
    out[ok] = hours[pos[ok]]
    return out


def key_positions(index: EventIndex, feature_ids: np.ndarray) -> np.ndarray:
    """Per feature id: the position of its key in ``index.keys`` (−1 when it has no events)."""
    keys = index.keys
    if not len(keys):
        return np.full(len(feature_ids), -1, np.int64)
    pos = np.clip(np.searchsorted(keys, feature_ids), 0, len(keys) - 1)
    return np.where(keys[pos] == feature_ids, pos, -1)


def _time_array(col: Any) -> np.ndarray:
    """An Arrow time column as numpy: timestamps as datetime64[us] (UTC), anything else as objects."""
    import pyarrow as pa
    import pyarrow.compute as pc

    if pa.types.is_timestamp(col.type):
        return pc.cast(col, pa.timestamp("us")).to_numpy(zero_copy_only=False)
    if pa.types.is_date(col.type):
        return pc.cast(pc.cast(col, pa.timestamp("us")), pa.timestamp("us")).to_numpy(zero_copy_only=False)
    return np.array(col.to_pylist(), dtype=object)


__all__ = ["AttributeInfo", "attribute_label", "LayerDataError", "TwinDocument",
           "default_layer", "default_style", "key_positions", "since_by_feature", "from_latlon", "grid_convergence", "quote_ident", "station_xy", "to_latlon"]
