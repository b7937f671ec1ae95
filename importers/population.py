"""Population tables → the population theme (``twin/themes/population.py``).

- **e-Stat 国勢調査 地域メッシュ統計** (``tblT001101H5240.txt``): CP932, CRLF, two header rows (codes
  ``KEY_CODE,HTKSYORI,HTKSAKI,GASSAN,T001101001,…``, then labels beginning with a full-width space). ``*`` is a
  suppressed value (stored as NULL), ``-`` none (0). ``HTKSYORI`` 1: the cell absorbed the cells listed in
  ``GASSAN`` (``;``-separated; kept in ``merged_from``); 2: the cell was merged into ``HTKSAKI`` (kept in
  ``merged_into``; ``mesh_population_totals`` leaves such cells out, so no value is counted twice). Each column
  code goes into ``mesh_population_codes`` with its band and label. The census year comes from the table code
  (T001101 → 2020, T000876 → 2015, T000609 → 2010), a year in the file name, or the ``year`` option.
- **MLIT 国土数値情報 500 m mesh future population** (GeoJSON or Shapefile, through pyogrio): the 2018 edition
  (``MESH_ID, SHICODE, PTN_2015 … PTN_2050``, ``PT0_yyyy`` total, ``PT1_yyyy … PT19_yyyy`` 0–4 … 90+) and the
  2024 edition (``PTN_2020 … PTN_2070``, ``PT00_yyyy … PT20_yyyy``); ``PTA…PTE`` are 0–14, 15–64, 65+, 75+, 80+.
  Whether ``PT00``/``PT0`` is the total or the first 5-year band is decided by arithmetic on the data (it equals
  ``PTN``, or the bands sum to ``PTN``). The shares ``RTA…RTE`` are not stored (they are PTx / PTN × 100).
- **IPSS 日本の地域別将来推計人口** municipal tables (CSV or XLSX): a header naming the municipality code, name,
  year, sex, age group and population columns (Japanese or English); or years as columns (``2020``, ``2025年`` …).

Rows with an invalid mesh code (``twin.meshcode.parse``), a negative value, a missing year or value are kept in
``import_rejects`` with their line (e-Stat, CSV, XLSX row) or feature number (MLIT, 1-based) and skipped. Every
imported mesh gets its cell polygon in ``population_mesh_cells`` (EPSG:6668 → the project CRS).
"""

from __future__ import annotations

import csv
import io
import math
import re
import unicodedata
from pathlib import Path
from typing import Any

import pyarrow as pa

# pyogrio and openpyxl are imported inside the functions that read files: the registry loads this module for
# every import
from importers.registry import Importer, register
from twin import meshcode
from twin.crs import Location
from twin.errors import InputError

MESH_CRS = "EPSG:6668"     # JGD2011 geographic: the mesh codes' datum
ESTAT_FIXED = ("KEY_CODE", "HTKSYORI", "HTKSAKI", "GASSAN")
#: e-Stat table code prefix → census year (2020: T001101…, 2015: T000876…, 2010: T000609…)
ESTAT_YEARS = {"T0011": 2020, "T00087": 2015, "T00060": 2010}
MESH_TABLES = ("mesh_population", "population_mesh_cells")
_YEAR_IN_NAME = re.compile(r"(?<!\d)(19[2-9]\d|20\d\d)(?!\d)")


# -- shared helpers ------------------------------------------------------------------------------------------


def _nfkc(s: Any) -> str:
    return unicodedata.normalize("NFKC", "" if s is None else str(s)).strip()


def _number(v: Any) -> float | None:
    """A number from a cell: int/float, or text with thousands separators; None when empty or not a number."""
    if v is None:
        return None
    if isinstance(v, (int, float)) and not isinstance(v, bool):
        return None if isinstance(v, float) and math.isnan(v) else float(v)
    s = _nfkc(v).replace(",", "")
    if not s:
        return None
    try:
        f = float(s)
    except ValueError:
        return None
    return None if math.isnan(f) else f


