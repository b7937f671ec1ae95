"""The snow theme: plough and AVL fixes from the feeds people actually have (GPX 1.1 from loggers and phones,
AVL CSV, vendor GeoJSON exports, Chicago Plow Tracker-style API snapshots) in one ``plough_points`` table
(``importers/plough_feeds.py``), drawn as points that appear on the clock at their time
(``layers/plough_points.py``). Trip splitting (``trip_id``), map-matching and coverage come later."""

from __future__ import annotations

from twin.snow_coverage import SNOW_COVERAGE
from twin.style import Style
from twin.themes import snow_layers
from twin.themes.core import vector_params
from twin.themes.registry import Label, LayerKind, SearchSpec, TableSpec, Theme, TimeSpec

L = Label

BLADE_COLORS = {"true": "#2166ac", "false": "#f4a582"}

PLOUGH_POINTS = LayerKind(
    name="plough_points", label=L("除雪車の位置", "Plough positions"), default_source="plough_points",
    default_name=L("除雪車の位置", "除雪車の位置"), stack=72,
    present_sql="SELECT count(*) FROM plough_points", icon_color="#2166ac", icon_shape="points",
    time=TimeSpec("time", "instant"), needs_dem=True,
    default_style=lambda: Style(mode="categorized", attribute="vehicle_id", palette="tab20", color="#808080"),
    params=vector_params(point_size={"default": 6.0}, line_width={"hidden": True}, extrude={"hidden": True},
                         offset={"default": 1.0}, drape={"default": True}))

THEME = Theme(
    name="snow",
    title=L("除雪", "Snow"),
    tables=(TableSpec("plough_points", L("除雪車の位置", "plough positions")),
            TableSpec("route_tier_lines", L("除雪路線 (ファイル)", "snow route tiers (as imported)")),
            TableSpec("route_tiers", L("除雪路線の区分", "snow route tiers"), feature=False),
            TableSpec("plough_trips", L("除雪車の運行", "plough trips"), feature=False),
            TableSpec("snow_passes", L("除雪の通過", "plough passes"), feature=False),
            TableSpec("snow_segment_coverage", L("区間別の除雪状況", "coverage per segment"), feature=False),
            TableSpec("snow_service_levels", L("路線区分別のサービス水準", "service level per tier"), feature=False),
            TableSpec("snow_vehicle_summary", L("車両別の作業", "work per vehicle"), feature=False)),
    migrations="twin.themes.snow_sql",
    layer_kinds=(snow_layers.trail(PLOUGH_POINTS), *snow_layers.LAYER_KINDS),
    labels={
        "vehicle_id": L("車両", "Vehicle"),
        "vehicle_type": L("車種", "Vehicle type"),
        "time": L("時刻", "Time"),
        "speed": L("速度 (km/h)", "Speed (km/h)"),
        "heading": L("進行方向 (度)", "Heading (degrees)"),
        "blade_down": L("除雪板下げ", "Blade down"),
        "material": L("散布材", "Material spread"),
        "trip_id": L("運行", "Trip"),
        "geom": L("位置", "Location"),
        # id and source_id: the core theme's labels
        **snow_layers.LABELS,
    },
    values={"blade_down": {"true": L("下げ", "Down"), "false": L("上げ", "Up")},
            "material": {"DEFAULT": L("散布なし (除雪のみ)", "None (ploughing only)"), "SALT": L("塩", "Salt"),
                         "GRAVEL": L("砂利", "Gravel")},
            **snow_layers.VALUES},
    class_edges=snow_layers.CLASS_EDGES,
    colormaps={"speed": "viridis"},
    refresh=snow_layers.REFRESH,
    group=L("除雪", "Snow"),
    search=(SearchSpec("snow_segment_map", ("id",), "snow_coverage", "name"),),
    analyses=(SNOW_COVERAGE,),
    modules={
        "importers": ("importers.plough_feeds", "importers.route_tiers"),
        "layers": ("layers.plough_points", "layers.snow_coverage"),
        "gui": ("gui.snow_panel",),
    },
)
