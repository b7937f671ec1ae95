"""DuckDB over a lake: an in-memory database with the spatial extension and one VIEW per lake table.

Each view reads ``read_parquet('<table>/*/*/*.parquet', hive_partitioning = true)`` (see :mod:`twin.lake.layout`)
with the partition keys ``city`` and ``mesh1`` as VARCHAR columns (``city = '17206'`` and ``mesh1 = '5436'`` prune
whole folders) and the geometry column as GEOMETRY in EPSG:6668 (longitude, latitude). The ``bbox`` covering column
(struct ``xmin, ymin, xmax, ymax``) carries Parquet row-group statistics, so a filter on it skips row groups and files
that cannot match, e.g. everything within a box of longitudes 136.30–136.32 and latitudes 36.30–36.31::

    SELECT count(*) FROM buildings
    WHERE bbox.xmin <= 136.32 AND bbox.xmax >= 136.30 AND bbox.ymin <= 36.31 AND bbox.ymax >= 36.30

Tables with no data file yet have no view; a query naming one gets :class:`LakeError` saying so.
"""

from __future__ import annotations

import contextlib
import re
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import duckdb

from twin.errors import InputError, TwinError
from twin.lake import layout
from twin.messages import JA, tr
from twin.store.spatial import CONNECT_CONFIG, load_spatial


NOT_A_LAKE = "is not a lake: it has no {manifest} (make one with kaga-twin lake build SRC... --out DIR)"
#: Japanese for the messages of the lake modules (twin.lake.query, importers.lake_area)
_JA = {
    "no such folder": "フォルダがありません",
    "is a file, not a lake folder (a lake is a folder made by kaga-twin lake build)":
        "ファイルです。レイクのフォルダではありません（レイクは kaga-twin lake build で作るフォルダです）",
    NOT_A_LAKE: "レイクではありません: {manifest} がありません（kaga-twin lake build SRC... --out DIR で作れます）",
    "the lake has no city {city}; its cities: {cities}": "レイクに市区町村 {city} はありません。あるのは {cities} です",
    "the lake has no buildings or roads in {area}": "レイクの {area} には建物も道路もありません",
    "the lake holds {n} cities ({cities}); choose an area: a city or a bbox (kaga-twin lake open DIR --city CODE | "
    "--bbox minlon,minlat,maxlon,maxlat)":
        "レイクには {n} 市区町村（{cities}）があります。範囲を選んでください: 市区町村か経緯度の範囲"
        "（kaga-twin lake open DIR --city CODE | --bbox minlon,minlat,maxlon,maxlat）",
    "bbox {text} is not four numbers minlon,minlat,maxlon,maxlat":
        "範囲 {text} が 4 つの数値 minlon,minlat,maxlon,maxlat ではありません",
    "bbox {text} is not minlon,minlat,maxlon,maxlat in degrees with min < max (longitude first)":
        "範囲 {text} が度単位の minlon,minlat,maxlon,maxlat（経度が先、min < max）ではありません",
    "the lake has no data files yet": "レイクにはまだデータファイルがありません",
}
for _en, _ja in _JA.items():
    JA.setdefault(_en, _ja)


class LakeError(TwinError):
    """A lake cannot be read as asked (nothing was changed)."""


def check_lake(lake: str | Path) -> Path:
    """``lake`` as a Path; :class:`InputError` when it is not a lake folder (no ``_manifest.json``)."""
    lake = Path(lake).expanduser()
    if not lake.exists():
        raise InputError(lake, tr("no such folder"))
    if not lake.is_dir():
        raise InputError(lake, tr("is a file, not a lake folder (a lake is a folder made by kaga-twin lake build)"))
    if not layout.is_lake(lake):
        raise InputError(lake, tr(NOT_A_LAKE, manifest=layout.MANIFEST))
    return lake


def table_has_files(lake: Path, table: str) -> bool:
    """Whether ``table`` has at least one data file (hidden and ``_`` names are never data)."""
    root = Path(lake) / table
    return root.is_dir() and any(layout.is_data(p) for p in root.glob("city=*/mesh1=*/*.parquet"))


def data_glob(lake: Path, table: str) -> str:
    return layout.table_glob(lake, table).replace("'", "''")


def read_sql(lake: Path, table: str) -> str:
    """The SQL reading ``table`` of ``lake`` (the body of its view): hive keys as VARCHAR, geometry as GEOMETRY."""
    return (f"read_parquet('{data_glob(lake, table)}', hive_partitioning = true, union_by_name = true, "
            "hive_types = {'city': VARCHAR, 'mesh1': VARCHAR})")


