"""The import of one source: inputs → scanned chunks → parsed in workers → Arrow → DuckDB, in order.

::

    main process                                   worker processes (cpu_count - 1: 1 on a 2-core machine)
    ─────────────────────────────────────────────  ───────────────────────────────────────────
    for each .gml (file / folder / zip member):
        header: CityModel? i-UR version? CRS?
        scan bytes → chunks of whole members  ──▶  parse_chunk: lxml pull parse, extract,
    insert results in chunk order             ◀──  posLists → numpy → pyproj → WKB → packed columns
    while the next result is not ready: parse the next chunk here (same parse_chunk)
    (DuckDB runs single-threaded during an import, see twin/store/sources.py IMPORT_SETTINGS)

Small inputs (below ``PARALLEL_MIN_BYTES``) are parsed in-process: starting processes would cost more
than it saves. ``KAGA_PLATEAU_WORKERS`` (0 = in-process) and ``KAGA_PLATEAU_CHUNK_BYTES`` override the
choice (tests use them to drive the parallel path with small files); the option ``workers`` overrides both (the
lake's Dask tasks pass 0: the cluster is their parallelism).

Bad input anywhere raises :class:`~twin.errors.InputError` naming the file (or zip member) and the line
or feature; the caller's transaction then rolls back.
"""

from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path
from typing import Any

from twin.errors import InputError

from . import inputs as inp
from .codelists import not_found_warning
from .geometry import source_crs
from .packing import concat, nbytes, num_rows, to_arrow_table
from .parallel import ChunkPool, WorkerDied
from .reader import collect_young, parse_chunk, reset_caches
from .scan import BLOCK_BYTES, LineCounter, Scanner, ScanError
from .versions import SUPPORTED_URO, UnknownUroVersion, detect_uro, nearest_supported

PARALLEL_MIN_BYTES = 12 << 20
CHUNK_BYTES = 1 << 20
MAX_WORKERS = 8
#: chunks submitted per worker process and not yet handled: deep enough that a worker never runs dry while the
#: main process stages a batch or parses a chunk of its own (at 2 the worker sat idle ~1 s of a 4.2 s import of
#: the 200 MB benchmark file; at 12 the import took 3.7 s, at the same peak RSS: a submitted task is a byte range,
#: and a worker parses only what it has been given)
WORKER_QUEUE = 12
#: the main process parses the first chunks itself while the workers start (False: they are queued for the workers at
#: once, which tests use so that workers parse even a small file)
PARSE_WHILE_WORKERS_START = True
#: results held for their turn (bounds the main process's memory: ~1 MB of Arrow each)
MAX_AHEAD = 12
#: rows buffered per table before an INSERT (into the project, inside the import transaction:
#: ``twin.store.sources.insert_arrow``): a twelfth of a DuckDB row group. Smaller batches keep both the Arrow buffers
#: held here and DuckDB's working memory per INSERT low (with the rows staged, the main process's peak RSS on a 200 MB
#: file fell by ~40 MB at a quarter of a row group against whole ones, and by ~25 MB more at a twelfth). The memory an
#: INSERT frees is not given back to the system after each one (``_trim`` runs once, before the COMMIT): glibc reuses
#: it for the next batch, and giving it back made every batch fault ~15 MB in again. Measured on 2026-12-06 on the
#: 200 MB LOD1 benchmark file, in pairs: 2.31-2.40 s against 2.40-2.54 s, ~0.3 CPU-s less, the main process's peak RSS
#: within 6 MB (336-346 MB); on 1 GB no change either way (10.9-11.4 s, 348-352 MB).
FLUSH_ROWS = 10_240
FLUSH_BYTES = 3 << 20  # …or this much data (wide rows: buildings with their attributes JSON)

_PREFIXES = {
    "http://www.opengis.net/citygml/building/2.0": "bldg", "http://www.opengis.net/citygml/transportation/2.0": "tran",
    "http://www.opengis.net/citygml/bridge/2.0": "brid", "http://www.opengis.net/citygml/relief/2.0": "dem",
    "http://www.opengis.net/citygml/landuse/2.0": "luse", "http://www.opengis.net/citygml/vegetation/2.0": "veg",
    "http://www.opengis.net/citygml/cityfurniture/2.0": "frn", "http://www.opengis.net/citygml/tunnel/2.0": "tun",
    "http://www.opengis.net/citygml/waterbody/2.0": "wtr", "http://www.opengis.net/citygml/generics/2.0": "gen",
    "http://www.opengis.net/citygml/cityobjectgroup/2.0": "grp",
}

