"""Which widget shows a layer's kind-specific settings: a small registry (napari's ``layer_to_controls``).

Most kinds need nothing but their parameter schema: :class:`gui.param_controls.ParamControls` builds the form
from ``layer.spec.params``. A kind that needs more registers its own widget class (usually a ParamControls
subclass)::

    @register_controls("buildings")
    class BuildingsControls(ParamControls): ...

The widget is constructed as ``cls(layer, document, parent)``. The modules a theme names for the ``"gui"``
tier (``Theme.modules["gui"]``) are imported before the first look-up, so a theme's controls register
themselves.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtWidgets import QWidget

from gui.param_controls import ParamControls
from twin import themes

_CONTROLS: dict[str, type[QWidget]] = {}


def register_controls(kind: str) -> Callable[[type[QWidget]], type[QWidget]]:
    """Class decorator: ``cls`` shows the settings of layers of ``kind`` (replacing an earlier one)."""
    def deco(cls: type[QWidget]) -> type[QWidget]:
        _CONTROLS[kind] = cls
        return cls
    return deco


def _load() -> None:
    themes.load_tier("gui")


def controls_class(kind: str) -> type[QWidget]:
    """The widget class for ``kind``: its registered one, else the generic :class:`ParamControls`."""
    _load()
    return _CONTROLS.get(kind, ParamControls)


def create_controls(layer: Any, document: Any = None, parent: QWidget | None = None) -> QWidget:
    """The settings widget for ``layer`` (see :func:`controls_class`)."""
    return controls_class(layer.kind)(layer, document, parent)


__all__ = ["controls_class", "create_controls", "register_controls"]
