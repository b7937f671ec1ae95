"""Work orders (twin/work_orders.py): open cases gathered, ranked and grouped into packages; the CSV (BOM, Japanese
or English headers) and the GeoPackage (two layers, project CRS) read back with the right rows and values."""

from __future__ import annotations

import csv
import datetime as dt

import pyogrio
import pytest
import shapely

from twin import meshcode
from twin.analysis import run_analysis
from twin.repairs import station_xy
from twin.work_orders import NotAnalysed, gather, write_csv, write_gpkg

FAR = 10_000.0
WHEN = "2025-01-10 10:00:00+09"


def add_segment(store, sid, coords, name, road_class="municipal", emergency=None):
    wkt = "LINESTRING (" + ", ".join(f"{x} {y}" for x, y in coords) + ")"
    store.query("INSERT INTO road_segments (id, from_node, to_node, length_m, name, road_class, emergency_class, "
                "geom, source_id) VALUES (?, 0, 0, 200, ?, ?, ?, ST_GeomFromText(?), 1)",
                [sid, name, road_class, emergency, wkt])


def add_report(store, rid, x, y, status, cls, desc=None, photo=None, ext=None, when=WHEN):
    store.query("INSERT INTO road_reports (id, external_id, kind, received_at, status, damage_class, description, "
                "category, photo, geom, source_id) VALUES (?, ?, 'citizen', ?::TIMESTAMPTZ, ?, ?, ?, '道路', ?, "
                "ST_Point(?, ?), 1)", [rid, ext, when, status, cls, desc, photo, x, y])


def build(store):
    """Two roads 3 km apart; open cases A (reports 1+2), B (4, 対応中), C (5); closed case D (3)."""
    sx, sy = station_xy(store.crs)
    ox, oy = sx + FAR, sy
    add_segment(store, 1, [(ox, oy), (ox + 200, oy)], "市道大聖寺1号線")
    add_segment(store, 2, [(ox + 3000, oy), (ox + 3000, oy + 200)], "国道8号", "national", 1)
    add_report(store, 1, ox + 10, oy + 2, "受付済", "D40", "穴が開いている", "p1.jpg", "R-1")
    add_report(store, 2, ox + 20, oy, "受付済", "D00", "ひび割れ", None, "R-2", "2025-01-12 08:00:00+09")
    add_report(store, 3, ox + 150, oy, "対応済", "D20", "済み", None, "R-3")
    add_report(store, 4, ox + 3000, oy + 50, "対応中", "D10", "段差", "p4.jpg", "R-4")
    add_report(store, 5, ox + 3001, oy + 180, "受付済", "D44", "白線が消えている", None, "R-5")
    run_analysis(store, "repair-priority", {"as_of": "2025-02-01"})
    case = {rid: cid for rid, cid in store.query("SELECT id, case_id FROM road_reports")}
    return case


def point_code(store, case_id, level=3):
    from pyproj import Transformer
    x, y = store.query("SELECT ST_X(geom), ST_Y(geom) FROM repair_cases WHERE case_id = ?", [case_id])[0]
    lon, lat = Transformer.from_crs(store.crs, "EPSG:4326", always_xy=True).transform(x, y)
    return meshcode.code_for(lat, lon, level)


@pytest.fixture
def cases(store):
    case = build(store)
    a, b, c, d = case[1], case[4], case[5], case[3]
    assert case[2] == a and len({a, b, c, d}) == 4
    pa, pb = point_code(store, a), point_code(store, b)
    assert pa != pb
    store.query("UPDATE repair_cases SET package = CASE WHEN case_id = ? THEN ? ELSE ? END", [a, pa, pb])
    return store, {"A": a, "B": b, "C": c, "D": d, "pa": pa, "pb": pb}


