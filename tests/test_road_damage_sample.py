"""The bundled road-damage sample (sample_data/road_damage/): deterministic, small, and what sample_data/README.md
says it is — an MCR-style CP932 export whose malformed rows the importer rejects, reports on the road centre lines
(a few far off), repeated spots, photos, AI detections along the main roads, and the facilities."""

from __future__ import annotations

import csv
import io
import re
import sys
from collections import Counter
from pathlib import Path

import numpy as np
import pyogrio
import pytest
import shapely
from PIL import Image
from pyproj import Transformer

from importers.registry import import_path
from twin.paths import (SAMPLE_CENTRELINES, SAMPLE_DETECTIONS, SAMPLE_DIR, SAMPLE_FACILITIES, SAMPLE_REPORTS,
                        SAMPLE_ROAD_DAMAGE, STATION_LATLON)

sys.path.insert(0, str(SAMPLE_DIR))
from kaga_sample import site  # noqa: E402
from kaga_sample.geo import to_local  # noqa: E402

TO_PLANE = Transformer.from_crs("EPSG:6668", "EPSG:6675", always_xy=True)
STATUSES = ("受付済", "対応中", "対応済")
HEADER = ["受付番号", "状態", "分野", "緯度", "経度", "投稿日時", "内容", "写真", "住所"]


def mcr_rows() -> list[list[str]]:
    text = SAMPLE_REPORTS.read_bytes().decode("cp932").replace("\r\n", "\n")
    return list(csv.reader(io.StringIO(text)))


def good_rows() -> list[list[str]]:
    """The rows an importer can use (the malformed ones are the short one and those with a broken field)."""
    out = []
    for r in mcr_rows()[1:]:
        if len(r) < len(HEADER) or not re.fullmatch(r"\d+\.\d+", r[3]) or not re.fullmatch(r"\d+\.\d+", r[4]):
            continue
        if not r[5] or "/13/" in r[5] or re.fullmatch(r"R\d+\.2\.30", r[5]) or float(r[3]) > 90:
            continue
        out.append(r)
    return out


@pytest.fixture(scope="module")
def road_lines() -> shapely.STRtree:
    meta, _, wkb, _ = pyogrio.raw.read(SAMPLE_CENTRELINES, columns=[])
    lines = shapely.from_wkb(wkb)
    lines = shapely.transform(lines, lambda c: np.column_stack(TO_PLANE.transform(c[:, 0], c[:, 1])))
    return lines


def distances(lines, lonlat: np.ndarray) -> np.ndarray:
    x, y = TO_PLANE.transform(lonlat[:, 0], lonlat[:, 1])
    pts = shapely.points(x, y)
    tree = shapely.STRtree(lines)
    _, d = tree.query_nearest(pts, return_distance=True, all_matches=False)
    return d


# -- determinism and size --------------------------------------------------------------------------------------------


def test_generator_reproduces_the_committed_road_damage_files(tmp_path):
    from kaga_sample.road_damage import write_road_damage

    write_road_damage(tmp_path)
    made = tmp_path / "road_damage"
    committed = sorted(p.relative_to(SAMPLE_ROAD_DAMAGE) for p in SAMPLE_ROAD_DAMAGE.rglob("*") if p.is_file())
    generated = sorted(p.relative_to(made) for p in made.rglob("*") if p.is_file())
    assert generated == committed
    for rel in committed:
        a, b = (SAMPLE_ROAD_DAMAGE / rel).read_bytes(), (made / rel).read_bytes()
        if rel.suffix == ".jpg":      # Pillow's encoder: compare the pictures, not the bytes
            pa, pb = (np.asarray(Image.open(io.BytesIO(x)), dtype=np.int16) for x in (a, b))
            assert pa.shape == pb.shape and np.abs(pa - pb).max() <= 2, rel
        else:
            assert a == b, f"regenerate the sample (python sample_data/generate_kaga_sample.py); {rel} differs"


def test_the_road_damage_folder_is_small():
    files = [p for p in SAMPLE_ROAD_DAMAGE.rglob("*") if p.is_file()]
    assert sum(p.stat().st_size for p in files) < 1_000_000
    photos = sorted((SAMPLE_ROAD_DAMAGE / "photos").glob("*.jpg"))
    assert 10 <= len(photos) <= 15
    for p in photos:
        assert p.stat().st_size < 10_000, p.name
        with Image.open(p) as im:
            assert (im.format, im.size) == ("JPEG", (320, 240))


# -- the MCR-style export --------------------------------------------------------------------------------------------


def test_mcr_export_is_cp932_with_crlf_and_the_mcr_headers():
    data = SAMPLE_REPORTS.read_bytes()
    with pytest.raises(UnicodeDecodeError):
        data.decode("utf-8")
    data.decode("cp932")
    assert data.count(b"\n") == data.count(b"\r\n") > 400
    assert mcr_rows()[0] == HEADER


