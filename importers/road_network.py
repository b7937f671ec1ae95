"""Road centre lines → the noded road network (``road_segments``, ``road_nodes``), and the 国土数値情報 N10
緊急輸送道路 lines that mark emergency-transport segments (``emergency_roads``).

Both read through pyogrio (GDAL): GeoJSON, GeoPackage (every line layer), Shapefile, FlatGeobuf, and
OpenStreetMap ``.osm`` / ``.osm.pbf`` (GDAL's OSM driver, ``lines`` layer, features with a ``highway`` tag;
``name``, ``highway``, ``lanes`` and ``width`` kept). A file whose fields are N10's (``N10_001`` … ``N10_004``)
is read by the N10 importer instead: its lines are stored, and every stored segment lying ≥ 80 % within 10 m of
them gets their class (``twin.road_network.match_emergency``); a network imported later is matched against the
stored N10 lines too.

Features with empty, non-line or unreadable geometry are skipped and reported with their layer and feature id.
"""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any

import numpy as np
import pyarrow as pa
import shapely
from pyproj import CRS, Transformer

# pyogrio (which brings pandas) and twin.road_network (scipy) are imported inside the functions that use them:
# the registry loads this module for every import, and a PLATEAU import should not carry them (~80 MB)
from importers import vector_sniff
from importers.registry import Importer, register
from importers.textfiles import cell_text as _text
from importers.vector_sniff import Dataset, LayerInfo
from twin.errors import InputError

#: extensions read by pyogrio here (the OSM ones only when GDAL has the OSM driver)
VECTOR_SUFFIXES = (".geojson", ".json", ".gpkg", ".shp", ".fgb")
OSM_SUFFIXES = (".osm", ".pbf")

#: source field → network column (first match, case-insensitive)
FIELD_CANDIDATES = {
    "name": ("name", "road_name", "名称", "路線名", "n10_004"),
    "road_class": ("road_class", "highway", "fclass", "class", "kind", "road_type", "type", "種別", "道路種別"),
    "width_m": ("width_m", "width", "幅員"),
    "lanes": ("lanes", "車線数"),
}
N10_FIELDS = ("N10_001", "N10_002", "N10_003", "N10_004")
_NUMBER = re.compile(r"[-+]?\d+(?:\.\d+)?")


def has_osm_driver() -> bool:
    """Whether this GDAL build reads OpenStreetMap files."""
    import pyogrio
    return "OSM" in pyogrio.list_drivers()


def _is_osm(path: Path) -> bool:
    name = path.name.lower()
    if name.endswith(".osm.pbf") or name.endswith(".pbf"):
        with open(path, "rb") as f:
            return b"OSMHeader" in f.read(64)
    if name.endswith(".osm"):
        with open(path, "rb") as f:
            return b"<osm" in f.read(512)
    return False


def _info(path: Path | Dataset) -> list[LayerInfo]:
    """The layers with line geometry of a file (or of one dataset inside a zip), learnt cheaply (a GeoJSON from
    its first bytes, :mod:`importers.vector_sniff`); [] when it cannot be read as a vector file. A layer of unknown
    or mixed geometry type (GeoJSON) counts when one of its first features is a line. A file is asked as GDAL
    reads it (no encoding given)."""
    ds = path if isinstance(path, Dataset) else Dataset(Path(path))
    return [info for info in vector_sniff.layers(ds) if info.has("LineString")]


def _is_n10(info: LayerInfo) -> bool:
    fields = {f.upper() for f in info.fields}
    return all(f in fields for f in N10_FIELDS)


def _ogr_suffix(path: Path) -> bool:
    return path.is_file() and path.suffix.lower() in VECTOR_SUFFIXES


def _n10_sources(path: Path) -> list[Dataset]:
    """The datasets that may hold N10 lines: the file itself, or the N10 files inside a zip as 国土数値情報 ships
    them (``N10-20_17_GML.zip`` with ``N10-20_17_GML/N10-20_17.shp``). Shapefiles without a ``.cpg`` are read as
    Shift_JIS (cp932), the encoding of 国土数値情報's Shapefiles."""
    return [ds for ds in vector_sniff.datasets(path, VECTOR_SUFFIXES)
            if not ds.member or ds.member.rsplit("/", 1)[-1].upper().startswith("N10")]


