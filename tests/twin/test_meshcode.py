"""JIS X 0410 mesh codes (twin.meshcode): published vectors, exact cell edges, hierarchy, vectorised codes."""

from __future__ import annotations

from decimal import Decimal
from fractions import Fraction
from math import floor

import numpy as np
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from twin import meshcode as m
from twin.errors import TwinError

F = Fraction


# -- published vectors --------------------------------------------------------------------------------------

# /work/shared/reference/operations-data.md §3.4 ("Test vectors (verified)")
@pytest.mark.parametrize(("lat", "lon", "level", "code"), [
    ("35.7410", "139.7470", 4, "533945894"),
    ("36.30278", "136.31503", 3, "54363265"),      # Kaga city hall
    ("36.30278", "136.31503", 4, "543632651"),
    ("36.3202471", "136.3505352", 2, "543632"),    # Kaga Onsen Station
    ("36.3202471", "136.3505352", 3, "54363288"),
    ("36.3202471", "136.3505352", 4, "543632881"),
])
def test_reference_vectors(lat, lon, level, code):
    assert m.code_for(lat, lon, level) == code
    assert m.code_for(float(lat), float(lon), level) == code
    assert m.codes_for([float(lat)], [float(lon)], level).tolist() == [code]


def test_reference_cell_corners():
    # 533945894: SW (35.7375, 139.74375), NE (35.741667, 139.75)
    s, w, n, e = m.bounds("533945894")
    assert (s, w, e) == (F("35.7375"), F("139.74375"), F("139.75"))
    assert n == F("35.7375") + F(15, 3600) and abs(float(n) - 35.741667) < 1e-6
    # 54363288: SW (36.316667, 136.35), NE (36.325, 136.3625)
    s, w, n, e = m.bounds("54363288")
    assert (w, n, e) == (F("136.35"), F("36.325"), F("136.3625"))
    assert s == F(36) + F(19, 60) and abs(float(s) - 36.316667) < 1e-6


def test_kaga_onsen_station_of_the_issue():
    """36.3202 N, 136.3505 E: 3rd mesh 54363288 (136.3505 is 0.0005° east of the 87 | 88 line at 136.35)."""
    codes = m.all_codes("36.3202", "136.3505")
    assert codes == {1: "5436", 2: "543632", 5000: "5436324", 2000: "543632885", 3: "54363288",
                     4: "543632881", 5: "5436328813", 6: "54363288133"}
    assert m.bounds("54363287")[3] == m.bounds("54363288")[1] == F("136.35")
    sample = {f"543632{r}{c}" for r in (7, 8, 9) for c in (7, 8, 9)}    # the project's sample meshes
    assert codes[3] in sample and sorted(sample)[0] == "54363277" and sorted(sample)[-1] == "54363299"


# qazsato/japanmesh test suite (src/tests/japanmesh.spec.ts) and the jismesh README (miettal/jismesh)
@pytest.mark.parametrize(("level", "code"), [
    (1, "5339"), (2, "533945"), (5000, "5339452"), (2000, "533945465"),
    (3, "53394547"), (4, "533945471"), (5, "5339454711"), (6, "53394547112")])
def test_published_vectors_every_level(level, code):
    assert m.code_for(35.70078, 139.71475, level) == code
    assert m.level_of(code) == level
    assert m.contains(code, 35.70078, 139.71475)


def test_published_polygons_and_children():
    assert m.code_for(35.658581, 139.745433, 3) == "53393599"      # jismesh README (Tokyo Tower)
    assert m.bounds("5438") == (F(36), F(138), F(110, 3), F(139))
    assert m.bounds("533945")[1:] == (F("139.625"), F("35.75"), F("139.75"))
    assert m.bounds("53394547") == (F("35.7"), F("139.7125"), F("35.7") + F(30, 3600), F("139.725"))
    assert m.bounds("53394547112")[1] == F("139.7140625")
    assert m.children("53394547") == ["533945471", "533945472", "533945473", "533945474"]
    assert m.children("5339454711") == ["53394547111", "53394547112", "53394547113", "53394547114"]
    assert m.children("533945") == [f"533945{r}{c}" for r in range(10) for c in range(10)]
    assert m.children("5339") == [f"5339{q}{v}" for q in range(8) for v in range(8)]


