"""Sample population tables beside the mesh projection (``population.py``), consistent with it, deterministic:

* ``kaga_ipss_r5_projection.xlsx``: an IPSS-style municipal projection for Kaga City (17206), 2020–2050 by sex
  and 5-year age group (0–4 … 85–89, 90+, and the table's own 総数 row), one sheet per sex (総数, 男, 女) with the
  years as columns below a title row. The age groups are the mesh sample's city sums (so the 2020 total is the
  census's 63,263 and 2040 is 49,000); the sexes are split by a fixed male share per age group. 2020 by sex is the
  census mesh file's sum, as IPSS projections start from the census.
* ``tblT001101H5436.zip``: the 2020 census as e-Stat serves 地域メッシュ統計 (a zip holding
  ``tblT001101H5436.txt``: CP932, CRLF, the code row and the label row, columns T001101001–034), for the mesh
  sample's cells with their 2020 values, split by sex. Two cells are suppressed (every value ``*``) and one small
  cell is merged into its neighbour (HTKSYORI 2 → HTKSAKI; the neighbour, HTKSYORI 1, lists both in GASSAN and
  publishes the combined values), on purpose. 18+ and 20+ are taken from the 15–19 band (3/5 and all of it).

Only the layouts and the 2020 total are real; the numbers are invented.
"""

from __future__ import annotations

import io
import re
import sys
import zipfile
from pathlib import Path

import numpy as np

from kaga_sample.population import CITY_CODE, ROOT, _jitter, build

OUT_DIR = ROOT / "sample_data" / "population"
IPSS_PATH = OUT_DIR / "kaga_ipss_r5_projection.xlsx"
CENSUS_PATH = OUT_DIR / "tblT001101H5436.zip"
CENSUS_MEMBER = "tblT001101H5436.txt"
IPSS_YEARS = tuple(range(2020, 2055, 5))
ZIP_TIME = (2024, 1, 1, 0, 0, 0)
#: the male share of each 5-year band 0–4 … 90–94, 95+ (men die younger)
MALE_SHARE = np.array([0.513, 0.512, 0.512, 0.515, 0.52, 0.52, 0.512, 0.505, 0.50, 0.50, 0.50, 0.495, 0.49, 0.48,
                       0.47, 0.45, 0.42, 0.37, 0.30, 0.22])
AGE_LABELS = [f"{5 * k}～{5 * k + 4}歳" for k in range(18)] + ["90歳以上"]
#: e-Stat T001101 columns: (code suffix, label, which bands, what of them) — band indices 0 = 0–4 … 19 = 95+
SEXES = (("総数", None), ("男", "male"), ("女", "female"))
ESTAT_GROUPS = (("人口（総数）", 0, 20), ("０～１４歳人口", 0, 3), ("１５歳以上人口", 3, 20),
                ("１５～６４歳人口", 3, 13), ("１８歳以上人口", 3, 20), ("２０歳以上人口", 4, 20),
                ("６５歳以上人口", 13, 20), ("７５歳以上人口", 15, 20), ("８５歳以上人口", 17, 20),
                ("９５歳以上人口", 19, 20), ("外国人人口", 0, 20))
SUPPRESSED = 2          # cells with every value '*'
FOREIGN_SHARE = 0.012
PERSONS_PER_HOUSEHOLD = 2.6


def _bands(fields: dict, year: int) -> np.ndarray:
    """(cells, 20) band counts of a year of the mesh sample."""
    return np.stack([np.asarray(fields[f"PT{b + 1:02d}_{year}"], dtype=np.int64) for b in range(20)], 1)


def _males(codes: list[str], bands: np.ndarray) -> np.ndarray:
    """Men per cell and band: the band times its male share, rounded up or down by a fixed number from the cell's
    code and the band (so small cells are not all rounded the same way)."""
    u = np.array([[_jitter(f"{c}-male-{b}") for b in range(bands.shape[1])] for c in codes])
    return np.floor(bands * MALE_SHARE + u).astype(np.int64)


# -- the census mesh file ----------------------------------------------------------------------------------------


def _merged_pair(codes: list[str], totals: np.ndarray, skip: set[int]) -> tuple[int, int]:
    """(small cell, the neighbour it is merged into): the smallest cell with a populated neighbour."""
    sys.path.insert(0, str(ROOT))
    try:
        from twin import meshcode
    finally:
        sys.path.remove(str(ROOT))
    index = {c: i for i, c in enumerate(codes)}
    for i in np.argsort(totals, kind="stable"):
        if int(i) in skip:
            continue
        for d in ("E", "N", "W", "S"):
            j = index.get(meshcode.neighbours(codes[i]).get(d, ""))
            if j is not None and j not in skip:
                return int(i), j
    raise RuntimeError("no mergeable cell")


