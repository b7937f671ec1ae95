"""Main of a parse worker process; ``parallel.ChunkPool`` runs this file with :func:`runpy.run_path`.

The worker loads the modules of this folder as a private package (``_kaga_plateau_worker``) without
executing ``importers/__init__.py`` or ``importers/plateau/__init__.py``: those import the importer
registry and with it the project store and DuckDB, which a parser needs neither the time nor the
memory for. The parsing modules only use relative imports, lxml, numpy, pyproj, shapely and pyarrow.

``TASK_QUEUE`` and ``RESULT_QUEUE`` are injected as globals by the pool. A task is a dict (see
``reader.parse_chunk``); ``None`` stops the worker.
"""

if __name__ == "__kaga_plateau_worker__":
    import importlib
    import os
    import signal
    import sys
    import traceback
    import types

    signal.signal(signal.SIGINT, signal.SIG_IGN)  # the main process handles Ctrl-C and stops us
    # pyarrow (CSV number parsing only) on malloc, which malloc_trim below can give back
    os.environ.setdefault("ARROW_DEFAULT_MEMORY_POOL", "system")
    # a parser does no linear algebra: without this, numpy's import starts an OpenBLAS thread per core, which
    # cost ~0.1 CPU-s of every worker's start (0.27 -> 0.17 CPU-s to load the parser)
    os.environ.setdefault("OPENBLAS_NUM_THREADS", "1")
    _pkg = "_kaga_plateau_worker"
    _mod = types.ModuleType(_pkg)
    _mod.__path__ = [os.path.dirname(os.path.abspath(__file__))]
    sys.modules[_pkg] = _mod
    _reader = importlib.import_module(_pkg + ".reader")
    _tasks, _results = TASK_QUEUE, RESULT_QUEUE  # noqa: F821 - injected by runpy init_globals
    _results.put({"ready": os.getpid()})
    try:  # give freed parse memory back to the system between chunks (glibc keeps it otherwise)
        import ctypes
        _trim = ctypes.CDLL("libc.so.6").malloc_trim
    except (OSError, AttributeError):
        _trim = None
    while True:
        _task = _tasks.get()
        if _task is None:
            break
        try:
            _res = _reader.parse_chunk(_task)
        except BaseException:  # a bug, not bad input: the main process re-runs the task to report it
            _res = {"index": _task["index"], "crash": traceback.format_exc()}
        _results.put(_res)
        del _task, _res
        # the reference cycles a parse leaves, freed while young (reader.collect_young); the memory is given back
        # when no chunk is waiting (after every chunk, giving it back and taking it again cost 10% of the worker's
        # CPU, for no lower peak: 431 MB summed either way on the 200 MB benchmark file)
        _idle = _tasks.empty()
        _reader.collect_young(now=_idle)
        if _trim is not None and _idle:
            _trim(0)
