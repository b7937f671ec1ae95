"""Vectorised geometry → triangle meshes: WKB → numpy, polygon triangulation, footprint extrusion.

Everything works on whole layers at once. The only per-feature Python loop is the earcut call for
polygons that are not simple convex rings (concave roofs, polygons with holes); convex rings (walls,
most roofs, rectangles) are fan-triangulated in numpy.

Conventions: a :class:`PolygonArrays` keeps rings closed, exactly as WKB stores them (the last vertex of
each ring repeats the first); triangle indices refer to that coordinate array, so the closing vertices
are simply unused points.
"""

from __future__ import annotations

from dataclasses import dataclass

import mapbox_earcut
import numpy as np
import shapely


@dataclass
class PolygonArrays:
    """Polygons as flat arrays: ``coords`` (N, 3) float64 (closed rings), ``ring_offsets`` (R+1),
    ``poly_offsets`` (P+1; rings of polygon p are ``poly_offsets[p]:poly_offsets[p+1]``, the first is the
    exterior), ``owner`` (P,) — the row of the input geometry each polygon came from."""

    coords: np.ndarray
    ring_offsets: np.ndarray
    poly_offsets: np.ndarray
    owner: np.ndarray

    @property
    def n_polygons(self) -> int:
        return len(self.poly_offsets) - 1

    @property
    def n_rings(self) -> int:
        return len(self.ring_offsets) - 1

    @classmethod
    def empty(cls) -> "PolygonArrays":
        return cls(np.empty((0, 3)), np.zeros(1, np.int64), np.zeros(1, np.int64), np.empty(0, np.int64))

    def take(self, polys: np.ndarray) -> "PolygonArrays":
        """A new PolygonArrays with only the polygons ``polys`` (indices)."""
        polys = np.asarray(polys, dtype=np.int64)
        r0, r1 = self.poly_offsets[polys], self.poly_offsets[polys + 1]
        rings = _ranges(r0, r1)
        c0, c1 = self.ring_offsets[rings], self.ring_offsets[rings + 1]
        verts = _ranges(c0, c1)
        ring_offsets = np.zeros(len(rings) + 1, np.int64)
        np.cumsum(c1 - c0, out=ring_offsets[1:])
        poly_offsets = np.zeros(len(polys) + 1, np.int64)
        np.cumsum(r1 - r0, out=poly_offsets[1:])
        return PolygonArrays(self.coords[verts], ring_offsets, poly_offsets, self.owner[polys])


def _ranges(starts: np.ndarray, stops: np.ndarray) -> np.ndarray:
    """Concatenation of ``arange(s, e)`` for each pair, vectorised."""
    starts = np.asarray(starts, np.int64)
    lens = np.maximum(np.asarray(stops, np.int64) - starts, 0)
    nz = lens > 0
    if not nz.any():
        return np.empty(0, np.int64)
    s, ln = starts[nz], lens[nz]
    out = np.ones(int(ln.sum()), np.int64)
    out[0] = s[0]
    out[np.cumsum(ln)[:-1]] = s[1:] - (s[:-1] + ln[:-1] - 1)
    return np.cumsum(out)


def polygons_from_geoms(geoms: np.ndarray) -> tuple[PolygonArrays, np.ndarray]:
    """Polygon/MultiPolygon shapely geometries (others, null and empty are skipped) → :class:`PolygonArrays`.

    Returns the arrays and the boolean mask of input rows that were used. 2D input gets z = 0."""
    geoms = np.asarray(geoms, dtype=object)
    types = shapely.get_type_id(geoms)
    ok = np.isin(types, (3, 6)) & ~shapely.is_empty(geoms)
    rows = np.nonzero(ok)[0]
    if not len(rows):
        return PolygonArrays.empty(), ok
    sub = geoms[rows]
    has_z = bool(shapely.has_z(sub).any())
    kind, coords, offsets = shapely.to_ragged_array(sub, include_z=has_z)
    if coords.shape[1] == 2:
        coords = np.c_[coords, np.zeros(len(coords))]
    coords = np.ascontiguousarray(coords, dtype=np.float64)
    if int(kind) == 3:  # Polygon
        ring_offsets, poly_offsets = offsets
        owner = rows
    else:  # MultiPolygon
        ring_offsets, poly_offsets, multi_offsets = offsets
        owner = np.repeat(rows, np.diff(multi_offsets))
    return PolygonArrays(coords, np.asarray(ring_offsets, np.int64), np.asarray(poly_offsets, np.int64),
                         np.asarray(owner, np.int64)), ok


