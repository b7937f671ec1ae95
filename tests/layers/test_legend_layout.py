"""The legend drawn in the view keeps to a share of the view: long layer names wrap, then are cut with "…"; rows
that do not fit above the scale bar give way to "…" (every layer's title stays); the legend stays over the labels."""

from __future__ import annotations

import numpy as np

from layers.legend import LEGEND_MAX_WIDTH, fit_lines, fit_title, legend_rows, text_em
from twin.style import LegendEntry, Style

LONG = "加賀温泉駅周辺の建物（2024年度 PLATEAU 更新分・用途別の集計と計測高さの確認用レイヤー）"


def test_fit_lines_wraps_then_cuts():
    assert fit_lines("建物: 用途", 20) == ["建物: 用途"]
    lines = fit_lines(LONG, 16)
    assert len(lines) == 2 and lines[-1].endswith("…") and all(text_em(s) <= 16 for s in lines)
    text = "Road centre lines of the Kaga Onsen Station area imported from the 2024 survey"
    english = fit_lines(text, 20)
    assert text.startswith(english[0] + " ") and english[1].endswith("…")         # broken at a space
    assert fit_lines("x" * 50, 5, max_lines=1) == ["x" * 6 + "…"]          # 6 × 0.6 em + 1 em for …


def test_fit_title_keeps_the_attribute_whole():
    lines = fit_title(f"{LONG}: 計測高さ (m)", 16)
    assert lines[-1] == "計測高さ (m)" and len(lines) == 3 and all(text_em(s) <= 16 for s in lines)
    assert fit_title("建物: 用途", 16) == ["建物: 用途"]


def _legend_panel_width(overlays) -> float:
    pts = np.asarray(overlays.legend_panel.poly.points)
    return float(pts[:4, 0].max() - pts[:4, 0].min()) if len(pts) else 0.0


def test_a_long_layer_name_wraps_inside_the_legend_width(doc, scene):
    b = next(v for v in doc.layers if v.kind == "buildings")
    rw = scene.plotter.render_window
    rw.Render()
    normal = _legend_panel_width(scene.overlays)
    b.name = LONG
    rw.Render()
    texts = scene.overlays.legend_texts
    width = scene.renderer.GetSize()[0]
    assert _legend_panel_width(scene.overlays) <= LEGEND_MAX_WIDTH * width + 1
    assert _legend_panel_width(scene.overlays) >= normal
    title = [t for t in texts if t.startswith("加賀温泉駅周辺")]
    assert title and "".join(texts).count("用途") >= 1                 # the attribute is still shown
    for lab in scene.overlays.legend_labels:
        if lab.actor.GetVisibility():
            assert lab.size()[0] <= LEGEND_MAX_WIDTH * width


def test_a_legend_taller_than_the_view_keeps_every_title_above_the_scale_bar(doc, scene):
    b = next(v for v in doc.layers if v.kind == "buildings")
    scene.plotter.window_size = (800, 300)
    b.style = Style(mode="categorized", attribute="measured_height")
    scene.plotter.render_window.Render()
    texts = scene.overlays.legend_texts
    assert "…" in texts                                                  # heights left out …
    for title, _ in scene.legend_sections():                              # … but every layer's title is there
        assert title.split(": ")[0] in " ".join(texts)
    ys = [lab.actor.GetPosition()[1] for lab in scene.overlays.legend_labels if lab.actor.GetVisibility()]
    assert min(ys) >= 60                                                 # the scale bar's box is below


def test_the_legend_is_drawn_over_the_labels(doc, scene):
    b = next(v for v in doc.layers if v.kind == "buildings")
    st = b.style.copy()
    st.label_attribute = "measured_height"
    b.style = st
    scene.plotter.render_window.Render()
    props = scene.renderer.GetViewProps()
    order = [props.GetItemAsObject(i) for i in range(props.GetNumberOfItems())]
    label_actor = scene.adapters[b.id].labels.actor
    assert order.index(scene.overlays.legend_panel.actor) > order.index(label_actor)


def test_legend_rows_show_every_title_and_as_many_entries_as_fit():
    sections = [("建物: 計測高さ", [LegendEntry(f"{i} – {i + 1}", "#ff0000") for i in range(20)]),
                ("道路", [LegendEntry("国道", "#00ff00")])]
    rows = legend_rows(sections, 8, 20, 18)
    assert [r[0] for r in rows] == ["title"] + ["entry"] * 5 + ["more", "title"]
    assert rows[-1][1] == "道路" and rows[1][2] == "#ff0000"
    assert legend_rows(sections, 30, 20, 18)[-1] == ("entry", "国道", "#00ff00")
    assert legend_rows(sections * 5, 4, 20, 18) == [("title", "建物: 計測高さ", None), ("title", "道路", None),
                                                   ("title", "建物: 計測高さ", None), ("more", "…", None)]


def test_a_short_view_gives_every_layer_one_line_and_keeps_room_for_entries():
    sections = [(f"レイヤー{i}: 計測高さの確認用の長い属性名", [LegendEntry(f"{k}", "#ff0000") for k in range(4)])
                for i in range(6)]
    rows = legend_rows(sections, 9, 10, 10, gap_rows=0.4)
    titles = [r for r in rows if r[0] == "title"]
    assert len(titles) == 6 and all(t[1].startswith("レイヤー") for t in titles)   # one line each
    assert any(r[0] == "entry" for r in rows) and len(rows) <= 9
