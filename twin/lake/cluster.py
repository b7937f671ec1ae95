"""The Dask cluster a lake command runs on: an existing one by address, or a ``LocalCluster`` of worker
processes on this machine (one thread each: the parser is pure Python and holds the GIL).

A LocalCluster's worker processes are started without Dask's ``MALLOC_TRIM_THRESHOLD_=65536``
(``distributed.nanny.pre-spawn-environ``): setting that variable at all also freezes glibc's mmap threshold at
128 KB, so every larger buffer of the parser is mapped and unmapped afresh. Measured on 2026-12-06, 16 of the lake
benchmark's sources parsed one after the other in one process: 9.2-9.7 s without the variable, 10.8-11.4 s with it,
at the same peak RSS (253-256 MB). Workers of a cluster started elsewhere are helped by
``importers.lake.allocator`` instead.
"""

from __future__ import annotations

import contextlib
import logging
import os
from collections.abc import Callable, Iterator

from twin.errors import TwinError


class ClusterError(TwinError):
    """The Dask scheduler cannot be reached, or a local cluster cannot start."""


def dashboard_note() -> str:
    """'' when the dashboard can be served; else why not (distributed serves it only with bokeh installed)."""
    import importlib.util

    if importlib.util.find_spec("bokeh") is None:
        return " (not served: the Dask dashboard needs the bokeh package, pip install 'bokeh>=3.1')"
    return ""


@contextlib.contextmanager
def dask_client(workers: int | None = 2, scheduler: str | None = None, *,
                out: Callable[[str], None] | None = None, timeout: float = 20) -> Iterator:
    """A ``distributed.Client``: connected to ``scheduler`` (``tcp://HOST:PORT``) when given, else to a new
    ``LocalCluster`` of ``workers`` processes with one thread each, its dashboard on a free port. Prints (``out``)
    where the dashboard is. Closes what it started. A scheduler not reached within ``timeout`` seconds raises
    :class:`ClusterError`."""
    from distributed import Client, LocalCluster

    if scheduler:
        try:
            client = Client(scheduler, timeout=f"{timeout}s")
        except (OSError, TimeoutError) as exc:
            raise ClusterError(f"cannot reach the Dask scheduler at {scheduler}: {exc}") from None
        try:
            if out:
                out(f"Dask scheduler {scheduler}: {len(client.scheduler_info().get('workers', {}))} worker(s); "
                    f"dashboard {client.dashboard_link}{dashboard_note()}")
            yield client
        finally:
            client.close()
        return
    import dask

    n = max(1, int(workers or 1))
    with _environ_kept(), dask.config.set({"distributed.nanny.pre-spawn-environ.MALLOC_TRIM_THRESHOLD_": None}):
        try:
            cluster = LocalCluster(n_workers=n, threads_per_worker=1, processes=True, dashboard_address=":0",
                                   silence_logs=logging.ERROR)
        except OSError as exc:
            raise ClusterError(f"cannot start a local Dask cluster of {n} worker(s): {exc}") from None
        yield from _local_client(cluster, n, out)


def _local_client(cluster, n: int, out: Callable[[str], None] | None) -> Iterator:
    from distributed import Client

    try:
        client = Client(cluster)
        try:
            if out:
                out(f"Dask LocalCluster: {n} worker process(es); dashboard {client.dashboard_link}{dashboard_note()}")
            yield client
        finally:
            client.close()
    finally:
        cluster.close()


@contextlib.contextmanager
def _environ_kept() -> Iterator[None]:
    """Give this process its environment back at the end: a LocalCluster's nannies run here and set their workers'
    variables (``OMP_NUM_THREADS=1``, ``PYTHONHASHSEED`` …) in ``os.environ`` before every start, which every process
    started later from here (an import's parse workers) would otherwise inherit."""
    before = dict(os.environ)
    try:
        yield
    finally:
        for key in set(os.environ) - set(before):
            del os.environ[key]
        os.environ.update(before)
