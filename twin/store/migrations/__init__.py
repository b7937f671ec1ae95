"""Numbered, forward-only schema migrations: ``NNNN_name.sql`` files in this folder."""
