"""Small widgets of the Style panel: colour swatch and colormap icons, and the class-edges field of manual classes."""

from __future__ import annotations

import math
from collections.abc import Sequence

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QColor, QIcon, QLinearGradient, QPainter, QPen, QPixmap
from PySide6.QtWidgets import QComboBox, QLineEdit, QWidget

from gui.fields import field_label
from twin.style import sample_colormap


def swatch_icon(color: str, size: int = 16) -> QIcon:
    pm = QPixmap(size, size)
    pm.fill(Qt.GlobalColor.transparent)
    p = QPainter(pm)
    p.setPen(QPen(QColor(70, 70, 70), 1))
    p.setBrush(QColor(color))
    p.drawRect(1, 1, size - 3, size - 3)
    p.end()
    return QIcon(pm)


def colormap_icon(name: str, width: int = 64, height: int = 14) -> QIcon:
    pm = QPixmap(width, height)
    p = QPainter(pm)
    grad = QLinearGradient(0, 0, width, 0)
    try:
        stops = sample_colormap(name, [i / 10 for i in range(11)])
    except ValueError:
        stops = []
    for i, rgb in enumerate(stops):
        grad.setColorAt(i / 10, QColor(int(rgb[0]), int(rgb[1]), int(rgb[2])))
    p.fillRect(0, 0, width, height, grad)
    p.setPen(QPen(QColor(70, 70, 70), 1))
    p.drawRect(0, 0, width - 1, height - 1)
    p.end()
    return QIcon(pm)


def fill_attribute_combo(combo: QComboBox, attributes: Sequence, current: str | None, *, numeric_only: bool = False,
                         none_text: str | None = None) -> None:
    """Fill ``combo`` with the layer's attributes ("label (name)", the description as tooltip; ``none_text`` first
    for "no attribute", data None) and select ``current`` (added when the layer no longer lists it)."""
    combo.clear()
    if none_text is not None:
        combo.addItem(none_text, None)
    for a in attributes:
        if numeric_only and not a.numeric:
            continue
        label = field_label(a.name)
        combo.addItem(f"{label} ({a.name})" if label != a.name else a.name, a.name)
        if a.description:
            combo.setItemData(combo.count() - 1, a.description, Qt.ItemDataRole.ToolTipRole)
    i = combo.findData(current) if current else (0 if none_text is not None else -1)
    if i < 0 and current:
        combo.addItem(current, current)
        i = combo.count() - 1
    combo.setCurrentIndex(i)


def format_edges(edges: Sequence[float]) -> str:
    """Class edges as the user types them: ``0, 0.5, 3, inf``."""
    return ", ".join("inf" if math.isinf(e) and e > 0 else "-inf" if math.isinf(e) else f"{e:g}" for e in edges)


def parse_edges(text: str) -> list[float]:
    """``'0, 0.5, 3, inf'`` (commas, spaces or 、 between) → numbers; ValueError naming the word that is not one."""
    words = [w for w in text.replace("、", ",").replace(";", ",").replace(" ", ",").split(",") if w.strip()]
    out = []
    for w in words:
        try:
            out.append(float(w.strip().replace("∞", "inf")))
        except ValueError:
            raise ValueError(w.strip()) from None
    return out


class ClassEdgesEdit(QLineEdit):
    """The edges of manual classes, typed as numbers separated by commas; ``edgesEdited(list)`` after editing
    (Enter or leaving the field) when the text changed, ``invalid(word)`` when a word is not a number."""

    edgesEdited = Signal(list)
    invalid = Signal(str)

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("styleClassEdges")
        self._shown = ""
        self.editingFinished.connect(self._finished)

    def set_edges(self, edges: Sequence[float]) -> None:
        self._shown = format_edges(edges)
        self.setText(self._shown)

    def _finished(self) -> None:
        if self.text().strip() == self._shown:
            return
        try:
            edges = parse_edges(self.text())
        except ValueError as exc:
            self.invalid.emit(str(exc))
            return
        self.edgesEdited.emit(edges)


__all__ = ["ClassEdgesEdit", "colormap_icon", "fill_attribute_combo", "format_edges", "parse_edges", "swatch_icon"]
