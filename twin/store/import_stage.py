"""Where a large import's rows wait until they are copied into the project (``SourceWriter.staged``).

An import's rows are not inserted straight into the project inside its one transaction: DuckDB 1.5.5 fails that way
(see below). So an import's batches are written to a staging DuckDB database beside the project, each batch committed
on a cursor of its own, and :meth:`ImportStage.move_into` copies the staged rows into the project inside the import
transaction (one ``INSERT … SELECT … UNION ALL …`` per :data:`MOVE_BATCHES` batches): the project still changes all at
once or not at all.

The stage has a price: the staging INSERTs (0.6-0.7 CPU-s for the 200 MB LOD1 benchmark file) and the copy at the
end, which nothing runs beside (0.25 s for 200 MB, 2.05 s for 1 GB, plus the COMMIT). Inserting straight into the
project was measured again on 2026-12-06:

* the memory it grew by (~0.3-0.5 KB a row, the first reason for the stage) was not DuckDB's own: DuckDB's Python API
  keeps every Arrow table registered inside a transaction alive until the transaction ends (five times the 200 MB
  file's rows left 405 MB of Arrow allocated; none when each batch was registered as a ``pyarrow.RecordBatchReader``).
  With readers the main process stayed at 351-355 MB on the 200 MB file (444-448 MB summed with the parse worker), and
  the import took 2.49-2.51 s against 2.94-3.09 s staged; a 1 GB import took 10.95-11.27 s against 13.5-14.9 s;
* but DuckDB 1.5.5 failed in 6 of 8 such 1 GB imports in a row, in an INSERT or at the COMMIT: ``Invalid unicode (byte
  sequence mismatch) detected in segment statistics update``, ``Unexpected end of binary data at position 133``,
  ``Unsupported geometry type in legacy geometry!``, ``Only little-endian legacy geometries are supported``. The
  failures follow DuckDB's memory limit, under which it spills to the project's temp folder (20 MB at the peak of a
  straight 200 MB import): at the import's 64 MB, 6 of 8 failed (and 4 of 8 with geometry shredding off, 3 of 3 with
  Arrow dictionaries decoded first, 4 of 4 with compression off; one more crashed the process; with the geometry
  handed over as GeoArrow WKB instead of through ``ST_GeomFromWKB``, a 200 MB import failed at its COMMIT); at 128 MB,
  with one row group buffered per table, 1 of 2 failed; at 192 MB 2 of 2 passed, but the main process peaked at
  471-475 MB (over 500 MB with the parse worker); at 4 GB, where nothing was spilled, 6 of 6 passed at 762-773 MB. The
  staged import spills too (28 MB at its peak on 200 MB), but it failed in none of its runs.

So the rows are still staged; a DuckDB that keeps a spilling transaction's rows intact would let the import write
straight into the project.

Each batch is staged in a table of its own. Appended to one staging table per project table, the batches had cost
more the more the stage held: DuckDB checkpoints the stage every 16 MB of write-ahead log, and every checkpoint wrote
each table's last, growing row group again. Staging the 200 MB LOD1 benchmark file's rows, interleaved as in an
import, took 0.76-0.79 CPU-s that way and 0.53 this way; five times those rows 5.4 and 2.7 CPU-s; the 1 GB import
16.3-16.9 s and 13.4-14.7 s, at the same peak RSS. A batch's table is created and filled in two transactions: rows
inserted into a table created in the same transaction take DuckDB's other write path, which, with the stage's
uncompressed storage, corrupted staged strings in DuckDB 1.5.5 (``Invalid unicode (byte sequence mismatch) detected
in segment statistics update`` in the copy, in each of three 1 GB imports; with compression it passed, but staged
more slowly).

Why not Parquet files, which cost half the CPU: the final ``INSERT … SELECT ST_GeomFromWKB(…) FROM
read_parquet(…)`` made DuckDB 1.5.5 fail now and then at the COMMIT's checkpoint (``FATAL Error: Failed to create
checkpoint because of error: Unsupported geometry type in legacy geometry!`` or ``Only little-endian legacy
geometries are supported``): 2 of 26 imports of the 1 GB benchmark file (``benchmarks/import_citygml.py``), and a
FATAL error invalidates the database. Copying GEOMETRY values that were already stored, as here, failed in none of
its runs.

Why everything is copied at the end, not a full stage database at a time while the parsers still work (which took
the 1 GB file from 18.8 to 15.8 s): with the import transaction reading each filled stage database while the next
one was written, DuckDB 1.5.5 failed in 3 of 6 imports of the 1 GB benchmark file (``Invalid unicode (byte sequence
mismatch) detected in segment statistics update``, once as a FATAL error at the COMMIT's checkpoint), and its
process died in another, with the stage database detached and attached again read-only before the copy.

Why not an in-memory staging database (``ATTACH ':memory:'``), spilled to the project's temp folder: it took the 1 GB
file from 16.1 to 13.4 s at the same peak RSS, and passed 16 such imports in a row; but with 122,880-row batches
DuckDB 1.5.5 failed at the COMMIT's checkpoint of every 1 GB import (``FATAL Error: … Unsupported geometry type in
legacy geometry!``), and with those batches inserted as 10,240-row slices (``Invalid unicode … detected in segment
statistics update``), while this file stage passed both. One huge building can make a batch that large.

Why one staging database: started anew after every 64 MB of staged data (against the growing cost of the one staging
table per project table of that time, which the tables per batch now avoid), the 1 GB import took 13.5 s instead of
~16 s, but of three such imports one crashed the process (segmentation fault) and one failed in the copy into the
project (``Unsupported geometry type in legacy geometry!``).

The stage lives beside the project, ``<project>.import-stage-<pid>-<n>.duckdb``; it is removed when the import
ends, whatever happens, and one left by a killed process is removed by the next import into the same project
(:func:`remove_stale_stages`).
"""

