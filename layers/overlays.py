"""2D overlays drawn by VTK itself, so off-screen PNGs have them too: north arrow, scale bar, legend.

They are refreshed from the renderer's ``StartEvent`` before every frame, so they always follow the
camera and the window size without the GUI having to call anything. The legend is rebuilt only when
marked dirty (style, visibility or layer changes) or when the window size changes.

Text uses a CJK font file (Noto Sans CJK), because VTK's built-in fonts have no Japanese glyphs.
"""

from __future__ import annotations

import math
import shutil
import subprocess
from collections.abc import Callable
from functools import lru_cache
from pathlib import Path

import numpy as np
import pyvista as pv
from vtkmodules.util.numpy_support import numpy_to_vtk
from vtkmodules.vtkCommonCore import VTK_UNSIGNED_CHAR
from vtkmodules.vtkRenderingCore import (
    vtkActor2D,
    vtkCoordinate,
    vtkPolyDataMapper2D,
    vtkTextActor,
    vtkTextProperty,
)

from twin.style import LegendEntry, hex_to_rgba

FONT_CANDIDATES = (
    "/usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc",
    "/usr/share/fonts/opentype/noto/NotoSansCJKjp-Regular.otf",
    "/usr/share/fonts/truetype/noto/NotoSansCJK-Regular.ttc",
    "/usr/share/fonts/noto-cjk/NotoSansCJK-Regular.ttc",
    "/usr/share/fonts/google-noto-cjk/NotoSansCJK-Regular.ttc",
    "/usr/share/fonts/truetype/fonts-japanese-gothic.ttf",
    "/System/Library/Fonts/ヒラギノ角ゴシック W3.ttc",
    "C:/Windows/Fonts/YuGothM.ttc",
    "C:/Windows/Fonts/msgothic.ttc",
)


@lru_cache(maxsize=1)
def cjk_font_file() -> str | None:
    """A font file with Japanese glyphs (Noto Sans CJK first), or None if none is installed."""
    for c in FONT_CANDIDATES:
        if Path(c).is_file():
            return c
    if shutil.which("fc-match"):
        try:
            out = subprocess.run(["fc-match", "-f", "%{file}", "Noto Sans CJK JP:lang=ja"], capture_output=True,
                                 text=True, timeout=5).stdout.strip()
            if out and Path(out).is_file():
                return out
        except (OSError, subprocess.SubprocessError):
            pass
    return None


def text_property(size: int = 14, color: tuple[float, float, float] = (0.12, 0.12, 0.12), bold: bool = False,
                  justification: str = "left", vertical: str = "bottom") -> vtkTextProperty:
    """A text property using the CJK font file when there is one."""
    tp = vtkTextProperty()
    font = cjk_font_file()
    if font:
        tp.SetFontFamily(4)  # VTK_FONT_FILE
        tp.SetFontFile(font)
    tp.SetFontSize(int(size))
    tp.SetColor(*color)
    tp.SetBold(bold)
    tp.SetShadow(False)
    {"left": tp.SetJustificationToLeft, "center": tp.SetJustificationToCentered,
     "right": tp.SetJustificationToRight}[justification]()
    {"bottom": tp.SetVerticalJustificationToBottom, "center": tp.SetVerticalJustificationToCentered,
     "top": tp.SetVerticalJustificationToTop}[vertical]()
    return tp


def _display_mapper(poly: pv.PolyData) -> vtkPolyDataMapper2D:
    coord = vtkCoordinate()
    coord.SetCoordinateSystemToDisplay()
    m = vtkPolyDataMapper2D()
    m.SetInputData(poly)
    m.SetTransformCoordinate(coord)
    m.ScalarVisibilityOn()
    m.SetScalarModeToUseCellData()
    m.SetColorModeToDirectScalars()
    return m


