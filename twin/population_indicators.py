"""Population indicators per mesh cell and year (Qt-free): the analysis ``population-mesh``.

For every mesh cell, year and kind (census / projection) of ``mesh_population`` it writes
``mesh_population_indicators``:

* the total and the 0–14 / 15–64 / 65+ / 75+ counts, their shares of the total (fractions 0..1) and the change
  of the total against 2020 (``total / total in 2020 - 1``; NULL when the series has no 2020 value). These come
  from the view ``mesh_population_ages``, the same SQL the population layer (``population_columns``) draws, so
  the map and the table never disagree. Cells merged into another are left out (their people are in the cell
  they were merged into); a suppressed total leaves the row out, a suppressed band is NULL.
* the residential floor area of the PLATEAU buildings in the cell (view ``mesh_residential_buildings``: usage
  411 住宅, 412 共同住宅, 413 店舗等併用住宅, 414 店舗等併用共同住宅, 415 作業所併用住宅; the published total floor
  area, else footprint × storeys, else footprint × round(height / 3 m), else the footprint; a building counts in
  the cell holding a point of its footprint; a cell that absorbed others counts their buildings too), and **floor area per resident** (m² per person) for each year.

Floor area per resident is a *vacancy-pressure indicator*, not a forecast: it divides today's residential stock
by each year's people. A cell whose people fall while its houses stand has more floor area per person, i.e. more
homes likely to empty. It says nothing about demolitions, new building or household size. It is NULL where no
residential building is imported (PLATEAU covers only part of the city) or nobody lives.
"""

from __future__ import annotations

from typing import Any

#: the columns of ``mesh_population_indicators``, in order
COLUMNS = ("id", "mesh_code", "level", "year", "kind", "total", "age_0_14", "age_15_64", "age_65_plus",
           "age_75_plus", "share_0_14", "share_15_64", "share_65_plus", "share_75_plus", "change_vs_2020",
           "residential_buildings", "residential_floor_area_m2", "floor_area_per_resident", "muni_code",
           "source_id", "geom")

_SQL = """
WITH members AS (      -- each published cell (owner) and the cells merged into it, per year and kind
    SELECT DISTINCT year, kind, coalesce(merged_into, mesh_code) AS owner, mesh_code
    FROM mesh_population WHERE (? IS NULL OR year = ?)),
fa AS (
    SELECT m.year, m.kind, m.owner AS mesh_code, count(*) AS n, sum(b.floor_area_m2) AS area
    FROM members m JOIN mesh_residential_buildings b ON b.mesh_code = m.mesh_code GROUP BY ALL),
cols AS (SELECT id, mesh_code, year, kind, source_id FROM population_columns)
SELECT c.id, a.mesh_code, a.level, a.year, a.kind, a.value, a.age_0_14, a.age_15_64, a.age_65_plus,
       a.age_75_plus, a.share_0_14, a.share_15_64, a.share_65_plus, a.share_75_plus, a.change_vs_2020,
       coalesce(fa.n, 0), fa.area, fa.area / nullif(a.value, 0), a.muni_code, a.source_id, mc.geom
FROM mesh_population_ages a
JOIN mesh_cells mc ON mc.mesh_code = a.mesh_code
LEFT JOIN cols c ON c.mesh_code = a.mesh_code AND c.year = a.year AND c.kind = a.kind AND c.source_id = a.source_id
LEFT JOIN fa ON fa.mesh_code = a.mesh_code AND fa.year = a.year AND fa.kind = a.kind
WHERE (? IS NULL OR a.year = ?)
"""


def run(ctx: Any) -> None:
    """Analysis ``population-mesh``: (re)writes ``mesh_population_indicators`` (``COLUMNS``)."""
    year = ctx.params.get("year")
    cur = ctx.cursor
    ctx.progress(0, 2, "indicators")
    cur.execute("DELETE FROM mesh_population_indicators")
    cur.execute(f"INSERT INTO mesh_population_indicators ({', '.join(COLUMNS)}) {_SQL}", [year, year, year, year])
    ctx.progress(1, 2, "checking")
    rows, with_floor = cur.execute("SELECT count(*), count(residential_floor_area_m2) "
                                   "FROM mesh_population_indicators").fetchone()
    if not rows:
        ctx.warn("no mesh population to describe (is a population mesh imported?)"
                 + (f" for {year}" if year is not None else ""))
    elif not with_floor:
        ctx.warn("no residential PLATEAU building lies in any mesh cell: floor area per resident is empty")
    ctx.progress(2, 2, "done")


__all__ = ["COLUMNS", "run"]
