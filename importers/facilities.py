"""Facilities → ``facilities``: the station, schools, hospitals and evacuation centres a road-crew lead ranks
repairs by, from the national datasets and from simple lists.

* **国土数値情報** (``ksj-facilities``), as downloaded (a ``.zip`` holding Shapefiles and/or GeoJSON, or one of
  its files; the reinfolib API's ``…_ja`` field names are read too):

  - **P29 学校**: ``P29_001`` 行政区域コード, ``P29_002`` 学校コード, ``P29_003`` 学校分類コード (16001 小学校,
    16002 中学校, 16003 中等教育学校, 16004 高等学校, 16005 高等専門学校, 16006 短期大学, 16007 大学, 16011
    幼稚園, 16012 特別支援学校, 16013 幼保連携型認定こども園, 16014 義務教育学校, 16015 各種学校, 16016
    専修学校), ``P29_004`` 名称, ``P29_005`` 所在地, ``P29_006`` 管理者コード, ``P29_007`` 休校区分 (2 休校中),
    ``P29_008``, ``P29_009``. Every school is ``school``; a school marked 休校中 is ``other`` (it draws no pupils)
    and the import says how many. The 2013 edition has the columns shifted by one (``P29_004`` is the class
    code, ``P29_005`` the name, ``P29_006`` the address); it is recognised by its five-digit ``P29_004``.
  - **P04 医療機関**: ``P04_001`` 医療機関分類 (1 病院, 2 診療所, 3 歯科診療所), ``P04_002`` 施設名称,
    ``P04_003`` 所在地, ``P04_004`` … ``P04_006`` 診療科目, ``P04_007`` 開設者分類, ``P04_008`` 病床数,
    ``P04_009`` 救急告示病院, ``P04_010`` 災害拠点病院. Class 1 (病院: 20 beds or more, where ambulances go) is
    ``hospital``; clinics and dental clinics (classes 2 and 3, many times more numerous and mostly without beds)
    are ``other``, so that nearness to a hospital keeps its meaning in the repair priority.
  - **P20 避難施設**: ``P20_001`` 行政区域コード, ``P20_002`` 名称, ``P20_003`` 住所, ``P20_004`` 施設の種類,
    ``P20_005`` 収容人数, ``P20_006`` 施設規模, ``P20_007`` … ``P20_012`` 災害種別 flags. All ``evacuation``.

  Shapefiles without a ``.cpg`` are read as CP932 (国土数値情報's encoding); files without a CRS as JGD2011
  (EPSG:6668). The other fields are kept as JSON in ``attributes`` (with the class names decoded).
* **Generic lists** (``facilities``): GeoJSON, GeoPackage, Shapefile, FlatGeobuf or CSV (UTF-8 with or without
  BOM, or CP932) with a name field (``name`` / ``名称`` / ``施設名`` …), a kind field (``kind`` / ``種別`` /
  ``施設種別`` …) whose values may be English or Japanese (駅, 学校, 小学校, 中学校, 病院, 避難所, 指定避難所,
  指定緊急避難場所, …; OpenStreetMap ``amenity`` values too), an address (``住所`` / ``所在地`` / ``address``),
  and point geometry, ``緯度`` / ``経度`` (``lat`` / ``lon``) columns or a ``WKT`` column. Options: ``kind``
  (the kind of rows that have none), ``map`` (``field=column`` for headers not recognised; fields ``name, kind,
  address, lat, lon, wkt``). A list whose headers speak of evacuation (避難, 収容) and has no kind column is a list
  of evacuation centres. Kinds not recognised become ``other``, with a warning naming them.

Polygons and lines (school grounds, a station building) become their centroid, and the import warns how many.
Features without usable geometry, rows with bad coordinates and short rows go to ``import_rejects`` with their
feature id or line.
"""

from __future__ import annotations

import json
import math
import re
import unicodedata
from collections import Counter
from collections.abc import Mapping
from pathlib import Path
from typing import Any

import numpy as np

from importers import column_mapping
from importers.column_mapping import Need, csv_records, header_of
from importers.registry import Importer, register
from importers.textfiles import cell_text as _text
from importers.textfiles import decode
from importers import vector_sniff
from importers.vector_sniff import LayerInfo
from twin.crs import Location
from twin.errors import InputError

