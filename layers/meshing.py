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


def polygons_from_wkb(wkb, mask: np.ndarray | None = None) -> tuple[PolygonArrays, np.ndarray]:
    """WKB → :class:`PolygonArrays` (same result as :func:`polygons_from_geoms` on the parsed geometries).

    ``wkb`` is a pyarrow binary (chunked) array — e.g. an ``ST_AsWKB`` column, decoded in place without
    copying — or a sequence of bytes / None. Little-endian ISO WKB Polygon/MultiPolygon, 2D or Z (what DuckDB
    writes), is decoded in numpy (:func:`decode_wkb_polygons`); any other encoding (big-endian, EWKB flags,
    M values) falls back to shapely for the whole input. Rows where ``mask`` is False are skipped like nulls."""
    data, offsets, valid = _wkb_buffers(wkb)
    if mask is not None:
        valid = valid & np.asarray(mask, bool)
    try:
        return decode_wkb_polygons(data, offsets, valid)
    except _WkbFallback:
        objs = np.empty(len(valid), dtype=object)
        for i in np.nonzero(valid)[0].tolist():
            objs[i] = data[offsets[i]:offsets[i + 1]].tobytes()
        return polygons_from_geoms(shapely.from_wkb(objs, on_invalid="ignore"))


class _WkbFallback(Exception):
    """An encoding the numpy decoder does not handle (the caller uses shapely)."""


def _wkb_buffers(wkb) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """(data uint8, offsets int64 (n+1), valid bool (n)) of a binary column or a sequence of bytes/None."""
    try:
        import pyarrow as pa
    except ImportError:  # pragma: no cover - pyarrow is a dependency of the store
        pa = None
    if pa is not None and isinstance(wkb, (pa.ChunkedArray, pa.Array)):
        arr = wkb.combine_chunks() if isinstance(wkb, pa.ChunkedArray) else wkb
        if pa.types.is_binary_view(arr.type) if hasattr(pa.types, "is_binary_view") else False:
            arr = arr.cast(pa.binary())
        if not (pa.types.is_binary(arr.type) or pa.types.is_large_binary(arr.type)):
            if isinstance(arr.type, pa.ExtensionType):
                arr = arr.storage
            else:
                arr = arr.cast(pa.binary())
        n = len(arr)
        bufs = arr.buffers()
        odt = np.int64 if pa.types.is_large_binary(arr.type) else np.int32
        if n == 0 or bufs[1] is None:
            return np.empty(0, np.uint8), np.zeros(n + 1, np.int64), np.zeros(n, bool)
        offsets = np.frombuffer(bufs[1], dtype=odt, count=n + 1, offset=arr.offset * np.dtype(odt).itemsize)
        data = np.frombuffer(bufs[2], dtype=np.uint8) if bufs[2] is not None else np.empty(0, np.uint8)
        valid = ~arr.is_null().to_numpy(zero_copy_only=False) if arr.null_count else np.ones(n, bool)
        return data, offsets.astype(np.int64), valid
    items = list(wkb)
    valid = np.array([b is not None for b in items], dtype=bool)
    lens = np.array([len(b) if b is not None else 0 for b in items], dtype=np.int64)
    offsets = np.zeros(len(items) + 1, np.int64)
    np.cumsum(lens, out=offsets[1:])
    data = np.frombuffer(b"".join(bytes(b) for b in items if b is not None), dtype=np.uint8)
    return data, offsets, valid


def _u32(data: np.ndarray, pos: np.ndarray) -> np.ndarray:
    """Little-endian uint32 at byte positions ``pos`` (any alignment)."""
    view = np.ndarray(shape=(max(len(data) - 3, 0),), dtype="<u4", buffer=data, strides=(1,))
    return view[np.asarray(pos, np.int64)].astype(np.int64)


