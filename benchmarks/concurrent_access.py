#!/usr/bin/env python3
"""The app and the command line on one project: what holding it shared costs the app, and what a command waits.

    python benchmarks/concurrent_access.py [--project FILE] [--repeat 20]

The project is a copy of ``--project`` (default: the per-user default project, made from the bundled sample
if missing) in ``benchmarks/_work/``. This process plays the app: ``Store(shared=True)`` and a ``TwinDocument``
with the default layers, as ``gui.project_session`` opens it. Printed (median and max of ``--repeat`` runs):

* *open*: the app opening the project (spatial, migrations check, read-write then read-only);
* *write scope*: taking the file read-write and giving it back (an empty ``Store.writing()``);
* *save*: ``TwinDocument.save_state`` (what the window does 2 s after a layer change), shared and, for
  comparison, on a store holding the file read-write all the time (the old way);
* *read*: a small query in the app at rest, and the first query after an idle release (attaching again);
* *kaga-twin sql* from a terminal while the app holds the project (a fresh process: Python start-up included),
  and the same with nothing else holding it;
* *window reads while commands read*: the app's queries (one every 20 ms) while three ``kaga-twin sql``
  processes run one after another: the slowest of them shows whether the window stutters.

Nothing is asserted; on a shared machine read the load column.
"""

from __future__ import annotations

import argparse
import os
import shutil
import statistics
import subprocess
import sys
import threading
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
WORK = ROOT / "benchmarks" / "_work"


def ms(values: list[float]) -> str:
    return f"median {statistics.median(values) * 1000:8.1f} ms   max {max(values) * 1000:8.1f} ms   (n={len(values)})"


def timed(fn, repeat: int) -> list[float]:
    out = []
    for _ in range(repeat):
        t = time.perf_counter()
        fn()
        out.append(time.perf_counter() - t)
    return out


def cli_sql(project: Path) -> float:
    t = time.perf_counter()
    r = subprocess.run([sys.executable, str(ROOT / "main.py"), "sql", "SELECT count(*) FROM buildings",
                        "--format", "csv", "--project", str(project)], capture_output=True, text=True)
    if r.returncode:
        raise SystemExit(f"kaga-twin sql failed beside the app: {r.stderr}")
    return time.perf_counter() - t


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--project", help="project to copy (default: the per-user default project)")
    ap.add_argument("--repeat", type=int, default=20)
    args = ap.parse_args()

    from importers.sample import ensure_default_project
    from twin.document import TwinDocument
    from twin.paths import default_project_path
    from twin.store import Store

    source = Path(args.project) if args.project else default_project_path()
    if not source.exists():
        ensure_default_project(source)
    WORK.mkdir(parents=True, exist_ok=True)
    project = WORK / "concurrent.duckdb"
    shutil.copyfile(source, project)
    Path(str(project) + ".wal").unlink(missing_ok=True)
    n = args.repeat
    print(f"project {source} ({project.stat().st_size / 1e6:.1f} MB), load {os.getloadavg()[0]:.2f}")

    t = time.perf_counter()
    store = Store(project, shared=True)
    print(f"open (shared)                 {(time.perf_counter() - t) * 1000:8.1f} ms")
    doc = TwinDocument(store)
    if not doc.load_layers():
        doc.add_missing_default_layers()

    def empty_scope():
        with store.writing():
            pass

    print(f"write scope (take + give back) {ms(timed(empty_scope, n))}")
    print(f"save_state, shared             {ms(timed(doc.save_state, n))}")
    print(f"small read at rest             {ms(timed(lambda: store.query('SELECT count(*) FROM buildings'), n))}")

    def after_release():
        store.release_if_idle(0)
        store.query("SELECT count(*) FROM buildings")

    print(f"first read after idle release  {ms(timed(after_release, n))}")
    print(f"kaga-twin sql beside the app   {ms([cli_sql(project) for _ in range(max(3, n // 4))])}")

    # the window's reads while terminal commands read
    stop, lat = threading.Event(), []

    def window():
        cur = store.cursor()
        while not stop.is_set():
            t0 = time.perf_counter()
            cur.execute("SELECT count(*), max(measured_height) FROM buildings").fetchall()
            lat.append(time.perf_counter() - t0)
            time.sleep(0.02)
        cur.close()

    th = threading.Thread(target=window)
    th.start()
    sql_times = [cli_sql(project) for _ in range(3)]
    stop.set()
    th.join()
    print(f"window reads during 3 sql      {ms(lat)}   (the sql runs: {ms(sql_times)})")
    store.close()

    old = Store(project)   # the old way: read-write all the time (no command could even read)
    doc_old = TwinDocument(old)
    if not doc_old.load_layers():
        doc_old.add_missing_default_layers()
    print(f"save_state, read-write store   {ms(timed(doc_old.save_state, n))}")
    old.close()
    print(f"kaga-twin sql, nothing open    {ms([cli_sql(project) for _ in range(max(3, n // 4))])}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
