"""The compiled ring walk (``importers/plateau/_rings.c``) selects exactly what the XPath expressions of
``common.collect_polygons`` and ``common.xlink_refs`` select, so the tables are the same with and without it;
anything it does not read as XPath does is handed back to the XPath path."""

from __future__ import annotations

import hashlib

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from lxml import etree

from importers.plateau import common
from importers.plateau.common import GML_NS, XLINK_NS
from importers.registry import import_path
from twin.store import Store

native = common._native
_PARSER = etree.XMLParser(remove_blank_text=True, resolve_entities=False, huge_tree=True, no_network=True)
_OPEN = f'<p xmlns:gml="{GML_NS}" xmlns:xlink="{XLINK_NS}">'


@pytest.fixture
def needs_native():
    if native is None:
        pytest.skip("the compiled ring walk was not built (pip install -e . needs a C compiler)")
    return native


def _both(xml: str, want_ids: bool):
    prop = etree.fromstring(_OPEN + xml + "</p>", _PARSER)
    a, b = ["before"], ["before"]
    got = native.rings(prop, a, want_ids)
    ref = common._rings_xpath(prop, b, want_ids)
    return got, a, ref, b, prop


def test_the_walk_is_built_and_used(needs_native):
    got, texts, *_ = _both('<gml:Polygon gml:id="p1"><gml:exterior><gml:LinearRing><gml:posList>1 2 3</gml:posList>'
                           '</gml:LinearRing></gml:exterior></gml:Polygon>', True)
    assert got == ([1], ["p1"]) and texts == ["before", "1 2 3"]
    assert common.collect_polygons.__module__ == common.__name__ and common._native is native


_RING = '<gml:LinearRing><gml:posList>{}</gml:posList></gml:LinearRing>'


@pytest.mark.parametrize("xml, expected", [
    # exterior and two interiors, then a polygon with one ring: rings per polygon 3 and 1
    ('<gml:Polygon gml:id="a"><gml:exterior>' + _RING.format("1 2 3") + '</gml:exterior><gml:interior>'
     + _RING.format("4 5 6") + '</gml:interior><gml:interior>' + _RING.format("7 8 9") + '</gml:interior>'
     '</gml:Polygon><gml:Polygon><gml:exterior>' + _RING.format("0 0 0") + '</gml:exterior></gml:Polygon>',
     ([3, 1], ["a"])),
    # a comment splits a posList's text into two text nodes: XPath's text() gives both
    ('<gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>1 2 3<!-- x -->4 5 6</gml:posList></gml:LinearRing>'
     '</gml:exterior></gml:Polygon>', ([1, 1], [])),
    # CDATA is text to XPath
    ('<gml:Triangle><gml:exterior><gml:LinearRing><gml:posList><![CDATA[1 2 3]]></gml:posList></gml:LinearRing>'
     '</gml:exterior></gml:Triangle>', ([1], [])),
    # non-ASCII ids and text elsewhere are not rings
    ('<gml:Polygon gml:id="面-1"><gml:name>名前</gml:name><gml:exterior>' + _RING.format("1 2 3")
     + '</gml:exterior></gml:Polygon>', ([1], ["面-1"])),
    ('<other>no geometry</other>', ([], [])),
])
def test_same_selection_as_xpath(needs_native, xml, expected):
    for want in (False, True):
        got, texts, ref, ref_texts, _ = _both(xml, want)
        assert got == ref and texts == ref_texts
        assert got[0] == expected[0] and got[1] == (expected[1] if want else None)


@pytest.mark.parametrize("xml", [
    _RING.format("9 9 9") + '<gml:Polygon><gml:exterior><gml:LinearRing><gml:pos>1 2 3</gml:pos></gml:LinearRing>'
    '</gml:exterior></gml:Polygon>',                                             # gml:pos ring
    '<gml:Polygon><gml:interior>' + _RING.format("1 2 3") + '</gml:interior></gml:Polygon>' + _RING.format("9 9 9"),
    _RING.format("9 9 9") + '<gml:Polygon><gml:exterior><gml:LinearRing><gml:posList/></gml:LinearRing>'
    '</gml:exterior></gml:Polygon>',                                             # empty posList
])
def test_rings_without_poslist_text_go_the_slow_way(needs_native, xml):
    """(an interior first counts as one: its ring has no exterior)"""
    got, texts, ref, ref_texts, _ = _both(xml, True)
    assert got is False and ref is False
    assert texts == ref_texts == ["before"]   # nothing appended stays behind


