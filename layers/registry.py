"""Which adapter draws which layer: :func:`register_adapter` and :func:`adapter_class_for`.

Adapters register for a layer kind (``"buildings"``) or for a :class:`~twin.layer.Layer` subclass. Whatever the
rendering tier needs to know about a kind (does it carry the ground, which parameter exaggerates heights, does
it drape on the DEM, where it comes when colouring by an attribute) is a class attribute of its adapter, read
through :func:`adapter_class_for` — also before the adapter exists.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from twin import themes
from twin.layer import Layer

if TYPE_CHECKING:  # pragma: no cover
    from layers.adapter import LayerAdapter

_REGISTRY: dict[Any, type["LayerAdapter"]] = {}

def load_adapters() -> None:
    """Import the modules every registered theme names for the ``layers`` tier (their adapters register
    themselves; each module once); every lookup below does this first."""
    themes.load_tier("layers")


def register_adapter(key: str | type) -> Callable[[type["LayerAdapter"]], type["LayerAdapter"]]:
    """Class decorator: register an adapter for a layer kind (``"buildings"``) or a Layer subclass."""

    def deco(cls: type["LayerAdapter"]) -> type["LayerAdapter"]:
        _REGISTRY[key] = cls
        return cls

    return deco


def adapter_class_for(layer: Layer) -> type["LayerAdapter"]:
    """The adapter class for ``layer``: by class MRO first (subclasses win), then by ``kind``; KeyError naming
    the known kinds."""
    load_adapters()
    for cls in type(layer).__mro__:
        if cls in _REGISTRY and cls is not Layer:
            return _REGISTRY[cls]
    if layer.kind in _REGISTRY:
        return _REGISTRY[layer.kind]
    if Layer in _REGISTRY:
        return _REGISTRY[Layer]
    raise KeyError(f"no renderer for layer kind {layer.kind!r}; known: {registered_kinds()}")


def adapter_class_or_none(layer: Layer) -> type["LayerAdapter"] | None:
    """:func:`adapter_class_for`, or None for a layer no adapter draws (the scene reports it as broken)."""
    try:
        return adapter_class_for(layer)
    except KeyError:
        return None


def kind_adapter_class(kind: str) -> type["LayerAdapter"] | None:
    """The adapter class registered for the layer kind ``kind`` (None if there is none)."""
    load_adapters()
    return _REGISTRY.get(kind)


def registered_kinds() -> list[str]:
    load_adapters()
    return sorted(k for k in _REGISTRY if isinstance(k, str))


__all__ = ["adapter_class_for", "adapter_class_or_none", "kind_adapter_class", "load_adapters",
           "register_adapter", "registered_kinds"]
