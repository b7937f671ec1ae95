"""Coordinates, WKB and sentinels: property-based tests against pyproj, shapely and the spec's table."""

from __future__ import annotations

import numpy as np
import pytest
import shapely
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from pyproj import Transformer

from importers.plateau import geometry as geo
from importers.plateau import values
from importers.plateau.inputs import mesh_code
from importers.registry import import_path
from plateau_fixtures import LAT0, LON0, building, citygml, core_attrs

REF = Transformer.from_crs("EPSG:6668", "EPSG:6675", always_xy=True)
BACK = Transformer.from_crs("EPSG:6675", "EPSG:6668", always_xy=True)

lat_st = st.floats(34.0, 38.5, allow_nan=False)
lon_st = st.floats(134.0, 139.5, allow_nan=False)
h_st = st.floats(-50.0, 4000.0, allow_nan=False)
points_st = st.lists(st.tuples(lat_st, lon_st, h_st), min_size=1, max_size=12)
sep_st = st.sampled_from([" ", "  ", "\n", "\t", " \n\t "])
# no deadline: the first example pays for imports, and the machine is shared
prop = settings(deadline=None, max_examples=50, suppress_health_check=[HealthCheck.too_slow])


@prop
@given(st.lists(points_st, min_size=1, max_size=6), sep_st, st.booleans())
def test_poslist_parsing_keeps_every_number_in_order(rings, sep, pad):
    texts = []
    for pts in rings:
        t = sep.join(f"{a!r}{sep}{b!r}{sep}{c!r}" for a, b, c in pts)
        texts.append(f"{sep} {t} " if pad else t)
    coords, counts = geo.parse_poslists(texts, 3)
    assert counts.tolist() == [len(p) for p in rings]
    assert coords.tolist() == [list(p) for pts in rings for p in pts]


@prop
@given(st.lists(points_st, min_size=2, max_size=5), st.data())
def test_poslist_errors_name_the_bad_string(rings, data):
    texts = [" ".join(f"{a!r} {b!r} {c!r}" for a, b, c in pts) for pts in rings]
    bad = data.draw(st.integers(0, len(texts) - 1))
    kind = data.draw(st.sampled_from(["extra", "word", "missing"]))
    if kind == "extra":
        texts[bad] += " 1.5"
    elif kind == "word":
        texts[bad] = texts[bad].replace(" ", " x ", 1)
    else:
        texts[bad] = texts[bad].rsplit(" ", 1)[0]
    with pytest.raises(geo.CoordinateError) as exc:
        geo.parse_poslists(texts, 3)
    assert exc.value.index == bad
    assert ("non-numeric" in exc.value.problem) if kind == "word" else ("multiple of 3" in exc.value.problem)


@prop
@given(st.lists(st.tuples(lat_st, lon_st, h_st), min_size=1, max_size=50))
def test_transform_matches_pyproj_point_by_point_and_round_trips(points):
    arr = np.array(points, dtype=float)
    xyz = geo.Projector("EPSG:6668", "EPSG:6675").latlon_to_xyz(arr)
    for (lat, lon, h), (x, y, z) in zip(points, xyz):
        rx, ry = REF.transform(lon, lat)  # always_xy: longitude first
        assert x == pytest.approx(rx, abs=1e-6) and y == pytest.approx(ry, abs=1e-6)
        assert z == h  # T.P. height passes through unchanged
        blon, blat = BACK.transform(x, y)
        assert blat == pytest.approx(lat, abs=1e-8) and blon == pytest.approx(lon, abs=1e-8)


def test_source_crs_reads_plateau_srs_names():
    for name in ("http://www.opengis.net/def/crs/EPSG/0/6697", "EPSG:6697", "urn:ogc:def:crs:EPSG::6697"):
        s = geo.source_crs(name)
        assert (s.epsg, s.horizontal, s.dim) == (6697, "EPSG:6668", 3)
    assert geo.source_crs("http://www.opengis.net/def/crs/EPSG/0/6668").horizontal == "EPSG:6668"
    with pytest.raises(ValueError, match="not geographic"):
        geo.source_crs("EPSG:6675")


def test_latitude_comes_first_in_poslists(store, tmp_path):
    """A building at Kaga Onsen Station written lat lon h lands at the station in EPSG:6675."""
    f = tmp_path / "54363288_bldg_6697_op.gml"
    f.write_bytes(citygml([building("b", lat=LAT0, lon=LON0, with_lod1=False)]))
    import_path(store, f)
    x, y = store.query("SELECT ST_X(ST_Centroid(footprint)), ST_Y(ST_Centroid(footprint)) FROM buildings")[0]
    lon, lat = BACK.transform(x, y)
    assert lat == pytest.approx(LAT0, abs=1e-6) and lon == pytest.approx(LON0, abs=1e-6)


def test_swapped_axis_order_is_reported(store, tmp_path):
    text = citygml([building("b", with_lod1=False)]).decode()
    a, b = f"{LAT0 - 0.0001!r}", f"{LON0 - 0.0001!r}"
    text = text.replace(f"{a} {b}", f"{b} {a}")
    f = tmp_path / "54363288_bldg_6697_op.gml"
    f.write_text(text)
    from twin.errors import InputError
    with pytest.raises(InputError, match="latitude longitude height") as exc:
        import_path(store, f)
    assert exc.value.feature == "b" and exc.value.line is not None


