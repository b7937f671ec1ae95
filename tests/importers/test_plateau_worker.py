"""A parse worker loads only what parsing needs: the chunk parser, loaded the way ``_worker.py`` loads it (as a
private package, without ``importers/__init__.py``), parses a real chunk without importing DuckDB, pandas or pyarrow
(each costs start-up CPU and memory in every worker: the desktop import's and every lake worker's)."""

from __future__ import annotations

import itertools
import json
import pickle
import subprocess
import sys
from pathlib import Path

import pytest

from importers.plateau import geometry
from importers.plateau.pipeline import Pipeline
from importers.plateau.reader import parse_chunk

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
