"""The core theme: labels shared by every table, and the generic vector layer over any table, view or query."""

from __future__ import annotations

import dataclasses
from typing import Any

from twin.style import Style
from twin.themes.params import Param
from twin.themes.registry import Label, LayerKind, TableSpec, Theme

L = Label

VECTOR = LayerKind(
    name="vector", label=L("ベクタ", "Vector"), id_column=None, stack=60, icon_color="#2b83ba", icon_shape="points",
    params=(
        Param("geometry", "column", None, L("ジオメトリ列", "Geometry column"), geometry=True, hidden=True),
        Param("id_column", "column", None, L("ID 列", "ID column"), geometry=True, hidden=True),
        Param("point_size", "float", 8.0, L("点の大きさ (px)", "Point size (px)"), minimum=1.0, maximum=64.0),
        Param("line_width", "float", 3.0, L("線の太さ (px)", "Line width (px)"), minimum=0.5, maximum=32.0),
        Param("extrude", "column", None, L("押し出し高さ", "Extrude by"), geometry=True),
        Param("offset", "float", 0.5, L("地表からの高さ (m)", "Height above ground (m)"), minimum=-100.0,
              maximum=1000.0, geometry=True),
        Param("drape", "bool", None, L("地形に沿わせる", "Drape on the terrain"), optional=True, geometry=True),
        Param("raster_id", "raster", None, L("地形 (DEM)", "Terrain (DEM)"), geometry=True, hidden=True),
    ),
    default_style=lambda: Style(mode="single", color="#2b83ba"))


def vector_params(**changes: dict[str, Any]) -> tuple[Param, ...]:
    """The vector kind's parameter schema for a kind drawn by the generic vector adapter, with some fields of some
    parameters changed, e.g. ``vector_params(point_size={"default": 12.0}, line_width={"hidden": True})``."""
    unknown = set(changes) - {p.name for p in VECTOR.params}
    if unknown:
        raise ValueError(f"the vector kind has no parameter(s) {', '.join(sorted(unknown))}")
    return tuple(dataclasses.replace(p, **changes.get(p.name, {})) for p in VECTOR.params)

THEME = Theme(
    name="core",
    title=L("共通", "Common"),
    tables=(TableSpec("import_rejects", L("取り込めなかった行", "rejected rows"), counted=False),),
    layer_kinds=(VECTOR,),
    labels={
        "id": L("地物ID", "Feature ID"),
        "gml_id": L("GML ID", "GML ID"),
        "name": L("名称", "Name"),
        "mesh_code": L("メッシュコード", "Mesh code"),
        "attributes": L("その他の属性", "Other attributes"),
        "source_file": L("元ファイル", "Source file"),
        "source_id": L("取込元", "Source"),
        "kind": L("種類", "Kind"),
        "description_code": L("名称コード", "Description code"),
        "description": L("説明", "Description"),
        "line": L("行", "Line"),
        "reason": L("理由", "Reason"),
        "raw": L("元の行", "Raw row"),
    },
    modules={"layers": ("layers.vector",)},
)
