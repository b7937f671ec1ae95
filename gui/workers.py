"""Background work: imports and first-start project creation run in a QThread, never on the GUI thread.

A :class:`TaskWorker` runs ``fn(progress, cancel)`` in its own thread (imports, first start, analyses). ``progress(done, total, unit, message)``
may be called as often as the importer likes; it is throttled before it crosses to the GUI thread.
``cancel`` is a :class:`threading.Event`; importers check it (``SourceWriter.check_cancelled``) and the store
rolls the import back. Results and errors come back as signals, delivered on the GUI thread.

Workers never touch the plotter or any VTK object (pyvistaqt invariant): they only write to the store through
their own cursor. The layer list is updated by the GUI thread when the worker has finished.
"""

from __future__ import annotations

import threading
import time
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any, NamedTuple

from PySide6.QtCore import QEventLoop, QObject, Qt, QThread, Signal
from PySide6.QtWidgets import QProgressDialog, QWidget

from twin.analysis import AnalysisCancelled
from twin.errors import ImportCancelled, TwinError
from twin.store import Store

ProgressFn = Callable[[int, int, str, str], None]

_PROGRESS_INTERVAL = 0.05  # seconds between progress signals (the dialog does not need more)


class TaskWorker(QThread):
    """Runs ``fn(progress, cancel)`` off the GUI thread.

    Signals (queued to the GUI thread): ``progressed(done, total, unit, message)``, ``succeeded(result)``,
    ``failed(exception)`` and ``cancelled()``. Exactly one of the last three is emitted, then
    ``QThread.finished``.
    """

    progressed = Signal(int, int, str, str)
    succeeded = Signal(object)
    failed = Signal(object)
    cancelled = Signal()

    def __init__(self, fn: Callable[[ProgressFn, threading.Event], Any], parent: QObject | None = None):
        super().__init__(parent)
        self._fn = fn
        self.cancel_event = threading.Event()
        self._last_emit = 0.0
        self.result: Any = None
        self.error: BaseException | None = None

    def cancel(self) -> None:
        self.cancel_event.set()

    def _progress(self, done: int, total: int, unit: str = "bytes", message: str = "") -> None:
        now = time.monotonic()
        if done < total and now - self._last_emit < _PROGRESS_INTERVAL:
            return
        self._last_emit = now
        # Qt's int is 32 bit: scale byte counts of big files down to keep the ratio
        while total > 2**31 - 1:
            done, total = done // 1024, total // 1024
        self.progressed.emit(int(done), int(total), unit, message)

    def run(self) -> None:  # noqa: D401 - QThread API
        try:
            self.result = self._fn(self._progress, self.cancel_event)
        except (ImportCancelled, AnalysisCancelled):
            self.cancelled.emit()
        except BaseException as exc:  # noqa: BLE001 - reported to the user by the GUI thread
            if self.cancel_event.is_set() and not isinstance(exc, TwinError):
                self.cancelled.emit()
                return
            self.error = exc
            self.failed.emit(exc)
        else:
            if self.cancel_event.is_set():
                self.cancelled.emit()
            else:
                self.succeeded.emit(self.result)


class ImportOutcome:
    """What a batch import did: one report per imported path, errors per path, and whether it was cancelled."""

    def __init__(self) -> None:
        self.reports: list = []
        self.errors: list[tuple[str, BaseException]] = []
        self.cancelled = False

    @property
    def ok(self) -> bool:
        return not self.errors and not self.cancelled


class ImportInput(NamedTuple):
    """One input of a batch import with the user's choice for it: the importer (None: the one that recognises the
    input) and its options (e.g. ``{"map": "lat=Y座標,lon=X座標", "kind": "citizen"}`` from the Columns… dialog)."""

    path: Path
    importer: str | None = None
    options: dict[str, Any] | None = None

    @classmethod
    def of(cls, item: "str | Path | ImportInput") -> "ImportInput":
        """``item`` as an input: a path alone is read by the importer that recognises it."""
        return item if isinstance(item, ImportInput) else cls(Path(item))


