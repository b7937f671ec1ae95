"""The project store: one DuckDB file with the spatial extension, owned by one :class:`Store`.

Exactly one object owns the connection. Worker threads take :meth:`Store.cursor` (cursors share the
database instance, its spatial extension and its transactions model). Errors from DuckDB about locks,
foreign files, permissions and full disks are turned into :class:`~twin.errors.StoreError` messages.
"""

from __future__ import annotations

import contextlib
import json
import threading
import time
from collections.abc import Callable, Iterator, Sequence
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
from twin.store import holders
from twin.store.locks import _writable_path, describe_duckdb_error, is_lock_error, wait_note
from twin.store.migrate import MigrationNeeded, migrate, migrate_themes
from twin.store.shared import Attachment, wait_seconds
from twin.store.spatial import CONNECT_CONFIG, load_spatial

#: seconds a command waits for a project another process holds (``KAGA_TWIN_LOCK_WAIT`` overrides): a reader
#: waits for the app's save or import to end, a writer for the app to let go of the file (it does after
#: :data:`twin.store.shared.IDLE_RELEASE_S` idle seconds)
READ_WAIT_S = 10.0
WRITE_WAIT_S = 30.0
#: called once (with the message) when an open has to wait for another process; the CLI prints it
on_lock_wait: Callable[[str], None] | None = None


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

    ``shared=True`` is how the desktop app holds a project (:mod:`twin.store.shared`): read-only at rest, so
    ``kaga-twin`` commands can read it meanwhile, read-write only inside :meth:`writing` (which
    :meth:`transaction`, :meth:`set_app_state`, :meth:`set_meta` and imports use), and let go of when idle
    (:meth:`release_if_idle`). Otherwise the store holds one connection, read-write unless ``read_only``.
    While another process holds the file, opening waits up to ``wait`` seconds (default :data:`READ_WAIT_S`
    to read, :data:`WRITE_WAIT_S` to write; ``KAGA_TWIN_LOCK_WAIT`` overrides) before it says who holds it.
    """

    def __init__(self, path: str | Path, *, read_only: bool = False, create: bool = True,
                 crs: str | None = None, memory_limit: str | None = "1GB", shared: bool = False,
                 wait: float | None = None):
        self.path = Path(path).expanduser().absolute()
        self._lock = threading.RLock()
        self.shared = shared
        self._attachment: Attachment | None = None
        self._con = None
        self._wait = wait
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
            self._close_connection()
            holders.withdraw(self.path)
            self._connect(True, config, chosen_crs)

    def _connect(self, read_only: bool, config: dict[str, Any], crs: str | None) -> None:
        """Open the connection, load spatial and migrate: the core, then the themes (closing it again on any
        error)."""
        wait = self._wait if self._wait is not None else wait_seconds(READ_WAIT_S if read_only else WRITE_WAIT_S)
        try:
            self._con = (duckdb.connect(":memory:", config=config) if self.shared
                         else self._connect_waiting(read_only, config, wait))
        except (duckdb.Error, OSError) as exc:
            raise StoreError(describe_duckdb_error(self.path, exc)) from None
        try:
            load_spatial(self._con)
            # the twin's local time: TIMESTAMPTZ values (report and plough times) print, cast and truncate to
            # days in Japan time in every cursor (SQL users, exports, the attribute table)
            self._con.execute(f"SET GLOBAL TimeZone = '{PROJECT_TIME_ZONE}'")
            if self.shared:
                # what DuckDB spills goes beside the project, as for a connection to the file itself (an in-memory
                # connection's default is a .tmp folder in the working directory)
                tmp = str(self.path) + ".tmp"
                self._con.execute("SET temp_directory = '" + tmp.replace("'", "''") + "'")
                self._attachment = Attachment(self._con, self.path, wait=wait, open_error=lambda exc, waited, ro:
                                              StoreError(describe_duckdb_error(self.path, exc, waited,
                                                                               writing=not ro)))
            if self._attachment is None or read_only:
                self._migrate(read_only, crs)
            else:
                # the app: an up-to-date project opens read-only at once (even while a command reads it); it is
                # taken read-write only when it needs migrating or a CRS
                try:
                    self._migrate(True, crs)
                except MigrationNeeded:
                    self._migrate(False, crs)
                else:
                    if self.meta("crs") is None:
                        self._migrate(False, crs)
        except BaseException as exc:
            self._close_connection()
            if isinstance(exc, (duckdb.Error, OSError)):
                raise StoreError(describe_duckdb_error(self.path, exc)) from None
            raise
        holders.announce(self.path, holders.APP_ROLE if self.shared else None)

    def _migrate(self, read_only: bool, crs: str | None) -> None:
        """Apply the core's and the themes' pending migrations; a new project gets its CRS."""
        writes = self._attachment.writing() if self._attachment is not None and not read_only else None
        with writes or contextlib.nullcontext():
            con = self.cursor()
            try:
                self.schema_version = migrate(con, str(self.path), read_only=read_only)
                self.theme_versions = migrate_themes(con, str(self.path), themes.themes(), read_only=read_only)
                if not read_only and self.meta("crs") is None:
                    self.set_meta("crs", crs or DEFAULT_CRS)
                    self.set_meta("crs_source", "user" if crs else "default")
            finally:
                con.close()

    def _connect_waiting(self, read_only: bool, config: dict[str, Any], wait: float) -> duckdb.DuckDBPyConnection:
        """``duckdb.connect``, retried for up to ``wait`` seconds while another process holds the file."""
        start, told = time.monotonic(), False
        while True:
            try:
                return duckdb.connect(str(self.path), read_only=read_only, config=config)
            except (duckdb.Error, OSError) as exc:
                waited = time.monotonic() - start
                if not is_lock_error(exc) or waited >= wait:
                    raise StoreError(describe_duckdb_error(self.path, exc, waited, writing=not read_only)) from None
                if not told and on_lock_wait is not None:
                    told = True
                    on_lock_wait(wait_note(self.path, exc, wait))
                time.sleep(0.1)

    def _close_connection(self) -> None:
        if self._attachment is not None:
            with contextlib.suppress(Exception):
                self._attachment.close()
            self._attachment = None
        if self._con is not None:
            with contextlib.suppress(duckdb.Error):
                self._con.close()
            self._con = None

    # -- lifecycle -----------------------------------------------------------------------------------
    @classmethod
    def open(cls, path: str | Path, **kwargs: Any) -> "Store":
        return cls(path, **kwargs)

    def close(self) -> None:
        with self._lock:
            if self._con is not None:
                if self._attachment is None and not self.read_only:
                    with contextlib.suppress(duckdb.Error):
                        self._con.execute("CHECKPOINT")
                self._close_connection()
                holders.withdraw(self.path)

    def __enter__(self) -> "Store":
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    @property
    def closed(self) -> bool:
        return self._con is None

    # -- access --------------------------------------------------------------------------------------
    def cursor(self) -> duckdb.DuckDBPyConnection:
        """A new cursor for the calling thread (DuckDB connections are not shared across threads); in a shared
        store a :class:`~twin.store.shared.GatedCursor` with the same API."""
        if self._con is None:
            raise StoreError(f"{self.path} is closed.")
        if self._attachment is not None:
            return self._attachment.cursor()  # type: ignore[return-value]
        return self._con.cursor()

    def require_writable(self) -> None:
        if self.read_only:
            raise StoreError(f"{self.read_only_reason}; this action needs to write to it. Nothing was changed.")

    @contextlib.contextmanager
    def writing(self) -> Iterator[None]:
        """Everything that writes runs inside: a shared store takes the file read-write for the duration (waiting
        while a command line reader holds it) and read-only again after the last scope ends."""
        self.require_writable()
        if self._attachment is None:
            yield
            return
        with self._attachment.writing():
            yield

    def release_if_idle(self, seconds: float | None = None) -> bool:
        """A shared store lets go of the file after ``seconds`` without use (so ``kaga-twin import`` can write);
        the next use takes it again. True if it let go now."""
        if self._attachment is None:
            return False
        return self._attachment.release_if_idle(seconds)

    def outside_changes(self) -> list[set[str]]:
        """Tables another program (``kaga-twin import``, ``sql --write``, ``analysis run``) changed while a shared
        store had let go of the file; each set is one time it was noticed (an empty set: the file changed but
        no table's rows did, as far as one can see). Polls: takes the file again if it changed meanwhile."""
        if self._attachment is None:
            return []
        self._attachment.poll()
        return self._attachment.take_outside_changes()

    @property
    def attached(self) -> str | None:
        """How a shared store holds the file now: "ro", "rw" or None (let go); "rw"/"ro" for other stores."""
        if self._attachment is not None:
            return self._attachment.mode
        return None if self._con is None else ("ro" if self.read_only else "rw")

    @contextlib.contextmanager
    def transaction(self, cursor: duckdb.DuckDBPyConnection | None = None) -> Iterator[duckdb.DuckDBPyConnection]:
        """``BEGIN`` … ``COMMIT`` on a cursor; any exception rolls everything back."""
        with self.writing():
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
        """Run SQL on a fresh cursor and return all rows (a write on a shared store, e.g. ``INSERT``, runs in
        :meth:`writing`)."""
        try:
            return self._query(sql, params)
        except duckdb.Error as exc:
            if self._attachment is None or self.read_only or "read-only mode" not in str(exc):
                raise
        with self.writing():
            return self._query(sql, params)

    def _query(self, sql: str, params: Sequence[Any] | None = None) -> list[tuple]:
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
        with self.writing():
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
        with self.writing():
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
