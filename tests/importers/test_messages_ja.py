"""Importer warnings in the app's language, also when they come from the spawned parser processes."""

from __future__ import annotations

from importers.registry import import_path
from plateau_fixtures import LAT0, LON0, building, citygml, core_attrs, workers_parse
from twin.messages import set_language
from twin.store import Store


def test_code_list_warnings_from_parser_processes_in_japanese(tmp_path, monkeypatch):
    """The warnings come from spawned parser processes: they speak the language the app set."""
    members = [building(f"bldg_{i}", lat=LAT0 + (i % 30) * 0.0003, lon=LON0 + (i // 30) * 0.0003,
                        attrs=core_attrs(usage="411")) for i in range(300)]
    f = tmp_path / "udx" / "bldg" / "54363288_bldg_6697_op.gml"
    f.parent.mkdir(parents=True)
    f.write_bytes(citygml(members))
    monkeypatch.setenv("KAGA_PLATEAU_WORKERS", "1")
    monkeypatch.setenv("KAGA_PLATEAU_CHUNK_BYTES", "20000")
    from_workers = workers_parse(monkeypatch)
    set_language("ja")
    with Store(tmp_path / "p.duckdb") as s:
        r = import_path(s, f)
    usage = [w for w in r.warnings if "Building_usage.xml" in w]
    assert len(usage) == 1 and "コードリスト" in usage[0] and "見つかりません" in usage[0] and from_workers[0] > 0
