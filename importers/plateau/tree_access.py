"""What the parser reads most often from lxml's tree: the rings of a geometry property, its xlinks, generic attributes
(``gen:*``, the i-UR 1.4 building ids and flood sets) and the leaves of attribute objects (i-UR ``uro:*``).

Each function here is defined by its Python path (XPath expressions and lxml calls, which run whenever the compiled
``_tree`` module was not built or hands a case back). ``_tree.c`` reads the same values straight from the libxml2
nodes behind lxml's elements, without an lxml proxy or an XPath evaluation per node; it is used only after it has
given the Python paths' results on :data:`_SELF_CHECK` in this process (:func:`_load_native`), and
``tests/importers/test_plateau_tree_native.py`` checks it on crafted cases and random trees.
"""

from __future__ import annotations

from lxml import etree

from .versions import GEN_NS, GML_NS, XLINK_NS

_NS = {"gml": GML_NS, "xlink": XLINK_NS}
# rings in document order: posList texts, with gml:interior markers before interior rings; a LinearRing
# without posList text (gml:pos lists, empty rings) sends the property to the slow path
_X_RINGS = etree.XPath(".//gml:interior | .//gml:posList/text() | .//gml:LinearRing[not(gml:posList/text())]",
                       namespaces=_NS, smart_strings=False)
_X_POLY_IDS = etree.XPath(".//gml:Polygon/@gml:id", namespaces=_NS, smart_strings=False)
_X_HREFS = etree.XPath(".//gml:surfaceMember/@xlink:href", namespaces=_NS, smart_strings=False)
_GML_INTERIOR = f"{{{GML_NS}}}interior"
_XLINK_HREF = f"{{{XLINK_NS}}}href"
GEN_VALUE = f"{{{GEN_NS}}}value"
GEN_ATTRS = {f"{{{GEN_NS}}}{k}": k for k in (
    "stringAttribute", "intAttribute", "doubleAttribute", "measureAttribute", "dateAttribute", "uriAttribute",
    "genericAttributeSet")}


def rings(prop, texts: list, want_ids: bool):
    """The rings under a geometry property: every ``gml:posList`` text appended to ``texts``, and (rings per polygon,
    the polygons' ``gml:id`` values, or None without ``want_ids``); False (``texts`` unchanged) when a ring has no
    posList text (``gml:pos`` lists, empty rings) or an interior ring comes first: read such a property the slow way."""
    if _native is not None:
        got = _native.rings(prop, texts, want_ids)
        if got is not None:
            return got
    return _rings_xpath(prop, texts, want_ids)


def _rings_xpath(prop, texts: list, want_ids: bool):
    items = _X_RINGS(prop)
    if not items:
        return [], ([] if want_ids else None)
    mark = len(texts)
    nrings: list[int] = []
    interior = False
    for x in items:
        if x.__class__ is str:
            if interior:
                nrings[-1] += 1
                interior = False
            else:
                nrings.append(1)
            texts.append(x)
        elif x.tag == _GML_INTERIOR and nrings:
            interior = True
        else:
            del texts[mark:]
            return False
    return nrings, (_X_POLY_IDS(prop) if want_ids else None)


def xlink_hrefs(prop) -> list[str]:
    """The ``xlink:href`` values of the ``gml:surfaceMember``\\ s under a geometry property."""
    if _native is not None:
        got = _native.hrefs(prop)
        if got is not None:
            return got
    return _X_HREFS(prop)


def gen_text(el) -> str | None:
    """The text of ``el``'s first ``gen:value`` child (lxml's ``.text``), None without one."""
    if _native is not None:
        got = _native.gen_text(el)
        if got is not False:
            return got
    return _gen_text_py(el)


def _gen_text_py(el) -> str | None:
    for c in el:
        if c.tag == GEN_VALUE:
            return c.text
    return None


def gen_items(el) -> list[tuple[str, str | None, str | None, int]]:
    """(kind, name attribute, :func:`gen_text`, index in ``el``) of every ``gen:*`` attribute child of ``el``, in
    order; kind is the local name (``stringAttribute``, …, ``genericAttributeSet``), ``el[index]`` the child."""
    if _native is not None:
        got = _native.gen_items(el)
        if got is not None:
            return got
    return _gen_items_py(el)


def _gen_items_py(el) -> list:
    out = []
    for i, c in enumerate(el):
        kind = GEN_ATTRS.get(c.tag)
        if kind is not None:
            out.append((kind, c.get("name"), _gen_text_py(c), i))
    return out


