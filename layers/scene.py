"""SceneController: keeps a pyvista plotter in sync with a :class:`~twin.document.TwinDocument`.

It keeps one adapter per layer — created on ``inserted``, closed on ``removed``, re-stacked on ``moved``/
``reordered`` (later layers win over coplanar earlier ones) — and draws the feature selection with each
adapter's highlight. Everything else is done by its parts, each one job:

* :class:`~layers.render_schedule.RenderSchedule` (``schedule``): render requests and batches, light frames
  while the camera moves, the progressive first frame, skipped repeated frames;
* :class:`~layers.picking.ScenePicker` (``picker``): :meth:`pick_at`, :meth:`pick_rect`, :meth:`pick_world`;
* :class:`~layers.camera.SceneCamera` (``camera``): presets ``station`` / ``city`` / ``top``, zoom to layer /
  features, save and restore;
* :class:`~layers.legend.Legend` (``legend``) and :class:`~layers.overlays.Overlays` (``overlays``): what the
  legend lists, and the north arrow, scale bar and legend drawn by VTK before every frame;
* :class:`~layers.ground.Ground` (``ground``): the DEMs and the vertical exaggeration.

Adapters see the scene only through :class:`~layers.services.SceneServices` (``services``). What the scene
needs to know about a kind of layer is a class attribute of its adapter, found with
:func:`~layers.registry.adapter_class_for` (``provides_ground``, ``exaggeration_param``, ``drapes``).

Multisampling is switched off (``multi_samples=0``) before the first render: in software rendering 4× MSAA
makes every frame about four times slower. Headless PNGs use supersampling instead.

Progressive start (``progressive=True``, the default): the very first frame is drawn with the light meshes
(roofs only, coarse terrain) so a big city appears at once, then ``request_render`` is called for the
full-detail frame. Headless renders pass ``progressive=False``.

It never imports Qt. ``request_render`` is called (outside a layer-list batch) whenever the picture
changed; the GUI passes a debounced ``plotter.render``; headless callers may pass nothing and call
``plotter.render()`` themselves.

**Display coordinates** (``x``, ``y``) are VTK's: pixels of the render window, origin at the
**bottom-left**. From a Qt mouse event use ``x = pos.x() * dpr``, ``y = height_px - pos.y() * dpr``
(or :meth:`SceneController.qt_to_display`).
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from typing import Any

from layers.adapter import LayerAdapter
from layers.camera import PRESETS, SceneCamera
from layers.ground import Ground
from layers.legend import Legend, OverlayText
from layers.overlays import Overlays
from layers.picking import ScenePicker
from layers.registry import adapter_class_for, adapter_class_or_none, kind_adapter_class
from layers.render_schedule import RenderSchedule
from layers.services import SceneLink
from twin.document import TwinDocument, grid_convergence
from twin.layer import Layer
from twin.raster import Raster
from twin.style import LegendEntry


class SceneController:
    """See the module docstring. ``plotter`` is a ``pyvista.Plotter`` (off screen in tests and the CLI) or a
    pyvistaqt ``QtInteractor`` in the GUI."""

    def __init__(self, document: TwinDocument, plotter: Any, request_render: Callable[[], None] | None = None,
                 *, overlays: bool = True, legend: bool = True, overlay_scale: float = 1.0,
                 progressive: bool = True, multi_samples: int | None = 0):
        self.document = document
        self.plotter = plotter
        self.renderer = plotter.renderer
        self.adapters: dict[str, LayerAdapter] = {}
        #: layer id → why its adapter could not be made or rebuilt
        self.errors: dict[str, str] = {}
        self._closed = False
        rw = self.renderer.GetRenderWindow()
        if multi_samples is not None and rw is not None:
            # MSAA in software rendering costs ~4× per frame (pyvista's default is 4 samples); it only
            # takes effect before the window's first render
            rw.SetMultiSamples(int(multi_samples))
        if hasattr(plotter, "set_background"):  # plain light background (a gradient costs ~10 ms per frame)
            plotter.set_background("#eef2f5")
        self.ground = Ground(document)
        self.schedule = RenderSchedule(self.renderer, document.layers, self.adapters.values, request_render,
                                       progressive=progressive)
        self.camera = SceneCamera(self.renderer, document, self.adapters, self.ground, self.schedule.changed)
        self.picker = ScenePicker(self.renderer, self.adapters)
        self.legend = Legend(document, self.adapters)
        self.overlays: Overlays | None = None
        if overlays:
            cx, cy = self.camera.center_xy()
            self.overlays = Overlays(self.renderer, north_convergence_deg=grid_convergence(cx, cy, document.crs),
                                     legend_source=self.legend.sections, legend=legend, scale=overlay_scale)
        self.schedule.overlays = self.overlays
        #: what adapters may ask of the scene
        self.services = SceneLink(document, self.renderer, self.schedule, self.ground, self._update_exaggeration)
        for sig, slot in self._slots():
            sig.connect(slot)
        for layer in list(document.layers):
            self._add(layer)
        self._restack()
        if document.camera:
            self.camera.apply_camera_state(document.camera)
        else:
            self.camera.set_camera("station")

    def _slots(self) -> list[tuple[Any, Callable]]:
        ev = self.document.layers.events
        return [(ev.inserted, self._on_inserted), (ev.removed, self._on_removed), (ev.changed, self._on_replaced),
                (ev.reordered, self._restack), (ev.moved, self._on_moved),
                (self.document.selection.changed, self._on_selection),
                (self.document.tree.events.visibility, self._on_tree_visibility),
                (self.document.clock.events.current, self._on_clock), (self.document.clock.events.start, self._on_clock)]

    # -- layers → adapters ------------------------------------------------------------------------------------
    def _add(self, layer: Layer) -> None:
        try:
            adapter = adapter_class_for(layer)(layer, self.services)
        except Exception as exc:  # a broken layer must not break the scene
            self.errors[layer.id] = f"{type(exc).__name__}: {exc}"
            return
        self.errors.pop(layer.id, None)
        self.adapters[layer.id] = adapter
        if self.schedule.interactive:
            adapter.set_interactive(True)
        sel = self.document.selection.ids(layer.id)
        if sel:
            adapter.set_highlight(sel)

    @staticmethod
    def _exaggerates(layer: Layer) -> bool:
        cls = adapter_class_or_none(layer)
        return cls is not None and bool(cls.exaggeration_param)

    def _on_inserted(self, index: int, layer: Layer) -> None:
        self._add(layer)
        if self._exaggerates(layer):
            self._update_exaggeration()
        self._restack()
        self.schedule.changed(legend=True)

    def _on_removed(self, index: int, layer: Layer) -> None:
        ad = self.adapters.pop(layer.id, None)
        if ad is not None:
            ad.close()
        self.errors.pop(layer.id, None)
        if self._exaggerates(layer):
            self._update_exaggeration()
        self._restack()
        self.schedule.changed(legend=True)

    def _on_replaced(self, index: Any, old: Layer, new: Layer) -> None:
        if isinstance(old, Layer):
            self._on_removed(index, old)
        if isinstance(new, Layer):
            self._on_inserted(index, new)

    def _on_moved(self, src: int, dst: int, layer: Layer) -> None:
        self._restack()

    def _restack(self) -> None:
        for i, layer in enumerate(self.document.layers):
            ad = self.adapters.get(layer.id)
            if ad is not None:
                ad.set_z_order(i)
        self.schedule.changed(legend=True)

    def _on_tree_visibility(self, layer_ids: tuple) -> None:
        """A group was shown or hidden (or a layer's own check box changed): apply it to those layers."""
        for lid in layer_ids:
            ad = self.adapters.get(lid)
            if ad is not None:
                ad.apply_visibility()
        self.schedule.changed(legend=True)

    def _on_clock(self, *_: object) -> None:
        """The twin's clock moved: temporal layers recolour (no geometry is rebuilt)."""
        touched = False
        for ad in self.adapters.values():
            if ad.layer.time is not None:
                ad.apply_time()
                touched = True
        if touched:
            self.schedule.changed(legend=True)

    def _on_selection(self, layer_id: str, ids: frozenset, origin: str) -> None:
        ad = self.adapters.get(layer_id)
        if ad is not None:
            ad.set_highlight(ids)
            self.schedule.changed()

    def _update_exaggeration(self) -> None:
        e = self.ground.layers_exaggeration()
        if e != self.ground.exaggeration:
            self.ground.exaggeration = e
            for ad in self.adapters.values():
                ad.set_exaggeration(e)
            self.renderer.ResetCameraClippingRange()
            self.schedule.changed()

    def refresh(self, kinds: Iterable[str] | None = None) -> None:
        """The store changed (an import): reload rasters and rebuild the adapters of the given layer kinds
        (all when None; the ground first, and when it is among them, every layer that drapes on it).
        Restyles see the new values too."""
        self.ground.reload()
        self.document.invalidate()
        wanted = set(kinds) if kinds is not None else None
        ground_changed = wanted is not None and any(
            getattr(kind_adapter_class(k), "provides_ground", False) for k in wanted)

        def rebuilt(layer: Layer) -> bool:
            if wanted is None or layer.kind in wanted:
                return True
            cls = adapter_class_or_none(layer)
            return ground_changed and cls is not None and cls.drapes

        def ground_first(layer: Layer) -> bool:
            cls = adapter_class_or_none(layer)
            return not (cls is not None and cls.provides_ground)

        for layer in sorted(self.document.layers, key=ground_first):
            if not rebuilt(layer):
                continue
            ad = self.adapters.get(layer.id)
            if ad is None:
                self._add(layer)                          # e.g. a layer that failed before now has data
                continue
            try:
                ad.rebuild()
            except Exception as exc:  # keep the rest of the scene
                self.errors[layer.id] = f"{type(exc).__name__}: {exc}"
            else:
                self.errors.pop(layer.id, None)
        self._update_exaggeration()
        self._restack()
        self.schedule.changed(legend=True)

    # -- rendering (RenderSchedule) ------------------------------------------------------------------------
    @property
    def request_render(self) -> Callable[[], None]:
        return self.schedule.request_render

    def set_interactive(self, on: bool) -> None:
        """Switch every layer to its light (``on``) or full representation (see :class:`RenderSchedule`)."""
        self.schedule.set_interactive(on)

    @property
    def interactive(self) -> bool:
        return self.schedule.interactive

    @property
    def frames_skipped(self) -> int:
        return self.schedule.frames_skipped

    @property
    def first_frame_light(self) -> bool:
        return self.schedule.first_frame_light

    def on_camera_changed(self, *_: object) -> None:
        """Call after moving the camera programmatically; overlays also refresh on every render."""
        self.renderer.ResetCameraClippingRange()
        self.schedule.camera_moved()

    # -- ground ----------------------------------------------------------------------------------------------
    @property
    def exaggeration(self) -> float:
        """The vertical exaggeration applied to every layer."""
        return self.ground.exaggeration

    def dem(self, raster_id: int | None = None) -> Raster | None:
        """The DEM used for draping (``raster_id``, else the ground layer's, else the first DEM)."""
        return self.ground.dem(raster_id)

    # -- camera (SceneCamera) --------------------------------------------------------------------------------
    @property
    def preset(self) -> str | None:
        """The camera preset last applied (None: a saved or user camera)."""
        return self.camera.preset

    def set_camera(self, preset: str) -> None:
        self.camera.set_camera(preset)

    def camera_state(self) -> dict[str, Any]:
        return self.camera.camera_state()

    def apply_camera_state(self, state: dict[str, Any]) -> None:
        self.camera.apply_camera_state(state)

    def zoom_to_layer(self, layer_id: str) -> bool:
        return self.camera.zoom_to_layer(layer_id)

    def zoom_to_features(self, layer_id: str, ids: Iterable[int]) -> bool:
        return self.camera.zoom_to_features(layer_id, ids)

    def scene_bounds(self, visible_only: bool = True) -> tuple[float, ...] | None:
        return self.camera.scene_bounds(visible_only)

    def ground_height(self, x: float, y: float) -> float:
        return self.camera.ground_height(x, y)

    # -- picking (ScenePicker) -------------------------------------------------------------------------------
    def pick_at(self, x: float, y: float) -> tuple[str, int] | None:
        return self.picker.pick_at(x, y)

    def pick_world(self, x: float, y: float) -> tuple[float, float, float] | None:
        return self.picker.pick_world(x, y)

    def pick_rect(self, x0: float, y0: float, x1: float, y1: float) -> dict[str, list[int]]:
        return self.picker.pick_rect(x0, y0, x1, y1)

    def qt_to_display(self, x: float, y: float, device_pixel_ratio: float = 1.0) -> tuple[float, float]:
        return self.picker.qt_to_display(x, y, device_pixel_ratio)

    # -- legend and overlays ---------------------------------------------------------------------------------
    @property
    def overlay_text(self) -> OverlayText:
        return self.legend.text

    def set_overlay_text(self, text: OverlayText) -> None:
        """Use ``text`` for legend titles and the overlays' fixed words from now on (the app's language changed)."""
        self.legend.text = text
        if self.overlays is not None:
            self.overlays.scale_note = text.scale_note
        self.schedule.changed(legend=True)

    def legend_entries(self, layer_id: str) -> list[LegendEntry]:
        return self.legend.entries(layer_id)

    def legend_sections(self) -> list[tuple[str, list[LegendEntry]]]:
        return self.legend.sections()

    def set_title(self, text: str) -> None:
        if self.overlays is not None:
            self.overlays.set_title(text)
            self.schedule.changed()

    # -- misc ------------------------------------------------------------------------------------------------
    def adapter(self, layer_id: str) -> LayerAdapter | None:
        return self.adapters.get(layer_id)

    def feature_counts(self) -> dict[str, int]:
        """Features drawn per layer id (for the status bar)."""
        return {lid: len(ad.fids) for lid, ad in self.adapters.items() if ad.has_features}

    def close(self) -> None:
        """Disconnect from the document, remove every actor and overlay, release VTK objects."""
        if self._closed:
            return
        self._closed = True
        for sig, slot in self._slots():
            sig.disconnect(slot)
        for ad in self.adapters.values():
            ad.close()
        self.adapters.clear()
        self.schedule.close()
        self.services.close()
        if self.overlays is not None:
            self.overlays.remove()
            self.overlays = None
        self.ground.reload()
        self.camera.renderer = self.picker.renderer = None
        self.renderer = None
        self.plotter = None


__all__ = ["OverlayText", "PRESETS", "SceneController"]
