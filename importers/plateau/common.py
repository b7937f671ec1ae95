"""What building and road extraction share: tag names, the per-chunk collector, code and attribute capture.

:class:`Collector` gathers, for one chunk of city objects, the rows of every table as Python lists and
every polygon ring as posList text (parsed later in one batch by ``geometry.parse_poslists``).
:class:`FeatureContext` knows the file: its i-UR paths, its code lists, its name; it turns attribute
subtrees into JSON-able values (:meth:`FeatureContext.capture`) with sentinels mapped to None and code
labels added beside codes (``"buildingStructureType": "610", "buildingStructureType_label": "…"``).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from functools import lru_cache
from itertools import repeat
from typing import NamedTuple

import numpy as np

from . import values
from .codelists import CodeListBase, CodeLists
from .lifting import ATTR as LIFT_ATTR
from .tree_access import GEN_ATTRS, child_items, gen_items, gen_text, rings, texts, xlink_hrefs
from .versions import BLDG_NS, CORE_NS, GEN_NS, GML_NS, TRAN_NS, XAL_NS, XLINK_NS, UroInfo

# --- Clark names ------------------------------------------------------------------------------------
def _g(local: str) -> str:
    return f"{{{GML_NS}}}{local}"


GML_ID = _g("id")
GML_NAME = _g("name")
GML_DESCRIPTION = _g("description")
GML_POLYGON = _g("Polygon")
GML_TRIANGLE = _g("Triangle")
GML_LINEARRING = _g("LinearRing")
GML_POSLIST = _g("posList")
GML_POS = _g("pos")
GML_COORDINATES = _g("coordinates")
XLINK_HREF = f"{{{XLINK_NS}}}href"
POLY_TAGS = (GML_POLYGON, GML_TRIANGLE, GML_LINEARRING)

GEN_SET = f"{{{GEN_NS}}}genericAttributeSet"

BLDG = f"{{{BLDG_NS}}}"
TRAN = f"{{{TRAN_NS}}}"
CORE = f"{{{CORE_NS}}}"
XAL = f"{{{XAL_NS}}}"

BUILDING = BLDG + "Building"
BUILDING_PART = BLDG + "BuildingPart"
ROAD = TRAN + "Road"

# polygon kinds in the collector
KIND_BSURF = 0   # building surface (LOD1+) → building_surfaces
KIND_LOD0 = 1    # LOD0 footprint / roof edge → footprint only
KIND_ROAD = 2    # tran:Road lod1MultiSurface → roads.geom
KIND_TAREA = 3   # traffic area → road_surfaces.geom

#: i-UR 1.4 flood-risk generic attribute sets: keyword in the set name → risk type (first match wins)
GENERIC_RISK_KEYWORDS = (
    ("内水", "inland_flood"),
    ("ため池", "reservoir_flood"),
    ("津波", "tsunami"),
    ("高潮", "high_tide"),
    ("土砂", "landslide"),
    ("洪水", "river_flood"),
    ("浸水想定", "river_flood"),
)
#: flood depth rank labels of the i-UR rank code list, for i-UR 1.4 generic sets (which carry no codeSpace)
RANK_LABELS = {"1": "0.5m未満", "2": "0.5m以上3m未満", "3": "3m以上5m未満", "4": "5m以上10m未満",
               "5": "10m以上20m未満", "6": "20m以上"}


@lru_cache(maxsize=4096)
def local_name(tag: str) -> str:
    return tag.rsplit("}", 1)[-1]


@lru_cache(maxsize=4096)
def ns_of(tag: str) -> str:
    return tag[1:].split("}", 1)[0] if tag.startswith("{") else ""


# --- the per-chunk collector ------------------------------------------------------------------------
# surface type codes: 0 = classify from orientation; LOD0 kinds; others are added as met
TYPE_CLASSIFY, TYPE_FOOTPRINT, TYPE_ROOFEDGE = 0, 1, 2


class PolyColumns(NamedTuple):
    """Per polygon of a :class:`Collector`: kind (int8), owner, part, LOD (int8) and surface type."""

    kind: np.ndarray
    owner: np.ndarray
    part: np.ndarray
    lod: np.ndarray
    type: np.ndarray


@dataclass
class Collector:
    """Rows and polygons of one chunk, as Python lists (turned into Arrow by ``tables``).

    ``precise`` records the file line of every ring (slower); a chunk is re-read that way only to report
    the line of bad coordinates.
    """

    precise: bool = False
    # polygons: one entry per polygon, rings flattened into ring_texts
    ring_texts: list[str] = field(default_factory=list)
    ring_lines: list[int] = field(default_factory=list)
    poly_nrings: list[int] = field(default_factory=list)
    #: runs of consecutive polygons of one geometry property: (kind, owner, part, LOD, surface type, count); part is an
    #: index into parts, -1 for the feature itself; type an index into type_names (see :meth:`poly_columns`)
    poly_runs: list[tuple[int, int, int, int, int, int]] = field(default_factory=list)
    poly_gml_id: list[str | None] = field(default_factory=list)
    parts: list[str] = field(default_factory=list)
    type_names: list[str | None] = field(default_factory=lambda: [None, "FootPrint", "RoofEdge"])
    type_codes: dict[str, int] = field(default_factory=lambda: {"FootPrint": 1, "RoofEdge": 2})
    # features
    buildings: list[dict] = field(default_factory=list)
    risks: list[tuple] = field(default_factory=list)
    roads: list[dict] = field(default_factory=list)
    tareas: list[tuple] = field(default_factory=list)   # (road index, surface gml:id, type, fn code, fn label, lod)
    # reporting
    skipped: list[tuple[str, str]] = field(default_factory=list)
    warnings: dict[str, str] = field(default_factory=dict)
    other_types: dict[str, int] = field(default_factory=dict)
    unresolved_xlinks: int = 0
    used_lines: bool = False   # a feature's id was made from its file line (see reader.parse_chunk)
    #: the chunk's geometry properties lifted out of its bytes (see lifting.py), or None
    lifted: list | None = None
    _columns: tuple | None = field(default=None, repr=False)   # (number of runs, PolyColumns): see poly_columns

    def warn(self, key: str, message: str) -> None:
        self.warnings.setdefault(key, message)

    def poly_columns(self) -> PolyColumns:
        """Kind, owner, part, LOD and surface type of every polygon, as arrays (from :attr:`poly_runs`)."""
        runs = self.poly_runs
        if self._columns is None or self._columns[0] != len(runs):
            table = np.array(runs, dtype=np.int64).reshape(-1, 6)
            n = table[:, 5]
            kind, owner, part, lod, stype = (np.repeat(table[:, i], n) for i in range(5))
            self._columns = (len(runs), PolyColumns(kind.astype(np.int8), owner, part, lod.astype(np.int8), stype))
        return self._columns[1]

    def type_code(self, name: str | None) -> int:
        if name is None:
            return TYPE_CLASSIFY
        code = self.type_codes.get(name)
        if code is None:
            code = self.type_codes[name] = len(self.type_names)
            self.type_names.append(name)
        return code


# --- per-file context -------------------------------------------------------------------------------
class FeatureContext:
    """File-level knowledge used while reading features of one file."""

    def __init__(self, uro: UroInfo, codes: CodeLists, base: CodeListBase, label: str):
        self.uro = uro
        self.paths = uro.paths
        self.uro_ns = uro.namespace or "\0no-uro"
        self.codes = codes
        self.base = base
        self.label = label
        self.U = f"{{{self.uro_ns}}}"
        self._tables: dict[str, dict | None] = {}

    def code(self, el) -> tuple[str | None, str | None]:
        """(code, label) of a coded element."""
        return self.code_of(el.text, el.get("codeSpace"))

    def code_of(self, text: str | None, cs: str | None) -> tuple[str | None, str | None]:
        """(code, label) of a coded element's text and ``codeSpace``."""
        code = text.strip() if text else None
        if not code:
            return None, None
        if not cs:
            return code, None
        try:
            table = self._tables[cs]
        except KeyError:
            table = self._tables[cs] = self.codes.table(self.base, cs)
        return code, (table.get(code) if table is not None else None)

    # -- generic capture -----------------------------------------------------------------------------
    def capture(self, el):
        """JSON-able value of an attribute element (leaf text, or nested dict of local names)."""
        return self._capture(el, el.tag)

    def _capture(self, el, tag: str):
        n = len(el)
        if n == 0:
            get = el.get
            return _leaf(tag, el.text, get("uom"), get(XLINK_HREF))
        if n == 1:
            only = el[0]
            otag = only.tag
            if otag.__class__ is str and (_TAG_INFO.get(otag) or _tag_info(otag))[3]:
                return self._capture(only, otag)  # property wrapping one object: flatten
        out: dict = {}
        put = self.put_item
        for item in child_items(el):
            put(out, el, item)
        return out

    def put(self, out: dict, el) -> None:
        """Add ``el`` to ``out`` under its local name (a list when repeated), with ``_label`` for codes."""
        self._put(out, el, el.tag)

    def _put(self, out: dict, el, tag: str) -> None:
        key, kind, is_address, _flat = _TAG_INFO.get(tag) or _tag_info(tag)
        if kind is not None:
            self._put_generic(out.setdefault("generic", {}), el, kind)
            return
        if len(el) == 0:
            if el.get("codeSpace") is not None:
                code, label = self.code(el)
                _add(out, key, code)
                if label is not None:
                    _add(out, key + "_label", label)
                return
            if is_address:
                _add(out, "address", address_text(el))
                return
            _add(out, key, self._capture(el, tag))
            return
        if is_address:
            _add(out, "address", address_text(el))
            return
        _add(out, key, self._capture(el, tag))

    def put_item(self, out: dict, parent, item: tuple) -> None:
        """:meth:`put` for a :func:`~.tree_access.child_items` item of ``parent``: a leaf is read from the item, anything
        else from the element."""
        tag, n, text, cs, uom, href, index = item
        key, kind, is_address, _flat = _TAG_INFO.get(tag) or _tag_info(tag)
        if n or kind is not None or is_address:
            self._put(out, parent[index], tag)
        elif cs is not None:
            code, label = self.code_of(text, cs)
            _add(out, key, code)
            if label is not None:
                _add(out, key + "_label", label)
        else:
            _add(out, key, _leaf(tag, text, uom, href))

    def put_generic(self, out: dict, el) -> None:
        """A gen:*Attribute into ``out`` as name → value (sets become nested dicts)."""
        self._put_generic(out, el, GEN_ATTRS[el.tag])

    def _put_generic(self, out: dict, el, kind: str) -> None:
        self.put_generic_item(out, el, (kind, el.get("name"), None, -1))

    def put_generic_item(self, out: dict, parent, item: tuple) -> None:
        """A :func:`~.tree_access.gen_items` item of ``parent`` (index -1: ``parent`` itself) into ``out`` as name →
        value; a set becomes a nested dict. A lifted item (``lifting.py``) has index 0, or a set its items' list."""
        kind, name, text, index = item
        if kind == "genericAttributeSet":
            if index.__class__ is list:
                el, items = None, index
            else:
                el = parent if index < 0 else parent[index]
                items = gen_items(el)
            sub: dict = {}
            for child in items:
                self.put_generic_item(sub, el, child)
            _add(out, name or kind, sub)
            return
        if index < 0:
            text = gen_text(parent)
        _add(out, name or kind, generic_convert(text, kind))


