"""Small glyphs for the layer panel: each layer kind's ``icon_shape`` (from the theme registry), filled with the
layer's style colours and outlined in the kind's ``icon_color``; groups get a folder."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QRectF, Qt
from PySide6.QtGui import QColor, QIcon, QPainter, QPainterPath, QPen, QPixmap

from twin.layer import Layer
from twin.style import PALETTES, rgb_to_hex, sample_colormap


def style_colors(layer: Layer, n: int = 4) -> list[str]:
    """Up to ``n`` colours that say how the layer is drawn (ramp samples, category colours or its colour)."""
    st = layer.style
    try:
        if st.mode == "graduated":
            return [rgb_to_hex(c) for c in sample_colormap(st.colormap, [i / max(n - 1, 1) for i in range(n)])]
        if st.mode == "categorized":
            cats = list(dict.fromkeys(st.categories.values()))
            if len(cats) < n:
                cats += [rgb_to_hex(c) for c in PALETTES[st.palette][: n - len(cats)]]
            return cats[:n]
    except (ValueError, KeyError):
        pass
    return [st.color]


def _building(p: QPainter, s: float, colors: list[QColor], outline: QPen) -> None:
    w = s / max(len(colors), 1)
    heights = [0.55, 0.85, 0.7, 0.45]
    for i, c in enumerate(colors):
        h = heights[i % len(heights)] * s
        p.setPen(outline)
        p.setBrush(c)
        p.drawRect(QRectF(i * w + 0.5, s - h, w - 1, h - 1))


def _line(p: QPainter, s: float, colors: list[QColor], outline: QPen) -> None:
    p.setPen(QPen(colors[0].darker(130), s * 0.28, Qt.PenStyle.SolidLine, Qt.PenCapStyle.RoundCap))
    path = QPainterPath()
    path.moveTo(s * 0.15, s * 0.85)
    path.cubicTo(s * 0.45, s * 0.7, s * 0.5, s * 0.3, s * 0.85, s * 0.15)
    p.drawPath(path)


def _relief(p: QPainter, s: float, colors: list[QColor], outline: QPen) -> None:
    path = QPainterPath()
    path.moveTo(0, s)
    path.lineTo(s * 0.35, s * 0.3)
    path.lineTo(s * 0.55, s * 0.6)
    path.lineTo(s * 0.75, s * 0.4)
    path.lineTo(s, s)
    path.closeSubpath()
    p.setPen(outline)
    p.setBrush(colors[len(colors) // 2])
    p.drawPath(path)


def _grid(p: QPainter, s: float, colors: list[QColor], outline: QPen) -> None:
    n = 3
    p.setPen(Qt.PenStyle.NoPen)
    for i in range(n):
        for j in range(n):
            p.setBrush(colors[(i + j) % len(colors)])
            p.drawRect(QRectF(i * s / n, j * s / n, s / n, s / n))


def _points(p: QPainter, s: float, colors: list[QColor], outline: QPen) -> None:
    p.setPen(outline)
    for i, (x, y) in enumerate(((0.3, 0.3), (0.7, 0.45), (0.4, 0.75))):
        p.setBrush(colors[i % len(colors)])
        p.drawEllipse(QRectF(s * (x - 0.17), s * (y - 0.17), s * 0.34, s * 0.34))


def _square(p: QPainter, s: float, colors: list[QColor], outline: QPen) -> None:
    p.setPen(outline)
    p.setBrush(colors[0])
    p.drawRect(QRectF(s * 0.15, s * 0.15, s * 0.7, s * 0.7))


#: ``LayerKind.icon_shape`` → painter; an unknown shape is drawn as a square
SHAPES: dict[str, Callable[[QPainter, float, list[QColor], QPen], None]] = {
    "building": _building, "line": _line, "relief": _relief, "grid": _grid, "points": _points, "square": _square}


def layer_icon(layer: Layer, size: int = 20) -> QIcon:
    """The layer kind's glyph in the layer's colours."""
    spec = layer.spec
    pm = QPixmap(size, size)
    pm.fill(Qt.GlobalColor.transparent)
    p = QPainter(pm)
    p.setRenderHint(QPainter.RenderHint.Antialiasing)
    colors = [QColor(c) for c in style_colors(layer)] or [QColor(spec.icon_color)]
    outline = QPen(QColor(spec.icon_color).darker(160), 1)
    SHAPES.get(spec.icon_shape, _square)(p, float(size), colors, outline)
    p.end()
    return QIcon(pm)


def group_icon(size: int = 20, open_: bool = True) -> QIcon:
    """A folder."""
    pm = QPixmap(size, size)
    pm.fill(Qt.GlobalColor.transparent)
    p = QPainter(pm)
    p.setRenderHint(QPainter.RenderHint.Antialiasing)
    s = float(size)
    p.setPen(QPen(QColor("#8a6d1f"), 1))
    p.setBrush(QColor("#e9c46a" if open_ else "#d9b25a"))
    path = QPainterPath()
    path.moveTo(s * 0.08, s * 0.25)
    path.lineTo(s * 0.4, s * 0.25)
    path.lineTo(s * 0.48, s * 0.35)
    path.lineTo(s * 0.92, s * 0.35)
    path.lineTo(s * 0.92, s * 0.85)
    path.lineTo(s * 0.08, s * 0.85)
    path.closeSubpath()
    p.drawPath(path)
    p.end()
    return QIcon(pm)


__all__ = ["SHAPES", "group_icon", "layer_icon", "style_colors"]
