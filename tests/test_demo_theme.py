"""A theme that lives in the tests (tests/demo_theme) shows up everywhere a built-in theme does: store counts,
default layers in its own group, attributes with labels, Identify extras, the clock, and a headless render —
with nothing outside its own modules edited."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import numpy as np
import pytest

import demo_theme
from twin import themes
from twin.document import TwinDocument
from twin.store import Store

SAMPLE = Path(demo_theme.__file__).parent / "sample.csv"


@pytest.fixture
def demo(tmp_path):
    with themes.registered(demo_theme.THEME):
        store = Store(tmp_path / "demo.duckdb")
        try:
            yield store
        finally:
            store.close()


def _import(store):
    from importers.registry import import_path

    return import_path(store, SAMPLE)


def test_its_tables_importer_and_counts(demo):
    assert {"demo_events", "demo_event_notes"} <= set(demo.table_names())
    report = _import(demo)
    assert report.importer == "demo-observations"
    assert report.counts == {"demo_events": 3, "demo_event_notes": 2}
    assert [s["item"] for s in report.skipped] == ["line 6"]
    assert demo.query("SELECT reason FROM import_rejects")[0][0].startswith("cannot read the row")
    src = demo.sources()[0]
    assert src["feature_counts"] and '"demo_events": 3' in src["feature_counts"]
    again = _import(demo)                                    # re-import replaces the source's rows
    assert again.replaced_sources == [report.source_id]
    assert demo.query("SELECT count(*) FROM demo_events")[0][0] == 3


def test_its_default_layer_labels_identify_and_clock(demo):
    _import(demo)
    doc = TwinDocument(demo)
    new = doc.create_default_layers()
    assert [v.kind for v in new] == ["demo_events"]
    layer = new[0]
    assert layer.name == "観測" and doc.tree.group_of(layer).name == "デモ"
    assert layer.time == demo_theme.DEMO_EVENTS.time and layer.style.attribute == "severity"
    assert {a.name for a in doc.attributes(layer)} >= {"severity", "observed_at", "name"}
    assert themes.attribute_label("severity", "ja") == "深刻度"
    fid = demo.query("SELECT id FROM demo_events WHERE name = 'east exit'")[0][0]
    info = doc.identify(layer, fid)
    assert info["extras"]["notes"] == [{"note": "cracked kerb"}, {"note": "reported twice"}]
    # the clock: nothing set shows all three; on 2025-02-15 two have been observed
    ids, shown = doc.shown_at_time(layer)
    assert shown.all() and len(ids) == 3
    lo, hi = doc.time_extent()
    assert lo == dt.datetime(2025, 1, 9, 1, 30, tzinfo=dt.timezone.utc)
    doc.clock.set_range(lo, hi, current="2025-02-15T00:00")
    ids, shown = doc.shown_at_time(layer)
    names = dict(demo.query("SELECT id, name FROM demo_events"))
    assert sorted(names[i] for i in ids[shown]) == ["bus stop", "east exit"]
    where = doc.time_condition(layer)
    assert demo.query(f"SELECT count(*) FROM demo_events WHERE {where}")[0][0] == 2
    doc.save_state()
    doc2 = TwinDocument(demo)
    assert doc2.restore_state() and doc2.clock.current == doc.clock.current
    assert doc2.tree.group_of(doc2.layers.by_name("観測")).name == "デモ"


def test_a_headless_render_draws_only_what_the_clock_shows(demo, tmp_path):
    pytest.importorskip("pyvista")
    from layers.render import render_png

    _import(demo)
    red = {}
    for when in ("2025-01-01T00:00", "2025-12-31T00:00"):
        out = tmp_path / f"demo_{when[:10]}.png"
        info = render_png(demo, out, camera="top", size=(400, 300), time=when, legend=False)
        assert info["layers"] == ["観測"]
        from PIL import Image

        img = np.asarray(Image.open(out).convert("RGB")).astype(int)
        red[when] = int(((img[..., 0] > 150) & (img[..., 1] < 110) & (img[..., 2] < 110)).sum())
    assert red["2025-01-01T00:00"] == 0 < red["2025-12-31T00:00"]


def test_the_command_line_imports_it_and_renders_a_moment(tmp_path):
    """In another process the theme comes from KAGA_TWIN_THEMES (a plug-in), as users would install one."""
    import os
    import subprocess
    import sys

    root = Path(__file__).resolve().parents[1]
    env = dict(os.environ, KAGA_TWIN_THEMES="demo_theme.plugin",
               PYTHONPATH=os.pathsep.join([str(Path(demo_theme.__file__).parents[1]), str(root)]))
    project = tmp_path / "cli.duckdb"

    def kaga(*args):
        return subprocess.run([sys.executable, str(root / "main.py"), "--project", str(project), *args],
                              capture_output=True, text=True, env=env, timeout=300)

    out = kaga("import", str(SAMPLE))
    assert out.returncode == 0, out.stderr
    assert "demo_events" in out.stdout and "line 6" in out.stdout
    info = kaga("info")
    assert "demo 1" in info.stdout or "demo" in info.stdout
    png = tmp_path / "moment.png"
    out = kaga("render", "--out", str(png), "--camera", "top", "--size", "400x300", "--time", "2025-02-15T00:00")
    assert out.returncode == 0, out.stderr
    assert "time 2025-02-15T00:00:00+09:00" in out.stdout and "観測" in out.stdout and png.exists()
    # its analysis, from the command line: parameters saved in the project, runs recorded
    assert "demo-summary" in kaga("analysis", "list").stdout
    out = kaga("analysis", "params", "demo-summary", "min_severity=2")
    assert out.returncode == 0 and "project" in out.stdout, out.stderr
    out = kaga("analysis", "run", "demo-summary")
    assert out.returncode == 0, out.stderr
    assert '"min_severity": 2.0' in out.stdout and "demo_summary" in out.stdout
    rows = kaga("sql", "SELECT n, mean_severity FROM demo_summary", "--format", "csv").stdout
    assert rows.splitlines()[1] == "2,2.5"
    runs = kaga("analysis", "runs", "demo-summary", "--format", "json")
    assert runs.returncode == 0 and len(__import__("json").loads(runs.stdout)) == 1
    out = kaga("analysis", "params", "demo-summary", "min_severity=-1")
    assert out.returncode == 1 and "at least 0.0" in out.stderr
    bad = kaga("render", "--out", str(png), "--time", "someday")
    assert bad.returncode == 1 and "--time: not a time: 'someday'" in bad.stderr and "Traceback" not in bad.stderr
