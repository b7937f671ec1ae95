"""Headless rendering of a project to a PNG: the same scene as the app, off screen (EGL, no X server).

:func:`render_png` opens the project, restores its saved layers (or builds the default ones), optionally
keeps only some layers and recolours one by an attribute, and writes a PNG with the legend, north arrow
and scale bar drawn by VTK.
"""

from __future__ import annotations

import contextlib
import os
from dataclasses import replace
from collections.abc import Sequence
from pathlib import Path
from typing import Any

from twin.clock import aware
from twin.document import LayerDataError, TwinDocument, attribute_label, default_style
from twin.errors import TwinError
from layers.registry import adapter_class_or_none
from twin.layer import Layer
from twin.store import Store
from twin.style import Style, graduated_defaults

#: the place named in the image title, per camera
CAMERA_TITLES = {"station": "加賀温泉駅周辺", "city": "全域", "top": "平面図", "saved": ""}


def parse_size(text: str) -> tuple[int, int]:
    """``'1600x1000'`` → (1600, 1000); TwinError with the expected form otherwise."""
    try:
        w, h = (int(v) for v in str(text).lower().replace("×", "x").split("x"))
    except ValueError:
        raise TwinError(f"--size must look like 1600x1000, not {text!r}") from None
    if not (16 <= w <= 10000 and 16 <= h <= 10000):
        raise TwinError(f"--size must be between 16x16 and 10000x10000, not {text!r}")
    return w, h


def select_layers(doc: TwinDocument, wanted: Sequence[str] | str | None) -> list[Layer]:
    """Layers matching the given names, ids or kinds (others are hidden); LayerDataError listing the valid
    names if one matches nothing."""
    if wanted is None:
        return list(doc.layers)
    if isinstance(wanted, str):
        wanted = [w for w in (p.strip() for p in wanted.split(",")) if w]
    keep: list[Layer] = []
    for w in wanted:
        hits = [v for v in doc.layers if w in (v.name, v.id, v.kind)]
        if not hits:
            raise LayerDataError(f"no layer {w!r}; layers: {', '.join(doc.layers.names()) or '(none)'} "
                                 f"(or a kind: {', '.join(sorted({v.kind for v in doc.layers}))})")
        keep += [h for h in hits if h not in keep]
    for v in doc.layers:
        v.visible = v in keep
    return keep


def style_for_attribute(doc: TwinDocument, layer: Layer, attribute: str, colormap: str | None = None) -> Style:
    """A sensible style colouring ``layer`` by ``attribute``: categorized for text (with the category colours of
    the kind's default style when that colours by the same attribute, or by its ``_code``), graduated for
    numbers."""
    info = doc.attribute(layer, attribute)
    if not info.numeric:
        st = default_style(layer.kind)
        if st.mode == "categorized" and st.categories and attribute in (st.attribute, f"{st.attribute}_code"):
            st.attribute = attribute
            return st
        return Style(mode="categorized", attribute=attribute)
    try:
        return Style(mode="graduated", attribute=attribute, **graduated_defaults(attribute, colormap))
    except ValueError as exc:
        raise TwinError(str(exc)) from None


def _color_by_priority(layer: Layer) -> int:
    cls = adapter_class_or_none(layer)
    return cls.color_by_priority if cls is not None else 1


def apply_color_by(doc: TwinDocument, attribute: str, colormap: str | None = None) -> Layer:
    """Colour the first visible layer having ``attribute``, in the order of their adapters'
    ``color_by_priority`` (buildings first, then other feature layers, then terrain and rasters), bottom layer
    first within one priority; LayerDataError listing the valid attributes if none has it."""
    order = sorted((v for v in doc.layers if v.visible), key=_color_by_priority)
    valid: dict[str, list[str]] = {}
    for layer in order:
        names = [a.name for a in doc.attributes(layer)]
        valid[layer.name] = names
        if attribute in names:
            layer.style = style_for_attribute(doc, layer, attribute, colormap)
            return layer
    listing = "; ".join(f"{k}: {', '.join(v)}" for k, v in valid.items()) or "(no visible layers)"
    raise LayerDataError(f"no visible layer has the attribute {attribute!r}. Valid attributes — {listing}")


def set_clock(doc: TwinDocument, when: str) -> None:
    """Put the document's clock at ``when``; the range spans the temporal layers' times and ``when``."""
    try:
        t = aware(when)
    except ValueError as exc:
        raise TwinError(f"--time: {exc}") from None
    ext = doc.time_extent()
    lo, hi = (min(ext[0], t), max(ext[1], t)) if ext else (t, t)
    doc.clock.set_range(lo, hi, current=t)


