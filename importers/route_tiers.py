"""Snow route tiers → ``route_tier_lines``: which roads are ploughed first (除雪路線の区分: 重点除雪路線, 第1次 /
第2次 / 第3次路線), and optionally each route's service target in hours. The analysis ``snow-coverage``
(:mod:`twin.snow_coverage`) gives every road segment a tier from these rows (a segment the file names, or along
which a file line runs), the others by rule.

* **Lines** (``route-tiers``): GeoJSON, GeoPackage (every line layer), Shapefile or FlatGeobuf whose line layer has a
  **tier field**: ``tier`` / ``route_tier`` / ``路線区分`` / ``除雪区分`` / ``除雪路線区分`` / ``除雪順位`` /
  ``priority`` / ``routepriority`` (Syracuse's snow-route layer) / ``route_priority``. Values: ``1`` … ``3`` (also
  ``1.0``, full-width ``１``), ``第1次`` / ``第一次`` / ``1次`` / ``第1次路線`` / ``第二次除雪路線``, ``重点`` /
  ``重点除雪路線`` (tier 1), ``P1`` / ``Tier 2`` / ``Priority 3``, ``primary`` / ``secondary`` / ``tertiary``,
  ``high`` / ``medium`` / ``low``. Optional fields: the target (``target_h`` / ``target_hours`` / ``目標時間`` /
  ``target``; hours, ``6h`` and ``6時間`` read as 6), the route name (``name`` / ``route_name`` / ``roadname`` /
  ``路線名`` / ``名称``) and a road segment id (``segment_id``). Shapefiles without a ``.cpg`` are read as CP932, files
  without a CRS as longitude/latitude.
  A line file without a tier field is not a tier file: road centre lines stay with ``importers/road_network.py``.
* **A table** (``route-tiers-csv``): CSV (UTF-8 with or without BOM, or CP932) with a segment id column
  (``segment_id`` / ``road_segment_id`` / ``区間ID`` / ``区間番号``) and a tier column (the names above), optionally a
  target and a name: ``segment_id,tier[,target_h]``. The ids are this project's ``road_segments.id`` (the Road
  network layer's Identify shows them).

A feature or row whose tier is empty or not one of these, whose target is not a number of hours, whose segment id is
not a whole number or (for a table row) not in the project, or whose geometry is not a line goes to
``import_rejects`` with its feature id or line, the reason and the value. A line naming a segment id that is not in
the project keeps its line (the import warns).
"""

from __future__ import annotations

import math
import re
import unicodedata
from pathlib import Path
from typing import Any

import numpy as np
import pyarrow as pa
import shapely

from importers.column_mapping import csv_header, csv_records, key
from importers.registry import Importer, register
from importers.road_network import _info, _read_layer
from importers.textfiles import decode
from twin.errors import InputError

TABLE = "route_tier_lines"
VECTOR_SUFFIXES = (".geojson", ".json", ".gpkg", ".shp", ".fgb")
CSV_SUFFIXES = (".csv", ".txt", ".tsv")

#: field → header candidates (compared by :func:`importers.column_mapping.key`)
FIELDS = {
    "tier": ("tier", "route_tier", "路線区分", "除雪区分", "除雪路線区分", "除雪順位", "除雪路線", "priority",
             "routepriority", "route_priority", "snow_priority"),
    "target_h": ("target_h", "target_hours", "target", "目標時間", "目標時間h", "service_hours"),
    "name": ("name", "route_name", "roadname", "road_name", "路線名", "名称"),
    "segment_id": ("segment_id", "road_segment_id", "segmentid", "区間id", "区間番号"),
}
_KANJI = {"一": 1, "二": 2, "三": 3}
_WORDS = {"primary": 1, "high": 1, "secondary": 2, "medium": 2, "tertiary": 3, "low": 3}
_TIER = re.compile(r"(?:第)?([1-3一二三])(?:次|種|級)?(?:除雪)?(?:路線)?")
_LABELLED = re.compile(r"(?:p|tier|priority|class|route)\s*([1-3])")
_HOURS = re.compile(r"(\d+(?:\.\d+)?)\s*(?:h|hr|hrs|hours?|時間)?")


