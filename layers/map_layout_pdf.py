"""A simple map layout as a PDF (reportlab, A4 landscape): the 3D view, its title and date, the legend, a north
arrow, a scale bar and a source note listing the project's imported data. No Qt.

The view is rendered off screen (:func:`layers.render.render_scene`, the same scene as the app and
``kaga-twin render``) without its own overlays; the layout draws the legend, north arrow and scale bar as vector
graphics beside it, from the facts the scene reports (the screen direction of grid north, metres per pixel at the
view's centre). Japanese text uses :func:`layers.pdf_fonts.japanese_font`.
"""

from __future__ import annotations

import math
from collections.abc import Callable, Sequence
from datetime import datetime
from pathlib import Path
from typing import Any
from zoneinfo import ZoneInfo

from layers.overlays import format_length, nice_length
from layers.pdf_fonts import japanese_font
from twin.errors import TwinError

PAGE_W, PAGE_H = 841.89, 595.28      # A4 landscape (pt)
MARGIN = 24.0
SIDE_W = 190.0                       # the legend column
MAP_W = PAGE_W - 2 * MARGIN - SIDE_W - 14.0
MAP_H = PAGE_H - 2 * MARGIN - 44.0 - 40.0   # below the title, above the source note
PX_PER_PT = 3.0                      # the view's pixels per point (about 216 dpi on paper)
INK = "#1a1a1a"
MAX_ENTRIES = 14                     # legend rows per layer; the rest is counted
#: how the source note names an importer's data
SOURCE_KINDS = {"plateau-citygml": "PLATEAU 3D都市モデル（国土交通省）", "geotiff": "DEM / ラスタ",
                "road-centrelines": "道路中心線", "facilities": "施設", "ksj-facilities": "国土数値情報 施設",
                "n10-emergency-roads": "国土数値情報 緊急輸送道路", "estat-mesh": "e-Stat 地域メッシュ統計",
                "mlit-mesh-projection": "国土数値情報 将来推計人口メッシュ", "ipss-projection": "社人研 将来推計人口",
                "municipal_csv": "道路損傷の通報", "open311": "道路損傷の通報 (Open311)",
                "fixmystreet_csv": "道路損傷の通報 (FixMyStreet)", "road_damage_ai": "AI 路面損傷検出",
                "pavement_survey_csv": "路面性状調査", "route-tiers": "除雪路線区分", "route-tiers-csv": "除雪路線区分",
                "plough_avl_csv": "除雪車の位置 (AVL)", "plough_gpx": "除雪車の軌跡 (GPX)",
                "plough_vendor_geojson": "除雪車の軌跡", "plough_tracker": "除雪車の位置"}


def _fit(text: str, font: str, size: float, width: float, lines: int = 1) -> list[str]:
    """``text`` wrapped to ``width``, at most ``lines`` lines, the last elided with '…'."""
    from reportlab.lib.utils import simpleSplit
    from reportlab.pdfbase.pdfmetrics import stringWidth

    out = simpleSplit(text, font, size, width) or [""]
    if len(out) > lines:
        out = out[:lines]
        last = out[-1]
        while last and stringWidth(last + "…", font, size) > width:
            last = last[:-1]
        out[-1] = last + "…"
    return out


def source_note(sources: Sequence[dict[str, Any]]) -> str:
    """``出典: PLATEAU 3D都市モデル（国土交通省） 17206_kaga-shi_…; DEM / ラスタ kaga_dem.tif; …`` — each import once."""
    parts = []
    for src in sources:
        name = Path(str(src.get("path") or "")).name
        kind = SOURCE_KINDS.get(str(src.get("importer")), str(src.get("importer") or ""))
        parts.append(f"{kind} {name}")
    return "出典: " + ("; ".join(dict.fromkeys(parts)) if parts else "（取り込んだデータなし）")


def _north_arrow(c: Any, cx: float, cy: float, angle: float, font: str) -> None:
    from reportlab.lib.colors import HexColor, white

    c.saveState()
    c.setFillColor(white)
    c.setStrokeColor(HexColor(INK))
    c.setLineWidth(0.7)
    c.circle(cx, cy, 17, stroke=1, fill=1)
    c.translate(cx, cy)
    c.rotate(math.degrees(angle) - 90.0)   # angle: screen direction of north, pi/2 = up
    p = c.beginPath()
    p.moveTo(0, 13)
    p.lineTo(-6, -9)
    p.lineTo(0, -4)
    p.lineTo(6, -9)
    p.close()
    c.setFillColor(HexColor(INK))
    c.drawPath(p, stroke=0, fill=1)
    c.setFont("Helvetica-Bold", 9)
    c.drawCentredString(0, 19, "N")
    c.restoreState()
    c.setFont(font, 7.5)
    c.drawCentredString(cx, cy - 28, "方位（座標北）")


def _scale_bar(c: Any, x: float, y: float, metres_per_pt: float, note: str, font: str) -> float:
    """Draw a scale bar at most 150 pt long; returns its length in metres."""
    from reportlab.lib.colors import HexColor, white

    metres = nice_length(metres_per_pt * 150.0)
    length = metres / metres_per_pt
    c.setStrokeColor(HexColor(INK))
    c.setLineWidth(0.6)
    for i in range(4):
        c.setFillColor(HexColor(INK) if i % 2 == 0 else white)
        c.rect(x + length * i / 4, y, length / 4, 4.5, stroke=1, fill=1)
    c.setFillColor(HexColor(INK))
    c.setFont(font, 8)
    c.drawString(x, y + 8, "0")
    c.drawRightString(x + length, y + 8, format_length(metres))
    if note:
        c.setFont(font, 7)
        c.drawString(x, y - 10, f"縮尺 {note}")
    return metres


