"""The scene's camera: presets (``station`` / ``city`` / ``top``), framing layers and features, and the camera
state saved with a project."""

from __future__ import annotations

import math
from collections.abc import Callable, Iterable, Mapping
from typing import TYPE_CHECKING, Any

import numpy as np
from pyproj.exceptions import CRSError, ProjError

from layers.ground import Ground
from twin.document import TwinDocument, station_xy

if TYPE_CHECKING:  # pragma: no cover
    from layers.adapter import LayerAdapter

PRESETS = ("station", "city", "top")

#: station view: heading (compass degrees the camera looks towards), elevation angle, distance (m)
STATION_VIEW = {"heading": 20.0, "elevation": 38.0, "distance": 1300.0}


class SceneCamera:
    """Moves one renderer's camera over the scene's layers (``adapters``: layer id → adapter); ``changed`` is
    called after every move (the scene then asks for a render)."""

    def __init__(self, renderer: Any, document: TwinDocument, adapters: Mapping[str, "LayerAdapter"],
                 ground: Ground, changed: Callable[[], None]):
        self.renderer = renderer
        self.document = document
        self.adapters = adapters
        self.ground = ground
        self.changed = changed
        #: the camera preset last applied (None: a saved or user camera)
        self.preset: str | None = None

    def center_xy(self) -> tuple[float, float]:
        """Kaga Onsen Station in project coordinates ((0, 0) when the project's CRS cannot place it)."""
        try:
            return station_xy(self.document.crs)
        except (CRSError, ProjError):
            return 0.0, 0.0

    def scene_bounds(self, visible_only: bool = True) -> tuple[float, ...] | None:
        """(xmin, xmax, ymin, ymax, zmin, zmax) of the (visible) layers, None when nothing is drawn."""
        bs = []
        for layer in self.document.layers:
            ad = self.adapters.get(layer.id)
            if ad is None or (visible_only and not ad.shown):
                continue
            b = ad.bounds()
            if b is not None:
                bs.append(b)
        if not bs:
            return None
        a = np.array(bs)
        return (a[:, 0].min(), a[:, 1].max(), a[:, 2].min(), a[:, 3].max(), a[:, 4].min(), a[:, 5].max())

    def ground_height(self, x: float, y: float) -> float:
        """Terrain height (with exaggeration) at (x, y); without a DEM the bottom of the scene (0 if empty)."""
        grid = self.ground.dem()
        if grid is None:
            b = self.scene_bounds()
            return float(b[4]) if b else 0.0
        z = float(grid.sample(np.array([x]), np.array([y]))[0])
        return (z if math.isfinite(z) else 0.0) * self.ground.exaggeration

    # -- presets ------------------------------------------------------------------------------------------
    def look(self, focal: np.ndarray, heading_deg: float, elevation_deg: float, distance: float) -> None:
        cam = self.renderer.GetActiveCamera()
        cam.SetParallelProjection(False)
        h, e = math.radians(heading_deg), math.radians(elevation_deg)
        direction = np.array([math.sin(h) * math.cos(e), math.cos(h) * math.cos(e), -math.sin(e)])
        pos = focal - direction * distance
        cam.SetFocalPoint(*focal)
        cam.SetPosition(*pos)
        cam.SetViewUp(0.0, 0.0, 1.0)
        cam.OrthogonalizeViewUp()

    def set_camera(self, preset: str) -> None:
        """``'station'``: oblique view of Kaga Onsen Station; ``'city'``: oblique view of everything;
        ``'top'``: top-down 2D (parallel projection, north up)."""
        if preset not in PRESETS:
            raise ValueError(f"unknown camera preset {preset!r}; presets: {', '.join(PRESETS)}")
        b = self.scene_bounds() or self.scene_bounds(visible_only=False)
        cam = self.renderer.GetActiveCamera()
        if preset == "station" and b is not None and not self.station_in(b):
            preset = "city"         # a project elsewhere (another city's PLATEAU data): show what it has
        if preset == "station":
            sx, sy = self.center_xy()
            focal = np.array([sx, sy, self.ground_height(sx, sy)])
            v = STATION_VIEW
            self.look(focal, v["heading"], v["elevation"], v["distance"])
        elif preset == "city":
            if b is None:
                return self.set_camera("station")
            self.frame_oblique(b, heading_deg=10.0, elevation_deg=48.0)
        else:
            if b is None:
                sx, sy = self.center_xy()
                b = (sx - 1000, sx + 1000, sy - 1000, sy + 1000, 0, 10)
            focal = np.array([(b[0] + b[1]) / 2, (b[2] + b[3]) / 2, b[4]])
            cam.SetParallelProjection(True)
            cam.SetFocalPoint(*focal)
            cam.SetPosition(focal[0], focal[1], b[5] + 5000.0)
            cam.SetViewUp(0.0, 1.0, 0.0)
            w, h = self.renderer.GetSize()
            aspect = (w / h) if h else 1.0
            half_h = (b[3] - b[2]) / 2
            half_w = (b[1] - b[0]) / 2
            cam.SetParallelScale(max(half_h, half_w / max(aspect, 1e-6)) * 1.05)
        self.done()
        self.preset = preset

    def station_in(self, b: tuple[float, ...], margin: float = 2000.0) -> bool:
        """Whether Kaga Onsen Station lies within ``margin`` metres of the bounds ``b``."""
        sx, sy = self.center_xy()
        return b[0] - margin <= sx <= b[1] + margin and b[2] - margin <= sy <= b[3] + margin

    def frame_oblique(self, b: tuple[float, ...], heading_deg: float, elevation_deg: float,
                      margin: float = 1.04) -> None:
        """Look at the box ``b`` from the given direction, as close as possible with all of it in view.

        Exact for the perspective frustum: every corner must satisfy |up| ≤ tan(vfov/2)·depth and
        |right| ≤ tan(hfov/2)·depth, where depth is the corner's distance along the viewing direction.
        """
        corners = np.array([[x, y, z] for x in b[0:2] for y in b[2:4] for z in b[4:6]], dtype=np.float64)
        focal = corners.mean(axis=0)
        self.look(focal, heading_deg, elevation_deg, 1.0)
        cam = self.renderer.GetActiveCamera()
        forward = focal - np.array(cam.GetPosition())
        forward /= np.linalg.norm(forward)
        up = np.array(cam.GetViewUp())
        right = np.cross(forward, up)
        w, h = self.renderer.GetSize()
        tan_v = math.tan(math.radians(cam.GetViewAngle()) / 2)
        tan_h = tan_v * ((w / h) if w and h else 1.0)
        rel = corners - focal
        need = np.maximum(np.abs(rel @ up) / tan_v, np.abs(rel @ right) / tan_h) * margin - rel @ forward
        self.look(focal, heading_deg, elevation_deg, max(float(need.max()), 50.0))
        self.renderer.ResetCameraClippingRange()

    # -- framing ------------------------------------------------------------------------------------------
    def fit(self, bounds: tuple[float, ...], min_radius: float = 60.0) -> None:
        """Frame ``bounds`` keeping the viewing direction (at least ``min_radius`` metres around its centre)."""
        b = np.array(bounds, dtype=np.float64)
        c = (b[0::2] + b[1::2]) / 2
        half = np.maximum((b[1::2] - b[0::2]) / 2, min_radius / math.sqrt(3))
        b = np.ravel(np.column_stack([c - half, c + half]))
        cam = self.renderer.GetActiveCamera()
        if cam.GetParallelProjection():
            cam.SetFocalPoint(*c)
            pos = np.array(cam.GetPosition())
            cam.SetPosition(c[0], c[1], max(pos[2], b[5] + 1000))
            w, h = self.renderer.GetSize()
            aspect = (w / h) if h else 1.0
            cam.SetParallelScale(max(half[1], half[0] / max(aspect, 1e-6)) * 1.2)
        else:
            self.renderer.ResetCamera(*b)
        self.done()

    def zoom_to_layer(self, layer_id: str) -> bool:
        """Frame a layer (keeping the viewing direction); False if it has nothing drawn."""
        ad = self.adapters.get(layer_id)
        b = ad.bounds() if ad is not None else None
        if b is None:
            return False
        self.fit(b)
        return True

    def zoom_to_features(self, layer_id: str, ids: Iterable[int]) -> bool:
        """Frame the given features of a layer; False if none of them is drawn."""
        ad = self.adapters.get(layer_id)
        b = ad.bounds(ids) if ad is not None else None
        if b is None:
            return False
        self.fit(b)
        return True

    # -- state --------------------------------------------------------------------------------------------
    def camera_state(self) -> dict[str, Any]:
        """JSON-serialisable camera (project coordinates), for ``document.save_state(camera=...)``."""
        cam = self.renderer.GetActiveCamera()
        return {"position": list(cam.GetPosition()), "focal_point": list(cam.GetFocalPoint()),
                "view_up": list(cam.GetViewUp()), "view_angle": cam.GetViewAngle(),
                "parallel_projection": bool(cam.GetParallelProjection()),
                "parallel_scale": cam.GetParallelScale()}

    def apply_camera_state(self, state: dict[str, Any]) -> None:
        """Restore :meth:`camera_state` output, or a preset given as ``{"preset": name}``."""
        if not state:
            return
        if "preset" in state and "position" not in state:
            self.set_camera(state["preset"])
            return
        cam = self.renderer.GetActiveCamera()
        try:
            cam.SetParallelProjection(bool(state.get("parallel_projection", False)))
            cam.SetPosition(*[float(v) for v in state["position"]])
            cam.SetFocalPoint(*[float(v) for v in state["focal_point"]])
            cam.SetViewUp(*[float(v) for v in state.get("view_up", (0, 0, 1))])
            if state.get("view_angle"):
                cam.SetViewAngle(float(state["view_angle"]))
            if state.get("parallel_scale"):
                cam.SetParallelScale(float(state["parallel_scale"]))
        except (KeyError, TypeError, ValueError):
            self.set_camera("station")
            return
        self.done()

    def done(self) -> None:
        """After a camera move: tell pyvista the camera is set (or its first render replaces it with an
        isometric default), fit the clipping range, and report the change."""
        try:
            self.renderer.camera_set = True
        except AttributeError:  # a plain vtkRenderer
            pass
        self.renderer.ResetCameraClippingRange()
        self.changed()


__all__ = ["PRESETS", "STATION_VIEW", "SceneCamera"]
