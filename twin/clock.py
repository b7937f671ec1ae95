"""The twin's clock: one current time and one time range for the whole document (evented, Qt-free).

Every temporal layer (a layer with a :class:`~twin.themes.TimeSpec`) follows it: road reports received up to
the current time, plough coverage at a moment, population of the current year, scenario phases standing then.
:func:`time_mask` says which features of a layer are shown at the clock's time; :func:`time_filter_sql` is the
same rule as SQL (for the attribute table and the CLI).

Kinds that look at many rows per feature (``since``: hours since a segment's latest plough pass; ``latest``: each
vehicle's latest fix) keep their times in an :class:`EventIndex` — events sorted by key, then time, in one array
with per-key offsets (CSR), read once per layer build — so that a clock step is one vectorised ``searchsorted``
over all keys (:meth:`EventIndex.latest`, :func:`since_hours`, :func:`latest_mask`).

Times are timezone-aware; a naive time is taken as Asia/Tokyo (the twin's local time).
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from typing import Any
from zoneinfo import ZoneInfo

import numpy as np

from twin.events import evented
from twin.themes import TimeSpec

TOKYO = ZoneInfo("Asia/Tokyo")


def aware(t: dt.datetime | dt.date | str | None) -> dt.datetime | None:
    """``t`` as a datetime in Asia/Tokyo: ISO text and dates are accepted; naive times are taken as Tokyo time,
    aware ones are converted (the same instant)."""
    if t is None:
        return None
    if isinstance(t, str):
        text = t.strip()
        if len(text) == 4 and text.isdigit():
            t = dt.datetime(int(text), 1, 1)
        else:
            try:
                t = dt.datetime.fromisoformat(text.replace("Z", "+00:00"))
            except ValueError:
                raise ValueError(f"not a time: {text!r} (use ISO 8601, e.g. 2026-01-15T06:00 or 2040)") from None
    elif not isinstance(t, dt.datetime):
        t = dt.datetime(t.year, t.month, t.day)
    return t.astimezone(TOKYO) if t.tzinfo is not None else t.replace(tzinfo=TOKYO)


@evented(connect_child_events=False)
@dataclass(eq=False)
class TwinClock:
    """``current`` (the moment shown), ``start`` … ``end`` (the range the time bar spans), ``step`` (one step
    of the step buttons and of play), ``playing``. Events: ``clock.events.current(new, old)`` and one per field.

    An unset clock (``current is None``) shows every feature of every temporal layer."""

    current: dt.datetime | None = None
    start: dt.datetime | None = None
    end: dt.datetime | None = None
    step: dt.timedelta = field(default_factory=lambda: dt.timedelta(hours=1))
    playing: bool = False

    def __post_init__(self) -> None:
        for name in ("current", "start", "end"):
            object.__setattr__(self, name, aware(getattr(self, name)))

    def __setattr__(self, name: str, value: Any) -> None:
        if name in ("current", "start", "end"):
            value = aware(value)
        if name == "current" and value is not None and self.__dict__.get("start") and self.__dict__.get("end"):
            value = min(max(value, self.start), self.end)
        if name == "step":
            if not isinstance(value, dt.timedelta) or value <= dt.timedelta(0):
                raise ValueError(f"a clock step must be a positive duration, not {value!r}")
        object.__setattr__(self, name, value)

    @property
    def is_set(self) -> bool:
        return self.current is not None

    def set_range(self, start: Any, end: Any, *, current: Any = None, step: dt.timedelta | None = None) -> None:
        """Set the range (and optionally the current time and step) at once; current defaults to start."""
        s, e = aware(start), aware(end)
        if s is None or e is None or e < s:
            raise ValueError(f"a time range needs start <= end, not {start!r} … {end!r}")
        self.start, self.end = s, e
        if step is not None:
            self.step = step
        self.current = aware(current) if current is not None else (self.current if self.current else s)

    def advance(self, steps: int = 1) -> bool:
        """Move by ``steps`` steps within the range; False (and no change) at an end."""
        if self.current is None:
            return False
        new = self.current + steps * self.step
        if self.end is not None and new > self.end:
            new = self.end
        if self.start is not None and new < self.start:
            new = self.start
        if new == self.current:
            return False
        self.current = new
        return True

    def clear(self) -> None:
        self.playing = False
        self.current = self.start = self.end = None

    def to_state(self) -> dict[str, Any]:
        iso = lambda t: t.isoformat() if t else None  # noqa: E731
        return {"current": iso(self.current), "start": iso(self.start), "end": iso(self.end),
                "step_seconds": self.step.total_seconds()}

    def restore(self, state: dict[str, Any] | None) -> None:
        """Inverse of :meth:`to_state` (an empty or broken state clears the clock)."""
        self.playing = False
        try:
            state = dict(state or {})
            self.step = dt.timedelta(seconds=float(state.get("step_seconds") or 3600))
            self.start, self.end = aware(state.get("start")), aware(state.get("end"))
            self.current = aware(state.get("current"))
        except (TypeError, ValueError):
            self.clear()


_EPOCH = dt.datetime(1970, 1, 1, tzinfo=dt.timezone.utc)
_US = dt.timedelta(microseconds=1)
#: microseconds per hour (``since`` values are hours)
US_PER_HOUR = 3_600_000_000


def epoch_us(t: dt.datetime | str | None) -> int | None:
    """``t`` (aware, naive = Tokyo, or ISO text) as integer microseconds since the epoch (exact)."""
    t = aware(t)
    return None if t is None else (t - _EPOCH) // _US


@dataclass(eq=False)
class EventIndex:
    """Events grouped by key, for the ``since`` and ``latest`` time kinds (CSR layout).

    ``keys`` (G,): the key of each group, ascending (a feature id, or a vehicle's code); ``offsets`` (G + 1,):
    the events of group ``g`` are ``offsets[g]:offsets[g + 1]``; ``times`` (E,): int64 microseconds since the
    epoch, ascending within each group; ``rows`` (E,): what each event is (the feature id of a row), or None.
    Build with :meth:`from_arrays`; :meth:`latest` answers "which event was each key's latest at time t"."""

    keys: np.ndarray
    offsets: np.ndarray
    times: np.ndarray
    rows: np.ndarray | None = None

    def __post_init__(self) -> None:
        # times shifted so that they increase over the whole array: group g lies in [g·stride, (g + 1)·stride)
        n = len(self.keys)
        self._t0 = int(self.times.min()) if len(self.times) else 0
        self._stride = int(self.times.max()) - self._t0 + 1 if len(self.times) else 1
        self._group = np.repeat(np.arange(n, dtype=np.int64), np.diff(self.offsets)) if n else np.empty(0, np.int64)
        self._shifted: np.ndarray | None = None
        if n and self._stride * n < 2 ** 62:
            self._shifted = (self.times - self._t0) + self._group * self._stride

    @classmethod
    def from_arrays(cls, keys: np.ndarray, times_us: np.ndarray, rows: np.ndarray | None = None) -> "EventIndex":
        """Group events given in any order: ``keys`` (sortable numbers), ``times_us`` (int64 µs), optional
        ``rows`` (also the tie-break: of two events at the same time the one with the larger row is later)."""
        keys = np.asarray(keys)
        times = np.asarray(times_us, dtype=np.int64)
        sort_keys = (times, keys) if rows is None else (np.asarray(rows), times, keys)
        order = np.lexsort(sort_keys) if len(keys) else np.empty(0, np.int64)
        keys, times = keys[order], times[order]
        rows = np.asarray(rows)[order] if rows is not None else None
        starts = np.flatnonzero(np.r_[True, keys[1:] != keys[:-1]]) if len(keys) else np.empty(0, np.int64)
        offsets = np.r_[starts, len(keys)].astype(np.int64)
        return cls(keys[starts], offsets, times, rows)

    @classmethod
    def empty(cls, key_dtype: Any = np.int64) -> "EventIndex":
        return cls(np.empty(0, key_dtype), np.zeros(1, np.int64), np.empty(0, np.int64), None)

    def __len__(self) -> int:
        return len(self.keys)

    @property
    def n_events(self) -> int:
        return len(self.times)

    def extent(self) -> tuple[int, int] | None:
        """The first and last event time (µs), or None without events."""
        return (int(self.times.min()), int(self.times.max())) if len(self.times) else None

    def latest(self, now_us: int, since_us: int | None = None) -> np.ndarray:
        """Per key: the index (into :attr:`times` / :attr:`rows`) of its latest event at or before ``now_us`` —
        −1 when it has none, or when that event is before ``since_us``. One ``searchsorted`` over all keys."""
        n = len(self.keys)
        if not n:
            return np.empty(0, np.int64)
        if self._shifted is not None:
            rel = now_us - self._t0
            if rel < 0:
                return np.full(n, -1, np.int64)
            rel = min(rel, self._stride - 1)
            targets = rel + np.arange(n, dtype=np.int64) * self._stride
            pos = np.searchsorted(self._shifted, targets, side="right") - 1
        else:   # a span × keys too large for int64 shifts: one search per key
            pos = np.array([self.offsets[g] + np.searchsorted(self.times[self.offsets[g]:self.offsets[g + 1]], now_us,
                                                              side="right") - 1 for g in range(n)], np.int64)
        ok = pos >= self.offsets[:-1]
        if since_us is not None:
            ok &= self.times[np.maximum(pos, 0)] >= since_us
        return np.where(ok, pos, -1)


def _clock_window(clock: "TwinClock", index: EventIndex) -> tuple[int | None, int | None]:
    """(now, since) in µs for an event index: the clock's time and start; an unset clock stands at the last
    event (None, None when there is none)."""
    if clock.is_set:
        return epoch_us(clock.current), epoch_us(clock.start) if clock.start is not None else None
    ext = index.extent()
    return (ext[1], None) if ext else (None, None)


def since_hours(index: EventIndex, clock: "TwinClock") -> np.ndarray:
    """Per key of ``index``: hours from its latest event (at or before the clock's time, not before the clock's
    start) to the clock's time; NaN when it has none ("never"). An unset clock stands at the last event."""
    now, since = _clock_window(clock, index)
    out = np.full(len(index), np.nan)
    if now is None or not len(index):
        return out
    pos = index.latest(now, since)
    ok = pos >= 0
    out[ok] = (now - index.times[pos[ok]]) / US_PER_HOUR
    return out


def latest_mask(index: EventIndex, clock: "TwinClock", max_age: dt.timedelta | None = None) -> np.ndarray:
    """Per event of ``index`` (aligned with :attr:`EventIndex.times`): True for each key's latest event at or
    before the clock's time that is at most ``max_age`` old (not before the clock's start either). An unset clock
    shows each key's last event."""
    shown = np.zeros(index.n_events, bool)
    now, since = _clock_window(clock, index)
    if now is None:
        return shown
    if not clock.is_set:
        since = None
    elif max_age is not None:
        oldest = now - max_age // _US
        since = oldest if since is None else max(since, oldest)
    pos = index.latest(now, since)
    shown[pos[pos >= 0]] = True
    return shown


def as_epoch(values: np.ndarray) -> np.ndarray:
    """Timestamps (datetime64, datetimes, or years as numbers) → float seconds since the epoch, NaN for null.
    Float arrays are taken as epoch seconds already (a layer converts its times once per build)."""
    if values.dtype.kind == "f":
        return values.astype(np.float64, copy=False)
    if values.dtype.kind == "M":
        out = values.astype("datetime64[us]").astype(np.int64).astype(np.float64) / 1e6
        out[np.isnat(values)] = np.nan
        return out
    out = np.full(len(values), np.nan)
    for i, v in enumerate(values):
        if v is None:
            continue
        if isinstance(v, dt.datetime):
            out[i] = aware(v).timestamp()
        elif isinstance(v, dt.date):
            out[i] = aware(v).timestamp()
        else:
            try:
                out[i] = float(v)
            except (TypeError, ValueError):
                pass
    return out


_as_epoch = as_epoch


def time_mask(spec: TimeSpec, start_values: np.ndarray, end_values: np.ndarray | None,
              clock: TwinClock, *, keys: np.ndarray | None = None, ids: np.ndarray | None = None) -> np.ndarray:
    """Which features are shown at the clock's time (a bool array; all True when the clock is unset).

    * instant: happened at or before ``current`` and, when the clock has a start, not before it (and with the
      spec's ``max_age``, at most that long before ``current``);
    * interval: ``start <= current < end`` (a null end is open, a null start is always);
    * year: the rows whose year is the latest year ≤ the clock's year among the layer's years;
    * since: every feature (the clock changes their value, not whether they show);
    * latest: per ``keys`` value (one per row, e.g. the vehicle) the row with the latest time at or before
      ``current`` within ``max_age`` (ties: the larger of ``ids``); an unset clock shows each key's last row.
      Layers build an :class:`EventIndex` once and call :func:`latest_mask` per step instead.
    Features with no time are shown (they are not on the clock), except in ``latest``."""
    n = len(start_values)
    if spec.kind == "latest":
        return _latest_rows(spec, start_values, keys, ids, clock)
    if not clock.is_set or n == 0 or spec.kind == "since":
        return np.ones(n, bool)
    if spec.kind == "year":
        years = _as_epoch(np.asarray(start_values, dtype=object))
        known = ~np.isnan(years)
        target = clock.current.year
        candidates = np.unique(years[known & (years <= target)])
        year = candidates[-1] if len(candidates) else (np.nanmin(years) if known.any() else np.nan)
        return ~known | (years == year)
    now = clock.current.timestamp()
    t0 = _as_epoch(np.asarray(start_values))
    if spec.kind == "instant":
        shown = t0 <= now
        if clock.start is not None and spec.window:
            shown &= t0 >= clock.start.timestamp()
        if spec.max_age is not None:
            shown &= t0 >= now - spec.max_age.total_seconds()
        return shown | np.isnan(t0)
    t1 = _as_epoch(np.asarray(end_values)) if end_values is not None else np.full(n, np.nan)
    return (np.isnan(t0) | (t0 <= now)) & (np.isnan(t1) | (now < t1))


def _latest_rows(spec: TimeSpec, times: np.ndarray, keys: np.ndarray | None, ids: np.ndarray | None,
                 clock: TwinClock) -> np.ndarray:
    if keys is None:
        raise ValueError("a 'latest' time needs the key of every row (e.g. the vehicle)")
    t = _as_epoch(np.asarray(times))
    known = ~np.isnan(t)
    codes = np.unique(np.asarray(keys, dtype=object).astype(str), return_inverse=True)[1]
    rows = (np.arange(len(t)) if ids is None else np.asarray(ids))[known]
    us = np.round(t[known] * 1e6).astype(np.int64)
    order = np.lexsort((rows, us, codes[known]))
    index = EventIndex.from_arrays(codes[known], us, rows)
    shown_events = latest_mask(index, clock, spec.max_age)
    # from_arrays sorted the same way: map its events back to the rows
    out = np.zeros(len(t), bool)
    out[np.flatnonzero(known)[order[shown_events]]] = True
    return out


def time_filter_sql(spec: TimeSpec, clock: TwinClock, *, year: int | None = None, table: str | None = None,
                    id_column: str | None = None) -> str | None:
    """:func:`time_mask`'s rule as an SQL condition for the clock's time (None when the clock is unset, and for
    ``since``, which shows every feature). For ``year`` layers pass the resolved ``year`` (the latest year of the
    layer not after the clock's year); ``latest`` needs the layer's ``table`` (a FROM clause) and ``id_column``."""
    if not clock.is_set or spec.kind == "since":
        return None
    a = '"' + spec.attribute.replace('"', '""') + '"'
    if spec.kind == "year":
        return f"({a} IS NULL OR {a} = {int(year if year is not None else clock.current.year)})"
    now = f"TIMESTAMPTZ '{clock.current.isoformat()}'"
    oldest = (f"TIMESTAMPTZ '{(clock.current - spec.max_age).isoformat()}'"
              if spec.max_age is not None else None)
    if spec.kind == "instant":
        cond = f"{a} <= {now}"
        if clock.start is not None and spec.window:
            cond += f" AND {a} >= TIMESTAMPTZ '{clock.start.isoformat()}'"
        if oldest is not None:
            cond += f" AND {a} >= {oldest}"
        return f"({a} IS NULL OR ({cond}))"
    if spec.kind == "latest":
        if not table or not id_column:
            raise ValueError("a 'latest' time filter needs the layer's table and id column")
        k = '"' + (spec.key or "").replace('"', '""') + '"'
        i = '"' + id_column.replace('"', '""') + '"'
        cond = f"{a} <= {now}"
        if clock.start is not None:
            cond += f" AND {a} >= TIMESTAMPTZ '{clock.start.isoformat()}'"
        if oldest is not None:
            cond += f" AND {a} >= {oldest}"
        return (f"({i} IN (SELECT max(r.{i}) FROM {table} r JOIN (SELECT {k} AS k, max({a}) AS t FROM {table} "
                f"WHERE {cond} GROUP BY {k}) m ON r.{k} = m.k AND r.{a} = m.t GROUP BY r.{k}))")
    b = '"' + (spec.end_attribute or "").replace('"', '""') + '"'
    return f"(({a} IS NULL OR {a} <= {now}) AND ({b} IS NULL OR {now} < {b}))"


__all__ = ["EventIndex", "TOKYO", "TwinClock", "US_PER_HOUR", "as_epoch", "aware", "epoch_us", "latest_mask", "since_hours",
           "time_filter_sql", "time_mask"]
