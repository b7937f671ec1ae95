"""Importers: files in real formats -> store tables. No Qt, no VTK."""

from importers.registry import Importer, all_importers, find_importer, get_importer, import_path, register

__all__ = ["Importer", "all_importers", "find_importer", "get_importer", "import_path", "register"]
