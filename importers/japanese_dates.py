"""Dates, times and numbers as Japanese municipal exports write them (no imports beyond the standard library).

:func:`parse_datetime` reads ``2025-01-09``, ``2025/1/9``, ``2025.1.9``, ``20250109``, era dates ``R7.1.9``,
``令和7年1月9日``, ``R元.5.1``, ``平成31年4月30日``, ``H31/4/30`` (令和 R, 平成 H, 昭和 S), ``2025年1月9日``, with
an optional time (``10:30``, ``10:30:15``, ``10時30分``, ``10時30分頃``, ``10時頃``, ``午後3時``) and ISO 8601 with
``T``, fractions and an offset (``2014-05-09T19:02:21-05:00``, ``…Z``). Full-width digits are accepted.
A time with an offset is returned aware; without one, naive (the caller decides the zone).
"""

from __future__ import annotations

import datetime as dt
import re
import unicodedata

#: era → first Gregorian year (year 1 of the era)
ERAS = {"令和": 2019, "R": 2019, "平成": 1989, "H": 1989, "昭和": 1926, "S": 1926, "大正": 1912, "T": 1912}

_SEP = r"\s*[-/.．／・年月]\s*"
_DATE = re.compile(
    r"^(?:(?P<era>令和|平成|昭和|大正|[RHST])\s*(?P<ey>\d{1,2}|元)|(?P<y>\d{4}))" + _SEP +
    r"(?P<m>\d{1,2})" + _SEP + r"(?P<d>\d{1,2})\s*日?", re.IGNORECASE)
_COMPACT = re.compile(r"^(?P<y>\d{4})(?P<m>\d{2})(?P<d>\d{2})(?!\d)")
_TIME = re.compile(
    r"^[T\s]*(?P<ampm>午前|午後|AM|PM)?\s*(?P<h>\d{1,2})\s*(?::|時)\s*(?:(?P<mi>\d{1,2})\s*(?::|分)?\s*"
    r"(?:(?P<s>\d{1,2}(?:\.\d+)?)\s*秒?)?)?\s*(?P<pm2>AM|PM)?\s*(?:頃|ごろ)?\s*"
    r"(?P<tz>Z|[+-]\d{2}:?\d{2})?\s*$", re.IGNORECASE)


def normalize(text: str) -> str:
    """NFKC (full-width digits and colons to ASCII) and stripped."""
    return unicodedata.normalize("NFKC", text).strip()


def parse_date(text: str) -> tuple[dt.date, str] | None:
    """``(date, rest of the text)`` or None when ``text`` does not start with a date."""
    s = normalize(text)
    m = _DATE.match(s) or _COMPACT.match(s)
    if not m:
        return None
    g = m.groupdict()
    if g.get("era"):
        era = g["era"].upper() if len(g["era"]) == 1 else g["era"]
        year = ERAS[era] + (0 if g["ey"] == "元" else int(g["ey"]) - 1)
    else:
        year = int(g["y"])
    try:
        return dt.date(year, int(g["m"]), int(g["d"])), s[m.end():]
    except ValueError:
        return None


def parse_time(text: str) -> tuple[dt.time, dt.tzinfo | None] | None:
    """``(time, tzinfo or None)`` of ``10:30``, ``10時30分頃``, ``午後3時``, ``19:02:21-05:00``; None if not a time."""
    s = normalize(text)
    m = _TIME.match(s)
    if not m:
        return None
    g = m.groupdict()
    hour, minute = int(g["h"]), int(g["mi"] or 0)
    sec = float(g["s"] or 0)
    ampm = (g["ampm"] or g["pm2"] or "").upper()
    if ampm in ("午後", "PM") and hour < 12:
        hour += 12
    elif ampm in ("午前", "AM") and hour == 12:
        hour = 0
    if hour == 24 and minute == 0 and sec == 0:
        hour = 23
        minute, sec = 59, 59.999999
    if not (0 <= hour < 24 and 0 <= minute < 60 and 0 <= sec < 61):
        return None
    tz = None
    if g["tz"]:
        z = g["tz"].upper()
        if z == "Z":
            tz = dt.timezone.utc
        else:
            sign = -1 if z[0] == "-" else 1
            digits = z[1:].replace(":", "")
            tz = dt.timezone(sign * dt.timedelta(hours=int(digits[:2]), minutes=int(digits[2:])))
    whole = int(sec)
    return dt.time(hour, minute, min(whole, 59), int(round((sec - whole) * 1e6)) if whole < 60 else 0), tz


def parse_datetime(text: str, time_text: str | None = None) -> dt.datetime | None:
    """The datetime in ``text`` (a date with an optional time), with the time taken from ``time_text`` when
    given and ``text`` has none. Aware when an offset is written, naive otherwise; None when unreadable."""
    if text is None:
        return None
    s = normalize(str(text))
    if not s:
        return None
    if ":" in s:      # ISO 8601 with a time (a bare ISO date goes below, where a separate time can join it)
        try:
            return dt.datetime.fromisoformat(s[:-1] + "+00:00" if s.endswith("Z") else s)
        except ValueError:
            pass
    got = parse_date(s)
    if got is None:
        return None
    day, rest = got
    rest = rest.strip()
    if not rest and time_text is not None and normalize(str(time_text)):
        rest = str(time_text)
    if not rest:
        return dt.datetime(day.year, day.month, day.day)
    t = parse_time(rest)
    if t is None:
        return None
    (clock, tz) = t
    return dt.datetime.combine(day, clock).replace(tzinfo=tz)


_FLOATY = re.compile(r"^[+-]?\d+(?:\.\d+)?[eE][+-]?\d+$|^[+-]?\d+\.0+$")


def unmangle_code(text: str | None) -> str | None:
    """A code a spreadsheet turned into a float (``5.53750131E8`` → ``553750131``, ``1234.0`` → ``1234``);
    any other text is returned stripped. None and empty text give None."""
    if text is None:
        return None
    s = normalize(str(text))
    if not s:
        return None
    if _FLOATY.match(s):
        from decimal import Decimal, InvalidOperation
        try:
            d = Decimal(s)
        except InvalidOperation:
            return s
        if d == d.to_integral_value():
            return str(int(d))
    return s


__all__ = ["ERAS", "normalize", "parse_date", "parse_datetime", "parse_time", "unmangle_code"]
