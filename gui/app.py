"""Application start: Qt set-up before any window, the UI language, the first-start project, the main window."""

from __future__ import annotations

import logging
import sys
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QEvent, QSettings, Qt, QTimer
from PySide6.QtGui import QGuiApplication, QIcon, QSurfaceFormat
from PySide6.QtWidgets import QApplication, QMessageBox

from gui import i18n

APP_NAME = "Kaga Twin"
ORG_NAME = "Kaga City"
ORG_DOMAIN = "city.kaga.ishikawa.jp"
SETTINGS_APP = "kaga-twin"

log = logging.getLogger("kaga_twin.gui")


def gl_surface_format() -> QSurfaceFormat:
    """The process-wide GL format pyvistaqt's widget needs (desktop GL 3.2 core, double buffered)."""
    try:  # the widget's own choice, so both always agree
        from pyvistaqt.rwi import _default_format

        return _default_format()
    except (ImportError, AttributeError):
        fmt = QSurfaceFormat()
        fmt.setRenderableType(QSurfaceFormat.RenderableType.OpenGL)
        fmt.setProfile(QSurfaceFormat.OpenGLContextProfile.CoreProfile)
        fmt.setVersion(3, 2)
        fmt.setSwapBehavior(QSurfaceFormat.SwapBehavior.DoubleBuffer)
        fmt.setDepthBufferSize(8)
        fmt.setAlphaBufferSize(8)
        fmt.setStencilBufferSize(0)
        fmt.setSamples(0)
        return fmt


def prepare_qt() -> None:
    """Everything that must happen before the QApplication and the first window exist.

    pyvistaqt invariant: the GL surface format is the process-wide default before the top-level window is
    created; docks are floated and re-docked, so GL contexts are shared.
    """
    QSurfaceFormat.setDefaultFormat(gl_surface_format())
    if QCoreApplication.instance() is None:
        QCoreApplication.setAttribute(Qt.ApplicationAttribute.AA_ShareOpenGLContexts, True)
        QGuiApplication.setHighDpiScaleFactorRoundingPolicy(
            Qt.HighDpiScaleFactorRoundingPolicy.PassThrough)


def create_app(argv: list[str] | None = None) -> QApplication:
    """The QApplication, with names for QSettings, the UI language installed and the GL format set."""
    prepare_qt()
    app = QApplication.instance()
    if app is None:
        app = QApplication(list(sys.argv if argv is None else argv))
    QCoreApplication.setOrganizationName(ORG_NAME)
    QCoreApplication.setOrganizationDomain(ORG_DOMAIN)
    QCoreApplication.setApplicationName(SETTINGS_APP)
    QGuiApplication.setApplicationDisplayName(APP_NAME)
    QGuiApplication.setDesktopFileName("kaga-twin")
    icon = Path(__file__).resolve().parent / "resources" / "kaga_twin.svg"
    if icon.exists():
        app.setWindowIcon(QIcon(str(icon)))
    i18n.install_language(i18n.effective_language())
    return app


def create_default_project_with_progress() -> Path | None:
    """First start: build the per-user project from the bundled sample behind a progress dialog.

    Returns the project path, or None after showing the error (the app then opens without a project).
    """
    from importers.sample import ensure_default_project
    from twin.paths import default_project_path

    from gui.messages import error_text
    from gui.workers import ProgressRunner

    path = default_project_path()
    if path.exists():
        return path
    runner = ProgressRunner(None, APP_NAME,
                            QCoreApplication.translate("App", "Preparing the Kaga Onsen Station sample for the first start…"),
                            lambda progress, cancel: ensure_default_project(path, progress=progress),
                            cancellable=False)
    runner.start()
    runner.wait_done()
    worker = runner.worker
    if worker.error is not None:
        QMessageBox.warning(None, APP_NAME, QCoreApplication.translate("App", "The sample project could not be created:") + "\n\n"
                            + error_text(worker.error))
        return None
    return Path(worker.result)


def startup_project(project: str | Path | None) -> Path | None:
    """The project to open: ``--project``, else the one used last, else the default project (created from
    the bundled sample on first start, behind a progress dialog)."""
    if project:
        return Path(project).expanduser()
    last = QSettings().value("projects/last")
    if isinstance(last, str) and last and Path(last).is_file():
        return Path(last)
    return create_default_project_with_progress()


def install_excepthook() -> None:
    """Unexpected exceptions in Qt slots: logged with the traceback, shown to the user as one sentence.

    PySide would otherwise print the traceback on the console, where desk users never look.
    """
    from gui.messages import show_error

    previous = sys.excepthook

    def hook(exc_type, exc, tb):
        if issubclass(exc_type, KeyboardInterrupt):
            previous(exc_type, exc, tb)
            return
        try:
            parent = QApplication.activeWindow()
            show_error(parent, QCoreApplication.translate("App", "Something went wrong"), exc)
        except Exception:  # noqa: BLE001 - never raise from the hook
            previous(exc_type, exc, tb)

    sys.excepthook = hook


def run_app(project: str | Path | None = None, argv: list[str] | None = None) -> int:
    """Open the desktop app on ``project`` (or the last or default project, see :func:`startup_project`)."""
    logging.basicConfig(level=logging.INFO, format="%(levelname)s %(name)s: %(message)s")
    app = create_app(argv)
    install_excepthook()
    from gui.main_window import MainWindow

    path = startup_project(project)
    window = MainWindow()
    window.show()
    if path is not None:
        if path.exists():
            window.open_project(path)
        else:  # --project naming a new file: start an empty project there, as the CLI does
            window.new_project(path)
    QTimer.singleShot(3000, warm_up_imports)
    code = app.exec()
    destroy_window(window)
    return int(code)


def destroy_window(window) -> None:
    """Destroy the closed main window now, children first, while Qt and VTK are still whole, rather than whenever
    Python's garbage collector reaches it (a late teardown of the search field's completer crashed)."""
    window.deleteLater()
    for _ in range(2):
        QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete.value)
        QCoreApplication.processEvents()


def warm_up_imports() -> None:
    """Import what the first natural-breaks restyle needs (mapclassify, ~1 s) in a background thread, once the
    window is up, so that choosing "graduated" by height does not pause the window."""
    import importlib
    import threading

    threading.Thread(target=importlib.import_module, args=("mapclassify",), name="warm-up", daemon=True).start()


if __name__ == "__main__":  # pragma: no cover
    sys.exit(run_app(sys.argv[1] if len(sys.argv) > 1 else None))
