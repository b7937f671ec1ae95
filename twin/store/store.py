"""The project store: one DuckDB file with the spatial extension, owned by one :class:`Store`.

Exactly one object owns the connection. Worker threads take :meth:`Store.cursor` (cursors share the
database instance, its spatial extension and its transactions model). Errors from DuckDB about locks,
foreign files, permissions and full disks are turned into :class:`~twin.errors.StoreError` messages.
"""

from __future__ import annotations

import contextlib
import errno
import json
import os
import re
import threading
from collections.abc import Iterator, Sequence
from pathlib import Path
from typing import Any

import duckdb
import pyarrow as pa

from twin import themes
from twin.crs import DEFAULT_CRS, check_project_crs

#: the time zone DuckDB shows and casts TIMESTAMPTZ values in (the twin's clock uses the same)
PROJECT_TIME_ZONE = "Asia/Tokyo"
from twin.errors import StoreError
from twin.messages import tr
from twin.store.migrate import MigrationNeeded, migrate, migrate_themes
from twin.store.spatial import CONNECT_CONFIG, load_spatial


def describe_duckdb_error(path: str | Path, exc: BaseException) -> str:
    """Turn a DuckDB/OS error about the project file into a sentence for the user."""
    text = str(exc)
    m = re.search(r"Conflicting lock is held in (.*?) \(PID (\d+)\)", text)
    if m or "Could not set lock" in text:
        who = tr(" by {name} (PID {pid})", name=Path(m.group(1)).name, pid=m.group(2)) if m else ""
        return tr("{path} is open in another program{who}. Close it there, or work on a copy; nothing was changed.",
                  path=path, who=who)
    if "not a valid DuckDB database file" in text or "Invalid Input Error: Attempting to open" in text:
        return tr("{path} is not a Kaga Twin project: it is not a DuckDB database file.", path=path)
    if "No space left on device" in text or getattr(exc, "errno", None) == errno.ENOSPC:
        return tr("The disk holding {path} is full; nothing was changed. Free some space and try again.", path=path)
    if ("Read-only file system" in text or "Permission denied" in text
            or getattr(exc, "errno", None) in (errno.EROFS, errno.EACCES, errno.EPERM)):
        return tr("{path} cannot be written (read-only file or location); nothing was changed.", path=path)
    if "read-only mode" in text:
        return tr("{path} is open read-only; this action needs to write to it.", path=path)
    return f"{path}: {text}"


def _is_disk_error(exc: BaseException) -> bool:
    text = str(exc)
    return any(s in text for s in ("No space left", "Read-only file system", "Permission denied",
                                   "Could not set lock", "not a valid DuckDB"))


def _writable_path(path: Path) -> bool:
    """True if ``path`` (or, for a new file, its folder) may be written.

    Checks permission bits explicitly as well as ``os.access``, so a file marked read-only is treated as
    read-only even for root (as a desktop user would expect).
    """
    target = path if path.exists() else path.parent
    try:
        mode = target.stat().st_mode
    except OSError:
        return False
    if not mode & 0o222:
        return False
    if os.statvfs(target).f_flag & os.ST_RDONLY:
        return False
    return os.access(target, os.W_OK)


