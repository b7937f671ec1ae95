"""A map layer: pure evented state (no Qt, no VTK), rendered by an adapter in :mod:`layers`.

``layer.events.<field>`` emits ``(new, old)`` when a field really changes (``name``, ``visible``,
``opacity``, ``source``, ``style``, ``params``; ``id`` and ``kind`` are fixed). **Style changes**: both
replacing the style (``layer.style = Style(...)``) and mutating it (``layer.style.colormap = 'magma'``)
emit ``layer.events.style(style, old_style)`` (for an in-place mutation ``style is old_style``), so one
connection to ``layer.events.style`` sees every restyle.

``params`` is a dict of kind-specific settings (see :data:`DEFAULT_PARAMS`); assign a new dict or use
:meth:`Layer.set_param` so the change is signalled:

* buildings: ``lod`` (1 or 2; LOD2 falls back to LOD1 per building),
* terrain: ``raster_id`` (rasters.id), ``exaggeration`` (vertical factor, also applied to what is
  draped on it),
* roads: ``offset`` (metres above the terrain), ``raster_id``,
* vector: ``geometry`` (geometry column; default the first), ``id_column`` (default ``rowid``),
  ``point_size`` (pixels), ``line_width`` (pixels), ``extrude`` (attribute giving a height, or None),
* raster: ``raster_id``, ``band``, ``drape`` (sample the terrain for z).

``source`` is a table or view name, or a ``SELECT``/``WITH`` query, giving the layer's features.
"""

from __future__ import annotations

import copy
import uuid
from dataclasses import dataclass, field
from typing import Any

from twin.events import evented
from twin.style import Style

KINDS = ("buildings", "roads", "terrain", "vector", "raster")

#: kinds whose features can be picked, selected and listed in the attribute table
FEATURE_KINDS = ("buildings", "roads", "vector")

DEFAULT_PARAMS: dict[str, dict[str, Any]] = {
    "buildings": {"lod": 2},
    "roads": {"offset": 0.5},
    "terrain": {"raster_id": None, "exaggeration": 1.0},
    "vector": {"geometry": None, "id_column": None, "point_size": 8.0, "line_width": 3.0, "extrude": None,
               "offset": 0.5},
    "raster": {"raster_id": None, "band": 1, "drape": True, "offset": 1.0},
}

DEFAULT_SOURCES = {"buildings": "buildings", "roads": "roads", "terrain": "rasters", "raster": "rasters"}


def new_layer_id() -> str:
    return uuid.uuid4().hex[:12]


@evented(connect_child_events=False)
@dataclass(eq=False)
class Layer:
    """One layer of the twin. Use keyword arguments: ``Layer(name="建物", kind="buildings")``.

    Fields: ``name`` (unique within a :class:`~twin.layerlist.LayerList`, coerced on insert),
    ``kind`` (one of :data:`KINDS`), ``source`` (table, view or SQL; defaults per kind), ``visible``,
    ``opacity`` (0..1), ``style`` (:class:`~twin.style.Style`), ``params`` (kind-specific, merged over
    :data:`DEFAULT_PARAMS`), ``id`` (stable string id, saved with the project).
    """

    name: str = "Layer"
    kind: str = "vector"
    source: str = ""
    visible: bool = True
    opacity: float = 1.0
    style: Style = field(default_factory=Style)
    params: dict[str, Any] = field(default_factory=dict)
    id: str = field(default_factory=new_layer_id)

    def __post_init__(self) -> None:
        if self.kind not in KINDS:
            raise ValueError(f"layer kind must be one of {', '.join(KINDS)}, not {self.kind!r}")
        for name in ("name", "visible", "opacity", "source", "params", "style"):
            object.__setattr__(self, name, self._validate(name, getattr(self, name)))
        if not self.source:
            object.__setattr__(self, "source", DEFAULT_SOURCES.get(self.kind, ""))
        self._watch_style(self.style)

    def __setattr__(self, name: str, value: Any) -> None:
        if name in ("id", "kind") and name in self.__dict__ and self.__dict__[name] != value:
            raise AttributeError(f"a layer's {name} cannot change")
        value = self._validate(name, value)
        if name == "style" and "style" in self.__dict__ and value is not self.__dict__["style"]:
            self._unwatch_style(self.__dict__["style"])
            object.__setattr__(self, name, value)
            self._watch_style(value)
            return
        object.__setattr__(self, name, value)

    def _validate(self, name: str, value: Any) -> Any:
        if name == "opacity":
            v = float(value)
            if not 0.0 <= v <= 1.0:
                raise ValueError(f"opacity must be between 0 and 1, not {value!r}")
            return v
        if name == "visible":
            return bool(value)
        if name == "name":
            text = str(value).strip()
            if not text:
                raise ValueError("a layer needs a name")
            return text
        if name == "source":
            return str(value or "")
        if name == "style":
            if isinstance(value, dict):
                return Style.from_dict(value)
            if not isinstance(value, Style):
                raise TypeError(f"style must be a Style, not {type(value).__name__}")
            return value
        if name == "params":
            kind = self.__dict__.get("kind", "vector")
            merged = copy.deepcopy(DEFAULT_PARAMS.get(kind, {}))
            merged.update(dict(value or {}))
            return merged
        return value

    # -- style relay ----------------------------------------------------------------------------------------
    def _watch_style(self, style: Style) -> None:
        style.events.all.connect(self._on_style_mutated)

    def _unwatch_style(self, style: Style) -> None:
        style.events.all.disconnect(self._on_style_mutated)

    def _on_style_mutated(self, info: Any) -> None:
        self.events.style.emit(self.style, self.style)

    # -- helpers -----------------------------------------------------------------------------------------------
    def set_param(self, key: str, value: Any) -> None:
        """Change one entry of :attr:`params` (emits ``events.params``)."""
        self.params = {**self.params, key: value}

    @property
    def has_features(self) -> bool:
        """True for kinds with pickable, selectable features (buildings, roads, vector)."""
        return self.kind in FEATURE_KINDS

    def to_state(self) -> dict[str, Any]:
        """JSON-serialisable state, saved in the project's ``app_state``."""
        return {"id": self.id, "name": self.name, "kind": self.kind, "source": self.source,
                "visible": self.visible, "opacity": self.opacity, "style": self.style.to_dict(),
                "params": copy.deepcopy(self.params)}

    @classmethod
    def from_state(cls, state: dict[str, Any]) -> "Layer":
        """Inverse of :meth:`to_state`; raises ValueError on an unknown kind or bad values."""
        state = dict(state)
        kwargs: dict[str, Any] = {k: state[k] for k in ("name", "kind", "source", "visible", "opacity", "params")
                                  if k in state}
        if state.get("id"):
            kwargs["id"] = str(state["id"])
        kwargs["style"] = Style.from_dict(state.get("style") or {})
        return cls(**kwargs)

    def __repr__(self) -> str:
        return f"Layer(name={self.name!r}, kind={self.kind!r}, source={self.source!r}, id={self.id!r})"


__all__ = ["DEFAULT_PARAMS", "FEATURE_KINDS", "KINDS", "Layer", "new_layer_id"]
