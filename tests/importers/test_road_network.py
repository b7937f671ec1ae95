"""Road centre-line and N10 importers (importers/road_network.py): every format, attributes, bad features,
emergency-road marks, re-import, and the bundled sample's centre lines against its PLATEAU road polygons."""

from __future__ import annotations

import hashlib
import importlib.resources
import sys
from pathlib import Path

import numpy as np
import pyogrio
import pyogrio.raw
import pytest
import shapely
from pyproj import Transformer
from shapely import LineString as L

import importers.road_network as rn  # until importers.registry loads theme modules (load_tier("importers"))
from importers.registry import find_importer, import_path
from twin.errors import InputError
from twin.paths import SAMPLE_CITYGML, SAMPLE_DIR
from twin.road_network import RoadGraph, nearest_segment, network_distances

ROOT = Path(__file__).resolve().parents[2]
SAMPLE_CENTRELINES = SAMPLE_DIR / "roads" / "kaga_onsen_station_centrelines.gpkg"
PROJECT_CRS = "EPSG:6675"
#: a point near Kaga Onsen Station in the project CRS (plane rectangular VII)
X0, Y0 = Transformer.from_crs("EPSG:4326", PROJECT_CRS, always_xy=True).transform(136.3505, 36.3202)


@pytest.fixture
def rstore(store):
    """The project store with the road-network tables (created by the theme's migration when the store applies
    theme migrations; from the same SQL file otherwise)."""
    have = store.query("SELECT count(*) FROM information_schema.tables WHERE table_name = 'road_segments'")[0][0]
    if not have:
        sql = importlib.resources.files("twin.themes.road_network_sql").joinpath("0001_road_network.sql")
        cur = store.cursor()
        cur.execute(sql.read_text(encoding="utf-8"))
        cur.close()
    return store


def x_crossing(dx=0.0, dy=0.0):
    """Two 200 m streets crossing at their middles (project CRS), plus a dead-end spur off the first."""
    return [L([(X0 + dx - 100, Y0 + dy), (X0 + dx + 100, Y0 + dy)]),
            L([(X0 + dx, Y0 + dy - 100), (X0 + dx, Y0 + dy + 100)]),
            L([(X0 + dx + 50, Y0 + dy), (X0 + dx + 50, Y0 + dy + 40)])]


FIELDS = {"name": ["駅前通り", "中央通り", None], "highway": ["primary", "secondary", "residential"],
          "width": [12.0, 9.5, 4.0], "lanes": [2, 2, 1]}


def write_lines(path: Path, geoms, fields=FIELDS, crs=PROJECT_CRS, driver=None, layer=None) -> Path:
    arrays = []
    for v in fields.values():
        arrays.append(np.asarray(v, dtype=np.float64 if isinstance(v[0], float) else
                                 (np.int32 if isinstance(v[0], int) else object)))
    pyogrio.raw.write(path, np.asarray([shapely.to_wkb(g) for g in geoms], dtype=object), arrays, list(fields),
                      geometry_type="Unknown", crs=crs, driver=driver, layer=layer)
    return path


def segments(store) -> list[dict]:
    rows = store.query("SELECT id, from_node, to_node, length_m, name, road_class, width_m, lanes, emergency_class, "
                       "ST_GeometryType(geom)::VARCHAR, source_id FROM road_segments ORDER BY id")
    keys = ("id", "from_node", "to_node", "length_m", "name", "road_class", "width_m", "lanes", "emergency_class",
            "type", "source_id")
    return [dict(zip(keys, r)) for r in rows]


@pytest.mark.parametrize("suffix,driver", [(".geojson", "GeoJSON"), (".gpkg", "GPKG"), (".shp", "ESRI Shapefile"),
                                           (".fgb", "FlatGeobuf")])
