"""The storm night replayed in the real window: a step of the time bar recolours the snow coverage ribbons (no
rebuild) with the bands the analysis gives at that time, and the ploughs move."""

from __future__ import annotations

import datetime as dt

import numpy as np
import pytest
from PySide6.QtCore import Qt

pytestmark = pytest.mark.gl


def _layer(w, kind):
    return next((v for v in w.document.layers if v.kind == kind), None)


def test_a_time_bar_step_recolours_the_snow_segments(make_window, sample_project, qtbot):
    from twin.paths import STORM_CLOCK_AT, STORM_END, STORM_START
    from twin.snow_coverage import BANDS, bands_at
    from twin.style import hex_to_rgba

    w = make_window(sample_project)
    coverage = _layer(w, "snow_coverage")
    if coverage is None:
        pytest.skip("the sample project has no storm night (the bundled sample is missing)")
    doc, bar = w.document, w.time_bar
    scene = w.viewport.scene
    ad = scene.adapters[coverage.id]
    vehicles = scene.adapters[_layer(w, "plough_vehicles").id]
    # the default project opens on the storm night, at 06:00, stepping 10 minutes
    assert doc.clock.current == dt.datetime.fromisoformat(STORM_CLOCK_AT) and bar.is_active()
    step = doc.clock.step
    # a time of the night at which one step changes some segment's band (by the analysis' own bands)
    t = dt.datetime.fromisoformat(STORM_START) + 6 * step
    while bands_at(doc.store, t) == bands_at(doc.store, t + step):
        t += step
        assert t < dt.datetime.fromisoformat(STORM_END)
    doc.clock.current = t
    w.viewport.render_now()
    mesh, builds, recolors = ad.mesh, ad.build_count, ad.recolor_count
    before = np.array(ad.mesh.cell_data["rgba"])
    moving_before = vehicles.shown_points.GetNumberOfPoints()

    qtbot.mouseClick(bar.forward_button, Qt.MouseButton.LeftButton)

    assert doc.clock.current == t + step
    assert ad.mesh is mesh and ad.build_count == builds and ad.recolor_count == recolors + 1   # recoloured only
    after = np.asarray(ad.mesh.cell_data["rgba"])
    fid = np.asarray(ad.mesh.cell_data["feature_id"])
    changed = set(fid[(after != before).any(axis=1)].tolist())
    expected = bands_at(doc.store, t + step)
    previous = bands_at(doc.store, t)
    assert changed == {s for s in expected if expected[s] != previous[s] and s in set(fid.tolist())} and changed
    # every ribbon in its band's colour, as the legend (in the UI language) names it
    legend = scene.legend_entries(coverage.id)
    assert [e.label for e in legend] == ["≤3 h", "3–6 h", "6–12 h", "12–24 h", ">24 h", "Not ploughed"]
    color = {band: hex_to_rgba(legend[i].color) for i, band in enumerate(BANDS)}
    cell_band = np.array([expected.get(int(f), "never") for f in fid], dtype=object)
    for band in set(cell_band.tolist()):
        assert {tuple(int(c) for c in row) for row in after[cell_band == band]} == {color[band]}
    # the ploughs at work at that hour are drawn, one point each
    assert moving_before > 0 and vehicles.shown_points.GetNumberOfPoints() > 0
    w.viewport.render_now()
