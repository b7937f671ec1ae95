"""When a scene is drawn, and how: render requests, light frames while the camera moves, skipped repeats.

* :meth:`RenderSchedule.changed` — something visible changed: ask for one render (after the layer list's
  batch, if one is open), and mark the legend for rebuilding when it changed too;
* before every frame (the renderer's ``StartEvent``): light meshes while the camera moves (the render window's
  desired update rate is high), full ones at rest; the tiles' level of detail; the overlays;
* progressive start: the very first frame uses the light meshes and asks for the full-detail frame next;
* a frame that would repeat the previous one exactly is not drawn again (pyvistaqt renders twice per mouse
  move).

It never imports Qt: ``request_render`` is the GUI's debounced render, or nothing for headless callers.
"""

from __future__ import annotations

import time
from collections.abc import Callable, Iterable
from typing import TYPE_CHECKING, Any

from vtkmodules.vtkCommonCore import vtkTimeStamp

from twin.layerlist import LayerList

if TYPE_CHECKING:  # pragma: no cover
    from layers.adapter import LayerAdapter
    from layers.overlays import Overlays


class RenderSchedule:
    """Render requests and per-frame switching of one scene's renderer."""

    #: a render window update rate at or above this means the camera is being moved (VTK interactor styles
    #: raise it to the interactor's rate, 15–30, while dragging, and drop it to 0.0001 when still)
    INTERACTIVE_RATE = 1.0
    #: a repeated frame is only skipped this soon (seconds) after the frame it repeats
    REPEAT_WINDOW_S = 1.0

    def __init__(self, renderer: Any, layers: LayerList, adapters: Callable[[], Iterable["LayerAdapter"]],
                 request_render: Callable[[], None] | None = None, *, progressive: bool = True):
        self.renderer = renderer
        self.layers = layers
        self.adapters = adapters
        self.request_render = request_render or (lambda: None)
        #: drawn before every frame (set by the scene)
        self.overlays: "Overlays | None" = None
        self._dirty = False                  # a render was asked for inside a batch
        self._interactive = False
        self._fxaa_at_rest: bool | None = None
        # progressive start: the very first frame uses the light meshes (a quick picture of a big city), and
        # asks for the full-detail frame right after
        self._first_frame_light = bool(progressive)
        self.first_frame_light = False       # the first frame was drawn light
        self._stamp = vtkTimeStamp()
        self._last_frame: tuple[int, tuple[int, int], float] | None = None
        self._undrawn: list[Any] = []
        self._picture_dirty = True           # something changed that only shows at the next frame
        self.frames_skipped = 0
        self._observers = [renderer.AddObserver("StartEvent", self._on_start_render),
                           renderer.AddObserver("EndEvent", self._on_end_render)]
        rw = renderer.GetRenderWindow()
        self._rw = rw
        self._rw_observers = [] if rw is None else [rw.AddObserver("StartEvent", self._on_window_start),
                                                    rw.AddObserver("EndEvent", self._on_window_end)]
        layers.events.end_batch.connect(self._on_end_batch)

    # -- requests -----------------------------------------------------------------------------------------
    def changed(self, legend: bool = False) -> None:
        """Something visible changed: mark the legend, and ask for a render unless a batch is open."""
        self._picture_dirty = True
        if legend and self.overlays is not None:
            self.overlays.mark_legend_dirty()
        if self.layers.in_batch:
            self._dirty = True
        else:
            self.request_render()

    def camera_moved(self) -> None:
        """The camera was moved programmatically: draw again (the overlays follow at that frame)."""
        self._picture_dirty = True
        self.request_render()

    def _on_end_batch(self) -> None:
        if self._dirty:
            self._dirty = False
            self.request_render()

    # -- light frames while moving ------------------------------------------------------------------------
    @property
    def interactive(self) -> bool:
        return self._interactive

    def set_interactive(self, on: bool) -> None:
        """Switch every layer to its light (``on``) or full representation. Called automatically from the
        render window's update rate; the GUI may also call it around its own camera animations.

        FXAA (which the window may use) is suspended while moving: in software rendering the pass costs
        about as much as drawing the light scene itself (~100 ms at 1280×800); frames at rest keep it."""
        on = bool(on)
        r = self.renderer
        if r is not None and hasattr(r, "GetUseFXAA"):
            if on and not self._interactive:
                self._fxaa_at_rest = bool(r.GetUseFXAA())
                r.SetUseFXAA(False)
            elif not on and self._interactive and self._fxaa_at_rest is not None:
                r.SetUseFXAA(self._fxaa_at_rest)
                self._fxaa_at_rest = None
        self._interactive = on
        for ad in self.adapters():
            ad.set_interactive(self._interactive)

    def _on_start_render(self, *_: object) -> None:
        """Before every frame: light meshes while the camera moves, full ones at rest; overlays."""
        rw = self.renderer.GetRenderWindow() if self.renderer is not None else None
        inter = rw is not None and rw.GetDesiredUpdateRate() >= self.INTERACTIVE_RATE
        if self._first_frame_light:
            inter = True
        if inter != self._interactive:
            self.set_interactive(inter)
        if self._interactive:
            for ad in self.adapters():
                ad.update_lod(self.renderer)
        if self.overlays is not None:
            self.overlays.update()

    def _on_end_render(self, *_: object) -> None:
        self._picture_dirty = False
        if self._first_frame_light:
            self._first_frame_light = False
            self.first_frame_light = True
            self.request_render()          # the full-detail frame follows

    # -- repeated frames ----------------------------------------------------------------------------------
    def _on_window_start(self, rw: Any, *_: object) -> None:
        """Skip drawing a frame that would repeat the previous one exactly.

        pyvistaqt's widget renders twice for every mouse move: the interactor style renders, and the repaint
        that render schedules renders again (``paintGL`` always renders). When no VTK object at all was
        modified since the previous frame ended (VTK's global modification counter has not moved) and the
        window size is the same, the renderers are told not to draw: the window keeps — and shows — the
        frame it already has. Any change (camera, property, array, visibility, size) draws normally."""
        self._stamp.Modified()
        now = self._stamp.GetMTime()
        last = self._last_frame
        moving = self._first_frame_light or rw.GetDesiredUpdateRate() >= self.INTERACTIVE_RATE
        if (last is not None and now == last[0] + 1 and tuple(rw.GetSize()) == last[1]
                and time.perf_counter() - last[2] < self.REPEAT_WINDOW_S and not self._picture_dirty
                and moving == self._interactive):
            rens = rw.GetRenderers()
            self._undrawn = [r for r in (rens.GetItemAsObject(i) for i in range(rens.GetNumberOfItems()))
                             if r.GetDraw()]
            for r in self._undrawn:
                r.DrawOff()
            self.frames_skipped += 1

    def _on_window_end(self, rw: Any, *_: object) -> None:
        for r in self._undrawn:
            r.DrawOn()
        self._undrawn = []
        selecting = self.renderer is not None and self.renderer.GetSelector() is not None
        if selecting:                      # a hardware-selection pass is no picture to repeat
            self._last_frame = None
            return
        self._stamp.Modified()
        self._last_frame = (self._stamp.GetMTime(), tuple(rw.GetSize()), time.perf_counter())

    # -- lifecycle ----------------------------------------------------------------------------------------
    def close(self) -> None:
        """Stop listening; the window keeps its FXAA setting if closed while moving."""
        self.layers.events.end_batch.disconnect(self._on_end_batch)
        if self._fxaa_at_rest is not None:
            self.renderer.SetUseFXAA(self._fxaa_at_rest)
            self._fxaa_at_rest = None
        for tag in self._observers:
            self.renderer.RemoveObserver(tag)
        self._observers = []
        for tag in self._rw_observers:
            self._rw.RemoveObserver(tag)
        self._rw_observers = []
        self._rw = None
        self.overlays = None
        self.request_render = lambda: None
        self.renderer = None


__all__ = ["RenderSchedule"]
