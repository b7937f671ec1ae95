"""``lake build`` on a LocalCluster of 2 worker processes (issue 12): the lake reads back with GeoPandas and DuckDB
with the counts and gml_ids of ``kaga-twin import``, in city=/mesh1= partitions, EPSG:6668; re-runs skip."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import duckdb
import geopandas as gpd
import numpy as np
import pyarrow.parquet as pq
import pytest
import shapely
from pyproj import Transformer

from importers.lake.build import build_lake
from twin.lake import layout
from twin.lake.geoparquet import bounds_of_wkb
from twin.lake.manifest import read_manifest

TABLES = list(layout.TABLES)
SHARED_FILES = ("52397519_bldg_6697_op.gml", "53392547_bldg_6697_op2.gml", "533925_tran_6697_op.gml")


def _import(paths, project: Path):
    from importers.registry import import_path
    from twin.store.store import Store

    with Store(project) as store:
        for p in paths:
            import_path(store, p)
    return project


def _project_tables(project: Path) -> tuple[dict[str, int], dict[str, list[str]], str]:
    from twin.store.store import Store

    with Store(project, read_only=True, create=False) as store:
        cur = store.cursor()
        counts = {t: cur.execute(f"SELECT count(*) FROM {t}").fetchone()[0] for t in TABLES}
        ids = {t: [r[0] for r in cur.execute(f"SELECT gml_id FROM {t} ORDER BY ALL").fetchall()]
               for t in ("buildings", "roads")}
        return counts, ids, store.crs


def _lake_counts(lake: Path) -> dict[str, int]:
    con = duckdb.connect()
    out = {}
    for t in TABLES:
        if list((lake / t).glob("*/*/*.parquet")):
            out[t] = con.execute(f"SELECT count(*) FROM read_parquet('{layout.table_glob(lake, t)}', "
                                 "hive_partitioning = true)").fetchone()[0]
        else:
            out[t] = 0
    return out


@pytest.fixture(scope="module")
def built(tmp_path_factory, lake_client, kaga_sample, shared_plateau_module):
    """The sample dataset and the three shared real files, built on the 2-worker cluster; the same sources imported
    with kaga-twin import into two projects (the sample; the shared files, which lie elsewhere in Japan)."""
    root = tmp_path_factory.mktemp("lake_build")
    lake = root / "lake"
    shared = [shared_plateau_module / f for f in SHARED_FILES]
    lines: list[str] = []
    report = build_lake([kaga_sample, *shared], lake, client=lake_client, out=lines.append)
    projects = (_import([kaga_sample], root / "kaga.duckdb"), _import(shared, root / "shared.duckdb"))
    return lake, report, lines, projects


@pytest.fixture(scope="module")
def shared_plateau_module():
    from kaga_testenv import shared_plateau_dir

    d = shared_plateau_dir()
    if not all((d / f).exists() for f in SHARED_FILES):
        pytest.skip(f"real PLATEAU samples not found at {d} (they live beside the project checkout)")
    return d


def test_build_on_two_workers_matches_the_import(built):
    lake, report, lines, (kaga_project, shared_project) = built
    assert report.ok and len(report.built) == 4, [e.get("error") for e in report.built]
    assert len({e["worker"] for e in report.built}) >= 1 and all(e["worker"].startswith("tcp://")
                                                                  for e in report.built)
    assert any(line.startswith("[4/4] ") for line in lines)
    want: dict[str, int] = {}
    ids: dict[str, list[str]] = {"buildings": [], "roads": []}
    for project in (kaga_project, shared_project):
        counts, pids, _crs = _project_tables(project)
        for t in TABLES:
            want[t] = want.get(t, 0) + counts[t]
        for t in ids:
            ids[t] += pids[t]
    assert want["buildings"] == 3050 + 13 + 25 and want["building_surfaces"] > 20_000
    assert _lake_counts(lake) == want
    assert report.totals() == want
    for t in ("buildings", "roads"):
        df = gpd.read_parquet(lake / t)
        assert df.crs.to_epsg() == 6668
        assert sorted(df["gml_id"]) == sorted(ids[t])
    manifest = read_manifest(lake)
    assert {e["status"] for e in manifest["sources"].values()} == {"ok"}
    # the municipality: the dataset's name, else the building IDs' (loose files of Tokyo's 13111, Yokosuka 14201)
    assert sorted((e["name"], e["city"], e["cities"]) for e in manifest["sources"].values()) == [
        ("17206_kaga-shi_city_2024_citygml_1_op", "17206", ["17206"]),
        ("52397519_bldg_6697_op.gml", "14201", ["14201"]), ("53392547_bldg_6697_op2.gml", "13111", ["13111"]),
        ("533925_tran_6697_op.gml", "unknown", ["unknown"])]
    assert not (lake / layout.STAGING).exists()


def test_geometry_is_lon_lat_and_matches_the_project(built):
    """The lake's footprints, transformed to the project CRS, are the project's footprints (mm)."""
    from twin.store.store import Store

    lake, _report, _lines, (kaga_project, _shared) = built
    df = gpd.read_parquet(lake / "buildings" / "city=17206")
    assert len(df) == 3050
    b = df.total_bounds
    assert 136.0 < b[0] < b[2] < 137.0 and 36.0 < b[1] < b[3] < 37.0     # lon, lat of Kaga
    with Store(kaga_project, read_only=True, create=False) as store:
        rows = store.cursor().execute("SELECT gml_id, ST_AsWKB(footprint) FROM buildings "
                                      "WHERE footprint IS NOT NULL ORDER BY gml_id LIMIT 200").fetchall()
        crs = store.crs
    tr = Transformer.from_crs("EPSG:6668", crs, always_xy=True)
    lake_fp = dict(zip(df["gml_id"], df.geometry, strict=True))
    for gml_id, wkb in rows:
        mine = shapely.transform(lake_fp[gml_id], lambda xy: np.column_stack(tr.transform(xy[:, 0], xy[:, 1])))
        assert shapely.equals_exact(mine, shapely.from_wkb(bytes(wkb)), tolerance=1e-3), gml_id
    # 3D surfaces keep their heights (T.P. m), to the bit
    with Store(kaga_project, read_only=True, create=False) as store:
        rows = store.cursor().execute("SELECT surface_gml_id, ST_AsWKB(geom) FROM building_surfaces "
                                      "WHERE surface_gml_id IS NOT NULL ORDER BY ALL LIMIT 300").fetchall()
    surf = gpd.read_parquet(lake / "building_surfaces" / "city=17206")
    lake_s = dict(zip(surf["surface_gml_id"], surf.geometry, strict=False))
    assert rows and all(shapely.has_z(lake_s[sid]) for sid, _ in rows)
    for sid, wkb in rows:
        theirs = shapely.from_wkb(bytes(wkb))
        np.testing.assert_array_equal(shapely.get_coordinates(lake_s[sid], include_z=True)[:, 2],
                                      shapely.get_coordinates(theirs, include_z=True)[:, 2])


def test_partitions_and_geoparquet_metadata(kaga_lake):
    dirs = sorted({p.parent.relative_to(kaga_lake).as_posix() for p in kaga_lake.glob("*/*/*/*.parquet")})
    assert dirs == ["building_risks/city=17206/mesh1=5436", "building_surfaces/city=17206/mesh1=5436",
                    "buildings/city=17206/mesh1=5436", "roads/city=17206/mesh1=5436"]
    f = next((kaga_lake / "buildings/city=17206/mesh1=5436").glob("*.parquet"))
    geo = json.loads(pq.read_schema(f).metadata[b"geo"])
    assert geo["version"] == "1.1.0" and geo["primary_column"] == "footprint"
    col = geo["columns"]["footprint"]
    assert col["encoding"] == "WKB" and col["crs"]["id"]["code"] == 6668 and "bbox" in col["covering"]
    t = pq.read_table(f)
    assert {"bbox", "source_sha256", "gml_id", "building_id"} <= set(t.column_names)
    sha = next(iter(read_manifest(kaga_lake)["sources"]))
    assert set(t.column("source_sha256").to_pylist()) == {sha} and f.name.startswith(sha[:12])
    # bbox covering column = bounds of the geometry
    geoms = shapely.from_wkb(t.column("footprint").to_pylist())
    bb = t.column("bbox").combine_chunks()
    np.testing.assert_allclose(shapely.bounds(geoms), np.column_stack(
        [bb.field(k).to_numpy() for k in ("xmin", "ymin", "xmax", "ymax")]))
    assert col["geometry_types"] == bounds_of_wkb(t.column("footprint"))[1]
    s = next((kaga_lake / "building_surfaces/city=17206/mesh1=5436").glob("*.parquet"))
    assert json.loads(pq.read_schema(s).metadata[b"geo"])["columns"]["geom"]["geometry_types"] == ["Polygon Z"]
    # children in the partition of their parent: every surface and risk has its building in the lake
    con = duckdb.connect()
    orphan = con.execute(f"""SELECT count(*) FROM read_parquet('{layout.table_glob(kaga_lake, "building_surfaces")}',
        hive_partitioning = true) s ANTI JOIN read_parquet('{layout.table_glob(kaga_lake, "buildings")}',
        hive_partitioning = true) b ON s.gml_id = b.gml_id AND s.city = b.city AND s.mesh1 = b.mesh1""").fetchone()[0]
    assert orphan == 0


def test_rerun_skips_and_writes_nothing(built, lake_client, kaga_sample, tmp_path):
    lake, first, _lines, _projects = built
    before = {p: p.stat().st_mtime_ns for p in lake.rglob("*.parquet")}
    lines: list[str] = []
    report = build_lake([kaga_sample], lake, client=lake_client, out=lines.append)
    assert report.built == [] and [s["name"] for s in report.skipped] == [kaga_sample.name]
    assert any(line.startswith(f"skipped {kaga_sample.name}: already in the lake") for line in lines)
    assert {p: p.stat().st_mtime_ns for p in lake.rglob("*.parquet")} == before
    # the same dataset under another name is the same content: skipped too
    copy = tmp_path / "17206_kaga-shi_city_2024_citygml_1_op"
    shutil.copytree(kaga_sample, copy)
    report = build_lake([copy], lake, client=lake_client, out=lines.append)
    assert report.built == [] and len(report.skipped) == 1


def test_build_on_a_cluster_by_address(tmp_path, lake_client):
    """--scheduler: the tasks run on an existing cluster (here the session's), reached by its address."""
    from importers.lake.build import build_lake as build

    gml = sorted((Path(__file__).resolve().parents[2] / "sample_data" / "17206_kaga-shi_city_2024_citygml_1_op" /
                  "udx" / "tran").glob("*.gml"))[0]
    lines: list[str] = []
    report = build([gml], tmp_path / "lake", scheduler=lake_client.scheduler.address, out=lines.append)
    assert report.ok and report.built[0]["worker"] in lake_client.scheduler_info()["workers"]
    assert lines[0].startswith(f"Dask scheduler {lake_client.scheduler.address}: 2 worker(s); dashboard http")
    assert report.built[0]["partitions"] == ["roads/city=17206/mesh1=5436"]


def test_unreachable_scheduler_is_a_clear_error():
    from twin.lake.cluster import ClusterError, dask_client

    with pytest.raises(ClusterError, match=r"cannot reach the Dask scheduler at tcp://127\.0\.0\.1:9"):
        with dask_client(scheduler="tcp://127.0.0.1:9", timeout=2):
            pass
