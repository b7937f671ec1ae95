"""glibc's allocator in a lake task on a Dask worker that a nanny started with ``MALLOC_TRIM_THRESHOLD_`` set.

Dask's nannies set ``MALLOC_TRIM_THRESHOLD_=65536`` in every worker's environment by default. Setting any of glibc's
``MALLOC_*_`` thresholds also freezes its *mmap* threshold at 128 KB (it otherwise grows with the blocks a process
frees), so each larger buffer of the parser (a chunk, its lxml tree, numpy and Arrow columns) is mapped, faulted in
and unmapped again. Measured on 2026-12-06 (16 of ``benchmarks/lake.py``'s sources, one process, same peak RSS of
253-257 MB): 9.2-9.7 s with glibc's defaults, 10.8-11.4 s with the variable, 9.5-9.9 s with it and the mmap threshold
raised as :func:`unfreeze_mmap_threshold` does.

The local clusters of ``twin.lake.cluster`` start their workers without the variable; this helps the workers of a
cluster started elsewhere (``--scheduler``), whose nannies did set it. The eager trimming it asks for is kept.
"""

from __future__ import annotations

import ctypes
import os

#: mallopt's parameter number of the mmap threshold (glibc malloc.h)
M_MMAP_THRESHOLD = -3
#: glibc's own upper bound for its moving mmap threshold on 64-bit systems (DEFAULT_MMAP_THRESHOLD_MAX)
MMAP_THRESHOLD_BYTES = 32 << 20
#: the environment variables that freeze glibc's mmap threshold when set
FREEZING = ("MALLOC_TRIM_THRESHOLD_", "MALLOC_TOP_PAD_", "MALLOC_MMAP_MAX_")


def unfreeze_mmap_threshold() -> bool:
    """Raise glibc's mmap threshold to :data:`MMAP_THRESHOLD_BYTES` when a ``MALLOC_*_`` variable froze it at its
    start value and none chose a threshold (``MALLOC_MMAP_THRESHOLD_``); True when it did. Not glibc: nothing."""
    if "MALLOC_MMAP_THRESHOLD_" in os.environ or not any(k in os.environ for k in FREEZING):
        return False
    try:
        mallopt = ctypes.CDLL("libc.so.6").mallopt
    except (OSError, AttributeError):
        return False
    return bool(mallopt(M_MMAP_THRESHOLD, MMAP_THRESHOLD_BYTES))
