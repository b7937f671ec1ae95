"""The PLATEAU importer on the real shared samples (skipped when ../shared/data/plateau is absent)."""

from __future__ import annotations

import json
import os
import shutil
from pathlib import Path

import pytest
import shapely
from lxml import etree
from pyproj import Transformer

from importers.registry import find_importer, import_path

YOKOSUKA = "52397519_bldg_6697_op.gml"
OTA = "53392547_bldg_6697_op2.gml"
TRAN = "533925_tran_6697_op.gml"
NS = {"gml": "http://www.opengis.net/gml", "bldg": "http://www.opengis.net/citygml/building/2.0",
      "core": "http://www.opengis.net/citygml/2.0", "uro": "https://www.geospatial.jp/iur/uro/2.0"}


def q(store, sql, params=None):
    return store.query(sql, params)


@pytest.fixture
def dataset_layout(tmp_path, shared_plateau) -> Path:
    """A PLATEAU folder layout inside tmp_path: the real files (symlinked) with the shared code lists."""
    root = tmp_path / "14201_yokosuka-shi_city_2023_citygml_1_op"
    (root / "udx" / "bldg").mkdir(parents=True)
    (root / "udx" / "tran").mkdir(parents=True)
    for name in (YOKOSUKA, OTA):
        os.symlink(shared_plateau / name, root / "udx" / "bldg" / name)
    os.symlink(shared_plateau / TRAN, root / "udx" / "tran" / TRAN)
    shutil.copytree(shared_plateau / "codelists", root / "codelists")
    return root


def test_shared_files_find_the_code_lists_beside_them(store, shared_plateau):
    """../shared/data/plateau keeps the GML files and codelists/ side by side, not in the dataset layout."""
    import_path(store, shared_plateau / YOKOSUKA)
    assert q(store, "SELECT usage FROM buildings WHERE building_id = '14201-bldg-110968'")[0][0] == "文教厚生施設"


def test_sniff_picks_the_plateau_importer(shared_plateau):
    for name in (YOKOSUKA, OTA, TRAN):
        assert find_importer(shared_plateau / name).name == "plateau-citygml"


def test_yokosuka_counts_ids_heights_and_bom(store, shared_plateau):
    assert (shared_plateau / YOKOSUKA).read_bytes()[:3] == b"\xef\xbb\xbf"  # the file with a BOM
    report = import_path(store, shared_plateau / YOKOSUKA)
    assert report.counts["buildings"] == 13
    assert report.skipped == []
    rows = dict(q(store, "SELECT building_id, measured_height FROM buildings"))
    assert len(rows) == 13
    assert rows["14201-bldg-110968"] == 6.0
    assert rows["14201-bldg-156842"] == 11.3  # the taller of its two parts (11.3 m and 9.7 m)
    museum = q(store, "SELECT name, usage_code, storeys_above, total_floor_area, lod, uro_version, mesh_code, "
                      "source_file, lod1_height_type_code FROM buildings WHERE building_id = '14201-bldg-110968'")[0]
    assert museum == ("横須賀美術館", "422", 1, 42.4879, 2, "2.0", "52397519", YOKOSUKA, "6")


def test_lod2_surface_counts_match_the_file(store, shared_plateau):
    import_path(store, shared_plateau / YOKOSUKA)
    doc = etree.parse(str(shared_plateau / YOKOSUKA))
    for bid in ("14201-bldg-110968", "14201-bldg-156842"):
        b = doc.xpath(f"//bldg:Building[.//uro:buildingID='{bid}']", namespaces=NS)[0]
        got = dict(((t, n) for t, n in q(store, (
            "SELECT surface_type, count(*) FROM building_surfaces s JOIN buildings b USING (gml_id, source_id) "
            "WHERE b.building_id = ? AND s.lod = 2 GROUP BY ALL"), [bid])))
        for stype in ("RoofSurface", "WallSurface", "GroundSurface"):
            expected = len(b.xpath(f".//bldg:boundedBy/bldg:{stype}//gml:Polygon", namespaces=NS))
            assert expected > 0
            assert got.get(stype) == expected, (bid, stype)
        n_lod1 = len(b.xpath(".//bldg:lod1Solid//gml:Polygon", namespaces=NS))
        got1 = q(store, "SELECT count(*) FROM building_surfaces s JOIN buildings b USING (gml_id, source_id) "
                        "WHERE b.building_id = ? AND s.lod = 1", [bid])[0][0]
        assert got1 == n_lod1
    # every LOD2 polygon of the museum keeps its gml:id (for appearances)
    assert q(store, "SELECT count(*) FROM building_surfaces WHERE lod = 2 AND surface_gml_id IS NULL")[0][0] == 0


