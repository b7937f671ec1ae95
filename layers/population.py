"""The population theme's rendering tier: ``population_columns`` (one mesh cell per year) drawn by the generic
vector adapter as prisms of ``height_m`` on the terrain; the clock shows the cells of its year."""

from layers.adapter import register_adapter
from layers.vector import VectorAdapter


@register_adapter("mesh_population")
class MeshPopulationAdapter(VectorAdapter):
    """Mesh cells as one merged prism mesh (``feature_id`` = ``population_columns.id``)."""


__all__ = ["MeshPopulationAdapter"]
