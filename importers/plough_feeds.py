"""Plough / AVL feeds → ``plough_points`` (importers come in the next commit)."""
