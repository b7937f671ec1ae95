"""Road-damage reports → ``road_reports``: citizen reports in the formats people actually have, and AI detections.

* **Open311 GeoReport v2** (``open311``): a JSON array of requests (or ``{"service_requests": [...]}``), or the
  same fields as CSV (``service_request_id, status, status_notes, service_name, service_code, description,
  agency_responsible, requested_datetime, updated_datetime, address, lat, long, media_url``). ``notes[]``,
  ``attributes``, ``extended_attributes``, ``address`` and the other fields are kept as JSON in ``notes``.
* **FixMyStreet CSV export** (``fixmystreet_csv``): ``Report ID, Title, Detail, Category, Created, Confirmed,
  Acknowledged, Fixed, Closed, Status, Latitude, Longitude, Report URL, …``; councils' extra columns kept.
* **Japanese municipal CSV** (``municipal_csv``): UTF-8 with or without BOM, or CP932; CRLF; headers such as
  受付番号, 状態, 分野, 緯度, 経度, 投稿日時, 内容, 写真, or ``WKT`` (``POINT (lon lat)``); dates in every form
  :mod:`importers.japanese_dates` reads (``2025/1/9``, ``2025.1.9``, ``R7.1.9``, ``令和7年1月9日`` …) with a
  separate time column (``10時30分頃``); codes a spreadsheet turned into floats (``5.53750131E8``) restored.
* **AI detections** (``road_damage_ai``): CSV with time, lat/lon, RDD class (D00 … D50), confidence and size.

Every importer takes ``map`` (``field=column`` pairs, comma-separated, or a dict) for headers it does not know,
and ``kind`` (citizen, ai, patrol). Times with an offset are kept as instants; naive ones are Japan time and the
import says so. Rows with a bad coordinate, date or class, or too few fields, go to ``import_rejects`` with their
line and text. Statuses are mapped onto 受付済 / 対応中 / 対応済, the original kept in ``status_raw``.
"""

from __future__ import annotations

import datetime as dt
import json
import re
from collections.abc import Iterator, Mapping
from pathlib import Path
from typing import Any

from importers import column_mapping
from importers.column_mapping import (Need, ProbeWriter, csv_header, csv_records, header_of, key, map_help,
                                      read_head)
from importers.japanese_dates import normalize, parse_datetime, unmangle_code
from importers.registry import Importer, register
from importers.textfiles import decode
from twin.crs import Location
from twin.errors import InputError
from twin.messages import tr
from twin.repair_status import merge_reports, reapply_statuses, report_key

#: the fields ``map`` can name
FIELDS = ("external_id", "received_at", "received_time", "updated_at", "status", "category", "description", "lat",
          "lon", "wkt", "damage_class", "size", "confidence", "photo")
KINDS = ("citizen", "ai", "patrol")
RDD_CLASSES = ("D00", "D01", "D10", "D11", "D20", "D40", "D43", "D44", "D50")
NAIVE_WARNING = "times without a zone were read as Japan time (Asia/Tokyo)"

OPTIONS = {
    "map": map_help(FIELDS),
    "kind": "what the rows are: citizen, ai or patrol (default: the format's)",
}

# -- statuses ------------------------------------------------------------------------------------------------

RECEIVED, IN_PROGRESS, DONE = "受付済", "対応中", "対応済"
_STATUS_EXACT = {
    **dict.fromkeys(("受付", "受付済", "受付済み", "受理", "未対応", "未着手", "新規", "未処理", "確認待ち", "open",
                     "new", "unconfirmed", "confirmed", "submitted", "received", "reported", "acknowledged",
                     "pending"), RECEIVED),
    **dict.fromkeys(("対応中", "調査中", "確認中", "検討中", "作業中", "手配中", "工事中", "処理中", "対応予定", "修繕予定",
                     "in progress", "investigating", "action scheduled", "planned", "assigned", "in_progress",
                     "work in progress", "partial"), IN_PROGRESS),
    **dict.fromkeys(("完了", "対応済", "対応済み", "対応完了", "処理済", "処理済み", "解決", "解決済", "解決済み", "修繕済",
                     "補修済", "終了", "対応不可", "対応不要", "closed", "completed", "complete", "fixed", "resolved",
                     "done", "fixed - council", "fixed - user", "unable to fix", "not responsible", "duplicate",
                     "internal referral", "not councils responsibility", "no further action", "canceled",
                     "cancelled"), DONE),
}


