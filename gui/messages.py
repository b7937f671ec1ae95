"""Errors and notices shown to the user: a message box, never a traceback."""

from __future__ import annotations

import logging
import traceback

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QMessageBox, QWidget

from twin.errors import TwinError

log = logging.getLogger("kaga_twin.gui")


def error_text(exc: BaseException) -> str:
    """What to tell the user about ``exc``: a TwinError's own message, else a short description."""
    if isinstance(exc, TwinError):
        return str(exc)
    if isinstance(exc, MemoryError):
        return QCoreApplication.translate("Messages", "Kaga Twin ran out of memory. Close other programs or work on a smaller area.")
    if isinstance(exc, OSError):
        where = f" ({exc.filename})" if getattr(exc, "filename", None) else ""
        return QCoreApplication.translate("Messages", "A file could not be read or written{where}: {problem}").format(
            where=where, problem=exc.strerror or str(exc))
    return QCoreApplication.translate("Messages", "Unexpected error: {problem}").format(problem=f"{type(exc).__name__}: {exc}")


def show_error(parent: QWidget | None, title: str, exc: BaseException | str) -> QMessageBox:
    """Show ``exc`` in a modal message box (non-blocking when there is no event loop yet).

    Unexpected exceptions are logged with their traceback for developers; the user sees one sentence.
    """
    if isinstance(exc, BaseException) and not isinstance(exc, TwinError):
        log.error("unexpected error: %s", "".join(traceback.format_exception(exc)))
    text = exc if isinstance(exc, str) else error_text(exc)
    box = QMessageBox(QMessageBox.Icon.Warning, title, text, QMessageBox.StandardButton.Ok, parent)
    box.setObjectName("errorBox")
    box.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)  # users copy it into reports
    box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    if parent is None:  # nothing owns a parentless box: keep it alive until it is closed
        _open_boxes.add(box)
        box.finished.connect(lambda *_: _open_boxes.discard(box))
    box.open()
    return box


_open_boxes: set[QMessageBox] = set()