def test_each_format_is_noded_with_its_attributes(rstore, tmp_path, suffix, driver):
    path = write_lines(tmp_path / f"roads{suffix}", x_crossing(), driver=driver)
    assert find_importer(path).name == "road-centrelines"
    report = import_path(rstore, path)
    # street 1 is cut at the crossing and at the spur: 3 pieces; street 2: 2; the spur: 1
    assert report.counts == {"road_segments": 6, "road_nodes": 7}
    segs = segments(rstore)
    assert sum(s["length_m"] for s in segs) == pytest.approx(440.0, abs=1e-6)
    assert {s["type"] for s in segs} == {"LINESTRING"}
    by_name = {}
    for s in segs:
        by_name.setdefault(s["name"], []).append(s)
    assert sorted(s["length_m"] for s in by_name["駅前通り"]) == pytest.approx([50.0, 50.0, 100.0])
    assert {(s["road_class"], s["width_m"], s["lanes"]) for s in by_name["駅前通り"]} == {("primary", 12.0, 2)}
    assert {(s["road_class"], s["width_m"], s["lanes"]) for s in by_name["中央通り"]} == {("secondary", 9.5, 2)}
    assert [(s["road_class"], s["length_m"]) for s in by_name[None]] == [("residential", pytest.approx(40.0))]
    degrees = dict(rstore.query("SELECT degree, count(*) FROM road_nodes GROUP BY ALL"))
    assert degrees == {1: 5, 3: 1, 4: 1}   # four street ends and the spur end; the spur; the crossing
    # segments name existing nodes; node geometry is a point where its segments end
    assert rstore.query("SELECT count(*) FROM road_segments s LEFT JOIN road_nodes a ON a.id = s.from_node "
                        "LEFT JOIN road_nodes b ON b.id = s.to_node WHERE a.id IS NULL OR b.id IS NULL")[0][0] == 0
    assert rstore.query("SELECT max(ST_Distance(ST_StartPoint(s.geom), n.geom)) FROM road_segments s "
                        "JOIN road_nodes n ON n.id = s.from_node")[0][0] < 1e-6
    assert {r[0] for r in rstore.query("SELECT ST_GeometryType(geom)::VARCHAR FROM road_nodes")} == {"POINT"}


def test_lon_lat_input_is_projected_to_the_project_crs(rstore, tmp_path):
    to_ll = Transformer.from_crs(PROJECT_CRS, "EPSG:6668", always_xy=True)
    geoms = [shapely.transform(g, lambda c: np.column_stack(to_ll.transform(c[:, 0], c[:, 1])))
             for g in x_crossing()]
    import_path(rstore, write_lines(tmp_path / "ll.gpkg", geoms, crs="EPSG:6668", driver="GPKG"))
    assert rstore.query("SELECT sum(length_m) FROM road_segments")[0][0] == pytest.approx(440.0, abs=0.05)
    x, y = rstore.query("SELECT ST_X(geom), ST_Y(geom) FROM road_nodes WHERE degree = 4")[0]
    assert (x, y) == pytest.approx((X0, Y0), abs=0.01)


def test_bad_features_are_skipped_and_named(rstore, tmp_path):
    path = tmp_path / "mixed.geojson"
    path.write_text('{"type": "FeatureCollection", "crs": {"type": "name", "properties": {"name": '
                    '"urn:ogc:def:crs:EPSG::6675"}}, "features": ['
                    f'{{"type": "Feature", "id": 1, "properties": {{"name": "a"}}, "geometry": {{"type": "LineString", '
                    f'"coordinates": [[{X0}, {Y0}], [{X0 + 100}, {Y0}]]}}}},'
                    f'{{"type": "Feature", "id": 2, "properties": {{"name": "stop"}}, "geometry": {{"type": "Point", '
                    f'"coordinates": [{X0}, {Y0}]}}}},'
                    '{"type": "Feature", "id": 3, "properties": {"name": "none"}, "geometry": null},'
                    '{"type": "Feature", "id": 4, "properties": {"name": "empty"}, "geometry": '
                    '{"type": "LineString", "coordinates": []}}]}', encoding="utf-8")
    report = import_path(rstore, path)
    assert report.counts == {"road_segments": 1, "road_nodes": 2}
    reasons = {s["item"]: s["reason"] for s in report.skipped}
    assert any("feature 2" in k and "Point is not a line" in v for k, v in reasons.items()), reasons
    assert any("feature 3" in k and "no geometry" in v for k, v in reasons.items()), reasons
    assert any("feature 4" in k and ("empty" in v or "no geometry" in v) for k, v in reasons.items()), reasons


