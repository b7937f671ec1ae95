"""Migrations of the road-damage theme (``NNNN_name.sql``, numbered within the theme, forward-only)."""