def _read_layer(path: Path, layer: str | LayerInfo | None, writer: Any, *, where: str | None = None,
                assume_crs: str = "EPSG:4326", source: str | None = None, encoding: str | None = None,
                name: str | None = None) -> tuple[np.ndarray, dict[str, np.ndarray], np.ndarray]:
    """(geometries in the project CRS, fields, feature ids) of the readable line features of one layer of
    ``path`` (or of ``source``, a GDAL path inside it such as ``/vsizip/…``): a layer name (None: the only one;
    ``name`` names it in messages), or a :class:`~importers.vector_sniff.LayerInfo` (its source, encoding and
    name)."""
    name = name or layer
    if isinstance(layer, LayerInfo):
        name, source, encoding, layer = layer.name, layer.source, layer.encoding, layer.layer
    import pyogrio.raw
    try:
        meta, fids, wkb, field_data = pyogrio.raw.read(source or path, layer=layer, where=where, return_fids=True,
                                                       encoding=encoding)
    except Exception as exc:  # noqa: BLE001 - GDAL's errors are many; the user gets the file and the reason
        raise InputError(path, f"cannot be read ({exc})") from None
    label = f"layer {name}, " if name else ""
    fields = {str(n): np.asarray(v, dtype=object) for n, v in zip(meta["fields"], field_data)}
    fids = np.asarray(fids) if fids is not None else np.arange(len(wkb))
    geoms = np.empty(len(wkb), dtype=object)
    ok = np.zeros(len(wkb), bool)
    for i, b in enumerate(wkb):
        if b is None:
            writer.skip(f"{label}feature {fids[i]}", "no geometry")
            continue
        try:
            g = shapely.from_wkb(b)
        except shapely.errors.GEOSException as exc:
            writer.skip(f"{label}feature {fids[i]}", f"unreadable geometry ({exc})")
            continue
        if g is None or g.is_empty:
            writer.skip(f"{label}feature {fids[i]}", "empty geometry")
        elif g.geom_type not in ("LineString", "MultiLineString"):
            writer.skip(f"{label}feature {fids[i]}", f"{g.geom_type} is not a line")
        else:
            geoms[i], ok[i] = g, True
    crs = meta.get("crs")
    if not crs:
        b = shapely.bounds(shapely.GeometryCollection(list(geoms[ok]))) if ok.any() else (0, 0, 0, 0)
        if -180 <= b[0] <= b[2] <= 180 and -90 <= b[1] <= b[3] <= 90:
            writer.warn(f"{path.name}: no coordinate reference system; read as longitude/latitude ({assume_crs})",
                        once_key=f"crs-{path}")
            crs = assume_crs
        else:
            raise InputError(path, "the file has no coordinate reference system (for a Shapefile: no .prj)")
    geoms = geoms[ok]
    if len(geoms):
        tr = Transformer.from_crs(CRS.from_user_input(crs), CRS.from_user_input(writer.crs), always_xy=True)
        geoms = shapely.transform(geoms, lambda c: np.column_stack(tr.transform(c[:, 0], c[:, 1])))
        bad = ~np.isfinite(shapely.bounds(geoms)).all(axis=1)
        for i in np.flatnonzero(bad):
            writer.skip(f"{label}feature {fids[ok][i]}", "coordinates outside the project's coordinate system")
        keep = ~bad
        geoms = geoms[keep]
        fields = {k: v[ok][keep] for k, v in fields.items()}
        return geoms, fields, fids[ok][keep]
    return geoms, {k: v[ok] for k, v in fields.items()}, fids[ok]



def _number(v: Any) -> float | None:
    s = _text(v)
    if s is None:
        return None
    m = _NUMBER.search(s.replace(",", "."))      # "6", "6.5 m", "2;3" (first value)
    return float(m.group()) if m else None


_OSM_TAG = re.compile(r'"((?:[^"\\]|\\.)*)"=>"((?:[^"\\]|\\.)*)"')


def _osm_other_tags(values: np.ndarray, key: str) -> np.ndarray:
    """``key`` from the OSM driver's ``other_tags`` hstore text (``"lanes"=>"2","width"=>"6"``)."""
    out = np.empty(len(values), dtype=object)
    for i, v in enumerate(values):
        tags = dict(_OSM_TAG.findall(v)) if isinstance(v, str) else {}
        out[i] = tags.get(key)
    return out


def _columns(fields: dict[str, np.ndarray], n: int) -> dict[str, np.ndarray]:
    lower = {k.lower(): k for k in fields}
    out = {}
    for col, names in FIELD_CANDIDATES.items():
        src = next((lower[c] for c in names if c in lower), None)
        out[col] = fields[src] if src is not None else np.full(n, None, dtype=object)
    return out


