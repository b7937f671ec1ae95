"""The rendering tier on a project built by the real importers (the bundled sample: PLATEAU CityGML with LOD2 and
BuildingParts, roads, flood risks, a GeoTIFF DEM), not on rows written straight into the tables.

The mesh builders' invariants (every feature drawn, nothing else, LOD choice, surface counts, bounds, draping)
hold on it, counts agree with the source files (read here with lxml), the scene builds every default layer
without errors, and ``kaga-twin render`` draws it headless.
"""

from __future__ import annotations

import subprocess
import sys
from collections import Counter
from pathlib import Path

import numpy as np
import pytest
import shapely
from lxml import etree

from layers.buildings import building_mesh
from layers.dem import first_dem_id, load_grid
from layers.roads import flat_polygons_mesh
from layers.terrain import terrain_mesh
from twin import themes
from twin.document import TwinDocument
from twin.paths import SAMPLE_CITYGML
from twin.store import Store

ROOT = Path(__file__).resolve().parents[2]
NS = {"core": "http://www.opengis.net/citygml/2.0", "bldg": "http://www.opengis.net/citygml/building/2.0",
      "tran": "http://www.opengis.net/citygml/transportation/2.0", "gml": "http://www.opengis.net/gml"}


@pytest.fixture(scope="module")
def source_counts() -> dict[str, int]:
    """What the sample's CityGML files hold, counted with lxml (independent of the importer)."""
    counts: Counter = Counter()
    for f in sorted((SAMPLE_CITYGML / "udx" / "bldg").glob("*.gml")):
        root = etree.parse(str(f)).getroot()
        for b in root.iterfind("core:cityObjectMember/bldg:Building", NS):
            counts["buildings"] += 1
            if b.find(".//bldg:lod2Solid", NS) is not None:
                counts["lod2_buildings"] += 1
                counts["lod2_polygons"] += len(b.findall(".//bldg:boundedBy/*//gml:Polygon", NS))
            if b.find("bldg:consistsOfBuildingPart", NS) is not None:
                counts["with_parts"] += 1
    for f in sorted((SAMPLE_CITYGML / "udx" / "tran").glob("*.gml")):
        counts["roads"] += len(etree.parse(str(f)).getroot().findall("core:cityObjectMember/tran:Road", NS))
    return dict(counts)


@pytest.fixture(scope="module")
def imported(imported_sample_project):
    s = Store(imported_sample_project, read_only=True)
    yield s
    s.close()


def _all_triangles(mesh) -> bool:
    return bool((np.asarray(mesh.faces).reshape(-1, 4)[:, 0] == 3).all())


def test_the_importers_wrote_what_the_files_hold(imported, source_counts):
    assert source_counts["buildings"] >= 3000 and source_counts["with_parts"] >= 3
    assert imported.query("SELECT count(*) FROM buildings")[0][0] == source_counts["buildings"]
    assert imported.query("SELECT count(*) FROM roads")[0][0] == source_counts["roads"]
    assert imported.query("SELECT count(*) FROM building_surfaces WHERE lod = 2")[0][0] == \
        source_counts["lod2_polygons"]
    assert imported.query("SELECT count(*) FROM rasters WHERE kind = 'dem'")[0][0] == 1


def test_lod2_mesh_draws_every_building_once_with_lod1_fallback(imported, source_counts):
    mesh, info = building_mesh(imported, lod=2)
    assert _all_triangles(mesh) and mesh.n_cells > 0
    fid = np.asarray(mesh.cell_data["feature_id"])
    ids = {r[0] for r in imported.query("SELECT id FROM buildings")}
    assert set(np.unique(fid).tolist()) == ids                         # every building, nothing else
    lod2_ids = {r[0] for r in imported.query(
        "SELECT DISTINCT b.id FROM buildings b JOIN building_surfaces s USING (gml_id, source_id) WHERE s.lod = 2")}
    assert len(lod2_ids) == info.n_lod2_buildings == source_counts["lod2_buildings"]
    lod = np.asarray(mesh.cell_data["lod"])
    in_lod2 = np.isin(fid, list(lod2_ids))
    assert set(lod[in_lod2].tolist()) == {2} and set(lod[~in_lod2].tolist()) == {1}
    # one cell group per stored LOD2 polygon
    sid = np.asarray(mesh.cell_data["surface_id"])
    assert len(np.unique(sid[lod == 2])) == info.n_lod2_surfaces == source_counts["lod2_polygons"]


def test_lod1_mesh_and_its_bounds(imported, source_counts):
    mesh, info = building_mesh(imported, lod=1)
    assert set(np.asarray(mesh.cell_data["lod"]).tolist()) == {1} and info.n_lod2_surfaces == 0
    assert len(np.unique(mesh.cell_data["feature_id"])) == source_counts["buildings"]
    x0, y0, x1, y1 = imported.query(
        "SELECT min(ST_XMin(footprint)), min(ST_YMin(footprint)), max(ST_XMax(footprint)), max(ST_YMax(footprint)) "
        "FROM buildings")[0]
    b = mesh.bounds
    assert (b[0], b[2], b[1], b[3]) == pytest.approx((x0, y0, x1, y1), abs=0.01)
    zmin, zmax = imported.query("SELECT min(ST_ZMin(geom)), max(ST_ZMax(geom)) FROM building_surfaces "
                                "WHERE lod = 1")[0]
    assert b[4] == pytest.approx(zmin, abs=0.01) and b[5] == pytest.approx(zmax, abs=0.01)


