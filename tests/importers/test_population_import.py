"""Population importers (importers/population.py): e-Stat census mesh statistics (CP932, two header rows,
suppressed and merged cells), MLIT 500 m mesh future population (2018 and 2024 layouts), IPSS municipal tables
(CSV, XLSX), bad rows in import_rejects, and totals that do not count merged cells twice."""

from __future__ import annotations

from pathlib import Path

import numpy as np
import pytest

from importers.registry import find_importer, import_path
from twin import meshcode
from twin.errors import InputError

ESTAT_HEADER = "KEY_CODE,HTKSYORI,HTKSAKI,GASSAN,T001101001,T001101002,T001101003,T001101004,T001101019,T001101034"
ESTAT_LABELS = (",,,,　人口（総数）,　人口（総数）　男,　人口（総数）　女,　０～１４歳人口　総数,"
                "　６５歳以上人口　総数,　世帯総数")
ESTAT_ROWS = [
    "543632881,0,,,1200,580,620,150,400,500",
    "543632882,0,,,*,*,*,*,*,*",                          # suppressed
    "543632883,1,,543632883;543632884,90,44,46,10,30,40",  # absorbed 543632884
    "543632884,2,543632883,,7,3,4,1,2,3",                  # merged into 543632883 (small numbers still shown)
]


def write_estat(path: Path, rows=ESTAT_ROWS) -> Path:
    text = "\r\n".join([ESTAT_HEADER, ESTAT_LABELS, *rows]) + "\r\n"
    path.write_bytes(text.encode("cp932"))
    return path


def q(store, sql, params=None):
    return store.query(sql, params) if params is not None else store.query(sql)


def rejects(store):
    return q(store, "SELECT line, reason FROM import_rejects ORDER BY line")


# -- e-Stat -------------------------------------------------------------------------------------------------


def test_estat_values_suppressed_merged_and_codes(store, tmp_path):
    path = write_estat(tmp_path / "tblT001101H5436.txt")
    assert find_importer(path).name == "estat-mesh"
    import_path(store, path)
    rows = dict(((r[0], r[1]), r[2]) for r in q(
        store, "SELECT mesh_code, band, value FROM mesh_population WHERE kind = 'census' AND year = 2020"))
    assert rows[("543632881", "total")] == 1200
    assert rows[("543632881", "male")] == 580
    assert rows[("543632881", "female")] == 620
    assert rows[("543632881", "0-14")] == 150
    assert rows[("543632881", "65+")] == 400
    assert rows[("543632881", "T001101034")] == 500          # households: kept under their code
    assert rows[("543632882", "total")] is None              # '*' → NULL
    assert q(store, "SELECT DISTINCT level FROM mesh_population") == [(4,)]
    merged = q(store, "SELECT DISTINCT mesh_code, merged_into, merged_from FROM mesh_population "
                      "WHERE merged_into IS NOT NULL OR merged_from IS NOT NULL ORDER BY mesh_code")
    assert merged == [("543632883", None, "543632883;543632884"), ("543632884", "543632883", None)]
    codes = dict((r[0], (r[1], r[2])) for r in q(store, "SELECT code, band, label FROM mesh_population_codes"))
    assert codes["T001101001"] == ("total", "人口（総数）")
    assert codes["T001101002"][0] == "male"
    assert codes["T001101004"] == ("0-14", "０～１４歳人口　総数")
    assert codes["T001101034"][0] == "T001101034"
    # long format: one row per mesh and column
    assert q(store, "SELECT count(*) FROM mesh_population")[0][0] == 4 * 6
    assert rejects(store) == []


def test_estat_totals_do_not_count_merged_cells_twice(store, tmp_path):
    import_path(store, write_estat(tmp_path / "tblT001101H5436.txt"))
    total = q(store, "SELECT value, cells, suppressed_cells FROM mesh_population_totals "
                     "WHERE kind = 'census' AND year = 2020 AND band = 'total'")
    assert total == [(1200 + 90, 2, 1)]                      # 7 of the merged cell is inside 90


