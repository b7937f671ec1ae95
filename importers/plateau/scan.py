"""Cut a CityGML byte stream into chunks of whole ``core:cityObjectMember`` elements.

The main process reads each file (or zip member) once, sequentially, in large blocks, and finds the
member start and end tags with ``bytes.find``; it never builds XML trees. Each chunk is the bytes of
consecutive members (several MB), with the text between members replaced by its newlines, so that a
chunk parsed on its own (wrapped in the root tag, see ``reader.py``) reports the file's own line numbers.

Everything after the last member - normally the ``app:appearanceMember`` block with the textures - is
skipped without being kept in memory or parsed; the file must still end with the root end tag, so a
truncated file is reported.

:func:`read_header` parses the prolog and the root start tag with lxml: it checks that this is a
CityGML ``CityModel``, reads the namespace declarations (they decide the i-UR version), the envelope's
``srsName`` and ``srsDimension``, and builds the wrapper used for chunks.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass
from typing import BinaryIO
from xml.sax.saxutils import quoteattr

from lxml import etree

from .versions import CORE_NAMESPACES, GML_NS

BLOCK_BYTES = 4 << 20
HEADER_PROBE = 1 << 16
HEADER_MAX = 1 << 20
TAIL_KEEP = 4096


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


@dataclass
class Chunk:
    data: bytes | None            # the members' bytes (None in range mode: read [start, end) from the file)
    line0: int                    # file line of the chunk's first byte
    end: int                      # stream offset after the chunk's last member
    members: int
    truncated: bool = False
    last_line: int | None = None
    start: int = 0                # stream offset of the chunk's first member


_DECL_ENCODING = re.compile(rb"^\s*<\?xml[^>]*?encoding\s*=\s*[\"']([A-Za-z0-9._-]+)[\"']")
_TRAILING_COMMENTS = re.compile(rb"(?:<!--.*?-->\s*)+$", re.S)


def _root_start_tag(qname: str, nsmap: dict) -> str:
    decls = []
    for prefix, uri in nsmap.items():
        decls.append(f"xmlns={quoteattr(uri)}" if prefix is None else f"xmlns:{prefix}={quoteattr(uri)}")
    return f"<{qname} {' '.join(decls)}>"


class Scanner:
    """Reads one stream: :meth:`header` first, then :meth:`chunks`."""

    def __init__(self, stream: BinaryIO, target_bytes: int = 4 << 20, block_bytes: int = BLOCK_BYTES,
                 keep_data: bool = True):
        """``keep_data=False`` (range mode, for files that workers can read themselves): chunks carry only
        their byte range, which then includes the text between members, and nothing is copied."""
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

    # -- reading -------------------------------------------------------------------------------------
    def _read(self) -> bool:
        if self.eof:
            return False
        data = self.stream.read(self.block)
        if not data:
            self.eof = True
            return False
        self.tail = (self.tail + data)[-TAIL_KEEP:]
        if self.start:
            self.buf = self.buf[self.start:] + data
            self.base += self.start
            self.start = 0
        else:
            self.buf += data
        return True

    def _drop(self, upto: int) -> int:
        """Forget the bytes before stream offset ``upto``; return the number of newlines dropped.

        Only a mark moves; the buffer is compacted on the next read (no copy per member)."""
        i = upto - self.base
        if i <= self.start:
            return 0
        nl = self.buf.count(b"\n", self.start, i)
        self.lines_base += nl
        self.start = i
        return nl

    def _line_at(self, offset: int) -> int:
        return 1 + self.lines_base + self.buf.count(b"\n", self.start, offset - self.base)

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
        srs = dim = None
        if envelope is not None:
            srs = envelope.get("srsName")
            d = envelope.get("srsDimension")
            dim = int(d) if d and d.strip().isdigit() else None
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
                              f"</{qname}>".encode("ascii"))
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
    def chunks(self) -> Iterator[Chunk]:
        h = self._header
        assert h is not None, "header() first"
        pat = h.member_bytes
        L = len(pat)
        keep = self.keep_data
        pos = self._first_member if self._first_member is not None else self.base
        inside = False
        mstart = 0
        pieces: list[bytes] = []
        csize = 0
        cstart = None             # stream offset of the open chunk's first member
        cline0 = 0
        cmembers = 0
        gap_nl = 0
        last_end = None

        def need_more(keep_from: int) -> bool:
            nonlocal gap_nl
            keep_from = min(keep_from, self.base + len(self.buf))
            dropped = self._drop(keep_from)
            if not inside and pieces:
                gap_nl += dropped
            return self._read()

        def hold(at: int) -> int:
            """Where the buffer may be dropped up to: a member being copied must stay."""
            return mstart if (inside and keep) else at

        while True:
            i = self.buf.find(pat, pos - self.base)
            if i < 0:
                pos = max(pos, self.base + len(self.buf) - L - 2)
                if not need_more(hold(pos - 2)):
                    break
                continue
            if i + L >= len(self.buf) and not self.eof:
                need_more(hold(self.base + max(i - 2, 0)))
                continue
            a = self.base + i
            after = self.buf[i + L:i + L + 1]
            is_start = i >= 1 and self.buf[i - 1:i] == b"<"
            is_end = i >= 2 and self.buf[i - 2:i] == b"</"
            if (not is_start and not is_end) or after not in (b" ", b"\t", b"\r", b"\n", b">", b"/"):
                pos = a + 1
                continue
            j = self.buf.find(b">", i + L)
            if j < 0:
                if self.eof:
                    break
                need_more(hold(a - 2))
                continue
            if is_start and not inside:
                tag_start = a - 1
                if cstart is None:
                    cstart = tag_start
                    cline0 = self._line_at(tag_start)
                elif keep:
                    gap_nl += self.buf.count(b"\n", self.start, tag_start - self.base)
                    if gap_nl:
                        pieces.append(b"\n" * gap_nl)
                        csize += gap_nl
                gap_nl = 0
                if self.buf[j - 1:j] == b"/":  # self-closing member
                    if keep:
                        pieces.append(self.buf[tag_start - self.base:j + 1])
                        csize += j + 1 - (tag_start - self.base)
                    cmembers += 1
                    last_end = self.base + j + 1
                    self._drop(last_end)
                    pos = last_end
                else:
                    inside = True
                    mstart = tag_start
                    pos = self.base + j + 1
            elif is_end and inside:
                end = self.base + j + 1
                if keep:
                    pieces.append(self.buf[mstart - self.base:j + 1])
                    csize += end - mstart
                cmembers += 1
                inside = False
                last_end = end
                self._drop(end)
                pos = end
            else:
                pos = self.base + j + 1  # stray tag (nested start or unmatched end): the XML parser will judge
                continue
            if not inside and (csize if keep else last_end - cstart) >= self.target:
                yield Chunk(b"".join(pieces) if keep else None, cline0, last_end, cmembers, start=cstart)
                pieces, csize, cmembers, gap_nl, cstart = [], 0, 0, 0, None

        total_lines = 1 + self.lines_base + self.buf.count(b"\n", self.start)
        if inside:
            if cstart is None:
                cstart, cline0 = mstart, self._line_at(mstart)
            if keep:
                pieces.append(self.buf[mstart - self.base:])
            yield Chunk(b"".join(pieces) if keep else None, cline0, self.base + len(self.buf), cmembers + 1,
                        truncated=True, last_line=total_lines, start=cstart)
            return
        if cstart is not None:
            yield Chunk(b"".join(pieces) if keep else None, cline0, last_end, cmembers, start=cstart)
        tail = _TRAILING_COMMENTS.sub(b"", self.tail.rstrip()).rstrip()
        if not re.search(rb"</" + re.escape(h.root_qname.encode("ascii")) + rb"\s*>$", tail):
            raise ScanError(f"the file ends before the closing </{h.root_qname}> tag (truncated?)", total_lines)