def test_building_made_only_of_parts_is_kept(store, shared_plateau):
    import_path(store, shared_plateau / YOKOSUKA)
    row = q(store, "SELECT gml_id, lod, storeys_above, total_floor_area, usage_code, ST_GeometryType(footprint), "
                   "ST_Area(footprint), attributes FROM buildings WHERE building_id = '14201-bldg-156842'")
    assert len(row) == 1
    gml_id, lod, storeys, area, usage, gtype, farea, attrs = row[0]
    assert gml_id == "bldg_16418b2d-dc75-4731-ae04-90bbef1d66fe"
    assert lod == 2 and storeys == 2 and usage == "422"
    assert area == pytest.approx(3749.39 + 1106.05)
    parts = json.loads(attrs)["parts"]
    assert [p["gml_id"] for p in parts] == ["bldg_0e947699-9ee6-412f-98d2-6dafb177a681",
                                            "bldg_a9dcefad-63a0-4fa0-b666-84125640e7a4"]
    # the footprint is the union of both parts' LOD0 footprints
    part_fp = q(store, "SELECT part_gml_id, count(*) FROM building_surfaces WHERE gml_id = ? AND lod = 1 "
                       "AND surface_type = 'GroundSurface' GROUP BY ALL ORDER BY 1", [gml_id])
    assert [p for p, _n in part_fp] == [p["gml_id"] for p in parts]
    assert gtype == "POLYGON" and farea > 3000
    # the parts' surfaces and risks belong to the building
    assert q(store, "SELECT count(DISTINCT part_gml_id) FROM building_surfaces WHERE gml_id = ?", [gml_id])[0][0] == 2
    risks = q(store, "SELECT risk_type, part_gml_id FROM building_risks WHERE gml_id = ? ORDER BY 2", [gml_id])
    assert {r for r, _p in risks} == {"landslide"} and len(risks) == 3


def test_footprint_is_the_lod0_polygon_in_the_project_crs(store, shared_plateau):
    """The first import into a project nobody chose a CRS for takes the data's zone: Yokosuka is IX."""
    report = import_path(store, shared_plateau / YOKOSUKA)
    assert store.crs == report.crs == "EPSG:6677" and store.crs_source == "auto"
    doc = etree.parse(str(shared_plateau / YOKOSUKA))
    b = doc.xpath("//bldg:Building[.//uro:buildingID='14201-bldg-110968']", namespaces=NS)[0]
    pos = b.xpath(".//bldg:lod0FootPrint//gml:posList/text()", namespaces=NS)[0].split()
    lat, lon = float(pos[0]), float(pos[1])
    x, y = Transformer.from_crs("EPSG:6668", "EPSG:6677", always_xy=True).transform(lon, lat)
    wkb = q(store, "SELECT ST_AsWKB(footprint) FROM buildings WHERE building_id = '14201-bldg-110968'")[0][0]
    fp = shapely.from_wkb(bytes(wkb))
    assert not fp.has_z
    first = fp.exterior.coords[0]
    assert first[0] == pytest.approx(x, abs=1e-6) and first[1] == pytest.approx(y, abs=1e-6)
    assert -20_000 < x < 0 and -90_000 < y < -75_000  # Yokosuka in JGD2011 zone IX metres


def test_lod1_surfaces_rebuild_a_closed_box(store, shared_plateau):
    import_path(store, shared_plateau / OTA)
    rows = q(store, "SELECT s.surface_type, ST_ZMin(s.geom), ST_ZMax(s.geom), b.ground_z, b.lod1_top_z "
                    "FROM building_surfaces s JOIN buildings b USING (gml_id, source_id) "
                    "WHERE b.building_id = '13111-bldg-726' AND s.lod = 1")
    types = [r[0] for r in rows]
    assert types.count("GroundSurface") == 1 and types.count("RoofSurface") == 1
    assert types.count("WallSurface") == len(rows) - 2
    for stype, zmin, zmax, ground, top in rows:
        if stype == "GroundSurface":
            assert zmin == zmax == pytest.approx(ground)
        elif stype == "RoofSurface":
            assert zmin == zmax == pytest.approx(top)
        else:
            assert zmin == pytest.approx(ground) and zmax == pytest.approx(top)


