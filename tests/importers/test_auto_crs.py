"""The project CRS and the data's location: an empty project nobody chose a CRS for takes the plane rectangular
zone of its first import (PLATEAU: the envelope and the dataset's city code; GeoTIFF: its bounds); a project
whose CRS was chosen keeps it; an import whose location the CRS does not fit warns. Expected coordinates are
computed with pyproj directly."""

from __future__ import annotations

import zipfile

import numpy as np
import pytest
import rasterio
import shapely
from affine import Affine
from pyproj import Transformer

import plateau_fixtures as pf
from importers.registry import get_importer, import_path
from plateau_fixtures import building, citygml, core_attrs, dataset
from twin.crs import DEFAULT_CRS
from twin.errors import InputError
from twin.store import Store

TOKYO = (35.6940, 139.7536)       # Chiyoda ward office
FUKUOKA = (33.5902, 130.4017)     # Fukuoka city hall
KAGA = (pf.LAT0, pf.LON0)         # Kaga Onsen Station


def plateau_file(tmp_path, monkeypatch, where, name="53394611_bldg_6697_op.gml", n=2) -> bytes:
    """CityGML bytes with ``n`` buildings and the CityModel envelope around ``where`` (lat, lon)."""
    monkeypatch.setattr(pf, "LAT0", where[0])
    monkeypatch.setattr(pf, "LON0", where[1])
    members = [building(f"b{i}", lat=where[0] + i * 0.0005, lon=where[1], attrs=core_attrs()) for i in range(n)]
    return citygml(members)


def footprint_corner(store, gml_id="b0"):
    wkb = store.query("SELECT ST_AsWKB(footprint) FROM buildings WHERE gml_id = ?", [gml_id])[0][0]
    return shapely.from_wkb(bytes(wkb)).exterior.coords[0]


def expected_corner(crs, lat, lon, d=0.0001):
    """The first footprint corner of a fixture building around (lat, lon), projected with pyproj."""
    return Transformer.from_crs("EPSG:6668", crs, always_xy=True).transform(lon - d, lat - d)


@pytest.mark.parametrize("folder, where, crs", [
    ("13101_chiyoda-ku_city_2023_citygml_1_op", TOKYO, "EPSG:6677"),
    ("40130_fukuoka-shi_city_2023_citygml_1_op", FUKUOKA, "EPSG:6670"),
    ("17206_kaga-shi_city_2024_citygml_1_op", KAGA, "EPSG:6675"),
], ids=["Tokyo IX", "Fukuoka II", "Kaga VII"])
def test_a_plateau_dataset_sets_the_zone_of_its_prefecture(store, tmp_path, monkeypatch, folder, where, crs):
    root = dataset(tmp_path / folder, {"bldg/53394611_bldg_6697_op.gml": plateau_file(tmp_path, monkeypatch, where)})
    loc = get_importer("plateau-citygml").locate(root)
    assert loc.city_code == folder[:5] and loc.pref_code == int(folder[:2])
    assert (loc.lat, loc.lon) == pytest.approx(where, abs=1e-9)
    assert store.crs == DEFAULT_CRS and store.crs_source == "default"
    report = import_path(store, root)
    assert store.crs == report.crs == crs and store.crs_source == "auto"
    assert f"project CRS set to {crs} (JGD2011 / Japan Plane Rectangular CS" in report.summary_lines()[1]
    assert report.summary_lines()[1].endswith("from the data's location")
    assert not [w for w in report.warnings if "does not fit" in w]
    assert footprint_corner(store) == pytest.approx(expected_corner(crs, *where), abs=1e-6)


def test_a_file_without_a_city_code_is_placed_by_the_nearest_zone_origin(store, tmp_path, monkeypatch):
    gml = tmp_path / "53394611_bldg_6697_op.gml"
    gml.write_bytes(plateau_file(tmp_path, monkeypatch, TOKYO))
    assert get_importer("plateau-citygml").locate(gml).pref_code is None
    report = import_path(store, gml)
    assert store.crs == "EPSG:6677" and report.crs_note
    assert footprint_corner(store) == pytest.approx(expected_corner("EPSG:6677", *TOKYO), abs=1e-6)


def test_a_zip_dataset_names_its_city_in_the_member_folders(store, tmp_path, monkeypatch):
    z = tmp_path / "download.zip"
    with zipfile.ZipFile(z, "w") as zf:
        zf.writestr("40130_fukuoka-shi_city_2023_citygml_1_op/udx/bldg/50303500_bldg_6697_op.gml",
                    plateau_file(tmp_path, monkeypatch, FUKUOKA))
    loc = get_importer("plateau-citygml").locate(z)
    assert loc.city_code == "40130" and loc.zone.crs == "EPSG:6670"
    import_path(store, z)
    assert store.crs == "EPSG:6670"


