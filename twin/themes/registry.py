"""The theme registry: what each theme of the twin brings, declared in one place.

A :class:`Theme` (buildings and roads from PLATEAU, terrain, added layers, and later road damage, snow,
population, scenarios) declares its tables (and which are feature tables, replaced on re-import and counted),
its schema migrations, its layer kinds (typed parameters, default source, name and style, time attribute),
attribute and table labels in Japanese and English, official class edges, Identify extras, which layer kinds
refresh when one of its tables changes, its analyses, and the modules of the other tiers that belong to it.

Every other part of the program asks the registry instead of keeping its own list: the store (feature tables,
migrations), the document (default layers, labels, Identify), the layers package (adapters, found through
``modules["layers"]``), the GUI (per-kind controls, icons), the CLI and the exports (labels).

Registering is :func:`register_theme`; built-in themes are listed once in :mod:`twin.themes.builtin`; modules
named in the ``KAGA_TWIN_THEMES`` environment variable (comma-separated) are imported after them, so a theme
kept outside the package (a plug-in, or the tests' demo theme) registers itself in every process, the CLI's too.
"""

from __future__ import annotations

import datetime as dt
import importlib
import os
import threading
from collections.abc import Callable, Iterator, Mapping
from contextlib import contextmanager
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from twin.themes.params import Param
from twin.messages import language

if TYPE_CHECKING:  # pragma: no cover
    from twin.analysis import Analysis
    from twin.style import Style


@dataclass(frozen=True)
class Label:
    """A user-facing text in Japanese and English; ``str(label)`` is the text in the current language."""

    ja: str
    en: str

    def text(self, lang: str | None = None) -> str:
        return self.ja if (lang or language()) == "ja" else self.en

    def __str__(self) -> str:
        return self.text()


@dataclass(frozen=True)
class TableSpec:
    """A table a theme owns. Feature tables carry ``source_id``: re-importing a source replaces their rows and
    the ``sources`` table counts them (unless ``counted`` is False, as for ``import_rejects``). Derived tables
    (written by analyses) and lookup tables are not feature tables."""

    name: str
    label: Label
    feature: bool = True
    counted: bool = True


@dataclass(frozen=True)
class TimeSpec:
    """How a layer's features sit in time (the twin's clock, :mod:`twin.clock`, applies it):

    * ``instant``: a timestamp column ``attribute``; a feature is shown once it has happened, within the clock's
      range (not before its start) and, with ``max_age``, while it is at most that old (a trail of the last hour).
      With ``window=False`` the range's start is no lower bound: everything that has happened by the clock's time
      is shown (road reports and repair cases: what was known by then, whatever window a storm replay set);
    * ``interval``: ``attribute`` … ``end_attribute``; shown while the clock is inside it (a NULL end is open);
    * ``year``: an integer year column; the rows of the clock's year, or the latest year not after it;
    * ``since``: every feature is shown, and its value at the clock's time is the **hours since its latest
      event**: the rows of the table ``events`` whose column ``key`` holds the feature's id and whose time column
      ``attribute`` is at or before the clock's time (and not before the clock's start when it is set); NaN when
      it has none ("never"). The layer offers that value as the numeric attribute ``value`` (e.g.
      ``hours_since_served``) for its style, coloured by the class edges a theme declares for it;
    * ``latest``: per value of the layer's column ``key`` (e.g. a vehicle) only the row with the latest
      ``attribute`` at or before the clock's time is shown, and only while it is at most ``max_age`` old: one
      point per vehicle that moves with the clock.

    ``since`` and ``latest`` load their times once per layer build into sorted arrays per key
    (:class:`twin.clock.EventIndex`); a clock step is one vectorised search."""

    attribute: str
    kind: str = "instant"
    end_attribute: str | None = None
    #: since: the table (or view) of events; their ``key`` names the feature (the layer's id column values)
    events: str | None = None
    #: since: the events' column naming the feature; latest: the layer's column grouping rows (a vehicle)
    key: str | None = None
    #: since: the name of the derived attribute holding the hours since the latest event
    value: str | None = None
    #: instant and latest: rows older than this at the clock's time are hidden (None: no limit)
    max_age: dt.timedelta | None = None
    #: instant: the clock's range start hides what happened before it (False: everything up to the clock shows)
    window: bool = True

    KINDS = ("instant", "interval", "year", "since", "latest")

    def __post_init__(self) -> None:
        if self.kind not in self.KINDS:
            raise ValueError(f"time kind must be one of {', '.join(self.KINDS)}, not {self.kind!r}")
        if self.kind == "interval" and not self.end_attribute:
            raise ValueError("an interval needs an end_attribute")
        if self.kind == "since":
            if not self.events or not self.key:
                raise ValueError("a 'since' time needs events (a table) and key (its column naming the feature)")
            if not self.value:
                object.__setattr__(self, "value", f"hours_since_{self.attribute}")
        if self.kind == "latest" and not self.key:
            raise ValueError("a 'latest' time needs key (the column grouping the rows, e.g. a vehicle)")
        if self.max_age is not None:
            age = self.max_age if isinstance(self.max_age, dt.timedelta) else dt.timedelta(seconds=float(self.max_age))
            if age <= dt.timedelta(0):
                raise ValueError(f"max_age must be a positive duration, not {self.max_age!r}")
            if self.kind not in ("instant", "latest"):
                raise ValueError(f"max_age applies to instant and latest times, not to {self.kind!r}")
            object.__setattr__(self, "max_age", age)

    @property
    def value_attribute(self) -> str | None:
        """The derived attribute a ``since`` time offers (None for the other kinds)."""
        return self.value if self.kind == "since" else None

    def to_dict(self) -> dict[str, Any]:
        out: dict[str, Any] = {"attribute": self.attribute, "kind": self.kind, "end_attribute": self.end_attribute}
        for name in ("events", "key", "value"):
            if getattr(self, name) is not None:
                out[name] = getattr(self, name)
        if self.max_age is not None:
            out["max_age_s"] = self.max_age.total_seconds()
        if not self.window:
            out["window"] = False
        return out

    @classmethod
    def from_dict(cls, data: Mapping[str, Any] | None) -> "TimeSpec | None":
        if not data:
            return None
        age = data.get("max_age_s")
        return cls(str(data["attribute"]), str(data.get("kind") or "instant"), data.get("end_attribute"),
                   events=data.get("events"), key=data.get("key"), value=data.get("value"),
                   max_age=dt.timedelta(seconds=float(age)) if age is not None else None,
                   window=bool(data.get("window", True)))


