"""The demo theme's rendering tier: its observations are drawn by the generic vector adapter."""

from layers.adapter import register_adapter
from layers.vector import VectorAdapter

register_adapter("demo_events")(VectorAdapter)
