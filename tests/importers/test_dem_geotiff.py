"""GeoTIFF importer (DEMs and overlays) and the stored-raster reader ``twin.raster``."""

from __future__ import annotations

import json

import numpy as np
import pytest
import rasterio
import shapely
from lxml import etree
from pyproj import Transformer
from affine import Affine
from shapely import wkb

from importers.registry import find_importer, get_importer, import_path
from twin.errors import InputError
from twin.paths import SAMPLE_CITYGML, SAMPLE_DEM
from twin.raster import (Raster, RasterNotFound, bilinear, decode, encode, list_rasters, load_raster, sample)

NS = {"gml": "http://www.opengis.net/gml", "core": "http://www.opengis.net/citygml/2.0",
      "bldg": "http://www.opengis.net/citygml/building/2.0"}


def snapshot(store):
    """Everything an import could change: row counts of every table and the sources rows."""
    return store.table_counts(), [(s["id"], s["path"], s["sha256"]) for s in store.sources()]


def from_origin(west: float, north: float, xsize: float, ysize: float) -> Affine:
    return Affine(xsize, 0.0, west, 0.0, -ysize, north)


def write_tif(path, data, *, crs="EPSG:6668", transform=None, nodata=None, **extra):
    data = np.asarray(data)
    if data.ndim == 2:
        data = data[None]
    profile = dict(driver="GTiff", width=data.shape[2], height=data.shape[1], count=data.shape[0],
                   dtype=data.dtype.name, **extra)
    if crs is not None:
        profile["crs"] = crs
    if transform is not None:
        profile["transform"] = transform
    if nodata is not None:
        profile["nodata"] = nodata
    with rasterio.open(path, "w", **profile) as dst:
        dst.write(data)
    return path


# --- the sample DEM ----------------------------------------------------------------------------------

@pytest.fixture
def imported(store):
    report = import_path(store, SAMPLE_DEM)
    return store, report


def test_sniffs_tiff_by_content_not_extension(tmp_path):
    imp = get_importer("geotiff")
    assert imp.sniff(SAMPLE_DEM) == pytest.approx(0.9)
    renamed = tmp_path / "dem.dat"
    renamed.write_bytes(SAMPLE_DEM.read_bytes())
    assert find_importer(renamed).name == "geotiff"
    fake = tmp_path / "fake.tif"
    fake.write_bytes(b"GIF89a" + bytes(100))
    assert imp.sniff(fake) == 0.0
    assert imp.sniff(tmp_path) == 0.0
    big_endian = tmp_path / "be.tiff"
    big_endian.write_bytes(b"MM\x00*" + bytes(10))
    bigtiff = tmp_path / "big.tif"
    bigtiff.write_bytes(b"II+\x00" + bytes(10))
    assert imp.sniff(big_endian) == imp.sniff(bigtiff) == pytest.approx(0.9)
    assert imp.label == "GeoTIFF raster (DEM or overlay)" and set(imp.patterns) == {"*.tif", "*.tiff"}


def test_sample_dem_becomes_one_raster_in_the_project_crs(imported):
    store, report = imported
    assert report.counts == {"rasters": 1}
    (info,) = list_rasters(store)
    assert info.kind == "dem" and info.name == "kaga_onsen_station_dem" and info.bands == 1
    assert info.crs == store.crs == "EPSG:6675"
    assert info.dtype == "float32" and info.nodata == -9999.0
    # 0.4" cells are 10.0 m x 12.3 m here; the warp keeps that resolution
    a, b, _, d, e, _ = info.transform
    assert b == d == 0 and 9.0 < a < 12.5 and -12.5 < e < -9.0
    assert 250 < info.width < 400 and 220 < info.height < 350


