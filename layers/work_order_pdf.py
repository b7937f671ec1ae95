"""Printable work orders: a PDF (reportlab) with one A4 landscape page per work package of
:mod:`twin.work_orders`, for road crews. No Qt.

Each package starts a page: a title (package code, date, case count, summed priority), a **map** of the package's
area beside a summary (counts by status, worst class, the area's centre in latitude/longitude, a legend and
boxes for the crew to fill in), and the **case table** (No., rank, case id, damage class, status, priority,
reports, road name, first report, report texts truncated, a box to tick). A package with more cases than fit
continues on the next page, marked 続き.

The map is drawn as vector graphics in the PDF (sharp on paper, small files): buildings' footprints, the road
segments (wider for higher classes, 緊急輸送道路 underlaid in orange, names along the roads), the package's area
with the outside dimmed, and the cases as circles coloured by status and numbered by their No. in the table
(moved aside with a leader line where they would overlap), with a north arrow (grid north of the project's
plane-rectangular CRS is up); the scale bar is in the legend.

Japanese text needs a font reportlab can embed: :func:`layers.pdf_fonts.japanese_font` (shared with the map
layout, :mod:`layers.map_layout_pdf`).
"""

from __future__ import annotations

import math
import os
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any
from xml.sax.saxutils import escape

import shapely

from layers.pdf_fonts import PdfFont, japanese_font
from twin.errors import TwinError
from twin.themes import value_label
from twin.themes.road_damage import STATUS_COLORS
from twin.work_orders import WorkOrders, WorkPackage, class_label, column_label, tokyo_text

PAGE_W, PAGE_H = 841.89, 595.28      # A4 landscape (pt)
MARGIN = 26.0
MAP_W, MAP_H = 470.0, 262.0
INK = "#1a1a1a"
ROAD = "#6b6b6b"
EMERGENCY = "#f4a261"
AREA = "#2166ac"
BUILDING = "#e4e4e4"
#: road line widths (pt) by class; others ROAD_WIDTH_DEFAULT
ROAD_WIDTHS = {"motorway": 3.2, "trunk": 3.0, "national": 3.0, "primary": 2.6, "prefectural": 2.6,
               "secondary": 2.2, "avenue": 2.2, "tertiary": 1.8, "collector": 1.8}
ROAD_WIDTH_DEFAULT = 1.2
MARKER_R = 6.5
MAX_BUILDINGS = 40_000


# -- the map ---------------------------------------------------------------------------------------------------

@dataclass
class MapContext:
    """What the map draws besides the cases, in the project CRS (read from the store for the map's extent)."""

    roads: list[tuple[shapely.Geometry, str | None, str | None, int | None]]   # geometry, name, class, emergency
    buildings: list[shapely.Geometry]


def map_context(store: Any | None, bounds: Sequence[float]) -> MapContext:
    """Road segments and building footprints within ``bounds`` (xmin, ymin, xmax, ymax)."""
    if store is None:
        return MapContext([], [])
    tables = set(store.table_names())
    env = "ST_MakeEnvelope(?, ?, ?, ?)"
    roads: list = []
    if "road_segments" in tables:
        for wkb, name, cls, emergency in store.query(
                f"SELECT ST_AsWKB(geom), name, road_class, emergency_class FROM road_segments "
                f"WHERE geom IS NOT NULL AND ST_Intersects(geom, {env})", list(bounds)):
            roads.append((shapely.from_wkb(bytes(wkb)), name, cls, emergency))
    buildings: list = []
    if "buildings" in tables:
        buildings = [shapely.from_wkb(bytes(r[0])) for r in store.query(
            f"SELECT ST_AsWKB(ST_Force2D(footprint)) FROM buildings WHERE footprint IS NOT NULL "
            f"AND ST_Intersects(footprint, {env}) LIMIT {MAX_BUILDINGS}", list(bounds))]
    return MapContext(roads, buildings)


