"""One import = one transaction = one row in ``sources``.

:func:`run_source_import` opens a transaction on a cursor, removes the rows of any earlier import of the
same source (same path, or same content through the same importer), records the new source, lets the
importer write through a :class:`SourceWriter`, counts what it wrote and commits. Any exception, including
a cancel, rolls the whole import back, so the store is exactly as it was.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import json
import logging
import threading
import time
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import duckdb
import pyarrow as pa

from twin.errors import ImportCancelled, StoreError, TwinError
from twin.store.import_settings import IMPORT_SETTINGS, ImportSettings
from twin.store.store import FEATURE_TABLES, Store, _is_disk_error, describe_duckdb_error

log = logging.getLogger(__name__)

#: progress(done, total, unit, message); unit is "bytes" or "features"
ProgressFn = Callable[[int, int, str, str], None]


@dataclass
class ImportReport:
    """What one import did; printed by the CLI and shown by the GUI."""

    path: str
    importer: str
    source_id: int
    counts: dict[str, int]
    warnings: list[str] = field(default_factory=list)
    skipped: list[dict[str, str]] = field(default_factory=list)
    replaced_sources: list[int] = field(default_factory=list)
    bytes: int = 0
    seconds: float = 0.0

    def summary_lines(self) -> list[str]:
        lines = [f"Imported {self.path} with {self.importer} as source {self.source_id} "
                 f"in {self.seconds:.1f} s"]
        if self.replaced_sources:
            lines.append(f"  replaced earlier import(s) of the same source: {self.replaced_sources}")
        for table, n in self.counts.items():
            lines.append(f"  {table:<20} {n:>10,}")
        if self.warnings:
            lines.append(f"  {len(self.warnings)} warning(s):")
            lines += [f"    - {w}" for w in self.warnings]
        if self.skipped:
            lines.append(f"  {len(self.skipped)} item(s) skipped:")
            lines += [f"    - {s['item']}: {s['reason']}" for s in self.skipped[:50]]
            if len(self.skipped) > 50:
                lines.append(f"    … and {len(self.skipped) - 50} more (see the sources table)")
        return lines


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


class SourceWriter:
    """What an importer is given to write with: a cursor inside the import transaction, plus reporting."""

    def __init__(self, store: Store, cursor: duckdb.DuckDBPyConnection, source_id: int, path: Path,
                 progress: ProgressFn | None, cancel: threading.Event | None):
        self.store = store
        self.cursor = cursor
        self.source_id = source_id
        self.path = path
        self.crs = store.crs
        self.warnings: list[str] = []
        self.skipped: list[dict[str, str]] = []
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
        """Record a skipped row or feature: reported to the user, never silently dropped."""
        self.skipped.append({"item": item, "reason": reason})

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

        ``source_id`` is filled in. Returns the number of rows written.
        """
        if data.num_rows == 0:
            return 0
        geoms = set(geometry_columns)
        cols = []
        for name in data.schema.names:
            cols.append(f'ST_GeomFromWKB("{name}") AS "{name}"' if name in geoms else f'"{name}"')
        view = f"_kaga_import_{id(data)}"
        self.cursor.register(view, data)
        try:
            self.cursor.execute(f'INSERT INTO "{table}" BY NAME SELECT {", ".join(cols)}, '
                                f'{int(self.source_id)} AS source_id FROM "{view}"')
        finally:
            self.cursor.unregister(view)
        return data.num_rows

    def execute(self, sql: str, params: Sequence[Any] | None = None) -> duckdb.DuckDBPyConnection:
        return self.cursor.execute(sql, params or [])


def run_source_import(store: Store, path: Path, *, importer: str, importer_version: str,
                      files: Sequence[Path], body: Callable[[SourceWriter], None],
                      options: dict[str, Any] | None = None, progress: ProgressFn | None = None,
                      cancel: threading.Event | None = None) -> ImportReport:
    """Import one source in one transaction; see the module docstring."""
    store.require_writable()
    t0 = time.perf_counter()
    path = Path(path).absolute()
    total_bytes = sum(f.stat().st_size for f in files)
    # Hash in a thread while the importer parses: hashlib releases the GIL on large updates.
    digest: dict[str, str] = {}
    root = path if path.is_dir() else None
    hasher = threading.Thread(target=lambda: digest.setdefault("sha", sha256_of_files(files, root)), daemon=True)
    hasher.start()
    try:
        return _import_once(store, path, importer, importer_version, total_bytes, digest, hasher, body, options,
                            progress, cancel, t0, IMPORT_SETTINGS)
    except duckdb.OutOfMemoryException:
        if "memory_limit" not in IMPORT_SETTINGS:
            raise
    # The lowered memory limit was too small for this import (DuckDB could not spill what it needed): it
    # was rolled back; run it again with the store's own limit.
    light = {k: v for k, v in IMPORT_SETTINGS.items() if k != "memory_limit"}
    report = _import_once(store, path, importer, importer_version, total_bytes, digest, hasher, body, options,
                          progress, cancel, t0, light)
    log.info("import of %s ran out of memory under the import memory limit (%s) and was run again with the "
             "store's limit", path, IMPORT_SETTINGS["memory_limit"])
    return report


