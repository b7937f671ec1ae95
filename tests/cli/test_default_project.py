"""Without --project, kaga-twin uses the per-user project, created from the bundled sample on first use."""

from __future__ import annotations

import json

from main import main
from twin.paths import STORM_CLOCK_AT, STORM_END, STORM_START, default_project_path
from twin.store import Store

#: what the first start imports, in this order (twin.paths.sample_sources)
FIRST_START_IMPORTERS = ["plateau-citygml", "geotiff", "mlit-mesh-projection", "estat-mesh", "ipss-projection",
                         "road-centrelines", "facilities", "ksj-a29-zoning", "municipal_csv", "road_damage_ai", "route-tiers",
                         "plough_avl_csv"]


def test_first_use_creates_the_default_project_from_the_sample(capsys):
    path = default_project_path()  # inside the test's KAGA_TWIN_HOME
    assert not path.exists()
    assert main(["sql", "SELECT count(*) AS n FROM buildings", "--format", "json"]) == 0
    captured = capsys.readouterr()
    assert "Creating the default project" in captured.err
    assert json.loads(captured.out)[0]["n"] >= 3000
    assert path.exists() and not list(path.parent.glob("*.creating-*"))
    with Store(path, read_only=True) as s:
        sources = sorted(s.sources(), key=lambda src: src["id"])
        assert [src["importer"] for src in sources] == FIRST_START_IMPORTERS
        assert s.query("SELECT count(DISTINCT year) FROM mesh_population")[0][0] >= 5
        # population: the projection to 2070, the 2020 census (two suppressed cells, one merged pair) and the IPSS
        # table by sex and age to 2050
        assert s.query("SELECT kind, min(year), max(year) FROM mesh_population GROUP BY kind ORDER BY kind") == [
            ("census", 2020, 2020), ("projection", 2020, 2070)]
        assert s.query("SELECT count(*) FILTER (WHERE value IS NULL), count(*) FILTER (WHERE merged_into IS NOT NULL) "
                       "FROM mesh_population WHERE kind = 'census' AND band = 'total'") == [(2, 1)]
        assert s.query("SELECT year, population FROM municipal_projection WHERE sex = 'total' AND age_group = "
                       "'total' AND year IN (2020, 2040) ORDER BY year") == [(2020, 63263.0), (2040, 49000.0)]
        assert s.query("SELECT count(*) FROM rasters WHERE kind = 'dem'")[0][0] == 1
        assert s.query("SELECT count(*) FROM roads")[0][0] > 100
        # the station area: some buildings have LOD2 surfaces, all have LOD1
        assert s.query("SELECT count(DISTINCT gml_id) FROM building_surfaces WHERE lod = 2")[0][0] > 100
        # the road network, the facilities, the citizen reports and AI detections
        assert s.query("SELECT count(*) FROM road_segments")[0][0] > 500
        assert s.query("SELECT kind, count(*) FROM facilities GROUP BY kind ORDER BY kind") == [
            ("evacuation", 5), ("hospital", 1), ("school", 2), ("station", 1)]
        assert dict(s.query("SELECT kind, count(*) FROM road_reports GROUP BY kind")) == {"citizen": 420, "ai": 306}
        # the export's 7 malformed rows and the AVL feed's 16 bad fixes (spikes, repeats) are rejected on purpose (and
        # do not make the first start fail); nothing else
        mcr = next(src["id"] for src in sources if src["importer"] == "municipal_csv")
        avl = next(src["id"] for src in sources if src["importer"] == "plough_avl_csv")
        assert s.query("SELECT source_id, count(*) FROM import_rejects GROUP BY source_id ORDER BY 1") == [
            (mcr, 7), (avl, 16)]
        # the analyses ran once each: the repair work list and the storm night's coverage are ready
        assert [r[0] for r in s.query("SELECT name FROM analysis_runs ORDER BY id")] == ["repair-priority",
                                                                                        "snow-coverage"]
        assert s.query("SELECT count(*) FROM repair_cases WHERE report_count >= 2")[0][0] >= 20
        assert s.query("SELECT count(*) FROM road_reports WHERE flagged")[0][0] == 4
        assert s.query("SELECT count(*) FROM road_reports WHERE case_id IS NULL AND NOT flagged")[0][0] == 0
        # the storm night: 20 ploughs, the route tiers of the main roads, and coverage over the storm window with
        # late and missed tier-1 and tier-2 segments (on purpose)
        assert s.query("SELECT count(DISTINCT vehicle_id), count(*) > 100000 FROM plough_points") == [(20, True)]
        assert s.query("SELECT DISTINCT tier FROM route_tier_lines ORDER BY 1") == [(1,), (2,)]
        params = json.loads(s.query("SELECT params FROM analysis_runs WHERE name = 'snow-coverage'")[0][0])
        assert (params["from"], params["to"]) == (STORM_START, STORM_END)
        states = dict(((t, st), n) for t, st, n in s.query(
            "SELECT tier, state, count(*) FROM snow_segment_coverage WHERE tier <= 2 GROUP BY ALL"))
        assert all(states.get((t, st), 0) > 0 for t in (1, 2) for st in ("served", "late", "missed")), states
        # and it opens on the storm: default layers (the snow theme's in its group) and the clock saved
        clock = s.app_state("clock")
        assert (clock["start"], clock["end"], clock["current"]) == (STORM_START, STORM_END, STORM_CLOCK_AT)
        layers = {v["id"]: v["kind"] for v in s.app_state("layers")["layers"]}
        tree = s.app_state("layer_tree")
        snow_group = next(g["id"] for g in tree["groups"] if g["name"] == "除雪")
        assert "plough_points" in {layers[i] for i, g in tree["members"].items() if g == snow_group}
    # second use: reused, not recreated
    mtime = path.stat().st_mtime_ns
    assert main(["info"]) == 0
    assert "Creating the default project" not in capsys.readouterr().err
    assert path.stat().st_mtime_ns >= mtime


