"""The snow theme's map: layer kinds for a storm replayed on the twin's clock (imported by ``twin/themes/snow.py``).

* ``snow_coverage`` — every road segment with a route tier (view ``snow_segment_map``, migration 0004), drawn as a
  ribbon as wide as its tier (tier 1 widest) and coloured by the **hours since it was last ploughed at the clock's
  time** (time kind ``since`` over ``snow_passes.served_at``) in the bands of 福井県's みち情報ネットふくい —
  ≤3 h, 3–6 h, 6–12 h, 12–24 h — plus >24 h and 未除雪 (never in the window: the clock's start … its time), the
  service states Ishikawa's map shows as 除雪完了 / 除雪中 / 未除雪. A clock step recolours; nothing is rebuilt.
* ``plough_vehicles`` — each plough's latest fix at the clock's time (time kind ``latest`` per ``vehicle_id``, at
  most :data:`VEHICLE_MAX_AGE` old, so a vehicle that stopped reporting disappears): big points that move on replay.
* the ``plough_points`` trail (:func:`trail`) shows only the fixes of the last :data:`TRAIL_AGE` (15 minutes) before
  the clock, small light points — a short tail behind each vehicle showing where it is heading. The whole night (a
  few hundred thousand fixes) up to the clock, or even its last hour, speckles every ribbon and buries the band
  colours; the coverage layer is the record of where ploughs went. Vehicles are coloured by their type (除雪ドーザ,
  除雪グレーダ, 小型除雪車, 凍結防止剤散布車: a legend of four lines, not one per vehicle; Identify names the vehicle).

Bands are closed on the right as they are read (a segment ploughed exactly 3 h ago is still "≤3 h"); the legend
names them in the UI language (:func:`layers.legend.band_label`).
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import math

from twin.style import Style
from twin.themes.core import vector_params
from twin.themes.params import Param
from twin.themes.registry import ClassEdges, Label, LayerKind, TimeSpec

L = Label

#: the derived attribute of ``snow_coverage``: hours since the segment's latest pass at the clock's time
HOURS_SINCE = "hours_since_served"
#: band edges in hours (福井県: 1–3 h, 3–6 h, 6–12 h, 12–24 h; then > 24 h); the outer edges make the first and last
#: bands open ("≤3 h", ">24 h")
BAND_EDGES = (0.0, 3.0, 6.0, 12.0, 24.0, math.inf)
#: fresh (blue) … stale (red), the colormap sampled at the 5 bands (blue reads on the green and tan terrain)
BAND_COLORMAP = "RdYlBu_r"
#: segments not ploughed in the window (未除雪): a colour no band has
NEVER_COLOR = "#252525"
#: a vehicle's latest fix is shown this long (then the vehicle is taken as off duty or out of coverage)
VEHICLE_MAX_AGE = dt.timedelta(minutes=10)
#: the trail shows the fixes of this long before the clock
TRAIL_AGE = dt.timedelta(minutes=15)
#: vehicle types of the feeds (AVL ``vehicle_type``, Plow Tracker ``assetType``) and their colours on the map (none
#: of the bands' colours); other types take palette colours
VEHICLE_TYPE_COLORS = {"除雪ドーザ": "#e7298a", "除雪グレーダ": "#17becf", "小型除雪車": "#9467bd",
                       "凍結防止剤散布車": "#a6d854"}

SINCE_SERVED = TimeSpec("served_at", "since", events="snow_passes", key="segment_id", value=HOURS_SINCE)


def band_style() -> Style:
    """The coverage layer's default style: the bands of :data:`BAND_EDGES`, never ploughed in :data:`NEVER_COLOR`."""
    return Style(mode="graduated", attribute=HOURS_SINCE, method="manual", breaks=list(BAND_EDGES),
                 colormap=BAND_COLORMAP, null_color=NEVER_COLOR, null_label="未除雪")


