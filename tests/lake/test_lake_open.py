"""kaga-twin lake open and the importer plateau-lake: an area of the lake as a project (issue 12, "Use a lake")."""

from __future__ import annotations

import duckdb
import pytest

from cli.commands import run
from twin.store.spatial import CONNECT_CONFIG, load_spatial

BOX = (136.35, 36.32, 136.36, 36.33)


@pytest.fixture(scope="module")
def direct(tmp_path_factory, kaga_sample):
    """A project with the sample imported directly (kaga-twin import)."""
    path = tmp_path_factory.mktemp("direct") / "direct.duckdb"
    assert run(["import", str(kaga_sample), "--project", str(path)]) == 0
    return path


def _both(a, b) -> duckdb.DuckDBPyConnection:
    con = duckdb.connect(config=dict(CONNECT_CONFIG))
    load_spatial(con)
    con.execute(f"ATTACH '{a}' AS a (READ_ONLY)")
    con.execute(f"ATTACH '{b}' AS b (READ_ONLY)")
    return con


def test_open_city_gives_the_buildings_of_a_direct_import(kaga_lake, direct, tmp_path, capsys):
    project = tmp_path / "open.duckdb"
    assert run(["lake", "open", str(kaga_lake), "--city", "17206", "--project", str(project)]) == 0
    assert "plateau-lake" in capsys.readouterr().out
    con = _both(direct, project)
    crs = con.execute("SELECT (SELECT value FROM a.project_meta WHERE key = 'crs'), "
                      "(SELECT value FROM b.project_meta WHERE key = 'crs')").fetchone()
    assert crs == ("EPSG:6675", "EPSG:6675")
    for table in ("buildings", "building_surfaces", "building_risks", "roads"):
        na, nb = con.execute(f"SELECT (SELECT count(*) FROM a.{table}), (SELECT count(*) FROM b.{table})"
                             ).fetchone()
        assert na == nb, table
    assert con.execute("SELECT count(*) FROM a.buildings").fetchone()[0] == 3050
    ids_a = {r[0] for r in con.execute("SELECT gml_id FROM a.buildings").fetchall()}
    ids_b = {r[0] for r in con.execute("SELECT gml_id FROM b.buildings").fetchall()}
    assert ids_a == ids_b
    cols = ("building_id, name, class_code, class, usage_code, usage, measured_height, storeys_above, "
            "storeys_below, year_built, total_floor_area, structure_type_code, lod1_height_type_code, lod, "
            "ground_z, lod1_top_z, mesh_code, uro_version, attributes::VARCHAR, source_file")
    differ = con.execute(f"SELECT count(*) FROM (SELECT gml_id, {cols} FROM a.buildings EXCEPT "
                         f"SELECT gml_id, {cols} FROM b.buildings)").fetchone()[0]
    assert differ == 0
    area, centre, n = con.execute(
        "SELECT max(abs(ST_Area(x.footprint) - ST_Area(y.footprint))), "
        "max(ST_Distance(ST_Centroid(x.footprint), ST_Centroid(y.footprint))), count(*) "
        "FROM a.buildings x JOIN b.buildings y USING (gml_id)").fetchone()
    assert n == 3050 and centre < 0.001 and area < 0.001
    surf = con.execute("SELECT (SELECT count(*) FROM a.building_surfaces), (SELECT count(*) FROM b.building_surfaces)"
                       ).fetchone()
    assert surf[0] == surf[1] > 0
    # the views of a direct import work the same (flood depths per building)
    flood = con.execute("SELECT (SELECT count(*) FROM a.buildings_with_risks WHERE max_flood_depth > 0), "
                        "(SELECT count(*) FROM b.buildings_with_risks WHERE max_flood_depth > 0)").fetchone()
    assert flood[0] == flood[1] > 0


def test_open_bbox_takes_only_buildings_in_the_box_and_reopen_replaces(kaga_lake, tmp_path, capsys):
    project = tmp_path / "box.duckdb"
    box = ",".join(map(str, BOX))
    assert run(["lake", "open", str(kaga_lake), "--bbox", box, "--project", str(project)]) == 0
    assert run(["lake", "open", str(kaga_lake), "--bbox", box, "--project", str(project)]) == 0
    con = duckdb.connect(config=dict(CONNECT_CONFIG))
    load_spatial(con)
    con.execute(f"ATTACH '{project}' AS p (READ_ONLY)")
    crs = con.execute("SELECT value FROM p.project_meta WHERE key = 'crs'").fetchone()[0]
    assert crs == "EPSG:6675"   # Ishikawa's zone VII: the box's city decides (Kaga is nearer zone VI's origin)
    n, outside, sources = con.execute(
        f"SELECT count(*), count(*) FILTER (WHERE NOT ST_Within(ST_Transform(ST_Centroid(ST_Envelope(footprint)), "
        f"'{crs}', 'EPSG:6668', always_xy := true), ST_MakeEnvelope{BOX})), count(DISTINCT source_id) "
        "FROM p.buildings").fetchone()
    assert 0 < n < 3050 and outside == 0 and sources == 1
    assert con.execute("SELECT count(*) FROM p.sources").fetchone()[0] == 1
    orphans = con.execute("SELECT count(*) FROM p.building_surfaces WHERE gml_id NOT IN "
                          "(SELECT gml_id FROM p.buildings)").fetchone()[0]
    assert orphans == 0 and con.execute("SELECT count(*) FROM p.building_surfaces").fetchone()[0] > 0