from __future__ import annotations

import contextlib
import glob
import itertools
import os
import shutil
from collections.abc import Iterable
from pathlib import Path

import duckdb
import pyarrow as pa

#: staging databases are named ``<project>.import-stage-<pid>-<n>.duckdb`` beside the project file
STAGE_INFIX = ".import-stage-"
_numbers = itertools.count(1)
#: staging tables copied into the project by one ``INSERT … SELECT … UNION ALL …`` (bounds the statement's size)
MOVE_BATCHES = 64


def insert_arrow(cur, target: str, data: pa.Table | pa.RecordBatch, geometry_columns: Iterable[str],
                 source_id: int) -> int:
    """``INSERT INTO target BY NAME`` the rows of ``data``, WKB ``geometry_columns`` as GEOMETRY, with ``source_id``."""
    if data.num_rows == 0:
        return 0
    geoms = set(geometry_columns)
    cols = []
    for name in data.schema.names:
        cols.append(f'ST_GeomFromWKB("{name}") AS "{name}"' if name in geoms else f'"{name}"')
    view = f"_kaga_import_{id(data)}"
    cur.register(view, data)
    try:
        cur.execute(f'INSERT INTO {target} BY NAME SELECT {", ".join(cols)}, {int(source_id)} AS source_id '
                    f'FROM "{view}"')
    finally:
        cur.unregister(view)
    return data.num_rows


