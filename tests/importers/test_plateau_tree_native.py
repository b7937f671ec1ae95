"""The compiled tree reader (``importers/plateau/_tree.c``) gives exactly what the Python paths of
``importers/plateau/tree_access.py`` give (XPath expressions for rings and xlinks, lxml calls for generic attributes),
so the tables are the same with and without it; anything it does not read as they do is handed back to them."""

from __future__ import annotations

from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from lxml import etree

from importers.plateau import common, lifting, tree_access
from importers.plateau.versions import GEN_NS, GML_NS, XLINK_NS
from plateau_fixtures import digests_both_ways

native = tree_access._native
_PARSER = etree.XMLParser(remove_blank_text=True, resolve_entities=False, huge_tree=True, no_network=True)
KAGA_STATION = (Path(__file__).resolve().parents[2] / "sample_data" / "17206_kaga-shi_city_2024_citygml_1_op" / "udx"
                / "bldg" / "54363288_bldg_6697_op.gml")
_OPEN = f'<p xmlns:gml="{GML_NS}" xmlns:xlink="{XLINK_NS}" xmlns:gen="{GEN_NS}">'


@pytest.fixture
def needs_native():
    if native is None:
        pytest.skip("the compiled tree reader was not built (pip install -e . needs a C compiler)")
    return native


def _both(xml: str, want_ids: bool):
    prop = etree.fromstring(_OPEN + xml + "</p>", _PARSER)
    a, b = ["before"], ["before"]
    got = native.rings(prop, a, want_ids)
    ref = tree_access._rings_xpath(prop, b, want_ids)
    return got, a, ref, b, prop


def test_the_walk_is_built_and_used(needs_native):
    got, texts, *_ = _both('<gml:Polygon gml:id="p1"><gml:exterior><gml:LinearRing><gml:posList>1 2 3</gml:posList>'
                           '</gml:LinearRing></gml:exterior></gml:Polygon>', True)
    assert got == ([1], ["p1"]) and texts == ["before", "1 2 3"]
    assert tree_access.rings is common.rings   # what collect_polygons calls


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


def test_an_address_reads_the_same_as_xpath(needs_native):
    xal = "urn:oasis:names:tc:ciq:xsdschema:xAL:2.0"
    doc = (f'<!DOCTYPE p [<!ENTITY t "加賀市">]><p xmlns:xAL="{xal}"><xAL:Country><xAL:CountryName>日本</xAL:CountryName>'
           '<!-- c --><xAL:Locality Type="Town"><xAL:LocalityName>石川県<![CDATA[加賀市]]>作見町</xAL:LocalityName>'
           '</xAL:Locality></xAL:Country></p>')
    el = etree.fromstring(doc.encode(), etree.XMLParser(remove_blank_text=True, strip_cdata=False))
    assert native.texts(el) == tree_access._X_TEXT(el) == ["日本", "石川県", "加賀市", "作見町"]
    assert common.address_text(el) == "日本 石川県 加賀市 作見町"
    assert common.texts is tree_access.texts   # what address_text calls
    with_entity = etree.fromstring(doc.replace("作見町", "&t;").encode(), _PARSER)
    assert native.texts(with_entity) is None   # left to the XPath
    assert common.address_text(with_entity) == " ".join(" ".join(tree_access._X_TEXT(with_entity)).split())


def test_hrefs_same_as_xpath(needs_native):
    prop = etree.fromstring(_OPEN + '<gml:CompositeSurface><gml:surfaceMember xlink:href="#a"/><gml:surfaceMember '
                            'xlink:href="b&amp;c"/><gml:surfaceMember href="#not-xlink"/><x xlink:href="#not-member"/>'
                            '</gml:CompositeSurface></p>', _PARSER)
    assert native.hrefs(prop) == tree_access._X_HREFS(prop) == ["#a", "b&c"]
    assert common.xlink_refs(prop) == ["a", "b&c"]


def test_other_objects_are_left_to_xpath(needs_native):
    texts: list = []
    assert native.rings("not an element", texts, False) is None
    assert native.hrefs(None) is None
    comment = etree.Comment("c")   # an lxml element too, which XPath refuses: it says so
    assert native.hrefs(comment) is None and native.rings(comment, texts, True) is None
    with pytest.raises(ValueError, match="not an XML element"):
        common.xlink_refs(comment)


