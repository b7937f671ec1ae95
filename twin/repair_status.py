"""The road crew's statuses of repair cases, and reports kept across re-imports (road-damage theme). Qt-free.

**Report keys.** ``road_reports.report_key`` names a report across exports: ``<kind>:<external_id>`` or, for a
row without an id (AI detections usually have none), ``<kind>@<received_at>@<lat>,<lon>@<class>``
(:func:`report_key`). A re-import of a newer export updates the reports with the same key *in place*: same
``id``, new values, the new source (:func:`merge_reports`). Reports of an earlier export that the new one does
not hold stay, with their old source.

**Statuses set in Kaga Twin.** :func:`set_case_status` moves every report of a case to 受付済, 対応中 or 対応済,
with a note, a time and who did it, in one transaction: one ``repair_status_log`` row per report, the reports'
``status``, and the case's ``status`` and ``status`` part of the priority (the other parts do not depend on the
status, so the case is re-scored without running the analysis again). The log is not a feature table: no
import replaces it. After every import of reports, :func:`reapply_statuses` sets each logged report back to the
status the crew gave it last, and the import says how many reports kept the crew's status although the export
says otherwise (the export's own value stays in ``status_raw``). The crew's word wins because Kaga Twin is where
the crew records its work; an export only knows what the reporting system knew when it was written.
"""

from __future__ import annotations

import datetime as dt
import getpass
import json
import math
from pathlib import Path
from typing import Any

from twin.errors import TwinError

STATUSES = ("受付済", "対応中", "対応済")

#: the analysis whose cases the statuses apply to, and the parameter weighting 対応中 cases
ANALYSIS = "repair-priority"


def report_key(kind: str, external_id: str | None, received_at: dt.datetime | None, lat: float | None,
               lon: float | None, damage_class: str | None) -> str:
    """The key that identifies one report across exports (see the module docstring)."""
    if external_id:
        return f"{kind}:{external_id}"
    when = received_at.astimezone(dt.timezone.utc).strftime("%Y-%m-%dT%H:%M:%SZ") if received_at else ""
    where = "" if lat is None or lon is None else f"{lat:.6f},{lon:.6f}"
    return f"{kind}@{when}@{where}@{damage_class or ''}"


# -- re-import -------------------------------------------------------------------------------------------------

_UPDATED = ("external_id", "kind", "received_at", "updated_at", "status", "status_raw", "category", "description",
            "damage_class", "size", "confidence", "photo", "lat", "lon", "notes")


def merge_reports(writer: Any, table: Any) -> tuple[int, int]:
    """Write an import's reports (an Arrow table with ``report_key`` and WKB ``geom``) through ``writer``:
    rows whose key is already in ``road_reports`` are updated in place (same id, this source), the others are
    inserted. Returns ``(inserted, updated)``."""
    import pyarrow as pa
    import pyarrow.compute as pc

    cur = writer.cursor
    keys = table.column("report_key")
    cur.register("_kaga_new_reports", table)
    try:
        known = {r[0] for r in cur.execute(
            "SELECT DISTINCT r.report_key FROM road_reports r JOIN _kaga_new_reports n USING (report_key)").fetchall()}
        if known:
            sets = ", ".join(f'"{c}" = n."{c}"' for c in _UPDATED)
            writer.execute(f"UPDATE road_reports AS r SET {sets}, geom = ST_GeomFromWKB(n.geom), "
                           f"source_id = {int(writer.source_id)} FROM _kaga_new_reports AS n "
                           "WHERE r.report_key = n.report_key")
    finally:
        cur.unregister("_kaga_new_reports")
    fresh = table.filter(pc.invert(pc.is_in(keys, value_set=pa.array(sorted(known), pa.string())))) if known else table
    inserted = writer.insert_arrow("road_reports", fresh, geometry_columns=["geom"])
    return inserted, table.num_rows - fresh.num_rows


