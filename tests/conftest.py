"""Shared fixtures: isolated user data folder, temporary projects, the real PLATEAU samples.

Skips and ``KAGA_TWIN_REQUIRE_ALL=1``: see ``tests/kaga_testenv.py``. Under the switch the hooks below turn
every skipped test (and every skipped module) into a failure that says what is missing.
"""

from __future__ import annotations

from pathlib import Path

import pytest

import kaga_testenv
from kaga_testenv import pytest_make_collect_report, pytest_runtest_makereport  # noqa: F401 (hooks, see below)
from twin.store import Store

ROOT = kaga_testenv.ROOT
SHARED_PLATEAU = kaga_testenv.shared_plateau_dir()


# -- skips are failures under KAGA_TWIN_REQUIRE_ALL ---------------------------------------------------------

@pytest.hookimpl(trylast=True)
def pytest_configure(config):
    # after pytest-xvfb's pytest_configure: it may have started Xvfb and set DISPLAY
    kaga_testenv.use_offscreen_qt_without_display()


def pytest_report_header(config):
    lines = [f"{kaga_testenv.SWITCH}: {'on (skips fail)' if kaga_testenv.require_all() else 'off (skips allowed)'}"]
    if kaga_testenv.NO_DISPLAY_REASON:
        lines.append(f"Qt platform: offscreen ({kaga_testenv.NO_DISPLAY_REASON})")
    return lines


# pytest_runtest_makereport and pytest_make_collect_report, imported above from kaga_testenv (where
# tests/test_require_all.py checks them on a small suite of its own), turn a skip into a failure under the switch.


# -- fixtures --------------------------------------------------------------------------------------------------


@pytest.fixture(autouse=True)
def _isolated_home(tmp_path_factory, monkeypatch):
    """Never touch the real per-user default project; messages start in English in every test."""
    from twin.messages import set_language

    monkeypatch.setenv("KAGA_TWIN_HOME", str(tmp_path_factory.mktemp("kaga_home")))
    monkeypatch.setenv("KAGA_TWIN_LANG", "en")
    set_language("en")
    yield
    set_language("en")


@pytest.fixture
def project_path(tmp_path) -> Path:
    return tmp_path / "project.duckdb"


@pytest.fixture
def store(project_path):
    s = Store(project_path)
    yield s
    s.close()


@pytest.fixture(scope="session")
def imported_sample_project(tmp_path_factory) -> Path:
    """The bundled Kaga sample (PLATEAU CityGML folder + GeoTIFF DEM) imported by the real importers, once per
    session, exactly as the first start builds it. Open it read-only (``Store(path, read_only=True)``) or copy
    it before changing it."""
    from importers.sample import ensure_default_project
    from twin.paths import sample_sources

    if not sample_sources():
        pytest.fail("the bundled sample is missing from sample_data/ (it is committed; restore it)")
    return ensure_default_project(tmp_path_factory.mktemp("imported_sample") / "kaga.duckdb")


@pytest.fixture
def shared_plateau() -> Path:
    """Folder with the real PLATEAU files; tests using it skip when it is absent."""
    if not (SHARED_PLATEAU / "52397519_bldg_6697_op.gml").exists():
        pytest.skip(f"real PLATEAU samples not found at {SHARED_PLATEAU} (they live beside the project checkout, "
                    "in ../shared/data/plateau)")
    return SHARED_PLATEAU
