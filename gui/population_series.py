"""The catchment the Population panel shows — its name, polygon, apportioning method and age series (the chart's
pyramids and time series) — computed off the GUI thread.

* With a run (:func:`run_task`): the analysis ``population-catchment`` and then the catchment's series, in the
  worker of the run's progress dialog, so the chart arrives with the table.
* After reopening a project or an import (:class:`CatchmentLoader`): the catchment of the last run, from its
  parameters (station circle, along the roads, polygon file or drawn WKT: :func:`twin.catchments.catchment_of`),
  and its series again, in a :class:`gui.workers.TaskWorker` without a dialog.

The series uses the method of the run (:func:`twin.population_pyramid.catchment_values`), so the pyramids always
agree with the table. With a scenario chosen, the forecast with its residents
(:func:`gui.population_scenario.forecast`) is computed in the same worker. :func:`data_stamp` says whether a
computed catchment still matches the project.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import QObject, Signal

from gui.population_scenario import ScenarioForecast, forecast, scenario_stamp
from gui.workers import TaskWorker
from twin import catchments
from twin import population_pyramid as pyr

ANALYSIS = "population-catchment"


@dataclass(frozen=True)
class CatchmentData:
    """A catchment as the panel shows it: ``name`` (the analysis' name), ``wkt`` (project CRS), ``method``, the
    age ``series``, the :func:`data_stamp` of the project it was computed on and the forecast with the scenario
    chosen (None: none)."""

    name: str
    wkt: str
    method: str
    series: pyr.Series
    stamp: str
    scenario: ScenarioForecast | None = None


def data_stamp(store: Any) -> str:
    """What the catchment's numbers depend on: every source as imported, the last catchment run and the scenarios'
    edits."""
    row = store.query("SELECT (SELECT string_agg(id || ':' || sha256 || ':' || imported_at, ',' ORDER BY id) "
                      "FROM sources), (SELECT max(id) FROM analysis_runs WHERE name = ?)", [ANALYSIS])[0]
    return f"{row[0]}|{row[1]}|{scenario_stamp(store)}"


def last_params(store: Any) -> dict[str, Any] | None:
    """The parameters of the last ``population-catchment`` run (None: it never ran)."""
    from twin.analysis import last_run
    run = last_run(store, name=ANALYSIS)
    return dict(run.params) if run is not None else None


def compute(store: Any, *, catchment: tuple[str, str] | None = None, params: dict[str, Any] | None = None,
            method: str | None = None, cursors: list | None = None, scenario: str | None = None,
            series: pyr.Series | None = None) -> CatchmentData:
    """The :class:`CatchmentData` of ``catchment`` ((name, WKT); else the catchment of ``params``) apportioned by
    ``method`` (else ``params``' method), with the forecast with ``scenario`` (a name; None: none); ``series``:
    the age series when known already (only the scenario changed). Any thread (its own cursor, appended to
    ``cursors`` while it runs)."""
    params = dict(params or {})
    method = method or params.get("method") or "area"
    stamp = data_stamp(store)
    cur = store.cursor()
    if cursors is not None:
        cursors.append(cur)
    try:
        name, wkt = catchment or catchments.catchment_of(cur, store.crs, {"radius_m": 1500.0, **params})
        series = series if series is not None else pyr.catchment_values(cur, wkt, method)
        what_if = forecast(store, scenario, wkt, method) if scenario else None
        return CatchmentData(name, wkt, method, series, stamp, what_if)
    finally:
        if cursors is not None:
            cursors.remove(cur)
        cur.close()


def run_task(store: Any, params: dict[str, Any], catchment: tuple[str, str], scenario: str | None = None):
    """A :class:`gui.workers.ProgressRunner` task: run ``population-catchment`` with ``params`` (one transaction;
    Cancel rolls it back), then compute the catchment's data (with ``scenario``'s forecast when one is given);
    returns (the recorded run, :class:`CatchmentData`)."""
    from twin import analysis as home

    def task(progress, cancel):
        run = home.run_analysis(store, ANALYSIS, dict(params), cancel=cancel,
                                progress=lambda d, t, m: progress(d, t + 1, "steps", m))
        progress(1, 1, "steps", "")
        return run, compute(store, catchment=catchment, method=run.params.get("method"), scenario=scenario)

    return task


class CatchmentLoader(QObject):
    """Computes a :class:`CatchmentData` in a :class:`TaskWorker`; ``loaded(data)`` or ``failed(message)`` on the
    GUI thread. A newer :meth:`load` or :meth:`stop` drops the older result."""

    loaded = Signal(object)
    failed = Signal(str)

    def __init__(self, parent: QObject | None = None):
        super().__init__(parent)
        self.worker: TaskWorker | None = None
        self._cursors: list = []
        self._alive: set[TaskWorker] = set()         # every worker until its thread has finished

    @property
    def busy(self) -> bool:
        return self.worker is not None

    def load(self, store: Any, **kwargs: Any) -> None:
        """Start computing :func:`compute` ``(store, **kwargs)``."""
        self.stop()
        cursors = self._cursors = []
        worker = self.worker = TaskWorker(lambda _progress, _cancel: compute(store, cursors=cursors, **kwargs))
        self._alive.add(worker)
        worker.succeeded.connect(lambda data: self._done(worker, data, None))
        worker.failed.connect(lambda exc: self._done(worker, None, exc))
        worker.finished.connect(lambda: self._finished(worker))
        worker.start()

    def _finished(self, worker: TaskWorker) -> None:
        self._alive.discard(worker)
        worker.deleteLater()

    def _done(self, worker: TaskWorker, data: Any, error: BaseException | None) -> None:
        if worker is not self.worker:
            return                                  # a result nobody waits for any more
        self.worker = None
        if error is None:
            self.loaded.emit(data)
        elif not worker.cancel_event.is_set():
            self.failed.emit(str(error))

    def stop(self) -> None:
        """Drop the running computation: its query is interrupted and the thread waited for (the store may close
        next)."""
        worker, self.worker = self.worker, None
        if worker is None:
            return
        worker.cancel()
        for cur in list(self._cursors):
            interrupt = getattr(cur, "interrupt", None)
            if interrupt is not None:
                try:
                    interrupt()
                except Exception:  # noqa: BLE001 - the query has just ended
                    pass
        worker.wait()


__all__ = ["ANALYSIS", "CatchmentData", "CatchmentLoader", "compute", "data_stamp", "last_params", "run_task"]