def map_bounds(pkg: WorkPackage, width: float = MAP_W, height: float = MAP_H, pad: float = 0.06
               ) -> tuple[float, float, float, float]:
    """World bounds of the map of ``pkg``: its area and cases with a margin, widened to the map's aspect."""
    xs = [o.x for o in pkg.orders]
    ys = [o.y for o in pkg.orders]
    ax0, ay0, ax1, ay1 = pkg.area.bounds
    x0, x1 = min([ax0, *xs]), max([ax1, *xs])
    y0, y1 = min([ay0, *ys]), max([ay1, *ys])
    w, h = max(x1 - x0, 100.0) * (1 + 2 * pad), max(y1 - y0, 100.0) * (1 + 2 * pad)
    if w / h < width / height:
        w = h * width / height
    else:
        h = w * height / width
    grow = width / (width - 4 * MARKER_R)        # room for a marker (and its number) on the edge
    w, h = w * grow, h * grow
    cx, cy = (x0 + x1) / 2, (y0 + y1) / 2
    return cx - w / 2, cy - h / 2, cx + w / 2, cy + h / 2


#: scale bar lengths (m)
NICE_LENGTHS = (10, 20, 25, 50, 100, 200, 250, 500, 1000, 2000, 2500, 5000, 10000, 20000, 50000, 100000)


def _upright(angle: float) -> float:
    while angle > 90:
        angle -= 180
    while angle < -90:
        angle += 180
    return angle


