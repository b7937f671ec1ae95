"""Straight inserts of a 1 GB import under the import's memory limit: intact as the import writes them, corrupted by
DuckDB 1.5.5 after an update of an existing row in the same transaction.

    python benchmarks/duckdb_straight_inserts.py capture [FILE.gml]      # once, with the project's own DuckDB
    python benchmarks/duckdb_straight_inserts.py run [--runs 4] [--memory-limit 64MB]

An import writes its rows straight into the project inside its one transaction (``twin.store.sources.insert_arrow``),
under a 64 MB memory limit past which DuckDB spills. Until 2026-12-06 the rows went through a staging database,
because straight inserts failed in 6 of 8 imports of the 1 GB benchmark file. This script found why: the import
had first recorded the project CRS it chose (an ``INSERT OR REPLACE`` of an existing ``project_meta`` row), and DuckDB
1.5.5 then corrupted the rows it spilled. The CRS is now recorded after the rows. Run this after a DuckDB upgrade to
see whether the order still matters (the import's order must pass).

``capture`` imports FILE (default: the 1 GB LOD1 input of ``import_citygml.py``) with the project's DuckDB and writes
every Arrow batch the importer hands to ``SourceWriter.insert_arrow``, in order, to ``benchmarks/_work/batches_1gb``
with the five tables' DDL. ``run`` replays them in a new process per run, with no part of this project imported
(duckdb and pyarrow, plus the spatial extension when the wheel has one for this DuckDB), in two orders:

* as the import writes them: one transaction, ``IMPORT_SETTINGS``' DuckDB settings (one thread, the memory limit),
  each batch registered as a ``pyarrow.RecordBatchReader`` and inserted with ``ST_GeomFromWKB`` for its geometry
  columns, then an ``INSERT OR REPLACE`` of an existing row of a small keyed table, then COMMIT;
* the old order: that ``INSERT OR REPLACE`` first.

A run passes when it raises nothing and every table then holds the same rows as a run that spilled nothing (a hash
of every column of every row, checked after the COMMIT). It prints, per run: pass or the error, the wall time, the
peak RSS until the COMMIT, and what was spilled.
"""

from __future__ import annotations

import argparse
import json
import os
import resource
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
WORK = ROOT / "benchmarks" / "_work"
BATCHES = WORK / "batches_1gb"
DEFAULT_GML = WORK / "lod1_1000mb_bldg_6697_op.gml"
TABLES = ("buildings", "building_surfaces", "building_risks", "roads", "road_surfaces")


def capture(gml: Path, out: Path) -> None:
    """Import ``gml`` into a new project and keep every batch the importer writes, and the tables' DDL."""
    import pyarrow as pa
    import pyarrow.ipc as ipc

    sys.path.insert(0, str(ROOT))
    import twin.store.sources as sources
    from importers.registry import import_path
    from twin.store import Store

    out.mkdir(parents=True, exist_ok=True)
    for old in out.glob("*.arrow"):
        old.unlink()
    log: list = []
    real = sources.SourceWriter.insert_arrow

    def keep(self, table, data, geometry_columns=()):
        t = data if isinstance(data, pa.Table) else pa.Table.from_batches([data])
        with ipc.new_stream(out / f"{len(log):05d}.arrow", t.schema) as w:   # (a stream: dictionaries may change)
            w.write_table(t)
        log.append({"table": table, "geometry": list(geometry_columns), "rows": t.num_rows})
        return real(self, table, data, geometry_columns)

    sources.SourceWriter.insert_arrow = keep
    with tempfile.TemporaryDirectory(dir=WORK) as tmp, Store(Path(tmp) / "capture.duckdb") as store:
        import_path(store, gml)
        ddl = [r[0] for r in store.query(
            "SELECT sql FROM duckdb_sequences() WHERE sequence_name IN ('building_id_seq', 'road_id_seq')")]
        ddl += [r[0] for r in store.query(
            f"SELECT sql FROM duckdb_tables() WHERE table_name IN ({', '.join(repr(t) for t in TABLES)})")]
    (out / "batches.json").write_text(json.dumps({"source": gml.name, "ddl": ddl, "batches": log}))
    print(f"{len(log)} batches, {sum(b['rows'] for b in log):,} rows from {gml.name} in {out}")


