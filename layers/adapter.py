"""Render adapters: one per layer, turning a :class:`~twin.layer.Layer` into VTK actors (napari's pattern).

An adapter subscribes to its layer's events and applies each change as cheaply as possible:

* ``visible`` / ``opacity`` → actor properties;
* ``style`` → one recolour: new colours written **in place** into the mesh's ``rgba`` array (same mesh object,
  same points array; only the colour array is modified) and one legend refresh;
* ``params`` → only the keys listed in :attr:`LayerAdapter.geometry_params` rebuild the mesh
  (e.g. ``lod``); others are applied in place;
* terrain exaggeration (scene-wide) → only the points' z column is rewritten.

Meshes are one merged triangulated :class:`pyvista.PolyData` per layer with cell arrays ``feature_id``
(int64) and ``rgba`` (uint8 × 4). The adapter builds the mesh (subclasses: :meth:`LayerAdapter.build_mesh`)
and hands the other jobs to small parts:

* :class:`~layers.feature_index.FeatureIndex` (``features``): cells ↔ features;
* :class:`~layers.tiled_drawing.TiledDrawing` (``drawing``): actors, spatial tiles and the light / far
  stand-ins drawn while the camera moves (their level of detail: :mod:`layers.lod`);
* :class:`~layers.coloring.Coloring` (``coloring``): attribute values, classification, legend, recolour count;
* :class:`~layers.highlight.Highlight` (``highlight``): the selected features drawn over the layer;
* :class:`~layers.labels.FeatureLabels` (``labels``): the style's label attribute as text at the features.

It reaches the scene only through :class:`~layers.services.SceneServices`. What the scene needs to know about a
kind of layer — also before its adapter exists — is a class attribute here (``provides_ground``,
``exaggeration_param``, ``drapes``, ``color_by_priority``), read through :func:`adapter_class_for`.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from typing import Any

import numpy as np
import pyvista as pv
from vtkmodules.vtkRenderingCore import vtkActor

from layers.actors import make_actor
from layers.coloring import Coloring
from layers.feature_index import FeatureIndex
from layers.highlight import HIGHLIGHT_COLOR, HIGHLIGHT_EDGE, Highlight
from layers.labels import FeatureLabels
from layers.lod import LodRules
from layers.registry import adapter_class_for, register_adapter, registered_kinds
from layers.services import SceneServices
from layers.tiled_drawing import StandIn, TiledDrawing
from layers.tiles import TileSet, sort_cells_by_tile, tile_count
from twin.clock import EventIndex, as_epoch, latest_mask, time_mask
from twin.document import attribute_label, key_positions, since_by_feature
from twin.layer import Layer
from twin.style import LegendEntry


class LayerAdapter:
    """Base adapter. Subclasses implement :meth:`build_mesh` (returning a PolyData with, for feature layers, a
    ``feature_id`` cell array) and may override the hooks (``make_light``, ``make_far``, ``configure_actor``,
    ``element_colors``, ``apply_params`` …)."""

    # -- what the scene asks of a kind (class attributes, read before an adapter exists) ----------------------
    #: the layer carries the ground: the DEM other layers drape on is its ``raster_id`` param
    provides_ground: bool = False
    #: the param of this kind that exaggerates heights scene-wide (None: it does not)
    exaggeration_param: str | None = None
    #: the layer stands on the DEM (rebuilt when the ground's rasters change)
    drapes: bool = False
    #: "colour by an attribute" tries visible layers in this order (lower first)
    color_by_priority: int = 1

    # -- how the layer is drawn ------------------------------------------------------------------------------
    #: params keys whose change rebuilds the geometry
    geometry_params: tuple[str, ...] = ()
    #: True when cells carry ``feature_id`` (pickable features)
    has_features: bool = True
    #: where the colour array lives: "cell" or "point"
    color_association: str = "cell"
    #: build the light (interaction) representation with the mesh instead of at the first interaction
    light_eager: bool = False
    #: draw big meshes with one actor per spatial tile (:mod:`layers.tiles`; the cells are then ordered by tile)
    tiling: bool = False
    #: tile from this many cells (None: :data:`layers.tiles.TILE_MIN_CELLS`; a lower value wins)
    tile_min_cells: int | None = None
    #: the budget of moving frames for tiled layers (:class:`layers.lod.LodRules`)
    lod_rules: LodRules = LodRules()

    def __init__(self, layer: Layer, scene: SceneServices):
        self.layer = layer
        #: the scene, as adapters may see it
        self.scene = scene
        self.document = scene.document
        self.mesh: pv.PolyData | None = None
        self.features = FeatureIndex()
        self.drawing = TiledDrawing(scene, association=self.color_association, pickable=self.pickable,
                                    lod_rules=self.lod_rules)
        self.coloring = Coloring(layer, self.document, derived=self.time_attribute_values)
        self.highlight = Highlight(scene)
        self.labels = FeatureLabels(self)
        self.selected: frozenset[int] = frozenset()
        self.z_order = 0
        self.exaggeration = scene.exaggeration
        self.build_count = 0
        self.warnings: list[str] = []
        self._z0: np.ndarray | None = None            # point z at exaggeration 1
        self._zground: np.ndarray | None = None       # terrain height under each point
        self._time_values: tuple | None = None         # (ids, start, end, pos, known) of a temporal layer, per build
        self._time_events: tuple[EventIndex, np.ndarray] | None = None   # since / latest: events, read once per build
        self._connect()
        self.rebuild()

    # -- events ------------------------------------------------------------------------------------------
    def _slots(self) -> list[tuple[Any, Callable]]:
        ev = self.layer.events
        return [(ev.visible, self._on_visible), (ev.opacity, self._on_opacity), (ev.style, self._on_style),
                (ev.params, self._on_params), (ev.source, self._on_source), (ev.name, self._on_name)]

    def _connect(self) -> None:
        for sig, slot in self._slots():
            sig.connect(slot)

    def _disconnect(self) -> None:
        for sig, slot in self._slots():
            sig.disconnect(slot)

    def _on_name(self, new: str, old: str = None) -> None:
        self.scene.changed(legend=True)          # the legend shows layer names

    @property
    def shown(self) -> bool:
        """The layer's own visibility and its group's (``document.tree``)."""
        return self.document.tree.is_shown(self.layer)

    def _on_visible(self, value: bool = None, old: bool = None) -> None:
        self.apply_visibility()
        self.scene.changed(legend=True)

    def apply_visibility(self) -> None:
        """Show or hide the actors as the layer and its group say."""
        self.drawing.set_visible(self.shown)
        self.highlight.set_visible(self.shown)
        self.labels.set_visible(self.shown)

    def _on_opacity(self, value: float, old: float = None) -> None:
        self.drawing.set_opacity(value)
        self.scene.changed()

    def _on_style(self, new: Any = None, old: Any = None) -> None:
        self.apply_style()
        self.scene.changed(legend=True)

    def _on_params(self, new: dict, old: dict) -> None:
        changed = {k for k in set(new) | set(old or {}) if (old or {}).get(k) != new.get(k)}
        if changed & set(self.geometry_params):
            self.rebuild()
        else:
            self.apply_params(changed)
        if self.exaggeration_param in changed:
            self.scene.exaggeration_changed()
        self.scene.changed(legend=True)

    def _on_source(self, new: str, old: str) -> None:
        self.coloring.forget_values()
        self._time_values = self._time_events = None
        self.rebuild()
        self.scene.changed(legend=True)

    # -- building ------------------------------------------------------------------------------------------
    def build_mesh(self) -> pv.PolyData:
        """Hook: the layer's merged mesh from the store (may set ``_zground``, the ground under each point)."""
        raise NotImplementedError

    def rebuild(self) -> None:
        """(Re)build the geometry from the store and (re)create the actor(s)."""
        self.drawing.release()
        self.highlight.clear()
        self.warnings = []
        self.coloring.forget_values()
        self._time_values = self._time_events = None
        mesh = self.build_mesh()
        self.build_count += 1
        self.features = FeatureIndex.of_mesh(mesh) if self.has_features else FeatureIndex()
        mesh, ranges = self._tile(mesh)
        self.mesh = mesh
        if mesh.n_points:
            self._z0 = np.array(mesh.points[:, 2], dtype=np.float64)
            if self._zground is None or len(self._zground) != mesh.n_points:
                self._zground = np.zeros(mesh.n_points)
        self.drawing.draw(mesh, ranges, self.configure_actor, self.layer.opacity)
        if self.light_eager or self.interactive:
            self._build_light()
        self.drawing.set_z_order(self.z_order)
        if self.exaggeration != 1.0:
            self.apply_exaggeration()
        self.apply_style()
        self.drawing.set_visible(self.shown)
        if self.selected:
            self.set_highlight(self.selected)

    def _tile(self, mesh: pv.PolyData) -> tuple[pv.PolyData, np.ndarray | None]:
        """Sort a big mesh's cells by spatial tile (features stay whole within a tile; layers without features
        are tiled cell by cell); returns the mesh and the cell range of each tile (None: not tiled)."""
        n_tiles = tile_count(mesh.n_cells, self.tile_min_cells) if self.tiling else 1
        if n_tiles <= 1:
            return mesh, None
        f = self.features
        groups, n_groups = (f.cell_fidx, len(f)) if len(f) else (np.arange(mesh.n_cells), mesh.n_cells)
        res = sort_cells_by_tile(mesh, groups, n_groups, n_tiles)
        if res is None:
            return mesh, None
        mesh, order, ranges, group_tile = res
        if len(f):
            f.cells_reordered(order, group_tile)
        self.cells_reordered(order)
        return mesh, ranges

    def cells_reordered(self, order: np.ndarray) -> None:
        """Hook: the built mesh's cells were reordered by tile (new cell i = old cell ``order[i]``); reorder any
        per-cell data kept outside the mesh."""

    def configure_actor(self, actor: vtkActor) -> None:
        """Hook: material, line width, point size … (called after each build)."""
        prop = actor.GetProperty()
        prop.SetAmbient(0.25)
        prop.SetDiffuse(0.8)
        prop.SetSpecular(0.0)

    def configure_light_actor(self, actor: vtkActor) -> None:
        """Hook: the light stand-in's actors (default: like the full mesh's)."""
        self.configure_actor(actor)

    def apply_params(self, keys: set[str]) -> None:
        """Hook: apply param changes that do not need new geometry."""

    @property
    def pickable(self) -> bool:
        return self.has_features

    # -- light representation while the camera moves ----------------------------------------------------------
    def make_light(self) -> StandIn | None:
        """Hook: a cheaper version of the mesh drawn while the camera moves (index: light element → full
        element; ``z`` when it has points of its own). Default: none."""
        return None

    def make_far(self, light: StandIn) -> StandIn | None:
        """Hook for tiled layers: far stand-ins (one triangle per feature with its own three points, ordered by
        tile, coloured per point; ``index`` far cell → a full cell of its feature, ``ranges`` per tile, ``z``,
        and ``feature_size``, the typical feature size per tile in metres). Default: none."""
        return None

    def _build_light(self) -> None:
        d = self.drawing
        if d.light_actor is not None or self.mesh is None or not self.mesh.n_cells:
            return
        light = self.make_light()
        if light is None or light.mesh is None or not light.mesh.n_cells:
            return
        d.add_light(light, self.configure_light_actor, self.layer.opacity)
        if d.tiles is not None and d.light_tiles is not None:
            far = self.make_far(light)
            if far is not None:
                d.add_far(far, self.configure_actor, self.layer.opacity)
        d.set_z_order(self.z_order)
        if (light.z is not None or (d.far is not None and d.far.z is not None)) and self.exaggeration != 1.0:
            self.apply_exaggeration()
        if d.last_rgba is not None:
            d.write_stand_in_colors()
            self.colors_written()

    @property
    def interactive(self) -> bool:
        return self.drawing.interactive

    def set_interactive(self, on: bool) -> None:
        """Draw the light representation (``on``, while the camera moves) or the full one."""
        on = bool(on)
        if on == self.drawing.interactive:
            return
        if on:
            self._build_light()
        self.drawing.set_moving(on)

    def update_lod(self, renderer) -> None:
        """Before every frame while moving: each tile's representation for the camera (tiled layers)."""
        self.drawing.update_lod(renderer)

    # -- colours -------------------------------------------------------------------------------------------
    def element_colors(self) -> tuple[np.ndarray | None, list[LegendEntry]]:
        """Hook: the colour of every cell (or point) and the legend, from the layer's style. Default: per
        feature (None when the mesh has no features)."""
        f = self.features
        rgba, legend = self.coloring.feature_colors(f.fids)
        hidden = self.hidden_at_time()
        if hidden is not None and hidden.any():
            rgba = rgba.copy()
            rgba[hidden, 3] = 0          # not on the clock now: fully transparent cells are not drawn
        return (rgba[f.cell_fidx] if len(f.cell_fidx) else None), legend

    # -- time ----------------------------------------------------------------------------------------------
    def hidden_at_time(self) -> np.ndarray | None:
        """Per feature (aligned with :attr:`fids`): True where the twin's clock hides it; None for layers not on
        the clock (and for ``since`` layers, which show every feature). The layer's times are read once per
        build; a clock step only recomputes this mask (``latest``: one search over the keys' events)."""
        spec = self.layer.time
        if spec is None or not self.has_features or not len(self.features.fids) or spec.kind == "since":
            return None
        if spec.kind == "latest":
            index, event_feature = self.time_events()
            shown = latest_mask(index, self.document.clock, spec.max_age)
            shown &= event_feature >= 0
            hidden = np.ones(len(self.features.fids), bool)
            hidden[event_feature[shown]] = False
            return hidden
        if self._time_values is None:
            ids, start, end = self.document.time_values(self.layer)
            if spec.kind != "year":           # epoch seconds once, not at every step
                start = as_epoch(np.asarray(start))
                end = as_epoch(np.asarray(end)) if end is not None else None
            pos = np.clip(np.searchsorted(ids, self.features.fids), 0, max(len(ids) - 1, 0))
            known = ids[pos] == self.features.fids if len(ids) else np.zeros(len(self.features.fids), bool)
            self._time_values = (ids, start, end, pos, known)
        ids, start, end, pos, known = self._time_values
        if not len(ids):
            return np.zeros(len(self.features.fids), bool)
        shown = time_mask(spec, start, end, self.document.clock)
        return known & ~shown[pos]

    def time_events(self) -> tuple[EventIndex, np.ndarray]:
        """A ``since`` / ``latest`` layer's :class:`~twin.clock.EventIndex` (read once per build) and where its
        keys meet the mesh: since — per feature (aligned with :attr:`fids`) the position of its key (−1: no
        events); latest — per event the position of its row's feature in :attr:`fids` (−1: not drawn)."""
        if self._time_events is None:
            index = self.document.time_events(self.layer)
            fids = self.features.fids
            if self.layer.time.kind == "since":
                pos = key_positions(index, fids)
            elif index.rows is not None and len(fids):
                p = np.clip(np.searchsorted(fids, index.rows), 0, len(fids) - 1)
                pos = np.where(fids[p] == index.rows, p, -1)
            else:
                pos = np.full(index.n_events, -1, np.int64)
            self._time_events = (index, pos)
        return self._time_events

    def time_attribute_values(self, attribute: str, fids: np.ndarray) -> np.ndarray | None:
        """Values of an attribute the clock derives (a ``since`` layer's hours since the latest event at the
        clock's time) aligned with ``fids``; None for any other attribute (the colouring reads it from the store)."""
        spec = self.layer.time
        if spec is None or attribute != spec.value_attribute:
            return None
        index, pos = self.time_events()
        if fids is not self.features.fids and not np.array_equal(fids, self.features.fids):
            pos = key_positions(index, fids)
        return since_by_feature(index, fids, self.document.clock, positions=pos)

    def apply_time(self) -> None:
        """The clock moved: recolour (a temporal layer only; never new geometry)."""
        if self.layer.time is not None:
            self.apply_style()

    def apply_style(self) -> None:
        """Recolour: compute the colours and write them into the existing ``rgba`` arrays (no new geometry).
        Counted in :attr:`recolor_count`."""
        if self.mesh is None:
            return
        values, legend = self.element_colors()
        self.coloring.recolored(legend)
        if values is not None:
            self.drawing.write_colors(values)
            self.colors_written()
        self.labels.refresh()

    def colors_written(self) -> None:
        """Hook: new colours reached the mesh and its stand-ins."""

    @property
    def recolor_count(self) -> int:
        """How many times the layer was recoloured (one per style event and one per build)."""
        return self.coloring.recolor_count

    def feature_values(self, attribute: str) -> np.ndarray:
        """Values of ``attribute`` aligned with :attr:`fids` (cached per attribute)."""
        return self.coloring.feature_values(attribute, self.features.fids)

    def legend_entries(self) -> list[LegendEntry]:
        return list(self.coloring.legend)

    def legend_title(self, label: Callable[[str], str] = attribute_label) -> str:
        """'layer: attribute' for a classified style (``label`` names the attribute), else the layer name."""
        st = self.layer.style
        if st.mode != "single" and st.attribute:
            return f"{self.layer.name}: {label(st.attribute)}"
        return self.layer.name

    # -- features ------------------------------------------------------------------------------------------
    @property
    def fids(self) -> np.ndarray:
        """Sorted unique feature ids drawn by the layer."""
        return self.features.fids

    def feature_ids_for_cells(self, cell_ids: Iterable[int]) -> np.ndarray:
        return self.features.ids_for_cells(cell_ids)

    def cells_drawn(self, cell_ids: Iterable[int]) -> np.ndarray:
        """Which of the picked cells show a feature now: not those the clock hides (drawn with alpha 0), so a
        click never finds a report not yet received or a fix outside the trail."""
        cells = np.asarray(list(cell_ids) if not isinstance(cell_ids, np.ndarray) else cell_ids, np.int64)
        rgba = self.drawing.last_rgba
        if rgba is None or self.drawing.association != "cell" or self.mesh is None or len(rgba) != self.mesh.n_cells:
            return np.ones(len(cells), bool)
        ok = (cells >= 0) & (cells < len(rgba))
        out = np.zeros(len(cells), bool)
        out[ok] = rgba[cells[ok], 3] > 0
        return out

    def feature_id_for_cell(self, cell_id: int) -> int | None:
        return self.features.id_for_cell(cell_id)

    def cells_for_features(self, ids: Iterable[int]) -> np.ndarray:
        """Cell ids of the given features (ids not in the mesh are ignored)."""
        return self.features.cells_for(ids)

    def bounds(self, ids: Iterable[int] | None = None) -> tuple[float, ...] | None:
        """(xmin, xmax, ymin, ymax, zmin, zmax) of the whole layer or of the given features."""
        if self.mesh is None or self.mesh.n_points == 0:
            return None
        if ids is None:
            return tuple(self.mesh.bounds)
        cells = self.cells_for_features(ids)
        if not len(cells):
            return None
        return tuple(self.mesh.extract_cells(cells).bounds)

    # -- highlight -----------------------------------------------------------------------------------------
    def set_highlight(self, ids: Iterable[int]) -> None:
        """Draw the given features highlighted (a second actor over extracted cells); empty clears."""
        self.selected = frozenset(int(i) for i in ids)
        self.highlight.clear()
        if not self.selected or self.mesh is None:
            return
        cells = self.cells_for_features(self.selected)
        if not len(cells):
            return
        actor = self.actor
        self.highlight.show(self.mesh, cells, visible=self.shown, z_order=self.z_order,
                            layer_prop=actor.GetProperty() if actor is not None else None)

    @property
    def highlight_actor(self) -> vtkActor | None:
        return self.highlight.actor

    @property
    def highlight_mesh(self) -> pv.DataSet | None:
        return self.highlight.mesh

    # -- z order and exaggeration ----------------------------------------------------------------------------
    def set_z_order(self, index: int) -> None:
        """Later layers win over coplanar earlier ones (polygon offset grows with the index)."""
        self.z_order = int(index)
        self.drawing.set_z_order(self.z_order)

    def set_exaggeration(self, e: float) -> None:
        if float(e) == self.exaggeration:
            return
        self.exaggeration = float(e)
        self.apply_exaggeration()

    def apply_exaggeration(self) -> None:
        """z = z0 + (e − 1) · ground: keeps heights above ground, lifts the ground with the terrain."""
        if self.drawing.apply_z(self.exaggeration, self._z0, self._zground):
            self.labels.moved()
            if self.selected:
                self.set_highlight(self.selected)

    def true_z(self, point: tuple[float, float, float], cell_id: int) -> float:
        """T.P. height of a picked point (undoing the vertical exaggeration)."""
        if self.exaggeration == 1.0 or self.mesh is None or self._zground is None:
            return float(point[2])
        ids = self.mesh.get_cell(cell_id).point_ids
        ground = float(np.mean(self._zground[ids])) if len(ids) else 0.0
        return float(point[2] - (self.exaggeration - 1.0) * ground)

    # -- what is drawn (for tests, picking and diagnostics) ---------------------------------------------------
    @property
    def actor(self) -> vtkActor | None:
        """The full mesh's (first tile's) actor."""
        return self.drawing.actor

    @property
    def tiles(self) -> TileSet | None:
        return self.drawing.tiles

    @property
    def tiled(self) -> bool:
        return self.drawing.tiles is not None

    @property
    def light_actor(self) -> vtkActor | None:
        return self.drawing.light_actor

    @property
    def light_mesh(self) -> pv.PolyData | None:
        return self.drawing.light.mesh if self.drawing.light is not None else None

    @property
    def light_index(self) -> np.ndarray | None:
        return self.drawing.light.index if self.drawing.light is not None else None

    def actors(self) -> list[vtkActor]:
        return [a for a in (*self.drawing.all_actors(), self.highlight.actor) if a is not None]

    # -- lifecycle ---------------------------------------------------------------------------------------------
    def close(self) -> None:
        """Disconnect from the layer and remove the actors; drops every VTK reference."""
        self._disconnect()
        self.drawing.release()
        self.highlight.clear()
        self.labels.close()
        self.mesh = None
        self.coloring.close()
        self.coloring.derived = None
        self._time_values = self._time_events = None
        self.scene = None

    def __repr__(self) -> str:
        n = self.mesh.n_cells if self.mesh is not None else 0
        return f"<{type(self).__name__} {self.layer.name!r}: {len(self.fids)} features, {n} cells>"


__all__ = ["HIGHLIGHT_COLOR", "HIGHLIGHT_EDGE", "LayerAdapter", "StandIn", "adapter_class_for", "make_actor",
           "register_adapter", "registered_kinds"]
