"""Snow sample data (``snow/``): one storm night of snow ploughs on the sample's road network, in the feeds people
actually have, and the city's route tiers.

The night: 2026-01-23 18:00 → 2026-01-24 08:00 JST (:data:`STORM_START`, :data:`STORM_END`). Twenty vehicles
(``K-01`` … ``K-20``) leave the depot, drive to their beat along the network (shortest paths), plough it round after
round and come back:

* ``K-01`` … ``K-04`` 除雪ドーザ on the tier-1 roads (national route 8, the prefectural roads, the station avenue and
  its rotaries), both directions of each; ``K-04`` is called out late (20:45), so part of tier 1 is served late;
* ``K-05``, ``K-06`` 凍結防止剤散布車 spreading salt on tier 1 in the evening and before dawn (blade up, SALT);
* ``K-07`` … ``K-10`` 除雪グレーダ on the tier-2 collectors; ``K-10`` starts at 01:00 (its beat is served late) and
  ``K-09`` breaks down at 23:40 (the rest of its round goes to ``K-08``);
* ``K-11`` … ``K-20`` 小型除雪車 on the residential streets (and the farm roads of the hamlets): five from 22:00,
  five for the morning (早朝除雪, from 01:30).

Nobody's beat holds a few tier-1 and tier-2 segments (:data:`MISSED_NEAR`: a handover gap at the western edge of
the prefectural road, a collector stretch south of the railway): they are **missed on purpose**. Farm roads are
in no beat either (tier 3 by the analysis' rule: never served).

Driving: ploughing 10–30 km/h blade down, deadhead 30–50 km/h blade up, spreading 30–40 km/h; acceleration and
braking, slower through sharp turns, stops at junctions (signals on the main roads, 一時停止 elsewhere) and a
depot break with the engine off (no fixes). Fixes every 5 s (spreaders 10 s) with GPS noise (about 3–5 m,
correlated from fix to fix), now and then a lost fix. What the importers must drop is there too: GPS spikes
(impossible jumps), fixes sent twice (duplicates), fixes repeating a time at another position; and a block of
fixes uploaded late (after a connection loss), which is kept.

Files (``snow/``):

* ``kaga_storm_2026-01-23_avl.csv.gz`` — the main feed: AVL CSV (UTF-8, gzip), columns ``vehicle_id,
  vehicle_type, time, lat, lon, speed_kmh, heading, blade_down, material``; time ISO 8601 with ``+09:00``;
  ``blade_down`` 0/1; ``material`` SALT while spreading, else empty. Rows by vehicle and time (as exported),
  except the late block and the bad fixes;
* ``kaga_storm_2026-01-23_K-03.gpx.gz`` — K-03's night as its phone logger recorded it (GPX 1.1, UTC times,
  speed in m/s and course in Garmin's TrackPointExtension, one ``trkseg`` per stretch with the engine on), with
  the phone's own GPS spikes;
* ``kaga_storm_2026-01-23_vendor.geojson.gz`` — a vendor export of the two spreaders: LineStrings of
  ``[lon, lat, z, epoch_seconds]``, one per stretch of one implement state (``toggle_state`` DEFAULT or SALT),
  ``alt_vehicle``, ``start``;
* ``kaga_snow_route_tiers.geojson`` — the route tiers: LineStrings along the tier-1 and tier-2 roads with ``tier``,
  ``route_name`` (第1次除雪路線 国道8号 …) and ``target_h`` (3 h, 6 h); the rest is left to the analysis' rule.

Deterministic: ``Rng`` (``random.random`` only) and plain arithmetic, except that shapely (GEOS) nodes the centre
lines (exact for lines that meet at shared points, as these do) and headings use ``atan2`` rounded to whole
degrees; gzip is written with no name and mtime 0.
"""

from __future__ import annotations

import datetime as dt
import gzip
import heapq
import io
import json
from dataclasses import dataclass, field
from math import atan2, degrees, sqrt
from pathlib import Path

from .geo import STATION_LAT, STATION_LON, M_PER_DEG_LAT, M_PER_DEG_LON, Point, polyline_distance, to_latlon
from .rand import Ids, Rng
from .roads import major_lines
from .site import HAMLETS, SEED, to_uv

SNOW_DIR = Path("snow")
AVL_CSV = "kaga_storm_2026-01-23_avl.csv.gz"
GPX_FILE = "kaga_storm_2026-01-23_K-03.gpx.gz"
VENDOR_GEOJSON = "kaga_storm_2026-01-23_vendor.geojson.gz"
TIERS_GEOJSON = "kaga_snow_route_tiers.geojson"

JST = dt.timezone(dt.timedelta(hours=9))
STORM_START = dt.datetime(2026, 1, 23, 18, 0, tzinfo=JST)
STORM_END = dt.datetime(2026, 1, 24, 8, 0, tzinfo=JST)

AVL_HEADER = ("vehicle_id", "vehicle_type", "time", "lat", "lon", "speed_kmh", "heading", "blade_down", "material")
#: decimals of the fixes' latitude and longitude (about 0.1 m; GPS noise is metres)
FIX_DECIMALS = 6

#: service targets (hours after the storm's start) written to the tier file
TARGET_H = {1: 3.0, 2: 6.0}
#: road classes of the tiers in the file (the rest: the analysis' rule)
TIER_CLASSES = {"national": 1, "prefectural": 1, "avenue": 1, "collector": 2}

#: (x, y) local metres and radius: tier-1/2 segments whose middle lies within are in nobody's beat
MISSED_NEAR = (((-1060.0, 532.0), 90.0, 1),       # both ends of the prefectural road at the area's edge: a handover
               ((2090.0, 778.0), 80.0, 1),        # gap (each side thought the neighbouring district had them)
               ((530.0, -600.0), 120.0, 2),       # collector stretches south of route 8 that no grader's beat holds
               ((-670.0, -735.0), 100.0, 2))

