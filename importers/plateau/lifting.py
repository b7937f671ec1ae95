"""Building geometry and generic attributes lifted out of a chunk's bytes before lxml builds its tree (the compiled
``_lift`` module).

Most of a PLATEAU building's elements are its geometry: five of every six in the LOD2 benchmark file, which lxml
builds into its tree only for :func:`~.common.collect_polygons` and :func:`~.common.xlink_refs` to read back. ``_lift``
reads each plain ``bldg:lod…`` geometry property straight from the bytes, and leaves in its place an empty property
marked with :data:`ATTR` (an attribute name no file can carry: it is new in every process), whose number indexes
what the two functions would have read from the tree. The ``gen:*`` attributes a building or part holds directly
(i-UR 1.4 building ids and flood sets, and the like) are lifted alike, for ``buildings.BuildingReader._generic``: their
items are those of :func:`~.tree_access.gen_items`, with a set's items in place of its index. Line numbers do not
change. Whatever is not plain stays in the tree and is read as before, so tables are identical with and without
lifting (``tests/importers/test_plateau_lifting.py``). Without the compiled module nothing is lifted.

Not lifted: a property the readers do not read with ``collect_polygons`` (``_lift.c`` follows the chunk's open
elements to know); a chunk declaring a namespace (a prefix could then mean something else inside it), and files not
in UTF-8 or without ``bldg``/``gml``/``xlink`` prefixes; anything from line 65,000 of a chunk on (libxml2 keeps
lines in 16 bits, and lxml then reads them from text further down); the precise re-parse of a chunk (which records
ring lines); and a building whose solid refers by xlink to a polygon not read as a surface, which is looked up in the
whole building: its chunk is parsed again without lifting (:class:`Unlift`).
"""

from __future__ import annotations

import re
import secrets
from functools import lru_cache

from .scan import _DECL_ENCODING
from .versions import BLDG_NS, GEN_NS, GML_NS, XLINK_NS

try:
    from . import _lift as _native
except ImportError:
    _native = None

#: the attribute marking a lifted property: its value is the property's index in the chunk's lifted list
ATTR = f"kaga-lift-{secrets.token_hex(6)}"
_ATTR_BYTES = ATTR.encode("ascii")

_ROOT = re.compile(rb"<(?:([A-Za-z_][A-Za-z0-9_.-]*):)?CityModel[\s>]")
_XMLNS = re.compile(rb"xmlns:([A-Za-z_][A-Za-z0-9_.-]*)\s*=\s*(?:\"([^\"]*)\"|'([^']*)')")


class Unlift(Exception):
    """Raised by a reader that must see a chunk's whole tree: the chunk is parsed again without lifting."""


@lru_cache(maxsize=64)
def _plan(head: bytes) -> tuple | None:
    """(bldg, gml, xlink and gen prefixes, the member tag) for a file, from the root start tag its chunks are parsed
    in; None when its chunks are not lifted (not UTF-8, or no prefix for the bldg, gml or xlink namespace: elements
    without a prefix are never lifted). The gen prefix is empty when the file binds none (nothing of gen is lifted)."""
    m = _DECL_ENCODING.match(head)   # (the declaration scan.py wrote the head with)
    if m is not None and m.group(1).lower().replace(b"-", b"").replace(b"_", b"") != b"utf8":
        return None
    prefixes: dict[str, bytes] = {}
    for pm in _XMLNS.finditer(head):
        uri = (pm.group(2) if pm.group(2) is not None else pm.group(3)).decode("utf-8", "replace")
        prefixes.setdefault(uri, pm.group(1))
    bldg, gml, xlink, gen = (prefixes.get(ns) for ns in (BLDG_NS, GML_NS, XLINK_NS, GEN_NS))
    root = _ROOT.search(head)
    if bldg is None or gml is None or xlink is None or root is None:
        return None
    return bldg, gml, xlink, gen or b"", (root.group(1) + b":" if root.group(1) else b"") + b"cityObjectMember"


def lift(head: bytes, data: bytes) -> tuple[bytes, list | None]:
    """``data`` (a chunk's members) with its plain building geometry properties lifted out, and what they hold
    (``(posList texts, rings per polygon, polygon ids, surfaceMember xlinks)`` per property); ``(data, None)`` when
    nothing was lifted."""
    if _native is None:
        return data, None
    plan = _plan(head)
    if plan is None:
        return data, None
    got = _native.lift(data, *plan, _ATTR_BYTES)
    return (data, None) if got is None else got
