"""The lake's workers parse with glibc's allocator as a plain process has it (issue 12: import CPU per worker).

Dask's nannies set ``MALLOC_TRIM_THRESHOLD_=65536`` in their workers' environment, which freezes glibc's mmap
threshold at 128 KB (15-20 % more parse time in ``benchmarks/lake.py``'s sources). The local cluster starts its
workers without it and gives this process its environment back; a task on a worker started elsewhere raises the
frozen threshold itself (``importers.lake.allocator``).
"""

from __future__ import annotations

import os
import subprocess
import sys
import textwrap
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
NANNY_VARIABLES = ("MALLOC_TRIM_THRESHOLD_", "OMP_NUM_THREADS", "MKL_NUM_THREADS", "OPENBLAS_NUM_THREADS",
                   "PYTHONHASHSEED")


def test_local_cluster_workers_have_no_trim_threshold(lake_client):
    env = lake_client.run(lambda: {k: os.environ.get(k) for k in ("MALLOC_TRIM_THRESHOLD_", "OMP_NUM_THREADS")})
    assert len(env) == 2
    for worker_env in env.values():
        assert worker_env["MALLOC_TRIM_THRESHOLD_"] is None
        assert worker_env["OMP_NUM_THREADS"] == "1"   # Dask's other worker settings are kept


def test_dask_client_gives_this_process_its_environment_back(monkeypatch):
    from twin.lake.cluster import dask_client

    for key in NANNY_VARIABLES:
        monkeypatch.delenv(key, raising=False)
    before = dict(os.environ)
    with dask_client(1) as client:
        assert client.run(lambda: os.environ.get("OMP_NUM_THREADS")) == {
            w: "1" for w in client.scheduler_info()["workers"]}
    assert dict(os.environ) == before


_PROBE = textwrap.dedent("""
    import ctypes, json, sys
    sys.path.insert(0, sys.argv[1])
    from importers.lake.allocator import unfreeze_mmap_threshold

    class MallInfo2(ctypes.Structure):
        _fields_ = [(n, ctypes.c_size_t) for n in ("arena", "ordblks", "smblks", "hblks", "hblkhd", "usmblks",
                                                   "fsmblks", "uordblks", "fordblks", "keepcost")]

    libc = ctypes.CDLL("libc.so.6")
    libc.mallinfo2.restype = MallInfo2
    libc.malloc.restype = ctypes.c_void_p
    libc.free.argtypes = [ctypes.c_void_p]

    def mapped_by(size):
        before = libc.mallinfo2().hblks
        p = libc.malloc(size)
        mapped = libc.mallinfo2().hblks - before
        libc.free(p)
        return mapped

    first = mapped_by(4 << 20)
    changed = unfreeze_mmap_threshold()
    print(json.dumps({"before": first, "changed": changed, "after": mapped_by(4 << 20)}))
""")


def _probe(env: dict[str, str]) -> dict:
    import json

    clean = {k: v for k, v in os.environ.items() if not k.startswith("MALLOC_")}
    out = subprocess.run([sys.executable, "-c", _PROBE, str(ROOT)], env={**clean, **env}, capture_output=True,
                         text=True, check=True).stdout
    return json.loads(out)


def test_a_frozen_mmap_threshold_is_raised_for_the_task():
    got = _probe({"MALLOC_TRIM_THRESHOLD_": "65536"})
    assert got == {"before": 1, "changed": True, "after": 0}   # a 4 MB block: mapped, then from the heap


def test_glibc_defaults_and_a_chosen_threshold_are_left_alone():
    assert _probe({})["changed"] is False
    chosen = _probe({"MALLOC_TRIM_THRESHOLD_": "65536", "MALLOC_MMAP_THRESHOLD_": "1048576"})
    assert chosen == {"before": 1, "changed": False, "after": 1}
