"""The DuckDB project store."""

from twin.store.store import DEFAULT_CRS, Store, describe_duckdb_error

__all__ = ["DEFAULT_CRS", "Store", "describe_duckdb_error"]
