"""Forward-only schema migrations: the core's, recorded in ``schema_migrations``, then each theme's, recorded
in ``theme_migrations``.

Core migrations are the ``NNNN_*.sql`` files in ``twin/store/migrations``. A theme (``twin.themes.Theme``) may
name a package in ``Theme.migrations`` holding its own ``NNNN_*.sql`` files, numbered from 0001 per theme;
they run after the core's (:func:`migrate_themes`), in registration order of the themes. Every migration runs
in its own transaction (a failing one is rolled back and leaves nothing half-created). A project written by a
newer Kaga Twin or a newer version of a theme (a higher version than we know) is refused, never downgraded; one
that needs migrating but was opened read-only raises :class:`MigrationNeeded`. Rows of ``theme_migrations``
for a theme that is not registered in this process are left alone (its tables stay as they are).
"""

from __future__ import annotations

import importlib.resources
import re
from dataclasses import dataclass

import duckdb

from twin.errors import StoreError
from twin.messages import tr


@dataclass(frozen=True)
class Migration:
    version: int
    name: str
    sql: str


def migrations_in(package: str, owner: str = "Kaga Twin") -> list[Migration]:
    """The ``NNNN_name.sql`` files of ``package``, in order; numbering must run 0001, 0002, … without gaps."""
    try:
        folder = importlib.resources.files(package)
    except ModuleNotFoundError:
        raise StoreError(f"The migrations package {package!r} of {owner} cannot be imported; "
                         "check the theme's migrations setting.") from None
    found = []
    for entry in folder.iterdir():
        m = re.fullmatch(r"(\d{4})_(\w+)\.sql", entry.name)
        if m:
            found.append(Migration(int(m.group(1)), m.group(2), entry.read_text(encoding="utf-8")))
    found.sort(key=lambda mig: mig.version)
    for expected, mig in enumerate(found, start=1):
        if mig.version != expected:  # a packaging or theme-authoring error
            raise StoreError(f"Migration numbering of {owner} ({package}) is broken at {mig.version:04d}_{mig.name}.sql "
                             f"(expected {expected:04d}_….sql)")
    return found


def available_migrations() -> list[Migration]:
    """All core migrations shipped with this version, in order."""
    return migrations_in("twin.store.migrations")


def latest_version() -> int:
    return len(available_migrations())


def applied_version(con: duckdb.DuckDBPyConnection) -> int | None:
    """Highest applied migration, or None when the database has no migration table."""
    exists = con.execute(
        "SELECT count(*) FROM information_schema.tables WHERE table_name = 'schema_migrations'"
        " AND table_schema = 'main'").fetchone()[0]
    if not exists:
        return None
    return con.execute("SELECT coalesce(max(version), 0) FROM schema_migrations").fetchone()[0]


def user_table_count(con: duckdb.DuckDBPyConnection) -> int:
    return con.execute("SELECT count(*) FROM information_schema.tables WHERE table_schema = 'main'").fetchone()[0]


class MigrationNeeded(StoreError):
    """A project from an older version was opened read-only, so it could not be brought up to date."""


def migrate(con: duckdb.DuckDBPyConnection, path: str, *, read_only: bool = False) -> int:
    """Bring the database up to :func:`latest_version`; return the version it is at afterwards."""
    migrations = available_migrations()
    latest = len(migrations)
    current = applied_version(con)
    if current is None:
        if user_table_count(con):
            raise StoreError(f"{path} is a DuckDB database but not a Kaga Twin project "
                             "(it has tables but no schema_migrations table); it was left untouched.")
        current = 0
    if current > latest:
        raise StoreError(tr("{path} was written by a newer Kaga Twin (project schema version {current}; this version "
                            "knows up to {latest}). Update Kaga Twin to open it.", path=path, current=current,
                            latest=latest))
    if current == latest:
        return current
    if read_only:
        raise MigrationNeeded(f"{path} needs upgrading from schema version {current} to {latest}, "
                              "but it is read-only. Make it writable, or open a writable copy.")
    if current == 0:
        con.execute("CREATE TABLE IF NOT EXISTS schema_migrations ("
                    "version INTEGER PRIMARY KEY, name VARCHAR NOT NULL, applied_at TIMESTAMP NOT NULL)")
    for mig in migrations[current:]:
        _apply(con, mig, "INSERT INTO schema_migrations VALUES (?, ?, current_timestamp::TIMESTAMP)",
               [mig.version, mig.name])
    return latest


