"""The zoning theme: 用途地域 polygons (国土数値情報 A29: ``A29_004`` zone code, ``A29_005`` zone name,
``A29_006`` building coverage %, ``A29_007`` floor-area ratio %) in one ``zoning`` table
(``importers/zoning.py``), drawn flat on the terrain in the city-planning map colours (``layers/zoning.py``).
The scenario checks (``twin/zoning_check.py``) compare proposed buildings with their zone's limits."""

from __future__ import annotations

from typing import Any

from twin.style import Style
from twin.themes.core import vector_params
from twin.themes.registry import IdentifyExtra, Label, LayerKind, TableSpec, Theme

L = Label

#: A29_004 zone code → (Japanese name, English name, map colour); the colours follow the customary
#: 都市計画図 legend (low-rise greens, residential yellows/oranges, commercial pinks/reds, industrial blues)
ZONES: dict[str, tuple[str, str, str]] = {
    "1": ("第一種低層住居専用地域", "Category I exclusively low-rise residential", "#00a05a"),
    "2": ("第二種低層住居専用地域", "Category II exclusively low-rise residential", "#7ccd8c"),
    "3": ("第一種中高層住居専用地域", "Category I exclusively medium-high residential", "#a8d96b"),
    "4": ("第二種中高層住居専用地域", "Category II exclusively medium-high residential", "#d2e68c"),
    "5": ("第一種住居地域", "Category I residential", "#fff07a"),
    "6": ("第二種住居地域", "Category II residential", "#ffd27a"),
    "7": ("準住居地域", "Quasi-residential", "#ffb45a"),
    "8": ("近隣商業地域", "Neighbourhood commercial", "#ffa0c8"),
    "9": ("商業地域", "Commercial", "#ff5a5a"),
    "10": ("準工業地域", "Quasi-industrial", "#c8a0dc"),
    "11": ("工業地域", "Industrial", "#a0d2ff"),
    "12": ("工業専用地域", "Exclusively industrial", "#5a8cff"),
    "21": ("田園住居地域", "Rural residential", "#c8aa64"),
}
#: zone codes whose shadow plane is 1.5 m and whose buildings are limited to 10 m (or 12 m) absolute height
LOW_RISE_CODES = ("1", "2", "21")
#: zone name → code (the importer fills a missing code from the name)
CODE_BY_NAME = {ja: code for code, (ja, _, _) in ZONES.items()}



def building_zone(store: Any, attributes: dict[str, Any]) -> dict[str, Any] | None:
    """The zone holding a building's footprint centroid, with its limits (None outside every zone)."""
    if not attributes.get("gml_id"):
        return None
    rows = store.query("SELECT z.zone_name, z.zone_code, z.coverage_pct, z.far_pct FROM buildings b "
                       "JOIN zoning z ON ST_Intersects(z.geom, ST_Centroid(b.footprint)) "
                       "WHERE b.gml_id = ? ORDER BY z.id LIMIT 1", [attributes["gml_id"]])
    if not rows:
        return None
    name, code, cov, far = rows[0]
    return {"zone_name": name, "zone_code": code, "coverage_pct": cov, "far_pct": far}


#: what a zoning violation breaks (``twin.zoning_check``: the ``what`` of a violation)
CHECKS = {"coverage": L("建蔽率", "Building coverage"), "floor_area_ratio": L("容積率", "Floor-area ratio"),
          "height": L("絶対高さ", "Height limit"), "use": L("用途制限", "Use not permitted")}

ZONING = LayerKind(
    name="zoning", label=L("用途地域", "Zoning"), default_source="zoning",
    default_name=L("用途地域", "用途地域"), stack=5, starts_visible=False,
    present_sql="SELECT count(*) FROM zoning", icon_color="#ffa0c8", icon_shape="square", needs_dem=True,
    default_style=lambda: Style(mode="categorized", attribute="zone_name",
                                categories={ja: colour for ja, _, colour in ZONES.values()}, color="#bbbbbb"),
    params=vector_params(point_size={"hidden": True}, extrude={"hidden": True}, offset={"default": 0.8},
                         drape={"default": True}))

THEME = Theme(
    name="zoning",
    title=L("用途地域", "Zoning"),
    tables=(TableSpec("zoning", L("用途地域", "zoning")),),
    migrations="twin.themes.zoning_sql",
    layer_kinds=(ZONING,),
    labels={
        "zone_code": L("用途地域コード", "Zone code"),
        "zone_name": L("用途地域", "Zone"),
        "coverage_pct": L("建蔽率 (%)", "Building coverage limit (%)"),
        "far_pct": L("容積率 (%)", "Floor-area ratio limit (%)"),
        "city_code": L("市区町村コード", "Municipality code"),
        "city_name": L("市区町村", "Municipality"),
        "geom": L("区域", "Area"),
    },
    values={"zone_name": {ja: L(ja, en) for ja, en, _ in ZONES.values()},
            "what": dict(CHECKS),
            "zone_code": {code: L(ja, en) for code, (ja, en, _) in ZONES.items()}},
    identify_extras=(IdentifyExtra("zoning", L("用途地域", "Zoning"), ("buildings",), building_zone),),
    refresh={"zoning": ("zoning",)},
    group=L("都市計画", "City planning"),
    modules={"importers": ("importers.zoning",), "layers": ("layers.zoning",)},
)
