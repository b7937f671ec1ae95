"""The PLATEAU import writes its rows straight into the project, batch by batch, inside the import transaction
(``twin.store.sources.insert_arrow``): the project still changes all at once or not at all, nothing is left beside
it, and the project CRS the import chooses is recorded after the rows (an update before them made DuckDB 1.5.5
corrupt rows it spilled)."""

from __future__ import annotations

import os
import subprocess
import sys

import pytest

from importers.plateau import pipeline
from importers.registry import import_path
from plateau_fixtures import LAT0, LON0, building, citygml, core_attrs
from twin.errors import InputError
from twin.store.stale_stages import STAGE_INFIX

N = 12


def _beside(store):
    """Files beside the project other than its own (the write-ahead log, the spill folder)."""
    own = {store.path.name, store.path.name + ".wal", store.path.name + ".tmp"}
    return sorted(p.name for p in store.path.parent.iterdir() if p.name.startswith(store.path.name) and p.name not in own)


@pytest.fixture
def many_batches(monkeypatch):
    """Small chunks, one insert per chunk and table: many staged batches from a small file."""
    monkeypatch.setenv("KAGA_PLATEAU_WORKERS", "0")
    monkeypatch.setenv("KAGA_PLATEAU_CHUNK_BYTES", "2000")
    monkeypatch.setattr(pipeline, "FLUSH_ROWS", 1)


def _file(tmp_path, bad_token: str | None = None):
    members = [building(f"bldg_{i}", lat=LAT0 + i * 0.001, attrs=core_attrs()) for i in range(N)]
    text = citygml(members).decode()
    if bad_token is not None:   # a coordinate of the last building
        target = f"{LAT0 + (N - 1) * 0.001 + 0.0001!r} {LON0 + 0.0001!r}"
        assert target in text
        text = text.replace(target, f"{target[:-2]}{bad_token}", 1)
    f = tmp_path / "in" / "54363288_bldg_6697_op.gml"
    f.parent.mkdir(exist_ok=True)
    f.write_text(text, encoding="utf-8")
    return f


def test_import_writes_every_row_in_file_order_and_leaves_nothing_beside_the_project(store, tmp_path, many_batches):
    report = import_path(store, _file(tmp_path))
    assert report.counts["buildings"] == N
    assert store.query("SELECT count(DISTINCT gml_id) FROM buildings")[0][0] == N
    surfaces = store.query("SELECT count(*) FROM building_surfaces")[0][0]
    assert surfaces == report.counts["building_surfaces"] > N
    # every row carries this import's source id and a geometry
    assert store.query("SELECT count(*) FROM buildings WHERE source_id = ? AND footprint IS NOT NULL",
                       [report.source_id])[0][0] == N
    # columns the importer does not write get the table's defaults (ids from the sequence), in the file's order
    assert [r[0] for r in store.query("SELECT gml_id FROM buildings ORDER BY id")] == [f"bldg_{i}" for i in range(N)]
    owners = [int(r[0].split("_")[1]) for r in store.query("SELECT gml_id FROM building_surfaces ORDER BY rowid")]
    assert owners == sorted(owners) and set(owners) == set(range(N))
    assert _beside(store) == []
    # a second import of the same file replaces the first (the duplicate replacement sees this import's rows)
    again = import_path(store, _file(tmp_path))
    assert again.replaced_sources == [report.source_id]
    assert store.query("SELECT count(*) FROM buildings")[0][0] == N
    assert _beside(store) == []


def test_failing_import_after_written_batches_changes_nothing(store, tmp_path, many_batches):
    before = store.table_counts(), store.sources(), store.meta("crs"), store.meta("crs_source")
    with pytest.raises(InputError, match="bldg_11"):
        import_path(store, _file(tmp_path, bad_token="x"))   # the rows of earlier chunks were inserted already
    assert (store.table_counts(), store.sources(), store.meta("crs"), store.meta("crs_source")) == before
    assert _beside(store) == []


def test_rows_enter_the_import_transaction_batch_by_batch(store, tmp_path, many_batches, monkeypatch):
    """While the parse runs, each batch is in the project's table for the import's own cursor, and for no other."""
    seen = []
    flush = pipeline.Pipeline._flush

    def spy(self, table=None):
        flush(self, table)
        seen.append((self.writer.execute("SELECT count(*) FROM buildings").fetchone()[0],
                     store.query("SELECT count(*) FROM buildings")[0][0]))

    monkeypatch.setattr(pipeline.Pipeline, "_flush", spy)
    import_path(store, _file(tmp_path))
    inside = [n for n, _outside in seen]
    assert inside == sorted(inside) and set(inside) - {0} == set(range(1, N + 1))   # one building a chunk
    assert all(outside == 0 for _inside, outside in seen)
    assert store.query("SELECT count(*) FROM buildings")[0][0] == N


def test_the_chosen_project_crs_is_recorded_after_the_rows(store, tmp_path, many_batches, monkeypatch):
    """A new project takes the CRS of the data's location, written to project_meta once every row is in: DuckDB
    1.5.5 corrupted rows it spilled when the transaction had updated an existing row before inserting them."""
    import twin.store.sources as sources

    assert store.meta("crs_source") == "default"
    during = []
    insert = sources.insert_arrow

    def spy(cur, *args, **kwargs):
        during.append(cur.execute("SELECT value FROM project_meta WHERE key = 'crs_source'").fetchone()[0])
        return insert(cur, *args, **kwargs)

    monkeypatch.setattr(sources, "insert_arrow", spy)
    report = import_path(store, _file(tmp_path))
    assert during and set(during) == {"default"}
    assert store.meta("crs_source") == "auto" and store.meta("crs") == report.crs == "EPSG:6675"


def test_stage_left_by_a_killed_import_of_an_earlier_version_is_removed(store, tmp_path, many_batches):
    dead = subprocess.run([sys.executable, "-c", "import os; print(os.getpid())"], capture_output=True, text=True)
    pid = int(dead.stdout)
    stale = store.path.with_name(f"{store.path.name}{STAGE_INFIX}{pid}-1.duckdb")
    stale.write_bytes(b"left by a killed import")
    folder = store.path.with_name(f"{store.path.name}{STAGE_INFIX}{pid}-2")
    folder.mkdir()
    (folder / "part.parquet").write_bytes(b"PAR1 half written")
    mine = store.path.with_name(f"{store.path.name}{STAGE_INFIX}{os.getpid()}-3.duckdb")
    mine.write_bytes(b"an import of this very process")   # (alive: kept)
    import_path(store, _file(tmp_path))
    assert not stale.exists() and not folder.exists()
    assert mine.exists()
