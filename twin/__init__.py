"""Kaga Twin core: the project store and the document model. No Qt, no VTK."""

__version__ = "0.1.0"
