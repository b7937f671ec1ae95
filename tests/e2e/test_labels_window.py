"""In the real window: the Style panel's Labels row puts building names in the 3D view (加賀温泉駅 at the station),
the default height classes separate houses from the hotel, and labels come back when the project is reopened."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QApplication

pytestmark = pytest.mark.gl


def _choose(combo, data) -> None:
    i = combo.findData(data)
    assert i >= 0, data
    combo.setCurrentIndex(i)
    combo.activated.emit(i)


def _buildings(w):
    return next(v for v in w.document.layers if v.kind == "buildings")


def test_building_names_in_the_view_and_after_reopening(make_window, sample_project, qtbot):
    w = make_window(sample_project)
    b = _buildings(w)
    w.document.layers.selection.active = b
    panel = w.style_panel
    _choose(panel.mode_combo, "graduated")
    _choose(panel.attribute_combo, "measured_height")
    assert b.style.method == "natural_breaks"
    _choose(panel.label_combo, "name")
    assert b.style.label_attribute == "name"
    w.viewport.set_camera("station")
    w.viewport.render_now()
    QApplication.processEvents()
    labels = w.viewport.scene.adapters[b.id].labels
    assert "加賀温泉駅" in labels.placed_texts and "ホテル温泉中央口" in labels.placed_texts
    # the house next to the station and the hotel are in different height classes
    values = w.viewport.scene.adapters[b.id].feature_values("measured_height")
    entries = w.viewport.scene.legend_entries(b.id)
    klass = [next(i for i, e in enumerate(entries) if e.value and e.value[0] <= h <= e.value[1]) for h in (8.0, 30.5)]
    assert klass[0] < klass[1] and max(values) >= 30.5
    w.close()

    w2 = make_window(sample_project)
    b2 = _buildings(w2)
    assert b2.style.label_attribute == "name"
    w2.viewport.render_now()
    QApplication.processEvents()
    assert w2.viewport.scene.adapters[b2.id].labels.texts
    w2.document.layers.selection.active = b2
    assert w2.style_panel.label_combo.currentData() == "name"
