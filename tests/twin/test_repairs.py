"""Repair cases (twin/repairs.py): map-matching on hand-built segments, case merging in space and time (the
vectorised linking against the pairwise definition), stable case ids, work packages, statuses, facilities, MCI
from pavement surveys, and the priority arithmetic (parts add up; the vectorised scores equal the reference;
project weights change the ranking)."""

from __future__ import annotations

import json

import numpy as np
import pytest

from twin.analysis import run_analysis, save_params
from twin.repairs import (CLASS_RANK, PARAMS, PART_NAMES, STATUS_ORDER, case_status, cluster, link_cases,
                          priority_of, score_cases, score_parts, station_xy)

DEFAULTS = {q.name: q.default for q in PARAMS}

FAR = 10_000.0   # metres east of the station: no station bonus


def add_segment(store, sid, coords, road_class="municipal", width=None, emergency=None):
    wkt = "LINESTRING (" + ", ".join(f"{x} {y}" for x, y in coords) + ")"
    store.query("INSERT INTO road_segments (id, from_node, to_node, length_m, road_class, width_m, emergency_class, "
                "geom, source_id) VALUES (?, 0, 0, 0, ?, ?, ?, ST_GeomFromText(?), 1)",
                [sid, road_class, width, emergency, wkt])


def add_report(store, rid, x, y, when="2025-01-10 10:00:00+09", status="受付済", cls=None, size=None, photo=None):
    store.query("INSERT INTO road_reports (id, kind, received_at, status, damage_class, size, photo, geom, source_id) "
                "VALUES (?, 'citizen', ?::TIMESTAMPTZ, ?, ?, ?, ?, ST_Point(?, ?), 1)",
                [rid, when, status, cls, size, photo, x, y])


@pytest.fixture
def city(store):
    sx, sy = station_xy(store.crs)
    ox, oy = sx + FAR, sy
    # segment 1: 200 m west-east; segment 2: 100 m south-north, 100 m further east
    add_segment(store, 1, [(ox, oy), (ox + 200, oy)])
    add_segment(store, 2, [(ox + 300, oy - 50), (ox + 300, oy + 50)], road_class="national", width=12, emergency=1)
    return store, ox, oy


def reports(store):
    return {r[0]: r[1:] for r in store.query("SELECT id, segment_id, distance_m, flagged, case_id FROM road_reports")}


def test_matching_snaps_to_the_nearest_segment_and_flags_far_reports(city):
    store, ox, oy = city
    add_report(store, 1, ox + 50, oy + 10)        # 10 m north of segment 1
    add_report(store, 2, ox + 290, oy + 20)       # 10 m west of segment 2 (segment 1's end is 90+ m away)
    add_report(store, 3, ox + 230, oy + 3)        # 30 m past segment 1's end (3-4-5: 30.15 m), 70 m from seg 2
    add_report(store, 4, ox + 100, oy + 500)      # far: nearest is segment 2's north end (300, 50)
    run = run_analysis(store, "repair-priority", {"as_of": "2025-02-01"})
    r = reports(store)
    assert r[1][:3] == (1, pytest.approx(10.0), False)
    assert r[2][:3] == (2, pytest.approx(10.0), False)
    assert r[3][0] is None and r[3][1] == pytest.approx((30 ** 2 + 3 ** 2) ** 0.5) and r[3][2] is True
    assert r[4][0] is None and r[4][1] == pytest.approx((200 ** 2 + 450 ** 2) ** 0.5) and r[4][2] is True
    assert r[3][3] is None and r[4][3] is None                                 # flagged: kept, in no case
    assert store.query("SELECT count(*) FROM road_reports")[0][0] == 4
    assert any("2 report(s)" in w for w in run.warnings)
    run_analysis(store, "repair-priority", {"tolerance_m": 31, "as_of": "2025-02-01"})
    assert reports(store)[3][:3] == (1, pytest.approx(30.15, abs=0.01), False)


