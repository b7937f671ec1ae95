"""The zoning theme's rendering tier: a default ``zoning`` layer (unticked, so it never hides the first view), one
merged polygon mesh draped on the DEM, each zone in its city-planning colour, zones named in the legend."""

from __future__ import annotations

import numpy as np
import pytest
import pyvista as pv

from importers.registry import import_path
from layers.zoning import ZoningAdapter
from twin.document import TwinDocument
from twin.messages import set_language
from twin.paths import SAMPLE_DEM, SAMPLE_DIR
from twin.store import Store
from twin.style import hex_to_rgba
from twin.themes.zoning import ZONES


@pytest.fixture
def zoning_doc(tmp_path):
    with Store(tmp_path / "zoning.duckdb") as s:
        import_path(s, SAMPLE_DEM)
        import_path(s, SAMPLE_DIR / "zoning" / "kaga_zoning_a29.geojson")
    store = Store(tmp_path / "zoning.duckdb", read_only=True)
    doc = TwinDocument(store)
    doc.create_default_layers()
    yield doc
    store.close()


def test_default_layer_polygons_coloured_by_zone_with_named_legend(zoning_doc):
    from layers.scene import SceneController

    doc = zoning_doc
    assert [v.kind for v in doc.layers] == ["terrain", "zoning"]
    layer = doc.layers.by_kind("zoning")[0]
    assert not layer.visible                                  # added unticked: the user ticks it on
    layer.visible = True
    assert (layer.style.mode, layer.style.attribute) == ("categorized", "zone_name")
    plotter = pv.Plotter(off_screen=True, window_size=(400, 300))
    scene = SceneController(doc, plotter, request_render=lambda: None, progressive=False)
    try:
        ad = scene.adapters[layer.id]
        assert isinstance(ad, ZoningAdapter) and not scene.errors
        rows = dict(doc.store.query("SELECT id, zone_code FROM zoning"))
        fid = np.asarray(ad.mesh.cell_data["feature_id"])
        assert ad.mesh.n_cells == len(fid) and set(fid.tolist()) == set(rows) and len(rows) == 5
        # draped: every vertex sits the offset above the DEM
        pts = np.asarray(ad.mesh.points)
        ground = scene.dem(layer.params.get("raster_id")).sample(pts[:, 0], pts[:, 1])
        assert np.allclose(pts[:, 2], ground + layer.params["offset"], atol=1e-3)
        ids = np.array(sorted(rows), dtype=np.int64)
        rgba, _ = ad.coloring.feature_colors(ids)
        assert [tuple(int(c) for c in rgba[i][:3]) for i in range(len(ids))] == [
            tuple(hex_to_rgba(ZONES[rows[int(f)]][2])[:3]) for f in ids]
        set_language("ja")
        labels = {e.label for e in scene.legend_entries(layer.id)}
        assert labels == {"商業地域", "近隣商業地域", "第一種住居地域", "第一種低層住居専用地域", "準工業地域"}
        set_language("en")
        assert "Neighbourhood commercial" in {e.label for e in scene.legend_entries(layer.id)}
    finally:
        scene.close()
        plotter.close()
        plotter.deep_clean()
