"""Plough / AVL feeds → ``plough_points``: the fixes of snow ploughs in the formats people actually have.

* **GPX 1.1** (``plough_gpx``) from loggers and phones: every ``trk``/``trkseg``/``trkpt`` with its ``time``
  (``speed``/``course`` children or Garmin extensions when present). The vehicle is the ``vehicle`` option, else
  the track names when the tracks name different vehicles, else ``metadata/name``, else the track name, else the
  file name (and the import says so).
* **AVL CSV** (``plough_avl_csv``): vehicle id, time, lat, lon, and optional speed (km/h), heading, blade/plough-down
  flag, material spread, vehicle type. Headers of common feeds are recognised (``assetName``, ``VEH_ID``,
  ``gps_time``, ``VEH_EVENT_LATITUDE``, 車両, 日時, 緯度 …); ``map`` names the others (``field=column`` pairs).
* **Vendor GeoJSON export** (``plough_vendor_geojson``): LineString features with coordinates
  ``[lon, lat, z, epoch_seconds]``, the vehicle in ``vehicle_id``/``alt_vehicle``, the implement state in
  ``toggle_state`` (DEFAULT/SALT/GRAVEL, stored in ``material`` as given). Other geometries (a weather station's
  Point) go to ``import_rejects``.
* **Plough-tracker API snapshots** (``plough_tracker``, Chicago Plow Tracker as archived by ClearStreets): JSON
  documents ``{"TrackingDataResponse": {"locationList": [...]}}``; a folder (or zip) of snapshots is one feed.
  The same fix repeated by consecutive snapshots is stored once (counted in a warning, not a reject).

Every importer reads ``.gz`` files and ``.zip`` archives (members in name order). Times with an offset are kept as
instants; naive ones are Japan time (Asia/Tokyo) and the import says so; epoch numbers are UTC.

**Bad points** (each goes to ``import_rejects`` with its line or item and reason; the summary counts them by
reason), applied in this order, per vehicle:

1. unreadable: no vehicle, time or coordinate, or a bad one;
2. *outside the project area*: outside the ``bbox`` option (``lon0,lat0,lon1,lat1``), else outside the extent of
   the project's other data grown by ``margin_m`` (default 10 km; no check in an empty project);
3. the fixes are sorted by vehicle, time and input order (a stable sort: nothing is lost by reordering);
   *duplicate*: the same vehicle, time and position (to 1e-6°) as an earlier fix; *out of time order*: the same
   vehicle and time as an earlier fix but another position (the time did not advance; the first one read is
   kept). A fix that merely came late in the file is moved to its place and kept;
4. *impossible jump*: faster than ``max_speed`` (km/h, default 150) from the last kept fix of the vehicle (great-
   circle distance over the time between) and farther than GPS jitter (25 m); the jumping fix is dropped and the
   next is compared with the last kept one, so one spike costs one point. When the first two fixes of a vehicle
   are too far apart and the second and third agree, the first is the spike.

``speed`` is the feed's (km/h), else the speed from the last kept fix; ``heading`` is the feed's, else the
bearing from the last kept fix (NULL for a vehicle's first fix).
"""

from __future__ import annotations

import datetime as dt
import gzip
import io
import json
import math
import re
import zipfile
from collections import Counter
from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from importers import column_mapping
from importers.column_mapping import (SNIFF_BYTES, Need, ProbeWriter, check_required, csv_records, head_text,
                                      header_of, key, map_help, preview)
from importers.registry import Importer, register
from importers.textfiles import decode
from twin.crs import Location
from twin.errors import InputError

TABLE = "plough_points"
NAIVE_WARNING = "times without a zone were read as Japan time (Asia/Tokyo)"

#: the fields ``map`` can name (AVL CSV)
FIELDS = ("vehicle_id", "time", "lat", "lon", "speed", "heading", "blade_down", "material", "vehicle_type")

COMMON_OPTIONS = {
    "max_speed": "fixes faster than this from the vehicle's previous fix are dropped (km/h, default 150)",
    "bbox": "the project area as lon0,lat0,lon1,lat1 (WGS84); default: the project's extent plus margin_m",
    "margin_m": "margin around the project's extent (metres, default 10000: a city's roads reach beyond the data "
                "of one district)",
    "vehicle": "the vehicle id for fixes whose feed names none (e.g. a GPX file without a name)",
}

#: fixes closer than this (metres) are never an impossible jump, however close in time (GPS jitter)
JITTER_M = 25.0

#: reasons counted in the summary
DUPLICATE, OUT_OF_ORDER, JUMP, OUTSIDE = ("duplicate", "out of time order", "impossible jump",
                                          "outside the project area")


# -- reading files: plain, .gz, .zip, folders ------------------------------------------------------------------


