"""``kaga-twin scenario compare`` (cli/scenario_compare.py, twin/scenario_metrics.py, twin/scenario_population.py)
on a small project built by hand (figures known by construction), and on the bundled sample with its zoning: the
hotel east of the station breaks the zone's floor-area ratio, and undoing it clears the violation."""

from __future__ import annotations

import argparse
import json
import shutil

import pytest

from twin import scenarios
from twin.catchments import station_xy
from twin.errors import TwinError
from twin.scenario_population import forecast_with_scenario
from twin.store import Store
from cli.scenario_compare import add_compare_parser


def _square(x0, y0, x1, y1) -> str:
    return f"POLYGON (({x0} {y0}, {x1} {y0}, {x1} {y1}, {x0} {y1}, {x0} {y0}))"


@pytest.fixture
def project(tmp_path):
    """A house north of the station in a 近隣商業地域 (80 % / 200 %) of 400 × 400 m around it, a 2 km population
    cell with a projection, and a scenario adding a 12-storey hotel of 30 × 30 m."""
    path = tmp_path / "p.duckdb"
    x, y = (round(v) for v in station_xy("EPSG:6675"))
    with Store(path) as store:
        store.query("INSERT INTO buildings (gml_id, usage_code, usage, measured_height, ground_z, storeys_above, "
                    "footprint, source_id) VALUES ('house-n', '411', '住宅', 7.0, 5.0, 2, ST_GeomFromText(?), 1)",
                    [_square(x, y + 40, x + 10, y + 50)])
        store.query("INSERT INTO zoning (zone_code, zone_name, coverage_pct, far_pct, geom, source_id) VALUES "
                    "('8', '近隣商業地域', 80, 200, ST_GeomFromText(?), 1)", [_square(x - 200, y - 200, x + 200, y + 200)])
        store.query("INSERT INTO population_mesh_cells VALUES ('c', 3, ST_GeomFromText(?), 1)",
                    [_square(x - 1000, y - 1000, x + 1000, y + 1000)])
        for year, total in ((2030, 1000.0), (2040, 900.0)):
            store.query("INSERT INTO mesh_population (mesh_code, level, year, kind, band, value, source_id) "
                        "VALUES ('c', 3, ?, 'projection', 'total', ?, 1)", [year, total])
        scenarios.create(store, "hotel")
        scenarios.add_building(store, "hotel", _square(x - 10, y - 10, x + 20, y + 20), storeys=12, usage_code="403")
        scenarios.create(store, "flats")
        scenarios.add_building(store, "flats", _square(x + 100, y, x + 120, y + 20), storeys=4, usage_code="412",
                               units=10, phase_date="2035-04-01")
    return path


def _run(*argv: str) -> int:
    parser = argparse.ArgumentParser()
    sub = parser.add_subparsers(dest="scenario_command")
    add_compare_parser(sub, lambda sp: sp.add_argument("--project", default=None))
    args = parser.parse_args(list(argv))
    return args.scenario_func(args)


def test_json_gives_every_figure_for_base_scenario_and_difference(project, capsys):
    assert _run("compare", "hotel", "--project", str(project), "--format", "json") == 0
    r = json.loads(capsys.readouterr().out)
    for key in ("floor_area_by_usage", "units", "residents", "jobs", "coverage_ratio", "floor_area_ratio"):
        assert set(r[key]) == {"base", "scenario", "difference"}
    assert r["area"] == "station-800m"
    assert r["floor_area_by_usage"]["difference"] == {"住宅": 0.0, "宿泊施設": pytest.approx(900 * 12)}
    assert r["floor_area_by_usage"]["base"] == {"住宅": pytest.approx(200.0)}        # 100 m² × 2 storeys
    assert r["units"] == {"base": 1, "scenario": 1, "difference": 0}
    assert r["jobs"]["difference"] == pytest.approx(900 * 12 / 120)
    area = r["area_m2"]
    assert r["coverage_ratio"]["difference"] == pytest.approx(100 * 900 / area, abs=0.01)
    # the hotel stands alone on a notional lot of (30 + 12)² m²: 10,800 m² of floor is 612 %, over 200 %
    assert [(v["gml_id"], v["zone"], v["what"], v["limit"], v["value"]) for v in r["violations"]] == \
        [("scn-1-1", "近隣商業地域", "floor_area_ratio", 200.0, round(100 * 10800 / 42 ** 2, 1))]
    assert r["sites"][0]["coverage"] == {"base": 0.0, "scenario": round(100 * 900 / 42 ** 2, 1), "limit": 80.0}


