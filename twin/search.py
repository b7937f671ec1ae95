"""Find features by what people call them: building names and IDs, gml:id, road names, case and segment numbers.

Where to look is declared by the themes (``Theme.search``: :class:`twin.themes.registry.SearchSpec` — a table or
view, the columns matched, the layer kind that draws its rows, a title column). :func:`search` asks each of them:

* text columns match when they contain the typed text (case-insensitive; full-width letters and digits typed in a
  Japanese input method are read as their ASCII forms, e.g. ``ＢＬＤＧ`` finds ``bldg``);
* number columns (case and segment ids) match only the whole number;
* exact matches come first, then values starting with the text, then the rest; shorter values first.

Tables or columns the project does not have are skipped (a project without road damage has no cases). No Qt.
"""

from __future__ import annotations

import unicodedata
from dataclasses import dataclass
from typing import Any

from twin.document import quote_ident
from twin.themes.registry import SearchSpec, layer_kind, search_specs

#: results returned at most (over every table)
LIMIT = 50


@dataclass(frozen=True)
class SearchResult:
    """What one match found: the layer ``kind`` drawing it and the rows' ``feature_ids`` (the kind's id column;
    several when rows share the matched value, e.g. the 31 pieces of a road called 国道8号), the ``column`` that
    matched and its ``value``, the rows' ``title`` (e.g. the building's name; may be None), ``bounds`` of their
    geometry (xmin, xmax, ymin, ymax, zmin, zmax in the project CRS; None without one) and ``rank`` (0 exact,
    1 starts with the text, 2 contains it)."""

    table: str
    kind: str
    feature_ids: tuple[int, ...]
    column: str
    value: str
    title: str | None
    bounds: tuple[float, float, float, float, float, float] | None
    rank: int

    @property
    def feature_id(self) -> int:
        """The first row's id."""
        return self.feature_ids[0]


def _union(a: tuple | None, b: tuple | None) -> tuple | None:
    if a is None or b is None:
        return a or b
    return (min(a[0], b[0]), max(a[1], b[1]), min(a[2], b[2]), max(a[3], b[3]), min(a[4], b[4]), max(a[5], b[5]))


def normalize(text: str) -> str:
    """The typed text as it is matched: NFKC (full-width ASCII → ASCII, half-width katakana → full-width) and
    trimmed."""
    return unicodedata.normalize("NFKC", text or "").strip()


def _columns(cur: Any, table: str) -> dict[str, str]:
    try:
        rows = cur.execute(f"DESCRIBE {quote_ident(table)}").fetchall()
    except Exception:  # noqa: BLE001 - the table is not in this project
        return {}
    return {str(r[0]): str(r[1]).upper() for r in rows}


def _is_number(sql_type: str) -> bool:
    return sql_type.split("(")[0] in ("TINYINT", "SMALLINT", "INTEGER", "BIGINT", "HUGEINT", "UTINYINT", "USMALLINT",
                                      "UINTEGER", "UBIGINT", "DECIMAL", "DOUBLE", "FLOAT", "REAL")


def _escape_like(text: str) -> str:
    return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")


def _spec_sql(spec: SearchSpec, cols: dict[str, str], text: str) -> tuple[str, list[Any]] | None:
    """One SELECT over the spec's table for ``text`` (None when nothing can match there)."""
    kind = layer_kind(spec.kind)
    id_col = kind.id_column or "rowid"
    if id_col != "rowid" and id_col not in cols:
        return None
    geom = next((c for c, t in cols.items() if t.startswith("GEOMETRY")), None)
    title = f"{quote_ident(spec.title)}::VARCHAR" if spec.title and spec.title in cols else "NULL::VARCHAR"
    parts, params = [], []
    for col in spec.columns:
        if col not in cols:
            continue
        q = quote_ident(col)
        if _is_number(cols[col]):
            try:
                number = int(text)
            except ValueError:
                continue
            parts.append(f"SELECT {quote_ident(id_col)} AS fid, ? AS col, {q}::VARCHAR AS value, {title} AS title, "
                         f"0 AS rank FROM {quote_ident(spec.table)} WHERE {q} = ?")
            params += [col, number]
        else:
            parts.append(f"SELECT {quote_ident(id_col)} AS fid, ? AS col, {q}::VARCHAR AS value, {title} AS title, "
                         f"CASE WHEN lower({q}) = lower(?) THEN 0 WHEN {q} ILIKE ? ESCAPE '\\' THEN 1 ELSE 2 END "
                         f"AS rank FROM {quote_ident(spec.table)} WHERE {q} ILIKE ? ESCAPE '\\'")
            like = _escape_like(text)
            params += [col, text, like + "%", "%" + like + "%"]
    if not parts:
        return None
    bounds = ("NULL, NULL, NULL, NULL, NULL, NULL" if geom is None else
              ", ".join(f"ST_{f}(g.{quote_ident(geom)})" for f in ("XMin", "XMax", "YMin", "YMax", "ZMin", "ZMax")))
    sql = (f"SELECT m.fid, m.col, m.value, m.title, m.rank, {bounds} FROM ({' UNION ALL '.join(parts)}) m "
           f"LEFT JOIN {quote_ident(spec.table)} g ON g.{quote_ident(id_col)} = m.fid "
           f"ORDER BY m.rank, length(m.value), m.value LIMIT {LIMIT}")
    return sql, params


def search(store: Any, text: str, limit: int = LIMIT) -> list[SearchResult]:
    """What the themes' searchable tables hold matching ``text`` (see the module docstring), best first, at most
    ``limit`` results; each row counts once (its best match), rows of one kind with the same matched value are
    one result."""
    text = normalize(text)
    if not text:
        return []
    best: dict[tuple[str, int], tuple] = {}            # (kind, id) → its best match
    cur = store.cursor()
    try:
        for spec in search_specs():
            cols = _columns(cur, spec.table)
            made = _spec_sql(spec, cols, text) if cols else None
            if made is None:
                continue
            for fid, col, value, title, rank, *b in cur.execute(*made).fetchall():
                if fid is None:
                    continue
                bounds = None
                if b[0] is not None:
                    z0, z1 = (b[4], b[5]) if b[4] is not None else (0.0, 0.0)
                    bounds = (float(b[0]), float(b[1]), float(b[2]), float(b[3]), float(z0), float(z1))
                row = (int(rank), len(str(value)), spec.table, spec.kind, int(fid), str(col), str(value),
                       None if title is None else str(title), bounds)
                key = (spec.kind, int(fid))
                if key not in best or row[:2] < best[key][:2]:
                    best[key] = row
    finally:
        cur.close()
    groups: dict[tuple[str, str, str], SearchResult] = {}       # rows sharing a matched value: one result
    for rank, _, table, kind, fid, col, value, title, bounds in sorted(best.values(), key=lambda r: r[4]):
        g = groups.get((kind, col, value))
        groups[(kind, col, value)] = SearchResult(table, kind, (fid,), col, value, title, bounds, rank) if g is None \
            else SearchResult(table, kind, g.feature_ids + (fid,), col, value, g.title or title,
                              _union(g.bounds, bounds), rank)
    order = {s.kind: i for i, s in enumerate(search_specs())}
    results = sorted(groups.values(), key=lambda r: (r.rank, len(r.value), order.get(r.kind, 99), r.value))
    return results[:limit]


__all__ = ["LIMIT", "SearchResult", "normalize", "search"]