KINDS = ("station", "school", "hospital", "evacuation", "other")
VECTOR_SUFFIXES = (".geojson", ".json", ".gpkg", ".shp", ".fgb")
#: vector files read inside a zip, the preferred first when one name comes in several formats
ZIP_RANK = (".geojson", ".gpkg", ".fgb", ".shp", ".json")
CSV_SUFFIXES = (".csv", ".txt", ".tsv")
#: 国土数値情報 datasets read here: code → (name field, label)
KSJ = {"P29": ("P29_004", "国土数値情報 P29 学校"), "P04": ("P04_002", "国土数値情報 P04 医療機関"),
       "P20": ("P20_002", "国土数値情報 P20 避難施設")}
SCHOOL_CLASSES = {"16001": "小学校", "16002": "中学校", "16003": "中等教育学校", "16004": "高等学校",
                  "16005": "高等専門学校", "16006": "短期大学", "16007": "大学", "16011": "幼稚園",
                  "16012": "特別支援学校", "16013": "幼保連携型認定こども園", "16014": "義務教育学校",
                  "16015": "各種学校", "16016": "専修学校"}
MEDICAL_CLASSES = {"1": "病院", "2": "診療所", "3": "歯科診療所"}

#: field → header candidates of the generic lists (compared by :func:`_key`)
FIELDS = {
    "name": ("name", "名称", "施設名", "施設名称", "施設の名称", "名前", "避難所名", "避難所名称", "避難場所名",
             "指定緊急避難場所名", "指定避難所名", "学校名", "病院名", "医療機関名", "駅名", "facility_name", "title"),
    "kind": ("kind", "facility_kind", "種別", "施設種別", "施設の種類", "施設区分", "種類", "区分", "分類",
             "category", "type", "amenity"),
    "address": ("address", "住所", "所在地", "所在地住所", "addr:full", "addr_full", "location"),
    "lat": ("lat", "latitude", "緯度"),
    "lon": ("lon", "lng", "long", "longitude", "経度"),
    "wkt": ("wkt", "geometry", "the_geom", "geom"),
}
MAP_FIELDS = tuple(FIELDS)
REQUIRED = (Need("lat+lon", "wkt"),)
#: headers of time-stamped records (reports, tracks): a table with one is not a list of facilities
_DATED = re.compile(r"日時|日付|年月日|投稿日|受付日|通報日|発生日|検出日|^(date|datetime|time|timestamp|created|"
                    r"requesteddatetime|detectedat|receivedat|confirmed)$")
_EVACUATION_HEADER = re.compile(r"避難|収容")

#: kind words (after :func:`_word`) → kind
_KIND_WORDS = {
    **dict.fromkeys(("station", "train station", "trainstation", "railway station", "railwaystation", "駅",
                     "鉄道駅", "駅舎", "停車場", "halt"), "station"),
    **dict.fromkeys(("school", "学校", "小学校", "中学校", "高等学校", "高校", "義務教育学校", "中等教育学校",
                     "特別支援学校", "幼稚園", "こども園", "認定こども園", "保育園", "保育所", "大学", "短期大学",
                     "高等専門学校", "kindergarten", "primary school", "elementary school", "junior high school",
                     "middle school", "high school", "college", "university"), "school"),
    **dict.fromkeys(("hospital", "病院", "総合病院", "医療センター", "救急病院", "救急告示病院", "災害拠点病院",
                     "medical centre", "medical center"), "hospital"),
    **dict.fromkeys(("evacuation", "evacuation centre", "evacuation center", "evacuation site", "evacuation shelter",
                     "emergency shelter", "避難所", "指定避難所", "避難場所", "指定緊急避難場所",
                     "緊急避難場所", "広域避難場所", "一時避難場所", "福祉避難所", "避難施設", "津波避難ビル",
                     "津波避難施設"), "evacuation"),
    **dict.fromkeys(("other", "その他", "診療所", "歯科診療所", "クリニック", "clinic", "doctors", "dentist",
                     "公民館", "集会所", "community centre", "community center"), "other"),
}


# -- small helpers ---------------------------------------------------------------------------------------------


def _nfkc(text: str) -> str:
    return unicodedata.normalize("NFKC", text).strip()


def _word(value: str) -> str:
    return re.sub(r"\s+", " ", _nfkc(value).lower().replace("_", " "))