def polygons_from_wkb(wkb: np.ndarray) -> tuple[PolygonArrays, np.ndarray]:
    """WKB bytes (object array, None allowed) → :class:`PolygonArrays` (see :func:`polygons_from_geoms`)."""
    return polygons_from_geoms(shapely.from_wkb(np.asarray(wkb, dtype=object), on_invalid="ignore"))


def _ring_ids(ring_offsets: np.ndarray) -> np.ndarray:
    return np.repeat(np.arange(len(ring_offsets) - 1, dtype=np.int64), np.diff(ring_offsets))


def polygon_normals(pa: PolygonArrays) -> np.ndarray:
    """Newell normals (P, 3) of each polygon's exterior ring (not normalised; zero for degenerate rings)."""
    if pa.n_polygons == 0:
        return np.empty((0, 3))
    ext = pa.poly_offsets[:-1]
    s, e = pa.ring_offsets[ext], pa.ring_offsets[ext + 1]
    n_ext = e - s
    idx = _ranges(s, e - 1)                     # every vertex but the closing one
    nxt = idx + 1
    ring_of = np.repeat(np.arange(len(ext)), np.maximum(n_ext - 1, 0))
    origin = pa.coords[s][ring_of]
    a = pa.coords[idx] - origin
    b = pa.coords[nxt] - origin
    nx = np.bincount(ring_of, (a[:, 1] - b[:, 1]) * (a[:, 2] + b[:, 2]), minlength=len(ext))
    ny = np.bincount(ring_of, (a[:, 2] - b[:, 2]) * (a[:, 0] + b[:, 0]), minlength=len(ext))
    nz = np.bincount(ring_of, (a[:, 0] - b[:, 0]) * (a[:, 1] + b[:, 1]), minlength=len(ext))
    return np.stack([nx, ny, nz], axis=1)


