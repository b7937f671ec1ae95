"""TwinDocument on real (temporary) stores: defaults, state round trip, attributes, identify."""

from __future__ import annotations

import numpy as np
import pytest

from twin.document import LayerDataError, TwinDocument, from_latlon, grid_convergence, to_latlon
from twin.layer import Layer
from twin.paths import STATION_LATLON
from twin.store import Store
from twin.style import Style
from twin.synthetic import write_synthetic_city


@pytest.fixture(scope="module")
def city_store(tmp_path_factory):
    path = tmp_path_factory.mktemp("city") / "city.duckdb"
    with Store(path) as s:
        city = write_synthetic_city(s, 150, seed=3, lod2_fraction=0.3)
    s = Store(path)
    s.city = city
    yield s
    s.close()


def test_latlon_round_trip_and_station():
    x, y = from_latlon(*STATION_LATLON)
    lat, lon = to_latlon(x, y)
    assert lat == pytest.approx(STATION_LATLON[0], abs=1e-9) and lon == pytest.approx(STATION_LATLON[1], abs=1e-9)
    # Kaga lies west of zone VII's origin meridian (137°10'E): grid north is turned slightly
    assert 0.2 < abs(grid_convergence(x, y)) < 1.0


def test_default_layers_terrain_roads_buildings_by_usage(city_store):
    doc = TwinDocument(city_store)
    new = doc.create_default_layers()
    assert [v.kind for v in new] == ["terrain", "roads", "buildings"]
    b = doc.layers.by_kind("buildings")[0]
    assert b.params["lod"] == 2 and b.style.mode == "categorized" and b.style.attribute == "usage"
    assert doc.layers.by_kind("terrain")[0].params["raster_id"] == city_store.city.dem_id
    assert doc.camera == {"preset": "station"}


def test_default_layers_on_an_empty_project(store):
    doc = TwinDocument(store)
    assert doc.create_default_layers() == []
    assert doc.restore_state() is False


def test_add_missing_default_layers_adds_only_what_has_no_layer(store):
    doc = TwinDocument(store)
    assert doc.add_missing_default_layers() == []                 # an empty project has nothing to show
    note = Layer(name="メモ", kind="vector", source="SELECT 1 AS id")
    doc.layers.append(note)
    write_synthetic_city(store, 30, seed=1, with_dem=False)       # buildings and roads, no DEM yet
    batches = []
    doc.layers.events.begin_batch.connect(lambda: batches.append("begin"))
    doc.layers.events.end_batch.connect(lambda: batches.append("end"))
    new = doc.add_missing_default_layers()
    assert batches == ["begin", "end"]
    assert [v.kind for v in new] == ["roads", "buildings"]
    # roads and buildings go into the PLATEAU group, kept together where its top layer (buildings) is
    assert [v.kind for v in doc.layers] == ["vector", "roads", "buildings"]
    assert [v.name for v in doc.tree.layers_of(doc.tree.group("PLATEAU"))] == ["道路", "建物"]
    roads, buildings = new
    assert roads.params["raster_id"] is None and buildings.params["lod"] == 2
    assert buildings.style.attribute == "usage" and doc.layers.selection.active is buildings
    buildings.name = "my buildings"
    assert doc.add_missing_default_layers() == []
    # a DEM arrives (a later import): terrain goes under the roads, and the roads are draped on it
    dem_id = write_synthetic_city(store, 4, seed=2, with_roads=False, with_risks=False).dem_id
    new = doc.add_missing_default_layers()
    assert [v.kind for v in new] == ["terrain"] and new[0].params["raster_id"] == dem_id
    assert [v.kind for v in doc.layers] == ["terrain", "vector", "roads", "buildings"]
    assert roads.params["raster_id"] == dem_id
    assert doc.layers.names() == ["地形", "メモ", "道路", "my buildings"]
    assert doc.add_missing_default_layers() == []


def test_default_layers_and_missing_layers_agree(city_store):
    doc = TwinDocument(city_store)
    created = doc.create_default_layers()
    doc2 = TwinDocument(city_store)
    added = doc2.add_missing_default_layers()
    strip = [{k: v for k, v in layer.to_state().items() if k != "id"} for layer in created]
    assert strip == [{k: v for k, v in layer.to_state().items() if k != "id"} for layer in added]
    assert doc.layers.selection.active is created[-1]