def _code(v: Any) -> str | None:
    """A code as text: ``16001``, ``16001.0`` (a float field) and ``"16001"`` all give ``"16001"``."""
    s = _text(v)
    if s is None:
        return None
    s = _nfkc(s)
    return s[:-2] if re.fullmatch(r"\d+\.0", s) else s


def _jsonable(v: Any) -> Any:
    if isinstance(v, np.generic):
        v = v.item()
    if isinstance(v, float):
        if math.isnan(v):
            return None
        if v.is_integer() and abs(v) < 2 ** 53:
            return int(v)             # integer fields come back as floats when some features lack them
    if isinstance(v, (bytes, bytearray)):
        return None
    if isinstance(v, (str, int, float, bool)) or v is None:
        return v
    return str(v)


def kind_of(value: Any) -> str | None:
    """The facility kind a kind field's value means (``station`` … ``other``), or None when it is not known."""
    s = _text(value)
    if s is None:
        return None
    w = _word(s)
    if w in KINDS:
        return w
    if w in _KIND_WORDS:
        return _KIND_WORDS[w]
    # compound Japanese names: 指定避難所(小学校) is an evacuation centre, 市立病院 a hospital, 加賀温泉駅 a station
    if "避難" in w:
        return "evacuation"
    if "病院" in w:
        return "hospital"
    if w.endswith("学校") or w.endswith("小学校") or w.endswith("中学校") or w.endswith("高校") or "幼稚園" in w:
        return "school"
    if w.endswith("駅"):
        return "station"
    if "診療所" in w or "クリニック" in w or "医院" in w:
        return "other"
    return None


def _resolve(header: list[str], mapping: Mapping[str, str], path: Path) -> dict[str, int]:
    """{field: column index}: ``mapping`` first (its columns must exist), then :data:`FIELDS`."""
    return column_mapping.resolve(header, mapping, FIELDS, path)


def parse_map(value: Any, path: Path) -> dict[str, str]:
    """The ``map`` option as {field: column}: ``"name=施設名称,kind=区分"`` or a dict."""
    try:
        return column_mapping.parse_map(value, MAP_FIELDS)
    except ValueError as exc:
        raise InputError(path, str(exc)) from None


def _kind_option(options: Mapping[str, Any], path: Path) -> str | None:
    kind = _text(options.get("kind"))
    if kind is None:
        return None
    k = kind_of(kind)
    if k is None:
        raise InputError(path, f"kind must be one of {', '.join(KINDS)} (or 駅, 学校, 病院, 避難所 …), not {kind!r}")
    return k


# -- vector sources (pyogrio) ----------------------------------------------------------------------------------


def _vector_layers(path: Path) -> list[LayerInfo]:
    """The layers of ``path``: the file itself, or the vector files inside a zip (one per name: a GeoJSON is
    preferred to the Shapefile of the same name, as 国土数値情報 zips carry both). Shapefiles without a ``.cpg``
    are read as CP932. Learnt cheaply (a GeoJSON from its first bytes) by :mod:`importers.vector_sniff`."""
    return vector_sniff.vector_layers(path, ZIP_RANK if path.suffix.lower() == ".zip" else VECTOR_SUFFIXES,
                                      one_per_stem=True)


def _ksj_field(name: str) -> str:
    """``P29_004_ja`` (the reinfolib API's names) → ``P29_004``."""
    n = name.upper()
    return n[:-3] if n.endswith("_JA") else n


def _ksj_dataset(fields: list[str]) -> str | None:
    upper = {_ksj_field(f) for f in fields}
    for code, (name_field, _) in KSJ.items():
        if name_field in upper and f"{code}_003" in upper:
            return code
    return None


def _is_line(info: LayerInfo) -> bool:
    return "LineString" in info.geometry_type


