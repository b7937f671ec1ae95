"""JIS X 0410 area mesh codes (地域メッシュコード), exact on cell edges.

Every mesh level is a square grid in *units*: 1/960 degree of latitude (3.75″) by 1/640 degree of longitude
(5.625″) measured from 0° N, 100° E, the size of an ⅛ mesh. A point's unit indices are
``floor(lat * 960)`` and ``floor((lon - 100) * 640)``, computed on exact rationals, so a point on a cell's
south or west edge belongs to that cell and a point on its north or east edge to the next one. A float is
taken as the decimal it prints as (``36.325`` is exactly 36.325); ``str``, ``Decimal``, ``Fraction`` and
``int`` are exact as given.

Levels (the numbering of the ``jismesh`` package; cell side in units):

=====  ============================  ======  ====  ====================================================
level  mesh                          digits  side  code
=====  ============================  ======  ====  ====================================================
1      1st, 80 km (40′ × 1°)         4       640   ``pp uu``: lat index ``floor(lat·1.5)``, ``lon - 100``
2      2nd, 10 km (5′ × 7′30″)       6       80    + ``q v``, each 0–7
5000   5× integrated, 5 km           7       40    2nd + one digit 1–4 (1 SW, 2 SE, 3 NW, 4 NE)
2000   2× integrated, 2 km           9       16    2nd + even lat digit + even lon digit (0–8) + ``5``
3      3rd (基準), 1 km (30″ × 45″)  8       8     2nd + ``r w``, each 0–9
4      ½, 500 m                      9       4     3rd + one digit 1–4
5      ¼, 250 m                      10      2     ½ + one digit 1–4
6      ⅛, 125 m                      11      1     ¼ + one digit 1–4
=====  ============================  ======  ====  ====================================================

Codes name the cell by its south-west corner. Codes exist for 0 ≤ lat < 66°40′ N and 100 ≤ lon < 200° E
(two digits each for the 1st-level indices); anything outside is refused with :class:`MeshCodeError`.
"""

from __future__ import annotations

from decimal import Decimal
from fractions import Fraction
from math import floor
from numbers import Integral

import numpy as np

from twin.errors import TwinError
from twin.messages import tr

#: levels from coarse to fine (the two integrated meshes sit between the 2nd and the 3rd level)
LEVELS: tuple[int, ...] = (1, 2, 5000, 2000, 3, 4, 5, 6)
#: a cell's side in units (1/960° of latitude, 1/640° of longitude)
SIDE: dict[int, int] = {1: 640, 2: 80, 5000: 40, 2000: 16, 3: 8, 4: 4, 5: 2, 6: 1}
DIGITS: dict[int, int] = {1: 4, 2: 6, 5000: 7, 2000: 9, 3: 8, 4: 9, 5: 10, 6: 11}
LEVEL_NAMES: dict[int, str] = {1: "1st (80 km)", 2: "2nd (10 km)", 5000: "5× (5 km)", 2000: "2× (2 km)",
                               3: "3rd (1 km)", 4: "½ (500 m)", 5: "¼ (250 m)", 6: "⅛ (125 m)"}
_ALIASES = {"80km": 1, "10km": 2, "5km": 5000, "2km": 2000, "1km": 3, "500m": 4, "250m": 5, "125m": 6}
_PARENT = {2: 1, 5000: 2, 2000: 2, 3: 2, 4: 3, 5: 4, 6: 5}
_CHILD = {1: 2, 2: 3, 5000: 3, 2000: 3, 3: 4, 4: 5, 5: 6}
LAT_UNITS, LON_UNITS, LON_ORIGIN = 960, 640, 100
_LIMIT = 100 * 640          # unit indices are < 64000 on both axes (two-digit 1st-level indices)
_NEAR_EDGE = 1e-6           # in units: float results closer than this to a grid line are redone exactly
DIRECTIONS = {"N": (1, 0), "NE": (1, 1), "E": (0, 1), "SE": (-1, 1),
              "S": (-1, 0), "SW": (-1, -1), "W": (0, -1), "NW": (1, -1)}


class MeshCodeError(TwinError, ValueError):
    """An invalid mesh code, level or point outside the mesh range; the message says what is wrong."""