def _legend(c: Any, x: float, top: float, bottom: float, sections: list, font: str) -> float:
    """Legend sections from ``top`` down (stopping above ``bottom``); returns the y below the last row."""
    from reportlab.lib.colors import HexColor

    y = top
    c.setFillColor(HexColor(INK))
    c.setFont(font, 11)
    c.drawString(x, y - 11, "凡例")
    y -= 22
    for title, entries in sections:
        if y < bottom + 20:
            break
        c.setFillColor(HexColor(INK))
        for line in _fit(title, font, 8.5, SIDE_W, lines=2):
            c.setFont(font, 8.5)
            c.drawString(x, y - 9, line)
            y -= 11
        y -= 2
        for e in list(entries)[:MAX_ENTRIES]:
            if y < bottom + 10:
                break
            c.setFillColor(HexColor(e.color))
            c.setStrokeColor(HexColor("#555555"))
            c.setLineWidth(0.4)
            c.rect(x + 2, y - 9, 10, 8, stroke=1, fill=1)
            c.setFillColor(HexColor(INK))
            c.setFont(font, 7.5)
            c.drawString(x + 17, y - 8, _fit(e.label or title, font, 7.5, SIDE_W - 17)[0])
            y -= 10.5
        if len(entries) > MAX_ENTRIES and y >= bottom + 10:
            c.setFont(font, 7.5)
            c.drawString(x + 17, y - 8, f"… ほか {len(entries) - MAX_ENTRIES} 項目")
            y -= 10.5
        y -= 6
    return y


def write_map_layout(doc: Any, path: str | Path, *, camera: str | dict[str, Any] = "station",
                     title: str | Callable[[str], str] = "", sources: Sequence[dict[str, Any]] | None = None,
                     when: datetime | None = None, legend_first: str | None = None) -> dict[str, Any]:
    """Write the A4 layout of ``doc``'s view to ``path``. ``camera``: a preset or a camera state (the app's
    view); ``title``: a text or a function of the camera shown; ``sources``: rows of the project's ``sources``
    table (default: the document's store); ``legend_first``: the layer whose legend comes first (the one
    coloured by the attribute the map is about). Returns the render's facts plus ``pdf``, ``font``, ``embedded``,
    ``scale_m`` and ``source_note``."""
    import numpy as np
    from PIL import Image
    from reportlab.lib.colors import HexColor
    from reportlab.lib.utils import ImageReader
    from reportlab.pdfgen import canvas

    from layers.render import render_scene

    path = Path(path)
    if path.suffix.lower() != ".pdf":
        path = path.with_suffix(".pdf")
    size = (int(MAP_W * PX_PER_PT), int(MAP_H * PX_PER_PT))
    info = render_scene(doc, None, size, camera=camera, title=title, layout=True)
    font = japanese_font()
    when = when or datetime.now(ZoneInfo("Asia/Tokyo"))
    note = source_note(sources if sources is not None else doc.store.sources())
    try:
        c = canvas.Canvas(str(path), pagesize=(PAGE_W, PAGE_H))
    except OSError as exc:
        raise TwinError(f"cannot write {path}: {exc.strerror or exc}") from None
    c.setTitle(info["title"] or "Kaga Twin")
    c.setAuthor("Kaga Twin")
    # title and date
    c.setFillColor(HexColor(INK))
    c.setFont(font.name, 17)
    c.drawString(MARGIN, PAGE_H - MARGIN - 17, _fit(info["title"] or "", font.name, 17, PAGE_W - 2 * MARGIN - 150)[0])
    c.setFont(font.name, 9)
    c.drawRightString(PAGE_W - MARGIN, PAGE_H - MARGIN - 14, f"作成日 {when.year}年{when.month}月{when.day}日")
    # the view
    map_x, map_y = MARGIN, MARGIN + 40.0
    img = Image.fromarray(np.ascontiguousarray(info.pop("image")[:, :, :3]))
    c.drawImage(ImageReader(img), map_x, map_y, MAP_W, MAP_H)
    c.setStrokeColor(HexColor(INK))
    c.setLineWidth(0.8)
    c.rect(map_x, map_y, MAP_W, MAP_H, stroke=1, fill=0)
    # the side column: legend, north arrow, scale bar
    side_x = map_x + MAP_W + 14.0
    sections = sorted(info["legend_sections"], key=lambda sec: not (legend_first and
                                                                    sec[0].startswith(f"{legend_first}: ")))
    _legend(c, side_x, map_y + MAP_H, map_y + 110, sections, font.name)
    if info.get("north_angle") is not None:
        _north_arrow(c, side_x + 24, map_y + 74, info["north_angle"], font.name)
    scale_m = None
    if info.get("scale_bar"):
        metres, px = info["scale_bar"]
        metres_per_pt = metres / px * PX_PER_PT
        scale_m = _scale_bar(c, side_x, map_y + 20, metres_per_pt, info.get("scale_note", ""), font.name)
    # the source note
    c.setFillColor(HexColor("#444444"))
    y = MARGIN + 24
    for line in _fit(note, font.name, 7.5, PAGE_W - 2 * MARGIN, lines=3):
        c.setFont(font.name, 7.5)
        c.drawString(MARGIN, y, line)
        y -= 9.5
    c.showPage()
    try:
        c.save()
    except OSError as exc:
        raise TwinError(f"cannot write {path}: {exc.strerror or exc}") from None
    info.update(pdf=str(path), font=font.path or font.name, embedded=font.embedded, scale_m=scale_m,
                source_note=note)
    return info


__all__ = ["source_note", "write_map_layout"]
