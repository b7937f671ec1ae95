"""Work-order PDF (layers/work_order_pdf.py) and ``kaga-twin repairs export`` (cli/repairs_export.py): one page per
work package, Japanese text that comes out of the PDF again, the font embedded (or the CID fallback), continued
pages for long packages, map markers that do not overlap; the CLI writes PDF, GeoPackage and CSV from a read-only
project and refuses a project whose analysis never ran."""

from __future__ import annotations

import argparse
import csv
import re

import pyogrio
import pytest

from twin.analysis import run_analysis
from twin.repairs import station_xy
from twin.store import Store
from twin.work_orders import gather

pytest.importorskip("reportlab", reason="the work-order PDF needs reportlab (a dependency of the project)")

from layers import pdf_fonts  # noqa: E402
from layers import work_order_pdf as wop  # noqa: E402
from pdf_text import pdf_pages_text  # noqa: E402


def add_segment(store, sid, coords, name, road_class="municipal", emergency=None):
    wkt = "LINESTRING (" + ", ".join(f"{x} {y}" for x, y in coords) + ")"
    store.query("INSERT INTO road_segments (id, from_node, to_node, length_m, name, road_class, emergency_class, "
                "geom, source_id) VALUES (?, 0, 0, 200, ?, ?, ?, ST_GeomFromText(?), 1)",
                [sid, name, road_class, emergency, wkt])


def add_report(store, rid, x, y, status, cls, desc, when="2025-01-10 10:00:00+09", photo=None):
    store.query("INSERT INTO road_reports (id, external_id, kind, received_at, status, damage_class, description, "
                "photo, geom, source_id) VALUES (?, ?, 'citizen', ?::TIMESTAMPTZ, ?, ?, ?, ?, ST_Point(?, ?), 1)",
                [rid, f"MCR-{rid}", when, status, cls, desc, photo, x, y])


def build(store, extra_cases: int = 0):
    """Two roads 3 km apart: package P1 (cases of reports 1+2 and 3), package P2 (report 4, 対応中); report 5 is
    finished. ``extra_cases`` more single-report cases 40 m apart on road 1 (package P1)."""
    sx, sy = station_xy(store.crs)
    ox, oy = sx + 10_000, sy
    add_segment(store, 1, [(ox, oy), (ox + 200 + 40 * extra_cases, oy)], "市道大聖寺1号線")
    add_segment(store, 2, [(ox + 3000, oy), (ox + 3000, oy + 200)], "国道8号", "national", 1)
    add_report(store, 1, ox + 10, oy + 2, "受付済", "D40", "穴が開いている", photo="p1.jpg")
    add_report(store, 2, ox + 20, oy, "受付済", "D00", "ひび割れ")
    add_report(store, 3, ox + 120, oy, "受付済", "D20", "亀の甲のようなひび")
    add_report(store, 4, ox + 3000, oy + 50, "対応中", "D10", "段差があって危ない")
    add_report(store, 5, ox + 3000, oy + 150, "対応済", "D44", "済")
    for k in range(extra_cases):
        add_report(store, 100 + k, ox + 200 + 40 * k, oy, "受付済", "D00", f"追加の通報その{k}")
    run_analysis(store, "repair-priority", {"as_of": "2025-02-01"})
    case = dict(store.query("SELECT id, case_id FROM road_reports"))
    store.query("UPDATE repair_cases SET package = CASE WHEN segment_id = 1 THEN 'P1' ELSE 'P2' END")
    return case


@pytest.fixture
def project(project_path):
    with Store(project_path) as store:
        case = build(store)
    return project_path, case


def test_one_page_per_package_with_japanese_text_and_the_case_ids(project, tmp_path):
    path, case = project
    with Store(path, read_only=True, create=False) as store:
        work = gather(store)
        info = wop.write_pdf(work, tmp_path / "orders.pdf", store)
    assert [p.code for p in work.packages] == ["P1", "P2"]
    assert info["pages"] == 2 and info["packages"] == {"P1": 1, "P2": 2}
    pages = pdf_pages_text(tmp_path / "orders.pdf")
    assert len(pages) == 2
    p1, p2 = (re.sub(r"\s+", " ", p) for p in pages)
    assert "補修作業指示書" in p1 and "作業区画 P1" in p1 and "作業区画 P2" in p2
    for label in ("損傷区分", "状態", "優先度", "路線名", "初回通報", "通報内容", "担当班", "凡例"):
        assert label in p1, label
    assert "市道大聖寺1号線" in p1 and "穴が開いている / ひび割れ" in p1 and "亀の甲のようなひび" in p1
    assert "国道8号" in p2 and "対応中" in p2 and "段差があって危ない" in p2
    assert "済" not in p2.replace("受付済", "").replace("対応済", "")          # the finished case is not printed
    assert "D40 わだち掘れ・段差・ポットホール・" in p1 and "2025-01-10" in p1
    cells = set(p1.split())
    assert {str(case[1]), str(case[3])} <= cells and str(case[4]) in set(p2.split())
    assert "写真 1: p1.jpg" in p1


