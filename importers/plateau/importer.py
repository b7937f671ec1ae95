"""The registered importer ``plateau-citygml``: PLATEAU CityGML files, dataset folders and zips."""

from __future__ import annotations

from pathlib import Path
from typing import Any, ClassVar

from importers.registry import Importer, register
from twin.crs import Location
from twin.errors import InputError
from twin.messages import tr

from . import inputs
from .locate import locate as locate_input
from .pipeline import Pipeline
from .versions import SUPPORTED_URO


@register
class PlateauCityGMLImporter(Importer):
    name = "plateau-citygml"
    version = "1.0"
    label = "PLATEAU CityGML"
    patterns = ("*.gml", "*.zip")
    accepts_folders = True
    priority = 10
    tables = ("buildings", "building_surfaces", "building_risks", "roads", "road_surfaces")
    options: ClassVar[dict[str, str]] = {
        "assume_uro": "read files with an unknown i-UR version using the paths of this supported version "
                      f"({', '.join(SUPPORTED_URO)})",
    }

    def sniff(self, path: Path) -> float:
        return inputs.sniff(Path(path))

    def input_files(self, path: Path) -> list[Path]:
        try:
            return inputs.input_files(Path(path))
        except inputs.NoCityGML as exc:
            raise InputError(path, str(exc)) from None

    def locate(self, path: Path) -> Location | None:
        """The centre of the first file's CityModel envelope, and the municipality of the dataset name."""
        found = locate_input(Path(path))
        if found is None:
            return None
        lat, lon, city = found
        return Location(lat, lon, city_code=city)

    def read(self, path: Path, writer, options: dict[str, Any]) -> None:
        Pipeline(Path(path), writer, options).run()
        replace_older_duplicates(writer)


def duplicate_ids_warning(table: str, n: int) -> str:
    """The warning for ``n`` gml:ids of ``table`` written more than once by one import (or one lake source)."""
    return (f"{n:,} {table[:-1]} gml:id(s) occur more than once in this import (e.g. a feature present in two "
            "files); all copies were kept")


def replace_older_duplicates(writer) -> None:
    """Delete rows of *other* sources with the same building/road gml:id as rows of this import.

    Importing one file after importing the folder it belongs to (or the zip) must not duplicate its
    buildings: the newer import wins. Surfaces and risks go with their building, road surfaces with
    their road.
    """
    sid = writer.source_id
    cur = writer.cursor
    others = cur.execute("SELECT count(*) FROM sources WHERE id <> ?", [sid]).fetchone()[0]
    # (earlier imports of this same source are replaced as a whole by run_source_import: writer.replaces)
    kept = (sid, *writer.replaces)
    moved = {}
    for table, children in (("buildings", ("building_surfaces", "building_risks")), ("roads", ("road_surfaces",))):
        cond = (f"source_id NOT IN ({', '.join('?' * len(kept))}) AND "
                f"gml_id IN (SELECT gml_id FROM {table} WHERE source_id = ?)")
        params = [*kept, sid]
        n = cur.execute(f"SELECT count(*) FROM {table} WHERE {cond}", params).fetchone()[0] if others else 0
        if n:
            for child in children:
                cur.execute(f"DELETE FROM {child} WHERE {cond}", params)
            cur.execute(f"DELETE FROM {table} WHERE {cond}", params)
            moved[table] = n
        dup = cur.execute(f"SELECT count(*) - count(DISTINCT gml_id) FROM {table} WHERE source_id = ?",
                          [sid]).fetchone()[0]
        if dup:
            writer.warn(duplicate_ids_warning(table, dup))
    for table, n in moved.items():
        writer.warn(tr("{n} {table} with the same gml:id from earlier imports of other files were replaced by this "
                       "import", n=f"{n:,}", table=tr(table)))
