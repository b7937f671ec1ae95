"""Exports: a screenshot of the 3D view with its legend, and features — the selection, a whole layer or the
attribute table's filtered rows — as GeoPackage, GeoJSON or CSV.

The screenshot is the rendered frame with a legend box painted by Qt on top (so Japanese labels render
with the UI font, as in the Style dock). Feature exports read the rows from the store (one query per layer)
and write them with geopandas/pyogrio; CSV is UTF-8 with a BOM so that Excel shows Japanese text, with the
centroid's latitude/longitude and the geometry as WKT; GeoJSON is in WGS 84. Images at a chosen size and PDF
map layouts are rendered off screen: :mod:`gui.view_export`.
"""

from __future__ import annotations

import json
from collections.abc import Sequence
from pathlib import Path
from typing import Any

import numpy as np
from PySide6.QtCore import QCoreApplication, QRect, Qt
from PySide6.QtGui import QColor, QFont, QFontMetrics, QImage, QPainter, QPen

from twin.errors import TwinError
from twin.style import LegendEntry


class ExportError(TwinError):
    """An export could not be written."""


# -- screenshot ------------------------------------------------------------------------------------------
def array_to_qimage(arr: np.ndarray) -> QImage:
    """(h, w, 3|4) uint8 → a QImage owning its pixels."""
    arr = np.ascontiguousarray(arr)
    h, w = arr.shape[:2]
    if arr.shape[2] == 3:
        img = QImage(arr.data, w, h, 3 * w, QImage.Format.Format_RGB888)
    else:
        img = QImage(arr.data, w, h, 4 * w, QImage.Format.Format_RGBA8888)
    return img.copy()


