"""The compiled posList parser (``importers/plateau/_poslists.c``) and its pure-Python fallback give the same
numbers, and so the same tables; anything irregular is handed back to the Python path, which reports it."""

from __future__ import annotations

import struct

import numpy as np
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from importers.plateau import geometry
from plateau_fixtures import digests_both_ways

native = geometry._native


@pytest.fixture
def needs_native():
    if native is None:
        pytest.skip("the compiled posList parser was not built (pip install -e . needs a C compiler)")
    return native


def _python_parse(texts, dim=3):
    saved = geometry._native
    geometry._native = None
    try:
        return geometry.parse_poslists(texts, dim)
    finally:
        geometry._native = saved


def test_native_parser_is_built_and_used(needs_native):
    values, counts = geometry.parse_poslists(["36.3202 136.3505 12.5 36.3203 136.3506 12.5", "1 2 3"])
    assert values.tolist() == [[36.3202, 136.3505, 12.5], [36.3203, 136.3506, 12.5], [1.0, 2.0, 3.0]]
    assert counts.tolist() == [2, 1]
    got = needs_native.parse(["36.3202 136.3505 12.5"], 3)
    assert struct.unpack("3d", got[0]) == (36.3202, 136.3505, 12.5)


@pytest.mark.parametrize("text", ["1 2", "1,5 2 3", "nan 1 2", "1e400 1 2", "1_000 1 2", "", "   ", "1 2 x",
                                  "１ 2 3", "1 2 3\x0c"])
def test_irregular_text_goes_to_the_python_path(needs_native, text):
    assert needs_native.parse([text], 3) is None
    # and the Python path then reports it (or, for what Python reads, gives the same result as before)
    try:
        py = _python_parse([text])
    except geometry.CoordinateError as exc:
        with pytest.raises(geometry.CoordinateError) as again:
            geometry.parse_poslists([text])
        assert str(again.value) == str(exc)
    else:
        v, c = geometry.parse_poslists([text])
        assert np.array_equal(v, py[0]) and np.array_equal(c, py[1])


def test_other_whitespace_between_numbers(needs_native):
    text = "36.1\t136.2  3.0\n36.2\r\n136.3 4.0 "
    v, c = geometry.parse_poslists([text])
    pv, pc = _python_parse([text])
    assert v.tolist() == pv.tolist() == [[36.1, 136.2, 3.0], [36.2, 136.3, 4.0]]
    assert c.tolist() == pc.tolist() == [2]


_decimal = st.builds(
    lambda sign, whole, frac, exp: f"{sign}{whole}{'.' + frac if frac is not None else ''}{exp}",
    st.sampled_from(["", "-", "+"]), st.from_regex(r"[0-9]{1,12}", fullmatch=True),
    st.one_of(st.none(), st.from_regex(r"[0-9]{0,12}", fullmatch=True)),
    st.one_of(st.just(""), st.integers(-40, 40).map(lambda e: f"e{e}")))


@settings(max_examples=2000, deadline=None)
@given(st.one_of(st.floats(allow_nan=False, allow_infinity=False).map(repr), _decimal))
def test_every_number_is_the_correctly_rounded_double(text):
    if native is None:
        pytest.skip("the compiled posList parser was not built")
    got = native.parse([text], 1)
    if got is None:
        return   # handed back: the Python path parses it
    assert struct.unpack("d", got[0])[0].hex() == float(text).hex()


def test_halfway_cases_are_rounded_like_python(needs_native):
    """Decimal texts on and next to the midpoint between two doubles: the extended-precision shortcut must not
    round twice."""
    from decimal import Decimal

    rng = np.random.default_rng(7)
    texts = []
    for x in rng.uniform(1, 1000, 3000):
        mid = (Decimal(float(x)) + Decimal(np.nextafter(x, np.inf))) / 2
        t = f"{mid:.19g}"
        texts += [t, t[:-1] + str(max(0, int(t[-1]) - 1)), t[:-1] + str(min(9, int(t[-1]) + 1)), f"{mid:.17g}"]
    got = np.frombuffer(needs_native.parse([" ".join(texts)], 1)[0], dtype=np.float64)
    assert got.tolist() == [float(t) for t in texts]


def _texts_of(path):
    from lxml import etree

    ns = {"gml": "http://www.opengis.net/gml"}
    return etree.parse(str(path)).xpath("//gml:posList/text()", namespaces=ns, smart_strings=False)