INSERTS = (("buildings", ("footprint",)), ("building_surfaces", ("geom",)), ("building_risks", ()),
           ("roads", ("geom",)), ("road_surfaces", ("geom",)))


def _pretty(tag: str) -> str:
    if tag.startswith("{"):
        ns, local = tag[1:].split("}", 1)
        if ns in _PREFIXES:
            return f"{_PREFIXES[ns]}:{local}"
        if "/iur/" in ns:
            return f"{ns.rstrip('/').split('/')[-2]}:{local}"
        return local
    return tag


def _parse(task: dict) -> dict:
    """``parse_chunk`` in this process, then :func:`~.reader.collect_young`."""
    try:
        return parse_chunk(task)
    finally:
        collect_young()


def _libc_trim():
    try:
        import ctypes
        return ctypes.CDLL("libc.so.6").malloc_trim
    except (OSError, AttributeError):   # not glibc
        return None


_malloc_trim = _libc_trim()


def _trim() -> None:
    """Give the memory the import freed (Arrow batches, DuckDB's working memory) back to the system before the COMMIT:
    glibc otherwise keeps it (see ``FLUSH_ROWS`` for why not after every INSERT)."""
    if _malloc_trim is not None:
        _malloc_trim(0)


def _env_int(name: str) -> int | None:
    v = os.environ.get(name)
    try:
        return int(v) if v not in (None, "") else None
    except ValueError:
        return None