def test_an_entity_reference_is_left_to_xpath(needs_native):
    doc = (f'<!DOCTYPE p [<!ENTITY c "4 5 6">]><p xmlns:gml="{GML_NS}"><gml:Polygon><gml:exterior><gml:LinearRing>'
           '<gml:posList>1 2 3 &c;</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></p>')
    prop = etree.fromstring(doc.encode(), _PARSER)
    texts = ["before"]
    assert native.rings(prop, texts, True) is None and texts == ["before"]
    assert common.collect_polygons(common.Collector(), prop, 0, 0, -1, 1, 0, {}) == 1   # the XPath path reads it


def test_hrefs_same_as_xpath(needs_native):
    prop = etree.fromstring(_OPEN + '<gml:CompositeSurface><gml:surfaceMember xlink:href="#a"/><gml:surfaceMember '
                            'xlink:href="b&amp;c"/><gml:surfaceMember href="#not-xlink"/><x xlink:href="#not-member"/>'
                            '</gml:CompositeSurface></p>', _PARSER)
    assert native.hrefs(prop) == common._X_HREFS(prop) == ["#a", "b&c"]
    assert common.xlink_refs(prop) == ["a", "b&c"]


def test_other_objects_are_left_to_xpath(needs_native):
    texts: list = []
    assert native.rings("not an element", texts, False) is None
    assert native.hrefs(None) is None
    comment = etree.Comment("c")   # an lxml element too, which XPath refuses: it says so
    assert native.hrefs(comment) is None and native.rings(comment, texts, True) is None
    with pytest.raises(ValueError, match="not an XML element"):
        common.xlink_refs(comment)


# -- random trees: the walk and XPath agree on every one ---------------------------------------------------------
_leaf = st.one_of(
    st.sampled_from(["1 2 3", "4 5 6 7 8 9", "", "<!-- c -->", "<![CDATA[1 1 1]]>"]).map(
        lambda t: f"<gml:posList>{t}</gml:posList>"),
    st.just("<gml:pos>1 2 3</gml:pos>"),
    st.just("<gml:surfaceMember xlink:href=\"#x\"/>"),
    st.just("<!-- note -->"),
    st.just("<other>text</other>"),
)


def _wrap(children: list[str], tag: str, with_id: bool) -> str:
    attr = ' gml:id="g"' if with_id and tag == "gml:Polygon" else ""
    return f"<{tag}{attr}>{''.join(children)}</{tag}>"


_tree = st.recursive(
    _leaf,
    lambda inner: st.builds(_wrap, st.lists(inner, max_size=4),
                            st.sampled_from(["gml:Polygon", "gml:exterior", "gml:interior", "gml:LinearRing",
                                             "gml:surfaceMember", "gml:MultiSurface", "other"]),
                            st.booleans()),
    max_leaves=12)


@settings(max_examples=600, deadline=None)
@given(_tree, st.booleans())
def test_random_trees_select_the_same(xml, want_ids):
    if native is None:
        pytest.skip("the compiled ring walk was not built")
    got, texts, ref, ref_texts, prop = _both(xml, want_ids)
    assert got == ref
    assert texts == ref_texts
    assert native.hrefs(prop) == common._X_HREFS(prop)


# -- whole imports -----------------------------------------------------------------------------------------------
def _digest(project) -> str:
    h = hashlib.sha256()
    with Store(project) as store:
        for sql in ("SELECT gml_id, ST_AsWKB(footprint), ground_z, lod1_top_z, attributes FROM buildings ORDER BY id",
                    "SELECT gml_id, surface_gml_id, surface_type, ST_AsWKB(geom) FROM building_surfaces ORDER BY ALL",
                    "SELECT * EXCLUDE (source_id) FROM building_risks ORDER BY ALL",
                    "SELECT gml_id, ST_AsWKB(geom), attributes FROM roads ORDER BY ALL",
                    "SELECT surface_gml_id, ST_AsWKB(geom) FROM road_surfaces ORDER BY ALL",
                    "SELECT warnings, skipped, feature_counts FROM sources ORDER BY id"):
            h.update(repr(store.query(sql)).encode())
    return h.hexdigest()


def test_import_tables_are_identical_with_and_without_the_walk(needs_native, shared_plateau, tmp_path, monkeypatch):
    monkeypatch.setenv("KAGA_PLATEAU_WORKERS", "0")
    digests = []
    for label, walk in (("native", native), ("xpath", None)):
        monkeypatch.setattr(common, "_native", walk)
        project = tmp_path / f"{label}.duckdb"
        with Store(project) as store:
            # LOD2 with xlinked solids; LOD1 with flood risks; roads
            for name in ("52397519_bldg_6697_op.gml", "53392547_bldg_6697_op2.gml", "533925_tran_6697_op.gml"):
                report = import_path(store, shared_plateau / name)
                assert sum(report.counts.values()) >= 9, name
        digests.append(_digest(project))
    assert digests[0] == digests[1]