DEPOT_NEAR = (1435.0, -150.0)                     # the depot (invented): on the eastern prefectural road, near route 8

SPIKES = 9             # GPS spikes in the AVL feed (impossible jumps: 1.5–8 km from the track within 5–10 s)
DUPLICATES = 4         # fixes sent twice
SAME_TIME = 3          # a fix repeating the previous fix's time at another position
LATE_BLOCK_S = 240     # K-12 loses its connection for this long; the fixes come at the end of the file
GPX_SPIKES = 4         # the phone's own spikes in K-03's GPX


def _t(h: int, m: int = 0, day: int = 23) -> int:
    """Seconds after the storm's start for ``day`` (23 or 24 January) ``h:m`` JST."""
    return int((dt.datetime(2026, 1, day, h, m, tzinfo=JST) - STORM_START).total_seconds())


# -- the vehicles ---------------------------------------------------------------------------------------------------


@dataclass
class Vehicle:
    ident: str
    kind: str                         # 除雪ドーザ, 除雪グレーダ, 小型除雪車, 凍結防止剤散布車
    role: str                         # tier1, spread, tier2, streets
    centre: Point                     # its beat: the role's tasks nearest to this point (k-means for tier2, streets)
    shifts: list[tuple[int, int]]     # (start, end) seconds after STORM_START, the engine on at the depot
    interval: int = 5                 # seconds between fixes
    plough_kmh: tuple[float, float] = (15.0, 25.0)
    break_at: int | None = None       # a depot break after this time …
    break_s: int = 0                  # … this long
    idle_break: bool = True           # the engine idles through the break (fixes go on), else it is off (no fixes)
    standby_s: tuple[int, int] = (0, 0)   # 待機 after each round, where it ends (engine on)
    breakdown_at: int | None = None   # back to the depot after the task in hand, for good
    handover_to: str | None = None    # who takes the rest of the round after a breakdown


def vehicles() -> list[Vehicle]:
    """The fleet of the night, in the order they are simulated (a breakdown's vehicle before its helper)."""
    dozer, grader, small, spreader = "除雪ドーザ", "除雪グレーダ", "小型除雪車", "凍結防止剤散布車"
    fleet = [
        Vehicle("K-01", dozer, "tier1", (-400.0, -600.0), [(_t(18, 15), _t(7, 35, 24))], 5, (18.0, 28.0),
                _t(0, 30, 24), 45 * 60),
        Vehicle("K-02", dozer, "tier1", (-500.0, 700.0), [(_t(18, 20), _t(7, 30, 24))], 5, (18.0, 28.0),
                _t(1, 0, 24), 40 * 60, idle_break=False),
        Vehicle("K-03", dozer, "tier1", (900.0, -350.0), [(_t(18, 25), _t(7, 35, 24))], 5, (17.0, 27.0),
                _t(1, 30, 24), 45 * 60, idle_break=False),
        Vehicle("K-04", dozer, "tier1", (1500.0, 700.0), [(_t(20, 45), _t(7, 35, 24))], 5, (18.0, 28.0),
                _t(3, 0, 24), 30 * 60),
        Vehicle("K-05", spreader, "spread", (-500.0, 0.0), [(_t(18, 0), _t(22, 0)), (_t(3, 30, 24), _t(7, 30, 24))],
                10, (30.0, 40.0)),
        Vehicle("K-06", spreader, "spread", (1200.0, 200.0), [(_t(18, 5), _t(22, 5)), (_t(3, 35, 24), _t(7, 35, 24))],
                10, (30.0, 40.0)),
        Vehicle("K-07", grader, "tier2", (-700.0, 900.0), [(_t(19, 0), _t(7, 30, 24))], 5, (10.0, 20.0),
                _t(1, 0, 24), 40 * 60, standby_s=(300, 900)),
        Vehicle("K-09", grader, "tier2", (-600.0, -300.0), [(_t(19, 10), _t(7, 30, 24))], 5, (10.0, 20.0),
                standby_s=(300, 900), breakdown_at=_t(23, 40), handover_to="K-08"),
        Vehicle("K-08", grader, "tier2", (600.0, 700.0), [(_t(19, 5), _t(7, 30, 24))], 5, (10.0, 20.0),
                _t(1, 20, 24), 40 * 60, standby_s=(300, 900)),
        Vehicle("K-10", grader, "tier2", (1600.0, -500.0), [(_t(1, 0, 24), _t(7, 30, 24))], 5, (10.0, 20.0),
                standby_s=(300, 900)),
    ]
    centres = ((-900.0, 1100.0), (-300.0, 1000.0), (300.0, 1100.0), (1100.0, 1000.0), (1800.0, 1000.0),
               (-900.0, -300.0), (-300.0, 300.0), (400.0, 200.0), (200.0, -900.0), (1700.0, -500.0))
    for k, c in enumerate(centres):
        early = k < 5                  # called out at 22:00 with a break; the others for the morning (早朝除雪)
        shift = (_t(22, 0) + 300 * k, _t(7, 30, 24)) if early else (_t(1, 30, 24) + 300 * (k - 5), _t(7, 30, 24))
        fleet.append(Vehicle(f"K-{11 + k:02d}", small, "streets", c, [shift], 5, (10.0, 15.0),
                             _t(3, 0, 24) + 600 * k if early else None, 30 * 60, idle_break=k != 2,
                             standby_s=(120, 600)))
    return fleet


# -- the network ----------------------------------------------------------------------------------------------------


