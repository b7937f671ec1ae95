"""The Dask cluster a lake command runs on: an existing one by address, or a ``LocalCluster`` of worker
processes on this machine (one thread each: the parser is pure Python and holds the GIL)."""

from __future__ import annotations

import contextlib
import logging
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
    n = max(1, int(workers or 1))
    try:
        cluster = LocalCluster(n_workers=n, threads_per_worker=1, processes=True, dashboard_address=":0",
                               silence_logs=logging.ERROR)
    except OSError as exc:
        raise ClusterError(f"cannot start a local Dask cluster of {n} worker(s): {exc}") from None
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
