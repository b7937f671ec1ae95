"""What the population importers share (``importers/population_*.py``): reading cells (numbers, mesh codes, age
and sex labels), the long ``mesh_population`` rows collected per import, and the cell polygons written with them.

Every imported mesh gets its JIS X 0410 cell (``twin.meshcode.polygon``, EPSG:6668 → the project CRS) in
``population_mesh_cells``; the cells are computed from the codes, never taken from a file's geometry.
"""

from __future__ import annotations

import math
import re
import unicodedata
from typing import Any

import pyarrow as pa

from twin import meshcode
from twin.crs import Location

MESH_CRS = "EPSG:6668"     # JGD2011 geographic: the mesh codes' datum
MESH_TABLES = ("mesh_population", "population_mesh_cells")
YEAR_IN_NAME = re.compile(r"(?<!\d)(19[2-9]\d|20\d\d)(?!\d)")


def nfkc(s: Any) -> str:
    """``s`` as NFKC text without surrounding blanks (full-width digits and spaces become ASCII); '' for None."""
    return unicodedata.normalize("NFKC", "" if s is None else str(s)).strip()


def number(v: Any) -> float | None:
    """A number from a cell: int/float, or text with thousands separators; None when empty or not a number."""
    if v is None:
        return None
    if isinstance(v, (int, float)) and not isinstance(v, bool):
        return None if isinstance(v, float) and math.isnan(v) else float(v)
    s = nfkc(v).replace(",", "")
    if not s:
        return None
    try:
        f = float(s)
    except ValueError:
        return None
    return None if math.isnan(f) else f


def numbers(values: Any):
    """A float array from a field's values (numbers or text); NaN where empty or not a number."""
    import numpy as np
    arr = np.asarray(values)
    if arr.dtype.kind in "iuf":
        return arr.astype(np.float64)
    return np.array([np.nan if (x := number(v)) is None else x for v in arr], dtype=np.float64)


def age_band(text: Any) -> str | None:
    """``0～14歳`` → ``0-14``, ``65歳以上`` → ``65+``, ``総数`` → ``total``; None when not an age."""
    s = nfkc(text).replace("〜", "~").replace("～", "~").replace("−", "-").replace("–", "-")
    if s.lower() in ("総数", "計", "合計", "total", "all", "総人口"):
        return "total"
    m = re.search(r"(\d+)\s*[~\-]\s*(\d+)", s)
    if m:
        return f"{int(m.group(1))}-{int(m.group(2))}"
    m = re.search(r"(\d+)\s*(?:歳以上|\+|歳~|~)", s)
    if m:
        return f"{int(m.group(1))}+"
    return None


def sex_of(text: Any) -> str | None:
    """``総数``/``男``/``女`` (and English forms) → ``total``/``male``/``female``; None otherwise."""
    s = nfkc(text).lower()
    if s in ("総数", "男女計", "計", "合計", "total", "both", "all", "t"):
        return "total"
    if s in ("男", "男性", "male", "m", "男子"):
        return "male"
    if s in ("女", "女性", "female", "f", "女子"):
        return "female"
    return None


def plain_code(value: Any) -> str:
    """A code cell as digits: spreadsheet floats (``17206.0``, ``5.43632881E8``) taken as the integers they are."""
    s = nfkc(value)
    if re.fullmatch(r"\d+\.0+", s):
        return s.split(".")[0]
    if re.fullmatch(r"\d(\.\d+)?[eE]\+?\d+", s):
        f = float(s)
        if f.is_integer():
            return str(int(f))
    return s


def parse_mesh(code: Any) -> tuple[str, int]:
    """(code, level) of a valid mesh code; :class:`twin.meshcode.MeshCodeError` otherwise."""
    s = plain_code(code)
    return s, meshcode.parse(s)[0]


def mesh_location(code: str) -> Location | None:
    """The centre of a mesh cell, or None for an invalid code."""
    try:
        lat, lon = meshcode.centre(code)
        return Location(float(lat), float(lon))
    except (meshcode.MeshCodeError, ValueError):
        return None