def _numbers(values: Any):
    """A float array from a field's values (numbers or text); NaN where empty or not a number."""
    import numpy as np
    arr = np.asarray(values)
    if arr.dtype.kind in "iuf":
        return arr.astype(np.float64)
    return np.array([np.nan if (x := _number(v)) is None else x for v in arr], dtype=np.float64)


def age_band(text: str) -> str | None:
    """``0～14歳`` → ``0-14``, ``65歳以上`` → ``65+``, ``総数`` → ``total``; None when not an age."""
    s = _nfkc(text).replace("〜", "~").replace("～", "~").replace("−", "-").replace("–", "-")
    if s.lower() in ("総数", "計", "合計", "total", "all", "総人口"):
        return "total"
    m = re.search(r"(\d+)\s*[~\-]\s*(\d+)", s)
    if m:
        return f"{int(m.group(1))}-{int(m.group(2))}"
    m = re.search(r"(\d+)\s*(?:歳以上|\+|歳~|~)", s)
    if m:
        return f"{int(m.group(1))}+"
    return None


def sex_of(text: str) -> str | None:
    s = _nfkc(text).lower()
    if s in ("総数", "男女計", "計", "合計", "total", "both", "all", "t"):
        return "total"
    if s in ("男", "男性", "male", "m", "男子"):
        return "male"
    if s in ("女", "女性", "female", "f", "女子"):
        return "female"
    return None


def _mesh(code: Any) -> tuple[str, int]:
    """(code, level) of a valid mesh code; MeshCodeError otherwise. Spreadsheet floats (``5.43632881E8``) are
    taken as the integers they are."""
    s = _nfkc(code)
    if re.fullmatch(r"\d+\.0+", s):
        s = s.split(".")[0]
    elif re.fullmatch(r"\d(\.\d+)?[eE]\+?\d+", s):
        f = float(s)
        if f.is_integer():
            s = str(int(f))
    return s, meshcode.parse(s)[0]


def _write_cells(writer: Any, codes: dict[str, int]) -> None:
    """The cell polygons of ``codes`` (code → level) in the project CRS."""
    if not codes:
        return
    import numpy as np
    import shapely
    from pyproj import CRS, Transformer
    names = sorted(codes)
    rings = np.asarray([meshcode.polygon(c) for c in names], dtype=np.float64)          # (n, 5, 2) lon, lat
    tr = Transformer.from_crs(CRS.from_user_input(MESH_CRS), CRS.from_user_input(writer.crs), always_xy=True)
    x, y = tr.transform(rings[..., 0], rings[..., 1])
    polys = shapely.polygons(np.stack([x, y], axis=-1))
    writer.insert_arrow("population_mesh_cells", pa.table({
        "mesh_code": pa.array(names, pa.string()),
        "level": pa.array([codes[c] for c in names], pa.int32()),
        "geom": pa.array(shapely.to_wkb(polys), pa.binary())}), geometry_columns=["geom"])


def _mesh_location(code: str) -> Location | None:
    try:
        lat, lon = meshcode.centre(code)
        return Location(float(lat), float(lon))
    except (meshcode.MeshCodeError, ValueError):
        return None


class _Rows:
    """Columns of ``mesh_population`` collected row by row, written as one Arrow table."""

    COLS = ("mesh_code", "level", "year", "kind", "band", "value", "merged_into", "merged_from", "muni_code")
    TYPES = (pa.string(), pa.int32(), pa.int32(), pa.string(), pa.string(), pa.float64(), pa.string(),
             pa.string(), pa.string())

    def __init__(self) -> None:
        self.data: dict[str, list] = {c: [] for c in self.COLS}
        self.cells: dict[str, int] = {}

    def add(self, **row: Any) -> None:
        for c in self.COLS:
            self.data[c].append(row.get(c))
        self.cells[row["mesh_code"]] = row["level"]

    def extend(self, codes, levels, year: int, kind: str, band: str, values, munis) -> None:
        """Many rows of one year and band (arrays of equal length)."""
        k = len(codes)
        if not k:
            return
        self.data["mesh_code"].extend(codes.tolist())
        self.data["level"].extend(levels.tolist())
        self.data["year"].extend([year] * k)
        self.data["kind"].extend([kind] * k)
        self.data["band"].extend([band] * k)
        self.data["value"].extend(values.tolist())
        self.data["merged_into"].extend([None] * k)
        self.data["merged_from"].extend([None] * k)
        self.data["muni_code"].extend(munis.tolist())
        self.cells.update(zip(codes.tolist(), levels.tolist()))

    def write(self, writer: Any) -> int:
        n = writer.insert_arrow("mesh_population", pa.table(
            {c: pa.array(self.data[c], t) for c, t in zip(self.COLS, self.TYPES)}))
        _write_cells(writer, self.cells)
        return n