def test_real_files_parse_bit_identically(needs_native, shared_plateau):
    for name in ("52397519_bldg_6697_op.gml", "53392547_bldg_6697_op2.gml", "533925_tran_6697_op.gml"):
        texts = _texts_of(shared_plateau / name)
        v, c = geometry.parse_poslists(texts)
        assert len(v) > 400, name
        pv, pc = _python_parse(texts)
        assert v.shape == pv.shape and np.array_equal(v.view(np.int64), pv.view(np.int64)), name
        assert np.array_equal(c, pc), name


def test_import_tables_are_identical_with_and_without_the_compiled_parser(needs_native, shared_plateau, tmp_path,
                                                                         monkeypatch):
    paths = [shared_plateau / n for n in ("52397519_bldg_6697_op.gml", "53392547_bldg_6697_op2.gml")]  # LOD2; LOD1
    native_digest, python_digest = digests_both_ways(tmp_path, monkeypatch, geometry, native, paths)
    assert native_digest == python_digest


def _numpy_wkb(coords, ring_off, poly_off, which, dim):
    return geometry.polygons_wkb_buffer(*geometry.subset_polygons(coords, ring_off, poly_off, which), dim=dim)


@settings(max_examples=300, deadline=None)
@given(st.data())
def test_compiled_wkb_writer_gives_the_bytes_of_the_numpy_path(data):
    """Polygons of 1-3 rings (empty rings included), 2 or 3 columns, 2D or 3D, chosen in any order, repeats too."""
    if native is None:
        pytest.skip("the compiled posList parser was not built")
    counts = data.draw(st.lists(st.lists(st.integers(0, 6), min_size=1, max_size=3), max_size=8))
    nrings = np.array([len(c) for c in counts], dtype=np.int64)
    ring_len = np.array([n for c in counts for n in c], dtype=np.int64)
    ncols = data.draw(st.sampled_from([2, 3]))
    dim = data.draw(st.sampled_from(sorted({2, ncols})))
    coords = np.arange(int(ring_len.sum()) * ncols, dtype=np.float64).reshape(-1, ncols) * 1.25 - 7.5
    ring_off, poly_off = geometry.offsets_from_counts(ring_len), geometry.offsets_from_counts(nrings)
    which = np.array(data.draw(st.lists(st.integers(0, max(len(counts) - 1, 0)), max_size=12)) if counts else [],
                     dtype=np.int64)
    buf, sizes = native.polygons_wkb(coords, ring_off, poly_off, which, ncols, dim)
    want_buf, want_sizes = _numpy_wkb(coords, ring_off, poly_off, which, dim)
    assert buf == want_buf.tobytes() and np.frombuffer(sizes, dtype=np.int64).tolist() == want_sizes.tolist()
    got = geometry.subset_polygons_wkb(coords, ring_off, poly_off, which, dim)
    assert got[0].tobytes() == want_buf.tobytes()


def test_compiled_wkb_writer_hands_back_offsets_it_does_not_expect(needs_native):
    coords = np.zeros((4, 3))
    ring_off, poly_off = np.array([0, 4]), np.array([0, 1])
    assert needs_native.polygons_wkb(coords, ring_off, poly_off, np.array([1]), 3, 3) is None      # no polygon 1
    assert needs_native.polygons_wkb(coords, np.array([0, 9]), poly_off, np.array([0]), 3, 3) is None  # past the end
    assert needs_native.polygons_wkb(coords, ring_off, poly_off, np.array([0]), 3, 4) is None      # dim > columns
    buf, sizes = needs_native.polygons_wkb(coords, ring_off, poly_off, np.array([0, 0]), 3, 3)
    assert struct.unpack("<BIII", buf[:13]) == (1, 1003, 1, 4) and np.frombuffer(sizes, dtype=np.int64).tolist() == [
        13 + 96, 13 + 96]


def _ragged(ring_lens: list[list[int]], rng) -> tuple:
    nrings = np.array([len(r) for r in ring_lens], dtype=np.int64)
    lens = np.array([n for r in ring_lens for n in r], dtype=np.int64)
    coords = rng.normal(0, 5e3, (int(lens.sum()), 3))
    return coords, geometry.offsets_from_counts(lens), geometry.offsets_from_counts(nrings)


@settings(max_examples=300, deadline=None)
@given(st.lists(st.lists(st.one_of(st.integers(1, 12), st.integers(13, 300)), min_size=1, max_size=3), min_size=1,
                max_size=10), st.integers(0, 2**32 - 1))
