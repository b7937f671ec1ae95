"""``kaga-twin scenario shadow`` (cli/scenario_shadow.py): the GeoTIFF's three bands and CRS, the PNG map, the
neighbours as JSON, and clear errors for a bad output file or a scenario without edits."""
from __future__ import annotations

import argparse
import json

import numpy as np
import pytest

from cli.scenario_shadow import add_shadow_parser
from twin import scenarios
from twin.catchments import station_xy
from twin.errors import TwinError
from twin.store import Store


def _square(x0, y0, x1, y1) -> str:
    return f"POLYGON (({x0} {y0}, {x1} {y0}, {x1} {y1}, {x0} {y1}, {x0} {y0}))"


@pytest.fixture
def project(tmp_path):
    path = tmp_path / "p.duckdb"
    x, y = (round(v) for v in station_xy("EPSG:6675"))
    with Store(path) as store:
        store.query("INSERT INTO buildings (gml_id, usage_code, usage, measured_height, ground_z, footprint, "
                    "source_id) VALUES ('house-n', '411', '住宅', 7.0, 5.0, ST_GeomFromText(?), 1)",
                    [_square(x, y + 40, x + 10, y + 50)])
        scenarios.create(store, "hotel")
        scenarios.add_building(store, "hotel", _square(x - 10, y - 10, x + 20, y + 20), storeys=12,
                               usage_code="403")
        scenarios.create(store, "empty")
    return path


def _run(*argv: str) -> int:
    parser = argparse.ArgumentParser()
    sub = parser.add_subparsers(dest="scenario_command")
    add_shadow_parser(sub, lambda sp: sp.add_argument("--project", default=None))
    args = parser.parse_args(list(argv))
    return args.scenario_func(args)


def test_geotiff_bands_and_json_neighbours(project, tmp_path, capsys):
    import rasterio

    out = tmp_path / "hotel.tif"
    assert _run("shadow", "hotel", "--project", str(project), "--date", "2026-12-21", "--height", "4",
                "--grid", "4", "--format", "json", "--out", str(out)) == 0
    captured = capsys.readouterr()
    rows = json.loads(captured.out)
    assert [r["gml_id"] for r in rows] == ["house-n"] and rows[0]["gain_h"] > 3
    assert "plane 4.0 m above T.P. 5.0 m" in captured.err and "1 neighbouring buildings" in captured.err
    with rasterio.open(out) as ds:
        assert ds.count == 3 and ds.crs.to_string() == "EPSG:6675" and ds.res == (4.0, 4.0)
        base, scen, diff = ds.read(1), ds.read(2), ds.read(3)
        assert ds.descriptions == ("base shadow hours", "scenario shadow hours", "difference shadow hours")
        assert ds.tags()["window"] == "08:00-16:00 true solar time" and ds.tags()["scenario"] == "hotel"
    assert np.allclose(diff, scen - base) and 7.9 < scen.max() <= 8.01 and diff.min() == 0.0


def test_png_map(project, tmp_path, capsys):
    from PIL import Image

    out = tmp_path / "hotel.png"
    assert _run("shadow", "hotel", "--project", str(project), "--grid", "4", "--out", str(out)) == 0
    text = capsys.readouterr().out
    assert "house-n" in text and f"wrote {out}" in text and "plane 1.5 m" in text
    with Image.open(out) as im:
        assert im.width > 800 and im.height > 600
        pixels = np.asarray(im.convert("RGB")).reshape(-1, 3).astype(int)
    reds = (pixels[:, 0] > 150) & (pixels[:, 2] < 120) & (pixels[:, 1] < 120)
    assert reds.sum() > 500                                  # the shadow the hotel adds, drawn in red


def test_errors(project, tmp_path):
    with pytest.raises(TwinError, match=r"\.tif \(GeoTIFF\) or a \.png"):
        _run("shadow", "hotel", "--project", str(project), "--out", str(tmp_path / "x.jpg"))
    with pytest.raises(TwinError, match="no edits"):
        _run("shadow", "empty", "--project", str(project))
    with pytest.raises(TwinError, match="MINX,MINY,MAXX,MAXY"):
        _run("shadow", "hotel", "--project", str(project), "--bounds", "1,2,3")
    with pytest.raises(TwinError, match="cells"):
        _run("shadow", "hotel", "--project", str(project), "--grid", "0.01")
