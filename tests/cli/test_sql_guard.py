"""kaga-twin sql: read-only unless --write; with --write rows change but the schema's tables and views do not;
long values cut in the table format are announced."""

from __future__ import annotations

import csv
import io

import pytest

from cli.sql_guard import schema_objects
from main import main
from twin import themes
from twin.store import Store


@pytest.fixture
def project(project_path):
    with Store(project_path) as s:
        s.query("INSERT INTO app_state VALUES ('k', '1'), ('note', '\"x\"')")
    return project_path


def sql(project, query, *extra):
    return main(["sql", query, "--project", str(project), *extra])


def app_state_rows(project):
    with Store(project, read_only=True) as s:
        return sorted(s.query("SELECT key, value FROM app_state"))


def catalog(project):
    with Store(project, read_only=True) as s:
        return sorted(s.query("SELECT table_name, sql FROM duckdb_tables() UNION ALL "
                              "SELECT view_name, sql FROM duckdb_views() WHERE NOT internal"))


def test_select_runs_without_write(project, capsys):
    assert sql(project, "SELECT key FROM app_state ORDER BY key", "--format", "csv") == 0
    assert capsys.readouterr().out.splitlines() == ["key", "k", "note"]


@pytest.mark.parametrize("query", [
    "DELETE FROM app_state",
    "UPDATE app_state SET value = '2'",
    "INSERT INTO app_state VALUES ('new', '3')",
    "DROP VIEW buildings_with_risks",
    "CREATE TABLE mine (a INTEGER)",
    "CREATE OR REPLACE VIEW buildings_with_risks AS SELECT 1 AS a",
    "SELECT 1; DELETE FROM app_state",
    "SELECT nextval('source_id_seq')",   # not a write by its type: the read-only connection stops it
])
def test_writes_need_write(project, capsys, query):
    before, schema = app_state_rows(project), catalog(project)
    assert sql(project, query) == 1
    err = capsys.readouterr().err
    assert "this statement changes the project; add --write to run it" in err
    assert len(err.strip().splitlines()) == 1 and "Traceback" not in err
    assert app_state_rows(project) == before and catalog(project) == schema


def test_temporary_objects_need_no_write(project, capsys):
    schema = catalog(project)
    assert sql(project, "CREATE TEMP TABLE t AS SELECT 2 AS a; SELECT a * 2 AS b FROM t", "--format", "csv") == 0
    assert capsys.readouterr().out.splitlines() == ["b", "4"]
    assert catalog(project) == schema


def test_write_allows_row_changes(project, capsys):
    assert sql(project, "DELETE FROM app_state WHERE key = 'k'", "--write") == 0
    assert capsys.readouterr().out.strip() == "OK"
    assert sql(project, "INSERT INTO app_state VALUES ('a', '1'); UPDATE app_state SET value = '9' WHERE key = 'a'",
               "--write") == 0
    assert app_state_rows(project) == [("a", "9"), ("note", '"x"')]


def test_write_allows_objects_of_ones_own(project, capsys):
    assert sql(project, "CREATE TABLE mine (a INTEGER); INSERT INTO mine VALUES (1), (2); "
                        "CREATE VIEW mine_v AS SELECT sum(a) AS s FROM mine; SELECT * FROM mine_v",
               "--write", "--format", "csv") == 0
    assert capsys.readouterr().out.splitlines() == ["s", "3"]
    assert sql(project, "DROP VIEW mine_v; ALTER TABLE mine ADD COLUMN b INTEGER", "--write") == 0


@pytest.mark.parametrize("query, name", [
    ("DROP VIEW buildings_with_risks", "view buildings_with_risks"),
    ('DROP VIEW IF EXISTS "main"."Building_Risk_Summary"', "view building_risk_summary"),
    ("DROP TABLE sources CASCADE", "table sources"),
    ("DROP TABLE schema_migrations", "table schema_migrations"),
    ("ALTER TABLE buildings ADD COLUMN extra INTEGER", "table buildings"),
    ("ALTER TABLE buildings RENAME TO old_buildings", "table buildings"),
    ("ALTER VIEW buildings_with_risks RENAME TO b", "view buildings_with_risks"),
    ("CREATE OR REPLACE VIEW buildings_with_risks AS SELECT * FROM buildings", "view buildings_with_risks"),
    ("CREATE OR REPLACE TABLE project_meta AS SELECT * FROM project_meta", "table project_meta"),
])
def test_write_protects_the_schema(project, capsys, query, name):
    schema, rows = catalog(project), app_state_rows(project)
    assert sql(project, query, "--write") == 1
    err = capsys.readouterr().err
    assert name in err and "belongs to the project's schema" in err and "Traceback" not in err
    assert catalog(project) == schema and app_state_rows(project) == rows


def test_every_statement_is_checked_and_a_refusal_changes_nothing(project, capsys):
    schema = catalog(project)
    query = ("DELETE FROM app_state; CREATE TABLE mine (a INTEGER); "
             "SELECT 1; DROP VIEW buildings_with_risks; INSERT INTO app_state VALUES ('late', '1')")
    assert sql(project, query, "--write") == 1
    assert "view buildings_with_risks" in capsys.readouterr().err
    assert catalog(project) == schema                       # mine was not kept
    assert app_state_rows(project) == [("k", "1"), ("note", '"x"')]  # the DELETE was rolled back
    # and without --write the write is found wherever it is
    assert sql(project, "SELECT 1; SELECT 2; DROP TABLE mine") == 1
    assert "add --write" in capsys.readouterr().err


def test_render_still_works_after_a_refused_drop(project, capsys):
    sql(project, "DROP VIEW buildings_with_risks", "--write")
    capsys.readouterr()
    assert sql(project, "SELECT count(*) AS n FROM buildings_with_risks", "--format", "csv") == 0
    assert capsys.readouterr().out.splitlines() == ["n", "0"]


def test_schema_objects_include_the_themes_tables():
    names = schema_objects()
    assert {s.name for s in themes.table_specs()} <= names
    assert {"sources", "project_meta", "schema_migrations", "theme_migrations", "app_state", "analysis_runs",
            "analysis_params", "import_rejects", "building_risk_summary", "buildings_with_risks"} <= names


def test_long_values_are_announced_in_the_table_format(project, capsys):
    q = "SELECT repeat('x', 100) AS long, 'short' AS s, repeat('z', 70) AS other"
    assert sql(project, q) == 0
    out, err = capsys.readouterr()
    assert "x" * 59 + "…" in out and "z" * 59 + "…" in out
    assert out.rstrip().splitlines()[-1] == "(1 row)"      # the table itself stays clean for pipes
    assert err.strip() == ("note: long values in columns long, other are cut to 60 characters (ending in …); "
                           "--wide, --format csv or --format json print them whole")
    assert sql(project, q, "--format", "csv") == 0
    out, err = capsys.readouterr()
    assert list(csv.reader(io.StringIO(out)))[1] == ["x" * 100, "short", "z" * 70] and err == ""
    assert sql(project, q, "--wide") == 0
    out, err = capsys.readouterr()
    assert "x" * 100 + " | short | " + "z" * 70 in out and "…" not in out and err == ""

    assert sql(project, "SELECT 'short' AS s, repeat('y', 60) AS exactly_60") == 0
    assert capsys.readouterr().err == ""
    assert sql(project, "SELECT repeat('y', 61) AS one") == 0
    assert "in column one are cut" in capsys.readouterr().err