def census_rows(codes: list[str], bands: np.ndarray) -> tuple[list[str], list[str], list[list[str]]]:
    """(code row, label row, data rows) of the 2020 census file; see the module docstring."""
    n = len(codes)
    male = _males(codes, bands)
    sex_bands = {None: bands, "male": male, "female": bands - male}
    totals = bands.sum(1)
    suppressed = set(int(i) for i in np.argsort(totals, kind="stable")[:SUPPRESSED])
    small, into = _merged_pair(codes, totals, suppressed)
    header = ["KEY_CODE", "HTKSYORI", "HTKSAKI", "GASSAN"]
    labels = ["", "", "", ""]
    columns = []
    for label, lo, hi in ESTAT_GROUPS:
        for sex_label, sex in SEXES:
            values = sex_bands[sex][:, lo:hi].sum(1)
            if label.startswith("１８"):                  # 15+ less the 15–17 year olds, 3/5 of the 15–19 band
                values = values - np.floor(sex_bands[sex][:, 3] * 3 / 5 + 0.5).astype(np.int64)
            if label.startswith("外国人"):
                values = np.floor(values * FOREIGN_SHARE + 0.5).astype(np.int64)
            columns.append(values)
            text = label if sex is None and label.startswith("人口") else f"{label}　{sex_label}"
            labels.append("　" + text)
    columns.append(np.floor(totals / PERSONS_PER_HOUSEHOLD + 0.5).astype(np.int64))
    labels.append("　世帯総数")
    header += [f"T001101{k:03d}" for k in range(1, len(columns) + 1)]
    table = np.stack(columns, 1)
    rows = []
    for i, code in enumerate(codes):
        values = table[i] + (table[small] if i == into else 0)
        cells = ["*"] * len(columns) if i in suppressed else [str(int(v)) for v in values]
        if i == small:
            rows.append([code, "2", codes[into], "", *cells])
        elif i == into:
            rows.append([code, "1", "", f"{codes[into]};{codes[small]}", *cells])
        else:
            rows.append([code, "0", "", "", *cells])
    return header, labels, rows


def write_census(out: Path | None = None) -> Path:
    """Write the 2020 census mesh zip (see the module docstring), byte for byte the same on every run."""
    path = Path(out) if out else CENSUS_PATH
    path.parent.mkdir(parents=True, exist_ok=True)
    codes, fields = build()
    header, labels, rows = census_rows(list(codes), _bands(fields, 2020))
    text = "\r\n".join(",".join(r) for r in [header, labels, *rows]) + "\r\n"
    _write_zip(path, {CENSUS_MEMBER: text.encode("cp932")})
    return path


# -- the IPSS table ----------------------------------------------------------------------------------------------


def ipss_table() -> dict[str, dict[int, np.ndarray]]:
    """sex (総数/男/女) → year → the 19 IPSS age groups (0–4 … 85–89, 90+) of Kaga City."""
    codes, fields = build()
    out: dict[str, dict[int, np.ndarray]] = {"総数": {}, "男": {}, "女": {}}
    for year in IPSS_YEARS:
        cells = _bands(fields, year)
        bands = cells.sum(0)
        if year == 2020:            # the census by sex (the census mesh file's cells)
            male = _males(list(codes), cells).sum(0)
        else:
            male = np.floor(bands * MALE_SHARE + 0.5).astype(np.int64)
        for sex, values in (("総数", bands), ("男", male), ("女", bands - male)):
            out[sex][year] = np.append(values[:18], values[18:].sum())
    return out


def write_ipss(out: Path | None = None) -> Path:
    """Write the IPSS-style workbook (see the module docstring), byte for byte the same on every run."""
    import openpyxl
    path = Path(out) if out else IPSS_PATH
    path.parent.mkdir(parents=True, exist_ok=True)
    table = ipss_table()
    wb = openpyxl.Workbook()
    wb.remove(wb.active)
    for sex, by_year in table.items():
        ws = wb.create_sheet(sex)
        ws.append([f"日本の地域別将来推計人口（令和5(2023)年推計）　男女・年齢（5歳）階級別人口　{sex}（サンプル）"])
        ws.append([])
        ws.append(["コード", "市区町村", "年齢", *[f"{y}年" for y in IPSS_YEARS]])
        ws.append([CITY_CODE, "加賀市", "総数", *[int(by_year[y].sum()) for y in IPSS_YEARS]])
        for k, label in enumerate(AGE_LABELS):
            ws.append([CITY_CODE, "加賀市", label, *[int(by_year[y][k]) for y in IPSS_YEARS]])
    buf = io.BytesIO()
    wb.save(buf)
    with zipfile.ZipFile(buf) as z:
        members = {name: z.read(name) for name in z.namelist()}
    core = members["docProps/core.xml"].decode()   # openpyxl stamps the time of saving: fix it
    core = re.sub(r"(<dcterms:(?:created|modified)[^>]*>)[^<]*", r"\g<1>2023-12-22T00:00:00Z", core)
    members["docProps/core.xml"] = core.encode()
    _write_zip(path, members)
    return path


def _write_zip(path: Path, members: dict[str, bytes]) -> None:
    with zipfile.ZipFile(path, "w") as z:
        for name, data in members.items():
            info = zipfile.ZipInfo(name, date_time=ZIP_TIME)
            info.compress_type = zipfile.ZIP_DEFLATED
            info.external_attr = 0o644 << 16
            z.writestr(info, data, compresslevel=9)


def write_population_tables(out_dir: Path | None = None) -> list[Path]:
    """Write both files into ``out_dir`` (default: ``sample_data/population``)."""
    d = Path(out_dir) if out_dir else OUT_DIR
    return [write_ipss(d / IPSS_PATH.name), write_census(d / CENSUS_PATH.name)]


if __name__ == "__main__":   # pragma: no cover
    for p in write_population_tables(Path(sys.argv[1]) if len(sys.argv) > 1 else None):
        print(p)