def _apply(con: duckdb.DuckDBPyConnection, mig: Migration, record_sql: str, record_params: list) -> None:
    """Run one migration and record it, in one transaction; on any error roll back and re-raise."""
    con.execute("BEGIN TRANSACTION")
    try:
        con.execute(mig.sql)
        con.execute(record_sql, record_params)
        con.execute("COMMIT")
    except BaseException:
        con.execute("ROLLBACK")
        raise


@dataclass(frozen=True)
class ThemeMigrations:
    """The migrations one theme ships (``Theme.migrations``)."""

    theme: str
    package: str
    migrations: tuple[Migration, ...]


def theme_migrations(themes: list) -> list[ThemeMigrations]:
    """The migrations of every theme in ``themes`` (``twin.themes.Theme`` objects) that names a package."""
    out = []
    for theme in themes:
        if theme.migrations:
            out.append(ThemeMigrations(theme.name, theme.migrations,
                                       tuple(migrations_in(theme.migrations, f"the theme {theme.name!r}"))))
    return out


def applied_theme_versions(con: duckdb.DuckDBPyConnection) -> dict[str, int]:
    """Highest applied migration per theme (empty before core migration 0003 created ``theme_migrations``)."""
    exists = con.execute(
        "SELECT count(*) FROM information_schema.tables WHERE table_name = 'theme_migrations'"
        " AND table_schema = 'main'").fetchone()[0]
    if not exists:
        return {}
    return dict(con.execute("SELECT theme, max(version) FROM theme_migrations GROUP BY theme").fetchall())


def migrate_themes(con: duckdb.DuckDBPyConnection, path: str, themes: list, *, read_only: bool = False
                   ) -> dict[str, int]:
    """Apply the pending migrations of every theme in ``themes`` (after the core's); return the version each
    theme with migrations is at afterwards.

    Refuses a project with a newer version of a theme than this process knows, and raises
    :class:`MigrationNeeded` when migrations are pending but the project is open read-only. All themes are
    checked before any migration runs, so a refusal changes nothing."""
    wanted = theme_migrations(themes)
    applied = applied_theme_versions(con)
    pending: list[tuple[ThemeMigrations, int]] = []
    for tm in wanted:
        current, latest = applied.get(tm.theme, 0), len(tm.migrations)
        if current > latest:
            raise StoreError(tr("{path} was written with a newer version of the theme {theme} (its schema version "
                                "{current}; this Kaga Twin knows up to {latest}). Update Kaga Twin or the theme "
                                "to open it.", path=path, theme=tm.theme, current=current, latest=latest))
        if current < latest:
            pending.append((tm, current))
    if pending and read_only:
        names = ", ".join(f"{tm.theme} {cur} → {len(tm.migrations)}" for tm, cur in pending)
        raise MigrationNeeded(f"{path} needs the tables of theme(s) {names} (schema versions), but it is "
                              "read-only. Make it writable, or open a writable copy.")
    for tm, current in pending:
        for mig in tm.migrations[current:]:
            try:
                _apply(con, mig, "INSERT INTO theme_migrations VALUES (?, ?, ?, current_timestamp::TIMESTAMP)",
                       [tm.theme, mig.version, mig.name])
            except duckdb.Error as exc:
                if isinstance(exc, (duckdb.IOException, duckdb.OutOfMemoryException)):
                    raise   # the disk or memory, not the theme: the store describes it
                raise StoreError(f"{path}: migration {mig.version:04d}_{mig.name}.sql of the theme {tm.theme!r} "
                                 f"failed and was rolled back ({' '.join(str(exc).split())}); the project keeps the theme's schema "
                                 f"version {mig.version - 1}.") from None
    return {tm.theme: len(tm.migrations) for tm in wanted}
