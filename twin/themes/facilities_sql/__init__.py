"""Migrations of the facilities theme (``NNNN_name.sql``, numbered within the theme, forward-only)."""
