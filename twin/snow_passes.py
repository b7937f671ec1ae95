"""Which plough passes serve which road segments: the geometry of the analysis ``snow-coverage``
(:mod:`twin.snow_coverage`). Qt-free; numpy and a shapely STRtree, every step on whole arrays.

**Covered length.** Each road segment is cut into its straight pieces (between consecutive vertices). Around a
straight piece of length *l* the buffer of ``buffer_m`` is, apart from its round caps, the rectangle of points whose
position along the piece lies in [0, *l*] and whose distance from its line is at most ``buffer_m``. A straight
track piece clipped to that rectangle is one stretch (both conditions are linear along the track piece), and its
projection onto the segment is an interval of the segment's length, computed exactly (:meth:`SegmentIndex.clip`).
The round caps and the wedges at bends add nothing: a track there runs beside no part of the segment.

* A track running along the segment within the buffer projects onto the stretch it runs along.
* A track **crossing** the segment at a right angle projects onto a single point (0 m), at an angle θ onto
  2 · ``buffer_m`` / tan θ at most: a crossing never serves a 100 m segment at the default 60 % unless it runs
  nearly along it.
* A track **parallel beyond the buffer** has no stretch inside the rectangle: nothing.

**Passes.** A *visit* is a maximal run of consecutive blade-down pieces of one trip that each come within the
segment's buffer (a piece with the blade up, or a piece that stays wholly outside the buffer, ends it; a piece
round the outside of a bend, in the buffer's wedge, keeps it going; a turn back along the same segment without
leaving its buffer stays one visit). The visit's covered length is the union of
its intervals (:func:`union_length`); it is a **pass** when that is at least ``min_share`` of the segment's
length. ``entered_at`` is when the visit's first stretch began, ``served_at`` when its last stretch ended (the
time the plough left the segment), interpolated along the pieces.

Candidate pairs come from one STRtree query of the track pieces' boxes against the segment pieces' boxes grown
by the buffer; track pieces are processed in chunks of whole trips, so memory grows with the fixes, not with
their square (``benchmarks/snow.py``).
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

import numpy as np
import shapely

from twin.snow_trips import Pieces

#: track pieces per STRtree query (whole trips; bounds the memory of the candidate pairs)
CHUNK_PIECES = 400_000
#: a share this close below ``min_share`` still serves (floating-point noise on exact hand-built geometry)
SHARE_EPS = 1e-9


@dataclass
class Clip:
    """Pairs (track piece, segment) where the track piece comes within the segment's buffer: ``piece`` (index into
    the track pieces given), ``seg`` (index into the segments), the interval ``lo`` … ``hi`` along the segment (m)
    and the fraction ``s_lo`` … ``s_hi`` of the track piece inside the rectangle (``s_lo`` = inf, ``s_hi`` = −inf
    and an empty interval for a piece only in the buffer's round ends or a bend's wedge)."""

    piece: np.ndarray
    seg: np.ndarray
    lo: np.ndarray
    hi: np.ndarray
    s_lo: np.ndarray
    s_hi: np.ndarray


def line_pieces(geoms: np.ndarray) -> tuple[np.ndarray, ...]:
    """(ax, ay, bx, by, owner, along) of the straight pieces of line geometries (LINESTRING or MULTILINESTRING;
    zero-length pieces dropped): ``owner`` indexes ``geoms``, ``along`` is where the piece starts along its part."""
    geoms = np.asarray(geoms, dtype=object)
    parts, owner = shapely.get_parts(geoms, return_index=True)
    lines = shapely.get_type_id(parts) == 1
    parts, owner = parts[lines], owner[lines]
    xy, part = shapely.get_coordinates(parts, return_index=True)
    k = np.flatnonzero(part[1:] == part[:-1])
    ax, ay, bx, by = xy[k, 0], xy[k, 1], xy[k + 1, 0], xy[k + 1, 1]
    length = np.hypot(bx - ax, by - ay)
    pk = part[k]
    csum = np.cumsum(length)
    first = np.r_[True, pk[1:] != pk[:-1]] if len(pk) else np.zeros(0, bool)
    start = np.maximum.accumulate(np.where(first, np.arange(len(pk)), 0)) if len(pk) else pk
    along = csum - length - (csum[start] - length[start]) if len(pk) else length
    ok = length > 0
    return ax[ok], ay[ok], bx[ok], by[ok], owner[pk[ok]], along[ok]


class SegmentIndex:
    """Road segments as straight pieces with unit directions and their position along the segment, and an
    STRtree of the pieces' boxes grown by ``buffer_m``."""

    def __init__(self, geoms: np.ndarray, buffer_m: float):
        geoms = np.asarray(geoms, dtype=object)
        self.buffer_m = float(buffer_m)
        self.n = len(geoms)
        self.length = shapely.length(geoms) if self.n else np.zeros(0)
        ax, ay, bx, by, self.seg, self.along = line_pieces(geoms) if self.n else (np.zeros(0),) * 4 + (
            np.zeros(0, np.int64), np.zeros(0))
        self.ax, self.ay = ax, ay
        self.l = np.hypot(bx - ax, by - ay)
        self.ux, self.uy = (bx - ax) / np.where(self.l > 0, self.l, 1), (by - ay) / np.where(self.l > 0, self.l, 1)
        b = self.buffer_m
        self.tree = shapely.STRtree(shapely.box(np.minimum(ax, bx) - b, np.minimum(ay, by) - b,
                                                np.maximum(ax, bx) + b, np.maximum(ay, by) + b))

    def clip(self, ax: np.ndarray, ay: np.ndarray, bx: np.ndarray, by: np.ndarray) -> Clip:
        """The stretches of the straight track pieces (ax, ay) → (bx, by) inside the segments' buffers (see the
        module docstring), one row per (track piece, segment piece) with a stretch."""
        empty = np.zeros(0)
        if not len(ax) or not len(self.l):
            e = np.zeros(0, np.int64)
            return Clip(e, e, empty, empty, empty, empty)
        boxes = shapely.box(np.minimum(ax, bx), np.minimum(ay, by), np.maximum(ax, bx), np.maximum(ay, by))
        qi, sj = self.tree.query(boxes)
        del boxes
        b = self.buffer_m
        dx, dy = bx[qi] - ax[qi], by[qi] - ay[qi]
        rx, ry = ax[qi] - self.ax[sj], ay[qi] - self.ay[sj]
        ux, uy, ln = self.ux[sj], self.uy[sj], self.l[sj]
        p0, dp = rx * ux + ry * uy, dx * ux + dy * uy          # position along the segment piece, linear in s
        d0, dd = ry * ux - rx * uy, dy * ux - dx * uy          # signed distance from its line, linear in s
        del dx, dy, rx, ry, ux, uy
        lo, hi = _linear_band(d0, dd, -b, b)
        lo2, hi2 = _linear_band(p0, dp, 0.0, ln)
        s_lo = np.maximum(np.maximum(lo, lo2), 0.0)
        s_hi = np.minimum(np.minimum(hi, hi2), 1.0)
        stretch = s_lo <= s_hi
        # near without a stretch: within the buffer's round ends (the wedge outside a bend); keeps a visit whole
        near = stretch.copy()
        k = np.flatnonzero(~stretch)
        near[k] = (_point_piece_distance(0.0, 0.0, p0[k], d0[k], dp[k], dd[k]) <= b) | (
            _point_piece_distance(ln[k], 0.0, p0[k], d0[k], dp[k], dd[k]) <= b)
        qi, sj, s_lo, s_hi, p0, dp, ln, stretch = (a[near] for a in (qi, sj, s_lo, s_hi, p0, dp, ln, stretch))
        s_lo, s_hi = np.where(stretch, s_lo, np.inf), np.where(stretch, s_hi, -np.inf)
        pa_ = np.where(stretch, np.clip(p0 + np.where(stretch, s_lo, 0.0) * dp, 0.0, ln), 0.0)
        pb_ = np.where(stretch, np.clip(p0 + np.where(stretch, s_hi, 0.0) * dp, 0.0, ln), 0.0)
        off = self.along[sj]
        return Clip(piece=qi.astype(np.int64), seg=self.seg[sj].astype(np.int64), lo=off + np.minimum(pa_, pb_),
                    hi=off + np.maximum(pa_, pb_), s_lo=s_lo, s_hi=s_hi)


