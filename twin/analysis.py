"""The home of analyses: Qt-free functions over the store that write derived tables, with recorded runs.

A theme declares its analyses (:class:`Analysis`: name, parameter schema, the tables it reads and writes, and a
``run`` function). :func:`run_analysis` runs one in a single transaction:

* the parameters are the analysis's defaults, overridden by the project's saved values (``analysis_params``,
  edited in the GUI or with CLI options; never fixed in migrations), overridden by the call's ``params``;
* the run gets an :class:`AnalysisContext` (cursor inside the transaction, parameters, ``progress``,
  ``check_cancelled``, ``warn``) and writes its output tables (``CREATE OR REPLACE TABLE …``);
* one ``analysis_runs`` row records name, parameters, the input sources (path and sha256 of every source whose
  rows are in the input tables), the rows written per output table, warnings and times;
* any error or a cancel rolls everything back: the outputs stay as they were and no run is recorded.

:func:`rerun` runs a recorded run again with its parameters; :func:`last_run` says where an output came from.
"""

from __future__ import annotations

import datetime as dt
import json
import threading
import time
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from typing import Any

from twin.errors import TwinError
from twin.messages import tr
from twin.themes import Label, Param, analysis as find_analysis, validate_params

ProgressFn = Callable[[int, int, str], None]


class AnalysisCancelled(TwinError):
    """The user cancelled a running analysis; nothing was written."""

    def __init__(self, name: str):
        super().__init__(f"Analysis {name} was cancelled; the project is unchanged.")


@dataclass(frozen=True)
class Analysis:
    """An analysis a theme offers. ``run(ctx)`` writes the ``outputs`` tables through ``ctx.cursor``."""

    name: str
    title: Label
    run: Callable[["AnalysisContext"], None]
    params: tuple[Param, ...] = ()
    inputs: tuple[str, ...] = ()
    outputs: tuple[str, ...] = ()
    description: str = ""


@dataclass
class AnalysisContext:
    """What a running analysis is given."""

    store: Any
    cursor: Any
    params: dict[str, Any]
    name: str
    warnings: list[str] = field(default_factory=list)
    _progress: ProgressFn | None = None
    _cancel: threading.Event | None = None

    def progress(self, done: int, total: int, message: str = "") -> None:
        self.check_cancelled()
        if self._progress is not None:
            self._progress(done, total, message)

    def check_cancelled(self) -> None:
        if self._cancel is not None and self._cancel.is_set():
            raise AnalysisCancelled(self.name)

    def warn(self, message: str) -> None:
        self.warnings.append(message)


@dataclass(frozen=True)
class AnalysisRun:
    """One recorded run (a row of ``analysis_runs``)."""

    id: int
    name: str
    params: dict[str, Any]
    inputs: list[dict[str, Any]]
    outputs: dict[str, int]
    warnings: list[str]
    started_at: dt.datetime
    seconds: float


def saved_params(store: Any, name: str) -> dict[str, Any]:
    """The project's own values for analysis ``name`` (not the defaults)."""
    rows = store.query("SELECT params FROM analysis_params WHERE analysis = ?", [name])
    return json.loads(rows[0][0]) if rows and rows[0][0] else {}


def effective_params(store: Any, name: str, overrides: Mapping[str, Any] | None = None) -> dict[str, Any]:
    """Defaults ← the project's saved values ← ``overrides``, each validated against the schema."""
    a = find_analysis(name)
    merged = {**saved_params(store, name), **dict(overrides or {})}
    return validate_params(a.params, merged, owner=f"analysis {name!r}")


def save_params(store: Any, name: str, values: Mapping[str, Any]) -> dict[str, Any]:
    """Store the project's values of some parameters of ``name`` (validated); returns all effective values."""
    a = find_analysis(name)
    merged = {**saved_params(store, name), **dict(values)}
    validate_params(a.params, merged, owner=f"analysis {name!r}")
    store.require_writable()
    store.query("INSERT OR REPLACE INTO analysis_params VALUES (?, ?, ?)",
                [name, json.dumps(merged, ensure_ascii=False), dt.datetime.now()])
    return effective_params(store, name)


def _inputs(cur: Any, tables: tuple[str, ...]) -> list[dict[str, Any]]:
    out = []
    for table in tables:
        exists = cur.execute("SELECT count(*) FROM information_schema.columns WHERE table_schema = 'main' "
                             "AND table_name = ? AND column_name = 'source_id'", [table]).fetchone()[0]
        if not exists:
            out.append({"table": table})
            continue
        for sid, path, sha in cur.execute(
                f'SELECT s.id, s.path, s.sha256 FROM sources s WHERE s.id IN (SELECT DISTINCT source_id FROM "{table}") '
                "ORDER BY s.id").fetchall():
            out.append({"table": table, "source_id": int(sid), "path": path, "sha256": sha})
    return out


