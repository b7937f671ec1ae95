"""The facilities theme's rendering tier: a default ``facilities`` layer in its own group, one merged point mesh
coloured by kind, draped on the DEM, with the kinds named in the legend."""

from __future__ import annotations

import numpy as np
import pytest
import pyvista as pv

from importers.registry import import_path
from layers.facilities import FacilitiesAdapter
from twin.document import TwinDocument
from twin.messages import set_language
from twin.paths import SAMPLE_DEM, SAMPLE_FACILITIES
from twin.store import Store
from twin.style import hex_to_rgba
from twin.themes.facilities import KIND_COLORS


@pytest.fixture
def facilities_doc(tmp_path):
    with Store(tmp_path / "facilities.duckdb") as s:
        import_path(s, SAMPLE_DEM)
        import_path(s, SAMPLE_FACILITIES)
    store = Store(tmp_path / "facilities.duckdb", read_only=True)
    doc = TwinDocument(store)
    doc.create_default_layers()
    yield doc
    store.close()


def test_default_layer_points_coloured_by_kind_with_named_legend(facilities_doc):
    from layers.scene import SceneController

    doc = facilities_doc
    assert [v.kind for v in doc.layers] == ["terrain", "facilities"]
    layer = doc.layers.by_kind("facilities")[0]
    assert (layer.style.mode, layer.style.attribute) == ("categorized", "kind")
    assert layer.style.categories == KIND_COLORS and len(set(KIND_COLORS.values())) == len(KIND_COLORS)
    plotter = pv.Plotter(off_screen=True, window_size=(400, 300))
    scene = SceneController(doc, plotter, request_render=lambda: None, progressive=False)
    try:
        ad = scene.adapters[layer.id]
        assert isinstance(ad, FacilitiesAdapter) and not scene.errors
        rows = dict(doc.store.query("SELECT id, kind FROM facilities"))
        fid = np.asarray(ad.mesh.cell_data["feature_id"])
        assert ad.mesh.n_verts == len(fid) == len(rows) == 9 and set(fid.tolist()) == set(rows)
        # draped: each point sits the kind's offset (3 m) above the DEM
        pts = np.asarray(ad.mesh.points)
        ground = scene.dem(layer.params.get("raster_id")).sample(pts[:, 0], pts[:, 1])
        assert np.allclose(pts[:, 2], ground + layer.params["offset"], atol=1e-3)
        # every point in its kind's colour
        ids = np.array(sorted(rows), dtype=np.int64)
        rgba, _ = ad.coloring.feature_colors(ids)
        assert [tuple(int(c) for c in rgba[i][:3]) for i in range(len(ids))] == [
            tuple(hex_to_rgba(KIND_COLORS[rows[int(f)]])[:3]) for f in ids]
        # the legend names the kinds (in the message language), with their counts
        set_language("ja")
        entries = {e.value: (e.label, e.color, e.count) for e in scene.legend_entries(layer.id)}
        assert entries == {"station": ("駅", KIND_COLORS["station"], 1), "school": ("学校", KIND_COLORS["school"], 2),
                           "hospital": ("病院", KIND_COLORS["hospital"], 1),
                           "evacuation": ("避難所・避難場所", KIND_COLORS["evacuation"], 5)}
        set_language("en")
        assert {e.label for e in scene.legend_entries(layer.id)} == {"Station", "School", "Hospital",
                                                                   "Evacuation centre"}
    finally:
        scene.close()
        plotter.close()
        plotter.deep_clean()