def as_level(level: int | str) -> int:
    """A level from its number (1–6, 5000, 2000) or size name ("1km", "500m", …)."""
    key = level.strip().lower().replace(" ", "") if isinstance(level, str) else level
    if isinstance(key, str):
        key = _ALIASES.get(key, int(key) if key.isdigit() else key)
    if isinstance(key, Integral) and not isinstance(key, bool) and int(key) in SIDE:
        return int(key)
    raise MeshCodeError(tr("unknown mesh level {level!r}: use 1, 2, 3, 4 (½), 5 (¼), 6 (⅛), 5000 (5×) or "
                           "2000 (2×), or a size such as 1km or 500m", level=level))


def exact(value) -> Fraction:
    """``value`` as an exact rational; a float counts as the decimal it prints as."""
    try:
        if isinstance(value, Fraction):
            return value
        if isinstance(value, (Integral, Decimal)) and not isinstance(value, bool):
            return Fraction(value)
        if isinstance(value, (float, np.floating)):
            return Fraction(repr(float(value)))
        if isinstance(value, str):
            return Fraction(value.strip())
    except (ValueError, ZeroDivisionError, OverflowError):
        pass
    raise MeshCodeError(tr("{value!r} is not a number (latitude and longitude are decimal degrees)", value=value))


def _units(lat, lon) -> tuple[int, int]:
    la, lo = exact(lat), exact(lon)
    i, j = floor(la * LAT_UNITS), floor((lo - LON_ORIGIN) * LON_UNITS)
    if not (0 <= i < _LIMIT and 0 <= j < _LIMIT):
        raise MeshCodeError(tr("{lat}, {lon} is outside the JIS X 0410 mesh range (latitude 0 to 66°40′ N, "
                               "longitude 100 to 200° E; Japan is about 20–46° N, 122–154° E)",
                               lat=lat, lon=lon))
    return i, j