class Shapes2D:
    """A 2D actor of coloured polygons in display (pixel) coordinates, replaced wholesale on update."""

    def __init__(self, renderer) -> None:
        self.renderer = renderer
        self.poly = pv.PolyData()
        self.mapper = _display_mapper(self.poly)
        self.actor = vtkActor2D()
        self.actor.SetMapper(self.mapper)
        self.actor.SetPickable(False)
        renderer.AddViewProp(self.actor)

    def set(self, polygons: list[np.ndarray], colors: list[tuple[int, int, int, int]],
            outlines: list[np.ndarray] | None = None, outline_color=(40, 40, 40, 255)) -> None:
        pts, faces, lines, cols = [], [], [], []
        base = 0
        for p, c in zip(polygons, colors):
            faces.append(np.r_[len(p), np.arange(base, base + len(p))])
            pts.append(p)
            cols.append(c)
            base += len(p)
        line_cols = []
        for p in outlines or []:
            lines.append(np.r_[len(p) + 1, np.arange(base, base + len(p)), base])
            pts.append(p)
            line_cols.append(outline_color)
            base += len(p)
        poly = pv.PolyData()
        if pts:
            P = np.concatenate(pts).astype(np.float64)
            kw = {}
            if faces:
                kw["faces"] = np.concatenate(faces)
            if lines:
                kw["lines"] = np.concatenate(lines)
            poly = pv.PolyData(np.c_[P, np.zeros(len(P))], **kw)  # cells given: no automatic vertices
            # cell order: lines before polys in VTK, so colours follow that order
            c = np.ascontiguousarray(np.array(line_cols + cols, dtype=np.uint8).reshape(-1, 4))
            arr = numpy_to_vtk(c, deep=True, array_type=VTK_UNSIGNED_CHAR)
            arr.SetName("colors")
            poly.GetCellData().SetScalars(arr)
        self.poly = poly
        self.mapper.SetInputData(poly)

    def set_visible(self, v: bool) -> None:
        self.actor.SetVisibility(bool(v))

    def remove(self) -> None:
        self.renderer.RemoveViewProp(self.actor)


class Label:
    def __init__(self, renderer, prop: vtkTextProperty) -> None:
        self.renderer = renderer
        self.actor = vtkTextActor()
        self.actor.SetTextProperty(prop)
        self.actor.GetPositionCoordinate().SetCoordinateSystemToDisplay()
        self.actor.SetPickable(False)
        renderer.AddViewProp(self.actor)

    def set(self, text: str, x: float, y: float) -> None:
        self.actor.SetInput(text)
        self.actor.SetDisplayPosition(int(round(x)), int(round(y)))

    def size(self) -> tuple[float, float]:
        bbox = [0.0] * 4
        self.actor.GetBoundingBox(self.renderer, bbox)
        return bbox[1] - bbox[0], bbox[3] - bbox[2]

    def remove(self) -> None:
        self.renderer.RemoveViewProp(self.actor)


def nice_length(max_m: float) -> float:
    """Largest 1/2/5 × 10^k not above ``max_m``."""
    if max_m <= 0 or not math.isfinite(max_m):
        return 0.0
    k = math.floor(math.log10(max_m))
    for m in (5, 2, 1):
        if m * 10 ** k <= max_m:
            return m * 10 ** k
    return 10 ** k


def format_length(m: float) -> str:
    if m >= 1000:
        v = m / 1000
        return f"{v:g} km"
    return f"{m:g} m"


LegendSection = tuple[str, list[LegendEntry]]