def _view_select(con: duckdb.DuckDBPyConnection, lake: Path, table: str) -> str:
    src = read_sql(lake, table)
    geom = layout.TABLES[table]
    if geom is None:
        return f"SELECT * FROM {src}"
    types = {r[0]: str(r[1]).upper() for r in con.execute(f"DESCRIBE SELECT * FROM {src}").fetchall()}
    if types.get(geom, "").startswith("GEOMETRY"):
        return f"SELECT * FROM {src}"
    # a reader that did not take the GeoParquet metadata gives WKB as BLOB
    return f'SELECT * REPLACE (ST_GeomFromWKB("{geom}") AS "{geom}") FROM {src}'


def connect_lake(lake: str | Path) -> tuple[duckdb.DuckDBPyConnection, list[str]]:
    """An in-memory DuckDB connection with spatial and one view per lake table that has files; (connection, the
    tables without files). The connection may read only the lake's folder afterwards (no other files, no writes
    outside memory)."""
    lake = check_lake(lake).absolute()
    con = duckdb.connect(":memory:", config=dict(CONNECT_CONFIG))
    try:
        load_spatial(con)
        missing = []
        for table in layout.TABLES:
            if not table_has_files(lake, table):
                missing.append(table)
                continue
            try:
                con.execute(f'CREATE VIEW "{table}" AS {_view_select(con, lake, table)}')
            except duckdb.Error as exc:
                raise InputError(lake / table, f"cannot be read as a lake table: {exc}") from None
        con.execute(f"SET allowed_directories = ['{str(lake).replace(chr(39), chr(39) * 2)}/']")
        con.execute("SET enable_external_access = false")
        con.execute("SET lock_configuration = true")
    except BaseException:
        con.close()
        raise
    return con, missing


@dataclass
class LakeDB:
    """An open lake: the connection, the lake folder, and the tables that have no files yet."""

    con: duckdb.DuckDBPyConnection
    lake: Path
    missing: list[str]


@contextlib.contextmanager
def lake_connection(lake: str | Path) -> Iterator[LakeDB]:
    con, missing = connect_lake(lake)
    try:
        yield LakeDB(con, check_lake(lake).absolute(), missing)
    finally:
        con.close()


_MISSING_TABLE = re.compile(r'Table with name "?([A-Za-z_]+)"? does not exist')


def explain_error(lake: Path, exc: duckdb.Error, missing: list[str]) -> str:
    """A user message for a failed lake query (naming a lake table without files, when that was the cause)."""
    m = _MISSING_TABLE.search(str(exc))
    if m and m.group(1) in missing:
        return (f"{lake}: the lake has no {m.group(1)} files yet (no {m.group(1)}/city=*/mesh1=*/*.parquet); "
                f"tables with data: {', '.join(t for t in layout.TABLES if t not in missing) or 'none'}")
    return f"SQL failed on the lake {lake}: {exc}"


def cities(lake: str | Path) -> list[tuple[str, int]]:
    """(municipality code, building count) of every city in the lake's buildings, by code."""
    with lake_connection(lake) as db:
        if "buildings" in db.missing:
            return []
        return [(str(c), int(n)) for c, n in
                db.con.execute("SELECT city, count(*) FROM buildings GROUP BY city ORDER BY city").fetchall()]


__all__ = ["LakeDB", "LakeError", "check_lake", "cities", "city_list", "connect_lake", "explain_error", "lake_connection", "read_sql",
           "table_has_files"]


_DATASET = re.compile(r"^(\d{5})_([a-z0-9-]+?)_(?:city|pref|ward)?", re.IGNORECASE)


def city_list(lake: str | Path) -> list[tuple[str, str, int]]:
    """(municipality code, name as the datasets spell it, e.g. ``kaga-shi``, or '', building count) of every city
    of the lake, by code: from the manifest's finished sources, else from the partition folders and the files."""
    from twin.lake.manifest import ok_sources, read_manifest

    lake = check_lake(lake)
    found: dict[str, list] = {}
    for entry in ok_sources(read_manifest(lake)).values():
        if not entry.get("city"):
            continue
        m = _DATASET.match(str(entry.get("name") or Path(str(entry.get("path", ""))).name))
        row = found.setdefault(str(entry["city"]), ["", 0])
        row[0] = row[0] or (m.group(2) if m and m.group(1) == str(entry["city"]) else "")
        row[1] += int((entry.get("counts") or {}).get("buildings") or 0)
    on_disk = {d.name.partition("=")[2] for t in layout.TABLES for d in (lake / t).glob("city=*") if d.is_dir()}
    if on_disk - set(found):
        counted = dict(cities(lake))
        for code in on_disk - set(found):
            found[code] = ["", counted.get(code, 0)]
    return [(code, name, n) for code, (name, n) in sorted(found.items()) if code in on_disk]
