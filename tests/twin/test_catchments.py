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


# -- residential floor-area share -----------------------------------------------------------------------------


def _building(store, x0, y0, x1, y1, *, usage="411", floor=None, storeys=None, height=None):
    store.query("INSERT INTO buildings (gml_id, usage_code, total_floor_area, storeys_above, measured_height, "
                "footprint, source_id) VALUES ('b', ?, ?, ?, ?, ST_GeomFromText(?), 2)",
                [usage, floor, storeys, height, _square(x0, y0, x1, y1)])


def test_floor_area_share_and_the_area_fallback(store):
    """The lower half of A and of B: A's people live by floor area (house 300 m² inside, flat 100 m² outside:
    ¾), B has no residential building and falls back to its area share (½); a shop counts nothing."""
    _fill(store, {"A": (100, 40), "B": (200, 80), "C": (0, 0), "D": (0, 0)})
    _building(store, 10, 10, 20, 20, floor=300.0)                      # A, inside
    _building(store, 60, 60, 70, 70, usage="412", floor=100.0)         # A, outside
    _building(store, 30, 30, 40, 40, usage="401", floor=10000.0)       # A, inside, not residential
    half = _square(0, 0, 200, 50)
    by_area = _one(store, half)
    assert by_area["total"] == pytest.approx(150.0) and by_area["method"] == "area"
    assert by_area["fallback_cells"] == 0
    by_floor = _one(store, half, method="floor-area")
    assert by_floor["total"] == pytest.approx(100 * 0.75 + 200 * 0.5)
    assert by_floor["age_65_plus"] == pytest.approx(40 * 0.75 + 80 * 0.5)
    assert by_floor["method"] == "floor-area" and by_floor["fallback_cells"] == 1 and by_floor["cells"] == 2
    # a catchment over A's empty corner takes none of A's people by floor area
    corner = _one(store, _square(70, 0, 100, 50), method="floor-area")
    assert corner["total"] == 0.0 and corner["fallback_cells"] == 0


def test_floor_area_without_a_published_value(store):
    """Footprint × storeys, else × round(height / 3 m) (at least one storey), else the footprint."""
    _building(store, 0, 0, 10, 10, storeys=2)
    _building(store, 20, 0, 30, 10, height=9.0)
    _building(store, 40, 0, 50, 10, height=1.0)
    _building(store, 60, 0, 70, 10)
    _building(store, 80, 0, 90, 10, floor=55.0, storeys=4)
    rows = store.query("SELECT floor_area_m2, floor_area_basis FROM residential_buildings ORDER BY id")
    assert rows == [(200.0, "footprint_x_storeys"), (300.0, "footprint_x_height_3m"),
                    (100.0, "footprint_x_height_3m"), (100.0, "footprint"), (55.0, "total_floor_area")]


def test_a_building_on_a_cell_edge_counts_once_in_the_cell_to_the_east(store):
    _fill(store, {"A": (10, 1), "B": (10, 1), "C": (10, 1), "D": (10, 1)})
    _building(store, 90, 40, 110, 60, floor=80.0)                      # its point lies on the A|B edge
    assert store.query("SELECT mesh_code, floor_area_m2 FROM mesh_residential_buildings") == [("B", 80.0)]


def test_floor_area_of_merged_cells_is_pooled(store):
    """D was merged into B: B's published 200 people are spread over the floor area of B and D together."""
    _fill(store, {"A": (0, 0), "B": (200, 100), "C": (0, 0), "D": (80, 40)}, merged={"D": "B"})
    _building(store, 110, 10, 120, 20, floor=100.0)                    # B
    _building(store, 110, 110, 120, 120, floor=300.0)                  # D
    only_d = _one(store, _square(100, 100, 200, 200), method="floor-area")
    assert only_d["total"] == pytest.approx(150.0)                     # 200 × 300 / 400
    assert only_d["fallback_cells"] == 0