@dataclass
class Member:
    """One file to read: its name (without .gz) and how to get its bytes."""

    name: str
    path: Path
    inner: str | None = None       # member of a zip

    @property
    def suffix(self) -> str:
        return Path(self.name).suffix.lower()

    def read(self, limit: int | None = None) -> bytes:
        if self.inner is not None:
            with zipfile.ZipFile(self.path) as zf, zf.open(self.inner) as f:
                data = f.read() if limit is None else f.read(limit)
            if self.inner.lower().endswith(".gz"):
                data = _gunzip(data, limit)
            return data
        if self.path.suffix.lower() == ".gz":
            with gzip.open(self.path, "rb") as f:
                try:
                    return f.read() if limit is None else f.read(limit)
                except (OSError, EOFError) as exc:
                    raise InputError(self.path, f"not a readable gzip file: {exc}") from None
        with open(self.path, "rb") as f:
            return f.read() if limit is None else f.read(limit)


def _gunzip(data: bytes, limit: int | None) -> bytes:
    try:
        if limit is None:
            return gzip.decompress(data)
        with gzip.GzipFile(fileobj=io.BytesIO(data)) as f:
            return f.read(limit)
    except (OSError, EOFError):
        return b""


def _strip_gz(name: str) -> str:
    return name[:-3] if name.lower().endswith(".gz") else name


def members(path: Path) -> list[Member]:
    """The files ``path`` stands for: itself (gunzipped), a zip's members, or a folder's files, in name order."""
    if path.is_dir():      # a folder's files (and .gz files), not the members of zips inside it
        return [Member(_strip_gz(p.name), p) for p in sorted(path.rglob("*"))
                if p.is_file() and not p.name.startswith(".") and p.suffix.lower() != ".zip"]
    if not path.is_file():
        return []
    if path.suffix.lower() == ".zip":
        try:
            with zipfile.ZipFile(path) as zf:
                names = sorted(n for n in zf.namelist() if not n.endswith("/") and not Path(n).name.startswith(".")
                               and "__MACOSX" not in n)
        except (zipfile.BadZipFile, OSError):
            return []
        return [Member(_strip_gz(Path(n).name), path, n) for n in names]
    return [Member(_strip_gz(path.name), path)]


def _head(m: Member) -> str:
    try:
        return head_text(m.read(SNIFF_BYTES), m.path)
    except (InputError, OSError, zipfile.BadZipFile, EOFError):
        return ""


# -- values ----------------------------------------------------------------------------------------------------


class RowError(ValueError):
    """A record that cannot be used; the message is the reject reason."""


_DT = re.compile(r"^(\d{4})[-/.](\d{1,2})[-/.](\d{1,2})(?:[T\s]+(\d{1,2}):(\d{2})(?::(\d{2})(\.\d+)?)?)?\s*"
                 r"(Z|UTC|[+-]\d{2}(?::?\d{2})?)?$", re.IGNORECASE)


def parse_time(v: Any) -> tuple[dt.datetime, bool]:
    """(aware datetime, was naive). ISO 8601 and ``2025/1/9 10:30:15`` (with or without an offset), or epoch
    seconds / milliseconds (UTC)."""
    from twin.clock import TOKYO
    if v is None or (isinstance(v, str) and not v.strip()):
        raise RowError("bad time: none")
    if isinstance(v, (int, float)) and not isinstance(v, bool):
        num = float(v)
    else:
        text = str(v).strip()
        num = None
        if re.fullmatch(r"\d{9,13}(\.\d+)?", text):
            num = float(text)
    if num is not None:
        if num > 1e11:
            num /= 1000.0
        try:
            return dt.datetime.fromtimestamp(num, dt.timezone.utc), False
        except (OverflowError, OSError, ValueError):
            raise RowError(f"bad time: {v!r}") from None
    m = _DT.match(text)
    if not m:
        raise RowError(f"bad time: {text!r}")
    y, mo, d, h, mi, s, frac, zone = m.groups()
    try:
        t = dt.datetime(int(y), int(mo), int(d), int(h or 0), int(mi or 0), int(s or 0),
                        int(round(float(frac) * 1e6)) if frac else 0)
    except ValueError:
        raise RowError(f"bad time: {text!r}") from None
    if zone is None:
        return t.replace(tzinfo=TOKYO), True
    if zone.upper() in ("Z", "UTC"):
        return t.replace(tzinfo=dt.timezone.utc), False
    sign = 1 if zone[0] == "+" else -1
    digits = zone[1:].replace(":", "")
    off = dt.timedelta(hours=int(digits[:2]), minutes=int(digits[2:4] or 0))
    return t.replace(tzinfo=dt.timezone(sign * off)), False


