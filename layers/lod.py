"""Level of detail while the camera moves: which representation each tile of a layer draws.

Every tile has up to three: full detail (0), the light mesh (1, e.g. roofs only) and far stand-ins (2, one
triangle per feature). :func:`choose_lod` picks per tile from how big its features look on screen and how
many cells the frame may draw (:class:`LodRules`).
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np

from layers.tiles import project_boxes


@dataclass(frozen=True)
class LodRules:
    """The budget of a moving frame, per layer."""

    #: tiles draw about this many cells at most (unless their roofs alone need more): full detail for the
    #: biggest-looking tiles first, as far as it goes …
    budget: int = 120_000
    #: … if their typical feature spans at least this many pixels …
    full_px: float = 2.0
    #: … otherwise roofs only, or, when the features span fewer pixels than this, far stand-ins
    far_px: float = 5.0
    #: tiles whose features span this many pixels keep their walls even beyond the budget, up to
    #: ``near_cells`` cells (roofs without walls look wrong close up)
    near_px: float = 12.0
    near_cells: int = 50_000


def feature_pixels(renderer, bounds: np.ndarray, feature_size: np.ndarray) -> np.ndarray:
    """How many pixels a typical feature of each tile (``feature_size`` metres) spans, seen from the camera
    (at the tile's nearest point)."""
    cam = renderer.GetActiveCamera()
    _, h = renderer.GetSize()
    if cam.GetParallelProjection():
        return feature_size * h / max(2.0 * cam.GetParallelScale(), 1e-9)
    eye = np.array(cam.GetPosition())
    nearest = np.clip(eye, bounds[:, 0::2], bounds[:, 1::2])
    dist = np.maximum(np.linalg.norm(nearest - eye, axis=1), 1e-6)
    focal_px = h / (2.0 * np.tan(np.radians(cam.GetViewAngle()) / 2.0))
    return feature_size * focal_px / dist


def choose_lod(renderer, bounds: np.ndarray, feature_size: np.ndarray, cells: np.ndarray, rules: LodRules,
               *, has_light: bool, has_far: bool) -> np.ndarray:
    """Representation per tile (0 full, 1 light, 2 far). ``bounds`` (T, 6) are the tiles' boxes, ``cells``
    (3, T) the cells of each representation per tile. Off-screen tiles get the cheapest (VTK culls them
    anyway)."""
    px = feature_pixels(renderer, bounds, feature_size)
    w, h = renderer.GetSize()
    rect, front = project_boxes(renderer, bounds)
    x0, y0 = renderer.GetOrigin()
    onscreen = ~front | ((rect[:, 1] >= x0) & (rect[:, 0] <= x0 + w) & (rect[:, 3] >= y0) & (rect[:, 2] <= y0 + h))
    # the least each tile needs: its roofs once its features span a few pixels, else the far stand-ins
    lod = np.where(px >= rules.far_px, 1, 2)
    if not has_far:
        lod[:] = 1
    lod[~onscreen] = 2 if has_far else 1
    if not has_light:
        lod[lod == 1] = 0
    # then full detail, biggest-looking tiles first, as far as the budget of drawn cells allows
    on = np.nonzero(onscreen)[0]
    budget = rules.budget - int(cells[lod[on], on].sum())
    near = rules.near_cells
    for k in np.argsort(-px).tolist():
        if not onscreen[k] or lod[k] == 0 or px[k] < rules.full_px:
            continue
        extra = int(cells[0, k] - cells[lod[k], k])
        if extra <= budget:
            lod[k] = 0
            budget -= extra
        elif px[k] >= rules.near_px and cells[0, k] <= near:
            lod[k] = 0                      # big on screen: walls even over the budget, up to near_cells
            near -= int(cells[0, k])
    return lod


__all__ = ["LodRules", "choose_lod", "feature_pixels"]
