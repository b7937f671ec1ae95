"""``kaga-twin scenario`` (cli/scenario.py): list, new, add-building (WKT and GeoJSON), change, remove, undo/redo,
history, buildings, export, rename, delete, on a hand-built project and on the bundled sample's two scenarios."""

from __future__ import annotations

import argparse
import json
import shutil

import pyogrio
import pytest
import shapely

from cli.scenario import add_scenario_parser
from twin import scenarios
from twin.errors import InputError, TwinError
from twin.paths import SAMPLE_SCENARIOS
from twin.store import Store


def _box(x0, y0, w, h):
    return f"POLYGON(({x0} {y0}, {x0 + w} {y0}, {x0 + w} {y0 + h}, {x0} {y0 + h}, {x0} {y0}))"


def _run(*argv: str) -> int:
    parser = argparse.ArgumentParser(prog="kaga-twin")
    parser.add_argument("--project")
    sub = parser.add_subparsers(dest="command")
    add_scenario_parser(sub, lambda sp: sp.add_argument("--project", default=argparse.SUPPRESS))
    args = parser.parse_args(list(argv))
    return args.func(args)


def _json(capsys, *argv):
    assert _run(*argv, "--format", "json") == 0
    return json.loads(capsys.readouterr().out)


@pytest.fixture
def project(tmp_path):
    path = tmp_path / "p.duckdb"
    with Store(path, crs="EPSG:6675") as store:
        store.query("INSERT INTO buildings (gml_id, usage_code, usage, measured_height, storeys_above, ground_z, "
                    "footprint, source_id) VALUES "
                    f"('h1', '411', '住宅', 7.0, 2, 3.0, ST_GeomFromText('{_box(0, 0, 10, 10)}'), 1), "
                    f"('h2', '411', '住宅', 7.0, 2, 3.0, ST_GeomFromText('{_box(20, 0, 10, 10)}'), 1)")
    return str(path)


def test_a_tower_added_seen_and_undone(project, capsys):
    P = ("--project", project)
    assert _run("scenario", "new", "駅東", "--author", "yamada", *P) == 0
    assert "created" in capsys.readouterr().out
    (row,) = _json(capsys, "scenario", "add-building", "駅東", "--footprint", _box(100, 0, 30, 20), "--storeys", "12",
                   "--usage", "403", "--author", "yamada", *P)
    assert (row["usage"], row["storeys"], row["height_m"], row["floor_area_m2"], row["units"]) == \
        ("宿泊施設", 12, 42.0, 7200, 0)
    assert _run("scenario", "remove-building", "駅東", "h1", "h2", *P) == 0
    assert "2 buildings removed" in capsys.readouterr().out
    listed = _json(capsys, "scenario", "list", *P)
    assert [(s["name"], s["edits"], s["author"]) for s in listed] == [("駅東", 3, "yamada")]
    changed = {r["gml_id"]: r["status"] for r in _json(capsys, "scenario", "buildings", "駅東", *P)}
    assert changed == {row["new_id"]: "added", "h1": "removed", "h2": "removed"}
    assert _run("scenario", "undo", "駅東", *P) == 0
    assert _run("scenario", "undo", "駅東", *P) == 0
    assert _run("scenario", "undo", "駅東", *P) == 1          # nothing left
    assert "nothing to undo" in capsys.readouterr().out
    assert _json(capsys, "scenario", "buildings", "駅東", *P) == []
    assert _run("scenario", "redo", "駅東", *P) == 0
    capsys.readouterr()
    hist = _json(capsys, "scenario", "history", "駅東", *P)
    assert [(h["op"], h["active"]) for h in hist] == [("add", "yes"), ("remove", "undone")]
    assert hist[0]["author"] == "yamada"


def test_footprints_from_a_geojson_in_lon_lat(project, tmp_path, capsys):
    import geopandas as gpd
    # two footprints drawn in JGD2011 lon/lat, with their own storeys and usage; the options fill the gaps
    plane = gpd.GeoSeries([shapely.from_wkt(_box(200, 0, 20, 10)), shapely.from_wkt(_box(240, 0, 10, 10))],
                          crs="EPSG:6675").to_crs("EPSG:6668")
    src = tmp_path / "new.geojson"
    gpd.GeoDataFrame({"id": ["a", "b"], "storeys": [3, None], "usage_code": ["412", None]}, geometry=plane
                     ).to_file(src, driver="GeoJSON")
    assert _run("scenario", "new", "住宅", "--project", project) == 0
    capsys.readouterr()
    rows = _json(capsys, "scenario", "add-building", "住宅", "--footprint", str(src), "--height", "7",
                 "--usage", "411", "--project", project)
    assert [(r["storeys"], r["usage"]) for r in rows] == [(3, "共同住宅"), (2, "住宅")]
    assert rows[0]["floor_area_m2"] == pytest.approx(600, abs=1)   # 200 m² × 3, back in the plane CRS
    assert rows[0]["units"] == round(600 / 70)
    with Store(project) as store:
        assert len(scenarios.history(store, "住宅")) == 1            # one command: undone together


