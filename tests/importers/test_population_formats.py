"""Population inputs as they are downloaded: the e-Stat census mesh zip, e-Stat mesh boundary Shapefiles (checked
against the computed cells), MLIT 2024 and 2018 Shapefiles in their zips (10-character field names, CP932 without
.cpg), IPSS workbooks with one sheet per sex and merged code cells; bad rows reported by row."""

from __future__ import annotations

import zipfile
from pathlib import Path

import numpy as np
import pytest

from importers.registry import find_importer, import_path
from test_population_import import ESTAT_HEADER, ESTAT_LABELS, ESTAT_ROWS, q
from twin import meshcode

CELLS = ("543632881", "543632882", "543632883", "543632884")


def rejects(store):
    return q(store, "SELECT line, item, reason FROM import_rejects ORDER BY coalesce(line, 0), item")


def zip_folder(folder: Path, out: Path) -> Path:
    with zipfile.ZipFile(out, "w") as z:
        for p in sorted(folder.iterdir()):
            z.write(p, f"{folder.name}/{p.name}")
    return out


# -- e-Stat: the zip e-Stat serves ----------------------------------------------------------------------------


def test_estat_zip_as_downloaded(store, tmp_path):
    rows = [*ESTAT_ROWS, "5436328X1,0,,,5,2,3,1,1,1"]                       # line 7: not a mesh code
    text = "\r\n".join([ESTAT_HEADER, ESTAT_LABELS, *rows]) + "\r\n"
    path = tmp_path / "tblT001101H5436.zip"
    with zipfile.ZipFile(path, "w") as z:
        z.writestr("tblT001101H5436.txt", text.encode("cp932"))
    assert find_importer(path).name == "estat-mesh"
    report = import_path(store, path)
    assert report.crs == "EPSG:6675"                                          # located by the first cell
    totals = q(store, "SELECT year, value, cells, suppressed_cells FROM mesh_population_totals WHERE band = 'total'")
    assert totals == [(2020, 1290.0, 2, 1)]                                   # merged cell counted once
    got = rejects(store)
    assert [(r[0], r[1]) for r in got] == [(7, "tblT001101H5436.txt")] and "mesh code" in got[0][2]


def test_estat_zip_without_a_table_is_not_estat(tmp_path):
    from importers.population_estat import EstatMeshStatistics
    path = tmp_path / "other.zip"
    with zipfile.ZipFile(path, "w") as z:
        z.writestr("readme.txt", "KEY,VALUE\r\n")
    assert EstatMeshStatistics().sniff(path) == 0.0


# -- e-Stat mesh boundaries ---------------------------------------------------------------------------------------


def write_boundaries(folder: Path, crs="EPSG:4612", shift=None, codes=CELLS, parts=None) -> Path:
    """A MESH05436-style Shapefile: KEY_CODE, MESH1_ID … MESH4_ID, OBJ_ID; ``shift`` {index: degrees} moves a cell."""
    import geopandas as gpd
    from shapely import affinity
    from shapely.geometry import Polygon
    folder.mkdir(parents=True, exist_ok=True)
    geoms = []
    for k, c in enumerate(codes):
        try:
            g = Polygon(meshcode.polygon(c))
        except meshcode.MeshCodeError:
            g = Polygon(meshcode.polygon(CELLS[0]))
        geoms.append(affinity.translate(g, xoff=(shift or {}).get(k, 0.0)))
    parts = parts or [(c[:4], c[4:6], c[6:8], c[8:9]) for c in codes]
    gdf = gpd.GeoDataFrame({"KEY_CODE": list(codes), "MESH1_ID": [p[0] for p in parts],
                            "MESH2_ID": [p[1] for p in parts], "MESH3_ID": [p[2] for p in parts],
                            "MESH4_ID": [p[3] for p in parts], "OBJ_ID": list(range(1, len(codes) + 1))},
                           geometry=geoms, crs="EPSG:4612").to_crs(crs)
    path = folder / "MESH05436.shp"
    gdf.to_file(path)
    return path