def map_status(raw: str | None, notes: str | None = None) -> tuple[str | None, bool]:
    """(受付済 / 対応中 / 対応済 or None, known). ``notes`` (Open311 ``status_notes``) refines an ``open``:
    対応中 when they say work is under way."""
    text = normalize(raw or "").lower()
    if not text:
        return None, True
    status = _STATUS_EXACT.get(text)
    if status is None:
        head = re.split(r"\s+-\s+|\s*[（(]", text)[0].strip()      # "Completed - Dup", "対応済(補修)"
        status = _STATUS_EXACT.get(head)
    if status is None:
        return RECEIVED, False
    if status == RECEIVED and notes:
        n = normalize(notes).lower()
        if n in _STATUS_EXACT:
            status = _STATUS_EXACT[n] if _STATUS_EXACT[n] != DONE else IN_PROGRESS
        elif any(w in n for w in ("対応中", "調査中", "作業中", "手配", "in progress", "scheduled", "investigat")):
            status = IN_PROGRESS
    return status, True


# -- headers ---------------------------------------------------------------------------------------------------



def parse_map(value: Any) -> dict[str, str]:
    """The ``map`` option as {field: column}: ``"lat=緯度,lon=経度"`` or a dict (see
    :func:`importers.column_mapping.parse_map`)."""
    return column_mapping.parse_map(value, FIELDS)


#: field → header candidates, shared by every format (format-specific ones are put first)
COMMON = {
    "external_id": ("service_request_id", "report id", "id", "受付番号", "通報番号", "レポート番号", "レポートid",
                    "投稿番号", "投稿id", "管理番号", "番号", "no"),
    "received_at": ("requested_datetime", "received_at", "confirmed", "created", "time", "timestamp", "datetime",
                    "detected_at", "date", "投稿日時", "受付日時", "通報日時", "発生日時", "検出日時", "撮影日時", "日時",
                    "投稿日", "受付日", "通報日", "発生日", "確認日", "出没日", "年月日", "日付"),
    "received_time": ("投稿時刻", "受付時刻", "通報時刻", "発生時刻", "時刻", "時間"),
    "updated_at": ("updated_datetime", "updated_at", "更新日時", "対応日時", "完了日", "対応日", "更新日"),
    "status": ("status", "状態", "対応状況", "ステータス", "進捗", "処理状況", "対応状態"),
    "category": ("service_name", "category", "分野", "カテゴリ", "カテゴリー", "種別", "種類"),
    "description": ("description", "detail", "内容", "投稿内容", "通報内容", "詳細", "概要", "説明", "コメント", "備考"),
    "lat": ("lat", "latitude", "緯度"),
    "lon": ("long", "lon", "lng", "longitude", "経度"),
    "wkt": ("wkt", "geometry", "the_geom", "geom"),
    "damage_class": ("damage_class", "rdd_class", "class", "label", "損傷区分", "損傷種別", "損傷分類"),
    "size": ("size", "size_m", "diameter", "length", "大きさ", "サイズ", "損傷の大きさ"),
    "confidence": ("confidence", "score", "conf", "確信度", "信頼度"),
    "photo": ("media_url", "photo", "photo_url", "image", "image_url", "写真", "画像", "写真url", "画像url"),
}


def _head(path: Path) -> str:
    return read_head(path)


# -- one row ---------------------------------------------------------------------------------------------------


class RowError(ValueError):
    """A row that cannot be used; the message is the reject reason."""


def _clean(v: Any) -> str | None:
    if v is None:
        return None
    s = str(v).strip()
    return s or None


_POINT = re.compile(r"^\s*POINT\s*Z?\s*\(\s*([-+\d.eE]+)[\s,]+([-+\d.eE]+)", re.IGNORECASE)
_SIZE = re.compile(r"^([-+]?\d+(?:\.\d+)?)\s*(mm|cm|m)?$", re.IGNORECASE)


