"""``kaga-twin lake stats``: a distributed aggregation of a lake's buildings with dask-geopandas.

Per JIS X 0410 mesh cell (``mesh3``, 1 km; ``mesh2``, 10 km) of each building's bbox centre, and per city, or per
city alone: the building count, the floor area and the flood-exposed floor area.

* Floor area: ``total_floor_area`` where the building has one, else the footprint area (on an equal-area
  projection, EPSG:6933) × ``storeys_above`` (at least 1; a building without storeys counts one).
* Flood-exposed: the building has a ``building_risks`` record of a flood type (river, inland, reservoir, tsunami,
  high tide: the types of the project view ``building_risk_summary``'s ``max_flood_depth``).

The buildings are a dask-geopandas GeoDataFrame with one partition per lake partition (``city=…/mesh1=…``, read by
GeoPandas on a worker). Risk records live in their building's partition, so each task flags its flooded buildings
from its own folder of ``building_risks`` (no shuffle: a Dask merge over hundreds of partitions cost 20× the work);
the mesh codes are computed vectorised per partition (``twin.meshcode.codes_for``) and the partial sums combined by
a Dask groupby (tree reduction): all on the cluster. Output: ``--by mesh3|mesh2``: GeoParquet with the cell
polygon (EPSG:6668) and the code; ``--by city``: plain Parquet.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

import numpy as np
import pandas as pd

from twin.errors import InputError
from twin.lake import layout
from twin.lake.query import check_lake, table_has_files

FLOOD_TYPES = ("river_flood", "inland_flood", "reservoir_flood", "tsunami", "high_tide")
LEVELS = {"mesh3": 3, "mesh2": 2}
EQUAL_AREA = "EPSG:6933"


@dataclass
class StatsResult:
    out: Path
    rows: int
    kind: str            # "GeoParquet" or "Parquet"
    buildings: int
    floor_area: float
    flood_floor_area: float


def _city_of(path: str) -> str:
    return next(part.partition("=")[2] for part in Path(path).parts if part.startswith("city="))


def partial_sums(gdf, by: str) -> pd.DataFrame:
    """Per-partition sums (runs on a worker): key columns, buildings, floor_area, flood_floor_area."""
    import shapely

    from twin import meshcode

    keys = ["city"] if by == "city" else ["code", "city"]
    if len(gdf) == 0:
        return pd.DataFrame({**{k: pd.Series(dtype=object) for k in keys}, "buildings": pd.Series(dtype="int64"),
                             "floor_area": pd.Series(dtype="float64"),
                             "flood_floor_area": pd.Series(dtype="float64")})
    geoms = gdf.geometry.values
    area = gdf.geometry.to_crs(EQUAL_AREA).area.to_numpy()
    storeys = pd.to_numeric(gdf["storeys_above"], errors="coerce").fillna(1).clip(lower=1).to_numpy()
    total = pd.to_numeric(gdf["total_floor_area"], errors="coerce").to_numpy(dtype="float64")
    floor = np.where(np.isfinite(total), total, area * storeys)
    frame = pd.DataFrame({"city": gdf["city"].astype(str).to_numpy(), "buildings": 1, "floor_area": floor,
                          "flood_floor_area": np.where(gdf["flooded"].fillna(False).to_numpy(dtype=bool), floor, 0.0)})
    if by != "city":
        b = shapely.bounds(np.asarray(geoms))
        lon, lat = (b[:, 0] + b[:, 2]) / 2, (b[:, 1] + b[:, 3]) / 2
        frame["code"] = meshcode.codes_for(lat, lon, LEVELS[by], invalid="empty").astype(object)
    return frame.groupby(keys, sort=False, dropna=False).sum().reset_index()


BUILDING_COLUMNS = ["gml_id", "total_floor_area", "storeys_above", "footprint"]


def partition_frame(part: tuple[str, str, str]):
    """One partition of the lake (runs on a worker): the buildings of ``(lake, city, mesh1)`` as a GeoDataFrame with
    ``city`` and ``flooded`` (a flood-type risk record in the same partition: records live in their building's)."""
    import geopandas as gpd
    import pyarrow.parquet as pq

    lake, city, mesh = part
    frame = gpd.read_parquet(layout.data_files(layout.partition_dir(Path(lake), "buildings", city, mesh)),
                             columns=BUILDING_COLUMNS)
    risk_files = layout.data_files(layout.partition_dir(Path(lake), "building_risks", city, mesh))
    flooded: set = set()
    if risk_files:
        risks = pq.read_table(risk_files, columns=["gml_id"], filters=[("risk_type", "in", list(FLOOD_TYPES))])
        flooded = set(risks.column("gml_id").to_pylist())
    frame["city"] = city
    frame["flooded"] = frame["gml_id"].isin(flooded).to_numpy(dtype=bool)
    return frame


def _meta():
    import geopandas as gpd

    return gpd.GeoDataFrame({"gml_id": pd.Series(dtype=object), "total_floor_area": pd.Series(dtype="float64"),
                             "storeys_above": pd.Series(dtype="Int32"), "city": pd.Series(dtype=object),
                             "flooded": pd.Series(dtype=bool)},
                            geometry=gpd.GeoSeries([], crs=layout.LAKE_CRS), crs=layout.LAKE_CRS)


def aggregate(lake: Path, by: str):
    """The Dask graph of the aggregation: one task per lake partition (city, mesh1) reading its buildings (a
    dask-geopandas GeoDataFrame) and flagging the flooded ones, partial sums per partition, then a tree reduction
    (no shuffle): a lazy pandas DataFrame of the sums per key."""
    import dask.dataframe as dd
    import dask_geopandas  # noqa: F401  (registers the GeoDataFrame collection)

    parts = sorted({(str(lake), Path(f).parent.parent.name.partition("=")[2], Path(f).parent.name.partition("=")[2])
                    for f in layout.table_files(lake, "buildings")})
    keys = ["city"] if by == "city" else ["code", "city"]
    buildings = dd.from_map(partition_frame, parts, meta=_meta(), enforce_metadata=False)
    sums = buildings.map_partitions(partial_sums, by, meta=partial_sums(_meta(), by))
    return sums.groupby(keys, dropna=False).sum(split_out=1).reset_index()


def _output(frame: pd.DataFrame, by: str):
    """The result table: mesh cells as a GeoDataFrame with their polygons, cities as a DataFrame."""
    if by != "city":
        frame = frame[frame["code"] != ""]   # (no building of a lake lies outside the JIS X 0410 range)
    frame = frame.sort_values(["city"] if by == "city" else ["code", "city"]).reset_index(drop=True)
    frame["buildings"] = frame["buildings"].astype("int64")
    if by == "city":
        return frame[["city", "buildings", "floor_area", "flood_floor_area"]]
    import geopandas as gpd
    import shapely

    from twin import meshcode

    south, west, north, east = (np.asarray(a, dtype="float64") for a in meshcode.bounds_for(frame["code"].tolist()))
    frame = frame.rename(columns={"code": by})[[by, "city", "buildings", "floor_area", "flood_floor_area"]]
    return gpd.GeoDataFrame(frame, geometry=shapely.box(west, south, east, north), crs=layout.LAKE_CRS)


def lake_stats(lake: str | Path, *, by: str = "mesh3", out: Path, workers: int | None = 2,
               scheduler: str | None = None, announce: Callable[[str], None] | None = None,
               client=None) -> StatsResult:
    """Aggregate ``lake``'s buildings ``by`` mesh3, mesh2 or city on a Dask cluster (``client``, else one made by
    :func:`twin.lake.cluster.dask_client`), write ``out`` (to a temporary name, then renamed)."""
    import os

    lake = check_lake(lake).absolute()
    if by not in ("mesh3", "mesh2", "city"):
        raise InputError(lake, f"cannot aggregate by {by!r}: choose mesh3, mesh2 or city")
    if not table_has_files(lake, "buildings"):
        raise InputError(lake, "the lake has no buildings files yet (no buildings/city=*/mesh1=*/*.parquet)")
    out = Path(out)
    if out.is_dir():
        raise InputError(out, "is a folder; --out names the Parquet file to write")
    out.parent.mkdir(parents=True, exist_ok=True)
    graph = aggregate(lake, by)
    if client is None:
        from twin.lake.cluster import dask_client

        with dask_client(workers, scheduler, out=announce) as own:
            frame = own.compute(graph).result()
    else:
        frame = client.compute(graph).result()
    table = _output(frame, by)
    tmp = out.with_name(f".{out.name}.tmp-{os.getpid()}")
    try:
        if by == "city":
            table.to_parquet(tmp, index=False)
        else:
            table.to_parquet(tmp, index=False, write_covering_bbox=True)
        os.replace(tmp, out)
    finally:
        if tmp.exists():
            tmp.unlink()
    return StatsResult(out, len(table), "Parquet" if by == "city" else "GeoParquet",
                       int(table["buildings"].sum()), float(table["floor_area"].sum()),
                       float(table["flood_floor_area"].sum()))


__all__ = ["FLOOD_TYPES", "StatsResult", "aggregate", "lake_stats", "partial_sums"]