class Overlays:
    """North arrow (top right), scale bar (bottom left), legend (top left) and an optional title."""

    def __init__(self, renderer, *, north_convergence_deg: float = 0.0,
                 legend_source: Callable[[], list[LegendSection]] | None = None, legend: bool = True,
                 scale: float = 1.0) -> None:
        self.renderer = renderer
        self.convergence = math.radians(north_convergence_deg)
        self.legend_source = legend_source
        self.legend_visible = legend
        self._scale_note = "(画面中央)"
        self.scale = scale
        s = scale
        self.arrow = Shapes2D(renderer)
        self.arrow_label = Label(renderer, text_property(int(16 * s), bold=True, justification="center",
                                                         vertical="center"))
        self.bar = Shapes2D(renderer)
        self.bar_label = Label(renderer, text_property(int(13 * s), justification="left"))
        self.legend_panel = Shapes2D(renderer)
        self.legend_labels: list[Label] = []
        self.title_label = Label(renderer, text_property(int(18 * s), bold=True, justification="left",
                                                         vertical="top"))
        self.title = ""
        self._legend_dirty = True
        #: how many times the legend was rebuilt (once per frame after a change that marked it)
        self.legend_builds = 0
        self._size: tuple[int, int] | None = None
        self._camera_key: tuple | None = None
        self.last_north_angle: float | None = None   # screen angle of north, radians (pi/2 = up)
        self.last_scale: tuple[float, float] | None = None  # (metres, pixels) of the scale bar

    # -- public --------------------------------------------------------------------------------------------
    def mark_legend_dirty(self) -> None:
        self._legend_dirty = True

    @property
    def scale_note(self) -> str:
        """After the scale bar's length in perspective views: where the length holds (the view's centre)."""
        return self._scale_note

    @scale_note.setter
    def scale_note(self, text: str) -> None:
        self._scale_note = text
        self._camera_key = None  # redraw the scale bar at the next render

    def set_title(self, text: str) -> None:
        self.title = text or ""
        self._legend_dirty = True

    def set_legend_visible(self, v: bool) -> None:
        self.legend_visible = bool(v)
        self._legend_dirty = True

    def update(self, *_: object) -> None:
        """Refresh everything for the current camera and window size (called before each render)."""
        size = tuple(self.renderer.GetSize())
        if size[0] < 10 or size[1] < 10:
            return
        if size != self._size:
            self._size = size
            self._legend_dirty = True
        cam = self.renderer.GetActiveCamera()
        key = (size, cam.GetPosition(), cam.GetFocalPoint(), cam.GetViewUp(), cam.GetViewAngle(),
               cam.GetParallelProjection(), cam.GetParallelScale())
        if key != self._camera_key:          # north arrow and scale bar only change with the view
            self._camera_key = key
            self._update_north(size)
            self._update_scale(size)
        if self._legend_dirty:
            self._legend_dirty = False
            self._update_legend(size)

    def remove(self) -> None:
        for a in (self.arrow, self.bar, self.legend_panel):
            a.remove()
        for lab in [self.arrow_label, self.bar_label, self.title_label, *self.legend_labels]:
            lab.remove()
        self.legend_labels = []
        self.legend_source = None

    # -- north arrow --------------------------------------------------------------------------------------
    def _world_to_display(self, p) -> np.ndarray:
        r = self.renderer
        r.SetWorldPoint(float(p[0]), float(p[1]), float(p[2]), 1.0)
        r.WorldToDisplay()
        return np.array(r.GetDisplayPoint())

    def _display_to_world(self, x: float, y: float, z: float) -> np.ndarray:
        r = self.renderer
        r.SetDisplayPoint(float(x), float(y), float(z))
        r.DisplayToWorld()
        w = np.array(r.GetWorldPoint())
        return w[:3] / (w[3] if w[3] else 1.0)

    def _update_north(self, size) -> None:
        cam = self.renderer.GetActiveCamera()
        f = np.array(cam.GetFocalPoint())
        L = max(cam.GetDistance() * 0.05, 1.0)
        north = np.array([-math.sin(self.convergence), math.cos(self.convergence), 0.0])
        a = self._world_to_display(f)
        b = self._world_to_display(f + north * L)
        d = b[:2] - a[:2]
        ang = math.atan2(d[1], d[0]) if np.hypot(*d) > 1e-6 else math.pi / 2
        self.last_north_angle = ang
        s = self.scale
        cx, cy = size[0] - 46 * s, size[1] - 62 * s
        R = 26 * s
        u = np.array([math.cos(ang), math.sin(ang)])
        v = np.array([-u[1], u[0]])
        tip = np.array([cx, cy]) + u * R
        tail = np.array([cx, cy]) - u * R * 0.75
        left = np.array([cx, cy]) - u * R * 0.35 + v * R * 0.45
        right = np.array([cx, cy]) - u * R * 0.35 - v * R * 0.45
        circle = np.array([[cx + (R + 8 * s) * math.cos(t), cy + (R + 8 * s) * math.sin(t)]
                           for t in np.linspace(0, 2 * math.pi, 40, endpoint=False)])
        self.arrow.set([circle, np.array([tip, left, tail]), np.array([tip, tail, right])],
                       [(255, 255, 255, 215), (35, 35, 35, 255), (235, 235, 235, 255)],
                       outlines=[np.array([tip, left, tail, right]), circle],
                       outline_color=(35, 35, 35, 255))
        lab = np.array([cx, cy]) + u * (R + 19 * s)
        self.arrow_label.set("N", lab[0], lab[1])

    # -- scale bar ------------------------------------------------------------------------------------------
    def _update_scale(self, size) -> None:
        cam = self.renderer.GetActiveCamera()
        f = np.array(cam.GetFocalPoint())
        fd = self._world_to_display(f)
        cx, cy = size[0] / 2.0, size[1] / 2.0
        p0 = self._display_to_world(cx - 50, cy, fd[2])
        p1 = self._display_to_world(cx + 50, cy, fd[2])
        mpp = float(np.linalg.norm(p1 - p0)) / 100.0
        s = self.scale
        if not math.isfinite(mpp) or mpp <= 0:
            self.bar.set([], [])
            self.bar_label.set("", 0, 0)
            return
        length = nice_length(mpp * 180 * s)
        px = length / mpp
        self.last_scale = (length, px)
        x0, y0 = 20 * s, 22 * s
        h = 7 * s
        polys, cols = [], []
        n = 4
        for i in range(n):
            a = x0 + px * i / n
            b = x0 + px * (i + 1) / n
            polys.append(np.array([[a, y0], [b, y0], [b, y0 + h], [a, y0 + h]]))
            cols.append((30, 30, 30, 255) if i % 2 == 0 else (250, 250, 250, 255))
        note = f"  {self.scale_note}" if self.scale_note and not cam.GetParallelProjection() else ""
        self.bar_label.set(format_length(length) + note,
                           x0, y0 + h + 4 * s)
        lw, lh = self.bar_label.size()
        right = x0 + max(px, lw) + 8 * s
        top = y0 + h + 4 * s + max(lh, 14 * s) + 4 * s
        bg = np.array([[x0 - 8 * s, y0 - 8 * s], [right, y0 - 8 * s], [right, top], [x0 - 8 * s, top]])
        self.bar.set([bg] + polys, [(255, 255, 255, 200)] + cols,
                     outlines=[np.array([[x0, y0], [x0 + px, y0], [x0 + px, y0 + h], [x0, y0 + h]])])

    # -- legend ------------------------------------------------------------------------------------------------
    def _label(self, i: int, prop_args: dict) -> Label:
        while len(self.legend_labels) <= i:
            self.legend_labels.append(Label(self.renderer, text_property(int(13 * self.scale))))
        lab = self.legend_labels[i]
        tp = lab.actor.GetTextProperty()
        tp.SetBold(prop_args.get("bold", False))
        tp.SetFontSize(int(prop_args.get("size", 13) * self.scale))
        lab.actor.SetVisibility(True)
        return lab

    def _update_legend(self, size) -> None:
        """The legend at the top left, at most :data:`layers.legend.LEGEND_MAX_WIDTH` of the view wide (long names
        wrap onto a second line, then "…") and above the scale bar: every layer's title, and as many entries as
        fit (:func:`layers.legend.legend_rows`)."""
        from layers.legend import LEGEND_MAX_WIDTH, LEGEND_MIN_WIDTH_PX, legend_rows

        self.legend_builds += 1
        s = self.scale
        sections = self.legend_source() if (self.legend_source and self.legend_visible) else []
        W, H = size
        x0 = 16 * s
        y = H - 16 * s
        n_used = 0
        swatches, colors = [], []
        outlines = []
        max_w = 0.0
        if self.title:
            self.title_label.set(self.title, x0, y)
            self.title_label.actor.SetVisibility(True)
            tw, th = self.title_label.size()
            y -= th + 10 * s
        else:
            self.title_label.actor.SetVisibility(False)
        top = y
        row = 19 * s
        sw = 14 * s
        text_w = max(LEGEND_MIN_WIDTH_PX * s, LEGEND_MAX_WIDTH * W) - 24 * s      # inside the panel's margins
        bottom = 72 * s                                   # the scale bar's box below
        gap = 8 * s                                       # between sections
        y -= 8 * s
        rows = legend_rows(sections, max((y - bottom) / row, 0.0), text_w / (14 * s), (text_w - sw - 8 * s) / (13 * s),
                           gap_rows=gap / row)
        for k, (kind, text, color) in enumerate(rows):
            if kind == "title" and k and rows[k - 1][0] != "title":
                y -= gap
            lab = self._label(n_used, {"bold": kind == "title", "size": 14 if kind == "title" else 13})
            n_used += 1
            x = x0 + 8 * s if kind != "entry" else x0 + 8 * s + sw + 8 * s
            lab.set(text, x, y - row + (4 if kind == "title" else 5) * s)
            max_w = max(max_w, x - x0 - 8 * s + lab.size()[0])
            if color is not None:
                r, g, b, _ = hex_to_rgba(color)
                q = np.array([[x0 + 8 * s, y - row + 4 * s], [x0 + 8 * s + sw, y - row + 4 * s],
                              [x0 + 8 * s + sw, y - row + 4 * s + sw], [x0 + 8 * s, y - row + 4 * s + sw]])
                swatches.append(q)
                colors.append((r, g, b, 255))
                outlines.append(q)
            y -= row
        y -= 6 * s
        for lab in self.legend_labels[n_used:]:
            lab.actor.SetVisibility(False)
        if n_used:
            panel = np.array([[x0, y], [x0 + max_w + 24 * s, y], [x0 + max_w + 24 * s, top], [x0, top]])
            self.legend_panel.set([panel] + swatches, [(255, 255, 255, 225)] + colors,
                                  outlines=outlines, outline_color=(90, 90, 90, 255))
        else:
            self.legend_panel.set([], [])
        # drawn after everything added since (layer labels): the legend stays on top
        for actor in [self.legend_panel.actor, self.title_label.actor, *(lab.actor for lab in self.legend_labels)]:
            self.renderer.RemoveViewProp(actor)
            self.renderer.AddViewProp(actor)

    @property
    def legend_texts(self) -> list[str]:
        """Texts currently shown in the legend (for tests and diagnostics)."""
        return [lab.actor.GetInput() for lab in self.legend_labels if lab.actor.GetVisibility()]


__all__ = ["Overlays", "cjk_font_file", "format_length", "nice_length", "text_property"]
