"""kaga-twin mesh: codes of a point (all levels or one), a code's cell, and clear errors."""

from __future__ import annotations

import pytest

from main import main


def test_point_prints_every_level(capsys):
    assert main(["mesh", "36.3202", "136.3505"]) == 0
    lines = capsys.readouterr().out.splitlines()
    assert lines[0] == "Point  36.3202 N, 136.3505 E"
    rows = {line.split()[0]: line.split()[-1] for line in lines[2:]}
    assert rows == {"1": "5436", "2": "543632", "5000": "5436324", "2000": "543632885", "3": "54363288",
                    "4": "543632881", "5": "5436328813", "6": "54363288133"}
    assert "3rd (1 km)" in lines[6] and "½ (500 m)" in lines[7]


@pytest.mark.parametrize(("level", "code"), [("3", "54363288"), ("500m", "543632881"), ("2000", "543632885")])
def test_point_with_one_level_prints_the_bare_code(capsys, level, code):
    assert main(["mesh", "36.3202", "136.3505", "--level", level]) == 0
    assert capsys.readouterr().out == code + "\n"


def test_code_prints_level_bounds_and_centre(capsys):
    assert main(["mesh", "54363288"]) == 0
    out = capsys.readouterr().out.splitlines()
    assert out[0] == "Code    54363288"
    assert out[1] == "Level   3: 3rd (1 km)"
    assert out[2] == "Bounds  south 36.3166667, west 136.35, north 36.325, east 136.3625"
    assert out[3] == "        south 36°19′00″, west 136°21′00″, north 36°19′30″, east 136°21′45″"
    assert out[4] == "Centre  36.3208333 N, 136.35625 E  (36°19′15″ N, 136°21′22.5″ E)"


def test_eighth_mesh_seconds_are_exact(capsys):
    assert main(["mesh", "53394547112"]) == 0
    out = capsys.readouterr().out
    assert "Level   6: ⅛ (125 m)" in out and "west 139°42′50.625″" in out and "north 35°42′03.75″" in out


@pytest.mark.parametrize(("args", "says"), [
    (["543682"], "invalid mesh code 543682: the second-level digits (5th and 6th) must be 0–7, not 8 and 2"),
    (["543632880"], "the ½ digit (9th) must be 1–4 (or 5 for a 2× mesh), not 0"),
    (["54363"], "it has 5 digits"),
    (["5436x288"], "digits only"),
    (["136.3505", "36.3202"], "outside the JIS X 0410 mesh range"),
    (["36.3202"], "a point needs both LAT and LON"),
    (["36.3202", "136.3505", "--level", "7"], "unknown mesh level '7'"),
    (["54363288", "--level", "3"], "--level is for a point"),
    (["1", "2", "3"], "not 3 values"),
])
def test_errors_are_one_clear_line(capsys, args, says):
    assert main(["mesh", *args]) == 1
    captured = capsys.readouterr()
    assert captured.out == ""
    assert captured.err.startswith("error: ") and says in captured.err and "Traceback" not in captured.err
