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

from twin.errors import TwinError
from twin.layer import FEATURE_KINDS, Layer
from twin.layerlist import LayerList
from twin.paths import STATION_LATLON
from twin.selection import FeatureSelection
from twin.store import Store
from twin.style import Style

STATE_KEY_LAYERS = "layers"
STATE_KEY_CAMERA = "camera"
STATE_VERSION = 1


#: PLATEAU building usage (bldg:usage, Building_usage.xml): code → label, and the default colours
USAGE_LABELS = {
    "401": "業務施設", "402": "商業施設", "403": "宿泊施設", "404": "商業系複合施設", "411": "住宅",
    "412": "共同住宅", "413": "店舗等併用住宅", "414": "店舗等併用共同住宅", "415": "作業所併用住宅",
    "421": "官公庁施設", "422": "文教厚生施設", "431": "運輸倉庫施設", "441": "工場", "451": "農林漁業用施設",
    "452": "供給処理施設", "453": "防衛施設", "454": "その他", "461": "不明",
}
USAGE_COLORS = {
    "業務施設": "#c0504d", "商業施設": "#e8384f", "宿泊施設": "#b05fc9", "商業系複合施設": "#f08a3c",
    "住宅": "#f6d55c", "共同住宅": "#f3a953", "店舗等併用住宅": "#f7b7a3", "店舗等併用共同住宅": "#e89f8a",
    "作業所併用住宅": "#d9c27a", "官公庁施設": "#3c7dc4", "文教厚生施設": "#4fb0a5", "運輸倉庫施設": "#7f8fa6",
    "工場": "#7b5ea7", "農林漁業用施設": "#8bbf5b", "供給処理施設": "#5b8c85", "防衛施設": "#5a5a5a",
    "その他": "#c9c9c9", "不明": "#a8a8a8",
}

#: short Japanese labels of common attributes (legend titles in rendered images)
ATTRIBUTE_LABELS = {
    "usage": "用途", "usage_code": "用途コード", "class": "建物分類", "measured_height": "計測高さ (m)",
    "storeys_above": "地上階数", "storeys_below": "地下階数", "year_built": "建築年",
    "total_floor_area": "延床面積 (m²)", "structure_type": "構造種別", "lod": "LOD", "ground_z": "地盤高 (T.P. m)",
    "lod1_top_z": "LOD1 上端高 (T.P. m)", "max_flood_depth": "最大浸水深 (m)", "risk_count": "災害リスク件数",
    "elevation": "標高 (T.P. m)", "width": "幅員 (m)", "function": "機能", "lanes": "車線数",
    "section_type": "区間種別", "name": "名称", "mesh_code": "メッシュコード",
}


def attribute_label(name: str) -> str:
    """A short Japanese label for a known attribute, else the column name itself."""
    return ATTRIBUTE_LABELS.get(name, name)