def test_bad_input_names_the_file_and_feature(project, tmp_path):
    bad = tmp_path / "bad.geojson"
    bad.write_text(json.dumps({"type": "FeatureCollection", "features": [
        {"type": "Feature", "properties": {"id": "p1", "storeys": 2},
         "geometry": {"type": "Polygon", "coordinates": [[[136.35, 36.32], [136.3501, 36.32], [136.3501, 36.3201],
                                                          [136.35, 36.32]]]}},
        {"type": "Feature", "properties": {"id": "line-7", "storeys": 2},
         "geometry": {"type": "LineString", "coordinates": [[136.35, 36.32], [136.351, 36.321]]}}]}))
    _run("scenario", "new", "s", "--project", project)
    with pytest.raises(InputError, match=r"bad\.geojson.*line-7.*must be a polygon, not LineString"):
        _run("scenario", "add-building", "s", "--footprint", str(bad), "--storeys", "2", "--project", project)
    with pytest.raises(TwinError, match="--height or --storeys"):
        _run("scenario", "add-building", "s", "--footprint", _box(0, 0, 5, 5), "--project", project)
    with pytest.raises(TwinError, match="no scenario named 'nope'"):
        _run("scenario", "undo", "nope", "--project", project)
    with pytest.raises(TwinError, match="already exists"):
        _run("scenario", "new", "s", "--project", project)
    with Store(project) as store:
        assert scenarios.history(store, "s") == []                   # nothing half-added


def test_export_rename_delete(project, tmp_path, capsys):
    P = ("--project", project)
    _run("scenario", "new", "a", *P)
    _run("scenario", "add-building", "a", "--footprint", _box(100, 0, 10, 10), "--storeys", "3", *P)
    _run("scenario", "new", "b", "--from", "a", *P)
    out = tmp_path / "a.gpkg"
    assert _run("scenario", "export", "a", "--out", str(out), *P) == 0
    assert len(pyogrio.read_dataframe(out, layer="buildings")) == 3
    capsys.readouterr()
    assert _json(capsys, "scenario", "phases", "a", "--set", "第1期=2028-04-01", *P) == [
        {"phase": "第1期", "date": "2028-04-01"}]
    with pytest.raises(TwinError, match="PHASE=DATE"):
        _run("scenario", "phases", "a", "--set", "2028", *P)
    assert _run("scenario", "rename", "a", "c", *P) == 0
    assert _run("scenario", "delete", "b", *P) == 0
    capsys.readouterr()
    assert [(s["name"], s["edits"]) for s in _json(capsys, "scenario", "list", *P)] == [("c", 1)]


def test_the_default_project_lists_the_two_sample_scenarios(imported_sample_project, tmp_path, capsys):
    path = tmp_path / "kaga.duckdb"
    shutil.copy(imported_sample_project, path)
    listed = _json(capsys, "scenario", "list", "--project", str(path))
    assert [s["name"] for s in listed] == [name for name, _, _ in SAMPLE_SCENARIOS] == ["駅東ホテル棟", "駅北住宅"]
    with Store(path, read_only=True) as store:
        hotel = [r for r in scenarios.scenario_buildings(store, "駅東ホテル棟").to_pylist() if r["status"] != "base"]
        assert [(r["status"], r["storeys"], r["usage_code"]) for r in hotel] == [("added", 12, "403")]
        (ex, ey), = store.query("SELECT ST_X(ST_Centroid(footprint)), ST_Y(ST_Centroid(footprint)) FROM buildings "
                                "WHERE name = '加賀温泉駅'")
        cx, cy = shapely.from_wkb(hotel[0]["footprint"]).centroid.coords[0]
        assert cx - ex > 150                                        # east of the station building
        housing = scenarios.scenario_buildings(store, "駅北住宅").to_pylist()
        added = [r for r in housing if r["status"] == "added"]
        assert len(added) == 7 and {r["usage_code"] for r in added} == {"411", "412"}
        assert all(r["storeys"] <= 4 for r in added)              # low-rise
        assert all(shapely.from_wkb(r["footprint"]).centroid.y > ey for r in added)   # north of the station
        assert [r["status"] for r in housing].count("removed") == 2
        assert sum(r["status"] == "added" for r in scenarios.scenario_buildings(store, "駅北住宅", at="2030")
                   .to_pylist()) == 4                               # 第1期 (2028) only
        # proposed footprints stand on vacant land: none overlaps a base building that still stands
        standing = [shapely.from_wkb(r["footprint"]) for r in housing if r["status"] == "base"]
        tree = shapely.STRtree(standing)
        for r in added + hotel:
            assert len(tree.query(shapely.from_wkb(r["footprint"]), predicate="intersects")) == 0, r["gml_id"]
        assert [p["name"] for p in scenarios.phases(store, "駅北住宅")] == ["第1期", "第2期"]
