"""Labels: one attribute of a layer's features as text in the 3D view (``Style.label_attribute``).

One label actor per layer, never one per feature: a :class:`vtkLabeledDataMapper` draws the labels placed for the
current view. Placing is collision thinning in screen space, done before a frame whenever the camera or the window
changed (:func:`place_labels`): the features' anchors are projected, and labels are taken in priority order
(bigger features first), each only where its box (its text's size, with a margin) overlaps no box already placed
and no label with the same text lies close by (one road name every few hundred pixels, not on every segment).
Zoomed out, the station's and the big buildings' names win; zoomed in, more labels find room. VTK's own
:class:`vtkLabelPlacementMapper` does the same but measures every candidate's text at every frame (≈ 0.1 ms a
label: 3,000 labelled buildings made each frame ~200 ms slower); here a text's size is estimated once from its
characters and a placement of thousands of candidates takes a few milliseconds.

Anchors come from the layer's mesh (what is drawn, with the vertical exaggeration): for each feature the cell
centre nearest its mean position — inside a building's roof, on a road's ribbon — at the feature's highest cell
centre (a building's roof) plus a small lift. Priority is the feature's size (xy extent plus height), so the
station wins over a shed and a long road over a lane. Features without a value (null, NaN, empty text) and
features the clock hides (alpha 0) get no label.

Text uses the CJK font file of the overlays (:func:`layers.overlays.cjk_font_file`), dark on a light box, so
Japanese names render and stay legible over roofs and terrain.
"""

from __future__ import annotations

import math
import unicodedata
from collections.abc import Callable
from typing import TYPE_CHECKING, Any

import numpy as np
import pyvista as pv
from vtkmodules.vtkCommonCore import vtkStringArray
from vtkmodules.vtkRenderingCore import vtkActor2D
from vtkmodules.vtkRenderingLabel import vtkLabeledDataMapper

from layers.overlays import text_property

if TYPE_CHECKING:  # pragma: no cover
    from layers.adapter import LayerAdapter

#: label text size in points and the lift above a feature's top (metres)
LABEL_FONT_SIZE = 14
LABEL_LIFT_M = 1.5
#: longer texts are cut with an ellipsis
MAX_LABEL_CHARS = 24
#: at most this many labels in one view, and free pixels kept around each label's box
MAX_LABELS = 150
LABEL_GAP_PX = 6
#: a label is not repeated within this many pixels of one with the same text (road names)
REPEAT_DISTANCE_PX = 250


def label_text(value: Any) -> str | None:
    """The text a value is labelled with: None for null, NaN and empty text; integral numbers without decimals,
    others with at most two; long texts cut to :data:`MAX_LABEL_CHARS` with "…"."""
    if value is None:
        return None
    if isinstance(value, (bool, np.bool_)):
        text = str(bool(value))
    elif isinstance(value, (int, np.integer)):
        text = str(int(value))
    elif isinstance(value, (float, np.floating)):
        v = float(value)
        if not math.isfinite(v):
            return None
        text = str(int(v)) if v.is_integer() else f"{v:.2f}".rstrip("0").rstrip(".")
    else:
        text = str(value).strip()
    if not text:
        return None
    return text if len(text) <= MAX_LABEL_CHARS else text[:MAX_LABEL_CHARS - 1] + "…"


def feature_anchors(mesh: pv.DataSet, cell_fidx: np.ndarray, n_features: int) -> tuple[np.ndarray, np.ndarray]:
    """Per feature (``cell_fidx``: the feature index of each cell): its label anchor ``(n, 3)`` and its size
    ``(n,)`` (xy extent plus height, the label's priority). Features without cells get NaN anchors."""
    anchors = np.full((n_features, 3), np.nan)
    size = np.zeros(n_features)
    if not mesh.n_cells or not n_features or len(cell_fidx) != mesh.n_cells:
        return anchors, size
    centres = np.asarray(mesh.cell_centers().points, dtype=np.float64)
    f = np.asarray(cell_fidx, dtype=np.int64)
    count = np.bincount(f, minlength=n_features).astype(np.float64)
    has = count > 0
    mean = np.zeros((n_features, 2))
    for i in range(2):
        mean[has, i] = np.bincount(f, weights=centres[:, i], minlength=n_features)[has] / count[has]
    lo = np.full((n_features, 3), np.inf)
    hi = np.full((n_features, 3), -np.inf)
    for i in range(3):
        np.minimum.at(lo[:, i], f, centres[:, i])
        np.maximum.at(hi[:, i], f, centres[:, i])
    # the cell centre nearest each feature's mean position: inside a roof, on a bending road
    d = np.hypot(centres[:, 0] - mean[f, 0], centres[:, 1] - mean[f, 1])
    order = np.lexsort((d, f))
    first = np.ones(len(order), bool)
    first[1:] = f[order][1:] != f[order][:-1]
    nearest = order[first]
    anchors[f[nearest], :2] = centres[nearest, :2]
    anchors[has, 2] = hi[has, 2] + LABEL_LIFT_M
    ext = np.where(has[:, None], hi - lo, 0.0)
    size[:] = np.hypot(ext[:, 0], ext[:, 1]) + ext[:, 2]
    return anchors, size


