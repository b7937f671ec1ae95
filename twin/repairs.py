"""Repair cases from road-damage reports: map-matching, cases and a transparent priority (analysis
``repair-priority`` of the road-damage theme). Qt-free; shapely and numpy, pyproj inside functions.

The analysis runs three steps in order, in one transaction (progress 0 … 3):

1. **Map-matching.** Each report in ``road_reports`` is snapped to the nearest ``road_segments`` segment (a
   shapely STRtree, one vectorised ``query_nearest`` over all points). ``distance_m`` is the distance to the
   nearest segment; ``segment_id`` is set only when that distance is at most ``tolerance_m`` (30 m). A report
   with no segment that near (or no geometry) gets ``flagged = true`` and ``segment_id = NULL``; it is kept, and
   it takes part in no case. The columns are written with one UPDATE from a registered Arrow table.
2. **Cases.** On each segment, reports are ordered along the segment (position of the nearest point, in m).
   Two reports are *linked* when they lie at most ``case_distance_m`` (25 m) apart along the segment **and** were
   received at most ``case_days`` (30) days apart (a report without a time links on distance alone). A case is
   a connected group of linked reports (single linkage: A–B and B–C put A, B and C in one case even when A and C
   are further apart). ``road_reports.case_id`` names the case. A case's status is the least advanced status of
   its reports (受付済 < 対応中 < 対応済; a report without a status counts as 受付済), so it is 対応済 only when
   all its reports are. Its point is the mean of its reports' points; ``worst_class`` the class with the highest
   severity score; ``photos`` the reports' photos (JSON list).
3. **Priority.** A weighted sum; every weight is a parameter of the analysis (saved in the project with
   ``kaga-twin analysis params repair-priority w_severity=…``). ``parts`` (JSON) gives each part's contribution and
   they add up to ``priority`` (each part is rounded to 4 decimals, the priority is their sum, to 4 decimals).

   ================  =======  ==========================================================================
   part              default  contribution
   ================  =======  ==========================================================================
   ``severity``      40       ``w_severity`` × score of the worst RDD class: D40 (pothole, rutting, bump)
                              1.0, D20 (alligator) 0.7, D10 0.5, D50 (manhole) 0.5, D00 / D11 0.4,
                              D01 / D43 0.3, D44 0.2; a report without a class (citizen) 0.5
   ``size``          10       ``w_size`` × min(largest ``size`` / ``size_full_m`` (1.0 m), 1); 0 without size
   ``road_class``    10       ``w_road_class`` × class score: national / motorway / trunk 1.0, prefectural /
                              primary 0.8, avenue / secondary 0.7, collector / tertiary 0.5, municipal /
                              residential / unclassified / unknown 0.3, service / farm / track 0.1
   ``width``         5        ``w_width`` × min(width_m / 12 m, 1); 0 without a width
   ``emergency``     10       ``w_emergency`` × 緊急輸送道路 class 1: 1.0, class 2: 0.7, class 3: 0.4, none: 0
   ``station``       10       ``w_station`` × max(0, 1 − d / ``station_radius_m`` (1500 m)), d = distance from the
                              case to Kaga Onsen Station (``twin.paths.STATION_LATLON``, in the project CRS)
   ``age``           10       ``w_age`` × min(days since the first report / ``age_cap_days`` (90), 1), counted to
                              ``as_of`` (ISO date/time; empty: the time of the run)
   ``reports``       5        ``w_reports`` × min(report count / ``reports_cap`` (5), 1)
   ``status``        —        −(1 − f) × the sum above: f = 1 for 受付済, ``in_progress_factor`` (0.5) for
                              対応中, 0 for 対応済 (a finished case scores 0)
   ================  =======  ==========================================================================

   This is a configurable default, not an official standard (see the operations reference §1.5: Japanese
   practice ranks by MCI / 診断区分 thresholds per road group; UrbanX by size level and traffic).

``repair_segments`` sums the cases per segment (open cases, worst open class, sum of priorities) for colouring.
"""

from __future__ import annotations

import datetime as dt
import json
from collections import defaultdict
from typing import Any

