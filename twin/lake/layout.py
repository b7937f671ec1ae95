"""Where things live in a lake, and what they are called.

::

    LAKE/
      _manifest.json                                  sources, sha256, counts, warnings, rejects (manifest.py)
      buildings/city=17206/mesh1=5436/<sha12>-<n>.parquet
      building_surfaces/city=…/mesh1=…/…              the partition of their building
      building_risks/city=…/mesh1=…/…                 (no geometry: plain Parquet)
      roads/city=…/mesh1=…/…
      road_surfaces/city=…/mesh1=…/…                  the partition of their road
      _staging/<sha12>/…                              files of a source being written (never read)

* Columns are those of the project tables (``twin/store/migrations``) without ``id`` and ``source_id``, plus
  ``source_sha256`` (the manifest key of the source) and, on tables with geometry, ``bbox`` (GeoParquet 1.1
  covering column: struct xmin, ymin, xmax, ymax). ``city`` and ``mesh1`` are hive partition keys (in the path).
* Geometry is WKB in EPSG:6668 (JGD2011 longitude, latitude; heights T.P. m as z), so every city fits in one lake.
* Partition keys: ``city`` is the 5-digit municipality code (the dataset name, else the building ID's prefix,
  else ``unknown``); ``mesh1`` is the JIS X 0410 first-order mesh (4 digits) of the feature's bbox centre.
* File names start with the first 12 hex digits of the source's sha256, so a re-run (or a cleanup after a
  killed worker) finds every file of a source by name. Names starting with ``.`` or ``_`` are never data.
"""

from __future__ import annotations

import math
from pathlib import Path

LAKE_CRS = "EPSG:6668"
MANIFEST = "_manifest.json"
STAGING = "_staging"
UNKNOWN_CITY = "unknown"

#: lake table → its geometry column (None: no geometry); every table the PLATEAU importer writes
TABLES: dict[str, str | None] = {
    "buildings": "footprint",
    "building_surfaces": "geom",
    "building_risks": None,
    "roads": "geom",
    "road_surfaces": "geom",
}
#: child table → (parent table, join column): children go to their parent's partition
PARENTS: dict[str, tuple[str, str]] = {
    "building_surfaces": ("buildings", "gml_id"),
    "building_risks": ("buildings", "gml_id"),
    "road_surfaces": ("roads", "gml_id"),
}
PARTITION_KEYS = ("city", "mesh1")
SHA_PREFIX = 12


def mesh1(lon: float, lat: float) -> str:
    """The first-order (80 km) JIS X 0410 mesh code of a point: 2 digits of lat × 1.5, 2 of lon − 100."""
    return f"{math.floor(lat * 1.5):02d}{math.floor(lon) - 100:02d}"


def partition_dir(lake: Path, table: str, city: str, mesh: str) -> Path:
    return Path(lake) / table / f"city={city}" / f"mesh1={mesh}"


def file_name(sha256: str, n: int) -> str:
    return f"{sha256[:SHA_PREFIX]}-{n:04d}.parquet"


def source_files(lake: Path, sha256: str) -> list[Path]:
    """Every data file of one source (by its name prefix), in every table and partition.

    Only the tables' folders are searched: a glob from the lake's root also lists ``_staging``, which another task
    that finishes removes when it is empty, and the glob then failed on it (``FileNotFoundError``, once in a 2-worker
    build of the lake benchmark)."""
    lake = Path(lake)
    return sorted(f for table in TABLES if (lake / table).is_dir()
                  for f in (lake / table).glob(f"city=*/mesh1=*/{sha256[:SHA_PREFIX]}-*.parquet"))


def is_data(path: Path) -> bool:
    """Whether a file in a partition is data: hidden (``.``) and ``_`` names never are (temporary files)."""
    return not path.name.startswith((".", "_"))


def data_files(folder: Path, pattern: str = "*.parquet") -> list[str]:
    """The data files below ``folder`` matching ``pattern`` (a partition folder, or a table folder with
    ``city=*/mesh1=*/*.parquet``), sorted."""
    return sorted(str(p) for p in Path(folder).glob(pattern) if is_data(p))


def table_files(lake: Path, table: str) -> list[str]:
    """Every data file of ``table``, in every partition."""
    return data_files(Path(lake) / table, "city=*/mesh1=*/*.parquet")


def table_glob(lake: Path, table: str) -> str:
    """The glob DuckDB's ``read_parquet(..., hive_partitioning = true)`` reads a table with."""
    return str(Path(lake) / table / "*" / "*" / "*.parquet")


def is_lake(path: Path) -> bool:
    return (Path(path) / MANIFEST).is_file()