def _leftovers(folder):
    """Anything a failed first start could leave behind in the per-user folder."""
    return sorted(p.name for p in folder.iterdir()) if folder.exists() else []


def test_a_failing_first_start_leaves_nothing_and_the_next_start_works(tmp_path, monkeypatch, capsys):
    """The bundled DEM is damaged (e.g. a broken install): the first start fails with the importer's message,
    leaves neither kaga.duckdb nor a half-built *.creating-* file, and once the sample is whole again the next
    start creates the project."""
    import importers.sample
    from twin.paths import sample_sources

    good = sample_sources()
    dem = next(i for i, p in enumerate(good) if p.suffix == ".tif")
    broken_dem = tmp_path / "kaga_onsen_station_dem.tif"
    broken_dem.write_bytes(good[dem].read_bytes()[:5000])       # a truncated GeoTIFF after the CityGML
    monkeypatch.setattr(importers.sample, "sample_sources", lambda: [*good[:dem], broken_dem, *good[dem + 1:]])
    path = default_project_path()
    assert main(["info"]) == 1
    err = capsys.readouterr().err
    assert "kaga_onsen_station_dem.tif" in err and "Traceback" not in err
    assert not path.exists()
    assert _leftovers(path.parent) == []

    monkeypatch.setattr(importers.sample, "sample_sources", lambda: good)
    assert main(["info"]) == 0
    assert "Creating the default project" in capsys.readouterr().err
    assert _leftovers(path.parent) == [path.name]
    with Store(path, read_only=True) as s:
        assert [src["importer"] for src in sorted(s.sources(), key=lambda src: src["id"])] == FIRST_START_IMPORTERS


def test_an_interrupted_first_start_leaves_nothing_and_the_next_start_works():
    """Ctrl+C (or the window closing) half-way through building the default project."""
    import pytest

    from importers.sample import ensure_default_project

    path = default_project_path()
    calls = []

    def interrupt(done, total, unit="bytes", message=""):
        calls.append(message)
        if len(calls) == 20:                  # well into the CityGML import
            raise KeyboardInterrupt

    with pytest.raises(KeyboardInterrupt):
        ensure_default_project(path, progress=interrupt)
    assert len(calls) == 20
    assert not path.exists()
    assert _leftovers(path.parent) == []
    assert ensure_default_project(path) == path
    assert _leftovers(path.parent) == [path.name]
    with Store(path, read_only=True) as s:
        assert s.query("SELECT count(*) FROM buildings")[0][0] >= 3000