def _leaf(tag: str, text: str | None, uom: str | None, href: str | None):
    """The value of an attribute element without children: a measure as float, a bare xlink as its target, else the
    text (typed by its name, see ``values.generic_leaf``)."""
    if uom is not None:
        return values.to_float(text)
    if href is not None and not (text or "").strip():
        return href
    info = _TAG_INFO.get(tag) or _tag_info(tag)
    return values.generic_leaf(info[0], text)


_ADDRESS_TAGS = frozenset((BLDG + "address", CORE + "Address", TRAN + "address"))
_TAG_INFO: dict[str, tuple] = {}


def _tag_info(tag: str) -> tuple:
    """(local name, gen:* kind or None, is an address property, is an object (capitalised, not gen:*)) of a tag."""
    info = _TAG_INFO.get(tag)
    if info is None:
        local = local_name(tag)
        kind = GEN_ATTRS.get(tag)
        info = _TAG_INFO[tag] = (local, kind, tag in _ADDRESS_TAGS, local[:1].isupper() and kind is None)
    return info


def generic_value(el, kind: str):
    """The value of a ``gen:*Attribute`` element, converted by its kind."""
    return generic_convert(gen_text(el), kind)


def generic_convert(text: str | None, kind: str):
    """A generic attribute's ``gen:value`` text as its kind says: int, float, date, or stripped text."""
    if kind == "intAttribute":
        return values.to_int(text)
    if kind in ("doubleAttribute", "measureAttribute"):
        return values.to_float(text)
    if kind == "dateAttribute":
        return values.to_date(text)
    return text.strip() if text else None


