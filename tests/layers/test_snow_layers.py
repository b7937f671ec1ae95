"""The snow map on the twin's clock: road segments with a route tier as ribbons (width by tier) coloured by the hours
since they were last ploughed (time kind ``since``), plough vehicles that move (``latest``) and the trail of the
last hour, on the sample's DEM and road network with hand-built passes and fixes."""

from __future__ import annotations

import datetime as dt

import numpy as np
import pytest
import pyvista as pv

from importers.registry import import_path
from layers.plough_points import PloughPointsAdapter, PloughVehiclesAdapter
from layers.snow_coverage import SnowCoverageAdapter
from twin.clock import aware
from twin.document import TwinDocument
from twin.messages import set_language
from twin.paths import SAMPLE_DEM, SAMPLE_DIR
from twin.store import Store
from twin.style import hex_to_rgba
from twin.themes.snow_layers import BAND_EDGES, HOURS_SINCE, NEVER_COLOR

CENTRELINES = SAMPLE_DIR / "roads" / "kaga_onsen_station_centrelines.gpkg"
T0 = "2025-01-15T00:00:00+09:00"


def at(hours: float) -> dt.datetime:
    return aware(T0) + dt.timedelta(hours=hours)


def write_storm(store: Store) -> dict:
    """Tiers by road class on every segment; passes on three segments; two ploughs' fixes. Returns the ids."""
    store.query("""INSERT INTO route_tiers SELECT id, CASE WHEN road_class IN ('national', 'prefectural') THEN 1
                   WHEN road_class IN ('avenue', 'collector') THEN 2 ELSE 3 END, 3.0, 'rule' FROM road_segments""")
    tier1 = [r[0] for r in store.query("SELECT segment_id FROM route_tiers WHERE tier = 1 ORDER BY 1 LIMIT 2")]
    tier3 = [r[0] for r in store.query("SELECT segment_id FROM route_tiers WHERE tier = 3 ORDER BY 1 LIMIT 2")]
    a, c = tier1
    b, d = tier3
    passes = [(a, at(1)), (a, at(3)), (b, at(2)), (c, at(-1))]     # c: before the storm's window
    for seg, t in passes:
        store.query("INSERT INTO snow_passes VALUES (?, 1, 'K-01', NULL, ?, 0.9)", [seg, t])
    # K-01 drives east from 00:00 to 01:00 (a fix every 30 s), K-02 north from 00:00 to 00:30
    x0, y0 = store.query("SELECT ST_X(ST_Centroid(geom)), ST_Y(ST_Centroid(geom)) FROM road_segments "
                         "WHERE id = ?", [a])[0]
    for i in range(121):
        store.query("INSERT INTO plough_points (vehicle_id, time, geom, source_id) VALUES ('K-01', ?, ST_Point(?, ?), 0)",
                    [at(i / 120), x0 + 10.0 * i, y0])
    for i in range(61):
        store.query("INSERT INTO plough_points (vehicle_id, time, geom, source_id) VALUES ('K-02', ?, ST_Point(?, ?), 0)",
                    [at(i / 120), x0, y0 + 10.0 * i])
    return {"a": a, "b": b, "c": c, "d": d}


@pytest.fixture(scope="module")
def storm_path(tmp_path_factory):
    path = tmp_path_factory.mktemp("storm") / "storm.duckdb"
    with Store(path) as s:
        import_path(s, SAMPLE_DEM)
        import_path(s, CENTRELINES)
        ids = write_storm(s)
    return path, ids


@pytest.fixture
def storm(storm_path):
    from layers.scene import SceneController

    path, ids = storm_path
    store = Store(path, read_only=True)
    doc = TwinDocument(store)
    doc.create_default_layers()
    doc.clock.set_range(at(0), at(12), current=at(6), step=dt.timedelta(minutes=10))
    plotter = pv.Plotter(off_screen=True, window_size=(400, 300))
    scene = SceneController(doc, plotter, request_render=lambda: None, progressive=False)
    try:
        yield doc, scene, ids
    finally:
        scene.close()
        plotter.close()
        plotter.deep_clean()
        store.close()
        set_language("en")


def adapter_of(doc, scene, kind):
    return scene.adapters[next(v for v in doc.layers if v.kind == kind).id]