def test_sample_dem_values_are_plausible(imported):
    store, _ = imported
    dem = load_raster(store)
    arr, transform, crs, nodata = dem          # unpacks like a rasterio read
    assert arr.shape == (1, dem.height, dem.width) and crs == "EPSG:6675" and nodata == -9999.0
    valid = dem.masked()
    assert valid.count() > 0.95 * valid.size   # only the warp's corner slivers are nodata
    assert 0.0 < valid.min() < 10.0            # the river channel in the plain
    assert 80.0 < valid.max() < 160.0          # hills at the southern edge
    rows = valid.shape[0] // 10
    north, south = valid[:rows].mean(), valid[-rows:].mean()
    assert north < 12.0 and south > north + 50.0
    # the station forecourt stands on the plain, about 10 m above sea level
    x, y = Transformer.from_crs("EPSG:6668", "EPSG:6675", always_xy=True).transform(136.3505352, 36.3202471)
    assert 6.0 < dem.sample([x], [y])[0] < 16.0


def test_extent_covers_the_citygml_area(imported):
    store, _ = imported
    (extent,) = store.query("SELECT ST_AsWKB(extent) FROM rasters")[0]
    outline = wkb.loads(bytes(extent))
    to_plane = Transformer.from_crs("EPSG:6668", "EPSG:6675", always_xy=True)
    lats = np.linspace(36.308333333, 36.333333333, 30)
    lons = np.linspace(136.3375, 136.375, 30)
    edge = [(lon, lat) for lat in lats for lon in (lons[0], lons[-1])] + \
           [(lon, lat) for lon in lons for lat in (lats[0], lats[-1])]
    xs, ys = to_plane.transform(*zip(*edge))
    area = shapely.MultiPoint(list(zip(xs, ys))).convex_hull
    assert outline.contains(area)
    dem = load_raster(store)
    assert not np.isnan(dem.sample(np.array(xs), np.array(ys), outside="nan")).any()
    assert (dem.masked().mask.sum() > 0)        # the rotated source grid leaves nodata corners


def test_stored_dem_drapes_buildings_at_their_citygml_ground_height(imported):
    """The terrain layer samples the stored (warped) DEM; buildings must sit on it."""
    store, _ = imported
    dem = load_raster(store)
    to_plane = Transformer.from_crs("EPSG:6668", "EPSG:6675", always_xy=True)
    worst, n = 0.0, 0
    for f in sorted((SAMPLE_CITYGML / "udx" / "bldg").glob("*.gml")):
        root = etree.parse(str(f)).getroot()
        for b in list(root.iterfind("core:cityObjectMember/bldg:Building", NS))[::10]:
            solid = b.find(".//bldg:lod1Solid", NS)
            pts = np.concatenate([np.array(p.text.split(), float).reshape(-1, 3)
                                  for p in solid.iterfind(".//gml:posList", NS)])
            ground = pts[:, 2].min()
            edge = np.array(b.find(".//bldg:lod0RoofEdge//gml:posList", NS).text.split(), float).reshape(-1, 3)
            xs, ys = to_plane.transform(edge[:, 1], edge[:, 0])
            z = dem.sample(np.asarray(xs), np.asarray(ys)).min()
            worst = max(worst, abs(z - ground))
            n += 1
    assert n > 250
    assert worst < 0.5


def test_reimport_replaces_the_raster(imported):
    store, first = imported
    second = import_path(store, SAMPLE_DEM)
    assert second.replaced_sources == [first.source_id]
    assert store.query("SELECT count(*), min(source_id) FROM rasters")[0] == (1, second.source_id)
    assert len(store.sources()) == 1


def test_options_name_and_kind(store):
    report = import_path(store, SAMPLE_DEM, options={"name": "terrain 10m", "kind": "overlay"})
    (info,) = list_rasters(store)
    assert (info.name, info.kind) == ("terrain 10m", "overlay")
    assert json.loads(store.sources()[0]["options"]) == {"name": "terrain 10m", "kind": "overlay"}
    assert load_raster(store, "terrain 10m").id == info.id == load_raster(store, info.id).id
    assert report.counts == {"rasters": 1}


# --- other GeoTIFFs ----------------------------------------------------------------------------------

