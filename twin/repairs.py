"""Repair cases from road-damage reports: map-matching, cases, work packages and a transparent priority (analysis
``repair-priority`` of the road-damage theme). Qt-free; numpy, shapely and scipy, pyproj inside functions.

The analysis runs four steps in order, in one transaction (progress 0 … 4); every step works on whole arrays
(100,000 reports on 20,000 segments in a few seconds: ``benchmarks/repairs.py``):

1. **Map-matching.** Each report in ``road_reports`` is snapped to the nearest ``road_segments`` segment (a
   shapely STRtree, one vectorised ``query_nearest`` over all points; ties go to the lowest segment id).
   ``distance_m`` is the distance to the nearest segment; ``segment_id`` is set only when that distance is at most
   ``tolerance_m`` (30 m). A report with no segment that near (or no geometry) gets ``flagged = true`` and
   ``segment_id = NULL``; it is kept, and it takes part in no case. Pavement surveys (``pavement_surveys``, one
   point per section: a LINESTRING's midpoint) are matched again the same way on every run.
2. **Cases.** On each segment, reports are placed along the segment (position of the nearest point, in m). Two
   reports are *linked* when they lie at most ``case_distance_m`` (25 m) apart along the segment **and** were
   received at most ``case_days`` (30) days apart (a report without a time links on distance alone). A case is
   a connected group of linked reports (single linkage: A–B and B–C put A, B and C in one case even when A and C
   are further apart). :func:`link_cases` finds the candidate pairs from reports sorted by segment, 25 m cell and
   time, and ``scipy.sparse.csgraph.connected_components`` joins them; :func:`cluster` is the plain pairwise
   definition (the reference the tests compare it with).

   **Case ids are stable:** ``case_id`` is the smallest ``road_reports.id`` among the case's reports. Report ids
   stay the same across re-imports (a re-import updates reports in place), so a case keeps its id when the
   analysis runs again or a later export adds reports elsewhere; it changes only when the case itself changes
   (its lowest report leaves it, or it merges with a case holding a lower report id).
   ``road_reports.case_id`` names the case. A case's status is the least advanced status of its reports
   (受付済 < 対応中 < 対応済; a report without a status counts as 受付済), so it is 対応済 only when all its reports
   are. Its point is the mean of its reports' points; ``worst_class`` the class with the highest severity score;
   ``photos`` the reports' photos (JSON list, in report id order).
   **Work packages:** ``package`` is the JIS X 0410 mesh code of the case's point (``twin.meshcode``):
   ``package_mesh`` 1000 → third-order 1 km mesh, 8 digits (default); 500 → ½ mesh, 9 digits.
   ``mci`` is the lowest MCI (``twin.pavement``) among the pavement surveys matched to the case's segment (NULL
   when the segment was not surveyed).
3. **Priority.** A weighted sum; every weight is a parameter of the analysis (saved in the project with
   ``kaga-twin analysis params repair-priority w_severity=…``). ``parts`` (JSON) gives each part's contribution and
   they add up to ``priority`` (each part is rounded to 4 decimals, the priority is their sum, to 4 decimals).
   :func:`score_cases` computes all cases at once; :func:`score_parts` is the same arithmetic for one case (the
   documented reference; the tests check that both agree exactly).

   ================  =======  ==========================================================================
   part              default  contribution
   ================  =======  ==========================================================================
   ``severity``      40       ``w_severity`` × max(class score, MCI score). Class score of the worst RDD
                              class: D40 (pothole, rutting, bump) 1.0, D20 (alligator) 0.7, D10 0.5, D50
                              (manhole) 0.5, D00 / D11 0.4, D01 / D43 0.3, D44 0.2; a case without a class
                              (citizen reports) 0.5. MCI score of the segment's lowest MCI: ≤ ``mci_urgent``
                              (3.0, 早急に補修が必要) 1.0, ≤ ``mci_repair`` (4.0, 補修が必要) 0.7, ≤ ``mci_watch``
                              (5.0, 修繕が望ましい) 0.4, above or not surveyed 0 (thresholds of Fukushima and
                              Tochigi, operations reference §1.4)
   ``size``          10       ``w_size`` × min(largest ``size`` / ``size_full_m`` (1.0 m), 1); 0 without size
   ``road_class``    10       ``w_road_class`` × class score: national / motorway / trunk 1.0, prefectural /
                              primary 0.8, avenue / secondary 0.7, collector / tertiary 0.5, municipal /
                              residential / unclassified / unknown 0.3, service / farm / track 0.1
   ``width``         5        ``w_width`` × min(width_m / 12 m, 1); 0 without a width
   ``emergency``     10       ``w_emergency`` × 緊急輸送道路 class 1: 1.0, class 2: 0.7, class 3: 0.4, none: 0
   ``station``       10       ``w_station`` × max(0, 1 − d / ``station_radius_m`` (1500 m)), d = distance from the
                              case to the nearest ``station`` row of ``facilities``, or without one to Kaga
                              Onsen Station (``twin.paths.STATION_LATLON``, in the project CRS)
   ``facilities``    10       ``w_facilities`` × max(0, 1 − d / ``facility_radius_m`` (300 m)), d = distance to
                              the nearest ``school``, ``hospital`` or ``evacuation`` row of ``facilities`` (other
                              kinds are ignored); 0 when the project has no such facility (or no table)
   ``age``           10       ``w_age`` × min(days since the first report / ``age_cap_days`` (90), 1), counted to
                              ``as_of`` (ISO date/time; empty: the time of the run)
   ``reports``       5        ``w_reports`` × min(report count / ``reports_cap`` (5), 1)
   ``status``        —        −(1 − f) × the sum above: f = 1 for 受付済, ``in_progress_factor`` (0.5) for
                              対応中, 0 for 対応済 (a finished case scores 0)
   ================  =======  ==========================================================================

   This is a configurable default, not an official standard (see the operations reference §1.5: Japanese
   practice ranks by MCI / 診断区分 thresholds per road group; UrbanX by size level and traffic).
4. **Writing.** ``road_reports`` (segment, distance, case, flag) and ``pavement_surveys.segment_id`` are updated
   from Arrow tables; ``repair_cases`` is replaced; ``repair_segments`` sums the cases per segment (open cases,
   worst open class, sum of priorities) for colouring.
"""

