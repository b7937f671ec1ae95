"""The Population panel's catchment row: which catchment and which apportioning method the analysis
``population-catchment`` (:mod:`twin.catchments`) runs with.

Catchments: a circle around Kaga Onsen Station (800 m, 1.5 km, 3 km), the same distances along the road network
(when the theme has network catchments), the polygons of a file, or a polygon drawn on the 3D surface
(:mod:`gui.surface_draw`, when the window's view offers it). Methods: area share or residential floor area.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QComboBox, QFileDialog, QGridLayout, QLabel, QPushButton, QWidget

from gui.qt_helpers import Retranslatable, refill_combo
from twin import catchments

ANALYSIS = "population-catchment"
RADII = (800.0, 1500.0, 3000.0)
#: the analysis' name for a drawn polygon
DRAWN = "drawn-polygon"


def choice_key(kind: str, radius: float | None = None) -> str:
    """The combo's item data: ``circle:800``, ``walk:1500``, ``file``, ``drawn``."""
    return f"{kind}:{radius:g}" if radius else kind


def _km(radius: float) -> str:
    return f"{radius / 1000:g} km" if radius >= 1000 else f"{radius:g} m"


class CatchmentChooser(Retranslatable, QWidget):
    """See the module docstring. ``runRequested`` when *Run* is clicked, ``drawRequested`` for *Draw a catchment*."""

    runRequested = Signal()
    drawRequested = Signal()

    def __init__(self, parent: QWidget | None = None, *, can_draw: bool = False):
        super().__init__(parent)
        self.setObjectName("catchmentChooser")
        self.file_path: str | None = None
        self.drawn_wkt: str | None = None
        self.combo = QComboBox(self)
        self.combo.setObjectName("catchmentChoice")
        self.combo.activated.connect(self._on_choice)
        self.file_button = QPushButton(self)
        self.file_button.setObjectName("catchmentFile")
        self.file_button.clicked.connect(self.choose_file)
        self.draw_button = QPushButton(self)
        self.draw_button.setObjectName("drawCatchment")
        self.draw_button.clicked.connect(self.drawRequested)
        self.draw_button.setVisible(can_draw)
        self.method_combo = QComboBox(self)
        self.method_combo.setObjectName("catchmentMethod")
        self.run_button = QPushButton(self)
        self.run_button.setObjectName("runCatchment")
        self.run_button.clicked.connect(self.runRequested)
        self.catchment_label, self.method_label = QLabel(self), QLabel(self)
        grid = QGridLayout(self)
        grid.setContentsMargins(0, 0, 0, 0)
        grid.addWidget(self.catchment_label, 0, 0)
        grid.addWidget(self.combo, 0, 1)
        grid.addWidget(self.file_button, 0, 2)
        grid.addWidget(self.draw_button, 0, 3)
        grid.addWidget(self.method_label, 1, 0)
        grid.addWidget(self.method_combo, 1, 1)
        grid.addWidget(self.run_button, 1, 2, 1, 2)
        grid.setColumnStretch(1, 1)
        self.retranslate()

    # -- choices -------------------------------------------------------------------------------------------------
    def choices(self) -> list[tuple[str, str]]:
        items = [(choice_key("circle", r), self.tr("Kaga Onsen Station, {d} radius").format(d=_km(r))) for r in RADII]
        if hasattr(catchments, "network_catchment"):
            items += [(choice_key("walk", r), self.tr("Kaga Onsen Station, {d} along roads").format(d=_km(r)))
                      for r in RADII[:2]]
        items.append((choice_key("file"), self.tr("Polygon file…")))
        if self.drawn_wkt:
            items.append((choice_key("drawn"), self.tr("Drawn polygon")))
        return items

    def choice(self) -> tuple[str, float | None]:
        """``("circle" | "walk", radius)``, ``("file", None)`` or ``("drawn", None)``."""
        kind, _, r = (self.combo.currentData() or "circle:800").partition(":")
        return kind, float(r) if r else None

    def set_choice(self, kind: str, radius: float | None = None) -> None:
        refill_combo(self.combo, self.choices())
        self.combo.setCurrentIndex(max(self.combo.findData(choice_key(kind, radius)), 0))
        self._on_choice()

    def method(self) -> str:
        return self.method_combo.currentData() or "area"

    def set_method(self, method: str) -> None:
        self.method_combo.setCurrentIndex(max(self.method_combo.findData(method), 0))

    def set_file(self, path: str) -> None:
        """The polygons of ``path`` become the catchment chosen."""
        self.file_path = path
        self.file_button.setText(Path(path).name)
        self.set_choice("file")

    def set_drawn(self, wkt: str) -> None:
        """A polygon drawn on the surface (project CRS) becomes the catchment chosen."""
        self.drawn_wkt = wkt
        self.set_choice("drawn")

    def restore(self, params: dict[str, Any]) -> None:
        """The catchment and method of a run's ``params`` (a radius the row does not offer leaves the choice)."""
        if params.get("wkt"):
            self.set_drawn(str(params["wkt"]))
        elif params.get("file"):
            self.set_file(str(params["file"]))
        elif params.get("radius_m"):
            kind, radius = "walk" if params.get("network") else "circle", float(params["radius_m"])
            if self.combo.findData(choice_key(kind, radius)) >= 0:
                self.set_choice(kind, radius)
        if params.get("method") in catchments.METHODS:
            self.set_method(params["method"])

    def name_of(self, catchment: str) -> str:
        """How the panel names a catchment the analysis named ``catchment`` (``station-1500m`` → its choice)."""
        names = {f"station-{key.replace('circle:', '').replace('walk:', 'walk-')}m": text
                 for key, text in self.choices() if ":" in key}
        names[DRAWN] = self.tr("Drawn polygon")
        return names.get(catchment) or self.tr("Catchment {name}").format(name=catchment)

    def _on_choice(self, *_: object) -> None:
        kind, _r = self.choice()
        self.file_button.setEnabled(kind == "file")
        if kind == "file" and not self.file_path:
            self.choose_file()

    def choose_file(self) -> None:
        path, _ = QFileDialog.getOpenFileName(self, self.tr("Catchment polygons"), "",
                                              self.tr("Polygons (*.geojson *.json *.gpkg *.shp)"))
        if path:
            self.file_path = path
            self.file_button.setText(Path(path).name)

    # -- what the analysis gets -----------------------------------------------------------------------------------
    def missing(self) -> str | None:
        """Why the choice cannot run yet (None: it can)."""
        kind, _r = self.choice()
        if kind == "file" and not self.file_path:
            return self.tr("Choose a polygon file first.")
        return None

    def params(self) -> dict[str, Any]:
        """The analysis' parameters (only those it declares; every catchment parameter given, so values saved in
        the project never mix in)."""
        from twin import themes
        kind, radius = self.choice()
        p: dict[str, Any] = {"radius_m": radius or 1500.0, "network": kind == "walk", "method": self.method(),
                             "file": self.file_path if kind == "file" else None,
                             "wkt": self.drawn_wkt if kind == "drawn" else None,
                             "name": DRAWN if kind == "drawn" else None, "year": None}
        declared = {q.name for q in themes.analysis(ANALYSIS).params}
        return {k: v for k, v in p.items() if k in declared}

    def resolve(self, store: Any) -> tuple[str, str]:
        """(name, WKT in the project CRS) of the catchment chosen (for the outline and the chart)."""
        return catchments.catchment_of(store.cursor(), store.crs, {"radius_m": 1500.0, **self.params()})

    def set_writable(self, on: bool) -> None:
        self.run_button.setEnabled(on)
        self.run_button.setToolTip(self.tr("Compute the population inside the catchment for every year") if on
                                   else self.tr("The project is open read-only"))

    def retranslate(self) -> None:
        self.catchment_label.setText(self.tr("Catchment"))
        self.method_label.setText(self.tr("Apportion by"))
        refill_combo(self.combo, self.choices())
        refill_combo(self.method_combo, [("area", self.tr("area share")),
                                         ("floor-area", self.tr("residential floor area"))])
        self.method_combo.setToolTip(self.tr("Area share: people spread evenly over each cell. Residential floor "
                                             "area: people where the PLATEAU homes are (cells without buildings "
                                             "fall back to area share)."))
        self.file_button.setText(Path(self.file_path).name if self.file_path else self.tr("Choose file…"))
        self.draw_button.setText(self.tr("Draw…"))
        self.draw_button.setToolTip(self.tr("Draw a catchment on the 3D view: click the corners, double-click or "
                                            "Enter to finish, Esc to cancel"))
        self.run_button.setText(self.tr("Run"))
        self._on_choice()


__all__ = ["ANALYSIS", "CatchmentChooser", "DRAWN", "RADII", "choice_key"]
