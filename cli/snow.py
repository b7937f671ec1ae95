"""``kaga-twin snow-coverage``: a storm's plough coverage per segment and the service level per route tier (the snow
theme's analysis ``snow-coverage``, :mod:`twin.snow_coverage`).

    kaga-twin snow-coverage [--from T] [--to T] [--at T] [--tier N] [--missed] [--rerun]
                            [--format table|csv|json|geojson] [--project FILE]

The analysis runs first when it never ran in the project, when ``--from``/``--to`` differ from its last run's window,
with ``--rerun``, or when plough positions, tiers or roads were imported after its last run; otherwise the last run's
results are printed. Without ``--from``/``--to`` the last run's window is kept, also when it runs again (before the
first run: the analysis's own, the project's saved parameters or the plough positions' time extent).

Prints the service level per tier (tier, target_h, length_km, served_within_target_pct) and the per-segment table
(segment_id, tier, passes, first_served, last_served, band_at: the segment's band at ``--at``, by default the
window's end). ``--missed`` lists the segments missed in the window instead (segment, road name and class, length, tier).
``--tier N`` keeps one tier. Times are ISO 8601 with their offset (Japan time); naive input times are Japan time.
``--format geojson`` gives the segments' lines in WGS 84 with the same properties.
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import sys
from collections.abc import Callable
from typing import Any

from cli.output import write_rows
from cli.project import resolve_project
from twin import analysis as home
from twin.clock import TOKYO, aware
from twin.errors import TwinError
from twin.store import Store

NAME = "snow-coverage"
TIER_COLUMNS = ("tier", "target_h", "length_km", "served_within_target_pct")
SEGMENT_COLUMNS = ("segment_id", "tier", "passes", "first_served", "last_served", "band_at")
MISSED_COLUMNS = ("segment_id", "road_name", "road_class", "length_m", "tier")
TABLE_COLUMNS = SEGMENT_COLUMNS + ("road_name", "length_m")       # the table and CSV also name the road


def _time(text: str | None, option: str) -> dt.datetime | None:
    if text is None or text == "":
        return None
    try:
        return aware(text)
    except ValueError as exc:
        raise TwinError(f"{option}: {exc}") from None


def iso(t: dt.datetime | None) -> str | None:
    """An aware time as ISO 8601 in Japan time with its offset, to the second (None stays None)."""
    return aware(t).astimezone(TOKYO).isoformat(timespec="seconds") if t is not None else None


def last_window(store: Store) -> tuple[dt.datetime | None, dt.datetime | None]:
    """The window the last run measured (:func:`twin.snow_coverage.window`); (None, None) before the first run."""
    from twin import snow_coverage

    return snow_coverage.window(store) or (None, None)


def why_run(store: Store, start: dt.datetime | None, end: dt.datetime | None, rerun: bool) -> str | None:
    """Why the analysis must run before printing (None: the last run's results answer the question)."""
    if rerun:
        return "--rerun"
    stale = home.stale_reason(store, NAME)
    if stale:
        return stale
    last_from, last_to = last_window(store)
    for asked, had, option in ((start, last_from, "--from"), (end, last_to, "--to")):
        if asked is not None and asked != had:
            return f"{option} {iso(asked)} differs from the last run's window ({iso(had) if had else 'none'})"
    return None


def _run(store: Store, start: dt.datetime | None, end: dt.datetime | None) -> home.AnalysisRun:
    params = {}
    if start is not None:
        params["from"] = iso(start)
    if end is not None:
        params["to"] = iso(end)
    try:
        run = home.run_analysis(store, NAME, params,
                                progress=lambda d, t, m: print(f"  {m or NAME}: {d}/{t}", file=sys.stderr))
    except ValueError as exc:
        raise TwinError(str(exc)) from None
    print(f"Ran {NAME} as run {run.id}: {run.outputs.get('snow_segment_coverage', 0)} segment(s), "
          f"{run.outputs.get('snow_passes', 0)} pass(es)", file=sys.stderr)
    for w in run.warnings:
        print(f"  warning: {w}", file=sys.stderr)
    return run


def tiers(store: Store, tier: int | None = None) -> list[dict[str, Any]]:
    """The service level per tier, tier 1 first."""
    where, args = ("WHERE tier = ?", [tier]) if tier is not None else ("", [])
    rows = store.query(f"SELECT {', '.join(TIER_COLUMNS)} FROM snow_service_levels {where} ORDER BY tier", args)
    return [dict(zip(TIER_COLUMNS, r)) for r in rows]


def segments(store: Store, at: dt.datetime, tier: int | None = None) -> list[dict[str, Any]]:
    """Every segment of the coverage table (tier 1 first, then by id) with its band at ``at``; ``road_name``,
    ``length_m`` and ``state`` ride along (not printed in the table)."""
    from twin import snow_coverage

    where, args = ("WHERE c.tier = ?", [tier]) if tier is not None else ("", [])
    rows = store.query(
        "SELECT c.segment_id, c.tier, c.passes, c.first_served, c.last_served, s.name, c.length_m, c.state "
        "FROM snow_segment_coverage c LEFT JOIN road_segments s ON s.id = c.segment_id "
        f"{where} ORDER BY c.tier NULLS LAST, c.segment_id", args)
    bands = snow_coverage.bands_at(store, at)        # {segment_id: band}
    out = []
    for r in rows:
        sid = int(r[0])
        out.append({"segment_id": sid, "tier": r[1], "passes": int(r[2] or 0), "first_served": iso(r[3]),
                    "last_served": iso(r[4]), "band_at": bands.get(sid), "road_name": r[5],
                    "length_m": None if r[6] is None else round(float(r[6]), 1), "state": r[7]})
    return out


def missed(store: Store, tier: int | None = None) -> list[dict[str, Any]]:
    """The segments missed in the window (never served), tier 1 first, longest first."""
    from twin import snow_coverage

    out = []
    for r in snow_coverage.missed(store, tier):
        out.append({"segment_id": int(r["segment_id"]), "road_name": r["name"], "road_class": r["road_class"],
                    "length_m": None if r["length_m"] is None else round(float(r["length_m"]), 1),
                    "tier": r["tier"], "target_h": r["target_h"]})
    return out


def _geojson(store: Store, items: list[dict[str, Any]], columns: tuple[str, ...]) -> dict[str, Any]:
    """The segments' lines in WGS 84 with ``columns`` as properties."""
    from pyproj import Transformer

    ids = [d["segment_id"] for d in items]
    geoms = {int(r[0]): r[1] for r in store.query(
        "SELECT id, ST_AsGeoJSON(geom) FROM road_segments WHERE list_contains(?::BIGINT[], id)", [ids])} if ids else {}
    to_ll = Transformer.from_crs(store.crs, "EPSG:4326", always_xy=True)

    def wgs84(coords: Any) -> Any:
        if coords and isinstance(coords[0], (int, float)):
            lon, lat = to_ll.transform(coords[0], coords[1])
            return [round(lon, 7), round(lat, 7)]
        return [wgs84(c) for c in coords]

    feats = []
    for d in items:
        raw = geoms.get(d["segment_id"])
        geom = None
        if raw:
            g = json.loads(raw)
            geom = {"type": g["type"], "coordinates": wgs84(g["coordinates"])}
        feats.append({"type": "Feature", "id": d["segment_id"], "geometry": geom,
                      "properties": {k: d.get(k) for k in columns}})
    return {"type": "FeatureCollection", "features": feats}


def _dump(value: Any) -> None:
    json.dump(value, sys.stdout, ensure_ascii=False, indent=1, default=str)
    sys.stdout.write("\n")


def cmd_snow_coverage(args: argparse.Namespace) -> int:
    project = resolve_project(args.project)
    start, end = _time(args.start, "--from"), _time(args.end, "--to")
    at = _time(args.at, "--at")
    if start is not None and end is not None and end <= start:
        raise TwinError(f"--to {iso(end)} must be after --from {iso(start)}")
    with Store(project, read_only=True, create=False) as store:
        if not store.existing_tables(["plough_points"]) or not store.query("SELECT count(*) FROM plough_points")[0][0]:
            raise TwinError(f"{project} has no plough positions: import an AVL CSV, GPX, vendor GeoJSON or "
                            "plough-tracker snapshots first (kaga-twin import FILE)")
        reason = why_run(store, start, end, args.rerun)
        last_from, last_to = last_window(store)
    if reason:
        print(f"Running {NAME}: {reason}", file=sys.stderr)
    with Store(project, read_only=not reason, create=False) as store:
        if reason:
            store.require_writable()
            _run(store, start or last_from, end or last_to)      # a side not asked for keeps the last window
        window = last_window(store)
        window = window if window[0] is not None else None
        at = at or (window[1] if window else dt.datetime.now(TOKYO))
        if args.missed:
            items = missed(store, args.tier)
            if args.format == "json":
                _dump(items)
            elif args.format == "geojson":
                _dump(_geojson(store, items, MISSED_COLUMNS))
            else:
                write_rows(MISSED_COLUMNS, [[d[c] for c in MISSED_COLUMNS] for d in items], args.format)
            return 0
        levels = tiers(store, args.tier)
        items = segments(store, at, args.tier)
        if args.format == "json":
            _dump({"from": iso(window[0]) if window else None, "to": iso(window[1]) if window else None,
                   "at": iso(at), "tiers": levels, "segments": [{k: d[k] for k in SEGMENT_COLUMNS} for d in items]})
        elif args.format == "geojson":
            _dump(_geojson(store, items, SEGMENT_COLUMNS + ("road_name", "length_m")))
        elif args.format == "csv":
            write_rows(TABLE_COLUMNS, [[d[c] for c in TABLE_COLUMNS] for d in items], "csv")
        else:
            if window:
                print(f"Storm window {iso(window[0])} – {iso(window[1])}; bands at {iso(at)}")
            print("Service level per tier:")
            write_rows(TIER_COLUMNS, [[_round(d[c]) for c in TIER_COLUMNS] for d in levels], "table")
            print()
            print("Segments:")
            write_rows(TABLE_COLUMNS, [[d[c] for c in TABLE_COLUMNS] for d in items], "table")
    return 0


def _round(v: Any) -> Any:
    return round(v, 2) if isinstance(v, float) else v


def add_snow_parser(subparsers: argparse._SubParsersAction,
                    project_arg: Callable[[argparse.ArgumentParser], None]) -> argparse.ArgumentParser:
    sp = subparsers.add_parser(
        "snow-coverage", help="plough coverage per segment and service level per route tier for a storm window",
        description="Which segments the ploughs served in a storm window and when, the share of each route tier's "
                    "length served within its target, and what was missed (twin/snow_coverage.py). The analysis "
                    "runs when it never ran, when the window differs from its last run's, or with --rerun.")
    sp.add_argument("--from", dest="start", metavar="T",
                    help="start of the storm (ISO 8601; naive = Japan time); targets count from here")
    sp.add_argument("--to", dest="end", metavar="T", help="end of the storm window (ISO 8601)")
    sp.add_argument("--at", metavar="T", help="the moment of band_at (default: the window's end)")
    sp.add_argument("--tier", type=int, metavar="N", help="only route tier N")
    sp.add_argument("--missed", action="store_true", help="list the segments missed in the window instead")
    sp.add_argument("--rerun", action="store_true", help="run the analysis again even if its results are current")
    sp.add_argument("--format", choices=["table", "csv", "json", "geojson"], default="table")
    project_arg(sp)
    sp.set_defaults(func=cmd_snow_coverage)
    return sp


__all__ = ["add_snow_parser", "cmd_snow_coverage", "iso", "missed", "segments", "tiers", "why_run"]
