"""The analysis population-reconcile (twin/population_reconcile.py): a municipality's mesh cells against its IPSS
total per year, on hand-built rows whose sums are known."""

from __future__ import annotations

import pytest

from twin.analysis import run_analysis
from twin.population_reconcile import reconcile


def _mesh(store, code, year, value, *, merged_into=None, muni="17206", kind="projection", source=1):
    store.query("INSERT INTO mesh_population (mesh_code, level, year, kind, band, value, merged_into, muni_code, "
                "source_id) VALUES (?, 4, ?, ?, 'total', ?, ?, ?, ?)", [code, year, kind, value, merged_into, muni,
                                                                         source])


def _ipss(store, year, sex, age, population, muni="17206"):
    store.query("INSERT INTO municipal_projection VALUES (?, '加賀市', ?, ?, ?, ?, 5)",
                [muni, year, sex, age, population])


@pytest.fixture
def filled(store):
    for year, (a, b) in {2020: (600.0, 400.0), 2025: (550.0, 400.0), 2030: (500.0, 350.0),
                         2040: (400.0, 300.0)}.items():
        _mesh(store, "A", year, a)
        _mesh(store, "B", year, b)
        _mesh(store, "C", year, 25.0, merged_into="A")         # in A's value already: never counted again
    _mesh(store, "D", 2020, None)                               # suppressed
    _ipss(store, 2020, "total", "total", 1000.0)                # the 総数 row
    _ipss(store, 2020, "male", "total", 480.0)                  # ignored while a 総数 row exists
    _ipss(store, 2025, "male", "total", 470.0)                  # male + female
    _ipss(store, 2025, "female", "total", 530.0)
    for lo in range(0, 90, 5):                                  # 5-year groups 0-4 … 85-89 and 90+
        _ipss(store, 2030, "total", f"{lo}-{lo + 4}", 40.0)
    _ipss(store, 2030, "total", "90+", 80.0)                    # 18 × 40 + 80 = 800
    _ipss(store, 2030, "total", "65+", 999.0)                   # an aggregate band: not added
    _ipss(store, 2035, "total", "total", 780.0)                 # no mesh value for 2035
    _mesh(store, "X", 2020, 5.0, muni="17201")                  # another city, no IPSS table
    return store


def test_differences_per_year(filled):
    rows = {(r["muni_code"], r["year"]): r for r in reconcile(filled.cursor())}
    r = rows["17206", 2020]
    assert (r["mesh_total"], r["cells"], r["suppressed_cells"], r["ipss_total"], r["ipss_basis"]) == \
        (1000.0, 2, 1, 1000.0, "total")
    assert r["difference"] == 0.0 and r["difference_pct"] == 0.0 and r["muni_name"] == "加賀市"
    r = rows["17206", 2025]
    assert (r["mesh_total"], r["ipss_total"], r["ipss_basis"], r["difference"]) == \
        (950.0, 1000.0, "male+female", -50.0)
    assert r["difference_pct"] == pytest.approx(-5.0)
    r = rows["17206", 2030]
    assert (r["mesh_total"], r["ipss_total"], r["ipss_basis"], r["difference"]) == \
        (850.0, 800.0, "age groups", 50.0)
    assert r["difference_pct"] == pytest.approx(6.25)
    assert rows["17206", 2035]["mesh_total"] is None and rows["17206", 2035]["difference"] is None
    assert rows["17206", 2040]["ipss_total"] is None and rows["17206", 2040]["mesh_total"] == 700.0
    assert rows["17201", 2020]["ipss_total"] is None
    assert [(r["year"]) for r in reconcile(filled.cursor(), "17206")] == [2020, 2025, 2030, 2035, 2040]


def test_two_editions_are_not_added_up(filled):
    _mesh(filled, "A", 2020, 990.0, source=9)
    rows = [r for r in reconcile(filled.cursor(), "17206") if r["year"] == 2020]
    assert sorted((r["source_id"], r["mesh_total"], r["difference"]) for r in rows) == \
        [(1, 1000.0, 0.0), (9, 990.0, -10.0)]


def test_the_analysis_records_and_warns(filled):
    run = run_analysis(filled, "population-reconcile")
    assert run.outputs == {"population_reconciliation": 6}
    assert any("17201" in w for w in run.warnings) and not any("17206" in w for w in run.warnings)
    assert filled.query("SELECT year, difference FROM population_reconciliation WHERE muni_code = '17206' "
                        "AND difference IS NOT NULL ORDER BY year") == [(2020, 0.0), (2025, -50.0), (2030, 50.0)]
    run = run_analysis(filled, "population-reconcile", {"muni_code": "17206"})
    assert run.outputs == {"population_reconciliation": 5} and not run.warnings