def _float(v: str | None, what: str) -> float | None:
    if v is None:
        return None
    try:
        return float(normalize(v).replace(",", ""))
    except ValueError:
        raise RowError(f"bad {what}: {v!r}") from None


def _coords(rec: Mapping[str, Any]) -> tuple[float, float]:
    wkt, lat, lon = _clean(rec.get("wkt")), _clean(rec.get("lat")), _clean(rec.get("lon"))
    if (lat is None or lon is None) and wkt is not None:
        m = _POINT.match(normalize(wkt))
        if not m:
            raise RowError(f"bad coordinate: WKT {wkt!r} is not a POINT (lon lat)")
        lon, lat = m.group(1), m.group(2)
    if lat is None or lon is None:
        raise RowError("bad coordinate: no latitude/longitude")
    y, x = _float(lat, "coordinate (latitude)"), _float(lon, "coordinate (longitude)")
    if not (-90 <= y <= 90 and -180 <= x <= 180) or (x == 0 and y == 0) or x != x or y != y:
        raise RowError(f"bad coordinate: latitude {lat}, longitude {lon}")
    return y, x


def _time(v: Any, time_part: Any, what: str, required: bool) -> dt.datetime | None:
    text = _clean(v)
    if text is None:
        if required:
            raise RowError(f"bad date: no {what}")
        return None
    t = parse_datetime(text, _clean(time_part))
    if t is None:
        if required:
            raise RowError(f"bad date: {what} {text!r}" + (f" {time_part!r}" if _clean(time_part) else ""))
        return None
    return t


