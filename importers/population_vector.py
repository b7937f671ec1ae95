"""Finding the layers of a vector population input cheaply (MLIT projections, e-Stat boundaries, A29 zoning): the file
itself, or the Shapefiles and GeoJSON inside a zip as downloaded.

A GeoJSON is recognised by its first bytes (its property names) and never opened with GDAL to sniff or locate;
Shapefiles and GeoPackages by their field names. Both come from :mod:`importers.vector_sniff`, which keeps its
answers per file (path, size, mtime), so sniffing, locating and reading the same file look once.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from pathlib import Path

from importers import vector_sniff
from importers.vector_sniff import GEOJSON_SUFFIXES as GEOJSON, HEAD_BYTES, Dataset

SUFFIXES = (".geojson", ".json", ".shp", ".gpkg", ".fgb", ".zip")
#: members of a zip read here
ZIP_SUFFIXES = (".shp", ".geojson")

#: a layer: (GDAL path, encoding or None, layer name or None for the only one)
Layer = tuple[str, "str | None", "str | None"]


def _datasets(path: Path) -> list[Dataset]:
    if path.suffix.lower() == ".zip":
        return vector_sniff.datasets(path, ZIP_SUFFIXES)
    return vector_sniff.datasets(path, SUFFIXES)


def head_text(path: Path, member: str = "", size: int = HEAD_BYTES) -> str:
    """The first ``size`` bytes of a file (or of a zip member) as text."""
    return vector_sniff.head(Dataset(Path(path), member), size)


def head_value(head: str, field: str) -> str | None:
    """The first value of property ``field`` in a GeoJSON head (``"MESH_ID": "543632881"`` or a number)."""
    m = re.search(r'"' + re.escape(field) + r'"\s*:\s*"?([^",}\s]*)', head, flags=re.IGNORECASE)
    return m.group(1) if m else None


def vector_layers(path: Path, key: str, head_ok: Callable[[str], bool],
                  fields_ok: Callable[[set[str]], bool]) -> list[Layer]:
    """The layers of ``path`` a population importer reads: GeoJSON whose upper-cased head passes ``head_ok``, other
    layers whose upper-cased field names pass ``fields_ok``. ``key`` names the importer (kept for the callers; the
    layers themselves are cached by :mod:`importers.vector_sniff`)."""
    path = Path(path)
    if not path.is_file() or path.suffix.lower() not in SUFFIXES:
        return []
    out: list[Layer] = []
    for ds in _datasets(path):
        if ds.is_geojson:
            if head_ok(vector_sniff.head(ds).upper()):
                out.append((ds.source, ds.encoding, None))
            continue
        for info in vector_sniff.layers(ds):
            if fields_ok({f.upper() for f in info.fields}):
                out.append((ds.source, ds.encoding, info.name))
    return out


def layer_head(layer: Layer) -> str | None:
    """The head of a GeoJSON layer (file or zip member) for :func:`head_value`; None for other layers."""
    source, _, name = layer
    if name is not None:
        return None
    if source.startswith("/vsizip/"):
        rest = source[len("/vsizip/"):]
        k = rest.lower().index(".zip/") + 4
        return head_text(Path(rest[:k]), rest[k + 1:])
    return head_text(Path(source))


__all__ = ["GEOJSON", "head_text", "head_value", "layer_head", "vector_layers"]