@dataclass(frozen=True)
class ClassEdges:
    """An official classification of a numeric attribute (e.g. MLIT flood-depth ranks): class edges and the
    colormap that goes with them."""

    breaks: tuple[float, ...]
    colormap: str


@dataclass(frozen=True)
class LayerKind:
    """A kind of layer: how it is made and what it can do.

    ``params`` is the kind's parameter schema (typed, validated; ``geometry=True`` params rebuild the mesh).
    ``present_sql`` (``SELECT count(*) …``) says whether the project has data for a default layer of this kind;
    ``stack`` orders default layers (lower is drawn first: terrain 0, roads 10, buildings 50).
    ``feature_view`` is what the attribute table and Identify read instead of ``default_source`` (a view with
    derived columns). ``attributes`` overrides the attribute list for kinds without a feature table (rasters).
    ``id_column`` names the feature id column; None means DuckDB's ``rowid``.
    """

    name: str
    label: Label
    params: tuple[Param, ...] = ()
    default_source: str = ""
    has_features: bool = True
    id_column: str | None = "id"
    default_name: Label | None = None
    default_style: Callable[[], "Style"] | None = None
    stack: int = 50
    present_sql: str | None = None
    feature_view: str | None = None
    attributes: tuple[tuple[str, str, str], ...] = ()     # (name, duckdb type, description) for rasters
    time: TimeSpec | None = None
    icon_color: str = "#2b83ba"
    icon_shape: str = "square"       # "square", "line", "relief", "grid", "points", "building"
    needs_dem: bool = False          # default layers get the project's first DEM as ``raster_id``
    starts_visible: bool = True      # False: the default layer is added unticked (e.g. tall columns that would
                                     # hide the buildings in the first view); the user ticks it on

    def param(self, name: str) -> Param | None:
        return next((p for p in self.params if p.name == name), None)

    def default_params(self) -> dict[str, Any]:
        return {p.name: p.default for p in self.params}


@dataclass(frozen=True)
class IdentifyExtra:
    """Related rows shown with one feature in Identify (e.g. a building's disaster-risk records).

    ``fetch(store, attributes)`` gets the feature's attributes and returns JSON-able data, or None when it
    has nothing; the result goes into ``identify()["extras"][key]`` (and, for compatibility, ``[key]``)."""

    key: str
    label: Label
    kinds: tuple[str, ...]
    fetch: Callable[[Any, dict[str, Any]], Any]


