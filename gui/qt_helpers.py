"""Small Qt helpers shared by the panels, the dialogs and the main window."""

from __future__ import annotations

from collections.abc import Callable, Iterable
from typing import Any, TypeVar

from PySide6.QtCore import QEvent, QModelIndex, QObject, QPersistentModelIndex, Qt, QTimer
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QWidget

_W = TypeVar("_W", bound=QWidget)


class Retranslatable:
    """Mixin for a widget with a ``retranslate()`` method: calls it when the UI language changes, so switching
    the language needs no restart. List it before the Qt class: ``class Panel(Retranslatable, QWidget)``."""

    def retranslate(self) -> None:  # pragma: no cover - every user defines it
        raise NotImplementedError

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)  # type: ignore[misc]


def child(cls: type[_W], parent: QWidget, name: str, **signals: Callable[..., Any]) -> _W:
    """A new ``cls(parent)`` with object name ``name`` and the given signals connected, e.g.
    ``child(QPushButton, self, "applyButton", clicked=self.apply)``."""
    widget = cls(parent)
    widget.setObjectName(name)
    for signal, slot in signals.items():
        getattr(widget, signal).connect(slot)
    return widget


def single_shot_timer(parent: QObject, msec: int, slot: Callable[[], Any]) -> QTimer:
    """A single-shot timer calling ``slot``; each ``start()`` restarts it (debounce: the slot runs ``msec``
    after the last start)."""
    timer = QTimer(parent)
    timer.setSingleShot(True)
    timer.setInterval(msec)
    timer.timeout.connect(slot)
    return timer


def read_only_flags(index: QModelIndex | QPersistentModelIndex) -> Qt.ItemFlag:
    """Item flags of a read-only, selectable cell (``flags()`` of the identify and attribute table models)."""
    if not index.isValid():
        return Qt.ItemFlag.NoItemFlags
    return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable


def bold_font() -> QFont:
    """The default font in bold (``FontRole`` of highlighted rows)."""
    f = QFont()
    f.setBold(True)
    return f


class Connections:
    """Signal → slot pairs (Qt or psygnal) that are connected together and disconnected together::

        links = Connections([(layers.events.inserted, on_change), (selection.changed, on_selection)]).connect()
        ...
        links.disconnect()
    """

    def __init__(self, pairs: Iterable[tuple[Any, Callable[..., Any]]] = ()):
        self._pairs = list(pairs)
        self._connected = False

    @classmethod
    def of(cls, signals: Iterable[Any], slot: Callable[..., Any]) -> "Connections":
        """Every one of ``signals`` to the same ``slot``."""
        return cls((s, slot) for s in signals)

    def __add__(self, other: "Connections") -> "Connections":
        return Connections(self._pairs + other._pairs)

    def connect(self) -> "Connections":
        if not self._connected:
            for signal, slot in self._pairs:
                signal.connect(slot)
            self._connected = True
        return self

    def disconnect(self) -> None:
        if self._connected:
            for signal, slot in self._pairs:
                signal.disconnect(slot)
            self._connected = False


def refill_combo(combo, items: Iterable[tuple[Any, str]]) -> None:
    """Replace the (data, text) items of a QComboBox, keeping the current choice, without emitting signals."""
    current = combo.currentData()
    combo.blockSignals(True)
    combo.clear()
    for data, text in items:
        combo.addItem(text, data)
    combo.setCurrentIndex(max(combo.findData(current), 0))
    combo.blockSignals(False)


__all__ = ["Connections", "Retranslatable", "bold_font", "child", "read_only_flags", "refill_combo", "single_shot_timer"]
