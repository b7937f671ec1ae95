"""Docks that a theme adds to the main window: a small registry, like :mod:`gui.kind_controls` for layer settings.

A theme's GUI module (named in its ``Theme.modules["gui"]``) registers a panel factory::

    register_dock("road_damage", "roadDamageDock", RoadDamagePanel, area=Qt.DockWidgetArea.BottomDockWidgetArea)

:class:`gui.docks.PanelDocks` creates one dock per registration when the window is built (so the window's saved
layout restores it like the built-in docks), binds its panel to the open document and lists it in
View ▸ Panels. The factory is called as ``factory(host, parent)``: ``host`` is the main window (see
:class:`ThemeDockHost` for what a panel may ask of it). The panel follows :class:`ThemePanel`; its
``windowTitle()`` is the dock's title (the panel sets it in its ``retranslate``).

When a document is opened, a theme's dock is shown if its panel ``has_data()`` and hidden otherwise (it stays in
the Panels menu, where the panel explains what is missing), so projects without that theme's data keep the
window they had.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Any, Protocol

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QWidget

from twin import themes


class ThemePanel(Protocol):
    """What :class:`gui.docks.PanelDocks` asks of a theme's panel (a QWidget)."""

    def set_document(self, document: Any) -> None: ...      # None: the project is closing
    def reload(self) -> None: ...                          # the store changed (an import, an analysis)
    def has_data(self) -> bool: ...                        # show the dock for this project?


class ThemeDockHost(Protocol):
    """What a theme's panel may ask of the main window (all optional for a panel used on its own)."""

    viewport: Any                                          # gui.viewport.Viewport: scene, request_render
    def analysis_finished(self, run: Any) -> None: ...     # an analysis wrote its tables
    def tables_changed(self, tables: Any, message: str | None = None) -> None: ...   # the panel wrote tables


@dataclass(frozen=True)
class ThemeDock:
    """One registered dock: ``theme`` name, dock ``name`` (its object name, kept in the saved window layout),
    the panel ``factory(host, parent)`` and the dock ``area``."""

    theme: str
    name: str
    factory: Callable[[Any, QWidget | None], QWidget]
    area: Qt.DockWidgetArea = Qt.DockWidgetArea.RightDockWidgetArea


_DOCKS: dict[str, ThemeDock] = {}


def register_dock(theme: str, name: str, factory: Callable[[Any, QWidget | None], QWidget], *,
                  area: Qt.DockWidgetArea = Qt.DockWidgetArea.RightDockWidgetArea) -> ThemeDock:
    """Register (or replace) the dock ``name`` of ``theme``."""
    dock = ThemeDock(theme, name, factory, area)
    _DOCKS[name] = dock
    return dock


def unregister_dock(name: str) -> None:
    _DOCKS.pop(name, None)


def theme_docks() -> list[ThemeDock]:
    """The docks of the registered themes, in registration order (the themes' GUI modules are loaded first)."""
    themes.load_tier("gui")
    names = {t.name for t in themes.themes()}
    return [d for d in _DOCKS.values() if d.theme in names]


__all__ = ["ThemeDock", "ThemeDockHost", "ThemePanel", "register_dock", "theme_docks", "unregister_dock"]
