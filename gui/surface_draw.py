"""Drawing a path or a polygon on the 3D surface by clicking: a tool of the 3D view, reused by every tool that needs
points on the ground, roofs or roads (measuring; later catchment polygons and scenario footprints).

* **Click** adds a point where the click hits the surface (terrain, a building, a road…); dragging still orbits.
* While the mouse moves, a rubber band runs from the last point to the surface under the cursor.
* **Double-click** or **Enter** finishes (a double-click's point is the last one); with ``max_points`` the drawing
  finishes by itself when it has that many points.
* **Esc** or a **right click** (without dragging; a right drag still zooms) cancels, Backspace removes the last point.

The points are :class:`SurfacePoint`: project CRS ``x, y`` and T.P. height (the vertical exaggeration undone),
the feature hit (if any), and where the point is drawn. What was drawn stays visible (on top of the scene, so a
path behind a building still shows) until the next drawing starts or :meth:`SurfaceDraw.clear`.

The view calls the tool (``Viewport.set_tool``): ``click``, ``double_click``, ``right_click``, ``mouse_moved``,
``key``; tests call :meth:`SurfaceDraw.add_point` / :meth:`hover` with points of their own.
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np
from PySide6.QtCore import QObject, QPoint, Qt, Signal

from gui.qt_helpers import single_shot_timer

#: ms between rubber-band updates while the mouse moves (each one picks and draws a frame)
HOVER_INTERVAL = 50


@dataclass(frozen=True)
class SurfacePoint:
    """A point picked on the surface: ``point`` = (x, y, T.P. height) in the project CRS, ``shown`` = where it is
    drawn in the scene (with the vertical exaggeration), the ``layer_id`` and ``feature_id`` hit (None for the
    terrain or a raster)."""

    point: tuple[float, float, float]
    shown: tuple[float, float, float]
    layer_id: str | None = None
    feature_id: int | None = None

    @classmethod
    def at(cls, x: float, y: float, z: float, layer_id: str | None = None, feature_id: int | None = None) -> "SurfacePoint":
        """A point drawn where it is (no exaggeration): for tests and callers with known coordinates."""
        p = (float(x), float(y), float(z))
        return cls(p, p, layer_id, feature_id)


class SurfaceDraw(QObject):
    """See the module docstring. ``closed`` draws a polygon (the ring closes back to the first point),
    ``max_points`` finishes the drawing at that many points."""

    pointAdded = Signal(object)      # SurfacePoint
    hovered = Signal(object)         # SurfacePoint under the cursor (the rubber band's end), or None
    finished = Signal(list)          # [SurfacePoint, …]
    cancelled = Signal()
    changed = Signal()               # points added, removed or cleared

    def __init__(self, viewport, *, closed: bool = False, max_points: int | None = None,
                 color: str = "#ff1a8c", parent: QObject | None = None):
        super().__init__(parent)
        self.viewport = viewport
        self.closed = closed
        self.max_points = max_points
        self.color = color
        self.points: list[SurfacePoint] = []
        self.hover_point: SurfacePoint | None = None
        self.done = False                # the last drawing was finished (the next click starts a new one)
        self.active = False
        self.label = ""                  # text drawn at the last point (set_label)
        self._drawing = None
        self._hover_pos: QPoint | None = None
        self._hover_timer = single_shot_timer(self, HOVER_INTERVAL, self._hover_now)

    # -- on and off ---------------------------------------------------------------------------------------
    def activate(self) -> None:
        """Take the view's clicks (the view stops selecting features until :meth:`deactivate`)."""
        self.active = True
        self.viewport.set_tool(self)

    def deactivate(self) -> None:
        """Give the clicks back to the view and remove what was drawn."""
        self.active = False
        self._hover_timer.stop()
        if getattr(self.viewport, "tool", None) is self:
            self.viewport.set_tool(None)
        self.clear()

    # -- editing ------------------------------------------------------------------------------------------
    def add_point(self, p: SurfacePoint) -> None:
        """Add a point (a new drawing starts after a finished one)."""
        if self.done:
            self.points = []
            self.done = False
        self.points.append(p)
        self.hover_point = None
        self.pointAdded.emit(p)
        self.changed.emit()
        if self.max_points is not None and len(self.points) >= self.max_points:
            self.finish()
        else:
            self._redraw()

    def set_label(self, text: str) -> None:
        """Show ``text`` (e.g. the total length) beside the last point; empty hides it."""
        if text != self.label:
            self.label = text
            self._redraw()

    def hover(self, p: SurfacePoint | None) -> None:
        """Where the next point would go (the rubber band's end)."""
        self.hover_point = None if self.done else p
        self.hovered.emit(self.hover_point)
        self._redraw()

    def remove_last(self) -> None:
        if self.points and not self.done:
            self.points.pop()
            self.changed.emit()
            self._redraw()

    def finish(self) -> None:
        """End the drawing with the points so far (nothing happens without a point)."""
        if not self.points or self.done:
            return
        self.done = True
        self.hover_point = None
        self._redraw()
        self.finished.emit(list(self.points))

    def cancel(self) -> None:
        """Drop the drawing under way (a finished one is cleared)."""
        self.clear()
        self.cancelled.emit()

    def clear(self) -> None:
        self.points = []
        self.hover_point = None
        self.done = False
        self.changed.emit()
        self._redraw()

    # -- called by the view -------------------------------------------------------------------------------
    def click(self, pos: QPoint) -> None:
        p = self.viewport.pick_surface(pos)
        if p is not None:
            self.add_point(p)

    def double_click(self, pos: QPoint) -> None:
        # the double-click's first click already added its point
        self.finish()

    def right_click(self, pos: QPoint) -> None:
        self.cancel()

    def mouse_moved(self, pos: QPoint) -> None:
        if self.points and not self.done:
            self._hover_pos = pos
            if not self._hover_timer.isActive():
                self._hover_timer.start()

    def key(self, key: int) -> bool:
        """A key pressed in the view; True when the tool used it."""
        if key in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            self.finish()
        elif key == Qt.Key.Key_Escape:
            self.cancel()
        elif key == Qt.Key.Key_Backspace:
            self.remove_last()
        else:
            return False
        return True

    def _hover_now(self) -> None:
        if self._hover_pos is not None and self.points and not self.done:
            self.hover(self.viewport.pick_surface(self._hover_pos))

    # -- drawing ------------------------------------------------------------------------------------------
    def _redraw(self) -> None:
        renderer = self.viewport.overlay_renderer() if self.points else None
        if renderer is None:
            if self._drawing is not None:
                self._drawing.remove()
                self._drawing = None
                self.viewport.request_render()
            return
        if self._drawing is None or self._drawing.renderer is not renderer:
            self._drawing = _Drawing(renderer, self.color)
        shown = [p.shown for p in self.points]
        rubber = [self.points[-1].shown, self.hover_point.shown] if self.hover_point is not None else []
        if self.closed and rubber and len(shown) > 1:
            rubber.append(shown[0])
        self._drawing.update(shown, rubber, closed=self.closed and (self.done or len(shown) > 2),
                             label=self.label, label_at=(rubber or shown)[-1])
        self.viewport.request_render()


