"""True sun shadows in the 3D view, and the shadow-hours raster as an overlay.

* :class:`SunShadows` puts a directional light where the sun is (pvlib SPA via :mod:`twin.sun`, at the project's
  location and the twin's clock) and switches on VTK's shadow-map pass on the renderer
  (``vtkShadowMapPass``, through pyvista's ``enable_shadows``). The scene's own lights are dimmed to a fill light
  while it is on, so the only hard shadows are the sun's; below the horizon the sun light is off. The baked shadow
  map's resolution is a parameter (:data:`SHADOW_MAP_PX`).
* :class:`ClockSun` does that on the app's scene, follows the twin's clock (the GUI only switches it on and
  off) and drapes the exact ground shadows of the buildings near the station on the terrain;
* :func:`shadow_hours_mesh` / :func:`add_shadow_hours` draw a grid of :func:`twin.shadow_hours.shadow_hours`
  (hours, or the scenario's difference) as a flat translucent raster just above the measurement plane; cells
  with 0 hours (or no change) are transparent.

No Qt."""

from __future__ import annotations

from datetime import datetime
from typing import Any

import numpy as np
import pyvista as pv

from twin.sun import sun_position, sun_vector

#: side of the shadow map in pixels (VTK's default is 1024; a station area needs more for crisp eaves)
SHADOW_MAP_PX = 4096
#: intensity of the scene's other lights while the sun shines (fill light in the shadows)
FILL_INTENSITY = 0.5
#: the sun light's intensity
SUN_INTENSITY = 0.8


class SunShadows:
    """Sun light and shadows on ``renderer`` (a pyvista ``Renderer``) for a site at ``lat``/``lon``.

    ``convergence_deg``: angle from grid north to true north in the project CRS
    (:func:`twin.document.grid_convergence`). ``centre``: a point of the scene (x, y, z) the light aims at;
    ``reach``: how far from it the light is placed (beyond the scene's size). ``shadow_map=False`` keeps the
    sun light without VTK's shadow-map pass (which draws opaque geometry only: translucent actors vanish while
    it is on)."""

    def __init__(self, renderer: Any, lat: float, lon: float, *, convergence_deg: float = 0.0,
                 centre: tuple[float, float, float] = (0.0, 0.0, 0.0), reach: float = 5000.0,
                 map_px: int = SHADOW_MAP_PX, shadow_map: bool = True):
        self.renderer = renderer
        self.shadow_map = shadow_map
        self.lat, self.lon = lat, lon
        self.convergence_deg = convergence_deg
        self.centre = np.asarray(centre, float)
        self.reach = reach
        self.map_px = map_px
        self.light: pv.Light | None = None
        self.azimuth = self.elevation = None
        self._saved: list[tuple[Any, float]] = []

    @property
    def enabled(self) -> bool:
        return self.light is not None

    def enable(self, when: datetime) -> tuple[float, float]:
        """Switch the sun and its shadows on at ``when`` (naive = Japan time); returns (azimuth, elevation)."""
        if self.light is None:
            self._saved = [(light, light.GetIntensity()) for light in self.renderer.lights]
            for light, intensity in self._saved:
                light.SetIntensity(intensity * FILL_INTENSITY)
            self.light = pv.Light(light_type="scene light", intensity=SUN_INTENSITY)
            self.light.positional = False
            self.renderer.add_light(self.light)
            if self.shadow_map:
                self.renderer.enable_shadows()
                self._set_map_resolution()
        return self.set_time(when)

    def _set_map_resolution(self) -> None:
        shadow_pass = getattr(self.renderer._render_passes, "_shadow_map_pass", None)
        if shadow_pass is not None:
            shadow_pass.GetShadowMapBakerPass().SetResolution(self.map_px)

    def set_time(self, when: datetime) -> tuple[float, float]:
        """Move the sun to its place at ``when``. Below the horizon the sun light is off."""
        az, el = sun_position(self.lat, self.lon, when)
        self.azimuth, self.elevation = az, el
        if self.light is not None:
            towards = sun_vector(az, max(el, 0.0), self.convergence_deg)
            self.light.focal_point = tuple(self.centre)
            self.light.position = tuple(self.centre + towards * self.reach)
            self.light.switch_on() if el > 0 else self.light.switch_off()
        return az, el

    def disable(self) -> None:
        """Back to the scene's own lighting, without shadows."""
        if self.light is None:
            return
        if self.shadow_map:
            self.renderer.disable_shadows()
        self.renderer.RemoveLight(self.light)
        for light, intensity in self._saved:
            light.SetIntensity(intensity)
        self.light, self._saved = None, []


