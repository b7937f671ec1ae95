"""Sample 500 m mesh future population for Kaga City (17206) in the 国土数値情報 2024-edition layout.

Invented but plausible, and deterministic (no random stream: a hash of the mesh code gives each cell its small
irregularity). ½ meshes over the city's land (a box around Kaga, the sea cut off along a straight coast line),
people around the five centres (Kaga Onsen Station / 作見・動橋, 大聖寺, 山代温泉, 山中温泉, 片山津温泉) and a
thin rural background. City totals follow the published path: 63,263 in the 2020 census, about 49,000 in 2040
(IPSS), continued to 2070; the centres decline more slowly than the hot-spring towns in the hills and the
countryside, and the population ages. Only the 2020 total and the centres' positions are real.

Layout (§7 of the operations reference): ``MESH_ID``, ``SHICODE``, ``PTN_yyyy`` (total), ``PT00_yyyy`` (total),
``PT01_yyyy … PT20_yyyy`` (0–4 … 90–94, 95+), ``PTA…PTE`` (0–14, 15–64, 65+, 75+, 80+), ``RTA…RTE`` (their shares
in %), ``HITOKU_yyyy`` (blank), EPSG:6668.
"""

from __future__ import annotations

import hashlib
import math
import sys
from pathlib import Path

import numpy as np

ROOT = Path(__file__).resolve().parents[2]
POPULATION_PATH = ROOT / "sample_data" / "population" / "kaga_mesh_population_2024.zip"
MEMBER = "kaga_mesh_population_2024.geojson"
CITY_CODE = "17206"
YEARS = tuple(range(2020, 2075, 5))
#: city totals: 2020 census, then about the IPSS path (49,000 in 2040), continued to 2070
CITY_TOTALS = dict(zip(YEARS, (63263, 59450, 55600, 52300, 49000, 45700, 42500, 39400, 36500, 33700, 31000)))
#: (name, lat, lon, share of 2020 people, sigma in km, extra decline per year)
CENTRES = (
    ("kaga_onsen_station", 36.3202, 136.3505, 0.22, 1.3, -0.004),
    ("daishoji", 36.3069, 136.3131, 0.30, 1.2, 0.000),
    ("yamashiro", 36.2850, 136.3620, 0.17, 1.0, 0.002),
    ("yamanaka", 36.2460, 136.3750, 0.11, 0.9, 0.006),
    ("katayamazu", 36.3340, 136.3890, 0.11, 1.0, 0.003),
)
RURAL_SHARE = 0.09
BOX = (36.20, 136.24, 36.375, 136.47)                  # south, west, north, east
COAST = ((36.285, 136.240), (36.385, 136.400))         # land lies south-east of this line
#: 2020 shares (%) of the 5-year bands 0–4 … 90–94, 95+, and their yearly drift (ageing)
BAND_SHARES = np.array([3.2, 3.7, 4.1, 4.3, 3.6, 3.6, 4.2, 4.9, 5.9, 6.8, 6.2, 6.0, 6.6, 8.3, 9.5, 6.9, 5.8, 4.0,
                        1.9, 0.6])
BAND_DRIFT = np.array([-0.014] * 3 + [-0.008] * 10 + [0.004, 0.006, 0.010, 0.012, 0.014, 0.016, 0.018])


def _mesh():
    sys.path.insert(0, str(ROOT))
    try:
        from twin import meshcode
    finally:
        sys.path.remove(str(ROOT))
    return meshcode


def _jitter(code: str) -> float:
    """A fixed number in [0, 1) from the mesh code."""
    return int(hashlib.sha256(f"17206-{code}".encode()).hexdigest()[:8], 16) / 2 ** 32


def _largest_remainder(weights: np.ndarray, total: int) -> np.ndarray:
    w = np.asarray(weights, dtype=float)
    exact = w / w.sum() * total if w.sum() > 0 else np.zeros_like(w)
    out = np.floor(exact).astype(np.int64)
    rest = total - int(out.sum())
    if rest > 0:
        order = np.argsort(-(exact - out), kind="stable")
        out[order[:rest]] += 1
    return out


def land_cells() -> list[str]:
    """½-mesh codes whose centre lies on land inside the box around Kaga City."""
    meshcode = _mesh()
    (lat0, lon0), (lat1, lon1) = COAST
    codes = set()
    # step by whole cells from a cell's centre (a start on a cell edge drifts below the next edge in floating
    # point and hits one row twice and skips the next)
    rows, cols = int((BOX[2] - BOX[0]) * 240) + 1, int((BOX[3] - BOX[1]) * 160) + 1
    for i in range(rows):
        for j in range(cols):
            lat, lon = BOX[0] + (i + 0.5) / 240, BOX[1] + (j + 0.5) / 160
            if lat < BOX[2] and lon < BOX[3]:
                codes.add(meshcode.code_for(round(lat, 6), round(lon, 6), 4))
    out = []
    for c in sorted(codes):
        la, lo = (float(v) for v in meshcode.centre(c))
        coast_lat = lat0 + (lo - lon0) / (lon1 - lon0) * (lat1 - lat0)
        if la < coast_lat:
            out.append(c)
    return out


