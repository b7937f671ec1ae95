"""What is under the cursor: one feature, every feature in a rectangle, or the 3D point.

* :meth:`ScenePicker.pick_at` — the surface exactly under the cursor when it is a feature, else the nearest
  feature within a few pixels (``vtkCellPicker`` with static cell locators — per mesh, or per tile of a tiled
  layer, built for the tiles on the ray only);
* :meth:`ScenePicker.pick_rect` — every visible feature drawn in a rectangle (``vtkHardwareSelector``; tiles
  that cannot reach the rectangle are skipped);
* :meth:`ScenePicker.pick_world` — project coordinates of the surface under the cursor, T.P. height.

Display coordinates are VTK's: pixels of the render window, origin at the bottom-left.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any

import numpy as np
from vtkmodules.util.numpy_support import vtk_to_numpy
from vtkmodules.vtkCommonDataModel import vtkDataObject, vtkSelectionNode
from vtkmodules.vtkRenderingCore import vtkCellPicker, vtkHardwareSelector

if TYPE_CHECKING:  # pragma: no cover
    from layers.adapter import LayerAdapter

Hit = tuple["LayerAdapter", int, tuple[float, float, float]]


class ScenePicker:
    """Picks in one renderer among the scene's adapters (``adapters``: layer id → adapter, kept current by
    the scene)."""

    #: pick tolerance (fraction of the window diagonal) for clicks that miss every feature: ~3 px at 1280×800
    PICK_TOLERANCE = 0.002

    def __init__(self, renderer: Any, adapters: Mapping[str, "LayerAdapter"]):
        self.renderer = renderer
        self.adapters = adapters

    def owner_of(self, prop: Any) -> tuple["LayerAdapter", int] | None:
        """The adapter drawing ``prop`` and the merged-mesh cell offset of that actor (tiles)."""
        if prop is None:
            return None
        for ad in self.adapters.values():
            off = ad.drawing.cell_offset_of(prop)
            if off is not None:
                return ad, off
        return None

    def ray(self, x: float, y: float) -> tuple[np.ndarray, np.ndarray]:
        """World points at the near and far clipping planes under display (x, y)."""
        r = self.renderer
        out = []
        for z in (0.0, 1.0):
            r.SetDisplayPoint(float(x), float(y), z)
            r.DisplayToWorld()
            w = np.array(r.GetWorldPoint(), dtype=np.float64)
            out.append(w[:3] / (w[3] if w[3] else 1.0))
        return out[0], out[1]

    def pick(self, x: float, y: float, tolerance: float = 0.0) -> Hit | None:
        """(adapter, merged-mesh cell, world position) of the surface under (x, y) within ``tolerance``."""
        picker = vtkCellPicker()
        picker.SetTolerance(float(tolerance))
        p0, p1 = self.ray(x, y)
        # pad the tiles' bounds by the picker's tolerance (in world units at the far plane, generously)
        pad = max(float(tolerance), 1e-4) * float(np.linalg.norm(p1 - p0))
        for ad in self.adapters.values():
            if ad.actor is not None and ad.shown and ad.actor.GetPickable():
                for loc in ad.drawing.pick_locators(p0, p1, pad):
                    picker.AddLocator(loc)
        if not picker.Pick(float(x), float(y), 0.0, self.renderer):
            return None
        owner = self.owner_of(picker.GetActor())
        if owner is None:
            return None
        ad, offset = owner
        return ad, offset + int(picker.GetCellId()), tuple(picker.GetPickPosition())

    def pick_feature(self, x: float, y: float) -> Hit | None:
        """The surface exactly under (x, y) when it is a feature; else, for clicks next to small features, the
        nearest feature within :attr:`PICK_TOLERANCE` of the cursor; else what is exactly under it."""
        exact = self.pick(x, y, 0.0)
        if exact is not None and exact[0].has_features:
            return exact
        near = self.pick(x, y, self.PICK_TOLERANCE)
        if near is not None and near[0].has_features:
            return near
        return exact

    def pick_at(self, x: float, y: float) -> tuple[str, int] | None:
        """``(layer_id, feature_id)`` of the feature drawn at display position (x, y), or None (nothing, or the
        terrain / a raster, is there). The cell → feature mapping is the mesh's ``feature_id`` array."""
        hit = self.pick_feature(x, y)
        if hit is None:
            return None
        ad, cell, _ = hit
        if not ad.has_features or not ad.cells_drawn([cell])[0]:
            return None
        fid = ad.feature_id_for_cell(cell)
        return (ad.layer.id, fid) if fid is not None else None

    def pick_world(self, x: float, y: float) -> tuple[float, float, float] | None:
        """Project coordinates (X, Y, T.P. height Z) of the surface under display (x, y), or None."""
        hit = self.pick(x, y, 0.0) or self.pick(x, y, self.PICK_TOLERANCE)
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
            hidden += ad.drawing.tiles_outside(self.renderer, xa, ya, xb, yb)
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
            owner = self.owner_of(node.GetProperties().Get(vtkSelectionNode.PROP()))
            if owner is None or not owner[0].has_features:
                continue
            ad, offset = owner
            lst = node.GetSelectionList()
            if lst is None:
                continue
            cells = vtk_to_numpy(lst).astype(np.int64) + offset
            cells = cells[ad.cells_drawn(cells)]
            ids = ad.feature_ids_for_cells(cells)
            if len(ids):
                prev = out.get(ad.layer.id, [])
                out[ad.layer.id] = sorted(set(prev) | set(int(i) for i in ids))
        return out

    def qt_to_display(self, x: float, y: float, device_pixel_ratio: float = 1.0) -> tuple[float, float]:
        """Qt widget coordinates (top-left origin, logical pixels) → VTK display coordinates."""
        h = self.renderer.GetRenderWindow().GetSize()[1]
        return x * device_pixel_ratio, h - 1 - y * device_pixel_ratio


__all__ = ["ScenePicker"]