@register
class RoadCentrelines(Importer):
    """Road centre lines in any line format GDAL reads → the noded network."""

    name = "road-centrelines"
    version = "1"
    label = "Road centre lines (GeoJSON, GeoPackage, Shapefile, FlatGeobuf, OpenStreetMap)"
    patterns = ("*.geojson", "*.json", "*.gpkg", "*.shp", "*.fgb", "*.osm", "*.osm.pbf")
    priority = -10            # specialised importers of line files (plough tracks, N10) win ties
    tables = ("road_segments", "road_nodes")
    options = {"snap_m": "merge line ends closer than this many metres into one node (default 0.5)"}

    def sniff(self, path: Path) -> float:
        if not path.is_file():
            return 0.0
        if _is_osm(path):
            return 0.8
        if not _ogr_suffix(path):
            return 0.0
        layers = _info(path)
        if not layers or all(_is_n10(info) for info in layers):
            return 0.0
        return 0.5

    def read(self, path: Path, writer: Any, options: dict[str, Any]) -> None:
        from twin.road_network import build_network, match_emergency
        snap = float(options.get("snap_m", 0.5))
        geoms_all, cols_all = [], {c: [] for c in FIELD_CANDIDATES}
        if _is_osm(path):
            if not has_osm_driver():
                raise InputError(path, "this installation's GDAL has no OpenStreetMap (OSM) driver; convert the "
                                       "file first, e.g. ogr2ogr -f GPKG roads.gpkg file.osm.pbf lines")
            geoms, fields, _ = _read_layer(path, "lines", writer, where="highway IS NOT NULL")
            n = len(geoms)
            other = fields.get("other_tags", np.full(n, None, dtype=object))
            geoms_all.append(geoms)
            cols_all["name"].append(fields.get("name", np.full(n, None, dtype=object)))
            cols_all["road_class"].append(fields.get("highway", np.full(n, None, dtype=object)))
            for col, key in (("width_m", "width"), ("lanes", "lanes")):   # a field if osmconf.ini makes one
                cols_all[col].append(fields[key] if key in fields else _osm_other_tags(other, key))
        else:
            layers = _info(path)
            if not layers:
                raise InputError(path, "has no layer with line geometry")
            for info in layers:
                writer.check_cancelled()
                geoms, fields, _ = _read_layer(path, info, writer)
                cols = _columns(fields, len(geoms))
                geoms_all.append(geoms)
                for c in FIELD_CANDIDATES:
                    cols_all[c].append(cols[c])
        geoms = np.concatenate(geoms_all) if geoms_all else np.empty(0, object)
        cols = {c: (np.concatenate(v) if v else np.empty(0, object)) for c, v in cols_all.items()}
        if not len(geoms):
            raise InputError(path, "has no road centre lines to import")
        writer.progress(0, 3, "steps", "noding")
        net = build_network(geoms, snap_m=snap)
        writer.progress(1, 3, "steps", "emergency roads")
        seg_ids = np.asarray([r[0] for r in writer.execute(
            "SELECT nextval('road_segment_id_seq') FROM range(?)", [net.n_segments]).fetchall()], np.int64)
        node_ids = np.asarray(sorted(r[0] for r in writer.execute(
            "SELECT nextval('road_node_id_seq') FROM range(?)", [net.n_nodes]).fetchall()), np.int64)
        seg_ids.sort()
        n10 = writer.execute("SELECT emergency_class, ST_AsWKB(geom) FROM emergency_roads").fetchall()
        emergency = match_emergency(net.seg_geom, shapely.from_wkb([bytes(r[1]) for r in n10]) if n10 else [],
                                    [r[0] for r in n10])
        line = net.seg_line
        lanes = [_number(v) for v in cols["lanes"][line]]
        writer.insert_arrow("road_nodes", pa.table({
            "id": pa.array(node_ids, pa.int64()),
            "geom": pa.array(shapely.to_wkb(shapely.points(net.node_xy)) if net.n_nodes else [], pa.binary()),
            "degree": pa.array(net.node_degree, pa.int32())}), geometry_columns=["geom"])
        writer.insert_arrow("road_segments", pa.table({
            "id": pa.array(seg_ids, pa.int64()),
            "from_node": pa.array(node_ids[net.seg_from], pa.int64()),
            "to_node": pa.array(node_ids[net.seg_to], pa.int64()),
            "length_m": pa.array(net.seg_length, pa.float64()),
            "name": pa.array([_text(v) for v in cols["name"][line]], pa.string()),
            "road_class": pa.array([_text(v) for v in cols["road_class"][line]], pa.string()),
            "width_m": pa.array([_number(v) for v in cols["width_m"][line]], pa.float64()),
            "lanes": pa.array([None if v is None else int(v) for v in lanes], pa.int32()),
            "emergency_class": pa.array(emergency, pa.int32()),
            "geom": pa.array(shapely.to_wkb(net.seg_geom), pa.binary())}), geometry_columns=["geom"])
        writer.progress(3, 3, "steps", "done")


