"""The population theme's rendering tier: the sample's mesh projection as a default ``mesh_population`` layer,
one merged prism mesh of the cells of every year, standing on the DEM, the clock's year shown."""

from __future__ import annotations

import numpy as np
import pyvista as pv
import pytest

from importers.registry import import_path
from layers.population import MeshPopulationAdapter
from twin.document import TwinDocument
from twin.paths import SAMPLE_DEM, SAMPLE_DIR
from twin.store import Store

POPULATION = SAMPLE_DIR / "population" / "kaga_mesh_population_2024.zip"


@pytest.fixture
def population_doc(tmp_path):
    with Store(tmp_path / "pop.duckdb") as s:
        import_path(s, SAMPLE_DEM)
        import_path(s, POPULATION)
    store = Store(tmp_path / "pop.duckdb", read_only=True)
    doc = TwinDocument(store)
    doc.create_default_layers()
    yield doc
    store.close()


def test_default_layer_is_one_merged_prism_mesh(population_doc):
    from layers.scene import SceneController

    doc = population_doc
    layer = next(v for v in doc.layers if v.kind == "mesh_population")
    assert layer.style.mode == "graduated" and layer.style.attribute == "value"
    assert layer.params["extrude"] == "height_m" and layer.time is not None
    plotter = pv.Plotter(off_screen=True, window_size=(400, 300))
    scene = SceneController(doc, plotter, request_render=lambda: None, progressive=False)
    try:
        ad = scene.adapters[layer.id]
        assert isinstance(ad, MeshPopulationAdapter) and not scene.errors
        fid = set(np.asarray(ad.mesh.cell_data["feature_id"]).tolist())
        ids = {r[0] for r in doc.store.query("SELECT id FROM population_columns")}
        assert fid == ids and len(ids) == doc.store.query(
            "SELECT count(*) FROM mesh_population WHERE band = 'total'")[0][0]
        # the tallest column: the largest 2020 cell's population / 2 metres
        top = doc.store.query("SELECT max(value) FROM population_columns")[0][0]
        z = np.asarray(ad.mesh.points)[:, 2]
        assert z.max() - z.min() >= top / 2 - 1
    finally:
        scene.close()
        plotter.close()
        plotter.deep_clean()
