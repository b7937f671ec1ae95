"""The project open in the main window: its store, document and path, and the saving of its state.

One project (a DuckDB file) is open at a time. Its layers, styles, order, visibility, layer groups, clock and
camera are saved into the project (:meth:`twin.document.TwinDocument.save_state`) :data:`SAVE_DELAY_MS` after the
last change, when another project is opened and when the window closes, and restored when it is opened again.
The projects opened most recently are remembered in QSettings (``projects/recent``, ``projects/last``).

The project is held the way :mod:`twin.store.shared` describes, so ``kaga-twin`` commands work beside the window:
read-only at rest, read-write only while the app writes, let go of after a few idle seconds. A watch
(:data:`WATCH_MS`) lets go of it when idle and notices what another program (``kaga-twin import``, ``sql --write``,
``analysis run``) changed meanwhile: the layers drawn from those tables are rebuilt (the window's
``tables_changed``) and the status bar says so.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import QObject, QSettings, Qt, QTimer, Signal
from PySide6.QtWidgets import QApplication, QMessageBox, QWidget

from gui.messages import error_text, show_error
from gui.qt_helpers import Connections, single_shot_timer

log = logging.getLogger("kaga_twin.gui")

SAVE_DELAY_MS = 2000
#: how often the open project is checked: let go of when idle, changes by other programs picked up
WATCH_MS = 1000
#: how long a save or import in the window waits for a command line reader of the project (seconds)
WRITE_WAIT_S = 10.0
RECENT_KEY = "projects/recent"
LAST_KEY = "projects/last"
MAX_RECENT = 8


def recent_projects() -> list[str]:
    """Paths of the projects opened most recently, newest first."""
    value = QSettings().value(RECENT_KEY) or []
    if isinstance(value, str):  # an INI file gives a one-item list back as a plain string
        value = [value]
    return [p for p in value if isinstance(p, str) and p]


def remember_recent(path: Path) -> None:
    """Put ``path`` first in the recent projects and make it the one the next start opens."""
    items = [p for p in recent_projects() if p != str(path)]
    s = QSettings()
    s.setValue(RECENT_KEY, [str(path)] + items[: MAX_RECENT - 1])
    s.setValue(LAST_KEY, str(path))


def document_change_signals(document) -> list[Any]:
    """The psygnal signals of ``document`` that change what is saved with the project: any layer field,
    the list's order and content, the active layer, and the layer groups (added, removed, renamed, shown or
    hidden, expanded, membership)."""
    ev = document.layers.events
    return [ev.child_event, ev.inserted, ev.removed, ev.changed, ev.moved, ev.reordered,
            document.layers.selection.events.active, document.tree.events.changed]


def clock_change_signals(document) -> list[Any]:
    """The clock's signals: its time and range are saved with the project too (without recounting features)."""
    ev = document.clock.events
    return [ev.current, ev.start, ev.end, ev.step]