def test_roads_are_draped_on_the_imported_dem(imported):
    grid = load_grid(imported, first_dem_id(imported))
    mesh, ground, warnings = flat_polygons_mesh(imported, "SELECT id, ST_AsWKB(geom) AS wkb FROM roads", grid, 0.5)
    assert not warnings and _all_triangles(mesh)
    assert set(np.unique(mesh.cell_data["feature_id"]).tolist()) == {r[0] for r in imported.query("SELECT id FROM roads")}
    p = mesh.points
    assert p[:, 2] == pytest.approx(grid.sample(p[:, 0], p[:, 1]) + 0.5)
    # the triangles cover exactly the stored road polygons (with their holes: the station rotaries)
    area = float(np.sum(shapely.area(shapely.from_wkb(
        np.array([bytes(r[0]) for r in imported.query("SELECT ST_AsWKB(geom) FROM roads")], dtype=object)))))
    faces = np.asarray(mesh.faces).reshape(-1, 4)[:, 1:]
    P = p[faces][:, :, :2]
    a, b = P[:, 1] - P[:, 0], P[:, 2] - P[:, 0]
    assert (0.5 * np.abs(a[:, 0] * b[:, 1] - a[:, 1] * b[:, 0])).sum() == pytest.approx(area, rel=1e-6)


def test_terrain_mesh_is_the_imported_dem(imported):
    grid = load_grid(imported, first_dem_id(imported))
    mesh, elev, spacing = terrain_mesh(grid)
    finite = np.isfinite(grid.data)
    assert mesh.n_points == grid.width * grid.height
    assert mesh.bounds[4] == pytest.approx(np.nanmin(grid.data)) and mesh.bounds[5] == pytest.approx(np.nanmax(grid.data))
    assert finite.mean() > 0.8          # the warped DEM's empty margins are a small part of it


def test_the_scene_builds_every_default_layer_and_picks_the_station(imported, plotter):
    from layers.scene import SceneController

    doc = TwinDocument(imported)
    doc.create_default_layers()
    kinds = [v.kind for v in doc.layers]
    # the first start's layers: terrain, the road network and PLATEAU roads, buildings, facilities, and the road
    # damage and snow themes' (reports and repair cases, plough positions …; which ones is each theme's business)
    assert [k for k in kinds if themes.theme_of_kind(k).name not in ("road_damage", "snow", "population", "zoning")] == [
        "terrain", "road_segments", "roads", "buildings", "facilities"]
    assert "road_reports" in kinds and "plough_points" in kinds
    scene = SceneController(doc, plotter, progressive=False)
    try:
        assert not scene.errors, scene.errors
        counts = scene.feature_counts()
        buildings, roads = doc.layers.by_kind("buildings")[0], doc.layers.by_kind("roads")[0]
        assert counts[buildings.id] == imported.query("SELECT count(*) FROM buildings")[0][0]
        assert counts[roads.id] == imported.query("SELECT count(*) FROM roads")[0][0]
        for kind, table in (("road_segments", "road_segments"), ("facilities", "facilities"),
                            ("road_reports", "road_reports"), ("plough_points", "plough_points")):
            layer = doc.layers.by_kind(kind)[0]
            assert counts[layer.id] == imported.query(f"SELECT count(*) FROM {table}")[0][0] > 0, kind
        scene.set_camera("station")
        plotter.show(auto_close=False)
        w, h = plotter.window_size
        hit = scene.pick_at(w / 2, h / 2)
        assert hit is not None and hit[0] == buildings.id
        assert doc.identify(buildings, hit[1])["attributes"]["name"] == "加賀温泉駅"
    finally:
        scene.close()


def test_kaga_twin_render_draws_the_imported_project(imported_sample_project, tmp_path):
    out = tmp_path / "station.png"
    res = subprocess.run([sys.executable, str(ROOT / "main.py"), "render", "--project", str(imported_sample_project),
                          "--out", str(out), "--size", "640x400", "--color-by", "usage"],
                         capture_output=True, text=True, timeout=300)
    assert res.returncode == 0, res.stderr
    from vtkmodules.util.numpy_support import vtk_to_numpy
    from vtkmodules.vtkIOImage import vtkPNGReader

    r = vtkPNGReader()
    r.SetFileName(str(out))
    r.Update()
    img = r.GetOutput()
    w, h, _ = img.GetDimensions()
    arr = vtk_to_numpy(img.GetPointData().GetScalars()).reshape(h, w, -1)[::-1, :, :3].astype(int)
    r = None
    img = None
    assert (w, h) == (640, 400)
    assert arr.std() > 20 and len(np.unique(arr.reshape(-1, 3), axis=0)) > 200
    # the usage colours of the sample's most common uses are in the picture (houses, shops)
    from twin.document import default_style
    from twin.style import hex_to_rgba

    categories = default_style("buildings").categories
    for usage in ("住宅", "商業施設"):
        rgb = np.array(hex_to_rgba(categories[usage])[:3])
        # lit and shaded faces vary in brightness: look for the hue (colour ratios), within a tolerance
        close = np.abs(arr - rgb).sum(axis=2) < 60
        assert close.sum() > 20, usage
