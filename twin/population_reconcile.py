"""Mesh population against the IPSS municipal projection (Qt-free): the analysis ``population-reconcile``.

For every municipality the mesh cells name (``mesh_population.muni_code``, the MLIT ``SHICODE``), each mesh
series (kind, level and source) is summed per year with the rule of ``mesh_population_totals`` (cells merged into
another are left out, so no value counts twice; suppressed cells count nothing and are counted) and set against
the municipality's IPSS total for that year (``municipal_projection``):

* the IPSS total is the 総数 row (sex total, age total) when the table has one (``ipss_basis`` ``total``); else
  male + female totals (``male+female``); else the sum of the contiguous 5-year age groups 0-4 … and the open
  top group (``age groups``), of the sex total or of male + female;
* ``difference`` = mesh total − IPSS total (persons), ``difference_pct`` = difference / IPSS total × 100.

Years only one side has are reported with the other side NULL. e-Stat census cells carry no municipality code
and are not reconciled. :func:`reconcile` computes the rows; :func:`run` writes ``population_reconciliation``.
"""

from __future__ import annotations

import re
from collections import defaultdict
from typing import Any

COLUMNS = ("muni_code", "muni_name", "year", "kind", "level", "source_id", "mesh_total", "cells",
           "suppressed_cells", "ipss_total", "ipss_basis", "difference", "difference_pct")

# the mesh side: per municipality, series (kind, level, source) and year; merged cells left out as in
# mesh_population_totals, but per source so that two editions of a projection are never added up
_MESH_SQL = """
SELECT muni_code, kind, level, source_id, year, sum(value), count(value), count(*) FILTER (WHERE value IS NULL)
FROM mesh_population
WHERE band = 'total' AND merged_into IS NULL AND muni_code IS NOT NULL AND (? IS NULL OR muni_code = ?)
GROUP BY ALL ORDER BY ALL
"""

_IPSS_SQL = """
SELECT muni_code, any_value(muni_name), year, sex, age_group, sum(population)
FROM municipal_projection WHERE muni_code IN (SELECT unnest(?)) GROUP BY muni_code, year, sex, age_group
"""


def _age_groups_total(ages: dict[str, float]) -> float | None:
    """Sum of the 5-year groups 0-4, 5-9, … and the open top group N+ (N = the last group's end + 1); None
    when they do not run contiguously from 0 to an open top group."""
    closed = {}
    for age, v in ages.items():
        m = re.fullmatch(r"(\d+)-(\d+)", age)
        if m and int(m.group(2)) - int(m.group(1)) == 4:
            closed[int(m.group(1))] = v
    if not closed or min(closed) != 0:
        return None
    top = max(closed)
    if sorted(closed) != list(range(0, top + 5, 5)) or f"{top + 5}+" not in ages:
        return None
    return sum(closed.values()) + ages[f"{top + 5}+"]


def ipss_totals(cur: Any, munis: list[str]) -> dict[tuple[str, int], tuple[str | None, float, str]]:
    """{(muni_code, year): (muni_name, IPSS total, basis)} for ``munis`` (see the module docstring)."""
    tables: dict[tuple[str, int], dict[str, dict[str, float]]] = defaultdict(lambda: defaultdict(dict))
    names: dict[str, str | None] = {}
    for code, name, year, sex, age, pop in cur.execute(_IPSS_SQL, [munis]).fetchall():
        tables[code, int(year)][sex][age] = float(pop)
        names[code] = names.get(code) or name
    out = {}
    for (code, year), by_sex in tables.items():
        total = by_sex.get("total", {})
        male, female = by_sex.get("male", {}), by_sex.get("female", {})
        if "total" in total:
            value, basis = total["total"], "total"
        elif "total" in male and "total" in female:
            value, basis = male["total"] + female["total"], "male+female"
        else:
            value = _age_groups_total(total) if total else None
            if value is None and male and female:
                m, f = _age_groups_total(male), _age_groups_total(female)
                value = None if m is None or f is None else m + f
            basis = "age groups"
        if value is not None:
            out[code, year] = (names.get(code), value, basis)
    return out


def reconcile(cur: Any, muni_code: str | None = None) -> list[dict[str, Any]]:
    """One row (``COLUMNS``) per municipality, mesh series and year; see the module docstring."""
    mesh = cur.execute(_MESH_SQL, [muni_code, muni_code]).fetchall()
    series: dict[tuple, dict[int, tuple]] = defaultdict(dict)
    for code, kind, level, sid, year, total, cells, suppressed in mesh:
        series[code, kind, int(level), int(sid)][int(year)] = (total, int(cells), int(suppressed))
    ipss = ipss_totals(cur, sorted({k[0] for k in series}))
    names = {c: v[0] for (c, _), v in ipss.items() if v[0]}
    rows = []
    for (code, kind, level, sid), by_year in sorted(series.items()):
        years = sorted(set(by_year) | {y for c, y in ipss if c == code})
        for year in years:
            total, cells, suppressed = by_year.get(year, (None, 0, 0))
            _, ipss_total, basis = ipss.get((code, year), (None, None, None))
            diff = None if total is None or ipss_total is None else total - ipss_total
            rows.append({"muni_code": code, "muni_name": names.get(code), "year": year, "kind": kind,
                         "level": level, "source_id": sid,
                         "mesh_total": None if total is None else float(total), "cells": cells,
                         "suppressed_cells": suppressed, "ipss_total": ipss_total, "ipss_basis": basis,
                         "difference": diff,
                         "difference_pct": None if diff is None or not ipss_total else diff / ipss_total * 100.0})
    return rows


def run(ctx: Any) -> None:
    """Analysis ``population-reconcile``: (re)writes ``population_reconciliation``."""
    ctx.progress(0, 2, "reconciling")
    muni = ctx.params.get("muni_code") or None
    rows = reconcile(ctx.cursor, muni)
    if not rows:
        ctx.warn("no mesh population with a municipality code" + (f" {muni}" if muni else "")
                 + " (an MLIT mesh projection names it; e-Stat census cells do not)")
    for code in sorted({r["muni_code"] for r in rows if r["ipss_total"] is None}
                       - {r["muni_code"] for r in rows if r["ipss_total"] is not None}):
        ctx.warn(f"no IPSS projection for municipality {code}: import one (kaga-twin import FILE)")
    ctx.cursor.execute("DELETE FROM population_reconciliation")
    if rows:
        ctx.cursor.executemany(
            f"INSERT INTO population_reconciliation ({', '.join(COLUMNS)}) VALUES ({', '.join('?' * len(COLUMNS))})",
            [[r[c] for c in COLUMNS] for r in rows])
    ctx.progress(2, 2, "done")


__all__ = ["COLUMNS", "ipss_totals", "reconcile", "run"]