# -- e-Stat census mesh statistics ---------------------------------------------------------------------------


def _estat_head(path: Path) -> str | None:
    """The first line of an e-Stat mesh statistics text file (CP932), or None when ``path`` is not one."""
    if not path.is_file():
        return None
    with open(path, "rb") as f:
        head = f.read(4096)
    for enc in ("cp932", "utf-8-sig"):
        try:
            text = head.decode(enc)
        except UnicodeDecodeError as exc:
            text = head[:exc.start].decode(enc, errors="ignore")
        first = text.lstrip("\ufeff").split("\n", 1)[0].strip()
        cols = [c.strip() for c in first.split(",")]
        if cols[:2] == ["KEY_CODE", "HTKSYORI"]:
            return first
    return None


def estat_band(label: str, code: str) -> str:
    """The band of an e-Stat column from its label: ``人口（総数）`` → total, ``人口（総数）　男`` → male,
    ``０～１４歳人口　女`` → ``0-14_female``; the code itself when the label is no population band (households,
    foreigners …)."""
    s = _nfkc(label)
    parts = s.split()
    sex = None
    if parts and sex_of(parts[-1]) in ("male", "female"):
        sex = sex_of(parts[-1])
    head = parts[0] if parts else ""
    if head.startswith("人口") and ("総数" in head or head == "人口"):
        return sex or "total"
    if "人口" in head and "外国人" not in head and "世帯" not in head:
        age = age_band(head.replace("人口", ""))
        if age and age != "total":
            return f"{age}_{sex}" if sex else age
    return code


def estat_year(path: Path, codes: list[str], option: Any) -> int:
    if option not in (None, ""):
        try:
            return int(option)
        except (TypeError, ValueError):
            raise InputError(path, f"the year option must be a year such as 2020, not {option!r}") from None
    for code in codes:
        for prefix, year in ESTAT_YEARS.items():
            if code.upper().startswith(prefix):
                return year
    m = _YEAR_IN_NAME.search(path.name)
    if m:
        return int(m.group(1))
    raise InputError(path, "the census year cannot be told from the column codes or the file name; give it with "
                           "the year option (e.g. year=2020)", line=1)


