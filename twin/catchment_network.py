"""Service areas along the road network (Qt-free): the part of ``road_segments`` within a network distance of a
point, as a polygon.

1. The start is the point of the network nearest to the origin (the station) within ``snap_m``; the walk from
   the origin to that point is not counted.
2. Distances to every node come from a Dijkstra over the network (:class:`twin.road_network.RoadGraph`,
   scipy.sparse.csgraph), cut at ``distance_m``.
3. Each segment contributes what can be walked along it within the distance: from its start node ``D - d(start)``
   metres, from its end node ``D - d(end)`` metres back (the whole segment when the two meet), and on the segment
   the start lies on, ``D`` metres either way from the start.
4. The service area is the union of those pieces buffered by ``walk_off_m`` (100 m by default): people are
   assumed to live within that distance of a road they walk along.
"""

from __future__ import annotations

from typing import Any

import numpy as np
import shapely
import shapely.ops

from twin.road_network import RoadGraph

#: default buffer around the reached roads (m): how far from the road network people are assumed to live
WALK_OFF_M = 100.0
#: default: the origin must lie within this distance (m) of a road segment
SNAP_M = 300.0


class _CursorReader:
    """What :meth:`RoadGraph.load` needs (``query_arrow``) over one DuckDB cursor (e.g. an analysis's)."""

    def __init__(self, cur: Any):
        self._cur = cur

    def query_arrow(self, sql: str, params: Any = None) -> Any:
        return self._cur.execute(sql, params or []).to_arrow_table()


def load_graph(cur: Any) -> RoadGraph:
    """The stored road network (``road_segments``, ``road_nodes``) read through ``cur``."""
    return RoadGraph.load(_CursorReader(cur))


def reached_pieces(graph: RoadGraph, from_xy: tuple[float, float], distance_m: float, *,
                   snap_m: float = SNAP_M) -> list[Any]:
    """The parts of the network's segments within ``distance_m`` along the network of ``from_xy`` (LineStrings);
    empty when no segment lies within ``snap_m`` of ``from_xy``."""
    hit = graph.nearest_segment(from_xy[0], from_xy[1], snap_m)
    if hit is None:
        return []
    dist = graph.distances(from_xy, distance_m, tolerance_m=snap_m)
    node_d = np.full(len(graph.node_ids), np.inf)
    for node_id, d in dist.items():
        node_d[int(np.searchsorted(graph.node_ids, node_id))] = d
    pieces = []
    start_seg, _, along = hit
    near = (np.isfinite(node_d[graph.seg_from]) | np.isfinite(node_d[graph.seg_to])
            | (graph.seg_ids == start_seg))
    for k in np.flatnonzero(near):
        geom = graph.seg_geom[k]
        length = float(graph.seg_length[k])
        geom_len = float(geom.length) or 1.0
        scale = geom_len / length if length > 0 else 1.0        # stored length vs drawn length
        ranges = []
        if int(graph.seg_ids[k]) == start_seg:
            ranges.append((along - distance_m, along + distance_m))
        a, b = node_d[graph.seg_from[k]], node_d[graph.seg_to[k]]
        if np.isfinite(a):
            ranges.append((0.0, distance_m - a))
        if np.isfinite(b):
            ranges.append((length - (distance_m - b), length))
        for lo, hi in _merge(ranges, length):
            pieces.append(geom if (lo <= 0 and hi >= length)
                          else shapely.ops.substring(geom, lo * scale, hi * scale))
    return [p for p in pieces if not p.is_empty and p.length > 0]


def _merge(ranges: list[tuple[float, float]], length: float) -> list[tuple[float, float]]:
    """Ranges along a segment clipped to [0, length] and merged where they overlap."""
    out: list[list[float]] = []
    for lo, hi in sorted((max(0.0, lo), min(length, hi)) for lo, hi in ranges):
        if hi <= lo:            # nothing, or a single point (a node reached at exactly the distance)
            continue
        if out and lo <= out[-1][1]:
            out[-1][1] = max(out[-1][1], hi)
        else:
            out.append([lo, hi])
    return [(lo, hi) for lo, hi in out]


def service_area(graph: RoadGraph, from_xy: tuple[float, float], distance_m: float, *,
                 walk_off_m: float = WALK_OFF_M, snap_m: float = SNAP_M) -> Any:
    """The service area polygon (shapely) of ``from_xy`` within ``distance_m`` along ``graph``; None when the
    origin is not within ``snap_m`` of the network."""
    pieces = reached_pieces(graph, from_xy, distance_m, snap_m=snap_m)
    if not pieces:
        return None
    return shapely.buffer(shapely.multilinestrings(pieces), walk_off_m, quad_segs=8)


__all__ = ["SNAP_M", "WALK_OFF_M", "load_graph", "reached_pieces", "service_area"]