def _float(v: Any, what: str, required: bool = False) -> float | None:
    if v is None or (isinstance(v, str) and not v.strip()):
        if required:
            raise RowError(f"bad {what}: none")
        return None
    try:
        x = float(str(v).strip().replace(",", "")) if not isinstance(v, (int, float)) else float(v)
    except ValueError:
        raise RowError(f"bad {what}: {v!r}") from None
    if x != x or x in (math.inf, -math.inf):
        raise RowError(f"bad {what}: {v!r}")
    return x


_TRUE = {"1", "true", "t", "yes", "y", "down", "on", "lowered", "下", "下げ", "あり", "有", "on/down"}
_FALSE = {"0", "false", "f", "no", "n", "up", "off", "raised", "上", "上げ", "なし", "無"}


def parse_flag(v: Any) -> bool | None:
    if v is None or isinstance(v, bool):
        return v
    text = str(v).strip().lower()
    if not text:
        return None
    if text in _TRUE:
        return True
    if text in _FALSE:
        return False
    raise RowError(f"bad blade_down flag: {v!r}")


def _text(v: Any) -> str | None:
    if v is None:
        return None
    s = str(v).strip()
    return s or None


# -- the points of one import -----------------------------------------------------------------------------------


class Points:
    """Collects fixes, drops the bad ones (see the module docstring) and writes the rest as one Arrow table."""

    def __init__(self, writer: Any, options: Mapping[str, Any], path: Path, *, repeats_expected: bool = False):
        self.writer = writer
        self.path = path
        self.repeats_expected = repeats_expected
        try:
            self.max_speed = float(options.get("max_speed", 150.0))
            self.margin = float(options.get("margin_m", 10000.0))
        except (TypeError, ValueError):
            raise InputError(path, "max_speed and margin_m must be numbers") from None
        if self.max_speed <= 0:
            raise InputError(path, "max_speed must be positive")
        self.bbox = self._bbox(options.get("bbox"))
        self.vehicle = _text(options.get("vehicle"))
        self.naive = False
        self.rows: list[dict[str, Any]] = []
        self.dropped: Counter[str] = Counter()
        self.repeats = 0

    def _bbox(self, value: Any) -> tuple[float, float, float, float] | None:
        if value in (None, ""):
            return None
        parts = value if isinstance(value, (list, tuple)) else str(value).replace(";", ",").split(",")
        try:
            x0, y0, x1, y1 = (float(p) for p in parts)
        except ValueError:
            raise InputError(self.path, f"bbox must be lon0,lat0,lon1,lat1, not {value!r}") from None
        return min(x0, x1), min(y0, y1), max(x0, x1), max(y0, y1)

    def add(self, *, vehicle: Any, time: Any, lat: Any, lon: Any, speed: Any = None, heading: Any = None,
            blade_down: Any = None, material: Any = None, vehicle_type: Any = None, line: int | None = None,
            item: str | None = None, raw: str = "", file: int = 0, speed_factor: float = 1.0) -> bool:
        """Parse one fix; False (and a reject) when it cannot be used."""
        try:
            veh = _text(vehicle) or self.vehicle
            if veh is None:
                raise RowError("bad vehicle: none (name it with the vehicle option or the map option)")
            y, x = _float(lat, "coordinate (latitude)", True), _float(lon, "coordinate (longitude)", True)
            if not (-90 <= y <= 90 and -180 <= x <= 180) or (x == 0 and y == 0):
                raise RowError(f"bad coordinate: latitude {lat}, longitude {lon}")
            t, naive = parse_time(time)
            sp = _float(speed, "speed")
            hd = _float(heading, "heading")
            flag = parse_flag(blade_down)
        except RowError as exc:
            self.writer.reject(line=line, item=item, reason=str(exc), raw=raw)
            return False
        self.naive |= naive
        self.rows.append({"vehicle_id": veh, "time": t.astimezone(dt.timezone.utc), "lat": y, "lon": x,
                          "speed": None if sp is None else sp * speed_factor,
                          "heading": None if hd is None else hd % 360.0, "blade_down": flag,
                          "material": _text(material), "vehicle_type": _text(vehicle_type), "line": line,
                          "item": item, "raw": raw, "file": file, "order": len(self.rows)})
        return True

    def _drop(self, r: dict[str, Any], kind: str, detail: str) -> None:
        self.dropped[kind] += 1
        self.writer.reject(line=r["line"], item=r["item"], reason=f"{kind}: {detail}", raw=r["raw"])

    @staticmethod
    def _where(r: dict[str, Any]) -> str:
        return f"line {r['line']}" if r["line"] is not None else str(r["item"])

    def _project_area(self, xs: list[float], ys: list[float]) -> list[bool] | None:
        """Inside-the-area flags, or None when there is no area to check against."""
        if self.bbox is not None:
            x0, y0, x1, y1 = self.bbox
            return [x0 <= r["lon"] <= x1 and y0 <= r["lat"] <= y1 for r in self.rows]
        ext = project_extent(self.writer)
        if ext is None:
            return None
        x0, y0, x1, y1 = ext
        m = self.margin
        try:
            from pyproj import CRS
            if CRS.from_user_input(self.writer.crs).is_geographic:
                m = self.margin / 111_000.0          # degrees, roughly
        except Exception:  # noqa: BLE001 - an unreadable CRS keeps the margin as given
            pass
        return [x0 - m <= x <= x1 + m and y0 - m <= y <= y1 + m for x, y in zip(xs, ys)]

    def clean(self, xs: list[float], ys: list[float]) -> list[int]:
        """Indices (into ``self.rows``) of the fixes kept, in (vehicle, time) order; the others rejected."""
        inside = self._project_area(xs, ys)
        order = sorted(range(len(self.rows)), key=lambda i: (self.rows[i]["vehicle_id"], self.rows[i]["time"],
                                                             self.rows[i]["order"]))
        by_vehicle: dict[str, list[int]] = {}
        for i in order:
            r = self.rows[i]
            if inside is not None and not inside[i]:
                self._drop(r, OUTSIDE, f"latitude {r['lat']}, longitude {r['lon']}")
                continue
            by_vehicle.setdefault(r["vehicle_id"], []).append(i)
        kept: list[int] = []
        for fixes in by_vehicle.values():
            unique: list[int] = []
            for i in fixes:
                r = self.rows[i]
                if unique and self.rows[unique[-1]]["time"] == r["time"]:
                    k = self.rows[unique[-1]]
                    if round(k["lat"], 6) == round(r["lat"], 6) and round(k["lon"], 6) == round(r["lon"], 6):
                        if self.repeats_expected and k["file"] != r["file"]:
                            self.repeats += 1          # a snapshot repeating a fix: stored once, not bad input
                        else:
                            self._drop(r, DUPLICATE, f"the same fix as {self._where(k)}")
                    else:
                        self._drop(r, OUT_OF_ORDER, f"the same time as {self._where(k)} ({r['time'].isoformat()}) "
                                                    "at another position")
                    continue
                unique.append(i)
            kept.extend(self._jumps(unique))
        return kept

    def _kmh(self, a: dict[str, Any], b: dict[str, Any]) -> tuple[float, float]:
        """(km/h, bearing) from fix ``a`` to fix ``b``."""
        d = haversine_m(a["lat"], a["lon"], b["lat"], b["lon"])
        secs = abs((b["time"] - a["time"]).total_seconds())
        return (d / secs * 3.6 if secs > 0 else math.inf), bearing(a["lat"], a["lon"], b["lat"], b["lon"])

    def _too_fast(self, a: dict[str, Any], b: dict[str, Any]) -> bool:
        """An impossible jump: over ``max_speed`` and farther than GPS jitter (sub-second fixes a few metres
        apart are not jumps)."""
        return self._kmh(a, b)[0] > self.max_speed and \
            haversine_m(a["lat"], a["lon"], b["lat"], b["lon"]) > JITTER_M

    def _jumps(self, fixes: list[int]) -> list[int]:
        rows = self.rows
        if len(fixes) >= 3:
            a, b, c = (rows[i] for i in fixes[:3])
            if self._too_fast(a, b) and not self._too_fast(b, c) and self._too_fast(a, c):
                self._drop(a, JUMP, f"{self._kmh(a, b)[0]:.0f} km/h to {self._where(b)} (limit "
                                    f"{self.max_speed:g} km/h)")
                fixes = fixes[1:]
        out: list[int] = []
        for i in fixes:
            r = rows[i]
            if out:
                prev = rows[out[-1]]
                kmh, brg = self._kmh(prev, r)
                if self._too_fast(prev, r):
                    self._drop(r, JUMP, f"{kmh:.0f} km/h from {self._where(prev)} (limit {self.max_speed:g} km/h)")
                    continue
                if r["speed"] is None and kmh != math.inf:
                    r["speed"] = kmh
                if r["heading"] is None and kmh > 0:
                    r["heading"] = brg
            out.append(i)
        return out

    def write(self) -> int:
        import pyarrow as pa
        import shapely
        from pyproj import Transformer

        w = self.writer
        if self.naive:
            w.warn(NAIVE_WARNING, once_key="plough_points_naive_time")
        if not self.rows:
            return 0
        to_crs = Transformer.from_crs("EPSG:4326", w.crs, always_xy=True)
        xs, ys = to_crs.transform([r["lon"] for r in self.rows], [r["lat"] for r in self.rows])
        xs, ys = list(xs), list(ys)
        kept = self.clean(xs, ys)
        for kind in (OUTSIDE, DUPLICATE, OUT_OF_ORDER, JUMP):
            if self.dropped[kind]:
                w.warn(f"{self.dropped[kind]} point(s) dropped: {kind}" +
                       (f" (over {self.max_speed:g} km/h)" if kind == JUMP else ""), once_key=f"plough_{kind}")
        if self.repeats:
            w.warn(f"{self.repeats} fix(es) repeated by later snapshots were stored once",
                   once_key="plough_repeats")
        if not kept:
            return 0
        rows = [self.rows[i] for i in kept]
        geom = shapely.to_wkb(shapely.points([xs[i] for i in kept], [ys[i] for i in kept]))
        table = pa.table({
            "vehicle_id": pa.array([r["vehicle_id"] for r in rows], pa.string()),
            "vehicle_type": pa.array([r["vehicle_type"] for r in rows], pa.string()),
            "time": pa.array([r["time"] for r in rows], pa.timestamp("us", tz="UTC")),
            "geom": pa.array(list(geom), pa.binary()),
            "speed": pa.array([r["speed"] for r in rows], pa.float64()),
            "heading": pa.array([r["heading"] for r in rows], pa.float64()),
            "blade_down": pa.array([r["blade_down"] for r in rows], pa.bool_()),
            "material": pa.array([r["material"] for r in rows], pa.string()),
        })
        return w.insert_arrow(TABLE, table, geometry_columns=["geom"])