def test_cases_merge_within_distance_and_days_and_take_the_least_advanced_status(city):
    store, ox, oy = city
    add_report(store, 1, ox + 10, oy + 1, "2025-01-01 09:00:00+09", "対応済", "D00")
    add_report(store, 2, ox + 30, oy - 1, "2025-01-20 09:00:00+09", "対応中", "D40", 0.3)   # 20 m, 19 days: linked
    add_report(store, 3, ox + 50, oy, "2025-02-10 09:00:00+09", "対応済")                   # 20 m, 21 days: linked
    add_report(store, 4, ox + 80, oy, "2025-02-11 09:00:00+09", "対応済")                   # 30 m from 3: new case
    add_report(store, 5, ox + 52, oy, "2025-06-01 09:00:00+09", "受付済")                   # next to 3, months later
    add_report(store, 6, ox + 300, oy, "2025-01-01 09:00:00+09", "対応済")                  # segment 2
    run_analysis(store, "repair-priority", {"as_of": "2025-07-01"})
    r = reports(store)
    assert r[1][3] == r[2][3] == r[3][3]
    assert len({r[1][3], r[4][3], r[5][3], r[6][3]}) == 4
    cases = {c[0]: c[1:] for c in store.query(
        "SELECT case_id, segment_id, status, report_count, worst_class, priority, photos FROM repair_cases")}
    assert cases[r[1][3]][:4] == (1, "対応中", 3, "D40")
    assert cases[r[4][3]][1] == "対応済" and cases[r[4][3]][4] == 0.0               # finished: scores 0
    assert cases[r[5][3]][1] == "受付済"
    segs = store.query("SELECT segment_id, open_cases, worst_class FROM repair_segments ORDER BY segment_id")
    assert segs == [(1, 2, "D40"), (2, 0, None)]
    # changing the thresholds: 10 days apart is too far in time, so report 1 is alone
    run_analysis(store, "repair-priority", {"case_days": 10, "as_of": "2025-07-01"})
    r = reports(store)
    assert r[1][3] != r[2][3] and r[2][3] != r[3][3]


def test_cluster_is_single_linkage():
    g = cluster(np.array([0.0, 20.0, 40.0, 100.0]), np.array([0.0, 1.0, 2.0, 2.0]), 25.0, 30.0)
    assert g.tolist() == [0, 0, 0, 1]
    g = cluster(np.array([0.0, 5.0]), np.array([0.0, 31.0]), 25.0, 30.0)
    assert g.tolist() == [0, 1]
    assert case_status(["対応済", "対応済"]) == "対応済" and case_status(["対応済", None]) == "受付済"
    assert case_status(["対応済", "対応中"]) == "対応中"


def test_score_arithmetic_by_hand():
    p = dict(DEFAULTS)
    parts = score_parts(p, classes=["D00", "D40"], sizes=[0.5, None], road_class="national", width_m=6.0,
                        emergency_class=2, station_distance_m=750.0, age_days=45.0, report_count=2, status="受付済")
    assert parts == {"severity": 40.0, "size": 5.0, "road_class": 10.0, "width": 2.5, "emergency": 7.0,
                     "station": 5.0, "facilities": 0.0, "age": 5.0, "reports": 2.0, "status": 0.0}
    half = score_parts(p, classes=["D00", "D40"], sizes=[0.5, None], road_class="national", width_m=6.0,
                       emergency_class=2, station_distance_m=750.0, age_days=45.0, report_count=2, status="対応中")
    assert half["status"] == -38.25 and sum(half.values()) == 38.25