def _trim() -> None:
    """Give freed memory back to the system after every INSERT, as the import does (``pipeline._trim``)."""
    try:
        import ctypes
        ctypes.CDLL("libc.so.6").malloc_trim(0)
    except (OSError, AttributeError):
        pass


def trial(batches: Path, memory_limit: str, update_first: bool) -> dict:
    """One straight import of the captured batches (run in a process of its own); its result as a dict."""
    import duckdb
    import pyarrow as pa
    import pyarrow.ipc as ipc

    meta = json.loads((batches / "batches.json").read_text())
    with tempfile.TemporaryDirectory(dir=WORK) as tmp:
        db = Path(tmp) / "straight.duckdb"
        con = duckdb.connect(str(db), config={"autoinstall_known_extensions": False,
                                              "autoload_known_extensions": False})
        spatial = _load_spatial(con)
        for sql in meta["ddl"]:
            con.execute(sql)
        con.execute("CREATE TABLE meta (key VARCHAR PRIMARY KEY, value VARCHAR)")   # (as project_meta)
        con.execute("INSERT INTO meta VALUES ('crs', 'EPSG:6675'), ('crs_source', 'default')")
        update = "INSERT OR REPLACE INTO meta VALUES ('crs', 'EPSG:6677'), ('crs_source', 'auto')"
        # the import's settings (twin/store/import_settings.py IMPORT_SETTINGS)
        for k, v in {"threads": "1", "memory_limit": memory_limit, "allocator_flush_threshold": "8MB",
                     "allocator_bulk_deallocation_flush_threshold": "8MB"}.items():
            con.execute(f"SET {k} = '{v}'")
        con.execute(f"SET temp_directory = '{tmp}/spill'")
        spilled = 0
        t0 = time.perf_counter()
        try:
            con.execute("BEGIN TRANSACTION")
            i = -1
            if update_first:
                con.execute(update)
            for i, b in enumerate(meta["batches"]):
                t = ipc.open_stream(batches / f"{i:05d}.arrow").read_all()   # (in memory, as the import's batches)
                reader = pa.RecordBatchReader.from_batches(t.schema, t.to_batches())
                del t
                names = reader.schema.names
                cols = ", ".join(f'ST_GeomFromWKB("{n}") AS "{n}"' if n in b["geometry"] else f'"{n}"' for n in names)
                con.register("batch", reader)
                con.execute(f'INSERT INTO "{b["table"]}" BY NAME SELECT {cols}, 1 AS source_id FROM batch')
                con.unregister("batch")
                del reader
                _trim()
                if i % 8 == 0:
                    spilled = max(spilled, _spilled(con))
            if not update_first:
                con.execute(update)
            con.execute("COMMIT")
        except duckdb.Error as exc:
            failed = {"ok": False, "error": f"{type(exc).__name__}: {str(exc).splitlines()[0][:160]}",
                      "at": f"batch {i} of {len(meta['batches'])}" if "COMMIT" not in str(exc) else "COMMIT",
                      "seconds": time.perf_counter() - t0, "spilled_mb": spilled / 1e6}
            try:   # (rolled back while its spill folder still exists)
                con.close()
            except duckdb.Error:
                pass
            return failed
        seconds = time.perf_counter() - t0
        rss_mb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024   # (the read-back below takes more)
        con.execute("RESET memory_limit")
        try:
            digest = {t: con.execute(f'SELECT count(*), sum(hash(r)) FROM (SELECT * FROM "{t}") r').fetchone()
                      for t in TABLES}
        except duckdb.Error as exc:
            return {"ok": False, "error": f"reading back: {type(exc).__name__}: {str(exc).splitlines()[0][:160]}",
                    "at": "read back", "seconds": seconds, "spilled_mb": spilled / 1e6}
        con.close()
    return {"ok": True, "spatial": spatial, "seconds": seconds, "spilled_mb": spilled / 1e6, "rss_mb": rss_mb,
            "digest": {t: [int(n), str(h)] for t, (n, h) in digest.items()}}


def _load_spatial(con) -> bool:
    """Load the spatial extension from the duckdb-extension-spatial wheel when it has one for this DuckDB (as the
    project does, whose ``ST_GeomFromWKB`` is then the extension's); without it DuckDB's own is used."""
    import duckdb
    try:
        import duckdb_extension_spatial
    except ImportError:
        return False
    path = Path(duckdb_extension_spatial.__file__).parent / "extensions" / f"v{duckdb.__version__}" / \
        "spatial.duckdb_extension"
    if not path.is_file():
        return False
    con.execute(f"LOAD '{path}'")
    return True