from __future__ import annotations

import datetime as dt
import json
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
#: classes from mildest to worst: by severity score, then by name (the order ``worst_class`` uses)
CLASS_RANK = tuple(sorted(SEVERITY, key=lambda c: (SEVERITY[c], c)))
ROAD_CLASS_SCORE = {"national": 1.0, "motorway": 1.0, "trunk": 1.0, "prefectural": 0.8, "primary": 0.8,
                    "avenue": 0.7, "secondary": 0.7, "collector": 0.5, "tertiary": 0.5, "municipal": 0.3,
                    "residential": 0.3, "unclassified": 0.3, "service": 0.1, "farm": 0.1, "track": 0.1}
ROAD_CLASS_UNKNOWN = 0.3
EMERGENCY_SCORE = {1: 1.0, 2: 0.7, 3: 0.4}
WIDTH_FULL_M = 12.0
#: MCI score at or below the thresholds ``mci_urgent``, ``mci_repair``, ``mci_watch``
MCI_SCORES = (1.0, 0.7, 0.4)
FACILITY_KINDS = ("school", "hospital", "evacuation")
STATION_KIND = "station"
#: ``package_mesh`` → JIS X 0410 level (third-order 1 km mesh, ½ mesh)
PACKAGE_LEVEL = {1000: 3, 500: 4}
PART_NAMES = ("severity", "size", "road_class", "width", "emergency", "station", "facilities", "age", "reports",
              "status")


def _p(name: str, default: float, ja: str, en: str, **kw: Any) -> Param:
    return Param(name, "float", default, L(ja, en), minimum=kw.pop("minimum", 0.0), **kw)


