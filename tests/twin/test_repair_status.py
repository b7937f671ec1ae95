"""Statuses set by the road crew (twin/repair_status.py): a case's reports move together, with a note and a time,
the case is re-scored, and next month's export updates reports in place while every crew status is kept."""

from __future__ import annotations

import datetime as dt
import json

import pytest

from importers.registry import import_path
from twin.analysis import run_analysis
from twin.errors import TwinError
from twin.repair_status import case_history, case_reports, report_key, rescore, set_case_status
from twin.repairs import station_xy

HEADER = "受付番号,状態,分野,緯度,経度,投稿日時,内容,写真\r\n"


def write_export(path, rows, encoding="cp932"):
    text = HEADER + "".join(",".join(r) + "\r\n" for r in rows)
    path.write_bytes(text.encode(encoding))
    return path


@pytest.fixture
def street(store):
    """A 400 m west-east municipal street 3 km east of the station, and its lat/lon for report rows."""
    from pyproj import Transformer
    sx, sy = station_xy(store.crs)
    ox, oy = sx + 3000, sy
    store.query("INSERT INTO road_segments (id, from_node, to_node, length_m, road_class, geom, source_id) VALUES "
                "(1, 0, 0, 400, 'municipal', ST_GeomFromText(?), 1)", [f"LINESTRING ({ox} {oy}, {ox + 400} {oy})"])
    to_ll = Transformer.from_crs(store.crs, "EPSG:4326", always_xy=True)

    def at(dx):
        lon, lat = to_ll.transform(ox + dx, oy + 5)
        return f"{lat:.7f}", f"{lon:.7f}"
    return store, at


def rows_for(at, statuses):
    """Three reports: two of one pothole 10 m apart (one case), one 200 m further on (another case)."""
    (a_lat, a_lon), (b_lat, b_lon), (c_lat, c_lon) = at(50), at(60), at(260)
    return [["1001", statuses[0], "道路", a_lat, a_lon, "2025/1/9 10:30", "道路に穴", "photos/1001.jpg"],
            ["1002", statuses[1], "道路", b_lat, b_lon, "R7.1.12", "同じ穴がまだある", ""],
            ["1003", statuses[2], "道路", c_lat, c_lon, "令和7年2月1日", "ひび割れ", ""]]


def case_of(store, external_id):
    return store.query("SELECT case_id FROM road_reports WHERE external_id = ?", [external_id])[0][0]


def test_report_keys_use_the_id_or_time_place_and_class():
    t = dt.datetime(2025, 1, 9, 1, 30, tzinfo=dt.timezone.utc)
    assert report_key("citizen", "1001", t, 36.3, 136.3, None) == "citizen:1001"
    assert report_key("ai", None, t, 36.3, 136.35, "D40") == "ai@2025-01-09T01:30:00Z@36.300000,136.350000@D40"


def test_rescore_keeps_the_other_parts_and_sums():
    parts = {"severity": 40.0, "age": 10.0, "status": 0.0}
    assert rescore(parts, "対応中", 0.5) == {"severity": 40.0, "age": 10.0, "status": -25.0}
    assert sum(rescore(parts, "対応済", 0.5).values()) == 0.0
    assert rescore(rescore(parts, "対応済", 0.5), "受付済", 0.5)["status"] == 0.0


def test_status_change_moves_the_case_logs_a_note_and_rescores(street, tmp_path):
    store, at = street
    import_path(store, write_export(tmp_path / "mcr_2025-01.csv", rows_for(at, ["受付済"] * 3)))
    run_analysis(store, "repair-priority", {"as_of": "2025-03-01"})
    cid = case_of(store, "1001")
    assert case_of(store, "1002") == cid != case_of(store, "1003")
    before = store.query("SELECT priority, parts FROM repair_cases WHERE case_id = ?", [cid])[0]
    assert json.loads(before[1])["status"] == 0.0

    assert set_case_status(store, cid, "対応中", "業者手配済み", by="tanaka") == 2
    status, priority, parts = store.query("SELECT status, priority, parts FROM repair_cases WHERE case_id = ?",
                                          [cid])[0]
    parts = json.loads(parts)
    assert status == "対応中"
    assert parts["status"] == pytest.approx(-before[0] / 2, abs=1e-4)
    assert priority == pytest.approx(sum(parts.values()), abs=1e-9) == pytest.approx(before[0] / 2, abs=1e-4)
    assert {r["status"] for r in case_reports(store, cid)} == {"対応中"}
    hist = case_history(store, cid)
    assert [(h["status_from"], h["status"], h["note"], h["changed_by"], h["reports"]) for h in hist] == \
        [("受付済", "対応中", "業者手配済み", "tanaka", 2)]
    assert hist[0]["changed_at"].tzinfo is not None
    assert store.query("SELECT open_cases FROM repair_segments WHERE segment_id = 1")[0][0] == 2

    set_case_status(store, cid, "対応済", "補修完了")
    assert store.query("SELECT status, priority FROM repair_cases WHERE case_id = ?", [cid])[0] == ("対応済", 0.0)
    assert [h["status"] for h in case_history(store, cid)] == ["対応中", "対応済"]
    assert store.query("SELECT open_cases FROM repair_segments WHERE segment_id = 1")[0][0] == 1


