"""The selected features of a layer, drawn over it by a second, small actor (cyan faces, dark blue outlines)."""

from __future__ import annotations

from typing import Any

import numpy as np
import pyvista as pv

from layers.actors import make_actor
from layers.services import SceneServices

#: selection highlight: cyan with dark blue edges, a hue no usage, flood or terrain colour uses (houses are yellow)
HIGHLIGHT_COLOR = (0, 229, 255)
HIGHLIGHT_EDGE = (0, 60, 140)


def highlight_geometry(sub: pv.DataSet) -> pv.PolyData:
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


class Highlight:
    """One layer's highlight actor: :meth:`show` some cells of the mesh, :meth:`clear` them."""

    def __init__(self, services: SceneServices):
        self.services = services
        #: the highlighted cells, extracted from the layer's mesh (None when nothing is highlighted)
        self.mesh: pv.DataSet | None = None
        self.actor: Any = None

    def show(self, mesh: pv.DataSet, cells: np.ndarray, *, visible: bool, z_order: int,
             layer_prop: Any = None) -> None:
        """Highlight ``cells`` of ``mesh`` (replacing what was highlighted); ``layer_prop`` is the layer actor's
        property (lines and points are drawn wider than it)."""
        self.clear()
        sub = mesh.extract_cells(cells)
        self.mesh = sub
        actor = make_actor(highlight_geometry(sub), scalars="rgba", pickable=False)
        prop = actor.GetProperty()
        prop.SetAmbient(0.45)
        prop.SetDiffuse(0.7)
        prop.SetLineWidth(max(2.0, layer_prop.GetLineWidth() + 1.0 if layer_prop is not None else 2.0))
        prop.SetPointSize(max(6.0, layer_prop.GetPointSize() + 4.0 if layer_prop is not None else 6.0))
        mapper = actor.GetMapper()
        mapper.SetRelativeCoincidentTopologyPolygonOffsetParameters(-4.0, -40.0 - 4.0 * z_order)
        mapper.SetRelativeCoincidentTopologyLineOffsetParameters(-4.0, -40.0)
        actor.SetVisibility(visible)
        self.actor = actor
        self.services.add_actor(actor)

    def set_visible(self, visible: bool) -> None:
        if self.actor is not None:
            self.actor.SetVisibility(visible)

    def clear(self) -> None:
        if self.actor is not None:
            self.services.remove_actor(self.actor)
        self.actor = None
        self.mesh = None


__all__ = ["HIGHLIGHT_COLOR", "HIGHLIGHT_EDGE", "Highlight", "highlight_geometry"]