def test_kaga_data_without_a_prefecture_keeps_the_fitting_default(store, tmp_path, monkeypatch):
    """Kaga lies nearer zone VI's origin than VII's; without the prefecture that is only a guess, and the
    default zone VII fits, so it stays (and is now recorded as chosen by the data)."""
    gml = tmp_path / "54363288_bldg_6697_op.gml"
    gml.write_bytes(plateau_file(tmp_path, monkeypatch, KAGA))
    report = import_path(store, gml)
    assert store.crs == DEFAULT_CRS and store.crs_source == "auto" and report.crs_note
    assert not [w for w in report.warnings if "does not fit" in w]


def test_a_chosen_crs_is_kept_and_a_misfit_warns(tmp_path, monkeypatch):
    with Store(tmp_path / "zone8.duckdb", crs="EPSG:6676") as store:
        assert store.crs_source == "user"
        root = dataset(tmp_path / "17206_kaga-shi_city_2024_citygml_1_op",
                       {"bldg/54363288_bldg_6697_op.gml": plateau_file(tmp_path, monkeypatch, KAGA)})
        report = import_path(store, root)
        assert store.crs == report.crs == "EPSG:6676" and report.crs_note is None
        assert footprint_corner(store) == pytest.approx(expected_corner("EPSG:6676", *KAGA), abs=1e-6)
        (warning,) = [w for w in report.warnings if "does not fit" in w]
        assert "EPSG:6676 (JGD2011 / Japan Plane Rectangular CS VIII) does not fit this data's location" in warning
        assert "its zone is EPSG:6675 (JGD2011 / Japan Plane Rectangular CS VII)" in warning
        assert "kaga-twin new PATH --crs EPSG:6675" in warning
        assert store.crs == "EPSG:6676"


def test_only_the_first_import_chooses_later_ones_warn(store, tmp_path, monkeypatch):
    kaga = dataset(tmp_path / "17206_kaga-shi_city_2024_citygml_1_op",
                   {"bldg/54363288_bldg_6697_op.gml": plateau_file(tmp_path, monkeypatch, KAGA)})
    import_path(store, kaga)
    tokyo = dataset(tmp_path / "13101_chiyoda-ku_city_2023_citygml_1_op",
                    {"bldg/53394611_bldg_6697_op.gml": plateau_file(tmp_path, monkeypatch, TOKYO)})
    report = import_path(store, tokyo)
    assert store.crs == "EPSG:6675" and report.crs_note is None
    assert any("does not fit" in w and "EPSG:6677" in w for w in report.warnings)


def test_a_failed_first_import_leaves_the_crs_as_it_was(store, tmp_path, monkeypatch):
    root = dataset(tmp_path / "13101_chiyoda-ku_city_2023_citygml_1_op",
                   {"bldg/53394611_bldg_6697_op.gml": plateau_file(tmp_path, monkeypatch, TOKYO)})
    broken = root / "udx" / "bldg" / "53394612_bldg_6697_op.gml"
    broken.write_bytes(plateau_file(tmp_path, monkeypatch, TOKYO)[:-40])       # cut off: not well-formed
    with pytest.raises(InputError):
        import_path(store, root)
    assert store.crs == DEFAULT_CRS and store.crs_source == "default"


def write_dem(path, lat, lon, crs="EPSG:6668"):
    data = np.arange(20 * 30, dtype=np.float32).reshape(1, 20, 30)
    with rasterio.open(path, "w", driver="GTiff", width=30, height=20, count=1, dtype="float32", crs=crs,
                       transform=Affine(0.0005, 0, lon - 0.0075, 0, -0.0005, lat + 0.005)) as dst:
        dst.write(data)
    return path


def test_a_geotiff_is_located_by_its_bounds(store, tmp_path):
    path = write_dem(tmp_path / "tokyo_dem.tif", *TOKYO)
    loc = get_importer("geotiff").locate(path)
    assert (loc.lat, loc.lon) == pytest.approx(TOKYO, abs=1e-9) and loc.pref_code is None
    report = import_path(store, path)
    assert store.crs == "EPSG:6677" and report.crs_note
    assert store.query("SELECT crs FROM rasters")[0][0] == "EPSG:6677"
    # the raster's outline is where pyproj puts the file's corners
    extent = shapely.from_wkb(bytes(store.query("SELECT ST_AsWKB(extent) FROM rasters")[0][0]))
    x, y = Transformer.from_crs("EPSG:6668", "EPSG:6677", always_xy=True).transform(TOKYO[1], TOKYO[0])
    assert extent.contains(shapely.Point(x, y))


def test_locate_says_none_for_what_it_cannot_read(tmp_path):
    bad = tmp_path / "x.gml"
    bad.write_bytes(b"<not-xml")
    assert get_importer("plateau-citygml").locate(bad) is None
    plain = tmp_path / "plain.tif"
    with pytest.warns(rasterio.errors.NotGeoreferencedWarning), rasterio.open(plain, "w", driver="GTiff", width=2, height=2, count=1, dtype="uint8") as dst:
        dst.write(np.zeros((1, 2, 2), np.uint8))
    assert get_importer("geotiff").locate(plain) is None
