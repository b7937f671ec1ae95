"""End-to-end fixtures: a real MainWindow with its 3D view under Xvfb (pytest-xvfb), on a sample project.

Every test fails if it leaves a window open or VTK objects alive after the window was closed.
"""

from __future__ import annotations

import gc
import shutil
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QEvent, QSettings
from PySide6.QtWidgets import QApplication

from kaga_testenv import window_display_problem


def pytest_configure(config):
    if QApplication.instance() is None:
        from gui.app import prepare_qt

        prepare_qt()


@pytest.fixture(scope="session")
def sample_project_template(tmp_path_factory) -> Path:
    """A project built once per session: the bundled Kaga sample when present, else the synthetic city."""
    from importers.sample import ensure_default_project
    from twin.paths import sample_sources
    from twin.store import Store

    path = tmp_path_factory.mktemp("sample") / "kaga.duckdb"
    if sample_sources():
        ensure_default_project(path)
    else:
        from twin.synthetic import write_synthetic_city

        with Store(path) as store:
            write_synthetic_city(store, 600)
    return path


@pytest.fixture
def sample_project(sample_project_template, tmp_path) -> Path:
    """A fresh copy of the sample project for one test (tests save state into it)."""
    path = tmp_path / "kaga.duckdb"
    shutil.copy(sample_project_template, path)
    return path


@pytest.fixture(autouse=True)
def _isolated_settings(qapp, tmp_path):
    QSettings.setDefaultFormat(QSettings.Format.IniFormat)
    QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, str(tmp_path / "settings"))
    QCoreApplication.setOrganizationName("KagaTwinTests")
    QCoreApplication.setApplicationName("kaga-twin-e2e")
    from gui.i18n import install_language

    install_language("en")
    yield


def _drain() -> None:
    for _ in range(3):
        QApplication.processEvents()
        QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete.value)
    gc.collect()


def _vtk_objects() -> set[int]:
    from vtkmodules.vtkCommonCore import vtkObjectBase

    return {id(o) for o in gc.get_objects() if isinstance(o, vtkObjectBase)}


@pytest.fixture
def make_window(qapp, qtbot):
    """Factory: ``make_window(project)`` → a shown MainWindow with the project open.

    Teardown closes every window it made and fails the test if top-level widgets or VTK objects created
    by the test survive.
    """
    from gui.main_window import MainWindow

    problem = window_display_problem()
    if problem:
        pytest.skip(problem)
    _drain()
    widgets_before = {id(w) for w in QApplication.topLevelWidgets()}
    vtk_before = _vtk_objects()
    made: list[MainWindow] = []

    def make(project: Path | None = None, size=(1400, 900)) -> MainWindow:
        w = MainWindow()
        made.append(w)
        w.resize(*size)
        w.show()
        qtbot.waitExposed(w)
        if project is not None:
            assert w.open_project(project)
        # one real frame so that picking, screenshots and pixel checks see the scene
        w.viewport.render_now()
        QApplication.processEvents()
        return w

    yield make
    while made:
        w = made.pop()
        if w.isVisible() or not w.viewport._closed:
            w.close()
        w.deleteLater()
        del w
    _drain()
    leaked = [f"{type(w).__name__}:{w.objectName()}" for w in QApplication.topLevelWidgets()
              if id(w) not in widgets_before]
    assert not leaked, f"windows left open: {leaked}"
    vtk_after = _vtk_objects() - vtk_before
    if vtk_after:
        from vtkmodules.vtkCommonCore import vtkObjectBase

        names = sorted({type(o).__name__ for o in gc.get_objects()
                        if isinstance(o, vtkObjectBase) and id(o) in vtk_after})
        pytest.fail(f"{len(vtk_after)} VTK objects survived closing the window: {names[:20]}")