def test_estat_mesh_cells_in_project_crs(store, tmp_path):
    import_path(store, write_estat(tmp_path / "tblT001101H5436.txt"))
    from pyproj import Transformer
    cells = dict((r[0], r[1]) for r in q(store, "SELECT mesh_code, ST_AsWKB(geom) FROM mesh_cells"))
    assert sorted(cells) == ["543632881", "543632882", "543632883", "543632884"]
    import shapely
    poly = shapely.from_wkb(bytes(cells["543632881"]))
    ring = np.asarray(meshcode.polygon("543632881"))
    tr = Transformer.from_crs("EPSG:6668", store.crs, always_xy=True)
    x, y = tr.transform(ring[:, 0], ring[:, 1])
    assert np.allclose(np.asarray(poly.exterior.coords), np.column_stack([x, y]), atol=1e-6)
    minx, miny, maxx, maxy = poly.bounds
    assert 400 < maxy - miny < 500 and 500 < maxx - minx < 600      # a ½ mesh: ~463 m × ~559 m at 36° N


def test_estat_bad_rows_are_rejected_with_line_numbers(store, tmp_path):
    rows = ESTAT_ROWS[:1] + ["5436328X1,0,,,5,2,3,1,1,1",            # line 4: bad mesh code
                             "543632889,0,,,5,2,3,1,1,1",            # line 5: ½ digit 9
                             "543632891,0,,,-5,2,3,1,1,1",           # line 6: negative
                             "543632892,0,,,5,2"]                     # line 7: short row
    import_path(store, write_estat(tmp_path / "tblT001101H5436.txt", rows))
    got = rejects(store)
    assert [r[0] for r in got] == [4, 5, 6, 7]
    assert "mesh code" in got[0][1] and "mesh code" in got[1][1]
    assert "negative" in got[2][1]
    assert q(store, "SELECT DISTINCT mesh_code FROM mesh_population") == [("543632881",)]


def test_estat_unreadable_file_names_file_and_line(store, tmp_path):
    path = tmp_path / "tblT001101H5436.txt"
    good = write_estat(path).read_bytes()
    path.write_bytes(good + b"543632893,0,,,\x81\x20,1,1,1,1,1\r\n")     # invalid CP932 lead/trail pair, line 7
    with pytest.raises(InputError) as err:
        import_path(store, path)
    assert err.value.line == 7 and str(path) in str(err.value)
    assert q(store, "SELECT count(*) FROM mesh_population")[0][0] == 0    # nothing half-imported


def test_estat_year_from_option_when_code_unknown(store, tmp_path):
    path = tmp_path / "mesh.txt"
    path.write_bytes(("KEY_CODE,HTKSYORI,HTKSAKI,GASSAN,X001\r\n,,,,　人口（総数）\r\n543632881,0,,,10\r\n")
                     .encode("cp932"))
    with pytest.raises(InputError):
        import_path(store, path)
    import_path(store, path, options={"year": "2015"})
    assert q(store, "SELECT year, band, value FROM mesh_population") == [(2015, "total", 10.0)]


# -- MLIT -------------------------------------------------------------------------------------------------


def _cells_gdf(codes, columns, crs="EPSG:6668"):
    import geopandas as gpd
    from shapely.geometry import Polygon
    def cell(c):
        try:
            return Polygon(meshcode.polygon(c))
        except meshcode.MeshCodeError:          # a bad code in the test data: any polygon will do
            return Polygon(meshcode.polygon(codes[0]))
    geoms = [cell(c) for c in codes]
    return gpd.GeoDataFrame({"MESH_ID": codes, **columns}, geometry=geoms, crs=crs)


def write_mlit_2018(path: Path, codes=("543632881", "543632882"), ptn2015=(1000.0, 500.0)) -> Path:
    cols = {"SHICODE": ["17206"] * len(codes)}
    for year, factor in ((2015, 1.0), (2020, 0.9), (2050, 0.6)):
        tot = np.asarray(ptn2015) * factor
        cols[f"PTN_{year}"] = tot
        cols[f"PT0_{year}"] = tot
        share = np.full(19, 1 / 19)
        for k in range(1, 20):
            cols[f"PT{k}_{year}"] = tot * share[k - 1]
        cols[f"PTA_{year}"] = tot * 3 / 19
        cols[f"PTC_{year}"] = tot * 6 / 19
        cols[f"RTA_{year}"] = np.full(len(codes), 300 / 19)
    _cells_gdf(list(codes), cols).to_file(path, driver="GeoJSON")
    return path


