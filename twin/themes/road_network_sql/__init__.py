"""Migrations of the road-network theme (``NNNN_name.sql``, numbered within the theme, forward-only)."""