def test_raster_already_in_the_project_crs_is_stored_unchanged(store, tmp_path):
    data = np.arange(12, dtype=np.float32).reshape(3, 4) + 5.5
    transform = from_origin(-73000.0, 36000.0, 5.0, 5.0)
    path = write_tif(tmp_path / "plane.tif", data, crs="EPSG:6675", transform=transform, nodata=-1.0)
    import_path(store, path)
    r = load_raster(store)
    assert np.array_equal(r.band(1), data) and r.nodata == -1.0
    assert r.transform == tuple(transform)[:6]
    assert r.bounds == (-73000.0, 35985.0, -72980.0, 36000.0)


def test_rgb_image_becomes_a_warped_overlay(store, tmp_path):
    rgb = np.zeros((3, 20, 30), dtype=np.uint8)
    rgb[0] = 200
    rgb[1, :, 15:] = 100
    path = write_tif(tmp_path / "photo.tiff", rgb, crs="EPSG:4326",
                     transform=from_origin(136.34, 36.33, 0.0005, 0.0005))
    import_path(store, path)
    r = load_raster(store, "photo")
    assert r.kind == "overlay" and r.bands == 3 and r.data.dtype == np.uint8 and r.crs == "EPSG:6675"
    assert r.nodata == 0.0
    inside = r.band(1)[r.band(1) != 0]
    assert inside.size > 0.8 * 600 and set(np.unique(inside)) == {200}
    with pytest.raises(RasterNotFound):
        load_raster(store)                     # it is not a DEM


def test_integer_dem_is_stored_as_float_with_its_nodata(store, tmp_path):
    data = np.full((10, 10), 42, dtype=np.int16)
    data[0, 0] = -32768
    path = write_tif(tmp_path / "int.tif", data, crs="EPSG:6668",
                     transform=from_origin(136.35, 36.32, 0.0001, 0.0001), nodata=-32768)
    import_path(store, path)
    r = load_raster(store)
    assert r.data.dtype == np.float32 and r.nodata == -32768.0
    assert np.nanmax(r.masked().filled(np.nan)) == pytest.approx(42.0)


# --- bad input ---------------------------------------------------------------------------------------

