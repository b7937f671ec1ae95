"""The population theme's rendering tier: the sample's mesh projection as a default ``mesh_population`` layer,
one merged prism mesh of the cells of every year, standing on the DEM, the clock's year shown — a clock step
recolours, hides the other years (ghost cells, opaque colours) and lays their columns flat, never rebuilds."""

from __future__ import annotations

import numpy as np
import pyvista as pv
import pytest

from importers.registry import import_path
from layers.population import HIDDEN_CELL, CatchmentOutline, MeshPopulationAdapter, percent_label
from layers.render import style_for_attribute
from twin.document import TwinDocument
from twin.paths import SAMPLE_DEM, SAMPLE_DIR
from twin.store import Store

POPULATION = SAMPLE_DIR / "population" / "kaga_mesh_population_2024.zip"


@pytest.fixture(scope="module")
def population_project(tmp_path_factory):
    path = tmp_path_factory.mktemp("pop") / "pop.duckdb"
    with Store(path) as s:
        import_path(s, SAMPLE_DEM)
        import_path(s, POPULATION)
    return path


@pytest.fixture
def population_doc(population_project):
    store = Store(population_project, read_only=True)
    doc = TwinDocument(store)
    doc.create_default_layers()
    yield doc
    store.close()


@pytest.fixture
def scene_of(population_doc):
    from layers.scene import SceneController

    made = []

    def make():
        plotter = pv.Plotter(off_screen=True, window_size=(400, 300))
        scene = SceneController(population_doc, plotter, request_render=lambda: None, progressive=False)
        made.append((scene, plotter))
        return scene

    yield make
    for scene, plotter in made:
        scene.close()
        plotter.close()
        plotter.deep_clean()


def _layer(doc):
    return next(v for v in doc.layers if v.kind == "mesh_population")


def test_default_layer_is_one_merged_prism_mesh(population_doc, scene_of):
    doc = population_doc
    layer = _layer(doc)
    assert layer.style.mode == "graduated" and layer.style.attribute == "share_65_plus"
    assert layer.params["extrude"] == "height_m" and layer.time is not None
    scene = scene_of()
    ad = scene.adapters[layer.id]
    assert isinstance(ad, MeshPopulationAdapter) and not scene.errors
    fid = set(np.asarray(ad.mesh.cell_data["feature_id"]).tolist())
    ids = {r[0] for r in doc.store.query("SELECT id FROM population_columns")}
    assert fid == ids and len(ids) == doc.store.query(
        "SELECT count(*) FROM mesh_population WHERE band = 'total'")[0][0]
    # the tallest column: the largest cell's population / 2 metres
    top = doc.store.query("SELECT max(value) FROM population_columns")[0][0]
    z = np.asarray(ad.mesh.points)[:, 2]
    assert z.max() - z.min() >= top / 2 - 1


def _drawn(ad):
    """Feature ids drawn now, and per drawn feature the height of its column above the ground."""
    rgba = ad.drawing.last_rgba
    cells = np.flatnonzero(rgba[:, 3] > 0)
    fids = np.asarray(ad.mesh.cell_data["feature_id"])
    faces = np.asarray(ad.mesh.faces).reshape(-1, 4)[:, 1:]
    z = np.asarray(ad.mesh.points)[:, 2]
    height = (z - ad._zground)[faces].max(axis=1)
    out: dict[int, float] = {}
    for c in cells:
        out[int(fids[c])] = max(out.get(int(fids[c]), 0.0), float(height[c]))
    return out


