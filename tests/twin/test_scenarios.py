"""Scenarios over hand-built buildings: edits, derived values, undo/redo, phases, persistence, export."""

from __future__ import annotations

import datetime as dt

import pyogrio
import pytest
import shapely

from twin import scenarios as S
from twin.errors import TwinError
from twin.store import Store


def _box(x0, y0, w, h):
    return f"POLYGON(({x0} {y0}, {x0 + w} {y0}, {x0 + w} {y0 + h}, {x0} {y0 + h}, {x0} {y0}))"


@pytest.fixture
def town(store):
    """Three base buildings in the project CRS: a house (10 × 10 m, 2 storeys, ground 5 m), flats (20 × 10,
    4 storeys, 1200 m² stated) and an office with only a height (10 × 20, 9 m → 3 storeys by height / 3)."""
    store.query("INSERT INTO buildings (gml_id, usage_code, usage, measured_height, storeys_above, total_floor_area, "
                "ground_z, footprint, source_id) VALUES "
                f"('house', '411', '住宅', 7.0, 2, NULL, 5.0, ST_GeomFromText('{_box(0, 0, 10, 10)}'), 1), "
                f"('flats', '412', '共同住宅', 13.0, 4, 1200.0, 6.0, ST_GeomFromText('{_box(30, 0, 20, 10)}'), 1), "
                f"('office', '401', '業務施設', 9.0, NULL, NULL, 7.0, ST_GeomFromText('{_box(0, 40, 10, 20)}'), 1)")
    return store


def _rows(store, name, **kw):
    t = S.scenario_buildings(store, name, **kw)
    return {r["gml_id"]: r for r in t.to_pylist()}


def test_the_base_view_derives_floor_area_and_units(town):
    rows = _rows(town, None)
    assert {r["status"] for r in rows.values()} == {"base"}
    assert rows["house"]["floor_area_m2"] == pytest.approx(200.0)      # 100 m² × 2 storeys
    assert rows["flats"]["floor_area_m2"] == pytest.approx(1200.0)     # stated
    assert rows["office"]["floor_area_m2"] == pytest.approx(600.0)     # 200 m² × round(9 / 3)
    assert rows["house"]["units"] == 1
    assert rows["flats"]["units"] == round(1200 / 70)                  # one flat per 70 m²
    assert rows["office"]["units"] == 0
    assert shapely.from_wkb(rows["flats"]["footprint"]).area == pytest.approx(200.0)


def test_add_change_remove_is_a_view_over_an_untouched_base(town):
    before = town.query("SELECT * EXCLUDE (footprint) FROM buildings ORDER BY gml_id")
    S.create(town, "plan", author="tanaka")
    new = S.add_building(town, "plan", _box(100, 0, 30, 20), storeys=12, usage_code="403")
    S.change_building(town, "plan", "office", storeys=6, usage_code="402")
    assert S.remove_buildings(town, "plan", ["house", "house"]) == 1
    rows = _rows(town, "plan")
    hotel = rows[new]
    assert new.startswith("scn-") and hotel["status"] == "added" and hotel["id"] < 0
    assert hotel["height_m"] == pytest.approx(42.0) and hotel["storeys"] == 12
    assert hotel["floor_area_m2"] == pytest.approx(600.0 * 12)
    assert (hotel["usage"], hotel["units"]) == ("宿泊施設", 0)
    assert hotel["ground_z"] == pytest.approx(6.0)      # no DEM: the nearest base building's ground (the flats)
    office = rows["office"]
    assert office["status"] == "changed"
    assert (office["storeys"], office["height_m"], office["usage"]) == (6, pytest.approx(21.0), "商業施設")
    assert office["floor_area_m2"] == pytest.approx(200.0 * 6)
    assert rows["house"]["status"] == "removed"
    assert rows["flats"]["status"] == "base"
    assert new not in _rows(town, None)
    assert "house" not in {r["gml_id"] for r in S.scenario_buildings(town, "plan", include_removed=False).to_pylist()}
    assert town.query("SELECT * EXCLUDE (footprint) FROM buildings ORDER BY gml_id") == before
    edited = S.scenario_buildings(town, "plan", edited_only=True).to_pylist()
    assert edited == [r for r in S.scenario_buildings(town, "plan").to_pylist() if r["status"] != "base"]
    assert [r["gml_id"] for r in S.scenario_buildings(town, "plan", edited_only=True, include_removed=False)
            .to_pylist()] == [new, "office"]