class Rows:
    """Collects parsed rows into columns and writes them as one Arrow table."""

    COLUMNS = ("external_id", "kind", "received_at", "updated_at", "status", "status_raw", "category",
               "description", "damage_class", "size", "confidence", "photo", "lat", "lon", "notes")

    def __init__(self, writer: Any, kind: str):
        self.writer = writer
        self.kind = kind
        self.cols: dict[str, list[Any]] = {c: [] for c in self.COLUMNS}
        self.naive = False
        self.unknown_status: set[str] = set()
        self.where: list[tuple[int | None, str | None, str]] = []     # (line, item, raw) of each kept row

    def _aware(self, t: dt.datetime | None) -> dt.datetime | None:
        from twin.clock import TOKYO
        if t is None:
            return None
        if t.tzinfo is None:
            self.naive = True
            t = t.replace(tzinfo=TOKYO)
        return t.astimezone(dt.timezone.utc)

    def add(self, rec: Mapping[str, Any], *, line: int | None = None, item: str | None = None, raw: str = "",
            require_class: bool = False, status_notes: str | None = None, notes: Any = None) -> bool:
        """Parse one record (field → text); False (and a reject) when it cannot be used."""
        try:
            lat, lon = _coords(rec)
            received = self._aware(_time(rec.get("received_at"), rec.get("received_time"), "date", True))
            updated = self._aware(_time(rec.get("updated_at"), None, "update time", False))
            cls = _clean(rec.get("damage_class"))
            if cls is not None:
                cls = normalize(cls).upper()
                if cls not in RDD_CLASSES:
                    raise RowError(f"bad class: {rec.get('damage_class')!r} is not an RDD class "
                                   f"({' '.join(RDD_CLASSES)})")
            elif require_class:
                raise RowError("bad class: no RDD damage class")
            size = _clean(rec.get("size"))
            if size is not None:
                m = _SIZE.match(normalize(size))
                if not m:
                    raise RowError(f"bad size: {size!r}")
                size = float(m.group(1)) / {"mm": 1000.0, "cm": 100.0}.get((m.group(2) or "m").lower(), 1.0)
            conf = _float(_clean(rec.get("confidence")), "confidence")
            if conf is not None:
                if 1 < conf <= 100:
                    conf /= 100.0
                if not 0 <= conf <= 1:
                    raise RowError(f"bad confidence: {rec.get('confidence')!r}")
        except RowError as exc:
            self.writer.reject(line=line, item=item, reason=str(exc), raw=raw)
            return False
        status_raw = _clean(rec.get("status"))
        status, known = map_status(status_raw, status_notes)
        if not known:
            self.unknown_status.add(status_raw)
        c = self.cols
        c["external_id"].append(unmangle_code(_clean(rec.get("external_id"))))
        c["kind"].append(self.kind)
        c["received_at"].append(received)
        c["updated_at"].append(updated)
        c["status"].append(status)
        c["status_raw"].append(status_raw)
        c["category"].append(_clean(rec.get("category")))
        c["description"].append(_clean(rec.get("description")))
        c["damage_class"].append(cls)
        c["size"].append(size)
        c["confidence"].append(conf)
        c["photo"].append(_clean(rec.get("photo")))
        c["lat"].append(lat)
        c["lon"].append(lon)
        c["notes"].append(json.dumps(notes, ensure_ascii=False, default=str) if notes else None)
        self.where.append((line, item, raw))
        return True

    def write(self) -> int:
        import pyarrow as pa
        import shapely
        from pyproj import Transformer

        w = self.writer
        if self.naive:
            w.warn(tr(NAIVE_WARNING), once_key="road_reports_naive_time")
        for s in sorted(self.unknown_status)[:20]:
            w.warn(f"status {s!r} is not one Kaga Twin knows; read as {RECEIVED} (kept in status_raw)",
                   once_key=f"road_reports_status_{s}")
        keep = self._unique_rows()
        if not keep:
            return 0
        cols = {k: [v[i] for i in keep] for k, v in self.cols.items()}
        to_crs = Transformer.from_crs("EPSG:4326", w.crs, always_xy=True)
        x, y = to_crs.transform(cols["lon"], cols["lat"])
        geom = shapely.to_wkb(shapely.points(x, y))
        ts = pa.timestamp("us", tz="UTC")
        table = pa.table({
            **{k: pa.array(cols[k], pa.string()) for k in ("external_id", "kind", "status", "status_raw",
                                                          "category", "description", "damage_class", "photo",
                                                          "notes")},
            "received_at": pa.array(cols["received_at"], ts),
            "updated_at": pa.array(cols["updated_at"], ts),
            **{k: pa.array(cols[k], pa.float64()) for k in ("size", "confidence", "lat", "lon")},
            "geom": pa.array(list(geom), pa.binary()),
            "report_key": pa.array([self._key(i) for i in keep], pa.string()),
        })
        inserted, updated = merge_reports(w, table)
        if updated:
            w.warn(tr("{n} report(s) were already in the project (same report id): updated in place, keeping "
                      "their repair cases and status history", n=updated), once_key="road_reports_updated")
        kept = reapply_statuses(w.cursor, w.source_id)
        if kept:
            w.warn(tr("{n} report(s) keep the status the road crew set in Kaga Twin although this file gives "
                      "another (the file's value is in status_raw)", n=kept), once_key="road_reports_crew_status")
        return inserted + updated

    def _key(self, i: int) -> str:
        c = self.cols
        return report_key(c["kind"][i], c["external_id"][i], c["received_at"][i], c["lat"][i], c["lon"][i],
                          c["damage_class"][i])

    def _unique_rows(self) -> list[int]:
        """Indexes of the rows to write: a report id repeated in one file keeps its last row (exports list a
        request again when it is updated); the earlier rows go to ``import_rejects``."""
        last: dict[str, int] = {}
        for i in range(len(self.cols["lat"])):
            last[self._key(i)] = i
        for i in range(len(self.cols["lat"])):
            j = last[self._key(i)]
            if j != i:
                line, item, raw = self.where[i]
                later = self.where[j][0] if self.where[j][0] is not None else self.where[j][1]
                self.writer.reject(line=line, item=item, raw=raw,
                                   reason=f"duplicate report {self.cols['external_id'][i] or self._key(i)!s}: "
                                          f"the later row ({later}) is kept")
        return sorted(last.values())


# -- importers -------------------------------------------------------------------------------------------------


