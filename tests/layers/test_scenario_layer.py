"""The scenario view over the base buildings (layers.scenario): what is hidden, added, changed and ghosted, the
fast switch (no rebuild, cached deltas), undo, phases on the clock, and nothing left behind on close."""

from __future__ import annotations

import datetime as dt

import numpy as np
import pytest

import pyvista as pv

from layers.scenario import (STATUS, ScenarioBuildingsAdapter, scenario_adapters, scenario_delta, scenario_layer,
                             switch_scenario)
from twin import scenarios
from twin.document import TwinDocument
from twin.store import Store
from twin.synthetic import write_synthetic_city

BOX = (1000.0, 2000.0, 30.0, 20.0)          # x, y, width, depth of the added tower (relative to the first lot)


@pytest.fixture
def city(tmp_path):
    s = Store(tmp_path / "scn.duckdb")
    write_synthetic_city(s, 36, seed=3, lod2_fraction=0.0, with_risks=False, with_roads=False)
    rows = s.query("SELECT id, gml_id, ground_z, ST_XMax(footprint), ST_YMin(footprint) FROM buildings ORDER BY id")
    x0, y0 = rows[-1][3] + 80.0, rows[-1][4]
    s.box = (x0, y0, x0 + 30.0, y0 + 20.0)
    s.rows = rows
    scenarios.create(s, "tower")
    scenarios.add_building(s, "tower", f"POLYGON(({x0} {y0},{x0 + 30} {y0},{x0 + 30} {y0 + 20},{x0} {y0 + 20},"
                                       f"{x0} {y0}))", storeys=12, usage_code="403")
    scenarios.remove_buildings(s, "tower", [rows[0][1], rows[1][1]])
    scenarios.change_building(s, "tower", rows[2][1], height_m=30.0)
    yield s
    s.close()


def _scene(store, name):
    from layers.scene import SceneController

    doc = TwinDocument(store)
    doc.layers.append(scenario_layer(name))
    p = pv.Plotter(off_screen=True, window_size=(400, 300))
    sc = SceneController(doc, p, progressive=False, overlays=False)
    return sc, p


def _close(sc, p):
    sc.close()
    p.close()
    p.deep_clean()


def test_delta_of_a_scenario(city):
    d = scenario_delta(city, "tower")
    assert d.counts == {"added": 1, "changed": 1, "removed": 2}
    assert d.hidden_ids.tolist() == sorted(r[0] for r in city.rows[:3])
    status = np.asarray(d.mesh.cell_data["status"])
    added = d.mesh.extract_cells(np.nonzero(status == STATUS["added"])[0])
    x0, y0, x1, y1 = city.box
    b = added.bounds
    assert (b[0], b[1], b[2], b[3]) == pytest.approx((x0, x1, y0, y1))
    assert b[5] - b[4] == pytest.approx(12 * 3.5)             # 12 storeys × 3.5 m
    changed = d.mesh.extract_cells(np.nonzero(status == STATUS["changed"])[0])
    assert changed.bounds[5] == pytest.approx(city.rows[2][2] + 30.0)
    assert set(np.unique(d.mesh.cell_data["feature_id"][status == STATUS["removed"]])) == {city.rows[0][0],
                                                                                        city.rows[1][0]}
    assert scenario_delta(city, None).mesh.n_cells == 0


def test_the_view_hides_ghosts_and_switches_without_rebuilding(city):
    sc, p = _scene(city, "tower")
    try:
        ad = scenario_adapters(sc)[0]
        assert isinstance(ad, ScenarioBuildingsAdapter)
        fids = ad.features.fids
        assert len(fids) == 36
        hidden_ids = {r[0] for r in city.rows[:3]}

        def alpha_by_feature():
            rgba = ad.drawing.last_rgba
            out = {}
            for f, a in zip(ad.features.cell_fidx, rgba[:, 3]):
                out.setdefault(int(fids[f]), set()).add(int(a))
            return out

        alpha = alpha_by_feature()
        assert {f for f, a in alpha.items() if a == {0}} == hidden_ids
        assert all(a == {255} for f, a in alpha.items() if f not in hidden_ids)
        shown = {a._kt_status for a in ad.delta.actors if a.GetVisibility()}
        assert shown == {"added", "changed", "removed"} and len(ad.delta.actors) == 6
        faces = {a._kt_status: a for a in ad.delta.actors[::2]}
        assert faces["removed"].GetProperty().GetOpacity() < 0.5 and faces["changed"].GetProperty().GetOpacity() == 1
        assert faces["added"].GetProperty().GetColor() != faces["changed"].GetProperty().GetColor()
        assert not any(a.GetPickable() for a in ad.delta.actors)
        # a click on a removed building finds nothing there
        cells = ad.cells_for_features([city.rows[0][0]])
        assert not ad.cells_drawn(cells).any()

        builds, delta = ad.build_count, ad.delta
        assert switch_scenario(sc, None) == 1
        assert all(a == {255} for a in alpha_by_feature().values())
        assert not any(a.GetVisibility() for a in delta.actors)
        switch_scenario(sc, "tower")
        assert ad.delta is delta and ad.build_count == builds     # cached: no new geometry at all
        assert {f for f, a in alpha_by_feature().items() if a == {0}} == hidden_ids
        p.render()
    finally:
        _close(sc, p)