def build() -> tuple[list[str], dict[str, np.ndarray]]:
    """(mesh codes, field → values), the file's attribute table."""
    meshcode = _mesh()
    codes = land_cells()
    centres = np.array([[float(v) for v in meshcode.centre(c)] for c in codes])
    km_lat, km_lon = 111.0, 111.0 * math.cos(math.radians(36.3))
    weight = np.zeros(len(codes))
    decline = np.full(len(codes), 0.016)
    young = np.zeros(len(codes))
    kernels = []
    for name, la, lo, share, sigma, extra in CENTRES:
        d2 = ((centres[:, 0] - la) * km_lat) ** 2 + ((centres[:, 1] - lo) * km_lon) ** 2
        k = np.exp(-d2 / (2 * sigma ** 2))
        kernels.append((share * k / k.sum(), extra, name))
    rural = np.array([0.4 + 0.6 * _jitter(c) for c in codes])
    rural *= np.where(centres[:, 0] < 36.225, 0.3, 1.0)            # the mountains in the south
    rural = RURAL_SHARE * rural / rural.sum()
    for w, extra, name in kernels:
        weight += w
    weight += rural
    for w, extra, name in kernels:
        decline += extra * w / weight
        if name == "kaga_onsen_station":
            young += w / weight
    decline += 0.008 * rural / weight
    weight *= 0.85 + 0.3 * np.array([_jitter(c + "w") for c in codes])
    base = _largest_remainder(weight, CITY_TOTALS[2020])
    keep = base >= 5                                                # cells with a handful of people or more
    codes = [c for c, k in zip(codes, keep) if k]
    weight, decline, young = weight[keep], decline[keep], young[keep]
    fields: dict[str, np.ndarray] = {"MESH_ID": np.array(codes, dtype=object),
                                     "SHICODE": np.array([CITY_CODE] * len(codes), dtype=object)}
    for year in YEARS:
        t = year - 2020
        totals = _largest_remainder(weight * np.exp(-decline * t), CITY_TOTALS[year])
        shares = BAND_SHARES * np.exp(BAND_DRIFT * t)
        bands = np.zeros((len(codes), 20), dtype=np.int64)
        for i, total in enumerate(totals):
            s = shares.copy()
            s[:3] *= 1 + 0.3 * young[i]
            s[3:13] *= 1 + 0.1 * young[i]
            s *= 0.95 + 0.1 * np.array([_jitter(f"{codes[i]}-{year}-{b}") for b in range(20)])
            bands[i] = _largest_remainder(s, int(total))
        fields[f"PTN_{year}"] = totals
        fields[f"PT00_{year}"] = totals.copy()
        for b in range(20):
            fields[f"PT{b + 1:02d}_{year}"] = bands[:, b]
        agg = {"A": bands[:, 0:3].sum(1), "B": bands[:, 3:13].sum(1), "C": bands[:, 13:].sum(1),
               "D": bands[:, 15:].sum(1), "E": bands[:, 16:].sum(1)}
        for x, v in agg.items():
            fields[f"PT{x}_{year}"] = v
        for x, v in agg.items():
            fields[f"RT{x}_{year}"] = np.round(np.where(totals > 0, v / np.maximum(totals, 1) * 100, 0.0), 2)
        fields[f"HITOKU_{year}"] = np.array([""] * len(codes), dtype=object)
    return codes, fields


def write_population(out: Path | None = None) -> Path:
    """Write the sample as a GeoJSON (EPSG:6668) inside a zip, as 国土数値情報 ships its files (the importer reads
    it there), byte for byte the same on every run; return the zip's path."""
    import tempfile
    import zipfile

    import geopandas as gpd
    from shapely.geometry import Polygon
    meshcode = _mesh()
    path = Path(out) if out else POPULATION_PATH
    path.parent.mkdir(parents=True, exist_ok=True)
    codes, fields = build()
    gdf = gpd.GeoDataFrame(fields, geometry=[Polygon(meshcode.polygon(c)) for c in codes], crs="EPSG:6668")
    with tempfile.TemporaryDirectory() as tmp:
        member = Path(tmp) / MEMBER
        gdf.to_file(member, driver="GeoJSON", engine="pyogrio", layer_options={"RFC7946": "NO", "WRITE_BBOX": "NO"})
        info = zipfile.ZipInfo(MEMBER, date_time=(2024, 1, 1, 0, 0, 0))
        info.compress_type = zipfile.ZIP_DEFLATED
        info.external_attr = 0o644 << 16
        with zipfile.ZipFile(path, "w") as z:
            z.writestr(info, member.read_bytes(), compresslevel=9)
    return path


if __name__ == "__main__":   # pragma: no cover
    print(write_population(Path(sys.argv[1]) if len(sys.argv) > 1 else None))
