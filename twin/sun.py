"""The sun's position at the project's location, from pvlib's NREL Solar Position Algorithm (SPA).

* :func:`sun_position` — azimuth (degrees clockwise from true north) and apparent elevation (degrees above the
  horizon, with atmospheric refraction) at one moment;
* :func:`sun_path` — the same for many moments at once (numpy arrays);
* :func:`true_solar_to_jst` — a clock reading in **true solar time** (what Japan's 日影規制 measures in: 8:00–16:00
  on the winter solstice) as a Japan-time instant: true solar time = local mean time + the equation of time, and
  local mean time runs ``(lon − 135°) × 4 min`` ahead of JST (about 5.4 min in Kaga). The equation of time is SPA's.
* :func:`sun_vector` — the unit vector towards the sun in a projected CRS (x east, y grid north, z up), turned by
  the meridian convergence so shadows fall the right way on the plane-rectangular grid.

Naive datetimes are Japan time (the twin's convention). No Qt, no VTK."""

from __future__ import annotations

import math
from datetime import date as Date
from datetime import datetime, time, timedelta
from typing import Iterable

import numpy as np

from twin.clock import TOKYO

#: the meridian of Japan Standard Time (UTC+9)
JST_MERIDIAN = 135.0


def _aware(when: datetime) -> datetime:
    return when.replace(tzinfo=TOKYO) if when.tzinfo is None else when


def _spa(times: Iterable[datetime], lat: float, lon: float):
    import pandas as pd
    import pvlib

    index = pd.DatetimeIndex([_aware(t) for t in times])
    return pvlib.solarposition.get_solarposition(index, lat, lon, method="nrel_numpy")


def sun_path(lat: float, lon: float, times: Iterable[datetime]) -> tuple[np.ndarray, np.ndarray]:
    """Azimuth (° clockwise from true north) and apparent elevation (°) of the sun at each of ``times``."""
    times = list(times)
    if not times:
        return np.empty(0), np.empty(0)
    df = _spa(times, lat, lon)
    return df["azimuth"].to_numpy(float), df["apparent_elevation"].to_numpy(float)


def sun_position(lat: float, lon: float, when: datetime) -> tuple[float, float]:
    """``(azimuth_deg, elevation_deg)`` of the sun seen from ``lat``/``lon`` at ``when`` (naive = Japan time).
    Azimuth is clockwise from true north (180 = due south); elevation is apparent (refraction included)."""
    az, el = sun_path(lat, lon, [when])
    return float(az[0]), float(el[0])


def equation_of_time_min(lat: float, lon: float, when: datetime) -> float:
    """The equation of time in minutes at ``when`` (apparent minus mean solar time; about +2 min on 21 Dec)."""
    return float(_spa([when], lat, lon)["equation_of_time"].iloc[0])


def _parse_clock(value: str | time) -> time:
    if isinstance(value, time):
        return value
    try:
        return time.fromisoformat(value if len(value) > 4 else "0" + value)
    except ValueError:
        raise ValueError(f"not a clock time (HH:MM): {value!r}") from None


def true_solar_to_jst(day: Date, clock: str | time, lon: float, lat: float = 36.0) -> datetime:
    """The Japan-time instant at which true solar time at longitude ``lon`` reads ``clock`` on ``day``.

    JST = true solar time − (lon − 135°) × 4 min − equation of time (SPA's, at that instant; two iterations
    settle it to well under a second)."""
    c = _parse_clock(clock)
    tst = datetime.combine(day, c, tzinfo=TOKYO)
    mean = tst - timedelta(minutes=(lon - JST_MERIDIAN) * 4.0)
    guess = mean
    for _ in range(2):
        guess = mean - timedelta(minutes=equation_of_time_min(lat, lon, guess))
    return guess


def solar_times(day: Date, lat: float, lon: float, *, start: str | time = "08:00", end: str | time = "16:00",
                step_min: float = 10.0) -> list[datetime]:
    """Japan-time instants at the middle of each ``step_min`` interval between ``start`` and ``end`` true solar
    time on ``day`` (midpoint sampling: each sample stands for ``step_min`` minutes)."""
    if step_min <= 0:
        raise ValueError(f"the time step must be positive, not {step_min}")
    t0 = true_solar_to_jst(day, start, lon, lat)
    t1 = true_solar_to_jst(day, end, lon, lat)
    span = (t1 - t0).total_seconds() / 60.0
    if span <= 0:
        raise ValueError(f"the end {end} is not after the start {start}")
    n = max(1, int(round(span / step_min)))
    step = span / n
    return [t0 + timedelta(minutes=(i + 0.5) * step) for i in range(n)]


def sun_vector(azimuth_deg: float, elevation_deg: float, convergence_deg: float = 0.0) -> np.ndarray:
    """Unit vector towards the sun in grid coordinates (x east, y grid north, z up). ``convergence_deg`` is the
    angle from grid north to true north, counter-clockwise positive (:func:`twin.document.grid_convergence`)."""
    a = math.radians(azimuth_deg - convergence_deg)   # true azimuth → grid azimuth
    e = math.radians(elevation_deg)
    return np.array([math.sin(a) * math.cos(e), math.cos(a) * math.cos(e), math.sin(e)])


__all__ = ["sun_position", "sun_path", "sun_vector", "equation_of_time_min", "true_solar_to_jst", "solar_times"]
