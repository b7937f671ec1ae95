"""The snow theme's plough layers, drawn from one merged point mesh of every fix (``feature_id`` =
``plough_points.id``, built once):

* ``plough_points`` — the trail: fixes shown on the clock from their ``time`` (by default only the last hour before
  the clock, :func:`twin.themes.snow_layers.trail`);
* ``plough_vehicles`` — where each plough is at the clock's time: its latest fix (time kind ``latest`` per
  ``vehicle_id``), bigger points that move as the clock steps.

A night holds a few hundred thousand fixes and the clock shows a few (a vehicle each) or a few thousand (the last
hour): drawing them all with the hidden ones transparent costs a second per frame on a CPU rasteriser (every
18-pixel sprite is still rasterised). So these layers keep the merged mesh as their data (features, colours,
highlights, bounds) but their actor draws a small point set of the fixes the clock shows now, refreshed after each
recolour (:class:`ShownPoints`); picks on it are mapped back to the mesh's cells.
"""

from __future__ import annotations

import numpy as np
import pyvista as pv
from vtkmodules.util.numpy_support import numpy_to_vtk, numpy_to_vtkIdTypeArray, vtk_to_numpy
from vtkmodules.vtkCommonCore import VTK_UNSIGNED_CHAR, vtkPoints
from vtkmodules.vtkCommonDataModel import vtkCellArray, vtkPolyData

from layers.adapter import register_adapter
from layers.vector import VectorAdapter


class ShownPoints(VectorAdapter):
    """A point layer whose actor draws only the points shown now (alpha > 0); see the module docstring. Meshes
    with other cells than single-point vertices are drawn whole."""

    def build_mesh(self) -> pv.PolyData:
        mesh = super().build_mesh()
        conn = vtk_to_numpy(mesh.GetVerts().GetConnectivityArray()) if mesh.n_cells else np.empty(0, np.int64)
        only_points = mesh.n_cells > 0 and mesh.n_verts == mesh.n_cells == len(conn)
        #: per mesh cell, its point (None: the mesh is drawn whole)
        self._cell_point: np.ndarray | None = conn.astype(np.int64) if only_points else None
        #: what the actor draws, and the mesh cell of each of its cells
        self.shown_points: pv.PolyData | None = pv.PolyData() if only_points else None
        self.shown_cells = np.empty(0, np.int64)
        return mesh

    def configure_actor(self, actor) -> None:
        super().configure_actor(actor)
        if getattr(self, "shown_points", None) is not None:
            actor.GetMapper().SetInputData(self.shown_points)

    def colors_written(self) -> None:
        """Draw the points the last colours show."""
        rgba = self.drawing.last_rgba
        if self.shown_points is None or rgba is None or self.mesh is None:
            return
        cells = np.flatnonzero(rgba[:, 3] > 0)
        n = len(cells)
        shown = vtkPolyData()
        points = vtkPoints()
        points.SetData(numpy_to_vtk(np.ascontiguousarray(np.asarray(self.mesh.points)[self._cell_point[cells]],
                                                         dtype=np.float64).reshape(n, 3), deep=True))
        shown.SetPoints(points)
        verts = vtkCellArray()
        verts.SetData(numpy_to_vtkIdTypeArray(np.arange(n + 1, dtype=np.int64), deep=True),
                      numpy_to_vtkIdTypeArray(np.arange(n, dtype=np.int64), deep=True))
        shown.SetVerts(verts)
        colors = numpy_to_vtk(np.ascontiguousarray(rgba[cells], dtype=np.uint8).reshape(n, 4), deep=True,
                              array_type=VTK_UNSIGNED_CHAR)
        colors.SetName("rgba")
        shown.GetCellData().AddArray(colors)
        self.shown_points.ShallowCopy(shown)
        self.shown_cells = cells

    def apply_exaggeration(self) -> None:
        super().apply_exaggeration()
        self.colors_written()

    # the actor's cells are the shown points: map picks back to the mesh's cells
    def _mesh_cells(self, cells: np.ndarray) -> np.ndarray:
        if self.shown_points is None:
            return cells
        cells = cells[(cells >= 0) & (cells < len(self.shown_cells))]
        return self.shown_cells[cells]

    def cells_drawn(self, cell_ids) -> np.ndarray:
        """The actor draws only what the clock shows: every picked cell is shown."""
        return np.ones(len(np.asarray(cell_ids)), bool) if self.shown_points is not None else super().cells_drawn(
            cell_ids)

    def feature_ids_for_cells(self, cell_ids) -> np.ndarray:
        cells = np.asarray(list(cell_ids) if not isinstance(cell_ids, np.ndarray) else cell_ids, dtype=np.int64)
        return super().feature_ids_for_cells(self._mesh_cells(cells))

    def feature_id_for_cell(self, cell_id: int) -> int | None:
        cells = self._mesh_cells(np.array([int(cell_id)], np.int64))
        return super().feature_id_for_cell(int(cells[0])) if len(cells) else None

    def true_z(self, point: tuple[float, float, float], cell_id: int) -> float:
        cells = self._mesh_cells(np.array([int(cell_id)], np.int64))
        return super().true_z(point, int(cells[0])) if len(cells) else float(point[2])

    def close(self) -> None:
        super().close()
        self.shown_points = None


@register_adapter("plough_points")
class PloughPointsAdapter(ShownPoints):
    """Plough / AVL fixes as points (the trail)."""


@register_adapter("plough_vehicles")
class PloughVehiclesAdapter(ShownPoints):
    """Each plough's latest fix at the clock's time."""

    color_by_priority = 2      # "colour by vehicle_id" colours the trail first


__all__ = ["PloughPointsAdapter", "PloughVehiclesAdapter", "ShownPoints"]
