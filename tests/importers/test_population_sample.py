"""The bundled population tables (sample_data/kaga_sample/population_tables.py): the IPSS-style workbook and the
2020 census mesh zip regenerate byte for byte, import as downloaded files do, and agree with the mesh projection
sample (the same cells, the same 2020 values, the same city path)."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

from importers.registry import find_importer, import_path
from twin.paths import SAMPLE_CENSUS_MESH, SAMPLE_IPSS, SAMPLE_POPULATION

ROOT = Path(__file__).resolve().parents[2]


@pytest.fixture(scope="module")
def gen():
    sys.path.insert(0, str(ROOT / "sample_data"))
    try:
        from kaga_sample import population, population_tables
    finally:
        sys.path.remove(str(ROOT / "sample_data"))
    return population, population_tables


def q(store, sql):
    return store.query(sql)


def test_tables_regenerate_byte_for_byte(gen, tmp_path):
    _, tables = gen
    ipss, census = tables.write_population_tables(tmp_path)
    assert ipss.read_bytes() == SAMPLE_IPSS.read_bytes()
    assert census.read_bytes() == SAMPLE_CENSUS_MESH.read_bytes()
    assert SAMPLE_IPSS.stat().st_size + SAMPLE_CENSUS_MESH.stat().st_size < 100_000


def test_census_mesh_agrees_with_the_projection_for_2020(gen, store):
    pop, _ = gen
    assert find_importer(SAMPLE_CENSUS_MESH).name == "estat-mesh"
    import_path(store, SAMPLE_POPULATION)
    import_path(store, SAMPLE_CENSUS_MESH)
    assert q(store, "SELECT count(*) FROM import_rejects") == [(0,)]
    proj = dict(q(store, "SELECT mesh_code, value FROM mesh_population WHERE kind = 'projection' AND year = 2020 "
                         "AND band = 'total'"))
    census = {r[0]: r[1:] for r in q(store, "SELECT mesh_code, value, merged_into, merged_from FROM mesh_population "
                                            "WHERE kind = 'census' AND band = 'total'")}
    assert set(census) == set(proj)                                        # the same cells
    suppressed = [c for c, (v, _, _) in census.items() if v is None]
    into = {c: m for c, (_, m, _) in census.items() if m}
    assert len(suppressed) == 2 and len(into) == 1                          # on purpose
    (small, target), = into.items()
    assert census[target][2] == f"{target};{small}"
    assert census[target][0] == proj[target] + proj[small]                 # the merged cell's values published here
    assert census[small][0] == proj[small]                                 # … and still shown on its own row
    for c, (v, m, _) in census.items():
        if v is not None and c != target:
            assert v == proj[c], c
    # totals: merged cell counted once, suppressed cells counted as missing
    total, cells, hidden = q(store, "SELECT value, cells, suppressed_cells FROM mesh_population_totals "
                                    "WHERE kind = 'census' AND band = 'total'")[0]
    assert total == pop.CITY_TOTALS[2020] - sum(proj[c] for c in suppressed)
    assert (cells, hidden) == (len(proj) - 3, 2)
    # by sex and age: male + female = total, the age groups add up, the column codes are labelled
    bands = dict(q(store, "SELECT band, sum(value) FROM mesh_population WHERE kind = 'census' AND merged_into IS NULL "
                          "GROUP BY band"))
    assert bands["male"] + bands["female"] == bands["total"] == total
    assert bands["0-14"] + bands["15-64"] + bands["65+"] == total
    assert bands["65+"] > bands["75+"] > bands["85+"] > bands["95+"] > 0
    assert bands["65+"] == pytest.approx(dict(q(store, "SELECT band, value FROM mesh_population_totals WHERE "
                                                       "kind = 'projection' AND year = 2020"))["65+"], rel=0.01)
    codes = dict(q(store, "SELECT code, band FROM mesh_population_codes"))
    assert (codes["T001101001"], codes["T001101002"], codes["T001101019"], codes["T001101034"]) == \
        ("total", "male", "65+", "T001101034")


def test_ipss_table_follows_the_city_path(gen, store):
    pop, _ = gen
    assert find_importer(SAMPLE_IPSS).name == "ipss-projection"
    import_path(store, SAMPLE_IPSS)
    assert q(store, "SELECT count(*) FROM import_rejects") == [(0,)]
    assert q(store, "SELECT DISTINCT muni_code, muni_name FROM municipal_projection") == [("17206", "加賀市")]
    totals = dict(q(store, "SELECT year, population FROM municipal_projection WHERE sex = 'total' "
                           "AND age_group = 'total'"))
    assert totals == {y: float(v) for y, v in pop.CITY_TOTALS.items() if y <= 2050}
    assert totals[2020] == 63263 and totals[2040] == 49000
    # every sex: the age groups (0-4 … 85-89, 90+) add up to the total row; men and women add up to both sexes
    groups = q(store, "SELECT DISTINCT age_group FROM municipal_projection WHERE age_group <> 'total'")
    assert len(groups) == 19 and ("90+",) in groups
    check = q(store, """
        SELECT year, sex, sum(population) FILTER (WHERE age_group <> 'total') = any_value(population)
            FILTER (WHERE age_group = 'total') FROM municipal_projection GROUP BY ALL""")
    assert len(check) == 7 * 3 and all(r[2] for r in check)
    by_sex = q(store, """
        SELECT year, age_group, sum(population) FILTER (WHERE sex = 'total'),
               sum(population) FILTER (WHERE sex IN ('male', 'female')) FROM municipal_projection GROUP BY ALL""")
    assert all(r[2] == r[3] for r in by_sex)
    # the city ages: 65+ share rises from 2020 to 2050; women outnumber men among the oldest
    old = dict(q(store, "SELECT year, sum(population) FILTER (WHERE age_group IN ('65-69', '70-74', '75-79', "
                        "'80-84', '85-89', '90+')) / any_value(population) FILTER (WHERE age_group = 'total') "
                        "FROM municipal_projection WHERE sex = 'total' GROUP BY year"))
    assert old[2050] > old[2040] > old[2020] > 0.3
    men, women = q(store, "SELECT sum(population) FILTER (WHERE sex = 'male'), sum(population) FILTER "
                          "(WHERE sex = 'female') FROM municipal_projection WHERE age_group = '90+'")[0]
    assert women > 2 * men


def test_ipss_2020_by_sex_is_the_census(store):
    import_path(store, SAMPLE_CENSUS_MESH)
    import_path(store, SAMPLE_IPSS)
    census = dict(q(store, "SELECT band, value FROM mesh_population_totals WHERE kind = 'census' "
                           "AND band IN ('male', 'female')"))
    ipss = dict(q(store, "SELECT sex, population FROM municipal_projection WHERE year = 2020 AND age_group = 'total' "
                         "AND sex IN ('male', 'female')"))
    hidden = 63263 - sum(census.values())                                  # the two suppressed cells
    assert 0 < hidden < 20
    assert all(0 <= ipss[s] - census[s] <= hidden for s in ("male", "female"))
