"""Where a PLATEAU input lies, read before anything is transformed (``PlateauCityGMLImporter.locate``).

* the place: the centre of the ``gml:Envelope`` of the first CityGML file's ``core:CityModel``, whose
  ``lowerCorner`` / ``upperCorner`` are latitude, longitude (height) in a geographic CRS (EPSG:6697 in all
  PLATEAU data);
* the municipality: the JIS X 0402 code that starts a PLATEAU dataset name
  (``17206_kaga-shi_city_2024_citygml_1_op`` → 17206, so prefecture 17, Ishikawa), found in the input's own
  name, its parent folders, or the first member's folders inside a zip.

Cheap: one header of one file. Anything unreadable gives None (the import itself then says what is wrong).
"""

from __future__ import annotations

import math
import re
import zipfile
import zlib
from pathlib import Path, PurePosixPath

from lxml import etree

from . import inputs
from .geometry import source_crs
from .scan import Scanner, ScanError

#: a PLATEAU dataset name: ``<city code>_<city name>_<…>citygml…`` (folder or zip, e.g.
#: ``13101_chiyoda-ku_city_2023_citygml_1_op``, ``40130_fukuoka-shi_2020_citygml_4_op.zip``)
_DATASET = re.compile(r"^(\d{5})_[a-z0-9-]+_.*citygml", re.I)


def dataset_city_code(path: Path, member: str | None = None) -> str | None:
    """The municipality code of the PLATEAU dataset ``path`` belongs to (``member``: the first zip member)."""
    names = [path.name] + [p.name for p in path.parents]
    if member:
        names = list(reversed(PurePosixPath(member).parts[:-1])) + names
    for name in names:
        m = _DATASET.match(name)
        if m:
            return m.group(1)
    return None


def envelope_centre(gi: inputs.GmlInput) -> tuple[float, float] | None:
    """(lat, lon) of the centre of the CityModel envelope of one input, or None."""
    with gi.open() as stream:
        header = Scanner(stream, keep_data=False).header()
    if header.lower_corner is None or header.upper_corner is None:
        return None
    try:   # a geographic CRS of the EPSG database: latitude first, as the importer reads it too
        source_crs(header.srs_name or "EPSG:6697", header.srs_dim)
    except ValueError:          # not a geographic CRS: no latitude/longitude to read
        return None
    lat = (header.lower_corner[0] + header.upper_corner[0]) / 2
    lon = (header.lower_corner[1] + header.upper_corner[1]) / 2
    if not (math.isfinite(lat) and math.isfinite(lon) and -90 <= lat <= 90 and -180 <= lon <= 180):
        return None
    return lat, lon


def locate(path: Path) -> tuple[float, float, str | None] | None:
    """(lat, lon, municipality code or None) of a PLATEAU file, dataset folder or zip; None when unknown."""
    path = Path(path)
    try:
        found = inputs.list_inputs(path)
    except (inputs.NoCityGML, OSError, zipfile.BadZipFile):
        return None
    if not found:
        return None
    first = found[0]
    try:
        centre = envelope_centre(first)
    except (ScanError, OSError, zipfile.BadZipFile, zlib.error, etree.XMLSyntaxError, ValueError):
        return None
    if centre is None:
        return None
    return centre[0], centre[1], dataset_city_code(path, first.member)
