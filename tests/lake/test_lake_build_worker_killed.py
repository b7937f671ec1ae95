"""A Dask worker process killed in the middle of a ``lake build`` task (issue 12): while the task runs nothing of its
source is outside ``_staging``; the scheduler runs the task again on the other worker, which starts the source
afresh (stale staging removed) and completes it — no rows twice, no file left of the killed attempt."""

from __future__ import annotations

import os
import signal
import sys
import threading
import time

import cloudpickle
import duckdb

from importers.lake.build import build_lake
from importers.lake.sources import expand
from twin.lake import layout

cloudpickle.register_pickle_by_value(sys.modules[__name__])   # the hook below runs on the workers


def hold_after_first_file(marker: str) -> None:
    """On a worker: small batches and files, and the first task to write a staged file anywhere holds there
    (until killed); the others go on."""
    from importers.lake import sink
    from importers.plateau import pipeline

    sink.FILE_ROWS = 200
    pipeline.FLUSH_ROWS = 200
    write = sink.LakeSink._write

    def held(self, *args):
        write(self, *args)
        try:
            fd = os.open(marker, os.O_CREAT | os.O_EXCL | os.O_WRONLY)
        except FileExistsError:
            return
        os.close(fd)
        time.sleep(3600)

    sink.LakeSink._write = held


def test_worker_killed_mid_task(tmp_path, kaga_sample):
    from twin.lake.cluster import dask_client

    lake = tmp_path / "lake"
    marker = tmp_path / "held"
    sha = expand(kaga_sample)[0].sha256()
    staging = lake / layout.STAGING / sha[: layout.SHA_PREFIX]
    with dask_client(2) as client:
        client.wait_for_workers(2)
        client.run(hold_after_first_file, str(marker))
        result: dict = {}
        thread = threading.Thread(target=lambda: result.setdefault(
            "report", build_lake([kaga_sample], lake, client=client, out=None)), daemon=True)
        thread.start()
        deadline = time.monotonic() + 180
        while not marker.exists():
            assert thread.is_alive() and time.monotonic() < deadline, "the task never wrote a staged file"
            time.sleep(0.05)
        assert list(staging.rglob("*.parquet"))             # mid-task: staged files only
        assert layout.source_files(lake, sha) == []
        busy = [addr for addr, keys in client.processing().items() if keys]
        assert len(busy) == 1
        pid = client.run(os.getpid, workers=busy)[busy[0]]
        os.kill(pid, signal.SIGKILL)                        # the worker process dies at once
        thread.join(300)
        assert not thread.is_alive()
    report = result["report"]
    assert report.ok, [e.get("error") for e in report.built]
    entry = report.built[0]
    assert entry["worker"] != busy[0] and entry["counts"]["buildings"] == 3050
    assert not (lake / layout.STAGING).exists()
    assert len(layout.source_files(lake, sha)) == entry["files"]
    n = duckdb.sql(f"SELECT count(*), count(DISTINCT gml_id) FROM "
                   f"read_parquet('{layout.table_glob(lake, 'buildings')}')").fetchone()
    assert n == (3050, 3050)
