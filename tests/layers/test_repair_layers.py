"""The road-damage theme on the map: reports and repair cases as points, segments with cases as lines coloured
by summed priority; categorized styles start from the theme's colours (MCR statuses, RDD classes)."""

from __future__ import annotations

import numpy as np
import pyvista as pv
import pytest

from importers.registry import import_path
from twin.analysis import run_analysis
from twin.document import TwinDocument
from twin.paths import SAMPLE_DEM, SAMPLE_DIR
from twin.store import Store
from twin.style import categorized_defaults
from twin.themes.road_damage import RDD_COLORS, STATUS_COLORS

CENTRELINES = SAMPLE_DIR / "roads" / "kaga_onsen_station_centrelines.gpkg"


@pytest.fixture
def repair_doc(tmp_path):
    with Store(tmp_path / "rd.duckdb") as s:
        import_path(s, SAMPLE_DEM)
        import_path(s, CENTRELINES)
        # two reports 4 m off the middle of each of the three longest segments, one far from every road
        mids = s.query("SELECT id, ST_X(ST_LineInterpolatePoint(geom, 0.5)), ST_Y(ST_LineInterpolatePoint(geom, 0.5)) "
                       "FROM road_segments ORDER BY length_m DESC, id LIMIT 3")
        for i, (_, x, y) in enumerate(mids):
            for dx, cls in ((0.0, "D40"), (5.0, "D20")):
                s.query("INSERT INTO road_reports (kind, received_at, status, damage_class, geom, source_id) VALUES "
                        "('ai', TIMESTAMPTZ '2025-01-10 10:00:00+09', ?, ?, ST_Point(?, ?), 99)",
                        ["受付済" if i else "対応中", cls, x + dx, y + 4])
        x0, y0 = mids[0][1], mids[0][2]
        s.query("INSERT INTO road_reports (kind, status, geom, source_id) VALUES ('citizen', '受付済', "
                "ST_Point(?, ?), 99)", [x0 + 5000, y0 + 5000])
        run_analysis(s, "repair-priority", {"as_of": "2025-03-01"})
        segs = sorted(r[0] for r in mids)
    store = Store(tmp_path / "rd.duckdb", read_only=True)
    doc = TwinDocument(store)
    doc.create_default_layers()
    yield doc, segs
    store.close()


def test_reports_cases_and_priority_segments_are_default_layers_with_merged_meshes(repair_doc):
    from layers.scene import SceneController

    doc, segs = repair_doc
    by_kind = {v.kind: v for v in doc.layers}
    assert {"road_reports", "repair_cases", "repair_segments"} <= set(by_kind)
    seg_layer, case_layer = by_kind["repair_segments"], by_kind["repair_cases"]
    assert (seg_layer.style.mode, seg_layer.style.attribute) == ("graduated", "priority_sum")
    assert (case_layer.style.mode, case_layer.style.attribute) == ("categorized", "status")
    assert case_layer.style.categories == STATUS_COLORS
    plotter = pv.Plotter(off_screen=True, window_size=(400, 300))
    scene = SceneController(doc, plotter, request_render=lambda: None, progressive=False)
    try:
        assert not scene.errors
        seg_mesh = scene.adapters[seg_layer.id].mesh
        assert sorted(set(np.asarray(seg_mesh.cell_data["feature_id"]).tolist())) == segs
        assert seg_mesh.n_lines == len(seg_mesh.cell_data["feature_id"]) > 0
        case_mesh = scene.adapters[case_layer.id].mesh
        case_ids = sorted(r[0] for r in doc.store.query("SELECT case_id FROM repair_cases"))
        assert len(case_ids) == 3
        assert sorted(np.asarray(case_mesh.cell_data["feature_id"]).tolist()) == case_ids
        assert case_mesh.n_verts == 3
        reports = scene.adapters[by_kind["road_reports"].id].mesh
        assert reports.n_verts == 7                                       # the far report is drawn too
    finally:
        scene.close()
        plotter.close()
        plotter.deep_clean()


def test_categorized_styles_start_from_the_themes_colours():
    assert categorized_defaults("status") == {"categories": STATUS_COLORS}
    assert categorized_defaults("damage_class")["categories"]["D40"] == RDD_COLORS["D40"]
    assert categorized_defaults("worst_class")["categories"] == RDD_COLORS
    assert categorized_defaults("usage") == {"categories": {}}


def test_a_report_the_clock_hides_cannot_be_picked(repair_doc):
    from layers.scene import SceneController

    doc, _ = repair_doc
    for v in doc.layers:                       # only the reports, seen from above
        v.visible = v.kind == "road_reports"
    layer = next(v for v in doc.layers if v.kind == "road_reports")
    plotter = pv.Plotter(off_screen=True, window_size=(600, 400))
    scene = SceneController(doc, plotter, request_render=lambda: None, progressive=False)
    try:
        ad = scene.adapters[layer.id]
        fid = int(doc.store.query("SELECT min(id) FROM road_reports WHERE received_at IS NOT NULL")[0][0])
        scene.zoom_to_features(layer.id, [fid])
        plotter.show(auto_close=False)
        cell = int(ad.cells_for_features([fid])[0])
        x, y, z = np.asarray(ad.mesh.extract_cells([cell]).points).mean(axis=0)
        r = scene.renderer
        r.SetWorldPoint(x, y, z, 1.0)
        r.WorldToDisplay()
        dx, dy = r.GetDisplayPoint()[:2]
        assert scene.pick_at(dx, dy) == (layer.id, fid)
        doc.clock.set_range("2024-01-01T00:00", "2025-12-31T00:00", current="2024-06-01T00:00")   # before it
        plotter.render()
        assert ad.cells_drawn([cell]).tolist() == [False]
        assert scene.pick_at(dx, dy) is None
    finally:
        scene.close()
        plotter.close()
        plotter.deep_clean()
