"""Readable names for the store's column names, tables and coded values, in the UI language.

The labels live in the theme registry (:mod:`twin.themes`: one copy for the model, the GUI, the CLI and the
exports); this module asks it in the UI language (:func:`ui_language`). The SQL name stays visible next to the
label wherever users type SQL (the table filter), so that they learn what to write. Unknown columns show their
SQL name.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from twin import themes
from twin.messages import language


def ui_language() -> str:
    """The language of the UI ('ja' or 'en'); :func:`gui.i18n.install_language` sets it for the model too."""
    return language()


def table_label(table: str) -> str:
    """Name of a store table as users say it (import summaries), or the table name itself."""
    return themes.table_label(table, ui_language())


def field_label(column: str) -> str:
    """Label for a column, or the column name itself."""
    return themes.attribute_label(column, ui_language())


def has_label(column: str) -> bool:
    return themes.has_attribute_label(column)


def risk_type_label(risk_type: str) -> str:
    """Label of a disaster-risk type code (``river_flood`` → 洪水浸水想定)."""
    return value_label("risk_type", risk_type)


def value_label(column: str, value: str) -> str:
    """Label of a coded value of ``column``, or the value itself."""
    return themes.value_label(column, value, ui_language())


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