def test_a_file_without_lines_is_refused_with_its_name(rstore, tmp_path):
    path = write_lines(tmp_path / "points.gpkg", [shapely.Point(X0, Y0)], {"name": ["x"]}, driver="GPKG")
    assert rn.RoadCentrelines().sniff(path) == 0.0
    with pytest.raises(InputError, match="points.gpkg.*no layer with line geometry"):
        import_path(rstore, path, importer="road-centrelines")


def test_reimport_replaces(rstore, tmp_path):
    path = write_lines(tmp_path / "roads.gpkg", x_crossing(), driver="GPKG")
    first = import_path(rstore, path)
    second = import_path(rstore, path)
    assert second.replaced_sources == [first.source_id]
    assert rstore.query("SELECT count(*), count(DISTINCT source_id) FROM road_segments")[0] == (6, 1)
    assert rstore.query("SELECT count(*), count(DISTINCT source_id) FROM road_nodes")[0] == (7, 1)


def n10_file(tmp_path: Path, lines, classes, name="N10-20_17.geojson") -> Path:
    to_ll = Transformer.from_crs(PROJECT_CRS, "EPSG:6668", always_xy=True)
    geoms = [shapely.multilinestrings([shapely.transform(g, lambda c: np.column_stack(
        to_ll.transform(c[:, 0], c[:, 1])))]) for g in lines]
    n = len(lines)
    fields = {"N10_001": ["17"] * n, "N10_002": [str(c) for c in classes], "N10_003": ["1"] * n,
              "N10_004": [f"route {i}" for i in range(n)], "N10_005": ["x"] * n, "N10_006": ["x"] * n,
              "N10_007": ["x"] * n, "N10_008": ["2019 05"] * n}
    return write_lines(tmp_path / name, geoms, fields, crs="EPSG:6668", driver="GeoJSON")


def test_n10_lines_mark_the_segments_they_follow(rstore, tmp_path):
    roads = write_lines(tmp_path / "roads.fgb", x_crossing(), driver="FlatGeobuf")
    import_path(rstore, roads)
    # class 1 along the east-west street, 6 m north of it; class 2 along the north half of the other street only
    n10 = n10_file(tmp_path, [L([(X0 - 110, Y0 + 6), (X0 + 110, Y0 + 6)]), L([(X0 + 4, Y0 + 5), (X0 + 4, Y0 + 120)])],
                   [1, 2])
    assert find_importer(n10).name == "n10-emergency-roads"
    assert rn.RoadCentrelines().sniff(n10) == 0.0
    report = import_path(rstore, n10)
    assert report.counts.get("emergency_roads") == 2
    segs = segments(rstore)
    assert [s["emergency_class"] for s in segs if s["name"] == "駅前通り"] == [1, 1, 1]
    assert sorted((s["emergency_class"] for s in segs if s["name"] == "中央通り"), key=str) == [2, None]
    assert [s["emergency_class"] for s in segs if s["name"] is None] == [None]
    assert rstore.query("SELECT route_name, emergency_class FROM emergency_roads ORDER BY 1") == [("route 0", 1),
                                                                                                  ("route 1", 2)]
    # a network imported after the N10 lines is marked from the stored lines
    import_path(rstore, write_lines(tmp_path / "again.gpkg", x_crossing(), driver="GPKG"))
    assert rstore.query("SELECT emergency_class, count(*) FROM road_segments WHERE source_id = "
                        "(SELECT max(source_id) FROM road_segments) GROUP BY ALL ORDER BY 1") == [(1, 3), (2, 1),
                                                                                                  (None, 2)]
    # re-importing the N10 file replaces its lines and keeps the marks
    import_path(rstore, n10)
    assert rstore.query("SELECT count(*) FROM emergency_roads")[0][0] == 2
    assert rstore.query("SELECT emergency_class, count(*) FROM road_segments GROUP BY ALL ORDER BY 1") == [
        (1, 6), (2, 2), (None, 4)]