def write_mlit_2024(path: Path, codes=("543632881", "543632882", "543632883"), bad=None) -> Path:
    n = len(codes)
    base = np.asarray([2100.0, 420.0, 0.0][:n] + [100.0] * max(0, n - 3))
    cols = {"SHICODE": ["17206"] * n}
    for year in range(2020, 2075, 5):
        tot = np.round(base * (1 - 0.012 * (year - 2020)), 1)
        cols[f"PTN_{year}"] = tot
        cols[f"PT00_{year}"] = tot                         # total, then 0–4 … 95+ (20 bands)
        for k in range(1, 21):
            cols[f"PT{k:02d}_{year}"] = tot / 20
        for x, frac in zip("ABCDE", (3 / 20, 10 / 20, 7 / 20, 5 / 20, 4 / 20)):
            cols[f"PT{x}_{year}"] = tot * frac
            cols[f"RT{x}_{year}"] = np.full(n, frac * 100)
        cols[f"HITOKU_{year}"] = [""] * n
    if bad:
        for (i, field), v in bad.items():
            cols[field] = list(cols[field])
            cols[field][i] = v
    _cells_gdf(list(codes), cols).to_file(path, driver="GeoJSON")
    return path


def test_mlit_2018_layout_long(store, tmp_path):
    path = write_mlit_2018(tmp_path / "500m_mesh_2018_17.geojson")
    assert find_importer(path).name == "mlit-mesh-projection"
    import_path(store, path)
    rows = dict(((r[0], r[1], r[2]), r[3]) for r in q(
        store, "SELECT mesh_code, year, band, value FROM mesh_population WHERE kind = 'projection'"))
    assert rows[("543632881", 2015, "total")] == pytest.approx(1000)
    assert rows[("543632881", 2050, "total")] == pytest.approx(600)
    assert rows[("543632881", 2015, "0-4")] == pytest.approx(1000 / 19)
    assert rows[("543632881", 2015, "90+")] == pytest.approx(1000 / 19)      # PT19 = 90+
    assert rows[("543632881", 2015, "0-14")] == pytest.approx(3000 / 19)
    assert rows[("543632881", 2015, "65+")] == pytest.approx(6000 / 19)
    bands = {r[0] for r in q(store, "SELECT DISTINCT band FROM mesh_population")}
    assert "85-89" in bands and "95+" not in bands and not any(b.startswith("RT") for b in bands)
    assert q(store, "SELECT DISTINCT muni_code, level FROM mesh_population") == [("17206", 4)]
    assert sorted(r[0] for r in q(store, "SELECT DISTINCT year FROM mesh_population")) == [2015, 2020, 2050]
    # every row is one (mesh, year, band): 2 meshes × 3 years × (total + 19 bands + 0-14 + 65+)
    assert q(store, "SELECT count(*) FROM mesh_population")[0][0] == 2 * 3 * 22
    assert q(store, "SELECT count(*) FROM mesh_cells")[0][0] == 2


def test_mlit_2024_layout_and_city_totals(store, tmp_path):
    path = write_mlit_2024(tmp_path / "mesh500h30_17.geojson")
    import_path(store, path)
    rows = dict(((r[0], r[1], r[2]), r[3]) for r in q(
        store, "SELECT mesh_code, year, band, value FROM mesh_population"))
    assert rows[("543632881", 2020, "total")] == 2100
    assert rows[("543632881", 2020, "0-4")] == pytest.approx(105)
    assert rows[("543632881", 2020, "95+")] == pytest.approx(105)
    assert rows[("543632881", 2020, "15-64")] == pytest.approx(1050)
    assert rows[("543632881", 2020, "80+")] == pytest.approx(420)
    assert rows[("543632883", 2070, "total")] == 0
    assert max(r[0] for r in q(store, "SELECT year FROM mesh_population")) == 2070
    totals = dict(q(store, "SELECT year, value FROM mesh_population_totals WHERE band = 'total' "
                           "AND muni_code = '17206'"))
    assert totals[2020] == pytest.approx(2520)


def test_mlit_bad_features_rejected(store, tmp_path):
    path = write_mlit_2024(tmp_path / "mesh.geojson", codes=("543632881", "543632889", "543632883", "543632884"),
                           bad={(2, "PT05_2030"): -3.0, (3, "PTN_2040"): None})
    import_path(store, path)
    got = rejects(store)
    assert [r[0] for r in got] == [2, 3, 4]
    assert "mesh code" in got[0][1] and "negative" in got[1][1] and "2040" in got[2][1]
    assert q(store, "SELECT DISTINCT mesh_code FROM mesh_population") == [("543632881",)]