def test_polygon_is_a_closed_ccw_lon_lat_ring():
    ring = m.polygon("54363288")
    assert ring[0] == ring[-1] == (136.35, float(F(36) + F(19, 60)))
    assert ring[2] == (136.3625, 36.325)
    area2 = sum(x0 * y1 - x1 * y0 for (x0, y0), (x1, y1) in zip(ring, ring[1:]))
    assert area2 > 0


# -- exactness on edges ---------------------------------------------------------------------------------------

def test_west_edge_of_the_station_mesh_is_exact():
    """136.35 E is the west edge of 54363288; plain float arithmetic (the reference's sketch) puts it in 87."""
    lon = 136.35
    f = lon - floor(lon)
    g = f * 60 - floor(f * 60 / 7.5) * 7.5
    assert floor(g * 60 / 45) == 7                     # the float drift the module avoids
    for value in (lon, "136.35", Decimal("136.35"), F(2727, 20)):
        assert m.code_for("36.3202", value) == "54363288"
    assert m.code_for("36.3202", "136.34999999999999") == "54363287"


def test_a_float_counts_as_the_decimal_it_prints_as():
    assert m.code_for(36.325, 136.35, 6) == m.code_for("36.325", "136.35", 6) == "54363298111"
    assert m.code_for(36.325, 136.35, 3) == "54363298"            # north edge of 88: the cell to the north
    assert m.code_for(np.float64(36.325), np.float32(136.5), 3) == m.code_for("36.325", "136.5", 3)
    assert m.code_for(36, 136) == m.code_for(F(36), Decimal("136.0")) == "54360000"


@pytest.mark.parametrize("level", m.LEVELS)
def test_edges_and_corners_of_a_cell(level):
    code = m.code_for("36.3202", "136.3505", level)
    s, w, n, e = m.bounds(code)
    nb = m.neighbours(code)
    assert m.code_for(s, w, level) == code                          # SW corner is inside
    assert m.code_for(s, (w + e) / 2, level) == code                # south edge
    assert m.code_for((s + n) / 2, w, level) == code                # west edge
    assert m.code_for(n, (w + e) / 2, level) == nb["N"]             # north edge belongs to the north
    assert m.code_for((s + n) / 2, e, level) == nb["E"]             # east edge belongs to the east
    assert m.code_for(n, e, level) == nb["NE"]
    assert m.code_for(s - F(1, 10**30), w - F(1, 10**30), level) == nb["SW"]
    assert m.contains(code, s, w) and not m.contains(code, n, w) and not m.contains(code, s, e)


# -- validation ------------------------------------------------------------------------------------------

@pytest.mark.parametrize(("code", "says"), [
    ("5436a288", "digits only"),
    ("", "digits only"),
    ("54363", "5 digits"),
    ("543632881331", "12 digits"),
    ("543682", "second-level digits (5th and 6th) must be 0–7"),
    ("54368288", "second-level digits"),
    ("5436325", "5× digit (7th) must be 1–4"),
    ("543632875", "even 7th and 8th digits"),
    ("543632880", "½ digit (9th) must be 1–4 (or 5 for a 2× mesh)"),
    ("5436328851", "½ digit (9th) must be 1–4, not 5"),
    ("5436328819", "¼ digit (10th) must be 1–4"),
    ("54363288110", "⅛ digit (11th) must be 1–4"),
])
def test_invalid_codes_say_what_is_wrong(code, says):
    with pytest.raises(m.MeshCodeError, match="invalid mesh code") as info:
        m.bounds(code)
    assert says in str(info.value)
    assert isinstance(info.value, TwinError) and isinstance(info.value, ValueError)


@pytest.mark.parametrize(("lat", "lon"), [
    ("-0.1", "136"), ("66.67", "136"), (F(200, 3), "136"), ("36", "99.999"), ("36", "200"),
    ("136.35", "36.32"),                                             # swapped
])
def test_points_outside_the_mesh_range(lat, lon):
    with pytest.raises(m.MeshCodeError, match="outside the JIS X 0410 mesh range"):
        m.code_for(lat, lon)


