"""Terrain from a DEM in the store: a triangulated height field with smooth normals.

``params``: ``raster_id`` (rasters.id; default the first DEM), ``exaggeration`` (vertical factor; the
scene applies it to everything draped on or standing on the terrain), ``max_size`` (the grid is
subsampled with a stride so neither side has more than this many points; default 512 — a 5 m DEM of
the 3 km sample is drawn at 10 m; draped layers sample the full DEM).

Colour: the style's classification of the point elevations (graduated by ``elevation`` gives
hypsometric bands), or the single colour; lighting from analytic normals shows the relief either way.
Nodata pixels leave holes.
"""

from __future__ import annotations

import math

import numpy as np
import pyvista as pv

from layers.adapter import LayerAdapter, register_adapter
from layers.tiled_drawing import StandIn
from twin.raster import Raster
from twin.style import LegendEntry


def grid_triangles(h: int, w: int) -> np.ndarray:
    """Two triangles per grid cell of an h × w point grid (row-major point ids)."""
    r, c = np.meshgrid(np.arange(h - 1), np.arange(w - 1), indexing="ij")
    p00 = (r * w + c).ravel()
    p01 = p00 + 1
    p10 = p00 + w
    p11 = p10 + 1
    t = np.empty((2 * len(p00), 3), np.int64)
    t[0::2] = np.stack([p00, p10, p11], axis=1)
    t[1::2] = np.stack([p00, p11, p01], axis=1)
    return t


def terrain_mesh(grid: Raster, max_size: int = 512) -> tuple[pv.PolyData, np.ndarray, float]:
    """(mesh, elevation per point, spacing) of ``grid`` band 1 at pixel centres, subsampled to ``max_size``."""
    stride = max(1, int(math.ceil(max(grid.width, grid.height) / max(2, int(max_size)))))
    xs, ys = grid.centers(stride)
    z = grid.data[0, ::stride, ::stride]
    h, w = z.shape
    X, Y = np.meshgrid(xs, ys)
    pts = np.column_stack([X.ravel(), Y.ravel(), z.ravel()])
    tris = grid_triangles(h, w)
    bad = ~np.isfinite(pts[:, 2])
    if bad.any():
        tris = tris[~bad[tris].any(axis=1)]
        pts[bad, 2] = np.nanmin(z) if np.isfinite(z).any() else 0.0
    mesh = pv.PolyData.from_regular_faces(pts, tris)
    elev = pts[:, 2].copy()
    elev[bad] = np.nan
    mesh.point_data["elevation"] = elev
    spacing = (abs(grid.transform[0]) * stride, abs(grid.transform[4]) * stride)
    mesh.field_data["grid_shape"] = np.array([h, w])
    mesh.field_data["spacing"] = np.array(spacing)
    return mesh, elev, spacing


def _light_directions(renderer) -> list[tuple[np.ndarray, np.ndarray]]:
    """(unit direction the light shines along, colour × intensity) of the renderer's lights that are on, in
    world coordinates for the current camera (headlights and camera lights follow it)."""
    cam = renderer.GetActiveCamera()
    m = cam.GetCameraLightTransformMatrix()
    M = np.array([[m.GetElement(r, c) for c in range(4)] for r in range(4)])
    out = []
    lights = renderer.GetLights()
    for i in range(lights.GetNumberOfItems()):
        lt = lights.GetItemAsObject(i)
        if not lt.GetSwitch():
            continue
        if lt.LightTypeIsHeadlight():
            p, f = np.array(cam.GetPosition()), np.array(cam.GetFocalPoint())
        else:
            p, f = np.array(lt.GetPosition()), np.array(lt.GetFocalPoint())
            if lt.LightTypeIsCameraLight():
                p = (M @ np.r_[p, 1.0])[:3]
                f = (M @ np.r_[f, 1.0])[:3]
        d = f - p
        norm = np.linalg.norm(d)
        if norm == 0:
            continue
        out.append((d / norm, np.array(lt.GetDiffuseColor()) * lt.GetIntensity()))
    return out


def height_normals(z: np.ndarray, dx: float, dy: float) -> np.ndarray:
    """Unit normals of a height field z[rows, cols] with rows going south (y decreasing)."""
    zf = np.where(np.isfinite(z), z, np.nanmean(z) if np.isfinite(z).any() else 0.0)
    dz_drow, dz_dcol = np.gradient(zf)
    dzdx = dz_dcol / dx
    dzdy = -dz_drow / dy
    n = np.stack([-dzdx, -dzdy, np.ones_like(zf)], axis=-1)
    n /= np.linalg.norm(n, axis=-1, keepdims=True)
    return n.reshape(-1, 3)


