"""Themes bring their own migrations: applied after the core's, each in its own transaction, recorded per theme
in ``theme_migrations``; newer versions refused; read-only handled like the core's. A theme's feature tables
take part in re-import replacement and counts; ones missing from a project are skipped."""

from __future__ import annotations

import hashlib
import itertools
import sys

import pyarrow as pa
import pytest

from twin import themes
from twin.errors import StoreError
from twin.store import Store
from twin.store.migrate import MigrationNeeded
from twin.store.sources import run_source_import
from twin.themes import Label, TableSpec, Theme

_names = itertools.count()


@pytest.fixture
def theme_package(tmp_path, monkeypatch):
    """``make(files)`` writes a package of migration files on sys.path and returns a Theme using it."""

    def make(files: dict[str, str], tables=("kt_events",)) -> Theme:
        pkg = f"kaga_test_theme_{next(_names)}"
        folder = tmp_path / "themes" / pkg
        (folder / "migrations").mkdir(parents=True)
        (folder / "__init__.py").write_text("")
        (folder / "migrations" / "__init__.py").write_text("")
        for name, sql in files.items():
            (folder / "migrations" / name).write_text(sql, encoding="utf-8")
        return Theme(name="kaga_test", title=Label("テスト", "Test"), migrations=f"{pkg}.migrations",
                     tables=tuple(TableSpec(t, Label(t, t)) for t in tables))

    monkeypatch.syspath_prepend(str(tmp_path / "themes"))
    yield make
    for mod in [m for m in sys.modules if m.startswith("kaga_test_theme_")]:
        del sys.modules[mod]


EVENTS = """CREATE TABLE kt_events (name VARCHAR, geom GEOMETRY, source_id INTEGER NOT NULL);"""
NOTES = """CREATE TABLE kt_notes (note VARCHAR, source_id INTEGER NOT NULL);"""


def sha(path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def applied(store: Store, theme: str = "kaga_test") -> list[tuple[int, str]]:
    return store.query("SELECT version, name FROM theme_migrations WHERE theme = ? ORDER BY version", [theme])


def test_a_registered_theme_gets_its_tables_and_nothing_twice(project_path, theme_package):
    theme = theme_package({"0001_events.sql": EVENTS, "0002_notes.sql": NOTES}, tables=("kt_events", "kt_notes"))
    with themes.registered(theme):
        with Store(project_path) as s:
            assert {"kt_events", "kt_notes"} <= set(s.table_names())
            assert applied(s) == [(1, "events"), (2, "notes")]
            assert s.theme_versions["kaga_test"] == 2
        with Store(project_path) as s:      # reopening applies nothing again
            assert applied(s) == [(1, "events"), (2, "notes")]


def test_a_theme_registered_later_gets_its_tables_in_stores_opened_after(project_path, theme_package):
    theme = theme_package({"0001_events.sql": EVENTS})
    early = Store(project_path)
    try:
        with themes.registered(theme):
            assert "kt_events" not in early.table_names()
            # an import into the store opened before: the theme's missing feature table is skipped, not an error
            src = project_path.parent / "a.txt"
            src.write_text("a")
            rep = run_source_import(early, src, importer="t", importer_version="1", files=[src], body=lambda w: None)
            assert rep.counts == {}
            early.close()
            with Store(project_path) as s:
                assert "kt_events" in s.table_names() and applied(s) == [(1, "events")]
    finally:
        early.close()


def test_a_new_migration_of_the_theme_is_applied_on_the_next_open(project_path, theme_package):
    with themes.registered(theme_package({"0001_events.sql": EVENTS})):
        Store(project_path).close()
    with themes.registered(theme_package({"0001_events.sql": EVENTS, "0002_notes.sql": NOTES})):
        with Store(project_path) as s:
            assert applied(s) == [(1, "events"), (2, "notes")] and "kt_notes" in s.table_names()


def test_a_failing_theme_migration_leaves_nothing_half_created(project_path, theme_package):
    bad = "CREATE TABLE kt_notes (note VARCHAR, source_id INTEGER);\nCREATE TABLE kt_broken (x NOSUCHTYPE);"
    theme = theme_package({"0001_events.sql": EVENTS, "0002_notes.sql": bad})
    with themes.registered(theme):
        with pytest.raises(StoreError, match=r"migration 0002_notes\.sql of the theme 'kaga_test' failed and was "
                                             r"rolled back .*NOSUCHTYPE.*schema version 1"):
            Store(project_path)
    with Store(project_path) as s:
        assert "kt_events" in s.table_names()           # 0001 committed before 0002 failed
        assert "kt_notes" not in s.table_names()        # 0002's first statement rolled back with it
        assert applied(s) == [(1, "events")]


def test_a_newer_theme_version_is_refused_and_untouched(project_path, theme_package):
    theme = theme_package({"0001_events.sql": EVENTS})
    with themes.registered(theme):
        with Store(project_path) as s:
            s.query("INSERT INTO theme_migrations VALUES ('kaga_test', 7, 'future', now()::TIMESTAMP)")
        before = sha(project_path)
        with pytest.raises(StoreError, match=r"newer version of the theme kaga_test \(its schema version 7; this "
                                             r"Kaga Twin knows up to 1\)"):
            Store(project_path)
        assert sha(project_path) == before
    with Store(project_path) as s:  # without the theme registered, its rows are left alone
        assert applied(s)[-1] == (7, "future")


def test_pending_theme_migrations_and_read_only(project_path, theme_package):
    Store(project_path).close()
    theme = theme_package({"0001_events.sql": EVENTS})
    with themes.registered(theme):
        # opened read-only by choice (kaga-twin info --read-only, render): brought up to date first
        with Store(project_path, read_only=True) as s:
            assert s.read_only and s.read_only_by_choice and "kt_events" in s.table_names()
    other = theme_package({"0001_events.sql": EVENTS.replace("kt_events", "kt_more")}, tables=("kt_more",))
    other = Theme(name="kaga_test_2", title=other.title, migrations=other.migrations, tables=other.tables)
    project_path.chmod(0o444)
    try:
        before = sha(project_path)
        with themes.registered(other):
            with pytest.raises(MigrationNeeded, match=r"needs the tables of theme\(s\) kaga_test_2 0 → 1 .* read-only"):
                Store(project_path)
            with pytest.raises(MigrationNeeded):
                Store(project_path, read_only=True)     # by choice, but the file cannot be written either
        assert sha(project_path) == before
    finally:
        project_path.chmod(0o644)


def test_broken_numbering_is_a_clear_error(project_path, theme_package):
    theme = theme_package({"0001_events.sql": EVENTS, "0003_notes.sql": NOTES})
    with themes.registered(theme):
        with pytest.raises(StoreError, match=r"numbering of the theme 'kaga_test' .* broken at 0003_notes\.sql"):
            Store(project_path)


def test_a_themes_feature_table_is_replaced_on_reimport_and_counted(project_path, theme_package, tmp_path):
    theme = theme_package({"0001_events.sql": EVENTS})
    src = tmp_path / "events.txt"
    src.write_text("x")

    def body(w):
        w.insert_arrow("kt_events", pa.table({"name": ["a", "b"]}))

    with themes.registered(theme), Store(project_path) as s:
        first = run_source_import(s, src, importer="t", importer_version="1", files=[src], body=body,
                                  tables=("kt_events",))
        again = run_source_import(s, src, importer="t", importer_version="1", files=[src], body=body,
                                  tables=("kt_events",))
        assert first.counts == again.counts == {"kt_events": 2}
        assert again.replaced_sources == [first.source_id]
        assert s.query("SELECT count(*) FROM kt_events")[0][0] == 2