@dataclass
class Edge:
    ident: int
    a: int                      # node at pts[0]
    b: int                      # node at pts[-1]
    pts: list[Point]
    length: float
    road_class: str
    name: str | None
    lanes: int | None
    tier: int | None = None     # from TIER_CLASSES
    route: str = ""             # route name (tiers 1 and 2)


def _length(pts: list[Point]) -> float:
    return sum(sqrt((b[0] - a[0]) ** 2 + (b[1] - a[1]) ** 2) for a, b in zip(pts[:-1], pts[1:]))


class Graph:
    """The centre lines noded at shared points (and where a line ends on another, as the rotary spokes do), with
    Dijkstra by length. Nodes and edges are numbered in a fixed order."""

    def __init__(self, lines: list[dict]):
        import shapely

        geoms = [shapely.LineString(ln["points"]) for ln in lines]
        geoms, attrs = self._snap_dangles(geoms, lines)
        tree = shapely.STRtree(geoms)
        noded = list(shapely.get_parts(shapely.node(shapely.multilinestrings(geoms))))
        self.nodes: list[Point] = []
        index: dict[tuple[float, float], int] = {}

        def node(p: Point) -> int:
            k = (round(p[0], 2), round(p[1], 2))
            if k not in index:
                index[k] = len(self.nodes)
                self.nodes.append((float(p[0]), float(p[1])))
            return index[k]

        self.edges: list[Edge] = []
        for g in noded:
            pts = [(float(x), float(y)) for x, y in shapely.get_coordinates(g)]
            if len(pts) < 2 or _length(pts) < 0.5:
                continue
            mid = shapely.line_interpolate_point(g, 0.5, normalized=True)
            src = attrs[int(tree.query_nearest(mid)[0])]
            self.edges.append(Edge(len(self.edges), node(pts[0]), node(pts[-1]), pts, _length(pts),
                                   src["road_class"], src["name"], src["lanes"]))
        self.adj: list[list[tuple[int, int]]] = [[] for _ in self.nodes]
        for e in self.edges:
            self.adj[e.a].append((e.ident, e.b))
            if e.b != e.a:
                self.adj[e.b].append((e.ident, e.a))

    @staticmethod
    def _snap_dangles(geoms: list, lines: list[dict]) -> tuple[list, list[dict]]:
        """Lines that end within 1 m of another line's interior (the rotary spokes on their ring): the end moves on
        to the line, which is split there."""
        import shapely
        from shapely.ops import substring

        geoms, attrs = list(geoms), list(lines)
        ends: dict[tuple[float, float], int] = {}
        for g in geoms:
            for p in (g.coords[0], g.coords[-1]):
                k = (round(p[0], 2), round(p[1], 2))
                ends[k] = ends.get(k, 0) + 1
        for i in range(len(geoms)):
            for which in (0, -1):
                p = geoms[i].coords[which]
                if ends[(round(p[0], 2), round(p[1], 2))] != 1:
                    continue
                pt = shapely.Point(p)
                best = None
                for j, g in enumerate(geoms):
                    if j != i and g.distance(pt) < 1.0:
                        d = g.project(pt)
                        if 0.5 < d < g.length - 0.5:
                            best = (j, d)
                            break
                if best is None:
                    continue
                j, d = best
                q = geoms[j].interpolate(d)
                coords = list(geoms[i].coords)
                coords[which] = (q.x, q.y)
                geoms[i] = shapely.LineString(coords)
                first, second = substring(geoms[j], 0, d), substring(geoms[j], d, geoms[j].length)
                geoms[j] = first
                geoms.append(second)
                attrs.append(attrs[j])
        return geoms, attrs

    def dijkstra(self, source: int) -> tuple[list[float], list[tuple[int, int] | None]]:
        """Distances from ``source`` and, per node, (edge, previous node) on a shortest path."""
        inf = float("inf")
        dist = [inf] * len(self.nodes)
        prev: list[tuple[int, int] | None] = [None] * len(self.nodes)
        dist[source] = 0.0
        heap = [(0.0, source)]
        while heap:
            d, n = heapq.heappop(heap)
            if d > dist[n]:
                continue
            for e, m in self.adj[n]:
                nd = d + self.edges[e].length
                if nd < dist[m]:
                    dist[m] = nd
                    prev[m] = (e, n)
                    heapq.heappush(heap, (nd, m))
        return dist, prev

    @staticmethod
    def path(prev: list[tuple[int, int] | None], target: int) -> list[tuple[int, int]]:
        """(edge, from node) steps from the Dijkstra source to ``target``."""
        out = []
        while prev[target] is not None:
            e, n = prev[target]
            out.append((e, n))
            target = n
        return out[::-1]

    def nearest_node(self, p: Point) -> int:
        return min(range(len(self.nodes)),
                   key=lambda i: (self.nodes[i][0] - p[0]) ** 2 + (self.nodes[i][1] - p[1]) ** 2)

    def oriented(self, e: int, start: int) -> list[Point]:
        edge = self.edges[e]
        return edge.pts if start == edge.a else edge.pts[::-1]

    def other(self, e: int, n: int) -> int:
        edge = self.edges[e]
        return edge.b if n == edge.a else edge.a

    def degree(self, n: int) -> int:
        return len(self.adj[n])


def _mid(pts: list[Point]) -> Point:
    """The point half-way along a polyline."""
    half, acc = _length(pts) / 2, 0.0
    for a, b in zip(pts[:-1], pts[1:]):
        d = sqrt((b[0] - a[0]) ** 2 + (b[1] - a[1]) ** 2)
        if acc + d >= half and d > 0:
            t = (half - acc) / d
            return a[0] + (b[0] - a[0]) * t, a[1] + (b[1] - a[1]) * t
        acc += d
    return pts[-1]


