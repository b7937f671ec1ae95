"""The sample site: which meshes it covers and the large-scale geography (railway, river, hills).

Area: the 3 x 3 block of third-order meshes rows 7-9 x columns 7-9 of second-order mesh 543632
(54363277 ... 54363299), lat 36.308333-36.333333 N, lon 136.3375-136.375 E, about 3.4 km x 2.8 km.
Kaga Onsen Station (36.3202471 N, 136.3505352 E) lies in 54363288, 48 m east of its western edge, so
the station complex reaches into 54363287.

Only the station position and the mesh codes are real. The railway bearing, the Dobashi river's course,
the hills and the street network are invented to look plausible for the Kaga plain, not surveyed.
"""

from __future__ import annotations

import random

import numpy as np

from .geo import mesh3_bounds, polyline_distance, to_local

SEED = 17206  # Kaga City's local public authority code

MESHES = [f"543632{r}{c}" for r in (7, 8, 9) for c in (7, 8, 9)]
STATION_MESH = "54363288"

_SW = mesh3_bounds(MESHES[0])
_NE = mesh3_bounds(MESHES[-1])
#: (south, west, north, east) of the whole block, degrees
BLOCK_DEG = (_SW[0], _SW[1], _NE[2], _NE[3])
XMIN, YMIN = to_local(BLOCK_DEG[0], BLOCK_DEG[1])
XMAX, YMAX = to_local(BLOCK_DEG[2], BLOCK_DEG[3])
#: features stay this far inside the block, so every vertex lies in one of the nine meshes
INSET = 8.0

# Railway (JR Hokuriku line, now IR Ishikawa, and the elevated Hokuriku Shinkansen on its south side):
# a straight line through the station, bearing ENE. U runs along it, V points to the north-west side.
U = (12 / 13, 5 / 13)
V = (-5 / 13, 12 / 13)
#: the tracks occupy -52 <= v <= -4 (conventional tracks north, Shinkansen viaduct south)
RAIL_V = (-52.0, -4.0)


def uv(u: float, v: float) -> tuple[float, float]:
    """Railway frame (u along the tracks, v across, metres) -> local x, y."""
    return u * U[0] + v * V[0], u * U[1] + v * V[1]


def to_uv(x: float, y: float) -> tuple[float, float]:
    return x * U[0] + y * U[1], x * V[0] + y * V[1]


#: centre line of the Dobashi river (動橋川), flowing north out of the southern hills; local metres
RIVER = [(820.0, -1340.0), (790.0, -1010.0), (860.0, -700.0), (975.0, -430.0), (1010.0, -110.0),
         (935.0, 250.0), (990.0, 600.0), (1135.0, 1000.0), (1215.0, 1470.0)]
RIVER_HALF_WIDTH = 16.0   # water and banks; levee roads and buildings keep clear of 25 m
FLOOD_BAND_L2 = 380.0     # buildings within this distance of the river may carry L2 flood records
FLOOD_BAND_L1 = 200.0     # and within this one L1 records too


#: national route 8 and the east-west prefectural road north of the station (centre lines, local metres)
ROUTE8 = [(XMIN - 30.0, -735.0), (-300.0, -640.0), (700.0, -420.0), (1500.0, -120.0), (XMAX + 30.0, 200.0)]
PREF_EW = [(XMIN - 30.0, 520.0), (-300.0, 600.0), (400.0, 640.0), (1200.0, 700.0), (XMAX + 30.0, 790.0)]

#: farming hamlets (集落) among the paddies and at the foot of the hills: centre, radius (m)
HAMLETS = [((1750.0, 1150.0), 150.0), ((-930.0, 1230.0), 140.0), ((1850.0, -520.0), 160.0),
           ((-650.0, -840.0), 150.0), ((420.0, -880.0), 120.0), ((2020.0, 480.0), 130.0)]


def river_distance(x: float, y: float) -> float:
    return polyline_distance(x, y, RIVER)


def river_distance_grid(x: np.ndarray, y: np.ndarray) -> np.ndarray:
    return polyline_distance_grid(x, y, RIVER)


def polyline_distance_grid(x: np.ndarray, y: np.ndarray, line: list) -> np.ndarray:
    x = np.asarray(x, dtype=np.float64)
    y = np.asarray(y, dtype=np.float64)
    d = np.full(x.shape, np.inf)
    for (ax, ay), (bx, by) in zip(line[:-1], line[1:]):
        dx, dy = bx - ax, by - ay
        t = np.clip(((x - ax) * dx + (y - ay) * dy) / (dx * dx + dy * dy), 0.0, 1.0)
        qx, qy = ax + t * dx - x, ay + t * dy - y
        d = np.minimum(d, np.sqrt(qx * qx + qy * qy))
    return d