@dataclass(frozen=True)
class SearchSpec:
    """What the search box looks for in one table or view of a theme: the text typed is matched against
    ``columns`` (text columns by part of the value, number columns exactly), a result is shown, framed and
    identified on a layer of ``kind`` (its id column names the row), titled by the ``title`` column (e.g. the
    building's name when its ID matched). See :mod:`twin.search`."""

    table: str
    columns: tuple[str, ...]
    kind: str
    title: str | None = None


@dataclass(frozen=True)
class Theme:
    """Everything one theme of the twin declares; see the module docstring."""

    name: str
    title: Label
    tables: tuple[TableSpec, ...] = ()
    migrations: str | None = None               # package holding the theme's NNNN_name.sql files
    layer_kinds: tuple[LayerKind, ...] = ()
    labels: Mapping[str, Label] = field(default_factory=dict)
    values: Mapping[str, Mapping[str, Label]] = field(default_factory=dict)   # column → value → label
    class_edges: Mapping[str, ClassEdges] = field(default_factory=dict)
    colormaps: Mapping[str, str] = field(default_factory=dict)                # attribute → first colormap
    category_colors: Mapping[str, Mapping[str, str]] = field(default_factory=dict)  # attribute → value → hex
    methods: Mapping[str, str] = field(default_factory=dict)                  # attribute → first method
    identify_extras: tuple[IdentifyExtra, ...] = ()
    refresh: Mapping[str, tuple[str, ...]] = field(default_factory=dict)      # table → layer kinds to rebuild
    analyses: tuple["Analysis", ...] = ()
    group: Label | None = None                  # the layer-tree group its default layers go into
    modules: Mapping[str, tuple[str, ...]] = field(default_factory=dict)      # tier → modules to load
    search: tuple[SearchSpec, ...] = ()         # what the search box finds in the theme's tables


_LOCK = threading.RLock()
_THEMES: dict[str, Theme] = {}
_LOADED: dict[str, set[str]] = {}
_BUILTIN_LOADED = False


#: environment variable naming extra theme modules (comma-separated); importing each registers its theme
THEMES_ENV = "KAGA_TWIN_THEMES"


def _ensure_builtin() -> None:
    global _BUILTIN_LOADED
    if not _BUILTIN_LOADED:
        _BUILTIN_LOADED = True
        importlib.import_module("twin.themes.builtin")
        for mod in filter(None, (m.strip() for m in os.environ.get(THEMES_ENV, "").split(","))):
            importlib.import_module(mod)


def register_theme(theme: Theme) -> Theme:
    """Add a theme (a theme of the same name is replaced). Kind, table and analysis names must be unique
    across themes."""
    with _LOCK:
        _ensure_builtin()
        others = [t for n, t in _THEMES.items() if n != theme.name]
        taken_kinds = {k.name for t in others for k in t.layer_kinds}
        taken_tables = {s.name for t in others for s in t.tables}
        taken_analyses = {a.name for t in others for a in t.analyses}
        for kind in theme.layer_kinds:
            if kind.name in taken_kinds:
                raise ValueError(f"theme {theme.name!r}: layer kind {kind.name!r} belongs to another theme")
        for spec in theme.tables:
            if spec.name in taken_tables:
                raise ValueError(f"theme {theme.name!r}: table {spec.name!r} belongs to another theme")
        for a in theme.analyses:
            if a.name in taken_analyses:
                raise ValueError(f"theme {theme.name!r}: analysis {a.name!r} belongs to another theme")
        _THEMES[theme.name] = theme
    return theme


def unregister_theme(name: str) -> None:
    with _LOCK:
        _THEMES.pop(name, None)
        for loaded in _LOADED.values():
            loaded.discard(name)


@contextmanager
def registered(theme: Theme) -> Iterator[Theme]:
    """Register ``theme`` for the duration of a ``with`` block (tests)."""
    register_theme(theme)
    try:
        yield theme
    finally:
        unregister_theme(theme.name)


def themes() -> list[Theme]:
    """Registered themes, in registration order."""
    _ensure_builtin()
    return list(_THEMES.values())


def theme(name: str) -> Theme:
    _ensure_builtin()
    try:
        return _THEMES[name]
    except KeyError:
        raise KeyError(f"no theme {name!r}; known: {', '.join(_THEMES)}") from None


def load_tier(tier: str) -> None:
    """Import the modules each theme names for ``tier`` ("importers", "layers", "gui", "cli"), once.

    Each tier calls this before it looks things up in its own registry (adapters, controls, importers), so
    a theme's modules of that tier register themselves; a tier never loads another tier's modules."""
    _ensure_builtin()
    with _LOCK:
        loaded = _LOADED.setdefault(tier, set())
        for t in list(_THEMES.values()):
            if t.name in loaded:
                continue
            for mod in t.modules.get(tier, ()):
                importlib.import_module(mod)
            loaded.add(t.name)