class _ReportImporter(Importer):
    """Shared: options, CSV reading with column resolution, the column-mapping protocol, locate."""

    version = "1"
    tables = ("road_reports",)
    options = OPTIONS
    option_values = {"kind": KINDS}
    map_fields = FIELDS
    required_fields = (Need("lat+lon", "wkt"), Need("received_at"))
    map_example = "lat=緯度,lon=経度,received_at=日付"
    default_kind = "citizen"
    require_class = False
    first: dict[str, tuple[str, ...]] = {}      # format-specific candidates, tried before the common ones

    def option_default(self, name: str) -> str | None:
        return self.default_kind if name == "kind" else super().option_default(name)

    def _kind(self, options: dict[str, Any], path: Path) -> str:
        kind = str(options.get("kind") or self.default_kind).strip().lower()
        if kind not in KINDS:
            raise InputError(path, f"kind must be one of {', '.join(KINDS)}, not {kind!r}")
        return kind

    def _mapping(self, options: dict[str, Any], path: Path) -> dict[str, str]:
        try:
            return parse_map(options.get("map"))
        except ValueError as exc:
            raise InputError(path, str(exc)) from None

    def _columns(self, header: list[str], mapping: dict[str, str], path: Path) -> dict[str, int]:
        cols = column_mapping.resolve(header, mapping, COMMON, path, first=self.first, skip=self.skip_fields())
        column_mapping.check_required(self.required_fields, cols, header, path, example=self.map_example)
        return cols

    def preview(self, path: Path, rows: int = 5) -> tuple[list[str], list[list[str]]] | None:
        if csv_header(path) is None:
            return None
        try:
            return column_mapping.preview(_head(path), rows)
        except (InputError, OSError):
            return None

    def guess_mapping(self, path: Path) -> dict[str, str]:
        header = self.columns(path)
        if not header:
            return {}
        return column_mapping.guess(header, COMMON, first=self.first, skip=self.skip_fields())

    def skip_fields(self) -> tuple[str, ...]:
        return ()

    def probe(self, path: Path, rows: "Rows") -> None:
        """Parse the first rows (for :meth:`locate`)."""
        self.read_csv(path, rows, {}, limit=50)

    def extras(self, rec: dict[str, Any], row: dict[str, str]) -> tuple[dict[str, Any], str | None]:
        """Format-specific tweaks of a CSV record: (record, status notes)."""
        return rec, None

    def read(self, path: Path, writer: Any, options: dict[str, Any]) -> None:
        rows = Rows(writer, self._kind(options, path))
        self.read_csv(path, rows, self._mapping(options, path))
        rows.write()

    def read_csv(self, path: Path, rows: Rows, mapping: dict[str, str], limit: int | None = None) -> None:
        text = decode(path.read_bytes(), path)
        records = csv_records(text)
        header = header_of(text)
        if len(header) < 2:
            raise InputError(path, "no header row", line=1)
        cols = self._columns(header, mapping, path)
        used = set(cols.values())
        total = max(1, text.count("\n"))
        for i, (line, row, raw) in enumerate(records):
            if limit is not None and i >= limit:
                break
            if i % 2000 == 0:
                rows.writer.progress(line, total, "lines")
            if len(row) < len(header):
                rows.writer.reject(line=line, reason=f"short row: {len(row)} of {len(header)} fields", raw=raw)
                continue
            rec = {f: row[j] for f, j in cols.items()}
            named = {h: row[j] for j, h in enumerate(header) if j not in used and j < len(row) and row[j].strip()}
            rec, status_notes = self.extras(rec, named)
            extra = {h: unmangle_code(v) for h, v in named.items()}
            rows.add(rec, line=line, raw=raw, require_class=self.require_class, status_notes=status_notes,
                     notes=extra or None)

    def locate(self, path: Path) -> Location | None:
        try:
            probe = ProbeWriter()
            rows = Rows(probe, self.default_kind)
            self.probe(path, rows)
            if rows.cols["lat"]:
                return Location(rows.cols["lat"][0], rows.cols["lon"][0])
        except Exception:  # noqa: BLE001 - locate must not raise: read reports bad input
            return None
        return None



