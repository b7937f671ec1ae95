"""Store(shared=True), the app's way of holding a project: read-only at rest so other processes can read, read-write
only inside Store.writing, let go of when idle, and other programs' changes noticed."""

from __future__ import annotations

import subprocess
import sys
import threading
from pathlib import Path

import duckdb
import pytest

from twin.errors import StoreError
from twin.store import Store

ROOT = Path(__file__).resolve().parents[2]


def child(code: str, project: Path) -> subprocess.CompletedProcess:
    """Run ``code`` in another process (``P`` is the project path, ``Store`` imported)."""
    prog = f"import sys; sys.path.insert(0, {str(ROOT)!r}); from twin.store import Store; P = {str(project)!r}\n{code}"
    return subprocess.run([sys.executable, "-c", prog], capture_output=True, text=True, timeout=120,
                          env={"KAGA_TWIN_LOCK_WAIT": "1", "PATH": "/usr/bin:/bin"})


@pytest.fixture
def shared(project_path):
    with Store(project_path) as s:
        s.query("INSERT INTO app_state VALUES ('k', '1')")
        s.query("INSERT INTO buildings (gml_id, source_id) SELECT 'b' || i, 1 FROM range(5000) t(i)")
    s = Store(project_path, shared=True, wait=5)
    yield s
    s.close()


def test_other_processes_read_while_it_is_open_and_not_while_it_writes(shared, project_path):
    assert shared.attached == "ro"
    read = "print(Store(P, read_only=True).query('SELECT count(*) FROM buildings')[0][0])"
    assert child(read, project_path).stdout.strip() == "5000"
    with shared.writing():
        assert shared.attached == "rw"
        r = child(read, project_path)
        assert r.returncode == 1 and "Kaga Twin (the desktop app" in r.stderr
    assert shared.attached == "ro"
    assert child(read, project_path).stdout.strip() == "5000"


def test_writes_go_through_the_write_scope_and_cursors_survive_it(shared):
    cur = shared.cursor()
    assert cur.execute("SELECT count(*) FROM buildings").fetchone() == (5000,)   # a result left unread
    streaming = shared.cursor()
    streaming.execute("SELECT * FROM buildings").fetchmany(3)
    shared.set_app_state("camera", {"x": 1})                   # its own write scope
    shared.query("INSERT INTO app_state VALUES ('q', '2')")    # a plain write query is run in one too
    with shared.transaction() as tx:
        tx.execute("DELETE FROM buildings WHERE gml_id = 'b1'")
    assert shared.attached == "ro"
    assert cur.execute("SELECT count(*) FROM buildings").fetchone() == (4999,)
    assert shared.app_state("camera") == {"x": 1} and shared.app_state("q") == 2
    with pytest.raises(duckdb.Error, match="read-only"):    # outside a scope the file stays read-only
        cur.execute("DELETE FROM buildings")
    streaming.close()
    with pytest.raises(duckdb.Error):
        streaming.execute("SELECT 1")


def test_a_failed_transaction_leaves_nothing(shared):
    with pytest.raises(RuntimeError), shared.transaction() as tx:
        tx.execute("DELETE FROM buildings")
        raise RuntimeError("stop")
    assert shared.query("SELECT count(*) FROM buildings")[0][0] == 5000 and shared.attached == "ro"


def test_threads_read_while_another_writes(shared):
    errors, counts = [], []

    def reader():
        try:
            c = shared.cursor()
            for _ in range(50):
                counts.append(c.execute("SELECT count(*) FROM buildings").fetchone()[0])
        except Exception as exc:  # noqa: BLE001
            errors.append(exc)

    threads = [threading.Thread(target=reader) for _ in range(3)]
    for t in threads:
        t.start()
    for i in range(10):
        with shared.transaction() as tx:
            tx.execute("INSERT INTO buildings (gml_id, source_id) VALUES (?, 1)", [f"new{i}"])
    for t in threads:
        t.join()
    assert errors == [] and len(counts) == 150 and set(counts) <= set(range(5000, 5011))
    assert shared.query("SELECT count(*) FROM buildings")[0][0] == 5010


def test_when_idle_it_lets_go_and_notices_what_another_program_changed(shared, project_path):
    cur = shared.cursor()
    cur.execute("SELECT count(*) FROM buildings").fetchone()
    assert not shared.release_if_idle(60)          # used just now
    assert shared.release_if_idle(0) and shared.attached is None
    write = "s = Store(P); s.query(\"INSERT INTO buildings (gml_id, source_id) VALUES ('cli', 1)\"); s.close()"
    r = child(write, project_path)
    assert r.returncode == 0, r.stderr
    assert shared.outside_changes() == [{"buildings"}]   # polled: attached again, the change seen
    assert shared.attached == "ro"
    assert cur.execute("SELECT count(*) FROM buildings").fetchone() == (5001,)
    assert shared.outside_changes() == []
    # its own writes are not someone else's
    shared.release_if_idle(0)
    with shared.transaction() as tx:
        tx.execute("DELETE FROM buildings WHERE gml_id = 'cli'")
    shared.release_if_idle(0)
    assert shared.outside_changes() == [] and shared.query("SELECT count(*) FROM buildings")[0][0] == 5000


def test_a_read_after_letting_go_waits_for_a_writer_then_says_who(shared, project_path):
    shared.release_if_idle(0)
    hold = "import time; s = Store(P); print('held', flush=True); time.sleep(8)"
    prog = f"import sys; sys.path.insert(0, {str(ROOT)!r}); from twin.store import Store; P = {str(project_path)!r}\n{hold}"
    proc = subprocess.Popen([sys.executable, "-c", prog, "kaga-twin", "import"], stdout=subprocess.PIPE, text=True)
    try:
        assert proc.stdout.readline().strip() == "held"
        with pytest.raises(StoreError, match="is open in another program"):
            shared.query("SELECT 1")
    finally:
        proc.wait(30)
    assert shared.query("SELECT count(*) FROM buildings")[0][0] == 5000


def test_a_write_protected_project_opens_read_only(project_path):
    Store(project_path).close()
    project_path.chmod(0o444)
    try:
        with Store(project_path, shared=True) as s:
            assert s.read_only and s.attached in ("ro", None)
            assert s.query("SELECT count(*) FROM app_state")[0][0] == 0
            with pytest.raises(StoreError, match="read-only"):
                s.set_app_state("k", 1)
    finally:
        project_path.chmod(0o644)