def paint_legend(image: QImage, legends: Sequence[tuple[str, str, Sequence[LegendEntry]]], *,
                 title: str | None = None, font: QFont | None = None) -> QImage:
    """Paint a legend box (top-left, below the title) and an optional title on a copy of ``image``.

    ``legends``: (layer name, attribute label, entries) for each layer to show.
    """
    out = image.convertToFormat(QImage.Format.Format_ARGB32)
    p = QPainter(out)
    p.setRenderHint(QPainter.RenderHint.Antialiasing)
    p.setRenderHint(QPainter.RenderHint.TextAntialiasing)
    base = QFont(font) if font is not None else QFont()
    scale = max(1.0, out.height() / 900.0)
    base.setPointSizeF(max(base.pointSizeF(), 9.0) * scale)
    bold = QFont(base)
    bold.setBold(True)
    fm, fmb = QFontMetrics(base), QFontMetrics(bold)
    pad = int(8 * scale)
    sw = fm.height()
    top = pad
    if title:
        big = QFont(bold)
        big.setPointSizeF(bold.pointSizeF() * 1.25)
        fmt = QFontMetrics(big)
        rect = QRect(pad, pad, fmt.horizontalAdvance(title) + 2 * pad, fmt.height() + pad)
        p.setPen(Qt.PenStyle.NoPen)
        p.setBrush(QColor(255, 255, 255, 215))
        p.drawRoundedRect(rect, 4, 4)
        p.setPen(QColor(20, 20, 20))
        p.setFont(big)
        p.drawText(rect, Qt.AlignmentFlag.AlignCenter, title)
        top = rect.bottom() + pad
    lines: list[tuple[str, Any]] = []   # ("head", text) | ("entry", LegendEntry)
    for name, attr, entries in legends:
        if not entries:
            continue
        lines.append(("head", f"{name}" + (f" — {attr}" if attr else "")))
        for e in list(entries)[:24]:
            lines.append(("entry", e if e.label else LegendEntry(name, e.color, e.value, e.count)))
        if len(entries) > 24:
            lines.append(("more", QCoreApplication.translate("Export", "… {n} more").format(n=len(entries) - 24)))
    if lines:
        widths = []
        for kind, v in lines:
            if kind == "head":
                widths.append(fmb.horizontalAdvance(v))
            elif kind == "entry":
                widths.append(sw + pad + fm.horizontalAdvance(v.label))
            else:
                widths.append(fm.horizontalAdvance(v))
        line_h = int(fm.height() * 1.3)
        box_w = min(max(widths) + 2 * pad, out.width() // 2)
        box_h = len(lines) * line_h + 2 * pad
        x0, y0 = pad, top
        p.setPen(QPen(QColor(120, 120, 120), 1))
        p.setBrush(QColor(255, 255, 255, 225))
        p.drawRoundedRect(QRect(x0, y0, box_w, box_h), 4, 4)
        y = y0 + pad
        for kind, v in lines:
            if kind == "head":
                p.setFont(bold)
                p.setPen(QColor(20, 20, 20))
                p.drawText(QRect(x0 + pad, y, box_w - 2 * pad, line_h), Qt.AlignmentFlag.AlignVCenter, v)
            elif kind == "entry":
                p.setPen(QPen(QColor(60, 60, 60), 1))
                p.setBrush(QColor(v.color))
                p.drawRect(QRect(x0 + pad, y + (line_h - sw) // 2, sw, sw))
                p.setFont(base)
                p.setPen(QColor(20, 20, 20))
                p.drawText(QRect(x0 + 2 * pad + sw, y, box_w - 3 * pad - sw, line_h),
                           Qt.AlignmentFlag.AlignVCenter, v.label)
            else:
                p.setFont(base)
                p.setPen(QColor(80, 80, 80))
                p.drawText(QRect(x0 + pad, y, box_w - 2 * pad, line_h), Qt.AlignmentFlag.AlignVCenter, v)
            y += line_h
    p.end()
    return out


def save_image(image: QImage, path: str | Path) -> Path:
    path = Path(path)
    if path.suffix.lower() not in (".png", ".jpg", ".jpeg", ".tif", ".tiff", ".bmp"):
        path = path.with_suffix(".png")
    if not image.save(str(path)):
        raise ExportError(QCoreApplication.translate("Export", "The image could not be written to {path}.").format(path=path))
    return path


# -- features: a whole layer, its filtered rows, or the selection ---------------------------------------------

#: formats the feature exports write, by file suffix
FORMATS = ("gpkg", "geojson", "csv")


def layer_frame(document, layer, where: str = "", params: Sequence[Any] = ()):
    """A GeoDataFrame of ``layer``'s features matching ``where`` (an SQL ``WHERE …`` clause with ``params``;
    "" for every feature), in id order, in the project CRS."""
    import geopandas as gpd
    import pandas as pd
    import pyarrow as pa
    import shapely

    from twin.document import quote_ident

    # integers stay integers with gaps (year_built 1970, not 1970.0, in Excel and as GeoPackage integer fields)
    nullable_ints = {pa.int8(): pd.Int8Dtype(), pa.int16(): pd.Int16Dtype(), pa.int32(): pd.Int32Dtype(),
                     pa.int64(): pd.Int64Dtype(), pa.uint8(): pd.UInt8Dtype(), pa.uint16(): pd.UInt16Dtype(),
                     pa.uint32(): pd.UInt32Dtype(), pa.uint64(): pd.UInt64Dtype()}
    ft = document.feature_table(layer)
    if ft is None:
        raise ExportError(QCoreApplication.translate("Export", "The layer {name} has no features to export.").format(
            name=layer.name))
    from_clause, id_col = ft
    geom = document.geometry_column(layer)
    cols = [(c, t) for c, t in document.columns(layer) if not t.upper().startswith(("GEOMETRY", "BLOB"))]
    select = [quote_ident(c) if not t.upper().startswith(("JSON", "STRUCT", "MAP")) and not t.endswith("]")
              else f"CAST({quote_ident(c)} AS VARCHAR) AS {quote_ident(c)}" for c, t in cols]
    if id_col == "rowid":
        select.insert(0, "rowid AS rowid")
    if geom:
        select.append(f"ST_AsWKB({quote_ident(geom)}) AS __wkb")
    sql = f"SELECT {', '.join(select)} FROM {from_clause}{where} ORDER BY {quote_ident(id_col)}"
    cur = document.store.cursor()
    try:
        tbl = cur.execute(sql, list(params)).to_arrow_table()
    finally:
        cur.close()
    df = (tbl.drop_columns(["__wkb"]) if geom else tbl).to_pandas(types_mapper=nullable_ints.get)
    for c in df.columns:   # nested / decimal values → plain text for GPKG and CSV
        if df[c].dtype == object:
            df[c] = df[c].map(lambda v: json.dumps(v, ensure_ascii=False, default=str)
                              if isinstance(v, (dict, list)) else v)
    if geom:
        wkb = tbl.column("__wkb").to_pylist()
        geoms = shapely.from_wkb([bytes(w) if w is not None else None for w in wkb])
        return gpd.GeoDataFrame(df, geometry=gpd.GeoSeries(geoms), crs=document.crs)
    return gpd.GeoDataFrame(df)


def _ids_where(document, layer, ids) -> tuple[str, list]:
    from twin.document import quote_ident

    ft = document.feature_table(layer)
    id_col = ft[1] if ft else "id"
    return f" WHERE {quote_ident(id_col)} IN (SELECT unnest(?::BIGINT[]))", [sorted(int(i) for i in ids)]


def selection_frames(document, layer_ids: Sequence[str] | None = None) -> list[tuple[Any, Any]]:
    """(layer, GeoDataFrame) of the selected features of each layer with a selection."""
    out = []
    for layer_id, ids in document.selection.as_dict().items():
        if layer_ids is not None and layer_id not in layer_ids:
            continue
        layer = document.layers.get(layer_id)
        if layer is None or not ids or document.feature_table(layer) is None:
            continue
        out.append((layer, layer_frame(document, layer, *_ids_where(document, layer, ids))))
    if not out:
        raise ExportError(QCoreApplication.translate("Export", "Nothing is selected. Select features in the 3D view or the attribute table first."))
    return out


def _safe_layer_name(name: str, taken: set[str]) -> str:
    base = "".join(ch if ch.isalnum() or ch in "_-" else "_" for ch in name).strip("_") or "layer"
    out, n = base, 2
    while out in taken:
        out = f"{base}_{n}"
        n += 1
    taken.add(out)
    return out


def export_format(path: str | Path, fmt: str | None = None) -> str:
    """``gpkg``, ``geojson`` or ``csv`` from ``fmt`` or the file's suffix; ExportError otherwise."""
    fmt = (fmt or Path(path).suffix.lstrip(".")).lower()
    fmt = {"json": "geojson"}.get(fmt, fmt)
    if fmt not in FORMATS:
        raise ExportError(QCoreApplication.translate("Export", "Choose a .gpkg, .geojson or .csv file."))
    return fmt


def write_frames(document, frames: list[tuple[Any, Any]], path: str | Path, fmt: str | None = None
                 ) -> list[tuple[str, int, Path]]:
    """Write (layer, GeoDataFrame) pairs. GeoPackage: one table per layer. GeoJSON and CSV: one file per layer
    (``name.ext``, or ``name_<layer>.ext`` when there are several). GeoJSON is in WGS 84 (RFC 7946); CSV is
    UTF-8 with a BOM, with the centroid's latitude/longitude and the geometry as WKT.
    Returns (layer name, feature count, file) per written layer."""
    import pyogrio  # the GeoPackage writer (geopandas uses it too)

    path = Path(path)
    fmt = export_format(path, fmt)
    suffix = "." + fmt
    if path.suffix.lower() != suffix and not (fmt == "geojson" and path.suffix.lower() == ".json"):
        path = path.with_suffix(suffix)
    written = []
    taken: set[str] = set()
    try:
        if fmt == "gpkg":
            if path.exists():
                path.unlink()
            for layer, gdf in frames:
                name = layer.name if layer.name not in taken else _safe_layer_name(layer.name, taken)
                taken.add(name)
                if "geometry" in gdf and gdf.geometry is not None and gdf.geometry.notna().any():
                    gdf.to_file(path, layer=name, driver="GPKG", engine="pyogrio")
                else:
                    pyogrio.write_dataframe(gdf, path, layer=name, driver="GPKG")
                written.append((layer.name, len(gdf), path))
            return written
        for layer, gdf in frames:
            target = path if len(frames) == 1 else path.with_name(
                f"{path.stem}_{_safe_layer_name(layer.name, taken)}{path.suffix}")
            has_geom = "geometry" in gdf and hasattr(gdf, "geometry") and gdf.geometry.notna().any()
            if fmt == "geojson":
                if target.exists():
                    target.unlink()
                out = gdf.to_crs("EPSG:4326") if has_geom else gdf
                out.to_file(target, driver="GeoJSON", engine="pyogrio")
            else:
                df = gdf.copy()
                if has_geom:
                    from twin.document import to_latlon

                    cent = df.geometry.centroid
                    lat, lon = to_latlon(cent.x.to_numpy(), cent.y.to_numpy(), document.crs)
                    df["latitude"] = np.round(lat, 7)
                    df["longitude"] = np.round(lon, 7)
                    df["geometry_wkt"] = df.geometry.to_wkt()
                    df = df.drop(columns="geometry")
                df.to_csv(target, index=False, encoding="utf-8-sig")
            written.append((layer.name, len(gdf), target))
    except OSError as exc:
        raise ExportError(QCoreApplication.translate("Export", "{path} could not be written: {problem}").format(
            path=path, problem=exc.strerror or exc)) from None
    except Exception as exc:  # noqa: BLE001 - pyogrio/GDAL errors are not OSError
        if isinstance(exc, TwinError):
            raise
        raise ExportError(QCoreApplication.translate("Export", "{path} could not be written: {problem}").format(path=path, problem=exc)) from None
    return written


def export_selection(document, path: str | Path, fmt: str | None = None,
                     layer_ids: Sequence[str] | None = None) -> list[tuple[str, int, Path]]:
    """Write the selected features (see :func:`write_frames`)."""
    export_format(path, fmt)
    return write_frames(document, selection_frames(document, layer_ids), path, fmt)


def export_layer(document, layer, path: str | Path, fmt: str | None = None, where: str = "",
                 params: Sequence[Any] = ()) -> list[tuple[str, int, Path]]:
    """Write every feature of ``layer``, or those matching ``where`` (``" WHERE …"`` with ``params``, e.g. the
    attribute table's filter), as :func:`write_frames` does."""
    export_format(path, fmt)
    return write_frames(document, [(layer, layer_frame(document, layer, where, params))], path, fmt)
