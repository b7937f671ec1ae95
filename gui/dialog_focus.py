"""Give the keyboard back to the main window when one of its dialogs closes.

Without a window manager that re-activates the parent of a closed dialog (Xvfb, kiosk sessions, some tiling
managers), no window is active once a dialog closes: Qt then delivers no key events and the window's shortcuts
(Ctrl+1 station view, Ctrl+F search, Ctrl+I import…) do nothing until the user clicks into the window. Reproduced
under Xvfb: after File ▸ Settings… closed, ``QApplication.activeWindow()`` and ``focusWidget()`` were None and
Ctrl+3 did not move the camera.

:class:`DialogFocus` watches the main window's own top-level children (dialogs, message boxes, file choosers,
floating docks): when one hides and nothing else of the application is active or modal, the main window is
activated again and the widget that had the focus before the dialog opened gets it back.
"""

from __future__ import annotations

import shiboken6
from PySide6.QtCore import QEvent, QObject, Qt, QTimer
from PySide6.QtWidgets import QApplication, QWidget


class DialogFocus(QObject):
    """Installed on ``window`` (a QMainWindow); see the module docstring."""

    def __init__(self, window: QWidget):
        super().__init__(window)
        self.window = window
        self._watched: set[int] = set()
        self._focus: QWidget | None = None
        window.installEventFilter(self)

    def eventFilter(self, obj: QObject, event: QEvent) -> bool:  # noqa: N802
        t = event.type()
        if obj is self.window:
            if t == QEvent.Type.ChildPolished:
                self._watch(event.child())
            return False
        if t == QEvent.Type.Show:
            focus = QApplication.focusWidget()
            if focus is not None and focus.window() is self.window:
                self._focus = focus
        elif t == QEvent.Type.Hide:
            QTimer.singleShot(0, self.restore)
        return False

    def _watch(self, child: QObject) -> None:
        if isinstance(child, QWidget) and child.isWindow() and id(child) not in self._watched:
            self._watched.add(id(child))
            child.installEventFilter(self)
            child.destroyed.connect(lambda *_a, key=id(child): self._watched.discard(key))

    def restore(self) -> None:
        """Activate the main window and give the focus back, unless another window of the app is active or a
        modal dialog is still open."""
        if QApplication.activeModalWidget() is not None or not self.window.isVisible():
            return
        active = QApplication.activeWindow()
        if active is not None and active is not self.window:
            return
        if active is None:
            self.window.activateWindow()
        if QApplication.focusWidget() is None or QApplication.focusWidget().window() is not self.window:
            target = self._focus
            if target is None or not shiboken6.isValid(target) or not target.isVisible():
                target = getattr(getattr(self.window, "viewport", None), "plotter", None)
            if target is not None:
                target.setFocus(Qt.FocusReason.ActiveWindowFocusReason)


__all__ = ["DialogFocus"]