DEFAULT_LAYER_NAMES = {"terrain": "地形", "roads": "道路", "buildings": "建物"}

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
    """The open project: ``store``, ``layers`` (:class:`LayerList`), ``selection``
    (:class:`FeatureSelection`) and ``camera`` (a dict from the scene's ``camera_state()``, or a preset
    ``{"preset": "station" | "city" | "top"}``, or None).

    Removing a layer clears its feature selection. Call :meth:`save_state` to write layers, styles,
    order, visibility, opacity and camera into the project (``app_state``), :meth:`restore_state` to read
    them back, :meth:`load_layers` for "restore, else defaults".
    """

    def __init__(self, store: Store):
        self.store = store
        self.layers = LayerList()
        self.selection = FeatureSelection()
        self.camera: dict[str, Any] | None = None
        self.layers.events.removed.connect(self._on_layer_removed)
        self._columns_cache: dict[str, list[tuple[str, str]]] = {}
        self._risk_view: bool | None = None

    @property
    def crs(self) -> str:
        return self.store.crs

    def invalidate(self) -> None:
        """Forget cached table layouts (call after an import changed the store)."""
        self._columns_cache.clear()

    def to_latlon(self, x: Any, y: Any) -> tuple[Any, Any]:
        """Project coordinates → ``(lat, lon)`` using the project's CRS."""
        return to_latlon(x, y, self.crs)

    def _on_layer_removed(self, index: int, layer: Layer) -> None:
        self.selection.clear(layer.id, origin="layers")

    # -- store inspection -----------------------------------------------------------------------------------
    def _table_exists(self, name: str) -> bool:
        return bool(self.store.query(
            "SELECT 1 FROM information_schema.tables WHERE table_schema = 'main' AND table_name = ?", [name]))

    def _has_risk_view(self) -> bool:
        """Whether the store has migration 0002's view (a read-only project from before it does not)."""
        if self._risk_view is None:
            self._risk_view = self._table_exists("buildings_with_risks")
        return self._risk_view

    def _count(self, sql: str, params: list | None = None) -> int:
        try:
            return int(self.store.query(sql, params)[0][0])
        except Exception:  # missing table in an old or foreign project
            return 0

    def dem_rasters(self) -> list[tuple[int, str]]:
        """``(id, name)`` of the DEM rasters in the project, oldest first."""
        try:
            return [(int(r[0]), str(r[1])) for r in
                    self.store.query("SELECT id, name FROM rasters WHERE kind = 'dem' ORDER BY id")]
        except Exception:
            return []

    def has_lod2(self) -> bool:
        return self._count("SELECT count(*) FROM (SELECT 1 FROM building_surfaces WHERE lod = 2 LIMIT 1)") > 0

    # -- default layers ----------------------------------------------------------------------------------------
    def create_default_layers(self) -> list[Layer]:
        """Replace the layers with the defaults (see :meth:`add_missing_default_layers`: terrain from the first DEM
        raster, roads draped on it, buildings — LOD2 where present, LOD1 for the rest — coloured by usage, each
        only if the project has that data); the camera goes to the station. Returns the new layers, bottom first."""
        with self.layers.batched_update():
            self.layers.clear()
            new = self.add_missing_default_layers()
        self.camera = {"preset": "station"}
        return new

    def add_missing_default_layers(self) -> list[Layer]:
        """Add the default layer of each kind of data that has no layer yet; returns the new layers, bottom first.

        Terrain (the first DEM raster) goes to the bottom, roads right above the terrain, buildings on top;
        layers already there are left as they are, except that roads layers without a DEM are draped on the
        first one. The last new layer becomes the active one. One batch (see :meth:`LayerList.batched_update`).
        """
        have = {v.kind for v in self.layers}
        dems = self.dem_rasters()
        dem_id = dems[0][0] if dems else None
        wanted = [kind for kind, present in (("terrain", dem_id is not None),
                                             ("roads", self._count("SELECT count(*) FROM roads") > 0),
                                             ("buildings", self._count("SELECT count(*) FROM buildings") > 0))
                  if present and kind not in have]
        new: list[Layer] = []
        with self.layers.batched_update():
            for kind in wanted:
                layer = default_layer(kind, raster_id=dem_id)
                self.layers.insert(self._default_position(kind), layer)
                new.append(layer)
            if dem_id is not None:
                for v in self.layers.by_kind("roads"):
                    if v.params.get("raster_id") is None:
                        v.set_param("raster_id", dem_id)
            if new:
                self.layers.selection.active = new[-1]
        return new

    def _default_position(self, kind: str) -> int:
        """Where a new default layer of ``kind`` goes: terrain at the bottom, roads just above the last terrain
        layer, anything else on top."""
        if kind == "terrain":
            return 0
        if kind == "roads":
            terrain = [i for i, v in enumerate(self.layers) if v.kind == "terrain"]
            return terrain[-1] + 1 if terrain else 0
        return len(self.layers)

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

    def save_state(self, camera: dict[str, Any] | None = None) -> None:
        """Write layers (order, names, styles, visibility, opacity, params) and the camera into the project.

        ``camera`` (e.g. ``scene.camera_state()``) replaces :attr:`camera` when given."""
        if camera is not None:
            self.camera = dict(camera)
        self.store.set_app_state(STATE_KEY_LAYERS, self.state())
        self.store.set_app_state(STATE_KEY_CAMERA, self.camera)

    def restore_state(self) -> bool:
        """Replace the layers and camera with those saved in the project; False (and nothing changed) if the
        project has no saved layers. Layer states that cannot be read are skipped (see :attr:`warnings`)."""
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
        cam = self.store.app_state(STATE_KEY_CAMERA)
        self.camera = cam if isinstance(cam, dict) else None
        return True

    # -- feature tables --------------------------------------------------------------------------------------------
    def feature_table(self, layer: Layer) -> tuple[str, str] | None:
        """``(from_clause, id_column)`` of the features of ``layer`` for the attribute table, or None for layers
        without features (terrain, raster). ``from_clause`` is a quoted table/view name or a parenthesised
        query, usable as ``SELECT * FROM {from_clause} WHERE …``; ``id_column`` holds the feature ids."""
        if layer.kind not in FEATURE_KINDS:
            return None
        src = layer.source or ("buildings" if layer.kind == "buildings" else "roads")
        if src == "buildings" and self._has_risk_view():
            src = "buildings_with_risks"  # + max_flood_depth and risk_count (migration 0002)
        if is_query(src):
            from_clause = f"({src})"
        else:
            from_clause = quote_ident(src)
        if layer.kind in ("buildings", "roads"):
            id_col = layer.params.get("id_column") or "id"
        else:
            id_col = layer.params.get("id_column") or "rowid"
            if id_col == "rowid" and is_query(src):
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
        if layer.kind == "terrain":
            return [AttributeInfo("elevation", "DOUBLE", True, "DEM elevation, T.P. m")]
        if layer.kind == "raster":
            return [AttributeInfo("value", "DOUBLE", True, "pixel value of the chosen band")]
        out = []
        for name, typ in self.columns(layer):
            t = typ.upper()
            if t.startswith(("GEOMETRY", "BLOB", "JSON", "STRUCT", "MAP")) or t.endswith("[]"):
                continue
            out.append(AttributeInfo(name, typ, bool(_NUMERIC.match(t))))
        return out

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
        if layer.kind == "buildings" and "gml_id" in attributes and "source_id" in attributes:
            out["risks"] = self._risks(attributes["gml_id"], attributes["source_id"])
            out["surfaces"] = self._surface_counts(attributes["gml_id"], attributes["source_id"])
        return out

    def _risks(self, gml_id: str, source_id: int) -> list[dict[str, Any]]:
        if not self._table_exists("building_risks"):
            return []
        cur = self.store.cursor()
        try:
            rel = cur.execute("SELECT * EXCLUDE (gml_id, source_id) FROM building_risks "
                              "WHERE gml_id = ? AND source_id = ? ORDER BY risk_type, depth_m DESC NULLS LAST",
                              [gml_id, source_id])
            names = [d[0] for d in rel.description]
            return [{k: _jsonable(v) for k, v in zip(names, r)} for r in rel.fetchall()]
        finally:
            cur.close()

    def _surface_counts(self, gml_id: str, source_id: int) -> dict[str, Any]:
        rows = self.store.query("SELECT lod, surface_type, count(*) FROM building_surfaces "
                                "WHERE gml_id = ? AND source_id = ? GROUP BY ALL ORDER BY ALL", [gml_id, source_id])
        lod1 = sum(n for lod, _, n in rows if lod == 1)
        lod2 = sum(n for lod, _, n in rows if lod == 2)
        return {"lod1": int(lod1), "lod2": int(lod2),
                "lod2_by_type": {t: int(n) for lod, t, n in rows if lod == 2}}

    def building_ids_for(self, gml_ids: list[str]) -> list[int]:
        """``buildings.id`` of the given gml:ids (for selecting from reports or other tables)."""
        if not gml_ids:
            return []
        marks = ",".join("?" * len(gml_ids))
        return [int(r[0]) for r in self.store.query(f"SELECT id FROM buildings WHERE gml_id IN ({marks})",
                                                    list(gml_ids))]


