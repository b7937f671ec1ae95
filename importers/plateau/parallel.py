"""Worker processes that parse chunks while the main process scans files and writes to DuckDB.

:class:`ChunkPool` starts ``n`` processes with the *spawn* method (safe with threads, DuckDB and Qt in
the parent); each runs ``_worker.py`` and answers chunk tasks with result dicts holding Arrow tables.
Results come back in completion order; the caller (``pipeline.py``) reorders them by task index, and parses
chunks itself while it waits (so it starts ``cpu_count - 1`` of these).
Only processes started here are ever stopped, by their own handles.
"""

from __future__ import annotations

import contextlib
import multiprocessing as mp
import queue
import runpy
import sys
import threading
import types
from pathlib import Path

WORKER_SCRIPT = Path(__file__).with_name("_worker.py")
_start_lock = threading.Lock()


@contextlib.contextmanager
def _parent_main_hidden():
    """Start workers without re-running the parent's ``__main__`` in them.

    A spawned child normally re-imports the parent's main script (as ``__mp_main__``). Our workers need
    nothing from it, and it may be unimportable (code read from stdin, an interactive session) or slow
    (a GUI or benchmark script). While the processes start, ``sys.modules['__main__']`` is a bare stand-in.
    """
    with _start_lock:
        real = sys.modules.get("__main__")
        sys.modules["__main__"] = types.ModuleType("__main__")
        try:
            yield
        finally:
            if real is not None:
                sys.modules["__main__"] = real


#: bytes a result pipe holds (Linux's limit for an unprivileged process): a chunk's result (~0.35 MB on the 200 MB
#: benchmark file) then passes in one write and one read, not 64 KB at a time with both processes waiting on each
#: other (the main process spent 0.11 s reading the results of that file, now 0.05 s)
PIPE_BYTES = 1 << 20


def _widen_pipe(q) -> None:
    """Let the pipe under ``q`` hold :data:`PIPE_BYTES` (Linux only; elsewhere, or when refused, it stays as it is)."""
    try:
        import fcntl
        fcntl.fcntl(q._reader.fileno(), fcntl.F_SETPIPE_SZ, PIPE_BYTES)
    except (ImportError, AttributeError, OSError):
        pass


class WorkerDied(RuntimeError):
    pass


class ChunkPool:
    def __init__(self, workers: int):
        ctx = mp.get_context("spawn")
        self._tasks = ctx.Queue()
        self._results = ctx.Queue()
        _widen_pipe(self._results)
        self.procs = [ctx.Process(target=runpy.run_path, args=(str(WORKER_SCRIPT),),
                                  kwargs={"init_globals": {"TASK_QUEUE": self._tasks, "RESULT_QUEUE": self._results},
                                          "run_name": "__kaga_plateau_worker__"},
                                  name=f"kaga-plateau-parser-{i}", daemon=True)
                      for i in range(workers)]
        with _parent_main_hidden():
            for p in self.procs:
                p.start()
        self._closed = False
        self.ready: set[int] = set()   # pids of the workers that have loaded the parser (seen by get)

    @property
    def pids(self) -> list[int]:
        return [p.pid for p in self.procs if p.pid is not None]

    def submit(self, task: dict) -> None:
        self._tasks.put(task)

    def get(self, timeout: float) -> dict | None:
        """The next result, or None after ``timeout`` s; :class:`WorkerDied` if a worker has died."""
        while True:
            try:
                res = self._results.get(timeout=timeout)
            except queue.Empty:
                dead = [p for p in self.procs if p.exitcode is not None]
                if dead:
                    raise WorkerDied(f"parser process {dead[0].name} stopped (exit code {dead[0].exitcode})")
                return None
            if "ready" in res:
                self.ready.add(res["ready"])
                continue
            return res

    def close(self) -> None:
        """Stop the workers: politely, then by force."""
        if self._closed:
            return
        self._closed = True
        alive = [p for p in self.procs if p.is_alive()]
        for _ in alive:
            try:
                self._tasks.put(None)
            except (OSError, ValueError):
                pass
        for p in alive:
            p.join(timeout=2)
        self.terminate()

    def terminate(self) -> None:
        self._closed = True
        for p in self.procs:
            if p.is_alive():
                p.terminate()
        for p in self.procs:
            p.join(timeout=2)
            if p.is_alive():
                p.kill()
                p.join(timeout=2)
        for q in (self._tasks, self._results):
            q.cancel_join_thread()
            q.close()
