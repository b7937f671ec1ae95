"""e-Stat 国勢調査 地域メッシュ統計 → ``mesh_population`` (kind ``census``), as downloaded: the text file
(``tblT001101H5436.txt``) or the zip e-Stat serves it in (``tblT001101H5436.zip``, one or more such files).

CP932, CRLF, two header rows: codes (``KEY_CODE,HTKSYORI,HTKSAKI,GASSAN,T001101001,…``), then labels beginning
with a full-width space (``　人口（総数）``). ``*`` is a suppressed value (stored as NULL), ``-`` none (0).
``HTKSYORI`` 1: the cell absorbed the cells listed in ``GASSAN`` (``;``-separated; kept in ``merged_from``);
2: the cell was merged into ``HTKSAKI`` (kept in ``merged_into``). The published values are stored as they are;
``mesh_population_totals`` and the catchments leave merged-in cells out, so no value is counted twice. Each column
code goes into ``mesh_population_codes`` with its band (from the label: ``人口（総数）　男`` → ``male``,
``０～１４歳人口　総数`` → ``0-14``; households and the like keep their code) and label. The census year comes from
the table code (T001101 → 2020, T000876 → 2015, T000609 → 2010), a year in the file name, or the ``year`` option.

Rows with an invalid mesh code, a bad ``HTKSYORI``/``HTKSAKI``, a negative or non-numeric value, or the wrong
number of fields go to ``import_rejects`` with their line (and the zip member).
"""

from __future__ import annotations

import csv
import zipfile
from pathlib import Path
from typing import Any

from importers.population_rows import YEAR_IN_NAME, MeshRows, age_band, mesh_location, nfkc, number, parse_mesh, \
    sex_of
from importers.registry import Importer, register
from twin import meshcode
from twin.crs import Location
from twin.errors import InputError

ESTAT_FIXED = ("KEY_CODE", "HTKSYORI", "HTKSAKI", "GASSAN")
#: e-Stat table code prefix → census year (2020: T001101…, 2015: T000876…, 2010: T000609…)
ESTAT_YEARS = {"T0011": 2020, "T00087": 2015, "T00060": 2010}
#: published cell values meaning "suppressed" (秘匿) and "none"
SUPPRESSED = ("*", "", "X", "x", "…")
NONE = ("-", "－")


def _head_ok(head: bytes) -> bool:
    """Whether the first bytes of a file are an e-Stat mesh statistics header (CP932 or UTF-8)."""
    for enc in ("cp932", "utf-8-sig"):
        try:
            text = head.decode(enc)
        except UnicodeDecodeError as exc:
            text = head[:exc.start].decode(enc, errors="ignore")
        first = text.lstrip("\ufeff").split("\n", 1)[0].strip()
        if [c.strip() for c in first.split(",")][:2] == ["KEY_CODE", "HTKSYORI"]:
            return True
    return False


def estat_members(path: Path) -> list[str | None]:
    """What of ``path`` is e-Stat mesh statistics: ``[None]`` for the text file itself, the member names for a zip,
    ``[]`` when nothing is."""
    if not path.is_file():
        return []
    if path.suffix.lower() == ".zip":
        try:
            with zipfile.ZipFile(path) as z:
                out = []
                for info in z.infolist():
                    if info.filename.lower().endswith((".txt", ".csv")) and not info.is_dir():
                        with z.open(info) as f:
                            if _head_ok(f.read(4096)):
                                out.append(info.filename)
                return out
        except (zipfile.BadZipFile, OSError, RuntimeError):
            return []
    with open(path, "rb") as f:
        return [None] if _head_ok(f.read(4096)) else []


def _decode(path: Path, raw: bytes, where: str) -> str:
    try:            # e-Stat ships CP932; a file saved again as UTF-8 is read too (CP932 is rarely valid UTF-8)
        text = raw.decode("utf-8-sig")
    except UnicodeDecodeError:
        try:
            text = raw.decode("cp932")
        except UnicodeDecodeError as exc:
            line = raw[:exc.start].count(b"\n") + 1
            raise InputError(path, f"{where}is not CP932 (Shift_JIS) text: byte {raw[exc.start]:#04x} cannot be "
                                   "read", line=line) from None
    return text.lstrip("\ufeff")


def estat_band(label: str, code: str) -> str:
    """The band of an e-Stat column from its label: ``人口（総数）`` → total, ``人口（総数）　男`` → male,
    ``０～１４歳人口　女`` → ``0-14_female``; the code itself when the label is no population band (households,
    foreigners …)."""
    parts = nfkc(label).split()
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


def estat_year(path: Path, codes: list[str], option: Any, name: str | None = None) -> int:
    """The census year: the ``year`` option, else the table code, else a year in the file (or member) name."""
    if option not in (None, ""):
        try:
            return int(option)
        except (TypeError, ValueError):
            raise InputError(path, f"the year option must be a year such as 2020, not {option!r}") from None
    for code in codes:
        for prefix, year in ESTAT_YEARS.items():
            if code.upper().startswith(prefix):
                return year
    m = YEAR_IN_NAME.search(name or path.name)
    if m:
        return int(m.group(1))
    raise InputError(path, "the census year cannot be told from the column codes or the file name; give it with "
                           "the year option (e.g. year=2020)", line=1)


def _values(codes: list[str], fields: list[str]) -> tuple[list[float | None], str | None]:
    """The published values of a row (None = suppressed) or the reason the row is refused."""
    values: list[float | None] = []
    for c, v in zip(codes, fields):
        s = v.strip()
        if s in SUPPRESSED:
            values.append(None)
        elif s in NONE:
            values.append(0.0)
        elif (x := number(s)) is None:
            return values, f"{c}: {s!r} is not a number"
        elif x < 0:
            return values, f"{c}: negative value {s}"
        else:
            values.append(x)
    return values, None


