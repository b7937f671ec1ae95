"""The kaga-twin command line: sql, info, and errors without tracebacks."""

from __future__ import annotations

import csv
import io
import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from main import main
from twin.store import Store

ROOT = Path(__file__).resolve().parents[2]


def kaga(*args: str, env_home: Path | None = None) -> subprocess.CompletedProcess:
    env = dict(os.environ)
    if env_home:
        env["KAGA_TWIN_HOME"] = str(env_home)
    return subprocess.run([sys.executable, str(ROOT / "main.py"), *args], capture_output=True, text=True,
                          env=env, timeout=300)


@pytest.fixture
def small_project(project_path):
    with Store(project_path) as s:
        s.query("INSERT INTO sources (id, path, sha256, importer, importer_version, imported_at) "
                "VALUES (1, '/data/x.gml', 'abc', 'test', '1', now()::TIMESTAMP)")
        s.query("INSERT INTO buildings (gml_id, name, measured_height, footprint, source_id) VALUES "
                "('b1', '加賀温泉駅', 21.5, ST_GeomFromText('POLYGON((0 0, 10 0, 10 10, 0 10, 0 0))'), 1), "
                "('b2', NULL, 6.0, ST_GeomFromText('POLYGON((100 50, 110 50, 110 60, 100 60, 100 50))'), 1)")
    return project_path


def test_sql_table_csv_json(small_project, capsys):
    q = "SELECT gml_id, name, measured_height, footprint FROM buildings ORDER BY gml_id"
    assert main(["sql", q, "--project", str(small_project)]) == 0
    out = capsys.readouterr().out
    assert "加賀温泉駅" in out and "POLYGON ((0 0, 10 0" in out and "(2 rows)" in out and "NULL" in out

    assert main(["sql", q, "--project", str(small_project), "--format", "csv"]) == 0
    rows = list(csv.DictReader(io.StringIO(capsys.readouterr().out)))
    assert [r["gml_id"] for r in rows] == ["b1", "b2"] and rows[0]["measured_height"] == "21.5"
    assert rows[1]["name"] == ""

    assert main(["sql", q, "--project", str(small_project), "--format", "json"]) == 0
    data = json.loads(capsys.readouterr().out)
    assert data[0]["name"] == "加賀温泉駅" and data[0]["footprint"].startswith("POLYGON")


def test_sql_prints_spatial_values_as_text(small_project, capsys):
    q = ("SELECT ST_GeometryType(footprint) AS t, ST_Centroid(footprint)::POINT_2D AS c, count(*) AS n "
         "FROM buildings GROUP BY ALL ORDER BY c")
    assert main(["sql", q, "--project", str(small_project), "--format", "csv"]) == 0
    assert capsys.readouterr().out.splitlines() == ["t,c,n", "POLYGON,POINT (5 5),1", "POLYGON,POINT (105 55),1"]


def test_sql_statement_and_error(small_project, capsys):
    assert main(["sql", "CREATE VIEW tall AS SELECT * FROM buildings WHERE measured_height > 10",
                 "--project", str(small_project), "--write"]) == 0
    assert capsys.readouterr().out.strip() == "OK"
    assert main(["sql", "SELECT count(*) AS n FROM tall", "--project", str(small_project), "--format", "csv"]) == 0
    assert capsys.readouterr().out.splitlines() == ["n", "1"]
    assert main(["sql", "SELECT nope FROM buildings", "--project", str(small_project)]) == 1
    err = capsys.readouterr().err
    assert "SQL failed" in err and "nope" in err


def test_info_lists_tables_sources_crs_extent(small_project, capsys):
    assert main(["info", "--project", str(small_project)]) == 0
    out = capsys.readouterr().out
    assert str(small_project) in out and "EPSG:6675" in out
    assert "buildings" in out and "/data/x.gml" in out
    assert "x 0.0 … 110.0" in out and "y 0.0 … 60.0" in out