def test_bad_lake_or_area_leaves_the_project_untouched(kaga_lake, direct, tmp_path, capsys):
    import shutil

    project = tmp_path / "p.duckdb"
    shutil.copy(direct, project)
    before = project.read_bytes()
    assert run(["lake", "open", str(tmp_path), "--city", "17206", "--project", str(project)]) == 1
    assert "is not a lake: it has no _manifest.json" in capsys.readouterr().err
    assert run(["lake", "open", str(kaga_lake), "--city", "17999", "--project", str(project)]) == 1
    assert "the lake has no city 17999; its cities: 17206" in capsys.readouterr().err
    assert run(["lake", "open", str(kaga_lake), "--bbox", "140,40,140.1,40.1", "--project", str(project)]) == 1
    assert "no buildings or roads in bbox 140,40,140.1,40.1" in capsys.readouterr().err
    assert run(["lake", "open", str(kaga_lake), "--bbox", "136.4,36.3", "--project", str(project)]) == 1
    assert "is not four numbers" in capsys.readouterr().err
    assert project.read_bytes() == before
    new = tmp_path / "new.duckdb"
    assert run(["lake", "open", str(kaga_lake), "--bbox", "140,40,140.1,40.1", "--project", str(new)]) == 1
    assert not new.exists() and not (tmp_path / "new.duckdb.wal").exists()


def test_importer_is_registered_and_sniffs_a_lake(kaga_lake, kaga_sample):
    import importers.lake_area  # noqa: F401  (registers it)
    from importers.registry import get_importer

    imp = get_importer("plateau-lake")
    assert imp.sniff(kaga_lake) == 1.0 and imp.sniff(kaga_sample) == 0.0
    loc = imp.locate(kaga_lake)
    assert loc is not None and 36.3 < loc.lat < 36.4 and 136.3 < loc.lon < 136.4


def test_open_a_city_of_a_lake_of_several_takes_its_zone(kaga_lake, shared_plateau, tmp_path, capsys):
    """A lake of Kaga and a Tokyo file: the Tokyo city opened into a new project gets zone IX (from the area, not
    from the lake), only its buildings; without an area the import asks for one."""
    import shutil

    from importers.lake.build import build_source, plan
    from twin.lake import manifest as mf
    from twin.store import Store

    lake = tmp_path / "lake"
    shutil.copytree(kaga_lake, lake)
    manifest = mf.read_manifest(lake)
    todo, _ = plan([shared_plateau / "53392547_bldg_6697_op2.gml"], manifest)
    for src, sha in todo:
        mf.record(manifest, build_source(src.path, lake, sha))
    mf.write_manifest(lake, manifest)
    project = tmp_path / "tokyo.duckdb"
    assert run(["lake", "open", str(lake), "--city", "13111", "--project", str(project)]) == 0
    with Store(project, read_only=True, create=False) as store:
        assert store.crs == "EPSG:6677"
        assert store.query("SELECT count(*) FROM buildings")[0][0] == 25
        assert store.query("SELECT count(*) FROM buildings WHERE source_file LIKE '53392547%'")[0][0] == 25
    with Store(tmp_path / "whole.duckdb") as store:
        from importers.lake_area import open_area

        with pytest.raises(Exception, match=r"the lake holds 2 cities \(13111, 17206\); choose an area"):
            open_area(store, lake)
        assert store.query("SELECT count(*) FROM buildings")[0][0] == 0


def test_two_areas_of_one_lake_are_two_sources_and_overlaps_are_not_doubled(kaga_lake, tmp_path, capsys):
    """West and east halves of the Kaga sample open side by side; opening the west half again replaces only it; the
    whole city opened over them replaces the features they share (no gml:id twice)."""
    project = tmp_path / "halves.duckdb"
    x0, y0, x1, y1 = 136.30, 36.28, 136.40, 36.36
    mid = 136.35
    west, east = f"{x0},{y0},{mid},{y1}", f"{mid},{y0},{x1},{y1}"
    for box in (west, east, west):
        assert run(["lake", "open", str(kaga_lake), "--bbox", box, "--project", str(project)]) == 0
    con = duckdb.connect(str(project), read_only=True)
    per_source = con.execute("SELECT source_id, count(*) FROM buildings GROUP BY ALL ORDER BY 1").fetchall()
    assert len(per_source) == 2 and all(n > 0 for _, n in per_source)
    assert sum(n for _, n in per_source) == 3050          # the halves tile the sample: every building once
    assert con.execute("SELECT count(*) FROM sources").fetchone()[0] == 2
    con.close()
    assert run(["lake", "open", str(kaga_lake), "--city", "17206", "--project", str(project)]) == 0
    con = duckdb.connect(str(project), read_only=True)
    total, distinct = con.execute("SELECT count(*), count(DISTINCT gml_id) FROM buildings").fetchone()
    assert total == distinct == 3050
    by_source = dict(con.execute("SELECT s.options, count(b.gml_id) FROM sources s LEFT JOIN buildings b "
                                 "ON b.source_id = s.id GROUP BY ALL").fetchall())
    # the halves' buildings moved to the newer import of the whole city; the halves stay listed, empty
    assert by_source == {'{"city": "17206"}': 3050, f'{{"bbox": "{west}"}}': 0, f'{{"bbox": "{east}"}}': 0}
    con.close()