def test_reports_statuses_dates_categories_and_photos():
    rows = good_rows()
    assert len(rows) == 420
    assert len({r[0] for r in mcr_rows()[1:]}) == len(mcr_rows()) - 1          # report numbers are unique
    statuses = Counter(r[1] for r in rows)
    assert set(statuses) == set(STATUSES) and min(statuses.values()) >= 20
    year = {r[0]: ("2024" in r[5] or r[5].startswith(("R6.", "令和6"))) for r in rows}
    old = [r for r in rows if year[r[0]]]
    assert len(old) > 150 and sum(r[1] == "対応済" for r in old) / len(old) > 0.85
    forms = Counter("iso" if re.fullmatch(r"\d{4}-\d\d-\d\d \d\d:\d\d", r[5]) else
                    "slash time" if re.fullmatch(r"\d{4}/\d{1,2}/\d{1,2} \d{1,2}:\d\d", r[5]) else
                    "slash" if re.fullmatch(r"\d{4}/\d{1,2}/\d{1,2}", r[5]) else
                    "wareki short" if re.fullmatch(r"R\d\.\d{1,2}\.\d{1,2} \d{1,2}時\d\d分頃", r[5]) else
                    "wareki" if re.fullmatch(r"令和\d年\d{1,2}月\d{1,2}日", r[5]) else r[5] for r in rows)
    assert set(forms) == {"iso", "slash time", "slash", "wareki short", "wareki"}, forms
    categories = Counter(r[2] for r in rows)
    assert categories["道路"] > 200 and categories["公園"] > 0 and categories["ごみ"] > 0
    assert any("ポットホール" in r[6] or "穴" in r[6] for r in rows) and any("\n" in r[6] for r in rows)
    photos = [r[7] for r in rows if r[7]]
    assert 10 <= len(photos) <= 15
    for p in photos:
        assert re.fullmatch(r"photos/R\d{6}\.jpg", p) and (SAMPLE_REPORTS.parent / p).is_file()
    assert sorted(p.name for p in (SAMPLE_ROAD_DAMAGE / "photos").glob("*.jpg")) == sorted(Path(p).name
                                                                                           for p in photos)


def test_reports_lie_on_the_roads_except_a_few_far_ones_and_repeat_at_spots(road_lines):
    rows = good_rows()
    lonlat = np.array([[float(r[4]), float(r[3])] for r in rows])
    d = distances(road_lines, lonlat)
    far = d > 60.0
    assert 3 <= far.sum() <= 5
    assert d[~far].max() < 5.0               # within a few metres of a centre line
    # inside the sample area
    x, y = np.array([to_local(lat, lon) for lon, lat in lonlat]).T
    assert (x > site.XMIN).all() and (x < site.XMAX).all() and (y > site.YMIN).all() and (y < site.YMAX).all()
    # repeated spots: reports within 10 m of another report received within 30 days (same pothole seen again)
    px, py = TO_PLANE.transform(lonlat[:, 0], lonlat[:, 1])
    near = np.hypot(px[:, None] - px[None, :], py[:, None] - py[None, :]) < 10.0
    np.fill_diagonal(near, False)
    assert near.any(axis=1).sum() >= 50


def test_the_importer_takes_420_reports_and_rejects_the_7_malformed_rows(store):
    report = import_path(store, SAMPLE_REPORTS)
    assert report.importer == "municipal_csv"
    assert report.counts == {"road_reports": 420}
    reasons = [r[0] for r in store.query("SELECT reason FROM import_rejects WHERE source_id = ? ORDER BY line",
                                         [report.source_id])]
    assert len(reasons) == report.rejected == 7
    kinds = Counter(r.split(":")[0].split(" (")[0] for r in reasons)
    assert kinds == {"bad coordinate": 3, "bad date": 3, "short row": 1}, reasons
    assert sorted(r[0] for r in store.query("SELECT DISTINCT status FROM road_reports")) == sorted(STATUSES)
    span = store.query("SELECT min(received_at), max(received_at) FROM road_reports")[0]
    assert (span[0].year, span[0].month, span[1].year, span[1].month) == (2024, 1, 2025, 12)


# -- AI detections and facilities ------------------------------------------------------------------------------------


def test_ai_detections_along_the_main_roads(store, road_lines):
    rows = list(csv.DictReader(io.StringIO(SAMPLE_DETECTIONS.read_text(encoding="utf-8"))))
    assert 250 <= len(rows) <= 350
    assert {r["damage_class"] for r in rows} == {"D00", "D10", "D20", "D40", "D43", "D44", "D50"}
    for r in rows:
        assert r["detected_at"].endswith("+09:00")
        assert 0.3 <= float(r["confidence"]) <= 1.0
        unit = "cm" if r["damage_class"] in ("D40", "D50") else "m"
        assert re.fullmatch(r"\d+(\.\d)?" + unit, r["size"]), r
    assert len({r["detected_at"][:10] for r in rows}) == 3
    meta, _, wkb, fields = pyogrio.raw.read(SAMPLE_CENTRELINES, columns=["road_class"])
    main = [i for i, c in enumerate(fields[0]) if c in ("national", "prefectural", "avenue")]
    d = distances(road_lines[main], np.array([[float(r["lon"]), float(r["lat"])] for r in rows]))
    assert d.max() < 6.0
    report = import_path(store, SAMPLE_DETECTIONS)
    assert report.importer == "road_damage_ai" and report.counts == {"road_reports": len(rows)}
    assert not report.rejected
    sizes = dict(store.query("SELECT damage_class, max(size) FROM road_reports GROUP BY damage_class"))
    assert sizes["D40"] < 1.0 and sizes["D00"] > 1.0        # potholes in cm, cracks in m, stored in metres


def test_facilities_station_schools_hospital_and_evacuation_centres():
    import json

    feats = json.loads(SAMPLE_FACILITIES.read_text(encoding="utf-8"))["features"]
    kinds = Counter(f["properties"]["種別"] for f in feats)
    assert kinds["駅"] == 1 and kinds["小学校"] == 1 and kinds["中学校"] == 1 and kinds["病院"] == 1
    assert 4 <= kinds["指定避難所"] + kinds["指定緊急避難場所"] <= 6
    station = next(f for f in feats if f["properties"]["種別"] == "駅")
    assert station["geometry"]["coordinates"] == [STATION_LATLON[1], STATION_LATLON[0]]
    for f in feats:
        lon, lat = f["geometry"]["coordinates"]
        assert site.BLOCK_DEG[0] < lat < site.BLOCK_DEG[2] and site.BLOCK_DEG[1] < lon < site.BLOCK_DEG[3]