def _parts(i, j, level: int) -> list:
    """The code's digit groups as (value, width) from unit indices; works on ints and on numpy arrays."""
    parts = [(i // 640, 2), (j // 640, 2)]                          # 1st: p, u
    if level == 1:
        return parts
    parts += [(i % 640 // 80, 1), (j % 640 // 80, 1)]                # 2nd: q, v
    i2, j2 = i % 80, j % 80                                          # units inside the 2nd-level cell
    if level == 5000:
        return parts + [(i2 // 40 * 2 + j2 // 40 + 1, 1)]
    if level == 2000:
        return parts + [(i2 // 16 * 2, 1), (j2 // 16 * 2, 1), (5, 1)]
    if level == 2:
        return parts
    parts += [(i2 // 8, 1), (j2 // 8, 1)]                            # 3rd: r, w
    for lv, side in ((4, 4), (5, 2), (6, 1)):                        # ½, ¼, ⅛: 1 SW, 2 SE, 3 NW, 4 NE
        if lv <= level <= 6:
            parts.append((i % (2 * side) // side * 2 + j % (2 * side) // side + 1, 1))
    return parts


def _code(i: int, j: int, level: int) -> str:
    return "".join(f"{v:0{w}d}" for v, w in _parts(i, j, level))


def code_for(lat, lon, level: int | str = 3) -> str:
    """The mesh code of the cell at ``level`` holding the point (south/west edges inclusive)."""
    return _code(*_units(lat, lon), as_level(level))


def all_codes(lat, lon) -> dict[int, str]:
    """The point's code at every level, coarse to fine (keys as :data:`LEVELS`)."""
    i, j = _units(lat, lon)
    return {lv: _code(i, j, lv) for lv in LEVELS}


def _bad(code: str, problem: str, **kw) -> MeshCodeError:
    return MeshCodeError(tr("invalid mesh code {code}: ", code=code) + tr(problem, **kw))


def parse(code: str | int) -> tuple[int, int, int]:
    """``(level, i, j)``: the level and the south-west corner in units; refuses an invalid code."""
    code = str(code).strip()
    if not code.isascii() or not code.isdigit():
        raise _bad(code or "''", "a mesh code has digits only")
    n = len(code)
    if n not in (4, 6, 7, 8, 9, 10, 11):
        raise _bad(code, "it has {n} digits; a JIS X 0410 code has 4 (1st level), 6 (2nd), 7 (5×), 8 (3rd), "
                         "9 (½ or 2×), 10 (¼) or 11 (⅛)", n=n)
    d = [int(c) for c in code]
    level = {4: 1, 6: 2, 7: 5000, 8: 3, 10: 5, 11: 6}.get(n) or (2000 if d[8] == 5 else 4)
    i, j = (d[0] * 10 + d[1]) * 640, (d[2] * 10 + d[3]) * 640
    if n >= 6:
        if d[4] > 7 or d[5] > 7:
            raise _bad(code, "the second-level digits (5th and 6th) must be 0–7, not {q} and {v}", q=d[4], v=d[5])
        i, j = i + d[4] * 80, j + d[5] * 80
    if level == 5000:
        if not 1 <= d[6] <= 4:
            raise _bad(code, "the 5× digit (7th) must be 1–4, not {x}", x=d[6])
        return level, i + (d[6] - 1) // 2 * 40, j + (d[6] - 1) % 2 * 40
    if level == 2000:
        if d[6] % 2 or d[7] % 2:
            raise _bad(code, "a 2× code (9 digits ending in 5) has even 7th and 8th digits (0, 2, 4, 6 or 8), "
                             "not {r} and {w}", r=d[6], w=d[7])
        return level, i + d[6] * 8, j + d[7] * 8
    if n >= 8:
        i, j = i + d[6] * 8, j + d[7] * 8
    for pos, name, side in ((8, "½", 4), (9, "¼", 2), (10, "⅛", 1)):
        if n > pos:
            if not 1 <= d[pos] <= 4:
                extra = " (or 5 for a 2× mesh)" if pos == 8 and n == 9 else ""
                raise _bad(code, "the {name} digit ({k}th) must be 1–4{extra}, not {x}",
                           name=name, k=pos + 1, extra=extra, x=d[pos])
            i, j = i + (d[pos] - 1) // 2 * side, j + (d[pos] - 1) % 2 * side
    return level, i, j


def level_of(code: str | int) -> int:
    """The level of a valid code (1–6, 5000 or 2000)."""
    return parse(code)[0]


def bounds(code: str | int) -> tuple[Fraction, Fraction, Fraction, Fraction]:
    """``(south, west, north, east)`` in exact degrees; the cell holds south ≤ lat < north, west ≤ lon < east."""
    level, i, j = parse(code)
    s = SIDE[level]
    return (Fraction(i, LAT_UNITS), LON_ORIGIN + Fraction(j, LON_UNITS),
            Fraction(i + s, LAT_UNITS), LON_ORIGIN + Fraction(j + s, LON_UNITS))


def centre(code: str | int) -> tuple[Fraction, Fraction]:
    """``(lat, lon)`` of the cell's centre, exact."""
    s, w, n, e = bounds(code)
    return (s + n) / 2, (w + e) / 2


def polygon(code: str | int) -> list[tuple[float, float]]:
    """The cell as a closed counter-clockwise ring of ``(lon, lat)`` floats (x, y order, as in WKT/GeoJSON)."""
    s, w, n, e = (float(v) for v in bounds(code))
    return [(w, s), (e, s), (e, n), (w, n), (w, s)]


def contains(code: str | int, lat, lon) -> bool:
    """Whether the point lies in the cell (south/west edges inclusive, north/east exclusive)."""
    s, w, n, e = bounds(code)
    return s <= exact(lat) < n and w <= exact(lon) < e


def parent(code: str | int, level: int | str | None = None) -> str:
    """The cell at a coarser ``level`` holding this one (default: the next level up; 2nd for 5× and 2×)."""
    own, i, j = parse(code)
    if level is None:
        if own == 1:
            raise MeshCodeError(tr("{code} is a 1st-level mesh; it has no parent", code=code))
        level = _PARENT[own]
    level, s = as_level(level), SIDE[own]
    big = SIDE[level]
    if big <= s or i // big != (i + s - 1) // big or j // big != (j + s - 1) // big:
        raise MeshCodeError(tr("a {level} cell does not contain the {own} cell {code}",
                               level=LEVEL_NAMES[level], own=LEVEL_NAMES[own], code=code))
    return _code(i, j, level)


def children(code: str | int, level: int | str | None = None) -> list[str]:
    """The cells at a finer ``level`` tiling this one, south to north then west to east
    (default: the next level down; 3rd for 5× and 2×)."""
    own, i, j = parse(code)
    if level is None:
        if own == 6:
            raise MeshCodeError(tr("{code} is an ⅛ mesh, the finest level; it has no children", code=code))
        level = _CHILD[own]
    level, s = as_level(level), SIDE[own]
    small = SIDE[level]
    if small >= s or s % small:
        raise MeshCodeError(tr("{level} cells do not tile a {own} cell",
                               level=LEVEL_NAMES[level], own=LEVEL_NAMES[own]))
    steps = range(0, s, small)
    return [_code(i + a, j + b, level) for a in steps for b in steps]


def neighbours(code: str | int) -> dict[str, str]:
    """The eight cells of the same level around this one, keyed N, NE, E, SE, S, SW, W, NW
    (those outside the mesh range are left out)."""
    level, i, j = parse(code)
    s = SIDE[level]
    return {k: _code(i + a * s, j + b * s, level) for k, (a, b) in DIRECTIONS.items()
            if 0 <= i + a * s < _LIMIT and 0 <= j + b * s < _LIMIT}


# -- many points at once -----------------------------------------------------------------------------------

def _unit_array(values: np.ndarray, scale: int, origin: int) -> np.ndarray:
    """``floor((value - origin) * scale)`` per element; near a grid line the exact scalar rule decides."""
    x = (values - origin) * scale
    out = np.floor(x)
    near = np.abs(x - np.round(x)) < _NEAR_EDGE
    for k in np.flatnonzero(near):
        out[k] = floor((exact(float(values[k])) - origin) * scale)
    return out


def codes_for(lat, lon, level: int | str = 3, *, invalid: str = "raise") -> np.ndarray:
    """Codes of many points (array-likes of float degrees), equal to :func:`code_for` on each, edges included.

    Returns a numpy string array. A NaN or out-of-range point raises :class:`MeshCodeError`, or with
    ``invalid="empty"`` gets the empty string.
    """
    level = as_level(level)
    la = np.asarray(lat, dtype=np.float64)
    lo = np.asarray(lon, dtype=np.float64)
    la, lo = np.broadcast_arrays(la, lo)
    ok = np.isfinite(la) & np.isfinite(lo)
    ok &= (la > -1) & (la < 67) & (lo > 99) & (lo < 201)    # keep the float→int conversion in range
    i = np.full(la.shape, -1, np.int64)
    j = np.full(la.shape, -1, np.int64)
    i[ok] = _unit_array(la[ok], LAT_UNITS, 0)
    j[ok] = _unit_array(lo[ok], LON_UNITS, LON_ORIGIN)
    ok &= (i >= 0) & (i < _LIMIT) & (j >= 0) & (j < _LIMIT)
    if not ok.all() and invalid != "empty":
        k = np.flatnonzero(~ok.ravel())
        raise MeshCodeError(tr("{n} point(s) have no mesh code (NaN or outside the JIS X 0410 mesh range); the "
                               "first is #{k}: {lat}, {lon}", n=len(k), k=int(k[0]),
                               lat=la.ravel()[k[0]], lon=lo.ravel()[k[0]]))
    i, j = np.where(ok, i, 0), np.where(ok, j, 0)
    number = np.zeros(la.shape, np.int64)
    for value, width in _parts(i, j, level):
        number = number * 10 ** width + value
    codes = np.char.zfill(number.astype(str), DIGITS[level])
    return np.where(ok, codes, "")


def bounds_for(codes) -> tuple[np.ndarray, np.ndarray, np.ndarray, np.ndarray]:
    """``(south, west, north, east)`` float arrays for many codes (each correctly rounded from the exact value)."""
    rows = [tuple(float(v) for v in bounds(c)) for c in np.asarray(codes, dtype=str).ravel()]
    arr = np.array(rows, dtype=np.float64).reshape(-1, 4)
    return tuple(arr[:, k] for k in range(4))


__all__ = ["DIGITS", "DIRECTIONS", "LEVELS", "LEVEL_NAMES", "SIDE", "MeshCodeError", "all_codes", "as_level",
           "bounds", "bounds_for", "centre", "children", "code_for", "codes_for", "contains", "exact", "level_of",
           "neighbours", "parent", "parse", "polygon"]
