"""国土数値情報 A29 用途地域 (zoning) → ``zoning``.

Reads the A29 polygons as downloaded: GeoJSON, Shapefile (Shift_JIS without a ``.cpg``, as 国土数値情報 ships
them), GeoPackage, or the zip holding them (``A29-19_17_GML.zip``). Fields: ``A29_004`` zone code, ``A29_005``
zone name, ``A29_006`` building coverage limit (建蔽率, %), ``A29_007`` floor-area ratio limit (容積率, %), and
``A29_001`` / ``A29_003`` municipality code and name; the other fields are kept as JSON in ``attributes``.
A file without a CRS is read as JGD2011 longitude/latitude (EPSG:6668). The option ``city`` (a municipality code
such as 17206, or a name such as 加賀市) keeps one municipality of a prefecture file.

An invalid polygon (self-intersecting) is repaired (``make_valid``, polygonal parts kept). A feature without a
polygon, with less than 1 m² of area (once repaired), with a zone neither coded nor named, or with a coverage or
floor-area limit that is not a percentage (0 < value ≤ 1300) is skipped and kept in ``import_rejects`` with its
reason.
"""

from __future__ import annotations

import json
import re
from pathlib import Path
from typing import Any

import numpy as np
import pyarrow as pa
import shapely
from pyproj import CRS, Transformer

from importers.population_vector import Layer, vector_layers
from importers.registry import Importer, register
from importers.textfiles import cell_text as _text
from twin.crs import Location
from twin.errors import InputError
from twin.themes.zoning import CODE_BY_NAME, ZONES

#: A29 fields (upper case) → zoning column
FIELDS = {"A29_004": "zone_code", "A29_005": "zone_name", "A29_006": "coverage_pct", "A29_007": "far_pct",
          "A29_001": "city_code", "A29_003": "city_name"}
_NUMBER = re.compile(r"[-+]?\d+(?:\.\d+)?")
ASSUME_CRS = "EPSG:6668"
#: a repaired zone polygon smaller than this (m², project CRS) is degenerate and rejected
MIN_AREA_M2 = 1.0


def _head_ok(head: str) -> bool:
    return '"A29_004"' in head and ('"A29_006"' in head or '"A29_007"' in head)


def _fields_ok(fields: set[str]) -> bool:
    return "A29_004" in fields and {"A29_006", "A29_007"} <= fields


def a29_layers(path: Path) -> list[Layer]:
    """The layers of ``path`` (a file or a zip) with the A29 fields."""
    return vector_layers(path, "a29", _head_ok, _fields_ok)



def _code(v: Any) -> str | None:
    """'9', 9, 9.0, '09' → '9'."""
    s = _text(v)
    if s is None:
        return None
    m = _NUMBER.fullmatch(s)
    return str(int(float(s))) if m else s


def _percent(v: Any) -> float | None:
    s = _text(v)
    m = _NUMBER.search(s.replace(",", "")) if s else None
    return float(m.group()) if m else None


def _read(path: Path, layer: Layer) -> tuple[dict, np.ndarray, list, dict[str, np.ndarray]]:
    import pyogrio.raw
    source, enc, name = layer
    try:
        meta, fids, wkb, data = pyogrio.raw.read(source, layer=name, encoding=enc, return_fids=True)
    except Exception as exc:  # noqa: BLE001 - GDAL's errors are many; the user gets the file and the reason
        raise InputError(path, f"cannot be read ({exc})") from None
    fields = {str(n).upper(): np.asarray(v, dtype=object) for n, v in zip(meta["fields"], data)}
    fids = np.asarray(fids) if fids is not None else np.arange(len(wkb))
    return meta, fids, list(wkb), fields


def _transformer(path: Path, meta: dict, geoms: list, crs: str, writer: Any) -> Transformer:
    src = meta.get("crs")
    if not src:
        ok = [g for g in geoms if g is not None]
        b = shapely.bounds(shapely.GeometryCollection(ok)) if ok else (0, 0, 0, 0)
        if not (-180 <= b[0] <= b[2] <= 180 and -90 <= b[1] <= b[3] <= 90):
            raise InputError(path, "the file has no coordinate reference system (for a Shapefile: no .prj)")
        if writer is not None:
            writer.warn(f"{path.name}: no coordinate reference system; read as longitude/latitude ({ASSUME_CRS})",
                        once_key=f"crs-{path}")
        src = ASSUME_CRS
    return Transformer.from_crs(CRS.from_user_input(src), CRS.from_user_input(crs), always_xy=True)


def _polygonal(g: Any) -> Any:
    """The polygonal part of a repaired geometry (make_valid may give a collection with lines), or None."""
    parts = [p for p in shapely.get_parts(g) if p.geom_type in ("Polygon", "MultiPolygon")]
    return shapely.union_all(parts) if parts else None


def _city_match(city: str | None, code: str | None, name: str | None) -> bool:
    if not city:
        return True
    return city in (code, name) or (code is not None and code.lstrip("0") == city.lstrip("0"))


