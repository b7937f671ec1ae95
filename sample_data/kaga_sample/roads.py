"""The road network: centre lines, split at junctions and structure changes into LOD1 road polygons.

Major roads are drawn by hand (national route 8, four prefectural roads, the station avenue and the two
station rotaries); the residential grid is a lattice aligned with the railway, clipped where it would
cross the tracks, the river, the hills, a reserved parcel or a paddy field. Like real PLATEAU LOD1 roads,
each road is cut into pieces at every junction (the junction area becomes its own piece, section type
4 交差部) and where its structure changes (橋梁 over the river, 高架橋/アンダーパス at the railway).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from math import sqrt

import numpy as np

from .geo import Point, convex_hull, polygon_circle, segment_intersection, unit
from .site import (INSET, PREF_EW, RAIL_V, RIVER, ROUTE8, U, V, XMAX, XMIN, YMAX, YMIN, hill_factor,
                   river_distance_grid, to_uv, town_score, uv)


@dataclass
class RoadLine:
    key: str
    kind: str                 # national, prefectural, avenue, collector, municipal, farm
    function: str             # Road_function code
    width: float              # m, carriageway plus shoulders and footways
    lanes: int
    points: list[Point]
    name: str | None = None
    usage: str | None = None  # Road_usage code (emergency transport road)
    rail_section: str | None = None  # sectionType where it crosses the tracks: 2 高架橋, 5 アンダーパス
    keep_ends: bool = False   # ends on a rotary: never pruned as a stub


@dataclass
class RoadPiece:
    ring: list[Point]                     # counter-clockwise outer ring, local metres
    function: str
    width: float
    lanes: int | None                     # None for junctions (spec: not created for 交差部)
    section: str                          # RoadStructureAttribute_sectionType
    kind: str
    name: str | None = None
    usage: str | None = None
    holes: list[list[Point]] = field(default_factory=list)
    centre: list[Point] = field(default_factory=list)   # centre line (empty for junctions)


#: Station rotaries (north exit, and the Shinkansen side 温泉中央口): centre, outer and inner radius
ROTARIES = [(uv(0.0, 60.0), 24.0, 11.0), (uv(10.0, -100.0), 24.0, 11.0)]

#: Parcels the street grid keeps out of (railway frame u0, u1, v0, v1): shopping centre, schools
RESERVED_UV = {
    "mall": (188.0, 412.0, 130.0, 314.0),
    "elementary_school": (-532.0, -308.0, 330.0, 514.0),
    "junior_high_school": (788.0, 1012.0, 530.0, 714.0),
}

_GRID_V_U0, _GRID_V_STEP = -660.0, 120.0   # V-lines (across the tracks) at u = -660 + 120 k
_GRID_N_V0, _GRID_S_V0, _GRID_U_STEP = 22.0, -60.0, 100.0   # U-lines at v = 22 + 100 k and -60 - 100 k
RAIL_CROSSINGS = {-660.0: "2", 660.0: "5"}   # V-lines that cross the tracks: overpass, underpass


def major_lines() -> list[RoadLine]:
    y1 = YMAX + 30.0
    return [
        RoadLine("N8", "national", "2", 20.0, 4, list(ROUTE8), name="国道8号", usage="1"),
        RoadLine("P2", "prefectural", "3", 12.0, 2, list(PREF_EW), usage="2", rail_section="2"),
        RoadLine("P4", "prefectural", "3", 12.0, 2,
                 [(1620.0, y1), (1480.0, 600.0), (1450.0, 0.0), (1432.0, -160.0)],
                 usage="2", rail_section="2"),
        RoadLine("P1a", "avenue", "3", 16.0, 2, [uv(0.0, 22.0), uv(0.0, 36.0)], keep_ends=True),
        RoadLine("P1b", "avenue", "3", 16.0, 2, [uv(0.0, 84.0), uv(0.0, 1600.0)], keep_ends=True, usage="2"),
        RoadLine("P3a", "avenue", "3", 14.0, 2, [uv(10.0, -60.0), uv(10.0, -76.0)], keep_ends=True),
        RoadLine("P3b", "prefectural", "3", 12.0, 2,
                 [uv(10.0, -124.0), uv(10.0, -160.0), (190.0, -470.0), (420.0, -760.0), (690.0, -960.0),
                  (715.0, -1160.0), (745.0, YMIN - 30.0)], keep_ends=True, usage="2"),
    ]


# --- polyline helpers --------------------------------------------------------------------------------

def _cum(pts: list[Point]) -> list[float]:
    out = [0.0]
    for a, b in zip(pts[:-1], pts[1:]):
        out.append(out[-1] + sqrt((b[0] - a[0]) ** 2 + (b[1] - a[1]) ** 2))
    return out


def _at(pts: list[Point], cum: list[float], s: float) -> Point:
    for i in range(len(pts) - 1):
        if s <= cum[i + 1] or i == len(pts) - 2:
            seg = cum[i + 1] - cum[i]
            t = 0.0 if seg == 0 else (s - cum[i]) / seg
            a, b = pts[i], pts[i + 1]
            return a[0] + t * (b[0] - a[0]), a[1] + t * (b[1] - a[1])
    return pts[-1]


def _sub(pts: list[Point], cum: list[float], s0: float, s1: float) -> list[Point]:
    """The part of a polyline between arc lengths s0 < s1."""
    out = [_at(pts, cum, s0)]
    for i in range(1, len(pts) - 1):
        if s0 < cum[i] < s1:
            out.append(pts[i])
    out.append(_at(pts, cum, s1))
    return out


def _clip_to_box(pts: list[Point], x0: float, y0: float, x1: float, y1: float) -> list[Point]:
    """Clip a polyline that enters and leaves the box once (Liang-Barsky per segment)."""
    out: list[Point] = []
    for a, b in zip(pts[:-1], pts[1:]):
        dx, dy = b[0] - a[0], b[1] - a[1]
        t0, t1 = 0.0, 1.0
        ok = True
        for p, q in ((-dx, a[0] - x0), (dx, x1 - a[0]), (-dy, a[1] - y0), (dy, y1 - a[1])):
            if p == 0:
                if q < 0:
                    ok = False
                continue
            r = q / p
            if p < 0:
                t0 = max(t0, r)
            else:
                t1 = min(t1, r)
        if not ok or t0 > t1:
            continue
        pa = (a[0] + t0 * dx, a[1] + t0 * dy)
        pb = (a[0] + t1 * dx, a[1] + t1 * dy)
        if not out:
            out.append(pa)
        elif out[-1] != pa:
            out.append(pa)
        out.append(pb)
    return out


def buffer_polyline(pts: list[Point], width: float) -> list[Point]:
    """Counter-clockwise outline of a polyline widened to ``width`` (mitred joins)."""
    h = width / 2
    normals = [(-(b[1] - a[1]), b[0] - a[0]) for a, b in zip(pts[:-1], pts[1:])]
    normals = [unit(*n) for n in normals]
    left, right = [], []
    for i, p in enumerate(pts):
        if i == 0:
            nx, ny = normals[0]
        elif i == len(pts) - 1:
            nx, ny = normals[-1]
        else:
            ax, ay = normals[i - 1]
            bx, by = normals[i]
            mx, my = unit(ax + bx, ay + by)
            scale = 1.0 / max(0.5, mx * ax + my * ay)
            nx, ny = mx * scale, my * scale
        left.append((p[0] + nx * h, p[1] + ny * h))
        right.append((p[0] - nx * h, p[1] - ny * h))
    return right + left[::-1]


# --- the grid ----------------------------------------------------------------------------------------

def _in_reserved(u: np.ndarray, v: np.ndarray) -> np.ndarray:
    out = np.zeros(u.shape, dtype=bool)
    for u0, u1, v0, v1 in RESERVED_UV.values():
        out |= (u >= u0) & (u <= u1) & (v >= v0) & (v <= v1)
    return out


def _grid_lines(majors: list[RoadLine]) -> list[RoadLine]:
    """Lattice lines aligned with the railway, cut into runs where a street may exist."""
    # u and v ranges covering the block
    corners = [to_uv(x, y) for x in (XMIN, XMAX) for y in (YMIN, YMAX)]
    umin, umax = min(c[0] for c in corners), max(c[0] for c in corners)
    vmin, vmax = min(c[1] for c in corners), max(c[1] for c in corners)
    specs = []  # (key, along-U?, coordinate, k)
    k0 = int((umin - _GRID_V_U0) // _GRID_V_STEP) - 1
    k1 = int((umax - _GRID_V_U0) // _GRID_V_STEP) + 1
    for k in range(k0, k1 + 1):
        specs.append((f"V{k}", False, _GRID_V_U0 + k * _GRID_V_STEP, k))
    k = 0
    while _GRID_N_V0 + k * _GRID_U_STEP <= vmax:
        specs.append((f"N{k}", True, _GRID_N_V0 + k * _GRID_U_STEP, k))
        k += 1
    k = 0
    while _GRID_S_V0 - k * _GRID_U_STEP >= vmin:
        specs.append((f"S{k}", True, _GRID_S_V0 - k * _GRID_U_STEP, k))
        k += 1

    major_segs = [(a, b, m.width) for m in majors for a, b in zip(m.points[:-1], m.points[1:])]
    lines: list[RoadLine] = []
    for key, along_u, c, k in specs:
        if along_u:
            collector = k % 3 == 1
            farm = k % 4 == 0
            width, lanes = (9.0, 2) if collector else (6.0, 1)
            a, b = uv(umin - 50, c), uv(umax + 50, c)
            rail = None
        else:
            collector = k % 4 == 2 or c in RAIL_CROSSINGS
            farm = k % 4 == 0
            width, lanes = (9.0, 2) if collector else (5.5, 1)
            a, b = uv(c, vmin - 50), uv(c, vmax + 50)
            rail = RAIL_CROSSINGS.get(c)
        pts = _clip_to_box([a, b], XMIN + INSET + width, YMIN + INSET + width,
                           XMAX - INSET - width, YMAX - INSET - width)
        if len(pts) < 2:
            continue
        (ax, ay), (bx, by) = pts[0], pts[-1]
        length = sqrt((bx - ax) ** 2 + (by - ay) ** 2)
        n = int(length / 4.0) + 1
        t = np.linspace(0.0, 1.0, n)
        xs, ys = ax + t * (bx - ax), ay + t * (by - ay)
        us, vs = xs * U[0] + ys * U[1], xs * V[0] + ys * V[1]
        ok = hill_factor(xs, ys) < 0.08
        if rail is None:
            ok &= ~((vs >= RAIL_V[0] - 4.0) & (vs <= RAIL_V[1] + 16.0))
        d_river = river_distance_grid(xs, ys)
        ok &= d_river >= (0.0 if collector else 28.0)
        ok &= ~_in_reserved(us, vs)
        for (cx, cy), r_out, _ in ROTARIES:
            ok &= (xs - cx) ** 2 + (ys - cy) ** 2 > (r_out + 10.0) ** 2
        paddy = town_score(xs, ys) <= 0.0
        if not farm:
            ok &= ~paddy
        # keep clear of a major road running nearly parallel
        dx, dy = unit(bx - ax, by - ay)
        for (p, q, w) in major_segs:
            mx, my = unit(q[0] - p[0], q[1] - p[1])
            if abs(dx * my - dy * mx) >= 0.5:
                continue
            ex, ey = q[0] - p[0], q[1] - p[1]
            tt = np.clip(((xs - p[0]) * ex + (ys - p[1]) * ey) / (ex * ex + ey * ey), 0.0, 1.0)
            dd = np.hypot(p[0] + tt * ex - xs, p[1] + tt * ey - ys)
            ok &= dd > w / 2 + width / 2 + 14.0
        # runs of allowed samples
        i = 0
        run = 0
        while i < n:
            if not ok[i]:
                i += 1
                continue
            j = i
            while j + 1 < n and ok[j + 1]:
                j += 1
            if (j - i) * length / (n - 1) >= 40.0:
                p0 = (float(xs[i]), float(ys[i]))
                p1 = (float(xs[j]), float(ys[j]))
                is_farm = bool(paddy[(i + j) // 2]) and not collector
                kind = "collector" if collector else ("farm" if is_farm else "municipal")
                w = 4.0 if is_farm else width
                lines.append(RoadLine(f"{key}.{run}", kind, "4", w, lanes, [p0, p1], rail_section=rail))
                run += 1
            i = j + 1
    return lines


# --- the network -------------------------------------------------------------------------------------

@dataclass
class _Node:
    x: float
    y: float
    members: list[tuple[int, float]] = field(default_factory=list)   # (line index, arc position)


def build_network() -> list[RoadPiece]:
    majors = major_lines()
    box = (XMIN + INSET, YMIN + INSET, XMAX - INSET, YMAX - INSET)
    for m in majors:
        m.points = _clip_to_box(m.points, *box)
    lines = majors + _grid_lines(majors)
    cums = [_cum(ln.points) for ln in lines]

    # 1. crossings between every pair of lines (T-junctions caught by lengthening segments 4 m)
    raw: list[_Node] = []
    boxes = [(min(p[0] for p in ln.points) - 5, min(p[1] for p in ln.points) - 5,
              max(p[0] for p in ln.points) + 5, max(p[1] for p in ln.points) + 5) for ln in lines]
    for i in range(len(lines)):
        for j in range(i + 1, len(lines)):
            bi, bj = boxes[i], boxes[j]
            if bi[2] < bj[0] or bj[2] < bi[0] or bi[3] < bj[1] or bj[3] < bi[1]:
                continue
            pi, pj = lines[i].points, lines[j].points
            for si in range(len(pi) - 1):
                for sj in range(len(pj) - 1):
                    hit = segment_intersection(pi[si], pi[si + 1], pj[sj], pj[sj + 1], ext=4.0)
                    if hit is None:
                        continue
                    t, s, (x, y) = hit
                    li = cums[i][si] + t * (cums[i][si + 1] - cums[i][si])
                    lj = cums[j][sj] + s * (cums[j][sj + 1] - cums[j][sj])
                    li = min(max(li, 0.0), cums[i][-1])
                    lj = min(max(lj, 0.0), cums[j][-1])
                    raw.append(_Node(x, y, [(i, li), (j, lj)]))

    # 2. merge crossings closer than 6 m into one junction
    nodes: list[_Node] = []
    for nd in raw:
        for other in nodes:
            if (other.x - nd.x) ** 2 + (other.y - nd.y) ** 2 < 36.0:
                other.members += nd.members
                break
        else:
            nodes.append(_Node(nd.x, nd.y, list(nd.members)))

    # 3. pieces of every line between consecutive junctions
    per_line: dict[int, list[tuple[float, int]]] = {}
    for ni, nd in enumerate(nodes):
        seen = set()
        for li, pos in nd.members:
            if li in seen:
                continue
            seen.add(li)
            per_line.setdefault(li, []).append((pos, ni))
    pieces = []  # (line index, s0, s1, node at start or None, node at end or None)
    for li, ln in enumerate(lines):
        total = cums[li][-1]
        stops = sorted(per_line.get(li, []))
        bounds: list[tuple[float, int | None]] = []
        if not stops or stops[0][0] > 4.0:
            bounds.append((0.0, None))
        bounds += stops
        if not stops or stops[-1][0] < total - 4.0:
            bounds.append((total, None))
        for (s0, n0), (s1, n1) in zip(bounds[:-1], bounds[1:]):
            if s1 - s0 < 1.0:
                continue
            dangling = (n0 is None) != (n1 is None)
            if dangling and s1 - s0 < 35.0 and not ln.keep_ends:
                continue
            pieces.append((li, s0, s1, n0, n1))

    # 4. cut back piece ends at junctions of two or more lines; the junction polygon is the hull
    incident: dict[int, list[tuple[int, int]]] = {}   # node -> [(piece index, 0 start / 1 end)]
    for pi, (li, s0, s1, n0, n1) in enumerate(pieces):
        if n0 is not None:
            incident.setdefault(n0, []).append((pi, 0))
        if n1 is not None:
            incident.setdefault(n1, []).append((pi, 1))
    junctions = {n for n, inc in incident.items() if len({pieces[p][0] for p, _ in inc}) >= 2}

    def direction(pi: int, end: int) -> Point:
        li, s0, s1, _, _ = pieces[pi]
        pts, cum = lines[li].points, cums[li]
        if end == 0:
            a, b = _at(pts, cum, s0), _at(pts, cum, min(s1, s0 + 2.0))
        else:
            a, b = _at(pts, cum, s1), _at(pts, cum, max(s0, s1 - 2.0))
        return unit(b[0] - a[0], b[1] - a[1])

    cut: dict[tuple[int, int], float] = {}
    for n in sorted(junctions):
        inc = incident[n]
        for pi, end in inc:
            de = direction(pi, end)
            we = lines[pieces[pi][0]].width
            need = 0.0
            for pf, endf in inc:
                if pieces[pf][0] == pieces[pi][0]:
                    continue
                df = direction(pf, endf)
                wf = lines[pieces[pf][0]].width
                s = max(0.25, abs(de[0] * df[1] - de[1] * df[0]))
                c = abs(de[0] * df[0] + de[1] * df[1])
                need = max(need, (wf / 2) / s + (we / 2) * c / s)
            li, s0, s1, _, _ = pieces[pi]
            cut[(pi, end)] = min(need + 1.0, 30.0, 0.45 * (s1 - s0))

    out: list[RoadPiece] = []
    for n in sorted(junctions):
        corners: list[Point] = []
        fn, width = "9020", 0.0
        for pi, end in incident[n]:
            li, s0, s1, _, _ = pieces[pi]
            ln = lines[li]
            s = s0 + cut[(pi, end)] if end == 0 else s1 - cut[(pi, end)]
            px, py = _at(ln.points, cums[li], s)
            dx, dy = direction(pi, end)
            h = ln.width / 2
            corners += [(px - dy * h, py + dx * h), (px + dy * h, py - dx * h)]
            fn = min(fn, ln.function, key=int)
            width = max(width, ln.width)
        hull = convex_hull([(round(x, 3), round(y, 3)) for x, y in corners])
        if len(hull) >= 3:
            kinds = [lines[pieces[pi][0]].kind for pi, _ in incident[n]]
            kind = min(kinds, key=["national", "prefectural", "avenue", "collector", "municipal",
                                   "farm"].index)
            out.append(RoadPiece(hull, fn, width, None, "4", kind))

    for pi, (li, s0, s1, n0, n1) in enumerate(pieces):
        ln = lines[li]
        a = s0 + cut.get((pi, 0), 0.0)
        b = s1 - cut.get((pi, 1), 0.0)
        if b - a < 1.0:
            continue
        for sa, sb, section in _structure_spans(ln, cums[li], a, b):
            centre = _sub(ln.points, cums[li], sa, sb)
            out.append(RoadPiece(buffer_polyline(centre, ln.width), ln.function, ln.width, ln.lanes, section,
                                 ln.kind, ln.name, ln.usage, centre=centre))

    for (cx, cy), r_out, r_in in ROTARIES:
        hole = polygon_circle(cx, cy, r_in)[::-1]
        out.append(RoadPiece(polygon_circle(cx, cy, r_out), "4", r_out - r_in, None, "4", "avenue",
                             holes=[hole]))
    return out


def _structure_spans(ln: RoadLine, cum: list[float], a: float, b: float) -> list[tuple[float, float, str]]:
    """Split [a, b] of a line where it bridges the river (3 橋梁) or crosses the tracks (2 or 5)."""
    spans: list[tuple[float, float, str]] = []
    pts = ln.points
    for i in range(len(pts) - 1):
        for j in range(len(RIVER) - 1):
            hit = segment_intersection(pts[i], pts[i + 1], RIVER[j], RIVER[j + 1])
            if hit:
                s = cum[i] + hit[0] * (cum[i + 1] - cum[i])
                spans.append((s - 26.0, s + 26.0, "3"))
    if ln.rail_section:
        samples = [(s, to_uv(*_at(pts, cum, s))[1]) for s in np.arange(0.0, cum[-1], 1.0).tolist()]
        inside = [s for s, v in samples if RAIL_V[0] - 6.0 <= v <= RAIL_V[1] + 6.0]
        if inside:
            spans.append((inside[0], inside[-1], ln.rail_section))
    pos = a
    out: list[tuple[float, float, str]] = []
    for s0, s1, sec in sorted(spans):
        s0, s1 = max(s0, a, pos), min(s1, b)
        if s1 - s0 < 2.0:
            continue
        if s0 - pos >= 2.0:
            out.append((pos, s0, "1"))
        else:
            s0 = pos
        out.append((s0, s1, sec))
        pos = s1
    if b - pos >= 2.0 or not out:
        out.append((pos, b, "1"))
    else:
        out[-1] = (out[-1][0], b, out[-1][2])
    return out