class Pipeline:
    """One import of ``path`` through ``writer`` (a ``twin.store.sources.SourceWriter``)."""

    def __init__(self, path: Path, writer, options: dict[str, Any]):
        self.path = Path(path)
        self.writer = writer
        assume = options.get("assume_uro")
        if assume is not None:
            assume = str(assume).strip()
            if assume not in SUPPORTED_URO:
                raise InputError(self.path, f"assume_uro={assume!r} is not a supported i-UR version; "
                                            f"use one of {', '.join(SUPPORTED_URO)}")
        self.assume = assume
        try:
            self.inputs = inp.list_inputs(self.path)
        except inp.NoCityGML as exc:
            raise InputError(self.path, str(exc)) from None
        self.total = sum(i.size for i in self.inputs) or 1
        self.file_base = []
        acc = 0
        for i in self.inputs:
            self.file_base.append(acc)
            acc += i.size
        env_workers = options.get("workers")   # the lake's Dask tasks parse in their own process: 0
        if env_workers is None:
            env_workers = _env_int("KAGA_PLATEAU_WORKERS")
        if env_workers is not None:
            self.workers = max(0, min(env_workers, MAX_WORKERS))
        else:
            # the main process parses too (see _run_parallel): one worker process fewer than cores
            cores = os.cpu_count() or 1
            self.workers = 0 if self.total < PARALLEL_MIN_BYTES or cores < 2 else min(cores - 1, MAX_WORKERS)
        self.chunk_bytes = _env_int("KAGA_PLATEAU_CHUNK_BYTES") or CHUNK_BYTES
        self.other_types: dict[str, int] = {}
        self.unresolved = 0
        self.codes_not_found: dict[str, str] = {}  # code lists not found (key → path looked for), one warning
        self.members_per_file: dict[int, int] = {}
        self.counts: dict[str, int] = {}
        self.worker_pids: list[int] = []
        self._pending_rows: dict[str, list] = {}  # table → [packed tables, rows, bytes] waiting to be inserted
        self._lines: dict[str, LineCounter] = {}   # file → its line numbers, counted when a chunk needs them
        self._cut = 0   # bytes of the inputs cut into tasks so far

    # -- tasks -----------------------------------------------------------------------------------------
    def tasks(self) -> Iterator[dict]:
        index = 0
        for fi, gi in enumerate(self.inputs):
            with gi.open() as stream:
                # files on disk are read by the parsers themselves (range mode), their lines counted only on demand;
                # zip members are sent
                on_disk = gi.path is not None
                sc = Scanner(stream, self.chunk_bytes, keep_data=not on_disk, count_lines=not on_disk,
                             block_bytes=(1 << 20) if on_disk else BLOCK_BYTES)   # (1 MB: ~9 MB less RSS, as fast)
                path = str(gi.path) if on_disk else None
                try:
                    h = sc.header()
                    fctx = self._file_context(gi, h)
                    for ch in sc.chunks():
                        self._cut = self.file_base[fi] + ch.end
                        yield {"index": index, "file_index": fi, "file": fctx, "data": ch.data, "line0": ch.line0,
                               "path": path, "start": ch.start, "end": ch.end, "truncated": ch.truncated,
                               "last_line": ch.last_line}
                        index += 1
                except ScanError as exc:
                    raise InputError(gi.label, exc.problem, line=exc.line) from None

    def _file_context(self, gi: inp.GmlInput, h) -> dict:
        w = self.writer
        try:
            uro = detect_uro(h.nsmap, self.assume)
        except UnknownUroVersion as exc:
            near = nearest_supported(exc.found)
            raise InputError(gi.label, f"{exc}. To import it anyway with the paths of the nearest known version, "
                                       f"use the assume_uro option (kaga-twin import --assume-uro {near})") from None
        if uro.assumed:
            w.warn(f"{gi.label}: i-UR version {uro.found} ({uro.namespace}) is not supported; read with the "
                   f"i-UR {uro.paths_version} paths as requested (assume_uro). Attributes that changed since may "
                   "be missing.", once_key=f"assume-uro:{uro.found}")
        try:
            crs = source_crs(h.srs_name, h.srs_dim)
        except ValueError as exc:
            if h.srs_name:
                raise InputError(gi.label, f"unsupported coordinate reference system: {exc}") from None
            w.warn(f"{gi.label}: no srsName on the CityModel envelope; assuming EPSG:6697 (JGD2011 latitude, "
                   "longitude + T.P. height) as in all PLATEAU data", once_key="no-srs")
            crs = source_crs("EPSG:6697", h.srs_dim)
        return {
            "label": gi.label, "source_file": gi.source_file, "mesh_code": inp.mesh_code(gi.source_file),
            "uro": {"namespace": uro.namespace, "found": uro.found, "paths_version": uro.paths_version,
                    "assumed": uro.assumed},
            "uro_version": uro.found, "gml_dir": gi.gml_dir,
            "zip_path": str(gi.zip_path) if gi.zip_path else None,
            "crs_src": crs.horizontal, "crs_dst": self.writer.crs, "dim": crs.dim,
            "member_tag": h.member_tag, "head": h.head, "tail": h.tail,
        }

    # -- results ---------------------------------------------------------------------------------------
    def _complete(self, res: dict, task: dict) -> dict:
        """A chunk's result as the import uses it: a worker's crash is parsed again here (a bug then raises with a
        real traceback); a chunk whose lines were not counted, that needs its first line (bad input to report, a feature
        without ``gml:id`` named after its line) is parsed again here with it."""
        if "crash" in res:
            res = _parse(task)
        if res.get("needs_line0"):
            lines = self._lines.get(task["path"])
            if lines is None:
                lines = self._lines[task["path"]] = LineCounter(task["path"])
            res = _parse(dict(task, line0=lines.line_at(task["start"])))
        return res

    def _parse_here(self, task: dict) -> dict:
        return self._complete(_parse(task), task)

    def _handle(self, res: dict) -> None:
        w = self.writer
        fi = res["file_index"]
        if res.get("error"):
            problem, line, feature = res["error"]
            raise InputError(self.inputs[fi].label, problem, line=line, feature=feature)
        for key, msg in res["warnings"].items():
            w.warn(msg, once_key=key)
        for key, msg in res["missing"].items():
            w.warn(msg, once_key=key)
        for key, where in res.get("not_found", {}).items():
            self.codes_not_found.setdefault(key, where)
        for item, reason in res["skipped"]:
            w.skip(item, reason)
        for tag, n in res["other_types"].items():
            self.other_types[tag] = self.other_types.get(tag, 0) + n
        self.unresolved += res["unresolved"]
        self.members_per_file[fi] = self.members_per_file.get(fi, 0) + res["members"]
        for table, _geoms in INSERTS:
            t = res["tables"].get(table)
            n = num_rows(t) if t is not None else 0
            if n:
                buf = self._pending_rows.setdefault(table, [[], 0, 0])
                buf[0].append(t)
                buf[1] += n
                buf[2] += nbytes(t)
                self.counts[table] = self.counts.get(table, 0) + n
                if buf[1] >= FLUSH_ROWS or buf[2] >= FLUSH_BYTES:
                    self._flush(table)
        w.progress(self.file_base[fi] + res["end"], self.total, "bytes")

    def _flush(self, table: str | None = None) -> None:
        import pyarrow as pa

        geoms = dict(INSERTS)
        for name in ([table] if table else list(self._pending_rows)):
            parts = self._pending_rows.pop(name, [None])[0]
            if parts:
                # one packed table, converted to Arrow once (~50 conversions a chunk had cost the main process
                # 0.10-0.15 CPU-s per 200 MB); chunks whose columns differ are converted one by one
                whole = concat(parts)
                data = to_arrow_table(whole) if whole is not None else pa.concat_tables(
                    [to_arrow_table(t) for t in parts], promote_options="permissive")
                self.writer.insert_arrow(name, data, geometry_columns=geoms[name])

    # -- run -------------------------------------------------------------------------------------------
    def run(self) -> None:
        reset_caches()
        try:
            if self.workers == 0:
                for task in self.tasks():
                    self.writer.check_cancelled()
                    self._handle(self._parse_here(task))
            else:
                self._run_parallel()
            self._flush()
        finally:
            self._pending_rows.clear()
            reset_caches()
            _trim()   # before the COMMIT
        self._report()

    def _run_parallel(self) -> None:
        """Workers parse chunks; the main process inserts their results in order and, whenever the next
        result is not ready yet, parses the next chunk itself (so ``cpu_count - 1`` workers keep every core
        busy, and the main process has work while the workers start)."""
        pool = ChunkPool(self.workers)
        self.worker_pids = pool.pids
        pending: dict[int, dict] = {}   # submitted to the workers, result not handled yet
        done: dict[int, dict] = {}      # results waiting for their turn
        nxt = 0
        gen = self.tasks()
        exhausted = False

        def next_task() -> dict | None:
            nonlocal exhausted
            if exhausted:
                return None
            try:
                return next(gen)
            except StopIteration:
                exhausted = True
                return None

        try:
            while True:
                self.writer.check_cancelled()
                while len(pending) < self._worker_queue(len(pool.ready)) and (t := next_task()) is not None:
                    pending[t["index"]] = t
                    pool.submit(t)
                try:
                    while (res := pool.get(timeout=0)) is not None:
                        done[res["index"]] = res
                    if nxt in done:
                        res = done.pop(nxt)
                        task = pending.pop(nxt, None)   # (None: the main process's share, already complete)
                        self._handle(res if task is None else self._complete(res, task))
                        nxt += 1
                        continue
                    if len(done) < MAX_AHEAD and (t := next_task()) is not None:
                        done[t["index"]] = self._parse_here(t)  # the main process's share
                        continue
                    if exhausted and not pending and not done:
                        break
                    res = pool.get(timeout=0.25)
                except WorkerDied as exc:
                    self.writer.warn(f"{exc}; the rest of the import ran in the main process", once_key="worker-died")
                    pool.terminate()
                    for i in sorted(set(pending) | set(done)):
                        t = pending.get(i)
                        r = done.pop(i, None) or _parse(t)
                        self._handle(r if t is None else self._complete(r, t))
                    pending.clear()
                    for t in gen:
                        self.writer.check_cancelled()
                        self._handle(self._parse_here(t))
                    return
                if res is not None:
                    done[res["index"]] = res
        finally:
            pool.terminate() if pending else pool.close()
            gen.close()

    def _worker_queue(self, ready: int) -> int:
        """How many chunks the ``ready`` workers may hold (submitted, not yet handled here). None before a worker is
        ready: meanwhile the main process parses the first chunks itself, in order (a worker takes ~0.25 s to start,
        for which the main process had waited on the 200 MB benchmark file, all its own share parsed). Then
        ``WORKER_QUEUE`` each, fewer as the end nears, so that the workers and the main process run out of work
        together, not the main process first (it had waited ~0.1 s for the workers' last queued chunks)."""
        if not PARSE_WHILE_WORKERS_START:
            ready = self.workers
        left = max(0, self.total - self._cut) // max(1, self.chunk_bytes)   # chunks still to cut, about
        return ready * min(WORKER_QUEUE, 1 + left)

    def _report(self) -> None:
        w = self.writer
        if self.codes_not_found:
            w.warn(not_found_warning(list(self.codes_not_found.values())), once_key="codelists-not-found")
        for fi, gi in enumerate(self.inputs):
            if not self.members_per_file.get(fi):
                w.warn(f"{gi.label}: no city objects (core:cityObjectMember) in this file")
        for tag, n in sorted(self.other_types.items()):
            w.warn(f"{n:,} city object(s) of type {_pretty(tag)} not imported (this importer reads bldg:Building "
                   "and tran:Road)", once_key=f"type:{tag}")
        if self.unresolved:
            w.warn(f"{self.unresolved:,} xlink:href surface reference(s) of LOD2+ solids point to polygons not found "
                   "in the same building; those references were ignored")
