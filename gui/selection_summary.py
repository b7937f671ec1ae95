"""What Identify shows for several selected features: their count, the sum, minimum, maximum and mean of each
numeric attribute, the total area, and the list of the features (by name, building ID or gml:id).

One SQL query for the numbers and one for the list (at most :data:`LIST_LIMIT` rows), over the layer's feature
table; no Qt here.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Any

from gui.filter_example import is_bookkeeping
from twin.document import quote_ident

LIST_LIMIT = 500
_NUMBER = ("DOUBLE", "FLOAT", "REAL", "DECIMAL", "INTEGER", "BIGINT", "SMALLINT", "TINYINT", "HUGEINT", "UINTEGER",
           "UBIGINT", "USMALLINT", "UTINYINT")
#: numbers whose sum means nothing (years, ranks, heights, levels, rates): min, max and mean only
_NO_SUM = re.compile(r"year|rank|class|lat|lon|tier|level|priority|storeys|lanes|height|depth|_z$|width|speed|"
                     r"size|score|mci|iri|confidence|ratio|rate|share|_pct$|percent", re.IGNORECASE)
#: columns naming a feature in the list, best first
_NAME_COLUMNS = ("name", "building_id", "gml_id", "report_key", "segment_id")


@dataclass
class NumberStats:
    column: str
    count: int
    minimum: float | None
    maximum: float | None
    mean: float | None
    total: float | None    # None where a sum means nothing


@dataclass
class SelectionSummary:
    count: int
    numbers: list[NumberStats] = field(default_factory=list)
    area_m2: float | None = None
    features: list[tuple[int, str]] = field(default_factory=list)   # (feature id, name), first LIST_LIMIT


def summarize(document, layer, ids) -> SelectionSummary:
    """The summary of the features ``ids`` of ``layer``."""
    ids = sorted(int(i) for i in ids)
    ft = document.feature_table(layer)
    if ft is None or not ids:
        return SelectionSummary(count=len(ids))
    from_clause, id_col = ft
    cols = document.columns(layer)
    names = {c for c, _ in cols}
    numeric = [c for c, t in cols if t.upper().startswith(_NUMBER) and not is_bookkeeping(c) and c != id_col]
    geom = document.geometry_column(layer)
    where = f" WHERE {quote_ident(id_col)} IN (SELECT unnest(?::BIGINT[]))"
    parts = ["count(*)"]
    for c in numeric:
        q = quote_ident(c)
        parts.append(f"count({q}), min({q})::DOUBLE, max({q})::DOUBLE, avg({q})::DOUBLE, sum({q})::DOUBLE")
    if geom:
        parts.append(f"sum(ST_Area({quote_ident(geom)}))")
    labels = [f"NULLIF(CAST({quote_ident(c)} AS VARCHAR), '')" for c in _NAME_COLUMNS if c in names]
    label_sql = f"coalesce({', '.join(labels)}, '')" if labels else "''"
    cur = document.store.cursor()
    try:
        row = cur.execute(f"SELECT {', '.join(parts)} FROM {from_clause}{where}", [ids]).fetchone()
        listed = cur.execute(f"SELECT {quote_ident(id_col)}, {label_sql} FROM {from_clause}{where} "
                             f"ORDER BY {quote_ident(id_col)} LIMIT {LIST_LIMIT}", [ids]).fetchall()
    finally:
        cur.close()
    out = SelectionSummary(count=int(row[0]), features=[(int(i), str(n)) for i, n in listed])
    for j, c in enumerate(numeric):
        n, lo, hi, mean, total = row[1 + 5 * j: 6 + 5 * j]
        if n:
            out.numbers.append(NumberStats(c, int(n), lo, hi, mean, None if _NO_SUM.search(c) else total))
    if geom:
        area: Any = row[-1]
        out.area_m2 = float(area) if area else None
    return out


__all__ = ["LIST_LIMIT", "NumberStats", "SelectionSummary", "summarize"]