def haversine_m(lat1: float, lon1: float, lat2: float, lon2: float) -> float:
    p1, p2 = math.radians(lat1), math.radians(lat2)
    dp, dl = p2 - p1, math.radians(lon2 - lon1)
    a = math.sin(dp / 2) ** 2 + math.cos(p1) * math.cos(p2) * math.sin(dl / 2) ** 2
    return 2 * 6371008.8 * math.asin(min(1.0, math.sqrt(a)))


def bearing(lat1: float, lon1: float, lat2: float, lon2: float) -> float:
    p1, p2 = math.radians(lat1), math.radians(lat2)
    dl = math.radians(lon2 - lon1)
    y = math.sin(dl) * math.cos(p2)
    x = math.cos(p1) * math.sin(p2) - math.sin(p1) * math.cos(p2) * math.cos(dl)
    return math.degrees(math.atan2(y, x)) % 360.0


def project_extent(writer: Any) -> tuple[float, float, float, float] | None:
    """The extent of the project's data other than plough points (in the project CRS), read inside the import
    transaction; None in an empty project."""
    store, cur = writer.store, writer.cursor
    parts = []
    try:
        tables = [t for t in store.table_names() if t not in (TABLE, "import_rejects")]
        for table in tables:
            for col in store.geometry_columns(table):
                parts.append(f'SELECT ST_XMin("{col}") x0, ST_YMin("{col}") y0, ST_XMax("{col}") x1, '
                             f'ST_YMax("{col}") y1 FROM "{table}" WHERE "{col}" IS NOT NULL')
        if not parts:
            return None
        row = cur.execute("SELECT min(x0), min(y0), max(x1), max(y1) FROM (" + " UNION ALL ".join(parts) +
                          ")").fetchone()
    except Exception:  # noqa: BLE001 - no extent is no area check, never a failed import
        return None
    return None if row is None or row[0] is None else tuple(float(v) for v in row)