def test_estat_boundaries_match_the_computed_cells(store, tmp_path):
    shp = write_boundaries(tmp_path / "MESH05436")
    path = zip_folder(shp.parent, tmp_path / "MESH05436.zip")
    assert find_importer(path).name == "estat-mesh-boundary"
    assert find_importer(shp).name == "estat-mesh-boundary"
    import_path(store, path)
    assert [r[0] for r in q(store, "SELECT mesh_code FROM mesh_cells ORDER BY 1")] == list(CELLS)
    assert rejects(store) == []
    # the cells are the ones every population importer writes (the same polygon for the same code)
    import shapely
    poly = shapely.from_wkb(bytes(q(store, "SELECT ST_AsWKB(geom) FROM mesh_cells WHERE mesh_code = '543632881'")
                                  [0][0]))
    minx, miny, maxx, maxy = poly.bounds
    assert 400 < maxy - miny < 500 and 500 < maxx - minx < 600


def test_estat_boundaries_off_their_cells_are_rejected_by_feature(store, tmp_path):
    codes = (*CELLS, "5436328X1", "543632891")
    parts = [(c[:4], c[4:6], c[6:8], c[8:9]) for c in codes]
    parts[5] = ("5436", "32", "88", "1")                                  # feature 6: parts of another cell
    shp = write_boundaries(tmp_path / "b", codes=codes, shift={1: 1e-4}, parts=parts)
    import_path(store, shp)
    got = rejects(store)
    assert [r[1] for r in got] == ["feature 2", "feature 5", "feature 6"]
    assert "off its JIS X 0410 cell" in got[0][2] and "m;" in got[0][2]
    assert "KEY_CODE" in got[1][2] and "does not begin KEY_CODE" in got[2][2]
    assert [r[0] for r in q(store, "SELECT mesh_code FROM mesh_cells ORDER BY 1")] == ["543632881", "543632883",
                                                                                        "543632884"]


def test_estat_boundaries_in_a_projected_crs(store, tmp_path):
    import_path(store, write_boundaries(tmp_path / "p", crs="EPSG:6675"))
    assert rejects(store) == [] and q(store, "SELECT count(*) FROM mesh_cells")[0][0] == 4


# -- MLIT Shapefiles in their zips ----------------------------------------------------------------------------


def mlit_2024_frame(codes=CELLS[:3], hitoku=None):
    import geopandas as gpd
    from shapely.geometry import Polygon
    n = len(codes)
    base = np.array([2100.0, 420.0, 30.0, 10.0][:n])
    cols = {"MESH_ID": list(codes), "SHICODE": ["17206"] * n}
    for year in range(2020, 2075, 5):
        tot = np.round(base * (1 - 0.01 * (year - 2020)), 1)
        cols[f"PTN_{year}"] = tot
        cols[f"PT00_{year}"] = tot
        for k in range(1, 21):
            cols[f"PT{k:02d}_{year}"] = tot / 20
        for x, frac in zip("ABCDE", (0.15, 0.5, 0.35, 0.25, 0.2)):
            cols[f"PT{x}_{year}"] = tot * frac
            cols[f"RT{x}_{year}"] = np.full(n, frac * 100)
        cols[f"HITOKU{year}"] = [(hitoku or {}).get((i, year), "") for i in range(n)]

    def cell(c):
        try:
            return Polygon(meshcode.polygon(c))
        except meshcode.MeshCodeError:          # a bad code in the test data: any polygon will do
            return Polygon(meshcode.polygon(CELLS[0]))
    return gpd.GeoDataFrame(cols, geometry=[cell(c) for c in codes], crs="EPSG:6668")


def test_mlit_2024_shapefile_zip_as_downloaded(store, tmp_path):
    folder = tmp_path / "mesh500_2024_17"
    folder.mkdir()
    shp = folder / "500m_mesh_2024_17.shp"
    with pytest.warns(RuntimeWarning, match="255 fields"):          # 365 fields: GDAL writes them, and warns
        mlit_2024_frame(hitoku={(2, 2070): "1"}).to_file(shp, encoding="cp932")
    shp.with_suffix(".cpg").unlink(missing_ok=True)                          # MLIT ships no .cpg
    path = zip_folder(folder, tmp_path / "mesh500_2024_17.zip")
    assert find_importer(path).name == "mlit-mesh-projection"
    report = import_path(store, path)
    assert any("HITOKU2070" in w for w in report.warnings)
    rows = dict(((r[0], r[1], r[2]), r[3]) for r in q(
        store, "SELECT mesh_code, year, band, value FROM mesh_population"))
    assert rows[("543632881", 2070, "total")] == pytest.approx(1050)
    assert rows[("543632881", 2020, "95+")] == pytest.approx(105)
    assert rows[("543632882", 2040, "75+")] == pytest.approx(420 * 0.8 * 0.25)
    assert ("543632881", 2020, "90+") not in rows
    years = [r[0] for r in q(store, "SELECT DISTINCT year FROM mesh_population ORDER BY 1")]
    assert years == list(range(2020, 2075, 5))
    # 3 cells × 11 years × (total + 20 bands + 5 aggregates)
    assert q(store, "SELECT count(*) FROM mesh_population")[0][0] == 3 * 11 * 26


