"""kaga-twin lake sql: DuckDB over the lake (issue 12, "Use a lake")."""

from __future__ import annotations

import json
import shutil

import pytest

from cli.commands import run
from twin.lake import layout
from twin.lake.query import cities, lake_connection


def test_views_read_the_lake_with_partition_keys_and_geometry(kaga_lake):
    with lake_connection(kaga_lake) as db:
        types = dict(db.con.execute("SELECT column_name, column_type FROM (DESCRIBE buildings)").fetchall())
        assert types["city"] == "VARCHAR" and types["mesh1"] == "VARCHAR"
        assert types["footprint"].startswith("GEOMETRY")
        assert types["bbox"].startswith("STRUCT(xmin DOUBLE")
        n, city, lon, lat = db.con.execute(
            "SELECT count(*), any_value(city), avg(ST_X(ST_Centroid(footprint))), "
            "avg(ST_Y(ST_Centroid(footprint))) FROM buildings").fetchone()
    assert n == 3050 and city == "17206"
    assert 136.3 < lon < 136.4 and 36.3 < lat < 36.4   # EPSG:6668 longitude, latitude
    assert cities(kaga_lake) == [("17206", 3050)]


def test_sql_formats_and_municipality_count(kaga_lake, capsys):
    assert run(["lake", "sql", str(kaga_lake), "SELECT city, count(*) AS n FROM buildings GROUP BY city",
                "--format", "json"]) == 0
    assert json.loads(capsys.readouterr().out) == [{"city": "17206", "n": 3050}]
    assert run(["lake", "sql", str(kaga_lake), "SELECT count(*) AS n FROM building_risks WHERE risk_type LIKE "
                "'%flood%'", "--format", "csv"]) == 0
    out = capsys.readouterr().out.splitlines()
    assert out[0] == "n" and int(out[1]) > 0


def test_bbox_filter_selects_and_prunes(kaga_lake, capsys):
    box = "bbox.xmin <= 136.36 AND bbox.xmax >= 136.35 AND bbox.ymin <= 36.33 AND bbox.ymax >= 36.32"
    with lake_connection(kaga_lake) as db:
        inside = db.con.execute(f"SELECT count(*) FROM buildings WHERE {box}").fetchone()[0]
        exact = db.con.execute("SELECT count(*) FROM buildings WHERE ST_Intersects(ST_Extent(footprint), "
                               "ST_MakeEnvelope(136.35, 36.32, 136.36, 36.33))").fetchone()[0]
        # a box far away: the row-group statistics of the covering column leave nothing to scan
        plan = db.con.execute("EXPLAIN SELECT count(*) FROM buildings WHERE bbox.xmin > 140").fetchone()[1]
    assert 0 < inside < 3050 and inside == exact
    assert "EMPTY_RESULT" in plan


def test_geometry_printed_as_wkt_and_long_values_noted(kaga_lake, capsys):
    assert run(["lake", "sql", str(kaga_lake), "SELECT footprint FROM buildings LIMIT 1"]) == 0
    cap = capsys.readouterr()
    assert "POLYGON" in cap.out and "--wide" in cap.err


def test_not_a_lake_and_missing_table_and_writes_are_refused(kaga_lake, tmp_path, capsys):
    assert run(["lake", "sql", str(tmp_path), "SELECT 1"]) == 1
    assert f"{tmp_path}: is not a lake: it has no _manifest.json" in capsys.readouterr().err
    lake = tmp_path / "lake"
    shutil.copytree(kaga_lake, lake)
    shutil.rmtree(lake / "roads")
    assert run(["lake", "sql", str(lake), "SELECT count(*) FROM roads"]) == 1
    assert "the lake has no roads files yet" in capsys.readouterr().err
    assert run(["lake", "sql", str(lake), f"COPY buildings TO '{lake}/x.parquet'"]) == 1
    assert "only reads the lake" in capsys.readouterr().err
    assert run(["lake", "sql", str(lake), f"SELECT * FROM read_csv('{tmp_path}/../x.csv')"]) == 1
    assert "disabled by configuration" in capsys.readouterr().err
    assert not (lake / "x.parquet").exists()
    assert sorted(p.name for p in lake.iterdir()) == sorted(
        [layout.MANIFEST] + [t for t in layout.TABLES if (kaga_lake / t).is_dir() and t != "roads"])