@register
class EmergencyRoadsN10(Importer):
    """国土数値情報 N10 緊急輸送道路 lines: stored, and matched onto the stored road segments."""

    name = "n10-emergency-roads"
    version = "1"
    label = "国土数値情報 N10 緊急輸送道路 (emergency transport roads)"
    patterns = ("*.geojson", "*.json", "*.gpkg", "*.shp", "*.fgb", "*.zip")
    priority = -5
    tables = ("emergency_roads", "road_segments")
    options = {"tolerance_m": "a segment within this distance of an N10 line … (default 10)",
               "share": "… over at least this share of its length gets its class (default 0.8)"}

    def sniff(self, path: Path) -> float:
        for ds in _n10_sources(path):
            if any(_is_n10(info) for info in _info(ds)):
                return 0.95
        return 0.0

    def read(self, path: Path, writer: Any, options: dict[str, Any]) -> None:
        from twin.road_network import match_emergency
        tol = float(options.get("tolerance_m", 10.0))
        share = float(options.get("share", 0.8))
        layers = [info for ds in _n10_sources(path) for info in _info(ds) if _is_n10(info)]
        if not layers:
            raise InputError(path, f"has no line layer with the N10 fields {', '.join(N10_FIELDS)}")
        geoms_all, cls_all = [], []
        for info in layers:
            geoms, fields, fids = _read_layer(path, info, writer, assume_crs="EPSG:6668")
            upper = {k.upper(): v for k, v in fields.items()}
            classes = []
            for fid, v in zip(fids, upper["N10_002"]):
                c = _number(v)
                if c is None or c not in (1.0, 2.0, 3.0):
                    writer.warn(f"{path.name}: feature {fid}: N10_002 {v!r} is not a class 1, 2 or 3",
                                once_key=f"n10-class-{v}")
                    classes.append(None)
                else:
                    classes.append(int(c))
            writer.insert_arrow("emergency_roads", pa.table({
                "emergency_class": pa.array(classes, pa.int32()),
                "road_type": pa.array([_text(v) for v in upper["N10_003"]], pa.string()),
                "route_name": pa.array([_text(v) for v in upper["N10_004"]], pa.string()),
                "pref_code": pa.array([_text(v) for v in upper["N10_001"]], pa.string()),
                "geom": pa.array(shapely.to_wkb(geoms) if len(geoms) else [], pa.binary())}),
                geometry_columns=["geom"])
            geoms_all.append(geoms)
            cls_all += classes
        # match every stored segment against this file's lines and those of other N10 sources (an earlier
        # import of this same file is being replaced)
        others = writer.execute(
            "SELECT emergency_class, ST_AsWKB(geom) FROM emergency_roads WHERE source_id <> ? AND source_id IN "
            "(SELECT id FROM sources WHERE path <> ?)", [writer.source_id, str(path)]).fetchall()
        lines = list(np.concatenate(geoms_all)) + [shapely.from_wkb(bytes(r[1])) for r in others]
        classes = cls_all + [r[0] for r in others]
        segs = writer.execute("SELECT id, ST_AsWKB(geom) FROM road_segments ORDER BY id").fetchall()
        if not segs:
            writer.warn(f"{path.name}: no road network in the project yet; road segments imported later are "
                        "marked from these lines")
            return
        marks = match_emergency([shapely.from_wkb(bytes(r[1])) for r in segs], lines, classes,
                                tolerance_m=tol, share=share)
        writer.execute("UPDATE road_segments SET emergency_class = NULL")
        table = pa.table({"id": pa.array([r[0] for r in segs], pa.int64()), "cls": pa.array(marks, pa.int32())})
        writer.cursor.register("_kaga_n10_marks", table)
        try:
            writer.execute("UPDATE road_segments SET emergency_class = m.cls FROM _kaga_n10_marks m "
                           "WHERE road_segments.id = m.id AND m.cls IS NOT NULL")
        finally:
            writer.cursor.unregister("_kaga_n10_marks")
        n = sum(m is not None for m in marks)
        writer.warn(f"{n} of {len(segs)} road segments are emergency transport roads by these lines")


__all__ = ["EmergencyRoadsN10", "RoadCentrelines", "has_osm_driver"]
