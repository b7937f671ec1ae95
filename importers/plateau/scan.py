"""Cut a CityGML byte stream into chunks of whole ``core:cityObjectMember`` elements.

The main process reads each file (or zip member) once, sequentially, in large blocks, and finds the
member start and end tags with ``bytes.find``; it never builds XML trees. For a file on disk the lines are not
counted as it goes (``count_lines=False``): a chunk's first line is left unknown (``None``) until someone asks for it
(:class:`LineCounter`), which only a chunk with bad input or a feature without ``gml:id`` needs. Counting them (and
copying every block twice more than needed) had cost the main process 0.14 CPU-s of a 200 MB file's import, now
0.06. (Mapping the file, which cost 0.004, was given up: a mapped file cut short while it is read, or a network share
failing, kills the process with SIGBUS, where a read raises an error the import reports.) Such a file is not even read
whole: the parsers read their chunks themselves, so the scanner reads only the last bytes of each chunk's first
``target_bytes`` (``HEAD_WINDOW``, further back while they hold no member tag) and on from there to the next member
start: the same chunks, from 47 of the 200 MB of the LOD1 benchmark file (0.015 CPU-s instead of 0.035). Each chunk
is the bytes of consecutive members (several MB), with the text between members replaced by its newlines, so that a
chunk parsed on its own (wrapped in the root tag, see ``reader.py``) reports the file's own line numbers.

Everything after the last member - normally the ``app:appearanceMember`` block with the textures - is
skipped without being kept in memory or parsed; the file must still end with the root end tag, so a
truncated file is reported.

:func:`read_header` parses the prolog and the root start tag with lxml: it checks that this is a
CityGML ``CityModel``, reads the namespace declarations (they decide the i-UR version), the envelope's
``srsName`` and ``srsDimension``, and builds the wrapper used for chunks.
"""

from __future__ import annotations

import os
import re
from collections.abc import Iterator
from dataclasses import dataclass
from typing import BinaryIO
from xml.sax.saxutils import quoteattr

from lxml import etree

from twin.messages import tr

from . import messages_ja  # noqa: F401  (Japanese for the messages below)

from .versions import CORE_NAMESPACES, GML_NS

BLOCK_BYTES = 4 << 20
HEADER_PROBE = 1 << 16
HEADER_MAX = 1 << 20
TAIL_KEEP = 4096
GAP_BYTES = 1 << 20   # non-member content longer than this ends a chunk (and is never held or parsed)
#: range mode: the bytes before a chunk's target end that are read to find the member tags there (the rest of the
#: chunk is read by the parser, not here: see Scanner.chunks)
HEAD_WINDOW = 64 << 10


def ends_early(line: int | None, root_tag: str | None = None) -> str:
    """What to say about a cut-off file: where it ends, and what was still open there."""
    if root_tag is None:
        return tr("the file ends early (at line {line}), in the middle of a city object: it was probably cut off "
                  "(an incomplete download or copy)", line=line if line else "?")
    return tr("the file ends early (at line {line}), before the closing </{tag}> tag: it was probably cut off "
              "(an incomplete download or copy)", line=line if line else "?", tag=root_tag)


class ScanError(Exception):
    """Bad input found by the scanner: problem and (1-based) line."""

    def __init__(self, problem: str, line: int | None = None):
        self.problem, self.line = problem, line
        super().__init__(problem)


@dataclass
class Header:
    root_qname: str               # e.g. "core:CityModel"
    nsmap: dict                   # prefix → URI declared on the root
    member_tag: str               # Clark name of cityObjectMember
    member_bytes: bytes           # b"core:cityObjectMember" (what follows "<" or "</")
    srs_name: str | None
    srs_dim: int | None
    head: bytes                   # xml declaration + root start tag, no newline
    tail: bytes                   # root end tag
    lower_corner: tuple[float, ...] | None = None   # of the CityModel's gml:Envelope, in srs_name axis order
    upper_corner: tuple[float, ...] | None = None