class Store:
    """A Kaga Twin project file.

    >>> with Store.open("kaga.duckdb") as store:
    ...     store.query("SELECT count(*) FROM buildings")

    ``crs`` is the CRS of a *new* project, chosen by the user (validated: projected, in metres; recorded with
    ``crs_source`` "user"). Without it a new project starts in :data:`DEFAULT_CRS` ("default") and its first
    import chooses the zone of the data's location ("auto"; see ``twin.store.sources``). An existing project
    keeps its own CRS.

    Opening applies the pending core migrations, then the pending migrations of every registered theme
    (``twin.themes``); a theme registered later in the process gets its tables in the stores opened after.
    """

    def __init__(self, path: str | Path, *, read_only: bool = False, create: bool = True,
                 crs: str | None = None, memory_limit: str | None = "1GB"):
        self.path = Path(path).expanduser().absolute()
        self._lock = threading.RLock()
        chosen_crs = check_project_crs(crs) if crs is not None else None
        exists = self.path.exists()
        if exists and self.path.is_dir():
            raise StoreError(tr("{path} is a folder, not a project file.", path=self.path))
        if not exists and not create:
            raise StoreError(tr("{path} does not exist.", path=self.path))
        if not exists and not self.path.parent.is_dir():
            raise StoreError(f"Cannot create {self.path}: the folder {self.path.parent} does not exist.")
        #: True when the caller asked for read-only (kaga-twin render, info --read-only), False when the file
        #: itself cannot be written (or it is open for writing)
        self.read_only_by_choice = read_only
        if not read_only and not _writable_path(self.path):
            if not exists:
                raise StoreError(f"Cannot create {self.path}: the folder is read-only.")
            read_only = True
            self.read_only_reason = f"{self.path} is read-only"
        else:
            self.read_only_reason = "opened read-only" if read_only else None
        self.read_only = read_only
        if exists and self.path.stat().st_size == 0:
            raise StoreError(tr("{path} is not a Kaga Twin project: the file is empty.", path=self.path))
        config = dict(CONNECT_CONFIG)
        if memory_limit:
            config["memory_limit"] = memory_limit
        try:
            self._connect(read_only, config, chosen_crs)
        except MigrationNeeded:
            if not self.read_only_by_choice or not _writable_path(self.path):
                raise  # the file itself cannot be written: nothing to do but say so
            # opened read-only by choice (kaga-twin render, info): bring the older project up to date first
            self._connect(False, config, chosen_crs)
            self._con.close()
            self._connect(True, config, chosen_crs)

    def _connect(self, read_only: bool, config: dict[str, Any], crs: str | None) -> None:
        """Open the connection, load spatial and migrate: the core, then the themes (closing it again on any
        error)."""
        try:
            self._con = duckdb.connect(str(self.path), read_only=read_only, config=config)
        except (duckdb.Error, OSError) as exc:
            raise StoreError(describe_duckdb_error(self.path, exc)) from None
        try:
            load_spatial(self._con)
            # the twin's local time: TIMESTAMPTZ values (report and plough times) print, cast and truncate to
            # days in Japan time in every cursor (SQL users, exports, the attribute table)
            self._con.execute(f"SET GLOBAL TimeZone = '{PROJECT_TIME_ZONE}'")
            self.schema_version = migrate(self._con, str(self.path), read_only=read_only)
            self.theme_versions = migrate_themes(self._con, str(self.path), themes.themes(), read_only=read_only)
            if not read_only and self.meta("crs") is None:
                self.set_meta("crs", crs or DEFAULT_CRS)
                self.set_meta("crs_source", "user" if crs else "default")
        except StoreError:
            self._con.close()
            raise
        except (duckdb.Error, OSError) as exc:
            self._con.close()
            raise StoreError(describe_duckdb_error(self.path, exc)) from None

    # -- lifecycle -----------------------------------------------------------------------------------
    @classmethod
    def open(cls, path: str | Path, **kwargs: Any) -> "Store":
        return cls(path, **kwargs)

    def close(self) -> None:
        with self._lock:
            if self._con is not None:
                with contextlib.suppress(duckdb.Error):
                    if not self.read_only:
                        self._con.execute("CHECKPOINT")
                self._con.close()
                self._con = None

    def __enter__(self) -> "Store":
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    @property
    def closed(self) -> bool:
        return self._con is None

    # -- access --------------------------------------------------------------------------------------
    def cursor(self) -> duckdb.DuckDBPyConnection:
        """A new cursor for the calling thread (DuckDB connections are not shared across threads)."""
        if self._con is None:
            raise StoreError(f"{self.path} is closed.")
        return self._con.cursor()

    def require_writable(self) -> None:
        if self.read_only:
            raise StoreError(f"{self.read_only_reason}; this action needs to write to it. Nothing was changed.")

    @contextlib.contextmanager
    def transaction(self, cursor: duckdb.DuckDBPyConnection | None = None) -> Iterator[duckdb.DuckDBPyConnection]:
        """``BEGIN`` … ``COMMIT`` on a cursor; any exception rolls everything back."""
        self.require_writable()
        cur = cursor or self.cursor()
        cur.execute("BEGIN TRANSACTION")
        try:
            yield cur
        except BaseException:
            with contextlib.suppress(duckdb.Error):
                cur.execute("ROLLBACK")
            raise
        try:
            cur.execute("COMMIT")
        except (duckdb.Error, OSError) as exc:
            with contextlib.suppress(duckdb.Error):
                cur.execute("ROLLBACK")
            raise StoreError(describe_duckdb_error(self.path, exc)) from None

    def query(self, sql: str, params: Sequence[Any] | None = None) -> list[tuple]:
        """Run SQL on a fresh cursor and return all rows."""
        cur = self.cursor()
        try:
            return cur.execute(sql, params or []).fetchall()
        finally:
            cur.close()

    def query_arrow(self, sql: str, params: Sequence[Any] | None = None) -> pa.Table:
        """Run SQL and return an Arrow table (GEOMETRY columns come back as ``geoarrow.wkb``)."""
        cur = self.cursor()
        try:
            return cur.execute(sql, params or []).to_arrow_table()
        finally:
            cur.close()

    # -- project metadata ----------------------------------------------------------------------------
    def meta(self, key: str, default: str | None = None) -> str | None:
        row = self.query("SELECT value FROM project_meta WHERE key = ?", [key])
        return row[0][0] if row else default

    def set_meta(self, key: str, value: str) -> None:
        self.require_writable()
        self.query("INSERT OR REPLACE INTO project_meta VALUES (?, ?)", [key, value])

    @property
    def crs(self) -> str:
        return self.meta("crs", DEFAULT_CRS) or DEFAULT_CRS

    @property
    def crs_source(self) -> str:
        """Who chose the project CRS: "user" (``kaga-twin new --crs``, the new-project dialog), "default"
        (nobody yet: the first import will choose) or "auto" (taken from the first import's location).
        Projects from before this was recorded count as "default" when they are in :data:`DEFAULT_CRS`,
        else as "user"."""
        source = self.meta("crs_source")
        if source:
            return source
        return "default" if self.crs == DEFAULT_CRS else "user"

    def app_state(self, key: str, default: Any = None) -> Any:
        """JSON application state saved in the project (layers, camera, …)."""
        row = self.query("SELECT value FROM app_state WHERE key = ?", [key])
        return json.loads(row[0][0]) if row and row[0][0] is not None else default

    def set_app_state(self, key: str, value: Any) -> None:
        self.require_writable()
        self.query("INSERT OR REPLACE INTO app_state VALUES (?, ?)", [key, json.dumps(value, ensure_ascii=False)])

    # -- inspection ----------------------------------------------------------------------------------
    def table_names(self) -> list[str]:
        return [r[0] for r in self.query(
            "SELECT table_name FROM information_schema.tables WHERE table_schema = 'main' ORDER BY table_name")]

    def existing_tables(self, names: Sequence[str], cursor: duckdb.DuckDBPyConnection | None = None) -> list[str]:
        """Those of ``names`` that exist in the project, in the given order (a theme's tables are missing from a
        project opened before the theme was registered)."""
        if not names:
            return []
        cur = cursor or self.cursor()
        try:
            have = {r[0] for r in cur.execute(
                "SELECT table_name FROM information_schema.tables WHERE table_schema = 'main' AND "
                "table_type = 'BASE TABLE' AND table_name IN (SELECT unnest(?))", [list(names)]).fetchall()}
        finally:
            if cursor is None:
                cur.close()
        return [n for n in names if n in have]

    def feature_row_count(self, cursor: duckdb.DuckDBPyConnection | None = None) -> int:
        """Rows in the counted feature tables (``twin.themes.counted_tables``): 0 for a project with no data."""
        cur = cursor or self.cursor()
        try:
            tables = self.existing_tables(themes.counted_tables(), cur)
            if not tables:
                return 0
            sql = " + ".join(f'(SELECT count(*) FROM "{t}")' for t in tables)
            return int(cur.execute(f"SELECT {sql}").fetchone()[0])
        finally:
            if cursor is None:
                cur.close()

    def table_counts(self) -> dict[str, int]:
        return {t: self.query(f'SELECT count(*) FROM "{t}"')[0][0] for t in self.table_names()}

    def geometry_columns(self, table: str) -> list[str]:
        return [r[0] for r in self.query(
            "SELECT column_name FROM information_schema.columns WHERE table_schema = 'main' AND table_name = ?"
            " AND data_type = 'GEOMETRY' ORDER BY ordinal_position", [table])]

    def extent(self) -> tuple[float, float, float, float] | None:
        """(xmin, ymin, xmax, ymax) of every geometry in the project, in the project CRS."""
        parts = []
        for table in self.table_names():
            for col in self.geometry_columns(table):
                parts.append(f'SELECT ST_XMin("{col}") x0, ST_YMin("{col}") y0, ST_XMax("{col}") x1, '
                             f'ST_YMax("{col}") y1 FROM "{table}" WHERE "{col}" IS NOT NULL')
        if not parts:
            return None
        row = self.query("SELECT min(x0), min(y0), max(x1), max(y1) FROM (" + " UNION ALL ".join(parts) + ")")[0]
        return None if row[0] is None else tuple(float(v) for v in row)

    def sources(self) -> list[dict[str, Any]]:
        cur = self.cursor()
        try:
            rel = cur.execute("SELECT * FROM sources ORDER BY id")
            cols = [d[0] for d in rel.description]
            return [dict(zip(cols, row)) for row in rel.fetchall()]
        finally:
            cur.close()