@register
class ZoningA29(Importer):
    """国土数値情報 A29 用途地域 polygons."""

    name = "ksj-a29-zoning"
    version = "1"
    label = "国土数値情報 A29 用途地域 (zoning)"
    patterns = ("*.geojson", "*.json", "*.shp", "*.gpkg", "*.zip")
    priority = 5
    tables = ("zoning",)
    options = {"city": "keep only this municipality (A29_001 code such as 17206, or A29_003 name such as 加賀市)"}

    def sniff(self, path: Path) -> float:
        return 0.95 if a29_layers(path) else 0.0

    def locate(self, path: Path) -> Location | None:
        import pyogrio.raw
        for source, enc, name in a29_layers(path):
            try:
                meta, _, wkb, _ = pyogrio.raw.read(source, layer=name, encoding=enc, max_features=20, columns=[])
                geoms = [shapely.from_wkb(b) for b in wkb if b is not None]
                if not geoms:
                    continue
                tr = _transformer(path, meta, geoms, "EPSG:4326", None)
                c = shapely.GeometryCollection(geoms).centroid
                lon, lat = tr.transform(c.x, c.y)
                return Location(lat=float(lat), lon=float(lon))
            except Exception:  # noqa: BLE001 - locate never raises: read() reports bad input
                continue
        return None

    def read(self, path: Path, writer: Any, options: dict[str, Any]) -> None:
        layers = a29_layers(path)
        if not layers:
            raise InputError(path, "has no polygon layer with the A29 fields A29_004, A29_006 and A29_007")
        city = _text(options.get("city"))
        rows: dict[str, list] = {c: [] for c in (*FIELDS.values(), "attributes", "geom")}
        for n, layer in enumerate(layers):
            meta, fids, wkb, fields = _read(path, layer)
            label = f"layer {layer[2]}, " if layer[2] else ""
            geoms = [None if b is None else shapely.from_wkb(b, on_invalid="ignore") for b in wkb]
            tr = _transformer(path, meta, geoms, writer.crs, writer)
            for i, g in enumerate(geoms):
                item = f"{label}feature {fids[i]}"
                vals = {col: fields[f][i] if f in fields else None for f, col in FIELDS.items()}
                code, name = _code(vals["zone_code"]), _text(vals["zone_name"])
                city_code, city_name = _code(vals["city_code"]), _text(vals["city_name"])
                if not _city_match(city, city_code, city_name):
                    continue
                if g is None or g.is_empty:
                    writer.skip(item, "no geometry")
                    continue
                if g.geom_type not in ("Polygon", "MultiPolygon"):
                    writer.skip(item, f"{g.geom_type} is not a polygon")
                    continue
                if code in (None, "99") and name not in CODE_BY_NAME:
                    code = None
                code = code or CODE_BY_NAME.get(name or "")
                if code is None and not name:
                    writer.skip(item, "no zone: A29_004 and A29_005 are empty")
                    continue
                limits = {}
                for col, fld in (("coverage_pct", "A29_006"), ("far_pct", "A29_007")):
                    v = _percent(vals[col])
                    if v is None or not 0 < v <= 1300:
                        writer.skip(item, f"{fld} {vals[col]!r} is not a percentage limit")
                        break
                    limits[col] = v
                else:
                    g = shapely.transform(g, lambda c: np.column_stack(tr.transform(c[:, 0], c[:, 1])))
                    if not np.isfinite(shapely.bounds(g)).all():
                        writer.skip(item, "coordinates outside the project's coordinate system")
                        continue
                    g = g if g.is_valid else _polygonal(shapely.make_valid(g))
                    if g is None or g.area < MIN_AREA_M2:
                        writer.skip(item, "the polygon is degenerate (no area once repaired)")
                        continue
                    rows["zone_code"].append(code)
                    rows["zone_name"].append(name or ZONES.get(code or "", (None,))[0])
                    rows["coverage_pct"].append(limits["coverage_pct"])
                    rows["far_pct"].append(limits["far_pct"])
                    rows["city_code"].append(city_code)
                    rows["city_name"].append(city_name)
                    rows["attributes"].append(json.dumps(
                        {k: _text(v[i]) for k, v in fields.items() if k not in FIELDS and _text(v[i]) is not None},
                        ensure_ascii=False))
                    rows["geom"].append(shapely.to_wkb(g))
            writer.progress(n + 1, len(layers), "layers")
        if not rows["geom"]:
            raise InputError(path, f"has no zone polygons{f' for {city}' if city else ''}")
        types = {"coverage_pct": pa.float64(), "far_pct": pa.float64(), "geom": pa.binary()}
        writer.insert_arrow("zoning", pa.table({c: pa.array(v, types.get(c, pa.string())) for c, v in rows.items()}),
                            geometry_columns=["geom"])


__all__ = ["FIELDS", "ZoningA29", "a29_layers"]
