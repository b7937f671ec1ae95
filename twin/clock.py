"""The twin's clock: one current time and one time range for the whole document (evented, Qt-free).

Every temporal layer (a layer with a :class:`~twin.themes.TimeSpec`) follows it: road reports received up to
the current time, plough coverage at a moment, population of the current year, scenario phases standing then.
:func:`time_mask` says which features of a layer are shown at the clock's time; :func:`time_filter_sql` is the
same rule as SQL (for the attribute table and the CLI).

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


def _as_epoch(values: np.ndarray) -> np.ndarray:
    """Timestamps (datetime64, datetimes, or years as numbers) → float seconds since the epoch, NaN for null."""
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


def time_mask(spec: TimeSpec, start_values: np.ndarray, end_values: np.ndarray | None,
              clock: TwinClock) -> np.ndarray:
    """Which features are shown at the clock's time (a bool array; all True when the clock is unset).

    * instant: happened at or before ``current`` and, when the clock has a start, not before it;
    * interval: ``start <= current < end`` (a null end is open, a null start is always);
    * year: the rows whose year is the latest year ≤ the clock's year among the layer's years.
    Features with no time are shown (they are not on the clock)."""
    n = len(start_values)
    if not clock.is_set or n == 0:
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
        if clock.start is not None:
            shown &= t0 >= clock.start.timestamp()
        return shown | np.isnan(t0)
    t1 = _as_epoch(np.asarray(end_values)) if end_values is not None else np.full(n, np.nan)
    return (np.isnan(t0) | (t0 <= now)) & (np.isnan(t1) | (now < t1))


def time_filter_sql(spec: TimeSpec, clock: TwinClock, *, year: int | None = None) -> str | None:
    """:func:`time_mask`'s rule as an SQL condition for the clock's time (None when the clock is unset).
    For ``year`` layers pass the resolved ``year`` (the latest year of the layer not after the clock's year)."""
    if not clock.is_set:
        return None
    a = '"' + spec.attribute.replace('"', '""') + '"'
    if spec.kind == "year":
        return f"({a} IS NULL OR {a} = {int(year if year is not None else clock.current.year)})"
    now = f"TIMESTAMPTZ '{clock.current.isoformat()}'"
    if spec.kind == "instant":
        cond = f"{a} <= {now}"
        if clock.start is not None:
            cond += f" AND {a} >= TIMESTAMPTZ '{clock.start.isoformat()}'"
        return f"({a} IS NULL OR ({cond}))"
    b = '"' + (spec.end_attribute or "").replace('"', '""') + '"'
    return f"(({a} IS NULL OR {a} <= {now}) AND ({b} IS NULL OR {now} < {b}))"


__all__ = ["TOKYO", "TwinClock", "aware", "time_filter_sql", "time_mask"]
