"""Which column of a table file holds which field: the one copy shared by the CSV importers and the GUI's Columns…
dialog.

A table importer (road reports, AVL plough feeds) declares the fields a user may map (``Importer.map_fields``), the
header names it recognises for each (*candidates*), and what it cannot do without (``Importer.required_fields``, a
tuple of :class:`Need`). The ``map`` option (``--map field=column`` on the CLI, the Columns… dialog in the GUI) names
the columns of headers it does not know; ``field=`` (no column) says a field is not in the file, so no candidate is
taken for it. This module holds:

* reading the head of a CSV file cheaply (:func:`head_text`, :func:`csv_header`, :func:`preview`) in the encodings
  of :mod:`importers.textfiles`, and its records with their line numbers and raw text (:func:`csv_records`);
* header matching: :func:`key` (the form in which headers are compared: NFKC, lower case, no spaces, ``_-./()``),
  :func:`parse_map`, :func:`map_option` (its inverse), :func:`resolve` (field → column index: the map first, then
  the candidates) and :func:`guess` (field → column name, what an importer picks by itself);
* :class:`ProbeWriter`, a writer that keeps nothing, for reading a file's first rows (``Importer.locate``);
* requirements: :class:`Need` and :func:`check_required`, which raises :class:`MissingColumns` (an
  :class:`~twin.errors.InputError` naming the missing fields and the file's columns; the GUI offers Columns… for it).
"""

from __future__ import annotations

import csv
import io
import re
import unicodedata
from collections.abc import Iterable, Iterator, Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from importers.textfiles import decode
from twin.errors import InputError

#: how much of a file is read to sniff it or show its head
SNIFF_BYTES = 64 * 1024
#: separators of ``map`` pairs ("lat=緯度,lon=経度" or one per line)
_PAIR_SEP = re.compile(r"[,;\n]")
_KEY_DROP = re.compile(r"[\s_\-.()/・]")
#: a unit or note in brackets after a header (``ひび割れ率(%)``, ``緯度【度】``): not part of the name
_UNITS = re.compile(r"[(\[【][^)\]】]*[)\]】]")


def map_help(fields: Iterable[str]) -> str:
    """The help text of a ``map`` option (the CLI shows it)."""
    return ("field=column pairs, comma-separated, for headers not recognised; field= (no column) when the file has "
            "none (fields: " + ", ".join(fields) + ")")


# -- requirements ----------------------------------------------------------------------------------------------


@dataclass(frozen=True)
class Need:
    """One thing an importer cannot read a file without: any one of ``alternatives``, each a ``+``-joined set of
    fields that must all have a column (``Need("lat+lon", "wkt")``: latitude and longitude, or a WKT column).
    ``unless_option``: the need is met by that option instead (AVL feeds: ``vehicle`` names the one vehicle)."""

    alternatives: tuple[str, ...]
    unless_option: str | None = None

    def __init__(self, *alternatives: str, unless_option: str | None = None):
        object.__setattr__(self, "alternatives", alternatives)
        object.__setattr__(self, "unless_option", unless_option)

    @property
    def groups(self) -> tuple[tuple[str, ...], ...]:
        """The alternatives as tuples of field names."""
        return tuple(tuple(a.split("+")) for a in self.alternatives)

    @property
    def fields(self) -> tuple[str, ...]:
        """Every field this need names, in order (the dialog marks them as required)."""
        return tuple(dict.fromkeys(f for g in self.groups for f in g))

    def met(self, mapped: Iterable[str], options: Mapping[str, Any] | None = None) -> bool:
        have = set(mapped)
        if self.unless_option and (options or {}).get(self.unless_option) not in (None, ""):
            return True
        return any(set(g) <= have for g in self.groups)

    def __str__(self) -> str:
        """``lat and lon, or wkt``."""
        return ", or ".join(" and ".join(g) for g in self.groups)


def unmet(needs: Iterable[Need], mapped: Iterable[str], options: Mapping[str, Any] | None = None) -> list[Need]:
    """The needs that ``mapped`` (fields with a column) does not meet."""
    mapped = set(mapped)
    return [n for n in needs if not n.met(mapped, options)]


class MissingColumns(InputError):
    """A file lacks columns an importer needs: ``missing`` (the unmet needs) and ``columns`` (the file's header)."""

    def __init__(self, path: str | Path, missing: list[Need], columns: list[str], example: str = "",
                 where: str = ""):
        self.missing = list(missing)
        self.columns = list(columns)
        text = "; ".join(str(n) for n in missing)
        hint = "name them with the map option" + (f", e.g. map={example}" if example else "")
        super().__init__(path, f"{where}no column for {text} (columns: {', '.join(columns)}); {hint}")