# -- importers -------------------------------------------------------------------------------------------------


class _FeedImporter(Importer):
    version = "1"
    tables = (TABLE,)
    options = COMMON_OPTIONS
    suffixes: tuple[str, ...] = ()
    repeats_expected = False

    def files(self, path: Path) -> list[Member]:
        return [m for m in members(path) if m.suffix in self.suffixes]

    def first_head(self, path: Path) -> str | None:
        """The start of the first file this importer would read in ``path`` (a file, not a folder), for sniffing."""
        if path.is_dir():
            return None
        files = self.files(path)
        return _head(files[0]) if files else None

    def input_files(self, path: Path) -> list[Path]:
        if path.is_dir():
            return sorted({m.path for m in self.files(path)}) or [path]
        return [path]

    def read(self, path: Path, writer: Any, options: dict[str, Any]) -> None:
        files = self.files(path)
        if not files:
            raise InputError(path, f"has no {' or '.join(self.suffixes)} files to read")
        points = Points(writer, options, path, repeats_expected=self.repeats_expected)
        for n, m in enumerate(files):
            writer.progress(n, len(files), "files")
            self.read_member(m, points, options, n, len(files) > 1)
        points.write()

    def read_member(self, m: Member, points: Points, options: Mapping[str, Any], n: int, many: bool) -> None:
        raise NotImplementedError

    def locate(self, path: Path) -> Location | None:
        try:
            points = Points(ProbeWriter(), {}, path)
            points.vehicle = "?"
            for n, m in enumerate(self.files(path)[:1]):
                self.read_member(m, points, {}, n, False)
            if points.rows:                     # the median fix: one stray fix does not pick the CRS
                import statistics
                return Location(statistics.median(r["lat"] for r in points.rows),
                                statistics.median(r["lon"] for r in points.rows))
        except Exception:  # noqa: BLE001 - locate must not raise: read reports bad input
            return None
        return None

    @staticmethod
    def _prefix(m: Member, many: bool) -> str:
        return f"{m.name}: " if many or m.inner is not None else ""


