"""Build a lake: ``build_source`` is one Dask task (one source, the desktop import's parser, staged files moved
into place at the end); ``build_lake`` expands the SRC arguments, skips sources already in the manifest, runs the
rest on a Dask cluster and records each finished source in the manifest."""

from __future__ import annotations

import os
import time
import traceback
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from importers.plateau.importer import duplicate_ids_warning
from importers.plateau.locate import dataset_city_code, locate
from importers.plateau.pipeline import Pipeline
from twin.crs import Location
from twin.errors import InputError, TwinError
from twin.lake import layout
from twin.lake import manifest as mf

from .allocator import unfreeze_mmap_threshold
from .sink import LakeSink, peak_rss_mb
from .sources import LakeSource, expand

#: the parser's CRS when a source's location cannot be read (the import then says what is wrong anyway)
FALLBACK_CRS = "EPSG:6677"


class LakePipeline(Pipeline):
    """The PLATEAU import pipeline, flushing a family at once: a parent table's buffered rows, then its children's
    (the desktop import does not care about the order: its rows meet in DuckDB). So the sink knows every child's
    partition, and can let go of the parents whose children have all come (``parents.ParentIndex``)."""

    FAMILIES = {p: [c for c, (pp, _) in layout.PARENTS.items() if pp == p]
                for p in dict.fromkeys(p for p, _ in layout.PARENTS.values())}

    def _flush(self, table: str | None = None) -> None:
        if table is None:
            for parent in self.FAMILIES:
                self._flush_family(parent)
            super()._flush()          # any table outside the families (none today)
            return
        if table in self.FAMILIES or table in layout.PARENTS:
            self._flush_family(table if table in self.FAMILIES else layout.PARENTS[table][0])
        else:
            super()._flush(table)

    def _flush_family(self, parent: str) -> None:
        for name in (parent, *self.FAMILIES[parent]):
            if name in self._pending_rows:
                super()._flush(name)
        self.writer.family_flushed(parent)


def _worker() -> str:
    """The Dask worker's address, or "local" (not on a worker: distributed is then not even imported)."""
    import sys

    if "distributed" not in sys.modules:
        return "local"
    from distributed import get_worker

    try:
        return get_worker().address
    except ValueError:
        return "local"


def working_crs(path: Path) -> tuple[str, str | None]:
    """(the metric CRS the parser writes in: the JGD2011 zone of the source, its municipality code or None)."""
    found = locate(path)
    city = dataset_city_code(path)
    if found is None:
        return FALLBACK_CRS, city
    lat, lon, city_found = found
    city = city or city_found
    return Location(lat, lon, city_code=city).zone.crs, city


