"""Pavement survey importer (importers/pavement_surveys.py): 路面性状調査 CSV with Japanese or English headers, CP932 /
UTF-8 with BOM, 緯度/経度 or WKT POINT / LINESTRING, MCI computed (σ from IRI), matching to road segments, rejects
with line, reason and raw text, the map option."""

from __future__ import annotations

from pathlib import Path

import pytest
import shapely
from pyproj import Transformer

from importers.registry import find_importer, import_path
from twin.errors import InputError
from twin.pavement import mci


def write(path: Path, text: str, encoding: str = "utf-8", bom: bool = False) -> Path:
    path.write_bytes((b"\xef\xbb\xbf" if bom else b"") + text.replace("\n", "\r\n").encode(encoding))
    return path


def surveys(store) -> list[dict]:
    cur = store.cursor()
    try:
        res = cur.execute("SELECT *, ST_AsText(geom) AS wkt FROM pavement_surveys ORDER BY id")
        names = [d[0] for d in res.description]
        return [dict(zip(names, r)) for r in res.fetchall()]
    finally:
        cur.close()


JA = ("区間番号,調査日,ひび割れ率(%),わだち掘れ量(mm),平たん性(mm),IRI(mm/m),緯度,経度\n"
      "1.00001E5,R6.10.3,10,5,2,,36.3021,136.3151\n"
      "100002,令和6年10月3日,30,50,,4.0,36.3030,136.3160\n"
      "100003,2024/10/4,0,0,,,36.3040,136.3170\n")


def test_japanese_cp932_survey_with_mci(store, tmp_path):
    f = write(tmp_path / "路面性状調査.csv", JA, encoding="cp932")
    assert find_importer(f).name == "pavement_survey_csv"
    r = import_path(store, f)
    assert r.counts["pavement_surveys"] == 3 and r.rejected == 0
    got = surveys(store)
    assert [g["external_id"] for g in got] == ["100001", "100002", "100003"]
    assert [str(g["surveyed_on"]) for g in got] == ["2024-10-03", "2024-10-03", "2024-10-04"]
    assert (got[0]["crack_pct"], got[0]["rut_mm"], got[0]["sigma_mm"], got[0]["iri"]) == (10.0, 5.0, 2.0, None)
    assert got[0]["mci"] == pytest.approx(5.55057, abs=1e-5)           # hand value, see tests/twin/test_pavement.py
    assert got[1]["mci"] == pytest.approx(0.85926, abs=1e-5)           # σ from IRI 4.0
    assert got[2]["mci"] == 10.0
    x, y = Transformer.from_crs("EPSG:4326", store.crs, always_xy=True).transform(136.3151, 36.3021)
    assert got[0]["wkt"].startswith("POINT") and shapely.from_wkt(got[0]["wkt"]).distance(shapely.Point(x, y)) < 1e-6
    assert (got[0]["lat"], got[0]["lon"]) == (36.3021, 136.3151) and got[0]["segment_id"] is None


def test_english_headers_wkt_point_and_linestring(store, tmp_path):
    text = ("section_id\tsurveyed_on\tcrack_pct\trut_mm\tiri\tWKT\n"
            "A-1\t2025-05-01\t25\t12\t2.22\tLINESTRING (136.3150 36.3020, 136.3170 36.3020)\n"
            "A-2\t2025-05-01\t5\t3\t\tPOINT (136.3180 36.3025)\n")
    f = write(tmp_path / "survey.txt", text, bom=True)
    assert find_importer(f).name == "pavement_survey_csv"
    r = import_path(store, f)
    assert r.counts["pavement_surveys"] == 2 and r.rejected == 0
    a1, a2 = surveys(store)
    assert a1["wkt"].startswith("LINESTRING") and a2["wkt"].startswith("POINT")
    assert a1["mci"] == pytest.approx(mci(25, 12, iri=2.22)) and a1["sigma_mm"] is None
    assert a1["mci"] == pytest.approx(min(10 - 1.48 * 25 ** 0.3 - 0.29 * 12 ** 0.7 - 0.47,
                                          10 - 1.51 * 25 ** 0.3 - 0.30 * 12 ** 0.7, 10 - 2.23 * 25 ** 0.3))
    assert a1["lat"] == pytest.approx(36.3020, abs=1e-6) and a1["lon"] == pytest.approx(136.3160, abs=1e-5)
    assert a2["mci"] == pytest.approx(mci(5, 3))


