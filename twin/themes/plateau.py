"""The PLATEAU theme: buildings (LOD1/LOD2, disaster risks) and roads from CityGML."""

from __future__ import annotations

from typing import Any

from twin.style import Style
from twin.themes.params import Param
from twin.themes.registry import ClassEdges, IdentifyExtra, Label, LayerKind, SearchSpec, TableSpec, Theme

L = Label

#: PLATEAU building usage (bldg:usage, Building_usage.xml): code → label, and the default colours
USAGE_LABELS = {
    "401": "業務施設", "402": "商業施設", "403": "宿泊施設", "404": "商業系複合施設", "411": "住宅",
    "412": "共同住宅", "413": "店舗等併用住宅", "414": "店舗等併用共同住宅", "415": "作業所併用住宅",
    "421": "官公庁施設", "422": "文教厚生施設", "431": "運輸倉庫施設", "441": "工場", "451": "農林漁業用施設",
    "452": "供給処理施設", "453": "防衛施設", "454": "その他", "461": "不明",
}
USAGE_COLORS = {
    "業務施設": "#c0504d", "商業施設": "#e8384f", "宿泊施設": "#b05fc9", "商業系複合施設": "#f08a3c",
    "住宅": "#f6d55c", "共同住宅": "#f3a953", "店舗等併用住宅": "#f7b7a3", "店舗等併用共同住宅": "#e89f8a",
    "作業所併用住宅": "#d9c27a", "官公庁施設": "#3c7dc4", "文教厚生施設": "#4fb0a5", "運輸倉庫施設": "#7f8fa6",
    "工場": "#7b5ea7", "農林漁業用施設": "#8bbf5b", "供給処理施設": "#5b8c85", "防衛施設": "#5a5a5a",
    "その他": "#c9c9c9", "不明": "#a8a8a8",
}


def buildings_style() -> Style:
    cats = dict(USAGE_COLORS)
    cats.update({code: USAGE_COLORS[label] for code, label in USAGE_LABELS.items() if label in USAGE_COLORS})
    return Style(mode="categorized", attribute="usage", categories=cats, color="#d9d4c7")


def _rows(store: Any, sql: str, params: list[Any]) -> list[dict[str, Any]]:
    cur = store.cursor()
    try:
        rel = cur.execute(sql, params)
        names = [d[0] for d in rel.description]
        return [dict(zip(names, r)) for r in rel.fetchall()]
    finally:
        cur.close()


def building_risks(store: Any, attributes: dict[str, Any]) -> list[dict[str, Any]] | None:
    """Every disaster-risk record of a building, deepest first within each risk type."""
    if "gml_id" not in attributes or "source_id" not in attributes:
        return None
    return _rows(store, "SELECT * EXCLUDE (gml_id, source_id) FROM building_risks WHERE gml_id = ? AND source_id = ? "
                        "ORDER BY risk_type, depth_m DESC NULLS LAST", [attributes["gml_id"], attributes["source_id"]])


def building_surfaces(store: Any, attributes: dict[str, Any]) -> dict[str, Any] | None:
    """How many LOD1 and LOD2 polygons a building has, and LOD2 surfaces by type."""
    if "gml_id" not in attributes or "source_id" not in attributes:
        return None
    rows = store.query("SELECT lod, surface_type, count(*) FROM building_surfaces WHERE gml_id = ? AND source_id = ? "
                       "GROUP BY ALL ORDER BY ALL", [attributes["gml_id"], attributes["source_id"]])
    return {"lod1": int(sum(n for lod, _, n in rows if lod == 1)), "lod2": int(sum(n for lod, _, n in rows if lod == 2)),
            "lod2_by_type": {t: int(n) for lod, t, n in rows if lod == 2}}


BUILDINGS = LayerKind(
    name="buildings", label=L("建物", "Buildings"), default_source="buildings", default_name=L("建物", "建物"),
    stack=50, present_sql="SELECT count(*) FROM buildings", feature_view="buildings_with_risks",
    icon_color="#e8a33c", icon_shape="building", default_style=buildings_style,
    params=(
        Param("lod", "choice", 2, L("詳細度", "Level of detail"), choices=(1, 2), geometry=True),
        Param("lod1_geometry", "choice", "auto", L("LOD1 の形", "LOD1 geometry"),
              choices=("auto", "surfaces", "extrude"), geometry=True, hidden=True),
    ))

ROADS = LayerKind(
    name="roads", label=L("道路", "Roads"), default_source="roads", default_name=L("道路", "道路"), stack=10,
    needs_dem=True, present_sql="SELECT count(*) FROM roads", icon_color="#8a8d91", icon_shape="line",
    default_style=lambda: Style(mode="single", color="#8a8d91"),
    params=(
        Param("offset", "float", 0.5, L("地表からの高さ (m)", "Height above ground (m)"), minimum=-100.0,
              maximum=1000.0, geometry=True),
        Param("raster_id", "raster", None, L("地形 (DEM)", "Terrain (DEM)"), geometry=True, hidden=True),
        Param("geometry", "column", None, L("ジオメトリ列", "Geometry column"), geometry=True, hidden=True),
    ))

