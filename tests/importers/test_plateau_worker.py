"""A parse worker loads only what parsing needs: the chunk parser, loaded the way ``_worker.py`` loads it (as a
private package, without ``importers/__init__.py``), parses a real chunk without importing DuckDB, pandas or pyarrow
(each costs start-up CPU and memory in every worker: the desktop import's and every lake worker's)."""

from __future__ import annotations

import gc
import itertools
import json
import pickle
import subprocess
import sys
from pathlib import Path

import pytest

from importers.plateau import geometry
from importers.plateau.pipeline import Pipeline
from importers.plateau.reader import gc_paused, parse_chunk

SHARED = Path(__file__).resolve().parents[3] / "shared" / "data" / "plateau"
PACKAGE = Path(__file__).resolve().parents[2] / "importers" / "plateau"

_CHILD = r"""
import importlib, json, os, pickle, sys, types
pkg = types.ModuleType("_kaga_plateau_worker")
pkg.__path__ = [sys.argv[1]]
sys.modules["_kaga_plateau_worker"] = pkg
reader = importlib.import_module("_kaga_plateau_worker.reader")
res = reader.parse_chunk(pickle.load(sys.stdin.buffer))
print(json.dumps({"error": res["error"], "tables": sorted(res["tables"]), "members": res["members"],
                  "loaded": sorted(m for m in ("duckdb", "pandas", "pyarrow") if m in sys.modules)}))
"""


class _Writer:
    crs = "EPSG:6675"

    def warn(self, *a, **k):
        pass


def test_a_parse_worker_loads_neither_duckdb_nor_pandas_nor_pyarrow():
    if geometry._native is None:
        pytest.skip("the compiled posList parser was not built: the Python fallback parses numbers with pyarrow")
    path = SHARED / "53392547_bldg_6697_op2.gml"
    assert path.exists(), f"shared PLATEAU file missing: {path}"
    task = next(itertools.islice(Pipeline(path, _Writer(), {"workers": 0}).tasks(), 1))
    out = subprocess.run([sys.executable, "-c", _CHILD, str(PACKAGE)], input=pickle.dumps(task),
                         capture_output=True, check=True)
    got = json.loads(out.stdout)
    here = parse_chunk(task)
    assert got["error"] is None
    assert got["members"] == here["members"] > 0
    assert got["tables"] == sorted(here["tables"]) and "buildings" in got["tables"]
    assert got["loaded"] == []


@pytest.mark.parametrize("name", ["52397519_bldg_6697_op.gml", "53392547_bldg_6697_op2.gml", "533925_tran_6697_op.gml"])
def test_a_parse_leaves_nothing_for_the_cyclic_collector(name):
    """Every record of a chunk is freed by reference counting when its parse ends: parse_chunk pauses the collector,
    which would otherwise walk tens of thousands of records per chunk, and then only a reference cycle would keep a
    chunk's records alive (the building reader's handlers once made one with every record)."""
    path = SHARED / name
    assert path.exists(), f"shared PLATEAU file missing: {path}"
    tasks = list(Pipeline(path, _Writer(), {"workers": 0}).tasks())
    gc.collect()
    gc.disable()
    try:
        results = [parse_chunk(t) for t in tasks]
        assert sum(r["members"] for r in results) > 0 and all(r["error"] is None for r in results)
        del results
        assert not gc.isenabled()   # (a pause keeps the collector as it found it)
        assert gc.collect() == 0    # no unreachable object: nothing was left in a cycle
    finally:
        gc.enable()
    parse_chunk(tasks[0])
    assert gc.isenabled()


def test_parses_in_threads_share_one_pause_of_the_collector():
    assert gc.isenabled()
    with gc_paused():
        assert not gc.isenabled()
        with gc_paused():
            assert not gc.isenabled()
        assert not gc.isenabled()   # (the outer parse is still running)
    assert gc.isenabled()