def test_a_clock_step_shows_that_years_columns_without_a_rebuild(population_doc, scene_of):
    doc = population_doc
    layer = _layer(doc)
    layer.style = style_for_attribute(doc, layer, "share_65_plus")
    layer.visible = True
    doc.clock.set_range("2020", "2070", current="2020")
    scene = scene_of()
    ad = scene.adapters[layer.id]
    mesh, builds, recolours = ad.mesh, ad.build_count, ad.recolor_count
    rows = {int(r[0]): (int(r[1]), r[2], float(r[3]), r[4]) for r in doc.store.query(
        "SELECT id, year, mesh_code, height_m, share_65_plus FROM population_columns")}

    def check(year: int) -> dict[str, tuple[float, tuple]]:
        drawn = _drawn(ad)
        assert ad.year == year
        assert {rows[f][0] for f in drawn} == {year}
        assert len(drawn) == sum(1 for r in rows.values() if r[0] == year)
        for f, h in drawn.items():                               # column height = height_m of that year's row
            assert h == pytest.approx(max(rows[f][2], 0.1), abs=0.01)
        # every other year's cell is a hidden ghost, laid flat on the ground; the drawn colours stay opaque
        rgba = ad.drawing.last_rgba
        ghost = np.asarray(ad.mesh.cell_data["vtkGhostType"])
        assert np.array_equal(ghost == HIDDEN_CELL, rgba[:, 3] == 0)
        assert (np.asarray(ad.mesh.cell_data["rgba"])[:, 3] == 255).all()
        faces = np.asarray(ad.mesh.faces).reshape(-1, 4)[:, 1:]
        flat = (np.asarray(ad.mesh.points)[:, 2] - ad._zground)[faces[rgba[:, 3] == 0]]
        assert np.allclose(flat, 0.0)
        fids = np.asarray(ad.mesh.cell_data["feature_id"])
        colour = {rows[int(fids[c])][1]: tuple(rgba[c]) for c in np.flatnonzero(rgba[:, 3] > 0)}
        return {rows[f][1]: (h, colour[rows[f][1]]) for f, h in drawn.items()}

    at_2020 = check(2020)
    doc.clock.current = "2040-06-01"
    at_2040 = check(2040)
    assert ad.mesh is mesh and ad.build_count == builds and ad.recolor_count == recolours + 1
    # the columns shrink as the data says, and cells whose 65+ share crossed a class edge change colour
    by_mesh = {(r[1], r[0]): r for r in rows.values()}
    shrunk = [m for m in at_2020 if m in at_2040 and by_mesh[(m, 2040)][2] < by_mesh[(m, 2020)][2]]
    assert len(shrunk) > 0.8 * len(at_2020)
    edges = np.asarray(layer.style.breaks)
    klass = lambda v: min(int(np.searchsorted(edges, v, side="right")), len(edges) - 1)  # noqa: E731 - last closed
    crossed = [m for m in shrunk if klass(by_mesh[(m, 2020)][3]) != klass(by_mesh[(m, 2040)][3])]
    assert crossed and all(at_2020[m][1] != at_2040[m][1] for m in crossed)
    # the legend names the year and lists the shares in per cent
    title, entries = next(s for s in scene.legend_sections() if s[0].startswith(layer.name))
    assert "2040" in title and entries[-1].label == "≥ 50 %"


def test_a_click_finds_the_shown_year_not_a_hidden_taller_column(population_doc, scene_of):
    doc = population_doc
    layer = _layer(doc)
    layer.visible = True
    for v in doc.layers:
        v.visible = v is layer
    doc.clock.set_range("2020", "2070", current="2050")
    scene = scene_of()
    ad = scene.adapters[layer.id]
    code, = doc.store.query("SELECT mesh_code FROM population_columns WHERE year = 2050 ORDER BY value DESC "
                            "LIMIT 1")[0]
    fid, = doc.store.query("SELECT id FROM population_columns WHERE year = 2050 AND mesh_code = ?", [code])[0]
    x0, x1, y0, y1, z0, z1 = ad.bounds([fid])
    cam = scene.renderer.GetActiveCamera()
    cam.SetParallelProjection(True)
    cam.SetFocalPoint((x0 + x1) / 2, (y0 + y1) / 2, z1)
    cam.SetPosition((x0 + x1) / 2, (y0 + y1) / 2, z1 + 5000)
    cam.SetViewUp(0, 1, 0)
    cam.SetParallelScale(400)
    scene.renderer.ResetCameraClippingRange()
    scene.plotter.render()
    assert scene.pick_at(200, 150) == (layer.id, fid)


def test_percent_labels():
    assert percent_label((0.2, 0.3), False) == "20 – 30 %"
    assert percent_label((0.5, 1.0), False) == "≥ 50 %"
    assert percent_label((-1.0, -0.5), True) == "< −50 %"
    assert percent_label((-0.05, 0.05), True) == "−5 – +5 %"
    assert percent_label((0.5, float("inf")), True) == "≥ +50 %"
    assert percent_label("住宅", False) is None


def test_catchment_outline_is_one_line_actor_on_the_ground_and_above(population_doc, scene_of):
    from twin.catchments import station_circle

    scene = scene_of()
    outline = CatchmentOutline(scene.services)
    assert outline.show(station_circle(population_doc.store.crs, 800.0), top=300.0)
    assert scene.renderer.GetActors().IsItemPresent(outline.actor)
    z = np.asarray(outline.mesh.points)[:, 2]
    assert z.max() - z.min() >= 300 - 1e-6 and outline.mesh.n_lines == 2 + 16
    outline.close()
    assert outline.actor is None and scene.renderer.GetActors().GetNumberOfItems() >= 1
