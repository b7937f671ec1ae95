"""The road-damage theme's rendering tier, all drawn by the generic vector adapter (one merged mesh per layer):
``road_reports`` points (``feature_id`` = ``road_reports.id``, shown on the clock from ``received_at``),
``repair_cases`` points (``feature_id`` = ``case_id``, from ``first_reported``) and ``repair_segments`` lines,
the road segments with cases coloured by summed priority (``feature_id`` = ``road_segments.id``)."""

from layers.adapter import register_adapter
from layers.vector import VectorAdapter


@register_adapter("road_reports")
class RoadReportsAdapter(VectorAdapter):
    """Road-damage reports and detections as points."""


@register_adapter("repair_cases")
class RepairCasesAdapter(VectorAdapter):
    """Repair cases as points at the mean of their reports."""


@register_adapter("repair_segments")
class RepairSegmentsAdapter(VectorAdapter):
    """Road segments with repair cases, as lines."""


__all__ = ["RepairCasesAdapter", "RepairSegmentsAdapter", "RoadReportsAdapter"]
