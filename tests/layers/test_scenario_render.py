"""kaga-twin render --scenario NAME: the buildings drawn as the scenario over the base (the tower appears, the
removed building is ghosted), the title names it, a bad name lists the project's scenarios."""

from __future__ import annotations

import numpy as np
import pytest
from PIL import Image

from layers.render import render_png
from layers.scenario import ScenarioLayer, use_scenario
from twin import scenarios
from twin.document import TwinDocument
from twin.errors import TwinError
from twin.store import Store
from twin.synthetic import write_synthetic_city


@pytest.fixture
def project(tmp_path):
    path = tmp_path / "render.duckdb"
    with Store(path) as s:
        write_synthetic_city(s, 49, seed=4, lod2_fraction=0.0, with_risks=False)
        rows = s.query("SELECT gml_id, ST_XMin(footprint), ST_YMin(footprint) FROM buildings ORDER BY id")
        x0, y0 = rows[24][1], rows[24][2]
        scenarios.create(s, "tower")
        scenarios.add_building(s, "tower", f"POLYGON(({x0} {y0},{x0 + 20} {y0},{x0 + 20} {y0 + 20},{x0} {y0 + 20},"
                                           f"{x0} {y0}))", storeys=25, usage_code="403")
        scenarios.remove_buildings(s, "tower", [rows[10][0]])
    return path


def test_use_scenario_replaces_the_buildings_layer_in_place(project):
    with Store(project, read_only=True) as s:
        doc = TwinDocument(s)
        doc.create_default_layers()
        before = [(v.name, v.kind, v.visible) for v in doc.layers]
        new = use_scenario(doc, "tower")
        assert len(new) == 1 and isinstance(new[0], ScenarioLayer) and new[0].scenario == "tower"
        assert [(v.name, v.kind, v.visible) for v in doc.layers] == before
        with pytest.raises(TwinError, match="no scenario 'nope'; the project has: tower"):
            use_scenario(doc, "nope")


def test_render_shows_every_phase_unless_a_time_is_given(project, tmp_path):
    import datetime as dt

    import pyvista as pv

    from layers.scenario import scenario_adapters
    from layers.scene import SceneController

    with Store(project) as s:
        x, y = s.query("SELECT max(ST_XMax(footprint)) + 40, min(ST_YMin(footprint)) FROM buildings")[0]
        scenarios.add_building(s, "tower", f"POLYGON(({x} {y},{x + 10} {y},{x + 10} {y + 10},{x} {y + 10},{x} {y}))",
                               storeys=3, usage_code="411", phase_date="2035-04-01")
    with Store(project, read_only=True) as s:
        for follow, added in ((False, 2), (True, 1)):
            doc = TwinDocument(s)
            doc.create_default_layers()
            doc.clock.set_range(dt.datetime(2026, 1, 1, tzinfo=dt.timezone.utc),
                                dt.datetime(2027, 1, 1, tzinfo=dt.timezone.utc))     # e.g. a storm's clock
            use_scenario(doc, "tower", follow_clock=follow)
            p = pv.Plotter(off_screen=True, window_size=(200, 150))
            sc = SceneController(doc, p, progressive=False, overlays=False)
            try:
                assert scenario_adapters(sc)[0].delta.counts["added"] == added
            finally:
                sc.close()
                p.close()
                p.deep_clean()


def test_render_with_a_scenario(project, tmp_path):
    base_png, scen_png = tmp_path / "base.png", tmp_path / "scen.png"
    kw = dict(camera="city", size=(480, 320), legend=False, anti_alias=False)
    render_png(project, base_png, **kw)
    info = render_png(project, scen_png, scenario="tower", **kw)
    assert info["scenario"] == "tower"
    a = np.asarray(Image.open(base_png).convert("RGB"), dtype=int)
    b = np.asarray(Image.open(scen_png).convert("RGB"), dtype=int)
    changed = np.abs(a - b).sum(axis=2) > 40
    assert changed.sum() > 150                               # the tower and the ghost (and the title)
    titled = render_png(project, tmp_path / "t.png", scenario="tower", camera="city", size=(320, 200))
    assert titled["title"].endswith("シナリオ「tower」")
    with pytest.raises(TwinError, match="the project has: tower"):
        render_png(project, tmp_path / "x.png", scenario="nope", **kw)


def test_the_command_line(project, tmp_path, capsys):
    from cli.commands import run

    out = tmp_path / "cli.png"
    assert run(["render", "--project", str(project), "--out", str(out), "--size", "400x300",
                "--scenario", "tower", "--camera", "city"]) == 0
    assert out.exists() and "scenario tower" in capsys.readouterr().out
    assert run(["render", "--project", str(project), "--out", str(out), "--scenario", "nope"]) != 0
    assert "no scenario 'nope'" in capsys.readouterr().err
