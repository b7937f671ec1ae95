"""A QUndoStack that mirrors a scenario's persisted edit commands (:func:`twin.scenarios.history`).

The project is the truth: every command of the scenario (done or undone) is one :class:`EditCommand` on the stack,
the stack's index is the number of commands in force, and undoing or redoing on the stack (Ctrl+Z, the history
list, Undo/Redo buttons) calls :func:`twin.scenarios.undo` / :func:`~twin.scenarios.redo`, which write it to the
project with the other edits. After a new edit (drawn, imported, removed, changed) :meth:`ScenarioUndo.sync`
reads the history again — a new edit after an undo drops the undone ones, in the project and on the stack.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication, QObject, QTimer, Signal
from PySide6.QtGui import QUndoCommand, QUndoStack

from twin import scenarios



def describe(cmd: dict[str, Any]) -> str:
    """One line for a history entry: what it did, to which buildings, by whom and when."""
    ids = list(cmd.get("gml_ids") or [])
    n = len(ids)
    op = cmd.get("op")
    if op == "add":
        what = QCoreApplication.translate("ScenarioUndo", "Add {n} building(s): {usage}").format(
            n=n, usage=cmd.get("usage") or cmd.get("usage_code") or "")
        if cmd.get("storeys"):
            what += QCoreApplication.translate("ScenarioUndo", ", {s} storeys").format(s=cmd["storeys"])
    elif op == "remove":
        what = QCoreApplication.translate("ScenarioUndo", "Remove {n} building(s)").format(n=n)
    else:
        parts = []
        if cmd.get("height_m") is not None:
            parts.append(QCoreApplication.translate("ScenarioUndo", "height {h:g} m").format(h=cmd["height_m"]))
        if cmd.get("storeys") is not None:
            parts.append(QCoreApplication.translate("ScenarioUndo", "{s} storeys").format(s=cmd["storeys"]))
        if cmd.get("usage"):
            parts.append(str(cmd["usage"]))
        what = QCoreApplication.translate("ScenarioUndo", "Change {n} building(s): {what}").format(
            n=n, what=", ".join(parts))
    if cmd.get("phase_date"):
        what += QCoreApplication.translate("ScenarioUndo", " (from {d})").format(d=cmd["phase_date"])
    at = cmd.get("at")
    who = cmd.get("author") or ""
    when = at.strftime("%Y-%m-%d %H:%M") if hasattr(at, "strftime") else ""
    return f"{what} — {who} {when}".rstrip()


class EditCommand(QUndoCommand):
    """One persisted command; undo/redo write to the project (except while the stack is being rebuilt)."""

    def __init__(self, mirror: "ScenarioUndo", cmd: dict[str, Any]):
        super().__init__(describe(cmd))
        self.mirror = mirror
        self.cmd = cmd

    def undo(self) -> None:
        self.mirror._apply("undo")

    def redo(self) -> None:
        self.mirror._apply("redo")


class ScenarioUndo(QObject):
    """The undo stack of one scenario (``stack``); ``changed`` after an undo or redo reached the project."""

    changed = Signal()
    failed = Signal(str)

    def __init__(self, parent: QObject | None = None):
        super().__init__(parent)
        self.stack = QUndoStack(self)
        self.store: Any = None
        self.name: str | None = None
        self._syncing = False
        self._applying = False

    def set_scenario(self, store: Any, name: str | None) -> None:
        self.store, self.name = store, name
        self.sync()

    def sync(self) -> None:
        """Rebuild the stack from the project's history (nothing is written). Asked while one of its commands
        runs (an undo whose listeners reload the panel), it waits for the next event-loop turn: the running
        command must not be deleted under itself."""
        if self._applying:
            QTimer.singleShot(0, self.sync)
            return
        self._syncing = True
        try:
            self.stack.clear()
            if self.store is None or self.name is None:
                return
            hist = scenarios.history(self.store, self.name)
            for cmd in hist:
                self.stack.push(EditCommand(self, cmd))
            self.stack.setIndex(sum(1 for c in hist if c.get("active")))
            self.stack.setClean()
        finally:
            self._syncing = False

    def _apply(self, op: str) -> None:
        if self._syncing or self.store is None or self.name is None:
            return
        self._applying = True
        try:
            ok = (scenarios.undo if op == "undo" else scenarios.redo)(self.store, self.name)
        except Exception as exc:  # noqa: BLE001 - a refused write (read-only project) is shown, not raised
            self.failed.emit(str(exc))
            QTimer.singleShot(0, self.sync)          # the stack follows the project again
            return
        finally:
            self._applying = False
        if ok:
            self._applying = True
            try:
                self.changed.emit()
            finally:
                self._applying = False


__all__ = ["EditCommand", "ScenarioUndo", "describe"]