def default_layer(kind: str, raster_id: int | None = None) -> Layer:
    """A new layer of ``kind`` as the defaults make it: its default name, source, style and parameters
    (terrain and roads on the DEM raster ``raster_id``; buildings LOD2, falling back to LOD1)."""
    params: dict[str, Any] = {}
    if kind in ("terrain", "roads", "raster"):
        params["raster_id"] = raster_id
    elif kind == "buildings":
        params["lod"] = 2
    return Layer(name=DEFAULT_LAYER_NAMES.get(kind, kind), kind=kind, params=params, style=default_style(kind))


def default_style(kind: str) -> Style:
    """The style a new layer of ``kind`` gets."""
    if kind == "buildings":
        cats = dict(USAGE_COLORS)
        cats.update({code: USAGE_COLORS[label] for code, label in USAGE_LABELS.items() if label in USAGE_COLORS})
        return Style(mode="categorized", attribute="usage", categories=cats, color="#d9d4c7")
    if kind == "roads":
        return Style(mode="single", color="#8a8d91")
    if kind == "terrain":
        # quantile bands: a plain with a few hills still shows its relief (equal intervals would paint the
        # whole station area in the lowest band)
        return Style(mode="graduated", attribute="elevation", colormap="elevation", classes=8,
                     method="quantile", color="#cfcabb")
    if kind == "raster":
        return Style(mode="graduated", attribute="value", colormap="viridis", classes=8, method="equal_interval")
    return Style(mode="single", color="#2b83ba")


__all__ = ["ATTRIBUTE_LABELS", "AttributeInfo", "attribute_label", "LayerDataError", "TwinDocument", "USAGE_COLORS", "USAGE_LABELS",
           "default_layer", "default_style", "from_latlon", "grid_convergence", "quote_ident", "station_xy", "to_latlon"]