class PackageMap:
    """Draws the map of one package on a reportlab canvas at (x, y) with the given size (pt)."""

    def __init__(self, pkg: WorkPackage, context: MapContext, font: PdfFont, width: float = MAP_W,
                 height: float = MAP_H):
        self.pkg, self.ctx, self.font = pkg, context, font
        self.width, self.height = width, height
        self.bounds = map_bounds(pkg, width, height)
        self.scale = width / (self.bounds[2] - self.bounds[0])       # pt per metre

    def to_page(self, x: float, y: float) -> tuple[float, float]:
        return (x - self.bounds[0]) * self.scale, (y - self.bounds[1]) * self.scale

    def _path(self, c: Any, coords: Any, close: bool = False, path: Any = None) -> Any:
        p = path if path is not None else c.beginPath()
        for i, (x, y) in enumerate(coords):
            px, py = self.to_page(x, y)
            if i == 0:
                p.moveTo(px, py)
            else:
                p.lineTo(px, py)
        if close:
            p.close()
        return p

    def _lines(self, geom: shapely.Geometry) -> list:
        if geom is None or geom.is_empty:
            return []
        if isinstance(geom, shapely.LineString):
            return [geom.coords]
        return [g.coords for g in getattr(geom, "geoms", []) if isinstance(g, shapely.LineString)]

    def _polygons(self, geom: shapely.Geometry) -> list:
        if isinstance(geom, shapely.Polygon):
            return [geom]
        return [g for g in getattr(geom, "geoms", []) if isinstance(g, shapely.Polygon)]

    def draw(self, c: Any, x: float, y: float) -> None:
        from reportlab.lib.colors import HexColor, white

        c.saveState()
        c.translate(x, y)
        frame = c.beginPath()
        frame.rect(0, 0, self.width, self.height)
        c.clipPath(frame, stroke=0, fill=0)
        c.setFillColor(white)
        c.rect(0, 0, self.width, self.height, stroke=0, fill=1)
        # buildings
        if self.ctx.buildings:
            c.setFillColor(HexColor(BUILDING))
            c.setStrokeColor(HexColor("#c9c9c9"))
            c.setLineWidth(0.2)
            p = c.beginPath()
            for g in self.ctx.buildings:
                for poly in self._polygons(g):
                    self._path(c, poly.exterior.coords, close=True, path=p)
            c.drawPath(p, stroke=1, fill=1)
        # roads: emergency underlay, then casing by class
        c.setLineCap(1)
        c.setLineJoin(1)
        for geom, _, cls, emergency in self.ctx.roads:
            if emergency:
                c.setStrokeColor(HexColor(EMERGENCY))
                c.setLineWidth(ROAD_WIDTHS.get(cls or "", ROAD_WIDTH_DEFAULT) + 3.0)
                for line in self._lines(geom):
                    c.drawPath(self._path(c, line), stroke=1, fill=0)
        c.setStrokeColor(HexColor(ROAD))
        for geom, _, cls, _ in sorted(self.ctx.roads, key=lambda r: ROAD_WIDTHS.get(r[2] or "", 0)):
            c.setLineWidth(ROAD_WIDTHS.get(cls or "", ROAD_WIDTH_DEFAULT))
            for line in self._lines(geom):
                c.drawPath(self._path(c, line), stroke=1, fill=0)
        # outside the package: dimmed; its boundary dashed
        mask = c.beginPath()
        mask.rect(0, 0, self.width, self.height)
        for poly in self._polygons(self.pkg.area):
            self._path(c, poly.exterior.coords, close=True, path=mask)
        c.saveState()
        c.setFillColor(white)
        c.setFillAlpha(0.55)
        c.drawPath(mask, stroke=0, fill=1, fillMode=0)  # even-odd: the area stays clear
        c.restoreState()
        c.setStrokeColor(HexColor(AREA))
        c.setLineWidth(1.2)
        c.setDash(5, 3)
        for poly in self._polygons(self.pkg.area):
            c.drawPath(self._path(c, poly.exterior.coords, close=True), stroke=1, fill=0)
        c.setDash()
        self._road_names(c)
        self._markers(c)
        self._north_arrow(c)
        c.restoreState()
        c.setStrokeColor(HexColor("#444444"))
        c.setLineWidth(0.8)
        c.rect(x, y, self.width, self.height, stroke=1, fill=0)

    def _halo_text(self, c: Any, px: float, py: float, text: str, size: float, angle: float = 0.0,
                   centred: bool = True) -> None:
        from reportlab.lib.colors import HexColor, white

        c.saveState()
        c.translate(px, py)
        c.rotate(angle)
        w = c.stringWidth(text, self.font.name, size)
        tx = -w / 2 if centred else 0.0
        for mode, colour in ((1, white), (0, HexColor(INK))):
            t = c.beginText(tx, -size * 0.35)
            t.setFont(self.font.name, size)
            t.setTextRenderMode(mode)
            if mode == 1:
                c.setStrokeColor(colour)
                c.setLineWidth(2.2)
                c.setLineJoin(1)
            else:
                t.setFillColor(colour)
            t.textLine(text)
            c.drawText(t)
        c.restoreState()

    def _road_names(self, c: Any) -> None:
        """Each road name once, on its longest piece inside the map."""
        view = shapely.box(*self.bounds).buffer(-12 / self.scale)
        best: dict[str, tuple[float, shapely.LineString]] = {}
        for geom, name, _, _ in self.ctx.roads:
            if not name:
                continue
            inside = geom.intersection(view)
            for coords in self._lines(inside):
                line = shapely.LineString(coords)
                if line.length > best.get(name, (0.0, None))[0]:
                    best[name] = (line.length, line)
        size = 7.5
        placed: list[shapely.Geometry] = []
        for name, (length, line) in sorted(best.items(), key=lambda kv: -kv[1][0]):
            text_m = (len(name) * size * 1.05) / self.scale
            if length < text_m * 1.1:
                continue
            mid = line.interpolate(0.5, normalized=True)
            a = line.interpolate(max(0.0, line.project(mid) - text_m / 2))
            b = line.interpolate(min(line.length, line.project(mid) + text_m / 2))
            angle = _upright(math.degrees(math.atan2(b.y - a.y, b.x - a.x)))
            footprint = shapely.LineString([(a.x, a.y), (b.x, b.y)]).buffer(size / self.scale)
            if any(footprint.intersects(p) for p in placed):
                continue
            placed.append(footprint)
            px, py = self.to_page(mid.x, mid.y)
            self._halo_text(c, px, py, name, size, angle)

    def marker_positions(self) -> list[tuple[float, float, float, float]]:
        """(true x, true y, marker x, marker y) in page units per case (in table order); markers that would
        overlap an earlier one are moved onto rings around their point."""
        placed: list[tuple[float, float]] = []
        out = []
        gap = 2 * MARKER_R + 1.0
        for o in self.pkg.orders:
            tx, ty = self.to_page(o.x, o.y)
            pos = (tx, ty)
            if any(math.hypot(tx - px, ty - py) < gap for px, py in placed):
                found = None
                for ring in range(1, 6):
                    r = ring * gap
                    steps = 8 * ring
                    for k in range(steps):
                        ang = math.pi / 4 + 2 * math.pi * k / steps
                        cand = (tx + r * math.cos(ang), ty + r * math.sin(ang))
                        inside = MARKER_R <= cand[0] <= self.width - MARKER_R and \
                            MARKER_R <= cand[1] <= self.height - MARKER_R
                        if inside and all(math.hypot(cand[0] - px, cand[1] - py) >= gap for px, py in placed):
                            found = cand
                            break
                    if found:
                        break
                pos = found or pos
            placed.append(pos)
            out.append((tx, ty, pos[0], pos[1]))
        return out

    def _markers(self, c: Any) -> None:
        from reportlab.lib.colors import HexColor, white

        pos = self.marker_positions()
        c.setLineWidth(0.7)
        c.setStrokeColor(HexColor(INK))
        c.setFillColor(HexColor(INK))
        for tx, ty, mx, my in pos:
            if (tx, ty) != (mx, my):
                c.line(tx, ty, mx, my)
                c.circle(tx, ty, 1.3, stroke=0, fill=1)
        for o, (_, _, mx, my) in reversed(list(zip(self.pkg.orders, pos))):
            c.setFillColor(HexColor(STATUS_COLORS.get(o.status, "#808080")))
            c.setStrokeColor(white)
            c.setLineWidth(1.1)
            c.circle(mx, my, MARKER_R, stroke=1, fill=1)
            text = str(o.no)
            size = 7.5 if len(text) < 3 else 6.0
            c.setFillColor(white)
            c.setFont("Helvetica-Bold", size)
            c.drawCentredString(mx, my - size * 0.36, text)

    def scale_bar(self, c: Any, x: float, y: float, max_width: float = 150.0) -> float:
        """Draw a scale bar of the map at (x, y) (for the legend); returns its length in metres."""
        from reportlab.lib.colors import HexColor

        fits = [v for v in NICE_LENGTHS if v * self.scale <= max_width]
        metres = float(fits[-1] if fits else NICE_LENGTHS[0])
        length = metres * self.scale
        c.setFillColor(HexColor(INK))
        half = length / 2
        c.rect(x, y, half, 3.5, stroke=0, fill=1)
        c.setStrokeColor(HexColor(INK))
        c.setLineWidth(0.6)
        c.rect(x + half, y, half, 3.5, stroke=1, fill=0)
        c.setFont(self.font.name, 7)
        label = f"{metres / 1000:g} km" if metres >= 1000 else f"{metres:g} m"
        c.drawString(x, y + 6, "0")
        c.drawRightString(x + length, y + 6, label)
        return metres

    def _north_arrow(self, c: Any) -> None:
        from reportlab.lib.colors import HexColor, white

        x, y = self.width - 18, self.height - 34
        c.setFillColor(white)
        c.setFillAlpha(0.85)
        c.rect(x - 10, y - 4, 20, 32, stroke=0, fill=1)
        c.setFillAlpha(1)
        p = c.beginPath()
        p.moveTo(x, y + 18)
        p.lineTo(x - 6, y)
        p.lineTo(x, y + 5)
        p.lineTo(x + 6, y)
        p.close()
        c.setFillColor(HexColor(INK))
        c.drawPath(p, stroke=0, fill=1)
        c.setFont("Helvetica-Bold", 8)
        c.drawCentredString(x, y + 20, "N")