def assign_routes(graph: Graph) -> None:
    """Tier and route name of every tier-1/2 edge: from its road class, the major line it follows, and for the
    collectors the street-grid line they lie on (東西 along the railway, 南北 across it; numbered south to north and
    west to east)."""
    majors = {m.key: m for m in major_lines()}
    pref_names = {"P2": "県道 駅北東西線", "P4": "県道 東部南北線", "P3b": "県道 駅南線"}
    grid: dict[int, tuple[str, int]] = {}
    for e in graph.edges:
        if e.road_class == "collector":
            (u0, v0), (u1, v1) = to_uv(*e.pts[0]), to_uv(*e.pts[-1])
            across = abs(u1 - u0) < abs(v1 - v0)
            grid[e.ident] = ("南北", round((u0 + u1) / 40)) if across else ("東西", round((v0 + v1) / 40))
    numbers = {k: n for d in ("東西", "南北") for n, k in
               enumerate(sorted({g for g in grid.values() if g[0] == d}, key=lambda g: g[1]), 1)}
    for e in graph.edges:
        tier = TIER_CLASSES.get(e.road_class)
        if tier is None:
            continue
        e.tier = tier
        if e.road_class == "national":
            e.route = f"第1次除雪路線 {e.name or '国道8号'}"
        elif e.road_class == "prefectural":
            mx, my = _mid(e.pts)
            near = min(pref_names, key=lambda k: polyline_distance(mx, my, majors[k].points))
            e.route = f"第1次除雪路線 {pref_names[near]}"
        elif e.road_class == "avenue":
            e.route = "第1次除雪路線 駅前通り"
        else:
            d, _ = grid[e.ident]
            e.route = f"第2次除雪路線 市道 {d}{numbers[grid[e.ident]]}号線"


# -- driving --------------------------------------------------------------------------------------------------------


@dataclass
class Fix:
    t: int                  # seconds after STORM_START
    x: float
    y: float
    kmh: float
    heading: int
    blade: bool
    material: str


@dataclass
class Task:
    edge: int
    start: int | None       # the node to start from (a direction of a two-way main road), None: either end
    available: int = 0      # from this time (a handed-over task)


ACCEL, BRAKE = 0.7, 1.2     # m/s²


@dataclass
class Drive:
    """One vehicle's night, second by second; :attr:`fixes` are what its AVL unit sent."""

    vehicle: Vehicle
    graph: Graph
    rng: Rng
    node: int
    t: int = 0
    v: float = 0.0                       # m/s
    x: float = 0.0
    y: float = 0.0
    heading: float = 0.0
    next_fix: int = 0
    nx: float = 0.0                      # GPS error (m), correlated from fix to fix
    ny: float = 0.0
    fixes: list[Fix] = field(default_factory=list)
    served: dict[int, list[int]] = field(default_factory=dict)   # edge → times it was served (blade down / salt)

    def __post_init__(self) -> None:
        self.x, self.y = self.graph.nodes[self.node]

    def _noise(self) -> float:
        """About normal, sd ~2.5 m (a sum of three uniforms)."""
        return (self.rng.random() + self.rng.random() + self.rng.random() - 1.5) * 5.0

    def _emit(self, blade: bool, material: str) -> None:
        while self.next_fix <= self.t:
            self.nx = 0.8 * self.nx + 0.6 * self._noise()
            self.ny = 0.8 * self.ny + 0.6 * self._noise()
            if not self.rng.chance(0.004):                      # now and then a fix is lost
                kmh = max(0.0, self.v * 3.6 + (self.rng.random() - 0.5) * 1.6) if self.v > 0.05 else 0.0
                hd = int(round(self.heading + (self.rng.random() - 0.5) * 6.0)) % 360
                self.fixes.append(Fix(self.next_fix, self.x + self.nx, self.y + self.ny, round(kmh, 1), hd,
                                      blade, material))
            self.next_fix += self.vehicle.interval

    def engine_on(self, t: int) -> None:
        """Start reporting at ``t`` (after a break with the engine off: no fixes in between)."""
        self.t = t
        self.next_fix = t

    def wait(self, seconds: int, blade: bool = False, material: str = "") -> None:
        self.v = 0.0
        for _ in range(seconds):
            self.t += 1
            self._emit(blade, material)

    def along(self, pts: list[Point], kmh: float, blade: bool, material: str, end_kmh: float) -> None:
        """Drive along ``pts`` at about ``kmh``, arriving at ``end_kmh`` (0: a stop)."""
        seglen = [sqrt((b[0] - a[0]) ** 2 + (b[1] - a[1]) ** 2) for a, b in zip(pts[:-1], pts[1:])]
        total = sum(seglen)
        if total <= 0:
            return
        target, v_end = kmh / 3.6, end_kmh / 3.6
        s, k, acc = 0.0, 0, 0.0            # distance along, current piece, distance at its start
        while s < total - 1e-6:
            left = total - s
            allowed = sqrt(v_end * v_end + 2 * BRAKE * left)
            wobble = target * (1.0 + (self.rng.random() - 0.5) * 0.1)
            self.v = max(min(self.v + ACCEL, wobble, allowed), 0.8)
            step = min(self.v, left)
            s += step
            while k < len(seglen) - 1 and acc + seglen[k] < s:
                acc += seglen[k]
                k += 1
            (ax, ay), (bx, by) = pts[k], pts[k + 1]
            f = (s - acc) / seglen[k] if seglen[k] > 0 else 1.0
            f = min(max(f, 0.0), 1.0)
            self.x, self.y = ax + (bx - ax) * f, ay + (by - ay) * f
            if seglen[k] > 0:
                self.heading = degrees(atan2(bx - ax, by - ay)) % 360.0
            self.t += 1
            self._emit(blade, material)
        self.v = min(self.v, v_end)

    def traverse(self, e: int, start: int, kmh: float, blade: bool, material: str, next_edge: int | None) -> int:
        """Drive edge ``e`` from node ``start``; stop or slow down at its end as the junction asks. Returns the
        node reached."""
        g = self.graph
        pts = g.oriented(e, start)
        end = g.other(e, start)
        stop = 0
        end_kmh = kmh
        if next_edge is not None:
            nxt = g.oriented(next_edge, end)
            end_kmh = min(end_kmh, _corner_kmh(pts, nxt))
        if g.degree(end) >= 3:
            main = g.edges[e].road_class in ("national", "prefectural", "avenue")
            if self.rng.chance(0.12 if main else 0.2):         # a red light on the main roads, 一時停止 elsewhere
                stop = self.rng.int_between(10, 40) if main else self.rng.int_between(2, 5)
                end_kmh = 0.0
        elif g.degree(end) == 1:
            end_kmh, stop = 0.0, self.rng.int_between(8, 20)        # turning round at a dead end
        self.along(pts, kmh, blade, material, end_kmh)
        if stop:
            self.wait(stop, blade, material)
        if blade or material:
            self.served.setdefault(e, []).append(self.t)
        self.node = end
        return end


