"""A layer's colours: attribute values per feature (fetched once per attribute), the style's classification,
the legend it gives, and how many times the layer was recoloured.

Colouring never touches geometry: the adapter writes the colours it gets here into the existing ``rgba``
arrays (:meth:`layers.tiled_drawing.TiledDrawing.write_colors`).

Attributes the clock derives (a ``since`` layer's hours since the latest event) come from the adapter's
``derived`` callback at every recolour instead of the store (they change with the clock, so they are not cached).
Other colours are kept until the style or the data change: a clock step that only hides and shows features of a
layer categorized over a few hundred thousand fixes does not classify them again.
"""

from __future__ import annotations

from collections.abc import Callable

import numpy as np

from twin.document import TwinDocument
from twin.layer import Layer
from twin.style import LegendEntry


class Coloring:
    """Colours of one layer's features from its style."""

    def __init__(self, layer: Layer, document: TwinDocument,
                 derived: Callable[[str, np.ndarray], np.ndarray | None] | None = None):
        self.layer = layer
        self.document = document
        #: ``derived(attribute, fids)``: values of an attribute the clock derives, aligned with ``fids`` (None:
        #: not a derived attribute)
        self.derived = derived
        #: the legend of the colours last written
        self.legend: list[LegendEntry] = []
        #: how many times the layer was recoloured (one per style event, and one per rebuild)
        self.recolor_count = 0
        self._values: dict[str, tuple[np.ndarray, np.ndarray]] = {}
        self._colors: tuple[dict, np.ndarray, np.ndarray, list[LegendEntry]] | None = None   # style, fids, rgba, legend

    def forget_values(self) -> None:
        """The layer's data changed (rebuild, new source): fetch attribute values again when next needed."""
        self._values.clear()
        self._colors = None

    def feature_values(self, attribute: str, fids: np.ndarray) -> np.ndarray:
        """Values of ``attribute`` aligned with ``fids`` (NaN or None where a feature has none)."""
        if self.derived is not None:
            values = self.derived(attribute, fids)
            if values is not None:
                return values
        if attribute not in self._values:
            self._values[attribute] = self.document.attribute_values(self.layer, attribute)
        ids, vals = self._values[attribute]
        pos = np.searchsorted(ids, fids)
        pos = np.clip(pos, 0, max(len(ids) - 1, 0))
        found = (ids[pos] == fids) if len(ids) else np.zeros(len(fids), bool)
        if vals.dtype == object:
            out = np.empty(len(fids), dtype=object)
            out[:] = None
        else:
            out = np.full(len(fids), np.nan)
        if len(ids):
            out[found] = vals[pos[found]]
        return out

    def feature_colors(self, fids: np.ndarray) -> tuple[np.ndarray, list[LegendEntry]]:
        """RGBA per feature (aligned with ``fids``) and the legend, from the layer's style. The RGBA array may be
        the one kept for the next call: copy it before changing it."""
        style = self.layer.style
        time = self.layer.time
        derived = time is not None and style.by_attribute and style.attribute == time.value_attribute
        state = style.to_dict()
        state.pop("label_attribute", None)      # labels (layers.labels) do not change colours
        kept = self._colors
        if not derived and kept is not None and kept[1] is fids and kept[0] == state:
            return kept[2], kept[3]
        if style.mode == "single" or not style.attribute:
            cls = style.classify(None, n=len(fids))
        else:
            values = self.feature_values(style.attribute, fids)
            if derived and style.method == "manual":
                # hours since: bands are closed on the right as they are read ("≤3 h" holds exactly 3 h, "12–24 h"
                # exactly 24 h), manual classes on the left: classify the next smaller number
                values = np.nextafter(values, -np.inf)
            cls = style.classify(values)
        rgba, entries = cls.colors(), cls.entries
        self._colors = None if derived else (state, fids, rgba, entries)
        return rgba, entries

    def recolored(self, legend: list[LegendEntry]) -> None:
        """Colours were computed and written: keep their legend and count the recolour."""
        self.legend = list(legend)
        self.recolor_count += 1

    def close(self) -> None:
        self._values.clear()
        self._colors = None


__all__ = ["Coloring"]