def build_source(src: str | Path, lake: str | Path, sha256: str, *,
                 progress: Callable[[int, int, str, str], None] | None = None) -> dict[str, Any]:
    """Build one source into ``lake`` and return its manifest entry. Bad input gives ``status: failed`` with the
    message (file and line), never an exception; nothing of a failed source is left in the lake."""
    t0 = time.perf_counter()
    unfreeze_mmap_threshold()   # (a worker a Dask nanny started elsewhere: see allocator.py)
    src, lake = Path(src), Path(lake)
    entry: dict[str, Any] = {"path": str(src.absolute()), "name": src.name, "sha256": sha256, "size": 0,
                             "status": "failed", "counts": {}, "partitions": [], "files": 0, "bytes_written": 0,
                             "warnings": [], "skipped": {"count": 0, "first": []},
                             "rejects": {"count": 0, "first": []}, "error": None, "crs": layout.LAKE_CRS,
                             "worker": _worker(), "pid": os.getpid()}
    sink = None
    try:
        entry["size"] = sum(f.stat().st_size for f in LakeSource(src, _kind(src)).files())
        crs, city = working_crs(src)
        entry["city"] = city
        sink = LakeSink(lake, sha256, crs=crs, city=city, label=str(src))
        sink.progress_cb = progress
        sink.begin()
        LakePipeline(src, sink, {"workers": 0}).run()
        for table, n in sink.duplicates().items():
            sink.warn(duplicate_ids_warning(table, n))
        for table, n in sink.orphans.items():
            sink.warn(f"{n:,} {table} row(s) whose {layout.PARENTS[table][0][:-1]} was not written (skipped) were "
                      "put in the partition of their own location")
        sink.commit()
        cities = sorted({c for c, _m in sink.partitions})
        entry.update(status="ok", counts={t: sink.counts.get(t, 0) for t in layout.TABLES},
                     partitions=sorted(sink.written), files=sink.files, bytes_written=sink.bytes_written,
                     cities=cities, city=city or (cities[0] if len(cities) == 1 else None))
    except TwinError as exc:           # bad input: the message names the file and line
        entry["error"] = str(exc)
    except Exception as exc:           # a bug or an OS error: this source fails, the others go on
        entry["error"] = f"{src}: {type(exc).__name__}: {exc}"
        entry["traceback"] = traceback.format_exc(limit=8)
    finally:
        if sink is not None:
            if entry["status"] != "ok":
                sink.discard()
            entry.update(warnings=sink.warnings,
                         skipped={"count": sink.skipped, "first": sink.skipped_samples},
                         rejects={"count": sink.rejected, "first": sink.reject_samples}, orphans=sink.orphans,
                         parent_ids_max=sink.parent_ids_max,
                         rss_max_mb=round(sink.rss_max, 1))
    entry["seconds"] = round(time.perf_counter() - t0, 3)
    entry["peak_rss_mb"] = round(peak_rss_mb(), 1)
    return entry


def _kind(src: Path) -> str:
    if src.is_dir():
        return "dataset"
    return "zip" if src.suffix.lower() == ".zip" else "gml"


@dataclass
class LakeReport:
    lake: Path
    built: list[dict[str, Any]] = field(default_factory=list)        # manifest entries of this run
    skipped: list[dict[str, str]] = field(default_factory=list)      # {name, path, sha256, reason}
    seconds: float = 0.0

    @property
    def failed(self) -> list[dict[str, Any]]:
        return [e for e in self.built if e["status"] != "ok"]

    @property
    def ok(self) -> bool:
        return not self.failed

    def totals(self) -> dict[str, int]:
        out: dict[str, int] = {}
        for e in self.built:
            if e["status"] == "ok":
                for t, n in e["counts"].items():
                    out[t] = out.get(t, 0) + n
        return out


def plan(srcs: Sequence[str | Path], manifest: dict[str, Any]) -> tuple[list[tuple[LakeSource, str]],
                                                                         list[dict[str, str]]]:
    """(sources to build with their sha256, sources skipped with the reason); a SRC that is missing or holds
    nothing to build raises :class:`~twin.errors.InputError` (``build_lake`` reports it and goes on instead)."""
    todo, skipped, bad = plan_sources(srcs, manifest)
    if bad:
        raise bad[0][1]
    return todo, skipped


def plan_sources(srcs: Sequence[str | Path], manifest: dict[str, Any]) -> tuple[
        list[tuple[LakeSource, str]], list[dict[str, str]], list[tuple[Path, TwinError]]]:
    """(to build, skipped, bad SRCs with their error)."""
    done = mf.ok_sources(manifest)
    todo: list[tuple[LakeSource, str]] = []
    skipped: list[dict[str, str]] = []
    bad: list[tuple[Path, TwinError]] = []
    seen: dict[str, Path] = {}
    for s in srcs:
        try:
            found = expand(Path(s))
        except TwinError as exc:
            bad.append((Path(s), exc))
            continue
        for src in found:
            try:
                sha = src.sha256()
            except TwinError as exc:
                bad.append((src.path, exc))
                continue
            except OSError as exc:
                bad.append((src.path, InputError(src.path, f"cannot be read: {exc.strerror or exc}")))
                continue
            rec = {"name": src.name, "path": str(src.path), "sha256": sha}
            if sha in done:
                skipped.append({**rec, "reason": f"already in the lake (sha256 {sha[:12]}…, built from "
                                                 f"{done[sha].get('path')})"})
            elif sha in seen:
                skipped.append({**rec, "reason": f"same content as {seen[sha]}"})
            else:
                seen[sha] = src.path
                todo.append((src, sha))
    return todo, skipped, bad