def _corner_kmh(a: list[Point], b: list[Point]) -> float:
    """Speed through the turn from polyline ``a`` into ``b`` (no trigonometry: the cosine of the turn)."""
    (ax, ay), (bx, by) = a[-2], a[-1]
    (cx, cy), (dx, dy) = b[0], b[1]
    u, w = (bx - ax, by - ay), (dx - cx, dy - cy)
    nu, nw = sqrt(u[0] ** 2 + u[1] ** 2), sqrt(w[0] ** 2 + w[1] ** 2)
    if nu == 0 or nw == 0:
        return 15.0
    cos = (u[0] * w[0] + u[1] * w[1]) / (nu * nw)
    return 8.0 if cos < -0.5 else 15.0 if cos < 0.5 else 25.0 if cos < 0.9 else 99.0


class Night:
    """Simulates every vehicle of :func:`vehicles` on the network."""

    def __init__(self, graph: Graph, rng: Rng):
        self.graph = graph
        self.rng = rng
        self.depot = graph.nearest_node(DEPOT_NEAR)
        self.fleet = vehicles()
        reach, _ = graph.dijkstra(self.depot)
        #: pieces the network does not connect to the rest (no plough gets there)
        self.cut_off = {e.ident for e in graph.edges if reach[e.a] == float("inf")}
        self.missed = self._missed()
        self.tasks = self._beats()
        self.handed: dict[str, list[Task]] = {}
        self.drives: dict[str, Drive] = {}
        for v in self.fleet:
            self.drives[v.ident] = self._run(v)

    def _missed(self) -> set[int]:
        out = set()
        for e in self.graph.edges:
            mx, my = _mid(e.pts)
            for (cx, cy), r, tier in MISSED_NEAR:
                if e.tier == tier and (mx - cx) ** 2 + (my - cy) ** 2 <= r * r:
                    out.add(e.ident)
        return out

    def _beats(self) -> dict[str, list[Task]]:
        """Each role's tasks split among its vehicles by the nearest beat centre (for the graders and the small
        ploughs, centres moved by a few k-means steps from the given ones, so the beats are compact)."""
        g = self.graph

        def near_hamlet(e: Edge) -> bool:
            mx, my = _mid(e.pts)
            return any((mx - hx) ** 2 + (my - hy) ** 2 <= (hr + 120.0) ** 2 for (hx, hy), hr in HAMLETS)

        roles = {"tier1": lambda e: e.tier == 1, "spread": lambda e: e.tier == 1, "tier2": lambda e: e.tier == 2,
                 "streets": lambda e: e.road_class == "municipal" or (e.road_class == "farm" and near_hamlet(e))}
        out: dict[str, list[Task]] = {v.ident: [] for v in self.fleet}
        for role, wanted in roles.items():
            crew = [v for v in self.fleet if v.role == role]
            edges = [e for e in g.edges if wanted(e) and e.ident not in self.cut_off
                     and (e.ident not in self.missed or role == "spread")]
            mids = [_mid(e.pts) for e in edges]
            centres = [v.centre for v in crew]

            def nearest(m: Point) -> int:
                return min(range(len(centres)), key=lambda k: (centres[k][0] - m[0]) ** 2 + (centres[k][1] - m[1]) ** 2)

            for _ in range(8 if role in ("tier2", "streets") else 0):
                sums = [[0.0, 0.0, 0.0] for _ in centres]
                for e, m in zip(edges, mids):
                    acc = sums[nearest(m)]
                    acc[0] += m[0] * e.length
                    acc[1] += m[1] * e.length
                    acc[2] += e.length
                centres = [(a[0] / a[2], a[1] / a[2]) if a[2] else c for a, c in zip(sums, centres)]
            for e, m in zip(edges, mids):
                v = crew[nearest(m)]
                if e.tier == 1 and (e.lanes or 1) >= 2 and e.a != e.b:        # both directions of a main road
                    out[v.ident] += [Task(e.ident, e.a), Task(e.ident, e.b)]
                else:
                    out[v.ident].append(Task(e.ident, None))
        return out

    def _run(self, v: Vehicle) -> Drive:
        g = self.graph
        drive = Drive(v, g, self.rng, self.depot)
        spreader = v.role == "spread"
        took_break = False
        for start, end in v.shifts:
            drive.engine_on(start)
            drive.node = self.depot
            drive.x, drive.y = g.nodes[self.depot]
            drive.wait(self.rng.int_between(120, 400))                 # warming up, loading salt
            todo: list[Task] = []
            broke = False
            rounds = 0
            while drive.t < end:
                if not todo:
                    if rounds and v.standby_s[1]:
                        drive.wait(self.rng.int_between(*v.standby_s))     # 待機 until the snow builds up again
                        if drive.t >= end:
                            break
                    rounds += 1
                    todo = [Task(t.edge, t.start) for t in self.tasks[v.ident]]
                    todo += [t for t in self.handed.get(v.ident, []) if t.available <= drive.t]
                    if not todo:
                        break
                if v.breakdown_at is not None and drive.t >= v.breakdown_at:
                    if v.handover_to:
                        self.handed.setdefault(v.handover_to, []).extend(
                            Task(t.edge, t.start, drive.t) for t in todo)
                    broke = True
                    break
                if v.break_at is not None and not took_break and drive.t >= v.break_at:
                    self._to(drive, self.depot, v)
                    if v.idle_break:
                        drive.wait(v.break_s)                          # the heater on: fixes go on
                    else:
                        drive.wait(self.rng.int_between(30, 90))
                        drive.engine_on(drive.t + v.break_s)           # engine off: no fixes
                        drive.wait(self.rng.int_between(60, 180))
                    took_break = True
                    continue
                task = self._nearest(drive, todo)
                todo.remove(task)
                self._serve(drive, task, todo, v, spreader)
            self._to(drive, self.depot, v, slow=broke)
            drive.wait(self.rng.int_between(30, 90))
        return drive

    def _nearest(self, drive: Drive, todo: list[Task]) -> Task:
        dist, _ = self.graph.dijkstra(drive.node)
        best, best_d = todo[0], float("inf")
        for t in todo:
            e = self.graph.edges[t.edge]
            starts = (t.start,) if t.start is not None else (e.a, e.b)
            d = min(dist[s] for s in starts)
            if d < best_d - 1e-9:
                best, best_d = t, d
        return best

    def _kmh(self, v: Vehicle, working: bool) -> float:
        lo, hi = v.plough_kmh if working else (30.0, 50.0)
        return self.rng.uniform(lo, hi)

    def _to(self, drive: Drive, target: int, v: Vehicle, todo: list[Task] | None = None,
            slow: bool = False) -> None:
        """Drive to ``target`` along a shortest path; tasks of ``todo`` on the way (in their direction) are
        served on the way."""
        g = self.graph
        _, prev = g.dijkstra(drive.node)
        steps = g.path(prev, target)
        spreader = v.role == "spread"
        for i, (e, n) in enumerate(steps):
            nxt = steps[i + 1][0] if i + 1 < len(steps) else None
            hit = None
            if todo is not None:
                hit = next((t for t in todo if t.edge == e and (t.start is None or t.start == n)), None)
            if hit is not None:
                todo.remove(hit)
                drive.traverse(e, n, self._kmh(v, True), not spreader, "SALT" if spreader else "", nxt)
            else:
                kmh = self.rng.uniform(15.0, 22.0) if slow else self._kmh(v, False)
                if spreader:
                    kmh = min(kmh, 40.0)
                drive.traverse(e, n, kmh, False, "", nxt)

    def _serve(self, drive: Drive, task: Task, todo: list[Task], v: Vehicle, spreader: bool) -> None:
        g = self.graph
        e = g.edges[task.edge]
        if task.start is not None:
            start = task.start
        else:
            dist, _ = g.dijkstra(drive.node)
            start = e.a if dist[e.a] <= dist[e.b] else e.b
        self._to(drive, start, v, todo)
        drive.traverse(task.edge, start, self._kmh(v, True), not spreader, "SALT" if spreader else "", None)


