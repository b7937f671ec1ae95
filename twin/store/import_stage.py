"""Where a large import's rows wait until they are copied into the project (``SourceWriter.staged``).

DuckDB holds memory outside its buffer pool for every row appended by many small INSERTs inside one open
transaction (about 0.3-0.5 KB a row: ~90 MB more for the 200 MB PLATEAU file). One ``INSERT … SELECT`` of many
rows does not: DuckDB writes its full row groups straight to the database file. So an import's batches are
written to Parquet files first, one per project table and set of columns, and :meth:`ImportStage.move_into`
copies each file into its table with one ``INSERT … SELECT`` inside the import transaction: the project still
changes all at once or not at all.

Parquet, not a staging DuckDB database: writing a batch is a copy of its Arrow buffers (no compression, no
dictionary, no statistics: the files are read once), where an INSERT into a staging database cost about as
much CPU as the parse it waited for, and detaching that database at the end cost more again.

The files live in a folder beside the project, ``<project>.import-stage-<pid>-<n>``; it is removed when the
import ends, whatever happens, and a folder left by a killed process is removed by the next import into the
same project (:func:`remove_stale_stages`).
"""

from __future__ import annotations

import contextlib
import glob
import itertools
import os
import shutil
from collections.abc import Iterable
from pathlib import Path

import pyarrow as pa
import pyarrow.parquet as pq

#: staging folders are named ``<project>.import-stage-<pid>-<n>`` beside the project file
STAGE_INFIX = ".import-stage-"
_numbers = itertools.count(1)

#: DuckDB column type → the Arrow type its staged values are written as (geometry columns: WKB)
_ARROW_TYPES = {"VARCHAR": pa.string(), "JSON": pa.string(), "DOUBLE": pa.float64(), "FLOAT": pa.float32(),
                "INTEGER": pa.int32(), "BIGINT": pa.int64(), "SMALLINT": pa.int16(), "TINYINT": pa.int8(),
                "BOOLEAN": pa.bool_(), "DATE": pa.date32(), "TIMESTAMP": pa.timestamp("us"), "BLOB": pa.binary(),
                "GEOMETRY": pa.binary()}


class _StagedTable:
    """One Parquet file of rows for ``table`` with ``columns`` (in that order)."""

    def __init__(self, path: Path, table: str, schema: pa.Schema, geometry_columns: frozenset[str]):
        self.path = path
        self.table = table
        self.schema = schema
        self.geometry_columns = geometry_columns
        self.writer: pq.ParquetWriter | None = pq.ParquetWriter(
            path, schema, compression="none", use_dictionary=False, write_statistics=False)

    def write(self, data: pa.Table) -> None:
        if data.schema != self.schema:
            data = data.select(self.schema.names).cast(self.schema)
        self.writer.write_table(data)

    def finish(self) -> None:
        if self.writer is not None:
            self.writer.close()
            self.writer = None


class ImportStage:
    """The staged rows of one import (see the module docstring)."""

    def __init__(self, store, source_id: int):
        self.store = store
        self.source_id = source_id
        base = Path(str(store.path)) if str(store.path) not in ("", ":memory:") else None
        parent = base.parent if base is not None else Path(os.environ.get("TMPDIR", "/tmp"))
        name = (base.name if base is not None else "memory") + f"{STAGE_INFIX}{os.getpid()}-{next(_numbers)}"
        self.folder = parent / name
        self._tables: dict[tuple[str, tuple[str, ...]], _StagedTable] = {}
        if base is not None:
            remove_stale_stages(base)

    def insert(self, cur, table: str, data: pa.Table | pa.RecordBatch, geometry_columns: Iterable[str]) -> int:
        """Stage ``data`` (columns by name) for ``table``; ``cur`` (the import's cursor) gives the table's column
        types the first time a table is staged with these columns."""
        if data.num_rows == 0:
            return 0
        if isinstance(data, pa.RecordBatch):
            data = pa.Table.from_batches([data])
        columns = tuple(data.schema.names)
        key = (table, columns)
        staged = self._tables.get(key)
        if staged is None:
            if not self._tables:
                self.folder.mkdir(parents=True, exist_ok=True)
            geoms = frozenset(geometry_columns) & set(columns)
            schema = _stage_schema(cur, table, columns, geoms)
            staged = self._tables[key] = _StagedTable(self.folder / f"{len(self._tables) + 1:03d}-{table}.parquet",
                                                      table, schema, geoms)
        staged.write(data)
        return data.num_rows

    def move_into(self, cur) -> None:
        """Copy every staged file into its project table (on ``cur``, inside the import transaction), in the
        order the tables were first written; columns not staged get the table's defaults (ids from sequences)."""
        for staged in self._tables.values():
            staged.finish()
        for staged in self._tables.values():
            names = staged.schema.names
            cols = ", ".join(f'"{c}"' for c in names)
            select = ", ".join(f'ST_GeomFromWKB("{c}")' if c in staged.geometry_columns else f'"{c}"' for c in names)
            cur.execute(f'INSERT INTO "{staged.table}" ({cols}, source_id) SELECT {select}, {int(self.source_id)} '
                        f"FROM read_parquet('{_sql_text(str(staged.path))}')")

    def close(self) -> None:
        """Remove the staged files (after the import transaction has ended)."""
        for staged in self._tables.values():
            with contextlib.suppress(Exception):
                staged.finish()
        self._tables.clear()
        shutil.rmtree(self.folder, ignore_errors=True)


def _stage_schema(cur, table: str, columns: tuple[str, ...], geoms: frozenset[str]) -> pa.Schema:
    cols = ", ".join(f'"{c}"' for c in columns)
    types = {name: str(typ) for name, typ, *_ in cur.execute(f'DESCRIBE SELECT {cols} FROM "{table}"').fetchall()}
    fields = []
    for c in columns:
        t = "GEOMETRY" if c in geoms else types[c].upper()
        arrow = _ARROW_TYPES.get(t)
        if arrow is None:
            raise TypeError(f"cannot stage column {table}.{c} of type {t}")
        fields.append(pa.field(c, arrow))
    return pa.schema(fields)


def _sql_text(text: str) -> str:
    return text.replace("'", "''")


def remove_stale_stages(project: Path) -> None:
    """Delete the staging folders (or files of older versions) of imports whose process is gone."""
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