def check_required(needs: Iterable[Need], cols: Mapping[str, int], header: list[str], path: Path, *,
                   options: Mapping[str, Any] | None = None, example: str = "", where: str = "") -> None:
    """Raise :class:`MissingColumns` unless the resolved ``cols`` (field → index) meet every need."""
    missing = unmet(needs, cols, options)
    if missing:
        raise MissingColumns(path, missing, header, example, where)


# -- headers ---------------------------------------------------------------------------------------------------


def key(name: str) -> str:
    """A header as headers are compared: NFKC (full-width letters and brackets to ASCII), lower case, without a
    unit in brackets (``ひび割れ率(%)`` = ``ひび割れ率``; a header that is all brackets keeps its text) and without
    spaces and ``_ - . ( ) / ・`` (``Report ID`` = ``report_id`` = ``ＲｅｐｏｒｔＩＤ``)."""
    s = unicodedata.normalize("NFKC", str(name)).strip().lower()
    bare = _UNITS.sub("", s)
    return _KEY_DROP.sub("", bare if bare.strip() else s)


def parse_map(value: Any, fields: Iterable[str]) -> dict[str, str]:
    """The ``map`` option as {field: column}: ``"lat=緯度,lon=経度"`` (pairs separated by ``,``, ``;`` or new
    lines) or a dict. A field with an empty column (``description=``) is not in the file. :class:`ValueError`
    names a pair that is not ``field=column`` or a field the importer does not have."""
    if value in (None, ""):
        return {}
    if isinstance(value, Mapping):
        pairs = {str(k).strip(): "" if v is None else str(v).strip() for k, v in value.items()}
    else:
        pairs = {}
        for part in _PAIR_SEP.split(str(value)):
            if not part.strip():
                continue
            if "=" not in part:
                raise ValueError(f"map: {part.strip()!r} is not field=column")
            k, v = part.split("=", 1)
            pairs[k.strip()] = v.strip()
    fields = tuple(fields)
    unknown = sorted(set(pairs) - set(fields))
    if unknown:
        raise ValueError(f"map: unknown field(s) {', '.join(unknown)}; fields are {', '.join(fields)}")
    return pairs


def map_option(mapping: Mapping[str, str | None]) -> str | dict[str, str]:
    """The ``map`` option for {field: column or None (not in the file)}: the ``"f=c,f2=c2,f3="`` text the CLI
    takes, or the dict itself when a column name holds a pair separator (``,`` ``;`` or a new line)."""
    clean = {f: (c or "") for f, c in mapping.items()}
    if any(_PAIR_SEP.search(c) for c in clean.values()):
        return clean
    return ",".join(f"{f}={c}" for f, c in clean.items())


def _index(header: list[str], keys: list[str], column: str) -> int | None:
    if column in header:
        return header.index(column)
    k = key(column)
    return keys.index(k) if k in keys else None


def resolve(header: list[str], mapping: Mapping[str, str], candidates: Mapping[str, Iterable[str]], path: Path, *,
            first: Mapping[str, Iterable[str]] | None = None, skip: Iterable[str] = ()) -> dict[str, int]:
    """{field: column index} for a file's ``header``.

    ``mapping`` (from :func:`parse_map`) comes first: its columns must exist (:class:`InputError` otherwise) and an
    empty column leaves its field out. Then ``first`` (format-specific headers, taken even when another field has
    that column), then ``candidates`` in order, each column used once. Fields in ``skip`` are only taken from
    ``mapping``."""
    keys = [key(h) for h in header]
    out: dict[str, int] = {}
    absent = {f for f, c in mapping.items() if not c}
    for fld, col in mapping.items():
        if not col:
            continue
        j = _index(header, keys, col)
        if j is None:
            raise InputError(path, f"map: no column {col!r} (for {fld}); the columns are {', '.join(header)}")
        out[fld] = j
    for fld, cands in (first or {}).items():
        if fld in out or fld in absent:
            continue
        hit = next((keys.index(key(c)) for c in cands if key(c) in keys), None)
        if hit is not None:
            out[fld] = hit
    used = set(out.values())
    skip = set(skip) | absent
    for fld, cands in candidates.items():
        if fld in out or fld in skip:
            continue
        for c in cands:
            k = key(c)
            if k in keys and keys.index(k) not in used:
                out[fld] = keys.index(k)
                used.add(out[fld])
                break
    return out


