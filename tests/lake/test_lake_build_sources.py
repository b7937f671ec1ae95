"""What ``lake build SRC…`` builds: one source per dataset folder, zip and loose .gml; sha256 keys; a zip builds
the same rows as its folder, in the partition of its dataset name."""

from __future__ import annotations

import shutil
import zipfile
from pathlib import Path

import pytest

from importers.lake.build import build_source, plan
from importers.lake.sources import expand
from twin.errors import InputError
from twin.lake.manifest import new_manifest, read_manifest, write_manifest


def _zip_dataset(folder: Path, dest: Path) -> Path:
    out = dest / f"{folder.name}.zip"
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as zf:
        for p in sorted(folder.rglob("*")):
            if p.is_file():
                zf.write(p, f"{folder.name}/{p.relative_to(folder).as_posix()}")
    return out


def test_a_folder_expands_to_datasets_zips_and_loose_files(tmp_path, kaga_sample):
    shutil.copytree(kaga_sample, tmp_path / "pref" / kaga_sample.name)
    gml = sorted((kaga_sample / "udx" / "tran").glob("*.gml"))[0]
    (tmp_path / "pref" / "loose").mkdir()
    shutil.copy(gml, tmp_path / "pref" / "loose" / gml.name)
    (tmp_path / "pref" / "_old").mkdir()
    shutil.copy(gml, tmp_path / "pref" / "_old" / gml.name)            # "_" names are never read
    zp = _zip_dataset(kaga_sample, tmp_path / "pref")
    found = expand(tmp_path / "pref")
    assert [(s.kind, s.name) for s in found] == [("dataset", kaga_sample.name), ("zip", zp.name),
                                                 ("gml", gml.name)]
    # the dataset's sha256 is that of its CityGML files: the copy and the original are the same source
    assert found[0].sha256() == expand(kaga_sample)[0].sha256()
    todo, skipped = plan([tmp_path / "pref", kaga_sample], new_manifest())
    assert [s.name for s, _ in todo] == [kaga_sample.name, zp.name, gml.name]
    assert [s["name"] for s in skipped] == [kaga_sample.name] and "same content as" in skipped[0]["reason"]


def test_missing_and_empty_sources_are_named(tmp_path):
    with pytest.raises(InputError, match="no such file or folder") as e:
        expand(tmp_path / "nope")
    assert str(tmp_path / "nope") in str(e.value)
    (tmp_path / "empty").mkdir()
    with pytest.raises(InputError, match="no PLATEAU dataset folder"):
        expand(tmp_path / "empty")


def test_a_zip_builds_the_rows_of_its_folder(tmp_path, kaga_sample, kaga_lake):
    zp = _zip_dataset(kaga_sample, tmp_path)
    src = expand(zp)[0]
    entry = build_source(src.path, tmp_path / "lake", src.sha256())
    folder_entry = next(iter(read_manifest(kaga_lake)["sources"].values()))
    assert entry["status"] == "ok" and entry["counts"] == folder_entry["counts"]
    assert entry["partitions"] == folder_entry["partitions"]
    assert all("city=17206/mesh1=5436" in p for p in entry["partitions"])


def test_manifest_round_trip_and_refusals(tmp_path):
    m = new_manifest()
    m["sources"]["ab" * 32] = {"sha256": "ab" * 32, "status": "ok"}
    write_manifest(tmp_path, m)
    assert read_manifest(tmp_path)["sources"] == m["sources"]
    assert not list(tmp_path.glob(".*tmp*"))
    (tmp_path / "_manifest.json").write_text('{"format": "something else", "sources": {}}')
    with pytest.raises(InputError, match="not a Kaga Twin lake manifest") as e:
        read_manifest(tmp_path)
    assert "_manifest.json" in str(e.value)
    (tmp_path / "_manifest.json").write_text("{")
    with pytest.raises(InputError, match="cannot be read"):
        read_manifest(tmp_path)


def test_duplicate_ids_in_one_source_are_reported_like_the_import(tmp_path, kaga_sample):
    """Two copies of one file in a dataset: every building twice, all kept, and the import's warning."""
    gml = sorted((kaga_sample / "udx" / "bldg").glob("*.gml"), key=lambda p: p.stat().st_size)[0]
    ds = tmp_path / "17206_kaga-shi_city_2024_citygml_1_op"
    (ds / "udx" / "bldg").mkdir(parents=True)
    shutil.copy(gml, ds / "udx" / "bldg" / gml.name)
    shutil.copy(gml, ds / "udx" / "bldg" / f"copy_{gml.name}")
    src = expand(ds)[0]
    entry = build_source(src.path, tmp_path / "lake", src.sha256())
    n = entry["counts"]["buildings"]
    assert entry["status"] == "ok" and n % 2 == 0 and n > 0
    assert (f"{n // 2:,} building gml:id(s) occur more than once in this import (e.g. a feature present in two "
            "files); all copies were kept") in entry["warnings"]
