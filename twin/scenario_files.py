"""Footprints of proposed buildings from a GeoJSON or GeoPackage file, for :func:`twin.scenarios.add_buildings`.

Each polygon feature is one building, transformed to the project CRS. A feature may carry its own values in
columns named like the keyword arguments (``height_m`` or ``height``, ``storeys``, ``usage_code`` or ``usage``,
``units``, ``floor_area_m2``, ``phase_date``); values given to :func:`read_footprints` fill the gaps. A feature
that is not a polygon, or a value that is not a number, stops the whole addition with an
:class:`~twin.errors.InputError` naming the file and the feature (nothing is added).
"""

from __future__ import annotations

import math
from pathlib import Path
from typing import Any

from twin.errors import InputError

#: file column → keyword (first match wins)
COLUMNS = {"height_m": "height_m", "height": "height_m", "storeys": "storeys", "usage_code": "usage_code",
           "usage": "usage_code", "units": "units", "floor_area_m2": "floor_area_m2", "phase_date": "phase_date"}
NUMBERS = {"height_m": float, "storeys": int, "units": int, "floor_area_m2": float}


def _present(value: Any) -> bool:
    return value is not None and not (isinstance(value, float) and math.isnan(value)) and str(value) != ""


def _feature_values(row: Any, columns: list[str], path: Path, label: str) -> dict[str, Any]:
    out: dict[str, Any] = {}
    for col in columns:
        key = COLUMNS.get(col.lower())
        if key is None or key in out or not _present(row[col]):
            continue
        value = row[col]
        if key in NUMBERS:
            try:
                value = NUMBERS[key](float(value))
            except (TypeError, ValueError):
                raise InputError(path, f"{col} must be a number, not {value!r}", feature=label) from None
        elif key == "usage_code":
            value = str(value).split(".")[0].strip()
        else:
            value = str(value)
        out[key] = value
    return out


def read_footprints(path: str | Path, crs: str, **defaults: Any) -> list[dict[str, Any]]:
    """The polygon features of ``path`` as specs for :func:`twin.scenarios.add_buildings` (``footprint`` as WKT
    in ``crs``), each with the file's values or else ``defaults``."""
    import pyogrio

    p = Path(path).expanduser()
    if not p.exists():
        raise InputError(p, "footprint file not found (give a GeoJSON/GeoPackage file or a POLYGON WKT)")
    try:
        df = pyogrio.read_dataframe(p)
    except Exception as exc:                 # pyogrio's DataSourceError and friends: one clear line
        raise InputError(p, f"cannot read the footprints: {exc}") from None
    if df.crs is None:
        raise InputError(p, "the footprints have no CRS; save the file with one (e.g. EPSG:6668 or EPSG:6675)")
    if not len(df):
        raise InputError(p, "the file holds no features")
    df = df.to_crs(crs)
    columns = [c for c in df.columns if c != "geometry"]
    specs = []
    for i, (_, row) in enumerate(df.iterrows(), start=1):
        label = str(row["id"]) if "id" in columns and _present(row["id"]) else f"#{i}"
        geom = row.geometry
        if geom is None or geom.is_empty or geom.geom_type not in ("Polygon", "MultiPolygon"):
            kind = "no geometry" if geom is None else geom.geom_type
            raise InputError(p, f"a footprint must be a polygon, not {kind}", feature=label)
        spec = {k: v for k, v in defaults.items() if v is not None}
        spec.update(_feature_values(row, columns, p, label))
        if spec.get("height_m") is None and spec.get("storeys") is None:
            raise InputError(p, "no height or storeys (give a height_m or storeys column, or --height/--storeys)",
                             feature=label)
        spec["footprint"] = geom.wkt
        specs.append(spec)
    return specs
