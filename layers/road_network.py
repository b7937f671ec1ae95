"""The road-network theme's rendering tier: ``road_segments`` centre lines drawn by the generic vector adapter,
draped on the terrain (the stored lines are flat, z = 0) like the PLATEAU roads, ``offset`` metres above it."""

from layers.adapter import register_adapter
from layers.vector import VectorAdapter


@register_adapter("road_segments")
class RoadSegmentsAdapter(VectorAdapter):
    """Segments of the noded road network as one merged line mesh (``feature_id`` = ``road_segments.id``)."""


__all__ = ["RoadSegmentsAdapter"]