def test_bad_status_or_case_is_refused_and_nothing_changes(street, tmp_path):
    store, at = street
    import_path(store, write_export(tmp_path / "mcr.csv", rows_for(at, ["受付済"] * 3)))
    run_analysis(store, "repair-priority", {"as_of": "2025-03-01"})
    with pytest.raises(TwinError, match="unknown status"):
        set_case_status(store, case_of(store, "1001"), "done")
    with pytest.raises(TwinError, match="no repair case 999"):
        set_case_status(store, 999, "対応中")
    assert store.query("SELECT count(*) FROM repair_status_log")[0][0] == 0


def test_next_months_export_updates_in_place_and_keeps_crew_statuses(street, tmp_path):
    store, at = street
    first = import_path(store, write_export(tmp_path / "mcr_2025-01.csv", rows_for(at, ["受付済"] * 3)))
    run_analysis(store, "repair-priority", {"as_of": "2025-03-01"})
    ids = dict(store.query("SELECT external_id, id FROM road_reports"))
    cid = case_of(store, "1001")
    set_case_status(store, cid, "対応中", "2月10日に補修予定")

    # next month: the city's system still says 受付済 for the crew's case, 1003 was closed there, and one is new
    rows = rows_for(at, ["受付済", "受付済", "対応済"])
    lat, lon = at(380)
    rows.append(["1004", "受付済", "道路", lat, lon, "2025-02-20 08:00", "段差", ""])
    second = import_path(store, write_export(tmp_path / "mcr_2025-02.csv", rows))
    assert second.counts["road_reports"] == 4
    assert any("3 report(s) were already in the project" in w for w in second.warnings)
    assert any("2 report(s) keep the status the road crew set" in w for w in second.warnings)
    got = {r[0]: r[1:] for r in store.query("SELECT external_id, id, status, status_raw, source_id FROM road_reports")}
    assert len(got) == 4                                                         # updated, not duplicated
    assert {k: v[0] for k, v in got.items() if k in ids} == ids                  # same ids: updated in place
    assert got["1001"][1:3] == ("対応中", "受付済") and got["1002"][1] == "対応中"    # crew's status kept
    assert got["1003"][1] == "対応済"                                              # the export's news taken
    assert {v[3] for v in got.values()} == {second.source_id}
    first_counts = store.query("SELECT feature_counts FROM sources WHERE id = ?", [first.source_id])[0][0]
    assert "road_reports" not in json.loads(first_counts)                        # its rows moved to the new export

    run_analysis(store, "repair-priority", {"as_of": "2025-03-01"})
    assert case_of(store, "1001") == cid                                         # stable case id
    assert store.query("SELECT status FROM repair_cases WHERE case_id = ?", [cid])[0][0] == "対応中"
    assert [h["note"] for h in case_history(store, cid)] == ["2月10日に補修予定"]


def test_a_repeated_id_in_one_file_keeps_the_later_row_and_rejects_the_earlier(street, tmp_path):
    store, at = street
    rows = rows_for(at, ["受付済", "受付済", "受付済"])
    rows.append(["1001", "対応済", "道路", *at(50), "2025/1/9 10:30", "道路に穴 (補修済)", ""])
    report = import_path(store, write_export(tmp_path / "dup.csv", rows))
    assert report.counts["road_reports"] == 3 and report.rejected == 1
    assert "duplicate report 1001" in report.reject_samples[0]["reason"]
    assert report.reject_samples[0]["line"] == 2
    assert store.query("SELECT status FROM road_reports WHERE external_id = '1001'")[0][0] == "対応済"


def test_case_reports_resolve_local_photos_next_to_the_export(street, tmp_path):
    store, at = street
    (tmp_path / "photos").mkdir()
    (tmp_path / "photos" / "1001.jpg").write_bytes(b"\xff\xd8\xff\xe0jpeg")
    import_path(store, write_export(tmp_path / "mcr.csv", rows_for(at, ["受付済"] * 3)))
    run_analysis(store, "repair-priority", {"as_of": "2025-03-01"})
    reps = case_reports(store, case_of(store, "1001"))
    assert [r["external_id"] for r in reps] == ["1001", "1002"]
    assert reps[0]["photo_path"] == tmp_path / "photos" / "1001.jpg" and reps[1]["photo_path"] is None
    assert reps[0]["description"] == "道路に穴"
