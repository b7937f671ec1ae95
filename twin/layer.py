"""A map layer: pure evented state (no Qt, no VTK), rendered by an adapter in :mod:`layers`.

``layer.events.<field>`` emits ``(new, old)`` when a field really changes (``name``, ``visible``,
``opacity``, ``source``, ``style``, ``params``; ``id`` and ``kind`` are fixed). **Style changes**: both
replacing the style (``layer.style = Style(...)``) and mutating it (``layer.style.colormap = 'magma'``)
emit ``layer.events.style(style, old_style)`` (for an in-place mutation ``style is old_style``), so one
connection to ``layer.events.style`` sees every restyle.

``params`` holds the kind's typed parameters: the schema is the kind's :class:`~twin.themes.LayerKind`
``params`` in the theme registry (for example buildings ``lod``, terrain ``exaggeration``, vector ``point_size``).
Values are coerced to their types and unknown names are refused; assign a new dict or use
:meth:`Layer.set_param` so the change is signalled.

``time`` (a :class:`~twin.themes.TimeSpec`, or None) says how the layer's features sit on the twin's clock;
it defaults to the kind's.

``source`` is a table or view name, or a ``SELECT``/``WITH`` query, giving the layer's features.
"""

from __future__ import annotations

import copy
import uuid
from dataclasses import dataclass, field
from typing import Any

from twin.events import evented
from twin.style import Style

from twin.themes import LayerKind, TimeSpec, layer_kind, validate_params


def new_layer_id() -> str:
    return uuid.uuid4().hex[:12]


@evented(connect_child_events=False)
@dataclass(eq=False)
class Layer:
    """One layer of the twin. Use keyword arguments: ``Layer(name="建物", kind="buildings")``.

    Fields: ``name`` (unique within a :class:`~twin.layerlist.LayerList`, coerced on insert),
    ``kind`` (a registered :class:`~twin.themes.LayerKind` name), ``source`` (table, view or SQL; defaults per
    kind), ``visible``, ``opacity`` (0..1), ``style`` (:class:`~twin.style.Style`), ``params`` (the kind's typed
    parameters over their defaults), ``time`` (:class:`~twin.themes.TimeSpec` or None; the kind's by default),
    ``id`` (stable string id, saved with the project).
    """

    name: str = "Layer"
    kind: str = "vector"
    source: str = ""
    visible: bool = True
    opacity: float = 1.0
    style: Style = field(default_factory=Style)
    params: dict[str, Any] = field(default_factory=dict)
    time: TimeSpec | None = None
    id: str = field(default_factory=new_layer_id)

    def __post_init__(self) -> None:
        spec = self.spec
        for name in ("name", "visible", "opacity", "source", "params", "style", "time"):
            object.__setattr__(self, name, self._validate(name, getattr(self, name)))
        if not self.source:
            object.__setattr__(self, "source", spec.default_source)
        if self.time is None and spec.time is not None:
            object.__setattr__(self, "time", spec.time)
        self._watch_style(self.style)

    def __setattr__(self, name: str, value: Any) -> None:
        if name in ("id", "kind", "_spec") and name in self.__dict__ and self.__dict__[name] != value:
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
            return validate_params(self.spec.params, value, owner=f"a {self.kind} layer")
        if name == "time":
            if value is None or isinstance(value, TimeSpec):
                return value
            if isinstance(value, dict):
                return TimeSpec.from_dict(value)
            raise TypeError(f"time must be a TimeSpec, not {type(value).__name__}")
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
    def spec(self) -> LayerKind:
        """The layer's kind as the theme registry declares it."""
        spec = self.__dict__.get("_spec")
        if spec is None:
            try:
                spec = layer_kind(self.__dict__.get("kind", "vector"))
            except KeyError as exc:
                raise ValueError(exc.args[0]) from None
            object.__setattr__(self, "_spec", spec)
        return spec

    @property
    def has_features(self) -> bool:
        """True for kinds with pickable, selectable features (buildings, roads, vector)."""
        return self.spec.has_features

    @property
    def temporal(self) -> bool:
        return self.time is not None

    def to_state(self) -> dict[str, Any]:
        """JSON-serialisable state, saved in the project's ``app_state``."""
        return {"id": self.id, "name": self.name, "kind": self.kind, "source": self.source,
                "visible": self.visible, "opacity": self.opacity, "style": self.style.to_dict(),
                "params": copy.deepcopy(self.params), "time": self.time.to_dict() if self.time else None}

    @classmethod
    def from_state(cls, state: dict[str, Any]) -> "Layer":
        """Inverse of :meth:`to_state`; raises ValueError on an unknown kind or bad values."""
        state = dict(state)
        kwargs: dict[str, Any] = {k: state[k] for k in ("name", "kind", "source", "visible", "opacity", "params",
                                                        "time") if k in state}
        if state.get("id"):
            kwargs["id"] = str(state["id"])
        kwargs["style"] = Style.from_dict(state.get("style") or {})
        return cls(**kwargs)

    def __repr__(self) -> str:
        return f"Layer(name={self.name!r}, kind={self.kind!r}, source={self.source!r}, id={self.id!r})"


__all__ = ["Layer", "new_layer_id"]

