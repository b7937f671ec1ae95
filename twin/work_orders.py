"""Work orders of the road-damage theme: the open repair cases (analysis ``repair-priority``), ranked and grouped
into work packages, for the road crews; written as CSV and GeoPackage here (the printable PDF is
``layers/work_order_pdf.py``). Qt-free, no VTK.

* :func:`gather` reads ``repair_cases`` (with each case's road segment and its reports) into :class:`WorkOrders`:
  by default the cases whose status is not 対応済, highest priority first (ties: lower case id), optionally only
  some statuses, some packages, and the ``top`` N. Each case carries its global ``rank`` (as in
  ``kaga-twin repairs``) and its number ``no`` inside its package (the number on the PDF's map).
* A **work package** is the case's ``package`` column (a JIS X 0410 mesh code written by the analysis); a case
  without one gets the third-order (1 km) mesh of its point. Packages are ordered by their summed priority. Its
  area is the mesh cell (project CRS), or for a code that is no mesh code the convex hull of its cases buffered
  by :data:`HULL_BUFFER_M`.
* :func:`write_csv`: UTF-8 with BOM (Excel in Japan opens it as UTF-8), CRLF line ends, headers from the theme
  registry's labels (Japanese by default, ``lang="en"`` for English), status and class values as labels; times
  are Asia/Tokyo (``YYYY-MM-DD HH:MM``); free text that starts like a formula gets a leading ``'``.
* :func:`write_gpkg`: layer ``work_orders`` (case points) and layer ``work_packages`` (one polygon per package),
  both in the project CRS with its EPSG code; ASCII column names (the :data:`COLUMNS` keys), codes as stored plus
  label columns, times in UTC (as the GeoPackage standard wants them).
"""

from __future__ import annotations

import csv
import datetime as dt
import json
import os
import tempfile
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any
from zoneinfo import ZoneInfo

import numpy as np
import shapely

from twin import meshcode
from twin.errors import TwinError
from twin.themes import Label as L, attribute_label, has_attribute_label, value_label

TOKYO = ZoneInfo("Asia/Tokyo")
ANALYSIS = "repair-priority"
STATUSES = ("受付済", "対応中", "対応済")
#: the statuses exported when none are asked for: every case not finished
OPEN_STATUSES = ("受付済", "対応中")
#: mesh level of the package of a case whose ``package`` is empty (third-order mesh, about 1 km)
FALLBACK_LEVEL = 3
#: buffer (m) around the convex hull of the cases of a package whose code is no mesh code
HULL_BUFFER_M = 50.0
#: separator of joined texts (descriptions, report numbers, photos) in CSV cells and GeoPackage fields
JOIN = " / "

#: labels of the export's own columns; columns of repair_cases and road_segments use the theme registry's
#: labels when it has one (:func:`column_label`)
OWN_LABELS = {
    "package": L("作業区画", "Work package"),
    "no": L("区画内番号", "No. in package"),
    "rank": L("順位", "Rank"),
    "priority": L("優先度", "Priority"),
    "worst_class": L("損傷区分", "Damage class"),
    "worst_class_label": L("損傷区分名", "Damage class name"),
    "report_count": L("通報件数", "Reports"),
    "first_reported": L("初回通報日時", "First reported"),
    "last_reported": L("最終通報日時", "Last reported"),
    "road_name": L("路線名", "Road name"),
    "mci": L("MCI", "MCI"),
    "descriptions": L("通報内容", "Report texts"),
    "categories": L("分野", "Categories"),
    "kinds": L("通報の種類", "Report kinds"),
    "size_m": L("最大の大きさ (m)", "Largest size (m)"),
    "external_ids": L("受付番号", "Report numbers"),
    "photos": L("写真", "Photos"),
    "parts": L("優先度の内訳", "Priority parts"),
    "x": L("X座標", "X"),
    "y": L("Y座標", "Y"),
    "case_count": L("案件数", "Cases"),
    "priority_sum": L("優先度合計", "Priority sum"),
    "priority_max": L("最高優先度", "Highest priority"),
    "area": L("範囲", "Area"),
}
#: names that the registry labels for another meaning (``description`` is 名称 in the core theme, ``rank`` a
#: risk rank): always the export's own label
OWN_FIRST = frozenset({"rank", "descriptions", "categories", "external_ids", "photos", "road_name", "no",
                       "package", "priority", "x", "y", "kinds", "size_m"})

