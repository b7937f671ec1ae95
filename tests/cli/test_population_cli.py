"""``kaga-twin population`` on the imported bundled sample (CityGML, DEM and the 500 m mesh population)."""

from __future__ import annotations

import json
import shutil

import pytest

from main import main


@pytest.fixture
def sample_copy(imported_sample_project, tmp_path):
    path = tmp_path / "kaga.duckdb"
    shutil.copy(imported_sample_project, path)
    return path


def _json(capsys, *argv, kind="projection"):
    """The JSON rows (of one kind: the sample has a 2020 census mesh beside the projection)."""
    assert main(["population", *argv, "--format", "json"]) == 0
    return [r for r in json.loads(capsys.readouterr().out) if kind is None or r.get("kind", kind) == kind]


def test_the_station_catchment_shrinks_and_ages(sample_copy, capsys):
    p = str(sample_copy)
    (r2020,) = _json(capsys, "--project", p, "--catchment", "station-3000m", "--year", "2020")
    (r2040,) = _json(capsys, "--project", p, "--catchment", "station-3000m", "--year", "2040")
    for r in (r2020, r2040):
        assert set(r) >= {"catchment", "year", "kind", "total", "age_0_14", "age_15_64", "age_65_plus",
                          "age_75_plus", "share_65_plus", "cells"}
        assert r["catchment"] == "station-3000m" and r["kind"] == "projection"
        assert r["age_0_14"] + r["age_15_64"] + r["age_65_plus"] == pytest.approx(r["total"], rel=1e-6)
        assert r["share_65_plus"] == pytest.approx(r["age_65_plus"] / r["total"])
    assert 0 < r2020["total"] < 63263                     # the city's 2020 census total
    assert r2040["total"] < r2020["total"]
    assert r2040["share_65_plus"] > r2020["share_65_plus"]
    # a smaller circle holds fewer people
    (small,) = _json(capsys, "--project", p, "--catchment", "station-800m", "--year", "2020")
    assert 0 < small["total"] < r2020["total"]


def test_every_year_table_and_csv_and_the_run_is_recorded(sample_copy, capsys):
    p = str(sample_copy)
    rows = _json(capsys, "--project", p)
    assert [r["year"] for r in rows] == list(range(2020, 2075, 5))
    assert main(["population", "--project", p, "--year", "2020", "--format", "csv"]) == 0
    out = capsys.readouterr().out.splitlines()
    assert out[0].startswith("catchment,year,kind,total") and out[1].startswith("station-1500m,2020,")
    assert out[0].endswith(",method,fallback_cells")
    assert main(["population", "--project", p, "--year", "2040"]) == 0
    captured = capsys.readouterr()
    assert "station-1500m" in captured.out and "%" in captured.out and "area share" in captured.err
    assert main(["analysis", "runs", "population-catchment", "--project", p, "--format", "json"]) == 0
    assert len(json.loads(capsys.readouterr().out)) == 3


def test_a_missing_catchment_file_is_one_clear_error(sample_copy, capsys, tmp_path):
    assert main(["population", "--project", str(sample_copy), "--catchment", str(tmp_path / "nope.gpkg")]) == 1
    err = capsys.readouterr().err
    assert "nope.gpkg" in err and "Traceback" not in err


def test_floor_area_and_network_catchments(sample_copy, capsys):
    p = str(sample_copy)
    (area,) = _json(capsys, "--project", p, "--catchment", "station-800m", "--year", "2040")
    (floor,) = _json(capsys, "--project", p, "--catchment", "station-800m", "--year", "2040", "--method",
                     "floor-area")
    assert area["method"] == "area" and floor["method"] == "floor-area"
    assert floor["fallback_cells"] >= 0 and floor["cells"] == area["cells"]
    assert floor["total"] != pytest.approx(area["total"])          # the station area's houses are not even
    assert floor["share_65_plus"] == pytest.approx(floor["age_65_plus"] / floor["total"])
    # along the roads: a smaller area than the circle of the same radius, the same with --network
    (walk,) = _json(capsys, "--project", p, "--catchment", "station-walk-800m", "--year", "2040")
    assert walk["catchment"] == "station-walk-800m" and 0 < walk["total"] < area["total"]
    (flag,) = _json(capsys, "--project", p, "--catchment", "station-800m", "--network", "--year", "2040")
    # the same rows (sums of floats: DuckDB may add them in another order, so equal to the last bits only)
    assert {k: v for k, v in flag.items() if not isinstance(v, float)} == \
        {k: v for k, v in walk.items() if not isinstance(v, float)}
    assert {k: v for k, v in flag.items() if isinstance(v, float)} == \
        pytest.approx({k: v for k, v in walk.items() if isinstance(v, float)}, rel=1e-12)
    (wide,) = _json(capsys, "--project", p, "--catchment", "station-800m", "--network", "--walk-off", "300",
                    "--year", "2040")
    assert wide["total"] > walk["total"]
    assert main(["population", "--project", p, "--catchment", "area.gpkg", "--network"]) == 1
    assert "not to a file" in capsys.readouterr().err


def test_reconcile_with_the_ipss_table(sample_copy, capsys):
    p = str(sample_copy)
    rows = _json(capsys, "--project", p, "--reconcile", kind=None)
    assert rows and {r["muni_code"] for r in rows} == {"17206"}
    with_ipss = [r for r in rows if r["ipss_total"] is not None]
    assert [r["year"] for r in with_ipss][0] == 2020
    for r in with_ipss:
        assert r["difference"] == pytest.approx(r["mesh_total"] - r["ipss_total"])
        assert r["difference_pct"] == pytest.approx(r["difference"] / r["ipss_total"] * 100)
    assert main(["population", "--project", p, "--reconcile", "--year", "2040"]) == 0
    out = capsys.readouterr()
    assert "17206" in out.out and "2040" in out.out and "IPSS" in out.err


def test_per_mesh_indicators(sample_copy, capsys):
    p = str(sample_copy)
    rows = _json(capsys, "--project", p, "--per-mesh", "--year", "2040")
    assert {r["year"] for r in rows} == {2040} and len({r["mesh_code"] for r in rows}) > 100
    housed = [r for r in rows if r["floor_area_per_resident"] is not None]
    assert housed, "the PLATEAU sample's houses lie in some cells"
    for r in housed:
        assert r["floor_area_per_resident"] == pytest.approx(r["residential_floor_area_m2"] / r["total"])
    with pytest.raises(SystemExit):                                    # one at a time
        main(["population", "--project", p, "--per-mesh", "--reconcile"])
    assert "not allowed" in capsys.readouterr().err