def feature_rgba(ad, fid: int) -> set[tuple[int, ...]]:
    cells = ad.cells_for_features([fid])
    assert len(cells)
    return {tuple(int(c) for c in row) for row in np.asarray(ad.mesh.cell_data["rgba"])[cells]}


def test_the_snow_layers_are_default_layers_with_their_times(storm):
    doc, scene, _ = storm
    kinds = {v.kind: v for v in doc.layers}
    assert {"snow_coverage", "plough_points", "plough_vehicles"} <= set(kinds) and not scene.errors
    assert kinds["snow_coverage"].time.kind == "since" and kinds["snow_coverage"].style.attribute == HOURS_SINCE
    assert kinds["plough_vehicles"].time.kind == "latest"
    assert kinds["plough_points"].time.max_age == dt.timedelta(minutes=15)     # the trail: the last 15 minutes
    assert kinds["plough_vehicles"].style.attribute == "vehicle_type"           # four types, not twenty vehicles
    assert isinstance(adapter_of(doc, scene, "snow_coverage"), SnowCoverageAdapter)
    assert isinstance(adapter_of(doc, scene, "plough_vehicles"), PloughVehiclesAdapter)
    assert isinstance(adapter_of(doc, scene, "plough_points"), PloughPointsAdapter)
    # the derived hours are an attribute the style panel offers
    assert doc.attribute(kinds["snow_coverage"], HOURS_SINCE).numeric


def test_segments_are_ribbons_as_wide_as_their_tier_on_the_terrain(storm):
    doc, scene, _ = storm
    ad = adapter_of(doc, scene, "snow_coverage")
    layer = ad.layer
    tiers = dict(doc.store.query("SELECT segment_id, tier FROM route_tiers"))
    lengths = dict(doc.store.query("SELECT id, length_m FROM road_segments"))
    assert set(ad.fids.tolist()) == set(tiers)                                 # every segment with a tier
    mesh = ad.mesh
    assert mesh.is_all_triangles and not mesh.n_lines and not mesh.n_verts
    tri = mesh.faces.reshape(-1, 4)[:, 1:]
    p = np.asarray(mesh.points)
    u, v = p[tri[:, 1]] - p[tri[:, 0]], p[tri[:, 2]] - p[tri[:, 0]]
    area = 0.5 * np.abs(u[:, 0] * v[:, 1] - u[:, 1] * v[:, 0])            # in plan
    fid = np.asarray(mesh.cell_data["feature_id"])
    per = np.bincount(np.searchsorted(ad.fids, fid), weights=area, minlength=len(ad.fids))
    width = {int(f): per[i] / lengths[int(f)] for i, f in enumerate(ad.fids) if lengths[int(f)] > 50}
    for tier, key in ((1, "tier1_width"), (2, "tier2_width"), (3, "tier3_width")):
        w = np.median([v for f, v in width.items() if tiers[f] == tier])
        assert w == pytest.approx(layer.params[key], rel=0.05)
    assert layer.params["tier1_width"] > layer.params["tier2_width"] > layer.params["tier3_width"]
    # draped: the offset above the DEM (tier 1 a little higher, so it wins where roads cross)
    ground = scene.dem(layer.params.get("raster_id")).sample(p[:, 0], p[:, 1])
    ok = np.isfinite(ground)
    lift = p[ok, 2] - ground[ok]
    assert lift.min() == pytest.approx(layer.params["offset"], abs=1e-3)
    assert lift.max() == pytest.approx(layer.params["offset"] + 0.6, abs=1e-3)


def band_colors(doc, scene) -> dict[str, tuple[int, ...]]:
    ad = adapter_of(doc, scene, "snow_coverage")
    set_language("en")
    return {e.label: hex_to_rgba(e.color) for e in scene.legend_entries(ad.layer.id)}


