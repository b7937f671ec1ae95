"""An example filter for the attribute table's placeholder, made from the shown table's own columns and values.

The roads table gets a roads example (``function = '一般道路' AND width > 6``), buildings a buildings one, and
a theme's table one of its own, with no hint to maintain per table: the text column with the most distinct
values up to :data:`MAX_CATEGORIES` gives ``column = 'its most common value'``, the first numeric measure
gives ``column > a round number near its upper quartile``. Only a sample of :data:`SAMPLE_ROWS` rows is read.
"""

from __future__ import annotations

import math
import re

import duckdb

from twin.document import quote_ident

SAMPLE_ROWS = 5000
MAX_CATEGORIES = 30
_TEXT = ("VARCHAR",)
_NUMBER = ("DOUBLE", "FLOAT", "REAL", "DECIMAL", "INTEGER", "BIGINT", "SMALLINT", "HUGEINT")
#: bookkeeping columns nobody filters by
_SKIP = re.compile(r"^(id|fid|rowid|gml_id|lod|mesh_code|uro_version|source_file|attributes|lat|lon|latitude|longitude|"
                   r"x|y|z|.*_(id|code|key|raw|node))$", re.IGNORECASE)


def is_bookkeeping(column: str) -> bool:
    """An id, code, key, coordinate or provenance column (nobody filters or sums by it)."""
    return bool(_SKIP.match(column))


def _round_nicely(v: float, lo: float, hi: float) -> str:
    """``v`` with as few significant digits as keep it strictly inside (lo, hi]."""
    if not math.isfinite(v) or v == 0:
        return "0"
    for digits in range(1, 8):
        nice = float(f"{v:.{digits}g}")
        if lo < nice <= hi:
            return f"{nice:g}"
    return f"{v:g}"


def _quote_value(text: str) -> str:
    return "'" + text.replace("'", "''") + "'"


def filter_example(cursor: duckdb.DuckDBPyConnection, from_sql: str, columns: list[tuple[str, str]]) -> str | None:
    """``column = 'value' AND measure > n`` for the rows of ``from_sql`` (a FROM item), or None when the table
    has neither a categorical text column nor a numeric measure (or cannot be read). The example matches some
    rows of the sample: the measure's threshold is taken among the rows of the chosen category."""
    texts = [c for c, t in columns if t.upper().startswith(_TEXT) and not _SKIP.match(c)]
    numbers = [c for c, t in columns if t.upper().startswith(_NUMBER) and not _SKIP.match(c)]
    if not texts and not numbers:
        return None
    sample = f"(SELECT * FROM {from_sql} LIMIT {SAMPLE_ROWS}) AS _sample"
    out = []
    try:
        if texts:
            parts = [f"approx_count_distinct({quote_ident(c)}), mode({quote_ident(c)}), count({quote_ident(c)})"
                     for c in texts]
            row = cursor.execute(f"SELECT {', '.join(parts)} FROM {sample}").fetchone()
            best = None
            for i, c in enumerate(texts):
                distinct, mode, n = row[3 * i: 3 * i + 3]
                value = str(mode).strip() if mode is not None else ""
                if (value and not value.startswith(("[", "{")) and 2 <= (distinct or 0) <= MAX_CATEGORIES
                        and distinct * 2 <= n):   # a category: values repeat
                    if best is None or distinct > best[0]:
                        best = (distinct, c, value)
            if best is not None:
                out.append(f"{quote_ident(best[1]) if not best[1].isidentifier() else best[1]} = "
                           f"{_quote_value(best[2])}")
        if numbers:
            parts = [f"min({quote_ident(c)})::DOUBLE, max({quote_ident(c)})::DOUBLE, "
                     f"quantile_cont({quote_ident(c)}, 0.75)::DOUBLE" for c in numbers]
            where = f" WHERE {out[0]}" if out else ""
            row = cursor.execute(f"SELECT {', '.join(parts)} FROM {sample}{where}").fetchone()
            for j, c in enumerate(numbers):
                lo, hi, q75 = row[3 * j: 3 * j + 3]
                if lo is not None and hi is not None and hi > lo and q75 is not None:
                    out.append(f"{c} > {_round_nicely(min(q75, hi - (hi - lo) * 1e-6), lo, hi)}")
                    break
    except duckdb.Error:
        return None
    return " AND ".join(out) or None


__all__ = ["filter_example", "is_bookkeeping"]
