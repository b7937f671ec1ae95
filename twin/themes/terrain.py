"""The terrain theme: DEMs and other rasters (``rasters``), the terrain surface and draped raster overlays."""

from __future__ import annotations

from twin.style import Style
from twin.themes.params import Param
from twin.themes.registry import Label, LayerKind, TableSpec, Theme

L = Label

TERRAIN = LayerKind(
    name="terrain", label=L("地形", "Terrain"), default_source="rasters", has_features=False, id_column=None,
    default_name=L("地形", "地形"), stack=0, needs_dem=True, icon_color="#9c7f5a", icon_shape="relief",
    present_sql="SELECT count(*) FROM rasters WHERE kind = 'dem'",
    attributes=(("elevation", "DOUBLE", "DEM elevation, T.P. m"),),
    params=(
        Param("raster_id", "raster", None, L("DEM", "DEM"), geometry=True, hidden=True),
        Param("exaggeration", "float", 1.0, L("高さの強調", "Vertical exaggeration"), minimum=0.01, maximum=50.0),
        Param("max_size", "int", 512, L("最大グリッド", "Max grid size"), minimum=16, maximum=8192, geometry=True,
              hidden=True),
    ),
    # quantile bands: a plain with a few hills still shows its relief (equal intervals would paint the whole
    # station area in the lowest band)
    default_style=lambda: Style(mode="graduated", attribute="elevation", colormap="elevation", classes=8,
                                method="quantile", color="#cfcabb"))

RASTER = LayerKind(
    name="raster", label=L("ラスタ", "Raster"), default_source="rasters", has_features=False, id_column=None,
    stack=5, icon_color="#6a51a3", icon_shape="grid",
    attributes=(("value", "DOUBLE", "pixel value of the chosen band"),),
    params=(
        Param("raster_id", "raster", None, L("ラスタ", "Raster"), geometry=True, hidden=True),
        Param("band", "int", 1, L("バンド", "Band"), minimum=1, geometry=True),
        Param("drape", "bool", True, L("地形に沿わせる", "Drape on the terrain"), geometry=True),
        Param("offset", "float", 1.0, L("地表からの高さ (m)", "Height above ground (m)"), minimum=-100.0,
              maximum=1000.0, geometry=True),
        Param("max_size", "int", 1024, L("最大グリッド", "Max grid size"), minimum=2, maximum=8192, geometry=True,
              hidden=True),
    ),
    default_style=lambda: Style(mode="graduated", attribute="value", colormap="viridis", classes=8,
                                method="equal_interval"))

THEME = Theme(
    name="terrain",
    title=L("地形", "Terrain"),
    tables=(TableSpec("rasters", L("ラスタ", "rasters")),),
    layer_kinds=(TERRAIN, RASTER),
    labels={"elevation": L("標高 (T.P. m)", "Elevation (T.P. m)")},
    colormaps={"elevation": "elevation"},
    # roads are draped on the DEM, so they follow it too
    refresh={"rasters": ("terrain", "raster", "roads", "vector")},
    group=L("地形", "Terrain"),
    modules={"importers": ("importers.dem_geotiff",), "layers": ("layers.terrain", "layers.raster")},
)