def _read_vector(path: Path, info: LayerInfo, writer: Any, assume_crs: str
                 ) -> tuple[dict[str, np.ndarray], list[Any], np.ndarray]:
    """(fields, shapely geometries in the project CRS or None, feature ids) of one layer; features without usable
    geometry are rejected here and come back as None."""
    import pyogrio.raw
    import shapely
    layer = info.name
    try:
        meta, fids, wkb, field_data = pyogrio.raw.read(info.source, layer=info.layer, encoding=info.encoding,
                                                       return_fids=True)
    except Exception as exc:  # noqa: BLE001 - GDAL's errors are many; the user gets the file and the reason
        raise InputError(path, f"cannot be read ({exc})") from None
    fields = {str(n): np.asarray(v, dtype=object) for n, v in zip(meta["fields"], field_data)}
    fids = np.asarray(fids) if fids is not None else np.arange(len(wkb))
    geoms: list[Any] = [None] * len(wkb)
    for i, b in enumerate(wkb):
        where = f"layer {layer}, feature {fids[i]}"
        if b is None:
            writer.reject(item=where, reason="no geometry", raw=_raw(fields, i))
            continue
        try:
            g = shapely.from_wkb(b)
        except shapely.errors.GEOSException as exc:
            writer.reject(item=where, reason=f"unreadable geometry ({exc})", raw=_raw(fields, i))
            continue
        if g is None or g.is_empty:
            writer.reject(item=where, reason="empty geometry", raw=_raw(fields, i))
            continue
        geoms[i] = g
    crs = meta.get("crs")
    ok = [g for g in geoms if g is not None]
    if not crs:
        b = shapely.bounds(shapely.GeometryCollection(ok)) if ok else (0, 0, 0, 0)
        if -180 <= b[0] <= b[2] <= 180 and -90 <= b[1] <= b[3] <= 90:
            writer.warn(f"{path.name}: no coordinate reference system; read as longitude/latitude ({assume_crs})",
                        once_key=f"facilities-crs-{path}")
            crs = assume_crs
        else:
            raise InputError(path, "the file has no coordinate reference system (for a Shapefile: no .prj)")
    if ok:
        from pyproj import CRS, Transformer
        tr = Transformer.from_crs(CRS.from_user_input(crs), CRS.from_user_input(writer.crs), always_xy=True)
        idx = [i for i, g in enumerate(geoms) if g is not None]
        moved = shapely.transform(np.asarray([geoms[i] for i in idx], dtype=object),
                                  lambda c: np.column_stack(tr.transform(c[:, 0], c[:, 1])))
        for i, g in zip(idx, moved):
            geoms[i] = g
    return fields, geoms, fids


def _raw(fields: Mapping[str, np.ndarray], i: int) -> str:
    return json.dumps({k: _jsonable(v[i]) for k, v in fields.items()}, ensure_ascii=False, default=str)


# -- the rows --------------------------------------------------------------------------------------------------


class Facilities:
    """Collects facility rows (point geometry in the project CRS) and writes them as one Arrow table."""

    def __init__(self, writer: Any):
        self.writer = writer
        self.cols: dict[str, list[Any]] = {c: [] for c in ("name", "kind", "address", "attributes")}
        self.points: list[Any] = []
        self.centroids = 0
        self.unknown_kinds: Counter[str] = Counter()

    def add(self, geom: Any, name: Any, kind: str, address: Any, attributes: Mapping[str, Any], *,
            where: str, raw: str = "") -> bool:
        """Add one facility (``geom`` in the project CRS); False (and a reject) when its position is unusable."""
        import shapely
        if geom.geom_type != "Point":
            parts = shapely.get_parts(geom)
            if geom.geom_type == "MultiPoint" and len(parts) == 1:
                geom = parts[0]
            else:
                geom = geom.centroid
                self.centroids += 1
        x, y = geom.x, geom.y
        if not (math.isfinite(x) and math.isfinite(y)):
            self.writer.reject(item=where, reason="bad coordinate: outside the project's coordinate system", raw=raw)
            return False
        attrs = {k: _jsonable(v) for k, v in attributes.items()}
        attrs = {k: v for k, v in attrs.items() if v not in (None, "")}
        self.points.append(shapely.Point(x, y))
        self.cols["name"].append(_text(name))
        self.cols["kind"].append(kind)
        self.cols["address"].append(_text(address))
        self.cols["attributes"].append(json.dumps(attrs, ensure_ascii=False) if attrs else None)
        return True

    def write(self) -> int:
        import pyarrow as pa
        import shapely
        from pyproj import Transformer

        w = self.writer
        if self.centroids:
            w.warn(f"{self.centroids} feature(s) are not points (polygons or lines); each is stored as its "
                   "centroid")
        for value, n in sorted(self.unknown_kinds.items(), key=lambda kv: (-kv[1], kv[0]))[:20]:
            w.warn(f"kind {value!r} is not one Kaga Twin knows ({', '.join(KINDS)}); {n} row(s) read as other")
        n = len(self.points)
        if not n:
            return 0
        pts = np.asarray(self.points, dtype=object)
        xy = shapely.get_coordinates(pts)
        to_ll = Transformer.from_crs(w.crs, "EPSG:4326", always_xy=True)
        lon, lat = to_ll.transform(xy[:, 0], xy[:, 1])
        table = pa.table({
            **{k: pa.array(self.cols[k], pa.string()) for k in ("name", "kind", "address", "attributes")},
            "lat": pa.array(np.round(np.asarray(lat, np.float64), 8), pa.float64()),
            "lon": pa.array(np.round(np.asarray(lon, np.float64), 8), pa.float64()),
            "geom": pa.array(list(shapely.to_wkb(pts)), pa.binary()),
        })
        return w.insert_arrow("facilities", table, geometry_columns=["geom"])


