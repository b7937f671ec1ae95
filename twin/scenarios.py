"""Scenarios: named sets of edits over the base twin, stored in the project (theme ``scenarios``).

An edit is a command (add a building, change one, remove some) recorded in ``scenario_edits`` with its author
and time; the rows of one command share its ``seq``. :func:`undo` marks the latest active command inactive,
:func:`redo` brings the earliest inactive one back, and a new command after an undo deletes the undone ones (as
QUndoStack does). The base ``buildings`` table is never modified: :func:`scenario_buildings` reads a scenario
as a view over it. Every write runs in one ``store.transaction()``.

Derived values of an added building: height = storeys × 3.5 m when only storeys are given, storeys =
round(height / 3.5) (at least 1) when only the height is; floor area = footprint area × storeys unless given;
dwelling units from the usage unless given (:func:`twin.scenario_view.estimated_units`); its ground height is
the DEM at the footprint's centroid, else the nearest base building's ground_z, else 0.
"""

from __future__ import annotations

import datetime as dt
import getpass
from typing import Any, Iterable

from twin.errors import TwinError
from twin.scenario_view import (COLUMNS, STOREY_M, ScenarioNotFound, as_date, estimated_units, export_gpkg,
                                scenario_buildings, scenario_id)
from twin.themes.plateau import USAGE_LABELS

OPS = ("add", "change", "remove")


def _author(author: str | None) -> str:
    if author:
        return author
    try:
        return getpass.getuser()
    except (KeyError, OSError):
        return "unknown"


def _now() -> dt.datetime:
    return dt.datetime.now().replace(microsecond=0)


def _check_name(name: str) -> str:
    name = (name or "").strip()
    if not name:
        raise TwinError("a scenario needs a name")
    return name


# -- scenarios -----------------------------------------------------------------------------------------------

def list_scenarios(store: Any) -> list[dict[str, Any]]:
    """Every scenario: id, name, description, author, created_at and the number of active edit rows."""
    rows = store.query(
        "SELECT s.id, s.name, s.description, s.author, s.created_at, "
        "(SELECT count(*) FROM scenario_edits e WHERE e.scenario_id = s.id AND e.active) "
        "FROM scenarios s ORDER BY s.id")
    keys = ("id", "name", "description", "author", "created_at", "edits")
    return [dict(zip(keys, r)) for r in rows]


def create(store: Any, name: str, *, from_: str | None = None, author: str | None = None,
           description: str | None = None) -> int:
    """Create an empty scenario (or a copy of the active edits of ``from_``); return its id."""
    name = _check_name(name)
    with store.transaction() as cur:
        if cur.execute("SELECT count(*) FROM scenarios WHERE name = ?", [name]).fetchone()[0]:
            raise TwinError(f"a scenario named {name!r} already exists")
        source = scenario_id(cur, from_) if from_ is not None else None
        sid = cur.execute("INSERT INTO scenarios (name, description, author, created_at) VALUES (?, ?, ?, ?) "
                          "RETURNING id", [name, description, _author(author), _now()]).fetchone()[0]
        if source is not None:
            _copy_edits(cur, source, sid)
    return int(sid)


def _copy_edits(cur: Any, source: int, target: int) -> None:
    cur.execute("INSERT INTO scenario_phases SELECT ?, name, date FROM scenario_phases WHERE scenario_id = ?",
                [target, source])
    cols = ("seq, op, target_gml_id, new_id, footprint, ground_z, height_m, storeys, usage_code, usage, "
            "floor_area_m2, units, phase_date, author, \"at\", active")
    rows = cur.execute(f"SELECT id, {cols} FROM scenario_edits WHERE scenario_id = ? AND active ORDER BY id",
                       [source]).fetchall()
    for old_id, *_ in rows:
        new = cur.execute(f"INSERT INTO scenario_edits (scenario_id, {cols}) SELECT ?, {cols} FROM scenario_edits "
                          "WHERE id = ? RETURNING id", [target, old_id]).fetchone()[0]
        cur.execute("UPDATE scenario_edits SET new_id = ? WHERE id = ? AND op = 'add'", [f"scn-{target}-{new}", new])


def duplicate(store: Any, name: str, new_name: str, *, author: str | None = None) -> int:
    """A new scenario ``new_name`` with the active edits and phases of ``name``."""
    return create(store, new_name, from_=name, author=author)