def _truncated_gdal_tiff(tmp_path):
    """A GDAL-written (directory first) deflate GeoTIFF cut in the middle of its pixel data."""
    data = np.random.default_rng(1).random((200, 200)).astype(np.float32)
    full = write_tif(tmp_path / "full.tif", data, crs="EPSG:6675", transform=from_origin(-73000, 36000, 1, 1),
                     compress="deflate")
    cut = tmp_path / "cut.tif"
    cut.write_bytes(full.read_bytes()[: full.stat().st_size // 2])
    return cut


@pytest.mark.filterwarnings("ignore::rasterio.errors.NotGeoreferencedWarning")
@pytest.mark.parametrize(("make", "message"), [
    (lambda d: (d / "random.tif").write_bytes(bytes(range(256)) * 8) and d / "random.tif",
     "not a TIFF file"),
    (lambda d: (d / "empty.tif").write_bytes(b"") or d / "empty.tif", "empty"),
    (lambda d: (d / "half.tif").write_bytes(SAMPLE_DEM.read_bytes()[: SAMPLE_DEM.stat().st_size // 2])
     and d / "half.tif", "truncated or damaged"),
    (_truncated_gdal_tiff, "truncated or damaged"),
    (lambda d: write_tif(d / "plain.tif", np.ones((5, 5), np.uint8), crs=None), "no coordinate reference system"),
    (lambda d: write_tif(d / "nogeo.tif", np.ones((5, 5), np.float32), crs="EPSG:6675"), "no geotransform"),
])
def test_bad_input_names_the_file_and_leaves_the_store_unchanged(store, tmp_path, make, message):
    import_path(store, SAMPLE_DEM)            # something to keep
    before = snapshot(store)
    path = make(tmp_path)
    with pytest.raises(InputError) as err:
        import_path(store, path, importer="geotiff")
    assert str(path) in str(err.value) and message in str(err.value)
    assert snapshot(store) == before
    assert load_raster(store).name == "kaga_onsen_station_dem"


def test_multiband_file_cannot_be_a_dem_and_bad_kind_is_refused(store, tmp_path):
    path = write_tif(tmp_path / "two.tif", np.ones((2, 4, 4), np.float32),
                     transform=from_origin(136.35, 36.32, 0.0001, 0.0001))
    before = snapshot(store)
    with pytest.raises(InputError, match="a DEM needs one band; this file has 2"):
        import_path(store, path, options={"kind": "dem"})
    with pytest.raises(InputError, match="kind must be 'dem' or 'overlay'"):
        import_path(store, SAMPLE_DEM, options={"kind": "terrain"})
    assert snapshot(store) == before


# --- twin.raster -------------------------------------------------------------------------------------

def test_encode_decode_round_trip_is_little_endian_and_writable():
    arr = np.arange(24, dtype=">f4").reshape(2, 3, 4)
    blob, dtype = encode(arr)
    assert dtype == "float32"
    back = decode(blob, dtype, 2, 3, 4)
    assert np.array_equal(back, arr) and back.flags.writeable
    import zlib
    assert zlib.decompress(blob)[:8] == np.array([0, 1], "<f4").tobytes()
    with pytest.raises(ValueError, match="expected"):
        decode(blob, dtype, 2, 3, 5)


def test_bilinear_reproduces_a_plane_and_handles_edges_nodata_and_rotation():
    transform = (2.0, 0.0, 100.0, 0.0, -2.0, 50.0)           # 2 m pixels, north-up
    rows, cols = np.mgrid[0:5, 0:6]
    xc, yc = 100 + 2 * (cols + 0.5), 50 - 2 * (rows + 0.5)
    grid = 3.0 * xc - 0.5 * yc + 7.0
    xs = np.array([101.0, 103.3, 108.9, 110.0])
    ys = np.array([49.0, 44.2, 41.7, 41.0])
    assert np.allclose(bilinear(grid, transform, xs, ys), 3.0 * xs - 0.5 * ys + 7.0)
    # beyond the outermost centres: the edge value (clamp) or NaN past the grid's edge
    assert bilinear(grid, transform, [99.0], [49.0])[0] == pytest.approx(grid[0, 0])
    assert np.isnan(bilinear(grid, transform, [99.0], [49.0], outside="nan")[0])
    assert not np.isnan(bilinear(grid, transform, [100.5], [49.5], outside="nan")[0])
    # nodata neighbours are left out and the rest re-weighted; all missing -> NaN
    g = grid.copy()
    g[1, 1] = -9999.0
    v = bilinear(g, transform, [103.5], [46.5], nodata=-9999.0)[0]   # a quarter cell past centre (1, 1)
    expected = (0.1875 * grid[1, 2] + 0.1875 * grid[2, 1] + 0.0625 * grid[2, 2]) / 0.4375
    assert v == pytest.approx(expected)
    assert np.isnan(bilinear(g, transform, [103.0], [47.0], nodata=-9999.0)[0])   # only (1, 1) counts there
    g[:] = np.nan
    assert np.isnan(bilinear(g, transform, [103.5], [46.5])[0])
    # a rotated transform: sampling at pixel centres returns the pixel values
    rot = (0.0, 2.0, 100.0, 2.0, 0.0, 50.0)
    centres_x = 100 + 2 * (rows + 0.5)
    centres_y = 50 + 2 * (cols + 0.5)
    assert np.allclose(bilinear(grid, rot, centres_x.ravel(), centres_y.ravel()), grid.ravel())


def test_load_raster_by_id_name_and_kind_and_errors(store):
    with pytest.raises(RasterNotFound, match="no dem raster"):
        load_raster(store)
    import_path(store, SAMPLE_DEM, options={"name": "dem-a"})
    r = load_raster(store, "dem-a")
    assert isinstance(r, Raster) and load_raster(store, r.id).name == "dem-a"
    assert np.array_equal(sample(r, [r.bounds[0] + 500], [r.bounds[3] - 500]),
                          r.sample([r.bounds[0] + 500], [r.bounds[3] - 500]))
    with pytest.raises(RasterNotFound, match="no raster named 'nope'.*dem-a"):
        load_raster(store, "nope")
    with pytest.raises(RasterNotFound, match="no raster with id 99"):
        load_raster(store, 99)
