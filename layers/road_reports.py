"""The road-damage theme's rendering tier: ``road_reports`` points drawn by the generic vector adapter (one merged
point mesh, ``feature_id`` = ``road_reports.id``), shown on the clock from ``received_at``."""

from layers.adapter import register_adapter
from layers.vector import VectorAdapter


@register_adapter("road_reports")
class RoadReportsAdapter(VectorAdapter):
    """Road-damage reports and detections as points."""


__all__ = ["RoadReportsAdapter"]
