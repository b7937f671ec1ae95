"""File ▸ New project: where the project file goes and its coordinate reference system.

The CRS is "automatic" by default (the store starts in the default zone and the first import's location
chooses the plane rectangular zone of its prefecture), or one of the JGD2011 plane rectangular zones
(EPSG:6669–6687) chosen here, which the store then keeps.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import (QComboBox, QDialog, QDialogButtonBox, QFileDialog, QFormLayout, QHBoxLayout, QLabel,
                               QLineEdit, QPushButton, QVBoxLayout, QWidget)

from gui.crs_text import ZONES, zone_choice_text
from gui.qt_helpers import Retranslatable


class NewProjectDialog(Retranslatable, QDialog):
    """Asks for the new project's file and CRS; :meth:`path` and :meth:`crs` (None: automatic) after ``exec``."""

    def __init__(self, suggested: str | Path = "", parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("newProjectDialog")
        self.path_edit = QLineEdit(str(suggested), self)
        self.path_edit.setObjectName("newProjectPath")
        self.browse_button = QPushButton(self)
        self.browse_button.clicked.connect(self._browse)
        self.crs_combo = QComboBox(self)
        self.crs_combo.setObjectName("newProjectCrs")
        self.note = QLabel(self)
        self.note.setWordWrap(True)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel,
                                        self)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        self.path_edit.textChanged.connect(self._update_ok)
        row = QHBoxLayout()
        row.addWidget(self.path_edit, 1)
        row.addWidget(self.browse_button)
        self.file_label, self.crs_label = QLabel(self), QLabel(self)
        form = QFormLayout()
        form.addRow(self.file_label, row)
        form.addRow(self.crs_label, self.crs_combo)
        lay = QVBoxLayout(self)
        lay.addLayout(form)
        lay.addWidget(self.note)
        lay.addStretch(1)
        lay.addWidget(self.buttons)
        self.retranslate()
        self._update_ok()
        self.resize(620, self.sizeHint().height())

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("New project"))
        self.file_label.setText(self.tr("File"))
        self.crs_label.setText(self.tr("Coordinate system"))
        self.browse_button.setText(self.tr("Browse…"))
        current = self.crs_combo.currentData()
        self.crs_combo.clear()
        self.crs_combo.addItem(self.tr("Choose from the data's location (automatic)"), None)
        for zone in ZONES:
            self.crs_combo.addItem(zone_choice_text(zone), zone.crs)
        self.crs_combo.setCurrentIndex(max(self.crs_combo.findData(current), 0))
        self.note.setText(self.tr("Automatic: the first import chooses the plane rectangular zone of the "
                                  "prefecture its data lies in (Kaga City, Ishikawa: zone VII, EPSG:6675)."))

    def _browse(self) -> None:
        path, _ = QFileDialog.getSaveFileName(self, self.tr("New project"), self.path_edit.text(),
                                              self.tr("Kaga Twin project (*.duckdb)"))
        if path:
            self.path_edit.setText(path)

    def _update_ok(self) -> None:
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setEnabled(bool(self.path_edit.text().strip()))

    def path(self) -> Path:
        return Path(self.path_edit.text().strip()).expanduser()

    def crs(self) -> str | None:
        """The chosen CRS (``"EPSG:6675"``), or None for automatic."""
        return self.crs_combo.currentData()


__all__ = ["NewProjectDialog"]