class ProjectSession(QObject):
    """Opens, creates and closes projects for ``window`` (the parent of error boxes) and saves their state.

    ``camera_state`` returns the camera to save with the layers (or None when there is no 3D view).
    Errors are shown to the user; the methods return False then and the open project stays as it was.
    """

    opened = Signal(object)          # the TwinDocument just opened (bind the views to it)
    aboutToClose = Signal(object)    # the TwinDocument about to be closed (unbind the views)
    closed = Signal()                # no project is open any more
    modelChanged = Signal()          # layers, styles, order or the active layer changed (saved soon)
    message = Signal(str, int)       # a status bar text and how long to show it (ms)
    changedOutside = Signal(object)  # the set of tables another program changed (empty: not known which)

    def __init__(self, window: QWidget, camera_state: Callable[[], dict | None]):
        super().__init__(window)
        self._window = window
        self._camera_state = camera_state
        self.store = None
        self.document = None
        self.path: Path | None = None
        self.saving_enabled = True     # False while the window closes
        self._links = Connections()
        self._save_timer = single_shot_timer(self, SAVE_DELAY_MS, self.save_state)
        self._watch = QTimer(self)
        self._watch.setInterval(WATCH_MS)
        self._watch.timeout.connect(self.watch)

    @property
    def writable(self) -> bool:
        return self.store is not None and not self.store.read_only

    # -- open, create, close --------------------------------------------------------------------------
    def open(self, path: str | Path) -> bool:
        """Open ``path`` (closing the current project): restore its layers, adding default layers for data that
        has none yet (e.g. imported by the CLI since). Opening the open project again does nothing."""
        from twin.document import TwinDocument
        from twin.store import Store

        path = Path(path).expanduser().absolute()
        if self.path is not None and path == self.path and self.store is not None:
            return True
        QApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
        try:
            try:
                store = Store(path, create=False, shared=True, wait=WRITE_WAIT_S)
            except Exception as exc:  # noqa: BLE001 - StoreError for the user
                show_error(self._window, self.tr("Cannot open project"), exc)
                return False
            self.close()
            try:
                document = TwinDocument(store)
                if document.load_layers():
                    document.add_missing_default_layers()
                for w in document.warnings:
                    log.warning(w)
            except Exception as exc:  # noqa: BLE001
                store.close()
                show_error(self._window, self.tr("Cannot open project"), exc)
                return False
            self.store, self.document, self.path = store, document, path
            self.opened.emit(document)    # the views bind first, so they are up to date when modelChanged comes
            self._links = (Connections.of(document_change_signals(document), self._on_model_changed)
                           + Connections.of(clock_change_signals(document), self.schedule_save)).connect()
            remember_recent(path)
            self._watch.start()
            msg = self.tr("Opened {path}").format(path=path)
            if store.read_only:
                msg += " — " + self.tr("read-only: changes to layers and styles are not saved")
            if document.warnings:
                self._tell_unrestored(document.warnings)
                msg += " — " + "; ".join(document.warnings)
            self.message.emit(msg, 30000 if document.warnings else 8000)
        finally:
            QApplication.restoreOverrideCursor()
        return True

    def _tell_unrestored(self, warnings: list[str]) -> None:
        """Saved layers (or groups) that could not be restored: say which, without blocking the window."""
        box = QMessageBox(QMessageBox.Icon.Warning, self.tr("Some saved layers could not be restored"),
                          self.tr("The project opened; these parts of its saved layout were left out:"),
                          QMessageBox.StandardButton.Ok, self._window)
        box.setInformativeText("\n".join(warnings))
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        box.setWindowModality(Qt.WindowModality.NonModal)
        box.show()

    def create(self, path: str | Path, crs: str | None = None) -> bool:
        """Create an empty project at ``path`` (``.duckdb`` is added; an existing file is replaced) and open it.
        ``crs`` is the project CRS the user chose; None lets the store start in the default one and the first
        import choose it from the data's location."""
        from twin.crs import check_project_crs
        from twin.store import Store

        path = Path(path).expanduser().absolute()
        if path.suffix.lower() != ".duckdb":
            path = path.with_suffix(".duckdb")
        title = self.tr("New project")
        if self.path is not None and path == self.path:
            show_error(self._window, title, self.tr("This project is open; choose another file name."))
            return False
        try:
            if crs is not None:
                crs = check_project_crs(crs)    # before anything is replaced
            if path.exists():
                path.unlink()
                Path(str(path) + ".wal").unlink(missing_ok=True)
            (Store(path, crs=crs) if crs is not None else Store(path)).close()
        except Exception as exc:  # noqa: BLE001 - OSError, StoreError or CrsError for the user
            show_error(self._window, title, exc)
            return False
        ok = self.open(path)
        if ok:
            self.message.emit(self.tr("New empty project. Use Import… to add PLATEAU data or a DEM."), 15000)
        return ok

    def close(self) -> None:
        """Save the state of the open project and close it."""
        if self.document is None:
            return
        self._save_timer.stop()
        self._watch.stop()
        self.save_state()
        doc, store = self.document, self.store
        self._links.disconnect()
        self.aboutToClose.emit(doc)
        self.document = self.store = None
        self.path = None
        try:
            store.close()
        except Exception as exc:  # noqa: BLE001
            log.warning("closing the project failed: %s", exc)
        self.closed.emit()

    # -- state ------------------------------------------------------------------------------------------
    def schedule_save(self, *args: Any) -> None:
        """Save the state :data:`SAVE_DELAY_MS` after the last call (changes come in bursts)."""
        if self.document is not None and self.saving_enabled:
            self._save_timer.start()

    def save_state(self) -> bool:
        """Write layers, styles, order, visibility and camera into the project. False if it cannot be written."""
        doc = self.document
        if doc is None or self.store is None or self.store.read_only or self.store.closed:
            return False
        try:
            doc.save_state(camera=self._camera_state())
        except Exception as exc:  # noqa: BLE001 - e.g. the disk is full: tell, but keep working
            self.message.emit(self.tr("The layer settings could not be saved: {error}").format(
                error=error_text(exc)), 15000)
            return False
        return True

    # -- other programs -----------------------------------------------------------------------------------
    def watch(self) -> None:
        """Let go of the project file when idle (so ``kaga-twin import`` can write it) and pick up what other
        programs changed meanwhile."""
        store = self.store
        if store is None or store.closed:
            return
        try:
            store.release_if_idle()
            changes = store.outside_changes()
        except Exception as exc:  # noqa: BLE001 - never raise from a timer
            log.warning("watching the project failed: %s", exc)
            return
        if changes:
            self._changed_outside(set().union(*changes))

    def _changed_outside(self, tables: set[str]) -> None:
        if self.document is None:
            return
        self.document.invalidate()
        if tables:
            msg = self.tr("Another program changed the project ({tables}); its layers were refreshed.").format(
                tables=", ".join(sorted(tables)))
        else:
            msg = self.tr("Another program changed the project; if something looks out of date, open it again.")
        refresh = getattr(self._window, "tables_changed", None)
        if tables and refresh is not None:
            refresh(tables, msg)
        else:
            self.message.emit(msg, 15000)
        self.changedOutside.emit(set(tables))

    def _on_model_changed(self, *args: Any) -> None:
        self.schedule_save()
        self.modelChanged.emit()


__all__ = ["ProjectSession", "SAVE_DELAY_MS", "WATCH_MS", "clock_change_signals", "document_change_signals", "recent_projects",
           "remember_recent"]
