"""What a vector file holds (layers, field names, geometry type, CRS), learnt cheaply, for the importers' ``sniff``,
``locate`` and their choice of layers to read.

GDAL parses a whole GeoJSON file just to open it (a prefecture's 500 m mesh file: 150 MB, tens of seconds), so a
GeoJSON file (or a GeoJSON member of a zip) is never opened with GDAL here: its first bytes are parsed instead — the
top-level ``name`` and ``crs``, and the first features (up to :data:`SAMPLE_FEATURES`) for the field names (the
union of their properties) and the geometry type (their common type; ``Unknown`` when they differ, as GDAL says).
The layer name is GDAL's: ``name`` when the file gives it before its features, else the file's stem. A file that
starts like JSON but is not GeoJSON (Esri JSON, TopoJSON) is asked through pyogrio, as are GeoPackage, Shapefile
and FlatGeobuf (their headers are cheap). Answers are kept per file (path, size, modification time), so every
importer's sniff, the chosen one's ``locate`` and its ``read`` look once.

What a head cannot tell: a field only later features have, a geometry type only later features have, a ``name`` or
``crs`` written after the features. Importers decide from what is here and read the file itself with GDAL.
"""

from __future__ import annotations

import functools
import json
import re
import zipfile
import zlib
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

VECTOR_SUFFIXES = (".geojson", ".json", ".gpkg", ".shp", ".fgb")
GEOJSON_SUFFIXES = (".geojson", ".json")
#: the first bytes of a GeoJSON file kept as text (for importers that look for a property's value)
HEAD_BYTES = 1 << 16
#: bytes read to sample the first features; grown (up to :data:`MAX_FIRST_FEATURE`) until one feature is complete
SAMPLE_BYTES = 1 << 20
MAX_FIRST_FEATURE = 1 << 26
SAMPLE_FEATURES = 100
#: layer geometry types that say nothing: the sampled features' own types decide
UNKNOWN_TYPES = (None, "", "Unknown", "Geometry", "GeometryCollection")
_GEOMETRIES = {"Point", "MultiPoint", "LineString", "MultiLineString", "Polygon", "MultiPolygon",
               "GeometryCollection"}
_SINGLE = _GEOMETRIES | {"Feature"}
_WS = re.compile(r"[ \t\n\r]*")


@dataclass(frozen=True)
class Dataset:
    """One vector file: a file on disk, or a member of a zip (``path`` is then the zip)."""

    path: Path
    member: str = ""
    encoding: str | None = None   # CP932 for a Shapefile without a .cpg (国土数値情報's encoding)

    @property
    def source(self) -> str:
        """The path GDAL opens (``/vsizip/…`` for a member)."""
        return f"/vsizip/{self.path.absolute()}/{self.member}" if self.member else str(self.path)

    @property
    def name(self) -> str:
        """The member's name in the zip, or the file's name."""
        return self.member or self.path.name

    @property
    def is_geojson(self) -> bool:
        return self.name.lower().endswith(GEOJSON_SUFFIXES)


@dataclass(frozen=True, eq=False)
class LayerInfo:
    """One layer of a :class:`Dataset`, as far as a cheap look tells."""

    dataset: Dataset
    name: str                              # the layer's name as GDAL gives it (for messages)
    geometry_type: str                     # as pyogrio says: "LineString", "Point Z", "Unknown", "" (no geometry)
    fields: tuple[str, ...]
    crs: str | None
    sample_types: frozenset[str] = frozenset()   # geometry types of the first features (for Unknown layers)
    from_head: bool = False                # a GeoJSON read from its first bytes
    first_geometry: dict[str, Any] | None = field(default=None, repr=False)  # GeoJSON: the first feature's

    @property
    def layer(self) -> str | None:
        """What to pass pyogrio as ``layer``: None for a GeoJSON (its only layer, whatever GDAL names it)."""
        return None if self.from_head else self.name

    @property
    def source(self) -> str:
        return self.dataset.source

    @property
    def encoding(self) -> str | None:
        return self.dataset.encoding

    def has(self, kind: str) -> bool:
        """Whether the layer is of geometry ``kind`` (``"LineString"``, ``"Point"``, ``"Polygon"``; the Multi types
        count), or of an unknown type with a feature of that kind among the first."""
        if self.geometry_type not in UNKNOWN_TYPES and "Unknown" not in self.geometry_type:
            return kind in self.geometry_type
        return any(kind in t for t in self.sample_types)


