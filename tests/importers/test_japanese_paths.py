"""Inputs in folders and files with Japanese names (as users in Kaga keep them: ``加賀市/3D都市モデル/…``),
imported with the API, from a zip, and with ``kaga-twin import`` (also under the C locale of a cron job)."""

from __future__ import annotations

import os
import subprocess
import sys
import zipfile
from pathlib import Path

import numpy as np
import pytest
import rasterio
from affine import Affine

from importers.registry import find_importer, import_path
from plateau_fixtures import LAT0, LON0, building, citygml, core_attrs, dataset, road
from twin.store import Store

ROOT = Path(__file__).resolve().parents[2]
FOLDER = "加賀市データ/3D都市モデル（2024年度）"


def _gml(n=3) -> bytes:
    return citygml([building(f"bldg_{i}", lat=LAT0 + i * 0.0005, lon=LON0, attrs=core_attrs()) for i in range(n)])


def _tif(path: Path) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    data = np.arange(20 * 30, dtype=np.float32).reshape(1, 20, 30)
    with rasterio.open(path, "w", driver="GTiff", width=30, height=20, count=1, dtype="float32", crs="EPSG:6668",
                       transform=Affine(0.0005, 0, LON0 - 0.007, 0, -0.0005, LAT0 + 0.005)) as dst:
        dst.write(data)
    return path


def test_plateau_file_and_dataset_folder_with_japanese_names(store, tmp_path):
    one = tmp_path / FOLDER / "加賀温泉駅周辺の建物.gml"
    one.parent.mkdir(parents=True)
    one.write_bytes(_gml(3))
    assert find_importer(one).name == "plateau-citygml"
    report = import_path(store, one)
    assert report.counts["buildings"] == 3
    assert [s["path"] for s in store.sources()] == [str(one)]
    assert {r[0] for r in store.query("SELECT DISTINCT source_file FROM buildings")} == {one.name}

    root = dataset(tmp_path / FOLDER / "17206_加賀市_city_2024_citygml_1_op",
                   {"bldg/54363288_bldg_6697_op.gml": _gml(4),
                    "tran/54363288_tran_6697_op.gml": citygml([road("road_1")])},
                   codelists={"Building_usage.xml": {"411": "住宅"}})
    report = import_path(store, root)
    assert report.counts["buildings"] == 4 and report.counts["roads"] == 1
    assert not any("\ufffd" in w for w in report.warnings)       # no undecodable path in a message
    assert store.query("SELECT count(*) FROM buildings WHERE source_id = ? AND usage = '住宅'",
                       [report.source_id])[0][0] == 4


def test_geotiff_with_japanese_names(store, tmp_path):
    tif = _tif(tmp_path / FOLDER / "標高データ" / "加賀_標高5m.tif")
    assert find_importer(tif).name == "geotiff"
    report = import_path(store, tif)
    assert report.counts == {"rasters": 1}
    assert store.query("SELECT name, kind FROM rasters") == [("加賀_標高5m", "dem")]
    assert [s["path"] for s in store.sources()] == [str(tif)]


def test_zip_with_japanese_name_and_members(store, tmp_path):
    """A dataset zip renamed by the user, with Japanese folder names inside (stored as UTF-8 by zipfile)."""
    z = tmp_path / FOLDER / "加賀市_建物と道路.zip"
    z.parent.mkdir(parents=True)
    with zipfile.ZipFile(z, "w") as zf:
        zf.writestr("17206_加賀市/udx/bldg/54363288_bldg_6697_op.gml", _gml(5))
        zf.writestr("17206_加賀市/udx/tran/54363288_tran_6697_op.gml", citygml([road("road_1")]))
    report = import_path(store, z)
    assert report.counts["buildings"] == 5 and report.counts["roads"] == 1
    assert {r[0] for r in store.query("SELECT DISTINCT source_file FROM buildings")} == \
        {"17206_加賀市/udx/bldg/54363288_bldg_6697_op.gml"}
    assert [s["path"] for s in store.sources()] == [str(z)]


def _write_shift_jis_zip(path: Path, members: dict[str, bytes]) -> None:
    """A zip as Windows' Explorer writes it on a Japanese system: member names in Shift_JIS (cp932), without
    the UTF-8 flag."""
    real = zipfile.ZipInfo._encodeFilenameFlags

    def cp932(self):
        try:
            return self.filename.encode("ascii"), self.flag_bits
        except UnicodeEncodeError:
            return self.filename.encode("cp932"), self.flag_bits & ~0x800

    zipfile.ZipInfo._encodeFilenameFlags = cp932
    try:
        with zipfile.ZipFile(path, "w") as zf:
            for name, data in members.items():
                zf.writestr(name, data)
    finally:
        zipfile.ZipInfo._encodeFilenameFlags = real


def test_zip_made_on_japanese_windows_imports(store, tmp_path):
    z = tmp_path / "加賀市_建物.zip"
    _write_shift_jis_zip(z, {"17206_加賀市/udx/bldg/54363288_bldg_6697_op.gml": _gml(3)})
    report = import_path(store, z)
    assert report.counts["buildings"] == 3


def test_zip_made_on_japanese_windows_keeps_its_member_names(store, tmp_path):
    z = tmp_path / "加賀市_建物.zip"
    _write_shift_jis_zip(z, {"17206_加賀市/udx/bldg/54363288_bldg_6697_op.gml": _gml(3)})
    import_path(store, z)
    assert {r[0] for r in store.query("SELECT DISTINCT source_file FROM buildings")} == \
        {"17206_加賀市/udx/bldg/54363288_bldg_6697_op.gml"}


def test_kaga_twin_import_with_japanese_paths(tmp_path):
    gml = tmp_path / FOLDER / "建物" / "54363288_bldg_6697_op.gml"
    gml.parent.mkdir(parents=True)
    gml.write_bytes(_gml(2))
    tif = _tif(tmp_path / FOLDER / "地形" / "標高.tif")
    project = tmp_path / FOLDER / "加賀プロジェクト.duckdb"
    for env_extra in ({}, {"LC_ALL": "C", "LANG": "C"}):        # a terminal, and a cron job's C locale
        if project.exists():
            project.unlink()
        env = dict(os.environ, **env_extra)
        res = subprocess.run([sys.executable, str(ROOT / "main.py"), "import", str(gml), str(tif),
                              "--project", str(project)], capture_output=True, env=env, timeout=300)
        err = res.stderr.decode("utf-8", "replace")
        assert res.returncode == 0, err
        out = res.stdout.decode("utf-8")
        assert str(gml) in out and str(tif) in out, out
        assert "Traceback" not in err
        with Store(project, read_only=True) as s:
            assert sorted(r["path"] for r in s.sources()) == sorted([str(gml), str(tif)])
            assert s.query("SELECT count(*) FROM buildings")[0][0] == 2
            assert s.query("SELECT name FROM rasters") == [("標高",)]