# -- lookups used across the program ------------------------------------------------------------------------


def layer_kinds() -> list[LayerKind]:
    return [k for t in themes() for k in t.layer_kinds]


def layer_kind(name: str) -> LayerKind:
    """The :class:`LayerKind` called ``name``; KeyError listing the known kinds."""
    for k in layer_kinds():
        if k.name == name:
            return k
    raise KeyError(f"layer kind must be one of {', '.join(k.name for k in layer_kinds())}, not {name!r}")


def theme_of_kind(name: str) -> Theme | None:
    return next((t for t in themes() for k in t.layer_kinds if k.name == name), None)


def theme_of_table(name: str) -> Theme | None:
    return next((t for t in themes() for s in t.tables if s.name == name), None)


def table_specs() -> list[TableSpec]:
    return [s for t in themes() for s in t.tables]


def feature_tables() -> tuple[str, ...]:
    """Tables holding features imported from sources (each with ``source_id``)."""
    return tuple(s.name for s in table_specs() if s.feature)


def counted_tables() -> tuple[str, ...]:
    """Feature tables whose rows the ``sources`` table counts per source."""
    return tuple(s.name for s in table_specs() if s.feature and s.counted)


def table_label(name: str, lang: str | None = None) -> str:
    spec = next((s for s in table_specs() if s.name == name), None)
    return spec.label.text(lang) if spec else name


def attribute_label(name: str, lang: str | None = None) -> str:
    """The label of a column in the UI language (Japanese by default for rendered reports: pass ``lang``),
    else the column name itself. One copy for the model, the GUI, the CLI and the exports."""
    for t in themes():
        if name in t.labels:
            return t.labels[name].text(lang)
    return name


def has_attribute_label(name: str) -> bool:
    return any(name in t.labels for t in themes())


def value_label(column: str, value: str, lang: str | None = None) -> str:
    """Label of a coded value of ``column`` (e.g. ``risk_type`` ``river_flood``), else the value itself."""
    for t in themes():
        if column in t.values and value in t.values[column]:
            return t.values[column][value].text(lang)
    return value


def class_edges(attribute: str) -> ClassEdges | None:
    return next((t.class_edges[attribute] for t in themes() if attribute in t.class_edges), None)


def first_colormap(attribute: str) -> str | None:
    return next((t.colormaps[attribute] for t in themes() if attribute in t.colormaps), None)


def category_colors(attribute: str) -> dict[str, str]:
    """The colours a theme gives the values of ``attribute`` when a layer is categorized by it (MCR's red /
    yellow / green statuses, RDD classes); empty when no theme does."""
    return dict(next((t.category_colors[attribute] for t in themes() if attribute in t.category_colors), {}))


def first_method(attribute: str) -> str | None:
    return next((t.methods[attribute] for t in themes() if attribute in t.methods), None)


def identify_extras(kind: str) -> list[IdentifyExtra]:
    return [e for t in themes() for e in t.identify_extras if kind in e.kinds]


def kinds_to_refresh(tables: set[str] | frozenset[str]) -> set[str]:
    """Layer kinds whose picture depends on any of ``tables`` (after an import or an analysis wrote them)."""
    out: set[str] = set()
    for t in themes():
        for table, kinds in t.refresh.items():
            if table in tables:
                out |= set(kinds)
    return out


def search_specs() -> list[SearchSpec]:
    """What the search box looks in, theme by theme (:mod:`twin.search`)."""
    return [s for t in themes() for s in t.search]


def analyses() -> list["Analysis"]:
    return [a for t in themes() for a in t.analyses]


def analysis(name: str) -> "Analysis":
    for a in analyses():
        if a.name == name:
            return a
    raise KeyError(f"no analysis {name!r}; known: {', '.join(a.name for a in analyses()) or '(none)'}")


__all__ = ["ClassEdges", "IdentifyExtra", "Label", "LayerKind", "TableSpec", "Theme", "TimeSpec", "analyses",
           "analysis", "attribute_label", "category_colors", "class_edges", "counted_tables", "feature_tables", "first_colormap", "first_method",
           "has_attribute_label", "identify_extras", "kinds_to_refresh", "layer_kind", "layer_kinds", "load_tier",
           "register_theme", "registered", "SearchSpec", "search_specs", "table_label", "table_specs", "theme", "theme_of_kind", "theme_of_table",
           "themes", "unregister_theme", "value_label"]