def _import_once(store: Store, path: Path, importer: str, importer_version: str, total_bytes: int,
                 digest: dict[str, str], hasher: threading.Thread, body: Callable[[SourceWriter], None],
                 options: dict[str, Any] | None, progress: ProgressFn | None, cancel: threading.Event | None,
                 t0: float, settings: dict[str, str]) -> ImportReport:
    cur = store.cursor()
    applied = ImportSettings(store, settings)
    applied.__enter__()
    try:
        cur.execute("BEGIN TRANSACTION")
        source_id = cur.execute("SELECT nextval('source_id_seq')").fetchone()[0]
        cur.execute("INSERT INTO sources (id, path, sha256, bytes, importer, importer_version, imported_at, options)"
                    " VALUES (?, ?, '', ?, ?, ?, ?, ?)",
                    [source_id, str(path), total_bytes, importer, importer_version,
                     dt.datetime.now(), json.dumps(options or {}, ensure_ascii=False)])
        writer = SourceWriter(store, cur, source_id, path, progress, cancel)
        body(writer)
        writer.check_cancelled()
        hasher.join()
        sha = digest.get("sha", "")
        replaced = [r[0] for r in cur.execute(
            "SELECT id FROM sources WHERE id <> ? AND (path = ? OR (sha256 = ? AND importer = ?))",
            [source_id, str(path), sha, importer]).fetchall()]
        if replaced:
            marks = ",".join("?" * len(replaced))
            for table in FEATURE_TABLES:
                cur.execute(f'DELETE FROM "{table}" WHERE source_id IN ({marks})', replaced)
            cur.execute(f"DELETE FROM sources WHERE id IN ({marks})", replaced)
        all_counts = _feature_counts(cur)
        counts = all_counts.pop(source_id, {})
        _refresh_other_counts(cur, all_counts, source_id)
        cur.execute("UPDATE sources SET sha256 = ?, feature_counts = ?, warnings = ?, skipped = ? WHERE id = ?",
                    [sha, json.dumps(counts), json.dumps(writer.warnings, ensure_ascii=False),
                     json.dumps(writer.skipped, ensure_ascii=False), source_id])
        cur.execute("COMMIT")
    except BaseException as exc:
        try:
            cur.execute("ROLLBACK")
        except duckdb.Error:
            pass
        if isinstance(exc, duckdb.OutOfMemoryException) and "memory_limit" in settings:
            raise  # (run_source_import retries)
        if isinstance(exc, (duckdb.Error, OSError)) and not isinstance(exc, TwinError) and _is_disk_error(exc):
            raise StoreError(describe_duckdb_error(store.path, exc)) from None
        raise
    finally:
        cur.close()
        applied.__exit__()
    return ImportReport(path=str(path), importer=importer, source_id=source_id, counts=counts,
                        warnings=writer.warnings, skipped=writer.skipped, replaced_sources=replaced,
                        bytes=total_bytes, seconds=time.perf_counter() - t0)


def _feature_counts(cur) -> dict[int, dict[str, int]]:
    """Rows per feature table for every source: ``{source_id: {table: n}}`` (tables with no rows left out)."""
    counts: dict[int, dict[str, int]] = {}
    for table in FEATURE_TABLES:
        for sid, n in cur.execute(f'SELECT source_id, count(*) FROM "{table}" GROUP BY source_id').fetchall():
            counts.setdefault(sid, {})[table] = n
    return counts


def _refresh_other_counts(cur, counts: dict[int, dict[str, int]], source_id: int) -> None:
    """Keep the recorded counts of earlier sources true after this import replaced some of their rows."""
    for sid, recorded in cur.execute("SELECT id, feature_counts FROM sources WHERE id <> ?", [source_id]).fetchall():
        now = counts.get(sid, {})
        if json.loads(recorded or "{}") != now:
            cur.execute("UPDATE sources SET feature_counts = ? WHERE id = ?", [json.dumps(now), sid])