def test_a_drawn_polygon_through_the_analysis_params(store):
    _fill(store, {"A": (100, 40), "B": (100, 40), "C": (100, 20), "D": (100, 20)})
    run = run_analysis(store, "population-catchment", {"wkt": _square(50, 50, 150, 150), "name": "drawn",
                                                       "method": "floor-area"})
    assert run.outputs == {"catchment_population": 1}
    assert store.query("SELECT catchment, round(total, 6), method, fallback_cells FROM catchment_population") == \
        [("drawn", 100.0, "floor-area", 4)]
    assert any("4 of the catchment's cells" in w for w in run.warnings)
    from twin.errors import TwinError
    with pytest.raises(TwinError, match="POLYGON"):
        run_analysis(store, "population-catchment", {"wkt": "POINT (1 2)"})
    with pytest.raises(TwinError, match="method"):
        catchments.summarise(store.cursor(), _square(0, 0, 1, 1), method="households")


def test_cell_shares_are_the_weights_per_year_and_kind(store):
    """D is merged into B in the 2020 census only: that year B carries the share of B + D together (D's area over
    both), while the 2025 projection publishes D alone with its whole share. A and C touch nothing inside."""
    _fill(store, {"A": (100, 10), "B": (200, 100), "C": (100, 10), "D": (80, 40)})       # 2020 projection
    for code, merged in (("B", None), ("D", "B"), ("A", None)):
        store.query("INSERT INTO mesh_population (mesh_code, level, year, kind, band, value, merged_into, source_id) "
                    "VALUES (?, 4, 2020, 'census', 'total', 10, ?, 1)", [code, merged])
    only_d = _square(100, 100, 200, 200)
    cur = store.cursor()
    try:
        assert catchments.cell_shares(cur, only_d) == [(2020, "census", "B", 0.5), (2020, "projection", "D", 1.0)]
        assert catchments.cell_shares(cur, _square(50, 150, 150, 200), year=2020) == [
            (2020, "census", "B", 0.125), (2020, "projection", "C", 0.25), (2020, "projection", "D", 0.25)]
        assert catchments.cell_shares(cur, _square(500, 500, 600, 600)) == []
        # floor area: B's building outside, D's inside; the census cell B pools both, the projection's D has none
        _building(store, 110, 10, 120, 20, floor=100.0)                    # B
        _building(store, 110, 110, 120, 120, floor=300.0)                  # D
        assert catchments.cell_shares(cur, only_d, method="floor-area") == [
            (2020, "census", "B", 0.75), (2020, "projection", "D", 1.0)]
        assert catchments.cell_shares(cur, _square(100, 100, 150, 200), method="floor-area") == [
            (2020, "census", "B", 0.75), (2020, "projection", "D", 1.0)]      # D's building lies in its left half
        # summarise sums the same weights: census B 10 × ¾, projection D 80
        by_kind = {r["kind"]: r["total"] for r in catchments.summarise(cur, only_d, method="floor-area")}
        assert by_kind == {"census": pytest.approx(7.5), "projection": pytest.approx(80.0)}
    finally:
        cur.close()


def test_the_catchment_pyramid_uses_the_method_of_the_table(store):
    """twin.population_pyramid apportions with the same weights as the analysis: by floor area when chosen."""
    from twin import population_pyramid as pp

    _fill(store, {"A": (100, 40), "B": (200, 80), "C": (0, 0), "D": (0, 0)})
    for code, five in (("A", 100.0), ("B", 200.0)):
        for band in ("0-4", "5-9"):
            store.query("INSERT INTO mesh_population (mesh_code, level, year, kind, band, value, source_id) "
                        "VALUES (?, 4, 2020, 'projection', ?, ?, 1)", [code, band, five / 2])
    _building(store, 10, 10, 20, 20, floor=300.0)                      # A, inside
    _building(store, 60, 60, 70, 70, floor=100.0)                      # A, outside
    half = _square(0, 0, 200, 50)
    cur = store.cursor()
    try:
        for method, total in (("area", 150.0), ("floor-area", 175.0)):
            series = pp.catchment_values(cur, half, method)
            row = catchments.summarise(cur, half, method=method)[0]
            assert series.method == method and series.years == [2020]
            assert series.total(2020) == pytest.approx(total) == pytest.approx(row["total"])
            assert series.share(2020) == pytest.approx(row["share_65_plus"])
            assert series.values[2020]["0-4"] == pytest.approx(total / 2)
            assert pp.pyramid_of(cur, series, 2020).total == pytest.approx(total)
    finally:
        cur.close()


