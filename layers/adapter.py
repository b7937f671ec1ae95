"""Render adapters: one per layer, turning a :class:`~twin.layer.Layer` into VTK actors (napari's pattern).

An adapter subscribes to its layer's events and applies each change as cheaply as possible:

* ``visible`` / ``opacity`` → actor properties;
* ``style`` → recompute the colour array and write it **in place** into the mesh's ``rgba`` array
  (same mesh object, same points array; only the colour array is modified);
* ``params`` → only the keys listed in :attr:`LayerAdapter.geometry_params` rebuild the mesh
  (e.g. ``lod``); others are applied in place;
* terrain exaggeration (scene-wide) → only the points' z column is rewritten.

Meshes are one merged triangulated :class:`pyvista.PolyData` per layer with cell arrays ``feature_id``
(int64) and ``rgba`` (uint8 × 4). Selected features are drawn by a second, small actor made with
``extract_cells``. Big meshes of adapters with ``tiling = True`` are drawn by one actor per spatial tile
(:mod:`layers.tiles`: 16–64 tiles sharing the merged mesh's points and arrays; the merged mesh stays the data
model), so VTK culls what is off screen; while the camera moves each tile shows full detail, the light mesh
or far stand-ins (:meth:`LayerAdapter.update_lod`).

Adapters are found by :func:`adapter_class_for`: first by the layer's ``kind`` string, then by walking the
layer's class MRO (so a ``Layer`` subclass may register its own adapter with :func:`register_adapter`).
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from typing import TYPE_CHECKING, Any

import numpy as np
import pyvista as pv
from vtkmodules.vtkRenderingCore import vtkActor, vtkPolyDataMapper

from layers.tiles import TileSet, project_boxes, ray_hits_boxes, sort_cells_by_tile, tile_count
from twin.document import attribute_label
from twin.layer import Layer
from twin.style import LegendEntry

if TYPE_CHECKING:  # pragma: no cover
    from layers.scene import SceneController

_REGISTRY: dict[Any, type["LayerAdapter"]] = {}

#: selection highlight: cyan with dark blue edges, a hue no usage, flood or terrain colour uses (houses are yellow)
HIGHLIGHT_COLOR = (0, 229, 255)
HIGHLIGHT_EDGE = (0, 60, 140)


def register_adapter(key: str | type) -> Callable[[type["LayerAdapter"]], type["LayerAdapter"]]:
    """Class decorator: register an adapter for a layer kind (``"buildings"``) or a Layer subclass."""

    def deco(cls: type[LayerAdapter]) -> type[LayerAdapter]:
        _REGISTRY[key] = cls
        return cls

    return deco


def adapter_class_for(layer: Layer) -> type["LayerAdapter"]:
    """The adapter class for ``layer``: by class MRO first (subclasses win), then by ``kind``."""
    for cls in type(layer).__mro__:
        if cls in _REGISTRY and cls is not Layer:
            return _REGISTRY[cls]
    if layer.kind in _REGISTRY:
        return _REGISTRY[layer.kind]
    if Layer in _REGISTRY:
        return _REGISTRY[Layer]
    raise KeyError(f"no renderer for layer kind {layer.kind!r}; known: {sorted(k for k in _REGISTRY if isinstance(k, str))}")


def registered_kinds() -> list[str]:
    return sorted(k for k in _REGISTRY if isinstance(k, str))


def make_actor(mesh: pv.DataSet, *, scalars: str | None = "rgba", association: str = "cell",
               pickable: bool = True, color: tuple[float, float, float] | None = None) -> vtkActor:
    """A plain actor over ``mesh`` colouring by the uint8 RGBA array ``scalars`` (direct colours)."""
    mapper = vtkPolyDataMapper() if isinstance(mesh, pv.PolyData) else _dataset_mapper()
    mapper.SetInputData(mesh)
    if scalars is not None:
        mapper.ScalarVisibilityOn()
        if association == "cell":
            mapper.SetScalarModeToUseCellFieldData()
        else:
            mapper.SetScalarModeToUsePointFieldData()
        mapper.SelectColorArray(scalars)
        mapper.SetColorModeToDirectScalars()
    else:
        mapper.ScalarVisibilityOff()
    mapper.SetResolveCoincidentTopologyToPolygonOffset()
    actor = pv.Actor(mapper=mapper)
    actor.SetPickable(bool(pickable))
    if color is not None:
        actor.GetProperty().SetColor(*color)
    return actor


def _highlight_geometry(sub: pv.DataSet) -> pv.PolyData:
    """The picked cells in the highlight colour, with the outlines of their faces (not the triangulation's
    diagonals) in the edge colour: one PolyData with a direct-colour ``rgba`` cell array."""
    surf = sub.extract_surface(algorithm=None) if not isinstance(sub, pv.PolyData) else sub
    surf = surf.copy(deep=False)
    surf.cell_data.clear()
    surf.point_data.clear()
    surf.cell_data["rgba"] = np.tile(np.array([*HIGHLIGHT_COLOR, 255], np.uint8), (surf.n_cells, 1))
    if not surf.GetNumberOfPolys() + surf.GetNumberOfStrips():
        return surf  # points and lines: drawn in the highlight colour, wider
    outline = surf.extract_feature_edges(feature_angle=20.0, boundary_edges=True, feature_edges=True,
                                         manifold_edges=False, non_manifold_edges=False)
    outline.clear_data()
    outline.cell_data["rgba"] = np.tile(np.array([*HIGHLIGHT_EDGE, 255], np.uint8), (outline.n_cells, 1))
    return surf.merge(outline, merge_points=False)


def _static_locator(dataset):
    from vtkmodules.vtkCommonDataModel import vtkStaticCellLocator

    loc = vtkStaticCellLocator()
    loc.SetDataSet(dataset)
    loc.BuildLocator()
    return loc


def _dataset_mapper():
    from vtkmodules.vtkRenderingCore import vtkDataSetMapper

    return vtkDataSetMapper()


class LayerAdapter:
    """Base adapter. Subclasses implement :meth:`build_mesh` (returning a PolyData with ``rgba`` and, for
    feature layers, ``feature_id`` cell arrays) and may override the hooks."""

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
    #: while moving, tiled layers draw about this many cells at most (unless their roofs alone need more):
    #: tiles are drawn in full detail, biggest-looking first, as far as it goes …
    LOD_BUDGET = 120_000
    #: … if their typical feature spans at least this many pixels …
    LOD_FULL_PX = 2.0
    #: … otherwise roofs only, or, when the features span fewer pixels than this, far stand-ins
    LOD_FAR_PX = 5.0
    #: tiles whose features span this many pixels keep their walls even beyond the budget, up to this many
    #: cells (roofs without walls look wrong close up)
    LOD_NEAR_PX = 12.0
    LOD_NEAR_CELLS = 50_000

    def __init__(self, layer: Layer, scene: "SceneController"):
        self.layer = layer
        self.scene = scene
        self.document = scene.document
        self.mesh: pv.PolyData | None = None
        self.actor: vtkActor | None = None
        self.highlight_mesh: pv.DataSet | None = None
        self.highlight_actor: vtkActor | None = None
        self.selected: frozenset[int] = frozenset()
        self.z_order = 0
        self.exaggeration = scene.exaggeration
        self.build_count = 0
        self.warnings: list[str] = []
        # per-feature data
        self.fids = np.empty(0, np.int64)            # sorted unique feature ids present in the mesh
        self.cell_fidx = np.empty(0, np.int64)        # per cell: index into fids
        self._csr: tuple[np.ndarray, np.ndarray] | None = None
        self._values_cache: dict[str, tuple[np.ndarray, np.ndarray]] = {}
        self._z0: np.ndarray | None = None            # point z at exaggeration 1
        self._zground: np.ndarray | None = None       # terrain height under each point
        self._legend: list[LegendEntry] = []
        self._locator = None
        # light representation drawn while the camera moves (see set_interactive)
        self.interactive = False
        self.light_mesh: pv.PolyData | None = None
        self.light_actor: vtkActor | None = None
        self.light_index: np.ndarray | None = None     # light element → full element (same association)
        self._light_z: tuple[np.ndarray, np.ndarray] | None = None   # (z0, ground) when it has its own points
        self._last_rgba: np.ndarray | None = None
        # tiles (big meshes): the full mesh's actors, one per tile (just ``actor`` when not tiled), and the
        # light / far stand-ins per tile; tile_lod is each tile's representation while moving
        # (0 full, 1 light, 2 far)
        self.tiles: TileSet | None = None
        self.tile_actors: list[vtkActor] = []
        self.feature_tile: np.ndarray | None = None     # tile of each feature (aligned with fids)
        self._actor_offset: dict[str, int] = {}
        self._tile_locators: dict[int, Any] = {}
        self.light_tiles: TileSet | None = None
        self.light_tile_actors: list[vtkActor] = []
        self.far_mesh: pv.PolyData | None = None
        self.far_index: np.ndarray | None = None        # far cell → a full cell of the same feature
        self.far_ranges: np.ndarray | None = None       # far cell range of each tile
        self._far_z: tuple[np.ndarray, np.ndarray] | None = None
        self.far_tiles: TileSet | None = None
        self.far_tile_actors: list[vtkActor] = []
        self.tile_feature_px: np.ndarray | None = None  # typical feature size (m) per tile, for the LOD
        self.tile_lod: np.ndarray | None = None
        self._connect()
        self.rebuild()

    # -- events ------------------------------------------------------------------------------------------
    def _connect(self) -> None:
        ev = self.layer.events
        ev.visible.connect(self._on_visible)
        ev.opacity.connect(self._on_opacity)
        ev.style.connect(self._on_style)
        ev.params.connect(self._on_params)
        ev.source.connect(self._on_source)
        ev.name.connect(self._on_name)

    def _disconnect(self) -> None:
        ev = self.layer.events
        for sig, slot in ((ev.visible, self._on_visible), (ev.opacity, self._on_opacity), (ev.style, self._on_style),
                          (ev.params, self._on_params), (ev.source, self._on_source), (ev.name, self._on_name)):
            sig.disconnect(slot)

    def _on_name(self, new: str, old: str = None) -> None:
        self.scene._changed(legend=True)          # the legend shows layer names

    def _on_visible(self, value: bool, old: bool = None) -> None:
        self._apply_visibility()
        self.scene._changed(legend=True)

    def _apply_visibility(self) -> None:
        vis = bool(self.layer.visible)
        moving = self.interactive and self.light_actor is not None
        if self.tiles is not None and moving and self.tile_lod is not None:
            lod = self.tile_lod
            for k, a in enumerate(self.tile_actors):
                a.SetVisibility(bool(vis and lod[k] == 0))
            for k, a in enumerate(self.light_tile_actors):
                a.SetVisibility(bool(vis and lod[k] == 1))
            for k, a in enumerate(self.far_tile_actors):
                a.SetVisibility(bool(vis and lod[k] == 2))
        else:
            for a in self.tile_actors:
                a.SetVisibility(vis and not moving)
            for a in self.light_tile_actors:
                a.SetVisibility(vis and moving)
            for a in self.far_tile_actors:
                a.SetVisibility(False)
        if self.highlight_actor is not None:
            self.highlight_actor.SetVisibility(vis)

    def _on_opacity(self, value: float, old: float = None) -> None:
        for a in self.tile_actors + self.light_tile_actors + self.far_tile_actors:
            a.GetProperty().SetOpacity(float(value))
        self.scene._changed()

    def _on_style(self, new: Any = None, old: Any = None) -> None:
        self.apply_style()
        self.scene._changed(legend=True)

    def _on_params(self, new: dict, old: dict) -> None:
        changed = {k for k in set(new) | set(old or {}) if (old or {}).get(k) != new.get(k)}
        if changed & set(self.geometry_params):
            self.rebuild()
        else:
            self.apply_params(changed)
        self.scene._changed(legend=True)

    def _on_source(self, new: str, old: str) -> None:
        self._values_cache.clear()
        self.rebuild()
        self.scene._changed(legend=True)

    # -- building ------------------------------------------------------------------------------------------
    def build_mesh(self) -> pv.PolyData:
        raise NotImplementedError

    def rebuild(self) -> None:
        """(Re)build the geometry from the store and (re)create the actor(s)."""
        self._remove_actors()
        self.warnings = []
        self._values_cache.clear()
        mesh = self.build_mesh()
        self.build_count += 1
        self._csr = None
        self._locator = None
        self._tile_locators = {}
        self.feature_tile = None
        if self.has_features and mesh.n_cells and "feature_id" in mesh.cell_data:
            fid = np.asarray(mesh.cell_data["feature_id"])
            self.fids, self.cell_fidx = np.unique(fid, return_inverse=True)
        else:
            self.fids, self.cell_fidx = np.empty(0, np.int64), np.empty(0, np.int64)
        ranges = None
        n_tiles = tile_count(mesh.n_cells, self.tile_min_cells) if self.tiling else 1
        if n_tiles > 1:
            # features stay whole within a tile; layers without features are tiled cell by cell
            groups, n_groups = ((self.cell_fidx, len(self.fids)) if len(self.fids) else
                                (np.arange(mesh.n_cells), mesh.n_cells))
            res = sort_cells_by_tile(mesh, groups, n_groups, n_tiles)
            if res is not None:
                mesh, order, ranges, group_tile = res
                if len(self.fids):
                    self.feature_tile = group_tile
                    self.cell_fidx = self.cell_fidx[order]
                self.cells_reordered(order)
        self.mesh = mesh
        if mesh.n_points:
            self._z0 = np.array(mesh.points[:, 2], dtype=np.float64)
            if self._zground is None or len(self._zground) != mesh.n_points:
                self._zground = np.zeros(mesh.n_points)
        n = mesh.n_cells if self.color_association == "cell" else mesh.n_points
        if "rgba" not in (mesh.cell_data if self.color_association == "cell" else mesh.point_data):
            arr = np.zeros((n, 4), dtype=np.uint8)
            if self.color_association == "cell":
                mesh.cell_data["rgba"] = arr
            else:
                mesh.point_data["rgba"] = arr
        if ranges is not None:
            self.tiles = TileSet(mesh, ranges, association=self.color_association)
            parts = self.tiles.polys
        else:
            parts = [mesh]
        self.tile_actors = []
        self._actor_offset = {}
        for k, part in enumerate(parts):
            actor = make_actor(part, association=self.color_association, pickable=self.pickable)
            self.configure_actor(actor)
            actor.GetProperty().SetOpacity(self.layer.opacity)
            self.scene.renderer.AddActor(actor)
            self.tile_actors.append(actor)
            self._actor_offset[actor.GetAddressAsString("vtkObject")] = int(ranges[k]) if ranges is not None else 0
        self.actor = self.tile_actors[0]
        if self.light_eager or self.interactive:
            self._build_light()
        self.set_z_order(self.z_order)
        if self.exaggeration != 1.0:
            self._apply_exaggeration()
        self.apply_style()
        self._apply_visibility()
        if self.selected:
            self.set_highlight(self.selected)

    def cells_reordered(self, order: np.ndarray) -> None:
        """Hook: the built mesh's cells were reordered by tile (new cell i = old cell ``order[i]``); reorder any
        per-cell data kept outside the mesh."""

    @property
    def tiled(self) -> bool:
        return self.tiles is not None

    # -- light representation while the camera moves ----------------------------------------------------------
    def make_light(self) -> None:
        """Hook: set :attr:`light_mesh` and :attr:`light_index` (and ``_light_z`` if it has its own points)
        to a cheaper version of the mesh drawn while the camera moves. Default: none."""

    def make_far(self) -> None:
        """Hook for tiled layers: set :attr:`far_mesh` (one triangle per feature with its own three points,
        ordered by tile; coloured per point),
        :attr:`far_index` (far cell → a full cell of its feature), :attr:`far_ranges` (far cell range per tile)
        and ``_far_z`` ((z0, ground) per far point), and :attr:`tile_feature_px` (typical feature size per
        tile, metres). Default: none."""

    def _build_light(self) -> None:
        if self.light_actor is not None or self.mesh is None or not self.mesh.n_cells:
            return
        self.make_light()
        lm = self.light_mesh
        if lm is None or not lm.n_cells:
            self.light_mesh = None
            return
        n = lm.n_cells if self.color_association == "cell" else lm.n_points
        data = lm.cell_data if self.color_association == "cell" else lm.point_data
        data["rgba"] = np.zeros((n, 4), np.uint8)
        parts = [lm]
        if self.tiles is not None and self.color_association == "cell" and self.light_index is not None and \
                (np.diff(self.light_index) >= 0).all():      # light cells in the full mesh's (tile) order
            self.light_tiles = TileSet(lm, np.searchsorted(self.light_index, self.tiles.ranges))
            parts = self.light_tiles.polys
        self.light_tile_actors = []
        for part in parts:
            actor = make_actor(part, association=self.color_association, pickable=False)
            self.configure_actor(actor)
            actor.GetProperty().SetOpacity(self.layer.opacity)
            self.scene.renderer.AddActor(actor)
            self.light_tile_actors.append(actor)
        self.light_actor = self.light_tile_actors[0]
        if self.tiles is not None and self.light_tiles is not None:
            self._build_far()
        self.set_z_order(self.z_order)
        if (self._light_z is not None or self._far_z is not None) and self.exaggeration != 1.0:
            self._apply_exaggeration()
        if self._last_rgba is not None:
            self._write_light(self._last_rgba)

    def _build_far(self) -> None:
        self.make_far()
        fm = self.far_mesh
        if fm is None or not fm.n_cells or self.far_ranges is None:
            self.far_mesh = None
            return
        # colours per point (three per stand-in, all its building's): cheaper to draw than per-cell colours
        fm.point_data["rgba"] = np.zeros((fm.n_points, 4), np.uint8)
        self.far_tiles = TileSet(fm, self.far_ranges, association="point")
        self.far_tile_actors = []
        for part in self.far_tiles.polys:
            actor = make_actor(part, association="point", pickable=False)
            self.configure_actor(actor)
            actor.GetProperty().SetOpacity(self.layer.opacity)
            self.scene.renderer.AddActor(actor)
            self.far_tile_actors.append(actor)

    def set_interactive(self, on: bool) -> None:
        """Draw the light representation (``on``, while the camera moves) or the full one."""
        on = bool(on)
        if on == self.interactive:
            return
        self.interactive = on
        if on and self.light_actor is None:
            self._build_light()
        if not on:
            self.tile_lod = None
        self._apply_visibility()

    def update_lod(self, renderer) -> None:
        """While moving (tiled layers): choose each tile's representation from how big its features look —
        the light mesh when they span a few pixels, far stand-ins when smaller, then full detail for the
        biggest-looking tiles as far as :attr:`LOD_BUDGET` (cells drawn) allows. Off-screen tiles get the
        cheapest (VTK culls them anyway)."""
        if not self.interactive or self.tiles is None or self.tile_feature_px is None:
            return
        lod = self._choose_lod(renderer)
        if self.tile_lod is None or not np.array_equal(lod, self.tile_lod):
            self.tile_lod = lod
            self._apply_visibility()

    def _choose_lod(self, renderer) -> np.ndarray:
        b = self.tiles.bounds
        cam = renderer.GetActiveCamera()
        w, h = renderer.GetSize()
        if cam.GetParallelProjection():
            px = self.tile_feature_px * h / max(2.0 * cam.GetParallelScale(), 1e-9)
        else:
            eye = np.array(cam.GetPosition())
            nearest = np.clip(eye, b[:, 0::2], b[:, 1::2])
            dist = np.maximum(np.linalg.norm(nearest - eye, axis=1), 1e-6)
            focal_px = h / (2.0 * np.tan(np.radians(cam.GetViewAngle()) / 2.0))
            px = self.tile_feature_px * focal_px / dist
        rect, front = project_boxes(renderer, b)
        x0, y0 = renderer.GetOrigin()
        onscreen = ~front | ((rect[:, 1] >= x0) & (rect[:, 0] <= x0 + w) & (rect[:, 3] >= y0) & (rect[:, 2] <= y0 + h))
        cells = np.zeros((3, len(b)), np.int64)                  # cells of each representation per tile
        cells[0] = np.diff(self.tiles.ranges)
        cells[1] = np.diff(self.light_tiles.ranges) if self.light_tiles is not None else cells[0]
        cells[2] = np.diff(self.far_ranges) if self.far_tiles is not None else cells[1]
        # the least each tile needs: its roofs once its features span a few pixels, else the far stand-ins
        lod = np.where(px >= self.LOD_FAR_PX, 1, 2)
        if self.far_tiles is None:
            lod[:] = 1
        lod[~onscreen] = 2 if self.far_tiles is not None else 1
        if self.light_tiles is None:
            lod[lod == 1] = 0
        # then full detail, biggest-looking tiles first, as far as the budget of drawn cells allows
        on = np.nonzero(onscreen)[0]
        budget = self.LOD_BUDGET - int(cells[lod[on], on].sum())
        near = self.LOD_NEAR_CELLS
        for k in np.argsort(-px).tolist():
            if not onscreen[k] or lod[k] == 0 or px[k] < self.LOD_FULL_PX:
                continue
            extra = int(cells[0, k] - cells[lod[k], k])
            if extra <= budget:
                lod[k] = 0
                budget -= extra
            elif px[k] >= self.LOD_NEAR_PX and cells[0, k] <= near:
                lod[k] = 0                  # big on screen: walls even over the budget, up to LOD_NEAR_CELLS
                near -= int(cells[0, k])
        return lod

    @property
    def pickable(self) -> bool:
        return self.has_features

    def configure_actor(self, actor: vtkActor) -> None:
        """Hook: material, line width, point size … (called after each build)."""
        prop = actor.GetProperty()
        prop.SetAmbient(0.25)
        prop.SetDiffuse(0.8)
        prop.SetSpecular(0.0)

    def apply_params(self, keys: set[str]) -> None:
        """Hook: apply param changes that do not need new geometry."""

    # -- colours -------------------------------------------------------------------------------------------
    def feature_values(self, attribute: str) -> np.ndarray:
        """Values of ``attribute`` aligned with :attr:`fids` (cached per attribute)."""
        if attribute not in self._values_cache:
            ids, vals = self.document.attribute_values(self.layer, attribute)
            self._values_cache[attribute] = (ids, vals)
        ids, vals = self._values_cache[attribute]
        pos = np.searchsorted(ids, self.fids)
        pos = np.clip(pos, 0, max(len(ids) - 1, 0))
        found = (ids[pos] == self.fids) if len(ids) else np.zeros(len(self.fids), bool)
        if vals.dtype == object:
            out = np.empty(len(self.fids), dtype=object)
            out[:] = None
        else:
            out = np.full(len(self.fids), np.nan)
        if len(ids):
            out[found] = vals[pos[found]]
        return out

    def feature_colors(self) -> tuple[np.ndarray, list[LegendEntry]]:
        """RGBA per feature (aligned with :attr:`fids`) and the legend, from the layer's style."""
        style = self.layer.style
        if style.mode == "single" or not style.attribute:
            cls = style.classify(None, n=len(self.fids))
        else:
            cls = style.classify(self.feature_values(style.attribute))
        return cls.colors(), cls.entries

    def apply_style(self) -> None:
        """Recompute colours and write them into the existing ``rgba`` array (no new geometry)."""
        if self.mesh is None:
            return
        rgba, self._legend = self.feature_colors()
        if len(self.cell_fidx):
            self._write_rgba(rgba[self.cell_fidx])

    def _write_rgba(self, values: np.ndarray) -> None:
        vtk_data = self.mesh.GetCellData() if self.color_association == "cell" else self.mesh.GetPointData()
        data = self.mesh.cell_data if self.color_association == "cell" else self.mesh.point_data
        data["rgba"][:] = values          # in place: same VTK array, no new geometry
        vtk_data.GetArray("rgba").Modified()
        if self.tiles is not None:
            self.tiles.colors_modified()  # the tiles view the same memory
        self._last_rgba = values
        self._write_light(values)

    def _write_light(self, values: np.ndarray) -> None:
        fm = self.far_mesh
        if fm is not None and self.far_index is not None:
            fm.point_data["rgba"][:] = np.repeat(values[self.far_index], 3, axis=0)
            fm.GetPointData().GetArray("rgba").Modified()
            if self.far_tiles is not None:
                self.far_tiles.colors_modified()
        lm = self.light_mesh
        if lm is None or self.light_index is None:
            return
        data = lm.cell_data if self.color_association == "cell" else lm.point_data
        data["rgba"][:] = values[self.light_index]
        (lm.GetCellData() if self.color_association == "cell" else lm.GetPointData()).GetArray("rgba").Modified()
        if self.light_tiles is not None:
            self.light_tiles.colors_modified()

    def legend_entries(self) -> list[LegendEntry]:
        return list(self._legend)

    def legend_title(self, label: Callable[[str], str] = attribute_label) -> str:
        """'layer: attribute' for a classified style (``label`` names the attribute), else the layer name."""
        st = self.layer.style
        if st.mode != "single" and st.attribute:
            return f"{self.layer.name}: {label(st.attribute)}"
        return self.layer.name

    # -- features ------------------------------------------------------------------------------------------
    def feature_ids_for_cells(self, cell_ids: Iterable[int]) -> np.ndarray:
        cells = np.asarray(list(cell_ids) if not isinstance(cell_ids, np.ndarray) else cell_ids, dtype=np.int64)
        if not len(cells) or not len(self.fids):
            return np.empty(0, np.int64)
        cells = cells[(cells >= 0) & (cells < len(self.cell_fidx))]
        return np.unique(self.fids[self.cell_fidx[cells]])

    def feature_id_for_cell(self, cell_id: int) -> int | None:
        if not len(self.fids) or not 0 <= cell_id < len(self.cell_fidx):
            return None
        return int(self.fids[self.cell_fidx[cell_id]])

    def feature_cell_index(self) -> tuple[np.ndarray, np.ndarray]:
        """``(order, starts)``: the cells of feature ``fids[k]`` are ``order[starts[k]:starts[k + 1]]``."""
        if self._csr is None:
            order = np.argsort(self.cell_fidx, kind="stable")
            starts = np.searchsorted(self.cell_fidx[order], np.arange(len(self.fids) + 1))
            self._csr = (order, starts)
        return self._csr

    def cells_for_features(self, ids: Iterable[int]) -> np.ndarray:
        """Cell ids of the given features (ids not in the mesh are ignored)."""
        ids = np.unique(np.fromiter((int(i) for i in ids), dtype=np.int64))
        if not len(ids) or not len(self.fids):
            return np.empty(0, np.int64)
        order, starts = self.feature_cell_index()
        pos = np.searchsorted(self.fids, ids)
        ok = pos < len(self.fids)
        ok[ok] = self.fids[pos[ok]] == ids[ok]
        pos = pos[ok]
        from layers.meshing import _ranges

        return order[_ranges(starts[pos], starts[pos + 1])]

    def bounds(self, ids: Iterable[int] | None = None) -> tuple[float, ...] | None:
        """(xmin, xmax, ymin, ymax, zmin, zmax) of the whole layer or of the given features."""
        if self.mesh is None or self.mesh.n_points == 0:
            return None
        if ids is None:
            return tuple(self.mesh.bounds)
        cells = self.cells_for_features(ids)
        if not len(cells):
            return None
        sub = self.mesh.extract_cells(cells)
        return tuple(sub.bounds)

    # -- highlight -----------------------------------------------------------------------------------------
    def set_highlight(self, ids: Iterable[int]) -> None:
        """Draw the given features highlighted (a second actor over extracted cells); empty clears."""
        self.selected = frozenset(int(i) for i in ids)
        if self.highlight_actor is not None:
            self.scene.renderer.RemoveActor(self.highlight_actor)
            self.highlight_actor = None
            self.highlight_mesh = None
        if not self.selected or self.mesh is None:
            return
        cells = self.cells_for_features(self.selected)
        if not len(cells):
            return
        sub = self.mesh.extract_cells(cells)
        self.highlight_mesh = sub
        shown = _highlight_geometry(sub)
        actor = make_actor(shown, scalars="rgba", pickable=False)
        prop = actor.GetProperty()
        prop.SetAmbient(0.45)
        prop.SetDiffuse(0.7)
        prop.SetLineWidth(max(2.0, self.actor.GetProperty().GetLineWidth() + 1.0 if self.actor else 2.0))
        prop.SetPointSize(max(6.0, self.actor.GetProperty().GetPointSize() + 4.0 if self.actor else 6.0))
        mapper = actor.GetMapper()
        mapper.SetRelativeCoincidentTopologyPolygonOffsetParameters(-4.0, -40.0 - 4.0 * self.z_order)
        mapper.SetRelativeCoincidentTopologyLineOffsetParameters(-4.0, -40.0)
        actor.SetVisibility(self.layer.visible)
        self.highlight_actor = actor
        self.scene.renderer.AddActor(actor)

    # -- z order and exaggeration ----------------------------------------------------------------------------
    def set_z_order(self, index: int) -> None:
        """Later layers win over coplanar earlier ones (polygon offset grows with the index)."""
        self.z_order = int(index)
        for a in self.tile_actors + self.light_tile_actors + self.far_tile_actors:
            if a is not None:
                m = a.GetMapper()
                m.SetRelativeCoincidentTopologyPolygonOffsetParameters(-1.0 * (index > 0), -4.0 * index)
                m.SetRelativeCoincidentTopologyLineOffsetParameters(-1.0 * (index > 0), -4.0 * index)

    def set_exaggeration(self, e: float) -> None:
        if float(e) == self.exaggeration:
            return
        self.exaggeration = float(e)
        self._apply_exaggeration()

    def _apply_exaggeration(self) -> None:
        """z = z0 + (e − 1) · ground: keeps heights above ground, lifts the ground with the terrain."""
        if self.mesh is None or self._z0 is None or not self.mesh.n_points:
            return
        pts = self.mesh.points
        pts[:, 2] = self._z0 + (self.exaggeration - 1.0) * self._zground
        self.mesh.GetPoints().Modified()
        self.mesh.Modified()
        if self.tiles is not None:
            self.tiles.points_modified()
        if self.light_mesh is not None:
            if self._light_z is not None:        # own points
                lp = self.light_mesh.points
                lp[:, 2] = self._light_z[0] + (self.exaggeration - 1.0) * self._light_z[1]
                self.light_mesh.GetPoints().Modified()
            self.light_mesh.Modified()
            if self.light_tiles is not None:
                self.light_tiles.points_modified()
        if self.far_mesh is not None and self._far_z is not None:
            fp = self.far_mesh.points
            fp[:, 2] = self._far_z[0] + (self.exaggeration - 1.0) * self._far_z[1]
            self.far_mesh.GetPoints().Modified()
            self.far_mesh.Modified()
            if self.far_tiles is not None:
                self.far_tiles.points_modified()
        self._locator = None
        self._tile_locators = {}
        if self.selected:
            self.set_highlight(self.selected)

    def true_z(self, point: tuple[float, float, float], cell_id: int) -> float:
        """T.P. height of a picked point (undoing the vertical exaggeration)."""
        if self.exaggeration == 1.0 or self.mesh is None or self._zground is None:
            return float(point[2])
        ids = self.mesh.get_cell(cell_id).point_ids
        ground = float(np.mean(self._zground[ids])) if len(ids) else 0.0
        return float(point[2] - (self.exaggeration - 1.0) * ground)

    # -- picking ------------------------------------------------------------------------------------------------
    def locator(self):
        """A static cell locator over the mesh for fast ray picking (built on first use; untiled meshes)."""
        if self._locator is None and self.mesh is not None and self.mesh.n_cells:
            self._locator = _static_locator(self.mesh)
        return self._locator

    def pick_locators(self, p0, p1, pad: float = 0.0) -> list:
        """Cell locators for a pick along the world segment p0 → p1: the mesh's, or for a tiled mesh those of
        the tiles whose bounds the segment crosses (each built on first use — a first pick builds a few
        small locators, not one over the whole layer)."""
        if self.tiles is None:
            loc = self.locator()
            return [loc] if loc is not None else []
        out = []
        for k in np.nonzero(ray_hits_boxes(np.asarray(p0), np.asarray(p1), self.tiles.bounds, pad))[0].tolist():
            loc = self._tile_locators.get(k)
            if loc is None:
                loc = self._tile_locators[k] = _static_locator(self.tiles.polys[k])
            out.append(loc)
        return out

    def cell_offset_of(self, prop: Any) -> int | None:
        """First merged-mesh cell of the tile drawn by ``prop`` (0 for an untiled mesh's actor); None if
        ``prop`` is not one of this layer's pickable actors. A picked cell id ``c`` of that actor is the
        merged mesh's cell ``offset + c``."""
        if prop is None:
            return None
        for k, a in enumerate(self.tile_actors):
            if a is prop:
                return int(self.tiles.ranges[k]) if self.tiles is not None else 0
        addr = prop.GetAddressAsString("vtkObject") if hasattr(prop, "GetAddressAsString") else None
        return self._actor_offset.get(addr) if addr else None

    def tiles_outside(self, renderer, x0: float, y0: float, x1: float, y1: float) -> list[vtkActor]:
        """The visible tile actors whose projection cannot reach the display rectangle (none when untiled)."""
        if self.tiles is None:
            return []
        rect, front = project_boxes(renderer, self.tiles.bounds)
        out = rect[:, 1] < x0 - 1
        out |= rect[:, 0] > x1 + 1
        out |= rect[:, 3] < y0 - 1
        out |= rect[:, 2] > y1 + 1
        out &= front
        return [a for k, a in enumerate(self.tile_actors) if out[k] and a.GetVisibility()]

    # -- lifecycle ---------------------------------------------------------------------------------------------
    def actors(self) -> list[vtkActor]:
        return [a for a in (*self.tile_actors, *self.light_tile_actors, *self.far_tile_actors, self.highlight_actor)
                if a is not None]

    def _remove_actors(self) -> None:
        for a in self.actors():
            self.scene.renderer.RemoveActor(a)
        self.actor = None
        self.tile_actors = []
        self._actor_offset = {}
        self.highlight_actor = None
        self.highlight_mesh = None
        self.light_actor = None
        self.light_tile_actors = []
        self.light_mesh = None
        self.light_index = None
        self._light_z = None
        self._last_rgba = None
        for ts in (self.tiles, self.light_tiles, self.far_tiles):
            if ts is not None:
                ts.release()
        self.tiles = self.light_tiles = self.far_tiles = None
        self.far_tile_actors = []
        self.far_mesh = None
        self.far_index = None
        self.far_ranges = None
        self._far_z = None
        self.tile_feature_px = None
        self.tile_lod = None
        self._tile_locators = {}

    def close(self) -> None:
        """Disconnect from the layer and remove the actors; drops every VTK reference."""
        self._disconnect()
        self._remove_actors()
        self.mesh = None
        self._locator = None
        self._tile_locators = {}
        self._csr = None
        self._values_cache.clear()
        self.scene = None

    def __repr__(self) -> str:
        n = self.mesh.n_cells if self.mesh is not None else 0
        return f"<{type(self).__name__} {self.layer.name!r}: {len(self.fids)} features, {n} cells>"


__all__ = ["LayerAdapter", "adapter_class_for", "make_actor", "register_adapter", "registered_kinds"]