def import_paths_task(store: Store, paths: Sequence[str | Path | ImportInput]
                      ) -> Callable[[ProgressFn, threading.Event], ImportOutcome]:
    """A task importing ``paths`` one after another, each in its own transaction; an :class:`ImportInput` says
    which importer reads it and with which options.

    A failing input is recorded and the next one is imported (the CLI does the same). Cancel stops at once:
    the running import is rolled back; inputs that finished before stay imported and are listed.
    """
    from importers.registry import import_path

    inputs = [ImportInput.of(p) for p in paths]

    def task(progress: ProgressFn, cancel: threading.Event) -> ImportOutcome:
        outcome = ImportOutcome()
        n = len(inputs)
        for i, (path, importer, options) in enumerate(inputs):
            if cancel.is_set():
                outcome.cancelled = True
                break
            name = Path(path).name

            def one(done: int, total: int, unit: str = "bytes", message: str = "", _i=i, _name=name) -> None:
                # overall progress in per-mille across all inputs
                frac = (done / total) if total else 0.0
                label = f"{_name} ({_i + 1}/{n})" + (f" — {message}" if message else "")
                progress(int(1000 * (_i + min(frac, 1.0)) / n), 1000, unit, label)

            one(0, 1)
            try:
                outcome.reports.append(import_path(store, path, importer=importer, options=options, progress=one,
                                                   cancel=cancel))
            except ImportCancelled:
                outcome.cancelled = True
                break
            except BaseException as exc:  # noqa: BLE001 - shown per input in the report dialog
                if cancel.is_set():
                    outcome.cancelled = True
                    break
                outcome.errors.append((str(path), exc))
        progress(1000, 1000, "bytes", "")
        return outcome

    return task


class ProgressRunner(QObject):
    """Runs a :class:`TaskWorker` behind a :class:`QProgressDialog`.

    The dialog is window-modal (the rest of the app stays painted and responsive); Cancel sets the
    worker's cancel event and the label says the import is being rolled back. ``done(worker)`` is emitted
    on the GUI thread when the worker has finished (see ``worker.result`` / ``worker.error`` /
    ``was_cancelled``).
    """

    done = Signal(object)

    def __init__(self, parent: QWidget | None, title: str, label: str, fn, *, cancellable: bool = True):
        super().__init__(parent)
        self.worker = TaskWorker(fn)
        self.was_cancelled = False
        self.finished = False
        self.dialog = QProgressDialog(label, self.tr("Cancel") if cancellable else "", 0, 1000, parent)
        self.dialog.setObjectName("progressDialog")
        self.dialog.setWindowTitle(title)
        self.dialog.setWindowModality(Qt.WindowModality.WindowModal if parent else Qt.WindowModality.ApplicationModal)
        self.dialog.setMinimumDuration(0)
        self.dialog.setMinimumWidth(420)
        self.dialog.setAutoClose(False)
        self.dialog.setAutoReset(False)
        if not cancellable:
            self.dialog.setCancelButton(None)
        self.dialog.canceled.connect(self._on_cancel)
        self._label = label
        self.worker.progressed.connect(self._on_progress)
        self.worker.cancelled.connect(self._on_cancelled)
        self.worker.finished.connect(self._on_finished)

    def start(self) -> None:
        self.dialog.setValue(0)
        self.dialog.show()
        self.worker.start()

    def cancel(self) -> None:
        self._on_cancel()

    def _on_cancel(self) -> None:
        if self.worker.isRunning():
            self.worker.cancel()
            self.dialog.setLabelText(self.tr("Cancelling… everything is being rolled back."))

    def _on_progress(self, done: int, total: int, unit: str, message: str) -> None:
        if self.worker.cancel_event.is_set():
            return
        self.dialog.setMaximum(max(total, 1))
        self.dialog.setValue(min(done, max(total, 1)))
        if message:
            self.dialog.setLabelText(f"{self._label}\n{message}")

    def _on_cancelled(self) -> None:
        self.was_cancelled = True

    def _on_finished(self) -> None:
        self.finished = True
        if self.worker.cancel_event.is_set():
            self.was_cancelled = True
        self.dialog.canceled.disconnect(self._on_cancel)
        self.dialog.close()
        self.dialog.deleteLater()
        self.done.emit(self.worker)
        self.worker.deleteLater()
        self.deleteLater()

    def wait_done(self) -> None:
        """Spin a local event loop until the worker has finished (for first start, before the main loop)."""
        if self.finished:
            return
        loop = QEventLoop()
        self.done.connect(loop.quit)
        loop.exec()

def analysis_runner(parent: QWidget | None, caption: str, store: Store, name: str,
                    params: dict[str, Any] | None = None) -> ProgressRunner:
    """A :class:`ProgressRunner` (not started) running analysis ``name`` with ``params`` over ``store`` in one
    transaction (Cancel rolls it back); ``worker.result`` is the recorded :class:`twin.analysis.AnalysisRun`."""
    from gui.fields import ui_language
    from twin import analysis as home
    from twin import themes

    def task(progress, cancel):
        return home.run_analysis(store, name, dict(params or {}), cancel=cancel,
                                 progress=lambda d, t, m: progress(d, t, "steps", m))

    return ProgressRunner(parent, caption, themes.analysis(name).title.text(ui_language()), task)


def outcome(runner: ProgressRunner | None, worker: Any) -> str:
    """How a runner's task ended: ``"cancelled"``, ``"failed"`` (``worker.error``) or ``"ran"``."""
    if runner is not None and runner.was_cancelled:
        return "cancelled"
    return "failed" if worker.error is not None else "ran"

