"""True sun shadows in the view (layers/shadows.py): a 20 m box on a plane lit by the solstice noon sun in Kaga
casts a rendered shadow that ends 20 / tan(30.27°) = 34.3 m north of the box, nothing south of it; below the
horizon the sun light is off; disabling restores the scene's lights. The shadow-hours grid becomes a flat
overlay with the right cells."""
from __future__ import annotations

from datetime import datetime

import numpy as np
import pytest
import pyvista as pv
from affine import Affine

from layers.shadows import ClockSun, SunShadows, add_shadow_hours, shadow_hours_mesh

LAT, LON = 36.3202471, 136.3505352
NOON = datetime(2026, 12, 21, 11, 52, 28)        # true solar noon in Kaga


@pytest.fixture
def plotter():
    pl = pv.Plotter(off_screen=True, window_size=(400, 400))
    pl.add_mesh(pv.Plane(center=(0, 0, 0), i_size=200, j_size=200), color="white")
    pl.add_mesh(pv.Box((-10, 10, -10, 10, 0, 20)), color="tan")
    pl.camera_position = [(0, 0, 400), (0, 0, 0), (0, 1, 0)]
    pl.camera.parallel_projection = True
    pl.camera.parallel_scale = 100               # 2 pixels per metre, image row 200 − 2·y
    yield pl
    pl.close()


def _grey(pl, y):
    pl.render()
    img = pl.screenshot(return_img=True).mean(axis=2)
    return float(img[int(200 - 2 * y), 200])


def test_the_noon_shadow_is_drawn_north_of_the_box(plotter):
    sun = SunShadows(plotter.renderer, LAT, LON, reach=1000)
    lit = {y: _grey(plotter, y) for y in (25, 40, 50, -30)}
    az, el = sun.enable(NOON)
    assert az == pytest.approx(180, abs=0.1) and el == pytest.approx(30.27, abs=0.05)
    assert sun.enabled and len(plotter.renderer.lights) >= 2
    shaded = {y: _grey(plotter, y) for y in (25, 40, 50, -30)}
    assert shaded[25] < 0.6 * shaded[50] and shaded[40] < 0.6 * shaded[50]   # inside the 34.3 m shadow
    assert shaded[-30] > 0.6 * lit[-30]                                        # south: sunlit
    sun.set_time(datetime(2026, 12, 21, 20, 0))                               # night
    assert sun.elevation < 0 and not sun.light.on
    sun.disable()
    assert not sun.enabled
    assert _grey(plotter, 25) == pytest.approx(lit[25], abs=2)               # the scene's own lights back


def test_shadow_hours_overlay_cells():
    grid = np.zeros((3, 4), np.float32)
    grid[0, 3] = 2.5                                # north-east cell
    grid[2, 0] = -1.0                               # south-west cell
    transform = Affine(2.0, 0, 100.0, 0, -2.0, 56.0)
    mesh = shadow_hours_mesh(grid, transform, 4.0)
    assert mesh.bounds[:4] == pytest.approx((100, 108, 50, 56)) and mesh.n_cells == 12
    ne = mesh.find_containing_cell((107, 55, 4))
    sw = mesh.find_containing_cell((101, 51, 4))
    assert mesh.cell_data["hours"][ne] == 2.5 and mesh.cell_data["hours"][sw] == -1.0
    pl = pv.Plotter(off_screen=True)
    actor = add_shadow_hours(pl, grid, transform, 4.0, difference=True)
    assert actor.mapper.dataset.n_cells == 2                 # the cells at 0 are not drawn
    assert tuple(actor.mapper.scalar_range) == (-2.5, 2.5)   # diverging, centred on 0
    assert add_shadow_hours(pl, np.zeros((2, 2)), transform, 4.0) is None
    pl.close()


def test_the_sun_follows_the_twins_clock(tmp_path):
    """ClockSun on the app's scene: the sun at the clock's time, the exact ground shadow of a 10 m cube beside
    the station (its footprint swept by the shadow vector: 100 m² + 10 m × (|dx| + |dy|)) draped as one actor,
    gone at night and on close."""
    from layers.scene import SceneController
    from twin.catchments import station_xy
    from twin.document import TwinDocument
    from twin.store import Store

    store = Store(tmp_path / "p.duckdb")
    x, y = (round(v) for v in station_xy(store.crs))
    store.query("INSERT INTO buildings (gml_id, measured_height, ground_z, footprint, source_id) VALUES "
                "('cube', 10.0, 6.0, ST_GeomFromText(?), 1)",
                [f"POLYGON (({x} {y}, {x + 10} {y}, {x + 10} {y + 10}, {x} {y + 10}, {x} {y}))"])
    doc = TwinDocument(store)
    plotter = pv.Plotter(off_screen=True, window_size=(200, 150))
    scene = SceneController(doc, plotter, progressive=False, overlays=False)
    try:
        sun = ClockSun(scene)                    # unset clock: the solstice at noon
        assert sun.sun.enabled and sun.sun.azimuth == pytest.approx(180, abs=2)
        length = 10 / np.tan(np.radians(sun.sun.elevation))
        a = np.radians(sun.sun.azimuth - sun.convergence)
        dx, dy = -length * np.sin(a), -length * np.cos(a)
        assert sun.shadow.area == pytest.approx(100 + 10 * (abs(dx) + abs(dy)), rel=1e-6)
        assert sun.shadow.bounds[3] == pytest.approx(y + 10 + dy, abs=1e-6) and dy == pytest.approx(17.1, abs=0.2)
        actor = plotter.renderer.actors[ClockSun.GROUND_ACTOR]
        assert actor.GetMapper().GetInput().GetBounds()[4] == pytest.approx(6.4)  # on the ground (no DEM)
        doc.clock.current = datetime(2026, 12, 21, 9, 0)
        assert sun.sun.azimuth == pytest.approx(139, abs=2) and 15 < sun.sun.elevation < 18
        light = np.array(sun.sun.light.position) - np.array(sun.sun.light.focal_point)
        assert light[0] > 0 and light[1] < 0 and light[2] > 0          # south-east, above
        assert sun.shadow.centroid.x < x + 5 and sun.shadow.centroid.y > y + 5     # falls north-west
        az, el = sun.show_at(datetime(2026, 12, 21, 14, 0))            # a fixed time, whatever the clock says
        assert az > 180 and sun.shadow.centroid.x > x + 5
        doc.clock.current = datetime(2026, 12, 21, 10, 0)
        assert sun.sun.azimuth == pytest.approx(az)
        sun.show_at(None)                                               # follows the clock again
        assert sun.sun.azimuth < 180
        doc.clock.current = datetime(2026, 12, 21, 20, 0)             # night: no ground shadow
        assert sun.shadow is None and ClockSun.GROUND_ACTOR not in plotter.renderer.actors
        sun.close()
        assert not sun.sun.enabled
        doc.clock.current = datetime(2026, 12, 21, 15, 0)              # no longer followed
        assert sun.sun.elevation < 0 and ClockSun.GROUND_ACTOR not in plotter.renderer.actors
    finally:
        scene.close()
        plotter.close()
        store.close()
