"""Attribute values: PLATEAU's unknown-value sentinels and tolerant number parsing.

Spec 4.1.5.x: an unknown value is written as a sentinel, which must become NULL::

    xs:date                -> 0001-01-01
    xs:gYear               -> 0001
    xs:integer             -> -9999
    xs:nonNegativeInteger  -> 9999
    xs:double, measures    -> -9999

Every function returns None for missing text, a sentinel, or text that is not a number of the type.
"""

from __future__ import annotations

import math
import re

#: element local names whose type is xs:nonNegativeInteger (9999 = unknown)
NON_NEGATIVE_INTEGER_FIELDS = frozenset({
    "storeysAboveGround", "storeysBelowGround", "numberOfLanes", "numberOfFloors",
    "numberOfFloorsAboveGround", "numberOfFloorsBelowGround", "numberOfBasementFloors",
})

_INT_RE = re.compile(r"^[+-]?\d+$")
_NUMBER_RE = re.compile(r"^[+-]?(?:\d+\.?\d*|\.\d+)(?:[eE][+-]?\d+)?$")
_YEAR_RE = re.compile(r"^(-?\d{4,})")


def _clean(text: str | None) -> str | None:
    if text is None:
        return None
    text = text.strip()
    return text or None


def is_double_sentinel(value: float) -> bool:
    return value == -9999.0


def to_float(text: str | None) -> float | None:
    """xs:double or a measure; -9999 (in any notation, e.g. -9999.0) → None; NaN/inf → None."""
    if not text:
        return None
    try:
        v = float(text)   # (float() strips surrounding whitespace itself…
    except ValueError:
        try:
            v = float(text.strip())   # …but not all that str.strip() does, e.g. U+001C-U+001F)
        except ValueError:
            return None
    if v - v != 0.0 or v == -9999.0:   # (v - v is NaN for NaN and ±inf)
        return None
    return v


def to_int(text: str | None, *, non_negative: bool = False) -> int | None:
    """xs:integer (-9999 → None) or, with ``non_negative``, xs:nonNegativeInteger (9999 → None).

    Integral floats such as ``3.0`` are accepted (some producers write them).
    """
    t = _clean(text)
    if t is None:
        return None
    if _INT_RE.match(t):
        v = int(t)
    else:
        f = to_float(t)
        if f is None or not f.is_integer():
            return None
        v = int(f)
    if v == -9999:
        return None
    if non_negative and (v == 9999 or v < 0):
        return None
    return v


def to_year(text: str | None) -> int | None:
    """xs:gYear (``0001`` → None); also accepts a full date and takes its year."""
    t = _clean(text)
    if t is None:
        return None
    m = _YEAR_RE.match(t)
    if not m:
        return None
    y = int(m.group(1))
    return None if y in (1, -9999, 9999) or y <= 0 else y


def to_date(text: str | None) -> str | None:
    """xs:date as ISO text; ``0001-01-01`` → None."""
    t = _clean(text)
    if t is None or t.startswith("0001-01-01"):
        return None
    return t


def generic_leaf(name: str, text: str | None) -> str | int | float | None:
    """Value of an attribute element whose schema type is not known to the importer.

    Sentinels become None (-9999 always; 9999 for known non-negative integer fields; 0001 for
    ``...Year`` fields; 0001-01-01 for dates); numbers without leading zeros become numbers; anything
    else stays text (codes such as ``0010`` keep their leading zeros).
    """
    t = _clean(text)
    if t is None:
        return None
    first = t[0]
    if first not in "+-." and not first.isdecimal():   # text (names, labels): not what _NUMBER_RE matches (\d: Nd)
        return t
    if t.startswith("0001-01-01"):
        return None
    if _NUMBER_RE.match(t):
        f = float(t)
        if f == -9999.0:
            return None
        if name in NON_NEGATIVE_INTEGER_FIELDS and f == 9999.0:
            return None
        if name.lower().endswith("year") and f == 1.0:
            return None
        digits = t.lstrip("+-")
        if len(digits) > 1 and digits[0] == "0" and digits[1] != ".":
            return t  # a code-like value with leading zeros
        if _INT_RE.match(t):
            return int(t)
        return f if math.isfinite(f) else t
    return t