def test_parts_add_up_to_the_priority_and_project_weights_change_the_ranking(city):
    store, ox, oy = city
    add_report(store, 1, ox + 100, oy + 2, "2025-01-01 09:00:00+09", cls="D40", size=0.4)   # municipal road
    add_report(store, 2, ox + 300, oy + 20, "2025-01-01 09:00:00+09", cls="D00")            # national, emergency
    add_report(store, 3, ox + 150, oy, "2025-01-03 09:00:00+09", status="対応中", cls="D20", photo="a.jpg")
    run_analysis(store, "repair-priority", {"as_of": "2025-02-01T00:00:00+09:00"})
    rows = store.query("SELECT case_id, priority, parts, photos FROM repair_cases ORDER BY priority DESC")
    for _, priority, parts, _ in rows:
        parts = json.loads(parts)
        assert list(parts) == ["severity", "size", "road_class", "width", "emergency", "station", "facilities",
                               "age", "reports", "status"]
        assert sum(parts.values()) == pytest.approx(priority, abs=1e-9)
        assert parts["station"] == 0.0
    r = reports(store)
    assert rows[0][0] == r[1][3]                      # the pothole leads with the defaults
    photos = {c: json.loads(ph) for c, _, _, ph in rows}
    assert photos[r[3][3]] == ["a.jpg"] and photos[r[1][3]] == []      # 50 m apart: two cases
    save_params(store, "repair-priority", {"w_severity": 0, "w_emergency": 50})
    run_analysis(store, "repair-priority", {"as_of": "2025-02-01T00:00:00+09:00"})
    top = store.query("SELECT case_id FROM repair_cases ORDER BY priority DESC LIMIT 1")[0][0]
    assert top == reports(store)[2][3]                # the emergency road leads with the project's weights


def test_station_bonus_decays_with_distance(store):
    sx, sy = station_xy(store.crs)
    add_segment(store, 1, [(sx - 100, sy), (sx + 2000, sy)])
    add_report(store, 1, sx, sy)
    add_report(store, 2, sx + 750, sy)
    add_report(store, 3, sx + 1600, sy)
    run_analysis(store, "repair-priority", {"as_of": "2025-02-01"})
    got = {c: json.loads(p)["station"] for c, p in store.query(
        "SELECT r.id, c.parts FROM road_reports r JOIN repair_cases c USING (case_id)")}
    assert got == {1: pytest.approx(10.0, abs=1e-3), 2: pytest.approx(5.0, abs=1e-3), 3: 0.0}


def test_score_arithmetic_with_facilities_and_mci_by_hand():
    p = dict(DEFAULTS)
    kw = dict(classes=["D00"], sizes=[None], road_class="municipal", width_m=None, emergency_class=None,
              station_distance_m=5000.0, age_days=0.0, report_count=1, status="受付済")
    plain = score_parts(p, **kw)
    assert (plain["severity"], plain["facilities"]) == (16.0, 0.0)              # D00: 0.4 × 40
    # school 150 m away: 10 × (1 − 150 / 300); MCI 2.5 (≤ 3, 早急に補修) lifts the severity to 1.0
    got = score_parts(p, **kw, facility_distance_m=150.0, mci=2.5)
    assert (got["severity"], got["facilities"]) == (40.0, 5.0)
    assert score_parts(p, **kw, mci=3.5)["severity"] == 28.0                   # ≤ 4: 0.7
    assert score_parts(p, **kw, mci=4.6)["severity"] == 16.0                   # ≤ 5: 0.4, the class's 0.4 as well
    assert score_parts(p, **kw, mci=5.2)["severity"] == 16.0                   # above 5: the class decides
    assert score_parts(p, **kw, facility_distance_m=400.0)["facilities"] == 0.0
    assert score_parts({**p, "mci_repair": 3.4}, **kw, mci=3.5)["severity"] == 16.0


