"""Measuring arithmetic on known coordinates (project CRS metres, T.P. heights)."""

from __future__ import annotations

import math

import pytest

from twin.measure import (building_height, height_difference, horizontal_length, is_building, path_length,
                          polygon_area, segment, segments)

# a walk in plane-rectangular coordinates far from the origin (as Kaga is: x ≈ -73 km, y ≈ 36 km)
X0, Y0 = -73280.0, 35840.0
WALK = [(X0, Y0, 8.0), (X0 + 30.0, Y0 + 40.0, 8.0), (X0 + 30.0, Y0 + 40.0 + 120.0, 17.0), (X0 + 30.0 + 5.0, Y0 + 160.0 + 12.0, 17.0)]


def test_legs_of_a_walk_are_exact():
    legs = segments(WALK)
    assert [leg.horizontal for leg in legs] == [50.0, 120.0, 13.0]          # 3-4-5, straight north, 5-12-13
    assert [leg.dz for leg in legs] == [0.0, 9.0, 0.0]
    assert legs[1].slope == pytest.approx(math.hypot(120.0, 9.0))           # 120.337… m up a 7.5 % grade
    assert legs[1].grade == pytest.approx(0.075)
    assert horizontal_length(WALK) == 183.0
    assert path_length(WALK) == pytest.approx(50.0 + math.hypot(120.0, 9.0) + 13.0)


def test_a_single_point_or_none_measures_nothing():
    assert horizontal_length([]) == path_length([(1.0, 2.0, 3.0)]) == 0.0
    assert segments([(0.0, 0.0, 0.0)], closed=True) == []


def test_vertical_leg_has_no_grade():
    leg = segment((X0, Y0, 10.0), (X0, Y0, 34.8))
    assert leg.horizontal == 0.0 and leg.slope == pytest.approx(24.8) and leg.grade is None


def test_polygon_area_is_planar_and_exact_far_from_the_origin():
    rect = [(X0, Y0, 8.0), (X0 + 120.0, Y0, 9.0), (X0 + 120.0, Y0 + 45.5, 12.0), (X0, Y0 + 45.5, 8.0)]
    assert polygon_area(rect) == 5460.0                                      # heights do not count: planar
    assert polygon_area(list(reversed(rect))) == 5460.0                      # either direction
    assert polygon_area(rect + [rect[0]]) == 5460.0                          # closed explicitly or not
    tri = [(X0, Y0, 0.0), (X0 + 30.0, Y0, 0.0), (X0, Y0 + 40.0, 0.0)]
    assert polygon_area(tri) == 600.0
    assert horizontal_length(tri, closed=True) == 120.0                      # perimeter 30 + 50 + 40
    assert polygon_area(tri[:2]) == 0.0


def test_height_difference_is_signed():
    assert height_difference((0.0, 0.0, 12.5), (5.0, 5.0, 33.1)) == pytest.approx(20.6)
    assert height_difference((0.0, 0.0, 33.1), (5.0, 5.0, 12.5)) == pytest.approx(-20.6)


def test_building_height_from_its_attributes_and_the_picked_point():
    station = {"measured_height": 24.8, "ground_z": 8.25, "lod1_top_z": 33.05}
    h = building_height(station, picked_z=33.05, terrain_z=8.0)
    assert (h.measured_height, h.ground, h.roof, h.height) == (24.8, 8.25, 33.05, 24.8)
    assert h.picked_above_ground == pytest.approx(24.8)
    assert is_building(station)


def test_building_height_without_a_ground_height_uses_the_terrain():
    h = building_height({"measured_height": 11.0}, picked_z=20.0, terrain_z=9.5)
    assert h.ground == 9.5 and h.roof == 20.5 and h.picked_above_ground == 10.5 and h.height == 11.0
    h = building_height({"measured_height": None, "lod1_top_z": 30.0, "ground_z": 10.0}, picked_z=25.0)
    assert h.height == 20.0 and h.picked_above_ground == 15.0
    h = building_height({}, picked_z=25.0, terrain_z=None)
    assert h.height is None and h.ground is None
    assert not is_building({"name": "国道8号", "width": 12.0})