class _Drawing:
    """The VTK actors of one drawing: the path (or ring and its translucent fill), its points, the rubber band."""

    def __init__(self, renderer, color: str):
        import pyvista as pv
        from vtkmodules.vtkRenderingCore import vtkActor, vtkPolyDataMapper

        self.renderer = renderer
        rgb = pv.Color(color).float_rgb
        self.actors = {}
        for name, width, opacity in (("fill", 0, 0.25), ("line", 5, 1.0), ("rubber", 3, 0.8), ("points", 0, 1.0)):
            mapper = vtkPolyDataMapper()
            actor = vtkActor()
            actor.SetMapper(mapper)
            prop = actor.GetProperty()
            prop.SetColor(*(rgb if name != "points" else (1.0, 1.0, 1.0)))
            prop.SetOpacity(opacity)
            prop.LightingOff()
            if width:
                prop.SetLineWidth(width)
            if name == "points":
                prop.SetPointSize(11)
                prop.SetRenderPointsAsSpheres(True)
                prop.SetEdgeColor(*rgb)
            actor.PickableOff()
            renderer.AddActor(actor)
            self.actors[name] = actor
        from vtkmodules.vtkRenderingCore import vtkBillboardTextActor3D

        from layers.overlays import text_property

        text = vtkBillboardTextActor3D()
        tp = text_property(17, bold=True)          # with the CJK font: building names in the label
        tp.SetBackgroundColor(1.0, 1.0, 1.0)
        tp.SetBackgroundOpacity(0.88)
        tp.SetFrame(True)
        tp.SetFrameColor(*rgb)
        tp.SetFrameWidth(2)
        text.SetTextProperty(tp)
        text.SetDisplayOffset(12, 10)
        text.PickableOff()
        renderer.AddActor(text)
        self.actors["label"] = text

    def update(self, shown, rubber, closed: bool, label: str = "", label_at=None) -> None:
        import pyvista as pv

        pts = np.asarray(shown, dtype=np.float64).reshape(-1, 3)
        n = len(pts)
        ring = list(range(n)) + ([0] if closed and n > 2 else [])
        line = pv.PolyData(pts, lines=[len(ring), *ring]) if n > 1 else pv.PolyData()
        fill = pv.PolyData()
        if closed and n > 2:
            fill = pv.PolyData(pts, faces=[n, *range(n)]).triangulate()
        band = pv.PolyData(np.asarray(rubber, dtype=np.float64), lines=[len(rubber), *range(len(rubber))]) \
            if len(rubber) > 1 else pv.PolyData()
        for name, data in (("line", line), ("fill", fill), ("rubber", band), ("points", pv.PolyData(pts))):
            self.actors[name].GetMapper().SetInputData(data)
            self.actors[name].SetVisibility(data.n_points > 0)
        text = self.actors["label"]
        text.SetInput(label or " ")
        text.SetVisibility(bool(label) and label_at is not None)
        if label_at is not None:
            text.SetPosition(*label_at)

    def remove(self) -> None:
        for actor in self.actors.values():
            self.renderer.RemoveActor(actor)
        self.actors.clear()


__all__ = ["HOVER_INTERVAL", "SurfaceDraw", "SurfacePoint"]