def test_info_read_only_reports_the_same_and_changes_nothing(small_project, capsys):
    import hashlib

    assert main(["info", "--project", str(small_project)]) == 0
    writable = capsys.readouterr().out
    digest = hashlib.sha256(small_project.read_bytes()).hexdigest()
    mtime = small_project.stat().st_mtime_ns
    assert main(["info", "--read-only", "--project", str(small_project)]) == 0
    out = capsys.readouterr().out
    schema = next(line for line in out.splitlines() if line.startswith("Schema"))
    assert schema.endswith("(read-only)")
    assert "(read-only)" not in writable
    # everything else is reported exactly as when opened for writing
    assert [v for v in out.splitlines() if not v.startswith("Schema")] == \
        [v for v in writable.splitlines() if not v.startswith("Schema")]
    assert "EPSG:6675" in out and "/data/x.gml" in out and "x 0.0 … 110.0" in out
    assert hashlib.sha256(small_project.read_bytes()).hexdigest() == digest
    assert small_project.stat().st_mtime_ns == mtime
    assert not Path(str(small_project) + ".wal").exists()


def test_info_read_only_on_a_write_protected_file(small_project, capsys):
    small_project.chmod(0o444)
    try:
        assert main(["info", "--read-only", "--project", str(small_project)]) == 0
        out = capsys.readouterr().out
        assert "(read-only)" in out and "buildings" in out and "/data/x.gml" in out
    finally:
        small_project.chmod(0o644)


def test_info_read_only_of_a_missing_project_says_so(tmp_path, capsys):
    missing = tmp_path / "nope.duckdb"
    assert main(["info", "--read-only", "--project", str(missing)]) == 1
    err = capsys.readouterr().err
    assert str(missing) in err and "Traceback" not in err
    assert not missing.exists()


def test_errors_have_no_traceback(tmp_path):
    bad = tmp_path / "bad.duckdb"
    bad.write_bytes(b"\x00garbage" * 100)
    res = kaga("info", "--project", str(bad))
    assert res.returncode == 1
    assert "not a Kaga Twin project" in res.stderr and str(bad) in res.stderr
    assert "Traceback" not in res.stderr

    res = kaga("import", str(tmp_path / "missing.gml"), "--project", str(tmp_path / "p.duckdb"))
    assert res.returncode == 1 and "no such file or folder" in res.stderr and "Traceback" not in res.stderr


def test_unknown_format_is_refused_with_the_supported_list(tmp_path, project_path):
    odd = tmp_path / "notes.txt"
    odd.write_text("hello\n")
    res = kaga("import", str(odd), "--project", str(project_path))
    assert res.returncode == 1 and "notes.txt" in res.stderr and "Supported:" in res.stderr
    assert "Traceback" not in res.stderr
    with Store(project_path) as s:
        assert s.sources() == []


def test_empty_file_and_folder_without_inputs_say_so(tmp_path, project_path):
    empty = tmp_path / "54363288_bldg_6697_op.gml"
    empty.write_bytes(b"")
    folder = tmp_path / "download"
    (folder / "udx" / "bldg").mkdir(parents=True)
    (folder / "readme.txt").write_text("nothing here\n")
    res = kaga("import", str(empty), "--project", str(project_path))
    assert res.returncode == 1 and f"{empty.name}: the file is empty (0 bytes)" in res.stderr
    res = kaga("import", str(folder), "--project", str(project_path))
    assert res.returncode == 1 and "download: this folder is not in a format" in res.stderr
    assert "no importable files" in res.stderr and "Traceback" not in res.stderr
    with Store(project_path) as s:
        assert s.sources() == []


def test_locked_project_via_cli(small_project):
    holder = subprocess.Popen([sys.executable, "-c",
                               "import sys,time,duckdb; c=duckdb.connect(sys.argv[1]); print('ready', flush=True); "
                               "time.sleep(60)", str(small_project)], stdout=subprocess.PIPE, text=True)
    try:
        assert holder.stdout.readline().strip() == "ready"
        res = kaga("sql", "SELECT 1", "--project", str(small_project))
        assert res.returncode == 1 and "open in another program" in res.stderr and "Traceback" not in res.stderr
    finally:
        holder.kill()
        holder.wait()