def test_ota_uro14_ids_and_flood_sets(store, shared_plateau):
    report = import_path(store, shared_plateau / OTA)
    assert report.counts["buildings"] == 25
    ids = [r[0] for r in q(store, "SELECT building_id FROM buildings ORDER BY building_id")]
    assert len(ids) == 25 and all(i.startswith("13111-bldg-") for i in ids)
    assert "13111-bldg-726" in ids
    assert q(store, "SELECT DISTINCT uro_version FROM buildings")[0][0] == "1.4"
    assert report.counts["building_risks"] == 63
    risks = q(store, "SELECT r.risk_type, r.description, r.scale, r.rank_code, r.rank, r.depth_m, r.duration_h "
                     "FROM building_risks r JOIN buildings b USING (gml_id, source_id) "
                     "WHERE b.building_id = '13111-bldg-726' ORDER BY r.depth_m")
    assert risks == [
        ("river_flood", "城南地区河川流域洪水浸水想定区域（想定最大規模）", "L2", "1", "0.5m未満", 0.034, None),
        ("river_flood", "多摩水系多摩川、浅川、大栗川洪水浸水想定区域（計画規模）", "L1", "2", "0.5m以上3m未満", 0.65, None),
        ("river_flood", "多摩水系多摩川、浅川、大栗川洪水浸水想定区域（想定最大規模）", "L2", "2", "0.5m以上3m未満", 2.16, 10.82),
    ]
    attrs = json.loads(q(store, "SELECT attributes FROM buildings WHERE building_id = '13111-bldg-726'")[0][0])
    assert attrs["address"] == "日本 東京都大田区南六郷三丁目"
    assert attrs["details"]["buildingRoofEdgeArea"] == pytest.approx(4824.3492)
    assert attrs["key_values"] == [{"key": "106", "codeValue": "20"}]
    assert attrs["generic"]["大字・町コード"] == "58"
    assert "建物ID" not in attrs["generic"]  # it became building_id


def test_roads_with_real_heights(store, shared_plateau):
    report = import_path(store, shared_plateau / TRAN)
    assert report.counts == {"roads": 9}
    rows = q(store, "SELECT gml_id, lod, ST_GeometryType(geom), ST_ZMin(geom), ST_ZMax(geom), mesh_code, "
                    "uro_version FROM roads")
    assert len(rows) == 9
    for gml_id, lod, gtype, zmin, zmax, mesh, uro in rows:
        assert gml_id.startswith("LND_") and lod == 1 and gtype == "MULTIPOLYGON"
        assert mesh == "533925" and uro == "1.4"
        assert 1.0 < zmin <= zmax < 10.0  # real T.P. heights, not 0
    first = q(store, "SELECT ST_ZMin(geom) FROM roads WHERE gml_id = 'LND_60aa2ab8-3df7-4860-b059-0664b6b15851'")
    assert first[0][0] == pytest.approx(1.7875)


def test_dataset_folder_with_code_lists_gives_labels(store, dataset_layout):
    report = import_path(store, dataset_layout)
    assert report.counts["buildings"] == 13 + 25
    assert report.counts["roads"] == 9
    usage = q(store, "SELECT usage_code, usage FROM buildings WHERE building_id = '14201-bldg-110968'")[0]
    assert usage == ("422", "文教厚生施設")
    labels = dict(q(store, "SELECT DISTINCT usage_code, usage FROM buildings WHERE usage_code IS NOT NULL"))
    assert labels["411"] == "住宅" and labels["402"] == "商業施設"
    files = {r[0] for r in q(store, "SELECT DISTINCT source_file FROM buildings")}
    assert files == {f"udx/bldg/{YOKOSUKA}", f"udx/bldg/{OTA}"}
    # lists that the shared folder lacks are reported once each, and their codes are kept
    missing = [w for w in report.warnings if "BuildingDataQualityAttribute_lod1HeightType.xml" in w]
    assert len(missing) == 1
    assert q(store, "SELECT lod1_height_type_code, lod1_height_type FROM buildings "
                    "WHERE building_id = '14201-bldg-110968'")[0] == ("6", None)


def test_dataset_zip_is_read_without_unpacking(store, dataset_layout, tmp_path):
    import zipfile

    zpath = tmp_path / "14201_yokosuka-shi_city_2023_citygml_1_op.zip"
    with zipfile.ZipFile(zpath, "w", zipfile.ZIP_DEFLATED) as zf:
        for p in sorted(dataset_layout.rglob("*")):
            if p.is_file():
                zf.write(p, Path(dataset_layout.name) / p.relative_to(dataset_layout))
    before = set(tmp_path.rglob("*"))
    report = import_path(store, zpath)
    assert set(tmp_path.rglob("*")) - before <= {Path(str(store.path) + ".wal")}
    assert report.counts["buildings"] == 38 and report.counts["roads"] == 9
    assert q(store, "SELECT usage FROM buildings WHERE building_id = '14201-bldg-110968'")[0][0] == "文教厚生施設"
    src = q(store, "SELECT source_file FROM buildings WHERE building_id = '13111-bldg-726'")[0][0]
    assert src == f"{dataset_layout.name}/udx/bldg/{OTA}"