def test_n10_shapefile_zip_as_downloaded(rstore, tmp_path):
    """国土数値情報 ships N10 as a zip with a folder inside, Shapefile attributes in Shift_JIS and no .cpg."""
    import zipfile

    import_path(rstore, write_lines(tmp_path / "roads.gpkg", x_crossing(), driver="GPKG"))
    to_ll = Transformer.from_crs(PROJECT_CRS, "EPSG:6668", always_xy=True)
    line = shapely.transform(L([(X0 - 110, Y0 + 6), (X0 + 110, Y0 + 6)]),
                             lambda c: np.column_stack(to_ll.transform(c[:, 0], c[:, 1])))
    folder = tmp_path / "n10"
    folder.mkdir()
    fields = {"N10_001": ["17"], "N10_002": ["1"], "N10_003": ["1"], "N10_004": ["国道8号"], "N10_005": ["x"],
              "N10_006": ["x"], "N10_007": ["x"], "N10_008": ["2019 05"]}
    arrays = [np.asarray(v, dtype=object) for v in fields.values()]
    pyogrio.raw.write(folder / "N10-20_17.shp", np.asarray([shapely.to_wkb(shapely.multilinestrings([line]))],
                      dtype=object), arrays, list(fields), geometry_type="MultiLineString", crs="EPSG:6668",
                      encoding="cp932")
    (folder / "N10-20_17.cpg").unlink(missing_ok=True)
    path = tmp_path / "N10-20_17_GML.zip"
    with zipfile.ZipFile(path, "w") as z:
        for f in sorted(folder.iterdir()):
            z.write(f, f"N10-20_17_GML/{f.name}")
    assert find_importer(path).name == "n10-emergency-roads"
    report = import_path(rstore, path)
    assert report.counts.get("emergency_roads") == 1
    assert rstore.query("SELECT route_name, emergency_class FROM emergency_roads") == [("国道8号", 1)]
    assert rstore.query("SELECT count(*) FROM road_segments WHERE emergency_class = 1")[0][0] == 3


OSM_XML = """<?xml version="1.0" encoding="UTF-8"?>
<osm version="0.6" generator="hand">
 <node id="1" version="1" lat="36.3200" lon="136.3490"/>
 <node id="2" version="1" lat="36.3200" lon="136.3500"/>
 <node id="3" version="1" lat="36.3200" lon="136.3510"/>
 <node id="4" version="1" lat="36.3190" lon="136.3500"/>
 <node id="5" version="1" lat="36.3210" lon="136.3500"/>
 <node id="6" version="1" lat="36.3180" lon="136.3480"/>
 <node id="7" version="1" lat="36.3185" lon="136.3520"/>
 <way id="10" version="1"><nd ref="1"/><nd ref="2"/><nd ref="3"/>
  <tag k="highway" v="primary"/><tag k="name" v="駅前通り"/><tag k="lanes" v="2"/><tag k="width" v="12"/></way>
 <way id="11" version="1"><nd ref="4"/><nd ref="2"/><nd ref="5"/>
  <tag k="highway" v="residential"/><tag k="width" v="5.5 m"/></way>
 <way id="12" version="1"><nd ref="6"/><nd ref="7"/><tag k="waterway" v="stream"/></way>
</osm>
"""


def test_osm_driver_is_reported():
    # this machine's GDAL (pyogrio wheel) was found to have it; the test says which way it is
    assert rn.has_osm_driver() == ("OSM" in pyogrio.list_drivers())


@pytest.mark.skipif(not rn.has_osm_driver(), reason="this GDAL build has no OSM driver")
def test_osm_xml_lines_with_highway_tags(rstore, tmp_path):
    path = tmp_path / "kaga.osm"
    path.write_text(OSM_XML, encoding="utf-8")
    assert find_importer(path).name == "road-centrelines"
    report = import_path(rstore, path)
    assert report.counts == {"road_segments": 4, "road_nodes": 5}      # the stream is not a road
    rows = rstore.query("SELECT name, road_class, width_m, lanes, count(*) FROM road_segments GROUP BY ALL "
                        "ORDER BY 2")
    assert rows == [("駅前通り", "primary", 12.0, 2, 2), (None, "residential", 5.5, None, 2)]


def test_osm_without_the_driver_says_so(rstore, tmp_path, monkeypatch):
    path = tmp_path / "kaga.osm"
    path.write_text(OSM_XML, encoding="utf-8")
    monkeypatch.setattr(rn, "has_osm_driver", lambda: False)
    with pytest.raises(InputError, match="kaga.osm.*no OpenStreetMap \\(OSM\\) driver"):
        import_path(rstore, path)


