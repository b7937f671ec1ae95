"""Every row of the i-UR version table (reference §7), on small synthetic files: the namespace in the
file decides the paths; an unknown version is refused unless assume_uro names a known one."""

from __future__ import annotations

import json
import subprocess
import sys

import pytest

from importers.registry import import_path
from importers.plateau.versions import SUPPORTED_URO, detect_uro, UnknownUroVersion
from plateau_fixtures import (URO, building, citygml, core_attrs, dataset, road, uro_attrs)
from twin.errors import InputError

CODELISTS = {
    "Building_usage.xml": {"411": "住宅", "402": "商業施設"},
    "Building_class.xml": {"3001": "普通建物"},
    "Building_buildingStructureType.xml": {"610": "鉄骨鉄筋コンクリート造"},
    "RiverFloodingRiskAttribute_rank.xml": {"2": "0.5m以上3m未満"},
    "RiverFloodingRiskAttribute_scale.xml": {"2": "L2（想定最大規模）"},
    "RiverFloodingRiskAttribute_description.xml": {"1": "大聖寺川"},
    "RiverFloodingRiskAttribute_adminType.xml": {"2": "都道府県"},
    "BuildingRiverFloodingRiskAttribute_rank.xml": {"2": "0.5m以上3m未満"},
    "BuildingRiverFloodingRiskAttribute_scale.xml": {"2": "L2（想定最大規模）"},
    "BuildingRiverFloodingRiskAttribute_description.xml": {"1": "大聖寺川"},
    "BuildingRiverFloodingRiskAttribute_adminType.xml": {"2": "都道府県"},
    "DataQualityAttribute_lod1HeightType.xml": {"2": "点群から取得_中央値"},
    "BuildingDataQualityAttribute_lod1HeightType.xml": {"2": "点群から取得_中央値"},
    "Road_function.xml": {"4": "市町村道"},
    "RoadStructureAttribute_sectionType.xml": {"1": "土工区間・通常区間"},
}


def _file(version: str, bid: str = "17206-bldg-1") -> bytes:
    return citygml([building("bldg_a", attrs=core_attrs() + uro_attrs(version, bid)),
                    road("tran_a")], uro=version)


@pytest.mark.parametrize("version", ["2.0", "3.0", "3.1", "3.2"])
def test_each_version_reads_id_details_risk_and_quality(store, tmp_path, version):
    root = dataset(tmp_path / "ds", {"bldg/54363288_bldg_6697_op.gml": _file(version)}, CODELISTS)
    report = import_path(store, root)
    assert report.counts == {"buildings": 1, "building_surfaces": 6, "building_risks": 1, "roads": 1}
    b = store.query("SELECT building_id, usage_code, usage, class, measured_height, storeys_above, storeys_below, "
                    "year_built, total_floor_area, structure_type_code, structure_type, lod1_height_type_code, "
                    "lod1_height_type, uro_version, mesh_code FROM buildings")[0]
    assert b == ("17206-bldg-1", "411", "住宅", "普通建物", 8.5, 2, 0, 1998, 125.5, "610", "鉄骨鉄筋コンクリート造",
                 "2", "点群から取得_中央値", version, "54363288")
    r = store.query("SELECT risk_type, description_code, description, rank_code, rank, depth_m, duration_h, "
                    "scale_code, scale, admin_type, part_gml_id FROM building_risks")[0]
    assert r == ("river_flood", "1", "大聖寺川", "2", "0.5m以上3m未満", 1.25, 12.0, "2", "L2（想定最大規模）",
                 "都道府県", None)
    road_row = store.query("SELECT width, lanes, section_type_code, section_type, function_code, function FROM roads")
    assert road_row == [(6.5, 2, "1", "土工区間・通常区間", "4", "市町村道")]


@pytest.mark.parametrize("version,foreign", [("3.1", "2.0"), ("2.0", "3.1")])
def test_the_namespace_decides_the_paths(store, tmp_path, version, foreign):
    """A 3.1 file using the 2.0 risk path (and vice versa) does not yield a risk row: the paths follow
    the file's own namespace, so the foreign element lands in the attributes JSON."""
    data = citygml([building("bldg_a", attrs=uro_attrs(foreign, "x-1"))], uro=version)
    root = dataset(tmp_path / "ds", {"bldg/54363288_bldg_6697_op.gml": data})
    report = import_path(store, root)
    assert "building_risks" not in report.counts
    attrs = json.loads(store.query("SELECT attributes FROM buildings")[0][0])
    key = "bldgDisasterRiskAttribute" if foreign == "3.1" else "buildingDisasterRiskAttribute"
    assert attrs[key]["depth"] == 1.25
    assert store.query("SELECT building_id FROM buildings")[0][0] == "x-1"  # buildingIDAttribute is in both