def _text(v: Any) -> str | None:
    if v is None or (isinstance(v, float) and math.isnan(v)):
        return None
    s = unicodedata.normalize("NFKC", str(v)).strip()
    return s or None


def parse_tier(value: Any) -> int | None:
    """Tier 1, 2 or 3 of a tier field's value (see the module docstring), or None when it is not one."""
    s = _text(value)
    if s is None:
        return None
    w = s.lower().replace(" ", "")
    if "重点" in w:
        return 1
    if re.fullmatch(r"[1-3](?:\.0+)?", w):
        return int(float(w))
    m = _TIER.fullmatch(w) or _LABELLED.fullmatch(w)
    if m:
        g = m.group(1)
        return _KANJI.get(g) or int(g)
    return _WORDS.get(w)


def parse_hours(value: Any) -> float | None:
    """Hours of a target field's value (``6``, ``6.5``, ``6h``, ``6時間``); None when empty; ValueError when it is
    not a number of hours."""
    s = _text(value)
    if s is None:
        return None
    m = _HOURS.fullmatch(s.lower())
    if not m:
        raise ValueError(s)
    return float(m.group(1))


def _field(names: list[str], fld: str) -> str | None:
    keys = {key(n): n for n in names}
    return next((keys[key(c)] for c in FIELDS[fld] if key(c) in keys), None)


def _has_tier_field(names: list[str]) -> bool:
    return _field(names, "tier") is not None


def _segment_ids(writer: Any) -> set[int]:
    return {int(r[0]) for r in writer.execute("SELECT id FROM road_segments").fetchall()}


class _Rows:
    """Accumulates accepted rows; rejects the rest through the writer."""

    def __init__(self, writer: Any, known: set[int]):
        self.writer, self.known = writer, known
        self.tier: list[int] = []
        self.target: list[float | None] = []
        self.name: list[str | None] = []
        self.segment: list[int | None] = []
        self.geom: list[bytes | None] = []
        self.unknown = 0

    def add(self, where: dict[str, Any], tier: Any, target: Any, name: Any, segment: Any, geom: Any,
            raw: str | None) -> None:
        t = parse_tier(tier)
        if t is None:
            reason = ("no tier" if _text(tier) is None else
                      f"tier {_text(tier)!r} is not 1, 2 or 3 (第1次 … 第3次, 重点)")
            self.writer.reject(reason=reason, raw=raw, **where)
            return
        try:
            h = parse_hours(target)
        except ValueError:
            self.writer.reject(reason=f"target {_text(target)!r} is not a number of hours", raw=raw, **where)
            return
        if h is not None and h <= 0:
            self.writer.reject(reason=f"target {_text(target)!r} is not a positive number of hours", raw=raw, **where)
            return
        sid = None
        s = _text(segment)
        if s is not None:
            if not re.fullmatch(r"\d+(?:\.0+)?", s):
                self.writer.reject(reason=f"segment id {s!r} is not a whole number", raw=raw, **where)
                return
            sid = int(float(s))
            if sid not in self.known:
                if geom is None:
                    self.writer.reject(reason=f"no road segment {sid} in the project", raw=raw, **where)
                    return
                self.unknown += 1          # the line still places it
                sid = None
        if sid is None and geom is None:
            self.writer.reject(reason="neither a line nor a segment id", raw=raw, **where)
            return
        self.tier.append(t)
        self.target.append(h)
        self.name.append(_text(name))
        self.segment.append(sid)
        self.geom.append(geom)

    def write(self, path: Path) -> int:
        if not self.tier:
            raise InputError(path, "has no route with a usable tier (every feature or row was rejected)")
        if self.unknown:
            self.writer.warn(f"{path.name}: {self.unknown} line(s) name a segment id that is not in this project; "
                             "their lines are used instead")
        return self.writer.insert_arrow(TABLE, pa.table({
            "tier": pa.array(self.tier, pa.int32()), "target_h": pa.array(self.target, pa.float64()),
            "name": pa.array(self.name, pa.string()), "segment_id": pa.array(self.segment, pa.int64()),
            "geom": pa.array(self.geom, pa.binary())}), geometry_columns=["geom"])