# -- generic attributes --------------------------------------------------------------------------------------------
_GEN_CASES = [
    '<gen:stringAttribute name="建物ID"><gen:value>13111-bldg-512</gen:value></gen:stringAttribute>',
    '<gen:measureAttribute name="浸水深"><!-- c --><gen:value uom="m">1.<![CDATA[36]]>0</gen:value></gen:measureAttribute>',
    '<gen:intAttribute name="n"><x/><gen:value> 7 </gen:value><gen:value>8</gen:value></gen:intAttribute>',
    '<gen:dateAttribute><gen:value/></gen:dateAttribute>',
    '<gen:uriAttribute name="u"/>',
    '<gen:genericAttributeSet name="多摩川洪水浸水想定区域（計画規模）"><gen:stringAttribute name="規模"><gen:value>L1'
    '</gen:value></gen:stringAttribute><other/><gen:genericAttributeSet name="inner"><gen:doubleAttribute name="d">'
    '<gen:value>2.5</gen:value></gen:doubleAttribute></gen:genericAttributeSet></gen:genericAttributeSet>',
    '<gen:stringAttribute name="a&amp;b"><gen:value>x &lt; y</gen:value></gen:stringAttribute>',
]


def test_generic_items_and_texts_same_as_lxml(needs_native):
    root = etree.fromstring(_OPEN + "<!-- first -->" + "".join(_GEN_CASES) + "<gen:value>not an attribute</gen:value>"
                            "</p>", _PARSER)
    items = native.gen_items(root)
    assert items == tree_access._gen_items_py(root)
    assert [(k, n) for k, n, _t, _i in items] == [
        ("stringAttribute", "建物ID"), ("measureAttribute", "浸水深"), ("intAttribute", "n"), ("dateAttribute", None),
        ("uriAttribute", "u"), ("genericAttributeSet", "多摩川洪水浸水想定区域（計画規模）"), ("stringAttribute", "a&b")]
    assert [t for _k, _n, t, _i in items] == ["13111-bldg-512", "1.360", " 7 ", None, None, None, "x < y"]
    assert all(root[i].tag.endswith(k) for k, _n, _t, i in items)   # indices count the comment, as lxml does
    for el in root:
        got = native.gen_text(el)
        assert got == tree_access._gen_text_py(el) or (got is False and el.tag.__class__ is not str)


def test_child_items_same_as_lxml(needs_native):
    root = etree.fromstring(_OPEN + '<uro:BuildingDetails xmlns:uro="https://www.geospatial.jp/iur/uro/3.1">'
                            '<uro:buildingStructureType codeSpace="../../codelists/BuildingDetails_buildingStructureType'
                            '.xml">610</uro:buildingStructureType><!-- c --><uro:totalFloorArea uom="m2">120.5'
                            '</uro:totalFloorArea><uro:landUseType codeSpace="x&amp;y">1</uro:landUseType>'
                            '<uro:fireproofStructureType/><uro:surveyYear>2021</uro:surveyYear><plain>名前</plain>'
                            '<uro:ref xlink:href="#b1"/><uro:nested><uro:a>1</uro:a></uro:nested></uro:BuildingDetails>'
                            '</p>', _PARSER)[0]
    items = native.child_items(root)
    assert items == tree_access._child_items_py(root)
    u = "{https://www.geospatial.jp/iur/uro/3.1}"
    assert items == [
        (u + "buildingStructureType", 0, "610", "../../codelists/BuildingDetails_buildingStructureType.xml", None,
         None, 0),
        (u + "totalFloorArea", 0, "120.5", None, "m2", None, 2), (u + "landUseType", 0, "1", "x&y", None, None, 3),
        (u + "fireproofStructureType", 0, None, None, None, None, 4), (u + "surveyYear", 0, "2021", None, None, None, 5),
        ("plain", 0, "名前", None, None, None, 6), (u + "ref", 0, None, None, None, "#b1", 7),
        (u + "nested", 1, None, None, None, None, 8)]


