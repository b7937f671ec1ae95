"""The shared cheap look at vector files (importers/vector_sniff.py): a GeoJSON's layer, fields, geometry type and CRS
from its first bytes (as GDAL would name them), never opening it with GDAL to choose an importer, so a large file
whose tail is cut off is still recognised; zips, one file per name, answers kept per file until it changes."""

from __future__ import annotations

import json
import os
import zipfile
from pathlib import Path

import pyogrio
import pyogrio.raw
import pytest

from importers import vector_sniff
from importers.registry import find_importer, import_path
from importers.vector_sniff import Dataset, datasets, layers, vector_layers
from twin.errors import InputError

LON0, LAT0 = 136.3505, 36.3202


def feature(geom: dict | None, **props) -> dict:
    return {"type": "Feature", "properties": props, "geometry": geom}


def line(dx: float = 0.0) -> dict:
    return {"type": "LineString", "coordinates": [[LON0 + dx, LAT0], [LON0 + dx + 0.001, LAT0 + 0.001]]}


def point(dx: float = 0.0, z: float | None = None) -> dict:
    return {"type": "Point", "coordinates": [LON0 + dx, LAT0] + ([z] if z is not None else [])}


def write(path: Path, doc) -> Path:
    path.write_text(json.dumps(doc, ensure_ascii=False), encoding="utf-8")
    return path


def collection(features: list, **top) -> dict:
    return {"type": "FeatureCollection", **top, "features": features}


CASES = {
    "named": collection([feature(line(), name="国道8号")], name="道路中心線"),
    "unnamed": collection([feature(line(), a=1)]),
    "name_after_features": {"type": "FeatureCollection", "features": [feature(line(), a=1)], "name": "trail"},
    "line_and_multiline": collection([feature(line(), a=1), feature(
        {"type": "MultiLineString", "coordinates": [line()["coordinates"]]}, b="x")]),
    "line_and_point": collection([feature(line(), a=1), feature(point(), c=None)]),
    "z": collection([feature(point(z=5.0), c=1), feature(point(), c=2)]),
    "no_geometry": collection([feature(None, d=1)]),
    "null_then_line": collection([feature(None, d=1), feature(line(), a=1)]),
    "crs": collection([feature(point(), c=1)], crs={"type": "name",
                                                  "properties": {"name": "urn:ogc:def:crs:EPSG::6668"}}),
    "one_feature": feature(line(), a=1),
    "one_geometry": point(),
    "empty": collection([]),
}


@pytest.mark.parametrize("case", sorted(CASES))
def test_a_geojson_reads_as_gdal_opens_it(tmp_path, case):
    """Layer name, geometry type, field names and CRS from the first bytes are what GDAL says after parsing it all."""
    path = write(tmp_path / f"{case}.geojson", CASES[case])
    (info,) = layers(Dataset(path))
    assert info.from_head and info.layer is None
    ((name, gtype),) = pyogrio.list_layers(path).tolist()
    gdal = pyogrio.read_info(path)
    assert (info.name, info.geometry_type, sorted(info.fields), info.crs) == \
        (name, gtype or "Unknown", sorted(gdal["fields"]), gdal["crs"])


def test_what_is_not_geojson(tmp_path):
    """A JSON array is no vector file (GDAL opens none either); Esri JSON, which has features too, is left to GDAL."""
    array = write(tmp_path / "reports.json", [{"service_request_id": "1", "lat": LAT0, "long": LON0}])
    assert layers(Dataset(array)) == ()
    esri = write(tmp_path / "esri.json", {
        "geometryType": "esriGeometryPoint", "spatialReference": {"wkid": 4326},
        "fields": [{"name": "名称", "type": "esriFieldTypeString"}],
        "features": [{"attributes": {"名称": "加賀温泉駅"}, "geometry": {"x": LON0, "y": LAT0}}]})
    (info,) = layers(Dataset(esri))
    assert not info.from_head and info.fields == ("名称",) and "Point" in info.geometry_type
    text = tmp_path / "notes.geojson"
    text.write_text("not json at all", encoding="utf-8")
    assert layers(Dataset(text)) == ()


def big_roads(path: Path, n: int) -> Path:
    """A line file of ``n`` features, about 140 bytes each."""
    return write(path, collection([feature(line(i * 1e-5), name=f"市道{i}", highway="residential")
                                   for i in range(n)], name="roads"))


@pytest.fixture
def bytes_read(monkeypatch):
    """The sizes of the heads read."""
    sizes = []
    real = vector_sniff._read_head

    def counted(ds, size):
        sizes.append(size)
        return real(ds, size)
    monkeypatch.setattr(vector_sniff, "_read_head", counted)
    return sizes


