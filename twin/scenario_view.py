"""A scenario read as a view over the base buildings (the base table is never modified).

:func:`scenario_buildings` applies a scenario's active edits (those whose phase has started by ``at``) to the
base ``buildings`` in one SQL query: removed buildings are marked ``removed``, changed ones ``changed`` (the
latest value of each field wins), added ones ``added`` with negative ids (``-edit id``). :func:`export_gpkg`
writes that view as a GeoPackage. Floor area and dwelling units of buildings that do not state them are
estimated the same way for the base and the scenarios (:data:`UNITS_SQL`), so differences compare like with like.
"""

from __future__ import annotations

import datetime as dt
import os
from pathlib import Path
from typing import Any

import pyarrow as pa

from twin.errors import TwinError

#: storey height used to turn storeys into a height and back (m)
STOREY_M = 3.5
#: floor area of one flat, to estimate the units of a 共同住宅 that does not state them (m²)
FLAT_M2 = 70.0
#: PLATEAU usage codes counted as dwellings: one unit per house, flats by floor area
HOUSE_CODES = ("411", "413", "415")
FLAT_CODES = ("412", "414")

#: dwelling units from usage_code and floor_area_m2 (columns u, f), when a building does not state them
UNITS_SQL = (f"CASE WHEN {{u}} IN {HOUSE_CODES!r} THEN 1 "
             f"WHEN {{u}} IN {FLAT_CODES!r} THEN greatest(1, CAST(round(coalesce({{f}}, 0) / {FLAT_M2}) AS INTEGER)) "
             f"ELSE 0 END")

COLUMNS = ("id", "gml_id", "status", "footprint", "ground_z", "height_m", "storeys", "usage_code", "usage",
           "floor_area_m2", "units")


class ScenarioNotFound(TwinError, LookupError):
    """No scenario of that name in the project."""


def cursor_of(store_or_cursor: Any) -> tuple[Any, bool]:
    """A cursor for a Store (new, to close) or the cursor given (kept open)."""
    if hasattr(store_or_cursor, "transaction"):
        return store_or_cursor.cursor(), True
    return store_or_cursor, False


def scenario_id(cur: Any, name: str) -> int:
    row = cur.execute("SELECT id FROM scenarios WHERE name = ?", [name]).fetchone()
    if row is None:
        known = [r[0] for r in cur.execute("SELECT name FROM scenarios ORDER BY id").fetchall()]
        raise ScenarioNotFound(f"no scenario named {name!r}; scenarios in the project: "
                               f"{', '.join(known) or 'none'}")
    return int(row[0])


def as_date(value: dt.date | str | None, what: str = "date") -> dt.date | None:
    """A date from a date, a datetime, ``YYYY-MM-DD`` (a time after it is ignored) or a year (1 January)."""
    if value is None or isinstance(value, dt.date):
        return value.date() if isinstance(value, dt.datetime) else value
    text = str(value).strip()
    try:
        return dt.date(int(text), 1, 1) if len(text) == 4 and text.isdigit() else dt.date.fromisoformat(text[:10])
    except ValueError:
        raise TwinError(f"the {what} must be a date (YYYY-MM-DD or a year), not {value!r}") from None


def estimated_units(usage_code: str | None, floor_area_m2: float | None) -> int:
    """Python twin of :data:`UNITS_SQL` (used when an edit is recorded)."""
    if usage_code in HOUSE_CODES:
        return 1
    if usage_code in FLAT_CODES:
        return max(1, round((floor_area_m2 or 0.0) / FLAT_M2))
    return 0


_BASE = """
SELECT b.id, b.gml_id, b.footprint, b.ground_z,
       coalesce(b.measured_height, b.lod1_top_z - b.ground_z) AS height_m,
       b.storeys_above AS storeys, b.usage_code, b.usage,
       coalesce(b.total_floor_area,
                ST_Area(b.footprint) * b.storeys_above,
                ST_Area(b.footprint) * greatest(1, round(coalesce(b.measured_height, b.lod1_top_z - b.ground_z, 3)
                                                         / 3))) AS floor_area_m2,
       CAST(NULL AS INTEGER) AS units, false AS added
FROM buildings b {base_filter}"""