PARAMS = (
    _p("tolerance_m", 30.0, "道路区間への許容距離 (m)", "Matching tolerance (m)"),
    _p("case_distance_m", 25.0, "同一案件の距離 (m)", "Case distance along the segment (m)"),
    _p("case_days", 30.0, "同一案件の日数", "Case time window (days)"),
    Param("package_mesh", "choice", 1000, L("作業区域のメッシュ (m)", "Work package mesh (m)"), choices=(1000, 500)),
    _p("w_severity", 40.0, "重み: 損傷の種類", "Weight: damage class"),
    _p("mci_urgent", 3.0, "MCI: 早急に補修 (以下)", "MCI: repair urgently at or below", maximum=10.0),
    _p("mci_repair", 4.0, "MCI: 補修が必要 (以下)", "MCI: repair needed at or below", maximum=10.0),
    _p("mci_watch", 5.0, "MCI: 修繕が望ましい (以下)", "MCI: repair desirable at or below", maximum=10.0),
    _p("w_size", 10.0, "重み: 大きさ", "Weight: size"),
    _p("size_full_m", 1.0, "満点の大きさ (m)", "Size scoring full marks (m)", minimum=0.01),
    _p("w_road_class", 10.0, "重み: 道路種別", "Weight: road class"),
    _p("w_width", 5.0, "重み: 幅員", "Weight: width"),
    _p("w_emergency", 10.0, "重み: 緊急輸送道路", "Weight: emergency road"),
    _p("w_station", 10.0, "重み: 駅への近さ", "Weight: nearness to the station"),
    _p("station_radius_m", 1500.0, "駅の影響範囲 (m)", "Station bonus radius (m)", minimum=1.0),
    _p("w_facilities", 10.0, "重み: 学校・病院・避難所への近さ", "Weight: nearness to schools, hospitals, shelters"),
    _p("facility_radius_m", 300.0, "施設の影響範囲 (m)", "Facility bonus radius (m)", minimum=1.0),
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
    for each point (None for a point without geometry). Ties go to the lowest segment id.

    Points and line segments: the segments' straight pieces are put into a grid (cells at least ``tolerance_m``
    wide) and every point is measured against the pieces that reach its cell, in numpy (:func:`_match_near`); the
    few points with no segment within the tolerance get their distance from a shapely STRtree
    (:func:`_match_tree`, ``query_nearest``), which also does all the work for other geometry types."""
    points = np.asarray(points, dtype=object)
    n = len(points)
    seg = np.full(n, -1, np.int64)
    dist = np.full(n, np.nan)
    pos = np.full(n, np.nan)
    has = ~(shapely.is_missing(points) | shapely.is_empty(points)) if n else np.zeros(0, bool)
    if not len(seg_geom) or not has.any():
        return seg, dist, pos, seg < 0
    idx = np.flatnonzero(has)
    pts = points[idx]
    rest = idx
    if (shapely.get_type_id(pts) == 0).all() and (shapely.get_type_id(seg_geom) == 1).all():
        near = _match_near(shapely.get_x(pts), shapely.get_y(pts), seg_geom, seg_ids, tolerance_m)
        if near is not None:
            k, si, d, q = near
            seg[idx[k]], dist[idx[k]], pos[idx[k]] = seg_ids[si], d, q
            far = np.ones(len(idx), bool)
            far[k] = False
            rest = idx[far]
    if len(rest):
        seg[rest], dist[rest], pos[rest] = _match_tree(points[rest], seg_ids, seg_geom, tolerance_m)
    return seg, dist, pos, seg < 0


def _match_tree(pts: np.ndarray, seg_ids: np.ndarray, seg_geom: np.ndarray, tolerance_m: float
                ) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """(segment id or −1, distance, position) of points with geometry, by a shapely STRtree (``query_nearest``)."""
    seg = np.full(len(pts), -1, np.int64)
    dist = np.full(len(pts), np.nan)
    pos = np.full(len(pts), np.nan)
    (pi, si), d = shapely.STRtree(seg_geom).query_nearest(pts, all_matches=True, return_distance=True)
    order = np.lexsort((seg_ids[si], pi))            # per point: lowest segment id among ties first
    pi, si, d = pi[order], si[order], d[order]
    first = np.ones(len(pi), bool)
    first[1:] = pi[1:] != pi[:-1]
    pi, si, d = pi[first], si[first], d[first]
    dist[pi] = d
    ok = d <= tolerance_m
    seg[pi[ok]] = seg_ids[si[ok]]
    pos[pi[ok]] = shapely.line_locate_point(seg_geom[si[ok]], pts[pi[ok]])
    return seg, dist, pos


def _match_near(px: np.ndarray, py: np.ndarray, lines: np.ndarray, line_ids: np.ndarray, tolerance_m: float,
                max_entries: int = 5_000_000) -> tuple[np.ndarray, ...] | None:
    """For the points with a line within ``tolerance_m``: (point index, line index, distance, position along the
    line), the nearest line (ties: lowest id, then the earlier piece). None when the grid would be too big (very
    long pieces): the caller uses the STRtree for all points."""
    xy, part = shapely.get_coordinates(lines, return_index=True)
    piece = np.flatnonzero(part[1:] == part[:-1])                 # piece k runs from vertex k to vertex k + 1
    ax, ay, bx, by = xy[piece, 0], xy[piece, 1], xy[piece + 1, 0], xy[piece + 1, 1]
    line = part[piece]
    length = np.hypot(bx - ax, by - ay)
    csum = np.cumsum(length)
    first = np.r_[True, line[1:] != line[:-1]]
    start = np.maximum.accumulate(np.where(first, np.arange(len(line)), 0))
    along = csum - length - (csum[start] - length[start])          # where each piece starts along its line
    cell = max(tolerance_m, float(np.median(length)) if len(length) else 1.0, 1e-3)
    x0, y0 = min(px.min(), xy[:, 0].min()) - 2 * cell, min(py.min(), xy[:, 1].min()) - 2 * cell
    i0 = np.floor((np.minimum(ax, bx) - tolerance_m - x0) / cell).astype(np.int64)
    i1 = np.floor((np.maximum(ax, bx) + tolerance_m - x0) / cell).astype(np.int64)
    j0 = np.floor((np.minimum(ay, by) - tolerance_m - y0) / cell).astype(np.int64)
    j1 = np.floor((np.maximum(ay, by) + tolerance_m - y0) / cell).astype(np.int64)
    ni, nj = i1 - i0 + 1, j1 - j0 + 1
    count = ni * nj
    if count.sum() > max_entries:
        return None
    rows = int(max(j1.max(), np.floor((py.max() - y0) / cell)) + 1)
    e = np.repeat(np.arange(len(line)), count)                     # one entry per (piece, cell it may reach)
    r = np.arange(len(e)) - np.repeat(np.cumsum(count) - count, count)
    key = (np.repeat(i0, count) + r // np.repeat(nj, count)) * rows + np.repeat(j0, count) + r % np.repeat(nj, count)
    order = np.argsort(key, kind="stable")
    key, e = key[order], e[order]
    pkey = np.floor((px - x0) / cell).astype(np.int64) * rows + np.floor((py - y0) / cell).astype(np.int64)
    p, c = _expand(np.arange(len(px)), np.searchsorted(key, pkey, "left"), np.searchsorted(key, pkey, "right"))
    c = e[c]
    dx, dy = bx[c] - ax[c], by[c] - ay[c]
    dd = dx * dx + dy * dy
    t = np.clip(np.divide((px[p] - ax[c]) * dx + (py[p] - ay[c]) * dy, dd, out=np.zeros(len(c)), where=dd > 0),
                0.0, 1.0)
    end = t >= 1.0                                               # ends exactly, so ties at a node are exact
    d = np.hypot(px[p] - np.where(end, bx[c], ax[c] + t * dx), py[p] - np.where(end, by[c], ay[c] + t * dy))
    ok = d <= tolerance_m
    p, c, t, d = p[ok], c[ok], t[ok], d[ok]                     # still in point order
    if not len(p):
        return p, c, d, t
    starts = np.flatnonzero(np.r_[True, p[1:] != p[:-1]])
    group = np.cumsum(np.r_[True, p[1:] != p[:-1]]) - 1
    best = d <= np.minimum.reduceat(d, starts)[group] + 1e-9     # the nearest, and any tie (to a nanometre)
    p, c, t, d = p[best], c[best], t[best], d[best]
    rank = np.argsort(np.argsort(line_ids[line], kind="stable"))[c]   # pieces ordered by line id, then by piece
    starts = np.flatnonzero(np.r_[True, p[1:] != p[:-1]])
    first = rank == np.minimum.reduceat(rank, starts)[np.cumsum(np.r_[True, p[1:] != p[:-1]]) - 1]
    p, c, t, d = p[first], c[first], t[first], d[first]
    return p, line[c], d, along[c] + t * length[c]


# -- 2. cases ---------------------------------------------------------------------------------------------------

def cluster(pos: np.ndarray, t: np.ndarray, distance_m: float, days: float) -> np.ndarray:
    """Single-linkage groups of the reports of one segment, by definition (every pair compared; the reference for
    :func:`link_cases`): i and j are linked when |Δpos| ≤ distance_m and |Δt| ≤ days (t in days; NaN links to
    anything). Returns a group number per report (0, 1, … in order of the first member)."""
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


def _expand(i: np.ndarray, lo: np.ndarray, hi: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """All pairs (i[k], j) with lo[k] ≤ j < hi[k]."""
    cnt = np.maximum(hi - lo, 0)
    total = int(cnt.sum())
    if not total:
        return np.empty(0, np.int64), np.empty(0, np.int64)
    ii = np.repeat(i, cnt)
    jj = np.arange(total, dtype=np.int64) - np.repeat(np.cumsum(cnt) - cnt - lo, cnt)
    return ii, jj


def link_cases(seg: np.ndarray, pos: np.ndarray, t: np.ndarray, distance_m: float, days: float,
               chunk: int = 20_000) -> np.ndarray:
    """Case groups of all reports at once: the same links as :func:`cluster` on each segment (reports with
    ``seg < 0`` get −1). Returns a group number per report (0 … k−1, in no particular order).

    Reports are sorted by segment, cell (``floor(pos / distance_m)``) and time. A linked pair lies in the same
    cell or in neighbouring cells, so the candidates of a report are the later reports of its cell within
    ``days`` and the reports of the next cell within ± ``days`` (found with ``searchsorted``); reports without a
    time take every report of the three cells around them. Candidates are checked exactly and the linked pairs go
    to ``scipy.sparse.csgraph.connected_components``. The work grows with the number of reports near each report
    in place *and* time, not with the square of a segment's reports."""
    from scipy.sparse import coo_matrix
    from scipy.sparse.csgraph import connected_components

    n = len(seg)
    out = np.full(n, -1, np.int64)
    idx = np.flatnonzero(np.asarray(seg) >= 0)
    m = len(idx)
    if not m:
        return out
    s = np.asarray(seg, np.int64)[idx]
    p = np.asarray(pos, np.float64)[idx]
    tt = np.asarray(t, np.float64)[idx]
    width = distance_m if distance_m > 0 else 1.0         # any width ≥ distance_m keeps links within ±1 cell
    cell = np.floor(p / width).astype(np.int64)
    nan = np.isnan(tt)
    finite = tt[~nan]
    t0 = float(finite.min()) if len(finite) else 0.0
    span_t = (float(finite.max()) - t0) if len(finite) else 0.0
    rel = np.where(nan, span_t + days + 2.0, tt - t0)    # no time: after every window of its group (see below)
    order = np.lexsort((rel, cell, s))
    s, p, tt, cell, rel, nan = s[order], p[order], tt[order], cell[order], rel[order], nan[order]
    new_group = np.ones(m, bool)
    new_group[1:] = (s[1:] != s[:-1]) | (cell[1:] != cell[:-1])
    g = np.cumsum(new_group) - 1
    starts = np.flatnonzero(new_group)
    ends = np.append(starts[1:], m)
    # one sorted key: group, then time; windows never reach the no-time reports or a third group
    span = span_t + 2.0 * days + 4.0
    key = g * span + rel
    eps = 1e-6
    # the next group is a neighbour when it is the next cell of the same segment
    nxt_ok = np.zeros(len(starts), bool)
    nxt_ok[:-1] = (s[starts[1:]] == s[starts[:-1]]) & (cell[starts[1:]] == cell[starts[:-1]] + 1)
    rows, cols = [np.empty(0, np.int64)], [np.empty(0, np.int64)]

    def keep(ii: np.ndarray, jj: np.ndarray, timed: bool) -> None:
        ok = (ii != jj) & (s[ii] == s[jj]) & (np.abs(p[ii] - p[jj]) <= distance_m)
        if timed:
            ok &= np.abs(tt[ii] - tt[jj]) <= days             # NaN compares False: no-time pairs come below
        rows.append(ii[ok])
        cols.append(jj[ok])

    timed_i = np.flatnonzero(~nan)
    for c0 in range(0, len(timed_i), chunk):
        i = timed_i[c0:c0 + chunk]
        gi = g[i]
        # same cell: the later reports within `days`
        keep(*_expand(i, i + 1, np.searchsorted(key, key[i] + days + eps, "right")), True)
        # next cell: reports within ± `days`
        has = nxt_ok[gi]
        i2 = i[has]
        base = (gi[has] + 1) * span + rel[i2]
        keep(*_expand(i2, np.searchsorted(key, base - days - eps, "left"),
                      np.searchsorted(key, base + days + eps, "right")), True)
    no_time = np.flatnonzero(nan)
    if len(no_time):
        gi = g[no_time]
        prev_ok = np.zeros(len(starts), bool)
        prev_ok[1:] = nxt_ok[:-1]
        lo = np.where(prev_ok[gi], starts[np.maximum(gi - 1, 0)], starts[gi])
        hi = np.where(nxt_ok[gi], ends[np.minimum(gi + 1, len(starts) - 1)], ends[gi])
        keep(*_expand(no_time, lo, hi), False)
    ii, jj = np.concatenate(rows), np.concatenate(cols)
    graph = coo_matrix((np.ones(len(ii), np.int8), (ii, jj)), shape=(m, m)).tocsr()
    _, labels = connected_components(graph, directed=False)
    out[idx[order]] = labels
    return out