def triangulate(pa: PolygonArrays, *, plane: str = "auto") -> tuple[np.ndarray, np.ndarray]:
    """Triangulate every polygon. Returns ``(triangles (T, 3) int64 into pa.coords, polygon index (T,))``.

    ``plane='auto'`` projects each polygon on the axis plane most parallel to it (3D surfaces: walls and
    roofs); ``plane='xy'`` uses x/y (footprints, roads). Convex single-ring polygons are fan-triangulated in
    numpy; the others go through earcut (holes handled). Rings with fewer than 3 vertices are skipped."""
    P = pa.n_polygons
    if P == 0:
        return np.empty((0, 3), np.int64), np.empty(0, np.int64)
    if plane == "xy":
        normals = np.zeros((P, 3))
        normals[:, 2] = 1.0
        # sign of the area for orientation
        axis = np.full(P, 2)
    else:
        normals = polygon_normals(pa)
        axis = np.argmax(np.abs(normals), axis=1)
    # 2D projection: drop the dominant axis
    keep = np.array([[1, 2], [2, 0], [0, 1]])[axis]          # (P, 2) axes kept, right-handed order
    ext = pa.poly_offsets[:-1]
    n_rings = np.diff(pa.poly_offsets)
    s = pa.ring_offsets[ext]
    n_open = pa.ring_offsets[ext + 1] - s - 1                 # open vertex count of the exterior ring

    # --- convexity of exterior rings (only relevant for single-ring polygons) ---
    cand = np.nonzero((n_rings == 1) & (n_open >= 3))[0]
    convex = np.zeros(P, dtype=bool)
    if len(cand):
        cs, cn = s[cand], n_open[cand]
        vid = _ranges(cs, cs + cn)
        grp = np.repeat(np.arange(len(cand)), cn)
        local = vid - cs[grp]
        prev = cs[grp] + (local - 1) % cn[grp]
        nxt = cs[grp] + (local + 1) % cn[grp]
        k0 = keep[cand[grp], 0]
        k1 = keep[cand[grp], 1]
        cur_pts = pa.coords[vid]
        e1 = cur_pts - pa.coords[prev]
        e2 = pa.coords[nxt] - cur_pts
        rows = np.arange(len(vid))
        e1x, e1y = e1[rows, k0], e1[rows, k1]
        e2x, e2y = e2[rows, k0], e2[rows, k1]
        cross = e1x * e2y - e1y * e2x
        if plane == "xy":
            area_sign = np.sign(np.bincount(grp, cross, minlength=len(cand)))
        else:
            area_sign = np.sign(normals[cand, axis[cand]])
        area_sign[area_sign == 0] = 1.0
        tol = 1e-9 * (np.hypot(e1x, e1y) * np.hypot(e2x, e2y) + 1e-12)
        bad = (cross * area_sign[grp]) < -tol
        nbad = np.bincount(grp, bad, minlength=len(cand))
        convex[cand[nbad == 0]] = True

    tris = []
    owners = []
    fan = np.nonzero(convex)[0]
    if len(fan):
        counts = n_open[fan] - 2
        tri_poly = np.repeat(fan, counts)
        starts = np.repeat(s[fan], counts)
        first_of = np.cumsum(np.r_[0, counts[:-1]])
        i = np.arange(len(tri_poly)) - np.repeat(first_of, counts) + 1
        tris.append(np.stack([starts, starts + i, starts + i + 1], axis=1))
        owners.append(tri_poly)

    rest = np.nonzero(~convex & (n_open >= 3))[0]
    if len(rest):
        t, o = _earcut_many(pa, rest, keep)
        tris.append(t)
        owners.append(o)
    if not tris:
        return np.empty((0, 3), np.int64), np.empty(0, np.int64)
    return np.concatenate(tris).astype(np.int64, copy=False), np.concatenate(owners).astype(np.int64, copy=False)