def test_height_and_storeys_derive_each_other_and_bad_input_is_refused(town):
    S.create(town, "p")
    rows = _rows(town, "p") | {}
    nid = S.add_building(town, "p", _box(200, 0, 10, 10), height_m=10.0, usage_code="411", units=3,
                         floor_area_m2=250.0)
    rows = _rows(town, "p")
    assert (rows[nid]["storeys"], rows[nid]["floor_area_m2"], rows[nid]["units"]) == (3, 250.0, 3)
    with pytest.raises(TwinError, match="height or a number of storeys"):
        S.add_building(town, "p", _box(0, 0, 1, 1))
    with pytest.raises(TwinError, match="POLYGON"):
        S.add_building(town, "p", "LINESTRING(0 0, 1 1)", storeys=2)
    with pytest.raises(TwinError, match="cannot be read"):
        S.add_building(town, "p", "POLYGON((0 0, 1", storeys=2)
    with pytest.raises(TwinError, match="unknown usage code '999'"):
        S.add_building(town, "p", _box(0, 0, 5, 5), storeys=2, usage_code="999")
    with pytest.raises(TwinError, match="no building nope"):
        S.remove_buildings(town, "p", ["nope"])
    with pytest.raises(S.ScenarioNotFound, match="scenarios in the project: p"):
        S.add_building(town, "other", _box(0, 0, 5, 5), storeys=2)
    assert len(S.history(town, "p")) == 1           # the refused edits left nothing behind


def test_undo_redo_and_a_new_edit_drops_the_undone(town):
    S.create(town, "p")
    a = S.add_building(town, "p", _box(100, 0, 10, 10), storeys=3)
    S.remove_buildings(town, "p", ["house", "flats"])
    assert _rows(town, "p")["flats"]["status"] == "removed"
    assert S.undo(town, "p") is True                # the removal of both, as one command
    rows = _rows(town, "p")
    assert rows["flats"]["status"] == rows["house"]["status"] == "base" and a in rows
    assert S.undo(town, "p") is True
    assert a not in _rows(town, "p")
    assert S.undo(town, "p") is False
    assert S.redo(town, "p") is True
    assert a in _rows(town, "p") and _rows(town, "p")["house"]["status"] == "base"
    assert [h["active"] for h in S.history(town, "p")] == [True, False]
    S.change_building(town, "p", "house", height_m=14.0)     # a new command: the undone removal is gone
    hist = S.history(town, "p")
    assert [(h["seq"], h["op"], h["active"]) for h in hist] == [(1, "add", True), (2, "change", True)]
    assert S.redo(town, "p") is False
    assert _rows(town, "p")["house"]["storeys"] == 4         # 14 m / 3.5


def test_the_latest_change_wins_field_by_field(town):
    S.create(town, "p")
    S.change_building(town, "p", "flats", usage_code="414")
    S.change_building(town, "p", "flats", storeys=6)
    flats = _rows(town, "p")["flats"]
    assert (flats["usage_code"], flats["storeys"], flats["height_m"]) == ("414", 6, pytest.approx(21.0))
    assert flats["floor_area_m2"] == pytest.approx(200.0 * 6)
    assert S.history(town, "p")[0]["usage"] == "店舗等併用共同住宅"


