"""The sun's position (twin/sun.py, pvlib SPA) for Kaga Onsen Station on the winter solstice, against published
values: the solstice declination (−23.44°, the obliquity of the ecliptic), the equation of time around 21 December
(+1.5 … +2.5 min, apparent sun ahead of mean), local mean time 5.4 min ahead of JST at 136.35° E (operations
reference §8), and the National Astronomical Observatory of Japan's Tokyo sunrise and sunset on 22 December 2023
(6:47 and 16:32 JST)."""
from __future__ import annotations

import math
from datetime import date, datetime, timedelta

import numpy as np
import pytest

from twin.paths import STATION_LATLON
from twin.sun import (equation_of_time_min, solar_times, sun_path, sun_position, sun_vector,
                      true_solar_to_jst)

LAT, LON = STATION_LATLON
SOLSTICE = date(2026, 12, 21)
DECLINATION = -23.44


def _textbook_elevation(hour_angle_deg: float) -> float:
    """Geometric elevation from the spherical-astronomy formula (no refraction)."""
    p, d, h = (math.radians(v) for v in (LAT, DECLINATION, hour_angle_deg))
    return math.degrees(math.asin(math.sin(p) * math.sin(d) + math.cos(p) * math.cos(d) * math.cos(h)))


def test_true_solar_noon_in_kaga_on_the_solstice():
    """True solar noon = 12:00 − 5.4 min (longitude) − the equation of time (≈ +2 min) ≈ 11:52 JST; the sun is
    due south there, at 90° − latitude + declination ≈ 30.24° (+0.03° refraction)."""
    noon = true_solar_to_jst(SOLSTICE, "12:00", LON, LAT)
    eot = equation_of_time_min(LAT, LON, noon)
    assert 1.5 < eot < 2.5
    expected = datetime(2026, 12, 21, 12, 0) - timedelta(minutes=(LON - 135) * 4 + eot)
    assert abs((noon.replace(tzinfo=None) - expected).total_seconds()) < 1
    assert noon.strftime("%H:%M") == "11:52"
    az, el = sun_position(LAT, LON, noon)
    assert az == pytest.approx(180.0, abs=0.05)
    assert el == pytest.approx(90 - LAT + DECLINATION + 0.03, abs=0.05)


def test_true_solar_noon_is_the_highest_sun():
    noon = true_solar_to_jst(SOLSTICE, "12:00", LON, LAT)
    times = [noon + timedelta(seconds=s) for s in range(-600, 601, 10)]
    _, el = sun_path(LAT, LON, times)
    assert abs((times[int(np.argmax(el))] - noon).total_seconds()) <= 30


@pytest.mark.parametrize("clock, hour_angle", [("08:00", -60.0), ("10:00", -30.0), ("14:00", 30.0),
                                               ("16:00", 60.0)])
def test_elevation_at_true_solar_hours_matches_the_textbook_formula(clock, hour_angle):
    """At 8:00 / 16:00 true solar time (hour angle ∓60°) the sun stands about 7.7° high (+0.1° refraction),
    symmetric about the meridian."""
    when = true_solar_to_jst(SOLSTICE, clock, LON, LAT)
    az, el = sun_position(LAT, LON, when)
    refraction = 0.12 if abs(hour_angle) == 60 else 0.04
    assert el == pytest.approx(_textbook_elevation(hour_angle) + refraction, abs=0.06)
    assert (az < 180) == (hour_angle < 0)
    twin_az, _ = sun_position(LAT, LON, true_solar_to_jst(SOLSTICE, f"{24 - int(clock[:2]):02d}:00", LON, LAT))
    assert az + twin_az == pytest.approx(360.0, abs=0.05)


def test_tokyo_sunrise_and_sunset_as_published_by_naoj():
    """NAOJ: Tokyo (35.6895 N, 139.6917 E) on 22 Dec 2023, sunrise 6:47, sunset 16:32. Sunrise/sunset is the
    upper limb on the horizon: apparent centre elevation −0.27° (the semi-diameter)."""
    lat, lon = 35.6895, 139.6917

    def crossing(t0: datetime) -> datetime:
        times = [t0 + timedelta(seconds=s) for s in range(0, 1201, 5)]
        _, el = sun_path(lat, lon, times)
        i = int(np.flatnonzero(np.diff(np.sign(el + 0.27)))[0])
        return times[i]

    rise = crossing(datetime(2023, 12, 22, 6, 37))
    sets = crossing(datetime(2023, 12, 22, 16, 22))
    assert abs((rise - datetime(2023, 12, 22, 6, 47, 30)).total_seconds()) <= 60
    assert abs((sets - datetime(2023, 12, 22, 16, 32, 30)).total_seconds()) <= 60


def test_solar_times_sample_the_middle_of_each_step():
    times = solar_times(SOLSTICE, LAT, LON, step_min=10)
    assert len(times) == 48
    t0 = true_solar_to_jst(SOLSTICE, "08:00", LON, LAT)
    assert (times[0] - t0).total_seconds() == pytest.approx(300, abs=1)
    assert (times[1] - times[0]).total_seconds() == pytest.approx(600, abs=1)
    with pytest.raises(ValueError, match="positive"):
        solar_times(SOLSTICE, LAT, LON, step_min=0)
    with pytest.raises(ValueError, match="not after"):
        solar_times(SOLSTICE, LAT, LON, start="16:00", end="08:00")


def test_sun_vector_and_grid_convergence():
    """Due south at 30°: (0, −cos 30°, sin 30°). With true north 0.5° counter-clockwise of grid north, true
    south is 0.5° counter-clockwise of grid south as well, i.e. slightly towards +x."""
    v = sun_vector(180.0, 30.0)
    assert v == pytest.approx([0.0, -math.cos(math.radians(30)), 0.5], abs=1e-12)
    turned = sun_vector(180.0, 30.0, convergence_deg=0.5)
    assert turned[0] == pytest.approx(math.cos(math.radians(30)) * math.sin(math.radians(0.5)), abs=1e-12)
    assert np.linalg.norm(turned) == pytest.approx(1.0)