def decode_wkb_polygons(data: np.ndarray, offsets: np.ndarray, valid: np.ndarray | None = None
                        ) -> tuple[PolygonArrays, np.ndarray]:
    """Vectorised WKB decoder for Polygon / MultiPolygon rows (little-endian ISO WKB, 2D or Z).

    ``data`` holds every row's WKB back to back, row ``i`` is ``data[offsets[i]:offsets[i + 1]]``. Rows that
    are null, empty or of another geometry type are skipped (False in the returned mask), as
    :func:`polygons_from_geoms` does; empty parts of a MultiPolygon are dropped. The loops only run over part
    and ring *positions* (the most parts/rings any row has), each step decoding that part of every row at
    once. Raises :class:`_WkbFallback` for encodings it does not decode."""
    n = len(offsets) - 1
    valid = np.ones(n, bool) if valid is None else np.asarray(valid, bool).copy()
    starts = np.asarray(offsets[:-1], np.int64)
    size = np.asarray(offsets[1:], np.int64) - starts
    valid &= size >= 9
    rows = np.nonzero(valid)[0]
    if not len(rows):
        return PolygonArrays.empty(), np.zeros(n, bool)
    if (data[starts[rows]] != 1).any():
        raise _WkbFallback("big-endian WKB")
    base, dimcode = _wkb_type(_u32(data, starts[rows] + 1))
    is_poly = np.isin(base, (3, 6))
    rows, base, dimcode = rows[is_poly], base[is_poly], dimcode[is_poly]
    # polygon headers: (row, part index, byte position, dims)
    single = base == 3
    p_row = [rows[single]]
    p_part = [np.zeros(int(single.sum()), np.int64)]
    p_pos = [starts[rows[single]]]
    p_dims = [2 + dimcode[single]]
    m_rows, m_dims = rows[~single], 2 + dimcode[~single]
    nparts = _u32(data, starts[m_rows] + 5) if len(m_rows) else np.empty(0, np.int64)
    pos = starts[m_rows] + 9
    for j in range(int(nparts.max()) if len(nparts) else 0):
        act = np.nonzero(nparts > j)[0]
        pp = pos[act]
        if (data[pp] != 1).any():
            raise _WkbFallback("big-endian WKB part")
        pt, pd = _wkb_type(_u32(data, pp + 1))
        if (pt != 3).any() or (pd != m_dims[act] - 2).any():
            raise _WkbFallback("unexpected MultiPolygon part")
        p_row.append(m_rows[act])
        p_part.append(np.full(len(act), j, np.int64))
        p_pos.append(pp)
        p_dims.append(m_dims[act])
        pos[act] = _polygon_end(data, pp, m_dims[act])
    prow, ppart, ppos, pdims = (np.concatenate(v) for v in (p_row, p_part, p_pos, p_dims))
    order = np.lexsort((ppart, prow))
    prow, ppos, pdims = prow[order], ppos[order], pdims[order]
    # rings of every polygon
    nrings = _u32(data, ppos + 5)
    keep = nrings > 0                                  # empty polygons (and empty parts) are dropped
    prow, ppos, pdims, nrings = prow[keep], ppos[keep], pdims[keep], nrings[keep]
    P = len(prow)
    if P == 0:
        return PolygonArrays.empty(), np.zeros(n, bool)
    r_poly, r_k, r_pos, r_npts = [], [], [], []
    pos = ppos + 9
    stride = pdims * 8
    for k in range(int(nrings.max())):
        act = np.nonzero(nrings > k)[0]
        npts = _u32(data, pos[act])
        r_poly.append(act)
        r_k.append(np.full(len(act), k, np.int64))
        r_pos.append(pos[act] + 4)
        r_npts.append(npts)
        pos[act] += 4 + npts * stride[act]
    rpoly, rk, rpos, rnpts = (np.concatenate(v) for v in (r_poly, r_k, r_pos, r_npts))
    order = np.lexsort((rk, rpoly))
    rpoly, rpos, rnpts = rpoly[order], rpos[order], rnpts[order]
    if (pos > offsets[prow + 1]).any() or (rpos + rnpts * pdims[rpoly] * 8 > len(data)).any():
        raise _WkbFallback("truncated WKB")
    ring_offsets = np.zeros(len(rpoly) + 1, np.int64)
    np.cumsum(rnpts, out=ring_offsets[1:])
    poly_offsets = np.zeros(P + 1, np.int64)
    np.cumsum(np.bincount(rpoly, minlength=P), out=poly_offsets[1:])
    # every double at every byte offset: WKB coordinates are not 8-byte aligned
    doubles = np.ndarray(shape=(max(len(data) - 7, 0),), dtype="<f8", buffer=data, strides=(1,))
    stride = pdims[rpoly] * 8
    point_ring = np.repeat(np.arange(len(rpoly)), rnpts)
    first = rpos[point_ring] + (np.arange(int(ring_offsets[-1])) - ring_offsets[point_ring]) * stride[point_ring]
    coords = np.zeros((len(first), 3), np.float64)
    coords[:, 0] = doubles[first]
    coords[:, 1] = doubles[first + 8]
    z = stride[point_ring] == 24
    if z.all():
        coords[:, 2] = doubles[first + 16]
    elif z.any():
        coords[z, 2] = doubles[first[z] + 16]
    ok = np.zeros(n, bool)
    ok[prow] = True
    return PolygonArrays(coords, ring_offsets, poly_offsets, prow.astype(np.int64)), ok