def _locate_vector(layers: list[LayerInfo], default_crs: str) -> Location | None:
    """Latitude/longitude of the first feature of the first readable layer (a GeoJSON's from its first bytes)."""
    import pyogrio.raw
    import shapely
    import shapely.geometry
    from pyproj import Transformer
    for info in layers:
        if info.from_head:
            geoms = [shapely.geometry.shape(info.first_geometry)] if info.first_geometry else []
            crs = info.crs
        else:
            meta, _, wkb, _ = pyogrio.raw.read(info.source, layer=info.layer, encoding=info.encoding,
                                               max_features=20, read_geometry=True, columns=[])
            geoms = [shapely.from_wkb(b) for b in wkb if b is not None]
            crs = meta.get("crs")
        geoms = [g for g in geoms if g is not None and not g.is_empty]
        if not geoms:
            continue
        c = geoms[0].centroid
        tr = Transformer.from_crs(crs or default_crs, "EPSG:4326", always_xy=True)
        lon, lat = tr.transform(c.x, c.y)
        return Location(float(lat), float(lon))
    return None


# -- 国土数値情報 ---------------------------------------------------------------------------------------------


def _ksj_layers(path: Path) -> list[tuple[LayerInfo, str]]:
    """(layer, dataset code) of the P29 / P04 / P20 layers in ``path``."""
    return [(info, code) for info in _vector_layers(path) if (code := _ksj_dataset(list(info.fields))) is not None]


