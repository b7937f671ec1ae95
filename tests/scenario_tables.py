"""Hand-built building tables with the columns of ``twin.scenario_view.scenario_buildings``, for the scenario
metric and zoning tests."""

from __future__ import annotations

import pyarrow as pa
import shapely

LABELS = {"401": "業務施設", "402": "商業施設", "403": "宿泊施設", "411": "住宅", "412": "共同住宅"}


def box(x0, y0, w, h):
    """The w × h rectangle with its south-west corner at (x0, y0)."""
    return shapely.box(x0, y0, x0 + w, y0 + h)


def table(rows):
    """rows: (gml_id, status, footprint, usage_code, floor_area_m2, units, height_m)."""
    return pa.table({
        "id": pa.array(range(len(rows)), pa.int64()),
        "gml_id": pa.array([r[0] for r in rows], pa.string()), "status": pa.array([r[1] for r in rows], pa.string()),
        "footprint": pa.array([shapely.to_wkb(r[2]) for r in rows], pa.binary()),
        "ground_z": pa.array([0.0] * len(rows), pa.float64()),
        "height_m": pa.array([float(r[6]) for r in rows], pa.float64()),
        "storeys": pa.array([None] * len(rows), pa.int32()),
        "usage_code": pa.array([r[3] for r in rows], pa.string()),
        "usage": pa.array([LABELS.get(r[3]) for r in rows], pa.string()),
        "floor_area_m2": pa.array([float(r[4]) for r in rows], pa.float64()),
        "units": pa.array([r[5] for r in rows], pa.int32())})