# -- the document ----------------------------------------------------------------------------------------------

#: table columns: (key, width in pt); the widths add up to the page's content width
TABLE_COLUMNS = (("no", 26), ("rank", 30), ("case_id", 38), ("worst_class", 172), ("status", 46),
                 ("priority", 38), ("report_count", 30), ("road_name", 82), ("first_reported", 52),
                 ("descriptions", 246), ("done", 28))
TEXT = {
    "title": ("補修作業指示書", "Repair work order"),
    "package": ("作業区画", "Work package"),
    "continued": ("続き", "continued"),
    "created": ("作成日", "Created"),
    "cases": ("件", "cases"),
    "priority_sum": ("優先度合計", "priority sum"),
    "open": ("対象", "Included"),
    "reports": ("通報", "reports"),
    "worst": ("最も重い損傷", "Worst damage"),
    "oldest": ("最初の通報", "First report"),
    "centre": ("区画の中心", "Centre"),
    "hull": ("案件の範囲 (+50 m)", "cases' hull (+50 m)"),
    "legend": ("凡例", "Legend"),
    "emergency": ("緊急輸送道路", "Emergency transport road"),
    "road": ("道路 (太いほど上位の道路種別)", "Road (wider: higher class)"),
    "area": ("作業区画の範囲 (外側は薄く表示)", "Work package area (outside dimmed)"),
    "leader": ("重なる案件は引出線で表示", "Overlapping cases moved, with a leader"),
    "marker": ("番号は表の No.", "number = table No."),
    "of": ("区画", "package"),
    "crew": ("担当班", "Crew"),
    "date": ("作業日", "Work date"),
    "check": ("完了確認", "Checked by"),
    "done": ("完了", "Done"),
    "no": ("No.", "No."),
    "photo": ("写真", "photos"),
    "size": ("最大", "largest"),
    "footer": ("加賀市 デジタルツイン — 補修の優先度 (repair-priority)", "Kaga Twin — repair priority"),
    "page": ("ページ", "page"),
    "none": ("対象の案件はありません。", "No cases to print."),
}


