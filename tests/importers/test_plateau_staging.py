"""The PLATEAU import writes through a staging database (``SourceWriter.staged``): rows are committed there batch
by batch and copied into the project in the import transaction. The project still changes all at once or not at
all, and no staging file is left beside it."""

from __future__ import annotations

import subprocess
import sys

import pytest

from importers.plateau import pipeline
from importers.registry import import_path
from plateau_fixtures import LAT0, LON0, building, citygml, core_attrs
from twin.errors import InputError
from twin.store.import_stage import STAGE_INFIX

N = 12


def _stages(store):
    return sorted(p.name for p in store.path.parent.glob(f"*{STAGE_INFIX}*"))


def _compression(store):
    """Staged rows are written uncompressed; the project's own compression setting is back after the import."""
    return store.query("SELECT current_setting('force_compression')")[0][0]


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


def test_staged_import_writes_every_row_and_leaves_no_stage(store, tmp_path, many_batches):
    report = import_path(store, _file(tmp_path))
    assert report.counts["buildings"] == N
    assert store.query("SELECT count(DISTINCT gml_id) FROM buildings")[0][0] == N
    surfaces = store.query("SELECT count(*) FROM building_surfaces")[0][0]
    assert surfaces == report.counts["building_surfaces"] > N
    # every row carries this import's source id and a geometry
    assert store.query("SELECT count(*) FROM buildings WHERE source_id = ? AND footprint IS NOT NULL",
                       [report.source_id])[0][0] == N
    # columns the importer does not write get the table's defaults, as with a direct insert (ids from the sequence)
    ids = [r[0] for r in store.query("SELECT id FROM buildings")]
    assert None not in ids and len(set(ids)) == N
    assert _stages(store) == []
    # a second import of the same file replaces the first (the duplicate replacement sees the staged rows)
    again = import_path(store, _file(tmp_path))
    assert again.replaced_sources == [report.source_id]
    assert store.query("SELECT count(*) FROM buildings")[0][0] == N
    assert _stages(store) == []


def test_failing_staged_import_changes_nothing_and_leaves_no_stage(store, tmp_path, many_batches):
    before = store.table_counts(), store.sources()
    with pytest.raises(InputError, match="bldg_11"):
        import_path(store, _file(tmp_path, bad_token="x"))   # rows of earlier chunks were staged already
    assert (store.table_counts(), store.sources()) == before
    assert _stages(store) == []
    assert _compression(store) == "auto"


def test_stage_left_by_a_killed_import_is_removed(store, tmp_path, many_batches):
    dead = subprocess.run([sys.executable, "-c", "import os; print(os.getpid())"], capture_output=True, text=True)
    pid = int(dead.stdout)
    stale = store.path.with_name(f"{store.path.name}{STAGE_INFIX}{pid}-1.duckdb")
    stale.write_bytes(b"left by a killed import")
    folder = store.path.with_name(f"{store.path.name}{STAGE_INFIX}{pid}-2")
    folder.mkdir()
    (folder / "part.parquet").write_bytes(b"PAR1 half written")
    import_path(store, _file(tmp_path))
    assert not stale.exists() and not folder.exists()
    assert _stages(store) == []


def test_rows_wait_in_the_stage_until_the_import_ends(store, tmp_path, many_batches, monkeypatch):
    """While the parse runs, the rows are in the staging database beside the project, not in the project table."""
    from importers.plateau import pipeline as pl

    seen = []
    flush = pl.Pipeline._flush

    def spy(self, table=None):
        flush(self, table)
        stage = self.writer._stage
        staged = sum(stage._cur.execute(f"SELECT count(*) FROM {name}").fetchone()[0]
                     for t, _columns, batches in stage.tables if t == "buildings" for name in batches)
        seen.append((_stages(store), self.writer.execute("SELECT count(*) FROM buildings").fetchone()[0], staged))

    monkeypatch.setattr(pl.Pipeline, "_flush", spy)
    import_path(store, _file(tmp_path))
    assert seen and all(n == 0 for _files, n, _staged in seen)
    assert all(any(name.endswith(".duckdb") for name in files) for files, _n, _staged in seen)
    counts = [staged for *_x, staged in seen]   # buildings staged after each batch (one building a chunk)
    assert counts == sorted(counts) and set(counts) - {0} == set(range(1, N + 1))
    assert store.query("SELECT count(*) FROM buildings")[0][0] == N
    assert _stages(store) == []


def test_each_batch_is_staged_in_a_table_of_its_own_and_rows_keep_the_file_order(store, tmp_path, many_batches,
                                                                                monkeypatch):
    """Every staged batch gets a staging table of its own (a growing one was rewritten at every checkpoint); the
    copy into the project, several staging tables per INSERT, keeps the file's order: ids follow it."""
    from twin.store import import_stage

    monkeypatch.setattr(import_stage, "MOVE_BATCHES", 5)   # 3 INSERTs for the 12 buildings' batches
    staged = []
    move_into = import_stage.ImportStage.move_into

    def spy(self, cur):
        staged.append({table: list(batches) for table, _columns, batches in self.tables})
        move_into(self, cur)

    monkeypatch.setattr(import_stage.ImportStage, "move_into", spy)
    report = import_path(store, _file(tmp_path))
    (tables,) = staged
    assert len(tables["buildings"]) == N and len(set(tables["buildings"])) == N
    assert len(tables["building_surfaces"]) >= N
    assert [r[0] for r in store.query("SELECT gml_id FROM buildings ORDER BY id")] == [f"bldg_{i}" for i in range(N)]
    owners = [int(r[0].split("_")[1]) for r in store.query("SELECT gml_id FROM building_surfaces ORDER BY rowid")]
    assert owners == sorted(owners) and set(owners) == set(range(N))
    assert len(owners) == report.counts["building_surfaces"]
    assert _stages(store) == []
