"""Analysis ▸ Run analysis…: the form comes from the analysis's parameters, a run goes through the progress dialog
(recorded, parameters kept in the project), and Cancel rolls it back as it does for an import."""

from __future__ import annotations

import time
from pathlib import Path

import pytest

import demo_theme
from gui.analysis_dialog import AnalysisDialog
from importers.registry import import_path
from twin import themes
from twin.analysis import Analysis, runs, saved_params
from twin.store import Store
from twin.themes import Label, Param, TableSpec, Theme


def _slow(ctx):
    ctx.cursor.execute("CREATE OR REPLACE TABLE slow_out AS SELECT 1 AS x")
    for i in range(400):
        time.sleep(0.01)
        ctx.progress(i, 400, "waiting")


SLOW = Theme("slow-test", Label("遅い", "Slow"), tables=(TableSpec("slow_out", Label("遅い", "slow"), feature=False),),
             analyses=(Analysis("slow-test", Label("遅い分析", "Slow analysis"), _slow, outputs=("slow_out",)),))


@pytest.fixture
def store(tmp_path):
    with themes.registered(demo_theme.THEME), themes.registered(SLOW):
        s = Store(tmp_path / "a.duckdb")
        import_path(s, Path(demo_theme.__file__).parent / "sample.csv")
        try:
            yield s
        finally:
            s.close()


def _choose(dlg, name):
    dlg.combo.setCurrentIndex(dlg.combo.findData(name))


def test_a_run_from_the_dialog_is_recorded_and_keeps_its_values(store, qtbot):
    dlg = AnalysisDialog(store)
    qtbot.addWidget(dlg)
    _choose(dlg, "demo-summary")
    assert set(dlg.editors) == {"min_severity"} and dlg.editors["min_severity"].param_value() == 1.0
    dlg.editors["min_severity"].setValue(2.0)
    seen = []
    dlg.ran.connect(seen.append)
    assert dlg.run() is not None
    qtbot.waitUntil(lambda: dlg.last_outcome is not None, timeout=20000)
    assert dlg.last_outcome == "ran" and len(seen) == 1
    assert store.query("SELECT n, mean_severity FROM demo_summary") == [(2, 2.5)]
    assert saved_params(store, "demo-summary") == {"min_severity": 2.0}
    assert "demo_summary" not in dlg.status.text() and "#" in dlg.status.text()    # labelled, with the run id
    assert [r.params for r in runs(store, "demo-summary")] == [{"min_severity": 2.0}]


def test_cancel_rolls_the_run_back(store, qtbot):
    dlg = AnalysisDialog(store)
    qtbot.addWidget(dlg)
    _choose(dlg, "slow-test")
    runner = dlg.run()
    qtbot.waitUntil(lambda: runner.dialog.value() > 0, timeout=20000)
    runner.cancel()
    qtbot.waitUntil(lambda: dlg.last_outcome is not None, timeout=20000)
    assert dlg.last_outcome == "cancelled" and "nothing was changed" in dlg.status.text()
    assert runs(store) == [] and "slow_out" not in store.table_names()
