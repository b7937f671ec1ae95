"""The 3D view: a pyvistaqt ``QtInteractor`` driven by a :class:`layers.scene.SceneController`.

* Renders are debounced: every ``request_render`` in one event-loop turn becomes one repaint of the widget
  (``QTimer.singleShot(0)`` coalescer, then ``QWidget.update``), i.e. one VTK render in ``paintGL``. (A direct
  ``plotter.render()`` renders twice: once into VTK's framebuffer, and again in the repaint that shows it.)
  The interactor's own auto-update timer is off.
* Light meshes while the camera moves: the scene draws its light meshes whenever the render window's desired
  update rate is the interactive one. VTK's interactor styles raise it while a mouse drag orbits, pans or
  zooms; wheel and key zooms are handled here the same way — each step is drawn light, and the full-detail
  frame follows :data:`SETTLE_MS` after the last step. Nothing here forces full renders while the camera moves.
* Mouse: drag to orbit (left), pan (middle or Shift+right… VTK trackball camera), zoom (wheel, right);
  a click without dragging picks one feature (Ctrl+click adds or removes it); Shift+drag draws a
  rectangle and selects every visible feature in it. Esc clears the selection. Keys: Up/+ and Down/- zoom.
* The cursor position (lat/lon, T.P. height) is reported at most every 40 ms while the mouse moves.
* A tool (:meth:`Viewport.set_tool`, e.g. :class:`gui.surface_draw.SurfaceDraw` for measuring) takes the clicks,
  double-clicks, right clicks, mouse moves and keys instead of the selection while it is on; dragging still moves
  the camera. Tools draw in :meth:`Viewport.overlay_renderer`, on top of the scene.

The interactor and every VTK object are only touched from the GUI thread (pyvistaqt invariant).
"""

from __future__ import annotations

import logging

from PySide6.QtCore import QEvent, QObject, QPoint, QRect, QSize, Qt, QTimer, Signal
from PySide6.QtGui import QMouseEvent
from PySide6.QtWidgets import QRubberBand, QVBoxLayout, QWidget

from gui.qt_helpers import single_shot_timer

log = logging.getLogger("kaga_twin.gui")

CLICK_SLOP = 4          # pixels the mouse may move between press and release for a click
CURSOR_INTERVAL = 40    # ms between cursor position updates
SETTLE_MS = 250         # the full-detail frame follows the last wheel or key zoom step after this long
KEY_ZOOM = 1.15         # view-angle zoom per key press


