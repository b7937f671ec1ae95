"""Registers the demo theme (for ``KAGA_TWIN_THEMES=demo_theme.plugin`` in another process)."""

from demo_theme import THEME
from twin.themes import register_theme

register_theme(THEME)