# -- GPX ---------------------------------------------------------------------------------------------------------


def _local(tag: str) -> str:
    return tag.rsplit("}", 1)[-1]


def _child(el: Any, name: str) -> Any:
    return next((c for c in el if _local(c.tag) == name), None)


def _child_text(el: Any, name: str) -> str | None:
    c = _child(el, name)
    return _text(c.text) if c is not None else None


@register
class GPXImporter(_FeedImporter):
    """GPX 1.1 tracks from loggers and phones."""

    name = "plough_gpx"
    label = "GPX tracks (plough / vehicle)"
    patterns = ("*.gpx", "*.gpx.gz", "*.zip")
    priority = 5
    suffixes = (".gpx",)

    def sniff(self, path: Path) -> float:
        head = self.first_head(path)
        if head is None:
            return 0.0
        return 0.9 if "<gpx" in head and ("<trk" in head or "<trkpt" in head) else 0.0

    def read_member(self, m: Member, points: Points, options: Mapping[str, Any], n: int, many: bool) -> None:
        import xml.etree.ElementTree as ET
        try:
            root = ET.fromstring(m.read())
        except ET.ParseError as exc:
            raise InputError(m.path, f"{m.name}: not valid GPX XML: {exc}", line=exc.position[0]) from None
        if _local(root.tag) != "gpx":
            raise InputError(m.path, f"{m.name}: not a GPX document (root <{_local(root.tag)}>)")
        meta = _child(root, "metadata")
        meta_name = _child_text(meta, "name") if meta is not None else None
        tracks = [t for t in root if _local(t.tag) == "trk"]
        names = [_child_text(t, "name") for t in tracks]
        fixed = _text(options.get("vehicle"))
        distinct = {x for x in names if x}
        prefix = self._prefix(m, many)
        if fixed is None and not meta_name and not distinct:
            points.writer.warn(f"{m.name}: no vehicle name in the file (metadata/name or trk/name); the file "
                               f"name {Path(m.name).stem!r} is used", once_key=f"plough_gpx_vehicle_{m.name}")
        for ti, (trk, tname) in enumerate(zip(tracks, names), 1):
            vehicle = fixed or (tname if len(distinct) > 1 and tname else None) or meta_name or tname or \
                Path(m.name).stem
            for si, seg in enumerate((s for s in trk if _local(s.tag) == "trkseg"), 1):
                for pi, pt in enumerate((p for p in seg if _local(p.tag) == "trkpt"), 1):
                    speed = course = None
                    for el in pt.iter():
                        tag = _local(el.tag).lower()
                        if tag == "speed" and speed is None:
                            speed = el.text
                        elif tag in ("course", "heading") and course is None:
                            course = el.text
                    points.add(vehicle=vehicle, time=_child_text(pt, "time"), lat=pt.get("lat"), lon=pt.get("lon"),
                               speed=speed, heading=course, speed_factor=3.6,
                               item=f"{prefix}track {ti} segment {si} point {pi}",
                               raw=ET.tostring(pt, encoding="unicode").strip(), file=n)


# -- AVL CSV -------------------------------------------------------------------------------------------------------


CANDIDATES = {
    "vehicle_id": ("vehicle_id", "vehicle", "vehicleid", "veh_id", "vid", "assetname", "asset", "truck_name",
                   "truck", "unit", "unit_id", "device_id", "devicename", "alt_vehicle", "name", "id", "車両",
                   "車両id", "車両番号", "車両名", "号車"),
    "time": ("time", "timestamp", "datetime", "date_time", "gps_time", "postingtime", "messagetime",
             "locationdatetime", "veh_event_datetime", "recorded_at", "fix_time", "utc", "日時", "時刻", "記録日時",
             "取得日時"),
    "lat": ("lat", "latitude", "gps_latitude", "veh_event_latitude", "y", "緯度"),
    "lon": ("lon", "lng", "long", "longitude", "gps_longitude", "veh_event_longitude", "x", "経度"),
    "speed": ("speed", "speed_kmh", "speed_km_h", "gps_speed", "velocity", "speed_mph", "gps_speedmilesperhour",
              "speed_ms", "速度", "時速"),
    "heading": ("heading", "bearing", "direction", "directiondegrees", "course", "gps_headingdegrees",
                "veh_event_heading", "azimuth", "方位", "進行方向"),
    "blade_down": ("blade_down", "plow_down", "plough_down", "blade", "plow", "plough", "plowdown", "排土板",
                   "除雪板", "ブレード"),
    "material": ("material", "spreading", "spread", "spreader", "spread_material", "toggle_state", "散布",
                 "散布材", "散布剤"),
    "vehicle_type": ("vehicle_type", "assettype", "vehicletype", "trucktype", "type", "車種"),
}


