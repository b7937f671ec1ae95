"""The snow theme's plough layers, drawn by the generic vector adapter (one merged point mesh, ``feature_id`` =
``plough_points.id``):

* ``plough_points`` — the trail: fixes shown on the clock from their ``time`` (by default only the last hour before
  the clock, :func:`twin.themes.snow_layers.trail`);
* ``plough_vehicles`` — where each plough is at the clock's time: its latest fix (time kind ``latest`` per
  ``vehicle_id``), bigger points that move as the clock steps. Every fix is in the mesh once; a clock step only
  changes which ones are opaque (the others get alpha 0), so nothing is rebuilt while the night replays."""

from __future__ import annotations

from layers.adapter import register_adapter
from layers.vector import VectorAdapter


@register_adapter("plough_points")
class PloughPointsAdapter(VectorAdapter):
    """Plough / AVL fixes as points."""


@register_adapter("plough_vehicles")
class PloughVehiclesAdapter(VectorAdapter):
    """Each plough's latest fix at the clock's time."""

    color_by_priority = 2      # "colour by vehicle_id" colours the trail first


__all__ = ["PloughPointsAdapter", "PloughVehiclesAdapter"]
