"""Start-up decisions and error display that need no 3D view."""

from __future__ import annotations

import sys

from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QApplication, QMessageBox

from gui.app import gl_surface_format, install_excepthook, startup_project
from twin.errors import InputError


def test_startup_project_prefers_argument_then_last_project(tmp_path):
    given = tmp_path / "given.duckdb"
    assert startup_project(str(given)) == given
    last = tmp_path / "last.duckdb"
    last.write_bytes(b"x")
    QSettings().setValue("projects/last", str(last))
    assert startup_project(None) == last


def test_gl_format_is_desktop_gl_core(qapp):
    from PySide6.QtGui import QSurfaceFormat

    fmt = gl_surface_format()
    assert fmt.renderableType() == QSurfaceFormat.RenderableType.OpenGL
    assert (fmt.majorVersion(), fmt.minorVersion()) >= (3, 2)
    assert fmt.profile() == QSurfaceFormat.OpenGLContextProfile.CoreProfile


def test_unhandled_errors_are_shown_without_traceback(qtbot, monkeypatch):
    monkeypatch.setattr(sys, "excepthook", sys.excepthook)   # restored after the test
    install_excepthook()
    try:
        raise InputError("/data/x.gml", "the file ends in the middle of a feature", line=12)
    except InputError as exc:
        sys.excepthook(type(exc), exc, exc.__traceback__)
    boxes = [w for w in QApplication.topLevelWidgets() if isinstance(w, QMessageBox) and w.isVisible()]
    assert len(boxes) == 1
    assert boxes[0].text() == "/data/x.gml, line 12: the file ends in the middle of a feature"
    boxes[0].close()
    try:
        raise ZeroDivisionError("division by zero")
    except ZeroDivisionError as exc:
        sys.excepthook(type(exc), exc, exc.__traceback__)
    boxes = [w for w in QApplication.topLevelWidgets() if isinstance(w, QMessageBox) and w.isVisible()]
    assert len(boxes) == 1 and "Unexpected error: ZeroDivisionError" in boxes[0].text()
    assert "Traceback" not in boxes[0].text()
    boxes[0].close()


def test_recent_projects_survive_a_single_entry(tmp_path):
    """QSettings' INI format reads a one-item list back as a plain string: it must not turn into characters."""
    from gui.project_session import recent_projects, remember_recent

    first, second = tmp_path / "a.duckdb", tmp_path / "b.duckdb"
    remember_recent(first)
    assert recent_projects() == [str(first)]
    remember_recent(second)
    remember_recent(first)
    assert recent_projects() == [str(first), str(second)]
    assert QSettings().value("projects/last") == str(first)