def case_status(statuses: list[str | None]) -> str:
    """The least advanced status (受付済 < 対応中 < 対応済); None counts as 受付済."""
    return STATUS_ORDER[min(STATUS_ORDER.index(s) if s in STATUS_ORDER else 0 for s in statuses)]


def worst_class(classes: list[str | None]) -> str | None:
    known = [c for c in classes if c in SEVERITY]
    return max(known, key=lambda c: (SEVERITY[c], c)) if known else None


# -- 3. priority ------------------------------------------------------------------------------------------------

def _r4(x: Any) -> Any:
    """Rounded to 4 decimals, without −0.0 (numpy's rounding, for one value and for arrays alike)."""
    out = np.round(x, 4) + 0.0
    return float(out) if np.ndim(out) == 0 else out


def mci_score(p: dict[str, Any], mci: float | None) -> float:
    """1.0 at or below ``mci_urgent``, 0.7 at or below ``mci_repair``, 0.4 at or below ``mci_watch``, else 0
    (also without a survey)."""
    if mci is None or np.isnan(mci):
        return 0.0
    for limit, score in zip((p["mci_urgent"], p["mci_repair"], p["mci_watch"]), MCI_SCORES):
        if mci <= limit:
            return score
    return 0.0


def score_parts(p: dict[str, Any], *, classes: list[str | None], sizes: list[float | None],
                road_class: str | None, width_m: float | None, emergency_class: int | None,
                station_distance_m: float, age_days: float, report_count: int, status: str,
                facility_distance_m: float | None = None, mci: float | None = None) -> dict[str, float]:
    """Each part's contribution for one case (rounded to 4 decimals); the priority is ``sum(parts.values())``.
    The documented reference of :func:`score_cases`."""
    known = [SEVERITY[c] for c in classes if c in SEVERITY]
    sev = max(max(known) if known else SEVERITY_UNKNOWN, mci_score(p, mci))
    sz = [s for s in sizes if s is not None and not np.isnan(s)]
    width = width_m if width_m is not None and not np.isnan(width_m) else 0.0
    fac = facility_distance_m is not None and not np.isnan(facility_distance_m)
    raw = {
        "severity": p["w_severity"] * sev,
        "size": p["w_size"] * (min(max(sz) / p["size_full_m"], 1.0) if sz else 0.0),
        "road_class": p["w_road_class"] * ROAD_CLASS_SCORE.get(road_class or "", ROAD_CLASS_UNKNOWN),
        "width": p["w_width"] * (min(width / WIDTH_FULL_M, 1.0) if width else 0.0),
        "emergency": p["w_emergency"] * EMERGENCY_SCORE.get(int(emergency_class) if emergency_class else 0, 0.0),
        "station": p["w_station"] * max(0.0, 1.0 - station_distance_m / p["station_radius_m"]),
        "facilities": p["w_facilities"] * (max(0.0, 1.0 - facility_distance_m / p["facility_radius_m"]) if fac
                                           else 0.0),
        "age": p["w_age"] * min(max(age_days, 0.0) / p["age_cap_days"], 1.0),
        "reports": p["w_reports"] * min(report_count / p["reports_cap"], 1.0),
    }
    parts = {k: _r4(v) for k, v in raw.items()}
    factor = {"対応済": 0.0, "対応中": p["in_progress_factor"]}.get(status, 1.0)
    total = sum(parts.values())
    parts["status"] = -total + 0.0 if factor == 0.0 else _r4(-(1.0 - factor) * total)
    return parts