# -- writing --------------------------------------------------------------------------------------------------------


def _latlon(x: float, y: float) -> tuple[float, float]:
    return (round(STATION_LAT + y / M_PER_DEG_LAT, FIX_DECIMALS), round(STATION_LON + x / M_PER_DEG_LON, FIX_DECIMALS))


def _gz(text: str) -> bytes:
    buf = io.BytesIO()
    with gzip.GzipFile(filename="", mode="wb", fileobj=buf, mtime=0, compresslevel=9) as f:
        f.write(text.encode("utf-8"))
    return buf.getvalue()


def _iso(t: int) -> str:
    return (STORM_START + dt.timedelta(seconds=t)).isoformat()


def _spike_offset(rng: Rng, lo: float, hi: float) -> Point:
    """A displacement of lo … hi metres in one of eight directions."""
    d = rng.uniform(lo, hi)
    dx, dy = rng.choice(((1, 0), (0.7071, 0.7071), (0, 1), (-0.7071, 0.7071), (-1, 0), (-0.7071, -0.7071),
                         (0, -1), (0.7071, -0.7071)))
    return dx * d, dy * d


def _spike_indices(fixes: list[Fix], rng: Rng, n: int) -> list[int]:
    """``n`` distinct fixes with close neighbours on both sides (so a spike is an impossible jump)."""
    out: list[int] = []
    while len(out) < n:
        i = rng.int_between(20, len(fixes) - 20)
        if all(abs(i - j) > 5 for j in out) and fixes[i].t - fixes[i - 1].t <= 10 and fixes[i + 1].t - fixes[i].t <= 10:
            out.append(i)
    return sorted(out)