def write_cells(writer: Any, codes: dict[str, int]) -> int:
    """Write the cell polygons of ``codes`` (code → level) in the project CRS to ``population_mesh_cells``."""
    if not codes:
        return 0
    import numpy as np
    import shapely
    from pyproj import CRS, Transformer
    names = sorted(codes)
    rings = np.asarray([meshcode.polygon(c) for c in names], dtype=np.float64)          # (n, 5, 2) lon, lat
    tr = Transformer.from_crs(CRS.from_user_input(MESH_CRS), CRS.from_user_input(writer.crs), always_xy=True)
    x, y = tr.transform(rings[..., 0], rings[..., 1])
    polys = shapely.polygons(np.stack([x, y], axis=-1))
    return writer.insert_arrow("population_mesh_cells", pa.table({
        "mesh_code": pa.array(names, pa.string()),
        "level": pa.array([codes[c] for c in names], pa.int32()),
        "geom": pa.array(shapely.to_wkb(polys), pa.binary())}), geometry_columns=["geom"])


class MeshRows:
    """The ``mesh_population`` rows of one import: single rows (:meth:`add`) and whole bands of many cells at once
    (:meth:`extend`, kept as Arrow chunks, so a prefecture file is not millions of Python objects), written as one
    table with the cells of every code (:meth:`write`)."""

    COLS = ("mesh_code", "level", "year", "kind", "band", "value", "merged_into", "merged_from", "muni_code")
    TYPES = (pa.string(), pa.int32(), pa.int32(), pa.string(), pa.string(), pa.float64(), pa.string(),
             pa.string(), pa.string())
    SCHEMA = pa.schema(list(zip(COLS, TYPES)))

    def __init__(self) -> None:
        self.data: dict[str, list] = {c: [] for c in self.COLS}
        self.chunks: list[pa.Table] = []
        self.cells: dict[str, int] = {}

    def add(self, **row: Any) -> None:
        """One row (the ``COLS`` as keywords; missing ones are NULL)."""
        for c in self.COLS:
            self.data[c].append(row.get(c))
        self.cells[row["mesh_code"]] = row["level"]

    def extend(self, codes, levels, year: int, kind: str, band: str, values, munis) -> None:
        """Many rows of one year and band: ``codes``, ``levels``, ``munis`` (may hold None) as numpy or Arrow arrays
        and ``values`` of equal length. The cells of the codes are not recorded here: :meth:`add_cells`."""
        k = len(values)
        if not k:
            return

        def col(v, t):
            return v if isinstance(v, pa.Array) else pa.array(v, t)
        self.chunks.append(pa.table([
            col(codes, pa.string()), col(levels, pa.int32()), pa.repeat(pa.scalar(year, pa.int32()), k),
            pa.repeat(pa.scalar(kind, pa.string()), k), pa.repeat(pa.scalar(band, pa.string()), k),
            pa.array(values, pa.float64()), pa.nulls(k, pa.string()), pa.nulls(k, pa.string()),
            col(munis, pa.string())], schema=self.SCHEMA))

    def add_cells(self, codes, levels) -> None:
        """Record the cells (code, level) written with :meth:`extend`."""
        self.cells.update(zip(list(codes), list(levels)))

    def __len__(self) -> int:
        return len(self.data["mesh_code"]) + sum(t.num_rows for t in self.chunks)

    def write(self, writer: Any) -> int:
        """Insert the rows and the cells of their codes; returns the rows written."""
        single = pa.table({c: pa.array(self.data[c], t) for c, t in zip(self.COLS, self.TYPES)}, schema=self.SCHEMA)
        n = writer.insert_arrow("mesh_population", pa.concat_tables([single, *self.chunks]))
        write_cells(writer, self.cells)
        return n


__all__ = ["MESH_CRS", "MESH_TABLES", "YEAR_IN_NAME", "MeshRows", "age_band", "mesh_location", "nfkc", "number",
           "numbers", "parse_mesh", "plain_code", "sex_of", "write_cells"]
