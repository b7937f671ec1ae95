"""The compiled string-column packer (``importers/plateau/_columns.c``) and its pure-Python fallback
(``packing._strings``) give the same packed columns, and so the same tables; and the attributes column's JSON, written
by an encoder made once, is what ``json.dumps`` writes."""

from __future__ import annotations

import numpy as np
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from importers.plateau import packing
from plateau_fixtures import digests_both_ways

native = packing._native


@pytest.fixture
def needs_native():
    if native is None:
        pytest.skip("the compiled column packer was not built (pip install -e . needs a C compiler)")
    return native


def _same(a: tuple, b: tuple) -> bool:
    return (a[0] == b[0] == "str" and a[1].dtype == b[1].dtype and np.array_equal(a[1], b[1]) and a[2] == b[2]
            and ((a[3] is None and b[3] is None) or (a[3] is not None and b[3] is not None
                                                      and np.array_equal(a[3], b[3]))))


def test_a_column_of_japanese_text_and_nulls(needs_native):
    col = packing.strings(["加賀市", None, "", "BLD_1"])
    assert col[1].tolist() == [0, 9, 9, 9, 14]          # UTF-8 bytes: 3 kanji x 3
    assert col[2] == "加賀市BLD_1".encode()
    assert col[3].tolist() == [True, False, True, True]
    assert packing.to_arrow_array(col).to_pylist() == ["加賀市", None, "", "BLD_1"]


@settings(max_examples=400, deadline=None)
@given(st.lists(st.one_of(st.none(), st.text(st.characters(exclude_categories=("Cs",)), max_size=12)), max_size=30))
def test_compiled_and_python_packers_give_the_same_column(values):
    if native is None:
        pytest.skip("the compiled column packer was not built")
    assert _same(packing.strings(values), packing._strings(values))
    assert packing.to_arrow_array(packing.strings(values)).to_pylist() == values


def test_what_utf8_cannot_hold_fails_as_in_python(needs_native):
    with pytest.raises(UnicodeEncodeError):
        packing._strings(["ok", "\ud800"])
    with pytest.raises(UnicodeEncodeError):
        packing.strings(["ok", "\ud800"])
    assert needs_native.strings(["a", 1]) is None   # not a str: handed back, and the Python path raises
    with pytest.raises(TypeError):
        packing.strings(["a", 1])


def test_import_tables_are_identical_with_and_without_the_compiled_packer(needs_native, shared_plateau, tmp_path,
                                                                         monkeypatch):
    paths = [shared_plateau / n for n in ("52397519_bldg_6697_op.gml", "53392547_bldg_6697_op2.gml")]  # LOD2; LOD1
    native_digest, python_digest = digests_both_ways(tmp_path, monkeypatch, packing, native, paths)
    assert native_digest == python_digest


def test_attributes_json_is_what_the_json_module_writes():
    """The attributes column's encoder is made once (``tables._JSON_C``); it writes what ``json.dumps`` with the
    same options writes: repeated elements as lists, dates as text, Japanese as it is, NaN as the json module does."""
    import datetime
    import json

    from importers.plateau import tables
    from importers.plateau.common import _Multi

    attrs = {"generic": {"大字・町コード": "58", "浸水深": _Multi([0.65, 2.16]), "year": datetime.date(2016, 4, 1)},
             "address": "日本 石川県加賀市作見町", "details": [{"city": "17206", "city_label": "石川県加賀市"}],
             "nan": float("nan"), "big": 1e16, "quote": '"\n'}
    want = json.dumps(attrs, ensure_ascii=False, separators=(",", ":"), default=str)
    assert tables._json(attrs) == want
    assert '"浸水深":[0.65,2.16]' in want and '"year":"2016-04-01"' in want
    assert tables._json({}) is None