def test_save_restore_round_trip(tmp_path):
    path = tmp_path / "p.duckdb"
    with Store(path) as s:
        write_synthetic_city(s, 30, with_risks=False)
        doc = TwinDocument(s)
        doc.create_default_layers()
        b = doc.layers.by_kind("buildings")[0]
        b.style = Style(mode="graduated", attribute="measured_height", colormap="YlOrRd", classes=4)
        b.opacity = 0.6
        doc.layers.by_kind("roads")[0].visible = False
        doc.layers.append(Layer(name="extra", kind="vector", source="roads"))
        doc.layers.move(3, 0)
        doc.layers.selection.active = b
        cam = {"position": [1.0, 2.0, 3.0], "focal_point": [0.0, 0.0, 0.0], "view_up": [0, 0, 1],
               "view_angle": 30.0, "parallel_projection": False, "parallel_scale": 1.0}
        doc.save_state(camera=cam)
        saved = doc.layers.to_state()
    with Store(path) as s:
        doc2 = TwinDocument(s)
        assert doc2.restore_state() is True
        assert doc2.layers.to_state() == saved
        assert doc2.layers.names()[0] == "extra"
        assert doc2.camera == cam
        assert doc2.layers.selection.active.kind == "buildings"
        assert doc2.layers.by_kind("buildings")[0].style.colormap == "YlOrRd"


BROKEN_LAYER_STATES = {
    "unknown kind": lambda st: dict(st, kind="hologram"),
    "not an object": lambda st: 42,
    "opacity is text": lambda st: dict(st, opacity="half"),
    "unknown style mode": lambda st: dict(st, style=dict(st["style"], mode="sparkly")),
    "params not a mapping": lambda st: dict(st, params=[1]),
}


@pytest.mark.parametrize("damage", list(BROKEN_LAYER_STATES.values()), ids=list(BROKEN_LAYER_STATES))
def test_a_saved_layer_that_cannot_be_read_is_left_out_and_reported(tmp_path, damage):
    """One unreadable layer in the saved state (a newer version's kind, a hand-edited value, …): the other
    layers come back as they were saved, with their order, styles and the active layer, and :attr:`warnings`
    names the one that was left out."""
    path = tmp_path / "p.duckdb"
    with Store(path) as s:
        write_synthetic_city(s, 30, with_risks=False)
        doc = TwinDocument(s)
        doc.create_default_layers()
        roads = doc.layers.by_kind("roads")[0]
        roads.name = "主要道路"
        b = doc.layers.by_kind("buildings")[0]
        b.style = Style(mode="graduated", attribute="measured_height", colormap="magma", classes=4)
        doc.layers.selection.active = b
        doc.save_state()
        saved = {v["id"]: v for v in doc.layers.to_state()}
        state = s.app_state("layers")
        state["layers"] = [damage(v) if v["id"] == roads.id else v for v in state["layers"]]
        s.set_app_state("layers", state)
    with Store(path) as s:
        doc2 = TwinDocument(s)
        assert doc2.load_layers() is True                     # restored, not replaced by the defaults
        assert [v.kind for v in doc2.layers] == ["terrain", "buildings"]
        for v in doc2.layers:
            assert v.to_state() == saved[v.id]
        assert doc2.layers.selection.active is doc2.layers.by_kind("buildings")[0]
        assert len(doc2.warnings) == 1
        assert "could not be restored" in doc2.warnings[0]
        if isinstance(damage({"style": {}}), dict):            # the entry still has its name: the user is told which
            assert "主要道路" in doc2.warnings[0]


def test_removing_a_layer_clears_its_selection(city_store):
    doc = TwinDocument(city_store)
    doc.create_default_layers()
    b = doc.layers.by_kind("buildings")[0]
    doc.selection.set(b.id, [1, 2])
    doc.layers.remove(b)
    assert doc.selection.ids(b.id) == frozenset()


