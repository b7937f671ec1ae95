"""kaga-twin lake stats: a distributed aggregation with dask-geopandas (issue 12, "Use a lake")."""

from __future__ import annotations

import duckdb
import geopandas as gpd
import pandas as pd
import pytest

from cli.commands import run
from twin import meshcode
from twin.lake.stats import lake_stats
from twin.store.spatial import CONNECT_CONFIG, load_spatial


def _expected(lake):
    """The same sums computed by DuckDB from the lake files (floor area: total_floor_area, else footprint area on
    EPSG:6933 × storeys above, at least 1)."""
    con = duckdb.connect(config=dict(CONNECT_CONFIG))
    load_spatial(con)
    glob = f"{lake}/%s/*/*/*.parquet"
    return con.execute(f"""
        WITH b AS (SELECT gml_id, (bbox.xmin + bbox.xmax) / 2 AS lon, (bbox.ymin + bbox.ymax) / 2 AS lat,
                          coalesce(total_floor_area, ST_Area(ST_Transform(footprint, 'EPSG:6668', 'EPSG:6933',
                                   always_xy := true)) * greatest(coalesce(storeys_above, 1), 1)) AS floor
                   FROM read_parquet('{glob % "buildings"}')),
             f AS (SELECT DISTINCT gml_id FROM read_parquet('{glob % "building_risks"}')
                   WHERE risk_type IN ('river_flood', 'inland_flood', 'reservoir_flood', 'tsunami', 'high_tide'))
        SELECT b.*, f.gml_id IS NOT NULL AS flooded FROM b LEFT JOIN f USING (gml_id)""").df()


def test_stats_by_mesh3_match_the_buildings(kaga_lake, lake_client, tmp_path):
    out = tmp_path / "mesh3.parquet"
    res = lake_stats(kaga_lake, by="mesh3", out=out, client=lake_client)
    got = gpd.read_parquet(out)
    assert res.kind == "GeoParquet" and res.rows == len(got) > 1 and got.crs.to_epsg() == 6668
    exp = _expected(kaga_lake)
    exp["mesh3"] = meshcode.codes_for(exp["lat"], exp["lon"], 3)
    exp["flood"] = exp["floor"].where(exp["flooded"], 0.0)
    want = exp.groupby("mesh3").agg(buildings=("gml_id", "size"), floor_area=("floor", "sum"),
                                    flood_floor_area=("flood", "sum")).reset_index()
    merged = got.merge(want, on="mesh3", suffixes=("", "_want"))
    assert len(merged) == len(want) == len(got)
    assert (merged["buildings"] == merged["buildings_want"]).all()
    assert merged["floor_area"].to_numpy() == pytest.approx(merged["floor_area_want"].to_numpy(), rel=1e-6)
    assert merged["flood_floor_area"].to_numpy() == pytest.approx(merged["flood_floor_area_want"].to_numpy(),
                                                                  rel=1e-6, abs=1e-6)
    assert got["buildings"].sum() == 3050 and (got["city"] == "17206").all()
    assert got["flood_floor_area"].sum() > 0
    # each cell's polygon is the mesh cell
    for code, geom in zip(got["mesh3"], got.geometry):
        s, w, n, e = (float(v) for v in meshcode.bounds(code))
        assert geom.bounds == pytest.approx((w, s, e, n))


def test_stats_by_city_and_cli(kaga_lake, tmp_path, capsys):
    out = tmp_path / "city.parquet"
    assert run(["lake", "stats", str(kaga_lake), "--by", "city", "--out", str(out), "--workers", "2"]) == 0
    text = capsys.readouterr().out
    assert "Wrote 1 row(s) by city" in text and "3,050 buildings" in text
    got = pd.read_parquet(out)
    exp = _expected(kaga_lake)
    assert got["city"].tolist() == ["17206"] and got["buildings"].tolist() == [3050]
    assert got["floor_area"].iloc[0] == pytest.approx(exp["floor"].sum(), rel=1e-6)
    assert got["flood_floor_area"].iloc[0] == pytest.approx(exp.loc[exp["flooded"], "floor"].sum(), rel=1e-6)


def test_stats_not_a_lake(tmp_path, capsys):
    assert run(["lake", "stats", str(tmp_path), "--out", str(tmp_path / "x.parquet")]) == 1
    assert "is not a lake" in capsys.readouterr().err and not (tmp_path / "x.parquet").exists()


@pytest.fixture
def multi_lake(tmp_path_factory, kaga_lake, shared_plateau):
    """The Kaga lake plus two real PLATEAU files of other cities (Tokyo 13111, Kanagawa 14201)."""
    import shutil

    from importers.lake.build import build_source, plan
    from twin.lake import manifest as mf

    lake = tmp_path_factory.mktemp("multi") / "lake"
    shutil.copytree(kaga_lake, lake)
    manifest = mf.read_manifest(lake)
    todo, _ = plan([shared_plateau / "52397519_bldg_6697_op.gml", shared_plateau / "53392547_bldg_6697_op2.gml"],
                   manifest)
    for src, sha in todo:
        mf.record(manifest, build_source(src.path, lake, sha))
    mf.write_manifest(lake, manifest)
    return lake


def test_stats_of_several_cities_by_city_and_mesh2(multi_lake, lake_client, tmp_path):
    exp = _expected(multi_lake)
    con = duckdb.connect()
    cities = dict(con.execute(f"SELECT gml_id, city FROM read_parquet('{multi_lake}/buildings/*/*/*.parquet', "
                              "hive_partitioning = true, hive_types = {'city': VARCHAR})").fetchall())
    exp["city"] = exp["gml_id"].map(cities)
    exp["flood"] = exp["floor"].where(exp["flooded"], 0.0)
    res = lake_stats(multi_lake, by="city", out=tmp_path / "city.parquet", client=lake_client)
    got = pd.read_parquet(tmp_path / "city.parquet")
    want = exp.groupby("city").agg(buildings=("gml_id", "size"), floor_area=("floor", "sum"),
                                   flood_floor_area=("flood", "sum")).reset_index()
    assert res.rows == 3 and got["city"].tolist() == want["city"].tolist() == ["13111", "14201", "17206"]
    assert got["buildings"].tolist() == want["buildings"].tolist()
    assert got["floor_area"].to_numpy() == pytest.approx(want["floor_area"].to_numpy(), rel=1e-6)
    assert got["flood_floor_area"].to_numpy() == pytest.approx(want["flood_floor_area"].to_numpy(), rel=1e-6)
    lake_stats(multi_lake, by="mesh2", out=tmp_path / "mesh2.parquet", client=lake_client)
    cells = gpd.read_parquet(tmp_path / "mesh2.parquet")
    exp["mesh2"] = meshcode.codes_for(exp["lat"], exp["lon"], 2)
    assert sorted(zip(cells["mesh2"], cells["city"])) == sorted(set(zip(exp["mesh2"], exp["city"])))
    assert cells.groupby("city")["buildings"].sum().to_dict() == dict(zip(want["city"], want["buildings"]))
