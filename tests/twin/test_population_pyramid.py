"""Pyramid rows on hand-built band values: sex bands as published, the IPSS sex ratio of the nearest year, or a
one-sided age chart; catchment apportioning agrees with the analysis' totals."""

from __future__ import annotations

import pytest

from twin import population_pyramid as pp

FIVES = {f"{a}-{a + 4}": 10.0 + a for a in range(0, 95, 5)} | {"95+": 3.0}


def test_five_year_bands_leave_aggregates_out():
    bands = {**FIVES, "0-14": 1, "15-64": 1, "65+": 1, "75+": 1, "80+": 1, "total": 1, "0-4_male": 1}
    ages = pp.five_year_bands(bands)
    assert ages[0] == "0-4" and ages[-2:] == ["90-94", "95+"] and len(ages) == 20
    assert pp.five_year_bands({"0-14": 1, "15-64": 1, "65+": 1}) == []
    assert pp.five_year_bands({"0-4": 1, "10-14": 1}) == ["0-4"]          # a gap ends the bands
    assert pp.band_range("95+") == (95, None) and pp.band_range("5-9") == (5, 9)


def test_sex_bands_are_used_as_published():
    values = {"0-4": 10.0, "0-4_male": 6.0, "0-4_female": 4.0, "5-9": 7.0, "5-9_male": 3.0, "5-9_female": 4.0,
              "10-14_male": 5.0}
    p = pp.pyramid(values, 2020, male_share={"0-4": 0.9, "5-9": 0.9})
    assert p.sex_source == "mesh" and p.two_sided
    assert [(r.age, r.male, r.female, r.total) for r in p.rows] == [("0-4", 6.0, 4.0, 10.0), ("5-9", 3.0, 4.0, 7.0)]


def test_ipss_ratio_splits_each_band_and_its_open_group_covers_the_top_bands():
    shares = {f"{a}-{a + 4}": 0.5 for a in range(0, 90, 5)} | {"0-4": 0.52, "90+": 0.25}
    p = pp.pyramid(FIVES, 2040, male_share=shares, ipss_year=2040)
    assert p.sex_source == "ipss" and p.ipss_year == 2040
    first, top2, top = p.rows[0], p.rows[-2], p.rows[-1]
    assert first.male == pytest.approx(10.0 * 0.52) and first.female == pytest.approx(10.0 * 0.48)
    assert (top2.age, top2.male, top2.female) == ("90-94", pytest.approx(100 * 0.25), pytest.approx(100 * 0.75))
    assert (top.age, top.male) == ("95+", pytest.approx(0.75))
    assert all(r.male + r.female == pytest.approx(r.total) for r in p.rows)
    assert p.total == pytest.approx(sum(FIVES.values()))


def test_without_sex_data_the_chart_is_one_sided():
    p = pp.pyramid(FIVES, 2020)
    assert p.sex_source == "none" and not p.two_sided
    assert all(r.male is None and r.female is None for r in p.rows) and p.rows[3].total == 25.0
    # an IPSS table missing an age group cannot split every band: one-sided rather than half-split
    assert pp.pyramid(FIVES, 2020, male_share={"0-4": 0.5}).sex_source == "none"


def test_series_prefers_the_projection_and_sums_aged_bands():
    rows = [(2020, "census", "total", 100.0), (2020, "census", "65+", 40.0),
            (2020, "projection", "total", 90.0), (2020, "projection", "65+", 30.0),
            (2040, "projection", "total", 50.0), (2040, "projection", "65-69", 10.0),
            (2040, "projection", "70-74", 5.0)]
    s = pp._series(rows, ["17206", None])
    assert s.years == [2020, 2040] and s.kinds == {2020: "projection", 2040: "projection"}
    assert s.share(2020) == pytest.approx(30 / 90) and s.muni_codes == ("17206",)
    assert s.aged(2040) is None                       # 65-69 and 70-74 alone do not start at 0: no 5-year bands


@pytest.fixture(scope="module")
def sample_cursor(tmp_path_factory):
    from importers.registry import import_path
    from twin.paths import SAMPLE_DIR
    from twin.store import Store

    path = tmp_path_factory.mktemp("pyr") / "p.duckdb"
    with Store(path) as s:
        for f in sorted((SAMPLE_DIR / "population").iterdir()):
            import_path(s, f)
    store = Store(path, read_only=True)
    yield store.cursor()
    store.close()


def test_catchment_pyramid_apportions_like_the_analysis(sample_cursor):
    from twin import catchments

    cur = sample_cursor
    crs = cur.execute("SELECT value FROM project_meta WHERE key = 'crs'").fetchone()[0]
    wkt = catchments.station_circle(crs, 1500.0)
    series = pp.catchment_values(cur, wkt)
    totals = {r["year"]: r for r in catchments.summarise(cur, wkt) if r["kind"] == "projection"}
    assert series.years == sorted(totals)
    for year in (2020, 2040):
        p = pp.pyramid_of(cur, series, year)
        assert p.total == pytest.approx(totals[year]["total"], rel=1e-9)
        assert series.share(year) == pytest.approx(totals[year]["share_65_plus"], rel=1e-9)
        assert p.sex_source == "ipss" and p.ipss_year == year          # the sample's IPSS table is by sex
        assert sum(r.male for r in p.rows) + sum(r.female for r in p.rows) == pytest.approx(p.total)

