"""Safety of ``lake build`` (issue 12): a corrupt source fails with a message naming it while the others are
written; a task killed mid-source leaves nothing of it outside ``_staging`` and the next run completes it; buffers
are written out when they pass their bound."""

from __future__ import annotations

import json
import signal
import subprocess
import sys
import textwrap
import time
from pathlib import Path

import duckdb

from importers.lake import sink as sink_module
from importers.lake.build import build_lake, build_source
from importers.lake.sources import expand
from twin.lake import layout
from twin.lake.manifest import read_manifest

ROOT = Path(__file__).resolve().parents[2]


def _truncated_copy(kaga_sample: Path, folder: Path) -> Path:
    """A loose .gml of the sample, cut in the middle of a building."""
    src = sorted((kaga_sample / "udx" / "bldg").glob("*.gml"), key=lambda p: p.stat().st_size)[-1]
    data = src.read_bytes()
    bad = folder / "54360000_bldg_6697_op.gml"
    bad.write_bytes(data[: len(data) // 2])
    return bad


def test_corrupt_source_fails_and_the_others_are_written(tmp_path, lake_client, kaga_sample):
    bad = _truncated_copy(kaga_sample, tmp_path)
    lake = tmp_path / "lake"
    lines: list[str] = []
    report = build_lake([bad, kaga_sample], lake, client=lake_client, out=lines.append)
    failed = report.failed
    assert [e["name"] for e in failed] == [bad.name]
    err = failed[0]["error"]
    assert str(bad) in err and "line" in err, err
    assert any(f"{bad.name}: FAILED: " in line for line in lines)
    manifest = read_manifest(lake)
    statuses = {e["name"]: e["status"] for e in manifest["sources"].values()}
    assert statuses == {bad.name: "failed", kaga_sample.name: "ok"}
    assert layout.source_files(lake, failed[0]["sha256"]) == []
    assert not (lake / layout.STAGING).exists()
    n = duckdb.sql(f"SELECT count(*) FROM read_parquet('{layout.table_glob(lake, 'buildings')}')").fetchone()[0]
    assert n == 3050
    # a failed source is tried again by the next run (and fails again, with the same message)
    again = build_lake([bad], lake, client=lake_client, out=lines.append)
    assert [e["error"] for e in again.failed] == [err] and again.skipped == []


def test_cli_exit_code_and_messages(tmp_path, kaga_sample, capsys):
    from cli.commands import run

    bad = _truncated_copy(kaga_sample, tmp_path)
    good = sorted((kaga_sample / "udx" / "tran").glob("*.gml"))[0]
    lake = tmp_path / "lake"
    rc = run(["lake", "build", str(bad), str(good), "--out", str(lake), "--workers", "1"])
    out, err = capsys.readouterr()
    assert rc == 1
    assert "dashboard http" in out and "1 source(s) built" in out and "1 failed" in out
    assert f"error: {bad.name}: {bad}" in err
    rc = run(["lake", "build", str(good), "--out", str(lake), "--workers", "1"])
    out, err = capsys.readouterr()
    assert rc == 0 and f"skipped {good.name}: already in the lake" in out and "0 source(s) built" in out
    # a SRC that does not exist is reported with the others, not instead of them
    missing = tmp_path / "no_such_dataset"
    rc = run(["lake", "build", str(missing), str(good), "--out", str(lake), "--workers", "1"])
    out, err = capsys.readouterr()
    assert rc == 1 and f"error: {missing.name}: {missing}: no such file or folder" in err
    assert f"skipped {good.name}" in out and "1 failed" in out


def test_killed_task_leaves_no_partial_partition_and_the_next_run_completes(tmp_path, kaga_sample, lake_client):
    """build_source runs in a process that is SIGKILLed after its first staged file (its buffers are small, so
    the parse is far from done): nothing of the source is outside _staging. A stale file of the source in a
    partition (as a kill during the final moves leaves) is removed by the next run, which completes it."""
    lake = tmp_path / "lake"
    src = expand(kaga_sample)[0]
    sha = src.sha256()
    script = textwrap.dedent(f"""
        import sys, time
        from importers.lake import sink
        from importers.plateau import pipeline
        sink.FILE_ROWS = 200
        pipeline.FLUSH_ROWS = 200     # the parser hands its rows over in small batches
        write = sink.LakeSink._write
        def held(self, *a):
            write(self, *a)
            time.sleep(3600)          # hold here until killed
        sink.LakeSink._write = held
        from importers.lake.build import build_source
        build_source({str(src.path)!r}, {str(lake)!r}, {sha!r})
    """)
    proc = subprocess.Popen([sys.executable, "-c", script], cwd=ROOT)
    staging = lake / layout.STAGING / sha[: layout.SHA_PREFIX]
    try:
        deadline = time.monotonic() + 120
        while not list(staging.rglob("*.parquet")):
            assert proc.poll() is None, "the task ended before it was killed"
            assert time.monotonic() < deadline, "no staged file appeared"
            time.sleep(0.02)
    finally:
        proc.send_signal(signal.SIGKILL)
        proc.wait()
    assert list(staging.rglob("*.parquet"))
    assert layout.source_files(lake, sha) == []
    assert not (lake / layout.MANIFEST).exists() or sha not in read_manifest(lake)["sources"]
    # as if a kill had come in the middle of the final moves: one file of the source already in place
    stale = layout.partition_dir(lake, "buildings", "17206", "5436") / layout.file_name(sha, 7)
    stale.parent.mkdir(parents=True)
    next(staging.rglob("*.parquet")).rename(stale)
    report = build_lake([kaga_sample], lake, client=lake_client, out=None)
    assert report.ok and report.built[0]["counts"]["buildings"] == 3050
    assert not (lake / layout.STAGING).exists()
    files = layout.source_files(lake, sha)
    assert stale not in files and len(files) == report.built[0]["files"]
    n = duckdb.sql(f"SELECT count(*) FROM read_parquet('{layout.table_glob(lake, 'buildings')}')").fetchone()[0]
    assert n == 3050


def test_buffers_are_written_when_they_pass_their_bound(tmp_path, kaga_sample, monkeypatch):
    """With the parser handing over batches of about 500 rows and a bound of 1,000 rows per file, no file has more
    than 1,000 rows, and the rows add up."""
    from importers.plateau import pipeline

    monkeypatch.setattr(pipeline, "FLUSH_ROWS", 500)
    monkeypatch.setattr(sink_module, "FILE_ROWS", 1000)
    src = expand(kaga_sample)[0]
    entry = build_source(src.path, tmp_path / "lake", src.sha256())
    assert entry["status"] == "ok"
    import pyarrow.parquet as pq

    per_table: dict[str, int] = {}
    for f in layout.source_files(tmp_path / "lake", src.sha256()):
        rows = pq.read_metadata(f).num_rows
        assert rows <= 1000
        table = f.relative_to(tmp_path / "lake").parts[0]
        per_table[table] = per_table.get(table, 0) + rows
    assert per_table == {t: n for t, n in entry["counts"].items() if n}
    assert len(list((tmp_path / "lake" / "building_surfaces").rglob("*.parquet"))) >= 20
    # every surface and risk found its building, though the ids of delivered buildings were let go on the way
    assert entry["orphans"] == {} and 0 < entry["parent_ids_max"] < 3050
    assert entry["rss_max_mb"] > 0 and entry["peak_rss_mb"] >= entry["rss_max_mb"] * 0.9
    assert json.dumps(entry)    # the manifest entry is plain JSON


def test_staging_removed_by_another_task_between_the_two_mkdirs(tmp_path, monkeypatch):
    """A task finishing on another worker removes the empty ``_staging`` folder; a task beginning at that moment
    (after making ``_staging``, before its own folder in it) still begins."""
    import os

    lake = tmp_path / "lake"
    sink = sink_module.LakeSink(lake, "ab" * 32, crs="EPSG:6675", city=None)
    real_mkdir = os.mkdir
    removed = []

    def mkdir(path, *args, **kwargs):
        real_mkdir(path, *args, **kwargs)
        if Path(path).name == layout.STAGING and not removed:   # the other task's rmdir of the empty folder
            os.rmdir(path)
            removed.append(path)

    monkeypatch.setattr(os, "mkdir", mkdir)
    sink.begin()
    assert removed and sink.staging.is_dir()


def test_a_sources_files_are_found_while_another_task_removes_the_staging_folder(tmp_path, monkeypatch):
    """``layout.source_files`` searches the tables' folders only: ``_staging``, which a finishing task removes when it is
    empty, vanishing meanwhile does not fail it (a 2-worker build once failed a source so)."""
    import os

    sha = "ab" * 32
    mine = tmp_path / "buildings" / "city=17206" / "mesh1=5436" / f"{sha[:layout.SHA_PREFIX]}-0.parquet"
    other = tmp_path / "building_surfaces" / "city=17206" / "mesh1=5436" / f"{'cd' * 6}-0.parquet"
    for f in (mine, other):
        f.parent.mkdir(parents=True)
        f.write_bytes(b"x")
    (tmp_path / layout.STAGING / "ef" / "buildings").mkdir(parents=True)
    real = os.scandir

    def vanishing(path="."):
        if os.path.basename(os.fspath(path)) == layout.STAGING:
            raise FileNotFoundError(2, "No such file or directory", os.fspath(path))
        return real(path)

    monkeypatch.setattr(os, "scandir", vanishing)
    assert layout.source_files(tmp_path, sha) == [mine]
