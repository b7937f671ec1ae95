"""The themes that ship with Kaga Twin, in registration order: one line each (a theme's own modules do the rest).

Each name is a module of :mod:`twin.themes` defining ``THEME``.
"""

import importlib

from twin.themes.registry import register_theme

BUILTIN = (
    "core",
    "terrain",
    "plateau",
    "road_network",
    "facilities",
    "road_damage",
    "population",
    "snow",
    "scenarios",
    "zoning",
)

for _name in BUILTIN:
    register_theme(importlib.import_module(f"twin.themes.{_name}").THEME)
