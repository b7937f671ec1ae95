"""Without --project, kaga-twin uses the per-user project, created from the bundled sample on first use."""

from __future__ import annotations

import json

from main import main
from twin.paths import default_project_path
from twin.store import Store


def test_first_use_creates_the_default_project_from_the_sample(capsys):
    path = default_project_path()  # inside the test's KAGA_TWIN_HOME
    assert not path.exists()
    assert main(["sql", "SELECT count(*) AS n FROM buildings", "--format", "json"]) == 0
    captured = capsys.readouterr()
    assert "Creating the default project" in captured.err
    assert json.loads(captured.out)[0]["n"] >= 3000
    assert path.exists() and not list(path.parent.glob("*.creating-*"))
    with Store(path, read_only=True) as s:
        importers = sorted(src["importer"] for src in s.sources())
        assert importers == ["geotiff", "plateau-citygml"]
        assert s.query("SELECT count(*) FROM rasters WHERE kind = 'dem'")[0][0] == 1
        assert s.query("SELECT count(*) FROM roads")[0][0] > 100
        # the station area: some buildings have LOD2 surfaces, all have LOD1
        assert s.query("SELECT count(DISTINCT gml_id) FROM building_surfaces WHERE lod = 2")[0][0] > 100
    # second use: reused, not recreated
    mtime = path.stat().st_mtime_ns
    assert main(["info"]) == 0
    assert "Creating the default project" not in capsys.readouterr().err
    assert path.stat().st_mtime_ns >= mtime