def _keys(header: list[str] | None) -> set[str]:
    return {key(h) for h in header or ()}


def _has_latlon(keys: set[str]) -> bool:
    return bool(keys & {"wkt", "geometry", "thegeom"}) or (
        bool(keys & {"lat", "latitude", "緯度"}) and bool(keys & {"lon", "long", "lng", "longitude", "経度"}))


@register
class Open311Importer(_ReportImporter):
    """Open311 GeoReport v2 requests, JSON or CSV."""

    name = "open311"
    label = "Open311 GeoReport v2 (JSON, CSV)"
    patterns = ("*.json", "*.csv")
    priority = 5
    first = {"received_at": ("requested_datetime",), "lat": ("lat",), "lon": ("long",),
             "external_id": ("service_request_id",), "category": ("service_name",), "photo": ("media_url",)}

    def sniff(self, path: Path) -> float:
        if not path.is_file():
            return 0.0
        if path.suffix.lower() == ".json":
            try:
                head = _head(path).lstrip()
            except (InputError, UnicodeDecodeError):
                return 0.0
            return 0.95 if head[:1] in ("[", "{") and "service_request_id" in head else 0.0
        keys = _keys(csv_header(path))
        return 0.95 if "servicerequestid" in keys and ("requesteddatetime" in keys or _has_latlon(keys)) else 0.0

    def extras(self, rec: dict[str, Any], row: dict[str, str]) -> tuple[dict[str, Any], str | None]:
        notes = None
        for h in list(row):
            if key(h) == "statusnotes":
                notes = row[h]
        if rec.get("category") is None:
            for h in list(row):
                if key(h) == "servicecode":
                    rec["category"] = row[h]
        return rec, notes

    def probe(self, path: Path, rows: Rows) -> None:
        if path.suffix.lower() != ".json":
            return super().probe(path, rows)
        for i, raw, rec, status_notes, extra in self._json_records(path, {}):
            if rows.add(rec, raw=raw) or i > 50:
                break

    def read(self, path: Path, writer: Any, options: dict[str, Any]) -> None:
        if path.suffix.lower() != ".json":
            return super().read(path, writer, options)
        rows = Rows(writer, self._kind(options, path))
        mapping = self._mapping(options, path)
        for i, raw, rec, status_notes, extra in self._json_records(path, mapping):
            if i % 2000 == 0:
                writer.progress(i, self._count, "requests")
            ident = _clean(rec.get("external_id"))
            rows.add(rec, item=f"request {i + 1}" + (f" ({ident})" if ident else ""), raw=raw,
                     status_notes=status_notes, notes=extra or None)
        rows.write()

    def _json_records(self, path: Path, mapping: dict[str, str]) -> Iterator[tuple[int, str, dict, str | None, dict]]:
        try:
            data = json.loads(decode(path.read_bytes(), path))
        except json.JSONDecodeError as exc:
            raise InputError(path, f"not valid JSON: {exc.msg}", line=exc.lineno) from None
        if isinstance(data, dict):
            data = next((v for k, v in data.items() if isinstance(v, list) and k in ("service_requests", "requests",
                                                                                     "data", "results")), None)
        if not isinstance(data, list):
            raise InputError(path, "not an Open311 request list (a JSON array of requests)")
        self._count = max(1, len(data))
        std = {"external_id": "service_request_id", "received_at": "requested_datetime",
               "updated_at": "updated_datetime", "status": "status", "category": "service_name",
               "description": "description", "lat": "lat", "lon": "long", "photo": "media_url"}
        std.update(mapping)
        for i, obj in enumerate(data):
            if not isinstance(obj, dict):
                continue
            raw = json.dumps(obj, ensure_ascii=False)
            rec = {f: obj.get(k) for f, k in std.items()}
            if rec.get("category") is None:
                rec["category"] = obj.get("service_code")
            for f in ("lat", "lon", "size", "confidence", "external_id"):
                if isinstance(rec.get(f), (int, float)) and not isinstance(rec.get(f), bool):
                    rec[f] = repr(rec[f]) if f != "external_id" else str(rec[f])
            extra = {k: v for k, v in obj.items() if k not in set(std.values()) and v not in (None, "", [], {})}
            yield i, raw, rec, _clean(obj.get("status_notes")), extra