@pytest.mark.parametrize("value", ["abc", "nan", float("nan"), float("inf"), None, True, "1/0"])
def test_not_a_number(value):
    with pytest.raises(m.MeshCodeError, match="not a number"):
        m.code_for(value, 136)


def test_levels_by_number_or_size():
    assert [m.as_level(x) for x in (1, "2", "5km", "2km", "1km", "500m", " 250 m", "125M")] == [
        1, 2, 5000, 2000, 3, 4, 5, 6]
    for bad in (0, 7, "4000", "abc", True):
        with pytest.raises(m.MeshCodeError, match="unknown mesh level"):
            m.as_level(bad)


# -- hierarchy and neighbours ----------------------------------------------------------------------------------

def test_parents_and_integrated_meshes():
    assert m.parent("54363288133") == "5436328813"
    assert m.parent("543632881") == "54363288"
    assert m.parent("54363288") == "543632" == m.parent("5436324") == m.parent("543632885")
    assert m.parent("543632") == "5436"
    assert m.parent("54363288133", 5000) == "5436324"
    assert m.parent("54363288", 2000) == "543632885"
    assert m.parent("54363288", 1) == "5436" and m.parent("543632885", 5000) == "5436324"
    assert len(m.children("5436324")) == 25 and len(m.children("543632885")) == 4
    assert m.children("543632885") == ["54363288", "54363289", "54363298", "54363299"]
    assert m.children("543632885", 4)[:2] == ["543632881", "543632882"]
    with pytest.raises(m.MeshCodeError, match="does not contain"):
        m.parent("543632445", 5000)                                  # this 2 km cell straddles a 5 km line
    with pytest.raises(m.MeshCodeError, match="do not tile"):
        m.children("5436324", 2000)
    with pytest.raises(m.MeshCodeError, match="no parent"):
        m.parent("5436")
    with pytest.raises(m.MeshCodeError, match="no children"):
        m.children("54363288133")


def test_neighbours_cross_first_level_lines_and_stop_at_the_range():
    nb = m.neighbours("54363288")
    assert list(nb) == ["N", "NE", "E", "SE", "S", "SW", "W", "NW"]
    assert nb["N"] == "54363298" and nb["E"] == "54363289" and nb["W"] == "54363287" and nb["S"] == "54363278"
    assert m.neighbours("54367799")["NE"] == "55370000"             # across 2nd and 1st level lines
    assert set(m.neighbours("0000")) == {"N", "NE", "E"}


# -- properties (hypothesis) ---------------------------------------------------------------------------------

levels = st.sampled_from(m.LEVELS)
#: latitudes/longitudes as exact rationals: a unit grid line plus an offset in [0, 1) unit, often exactly 0
offsets = st.one_of(st.just(F(0)), st.fractions(min_value=0, max_value=1, max_denominator=10**12)
                    .filter(lambda f: f < 1))
lats = st.builds(lambda k, o: (k + o) / 960, st.integers(0, 63999), offsets)
lons = st.builds(lambda k, o: 100 + (k + o) / 640, st.integers(0, 63999), offsets)


@st.composite
def cells(draw, levels=levels):
    level = draw(levels)
    return m.code_for(draw(lats), draw(lons), level)


@given(lats, lons, levels)
def test_point_code_cell_contains_the_point(lat, lon, level):
    code = m.code_for(lat, lon, level)
    s, w, n, e = m.bounds(code)
    assert s <= lat < n and w <= lon < e
    assert len(code) == m.DIGITS[level] and m.level_of(code) == level


@given(st.decimals(min_value=0, max_value="66.6666", places=7), st.decimals(min_value=100, max_value="199.99",
                                                                            places=7), levels)
def test_decimal_strings_floats_and_decimals_agree(lat, lon, level):
    code = m.code_for(lat, lon, level)
    assert code == m.code_for(str(lat), str(lon), level) == m.code_for(float(lat), float(lon), level)
    assert m.contains(code, lat, lon)