@dataclass
class Chunk:
    data: bytes | None            # the members' bytes (None in range mode: read [start, end) from the file)
    line0: int | None             # file line of the chunk's first byte (None when not counted: see LineCounter)
    end: int                      # stream offset after the chunk's last member
    members: int                  # (not counted: the parser counts them)
    truncated: bool = False
    last_line: int | None = None
    start: int = 0                # stream offset of the chunk's first member


_DECL_ENCODING = re.compile(rb"^\s*<\?xml[^>]*?encoding\s*=\s*[\"']([A-Za-z0-9._-]+)[\"']")


def _corner(envelope, name: str) -> tuple[float, ...] | None:
    """The numbers of an Envelope's ``gml:lowerCorner`` / ``gml:upperCorner``; None when absent or not numbers."""
    el = envelope.find(f"{{{GML_NS}}}{name}")
    if el is None or not el.text:
        return None
    try:
        values = tuple(float(v) for v in el.text.split())
    except ValueError:
        return None
    return values if len(values) >= 2 else None


def _root_start_tag(qname: str, nsmap: dict) -> str:
    decls = []
    for prefix, uri in nsmap.items():
        decls.append(f"xmlns={quoteattr(uri)}" if prefix is None else f"xmlns:{prefix}={quoteattr(uri)}")
    return f"<{qname} {' '.join(decls)}>"