def rename(store: Any, old: str, new: str) -> None:
    new = _check_name(new)
    with store.transaction() as cur:
        sid = scenario_id(cur, old)
        if new != old and cur.execute("SELECT count(*) FROM scenarios WHERE name = ?", [new]).fetchone()[0]:
            raise TwinError(f"a scenario named {new!r} already exists")
        cur.execute("UPDATE scenarios SET name = ? WHERE id = ?", [new, sid])


def delete(store: Any, name: str) -> None:
    """Delete a scenario with its edits and phases (the base is untouched)."""
    with store.transaction() as cur:
        sid = scenario_id(cur, name)
        for table in ("scenario_edits", "scenario_phases"):
            cur.execute(f"DELETE FROM {table} WHERE scenario_id = ?", [sid])
        cur.execute("DELETE FROM scenarios WHERE id = ?", [sid])


def set_phase(store: Any, name: str, phase: str, date: dt.date | str) -> None:
    """Add (or re-date) a named phase of a scenario, e.g. ("第1期", "2028-04-01")."""
    when = as_date(date)
    with store.transaction() as cur:
        sid = scenario_id(cur, name)
        cur.execute("DELETE FROM scenario_phases WHERE scenario_id = ? AND name = ?", [sid, phase])
        cur.execute("INSERT INTO scenario_phases VALUES (?, ?, ?)", [sid, phase, when])


def phases(store: Any, name: str) -> list[dict[str, Any]]:
    cur = store.cursor()
    try:
        sid = scenario_id(cur, name)
        rows = cur.execute("SELECT name, date FROM scenario_phases WHERE scenario_id = ? ORDER BY date, name",
                           [sid]).fetchall()
    finally:
        cur.close()
    return [{"name": n, "date": d} for n, d in rows]


# -- edits ---------------------------------------------------------------------------------------------------

def _begin_command(cur: Any, sid: int) -> int:
    """Drop the undone commands (a new edit after an undo) and return the next command number."""
    cur.execute("DELETE FROM scenario_edits WHERE scenario_id = ? AND NOT active", [sid])
    return int(cur.execute("SELECT coalesce(max(seq), 0) + 1 FROM scenario_edits WHERE scenario_id = ?",
                           [sid]).fetchone()[0])


def _footprint(wkt: str) -> Any:
    import shapely
    try:
        geom = shapely.from_wkt(wkt)
    except Exception as exc:                 # GEOSException: one clear line
        raise TwinError(f"the footprint WKT cannot be read: {exc}") from None
    if geom is None or geom.is_empty or geom.geom_type not in ("Polygon", "MultiPolygon"):
        raise TwinError("the footprint must be a non-empty POLYGON or MULTIPOLYGON in the project CRS")
    geom = shapely.force_2d(geom)
    if not geom.is_valid:
        geom = shapely.make_valid(geom)
    if geom.area <= 0:
        raise TwinError("the footprint has no area")
    return geom


def _dem(store: Any) -> Any:
    from twin.raster import RasterNotFound, load_raster
    try:
        return load_raster(store)
    except RasterNotFound:
        return None


def _ground_z(dem: Any, cur: Any, geom: Any) -> float:
    """The DEM at the footprint's centroid, else the nearest base building's ground_z, else 0."""
    c = geom.centroid
    if dem is not None:
        z = float(dem.sample([c.x], [c.y], outside="nan")[0])
        if z == z:
            return z
    row = cur.execute("SELECT ground_z FROM buildings WHERE ground_z IS NOT NULL "
                      "ORDER BY ST_Distance(footprint, ST_GeomFromText(?)) LIMIT 1", [c.wkt]).fetchone()
    return float(row[0]) if row else 0.0


def _height_storeys(height_m: float | None, storeys: int | None) -> tuple[float | None, int | None]:
    if height_m is not None and height_m <= 0:
        raise TwinError(f"the height must be positive, not {height_m}")
    if storeys is not None and storeys <= 0:
        raise TwinError(f"the storeys must be at least 1, not {storeys}")
    if height_m is None and storeys is not None:
        height_m = storeys * STOREY_M
    elif storeys is None and height_m is not None:
        storeys = max(1, round(height_m / STOREY_M))
    return height_m, storeys