THEME = Theme(
    name="plateau",
    title=L("PLATEAU 建物・道路", "PLATEAU buildings and roads"),
    tables=(TableSpec("buildings", L("建物", "buildings")),
            TableSpec("building_surfaces", L("建物の面", "building surfaces")),
            TableSpec("building_risks", L("災害リスク", "risk records")),
            TableSpec("roads", L("道路", "roads")),
            TableSpec("road_surfaces", L("道路の面", "road surfaces"))),
    layer_kinds=(ROADS, BUILDINGS),
    labels={
        "building_id": L("建物ID", "Building ID"),
        "class_code": L("分類コード", "Class code"),
        "class": L("分類", "Class"),
        "usage_code": L("用途コード", "Usage code"),
        "usage": L("用途", "Usage"),
        "measured_height": L("計測高さ (m)", "Measured height (m)"),
        "storeys_above": L("地上階数", "Storeys above ground"),
        "storeys_below": L("地下階数", "Storeys below ground"),
        "year_built": L("建築年", "Year built"),
        "total_floor_area": L("延床面積 (m²)", "Total floor area (m²)"),
        "structure_type_code": L("構造種別コード", "Structure code"),
        "structure_type": L("構造種別", "Structure"),
        "lod1_height_type_code": L("LOD1 高さ種別コード", "LOD1 height type code"),
        "lod1_height_type": L("LOD1 高さ種別", "LOD1 height type"),
        "lod": L("詳細度 (LOD)", "Level of detail"),
        "ground_z": L("地盤高 (T.P. m)", "Ground height (T.P. m)"),
        "lod1_top_z": L("屋根高 (T.P. m)", "Roof height (T.P. m)"),
        "uro_version": L("i-UR バージョン", "i-UR version"),
        "function_code": L("機能コード", "Function code"),
        "function": L("機能", "Function"),
        "width": L("幅員 (m)", "Width (m)"),
        "width_type_code": L("幅員区分コード", "Width type code"),
        "width_type": L("幅員区分", "Width type"),
        "lanes": L("車線数", "Lanes"),
        "section_type_code": L("区間種別コード", "Section type code"),
        "section_type": L("区間種別", "Section type"),
        "risk_type": L("災害リスクの種類", "Risk type"),
        "rank_code": L("ランクコード", "Rank code"),
        "rank": L("ランク", "Rank"),
        "depth_m": L("浸水深 (m)", "Depth (m)"),
        "duration_h": L("浸水継続時間 (h)", "Duration (h)"),
        "scale_code": L("規模コード", "Scale code"),
        "scale": L("規模", "Scale"),
        "admin_type_code": L("指定機関コード", "Administrator code"),
        "admin_type": L("指定機関", "Administrator"),
        "area_type_code": L("区域区分コード", "Area type code"),
        "area_type": L("区域区分", "Area type"),
        "max_flood_depth": L("最大浸水深 (m)", "Max flood depth (m)"),
        "risk_count": L("災害リスク件数", "Disaster risk records"),
    },
    values={"risk_type": {
        "river_flood": L("洪水浸水想定", "River flooding"),
        "inland_flood": L("内水浸水想定", "Inland flooding"),
        "reservoir_flood": L("ため池浸水想定", "Reservoir flooding"),
        "tsunami": L("津波浸水想定", "Tsunami"),
        "high_tide": L("高潮浸水想定", "Storm surge"),
        "landslide": L("土砂災害警戒区域", "Landslide"),
    }},
    # MLIT flood-depth ranks (洪水浸水想定区域図)
    class_edges={"max_flood_depth": ClassEdges((0.0, 0.5, 3.0, 5.0, 10.0, 20.0, float("inf")), "hazard")},
    colormaps={"max_flood_depth": "hazard", "measured_height": "YlOrRd", "lod1_top_z": "YlOrRd",
               "storeys_above": "YlOrRd", "year_built": "viridis", "total_floor_area": "YlGnBu", "risk_count": "OrRd",
               "width": "YlOrBr"},
    # skewed attributes (many houses, a few hotels): natural breaks / head-tail keep the tall ones apart
    methods={"year_built": "equal_interval", "measured_height": "natural_breaks", "lod1_top_z": "natural_breaks",
             "storeys_above": "natural_breaks", "total_floor_area": "head_tail"},
    identify_extras=(
        IdentifyExtra("risks", L("災害リスク", "Disaster risks"), ("buildings",), building_risks),
        IdentifyExtra("surfaces", L("3D の形", "3D shape"), ("buildings",), building_surfaces),
    ),
    refresh={"buildings": ("buildings",), "building_surfaces": ("buildings",), "building_risks": ("buildings",),
             "roads": ("roads",), "road_surfaces": ("roads",)},
    group=L("PLATEAU", "PLATEAU"),
    search=(SearchSpec("buildings", ("name", "building_id", "gml_id"), "buildings", "name"), SearchSpec("roads", ("name", "gml_id"), "roads", "name")),
    modules={"importers": ("importers.plateau", "importers.lake_area"), "layers": ("layers.roads", "layers.buildings"),
             "gui": ("gui.plateau_controls",)},
)
