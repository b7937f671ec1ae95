"""File ▸ Export view…: the 3D view as a PNG at a chosen size (e.g. 3000×2000), independent of the window, or as
an A4 PDF map layout (view, legend, north arrow, scale bar, title, date, data sources).

Both are rendered off screen with the window's camera and layers (:func:`layers.render.render_scene`,
:func:`layers.map_layout_pdf.write_map_layout`), so the window keeps its size and nothing in it changes.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtWidgets import (QComboBox, QDialog, QDialogButtonBox, QFormLayout, QLineEdit, QSpinBox, QVBoxLayout,
                               QWidget)

from gui.qt_helpers import Retranslatable

#: sizes offered first (pixels); any other size can be typed
PRESET_SIZES = ((1920, 1080), (3000, 2000), (4000, 2500))


def export_view(document, camera: dict[str, Any] | str, path: str | Path, *, size: tuple[int, int] = (3000, 2000),
                title: str = "", legend: bool = True) -> dict[str, Any]:
    """Write the view with ``camera`` (the viewport's camera state) to ``path``: a ``.pdf`` gets the map layout,
    anything else a PNG of ``size`` pixels with legend, north arrow, scale bar and ``title``."""
    from layers.render import render_scene

    path = Path(path)
    if path.suffix.lower() == ".pdf":
        from layers.map_layout_pdf import write_map_layout

        active = document.layers.selection.active
        return write_map_layout(document, path, camera=camera, title=title,
                                legend_first=active.name if active is not None else None)
    if path.suffix.lower() != ".png":
        path = path.with_suffix(".png")
    return render_scene(document, path, size, camera=camera, title=title, legend=legend)


class ExportViewDialog(Retranslatable, QDialog):
    """Format (image or PDF layout), size in pixels and title of an exported view."""

    def __init__(self, default_title: str = "", parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("exportViewDialog")
        self.format_combo = QComboBox(self)
        self.format_combo.setObjectName("exportFormat")
        self.width_spin, self.height_spin = QSpinBox(self), QSpinBox(self)
        for spin, v in ((self.width_spin, 3000), (self.height_spin, 2000)):
            spin.setRange(16, 10000)
            spin.setValue(v)
            spin.setSuffix(" px")
        self.preset_combo = QComboBox(self)
        self.preset_combo.setObjectName("exportSizePreset")
        self.title_edit = QLineEdit(default_title, self)
        self.title_edit.setObjectName("exportTitle")
        self.form = QFormLayout()
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel,
                                        self)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        lay = QVBoxLayout(self)
        lay.addLayout(self.form)
        lay.addWidget(self.buttons)
        self.preset_combo.currentIndexChanged.connect(self._on_preset)
        self.format_combo.currentIndexChanged.connect(self._on_format)
        self.retranslate()
        self._on_format()

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Export view"))
        while self.form.rowCount():
            self.form.takeRow(0)
        self.format_combo.clear()
        self.format_combo.addItem(self.tr("Image (PNG) at a chosen size"), "png")
        self.format_combo.addItem(self.tr("Map layout (A4 PDF: legend, north arrow, scale, date, sources)"), "pdf")
        self.preset_combo.clear()
        for w, h in PRESET_SIZES:
            self.preset_combo.addItem(f"{w} × {h}", (w, h))
        self.form.addRow(self.tr("Export as"), self.format_combo)
        self.form.addRow(self.tr("Size"), self.preset_combo)
        self.form.addRow(self.tr("Width"), self.width_spin)
        self.form.addRow(self.tr("Height"), self.height_spin)
        self.form.addRow(self.tr("Title"), self.title_edit)
        self.preset_combo.setCurrentIndex(1)

    def _on_preset(self) -> None:
        size = self.preset_combo.currentData()
        if size:
            self.width_spin.setValue(size[0])
            self.height_spin.setValue(size[1])

    def _on_format(self) -> None:
        png = self.format_combo.currentData() != "pdf"
        for w in (self.preset_combo, self.width_spin, self.height_spin):
            w.setEnabled(png)

    @property
    def fmt(self) -> str:
        return self.format_combo.currentData() or "png"

    @property
    def size(self) -> tuple[int, int]:
        return self.width_spin.value(), self.height_spin.value()

    @property
    def title(self) -> str:
        return self.title_edit.text().strip()


__all__ = ["ExportViewDialog", "PRESET_SIZES", "export_view"]
