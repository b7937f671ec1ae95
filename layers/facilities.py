"""The facilities theme's rendering tier: ``facilities`` points (station, schools, hospitals, evacuation centres)
drawn by the generic vector adapter (one merged point mesh, ``feature_id`` = ``facilities.id``), coloured by kind,
with the kinds named in the legend in words (駅, 学校, 病院, 避難所・避難場所 / Station, School, …) rather than the
stored codes."""

from __future__ import annotations

from dataclasses import replace

from layers.adapter import register_adapter
from layers.vector import VectorAdapter
from twin.style import LegendEntry
from twin.themes import value_label


@register_adapter("facilities")
class FacilitiesAdapter(VectorAdapter):
    """Facilities as points; legend entries of a categorized style carry the value's label
    (``twin.themes.value_label``, in the current message language)."""

    def legend_entries(self) -> list[LegendEntry]:
        entries = super().legend_entries()
        attr = self.layer.style.attribute
        if self.layer.style.mode != "categorized" or not attr:
            return entries
        return [replace(e, label=value_label(attr, e.value)) if isinstance(e.value, str) else e for e in entries]


__all__ = ["FacilitiesAdapter"]
