"""How the desktop app holds a project so that ``kaga-twin`` commands work beside it.

DuckDB lets one process read and write a file, or many processes read it, never both (file locks). The app
therefore keeps the project **read-only at rest** and takes it read-write only while it writes:

* one in-memory DuckDB instance (spatial loaded once) with the project file ATTACHed as ``project``,
  ``READ_ONLY`` at rest: any number of ``kaga-twin info``/``sql``/``render`` processes can open it too;
* a write scope (:meth:`Attachment.writing`, used by ``Store.transaction``, ``set_app_state``, imports,
  analyses) detaches it and attaches it read-write; when the last scope ends it is checkpointed, detached and
  attached read-only again (a few milliseconds; waits while a command line reader holds the file);
* after :data:`IDLE_RELEASE_S` without any use it is detached altogether (:meth:`Attachment.release_if_idle`),
  so ``kaga-twin import`` and ``sql --write`` can take the file; the next use attaches it again and compares
  the file and a signature of the tables with what they were: :meth:`Attachment.take_outside_changes` tells
  which tables another program changed.

Cursors are :class:`GatedCursor` objects on the in-memory instance: they survive every swap (each call goes
through a gate that a swap waits for, and the DuckDB cursor behind it is made anew after a swap, which also
drops results left unread that would keep the old attachment alive).
"""

from __future__ import annotations

import contextlib
import gc
import os
import threading
import time
import weakref
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import duckdb

ALIAS = "project"
#: the core's own tables: changes there are not news to the user (a new source shows in its feature tables)
BOOKKEEPING = frozenset({"app_state", "project_meta", "sources", "import_rejects", "analysis_runs",
                         "analysis_params", "schema_migrations", "theme_migrations"})
#: seconds without any use after which the app lets go of the file (so command line writers can take it)
IDLE_RELEASE_S = 3.0


def file_stamp(path: Path) -> tuple:
    """Size and modification time of the project file and its WAL: changes when anyone writes."""
    out = []
    for p in (path, Path(str(path) + ".wal")):
        try:
            st = p.stat()
            out.append((st.st_size, st.st_mtime_ns))
        except OSError:
            out.append(None)
    return tuple(out)


def signature(con: duckdb.DuckDBPyConnection) -> dict[str, Any]:
    """Row counts of the project's tables, its sources (id → import time, tables) and analysis runs (id → tables)."""
    names = [r[0] for r in con.execute(
        "SELECT table_name FROM duckdb_tables() WHERE database_name = ? AND schema_name = 'main' ORDER BY 1",
        [ALIAS]).fetchall()]
    counts = {}
    if names:
        row = con.execute("SELECT " + ", ".join(f'(SELECT count(*) FROM {ALIAS}.main."{n}")' for n in names)
                          ).fetchone()
        counts = dict(zip(names, row))
    sources = runs = {}
    if "sources" in counts:
        sources = {r[0]: (str(r[1]), r[2] or "{}") for r in con.execute(
            f"SELECT id, imported_at, feature_counts::VARCHAR FROM {ALIAS}.main.sources").fetchall()}
    if "analysis_runs" in counts:
        runs = {r[0]: r[1] or "{}" for r in con.execute(
            f"SELECT id, outputs::VARCHAR FROM {ALIAS}.main.analysis_runs").fetchall()}
    return {"counts": counts, "sources": sources, "runs": runs}


def changed_tables(before: dict[str, Any], after: dict[str, Any]) -> set[str]:
    """Tables whose rows another program changed between two :func:`signature` readings (as far as seen)."""
    import json

    a, b = before["counts"], after["counts"]
    changed = {t for t in set(a) | set(b) if a.get(t) != b.get(t)}
    for sid, (when, tables) in after["sources"].items():
        if before["sources"].get(sid, (None,))[0] != when:
            changed |= set(json.loads(tables or "{}"))
    for rid, tables in after["runs"].items():
        if rid not in before["runs"]:
            changed |= set(json.loads(tables or "{}"))
    return changed - BOOKKEEPING