def _cpg_encoding(name: str, names: set[str] | None, path: Path | None) -> str | None:
    if not name.lower().endswith(".shp"):
        return None
    cpg = name[:-4] + ".cpg"
    has_cpg = cpg in names if names is not None else (path is not None and path.with_suffix(".cpg").exists())
    return None if has_cpg else "cp932"


def datasets(path: Path, suffixes: tuple[str, ...] = VECTOR_SUFFIXES, *, zips: bool = True,
             one_per_stem: bool = False) -> list[Dataset]:
    """The vector files of ``path`` with one of ``suffixes``: the file itself, or (``zips``) the members of a zip
    in its order (``__MACOSX`` left out). ``one_per_stem``: one file per name in a zip, the first of ``suffixes``
    preferred (国土数値情報 zips carry the same data as GeoJSON and as Shapefile)."""
    path = Path(path)
    if not path.is_file():
        return []
    if path.suffix.lower() != ".zip":
        if path.suffix.lower() not in suffixes:
            return []
        return [Dataset(path, "", _cpg_encoding(path.name, None, path))]
    if not zips:
        return []
    names = zip_names(path)
    listed = set(names)
    found = [(n, next(s for s in suffixes if n.lower().endswith(s))) for n in names
             if n.lower().endswith(suffixes) and "__macosx" not in n.lower()]
    if one_per_stem:
        best: dict[str, tuple[str, str]] = {}
        for name, suffix in found:
            stem = name[: -len(suffix)]
            if stem not in best or suffixes.index(suffix) < suffixes.index(best[stem][1]):
                best[stem] = (name, suffix)
        found = [best[s] for s in sorted(best)]
    return [Dataset(path, name, _cpg_encoding(name, listed, None)) for name, _ in found]


def _stamp(path: Path) -> tuple[str, int, int]:
    st = path.stat()
    return str(path.absolute()), st.st_size, st.st_mtime_ns


def zip_names(path: Path) -> list[str]:
    """The member names of a zip ([] when it cannot be read), read once per file."""
    try:
        return list(_zip_names(*_stamp(path)))
    except OSError:
        return []


@functools.lru_cache(maxsize=64)
def _zip_names(path: str, size: int, mtime: int) -> tuple[str, ...]:
    try:
        with zipfile.ZipFile(path) as z:
            return tuple(z.namelist())
    except (zipfile.BadZipFile, OSError, ValueError):
        return ()


def _read_head(ds: Dataset, size: int) -> bytes:
    try:
        if ds.member:
            with zipfile.ZipFile(ds.path) as z, z.open(ds.member) as f:
                return f.read(size)
        with open(ds.path, "rb") as f:
            return f.read(size)
    except (OSError, zipfile.BadZipFile, KeyError, RuntimeError, EOFError, ValueError, zlib.error):
        return b""


def head(ds: Dataset, size: int = HEAD_BYTES) -> str:
    """The first ``size`` bytes (at most :data:`SAMPLE_BYTES`) of a dataset as text (UTF-8, undecodable bytes
    dropped); "" when it cannot be read."""
    try:
        stamp = _stamp(ds.path)
    except OSError:
        return ""
    return _head(stamp, ds, SAMPLE_BYTES)[:size].decode("utf-8", errors="ignore")


@functools.lru_cache(maxsize=16)
def _head(stamp: tuple[str, int, int], ds: Dataset, size: int) -> bytes:
    return _read_head(ds, size)


def layers(ds: Dataset) -> tuple[LayerInfo, ...]:
    """The layers of one dataset (none when it cannot be read as a vector file). Cheap; kept per file."""
    try:
        stamp = _stamp(ds.path)
    except OSError:
        return ()
    return _layers(stamp, ds)


