"""The ground under a scene: its DEMs (loaded once) and the vertical exaggeration.

Which layer carries the ground and which of its parameters exaggerates heights are class attributes of the
layer's adapter (``provides_ground``, ``exaggeration_param``), read through
:func:`layers.registry.adapter_class_for` — so the scene knows them before any adapter exists, and no code
here names a layer kind.
"""

from __future__ import annotations

from collections.abc import Iterator

from layers.dem import DemCache
from layers.registry import adapter_class_or_none
from twin.document import TwinDocument
from twin.layer import Layer
from twin.raster import Raster


class Ground:
    """DEMs and exaggeration of one scene's document."""

    def __init__(self, document: TwinDocument):
        self.document = document
        self.dems = DemCache(document.store)
        #: the exaggeration applied to the drawn layers (see :meth:`layers_exaggeration`)
        self.exaggeration = self.layers_exaggeration()

    def ground_layers(self) -> Iterator[Layer]:
        """The layers whose adapters carry the ground (terrain), bottom first."""
        for layer in self.document.layers:
            cls = adapter_class_or_none(layer)
            if cls is not None and cls.provides_ground:
                yield layer

    def dem(self, raster_id: int | None = None) -> Raster | None:
        """The DEM used for draping: ``raster_id``, else the first ground layer's raster, else the project's
        first DEM; None when the project has no DEM."""
        if raster_id is None:
            raster_id = next((v.params["raster_id"] for v in self.ground_layers()
                              if v.params.get("raster_id") is not None), None)
        return self.dems.get(raster_id)

    def layers_exaggeration(self) -> float:
        """The exaggeration the layers ask for: the first layer whose adapter has an ``exaggeration_param``
        (at least 0.01; 1 when unset or not a number, or without such a layer)."""
        for layer in self.document.layers:
            cls = adapter_class_or_none(layer)
            param = cls.exaggeration_param if cls is not None else None
            if param:
                try:
                    return max(0.01, float(layer.params.get(param) or 1.0))
                except (TypeError, ValueError):
                    return 1.0
        return 1.0

    def reload(self) -> None:
        """The store changed: read the rasters again when next asked."""
        self.dems = DemCache(self.document.store)


__all__ = ["Ground"]