def guess(header: list[str], candidates: Mapping[str, Iterable[str]], *,
          first: Mapping[str, Iterable[str]] | None = None, skip: Iterable[str] = ()) -> dict[str, str]:
    """{field: column name}: what :func:`resolve` picks for ``header`` without a ``map``."""
    cols = resolve(header, {}, candidates, Path("?"), first=first, skip=skip)
    return {f: header[j] for f, j in sorted(cols.items(), key=lambda fc: fc[1])}


# -- CSV text --------------------------------------------------------------------------------------------------


def head_text(data: bytes, path: Path | None = None, limit: int = SNIFF_BYTES) -> str:
    """The decoded head of a file (``data``: its first ``limit`` bytes); when the file went on, the last, cut line
    is dropped. Undecodable bytes are replaced, never refused."""
    text = decode(data, path, partial=True)
    if len(data) >= limit and "\n" in text:
        text = text[:text.rindex("\n") + 1]
    return text


def read_head(path: Path, limit: int = SNIFF_BYTES) -> str:
    """The decoded first ``limit`` bytes of ``path`` (see :func:`head_text`)."""
    with open(path, "rb") as f:
        return head_text(f.read(limit), path, limit)


def delimiter(first_line: str) -> str:
    """Tab, semicolon or comma: whichever the header line has most of (comma on a tie)."""
    tabs, semis, commas = first_line.count("\t"), first_line.count(";"), first_line.count(",")
    return "\t" if tabs > commas and tabs >= semis else ";" if semis > commas else ","


def header_of(text: str) -> list[str]:
    """The first row of CSV ``text``, stripped."""
    first = text.split("\n", 1)[0]
    return [h.strip() for h in next(csv.reader([first], delimiter=delimiter(first)), [])]


def csv_header(path: Path, suffixes: tuple[str, ...] = (".csv", ".txt", ".tsv")) -> list[str] | None:
    """The first row of a CSV file (two columns at least), or None when ``path`` is not a readable CSV."""
    if not path.is_file() or path.suffix.lower() not in suffixes:
        return None
    try:
        return header_from_head(read_head(path))
    except (InputError, OSError):
        return None


def header_from_head(text: str) -> list[str] | None:
    """The header of a CSV file's head ``text``, or None when it does not look like one (binary, blank, one
    column)."""
    first = text.split("\n", 1)[0]
    if "\x00" in first or not first.strip():
        return None
    header = header_of(text)
    return header if len(header) >= 2 else None


def csv_records(text: str) -> Iterator[tuple[int, list[str], str]]:
    """(first line, fields, raw text) of each record after the header; blank lines skipped. A quoted field may
    span lines: the record's line is where it starts, its raw text all its lines."""
    lines = text.split("\n")
    reader = csv.reader(io.StringIO(text), delimiter=delimiter(lines[0]))
    prev = 0
    for row in reader:
        start, prev = prev + 1, reader.line_num
        if start == 1:
            continue
        if not row or all(not c.strip() for c in row):
            continue
        yield start, row, "\n".join(lines[start - 1:reader.line_num])


def preview(text: str, rows: int = 5) -> tuple[list[str], list[list[str]]] | None:
    """(header, the first ``rows`` records) of CSV ``text`` (the head of a file), or None when it is not a CSV."""
    header = header_from_head(text)
    if header is None:
        return None
    out: list[list[str]] = []
    try:
        for _line, row, _raw in csv_records(text):
            if len(out) >= rows:
                break
            out.append(row)
    except csv.Error:
        pass
    return header, out


class ProbeWriter:
    """A writer stand-in that keeps nothing, for reading the first rows of a file before an import (``locate``:
    where the data lies). Rows it would reject are just not there."""

    crs = "EPSG:4326"

    def reject(self, **kw: Any) -> None:
        pass

    def warn(self, *a: Any, **kw: Any) -> None:
        pass

    def progress(self, *a: Any, **kw: Any) -> None:
        pass


__all__ = ["MissingColumns", "Need", "ProbeWriter", "SNIFF_BYTES", "check_required", "csv_header", "csv_records",
           "delimiter", "guess", "head_text", "header_from_head", "header_of", "key", "map_help", "map_option",
           "parse_map", "preview", "read_head", "resolve", "unmet"]
