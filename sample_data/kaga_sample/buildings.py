"""Buildings: placement along the streets, shapes, heights and attributes.

Placement walks both sides of every road piece (major roads first) and puts one lot after another: an
archetype is drawn from the zone's mix (station front, roadside, industrial, residential, hamlet, paddy,
hill foot), sized, set back from the road and kept clear of roads, the tracks, the river, the plazas and
earlier buildings. Houses get a second row behind and sometimes a shed. Hand-placed landmarks come first:
the station (three BuildingParts, reaching into mesh 54363287), a hotel with wings, a shopping centre
with its parking building, two schools, a community hall and onsen hotels by the river. Finally
:meth:`Town.thin_to` drops ordinary buildings far from the station down to a fixed count, which keeps
the size of the sample stable.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from math import sqrt

from .geo import Point, centroid, rect, separated, signed_area
from .rand import Rng
from .roads import RESERVED_UV, ROTARIES, RoadPiece
from .site import (HAMLETS, INSET, RAIL_V, RIVER_HALF_WIDTH, U, XMAX, XMIN, YMAX, YMIN, hill_factor,
                   river_distance, to_uv, town_score, uv)

LOD2_RADIUS = 500.0   # m from the station: buildings whose footprint centroid is closer get LOD2


@dataclass
class Part:
    ring: list[Point]             # counter-clockwise footprint, local metres
    roof: str                     # flat, gable, hip, shed
    eave: float                   # wall height above the ground, m
    ridge: float                  # highest point above the ground, m
    axis: Point | None = None     # ridge direction (unit vector) for gable, hip and shed roofs
    storeys: int = 1
    usage: str | None = None      # a part's own usage, when it differs
    name: str | None = None
    year: int | None = None
    structure: str | None = None
    ground: float = 0.0           # T.P. height of the ground under the part (set from the DEM)

    @property
    def lod1_height(self) -> float:
        """LOD1 extrusion height: the median of the roof (PLATEAU: 一律の高さは中央値を原則)."""
        return self.eave + (self.ridge - self.eave) / 2 if self.roof != "flat" else self.ridge

    @property
    def area(self) -> float:
        return signed_area(self.ring)


@dataclass
class Building:
    parts: list[Part]
    usage: str
    cls: str                      # Building_class
    structure: str                # buildingStructureType
    year: int
    storeys_above: int
    storeys_below: int
    name: str | None = None
    multipart: bool = False
    floor_factor: float = 0.92
    lod1_height_type: str = "2"
    lod2: bool = False
    risks: list[dict] = field(default_factory=list)
    sentinel: set[str] = field(default_factory=set)   # attributes written as unknown-value sentinels
    survey_year: int = 2021

    @property
    def footprint_area(self) -> float:
        return sum(p.area for p in self.parts)

    @property
    def centroid(self) -> Point:
        cs = [(centroid(p.ring), p.area) for p in self.parts]
        a = sum(w for _, w in cs)
        return sum(c[0] * w for c, w in cs) / a, sum(c[1] * w for c, w in cs) / a

    @property
    def measured_height(self) -> float:
        base = min(p.ground for p in self.parts)
        return max(p.ground + p.ridge for p in self.parts) - base

    @property
    def total_floor_area(self) -> float:
        return sum(p.area * p.storeys for p in self.parts) * self.floor_factor + \
            self.storeys_below * self.parts[0].area * 0.9


# --- archetypes --------------------------------------------------------------------------------------

def _year(rng: Rng, newer: bool = False) -> int:
    decades = [(1955, 3), (1965, 9), (1975, 18), (1985, 22), (1995, 20), (2005, 15), (2015, 10), (2020, 3)]
    if newer:
        decades = [(1975, 8), (1985, 15), (1995, 20), (2005, 22), (2015, 25), (2020, 10)]
    start = rng.weighted(decades)
    return min(2023, start + rng.int_between(0, 9))


@dataclass
class Shape:
    usage: str
    w: float           # along the road
    d: float           # away from the road
    storeys: int
    eave: float
    ridge: float
    roof: str
    structure: str
    cls: str
    year: int
    below: int = 0
    setback: float = 3.0
    side_gap: float = 4.0
    l_shape: bool = False


def make_shape(kind: str, rng: Rng, zone: str) -> Shape:
    """Size, height, roof, structure and age of one building of the given archetype."""
    newer = zone.startswith("station")
    if kind in ("house", "farmhouse"):
        big = kind == "farmhouse"
        w, d = (rng.uniform(12, 17), rng.uniform(10, 13)) if big else (rng.uniform(8, 12.5), rng.uniform(7, 10))
        storeys = 2 if rng.chance(0.85 if not big else 0.7) else 1
        eave = (5.7 if storeys == 2 else 3.1) + rng.uniform(-0.3, 0.5)
        roof = rng.weighted([("gable", 55), ("hip", 40), ("flat", 5)] if not big else [("hip", 70), ("gable", 30)])
        rise = 0.42 * min(w, d) / 2 if roof != "flat" else 0.5
        structure = rng.weighted([("601", 85), ("605", 12), ("603", 3)])
        return Shape("411", w, d, storeys, eave, eave + rise, roof, structure, "3001", _year(rng, newer),
                     setback=rng.uniform(2.0, 6.0), side_gap=rng.uniform(3.0, 9.0))
    if kind == "house_shop" or kind == "house_workshop":
        w, d = rng.uniform(9, 13), rng.uniform(10, 14)
        storeys = rng.weighted([(2, 70), (3, 30)])
        eave = 3.0 * storeys + rng.uniform(-0.2, 0.6)
        roof = rng.weighted([("flat", 50), ("gable", 50)])
        rise = 0.35 * d / 2 if roof != "flat" else 0.6
        structure = rng.weighted([("601", 50), ("604", 30), ("603", 20)])
        usage = "413" if kind == "house_shop" else "415"
        return Shape(usage, w, d, storeys, eave, eave + rise, roof, structure, "3001", _year(rng, newer),
                     setback=rng.uniform(1.0, 3.0), side_gap=rng.uniform(2.0, 6.0))
    if kind == "apartment_small":
        w, d = rng.uniform(18, 28), rng.uniform(8, 10.5)
        eave = 5.9 + rng.uniform(-0.2, 0.4)
        roof = rng.weighted([("gable", 60), ("flat", 40)])
        rise = 0.3 * d / 2 if roof != "flat" else 0.6
        return Shape("412", w, d, 2, eave, eave + rise, roof, rng.weighted([("605", 60), ("601", 40)]), "3001",
                     _year(rng, True), setback=rng.uniform(4, 8), side_gap=rng.uniform(5, 10))
    if kind == "apartment_rc":
        storeys = rng.int_between(3, 6 if newer else 5)
        w, d = rng.uniform(24, 42), rng.uniform(10, 13)
        h = 3.0 * storeys + 0.9
        return Shape("412", w, d, storeys, h, h, "flat", rng.weighted([("603", 80), ("602", 20)]), "3002",
                     _year(rng, True), setback=rng.uniform(5, 10), side_gap=rng.uniform(6, 12))
    if kind == "shop":
        storeys = rng.weighted([(1, 70), (2, 30)])
        w, d = rng.uniform(20, 48), rng.uniform(15, 32)
        h = (5.5 if storeys == 1 else 9.5) + rng.uniform(-0.5, 1.0)
        return Shape("402", w, d, storeys, h, h, "flat", "604", "3001" if storeys < 3 else "3002",
                     _year(rng, True), setback=rng.uniform(8, 22), side_gap=rng.uniform(8, 16),
                     l_shape=rng.chance(0.15))
    if kind == "office":
        storeys = rng.int_between(2, 6 if newer else 4)
        w, d = rng.uniform(14, 30), rng.uniform(11, 20)
        h = 3.7 * storeys + 1.0
        structure = rng.weighted([("603", 55), ("604", 35), ("602", 10)])
        return Shape("401", w, d, storeys, h, h, "flat", structure, "3002" if storeys >= 3 else "3001",
                     _year(rng, newer), below=1 if storeys >= 5 and rng.chance(0.4) else 0,
                     setback=rng.uniform(3, 10), side_gap=rng.uniform(5, 12), l_shape=rng.chance(0.15))
    if kind == "mixed":
        storeys = rng.int_between(3, 7)
        w, d = rng.uniform(16, 30), rng.uniform(14, 22)
        h = 3.4 * storeys + 1.0
        return Shape("404", w, d, storeys, h, h, "flat", rng.weighted([("603", 70), ("602", 30)]), "3002",
                     _year(rng, True), below=1 if rng.chance(0.3) else 0, setback=rng.uniform(2, 6),
                     side_gap=rng.uniform(4, 10))
    if kind == "hotel_biz":
        storeys = rng.int_between(7, 11)
        w, d = rng.uniform(24, 36), rng.uniform(12, 16)
        h = 3.1 * storeys + 2.5
        return Shape("403", w, d, storeys, h, h, "flat", rng.weighted([("603", 60), ("602", 40)]), "3002",
                     _year(rng, True), below=1 if rng.chance(0.3) else 0, setback=rng.uniform(4, 10),
                     side_gap=rng.uniform(8, 15))
    if kind == "clinic":
        storeys = rng.int_between(2, 4)
        w, d = rng.uniform(18, 30), rng.uniform(13, 18)
        h = 3.6 * storeys + 1.0
        return Shape("422", w, d, storeys, h, h, "flat", "603", "3002" if storeys >= 3 else "3001",
                     _year(rng, newer), setback=rng.uniform(6, 14), side_gap=rng.uniform(8, 14))
    if kind == "factory":
        storeys = rng.weighted([(1, 75), (2, 25)])
        w, d = rng.uniform(30, 70), rng.uniform(20, 40)
        eave = (7.5 if storeys == 1 else 10.5) + rng.uniform(-1.0, 2.0)
        roof = rng.weighted([("gable", 70), ("flat", 20), ("shed", 10)])
        rise = 0.15 * min(w, d) / 2 if roof != "flat" else 0.8
        return Shape("441", w, d, storeys, eave, eave + rise, roof, "604", "3001", _year(rng),
                     setback=rng.uniform(8, 20), side_gap=rng.uniform(8, 18),
                     l_shape=roof == "flat" and rng.chance(0.3))
    if kind == "warehouse":
        w, d = rng.uniform(24, 60), rng.uniform(16, 30)
        eave = rng.uniform(6.0, 9.0)
        roof = rng.weighted([("gable", 75), ("flat", 25)])
        rise = 0.15 * min(w, d) / 2 if roof != "flat" else 0.6
        return Shape("431", w, d, 1, eave, eave + rise, roof, "604", "3001", _year(rng),
                     setback=rng.uniform(8, 18), side_gap=rng.uniform(8, 16))
    if kind == "farm_shed":
        w, d = rng.uniform(7, 16), rng.uniform(5.5, 10)
        eave = rng.uniform(3.0, 4.8)
        roof = rng.weighted([("gable", 80), ("shed", 20)])
        rise = 0.35 * min(w, d) / 2
        open_sided = rng.chance(0.15)
        return Shape("451", w, d, 1, eave, eave + rise, roof, rng.weighted([("601", 55), ("604", 45)]),
                     "3003" if open_sided else "3001", _year(rng), setback=rng.uniform(3, 10),
                     side_gap=rng.uniform(4, 12))
    if kind == "shed":
        w, d = rng.uniform(3.0, 6.0), rng.uniform(2.5, 4.5)
        eave = rng.uniform(2.3, 2.9)
        open_sided = rng.chance(0.35)
        return Shape("454", w, d, 1, eave, eave + 0.3, "shed", "611" if rng.chance(0.3) else "601",
                     "3003" if open_sided else "3001", _year(rng))
    raise ValueError(kind)


ZONE_MIX = {
    "station_n": [("office", 22), ("shop", 16), ("mixed", 14), ("hotel_biz", 7), ("house_shop", 12),
                  ("apartment_rc", 10), ("house", 14), ("clinic", 5)],
    "station_s": [("hotel_biz", 10), ("office", 18), ("shop", 12), ("mixed", 8), ("apartment_rc", 14),
                  ("house", 32), ("clinic", 6)],
    "roadside": [("shop", 28), ("office", 12), ("house", 25), ("house_shop", 12), ("apartment_rc", 6),
                 ("factory", 8), ("warehouse", 6), ("clinic", 3)],
    "industrial": [("factory", 36), ("warehouse", 30), ("office", 10), ("shop", 14), ("house", 10)],
    "residential": [("house", 70), ("apartment_small", 9), ("apartment_rc", 3), ("house_shop", 6),
                    ("house_workshop", 4), ("shop", 2), ("office", 2), ("clinic", 1), ("farm_shed", 3)],
    "hamlet": [("farmhouse", 45), ("farm_shed", 35), ("house", 20)],
    "paddy": [("farm_shed", 60), ("farmhouse", 25), ("house", 15)],
    "hill_foot": [("house", 60), ("farmhouse", 20), ("farm_shed", 20)],
}
EMPTY_LOT = {"station_n": 0.7, "station_s": 0.7, "roadside": 0.35, "industrial": 0.3, "residential": 0.1,
             "hamlet": 0.15, "paddy": 0.94, "hill_foot": 0.25}
SECOND_ROW = {"station_n": 0.0, "station_s": 0.0, "residential": 0.5, "hamlet": 0.5, "hill_foot": 0.4}
HOUSE_LIKE = {"house", "farmhouse", "house_shop", "house_workshop", "apartment_small"}


def zone_at(x: float, y: float, frontage: str) -> str:
    _, v = to_uv(x, y)
    if x * x + y * y < 330.0 ** 2:
        return "station_n" if v > RAIL_V[1] else "station_s"
    if float(hill_factor(x, y)) > 0.0 and y < -600.0:
        return "hill_foot"
    if float(town_score(x, y)) <= 0.0:
        return "paddy"
    for (hx, hy), hr in HAMLETS:
        if (x - hx) ** 2 + (y - hy) ** 2 < hr * hr:
            return "hamlet"
    if frontage == "national" and x > 650.0 or frontage == "prefectural" and x > 1300.0:
        return "industrial"
    if frontage in ("national", "prefectural", "avenue"):
        return "roadside"
    return "residential"


# --- collision index -----------------------------------------------------------------------------------

class Obstacles:
    """Convex polygons in a uniform grid of 40 m cells."""

    CELL = 40.0

    def __init__(self):
        self.cells: dict[tuple[int, int], list[int]] = {}
        self.polys: list[list[Point]] = []

    def _keys(self, poly: list[Point], pad: float = 0.0):
        x0 = int((min(p[0] for p in poly) - pad) // self.CELL)
        x1 = int((max(p[0] for p in poly) + pad) // self.CELL)
        y0 = int((min(p[1] for p in poly) - pad) // self.CELL)
        y1 = int((max(p[1] for p in poly) + pad) // self.CELL)
        return [(i, j) for i in range(x0, x1 + 1) for j in range(y0, y1 + 1)]

    def add(self, poly: list[Point]) -> None:
        idx = len(self.polys)
        self.polys.append(poly)
        for k in self._keys(poly):
            self.cells.setdefault(k, []).append(idx)

    def free(self, poly: list[Point], gap: float) -> bool:
        seen: set[int] = set()
        for k in self._keys(poly, gap):
            for idx in self.cells.get(k, ()):
                if idx in seen:
                    continue
                seen.add(idx)
                if not separated(poly, self.polys[idx], gap):
                    return False
        return True


def _site_ok(poly: list[Point], allow_reserved: bool = False) -> bool:
    """Inside the block, off the tracks, the river, the plazas, the hills and (normally) reserved parcels."""
    for x, y in poly:
        if not (XMIN + INSET <= x <= XMAX - INSET and YMIN + INSET <= y <= YMAX - INSET):
            return False
        for (cx, cy), r_out, _ in ROTARIES:
            if (x - cx) ** 2 + (y - cy) ** 2 < (r_out + 22.0) ** 2:
                return False
        if river_distance(x, y) < RIVER_HALF_WIDTH + 9.0:
            return False
    vs = [to_uv(x, y)[1] for x, y in poly]
    if not (min(vs) > RAIL_V[1] + 3.0 or max(vs) < RAIL_V[0] - 3.0):
        return False
    if not allow_reserved:
        for u0, u1, v0, v1 in RESERVED_UV.values():
            for x, y in poly:
                u, v = to_uv(x, y)
                if u0 - 3 <= u <= u1 + 3 and v0 - 3 <= v <= v1 + 3:
                    return False
    cx, cy = centroid(poly)
    return float(hill_factor(cx, cy)) < 0.12


def l_ring(cx: float, cy: float, ax: float, ay: float, w: float, d: float) -> list[Point]:
    """The L outline (counter-clockwise, six corners) of :func:`l_shape`."""
    nx, ny = -ay, ax

    def p(a: float, b: float) -> Point:
        return cx + ax * a + nx * b, cy + ay * a + ny * b
    return [p(-w / 2, -d / 4), p(w / 2, -d / 4), p(w / 2, d / 4), p(0.0, d / 4), p(0.0, 3 * d / 4),
            p(-w / 2, 3 * d / 4)]


# --- placement --------------------------------------------------------------------------------------

class Town:
    def __init__(self, roads: list[RoadPiece], rng: Rng):
        self.rng = rng
        self.obstacles = Obstacles()
        self.buildings: list[Building] = []
        for piece in roads:
            if piece.centre:
                for a, b in zip(piece.centre[:-1], piece.centre[1:]):
                    dx, dy = b[0] - a[0], b[1] - a[1]
                    ln = sqrt(dx * dx + dy * dy)
                    self.obstacles.add(rect((a[0] + b[0]) / 2, (a[1] + b[1]) / 2, dx / ln, dy / ln, ln / 2,
                                            piece.width / 2))
            else:
                self.obstacles.add(piece.ring)

    # landmarks ---------------------------------------------------------------------------------------
    def add(self, b: Building, gap: float = 2.0, *, allow_reserved: bool = False, must: bool = False) -> bool:
        for p in b.parts:
            convex = [p.ring] if len(p.ring) == 4 else _convex_pieces(p.ring)
            for c in convex:
                if not (_site_ok(c, allow_reserved) or must) or not self.obstacles.free(c, gap):
                    if must:
                        raise AssertionError(f"landmark {b.name or b.usage} collides at {centroid(p.ring)}")
                    return False
        for p in b.parts:
            for c in ([p.ring] if len(p.ring) == 4 else _convex_pieces(p.ring)):
                self.obstacles.add(c)
        self.buildings.append(b)
        return True

    def add_near(self, b: Building, gap: float = 3.0, allow_reserved: bool = False) -> None:
        """Place a landmark at its position, or the nearest free spot on a 5 m spiral within 80 m."""
        offsets = [(0.0, 0.0)] + [(dx * 5.0, dy * 5.0) for r in range(1, 17)
                                  for dx in range(-r, r + 1) for dy in range(-r, r + 1)
                                  if max(abs(dx), abs(dy)) == r]
        for ox, oy in offsets:
            moved = Building(**{**b.__dict__, "parts": [
                Part(**{**p.__dict__, "ring": [(x + ox, y + oy) for x, y in p.ring]}) for p in b.parts]})
            if self.add(moved, gap, allow_reserved=allow_reserved):
                return
        raise AssertionError(f"no room for landmark {b.name or b.usage}")

    def landmarks(self) -> None:
        rng = self.rng
        ax, ay = U

        def part(u, v, half_u, half_v, eave, ridge, roof, storeys, **kw) -> Part:
            cx, cy = uv(u, v)
            if half_v > half_u:
                return Part(rect(cx, cy, -ay, ax, half_v, half_u), roof, eave, ridge, (-ay, ax), storeys, **kw)
            return Part(rect(cx, cy, ax, ay, half_u, half_v), roof, eave, ridge, (ax, ay), storeys, **kw)

        # Kaga Onsen Station: conventional-line building (north exit), free passage over the tracks and the
        # elevated Hokuriku Shinkansen station (温泉中央口 side); 260 m along the tracks, reaching 54363287.
        # Parts that join overlap by 5 cm, so that rounding the coordinates never opens a gap between them.
        station = Building([
            part(-5.0, 5.0, 40.0, 11.0, 10.5, 12.0, "gable", 2, name="在来線駅舎", year=1970, structure="603"),
            part(2.0, -14.5, 6.0, 8.55, 11.0, 11.0, "flat", 2, name="自由通路", year=2023, structure="604"),
            part(10.0, -37.0, 130.0, 14.0, 21.0, 24.5, "gable", 3, name="新幹線高架駅", year=2023,
                 structure="602"),
        ], "431", "3002", "603", 1970, 3, 0, name="加賀温泉駅", multipart=True, floor_factor=0.55)
        self.add(station, gap=0.0, must=True)
        # hotel south of the Shinkansen plaza (温泉中央口): a tower with two wings to the south
        hotel = Building([
            part(120.0, -200.0, 24.0, 8.0, 30.5, 30.5, "flat", 9, name="本館"),
            part(103.0, -222.975, 7.0, 15.025, 14.0, 14.0, "flat", 4, name="西館"),
            part(137.0, -222.975, 7.0, 15.025, 14.0, 14.0, "flat", 4, name="東館"),
        ], "403", "3002", "603", 2019, 9, 1, name="ホテル温泉中央口", multipart=True, floor_factor=0.9)
        self.add_near(hotel, gap=1.0)
        # shopping centre north-east of the station with its multi-storey car park
        mall = Building([
            part(300.0, 170.0, 75.0, 36.0, 12.5, 12.5, "flat", 2, name="本棟", year=2001),
            part(300.0, 240.0, 50.0, 17.0, 11.0, 11.0, "flat", 4, usage="431", name="立体駐車場", year=2009,
                 structure="604"),
        ], "402", "3001", "604", 2001, 2, 0, name="駅北ショッピングセンター", multipart=True, floor_factor=0.85)
        self.add(mall, gap=0.0, allow_reserved=True, must=True)
        # schools
        self.add_school(-420.0, 422.0, "小学校", 1978)
        self.add_school(900.0, 622.0, "中学校", 1985)
        # community hall
        hx, hy = uv(-160.0, 140.0)
        hall = Building([Part(rect(hx, hy, ax, ay, 15.0, 9.0), "flat", 8.2, 8.2, storeys=2)],
                        "421", "3001", "603", 1994, 2, 0, name="作見地区会館")
        self.add_near(hall)
        # onsen ryokan on the west bank of the Dobashi river
        for i, (x, y) in enumerate([(880.0, -40.0), (870.0, 110.0), (885.0, 330.0)]):
            storeys = 5 + i
            h = 3.2 * storeys + 1.5
            ryokan = Building([Part(l_ring(x, y, 0.0, 1.0, 34.0, 26.0), "flat", h, h, storeys=storeys)],
                              "403", "3002", "603", 1972 + 11 * i, storeys, 0, name=None)
            self.add_near(ryokan)

    def add_school(self, u: float, v: float, kind: str, year: int) -> None:
        ax, ay = U
        cx, cy = uv(u, v - 20.0)
        main = Part(l_ring(cx, cy, ax, ay, 80.0, 30.0), "flat", 13.5, 13.5, storeys=3)
        gx, gy = uv(u + 60.0, v + 40.0)
        gym = Part(rect(gx, gy, -ay, ax, 20.0, 15.0), "gable", 10.0, 12.5, (-ay, ax), 1, year=year + 5,
                   structure="604")
        self.add(Building([main], "422", "3002", "603", year, 3, 0, name=kind), allow_reserved=True, must=True)
        self.add(Building([gym], "422", "3001", "604", year + 5, 1, 0, name=f"{kind}体育館"),
                 allow_reserved=True, must=True)

    # the streets ---------------------------------------------------------------------------------------
    def streets(self, roads: list[RoadPiece]) -> None:
        order = ["national", "prefectural", "avenue", "collector", "municipal", "farm"]
        frontage = sorted((p for p in roads if p.centre and p.section == "1"), key=lambda p: order.index(p.kind))
        for piece in frontage:
            for a, b in zip(piece.centre[:-1], piece.centre[1:]):
                for side in (1.0, -1.0):
                    self._walk(a, b, side, piece)

    def _walk(self, a: Point, b: Point, side: float, piece: RoadPiece) -> None:
        rng = self.rng
        dx, dy = b[0] - a[0], b[1] - a[1]
        length = sqrt(dx * dx + dy * dy)
        ux, uy = dx / length, dy / length
        nx, ny = -uy * side, ux * side          # towards this side of the road
        pos = rng.uniform(1.0, 5.0)
        edge = piece.width / 2
        while pos < length - 4.0:
            px, py = a[0] + ux * pos, a[1] + uy * pos
            lx, ly = px + nx * (edge + 12.0), py + ny * (edge + 12.0)
            zone = zone_at(lx, ly, piece.kind)
            # parking and vacant lots are common around the station (月極駐車場)
            near_station = 0.75 if zone == "residential" and lx * lx + ly * ly < 520.0 ** 2 else 0.0
            if rng.chance(EMPTY_LOT[zone] + near_station):
                pos += rng.uniform(8.0, 18.0)
                continue
            kind = rng.weighted(ZONE_MIX[zone])
            s = make_shape(kind, rng, zone)
            if pos + s.w > length - 2.0:
                break
            off = edge + s.setback + s.d / 2
            cx, cy = px + ux * s.w / 2 + nx * off, py + uy * s.w / 2 + ny * off
            gap = 1.5 if kind in HOUSE_LIKE else 3.0
            if self._try(s, cx, cy, ux * side, uy * side, gap):
                placed_depth = s.setback + s.d
                if kind in HOUSE_LIKE and not near_station and rng.chance(SECOND_ROW.get(zone, 0.0)):
                    s2 = make_shape("house" if zone != "hamlet" else rng.choice(["farmhouse", "farm_shed"]),
                                    rng, zone)
                    off2 = edge + placed_depth + rng.uniform(5.0, 10.0) + s2.d / 2
                    c2x = px + ux * s2.w / 2 + nx * off2
                    c2y = py + uy * s2.w / 2 + ny * off2
                    self._try(s2, c2x, c2y, ux * side, uy * side, 1.5)
                if kind in ("house", "farmhouse") and rng.chance(0.12):
                    s3 = make_shape("shed", rng, zone)
                    off3 = edge + s.setback + s.d + 1.5 + s3.d / 2
                    c3x = px + ux * (s.w - s3.w / 2) + nx * off3
                    c3y = py + uy * (s.w - s3.w / 2) + ny * off3
                    self._try(s3, c3x, c3y, ux * side, uy * side, 1.0)
                pos += s.w + s.side_gap
            else:
                pos += 4.0

    def thin_to(self, target: int) -> None:
        """Drop ordinary LOD1 buildings (chosen at random) until ``target`` remain, which keeps the count,
        and so the size of the sample, stable when the placement rules are tuned."""
        excess = len(self.buildings) - target
        if excess <= 0:
            return
        keyed = []
        for i, b in enumerate(self.buildings):
            cx, cy = b.centroid
            key = self.rng.random()
            if b.name is None and not b.multipart and cx * cx + cy * cy > (LOD2_RADIUS + 30.0) ** 2:
                keyed.append((key, i))
        drop = {i for _, i in sorted(keyed)[:excess]}
        self.buildings = [b for i, b in enumerate(self.buildings) if i not in drop]

    def _try(self, s: Shape, cx: float, cy: float, ux: float, uy: float, gap: float) -> bool:
        """Place a shape centred at (cx, cy) with its front along (ux, uy); the road is on its right."""
        if s.l_shape:
            ring = l_ring(cx, cy, ux, uy, s.w, s.d)
            roof, axis = "flat", None
        else:
            long_along = s.w >= s.d
            axis = (ux, uy) if long_along else (-uy, ux)
            half_len, half_wid = (s.w / 2, s.d / 2) if long_along else (s.d / 2, s.w / 2)
            ring = rect(cx, cy, axis[0], axis[1], half_len, half_wid)
            roof = s.roof
        part = Part(ring, roof, s.eave, s.ridge if roof != "flat" else s.eave, axis, s.storeys)
        b = Building([part], s.usage, s.cls, s.structure, s.year, s.storeys, s.below,
                     floor_factor=self.rng.uniform(0.82, 1.0))
        return self.add(b, gap)


def _convex_pieces(ring: list[Point]) -> list[list[Point]]:
    """Split the six-corner L outline into its two convex rectangles."""
    if len(ring) != 6:
        return [ring]
    p0, p1, p2, p3, p4, p5 = ring
    return [[p0, p1, p2, (p0[0] + p2[0] - p1[0], p0[1] + p2[1] - p1[1])], [p5, (p0[0] + p2[0] - p1[0],
            p0[1] + p2[1] - p1[1]), p3, p4]]