import numpy as np
import pyarrow as pa
import shapely

from twin.analysis import Analysis, AnalysisContext
from twin.themes import Label as L, Param

STATUS_ORDER = ("受付済", "対応中", "対応済")
SEVERITY = {"D40": 1.0, "D20": 0.7, "D10": 0.5, "D50": 0.5, "D00": 0.4, "D11": 0.4, "D01": 0.3, "D43": 0.3,
            "D44": 0.2}
SEVERITY_UNKNOWN = 0.5
ROAD_CLASS_SCORE = {"national": 1.0, "motorway": 1.0, "trunk": 1.0, "prefectural": 0.8, "primary": 0.8,
                    "avenue": 0.7, "secondary": 0.7, "collector": 0.5, "tertiary": 0.5, "municipal": 0.3,
                    "residential": 0.3, "unclassified": 0.3, "service": 0.1, "farm": 0.1, "track": 0.1}
ROAD_CLASS_UNKNOWN = 0.3
EMERGENCY_SCORE = {1: 1.0, 2: 0.7, 3: 0.4}
WIDTH_FULL_M = 12.0
PART_NAMES = ("severity", "size", "road_class", "width", "emergency", "station", "age", "reports", "status")


def _p(name: str, default: float, ja: str, en: str, **kw: Any) -> Param:
    return Param(name, "float", default, L(ja, en), minimum=kw.pop("minimum", 0.0), **kw)


PARAMS = (
    _p("tolerance_m", 30.0, "道路区間への許容距離 (m)", "Matching tolerance (m)"),
    _p("case_distance_m", 25.0, "同一案件の距離 (m)", "Case distance along the segment (m)"),
    _p("case_days", 30.0, "同一案件の日数", "Case time window (days)"),
    _p("w_severity", 40.0, "重み: 損傷の種類", "Weight: damage class"),
    _p("w_size", 10.0, "重み: 大きさ", "Weight: size"),
    _p("size_full_m", 1.0, "満点の大きさ (m)", "Size scoring full marks (m)", minimum=0.01),
    _p("w_road_class", 10.0, "重み: 道路種別", "Weight: road class"),
    _p("w_width", 5.0, "重み: 幅員", "Weight: width"),
    _p("w_emergency", 10.0, "重み: 緊急輸送道路", "Weight: emergency road"),
    _p("w_station", 10.0, "重み: 駅への近さ", "Weight: nearness to the station"),
    _p("station_radius_m", 1500.0, "駅の影響範囲 (m)", "Station bonus radius (m)", minimum=1.0),
    _p("w_age", 10.0, "重み: 経過日数", "Weight: age"),
    _p("age_cap_days", 90.0, "経過日数の上限", "Age cap (days)", minimum=1.0),
    _p("w_reports", 5.0, "重み: 通報件数", "Weight: report count"),
    _p("reports_cap", 5.0, "通報件数の上限", "Report count cap", minimum=1.0),
    _p("in_progress_factor", 0.5, "対応中の係数", "Factor for 対応中 cases", maximum=1.0),
    Param("as_of", "str", "", L("基準日時 (空欄: 実行時)", "Age counted to (ISO; empty: now)")),
)


# -- 1. map-matching --------------------------------------------------------------------------------------------

def match_points(points: np.ndarray, seg_ids: np.ndarray, seg_geom: np.ndarray, tolerance_m: float
                 ) -> tuple[np.ndarray, np.ndarray, np.ndarray, np.ndarray]:
    """(segment id or −1, distance to the nearest segment (NaN without one), position along it (m), flagged)
    for each point (None for a point without geometry). Ties go to the lowest segment id."""
    n = len(points)
    seg = np.full(n, -1, np.int64)
    dist = np.full(n, np.nan)
    pos = np.full(n, np.nan)
    has = np.asarray([p is not None and not shapely.is_empty(p) for p in points], bool)
    if len(seg_geom) and has.any():
        pts = np.asarray(points, dtype=object)[has]
        tree = shapely.STRtree(seg_geom)
        (pi, si), d = tree.query_nearest(pts, all_matches=True, return_distance=True)
        order = np.lexsort((seg_ids[si], pi))        # per point: lowest segment id among ties first
        pi, si, d = pi[order], si[order], d[order]
        first = np.ones(len(pi), bool)
        first[1:] = pi[1:] != pi[:-1]
        pi, si, d = pi[first], si[first], d[first]
        idx = np.flatnonzero(has)[pi]
        dist[idx] = d
        near = d <= tolerance_m
        seg[idx[near]] = seg_ids[si[near]]
        pos[idx[near]] = shapely.line_locate_point(seg_geom[si[near]], pts[pi[near]])
    return seg, dist, pos, seg < 0