class Gate:
    """Many calls at once, or one swap: a swap waits for the calls in flight, calls wait for a swap."""

    def __init__(self) -> None:
        self._cond = threading.Condition()
        self._calls = 0
        self._swapping = False

    @contextlib.contextmanager
    def call(self) -> Iterator[None]:
        with self._cond:
            while self._swapping:
                self._cond.wait()
            self._calls += 1
        try:
            yield
        finally:
            with self._cond:
                self._calls -= 1
                if not self._calls:
                    self._cond.notify_all()

    @contextlib.contextmanager
    def swap(self) -> Iterator[None]:
        with self._cond:
            while self._swapping or self._calls:
                self._cond.wait()
            self._swapping = True
        try:
            yield
        finally:
            with self._cond:
                self._swapping = False
                self._cond.notify_all()


class GatedCursor:
    """A cursor of the app's store: the DuckDB cursor API, each call through the :class:`Gate`."""

    def __init__(self, attachment: "Attachment"):
        self._att = attachment
        self._raw: duckdb.DuckDBPyConnection | None = None
        self._closed = False

    def _cursor(self) -> duckdb.DuckDBPyConnection:
        if self._closed:
            raise duckdb.ConnectionException("Connection already closed!")
        if self._raw is None:
            raw = self._att.base.cursor()
            raw.execute(f"USE {ALIAS}")
            self._raw = raw
        return self._raw

    def _drop(self) -> None:
        """Close the DuckDB cursor behind (its transaction and unread results with it); called during a swap."""
        raw, self._raw = self._raw, None
        if raw is not None:
            with contextlib.suppress(duckdb.Error):
                raw.close()

    def close(self) -> None:
        self._closed = True
        with self._att.gate.call():
            self._drop()

    def __enter__(self) -> "GatedCursor":
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def __getattr__(self, name: str) -> Any:
        member = getattr(duckdb.DuckDBPyConnection, name)
        if not callable(member):
            with self._att.using():
                return getattr(self._cursor(), name)

        def gated(*args: Any, **kwargs: Any) -> Any:
            with self._att.using():
                raw = self._cursor()
                result = getattr(raw, name)(*args, **kwargs)
            return self if result is raw else result

        return gated


