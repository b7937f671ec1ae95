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
        elif key == "phase_date":
            value = str(value)[:10]
        elif key == "usage_code":
            value = str(value).split(".")[0].strip()
        else:
            value = str(value)
        out[key] = value
    return out


def _frame(path: Path, crs: str) -> Any:
    import pyogrio
    if not path.exists():
        raise InputError(path, "file not found (give a GeoJSON/GeoPackage file or a POLYGON WKT)")
    try:
        df = pyogrio.read_dataframe(path)
    except Exception as exc:                 # pyogrio's DataSourceError and friends: one clear line
        raise InputError(path, f"cannot read the footprints: {exc}") from None
    if df.crs is None:
        raise InputError(path, "the footprints have no CRS; save the file with one (e.g. EPSG:6668 or EPSG:6675)")
    if not len(df):
        raise InputError(path, "the file holds no features")
    return df.to_crs(crs)


def _label(row: Any, columns: list[str], i: int) -> str:
    return str(row["id"]) if "id" in columns and _present(row["id"]) else f"#{i}"


def _specs(df: Any, path: Path, defaults: dict[str, Any]) -> list[dict[str, Any]]:
    columns = [c for c in df.columns if c != "geometry"]
    specs = []
    for i, (_, row) in enumerate(df.iterrows(), start=1):
        label = _label(row, columns, i)
        geom = row.geometry
        if geom is None or geom.is_empty or geom.geom_type not in ("Polygon", "MultiPolygon"):
            kind = "no geometry" if geom is None else geom.geom_type
            raise InputError(path, f"a footprint must be a polygon, not {kind}", feature=label)
        spec = {k: v for k, v in defaults.items() if v is not None}
        spec.update(_feature_values(row, columns, path, label))
        if spec.get("height_m") is None and spec.get("storeys") is None:
            raise InputError(path, "no height or storeys (give a height_m or storeys column, or --height/--storeys)",
                             feature=label)
        spec["footprint"] = geom.wkt
        specs.append(spec)
    return specs


def read_footprints(path: str | Path, crs: str, **defaults: Any) -> list[dict[str, Any]]:
    """The polygon features of ``path`` as specs for :func:`twin.scenarios.add_buildings` (``footprint`` as WKT
    in ``crs``), each with the file's values or else ``defaults``."""
    p = Path(path).expanduser()
    return _specs(_frame(p, crs), p, defaults)


def load_scenario_file(store: Any, name: str, path: str | Path, *, description: str | None = None,
                       author: str | None = None) -> int:
    """Create scenario ``name`` from a scenario file (the sample's format: one feature per edit, ``op`` = add
    with a footprint, or remove with a ``gml_id``; ``phase`` and ``phase_date`` name when). Each phase's
    removals and additions are one command each, in date order. Returns the scenario id."""
    from twin import scenarios

    p = Path(path).expanduser()
    df = _frame(p, store.crs)
    for col in ("op",):
        if col not in df.columns:
            raise InputError(p, "a scenario file needs an 'op' property (add or remove) on every feature")
    columns = [c for c in df.columns if c != "geometry"]
    for i, (_, row) in enumerate(df.iterrows(), start=1):
        if row["op"] not in ("add", "remove"):
            raise InputError(p, f"op must be add or remove, not {row['op']!r}", feature=_label(row, columns, i))
        if row["op"] == "remove" and not ("gml_id" in columns and _present(row["gml_id"])):
            raise InputError(p, "a removal needs the base building's gml_id", feature=_label(row, columns, i))
    dates = df["phase_date"].where(df["phase_date"].notna(), None) if "phase_date" in columns else [None] * len(df)
    df = df.assign(_date=[str(d)[:10] if _present(d) else "" for d in dates])
    sid = scenarios.create(store, name, author=author, description=description)
    if "phase" in columns:
        named = {(r["phase"], r["_date"]) for _, r in df.iterrows() if _present(r["phase"]) and r["_date"]}
        for phase, date in sorted(named, key=lambda pd: pd[1]):
            scenarios.set_phase(store, name, str(phase), date)
    for date in sorted(set(df["_date"])):
        part = df[df["_date"] == date]
        gone = part[part["op"] == "remove"]
        if len(gone):
            scenarios.remove_buildings(store, name, list(gone["gml_id"]), phase_date=date or None, author=author)
        new = part[part["op"] == "add"]
        if len(new):
            scenarios.add_buildings(store, name, _specs(new.drop(columns=["op", "_date"]), p,
                                                        {"phase_date": date or None}), author=author)
    return sid
