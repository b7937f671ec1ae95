"""Search by name, ID, gml:id, road name and case or segment number on the imported Kaga sample."""

from __future__ import annotations

import pytest

from twin.search import normalize, search
from twin.store import Store
from twin.themes.registry import SearchSpec, Theme, layer_kind, registered, search_specs


@pytest.fixture(scope="module")
def sample(imported_sample_project):
    with Store(imported_sample_project, read_only=True) as s:
        yield s


def test_the_themes_declare_where_to_search():
    tables = {s.table for s in search_specs()}
    assert {"buildings", "roads", "road_segments", "repair_cases", "snow_segment_map"} <= tables
    for spec in search_specs():
        layer_kind(spec.kind)                     # every spec names a real layer kind


def test_finds_the_station_by_name(sample):
    found = search(sample, "加賀温泉駅")
    station = next(r for r in found if r.kind == "buildings")
    assert found[0].rank == 0 and station.value == "加賀温泉駅" and station.column == "name"
    fid, bid, gml = sample.query("SELECT id, building_id, gml_id FROM buildings WHERE name = '加賀温泉駅'")[0]
    assert station.feature_ids == (fid,)
    x0, x1, y0, y1 = sample.query("SELECT ST_XMin(footprint), ST_XMax(footprint), ST_YMin(footprint), "
                                  "ST_YMax(footprint) FROM buildings WHERE id = ?", [fid])[0]
    assert station.bounds[:4] == pytest.approx((x0, x1, y0, y1))
    # the same building by its PLATEAU building ID and by (part of) its gml:id, titled by its name
    by_id = search(sample, bid)[0]
    assert (by_id.kind, by_id.feature_ids, by_id.column, by_id.title, by_id.rank) == ("buildings", (fid,), "building_id",
                                                                                     "加賀温泉駅", 0)
    by_gml = search(sample, gml[:13])
    assert [(r.feature_ids, r.column) for r in by_gml] == [((fid,), "gml_id")]


def test_part_of_a_name_finds_it_and_exact_matches_come_first(sample):
    found = search(sample, "駅")
    assert {"加賀温泉駅", "駅北ショッピングセンター"} <= {r.value for r in found}
    assert all(r.rank >= 1 for r in found)


def test_full_width_input_is_read_as_ascii(sample):
    assert normalize("  ＢＬＤＧ－１ ") == "BLDG-1"
    assert search(sample, "１７２０６－ｂｌｄｇ－１")[0].title == "加賀温泉駅"


def test_a_road_name_is_one_result_with_all_its_pieces(sample):
    found = {r.kind: r for r in search(sample, "国道8号")}
    n = sample.query("SELECT count(*) FROM road_segments WHERE name = '国道8号'")[0][0]
    assert n > 1 and len(found["road_segments"].feature_ids) == n
    assert len(found["roads"].feature_ids) == sample.query("SELECT count(*) FROM roads WHERE name = '国道8号'")[0][0]
    b = found["road_segments"].bounds
    assert b[1] - b[0] > 100 or b[3] - b[2] > 100                 # framing the whole road, not one piece


def test_case_and_segment_numbers_match_whole_numbers_only(sample):
    case_id, segment_id = sample.query("SELECT case_id, segment_id FROM repair_cases ORDER BY priority DESC LIMIT 1")[0]
    kinds = {r.kind: r for r in search(sample, str(case_id))}
    assert kinds["repair_cases"].feature_ids == (case_id,)
    assert kinds["snow_coverage"].feature_ids == (case_id,)        # segment ids of the snow map share numbers
    seg = {r.kind: r for r in search(sample, str(segment_id))}
    assert seg["road_segments"].feature_ids == (segment_id,)
    assert all(r.kind != "repair_cases" for r in search(sample, str(case_id)[:-1] + "x"))


def test_nothing_typed_or_nothing_found(sample):
    assert search(sample, "   ") == []
    assert search(sample, "100%_") == []                          # LIKE wildcards are plain characters
    assert search(sample, "存在しない名前") == []


def test_tables_missing_from_a_project_are_skipped(store):
    # an empty project: no buildings, no cases; a theme naming a missing table and column does not break search
    with registered(Theme(name="ghost", title=None, search=(SearchSpec("no_such_table", ("name",), "buildings"),))):
        assert search(store, "加賀温泉駅") == []