def priority_of(parts: dict[str, float]) -> float:
    """The sum of the parts, rounded to 4 decimals like them (so no float noise such as 82.71170000000001)."""
    return _r4(sum(parts[k] for k in PART_NAMES))


def _lookup(values: Any, table: dict[str, Any], default: Any, dtype: Any = np.int64) -> np.ndarray:
    """``table.get(v, default)`` for every text in ``values`` (None: ``default``), through a dictionary
    encoding (each distinct text looked up once)."""
    enc = pa.array(np.asarray(values, dtype=object), pa.string()).dictionary_encode()
    known = np.asarray([table.get(v, default) for v in enc.dictionary.to_pylist()] + [default], dtype)
    return known[enc.indices.fill_null(len(known) - 1).to_numpy(zero_copy_only=False)]


def _codes(values: Any, table: dict[str, int]) -> np.ndarray:
    return _lookup(values, table, 0)


_CLASS_CODE = {c: k + 1 for k, c in enumerate(CLASS_RANK)}          # 0: no known class
_CLASS_SCORE = np.asarray([SEVERITY_UNKNOWN] + [SEVERITY[c] for c in CLASS_RANK])
_STATUS_CODE = {s: k for k, s in enumerate(STATUS_ORDER)}


def score_cases(p: dict[str, Any], *, case: np.ndarray, classes: Any, sizes: Any, statuses: Any, road_class: Any,
                width_m: Any, emergency_class: Any, station_distance_m: Any, age_days: Any,
                facility_distance_m: Any = None, mci: Any = None) -> tuple[dict[str, np.ndarray], np.ndarray]:
    """:func:`score_parts` of every case at once: (part → array over the cases, priority per case).

    Per report: ``case`` (its case, 0 … m−1; every case has a report), ``classes``, ``sizes``, ``statuses``. Per
    case: ``road_class``, ``width_m``, ``emergency_class`` (NaN or None: none), ``station_distance_m``,
    ``age_days``, ``facility_distance_m`` and ``mci`` (NaN: none). Equal to :func:`score_parts` on each case."""
    case = np.asarray(case, np.int64)
    m = len(station_distance_m)
    nan = np.full(m, np.nan)
    worst = np.zeros(m, np.int64)
    np.maximum.at(worst, case, _codes(classes, _CLASS_CODE))
    size = nan.copy()
    np.fmax.at(size, case, np.asarray(sizes, np.float64))
    status = np.full(m, len(STATUS_ORDER) - 1, np.int64)
    np.minimum.at(status, case, _codes(statuses, _STATUS_CODE))
    count = np.bincount(case, minlength=m)
    mci = nan if mci is None else np.asarray(mci, np.float64)
    limits = (p["mci_urgent"], p["mci_repair"], p["mci_watch"])
    mci_s = np.select([mci <= lim for lim in limits], list(MCI_SCORES), 0.0)
    sev = np.maximum(_CLASS_SCORE[worst], mci_s)
    width = np.nan_to_num(np.asarray(width_m, np.float64), nan=0.0)
    emerg = np.nan_to_num(np.asarray(emergency_class, np.float64), nan=0.0)
    fac = nan if facility_distance_m is None else np.asarray(facility_distance_m, np.float64)
    road = _lookup(road_class, ROAD_CLASS_SCORE, ROAD_CLASS_UNKNOWN, np.float64)
    raw = {
        "severity": p["w_severity"] * sev,
        "size": p["w_size"] * np.where(np.isnan(size), 0.0, np.minimum(size / p["size_full_m"], 1.0)),
        "road_class": p["w_road_class"] * road,
        "width": p["w_width"] * np.where(width != 0, np.minimum(width / WIDTH_FULL_M, 1.0), 0.0),
        "emergency": p["w_emergency"] * np.select([emerg == k for k in EMERGENCY_SCORE],
                                                  list(EMERGENCY_SCORE.values()), 0.0),
        "station": p["w_station"] * np.maximum(0.0, 1.0 - np.asarray(station_distance_m, np.float64)
                                               / p["station_radius_m"]),
        "facilities": p["w_facilities"] * np.where(np.isnan(fac), 0.0,
                                                   np.maximum(0.0, 1.0 - fac / p["facility_radius_m"])),
        "age": p["w_age"] * np.minimum(np.maximum(np.asarray(age_days, np.float64), 0.0) / p["age_cap_days"], 1.0),
        "reports": p["w_reports"] * np.minimum(count / p["reports_cap"], 1.0),
    }
    parts = {k: _r4(v) for k, v in raw.items()}
    total = np.zeros(m)
    for v in parts.values():                     # in order, like sum() in score_parts
        total = total + v
    factor = np.asarray([1.0, p["in_progress_factor"], 0.0])[status]
    parts["status"] = np.where(factor == 0.0, -total + 0.0, _r4(-(1.0 - factor) * total))
    return parts, _r4(total + parts["status"])


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