def address_text(el) -> str | None:
    """The text leaves of an address (xAL names), joined: e.g. 日本 東京都大田区南六郷三丁目."""
    text = " ".join(" ".join(texts(el)).split())
    return text or None


def _add(out: dict, key: str, value) -> None:
    if key in out:
        prev = out[key]
        if isinstance(prev, list) and getattr(prev, "_multi", False):
            prev.append(value)
        else:
            lst = _Multi([prev, value])
            out[key] = lst
    else:
        out[key] = value


class _Multi(list):
    """A list made from repeated elements (as opposed to a captured list value)."""

    _multi = True


# --- geometry collection ----------------------------------------------------------------------------
def collect_polygons(col: Collector, prop, kind: int, owner: int, part: int, lod: int, stype: int,
                     ids: dict | None = None) -> int:
    """Collect every polygon (triangle, patch) under a geometry property element; return how many.

    Rings are read from ``gml:posList`` (or a run of ``gml:pos``). With ``ids`` (gml:id → True), the
    polygons' gml:ids are recorded too (for surface ids and xlink resolution).
    """
    if col.precise:
        return _collect_slow(col, prop, kind, owner, part, lod, stype, ids)
    texts = col.ring_texts
    mark = len(texts)
    k = prop.get(LIFT_ATTR) if col.lifted is not None else None
    if k is not None:   # lifted out of the chunk before the tree was built (see lifting.py)
        lifted_texts, nrings, found, _hrefs = col.lifted[int(k)]
        texts.extend(lifted_texts)
    else:
        got = rings(prop, texts, ids is not None)
        if got is False:  # a ring without posList text: read this property the slow way
            return _collect_slow(col, prop, kind, owner, part, lod, stype, ids)
        nrings, found = got
    n = len(nrings)
    if not n:
        return 0
    pids: list = [None] * n
    if ids is not None:
        if len(found) == n:
            pids = found
        elif found:
            del texts[mark:]
            return _collect_slow(col, prop, kind, owner, part, lod, stype, ids)
        for pid in found:
            ids[pid] = True
    col.poly_nrings.extend(nrings)
    col.poly_runs.append((kind, owner, part, lod, stype, n))
    col.poly_gml_id.extend(pids)
    return n


