"""Forward-only schema migrations recorded in ``schema_migrations``.

Migrations are the ``NNNN_*.sql`` files in ``twin/store/migrations``; each runs in its own transaction.
A project written by a newer Kaga Twin (a higher version than we know) is refused, never downgraded.
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


def available_migrations() -> list[Migration]:
    """All migrations shipped with this version, in order."""
    folder = importlib.resources.files("twin.store.migrations")
    found = []
    for entry in folder.iterdir():
        m = re.fullmatch(r"(\d{4})_(\w+)\.sql", entry.name)
        if m:
            found.append(Migration(int(m.group(1)), m.group(2), entry.read_text(encoding="utf-8")))
    found.sort(key=lambda mig: mig.version)
    for expected, mig in enumerate(found, start=1):
        if mig.version != expected:  # pragma: no cover - packaging error
            raise StoreError(f"Migration numbering is broken at {mig.version:04d}_{mig.name}.sql")
    return found


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
        con.execute("BEGIN TRANSACTION")
        try:
            con.execute(mig.sql)
            con.execute("INSERT INTO schema_migrations VALUES (?, ?, current_timestamp::TIMESTAMP)",
                        [mig.version, mig.name])
            con.execute("COMMIT")
        except Exception:
            con.execute("ROLLBACK")
            raise
    return latest