@register
class EstatMeshStatistics(Importer):
    """e-Stat 国勢調査 地域メッシュ統計 text files → ``mesh_population`` (kind ``census``)."""

    name = "estat-mesh"
    version = "1"
    label = "e-Stat 国勢調査 地域メッシュ統計 (census mesh statistics, .txt)"
    patterns = ("*.txt", "*.csv")
    priority = 5
    tables = ("mesh_population", "population_mesh_cells", "mesh_population_codes")
    options = {"year": "census year of the table (default: from the column codes or the file name)"}

    def sniff(self, path: Path) -> float:
        return 0.95 if _estat_head(path) else 0.0

    def locate(self, path: Path) -> Location | None:
        try:
            with open(path, "rb") as f:
                for i, raw in enumerate(f):
                    if i >= 2:
                        code = raw.split(b",", 1)[0].strip().decode("ascii", errors="ignore")
                        return _mesh_location(code)
        except OSError:
            return None
        return None

    def read(self, path: Path, writer: Any, options: dict[str, Any]) -> None:
        raw = path.read_bytes()
        try:            # e-Stat ships CP932; a file saved again as UTF-8 is read too (CP932 is rarely valid UTF-8)
            text = raw.decode("utf-8-sig")
        except UnicodeDecodeError:
            try:
                text = raw.decode("cp932")
            except UnicodeDecodeError as exc:
                line = raw[:exc.start].count(b"\n") + 1
                raise InputError(path, f"is not CP932 (Shift_JIS) text: byte {raw[exc.start]:#04x} cannot be read",
                                 line=line) from None
        text = text.lstrip("\ufeff")
        lines = text.splitlines()
        if len(lines) < 2:
            raise InputError(path, "needs two header rows (codes, then labels)", line=len(lines) + 1)
        try:
            header = next(csv.reader([lines[0]]))
            labels = next(csv.reader([lines[1]]))
        except csv.Error as exc:
            raise InputError(path, f"unreadable header ({exc})", line=1) from None
        header = [h.strip() for h in header]
        if header[:4] != list(ESTAT_FIXED):
            raise InputError(path, f"the first header row must begin with {','.join(ESTAT_FIXED)}", line=1)
        codes = [h for h in header[4:]]
        if not codes or any(not c for c in codes):
            raise InputError(path, "the first header row has an empty column code", line=1)
        labels = (labels + [""] * len(header))[:len(header)]
        year = estat_year(path, codes, options.get("year"))
        bands = []
        for code, label in zip(codes, labels[4:]):
            bands.append(estat_band(label, code))
        writer.execute(
            "INSERT INTO mesh_population_codes (code, band, label) SELECT * FROM (SELECT unnest(?) AS code, "
            "unnest(?) AS band, unnest(?) AS label) ON CONFLICT (code) DO UPDATE SET band = excluded.band, "
            "label = excluded.label", [codes, bands, [lab.strip("\u3000 ") or None for lab in labels[4:]]])
        rows = _Rows()
        total = len(lines)
        for n, line in enumerate(lines[2:], start=3):
            if n % 2000 == 0:
                writer.progress(n, total, "lines")
            if not line.strip():
                continue
            try:
                f = next(csv.reader([line]))
            except csv.Error as exc:
                writer.reject(line=n, reason=f"unreadable row ({exc})", raw=line)
                continue
            if len(f) != len(header):
                writer.reject(line=n, reason=f"{len(f)} fields, the header has {len(header)}", raw=line)
                continue
            try:
                code, level = _mesh(f[0])
            except meshcode.MeshCodeError as exc:
                writer.reject(line=n, reason=str(exc), raw=line)
                continue
            state = f[1].strip()
            merged_into = merged_from = None
            if state == "2":
                try:
                    merged_into, _ = _mesh(f[2])
                except meshcode.MeshCodeError as exc:
                    writer.reject(line=n, reason=f"HTKSAKI (the cell it is merged into): {exc}", raw=line)
                    continue
            elif state == "1":
                merged_from = ";".join(c.strip() for c in f[3].split(";") if c.strip()) or None
            elif state not in ("", "0"):
                writer.reject(line=n, reason=f"HTKSYORI must be 0, 1 or 2, not {state!r}", raw=line)
                continue
            values: list[float | None] = []
            bad = None
            for c, v in zip(codes, f[4:]):
                s = v.strip()
                if s in ("*", "", "X", "x", "…"):
                    values.append(None)
                    continue
                if s in ("-", "－"):
                    values.append(0.0)
                    continue
                x = _number(s)
                if x is None:
                    bad = f"{c}: {s!r} is not a number"
                    break
                if x < 0:
                    bad = f"{c}: negative value {s}"
                    break
                values.append(x)
            if bad:
                writer.reject(line=n, reason=bad, raw=line)
                continue
            for band, value in zip(bands, values):
                rows.add(mesh_code=code, level=level, year=year, kind="census", band=band, value=value,
                         merged_into=merged_into, merged_from=merged_from)
        rows.write(writer)


# -- MLIT 500 m mesh future population ----------------------------------------------------------------------

_PTN = re.compile(r"^PTN_?(\d{4})$")
_PT = re.compile(r"^PT(\d{1,2})_?(\d{4})$")
_PTX = re.compile(r"^PT([A-E])_?(\d{4})$")
_HITOKU = re.compile(r"^HITOKU_?(\d{4})$")
AGGREGATE_BANDS = {"A": "0-14", "B": "15-64", "C": "65+", "D": "75+", "E": "80+"}
MLIT_SUFFIXES = (".geojson", ".json", ".shp", ".gpkg", ".fgb", ".zip")


