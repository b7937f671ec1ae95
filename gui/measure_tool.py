"""Tools ▸ Measure: distances, areas and heights picked on the 3D surface (QGIS's measure tools, in 3D).

* **Distance**: click points along a path on the ground, roofs or roads; every segment is listed with its
  horizontal and slope length and height change, with the totals; the status bar shows the total and the
  distance to the cursor. Double-click or Enter ends the path, the next click starts a new one.
* **Area**: click the corners of a polygon; its area (planar, in the project CRS) and perimeter.
* **Height**: click a building to read its height (measured height, ground and roof T.P. heights, and how high
  the picked point is above the ground); click a second point for the height difference between the two.

Results go to the status bar (``statusChanged``) and to the panel, and are copied with *Copy* (or Ctrl+C while
measuring) as tab-separated text that pastes into a spreadsheet. The arithmetic is :mod:`twin.measure`; points
come from :class:`gui.surface_draw.SurfaceDraw`.
"""

from __future__ import annotations

import logging

import numpy as np
from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QFontDatabase, QKeySequence, QShortcut
from PySide6.QtWidgets import (QApplication, QButtonGroup, QHBoxLayout, QLabel, QPlainTextEdit, QPushButton,
                               QToolButton, QVBoxLayout, QWidget)

from gui.qt_helpers import Retranslatable, child
from gui.surface_draw import SurfaceDraw, SurfacePoint
from twin import measure

log = logging.getLogger("kaga_twin.gui")

MODES = ("distance", "area", "height")


def metres(v: float) -> str:
    return f"{v:,.1f} m"


def signed(v: float) -> str:
    return f"{v:+,.1f} m"


