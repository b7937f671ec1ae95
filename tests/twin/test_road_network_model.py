"""The road network model (twin/road_network.py): noding, attributes, N10 matching, nearest segment and
network distance, on hand-built lines with hand-computed answers."""

from __future__ import annotations

import numpy as np
import pytest
import shapely
from shapely import LineString as L

from twin import themes
from twin.road_network import RoadGraph, build_network, match_emergency


def graph_of(net) -> RoadGraph:
    return RoadGraph(np.arange(1, net.n_segments + 1), net.seg_from + 100, net.seg_to + 100, net.seg_length,
                     net.seg_geom, np.arange(net.n_nodes) + 100)


def node_at(net, x, y) -> int:
    d = np.hypot(net.node_xy[:, 0] - x, net.node_xy[:, 1] - y)
    assert d.min() < 0.05, (x, y, net.node_xy)
    return int(np.argmin(d))


def test_x_crossing_gives_four_segments_and_five_nodes():
    net = build_network([L([(0, 0), (10, 0)]), L([(5, -5), (5, 5)])])
    assert (net.n_segments, net.n_nodes) == (4, 5)
    assert net.seg_length.sum() == pytest.approx(20.0)
    assert sorted(net.seg_length.tolist()) == pytest.approx([5.0] * 4)
    centre = node_at(net, 5, 0)
    assert net.node_degree[centre] == 4
    assert sorted(net.node_degree.tolist()) == [1, 1, 1, 1, 4]
    # every segment touches the centre node and its geometry starts and ends on its nodes
    for g, a, b in zip(net.seg_geom, net.seg_from, net.seg_to):
        assert centre in (a, b)
        assert shapely.get_coordinates(g)[0] == pytest.approx(net.node_xy[a])
        assert shapely.get_coordinates(g)[-1] == pytest.approx(net.node_xy[b])


def test_t_junction_gives_three_segments_and_four_nodes():
    net = build_network([L([(0, 0), (10, 0)]), L([(4, 0), (4, 6)])])
    assert (net.n_segments, net.n_nodes) == (3, 4)
    assert net.seg_length.sum() == pytest.approx(16.0)
    assert net.node_degree[node_at(net, 4, 0)] == 3


def test_t_junction_digitised_short_of_the_road_is_snapped():
    net = build_network([L([(0, 0), (10, 0)]), L([(4, 0.3), (4, 6)])], snap_m=0.5)
    assert (net.n_segments, net.n_nodes) == (3, 4)
    assert net.node_degree[node_at(net, 4, 0)] == 3
    assert net.seg_length.sum() == pytest.approx(16.0, abs=0.05)


def test_ends_within_the_snapping_tolerance_are_one_node():
    net = build_network([L([(0, 0), (10, 0)]), L([(10.3, 0), (20, 0)]), L([(30, 0), (40, 0)])], snap_m=0.5)
    assert (net.n_segments, net.n_nodes) == (3, 5)
    assert sorted(net.node_degree.tolist()) == [1, 1, 1, 1, 2]
    # 2 m apart is not the same node
    net = build_network([L([(0, 0), (10, 0)]), L([(12, 0), (20, 0)])], snap_m=0.5)
    assert net.n_nodes == 4


def test_pieces_keep_their_source_line_and_bad_geometry_is_ignored():
    lines = [L([(0, 0), (10, 0)]), shapely.Point(3, 3), L(), L([(5, -5), (5, 5)]),
             shapely.MultiLineString([[(20, 0), (30, 0)], [(30, 0), (30, 10)]])]
    net = build_network(lines)
    assert net.n_segments == 6
    for g, line in zip(net.seg_geom, net.seg_line):
        assert g.distance(lines[line]) < 1e-9
        if line == 0:
            assert shapely.get_coordinates(g)[:, 1].tolist() == [0.0, 0.0]
    assert sorted(net.seg_line.tolist()) == [0, 0, 3, 3, 4, 4]


def test_duplicate_lines_are_one_segment():
    net = build_network([L([(0, 0), (10, 0)]), L([(10, 0), (0, 0)])])
    assert (net.n_segments, net.n_nodes) == (1, 2)


