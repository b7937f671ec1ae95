"""Headless rendering of a project to a PNG: the same scene as the app, off screen (EGL, no X server).

:func:`render_png` opens the project, restores its saved layers (or builds the default ones), optionally
keeps only some layers and recolours one by an attribute, and writes a PNG with the legend, north arrow
and scale bar drawn by VTK, titled after the project's place (:func:`project_place`), and/or an A4 PDF map
layout. :func:`render_scene` draws an open document at any size (the app's "image at a size" and layout
exports use it with the view's camera).
"""

from __future__ import annotations

import contextlib
import os
import re
from dataclasses import replace
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any

from twin.clock import aware
from twin.document import LayerDataError, TwinDocument, attribute_label, default_style, station_xy
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


def project_place(store: Store) -> str:
    """The place a picture of the project names: ``project_meta.title`` when set; 加賀市 for data around Kaga
    Onsen Station; else the PLATEAU dataset's municipality from an imported folder or zip name
    (``14201_yokosuka-shi_…`` → ``yokosuka-shi``); else the project file's name."""
    title = store.meta("title")
    if title:
        return title
    ext = store.extent()
    if ext is not None:
        sx, sy = station_xy(store.crs)
        if ext[0] - 2000 <= sx <= ext[2] + 2000 and ext[1] - 2000 <= sy <= ext[3] + 2000:
            return "加賀市"
    for src in store.sources():
        m = _PLATEAU_DATASET.search(Path(str(src.get("path") or "")).as_posix())
        if m:
            return m.group(2)
    return Path(str(store.path)).stem


_PLATEAU_DATASET = re.compile(r"(\d{5})_([a-z][a-z-]*?-(?:shi|ku|machi|cho|mura|son|gun|to|ken|fu|do))_")
#: data wider than this (km) is called "far apart": the whole-area view shows it small
FAR_APART_KM = 30.0


def render_notes(requested_camera: str, camera: str, bounds: Sequence[float] | None,
                 warnings: dict[str, list[str]]) -> tuple[list[str], dict[str, list[str]]]:
    """What to tell the user about a picture, once each: the station view fell back to the whole area, the data
    is far apart, no DEM. Returns (notes, the layers' other warnings)."""
    notes = []
    if requested_camera == "station" and camera != "station":
        notes.append("Kaga Onsen Station is outside this project's data: the picture shows the whole area "
                     "(--camera city)")
    if bounds is not None:
        span = max(bounds[1] - bounds[0], bounds[3] - bounds[2]) / 1000.0
        if span > FAR_APART_KM:
            notes.append(f"the data spans {span:,.0f} km (imports far apart): the whole-area view shows everything "
                         "small; draw fewer layers (--layers) or save a camera in the app (--camera saved)")
    rest: dict[str, list[str]] = {}
    no_dem = []
    for name, warns in warnings.items():
        for w in warns:
            if "no DEM" in w:
                no_dem.append(name)
            else:
                rest.setdefault(name, []).append(w)
    if no_dem:
        notes.append(f"the project has no DEM: {', '.join(dict.fromkeys(no_dem))} drawn at stored heights "
                     "(import a GeoTIFF DEM for terrain)")
    return notes, rest


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


def _use_egl_without_display() -> None:
    if not os.environ.get("DISPLAY") and not os.environ.get("WAYLAND_DISPLAY"):
        # no X server: go straight to EGL (else VTK first tries X and prints "bad X server connection")
        os.environ.setdefault("VTK_DEFAULT_OPENGL_WINDOW", "vtkEGLRenderWindow")


def default_title(place: str, camera: str, color_by: str | None = None) -> str:
    """``加賀市 デジタルツイン 加賀温泉駅周辺 — 最大浸水深 (m)``: the place, the view, the colouring."""
    label = CAMERA_TITLES.get(camera if camera != "saved" else "", "")
    extra = f" — {attribute_label(color_by)}" if color_by else ""
    return f"{place} デジタルツイン{(' ' + label) if label else ''}{extra}"


