"""Population pyramids and time series for a mesh cell or a catchment (Qt-free; the Population panel's chart).

**Pyramid rows** (:func:`pyramid`): one row per 5-year age band (0-4 … the open top band, e.g. 95+), male and
female counts. Where the mesh data has sex bands (``0-4_male``, ``0-4_female``) they are used as published
(``sex_source = "mesh"``). Otherwise each band is split by the male share of that age group in the IPSS municipal
table (``municipal_projection``) of the nearest year (``"ipss"``, with ``ipss_year``); an IPSS group that spans
several mesh bands (90+ for 90-94 and 95+) gives its share to each. With neither, the rows carry totals only
(``"none"``: a one-sided age chart).

**Which series.** Per year the projection is used where there is one, else the census (never both added up).
Cells merged into another (``merged_into``) are left out, as in ``mesh_population_totals``.

**A catchment** is apportioned with the weights of the analysis' totals (:func:`twin.catchments.cell_shares`:
area share or residential floor-area share, the panel's method): :func:`catchment_values`.
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any

_BAND = re.compile(r"^(\d+)-(\d+)$")
_OPEN = re.compile(r"^(\d+)\+$")
#: series preferred for a year, best first
KIND_ORDER = ("projection", "census")


@dataclass(frozen=True)
class PyramidRow:
    """One age band: ``age`` (``0-4`` … ``95+``), ``male`` / ``female`` (None when unknown) and ``total``."""

    age: str
    male: float | None
    female: float | None
    total: float


@dataclass(frozen=True)
class Pyramid:
    """The pyramid of one year: rows youngest first; ``sex_source`` ``mesh``, ``ipss`` or ``none``."""

    year: int
    rows: tuple[PyramidRow, ...]
    sex_source: str
    ipss_year: int | None = None

    @property
    def total(self) -> float:
        return float(sum(r.total for r in self.rows))

    @property
    def two_sided(self) -> bool:
        return self.sex_source != "none"


@dataclass
class Series:
    """Band values per year of one place (a cell or a catchment): ``values[year][band]``, the ``kind`` used per
    year and the municipality codes met (for the IPSS sex ratio)."""

    values: dict[int, dict[str, float]] = field(default_factory=dict)
    kinds: dict[int, str] = field(default_factory=dict)
    muni_codes: tuple[str, ...] = ()
    #: a catchment's apportioning method (``area`` / ``floor-area``); None for a cell
    method: str | None = None

    @property
    def years(self) -> list[int]:
        return sorted(self.values)

    def total(self, year: int) -> float | None:
        v = self.values.get(year, {})
        if v.get("total") is not None:
            return v["total"]
        ages = five_year_bands(v)
        return float(sum(v[a] for a in ages)) if ages else None

    def aged(self, year: int, lower: int = 65) -> float | None:
        """People aged ``lower`` and over (the ``65+`` / ``75+`` band, else the sum of the 5-year bands)."""
        v = self.values.get(year, {})
        if v.get(f"{lower}+") is not None:
            return v[f"{lower}+"]
        ages = [a for a in five_year_bands(v) if band_range(a)[0] >= lower]
        return float(sum(v[a] for a in ages)) if ages else None

    def share(self, year: int, lower: int = 65) -> float | None:
        t, a = self.total(year), self.aged(year, lower)
        return a / t if t and a is not None else None


def band_range(band: str) -> tuple[int, int | None]:
    """``'5-9'`` → (5, 9); ``'95+'`` → (95, None); ValueError for other bands."""
    m = _BAND.match(band)
    if m:
        return int(m.group(1)), int(m.group(2))
    m = _OPEN.match(band)
    if m:
        return int(m.group(1)), None
    raise ValueError(f"not an age band: {band!r}")


def five_year_bands(bands: Mapping[str, Any] | Sequence[str]) -> list[str]:
    """The 5-year age bands among ``bands`` (no sex suffix), youngest first, with the open top band that follows
    the last of them (``95+`` after ``90-94``); aggregates such as ``0-14``, ``65+`` or ``80+`` (when ``80-84`` is
    there) are left out. Empty unless the bands start at 0 and follow each other."""
    fives = sorted((band_range(b)[0], b) for b in bands if _BAND.match(b) and
                   band_range(b)[1] - band_range(b)[0] == 4)
    out, nxt = [], 0
    for lo, b in fives:
        if lo != nxt:
            break
        out.append(b)
        nxt = lo + 5
    if out and f"{nxt}+" in bands:
        out.append(f"{nxt}+")
    return out


def _group_share(age: str, shares: Mapping[str, float]) -> float | None:
    """The male share of the IPSS age group holding the mesh band ``age``."""
    if age in shares:
        return shares[age]
    lo, hi = band_range(age)
    for group, s in shares.items():
        try:
            glo, ghi = band_range(group)
        except ValueError:
            continue
        if glo <= lo and (ghi is None or (hi is not None and hi <= ghi)):
            return s
    return None


def pyramid(values: Mapping[str, float | None], year: int, *, male_share: Mapping[str, float] | None = None,
            ipss_year: int | None = None) -> Pyramid:
    """The pyramid of ``values`` (band → people of one place and year); see the module docstring."""
    ages = five_year_bands({b: v for b, v in values.items() if v is not None})
    val = lambda b: float(values.get(b) or 0.0)  # noqa: E731
    if ages and all(values.get(f"{a}_male") is not None and values.get(f"{a}_female") is not None for a in ages):
        rows = tuple(PyramidRow(a, val(f"{a}_male"), val(f"{a}_female"), val(f"{a}_male") + val(f"{a}_female"))
                     for a in ages)
        return Pyramid(year, rows, "mesh")
    if ages and male_share and all(_group_share(a, male_share) is not None for a in ages):
        rows = tuple(PyramidRow(a, val(a) * _group_share(a, male_share), val(a) * (1 - _group_share(a, male_share)),
                                val(a)) for a in ages)
        return Pyramid(year, rows, "ipss", ipss_year)
    return Pyramid(year, tuple(PyramidRow(a, None, None, val(a)) for a in ages), "none")


# -- reading the store -----------------------------------------------------------------------------------------


def _series(rows: Sequence[tuple], muni_codes: Sequence[str]) -> Series:
    """``rows`` (year, kind, band, value) → a :class:`Series`, one kind per year (:data:`KIND_ORDER`)."""
    by: dict[tuple[int, str], dict[str, float]] = {}
    for year, kind, band, value in rows:
        if value is not None:
            by.setdefault((int(year), kind), {})[band] = float(value)
    out = Series(muni_codes=tuple(c for c in muni_codes if c))
    for year in sorted({y for y, _ in by}):
        kind = min((k for y, k in by if y == year), key=lambda k: KIND_ORDER.index(k) if k in KIND_ORDER else 9)
        out.values[year], out.kinds[year] = by[(year, kind)], kind
    return out


def cell_values(cur: Any, mesh_code: str) -> Series:
    """Every band of one mesh cell per year (the cell as published; a cell merged into another has none)."""
    rows = cur.execute("SELECT year, kind, band, sum(value) FROM mesh_population WHERE mesh_code = ? "
                       "AND merged_into IS NULL GROUP BY ALL", [mesh_code]).fetchall()
    munis = [r[0] for r in cur.execute("SELECT DISTINCT muni_code FROM mesh_population WHERE mesh_code = ?",
                                       [mesh_code]).fetchall()]
    return _series(rows, munis)


def catchment_values(cur: Any, wkt: str, method: str = "area") -> Series:
    """Every band apportioned to the catchment ``wkt`` per year, with the weights of the analysis' totals
    (:func:`twin.catchments.apportion` over :func:`twin.catchments.cell_shares` for ``method``)."""
    from twin.catchments import apportion
    rows = apportion(cur, wkt, method=method)
    out = _series([r[:4] for r in rows], sorted({m for r in rows for m in r[6]}))
    out.method = method
    return out


def ipss_male_shares(cur: Any, year: int, muni_codes: Sequence[str] = ()) -> tuple[dict[str, float], int] | None:
    """Male share per IPSS age group for the municipality (the first of ``muni_codes`` in the table, else the
    table's only one) in the table's year nearest ``year``; None without such rows."""
    tables = {r[0] for r in cur.execute("SELECT table_name FROM duckdb_tables() UNION ALL "
                                        "SELECT view_name FROM duckdb_views()").fetchall()}
    if "municipal_projection" not in tables:
        return None
    codes = [r[0] for r in cur.execute("SELECT DISTINCT muni_code FROM municipal_projection WHERE sex IN "
                                       "('male', 'female') ORDER BY 1").fetchall()]
    code = next((c for c in muni_codes if c in codes), codes[0] if len(codes) == 1 else None)
    if code is None:
        return None
    row = cur.execute("SELECT year FROM municipal_projection WHERE muni_code = ? AND sex = 'male' "
                      "ORDER BY abs(year - ?), year LIMIT 1", [code, int(year)]).fetchone()
    if row is None:
        return None
    y = int(row[0])
    rows = cur.execute("SELECT age_group, sum(population) FILTER (WHERE sex = 'male'), "
                       "sum(population) FILTER (WHERE sex = 'female') FROM municipal_projection "
                       "WHERE muni_code = ? AND year = ? AND age_group <> 'total' GROUP BY 1", [code, y]).fetchall()
    shares = {g: float(m) / float(m + f) for g, m, f in rows if m is not None and f is not None and (m + f) > 0}
    return (shares, y) if shares else None


def pyramid_of(cur: Any, series: Series, year: int) -> Pyramid:
    """The pyramid of ``series`` in ``year`` (the IPSS sex ratio read when the mesh data has no sex bands)."""
    values = series.values.get(year, {})
    ages = five_year_bands(values)
    if ages and all(f"{a}_male" in values for a in ages):
        return pyramid(values, year)
    ipss = ipss_male_shares(cur, year, series.muni_codes)
    return pyramid(values, year, male_share=ipss[0] if ipss else None, ipss_year=ipss[1] if ipss else None)


__all__ = ["KIND_ORDER", "Pyramid", "PyramidRow", "Series", "band_range", "catchment_values",
           "cell_values", "five_year_bands", "ipss_male_shares", "pyramid", "pyramid_of"]