def _mlit_fields(fields: list[str]) -> bool:
    up = {f.upper() for f in fields}
    return "MESH_ID" in up and any(_PTN.match(f) for f in up)


def _mlit_sources(path: Path) -> list[tuple[str, str | None]]:
    """(GDAL path, encoding) of the datasets of ``path``: the file, or the Shapefiles/GeoJSON inside a zip."""
    if not path.is_file() or path.suffix.lower() not in MLIT_SUFFIXES:
        return []
    if path.suffix.lower() == ".zip":
        import zipfile
        try:
            with zipfile.ZipFile(path) as z:
                names = z.namelist()
        except (zipfile.BadZipFile, OSError):
            return []
        out = []
        for name in names:
            if name.lower().endswith((".shp", ".geojson")):
                enc = "cp932" if name.lower().endswith(".shp") and name[:-4] + ".cpg" not in names else None
                out.append((f"/vsizip/{path.absolute()}/{name}", enc))
        return out
    enc = "cp932" if path.suffix.lower() == ".shp" and not path.with_suffix(".cpg").exists() else None
    return [(str(path), enc)]


def _mlit_layers(path: Path) -> list[tuple[str, str | None, str]]:
    import pyogrio
    out = []
    for source, enc in _mlit_sources(path):
        try:
            layers = pyogrio.list_layers(source)
        except Exception:  # noqa: BLE001 - sniffing: not ours
            continue
        for name, _ in layers:
            try:
                info = pyogrio.read_info(source, layer=name, encoding=enc)
            except Exception:  # noqa: BLE001
                continue
            if _mlit_fields([str(f) for f in info.get("fields", ())]):
                out.append((source, enc, str(name)))
    return out


def _age_bands(index_first: int, count: int) -> list[str]:
    """Labels of ``count`` consecutive 5-year bands from 0, the last open-ended."""
    out = [f"{5 * k}-{5 * k + 4}" for k in range(count)]
    out[-1] = f"{5 * (count - 1)}+"
    return out