def test_mlit_shapefile(store, tmp_path):
    path = write_mlit_2018(tmp_path / "500m_mesh_2018_17.geojson")
    import geopandas as gpd
    shp = tmp_path / "shp" / "500m_mesh_2018_17.shp"
    shp.parent.mkdir()
    gpd.read_file(path).to_file(shp)
    assert find_importer(shp).name == "mlit-mesh-projection"
    import_path(store, shp)
    assert q(store, "SELECT value FROM mesh_population WHERE mesh_code = '543632882' AND year = 2020 "
                    "AND band = 'total'")[0][0] == pytest.approx(450)


# -- IPSS -------------------------------------------------------------------------------------------------

IPSS_HEADER = ["市区町村コード", "市区町村名", "年", "男女", "年齢", "人口"]
IPSS_ROWS = [
    ["17206", "加賀市", "2020", "総数", "総数", "63263"],
    ["17206", "加賀市", "2020", "男", "0～4歳", "1,005"],
    ["17206", "加賀市", "2040", "女", "90歳以上", "1610"],
    ["17206", "加賀市", "", "男", "5～9歳", "1200"],          # line 5: missing year
    ["17206", "加賀市", "2045", "男", "5～9歳", "-3"],        # line 6: negative
    ["172", "加賀市", "2045", "男", "5～9歳", "3"],           # line 7: bad code
]


def check_ipss(store, first_line=2):
    rows = q(store, "SELECT muni_code, muni_name, year, sex, age_group, population FROM municipal_projection "
                    "ORDER BY year, sex")
    assert rows == [("17206", "加賀市", 2020, "male", "0-4", 1005.0), ("17206", "加賀市", 2020, "total", "total", 63263.0),
                    ("17206", "加賀市", 2040, "female", "90+", 1610.0)]
    got = rejects(store)
    assert [r[0] for r in got] == [first_line + 3, first_line + 4, first_line + 5]
    assert "missing year" in got[0][1] and "negative" in got[1][1] and "code" in got[2][1]


def test_ipss_csv(store, tmp_path):
    path = tmp_path / "ipss_r5.csv"
    lines = [",".join(f'"{c}"' if "," in c else c for c in r) for r in [IPSS_HEADER, *IPSS_ROWS]]
    path.write_bytes(("\r\n".join(lines) + "\r\n").encode("cp932"))
    assert find_importer(path).name == "ipss-projection"
    import_path(store, path)
    check_ipss(store)


def test_ipss_xlsx(store, tmp_path):
    import openpyxl
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "石川県"
    ws.append(["日本の地域別将来推計人口（令和5年推計）"])          # a title row above the header
    ws.append(IPSS_HEADER)
    for r in IPSS_ROWS:
        ws.append([int(r[0]), r[1], int(r[2]) if r[2] else None, r[3], r[4],
                   float(r[5].replace(",", ""))])
    path = tmp_path / "ipss_r5.xlsx"
    wb.save(path)
    assert find_importer(path).name == "ipss-projection"
    import_path(store, path)
    check_ipss(store, first_line=3)


def test_ipss_years_as_columns(store, tmp_path):
    path = tmp_path / "wide.csv"
    path.write_text("code,name,sex,age,2020,2025年\n17206,加賀市,total,total,63263,59700\n", encoding="utf-8")
    import_path(store, path)
    assert q(store, "SELECT year, population FROM municipal_projection ORDER BY year") == [(2020, 63263.0),
                                                                                          (2025, 59700.0)]


def test_reimport_replaces_rows(store, tmp_path):
    path = write_estat(tmp_path / "tblT001101H5436.txt")
    import_path(store, path)
    import_path(store, path)
    assert q(store, "SELECT count(*) FROM mesh_population")[0][0] == 24
    assert q(store, "SELECT count(*) FROM population_mesh_cells")[0][0] == 4


# -- the bundled sample ------------------------------------------------------------------------------------------

ROOT = Path(__file__).resolve().parents[2]


def _sample_module():
    import sys
    sys.path.insert(0, str(ROOT / "sample_data"))
    try:
        from kaga_sample import population
    finally:
        sys.path.remove(str(ROOT / "sample_data"))
    return population


def test_sample_population_is_generated_deterministically(tmp_path):
    pop = _sample_module()
    out = pop.write_population(tmp_path / "pop.zip")
    assert out.read_bytes() == pop.POPULATION_PATH.read_bytes()


