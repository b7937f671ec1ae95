"""SceneController: keeps a pyvista plotter in sync with a :class:`~twin.document.TwinDocument`.

* one adapter per layer — created on ``inserted``, closed on ``removed``, re-stacked on ``moved``/
  ``reordered`` (later layers win over coplanar earlier ones);
* restyle, opacity and visibility only touch arrays/actor properties (see :mod:`layers.adapter`);
* the feature selection is drawn by each adapter's highlight actor and follows
  ``document.selection.changed``;
* picking: :meth:`pick_at` (one feature: the surface exactly under the cursor, else the nearest feature within
  a few pixels; ``vtkCellPicker`` with static cell locators — per mesh, or per tile of a tiled layer, built
  for the tiles on the ray only), :meth:`pick_rect` (every visible feature in a rectangle,
  ``vtkHardwareSelector``; tiles that cannot reach the rectangle are skipped), :meth:`pick_world` (the 3D
  point under the cursor, T.P. height);
* cameras: presets ``station`` / ``city`` / ``top``, zoom to layer / features, save and restore;
* overlays: north arrow, scale bar and legend, refreshed before every frame.

Multisampling is switched off (``multi_samples=0``) before the first render: in software rendering 4× MSAA
makes every frame about four times slower. Headless PNGs use supersampling instead.

Progressive start (``progressive=True``, the default): the very first frame is drawn with the light meshes
(roofs only, coarse terrain) so a big city appears at once, then ``request_render`` is called for the
full-detail frame. Headless renders pass ``progressive=False``.

While the camera moves (and for that first frame) tiled layers choose per tile between full detail, the light
mesh and far stand-ins from how big their features look (:meth:`LayerAdapter.update_lod`), and FXAA, if the
window uses it, is suspended (in software rendering it costs about as much as the light scene).

It never imports Qt. ``request_render`` is called (outside a layer-list batch) whenever the picture
changed; the GUI passes a debounced ``plotter.render``; headless callers may pass nothing and call
``plotter.render()`` themselves.

**Display coordinates** (``x``, ``y``) are VTK's: pixels of the render window, origin at the
**bottom-left**. From a Qt mouse event use ``x = pos.x() * dpr``, ``y = height_px - pos.y() * dpr``
(or :meth:`SceneController.qt_to_display`).
"""

from __future__ import annotations

import math
import time
from collections.abc import Callable, Iterable
from dataclasses import dataclass, replace
from typing import Any

import numpy as np
from vtkmodules.vtkCommonCore import vtkTimeStamp
from vtkmodules.vtkCommonDataModel import vtkDataObject, vtkSelectionNode
from vtkmodules.vtkRenderingCore import vtkCellPicker, vtkHardwareSelector
from vtkmodules.util.numpy_support import vtk_to_numpy

# importing the adapter modules registers them
import layers.buildings  # noqa: F401
import layers.raster  # noqa: F401
import layers.roads  # noqa: F401
import layers.terrain  # noqa: F401
import layers.vector  # noqa: F401
from layers.adapter import LayerAdapter, adapter_class_for
from layers.dem import DemCache, Grid
from layers.overlays import Overlays
from twin.document import TwinDocument, attribute_label, grid_convergence, station_xy
from twin.layer import Layer
from twin.style import LegendEntry, Style


@dataclass(frozen=True)
class OverlayText:
    """The words a scene draws or lists: legend titles and fixed legend words, the scale bar's note.

    Japanese by default, for Kaga City's reports (``kaga-twin render``); the app sets them in its UI language.
    """

    attribute_label: Callable[[str], str] = attribute_label
    other_layers: str = "その他のレイヤー"
    no_value: str = Style.null_label
    other_values: str = Style.other_label
    scale_note: str = "(画面中央)"

PRESETS = ("station", "city", "top")

#: station view: heading (compass degrees the camera looks towards), elevation angle, distance (m)
STATION_VIEW = {"heading": 20.0, "elevation": 38.0, "distance": 1300.0}