def build_lake(srcs: Sequence[str | Path], lake: str | Path, *, workers: int | None = 2, scheduler: str | None = None,
               client=None, progress: Callable[[int, int, dict[str, Any]], None] | None = None,
               out: Callable[[str], None] | None = print) -> LakeReport:
    """Build every source of ``srcs`` not yet in ``lake``, one Dask task each, on ``client`` (given), the cluster
    at ``scheduler``, or a new LocalCluster of ``workers`` processes. The manifest is written after every finished
    task. ``progress(done, total, entry)`` is called per finished task."""
    from twin.lake.cluster import dask_client

    t0 = time.perf_counter()
    lake = Path(lake)
    say = out or (lambda _m: None)
    manifest = mf.read_manifest(lake)
    todo, skipped, bad = plan_sources(srcs, manifest)
    report = LakeReport(lake, skipped=skipped)
    for s in skipped:
        say(f"skipped {s['name']}: {s['reason']}")
    for path, exc in bad:     # not in the manifest: it has no sha256 to be keyed by
        entry = {"path": str(Path(path).absolute()), "name": Path(path).name, "sha256": "", "size": 0,
                 "status": "failed", "counts": {}, "partitions": [], "warnings": [], "error": str(exc)}
        report.built.append(entry)
        say(f"[-] {entry['name']}: FAILED: {entry['error']}")
    lake.mkdir(parents=True, exist_ok=True)
    if not todo:
        if not mf.manifest_path(lake).exists():
            mf.write_manifest(lake, manifest)
        say("nothing to build: every source is already in the lake" if not bad else "nothing else to build")
        report.seconds = time.perf_counter() - t0
        return report
    todo.sort(key=lambda t: -t[0].size())        # biggest first: the last task to finish is a short one
    if client is not None:
        _run(client, todo, lake, manifest, report, progress, say)
    else:
        with dask_client(workers, scheduler, out=say) as c:
            _run(c, todo, lake, manifest, report, progress, say)
    report.seconds = time.perf_counter() - t0
    return report


def _run(client, todo, lake: Path, manifest: dict[str, Any], report: LakeReport, progress, say) -> None:
    from distributed import as_completed

    futures = {}
    for src, sha in todo:
        fut = client.submit(build_source, str(src.path.absolute()), str(lake.absolute()), sha, pure=False,
                            key=f"lake-build-{src.name}-{sha[:12]}")
        futures[fut] = (src, sha)
    total = len(futures)
    for i, fut in enumerate(as_completed(futures), 1):
        src, sha = futures[fut]
        try:
            entry = fut.result()
        except Exception as exc:     # the task itself died (e.g. its worker was killed every time it ran)
            entry = {"path": str(src.path.absolute()), "name": src.name, "sha256": sha, "size": src.size(),
                     "status": "failed", "counts": {}, "partitions": [], "warnings": [],
                     "error": f"{src.path}: the task did not finish: {type(exc).__name__}: {exc}"}
        mf.record(manifest, entry)
        mf.write_manifest(lake, manifest)
        report.built.append(entry)
        say(task_line(i, total, entry))
        if progress is not None:
            progress(i, total, entry)


def task_line(i: int, total: int, e: dict[str, Any]) -> str:
    head = f"[{i}/{total}] {e['name']}"
    if e["status"] != "ok":
        return f"{head}: FAILED: {e.get('error')}"
    counts = e.get("counts", {})
    rows = ", ".join(f"{n:,} {t}" for t, n in counts.items() if n)
    secs = e.get("seconds") or 0
    rate = f"{e['size'] / 1e6 / secs:.1f} MB/s" if secs else "-"
    return (f"{head}: {rows or 'no rows'}; {e['size'] / 1e6:.1f} MB in {secs:.1f} s ({rate}), "
            f"peak RSS {e.get('peak_rss_mb', 0):.0f} MB on {e.get('worker')}")