def test_mlit_2024_reject_rows_by_feature_and_keep_the_rest(store, tmp_path):
    gdf = mlit_2024_frame(codes=("543632881", "54363288", "543632889", "543632884"))
    gdf.loc[3, "PTN_2045"] = -1.0
    path = tmp_path / "m.geojson"
    gdf.to_file(path, driver="GeoJSON")
    import_path(store, path)
    got = rejects(store)
    assert [r[1] for r in got] == ["feature 3", "feature 4"]
    assert "mesh code" in got[0][2] and "negative" in got[1][2] and "PTN_2045" in got[1][2]
    # a 1 km (3rd-level) code is a valid mesh: stored with its level
    assert q(store, "SELECT DISTINCT mesh_code, level FROM mesh_population ORDER BY 1") == [
        ("54363288", 3), ("543632881", 4)]


# -- IPSS: one sheet per sex ---------------------------------------------------------------------------------------


def test_ipss_sheets_per_sex_with_merged_code_cells(store, tmp_path):
    import openpyxl
    wb = openpyxl.Workbook()
    wb.remove(wb.active)
    for sheet, factor in (("総数", 1.0), ("男", 0.48), ("女", 0.52)):
        ws = wb.create_sheet(sheet)
        ws.append(["日本の地域別将来推計人口（令和5(2023)年推計）"])
        ws.append([])
        ws.append(["コード", "市区町村", "年齢", "2020年", "2025年"])
        ws.append([17206, "加賀市", "総数", 63263 * factor, 59450 * factor])
        ws.append([None, None, "0～4歳", 1800 * factor, 1600 * factor])         # merged cells: empty below
        ws.append([17201, "金沢市", "総数", 463254 * factor, 460000 * factor])
        ws.append([None, None, "90歳以上", 6000 * factor, None])               # line 7: no 2025 value
    path = tmp_path / "ipss.xlsx"
    wb.save(path)
    import_path(store, path)
    got = q(store, "SELECT muni_code, muni_name, sex, age_group, year, population FROM municipal_projection "
                   "WHERE year = 2020 ORDER BY muni_code, sex, age_group")
    assert [(r[0], r[1], r[2], r[3]) for r in got if r[0] == "17206"] == [
        ("17206", "加賀市", "female", "0-4"), ("17206", "加賀市", "female", "total"),
        ("17206", "加賀市", "male", "0-4"), ("17206", "加賀市", "male", "total"),
        ("17206", "加賀市", "total", "0-4"), ("17206", "加賀市", "total", "total")]
    assert {r[1] for r in got if r[0] == "17201"} == {"金沢市"}
    assert [(r[0], r[1]) for r in rejects(store)] == [(7, "sheet 女"), (7, "sheet 男"), (7, "sheet 総数")]
    assert all("no population for 2025" in r[2] for r in rejects(store))


def test_each_population_importer_claims_only_its_own_files(tmp_path):
    from importers.population import EstatMeshBoundaries, EstatMeshStatistics, IpssMunicipalProjection, \
        MlitMeshProjection
    from twin.paths import SAMPLE_CENSUS_MESH, SAMPLE_CENTRELINES, SAMPLE_IPSS, SAMPLE_POPULATION

    boundary = write_boundaries(tmp_path / "b")
    geojson = tmp_path / "m.geojson"
    mlit_2024_frame().to_file(geojson, driver="GeoJSON")
    own = {EstatMeshStatistics: [SAMPLE_CENSUS_MESH], EstatMeshBoundaries: [boundary],
           IpssMunicipalProjection: [SAMPLE_IPSS], MlitMeshProjection: [SAMPLE_POPULATION, geojson]}
    every = [p for files in own.values() for p in files] + [SAMPLE_CENTRELINES]
    for cls, files in own.items():
        for p in every:
            assert (cls().sniff(p) > 0) == (p in files), (cls.name, p.name)