@register
class MlitMeshProjection(Importer):
    """国土数値情報 500 m mesh future population (2018 and 2024 editions) → ``mesh_population`` (projection)."""

    name = "mlit-mesh-projection"
    version = "1"
    label = "国土数値情報 500m メッシュ別将来推計人口 (GeoJSON, Shapefile)"
    patterns = ("*.geojson", "*.json", "*.shp", "*.gpkg", "*.zip")
    priority = 5
    tables = MESH_TABLES

    def sniff(self, path: Path) -> float:
        return 0.95 if _mlit_layers(path) else 0.0

    def locate(self, path: Path) -> Location | None:
        try:
            import pyogrio.raw
            for source, enc, layer in _mlit_layers(path):
                meta, _, _, data = pyogrio.raw.read(source, layer=layer, encoding=enc, max_features=1,
                                                    read_geometry=False)
                names = [str(f).upper() for f in meta["fields"]]
                if len(data) and len(data[0]):
                    loc = _mesh_location(_nfkc(data[names.index("MESH_ID")][0]))
                    city = _nfkc(data[names.index("SHICODE")][0]) if "SHICODE" in names else ""
                    if loc and re.fullmatch(r"\d{5}", city):
                        return Location(loc.lat, loc.lon, city_code=city)
                    if loc:
                        return loc
        except Exception:  # noqa: BLE001 - locate never raises
            return None
        return None

    def read(self, path: Path, writer: Any, options: dict[str, Any]) -> None:
        import pyogrio.raw
        layers = _mlit_layers(path)
        if not layers:
            raise InputError(path, "has no layer with the fields MESH_ID and PTN_yyyy")
        rows = _Rows()
        for source, enc, layer in layers:
            writer.check_cancelled()
            try:
                meta, _, _, data = pyogrio.raw.read(source, layer=layer, encoding=enc, read_geometry=False)
            except Exception as exc:  # noqa: BLE001
                raise InputError(path, f"cannot be read ({exc})") from None
            fields = {str(n).upper(): v for n, v in zip(meta["fields"], data)}
            self._read_layer(path, fields, writer, rows, layer if len(layers) > 1 else None)
        rows.write(writer)

    def _read_layer(self, path: Path, fields: dict[str, Any], writer: Any, rows: _Rows, layer: str | None) -> None:
        import numpy as np
        ptn = {int(m.group(1)): f for f in fields if (m := _PTN.match(f))}
        years = sorted(ptn)
        bands: dict[int, dict[int, str]] = {}        # year → band index → field
        for f in fields:
            m = _PT.match(f)
            if m:
                bands.setdefault(int(m.group(2)), {})[int(m.group(1))] = f
        aggs = {(int(m.group(2)), m.group(1)): f for f in fields if (m := _PTX.match(f))}
        hitoku = {int(m.group(1)): f for f in fields if (m := _HITOKU.match(f))}
        n = len(fields["MESH_ID"])
        shicode = fields.get("SHICODE", fields.get("CITY_CODE"))
        where = f"layer {layer}, " if layer else ""
        # is index 0 the total (= PTN) or the first 5-year band (bands sum to PTN)?
        first_is_total = self._first_is_total(fields, ptn, bands, n)
        # (year, band, field) in the order stored
        series: list[tuple[int, str, str]] = []
        for year in years:
            series.append((year, "total", ptn[year]))
            idx = sorted(bands.get(year, {}))
            if idx and first_is_total and idx[0] == 0:
                idx = idx[1:]
            if idx:
                series += [(year, lab, bands[year][k]) for lab, k in zip(_age_bands(0, len(idx)), idx)]
            series += [(year, AGGREGATE_BANDS[x], aggs[(year, x)]) for x in "ABCDE" if (year, x) in aggs]
            if year in hitoku:
                flags = {_nfkc(v) for v in fields[hitoku[year]]} - {"", "0", "None", "nan"}
                if flags:
                    writer.warn(f"{path.name}: {hitoku[year]} is set for some meshes (suppressed or estimated "
                                "values); the published values are stored", once_key=f"hitoku-{year}")
        values = {f: _numbers(fields[f]) for _, _, f in series}
        codes = np.empty(n, dtype=object)
        levels = np.zeros(n, dtype=np.int32)
        ok = np.ones(n, dtype=bool)
        reasons: dict[int, str] = {}
        for i in range(n):
            try:
                codes[i], levels[i] = _mesh(fields["MESH_ID"][i])
            except meshcode.MeshCodeError as exc:
                ok[i] = False
                reasons[i] = str(exc)
        if not years:
            ok[:] = False
            reasons.update({i: "no PTN_yyyy year fields" for i in range(n) if i not in reasons})
        for year in years:                                   # a missing total: the year is missing
            bad = ok & np.isnan(values[ptn[year]])
            reasons.update({int(i): f"no value for {year} ({ptn[year]})" for i in np.flatnonzero(bad)})
            ok &= ~bad
            for y, _, f in series:
                if y != year:
                    continue
                neg = ok & (values[f] < 0)
                reasons.update({int(i): f"{f}: negative value {values[f][i]:g}" for i in np.flatnonzero(neg)})
                ok &= ~neg
        for i in sorted(reasons):
            raw = {k: fields[k][i] for k in list(fields)[:8]}
            writer.reject(line=i + 1, item=f"{where}feature {i + 1}", reason=reasons[i], raw=str(raw))
        muni = np.array([None] * n, dtype=object)
        if shicode is not None:
            for i in np.flatnonzero(ok):
                m = _nfkc(shicode[i])
                muni[i] = (m.split(".")[0] if re.fullmatch(r"\d+\.0+", m) else m) or None
        for year, band, f in series:
            take = ok & ~np.isnan(values[f])
            rows.extend(codes[take], levels[take], year, "projection", band, values[f][take], muni[take])

    @staticmethod
    def _first_is_total(fields, ptn, bands, n) -> bool:
        for year, idx in bands.items():
            if 0 not in idx or year not in ptn:
                continue
            for i in range(n):
                t, b0 = _number(fields[ptn[year]][i]), _number(fields[idx[0]][i])
                if t and b0 is not None:
                    if abs(t - b0) < 1e-6 * max(1.0, t):
                        return True
                    rest = [_number(fields[idx[k]][i]) for k in sorted(idx)]
                    if all(r is not None for r in rest) and abs(sum(rest) - t) < 1e-3 * max(1.0, t):
                        return False
        return True