class MeasurePanel(Retranslatable, QWidget):
    """The measure tool and its panel (see the module docstring). ``viewport`` is the window's
    :class:`gui.viewport.Viewport` (picks, drawing, the document for Identify's attributes)."""

    statusChanged = Signal(str)

    def __init__(self, viewport, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("measurePanel")
        self.viewport = viewport
        self.mode = "distance"
        self.active = False
        self.draw = SurfaceDraw(viewport, parent=self)
        self.draw.changed.connect(self._update)
        self.draw.hovered.connect(lambda _p: self._update())
        self.draw.finished.connect(lambda _pts: self._update())
        self.draw.cancelled.connect(self._update)
        self._status = ""
        self._rows: list[list[str]] = []
        self._building: dict | None = None         # the building picked first in height mode

        self.mode_group = QButtonGroup(self)
        buttons = QHBoxLayout()
        self.mode_buttons = {}
        for mode in MODES:
            b = child(QToolButton, self, f"measure_{mode}")
            b.setCheckable(True)
            b.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
            self.mode_group.addButton(b)
            self.mode_buttons[mode] = b
            b.clicked.connect(lambda _=False, m=mode: self.set_mode(m))
            buttons.addWidget(b)
        buttons.addStretch(1)
        self.mode_buttons[self.mode].setChecked(True)
        self.hint = child(QLabel, self, "measureHint")
        self.hint.setWordWrap(True)
        self.result = child(QLabel, self, "measureResult")
        self.result.setWordWrap(True)
        self.result.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        f = self.result.font()
        f.setBold(True)
        self.result.setFont(f)
        self.table = child(QPlainTextEdit, self, "measureTable")
        self.table.setReadOnly(True)
        self.table.setLineWrapMode(QPlainTextEdit.LineWrapMode.NoWrap)
        self.table.setFont(QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont))
        self.copy_button = child(QPushButton, self, "measureCopy", clicked=self.copy)
        self.clear_button = child(QPushButton, self, "measureClear", clicked=self.clear)
        actions = QHBoxLayout()
        actions.addStretch(1)
        actions.addWidget(self.clear_button)
        actions.addWidget(self.copy_button)
        lay = QVBoxLayout(self)
        lay.setContentsMargins(4, 4, 4, 4)
        lay.addLayout(buttons)
        lay.addWidget(self.hint)
        lay.addWidget(self.result)
        lay.addWidget(self.table, 1)
        lay.addLayout(actions)
        # Ctrl+C while measuring: in the 3D view and in this panel
        self.copy_shortcuts = [QShortcut(QKeySequence(QKeySequence.StandardKey.Copy), w, self.copy,
                                         context=Qt.ShortcutContext.WidgetWithChildrenShortcut)
                               for w in (viewport, self)]
        for sc in self.copy_shortcuts:
            sc.setEnabled(False)
        self.retranslate()

    # -- on and off, modes ------------------------------------------------------------------------------
    def set_active(self, on: bool) -> None:
        """Start (the view's clicks measure) or stop measuring (clicks select again; the drawing goes)."""
        if on == self.active:
            return
        self.active = on
        for sc in self.copy_shortcuts:
            sc.setEnabled(on)
        if on:
            self.draw.activate()
        else:
            self.draw.deactivate()
        self._update()

    def set_mode(self, mode: str) -> None:
        """``distance``, ``area`` or ``height``; what was measured is cleared."""
        if mode not in MODES:
            raise ValueError(f"measure mode must be one of {', '.join(MODES)}, not {mode!r}")
        self.mode = mode
        self.mode_buttons[mode].setChecked(True)
        self.draw.closed = mode == "area"
        self.draw.max_points = 2 if mode == "height" else None
        self.draw.clear()
        self.retranslate()

    def clear(self) -> None:
        self.draw.clear()

    # -- results -------------------------------------------------------------------------------------------
    @property
    def status_text(self) -> str:
        return self._status

    def result_text(self) -> str:
        """What *Copy* puts on the clipboard: the result line, then the table (tab-separated)."""
        lines = [self._status] if self._status else []
        lines += ["\t".join(r) for r in self._rows]
        return "\n".join(lines)

    def copy(self) -> None:
        text = self.result_text()
        if text:
            QApplication.clipboard().setText(text)
            self.statusChanged.emit(self.tr("Copied: {text}").format(text=self._status))

    def _update(self) -> None:
        pts = [p.point for p in self.draw.points]
        self._rows = []
        if not self.active:
            status = ""
        elif not pts:
            self._building = None
            status = self.hint.text()
        elif self.mode == "distance":
            status = self._distance(pts)
        elif self.mode == "area":
            status = self._area(pts)
        else:
            status = self._height(self.draw.points)
        if pts:
            self._rows.append([])
            self._rows.append([self.tr("Point"), "X (m)", "Y (m)", self.tr("T.P. height (m)")])
            self._rows += [[str(i), f"{x:.2f}", f"{y:.2f}", f"{z:.2f}"] for i, (x, y, z) in enumerate(pts, 1)]
        self._status = status
        self.draw.set_label(self._label(pts))
        self.result.setText(status if pts else "")
        self.table.setPlainText(self._table_text())
        self.copy_button.setEnabled(bool(pts))
        self.clear_button.setEnabled(bool(pts))
        self.statusChanged.emit(status)

    def _label(self, pts) -> str:
        """The short result drawn beside the last point in the view."""
        if not self.active or not pts:
            return ""
        if self.mode == "distance":
            legs = measure.segments(pts)
            leg = self._cursor_leg()
            total = sum(x.slope for x in legs) + (leg.slope if leg is not None else 0.0)
            return metres(total) if legs or leg is not None else ""
        if self.mode == "area":
            ring = list(pts) + ([self.draw.hover_point.point] if self.draw.hover_point is not None else [])
            return f"{measure.polygon_area(ring):,.0f} m²" if len(ring) > 2 else ""
        end = self.draw.points[1] if len(self.draw.points) > 1 else self.draw.hover_point
        if end is not None:
            return "Δh " + signed(measure.height_difference(pts[0], end.point))
        b = self._building
        return f"{b['name']} {metres(b['height'].height)}" if b is not None and b["height"].height is not None else ""

    def _table_text(self) -> str:
        if not self._rows:
            return ""
        widths = [max(len(r[i]) for r in self._rows if len(r) > i) for i in range(max(len(r) for r in self._rows))]
        return "\n".join("  ".join(c.rjust(widths[i]) if i else c.ljust(widths[i]) for i, c in enumerate(r))
                         for r in self._rows)

    def _cursor_leg(self):
        hover = self.draw.hover_point
        return None if hover is None or not self.draw.points else measure.segment(self.draw.points[-1].point, hover.point)

    def _distance(self, pts) -> str:
        legs = measure.segments(pts)
        self._rows.append([self.tr("Segment"), self.tr("Horizontal (m)"), self.tr("Slope (m)"), self.tr("Height (m)")])
        for i, leg in enumerate(legs, 1):
            self._rows.append([str(i), f"{leg.horizontal:.1f}", f"{leg.slope:.1f}", f"{leg.dz:+.1f}"])
        h, s = sum(leg.horizontal for leg in legs), sum(leg.slope for leg in legs)
        dz = measure.height_difference(pts[0], pts[-1])
        self._rows.append([self.tr("Total"), f"{h:.1f}", f"{s:.1f}", f"{dz:+.1f}"])
        if not legs:
            text = self.tr("Distance: click the next point")
        else:
            text = self.tr("Distance: {total} along {n} segment(s) (horizontal {h}, height {dz}); last segment {last}").format(
                total=metres(s), n=len(legs), h=metres(h), dz=signed(dz), last=metres(legs[-1].slope))
        leg = self._cursor_leg()
        if leg is not None:
            text += self.tr("; to the cursor {d} (total {t})").format(d=metres(leg.slope), t=metres(s + leg.slope))
        return text

    def _area(self, pts) -> str:
        ring = list(pts)
        hover = self.draw.hover_point
        if hover is not None:
            ring.append(hover.point)
        area = measure.polygon_area(ring)
        perimeter = measure.horizontal_length(ring, closed=True)
        crs = getattr(getattr(self.viewport, "document", None), "crs", None) or self.tr("the project CRS")
        self._rows.append([self.tr("Area (m²)"), f"{area:.1f}"])
        self._rows.append([self.tr("Perimeter (m)"), f"{perimeter:.1f}"])
        if len(ring) < 3:
            return self.tr("Area: click at least three corners")
        ha = self.tr(" ({ha} ha)").format(ha=f"{area / 10000:,.2f}") if area >= 1000 else ""
        return self.tr("Area: {area} m²{ha}, perimeter {p}, {n} corners (planar, in {crs})").format(
            area=f"{area:,.0f}", ha=ha, p=metres(perimeter), n=len(ring), crs=crs)

    def _height(self, points: list[SurfacePoint]) -> str:
        first = points[0]
        if len(points) == 1:
            self._building = self._building_at(first)
        parts = []
        b = self._building
        if b is not None:
            h = b["height"]
            self._rows.append([self.tr("Building"), b["name"]])
            for label, value in ((self.tr("Measured height (m)"), h.measured_height), (self.tr("Ground T.P. (m)"), h.ground),
                                 (self.tr("Roof T.P. (m)"), h.roof), (self.tr("Picked point T.P. (m)"), h.picked_z),
                                 (self.tr("Picked point above the ground (m)"), h.picked_above_ground)):
                self._rows.append([label, "" if value is None else f"{value:.2f}"])
            text = self.tr("{name}: height {h}").format(name=b["name"], h=metres(h.height) if h.height is not None else "—")
            if h.ground is not None and h.roof is not None:
                text += self.tr(" (ground T.P. {g}, roof T.P. {r})").format(g=metres(h.ground), r=metres(h.roof))
            if h.picked_above_ground is not None:
                text += self.tr("; picked point {a} above the ground").format(a=metres(h.picked_above_ground))
            parts.append(text)
        if len(points) > 1 or self.draw.hover_point is not None:
            end = points[1] if len(points) > 1 else self.draw.hover_point
            leg = measure.segment(first.point, end.point)
            self._rows.append([self.tr("Height difference (m)"), f"{leg.dz:+.2f}"])
            self._rows.append([self.tr("Horizontal (m)"), f"{leg.horizontal:.2f}"])
            self._rows.append([self.tr("Slope (m)"), f"{leg.slope:.2f}"])
            parts.append(self.tr("Height difference {dz} (T.P. {z1} → {z2}), horizontal {h}, slope {s}").format(
                dz=signed(leg.dz), z1=metres(first.point[2]), z2=metres(end.point[2]), h=metres(leg.horizontal),
                s=metres(leg.slope)))
        if not parts:
            parts.append(self.tr("Height: T.P. {z}; click a second point for the difference").format(z=metres(first.point[2])))
        return " · ".join(parts)

    def _building_at(self, p: SurfacePoint) -> dict | None:
        """The building hit by ``p`` with its height there (None when ``p`` is not on a building)."""
        doc = getattr(self.viewport, "document", None)
        layer = doc.layers.get(p.layer_id) if doc is not None and p.layer_id else None
        if layer is None or p.feature_id is None:
            return None
        try:
            attrs = doc.identify(layer, p.feature_id)["attributes"]
        except Exception:  # noqa: BLE001 - e.g. a layer without a table
            log.debug("identify failed while measuring", exc_info=True)
            return None
        if not measure.is_building(attrs):
            return None
        name = attrs.get("name") or attrs.get("building_id") or f"{layer.name} {p.feature_id}"
        return {"name": str(name), "height": measure.building_height(attrs, p.point[2], self._terrain_z(p))}

    def _terrain_z(self, p: SurfacePoint) -> float | None:
        scene = getattr(self.viewport, "scene", None)
        dem = scene.dem() if scene is not None else None
        if dem is None:
            return None
        z = float(dem.sample(np.array([p.point[0]]), np.array([p.point[1]]))[0])
        return z if np.isfinite(z) else None

    # -- language --------------------------------------------------------------------------------------
    def retranslate(self) -> None:
        names = {"distance": (self.tr("Distance"), self.tr("Path length along clicked points")),
                 "area": (self.tr("Area"), self.tr("Area of a clicked polygon")),
                 "height": (self.tr("Height"), self.tr("Height of a building, or between two points"))}
        for mode, (text, tip) in names.items():
            self.mode_buttons[mode].setText(text)
            self.mode_buttons[mode].setToolTip(tip)
        hints = {
            "distance": self.tr("Click points on the ground, roofs or roads. Double-click or Enter ends the path, "
                                "Backspace removes the last point, Esc or a right click cancels. Drag to turn the view."),
            "area": self.tr("Click the corners of the area. Double-click or Enter closes it, Esc or a right click "
                            "cancels. The area is planar, in the project's coordinate system."),
            "height": self.tr("Click a building for its height, then a second point for the height difference. "
                              "Esc or a right click cancels."),
        }
        self.hint.setText(hints[self.mode])
        self.copy_button.setText(self.tr("Copy"))
        self.copy_button.setToolTip(self.tr("Copy the result as text (Ctrl+C while measuring)"))
        self.clear_button.setText(self.tr("Clear"))
        self._update()


__all__ = ["MODES", "MeasurePanel"]
