"""kaga-twin repairs: runs repair-priority when it never ran (or with --weights / --rerun), prints the ranked cases
as a table, CSV, JSON or GeoJSON; --top and --status filter."""

from __future__ import annotations

import csv
import io
import json

import pytest

from main import main
from twin.repairs import station_xy
from twin.store import Store


@pytest.fixture
def project(project_path):
    with Store(project_path) as store:
        sx, sy = station_xy(store.crs)
        ox, oy = sx + 10_000, sy
        store.query("INSERT INTO road_segments (id, from_node, to_node, length_m, road_class, emergency_class, geom, "
                    "source_id) VALUES (1, 0, 0, 200, 'municipal', NULL, ST_GeomFromText(?), 1), "
                    "(2, 0, 0, 200, 'national', 1, ST_GeomFromText(?), 1)",
                    [f"LINESTRING ({ox} {oy}, {ox + 200} {oy})", f"LINESTRING ({ox} {oy + 100}, {ox + 200} {oy + 100})"])
        for rid, x, y, status, cls in [(1, ox + 10, oy + 2, "受付済", "D40"), (2, ox + 20, oy, "受付済", "D00"),
                                       (3, ox + 100, oy + 100, "受付済", "D00"), (4, ox + 150, oy, "対応済", "D20"),
                                       (5, ox + 100, oy + 50, "受付済", None)]:
            store.query("INSERT INTO road_reports (id, kind, received_at, status, damage_class, geom, source_id) "
                        "VALUES (?, 'citizen', TIMESTAMPTZ '2025-01-10 10:00:00+09', ?, ?, ST_Point(?, ?), 1)",
                        [rid, status, cls, x, y])
    return str(project_path)


def test_json_runs_the_analysis_first_and_ranks_the_cases(project, capsys):
    assert main(["repairs", "--project", project, "--format", "json"]) == 0
    out = capsys.readouterr()
    items = json.loads(out.out)
    assert "Ran repair-priority" in out.err and "1 report(s)" in out.err         # report 5 is 50 m from both
    assert [list(d) for d in items][0] == ["case_id", "segment_id", "priority", "status", "report_count",
                                           "first_reported", "last_reported", "worst_class", "parts"]
    assert [d["priority"] for d in items] == sorted((d["priority"] for d in items), reverse=True)
    first = items[0]
    assert (first["segment_id"], first["report_count"], first["worst_class"]) == (1, 2, "D40")
    assert sum(first["parts"].values()) == pytest.approx(first["priority"], abs=1e-9)
    assert items[-1]["status"] == "対応済" and items[-1]["priority"] == 0
    # a second call prints the last run's cases without running again
    assert main(["repairs", "--project", project, "--top", "1", "--format", "json"]) == 0
    out = capsys.readouterr()
    assert "Ran" not in out.err and json.loads(out.out) == items[:1]


def test_weights_rerun_and_change_the_ranking(project, capsys):
    assert main(["repairs", "--project", project, "--top", "1", "--format", "json",
                 "--weights", "w_severity=0", "w_emergency=100"]) == 0
    top = json.loads(capsys.readouterr().out)
    assert len(top) == 1 and top[0]["segment_id"] == 2
    assert main(["analysis", "params", "repair-priority", "w_severity=0", "w_road_class=100", "--project",
                 project]) == 0
    capsys.readouterr()
    assert main(["repairs", "--project", project, "--rerun", "--top", "1", "--format", "json"]) == 0
    assert json.loads(capsys.readouterr().out)[0]["segment_id"] == 2


def test_table_csv_geojson_and_status(project, capsys):
    assert main(["repairs", "--project", project]) == 0
    out = capsys.readouterr().out
    assert out.splitlines()[0].split(" | ")[0].strip() == "case_id" and "(3 rows)" in out
    assert main(["repairs", "--project", project, "--format", "csv", "--status", "対応済"]) == 0
    rows = list(csv.DictReader(io.StringIO(capsys.readouterr().out)))
    assert len(rows) == 1 and rows[0]["status"] == "対応済" and json.loads(rows[0]["parts"])["status"] < 0
    assert main(["repairs", "--project", project, "--format", "geojson"]) == 0
    fc = json.loads(capsys.readouterr().out)
    assert fc["type"] == "FeatureCollection" and len(fc["features"]) == 3
    lon, lat = fc["features"][0]["geometry"]["coordinates"]
    assert 136.3 < lon < 136.6 and 36.2 < lat < 36.4
    assert main(["repairs", "--project", project, "--weights", "nonsense=1"]) == 1
    assert "nonsense" in capsys.readouterr().err