@given(cells(st.sampled_from([lv for lv in m.LEVELS if lv != 6])))
def test_children_tile_the_cell_exactly(code):
    s, w, n, e = m.bounds(code)
    kids = m.children(code)
    boxes = [m.bounds(k) for k in kids]
    assert len(set(kids)) == len(kids) and all(m.level_of(k) == m.level_of(kids[0]) for k in kids)
    assert all(s <= ks and kn <= n and w <= kw and ke <= e for ks, kw, kn, ke in boxes)   # inside
    assert len({(ks, kw) for ks, kw, _, _ in boxes}) == len(kids)                          # distinct corners
    assert sum((kn - ks) * (ke - kw) for ks, kw, kn, ke in boxes) == (n - s) * (e - w)     # no gap, no overlap
    assert all(m.parent(k, m.level_of(code)) == code for k in kids)


@given(cells())
def test_code_round_trips(code):
    s, w, n, e = m.bounds(code)
    level = m.level_of(code)
    assert m.code_for(s, w, level) == code == m.code_for(*m.centre(code), level)
    assert m.code_for(n - F(1, 10**40), e - F(1, 10**40), level) == code


@given(cells())
def test_neighbours_share_edges_and_point_back(code):
    opposite = {"N": "S", "NE": "SW", "E": "W", "SE": "NW", "S": "N", "SW": "NE", "W": "E", "NW": "SE"}
    s, w, n, e = m.bounds(code)
    for d, other in m.neighbours(code).items():
        assert m.neighbours(other)[opposite[d]] == code
        os_, ow, on, oe = m.bounds(other)
        assert {"N": os_ == n, "S": on == s, "E": ow == e, "W": oe == w}.get(d, True)


# -- vectorised codes ---------------------------------------------------------------------------------------

@st.composite
def edge_floats(draw):
    """Floats on or a few ulps around grid lines, and decimals that print exactly on them."""
    k_lat, k_lon = draw(st.integers(20 * 960, 46 * 960)), draw(st.integers(22 * 640, 54 * 640))
    lat, lon = float(F(k_lat, 960)), float(100 + F(k_lon, 640))
    steps_lat, steps_lon = draw(st.integers(-3, 3)), draw(st.integers(-3, 3))
    for _ in range(abs(steps_lat)):
        lat = float(np.nextafter(lat, np.inf if steps_lat > 0 else -np.inf))
    for _ in range(abs(steps_lon)):
        lon = float(np.nextafter(lon, np.inf if steps_lon > 0 else -np.inf))
    return lat, lon


@given(st.lists(edge_floats(), min_size=1, max_size=20), levels)
def test_codes_for_agrees_with_code_for_on_edges(points, level):
    lat, lon = np.array(points).T
    assert m.codes_for(lat, lon, level).tolist() == [m.code_for(a, b, level) for a, b in points]


def test_codes_for_on_exact_decimal_edges_and_many_points():
    # every 3rd-mesh line through the sample area, as the floats 36.325, 136.35, … print
    lat = np.array([float(F(k, 120)) for k in range(4355, 4365)] + [36.325, 36.3202])
    lon = np.array([float(100 + F(k, 80)) for k in range(2900, 2912)])
    la, lo = np.meshgrid(lat, lon)
    for level in m.LEVELS:
        got = m.codes_for(la, lo, level)
        assert got.shape == la.shape
        assert got.ravel().tolist() == [m.code_for(a, b, level) for a, b in zip(la.ravel(), lo.ravel())]
    rng = np.random.default_rng(7)
    lat, lon = rng.uniform(20, 46, 5000), rng.uniform(122, 154, 5000)
    assert m.codes_for(lat, lon, 4).tolist() == [m.code_for(a, b, 4) for a, b in zip(lat, lon)]


def test_codes_for_invalid_points():
    lat, lon = [36.3202, np.nan, 36.3202, 80.0], [136.3505, 136.0, 99.0, 136.0]
    with pytest.raises(m.MeshCodeError, match=r"3 point\(s\) have no mesh code.*#1"):
        m.codes_for(lat, lon)
    assert m.codes_for(lat, lon, "500m", invalid="empty").tolist() == ["543632881", "", "", ""]
    assert m.codes_for(36.3202, 136.3505).tolist() == "54363288"                # 0-d in, 0-d out


def test_bounds_for():
    s, w, n, e = m.bounds_for(["54363288", "543632881"])
    assert s.tolist() == [float(F(36) + F(19, 60))] * 2 and e.tolist() == [136.3625, float(F("136.35") + F(1, 160))]
    assert n.dtype == np.float64 and w.tolist() == [136.35, 136.35]