@register
class KsjFacilities(Importer):
    """国土数値情報 P29 学校, P04 医療機関 and P20 避難施設 → ``facilities``."""

    name = "ksj-facilities"
    version = "1"
    label = "国土数値情報 P29 学校 / P04 医療機関 / P20 避難施設 (facilities)"
    patterns = ("*.zip", "*.shp", "*.geojson", "*.json", "*.gpkg")
    priority = 5
    tables = ("facilities",)

    def sniff(self, path: Path) -> float:
        return 0.95 if _ksj_layers(path) else 0.0

    def locate(self, path: Path) -> Location | None:
        try:
            return _locate_vector([info for info, _ in _ksj_layers(path)][:1], "EPSG:6668")
        except Exception:  # noqa: BLE001 - locate never raises
            return None

    def read(self, path: Path, writer: Any, options: dict[str, Any]) -> None:
        layers = _ksj_layers(path)
        if not layers:
            raise InputError(path, "has no layer with the fields of 国土数値情報 P29 (P29_004), P04 (P04_002) or "
                                   "P20 (P20_002)")
        rows = Facilities(writer)
        for n, (info, code) in enumerate(layers):
            writer.check_cancelled()
            writer.progress(n, len(layers), "layers", f"{KSJ[code][1]}: {info.name}")
            fields, geoms, fids = _read_vector(path, info, writer, "EPSG:6668")
            by_code = {_ksj_field(k): v for k, v in fields.items()}
            getattr(self, f"_{code.lower()}")(path, rows, by_code, geoms, fids, info.name)
        writer.progress(len(layers), len(layers), "layers", "done")
        rows.write()

    @staticmethod
    def _others(fields: Mapping[str, np.ndarray], i: int, used: tuple[str, ...]) -> dict[str, Any]:
        return {k: v[i] for k, v in fields.items() if k not in used}

    def _p29(self, path: Path, rows: Facilities, f: dict[str, np.ndarray], geoms: list, fids: np.ndarray,
             layer: str) -> None:
        names = [_code(v) for v in f["P29_004"]]
        shifted = bool(names) and "P29_005" in f and all(re.fullmatch(r"16\d{3}", n or "") for n in names)
        if shifted:
            rows.writer.warn(f"{path.name}: an older P29 edition (2013 layout: class code in P29_004, name in "
                             "P29_005, address in P29_006)")
        cls_f, name_f, addr_f = ("P29_004", "P29_005", "P29_006") if shifted else ("P29_003", "P29_004", "P29_005")
        closed = 0
        for i, g in enumerate(geoms):
            if g is None:
                continue
            cls = _code(f[cls_f][i]) if cls_f in f else None
            attrs = self._others(f, i, (name_f, addr_f))
            if cls in SCHOOL_CLASSES:
                attrs["学校分類"] = SCHOOL_CLASSES[cls]
            kind = "school"
            if not shifted and "P29_007" in f and _code(f["P29_007"][i]) == "2":
                kind = "other"
                attrs["休校"] = True
                closed += 1
            rows.add(g, f[name_f][i], kind, f[addr_f][i] if addr_f in f else None, attrs,
                     where=f"layer {layer}, feature {fids[i]}")
        if closed:
            rows.writer.warn(f"{closed} school(s) are closed (P29_007 休校中) and stored as other")

    def _p04(self, path: Path, rows: Facilities, f: dict[str, np.ndarray], geoms: list, fids: np.ndarray,
             layer: str) -> None:
        counts: Counter[str] = Counter()
        for i, g in enumerate(geoms):
            if g is None:
                continue
            cls = _code(f["P04_001"][i]) if "P04_001" in f else None
            attrs = self._others(f, i, ("P04_002", "P04_003"))
            if cls in MEDICAL_CLASSES:
                attrs["医療機関分類"] = MEDICAL_CLASSES[cls]
            kind = "hospital" if cls == "1" else "other"
            counts[kind] += 1
            rows.add(g, f["P04_002"][i], kind, f["P04_003"][i] if "P04_003" in f else None, attrs,
                     where=f"layer {layer}, feature {fids[i]}")
        if counts["other"]:
            rows.writer.warn(f"{counts['hospital']} hospital(s) (P04_001 1 病院); {counts['other']} clinic(s) and "
                             "dental clinic(s) (2 診療所, 3 歯科診療所) stored as other")

    def _p20(self, path: Path, rows: Facilities, f: dict[str, np.ndarray], geoms: list, fids: np.ndarray,
             layer: str) -> None:
        for i, g in enumerate(geoms):
            if g is None:
                continue
            attrs = self._others(f, i, ("P20_002", "P20_003"))
            rows.add(g, f["P20_002"][i], "evacuation", f["P20_003"][i] if "P20_003" in f else None, attrs,
                     where=f"layer {layer}, feature {fids[i]}")


# -- generic lists ---------------------------------------------------------------------------------------------


def _csv_text(path: Path, head_only: bool) -> str | None:
    try:
        return column_mapping.read_head(path) if head_only else decode(path.read_bytes(), path)
    except (InputError, OSError, UnicodeDecodeError):
        return None


def _has_coords(found: Mapping[str, int]) -> bool:
    return "wkt" in found or {"lat", "lon"} <= set(found)


_POINT = re.compile(r"^\s*POINT\s*Z?\s*\(\s*([-+\d.eE]+)[\s,]+([-+\d.eE]+)", re.IGNORECASE)


def _coords(row: list[str], cols: Mapping[str, int]) -> tuple[float, float]:
    """(lat, lon) of a CSV row; ValueError with the reject reason."""
    def cell(f: str) -> str | None:
        return _text(row[cols[f]]) if f in cols else None
    lat, lon, wkt = cell("lat"), cell("lon"), cell("wkt")
    if (lat is None or lon is None) and wkt is not None:
        m = _POINT.match(_nfkc(wkt))
        if not m:
            raise ValueError(f"bad coordinate: WKT {wkt!r} is not a POINT (lon lat)")
        lon, lat = m.group(1), m.group(2)
    if lat is None or lon is None:
        raise ValueError("bad coordinate: no latitude/longitude")
    try:
        y, x = float(_nfkc(lat)), float(_nfkc(lon))
    except ValueError:
        raise ValueError(f"bad coordinate: latitude {lat!r}, longitude {lon!r}") from None
    if not (-90 <= y <= 90 and -180 <= x <= 180) or (x == 0 and y == 0) or not (math.isfinite(x) and math.isfinite(y)):
        raise ValueError(f"bad coordinate: latitude {lat}, longitude {lon}")
    return y, x