def _usage(code: str | None) -> str | None:
    if code is None:
        return None
    code = str(code).strip()
    if code not in USAGE_LABELS:
        raise TwinError(f"unknown usage code {code!r}; PLATEAU Building_usage codes: "
                        + ", ".join(f"{c} {label}" for c, label in USAGE_LABELS.items()))
    return USAGE_LABELS[code]


def add_building(store: Any, name: str, footprint_wkt: str, *, height_m: float | None = None,
                 storeys: int | None = None, usage_code: str = "401", units: int | None = None,
                 floor_area_m2: float | None = None, phase_date: dt.date | str | None = None,
                 author: str | None = None) -> str:
    """Add a building drawn or imported as ``footprint_wkt`` (project CRS) to scenario ``name``; return its
    new id (``scn-<scenario id>-<edit id>``). Needs ``height_m`` or ``storeys``."""
    spec = {"footprint": footprint_wkt, "height_m": height_m, "storeys": storeys, "usage_code": usage_code,
            "units": units, "floor_area_m2": floor_area_m2, "phase_date": phase_date}
    return add_buildings(store, name, [spec], author=author)[0]


def _new_row(spec: dict[str, Any]) -> list[Any]:
    height_m, storeys = spec.get("height_m"), spec.get("storeys")
    if height_m is None and storeys is None:
        raise TwinError("a new building needs a height or a number of storeys")
    geom = _footprint(spec["footprint"])
    height_m, storeys = _height_storeys(height_m, storeys)
    code = str(spec.get("usage_code") or "401")
    usage = _usage(code)
    floor = spec.get("floor_area_m2")
    floor = float(floor) if floor is not None else geom.area * storeys
    units = spec.get("units")
    units = int(units) if units is not None else estimated_units(code, floor)
    return [geom, float(height_m), int(storeys), code, usage, floor, units, as_date(spec.get("phase_date"))]


def add_buildings(store: Any, name: str, specs: Iterable[dict[str, Any]], *, author: str | None = None
                  ) -> list[str]:
    """Add several buildings as one command (undone together): each spec is a dict with ``footprint`` (WKT,
    project CRS) and the keyword arguments of :func:`add_building`. Returns the new ids in order."""
    rows = [_new_row(spec) for spec in specs]
    if not rows:
        raise TwinError("no building to add")
    who, now, out, dem = _author(author), _now(), [], _dem(store)
    with store.transaction() as cur:
        sid = scenario_id(cur, name)
        seq = _begin_command(cur, sid)
        for geom, *values, when in rows:
            eid = cur.execute(
                "INSERT INTO scenario_edits (scenario_id, seq, op, footprint, ground_z, height_m, storeys, "
                "usage_code, usage, floor_area_m2, units, phase_date, author, \"at\", active) "
                "VALUES (?, ?, 'add', ST_GeomFromWKB(?), ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, true) RETURNING id",
                [sid, seq, geom.wkb, _ground_z(dem, cur, geom), *values, when, who, now]).fetchone()[0]
            out.append(f"scn-{sid}-{eid}")
            cur.execute("UPDATE scenario_edits SET new_id = ? WHERE id = ?", [out[-1], eid])
    return out


def _known_ids(cur: Any, sid: int, gml_ids: Iterable[str]) -> list[str]:
    ids = [str(g) for g in dict.fromkeys(gml_ids)]
    if not ids:
        raise TwinError("name at least one building (gml_id)")
    found = {r[0] for r in cur.execute(
        "SELECT gml_id FROM buildings WHERE gml_id IN (SELECT unnest(?)) UNION "
        "SELECT new_id FROM scenario_edits WHERE scenario_id = ? AND active AND op = 'add' "
        "AND new_id IN (SELECT unnest(?))", [ids, sid, ids]).fetchall()}
    missing = [g for g in ids if g not in found]
    if missing:
        raise TwinError(f"no building {', '.join(missing)} in the project (nor added by this scenario)")
    return ids