# -- network catchments --------------------------------------------------------------------------------------

#: a hand-built network: O (0, 0) → E (500, 0) → N (500, 300) → P (0, 300); P is 300 m from O in a straight line
#: but 1,300 m along the roads
NODES = {1: (0, 0), 2: (500, 0), 3: (500, 300), 4: (0, 300)}
SEGMENTS = {10: (1, 2), 11: (2, 3), 12: (3, 4)}


def _network(store):
    for nid, (x, y) in NODES.items():
        store.query("INSERT INTO road_nodes (id, geom, degree, source_id) VALUES (?, ST_Point(?, ?), 2, 3)",
                    [nid, x, y])
    for sid, (a, b) in SEGMENTS.items():
        (ax, ay), (bx, by) = NODES[a], NODES[b]
        store.query("INSERT INTO road_segments (id, from_node, to_node, length_m, geom, source_id) "
                    "VALUES (?, ?, ?, ?, ST_GeomFromText(?), 3)",
                    [sid, a, b, abs(bx - ax) + abs(by - ay), f"LINESTRING ({ax} {ay}, {bx} {by})"])


def test_reached_network_pieces(store):
    from twin import catchment_network as net

    _network(store)
    graph = net.load_graph(store.cursor())
    pieces = net.reached_pieces(graph, (0, 0), 900)          # O→E 500, E→N 300, 100 of N→P
    assert sum(p.length for p in pieces) == pytest.approx(900.0)
    assert max(p.length for p in pieces if p.coords[0][1] == 300) == pytest.approx(100.0)
    # a start in the middle of a segment walks both ways along it
    pieces = net.reached_pieces(graph, (250, -5), 300)       # 250 back to O, 250 on to E, then 50 up E→N
    assert sum(p.length for p in pieces) == pytest.approx(550.0)
    assert net.reached_pieces(graph, (5000, 5000), 300) == []


def test_a_point_near_in_a_straight_line_but_far_along_the_roads_is_outside(store):
    import shapely

    _network(store)
    wkt = catchments.network_catchment(store.cursor(), store.crs, 900, walk_off_m=10, from_xy=(0, 0))
    area = shapely.from_wkt(wkt)
    assert area.contains(shapely.Point(500, 150)) and area.contains(shapely.Point(420, 300))
    assert not area.contains(shapely.Point(0, 300))           # P: 300 m away, 1,300 m along the roads
    assert not area.contains(shapely.Point(250, 150))         # between the roads, beyond the walk-off
    assert shapely.Point(0, 0).buffer(900).contains(shapely.Point(0, 300))
    # people in a cell around P: the circle of 900 m takes them, the network catchment does not
    store.query("INSERT INTO population_mesh_cells VALUES ('P', 4, ST_GeomFromText(?), 1)",
                [_square(-20, 280, 20, 320)])
    store.query("INSERT INTO mesh_population (mesh_code, level, year, kind, band, value, source_id) "
                "VALUES ('P', 4, 2020, 'projection', 'total', 50, 1)")
    circle = shapely.Point(0, 0).buffer(900, quad_segs=64).wkt
    assert _one(store, circle)["total"] == pytest.approx(50.0)
    assert catchments.summarise(store.cursor(), wkt) == []


def test_network_catchment_errors(store):
    from twin.errors import TwinError

    with pytest.raises(TwinError, match="road centre lines"):
        catchments.network_catchment(store.cursor(), store.crs, 800)
    _network(store)                      # far from the station (the network lies at the zone's origin)
    with pytest.raises(TwinError, match="no road segment within"):
        run_analysis(store, "population-catchment", {"radius_m": 800, "network": True})
    assert catchments.station_distance("station-walk-800m") == (800.0, True)
    assert catchments.station_distance("station-1500m") == (1500.0, False)
    assert catchments.station_distance("area.geojson") is None
    with pytest.raises(TwinError, match="not to a file"):
        catchments.resolve("area.geojson", store.crs, network=True)
