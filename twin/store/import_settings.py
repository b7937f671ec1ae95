"""DuckDB settings while an import runs (one thread, a low memory limit), and putting the store's own back.

Used by :func:`twin.store.sources.run_source_import`; see :data:`IMPORT_SETTINGS` for why.
"""

from __future__ import annotations

import math
import re
import threading

import duckdb

from twin.store.store import Store

#: DuckDB settings while an import runs, restored when it ends (other cursors of the store share them meanwhile).
#:
#: * one thread: an import appends Arrow batches in order, which DuckDB's worker threads do not speed up;
#:   with two the same INSERTs took three times the CPU (time the parsers need) and ~100 MB more memory;
#: * a low memory limit: DuckDB otherwise keeps in its buffer pool every block the import wrote (up to the
#:   store's limit), and the COMMIT added another ~100 MB for a 200 MB CityGML file. Blocks beyond the
#:   limit are evicted (written ones are in the project file) or spilled to the store's temp directory
#:   (``<project>.tmp``). Should an import still run out of memory under it, it is rolled back and run
#:   again with the store's own limit (:func:`run_source_import`), so the limit never fails an import;
#: * the allocator given back to the system after every task that allocated more than 8 MB (DuckDB's default,
#:   128 MB, kept ~30 MB more resident through a 2-million-row import);
#: * strings written without FSST compression (dictionary compression stays): DuckDB tries FSST on every string
#:   column of every row group it writes, which cost the PLATEAU import's main process - the only one writing, and the
#:   busier one - ~0.25 CPU-s per 200 MB. Measured on 2026-12-06 in alternating pairs, 6 each: the 200 MB LOD1
#:   benchmark file 2.13 -> 1.93 s (3.66 -> 3.41 CPU-s), project 51 -> 52 MB; LOD2 textured 1.79 -> 1.61 s
#:   (2.98 -> 2.72 CPU-s), project 41-50 -> 54 MB (its unique polygon ids, which FSST had packed).
#:
#: What these cannot bound - every Arrow table registered inside the open transaction, which DuckDB's Python API keeps
#: alive until the transaction ends - is avoided by handing each batch over as a reader
#: (:func:`twin.store.sources.insert_arrow`, which also says what must not precede the inserts under this limit).
IMPORT_SETTINGS = {"threads": "1", "memory_limit": "64MB", "allocator_flush_threshold": "8MB",
                   "allocator_bulk_deallocation_flush_threshold": "8MB", "disabled_compression_methods": "fsst"}


_UNITS = {"b": 1, "bytes": 1, "kb": 10**3, "mb": 10**6, "gb": 10**9, "tb": 10**12,
          "kib": 1 << 10, "mib": 1 << 20, "gib": 1 << 30, "tib": 1 << 40}


def memory_bytes(setting: str) -> float:
    """A DuckDB memory size (``'953.6 MiB'``, ``'64MB'``) in bytes; infinite when not understood."""
    m = re.fullmatch(r"\s*([\d.]+)\s*([A-Za-z]*)\s*", setting)
    try:
        return float(m.group(1)) * _UNITS[m.group(2).lower() or "b"] if m else math.inf
    except (KeyError, ValueError):
        return math.inf


def _restorable(name: str, shown: str) -> str:
    """The value to SET to get ``shown`` back. DuckDB shows memory sizes truncated to one decimal (1 GB is
    '953.6 MiB'): setting that would lower the limit a little on every import, so the top of its range
    (still shown the same) is set instead."""
    size = memory_bytes(shown)
    m = re.fullmatch(r"\s*[\d]+\.(\d)\s*([A-Za-z]+)\s*", shown)
    if name != "memory_limit" or not m or size == math.inf:
        return shown
    return f"{int(size + 0.099 * _UNITS[m.group(2).lower()])}B"


class ImportSettings:
    """Applies ``settings`` to the store while imports run: the first import to start sets them, the last one
    to end restores the store's own values (imports running at the same time share the first one's)."""

    _lock = threading.Lock()
    _active: dict[int, list] = {}  # id(store) → [imports running, {setting: value to restore}]

    def __init__(self, store: Store, settings: dict[str, str]):
        self.store = store
        self.settings = settings

    def __enter__(self) -> None:
        with self._lock:
            entry = self._active.get(id(self.store))
            if entry is not None:
                entry[0] += 1
                return
            old = {}
            cur = self.store.cursor()
            try:
                for name, value in self.settings.items():
                    was = cur.execute("SELECT current_setting(?)", [name]).fetchone()[0]
                    if name == "memory_limit" and memory_bytes(str(was)) <= memory_bytes(value):
                        continue  # (only ever lowered)
                    if str(was) != value:
                        cur.execute(f"SET {name} = '{value}'")
                        old[name] = _restorable(name, str(was))
            finally:
                cur.close()
            self._active[id(self.store)] = [1, old]

    def __exit__(self, *exc: object) -> None:
        with self._lock:
            entry = self._active[id(self.store)]
            entry[0] -= 1
            if entry[0]:
                return
            del self._active[id(self.store)]
            if not entry[1] or self.store.closed:
                return
            cur = self.store.cursor()
            try:
                for name, value in entry[1].items():
                    try:
                        cur.execute(f"SET {name} = '{value}'")
                    except duckdb.Error:
                        pass
            finally:
                cur.close()