@register
class FixMyStreetImporter(_ReportImporter):
    """FixMyStreet's CSV export (the dashboard's and the admin's)."""

    name = "fixmystreet_csv"
    label = "FixMyStreet CSV"
    patterns = ("*.csv",)
    priority = 5
    first = {"external_id": ("Report ID",), "received_at": ("Confirmed", "Created"), "lat": ("Latitude",),
             "lon": ("Longitude",), "description": ("Detail",), "category": ("Category",), "status": ("Status",)}

    def sniff(self, path: Path) -> float:
        keys = _keys(csv_header(path))
        return 0.95 if {"reportid", "latitude", "longitude"} <= keys and keys & {"confirmed", "created",
                                                                                  "title"} else 0.0

    def skip_fields(self) -> tuple[str, ...]:
        return ("updated_at",)

    def extras(self, rec: dict[str, Any], row: dict[str, str]) -> tuple[dict[str, Any], str | None]:
        by_key = {key(h): v for h, v in row.items()}
        if not _clean(rec.get("received_at")):
            rec["received_at"] = by_key.get("created")
        title = _clean(by_key.get("title"))
        if title:
            rec["description"] = f"{title}\n{rec['description']}" if _clean(rec.get("description")) else title
        stamps = [parse_datetime(v) for k in ("acknowledged", "fixed", "closed") if (v := _clean(by_key.get(k)))]
        stamps = [s for s in stamps if s is not None]
        if stamps and all((s.tzinfo is None) == (stamps[0].tzinfo is None) for s in stamps):
            rec["updated_at"] = max(stamps).isoformat()
        if not _clean(rec.get("status")):
            rec["status"] = ("closed" if _clean(by_key.get("closed")) else "fixed" if _clean(by_key.get("fixed"))
                             else "confirmed")
        return rec, None


@register
class AIDetectionsImporter(_ReportImporter):
    """AI road-damage detections (smartphone / dashcam): time, position, RDD class, confidence, size."""

    name = "road_damage_ai"
    label = "AI road-damage detections (CSV)"
    patterns = ("*.csv",)
    priority = 4
    default_kind = "ai"
    require_class = True
    required_fields = _ReportImporter.required_fields + (Need("damage_class"),)
    map_example = "damage_class=損傷,received_at=日時"

    def sniff(self, path: Path) -> float:
        keys = _keys(csv_header(path))
        cls = keys & {"damageclass", "rddclass", "class", "label", "損傷区分", "損傷種別", "損傷分類"}
        conf = keys & {"confidence", "score", "conf", "確信度", "信頼度"}
        return 0.9 if cls and conf and _has_latlon(keys) else 0.0


#: headers of Japanese municipal exports (besides the coordinates)
JA_HEADERS = {"受付番号", "通報番号", "番号", "状態", "対応状況", "分野", "カテゴリ", "種別", "投稿日時", "受付日時",
              "通報日時", "発生日時", "日時", "投稿日", "受付日", "出没日", "日付", "年月日", "内容", "投稿内容", "詳細",
              "備考", "写真", "画像", "時間", "時刻"}


@register
class MunicipalCSVImporter(_ReportImporter):
    """Japanese municipal CSV exports (MCR-style reports, prefecture open data): 受付番号, 状態, 分野, 緯度/経度 or
    WKT, 投稿日時 (or a date and a time column), 内容, 写真."""

    name = "municipal_csv"
    label = "自治体の通報 CSV (municipal reports)"
    patterns = ("*.csv",)
    priority = 3

    def sniff(self, path: Path) -> float:
        header = csv_header(path)
        keys = _keys(header)
        if not _has_latlon(keys):
            return 0.0
        hits = len(keys & {key(h) for h in JA_HEADERS})
        if hits >= 2:
            return 0.85
        return 0.3 if hits or any(k in keys for k in ("date", "datetime", "time", "timestamp")) else 0.05
