"""Themes: the unit the twin is built from (see :mod:`twin.themes.registry`)."""

from twin.themes.params import Param, validate_params
from twin.themes.registry import (ClassEdges, IdentifyExtra, Label, LayerKind, TableSpec, Theme, TimeSpec, analyses,
                                  analysis, attribute_label, category_colors, class_edges, counted_tables, feature_tables, first_colormap, first_method,
                                  has_attribute_label, identify_extras, kinds_to_refresh, layer_kind, layer_kinds,
                                  load_tier, register_theme, registered, table_label, table_specs, theme,
                                  theme_of_kind, theme_of_table, themes, unregister_theme, value_label)

__all__ = ["ClassEdges", "IdentifyExtra", "Label", "LayerKind", "Param", "TableSpec", "Theme", "TimeSpec", "analyses",
           "analysis", "attribute_label", "category_colors", "class_edges", "counted_tables", "feature_tables", "first_colormap", "first_method",
           "has_attribute_label", "identify_extras", "kinds_to_refresh", "layer_kind", "layer_kinds", "load_tier",
           "register_theme", "registered", "table_label", "table_specs", "theme", "theme_of_kind", "theme_of_table",
           "themes", "unregister_theme", "validate_params", "value_label"]