@register
class EstatMeshStatistics(Importer):
    """e-Stat 国勢調査 地域メッシュ統計 text files (or their zip) → ``mesh_population`` (kind ``census``)."""

    name = "estat-mesh"
    version = "2"
    label = "e-Stat 国勢調査 地域メッシュ統計 (census mesh statistics, .txt or .zip)"
    patterns = ("*.txt", "*.csv", "*.zip")
    priority = 5
    tables = ("mesh_population", "population_mesh_cells", "mesh_population_codes")
    options = {"year": "census year of the table (default: from the column codes or the file name)"}

    def sniff(self, path: Path) -> float:
        return 0.95 if estat_members(path) else 0.0

    def locate(self, path: Path) -> Location | None:
        try:
            members = estat_members(path)
            if not members:
                return None
            if members[0] is None:
                f = open(path, "rb")
            else:
                z = zipfile.ZipFile(path)
                f = z.open(members[0])
            with f:
                for i, raw in enumerate(f):
                    if i >= 2:
                        return mesh_location(raw.split(b",", 1)[0].strip().decode("ascii", errors="ignore"))
        except (OSError, zipfile.BadZipFile, RuntimeError):
            return None
        return None

    def read(self, path: Path, writer: Any, options: dict[str, Any]) -> None:
        members = estat_members(path)
        if not members:
            raise InputError(path, "has no e-Stat mesh statistics table (a first row beginning KEY_CODE,HTKSYORI)",
                             line=1)
        rows = MeshRows()
        code_rows: list[list] = []   # each member's (codes, bands, labels), upserted after the rows
        for member in members:
            writer.check_cancelled()
            if member is None:
                raw = path.read_bytes()
            else:
                with zipfile.ZipFile(path) as z:
                    raw = z.read(member)
            self._read_text(path, member, _decode(path, raw, f"{member}: " if member else ""), writer, options, rows,
                            code_rows)
        rows.write(writer)
        # after the rows: an update of existing rows before them made DuckDB 1.5.5 corrupt rows it spilled
        # (twin.store.sources.insert_arrow)
        for params in code_rows:
            writer.execute(
                "INSERT INTO mesh_population_codes (code, band, label) SELECT * FROM (SELECT unnest(?) AS code, "
                "unnest(?) AS band, unnest(?) AS label) ON CONFLICT (code) DO UPDATE SET band = excluded.band, "
                "label = excluded.label", params)

    def _read_text(self, path: Path, member: str | None, text: str, writer: Any, options: dict[str, Any],
                   rows: MeshRows, code_rows: list[list]) -> None:
        where = f"{member}: " if member else ""
        lines = text.splitlines()
        if len(lines) < 2:
            raise InputError(path, f"{where}needs two header rows (codes, then labels)", line=len(lines) + 1)
        try:
            header = [h.strip() for h in next(csv.reader([lines[0]]))]
            labels = next(csv.reader([lines[1]]))
        except csv.Error as exc:
            raise InputError(path, f"{where}unreadable header ({exc})", line=1) from None
        if header[:4] != list(ESTAT_FIXED):
            raise InputError(path, f"{where}the first header row must begin with {','.join(ESTAT_FIXED)}", line=1)
        codes = header[4:]
        if not codes or any(not c for c in codes):
            raise InputError(path, f"{where}the first header row has an empty column code", line=1)
        labels = (labels + [""] * len(header))[:len(header)]
        year = estat_year(path, codes, options.get("year"), member)
        bands = [estat_band(label, code) for code, label in zip(codes, labels[4:])]
        code_rows.append([codes, bands, [lab.strip("\u3000 ") or None for lab in labels[4:]]])
        total = len(lines)

        def reject(n: int, reason: str, line: str) -> None:
            writer.reject(line=n, item=member, reason=reason, raw=line)

        for n, line in enumerate(lines[2:], start=3):
            if n % 2000 == 0:
                writer.progress(n, total, "lines")
            if not line.strip():
                continue
            try:
                f = next(csv.reader([line]))
            except csv.Error as exc:
                reject(n, f"unreadable row ({exc})", line)
                continue
            if len(f) != len(header):
                reject(n, f"{len(f)} fields, the header has {len(header)}", line)
                continue
            try:
                code, level = parse_mesh(f[0])
            except meshcode.MeshCodeError as exc:
                reject(n, str(exc), line)
                continue
            state = f[1].strip()
            merged_into = merged_from = None
            if state == "2":
                try:
                    merged_into, _ = parse_mesh(f[2])
                except meshcode.MeshCodeError as exc:
                    reject(n, f"HTKSAKI (the cell it is merged into): {exc}", line)
                    continue
            elif state == "1":
                merged_from = ";".join(c.strip() for c in f[3].split(";") if c.strip()) or None
            elif state not in ("", "0"):
                reject(n, f"HTKSYORI must be 0, 1 or 2, not {state!r}", line)
                continue
            values, bad = _values(codes, f[4:])
            if bad:
                reject(n, bad, line)
                continue
            for band, value in zip(bands, values):
                rows.add(mesh_code=code, level=level, year=year, kind="census", band=band, value=value,
                         merged_into=merged_into, merged_from=merged_from)


__all__ = ["ESTAT_FIXED", "ESTAT_YEARS", "EstatMeshStatistics", "estat_band", "estat_members", "estat_year"]
