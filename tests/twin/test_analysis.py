"""The analysis home: recorded runs, project-saved parameters, re-runs, progress, cancel and rollback."""

from __future__ import annotations

import json
import threading

import pytest

from twin import themes
from twin.analysis import (Analysis, AnalysisCancelled, effective_params, last_run, rerun, run_analysis, runs,
                           save_params)
from twin.errors import TwinError
from twin.synthetic import write_synthetic_city
from twin.themes import Label, Param, TableSpec, Theme


def _usage_counts(ctx):
    ctx.progress(0, 2, "counting")
    ctx.cursor.execute("CREATE OR REPLACE TABLE usage_counts AS SELECT usage, count(*) AS n FROM buildings "
                       "GROUP BY usage HAVING count(*) >= ? ORDER BY usage", [ctx.params["min_count"]])
    if ctx.params["fail"]:
        raise TwinError("planned failure")
    ctx.progress(1, 2, "done")
    n = ctx.cursor.execute("SELECT count(*) FROM usage_counts").fetchone()[0]
    if n == 0:
        ctx.warn("no usage has that many buildings")


USAGE = Analysis("usage-counts", Label("用途別棟数", "Buildings by usage"), _usage_counts,
                 params=(Param("min_count", "int", 1, minimum=1), Param("fail", "bool", False)),
                 inputs=("buildings",), outputs=("usage_counts",))
THEME = Theme("analysis-test", Label("分析テスト", "Analysis test"),
              tables=(TableSpec("usage_counts", Label("用途別棟数", "usage counts"), feature=False),),
              analyses=(USAGE,))


@pytest.fixture
def city(store):
    with themes.registered(THEME):
        write_synthetic_city(store, 40, seed=3, with_dem=False)
        yield store


def test_a_run_writes_its_table_and_records_where_it_came_from(city):
    seen = []
    run = run_analysis(city, "usage-counts", progress=lambda d, t, m: seen.append((d, t, m)))
    expected = city.query("SELECT usage, count(*) FROM buildings GROUP BY usage ORDER BY usage")
    assert city.query("SELECT usage, n FROM usage_counts ORDER BY usage") == expected
    assert run.outputs == {"usage_counts": len(expected)} and run.params == {"min_count": 1, "fail": False}
    src = city.sources()[0]
    assert run.inputs == [{"table": "buildings", "source_id": src["id"], "path": src["path"], "sha256": src["sha256"]}]
    assert seen == [(0, 2, "counting"), (1, 2, "done")]
    row = city.query("SELECT name, params, outputs FROM analysis_runs WHERE id = ?", [run.id])[0]
    assert row[0] == "usage-counts" and json.loads(row[1])["min_count"] == 1
    assert last_run(city, output="usage_counts").id == run.id


def test_parameters_live_in_the_project_and_calls_override_them(city):
    assert effective_params(city, "usage-counts") == {"min_count": 1, "fail": False}
    save_params(city, "usage-counts", {"min_count": 10_000})
    run = run_analysis(city, "usage-counts")
    assert run.params["min_count"] == 10_000 and run.outputs == {"usage_counts": 0}
    assert run.warnings == ["no usage has that many buildings"]
    assert run_analysis(city, "usage-counts", {"min_count": 1}).outputs["usage_counts"] > 0
    with pytest.raises(ValueError, match="at least 1"):
        save_params(city, "usage-counts", {"min_count": 0})
    with pytest.raises(ValueError, match="no parameter 'weight'"):
        run_analysis(city, "usage-counts", {"weight": 2})


def test_rerun_uses_the_recorded_parameters(city):
    first = run_analysis(city, "usage-counts", {"min_count": 10_000})
    again = rerun(city, first.id)
    assert again.id != first.id and again.params == first.params
    assert [r.id for r in runs(city, "usage-counts")] == [again.id, first.id]


def test_a_failure_or_a_cancel_leaves_outputs_and_runs_as_they_were(city):
    good = run_analysis(city, "usage-counts")
    before = city.query("SELECT * FROM usage_counts ORDER BY ALL")
    with pytest.raises(TwinError, match="planned failure"):
        run_analysis(city, "usage-counts", {"min_count": 10_000, "fail": True})
    cancel = threading.Event()
    cancel.set()
    with pytest.raises(AnalysisCancelled):
        run_analysis(city, "usage-counts", {"min_count": 10_000}, cancel=cancel)
    assert city.query("SELECT * FROM usage_counts ORDER BY ALL") == before
    assert [r.id for r in runs(city)] == [good.id]