def test_compiled_polygon_sums_give_the_bits_of_the_numpy_path(ring_lens, seed):
    """Newell sums, local extents and z ranges: numpy adds a segment pairwise (8 accumulators from 9 values, halves
    beyond 128), and the compiled kernel must add in the same order to give the same bits."""
    if native is None:
        pytest.skip("the compiled posList parser was not built")
    coords, ring_off, poly_off = _ragged(ring_lens, np.random.default_rng(seed))
    got = geometry._polygon_sums_native(coords, ring_off, poly_off)
    want = geometry._polygon_sums(coords, ring_off, poly_off)
    assert got is not None
    for g, w in zip(got, want):
        assert g.shape == w.shape and np.array_equal(g.view(np.int64), w.view(np.int64))


def test_polygon_stats_use_the_compiled_sums_and_measure_a_square(needs_native):
    assert geometry._native_sums   # checked against numpy when the module loaded
    # a 10 m x 20 m horizontal rectangle at z 5 (open ring), and a vertical 4 m x 3 m wall
    coords = np.array([[0, 0, 5], [10, 0, 5], [10, 20, 5], [0, 20, 5],
                       [0, 0, 0], [4, 0, 0], [4, 0, 3], [0, 0, 3]], dtype=np.float64)
    stats = geometry.polygon_stats(coords, np.array([0, 4, 8]), np.array([0, 1, 2]))
    assert stats.area.tolist() == [200.0, 12.0]
    assert stats.nz.tolist() == [1.0, 0.0]
    assert stats.zmin.tolist() == [5.0, 0.0] and stats.zmax.tolist() == [5.0, 3.0]
    assert stats.extent.tolist() == pytest.approx([np.hypot(10, 20), 5.0])


def test_compiled_polygon_sums_hand_back_what_they_do_not_expect(needs_native):
    coords = np.zeros((4, 3))
    assert needs_native.polygon_sums(coords, np.array([0, 4, 4]), np.array([0, 2])) is None   # an empty ring
    assert needs_native.polygon_sums(coords, np.array([0, 3]), np.array([0, 1])) is None      # a point left over
    nan = coords.copy()
    nan[2, 2] = np.nan
    assert needs_native.polygon_sums(nan, np.array([0, 4]), np.array([0, 1])) is None         # not finite
    assert needs_native.polygon_sums(coords, np.array([0, 4]), np.array([0, 1])) is not None


def _pairs_in_python(values: np.ndarray) -> tuple[list[int], list[int]]:
    seen: dict[bytes, int] = {}
    inverse, firsts = [], []
    for i, row in enumerate(values):
        key = row[:2].tobytes()
        if key not in seen:
            seen[key] = len(firsts)
            firsts.append(i)
        inverse.append(seen[key])
    return inverse, firsts


@settings(max_examples=200, deadline=None)
@given(st.lists(st.tuples(st.sampled_from([36.32, 36.33, -0.0, 0.0, float("nan"), 1e-300]),
                          st.sampled_from([136.35, 136.36, 0.0]), st.floats(-10, 100)), max_size=60),
       st.sampled_from([2, 3]))
def test_distinct_coordinate_pairs_are_found_by_their_bits(rows, ncols):
    if native is None:
        pytest.skip("the compiled posList parser was not built")
    values = np.array([r[:ncols] for r in rows], dtype=np.float64).reshape(-1, ncols)
    inverse, firsts = geometry._unique_pairs(values)
    want_inverse, want_firsts = _pairs_in_python(values)
    assert inverse.tolist() == want_inverse and firsts.tolist() == want_firsts


def test_each_distinct_point_is_projected_once_and_gives_the_same_bits(needs_native):
    """PLATEAU repeats every vertex in each polygon that has it: the projector transforms the distinct ones and
    copies the results, and the coordinates are those of transforming every point."""
    rng = np.random.default_rng(17206)
    corners = np.column_stack([36.30 + rng.random(500) * 0.05, 136.30 + rng.random(500) * 0.08])
    pick = rng.integers(0, 500, 20_000)
    latlonh = np.column_stack([corners[pick], rng.random(20_000) * 30])
    projector = geometry.Projector("EPSG:6668", "EPSG:6675")
    calls = []
    transform = projector._t.transform

    class Counting:
        def transform(self, xx, yy):
            calls.append(len(xx))
            return transform(xx, yy)

    projector._t = Counting()
    got = projector.latlon_to_xyz(latlonh)
    assert calls == [len(np.unique(pick))]
    x, y = transform(latlonh[:, 1], latlonh[:, 0])
    assert np.array_equal(got[:, 0].view(np.int64), np.asarray(x).view(np.int64))
    assert np.array_equal(got[:, 1].view(np.int64), np.asarray(y).view(np.int64))
    assert np.array_equal(got[:, 2], latlonh[:, 2])