def test_phases_show_what_stands_when(town):
    S.create(town, "p")
    S.set_phase(town, "p", "第1期", "2028-04-01")
    S.set_phase(town, "p", "第2期", 2035)
    S.remove_buildings(town, "p", ["office"], phase_date="2028-04-01")
    late = S.add_building(town, "p", _box(0, 40, 10, 20), storeys=3, usage_code="412", phase_date="2035")
    assert [(p["name"], p["date"]) for p in S.phases(town, "p")] == [("第1期", dt.date(2028, 4, 1)),
                                                                     ("第2期", dt.date(2035, 1, 1))]
    assert _rows(town, "p", at="2027-12-31")["office"]["status"] == "base"
    assert late not in _rows(town, "p", at="2027-12-31")
    r2030 = _rows(town, "p", at=dt.date(2030, 1, 1))
    assert r2030["office"]["status"] == "removed" and late not in r2030
    assert _rows(town, "p", at=dt.datetime(2035, 6, 1, 12))[late]["status"] == "added"
    assert late in _rows(town, "p")                  # no date: everything
    with pytest.raises(TwinError, match="must be a date"):
        S.set_phase(town, "p", "x", "soon")


def test_duplicate_rename_delete(town):
    S.create(town, "a", description="first")
    S.add_building(town, "a", _box(100, 0, 10, 10), storeys=3)
    S.remove_buildings(town, "a", ["house"])
    S.undo(town, "a")
    S.set_phase(town, "a", "第1期", "2028-04-01")
    S.duplicate(town, "a", "b")
    rows_b = _rows(town, "b")
    assert [r["status"] for r in rows_b.values()].count("added") == 1
    assert rows_b["house"]["status"] == "base"                # the undone edit is not copied
    assert S.phases(town, "b")[0]["name"] == "第1期"
    assert not set(_rows(town, "a")) & {g for g in rows_b if g.startswith("scn-")}   # new ids for the copy
    with pytest.raises(TwinError, match="already exists"):
        S.create(town, "b")
    with pytest.raises(TwinError, match="already exists"):
        S.rename(town, "a", "b")
    S.rename(town, "b", "c")
    S.delete(town, "a")
    assert [(s["name"], s["edits"]) for s in S.list_scenarios(town)] == [("c", 1)]
    assert town.query("SELECT count(*) FROM scenario_edits")[0][0] == 1
    assert town.query("SELECT count(*) FROM scenario_phases")[0][0] == 1


def test_scenarios_persist_across_reopen(town, project_path):
    S.create(town, "p", author="sato", description="駅前")
    nid = S.add_building(town, "p", _box(100, 0, 10, 10), storeys=5, usage_code="412", author="sato")
    S.remove_buildings(town, "p", ["house"], author="suzuki")
    S.undo(town, "p")
    town.close()
    with Store(project_path) as again:
        (info,) = S.list_scenarios(again)
        assert (info["name"], info["author"], info["description"], info["edits"]) == ("p", "sato", "駅前", 1)
        hist = S.history(again, "p")
        assert [(h["op"], h["author"], h["active"]) for h in hist] == [("add", "sato", True),
                                                                       ("remove", "suzuki", False)]
        assert isinstance(hist[0]["at"], dt.datetime)
        assert S.redo(again, "p") is True
        assert _rows(again, "p")[nid]["storeys"] == 5
        assert _rows(again, "p")["house"]["status"] == "removed"


def test_export_gpkg(town, tmp_path):
    S.create(town, "p")
    nid = S.add_building(town, "p", _box(100, 0, 10, 10), storeys=5)
    S.remove_buildings(town, "p", ["house"])
    out = S.export_gpkg(town, "p", tmp_path / "p.gpkg")
    assert [tuple(x) for x in pyogrio.list_layers(out)] == [("buildings", "MultiPolygon"),
                                                                ("edits", "MultiPolygon")]
    df = pyogrio.read_dataframe(out, layer="buildings")
    assert len(df) == 4 and dict(zip(df["gml_id"], df["status"]))[nid] == "added"
    assert dict(zip(df["gml_id"], df["status"]))["house"] == "removed"
    assert df.crs.to_epsg() == int(town.crs.split(":")[1])
    edits = pyogrio.read_dataframe(out, layer="edits")
    assert sorted(edits["op"]) == ["add", "remove"]
    assert not list(tmp_path.glob("*.part*"))