def _linear_band(v0: np.ndarray, dv: np.ndarray, low: float | np.ndarray, high: float | np.ndarray
                 ) -> tuple[np.ndarray, np.ndarray]:
    """The range of s where ``low ≤ v0 + s · dv ≤ high`` (−inf … inf when always, inf … −inf when never)."""
    flat = dv == 0
    with np.errstate(divide="ignore", invalid="ignore"):
        s1 = (low - v0) / np.where(flat, 1.0, dv)
        s2 = (high - v0) / np.where(flat, 1.0, dv)
    inside = (v0 >= low) & (v0 <= high)
    lo = np.where(flat, np.where(inside, -np.inf, np.inf), np.minimum(s1, s2))
    hi = np.where(flat, np.where(inside, np.inf, -np.inf), np.maximum(s1, s2))
    return lo, hi


def _point_piece_distance(px: float | np.ndarray, py: float | np.ndarray, x0: np.ndarray, y0: np.ndarray,
                          dx: np.ndarray, dy: np.ndarray) -> np.ndarray:
    """Distance from the point (px, py) to the pieces (x0, y0) → (x0 + dx, y0 + dy)."""
    d2 = dx * dx + dy * dy
    with np.errstate(divide="ignore", invalid="ignore"):
        t = np.where(d2 > 0, ((px - x0) * dx + (py - y0) * dy) / np.where(d2 > 0, d2, 1.0), 0.0)
    t = np.clip(t, 0.0, 1.0)
    return np.hypot(x0 + t * dx - px, y0 + t * dy - py)