@pytest.mark.parametrize("version", ["1.4", "1.5"])
def test_uro_1x_generic_id_and_flood_sets(store, tmp_path, version):
    data = citygml([building("BLD_a", attrs=uro_attrs("1.4", "17206-bldg-9"))], uro=version)
    root = dataset(tmp_path / "ds", {"bldg/54363288_bldg_6697_op.gml": data}, CODELISTS)
    import_path(store, root)
    assert store.query("SELECT building_id, total_floor_area, structure_type, uro_version FROM buildings") == [
        ("17206-bldg-9", 125.5, "鉄骨鉄筋コンクリート造", version)]
    assert store.query("SELECT risk_type, description, scale, rank_code, rank, depth_m, duration_h "
                       "FROM building_risks") == [
        ("river_flood", "大聖寺川洪水浸水想定区域（想定最大規模）", "L2", "2", "0.5m以上3m未満", 1.25, 3.5)]


def test_all_risk_types_on_31_paths(store, tmp_path):
    risks = "".join(
        f'<uro:bldgDisasterRiskAttribute><uro:{obj}><uro:description codeSpace="x.xml">{i}</uro:description>'
        f'{extra}</uro:{obj}></uro:bldgDisasterRiskAttribute>'
        for i, (obj, extra) in enumerate([
            ("RiverFloodingRiskAttribute", '<uro:depth uom="m">0.4</uro:depth>'),
            ("InlandFloodingRiskAttribute", '<uro:depth uom="m">0.3</uro:depth>'),
            ("ReservoirFloodingRiskAttribute", '<uro:depth uom="m">0.2</uro:depth>'),
            ("TsunamiRiskAttribute", '<uro:depth uom="m">1.5</uro:depth>'),
            ("HighTideRiskAttribute", '<uro:depth uom="m">0.8</uro:depth>'),
            ("LandSlideRiskAttribute", '<uro:areaType codeSpace="y.xml">2</uro:areaType>')]))
    root = dataset(tmp_path / "ds", {"bldg/54363288_bldg_6697_op.gml": citygml([building("b", attrs=risks)])})
    import_path(store, root)
    rows = store.query("SELECT risk_type, description_code, depth_m, area_type_code FROM building_risks "
                       "ORDER BY description_code")
    assert rows == [("river_flood", "0", 0.4, None), ("inland_flood", "1", 0.3, None),
                    ("reservoir_flood", "2", 0.2, None), ("tsunami", "3", 1.5, None), ("high_tide", "4", 0.8, None),
                    ("landslide", "5", None, "2")]


def test_detect_uro_table():
    for v in SUPPORTED_URO:
        info = detect_uro({"uro": URO[v], "gml": "http://www.opengis.net/gml"})
        assert (info.found, info.paths_version, info.assumed) == (v, v, False)
    assert detect_uro({"gml": "http://www.opengis.net/gml"}).found is None
    with pytest.raises(UnknownUroVersion) as exc:
        detect_uro({"uro": URO["3.3"]})
    assert exc.value.found == "3.3"
    info = detect_uro({"uro": URO["3.3"]}, assume="3.2")
    assert (info.found, info.paths_version, info.assumed) == ("3.3", "3.2", True)


def test_unknown_version_refused_then_assumed(store, tmp_path):
    f = tmp_path / "54363288_bldg_6697_op.gml"
    f.write_bytes(_file("3.3"))
    before = store.table_counts()
    with pytest.raises(InputError) as exc:
        import_path(store, f)
    msg = str(exc.value)
    assert str(f) in msg and "3.3" in msg
    assert all(v in msg for v in SUPPORTED_URO)
    assert "--assume-uro 3.2" in msg
    assert store.table_counts() == before and store.sources() == []
    report = import_path(store, f, options={"assume_uro": "3.2"})
    assert report.counts["buildings"] == 1 and report.counts["building_risks"] == 1
    assert any("3.3" in w and "3.2" in w for w in report.warnings)
    assert store.query("SELECT uro_version, building_id FROM buildings") == [("3.3", "17206-bldg-1")]


def test_assume_uro_must_be_supported(store, tmp_path):
    f = tmp_path / "54363288_bldg_6697_op.gml"
    f.write_bytes(_file("3.3"))
    with pytest.raises(InputError, match="not a supported i-UR version"):
        import_path(store, f, options={"assume_uro": "9.9"})


def test_cli_unknown_version_and_assume_uro(tmp_path):
    f = tmp_path / "54363288_bldg_6697_op.gml"
    f.write_bytes(_file("3.3"))
    project = tmp_path / "p.duckdb"
    cmd = [sys.executable, "-m", "cli", "import", str(f), "--project", str(project)]
    r = subprocess.run(cmd, capture_output=True, text=True)
    if "No module named cli.__main__" in r.stderr:
        cmd = [sys.executable, "-c", "import sys; from main import main; sys.exit(main())", "import", str(f),
               "--project", str(project)]
        r = subprocess.run(cmd, capture_output=True, text=True)
    assert r.returncode != 0
    assert "3.3" in r.stderr and "Traceback" not in r.stderr
    r = subprocess.run(cmd + ["--assume-uro", "3.2"], capture_output=True, text=True)
    assert r.returncode == 0, r.stderr
    assert "buildings" in r.stdout and "Traceback" not in r.stderr
