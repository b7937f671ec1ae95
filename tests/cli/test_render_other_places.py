"""``kaga-twin render`` on a project that is not Kaga (real PLATEAU files of Yokosuka and Tokyo): the title
follows the project, the station view says it fell back, imports far apart are reported, "no DEM" is said once;
``--pdf`` writes the layout and ``--size`` a big picture."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from importers.registry import import_path
from layers.render import project_place, render_png
from twin.store import Store

ROOT = Path(__file__).resolve().parents[2]


@pytest.fixture
def far_apart(shared_plateau, tmp_path):
    """Yokosuka buildings and Tokyo roads in one project (about 30 km apart, no DEM)."""
    path = tmp_path / "miura.duckdb"
    with Store(path) as s:
        import_path(s, shared_plateau / "52397519_bldg_6697_op.gml")
        import_path(s, shared_plateau / "533925_tran_6697_op.gml")
    return path


def _cli(*args):
    return subprocess.run([sys.executable, str(ROOT / "main.py"), *args], capture_output=True, text=True,
                          timeout=300, env={**os.environ, "DISPLAY": "", "KAGA_TWIN_LANG": "en"})


def test_the_title_follows_the_project_and_the_station_view_falls_back(far_apart, tmp_path):
    with Store(far_apart, read_only=True, create=False) as s:
        assert project_place(s) == "miura"          # no Kaga data, no dataset folder: the project's name
    info = render_png(far_apart, tmp_path / "x.png", size=(320, 200))
    assert info["camera"] == "city" and info["place"] == "miura"
    assert info["legend"] and "加賀" not in " ".join(info["notes"])
    assert any("Kaga Onsen Station is outside this project's data" in n for n in info["notes"])
    assert any("imports far apart" in n for n in info["notes"])
    with Store(far_apart) as s:
        s.set_meta("title", "三浦半島")
    try:
        info = render_png(far_apart, tmp_path / "y.png", size=(320, 200))
        assert info["place"] == "三浦半島"
    finally:
        with Store(far_apart) as s:
            s.query("DELETE FROM project_meta WHERE key = 'title'")


def test_the_cli_says_each_thing_once(far_apart, tmp_path):
    r = _cli("render", "--project", str(far_apart), "--out", str(tmp_path / "a.png"), "--size", "3000x2000",
             "--pdf", str(tmp_path / "a.pdf"))
    assert r.returncode == 0, r.stderr
    assert r.stderr.count("no DEM") == 1, r.stderr
    assert r.stderr.count("fell back") + r.stderr.count("outside this project's data") == 1
    assert "far apart" in r.stderr
    assert "Wrote" in r.stdout and "3000×2000" in r.stdout and "A4 map layout" in r.stdout
    from PIL import Image

    assert Image.open(tmp_path / "a.png").size == (3000, 2000)
    assert (tmp_path / "a.pdf").read_bytes().startswith(b"%PDF")


def test_a_pdf_name_for_out_writes_the_layout_and_nothing_to_write_is_refused(far_apart, tmp_path):
    r = _cli("render", "--project", str(far_apart), "--out", str(tmp_path / "b.pdf"), "--camera", "top")
    assert r.returncode == 0, r.stderr
    assert (tmp_path / "b.pdf").read_bytes().startswith(b"%PDF") and not (tmp_path / "b.png").exists()
    r = _cli("render", "--project", str(far_apart))
    assert r.returncode == 2 and "--pdf" in r.stderr and "Traceback" not in r.stderr
