"""Geodesy and plane geometry for the Kaga sample generator.

Everything here is plain IEEE arithmetic (+, -, *, /, sqrt) on Python floats, so the generator gives the
same bytes on every platform: no trigonometry, no platform maths library, no GEOS.

Local frame: x metres east and y metres north of Kaga Onsen Station, an equirectangular frame tangent at
the station. The two scale factors are the GRS80 metres per degree at the station's latitude, computed once
and written out as constants. Over the 3 km sample area the frame differs from a conformal projection by
well under a metre, which does not matter for synthetic data; what matters is that the conversion is exact
and identical everywhere.
"""

from __future__ import annotations

from fractions import Fraction
from math import floor, sqrt

#: Kaga Onsen Station (English Wikipedia), the origin of the local frame
STATION_LAT = 36.3202471
STATION_LON = 136.3505352

#: GRS80 metres per degree at 36.3202471 N: M = a(1-e^2)/(1-e^2 sin^2 phi)^1.5 * pi/180, N cos(phi) * pi/180
M_PER_DEG_LAT = 110964.95
M_PER_DEG_LON = 89797.74

#: decimals of latitude and longitude written to the CityGML: 1e-7 degree is 1.1 cm north-south and
#: 0.9 cm east-west here, well below PLATEAU's decimetre accuracy, and keeps the sample under 15 MB
COORD_DECIMALS = 7

Point = tuple[float, float]


def to_latlon(x: float, y: float) -> tuple[float, float]:
    """Local metres -> (lat, lon), rounded to COORD_DECIMALS as written to the CityGML."""
    return (round(STATION_LAT + y / M_PER_DEG_LAT, COORD_DECIMALS),
            round(STATION_LON + x / M_PER_DEG_LON, COORD_DECIMALS))


def to_local(lat: float, lon: float) -> Point:
    """(lat, lon) -> local metres."""
    return (lon - STATION_LON) * M_PER_DEG_LON, (lat - STATION_LAT) * M_PER_DEG_LAT


# --- JIS X 0410 standard area mesh -------------------------------------------------------------------

_DIGITS = {1: 4, 2: 6, 3: 8, 4: 9, 5: 10}


def latlon_to_mesh(lat: float, lon: float, level: int = 3) -> str:
    """JIS X 0410 mesh code of a point: level 1 (4 digits) .. 3 (8 digits, ~1 km), 4 (1/2), 5 (1/4).

    Exact: the decimal value of the float is used as a rational, so points on a cell edge belong to the
    cell to their north/east, as the standard defines (codes index the south-west corner).
    """
    la = Fraction(repr(lat))
    lo = Fraction(repr(lon)) - 100
    ilat, ilon = floor(la * 120), floor(lo * 80)
    code = f"{ilat // 80:02d}{ilon // 80:02d}{(ilat // 10) % 8}{(ilon // 10) % 8}{ilat % 10}{ilon % 10}"
    code += str(floor(la * 240) % 2 * 2 + floor(lo * 160) % 2 + 1)
    code += str(floor(la * 480) % 2 * 2 + floor(lo * 320) % 2 + 1)
    return code[:_DIGITS[level]]


def mesh3_bounds(code: str) -> tuple[float, float, float, float]:
    """(south, west, north, east) in degrees of an 8-digit third-order mesh."""
    p, u = int(code[0:2]), int(code[2:4])
    q, v, r, w = (int(c) for c in code[4:8])
    ilat, ilon = p * 80 + q * 10 + r, u * 80 + v * 10 + w
    return ilat / 120, 100 + ilon / 80, (ilat + 1) / 120, 100 + (ilon + 1) / 80


# --- plane geometry ------------------------------------------------------------------------------------

def signed_area(ring: list[Point]) -> float:
    """Shoelace area; positive for counter-clockwise rings (ring not closed)."""
    s = 0.0
    n = len(ring)
    for i in range(n):
        x0, y0 = ring[i]
        x1, y1 = ring[(i + 1) % n]
        s += x0 * y1 - x1 * y0
    return s / 2


def centroid(ring: list[Point]) -> Point:
    a = signed_area(ring)
    cx = cy = 0.0
    n = len(ring)
    for i in range(n):
        x0, y0 = ring[i]
        x1, y1 = ring[(i + 1) % n]
        f = x0 * y1 - x1 * y0
        cx += (x0 + x1) * f
        cy += (y0 + y1) * f
    return cx / (6 * a), cy / (6 * a)


def clip_to_box(ring: list[Point], x0: float, y0: float, x1: float, y1: float) -> list[Point]:
    """Sutherland-Hodgman clip of a simple polygon to an axis-aligned box."""
    def clip(poly, inside, cut):
        out = []
        n = len(poly)
        for i in range(n):
            a, b = poly[i - 1], poly[i]
            ia, ib = inside(a), inside(b)
            if ib:
                if not ia:
                    out.append(cut(a, b))
                out.append(b)
            elif ia:
                out.append(cut(a, b))
        return out

    def at_x(xc):
        return lambda a, b: (xc, a[1] + (b[1] - a[1]) * (xc - a[0]) / (b[0] - a[0]))

    def at_y(yc):
        return lambda a, b: (a[0] + (b[0] - a[0]) * (yc - a[1]) / (b[1] - a[1]), yc)

    poly = list(ring)
    for inside, cut in ((lambda p: p[0] >= x0, at_x(x0)), (lambda p: p[0] <= x1, at_x(x1)),
                        (lambda p: p[1] >= y0, at_y(y0)), (lambda p: p[1] <= y1, at_y(y1))):
        if not poly:
            break
        poly = clip(poly, inside, cut)
    return poly


