"""Migrations of the population theme (``NNNN_name.sql``, numbered within the theme, forward-only)."""
