"""Catchment population (twin/catchments.py): mesh values apportioned by the share of each cell's area inside the
catchment, merged cells counted once; on hand-built 100 m cells whose shares are known by construction."""

from __future__ import annotations

import pytest

from twin import catchments
from twin.analysis import run_analysis

#: a 2×2 grid of 100 m cells: A (0..100, 0..100), B (100..200, 0..100), C (0..100, 100..200), D (100..200, 100..200)
CELLS = {"A": (0, 0), "B": (100, 0), "C": (0, 100), "D": (100, 100)}


def _square(x0, y0, x1, y1) -> str:
    return f"POLYGON (({x0} {y0}, {x1} {y0}, {x1} {y1}, {x0} {y1}, {x0} {y0}))"


def _fill(store, values, merged=None, year=2020):
    """values: cell → (total, 65+); merged: cell → the cell it was merged into."""
    merged = merged or {}
    for code, (x, y) in CELLS.items():
        store.query("INSERT INTO population_mesh_cells VALUES (?, 4, ST_GeomFromText(?), 1)",
                    [code, _square(x, y, x + 100, y + 100)])
    for code, (total, old) in values.items():
        for band, v in (("total", total), ("65+", old), ("0-14", total / 10), ("15-64", total - old - total / 10),
                        ("75+", old / 2)):
            store.query("INSERT INTO mesh_population (mesh_code, level, year, kind, band, value, merged_into, "
                        "source_id) VALUES (?, 4, ?, 'projection', ?, ?, ?, 1)",
                        [code, year, band, v, merged.get(code)])


def _one(store, wkt, **kw):
    cur = store.cursor()
    try:
        rows = catchments.summarise(cur, wkt, **kw)
    finally:
        cur.close()
    assert len(rows) == 1
    return rows[0]


def test_a_square_over_the_middle_of_a_2x2_grid_takes_a_quarter_of_each_cell(store):
    _fill(store, {"A": (100, 40), "B": (100, 40), "C": (100, 20), "D": (100, 20)})
    r = _one(store, _square(50, 50, 150, 150), name="middle")
    assert r["total"] == pytest.approx(100.0)               # 4 × 100 × ¼
    assert r["age_65_plus"] == pytest.approx(30.0)          # (40 + 40 + 20 + 20) × ¼
    assert r["share_65_plus"] == pytest.approx(0.30)
    assert r["age_75_plus"] == pytest.approx(15.0)
    assert r["age_0_14"] == pytest.approx(10.0)
    assert r["cells"] == 4 and r["catchment"] == "middle" and r["year"] == 2020 and r["kind"] == "projection"


def test_whole_and_half_cells(store):
    _fill(store, {"A": (100, 50), "B": (400, 0), "C": (60, 30), "D": (1000, 1000)})
    # A whole, C half (0..100 × 100..150), B and D outside (touching edges count nothing)
    r = _one(store, _square(0, 0, 100, 150))
    assert r["total"] == pytest.approx(130.0)
    assert r["age_65_plus"] == pytest.approx(65.0)
    assert r["share_65_plus"] == pytest.approx(0.5)
    assert r["cells"] == 2


def test_a_circle_covering_half_a_cell(store):
    """A circle centred on the shared edge of A and B lies half in each: A's half of its area counts."""
    import shapely

    _fill(store, {"A": (1000, 100), "B": (0, 0), "C": (0, 0), "D": (0, 0)})
    circle = shapely.Point(100, 50).buffer(30, quad_segs=64)
    r = _one(store, circle.wkt)
    assert r["total"] == pytest.approx(1000 * circle.area / 2 / 100 ** 2, rel=1e-9)


def test_merged_cells_are_not_counted_twice(store):
    """D was merged into B (e-Stat HTKSYORI 2): B publishes both cells' people (200), D's own row is left out as
    in mesh_population_totals, and B's value is spread over the two cells' area."""
    _fill(store, {"A": (100, 10), "B": (200, 100), "C": (100, 10), "D": (80, 40)}, merged={"D": "B"})
    everything = _one(store, _square(-10, -10, 210, 210))
    totals = store.query("SELECT value FROM mesh_population_totals WHERE band = 'total'")[0][0]
    assert everything["total"] == pytest.approx(400.0) == pytest.approx(totals)
    only_b = _one(store, _square(100, 0, 200, 100))
    assert only_b["total"] == pytest.approx(100.0)           # B's 200 over B + D: half of the area is inside
    only_d = _one(store, _square(100, 100, 200, 200))
    assert only_d["total"] == pytest.approx(100.0)           # not D's own 80
    assert only_d["share_65_plus"] == pytest.approx(0.5)


def test_years_and_the_year_filter(store):
    _fill(store, {"A": (100, 30), "B": (100, 30), "C": (100, 30), "D": (100, 30)}, year=2020)
    for code in CELLS:
        store.query("INSERT INTO mesh_population (mesh_code, level, year, kind, band, value, source_id) "
                    "VALUES (?, 4, 2040, 'projection', 'total', 50, 1)", [code])
    cur = store.cursor()
    try:
        rows = catchments.summarise(cur, _square(0, 0, 200, 200))
        assert [(r["year"], r["total"]) for r in rows] == [(2020, 400.0), (2040, 200.0)]
        assert rows[1]["age_65_plus"] is None and rows[1]["share_65_plus"] is None
        assert [r["year"] for r in catchments.summarise(cur, _square(0, 0, 200, 200), year=2040)] == [2040]
    finally:
        cur.close()


def test_the_analysis_records_its_run_and_writes_catchment_population(store, tmp_path):
    """A polygon file in another CRS (EPSG:6668) is read and transformed to the project's."""
    import geopandas as gpd
    from shapely.geometry import box

    _fill(store, {"A": (100, 40), "B": (100, 40), "C": (100, 20), "D": (100, 20)})
    lonlat = gpd.GeoSeries([box(50, 50, 150, 150)], crs=store.crs).to_crs("EPSG:6668")
    path = tmp_path / "area.geojson"
    gpd.GeoDataFrame({"name": ["middle"]}, geometry=lonlat).to_file(path, driver="GeoJSON", engine="pyogrio")
    run = run_analysis(store, "population-catchment", {"file": str(path)})
    assert run.outputs == {"catchment_population": 1}
    assert store.query("SELECT catchment, round(total, 3), round(share_65_plus, 3) FROM catchment_population") == \
        [("area.geojson", 100.0, 0.3)]
    run = run_analysis(store, "population-catchment", {"radius_m": 800})
    assert store.query("SELECT catchment FROM catchment_population") == []    # the station is far from (0, 0)
    assert run.warnings


def test_station_catchments_and_bad_files(tmp_path):
    from twin.errors import InputError

    name, wkt = catchments.resolve("station-800m", "EPSG:6675")
    import shapely
    g = shapely.from_wkt(wkt)
    assert name == "station-800m" and g.area == pytest.approx(3.14159 * 800 ** 2, rel=1e-3)
    assert g.centroid.distance(shapely.Point(*catchments.station_xy("EPSG:6675"))) < 1e-6
    with pytest.raises(InputError, match="not found"):
        catchments.resolve(str(tmp_path / "missing.geojson"), "EPSG:6675")