def run_analysis(store: Any, name: str, params: Mapping[str, Any] | None = None, *,
                 progress: ProgressFn | None = None, cancel: threading.Event | None = None) -> AnalysisRun:
    """Run analysis ``name`` in one transaction and record it; see the module docstring."""
    a = find_analysis(name)
    values = effective_params(store, name, params)
    cursor = store.cursor()      # this thread's own cursor, closed here (a worker thread runs analyses too)
    try:
        return _run(store, cursor, a, values, progress, cancel)
    finally:
        cursor.close()


def _run(store: Any, cursor: Any, a: Analysis, values: dict[str, Any], progress: ProgressFn | None,
         cancel: threading.Event | None) -> AnalysisRun:
    name = a.name
    t0 = time.perf_counter()
    started = dt.datetime.now()
    with store.transaction(cursor) as cur:
        ctx = AnalysisContext(store, cur, values, name, _progress=progress, _cancel=cancel)
        ctx.check_cancelled()
        a.run(ctx)
        ctx.check_cancelled()
        outputs = {t: int(cur.execute(f'SELECT count(*) FROM "{t}"').fetchone()[0]) for t in a.outputs}
        inputs = _inputs(cur, a.inputs)
        seconds = time.perf_counter() - t0
        run_id = cur.execute(
            "INSERT INTO analysis_runs (name, params, inputs, outputs, warnings, started_at, finished_at, seconds) "
            "VALUES (?, ?, ?, ?, ?, ?, ?, ?) RETURNING id",
            [name, json.dumps(values, ensure_ascii=False, default=str), json.dumps(inputs, ensure_ascii=False),
             json.dumps(outputs), json.dumps(ctx.warnings, ensure_ascii=False), started, dt.datetime.now(),
             seconds]).fetchone()[0]
    return AnalysisRun(int(run_id), name, values, inputs, outputs, list(ctx.warnings), started, seconds)


def _run_from_row(row: tuple) -> AnalysisRun:
    rid, name, params, inputs, outputs, warnings, started, seconds = row
    return AnalysisRun(int(rid), name, json.loads(params or "{}"), json.loads(inputs or "[]"),
                       json.loads(outputs or "{}"), json.loads(warnings or "[]"), started, float(seconds or 0.0))


_RUN_COLUMNS = "id, name, params, inputs, outputs, warnings, started_at, seconds"


def runs(store: Any, name: str | None = None) -> list[AnalysisRun]:
    """Recorded runs, newest first (of one analysis when ``name`` is given)."""
    where, args = ("WHERE name = ?", [name]) if name else ("", [])
    return [_run_from_row(r) for r in store.query(f"SELECT {_RUN_COLUMNS} FROM analysis_runs {where} ORDER BY id DESC",
                                                  args)]


def last_run(store: Any, *, name: str | None = None, output: str | None = None) -> AnalysisRun | None:
    """The newest run of ``name``, or the newest run that wrote table ``output`` (where a result came from)."""
    for r in runs(store, name):
        if output is None or output in r.outputs:
            return r
    return None


def stale_reason(store: Any, name: str) -> str | None:
    """Why the last run of ``name`` no longer matches the project, or None when it does: it never ran, or the
    sources of its input tables changed since (an import added, replaced or removed one)."""
    last = last_run(store, name=name)
    if last is None:
        return tr("{name} has not run in this project yet", name=name)
    now = _inputs(store.cursor(), find_analysis(name).inputs)
    key = lambda items: sorted((i["table"], i.get("source_id"), i.get("sha256")) for i in items)  # noqa: E731
    if key(now) != key(last.inputs):
        tables = sorted({i["table"] for i in now} ^ {i["table"] for i in last.inputs}
                        | {a[0] for a in set(map(tuple, key(now))) ^ set(map(tuple, key(last.inputs)))})
        return tr("{tables} changed since its last run (run {run})", tables=", ".join(tables), run=last.id)
    return None


def rerun(store: Any, run_id: int, **kwargs: Any) -> AnalysisRun:
    """Run a recorded run's analysis again with the parameters it used."""
    rows = store.query(f"SELECT {_RUN_COLUMNS} FROM analysis_runs WHERE id = ?", [int(run_id)])
    if not rows:
        raise TwinError(f"no analysis run {run_id} in this project")
    old = _run_from_row(rows[0])
    return run_analysis(store, old.name, old.params, **kwargs)


__all__ = ["Analysis", "AnalysisCancelled", "AnalysisContext", "AnalysisRun", "effective_params", "last_run", "stale_reason",
           "rerun", "run_analysis", "runs", "save_params", "saved_params"]