class ClockSun:
    """Sun and shadows on a :class:`~layers.scene.SceneController`, following the twin's clock: the sun moves
    whenever ``document.clock.current`` changes (an unset clock shows ``default``, the winter solstice at noon)
    and the scene is asked for one frame. :meth:`close` restores the scene's lighting.

    On the ground it draws the exact shadow polygons of the buildings within ``radius_m`` of the station
    (:func:`twin.shadow_hours.moment_shadows`, the same geometry as the shadow study) draped on the terrain as
    one translucent dark mesh (actor :attr:`GROUND_ACTOR`), and the sun light shades the walls facing away from
    it. VTK's shadow map (``shadow_map=True``: buildings shading each other's walls and roofs too) is off by
    default: fitted to a whole DEM it is too coarse for a house's shadow, and its pass drops translucent actors
    (the scenario's new buildings, these ground shadows). ``scenario`` is the scenario whose buildings cast the
    ground shadows (None: the base; :meth:`set_scenario` changes it)."""

    GROUND_ACTOR = "sun-ground-shadows"
    #: colour and opacity of the ground shadows
    GROUND_RGB, GROUND_OPACITY = (0.06, 0.08, 0.20), 0.5

    def __init__(self, scene: Any, default: datetime | None = None, *, scenario: str | None = None,
                 radius_m: float = 600.0, map_px: int = SHADOW_MAP_PX, ground: bool = True,
                 shadow_map: bool = False):
        from twin.document import grid_convergence, station_xy, to_latlon

        self.scene = scene
        self.clock = scene.document.clock
        self.default = default or datetime(2026, 12, 21, 12, 0)
        crs = scene.document.crs
        x, y = station_xy(crs)
        lat, lon = to_latlon(x, y, crs)
        self.centre = (x, y)
        self.radius_m = radius_m
        self.convergence = grid_convergence(x, y, crs)
        self.sun = SunShadows(scene.renderer, float(lat), float(lon), map_px=map_px, shadow_map=shadow_map,
                              convergence_deg=self.convergence, centre=(x, y, float(scene.ground_height(x, y))))
        self.ground = ground
        self.scenario = scenario
        self._buildings: Any = None
        self.shadow: Any = None              # the ground shadow (shapely) last drawn
        self.sun.enable(self.when)
        self._draw_ground()
        self.clock.events.current.connect(self._on_clock)
        scene.schedule.changed()

    fixed: datetime | None = None

    @property
    def when(self) -> datetime:
        """The moment shown: the one set with :meth:`show_at`, else the clock's, else ``default``."""
        return self.fixed or self.clock.current or self.default

    def show_at(self, when: datetime | None) -> tuple[float, float]:
        """Show the sun at ``when`` whatever the clock says (None: follow the clock again); returns the sun's
        (azimuth, elevation)."""
        self.fixed = when
        self._on_clock()
        return self.sun.azimuth, self.sun.elevation

    def set_scenario(self, name: str | None) -> None:
        """Cast the ground shadows of scenario ``name`` (None: the base)."""
        self.scenario, self._buildings = name, None
        self._draw_ground()
        self.scene.schedule.changed()

    def _casting(self) -> Any:
        if self._buildings is None:
            import shapely

            from twin.scenario_view import scenario_buildings
            table = scenario_buildings(self.scene.document.store, self.scenario, include_removed=False)
            geoms = shapely.from_wkb(table.column("footprint").to_numpy(zero_copy_only=False))
            near = shapely.dwithin(geoms, shapely.Point(*self.centre), self.radius_m)
            self._buildings = table.filter(near)
        return self._buildings

    def _draw_ground(self) -> None:
        renderer = self.scene.renderer
        renderer.remove_actor(self.GROUND_ACTOR, render=False)
        self.shadow = None
        if not self.ground or self.sun.light is None or not (self.sun.elevation or 0) > 0:
            return
        from layers.vector import vector_mesh
        from twin.shadow_hours import moment_shadows

        self.shadow = moment_shadows(self._casting(), self.when, lat=self.sun.lat, lon=self.sun.lon,
                                     convergence_deg=self.convergence)
        if self.shadow.is_empty:
            return
        dem = self.scene.dem()
        mesh, ground = vector_mesh(np.array([self.shadow]), np.array([0]), dem, drape=True, offset=0.0)
        if mesh.n_cells == 0:
            return
        if dem is None:                      # no terrain: the buildings' mean ground
            z = [v for v in self._casting().column("ground_z").to_pylist() if v is not None]
            ground = np.full(mesh.n_points, float(np.mean(z)) if z else 0.0)
        mesh.points[:, 2] = ground * self.scene.exaggeration + 0.4
        from layers.actors import make_actor
        actor = make_actor(mesh, scalars=None, pickable=False, color=self.GROUND_RGB)
        prop = actor.GetProperty()
        prop.SetOpacity(self.GROUND_OPACITY)
        prop.LightingOff()
        renderer.add_actor(actor, name=self.GROUND_ACTOR, reset_camera=False, render=False, pickable=False)

    def _on_clock(self, *_: object) -> None:
        self.sun.set_time(self.when)
        self._draw_ground()
        self.scene.schedule.changed()

    def close(self) -> None:
        self.clock.events.current.disconnect(self._on_clock)
        self.scene.renderer.remove_actor(self.GROUND_ACTOR, render=False)
        self.sun.disable()
        self.scene.schedule.changed()