def avl_rows(night: Night, rng: Rng) -> tuple[list[list[str]], dict[str, int]]:
    """The AVL CSV rows (without the header) and what was done to them."""
    def row(v: Vehicle, f: Fix, dx: float = 0.0, dy: float = 0.0) -> list[str]:
        lat, lon = _latlon(f.x + dx, f.y + dy)
        return [v.ident, v.kind, _iso(f.t), f"{lat:.{FIX_DECIMALS}f}", f"{lon:.{FIX_DECIMALS}f}", f"{f.kmh:.1f}",
                str(f.heading), "1" if f.blade else "0", f.material]

    per_vehicle: list[tuple[Vehicle, list[list[str]]]] = []
    for v in sorted(night.fleet, key=lambda v: v.ident):
        per_vehicle.append((v, [row(v, f) for f in night.drives[v.ident].fixes]))
    counts = {"spikes": 0, "duplicates": 0, "same_time": 0, "late": 0}
    # spikes in the ploughs' feeds (not the spreaders': their vendor export is clean)
    spiky = [(v, rows) for v, rows in per_vehicle if v.role != "spread"]
    for k in range(SPIKES):
        v, rows = spiky[(k * 5) % len(spiky)]
        fixes = night.drives[v.ident].fixes
        i = _spike_indices(fixes, rng, 1)[0]
        dx, dy = _spike_offset(rng, 1500.0, 8000.0)
        rows[i] = row(v, fixes[i], dx, dy)
        counts["spikes"] += 1
    for k in range(DUPLICATES):
        v, rows = spiky[(k * 7 + 3) % len(spiky)]
        i = rng.int_between(50, len(rows) - 50)
        rows.insert(i + 1, list(rows[i]))
        counts["duplicates"] += 1
    for k in range(SAME_TIME):
        v, rows = spiky[(k * 3 + 1) % len(spiky)]
        fixes = night.drives[v.ident].fixes
        i = rng.int_between(50, len(fixes) - 50)
        f = fixes[i]
        if f.kmh < 5:                              # a standing vehicle's repeat looks the same: pick a moving one
            i += 3
            f = fixes[i]
        again = Fix(f.t, f.x + 12.0, f.y - 9.0, f.kmh, f.heading, f.blade, f.material)
        at = next(j for j, r in enumerate(rows) if r[2] == _iso(f.t))
        rows.insert(at + 1, row(v, again))
        counts["same_time"] += 1
    out: list[list[str]] = []
    late: list[list[str]] = []
    for v, rows in per_vehicle:
        if v.ident == "K-12":                      # a connection loss: the buffered fixes come last
            t0 = night.drives[v.ident].fixes[0].t + 3600
            cut = [r for r in rows if _iso(t0) <= r[2] < _iso(t0 + LATE_BLOCK_S)]
            rows = [r for r in rows if not (_iso(t0) <= r[2] < _iso(t0 + LATE_BLOCK_S))]
            late, counts["late"] = cut, len(cut)
        out.extend(rows)
    out.extend(late)
    return out, counts


def write_avl(path: Path, rows: list[list[str]]) -> None:
    lines = [",".join(AVL_HEADER)] + [",".join(r) for r in rows]
    path.write_bytes(_gz("\n".join(lines) + "\n"))


def gpx_text(night: Night, rng: Rng, vehicle: str = "K-03") -> tuple[str, int]:
    """K-03's night as its phone logger wrote it (GPX 1.1, UTC), with the phone's spikes; and the point count."""
    fixes = night.drives[vehicle].fixes
    spikes = set(_spike_indices(fixes, rng, GPX_SPIKES))
    segs: list[list[str]] = [[]]
    for i, f in enumerate(fixes):
        if i and f.t - fixes[i - 1].t > 120:
            segs.append([])
        dx, dy = _spike_offset(rng, 3000.0, 9000.0) if i in spikes else (0.0, 0.0)
        lat, lon = _latlon(f.x + dx, f.y + dy)
        when = (STORM_START + dt.timedelta(seconds=f.t)).astimezone(dt.timezone.utc).strftime("%Y-%m-%dT%H:%M:%SZ")
        segs[-1].append(f'<trkpt lat="{lat:.{FIX_DECIMALS}f}" lon="{lon:.{FIX_DECIMALS}f}"><time>{when}</time>'
                        f"<extensions><gpxtpx:TrackPointExtension><gpxtpx:speed>{f.kmh / 3.6:.1f}</gpxtpx:speed>"
                        f"<gpxtpx:course>{f.heading}</gpxtpx:course></gpxtpx:TrackPointExtension></extensions>"
                        "</trkpt>")
    body = "\n".join("<trkseg>\n" + "\n".join(s) + "\n</trkseg>" for s in segs if s)
    text = ('<?xml version="1.0" encoding="UTF-8"?>\n'
            '<gpx version="1.1" creator="Kaga sample (phone GPS logger)" xmlns="http://www.topografix.com/GPX/1/1" '
            'xmlns:gpxtpx="http://www.garmin.com/xmlschemas/TrackPointExtension/v2">\n'
            f"<metadata><name>{vehicle}</name><desc>加賀市除雪 {vehicle} 2026-01-23 夜間除雪 (スマートフォン記録)</desc>"
            f"<time>{STORM_START.astimezone(dt.timezone.utc).strftime('%Y-%m-%dT%H:%M:%SZ')}</time></metadata>\n"
            f"<trk><name>{vehicle} 2026-01-23</name>\n{body}\n</trk>\n</gpx>\n")
    return text, len(fixes)