class ImportStage:
    """The staging database of one import (see the module docstring); a DuckDB file beside the project (in the
    temp folder for an in-memory store), attached to the store's database."""

    def __init__(self, store, source_id: int):
        self.store = store
        self.source_id = source_id
        base = Path(str(store.path)) if str(store.path) not in ("", ":memory:") else None
        folder = base.parent if base is not None else Path(os.environ.get("TMPDIR", "/tmp"))
        name = (base.name if base is not None else "memory") + f"{STAGE_INFIX}{os.getpid()}-{next(_numbers)}.duckdb"
        self.path = folder / name
        self.alias = f"_kaga_stage_{os.getpid()}_{next(_numbers)}"
        #: (project table, columns, its staging tables in order), in the order the tables were first written
        self.tables: list[tuple[str, tuple[str, ...], list[str]]] = []
        self._staged: dict[tuple[str, frozenset], tuple[int, list[str]]] = {}   # → (number, its staging tables)
        self._cur = None
        self._compression: str | None = None
        if base is not None:
            remove_stale_stages(base)

    def _cursor(self):
        if self._cur is None:
            for p in _stage_files(self.path):
                p.unlink(missing_ok=True)
            self._cur = self.store.cursor()
            self._cur.execute(f"ATTACH '{_sql_text(str(self.path))}' AS {self.alias}")
            # staged rows are read once, by move_into: not compressing them saves the compression analysis,
            # which made staging cost ~40% more CPU than writing the rows to the project directly
            self._compression = str(self._cur.execute("SELECT current_setting('force_compression')").fetchone()[0])
            self._cur.execute("SET force_compression = 'uncompressed'")
        return self._cur

    def _restore_compression(self) -> None:
        if self._cur is not None and self._compression is not None:
            was, self._compression = self._compression, None
            if was and was.lower() not in ("auto", "uncompressed"):
                self._cur.execute(f"SET force_compression = '{_sql_text(was)}'")
            else:
                self._cur.execute("RESET force_compression")

    def insert(self, table: str, data: pa.Table | pa.RecordBatch, geometry_columns: Iterable[str]) -> int:
        """Stage ``data`` (columns by name) for ``table`` in a staging table of its own, committed at once on the
        stage's own cursor (not the import's: the rows must not enter its transaction before :meth:`move_into`)."""
        if data.num_rows == 0:
            return 0
        stage = self._cursor()
        # only the columns written are staged and copied, so the project table's defaults (ids from sequences, …)
        # fill the others as a direct INSERT BY NAME would
        columns = tuple(dict.fromkeys([*data.schema.names, "source_id"]))
        key = (table, frozenset(columns))
        staged = self._staged.get(key)
        if staged is None:
            staged = self._staged[key] = (len(self._staged) + 1, [])
            self.tables.append((table, columns, staged[1]))
        number, batches = staged
        name = f'{self.alias}."{table}__{number}_{len(batches) + 1}"'
        select = ", ".join(f'"{c}"' for c in columns)
        # two transactions, not one: rows inserted into a table created in the same transaction take another write
        # path, which with uncompressed storage corrupted staged strings in DuckDB 1.5.5 (see the module docstring)
        stage.execute(f'CREATE TABLE {name} AS SELECT {select} FROM "{table}" LIMIT 0')
        n = insert_arrow(stage, name, data, geometry_columns, self.source_id)
        batches.append(name)
        return n

    def move_into(self, cur) -> None:
        """Copy every staged table into the project (on ``cur``, the import transaction's cursor), in the order
        the rows were staged: one ``INSERT … SELECT`` per :data:`MOVE_BATCHES` staging tables."""
        self._restore_compression()
        for table, columns, batches in self.tables:
            cols = ", ".join(f'"{c}"' for c in columns)
            for i in range(0, len(batches), MOVE_BATCHES):
                union = " UNION ALL ".join(f"SELECT {cols} FROM {b}" for b in batches[i:i + MOVE_BATCHES])
                cur.execute(f'INSERT INTO "{table}" ({cols}) {union}')

    def close(self) -> None:
        """Detach and delete the staging database (after the import transaction has ended)."""
        if self._cur is not None:
            with contextlib.suppress(duckdb.Error):
                self._restore_compression()
            # dropped first (in one transaction), DETACH has nothing to checkpoint: 0.03 s instead of 0.18 s at the
            # end of an import of the 200 MB benchmark file, for a file deleted right after
            try:
                self._cur.execute("BEGIN TRANSACTION")
                for _table, _columns, batches in self.tables:
                    for name in batches:
                        self._cur.execute(f"DROP TABLE IF EXISTS {name}")
                self._cur.execute("COMMIT")
            except duckdb.Error:
                with contextlib.suppress(duckdb.Error):
                    self._cur.execute("ROLLBACK")
            with contextlib.suppress(duckdb.Error):
                self._cur.execute(f"DETACH {self.alias}")
            with contextlib.suppress(duckdb.Error):
                self._cur.close()
            self._cur = None
        for p in _stage_files(self.path):
            with contextlib.suppress(OSError):
                p.unlink(missing_ok=True)


def _sql_text(text: str) -> str:
    return text.replace("'", "''")


def _stage_files(path: Path) -> list[Path]:
    return [path, path.with_name(path.name + ".wal"), path.with_name(path.name + ".tmp")]


def remove_stale_stages(project: Path) -> None:
    """Delete the staging databases (or folders) of imports whose process is gone (killed during an import)."""
    for p in project.parent.glob(f"{glob.escape(project.name)}{STAGE_INFIX}*"):
        try:
            pid = int(p.name[len(project.name) + len(STAGE_INFIX):].split("-", 1)[0])
        except ValueError:
            continue
        if pid == os.getpid() or _alive(pid):
            continue
        with contextlib.suppress(OSError):
            if p.is_dir():
                shutil.rmtree(p)
            else:
                p.unlink()


def _alive(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True
    return True
