"""The Population panel (gui/population_panel.py) on the bundled population sample (MLIT 500 m mesh projection, IPSS
table by sex, e-Stat census): the station catchment runs population-catchment in a worker and the table shows the
analysis' numbers, the change of the 65+ share between the two years compared, the chart's two pyramids and time
series for the catchment or a mesh cell selected on the map, the column colour and Show columns, and — under
pytest-qt with the time bar — a clock step that changes the 3D columns without rebuilding them."""

from __future__ import annotations

import pytest
import pyvista as pv
from PySide6.QtCore import Qt

from gui.population_models import CatchmentTotalsModel, CatchmentYear
from gui.population_panel import PopulationPanel
from twin import catchments
from twin.document import TwinDocument
from twin.store import Store


@pytest.fixture(scope="module")
def population_project(tmp_path_factory):
    from importers.registry import import_path
    from twin.paths import SAMPLE_DEM, SAMPLE_DIR

    path = tmp_path_factory.mktemp("popgui") / "pop.duckdb"
    with Store(path) as s:
        import_path(s, SAMPLE_DEM)
        for f in sorted((SAMPLE_DIR / "population").iterdir()):
            import_path(s, f)
    return path


@pytest.fixture
def document(population_project):
    store = Store(population_project)
    doc = TwinDocument(store)
    doc.create_default_layers()
    yield doc
    store.close()


@pytest.fixture
def panel(qtbot, document):
    p = PopulationPanel()
    qtbot.addWidget(p)
    p.set_document(document)
    yield p
    p.set_document(None)


def _run(panel, qtbot, kind="circle", radius=800.0, method="area"):
    panel.set_catchment_choice(kind, radius)
    panel.chooser.set_method(method)
    assert panel.run() is not None
    qtbot.waitUntil(lambda: panel.runner is None, timeout=60_000)
    assert panel.last_outcome == "ran"


def test_totals_model(qtmodeltester):
    m = CatchmentTotalsModel()
    m.set_rows([CatchmentYear(2020, "projection", 1000.0, 100.0, 500.0, 400.0, 200.0, 0.4, 3),
                CatchmentYear(2040, "projection", 800.0, 60.0, 340.0, 400.0, 250.0, 0.5, 3)])
    m.set_marks((2020,), 2040)
    qtmodeltester.check(m)
    assert m.data(m.index(1, 6)) == "50.0 %" and m.data(m.index(0, 1)) == "1,000"
    assert m.data(m.index(0, 0), Qt.ItemDataRole.BackgroundRole) is not None
    assert m.data(m.index(1, 0), Qt.ItemDataRole.FontRole).bold()
    m.sort(1, Qt.SortOrder.AscendingOrder)
    assert [r.year for r in m.rows] == [2040, 2020]
    qtmodeltester.check(m)


def test_station_catchment_runs_and_the_table_shows_the_analysis_numbers(panel, qtbot, document, qtmodeltester):
    assert panel.has_data() and panel.stack.currentIndex() == 1
    assert panel.years() == (2020, 2040)
    _run(panel, qtbot, "circle", 800.0)
    qtmodeltester.check(panel.model)
    store = document.store
    wkt = catchments.station_circle(store.crs, 800.0)
    expected = {(r["year"], r["kind"]): r for r in catchments.summarise(store.cursor(), wkt, name="x")}
    stored = store.query("SELECT catchment, year, kind, total, share_65_plus FROM catchment_population")
    assert stored and {r[0] for r in stored} == {"station-800m"}
    assert panel.model.rowCount() == len(stored) == len(expected)
    m = panel.model
    for i, row in enumerate(m.rows):
        e = expected[(row.year, row.kind)]
        assert row.total == pytest.approx(e["total"]) and row.share_65_plus == pytest.approx(e["share_65_plus"])
        assert m.data(m.index(i, 1)) == f"{e['total']:,.0f}"
        assert m.data(m.index(i, 6)) == f"{100 * e['share_65_plus']:.1f} %"
    a, b = expected[(2020, "projection")], expected[(2040, "projection")]
    text = panel.change_label.text()
    assert f"{100 * a['share_65_plus']:.1f} % (2020)" in text and f"{100 * b['share_65_plus']:.1f} % (2040)" in text
    assert f"{100 * (b['share_65_plus'] - a['share_65_plus']):+.1f} points" in text
    # the chart: the catchment's pyramids of both years, men left and women right (IPSS ratio), and the series
    chart = panel.chart
    assert chart.pyramid_years() == [2020, 2040] and len(chart.pyramid_axes) == 2
    for ax, year in zip(chart.pyramid_axes, (2020, 2040)):
        bars = ax.patches
        assert len(bars) == 2 * 20 and ax.get_title().startswith(f"{year}: ")
        assert sum(-p.get_width() for p in bars[:20]) + sum(p.get_width() for p in bars[20:]) == \
            pytest.approx(expected[(year, "projection")]["total"], rel=1e-6)
    assert "IPSS" in chart.figure.get_suptitle()
    assert [round(p.get_height()) for p in chart.series_ax.patches][0] == round(a["total"])
    # another pair of years: the marks, the change and the pyramids follow
    panel.set_years(2020, 2050)
    assert chart.pyramid_years() == [2020, 2050] and "(2050)" in panel.change_label.text()


