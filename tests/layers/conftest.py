"""Fixtures for the rendering tier: small synthetic projects and a VTK leak check.

Every test here runs under ``check_vtk_leaks`` (autouse): it records the VTK objects alive before the test,
and after it (plotters closed, garbage collected) fails if new ones survive — like pyvista's own conftest.
"""

from __future__ import annotations

import gc
import weakref

import pytest

import pyvista as pv
from vtkmodules.vtkCommonCore import vtkObjectBase  # noqa: E402

from twin.document import TwinDocument  # noqa: E402
from twin.store import Store  # noqa: E402
from twin.synthetic import write_synthetic_city  # noqa: E402


@pytest.fixture(autouse=True)
def _off_screen(monkeypatch):
    """Plotters made in this tier render off screen; set per test so the 3D window tests never see it."""
    monkeypatch.setattr(pv, "OFF_SCREEN", True)


def _vtk_objects() -> dict[int, object]:
    return {id(o): o for o in gc.get_objects()
            if isinstance(o, vtkObjectBase) and not isinstance(o, (weakref.ProxyType, weakref.CallableProxyType))}


@pytest.fixture(autouse=True)
def check_vtk_leaks(request):
    """Fail a test that leaves VTK objects alive after it finished and closed its plotters."""
    gc.collect()
    before = set(_vtk_objects())
    yield
    pv.close_all()
    # fixture values (plotter, scene, …) stay referenced by the test item until pytest drops them after
    # teardown; drop them now so only objects the code itself keeps alive count as leaks
    funcargs = getattr(request.node, "funcargs", None) or {}
    for name in list(funcargs):
        if name != "check_vtk_leaks":
            funcargs[name] = None
    gc.collect()
    leaked = [o for k, o in _vtk_objects().items() if k not in before]
    rep = getattr(request.node, "rep_call", None)
    failed = rep is not None and (rep.failed or hasattr(rep, "wasxfail"))   # an xfail failed too
    if leaked and not failed and not request.node.get_closest_marker("allow_vtk_leaks"):
        names = sorted({type(o).__name__ for o in leaked})
        pytest.fail(f"{len(leaked)} VTK object(s) leaked by the test: {', '.join(names)}")


@pytest.hookimpl(wrapper=True, tryfirst=True)
def pytest_runtest_makereport(item, call):
    """Keep the call report on the item, so the leak check can skip failed tests (their tracebacks hold
    references to everything)."""
    rep = yield
    if rep.when == "call":
        item.rep_call = rep
    return rep


def pytest_configure(config):
    config.addinivalue_line("markers", "allow_vtk_leaks: skip the VTK leak check for one test")


@pytest.fixture(scope="package")
def city_path(tmp_path_factory):
    """A 240-building synthetic city (30% LOD2 where rectangular, DEM, roads, flood risks) in a project file."""
    path = tmp_path_factory.mktemp("city") / "city.duckdb"
    with Store(path) as s:
        info = write_synthetic_city(s, 240, seed=7, lod2_fraction=0.3)
    return path, info


@pytest.fixture(scope="package")
def city_store(city_path):
    s = Store(city_path[0], read_only=True)
    s.city = city_path[1]
    yield s
    s.close()


@pytest.fixture
def doc(city_store):
    d = TwinDocument(city_store)
    d.create_default_layers()
    return d


@pytest.fixture
def plotter():
    p = pv.Plotter(off_screen=True, window_size=(800, 600))
    yield p
    p.close()
    p.deep_clean()


@pytest.fixture
def scene(doc, plotter):
    from layers.scene import SceneController

    renders = []
    sc = SceneController(doc, plotter, request_render=lambda: renders.append(1), progressive=False)
    sc.renders = renders
    yield sc
    sc.close()
