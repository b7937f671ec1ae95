"""Snow coverage: which road segments the ploughs served and when, service levels per route tier, work per
vehicle (analysis ``snow-coverage`` of the snow theme), and the helpers the Snow panel, the CLI and the map
layer ask at a clock time (bands, coverage over time, missed and late segments). Qt-free.

The analysis runs in one transaction (progress 0 … 5), over the **window** ``from`` … ``to`` (ISO times; naive ones
are Japan time; empty: the first / last plough fix), the storm the service levels are measured against:

1. **Trips** (:mod:`twin.snow_trips`): fixes split per vehicle at a time gap, thinned, cut into pieces with the
   blade up or down (flag, else the speed band); ``plough_points.trip_id`` and ``plough_trips`` are written for the
   whole data, whatever the window.
2. **Route tiers** (``route_tiers``). A segment named by a ``route_tier_lines`` row's ``segment_id`` takes that
   tier; else it takes the tier of the file's lines running along at least half of its length within
   ``buffer_m`` (the same covered-length geometry as passes; lines of several tiers: the highest priority, the
   lowest number); both are origin ``'file'``, with the line's ``target_h`` when the file gives one. Every other
   segment gets its tier by **rule** (origin ``'rule'``):

   * **tier 1** (重点除雪路線 / 第1次路線, kept open at all times): 緊急輸送道路 class 1 or 2 (``emergency_class``),
     or road class national / prefectural / motorway / trunk / primary (and 国道, 県道, 主要地方道);
   * **tier 2** (第2次路線): 緊急輸送道路 class 3, or road class avenue / collector / secondary / tertiary;
   * **tier 3** (第3次路線): every other road (municipal, residential, farm, unclassified …).

   Ishikawa keeps its 重点除雪路線 open to two lanes at all times, Nonoichi its 第1次路線 always, Kanazawa sends
   第2次 ploughs at 10 cm of snow and 第3次 at 30 cm (operations reference §2.3), so the rule puts the through and
   emergency roads first and the streets last. Targets (``target_h_tier1/2/3``, hours after the window's start by
   which a segment must first be served): **3 h** for tier 1 (the reference's model P1 ≤ 3 h after dispatch and
   Fukui's best band, 1–3 h), **6 h** for tier 2 (the next Fukui band edge; Itoigawa reports status within 6 h),
   **12 h** for tier 3 (streets open by the morning after a night's snow). These are configurable defaults, not an
   official standard: Kaga's own plan is not published (reference §6).
3. **Passes** (:mod:`twin.snow_passes`): the blade-down pieces inside the window whose stretch along a segment within
   ``buffer_m`` (15 m, the reference's 10–15 m: half a two-lane road plus GPS error) covers at least ``min_share``
   (60 %) of its length. Crossing a segment does not serve it; a track beyond the buffer does not; a plough along
   half the segment does not. ``snow_passes``: segment, trip, vehicle, entered and served (left) time, share.
4. **Coverage per segment** (``snow_segment_coverage``): passes, first and last served time, ``within_target``
   (first served at most the segment's ``target_h`` after the window's start) and ``state``: ``served`` (within the
   target), ``late`` (served, after it) or ``missed`` (not served in the window). **Service level per tier**
   (``snow_service_levels``): segments, length, km served, km served within target and its share of the tier's
   length in % (a segment counts with its whole length, ``road_segments.length_m``); ``target_h`` is the tier's
   parameter, or the one target all its segments share from the file; the window is kept with it
   (``window_start``, ``window_end``).
5. **Work per vehicle** (``snow_vehicle_summary``) over the pieces inside the window: km ploughed (blade down) and
   deadhead (blade up), working hours (moving: at least ``blade_speed_min_kmh``) and idle hours (standing within
   trips; the time between trips counts for neither), trips overlapping the window, and segments it served.

=========================  =======  =============================================================================
parameter                  default  meaning
=========================  =======  =============================================================================
``from`` / ``to``          empty    the storm window (ISO 8601); empty: the extent of the plough fixes
``buffer_m``               15       Y: how far from the centre line a plough still works on the segment (m)
``min_share``              0.6      X: share of the segment's length a pass must run along
``target_h_tier1/2/3``     3/6/12   service target per tier (hours after the window's start)
``trip_gap_s`` …           …        trips and the blade rule: :mod:`twin.snow_trips`
=========================  =======  =============================================================================

**Bands** (Fukui's time-since-ploughed colours, reference §2.2): at a time *t* a segment is in the band of the
hours since its last pass at or before *t*: ``≤3h`` (0 ≤ h ≤ 3), ``3–6h`` (3 < h ≤ 6), ``6–12h``, ``12–24h``,
``>24h`` (h > 24), or ``never`` (no pass yet). An edge belongs to the band below it: exactly 3 h after a pass is
still ``≤3h``, as the label says, and exactly 24 h is ``12–24h``.

Public helpers (for the GUI, the CLI and the layer): :func:`band_of`, :func:`band_index`, :func:`served_times`,
:func:`bands_at`, :func:`band_codes_at`, :func:`coverage_over_time`, :func:`missed`, :func:`late`,
:func:`window`.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping
from typing import Any

import numpy as np
import pyarrow as pa
import shapely

from twin.analysis import Analysis, AnalysisContext
from twin.clock import TOKYO, aware
from twin.errors import TwinError
from twin.snow_passes import SegmentIndex, find_passes, line_pieces, union_length
from twin.snow_trips import PARAMS as TRIP_PARAMS, build_trips, epoch_to_arrow, read_fixes, write_trips
from twin.themes import Label as L, Param

BANDS = ("≤3h", "3–6h", "6–12h", "12–24h", ">24h", "never")
#: upper edges (hours, inclusive) of the bands before ``>24h``
BAND_EDGES_H = (3.0, 6.0, 12.0, 24.0)
NEVER = len(BANDS) - 1
TIERS = (1, 2, 3)
#: a segment takes a file line's tier when the line runs along at least this share of it within ``buffer_m``
TIER_SHARE = 0.5
TIER1_CLASSES = frozenset(("national", "prefectural", "motorway", "trunk", "primary", "motorway_link", "trunk_link",
                           "primary_link", "国道", "一般国道", "県道", "都道府県道", "主要地方道", "一般県道"))
TIER2_CLASSES = frozenset(("avenue", "collector", "secondary", "tertiary", "secondary_link", "tertiary_link",
                           "幹線市道", "一級市道", "1級市道", "二級市道", "2級市道"))
STATES = ("served", "late", "missed")

PARAMS = (
    Param("from", "str", "", L("開始 (ISO、空欄: 最初の位置)", "Window from (ISO; empty: first fix)")),
    Param("to", "str", "", L("終了 (ISO、空欄: 最後の位置)", "Window to (ISO; empty: last fix)")),
    Param("buffer_m", "float", 15.0, L("道路中心線からの幅 (m)", "Buffer around the centre line (m)"), minimum=0.1),
    Param("min_share", "float", 0.6, L("除雪済みとする延長の割合", "Share of the length a pass must run along"),
          minimum=0.01, maximum=1.0),
    Param("target_h_tier1", "float", 3.0, L("第1次路線の目標 (時間)", "Tier 1 target (h)"), minimum=0.0),
    Param("target_h_tier2", "float", 6.0, L("第2次路線の目標 (時間)", "Tier 2 target (h)"), minimum=0.0),
    Param("target_h_tier3", "float", 12.0, L("第3次路線の目標 (時間)", "Tier 3 target (h)"), minimum=0.0),
    *TRIP_PARAMS,
)


# -- bands ------------------------------------------------------------------------------------------------------

def band_index(hours_since: np.ndarray) -> np.ndarray:
    """Band number (index into :data:`BANDS`) of hours since the last pass; NaN or negative: ``never``."""
    h = np.asarray(hours_since, dtype=np.float64)
    idx = np.searchsorted(np.asarray(BAND_EDGES_H), h, side="left").astype(np.int8)
    return np.where(np.isnan(h) | (h < 0), np.int8(NEVER), idx).astype(np.int8)


def band_of(hours_since: np.ndarray) -> np.ndarray:
    """Band names (:data:`BANDS`) of hours since the last pass (NaN: never); see the module docstring for the
    edges."""
    return np.asarray(BANDS, dtype=object)[band_index(hours_since)]


def _epoch(t: Any) -> float:
    """``t`` (datetime, ISO text, numpy datetime64 or epoch seconds) as epoch seconds; naive is Japan time."""
    if isinstance(t, (int, float, np.integer, np.floating)):
        return float(t)
    if isinstance(t, np.datetime64):
        return float(t.astype("datetime64[us]").astype(np.int64)) / 1e6
    return aware(t).timestamp()


class ServedTimes(dict):
    """``{segment_id: served times (epoch s, sorted)}`` for every segment of the last run (empty arrays for
    the never-served). Keeps flat arrays for :func:`band_codes_at`, built once."""

    _flat: tuple[np.ndarray, np.ndarray, np.ndarray, np.ndarray] | None = None

    def flat(self) -> tuple[np.ndarray, np.ndarray, np.ndarray, np.ndarray]:
        """(segment ids, start of each segment's times, all times, sort keys segment rank × span + time)."""
        if self._flat is None or self._flat[0].size != len(self):
            ids = np.fromiter(self.keys(), np.int64, len(self))
            arrays = list(self.values())
            counts = np.fromiter((len(a) for a in arrays), np.int64, len(arrays))
            times = np.concatenate(arrays).astype(np.float64) if arrays and counts.sum() else np.zeros(0)
            starts = np.r_[0, np.cumsum(counts)[:-1]] if len(counts) else np.zeros(0, np.int64)
            self._t0 = float(times.min()) if len(times) else 0.0
            self._span = float(times.max() - self._t0) + 1.0 if len(times) else 1.0
            key = np.repeat(np.arange(len(ids), dtype=np.float64), counts) * self._span + (times - self._t0)
            self._flat = (ids, starts, times, key)
        return self._flat


def served_times(store: Any) -> ServedTimes:
    """Served times per segment from ``snow_passes`` (every segment of ``snow_segment_coverage``, in id order;
    epoch seconds, sorted)."""
    segs = store.query_arrow("SELECT segment_id FROM snow_segment_coverage ORDER BY segment_id")
    rows = store.query_arrow("SELECT segment_id, epoch_us(served_at) AS t FROM snow_passes "
                             "ORDER BY segment_id, served_at")
    ids = segs["segment_id"].to_numpy().astype(np.int64) if segs.num_rows else np.zeros(0, np.int64)
    pid = rows["segment_id"].to_numpy().astype(np.int64) if rows.num_rows else np.zeros(0, np.int64)
    t = rows["t"].to_numpy().astype(np.float64) / 1e6 if rows.num_rows else np.zeros(0)
    ids = np.union1d(ids, pid)
    out = ServedTimes()
    lo = np.searchsorted(pid, ids, side="left")
    hi = np.searchsorted(pid, ids, side="right")
    for s, a, b in zip(ids.tolist(), lo.tolist(), hi.tolist()):
        out[s] = t[a:b]
    return out


def hours_since_at(store_or_served: Any, t: Any) -> tuple[np.ndarray, np.ndarray]:
    """(segment ids, hours since the last pass at or before ``t``; NaN: none yet), vectorised."""
    served = store_or_served if isinstance(store_or_served, Mapping) else served_times(store_or_served)
    if not isinstance(served, ServedTimes):
        served = ServedTimes(served)
    ids, starts, times, key = served.flat()
    te = _epoch(t)
    if not len(ids):
        return ids, np.zeros(0)
    rank = np.arange(len(ids), dtype=np.float64)
    rel = min(max(te - served._t0, -0.5), served._span - 0.5)      # stays within each segment's key range
    pos = np.searchsorted(key, rank * served._span + rel, side="right") - 1
    has = pos >= starts
    hours = np.full(len(ids), np.nan)
    hours[has] = (te - times[pos[has]]) / 3600.0
    return ids, hours


def band_codes_at(store_or_served: Any, t: Any) -> tuple[np.ndarray, np.ndarray]:
    """(segment ids, band numbers into :data:`BANDS`) at ``t``: what a layer recolours with on a clock step."""
    ids, hours = hours_since_at(store_or_served, t)
    return ids, band_index(hours)


def bands_at(store_or_served: Any, t: Any) -> dict[int, str]:
    """``{segment_id: band}`` at time ``t`` (datetime, ISO text or epoch seconds) from a store or from
    :func:`served_times` (a plain ``{segment_id: sorted epoch seconds}`` dict works too)."""
    ids, codes = band_codes_at(store_or_served, t)
    names = np.asarray(BANDS, dtype=object)[codes]
    return dict(zip(ids.tolist(), names.tolist()))


# -- reading results ---------------------------------------------------------------------------------------------

def window(store: Any) -> tuple[dt.datetime, dt.datetime] | None:
    """The window of the last ``snow-coverage`` run (Japan time), or None when it has not run."""
    rows = store.query("SELECT min(window_start), max(window_end) FROM snow_service_levels")
    if not rows or rows[0][0] is None:
        return None
    return rows[0][0].astimezone(TOKYO), rows[0][1].astimezone(TOKYO)


def coverage_over_time(store: Any, step_s: float = 600) -> dict[int, list[tuple[dt.datetime, float]]]:
    """``{tier: [(time, % of the tier's length served since the window's start)]}`` every ``step_s`` seconds
    from the window's start to its end (both included; times in Japan time), for the chart."""
    w = window(store)
    if w is None:
        return {}
    start, end = w[0].timestamp(), w[1].timestamp()
    steps = np.arange(start, end, float(step_s)) if end > start else np.zeros(0)
    steps = np.r_[steps, end]
    rows = store.query_arrow("SELECT tier, length_m, epoch_us(first_served) AS t FROM snow_segment_coverage "
                             "WHERE tier IS NOT NULL")
    tier = rows["tier"].to_numpy().astype(np.int64) if rows.num_rows else np.zeros(0, np.int64)
    length = rows["length_m"].fill_null(0.0).to_numpy().astype(np.float64) if rows.num_rows else np.zeros(0)
    t = rows["t"].fill_null(np.iinfo(np.int64).max).to_numpy().astype(np.float64) / 1e6 if rows.num_rows \
        else np.zeros(0)
    out = {}
    times = [dt.datetime.fromtimestamp(s, TOKYO) for s in steps.tolist()]
    for k in np.unique(tier).tolist():
        sel = tier == k
        total = length[sel].sum()
        order = np.argsort(t[sel], kind="stable")
        ts, cum = t[sel][order], np.cumsum(length[sel][order])
        n = np.searchsorted(ts, steps, side="right")
        pct = np.where(n > 0, cum[np.maximum(n - 1, 0)], 0.0) / total * 100.0 if total > 0 else np.zeros(len(steps))
        out[int(k)] = list(zip(times, pct.tolist()))
    return out


def _segment_rows(store: Any, state: str, tier: int | None) -> list[dict[str, Any]]:
    where, args = ("AND c.tier = ?", [state, int(tier)]) if tier is not None else ("", [state])
    cur = store.cursor()
    try:
        res = cur.execute(
            "SELECT c.segment_id, c.tier, c.length_m, s.name, s.road_class, c.first_served, c.target_h, c.passes "
            "FROM snow_segment_coverage c LEFT JOIN road_segments s ON s.id = c.segment_id "
            f"WHERE c.state = ? {where} ORDER BY c.tier, c.length_m DESC, c.segment_id", args)
        names = [d[0] for d in res.description]
        rows = [dict(zip(names, r)) for r in res.fetchall()]
    finally:
        cur.close()
    for r in rows:
        if r["first_served"] is not None:
            r["first_served"] = r["first_served"].astimezone(TOKYO)
    return rows


def missed(store: Any, tier: int | None = None) -> list[dict[str, Any]]:
    """Segments not served in the window (of one tier, or all), longest first within each tier: dicts with
    ``segment_id, tier, length_m, name, road_class, first_served`` (None), ``target_h``, ``passes``."""
    return _segment_rows(store, "missed", tier)


def late(store: Any, tier: int | None = None) -> list[dict[str, Any]]:
    """Segments first served after their target (of one tier, or all), longest first within each tier; the same
    keys as :func:`missed`, ``first_served`` in Japan time."""
    return _segment_rows(store, "late", tier)


# -- route tiers ----------------------------------------------------------------------------------------------------

def rule_tiers(road_class: np.ndarray, emergency_class: np.ndarray) -> np.ndarray:
    """Tier 1 / 2 / 3 of segments by road class and 緊急輸送道路 class (NaN or 0: none); see the docstring."""
    cls = np.asarray([str(c).strip().lower() if c is not None else "" for c in road_class], dtype=object)
    em = np.nan_to_num(np.asarray(emergency_class, np.float64), nan=0.0)
    t1 = np.isin(cls, list(TIER1_CLASSES)) | (em == 1) | (em == 2)
    t2 = np.isin(cls, list(TIER2_CLASSES)) | (em == 3)
    return np.where(t1, 1, np.where(t2, 2, 3)).astype(np.int64)


def file_tiers(index: SegmentIndex, seg_ids: np.ndarray, lines: pa.Table) -> tuple[np.ndarray, np.ndarray]:
    """(tier, target_h) per segment of ``index`` from ``route_tier_lines`` rows (``tier, target_h, segment_id,
    wkb``): 0 and NaN where the file says nothing. Named segments first, then lines along ≥ half of a segment."""
    n = len(seg_ids)
    tier = np.zeros(n, np.int64)
    target = np.full(n, np.nan)
    if not lines.num_rows:
        return tier, target
    ltier = lines["tier"].to_numpy().astype(np.int64)
    ltarget = lines["target_h"].fill_null(np.nan).to_numpy().astype(np.float64)
    lseg = lines["segment_id"].fill_null(-1).to_numpy().astype(np.int64)
    wkb = lines["wkb"].to_numpy(zero_copy_only=False)
    geo = np.flatnonzero((lseg < 0) & np.asarray([w is not None for w in wkb], bool))
    if len(geo):
        geoms = shapely.from_wkb(wkb[geo])
        ax, ay, bx, by, owner, _ = line_pieces(geoms)
        c = index.clip(ax, ay, bx, by)
        line = geo[owner[c.piece]]
        # one group per (tier, segment): the union of all lines of that tier along the segment
        key = ltier[line] * (n + 1) + c.seg
        uk, group = np.unique(key, return_inverse=True)
        covered = union_length(group, c.lo, c.hi, len(uk))
        gt, gs = uk // (n + 1), uk % (n + 1)
        gtarget = np.full(len(uk), np.nan)
        np.fmin.at(gtarget, group, ltarget[line])              # the smallest target the lines give (NaN: none)
        ok = np.flatnonzero(covered >= TIER_SHARE * index.length[gs] - 1e-9)
        ok = ok[np.lexsort((gt[ok], gs[ok]))]                   # per segment, its lowest tier first
        first = ok[np.r_[True, gs[ok][1:] != gs[ok][:-1]]] if len(ok) else ok
        tier[gs[first]] = gt[first]
        target[gs[first]] = gtarget[first]
    named = np.flatnonzero(lseg >= 0)
    if len(named):
        pos = np.searchsorted(seg_ids, lseg[named])
        pos = np.minimum(pos, max(n - 1, 0))
        found = (n > 0) & (seg_ids[pos] == lseg[named]) if n else np.zeros(len(named), bool)
        for k, s in zip(named[found].tolist(), pos[found].tolist()):
            tier[s] = ltier[k]
            target[s] = ltarget[k]
    return tier, target


# -- the analysis -------------------------------------------------------------------------------------------------

def _parse_window(p: Mapping[str, Any], t: np.ndarray) -> tuple[float | None, float | None]:
    def one(name: str) -> float | None:
        text = str(p.get(name) or "").strip()
        if not text:
            return None
        try:
            return aware(text).timestamp()
        except ValueError as exc:
            raise TwinError(f"snow-coverage: {name} {text!r} is not a time ({exc})") from None
    start, end = one("from"), one("to")
    if start is None and len(t):
        start = float(t.min())
    if end is None and len(t):
        end = float(t.max())
    if start is not None and end is not None and end < start:
        raise TwinError(f"snow-coverage: the window ends ({p.get('to')}) before it starts ({p.get('from')})")
    return start, end


def _insert(cur: Any, table: str, data: pa.Table, sql_select: str = "*") -> None:
    cur.execute(f"DELETE FROM {table}")
    name = f"_snow_{table}"
    cur.register(name, data)
    try:
        cur.execute(f"INSERT INTO {table} BY NAME SELECT {sql_select} FROM {name}")
    finally:
        cur.unregister(name)


def run(ctx: AnalysisContext) -> None:
    """trips → route tiers → passes → coverage and service levels → vehicles; see the module docstring."""
    p, cur = ctx.params, ctx.cursor
    ctx.progress(0, 5, "trips")
    fixes = read_fixes(cur)
    trips = build_trips(fixes, p)
    write_trips(cur, trips)
    start, end = _parse_window(p, fixes.t)
    if not len(fixes):
        ctx.warn("no plough fixes in the project: nothing was served (import a plough feed first)")

    ctx.progress(1, 5, "route tiers")
    segs = cur.execute("SELECT id, length_m, road_class, emergency_class, ST_AsWKB(geom) AS wkb FROM road_segments "
                       "WHERE geom IS NOT NULL AND NOT ST_IsEmpty(geom) ORDER BY id").to_arrow_table()
    seg_ids = segs["id"].to_numpy().astype(np.int64) if segs.num_rows else np.zeros(0, np.int64)
    geoms = shapely.from_wkb(segs["wkb"].to_numpy(zero_copy_only=False)) if segs.num_rows else np.empty(0, object)
    if not segs.num_rows:
        ctx.warn("no road segments in the project: no coverage (import a road network first)")
    index = SegmentIndex(geoms, p["buffer_m"])
    lines = cur.execute("SELECT tier, target_h, segment_id, ST_AsWKB(geom) AS wkb FROM route_tier_lines "
                        "ORDER BY id").to_arrow_table()
    ftier, ftarget = file_tiers(index, seg_ids, lines)
    emergency = segs["emergency_class"].fill_null(0).to_numpy().astype(np.float64) if segs.num_rows else np.zeros(0)
    road_class = segs["road_class"].to_numpy(zero_copy_only=False) if segs.num_rows else np.empty(0, object)
    from_file = ftier > 0
    tier = np.where(from_file, ftier, rule_tiers(road_class, emergency))
    defaults = np.asarray([p["target_h_tier1"], p["target_h_tier2"], p["target_h_tier3"]])
    target = np.where(from_file & ~np.isnan(ftarget), ftarget, defaults[np.clip(tier, 1, 3) - 1])
    if lines.num_rows:
        named = lines["segment_id"].drop_null().to_numpy().astype(np.int64)
        unknown = np.setdiff1d(named, seg_ids)
        if len(unknown):
            ctx.warn(f"{len(unknown)} route tier row(s) name road segments that are not in the project (e.g. "
                     f"{int(unknown[0])}); their segments got their tier by rule")
    _insert(cur, "route_tiers", pa.table({
        "segment_id": pa.array(seg_ids, pa.int64()), "tier": pa.array(tier, pa.int32()),
        "target_h": pa.array(target, pa.float64()),
        "origin": pa.array(np.where(from_file, "file", "rule").astype(object), pa.string())}))

    ctx.progress(2, 5, "passes")
    pc = trips.pieces
    timed = start is not None and end is not None
    inside = (pc.t0 >= start) & (pc.t1 <= end) if timed and len(pc) else np.zeros(len(pc), bool)
    passes = find_passes(pc, index, p["min_share"], mask=inside, check=ctx.check_cancelled)
    vehicles = np.asarray(fixes.vehicles, dtype=object)
    pass_vehicle = trips.vehicle[passes.trip]
    _insert(cur, "snow_passes", pa.table({
        "segment_id": pa.array(seg_ids[passes.seg], pa.int64()), "trip_id": pa.array(passes.trip + 1, pa.int64()),
        "vehicle_id": pa.array(vehicles[pass_vehicle] if len(passes) else [], pa.string()),
        "entered_at": epoch_to_arrow(passes.entered), "served_at": epoch_to_arrow(passes.served),
        "share": pa.array(passes.share, pa.float64())}))

    ctx.progress(3, 5, "coverage")
    n = len(seg_ids)
    count = np.bincount(passes.seg, minlength=n)
    first = np.full(n, np.inf)
    np.minimum.at(first, passes.seg, passes.served)
    last = np.full(n, -np.inf)
    np.maximum.at(last, passes.seg, passes.served)
    served = count > 0
    within = served & (first - (start or 0.0) <= target * 3600.0 + 1e-6)
    state = np.where(within, "served", np.where(served, "late", "missed")).astype(object)
    length = segs["length_m"].fill_null(np.nan).to_numpy().astype(np.float64) if n else np.zeros(0)
    length = np.where(np.isnan(length) | (length <= 0), index.length, length)
    _insert(cur, "snow_segment_coverage", pa.table({
        "segment_id": pa.array(seg_ids, pa.int64()), "tier": pa.array(tier, pa.int32()),
        "target_h": pa.array(target, pa.float64()), "length_m": pa.array(length, pa.float64()),
        "passes": pa.array(count, pa.int32()), "first_served": epoch_to_arrow(first, ~served),
        "last_served": epoch_to_arrow(last, ~served), "within_target": pa.array(within, pa.bool_()),
        "state": pa.array(state, pa.string())}))
    levels = []
    for k in np.unique(tier).tolist():
        sel = tier == k
        tk = np.unique(target[sel])
        total = float(length[sel].sum())
        ok = float(length[sel & within].sum())
        levels.append({"tier": int(k), "target_h": float(tk[0]) if len(tk) == 1 else float(defaults[min(k, 3) - 1]),
                       "segments": int(sel.sum()), "length_km": total / 1000.0,
                       "served_km": float(length[sel & served].sum()) / 1000.0,
                       "served_within_target_km": ok / 1000.0,
                       "served_within_target_pct": ok / total * 100.0 if total > 0 else None})
    lv = pa.Table.from_pylist(levels, schema=pa.schema([
        ("tier", pa.int32()), ("target_h", pa.float64()), ("segments", pa.int32()), ("length_km", pa.float64()),
        ("served_km", pa.float64()), ("served_within_target_km", pa.float64()),
        ("served_within_target_pct", pa.float64())]))
    nl = lv.num_rows
    lv = lv.append_column("window_start", epoch_to_arrow(np.full(nl, start or 0.0), np.full(nl, start is None)))
    lv = lv.append_column("window_end", epoch_to_arrow(np.full(nl, end or 0.0), np.full(nl, end is None)))
    _insert(cur, "snow_service_levels", lv)

    ctx.progress(4, 5, "vehicles")
    nv = len(vehicles)
    moving = pc.speed >= p["blade_speed_min_kmh"]
    dur = np.where(inside, (pc.t1 - pc.t0) / 3600.0, 0.0)
    length_in = np.where(inside, pc.length, 0.0)
    km_down = np.bincount(pc.vehicle, weights=np.where(pc.blade, length_in, 0.0), minlength=nv) / 1000.0
    km_up = np.bincount(pc.vehicle, weights=np.where(pc.blade, 0.0, length_in), minlength=nv) / 1000.0
    work = np.bincount(pc.vehicle, weights=np.where(moving, dur, 0.0), minlength=nv)
    idle = np.bincount(pc.vehicle, weights=np.where(moving, 0.0, dur), minlength=nv)
    overlap = ((trips.ended >= start) & (trips.started <= end)) if timed else np.zeros(trips.n, bool)
    n_trips = np.bincount(trips.vehicle[overlap], minlength=nv)
    pairs = np.unique(pass_vehicle * max(n, 1) + passes.seg) if len(passes) else np.zeros(0, np.int64)
    n_segs = np.bincount(pairs // max(n, 1), minlength=nv)
    active = (n_trips > 0) | (np.bincount(pc.vehicle[inside], minlength=nv) > 0)
    _insert(cur, "snow_vehicle_summary", pa.table({
        "vehicle_id": pa.array(vehicles[active], pa.string()), "trips": pa.array(n_trips[active], pa.int32()),
        "km_ploughed": pa.array(km_down[active], pa.float64()), "km_deadhead": pa.array(km_up[active], pa.float64()),
        "working_h": pa.array(work[active], pa.float64()), "idle_h": pa.array(idle[active], pa.float64()),
        "segments_served": pa.array(n_segs[active], pa.int32())}))
    ctx.progress(5, 5, "done")


SNOW_COVERAGE = Analysis(
    "snow-coverage", L("除雪の状況", "Snow coverage"), run, params=PARAMS,
    inputs=("plough_points", "road_segments", "route_tier_lines"),
    outputs=("plough_trips", "route_tiers", "snow_passes", "snow_segment_coverage", "snow_service_levels",
             "snow_vehicle_summary"),
    description="Split plough tracks into trips, find the passes that served each road segment, service levels per "
                "route tier against their targets, and the work of each vehicle.")

__all__ = ["BANDS", "BAND_EDGES_H", "PARAMS", "SNOW_COVERAGE", "STATES", "TIERS", "ServedTimes", "band_codes_at",
           "band_index", "band_of", "bands_at", "coverage_over_time", "file_tiers", "hours_since_at", "late",
           "missed", "rule_tiers", "run", "served_times", "window"]