@register_adapter("terrain")
class TerrainAdapter(LayerAdapter):
    """DEM terrain. Not a feature layer (no picking of features), but it is hit by world picks. It carries the
    ground: other layers drape on its DEM, and its ``exaggeration`` param exaggerates every layer's heights."""

    provides_ground = True
    exaggeration_param = "exaggeration"
    color_by_priority = 2
    tiling = True

    has_features = False
    color_association = "point"
    geometry_params = ("raster_id", "max_size")
    light_eager = True

    def make_light(self) -> StandIn:
        """While the camera moves: every 4th grid point in each direction (1/16 of the triangles)."""
        h, w = self._shape
        k = 4 if min(h, w) >= 64 else 2 if min(h, w) >= 16 else 1
        rows = np.r_[np.arange(0, h - 1, k), h - 1]
        cols = np.r_[np.arange(0, w - 1, k), w - 1]
        idx = (rows[:, None] * w + cols[None, :]).ravel()
        pts = np.array(self.mesh.points[idx])
        tris = grid_triangles(len(rows), len(cols))
        elev = self._elev[idx]
        tris = tris[np.isfinite(elev)[tris].all(axis=1)]
        light = pv.PolyData.from_regular_faces(pts, tris)
        light.point_data["Normals"] = np.asarray(self.mesh.point_data["Normals"])[idx]
        light.GetPointData().SetActiveNormals("Normals")
        return StandIn(light, idx, z=(np.array(self._z0[idx]), np.array(self._zground[idx])))

    # -- lighting baked into the light grid's colours while moving ------------------------------------------
    # In software rendering the per-pixel lighting of a terrain that fills the window costs about a fifth of
    # a moving frame. While moving, the coarse grid is drawn unlit with colours lit on the CPU per vertex,
    # with the renderer's own lights (the light kit follows the camera, so this is redone every frame).

    def configure_light_actor(self, actor) -> None:
        super().configure_light_actor(actor)
        prop = actor.GetProperty()
        prop.LightingOff()                       # output = ambient·colour + diffuse·colour …
        prop.SetAmbient(1.0)                     # … = the baked colour
        prop.SetDiffuse(0.0)

    def colors_written(self) -> None:
        d = self.drawing
        if d.light is not None and d.last_rgba is not None:
            self._light_base = np.array(d.last_rgba[d.light.index], dtype=np.uint8)
        if self.interactive and self._light_renderer is not None:
            self._bake_lighting(self._light_renderer)

    def update_lod(self, renderer) -> None:
        """Before every frame while moving: light the coarse grid's colours for the current camera."""
        if self.interactive and self.light_mesh is not None:
            self._light_renderer = renderer
            self._bake_lighting(renderer)

    _light_base: np.ndarray | None = None
    _light_renderer = None

    def _bake_lighting(self, renderer) -> None:
        lm, base = self.light_mesh, self._light_base
        if lm is None or base is None or len(base) != lm.n_points:
            return
        n = np.asarray(lm.point_data["Normals"], dtype=np.float64)
        cam = renderer.GetActiveCamera()
        eye = np.array(cam.GetPosition())
        # two-sided lighting: normals facing away from the camera are flipped, as VTK's shader does
        facing = np.einsum("ij,ij->i", n, eye - np.asarray(lm.points)) < 0
        if facing.any():
            n = np.where(facing[:, None], -n, n)
        light = np.zeros((len(n), 3))
        for d, color in _light_directions(renderer):
            light += np.maximum(n @ -d, 0.0)[:, None] * color[None, :]
        prop = self.actor.GetProperty() if self.actor is not None else None
        ka = prop.GetAmbient() if prop is not None else 0.35
        kd = prop.GetDiffuse() if prop is not None else 0.75
        rgb = base[:, :3] / 255.0 * (ka + kd * light)
        out = lm.point_data["rgba"]
        out[:, :3] = np.clip(np.rint(rgb * 255.0), 0, 255).astype(np.uint8)
        out[:, 3] = base[:, 3]
        lm.GetPointData().GetArray("rgba").Modified()

    def set_interactive(self, on: bool) -> None:
        super().set_interactive(on)
        if not on:
            self._light_renderer = None

    def build_mesh(self) -> pv.PolyData:
        grid = self.scene.dem(self.layer.params.get("raster_id"))
        if grid is None:
            self.warnings.append("the project has no DEM raster")
            self._elev = np.empty(0)
            return pv.PolyData()
        mesh, elev, spacing = terrain_mesh(grid, int(self.layer.params.get("max_size") or 512))
        self._elev = elev
        self._shape = tuple(int(v) for v in mesh.field_data["grid_shape"])
        self._spacing = spacing
        self._zground = np.where(np.isfinite(elev), elev, mesh.points[:, 2])
        self._set_normals(mesh, 1.0)
        return mesh

    @property
    def pickable(self) -> bool:
        return True

    def _set_normals(self, mesh: pv.PolyData, e: float) -> None:
        if not mesh.n_points:
            return
        h, w = self._shape
        n = height_normals(self._zground.reshape(h, w) * e, *self._spacing)
        mesh.point_data["Normals"] = n
        mesh.GetPointData().SetActiveNormals("Normals")

    def apply_exaggeration(self) -> None:
        super().apply_exaggeration()
        if self.mesh is not None and self.mesh.n_points:
            self.mesh.point_data["Normals"][:] = height_normals(
                self._zground.reshape(self._shape) * self.exaggeration, *self._spacing)
            self.mesh.GetPointData().GetArray("Normals").Modified()
            if self.light_mesh is not None and self.light_index is not None:
                self.light_mesh.point_data["Normals"][:] = np.asarray(self.mesh.point_data["Normals"])[self.light_index]
                self.light_mesh.GetPointData().GetArray("Normals").Modified()

    def configure_actor(self, actor) -> None:
        prop = actor.GetProperty()
        prop.SetInterpolationToGouraud()
        prop.SetAmbient(0.35)
        prop.SetDiffuse(0.75)
        prop.SetSpecular(0.0)

    def element_colors(self) -> tuple[np.ndarray | None, list[LegendEntry]]:
        """Point colours from the style's classification of the elevations."""
        if not self.mesh.n_points:
            return None, []
        style = self.layer.style
        if style.mode == "single" or not style.attribute:
            cls = style.classify(None, n=self.mesh.n_points)
        else:
            cls = style.classify(self._elev)
        # no "no value" entry: the DEM's nodata margins (e.g. the corners a warp to the project CRS leaves) are
        # not terrain anyone looks up in the legend
        legend = [e for e in cls.entries if not (e.value is None and e.label == style.null_label)] \
            if style.mode != "single" else cls.entries
        # (the light grid's colours are a subset of these, written with them)
        return cls.colors(), legend


__all__ = ["TerrainAdapter", "grid_triangles", "height_normals", "terrain_mesh"]
