"""The 3D view: a pyvistaqt ``QtInteractor`` driven by a :class:`layers.scene.SceneController`.

* Renders are debounced: every ``request_render`` in one event-loop turn becomes one render
  (``QTimer.singleShot(0)`` coalescer); the interactor's own auto-update timer is off.
* Mouse: drag to orbit (left), pan (middle or Shift+right… VTK trackball camera), zoom (wheel, right);
  a click without dragging picks one feature (Ctrl+click adds or removes it); Shift+drag draws a
  rectangle and selects every visible feature in it. Esc clears the selection.
* The cursor position (lat/lon, T.P. height) is reported at most every 40 ms while the mouse moves.

The interactor and every VTK object are only touched from the GUI thread (pyvistaqt invariant).
"""

from __future__ import annotations

import logging
from typing import Any

from PySide6.QtCore import QEvent, QObject, QPoint, QRect, QSize, Qt, QTimer, Signal
from PySide6.QtGui import QMouseEvent
from PySide6.QtWidgets import QRubberBand, QVBoxLayout, QWidget

log = logging.getLogger("kaga_twin.gui")

CLICK_SLOP = 4          # pixels the mouse may move between press and release for a click
CURSOR_INTERVAL = 40    # ms between cursor position updates


class Viewport(QWidget):
    """Hosts the interactor; owns the scene of the current document."""

    featurePicked = Signal(str, int)          # layer id, feature id (after a click pick)
    rectanglePicked = Signal(dict)            # {layer id: [ids]}
    cursorMoved = Signal(object)              # (lat, lon, height) or None
    cameraChanged = Signal()                  # the user finished moving the camera
    rendered = Signal()

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("viewport")
        from pyvistaqt import QtInteractor

        self.plotter = QtInteractor(self, auto_update=False)
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
        self.render_count = 0
        self._press: QPoint | None = None
        self._press_mods = Qt.KeyboardModifier.NoModifier
        self._band: QRubberBand | None = None
        self._band_origin: QPoint | None = None
        self._last_pos: QPoint | None = None
        self._cursor_timer = QTimer(self)
        self._cursor_timer.setSingleShot(True)
        self._cursor_timer.setInterval(CURSOR_INTERVAL)
        self._cursor_timer.timeout.connect(self._report_cursor)
        self.plotter.installEventFilter(self)
        self.plotter.setMouseTracking(True)

    def sizeHint(self) -> QSize:  # noqa: N802
        return QSize(1000, 700)

    # -- document / scene ---------------------------------------------------------------------------
    def set_document(self, document) -> None:
        """Build the scene for ``document`` (None closes the current scene)."""
        from layers.scene import SceneController

        self.close_scene()
        self.document = document
        if document is None:
            self.request_render()
            return
        self.scene = SceneController(document, self.plotter, self.request_render)
        self.request_render()

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
        self.close_scene()
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
        if self._closed:
            return
        self.plotter.render()
        self.render_count += 1
        self.rendered.emit()

    def render_now(self) -> None:
        self._render_pending = False
        if not self._closed:
            self.plotter.render()
            self.render_count += 1

    def screenshot(self):
        """The current frame as an (h, w, 3) uint8 array."""
        self.render_now()
        return self.plotter.screenshot(return_img=True)

    # -- camera -------------------------------------------------------------------------------------
    def set_camera(self, preset: str) -> None:
        if self.scene is not None:
            self.scene.set_camera(preset)
            self.request_render()
            self.cameraChanged.emit()

    def zoom_to_layer(self, layer_id: str) -> bool:
        ok = bool(self.scene is not None and self.scene.zoom_to_layer(layer_id))
        if ok:
            self.request_render()
            self.cameraChanged.emit()
        return ok

    def zoom_to_features(self, layer_id: str, ids) -> bool:
        ok = bool(self.scene is not None and self.scene.zoom_to_features(layer_id, list(ids)))
        if ok:
            self.request_render()
            self.cameraChanged.emit()
        return ok

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

    # -- mouse --------------------------------------------------------------------------------------
    def eventFilter(self, obj: QObject, event: QEvent) -> bool:  # noqa: N802
        if obj is not self.plotter or self.scene is None:
            return False
        t = event.type()
        if t == QEvent.Type.MouseButtonPress and isinstance(event, QMouseEvent):
            if event.button() == Qt.MouseButton.LeftButton:
                self._press = event.position().toPoint()
                self._press_mods = event.modifiers()
                if event.modifiers() & Qt.KeyboardModifier.ShiftModifier:
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
        elif t == QEvent.Type.Wheel:
            self.cameraChanged.emit()
        elif t == QEvent.Type.MouseButtonRelease and isinstance(event, QMouseEvent):
            if self._band is None:
                self.cameraChanged.emit()  # a drag moved the camera (the window saves it, debounced)
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
        if key == Qt.Key.Key_Escape and self.document is not None:
            self.document.selection.clear(origin="pick")
        elif key in (Qt.Key.Key_Up, Qt.Key.Key_Plus) and self.scene is not None:
            self.scene.renderer.GetActiveCamera().Zoom(1.15)
            self.scene.on_camera_changed()
            self.cameraChanged.emit()
        elif key in (Qt.Key.Key_Down, Qt.Key.Key_Minus) and self.scene is not None:
            self.scene.renderer.GetActiveCamera().Zoom(1 / 1.15)
            self.scene.on_camera_changed()
            self.cameraChanged.emit()

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
