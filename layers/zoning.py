"""The zoning theme's rendering tier: ``zoning`` polygons (用途地域) drawn flat on the terrain by the generic vector
adapter (one merged mesh, ``feature_id`` = ``zoning.id``), translucent, in the city-planning map colours."""

from __future__ import annotations

from dataclasses import replace

from layers.adapter import register_adapter
from layers.vector import VectorAdapter
from twin.style import LegendEntry
from twin.themes import value_label


@register_adapter("zoning")
class ZoningAdapter(VectorAdapter):
    """Zone polygons; a categorized legend names the zones in the current language."""

    def legend_entries(self) -> list[LegendEntry]:
        entries = super().legend_entries()
        attr = self.layer.style.attribute
        if self.layer.style.mode != "categorized" or not attr:
            return entries
        return [replace(e, label=value_label(attr, e.value)) if isinstance(e.value, str) else e for e in entries]


__all__ = ["ZoningAdapter"]