def test_the_font_is_embedded_when_a_japanese_truetype_font_is_found(project, tmp_path):
    path, _ = project
    font = wop.japanese_font()
    with Store(path, read_only=True, create=False) as store:
        info = wop.write_pdf(gather(store), tmp_path / "orders.pdf", store)
    raw = (tmp_path / "orders.pdf").read_bytes()
    if font.embedded:
        assert info["embedded"] and b"/FontFile2" in raw and info["font"].endswith((".ttf", ".ttc", ".otf"))
    else:      # no Japanese TrueType font on this machine (Debian: fonts-ipaexfont-gothic)
        assert not info["embedded"] and b"HeiseiKakuGo-W5" in raw


def test_without_a_truetype_font_the_cid_font_is_used_and_the_text_still_comes_out(project, tmp_path, monkeypatch):
    path, _ = project
    monkeypatch.setattr(pdf_fonts, "FONT_CANDIDATES", ())
    monkeypatch.setattr(pdf_fonts, "_fc_list", lambda: [])
    monkeypatch.delenv("KAGA_TWIN_PDF_FONT", raising=False)
    wop.japanese_font.cache_clear()
    try:
        with Store(path, read_only=True, create=False) as store:
            info = wop.write_pdf(gather(store), tmp_path / "cid.pdf", store)
        assert info["font"] == "HeiseiKakuGo-W5" and not info["embedded"]
        raw = (tmp_path / "cid.pdf").read_bytes()
        assert b"/FontFile2" not in raw and b"HeiseiKakuGo-W5" in raw
        try:
            import pypdf  # noqa: F401  (poppler needs its Japanese language pack for CID fonts)
        except ImportError:
            return
        assert "補修作業指示書" in pdf_pages_text(tmp_path / "cid.pdf")[0]
    finally:
        wop.japanese_font.cache_clear()


def test_a_long_package_continues_on_the_next_page(project_path, tmp_path):
    with Store(project_path) as store:
        build(store, extra_cases=40)
        work = gather(store)
        assert [len(p.orders) for p in work.packages] == [42, 1]
        info = wop.write_pdf(work, tmp_path / "long.pdf", store)
    assert info["pages"] >= 3 and info["packages"]["P1"] == 1 and info["packages"]["P2"] == info["pages"]
    pages = [re.sub(r"\s+", " ", p) for p in pdf_pages_text(tmp_path / "long.pdf")]
    assert len(pages) == info["pages"]
    assert "作業区画 P1 (続き)" in pages[1] and "続き" not in pages[0] and "続き" not in pages[-1]
    text = " ".join(pages[:-1])
    assert all(f"追加の通報その{k}" in text for k in range(40))


def test_a_case_without_text_says_what_found_it(project, tmp_path):
    path, case = project
    with Store(path) as store:
        store.query("UPDATE road_reports SET kind = 'ai', size = 0.45, description = NULL WHERE id = 4")
        wop.write_pdf(gather(store), tmp_path / "ai.pdf", store)
    assert "AI 検出 最大 0.45 m" in re.sub(r"\s+", " ", pdf_pages_text(tmp_path / "ai.pdf")[1])


def test_english_labels(project, tmp_path):
    path, _ = project
    with Store(path, read_only=True, create=False) as store:
        wop.write_pdf(gather(store), tmp_path / "en.pdf", store, lang="en")
    p1 = re.sub(r"\s+", " ", pdf_pages_text(tmp_path / "en.pdf")[0])
    assert "Repair work order — Work package P1" in p1 and "Damage class" in p1 and "Received" in p1


def test_no_cases_give_one_page_saying_so(project, tmp_path):
    path, _ = project
    with Store(path, read_only=True, create=False) as store:
        work = gather(store, packages=["nothing"])
        info = wop.write_pdf(work, tmp_path / "none.pdf", store)
    assert info["pages"] == 1 and "対象の案件はありません" in pdf_pages_text(tmp_path / "none.pdf")[0]


