"""kaga-twin new PATH [--crs EPSG:n], the CRS in kaga-twin info, and the import summary's CRS line."""

from __future__ import annotations

import sys
from pathlib import Path

from main import main
from twin.store import Store

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "importers"))   # the PLATEAU fixture builders
import plateau_fixtures as pf  # noqa: E402
from plateau_fixtures import building, citygml, core_attrs, dataset  # noqa: E402


def test_new_with_a_crs(tmp_path, capsys):
    path = tmp_path / "zone8.duckdb"
    assert main(["new", str(path), "--crs", "epsg:6676"]) == 0
    out = capsys.readouterr().out.splitlines()
    assert out == [f"Created {path}",
                   "CRS       EPSG:6676 (JGD2011 / Japan Plane Rectangular CS VIII)  (chosen when the project was made)"]
    with Store(path) as s:
        assert s.crs == "EPSG:6676" and s.crs_source == "user" and s.sources() == []


def test_new_without_a_crs_waits_for_the_first_import(tmp_path, capsys):
    path = tmp_path / "p.duckdb"
    assert main(["new", str(path)]) == 0
    assert "EPSG:6675 (JGD2011 / Japan Plane Rectangular CS VII)  (default; the first import will choose" in \
        capsys.readouterr().out
    with Store(path) as s:
        assert s.crs_source == "default"


def test_new_refuses_bad_crs_and_existing_files_and_creates_nothing(tmp_path, capsys):
    path = tmp_path / "p.duckdb"
    assert main(["new", str(path), "--crs", "EPSG:4326"]) == 1
    err = capsys.readouterr().err
    assert "EPSG:4326 (WGS 84) is not a projected CRS" in err and "EPSG:6669–6687" in err
    assert main(["new", str(path), "--crs", "EPSG:2230"]) == 1
    assert "measures in US survey foot, not metres" in capsys.readouterr().err
    assert main(["new", str(path), "--crs", "nonsense"]) == 1
    assert "nonsense is not a coordinate reference system" in capsys.readouterr().err
    assert not path.exists()
    assert main(["new", str(path)]) == 0
    capsys.readouterr()
    assert main(["new", str(path), "--crs", "EPSG:6676"]) == 1
    assert "already exists" in capsys.readouterr().err
    with Store(path) as s:
        assert s.crs == "EPSG:6675"
    assert main(["new", str(tmp_path / "no" / "folder.duckdb")]) == 1
    assert "does not exist" in capsys.readouterr().err


def test_info_shows_the_crs_name_and_where_it_came_from(tmp_path, capsys, monkeypatch):
    path = tmp_path / "tokyo.duckdb"
    assert main(["new", str(path)]) == 0
    monkeypatch.setattr(pf, "LAT0", 35.6940)
    monkeypatch.setattr(pf, "LON0", 139.7536)
    root = dataset(tmp_path / "13101_chiyoda-ku_city_2023_citygml_1_op",
                   {"bldg/53394611_bldg_6697_op.gml": citygml([building("b0", lat=35.6940, lon=139.7536,
                                                                         attrs=core_attrs())])})
    capsys.readouterr()
    assert main(["import", str(root), "--project", str(path)]) == 0
    out = capsys.readouterr().out
    assert ("project CRS set to EPSG:6677 (JGD2011 / Japan Plane Rectangular CS IX) from the data's location"
            in out)
    assert main(["info", "--project", str(path)]) == 0
    crs_line = next(ln for ln in capsys.readouterr().out.splitlines() if ln.startswith("CRS"))
    assert crs_line == ("CRS       EPSG:6677 (JGD2011 / Japan Plane Rectangular CS IX)  "
                        "(from the location of the first import)")
