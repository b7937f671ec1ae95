"""The DuckDB project store."""

from twin.store.store import DEFAULT_CRS, FEATURE_TABLES, Store, describe_duckdb_error

__all__ = ["DEFAULT_CRS", "FEATURE_TABLES", "Store", "describe_duckdb_error"]
