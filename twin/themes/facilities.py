"""The facilities theme: stations, schools, hospitals and evacuation centres as points in one ``facilities`` table
(``importers/facilities.py``: 国土数値情報 P29 学校, P04 医療機関 and P20 避難施設, and generic GeoJSON /
GeoPackage / CSV lists with a name and a kind), drawn as points coloured by kind (``layers/facilities.py``).
The road-damage priority uses them (nearness of a repair case to the station, schools, hospitals and
evacuation centres)."""

from __future__ import annotations

from twin.style import Style
from twin.themes.core import vector_params
from twin.themes.registry import Label, LayerKind, SearchSpec, TableSpec, Theme

L = Label

#: the kinds every source is mapped onto (``facilities.kind``)
KINDS = ("station", "school", "hospital", "evacuation", "other")
KIND_LABELS = {
    "station": L("駅", "Station"),
    "school": L("学校", "School"),
    "hospital": L("病院", "Hospital"),
    "evacuation": L("避難所・避難場所", "Evacuation centre"),
    "other": L("その他の施設", "Other facility"),
}
#: distinct from the road-damage statuses (red, orange, green) and the RDD classes drawn beside them
KIND_COLORS = {"station": "#6a3d9a", "school": "#1f78b4", "hospital": "#e7298a", "evacuation": "#00a0b0",
               "other": "#8c6d31"}

FACILITIES = LayerKind(
    name="facilities", label=L("施設", "Facilities"), default_source="facilities",
    default_name=L("施設", "施設"), stack=65,
    present_sql="SELECT count(*) FROM facilities", icon_color="#1f78b4", icon_shape="points", needs_dem=True,
    default_style=lambda: Style(mode="categorized", attribute="kind", categories=dict(KIND_COLORS),
                                color="#808080"),
    params=vector_params(point_size={"default": 14.0}, line_width={"hidden": True}, extrude={"hidden": True},
                         offset={"default": 3.0}, drape={"default": True}))

THEME = Theme(
    name="facilities",
    title=L("施設", "Facilities"),
    tables=(TableSpec("facilities", L("施設", "facilities")),),
    migrations="twin.themes.facilities_sql",
    layer_kinds=(FACILITIES,),
    labels={
        "address": L("所在地", "Address"),
        "lat": L("緯度", "Latitude"),
        "lon": L("経度", "Longitude"),
        "geom": L("位置", "Location"),
        # id, name, kind, attributes and source_id: the core theme's labels
    },
    values={"kind": dict(KIND_LABELS)},
    refresh={"facilities": ("facilities",)},
    group=L("施設", "Facilities"),
    search=(SearchSpec("facilities", ("name",), "facilities", "name"),),
    modules={"importers": ("importers.facilities",), "layers": ("layers.facilities",)},
)