def reapply_statuses(cursor: Any, source_id: int | None = None) -> int:
    """Set every logged report (of ``source_id``, or all) back to the crew's latest status; returns how many
    reports the export had given another status."""
    where = "" if source_id is None else f" AND r.source_id = {int(source_id)}"
    latest = "(SELECT report_key, arg_max(status, id) AS status FROM repair_status_log GROUP BY report_key)"
    differing = cursor.execute(f"SELECT count(*) FROM road_reports r JOIN {latest} l USING (report_key) "
                               f"WHERE r.status IS DISTINCT FROM l.status{where}").fetchone()[0]
    if differing:
        cursor.execute(f"UPDATE road_reports AS r SET status = l.status FROM {latest} AS l "
                       f"WHERE r.report_key = l.report_key AND r.status IS DISTINCT FROM l.status{where}")
    return int(differing)


# -- statuses set by the crew ----------------------------------------------------------------------------------

def _in_progress_factor(store: Any) -> float:
    from twin import analysis as home
    try:
        return float(home.effective_params(store, ANALYSIS).get("in_progress_factor", 0.5))
    except (KeyError, ValueError):
        return 0.5


def rescore(parts: dict[str, float], status: str, in_progress_factor: float) -> dict[str, float]:
    """``parts`` with the ``status`` part recomputed for ``status``: −(1 − f) × the sum of the other parts
    (f = 1 for 受付済, ``in_progress_factor`` for 対応中, 0 for 対応済), each rounded to 4 decimals."""
    f = {"受付済": 1.0, "対応中": in_progress_factor, "対応済": 0.0}[status]
    base = sum(v for k, v in parts.items() if k != "status")
    out = {k: v for k, v in parts.items() if k != "status"}
    out["status"] = round(-(1.0 - f) * base, 4) + 0.0
    return out


def set_case_status(store: Any, case_id: int, status: str, note: str | None = None, *, by: str | None = None,
                    at: dt.datetime | None = None) -> int:
    """Give every report of case ``case_id`` the status ``status`` (受付済, 対応中 or 対応済), with ``note``,
    in one transaction; returns the number of reports whose status changed (0 when all had it already; a log
    row is still written, so a note on an unchanged status is kept)."""
    if status not in STATUSES:
        raise TwinError(f"unknown status {status!r}: use one of {', '.join(STATUSES)}")
    store.require_writable()
    at = at or dt.datetime.now(dt.timezone.utc)
    by = by if by is not None else _user()
    factor = _in_progress_factor(store)
    with store.transaction() as cur:
        case = cur.execute("SELECT parts FROM repair_cases WHERE case_id = ?", [int(case_id)]).fetchone()
        if case is None:
            raise TwinError(f"no repair case {case_id}: list them with kaga-twin repairs")
        cur.execute("UPDATE road_reports SET report_key = kind || ':' || coalesce(external_id, '#' || id) "
                    "WHERE case_id = ? AND report_key IS NULL", [int(case_id)])     # rows added by SQL
        reports = cur.execute("SELECT report_key, status FROM road_reports WHERE case_id = ? ORDER BY id",
                              [int(case_id)]).fetchall()
        if not reports:
            raise TwinError(f"repair case {case_id} has no reports any more: run kaga-twin repairs --rerun")
        cur.executemany("INSERT INTO repair_status_log (report_key, case_id, status_from, status, note, changed_at, "
                        "changed_by) VALUES (?, ?, ?, ?, ?, ?, ?)",
                        [[k, int(case_id), old, status, note or None, at, by] for k, old in reports])
        cur.execute("UPDATE road_reports SET status = ? WHERE case_id = ?", [status, int(case_id)])
        parts = rescore(json.loads(case[0] or "{}"), status, factor)
        cur.execute("UPDATE repair_cases SET status = ?, parts = ?, priority = ? WHERE case_id = ?",
                    [status, json.dumps(parts), round(sum(parts.values()), 4) + 0.0, int(case_id)])
        _resum_segment(cur, int(case_id))
    return sum(1 for _, old in reports if old != status)