def parse_map(value: Any, path: Path) -> dict[str, str]:
    """The ``map`` option as {field: column}: ``"vehicle_id=号車,time=日時"`` or a dict (see
    :func:`importers.column_mapping.parse_map`)."""
    try:
        return column_mapping.parse_map(value, FIELDS)
    except ValueError as exc:
        raise InputError(path, str(exc)) from None


@register
class AVLCSVImporter(_FeedImporter):
    """AVL / fleet-tracking CSV: vehicle, time, lat, lon (+ speed, heading, blade down, material)."""

    name = "plough_avl_csv"
    label = "AVL vehicle positions (CSV)"
    patterns = ("*.csv", "*.csv.gz", "*.zip")
    priority = 5
    suffixes = (".csv", ".txt", ".tsv")
    options = {**COMMON_OPTIONS, "map": map_help(FIELDS)}
    map_fields = FIELDS
    required_fields = (Need("vehicle_id", unless_option="vehicle"), Need("time"), Need("lat"), Need("lon"))

    def sniff(self, path: Path) -> float:
        head = self.first_head(path)
        if head is None:
            return 0.0
        if not head or "\x00" in head.split("\n", 1)[0]:
            return 0.0
        keys = {key(h) for h in header_of(head)}
        has = {f for f, cands in CANDIDATES.items() if keys & {key(c) for c in cands}}
        if not {"time", "lat", "lon"} <= has:
            return 0.0
        vehicle_words = {key(c) for c in CANDIDATES["vehicle_id"]} - {"name", "id"}
        if keys & vehicle_words:
            return 0.9
        if has & {"speed", "heading", "blade_down", "material"}:
            return 0.6
        return 0.0

    def preview(self, path: Path, rows: int = 5) -> tuple[list[str], list[list[str]]] | None:
        """The head of the first CSV file ``path`` holds (itself, gunzipped, or a zip's first member)."""
        head = self.first_head(path)
        return preview(head, rows) if head else None

    def guess_mapping(self, path: Path) -> dict[str, str]:
        header = self.columns(path)
        return column_mapping.guess(header, CANDIDATES) if header else {}

    def read_member(self, m: Member, points: Points, options: Mapping[str, Any], n: int, many: bool) -> None:
        text = decode(m.read(), m.path)
        header = header_of(text)
        if len(header) < 3:
            raise InputError(m.path, f"{m.name}: no header row", line=1)
        cols = column_mapping.resolve(header, parse_map(options.get("map"), m.path), CANDIDATES, m.path)
        check_required(self.required_fields, cols, header, m.path, options={"vehicle": points.vehicle},
                       example="vehicle_id=号車,time=日時", where=f"{m.name}: ")
        speed_factor = 1.0                               # km/h unless the header names another unit
        if "speed" in cols:
            k = key(header[cols["speed"]])
            speed_factor = 1.609344 if ("mph" in k or "milesperhour" in k) else 3.6 if k.endswith(("ms", "mps")) \
                else 1.0
        prefix = self._prefix(m, many)
        for start, row, raw in csv_records(text):
            if len(row) < len(header):
                points.writer.reject(line=start, item=prefix.rstrip(": ") or None,
                                     reason=f"short row: {len(row)} of {len(header)} fields", raw=raw)
                continue
            rec = {f: row[j] for f, j in cols.items()}
            points.add(speed_factor=speed_factor, vehicle=rec.get("vehicle_id"), time=rec.get("time"),
                       lat=rec.get("lat"), lon=rec.get("lon"), speed=rec.get("speed"), heading=rec.get("heading"), blade_down=rec.get("blade_down"),
                       material=rec.get("material"), vehicle_type=rec.get("vehicle_type"), line=start,
                       item=prefix.rstrip(": ") or None, raw=raw, file=n)


# -- JSON helpers --------------------------------------------------------------------------------------------------


def _json(m: Member) -> Any:
    try:
        return json.loads(decode(m.read(), m.path))
    except json.JSONDecodeError as exc:
        raise InputError(m.path, f"{m.name}: not valid JSON: {exc.msg}", line=exc.lineno) from None


_NUM = r"-?\d+(?:\.\d+)?(?:[eE][-+]?\d+)?"
_FOUR = re.compile(r'"coordinates"\s*:\s*\[\s*\[\s*' + r"\s*,\s*".join([_NUM] * 4) + r"\s*\]")
_VEHICLE_PROP = re.compile(r'"(alt_vehicle|vehicle_id|vehicle|vehicle_name)"\s*:\s*(?!null)["\d]')
_FEATURE = re.compile(r'"type"\s*:\s*"Feature"\s*[,}]')