_VIEW = f"""
WITH e AS (
    SELECT * FROM scenario_edits
    WHERE scenario_id = $sid AND active AND (phase_date IS NULL OR $at IS NULL OR phase_date <= $at)),
src AS (
    {_BASE}
    UNION ALL
    SELECT -id, new_id, footprint, ground_z, height_m, storeys, usage_code, usage, floor_area_m2, units, true
    FROM e WHERE op = 'add'),
chg AS (
    SELECT target_gml_id AS gml_id,
           arg_max(height_m, seq) FILTER (WHERE height_m IS NOT NULL) AS height_m,
           arg_max(storeys, seq) FILTER (WHERE storeys IS NOT NULL) AS storeys,
           arg_max(usage_code, seq) FILTER (WHERE usage_code IS NOT NULL) AS usage_code,
           arg_max(usage, seq) FILTER (WHERE usage IS NOT NULL) AS usage,
           arg_max(floor_area_m2, seq) FILTER (WHERE floor_area_m2 IS NOT NULL) AS floor_area_m2,
           arg_max(units, seq) FILTER (WHERE units IS NOT NULL) AS units
    FROM e WHERE op = 'change' GROUP BY target_gml_id),
rem AS (SELECT DISTINCT target_gml_id AS gml_id FROM e WHERE op = 'remove'),
v AS (
    SELECT s.id, s.gml_id,
           CASE WHEN r.gml_id IS NOT NULL THEN 'removed' WHEN s.added THEN 'added'
                WHEN c.gml_id IS NOT NULL THEN 'changed' ELSE 'base' END AS status,
           s.footprint, s.ground_z,
           coalesce(c.height_m, s.height_m) AS height_m,
           coalesce(c.storeys, s.storeys) AS storeys,
           coalesce(c.usage_code, s.usage_code) AS usage_code,
           coalesce(c.usage, s.usage) AS usage,
           coalesce(c.floor_area_m2,
                    CASE WHEN c.storeys IS NOT NULL THEN ST_Area(s.footprint) * c.storeys END,
                    s.floor_area_m2) AS floor_area_m2,
           coalesce(c.units, s.units) AS units
    FROM src s LEFT JOIN chg c ON c.gml_id = s.gml_id LEFT JOIN rem r ON r.gml_id = s.gml_id)
SELECT id, gml_id, status, ST_AsWKB(footprint) AS footprint, ground_z, height_m, storeys, usage_code, usage,
       floor_area_m2,
       CAST(coalesce(units, {UNITS_SQL.format(u='usage_code', f='floor_area_m2')}) AS INTEGER) AS units
FROM v {{where}} ORDER BY id"""


def scenario_buildings(store_or_cursor: Any, name: str | None, *, at: dt.date | str | None = None,
                       include_removed: bool = True, edited_only: bool = False) -> pa.Table:
    """The buildings of scenario ``name`` (None: the base) as an Arrow table with :data:`COLUMNS`.

    ``id``: base ``buildings.id``, or ``-edit id`` for added buildings; ``status``: base, added, changed or
    removed; ``footprint``: WKB in the project CRS. ``at`` (a date): edits whose phase date is later are not
    applied. ``include_removed=False`` leaves removed buildings out."""
    cur, close = cursor_of(store_or_cursor)
    try:
        sid = -1 if name is None else scenario_id(cur, name)
        when = as_date(at)
        where = [] if include_removed else ["status <> 'removed'"]
        base_filter = ""
        if edited_only:
            where.append("status <> 'base'")
            base_filter = "WHERE b.gml_id IN (SELECT target_gml_id FROM e)"
        sql = _VIEW.replace("{base_filter}", base_filter).replace("{where}", "WHERE " + " AND ".join(where)
                                                                  if where else "")
        return cur.execute(sql, {"sid": sid, "at": when}).to_arrow_table()
    finally:
        if close:
            cur.close()


def export_gpkg(store: Any, name: str, path: str | os.PathLike[str], *, at: dt.date | str | None = None) -> Path:
    """Write scenario ``name`` as a GeoPackage: layer ``buildings`` (every building with its status, removed
    ones included) and layer ``edits`` (the active edits, for the record). Written to a temporary file and
    renamed, so a failed export leaves no half-written file."""
    import geopandas as gpd
    import pyogrio
    import shapely

    out = Path(path).expanduser()
    table = scenario_buildings(store, name, at=at)
    df = table.drop_columns(["footprint"]).to_pandas()
    geoms = shapely.from_wkb(table.column("footprint").to_pylist())
    frame = gpd.GeoDataFrame(df, geometry=geoms, crs=store.crs)
    cur = store.cursor()
    try:
        sid = scenario_id(cur, name)
        edits = cur.execute(
            "SELECT id, seq, op, target_gml_id, new_id, height_m, storeys, usage_code, usage, floor_area_m2, "
            "units, CAST(phase_date AS VARCHAR) AS phase_date, author, CAST(\"at\" AS VARCHAR) AS \"at\", "
            "ST_AsWKB(footprint) AS footprint FROM scenario_edits WHERE scenario_id = ? AND active ORDER BY seq, id",
            [sid]).to_arrow_table()
    finally:
        cur.close()
    edit_df = edits.drop_columns(["footprint"]).to_pandas()
    edit_frame = gpd.GeoDataFrame(edit_df, geometry=shapely.from_wkb(edits.column("footprint").to_pylist()),
                                  crs=store.crs)
    tmp = out.with_name(out.stem + ".part.gpkg")
    tmp.unlink(missing_ok=True)
    try:
        pyogrio.write_dataframe(frame, tmp, layer="buildings", driver="GPKG", promote_to_multi=True)
        pyogrio.write_dataframe(edit_frame, tmp, layer="edits", driver="GPKG", append=True,
                                    promote_to_multi=True)
        os.replace(tmp, out)
    except OSError as exc:
        raise TwinError(f"cannot write {out}: {exc}") from None
    finally:
        tmp.unlink(missing_ok=True)
    return out