# -- IPSS municipal projections -----------------------------------------------------------------------------

IPSS_COLUMNS = {
    "muni_code": ("muni_code", "code", "市区町村コード", "自治体コード", "団体コード", "コード", "地域コード", "citycode"),
    "muni_name": ("muni_name", "name", "市区町村名", "市区町村", "自治体名", "地域名", "地域"),
    "year": ("year", "年", "年次", "推計年", "西暦"),
    "sex": ("sex", "男女", "性別", "男女別"),
    "age_group": ("age_group", "age", "年齢", "年齢階級", "年齢(5歳階級)", "年齢5歳階級"),
    "population": ("population", "value", "人口", "推計人口", "将来推計人口"),
}
_YEAR_COL = re.compile(r"^(\d{4})年?$")
IPSS_SUFFIXES = (".csv", ".xlsx", ".xlsm")


def _ipss_header(cells: list[Any]) -> dict[str, Any] | None:
    """Column positions when ``cells`` is an IPSS table header: {field: index} plus ``years`` {year: index} for
    a table with years as columns; None otherwise."""
    norm = [_nfkc(c).lower().replace(" ", "") for c in cells]
    pos: dict[str, Any] = {}
    for field, names in IPSS_COLUMNS.items():
        for k, c in enumerate(norm):
            if c in names:
                pos[field] = k
                break
    years = {int(m.group(1)): k for k, c in enumerate(norm) if (m := _YEAR_COL.match(c))}
    if "muni_code" not in pos or "age_group" not in pos:
        return None
    if "year" in pos and "population" in pos:
        return pos
    if years and "year" not in pos and "population" not in pos:
        pos["years"] = years
        return pos
    return None


def _csv_text(path: Path) -> str:
    raw = path.read_bytes()
    try:
        return raw.decode("utf-8-sig")
    except UnicodeDecodeError:
        pass
    try:
        return raw.decode("cp932")
    except UnicodeDecodeError as exc:
        raise InputError(path, f"is neither UTF-8 nor CP932 text: byte {raw[exc.start]:#04x} cannot be read",
                         line=raw[:exc.start].count(b"\n") + 1) from None


def _ipss_sheets(path: Path, *, limit: int | None = None):
    """(sheet name or None, iterator of (line, cells)) of a CSV or XLSX file."""
    if path.suffix.lower() == ".csv":
        if limit is not None:
            with open(path, "rb") as f:
                head = f.read(8192)
            text = head.decode("utf-8-sig", errors="ignore") if not _is_cp932_only(head) else \
                head.decode("cp932", errors="ignore")
            text = text.rsplit("\n", 1)[0] if "\n" in text else text
        else:
            text = _csv_text(path)
        rows = csv.reader(io.StringIO(text, newline=""))
        yield None, ((n, r) for n, r in enumerate(rows, start=1))
        return
    import openpyxl
    try:
        wb = openpyxl.load_workbook(path, read_only=True, data_only=True)
    except Exception as exc:  # noqa: BLE001 - zip, XML and openpyxl errors: the user gets the file and the reason
        raise InputError(path, f"cannot be read as an Excel workbook ({exc})") from None
    try:
        for ws in wb.worksheets:
            yield ws.title, ((n, list(r)) for n, r in enumerate(ws.iter_rows(values_only=True, max_row=limit),
                                                                  start=1))
    finally:
        wb.close()


def _is_cp932_only(head: bytes) -> bool:
    try:
        head.decode("utf-8")
        return False
    except UnicodeDecodeError as exc:
        return exc.start < len(head) - 4


