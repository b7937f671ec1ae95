"""A project in another plane-rectangular zone (EPSG:6676, zone VIII) end to end.

PLATEAU CityGML (JGD2011 latitude/longitude) and GeoTIFF rasters (geographic, or another zone) land where
pyproj says they should in the project's CRS; Identify's latitude/longitude, the status bar's
(``TwinDocument.to_latlon``) and the CSV/GeoPackage exports agree with where the data came from.
Every expected coordinate here is computed with pyproj directly, not with Kaga Twin's helpers.
"""

from __future__ import annotations

import numpy as np
import pandas as pd
import pyogrio
import pytest
import rasterio
import shapely
from affine import Affine
from pyproj import Transformer

from importers.registry import import_path
from plateau_fixtures import LAT0, LON0, box_corners, building, citygml, core_attrs, dataset
from twin.document import TwinDocument
from twin.layer import Layer
from twin.raster import load_raster
from twin.store import Store

CRS = "EPSG:6676"
LATLON_TO_PROJECT = Transformer.from_crs("EPSG:6668", CRS, always_xy=True)   # (lon, lat) -> (x, y)


def project_xy(lat, lon):
    x, y = LATLON_TO_PROJECT.transform(lon, lat)
    return np.asarray(x, dtype=float), np.asarray(y, dtype=float)


@pytest.fixture
def zone8_store(tmp_path):
    s = Store(tmp_path / "zone8.duckdb", crs=CRS)
    assert s.crs == CRS
    yield s
    s.close()


@pytest.fixture
def zone8_buildings(zone8_store, tmp_path):
    """Two PLATEAU buildings imported into the EPSG:6676 project; returns (store, {gml_id: (lat, lon)})."""
    where = {"b_station": (LAT0, LON0), "b_north": (LAT0 + 0.003, LON0 + 0.002)}
    members = [building(gid, lat=lat, lon=lon, attrs=core_attrs()) for gid, (lat, lon) in where.items()]
    root = dataset(tmp_path / "17206_kaga-shi_city_2024_citygml_1_op",
                   {"bldg/54363288_bldg_6697_op.gml": citygml(members)})
    report = import_path(zone8_store, root)
    assert report.counts["buildings"] == 2
    return zone8_store, where


def test_plateau_footprints_land_where_pyproj_puts_them(zone8_buildings):
    store, where = zone8_buildings
    rows = store.query("SELECT gml_id, ST_AsWKB(footprint) FROM buildings ORDER BY gml_id")
    assert len(rows) == 2
    for gml_id, wkb in rows:
        poly = shapely.from_wkb(bytes(wkb))
        lat, lon = where[gml_id]
        corners = box_corners(lat, lon)
        ex, ey = project_xy([c[0] for c in corners], [c[1] for c in corners])
        got = np.asarray(poly.exterior.coords)[:-1, :2]
        # the same four corners (in whatever order and orientation the importer keeps them), to the millimetre
        for x, y in zip(ex, ey):
            assert np.min(np.hypot(got[:, 0] - x, got[:, 1] - y)) < 0.001, (gml_id, x, y, got)
    # and the LOD1 solids too: every vertex of the building's surfaces is one of the projected corners
    for gml_id, wkb in store.query("SELECT gml_id, ST_AsWKB(geom) FROM building_surfaces WHERE lod = 1"):
        lat, lon = where[gml_id]
        corners = box_corners(lat, lon)
        ex, ey = project_xy([c[0] for c in corners], [c[1] for c in corners])
        pts = shapely.get_coordinates(shapely.from_wkb(bytes(wkb)), include_z=True)
        d = np.hypot(pts[:, 0, None] - ex[None, :], pts[:, 1, None] - ey[None, :]).min(axis=1)
        assert d.max() < 0.001
        assert set(np.round(pts[:, 2], 3)) <= {10.0, 18.0}           # heights are kept as they were


def ramp(lat, lon):
    """A smooth, easily checked 'height' field: 1 m per 10 m east-west, 1 m per 20 m north-south (roughly)."""
    return 10_000.0 * (np.asarray(lon) - 136.34) + 5_000.0 * (np.asarray(lat) - 36.31)


def write_ramp_tif(path, crs: str):
    """The ramp on a 60 x 50 grid of 0.0005° (geographic) or 40 m (a plane zone) around the station."""
    if crs == "EPSG:6668":
        west, north, step = LON0 - 0.015, LAT0 + 0.0125, 0.0005
        transform = Affine(step, 0, west, 0, -step, north)
        cols, rows = np.meshgrid(np.arange(60) + 0.5, np.arange(50) + 0.5)
        lon, lat = west + cols * step, north - rows * step
    else:
        to_plane = Transformer.from_crs("EPSG:6668", crs, always_xy=True)
        cx, cy = to_plane.transform(LON0, LAT0)
        west, north, step = cx - 1200.0, cy + 1000.0, 40.0
        transform = Affine(step, 0, west, 0, -step, north)
        cols, rows = np.meshgrid(np.arange(60) + 0.5, np.arange(50) + 0.5)
        lon, lat = Transformer.from_crs(crs, "EPSG:6668", always_xy=True).transform(west + cols * step,
                                                                                   north - rows * step)
    data = ramp(lat, lon).astype(np.float32)[None]
    with rasterio.open(path, "w", driver="GTiff", width=60, height=50, count=1, dtype="float32", crs=crs,
                       transform=transform, nodata=-9999.0) as dst:
        dst.write(data)
    return path