#: names of the JIS X 0410 mesh levels (level → ja, en)
MESH_LEVELS = {1: ("1次メッシュ (約80km)", "1st mesh (80 km)"), 2: ("2次メッシュ (約10km)", "2nd mesh (10 km)"),
               5000: ("5倍地域メッシュ (約5km)", "5× mesh (5 km)"), 2000: ("2倍地域メッシュ (約2km)", "2× mesh (2 km)"),
               3: ("3次メッシュ (約1km)", "3rd mesh (1 km)"), 4: ("2分の1メッシュ (約500m)", "½ mesh (500 m)"),
               5: ("4分の1メッシュ (約250m)", "¼ mesh (250 m)"), 6: ("8分の1メッシュ (約125m)", "⅛ mesh (125 m)")}


def area_text(pkg: WorkPackage, lang: str | None) -> str:
    """What the package's area is: its mesh level, or the cases' hull."""
    if pkg.area_kind == "mesh":
        from twin.meshcode import level_of
        ja, en = MESH_LEVELS.get(level_of(pkg.code), ("メッシュ", "mesh cell"))
        return en if lang == "en" else ja
    return _t("hull", lang)


def _t(key: str, lang: str | None) -> str:
    ja, en = TEXT[key]
    return en if lang == "en" else ja


def _head(key: str, lang: str | None) -> str:
    if key in ("no", "done"):
        return _t(key, lang)
    if key == "first_reported":
        return "初回通報" if lang != "en" else "First report"
    if key == "report_count":
        return "通報" if lang != "en" else "Rep."
    if key == "case_id":
        return "案件" if lang != "en" else "Case"
    return column_label(key, lang)


def _truncate(text: str, limit: int) -> str:
    return text if len(text) <= limit else text[:limit - 1].rstrip() + "…"