def _collect_slow(col: Collector, prop, kind: int, owner: int, part: int, lod: int, stype: int,
                  ids: dict | None) -> int:
    """Element-by-element walk: handles gml:pos rings and polygons without ids, records ring lines."""
    texts, lines = col.ring_texts, col.ring_lines
    precise = col.precise
    count = 0
    nrings = 0
    in_poly = False
    pid = None
    for e in prop.iter(POLY_TAGS):
        if e.tag == GML_LINEARRING:
            if not in_poly:
                continue
            first = e[0] if len(e) else None
            ftag = first.tag if first is not None else None
            if ftag == GML_POSLIST:
                texts.append(first.text or "")
            elif ftag == GML_POS:
                texts.append(" ".join((p.text or "") for p in e if p.tag == GML_POS))
            elif ftag == GML_COORDINATES:
                raise CoordinateFormatError(first.sourceline, "gml:coordinates is not supported; "
                                            "PLATEAU CityGML uses gml:posList")
            else:
                texts.append("")
            if precise:
                lines.append((first if first is not None else e).sourceline or 0)
            nrings += 1
            continue
        if in_poly:
            count += _end_polygon(col, nrings, kind, owner, part, lod, stype, pid)
        pid = e.get(GML_ID) if ids is not None else None
        if pid is not None:
            ids[pid] = True
        in_poly = True
        nrings = 0
    if in_poly:
        count += _end_polygon(col, nrings, kind, owner, part, lod, stype, pid)
    return count


def _end_polygon(col: Collector, nrings: int, kind: int, owner: int, part: int, lod: int, stype: int, pid) -> int:
    if nrings == 0:
        return 0  # a polygon without rings carries no geometry
    col.poly_nrings.append(nrings)
    col.poly_runs.append((kind, owner, part, lod, stype, 1))
    col.poly_gml_id.append(pid)
    return 1


class CoordinateFormatError(ValueError):
    def __init__(self, line: int | None, problem: str):
        self.line = line
        self.problem = problem
        super().__init__(problem)


def xlink_refs(prop, lifted: list | None = None) -> list[str]:
    """``#id`` targets of surfaceMember xlinks under a geometry property (without the ``#``); ``lifted``: the chunk's
    lifted properties (:attr:`Collector.lifted`)."""
    k = prop.get(LIFT_ATTR) if lifted is not None else None
    return list(map(str.removeprefix, xlink_hrefs(prop) if k is None else lifted[int(k)][3], repeat("#")))