def child_items(el) -> list[tuple]:
    """(tag, number of children, text, ``codeSpace``, ``uom``, ``xlink:href``, index in ``el``) of every element
    child of ``el``, in order: what lxml's ``.tag``, ``len()``, ``.text`` and ``.get()`` give, without a proxy per
    child (``el[index]`` is the child)."""
    if _native is not None:
        got = _native.child_items(el)
        if got is not None:
            return got
    return _child_items_py(el)


def _child_items_py(el) -> list:
    out = []
    for i, c in enumerate(el):
        tag = c.tag
        if tag.__class__ is str:
            get = c.get
            out.append((tag, len(c), c.text, get("codeSpace"), get("uom"), get(_XLINK_HREF), i))
    return out


_X_TEXT = etree.XPath("descendant::text()", smart_strings=False)


def texts(el) -> list[str]:
    """The text under ``el`` (XPath's ``descendant::text()``: text and CDATA, in document order)."""
    if _native is not None:
        got = _native.texts(el)
        if got is not None:
            return got
    return _X_TEXT(el)


# --- the compiled module ----------------------------------------------------------------------------------------
#: a tree with every case the compiled code and the Python paths must agree on: interior rings, polygon ids, a
#: polygon without an id, xlinks, a ring of gml:pos (the slow path), a comment, generic attributes and sets with
#: and without values and names, text in pieces, attribute leaves with codeSpace, uom and xlink:href, nesting
_SELF_CHECK = f"""<p xmlns:gml="{GML_NS}" xmlns:xlink="{XLINK_NS}" xmlns:gen="{GEN_NS}"><gml:MultiSurface>
<gml:surfaceMember xlink:href="#a"/><gml:surfaceMember><gml:Polygon gml:id="b"><gml:exterior><gml:LinearRing>
<gml:posList>1 2 3 4 5 6 7 8 9</gml:posList></gml:LinearRing></gml:exterior><gml:interior><gml:LinearRing><!-- c -->
<gml:posList>1 1 1 2 2 2 3 3 3</gml:posList></gml:LinearRing></gml:interior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>4 5 6</gml:posList></gml:LinearRing>
</gml:exterior></gml:Polygon></gml:surfaceMember></gml:MultiSurface>
<q><gml:LinearRing><gml:pos>1 2 3</gml:pos></gml:LinearRing></q>
<gen:genericAttributeSet name="浸水"><!-- x --><gen:stringAttribute name="規模"><gen:value>L1</gen:value>
</gen:stringAttribute><gen:measureAttribute name="浸水深"><gen:value uom="m">1.5<![CDATA[0]]></gen:value>
</gen:measureAttribute><gen:intAttribute><gen:value/></gen:intAttribute><x/><gen:genericAttributeSet name="s"/>
</gen:genericAttributeSet><o xmlns:u="urn:u"><u:a codeSpace="../c.xml">1 </u:a><!-- c --><u:b uom="m">2.5</u:b>
<u:c xlink:href="#h"/><u:d><u:e>x</u:e>y<![CDATA[z]]></u:d><plain>t</plain></o></p>"""


def _load_native():
    """The compiled module (``_tree.c``, built by pip install when a C compiler is there), if it gives the Python
    paths' results on :data:`_SELF_CHECK` with this lxml; else None."""
    try:
        from . import _tree
    except ImportError:  # pragma: no cover - not built
        return None
    _tree.configure(etree._Element, GML_NS, XLINK_NS, GEN_NS)
    root = etree.fromstring(_SELF_CHECK, etree.XMLParser(remove_blank_text=True))
    for prop in (root[0], root[1], root):
        for want in (False, True):
            a, b = [], []
            if _tree.rings(prop, a, want) != _rings_xpath(prop, b, want) or a != b:
                return None
    if _tree.hrefs(root) != _X_HREFS(root):
        return None
    gset = root[2]
    if _tree.gen_items(gset) != _gen_items_py(gset) or len(_gen_items_py(gset)) != 4:
        return None
    texts = [_tree.gen_text(c) for c in gset]   # (False for the comment: the Python path reads it)
    if [t for t in texts if t is not False] != [_gen_text_py(c) for c in gset if c.tag.__class__ is str]:
        return None
    obj = root[3]
    if _tree.child_items(obj) != _child_items_py(obj) or len(_child_items_py(obj)) != 5:
        return None
    if any(_tree.texts(e) != _X_TEXT(e) for e in (root, gset, obj)) or len(_X_TEXT(obj)) != 5:
        return None
    return _tree


_native = _load_native()
