"""The road network: centre lines noded into segments and nodes, emergency-road marks, network distance.

No Qt, no VTK: plain shapely 2, numpy and scipy, used by the road-network importer and by analyses. scipy is
imported inside the functions that use it: the theme registry loads this module (through ``twin.catchment_network``)
whenever it loads the built-in themes, as every ``kaga-twin import`` does, and scipy.sparse took 0.13 s of its start.

* :func:`build_network` splits lines where they cross or touch (``shapely.node``), merges piece ends closer
  than a snapping tolerance into one node, and keeps each piece's attributes from the source line it lies on
  (found with an STRtree).
* :func:`match_emergency` gives a segment the class of the 国土数値情報 N10 緊急輸送道路 line it follows: a
  segment whose length lies at least ``share`` (80 %) within ``tolerance_m`` (10 m) of the N10 lines of a
  class gets that class (the most important, i.e. the lowest class number, when several qualify).
* :class:`RoadGraph` (and :func:`network_distances`, :func:`nearest_segment`) read ``road_segments`` and
  ``road_nodes`` from a store: an STRtree for the nearest segment, a scipy.sparse.csgraph Dijkstra for
  distances along the network.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

import numpy as np
import shapely

#: piece ends closer than this (metres) become one node
SNAP_M = 0.5
#: N10 matching: a segment within this distance (m) of an N10 line …
N10_TOLERANCE_M = 10.0
#: … over at least this share of its length gets the line's class
N10_SHARE = 0.8


@dataclass
class Network:
    """A noded network: segment ``i`` runs from node ``seg_from[i]`` to ``seg_to[i]`` (indices into
    ``node_xy``) and came from input line ``seg_line[i]``."""

    seg_geom: np.ndarray      # shapely LineStrings (2D)
    seg_from: np.ndarray      # int64
    seg_to: np.ndarray        # int64
    seg_length: np.ndarray    # float64, metres
    seg_line: np.ndarray      # int64, index of the source line
    node_xy: np.ndarray       # (n, 2) float64
    node_degree: np.ndarray   # int64: segment ends at the node (a loop counts twice)

    @property
    def n_segments(self) -> int:
        return len(self.seg_geom)

    @property
    def n_nodes(self) -> int:
        return len(self.node_xy)


def build_network(lines: Sequence[Any] | np.ndarray, snap_m: float = SNAP_M) -> Network:
    """Node ``lines`` (LineStrings or MultiLineStrings, in a metric CRS) into a :class:`Network`.

    Empty and non-line geometries are ignored (callers report them); z is dropped (the network is planar)."""
    geoms = np.asarray(lines, dtype=object)
    parts, part_line = shapely.get_parts(geoms, return_index=True) if len(geoms) else (np.empty(0, object),
                                                                                        np.empty(0, np.int64))
    keep = (shapely.get_type_id(parts) == 1) & ~shapely.is_empty(parts) if len(parts) else np.zeros(0, bool)
    parts, part_line = shapely.force_2d(parts[keep]), part_line[keep]
    if not len(parts):
        return _empty()
    tree = shapely.STRtree(parts)
    noded = shapely.get_parts(shapely.node(shapely.multilinestrings(_snap_dangles(parts, tree, snap_m))))
    noded = noded[shapely.length(noded) > 0]
    # each piece's source line: the part nearest to the piece's midpoint (ties go to the first line)
    mids = shapely.line_interpolate_point(noded, 0.5, normalized=True)
    piece_idx, part_idx = tree.query_nearest(mids, all_matches=True)
    first = np.full(len(noded), np.iinfo(np.int64).max, np.int64)
    np.minimum.at(first, piece_idx, part_line[part_idx])
    seg_line = first

    # piece ends -> nodes: ends closer than snap_m are one node (connected components of the "near" graph)
    starts = shapely.get_point(noded, 0)
    ends = shapely.get_point(noded, -1)
    pts = np.concatenate([starts, ends])
    xy = shapely.get_coordinates(pts)
    ptree = shapely.STRtree(pts)
    a, b = ptree.query(pts, predicate="dwithin", distance=snap_m)
    n = len(pts)
    from scipy.sparse import coo_matrix
    from scipy.sparse.csgraph import connected_components
    comp_n, comp = connected_components(coo_matrix((np.ones(len(a)), (a, b)), shape=(n, n)), directed=False)
    # number nodes in order of first appearance, so the result does not depend on scipy's labelling
    _, first_at = np.unique(comp, return_index=True)
    order = np.argsort(first_at)
    relabel = np.empty(comp_n, np.int64)
    relabel[order] = np.arange(comp_n)
    node_of = relabel[comp]
    node_xy = np.zeros((comp_n, 2))
    np.add.at(node_xy, node_of, xy)
    node_xy /= np.bincount(node_of, minlength=comp_n)[:, None]
    m = len(noded)
    seg_from, seg_to = node_of[:m], node_of[m:]

    # move piece ends onto their node, drop pieces that collapsed into one node
    coords = [shapely.get_coordinates(g) for g in noded]
    geoms_out, keep_seg = [], []
    for i, c in enumerate(coords):
        c = c.copy()
        c[0], c[-1] = node_xy[seg_from[i]], node_xy[seg_to[i]]
        g = shapely.linestrings(c)
        if seg_from[i] == seg_to[i] and g.length <= 2 * snap_m:
            continue
        keep_seg.append(i)
        geoms_out.append(g)
    keep_seg = np.asarray(keep_seg, np.int64)
    seg_geom = np.asarray(geoms_out, dtype=object) if geoms_out else np.empty(0, object)
    seg_from, seg_to, seg_line = seg_from[keep_seg], seg_to[keep_seg], seg_line[keep_seg]
    # nodes no segment uses any more (collapsed pieces) are dropped and the rest renumbered
    used = np.zeros(comp_n, bool)
    used[seg_from] = used[seg_to] = True
    new_id = np.cumsum(used) - 1
    seg_from, seg_to = new_id[seg_from], new_id[seg_to]
    node_xy = node_xy[used]
    degree = np.bincount(np.concatenate([seg_from, seg_to]), minlength=len(node_xy)).astype(np.int64)
    return Network(seg_geom, seg_from.astype(np.int64), seg_to.astype(np.int64),
                   shapely.length(seg_geom).astype(np.float64) if len(seg_geom) else np.zeros(0),
                   seg_line.astype(np.int64), node_xy, degree)


def _snap_dangles(parts: np.ndarray, tree: shapely.STRtree, snap_m: float) -> np.ndarray:
    """A line end that stops short of (or just past) another line by at most ``snap_m`` is moved onto it, a
    centimetre over, so noding splits the other line there (a T-junction digitised with a small gap)."""
    out = parts.copy()
    for end in (0, -1):
        pts = shapely.get_point(parts, end)
        pi, li = tree.query(pts, predicate="dwithin", distance=snap_m)
        other = pi != li
        pi, li = pi[other], li[other]
        if not len(pi):
            continue
        d = shapely.distance(pts[pi], parts[li])
        order = np.lexsort((li, d, pi))        # per end: the nearest other line first
        pi, li, d = pi[order], li[order], d[order]
        first = np.ones(len(pi), bool)
        first[1:] = pi[1:] != pi[:-1]
        for p, k, dist in zip(pi[first], li[first], d[first]):
            if dist == 0.0:
                continue                       # already on a line: noding finds it
            target = shapely.get_coordinates(shapely.shortest_line(pts[p], parts[k]))[-1]
            c = shapely.get_coordinates(out[p])
            here = c[end]
            step = target - here
            c[end] = target + step / np.hypot(*step) * 0.01
            out[p] = shapely.linestrings(c)
    return out


def _empty() -> Network:
    return Network(np.empty(0, object), np.zeros(0, np.int64), np.zeros(0, np.int64), np.zeros(0),
                   np.zeros(0, np.int64), np.zeros((0, 2)), np.zeros(0, np.int64))


def match_emergency(segments: Sequence[Any] | np.ndarray, n10_lines: Sequence[Any] | np.ndarray,
                    n10_classes: Sequence[int | None], *, tolerance_m: float = N10_TOLERANCE_M,
                    share: float = N10_SHARE) -> list[int | None]:
    """The N10 class (1, 2 or 3) of each segment, or None: the lowest class whose lines lie within
    ``tolerance_m`` of at least ``share`` of the segment's length. Geometries are in one metric CRS."""
    segs = np.asarray(segments, dtype=object)
    lines = np.asarray(n10_lines, dtype=object)
    classes = np.asarray([-1 if c is None else int(c) for c in n10_classes], np.int64)
    out: list[int | None] = [None] * len(segs)
    if not len(segs) or not len(lines):
        return out
    ok = ~shapely.is_empty(lines) & (classes > 0)
    lines, classes = lines[ok], classes[ok]
    if not len(lines):
        return out
    tree = shapely.STRtree(lines)
    seg_i, line_i = tree.query(segs, predicate="dwithin", distance=tolerance_m)
    zones: dict[tuple[int, ...], Any] = {}
    order = np.argsort(seg_i, kind="stable")
    seg_i, line_i = seg_i[order], line_i[order]
    bounds = np.flatnonzero(np.diff(seg_i)) + 1
    for s, near in zip(seg_i[np.concatenate([[0], bounds])] if len(seg_i) else [], np.split(line_i, bounds)):
        seg = segs[s]
        length = seg.length
        if not length:
            continue
        for cls in sorted(set(classes[near].tolist())):
            key = tuple(sorted(near[classes[near] == cls].tolist()))
            zone = zones.get(key)
            if zone is None:
                zone = zones[key] = shapely.buffer(shapely.union_all(lines[list(key)]), tolerance_m)
            if shapely.intersection(seg, zone).length >= share * length:
                out[s] = int(cls)
                break
    return out


