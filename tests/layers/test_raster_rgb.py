"""RGB raster overlays (an aerial photo or a scanned map as a GeoTIFF) drawn in their own colours.

The photo is imported with the real importer, either already in the project CRS or as latitude/longitude, when
it is warped into the project CRS and gets empty (nodata) corners; every drawn cell must show the colour of the
pixel it covers, and the photo must be where its coordinates say.
"""

from __future__ import annotations

import numpy as np
import pytest
import rasterio
from affine import Affine
from pyproj import Transformer

from importers.registry import import_path
from twin.layer import Layer
from twin.raster import load_raster
from twin.store import Store
from twin.style import Style
from twin.synthetic import write_synthetic_city

#: four blocks of 12 x 12 pixels, one colour each (none of them black, the overlay's nodata after warping)
BLOCKS = {(0, 0): (220, 40, 40), (0, 1): (30, 200, 60), (1, 0): (40, 70, 230), (1, 1): (250, 220, 30)}
PIXEL_DEG = 0.0002
N = 12


PIXEL_M = 20.0


def write_photo(path, crs: str, west: float, north: float, pixel: float):
    rgb = np.zeros((3, 2 * N, 2 * N), np.uint8)
    for (r, c), colour in BLOCKS.items():
        for band in range(3):
            rgb[band, r * N:(r + 1) * N, c * N:(c + 1) * N] = colour[band]
    with rasterio.open(path, "w", driver="GTiff", width=2 * N, height=2 * N, count=3, dtype="uint8",
                       crs=crs, transform=Affine(pixel, 0, west, 0, -pixel, north)) as dst:
        dst.write(rgb)
    return path


#: the photo in the project's own CRS (stored as it is) and as latitude/longitude (warped, with empty corners)
PHOTO_CRS = [
    pytest.param("project", id="project CRS"),
    pytest.param("EPSG:6668", id="lat-lon, warped"),
]


@pytest.fixture(params=PHOTO_CRS)
def photo_project(tmp_path, request):
    """A small synthetic city with a DEM, and the photo over its middle imported as an overlay.

    Returns (project path, raster id, where(r, c) -> project (x, y) of the middle of colour block (r, c))."""
    path = tmp_path / "photo.duckdb"
    with Store(path) as s:
        city = write_synthetic_city(s, 30, with_roads=False, with_risks=False)
        x0, y0, x1, y1 = city.extent
        cx, cy = (x0 + x1) / 2, (y0 + y1) / 2
        if request.param == "project":
            crs, west, north, pixel = s.crs, cx - N * PIXEL_M, cy + N * PIXEL_M, PIXEL_M
        else:
            crs, pixel = request.param, PIXEL_DEG
            lon, lat = Transformer.from_crs(s.crs, crs, always_xy=True).transform(cx, cy)
            west, north = lon - N * PIXEL_DEG, lat + N * PIXEL_DEG
        report = import_path(s, write_photo(tmp_path / "photo.tif", crs, west, north, pixel))
        assert report.counts == {"rasters": 1}
        rid = s.query("SELECT id FROM rasters WHERE kind = 'overlay'")[0][0]
        to_plane = Transformer.from_crs(crs, s.crs, always_xy=True)

    def where(r: int, c: int) -> tuple[float, float]:
        return to_plane.transform(west + (c * N + N / 2) * pixel, north - (r * N + N / 2) * pixel)

    return path, rid, where


def _scene(store, rid, plotter, style):
    from layers.scene import SceneController
    from twin.document import TwinDocument

    doc = TwinDocument(store)
    doc.create_default_layers()
    layer = Layer(name="航空写真", kind="raster", params={"raster_id": rid, "offset": 1.0}, style=style)
    doc.layers.append(layer)
    return doc, layer, SceneController(doc, plotter, progressive=False)


def _cell_pixels(raster, mesh):
    """(row, col) of the stored raster's pixel under each cell's centre."""
    centres = np.asarray(mesh.cell_centers().points)
    a, b, c, d, e, f = (float(v) for v in raster.transform[:6])
    cols = (centres[:, 0] - c) / a          # north-up rasters: no rotation terms
    rows = (centres[:, 1] - f) / e
    assert b == 0 and d == 0
    return np.floor(rows).astype(int), np.floor(cols).astype(int)


def test_every_cell_shows_the_colour_of_its_pixel(photo_project, plotter):
    path, rid, _ = photo_project
    with Store(path, read_only=True) as store:
        raster = load_raster(store, int(rid))
        assert raster.data.shape[0] == 3 and raster.crs == store.crs
        doc, layer, scene = _scene(store, rid, plotter, Style(mode="single"))
        try:
            assert not scene.errors, scene.errors
            ad = scene.adapters[layer.id]
            mesh = ad.mesh
            rgba = np.asarray(mesh.cell_data["rgba"])
            rows, cols = _cell_pixels(raster, mesh)
            expected = raster.data[:3, rows, cols].T
            wrong = np.flatnonzero(np.any(rgba[:, :3] != expected, axis=1))
            assert wrong.size == 0, (f"{wrong.size} of {mesh.n_cells} cells show another pixel's colour, e.g. cell "
                                     f"{wrong[0]}: {rgba[wrong[0], :3]} instead of {expected[wrong[0]]}")
            assert (rgba[:, 3] == 255).all() and scene.legend_entries(layer.id) == []
            # all four colours of the photo are drawn, and the empty warp corners are not drawn black
            drawn = {tuple(c) for c in rgba[:, :3]}
            assert set(BLOCKS.values()) <= drawn
        finally:
            scene.close()


def test_the_photo_lands_where_its_latlon_says(photo_project, plotter):
    """The middle of each colour block, from the file's own coordinates via pyproj, is drawn in its colour."""
    path, rid, where = photo_project
    with Store(path, read_only=True) as store:
        doc, layer, scene = _scene(store, rid, plotter, Style(mode="single"))
        try:
            mesh = scene.adapters[layer.id].mesh
            rgba = np.asarray(mesh.cell_data["rgba"])
            centres = np.asarray(mesh.cell_centers().points)[:, :2]
            for (r, c), colour in BLOCKS.items():
                x, y = where(r, c)
                nearest = int(np.argmin(np.hypot(centres[:, 0] - x, centres[:, 1] - y)))
                assert tuple(rgba[nearest, :3]) == colour, (r, c)
        finally:
            scene.close()


@pytest.mark.parametrize("photo_project", ["project"], indirect=True)
def test_a_band_can_still_be_classified(photo_project, plotter):
    """A graduated style on one band of the photo: classes of that band's values, with a legend."""
    path, rid, _ = photo_project
    with Store(path, read_only=True) as store:
        style = Style(mode="graduated", attribute="value", classes=2, method="equal_interval")
        doc, layer, scene = _scene(store, rid, plotter, style)
        layer.params["band"] = 3                         # blue
        try:
            assert not scene.errors, scene.errors
            entries = scene.legend_entries(layer.id)
            assert len(entries) == 2 and sum(e.count for e in entries) == scene.adapters[layer.id].mesh.n_cells
        finally:
            scene.close()