def write_pdf(work: WorkOrders, path: str | os.PathLike[str], store: Any | None = None, *,
              lang: str | None = "ja", description_chars: int = 70) -> dict[str, Any]:
    """Write the work orders of ``work`` as a PDF at ``path``; ``store`` supplies the map's roads and buildings.
    Returns facts: ``pages``, ``packages`` (code → first page), ``font`` (file or CID name), ``embedded``."""
    from reportlab.lib import colors
    from reportlab.lib.enums import TA_RIGHT
    from reportlab.lib.pagesizes import A4, landscape
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.platypus import (BaseDocTemplate, CondPageBreak, Flowable, Frame, PageBreak, PageTemplate,
                                    Paragraph, Spacer, Table, TableStyle)

    out = Path(path).expanduser()
    if not out.parent.exists():
        raise TwinError(f"cannot write {out}: the folder {out.parent} does not exist")
    font = japanese_font()
    fn = font.name
    wrap = None if lang == "en" else "CJK"
    st = {
        "title": ParagraphStyle("title", fontName=fn, fontSize=16, leading=20, textColor=colors.HexColor(INK)),
        "sub": ParagraphStyle("sub", fontName=fn, fontSize=9.5, leading=13, textColor=colors.HexColor("#333333")),
        "cell": ParagraphStyle("cell", fontName=fn, fontSize=7.8, leading=9.6, wordWrap=wrap),
        "num": ParagraphStyle("num", fontName=fn, fontSize=7.8, leading=9.6, alignment=TA_RIGHT),
        "head": ParagraphStyle("head", fontName=fn, fontSize=7.8, leading=9.6, textColor=colors.white),
        "side": ParagraphStyle("side", fontName=fn, fontSize=8.2, leading=11.5, wordWrap=wrap),
        "sidehead": ParagraphStyle("sidehead", fontName=fn, fontSize=8.8, leading=12, textColor=colors.HexColor(AREA)),
    }
    state: dict[str, Any] = {"pkg": None, "first": {}, "pages": 0}
    created = tokyo_text(work.created, "%Y-%m-%d")

    class Mark(Flowable):
        """Zero-size marker: the package that the following flowables belong to (for headers and facts)."""

        def __init__(self, pkg: WorkPackage):
            super().__init__()
            self.pkg = pkg

        def wrap(self, aw: float, ah: float) -> tuple[float, float]:
            return 0, 0

        def draw(self) -> None:
            state["pkg"] = self.pkg
            state["first"].setdefault(self.pkg.code, self.canv.getPageNumber())

    class MapFlowable(Flowable):
        def __init__(self, drawing: PackageMap):
            super().__init__()
            self.drawing = drawing

        def wrap(self, aw: float, ah: float) -> tuple[float, float]:
            return self.drawing.width, self.drawing.height

        def draw(self) -> None:
            self.drawing.draw(self.canv, 0, 0)

    class Drawn(Flowable):
        """A fixed-size drawing made by ``fn(canvas)``."""

        def __init__(self, width: float, height: float, fn: Any):
            super().__init__()
            self.width, self.height, self.fn = width, height, fn

        def wrap(self, aw: float, ah: float) -> tuple[float, float]:
            return self.width, self.height

        def draw(self) -> None:
            self.fn(self.canv)

    def on_page_end(c: Any, doc: Any) -> None:
        state["pages"] = c.getPageNumber()
        pkg = state["pkg"]
        c.saveState()
        c.setFont(fn, 7.5)
        c.setFillColor(colors.HexColor("#555555"))
        c.drawString(MARGIN, MARGIN - 14, f"{_t('footer', lang)}  ·  {created}")
        c.drawRightString(PAGE_W - MARGIN, MARGIN - 14, f"{_t('page', lang)} {c.getPageNumber()}")
        if pkg is not None and state["first"].get(pkg.code) != c.getPageNumber():
            c.setFont(fn, 9)
            c.setFillColor(colors.HexColor(INK))
            c.drawString(MARGIN, PAGE_H - MARGIN + 8,
                         f"{_t('title', lang)}  {_t('package', lang)} {pkg.code} ({_t('continued', lang)})")
        c.restoreState()

    doc = BaseDocTemplate(str(out), pagesize=landscape(A4), leftMargin=MARGIN, rightMargin=MARGIN,
                          topMargin=MARGIN, bottomMargin=MARGIN, title=_t("title", lang), author="Kaga Twin",
                          subject=f"{len(work.packages)} work packages, {len(work)} cases")
    frame = Frame(MARGIN, MARGIN, PAGE_W - 2 * MARGIN, PAGE_H - 2 * MARGIN, 0, 0, 0, 0, id="content")
    doc.addPageTemplates([PageTemplate("page", [frame], onPageEnd=on_page_end, pagesize=landscape(A4))])
    widths = [w for _, w in TABLE_COLUMNS]
    scale = (PAGE_W - 2 * MARGIN) / sum(widths)
    widths = [w * scale for w in widths]

    story: list[Any] = []
    if not work.packages:
        story.append(Paragraph(escape(_t("title", lang)), st["title"]))
        story.append(Spacer(1, 12))
        story.append(Paragraph(escape(_t("none", lang)), st["sub"]))
    for i, pkg in enumerate(work.packages):
        if i:
            story.append(PageBreak())
        story.append(Mark(pkg))
        n = len(pkg.orders)
        story.append(Paragraph(escape(f"{_t('title', lang)}　{_t('package', lang)} {pkg.code}" if lang != "en" else
                                      f"{_t('title', lang)} — {_t('package', lang)} {pkg.code}"), st["title"]))
        by_status = Counter(o.status for o in pkg.orders)
        status_text = "・".join(f"{value_label('status', s, lang)} {by_status[s]}" for s in work.statuses
                               if by_status[s])
        story.append(Paragraph(escape(
            f"{_t('created', lang)} {created}　｜　{n} {_t('cases', lang)} ({status_text})　｜　"
            f"{_t('priority_sum', lang)} {pkg.priority_sum:.1f}　｜　{_t('of', lang)} {pkg.rank} / {len(work.packages)}"),
            st["sub"]))
        story.append(Spacer(1, 6))
        bounds = map_bounds(pkg)
        drawing = PackageMap(pkg, map_context(store, bounds), font)
        legend = Drawn(230, legend_height(work.statuses),
                       lambda c, d=drawing: draw_legend(c, font, work.statuses, lang, d))
        story.append(Table([[MapFlowable(drawing), _summary(pkg, work, st, lang, legend)]],
                           colWidths=[MAP_W + 16, PAGE_W - 2 * MARGIN - MAP_W - 16],
                           style=TableStyle([("VALIGN", (0, 0), (-1, -1), "TOP"),
                                             ("LEFTPADDING", (0, 0), (-1, -1), 0),
                                             ("RIGHTPADDING", (0, 0), (-1, -1), 0),
                                             ("TOPPADDING", (0, 0), (-1, -1), 0),
                                             ("BOTTOMPADDING", (0, 0), (-1, -1), 0)])))
        story.append(Spacer(1, 8))
        story.append(CondPageBreak(40))
        story.append(_case_table(pkg, st, lang, widths, description_chars))
    doc.build(story)
    return {"path": str(out), "pages": state["pages"], "packages": dict(state["first"]),
            "font": font.path or font.name, "embedded": font.embedded}