def _wkb_type(code: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """(base type, 0 for XY / 1 for XYZ) of ISO WKB type codes and EWKB codes with the Z flag; other
    dimensions (M) and EWKB's SRID/M flags raise :class:`_WkbFallback`."""
    if (code & 0x60000000).any():
        raise _WkbFallback("EWKB SRID or M flag")
    zflag = (code & 0x80000000) != 0
    c = code & 0x0FFFFFFF
    base, dim = c % 1000, c // 1000
    if (zflag & (dim != 0)).any() or (~np.isin(dim, (0, 1))).any():
        raise _WkbFallback("M or ZM coordinates")
    return base, np.where(zflag, 1, dim)


def _polygon_end(data: np.ndarray, pos: np.ndarray, dims: np.ndarray) -> np.ndarray:
    """Byte position just after each polygon whose header starts at ``pos``."""
    nr = _u32(data, pos + 5)
    cur = pos + 9
    stride = dims * 8
    for k in range(int(nr.max()) if len(nr) else 0):
        act = np.nonzero(nr > k)[0]
        cur[act] += 4 + _u32(data, cur[act]) * stride[act]
    return cur


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
    clip_ok = np.zeros(P, dtype=bool)
    tris = []
    owners = []
    if len(cand):
        cs, cn = s[cand], n_open[cand]
        vid = _ranges(cs, cs + cn)
        grp = np.repeat(np.arange(len(cand)), cn)
        first = np.cumsum(np.r_[0, cn[:-1]])                 # position of each ring's first vertex in vid
        flat = pa.coords.reshape(-1)
        kk = keep[cand]
        u = flat[vid * 3 + kk[grp, 0]]                       # projected 2D coordinates
        v = flat[vid * 3 + kk[grp, 1]]
        pi = np.arange(len(vid)) - 1                           # previous / next vertex along the ring
        pi[first] += cn
        ni = np.arange(len(vid)) + 1
        ni[first + cn - 1] -= cn
        e1x, e1y = u - u[pi], v - v[pi]
        e2x, e2y = u[ni] - u, v[ni] - v
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
        # small concave rings: ear clipping in numpy (many rings at once); the rest goes to earcut
        small = np.nonzero((nbad > 0) & (cn <= EARCLIP_MAX_VERTICES))[0]
        if len(small):
            t, o, ok = _earclip_many(u, v, first[small], cn[small])
            tris.append(vid[t] if len(t) else np.empty((0, 3), np.int64))
            owners.append(cand[small][o])
            clip_ok[cand[small[ok]]] = True

    fan = np.nonzero(convex)[0]
    if len(fan):
        counts = n_open[fan] - 2
        tri_poly = np.repeat(fan, counts)
        starts = np.repeat(s[fan], counts)
        first_of = np.cumsum(np.r_[0, counts[:-1]])
        i = np.arange(len(tri_poly)) - np.repeat(first_of, counts) + 1
        tris.insert(0, np.stack([starts, starts + i, starts + i + 1], axis=1))
        owners.insert(0, tri_poly)

    rest = np.nonzero(~convex & ~clip_ok & (n_open >= 3))[0]
    if len(rest):
        t, o = _earcut_many(pa, rest, keep)
        tris.append(t)
        owners.append(o)
    if not tris:
        return np.empty((0, 3), np.int64), np.empty(0, np.int64)
    return np.concatenate(tris).astype(np.int64, copy=False), np.concatenate(owners).astype(np.int64, copy=False)


#: concave single-ring polygons with at most this many vertices are ear-clipped in numpy
EARCLIP_MAX_VERTICES = 16


def _earclip_many(u: np.ndarray, v: np.ndarray, starts: np.ndarray, counts: np.ndarray
                  ) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """Ear clipping of many small simple rings at once (vectorised over the rings of equal size).

    ``u``/``v``: 2D vertex coordinates; ring ``k`` is ``starts[k]:starts[k] + counts[k]`` (open). Returns
    ``(triangles (T, 3) as indices into u/v, ring of each triangle (T,), ok (K,) bool)``. Each step clips, in
    every ring, its first *ear*: a strictly convex corner whose triangle holds no other remaining vertex (not
    even on its border). A simple polygon always has one; rings where a step finds none (self-intersecting,
    repeated or collinear vertices) are not ok and produce no triangles — the caller uses earcut for them."""
    K = len(starts)
    ok = np.ones(K, bool)
    out_t, out_r = [], []
    for n in np.unique(counts).tolist():
        rings = np.nonzero(counts == n)[0]
        m = len(rings)
        idx = starts[rings][:, None] + np.arange(n)              # (m, n) vertex indices
        U, V = u[idx], v[idx]
        # orientation: +1 counter-clockwise, −1 clockwise (shoelace)
        area = (U * np.roll(V, -1, axis=1) - np.roll(U, -1, axis=1) * V).sum(axis=1)
        sgn = np.where(area < 0, -1.0, 1.0)[:, None]
        scale = (np.ptp(U, axis=1) + np.ptp(V, axis=1))[:, None] ** 2
        eps = 1e-12 * scale
        rem = np.tile(np.arange(n), (m, 1))                      # remaining vertices (local), in ring order
        alive = np.ones(m, bool)
        tri_local = []
        rows = np.arange(m)[:, None]
        for r in range(n, 3, -1):
            ru, rv = U[rows, rem], V[rows, rem]                  # (m, r)
            au, av = np.roll(ru, 1, axis=1), np.roll(rv, 1, axis=1)
            cu, cv = np.roll(ru, -1, axis=1), np.roll(rv, -1, axis=1)
            convex = sgn * ((ru - au) * (cv - rv) - (rv - av) * (cu - ru)) > eps
            # every remaining vertex p against every candidate triangle (a, b, c): inside or on the border
            pu, pv = ru[:, None, :], rv[:, None, :]                # (m, 1, r)
            A_u, A_v = au[:, :, None], av[:, :, None]
            B_u, B_v = ru[:, :, None], rv[:, :, None]
            C_u, C_v = cu[:, :, None], cv[:, :, None]
            s3 = sgn[:, :, None]
            d1 = s3 * ((B_u - A_u) * (pv - A_v) - (B_v - A_v) * (pu - A_u))
            d2 = s3 * ((C_u - B_u) * (pv - B_v) - (C_v - B_v) * (pu - B_u))
            d3 = s3 * ((A_u - C_u) * (pv - C_v) - (A_v - C_v) * (pu - C_u))
            e3 = eps[:, :, None]
            inside = (d1 >= -e3) & (d2 >= -e3) & (d3 >= -e3)
            j = np.arange(r)
            own = (j[None, :] == j[:, None]) | (j[None, :] == (j[:, None] - 1) % r) | \
                (j[None, :] == (j[:, None] + 1) % r)               # the triangle's own corners
            inside &= ~own[None, :, :]
            ear = convex & ~inside.any(axis=2)
            has = ear.any(axis=1)
            alive &= has
            jj = np.argmax(ear, axis=1)                           # first ear (0 where none: unused)
            tri_local.append(np.stack([rem[np.arange(m), (jj - 1) % r], rem[np.arange(m), jj],
                                       rem[np.arange(m), (jj + 1) % r]], axis=1))
            keepm = j[None, :] != jj[:, None]
            rem = rem[keepm].reshape(m, r - 1)
        tri_local.append(rem[:, :3].copy())
        T = np.stack(tri_local, axis=1)                           # (m, n − 2, 3) local indices
        good = np.nonzero(alive)[0]
        ok[rings[~alive]] = False
        if len(good):
            out_t.append((starts[rings[good]][:, None, None] + T[good]).reshape(-1, 3))
            out_r.append(np.repeat(rings[good], n - 2))
    if not out_t:
        return np.empty((0, 3), np.int64), np.empty(0, np.int64), ok
    return np.concatenate(out_t), np.concatenate(out_r), ok


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


def densify(pa: PolygonArrays, max_length: float) -> PolygonArrays:
    """Add vertices so no ring edge is longer than ``max_length`` in plan (like ``shapely.segmentize``: an
    edge of length L becomes ceil(L / max_length) equal parts; z is interpolated). Vectorised."""
    if not len(pa.coords) or max_length <= 0:
        return pa
    c = pa.coords
    N = len(c)
    ring = _ring_ids(pa.ring_offsets)
    is_edge = np.zeros(N, bool)                          # vertex i starts an edge to i + 1 in the same ring
    is_edge[:-1] = ring[1:] == ring[:-1]
    d = np.zeros(N)
    e = np.nonzero(is_edge)[0]
    d[e] = np.hypot(c[e + 1, 0] - c[e, 0], c[e + 1, 1] - c[e, 1])
    parts = np.ones(N, np.int64)
    parts[e] = np.maximum(np.ceil(d[e] / max_length), 1).astype(np.int64)
    if (parts == 1).all():
        return pa
    # vertex i emits `parts[i]` points: itself and parts[i] − 1 points along its edge (closing vertices: 1)
    src = np.repeat(np.arange(N), parts)
    start = np.cumsum(parts) - parts
    j = np.arange(len(src)) - start[src]
    f = (j / parts[src])[:, None]
    nxt = np.minimum(src + 1, N - 1)
    out = c[src] + f * (c[nxt] - c[src])
    out[j == 0] = c[src[j == 0]]                           # original vertices exactly
    ring_offsets = np.zeros(len(pa.ring_offsets), np.int64)
    np.cumsum(np.bincount(ring, weights=parts, minlength=pa.n_rings).astype(np.int64), out=ring_offsets[1:])
    return PolygonArrays(out, ring_offsets, pa.poly_offsets.copy(), pa.owner.copy())


def segmentize(geoms: np.ndarray, max_length: float) -> np.ndarray:
    """Add vertices so no edge is longer than ``max_length`` (for draping on a DEM)."""
    return shapely.segmentize(np.asarray(geoms, dtype=object), max_length)


def compact(points: np.ndarray, triangles: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """Drop points no triangle uses; returns the new points and re-indexed triangles."""
    used = np.zeros(len(points), dtype=bool)
    used[triangles.ravel()] = True
    remap = np.cumsum(used) - 1
    return points[used], remap[triangles]


__all__ = ["PolygonArrays", "compact", "decode_wkb_polygons", "densify", "extrude", "polygon_normals", "polygons_from_geoms",
           "polygons_from_wkb",
           "segmentize", "triangulate"]
