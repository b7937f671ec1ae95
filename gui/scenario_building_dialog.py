"""The dialog for a building added to (or changed in) a scenario: storeys or height, usage, units, floor area and
the phase date; the footprint's area and the floor area it gives are shown as the values change."""

from __future__ import annotations

import datetime as dt
from typing import Any

from PySide6.QtWidgets import (QComboBox, QDialog, QDialogButtonBox, QDoubleSpinBox, QFormLayout, QLabel, QLineEdit,
                               QSpinBox, QWidget)

from twin.scenario_view import STOREY_M
from twin.themes.plateau import USAGE_LABELS


class BuildingDialog(QDialog):
    """``footprint_area`` in m² (None when changing an existing building). :meth:`values` gives the keyword
    arguments of :func:`twin.scenarios.add_building` / ``change_building``."""

    def __init__(self, parent: QWidget | None = None, *, footprint_area: float | None = None,
                 storeys: int = 3, usage_code: str = "411", title: str | None = None):
        super().__init__(parent)
        self.setObjectName("scenarioBuildingDialog")
        self.setWindowTitle(title or self.tr("New building"))
        self.footprint_area = footprint_area
        self.storeys = QSpinBox(objectName="storeys", minimum=1, maximum=120, value=int(storeys))
        self.height = QDoubleSpinBox(objectName="height", minimum=0.0, maximum=600.0, decimals=1, singleStep=0.5)
        self.height.setSpecialValueText(self.tr("from storeys"))
        self.usage = QComboBox(objectName="usage")
        for code, label in USAGE_LABELS.items():
            self.usage.addItem(f"{code} {label}", code)
        self.usage.setCurrentIndex(max(self.usage.findData(usage_code), 0))
        self.units = QSpinBox(objectName="units", minimum=0, maximum=100000)
        self.units.setSpecialValueText(self.tr("estimate"))
        self.floor_area = QDoubleSpinBox(objectName="floorArea", minimum=0.0, maximum=1e7, decimals=0, singleStep=100)
        self.floor_area.setSpecialValueText(self.tr("footprint × storeys"))
        self.phase = QLineEdit(objectName="phase")
        self.phase.setPlaceholderText(self.tr("from the start (or e.g. 2028-04-01, 2035)"))
        self.summary = QLabel(objectName="summary")
        self.error = QLabel(objectName="error")
        self.error.setStyleSheet("color: #b00020")
        form = QFormLayout(self)
        form.addRow(self.tr("Storeys"), self.storeys)
        form.addRow(self.tr("Height (m)"), self.height)
        form.addRow(self.tr("Usage"), self.usage)
        form.addRow(self.tr("Dwelling units"), self.units)
        form.addRow(self.tr("Floor area (m²)"), self.floor_area)
        form.addRow(self.tr("Stands from"), self.phase)
        form.addRow(self.summary)
        form.addRow(self.error)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        form.addRow(self.buttons)
        for w in (self.storeys, self.height, self.floor_area):
            w.valueChanged.connect(self._update)
        self.phase.textChanged.connect(self._update)
        self._update()

    def phase_date(self) -> dt.date | None:
        """The phase date typed (a year means 1 April of that year); ValueError when it cannot be read."""
        text = self.phase.text().strip()
        if not text:
            return None
        if text.isdigit() and len(text) == 4:
            return dt.date(int(text), 4, 1)
        return dt.date.fromisoformat(text)

    def _update(self) -> None:
        h = self.height.value() or self.storeys.value() * STOREY_M
        parts = [self.tr("Height {h:.1f} m").format(h=h)]
        if self.footprint_area is not None:
            floor = self.floor_area.value() or self.footprint_area * self.storeys.value()
            parts.insert(0, self.tr("Footprint {a:,.0f} m²").format(a=self.footprint_area))
            parts.append(self.tr("floor area {f:,.0f} m²").format(f=floor))
        self.summary.setText(", ".join(parts))
        try:
            self.phase_date()
            self.error.setText("")
            ok = True
        except ValueError:
            self.error.setText(self.tr("Write the date as 2028-04-01 or a year."))
            ok = False
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setEnabled(ok)

    def values(self) -> dict[str, Any]:
        """Keyword arguments for :func:`twin.scenarios.add_building`."""
        return {"storeys": self.storeys.value(), "height_m": self.height.value() or None,
                "usage_code": self.usage.currentData(), "units": self.units.value() or None,
                "floor_area_m2": self.floor_area.value() or None, "phase_date": self.phase_date()}


__all__ = ["BuildingDialog"]
