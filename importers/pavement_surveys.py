"""Pavement surveys (路面性状調査) → ``pavement_surveys``: one row per surveyed section, with its MCI.

A CSV file (UTF-8 with or without BOM, or CP932; CRLF; comma or tab) with Japanese or English headers; units in
brackets are ignored (``ひび割れ率(%)`` is ``ひび割れ率``):

=============  ==========================================================================================
field          headers
=============  ==========================================================================================
external_id    区間番号, 区間ID, 管理番号, section_id, section
surveyed_on    調査日, 調査年月日, 測定日, surveyed_on, survey_date, date (every form ``japanese_dates`` reads)
crack_pct      ひび割れ率, crack_pct, crack_ratio, crack (%, 0 … 100)
rut_mm         わだち掘れ量, わだち掘れ, rut_mm, rut_depth, rut (mm)
sigma_mm       平たん性, 平坦性, σ, sigma_mm, sigma (mm, 3 m profilometer)
iri            IRI (mm/m)
lat, lon       緯度, 経度 (the section's midpoint), or
wkt            ``WKT``: ``POINT (lon lat)`` or ``LINESTRING (lon lat, …)`` (the section itself)
=============  ==========================================================================================

``map`` names other headers (``field=column`` pairs). ``mci`` is computed with :func:`twin.pavement.mci` (σ from
IRI when σ is missing; NULL without both the crack ratio and the rut depth). ``segment_id`` is the nearest
``road_segments`` segment within 30 m of the section's point (a LINESTRING's midpoint) when the project has a road
network; ``repair-priority`` matches again on every run. Rows with a bad coordinate, WKT, number or date, with no
measurement at all, or with too few fields go to ``import_rejects`` with their line, reason and text.
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Mapping
from pathlib import Path
from typing import Any

from importers import column_mapping
from importers.column_mapping import Need, csv_header, csv_records, header_of
from importers.japanese_dates import normalize, parse_date, unmangle_code
from importers.registry import Importer, register
from importers.textfiles import decode
from twin.crs import Location
from twin.errors import InputError

MATCH_TOLERANCE_M = 30.0
MEASURES = ("crack_pct", "rut_mm", "sigma_mm", "iri")
FIELDS = ("external_id", "surveyed_on", *MEASURES, "lat", "lon", "wkt")
HEADERS: dict[str, tuple[str, ...]] = {
    "external_id": ("区間番号", "区間id", "区間no", "管理番号", "section_id", "sectionid", "section", "id"),
    "surveyed_on": ("調査日", "調査年月日", "測定日", "調査年月", "surveyed_on", "survey_date", "date"),
    "crack_pct": ("ひび割れ率", "ひびわれ率", "ひび割れ", "crack_pct", "crack_ratio", "crack_rate", "crack"),
    "rut_mm": ("わだち掘れ量", "わだち掘れ", "わだち掘れ深さ", "わだち", "rut_mm", "rut_depth", "rutting", "rut"),
    "sigma_mm": ("平たん性", "平坦性", "平たん性σ", "σ", "sigma_mm", "sigma", "flatness"),
    "iri": ("iri",),
    "lat": ("緯度", "lat", "latitude"),
    "lon": ("経度", "lon", "lng", "long", "longitude"),
    "wkt": ("wkt", "geometry", "the_geom", "geom"),
}
#: upper bound of each measure (a larger value is a bad row)
LIMITS = {"crack_pct": 100.0, "rut_mm": 500.0, "sigma_mm": 100.0, "iri": 50.0}
OPTIONS = {"map": column_mapping.map_help(FIELDS)}
REQUIRED = (Need("lat+lon", "wkt"), Need(*MEASURES))
MAP_EXAMPLE = "lat=Y,lon=X,crack_pct=CR"


def columns(header: list[str], mapping: Mapping[str, str], path: Path) -> dict[str, int]:
    """{field: column index}: ``mapping`` first (its columns must exist), then :data:`HEADERS`."""
    return column_mapping.resolve(header, mapping, HEADERS, path)


class RowError(ValueError):
    """A row that cannot be used; the message is the reject reason."""


_NUMBER = re.compile(r"^([-+]?(?:\d+(?:\.\d*)?|\.\d+)(?:[eE][-+]?\d+)?)\s*(%|mm/m|m/km|mm)?$")


def _measure(text: str | None, what: str) -> float | None:
    s = normalize(text or "").replace(",", "")
    if not s or s in ("-", "－", "―", "—", "na", "n/a", "NA", "N/A"):
        return None
    m = _NUMBER.match(s)
    if not m:
        raise RowError(f"bad {what}: {text!r} is not a number")
    v = float(m.group(1))
    if v < 0 or v > LIMITS[what]:
        raise RowError(f"bad {what}: {text!r} is outside 0 … {LIMITS[what]:g}")
    return v


def _location(rec: Mapping[str, str | None]) -> tuple[Any, float, float]:
    """(geometry in lon/lat, lat, lon of its point) from lat/lon or a WKT POINT / LINESTRING."""
    import shapely

    lat, lon, wkt = (normalize(rec.get(k) or "") for k in ("lat", "lon", "wkt"))
    if lat and lon:
        try:
            y, x = float(lat), float(lon)
        except ValueError:
            raise RowError(f"bad coordinate: latitude {lat!r}, longitude {lon!r}") from None
        geom = shapely.Point(x, y)
    elif wkt:
        try:
            geom = shapely.from_wkt(wkt)
        except shapely.errors.GEOSException:
            raise RowError(f"bad WKT: {wkt[:80]!r} cannot be read") from None
        if geom is None or geom.is_empty or geom.geom_type not in ("Point", "LineString"):
            raise RowError(f"bad WKT: {wkt[:80]!r} is not a POINT or LINESTRING (lon lat)")
        geom = shapely.force_2d(geom)
    else:
        raise RowError("bad coordinate: no latitude/longitude or WKT")
    xy = shapely.get_coordinates(geom)
    if not ((abs(xy[:, 1]) <= 90).all() and (abs(xy[:, 0]) <= 180).all()) or ((xy == 0).all(axis=1)).any():
        raise RowError(f"bad coordinate: {geom.wkt[:80]} is not lon lat")
    mid = geom if geom.geom_type == "Point" else shapely.line_interpolate_point(geom, 0.5, normalized=True)
    return geom, mid.y, mid.x


@register
class PavementSurveyImporter(Importer):
    """A 路面性状調査 CSV: section, date, crack ratio, rut depth, σ and/or IRI, and where the section lies."""

    name = "pavement_survey_csv"
    version = "1"
    label = "路面性状調査 CSV (pavement survey)"
    patterns = ("*.csv", "*.txt")
    priority = 6
    tables = ("pavement_surveys",)
    options = OPTIONS
    map_fields = FIELDS
    required_fields = REQUIRED

    def preview(self, path: Path, rows: int = 5) -> tuple[list[str], list[list[str]]] | None:
        if csv_header(path) is None:
            return None
        try:
            return column_mapping.preview(column_mapping.read_head(path), rows)
        except (InputError, OSError):
            return None

    def guess_mapping(self, path: Path) -> dict[str, str]:
        header = self.columns(path)
        return column_mapping.guess(header, HEADERS) if header else {}

    def sniff(self, path: Path) -> float:
        header = csv_header(path)
        if not header:
            return 0.0
        cols = columns(header, {}, path)
        measures = [m for m in MEASURES if m in cols]
        located = {"lat", "lon"} <= set(cols) or "wkt" in cols
        if not located:
            return 0.0
        if {"crack_pct", "rut_mm"} <= set(measures):
            return 0.97
        return 0.8 if len(measures) >= 2 else 0.0

    def locate(self, path: Path) -> Location | None:
        try:
            for _, rec, _, problem in self._records(path, {}):
                if problem:
                    continue
                try:
                    _, lat, lon = _location(rec)
                except RowError:
                    continue
                return Location(lat, lon)
        except Exception:  # noqa: BLE001 - locate must not raise: read reports bad input
            return None
        return None

    def _records(self, path: Path, mapping: dict[str, str]
                 ) -> Iterator[tuple[int, dict[str, str] | None, str, str | None]]:
        """(line, field → text, raw text, problem) of each row; a short row has no fields and a problem."""
        text = decode(path.read_bytes(), path)
        header = header_of(text)
        if len(header) < 2:
            raise InputError(path, "no header row", line=1)
        cols = columns(header, mapping, path)
        column_mapping.check_required(REQUIRED, cols, header, path, example=MAP_EXAMPLE)
        self._total = max(1, text.count("\n"))
        for line, row, raw in csv_records(text):
            if len(row) < len(header):
                yield line, None, raw, f"short row: {len(row)} of {len(header)} fields"
                continue
            yield line, {f: row[j] for f, j in cols.items()}, raw, None

    def read(self, path: Path, writer: Any, options: dict[str, Any]) -> None:
        import numpy as np
        import pyarrow as pa
        import shapely
        from pyproj import Transformer

        from twin.pavement import mci
        try:
            mapping = column_mapping.parse_map(options.get("map"), FIELDS)
        except ValueError as exc:
            raise InputError(path, str(exc)) from None
        out: dict[str, list[Any]] = {k: [] for k in ("external_id", "surveyed_on", *MEASURES, "lat", "lon", "geom")}
        for i, (line, rec, raw, problem) in enumerate(self._records(path, mapping)):
            if i % 2000 == 0:
                writer.progress(line, self._total, "lines")
            if problem:
                writer.reject(line=line, reason=problem, raw=raw)
                continue
            try:
                geom, lat, lon = _location(rec)
                values = {m: _measure(rec.get(m), m) for m in MEASURES}
                if all(v is None for v in values.values()):
                    raise RowError("no measurement: ひび割れ率, わだち掘れ量, 平たん性 and IRI are all empty")
                day = None
                text = normalize(rec.get("surveyed_on") or "")
                if text:
                    got = parse_date(text)
                    if got is None:
                        raise RowError(f"bad date: {rec.get('surveyed_on')!r}")
                    day = got[0]
            except RowError as exc:
                writer.reject(line=line, reason=str(exc), raw=raw)
                continue
            out["external_id"].append(unmangle_code(rec.get("external_id")))
            out["surveyed_on"].append(day)
            for m in MEASURES:
                out[m].append(values[m])
            out["lat"].append(lat)
            out["lon"].append(lon)
            out["geom"].append(geom)
        n = len(out["geom"])
        if not n:
            return
        to_crs = Transformer.from_crs("EPSG:4326", writer.crs, always_xy=True)
        geoms = shapely.transform(np.asarray(out["geom"], dtype=object),
                                  lambda xy: np.column_stack(to_crs.transform(xy[:, 0], xy[:, 1])))
        arr = {m: np.asarray(out[m], dtype=np.float64) for m in MEASURES}
        values = mci(arr["crack_pct"], arr["rut_mm"], arr["sigma_mm"], arr["iri"])
        missing = int(np.isnan(values).sum())
        if missing:
            writer.warn(f"{missing} section(s) lack the crack ratio or the rut depth: no MCI for them")
        segment = self._match(writer, geoms)
        table = pa.table({
            "external_id": pa.array(out["external_id"], pa.string()),
            "surveyed_on": pa.array(out["surveyed_on"], pa.date32()),
            **{m: pa.array(arr[m], pa.float64(), from_pandas=True) for m in MEASURES},
            "mci": pa.array(values, pa.float64(), from_pandas=True),
            "segment_id": pa.array(segment, pa.int64()),
            "lat": pa.array(out["lat"], pa.float64()), "lon": pa.array(out["lon"], pa.float64()),
            "geom": pa.array(shapely.to_wkb(geoms).tolist(), pa.binary()),
        })
        writer.insert_arrow("pavement_surveys", table, geometry_columns=["geom"])

    @staticmethod
    def _match(writer: Any, geoms: Any) -> list[int | None]:
        """Nearest road segment within 30 m of each section's point (None without a road network)."""
        import numpy as np
        import shapely

        from twin.repairs import match_points
        n = len(geoms)
        if not writer.store.existing_tables(["road_segments"], writer.cursor):
            return [None] * n
        segs = writer.execute("SELECT id, ST_AsWKB(geom) FROM road_segments WHERE geom IS NOT NULL ORDER BY id"
                              ).fetchall()
        if not segs:
            return [None] * n
        seg_ids = np.asarray([r[0] for r in segs], np.int64)
        seg_geom = shapely.from_wkb([bytes(r[1]) for r in segs])
        lines = shapely.get_type_id(geoms) == 1
        points = geoms.copy()
        points[lines] = shapely.line_interpolate_point(geoms[lines], 0.5, normalized=True)
        seg, _, _, far = match_points(points, seg_ids, seg_geom, MATCH_TOLERANCE_M)
        if far.any():
            writer.warn(f"{int(far.sum())} section(s) lie further than {MATCH_TOLERANCE_M:g} m from every road "
                        "segment: imported without a segment")
        return [None if s < 0 else int(s) for s in seg]


__all__ = ["FIELDS", "HEADERS", "PavementSurveyImporter", "columns"]
