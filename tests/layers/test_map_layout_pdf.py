"""The A4 map layout: a PDF page with the view, title (the project's place), date, legend, north arrow, scale bar
and source note, with its Japanese text embedded; from render_png and from ``kaga-twin render --pdf``."""

from __future__ import annotations

from datetime import datetime
from zoneinfo import ZoneInfo

from layers.map_layout_pdf import source_note, write_map_layout
from layers.render import render_png
from pdf_text import pdf_text


def test_render_png_writes_the_layout_with_title_legend_scale_and_sources(city_path, tmp_path):
    pdf = tmp_path / "map.pdf"
    info = render_png(city_path[0], None, pdf=pdf, camera="city", color_by="measured_height")
    raw = pdf.read_bytes()
    assert raw.startswith(b"%PDF") and raw.count(b"/Type /Page\n") + raw.count(b"/Type /Page ") >= 1
    assert info["scale_m"] > 0 and info["north_angle"] is not None
    if info["embedded"]:
        assert b"/FontFile2" in raw                        # the Japanese font travels with the file
    text = pdf_text(pdf)
    assert "デジタルツイン" in text and "計測高さ" in text   # title: place, view, what the colours mean
    assert "凡例" in text and "建物: 計測高さ (m)" in text
    assert "作成日" in text and "出典:" in text
    assert any(unit in text for unit in (" m", "km"))      # the scale bar's length


def test_the_layout_of_an_open_document_uses_the_given_camera_and_date(doc, tmp_path):
    when = datetime(2025, 3, 16, 10, 0, tzinfo=ZoneInfo("Asia/Tokyo"))
    sources = [{"path": "/data/17206_kaga-shi_city_2024_citygml_1_op.zip", "importer": "plateau-citygml"},
               {"path": "/data/dem.tif", "importer": "geotiff"}]
    info = write_map_layout(doc, tmp_path / "view", camera="top", title="試験の地図", sources=sources, when=when)
    assert info["pdf"].endswith("view.pdf") and info["camera"] == "top"
    text = pdf_text(info["pdf"])
    assert "試験の地図" in text and "2025年3月16日" in text
    assert "PLATEAU 3D都市モデル" in text and "17206_kaga-shi_city_2024_citygml_1_op.zip" in text


def test_the_source_note_names_each_import_once():
    note = source_note([{"path": "/a/x.gpkg", "importer": "road-centrelines"},
                        {"path": "/b/x.gpkg", "importer": "road-centrelines"}])
    assert note == "出典: 道路中心線 x.gpkg"
    assert "なし" in source_note([])
