"""The population theme: mesh population series (e-Stat 国勢調査 地域メッシュ統計, MLIT 国土数値情報 500 m mesh
future population) in one long table, the IPSS municipal projections, and the cells of the imported meshes
(``importers/population.py``). ``mesh_population_totals`` sums cells without counting merged cells twice."""

from __future__ import annotations

from twin import catchments
from twin.analysis import Analysis
from twin.style import Style
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
    default_style=lambda: Style(mode="graduated", attribute="value", colormap="YlOrRd", classes=5),
    params=vector_params(extrude={"default": "height_m", "label": L("柱の高さ", "Column height")},
                         offset={"default": 0.0, "hidden": True}, point_size={"hidden": True},
                         line_width={"default": 1.0, "hidden": True}, drape={"default": True, "hidden": True}))

POPULATION_CATCHMENT = Analysis(
    "population-catchment", L("圏域の人口", "Population in a catchment"), catchments.run,
    params=(Param("radius_m", "float", 1500.0, L("駅からの半径 (m)", "Radius around the station (m)"), minimum=1.0,
                  maximum=50000.0),
            Param("file", "str", None, L("圏域ファイル (GeoJSON/GeoPackage)", "Catchment file (GeoJSON/GeoPackage)"),
                  optional=True),
            Param("year", "int", None, L("年 (空欄はすべて)", "Year (blank: all)"), optional=True)),
    inputs=("mesh_population", "population_mesh_cells"), outputs=("catchment_population",),
    description="Mesh population (total, 0-14, 15-64, 65+, 75+) inside a circle around Kaga Onsen Station or a "
                "polygon file, each cell counted by the share of its area inside; merged cells counted once.")

THEME = Theme(
    name="population",
    title=L("人口", "Population"),
    tables=(TableSpec("mesh_population", L("メッシュ人口", "mesh population")),
            TableSpec("municipal_projection", L("市区町村別将来推計人口", "municipal population projection")),
            TableSpec("population_mesh_cells", L("人口メッシュ区画", "population mesh cells")),
            TableSpec("mesh_population_codes", L("メッシュ統計の項目コード", "mesh statistics codes"),
                      feature=False, counted=False),
            TableSpec("catchment_population", L("圏域の人口", "catchment population"), feature=False)),
    migrations="twin.themes.population_sql",
    layer_kinds=(MESH_POPULATION,),
    analyses=(POPULATION_CATCHMENT,),
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
        # geom and source_id: the core theme's labels
    },
    values={"kind": {"census": L("国勢調査", "Census"), "projection": L("将来推計", "Projection")},
            "sex": {"total": L("総数", "Total"), "male": L("男", "Male"), "female": L("女", "Female")}},
    colormaps={"value": "YlOrRd", "population": "YlOrRd", "total": "YlOrRd", "share_65_plus": "Purples",
               "share_75_plus": "Purples", "change_vs_2020": "RdYlBu"},
    class_edges={"share_65_plus": SHARE_65_EDGES, "share_75_plus": SHARE_75_EDGES, "change_vs_2020": CHANGE_EDGES},
    refresh={"mesh_population": ("mesh_population",), "population_mesh_cells": ("mesh_population",)},
    group=L("人口", "Population"),
    modules={"importers": ("importers.population",), "layers": ("layers.population",)},
)