#: free-text CSV columns (citizens' words): a leading = + - @ gets a ' so that Excel shows it as text instead of
#: running it as a formula (CSV injection)
TEXT_COLUMNS = ("road_name", "descriptions", "categories", "external_ids", "photos", "kinds")

#: CSV and ``work_orders`` layer columns, in order (``lat``/``lon`` WGS 84 for phones and GPS)
COLUMNS = ("package", "no", "rank", "case_id", "status", "priority", "worst_class", "worst_class_label",
           "report_count", "first_reported", "last_reported", "segment_id", "road_name", "road_class",
           "emergency_class", "mci", "lat", "lon", "x", "y", "kinds", "size_m", "descriptions", "categories",
           "external_ids", "photos", "parts")
#: ``work_packages`` layer columns
PACKAGE_COLUMNS = ("package", "rank", "case_count", "report_count", "priority_sum", "priority_max", "worst_class",
                   "first_reported", "area")


class NotAnalysed(TwinError):
    """The analysis repair-priority never ran in the project: there are no repair cases to export."""


def column_label(name: str, lang: str | None = "ja") -> str:
    """Header of an export column: the theme registry's label (e.g. 状態, 道路種別), else the export's own."""
    if name not in OWN_FIRST and has_attribute_label(name):
        return attribute_label(name, lang)
    own = OWN_LABELS.get(name)
    return own.text(lang) if own is not None else name


@dataclass
class WorkOrder:
    """One repair case as a work order."""

    case_id: int
    package: str
    rank: int
    no: int
    status: str
    priority: float
    worst_class: str | None
    report_count: int
    first_reported: dt.datetime | None    # Asia/Tokyo
    last_reported: dt.datetime | None
    segment_id: int | None
    road_name: str | None
    road_class: str | None
    emergency_class: int | None
    width_m: float | None
    mci: float | None
    x: float
    y: float
    lon: float
    lat: float
    parts: dict[str, float] = field(default_factory=dict)
    descriptions: list[str] = field(default_factory=list)
    categories: list[str] = field(default_factory=list)
    external_ids: list[str] = field(default_factory=list)
    photos: list[str] = field(default_factory=list)
    kinds: list[str] = field(default_factory=list)     # citizen / ai / patrol, in the order first seen
    size_m: float | None = None                        # largest pothole diameter or crack length of its reports

    def row(self, lang: str | None = "ja") -> dict[str, Any]:
        """The CSV row: keys :data:`COLUMNS`, texts joined, codes as labels in ``lang``, times as Tokyo text."""
        return {
            "package": self.package, "no": self.no, "rank": self.rank, "case_id": self.case_id,
            "status": value_label("status", self.status, lang) if self.status else "",
            "priority": self.priority, "worst_class": self.worst_class or "",
            "worst_class_label": class_label(self.worst_class, lang),
            "report_count": self.report_count,
            "first_reported": tokyo_text(self.first_reported), "last_reported": tokyo_text(self.last_reported),
            "segment_id": self.segment_id if self.segment_id is not None else "",
            "road_name": self.road_name or "",
            "road_class": value_label("road_class", self.road_class, lang) if self.road_class else "",
            "emergency_class": self.emergency_class if self.emergency_class is not None else "",
            "mci": "" if self.mci is None else round(self.mci, 2),
            "lat": round(self.lat, 7), "lon": round(self.lon, 7), "x": round(self.x, 2), "y": round(self.y, 2),
            "kinds": JOIN.join(value_label("kind", k, lang) for k in self.kinds),
            "size_m": "" if self.size_m is None else round(self.size_m, 3),
            "descriptions": JOIN.join(self.descriptions), "categories": JOIN.join(self.categories),
            "external_ids": JOIN.join(self.external_ids), "photos": JOIN.join(self.photos),
            "parts": json.dumps(self.parts, ensure_ascii=False),
        }


@dataclass
class WorkPackage:
    """The work orders of one package (area), highest priority first."""

    code: str
    rank: int
    orders: list[WorkOrder]
    area: shapely.Geometry            # polygon, project CRS
    area_kind: str                    # "mesh" (the JIS X 0410 cell) or "hull" (buffered convex hull)

    @property
    def priority_sum(self) -> float:
        return round(sum(o.priority for o in self.orders), 4) + 0.0

    @property
    def priority_max(self) -> float:
        return max((o.priority for o in self.orders), default=0.0)

    @property
    def report_count(self) -> int:
        return sum(o.report_count for o in self.orders)

    @property
    def first_reported(self) -> dt.datetime | None:
        times = [o.first_reported for o in self.orders if o.first_reported is not None]
        return min(times) if times else None

    @property
    def worst_class(self) -> str | None:
        from twin.repairs import worst_class
        return worst_class([o.worst_class for o in self.orders])