class Viewport(QWidget):
    """Hosts the interactor; owns the scene of the current document."""

    featurePicked = Signal(str, int)          # layer id, feature id (after a click pick)
    rectanglePicked = Signal(dict)            # {layer id: [ids]}
    cursorMoved = Signal(object)              # (lat, lon, height) or None
    cameraChanged = Signal()                  # the user finished moving the camera

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("viewport")
        from pyvistaqt import QtInteractor

        # off_screen=False explicitly: pyvista.OFF_SCREEN (set by scripts or test suites for off-screen
        # plotters) would otherwise make the window's interactor render off screen, i.e. black
        self.plotter = QtInteractor(self, auto_update=False, off_screen=False)
        self.plotter.setObjectName("interactor")
        self.plotter.set_background("#dfe8f1", top="#9fb8d3")
        try:
            self.plotter.enable_anti_aliasing("fxaa")
        except Exception:  # noqa: BLE001 - cosmetic only
            pass
        lay = QVBoxLayout(self)
        lay.setContentsMargins(0, 0, 0, 0)
        lay.addWidget(self.plotter)
        self.scene = None
        self.document = None
        self._render_pending = False
        self._closed = False
        self._press: QPoint | None = None
        self._press_mods = Qt.KeyboardModifier.NoModifier
        self._buttons = Qt.MouseButton.NoButton       # mouse buttons held down over the view
        self._band: QRubberBand | None = None
        self._band_origin: QPoint | None = None
        self._last_pos: QPoint | None = None
        self._cursor_timer = single_shot_timer(self, CURSOR_INTERVAL, self._report_cursor)
        self._settle_timer = single_shot_timer(self, SETTLE_MS, self._settle)
        self.tool = None                              # takes clicks and keys while set (set_tool)
        self._right_press: QPoint | None = None
        self._overlay = None                          # vtkRenderer drawn on top of the scene (overlay_renderer)
        self.plotter.installEventFilter(self)
        self.plotter.setMouseTracking(True)

    def sizeHint(self) -> QSize:  # noqa: N802
        return QSize(1000, 700)

    # -- document / scene ---------------------------------------------------------------------------
    def set_document(self, document) -> None:
        """Build the scene for ``document`` (None closes the current scene)."""
        from layers.scene import SceneController

        if self.tool is not None:
            self.tool.clear()               # what it drew belongs to the closing project
        self.close_scene()
        self.document = document
        if document is None:
            self.request_render()
            return
        self.scene = SceneController(document, self.plotter, self.request_render)
        self.retranslate()
        self.request_render()

    def retranslate(self) -> None:
        """The legend and scale bar drawn in the view speak the UI language (the scene's default is Japanese)."""
        if self.scene is None:
            return
        from gui.fields import field_label
        from layers.scene import OverlayText

        self.scene.set_overlay_text(OverlayText(
            attribute_label=field_label, other_layers=self.tr("Other layers"), no_value=self.tr("No value"),
            other_values=self.tr("Other values"), scale_note=self.tr("(at the centre of the view)")))

    def close_scene(self) -> None:
        if self.scene is not None:
            self.scene.close()
            self.scene = None
        self.document = None

    def shutdown(self) -> None:
        """Close the scene and the interactor (call before the window goes away)."""
        if self._closed:
            return
        self._closed = True
        self._cursor_timer.stop()
        self._settle_timer.stop()
        if self.tool is not None:
            self.tool.deactivate()
        self.close_scene()
        if self._overlay is not None:
            self._overlay.RemoveAllViewProps()
            self.plotter.render_window.RemoveRenderer(self._overlay)
            self._overlay = None
        try:
            self.plotter.removeEventFilter(self)
            self.plotter.close()
        except RuntimeError:  # the C++ widget is already gone
            pass

    # -- rendering ----------------------------------------------------------------------------------
    def request_render(self) -> None:
        """Ask for a render in the next event-loop turn (many requests, one render)."""
        if self._render_pending or self._closed:
            return
        self._render_pending = True
        QTimer.singleShot(0, self._do_render)

    def _do_render(self) -> None:
        self._render_pending = False
        if not self._closed:
            self.plotter.update()  # QWidget.update: one VTK render in the repaint that shows it

    def render_now(self) -> None:
        """Render at once (before reading pixels: screenshots, rectangle selection)."""
        self._render_pending = False
        if not self._closed:
            self.plotter.render()

    def screenshot(self):
        """The current frame as an (h, w, 3) uint8 array."""
        self.render_now()
        return self.plotter.screenshot(return_img=True)

    # -- camera -------------------------------------------------------------------------------------
    def set_camera(self, preset: str) -> None:
        """Go to a camera preset: ``station``, ``city`` or ``top``."""
        if self.scene is not None:
            self.scene.set_camera(preset)
            self._camera_moved(True)

    def zoom_to_layer(self, layer_id: str) -> bool:
        return self._camera_moved(self.scene is not None and self.scene.zoom_to_layer(layer_id))

    def zoom_to_features(self, layer_id: str, ids) -> bool:
        return self._camera_moved(self.scene is not None and self.scene.zoom_to_features(layer_id, list(ids)))

    def fit_bounds(self, bounds: tuple[float, ...], min_radius: float = 60.0) -> bool:
        """Frame ``bounds`` (x0, x1, y0, y1, z0, z1 in the project CRS), keeping the viewing direction."""
        if self.scene is not None:
            self.scene.camera.fit(bounds, min_radius)
        return self._camera_moved(self.scene is not None)

    def _camera_moved(self, moved: bool) -> bool:
        """After a camera jump: draw it and tell (the window saves the camera with the project)."""
        if moved:
            self.request_render()
            self.cameraChanged.emit()
        return bool(moved)

    def zoom_step(self, factor: float, *, dolly: bool = True) -> None:
        """One zoom step of the wheel (``dolly``: move the camera ``factor`` times closer, as VTK's trackball
        does) or of the keys (narrow the view angle ``factor`` times), drawn with the light meshes; the full
        frame follows once the steps stop."""
        if self.scene is None:
            return
        cam = self.scene.renderer.GetActiveCamera()
        if not dolly:
            cam.Zoom(factor)
        elif cam.GetParallelProjection():
            cam.SetParallelScale(cam.GetParallelScale() / factor)
        else:
            cam.Dolly(factor)
        self._set_update_rate(interactive=True)
        self._settle_timer.start()
        self.scene.on_camera_changed()
        self.cameraChanged.emit()

    def _settle(self) -> None:
        # a mouse drag that began meanwhile is VTK's: its interactor style draws the full frame when it ends
        if not self._closed and self._buttons == Qt.MouseButton.NoButton:
            self._set_update_rate(interactive=False)
            self.request_render()

    def _set_update_rate(self, interactive: bool) -> None:
        """What VTK's interactor styles do around a camera move: the scene reads it to pick light meshes."""
        iren = self.plotter.iren.interactor
        rate = iren.GetDesiredUpdateRate() if interactive else iren.GetStillUpdateRate()
        self.plotter.render_window.SetDesiredUpdateRate(rate)

    def _wheel_factor(self, steps: float) -> float:
        """VTK trackball's dolly for ``steps`` wheel notches (1.1 ** (0.2 · motion factor) per notch)."""
        style = self.plotter.iren.interactor.GetInteractorStyle()
        try:
            per_notch = 0.2 * style.GetMotionFactor() * style.GetMouseWheelMotionFactor()
        except AttributeError:  # a style without those settings
            per_notch = 2.0
        return 1.1 ** (per_notch * steps)

    # -- coordinates --------------------------------------------------------------------------------
    def to_display(self, pos: QPoint) -> tuple[float, float]:
        """Qt widget position → VTK display coordinates (bottom-left origin, device pixels)."""
        dpr = self.plotter.devicePixelRatioF()
        h = self.plotter.height() * dpr
        return pos.x() * dpr, h - 1 - pos.y() * dpr

    def pick_at(self, pos: QPoint) -> tuple[str, int] | None:
        if self.scene is None:
            return None
        x, y = self.to_display(pos)
        return self.scene.pick_at(x, y)

    def pick_surface(self, pos: QPoint):
        """The :class:`gui.surface_draw.SurfacePoint` of the surface exactly under ``pos`` (terrain, a building, a
        road…: project CRS and T.P. height, the feature hit), or None over the sky."""
        from gui.surface_draw import SurfacePoint

        if self.scene is None:
            return None
        x, y = self.to_display(pos)
        picker = self.scene.picker
        hit = picker.pick(x, y, 0.0) or picker.pick(x, y, picker.PICK_TOLERANCE)
        if hit is None:
            return None
        ad, cell, shown = hit
        point = (float(shown[0]), float(shown[1]), float(ad.true_z(shown, cell)))
        fid = None
        if ad.has_features and ad.cells_drawn([cell])[0]:
            fid = ad.feature_id_for_cell(cell)
        return SurfacePoint(point, tuple(float(v) for v in shown), ad.layer.id if fid is not None else None,
                            None if fid is None else int(fid))

    # -- tools --------------------------------------------------------------------------------------
    def set_tool(self, tool) -> None:
        """Let ``tool`` take clicks, double-clicks, right clicks, mouse moves and keys (None: back to selecting);
        a tool set before is deactivated."""
        old, self.tool = self.tool, tool
        if old is not None and old is not tool:
            old.deactivate()
        self.plotter.setCursor(Qt.CursorShape.CrossCursor if tool is not None else Qt.CursorShape.ArrowCursor)

    def overlay_renderer(self):
        """A renderer drawn over the scene with the scene's camera (what tools draw stays visible in front of
        buildings and terrain); None without a scene."""
        if self.scene is None or self._closed:
            return None
        if self._overlay is None:
            from vtkmodules.vtkRenderingCore import vtkRenderer

            rw = self.plotter.render_window
            ren = vtkRenderer()
            ren.SetLayer(rw.GetNumberOfLayers())
            rw.SetNumberOfLayers(rw.GetNumberOfLayers() + 1)
            ren.InteractiveOff()
            rw.AddRenderer(ren)
            self._overlay = ren
        self._overlay.SetActiveCamera(self.scene.renderer.GetActiveCamera())
        return self._overlay

    # -- mouse --------------------------------------------------------------------------------------
    def eventFilter(self, obj: QObject, event: QEvent) -> bool:  # noqa: N802
        if obj is not self.plotter or self.scene is None:
            return False
        t = event.type()
        if t in (QEvent.Type.MouseButtonPress, QEvent.Type.MouseButtonRelease) and isinstance(event, QMouseEvent):
            self._buttons = event.buttons()
        if t == QEvent.Type.MouseButtonDblClick and isinstance(event, QMouseEvent) and self.tool is not None:
            if event.button() == Qt.MouseButton.LeftButton:
                self.tool.double_click(event.position().toPoint())
                return True
        if t == QEvent.Type.MouseButtonPress and isinstance(event, QMouseEvent):
            if event.button() == Qt.MouseButton.RightButton:
                self._right_press = event.position().toPoint()
            if event.button() == Qt.MouseButton.LeftButton:
                self._press = event.position().toPoint()
                self._press_mods = event.modifiers()
                if event.modifiers() & Qt.KeyboardModifier.ShiftModifier and self.tool is None:
                    self._start_band(self._press)
                    return True  # no camera pan while drawing the rectangle
        elif t == QEvent.Type.MouseMove and isinstance(event, QMouseEvent):
            pos = event.position().toPoint()
            self._last_pos = pos
            if self._band is not None and self._band_origin is not None:
                self._band.setGeometry(QRect(self._band_origin, pos).normalized())
                return True
            if not self._cursor_timer.isActive():
                self._cursor_timer.start()
            if self.tool is not None and self._buttons == Qt.MouseButton.NoButton:
                self.tool.mouse_moved(pos)
        elif t == QEvent.Type.Wheel:
            steps = event.angleDelta().y() / 120.0
            if steps:
                self.zoom_step(self._wheel_factor(steps))
            return True  # not VTK's wheel handling: it draws every notch at full detail
        elif t == QEvent.Type.MouseButtonRelease and isinstance(event, QMouseEvent):
            if self._band is None:
                self.cameraChanged.emit()  # a drag moved the camera (the window saves it, debounced)
            if event.button() == Qt.MouseButton.RightButton and self.tool is not None and self._right_press is not None \
                    and (event.position().toPoint() - self._right_press).manhattanLength() <= CLICK_SLOP:
                self.tool.right_click(event.position().toPoint())
            if event.button() == Qt.MouseButton.RightButton:
                self._right_press = None
            if event.button() == Qt.MouseButton.LeftButton:
                pos = event.position().toPoint()
                if self._band is not None:
                    self._finish_band(pos, event.modifiers())
                    self._press = None
                    return True
                if self._press is not None and (pos - self._press).manhattanLength() <= CLICK_SLOP:
                    self._click(pos, self._press_mods)
                self._press = None
        elif t == QEvent.Type.Leave:
            self.cursorMoved.emit(None)
        elif t in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
            # VTK's and pyvista's one-letter keys (q closes the view, w wireframe, 3 stereo, …) would
            # surprise users; the view handles its few keys here and VTK sees none.
            if t == QEvent.Type.KeyPress:
                self._key(event.key())
            return True
        return False

    def _key(self, key: int) -> None:
        if self.tool is not None and self.tool.key(key):
            return
        if key == Qt.Key.Key_Escape and self.document is not None:
            self.document.selection.clear(origin="pick")
        elif key in (Qt.Key.Key_Up, Qt.Key.Key_Plus):
            self.zoom_step(KEY_ZOOM, dolly=False)
        elif key in (Qt.Key.Key_Down, Qt.Key.Key_Minus):
            self.zoom_step(1 / KEY_ZOOM, dolly=False)

    def _start_band(self, pos: QPoint) -> None:
        if self._band is None:
            self._band = QRubberBand(QRubberBand.Shape.Rectangle, self.plotter)
        self._band_origin = pos
        self._band.setGeometry(QRect(pos, QSize()))
        self._band.show()

    def _finish_band(self, pos: QPoint, mods: Qt.KeyboardModifier) -> None:
        origin = self._band_origin or pos
        self._band.hide()
        self._band_origin = None
        band, self._band = self._band, None
        band.deleteLater()
        rect = QRect(origin, pos).normalized()
        if rect.width() < CLICK_SLOP and rect.height() < CLICK_SLOP:
            self._click(pos, mods & ~Qt.KeyboardModifier.ShiftModifier)
            return
        self.select_rect(rect, add=bool(mods & Qt.KeyboardModifier.ControlModifier))

    def select_rect(self, rect: QRect, add: bool = False) -> dict[str, list[int]]:
        """Select every visible feature drawn inside ``rect`` (widget coordinates)."""
        if self.scene is None or self.document is None:
            return {}
        x0, y0 = self.to_display(rect.bottomLeft())
        x1, y1 = self.to_display(rect.topRight())
        self.render_now()  # the hardware selector reads the current frame
        hits = self.scene.pick_rect(x0, y0, x1, y1)
        sel = self.document.selection
        if not add:
            for lid in sel.layer_ids():
                if lid not in hits:
                    sel.clear(lid, origin="pick")
        for lid, ids in hits.items():
            if add:
                sel.add(lid, ids, origin="pick")
            else:
                sel.set(lid, ids, origin="pick")
        self.rectanglePicked.emit(hits)
        self.request_render()
        return hits

    def _click(self, pos: QPoint, mods: Qt.KeyboardModifier) -> None:
        if self.document is None:
            return
        if self.tool is not None:
            self.tool.click(pos)
            return
        hit = self.pick_at(pos)
        sel = self.document.selection
        if hit is None:
            if not mods & Qt.KeyboardModifier.ControlModifier:
                sel.clear(origin="pick")
            return
        layer_id, fid = hit
        if mods & Qt.KeyboardModifier.ControlModifier:
            sel.toggle(layer_id, [fid], origin="pick")
        else:
            sel.set(layer_id, [fid], origin="pick", exclusive=True)
        self.featurePicked.emit(layer_id, fid)

    def _report_cursor(self) -> None:
        if self.scene is None or self.document is None or self._last_pos is None:
            return
        x, y = self.to_display(self._last_pos)
        try:
            hit = self.scene.pick_world(x, y)
        except Exception:  # noqa: BLE001 - never break mouse moves
            log.debug("pick_world failed", exc_info=True)
            hit = None
        if hit is None:
            self.cursorMoved.emit(None)
            return
        X, Y, Z = hit
        lat, lon = self.document.to_latlon(X, Y)
        self.cursorMoved.emit((float(lat), float(lon), float(Z)))