def test_a_drawn_polygon_runs_as_the_catchment(panel, qtbot, document):
    from types import SimpleNamespace

    x, y = catchments.station_xy(document.store.crs)
    corners = [(x - 600, y - 400), (x + 700, y - 400), (x + 700, y + 900), (x - 600, y + 900)]
    panel.polygon_drawn([SimpleNamespace(point=(cx, cy, 10.0)) for cx, cy in corners])
    qtbot.waitUntil(lambda: panel.runner is None, timeout=60_000)
    assert panel.last_outcome == "ran" and panel.chooser.choice() == ("drawn", None)
    import shapely
    wkt = shapely.Polygon(corners).wkt
    expected = {r["year"]: r["total"] for r in catchments.summarise(document.store.cursor(), wkt)
                if r["kind"] == "projection"}
    rows = document.store.query("SELECT catchment, year, total FROM catchment_population WHERE kind = 'projection'")
    assert {r[0] for r in rows} == {"drawn-polygon"}
    assert {r[1]: pytest.approx(r[2]) for r in rows} == expected
    assert panel.chart.place == "Drawn polygon" and panel.chart.pyramid_years() == [2020, 2040]
    panel.polygon_drawn([SimpleNamespace(point=(x, y, 0.0))])
    assert "three corners" in panel.status_label.text()


def test_a_mesh_cell_selected_on_the_map_is_charted(panel, document):
    layer = next(v for v in document.layers if v.kind == "mesh_population")
    fid, code = document.store.query("SELECT id, mesh_code FROM population_columns WHERE year = 2040 "
                                     "ORDER BY value DESC LIMIT 1")[0]
    document.selection.set(layer.id, [fid], origin="pick")
    assert panel.cell == code and panel.chart_for.currentData() == "cell"
    assert code in panel.chart.place and panel.chart.pyramid_years() == [2020, 2040]
    total = document.store.query("SELECT value FROM population_columns WHERE mesh_code = ? AND year = 2040",
                                 [code])[0][0]
    assert panel.chart.pyramids[1].total == pytest.approx(total)


def test_colour_and_show_columns(panel, document):
    layer = next(v for v in document.layers if v.kind == "mesh_population")
    assert not layer.visible                                       # the default layer is added unticked
    panel.colour_combo.setCurrentIndex(panel.colour_combo.findData("change_vs_2020"))
    panel.apply_colour()
    assert layer.style.attribute == "change_vs_2020" and layer.style.method == "manual"
    assert panel.show_columns()
    assert layer.visible and document.tree.is_shown(layer)
    assert document.clock.current.year == 2040 and document.clock.start.year == 2020


