"""How one layer's mesh is drawn: the actors, spatial tiles, and the stand-ins used while the camera moves.

A layer's merged mesh is drawn by one actor, or — big meshes of adapters with ``tiling = True`` — by one actor
per spatial tile (:mod:`layers.tiles`: 16–64 tiles sharing the merged mesh's points and arrays), so VTK culls
what is off screen. While the camera moves each tile shows full detail, a light mesh (e.g. roofs only) or far
stand-ins (one triangle per feature), chosen by :func:`layers.lod.choose_lod`; at rest the full mesh is drawn.

Colours are written **in place** into the ``rgba`` arrays (:meth:`TiledDrawing.write_colors`) and heights into
the points' z column (:meth:`TiledDrawing.apply_z`): the tiles and stand-ins follow without new geometry.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

import numpy as np
import pyvista as pv
from vtkmodules.vtkRenderingCore import vtkActor

from layers.actors import make_actor, static_locator
from layers.lod import LodRules, choose_lod
from layers.services import SceneServices
from layers.tiles import TileSet, project_boxes, ray_hits_boxes

Configure = Callable[[vtkActor], None]


@dataclass
class StandIn:
    """A cheaper mesh drawn in place of the full one while the camera moves."""

    mesh: pv.PolyData
    #: light: per element (cell, or point for point-coloured layers) the full element whose colour it shows;
    #: far: per cell a full cell of its feature (the colour goes to the cell's three points)
    index: np.ndarray
    #: (z at exaggeration 1, ground height) per point when it has points of its own (None: it shares the full
    #: mesh's points)
    z: tuple[np.ndarray, np.ndarray] | None = None
    #: far stand-ins: the range of cells of each tile (T + 1 offsets)
    ranges: np.ndarray | None = None
    #: far stand-ins: typical feature size (m) per tile, for the level of detail
    feature_size: np.ndarray | None = None


class TiledDrawing:
    """The actors of one layer (full mesh per tile, light and far stand-ins) and what is shown when."""

    def __init__(self, services: SceneServices, *, association: str = "cell", pickable: bool = True,
                 lod_rules: LodRules = LodRules()):
        self.services = services
        #: where the colour array lives: "cell" or "point"
        self.association = association
        self.pickable = pickable
        self.lod_rules = lod_rules
        #: the camera moves: stand-ins are drawn
        self.interactive = False
        self.visible = True
        self._reset()

    def _reset(self) -> None:
        self.mesh: pv.PolyData | None = None
        self.tiles: TileSet | None = None
        self.tile_actors: list[vtkActor] = []
        self._actor_offset: dict[str, int] = {}
        self.light: StandIn | None = None
        self.light_tiles: TileSet | None = None
        self.light_tile_actors: list[vtkActor] = []
        self.far: StandIn | None = None
        self.far_tiles: TileSet | None = None
        self.far_tile_actors: list[vtkActor] = []
        #: typical feature size (m) per tile (from the far stand-ins), for the level of detail
        self.feature_size: np.ndarray | None = None
        #: per tile while moving: 0 full, 1 light, 2 far (None: no per-tile choice)
        self.tile_lod: np.ndarray | None = None
        #: the colours last written (per element of the full mesh)
        self.last_rgba: np.ndarray | None = None
        self._locator = None
        self._tile_locators: dict[int, Any] = {}

    # -- actors -------------------------------------------------------------------------------------------
    @property
    def actor(self) -> vtkActor | None:
        """The (first tile's) actor of the full mesh."""
        return self.tile_actors[0] if self.tile_actors else None

    @property
    def light_actor(self) -> vtkActor | None:
        return self.light_tile_actors[0] if self.light_tile_actors else None

    def all_actors(self) -> list[vtkActor]:
        return [*self.tile_actors, *self.light_tile_actors, *self.far_tile_actors]

    def _add_actors(self, parts: list[pv.PolyData], association: str, pickable: bool, configure: Configure,
                    opacity: float) -> list[vtkActor]:
        out = []
        for part in parts:
            actor = make_actor(part, association=association, pickable=pickable)
            configure(actor)
            actor.GetProperty().SetOpacity(opacity)
            self.services.add_actor(actor)
            out.append(actor)
        return out

    def draw(self, mesh: pv.PolyData, ranges: np.ndarray | None, configure: Configure, opacity: float) -> None:
        """Draw ``mesh``: one actor per tile when ``ranges`` (the cell range of each tile) is given, else one.
        Gives the mesh an ``rgba`` array when it has none."""
        data = mesh.cell_data if self.association == "cell" else mesh.point_data
        if "rgba" not in data:
            data["rgba"] = np.zeros((mesh.n_cells if self.association == "cell" else mesh.n_points, 4), np.uint8)
        self.mesh = mesh
        if ranges is not None:
            self.tiles = TileSet(mesh, ranges, association=self.association)
            parts = self.tiles.polys
        else:
            parts = [mesh]
        self.tile_actors = self._add_actors(parts, self.association, self.pickable, configure, opacity)
        self._actor_offset = {a.GetAddressAsString("vtkObject"): int(ranges[k]) if ranges is not None else 0
                              for k, a in enumerate(self.tile_actors)}

    def add_light(self, light: StandIn, configure: Configure, opacity: float) -> None:
        """Draw ``light`` while the camera moves (per tile when its cells follow the full mesh's tile order)."""
        lm = light.mesh
        n = lm.n_cells if self.association == "cell" else lm.n_points
        (lm.cell_data if self.association == "cell" else lm.point_data)["rgba"] = np.zeros((n, 4), np.uint8)
        parts = [lm]
        if self.tiles is not None and self.association == "cell" and (np.diff(light.index) >= 0).all():
            self.light_tiles = TileSet(lm, np.searchsorted(light.index, self.tiles.ranges))
            parts = self.light_tiles.polys
        self.light = light
        self.light_tile_actors = self._add_actors(parts, self.association, False, configure, opacity)

    def add_far(self, far: StandIn, configure: Configure, opacity: float) -> None:
        """Draw the far stand-ins ``far`` (coloured per point: cheaper to draw than per-cell colours)."""
        self.feature_size = far.feature_size
        fm = far.mesh
        if fm is None or not fm.n_cells or far.ranges is None:
            return
        fm.point_data["rgba"] = np.zeros((fm.n_points, 4), np.uint8)
        self.far = far
        self.far_tiles = TileSet(fm, far.ranges, association="point")
        self.far_tile_actors = self._add_actors(self.far_tiles.polys, "point", False, configure, opacity)

    def release(self) -> None:
        """Remove every actor and forget the meshes (the full mesh too)."""
        for a in self.all_actors():
            self.services.remove_actor(a)
        for ts in (self.tiles, self.light_tiles, self.far_tiles):
            if ts is not None:
                ts.release()
        self._reset()

    # -- what is shown ------------------------------------------------------------------------------------
    def set_visible(self, visible: bool) -> None:
        self.visible = bool(visible)
        self._apply_visibility()

    def set_moving(self, on: bool) -> None:
        """Stand-ins (``on``, while the camera moves) or the full mesh."""
        self.interactive = bool(on)
        if not on:
            self.tile_lod = None
        self._apply_visibility()

    def _apply_visibility(self) -> None:
        vis = self.visible
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

    def update_lod(self, renderer) -> None:
        """While moving (tiled layers with far stand-ins): choose each tile's representation for the camera."""
        if not self.interactive or self.tiles is None or self.feature_size is None:
            return
        cells = np.zeros((3, len(self.tiles)), np.int64)          # cells of each representation per tile
        cells[0] = np.diff(self.tiles.ranges)
        cells[1] = np.diff(self.light_tiles.ranges) if self.light_tiles is not None else cells[0]
        cells[2] = np.diff(self.far.ranges) if self.far_tiles is not None else cells[1]
        lod = choose_lod(renderer, self.tiles.bounds, self.feature_size, cells, self.lod_rules,
                         has_light=self.light_tiles is not None, has_far=self.far_tiles is not None)
        if self.tile_lod is None or not np.array_equal(lod, self.tile_lod):
            self.tile_lod = lod
            self._apply_visibility()

    def set_opacity(self, value: float) -> None:
        for a in self.all_actors():
            a.GetProperty().SetOpacity(float(value))

    def set_z_order(self, index: int) -> None:
        """Later layers win over coplanar earlier ones (polygon offset grows with the index)."""
        for a in self.all_actors():
            m = a.GetMapper()
            m.SetRelativeCoincidentTopologyPolygonOffsetParameters(-1.0 * (index > 0), -4.0 * index)
            m.SetRelativeCoincidentTopologyLineOffsetParameters(-1.0 * (index > 0), -4.0 * index)

    # -- colours and heights, in place --------------------------------------------------------------------
    def write_colors(self, values: np.ndarray) -> None:
        """Write the full mesh's colours (per element) into its ``rgba`` array, and the stand-ins'."""
        mesh = self.mesh
        data = mesh.cell_data if self.association == "cell" else mesh.point_data
        data["rgba"][:] = values          # in place: same VTK array, no new geometry
        (mesh.GetCellData() if self.association == "cell" else mesh.GetPointData()).GetArray("rgba").Modified()
        if self.tiles is not None:
            self.tiles.colors_modified()  # the tiles view the same memory
        self.last_rgba = values
        self.write_stand_in_colors()

    def write_stand_in_colors(self) -> None:
        """Colour the stand-ins like the full mesh's last colours."""
        values = self.last_rgba
        if values is None:
            return
        far = self.far
        if far is not None:
            far.mesh.point_data["rgba"][:] = np.repeat(values[far.index], 3, axis=0)
            far.mesh.GetPointData().GetArray("rgba").Modified()
            self.far_tiles.colors_modified()
        light = self.light
        if light is None:
            return
        lm = light.mesh
        data = lm.cell_data if self.association == "cell" else lm.point_data
        data["rgba"][:] = values[light.index]
        (lm.GetCellData() if self.association == "cell" else lm.GetPointData()).GetArray("rgba").Modified()
        if self.light_tiles is not None:
            self.light_tiles.colors_modified()

    def apply_z(self, e: float, z0: np.ndarray | None, ground: np.ndarray | None) -> bool:
        """z = z0 + (e − 1) · ground for the full mesh and the stand-ins with points of their own; False when
        there is nothing to move."""
        mesh = self.mesh
        if mesh is None or z0 is None or not mesh.n_points:
            return False
        mesh.points[:, 2] = z0 + (e - 1.0) * ground
        mesh.GetPoints().Modified()
        mesh.Modified()
        if self.tiles is not None:
            self.tiles.points_modified()
        light = self.light
        if light is not None:
            if light.z is not None:        # own points
                light.mesh.points[:, 2] = light.z[0] + (e - 1.0) * light.z[1]
                light.mesh.GetPoints().Modified()
            light.mesh.Modified()
            if self.light_tiles is not None:
                self.light_tiles.points_modified()
        far = self.far
        if far is not None and far.z is not None:
            far.mesh.points[:, 2] = far.z[0] + (e - 1.0) * far.z[1]
            far.mesh.GetPoints().Modified()
            far.mesh.Modified()
            self.far_tiles.points_modified()
        self._locator = None
        self._tile_locators = {}
        return True

    # -- picking ------------------------------------------------------------------------------------------
    def locator(self):
        """A static cell locator over the whole mesh (built on first use; untiled meshes)."""
        if self._locator is None and self.mesh is not None and self.mesh.n_cells:
            self._locator = static_locator(self.mesh)
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
                loc = self._tile_locators[k] = static_locator(self.tiles.polys[k])
            out.append(loc)
        return out

    def cell_offset_of(self, prop: Any) -> int | None:
        """First merged-mesh cell of the tile drawn by ``prop`` (0 for an untiled mesh's actor); None if
        ``prop`` is not one of the full mesh's actors. A picked cell id ``c`` of that actor is the merged
        mesh's cell ``offset + c``."""
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


__all__ = ["StandIn", "TiledDrawing"]
