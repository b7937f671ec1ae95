"""Fixtures for the lake tests (issue 12).

* ``kaga_lake``: a lake built from the bundled Kaga sample (dataset 17206), in-process with the real task function
  ``importers.lake.build.build_source``, its manifest written — once per session. Treat it as read-only (copy it
  with ``shutil.copytree`` before changing it). Layout: ``buildings/city=17206/mesh1=5436/<sha12>-<n>.parquet``…
* ``kaga_sample``: the sample dataset folder.
* ``lake_client``: one LocalCluster of 2 worker processes (``twin.lake.cluster.dask_client``) per session.
"""

from __future__ import annotations

from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
KAGA_SAMPLE = ROOT / "sample_data" / "17206_kaga-shi_city_2024_citygml_1_op"


@pytest.fixture(scope="session")
def kaga_sample() -> Path:
    if not KAGA_SAMPLE.is_dir():
        pytest.fail(f"the bundled sample is missing: {KAGA_SAMPLE} (it is committed; restore it)")
    return KAGA_SAMPLE


def build_in_process(srcs, lake: Path) -> dict:
    """Build ``srcs`` into ``lake`` without a cluster (the same task function, run here); returns the manifest."""
    from importers.lake.build import build_source, plan
    from twin.lake import manifest as mf

    manifest = mf.read_manifest(lake)
    todo, _skipped = plan(srcs, manifest)
    lake.mkdir(parents=True, exist_ok=True)
    for src, sha in todo:
        mf.record(manifest, build_source(src.path, lake, sha))
        mf.write_manifest(lake, manifest)
    return manifest


@pytest.fixture(scope="session")
def kaga_lake(tmp_path_factory, kaga_sample) -> Path:
    """A lake of the Kaga sample (read-only by convention)."""
    lake = tmp_path_factory.mktemp("kaga_lake") / "lake"
    manifest = build_in_process([kaga_sample], lake)
    bad = [e for e in manifest["sources"].values() if e["status"] != "ok"]
    assert not bad, bad
    return lake


@pytest.fixture(scope="session")
def lake_client():
    """A distributed.Client on a LocalCluster of 2 worker processes, shared by the session."""
    from twin.lake.cluster import dask_client

    with dask_client(2) as client:
        yield client