LEGEND_STEP = 13.0


def legend_height(statuses: Sequence[str]) -> float:
    return LEGEND_STEP * (len([s for s in statuses if s in STATUS_COLORS]) + 4) + 22.0


def draw_legend(c: Any, font: PdfFont, statuses: Sequence[str], lang: str | None,
                drawing: PackageMap | None = None) -> float:
    """Draw the map's legend with its symbols (and the map's scale bar) at (0, 0) upwards; returns its height."""
    from reportlab.lib.colors import HexColor, white

    size, step = 8.2, LEGEND_STEP
    if drawing is not None:
        drawing.scale_bar(c, 3, 4)
    rows: list[tuple[str, str]] = [("status", s) for s in statuses if s in STATUS_COLORS]
    rows += [("emergency", _t("emergency", lang)), ("road", _t("road", lang)), ("area", _t("area", lang)),
             ("leader", _t("leader", lang))]
    height = legend_height(statuses)
    for i, (kind, text) in enumerate(rows):
        y = height - step * (i + 1) + 3.5
        c.saveState()
        if kind == "status":
            c.setFillColor(HexColor(STATUS_COLORS[text]))
            c.setStrokeColor(white)
            c.circle(9, y + 2.8, 5.2, stroke=0, fill=1)
            c.setFillColor(white)
            c.setFont("Helvetica-Bold", 6.5)
            c.drawCentredString(9, y + 0.5, "1")
            text = f"{value_label('status', text, lang)}（{_t('marker', lang)}）" if lang != "en" else \
                f"{value_label('status', text, lang)} ({_t('marker', lang)})"
        elif kind == "emergency":
            c.setStrokeColor(HexColor(EMERGENCY))
            c.setLineWidth(5)
            c.line(1, y + 2.8, 17, y + 2.8)
            c.setStrokeColor(HexColor(ROAD))
            c.setLineWidth(2)
            c.line(1, y + 2.8, 17, y + 2.8)
        elif kind == "road":
            c.setStrokeColor(HexColor(ROAD))
            c.setLineWidth(1.2)
            c.line(1, y + 2.8, 17, y + 2.8)
        elif kind == "area":
            c.setStrokeColor(HexColor(AREA))
            c.setLineWidth(1.2)
            c.setDash(4, 2)
            c.rect(2, y - 1, 14, 8, stroke=1, fill=0)
        else:
            c.setStrokeColor(HexColor(INK))
            c.setFillColor(HexColor(INK))
            c.setLineWidth(0.7)
            c.line(3, y, 13, y + 6)
            c.circle(3, y, 1.3, stroke=0, fill=1)
        c.restoreState()
        c.setFont(font.name, size)
        c.setFillColor(HexColor(INK))
        c.drawString(24, y, text)
    return height