@dataclass
class WorkOrders:
    """What an export holds: packages in order, the project CRS, the selection and when it was made."""

    crs: str
    packages: list[WorkPackage]
    statuses: tuple[str, ...]
    created: dt.datetime
    top: int | None = None
    run_id: int | None = None

    @property
    def orders(self) -> list[WorkOrder]:
        """Every work order, package by package."""
        return [o for p in self.packages for o in p.orders]

    def __len__(self) -> int:
        return sum(len(p.orders) for p in self.packages)


# -- small helpers ----------------------------------------------------------------------------------------------

def tokyo(t: dt.datetime | None) -> dt.datetime | None:
    """``t`` in Asia/Tokyo (a naive time is taken as UTC, as DuckDB hands out TIMESTAMPTZ)."""
    if t is None:
        return None
    if t.tzinfo is None:
        t = t.replace(tzinfo=dt.timezone.utc)
    return t.astimezone(TOKYO)


def tokyo_text(t: dt.datetime | None, fmt: str = "%Y-%m-%d %H:%M") -> str:
    return "" if t is None else tokyo(t).strftime(fmt)


def class_label(code: str | None, lang: str | None = "ja") -> str:
    """The RDD class's name (``D40`` → わだち掘れ・段差・ポットホール・剥離); empty without a class."""
    return value_label("damage_class", code, lang) if code else ""


def excel_text(value: Any) -> Any:
    """``value`` with a ``'`` in front when it starts like a spreadsheet formula (``=``, ``+``, ``-``, ``@``, tab,
    carriage return); other values unchanged."""
    if isinstance(value, str) and value[:1] in ("=", "+", "-", "@", "\t", "\r"):
        return "'" + value
    return value


def is_mesh_code(code: str) -> bool:
    try:
        meshcode.parse(code)
    except (meshcode.MeshCodeError, ValueError, TypeError):
        return False
    return True


def _columns(store: Any, table: str) -> set[str]:
    return {r[0] for r in store.query("SELECT column_name FROM information_schema.columns WHERE table_name = ?",
                                      [table])}


def _distinct(values: Iterable[Any]) -> list[str]:
    out: list[str] = []
    for v in values:
        s = str(v).strip() if v is not None else ""
        if s and s not in out:
            out.append(s)
    return out


# -- gathering --------------------------------------------------------------------------------------------------

def gather(store: Any, statuses: Sequence[str] | None = None, top: int | None = None,
           packages: Sequence[str] | None = None, *, created: dt.datetime | None = None) -> WorkOrders:
    """The work orders of the project: cases with one of ``statuses`` (default: not 対応済) in one of
    ``packages`` (default: all), the ``top`` N of them by priority, grouped by package.

    Raises :class:`NotAnalysed` when repair-priority never ran, :class:`TwinError` for an unknown status."""
    from twin.analysis import last_run

    run = last_run(store, name=ANALYSIS)
    if run is None or "repair_cases" not in store.table_names():
        raise NotAnalysed(f"{store.path}: the analysis {ANALYSIS} has not run in this project, so there are no "
                          "repair cases to export")
    statuses = tuple(statuses) if statuses else OPEN_STATUSES
    bad = [s for s in statuses if s not in STATUSES]
    if bad:
        raise TwinError(f"unknown status {', '.join(bad)}; choose from {', '.join(STATUSES)}")
    if top is not None and int(top) < 1:
        raise TwinError(f"--top must be 1 or more, not {top}")
    have = _columns(store, "repair_cases")
    package_sql = "c.package" if "package" in have else "NULL"
    mci_sql = "c.mci" if "mci" in have else "NULL"
    crs = store.crs
    rows = store.query(
        f"SELECT c.case_id, c.segment_id, c.status, c.report_count, c.first_reported, c.last_reported, "
        f"c.worst_class, c.priority, c.parts, ST_X(c.geom), ST_Y(c.geom), {package_sql}, {mci_sql}, "
        f"s.name, s.road_class, s.emergency_class, s.width_m "
        f"FROM repair_cases c LEFT JOIN road_segments s ON s.id = c.segment_id "
        f"WHERE coalesce(c.status, '受付済') IN ({', '.join('?' for _ in statuses)}) AND c.geom IS NOT NULL "
        f"ORDER BY c.priority DESC, c.case_id", list(statuses))
    from pyproj import Transformer
    to_ll = Transformer.from_crs(crs, "EPSG:4326", always_xy=True)
    lons, lats = to_ll.transform([r[9] for r in rows], [r[10] for r in rows]) if rows else ([], [])
    wanted = {str(p) for p in packages} if packages else None
    orders: list[WorkOrder] = []
    for r, lon, lat in zip(rows, lons, lats):
        code = str(r[11]) if r[11] not in (None, "") else meshcode.code_for(lat, lon, FALLBACK_LEVEL)
        if wanted is not None and code not in wanted:
            continue
        orders.append(WorkOrder(
            case_id=int(r[0]), package=code, rank=0, no=0, status=r[2] or "受付済", priority=float(r[7] or 0.0),
            worst_class=r[6], report_count=int(r[3] or 0), first_reported=tokyo(r[4]), last_reported=tokyo(r[5]),
            segment_id=r[1], road_name=r[13], road_class=r[14],
            emergency_class=int(r[15]) if r[15] is not None else None, width_m=r[16],
            mci=float(r[12]) if r[12] is not None else None, x=float(r[9]), y=float(r[10]), lon=float(lon),
            lat=float(lat), parts=json.loads(r[8] or "{}")))
        if top and len(orders) >= int(top):
            break
    for i, o in enumerate(orders, start=1):
        o.rank = i
    _attach_reports(store, orders)
    grouped: dict[str, list[WorkOrder]] = {}
    for o in orders:
        grouped.setdefault(o.package, []).append(o)
    pkgs = [WorkPackage(code, 0, items, *package_area(code, items, crs)) for code, items in grouped.items()]
    pkgs.sort(key=lambda p: (-p.priority_sum, p.orders[0].rank))
    for i, p in enumerate(pkgs, start=1):
        p.rank = i
        for no, o in enumerate(p.orders, start=1):
            o.no = no
    return WorkOrders(crs=crs, packages=pkgs, statuses=statuses, created=tokyo(created or dt.datetime.now(TOKYO)),
                      top=top, run_id=run.id)


