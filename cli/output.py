"""Printing query results as an aligned table, CSV or JSON."""

from __future__ import annotations

import csv
import datetime as dt
import decimal
import json
import sys
from collections.abc import Sequence
from typing import Any, TextIO

MAX_CELL = 60


def _plain(value: Any) -> Any:
    if isinstance(value, (dt.date, dt.datetime, dt.time, decimal.Decimal)):
        return str(value)
    if isinstance(value, (bytes, bytearray)):
        return value.hex()
    return value


def write_rows(columns: Sequence[str], rows: Sequence[Sequence[Any]], fmt: str = "table",
               stream: TextIO | None = None, *, wide: bool = False) -> list[str]:
    """Print the rows; the columns in which the table format cut a long value to :data:`MAX_CELL` characters
    (none with ``wide``, which prints every value whole)."""
    out = stream or sys.stdout
    if fmt == "csv":
        w = csv.writer(out, lineterminator="\n")
        w.writerow(columns)
        w.writerows([[("" if v is None else _plain(v)) for v in r] for r in rows])
    elif fmt == "json":
        json.dump([{c: _plain(v) for c, v in zip(columns, r)} for r in rows], out, ensure_ascii=False,
                  indent=1, default=str)
        out.write("\n")
    else:
        return write_table(columns, rows, out, limit=None if wide else MAX_CELL)
    return []


def cut_note(columns: Sequence[str]) -> str:
    """The line saying which columns :func:`write_rows` cut, and how to see them whole."""
    names = ", ".join(columns)
    return (f"note: long values in column{'s' if len(columns) != 1 else ''} {names} are cut to {MAX_CELL} "
            "characters (ending in …); --wide, --format csv or --format json print them whole")


def print_result(result: tuple[Sequence[str], Sequence[Sequence[Any]]] | None, fmt: str = "table", *,
                 wide: bool = False) -> int:
    """Print what ``kaga-twin sql`` (or ``lake sql``) ran: the rows of its last query, with the note on cut values
    on stderr, or OK for statements without a result. Returns the exit code (0)."""
    if result is None:  # statements without a result (UPDATE, CREATE, …)
        print("OK")
        return 0
    columns, rows = result
    cut = write_rows(columns, rows, fmt, wide=wide)
    if cut:
        sys.stdout.flush()
        print(cut_note(cut), file=sys.stderr)
    return 0


def _cell_text(value: Any) -> str:
    text = f"{value:.6g}" if isinstance(value, float) else str(_plain(value))
    return text.replace("\n", " ")


def _cell(value: Any, limit: int | None) -> str:
    if value is None:
        return "NULL"
    text = _cell_text(value)
    return text if limit is None or len(text) <= limit else text[: limit - 1] + "…"


def _was_cut(value: Any, limit: int | None) -> bool:
    return value is not None and limit is not None and len(_cell_text(value)) > limit


def _width(text: str) -> int:
    """Display width: East Asian wide characters take two columns."""
    import unicodedata
    return sum(2 if unicodedata.east_asian_width(ch) in "WF" else 1 for ch in text)


def write_table(columns: Sequence[str], rows: Sequence[Sequence[Any]], out: TextIO,
                limit: int | None = MAX_CELL) -> list[str]:
    """An aligned table, values longer than ``limit`` cut (ending in "…"); the names of the columns cut."""
    cells = [[_cell(v, limit) for v in r] for r in rows]
    cut = [c for i, c in enumerate(columns) if any(_was_cut(r[i], limit) for r in rows)]
    widths = [max([_width(c)] + [_width(r[i]) for r in cells]) for i, c in enumerate(columns)]

    def line(values: Sequence[str]) -> str:
        return " | ".join(v + " " * (w - _width(v)) for v, w in zip(values, widths)).rstrip()

    out.write(line(list(columns)) + "\n")
    out.write("-+-".join("-" * w for w in widths) + "\n")
    for r in cells:
        out.write(line(r) + "\n")
    out.write(f"({len(rows)} row{'s' if len(rows) != 1 else ''})\n")
    return cut