def _resum_segment(cur: Any, case_id: int) -> None:
    """Keep ``repair_segments`` true for the case's segment after its status changed."""
    from twin.repairs import SEVERITY
    rank = "CASE worst_class " + " ".join(f"WHEN '{c}' THEN {v}" for c, v in SEVERITY.items()) + " ELSE 0 END"
    cur.execute(
        "UPDATE repair_segments AS s SET open_cases = t.open_cases, worst_class = t.worst_class, "
        "priority_sum = t.priority_sum FROM (SELECT segment_id, count(*) FILTER (WHERE status <> '対応済') AS "
        f"open_cases, arg_max(worst_class, {rank}) FILTER (WHERE status <> '対応済') AS worst_class, "
        "sum(priority) AS priority_sum FROM repair_cases WHERE segment_id = "
        "(SELECT segment_id FROM repair_cases WHERE case_id = ?) GROUP BY segment_id) AS t "
        "WHERE s.segment_id = t.segment_id", [case_id])


def _user() -> str | None:
    try:
        return getpass.getuser()
    except (KeyError, OSError):
        return None


def case_history(store: Any, case_id: int) -> list[dict[str, Any]]:
    """The status changes of the case's reports, oldest first, one entry per change (the reports changed
    together are one entry): ``changed_at`` (aware), ``status_from``, ``status``, ``note``, ``changed_by``,
    ``reports`` (how many reports it covered)."""
    rows = store.query(
        "SELECT l.changed_at, min(l.status_from), l.status, l.note, l.changed_by, count(*) FROM repair_status_log l "
        "WHERE l.report_key IN (SELECT report_key FROM road_reports WHERE case_id = ?) OR l.case_id = ? "
        "GROUP BY l.changed_at, l.status, l.note, l.changed_by ORDER BY l.changed_at, min(l.id)",
        [int(case_id), int(case_id)])
    return [{"changed_at": r[0], "status_from": r[1], "status": r[2], "note": r[3], "changed_by": r[4],
             "reports": int(r[5])} for r in rows]


def case_reports(store: Any, case_id: int) -> list[dict[str, Any]]:
    """The reports of the case, oldest first; ``photo_path`` is the photo as a local file (resolved against the
    folder of the report's source file) when it exists, else None."""
    cols = ("id", "external_id", "kind", "received_at", "status", "category", "description", "damage_class",
            "size", "photo", "distance_m", "source_path")
    rows = store.query(
        "SELECT r.id, r.external_id, r.kind, r.received_at, r.status, r.category, r.description, r.damage_class, "
        "r.size, r.photo, r.distance_m, s.path FROM road_reports r LEFT JOIN sources s ON s.id = r.source_id "
        "WHERE r.case_id = ? ORDER BY r.received_at NULLS LAST, r.id", [int(case_id)])
    out = []
    for r in rows:
        d = dict(zip(cols, r))
        d["photo_path"] = photo_path(d.pop("source_path"), d["photo"])
        if d["distance_m"] is not None and math.isnan(d["distance_m"]):
            d["distance_m"] = None
        out.append(d)
    return out


def photo_path(source_path: str | None, photo: str | None) -> Path | None:
    """A report's photo as a local file: an absolute path, or one relative to the source file's folder (for a
    folder or archive source, relative to it and its parent); None for URLs and files that do not exist."""
    if not photo or "://" in photo:
        return None
    p = Path(photo)
    candidates = [p] if p.is_absolute() else []
    if not p.is_absolute() and source_path:
        src = Path(source_path)
        candidates += [src.parent / p, src / p]
    return next((c for c in candidates if c.is_file()), None)


__all__ = ["STATUSES", "case_history", "case_reports", "merge_reports", "photo_path", "reapply_statuses",
           "report_key", "rescore", "set_case_status"]
