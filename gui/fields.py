"""Readable, translated names for the store's column names (headers, identify, style attribute lists).

The SQL name stays visible next to the label wherever users type SQL (the table filter), so that they learn
what to write. Unknown columns show their SQL name.
"""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

_LABELS = {
    "id": QT_TRANSLATE_NOOP("Fields", "Feature ID"),
    "gml_id": QT_TRANSLATE_NOOP("Fields", "GML ID"),
    "building_id": QT_TRANSLATE_NOOP("Fields", "Building ID"),
    "name": QT_TRANSLATE_NOOP("Fields", "Name"),
    "class_code": QT_TRANSLATE_NOOP("Fields", "Class code"),
    "class": QT_TRANSLATE_NOOP("Fields", "Class"),
    "usage_code": QT_TRANSLATE_NOOP("Fields", "Usage code"),
    "usage": QT_TRANSLATE_NOOP("Fields", "Usage"),
    "measured_height": QT_TRANSLATE_NOOP("Fields", "Measured height (m)"),
    "storeys_above": QT_TRANSLATE_NOOP("Fields", "Storeys above ground"),
    "storeys_below": QT_TRANSLATE_NOOP("Fields", "Storeys below ground"),
    "year_built": QT_TRANSLATE_NOOP("Fields", "Year built"),
    "total_floor_area": QT_TRANSLATE_NOOP("Fields", "Total floor area (m²)"),
    "structure_type_code": QT_TRANSLATE_NOOP("Fields", "Structure code"),
    "structure_type": QT_TRANSLATE_NOOP("Fields", "Structure"),
    "lod1_height_type_code": QT_TRANSLATE_NOOP("Fields", "LOD1 height type code"),
    "lod1_height_type": QT_TRANSLATE_NOOP("Fields", "LOD1 height type"),
    "lod": QT_TRANSLATE_NOOP("Fields", "Level of detail"),
    "ground_z": QT_TRANSLATE_NOOP("Fields", "Ground height (T.P. m)"),
    "lod1_top_z": QT_TRANSLATE_NOOP("Fields", "Roof height (T.P. m)"),
    "mesh_code": QT_TRANSLATE_NOOP("Fields", "Mesh code"),
    "uro_version": QT_TRANSLATE_NOOP("Fields", "i-UR version"),
    "attributes": QT_TRANSLATE_NOOP("Fields", "Other attributes"),
    "source_file": QT_TRANSLATE_NOOP("Fields", "Source file"),
    "source_id": QT_TRANSLATE_NOOP("Fields", "Source"),
    "function_code": QT_TRANSLATE_NOOP("Fields", "Function code"),
    "function": QT_TRANSLATE_NOOP("Fields", "Function"),
    "width": QT_TRANSLATE_NOOP("Fields", "Width (m)"),
    "width_type_code": QT_TRANSLATE_NOOP("Fields", "Width type code"),
    "width_type": QT_TRANSLATE_NOOP("Fields", "Width type"),
    "lanes": QT_TRANSLATE_NOOP("Fields", "Lanes"),
    "section_type_code": QT_TRANSLATE_NOOP("Fields", "Section type code"),
    "section_type": QT_TRANSLATE_NOOP("Fields", "Section type"),
    "risk_type": QT_TRANSLATE_NOOP("Fields", "Risk type"),
    "description_code": QT_TRANSLATE_NOOP("Fields", "Description code"),
    "description": QT_TRANSLATE_NOOP("Fields", "Description"),
    "rank_code": QT_TRANSLATE_NOOP("Fields", "Rank code"),
    "rank": QT_TRANSLATE_NOOP("Fields", "Rank"),
    "depth_m": QT_TRANSLATE_NOOP("Fields", "Depth (m)"),
    "duration_h": QT_TRANSLATE_NOOP("Fields", "Duration (h)"),
    "scale_code": QT_TRANSLATE_NOOP("Fields", "Scale code"),
    "scale": QT_TRANSLATE_NOOP("Fields", "Scale"),
    "admin_type_code": QT_TRANSLATE_NOOP("Fields", "Administrator code"),
    "admin_type": QT_TRANSLATE_NOOP("Fields", "Administrator"),
    "area_type_code": QT_TRANSLATE_NOOP("Fields", "Area type code"),
    "area_type": QT_TRANSLATE_NOOP("Fields", "Area type"),
    "max_flood_depth": QT_TRANSLATE_NOOP("Fields", "Max flood depth (m)"),
    "risk_count": QT_TRANSLATE_NOOP("Fields", "Disaster risk records"),
    "kind": QT_TRANSLATE_NOOP("Fields", "Kind"),
    "elevation": QT_TRANSLATE_NOOP("Fields", "Elevation (T.P. m)"),
}

_RISK_TYPES = {
    "river_flood": QT_TRANSLATE_NOOP("Fields", "River flooding"),
    "inland_flood": QT_TRANSLATE_NOOP("Fields", "Inland flooding"),
    "reservoir_flood": QT_TRANSLATE_NOOP("Fields", "Reservoir flooding"),
    "tsunami": QT_TRANSLATE_NOOP("Fields", "Tsunami"),
    "high_tide": QT_TRANSLATE_NOOP("Fields", "Storm surge"),
    "landslide": QT_TRANSLATE_NOOP("Fields", "Landslide"),
}


_TABLES = {
    "buildings": QT_TRANSLATE_NOOP("Fields", "buildings"),
    "building_surfaces": QT_TRANSLATE_NOOP("Fields", "building surfaces"),
    "building_risks": QT_TRANSLATE_NOOP("Fields", "risk records"),
    "roads": QT_TRANSLATE_NOOP("Fields", "roads"),
    "road_surfaces": QT_TRANSLATE_NOOP("Fields", "road surfaces"),
    "rasters": QT_TRANSLATE_NOOP("Fields", "rasters"),
}


def table_label(table: str) -> str:
    """Translated name of a store table (import summaries), or the table name itself."""
    src = _TABLES.get(table)
    return QCoreApplication.translate("Fields", src) if src else table


def field_label(column: str) -> str:
    """Translated label for a column, or the column name itself."""
    src = _LABELS.get(column)
    return QCoreApplication.translate("Fields", src) if src else column


def has_label(column: str) -> bool:
    return column in _LABELS


def risk_type_label(risk_type: str) -> str:
    src = _RISK_TYPES.get(risk_type)
    return QCoreApplication.translate("Fields", src) if src else risk_type


def format_value(value: object, *, max_chars: int | None = 200) -> str:
    """A value as users read it: no trailing zeros on measurements, dates as ISO, long text shortened."""
    import datetime as _dt
    import json as _json

    if value is None:
        return ""
    if isinstance(value, bool):
        return QCoreApplication.translate("Fields", "yes") if value else QCoreApplication.translate("Fields", "no")
    if isinstance(value, float):
        if value != value:  # NaN
            return ""
        text = f"{value:.3f}".rstrip("0").rstrip(".")
        return "0" if text in ("-0", "") else text
    if isinstance(value, (_dt.datetime, _dt.date)):
        return value.isoformat(sep=" ") if isinstance(value, _dt.datetime) else value.isoformat()
    if isinstance(value, (bytes, bytearray, memoryview)):
        return QCoreApplication.translate("Fields", "({n} bytes)").format(n=len(bytes(value)))
    if isinstance(value, (dict, list, tuple)):
        text = _json.dumps(value, ensure_ascii=False, default=str)
    else:
        text = str(value)
    if max_chars is not None and len(text) > max_chars:
        text = text[: max_chars - 1] + "…"
    return text
