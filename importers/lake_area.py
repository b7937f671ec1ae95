"""The registered importer ``plateau-lake``: an area of a GeoParquet lake (``kaga-twin lake build``) copied into a
project, transformed from the lake's EPSG:6668 to the project CRS.

The area is a municipality (option ``city``, e.g. ``17206``), a box of longitudes and latitudes (option ``bbox``,
``minlon,minlat,maxlon,maxlat``; a feature belongs to the box when the centre of its bbox lies in it, so boxes that
tile an area take every building once), or both. Without either, a lake of one city is read whole.

The project's DuckDB connection (the writer's cursor, with spatial) reads the lake's Parquet files itself with
``read_parquet(..., hive_partitioning = true)``: the ``city`` key and the first-order meshes the box touches prune
whole folders, the ``bbox`` covering column prunes row groups. Rows go in with ``INSERT … SELECT`` and
``ST_Transform(geom, 'EPSG:6668', <project CRS>, always_xy := true)``, inside the import's one transaction.
Children (surfaces, risk records, road surfaces) come with their building or road, from the same partitions.

The source is the lake folder with the area (``identity_options``): opening the same area again replaces what the
earlier opening wrote, another area of the same lake (a neighbouring city, a box) is another source beside it, and
buildings or roads with the gml:id of features imported from other sources (an overlapping area, a direct import of
the same city) are replaced by the newer import, as a PLATEAU import does.
"""

from __future__ import annotations

import math
from pathlib import Path
from typing import Any, ClassVar

from importers.plateau.importer import replace_older_duplicates
from importers.registry import Importer, import_path, register
from twin.crs import Location
from twin.errors import InputError
from twin.lake import layout
from twin.lake.query import NOT_A_LAKE, check_lake, read_sql, table_has_files
from twin.messages import tr
from twin.store.sources import ImportReport, ProgressFn

NAME = "plateau-lake"
#: what the project tables have that the lake does not carry over
_PROJECT_ONLY = ("id", "source_id")


def parse_bbox(text: str | tuple | list, where: Path | str = "") -> tuple[float, float, float, float]:
    """``"minlon,minlat,maxlon,maxlat"`` (or a sequence of four numbers) as floats; :class:`InputError` else."""
    parts = text.split(",") if isinstance(text, str) else list(text)
    try:
        box = tuple(float(p) for p in parts)
    except (TypeError, ValueError):
        box = ()
    if len(box) != 4 or not all(math.isfinite(v) for v in box):
        raise InputError(where, tr("bbox {text} is not four numbers minlon,minlat,maxlon,maxlat", text=repr(text)))
    x0, y0, x1, y1 = box
    if not (-180 <= x0 < x1 <= 180 and -90 <= y0 < y1 <= 90):
        raise InputError(where, tr("bbox {text} is not minlon,minlat,maxlon,maxlat in degrees with min < max "
                                   "(longitude first)", text=repr(text)))
    return box  # type: ignore[return-value]


def mesh1_codes(box: tuple[float, float, float, float]) -> list[str]:
    """The first-order meshes a lon/lat box touches (its features' partitions)."""
    x0, y0, x1, y1 = box
    return [f"{i:02d}{j:02d}" for i in range(math.floor(y0 * 1.5), math.floor(y1 * 1.5) + 1)
            for j in range(math.floor(x0) - 100, math.floor(x1) - 100 + 1) if 0 <= i < 100 and 0 <= j < 100]


def lake_cities(lake: Path) -> list[str]:
    """Municipality codes that have a partition folder in any table of ``lake``."""
    found: set[str] = set()
    for table in layout.TABLES:
        for d in (Path(lake) / table).glob("city=*"):
            if d.is_dir():
                found.add(d.name.partition("=")[2])
    return sorted(found)