def change_building(store: Any, name: str, gml_id: str, *, height_m: float | None = None,
                    storeys: int | None = None, usage_code: str | None = None, floor_area_m2: float | None = None,
                    units: int | None = None, phase_date: dt.date | str | None = None,
                    author: str | None = None) -> None:
    """Change the height, storeys, usage, floor area or units of a base (or added) building in a scenario."""
    if all(v is None for v in (height_m, storeys, usage_code, floor_area_m2, units)):
        raise TwinError("nothing to change: give a height, storeys, usage, floor area or units")
    height_m, storeys = _height_storeys(height_m, storeys)
    usage = _usage(usage_code)
    with store.transaction() as cur:
        sid = scenario_id(cur, name)
        target = _known_ids(cur, sid, [gml_id])[0]
        seq = _begin_command(cur, sid)
        cur.execute(
            "INSERT INTO scenario_edits (scenario_id, seq, op, target_gml_id, height_m, storeys, usage_code, usage, "
            "floor_area_m2, units, phase_date, author, \"at\", active) "
            "VALUES (?, ?, 'change', ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, true)",
            [sid, seq, target, height_m, storeys, usage_code, usage, floor_area_m2, units, as_date(phase_date),
             _author(author), _now()])


def remove_buildings(store: Any, name: str, gml_ids: Iterable[str], *, phase_date: dt.date | str | None = None,
                     author: str | None = None) -> int:
    """Remove buildings (base gml_ids or added new_ids) in a scenario, as one command; returns how many."""
    with store.transaction() as cur:
        sid = scenario_id(cur, name)
        ids = _known_ids(cur, sid, gml_ids)
        seq = _begin_command(cur, sid)
        when, who, now = as_date(phase_date), _author(author), _now()
        for g in ids:
            cur.execute("INSERT INTO scenario_edits (scenario_id, seq, op, target_gml_id, phase_date, author, \"at\", "
                        "active) VALUES (?, ?, 'remove', ?, ?, ?, ?, true)", [sid, seq, g, when, who, now])
    return len(ids)


def undo(store: Any, name: str) -> bool:
    """Undo the latest active command of scenario ``name``; False when there is none."""
    with store.transaction() as cur:
        sid = scenario_id(cur, name)
        seq = cur.execute("SELECT max(seq) FROM scenario_edits WHERE scenario_id = ? AND active", [sid]).fetchone()[0]
        if seq is None:
            return False
        cur.execute("UPDATE scenario_edits SET active = false WHERE scenario_id = ? AND seq = ?", [sid, seq])
    return True


def redo(store: Any, name: str) -> bool:
    """Redo the earliest undone command of scenario ``name``; False when there is none."""
    with store.transaction() as cur:
        sid = scenario_id(cur, name)
        seq = cur.execute("SELECT min(seq) FROM scenario_edits WHERE scenario_id = ? AND NOT active",
                          [sid]).fetchone()[0]
        if seq is None:
            return False
        cur.execute("UPDATE scenario_edits SET active = true WHERE scenario_id = ? AND seq = ?", [sid, seq])
    return True


def history(store: Any, name: str) -> list[dict[str, Any]]:
    """The commands of scenario ``name`` in order: seq, op, the buildings (gml_ids: targets or new ids), the
    values set, phase date, author, time and whether it is active (False: undone, redo brings it back)."""
    cur = store.cursor()
    try:
        sid = scenario_id(cur, name)
        rows = cur.execute(
            "SELECT seq, any_value(op), list(coalesce(target_gml_id, new_id) ORDER BY id), any_value(height_m), "
            "any_value(storeys), any_value(usage_code), any_value(usage), any_value(floor_area_m2), "
            "any_value(units), any_value(phase_date), any_value(author), min(\"at\"), bool_and(active) "
            "FROM scenario_edits WHERE scenario_id = ? GROUP BY seq ORDER BY seq", [sid]).fetchall()
    finally:
        cur.close()
    keys = ("seq", "op", "gml_ids", "height_m", "storeys", "usage_code", "usage", "floor_area_m2", "units",
            "phase_date", "author", "at", "active")
    return [dict(zip(keys, r)) for r in rows]


__all__ = ["COLUMNS", "OPS", "ScenarioNotFound", "add_building", "add_buildings", "change_building", "create", "delete",
           "duplicate", "export_gpkg", "history", "list_scenarios", "phases", "redo", "remove_buildings",
           "rename", "scenario_buildings", "set_phase", "undo"]
