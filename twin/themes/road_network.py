"""The road-network theme: centre lines noded into segments and nodes (``twin/road_network.py``), imported from
GeoJSON, GeoPackage, Shapefile, FlatGeobuf and OpenStreetMap (``importers/road_network.py``), with the
国土数値情報 N10 緊急輸送道路 lines marking emergency-transport segments; drawn as lines on the terrain
(``layers/road_network.py``)."""

from __future__ import annotations

from twin.style import Style
from twin.themes.core import vector_params
from twin.themes.registry import Label, LayerKind, SearchSpec, TableSpec, Theme

L = Label

#: default colours by road class: OSM ``highway`` values and the sample's classes
CLASS_COLORS = {
    "motorway": "#e8384f", "trunk": "#f06a3c", "primary": "#f08a3c", "secondary": "#f3b33c", "tertiary": "#f6d55c",
    "national": "#e8384f", "prefectural": "#f08a3c", "avenue": "#f3b33c", "collector": "#f6d55c",
    "residential": "#9fa4aa", "unclassified": "#9fa4aa", "municipal": "#9fa4aa", "service": "#c3c6ca",
    "farm": "#b5c98a", "track": "#b5c98a",
}

ROAD_SEGMENTS = LayerKind(
    name="road_segments", label=L("道路網", "Road network"), default_source="road_segments",
    default_name=L("道路網", "道路網"), stack=12, present_sql="SELECT count(*) FROM road_segments",
    icon_color="#f08a3c", icon_shape="line", needs_dem=True,
    default_style=lambda: Style(mode="categorized", attribute="road_class", categories=dict(CLASS_COLORS),
                                color="#9fa4aa"),
    params=vector_params(point_size={"hidden": True}, extrude={"hidden": True}, offset={"default": 1.0},
                         drape={"default": True, "hidden": True}))

THEME = Theme(
    name="road_network",
    title=L("道路網", "Road network"),
    tables=(TableSpec("road_segments", L("道路区間", "road segments")),
            TableSpec("road_nodes", L("道路の節点", "road nodes")),
            TableSpec("emergency_roads", L("緊急輸送道路", "emergency transport roads"))),
    migrations="twin.themes.road_network_sql",
    layer_kinds=(ROAD_SEGMENTS,),
    labels={
        "from_node": L("始点ノード", "From node"),
        "to_node": L("終点ノード", "To node"),
        "length_m": L("延長 (m)", "Length (m)"),
        "road_class": L("道路種別", "Road class"),
        "width_m": L("幅員 (m)", "Width (m)"),
        "emergency_class": L("緊急輸送道路 (次)", "Emergency transport road (class)"),
        "degree": L("接続数", "Degree"),
        "road_type": L("道路種別 (N10)", "Road type (N10)"),
        "route_name": L("路線名", "Route name"),
        "pref_code": L("都道府県コード", "Prefecture code"),
        "lanes": L("車線数", "Lanes"),
        # id, name and source_id: the core theme's labels
    },
    values={"road_class": {
        "national": L("国道", "National road"), "prefectural": L("県道", "Prefectural road"),
        "avenue": L("駅前通り・幹線街路", "Avenue"), "collector": L("補助幹線", "Collector"),
        "municipal": L("市道", "Municipal road"), "farm": L("農道", "Farm road"),
        "motorway": L("高速道路", "Motorway"), "trunk": L("主要国道", "Trunk road"), "primary": L("主要道路", "Primary"),
        "secondary": L("一般県道", "Secondary"), "tertiary": L("市町村道 (幹線)", "Tertiary"),
        "residential": L("生活道路", "Residential"), "unclassified": L("その他の道路", "Unclassified"),
        "service": L("通路", "Service"), "track": L("農道・林道", "Track")},
            "emergency_class": {"1": L("第1次緊急輸送道路", "Class 1 emergency road"),
                                "2": L("第2次緊急輸送道路", "Class 2 emergency road"),
                                "3": L("第3次緊急輸送道路", "Class 3 emergency road")}},
    colormaps={"length_m": "YlGnBu", "width_m": "YlOrBr", "degree": "viridis"},
    refresh={"road_segments": ("road_segments",), "emergency_roads": ("road_segments",)},
    group=L("道路網", "Road network"),
    search=(SearchSpec("road_segments", ("name", "id"), "road_segments", "name"),),
    modules={"importers": ("importers.road_network",), "layers": ("layers.road_network",)},
)