def test_generic_attributes_read_the_same_with_and_without_the_compiled_reader(needs_native, monkeypatch):
    """A building's generic attributes and flood sets (i-UR 1.4) give the same record and risk rows both ways."""
    from importers.plateau.buildings import BuildingReader
    from importers.plateau.codelists import CodeListBase, CodeLists
    from importers.plateau.common import Collector, FeatureContext
    from importers.plateau.versions import UroInfo, detect_uro

    bldg = "http://www.opengis.net/citygml/building/2.0"
    uro = "http://www.kantei.go.jp/jp/singi/tiiki/toshisaisei/itoshisaisei/iur/uro/1.4"
    xml = (f'<bldg:Building xmlns:bldg="{bldg}" xmlns:gml="{GML_NS}" xmlns:gen="{GEN_NS}" xmlns:uro="{uro}" '
           'gml:id="b1">' + "".join(_GEN_CASES) + "</bldg:Building>")
    b = etree.fromstring(xml, _PARSER)
    info = detect_uro({"uro": uro}, None)
    out = []
    for reader in (native, None):
        monkeypatch.setattr(tree_access, "_native", reader)
        col = Collector()
        ctx = FeatureContext(UroInfo(**{k: getattr(info, k) for k in ("namespace", "found", "paths_version",
                                                                           "assumed")}),
                             CodeLists(), CodeListBase(None, None), "test.gml")
        BuildingReader(ctx, col).read(b, 1, "test.gml")
        out.append((col.buildings, col.risks))
    assert out[0] == out[1]
    (rec,), risks = out[0]
    assert rec["building_id"] == "13111-bldg-512"
    assert [r[3] for r in risks] == ["river_flood"] and risks[0][10] == "L1"


# -- random trees: the compiled reader and the Python paths agree on every one ---------------------------------------------------------
_leaf = st.one_of(
    st.sampled_from(["1 2 3", "4 5 6 7 8 9", "", "<!-- c -->", "<![CDATA[1 1 1]]>"]).map(
        lambda t: f"<gml:posList>{t}</gml:posList>"),
    st.just("<gml:pos>1 2 3</gml:pos>"),
    st.just("<gml:surfaceMember xlink:href=\"#x\"/>"),
    st.just("<!-- note -->"),
    st.just("<other>text</other>"),
    st.sampled_from(["", "1.5", "<![CDATA[a]]>b", "<!-- c -->x", " "]).map(lambda t: f"<gen:value>{t}</gen:value>"),
    st.sampled_from(["gen:stringAttribute", "gen:measureAttribute", "gen:genericAttributeSet"]).map(
        lambda k: f'<{k} name="n"><gen:value>v</gen:value></{k}>'),
    st.sampled_from(['codeSpace="../c.xml"', 'uom="m"', 'xlink:href="#x"', 'codeSpace=""', ""]).flatmap(
        lambda a: st.sampled_from(["", "1", " 2.5 ", "<![CDATA[3]]>", "a<!-- c -->b", "<x/>y"]).map(
            lambda t: f"<leaf {a}>{t}</leaf>")),
)


def _wrap(children: list[str], tag: str, with_id: bool) -> str:
    attr = ' gml:id="g"' if with_id and tag == "gml:Polygon" else ""
    return f"<{tag}{attr}>{''.join(children)}</{tag}>"


_tree = st.recursive(
    _leaf,
    lambda inner: st.builds(_wrap, st.lists(inner, max_size=4),
                            st.sampled_from(["gml:Polygon", "gml:exterior", "gml:interior", "gml:LinearRing",
                                             "gml:surfaceMember", "gml:MultiSurface", "other", "gen:stringAttribute",
                                             "gen:genericAttributeSet"]),
                            st.booleans()),
    max_leaves=12)


@settings(max_examples=600, deadline=None)
@given(_tree, st.booleans())
def test_random_trees_select_the_same(xml, want_ids):
    if native is None:
        pytest.skip("the compiled tree reader was not built")
    got, texts, ref, ref_texts, prop = _both(xml, want_ids)
    assert got == ref
    assert texts == ref_texts
    assert native.hrefs(prop) == tree_access._X_HREFS(prop)
    for el in prop.iter(etree.Element):   # every element of the tree
        assert native.gen_items(el) == tree_access._gen_items_py(el)
        assert native.gen_text(el) == tree_access._gen_text_py(el)
        assert native.child_items(el) == tree_access._child_items_py(el)
        assert native.texts(el) == tree_access._X_TEXT(el)


# -- whole imports -----------------------------------------------------------------------------------------------
def test_import_tables_are_identical_with_and_without_the_compiled_reader(needs_native, shared_plateau, tmp_path,
                                                                         monkeypatch):
    # LOD2 with xlinked solids (i-UR 2.0); LOD1 with flood sets (i-UR 1.4); roads; Kaga at the station (i-UR 3)
    paths = [shared_plateau / n for n in ("52397519_bldg_6697_op.gml", "53392547_bldg_6697_op2.gml",
                                          "533925_tran_6697_op.gml")] + [KAGA_STATION]
    monkeypatch.setattr(lifting, "_native", None)   # (lifted geometry is not read from the tree: see lifting.py)
    native_digest, python_digest = digests_both_ways(tmp_path, monkeypatch, tree_access, native, paths)
    assert native_digest == python_digest