def test_vectorised_scores_equal_the_reference_on_random_cases():
    rng = np.random.default_rng(7)
    m = 3000
    count = rng.integers(1, 6, m)
    case = np.repeat(np.arange(m), count)
    rng.shuffle(case)
    n = len(case)
    classes = np.asarray([None, *CLASS_RANK, "X99"], object)[rng.integers(0, len(CLASS_RANK) + 2, n)]
    sizes = np.where(rng.random(n) < 0.5, np.nan, rng.random(n) * 2)
    statuses = np.asarray([*STATUS_ORDER, None, "?"], object)[rng.integers(0, 5, n)]
    road = np.asarray(["national", "primary", "residential", "service", None, "odd"], object)[rng.integers(0, 6, m)]
    width = np.where(rng.random(m) < 0.3, np.nan, np.round(rng.random(m) * 20, 1))
    emergency = np.where(rng.random(m) < 0.5, np.nan, rng.integers(1, 5, m).astype(float))
    station = rng.random(m) * 3000
    facility = np.where(rng.random(m) < 0.3, np.nan, rng.random(m) * 600)
    age = rng.random(m) * 200 - 10
    mci = np.where(rng.random(m) < 0.5, np.nan, rng.random(m) * 10)
    p = {**DEFAULTS, "w_size": 7.3, "in_progress_factor": 0.37, "w_facilities": 13.1}
    parts, priority = score_cases(p, case=case, classes=classes, sizes=sizes, statuses=statuses, road_class=road,
                                  width_m=width, emergency_class=emergency, station_distance_m=station,
                                  age_days=age, facility_distance_m=facility, mci=mci)
    assert set(parts) == set(PART_NAMES)
    mismatches = 0
    for c in range(m):
        k = np.flatnonzero(case == c)
        ref = score_parts(p, classes=list(classes[k]), sizes=[None if np.isnan(v) else v for v in sizes[k]],
                          road_class=road[c], width_m=None if np.isnan(width[c]) else width[c],
                          emergency_class=None if np.isnan(emergency[c]) else int(emergency[c]),
                          station_distance_m=station[c], age_days=age[c], report_count=len(k),
                          status=case_status(list(statuses[k])),
                          facility_distance_m=None if np.isnan(facility[c]) else facility[c],
                          mci=None if np.isnan(mci[c]) else mci[c])
        mismatches += {name: float(parts[name][c]) for name in PART_NAMES} != ref or priority[c] != priority_of(ref)
    assert mismatches == 0
    assert (priority > 0).sum() > m // 2 and (priority == 0).sum() > 50      # both kinds of case occur


def _partition(labels, mask=None):
    groups: dict[int, set[int]] = {}
    for i, g in enumerate(labels):
        if mask is None or mask[i]:
            groups.setdefault(int(g), set()).add(i)
    return {frozenset(v) for v in groups.values()}


@pytest.mark.parametrize("seed, distance, days", [(1, 25.0, 30.0), (2, 10.0, 5.0), (3, 0.0, 0.0), (4, 40.0, 400)])
def test_vectorised_linking_equals_the_pairwise_definition(seed, distance, days):
    rng = np.random.default_rng(seed)
    n = 1500
    seg = rng.integers(-1, 40, n)                          # −1: not matched, in no case
    pos = rng.integers(0, 300, n).astype(float)            # whole metres: many pairs exactly `distance` apart
    frac = rng.random(n) < 0.2
    pos[frac] += rng.random(int(frac.sum()))               # and some in between
    t = rng.integers(0, 200, n).astype(float)
    t[rng.random(n) < 0.05] = np.nan                       # no time: links on distance alone
    got = link_cases(seg, pos, t, distance, days, chunk=97)
    assert (got[seg < 0] == -1).all() and (got[seg >= 0] >= 0).all()
    want: set[frozenset[int]] = set()
    for s in np.unique(seg[seg >= 0]):
        rows = np.flatnonzero(seg == s)
        want |= {frozenset(int(rows[i]) for i in g) for g in _partition(cluster(pos[rows], t[rows], distance, days))}
    assert _partition(got, seg >= 0) == want
    assert len(want) < (seg >= 0).sum()                     # some reports were merged


def test_case_ids_are_the_lowest_report_id_and_survive_reruns_and_new_reports(city):
    store, ox, oy = city
    add_report(store, 10, ox + 20, oy + 1)
    add_report(store, 11, ox + 30, oy - 1)                  # with 10
    add_report(store, 5, ox + 300, oy)                      # segment 2
    add_report(store, 7, ox + 150, oy)                      # alone on segment 1
    run_analysis(store, "repair-priority", {"as_of": "2025-02-01"})
    assert {r[0]: r[4] for r in store.query("SELECT id, segment_id, distance_m, flagged, case_id FROM road_reports")
            } == {10: 10, 11: 10, 5: 5, 7: 7}
    assert [r[0] for r in store.query("SELECT case_id FROM repair_cases ORDER BY case_id")] == [5, 7, 10]
    # a later export adds reports elsewhere and next to case 10: the ids stay
    add_report(store, 12, ox + 190, oy)
    add_report(store, 13, ox + 40, oy)
    run_analysis(store, "repair-priority", {"as_of": "2025-02-01"})
    r = reports(store)
    assert (r[10][3], r[11][3], r[13][3], r[5][3], r[7][3], r[12][3]) == (10, 10, 10, 5, 7, 12)
    assert store.query("SELECT report_count FROM repair_cases WHERE case_id = 10")[0][0] == 3


