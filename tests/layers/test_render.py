"""Headless rendering: render_png and ``kaga-twin render`` write a readable PNG without a display."""

from __future__ import annotations

import os
import subprocess
import sys

import numpy as np
import pytest

from layers.render import render_png
from twin.errors import TwinError


def _read_png(path):
    from vtkmodules.vtkIOImage import vtkPNGReader
    from vtkmodules.util.numpy_support import vtk_to_numpy

    r = vtkPNGReader()
    r.SetFileName(str(path))
    r.Update()
    img = r.GetOutput()
    w, h, _ = img.GetDimensions()
    arr = vtk_to_numpy(img.GetPointData().GetScalars()).reshape(h, w, -1)[::-1]  # top row first
    return arr[:, :, :3].astype(int)


def test_render_png_has_scene_legend_north_arrow_and_scale(city_path, tmp_path):
    out = tmp_path / "city.png"
    info = render_png(city_path[0], out, camera="station", size=(640, 400), color_by="max_flood_depth")
    img = _read_png(out)
    assert img.shape == (400, 640, 3)
    assert img.std() > 20                                            # not blank
    assert len(np.unique(img.reshape(-1, 3), axis=0)) > 200          # a real picture, many colours
    assert info["colored_layer"] == "建物" and not info["errors"]
    assert "建物: 最大浸水深 (m)" in info["legend"] and "値なし" in info["legend"]
    assert info["scale_bar"][0] > 0
    # the legend panel (top left) is drawn: near-white panel with dark text on it
    panel = img[40:120, 10:120]
    assert (panel.mean(axis=2) > 235).mean() > 0.5 and (panel.mean(axis=2) < 120).any()
    # the north arrow disc (top right) is drawn
    disc = img[30:90, 570:630]
    assert (disc.mean(axis=2) < 80).any() and (disc.mean(axis=2) > 240).any()


def test_render_png_top_view_and_layer_filter(city_path, tmp_path):
    out = tmp_path / "top.png"
    info = render_png(city_path[0], out, camera="top", size=(400, 300), layers="建物,terrain", legend=False)
    assert info["layers"] == ["地形", "建物"] and info["legend"] == []
    assert _read_png(out).std() > 10


def test_render_png_rejects_unknown_names_listing_valid_ones(city_path, tmp_path):
    with pytest.raises(TwinError, match=r"no layer 'nope'; layers: 地形, 道路, 建物"):
        render_png(city_path[0], tmp_path / "x.png", layers="nope")
    with pytest.raises(TwinError, match=r"Valid attributes — 建物: .*measured_height.*max_flood_depth"):
        render_png(city_path[0], tmp_path / "x.png", color_by="height_in_furlongs")
    with pytest.raises(TwinError, match="unknown camera"):
        render_png(city_path[0], tmp_path / "x.png", camera="fisheye")
    assert not (tmp_path / "x.png").exists()


def _cli(*args, env=None):
    return subprocess.run([sys.executable, "-m", "main", *args], capture_output=True, text=True, timeout=300,
                          cwd=os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__)))),
                          env={**os.environ, "DISPLAY": "", **(env or {})})


def test_kaga_twin_render_cli(city_path, tmp_path):
    out = tmp_path / "cli.png"
    r = _cli("render", "--project", str(city_path[0]), "--out", str(out), "--size", "480x320",
             "--color-by", "year_built", "--camera", "city")
    assert r.returncode == 0, r.stderr
    assert "Wrote" in r.stdout and out.stat().st_size > 10_000
    assert "X server" not in r.stderr, r.stderr  # no display: straight to EGL, no VTK noise for the user
    assert _read_png(out).shape == (320, 480, 3)
    bad = _cli("render", "--project", str(city_path[0]), "--out", str(tmp_path / "b.png"), "--color-by", "nope")
    assert bad.returncode == 1 and "Traceback" not in bad.stderr
    assert "no visible layer has the attribute 'nope'" in bad.stderr and "usage" in bad.stderr
    bad = _cli("render", "--project", str(city_path[0]), "--out", str(tmp_path / "b.png"), "--size", "big")
    assert bad.returncode == 1 and "--size must look like 1600x1000" in bad.stderr


def test_color_by_tries_buildings_then_other_feature_layers_then_terrain(doc):
    """The order comes from the adapters' ``color_by_priority``, not from a list of kinds."""
    from layers.render import apply_color_by
    from twin.document import default_style

    buildings, roads, terrain = (doc.layers.by_kind(k)[0] for k in ("buildings", "roads", "terrain"))
    common = sorted({a.name for a in doc.attributes(buildings)} & {a.name for a in doc.attributes(roads)})
    assert common
    assert apply_color_by(doc, common[0]) is buildings               # buildings first, though drawn above roads
    buildings.visible = False
    assert apply_color_by(doc, common[0]) is roads
    assert apply_color_by(doc, "elevation") is terrain
    buildings.visible = True
    colored = apply_color_by(doc, "usage")                            # the usage colours of the default style
    assert colored is buildings and colored.style.categories == default_style("buildings").categories