def test_plateau_citygml_is_not_taken():
    assert find_importer(SAMPLE_CITYGML).name != "road-centrelines"
    gml = next((SAMPLE_CITYGML / "udx" / "tran").glob("*.gml"))
    assert rn.RoadCentrelines().sniff(gml) == 0.0 and rn.EmergencyRoadsN10().sniff(gml) == 0.0


def test_network_distances_and_nearest_segment_from_the_store(rstore, tmp_path):
    import_path(rstore, write_lines(tmp_path / "roads.gpkg", x_crossing(), driver="GPKG"))
    node = {(round(x - X0), round(y - Y0)): i for i, x, y in
            rstore.query("SELECT id, ST_X(geom), ST_Y(geom) FROM road_nodes")}
    d = network_distances(rstore, (X0 - 70, Y0 + 1), 1000.0)
    assert d[node[(-100, 0)]] == pytest.approx(30.0)
    assert d[node[(0, 0)]] == pytest.approx(70.0)
    assert d[node[(50, 0)]] == pytest.approx(120.0)
    assert d[node[(50, 40)]] == pytest.approx(160.0)
    assert d[node[(0, 100)]] == pytest.approx(170.0)
    assert set(network_distances(rstore, (X0 - 70, Y0 + 1), 100.0)) == {node[(-100, 0)], node[(0, 0)]}
    seg, dist, along = nearest_segment(rstore, X0 + 51, Y0 + 20, 5.0)
    assert dist == pytest.approx(1.0) and along == pytest.approx(20.0)
    assert rstore.query("SELECT road_class FROM road_segments WHERE id = ?", [seg]) == [("residential",)]
    assert nearest_segment(rstore, X0 + 500, Y0 + 500, 5.0) is None


# -- the bundled sample ----------------------------------------------------------------------------------------

def test_sample_centrelines_are_the_generator_output():
    sys.path.insert(0, str(ROOT / "sample_data"))
    try:
        from kaga_sample.centrelines import CENTRELINES_PATH, write_centrelines
    finally:
        sys.path.remove(str(ROOT / "sample_data"))
    assert SAMPLE_DIR / CENTRELINES_PATH == SAMPLE_CENTRELINES
    info = pyogrio.read_info(SAMPLE_CENTRELINES)
    assert info["crs"] == "EPSG:6668" and info["geometry_type"] == "LineString"
    assert list(info["fields"]) == ["name", "road_class", "width_m", "lanes"]
    assert SAMPLE_CENTRELINES.stat().st_size < 400_000


@pytest.mark.slow
def test_sample_centrelines_regenerate_to_the_same_bytes(tmp_path):
    sys.path.insert(0, str(ROOT / "sample_data"))
    try:
        from kaga_sample.centrelines import write_centrelines
    finally:
        sys.path.remove(str(ROOT / "sample_data"))
    made = write_centrelines(tmp_path)
    assert hashlib.sha256(made.read_bytes()).digest() == hashlib.sha256(SAMPLE_CENTRELINES.read_bytes()).digest()


@pytest.mark.slow
def test_sample_centrelines_lie_in_the_plateau_road_polygons(rstore):
    import_path(rstore, SAMPLE_CITYGML)
    report = import_path(rstore, SAMPLE_CENTRELINES)
    assert report.importer == "road-centrelines" and not report.skipped
    n_seg, n_node = report.counts["road_segments"], report.counts["road_nodes"]
    assert n_seg > 500 and n_node > 400
    inside, total = rstore.query(
        "WITH u AS (SELECT ST_Union_Agg(geom) AS g FROM roads) "
        "SELECT sum(ST_Length(ST_Intersection(s.geom, u.g))), sum(ST_Length(s.geom)) FROM road_segments s, u")[0]
    assert inside / total >= 0.95
    # one network: most nodes are reachable from the station forecourt
    graph = RoadGraph.load(rstore)
    x, y = rstore.query("SELECT ST_X(geom), ST_Y(geom) FROM road_nodes ORDER BY ST_Distance(geom, "
                        f"ST_Point({X0}, {Y0})) LIMIT 1")[0]
    reach = graph.distances((x, y))
    assert len(reach) >= 0.9 * n_node
    assert rstore.query("SELECT count(*) FROM road_segments WHERE name = '国道8号'")[0][0] > 0
