"""``LakeSink``: what the PLATEAU ``Pipeline`` writes through when it builds a lake instead of a project.

It has the ``SourceWriter`` interface the pipeline uses (``crs``, ``warn``, ``skip``, ``reject``, ``progress``,
``check_cancelled``, ``insert_arrow``). Rows are transformed to EPSG:6668, given their partition (buildings and
roads by their own bbox centre, children by their parent's) and buffered per (table, partition); a buffer that
passes ``FILE_ROWS`` / ``FILE_BYTES`` — or the largest buffers, when all of them pass ``BUFFER_BYTES`` — is written
as one GeoParquet file under ``_staging/<sha12>/``. ``commit()`` moves the staged files into place; ``discard()``
removes them. Memory is bounded by the buffers and the ``gml_id → partition`` map of the parents whose children
may still come (``parents.ParentIndex``), not by the size of the source.

The parser writes in ``crs``, a metric CRS (the source's JGD2011 plane rectangular zone), because it measures
polygons in the CRS it writes; the sink transforms to the lake's EPSG:6668 (``partition.to_lake_crs``)."""

from __future__ import annotations

import os
import resource
import shutil
from pathlib import Path
from typing import Any

import numpy as np
import pyarrow as pa

from twin.lake import layout
from twin.lake.geoparquet import with_bbox, write_atomic

from . import partition as part
from .parents import ParentIndex

FILE_ROWS = int(os.environ.get("KAGA_LAKE_FILE_ROWS") or 250_000)
FILE_BYTES = int(os.environ.get("KAGA_LAKE_FILE_BYTES") or 32 << 20)
BUFFER_BYTES = int(os.environ.get("KAGA_LAKE_BUFFER_BYTES") or 64 << 20)
SLICE_ROWS = 16_384   # rows transformed and partitioned at a time
SAMPLES = 10   # skipped / rejected rows kept in the report (all are counted)


def rss_mb() -> float:
    import psutil

    return psutil.Process().memory_info().rss / 1e6


def peak_rss_mb() -> float:
    """Peak resident memory of this process since it started (Linux: ru_maxrss in KiB)."""
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss * 1024 / 1e6


def plain_columns(data: pa.Table) -> pa.Table:
    """Dictionary-encoded columns (the parser's surfaces) decoded, so every file of a table has one schema."""
    for i, f in enumerate(data.schema):
        if pa.types.is_dictionary(f.type):
            data = data.set_column(i, f.name, data.column(i).cast(f.type.value_type))
    return data


