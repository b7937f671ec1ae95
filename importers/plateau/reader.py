"""Parse one chunk of a CityGML file: the bytes of consecutive ``core:cityObjectMember`` elements.

A chunk is parsed on its own by wrapping it in the file's root start tag (with every namespace
declaration) and end tag; ``line0`` is the file line where the chunk's bytes start, so every line number
lxml reports maps back to the file exactly (the wrapper adds no line). A chunk of a file on disk comes without
``line0``; when its lines matter (bad input, a feature without ``gml:id``) the result says ``needs_line0``
and the import parses it again with it. A chunk is parsed in one call
(``etree.fromstring``: half the CPU of lxml's pull parser fed in slices); an oversized one (beyond
``CLEAR_AFTER_BYTES``: a huge member) is fed to the pull parser in slices, every member cleared once read,
so memory stays bounded by the chunk size.

:func:`parse_chunk` takes and returns plain dicts (plus Arrow tables): it runs in worker processes that
load this package without the rest of the application (see ``parallel.py``), and in-process for small
inputs. It never raises for bad input: the result's ``error`` holds (problem, line, feature).
"""

from __future__ import annotations

import contextlib
import gc
import threading

from lxml import etree

from . import lifting
from .buildings import BuildingReader
from .codelists import CodeListBase, CodeLists
from .common import BUILDING, ROAD, Collector, CoordinateFormatError, FeatureContext
from .geometry import Projector
from .lifting import Unlift
from .roads import RoadReader
from .scan import ends_early
from .tables import ChunkError, build_tables
from .versions import UroInfo

FEED_BYTES = 1 << 18
#: chunks a process parses between two collections of Python's young generations (see :func:`collect_young`; after
#: every chunk, ~1 ms each, they cost the main process ~5% of its CPU on the 200 MB benchmark files, for the same
#: peak RSS)
COLLECT_EVERY = 4
#: Chunks up to this size are parsed whole and their tree freed at once at the end (libxml2 frees a whole tree
#: 3-4x faster than lxml clears member by member, which checks every node for Python proxies); beyond it (an
#: oversized chunk, a huge member) every member is cleared and its predecessors deleted as it is read, so
#: memory stays flat.
CLEAR_AFTER_BYTES = 8 << 20

_codes: CodeLists | None = None
_projectors: dict[tuple[str, str], Projector] = {}


def _codelists() -> CodeLists:
    global _codes
    if _codes is None:
        _codes = CodeLists()
    return _codes


def reset_caches() -> None:
    """Forget loaded code lists (between imports in a long-lived process)."""
    global _codes
    if _codes is not None:
        _codes.close()
    _codes = None


#: one set of parser options for the whole-chunk and the pull parse
_PARSER_OPTIONS = {"huge_tree": True, "remove_blank_text": True, "resolve_entities": False, "no_network": True}


def _pull(f: dict, data: bytes, handle, fed: list) -> None:
    """Parse an oversized chunk with the pull parser fed in slices; ``handle`` clears what it has read."""
    parser = etree.XMLPullParser(events=("end",), tag=f["member_tag"], **_PARSER_OPTIONS)
    parser.feed(f["head"])
    for off in range(0, len(data), FEED_BYTES):
        parser.feed(data[off:off + FEED_BYTES])
        fed[0] = off + FEED_BYTES
        for _ev, el in parser.read_events():
            handle(el)
    parser.feed(f["tail"])
    parser.close()
    for _ev, el in parser.read_events():
        handle(el)


def collect_young(now: bool = False) -> None:
    """Count a parsed chunk and, every :data:`COLLECT_EVERY` chunks (or ``now``), collect Python's young generations.

    A safety net: a parse is meant to leave no reference cycles (see :func:`gc_paused`). One that did (the building
    reader's handlers once held it in a cycle with every record of its chunk) would otherwise be freed only at a
    full collection, rare in a process with many long-lived objects, and grow with the input meanwhile (a parse
    process held ~80 MB more after 120 chunks of 1 MB). Collecting generation 1 every few chunks frees such cycles
    while they are still young, and costs next to nothing when there are none. Called by the import
    (``pipeline._parse``) and by every parse worker (``_worker.py``)."""
    global _parsed
    _parsed += 1
    if now or _parsed % COLLECT_EVERY == 0:
        gc.collect(1)


_parsed = 0   # chunks parsed in this process (see collect_young)
_pause_lock = threading.Lock()
_pauses = [0, False]   # parses running with the collector paused; whether it was enabled before the first


@contextlib.contextmanager
def gc_paused():
    """Pause Python's cyclic garbage collector while a chunk is parsed (threads parsing at once share one pause).

    A parse makes tens of thousands of dicts, lists and tuples, all freed by their reference counts when the chunk is
    done: it makes no reference cycles (checked on every test, sample and benchmark file). Meanwhile the collector
    would run every 700 allocations and walk them again and again, and now and then every object of the process: in
    the main process of an import of the 200 MB LOD1 benchmark file, 0.18 CPU-s. Anything a parse does leave in a
    cycle is collected after it (:func:`collect_young`)."""
    with _pause_lock:
        if _pauses[0] == 0:
            _pauses[1] = gc.isenabled()
            gc.disable()
        _pauses[0] += 1
    try:
        yield
    finally:
        with _pause_lock:
            _pauses[0] -= 1
            if _pauses[0] == 0 and _pauses[1]:
                gc.enable()