def test_a_time_bar_step_changes_the_columns(panel, qtbot, document, monkeypatch):
    from gui.time_bar import TimeBar
    from layers.scene import SceneController

    monkeypatch.setattr(pv, "OFF_SCREEN", True)
    bar = TimeBar()
    qtbot.addWidget(bar)
    bar.set_document(document)
    plotter = pv.Plotter(off_screen=True, window_size=(300, 200))
    scene = SceneController(document, plotter, request_render=lambda: None, progressive=False)
    try:
        layer = next(v for v in document.layers if v.kind == "mesh_population")
        ad = scene.adapters[layer.id]
        builds = ad.build_count
        assert panel.play_years()
        document.clock.playing = False
        heights = {}
        for i, year in enumerate((2020, 2025)):
            if i:
                assert bar.step(1)                               # the time bar's step button, one 5-year step
            assert ad.year == year and bar.clock.current.year == year
            rows = dict(document.store.query("SELECT id, height_m FROM population_columns WHERE year = ?", [year]))
            drawn = set(ad.features.fids[ad.features.cell_fidx[ad.drawing.last_rgba[:, 3] > 0]].tolist())
            assert drawn == set(rows)
            faces = ad.mesh.faces.reshape(-1, 4)[:, 1:]
            z = ad.mesh.points[:, 2] - ad._zground
            heights[year] = float(z[faces[ad.drawing.last_rgba[:, 3] > 0]].sum())
            assert abs(float(z.max()) - max(rows.values())) < 0.01   # the tallest column drawn is that year's
        assert ad.build_count == builds and heights[2025] < heights[2020]
        assert panel.model.clock_year == 2025 and panel.chart.clock_year == 2025
    finally:
        bar.set_document(None)
        scene.close()
        plotter.close()
        plotter.deep_clean()


# -- the catchment's pyramid and its outline: with the run, off the GUI thread, after reopening ------------------


@pytest.fixture(scope="module")
def floor_project(population_project, tmp_path_factory):
    """The population project with the PLATEAU sample buildings (residential floor area for the floor-area method)."""
    import shutil

    from importers.registry import import_path
    from twin.paths import SAMPLE_CITYGML

    path = tmp_path_factory.mktemp("popfloor") / "floor.duckdb"
    shutil.copy(population_project, path)
    with Store(path) as s:
        import_path(s, SAMPLE_CITYGML)
    return path


@pytest.fixture
def threads(monkeypatch):
    """The threads twin.population_pyramid.catchment_values ran in."""
    import threading

    from twin import population_pyramid as pyr
    seen: list[threading.Thread] = []
    inner = pyr.catchment_values

    def spy(*args, **kwargs):
        seen.append(threading.current_thread())
        return inner(*args, **kwargs)
    monkeypatch.setattr(pyr, "catchment_values", spy)
    return seen


@pytest.fixture
def host(monkeypatch):
    """A window stand-in whose view has a scene (the outline is drawn into it), off screen."""
    from types import SimpleNamespace

    monkeypatch.setattr(pv, "OFF_SCREEN", True)
    plotter = pv.Plotter(off_screen=True, window_size=(300, 200))
    scenes = []

    def attach(document):
        from layers.scene import SceneController
        scenes.append(SceneController(document, plotter, request_render=lambda: None, progressive=False))
        h.viewport.scene = scenes[-1]
    h = SimpleNamespace(viewport=SimpleNamespace(scene=None, fit_bounds=lambda bounds: True), attach=attach)
    yield h
    for scene in scenes:
        scene.close()
    plotter.close()
    plotter.deep_clean()


def _open(qtbot, host, store) -> PopulationPanel:
    """A panel on a new document over ``store`` (as after reopening the project), its catchment loaded."""
    doc = TwinDocument(store)
    host.attach(doc)
    p = PopulationPanel(host)
    qtbot.addWidget(p)
    p.set_document(doc)
    qtbot.waitUntil(lambda: not p.loader.busy, timeout=60_000)
    return p


def _outline_bounds(panel):
    b = panel.outline.mesh.bounds
    return tuple(round(float(v), 3) for v in (b[0], b[1], b[2], b[3]))