# -- 2. cases ---------------------------------------------------------------------------------------------------

def cluster(pos: np.ndarray, t: np.ndarray, distance_m: float, days: float) -> np.ndarray:
    """Single-linkage groups of the reports of one segment: i and j are linked when |Δpos| ≤ distance_m and
    |Δt| ≤ days (t in days; NaN links to anything). Returns a group number per report (0, 1, … in order of the
    first member)."""
    n = len(pos)
    parent = list(range(n))

    def root(i: int) -> int:
        while parent[i] != i:
            parent[i] = parent[parent[i]]
            i = parent[i]
        return i

    for i in range(n):
        for j in range(i + 1, n):
            if abs(pos[i] - pos[j]) <= distance_m and not (abs(t[i] - t[j]) > days):
                parent[root(j)] = root(i)
    roots = [root(i) for i in range(n)]
    labels: dict[int, int] = {}
    return np.asarray([labels.setdefault(r, len(labels)) for r in roots], np.int64)


def case_status(statuses: list[str | None]) -> str:
    """The least advanced status (受付済 < 対応中 < 対応済); None counts as 受付済."""
    return STATUS_ORDER[min(STATUS_ORDER.index(s) if s in STATUS_ORDER else 0 for s in statuses)]


def worst_class(classes: list[str | None]) -> str | None:
    known = [c for c in classes if c in SEVERITY]
    return max(known, key=lambda c: (SEVERITY[c], c)) if known else None


# -- 3. priority ------------------------------------------------------------------------------------------------

def score_parts(p: dict[str, Any], *, classes: list[str | None], sizes: list[float | None],
                road_class: str | None, width_m: float | None, emergency_class: int | None,
                station_distance_m: float, age_days: float, report_count: int, status: str) -> dict[str, float]:
    """Each part's contribution (rounded to 4 decimals); the priority is ``sum(parts.values())``."""
    known = [SEVERITY[c] for c in classes if c in SEVERITY]
    sev = max(known) if known else SEVERITY_UNKNOWN
    sz = [s for s in sizes if s is not None and not np.isnan(s)]
    raw = {
        "severity": p["w_severity"] * sev,
        "size": p["w_size"] * (min(max(sz) / p["size_full_m"], 1.0) if sz else 0.0),
        "road_class": p["w_road_class"] * ROAD_CLASS_SCORE.get(road_class or "", ROAD_CLASS_UNKNOWN),
        "width": p["w_width"] * (min(width_m / WIDTH_FULL_M, 1.0) if width_m else 0.0),
        "emergency": p["w_emergency"] * EMERGENCY_SCORE.get(int(emergency_class) if emergency_class else 0, 0.0),
        "station": p["w_station"] * max(0.0, 1.0 - station_distance_m / p["station_radius_m"]),
        "age": p["w_age"] * min(max(age_days, 0.0) / p["age_cap_days"], 1.0),
        "reports": p["w_reports"] * min(report_count / p["reports_cap"], 1.0),
    }
    parts = {k: round(v, 4) for k, v in raw.items()}
    factor = {"対応済": 0.0, "対応中": p["in_progress_factor"]}.get(status, 1.0)
    parts["status"] = round(-(1.0 - factor) * sum(parts.values()), 4) + 0.0     # + 0.0: no "-0.0"
    if factor == 0.0:
        parts["status"] = -sum(v for k, v in parts.items() if k != "status") + 0.0
    return parts


