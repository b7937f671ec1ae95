"""The paged attribute table model over a real DuckDB store."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QModelIndex, Qt

from gui.attribute_table_model import ID_ROLE, AttributeTableModel


@pytest.fixture
def model(buildings_store, qtmodeltester):
    m = AttributeTableModel(buildings_store)
    m.set_source("buildings", "id")
    yield m
    m.close()


def col(model, name):
    return [c for c, _ in model.columns].index(name)


def test_qtmodeltester(model, qtmodeltester):
    qtmodeltester.check(model)
    model.fetchMore(QModelIndex())
    model.sort(col(model, "measured_height"), Qt.SortOrder.DescendingOrder)
    model.set_filter("usage = '住宅'")
    qtmodeltester.check(model)


def test_empty_model_passes_modeltester(store, qtmodeltester):
    m = AttributeTableModel(store)
    qtmodeltester.check(m)
    m.set_source("buildings")        # a table without rows
    qtmodeltester.check(m)
    assert m.rowCount() == 0 and not m.canFetchMore(QModelIndex())
    m.close()


def test_pages_are_fetched_on_demand(model):
    assert model.total_count == 1234
    assert model.matching_count == 1234
    assert model.rowCount() == model.PAGE          # only the first page
    assert model.canFetchMore(QModelIndex())
    seen = [model.rowCount()]
    while model.canFetchMore(QModelIndex()):
        model.fetchMore(QModelIndex())
        seen.append(model.rowCount())
    # rowCount grows one page at a time and never jumps to the whole table at once
    assert seen == [500, 1000, 1234]
    assert [model.id_at(r) for r in (0, 1, 1233)] == [1, 2, 1234]


def test_geometry_columns_are_not_shown_and_values_are_readable(model):
    names = [c for c, _ in model.columns]
    assert "footprint" not in names and "usage" in names and "measured_height" in names
    row = model.row_of_id(5)
    assert model.index(row, col(model, "usage")).data() == "住宅"
    assert model.index(row, col(model, "building_id")).data() == "17206-bldg-5"
    assert model.index(row, 0).data(ID_ROLE) == 5
    # NULLs show as empty text
    row7 = model.row_of_id(7)
    assert model.index(row7, col(model, "year_built")).data() == ""
    header = model.headerData(col(model, "measured_height"), Qt.Orientation.Horizontal)
    assert "measured_height" in header and "Measured height" in header


def test_valid_filter(model):
    assert model.set_filter("usage = '商業施設' AND measured_height > 20")
    expected = model._store.query("SELECT count(*) FROM buildings WHERE usage = '商業施設' AND measured_height > 20")[0][0]
    assert model.matching_count == expected and 0 < expected < 500
    assert model.rowCount() == expected
    assert not model.canFetchMore(QModelIndex())
    assert all(model.index(r, col(model, "usage")).data() == "商業施設" for r in range(model.rowCount()))
    assert model.filter_error == ""
    # a leading WHERE and a trailing semicolon are accepted
    assert model.set_filter("WHERE id <= 10;")
    assert model.matching_count == 10


@pytest.mark.parametrize("bad", ["usage = ", "no_such_column > 3", "usage > 'a' AND measured_height = 'tall'",
                                 "1=1; DROP TABLE buildings", "1=1) UNION (SELECT 1"])
def test_invalid_filter_shows_error_and_leaves_model_unchanged(model, qtbot, bad):
    assert model.set_filter("usage = '住宅'")
    before = (model.rowCount(), model.matching_count, [model.id_at(r) for r in range(model.rowCount())])
    with qtbot.waitSignal(model.filterErrorChanged) as sig:
        ok = model.set_filter(bad)
    assert not ok
    assert sig.args[0] and model.filter_error == sig.args[0]
    assert (model.rowCount(), model.matching_count, [model.id_at(r) for r in range(model.rowCount())]) == before
    assert model.where == "usage = '住宅'"
    assert model._store.query("SELECT count(*) FROM buildings")[0][0] == 1234


def test_sort_by_header(model):
    c = col(model, "measured_height")
    model.sort(c, Qt.SortOrder.DescendingOrder)
    heights = [model.index(r, c).data(Qt.ItemDataRole.UserRole + 2) for r in range(model.rowCount())]
    top = [r[0] for r in model._store.query(
        "SELECT measured_height FROM buildings ORDER BY measured_height DESC, id LIMIT 500")]
    assert heights == top
    assert model.rowCount() == 500                  # still paged after sorting
    model.sort(col(model, "year_built"), Qt.SortOrder.AscendingOrder)
    years = [model.index(r, col(model, "year_built")).data(Qt.ItemDataRole.UserRole + 2) for r in range(500)]
    assert years == sorted(years)                   # NULLs last, so the first page has none
    assert model.sort_state == ("year_built", False)


def test_show_selected_only(model):
    model.set_only_ids([3, 700, 1200, 99999])
    assert model.matching_count == 3
    assert [model.id_at(r) for r in range(model.rowCount())] == [3, 700, 1200]
    # combined with a filter
    model.set_filter("id > 500")
    assert [model.id_at(r) for r in range(model.rowCount())] == [700, 1200]
    model.set_only_ids(None)
    assert model.matching_count == 734


def test_position_of_unloaded_id_and_ensure_loaded(model):
    pos = model.position_of_id(1100)
    assert pos == 1099 and model.row_of_id(1100) is None
    assert model.ensure_loaded(pos)
    assert model.row_of_id(1100) == 1099
    model.set_filter("id > 1200")
    assert model.position_of_id(5) is None


def test_matching_ids_cover_unloaded_rows(model):
    model.set_filter("usage = '住宅'")
    ids = model.matching_ids()
    assert len(ids) == model.matching_count > model.rowCount() or len(ids) == model.matching_count
    assert ids == [r[0] for r in model._store.query("SELECT id FROM buildings WHERE usage = '住宅' ORDER BY id")]


def test_times_with_a_zone_show_in_japan_time(store, qtmodeltester):
    """Temporal layers' timestamps (TIMESTAMPTZ) read and sort like other values, in the time bar's Japan time."""
    store.query("""CREATE TABLE reports AS SELECT i AS id,
                   TIMESTAMPTZ '2025-01-08 23:30:00+00' + i * INTERVAL 1 HOUR AS received_at FROM range(3) t(i)""")
    m = AttributeTableModel(store)
    m.set_source("reports", "id")
    qtmodeltester.check(m)
    c = col(m, "received_at")
    assert [m.index(r, c).data() for r in range(3)] == ["2025-01-09 08:30:00", "2025-01-09 09:30:00",
                                                         "2025-01-09 10:30:00"]
    m.sort(c, Qt.SortOrder.DescendingOrder)
    assert m.index(0, c).data() == "2025-01-09 10:30:00"
    m.close()