@register
class VendorGeoJSONImporter(_FeedImporter):
    """Vendor AVL GeoJSON exports: LineStrings of ``[lon, lat, z, epoch_seconds]`` with a vehicle and an implement
    state per feature."""

    name = "plough_vendor_geojson"
    label = "Vendor AVL GeoJSON (lines with times)"
    patterns = ("*.geojson", "*.json", "*.geojson.gz", "*.json.gz", "*.zip")
    priority = 5
    suffixes = (".geojson", ".json")

    def sniff(self, path: Path) -> float:
        head = self.first_head(path)
        if head is None:
            return 0.0
        # higher than the road-network importer's 0.5 only for 4-value coordinates with a vehicle property
        if "LineString" not in head:
            return 0.0
        for chunk in _FEATURE.split(head)[1:]:          # one feature's properties and geometry (in either order)
            if _FOUR.search(chunk) and _VEHICLE_PROP.search(chunk):
                return 0.9
        return 0.0

    def read_member(self, m: Member, points: Points, options: Mapping[str, Any], n: int, many: bool) -> None:
        data = _json(m)
        feats = data.get("features") if isinstance(data, dict) else None
        if not isinstance(feats, list):
            raise InputError(m.path, f"{m.name}: not a GeoJSON FeatureCollection")
        prefix = self._prefix(m, many)
        for fi, feat in enumerate(feats, 1):
            if not isinstance(feat, dict):
                continue
            props = feat.get("properties") or {}
            geom = feat.get("geometry") or {}
            ident = props.get("id")
            where = f"{prefix}feature {fi}" + (f" ({ident})" if ident else "")
            gtype = geom.get("type")
            if gtype == "LineString":
                lines = [geom.get("coordinates") or []]
            elif gtype == "MultiLineString":
                lines = geom.get("coordinates") or []
            else:
                points.writer.reject(item=where, reason=f"not a track: a {gtype or 'feature without geometry'}, "
                                                        "not a LineString",
                                     raw=json.dumps(feat, ensure_ascii=False)[:2000])
                continue
            vehicle = next((props[k] for k in ("vehicle_id", "alt_vehicle", "vehicle", "vehicle_name")
                            if _text(props.get(k))), None)
            material = props.get("toggle_state") or props.get("material")
            vi = 0
            for line in lines:
                for c in line:
                    vi += 1
                    ok = isinstance(c, list) and len(c) >= 4
                    points.add(vehicle=vehicle, time=c[3] if ok else None, lat=c[1] if ok else None,
                               lon=c[0] if ok else None, material=material, item=f"{where} vertex {vi}",
                               raw=json.dumps(c), file=n)


@register
class PloughTrackerImporter(_FeedImporter):
    """Plough-tracker API snapshots (Chicago Plow Tracker): ``TrackingDataResponse.locationList[]``; a folder or zip
    of snapshots is one feed."""

    name = "plough_tracker"
    label = "Plough tracker API snapshots (JSON)"
    patterns = ("*.json", "*.json.gz", "*.zip")
    accepts_folders = True
    priority = 6
    suffixes = (".json",)
    repeats_expected = True

    def sniff(self, path: Path) -> float:
        for m in super().files(path)[:3]:          # cheap: the first few JSON files decide
            head = _head(m)
            if "TrackingDataResponse" in head and "locationList" in head:
                return 0.95
        return 0.0

    def files(self, path: Path) -> list[Member]:
        found = super().files(path)
        if path.is_dir() or path.suffix.lower() == ".zip":
            found = [m for m in found if "TrackingDataResponse" in _head(m)]
        return found

    def read_member(self, m: Member, points: Points, options: Mapping[str, Any], n: int, many: bool) -> None:
        data = _json(m)
        resp = data.get("TrackingDataResponse") if isinstance(data, dict) else None
        recs = resp.get("locationList") if isinstance(resp, dict) else None
        if not isinstance(recs, list):
            raise InputError(m.path, f"{m.name}: no TrackingDataResponse.locationList")
        for ri, rec in enumerate(recs, 1):
            if not isinstance(rec, dict):
                continue
            points.add(vehicle=rec.get("assetName"), vehicle_type=rec.get("assetType"), time=rec.get("postingTime"),
                       lat=rec.get("latitude"), lon=rec.get("longitude"), heading=rec.get("directionDegrees"),
                       item=f"{m.name} record {ri}", raw=json.dumps(rec, ensure_ascii=False), file=n)


__all__ = ["AVLCSVImporter", "GPXImporter", "PloughTrackerImporter", "Points", "VendorGeoJSONImporter",
           "parse_time"]