def test_n10_matching_on_hand_built_geometry():
    segs = [L([(0, 0), (100, 0)]),       # 5 m beside the class-2 line all along: class 2
            L([(0, 30), (100, 30)]),     # 25 m away: none
            L([(200, 0), (300, 0)]),     # beside the class-2 line for 70 m only (< 80 %): none
            L([(400, 0), (500, 0)]),     # beside a class-3 and a class-1 line: the lowest class, 1
            L([(600, 0), (700, 0)])]     # beside a line without a class: none
    n10 = [L([(-50, 5), (150, 5)]), L([(200, 5), (270, 5)]), L([(390, 3), (510, 3)]), L([(390, -3), (510, -3)]),
           L([(600, 2), (700, 2)])]
    assert match_emergency(segs, n10, [2, 2, 3, 1, None]) == [2, None, None, 1, None]
    # the share and the tolerance are parameters
    assert match_emergency(segs[2:3], n10[1:2], [2], share=0.6) == [2]
    assert match_emergency(segs[1:2], n10[:1], [2], tolerance_m=30.0) == [2]
    assert match_emergency(segs, [], []) == [None] * 5


def test_a_segment_following_two_consecutive_n10_lines_matches():
    segs = [L([(0, 0), (100, 0)])]
    assert match_emergency(segs, [L([(0, 4), (50, 4)]), L([(50, 4), (100, 4)])], [1, 1]) == [1]


@pytest.fixture
def grid():
    """A 3 x 3 grid of streets 100 m apart: nodes at (0..200, 0..200)."""
    lines = [L([(0, y), (200, y)]) for y in (0, 100, 200)] + [L([(x, 0), (x, 200)]) for x in (0, 100, 200)]
    net = build_network(lines)
    assert (net.n_segments, net.n_nodes) == (12, 9)
    return net


def test_network_distance_on_a_grid(grid):
    g = graph_of(grid)
    node = {(x, y): node_at(grid, x, y) + 100 for x in (0, 100, 200) for y in (0, 100, 200)}
    # from a point 30 m along the bottom street (and 2 m off it)
    d = g.distances((30.0, 2.0), tolerance_m=5.0)
    expected = {(0, 0): 30, (100, 0): 70, (200, 0): 170, (0, 100): 130, (100, 100): 170, (200, 100): 270,
                (0, 200): 230, (100, 200): 270, (200, 200): 370}
    assert {k: d[node[k]] for k in expected} == pytest.approx({k: float(v) for k, v in expected.items()})
    # within 150 m only the nodes that close
    near = g.distances((30.0, 2.0), 150.0, tolerance_m=5.0)
    assert set(near) == {node[(0, 0)], node[(100, 0)], node[(0, 100)]}
    # from a node
    d = g.distances((100.0, 100.0))
    assert d[node[(100, 100)]] == 0.0 and d[node[(200, 200)]] == pytest.approx(200.0)
    # nowhere near the network
    assert g.distances((1000.0, 1000.0), tolerance_m=50.0) == {}


def test_parallel_segments_use_the_shorter_one():
    net = build_network([L([(0, 0), (100, 0)]), L([(0, 0), (50, 40), (100, 0)])])
    assert net.n_segments == 2 and net.n_nodes == 2
    d = graph_of(net).distances((0.0, 0.0))
    assert sorted(d.values()) == pytest.approx([0.0, 100.0])


def test_nearest_segment(grid):
    g = graph_of(grid)
    seg_id, dist, along = g.nearest_segment(30.0, 2.0, 5.0)
    k = seg_id - 1
    assert dist == pytest.approx(2.0)
    assert grid.seg_geom[k].distance(shapely.Point(30, 0)) < 1e-9
    assert along == pytest.approx(30.0 if shapely.get_coordinates(grid.seg_geom[k])[0][0] == 0 else 70.0)
    assert g.nearest_segment(30.0, 20.0, 5.0) is None


def test_the_theme_is_registered():
    t = themes.theme("road_network")
    assert {s.name for s in t.tables} >= {"road_segments", "road_nodes"}
    assert {"road_segments", "road_nodes"} <= set(themes.feature_tables())
    kind = themes.layer_kind("road_segments")
    assert kind.id_column == "id" and kind.default_source == "road_segments"
    assert kind.default_style().attribute == "road_class"
    assert themes.kinds_to_refresh({"road_segments"}) == {"road_segments"}
    for col in ("id", "from_node", "to_node", "length_m", "name", "road_class", "width_m", "lanes",
                "emergency_class", "source_id", "degree"):
        assert themes.has_attribute_label(col), col
        assert themes.attribute_label(col, "ja") != themes.attribute_label(col, "en")