def union_length(group: np.ndarray, lo: np.ndarray, hi: np.ndarray, n_groups: int) -> np.ndarray:
    """Length of the union of the intervals ``lo`` … ``hi`` of each group (0 … ``n_groups`` − 1)."""
    if not len(group):
        return np.zeros(n_groups)
    span = float(np.max(hi) - min(0.0, float(np.min(lo)))) + 1.0
    order = np.argsort(group.astype(np.float64) * span + lo)       # by group, then start (one key: faster)
    g, lo, hi = group[order], lo[order], hi[order]
    shift = g.astype(np.float64) * span
    run = np.maximum.accumulate(hi + shift) - shift           # the furthest end so far within the group
    prev = np.empty_like(run)
    prev[0] = -np.inf
    prev[1:] = run[:-1]
    prev[np.r_[True, g[1:] != g[:-1]]] = -np.inf
    add = np.maximum(0.0, hi - np.maximum(lo, prev))
    return np.bincount(g, weights=add, minlength=n_groups)


@dataclass
class PassRows:
    """Passes: segment index, trip index, entered and served time (epoch s), covered share."""

    seg: np.ndarray
    trip: np.ndarray
    entered: np.ndarray
    served: np.ndarray
    share: np.ndarray

    def __len__(self) -> int:
        return len(self.seg)

    @staticmethod
    def concat(parts: list["PassRows"]) -> "PassRows":
        if not parts:
            return PassRows(np.zeros(0, np.int64), np.zeros(0, np.int64), np.zeros(0), np.zeros(0), np.zeros(0))
        return PassRows(*(np.concatenate([getattr(p, f) for p in parts]) for f in
                          ("seg", "trip", "entered", "served", "share")))


def find_passes(pieces: Pieces, index: SegmentIndex, min_share: float, *, mask: np.ndarray | None = None,
                chunk: int = CHUNK_PIECES, check: Callable[[], None] | None = None) -> PassRows:
    """The passes of the blade-down ``pieces`` (in trip and time order; only those in ``mask`` when given) over
    the segments of ``index``, in chunks of whole trips of about ``chunk`` pieces; ``check`` is called between
    chunks (cancelling)."""
    use = pieces.blade if mask is None else pieces.blade & mask
    sel = np.flatnonzero(use)
    n = len(sel)
    out = []
    begin = 0
    while begin < n:
        end = min(begin + chunk, n)
        if end < n:                          # whole trips: move the cut to the next trip's first piece
            trip = pieces.trip[sel[end:]]
            nxt = np.flatnonzero(trip != pieces.trip[sel[end - 1]])
            end = end + int(nxt[0]) if len(nxt) else n
        out.append(_passes(pieces.take(sel[begin:end]), index, min_share))
        begin = end
        if check is not None:
            check()
    return PassRows.concat(out)


def _passes(pc: Pieces, index: SegmentIndex, min_share: float) -> PassRows:
    c = index.clip(pc.ax, pc.ay, pc.bx, pc.by)
    if not len(c.piece):
        return PassRows.concat([])
    seq = pc.seq[c.piece]
    if len(seq) < 2 or (np.diff(seq) >= 0).all():         # the tree answers in piece order: group by segment
        order = np.argsort(c.seg, kind="stable")
    else:
        order = np.lexsort((seq, c.seg))
    seg, seq = c.seg[order], seq[order]
    piece, lo, hi, s_lo, s_hi = c.piece[order], c.lo[order], c.hi[order], c.s_lo[order], c.s_hi[order]
    new = np.ones(len(seg), bool)
    new[1:] = (seg[1:] != seg[:-1]) | (seq[1:] - seq[:-1] > 1)
    visit = np.cumsum(new) - 1
    m = int(visit[-1]) + 1
    covered = union_length(visit, lo, hi, m)
    t0, t1 = pc.t0[piece], pc.t1[piece]
    stretch = s_lo <= s_hi
    t_in = np.where(stretch, t0 + np.where(stretch, s_lo, 0.0) * (t1 - t0), np.inf)
    t_out = np.where(stretch, t0 + np.where(stretch, s_hi, 0.0) * (t1 - t0), -np.inf)
    starts = np.flatnonzero(new)
    entered = np.minimum.reduceat(t_in, starts)
    served = np.maximum.reduceat(t_out, starts)
    vseg = seg[new]
    length = index.length[vseg]
    share = np.where(length > 0, covered / np.where(length > 0, length, 1.0), 0.0)
    ok = share >= min_share - SHARE_EPS
    return PassRows(seg=vseg[ok], trip=pc.trip[piece[new]][ok], entered=entered[ok], served=served[ok],
                    share=np.minimum(share[ok], 1.0))


__all__ = ["CHUNK_PIECES", "Clip", "PassRows", "SegmentIndex", "find_passes", "line_pieces", "union_length"]
