"""Plough trips: the fixes of ``plough_points`` split into trips per vehicle, thinned, cut into straight pieces
with the blade up or down (the first step of the analysis ``snow-coverage``, :mod:`twin.snow_coverage`).
Qt-free; numpy and shapely, every step on whole arrays.

**Trips.** A vehicle's fixes, in time order, start a new trip wherever the time between two fixes is more than
``trip_gap_s`` (120 s: the gap at which *where-the-plow* splits its trails, operations reference §2.4; a plough that
stops reporting for two minutes has parked, lost its signal or left the network). Trips are numbered 1 … n by
vehicle id and start time and every fix gets its ``plough_points.trip_id`` (fixes without a position are left out
and keep NULL). One ``plough_trips`` row per trip: start and end, fixes, km along the (thinned) fixes, km of it with
the blade down, the blade rule used and the line of the thinned fixes (NULL for a trip of one fix).

**Thinning.** ``thin_s`` > 0 keeps the first fix of each ``thin_s``-second bucket (aligned to the epoch, as
DuckDB's ``time_bucket``) of a trip; the others still get the trip id but draw no piece. 0 (default) keeps every fix:
phone tracks at 1 s are dense but cheap here (1 M fixes in a few seconds, ``benchmarks/snow.py``).

**Pieces.** Consecutive kept fixes of a trip make a straight *piece*. Its speed is the speed recorded at its end
fix (the feed's own, else the importer's from the previous fix), or its length over its duration when that is
missing. A piece is *moving* when its speed is at least ``blade_speed_min_kmh`` and *standing* otherwise.

**Blade down.** Feeds that carry a blade / plough-down flag (AVL CSV ``blade_down``) are believed: a trip with
at least one flagged fix uses the flags (``blade_rule`` ``'flag'``); a fix without a flag in such a trip takes the
last flag before it (else the first after it), as AVL units report state changes; a piece has the state of its
start fix. Most public feeds have no flag (operations reference §2.1): a trip without any uses the **speed-band
rule** (``blade_rule`` ``'speed'``): a piece is blade-down when ``blade_speed_min_kmh`` (3 km/h) ≤ speed ≤
``blade_speed_max_kmh`` (45 km/h). Ploughing happens at working speed (about 10–40 km/h for a truck plough); faster
is deadheading to or from the route, slower is standing. Both bounds are configurable defaults, not a standard.

=========================  ========  ============================================================================
parameter                  default   meaning
=========================  ========  ============================================================================
``trip_gap_s``             120       a gap longer than this (s) between two fixes of a vehicle starts a new trip
``thin_s``                 0         keep the first fix per bucket of this many seconds (0: keep all)
``blade_speed_min_kmh``    3         slower pieces are standing (blade up by the speed rule, idle time)
``blade_speed_max_kmh``    45        faster pieces are deadheading (blade up by the speed rule)
=========================  ========  ============================================================================
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

import numpy as np
import pyarrow as pa
import shapely

from twin.themes import Label as L, Param

#: blade rules written to ``plough_trips.blade_rule``
RULE_FLAG, RULE_SPEED = "flag", "speed"

PARAMS = (
    Param("trip_gap_s", "float", 120.0, L("運行を分ける時間の空き (秒)", "Trip gap (s)"), minimum=1.0),
    Param("thin_s", "float", 0.0, L("間引き (秒ごとに1点、0: しない)", "Thin to one fix per (s; 0: keep all)"),
          minimum=0.0),
    Param("blade_speed_min_kmh", "float", 3.0, L("除雪作業の最低速度 (km/h)", "Ploughing speed from (km/h)"),
          minimum=0.0),
    Param("blade_speed_max_kmh", "float", 45.0, L("除雪作業の最高速度 (km/h)", "Ploughing speed up to (km/h)"),
          minimum=0.0),
)


@dataclass
class Fixes:
    """Plough fixes sorted by vehicle, time and id. ``vehicle`` indexes ``vehicles``; ``t`` is epoch seconds;
    ``speed`` km/h (NaN: none); ``flag`` 1 blade down, 0 up, −1 no flag."""

    id: np.ndarray
    vehicle: np.ndarray
    vehicles: list[str]
    t: np.ndarray
    x: np.ndarray
    y: np.ndarray
    speed: np.ndarray
    flag: np.ndarray

    def __len__(self) -> int:
        return len(self.id)


@dataclass
class Pieces:
    """Straight pieces between consecutive kept fixes of a trip, in trip and time order. ``seq`` numbers the
    pieces so that two pieces follow each other within a trip exactly when their ``seq`` differ by 1."""

    seq: np.ndarray
    trip: np.ndarray        # trip index (0-based; trip id = index + 1)
    vehicle: np.ndarray     # vehicle index
    ax: np.ndarray
    ay: np.ndarray
    bx: np.ndarray
    by: np.ndarray
    t0: np.ndarray
    t1: np.ndarray
    length: np.ndarray      # m
    speed: np.ndarray       # km/h
    blade: np.ndarray       # bool

    def __len__(self) -> int:
        return len(self.seq)

    def take(self, mask: np.ndarray) -> "Pieces":
        return Pieces(**{k: v[mask] for k, v in self.__dict__.items()})


@dataclass
class Trips:
    """The result of :func:`build_trips`: per fix its trip index, per trip its vehicle, first and last fix time,
    fix count and blade rule, and the pieces."""

    fixes: Fixes
    trip: np.ndarray            # per fix, 0-based
    keep: np.ndarray            # per fix, kept by thinning
    vehicle: np.ndarray         # per trip
    started: np.ndarray         # per trip, epoch s
    ended: np.ndarray
    points: np.ndarray
    rule: np.ndarray            # per trip, RULE_FLAG / RULE_SPEED
    pieces: Pieces

    @property
    def n(self) -> int:
        return len(self.vehicle)


# -- the steps, on arrays ---------------------------------------------------------------------------------------

def split_trips(vehicle: np.ndarray, t: np.ndarray, gap_s: float) -> np.ndarray:
    """Trip index (0, 1, …) of each fix; fixes sorted by vehicle and time. A new trip starts at a vehicle's first
    fix and wherever the time since the previous fix is more than ``gap_s``."""
    n = len(t)
    if not n:
        return np.zeros(0, np.int64)
    start = np.ones(n, bool)
    start[1:] = (vehicle[1:] != vehicle[:-1]) | (np.diff(t) > gap_s)
    return np.cumsum(start) - 1


def thin(trip: np.ndarray, t: np.ndarray, thin_s: float) -> np.ndarray:
    """Which fixes to keep: the first of each ``thin_s``-second bucket (epoch-aligned) of each trip (all when
    ``thin_s`` ≤ 0)."""
    n = len(t)
    if thin_s <= 0 or not n:
        return np.ones(n, bool)
    bucket = np.floor(t / thin_s)
    keep = np.ones(n, bool)
    keep[1:] = (trip[1:] != trip[:-1]) | (bucket[1:] != bucket[:-1])
    return keep


def fill_flags(trip: np.ndarray, flag: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """(blade state per fix, whether each trip has flags) from flags 1 / 0 / −1 (none): within a trip with a
    flag, a fix without one takes the last flag before it, else the first after it."""
    n = len(flag)
    n_trips = int(trip[-1]) + 1 if n else 0
    has = flag >= 0
    flagged = np.zeros(n_trips, bool)
    flagged[trip[has]] = True
    idx = np.arange(n)
    first = np.ones(n, bool)
    first[1:] = trip[1:] != trip[:-1]
    trip_start = np.maximum.accumulate(np.where(first, idx, 0)) if n else idx
    last = np.ones(n, bool)
    last[:-1] = trip[1:] != trip[:-1]
    trip_end = np.minimum.accumulate(np.where(last, idx, n)[::-1])[::-1] if n else idx
    before = np.maximum.accumulate(np.where(has, idx, -1)) if n else idx
    after = np.minimum.accumulate(np.where(has, idx, n)[::-1])[::-1] if n else idx
    src = np.where(before >= trip_start, before, np.where(after <= trip_end, after, -1))
    state = np.where(src >= 0, flag[np.maximum(src, 0)] == 1, False)
    return state, flagged


def build_trips(fixes: Fixes, p: dict[str, Any]) -> Trips:
    """Trips, thinning and pieces of ``fixes`` with the parameters ``p`` (see the module docstring)."""
    n = len(fixes)
    trip = split_trips(fixes.vehicle, fixes.t, p["trip_gap_s"])
    keep = thin(trip, fixes.t, p["thin_s"])
    n_trips = int(trip[-1]) + 1 if n else 0
    first = np.ones(n, bool)
    first[1:] = trip[1:] != trip[:-1]
    starts = np.flatnonzero(first)
    ends = np.r_[starts[1:], n] - 1 if n else starts
    state, flagged = fill_flags(trip, fixes.flag)

    k = np.flatnonzero(keep)
    j = np.flatnonzero(trip[k[1:]] == trip[k[:-1]]) if len(k) > 1 else np.zeros(0, np.int64)
    a, b = k[j], k[j + 1]
    ax, ay, bx, by = fixes.x[a], fixes.y[a], fixes.x[b], fixes.y[b]
    length = np.hypot(bx - ax, by - ay)
    dt = fixes.t[b] - fixes.t[a]
    with np.errstate(divide="ignore", invalid="ignore"):
        own = np.where(dt > 0, length / dt * 3.6, 0.0)
    speed = np.where(np.isnan(fixes.speed[b]), own, fixes.speed[b])
    ptrip = trip[a]
    by_speed = (speed >= p["blade_speed_min_kmh"]) & (speed <= p["blade_speed_max_kmh"])
    blade = np.where(flagged[ptrip], state[a], by_speed)
    pieces = Pieces(seq=j.astype(np.int64), trip=ptrip, vehicle=fixes.vehicle[a], ax=ax, ay=ay, bx=bx, by=by,
                    t0=fixes.t[a], t1=fixes.t[b], length=length, speed=speed, blade=blade)
    return Trips(fixes=fixes, trip=trip, keep=keep, vehicle=fixes.vehicle[starts], started=fixes.t[starts],
                 ended=fixes.t[ends], points=(ends - starts + 1).astype(np.int64),
                 rule=np.where(flagged, RULE_FLAG, RULE_SPEED).astype(object), pieces=pieces)


# -- the store --------------------------------------------------------------------------------------------------

def _col(table: pa.Table, name: str, fill: Any = None) -> np.ndarray:
    c = table[name]
    if fill is not None:
        c = c.fill_null(fill)
    return c.to_numpy(zero_copy_only=False)


def read_fixes(cur: Any) -> Fixes:
    """The fixes of ``plough_points`` with a position, sorted by vehicle, time and id."""
    rows = cur.execute(
        "SELECT id, vehicle_id, epoch_us(time) AS t, ST_X(geom) AS x, ST_Y(geom) AS y, speed, "
        "CASE WHEN blade_down IS NULL THEN -1 WHEN blade_down THEN 1 ELSE 0 END::TINYINT AS flag "
        "FROM plough_points WHERE geom IS NOT NULL AND NOT ST_IsEmpty(geom) ORDER BY vehicle_id, time, id"
    ).to_arrow_table()
    veh = rows["vehicle_id"].combine_chunks().dictionary_encode() if rows.num_rows else None
    return Fixes(
        id=_col(rows, "id").astype(np.int64),
        vehicle=(veh.indices.to_numpy(zero_copy_only=False).astype(np.int64) if veh is not None
                 else np.zeros(0, np.int64)),
        vehicles=veh.dictionary.to_pylist() if veh is not None else [],
        t=_col(rows, "t").astype(np.int64) / 1e6,
        x=_col(rows, "x").astype(np.float64), y=_col(rows, "y").astype(np.float64),
        speed=_col(rows, "speed", np.nan).astype(np.float64), flag=_col(rows, "flag").astype(np.int8))


def epoch_to_arrow(t: np.ndarray, mask: np.ndarray | None = None) -> pa.Array:
    """Epoch seconds → an Arrow ``timestamp[us, UTC]`` array (``mask``: nulls)."""
    us = np.round(np.asarray(t, np.float64) * 1e6)
    if mask is not None:
        us = np.where(mask, 0, us)
    return pa.array(us.astype(np.int64), pa.int64(), mask=mask).cast(pa.timestamp("us", tz="UTC"))


def write_trips(cur: Any, trips: Trips) -> None:
    """``plough_points.trip_id`` (only rows whose trip changed) and the ``plough_trips`` rows of ``trips``."""
    fx = trips.fixes
    update = pa.table({"id": pa.array(fx.id, pa.int64()), "trip_id": pa.array(trips.trip + 1, pa.int64())})
    cur.register("_snow_trip_ids", update)
    try:
        cur.execute("UPDATE plough_points SET trip_id = NULL WHERE trip_id IS NOT NULL AND (geom IS NULL OR "
                    "ST_IsEmpty(geom))")
        cur.execute("UPDATE plough_points AS p SET trip_id = u.trip_id FROM _snow_trip_ids AS u "
                    "WHERE p.id = u.id AND p.trip_id IS DISTINCT FROM u.trip_id")
    finally:
        cur.unregister("_snow_trip_ids")
    pc = trips.pieces
    m = trips.n
    km = np.bincount(pc.trip, weights=pc.length, minlength=m) / 1000.0
    km_down = np.bincount(pc.trip, weights=np.where(pc.blade, pc.length, 0.0), minlength=m) / 1000.0
    kept = np.flatnonzero(trips.keep)
    per_trip = np.bincount(trips.trip[kept], minlength=m)
    geom = np.full(m, None, dtype=object)
    line = per_trip >= 2
    if line.any():
        sel = kept[line[trips.trip[kept]]]
        tr = trips.trip[sel]
        rank = np.cumsum(np.r_[True, tr[1:] != tr[:-1]]) - 1           # consecutive: shapely wants no gaps
        lines = shapely.linestrings(fx.x[sel], fx.y[sel], indices=rank)
        geom[np.flatnonzero(line)] = shapely.to_wkb(lines)
    vehicles = np.asarray(fx.vehicles, dtype=object)
    table = pa.table({
        "trip_id": pa.array(np.arange(1, m + 1), pa.int64()),
        "vehicle_id": pa.array(vehicles[trips.vehicle] if m else [], pa.string()),
        "started_at": epoch_to_arrow(trips.started), "ended_at": epoch_to_arrow(trips.ended),
        "points": pa.array(trips.points, pa.int32()), "km": pa.array(km, pa.float64()),
        "km_blade_down": pa.array(km_down, pa.float64()), "blade_rule": pa.array(trips.rule, pa.string()),
        "wkb": pa.array(geom, pa.binary())})
    cur.execute("DELETE FROM plough_trips")
    cur.register("_snow_trips", table)
    try:
        cur.execute("INSERT INTO plough_trips BY NAME SELECT * EXCLUDE (wkb), ST_GeomFromWKB(wkb) AS geom "
                    "FROM _snow_trips")
    finally:
        cur.unregister("_snow_trips")


__all__ = ["Fixes", "PARAMS", "Pieces", "RULE_FLAG", "RULE_SPEED", "Trips", "build_trips", "epoch_to_arrow",
           "fill_flags", "read_fixes", "split_trips", "thin", "write_trips"]