def _col(table: pa.Table, name: str, fill: Any = None) -> np.ndarray:
    c = table[name]
    if fill is not None:
        c = c.fill_null(fill)
    return c.to_numpy(zero_copy_only=False)


def _nearest(targets: np.ndarray, x: np.ndarray, y: np.ndarray) -> np.ndarray:
    """Distance from each point to the nearest of ``targets`` (NaN when there are none)."""
    out = np.full(len(x), np.nan)
    if len(targets) and len(x):
        (pi, _), d = shapely.STRtree(targets).query_nearest(shapely.points(x, y), return_distance=True)
        out[pi] = d
    return out


def _facilities(ctx: AnalysisContext) -> tuple[np.ndarray, np.ndarray]:
    """(station geometries, school / hospital / evacuation geometries) of the ``facilities`` table, if any."""
    if not ctx.store.existing_tables(["facilities"], ctx.cursor):
        return np.empty(0, object), np.empty(0, object)
    kinds = (STATION_KIND, *FACILITY_KINDS)
    rows = ctx.cursor.execute(
        "SELECT lower(trim(kind)) AS kind, ST_AsWKB(geom) AS wkb FROM facilities WHERE geom IS NOT NULL AND "
        "lower(trim(kind)) IN (SELECT unnest(?))", [list(kinds)]).to_arrow_table()
    kind = _col(rows, "kind")
    geom = shapely.from_wkb(_col(rows, "wkb")) if rows.num_rows else np.empty(0, object)
    return geom[kind == STATION_KIND], geom[kind != STATION_KIND]


def _surveys(ctx: AnalysisContext, seg_ids: np.ndarray, seg_geom: np.ndarray, tolerance_m: float
             ) -> tuple[pa.Table | None, dict[int, float]]:
    """Pavement surveys matched again (id, segment_id for the update) and the lowest MCI per segment."""
    if not ctx.store.existing_tables(["pavement_surveys"], ctx.cursor):
        return None, {}
    rows = ctx.cursor.execute("SELECT id, mci, ST_AsWKB(geom) AS wkb FROM pavement_surveys ORDER BY id"
                              ).to_arrow_table()
    if not rows.num_rows:
        return None, {}
    geom = np.asarray(shapely.from_wkb(_col(rows, "wkb")), dtype=object)
    lines = np.asarray(shapely.get_type_id(geom) == 1)
    if lines.any():
        geom[lines] = shapely.line_interpolate_point(geom[lines], 0.5, normalized=True)
    seg, _, _, _ = match_points(geom, seg_ids, seg_geom, tolerance_m)
    mci = _col(rows, "mci", np.nan).astype(np.float64)
    lowest: dict[int, float] = {}
    for s, v in zip(seg.tolist(), mci.tolist()):
        if s >= 0 and not np.isnan(v) and v < lowest.get(s, np.inf):
            lowest[s] = v
    return pa.table({"id": rows["id"], "segment_id": pa.array(seg, pa.int64(), mask=seg < 0)}), lowest


