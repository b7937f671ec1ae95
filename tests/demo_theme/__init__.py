"""A theme that lives in the tests: it proves a theme lands in its own modules, one per tier.

``register_theme(THEME)`` is its one registration line (tests use ``twin.themes.registered(THEME)``;
``KAGA_TWIN_THEMES=demo_theme.plugin`` registers it in any process, e.g. ``kaga-twin render``).
Tables (its own migration), an importer (``importers_tier``), a layer kind with a time attribute, labels, an
Identify extra; the layers tier (``layers_tier``) registers the adapter. Nothing outside this package is edited.
"""

from __future__ import annotations

from typing import Any

from twin.analysis import Analysis
from twin.style import Style
from twin.themes.core import vector_params
from twin.themes import (IdentifyExtra, Label, LayerKind, Param, TableSpec, Theme, TimeSpec)

L = Label


def event_notes(store: Any, attributes: dict[str, Any]) -> list[dict[str, Any]] | None:
    """The notes written about one observation (joined by its name)."""
    if attributes.get("name") is None:
        return None
    rows = store.query("SELECT note FROM demo_event_notes WHERE event_name = ? ORDER BY note", [attributes["name"]])
    return [{"note": r[0]} for r in rows] or None


def summarise(ctx: Any) -> None:
    """The demo analysis: how many observations reach the threshold, and their mean severity."""
    ctx.progress(0, 1, "summarising")
    ctx.cursor.execute("CREATE OR REPLACE TABLE demo_summary AS SELECT count(*) AS n, avg(severity) AS mean_severity "
                       "FROM demo_events WHERE severity >= ?", [ctx.params["min_severity"]])
    ctx.progress(1, 1, "summarising")


SUMMARY = Analysis("demo-summary", L("観測の集計", "Observation summary"), summarise,
                   params=(Param("min_severity", "float", 1.0, L("深刻度の下限", "Minimum severity"), minimum=0.0),),
                   inputs=("demo_events",), outputs=("demo_summary",))

DEMO_EVENTS = LayerKind(
    name="demo_events", label=L("観測", "Observations"), default_source="demo_events",
    default_name=L("観測", "観測"), stack=70, present_sql="SELECT count(*) FROM demo_events",
    time=TimeSpec("observed_at", "instant"), icon_color="#d7191c", icon_shape="points",
    default_style=lambda: Style(mode="graduated", attribute="severity", colormap="OrRd", classes=3,
                                method="equal_interval"),
    # drawn by the generic vector adapter, so its parameters are the vector kind's
    params=vector_params(point_size={"default": 12.0}, line_width={"hidden": True}, extrude={"hidden": True},
                         offset={"default": 2.0}, drape={"hidden": True}))

THEME = Theme(
    name="demo",
    title=L("デモ観測", "Demo observations"),
    tables=(TableSpec("demo_events", L("観測", "observations")),
            TableSpec("demo_event_notes", L("観測メモ", "observation notes")),
            TableSpec("demo_summary", L("観測の集計", "observation summary"), feature=False)),
    migrations="demo_theme.migrations",
    layer_kinds=(DEMO_EVENTS,),
    labels={"severity": L("深刻度", "Severity"), "observed_at": L("観測日時", "Observed at"),
            "note": L("メモ", "Note")},
    class_edges={},
    analyses=(SUMMARY,),
    identify_extras=(IdentifyExtra("notes", L("メモ", "Notes"), ("demo_events",), event_notes),),
    refresh={"demo_events": ("demo_events",)},
    group=L("デモ", "Demo"),
    modules={"importers": ("demo_theme.importers_tier",), "layers": ("demo_theme.layers_tier",)},
)