def convex_hull(points: list[Point]) -> list[Point]:
    """Andrew's monotone chain; counter-clockwise, no repeated point."""
    pts = sorted(set(points))
    if len(pts) <= 2:
        return pts

    def cross(o, a, b):
        return (a[0] - o[0]) * (b[1] - o[1]) - (a[1] - o[1]) * (b[0] - o[0])

    lower: list[Point] = []
    for p in pts:
        while len(lower) >= 2 and cross(lower[-2], lower[-1], p) <= 0:
            lower.pop()
        lower.append(p)
    upper: list[Point] = []
    for p in reversed(pts):
        while len(upper) >= 2 and cross(upper[-2], upper[-1], p) <= 0:
            upper.pop()
        upper.append(p)
    return lower[:-1] + upper[:-1]


def separated(a: list[Point], b: list[Point], gap: float = 0.0) -> bool:
    """True if convex polygons ``a`` and ``b`` are at least ``gap`` apart along some edge normal (SAT)."""
    for poly in (a, b):
        n = len(poly)
        for i in range(n):
            ex = poly[(i + 1) % n][0] - poly[i][0]
            ey = poly[(i + 1) % n][1] - poly[i][1]
            ln = sqrt(ex * ex + ey * ey)
            if ln == 0:
                continue
            nx, ny = -ey / ln, ex / ln
            pa = [p[0] * nx + p[1] * ny for p in a]
            pb = [p[0] * nx + p[1] * ny for p in b]
            if min(pb) - max(pa) >= gap or min(pa) - max(pb) >= gap:
                return True
    return False


def point_segment_distance(px: float, py: float, ax: float, ay: float, bx: float, by: float) -> float:
    dx, dy = bx - ax, by - ay
    ll = dx * dx + dy * dy
    t = 0.0 if ll == 0 else max(0.0, min(1.0, ((px - ax) * dx + (py - ay) * dy) / ll))
    qx, qy = ax + t * dx - px, ay + t * dy - py
    return sqrt(qx * qx + qy * qy)


def polyline_distance(px: float, py: float, line: list[Point]) -> float:
    return min(point_segment_distance(px, py, *line[i], *line[i + 1]) for i in range(len(line) - 1))


def segment_intersection(a: Point, b: Point, c: Point, d: Point, ext: float = 0.0):
    """Intersection of segments ab and cd as (t, s, point) with t along ab and s along cd in [0, 1].

    ``ext`` lengthens both segments by that many metres at each end (to catch T-junctions whose stub
    stops just short of the other road); None when they do not cross or are parallel.
    """
    rx, ry = b[0] - a[0], b[1] - a[1]
    sx, sy = d[0] - c[0], d[1] - c[1]
    den = rx * sy - ry * sx
    if den == 0:
        return None
    qx, qy = c[0] - a[0], c[1] - a[1]
    t = (qx * sy - qy * sx) / den
    s = (qx * ry - qy * rx) / den
    la = sqrt(rx * rx + ry * ry)
    lc = sqrt(sx * sx + sy * sy)
    ea, ec = ext / la, ext / lc
    if -ea <= t <= 1 + ea and -ec <= s <= 1 + ec:
        return t, s, (a[0] + t * rx, a[1] + t * ry)
    return None


def unit(dx: float, dy: float) -> Point:
    ln = sqrt(dx * dx + dy * dy)
    return dx / ln, dy / ln


def rect(cx: float, cy: float, ux: float, uy: float, half_len: float, half_wid: float) -> list[Point]:
    """Counter-clockwise rectangle centred on (cx, cy), long axis along the unit vector (ux, uy)."""
    vx, vy = -uy, ux
    return [(cx - ux * half_len - vx * half_wid, cy - uy * half_len - vy * half_wid),
            (cx + ux * half_len - vx * half_wid, cy + uy * half_len - vy * half_wid),
            (cx + ux * half_len + vx * half_wid, cy + uy * half_len + vy * half_wid),
            (cx - ux * half_len + vx * half_wid, cy - uy * half_len + vy * half_wid)]


def polygon_circle(cx: float, cy: float, r: float, n: int = 32) -> list[Point]:
    """Counter-clockwise regular 32-gon of circumradius r, without trigonometry.

    The unit step (cos, sin of 11.25 degrees) comes from halving the quarter turn three times with the
    half-angle formulas (sqrt only); the vertices are successive rotations of (r, 0) by that step.
    """
    assert n == 32, "only the 32-gon is needed"
    c, s = 0.0, 1.0  # 90 degrees
    for _ in range(3):  # half-angle formulas: 45, 22.5, 11.25 degrees
        c, s = sqrt((1 + c) / 2), s / (2 * sqrt((1 + c) / 2))
    out = []
    px, py = 1.0, 0.0
    for _ in range(n):
        out.append((cx + r * px, cy + r * py))
        px, py = px * c - py * s, px * s + py * c
    return out