def test_the_pyramid_comes_with_the_run_by_the_tables_method(floor_project, qtbot, threads):
    """Floor-area method: the chart's pyramids add up to the table's floor-area totals (not the area share's), and
    were computed once, in the run's worker, never on the GUI thread; comparing other years reuses them."""
    import threading

    store = Store(floor_project)
    try:
        doc = TwinDocument(store)
        panel = PopulationPanel()
        qtbot.addWidget(panel)
        panel.set_document(doc)
        qtbot.waitUntil(lambda: not panel.loader.busy, timeout=60_000)
        threads.clear()
        _run(panel, qtbot, "circle", 1500.0, "floor-area")
        assert len(threads) == 1 and threads[0] is not threading.main_thread()
        wkt = catchments.station_circle(store.crs, 1500.0)
        by_floor = {r["year"]: r["total"] for r in catchments.summarise(store.cursor(), wkt, method="floor-area")
                    if r["kind"] == "projection"}
        by_area = {r["year"]: r["total"] for r in catchments.summarise(store.cursor(), wkt)
                   if r["kind"] == "projection"}
        assert abs(by_floor[2040] - by_area[2040]) > 10               # the buildings make a difference
        table = {r.year: r.total for r in panel.model.rows if r.kind == "projection"}
        assert table == pytest.approx(by_floor)
        chart = panel.chart
        assert chart.pyramid_years() == [2020, 2040] and "area share" not in chart.place
        assert [p.total for p in chart.pyramids] == pytest.approx([by_floor[2020], by_floor[2040]])
        assert panel.data.method == "floor-area" and panel.data.series.method == "floor-area"
        panel.set_years(2030, 2050)
        assert chart.pyramids[1].total == pytest.approx(by_floor[2050]) and len(threads) == 1
        panel.set_document(None)
    finally:
        store.close()


def test_reopening_restores_a_drawn_catchment_its_outline_and_method(floor_project, qtbot, host, threads):
    import threading
    from types import SimpleNamespace

    import shapely

    store = Store(floor_project)
    try:
        panel = _open(qtbot, host, store)
        x, y = catchments.station_xy(store.crs)
        corners = [(x - 900, y - 500), (x + 600, y - 700), (x + 800, y + 800), (x - 700, y + 600)]
        panel.chooser.set_method("floor-area")
        panel.polygon_drawn([SimpleNamespace(point=(cx, cy, 5.0)) for cx, cy in corners])
        qtbot.waitUntil(lambda: panel.runner is None, timeout=60_000)
        assert panel.last_outcome == "ran" and panel.outline is not None
        drawn = _outline_bounds(panel)
        assert drawn == pytest.approx((x - 900, x + 800, y - 700, y + 800), abs=0.01)
        pyramid_2040 = panel.chart.pyramids[1].total
        panel.set_document(None)
        assert panel.outline is None
        threads.clear()
        again = _open(qtbot, host, store)                       # the project reopened
        assert threads and all(t is not threading.main_thread() for t in threads)
        assert again.catchment is not None and again.catchment[0] == "drawn-polygon"
        assert shapely.from_wkt(again.catchment[1]).equals(shapely.Polygon(corners))
        assert again.outline is not None and _outline_bounds(again) == drawn
        assert again.chooser.choice() == ("drawn", None) and again.chooser.method() == "floor-area"
        assert again.chart.place == "Drawn polygon" and again.chart.pyramids[1].total == pytest.approx(pyramid_2040)
        again.set_document(None)
    finally:
        store.close()


def test_reopening_restores_a_file_catchment(floor_project, qtbot, host, tmp_path):
    import geopandas as gpd
    from shapely.geometry import box

    store = Store(floor_project)
    try:
        x, y = catchments.station_xy(store.crs)
        path = tmp_path / "area.geojson"
        lonlat = gpd.GeoSeries([box(x - 1000, y - 400, x + 500, y + 1200)], crs=store.crs).to_crs("EPSG:6668")
        gpd.GeoDataFrame({"name": ["area"]}, geometry=lonlat).to_file(path, driver="GeoJSON", engine="pyogrio")
        panel = _open(qtbot, host, store)
        panel.chooser.set_file(str(path))
        _run(panel, qtbot, "file", None, "area")
        drawn = _outline_bounds(panel)
        assert drawn == pytest.approx((x - 1000, x + 500, y - 400, y + 1200), abs=0.01)
        panel.set_document(None)
        again = _open(qtbot, host, store)
        assert again.catchment[0] == "area.geojson" and _outline_bounds(again) == pytest.approx(drawn, abs=1e-6)
        assert again.chooser.choice() == ("file", None) and again.chooser.file_path == str(path)
        assert again.chooser.method() == "area" and again.chart.pyramid_years() == [2020, 2040]
        # the file is gone: the numbers stay, the chart says why the catchment cannot be shown
        again.set_document(None)
        path.unlink()
        gone = _open(qtbot, host, store)
        assert gone.catchment is None and gone.outline is None and gone.model.rowCount()
        assert "cannot be shown" in gone.chart.message and "area.geojson" in gone.chart.message
        gone.set_document(None)
    finally:
        store.close()