def test_work_packages_are_mesh_codes_of_the_case_point(store):
    sx, sy = station_xy(store.crs)
    add_segment(store, 1, [(sx - 100, sy), (sx + 2000, sy)])
    add_report(store, 1, sx, sy)                            # at Kaga Onsen Station: mesh 54363288, ½ mesh …1
    add_report(store, 2, sx + 1500, sy)                     # 1.5 km east: another 1 km cell
    run_analysis(store, "repair-priority", {"as_of": "2025-02-01"})
    got = dict(store.query("SELECT case_id, package FROM repair_cases"))
    assert got[1] == "54363288" and len(got[2]) == 8 and got[2] != got[1] and got[2].startswith("543632")
    run_analysis(store, "repair-priority", {"as_of": "2025-02-01", "package_mesh": "500"})
    assert dict(store.query("SELECT case_id, package FROM repair_cases"))[1] == "543632881"
    with pytest.raises(ValueError, match="package_mesh"):
        run_analysis(store, "repair-priority", {"package_mesh": 250})


def add_facility(store, fid, kind, x, y):
    store.query("INSERT INTO facilities (id, name, kind, geom, source_id) VALUES (?, ?, ?, ST_Point(?, ?), 1)",
                [fid, f"{kind} {fid}", kind, x, y])


def test_facilities_part_and_station_from_the_facilities_table(city):
    store, ox, oy = city
    add_report(store, 1, ox + 20, oy)
    add_report(store, 2, ox + 150, oy)
    add_report(store, 3, ox + 300, oy)                      # segment 2

    def parts():
        return {rid: json.loads(p) for rid, p in store.query(
            "SELECT r.id, c.parts FROM road_reports r JOIN repair_cases c USING (case_id)")}

    run_analysis(store, "repair-priority", {"as_of": "2025-02-01"})              # no facilities: 0
    assert {r: v["facilities"] for r, v in parts().items()} == {1: 0.0, 2: 0.0, 3: 0.0}
    station_before = parts()[3]["station"]
    add_facility(store, 1, "school", ox - 130, oy)          # 150 m from report 1: 10 × 0.5
    add_facility(store, 2, "hospital", ox + 150, oy - 240)  # 240 m from report 2: 10 × 0.2; 283 m from report 3
    add_facility(store, 3, "park", ox + 300, oy)            # not a kind that counts
    add_facility(store, 4, "evacuation", ox + 300, oy + 600)
    add_facility(store, 5, "station", ox + 300 + 750, oy)   # 750 m from report 3: the station part 10 × 0.5
    run_analysis(store, "repair-priority", {"as_of": "2025-02-01"})
    got = parts()
    assert {r: v["facilities"] for r, v in got.items()} == {
        1: 5.0, 2: 2.0, 3: round(10 * (1 - np.hypot(150, 240) / 300), 4)}
    assert got[3]["station"] == 5.0 and got[1]["station"] == pytest.approx(10 * (1 - 1030 / 1500), abs=1e-4)
    for r, v in got.items():
        assert sum(v.values()) == pytest.approx(store.query(
            "SELECT priority FROM repair_cases c JOIN road_reports r USING (case_id) WHERE r.id = ?", [r])[0][0],
            abs=1e-9)
    # a project without the table (opened before the facilities theme existed): no facilities part, the station
    store.query("DROP TABLE facilities")
    run_analysis(store, "repair-priority", {"as_of": "2025-02-01"})
    assert {r: (v["facilities"], v["station"]) for r, v in parts().items()}[3] == (0.0, station_before)
    assert station_before == 0.0                            # Kaga Onsen Station is 10 km away


