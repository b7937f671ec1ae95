"""The population layer's view (``population_columns``, over ``mesh_population_ages``): per mesh and year the
total, the age bands, the 65+ / 75+ shares and the change against 2020, on hand-built rows."""

from __future__ import annotations

import pytest

from twin import themes


def _cell(store, code, x=0, y=0):
    store.query("INSERT INTO population_mesh_cells VALUES (?, 4, ST_GeomFromText(?), 1)",
                [code, f"POLYGON (({x} {y}, {x + 100} {y}, {x + 100} {y + 100}, {x} {y + 100}, {x} {y}))"])


def _row(store, code, year, band, value, merged_into=None, kind="projection"):
    store.query("INSERT INTO mesh_population (mesh_code, level, year, kind, band, value, merged_into, source_id) "
                "VALUES (?, 4, ?, ?, ?, ?, ?, 1)", [code, year, kind, band, value, merged_into])


def _bands(store, code, year, total, young, old, oldest, kind="projection"):
    for band, v in (("total", total), ("0-14", young), ("15-64", None if total is None or old is None
                                                        else total - young - old), ("65+", old), ("75+", oldest)):
        _row(store, code, year, band, v, kind=kind)


def _columns(store):
    cur = store.cursor()
    try:
        rel = cur.execute("SELECT * EXCLUDE (geom) FROM population_columns ORDER BY id")
        names = [d[0] for d in rel.description]
        return [dict(zip(names, r)) for r in rel.fetchall()]
    finally:
        cur.close()


def test_shares_and_change_against_2020(store):
    _cell(store, "A")
    _cell(store, "B", 100)
    _bands(store, "A", 2020, 200, 20, 80, 40)
    _bands(store, "A", 2040, 150, 10, 75, 45)
    _bands(store, "B", 2040, 50, 5, 20, 10)                  # no 2020: no change
    rows = _columns(store)
    assert [(r["id"], r["mesh_code"], r["year"]) for r in rows] == [(1, "A", 2020), (2, "A", 2040), (3, "B", 2040)]
    a20, a40, b40 = rows
    assert (a20["value"], a20["height_m"], a20["age_0_14"], a20["age_15_64"], a20["age_65_plus"],
            a20["age_75_plus"]) == (200, 100, 20, 100, 80, 40)
    assert a20["share_65_plus"] == 0.4 and a20["share_75_plus"] == 0.2 and a20["change_vs_2020"] == 0.0
    assert a40["share_65_plus"] == 0.5 and a40["share_75_plus"] == 0.3
    assert a40["change_vs_2020"] == pytest.approx(-0.25)
    assert b40["change_vs_2020"] is None and b40["share_65_plus"] == 0.4
    assert {"id", "mesh_code", "level", "year", "kind", "value", "height_m", "muni_code", "source_id"} <= set(a20)


def test_merged_suppressed_and_zero_cells(store):
    _cell(store, "A")
    _cell(store, "B", 100)
    _cell(store, "C", 200)
    _bands(store, "A", 2020, 300, 30, None, None, kind="census")     # 65+ and 75+ suppressed
    _row(store, "B", 2020, "total", 7, merged_into="A", kind="census")
    _bands(store, "C", 2020, None, None, None, None, kind="census")   # total suppressed: no column
    _cell(store, "D", 300)
    _bands(store, "D", 2020, 0, 0, 0, 0, kind="census")
    _bands(store, "D", 2040, 5, 0, 5, 5, kind="census")
    rows = {(r["mesh_code"], r["year"]): r for r in _columns(store)}
    assert set(rows) == {("A", 2020), ("D", 2020), ("D", 2040)}
    assert rows["A", 2020]["age_65_plus"] is None and rows["A", 2020]["share_65_plus"] is None
    assert rows["A", 2020]["kind"] == "census"
    assert rows["D", 2020]["share_65_plus"] is None                    # 0 people: no share
    assert rows["D", 2040]["change_vs_2020"] is None                   # nothing in 2020: no change


def test_the_theme_labels_and_colours_the_new_columns():
    for col in ("age_0_14", "age_15_64", "age_65_plus", "age_75_plus", "share_65_plus", "share_75_plus",
                "change_vs_2020"):
        assert themes.has_attribute_label(col)
    assert themes.attribute_label("share_65_plus", "ja") == "65歳以上の割合"
    edges = themes.class_edges("change_vs_2020")
    assert edges is not None and -0.05 in edges.breaks and 0.05 in edges.breaks
    assert themes.class_edges("share_65_plus").breaks[0] == 0.0