SNOW_COVERAGE = LayerKind(
    name="snow_coverage", label=L("除雪状況 (除雪からの経過時間)", "Snow clearance (time since ploughed)"),
    default_source="snow_segment_map", default_name=L("除雪状況", "除雪状況"), stack=16,
    present_sql="SELECT count(*) FROM snow_segment_map", icon_color="#4575b4", icon_shape="line", needs_dem=True,
    time=SINCE_SERVED, default_style=band_style,
    params=(
        Param("tier1_width", "float", 18.0, L("第1次路線の幅 (m)", "Tier 1 width (m)"), minimum=1.0, maximum=200.0,
              geometry=True),
        Param("tier2_width", "float", 12.0, L("第2次路線の幅 (m)", "Tier 2 width (m)"), minimum=1.0, maximum=200.0,
              geometry=True),
        Param("tier3_width", "float", 7.0, L("第3次路線の幅 (m)", "Tier 3 width (m)"), minimum=1.0, maximum=200.0,
              geometry=True),
        Param("offset", "float", 1.5, L("地表からの高さ (m)", "Height above ground (m)"), minimum=-100.0,
              maximum=1000.0, geometry=True),
        Param("raster_id", "raster", None, L("地形 (DEM)", "Terrain (DEM)"), geometry=True, hidden=True),
    ))

PLOUGH_VEHICLES = LayerKind(
    name="plough_vehicles", label=L("除雪車 (現在位置)", "Ploughs (current position)"),
    default_source="plough_points", default_name=L("除雪車", "除雪車"), stack=74,
    present_sql="SELECT count(*) FROM plough_points", icon_color="#08519c", icon_shape="points", needs_dem=True,
    time=TimeSpec("time", "latest", key="vehicle_id", max_age=VEHICLE_MAX_AGE),
    default_style=lambda: Style(mode="categorized", attribute="vehicle_type", categories=dict(VEHICLE_TYPE_COLORS),
                                palette="Set2", color="#e7298a"),
    params=vector_params(point_size={"default": 20.0}, line_width={"hidden": True}, extrude={"hidden": True},
                         offset={"default": 4.0}, drape={"default": True}))


def trail(kind: LayerKind) -> LayerKind:
    """The ``plough_points`` kind as the trail behind the vehicles: the fixes of the last :data:`TRAIL_AGE` before
    the clock, small light points."""
    params = tuple(dataclasses.replace(p, default=3.0) if p.name == "point_size" else p for p in kind.params)
    return dataclasses.replace(
        kind, label=L("除雪車の軌跡 (直近15分)", "Plough trails (last 15 minutes)"),
        default_name=L("除雪車の軌跡", "除雪車の軌跡"), params=params,
        default_style=lambda: Style(mode="single", color="#f7f7f7"),
        time=dataclasses.replace(kind.time, max_age=TRAIL_AGE))


#: for ``Theme.layer_kinds`` (after the trail)
LAYER_KINDS = (SNOW_COVERAGE, PLOUGH_VEHICLES)

#: for ``Theme.class_edges``
CLASS_EDGES = {HOURS_SINCE: ClassEdges(BAND_EDGES, BAND_COLORMAP)}

#: for ``Theme.labels`` (the columns of ``snow_segment_map`` that come from the analysis' tables are labelled
#: with those tables)
LABELS = {
    HOURS_SINCE: L("除雪からの経過時間", "Time since ploughed"),
    "tier_origin": L("路線区分の出典", "Tier from"),
}

#: for ``Theme.values``: the word for a segment never ploughed in the window (the legend's last band)
VALUES = {HOURS_SINCE: {"never": L("未除雪", "Not ploughed")}}

#: for ``Theme.refresh``: tables whose change rebuilds the map layers (a new road network needs the analysis again,
#: which writes the tiers and passes)
REFRESH = {
    "plough_points": ("plough_points", "plough_vehicles"),
    "snow_passes": ("snow_coverage",),
    "snow_segment_coverage": ("snow_coverage",),
    "route_tiers": ("snow_coverage",),
}


__all__ = ["BAND_COLORMAP", "BAND_EDGES", "CLASS_EDGES", "HOURS_SINCE", "LABELS", "LAYER_KINDS", "NEVER_COLOR",
           "PLOUGH_VEHICLES", "REFRESH", "SINCE_SERVED", "SNOW_COVERAGE", "TRAIL_AGE", "VALUES", "VEHICLE_MAX_AGE",
           "VEHICLE_TYPE_COLORS", "band_style", "trail"]
