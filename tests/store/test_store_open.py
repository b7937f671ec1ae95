"""Opening, creating and migrating project files, and the clear errors for unusable ones."""

from __future__ import annotations

import hashlib
import os
import subprocess
import sys
from pathlib import Path

import duckdb
import pytest

from twin.errors import StoreError
from twin.store import Store, migrate as migrate_mod
from twin.store.migrate import Migration, available_migrations


def sha(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def test_new_project_has_schema_crs_and_spatial(project_path):
    with Store(project_path) as s:
        assert s.schema_version == len(available_migrations())
        assert s.crs == "EPSG:6675"
        tables = set(s.table_names())
        assert {"buildings", "building_surfaces", "building_risks", "roads", "sources", "rasters",
                "schema_migrations", "project_meta", "app_state"} <= tables
        # spatial functions work offline
        assert s.query("SELECT ST_Area(ST_GeomFromText('POLYGON((0 0,2 0,2 3,0 3,0 0))'))")[0][0] == 6.0
    with Store(project_path) as s:  # reopening applies nothing twice
        assert s.query("SELECT count(*) FROM schema_migrations")[0][0] == len(available_migrations())


def test_crs_is_stored_in_the_project(project_path):
    with Store(project_path, crs="EPSG:6676") as s:
        assert s.crs == "EPSG:6676"
    with Store(project_path) as s:
        assert s.crs == "EPSG:6676"


def test_app_state_round_trip(store):
    store.set_app_state("layers", [{"name": "建物", "visible": True}])
    assert store.app_state("layers") == [{"name": "建物", "visible": True}]
    assert store.app_state("missing", default=7) == 7


def make_version_1(path: Path) -> None:
    """A project as Kaga Twin wrote it before migration 0002 (only 0001 applied, no theme migrations)."""
    from twin.store.spatial import load_spatial

    con = duckdb.connect(str(path))
    try:
        load_spatial(con)
        con.execute("CREATE TABLE schema_migrations (version INTEGER PRIMARY KEY, name VARCHAR NOT NULL, "
                    "applied_at TIMESTAMP NOT NULL)")
        con.execute(available_migrations()[0].sql)
        con.execute("INSERT INTO schema_migrations VALUES (1, 'init', now()::TIMESTAMP)")
        con.execute("INSERT INTO project_meta VALUES ('crs', 'EPSG:6675')")
    finally:
        con.close()


def test_a_version_1_project_gets_the_flood_summary_views(project_path):
    """Projects made before migration 0002 gain ``buildings_with_risks`` when opened."""
    make_version_1(project_path)
    with duckdb.connect(str(project_path)) as s:
        s.execute("INSERT INTO buildings (id, gml_id, source_id) VALUES (1, 'b1', 1), (2, 'b2', 1)")
        s.execute("INSERT INTO building_risks (gml_id, risk_type, depth_m, source_id) VALUES "
                  "('b1', 'river_flood', 1.5, 1), ('b1', 'river_flood', 0.4, 1), ('b1', 'landslide', NULL, 1)")
    with Store(project_path, read_only=True) as s:   # e.g. kaga-twin render on a project from before
        assert s.schema_version == len(available_migrations()) and s.read_only
        assert s.query("SELECT id, max_flood_depth, risk_count FROM buildings_with_risks ORDER BY id") == [
            (1, 1.5, 3), (2, None, 0)]


def test_an_older_project_in_a_read_only_file_is_refused_with_the_reason(project_path):
    make_version_1(project_path)
    project_path.chmod(0o444)
    latest = len(available_migrations())
    try:
        with pytest.raises(StoreError, match=f"needs upgrading from schema version 1 to {latest}, but it is read-only"):
            Store(project_path)
    finally:
        project_path.chmod(0o644)


def test_older_project_is_migrated_forward(project_path, monkeypatch):
    with Store(project_path) as s:
        s.query("INSERT INTO project_meta VALUES ('note', 'kept')")
    extra = Migration(len(available_migrations()) + 1, "add_test_column",
                      "ALTER TABLE buildings ADD COLUMN test_column INTEGER;")
    monkeypatch.setattr(migrate_mod, "available_migrations", lambda: [*available_migrations(), extra])
    with Store(project_path) as s:
        assert s.schema_version == extra.version
        assert "test_column" in [r[0] for r in s.query(
            "SELECT column_name FROM information_schema.columns WHERE table_name = 'buildings'")]
        assert s.meta("note") == "kept"
        assert [r[0] for r in s.query("SELECT version FROM schema_migrations ORDER BY version")][-1] == extra.version


def test_a_failing_migration_is_rolled_back_and_leaves_nothing_half_created(project_path, monkeypatch):
    """A migration that fails half-way (its first statements ran) leaves the schema version and every table as
    they were, on the connection that ran it too, and the project opens again once the migration is fixed."""
    from twin.store.spatial import load_spatial

    Store(project_path).close()
    version = len(available_migrations())
    broken = Migration(version + 1, "half_done",
                       "CREATE TABLE half_done (x INTEGER);\n"
                       "ALTER TABLE buildings ADD COLUMN half_column INTEGER;\n"
                       "INSERT INTO project_meta VALUES ('half', 'done');\n"
                       "CREATE TABLE buildings (x INTEGER);\n")            # fails: the table exists
    monkeypatch.setattr(migrate_mod, "available_migrations", lambda: [*available_migrations(), broken])

    def untouched(con) -> None:
        assert migrate_mod.applied_version(con) == version
        tables = {r[0] for r in con.execute("SELECT table_name FROM information_schema.tables").fetchall()}
        assert "half_done" not in tables
        columns = {r[0] for r in con.execute("SELECT column_name FROM information_schema.columns "
                                             "WHERE table_name = 'buildings'").fetchall()}
        assert "half_column" not in columns
        assert con.execute("SELECT count(*) FROM project_meta WHERE key = 'half'").fetchone()[0] == 0

    # the connection that ran the migration is still usable and sees the schema as it was
    con = duckdb.connect(str(project_path))
    try:
        load_spatial(con)
        with pytest.raises(duckdb.Error, match="already exists"):
            migrate_mod.migrate(con, str(project_path))
        untouched(con)
    finally:
        con.close()
    # through the store: a clear error, and the file is as it was
    with pytest.raises(StoreError, match="already exists"):
        Store(project_path)
    con = duckdb.connect(str(project_path), read_only=True)
    try:
        untouched(con)
    finally:
        con.close()
    monkeypatch.undo()
    with Store(project_path) as s:
        assert s.schema_version == version


def test_newer_project_is_refused_and_untouched(project_path):
    with Store(project_path) as s:
        s.query("INSERT INTO schema_migrations VALUES (99, 'future', now()::TIMESTAMP)")
    before = sha(project_path)
    with pytest.raises(StoreError, match=r"newer Kaga Twin.*version 99.*knows up to"):
        Store(project_path)
    assert sha(project_path) == before


def test_foreign_duckdb_database_is_refused(tmp_path):
    path = tmp_path / "other.duckdb"
    con = duckdb.connect(str(path))
    con.execute("CREATE TABLE invoices(id INT)")
    con.close()
    before = sha(path)
    with pytest.raises(StoreError, match="not a Kaga Twin project"):
        Store(path)
    assert sha(path) == before


@pytest.mark.parametrize("content, why", [(b"", "empty"), (os.urandom(4096), "not a DuckDB database"),
                                          (b"PK\x03\x04 not really a zip", "not a DuckDB database")])
def test_non_duckdb_files_give_clear_errors(tmp_path, content, why):
    path = tmp_path / "broken.duckdb"
    path.write_bytes(content)
    with pytest.raises(StoreError) as err:
        Store(path)
    assert str(path) in str(err.value) and why in str(err.value)
    assert path.read_bytes() == content


def test_missing_folder_and_folder_as_project(tmp_path):
    with pytest.raises(StoreError, match="does not exist"):
        Store(tmp_path / "nope" / "p.duckdb")
    with pytest.raises(StoreError, match="is a folder"):
        Store(tmp_path)


HOLDER = """
import sys, time, duckdb
con = duckdb.connect(sys.argv[1])
print("ready", flush=True)
time.sleep(60)
"""


@pytest.fixture
def held_project(project_path):
    """A project file held open by another process."""
    Store(project_path).close()
    proc = subprocess.Popen([sys.executable, "-c", HOLDER, str(project_path)], stdout=subprocess.PIPE, text=True)
    assert proc.stdout.readline().strip() == "ready"
    yield project_path, proc.pid
    proc.kill()
    proc.wait()


def test_project_held_by_another_process(held_project):
    path, pid = held_project
    with pytest.raises(StoreError) as err:
        Store(path)
    msg = str(err.value)
    # the lock error itself: which file, that another program holds it, and which one
    assert str(path) in msg and "open in another program" in msg and f"PID {pid}" in msg
    assert "Traceback" not in msg and "IO Error" not in msg
    # read-only opening is refused the same way (DuckDB's lock is exclusive), and the holder keeps its file
    with pytest.raises(StoreError, match="open in another program"):
        Store(path, read_only=True)


def test_read_only_file_opens_read_only_and_refuses_writes(project_path):
    Store(project_path).close()
    project_path.chmod(0o444)
    try:
        before = sha(project_path)
        with Store(project_path) as s:
            assert s.read_only
            assert s.query("SELECT count(*) FROM buildings")[0][0] == 0
            with pytest.raises(StoreError, match="read-only"):
                s.set_meta("x", "y")
        assert sha(project_path) == before
    finally:
        project_path.chmod(0o644)


def test_cannot_create_in_read_only_folder(tmp_path):
    folder = tmp_path / "ro"
    folder.mkdir()
    folder.chmod(0o555)
    try:
        with pytest.raises(StoreError, match="read-only"):
            Store(folder / "p.duckdb")
        assert not (folder / "p.duckdb").exists()
    finally:
        folder.chmod(0o755)
