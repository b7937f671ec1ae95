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
            store.query("INSERT INTO road_reports (kind, received_at, status, damage_class, geom, source_id) "
                        "VALUES ('citizen', TIMESTAMPTZ '2025-01-10 10:00:00+09', ?, ?, ST_Point(?, ?), 1)",
                        [status, cls, x, y])
            assert store.query("SELECT max(id) FROM road_reports")[0][0] == rid
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


def test_status_with_a_note_then_show_prints_parts_reports_and_history(project, capsys):
    assert main(["repairs", "--project", project, "--format", "json"]) == 0
    top = json.loads(capsys.readouterr().out)[0]
    cid = top["case_id"]
    assert main(["repairs", "status", str(cid), "対応中", "--note", "業者手配", "--project", project]) == 0
    out = capsys.readouterr().out
    assert f"Case {cid}: 対応中 (2 of 2 report(s) changed; priority now {top['priority'] / 2:g})" in out
    assert main(["repairs", "show", str(cid), "--project", project, "--format", "json"]) == 0
    shown = json.loads(capsys.readouterr().out)
    assert shown["status"] == "対応中" and len(shown["reports"]) == 2
    assert [(h["status_from"], h["status"], h["note"]) for h in shown["history"]] == [("受付済", "対応中", "業者手配")]
    assert sum(shown["parts"].values()) == pytest.approx(shown["priority"], abs=1e-9)
    assert main(["repairs", "show", str(cid), "--project", project]) == 0
    text = capsys.readouterr().out
    assert "Score parts:" in text and "受付済 → 対応中  業者手配" in text
    # the list shows the new status without running the analysis again
    assert main(["repairs", "--project", project, "--status", "対応中", "--format", "json"]) == 0
    out = capsys.readouterr()
    assert "Ran" not in out.err and [d["case_id"] for d in json.loads(out.out)] == [cid]


def test_status_refuses_an_unknown_case_or_status(project, capsys):
    assert main(["repairs", "--project", project, "--format", "json"]) == 0
    capsys.readouterr()
    assert main(["repairs", "status", "999", "対応中", "--project", project]) != 0
    assert "no repair case 999" in capsys.readouterr().err
    with pytest.raises(SystemExit):
        main(["repairs", "status", "1", "finished", "--project", project])


def test_an_import_after_the_last_run_makes_repairs_run_again(project, capsys, tmp_path):
    assert main(["repairs", "--project", project, "--format", "json"]) == 0
    capsys.readouterr()
    csv_path = tmp_path / "more.csv"
    csv_path.write_text("受付番号,状態,緯度,経度,投稿日時\n9001,受付済,36.32,136.35,2025-02-01 09:00\n",
                        encoding="utf-8")
    assert main(["import", str(csv_path), "--project", project]) == 0
    capsys.readouterr()
    assert main(["repairs", "--project", project, "--format", "json"]) == 0
    err = capsys.readouterr().err
    assert "changed since its last run (run 1)" in err and "road_reports" in err and "Ran repair-priority" in err


def test_export_writes_work_orders_through_the_command_line(project, capsys, tmp_path):
    import pyogrio
    assert main(["repairs", "--project", project, "--format", "json"]) == 0
    open_cases = [d for d in json.loads(capsys.readouterr().out) if d["status"] != "対応済"]
    out_csv, out_gpkg, out_pdf = tmp_path / "wo.csv", tmp_path / "wo.gpkg", tmp_path / "wo.pdf"
    assert main(["repairs", "export", "--csv", str(out_csv), "--gpkg", str(out_gpkg), "--pdf", str(out_pdf),
                 "--project", project]) == 0
    rows = list(csv.DictReader(io.StringIO(out_csv.read_text(encoding="utf-8-sig"))))
    assert sorted(int(r["補修案件"]) for r in rows) == sorted(d["case_id"] for d in open_cases)
    assert len(pyogrio.read_dataframe(out_gpkg, layer="work_orders")) == len(open_cases)
    assert out_pdf.read_bytes()[:5] == b"%PDF-"