def test_sample_population_imports_with_city_totals(store):
    pop = _sample_module()
    assert find_importer(pop.POPULATION_PATH).name == "mlit-mesh-projection"
    import_path(store, pop.POPULATION_PATH)
    totals = dict(q(store, "SELECT year, value FROM mesh_population_totals WHERE band = 'total' "
                           "AND muni_code = '17206' AND kind = 'projection'"))
    assert totals == {y: float(v) for y, v in pop.CITY_TOTALS.items()}
    assert totals[2020] == 63263 and 48000 <= totals[2040] <= 50000
    path = [totals[y] for y in sorted(totals)]
    assert all(a > b for a, b in zip(path, path[1:]))
    # five-year bands add up to the totals, and the city ages
    five = "band IN ('95+') OR regexp_matches(band, '^[0-9]+-[0-9]+$') AND band NOT IN ('0-14', '15-64')"
    bands = dict(q(store, f"SELECT year, sum(value) FROM mesh_population WHERE {five} GROUP BY year"))
    assert bands == totals
    share65 = dict(q(store, "SELECT year, sum(value) FILTER (WHERE band = '65+') / sum(value) FILTER "
                            "(WHERE band = 'total') FROM mesh_population GROUP BY year"))
    assert share65[2050] > share65[2020] > 0.3
    # the sample block around Kaga Onsen Station has people, the station's cell most of them
    block = dict(q(store, "SELECT substr(mesh_code, 1, 8), sum(value) FROM mesh_population WHERE year = 2020 "
                          "AND band = 'total' AND mesh_code LIKE '543632%' GROUP BY 1"))
    assert block.get("54363288", 0) > 500
    assert q(store, "SELECT count(*) FROM mesh_cells")[0][0] == \
        q(store, "SELECT count(DISTINCT mesh_code) FROM mesh_population")[0][0]
    assert rejects(store) == []


def test_sniffers_leave_other_files_alone(tmp_path):
    import geopandas as gpd
    from shapely.geometry import LineString

    from importers.population import EstatMeshStatistics, IpssMunicipalProjection, MlitMeshProjection
    from twin.paths import SAMPLE_DEM

    lines = tmp_path / "roads.geojson"
    gpd.GeoDataFrame({"name": ["a"]}, geometry=[LineString([(136.3, 36.3), (136.31, 36.31)])],
                     crs="EPSG:6668").to_file(lines, driver="GeoJSON")
    csv_other = tmp_path / "reports.csv"
    csv_other.write_text("受付番号,緯度,経度,投稿日時\n1,36.3,136.3,2025/1/9\n", encoding="utf-8")
    txt = tmp_path / "notes.txt"
    txt.write_text("KEY,VALUE\n1,2\n", encoding="utf-8")
    others = [lines, csv_other, txt, SAMPLE_DEM]
    for imp in (EstatMeshStatistics(), IpssMunicipalProjection(), MlitMeshProjection()):
        for p in others:
            assert imp.sniff(p) == 0.0, (imp.name, p.name)
    estat = write_estat(tmp_path / "t.txt")
    assert IpssMunicipalProjection().sniff(estat) == 0.0 and MlitMeshProjection().sniff(estat) == 0.0


def test_unreadable_workbook_names_the_file(store, tmp_path):
    path = tmp_path / "ipss.xlsx"
    path.write_bytes(b"PK\x03\x04 not really a workbook")
    with pytest.raises(InputError) as err:
        import_path(store, path, importer="ipss-projection")
    assert str(path) in str(err.value)
    assert q(store, "SELECT count(*) FROM municipal_projection")[0][0] == 0


def test_mesh_imports_choose_the_project_crs(store, tmp_path):
    """An empty project takes Ishikawa's plane rectangular zone (VII) from the mesh codes themselves."""
    assert store.crs_source == "default"
    report = import_path(store, write_mlit_2024(tmp_path / "mesh.geojson"))
    assert store.crs == report.crs == "EPSG:6675" and store.crs_source == "auto"


def test_estat_saved_again_as_utf8(store, tmp_path):
    path = tmp_path / "tblT001101H5436.txt"
    path.write_bytes(("\r\n".join([ESTAT_HEADER, ESTAT_LABELS, *ESTAT_ROWS]) + "\r\n").encode("utf-8-sig"))
    assert find_importer(path).name == "estat-mesh"
    import_path(store, path)
    assert q(store, "SELECT label FROM mesh_population_codes WHERE code = 'T001101003'") == [("人口（総数）　女",)]