def vendor_features(night: Night, ids: Ids, idents: tuple[str, ...] = ("K-05", "K-06")) -> list[dict]:
    """The spreaders' night as a vendor exports it: one LineString per stretch of one implement state (a new one
    after a gap of more than 2 minutes too)."""
    feats = []
    epoch0 = int(STORM_START.timestamp())
    for ident in idents:
        fixes = night.drives[ident].fixes
        runs: list[list[Fix]] = []
        for i, f in enumerate(fixes):
            state = "SALT" if f.material else "DEFAULT"
            if not runs or f.t - fixes[i - 1].t > 120 or state != ("SALT" if runs[-1][-1].material else "DEFAULT"):
                runs.append([])
            runs[-1].append(f)
        for run in runs:
            if len(run) < 2:
                continue
            state = "SALT" if run[0].material else "DEFAULT"
            coords = []
            for f in run:
                lat, lon = _latlon(f.x, f.y)
                coords.append([lon, lat, 0, epoch0 + f.t])
            start = (STORM_START + dt.timedelta(seconds=run[0].t)).astimezone(dt.timezone.utc)
            feats.append({"type": "Feature",
                          "properties": {"id": ids.uuid("vendor-track"), "company_id": 17206, "fleet_id": None,
                                         "vehicle_id": None, "alt_vehicle": ident, "toggle_state": state,
                                         "toggle_state_list": [state],
                                         "start": start.strftime("%Y-%m-%d %H:%M:%S+00:00")},
                          "geometry": {"type": "LineString", "coordinates": coords}})
    return feats


def tier_features(graph: Graph) -> list[dict]:
    """LineStrings along the tier-1 and tier-2 roads, merged per route where they join end to end."""
    import shapely

    by_route: dict[tuple[int, str], list[Edge]] = {}
    for e in graph.edges:
        if e.tier is not None:
            by_route.setdefault((e.tier, e.route), []).append(e)
    feats = []
    for (tier, route), edges in sorted(by_route.items()):
        merged = shapely.line_merge(shapely.multilinestrings([shapely.LineString(e.pts) for e in edges]))
        parts = shapely.get_parts(merged)
        for p in sorted(parts, key=lambda g: (round(g.coords[0][0], 1), round(g.coords[0][1], 1))):
            coords = []
            for x, y in p.coords:
                lat, lon = to_latlon(x, y)
                coords.append([lon, lat])
            feats.append({"type": "Feature", "properties": {"tier": tier, "route_name": route,
                                                            "target_h": TARGET_H[tier]},
                          "geometry": {"type": "LineString", "coordinates": coords}})
    return feats


def _geojson(features: list[dict], name: str) -> str:
    lines = ",\n".join(json.dumps(f, ensure_ascii=False, separators=(",", ":")) for f in features)
    return ('{"type":"FeatureCollection","name":' + json.dumps(name) + ',"features":[\n' + lines + "\n]}\n")


def served_summary(night: Night) -> dict[int, dict[str, float]]:
    """Per tier (1, 2): km in all, served within target, served late, never served (by the generator's own record:
    blade down or salt along the edge)."""
    first: dict[int, int] = {}
    for d in night.drives.values():
        if d.vehicle.role == "spread":
            continue
        for e, times in d.served.items():
            first[e] = min(first.get(e, 1 << 30), min(times))
    out: dict[int, dict[str, float]] = {}
    for e in night.graph.edges:
        if e.tier is None:
            continue
        s = out.setdefault(e.tier, {"km": 0.0, "within": 0.0, "late": 0.0, "missed": 0.0})
        km = e.length / 1000
        s["km"] += km
        t = first.get(e.ident)
        key = "missed" if t is None else "within" if t <= TARGET_H[e.tier] * 3600 else "late"
        s[key] += km
    return out


def write_snow(out: Path, lines: list[dict] | None = None) -> dict[str, object]:
    """Write ``snow/`` under ``out``; ``lines`` are the centre lines (``centrelines.centre_lines``), built again
    when not given. Returns the counts printed by the generator."""
    from .centrelines import centre_lines

    graph = Graph(centre_lines() if lines is None else lines)
    assign_routes(graph)
    night = Night(graph, Rng(SEED + 800))
    folder = Path(out) / SNOW_DIR
    folder.mkdir(parents=True, exist_ok=True)
    rows, bad = avl_rows(night, Rng(SEED + 801))
    write_avl(folder / AVL_CSV, rows)
    gpx, gpx_points = gpx_text(night, Rng(SEED + 802))
    (folder / GPX_FILE).write_bytes(_gz(gpx))
    vendor = vendor_features(night, Ids(SEED + 803))
    (folder / VENDOR_GEOJSON).write_bytes(_gz(_geojson(vendor, "avl_export_2026-01-23")))
    tiers = tier_features(graph)
    (folder / TIERS_GEOJSON).write_text(_geojson(tiers, "kaga_snow_route_tiers"), encoding="utf-8", newline="\n")
    return {"vehicles": len(night.fleet), "rows": len(rows), **bad, "gpx_points": gpx_points,
            "vendor_features": len(vendor), "vendor_points": sum(len(f["geometry"]["coordinates"]) for f in vendor),
            "tier_features": len(tiers), "missed_edges": len(night.missed), "served": served_summary(night)}


def summary_line(counts: dict, out: Path) -> str:
    size = sum(p.stat().st_size for p in (Path(out) / SNOW_DIR).rglob("*") if p.is_file())
    c = counts
    tiers = "; ".join(f"tier {k}: {s['km']:.1f} km, {s['within']:.1f} within target, {s['late']:.1f} late, "
                      f"{s['missed']:.1f} missed" for k, s in sorted(c["served"].items()))
    return (f"snow: {c['vehicles']} vehicles, {c['rows']} AVL rows ({c['spikes']} spikes, {c['duplicates']} "
            f"duplicates, {c['same_time']} repeated times, {c['late']} uploaded late), GPX {c['gpx_points']} points, "
            f"vendor {c['vendor_features']} lines / {c['vendor_points']} points, {c['tier_features']} tier lines "
            f"({tiers}), {size / 1e6:.2f} MB")