class SceneController:
    """See the module docstring. ``plotter`` is a ``pyvista.Plotter`` (off screen in tests and the CLI) or a
    pyvistaqt ``QtInteractor`` in the GUI."""

    def __init__(self, document: TwinDocument, plotter: Any, request_render: Callable[[], None] | None = None,
                 *, overlays: bool = True, legend: bool = True, overlay_scale: float = 1.0,
                 progressive: bool = True, multi_samples: int | None = 0):
        self.document = document
        self.plotter = plotter
        self.renderer = plotter.renderer
        self.request_render = request_render or (lambda: None)
        self.adapters: dict[str, LayerAdapter] = {}
        self.dem_cache = DemCache(document.store)
        self.exaggeration = self._terrain_exaggeration()
        self._dirty = False
        self._closed = False
        self.errors: dict[str, str] = {}
        self._actor_owner: dict[int, LayerAdapter] = {}
        rw = self.renderer.GetRenderWindow()
        if multi_samples is not None and rw is not None:
            # MSAA in software rendering costs ~4× per frame (pyvista's default is 4 samples); it only
            # takes effect before the window's first render
            rw.SetMultiSamples(int(multi_samples))
        try:  # plain light background (a gradient costs ~10 ms per frame in software rendering)
            plotter.set_background("#eef2f5")
        except Exception:
            pass
        cx, cy = self._center_xy()
        self.overlay_text = OverlayText()
        self.overlays: Overlays | None = None
        if overlays:
            self.overlays = Overlays(self.renderer, north_convergence_deg=grid_convergence(cx, cy, document.crs),
                                     legend_source=self.legend_sections, legend=legend, scale=overlay_scale)
        self._interactive = False
        self.preset: str | None = None   # the camera preset last applied (None: a saved or user camera)
        self._fxaa_at_rest: bool | None = None
        # progressive start: the very first frame uses the light meshes (a quick picture of a big city), and
        # asks for the full-detail frame right after
        self._first_frame_light = bool(progressive)
        self._observer = self.renderer.AddObserver("StartEvent", self._on_start_render)
        self._end_observer = self.renderer.AddObserver("EndEvent", self._on_end_render)
        # repeated frames of an unchanged scene are not drawn again (see _on_window_start)
        self._stamp = vtkTimeStamp()
        self._last_frame: tuple[int, tuple[int, int], float] | None = None
        self._undrawn: list[Any] = []
        self._picture_dirty = True           # something changed that only shows at the next frame
        self.frames_skipped = 0
        self._rw = rw
        self._rw_observers = [] if rw is None else [rw.AddObserver("StartEvent", self._on_window_start),
                                                    rw.AddObserver("EndEvent", self._on_window_end)]
        L = document.layers
        L.events.inserted.connect(self._on_inserted)
        L.events.removed.connect(self._on_removed)
        L.events.changed.connect(self._on_replaced)
        L.events.reordered.connect(self._restack)
        L.events.moved.connect(self._on_moved)
        L.events.begin_batch.connect(self._on_begin_batch)
        L.events.end_batch.connect(self._on_end_batch)
        document.selection.changed.connect(self._on_selection)
        for layer in list(L):
            self._add(layer)
        self._restack()
        if document.camera:
            self.apply_camera_state(document.camera)
        else:
            self.set_camera("station")

    #: a render window update rate at or above this means the camera is being moved (VTK interactor styles
    #: raise it to the interactor's rate, 15–30, while dragging, and drop it to 0.0001 when still)
    INTERACTIVE_RATE = 1.0

    def _on_start_render(self, *_: object) -> None:
        """Before every frame: light meshes while the camera moves, full ones at rest; overlays."""
        rw = self.renderer.GetRenderWindow() if self.renderer is not None else None
        inter = rw is not None and rw.GetDesiredUpdateRate() >= self.INTERACTIVE_RATE
        if self._first_frame_light:
            inter = True
        if inter != self._interactive:
            self.set_interactive(inter)
        if self._interactive:
            for ad in self.adapters.values():
                ad.update_lod(self.renderer)
        if self.overlays is not None:
            self.overlays.update()

    def _on_end_render(self, *_: object) -> None:
        self._picture_dirty = False
        if self._first_frame_light:
            self._first_frame_light = False
            self.first_frame_light = True
            self.request_render()          # the full-detail frame follows

    #: a repeated frame is only skipped this soon (seconds) after the frame it repeats
    REPEAT_WINDOW_S = 1.0

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
        for ad in self.adapters.values():
            ad.set_interactive(self._interactive)

    @property
    def interactive(self) -> bool:
        return self._interactive

    # -- layers → adapters ------------------------------------------------------------------------------------
    def dem(self, raster_id: int | None = None) -> Grid | None:
        """The DEM used for draping (``raster_id``, else the first terrain layer's, else the first DEM)."""
        if raster_id is None:
            for layer in self.document.layers:
                if layer.kind == "terrain" and layer.params.get("raster_id") is not None:
                    raster_id = layer.params["raster_id"]
                    break
        return self.dem_cache.get(raster_id)

    def _add(self, layer: Layer) -> None:
        try:
            adapter = adapter_class_for(layer)(layer, self)
        except Exception as exc:  # a broken layer must not break the scene
            self.errors[layer.id] = f"{type(exc).__name__}: {exc}"
            return
        self.errors.pop(layer.id, None)
        self.adapters[layer.id] = adapter
        if self._interactive:
            adapter.set_interactive(True)
        sel = self.document.selection.ids(layer.id)
        if sel:
            adapter.set_highlight(sel)

    def _on_inserted(self, index: int, layer: Layer) -> None:
        self._add(layer)
        if layer.kind == "terrain":
            self._update_exaggeration()
        self._restack()
        self._changed(legend=True)

    def _on_removed(self, index: int, layer: Layer) -> None:
        ad = self.adapters.pop(layer.id, None)
        if ad is not None:
            ad.close()
        self.errors.pop(layer.id, None)
        if layer.kind == "terrain":
            self._update_exaggeration()
        self._restack()
        self._changed(legend=True)

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
        self._changed(legend=True)

    def _on_begin_batch(self) -> None:
        pass

    def _on_end_batch(self) -> None:
        if self._dirty:
            self._dirty = False
            self.request_render()

    def _changed(self, legend: bool = False) -> None:
        """Something visible changed: mark the legend, and ask for a render unless a batch is open."""
        self._picture_dirty = True
        if legend and self.overlays is not None:
            self.overlays.mark_legend_dirty()
        if self.document.layers.in_batch:
            self._dirty = True
        else:
            self.request_render()

    def _on_selection(self, layer_id: str, ids: frozenset, origin: str) -> None:
        ad = self.adapters.get(layer_id)
        if ad is not None:
            ad.set_highlight(ids)
            self._changed()

    # -- exaggeration --------------------------------------------------------------------------------------------
    def _terrain_exaggeration(self) -> float:
        for layer in self.document.layers:
            if layer.kind == "terrain":
                try:
                    return max(0.01, float(layer.params.get("exaggeration") or 1.0))
                except (TypeError, ValueError):
                    return 1.0
        return 1.0

    def _update_exaggeration(self) -> None:
        e = self._terrain_exaggeration()
        if e != self.exaggeration:
            self.exaggeration = e
            for ad in self.adapters.values():
                ad.set_exaggeration(e)
            self.renderer.ResetCameraClippingRange()
            self._changed()

    # -- legend ----------------------------------------------------------------------------------------------------
    def set_overlay_text(self, text: OverlayText) -> None:
        """Use ``text`` for legend titles and the overlays' fixed words from now on (the app's language changed)."""
        self.overlay_text = text
        if self.overlays is not None:
            self.overlays.scale_note = text.scale_note
        self._changed(legend=True)

    def legend_entries(self, layer_id: str) -> list[LegendEntry]:
        """Legend entries of a layer as currently drawn (empty for unknown or broken layers)."""
        ad = self.adapters.get(layer_id)
        if ad is None:
            return []
        entries = ad.legend_entries()
        text = self.overlay_text
        # the entries for features without a value and for the rarest categories, in the UI's language
        words = {Style.null_label: text.no_value, Style.other_label: text.other_values}
        return [replace(e, label=words[e.label]) if e.value is None and e.label in words else e for e in entries]

    def legend_sections(self) -> list[tuple[str, list[LegendEntry]]]:
        """(title, entries) of the visible layers, top layer first — what the overlay legend shows."""
        text = self.overlay_text
        out = []
        for layer in reversed(list(self.document.layers)):
            ad = self.adapters.get(layer.id)
            if ad is None or not layer.visible:
                continue
            entries = self.legend_entries(layer.id)
            if not entries:
                continue
            if layer.style.mode == "single" or not layer.style.attribute:
                entries = [LegendEntry(layer.name, entries[0].color, None, entries[0].count)]
                out.append(("", entries))
            else:
                out.append((ad.legend_title(text.attribute_label), entries))
        # single-colour layers share one untitled section at the end
        titled = [s for s in out if s[0]]
        singles = [e for t, es in out if not t for e in es]
        if singles:
            titled.append((text.other_layers, singles))
        return titled

    # -- picking ----------------------------------------------------------------------------------------------------
    def _owner_of(self, prop: Any) -> tuple[LayerAdapter, int] | None:
        """The adapter drawing ``prop`` and the merged-mesh cell offset of that actor (tiles)."""
        if prop is None:
            return None
        for ad in self.adapters.values():
            off = ad.cell_offset_of(prop)
            if off is not None:
                return ad, off
        return None

    def _ray(self, x: float, y: float) -> tuple[np.ndarray, np.ndarray]:
        """World points at the near and far clipping planes under display (x, y)."""
        r = self.renderer
        out = []
        for z in (0.0, 1.0):
            r.SetDisplayPoint(float(x), float(y), z)
            r.DisplayToWorld()
            w = np.array(r.GetWorldPoint(), dtype=np.float64)
            out.append(w[:3] / (w[3] if w[3] else 1.0))
        return out[0], out[1]

    #: pick tolerance (fraction of the window diagonal) for clicks that miss every feature: ~3 px at 1280×800
    PICK_TOLERANCE = 0.002

    def _pick(self, x: float, y: float, tolerance: float = 0.0
              ) -> tuple[LayerAdapter, int, tuple[float, float, float]] | None:
        picker = vtkCellPicker()
        picker.SetTolerance(float(tolerance))
        p0, p1 = self._ray(x, y)
        # pad the tiles' bounds by the picker's tolerance (in world units at the far plane, generously)
        pad = max(float(tolerance), 1e-4) * float(np.linalg.norm(p1 - p0))
        for ad in self.adapters.values():
            if ad.actor is not None and ad.layer.visible and ad.actor.GetPickable():
                for loc in ad.pick_locators(p0, p1, pad):
                    picker.AddLocator(loc)
        if not picker.Pick(float(x), float(y), 0.0, self.renderer):
            return None
        owner = self._owner_of(picker.GetActor())
        if owner is None:
            return None
        ad, offset = owner
        return ad, offset + int(picker.GetCellId()), tuple(picker.GetPickPosition())

    def _pick_feature(self, x: float, y: float) -> tuple[LayerAdapter, int, tuple[float, float, float]] | None:
        """The surface exactly under (x, y) when it is a feature; else, for clicks next to small features, the
        nearest feature within :attr:`PICK_TOLERANCE` of the cursor; else what is exactly under it."""
        exact = self._pick(x, y, 0.0)
        if exact is not None and exact[0].has_features:
            return exact
        near = self._pick(x, y, self.PICK_TOLERANCE)
        if near is not None and near[0].has_features:
            return near
        return exact

    def pick_at(self, x: float, y: float) -> tuple[str, int] | None:
        """``(layer_id, feature_id)`` of the feature drawn at display position (x, y), or None (nothing, or the
        terrain / a raster, is there). The cell → feature mapping is the mesh's ``feature_id`` array."""
        hit = self._pick_feature(x, y)
        if hit is None:
            return None
        ad, cell, _ = hit
        if not ad.has_features:
            return None
        fid = ad.feature_id_for_cell(cell)
        return (ad.layer.id, fid) if fid is not None else None

    def pick_world(self, x: float, y: float) -> tuple[float, float, float] | None:
        """Project coordinates (X, Y, T.P. height Z) of the surface under display (x, y), or None."""
        hit = self._pick(x, y, 0.0) or self._pick(x, y, self.PICK_TOLERANCE)
        if hit is None:
            return None
        ad, cell, pos = hit
        return float(pos[0]), float(pos[1]), ad.true_z(pos, cell)

    def pick_rect(self, x0: float, y0: float, x1: float, y1: float) -> dict[str, list[int]]:
        """Feature ids of every visible feature layer with cells drawn in the display rectangle."""
        xa, xb = sorted((int(round(x0)), int(round(x1))))
        ya, yb = sorted((int(round(y0)), int(round(y1))))
        hidden = []
        for ad in self.adapters.values():  # highlights would hide the features under them
            a = ad.highlight_actor
            if a is not None and a.GetVisibility():
                hidden.append(a)
            # tiles that cannot reach the rectangle neither show nor hide anything in it: skip drawing them
            hidden += ad.tiles_outside(self.renderer, xa, ya, xb, yb)
        for a in hidden:
            a.SetVisibility(False)
        sel = vtkHardwareSelector()
        sel.SetRenderer(self.renderer)
        sel.SetArea(max(xa, 0), max(ya, 0), max(xb, 0), max(yb, 0))
        sel.SetFieldAssociation(vtkDataObject.FIELD_ASSOCIATION_CELLS)
        try:
            result = sel.Select()
        finally:
            for a in hidden:
                a.SetVisibility(True)
        out: dict[str, list[int]] = {}
        if result is None:
            return out
        for i in range(result.GetNumberOfNodes()):
            node = result.GetNode(i)
            prop = node.GetProperties().Get(vtkSelectionNode.PROP())
            owner = self._owner_of(prop)
            if owner is None or not owner[0].has_features:
                continue
            ad, offset = owner
            lst = node.GetSelectionList()
            if lst is None:
                continue
            cells = vtk_to_numpy(lst).astype(np.int64) + offset
            ids = ad.feature_ids_for_cells(cells)
            if len(ids):
                prev = out.get(ad.layer.id, [])
                out[ad.layer.id] = sorted(set(prev) | set(int(i) for i in ids))
        return out

    def qt_to_display(self, x: float, y: float, device_pixel_ratio: float = 1.0) -> tuple[float, float]:
        """Qt widget coordinates (top-left origin, logical pixels) → VTK display coordinates."""
        h = self.renderer.GetRenderWindow().GetSize()[1]
        return x * device_pixel_ratio, h - 1 - y * device_pixel_ratio

    # -- camera -----------------------------------------------------------------------------------------------------
    def _center_xy(self) -> tuple[float, float]:
        try:
            return station_xy(self.document.crs)
        except Exception:
            return 0.0, 0.0

    def scene_bounds(self, visible_only: bool = True) -> tuple[float, ...] | None:
        bs = []
        for layer in self.document.layers:
            ad = self.adapters.get(layer.id)
            if ad is None or (visible_only and not layer.visible):
                continue
            b = ad.bounds()
            if b is not None:
                bs.append(b)
        if not bs:
            return None
        a = np.array(bs)
        return (a[:, 0].min(), a[:, 1].max(), a[:, 2].min(), a[:, 3].max(), a[:, 4].min(), a[:, 5].max())

    def ground_height(self, x: float, y: float) -> float:
        """Terrain height (with exaggeration) at (x, y), 0 without a DEM."""
        grid = self.dem()
        if grid is None:
            b = self.scene_bounds()
            return float(b[4]) if b else 0.0
        z = float(grid.sample(np.array([x]), np.array([y]))[0])
        return (z if math.isfinite(z) else 0.0) * self.exaggeration

    def _look(self, focal: np.ndarray, heading_deg: float, elevation_deg: float, distance: float) -> None:
        cam = self.renderer.GetActiveCamera()
        cam.SetParallelProjection(False)
        h, e = math.radians(heading_deg), math.radians(elevation_deg)
        direction = np.array([math.sin(h) * math.cos(e), math.cos(h) * math.cos(e), -math.sin(e)])
        pos = focal - direction * distance
        cam.SetFocalPoint(*focal)
        cam.SetPosition(*pos)
        cam.SetViewUp(0.0, 0.0, 1.0)
        cam.OrthogonalizeViewUp()

    def set_camera(self, preset: str) -> None:
        """``'station'``: oblique view of Kaga Onsen Station; ``'city'``: oblique view of everything;
        ``'top'``: top-down 2D (parallel projection, north up)."""
        if preset not in PRESETS:
            raise ValueError(f"unknown camera preset {preset!r}; presets: {', '.join(PRESETS)}")
        b = self.scene_bounds() or self.scene_bounds(visible_only=False)
        cam = self.renderer.GetActiveCamera()
        if preset == "station" and b is not None and not self._station_in(b):
            preset = "city"         # a project elsewhere (another city's PLATEAU data): show what it has
        if preset == "station":
            sx, sy = self._center_xy()
            focal = np.array([sx, sy, self.ground_height(sx, sy)])
            v = STATION_VIEW
            self._look(focal, v["heading"], v["elevation"], v["distance"])
        elif preset == "city":
            if b is None:
                return self.set_camera("station")
            self._frame_oblique(b, heading_deg=10.0, elevation_deg=48.0)
        else:
            if b is None:
                sx, sy = self._center_xy()
                b = (sx - 1000, sx + 1000, sy - 1000, sy + 1000, 0, 10)
            focal = np.array([(b[0] + b[1]) / 2, (b[2] + b[3]) / 2, b[4]])
            cam.SetParallelProjection(True)
            cam.SetFocalPoint(*focal)
            cam.SetPosition(focal[0], focal[1], b[5] + 5000.0)
            cam.SetViewUp(0.0, 1.0, 0.0)
            w, h = self.renderer.GetSize()
            aspect = (w / h) if h else 1.0
            half_h = (b[3] - b[2]) / 2
            half_w = (b[1] - b[0]) / 2
            cam.SetParallelScale(max(half_h, half_w / max(aspect, 1e-6)) * 1.05)
        self._camera_done()
        self.preset = preset

    def _station_in(self, b: tuple[float, ...], margin: float = 2000.0) -> bool:
        """Whether Kaga Onsen Station lies within ``margin`` metres of the bounds ``b``."""
        sx, sy = self._center_xy()
        return b[0] - margin <= sx <= b[1] + margin and b[2] - margin <= sy <= b[3] + margin

    def _frame_oblique(self, b: tuple[float, ...], heading_deg: float, elevation_deg: float,
                       margin: float = 1.04) -> None:
        """Look at the box ``b`` from the given direction, as close as possible with all of it in view.

        Exact for the perspective frustum: every corner must satisfy |up| ≤ tan(vfov/2)·depth and
        |right| ≤ tan(hfov/2)·depth, where depth is the corner's distance along the viewing direction.
        """
        corners = np.array([[x, y, z] for x in b[0:2] for y in b[2:4] for z in b[4:6]], dtype=np.float64)
        focal = corners.mean(axis=0)
        self._look(focal, heading_deg, elevation_deg, 1.0)
        cam = self.renderer.GetActiveCamera()
        forward = focal - np.array(cam.GetPosition())
        forward /= np.linalg.norm(forward)
        up = np.array(cam.GetViewUp())
        right = np.cross(forward, up)
        w, h = self.renderer.GetSize()
        tan_v = math.tan(math.radians(cam.GetViewAngle()) / 2)
        tan_h = tan_v * ((w / h) if w and h else 1.0)
        rel = corners - focal
        need = np.maximum(np.abs(rel @ up) / tan_v, np.abs(rel @ right) / tan_h) * margin - rel @ forward
        self._look(focal, heading_deg, elevation_deg, max(float(need.max()), 50.0))
        self.renderer.ResetCameraClippingRange()

    def _fit(self, bounds: tuple[float, ...], min_radius: float = 60.0) -> None:
        b = np.array(bounds, dtype=np.float64)
        c = (b[0::2] + b[1::2]) / 2
        half = np.maximum((b[1::2] - b[0::2]) / 2, min_radius / math.sqrt(3))
        b = np.ravel(np.column_stack([c - half, c + half]))
        cam = self.renderer.GetActiveCamera()
        if cam.GetParallelProjection():
            cam.SetFocalPoint(*c)
            pos = np.array(cam.GetPosition())
            cam.SetPosition(c[0], c[1], max(pos[2], b[5] + 1000))
            w, h = self.renderer.GetSize()
            aspect = (w / h) if h else 1.0
            cam.SetParallelScale(max(half[1], half[0] / max(aspect, 1e-6)) * 1.2)
        else:
            self.renderer.ResetCamera(*b)
        self._camera_done()

    def zoom_to_layer(self, layer_id: str) -> bool:
        """Frame a layer (keeping the viewing direction); False if it has nothing drawn."""
        ad = self.adapters.get(layer_id)
        b = ad.bounds() if ad is not None else None
        if b is None:
            return False
        self._fit(b)
        return True

    def zoom_to_features(self, layer_id: str, ids: Iterable[int]) -> bool:
        """Frame the given features of a layer; False if none of them is drawn."""
        ad = self.adapters.get(layer_id)
        b = ad.bounds(ids) if ad is not None else None
        if b is None:
            return False
        self._fit(b)
        return True

    def camera_state(self) -> dict[str, Any]:
        """JSON-serialisable camera (project coordinates), for ``document.save_state(camera=...)``."""
        cam = self.renderer.GetActiveCamera()
        return {"position": list(cam.GetPosition()), "focal_point": list(cam.GetFocalPoint()),
                "view_up": list(cam.GetViewUp()), "view_angle": cam.GetViewAngle(),
                "parallel_projection": bool(cam.GetParallelProjection()),
                "parallel_scale": cam.GetParallelScale()}

    def apply_camera_state(self, state: dict[str, Any]) -> None:
        """Restore :meth:`camera_state` output, or a preset given as ``{"preset": name}``."""
        if not state:
            return
        if "preset" in state and "position" not in state:
            self.set_camera(state["preset"])
            return
        cam = self.renderer.GetActiveCamera()
        try:
            cam.SetParallelProjection(bool(state.get("parallel_projection", False)))
            cam.SetPosition(*[float(v) for v in state["position"]])
            cam.SetFocalPoint(*[float(v) for v in state["focal_point"]])
            cam.SetViewUp(*[float(v) for v in state.get("view_up", (0, 0, 1))])
            if state.get("view_angle"):
                cam.SetViewAngle(float(state["view_angle"]))
            if state.get("parallel_scale"):
                cam.SetParallelScale(float(state["parallel_scale"]))
        except (KeyError, TypeError, ValueError):
            self.set_camera("station")
            return
        self._camera_done()

    def _camera_done(self) -> None:
        # tell pyvista the camera is set, or its first render replaces it with an isometric default
        try:
            self.renderer.camera_set = True
        except AttributeError:  # a plain vtkRenderer
            pass
        self.renderer.ResetCameraClippingRange()
        self._changed()

    def on_camera_changed(self, *_: object) -> None:
        """Call after moving the camera programmatically; overlays also refresh on every render."""
        self._picture_dirty = True
        self.renderer.ResetCameraClippingRange()
        self.request_render()

    def refresh(self, kinds: Iterable[str] | None = None) -> None:
        """The store changed (an import): reload rasters and rebuild the adapters of the given layer kinds
        (all when None; terrain first, as the others drape on it). Restyles see the new values too."""
        self.dem_cache = DemCache(self.document.store)
        self.document.invalidate()
        wanted = set(kinds) if kinds is not None else None
        if wanted is not None and "terrain" in wanted:
            wanted |= {"roads", "vector", "raster"}       # they drape on the DEM
        order = sorted(self.document.layers, key=lambda v: v.kind != "terrain")
        for layer in order:
            if wanted is not None and layer.kind not in wanted:
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
        self.exaggeration = self._terrain_exaggeration()
        self._restack()
        self._changed(legend=True)

    # -- misc --------------------------------------------------------------------------------------------------------
    def adapter(self, layer_id: str) -> LayerAdapter | None:
        return self.adapters.get(layer_id)

    def feature_counts(self) -> dict[str, int]:
        """Features drawn per layer id (for the status bar)."""
        return {lid: len(ad.fids) for lid, ad in self.adapters.items() if ad.has_features}

    def set_title(self, text: str) -> None:
        if self.overlays is not None:
            self.overlays.set_title(text)
            self._changed()

    def close(self) -> None:
        """Disconnect from the document, remove every actor and overlay, release VTK objects."""
        if self._closed:
            return
        self._closed = True
        L = self.document.layers
        for sig, slot in ((L.events.inserted, self._on_inserted), (L.events.removed, self._on_removed),
                          (L.events.changed, self._on_replaced), (L.events.reordered, self._restack),
                          (L.events.moved, self._on_moved), (L.events.begin_batch, self._on_begin_batch),
                          (L.events.end_batch, self._on_end_batch)):
            sig.disconnect(slot)
        self.document.selection.changed.disconnect(self._on_selection)
        for ad in self.adapters.values():
            ad.close()
        self.adapters.clear()
        if self._fxaa_at_rest is not None:          # closed while moving: the window keeps its FXAA setting
            self.renderer.SetUseFXAA(self._fxaa_at_rest)
            self._fxaa_at_rest = None
        if self._observer is not None:
            self.renderer.RemoveObserver(self._observer)
            self.renderer.RemoveObserver(self._end_observer)
            self._observer = None
        for tag in self._rw_observers:
            self._rw.RemoveObserver(tag)
        self._rw_observers = []
        self._rw = None
        if self.overlays is not None:
            self.overlays.remove()
            self.overlays = None
        self.dem_cache = DemCache(self.document.store)
        self.request_render = lambda: None
        self.renderer = None
        self.plotter = None


__all__ = ["PRESETS", "SceneController"]