def _spilled(con) -> int:
    try:
        return int(con.execute("SELECT coalesce(sum(size), 0) FROM duckdb_temporary_files()").fetchone()[0])
    except Exception:   # (older DuckDBs)
        return 0


def _run_one(memory_limit: str, update_first: bool = False) -> tuple[dict, float]:
    cmd = [sys.executable, __file__, "trial", "--memory-limit", memory_limit] + (["--update-first"] if update_first else [])
    p = subprocess.run(cmd, capture_output=True, text=True)
    if p.returncode != 0 or not p.stdout.strip():
        tail = (p.stderr.strip().splitlines() or ["(no output)"])[-1][:160]
        return {"ok": False, "error": f"process ended with exit code {p.returncode}: {tail}", "at": "?",
                "seconds": float("nan"), "spilled_mb": float("nan")}, float("nan")
    res = json.loads(p.stdout.strip().splitlines()[-1])
    return res, res.pop("rss_mb")


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("what", choices=("capture", "run", "trial"))
    ap.add_argument("file", nargs="?", type=Path, default=DEFAULT_GML, help="(capture) the CityGML file to import")
    ap.add_argument("--runs", type=int, default=4, help="runs of each order")
    ap.add_argument("--memory-limit", default="64MB", help="DuckDB's memory limit for the runs (the import's: 64MB)")
    ap.add_argument("--update-first", action="store_true", help="(trial) the old order")
    args = ap.parse_args()
    if args.what == "capture":
        if not args.file.exists():
            sys.exit(f"{args.file} does not exist: run benchmarks/import_citygml.py first (it builds the inputs)")
        capture(args.file, BATCHES)
        return
    if not (BATCHES / "batches.json").exists():
        sys.exit(f"no captured batches in {BATCHES}: run `{Path(__file__).name} capture` first")
    if args.what == "trial":
        res = trial(BATCHES, args.memory_limit, args.update_first)
        res.setdefault("rss_mb", resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024)
        print(json.dumps(res))
        return
    import duckdb

    meta = json.loads((BATCHES / "batches.json").read_text())
    rows = sum(b["rows"] for b in meta["batches"])
    print(f"duckdb {duckdb.__version__}; {len(meta['batches'])} batches, {rows:,} rows of {meta['source']}; "
          f"load average {' '.join(f'{x:.1f}' for x in os.getloadavg())}")
    ref, ref_rss = _run_one("16GB")
    if not ref["ok"]:
        sys.exit(f"the reference run (16GB, nothing spilled) failed: {ref['error']}")
    print(f"  spatial extension {'loaded' if ref['spatial'] else 'not available: DuckDB’s own ST_GeomFromWKB'}")
    print(f"  reference, 16GB (spilled {ref['spilled_mb']:.0f} MB): {ref['seconds']:.2f} s, peak RSS {ref_rss:.0f} MB")
    failed = {}
    for update_first, name in ((False, "as the import writes (the update last)"), (True, "the update first")):
        print(f" {name}:")
        failed[update_first] = 0
        for n in range(1, args.runs + 1):
            res, rss = _run_one(args.memory_limit, update_first)
            if res["ok"] and res["digest"] != ref["digest"]:
                bad = [t for t in TABLES if res["digest"][t] != ref["digest"][t]]
                res = dict(res, ok=False, error=f"rows differ from the reference in {', '.join(bad)}", at="read back")
            failed[update_first] += not res["ok"]
            state = "pass" if res["ok"] else f"FAIL at {res['at']}: {res['error']}"
            print(f"  run {n}, {args.memory_limit} (spilled up to {res['spilled_mb']:.0f} MB): {res['seconds']:.2f} s, "
                  f"peak RSS {rss:.0f} MB: {state}")
    print(f"duckdb {duckdb.__version__}, memory limit {args.memory_limit}: {failed[False]} of {args.runs} failed as the "
          f"import writes, {failed[True]} of {args.runs} with the update first")
    if failed[False]:
        sys.exit("the import's own order failed: imports are not safe with this DuckDB")


if __name__ == "__main__":
    main()