def vector_layers(path: Path, suffixes: tuple[str, ...] = VECTOR_SUFFIXES, *, zips: bool = True,
                  one_per_stem: bool = False) -> list[LayerInfo]:
    """The layers of every dataset :func:`datasets` finds in ``path``."""
    return [info for ds in datasets(path, suffixes, zips=zips, one_per_stem=one_per_stem) for info in layers(ds)]


@functools.lru_cache(maxsize=64)
def _layers(stamp: tuple[str, int, int], ds: Dataset) -> tuple[LayerInfo, ...]:
    if ds.is_geojson:
        found = _geojson(stamp, ds)
        if found is not None:
            return found
    return _gdal_layers(ds)


# -- GeoJSON from its first bytes --------------------------------------------------------------------------------


class _Head:
    """The top-level members and the first features of a JSON object parsed from a file's first bytes."""

    def __init__(self) -> None:
        self.top: dict[str, Any] = {}
        self.features: list[Any] = []
        self.complete = False       # the whole object was parsed
        self.in_features = False    # the parse stopped inside the features array


def _ws(text: str, i: int) -> int:
    return _WS.match(text, i).end()  # type: ignore[union-attr]


def _parse_head(text: str) -> _Head | None:
    """Parse what ``text`` (a file's first bytes) holds of one JSON object; None when it does not start one."""
    dec = json.JSONDecoder()
    out = _Head()
    i = _ws(text, 1 if text.startswith("\ufeff") else 0)
    if text[i:i + 1] != "{":
        return None
    i += 1
    try:
        while True:
            i = _ws(text, i)
            if text[i] == "}":
                out.complete = True
                return out
            key, i = dec.raw_decode(text, i)
            i = _ws(text, i)
            if text[i] != ":" or not isinstance(key, str):
                return None
            i = _ws(text, i + 1)
            if key == "features" and text[i] == "[":
                out.in_features = True
                i = _ws(text, i + 1)
                while text[i] != "]":
                    feature, i = dec.raw_decode(text, i)
                    out.features.append(feature)
                    if len(out.features) >= SAMPLE_FEATURES:
                        return out
                    i = _ws(text, i)
                    if text[i] == ",":
                        i = _ws(text, i + 1)
                out.in_features = False
                out.top[key] = None
                i += 1
            else:
                out.top[key], i = dec.raw_decode(text, i)
            i = _ws(text, i)
            if text[i] == ",":
                i += 1
    except (IndexError, json.JSONDecodeError):   # the head ends here
        return out


def _sample(ds: Dataset, size: int) -> tuple[_Head | None, bool]:
    """(the parsed head, whether the whole file was read)."""
    raw = _head(_stamp(ds.path), ds, size) if size == SAMPLE_BYTES else _read_head(ds, size)
    return _parse_head(raw.decode("utf-8", errors="ignore")), len(raw) < size


def _geojson(stamp: tuple[str, int, int], ds: Dataset) -> tuple[LayerInfo, ...] | None:
    """The layer of a GeoJSON file from its first bytes; () for a JSON array (GDAL opens none either); None when
    the head does not tell (not GeoJSON, a first feature too large to sample): GDAL decides."""
    size = SAMPLE_BYTES
    while True:
        parsed, whole = _sample(ds, size)
        if parsed is None:
            return () if head(ds, 64).lstrip("\ufeff \t\r\n").startswith("[") else None
        single = parsed.top.get("type") in _SINGLE
        if parsed.complete or whole or parsed.features or not (parsed.in_features or single) \
                or size >= MAX_FIRST_FEATURE:
            break
        size *= 4                              # the first feature does not fit: read more
    top, features = parsed.top, parsed.features
    kind = top.get("type")
    if kind == "FeatureCollection" or (kind is None and features):
        if not features and "features" not in top and not parsed.complete:
            return None                        # stopped before the features: GDAL decides
        if kind is None and not (isinstance(features[0], dict) and features[0].get("type") == "Feature"):
            return None                        # Esri JSON has "features" too
    elif kind == "Feature" and parsed.complete:
        features = [top]
    elif kind in _GEOMETRIES and parsed.complete:
        features = [{"type": "Feature", "properties": {}, "geometry": top}]
    else:
        return None
    fields: dict[str, None] = {}
    types: list[str] = []
    first, z = None, False
    for f in features:
        if not isinstance(f, dict):
            continue
        props = f.get("properties")
        if isinstance(props, dict):
            fields.update(dict.fromkeys(str(k) for k in props))
        geom = f.get("geometry")
        if isinstance(geom, dict) and geom.get("type") in _GEOMETRIES:
            types.append(geom["type"])
            z = z or _has_z(geom.get("coordinates"))
            first = first or geom
    name = top.get("name") if isinstance(top.get("name"), str) else Path(ds.name).stem
    gtype = types[0] if types and len(set(types)) == 1 else "Unknown"
    if z and gtype != "Unknown":
        gtype += " Z"
    crs = _crs_name(top.get("crs")) or ("EPSG:4979" if z else "EPSG:4326")
    return (LayerInfo(ds, name, gtype, tuple(fields), crs, frozenset(types), True, first),)