ring_st = st.lists(st.tuples(st.floats(-1e5, 1e5), st.floats(-1e5, 1e5), st.floats(-100, 100)),
                   min_size=3, max_size=8)


@prop
@given(st.lists(st.lists(ring_st, min_size=1, max_size=3), min_size=1, max_size=6), st.sampled_from([2, 3]))
def test_wkb_matches_shapely(polys, dim):
    rings = [r + [r[0]] for p in polys for r in p]
    coords = np.array([pt for r in rings for pt in r], dtype=float)
    ring_off = geo.offsets_from_counts([len(r) for r in rings])
    poly_off = geo.offsets_from_counts([len(p) for p in polys])
    ref_coords = np.ascontiguousarray(coords[:, :dim])
    ref = shapely.from_ragged_array(shapely.GeometryType.POLYGON, ref_coords, (ring_off, poly_off))
    got = geo.polygons_wkb(coords, ring_off, poly_off, dim).to_pylist()
    assert got == list(shapely.to_wkb(ref, output_dimension=dim, flavor="iso"))
    geom_off = geo.offsets_from_counts([len(polys)])
    multi = geo.multipolygons_wkb(coords, ring_off, poly_off, geom_off, dim).to_pylist()
    refm = shapely.from_ragged_array(shapely.GeometryType.MULTIPOLYGON, ref_coords, (ring_off, poly_off, geom_off))
    assert multi == list(shapely.to_wkb(refm, output_dimension=dim, flavor="iso"))


def test_close_rings_and_polygon_stats():
    coords = np.array([[0, 0, 5], [10, 0, 5], [10, 20, 5],            # open square-ish ring (triangle)
                       [0, 0, 0], [4, 0, 0], [4, 0, 3], [0, 0, 3], [0, 0, 0]], dtype=float)  # closed wall
    c, ro = geo.close_rings(coords, np.array([0, 3, 8]))
    assert ro.tolist() == [0, 4, 9] and c[3].tolist() == [0, 0, 5]
    s = geo.polygon_stats(c, ro, np.array([0, 1, 2]))
    assert s.area.tolist() == [100.0, 12.0]
    assert s.nz.tolist() == [1.0, 0.0]            # horizontal, vertical
    assert s.zmin.tolist() == [5, 0] and s.zmax.tolist() == [5, 3]


sentinels = st.sampled_from(["-9999", "-9999.0", " -9999 ", "-9999.000"])


@prop
@given(sentinels)
def test_double_sentinels_become_null(text):
    assert values.to_float(text) is None
    assert values.to_int(text) is None


@prop
@given(st.floats(-1e6, 1e6, allow_nan=False).filter(lambda v: v != -9999))
def test_other_doubles_survive(v):
    assert values.to_float(repr(v)) == v


@prop
@given(st.integers(0, 10**6))
def test_non_negative_integers(v):
    expected = None if v == 9999 else v
    assert values.to_int(str(v), non_negative=True) == expected
    assert values.to_int(str(v)) == v  # 9999 is a real xs:integer value


def test_date_and_year_sentinels():
    assert values.to_year("0001") is None and values.to_year("1998") == 1998
    assert values.to_year("2001-04-01") == 2001
    assert values.to_date("0001-01-01") is None and values.to_date("2023-03-22") == "2023-03-22"
    assert values.generic_leaf("surveyYear", "0001") is None
    assert values.generic_leaf("surveyYear", "2016") == 2016
    assert values.generic_leaf("numberOfLanes", "9999") is None
    assert values.generic_leaf("areaCode", "0010") == "0010"
    assert values.generic_leaf("x", "-9999") is None


def test_sentinels_become_null_in_the_store(store, tmp_path):
    f = tmp_path / "54363288_bldg_6697_op.gml"
    attrs = core_attrs(height="-9999", above="9999", below="9999", year="0001") + (
        '<uro:buildingDetailAttribute><uro:BuildingDetailAttribute><uro:totalFloorArea uom="m2">-9999'
        '</uro:totalFloorArea><uro:surveyYear>0001</uro:surveyYear></uro:BuildingDetailAttribute>'
        '</uro:buildingDetailAttribute>')
    f.write_bytes(citygml([building("b", attrs=attrs)]))
    import_path(store, f)
    row = store.query("SELECT measured_height, storeys_above, storeys_below, year_built, total_floor_area, "
                      "json_extract(attributes, '$.details.surveyYear') FROM buildings")[0]
    assert row[:5] == (None, None, None, None, None)
    assert row[5] in (None, "null")


@pytest.mark.parametrize("name,code", [
    ("53392547_bldg_6697_op2.gml", "53392547"), ("52397519_bldg_6697_op.gml", "52397519"),
    ("53392633_bldg_6697_2_op.gml", "53392633"), ("533925_tran_6697_op.gml", "533925"),
    ("52385721_fld_6697_l1_op.gml", "52385721"), ("533915_urf_6668_yoto_op.gml", "533915"),
    ("hodokyo_51324378_brid_6697.gml", "51324378"), ("udx/bldg/54363288_bldg_6697_op.gml", "54363288"),
    ("08EE763_unf_10169_sewer_op.gml", None), ("building.gml", None)])
def test_mesh_code_from_file_name(name, code):
    assert mesh_code(name) == code