class RoadGraph:
    """The stored network as a graph: node ids, segment ids and geometry, an STRtree and a sparse matrix.

    Load it once (``RoadGraph.load(store)``) for many queries; all sources' networks are one graph (networks
    from different sources only meet where they share nodes, which they do not: each import nodes its own)."""

    def __init__(self, seg_ids: np.ndarray, seg_from: np.ndarray, seg_to: np.ndarray, seg_length: np.ndarray,
                 seg_geom: np.ndarray, node_ids: np.ndarray):
        self.seg_ids = np.asarray(seg_ids, np.int64)
        self.seg_geom = np.asarray(seg_geom, dtype=object)
        self.seg_length = np.asarray(seg_length, np.float64)
        self.node_ids = np.asarray(node_ids, np.int64)
        index = {int(n): i for i, n in enumerate(self.node_ids)}
        self.seg_from = np.asarray([index[int(n)] for n in seg_from], np.int64)
        self.seg_to = np.asarray([index[int(n)] for n in seg_to], np.int64)
        self.tree = shapely.STRtree(self.seg_geom)
        n = len(self.node_ids) + 1          # one spare node for the start point of a query
        self._n = n
        # parallel segments between two nodes: the shortest one counts (a sparse matrix would add them up)
        i = np.minimum(self.seg_from, self.seg_to)
        j = np.maximum(self.seg_from, self.seg_to)
        w = self.seg_length
        order = np.lexsort((w, j, i))
        i, j, w = i[order], j[order], w[order]
        first = np.ones(len(i), bool)
        first[1:] = (i[1:] != i[:-1]) | (j[1:] != j[:-1])
        loop = i == j
        self._edges = (i[first & ~loop], j[first & ~loop], w[first & ~loop])

    @classmethod
    def load(cls, store: Any, source_id: int | None = None) -> "RoadGraph":
        where = "" if source_id is None else f" WHERE source_id = {int(source_id)}"
        segs = store.query_arrow("SELECT id, from_node, to_node, length_m, ST_AsWKB(geom) AS wkb FROM road_segments"
                                 f"{where} ORDER BY id")
        nodes = store.query_arrow(f"SELECT id FROM road_nodes{where} ORDER BY id")
        geom = shapely.from_wkb(np.asarray(segs.column("wkb").to_pylist(), dtype=object))
        return cls(segs.column("id").to_numpy(), segs.column("from_node").to_numpy(),
                   segs.column("to_node").to_numpy(), segs.column("length_m").to_numpy(), geom,
                   nodes.column("id").to_numpy())

    def nearest_segment(self, x: float, y: float, tolerance_m: float) -> tuple[int, float, float] | None:
        """(segment id, distance from the point in m, position of the nearest point along the segment in m)
        of the segment nearest to (x, y) within ``tolerance_m``; None when there is none."""
        if not len(self.seg_geom):
            return None
        p = shapely.Point(x, y)
        idx, dist = self.tree.query_nearest(p, max_distance=tolerance_m, return_distance=True)
        if not len(idx):
            return None
        k = int(idx[np.argmin(dist)])        # all_matches: ties go to the lowest index (lowest id)
        return int(self.seg_ids[k]), float(dist.min()), float(shapely.line_locate_point(self.seg_geom[k], p))

    def distances(self, from_xy: tuple[float, float], max_m: float = np.inf, *,
                  tolerance_m: float = 100.0) -> dict[int, float]:
        """Network distance (m) from the point on the network nearest to ``from_xy`` to every node reachable
        within ``max_m``: ``{node id: metres}``. The walk from ``from_xy`` to the network is not counted.
        Empty when no segment lies within ``tolerance_m`` of ``from_xy``."""
        hit = self.nearest_segment(from_xy[0], from_xy[1], tolerance_m)
        if hit is None:
            return {}
        seg_id, _, along = hit
        k = int(np.searchsorted(self.seg_ids, seg_id))
        start = self._n - 1
        i, j, w = self._edges
        i = np.concatenate([i, [start, start]])
        j = np.concatenate([j, [self.seg_from[k], self.seg_to[k]]])
        w = np.concatenate([w, [along, self.seg_length[k] - along]])
        # a zero weight would be no edge in a sparse matrix: the start point sits on a node then
        w = np.maximum(w, 1e-9)
        from scipy.sparse import coo_matrix
        from scipy.sparse.csgraph import dijkstra
        graph = coo_matrix((w, (i, j)), shape=(self._n, self._n)).tocsr()
        dist = dijkstra(graph, directed=False, indices=start, limit=max_m)
        out = {}
        for n in np.flatnonzero(np.isfinite(dist[:-1]) & (dist[:-1] <= max_m)):
            out[int(self.node_ids[n])] = float(0.0 if dist[n] <= 1e-6 else dist[n])
        return out


def network_distances(store: Any, from_xy: tuple[float, float], max_m: float = np.inf, *,
                      tolerance_m: float = 100.0) -> dict[int, float]:
    """Distance along ``road_segments`` from the network point nearest to ``from_xy`` to each node reachable
    within ``max_m``: ``{road_nodes.id: metres}`` (see :meth:`RoadGraph.distances`)."""
    return RoadGraph.load(store).distances(from_xy, max_m, tolerance_m=tolerance_m)


def nearest_segment(store: Any, x: float, y: float, tolerance_m: float) -> tuple[int, float, float] | None:
    """(road_segments.id, distance m, position along the segment m) nearest to (x, y), or None."""
    return RoadGraph.load(store).nearest_segment(x, y, tolerance_m)


__all__ = ["N10_SHARE", "N10_TOLERANCE_M", "Network", "RoadGraph", "SNAP_M", "build_network", "match_emergency",
           "nearest_segment", "network_distances"]
