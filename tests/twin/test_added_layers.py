"""Layers added by hand: vector layers from tables, views and queries; raster overlays."""

from __future__ import annotations

import pytest

from twin.added_layers import geometry_tables, raster_layer, raster_overlays, vector_layer
from twin.document import LayerDataError, TwinDocument
from twin.store import Store
from twin.synthetic import write_synthetic_city


@pytest.fixture(scope="module")
def doc(tmp_path_factory):
    path = tmp_path_factory.mktemp("city") / "city.duckdb"
    with Store(path) as s:
        write_synthetic_city(s, 120, seed=5, lod2_fraction=0.0)
        s.query("CREATE VIEW tall AS SELECT id, footprint, measured_height FROM buildings WHERE measured_height > 12")
        s.query("CREATE TABLE notes (txt VARCHAR)")
    store = Store(path)
    yield TwinDocument(store)
    store.close()


def test_geometry_tables_list_tables_and_views_with_geometry(doc):
    tables = {t.name: t for t in geometry_tables(doc)}
    assert {"buildings", "roads", "tall"} <= set(tables)
    assert "notes" not in tables and "sources" not in tables
    assert "rasters" not in tables                        # a raster overlay, not a vector layer
    assert "road_surfaces" not in tables                  # empty: nothing to draw
    assert tables["buildings"].geometry_columns == ("footprint",)
    assert tables["buildings"].rows == 120
    assert tables["tall"].rows == doc.store.query("SELECT count(*) FROM buildings WHERE measured_height > 12")[0][0]


def test_vector_layer_from_a_view_and_its_features(doc):
    lay = vector_layer(doc, "tall", name="高い建物")
    assert (lay.kind, lay.source, lay.name, lay.params["geometry"]) == ("vector", "tall", "高い建物", "footprint")
    assert doc.feature_count(lay) == geometry_tables(doc)[[t.name for t in geometry_tables(doc)].index("tall")].rows


def test_vector_layer_from_a_query_takes_its_id_column(doc):
    lay = vector_layer(doc, "SELECT id, ST_Centroid(footprint) AS pt, usage FROM buildings WHERE usage = '住宅';")
    assert lay.params == {**lay.params, "geometry": "pt", "id_column": "id"}
    assert lay.source.endswith("'住宅'")  # the trailing semicolon is dropped
    ids = {r[0] for r in doc.store.query("SELECT id FROM buildings WHERE usage = '住宅'")}
    from_clause, id_col = doc.feature_table(lay)
    assert {r[0] for r in doc.store.query(f"SELECT {id_col} FROM {from_clause}")} == ids


@pytest.mark.parametrize("source, kwargs, message", [
    ("", {}, "choose a table or write a query"),
    ("nowhere", {}, "no table or view 'nowhere' with a geometry column; tables with geometry: "),
    ("notes", {}, "no table or view 'notes'"),
    ("SELECT txt FROM notes", {}, "the query has no geometry column; columns: txt"),
    ("SELECT footprint FROM buildings", {}, "the query needs an id column"),
    ("SELECT id, footprint FROM buildingz", {}, "the query does not run: Catalog Error"),
    ("buildings", {"geometry": "usage"}, "'usage' is not a geometry column; geometry columns: footprint"),
    ("buildings", {"id_column": "nope"}, "no column 'nope'"),
])
def test_bad_vector_sources_are_refused_with_the_reason(doc, source, kwargs, message):
    with pytest.raises(LayerDataError) as exc:
        vector_layer(doc, source, **kwargs)
    assert message in str(exc.value)


def test_raster_overlay_of_the_dem(doc):
    rasters = raster_overlays(doc)
    assert [r.kind for r in rasters] == ["dem"]
    lay = raster_layer(doc, rasters[0].id, name="標高")
    assert (lay.kind, lay.name, lay.params["raster_id"], lay.params["band"]) == ("raster", "標高", rasters[0].id, 1)
    assert lay.style.mode == "graduated" and lay.style.attribute == "value"
    with pytest.raises(LayerDataError, match="has 1 band"):
        raster_layer(doc, rasters[0].id, band=2)
    with pytest.raises(LayerDataError, match="no raster with id 999"):
        raster_layer(doc, 999)