def test_markers_that_would_overlap_are_moved_apart_with_their_points_kept(project_path):
    with Store(project_path) as store:
        sx, sy = station_xy(store.crs)
        ox, oy = sx + 10_000, sy
        add_segment(store, 1, [(ox, oy), (ox + 400, oy)], "市道")
        for k in range(4):     # 26 m apart along the road: separate cases, a few pt apart on the map
            add_report(store, k + 1, ox + 100 + 26 * k, oy, "受付済", "D40", "穴")
        add_report(store, 9, ox + 390, oy, "受付済", "D40", "穴")
        run_analysis(store, "repair-priority", {"as_of": "2025-02-01"})
        work = gather(store)
    pkg = work.packages[0]
    assert len(pkg.orders) == 5
    drawing = wop.PackageMap(pkg, wop.MapContext([], []), wop.japanese_font())
    pos = drawing.marker_positions()
    for (tx, ty, _, _), o in zip(pos, pkg.orders):
        assert (tx, ty) == pytest.approx(drawing.to_page(o.x, o.y))
    markers = [(mx, my) for _, _, mx, my in pos]
    for i in range(len(markers)):
        for j in range(i):
            d = ((markers[i][0] - markers[j][0]) ** 2 + (markers[i][1] - markers[j][1]) ** 2) ** 0.5
            assert d >= 2 * wop.MARKER_R
    moved = [(tx, ty) != (mx, my) for tx, ty, mx, my in pos]
    assert any(moved) and not moved[0]                        # the first stays on its point
    far = [i for i, o in enumerate(pkg.orders) if o.x > ox + 300][0]
    assert not moved[far]                                       # a lone case is not moved
    for mx, my in markers:
        assert 0 <= mx <= drawing.width and 0 <= my <= drawing.height


def test_map_context_reads_the_roads_in_view(project, tmp_path):
    path, _ = project
    with Store(path, read_only=True, create=False) as store:
        work = gather(store)
        p1 = work.packages[0]
        ctx = wop.map_context(store, wop.map_bounds(p1))
    assert {name for _, name, _, _ in ctx.roads} == {"市道大聖寺1号線"}       # the national road is 3 km away
    assert ctx.buildings == []


# -- kaga-twin repairs export ------------------------------------------------------------------------------------

def export(*argv):
    from cli.repairs_export import add_export_arguments
    parser = argparse.ArgumentParser(prog="kaga-twin repairs export")
    parser.add_argument("--project")
    add_export_arguments(parser)
    args = parser.parse_args([str(a) for a in argv])
    return args.func(args)


def test_cli_writes_pdf_gpkg_and_csv_from_a_read_only_project(project, tmp_path, capsys):
    path, case = project
    path.chmod(0o444)           # no write bits: the store opens it read-only (and so must the export)
    try:
        rc = export("--project", path, "--pdf", tmp_path / "o.pdf", "--gpkg", tmp_path / "o.gpkg",
                    "--csv", tmp_path / "o.csv")
    finally:
        path.chmod(0o644)
    out = capsys.readouterr()
    assert rc == 0, out.err
    assert "3 work order(s) in 2 package(s)" in out.out
    assert "2 page(s) for 2 work package(s)" in out.err
    assert len(pdf_pages_text(tmp_path / "o.pdf")) == 2
    assert len(pyogrio.read_dataframe(tmp_path / "o.gpkg", layer="work_orders")) == 3
    assert len(pyogrio.read_dataframe(tmp_path / "o.gpkg", layer="work_packages")) == 2
    rows = list(csv.DictReader((tmp_path / "o.csv").read_text("utf-8-sig").splitlines()))
    assert sorted(int(r["補修案件"]) for r in rows) == sorted({case[1], case[3], case[4]})


def test_cli_filters_and_english(project, tmp_path, capsys):
    path, case = project
    assert export("--project", path, "--csv", tmp_path / "a.csv", "--status", "対応中", "対応済", "--lang", "en") == 0
    rows = list(csv.DictReader((tmp_path / "a.csv").read_text("utf-8-sig").splitlines()))
    assert {int(r["Repair case"]): r["Status"] for r in rows} == {case[4]: "In progress", case[5]: "Done"}
    assert export("--project", path, "--pdf", tmp_path / "p.pdf", "--package", "P2") == 0
    assert len(pdf_pages_text(tmp_path / "p.pdf")) == 1
    assert export("--project", path, "--csv", tmp_path / "t.csv", "--top", "1") == 0
    assert len((tmp_path / "t.csv").read_text("utf-8-sig").splitlines()) == 2
    capsys.readouterr()


def test_cli_errors_name_what_is_wrong(project, tmp_path):
    from twin.errors import TwinError
    path, _ = project
    with pytest.raises(TwinError, match="give --pdf FILE"):
        export("--project", path)
    with pytest.raises(TwinError, match=r"package P9; packages: P1, P2"):
        export("--project", path, "--csv", tmp_path / "x.csv", "--package", "P9")
    with pytest.raises(TwinError, match="is the project file itself"):
        export("--project", path, "--gpkg", path)
    with pytest.raises(TwinError, match="does not exist"):
        export("--project", path, "--pdf", tmp_path / "no" / "x.pdf")
    assert not (tmp_path / "x.csv").exists()


def test_cli_says_to_run_the_analysis_first(tmp_path, capsys):
    fresh = tmp_path / "fresh.duckdb"
    Store(fresh).close()
    assert export("--project", fresh, "--pdf", tmp_path / "x.pdf") == 1
    err = capsys.readouterr().err
    assert "repair-priority has not run" in err and "kaga-twin repairs --rerun" in err
    assert not (tmp_path / "x.pdf").exists()