def test_gather_takes_the_open_cases_ranked_and_grouped_by_package(cases):
    store, k = cases
    work = gather(store, created=dt.datetime(2025, 2, 1, 9, 0))
    assert len(work) == 3 and work.statuses == ("受付済", "対応中")
    assert k["D"] not in [o.case_id for o in work.orders]
    by_id = {o.case_id: o for o in work.orders}
    prio = {c: store.query("SELECT priority FROM repair_cases WHERE case_id = ?", [c])[0][0] for c in by_id}
    assert sorted(by_id, key=lambda c: by_id[c].rank) == sorted(by_id, key=lambda c: (-prio[c], c))
    assert [o.rank for o in sorted(work.orders, key=lambda o: o.rank)] == [1, 2, 3]
    sums = {p.code: p.priority_sum for p in work.packages}
    assert sums == {k["pa"]: pytest.approx(prio[k["A"]]), k["pb"]: pytest.approx(prio[k["B"]] + prio[k["C"]])}
    assert [p.code for p in work.packages] == sorted(sums, key=lambda c: -sums[c])
    for p in work.packages:
        assert [o.no for o in p.orders] == list(range(1, len(p.orders) + 1))
        assert [o.priority for o in p.orders] == sorted((o.priority for o in p.orders), reverse=True)
        assert p.area_kind == "mesh" and 0.8e6 < p.area.area < 1.3e6          # a third-order cell, ~1 km²
    a = by_id[k["A"]]
    assert (a.road_name, a.road_class, a.report_count, a.worst_class) == ("市道大聖寺1号線", "municipal", 2, "D40")
    assert a.descriptions == ["穴が開いている", "ひび割れ"] and a.external_ids == ["R-1", "R-2"]
    assert a.photos == ["p1.jpg"] and a.categories == ["道路"]
    assert a.first_reported.isoformat() == "2025-01-10T10:00:00+09:00"
    assert a.last_reported.isoformat() == "2025-01-12T08:00:00+09:00"
    assert shapely.Point(a.x, a.y).within(work.packages[[p.code for p in work.packages].index(k["pa"])].area)
    b = by_id[k["B"]]
    assert (b.status, b.road_name, b.emergency_class) == ("対応中", "国道8号", 1)


def test_gather_filters_status_top_and_package(cases):
    store, k = cases
    assert [o.case_id for o in gather(store, statuses=["対応済"]).orders] == [k["D"]]
    assert [o.case_id for o in gather(store, statuses=["対応中"]).orders] == [k["B"]]
    top = gather(store, top=1)
    assert len(top) == 1 and top.orders[0].rank == 1
    assert top.orders[0].case_id == next(o.case_id for o in gather(store).orders if o.rank == 1)
    only = gather(store, packages=[k["pb"]])
    assert {o.case_id for o in only.orders} == {k["B"], k["C"]} and [p.code for p in only.packages] == [k["pb"]]
    assert len(gather(store, packages=["99999999"])) == 0
    with pytest.raises(Exception, match="unknown status 終了"):
        gather(store, statuses=["終了"])


def test_packages_fall_back_to_the_cases_mesh_cell_and_to_a_hull_for_other_codes(cases):
    store, k = cases
    store.query("UPDATE repair_cases SET package = NULL")
    work = gather(store)
    assert {o.case_id: o.package for o in work.orders} == {
        c: point_code(store, c) for c in (k["A"], k["B"], k["C"])}
    store.query("UPDATE repair_cases SET package = '北部A'")
    work = gather(store)
    assert len(work.packages) == 1
    p = work.packages[0]
    assert p.code == "北部A" and p.area_kind == "hull"
    for o in p.orders:
        assert p.area.exterior.distance(shapely.Point(o.x, o.y)) >= 49.9 and p.area.contains(shapely.Point(o.x, o.y))


def test_no_analysis_is_a_clear_error(store):
    with pytest.raises(NotAnalysed, match="repair-priority has not run"):
        gather(store)


def test_csv_has_a_bom_japanese_headers_and_one_row_per_order(cases, tmp_path):
    store, k = cases
    work = gather(store)
    out = write_csv(work, tmp_path / "orders.csv")
    raw = out.read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf") and b"\r\n" in raw
    rows = list(csv.DictReader(raw.decode("utf-8-sig").splitlines()))
    assert len(rows) == 3
    header = list(rows[0])
    assert header[:6] == ["作業区画", "区画内番号", "順位", "補修案件", "状態", "優先度"]
    assert {"損傷区分", "損傷区分名", "通報件数", "路線名", "道路種別", "通報内容", "受付番号", "写真", "緯度",
            "経度"} <= set(header)
    by_id = {int(r["補修案件"]): r for r in rows}
    a = by_id[k["A"]]
    assert (a["作業区画"], a["状態"], a["損傷区分"], a["路線名"]) == (k["pa"], "受付済", "D40", "市道大聖寺1号線")
    assert a["損傷区分名"] == "わだち掘れ・段差・ポットホール・剥離"
    assert a["通報内容"] == "穴が開いている / ひび割れ" and a["受付番号"] == "R-1 / R-2" and a["通報件数"] == "2"
    assert a["初回通報日時"] == "2025-01-10 10:00"
    assert float(a["優先度"]) == pytest.approx(store.query(
        "SELECT priority FROM repair_cases WHERE case_id = ?", [k["A"]])[0][0])
    assert by_id[k["B"]]["状態"] == "対応中" and by_id[k["B"]]["写真"] == "p4.jpg"
    assert [r["作業区画"] for r in rows] == [o.package for o in work.orders]       # package by package
    en = list(csv.DictReader(write_csv(work, tmp_path / "en.csv", lang="en").read_text("utf-8-sig").splitlines()))
    assert list(en[0])[:5] == ["Work package", "No. in package", "Rank", "Repair case", "Status"]
    assert {int(r["Repair case"]): r["Status"] for r in en}[k["B"]] == "In progress"