def _has_z(coords: Any) -> bool:
    while isinstance(coords, list) and coords and isinstance(coords[0], list):
        coords = coords[0]
    return isinstance(coords, list) and len(coords) == 3


def _crs_name(crs: Any) -> str | None:
    """The CRS a GeoJSON (2008) ``crs`` member names, as GDAL says it (``urn:ogc:def:crs:EPSG::6675`` →
    ``EPSG:6675``), or None."""
    if isinstance(crs, dict) and isinstance(crs.get("properties"), dict):
        name = crs["properties"].get("name")
        if not isinstance(name, str) or not name:
            return None
        m = re.search(r"EPSG:+(?:[\d.]*:)?(\d+)$", name)
        return f"EPSG:{m.group(1)}" if m else "EPSG:4326" if name.upper().endswith("CRS84") else name
    return None


# -- the other formats through pyogrio (their headers are cheap) ----------------------------------------------


def _gdal_layers(ds: Dataset) -> tuple[LayerInfo, ...]:
    import pyogrio
    try:
        listed = pyogrio.list_layers(ds.source)
    except Exception:  # noqa: BLE001 - sniffing: a file GDAL cannot open is simply not a vector file
        return ()
    out = []
    for name, gtype in listed:
        info = _read_info(ds, str(name))
        if info is None:
            continue
        gtype = str(gtype or info.get("geometry_type") or "")
        sample = _sample_types(ds, str(name)) if gtype in UNKNOWN_TYPES or "Unknown" in gtype else frozenset()
        out.append(LayerInfo(ds, str(name), gtype, tuple(str(f) for f in info.get("fields", ())),
                             info.get("crs"), sample))
    return tuple(out)


def _read_info(ds: Dataset, layer: str) -> dict[str, Any] | None:
    import pyogrio
    for encoding in dict.fromkeys((ds.encoding, None)):      # a .dbf that is not CP932 after all: GDAL's guess
        try:
            return pyogrio.read_info(ds.source, layer=layer, encoding=encoding)
        except Exception:  # noqa: BLE001
            continue
    return None


def _sample_types(ds: Dataset, layer: str) -> frozenset[str]:
    """Geometry types of the first :data:`SAMPLE_FEATURES` features of a layer of unknown or mixed type."""
    import pyogrio.raw
    import shapely
    try:
        _, _, wkb, _ = pyogrio.raw.read(ds.source, layer=layer, columns=[], max_features=SAMPLE_FEATURES)
    except Exception:  # noqa: BLE001
        return frozenset()
    geoms = shapely.from_wkb([b for b in wkb if b is not None], on_invalid="ignore")
    return frozenset(_TYPE_NAMES[int(t)] for t in shapely.get_type_id(geoms) if int(t) in _TYPE_NAMES)


_TYPE_NAMES = {0: "Point", 1: "LineString", 3: "Polygon", 4: "MultiPoint", 5: "MultiLineString", 6: "MultiPolygon",
               7: "GeometryCollection"}


__all__ = ["Dataset", "GEOJSON_SUFFIXES", "HEAD_BYTES", "LayerInfo", "VECTOR_SUFFIXES", "datasets", "head", "layers",
           "vector_layers", "zip_names"]
