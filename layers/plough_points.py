"""The snow theme's rendering tier: ``plough_points`` drawn by the generic vector adapter (one merged point mesh,
``feature_id`` = ``plough_points.id``), shown on the clock from their ``time``."""

from layers.adapter import register_adapter
from layers.vector import VectorAdapter


@register_adapter("plough_points")
class PloughPointsAdapter(VectorAdapter):
    """Plough / AVL fixes as points."""


__all__ = ["PloughPointsAdapter"]