class LakeSink:
    def __init__(self, lake: Path, sha256: str, *, crs: str, city: str | None, label: str = ""):
        self.lake = Path(lake)
        self.sha256 = sha256
        self.crs = crs                       # the metric CRS the parser writes in (see partition.py)
        self.city = city
        self.path = label
        self.staging = self.lake / layout.STAGING / sha256[:layout.SHA_PREFIX]
        self.warnings: list[str] = []
        self._warned: set[str] = set()
        self.skipped = 0
        self.skipped_samples: list[dict[str, str]] = []
        self.rejected = 0
        self.reject_samples: list[dict[str, Any]] = []
        self.counts: dict[str, int] = {}
        self.partitions: list[tuple[str, str]] = []          # partition id → (city, mesh1)
        self._pid: dict[tuple[str, str], int] = {}
        self._parents = {p: ParentIndex() for p in {p for p, _ in layout.PARENTS.values()}}
        self.orphans: dict[str, int] = {}                    # child rows whose parent was not written
        self.parent_ids_max = 0                              # most parent ids held at once (see parents.py)
        self._buffers: dict[tuple[str, int], list] = {}      # (table, partition id) → [tables, rows, bytes, types]
        self._buffered = 0
        self._staged: list[Path] = []
        self.written: dict[str, int] = {}                    # "table/city=/mesh1=" → rows
        self.bytes_written = 0
        self.rss_max = rss_mb()
        self.progress_cb = None

    # -- SourceWriter interface ---------------------------------------------------------------------------
    def warn(self, message: str, *, once_key: str | None = None) -> None:
        if once_key is not None:
            if once_key in self._warned:
                return
            self._warned.add(once_key)
        self.warnings.append(message)

    def skip(self, item: str, reason: str) -> None:
        self.skipped += 1
        if len(self.skipped_samples) < SAMPLES:
            self.skipped_samples.append({"item": item, "reason": reason})

    def reject(self, *, reason: str, line: int | None = None, item: str | None = None, raw: str | None = None) -> None:
        self.rejected += 1
        if len(self.reject_samples) < SAMPLES:
            self.reject_samples.append({"line": line, "item": item, "reason": str(reason)})

    def progress(self, done: int, total: int, unit: str = "bytes", message: str = "") -> None:
        self.rss_max = max(self.rss_max, rss_mb())
        if self.progress_cb is not None:
            self.progress_cb(done, total, unit, message)

    def check_cancelled(self) -> None:
        pass

    def family_flushed(self, parent: str) -> None:
        """(``LakePipeline``) ``parent``'s buffered rows and then all its children's were just inserted."""
        self._parents[parent].family_flushed()

    def insert_arrow(self, table: str, data: pa.Table, geometry_columns=()) -> int:
        if table not in layout.TABLES:
            raise ValueError(f"the lake has no table {table!r} (tables: {', '.join(layout.TABLES)})")
        if not isinstance(data, pa.Table):
            data = pa.Table.from_batches([data])
        if table in self._parents:
            self._parents[table].new_batch()
        for start in range(0, data.num_rows, SLICE_ROWS):   # bounded temporaries (shapely objects, WKB copies)
            self._insert(table, data.slice(start, SLICE_ROWS))
        self.rss_max = max(self.rss_max, rss_mb())
        return data.num_rows

    def _insert(self, table: str, data: pa.Table) -> None:
        n = data.num_rows
        data = plain_columns(data)
        geom = layout.TABLES[table]
        bounds = None
        types: list[str] = []
        if geom is not None:
            wkb, bounds, types = part.to_lake_crs(data.column(geom), self.crs)
            data = with_bbox(data.set_column(data.schema.get_field_index(geom), geom, wkb), geom, bounds)
        data = data.append_column("source_sha256", pa.array([self.sha256] * n, pa.string()))
        keys = self._keys(table, data, bounds)
        self.counts[table] = self.counts.get(table, 0) + n
        order = np.argsort(keys, kind="stable")
        uniq, starts = np.unique(keys[order], return_index=True)
        ends = list(starts[1:]) + [n]
        for pid, a, b in zip(uniq.tolist(), starts.tolist(), ends, strict=True):
            piece = data.take(pa.array(order[a:b]))
            buf = self._buffers.setdefault((table, pid), [[], 0, 0, set()])
            size = piece.get_total_buffer_size()
            buf[0].append(piece)
            buf[1] += piece.num_rows
            buf[2] += size
            buf[3].update(types)
            self._buffered += size
            if buf[1] >= FILE_ROWS or buf[2] >= FILE_BYTES:
                self._write(table, pid)
        while self._buffered > BUFFER_BYTES and self._buffers:
            table_, pid_ = max(self._buffers, key=lambda k: self._buffers[k][2])
            self._write(table_, pid_)

    # -- partitions -----------------------------------------------------------------------------------------
    def _partition_id(self, city: str, mesh: str) -> int:
        key = (city, mesh)
        pid = self._pid.get(key)
        if pid is None:
            pid = self._pid[key] = len(self.partitions)
            self.partitions.append(key)
        return pid

    def _keys(self, table: str, data: pa.Table, bounds: np.ndarray | None) -> np.ndarray:
        n = data.num_rows
        if table in layout.PARENTS:
            parent, column = layout.PARENTS[table]
            keys = part.child_keys(data.column(column), self._parents[parent].lookup())
            orphans = np.flatnonzero(keys < 0)
            if len(orphans):   # a child whose parent was not written (skipped): its own place, else the file's
                self.orphans[table] = self.orphans.get(table, 0) + len(orphans)
                mesh = (part.mesh1_of_bounds(bounds[orphans]) if bounds is not None
                        else np.array([""] * len(orphans), dtype=object))
                mesh = part.fill_mesh(mesh, None)
                city = self.city or layout.UNKNOWN_CITY
                for i, m in zip(orphans.tolist(), mesh.tolist(), strict=True):
                    keys[i] = self._partition_id(city, m)
            return keys
        cols = data.column_names
        mesh = part.mesh1_of_bounds(bounds) if bounds is not None else np.array([""] * n, dtype=object)
        mesh = part.fill_mesh(mesh, data.column("mesh_code").to_pylist() if "mesh_code" in cols else None)
        city = part.cities(self.city, data.column("building_id").to_pylist() if "building_id" in cols else None, n)
        keys = np.array([self._partition_id(c, m) for c, m in zip(city, mesh.tolist(), strict=True)], dtype=np.int64)
        if table in self._parents:
            index = self._parents[table]
            index.add(data.column("gml_id").to_pylist(), keys.tolist())
            self.parent_ids_max = max(self.parent_ids_max, index.live)
        return keys

    # -- files ----------------------------------------------------------------------------------------------
    def _write(self, table: str, pid: int) -> None:
        parts, rows, size, types = self._buffers.pop((table, pid))
        self._buffered -= size
        city, mesh = self.partitions[pid]
        rel = layout.partition_dir(Path(), table, city, mesh)
        data = pa.concat_tables(parts, promote_options="permissive")
        del parts
        for start in range(0, rows, FILE_ROWS):     # at most FILE_ROWS rows per file
            path = self.staging / rel / layout.file_name(self.sha256, len(self._staged))
            piece = data.slice(start, FILE_ROWS)
            geom = layout.TABLES[table]
            # the buffer's geometry types are the file's when the file is the whole buffer (else: computed)
            exact = geom is not None and piece.num_rows == rows
            self.bytes_written += write_atomic(piece, path, geometry=geom, crs=layout.LAKE_CRS,
                                               types=sorted(types) if exact else None)
            self._staged.append(path)
        self.written[rel.as_posix()] = self.written.get(rel.as_posix(), 0) + rows

    def flush(self) -> None:
        for table in layout.TABLES:          # parents first, as everywhere
            for key in [k for k in self._buffers if k[0] == table]:
                self._write(*key)

    def begin(self) -> None:
        """Remove what an earlier, interrupted or replaced build of this source left: its staging folder and
        its files in the lake."""
        shutil.rmtree(self.staging, ignore_errors=True)
        for f in layout.source_files(self.lake, self.sha256):
            f.unlink(missing_ok=True)
        # another task that finishes removes ``_staging`` when it is empty (``_remove_empty_staging``); if it does
        # so between the two folders' mkdir here, the inner one fails: make both again (the benchmark's two
        # workers hit this once in 40 sources)
        for attempt in range(100):
            try:
                self.staging.mkdir(parents=True, exist_ok=True)
                return
            except FileNotFoundError:
                if attempt == 99:
                    raise

    def commit(self) -> None:
        """Move every staged file into its partition (same name), then drop the staging folder."""
        self.flush()
        for path in self._staged:
            final = self.lake / path.relative_to(self.staging)
            final.parent.mkdir(parents=True, exist_ok=True)
            os.replace(path, final)
        shutil.rmtree(self.staging, ignore_errors=True)
        self._remove_empty_staging()

    def discard(self) -> None:
        self._buffers.clear()
        self._buffered = 0
        shutil.rmtree(self.staging, ignore_errors=True)
        self._remove_empty_staging()

    def _remove_empty_staging(self) -> None:
        try:
            (self.lake / layout.STAGING).rmdir()
        except OSError:
            pass

    def duplicates(self) -> dict[str, int]:
        """Parent table → ids written more than once."""
        return {t: n for t, idx in self._parents.items() if (n := idx.duplicates())}

    @property
    def files(self) -> int:
        return len(self._staged)