@contextlib.contextmanager
def _opened(store_or_path: Store | str | os.PathLike[str]):
    if isinstance(store_or_path, Store):
        yield store_or_path
        return
    path = Path(store_or_path).expanduser()
    if not path.exists():
        raise TwinError(f"{path} does not exist.")
    store = Store(path, read_only=True, create=False)
    try:
        yield store
    finally:
        store.close()


def render_png(store_or_path: Store | str | os.PathLike[str], out: str | os.PathLike[str], camera: str = "station",
               size: tuple[int, int] = (1600, 1000), color_by: str | None = None,
               layers: Sequence[str] | str | None = None, *, colormap: str | None = None,
               title: str | None = None, legend: bool = True, anti_alias: bool = True,
               time: str | None = None) -> dict[str, Any]:
    """Render the project's scene to ``out`` (PNG). ``camera``: ``station`` | ``city`` | ``top`` | ``saved``
    (the camera saved in the project). ``time`` (ISO 8601, or a year) sets the twin's clock: temporal layers
    show that moment (else the clock saved in the project, if any). Returns facts about the image (layers drawn, legend texts, scale bar).
    Raises :class:`~twin.errors.TwinError` subclasses with the valid choices on bad arguments."""
    if not os.environ.get("DISPLAY") and not os.environ.get("WAYLAND_DISPLAY"):
        # no X server: go straight to EGL (else VTK first tries X and prints "bad X server connection")
        os.environ.setdefault("VTK_DEFAULT_OPENGL_WINDOW", "vtkEGLRenderWindow")
    import pyvista as pv

    from layers.scene import PRESETS, SceneController

    if camera not in (*PRESETS, "saved"):
        raise TwinError(f"unknown camera {camera!r}; choose one of {', '.join((*PRESETS, 'saved'))}")
    out = Path(out).expanduser()
    if out.parent and not out.parent.exists():
        raise TwinError(f"cannot write {out}: the folder {out.parent} does not exist")
    with _opened(store_or_path) as store:
        doc = TwinDocument(store)
        doc.load_layers()
        if not len(doc.layers):
            raise TwinError(f"{store.path} has nothing to draw (no buildings, roads or DEM); import data first")
        select_layers(doc, layers)
        if time is not None:
            set_clock(doc, time)
        colored = apply_color_by(doc, color_by, colormap) if color_by else None
        if camera != "saved":
            doc.camera = {"preset": camera}
        elif not doc.camera:
            doc.camera = {"preset": "station"}
        plotter = pv.Plotter(off_screen=True, window_size=[int(size[0]), int(size[1])])
        scene = None
        try:
            scale = max(1.0, min(size) / 1000.0)
            scene = SceneController(doc, plotter, request_render=None, legend=legend, overlay_scale=scale,
                                    progressive=False)
            scene.set_overlay_text(replace(scene.legend.text, lang="ja"))   # the picture speaks Japanese
            if camera != "saved":
                camera = scene.preset or camera  # 'station' falls back to 'city' for data elsewhere
            if title is None:
                label = CAMERA_TITLES.get(camera if camera != "saved" else "", "")
                extra = f" — {attribute_label(color_by)}" if color_by else ""
                title = f"加賀市 デジタルツイン{(' ' + label) if label else ''}{extra}"
            scene.set_title(title)
            if anti_alias:
                with contextlib.suppress(Exception):
                    plotter.enable_anti_aliasing("ssaa")  # FXAA is not available with EGL/OSMesa
            plotter.render()
            plotter.screenshot(str(out))
            info = {
                "path": str(out), "size": tuple(size), "camera": camera,
                "layers": [v.name for v in doc.layers if doc.tree.is_shown(v)],
                "time": doc.clock.current.isoformat() if doc.clock.current else None,
                "colored_layer": colored.name if colored else None,
                "legend": scene.overlays.legend_texts if scene.overlays else [],
                "scale_bar": scene.overlays.last_scale if scene.overlays else None,
                "errors": dict(scene.errors),
                "warnings": {doc.layers.by_id(k).name: ad.warnings for k, ad in scene.adapters.items() if ad.warnings},
            }
        finally:
            if scene is not None:
                scene.close()
            plotter.close()
            plotter.deep_clean()
        return info


__all__ = ["apply_color_by", "parse_size", "render_png", "select_layers", "set_clock", "style_for_attribute"]
