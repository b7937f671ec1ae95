"""The analysis population-mesh (twin/population_indicators.py): ages, shares, change against 2020 and residential
floor area per resident per mesh cell and year, on hand-built cells and buildings."""

from __future__ import annotations

import pytest

from twin.analysis import run_analysis


def _square(x0, y0, x1, y1) -> str:
    return f"POLYGON (({x0} {y0}, {x1} {y0}, {x1} {y1}, {x0} {y1}, {x0} {y0}))"


def _cell(store, code, x):
    store.query("INSERT INTO population_mesh_cells VALUES (?, 4, ST_GeomFromText(?), 1)",
                [code, _square(x, 0, x + 100, 100)])


def _bands(store, code, year, total, young, old, oldest, merged_into=None):
    for band, v in (("total", total), ("0-14", young), ("15-64", total - young - old), ("65+", old),
                    ("75+", oldest)):
        store.query("INSERT INTO mesh_population (mesh_code, level, year, kind, band, value, merged_into, "
                    "muni_code, source_id) VALUES (?, 4, ?, 'projection', ?, ?, ?, '17206', 1)",
                    [code, year, band, v, merged_into])


def _house(store, x, *, usage="411", floor=None, storeys=None):
    store.query("INSERT INTO buildings (gml_id, usage_code, total_floor_area, storeys_above, footprint, source_id) "
                "VALUES ('b', ?, ?, ?, ST_GeomFromText(?), 2)", [usage, floor, storeys, _square(x, 10, x + 10, 20)])


def _indicators(store):
    cur = store.cursor()
    try:
        rel = cur.execute("SELECT * EXCLUDE (geom) FROM mesh_population_indicators ORDER BY mesh_code, year")
        names = [d[0] for d in rel.description]
        return {(r[1], r[3]): dict(zip(names, r)) for r in rel.fetchall()}
    finally:
        cur.close()


@pytest.fixture
def cells(store):
    for code, x in (("A", 0), ("B", 100), ("C", 200)):
        _cell(store, code, x)
    _bands(store, "A", 2020, 200, 20, 80, 40)
    _bands(store, "A", 2040, 150, 15, 75, 45)
    _bands(store, "B", 2020, 100, 10, 50, 25)
    _bands(store, "B", 2040, 0, 0, 0, 0)
    _bands(store, "C", 2020, 7, 1, 3, 1, merged_into="A")
    _bands(store, "C", 2040, 5, 1, 3, 1, merged_into="A")
    _house(store, 10, floor=300.0)                                  # A: 300 m²
    _house(store, 30, storeys=3)                                    # A: 10 × 10 × 3 = 300 m²
    _house(store, 50, usage="402", floor=5000.0)                    # A: a shop, not counted
    _house(store, 210, usage="413", floor=70.0)                     # C, merged into A: counts for A
    return store


def test_ages_shares_and_change_against_2020(cells):
    run = run_analysis(cells, "population-mesh")
    assert run.outputs == {"mesh_population_indicators": 4}
    rows = _indicators(cells)
    assert set(rows) == {("A", 2020), ("A", 2040), ("B", 2020), ("B", 2040)}       # C is merged into A
    a20, a40 = rows["A", 2020], rows["A", 2040]
    assert (a20["total"], a20["age_0_14"], a20["age_15_64"], a20["age_65_plus"], a20["age_75_plus"]) == \
        (200, 20, 100, 80, 40)
    assert (a20["share_0_14"], a20["share_15_64"], a20["share_65_plus"], a20["share_75_plus"]) == \
        (0.1, 0.5, 0.4, 0.2)
    assert a20["change_vs_2020"] == 0.0 and a40["change_vs_2020"] == pytest.approx(-0.25)
    assert a40["share_65_plus"] == 0.5 and a40["share_75_plus"] == 0.3
    assert rows["B", 2040]["change_vs_2020"] == -1.0 and rows["B", 2040]["share_65_plus"] is None
    # the same rows and ids as the layer's view
    ids = dict(((m, y), i) for i, m, y in cells.query("SELECT id, mesh_code, year FROM population_columns"))
    assert {k: r["id"] for k, r in rows.items()} == ids


def test_floor_area_per_resident_rises_as_people_leave(cells):
    run_analysis(cells, "population-mesh")
    rows = _indicators(cells)
    a20, a40 = rows["A", 2020], rows["A", 2040]
    assert a20["residential_buildings"] == 3 and a20["residential_floor_area_m2"] == 670.0
    assert a20["floor_area_per_resident"] == pytest.approx(670 / 200)
    assert a40["floor_area_per_resident"] == pytest.approx(670 / 150)
    b20, b40 = rows["B", 2020], rows["B", 2040]
    assert b20["residential_buildings"] == 0 and b20["residential_floor_area_m2"] is None
    assert b20["floor_area_per_resident"] is None and b40["floor_area_per_resident"] is None


def test_one_year_and_an_empty_project(store, cells):
    run_analysis(cells, "population-mesh", {"year": 2040})
    assert sorted(_indicators(cells)) == [("A", 2040), ("B", 2040)]
    run = run_analysis(cells, "population-mesh", {"year": 1990})
    assert run.outputs == {"mesh_population_indicators": 0} and run.warnings
