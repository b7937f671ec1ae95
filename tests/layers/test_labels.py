"""Labels in the 3D view (layers/labels.py): an attribute as text at the features, one actor per layer, thinned so
no two labels overlap at any zoom, Japanese glyphs drawn, saved with the style."""

from __future__ import annotations

import numpy as np
import pytest
from vtkmodules.vtkRenderingCore import vtkActor2D
from vtkmodules.vtkRenderingLabel import vtkLabeledDataMapper

from layers.labels import MAX_LABELS, label_text, place_labels, project, text_size
from layers.overlays import cjk_font_file
from twin.style import Style


def _buildings(doc):
    return next(v for v in doc.layers if v.kind == "buildings")


def _label(layer, attribute):
    st = layer.style.copy()
    st.label_attribute = attribute
    layer.style = st


def _label_actors(renderer) -> list:
    props = renderer.GetViewProps()
    return [props.GetItemAsObject(i) for i in range(props.GetNumberOfItems())
            if isinstance(props.GetItemAsObject(i), vtkActor2D)
            and isinstance(props.GetItemAsObject(i).GetMapper(), vtkLabeledDataMapper)]


def _boxes(labels, renderer) -> np.ndarray:
    xy, _ = project(renderer, labels.points[labels.placed])
    half = labels.sizes[labels.placed] / 2
    return np.c_[xy - half, xy + half]


def _overlapping(boxes: np.ndarray) -> int:
    n = 0
    for i in range(len(boxes)):
        for j in range(i + 1, len(boxes)):
            a, b = boxes[i], boxes[j]
            n += a[0] < b[2] and b[0] < a[2] and a[1] < b[3] and b[1] < a[3]
    return n


def test_label_text_of_values():
    assert [label_text(v) for v in (None, float("nan"), "", "  ", 12.0, 7.35, 3, "加賀温泉駅")] == \
        [None, None, None, None, "12", "7.35", "3", "加賀温泉駅"]
    long = label_text("加賀温泉駅前の" * 10)
    assert len(long) == 24 and long.endswith("…")
    assert text_size("加賀温泉駅")[0] > text_size("Kaga")[0]


def test_placing_keeps_the_first_of_overlapping_labels_and_one_road_name_per_stretch():
    xy = np.array([[100.0, 100], [110, 104], [300, 100], [400, 100], [790, 100]])
    sizes = np.array([[60.0, 20]] * 5)
    texts = ["駅", "小屋", "国道8号", "国道8号", "端"]
    # priority order: 1 before 0; 1 and 0 overlap; 3 repeats 2's text within 250 px; 4 sticks out of the view
    taken = place_labels(xy, sizes, np.array([1, 0, 2, 3, 4]), (800, 600), texts)
    assert taken == [1, 2]
    assert place_labels(xy, sizes, np.array([0, 1, 2, 3]), (800, 600), None) == [0, 2, 3]
    many = np.c_[np.arange(400) * 70.0 % 7000 + 40, np.arange(400) // 100 * 30.0 + 20]
    assert len(place_labels(many, np.array([[50.0, 20]] * 400), np.arange(400), (8000, 600), limit=30)) == 30


def test_one_label_actor_per_layer_thinned_at_every_zoom(doc, scene):
    b = _buildings(doc)
    ad = scene.adapters[b.id]
    assert ad.labels.actor is None and not _label_actors(scene.renderer)
    _label(b, "measured_height")
    heights = ad.feature_values("measured_height")
    # every building with a height, none for those without
    assert len(ad.labels.texts) == int(np.isfinite(heights).sum()) and 200 < len(ad.labels.texts) < len(ad.fids)
    assert len(_label_actors(scene.renderer)) == 1                       # one actor, not one per building
    rw = scene.plotter.render_window
    for preset in ("city", "top", "station"):
        scene.set_camera(preset)
        rw.Render()
        placed = ad.labels.placed
        assert 0 < len(placed) <= MAX_LABELS, preset
        assert _overlapping(_boxes(ad.labels, scene.renderer)) == 0, preset
        assert ad.labels.mapper.GetInput().GetNumberOfPoints() == len(placed)
    # zoomed in on one building, its label is drawn
    fid = int(ad.fids[np.nanargmax(heights)])
    scene.zoom_to_features(b.id, [fid])
    rw.Render()
    assert label_text(float(np.nanmax(heights))) in ad.labels.placed_texts


def test_labels_follow_the_style_the_layer_and_the_exaggeration(doc, scene):
    b = _buildings(doc)
    ad = scene.adapters[b.id]
    _label(b, "name")
    assert ad.labels.texts == ["加賀温泉駅"]                             # the other buildings have no name
    top = ad.labels.points[0, 2]
    assert top >= ad.mesh.bounds[4]
    b.visible = False
    assert not ad.labels.actor.GetVisibility()
    b.visible = True
    assert ad.labels.actor.GetVisibility()
    terrain = next(v for v in doc.layers if v.kind == "terrain")
    terrain.params = {**terrain.params, "exaggeration": 3.0}
    assert ad.labels.points[0, 2] > top                                 # lifted with the roofs
    placements = ad.labels.placements
    b.style = Style.from_dict({**b.style.to_dict(), "color": "#123456"})    # a colour change keeps the labels
    assert ad.labels.texts == ["加賀温泉駅"] and ad.labels.placements == placements
    _label(b, None)
    assert ad.labels.actor is None and not _label_actors(scene.renderer)


def test_japanese_names_are_drawn_with_the_cjk_font(doc, scene):
    if cjk_font_file() is None:
        pytest.skip("no CJK font installed")
    b = _buildings(doc)
    ad = scene.adapters[b.id]
    scene.set_camera("top")
    scene.zoom_to_features(b.id, [int(ad.fids[0])])
    rw = scene.plotter.render_window
    rw.Render()
    before = scene.plotter.screenshot(return_img=True).astype(int)
    _label(b, "name")
    rw.Render()
    after = scene.plotter.screenshot(return_img=True).astype(int)
    assert ad.labels.placed_texts == ["加賀温泉駅"]
    tp = ad.labels.mapper.GetLabelTextProperty()
    assert tp.GetFontFamily() == 4 and tp.GetFontFile() == cjk_font_file()      # VTK_FONT_FILE
    (x, y), = project(scene.renderer, ad.labels.points[:1])[0]
    h = after.shape[0]
    w, hh = text_size("加賀温泉駅")
    box = (slice(int(h - y - hh / 2), int(h - y + hh / 2)), slice(int(x - w / 2), int(x + w / 2)))
    changed = np.abs(after[box] - before[box]).sum(axis=2) > 60
    dark = after[box].sum(axis=2) < 200
    assert changed.mean() > 0.3 and dark.sum() > 40                     # a light box with dark glyphs in it