# --- value noise: arithmetic only, lattice from random.Random.random(), whose sequence Python guarantees --

class ValueNoise:
    """Smooth 2-D value noise in [0, 1] with lattice spacing ``scale`` metres over the sample area."""

    def __init__(self, scale: float, seed: int):
        self.scale = scale
        self.x0, self.y0 = XMIN - 400.0, YMIN - 400.0
        nx = int((XMAX - XMIN + 800.0) / scale) + 3
        ny = int((YMAX - YMIN + 800.0) / scale) + 3
        rng = random.Random(seed)
        self.lattice = np.array([rng.random() for _ in range(ny * nx)]).reshape(ny, nx)

    def __call__(self, x, y):
        fx = (np.asarray(x, dtype=np.float64) - self.x0) / self.scale
        fy = (np.asarray(y, dtype=np.float64) - self.y0) / self.scale
        ix, iy = np.floor(fx).astype(np.int64), np.floor(fy).astype(np.int64)
        tx, ty = fx - ix, fy - iy
        sx, sy = tx * tx * (3 - 2 * tx), ty * ty * (3 - 2 * ty)
        g = self.lattice
        a = g[iy, ix] * (1 - sx) + g[iy, ix + 1] * sx
        b = g[iy + 1, ix] * (1 - sx) + g[iy + 1, ix + 1] * sx
        return a * (1 - sy) + b * sy


def smooth(t):
    t = np.clip(t, 0.0, 1.0)
    return t * t * (3 - 2 * t)


_broad = ValueNoise(450.0, SEED + 1)
_mid = ValueNoise(120.0, SEED + 2)
_fine = ValueNoise(30.0, SEED + 3)
_foot = ValueNoise(380.0, SEED + 4)
_hill_h = ValueNoise(600.0, SEED + 5)
_ridges = ValueNoise(140.0, SEED + 6)
_town = ValueNoise(300.0, SEED + 7)


def hill_factor(x, y):
    """0 on the plain, rising smoothly to 1 about 450 m into the southern hills."""
    x = np.asarray(x, dtype=np.float64)
    y = np.asarray(y, dtype=np.float64)
    foot = -870.0 + 240.0 * (_foot(x, np.zeros_like(x)) - 0.5)
    return np.clip((foot - y) / 450.0, 0.0, 1.0)


def terrain(x, y) -> np.ndarray:
    """Ground height (m, T.P.) of the synthetic terrain at local x, y (arrays).

    A coastal plain falling gently to the north (about 13 m in the south to 7 m at the northern edge)
    with broad undulations, the Dobashi river's shallow valley and channel, and hills rising to
    roughly 100-150 m at the southern edge, cut by the river valley.
    """
    x = np.asarray(x, dtype=np.float64)
    y = np.asarray(y, dtype=np.float64)
    plain = (10.2 - 0.0022 * y + 1.6 * (_broad(x, y) - 0.5) + 0.5 * (_mid(x, y) - 0.5)
             + 0.12 * (_fine(x, y) - 0.5))
    d = river_distance_grid(x, y)
    valley = 2.0 * smooth(1.0 - d / 170.0) + 2.6 * smooth(1.0 - d / 16.0)
    t = hill_factor(x, y)
    height = 95.0 + 50.0 * (_hill_h(x, y) - 0.5)
    hill = height * smooth(t) + 45.0 * t * (_ridges(x, y) - 0.5)
    hill = hill * smooth((d - 50.0) / 280.0)
    return plain - valley + hill


def town_score(x, y) -> np.ndarray:
    """Positive where the town is built up: around the station (wider to the north-east along the
    tracks), in ribbons along route 8 and the prefectural road, and in the hamlets; paddies elsewhere."""
    x = np.asarray(x, dtype=np.float64)
    y = np.asarray(y, dtype=np.float64)
    u = x * U[0] + y * U[1]
    v = x * V[0] + y * V[1]
    r = np.sqrt((u / 1.25) ** 2 + v * v)
    score = 1.0 - r / 720.0 + 0.55 * (_town(x, y) - 0.5)
    score = np.maximum(score, 0.5 - polyline_distance_grid(x, y, ROUTE8) / 110.0)
    score = np.maximum(score, 0.4 - polyline_distance_grid(x, y, PREF_EW) / 90.0)
    for (hx, hy), hr in HAMLETS:
        score = np.maximum(score, 1.0 - np.sqrt((x - hx) ** 2 + (y - hy) ** 2) / hr)
    return score