def test_a_large_geojson_cut_off_at_the_end_is_recognised_from_its_head(store, tmp_path, bytes_read):
    """Choosing the importer reads the first bytes only: a 6 MB file cut off in the middle of a feature (a download
    that stopped) is still a road network; reading it says what is wrong, naming the file."""
    path = big_roads(tmp_path / "roads.geojson", 40_000)
    assert path.stat().st_size > 5 * vector_sniff.SAMPLE_BYTES
    with open(path, "r+b") as f:
        f.truncate(path.stat().st_size // 2)
        f.seek(0, os.SEEK_END)
        f.write(b"\x00garbage")
    (info,) = vector_layers(path)
    assert (info.name, info.geometry_type, info.fields) == ("roads", "LineString", ("name", "highway"))
    assert find_importer(path).name == "road-centrelines"
    assert bytes_read and max(bytes_read) == vector_sniff.SAMPLE_BYTES
    with pytest.raises(InputError, match="roads.geojson"):
        import_path(store, path)
    assert store.query("SELECT count(*) FROM road_segments")[0][0] == 0


@pytest.fixture
def no_gdal_for_geojson(monkeypatch):
    """GDAL may not open a GeoJSON (nor a GeoJSON inside a zip) while the importer is chosen."""
    opened = []

    def guard(fn):
        def wrapped(source, *args, **kwargs):
            if str(source).lower().endswith((".geojson", ".json")):
                opened.append(str(source))
                raise AssertionError(f"GDAL opened {source} to sniff it")
            return fn(source, *args, **kwargs)
        return wrapped

    for mod, name in ((pyogrio, "list_layers"), (pyogrio, "read_info"), (pyogrio.raw, "read")):
        monkeypatch.setattr(mod, name, guard(getattr(mod, name)))
    return opened


def test_every_importer_chooses_a_geojson_without_gdal(tmp_path, no_gdal_for_geojson):
    """Road centre lines, N10 lines, route tiers, facility lists, 国土数値情報 P29, MLIT projections: each is told
    apart by its first bytes alone (a zip's GeoJSON member too)."""
    files = {
        "road-centrelines": collection([feature(line(), name="駅前通り", highway="primary")]),
        "n10-emergency-roads": collection([feature(line(), N10_001="17", N10_002=1, N10_003="1",
                                                   N10_004="国道8号")]),
        "route-tiers": collection([feature(line(), 路線名="国道8号", 除雪区分="第1次")]),
        "facilities": collection([feature(point(), 名称="加賀温泉駅", 種別="駅")]),
        "ksj-facilities": collection([feature(point(), P29_001="17206", P29_002="B1", P29_003="16001",
                                              P29_004="作見小学校", P29_005="加賀市作見町")]),
        "mlit-mesh-projection": collection([feature(None, MESH_ID="543632881", SHICODE="17206", PTN_2020=12.5,
                                                    PT00_2020=12.5)]),
    }
    for expected, doc in files.items():
        path = write(tmp_path / f"{expected}.geojson", doc)
        assert find_importer(path).name == expected, expected
    archive = tmp_path / "P29-21_17_GML.zip"
    with zipfile.ZipFile(archive, "w") as z:
        z.writestr("P29-21_17_GML/P29-21_17.geojson", json.dumps(files["ksj-facilities"], ensure_ascii=False))
    assert find_importer(archive).name == "ksj-facilities"
    assert no_gdal_for_geojson == []


def test_a_large_json_that_is_not_geojson_is_not_read_further(tmp_path, bytes_read):
    """A plough tracker snapshot (one big object, no features) is left to GDAL after the first sample."""
    recs = [{"assetName": f"除雪{i % 9}", "latitude": LAT0, "longitude": LON0} for i in range(40_000)]
    path = write(tmp_path / "snapshot.json", {"TrackingDataResponse": {"locationList": recs}})
    assert path.stat().st_size > 2 * vector_sniff.SAMPLE_BYTES
    assert layers(Dataset(path)) == ()
    assert bytes_read == [vector_sniff.SAMPLE_BYTES]


def test_a_first_feature_larger_than_the_sample_is_read_whole(tmp_path):
    coords = [[LON0 + i * 1e-7, LAT0] for i in range(60_000)]          # about 2 MB of coordinates
    path = write(tmp_path / "long.geojson", collection([
        {"type": "Feature", "geometry": {"type": "LineString", "coordinates": coords}, "properties": {"name": "x"}},
        feature(line(), name="y", width=6)]))
    assert path.stat().st_size > vector_sniff.SAMPLE_BYTES
    (info,) = layers(Dataset(path))
    assert info.geometry_type == "LineString" and info.fields == ("name", "width")
    assert info.first_geometry["coordinates"][0] == coords[0]


def test_zip_members_one_per_name_and_encodings(tmp_path):
    archive = tmp_path / "KSJ.zip"
    with zipfile.ZipFile(archive, "w") as z:
        z.writestr("P20/P20-12_17.shp", b"")
        z.writestr("P20/P20-12_17.geojson", "{}")
        z.writestr("P20/other.shp", b"")
        z.writestr("P20/other.cpg", "UTF-8")
        z.writestr("P20/plain.shp", b"")
        z.writestr("__MACOSX/P20/._plain.shp", b"")
    found = {(ds.member, ds.encoding) for ds in datasets(archive)}
    assert found == {("P20/P20-12_17.shp", "cp932"), ("P20/P20-12_17.geojson", None), ("P20/other.shp", None),
                     ("P20/plain.shp", "cp932")}
    one = [ds.member for ds in datasets(archive, (".geojson", ".shp"), one_per_stem=True)]
    assert one == ["P20/P20-12_17.geojson", "P20/other.shp", "P20/plain.shp"]
    assert datasets(archive, zips=False) == []
    assert datasets(archive)[0].source == f"/vsizip/{archive.absolute()}/P20/P20-12_17.shp"


def test_answers_are_kept_until_the_file_changes(tmp_path):
    path = write(tmp_path / "a.geojson", collection([feature(point(), name="駅")]))
    first = layers(Dataset(path))
    assert layers(Dataset(path)) is first
    write(path, collection([feature(line(), name="道", highway="primary")]))
    os.utime(path, ns=(path.stat().st_atime_ns, path.stat().st_mtime_ns + 10**9))
    (info,) = layers(Dataset(path))
    assert info.geometry_type == "LineString" and info.fields == ("name", "highway")
