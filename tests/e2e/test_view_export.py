"""Export view from the real window: a PNG at 3000×2000 and an A4 PDF layout, rendered off screen with the
window's camera; the window keeps its size and its own view."""

from __future__ import annotations

import numpy as np
from PIL import Image

from gui.view_export import ExportViewDialog, export_view


def test_a_big_image_and_a_layout_of_the_window_view(make_window, sample_project, tmp_path, qtbot):
    w = make_window(sample_project)
    before = w.viewport.size()
    camera = w.viewport.scene.camera_state()
    info = export_view(w.document, camera, tmp_path / "view.png", size=(3000, 2000), title="駅前の建物")
    img = np.asarray(Image.open(tmp_path / "view.png"))
    assert img.shape[:2] == (2000, 3000) and img.std() > 20
    assert info["camera"] == "saved" and info["title"] == "駅前の建物" and info["legend"]
    assert w.viewport.size() == before and w.viewport.scene.camera_state() == camera
    pdf = export_view(w.document, camera, tmp_path / "view.pdf", title="駅前の建物")
    assert (tmp_path / "view.pdf").read_bytes().startswith(b"%PDF") and pdf["scale_m"] > 0
    # the window still draws (its scene was not disturbed by the off-screen one)
    w.viewport.render_now()
    assert np.asarray(w.viewport.screenshot()).std() > 10


def test_the_dialog_offers_sizes_and_the_layout(qtbot):
    dlg = ExportViewDialog("加賀市 デジタルツイン")
    qtbot.addWidget(dlg)
    assert dlg.size == (3000, 2000) and dlg.fmt == "png" and dlg.title == "加賀市 デジタルツイン"
    dlg.preset_combo.setCurrentIndex(0)
    assert dlg.size == (1920, 1080)
    dlg.format_combo.setCurrentIndex(1)
    assert dlg.fmt == "pdf" and not dlg.width_spin.isEnabled()


def test_file_menu_export_view_writes_the_chosen_size(make_window, sample_project, tmp_path, qtbot, monkeypatch):
    from PySide6.QtWidgets import QDialog

    w = make_window(sample_project)
    acts = w.window_actions
    assert acts.act_export_view in acts.file_menu.actions() and acts.act_export_view.isEnabled()

    def accept(dlg):
        dlg.preset_combo.setCurrentIndex(0)                 # 1920 × 1080
        return QDialog.DialogCode.Accepted

    monkeypatch.setattr(ExportViewDialog, "exec", accept)
    from gui.window_actions import WindowActions

    monkeypatch.setattr(WindowActions, "_save_path", lambda *a: str(tmp_path / "menu.png"))
    acts.act_export_view.trigger()
    assert np.asarray(Image.open(tmp_path / "menu.png")).shape[:2] == (1080, 1920)
    assert "menu.png" in w.statusBar().currentMessage()
