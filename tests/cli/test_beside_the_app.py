"""kaga-twin commands while the desktop app has the project open (a child process running the real
ProjectSession, tests/cli/app_holder.py): reads work, a write waits for the app or is refused naming Kaga Twin,
and the app picks up what a command line import changed."""

from __future__ import annotations

import subprocess
import sys
import time
from pathlib import Path

import pytest

from main import main
from twin.store import Store

ROOT = Path(__file__).resolve().parents[2]
FACILITIES = ROOT / "sample_data" / "road_damage" / "kaga_facilities.geojson"


class App:
    """The app holding ``project`` in a child process."""

    def __init__(self, project: Path, idle: float = 600.0):
        self.proc = subprocess.Popen([sys.executable, str(Path(__file__).with_name("app_holder.py")), str(project),
                                      str(idle)], stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True,
                                     cwd=ROOT)
        first = self.expect("ready")
        self.pid = int(first.split()[1])

    def send(self, line: str) -> None:
        self.proc.stdin.write(line + "\n")
        self.proc.stdin.flush()

    def expect(self, start: str, timeout: float = 60) -> str:
        """The next line starting with ``start`` (lines before it are kept in ``seen``)."""
        end = time.monotonic() + timeout
        while time.monotonic() < end:
            line = self.proc.stdout.readline()
            if not line:
                raise AssertionError(f"the app process ended (exit {self.proc.wait()}) before {start!r}")
            if line.startswith(start):
                return line.strip()
        raise AssertionError(f"no {start!r} from the app")

    def close(self) -> None:
        if self.proc.poll() is None:
            self.send("quit")
            try:
                self.proc.wait(30)
            except subprocess.TimeoutExpired:
                self.proc.kill()


@pytest.fixture
def project(project_path):
    assert main(["import", str(FACILITIES), "--project", str(project_path)]) == 0
    return project_path


@pytest.fixture
def app(project):
    a = App(project)
    yield a
    a.close()


def run(capsys, *argv):
    code = main(list(argv))
    out = capsys.readouterr()
    return code, out.out, out.err


def test_read_commands_work_while_the_app_has_the_project_open(app, project, capsys, tmp_path):
    code, out, err = run(capsys, "info", "--project", str(project))
    assert code == 0 and "facilities" in out and err == ""
    code, out, _ = run(capsys, "info", "--read-only", "--project", str(project))
    assert code == 0 and "(read-only)" in out
    code, out, _ = run(capsys, "sql", "SELECT count(*) AS n FROM facilities", "--format", "csv",
                       "--project", str(project))
    assert code == 0 and out.splitlines() == ["n", "9"]
    # the app writes (saving its layers) and reads while commands read
    app.send("save")
    app.expect("saved")
    code, out, _ = run(capsys, "sql", "SELECT count(*) AS n FROM facilities", "--format", "csv",
                       "--project", str(project))
    assert code == 0 and out.splitlines() == ["n", "9"]
    app.send("read")
    assert app.expect("facilities") == "facilities 9"


def test_render_works_while_the_app_has_the_project_open(app, project, capsys, tmp_path):
    out_png = tmp_path / "view.png"
    code, _, err = run(capsys, "render", "--out", str(out_png), "--size", "320x200", "--project", str(project))
    assert code == 0, err
    assert out_png.stat().st_size > 1000


def test_a_reader_waits_for_the_apps_write_and_then_reads(app, project, capsys, monkeypatch):
    monkeypatch.setenv("KAGA_TWIN_LOCK_WAIT", "60")
    app.send("write 2")
    app.expect("writing")
    code, out, err = run(capsys, "sql", "SELECT count(*) AS n FROM facilities", "--format", "csv",
                         "--project", str(project))
    assert code == 0 and out.splitlines() == ["n", "9"]
    assert f"in use by Kaga Twin (the desktop app) (PID {app.pid}); waiting up to 60 s" in err
    app.expect("wrote")


def test_commands_refused_while_the_app_writes_name_kaga_twin(app, project, capsys, monkeypatch):
    monkeypatch.setenv("KAGA_TWIN_LOCK_WAIT", "1")
    app.send("write 60")
    app.expect("writing")
    code, _, err = run(capsys, "import", str(FACILITIES), "--project", str(project))
    assert code == 1
    assert f"is open in Kaga Twin (the desktop app, PID {app.pid})" in err and "python" not in err
    assert "nothing was changed" in err and "Traceback" not in err
    code, _, err = run(capsys, "sql", "SELECT 1", "--project", str(project))
    assert code == 1
    assert f"is being written by Kaga Twin (the desktop app, PID {app.pid})" in err and "python" not in err
    app.close()
    with Store(project, read_only=True) as s:   # nothing was imported twice
        assert s.query("SELECT count(*) FROM sources")[0][0] == 1


def test_a_command_line_import_waits_for_the_idle_app_which_then_shows_it(project, capsys, monkeypatch):
    app = App(project, idle=0.5)
    try:
        app.send("read")   # the app is using the project
        assert app.expect("facilities") == "facilities 9"
        monkeypatch.setenv("KAGA_TWIN_LOCK_WAIT", "60")
        extra = project.parent / "more_facilities.csv"
        extra.write_text("name,kind,lat,lon\n新しい避難所,避難所,36.321,136.351\n", encoding="utf-8")
        code, out, err = run(capsys, "import", str(extra), "--project", str(project))
        assert code == 0, err
        # the app noticed: the tables the import wrote, and it reads the new row
        assert "facilities" in app.expect("changed", timeout=30).split()[1].split(",")
        app.send("read")
        assert app.expect("facilities") == "facilities 10"
    finally:
        app.close()


def test_sql_write_while_the_app_reads_is_refused_with_the_app_named(app, project, capsys, monkeypatch):
    monkeypatch.setenv("KAGA_TWIN_LOCK_WAIT", "1")
    app.send("read")   # in use, not idle (the holder lets go only after 600 s)
    app.expect("facilities")
    code, _, err = run(capsys, "sql", "DELETE FROM facilities", "--write", "--project", str(project))
    assert code == 1 and f"Kaga Twin (the desktop app, PID {app.pid})" in err
    code, out, _ = run(capsys, "sql", "SELECT count(*) AS n FROM facilities", "--format", "csv",
                       "--project", str(project))
    assert out.splitlines() == ["n", "9"]