@register
class IpssMunicipalProjection(Importer):
    """IPSS 日本の地域別将来推計人口 municipal tables (CSV, XLSX) → ``municipal_projection``."""

    name = "ipss-projection"
    version = "1"
    label = "社人研 地域別将来推計人口 (IPSS municipal projection, CSV/XLSX)"
    patterns = ("*.csv", "*.xlsx")
    priority = 5
    tables = ("municipal_projection",)

    def sniff(self, path: Path) -> float:
        if not path.is_file() or path.suffix.lower() not in IPSS_SUFFIXES:
            return 0.0
        try:
            for _, rows in _ipss_sheets(path, limit=10):
                for n, cells in rows:
                    if n > 10:
                        break
                    if _ipss_header(cells):
                        return 0.9
        except (InputError, OSError, csv.Error):
            return 0.0
        return 0.0

    def read(self, path: Path, writer: Any, options: dict[str, Any]) -> None:
        out: dict[str, list] = {c: [] for c in ("muni_code", "muni_name", "year", "sex", "age_group", "population")}
        found = False
        for sheet, rows in _ipss_sheets(path):
            pos = None
            where = f"sheet {sheet}: " if sheet else ""
            try:
                for n, cells in rows:
                    if pos is None:
                        pos = _ipss_header(cells)
                        if pos is None and n > 20:
                            break
                        continue
                    found = True
                    if all(c is None or _nfkc(c) == "" for c in cells):
                        continue
                    self._row(n, cells, pos, where, writer, out)
            except csv.Error as exc:
                raise InputError(path, f"unreadable CSV ({exc})", line=n + 1) from None
        if not found:
            raise InputError(path, "has no IPSS table header (municipality code, year, sex, age group, population)",
                             line=1)
        writer.insert_arrow("municipal_projection", pa.table({
            "muni_code": pa.array(out["muni_code"], pa.string()), "muni_name": pa.array(out["muni_name"], pa.string()),
            "year": pa.array(out["year"], pa.int32()), "sex": pa.array(out["sex"], pa.string()),
            "age_group": pa.array(out["age_group"], pa.string()),
            "population": pa.array(out["population"], pa.float64())}))

    @staticmethod
    def _row(n: int, cells: list[Any], pos: dict[str, Any], where: str, writer: Any, out: dict[str, list]) -> None:
        raw = where + ",".join("" if c is None else str(c) for c in cells)

        def cell(field: str) -> Any:
            k = pos.get(field)
            return cells[k] if k is not None and k < len(cells) else None

        code = _nfkc(cell("muni_code"))
        if re.fullmatch(r"\d+\.0+", code):
            code = code.split(".")[0]
        if not re.fullmatch(r"\d{5,6}", code):
            writer.reject(line=n, reason=f"{code!r} is not a municipality code (5 digits)", raw=raw)
            return
        code = code[:5]
        sex_cell = cell("sex")
        sex = sex_of(sex_cell) if sex_cell is not None and _nfkc(sex_cell) else "total"
        if sex is None:
            writer.reject(line=n, reason=f"sex {_nfkc(sex_cell)!r} is not 総数/男/女 (total/male/female)", raw=raw)
            return
        age = age_band(cell("age_group"))
        if age is None:
            writer.reject(line=n, reason=f"age group {_nfkc(cell('age_group'))!r} is not an age group", raw=raw)
            return
        if "years" in pos:
            pairs = [(y, cells[k] if k < len(cells) else None) for y, k in sorted(pos["years"].items())]
        else:
            y = _nfkc(cell("year"))
            m = re.match(r"^(\d{4})", y)
            if not m:
                writer.reject(line=n, reason="missing year" if not y else f"year {y!r} is not a year", raw=raw)
                return
            pairs = [(int(m.group(1)), cell("population"))]
        values = []
        for year, v in pairs:
            x = _number(v)
            if x is None:
                writer.reject(line=n, reason=f"no population for {year}", raw=raw)
                return
            if x < 0:
                writer.reject(line=n, reason=f"negative population {x:g} for {year}", raw=raw)
                return
            values.append((year, x))
        name = _nfkc(cell("muni_name")) or None
        for year, x in values:
            out["muni_code"].append(code)
            out["muni_name"].append(name)
            out["year"].append(year)
            out["sex"].append(sex)
            out["age_group"].append(age)
            out["population"].append(x)


__all__ = ["EstatMeshStatistics", "IpssMunicipalProjection", "MlitMeshProjection", "age_band", "estat_band",
           "sex_of"]