def render_scene(doc: TwinDocument, out: str | os.PathLike[str] | None, size: tuple[int, int], *,
                 camera: str | dict[str, Any] = "station", title: str | Callable[[str], str] | None = "",
                 legend: bool = True,
                 overlays: bool = True, anti_alias: bool = True, layout: bool = False) -> dict[str, Any]:
    """Draw ``doc``'s layers off screen at ``size`` and save a PNG to ``out`` (None: keep the pixels in
    ``info["image"]``). ``camera``: a preset (``station``, ``city``, ``top``) or a camera state (the app's view).
    ``title``: a text, or a function of the camera shown (``city`` when the station is not in the data).
    ``layout``: for a map layout, the picture has no legend, title, north arrow or scale bar; their facts are
    returned instead (``north_angle``, ``scale_bar``, ``legend_sections``). Works beside the app's own view:
    a scene of its own on the same document, closed afterwards."""
    _use_egl_without_display()
    import pyvista as pv

    from layers.scene import SceneController

    plotter = pv.Plotter(off_screen=True, window_size=[int(size[0]), int(size[1])])
    scene = None
    try:
        scale = max(1.0, min(size) / 1000.0)
        scene = SceneController(doc, plotter, request_render=None, legend=legend and not layout,
                                overlays=overlays, overlay_scale=scale, progressive=False)
        if scene.overlays is not None:
            scene.set_overlay_text(replace(scene.legend.text, lang="ja"))   # the picture speaks Japanese
        if isinstance(camera, dict):
            scene.apply_camera_state(camera)
            shown_camera = "saved"
        else:
            scene.set_camera(camera)
            shown_camera = scene.preset or camera  # 'station' falls back to 'city' for data elsewhere
        if callable(title):
            title = title(shown_camera)
        if title and not layout:
            scene.set_title(title)
        if anti_alias:
            with contextlib.suppress(Exception):
                plotter.enable_anti_aliasing("ssaa")  # FXAA is not available with EGL/OSMesa
        target = None if out is None else str(out)
        # pyvista renders for the first time in its first screenshot: the overlays' facts exist after it
        img = plotter.screenshot(None if layout else target, return_img=True)
        ov = scene.overlays
        info: dict[str, Any] = {
            "size": tuple(size), "camera": shown_camera, "title": title or "",
            "north_angle": ov.last_north_angle if ov else None,
            "scale_bar": ov.last_scale if ov else None,
            "scale_note": ov.scale_note if ov and not plotter.camera.parallel_projection else "",
            "legend": ov.legend_texts if ov else [],
            "legend_sections": scene.legend_sections(),
            "bounds": scene.scene_bounds(),
            "errors": dict(scene.errors),
            "warnings": {doc.layers.by_id(k).name: ad.warnings for k, ad in scene.adapters.items() if ad.warnings},
        }
        if layout and ov is not None:   # the layout draws these itself, sharper, beside the picture
            for shape in (ov.arrow, ov.bar, ov.legend_panel):
                shape.set_visible(False)
            for lab in (ov.arrow_label, ov.bar_label, ov.title_label, *ov.legend_labels):
                lab.actor.SetVisibility(False)
            plotter.render()
            img = plotter.screenshot(target, return_img=True)
        if target is not None:
            info["path"] = target
        else:
            info["image"] = img
        return info
    finally:
        if scene is not None:
            scene.close()
        plotter.close()
        plotter.deep_clean()


def render_png(store_or_path: Store | str | os.PathLike[str], out: str | os.PathLike[str], camera: str = "station",
               size: tuple[int, int] = (1600, 1000), color_by: str | None = None,
               layers: Sequence[str] | str | None = None, *, colormap: str | None = None,
               title: str | None = None, legend: bool = True, anti_alias: bool = True,
               time: str | None = None, pdf: str | os.PathLike[str] | None = None,
               scenario: str | None = None) -> dict[str, Any]:
    """Render the project's scene to ``out`` (PNG; None with ``pdf`` only). ``camera``: ``station`` | ``city`` |
    ``top`` | ``saved`` (the camera saved in the project). ``time`` (ISO 8601, or a year) sets the twin's clock:
    temporal layers show that moment (else the clock saved in the project, if any). ``pdf``: also write an A4 map
    layout (:mod:`layers.map_layout_pdf`). ``scenario``: the buildings as that scenario over the base
    (:func:`layers.scenario.use_scenario`; with ``time`` only the phases standing then, else every phase).
    Returns facts about the image (layers drawn, legend texts, scale bar, ``notes`` to tell the user once each).
    Raises :class:`~twin.errors.TwinError` subclasses with the valid choices on bad arguments."""
    from layers.scene import PRESETS

    if camera not in (*PRESETS, "saved"):
        raise TwinError(f"unknown camera {camera!r}; choose one of {', '.join((*PRESETS, 'saved'))}")
    targets = [Path(p).expanduser() for p in (out, pdf) if p is not None]
    if not targets:
        raise TwinError("nothing to write: give a PNG file (--out) or a PDF layout (--pdf)")
    for t in targets:
        if t.parent and not t.parent.exists():
            raise TwinError(f"cannot write {t}: the folder {t.parent} does not exist")
    with _opened(store_or_path) as store:
        doc = TwinDocument(store)
        doc.load_layers()
        if not len(doc.layers):
            raise TwinError(f"{store.path} has nothing to draw (no buildings, roads or DEM); import data first")
        select_layers(doc, layers)
        if scenario is not None:
            from layers.scenario import use_scenario

            use_scenario(doc, scenario, follow_clock=time is not None)   # the project's saved clock: every phase
        if time is not None:
            set_clock(doc, time)
        colored = apply_color_by(doc, color_by, colormap) if color_by else None
        view: str | dict[str, Any] = camera
        if camera == "saved":
            view = doc.camera if doc.camera else "station"
        place = project_place(store)

        def titled(shown: str) -> str:   # the title names what the picture shows (the view may fall back)
            if title is not None:
                return title
            text = default_title(place, shown if camera != "saved" else "saved", color_by)
            return f"{text} — シナリオ「{scenario}」" if scenario is not None else text

        info: dict[str, Any] = {}
        if out is not None:
            info = render_scene(doc, Path(out).expanduser(), size, camera=view, legend=legend,
                                anti_alias=anti_alias, title=titled)
        if pdf is not None:
            from layers.map_layout_pdf import write_map_layout

            lay = write_map_layout(doc, Path(pdf).expanduser(), camera=view, title=titled, sources=store.sources(),
                                   legend_first=colored.name if colored else None)
            info = {**lay, **info}
            info["pdf"] = lay["pdf"]
        requested = camera
        info.update({
            "size": tuple(size), "place": place,
            "layers": [v.name for v in doc.layers if doc.tree.is_shown(v)],
            "time": doc.clock.current.isoformat() if doc.clock.current else None,
            "colored_layer": colored.name if colored else None,
            "scenario": scenario,
        })
        info["notes"], info["warnings"] = render_notes(requested, info["camera"] if camera != "saved" else "saved",
                                                       info.get("bounds"), info.get("warnings", {}))
        return info


__all__ = ["apply_color_by", "default_title", "parse_size", "project_place", "render_notes", "render_png",
           "render_scene", "select_layers", "set_clock", "style_for_attribute"]
