"""The road-network theme's rendering tier: a default ``road_segments`` layer drawn as one merged line mesh,
categorized by road class, draped on the DEM."""

from __future__ import annotations

import numpy as np
import pyvista as pv
import pytest

from importers.registry import import_path
from layers.road_network import RoadSegmentsAdapter
from twin.document import TwinDocument
from twin.paths import SAMPLE_DEM, SAMPLE_DIR
from twin.store import Store

CENTRELINES = SAMPLE_DIR / "roads" / "kaga_onsen_station_centrelines.gpkg"


@pytest.fixture
def network_doc(tmp_path):
    with Store(tmp_path / "roads.duckdb") as s:
        import_path(s, SAMPLE_DEM)
        import_path(s, CENTRELINES)
    store = Store(tmp_path / "roads.duckdb", read_only=True)
    doc = TwinDocument(store)
    doc.create_default_layers()
    yield doc
    store.close()


def test_default_layer_is_one_merged_line_mesh_on_the_terrain(network_doc):
    from layers.scene import SceneController

    doc = network_doc
    layer = next(v for v in doc.layers if v.kind == "road_segments")
    assert layer.style.mode == "categorized" and layer.style.attribute == "road_class"
    plotter = pv.Plotter(off_screen=True, window_size=(400, 300))
    scene = SceneController(doc, plotter, request_render=lambda: None, progressive=False)
    try:
        ad = scene.adapters[layer.id]
        assert isinstance(ad, RoadSegmentsAdapter) and not scene.errors
        n_seg = doc.store.query("SELECT count(*) FROM road_segments")[0][0]
        fid = np.asarray(ad.mesh.cell_data["feature_id"])
        assert ad.mesh.n_lines == len(fid) and set(fid.tolist()) == {
            r[0] for r in doc.store.query("SELECT id FROM road_segments")} and len(set(fid.tolist())) == n_seg
        # draped: every vertex sits 1 m (the kind's default offset) above the DEM
        dem = scene.dem(layer.params.get("raster_id"))
        pts = np.asarray(ad.mesh.points)
        ground = dem.sample(pts[:, 0], pts[:, 1])
        ok = np.isfinite(ground)
        assert ok.mean() > 0.99
        assert np.allclose(pts[ok, 2], ground[ok] + layer.params["offset"], atol=1e-3)
    finally:
        scene.close()
        plotter.close()
        plotter.deep_clean()