def test_segments_take_their_band_at_the_clock(storm):
    doc, scene, ids = storm
    ad = adapter_of(doc, scene, "snow_coverage")
    bands = band_colors(doc, scene)
    assert list(bands) == ["≤3 h", "3–6 h", "6–12 h", "12–24 h", ">24 h", "Not ploughed"]
    assert len(set(bands.values())) == 6 and bands["Not ploughed"] == hex_to_rgba(NEVER_COLOR)
    # 06:00: a was ploughed at 03:00 (exactly 3 h: still ≤3 h), b at 02:00 (4 h), c only before the window
    assert feature_rgba(ad, ids["a"]) == {bands["≤3 h"]}
    assert feature_rgba(ad, ids["b"]) == {bands["3–6 h"]}
    assert feature_rgba(ad, ids["c"]) == {bands["Not ploughed"]}
    assert feature_rgba(ad, ids["d"]) == {bands["Not ploughed"]}
    doc.clock.current = at(6) + dt.timedelta(seconds=1)
    assert feature_rgba(ad, ids["a"]) == {bands["3–6 h"]}
    doc.clock.current = at(2.5)                              # a's second pass has not happened yet: 1.5 h since 1:00
    assert feature_rgba(ad, ids["a"]) == {bands["≤3 h"]}
    doc.clock.current = at(1.5)
    assert feature_rgba(ad, ids["b"]) == {bands["Not ploughed"]}
    doc.clock.current = at(12)
    assert feature_rgba(ad, ids["a"]) == {bands["6–12 h"]} and feature_rgba(ad, ids["b"]) == {bands["6–12 h"]}
    # a window that starts before c's pass: c counts as served 13 h before 12:00
    doc.clock.set_range(at(-2), at(30), current=at(12))
    assert feature_rgba(ad, ids["c"]) == {bands["12–24 h"]}
    doc.clock.current = at(27)                               # a: exactly 24 h (still 12–24 h), b: 25 h
    assert feature_rgba(ad, ids["b"]) == {bands[">24 h"]} and feature_rgba(ad, ids["a"]) == {bands["12–24 h"]}
    # the edges as the legend gives them
    assert [e.value for e in scene.legend_entries(ad.layer.id)[:5]] == list(zip(BAND_EDGES[:-1], BAND_EDGES[1:]))


def test_a_clock_step_recolours_the_segments_without_rebuilding(storm):
    doc, scene, ids = storm
    ad = adapter_of(doc, scene, "snow_coverage")
    doc.clock.current = at(1.75)
    doc.clock.step = dt.timedelta(minutes=30)
    mesh, points, builds, recolors = ad.mesh, np.array(ad.mesh.points), ad.build_count, ad.recolor_count
    before = np.array(ad.mesh.cell_data["rgba"])
    assert doc.clock.advance()                                      # 02:15: b was ploughed at 02:00
    assert ad.mesh is mesh and ad.build_count == builds and np.array_equal(ad.mesh.points, points)
    assert ad.recolor_count == recolors + 1
    after = np.asarray(ad.mesh.cell_data["rgba"])
    changed = np.unique(np.asarray(ad.mesh.cell_data["feature_id"])[(after != before).any(axis=1)])
    assert changed.tolist() == [ids["b"]]                           # never → ≤3 h; a stays ≤3 h (1:00)


def test_the_legend_names_the_bands_in_the_ui_language(storm):
    from dataclasses import replace

    doc, scene, _ = storm
    ad = adapter_of(doc, scene, "snow_coverage")
    set_language("ja")
    entries = scene.legend_entries(ad.layer.id)
    assert [e.label for e in entries] == ["3 時間以内", "3–6 時間", "6–12 時間", "12–24 時間", "24 時間超", "未除雪"]
    assert sum(e.count for e in entries) == len(ad.fids)
    assert entries[-1].count == len(ad.fids) - 2                      # at 06:00 only a and b were ploughed
    set_language("en")
    assert [e.label for e in scene.legend_entries(ad.layer.id)][-1] == "Not ploughed"
    scene.set_overlay_text(replace(scene.legend.text, lang="ja"))     # a rendered picture speaks Japanese
    assert [e.label for e in scene.legend_entries(ad.layer.id)][0] == "3 時間以内"


def visible_points(ad) -> np.ndarray:
    """Positions of the points drawn opaque."""
    rgba = np.asarray(ad.mesh.cell_data["rgba"])
    cells = np.flatnonzero(rgba[:, 3] > 0)
    conn = ad.mesh.GetVerts()
    from vtkmodules.util.numpy_support import vtk_to_numpy

    point_ids = vtk_to_numpy(conn.GetConnectivityArray())
    return np.asarray(ad.mesh.points)[point_ids[cells]]


