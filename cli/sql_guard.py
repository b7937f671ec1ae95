"""What ``kaga-twin sql`` may do to a project: read by default; with ``--write`` change rows, never the schema.

The statements are found and classified by DuckDB's own parser (``extract_statements``: one
:class:`duckdb.Statement` per statement, with its ``StatementType``). Which objects a DDL statement touches is
decided by DuckDB too: with ``--write`` every statement runs inside one transaction, and around each DDL
statement the project's catalog (``duckdb_tables()``, ``duckdb_views()``: name, oid, definition, comment) is
compared; a statement that dropped, altered, replaced or created a table or view of the schema rolls the whole
transaction back. This holds however the name is spelled (quoted, qualified, ``IF EXISTS``, ``CASCADE``, …).
"""

from __future__ import annotations

from collections.abc import Iterable

import duckdb

from twin import themes
from twin.errors import TwinError

ST = duckdb.StatementType

#: statement types that always change the project (others, e.g. COPY … FROM or nextval(), are stopped by the
#: read-only connection itself, and :func:`is_read_only_error` turns DuckDB's message into the same one)
WRITE_TYPES = frozenset({ST.INSERT, ST.UPDATE, ST.DELETE, ST.CREATE, ST.ALTER, ST.DROP, ST.CREATE_FUNC,
                         ST.VACUUM, ST.ANALYZE, ST.COPY_DATABASE, ST.MERGE_INTO})
#: statement types that only read or change rows; every other statement (DDL, CALL, PRAGMA, COPY, IMPORT …)
#: is checked against the schema's objects
ROW_TYPES = frozenset({ST.SELECT, ST.EXPLAIN, ST.INSERT, ST.UPDATE, ST.DELETE, ST.MERGE_INTO, ST.SET,
                       ST.VARIABLE_SET})

#: the core schema's tables and views (twin/store/migrations and twin/store/migrate.py)
CORE_TABLES = ("sources", "project_meta", "schema_migrations", "theme_migrations", "app_state", "analysis_runs",
               "analysis_params", "import_rejects")
CORE_VIEWS = ("building_risk_summary", "buildings_with_risks")

WRITE_MESSAGE = "this statement changes the project; add --write to run it"

_VERBS = {ST.DROP: "drop", ST.ALTER: "alter", ST.CREATE: "create or replace", ST.CREATE_FUNC: "replace"}


class SqlRefused(TwinError):
    """A statement ``kaga-twin sql`` does not run (nothing was changed)."""


def schema_objects() -> frozenset[str]:
    """Names of the tables and views that belong to the schema: the core's and every registered theme's."""
    return frozenset(CORE_TABLES) | frozenset(CORE_VIEWS) | {spec.name for spec in themes.table_specs()}


def short(sql: str, limit: int = 60) -> str:
    text = " ".join(sql.split())
    return text if len(text) <= limit else text[: limit - 1] + "…"


def statements(cur: duckdb.DuckDBPyConnection, sql: str) -> list[duckdb.Statement]:
    """The statements of ``sql`` as DuckDB parses them (raises :class:`duckdb.Error` on a syntax error)."""
    found = cur.extract_statements(sql)
    if not found:
        raise SqlRefused("no SQL statement given")
    return found


def check_read_only(found: Iterable[duckdb.Statement]) -> None:
    """Refuse statements that write, before anything runs (``sql`` without ``--write``).

    CREATE is left to the read-only connection: temporary tables, views and macros (and the type a PIVOT makes)
    live in memory and are allowed; persistent ones fail there (:func:`is_read_only_error`)."""
    for stmt in found:
        if stmt.type in WRITE_TYPES - {ST.CREATE, ST.CREATE_FUNC}:
            raise SqlRefused(f"{WRITE_MESSAGE}: {short(stmt.query)}. Nothing was changed.")


def check_writable(found: Iterable[duckdb.Statement]) -> None:
    """Refuse what ``--write`` cannot run in its single transaction."""
    for stmt in found:
        if stmt.type in (ST.TRANSACTION, ST.ATTACH, ST.DETACH):
            raise SqlRefused(f"kaga-twin sql --write runs all statements in one transaction of its own; leave out "
                             f"{short(stmt.query, 30)}. Nothing was changed.")


def is_read_only_error(exc: duckdb.Error) -> bool:
    return "read-only mode" in str(exc)


def catalog(cur: duckdb.DuckDBPyConnection, names: frozenset[str]) -> dict[str, tuple]:
    """The project's tables and views named in ``names``: name → (kind, oid, definition, comment)."""
    rows = cur.execute(
        "SELECT table_name, 'table', table_oid, sql, comment::VARCHAR FROM duckdb_tables() "
        "WHERE database_name = current_database() AND schema_name = 'main' AND NOT temporary "
        "UNION ALL SELECT view_name, 'view', view_oid, sql, comment::VARCHAR FROM duckdb_views() "
        "WHERE database_name = current_database() AND schema_name = 'main' AND NOT temporary AND NOT internal"
    ).fetchall()
    return {r[0].lower(): tuple(r[1:]) for r in rows if r[0].lower() in names}


def check_schema_unchanged(stmt: duckdb.Statement, before: dict[str, tuple], after: dict[str, tuple]) -> None:
    """Raise if ``stmt`` changed a schema object (the caller then rolls back)."""
    for name in sorted(set(before) | set(after)):
        if before.get(name) != after.get(name):
            kind = (before.get(name) or after.get(name))[0]
            raise SqlRefused(
                f"{kind} {name} belongs to the project's schema; kaga-twin sql does not "
                f"{_VERBS.get(stmt.type, 'change')} it ({short(stmt.query)}). Nothing was changed. "
                "Rows may be changed with --write; to add your own, use a new name.")


__all__ = ["SqlRefused", "WRITE_MESSAGE", "check_read_only", "check_schema_unchanged", "check_writable",
           "catalog", "is_read_only_error", "schema_objects", "statements"]