# -- a scenario's residents: the forecast with and without it (issue 9, population link) --------------------------


@pytest.fixture(scope="module")
def scenario_project(imported_sample_project, tmp_path_factory):
    """The default sample project (population, PLATEAU buildings, the two sample scenarios), copied."""
    import shutil

    path = tmp_path_factory.mktemp("popscen") / "kaga.duckdb"
    shutil.copy(imported_sample_project, path)
    return path


def test_a_scenario_adds_its_phased_residents_to_the_table_and_the_chart(scenario_project, qtbot, qtmodeltester,
                                                                         monkeypatch):
    import threading

    from twin import scenario_population

    seen: list[threading.Thread] = []
    inner = scenario_population.forecast_with_scenario

    def spy(*args, **kwargs):
        seen.append(threading.current_thread())
        return inner(*args, **kwargs)
    monkeypatch.setattr(scenario_population, "forecast_with_scenario", spy)
    store = Store(scenario_project)
    doc = TwinDocument(store)
    p = PopulationPanel()
    qtbot.addWidget(p)
    try:
        p.set_document(doc)
        qtbot.waitUntil(lambda: not p.loader.busy, timeout=60_000)
        combo = p.scenario_choice.combo
        assert [combo.itemData(i) for i in range(combo.count())] == ["", "駅東ホテル棟", "駅北住宅"]
        assert "not split by age" in combo.toolTip()
        p.scenario_choice.set_name("駅北住宅")
        _run(p, qtbot, "circle", 800.0, "area")
        qtbot.waitUntil(lambda: not p.loader.busy and p.scenario_name() == "駅北住宅", timeout=60_000)
        assert seen and all(t is not threading.main_thread() for t in seen)     # computed off the GUI thread
        m = p.model
        qtmodeltester.check(m)
        assert m.columnCount() == 8 and m.headerData(7, Qt.Orientation.Horizontal) == "With scenario"
        assert "not split by age" in m.headerData(7, Qt.Orientation.Horizontal, Qt.ItemDataRole.ToolTipRole)
        expected = {r["year"]: r for r in inner(store, "駅北住宅", catchment="station-800m", method="area")}
        shown = {r.year: r for r in m.rows if r.kind == "projection"}
        assert set(expected) <= set(shown)
        for year, r in expected.items():
            assert shown[year].with_scenario == pytest.approx(r["with"], abs=0.1)
            assert shown[year].total == pytest.approx(r["without"], abs=0.1)
            row = m.row_of((year, "projection"))
            assert m.data(m.index(row, 7)) == f"{r['with']:,.0f}"
        # phase 1 (2028) adds residents by the 2030 census day, phase 2 (2035) more
        assert 0 < expected[2030]["scenario_residents"] < expected[2035]["scenario_residents"]
        assert expected[2040]["scenario_residents"] == expected[2035]["scenario_residents"]
        line = p.chart.scenario_line
        assert line is not None and line.get_label() == "With 駅北住宅"
        assert dict(zip(line.get_xdata(), line.get_ydata())) == pytest.approx(
            {y: r["with"] for y, r in expected.items()})
        assert "not split by age" in p.chart.figure.get_supxlabel()
        # none: the column and the line go; the hotel (no homes) is computed in the background when chosen
        p.scenario_choice.set_name(None)
        assert m.columnCount() == 7 and p.chart.scenario_line is None
        qtmodeltester.check(m)
        calls = len(seen)
        p.scenario_choice.set_name("駅東ホテル棟")
        qtbot.waitUntil(lambda: p.scenario_name() == "駅東ホテル棟", timeout=60_000)
        assert len(seen) == calls + 1 and seen[-1] is not threading.main_thread()
        assert m.columnCount() == 8
        assert all(r.with_scenario == pytest.approx(r.total, abs=0.1) for r in m.rows if r.kind == "projection")
        qtmodeltester.check(m)
    finally:
        p.set_document(None)
        store.close()