def test_mci_of_the_segment_raises_the_severity(city):
    store, ox, oy = city
    add_report(store, 1, ox + 20, oy, cls="D00")
    add_report(store, 2, ox + 150, oy, cls="D00")
    add_report(store, 3, ox + 300, oy, cls="D00")           # segment 2: not surveyed
    for sid, (x, y, mci) in enumerate([(ox + 50, oy + 3, 4.5), (ox + 120, oy - 2, 2.5), (ox + 300, oy + 200, 1.0)],
                                      start=1):
        store.query("INSERT INTO pavement_surveys (id, crack_pct, rut_mm, mci, geom, source_id) VALUES "
                    "(?, 30, 20, ?, ST_Point(?, ?), 2)", [sid, mci, x, y])
    run_analysis(store, "repair-priority", {"as_of": "2025-02-01"})
    got = {rid: (mci, json.loads(p)["severity"]) for rid, mci, p in store.query(
        "SELECT r.id, c.mci, c.parts FROM road_reports r JOIN repair_cases c USING (case_id)")}
    # segment 1's lowest MCI is 2.5 (≤ 3: 1.0 × 40); the survey 200 m away matches no segment
    assert got == {1: (2.5, 40.0), 2: (2.5, 40.0), 3: (None, 16.0)}
    assert store.query("SELECT id, segment_id FROM pavement_surveys ORDER BY id") == [(1, 1), (2, 1), (3, None)]
    run_analysis(store, "repair-priority", {"as_of": "2025-02-01", "mci_urgent": 2.0, "mci_repair": 2.2})
    assert {rid: json.loads(p)["severity"] for rid, p in store.query(
        "SELECT r.id, c.parts FROM road_reports r JOIN repair_cases c USING (case_id)")}[1] == 16.0   # ≤ 5: 0.4


@pytest.mark.parametrize("seed, tolerance", [(1, 30.0), (2, 12.5), (3, 3.0)])
def test_grid_matching_equals_the_strtree(seed, tolerance):
    import shapely

    from twin.repairs import _match_tree, match_points
    rng = np.random.default_rng(seed)
    # a jittered grid of bent segments, plus long diagonal ones and duplicates of some (ties: lowest id wins)
    nodes = rng.uniform(-8, 8, (11, 11, 2)) + np.stack(np.meshgrid(np.arange(11) * 80.0, np.arange(11) * 80.0), -1)
    lines = [[nodes[i, j], (nodes[i, j] + nodes[i, j + 1]) / 2 + rng.uniform(-6, 6, 2), nodes[i, j + 1]]
             for i in range(11) for j in range(10)]
    lines += [[nodes[i, j], nodes[i + 1, j]] for i in range(10) for j in range(11)]
    lines += [[nodes[0, 0], nodes[10, 10]], [nodes[10, 0], nodes[5, 5], nodes[0, 10]]]
    lines += lines[:15]
    geom = np.asarray([shapely.LineString(c) for c in lines], dtype=object)
    ids = rng.permutation(np.arange(100, 100 + len(geom)))
    pts = list(shapely.points(rng.uniform(-60, 860, (3000, 2))))
    pts += list(shapely.points(nodes.reshape(-1, 2)[:40]))             # on the nodes: several segments at 0 m
    pts += list(shapely.line_interpolate_point(geom[:40], rng.random(40), normalized=True))   # on segments
    pts = np.asarray(pts + [None, shapely.Point()], dtype=object)
    seg, dist, pos, flagged = match_points(pts, ids, geom, tolerance)
    has = np.arange(len(pts)) < len(pts) - 2
    rseg, rdist, rpos = _match_tree(pts[has], ids, geom, tolerance)
    assert (seg[has] == rseg).all()
    assert dist[has] == pytest.approx(rdist, abs=1e-7) and pos[has] == pytest.approx(rpos, abs=1e-6, nan_ok=True)
    assert (seg[~has] == -1).all() and flagged[~has].all() and np.isnan(dist[~has]).all()
    assert (seg >= 0).sum() > 40 and flagged[has].sum() > 10              # both matched and far points occur
