"""The Snow panel's storm-window bar: two date-time fields (Japan time) for the storm's start and end, a button
that resets them to the plough tracks' time extent, *Run* (the coverage analysis for the window) and *Replay*
(the twin's clock over the window, playing).

:meth:`StormWindowBar.window` gives the chosen window (aware datetimes); ``runRequested`` and
``replayRequested`` are emitted by the buttons, ``extentRequested`` by the extent button, ``windowEdited`` when the
user changes a field. Whether the user
changed the fields since they were last set by code is :attr:`StormWindowBar.edited` (the panel then keeps the
user's window when the store changes).
"""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QDateTimeEdit, QHBoxLayout, QLabel, QPushButton, QStyle, QToolButton, QWidget

from gui.qt_helpers import Retranslatable
from gui.time_bar import _QT_TOKYO, from_qdatetime, to_qdatetime


class StormWindowBar(Retranslatable, QWidget):
    """See the module docstring."""

    runRequested = Signal()
    replayRequested = Signal()
    extentRequested = Signal()
    windowEdited = Signal()            # the user changed a field

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("stormWindowBar")
        self.edited = False
        self._setting = False
        self.label = QLabel(self)
        self.from_edit = self._edit("stormFrom")
        self.dash = QLabel("–", self)
        self.to_edit = self._edit("stormTo")
        self.extent_button = QToolButton(self)
        self.extent_button.setObjectName("stormExtent")
        self.extent_button.setAutoRaise(True)
        self.extent_button.setIcon(self.style().standardIcon(QStyle.StandardPixmap.SP_BrowserReload))
        self.extent_button.clicked.connect(self.extentRequested)
        self.run_button = QPushButton(self)
        self.run_button.setObjectName("runSnowCoverage")
        self.run_button.setDefault(True)
        self.run_button.clicked.connect(self.runRequested)
        self.replay_button = QPushButton(self)
        self.replay_button.setObjectName("replayStorm")
        self.replay_button.setIcon(self.style().standardIcon(QStyle.StandardPixmap.SP_MediaPlay))
        self.replay_button.clicked.connect(self.replayRequested)
        lay = QHBoxLayout(self)
        lay.setContentsMargins(0, 0, 0, 0)
        for w in (self.label, self.from_edit, self.dash, self.to_edit, self.extent_button, self.run_button,
                  self.replay_button):
            lay.addWidget(w)
        self.retranslate()

    def _edit(self, name: str) -> QDateTimeEdit:
        e = QDateTimeEdit(self)
        e.setObjectName(name)
        e.setTimeZone(_QT_TOKYO)
        e.setCalendarPopup(True)
        e.dateTimeChanged.connect(self._on_edited)
        return e

    def _on_edited(self, *_: object) -> None:
        if not self._setting:
            self.edited = True
            self.windowEdited.emit()

    def set_window(self, start: dt.datetime, end: dt.datetime, *, by_user: bool = False) -> None:
        """Show ``start`` … ``end`` (by code unless ``by_user``: :attr:`edited` is reset then)."""
        self._setting = not by_user
        try:
            self.from_edit.setDateTime(to_qdatetime(start))
            self.to_edit.setDateTime(to_qdatetime(end))
        finally:
            self._setting = False
        if not by_user:
            self.edited = False

    def window(self) -> tuple[dt.datetime, dt.datetime]:
        """The chosen window (Japan time, aware), start first."""
        return from_qdatetime(self.from_edit.dateTime()), from_qdatetime(self.to_edit.dateTime())

    def set_enabled(self, *, edit: bool, run: bool, replay: bool) -> None:
        for w in (self.from_edit, self.to_edit, self.extent_button):
            w.setEnabled(edit)
        self.run_button.setEnabled(run)
        self.replay_button.setEnabled(replay)

    def retranslate(self) -> None:
        fmt = self.tr("yyyy-MM-dd HH:mm")
        self.from_edit.setDisplayFormat(fmt)
        self.to_edit.setDisplayFormat(fmt)
        self.label.setText(self.tr("Storm:"))
        self.from_edit.setToolTip(self.tr("Start of the storm (Japan time): service targets count from here"))
        self.to_edit.setToolTip(self.tr("End of the storm window (Japan time)"))
        self.extent_button.setToolTip(self.tr("From the first to the last plough position"))
        self.run_button.setText(self.tr("Run"))
        self.run_button.setToolTip(self.tr("Split the tracks into trips, find the segments each pass served and "
                                           "the service level per tier for this window; the time bar then replays "
                                           "it"))
        self.replay_button.setText(self.tr("Replay"))
        self.replay_button.setToolTip(self.tr("Play the storm window on the twin's clock from its start"))


__all__ = ["StormWindowBar"]