class Area:
    """A chosen area of a lake: the SQL conditions selecting its features, by table."""

    def __init__(self, lake: Path, city: str | None, bbox: tuple[float, float, float, float] | None):
        self.lake, self.city, self.bbox = lake, city, bbox

    @classmethod
    def of(cls, lake: Path, options: dict[str, Any]) -> "Area":
        lake = Path(lake)
        if not layout.is_lake(lake):
            raise InputError(lake, tr(NOT_A_LAKE, manifest=layout.MANIFEST))
        cities = lake_cities(lake)
        city = options.get("city")
        city = str(city).strip() if city not in (None, "") else None
        bbox = parse_bbox(options["bbox"], lake) if options.get("bbox") not in (None, "") else None
        if city is not None and city not in cities:
            raise InputError(lake, tr("the lake has no city {city}; its cities: {cities}", city=city,
                                      cities=", ".join(cities) or "-"))
        if city is None and bbox is None:
            if len(cities) != 1:
                raise InputError(lake, tr("the lake holds {n} cities ({cities}); choose an area: a city or a bbox "
                                          "(kaga-twin lake open DIR --city CODE | --bbox minlon,minlat,maxlon,maxlat)",
                                          n=len(cities), cities=", ".join(cities[:12]) + (" …" if len(cities) > 12
                                                                                         else "")))
            city = cities[0]
        return cls(lake, city, bbox)

    def text(self) -> str:
        parts = ([f"city {self.city}"] if self.city else []) + (
            [f"bbox {','.join(f'{v:g}' for v in self.bbox)}"] if self.bbox else [])
        return " and ".join(parts)

    def partition_where(self) -> str:
        conds = []
        if self.city is not None:
            conds.append(f"city = '{self.city.replace(chr(39), chr(39) * 2)}'")
        if self.bbox is not None:
            codes = mesh1_codes(self.bbox)
            conds.append(f"mesh1 IN ({', '.join(repr(c) for c in codes)})" if codes else "false")
        return " AND ".join(conds) or "true"

    def feature_where(self, table: str) -> str:
        """Conditions on ``table`` (one with geometry and a bbox column) selecting its features in the area."""
        where = self.partition_where()
        if self.bbox is None:
            return where
        x0, y0, x1, y1 = self.bbox
        # the first four prune row groups by their statistics; the centre test decides
        return (f"{where} AND bbox.xmin <= {x1!r} AND bbox.xmax >= {x0!r} AND bbox.ymin <= {y1!r} "
                f"AND bbox.ymax >= {y0!r} AND (bbox.xmin + bbox.xmax) / 2 >= {x0!r} "
                f"AND (bbox.xmin + bbox.xmax) / 2 < {x1!r} AND (bbox.ymin + bbox.ymax) / 2 >= {y0!r} "
                f"AND (bbox.ymin + bbox.ymax) / 2 < {y1!r}")

    def where(self, table: str) -> str:
        if table in layout.PARENTS:
            parent, key = layout.PARENTS[table]
            if self.bbox is None or not table_has_files(self.lake, parent):
                return self.partition_where()
            return (f"{self.partition_where()} AND {key} IN (SELECT {key} FROM {read_sql(self.lake, parent)} "
                    f"WHERE {self.feature_where(parent)})")
        return self.feature_where(table)

    def main_city(self, con) -> str | None:
        """The municipality with the most buildings (else roads) in the area (its prefecture decides the zone)."""
        for table in ("buildings", "roads"):
            if not table_has_files(self.lake, table):
                continue
            row = con.execute(f"SELECT city, count(*) AS n FROM {read_sql(self.lake, table)} "
                              f"WHERE {self.feature_where(table)} GROUP BY city ORDER BY n DESC, city LIMIT 1"
                              ).fetchone()
            if row and row[0] and str(row[0]).isdigit():
                return str(row[0])
        return None

    def location(self, con) -> Location | None:
        """The centre of the area (of its buildings' or roads' bboxes when it is a city)."""
        if self.bbox is not None:
            x0, y0, x1, y1 = self.bbox
            return Location((y0 + y1) / 2, (x0 + x1) / 2, city_code=self.city or self.main_city(con))
        for table in ("buildings", "roads"):
            if not table_has_files(self.lake, table):
                continue
            row = con.execute(f"SELECT min(bbox.xmin), min(bbox.ymin), max(bbox.xmax), max(bbox.ymax) "
                              f"FROM {read_sql(self.lake, table)} WHERE {self.partition_where()}").fetchone()
            if row and row[0] is not None:
                return Location((row[1] + row[3]) / 2, (row[0] + row[2]) / 2, city_code=self.city)
        return None


def _columns(cur, table: str) -> list[str]:
    return [r[0] for r in cur.execute(f'DESCRIBE "{table}"').fetchall()]