@pytest.mark.parametrize("tif_crs", ["EPSG:6668", "EPSG:6675"], ids=["geographic", "zone VII"])
def test_geotiff_is_warped_to_the_project_crs(zone8_store, tmp_path, tif_crs):
    path = write_ramp_tif(tmp_path / "ramp.tif", tif_crs)
    import_path(zone8_store, path)
    rid, crs, extent = zone8_store.query("SELECT id, crs, ST_AsWKB(extent) FROM rasters")[0]
    assert crs == CRS
    raster = load_raster(zone8_store, int(rid))
    # points well inside the source grid, given as latitude/longitude and projected with pyproj
    lats = LAT0 + np.linspace(-0.008, 0.008, 7)
    lons = LON0 + np.linspace(-0.010, 0.010, 7)
    lat, lon = (a.ravel() for a in np.meshgrid(lats, lons))
    x, y = project_xy(lat, lon)
    assert shapely.from_wkb(bytes(extent)).contains(shapely.points(x, y)).all()
    values = raster.sample(x, y)
    # bilinear resampling keeps a linear field; GDAL's warp approximates the transformation to 1/8 pixel
    # (here at most ~0.6 of the ramp's units); a raster in the wrong place is off by hundreds
    np.testing.assert_allclose(values, ramp(lat, lon), atol=1.0)


def test_bundled_dem_is_placed_by_pyproj(zone8_store):
    """The sample's DEM (EPSG:6668) in the zone-VIII project: its pixel centres keep their heights."""
    from twin.paths import SAMPLE_DEM

    import_path(zone8_store, SAMPLE_DEM)
    raster = load_raster(zone8_store, kind="dem")
    with rasterio.open(SAMPLE_DEM) as src:
        grid, t, nodata = src.read(1), src.transform, src.nodata
        rows, cols = np.meshgrid(np.arange(20, src.height - 20, 37), np.arange(20, src.width - 20, 41))
        lon, lat = rasterio.transform.xy(t, rows.ravel(), cols.ravel())
        expected = grid[rows.ravel(), cols.ravel()]
    ok = expected != nodata
    x, y = project_xy(np.asarray(lat)[ok], np.asarray(lon)[ok])
    got = raster.sample(x, y)
    # a smooth DEM resampled once: within a few decimetres at the source pixel centres
    assert np.nanmax(np.abs(got - expected[ok])) < 0.5
    assert np.isfinite(got).all()


def test_identify_status_bar_and_exports_agree_with_the_source_latlon(zone8_buildings, tmp_path):
    from gui.export import export_selection

    store, where = zone8_buildings
    doc = TwinDocument(store)
    doc.create_default_layers()
    layer = doc.layers.by_kind("buildings")[0]
    ids = dict(store.query("SELECT gml_id, id FROM buildings"))
    # Identify: the centroid's latitude/longitude is the building's centre in the CityGML
    for gml_id, (lat, lon) in where.items():
        info = doc.identify(layer, ids[gml_id])
        assert info["geometry"]["latlon"] == pytest.approx((lat, lon), abs=2e-7)     # ~2 cm
        cx, cy = info["geometry"]["centroid"]
        ex, ey = project_xy(lat, lon)
        assert (cx, cy) == pytest.approx((float(ex), float(ey)), abs=0.01)
    # the status bar: project coordinates under the cursor -> latitude/longitude
    x, y = project_xy(36.33, 136.36)
    assert doc.to_latlon(float(x), float(y)) == pytest.approx((36.33, 136.36), abs=1e-9)
    # the exports
    doc.selection.set(layer.id, sorted(ids.values()))
    export_selection(doc, tmp_path / "sel.csv")
    df = pd.read_csv(tmp_path / "sel.csv", encoding="utf-8-sig").set_index("gml_id")
    for gml_id, (lat, lon) in where.items():
        assert (df.loc[gml_id, "latitude"], df.loc[gml_id, "longitude"]) == pytest.approx((lat, lon), abs=2e-7)
    export_selection(doc, tmp_path / "sel.gpkg")
    gdf = pyogrio.read_dataframe(tmp_path / "sel.gpkg", layer=layer.name).set_index("gml_id")
    assert gdf.crs.to_epsg() == 6676
    for gml_id, (lat, lon) in where.items():
        c = gdf.loc[gml_id, "geometry"].centroid
        ex, ey = project_xy(lat, lon)
        assert (c.x, c.y) == pytest.approx((float(ex), float(ey)), abs=0.01)
    # a vector layer over the same table says the same
    vec = Layer(name="centres", kind="vector", source="SELECT id, ST_Centroid(footprint) AS c FROM buildings",
                params={"id_column": "id"})
    doc.layers.append(vec)
    info = doc.identify(vec, ids["b_north"])
    assert info["geometry"]["latlon"] == pytest.approx(where["b_north"], abs=2e-7)
