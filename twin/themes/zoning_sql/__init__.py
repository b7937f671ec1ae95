"""Migrations of the zoning theme (``NNNN_name.sql``, numbered within the theme, forward-only)."""
