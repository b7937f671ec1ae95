"""DuckDB settings during an import (``twin.store.import_settings.IMPORT_SETTINGS``): applied while it runs, the
store's own values restored after it, a store's lower memory limit never raised, and an import that runs
out of memory under the lowered limit is run again with the store's own limit instead of failing."""

from __future__ import annotations

from pathlib import Path

import duckdb
import pytest

import twin.store.sources as sources
from twin.store.import_settings import memory_bytes
from importers.registry import import_path
from plateau_fixtures import LAT0, LON0, building, citygml, core_attrs
from twin.errors import InputError
from twin.store import Store


def _settings(store) -> tuple[str, str, str]:
    return tuple(store.query("SELECT current_setting('threads'), current_setting('memory_limit'), "
                             "current_setting('disabled_compression_methods')")[0])


def _file(tmp_path, n=30):
    members = [building(f"bldg_{i}", lat=LAT0 + (i % 6) * 0.0004, lon=LON0 + (i // 6) * 0.0004, attrs=core_attrs())
               for i in range(n)]
    f = tmp_path / "54363288_bldg_6697_op.gml"
    f.write_bytes(citygml(members))
    return f


def test_settings_apply_during_the_import_and_are_restored(store, tmp_path, monkeypatch):
    before = _settings(store)
    seen = []
    real = sources.SourceWriter.insert_arrow

    def spy(self, *a, **k):
        seen.append(_settings(self.store))
        return real(self, *a, **k)

    monkeypatch.setattr(sources.SourceWriter, "insert_arrow", spy)
    r = import_path(store, _file(tmp_path))
    assert r.counts["buildings"] == 30
    assert seen and all(str(s[0]) == "1" and s[2].lower() == "fsst" for s in seen) and before[2] == ""
    assert all(memory_bytes(s[1]) <= memory_bytes(sources.IMPORT_SETTINGS["memory_limit"]) for s in seen)
    assert _settings(store) == before


def test_a_lower_memory_limit_of_the_store_is_kept(tmp_path):
    with Store(tmp_path / "low.duckdb", memory_limit="32MB") as s:
        before = _settings(s)
        import_path(s, _file(tmp_path))
        assert _settings(s) == before and memory_bytes(before[1]) < memory_bytes("64MB")


def test_settings_are_restored_after_a_failed_import(store, tmp_path):
    before = _settings(store)
    bad = tmp_path / "bad_bldg_6697_op.gml"
    bad.write_bytes(citygml([building("b1")])[:-40])
    with pytest.raises(InputError, match=r"bad_bldg_6697_op\.gml, line \d+: (XML error|the file ends early)") as err:
        import_path(store, bad)
    assert Path(err.value.path).name == bad.name and err.value.line is not None
    assert _settings(store) == before
    assert store.sources() == [] and store.query("SELECT count(*) FROM buildings")[0][0] == 0


def test_out_of_memory_under_the_lowered_limit_reruns_with_the_stores_limit(store, tmp_path, monkeypatch):
    before = _settings(store)
    monkeypatch.setitem(sources.IMPORT_SETTINGS, "memory_limit", "64MB")
    real = sources.SourceWriter.insert_arrow
    limits = []

    def oom_once(self, *a, **k):
        limits.append(_settings(self.store)[1])
        if len(limits) == 1:
            raise duckdb.OutOfMemoryException("Out of Memory Error: could not allocate block (test)")
        return real(self, *a, **k)

    monkeypatch.setattr(sources.SourceWriter, "insert_arrow", oom_once)
    r = import_path(store, _file(tmp_path))
    assert r.counts["buildings"] == 30
    assert store.table_counts()["buildings"] == 30 and len(store.sources()) == 1
    assert memory_bytes(limits[0]) <= memory_bytes("64MB") < memory_bytes(limits[-1])
    assert limits[-1] == before[1] and _settings(store) == before


def test_out_of_memory_with_the_stores_own_limit_is_an_error(store, tmp_path, monkeypatch):
    def oom(self, *a, **k):
        raise duckdb.OutOfMemoryException("Out of Memory Error: could not allocate block (test)")

    monkeypatch.setattr(sources.SourceWriter, "insert_arrow", oom)
    with pytest.raises(duckdb.OutOfMemoryException):
        import_path(store, _file(tmp_path))
    assert store.table_counts()["buildings"] == 0 and store.sources() == []