def _packages(crs: str, x: np.ndarray, y: np.ndarray, mesh: Any) -> list[str | None]:
    from pyproj import Transformer

    from twin.meshcode import codes_for
    if not len(x):
        return []
    lon, lat = Transformer.from_crs(crs, "EPSG:4326", always_xy=True).transform(x, y)
    codes = codes_for(lat, lon, PACKAGE_LEVEL[int(mesh)], invalid="empty")
    return [c or None for c in codes.tolist()]


def _photos(case: np.ndarray, ids: np.ndarray, photo: np.ndarray, m: int) -> list[str]:
    out = ["[]"] * m
    has = np.flatnonzero((case >= 0) & np.asarray([bool(v) for v in photo], bool))
    lists: dict[int, list[str]] = {}
    for k in has[np.lexsort((ids[has], case[has]))]:
        lists.setdefault(int(case[k]), []).append(photo[k])
    for c, names in lists.items():
        out[c] = json.dumps(names, ensure_ascii=False)
    return out


def _update(cur: Any, table: str, data: pa.Table) -> None:
    """Set the columns of ``data`` in the rows of ``table`` with its ids, where they differ (a run again on the
    same data writes nothing)."""
    cols = [c for c in data.column_names if c != "id"]
    cur.register("_repair_update", data)
    try:
        cur.execute(f'UPDATE "{table}" AS r SET ' + ", ".join(f"{c} = u.{c}" for c in cols) +
                    " FROM _repair_update AS u WHERE r.id = u.id AND (" +
                    " OR ".join(f"r.{c} IS DISTINCT FROM u.{c}" for c in cols) + ")")
    finally:
        cur.unregister("_repair_update")


