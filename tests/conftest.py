"""Shared fixtures: isolated user data folder, temporary projects, the real PLATEAU samples."""

from __future__ import annotations

from pathlib import Path

import pytest

from twin.store import Store

ROOT = Path(__file__).resolve().parent.parent
SHARED_PLATEAU = ROOT.parent / "shared" / "data" / "plateau"


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


@pytest.fixture
def shared_plateau() -> Path:
    """Folder with the real PLATEAU files; tests using it skip when it is absent."""
    if not (SHARED_PLATEAU / "52397519_bldg_6697_op.gml").exists():
        pytest.skip(f"real PLATEAU samples not found at {SHARED_PLATEAU} (they live beside the project checkout)")
    return SHARED_PLATEAU