def test_csv_keeps_citizens_text_from_running_as_a_formula(cases, tmp_path):
    store, k = cases
    store.query("UPDATE road_reports SET description = '=HYPERLINK(\"http://x\")' WHERE id = 4")
    rows = list(csv.DictReader(write_csv(gather(store), tmp_path / "o.csv").read_text("utf-8-sig").splitlines()))
    got = {int(r["補修案件"]): r["通報内容"] for r in rows}
    assert got[k["B"]] == "'=HYPERLINK(\"http://x\")" and got[k["A"]] == "穴が開いている / ひび割れ"
    assert all(not r["優先度"].startswith("'") for r in rows)


def test_ai_detections_carry_their_kind_and_size(cases, tmp_path):
    store, k = cases
    store.query("UPDATE road_reports SET kind = 'ai', size = 0.45, description = NULL WHERE id = 5")
    work = gather(store)
    c = {o.case_id: o for o in work.orders}[k["C"]]
    assert (c.kinds, c.size_m, c.descriptions) == (["ai"], 0.45, [])
    rows = list(csv.DictReader(write_csv(work, tmp_path / "o.csv").read_text("utf-8-sig").splitlines()))
    row = {int(r["補修案件"]): r for r in rows}[k["C"]]
    assert (row["通報の種類"], row["最大の大きさ (m)"], row["通報内容"]) == ("AI 検出", "0.45", "")
    assert {int(r["補修案件"]): r for r in rows}[k["A"]]["通報の種類"] == "市民通報"


def test_gpkg_has_orders_and_packages_in_the_project_crs(cases, tmp_path):
    store, k = cases
    work = gather(store)
    out = write_gpkg(work, tmp_path / "orders.gpkg")
    assert sorted(name for name, _ in pyogrio.list_layers(out)) == ["work_orders", "work_packages"]
    epsg = store.crs
    for layer in ("work_orders", "work_packages"):
        assert pyogrio.read_info(out, layer=layer)["crs"] == epsg
    orders = pyogrio.read_dataframe(out, layer="work_orders")
    assert len(orders) == 3 and orders.crs.to_epsg() == int(epsg.split(":")[1])
    assert {"package", "no", "rank", "case_id", "status", "priority", "worst_class", "road_name", "descriptions",
            "lat", "lon"} <= set(orders.columns)
    row = orders.set_index("case_id").loc[k["A"]]
    x, y = store.query("SELECT ST_X(geom), ST_Y(geom) FROM repair_cases WHERE case_id = ?", [k["A"]])[0]
    assert (row.geometry.x, row.geometry.y) == (pytest.approx(x, abs=1e-6), pytest.approx(y, abs=1e-6))
    assert (row["status"], row["worst_class"], row["road_name"], row["report_count"]) == (
        "受付済", "D40", "市道大聖寺1号線", 2)
    assert row["descriptions"] == "穴が開いている / ひび割れ"
    assert row["first_reported"].tz_convert("Asia/Tokyo").isoformat() == "2025-01-10T10:00:00+09:00"
    assert orders.set_index("case_id").loc[k["B"], "status"] == "対応中"
    pk = pyogrio.read_dataframe(out, layer="work_packages").set_index("package")
    assert sorted(pk.index) == sorted([k["pa"], k["pb"]])
    assert pk.loc[k["pb"], "case_count"] == 2 and pk.loc[k["pa"], "case_count"] == 1
    assert pk.loc[k["pb"], "priority_sum"] == pytest.approx(work.packages[[p.code for p in work.packages]
                                                                          .index(k["pb"])].priority_sum)
    assert set(pk.geometry.geom_type) == {"Polygon"} and (pk.area > 0.8e6).all()
    assert pk.loc[k["pa"]].geometry.contains(row.geometry)
    # an existing export is replaced, not appended to
    write_gpkg(gather(store, top=1), out)
    assert len(pyogrio.read_dataframe(out, layer="work_orders")) == 1


def test_writing_into_a_missing_folder_names_it(cases, tmp_path):
    store, _ = cases
    with pytest.raises(Exception, match="does not exist"):
        write_csv(gather(store), tmp_path / "nope" / "x.csv")
