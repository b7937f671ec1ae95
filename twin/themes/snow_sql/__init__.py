"""Migrations of the snow theme (``NNNN_name.sql``, numbered within the theme, forward-only)."""