def test_an_undo_is_seen_at_the_next_show(city):
    sc, p = _scene(city, "tower")
    try:
        ad = scenario_adapters(sc)[0]
        assert scenarios.undo(city, "tower")                  # the change of rows[2] is undone
        d = ad.show("tower")
        assert d.counts == {"added": 1, "changed": 0, "removed": 2}
        assert set(d.hidden_ids.tolist()) == {city.rows[0][0], city.rows[1][0]}
        assert scenarios.redo(city, "tower")
        assert ad.show("tower").counts["changed"] == 1
    finally:
        _close(sc, p)


def test_phases_follow_the_clock(city):
    x0, y0, _, _ = city.box
    scenarios.add_building(city, "tower", f"POLYGON(({x0} {y0 + 60},{x0 + 10} {y0 + 60},{x0 + 10} {y0 + 70},"
                                          f"{x0} {y0 + 70},{x0} {y0 + 60}))", storeys=3, usage_code="411",
                           phase_date="2035-04-01")
    sc, p = _scene(city, "tower")
    try:
        ad = scenario_adapters(sc)[0]
        assert ad.delta.counts["added"] == 2                  # clock unset: every edit
        sc.document.clock.set_range(dt.datetime(2026, 1, 1, tzinfo=dt.timezone.utc),
                                    dt.datetime(2040, 1, 1, tzinfo=dt.timezone.utc),
                                    current=dt.datetime(2030, 1, 1, tzinfo=dt.timezone.utc))
        assert ad.delta.at == dt.date(2030, 1, 1) and ad.delta.counts["added"] == 1
        sc.document.clock.current = dt.datetime(2036, 1, 1, tzinfo=dt.timezone.utc)
        assert ad.delta.counts["added"] == 2
        assert ad.show("tower", at=dt.date(2029, 1, 1)).counts["added"] == 1     # a fixed date wins
    finally:
        _close(sc, p)


def test_exaggeration_lifts_the_delta_like_the_base(city):
    sc, p = _scene(city, "tower")
    try:
        ad = scenario_adapters(sc)[0]
        face = next(a for a in ad.delta.actors if a._kt_status == "added")
        part = face._kt_part[0]
        z0 = float(part.bounds[4])
        ground = float(np.asarray(part.point_data["ground_z"])[0])
        ad.set_exaggeration(2.0)
        assert part.bounds[4] == pytest.approx(z0 + ground)
    finally:
        _close(sc, p)


def test_pick_scenario_finds_the_added_and_the_changed_building(city):
    from layers.scenario import pick_scenario

    sc, p = _scene(city, "tower")
    try:
        ad = scenario_adapters(sc)[0]
        added = scenarios.scenario_buildings(city, "tower", edited_only=True).to_pylist()
        ids = {r["status"]: r["id"] for r in added}
        assert ids["added"] < 0
        r = p.renderer
        for status in ("added", "changed"):
            mesh = ad.delta.mesh
            b = mesh.extract_cells(np.nonzero(np.asarray(mesh.cell_data["feature_id"]) == ids[status])[0]).bounds
            p.camera_position = [((b[0] + b[1]) / 2, (b[2] + b[3]) / 2, b[5] + 400.0),
                                 ((b[0] + b[1]) / 2, (b[2] + b[3]) / 2, b[5]), (0, 1, 0)]
            p.render()
            x, y = p.window_size[0] / 2, p.window_size[1] / 2
            assert pick_scenario(sc, x, y) == (ad.layer.id, ids[status])
            assert ad.delta_hit(r, x, y)[1] == status
        assert not any(a.GetPickable() for a in ad.delta.actors)     # the scene's picker still ignores them
        switch_scenario(sc, None)                                  # the base: nothing added there
        p.render()
        assert pick_scenario(sc, x, y) != (ad.layer.id, ids["added"])
    finally:
        _close(sc, p)