class Scanner:
    """Reads one stream: :meth:`header` first, then :meth:`chunks`."""

    def __init__(self, stream: BinaryIO, target_bytes: int = 4 << 20, block_bytes: int = BLOCK_BYTES,
                 keep_data: bool = True, count_lines: bool = True):
        """``keep_data=False`` (range mode, for files that workers can read themselves): chunks carry only
        their byte range, which then includes the text between members, and nothing is copied.
        ``count_lines=False`` (a seekable stream, e.g. a file on disk): chunks have no ``line0`` (see
        :class:`LineCounter`)."""
        self.stream = stream
        self.keep_data = keep_data
        self.target = max(1, target_bytes)
        self.block = max(block_bytes, 1 << 12)
        self.buf = b""
        self.base = 0            # stream offset of buf[0]
        self.start = 0           # index in buf of the first byte still needed
        self.lines_base = 0      # newlines before buf[start]
        self.eof = False
        self.tail = b""
        self._header: Header | None = None
        self._first_member: int | None = None
        self.count_lines = count_lines
        seekable = getattr(stream, "seekable", None)
        self.can_skip = not keep_data and not count_lines and seekable is not None and seekable()
        self.head_window = HEAD_WINDOW
        self.read_size = self.block

    # -- reading -------------------------------------------------------------------------------------
    def _read(self) -> bool:
        if self.eof:
            return False
        data = self.stream.read(self.read_size)
        if not data:
            self.eof = True
            return False
        self.tail = (self.tail + data[-TAIL_KEEP:])[-TAIL_KEEP:]
        if self.start:
            self.buf = self.buf[self.start:] + data
            self.base += self.start
            self.start = 0
        else:
            self.buf += data
        return True

    def _seek(self, pos: int, read_size: int | None = None) -> None:
        """Go on reading the stream at ``pos`` (``read_size`` bytes at a time), the buffer forgotten (range mode)."""
        self.stream.seek(pos)
        self.buf, self.base, self.start, self.tail, self.eof = b"", pos, 0, b"", False
        self.read_size = read_size or self.block

    def _head(self, cstart: int, S: bytes, E: bytes) -> tuple[int, int, int]:
        """Read a chunk's head (its first ``target`` bytes); return (its end, the buffer index of the last member
        start tag in it, of the last end tag; -1 for none).

        In range mode only the head's last bytes are read (the parser reads the chunk itself): the last
        ``head_window``, four times more of them (read backwards) while they hold no member tag (a long member, a gap).
        Which tags are last is all that is needed from it."""
        self.read_size = self.block
        want = cstart + self.target
        window = self.head_window
        if self.can_skip and want - window > self._abs_end() and want + window <= self._size():
            lo = want - window
            self._seek(lo, 2 * window)
            hi, i, k = self._head_tags(cstart, S, E)
            while hi == want and i < 0 and k < 0 and lo > cstart:
                new_lo = max(cstart, want - 4 * (want - lo))
                self.stream.seek(new_lo)
                more = self.stream.read(lo - new_lo)
                if len(more) != lo - new_lo:   # (the file changed meanwhile)
                    break
                self.buf, self.base, lo = more + self.buf, new_lo, new_lo
                self.stream.seek(self._abs_end())
                hi, i, k = self._head_tags(cstart, S, E)
            if hi == want and (i >= 0 or k >= 0):
                return hi, i, k
            self._seek(cstart)
        return self._head_tags(cstart, S, E)

    def _head_tags(self, cstart: int, S: bytes, E: bytes) -> tuple[int, int, int]:
        while self._abs_end() < cstart + self.target + len(S) and self._read():
            pass
        hi = min(cstart + self.target, self._abs_end())
        lo = max(cstart - self.base, 0)
        return hi, self.buf.rfind(S, lo, hi - self.base), self.buf.rfind(E, lo, hi - self.base)

    def _size(self) -> int:
        try:
            return os.fstat(self.stream.fileno()).st_size
        except (OSError, AttributeError, ValueError):
            return -1

    def _drop(self, upto: int) -> int:
        """Forget the bytes before stream offset ``upto``; return the number of newlines dropped.

        Only a mark moves; the buffer is compacted on the next read (no copy per member)."""
        i = upto - self.base
        if i <= self.start:
            return 0
        if not self.count_lines:   # (counted only on demand)
            self.start = i
            return 0
        nl = self.buf.count(b"\n", self.start, i)
        self.lines_base += nl
        self.start = i
        return nl

    def _line_at(self, offset: int) -> int | None:
        if not self.count_lines:
            return None
        return 1 + self.lines_base + self.buf.count(b"\n", self.start, offset - self.base)

    def _total_lines(self) -> int:
        """The number of the stream's last line (everything has been read)."""
        if not self.count_lines:   # read it again, counting (a cut-off file is being reported)
            return 1 + _newlines(self.stream, 0)
        return 1 + self.lines_base + self.buf.count(b"\n", self.start)

    # -- header --------------------------------------------------------------------------------------
    def header(self) -> Header:
        while len(self.buf) < HEADER_PROBE and self._read():
            pass
        if not self.buf:
            raise ScanError("the file is empty", None)
        start = self.buf[:4]
        if start.startswith((b"\xff\xfe", b"\xfe\xff")) or start in (b"\x00<\x00?", b"<\x00?\x00"):
            raise ScanError("UTF-16 encoded XML is not supported; PLATEAU CityGML is UTF-8", 1)
        parser = etree.XMLPullParser(events=("start", "end"), resolve_entities=False, no_network=True,
                                     huge_tree=True)
        root = envelope = None
        fed = 0

        def feed(limit: int) -> None:
            nonlocal fed, root, envelope
            if limit > fed:
                parser.feed(self.buf[fed:limit])
                fed = limit
            for ev, el in parser.read_events():
                if ev == "start" and root is None:
                    root = el
                elif ev == "end" and envelope is None and el.tag == f"{{{GML_NS}}}Envelope":
                    envelope = el

        try:
            while root is None and fed < HEADER_MAX:
                limit = min(len(self.buf), fed + HEADER_PROBE, HEADER_MAX)
                if limit > fed:
                    feed(limit)
                elif not self._read():
                    break
            if root is None:
                parser.close()  # raises for incomplete or non-XML input
                raise ScanError("no XML root element found", None)
            self._check_root(root)
            member_pos = self._find_first_member(root)
            if envelope is None:
                feed(min(len(self.buf) if member_pos is None else member_pos - self.base, HEADER_MAX))
        except etree.XMLSyntaxError as exc:
            msg = (exc.msg or str(exc)).split(", line ")[0]
            raise ScanError(f"not well-formed XML: {msg}", exc.lineno or None) from None
        srs = dim = lower = upper = None
        if envelope is not None:
            srs = envelope.get("srsName")
            d = envelope.get("srsDimension")
            dim = int(d) if d and d.strip().isdigit() else None
            lower = _corner(envelope, "lowerCorner")
            upper = _corner(envelope, "upperCorner")
        m = _DECL_ENCODING.match(self.buf[3:] if self.buf.startswith(b"\xef\xbb\xbf") else self.buf)
        enc = m.group(1).decode("ascii") if m else "UTF-8"
        qname = f"{root.prefix}:{etree.QName(root).localname}" if root.prefix else etree.QName(root).localname
        nsmap = dict(root.nsmap)
        core_prefix = root.prefix
        head = (f'<?xml version="1.0" encoding="{enc}"?>' + _root_start_tag(qname, nsmap)).replace("\n", " ")
        member_local = "cityObjectMember"
        member_bytes = (f"{core_prefix}:{member_local}" if core_prefix else member_local).encode("ascii")
        self._header = Header(qname, nsmap, f"{{{etree.QName(root).namespace}}}{member_local}", member_bytes,
                              srs, dim, head.encode("utf-8"),
                              f"</{qname}>".encode("ascii"), lower, upper)
        self._first_member = member_pos
        return self._header

    def _check_root(self, root) -> None:
        q = etree.QName(root)
        if q.localname != "CityModel" or q.namespace not in CORE_NAMESPACES:
            raise ScanError(f"not CityGML: the root element is <{root.tag}>, expected a CityGML 2.0 "
                            f"core:CityModel ({CORE_NAMESPACES[0]})", root.sourceline)

    def _find_first_member(self, root) -> int | None:
        pat = ((root.prefix + ":") if root.prefix else "").encode("ascii") + b"cityObjectMember"
        i = self.buf.find(b"<" + pat)
        return None if i < 0 else self.base + i

    # -- chunks --------------------------------------------------------------------------------------
    def _abs_end(self) -> int:
        return self.base + len(self.buf)

    def _is_tag(self, at: int, pat: bytes) -> bool:
        """``pat`` at ``at`` is a whole tag name (followed by whitespace, '>' or '/')."""
        while at - self.base + len(pat) >= len(self.buf) and self._read():
            pass
        i = at - self.base + len(pat)
        return i < len(self.buf) and self.buf[i:i + 1] in (b" ", b"\t", b"\r", b"\n", b">", b"/")

    def _first_start(self, S: bytes) -> int | None:
        pos = self._first_member if self._first_member is not None else self.base + self.start
        while True:
            i = self.buf.find(S, pos - self.base)
            if i >= 0:
                at = self.base + i
                if self._is_tag(at, S):
                    return at
                pos = at + 1
                continue
            pos = max(pos, self._abs_end() - len(S) + 1)
            self._drop(pos)
            if not self._read():
                return None

    def chunks(self) -> Iterator[Chunk]:
        """Chunks of about ``target_bytes``: from a member start to the next chunk's first member (whole
        members and the whitespace between them); a chunk also ends before a long stretch of non-member
        content (``GAP_BYTES``), and the last one ends after the last member's end tag, so the appearance
        block that follows is skipped. The bytes are searched once with ``bytes.find``/``rfind`` per
        buffer, not member by member."""
        h = self._header
        assert h is not None, "header() first"
        S = b"<" + h.member_bytes
        E = b"</" + h.member_bytes
        keep = self.keep_data
        q = self._first_start(S)
        while q is not None:
            cstart = q
            self._drop(cstart)
            line0 = self._line_at(cstart)
            # the head: the first target_bytes of the chunk, held in the buffer (in range mode only its last bytes)
            hi, i, k = self._head(cstart, S, E)
            # (when only the last bytes were read, the last start tag may lie before them: then it is before the last
            # end tag, which is all that the comparisons below ask)
            last_s = self.base + i
            last_e = None if k < 0 else self.base + k     # start of the last member end tag seen
            # (tags found again by the forward search below are harmless: the later one wins)
            last_end = None                                 # offset after its '>'
            pos = max(cstart + 1, hi - len(E))   # (tags straddling hi are found by the forward search)
            gap_end = None                                  # chunk end when a long gap was met
            frozen = None
            q = None
            while True:
                j = self.buf.find(S, pos - self.base)
                lim = len(self.buf) if j < 0 else j
                k = self.buf.rfind(E, pos - self.base, lim)
                if k >= 0 and gap_end is None:
                    last_e, last_end = self.base + k, None
                if last_e is not None and last_end is None:
                    t = self.buf.find(b">", last_e - self.base)
                    if t >= 0:
                        last_end = self.base + t + 1
                if j >= 0:
                    at = self.base + j          # (before _is_tag, which may read on and move the buffer)
                    if self._is_tag(at, S):
                        q = at
                        break
                    pos = at + 1
                    continue
                pos = max(pos, self._abs_end() - len(E) + 1)
                inside = last_e is None or last_s > last_e
                if (gap_end is None and not inside and last_end is not None
                        and self._abs_end() - last_end > GAP_BYTES):
                    gap_end = last_end   # a long stretch without members: end the chunk here
                    frozen = self.buf[cstart - self.base:gap_end - self.base] if keep else None
                if gap_end is not None:
                    keep_from = pos
                elif keep or last_end is None:
                    keep_from = cstart if keep else (last_e if last_e is not None else pos)
                else:
                    keep_from = pos
                self._drop(min(keep_from, pos))
                if not self._read():
                    break
            if gap_end is not None:
                yield Chunk(frozen, line0, gap_end, 0, start=cstart)
                continue
            if q is not None:
                yield Chunk(self.buf[cstart - self.base:q - self.base] if keep else None, line0, q, 0, start=cstart)
                continue
            # end of the stream without another member
            if last_end is None or last_s > last_e:
                yield Chunk(self.buf[cstart - self.base:] if keep else None, line0, self._abs_end(), 0,
                            truncated=True, last_line=self._total_lines(), start=cstart)
                return
            yield Chunk(self.buf[cstart - self.base:last_end - self.base] if keep else None, line0, last_end, 0,
                        start=cstart)
        tail = self.tail.rstrip()
        while tail.endswith(b"-->") and b"<!--" in tail:  # trailing comments after the root are allowed
            tail = tail[:tail.rindex(b"<!--")].rstrip()
        if not re.search(rb"</" + re.escape(h.root_qname.encode("ascii")) + rb"\s*>$", tail):
            total_lines = self._total_lines()
            raise ScanError(ends_early(total_lines, h.root_qname), total_lines)


class LineCounter:
    """File line numbers of byte offsets in one file, counted when asked: forward from the offset asked last (the
    import asks in file order), from the start again for an earlier one."""

    def __init__(self, path: str):
        self.path = path
        self.offset = 0
        self.line = 1

    def line_at(self, offset: int) -> int:
        """The line of the byte at ``offset`` (1-based)."""
        if offset < self.offset:
            self.offset, self.line = 0, 1
        with open(self.path, "rb") as f:
            self.line += _newlines(f, self.offset, offset - self.offset)
        self.offset = offset
        return self.line


def _newlines(f: BinaryIO, start: int, size: int | None = None) -> int:
    """Newlines in ``size`` bytes of the seekable ``f`` from ``start`` (to its end when None), a block at a time."""
    f.seek(start)
    n = 0
    while size is None or size > 0:
        block = f.read(BLOCK_BYTES if size is None else min(size, BLOCK_BYTES))
        if not block:
            break
        n += block.count(b"\n")
        if size is not None:
            size -= len(block)
    return n