def test_attributes_and_values(city_store):
    doc = TwinDocument(city_store)
    doc.create_default_layers()
    b = doc.layers.by_kind("buildings")[0]
    names = [a.name for a in doc.attributes(b)]
    assert {"usage", "measured_height", "year_built", "max_flood_depth"} <= set(names)
    assert "footprint" not in names and "attributes" not in names
    ids, vals = doc.attribute_values(b, "max_flood_depth")
    assert len(ids) == city_store.city.n_buildings and np.all(np.diff(ids) > 0)
    expect = dict(city_store.query(
        "SELECT b.id, max(r.depth_m) FROM buildings b JOIN building_risks r USING (gml_id, source_id) GROUP BY 1"))
    got = {int(i): v for i, v in zip(ids, vals) if not np.isnan(v)}
    assert got == pytest.approx(expect)
    ids, usage = doc.attribute_values(b, "usage")
    assert usage.dtype == object and set(usage) <= {"住宅", "共同住宅", "店舗等併用住宅", "商業施設", "業務施設",
                                                    "宿泊施設", "工場", "運輸倉庫施設", "文教厚生施設", "官公庁施設", "その他"}
    with pytest.raises(LayerDataError, match="valid attributes: .*usage"):
        doc.attribute_values(b, "no_such_column")


def test_identify_building_has_everything(city_store):
    doc = TwinDocument(city_store)
    doc.create_default_layers()
    b = doc.layers.by_kind("buildings")[0]
    fid, gml, n_risks = city_store.query(
        "SELECT b.id, b.gml_id, count(*) FROM buildings b JOIN building_risks r USING (gml_id, source_id) "
        "GROUP BY ALL ORDER BY count(*) DESC, b.id LIMIT 1")[0]
    info = doc.identify(b, fid)
    assert info["feature_id"] == fid and info["attributes"]["gml_id"] == gml
    assert info["attributes"]["building_id"].startswith("17206-bldg-")
    assert info["codes"]["usage"]["label"] == info["attributes"]["usage"]
    assert info["codes"]["usage"]["code"] == info["attributes"]["usage_code"]
    assert len(info["risks"]) == n_risks >= 2
    assert {r["risk_type"] for r in info["risks"]} <= {"river_flood", "inland_flood"}
    assert all("depth_m" in r and "rank" in r for r in info["risks"])
    lat, lon = info["geometry"]["latlon"]
    assert abs(lat - 36.32) < 0.05 and abs(lon - 136.35) < 0.05
    assert info["geometry"]["area_m2"] > 10
    assert info["surfaces"]["lod1"] > 0
    with pytest.raises(LayerDataError):
        doc.identify(b, 10 ** 9)


def test_feature_table_per_kind(city_store):
    doc = TwinDocument(city_store)
    # buildings come with their flood and risk summary (view of migration 0002), filterable and exportable
    assert doc.feature_table(Layer(kind="buildings")) == ('"buildings_with_risks"', "id")
    rows = dict(city_store.query('SELECT id, max_flood_depth FROM buildings_with_risks WHERE max_flood_depth > 0'))
    expect = dict(city_store.query(
        "SELECT b.id, max(r.depth_m) FROM buildings b JOIN building_risks r USING (gml_id, source_id) "
        "WHERE r.risk_type IN ('river_flood', 'inland_flood', 'reservoir_flood', 'tsunami', 'high_tide') "
        "AND r.depth_m > 0 GROUP BY 1"))
    assert rows == pytest.approx(expect) and rows
    assert city_store.query("SELECT count(*) FROM buildings_with_risks") == city_store.query(
        "SELECT count(*) FROM buildings")
    assert doc.feature_table(Layer(kind="roads")) == ('"roads"', "id")
    assert doc.feature_table(Layer(kind="vector", source="building_risks")) == ('"building_risks"', "rowid")
    assert doc.feature_table(Layer(kind="terrain")) is None
    q = Layer(kind="vector", source="SELECT id, geom FROM roads", params={"id_column": "id"})
    assert doc.feature_table(q) == ("(SELECT id, geom FROM roads)", "id")
    assert doc.feature_count(q) == city_store.city.n_roads