def priority_of(parts: dict[str, float]) -> float:
    """The sum of the parts, rounded to 4 decimals like them (so no float noise such as 82.71170000000001)."""
    return round(sum(parts[k] for k in PART_NAMES), 4) + 0.0


def station_xy(crs: str) -> tuple[float, float]:
    from pyproj import Transformer

    from twin.paths import STATION_LATLON
    lat, lon = STATION_LATLON
    return Transformer.from_crs("EPSG:4326", crs, always_xy=True).transform(lon, lat)


def _as_of(text: str) -> dt.datetime:
    if not text:
        return dt.datetime.now(dt.timezone.utc)
    t = dt.datetime.fromisoformat(text)
    return t if t.tzinfo else t.replace(tzinfo=dt.timezone(dt.timedelta(hours=9)))


# -- the analysis -----------------------------------------------------------------------------------------------

def run(ctx: AnalysisContext) -> None:
    """match → cases → priority; see the module docstring."""
    p, cur = ctx.params, ctx.cursor
    ctx.progress(0, 3, "map-matching")
    segs = cur.execute("SELECT id, road_class, width_m, emergency_class, ST_AsWKB(geom) FROM road_segments "
                       "WHERE geom IS NOT NULL ORDER BY id").fetchall()
    seg_ids = np.asarray([r[0] for r in segs], np.int64)
    seg_geom = shapely.from_wkb(np.asarray([bytes(r[4]) for r in segs], dtype=object)) if segs else np.empty(0, object)
    seg_attr = {int(r[0]): r[1:4] for r in segs}
    reps = cur.execute("SELECT id, epoch(received_at), status, damage_class, size, photo, "
                       "CASE WHEN geom IS NULL THEN NULL ELSE ST_AsWKB(geom) END FROM road_reports ORDER BY id"
                       ).fetchall()
    ids = np.asarray([r[0] for r in reps], np.int64)
    points = np.asarray([shapely.from_wkb(bytes(r[6])) if r[6] is not None else None for r in reps], dtype=object)
    seg, dist, pos, flagged = match_points(points, seg_ids, seg_geom, p["tolerance_m"])
    if not len(segs) and len(reps):
        ctx.warn("no road segments in the project: every report is flagged (import a road network first)")
    elif flagged.any():
        ctx.warn(f"{int(flagged.sum())} report(s) lie further than {p['tolerance_m']:g} m from every road "
                 "segment (or have no location): flagged, kept, in no case")

    ctx.progress(1, 3, "grouping reports into cases")
    t_days = np.asarray([np.nan if r[1] is None else float(r[1]) / 86400.0 for r in reps])
    by_seg: dict[int, list[int]] = defaultdict(list)
    for i in np.flatnonzero(~flagged):
        by_seg[int(seg[i])].append(int(i))
    case_of = np.full(len(reps), -1, np.int64)
    members: list[list[int]] = []
    for sid in sorted(by_seg):
        rows = sorted(by_seg[sid], key=lambda i: (pos[i], ids[i]))
        groups = cluster(pos[rows], t_days[rows], p["case_distance_m"], p["case_days"])
        for g in range(int(groups.max()) + 1):
            mem = [rows[k] for k in np.flatnonzero(groups == g)]
            case_of[mem] = len(members) + 1
            members.append(mem)

    ctx.progress(2, 3, "scoring cases")
    sx, sy = station_xy(ctx.store.crs)
    as_of = _as_of(p["as_of"]).timestamp()
    cases: dict[str, list] = {k: [] for k in ("case_id", "segment_id", "status", "report_count", "first_reported",
                                              "last_reported", "worst_class", "priority", "parts", "geom",
                                              "photos")}
    for cid, mem in enumerate(members, start=1):
        sid = int(seg[mem[0]])
        road_class, width_m, emergency = seg_attr[sid]
        xy = shapely.get_coordinates(points[mem]).mean(axis=0)
        times = [t_days[i] for i in mem if not np.isnan(t_days[i])]
        first = min(times) if times else None
        status = case_status([reps[i][2] for i in mem])
        classes = [reps[i][3] for i in mem]
        parts = score_parts(p, classes=classes, sizes=[reps[i][4] for i in mem], road_class=road_class,
                            width_m=width_m, emergency_class=emergency,
                            station_distance_m=float(np.hypot(xy[0] - sx, xy[1] - sy)),
                            age_days=(as_of / 86400.0 - first) if first is not None else 0.0,
                            report_count=len(mem), status=status)
        for k, v in (("case_id", cid), ("segment_id", sid), ("status", status), ("report_count", len(mem)),
                     ("first_reported", None if first is None else int(round(first * 86400e6))),
                     ("last_reported", int(round(max(times) * 86400e6)) if times else None),
                     ("worst_class", worst_class(classes)), ("priority", priority_of(parts)),
                     ("parts", json.dumps(parts)),
                     ("geom", shapely.to_wkb(shapely.Point(*xy))),
                     ("photos", json.dumps([reps[i][5] for i in mem if reps[i][5]], ensure_ascii=False))):
            cases[k].append(v)

    matched = pa.table({"id": pa.array(ids, pa.int64()),
                        "segment_id": pa.array([None if s < 0 else int(s) for s in seg], pa.int64()),
                        "distance_m": pa.array([None if np.isnan(d) else float(d) for d in dist], pa.float64()),
                        "case_id": pa.array([None if c < 0 else int(c) for c in case_of], pa.int64()),
                        "flagged": pa.array(flagged.tolist(), pa.bool_())})
    cur.register("_repair_match", matched)
    try:
        cur.execute("UPDATE road_reports AS r SET segment_id = m.segment_id, distance_m = m.distance_m, "
                    "case_id = m.case_id, flagged = m.flagged FROM _repair_match AS m WHERE r.id = m.id")
    finally:
        cur.unregister("_repair_match")
    table = pa.table({
        "case_id": pa.array(cases["case_id"], pa.int64()), "segment_id": pa.array(cases["segment_id"], pa.int64()),
        "status": pa.array(cases["status"], pa.string()),
        "report_count": pa.array(cases["report_count"], pa.int32()),
        "first_reported": pa.array(cases["first_reported"], pa.timestamp("us", tz="UTC")),
        "last_reported": pa.array(cases["last_reported"], pa.timestamp("us", tz="UTC")),
        "worst_class": pa.array(cases["worst_class"], pa.string()),
        "priority": pa.array(cases["priority"], pa.float64()), "parts": pa.array(cases["parts"], pa.string()),
        "geom": pa.array(cases["geom"], pa.binary()), "photos": pa.array(cases["photos"], pa.string())})
    cur.execute("DELETE FROM repair_cases")
    cur.register("_repair_cases", table)
    try:
        cur.execute("INSERT INTO repair_cases BY NAME SELECT case_id, segment_id, status, report_count, "
                    "first_reported, last_reported, worst_class, priority, parts, ST_GeomFromWKB(geom) AS geom, "
                    "photos FROM _repair_cases")
    finally:
        cur.unregister("_repair_cases")
    cur.execute("DELETE FROM repair_segments")
    cur.execute("INSERT INTO repair_segments SELECT segment_id, count(*) FILTER (WHERE status <> '対応済'), "
                "arg_max(worst_class, s) FILTER (WHERE status <> '対応済'), sum(priority) FROM "
                "(SELECT *, CASE worst_class " + " ".join(f"WHEN '{c}' THEN {v}" for c, v in SEVERITY.items())
                + " ELSE 0 END AS s FROM repair_cases) GROUP BY segment_id ORDER BY segment_id")
    ctx.progress(3, 3, "done")


REPAIR_PRIORITY = Analysis(
    "repair-priority", L("補修の優先度", "Repair priority"), run, params=PARAMS,
    inputs=("road_reports", "road_segments"), outputs=("repair_cases", "repair_segments"),
    description="Snap reports to road segments, group them into repair cases, rank the cases by a weighted score.")

__all__ = ["PARAMS", "PART_NAMES", "REPAIR_PRIORITY", "case_status", "cluster", "match_points", "priority_of",
           "run", "score_parts", "station_xy", "worst_class"]
