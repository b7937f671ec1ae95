"""The population theme: mesh population series (e-Stat 国勢調査 地域メッシュ統計, MLIT 国土数値情報 500 m mesh
future population) in one long table, the IPSS municipal projections, and the cells of the imported meshes
(``importers/population.py``). ``mesh_population_totals`` sums cells without counting merged cells twice;
``mesh_population_ages`` gives the age structure per cell and year, which the 3D columns (``population_columns``)
and the analysis ``population-mesh`` share. Analyses: ``population-catchment`` (:mod:`twin.catchments`),
``population-mesh`` (:mod:`twin.population_indicators`), ``population-reconcile``
(:mod:`twin.population_reconcile`)."""

from __future__ import annotations

from twin import catchment_network, catchments, population_indicators, population_reconcile
from twin.analysis import Analysis
from twin.style import Style, graduated_defaults
from twin.themes.core import vector_params
from twin.themes.params import Param
from twin.themes.registry import ClassEdges, Label, LayerKind, TableSpec, Theme, TimeSpec

L = Label

#: class edges of the ageing shares (fractions; [a, b) classes) and of the change against 2020 (symmetric about
#: no change, so the middle class of the diverging ramp is "about as in 2020": red = decline, blue = growth)
SHARE_65_EDGES = ClassEdges((0.0, 0.2, 0.3, 0.4, 0.5, 1.0), "Purples")
SHARE_75_EDGES = ClassEdges((0.0, 0.1, 0.15, 0.2, 0.3, 1.0), "Purples")
CHANGE_EDGES = ClassEdges((-1.0, -0.5, -0.25, -0.05, 0.05, 0.25, 0.5, float("inf")), "RdYlBu")

MESH_POPULATION = LayerKind(
    name="mesh_population", label=L("メッシュ人口 (3D 柱)", "Mesh population (3D columns)"),
    default_source="population_columns", default_name=L("メッシュ人口", "メッシュ人口"), stack=60,
    # its prisms (value / 2 m, up to ~460 m at the station in the bundled sample) would hide the station and the
    # buildings in the first view: the default layer is added unticked
    present_sql="SELECT count(*) FROM population_columns", starts_visible=False,
    time=TimeSpec("year", "year"),
    icon_color="#e6550d", icon_shape="grid", needs_dem=True,
    # coloured by the ageing share (its class edges below); height shows the population
    default_style=lambda: Style(mode="graduated", attribute="share_65_plus", **graduated_defaults("share_65_plus")),
    params=vector_params(extrude={"default": "height_m", "label": L("柱の高さ", "Column height")},
                         offset={"default": 0.0, "hidden": True}, point_size={"hidden": True},
                         line_width={"default": 1.0, "hidden": True}, drape={"default": True, "hidden": True}))

POPULATION_CATCHMENT = Analysis(
    "population-catchment", L("圏域の人口", "Population in a catchment"), catchments.run,
    params=(Param("radius_m", "float", 1500.0, L("駅からの半径 (m)", "Radius around the station (m)"), minimum=1.0,
                  maximum=50000.0),
            Param("network", "bool", False, L("道路網に沿った距離", "Distance along the road network")),
            Param("walk_off_m", "float", catchment_network.WALK_OFF_M,
                  L("道路からの距離 (m, 道路網圏域)", "Distance from the roads (m, network catchment)"),
                  minimum=0.0, maximum=1000.0),
            Param("file", "str", None, L("圏域ファイル (GeoJSON/GeoPackage)", "Catchment file (GeoJSON/GeoPackage)"),
                  optional=True),
            Param("wkt", "str", None, L("圏域の WKT (平面直角座標)", "Catchment WKT (project CRS)"), optional=True,
                  hidden=True),
            Param("name", "str", None, L("圏域の名前", "Catchment name"), optional=True, hidden=True),
            Param("method", "choice", "area", L("按分の方法", "Apportioning"), choices=catchments.METHODS),
            Param("year", "int", None, L("年 (空欄はすべて)", "Year (blank: all)"), optional=True)),
    inputs=("mesh_population", "population_mesh_cells", "buildings", "road_segments"),
    outputs=("catchment_population",),
    description="Mesh population (total, 0-14, 15-64, 65+, 75+) inside a circle around Kaga Onsen Station, the "
                "area reached along the road network, a polygon file or a drawn polygon (wkt); each cell counted by "
                "the share of its area inside (method area) or of its residential floor area inside (floor-area, "
                "PLATEAU buildings; cells without any fall back to area); merged cells counted once.")

POPULATION_MESH = Analysis(
    "population-mesh", L("メッシュ別の人口指標", "Population indicators per mesh"), population_indicators.run,
    params=(Param("year", "int", None, L("年 (空欄はすべて)", "Year (blank: all)"), optional=True),),
    inputs=("mesh_population", "population_mesh_cells", "buildings"), outputs=("mesh_population_indicators",),
    description="Per mesh cell and year: total, 0-14 / 15-64 / 65+ / 75+ counts and shares, change against 2020, "
                "residential floor area of the PLATEAU buildings and floor area per resident (a vacancy-pressure "
                "indicator, not a forecast).")