def _attach_reports(store: Any, orders: list[WorkOrder]) -> None:
    """Descriptions, categories, report numbers and photos of each case's reports (oldest first)."""
    if not orders:
        return
    by_case = {o.case_id: o for o in orders}
    reps: dict[int, list[tuple]] = {}
    ids = list(by_case)
    for start in range(0, len(ids), 5000):
        chunk = ids[start:start + 5000]
        for r in store.query(
                "SELECT case_id, description, category, external_id, photo, kind, size FROM road_reports "
                f"WHERE case_id IN ({', '.join('?' for _ in chunk)}) ORDER BY case_id, received_at NULLS LAST, id", chunk):
            reps.setdefault(int(r[0]), []).append(r[1:])
    photos_json = {int(c): p for c, p in store.query(
        f"SELECT case_id, photos FROM repair_cases WHERE case_id IN ({', '.join('?' for _ in ids)})", ids)}
    for cid, o in by_case.items():
        rs = reps.get(cid, [])
        o.descriptions = _distinct(r[0] for r in rs)
        o.categories = _distinct(r[1] for r in rs)
        o.external_ids = _distinct(r[2] for r in rs)
        o.kinds = _distinct(r[4] for r in rs)
        sizes = [float(r[5]) for r in rs if r[5] is not None and not np.isnan(r[5])]
        o.size_m = max(sizes) if sizes else None
        try:
            listed = json.loads(photos_json.get(cid) or "[]")
        except ValueError:
            listed = []
        o.photos = _distinct(list(listed) + [r[3] for r in rs])


def package_area(code: str, orders: Sequence[WorkOrder], crs: str) -> tuple[shapely.Geometry, str]:
    """(polygon in ``crs``, ``"mesh"`` | ``"hull"``): the mesh cell named by ``code`` (edges densified so they
    stay true after projection), else the cases' convex hull buffered by :data:`HULL_BUFFER_M`."""
    if is_mesh_code(code):
        from pyproj import Transformer
        ring = shapely.segmentize(shapely.Polygon(meshcode.polygon(code)), 0.0005)   # about 50 m steps
        to_p = Transformer.from_crs("EPSG:4326", crs, always_xy=True)
        return shapely.transform(ring, lambda xy: np.column_stack(to_p.transform(*xy.T))), "mesh"
    pts = shapely.multipoints([(o.x, o.y) for o in orders])
    return shapely.convex_hull(pts).buffer(HULL_BUFFER_M), "hull"


# -- writing ----------------------------------------------------------------------------------------------------

