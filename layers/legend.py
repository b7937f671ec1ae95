"""What the legend lists: per layer the entries its adapter coloured with, and the sections the overlay draws,
in the words of :class:`OverlayText` (Japanese by default; the app sets its UI language)."""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass, replace
from typing import TYPE_CHECKING

from twin.document import TwinDocument, attribute_label
from twin.style import LegendEntry, Style

if TYPE_CHECKING:  # pragma: no cover
    from layers.adapter import LayerAdapter


@dataclass(frozen=True)
class OverlayText:
    """The words a scene draws or lists: legend titles and fixed legend words, the scale bar's note.

    Japanese by default, for Kaga City's reports (``kaga-twin render``); the app sets them in its UI language.
    """

    attribute_label: Callable[[str], str] = attribute_label
    other_layers: str = "その他のレイヤー"
    no_value: str = Style.null_label
    other_values: str = Style.other_label
    scale_note: str = "(画面中央)"


class Legend:
    """Legend entries and sections of a scene's layers (``adapters``: layer id → adapter)."""

    def __init__(self, document: TwinDocument, adapters: Mapping[str, "LayerAdapter"]):
        self.document = document
        self.adapters = adapters
        self.text = OverlayText()

    def entries(self, layer_id: str) -> list[LegendEntry]:
        """Legend entries of a layer as currently drawn (empty for unknown or broken layers)."""
        ad = self.adapters.get(layer_id)
        if ad is None:
            return []
        # the entries for features without a value and for the rarest categories, in the UI's language
        words = {Style.null_label: self.text.no_value, Style.other_label: self.text.other_values}
        return [replace(e, label=words[e.label]) if e.value is None and e.label in words else e
                for e in ad.legend_entries()]

    def sections(self) -> list[tuple[str, list[LegendEntry]]]:
        """(title, entries) of the visible layers, top layer first — what the overlay legend shows."""
        out = []
        for layer in reversed(list(self.document.layers)):
            ad = self.adapters.get(layer.id)
            if ad is None or not self.document.tree.is_shown(layer):
                continue
            entries = self.entries(layer.id)
            if not entries:
                continue
            if layer.style.mode == "single" or not layer.style.attribute:
                out.append(("", [LegendEntry(layer.name, entries[0].color, None, entries[0].count)]))
            else:
                out.append((ad.legend_title(self.text.attribute_label), entries))
        # single-colour layers share one untitled section at the end
        titled = [s for s in out if s[0]]
        singles = [e for t, es in out if not t for e in es]
        if singles:
            titled.append((self.text.other_layers, singles))
        return titled


__all__ = ["Legend", "OverlayText"]