def run(ctx: AnalysisContext) -> None:
    """match → cases → priority → write; see the module docstring."""
    p, cur = ctx.params, ctx.cursor
    ctx.progress(0, 4, "map-matching")
    segs = cur.execute("SELECT id, road_class, width_m, emergency_class, ST_AsWKB(geom) AS wkb FROM road_segments "
                       "WHERE geom IS NOT NULL ORDER BY id").to_arrow_table()
    seg_ids = _col(segs, "id").astype(np.int64)
    seg_geom = shapely.from_wkb(_col(segs, "wkb")) if segs.num_rows else np.empty(0, object)
    reps = cur.execute(
        "SELECT id, epoch_us(received_at) AS t, status, damage_class, size, photo, "
        "CASE WHEN ST_GeometryType(geom) = 'POINT' AND NOT ST_IsEmpty(geom) THEN ST_X(geom) END AS x, "
        "CASE WHEN ST_GeometryType(geom) = 'POINT' AND NOT ST_IsEmpty(geom) THEN ST_Y(geom) END AS y "
        "FROM road_reports ORDER BY id").to_arrow_table()
    n = reps.num_rows
    ids = _col(reps, "id").astype(np.int64)
    x, y = _col(reps, "x", np.nan).astype(np.float64), _col(reps, "y", np.nan).astype(np.float64)
    located = ~(np.isnan(x) | np.isnan(y))
    points = np.full(n, None, dtype=object)
    points[located] = shapely.points(x[located], y[located])
    seg, dist, pos, flagged = match_points(points, seg_ids, seg_geom, p["tolerance_m"])
    if not len(seg_ids) and n:
        ctx.warn("no road segments in the project: every report is flagged (import a road network first)")
    elif flagged.any():
        ctx.warn(f"{int(flagged.sum())} report(s) lie further than {p['tolerance_m']:g} m from every road "
                 "segment (or have no location): flagged, kept, in no case")
    surveys, lowest_mci = _surveys(ctx, seg_ids, seg_geom, p["tolerance_m"])

    ctx.progress(1, 4, "grouping reports into cases")
    t_null = np.asarray(reps["t"].is_null().to_numpy(zero_copy_only=False), bool)
    t_us = _col(reps, "t", 0).astype(np.int64)
    t_days = np.where(t_null, np.nan, t_us / 86400e6)
    group = link_cases(seg, pos, t_days, p["case_distance_m"], p["case_days"])
    member = group >= 0
    k = int(group.max()) + 1 if member.any() else 0
    first_id = np.full(k, np.iinfo(np.int64).max)
    np.minimum.at(first_id, group[member], ids[member])
    order = np.argsort(first_id)                       # cases in case_id order
    rank = np.empty(k, np.int64)
    rank[order] = np.arange(k)
    case = np.where(member, rank[np.maximum(group, 0)], -1)
    case_id = first_id[order]
    case_of = np.where(member, case_id[np.maximum(case, 0)], -1)

    ctx.progress(2, 4, "scoring cases")
    mc = case[member]
    count = np.bincount(mc, minlength=k)
    cx = np.bincount(mc, weights=x[member], minlength=k) / np.maximum(count, 1)
    cy = np.bincount(mc, weights=y[member], minlength=k) / np.maximum(count, 1)
    case_seg = np.zeros(k, np.int64)
    case_seg[mc] = seg[member]
    big = np.iinfo(np.int64).max
    timed = member & ~t_null
    first = np.full(k, big)
    np.minimum.at(first, case[timed], t_us[timed])
    last = np.full(k, -big)
    np.maximum.at(last, case[timed], t_us[timed])
    has_time = first != big
    si = np.searchsorted(seg_ids, case_seg)
    road_class = _col(segs, "road_class")[si] if k else np.empty(0, object)
    width = _col(segs, "width_m", np.nan).astype(np.float64)[si] if k else np.empty(0)
    emergency = _col(segs, "emergency_class", 0).astype(np.float64)[si] if k else np.empty(0)
    stations, facilities = _facilities(ctx)
    if len(stations):
        station_d = _nearest(stations, cx, cy)
    else:
        sx, sy = station_xy(ctx.store.crs)
        station_d = np.hypot(cx - sx, cy - sy)
    as_of_days = _as_of(p["as_of"]).timestamp() / 86400.0
    age = np.where(has_time, as_of_days - np.where(has_time, first, 0) / 86400e6, 0.0)
    mci = np.asarray([lowest_mci.get(int(s), np.nan) for s in case_seg], np.float64)
    status_raw = _col(reps, "status")
    classes = _col(reps, "damage_class")
    parts, priority = score_cases(
        p, case=mc, classes=classes[member], sizes=_col(reps, "size", np.nan).astype(np.float64)[member],
        statuses=status_raw[member], road_class=road_class, width_m=width, emergency_class=emergency,
        station_distance_m=station_d, age_days=age, facility_distance_m=_nearest(facilities, cx, cy), mci=mci)
    worst = np.zeros(k, np.int64)
    np.maximum.at(worst, mc, _codes(classes[member], _CLASS_CODE))
    status = np.full(k, len(STATUS_ORDER) - 1, np.int64)
    np.minimum.at(status, mc, _codes(status_raw[member], _STATUS_CODE))

    ctx.progress(3, 4, "writing")
    _update(cur, "road_reports", pa.table({
        "id": pa.array(ids, pa.int64()), "segment_id": pa.array(seg, pa.int64(), mask=seg < 0),
        "distance_m": pa.array(dist, pa.float64(), from_pandas=True),
        "case_id": pa.array(case_of, pa.int64(), mask=case_of < 0), "flagged": pa.array(flagged, pa.bool_())}))
    if surveys is not None:
        _update(cur, "pavement_surveys", surveys)
    ts = pa.timestamp("us", tz="UTC")
    table = pa.table({
        "case_id": pa.array(case_id, pa.int64()), "segment_id": pa.array(case_seg, pa.int64()),
        "status": pa.array(np.asarray(STATUS_ORDER, object)[status], pa.string()),
        "report_count": pa.array(count, pa.int32()),
        "first_reported": pa.array(first, pa.int64(), mask=~has_time).cast(ts),
        "last_reported": pa.array(last, pa.int64(), mask=~has_time).cast(ts),
        "worst_class": pa.array(np.asarray((None, *CLASS_RANK), object)[worst], pa.string()),
        "priority": pa.array(priority, pa.float64()),
        **{f"part_{name}": pa.array(parts[name], pa.float64()) for name in PART_NAMES},
        "x": pa.array(cx, pa.float64()), "y": pa.array(cy, pa.float64()),
        "photos": pa.array(_photos(case, ids, _col(reps, "photo"), k), pa.string()),
        "package": pa.array(_packages(ctx.store.crs, cx, cy, p["package_mesh"]), pa.string()),
        "mci": pa.array(mci, pa.float64(), from_pandas=True)})
    cur.execute("DELETE FROM repair_cases")
    cur.register("_repair_cases", table)
    try:
        cur.execute("INSERT INTO repair_cases BY NAME SELECT * EXCLUDE (x, y, " +
                    ", ".join(f"part_{name}" for name in PART_NAMES) + "), ST_Point(x, y) AS geom, json_object(" +
                    ", ".join(f"'{name}', part_{name}" for name in PART_NAMES) + ") AS parts FROM _repair_cases")
    finally:
        cur.unregister("_repair_cases")
    cur.execute("DELETE FROM repair_segments")
    cur.execute("INSERT INTO repair_segments SELECT segment_id, count(*) FILTER (WHERE status <> '対応済'), "
                "arg_max(worst_class, s) FILTER (WHERE status <> '対応済'), sum(priority) FROM "
                "(SELECT *, CASE worst_class " + " ".join(f"WHEN '{c}' THEN {k + 1}" for k, c in enumerate(CLASS_RANK))
                + " ELSE 0 END AS s FROM repair_cases) GROUP BY segment_id ORDER BY segment_id")
    ctx.progress(4, 4, "done")


REPAIR_PRIORITY = Analysis(
    "repair-priority", L("補修の優先度", "Repair priority"), run, params=PARAMS,
    inputs=("road_reports", "road_segments", "pavement_surveys", "facilities"),
    outputs=("repair_cases", "repair_segments"),
    description="Snap reports to road segments, group them into repair cases and work packages, rank the cases by a "
                "weighted score.")

__all__ = ["CLASS_RANK", "FACILITY_KINDS", "PARAMS", "PART_NAMES", "REPAIR_PRIORITY", "case_status", "cluster",
           "link_cases", "match_points", "mci_score", "priority_of", "run", "score_cases", "score_parts",
           "station_xy", "worst_class"]
