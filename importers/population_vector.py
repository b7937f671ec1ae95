"""Finding the layers of a vector population input cheaply (MLIT projections, e-Stat boundaries): the file itself,
or the Shapefiles and GeoJSON inside a zip as downloaded.

GDAL parses a whole GeoJSON file to open it (a prefecture file: 150 MB, seconds), so GeoJSON is recognised by its
first bytes (the first feature's property names) and never opened to sniff or locate; Shapefiles and GeoPackages
are asked through pyogrio (their headers are cheap). Answers are kept per file (path, size, mtime), so sniffing,
locating and reading the same file look once.
"""

from __future__ import annotations

import functools
import re
import zipfile
from collections.abc import Callable
from pathlib import Path

GEOJSON = (".geojson", ".json")
SUFFIXES = (".geojson", ".json", ".shp", ".gpkg", ".fgb", ".zip")
HEAD_BYTES = 1 << 16

#: a layer: (GDAL path, encoding or None, layer name or None for the only one)
Layer = tuple[str, "str | None", "str | None"]


def _members(path: Path) -> list[tuple[str, str, str | None]]:
    """(GDAL path, member or '' for the file itself, encoding) of the datasets of ``path``."""
    if path.suffix.lower() != ".zip":
        enc = "cp932" if path.suffix.lower() == ".shp" and not path.with_suffix(".cpg").exists() else None
        return [(str(path), "", enc)]
    try:
        with zipfile.ZipFile(path) as z:
            names = z.namelist()
    except (zipfile.BadZipFile, OSError):
        return []
    out = []
    for name in names:
        low = name.lower()
        if low.endswith((".shp", ".geojson")):
            enc = "cp932" if low.endswith(".shp") and name[:-4] + ".cpg" not in names else None
            out.append((f"/vsizip/{path.absolute()}/{name}", name, enc))
    return out


def head_text(path: Path, member: str = "", size: int = HEAD_BYTES) -> str:
    """The first ``size`` bytes of a file (or of a zip member) as text."""
    try:
        if member:
            with zipfile.ZipFile(path) as z, z.open(member) as f:
                head = f.read(size)
        else:
            with open(path, "rb") as f:
                head = f.read(size)
    except (OSError, zipfile.BadZipFile, KeyError, RuntimeError):
        return ""
    return head.decode("utf-8", errors="ignore")


def head_value(head: str, field: str) -> str | None:
    """The first value of property ``field`` in a GeoJSON head (``"MESH_ID": "543632881"`` or a number)."""
    m = re.search(r'"' + re.escape(field) + r'"\s*:\s*"?([^",}\s]*)', head, flags=re.IGNORECASE)
    return m.group(1) if m else None


@functools.lru_cache(maxsize=64)
def _layers(path: str, size: int, mtime: int, key: str, head_ok: Callable[[str], bool],
            fields_ok: Callable[[set[str]], bool]) -> tuple[Layer, ...]:
    p = Path(path)
    out: list[Layer] = []
    for source, member, enc in _members(p):
        name = member or p.name
        if name.lower().endswith(GEOJSON):
            if head_ok(head_text(p, member).upper()):
                out.append((source, enc, None))
            continue
        import pyogrio
        try:
            layers = pyogrio.list_layers(source)
        except Exception:  # noqa: BLE001 - sniffing: not ours
            continue
        for layer, _ in layers:
            try:
                info = pyogrio.read_info(source, layer=layer, encoding=enc)
            except Exception:  # noqa: BLE001
                continue
            if fields_ok({str(f).upper() for f in info.get("fields", ())}):
                out.append((source, enc, str(layer)))
    return tuple(out)


def vector_layers(path: Path, key: str, head_ok: Callable[[str], bool],
                  fields_ok: Callable[[set[str]], bool]) -> list[Layer]:
    """The layers of ``path`` a population importer reads: GeoJSON whose upper-cased head passes ``head_ok``, other
    layers whose upper-cased field names pass ``fields_ok``. ``key`` names the importer (for the cache)."""
    if not path.is_file() or path.suffix.lower() not in SUFFIXES:
        return []
    st = path.stat()
    return list(_layers(str(path.absolute()), st.st_size, st.st_mtime_ns, key, head_ok, fields_ok))


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
