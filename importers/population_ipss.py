"""IPSS 日本の地域別将来推計人口 municipal tables (CSV or XLSX) → ``municipal_projection``: municipality code and
name, year, sex, 5-year age group, population.

A header row (within the first 20 rows of each sheet, below any title rows) names the municipality code, the age
group and either a year and a population column (a long table) or years as columns (``2020``, ``2025年`` …, a wide
table), in Japanese or English. The sex comes from a sex column (総数/男/女); without one, from the sheet's name
(a workbook with the sheets 総数, 男, 女), else the rows are both sexes (``total``). Age groups are normalised
(``0～4歳`` → ``0-4``, ``90歳以上`` → ``90+``, ``総数`` → ``total``); the table's own total rows are kept as
``total``, so sums over age groups must leave them out.

Rows with a bad municipality code, sex or age group, a missing year or population, or a negative population go to
``import_rejects`` with their line (and sheet) and are skipped whole.
"""

from __future__ import annotations

import csv
import io
import re
from pathlib import Path
from typing import Any

import pyarrow as pa

from importers.population_rows import age_band, nfkc, number, plain_code, sex_of
from importers.registry import Importer, register
from twin.errors import InputError

IPSS_COLUMNS = {
    "muni_code": ("muni_code", "code", "市区町村コード", "自治体コード", "団体コード", "コード", "地域コード", "citycode"),
    "muni_name": ("muni_name", "name", "市区町村名", "市区町村", "自治体名", "地域名", "地域"),
    "year": ("year", "年", "年次", "推計年", "西暦"),
    "sex": ("sex", "男女", "性別", "男女別"),
    "age_group": ("age_group", "age", "年齢", "年齢階級", "年齢(5歳階級)", "年齢5歳階級"),
    "population": ("population", "value", "人口", "推計人口", "将来推計人口"),
}
OUT_COLUMNS = ("muni_code", "muni_name", "year", "sex", "age_group", "population")
_YEAR_COL = re.compile(r"^(\d{4})年?$")
IPSS_SUFFIXES = (".csv", ".xlsx", ".xlsm")


def _ipss_header(cells: list[Any]) -> dict[str, Any] | None:
    """Column positions when ``cells`` is an IPSS table header: {field: index} plus ``years`` {year: index} for
    a table with years as columns; None otherwise."""
    norm = [nfkc(c).lower().replace(" ", "") for c in cells]
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
        out: dict[str, list] = {c: [] for c in OUT_COLUMNS}
        found = False
        n = 0
        for sheet, rows in _ipss_sheets(path):
            pos = None
            sheet_sex = sex_of(sheet) if sheet else None
            above: dict[str, Any] = {}
            try:
                for n, cells in rows:
                    if pos is None:
                        pos = _ipss_header(cells)
                        found = found or pos is not None
                        if pos is None and n > 20:
                            break
                        continue
                    if all(c is None or nfkc(c) == "" for c in cells):
                        continue
                    self._row(n, list(cells), pos, sheet, sheet_sex, above, writer, out)
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
    def _row(n: int, cells: list[Any], pos: dict[str, Any], sheet: str | None, sheet_sex: str | None,
             above: dict[str, Any], writer: Any, out: dict[str, list]) -> None:
        """One data row → ``out`` (one entry per year), or a reject. ``above`` carries the code, name and sex of the
        rows above into cells left empty (a spreadsheet's merged cells)."""
        raw = ",".join("" if c is None else str(c) for c in cells)

        def cell(field: str) -> Any:
            k = pos.get(field)
            v = cells[k] if k is not None and k < len(cells) else None
            if field in ("muni_code", "muni_name", "sex"):
                if v is None or nfkc(v) == "":
                    return above.get(field)
                if field == "muni_code" and v != above.get(field):
                    above.pop("muni_name", None)            # a new municipality: never another one's name
                above[field] = v
            return v

        def reject(reason: str) -> None:
            writer.reject(line=n, item=f"sheet {sheet}" if sheet else None, reason=reason, raw=raw)

        code = plain_code(cell("muni_code"))
        if not re.fullmatch(r"\d{5,6}", code):
            reject(f"{code!r} is not a municipality code (5 digits)")
            return
        code = code[:5]
        sex_cell = cell("sex")
        if sex_cell is not None and nfkc(sex_cell):
            sex = sex_of(sex_cell)
        else:
            sex = sheet_sex or "total"
        if sex is None:
            reject(f"sex {nfkc(sex_cell)!r} is not 総数/男/女 (total/male/female)")
            return
        age = age_band(cell("age_group"))
        if age is None:
            reject(f"age group {nfkc(cell('age_group'))!r} is not an age group")
            return
        if "years" in pos:
            pairs = [(y, cells[k] if k < len(cells) else None) for y, k in sorted(pos["years"].items())]
        else:
            y = nfkc(cell("year"))
            m = re.match(r"^(\d{4})", y)
            if not m:
                reject("missing year" if not y else f"year {y!r} is not a year")
                return
            pairs = [(int(m.group(1)), cell("population"))]
        values = []
        for year, v in pairs:
            x = number(v)
            if x is None:
                reject(f"no population for {year}")
                return
            if x < 0:
                reject(f"negative population {x:g} for {year}")
                return
            values.append((year, x))
        name = nfkc(cell("muni_name")) or None
        for year, x in values:
            out["muni_code"].append(code)
            out["muni_name"].append(name)
            out["year"].append(year)
            out["sex"].append(sex)
            out["age_group"].append(age)
            out["population"].append(x)


__all__ = ["IPSS_COLUMNS", "IpssMunicipalProjection"]