class Attachment:
    """The project file attached to an in-memory DuckDB instance: read-only at rest, read-write in
    :meth:`writing`, detached when idle. ``open_error(exc, waited, read_only)`` turns a DuckDB error into the store's
    :class:`~twin.errors.StoreError`; ``wait`` (``read_wait`` for attaching again to read) is how long to retry
    while another process holds the file."""

    def __init__(self, base: duckdb.DuckDBPyConnection, path: Path, *,
                 open_error: Callable[[BaseException, float, bool], Exception], wait: float, read_wait: float = 2.0):
        self.base = base
        self.path = path
        self.gate = Gate()
        self._open_error = open_error
        self._wait = wait                    # for a write (the command line reader finishes its query)
        self._read_wait = min(read_wait, wait)   # for a read after an idle release (the window waits meanwhile)
        self._cursors_lock = threading.Lock()
        self._scope = threading.RLock()      # held while the mode changes; guards _writers and _mode
        self._writers = 0
        self._mode: str | None = None        # None (detached), "ro" or "rw"
        self._cursors: weakref.WeakSet[GatedCursor] = weakref.WeakSet()
        self._last_use = time.monotonic()
        self._stamp: tuple | None = None
        self._signature: dict[str, Any] | None = None
        self._outside: list[set[str]] = []
        self.swaps = 0                       # attach/detach cycles (benchmarks, tests)

    # -- cursors ----------------------------------------------------------------------------------------
    def cursor(self) -> GatedCursor:
        cur = GatedCursor(self)
        with self._cursors_lock:
            self._cursors.add(cur)
        return cur

    @contextlib.contextmanager
    def using(self) -> Iterator[None]:
        """Around every cursor call: the file attached (again, after an idle release), no swap meanwhile."""
        while True:
            if self._mode is None:
                with self._scope:
                    if self._mode is None:
                        self._swap("ro" if not self._writers else "rw", wait=self._read_wait)
            with self.gate.call():
                if self._mode is not None:
                    self._last_use = time.monotonic()
                    yield
                    return

    # -- modes ------------------------------------------------------------------------------------------
    @property
    def mode(self) -> str | None:
        return self._mode

    @contextlib.contextmanager
    def writing(self) -> Iterator[None]:
        """The file read-write for the duration (nested and concurrent scopes share one attachment)."""
        with self._scope:
            if self._mode != "rw":
                self._swap("rw")
            self._writers += 1
        try:
            yield
        finally:
            with self._scope:
                self._writers -= 1
                if not self._writers:
                    self._last_use = time.monotonic()
                    # back to read-only; if another process took the file in between, the next use attaches
                    # it again (waiting)
                    with contextlib.suppress(Exception):
                        self._swap("ro", wait=0.0)

    def release_if_idle(self, seconds: float | None = None) -> bool:
        """Detach the file when nothing used it for ``seconds`` (default :data:`IDLE_RELEASE_S`) and nothing
        writes: True if it was let go."""
        seconds = IDLE_RELEASE_S if seconds is None else seconds
        if not self._scope.acquire(blocking=False):   # a swap is under way (never wait on the window's thread)
            return False
        try:
            if self._mode is None or self._writers or time.monotonic() - self._last_use < seconds:
                return False
            self._swap(None)
            return True
        finally:
            self._scope.release()

    def poll(self) -> None:
        """While detached: attach again (without waiting) when another program changed the file, so
        :meth:`take_outside_changes` can tell."""
        if self._mode is not None or self._stamp is None or file_stamp(self.path) == self._stamp:
            return
        if not self._scope.acquire(blocking=False):
            return
        try:
            if self._mode is None and not self._writers:
                with contextlib.suppress(Exception):
                    self._swap("ro", wait=0.0)
        finally:
            self._scope.release()

    def take_outside_changes(self) -> list[set[str]]:
        """The table sets another program changed, one per time it was noticed (cleared by the call)."""
        with self._cursors_lock:
            out, self._outside = self._outside, []
        return out

    def close(self) -> None:
        with self._scope:
            self._swap(None)

    # -- the swap -----------------------------------------------------------------------------------------
    def _swap(self, mode: str | None, wait: float | None = None) -> None:
        """Detach and attach in ``mode`` (caller holds ``_scope``), with every cursor call held back."""
        if mode == self._mode:
            return
        with self.gate.swap():
            with self._cursors_lock:
                cursors = list(self._cursors)
            for cur in cursors:
                cur._drop()
            if self._mode is not None:
                self._detach(keep_signature=mode is None)
            if mode is not None:
                self._attach(mode == "ro", self._wait if wait is None else wait)
            self._mode = mode
            self.swaps += 1

    def _detach(self, keep_signature: bool) -> None:
        if self._mode == "rw":
            with contextlib.suppress(duckdb.Error):
                self.base.execute(f"CHECKPOINT {ALIAS}")
        self._signature = None
        if keep_signature:
            with contextlib.suppress(duckdb.Error):
                self._signature = signature(self.base)
        self.base.execute(f"DETACH {ALIAS}")
        self._mode = None
        self._stamp = file_stamp(self.path)

    def _attach(self, read_only: bool, wait: float) -> None:
        sql = (f"ATTACH '{str(self.path).replace(chr(39), chr(39) * 2)}' AS {ALIAS}"
               + (" (READ_ONLY)" if read_only else ""))
        start, delay = time.monotonic(), 0.02
        while True:
            stamp = file_stamp(self.path)
            try:
                self.base.execute(sql)
                break
            except (duckdb.Error, OSError) as exc:
                text, waited = str(exc), time.monotonic() - start
                if "Unique file handle conflict" in text:   # an old attachment not freed yet (unread results)
                    gc.collect()
                    if waited >= max(wait, 2.0):
                        raise self._open_error(exc, waited, read_only) from None
                elif "lock" not in text.lower() or waited >= wait:
                    raise self._open_error(exc, waited, read_only) from None
                time.sleep(delay)
                delay = min(delay * 2, 0.25)
        if self._stamp is not None and stamp != self._stamp:
            # another program wrote the file while it was detached: which tables, as far as one can see
            changed: set[str] = set()
            with contextlib.suppress(duckdb.Error):
                if self._signature is not None:
                    changed = changed_tables(self._signature, signature(self.base))
            with self._cursors_lock:
                self._outside.append(changed)


def wait_seconds(default: float) -> float:
    """How long to wait for a project another process holds: ``KAGA_TWIN_LOCK_WAIT`` seconds, else ``default``."""
    try:
        return max(0.0, float(os.environ.get("KAGA_TWIN_LOCK_WAIT", default)))
    except ValueError:
        return default


__all__ = ["ALIAS", "Attachment", "Gate", "GatedCursor", "IDLE_RELEASE_S", "changed_tables", "file_stamp",
           "signature", "wait_seconds"]