def test_the_table_lists_the_figures_and_the_violation_and_undo_clears_it(project, capsys):
    assert _run("compare", "hotel", "--project", str(project)) == 0
    out = capsys.readouterr().out
    assert "hotel beside the base, station-800m (201.0 ha)" in out
    assert "floor area m² 宿泊施設" in out and "zoning: 1 violation(s)" in out and "floor_area_ratio" in out
    with Store(project) as store:
        assert scenarios.undo(store, "hotel")
    assert _run("compare", "hotel", "--project", str(project), "--format", "json") == 0
    r = json.loads(capsys.readouterr().out)
    assert r["violations"] == [] and r["jobs"]["difference"] == 0


def test_other_areas_persons_per_unit_and_job_ratios(project, capsys):
    x, y = (round(v) for v in station_xy("EPSG:6675"))
    _run("compare", "flats", "--project", str(project), "--format", "json", "--persons-per-unit", "3",
         "--area", _square(x + 90, y - 10, x + 130, y + 30))
    r = json.loads(capsys.readouterr().out)
    assert r["area"] == "polygon" and r["area_m2"] == pytest.approx(1600.0)
    assert r["units"]["difference"] == 10 and r["residents"]["difference"] == pytest.approx(30.0)
    assert r["floor_area_ratio"]["scenario"] == pytest.approx(100 * 1600 / 1600)     # 400 m² × 4 storeys
    _run("compare", "flats", "--project", str(project), "--format", "json", "--at", "2030-01-01")
    assert json.loads(capsys.readouterr().out)["units"]["difference"] == 0          # phase 2035 not built yet
    _run("compare", "hotel", "--project", str(project), "--format", "json", "--area", "whole",
         "--job-floor", "403=60")
    assert json.loads(capsys.readouterr().out)["jobs"]["difference"] == pytest.approx(10800 / 60)
    with pytest.raises(TwinError, match="--job-floor wants CODE=M2"):
        _run("compare", "hotel", "--project", str(project), "--job-floor", "hotel")
    with pytest.raises(TwinError, match="no scenario named 'nope'"):
        _run("compare", "nope", "--project", str(project))


def test_residents_join_the_catchment_forecast_by_phase(project, capsys):
    with Store(project, read_only=True) as store:
        rows = forecast_with_scenario(store, "flats", catchment="station-800m", persons_per_unit=2.5,
                                      from_year=2025)
    # the 800 m circle covers π·800² / 2000² of the 2 km cell; the flats (10 units) stand from 2035
    share = 3.141592653589793 * 0.64 / 4
    assert [(r["year"], r["scenario_residents"]) for r in rows] == [(2030, 0.0), (2040, 25.0)]
    assert rows[0]["without"] == pytest.approx(round(1000 * share, 1), abs=0.5)
    assert rows[1]["with"] == pytest.approx(rows[1]["without"] + 25.0)
    assert _run("compare", "flats", "--project", str(project), "--with-population") == 0
    assert "population of station-800m with the scenario's residents (what-if)" in capsys.readouterr().out


def test_the_sample_hotel_breaks_the_floor_area_ratio_of_its_zone(imported_sample_project, tmp_path, capsys):
    """Done when: the 12-storey hotel east of the station adds floor area and jobs, and breaks its zone's
    floor-area ratio (the sample's 近隣商業地域, 200 %)."""
    from importers.registry import import_path
    from twin.paths import SAMPLE_DIR

    path = tmp_path / "kaga.duckdb"
    shutil.copy(imported_sample_project, path)
    with Store(path) as store:
        if not store.query("SELECT count(*) FROM zoning")[0][0]:
            import_path(store, SAMPLE_DIR / "zoning" / "kaga_zoning_a29.geojson")
    assert _run("compare", "駅東ホテル棟", "--project", str(path), "--format", "json") == 0
    r = json.loads(capsys.readouterr().out)
    added = r["floor_area_by_usage"]["difference"]["宿泊施設"]
    assert added > 5000 and r["jobs"]["difference"] == pytest.approx(added / 120, abs=0.15)
    far = [v for v in r["violations"] if v["what"] == "floor_area_ratio"]
    assert len(far) == 1 and far[0]["zone"] == "近隣商業地域" and far[0]["limit"] == 200.0 and far[0]["value"] > 200
    # the housing north of the station touches street blocks (polygonised from the sample's centre lines)
    assert _run("compare", "駅北住宅", "--project", str(path)) == 0
    out = capsys.readouterr().out
    assert "zoning: no violation" in out and "street blocks the scenario touches" in out
    assert _run("compare", "駅北住宅", "--project", str(path), "--format", "json") == 0
    blocks = json.loads(capsys.readouterr().out)["blocks"]
    assert blocks and all(b["floor_area_ratio"]["limit"] in (200.0, 400.0, 80.0) for b in blocks)