def test_vehicles_are_one_point_each_and_move_with_the_clock(storm):
    doc, scene, _ = storm
    ad = adapter_of(doc, scene, "plough_vehicles")
    assert ad.mesh.n_verts == 182                                       # every fix, built once
    mesh, builds = ad.mesh, ad.build_count
    doc.clock.current = at(0.25)
    first = visible_points(ad)
    assert len(first) == 2                                              # K-01 and K-02
    doc.clock.current = at(0.25) + dt.timedelta(minutes=5)
    second = visible_points(ad)
    assert len(second) == 2 and not np.allclose(first[:, :2], second[:, :2])
    moved = np.sort(np.hypot(*(second[:, :2] - first[:, :2]).T))
    assert moved == pytest.approx([100.0, 100.0], abs=1e-6)          # 10 fixes of 10 m each in 5 min
    doc.clock.current = at(0.5) + dt.timedelta(minutes=11)              # K-02 silent for 11 min: gone
    assert len(visible_points(ad)) == 1
    doc.clock.current = at(3)
    assert len(visible_points(ad)) == 0 and ad.shown_points.GetNumberOfPoints() == 0
    assert ad.mesh is mesh and ad.build_count == builds


def test_only_the_vehicles_shown_are_drawn_and_picked(storm):
    """The actor draws the two current fixes, not the 182 of the night; a click on one names that fix."""
    doc, scene, _ = storm
    ad = adapter_of(doc, scene, "plough_vehicles")
    for v in doc.layers:
        v.visible = v is ad.layer
    doc.clock.current = at(0.25)
    drawn = ad.shown_points
    assert ad.actor.GetMapper().GetInput() is drawn and drawn.GetNumberOfPoints() == 2
    from vtkmodules.util.numpy_support import vtk_to_numpy

    xyz = vtk_to_numpy(drawn.GetPoints().GetData())
    assert np.allclose(np.sort(xyz, axis=0), np.sort(visible_points(ad), axis=0))
    shown_ids = sorted(doc.shown_at_time(ad.layer)[0][doc.shown_at_time(ad.layer)[1]].tolist())
    scene.set_camera("top")
    scene.renderer.ResetCamera(*ad.bounds())
    scene.renderer.GetRenderWindow().Render()
    picked = []
    for p in xyz:
        scene.renderer.SetWorldPoint(*p, 1.0)
        scene.renderer.WorldToDisplay()
        x, y, _ = scene.renderer.GetDisplayPoint()
        picked.append(scene.pick_at(x, y))
    assert sorted(fid for _, fid in picked) == shown_ids and {lid for lid, _ in picked} == {ad.layer.id}


def test_the_trail_is_the_last_quarter_hour_of_fixes(storm):
    doc, scene, _ = storm
    ad = adapter_of(doc, scene, "plough_points")
    doc.clock.current = at(0.75)                     # K-01's fixes of 0:30 … 0:45, K-02's last (0:30, 15 min old)
    assert len(visible_points(ad)) == (90 - 60 + 1) + 1 == ad.shown_points.GetNumberOfPoints()


def test_render_at_a_time_draws_the_bands_and_the_legend(storm_path, tmp_path):
    from layers.render import render_png

    path, _ = storm_path
    out = tmp_path / "snow.png"
    info = render_png(path, out, camera="city", size=(800, 500), time="2025-01-15T06:00",
                      layers="除雪状況,地形")
    assert out.exists() and info["time"].startswith("2025-01-15T06:00")
    legend = info["legend"]
    for label in ("除雪状況: 除雪からの経過時間", "3 時間以内", "3–6 時間", "24 時間超", "未除雪"):
        assert label in legend
    img = pv.read(str(out))
    rgb = np.asarray(img.point_data[img.point_data.keys()[0]])[:, :3]
    never = np.array(hex_to_rgba(NEVER_COLOR)[:3])
    assert (np.abs(rgb.astype(int) - never).sum(axis=1) < 30).sum() > 500        # the unploughed ribbons show