def shadow_hours_mesh(grid: np.ndarray, transform: Any, z: float, *, name: str = "hours") -> pv.ImageData:
    """The grid (row 0 north, rasterio ``transform``) as a flat ``pv.ImageData`` at height ``z`` with cell data
    ``name`` (VTK's row 0 is the south row, so rows are flipped)."""
    rows, cols = grid.shape
    dx, dy = transform.a, -transform.e
    image = pv.ImageData(dimensions=(cols + 1, rows + 1, 1), spacing=(dx, dy, 1.0),
                         origin=(transform.c, transform.f - rows * dy, z))
    image.cell_data[name] = np.ascontiguousarray(grid[::-1]).ravel()
    return image


def add_shadow_hours(plotter: Any, grid: np.ndarray, transform: Any, z: float, *, difference: bool = False,
                     name: str = "shadow-hours", opacity: float = 0.75, clim: tuple[float, float] | None = None,
                     title: str | None = None) -> Any:
    """Add the grid to ``plotter`` as a translucent overlay (actor ``name``): hours on a sequential colormap,
    or a difference on a diverging one centred on 0 (more shadow red, less blue). Cells at 0 are hidden."""
    mesh = shadow_hours_mesh(grid, transform, z)
    values = mesh.cell_data["hours"]
    keep = np.abs(values) > 1e-6
    shown = mesh.extract_cells(np.flatnonzero(keep)) if keep.any() else None
    if shown is None:
        plotter.remove_actor(name)
        return None
    if difference:
        span = float(np.abs(values).max()) if clim is None else max(abs(clim[0]), abs(clim[1]))
        clim, cmap = (-span, span), "RdBu_r"
    else:
        clim, cmap = clim or (0.0, float(values.max())), "magma_r"
    return plotter.add_mesh(shown, scalars="hours", cmap=cmap, clim=clim, opacity=opacity, name=name,
                            lighting=False, show_scalar_bar=title is not None,
                            scalar_bar_args={"title": title} if title else None)


__all__ = ["ClockSun", "SunShadows", "shadow_hours_mesh", "add_shadow_hours", "SHADOW_MAP_PX"]