def _earcut_many(pa: PolygonArrays, polys: np.ndarray, keep: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """earcut for each polygon in ``polys``; all preparation is vectorised, the loop only calls earcut."""
    ro, po, coords = pa.ring_offsets, pa.poly_offsets, pa.coords
    nr = po[polys + 1] - po[polys]
    rings = _ranges(po[polys], po[polys + 1])
    ring_poly = np.repeat(np.arange(len(polys)), nr)           # local polygon index per ring
    lens = ro[rings + 1] - ro[rings] - 1                         # open vertex count
    is_ext = np.zeros(len(rings), bool)
    is_ext[np.cumsum(np.r_[0, nr[:-1]])] = True
    # polygons whose exterior is degenerate are dropped; degenerate holes are ignored
    ext_ok = np.zeros(len(polys), bool)
    ext_ok[ring_poly[is_ext]] = lens[is_ext] >= 3
    use = (lens >= 3) & ext_ok[ring_poly]
    rings, ring_poly, lens = rings[use], ring_poly[use], lens[use]
    if not len(rings):
        return np.empty((0, 3), np.int64), np.empty(0, np.int64)
    vid = _ranges(ro[rings], ro[rings] + lens)
    vert_poly = np.repeat(ring_poly, lens)
    ax = keep[polys[vert_poly]]
    rows = np.arange(len(vid))
    pts = coords[vid]
    v2 = np.empty((len(vid), 2))
    v2[:, 0] = pts[rows, ax[:, 0]]
    v2[:, 1] = pts[rows, ax[:, 1]]
    # per polygon: vertex range and ring-end indices (relative to the polygon's first vertex)
    pverts = np.bincount(vert_poly, minlength=len(polys))
    vstart = np.r_[0, np.cumsum(pverts)]
    v2 -= np.repeat(v2[vstart[:-1][pverts > 0]], pverts[pverts > 0], axis=0)
    ends_all = (np.cumsum(lens) - vstart[ring_poly]).astype(np.uint32)
    pr = np.bincount(ring_poly, minlength=len(polys))
    rstart = np.r_[0, np.cumsum(pr)]
    ear = mapbox_earcut.triangulate_float64
    todo = np.nonzero(pverts)[0]
    # the loop only slices and calls earcut; offsets and owners are added afterwards, vectorised
    results = [ear(v2[vstart[k]:vstart[k + 1]], ends_all[rstart[k]:rstart[k + 1]]) for k in todo.tolist()]
    if not results:
        return np.empty((0, 3), np.int64), np.empty(0, np.int64)
    lens = np.fromiter((len(r) for r in results), dtype=np.int64, count=len(results))
    flat = np.concatenate(results).astype(np.int64) + np.repeat(vstart[todo], lens)
    tri = vid[flat].reshape(-1, 3)
    return tri, polys[np.repeat(todo, lens // 3)]


def extrude(pa: PolygonArrays, base_z: np.ndarray, top_z: np.ndarray, *, floor: bool = False
            ) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """Prisms from 2D polygons: walls for every ring edge plus a roof (and optionally a floor).

    ``base_z``/``top_z`` are per polygon. Returns ``(points (2N, 3), triangles (T, 3), polygon index (T,))``;
    point ``i`` is ring vertex ``i`` at the base and ``N + i`` the same vertex at the top."""
    N = len(pa.coords)
    ring_poly = np.repeat(np.arange(pa.n_polygons), np.diff(pa.poly_offsets))
    vert_ring = _ring_ids(pa.ring_offsets)
    vert_poly = ring_poly[vert_ring]
    pts = np.empty((2 * N, 3), dtype=np.float64)
    pts[:N, :2] = pa.coords[:, :2]
    pts[N:, :2] = pa.coords[:, :2]
    pts[:N, 2] = base_z[vert_poly]
    pts[N:, 2] = top_z[vert_poly]
    # walls: each consecutive pair within a ring
    j = np.arange(N - 1)
    same = vert_ring[1:] == vert_ring[:-1]
    j = j[same]
    quad_poly = vert_poly[j]
    t1 = np.stack([j, j + 1, N + j + 1], axis=1)
    t2 = np.stack([j, N + j + 1, N + j], axis=1)
    walls = np.empty((2 * len(j), 3), np.int64)
    walls[0::2] = t1
    walls[1::2] = t2
    wall_poly = np.repeat(quad_poly, 2)
    roof_t, roof_poly = triangulate(pa, plane="xy")
    parts_t = [walls, roof_t + N]
    parts_o = [wall_poly, roof_poly]
    if floor:
        parts_t.append(roof_t[:, ::-1])
        parts_o.append(roof_poly)
    return pts, np.concatenate(parts_t), np.concatenate(parts_o)


def segmentize(geoms: np.ndarray, max_length: float) -> np.ndarray:
    """Add vertices so no edge is longer than ``max_length`` (for draping on a DEM)."""
    return shapely.segmentize(np.asarray(geoms, dtype=object), max_length)


def compact(points: np.ndarray, triangles: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """Drop points no triangle uses; returns the new points and re-indexed triangles."""
    used = np.zeros(len(points), dtype=bool)
    used[triangles.ravel()] = True
    remap = np.cumsum(used) - 1
    return points[used], remap[triangles]


__all__ = ["PolygonArrays", "compact", "extrude", "polygon_normals", "polygons_from_geoms", "polygons_from_wkb",
           "segmentize", "triangulate"]