def test_bad_rows_go_to_rejects_with_line_and_reason(store, tmp_path):
    text = ("区間番号,調査日,ひび割れ率,わだち掘れ量,IRI,緯度,経度,WKT\n"
            "1,2024/10/3,10,5,,36.3021,136.3151,\n"              # line 2: fine
            "2,2024/10/3,多い,5,,36.3021,136.3151,\n"            # 3: not a number
            "3,2024/10/3,-1,5,,36.3021,136.3151,\n"              # 4: negative
            "4,2024/10/3,120,5,,36.3021,136.3151,\n"             # 5: over 100 %
            "5,昨日,10,5,,36.3021,136.3151,\n"                   # 6: bad date
            "6,2024/10/3,10,5,,北緯36,136.3151,\n"               # 7: bad coordinate
            "7,2024/10/3,10,5\n"                                  # 8: short row
            "8,2024/10/3,,,,36.3021,136.3151,\n"                 # 9: no measurement
            "9,2024/10/3,10,5,,,,\"POLYGON ((136.31 36.30, 136.32 36.30, 136.32 36.31, 136.31 36.30))\"\n"  # 10
            "10,2024/10/3,10,5,,,,\n"                             # 11: no location
            "11,2024/10/3,10,,3.5,,,POINT (136.3155 36.3022)\n")  # 12: fine, no MCI (no rut depth)
    f = write(tmp_path / "s.csv", text)
    r = import_path(store, f)
    assert r.counts["pavement_surveys"] == 2 and r.rejected == 9
    got = surveys(store)
    assert [g["external_id"] for g in got] == ["1", "11"] and got[1]["mci"] is None
    assert any("no MCI" in w for w in r.warnings)
    rej = {line: (reason, raw) for line, reason, raw in store.query(
        "SELECT line, reason, raw FROM import_rejects ORDER BY line")}
    assert sorted(rej) == [3, 4, 5, 6, 7, 8, 9, 10, 11]
    assert "crack_pct" in rej[3][0] and "多い" in rej[3][0] and rej[3][1] == "2,2024/10/3,多い,5,,36.3021,136.3151,"
    assert "outside" in rej[4][0] and "outside" in rej[5][0]
    assert "date" in rej[6][0] and "coordinate" in rej[7][0]
    assert "short row" in rej[8][0] and rej[8][1] == "7,2024/10/3,10,5"
    assert "no measurement" in rej[9][0] and "POINT or LINESTRING" in rej[10][0] and "coordinate" in rej[11][0]


def test_sections_are_matched_to_the_nearest_road_segment(store, tmp_path):
    to = Transformer.from_crs("EPSG:4326", store.crs, always_xy=True)
    x0, y0 = to.transform(136.3150, 36.3020)
    store.query("INSERT INTO road_segments (id, from_node, to_node, length_m, geom, source_id) VALUES "
                "(7, 0, 0, 300, ST_GeomFromText(?), 1), (8, 0, 0, 300, ST_GeomFromText(?), 1)",
                [f"LINESTRING ({x0} {y0}, {x0 + 300} {y0})", f"LINESTRING ({x0} {y0 + 100}, {x0 + 300} {y0 + 100})"])
    lon, lat = Transformer.from_crs(store.crs, "EPSG:4326", always_xy=True).transform(
        [x0 + 50, x0 + 100, x0 + 150], [y0 + 10, y0 + 90, y0 + 50])
    text = "区間番号,ひび割れ率,わだち掘れ量,緯度,経度\n" + "".join(
        f"{k},10,5,{la:.8f},{lo:.8f}\n" for k, (la, lo) in enumerate(zip(lat, lon), start=1))
    r = import_path(store, write(tmp_path / "s.csv", text))
    assert [(g["external_id"], g["segment_id"]) for g in surveys(store)] == [("1", 7), ("2", 8), ("3", None)]
    assert any("1 section(s)" in w and "30 m" in w for w in r.warnings)


def test_map_option_and_missing_columns(store, tmp_path):
    f = write(tmp_path / "s.csv", "no,CR,RD,Y,X\n1,10,5,36.3021,136.3151\n")
    with pytest.raises(InputError, match=r"no column for lat and lon, or wkt; crack_pct, or rut_mm, or sigma_mm, "
                                         r"or iri \(columns: no, CR, RD, Y, X\); name them with the map option"):
        import_path(store, f, importer="pavement_survey_csv")
    r = import_path(store, f, importer="pavement_survey_csv",
                    options={"map": "external_id=no,crack_pct=CR,rut_mm=RD,lat=Y,lon=X"})
    assert r.counts["pavement_surveys"] == 1 and surveys(store)[0]["mci"] == pytest.approx(mci(10, 5))
    with pytest.raises(InputError, match="unknown field"):
        import_path(store, f, importer="pavement_survey_csv", options={"map": "colour=CR"})
    g = write(tmp_path / "g.csv", "区間番号,緯度,経度\n1,36.3,136.3\n")
    with pytest.raises(InputError, match=r"no column for crack_pct, or rut_mm, or sigma_mm, or iri \(columns: "
                                         r"区間番号, 緯度, 経度\)"):
        import_path(store, g, importer="pavement_survey_csv")


def test_units_in_brackets_and_the_columns_dialog_protocol(store, tmp_path):
    from importers.registry import get_importer
    f = write(tmp_path / "u.csv", "区間番号,ひび割れ率(%),わだち掘れ量【mm】,IRI (mm/m),緯度,経度\n7,25,12,3.1,36.3021,136.3151\n")
    imp = get_importer("pavement_survey_csv")
    assert imp.guess_mapping(f) == {"external_id": "区間番号", "crack_pct": "ひび割れ率(%)", "rut_mm": "わだち掘れ量【mm】",
                                    "iri": "IRI (mm/m)", "lat": "緯度", "lon": "経度"}
    assert imp.unmet_fields(["lat", "lon"]) and not imp.unmet_fields(["lat", "lon", "iri"])
    assert imp.preview(f)[1] == [["7", "25", "12", "3.1", "36.3021", "136.3151"]]
    import_path(store, f)
    assert surveys(store)[0]["mci"] == pytest.approx(mci(25, 12, iri=3.1))


def test_report_exports_are_not_taken_for_surveys(tmp_path):
    f = write(tmp_path / "r.csv", "受付番号,状態,緯度,経度,投稿日時,内容\n1,受付,36.302,136.315,2025/1/9,穴\n")
    assert find_importer(f).name == "municipal_csv"
