"""Load DuckDB's spatial extension from the ``duckdb-extension-spatial`` wheel, offline.

``INSTALL spatial`` needs the internet; the wheel ships the binary for exactly our pinned duckdb version,
so we ``LOAD`` it by path. Spatial is a hard dependency: if the file is missing we fail at once.
"""

from __future__ import annotations

import importlib.resources
from pathlib import Path

import duckdb

from twin.errors import StoreError


def spatial_extension_path() -> Path:
    """Path of ``spatial.duckdb_extension`` for the installed duckdb version."""
    try:
        root = importlib.resources.files("duckdb_extension_spatial")
    except ModuleNotFoundError as exc:  # pragma: no cover - packaging error
        raise StoreError("The package duckdb-extension-spatial is not installed; "
                         f"install duckdb-extension-spatial=={duckdb.__version__}.") from exc
    path = Path(str(root / "extensions" / f"v{duckdb.__version__}" / "spatial.duckdb_extension"))
    if not path.is_file():
        raise StoreError(f"DuckDB spatial extension not found at {path}; duckdb {duckdb.__version__} needs "
                         f"duckdb-extension-spatial=={duckdb.__version__}.")
    return path


def load_spatial(con: duckdb.DuckDBPyConnection) -> None:
    """Load the spatial extension into ``con`` (per database instance; cursors share it)."""
    con.execute(f"LOAD '{spatial_extension_path()}'")


CONNECT_CONFIG = {"autoinstall_known_extensions": False, "autoload_known_extensions": False}