def _replace_atomically(path: Path, write) -> Path:
    path = Path(path).expanduser()
    if not path.parent.exists():
        raise TwinError(f"cannot write {path}: the folder {path.parent} does not exist")
    fd, tmp = tempfile.mkstemp(prefix=f".{path.stem}.", suffix=path.suffix, dir=path.parent)
    os.close(fd)
    os.unlink(tmp)
    try:
        write(Path(tmp))
        os.replace(tmp, path)
    except OSError as exc:
        raise TwinError(f"cannot write {path}: {exc.strerror or exc}") from None
    finally:
        if os.path.exists(tmp):
            os.unlink(tmp)
    return path


def write_csv(work: WorkOrders, path: str | os.PathLike[str], lang: str | None = "ja") -> Path:
    """One row per work order (:data:`COLUMNS`, package by package), UTF-8 with BOM, headers in ``lang``."""
    def write(tmp: Path) -> None:
        with open(tmp, "w", encoding="utf-8-sig", newline="") as f:
            w = csv.writer(f)
            w.writerow([column_label(c, lang) for c in COLUMNS])
            for o in work.orders:
                row = o.row(lang)
                w.writerow([excel_text(row[c]) if c in TEXT_COLUMNS else row[c] for c in COLUMNS])
    return _replace_atomically(Path(path), write)


def orders_frame(work: WorkOrders, lang: str | None = "ja"):
    """The ``work_orders`` layer as a GeoDataFrame (points, project CRS)."""
    import geopandas as gpd
    import pandas as pd

    recs = []
    for o in work.orders:
        row = o.row(lang)
        row.update(status=o.status, road_class=o.road_class, emergency_class=o.emergency_class,
                   segment_id=o.segment_id, mci=o.mci, worst_class=o.worst_class, kinds=JOIN.join(o.kinds),
                   size_m=o.size_m,
                   first_reported=o.first_reported, last_reported=o.last_reported)
        recs.append(row)
    df = pd.DataFrame.from_records(recs, columns=list(COLUMNS))
    for c in ("first_reported", "last_reported"):
        df[c] = pd.to_datetime(df[c], utc=True)          # GeoPackage datetimes are UTC ('Z')
    for c in ("segment_id", "emergency_class"):
        df[c] = df[c].astype("Int64")
    df["mci"] = df["mci"].astype("float64")
    df["size_m"] = df["size_m"].astype("float64")
    geom = shapely.points([(o.x, o.y) for o in work.orders]) if len(work) else []
    return gpd.GeoDataFrame(df, geometry=gpd.GeoSeries(geom, crs=work.crs), crs=work.crs)


def packages_frame(work: WorkOrders):
    """The ``work_packages`` layer as a GeoDataFrame (polygons, project CRS)."""
    import geopandas as gpd
    import pandas as pd

    recs = [{"package": p.code, "rank": p.rank, "case_count": len(p.orders), "report_count": p.report_count,
             "priority_sum": p.priority_sum, "priority_max": p.priority_max, "worst_class": p.worst_class,
             "first_reported": p.first_reported, "area": p.area_kind} for p in work.packages]
    df = pd.DataFrame.from_records(recs, columns=list(PACKAGE_COLUMNS))
    df["first_reported"] = pd.to_datetime(df["first_reported"], utc=True)
    return gpd.GeoDataFrame(df, geometry=gpd.GeoSeries([p.area for p in work.packages], crs=work.crs),
                            crs=work.crs)


def write_gpkg(work: WorkOrders, path: str | os.PathLike[str], lang: str | None = "ja") -> Path:
    """GeoPackage with layers ``work_orders`` (points) and ``work_packages`` (polygons), project CRS; an
    existing file is replaced."""
    import pyogrio

    def write(tmp: Path) -> None:
        pyogrio.write_dataframe(orders_frame(work, lang), tmp, layer="work_orders", driver="GPKG",
                                geometry_type="Point")
        pyogrio.write_dataframe(packages_frame(work), tmp, layer="work_packages", driver="GPKG",
                                geometry_type="Polygon", append=False)
    return _replace_atomically(Path(path), write)


__all__ = ["COLUMNS", "NotAnalysed", "OPEN_STATUSES", "PACKAGE_COLUMNS", "STATUSES", "WorkOrder", "WorkOrders",
           "WorkPackage", "class_label", "column_label", "excel_text", "gather", "orders_frame", "package_area",
           "packages_frame", "tokyo", "tokyo_text", "write_csv", "write_gpkg"]
