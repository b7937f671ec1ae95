"""Identify for the scenario views (side by side): a building clicked there — added, changed, removed or as in the
base — shown with its attributes *in the scenario* (:func:`twin.scenario_view.scenario_buildings`: added buildings
have negative ids) in a small popup near the cursor.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import QFormLayout, QFrame, QLabel, QVBoxLayout, QWidget

from gui.fields import field_label, format_value, value_label
from twin.scenario_view import scenario_buildings

#: the attributes shown, in order
FIELDS = ("status", "usage", "storeys", "height_m", "floor_area_m2", "units", "gml_id")


def scenario_row(store: Any, name: str | None, fid: int, *, at: dt.date | None = None) -> dict[str, Any] | None:
    """The row of building ``fid`` in scenario ``name`` (None: the base) as it stands on ``at``, or None."""
    def find(table) -> dict[str, Any] | None:
        ids = table.column("id").to_pylist()
        return table.drop_columns(["footprint"]).slice(ids.index(fid), 1).to_pylist()[0] if fid in ids else None
    if name is not None:
        row = find(scenario_buildings(store, name, at=at, edited_only=True))
        if row is not None or fid < 0:
            return row
    return find(scenario_buildings(store, None)) if fid >= 0 else None


class ScenarioIdentifyPopup(QFrame):
    """A small popup listing a scenario building's attributes; it closes on a click elsewhere or Esc."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent, Qt.WindowType.Popup)
        self.setObjectName("scenarioIdentify")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.title = QLabel(self)
        self.title.setStyleSheet("font-weight: bold;")
        self.form = QFormLayout()
        lay = QVBoxLayout(self)
        lay.setContentsMargins(8, 6, 8, 6)
        lay.addWidget(self.title)
        lay.addLayout(self.form)
        self.row: dict[str, Any] | None = None

    def _label(self, key: str) -> str:
        return self.tr("Height (m)") if key == "height_m" else field_label(key)

    def texts(self) -> dict[str, str]:
        """Label → value as shown."""
        out = {}
        for r in range(self.form.rowCount()):
            label = self.form.itemAt(r, QFormLayout.ItemRole.LabelRole).widget().text()
            out[label] = self.form.itemAt(r, QFormLayout.ItemRole.FieldRole).widget().text()
        return out

    def show_row(self, scenario: str | None, row: dict[str, Any], at: QPoint) -> None:
        """Show ``row`` of ``scenario`` (None: the base) at global position ``at``."""
        self.row = row
        self.title.setText(self.tr("{scenario}: building").format(scenario=scenario or self.tr("Base")))
        while self.form.rowCount():
            self.form.removeRow(0)
        for key in FIELDS:
            v = row.get(key)
            if v is None:
                continue
            text = value_label("status", v) if key == "status" else format_value(
                round(v, 1) if isinstance(v, float) else v)
            self.form.addRow(self._label(key), QLabel(text, self))
        self.adjustSize()
        self.move(at + QPoint(12, 12))
        self.show()


__all__ = ["FIELDS", "ScenarioIdentifyPopup", "scenario_row"]
