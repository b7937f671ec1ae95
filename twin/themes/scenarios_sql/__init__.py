"""Migrations of the scenarios theme (``NNNN_name.sql``, numbered within the theme, forward-only)."""