POPULATION_RECONCILE = Analysis(
    "population-reconcile", L("メッシュ人口と社人研推計の照合", "Mesh population against IPSS"),
    population_reconcile.run,
    params=(Param("muni_code", "str", None, L("市区町村コード (空欄はすべて)", "Municipality code (blank: all)"),
                  optional=True),),
    inputs=("mesh_population", "municipal_projection"), outputs=("population_reconciliation",),
    description="A municipality's mesh cells (sum, merged cells counted once) against its IPSS projection total "
                "per year: the difference in persons and percent.")

THEME = Theme(
    name="population",
    title=L("人口", "Population"),
    tables=(TableSpec("mesh_population", L("メッシュ人口", "mesh population")),
            TableSpec("municipal_projection", L("市区町村別将来推計人口", "municipal population projection")),
            TableSpec("population_mesh_cells", L("人口メッシュ区画", "population mesh cells")),
            TableSpec("mesh_population_codes", L("メッシュ統計の項目コード", "mesh statistics codes"),
                      feature=False, counted=False),
            TableSpec("catchment_population", L("圏域の人口", "catchment population"), feature=False),
            TableSpec("mesh_population_indicators", L("メッシュ別の人口指標", "population indicators per mesh"),
                      feature=False),
            TableSpec("population_reconciliation", L("メッシュ人口と社人研推計の照合",
                                                     "mesh population against IPSS"), feature=False)),
    migrations="twin.themes.population_sql",
    layer_kinds=(MESH_POPULATION,),
    analyses=(POPULATION_CATCHMENT, POPULATION_MESH, POPULATION_RECONCILE),
    labels={
        "mesh_code": L("メッシュコード", "Mesh code"),
        "level": L("メッシュ次数", "Mesh level"),
        "year": L("年", "Year"),
        "kind": L("種別 (国勢調査/推計)", "Kind (census/projection)"),
        "band": L("区分 (性別・年齢)", "Band (sex, age)"),
        "value": L("人口", "Population"),
        "merged_into": L("合算先メッシュ", "Merged into"),
        "merged_from": L("合算元メッシュ", "Merged from"),
        "muni_code": L("市区町村コード", "Municipality code"),
        "muni_name": L("市区町村名", "Municipality"),
        "sex": L("男女", "Sex"),
        "age_group": L("年齢階級", "Age group"),
        "population": L("人口", "Population"),
        "code": L("項目コード", "Code"),
        "label": L("項目名", "Label"),
        "cells": L("メッシュ数", "Cells"),
        "suppressed_cells": L("秘匿メッシュ数", "Suppressed cells"),
        "height_m": L("柱の高さ (m)", "Column height (m)"),
        "total": L("総人口", "Total population"),
        "age_0_14": L("0～14歳", "Aged 0-14"),
        "age_15_64": L("15～64歳", "Aged 15-64"),
        "age_65_plus": L("65歳以上", "Aged 65+"),
        "age_75_plus": L("75歳以上", "Aged 75+"),
        "share_65_plus": L("65歳以上の割合", "Share aged 65+"),
        "share_75_plus": L("75歳以上の割合", "Share aged 75+"),
        "change_vs_2020": L("2020年比の増減", "Change against 2020"),
        "share_0_14": L("0～14歳の割合", "Share aged 0-14"),
        "share_15_64": L("15～64歳の割合", "Share aged 15-64"),
        "residential_buildings": L("住宅系建物数", "Residential buildings"),
        "residential_floor_area_m2": L("住宅系延床面積 (m²)", "Residential floor area (m²)"),
        "floor_area_per_resident": L("一人当たり住宅延床面積 (m²)", "Residential floor area per resident (m²)"),
        "floor_area_m2": L("延床面積 (m²)", "Floor area (m²)"),
        "floor_area_basis": L("延床面積の根拠", "Floor area from"),
        "catchment": L("圏域", "Catchment"),
        "method": L("按分の方法", "Apportioning"),
        "fallback_cells": L("面積按分にしたメッシュ数", "Cells apportioned by area"),
        "mesh_total": L("メッシュの合計", "Mesh total"),
        "ipss_total": L("社人研推計", "IPSS total"),
        "ipss_basis": L("社人研推計の根拠", "IPSS total from"),
        "difference": L("差 (人)", "Difference (persons)"),
        "difference_pct": L("差 (%)", "Difference (%)"),
        # geom and source_id: the core theme's labels
    },
    values={"kind": {"census": L("国勢調査", "Census"), "projection": L("将来推計", "Projection")},
            "sex": {"total": L("総数", "Total"), "male": L("男", "Male"), "female": L("女", "Female")},
            "method": {"area": L("面積按分", "Area share"), "floor-area": L("住宅延床面積按分", "Residential floor-area share")}},
    colormaps={"value": "YlOrRd", "population": "YlOrRd", "total": "YlOrRd", "share_65_plus": "Purples",
               "share_75_plus": "Purples", "change_vs_2020": "RdYlBu", "floor_area_per_resident": "YlGnBu",
               "residential_floor_area_m2": "YlOrBr"},
    class_edges={"share_65_plus": SHARE_65_EDGES, "share_75_plus": SHARE_75_EDGES, "change_vs_2020": CHANGE_EDGES},
    refresh={"mesh_population": ("mesh_population",), "population_mesh_cells": ("mesh_population",)},
    group=L("人口", "Population"),
    modules={"importers": ("importers.population",), "layers": ("layers.population",),
             "gui": ("gui.population_panel",)},
)
