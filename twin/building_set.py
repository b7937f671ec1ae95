"""A scenario's (or the base's) buildings as numpy arrays and shapely footprints, for the planning metrics and the
zoning checks: built once from :func:`twin.scenario_view.scenario_buildings`'s Arrow table (or a hand-built table
with the same columns), with a spatial index of the footprints' centroids."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

import numpy as np
import shapely


def _floats(table: Any, name: str) -> np.ndarray:
    return np.array([np.nan if v is None else float(v) for v in table.column(name).to_pylist()], np.float64)


@dataclass
class BuildingSet:
    """Standing buildings (removed ones left out): ``gml_id``, ``status``, ``usage_code``, ``usage`` (object
    arrays), ``floor_area``, ``height``, ``units`` (float arrays, NaN unknown), ``geoms`` (shapely footprints),
    ``centroids`` and ``footprint_area``."""

    gml_id: np.ndarray
    status: np.ndarray
    usage_code: np.ndarray
    usage: np.ndarray
    floor_area: np.ndarray
    height: np.ndarray
    units: np.ndarray
    geoms: np.ndarray
    centroids: np.ndarray = field(init=False)
    footprint_area: np.ndarray = field(init=False)
    _tree: Any = field(init=False, default=None, repr=False)

    def __post_init__(self) -> None:
        self.centroids = shapely.centroid(self.geoms) if len(self.geoms) else np.empty(0, object)
        self.footprint_area = shapely.area(self.geoms) if len(self.geoms) else np.empty(0)

    @classmethod
    def from_arrow(cls, table: Any) -> "BuildingSet":
        """From a table with the columns of ``scenario_buildings`` (``footprint`` as WKB); rows whose status is
        ``removed`` or whose footprint is missing are left out."""
        status = np.array(table.column("status").to_pylist(), dtype=object)
        wkb = table.column("footprint").to_pylist()
        keep = np.array([s != "removed" and w is not None for s, w in zip(status, wkb)], bool)
        idx = np.flatnonzero(keep)

        def obj(name: str) -> np.ndarray:
            return np.array(table.column(name).to_pylist(), dtype=object)[idx]

        geoms = shapely.from_wkb(np.array(wkb, dtype=object)[idx]) if len(idx) else np.empty(0, object)
        return cls(gml_id=obj("gml_id"), status=status[idx], usage_code=obj("usage_code"), usage=obj("usage"),
                   floor_area=_floats(table, "floor_area_m2")[idx], height=_floats(table, "height_m")[idx],
                   units=_floats(table, "units")[idx], geoms=np.asarray(geoms, dtype=object))

    def __len__(self) -> int:
        return len(self.gml_id)

    def inside(self, area: Any) -> np.ndarray:
        """Indices of the buildings whose footprint centroid lies in the polygon ``area`` (None: all)."""
        if area is None:
            return np.arange(len(self))
        if self._tree is None:
            self._tree = shapely.STRtree(self.centroids)
        return np.sort(self._tree.query(area, predicate="intersects"))


__all__ = ["BuildingSet"]