def _projector(src: str, dst: str) -> Projector:
    p = _projectors.get((src, dst))
    if p is None:
        p = _projectors[(src, dst)] = Projector(src, dst)
    return p


def parse_chunk(task: dict) -> dict:
    """Parse a chunk task (see ``pipeline.Pipeline.tasks``) into Arrow tables and reports.

    Rings are collected without their line numbers (fast); when a coordinate problem is found, the chunk
    is parsed again recording them, so that the error names the exact line. Python's cyclic collector is paused
    meanwhile (:func:`gc_paused`).
    """
    with gc_paused():
        result = _parse(task, precise=False)
        err = result["error"]
        if err is not None and err[1] is None and err[3]:
            result = _parse(task, precise=True)
    used_lines = result.pop("used_lines", False)
    if task["line0"] is None and (used_lines or result["error"] is not None):
        result["needs_line0"] = True   # its lines were counted from the chunk's start: see pipeline._complete
    result["error"] = None if result["error"] is None else result["error"][:3]
    return result


def _parse(task: dict, precise: bool, lift: bool = True) -> dict:
    f = task["file"]
    line0 = task["line0"] or 1   # (None: not counted, see parse_chunk)
    codes = _codelists()
    uro = UroInfo(**f["uro"])
    ctx = FeatureContext(uro, codes, CodeListBase(f["gml_dir"], f["zip_path"]), f["label"])
    col = Collector(precise=precise)
    breader = BuildingReader(ctx, col)
    rreader = RoadReader(ctx, col)
    result = {"index": task["index"], "file_index": task["file_index"], "end": task["end"], "tables": {},
              "skipped": col.skipped, "warnings": col.warnings, "missing": {}, "not_found": {}, "other_types": col.other_types,
              "unresolved": 0, "members": 0, "error": None}
    source_file = f["source_file"]
    other = col.other_types

    fed = [0]

    def handle(member) -> None:
        result["members"] += 1
        for feat in member:
            tag = feat.tag
            if tag == BUILDING:
                breader.read(feat, line0, source_file)
            elif tag == ROAD:
                rreader.read(feat, line0, source_file)
            elif isinstance(tag, str):
                other[tag] = other.get(tag, 0) + 1
        if fed[0] > CLEAR_AFTER_BYTES:
            member.clear()
            parent = member.getparent()
            if parent is not None:
                while member.getprevious() is not None:
                    del parent[0]

    data = task["data"]
    if data is None:  # range mode: read the chunk's bytes from the file
        with open(task["path"], "rb") as fh:
            fh.seek(task["start"])
            data = fh.read(task["end"] - task["start"])
    if lift and not precise and len(data) <= CLEAR_AFTER_BYTES:
        data, col.lifted = lifting.lift(f["head"], data)   # (building geometry read from the bytes: lifting.py)
    try:
        try:
            if len(data) <= CLEAR_AFTER_BYTES:
                # the whole chunk in one call: half the CPU of the pull parser fed in slices
                root = etree.fromstring(f["head"] + data + f["tail"], etree.XMLParser(**_PARSER_OPTIONS))
                for el in root.iterchildren(f["member_tag"]):
                    handle(el)
                del root
            else:
                _pull(f, data, handle, fed)
        except etree.XMLSyntaxError as exc:
            if task.get("truncated"):   # the tag mismatch at the end is only the symptom of a cut-off file
                result["error"] = (ends_early(task.get("last_line")), task.get("last_line"), None, False)
                return result
            line = exc.lineno if exc.lineno else None
            msg = (exc.msg or str(exc)).split(", line ")[0].split("\n")[0].strip()
            # lxml appends ", line N, column M" to the message: the line is reported separately; some messages
            # continue with a few bytes of the input after a line break, which depend on where libxml2's buffer
            # stands (and so on what was lifted): not kept
            result["error"] = (f"XML error: {msg}", None if line is None else line0 + line - 1, None, False)
            return result
        if task.get("truncated"):
            result["error"] = (ends_early(task.get("last_line")), task.get("last_line"), None, False)
            return result
        meta = {"mesh_code": f["mesh_code"], "uro_version": f["uro_version"], "source_file": source_file}
        result["tables"] = build_tables(col, _projector(f["crs_src"], f["crs_dst"]), f["dim"], meta)
    except Unlift:
        root = None   # (this chunk's tree, freed before the next parse)
        return _parse(task, precise, lift=False)
    except RecursionError:   # (lxml takes up to 2,048 levels; reading attributes that deep recurses too far)
        result["error"] = ("elements nested too deeply to read (over a thousand levels)", None, None, False)
        return result
    except (ChunkError, CoordinateFormatError) as exc:
        line = getattr(exc, "line", None)
        feature = getattr(exc, "feature", None)
        wants_line = bool(getattr(exc, "wants_line", False)) and not precise
        result["error"] = (exc.problem, None if not line else line0 + line - 1, feature, wants_line)
        return result
    result["unresolved"] = col.unresolved_xlinks
    result["used_lines"] = col.used_lines
    result["missing"] = dict(codes.missing)
    result["not_found"] = dict(codes.not_found)
    return result