def _summary(pkg: WorkPackage, work: WorkOrders, st: dict[str, Any], lang: str | None, legend: Any
             ) -> list[Any]:
    """The column beside the map: facts, legend, boxes for the crew."""
    from pyproj import Transformer
    from reportlab.lib import colors
    from reportlab.platypus import Paragraph, Spacer, Table, TableStyle

    centre = pkg.area.centroid
    lon, lat = Transformer.from_crs(work.crs, "EPSG:4326", always_xy=True).transform(centre.x, centre.y)
    worst = pkg.worst_class
    first = pkg.first_reported
    rows = [
        (_t("package", lang), f"{pkg.code} ({area_text(pkg, lang)})" if lang == "en" else
         f"{pkg.code}（{area_text(pkg, lang)}）"),
        (_t("open", lang), f"{len(pkg.orders)} {_t('cases', lang)} / {_t('reports', lang)} {pkg.report_count}"),
        (_t("worst", lang), f"{worst} {class_label(worst, lang)}" if worst else "—"),
        (_t("oldest", lang), tokyo_text(first, "%Y-%m-%d") if first else "—"),
        (_t("centre", lang), f"{lat:.5f}, {lon:.5f}"),
    ]
    colon = ": " if lang == "en" else "："
    parts: list[Any] = [Paragraph(escape(f"{k}{colon}{v}"), st["side"]) for k, v in rows]
    parts.append(Spacer(1, 6))
    parts.append(Paragraph(escape(_t("legend", lang)), st["sidehead"]))
    parts.append(legend)
    parts.append(Spacer(1, 8))
    boxes = Table([[Paragraph(escape(_t(k, lang)), st["side"]), ""] for k in ("crew", "date", "check")],
                  colWidths=[54, 200], rowHeights=[22, 22, 22],
                  style=TableStyle([("GRID", (0, 0), (-1, -1), 0.6, colors.HexColor("#777777")),
                                    ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
                                    ("BACKGROUND", (0, 0), (0, -1), colors.HexColor("#f0f0f0"))]))
    parts.append(boxes)
    return parts


def _case_table(pkg: WorkPackage, st: dict[str, Any], lang: str | None, widths: list[float],
                description_chars: int) -> Any:
    from reportlab.lib import colors
    from reportlab.platypus import Paragraph, Table, TableStyle

    keys = [k for k, _ in TABLE_COLUMNS]
    data: list[list[Any]] = [[Paragraph(escape(_head(k, lang)), st["head"]) for k in keys]]
    for o in pkg.orders:
        text = escape(_truncate(" / ".join(o.descriptions), description_chars))
        if not o.descriptions:      # AI detections and patrol finds have no text: say what found it
            found = "・".join(value_label("kind", k, lang) for k in o.kinds) or "・".join(o.categories)
            size = f"{_t('size', lang)} {o.size_m:g} m" if o.size_m else ""
            text = f'<font color="#555555">{escape("　".join(t for t in (found, size) if t))}</font>'
        elif o.size_m:
            text += f' <font color="#555555">{escape(_t("size", lang))} {o.size_m:g} m</font>'
        if o.photos:
            text += f' <font color="#2166ac">［{escape(_t("photo", lang))} {len(o.photos)}: ' \
                    f'{escape(_truncate(", ".join(Path(p).name for p in o.photos), 40))}］</font>'
        cls = f"{o.worst_class} {class_label(o.worst_class, lang)}" if o.worst_class else "—"
        cells = {
            "no": Paragraph(f"<b>{o.no}</b>", st["num"]),
            "rank": Paragraph(str(o.rank), st["num"]),
            "case_id": Paragraph(str(o.case_id), st["num"]),
            "worst_class": Paragraph(escape(cls), st["cell"]),
            "status": Paragraph(escape(value_label("status", o.status, lang)), st["cell"]),
            "priority": Paragraph(f"{o.priority:.1f}", st["num"]),
            "report_count": Paragraph(str(o.report_count), st["num"]),
            "road_name": Paragraph(escape(o.road_name or "—"), st["cell"]),
            "first_reported": Paragraph(tokyo_text(o.first_reported, "%Y-%m-%d"), st["cell"]),
            "descriptions": Paragraph(text, st["cell"]),
            "done": "",
        }
        data.append([cells[k] for k in keys])
    style = [
        ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#3b4a5a")),
        ("GRID", (0, 0), (-1, -1), 0.4, colors.HexColor("#9a9a9a")),
        ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
        ("TOPPADDING", (0, 0), (-1, -1), 2.5),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 2.5),
        ("LEFTPADDING", (0, 0), (-1, -1), 3),
        ("RIGHTPADDING", (0, 0), (-1, -1), 3),
    ]
    for r in range(1, len(data)):
        if r % 2 == 0:
            style.append(("BACKGROUND", (0, r), (-1, r), colors.HexColor("#f4f6f8")))
        colour = STATUS_COLORS.get(pkg.orders[r - 1].status)
        if colour:
            style.append(("BACKGROUND", (0, r), (0, r), colors.HexColor(colour).clone(alpha=0.25)))
    return Table(data, colWidths=widths, repeatRows=1, style=TableStyle(style))


__all__ = ["MapContext", "PackageMap", "PdfFont", "japanese_font", "map_bounds", "map_context", "write_pdf"]