def text_size(text: str, font_px: float = LABEL_FONT_SIZE) -> tuple[float, float]:
    """Estimated (width, height) in pixels of ``text`` in a box: wide (CJK) characters one em, others 0.6 em."""
    em = sum(1.0 if unicodedata.east_asian_width(c) in "WF" else 0.6 for c in text)
    return em * font_px + 8.0, font_px * 1.5 + 4.0


def project(renderer: Any, points: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """Display (pixel) positions ``(n, 2)`` of world ``points`` and whether each lies in front of the camera and
    inside the view."""
    w, h = renderer.GetSize()
    cam = renderer.GetActiveCamera()
    m = cam.GetCompositeProjectionTransformMatrix(w / max(h, 1), -1.0, 1.0)
    mat = np.array([[m.GetElement(r, c) for c in range(4)] for r in range(4)])
    hom = np.c_[points, np.ones(len(points))] @ mat.T
    wv = hom[:, 3]
    ok = wv > 1e-9
    ndc = np.zeros((len(points), 3))
    ndc[ok] = hom[ok, :3] / wv[ok, None]
    xy = np.c_[(ndc[:, 0] + 1.0) * 0.5 * w, (ndc[:, 1] + 1.0) * 0.5 * h]
    inside = ok & (np.abs(ndc[:, 0]) <= 1.0) & (np.abs(ndc[:, 1]) <= 1.0) & (np.abs(ndc[:, 2]) <= 1.0)
    return xy, inside


def place_labels(xy: np.ndarray, sizes: np.ndarray, order: np.ndarray, view: tuple[int, int],
                 texts: list[str] | None = None, *, limit: int = MAX_LABELS, gap: float = LABEL_GAP_PX,
                 repeat_px: float = REPEAT_DISTANCE_PX) -> list[int]:
    """Greedy collision thinning: indices of the labels to draw, taking candidates in ``order`` (highest priority
    first) whose box (``sizes``: width, height, centred on ``xy``) plus ``gap`` lies in the ``view`` (width,
    height), overlaps no box already taken and, with ``texts``, has no label of the same text within
    ``repeat_px``. At most ``limit`` labels."""
    W, H = int(view[0]), int(view[1])
    cell = 4
    grid = np.zeros((H // cell + 2, W // cell + 2), bool)
    taken: list[int] = []
    seen: dict[str, list[tuple[float, float]]] = {}
    half = sizes / 2.0 + gap / 2.0
    x0 = np.floor((xy[:, 0] - half[:, 0]) / cell).astype(np.int64)
    x1 = np.ceil((xy[:, 0] + half[:, 0]) / cell).astype(np.int64)
    y0 = np.floor((xy[:, 1] - half[:, 1]) / cell).astype(np.int64)
    y1 = np.ceil((xy[:, 1] + half[:, 1]) / cell).astype(np.int64)
    fits = (x0 >= 0) & (y0 >= 0) & (x1 <= W // cell) & (y1 <= H // cell)
    for i in order.tolist():
        if not fits[i]:
            continue
        box = grid[y0[i]:y1[i], x0[i]:x1[i]]
        if box.any():
            continue
        if texts is not None:
            near = seen.setdefault(texts[i], [])
            px, py = float(xy[i, 0]), float(xy[i, 1])
            if any((px - qx) ** 2 + (py - qy) ** 2 < repeat_px ** 2 for qx, qy in near):
                continue
            near.append((px, py))
        box[:] = True
        taken.append(i)
        if len(taken) >= limit:
            break
    return taken


class FeatureLabels:
    """The label actor of one layer adapter. The adapter calls :meth:`refresh` after each recolour (the style, the
    data or the clock changed), :meth:`moved` when its geometry moved (exaggeration), :meth:`set_visible` and
    :meth:`close`; the labels are placed before each frame whose camera or window changed."""

    def __init__(self, adapter: "LayerAdapter"):
        self.adapter = adapter
        self.actor: vtkActor2D | None = None
        self.mapper: vtkLabeledDataMapper | None = None
        #: every labelled feature's text, anchor and box size (priority order: biggest feature first)
        self.texts: list[str] = []
        self.points = np.empty((0, 3))
        self.sizes = np.empty((0, 2))
        #: indices into :attr:`texts` of the labels drawn in the last placed frame
        self.placed: list[int] = []
        self.placements = 0
        self._anchors: tuple[int, np.ndarray, np.ndarray] | None = None    # (build count, anchors, sizes)
        self._key: tuple | None = None
        self._view_key: tuple | None = None
        self._stop_frames: Callable[[], None] | None = None

    @property
    def attribute(self) -> str | None:
        return getattr(self.adapter.layer.style, "label_attribute", None)

    @property
    def placed_texts(self) -> list[str]:
        """The texts drawn in the last placed frame."""
        return [self.texts[i] for i in self.placed]

    def refresh(self) -> None:
        """Label the features by the style's ``label_attribute`` (no actor without one)."""
        ad = self.adapter
        attr = self.attribute
        if attr is None or ad.mesh is None or not ad.has_features or not len(ad.fids):
            self._drop()
            return
        shown = self._shown_features()
        key = (attr, ad.build_count, None if shown is None else shown.tobytes())
        if key == self._key and self.actor is not None:
            return
        anchors, sizes = self._feature_anchors()
        texts = [label_text(v) for v in ad.feature_values(attr).tolist()]
        keep = np.array([t is not None for t in texts], bool) & np.isfinite(anchors).all(axis=1)
        if shown is not None:
            keep &= shown
        idx = np.flatnonzero(keep)
        idx = idx[np.argsort(-sizes[idx], kind="stable")]          # priority: the biggest feature first
        self._build(anchors[idx], [texts[i] for i in idx])
        self._key = key

    def moved(self) -> None:
        """The layer's points moved (vertical exaggeration): anchors again."""
        self._anchors = None
        self._key = None
        self.refresh()

    def set_visible(self, visible: bool) -> None:
        if self.actor is not None:
            self.actor.SetVisibility(bool(visible))

    def close(self) -> None:
        self._drop()
        self._anchors = None
        self.adapter = None

    # -- placing ------------------------------------------------------------------------------------------------
    def place(self, renderer: Any) -> None:
        """Before a frame: place the labels again if the camera or the window changed since the last placing."""
        if self.actor is None or not self.actor.GetVisibility():
            return
        cam = renderer.GetActiveCamera()
        key = (tuple(renderer.GetSize()), cam.GetPosition(), cam.GetFocalPoint(), cam.GetViewUp(),
               cam.GetViewAngle(), cam.GetParallelProjection(), cam.GetParallelScale())
        if key == self._view_key:
            return
        self._view_key = key
        xy, inside = project(renderer, self.points)
        order = np.flatnonzero(inside)                  # already in priority order
        self.placed = place_labels(xy, self.sizes, order, key[0], self.texts)
        self.placements += 1
        self._set_input(self.placed)

    def _set_input(self, chosen: list[int]) -> None:
        poly = pv.PolyData(np.ascontiguousarray(self.points[chosen], dtype=np.float64)) if chosen else pv.PolyData()
        names = vtkStringArray()
        names.SetName("label")
        names.SetNumberOfValues(len(chosen))
        for n, i in enumerate(chosen):
            names.SetValue(n, self.texts[i])
        poly.GetPointData().AddArray(names)
        self.mapper.SetInputData(poly)

    # -- parts ------------------------------------------------------------------------------------------------
    def _feature_anchors(self) -> tuple[np.ndarray, np.ndarray]:
        ad = self.adapter
        if self._anchors is None or self._anchors[0] != ad.build_count:
            anchors, sizes = feature_anchors(ad.mesh, ad.features.cell_fidx, len(ad.fids))
            self._anchors = (ad.build_count, anchors, sizes)
        return self._anchors[1], self._anchors[2]

    def _shown_features(self) -> np.ndarray | None:
        """Per feature: drawn (not hidden by the clock with alpha 0); None when every feature is drawn."""
        ad = self.adapter
        rgba = ad.drawing.last_rgba
        if ad.layer.time is None or rgba is None or ad.drawing.association != "cell" or len(rgba) != ad.mesh.n_cells:
            return None
        shown = np.zeros(len(ad.fids), bool)
        shown[ad.features.cell_fidx[rgba[:, 3] > 0]] = True
        return shown

    def _build(self, points: np.ndarray, texts: list[str]) -> None:
        self._drop()
        self.texts, self.points = texts, points
        self.sizes = np.array([text_size(t) for t in texts], dtype=np.float64).reshape(-1, 2)
        if not len(texts):
            return
        tp = text_property(LABEL_FONT_SIZE, color=(0.08, 0.08, 0.1), justification="center", vertical="center")
        tp.SetBackgroundColor(1.0, 1.0, 1.0)
        tp.SetBackgroundOpacity(0.8)
        tp.SetFrame(True)
        tp.SetFrameColor(0.45, 0.45, 0.45)
        mapper = vtkLabeledDataMapper()
        mapper.SetLabelModeToLabelFieldData()
        mapper.SetFieldDataName("label")
        mapper.SetLabelTextProperty(tp)
        self.mapper = mapper
        self._set_input([])
        actor = vtkActor2D()
        actor.SetMapper(mapper)
        actor.SetPickable(False)
        actor.SetVisibility(self.adapter.shown)
        self.actor = actor
        scene = self.adapter.scene
        scene.add_actor(actor)
        self._stop_frames = scene.on_frame(self.place)

    def _drop(self) -> None:
        if self._stop_frames is not None:
            self._stop_frames()
            self._stop_frames = None
        if self.actor is not None and self.adapter is not None and self.adapter.scene is not None:
            self.adapter.scene.remove_actor(self.actor)
        self.actor = self.mapper = None
        self.texts, self.placed = [], []
        self.points = np.empty((0, 3))
        self.sizes = np.empty((0, 2))
        self._key = self._view_key = None


__all__ = ["FeatureLabels", "LABEL_FONT_SIZE", "MAX_LABELS", "feature_anchors", "label_text", "place_labels",
           "project", "text_size"]