@register
class RouteTierLines(Importer):
    """Route tier lines (GeoJSON, GeoPackage, Shapefile, FlatGeobuf) with a tier field."""

    name = "route-tiers"
    version = "1"
    label = "Snow route tiers (除雪路線の区分: lines with a tier field)"
    patterns = ("*.geojson", "*.json", "*.gpkg", "*.shp", "*.fgb")
    priority = -2             # above road centre lines and N10; only files with a tier field are ours
    tables = (TABLE,)

    def sniff(self, path: Path) -> float:
        if not path.is_file() or path.suffix.lower() not in VECTOR_SUFFIXES:
            return 0.0
        return 0.9 if any(_has_tier_field(list(info.fields)) for info in _info(path)) else 0.0

    def read(self, path: Path, writer: Any, options: dict[str, Any]) -> None:
        layers = [info for info in _info(path) if _has_tier_field(list(info.fields))]
        if not layers:
            raise InputError(path, "has no line layer with a tier field (" + ", ".join(FIELDS["tier"]) + ")")
        enc = "cp932" if path.suffix.lower() == ".shp" and not path.with_suffix(".cpg").exists() else None
        rows = _Rows(writer, _segment_ids(writer))
        for info in layers:
            writer.check_cancelled()
            geoms, fields, fids = _read_layer(path, info.layer, writer, encoding=enc, name=info.name)
            names = list(fields)
            col = {f: _field(names, f) for f in FIELDS}
            n = len(geoms)
            get = {f: (fields[c] if c is not None else np.full(n, None, dtype=object)) for f, c in col.items()}
            wkb = shapely.to_wkb(geoms) if n else []
            label = f"layer {info.name}, "       # as the skipped features are named
            for i in range(n):
                rows.add({"item": f"{label}feature {fids[i]}"}, get["tier"][i], get["target_h"][i], get["name"][i],
                         get["segment_id"][i], wkb[i], f"{col['tier']}={get['tier'][i]!r}")
        rows.write(path)


@register
class RouteTierTable(Importer):
    """A CSV of road segment ids with their tier (and target)."""

    name = "route-tiers-csv"
    version = "1"
    label = "Snow route tiers (CSV: segment_id, tier, target_h)"
    patterns = ("*.csv", "*.txt", "*.tsv")
    tables = (TABLE,)

    def sniff(self, path: Path) -> float:
        header = csv_header(path, CSV_SUFFIXES)
        if not header:
            return 0.0
        return 0.9 if _field(header, "tier") is not None and _field(header, "segment_id") is not None else 0.0

    def read(self, path: Path, writer: Any, options: dict[str, Any]) -> None:
        try:
            text = decode(path.read_bytes(), path)
        except OSError as exc:
            raise InputError(path, f"cannot be read: {exc.strerror or exc}") from None
        header = csv_header(path, CSV_SUFFIXES) or []
        idx = {f: header.index(c) if (c := _field(header, f)) is not None else None for f in FIELDS}
        if idx["tier"] is None or idx["segment_id"] is None:
            raise InputError(path, "needs a segment_id column and a tier column; the columns are "
                                   + ", ".join(header), line=1)
        rows = _Rows(writer, _segment_ids(writer))

        def cell(row: list[str], f: str) -> str | None:
            j = idx[f]
            return row[j] if j is not None and j < len(row) else None

        for line, row, raw in csv_records(text):
            if len(row) <= max(idx["tier"], idx["segment_id"]):
                writer.reject(line=line, reason=f"{len(row)} field(s), the header has {len(header)}", raw=raw)
                continue
            rows.add({"line": line}, cell(row, "tier"), cell(row, "target_h"), cell(row, "name"),
                     cell(row, "segment_id"), None, raw)
        rows.write(path)


__all__ = ["FIELDS", "RouteTierLines", "RouteTierTable", "parse_hours", "parse_tier"]
