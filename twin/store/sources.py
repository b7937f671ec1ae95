"""One import = one transaction = one row in ``sources``.

:func:`run_source_import` opens a transaction on a cursor, records the new source, lets the importer write
through a :class:`SourceWriter`, removes the rows of any earlier import of the same source (same path, or same
content through the same importer) from every feature table of the registered themes
(``twin.themes.feature_tables``), counts what it wrote (``twin.themes.counted_tables``) and commits. Any
exception, including a cancel, rolls the whole import back, so the store is exactly as it was.

The project CRS: when the project has no feature rows yet and nobody chose its CRS (``Store.crs_source`` is
not "user"), the import takes the plane rectangular zone of the data's location (``Importer.locate``, read
before any coordinate is transformed; :func:`twin.crs.auto_crs`), inside the same transaction. The choice is
recorded in ``project_meta`` last, after every row is written: DuckDB 1.5.5 corrupted rows inserted after an update
of an existing row in the same transaction once it spilled them (see :func:`insert_arrow`). An import whose
location the project CRS does not fit (:func:`twin.crs.crs_fits`) gets a warning naming the suggested zone.

Rows go straight into the project's tables, batch by batch, inside the import transaction (:func:`insert_arrow`).
The import runs under :data:`~twin.store.import_settings.IMPORT_SETTINGS` (one DuckDB thread, a low memory limit),
under which DuckDB writes full row groups to the project file as they fill and spills the rest to ``<project>.tmp``:
memory stays flat however many rows an import writes.

Rows an importer cannot use go to ``import_rejects`` (:meth:`SourceWriter.reject`, and :meth:`SourceWriter.skip`
too) inside the transaction; the report counts them and shows the first few reasons.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import hashlib
import json
import logging
import os
import threading
import time
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import duckdb
import pyarrow as pa

from twin import themes
from twin.crs import Location, auto_crs, crs_fits, describe
from twin.errors import ImportCancelled, StoreError, TwinError
from twin.messages import tr
from twin.store.import_settings import IMPORT_SETTINGS, ImportSettings
from twin.store.locks import _is_disk_error, describe_duckdb_error
from twin.store.stale_stages import remove_stale_stages
from twin.store.store import Store

log = logging.getLogger(__name__)

#: progress(done, total, unit, message); unit is "bytes" or "features"
ProgressFn = Callable[[int, int, str, str], None]

#: rejected rows whose reasons the report shows (all of them are in ``import_rejects``)
REPORT_REJECTS = 5
#: rejected rows buffered before they are written to ``import_rejects``
REJECT_BATCH = 10_000
REJECTS_TABLE = "import_rejects"


@dataclass
class ImportReport:
    """What one import did; printed by the CLI and shown by the GUI.

    ``counts`` holds the rows this source has per counted feature table (tables without rows left out);
    ``tables`` the tables the importer declares (``Importer.tables``), which the summary lists, with 0 where
    it wrote nothing. ``rejected`` counts the rows written to ``import_rejects`` (skips included);
    ``reject_samples`` are the first :data:`REPORT_REJECTS` of :meth:`SourceWriter.reject` (``line``, ``item``,
    ``reason``). ``crs`` is the project CRS after the import; ``crs_note`` says so when this import set it.
    """

    path: str
    importer: str
    source_id: int
    counts: dict[str, int]
    warnings: list[str] = field(default_factory=list)
    skipped: list[dict[str, str]] = field(default_factory=list)
    replaced_sources: list[int] = field(default_factory=list)
    bytes: int = 0
    seconds: float = 0.0
    tables: tuple[str, ...] = ()
    rejected: int = 0
    reject_samples: list[dict[str, Any]] = field(default_factory=list)
    crs: str = ""
    crs_note: str | None = None

    def summary_lines(self) -> list[str]:
        lines = [f"Imported {self.path} with {self.importer} as source {self.source_id} "
                 f"in {self.seconds:.1f} s"]
        if self.crs_note:
            lines.append(f"  {self.crs_note}")
        if self.replaced_sources:
            lines.append(f"  replaced earlier import(s) of the same source: {self.replaced_sources}")
        for table in self.tables or tuple(self.counts):
            lines.append(f"  {table:<20} {self.counts.get(table, 0):>10,}")
        if self.warnings:
            lines.append(f"  {len(self.warnings)} warning(s):")
            lines += [f"    - {w}" for w in self.warnings]
        if self.skipped:
            lines.append(f"  {len(self.skipped)} item(s) skipped:")
            lines += [f"    - {s['item']}: {s['reason']}" for s in self.skipped[:50]]
            if len(self.skipped) > 50:
                lines.append(f"    … and {len(self.skipped) - 50} more (see the sources table)")
        rejects_only = self.rejected - len(self.skipped)
        if rejects_only > 0:
            lines.append(f"  {rejects_only:,} row(s) rejected:")
            lines += [f"    - {_reject_where(r)}{r['reason']}" for r in self.reject_samples]
            if rejects_only > len(self.reject_samples):
                lines.append(f"    … and {rejects_only - len(self.reject_samples):,} more")
        if self.rejected:
            lines.append(f"  all {self.rejected:,} kept in {REJECTS_TABLE}: kaga-twin sql \"SELECT * FROM "
                         f"{REJECTS_TABLE} WHERE source_id = {self.source_id}\"")
        return lines


def _reject_where(r: Mapping[str, Any]) -> str:
    parts = []
    if r.get("line") is not None:
        parts.append(f"line {r['line']}")
    if r.get("item"):
        parts.append(str(r["item"]))
    return (", ".join(parts) + ": ") if parts else ""


def sha256_of_files(files: Sequence[Path], root: Path | None = None) -> str:
    """sha256 of one file, or of the sorted (relative name, sha256) list of several."""
    def one(p: Path) -> str:
        h = hashlib.sha256()
        with open(p, "rb") as f:
            while chunk := f.read(1 << 22):
                h.update(chunk)
        return h.hexdigest()

    if len(files) == 1 and root is None:
        return one(files[0])
    h = hashlib.sha256()
    for p in sorted(files, key=lambda q: str(q.relative_to(root) if root else q)):
        name = str(p.relative_to(root)) if root else p.name
        h.update(f"{name}\0{one(p)}\n".encode())
    return h.hexdigest()


def insert_arrow(cur, target: str, data: pa.Table | pa.RecordBatch, geometry_columns: Iterable[str],
                 source_id: int) -> int:
    """``INSERT INTO target BY NAME`` the rows of ``data``, WKB ``geometry_columns`` as GEOMETRY, with ``source_id``.

    ``data`` is handed to DuckDB as a ``pyarrow.RecordBatchReader``: an Arrow *table* registered inside an open
    transaction is kept alive by DuckDB's Python API until the transaction ends (five times the 200 MB benchmark
    file's rows left 405 MB of Arrow allocated), a reader is not.

    Measured on 2026-12-06 with ``benchmarks/duckdb_straight_inserts.py``: under the import's memory limit, where
    DuckDB spills, DuckDB 1.5.5 corrupted inserted rows (``Only little-endian legacy geometries are supported``,
    ``Unexpected end of binary data``, ``Invalid unicode … in segment statistics update``, or a crash) in every
    1 GB import whose transaction had *updated an existing row* before the inserts (as the import's choice of the
    project CRS once did), and in none of those without (the CRS is now recorded after the inserts:
    :meth:`SourceImport._write`). Until then, imports went through a staging database, copied at the end."""
    if data.num_rows == 0:
        return 0
    geoms = set(geometry_columns)
    cols = []
    for name in data.schema.names:
        cols.append(f'ST_GeomFromWKB("{name}") AS "{name}"' if name in geoms else f'"{name}"')
    batches = data.to_batches() if isinstance(data, pa.Table) else [data]
    reader = pa.RecordBatchReader.from_batches(data.schema, batches)
    view = f"_kaga_import_{id(reader)}"
    cur.register(view, reader)
    try:
        cur.execute(f'INSERT INTO {target} BY NAME SELECT {", ".join(cols)}, {int(source_id)} AS source_id '
                    f'FROM "{view}"')
    finally:
        cur.unregister(view)
    return data.num_rows


class UndeclaredTableError(RuntimeError):
    """An importer wrote to a table it does not declare in ``Importer.tables`` (a programming error)."""


class SourceWriter:
    """What an importer is given to write with: a cursor inside the import transaction, plus reporting.

    ``crs`` is the project CRS the importer must write geometry in (it may have been chosen by this very
    import, before the importer runs). ``tables`` are the tables the importer declared; writing to any other
    raises :class:`UndeclaredTableError` (None: any table, for tests and ad-hoc imports)."""

    def __init__(self, store: Store, cursor: duckdb.DuckDBPyConnection, source_id: int, path: Path,
                 progress: ProgressFn | None, cancel: threading.Event | None, *, crs: str | None = None,
                 tables: Iterable[str] | None = None, importer: str = ""):
        self.store = store
        self.cursor = cursor
        self.source_id = source_id
        self.path = path
        self.crs = crs or store.crs
        self.tables = tuple(tables) if tables is not None else None
        self.importer = importer
        #: earlier sources this import replaces as a whole (same path, same identity options)
        self.replaces: tuple[int, ...] = ()
        self.warnings: list[str] = []
        self.skipped: list[dict[str, str]] = []
        self.rejected = 0
        self.reject_samples: list[dict[str, Any]] = []
        self._rejects: list[tuple[int | None, str | None, str, str | None]] = []
        self._progress = progress
        self._cancel = cancel
        self._warned: set[str] = set()

    def warn(self, message: str, *, once_key: str | None = None) -> None:
        """Record a warning; with ``once_key`` only the first warning with that key is kept."""
        if once_key is not None:
            if once_key in self._warned:
                return
            self._warned.add(once_key)
        self.warnings.append(message)

    def skip(self, item: str, reason: str) -> None:
        """Record a skipped row or feature: reported to the user (``sources.skipped``) and kept in
        ``import_rejects`` with its reason, never silently dropped."""
        self.skipped.append({"item": item, "reason": reason})
        self._add_reject(None, item, reason, None)

    def reject(self, *, reason: str, line: int | None = None, item: str | None = None, raw: str | None = None) -> None:
        """Keep an input row the importer cannot use in ``import_rejects`` (inside the import transaction, so
        it goes with the import), with where it was (``line`` 1-based, or ``item``: a feature id or file
        member), why, and the row as read (``raw``). The report counts them and shows the first few."""
        if not reason or not str(reason).strip():
            raise ValueError("SourceWriter.reject needs a reason")
        if line is not None:
            line = int(line)
        self._add_reject(line, None if item is None else str(item), str(reason), None if raw is None else str(raw))
        if len(self.reject_samples) < REPORT_REJECTS:
            self.reject_samples.append({"line": line, "item": item, "reason": str(reason)})

    def _add_reject(self, line: int | None, item: str | None, reason: str, raw: str | None) -> None:
        self._rejects.append((line, item, reason, raw))
        self.rejected += 1
        if len(self._rejects) >= REJECT_BATCH:
            self.flush_rejects()

    def flush_rejects(self) -> None:
        """Write the buffered rejected rows (called by the import when the importer is done)."""
        if not self._rejects:
            return
        lines, items, reasons, raws = zip(*self._rejects)
        self._rejects = []
        self._insert(REJECTS_TABLE, pa.table({"line": pa.array(lines, pa.int64()), "item": pa.array(items, pa.string()),
                                              "reason": pa.array(reasons, pa.string()),
                                              "raw": pa.array(raws, pa.string())}), ())

    def progress(self, done: int, total: int, unit: str = "bytes", message: str = "") -> None:
        self.check_cancelled()
        if self._progress:
            self._progress(done, total, unit, message)

    def check_cancelled(self) -> None:
        if self._cancel is not None and self._cancel.is_set():
            raise ImportCancelled(self.path)

    def insert_arrow(self, table: str, data: pa.Table | pa.RecordBatch,
                     geometry_columns: Iterable[str] = ()) -> int:
        """Append ``data`` to ``table`` by column name; WKB columns in ``geometry_columns`` become GEOMETRY.

        ``table`` must be one of the importer's declared tables. ``source_id`` is filled in. Returns the number
        of rows written.
        """
        if self.tables is not None and table not in self.tables:
            hint = " (rejected rows go through writer.reject())" if table == REJECTS_TABLE else ""
            raise UndeclaredTableError(
                f"importer {self.importer or '?'} wrote to table {table!r}, which it does not declare in its "
                f"Importer.tables ({', '.join(self.tables) or 'none'}){hint}; declare every table it writes")
        return self._insert(table, data, geometry_columns)

    def _insert(self, table: str, data: pa.Table | pa.RecordBatch, geometry_columns: Iterable[str]) -> int:
        return insert_arrow(self.cursor, f'"{table}"', data, geometry_columns, self.source_id)

    def execute(self, sql: str, params: Sequence[Any] | None = None) -> duckdb.DuckDBPyConnection:
        return self.cursor.execute(sql, params or [])


@dataclass(frozen=True)
class ImportRequest:
    """Everything one import needs (the parameter object of :class:`SourceImport`).

    ``body(writer)`` writes the rows; ``tables`` are the tables it may write (``Importer.tables``; None: any);
    ``location`` is where the data lies (``Importer.locate``), for the project CRS."""

    path: Path
    importer: str
    importer_version: str
    files: tuple[Path, ...]
    body: Callable[[SourceWriter], None]
    options: Mapping[str, Any] = field(default_factory=dict)
    tables: tuple[str, ...] | None = None
    location: Location | None = None
    progress: ProgressFn | None = None
    cancel: threading.Event | None = None
    identity_options: tuple[str, ...] = ()   # Importer.identity_options: sources of one path differ by these


def run_source_import(store: Store, path: Path, *, importer: str, importer_version: str,
                      files: Sequence[Path], body: Callable[[SourceWriter], None],
                      options: dict[str, Any] | None = None, progress: ProgressFn | None = None,
                      cancel: threading.Event | None = None, tables: Iterable[str] | None = None,
                      location: Location | tuple[float, float] | None = None,
                      identity_options: Sequence[str] = ()) -> ImportReport:
    """Import one source in one transaction; see the module docstring. An earlier source of the same path (or the
    same content from the same importer) is replaced, unless it was imported with other ``identity_options``
    values (two areas of one lake)."""
    if location is not None and not isinstance(location, Location):
        location = Location(*location)
    request = ImportRequest(Path(path).absolute(), importer, importer_version, tuple(files), body,
                            dict(options or {}), None if tables is None else tuple(tables), location, progress,
                            cancel, tuple(identity_options))
    return SourceImport(store, request).run()


class _Fingerprint:
    """sha256 of the inputs, computed in a thread while the importer parses (hashlib releases the GIL on large
    updates), at the lowest scheduling priority: it takes what the parsers leave of the cores (a parse worker was
    ready 0.25 s after the import began instead of 0.30-0.39 s on the 200 MB benchmark file), and runs at full speed
    only if the import waits for it."""

    def __init__(self, files: Sequence[Path], root: Path | None):
        self._digest: dict[str, str] = {}
        self._thread = threading.Thread(target=self._run, args=(files, root), daemon=True)
        self._thread.start()

    def _run(self, files: Sequence[Path], root: Path | None) -> None:
        with contextlib.suppress(AttributeError, OSError):   # (Linux: a thread has a priority of its own)
            os.setpriority(os.PRIO_PROCESS, threading.get_native_id(), 19)
        self._digest["sha"] = sha256_of_files(files, root)

    def result(self) -> str:
        self._thread.join()
        return self._digest.get("sha", "")


class SourceImport:
    """One import of a :class:`ImportRequest`: the source fingerprint, then one attempt in one transaction
    under the import settings; an attempt that runs out of memory under the lowered import memory limit is
    rolled back and run again with the store's own limit."""

    def __init__(self, store: Store, request: ImportRequest):
        self.store = store
        self.request = request

    def run(self) -> ImportReport:
        with self.store.writing():   # a shared store (the app) takes the file read-write for the import
            return self._run()

    def _run(self) -> ImportReport:
        store, req = self.store, self.request
        store.require_writable()
        self._check_tables()
        remove_stale_stages(store.path)
        self._t0 = time.perf_counter()
        self._bytes = sum(f.stat().st_size for f in req.files)
        self._fingerprint = _Fingerprint(req.files, req.path if req.path.is_dir() else None)
        try:
            return self._attempt(IMPORT_SETTINGS)
        except duckdb.OutOfMemoryException:
            if "memory_limit" not in IMPORT_SETTINGS:
                raise
        # The lowered memory limit was too small for this import (DuckDB could not spill what it needed): it
        # was rolled back; run it again with the store's own limit.
        light = {k: v for k, v in IMPORT_SETTINGS.items() if k != "memory_limit"}
        report = self._attempt(light)
        log.info("import of %s ran out of memory under the import memory limit (%s) and was run again with the "
                 "store's limit", req.path, IMPORT_SETTINGS["memory_limit"])
        return report

    def _check_tables(self) -> None:
        req = self.request
        if not req.tables:
            return
        have = set(self.store.existing_tables(req.tables))
        missing = [t for t in req.tables if t not in have]
        if missing:
            raise StoreError(f"{req.path}: the {req.importer} importer writes the table(s) {', '.join(missing)}, "
                             f"which the project {self.store.path.name} does not have (a theme registered after the "
                             "project was opened gets its tables when the project is opened again)")

    def _attempt(self, settings: dict[str, str]) -> ImportReport:
        with ImportSettings(self.store, settings), contextlib.closing(self.store.cursor()) as cur:
            try:
                cur.execute("BEGIN TRANSACTION")
                report = self._write(cur)
                cur.execute("COMMIT")
            except BaseException as exc:
                with contextlib.suppress(duckdb.Error):
                    cur.execute("ROLLBACK")
                if isinstance(exc, duckdb.OutOfMemoryException) and "memory_limit" in settings:
                    raise  # (run retries)
                if isinstance(exc, (duckdb.Error, OSError)) and not isinstance(exc, TwinError) and _is_disk_error(exc):
                    raise StoreError(describe_duckdb_error(self.store.path, exc)) from None
                raise
        report.seconds = time.perf_counter() - self._t0
        return report

    def _write(self, cur: duckdb.DuckDBPyConnection) -> ImportReport:
        """Everything inside the transaction."""
        store, req = self.store, self.request
        crs, crs_note, record_crs = self._project_crs(cur)
        source_id = cur.execute("SELECT nextval('source_id_seq')").fetchone()[0]
        cur.execute("INSERT INTO sources (id, path, sha256, bytes, importer, importer_version, imported_at, options)"
                    " VALUES (?, ?, '', ?, ?, ?, ?, ?)",
                    [source_id, str(req.path), self._bytes, req.importer, req.importer_version,
                     dt.datetime.now(), json.dumps(dict(req.options), ensure_ascii=False)])
        writer = self._writer = SourceWriter(store, cur, source_id, req.path, req.progress, req.cancel, crs=crs,
                                             tables=req.tables, importer=req.importer)
        writer.replaces = tuple(r[0] for r in cur.execute(
            "SELECT id, options FROM sources WHERE id <> ? AND path = ?", [source_id, str(req.path)]).fetchall()
            if self._same_identity(r[1]))
        self._warn_if_unfit(writer, crs)
        req.body(writer)
        writer.check_cancelled()
        writer.flush_rejects()
        sha = self._fingerprint.result()
        replaced = [r[0] for r in cur.execute(
            "SELECT id, options FROM sources WHERE id <> ? AND (path = ? OR (sha256 = ? AND importer = ?))",
            [source_id, str(req.path), sha, req.importer]).fetchall() if self._same_identity(r[1])]
        if replaced:
            marks = ",".join("?" * len(replaced))
            for table in store.existing_tables(themes.feature_tables(), cur):
                cur.execute(f'DELETE FROM "{table}" WHERE source_id IN ({marks})', replaced)
            cur.execute(f"DELETE FROM sources WHERE id IN ({marks})", replaced)
        all_counts = _feature_counts(cur, store.existing_tables(themes.counted_tables(), cur))
        counts = all_counts.pop(source_id, {})
        _refresh_other_counts(cur, all_counts, source_id)
        cur.execute("UPDATE sources SET sha256 = ?, feature_counts = ?, warnings = ?, skipped = ? WHERE id = ?",
                    [sha, json.dumps(counts), json.dumps(writer.warnings, ensure_ascii=False),
                     json.dumps(writer.skipped, ensure_ascii=False), source_id])
        if record_crs:
            # last: an update of an existing row before the inserts made DuckDB 1.5.5 corrupt them (see insert_arrow)
            cur.execute("INSERT OR REPLACE INTO project_meta VALUES ('crs', ?), ('crs_source', 'auto')", [crs])
        return ImportReport(path=str(req.path), importer=req.importer, source_id=source_id, counts=counts,
                            warnings=writer.warnings, skipped=writer.skipped, replaced_sources=replaced,
                            bytes=self._bytes, tables=req.tables or (),
                            rejected=writer.rejected, reject_samples=writer.reject_samples, crs=crs,
                            crs_note=crs_note)

    def _same_identity(self, options_json: str | None) -> bool:
        """Whether an earlier source's options name the same source as this import's (``identity_options``)."""
        keys = self.request.identity_options
        if not keys:
            return True
        try:
            old = json.loads(options_json or "{}")
        except ValueError:
            old = {}
        return all(old.get(k) == self.request.options.get(k) for k in keys)

    def _project_crs(self, cur: duckdb.DuckDBPyConnection) -> tuple[str, str | None, bool]:
        """The CRS this import writes in, a note when the import chose it, and whether :meth:`_write` must record it
        in ``project_meta`` once the rows are written (see the module docstring)."""
        loc = self.request.location
        meta = dict(cur.execute("SELECT key, value FROM project_meta WHERE key IN ('crs', 'crs_source')").fetchall())
        crs = meta.get("crs") or self.store.crs
        source = meta.get("crs_source") or self.store.crs_source
        if loc is None or source == "user" or self.store.feature_row_count(cur) > 0:
            return crs, None, False
        chosen = auto_crs(crs, loc)
        if chosen == crs and source == "auto":
            return crs, None, False
        return chosen, tr("project CRS set to {crs} from the data's location", crs=describe(chosen)), True

    def _warn_if_unfit(self, writer: SourceWriter, crs: str) -> None:
        loc = self.request.location
        if loc is None or crs_fits(crs, loc.lat, loc.lon, loc.pref_code, city_code=loc.city_code):
            return
        zone = loc.zone
        writer.warn(tr("the project CRS {crs} does not fit this data's location ({where}): its zone is {zone}. "
                       "Lengths and areas are distorted far from a zone's origin; for this area make a project with "
                       "kaga-twin new PATH --crs {zone_crs}", crs=describe(crs), where=loc.text(), zone=str(zone),
                       zone_crs=zone.crs), once_key="crs-unfit")


def _feature_counts(cur, tables: Sequence[str]) -> dict[int, dict[str, int]]:
    """Rows per table for every source: ``{source_id: {table: n}}`` (tables with no rows left out)."""
    counts: dict[int, dict[str, int]] = {}
    for table in tables:
        for sid, n in cur.execute(f'SELECT source_id, count(*) FROM "{table}" GROUP BY source_id').fetchall():
            counts.setdefault(sid, {})[table] = n
    return counts


def _refresh_other_counts(cur, counts: dict[int, dict[str, int]], source_id: int) -> None:
    """Keep the recorded counts of earlier sources true after this import replaced some of their rows."""
    for sid, recorded in cur.execute("SELECT id, feature_counts FROM sources WHERE id <> ?", [source_id]).fetchall():
        now = counts.get(sid, {})
        if json.loads(recorded or "{}") != now:
            cur.execute("UPDATE sources SET feature_counts = ? WHERE id = ?", [json.dumps(now), sid])