@register
class FacilityList(Importer):
    """Generic facility lists (GeoJSON, GeoPackage, Shapefile, FlatGeobuf, CSV) with a name and a kind."""

    name = "facilities"
    version = "1"
    label = "施設一覧 (facilities: GeoJSON, GeoPackage, Shapefile, CSV with a name and a kind)"
    patterns = ("*.geojson", "*.json", "*.gpkg", "*.shp", "*.fgb", "*.csv")
    priority = 0
    tables = ("facilities",)
    options = {
        "kind": "kind of the rows without one: " + ", ".join(KINDS) + " (or 駅, 学校, 病院, 避難所 …)",
        "map": column_mapping.map_help(MAP_FIELDS),
    }
    map_fields = MAP_FIELDS
    required_fields = REQUIRED

    def preview(self, path: Path, rows: int = 5) -> tuple[list[str], list[list[str]]] | None:
        """Column mapping is offered for CSV lists (vector files name their fields)."""
        if path.suffix.lower() not in CSV_SUFFIXES:
            return None
        text = _csv_text(path, head_only=True)
        return column_mapping.preview(text, rows) if text else None

    def guess_mapping(self, path: Path) -> dict[str, str]:
        header = self.columns(path)
        return column_mapping.guess(header, FIELDS) if header else {}

    # -- sniffing -----------------------------------------------------------------------------------------
    def sniff(self, path: Path) -> float:
        if not path.is_file():
            return 0.0
        suffix = path.suffix.lower()
        if suffix in CSV_SUFFIXES:
            return self._sniff_csv(path)
        if suffix not in VECTOR_SUFFIXES:
            return 0.0
        best = 0.0
        for info in _vector_layers(path):
            fields = list(info.fields)
            if _ksj_dataset(fields) or _is_line(info):
                continue              # 国土数値情報 files are the KSJ importer's, lines the road network's
            found = _resolve(fields, {}, path)
            if "name" not in found:
                continue
            hinted = "kind" in found or any(_EVACUATION_HEADER.search(f) for f in fields)
            point = "Point" in info.geometry_type
            best = max(best, (0.7 if point else 0.45) if hinted else (0.2 if point else 0.1))
        return best

    @staticmethod
    def _sniff_csv(path: Path) -> float:
        text = _csv_text(path, head_only=True)
        if text is None or "\x00" in text.split("\n", 1)[0]:
            return 0.0
        header = header_of(text)
        if len(header) < 3:
            return 0.0
        keys = [column_mapping.key(h) for h in header]
        found = _resolve(header, {}, path)
        if "name" not in found or not _has_coords(found):
            return 0.0
        hinted = "kind" in found or any(_EVACUATION_HEADER.search(h) for h in header)
        if any(_DATED.search(k) for k in keys):
            # time-stamped rows (reports, detections, tracks) are not a list of places, unless a kind says so
            return 0.5 if hinted else 0.0
        # above the municipal-report importer's 0.85: without a date column a report importer cannot read it
        return 0.9 if hinted else 0.2

    def locate(self, path: Path) -> Location | None:
        try:
            if path.suffix.lower() in CSV_SUFFIXES:
                text = _csv_text(path, head_only=True) or ""
                header = header_of(text)
                cols = _resolve(header, {}, path)
                for _, row, _ in csv_records(text):
                    try:
                        lat, lon = _coords(row, cols)
                    except (ValueError, IndexError):
                        continue
                    return Location(lat, lon)
                return None
            return _locate_vector(_vector_layers(path), "EPSG:4326")
        except Exception:  # noqa: BLE001 - locate never raises
            return None

    # -- reading ------------------------------------------------------------------------------------------
    def read(self, path: Path, writer: Any, options: dict[str, Any]) -> None:
        mapping = parse_map(options.get("map"), path)
        default_kind = _kind_option(options, path)
        rows = Facilities(writer)
        if path.suffix.lower() in CSV_SUFFIXES:
            self._read_csv(path, rows, mapping, default_kind)
        else:
            self._read_vector(path, rows, mapping, default_kind)
        rows.write()

    def _kind(self, rows: Facilities, value: Any, default_kind: str | None, evacuation_list: bool) -> str:
        k = kind_of(value)
        if k is not None:
            return k
        if _text(value) is not None:
            rows.unknown_kinds[_text(value)] += 1
            return "other"
        return default_kind or ("evacuation" if evacuation_list else "other")

    def _no_kind_warning(self, rows: Facilities, default_kind: str | None, evacuation_list: bool) -> None:
        if default_kind is None:
            rows.writer.warn("no kind column (kind, 種別, 施設種別 …): every row is "
                             + ("evacuation (the headers speak of evacuation)" if evacuation_list else
                                "other; give the kind option (e.g. kind=school) or map=kind=<column>"))

    def _read_csv(self, path: Path, rows: Facilities, mapping: dict[str, str], default_kind: str | None) -> None:
        text = decode(path.read_bytes(), path)
        header = header_of(text)
        if len(header) < 2:
            raise InputError(path, "no header row", line=1)
        cols = _resolve(header, mapping, path)
        column_mapping.check_required(REQUIRED, cols, header, path, example="lat=Y,lon=X,name=施設名称")
        evacuation_list = any(_EVACUATION_HEADER.search(h) for h in header)
        if "kind" not in cols:
            self._no_kind_warning(rows, default_kind, evacuation_list)
        used = {cols[f] for f in ("name", "kind", "address", "lat", "lon", "wkt") if f in cols}
        from pyproj import Transformer
        import shapely
        to_crs = Transformer.from_crs("EPSG:4326", rows.writer.crs, always_xy=True)
        total = max(1, text.count("\n"))
        for line, row, raw in csv_records(text):
            if line % 1000 == 0:
                rows.writer.progress(line, total, "lines")
            if len(row) < len(header):
                rows.writer.reject(line=line, reason=f"short row: {len(row)} of {len(header)} fields", raw=raw)
                continue
            try:
                lat, lon = _coords(row, cols)
            except ValueError as exc:
                rows.writer.reject(line=line, reason=str(exc), raw=raw)
                continue
            x, y = to_crs.transform(lon, lat)
            attrs = {h: row[j] for j, h in enumerate(header) if j not in used}
            kind = self._kind(rows, row[cols["kind"]] if "kind" in cols else None, default_kind, evacuation_list)
            rows.add(shapely.Point(x, y), row[cols["name"]] if "name" in cols else None, kind,
                     row[cols["address"]] if "address" in cols else None, attrs, where=f"line {line}", raw=raw)

    def _read_vector(self, path: Path, rows: Facilities, mapping: dict[str, str], default_kind: str | None) -> None:
        layers = [info for info in _vector_layers(path) if not _is_line(info)]
        if not layers:
            raise InputError(path, "has no layer of points or polygons to read facilities from")
        for info in layers:
            rows.writer.check_cancelled()
            fields, geoms, fids = _read_vector(path, info, rows.writer, "EPSG:4326")
            layer = info.name
            names = list(fields)
            cols = _resolve(names, mapping, path)
            evacuation_list = any(_EVACUATION_HEADER.search(n) for n in names)
            if "kind" not in cols:
                self._no_kind_warning(rows, default_kind, evacuation_list)
            col = {f: names[j] for f, j in cols.items()}
            used = {col[f] for f in ("name", "kind", "address") if f in col}
            for i, g in enumerate(geoms):
                if g is None:
                    continue
                kind = self._kind(rows, fields[col["kind"]][i] if "kind" in col else None, default_kind,
                                  evacuation_list)
                attrs = {k: v[i] for k, v in fields.items() if k not in used}
                rows.add(g, fields[col["name"]][i] if "name" in col else None, kind,
                         fields[col["address"]][i] if "address" in col else None, attrs,
                         where=f"layer {layer}, feature {fids[i]}", raw=_raw(fields, i))


__all__ = ["FacilityList", "KINDS", "KsjFacilities", "kind_of"]
