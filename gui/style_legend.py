"""The legend part of the Style panel: a title, the hint to use classes for categories of a number (with its
one-click switch), and one swatch per class or category with its feature count.

Its words are set by :class:`gui.style_panel.StylePanel` (translated there)."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QSize, Qt, Signal
from PySide6.QtWidgets import (QFrame, QLabel, QListWidget, QListWidgetItem, QPushButton, QVBoxLayout,
                               QWidget)

from gui.qt_helpers import child
from gui.style_widgets import swatch_icon
from twin.style import LegendEntry, Style

# categories of a numeric attribute beyond this many get the hint to use graduated classes instead
CATEGORY_HINT_LIMIT = 12


def many_numeric_categories(style: Style, numeric: bool, entries: Sequence[LegendEntry]) -> bool:
    """Categories of a numeric attribute with more than :data:`CATEGORY_HINT_LIMIT` values (colours repeat or run
    together): classes say more."""
    if style.mode != "categorized" or style.attribute is None or not numeric:
        return False
    values = [e for e in entries if e.value is not None or e.label == style.other_label]
    return len(values) > CATEGORY_HINT_LIMIT


class StyleLegend(QWidget):
    """Title, hint row and the swatch list. ``categoryActivated(value, color)``: a category was double-clicked;
    ``useClasses``: the hint's button was clicked."""

    categoryActivated = Signal(object, str)
    useClasses = Signal()

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.title = QLabel(self)
        self.title.setObjectName("legendTitle")
        f = self.title.font()
        f.setBold(True)
        self.title.setFont(f)
        self.hint = child(QLabel, self, "styleCategoriesHint")   # categories on a number with many values
        self.hint.setWordWrap(True)
        self.hint.setStyleSheet("color: #8a5a00;")
        self.use_classes_button = child(QPushButton, self, "styleUseClasses")
        self.use_classes_button.clicked.connect(self.useClasses)
        self.hint_box = QWidget(self)                 # the hint, and its button below it (seen in a narrow dock)
        box = QVBoxLayout(self.hint_box)
        box.setContentsMargins(0, 0, 0, 0)
        box.addWidget(self.hint)
        box.addWidget(self.use_classes_button, 0, Qt.AlignmentFlag.AlignLeft)
        self._show_hint(False)
        self.list = child(QListWidget, self, "legend")
        self.list.setIconSize(QSize(18, 18))
        self.list.setSelectionMode(QListWidget.SelectionMode.NoSelection)
        self.list.setFrameShape(QFrame.Shape.NoFrame)
        self.list.itemDoubleClicked.connect(self._on_double_clicked)
        lay = QVBoxLayout(self)
        lay.setContentsMargins(0, 0, 0, 0)
        lay.addWidget(self.hint_box)
        lay.addSpacing(6)
        lay.addWidget(self.title)
        lay.addWidget(self.list, 1)

    def _show_hint(self, visible: bool) -> None:
        self.hint.setVisible(visible)
        self.use_classes_button.setVisible(visible)

    def clear(self) -> None:
        self.list.clear()
        self._show_hint(False)

    def show_entries(self, entries: Sequence[LegendEntry], layer_name: str, single: bool, hint: bool) -> None:
        """One row per entry: "label  (count)" (a single colour shows the layer's name, without count)."""
        self.list.clear()
        self._show_hint(hint)
        for e in entries:
            label = e.label or (layer_name if single else "")
            text = f"{label}  ({e.count:,})" if e.count is not None and not single else label
            item = QListWidgetItem(swatch_icon(e.color, 18), text)
            item.setData(Qt.ItemDataRole.UserRole, e.value)
            item.setData(Qt.ItemDataRole.UserRole + 1, e.color)
            item.setToolTip(text)
            self.list.addItem(item)

    def _on_double_clicked(self, item: QListWidgetItem) -> None:
        value = item.data(Qt.ItemDataRole.UserRole)
        if value is not None:
            self.categoryActivated.emit(value, item.data(Qt.ItemDataRole.UserRole + 1))


__all__ = ["CATEGORY_HINT_LIMIT", "StyleLegend", "many_numeric_categories"]