@register
class PlateauLakeImporter(Importer):
    name = NAME
    version = "1.0"
    label = "PLATEAU lake (GeoParquet)"
    patterns = ()
    accepts_folders = True
    priority = 5
    tables = ("buildings", "building_surfaces", "building_risks", "roads", "road_surfaces")
    identity_options = ("city", "bbox")
    options: ClassVar[dict[str, str]] = {
        "city": "the municipality code of the area to open, e.g. 17206",
        "bbox": "the area to open as minlon,minlat,maxlon,maxlat (EPSG:6668 degrees); features whose bbox centre "
                "lies in it",
    }

    def sniff(self, path: Path) -> float:
        path = Path(path)
        if path.is_dir() and layout.is_lake(path) and any((path / t).is_dir() for t in layout.TABLES):
            return 1.0
        return 0.0

    def input_files(self, path: Path) -> list[Path]:
        # the manifest changes whenever the lake does: it is the source's fingerprint
        return [Path(path) / layout.MANIFEST]

    def locate(self, path: Path) -> Location | None:
        """The centre of the lake's buildings (without an area: :func:`open_area` gives the area's own)."""
        try:
            import duckdb

            from twin.store.spatial import CONNECT_CONFIG, load_spatial
            con = duckdb.connect(config=dict(CONNECT_CONFIG))
            try:
                load_spatial(con)
                cities = lake_cities(Path(path))
                return Area(Path(path), cities[0] if len(cities) == 1 else None, None).location(con)
            finally:
                con.close()
        except Exception:  # noqa: BLE001 - locate never raises; read reports bad input
            return None

    def location(self, path: Path, options: dict[str, Any]) -> Location | None:
        """The centre of the area the options choose (the lake's, without one); None when it cannot tell."""
        if not options:
            return self.locate(path)
        import duckdb

        from twin.store.spatial import CONNECT_CONFIG, load_spatial

        try:
            area = Area.of(Path(path), options)
        except InputError:
            return None   # read reports it
        con = duckdb.connect(config=dict(CONNECT_CONFIG))
        try:
            load_spatial(con)
            return area.location(con)
        finally:
            con.close()

    def read(self, path: Path, writer, options: dict[str, Any]) -> None:
        lake = Path(path)
        area = Area.of(lake, options)
        cur = writer.cursor
        crs = writer.crs.replace("'", "''")
        todo = [t for t in layout.TABLES if t in self.tables and table_has_files(lake, t)]
        if not todo:
            raise InputError(lake, tr("the lake has no data files yet"))
        written: dict[str, int] = {}
        for i, table in enumerate(todo):
            writer.progress(i, len(todo), "tables", table)
            geom = layout.TABLES[table]
            src = read_sql(lake, table)
            have = {r[0] for r in cur.execute(f"DESCRIBE SELECT * FROM {src} LIMIT 0").fetchall()}
            cols = [c for c in _columns(cur, table) if c not in _PROJECT_ONLY and c in have]
            sel = ", ".join(f'ST_Transform("{c}", \'EPSG:6668\', \'{crs}\', always_xy := true) AS "{c}"'
                            if c == geom else f'"{c}"' for c in cols)
            names = ", ".join(f'"{c}"' for c in cols)
            n = cur.execute(f'INSERT INTO "{table}" ({names}, source_id) SELECT {sel}, {int(writer.source_id)} '
                            f"FROM {src} WHERE {area.where(table)}").fetchone()[0]
            written[table] = n
            writer.check_cancelled()
        writer.progress(len(todo), len(todo), "tables", "")
        if not written.get("buildings") and not written.get("roads"):
            raise InputError(lake, tr("the lake has no buildings or roads in {area}", area=area.text()))
        replace_older_duplicates(writer)


def area_options(city: str | None = None, bbox: str | tuple | None = None) -> dict[str, str]:
    """The importer options of an area, with one spelling per box (the options name the source:
    ``identity_options``)."""
    if isinstance(bbox, str) and bbox.strip():
        try:
            bbox = tuple(float(v) for v in bbox.split(","))
        except ValueError:
            pass   # Area.of reports it
    box = bbox if bbox is None or isinstance(bbox, str) else ",".join(f"{v!r}" for v in bbox)
    return {k: v for k, v in {"city": city, "bbox": box}.items() if v not in (None, "")}


def open_area(store, lake: str | Path, *, city: str | None = None, bbox: str | tuple | None = None,
              progress: ProgressFn | None = None, cancel=None) -> ImportReport:
    """Import an area of ``lake`` into ``store`` (one transaction; see the module docstring). The location given to
    the import (for the CRS of an empty project, and the warning when the project CRS does not fit) is the centre
    of the area."""
    lake = check_lake(lake).absolute()
    options = area_options(city, bbox)
    Area.of(lake, options)   # a bad area is reported before anything is opened
    return import_path(store, lake, importer=NAME, options=options, progress=progress, cancel=cancel)


__all__ = ["Area", "NAME", "PlateauLakeImporter", "lake_cities", "area_options", "mesh1_codes", "open_area", "parse_bbox"]
