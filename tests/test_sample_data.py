"""The bundled Kaga Onsen Station sample: deterministic, within budget, and as PLATEAU-like as promised.

The CityGML is read with lxml directly, so these tests do not depend on the CityGML importer.
"""

from __future__ import annotations

import hashlib
import re
import subprocess
import sys
from collections import Counter
from fractions import Fraction
from math import floor
from pathlib import Path

import numpy as np
import pytest
import rasterio
import shapely
from lxml import etree
from pyproj import Transformer
from shapely.geometry import Polygon, box

from twin.paths import SAMPLE_CITYGML, SAMPLE_DEM, SAMPLE_DIR, STATION_LATLON
from twin.raster import bilinear

sys.path.insert(0, str(SAMPLE_DIR))
from kaga_sample import site  # noqa: E402  (the generator's own description of the site)

NS = {"gml": "http://www.opengis.net/gml", "core": "http://www.opengis.net/citygml/2.0",
      "bldg": "http://www.opengis.net/citygml/building/2.0",
      "tran": "http://www.opengis.net/citygml/transportation/2.0",
      "uro": "https://www.geospatial.jp/iur/uro/3.1", "xlink": "http://www.w3.org/1999/xlink"}
GML_ID = f"{{{NS['gml']}}}id"
HREF = f"{{{NS['xlink']}}}href"
MESHES = [f"543632{r}{c}" for r in (7, 8, 9) for c in (7, 8, 9)]
TO_PLANE = Transformer.from_crs("EPSG:6668", "EPSG:6675", always_xy=True)


# --- an independent JIS X 0410 implementation (operations-data.md 3.4) -------------------------------

def jis_mesh(lat: float, lon: float, level: int = 3) -> str:
    la, lo = Fraction(str(lat)), Fraction(str(lon)) - 100
    p, a = floor(la * 60 / 40), la * 60 - floor(la * 60 / 40) * 40
    u, f = floor(lo), lo - floor(lo)
    q, b = floor(a / 5), a - floor(a / 5) * 5
    v, g = floor(f * 60 / Fraction(15, 2)), f * 60 - floor(f * 60 / Fraction(15, 2)) * Fraction(15, 2)
    r, c = floor(b * 60 / 30), b * 60 - floor(b * 60 / 30) * 30
    w, h = floor(g * 60 / 45), g * 60 - floor(g * 60 / 45) * 45
    code = f"{p:02d}{u:02d}{q}{v}{r}{w}"
    s, x = floor(c / 15), floor(h / Fraction(45, 2))
    code += str(s * 2 + x + 1)
    return code[:{1: 4, 2: 6, 3: 8, 4: 9}[level]]


def mesh_box(code: str) -> tuple[float, float, float, float]:
    """(west, south, east, north) degrees of a third-order mesh."""
    p, u, q, v, r, w = int(code[:2]), int(code[2:4]), *(int(ch) for ch in code[4:8])
    south = Fraction(p * 40, 60) + Fraction(q * 5, 60) + Fraction(r * 30, 3600)
    west = 100 + u + Fraction(v * 15, 2 * 60) + Fraction(w * 45, 3600)
    return float(west), float(south), float(west + Fraction(45, 3600)), float(south + Fraction(30, 3600))


@pytest.mark.parametrize(("lat", "lon", "level", "code"), [
    (35.7410, 139.7470, 4, "533945894"),
    (36.30278, 136.31503, 3, "54363265"),     # Kaga city hall
    (36.30278, 136.31503, 4, "543632651"),
    (36.3202471, 136.3505352, 2, "543632"),   # Kaga Onsen Station
    (36.3202471, 136.3505352, 3, "54363288"),
    (36.3202471, 136.3505352, 4, "543632881"),
])
def test_jis_x0410_reference_vectors(lat, lon, level, code):
    assert jis_mesh(lat, lon, level) == code
    from kaga_sample.geo import latlon_to_mesh
    assert latlon_to_mesh(lat, lon, {1: 1, 2: 2, 3: 3, 4: 4}[level]) == code


def test_jis_x0410_mesh_corners():
    assert mesh_box("54363288") == pytest.approx((136.35, 36.316667, 136.3625, 36.325), abs=1e-6)
    w, s, e, n = mesh_box("533945894"[:8])
    assert (w, s) == pytest.approx((139.7375, 35.733333), abs=1e-6)


# --- parsed sample -----------------------------------------------------------------------------------

def _pts(poslist) -> np.ndarray:
    return np.array(poslist.text.split(), dtype=np.float64).reshape(-1, 3)   # lat lon h


class Sample:
    def __init__(self):
        self.bldg_files = sorted((SAMPLE_CITYGML / "udx" / "bldg").glob("*.gml"))
        self.tran_files = sorted((SAMPLE_CITYGML / "udx" / "tran").glob("*.gml"))
        self.buildings = []   # (mesh, element)
        self.roads = []
        for f in self.bldg_files:
            tree = etree.parse(str(f))
            self.buildings += [(f.name[:8], b) for b in tree.getroot().iterfind("core:cityObjectMember/bldg:Building",
                                                                                NS)]
        for f in self.tran_files:
            tree = etree.parse(str(f))
            self.roads += [(f.name[:8], r) for r in tree.getroot().iterfind("core:cityObjectMember/tran:Road", NS)]

    @staticmethod
    def footprints(b) -> list[np.ndarray]:
        """LOD0 roof edges of a building or of its parts (lat lon h)."""
        return [_pts(p) for p in b.iterfind(".//bldg:lod0RoofEdge//gml:posList", NS)]

    @staticmethod
    def plane(pts: np.ndarray) -> np.ndarray:
        x, y = TO_PLANE.transform(pts[:, 1], pts[:, 0])
        return np.c_[x, y]


@pytest.fixture(scope="module")
def sample() -> Sample:
    if not SAMPLE_CITYGML.is_dir():
        pytest.fail(f"the committed sample is missing: {SAMPLE_CITYGML}")
    return Sample()


STATION_XY = TO_PLANE.transform(STATION_LATLON[1], STATION_LATLON[0])


def _centroid_distance(s: Sample, b) -> float:
    polys = [Polygon(s.plane(p)) for p in s.footprints(b)]
    c = shapely.union_all(polys).centroid
    return float(np.hypot(c.x - STATION_XY[0], c.y - STATION_XY[1]))


# --- determinism and size ----------------------------------------------------------------------------

def _digests(root: Path, paths: list[Path]) -> dict[str, str]:
    return {str(p.relative_to(root)): hashlib.sha256(p.read_bytes()).hexdigest() for p in paths}


def _sample_files(root: Path) -> list[Path]:
    citygml = root / SAMPLE_CITYGML.name
    return sorted(p for p in citygml.rglob("*") if p.is_file()) + [root / SAMPLE_DEM.relative_to(SAMPLE_DIR)]


@pytest.mark.slow
def test_generator_reproduces_the_committed_sample_byte_for_byte(tmp_path):
    script = SAMPLE_DIR / "generate_kaga_sample.py"
    run = subprocess.run([sys.executable, str(script), "--out", str(tmp_path)], capture_output=True, text=True,
                         timeout=600)
    assert run.returncode == 0, run.stderr
    assert "total" in run.stdout and "54363288" in run.stdout   # the per-mesh index
    committed = _digests(SAMPLE_DIR, _sample_files(SAMPLE_DIR))
    generated = _digests(tmp_path, _sample_files(tmp_path))
    assert sorted(generated) == sorted(committed)
    changed = [name for name in committed if committed[name] != generated[name]]
    assert not changed, f"regenerate the sample (python {script}) and commit it; differs: {changed}"


def test_sample_is_under_15_mb():
    total = sum(p.stat().st_size for p in _sample_files(SAMPLE_DIR))
    assert total < 15_000_000, f"{total / 1e6:.2f} MB"


# --- layout ------------------------------------------------------------------------------------------

def test_plateau_folder_layout_and_file_names(sample):
    assert SAMPLE_CITYGML.name == "17206_kaga-shi_city_2024_citygml_1_op"
    assert sorted(p.name for p in SAMPLE_CITYGML.iterdir()) == ["codelists", "udx"]
    assert sorted(p.name for p in (SAMPLE_CITYGML / "udx").iterdir()) == ["bldg", "tran"]
    for kind, files in (("bldg", sample.bldg_files), ("tran", sample.tran_files)):
        names = [f.name for f in files]
        assert all(re.fullmatch(rf"\d{{8}}_{kind}_6697_op\.gml", n) for n in names), names
        assert [n[:8] for n in names] == MESHES
    for f in sample.bldg_files + sample.tran_files:
        root = etree.parse(str(f)).getroot()
        assert root.nsmap["uro"] == "https://www.geospatial.jp/iur/uro/3.1"
        env = root.find("gml:boundedBy/gml:Envelope", NS)
        assert env.get("srsName") == "http://www.opengis.net/def/crs/EPSG/0/6697"
        lo = [float(v) for v in env.findtext("gml:lowerCorner", namespaces=NS).split()]
        hi = [float(v) for v in env.findtext("gml:upperCorner", namespaces=NS).split()]
        w, s, e, n = mesh_box(f.name[:8])
        # features crossing a mesh edge stay whole, so the envelope may reach a little beyond the mesh
        assert s - 0.002 < lo[0] < n and s < hi[0] < n + 0.002, f.name   # latitude first
        assert w - 0.002 < lo[1] < e and w < hi[1] < e + 0.002, f.name


def test_every_code_resolves_in_the_shipped_code_lists(sample):
    lists = {}
    for f in (SAMPLE_CITYGML / "codelists").glob("*.xml"):
        root = etree.parse(str(f)).getroot()
        assert root.tag == f"{{{NS['gml']}}}Dictionary"
        assert root.findtext("gml:name", namespaces=NS) == f.stem
        lists[f.name] = {d.findtext("gml:name", namespaces=NS): d.findtext("gml:description", namespaces=NS)
                         for d in root.iterfind("gml:dictionaryEntry/gml:Definition", NS)}
    used = Counter()
    for _, feature in sample.buildings + sample.roads:
        for el in feature.iter():
            space = el.get("codeSpace")
            if space is not None:
                assert space.startswith("../../codelists/"), space
                name = space.rsplit("/", 1)[1]
                assert name in lists, f"missing code list {name}"
                assert el.text in lists[name], f"{el.text} not in {name}"
                used[name] += 1
    assert lists["RiverFloodingRiskAttribute_description.xml"]["3"] == "新堀川水系動橋川"
    assert {"大聖寺川水系大聖寺川", "新堀川水系新堀川"} <= set(lists["RiverFloodingRiskAttribute_description.xml"].values())
    assert lists["Building_usage.xml"]["411"] == "住宅"
    assert lists["Road_function.xml"]["2"] == "一般国道"
    for name in ("Building_usage.xml", "Building_class.xml", "Building_buildingStructureType.xml",
                 "DataQualityAttribute_lod1HeightType.xml", "RiverFloodingRiskAttribute_rank.xml",
                 "RiverFloodingRiskAttribute_scale.xml", "RiverFloodingRiskAttribute_adminType.xml",
                 "LandSlideRiskAttribute_description.xml", "LandSlideRiskAttribute_areaType.xml",
                 "Road_function.xml", "Road_usage.xml", "TransportationComplex_class.xml",
                 "RoadStructureAttribute_sectionType.xml", "RoadStructureAttribute_widthType.xml",
                 "Common_localPublicAuthorities.xml"):
        assert used[name] > 0, f"{name} is shipped but never used"


# --- buildings ---------------------------------------------------------------------------------------

def test_at_least_3000_buildings_with_lod0_and_lod1_and_unique_ids(sample):
    assert len(sample.buildings) >= 3000
    ids, building_ids = set(), set()
    for _, b in sample.buildings:
        assert re.fullmatch(r"bldg_[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}", b.get(GML_ID))
        owners = b.findall("bldg:consistsOfBuildingPart/bldg:BuildingPart", NS) or [b]
        for o in owners:
            assert o.find("bldg:lod0RoofEdge", NS) is not None
            assert o.find("bldg:lod1Solid", NS) is not None
        bid = b.findtext("uro:buildingIDAttribute/uro:BuildingIDAttribute/uro:buildingID", namespaces=NS)
        assert re.fullmatch(r"17206-bldg-\d+", bid)
        building_ids.add(bid)
        for el in b.iter():
            if el.get(GML_ID):
                assert el.get(GML_ID) not in ids
                ids.add(el.get(GML_ID))
    assert len(building_ids) == len(sample.buildings)


def test_lod2_only_within_about_500_m_of_the_station(sample):
    lod2 = far = 0
    for _, b in sample.buildings:
        has_lod2 = b.find(".//bldg:lod2Solid", NS) is not None
        d = _centroid_distance(sample, b)
        if has_lod2:
            lod2 += 1
            assert d < 505.0
        else:
            far += 1
            assert d > 495.0
    assert lod2 >= 200 and far >= 2500


def test_lod2_solids_are_closed_outward_and_reference_their_boundary_polygons(sample):
    roofs = Counter()
    n = 0
    for _, b in sample.buildings:
        for owner in b.findall("bldg:consistsOfBuildingPart/bldg:BuildingPart", NS) or [b]:
            solid = owner.find("bldg:lod2Solid", NS)
            if solid is None:
                continue
            polys = {p.get(GML_ID): p for p in owner.iterfind("bldg:boundedBy/*//gml:Polygon", NS)}
            kinds = {etree.QName(s).localname for s in owner.iterfind("bldg:boundedBy/*", NS)}
            assert {"RoofSurface", "WallSurface", "GroundSurface"} <= kinds
            refs = [m.get(HREF) for m in solid.iterfind(".//gml:surfaceMember", NS)]
            assert refs and all(r.startswith("#") and r[1:] in polys for r in refs)
            assert sorted(r[1:] for r in refs) == sorted(polys)
            faces = [_pts(polys[r[1:]].find(".//gml:posList", NS)) for r in refs]
            assert _signed_volume(faces) > 0 and _is_closed(faces)
            roofs[sum(etree.QName(s).localname == "RoofSurface" for s in owner.iterfind("bldg:boundedBy/*", NS))] += 1
            n += 1
    assert n >= 200
    assert roofs[2] > 20 and roofs[4] > 20     # gable and hip roofs on houses
    assert roofs[1] > 20                       # flat roofs


def _local_faces(faces: list[np.ndarray]) -> list[list[tuple[float, float, float]]]:
    """Faces (lat lon h, closed rings) as open rings of local-metre tuples, rounded to the millimetre so
    that shared vertices compare equal."""
    allpts = np.concatenate(faces)
    x = np.round((allpts[:, 1] - 136.35) * 89797.74, 3).tolist()
    y = np.round((allpts[:, 0] - 36.32) * 110964.95, 3).tolist()
    z = np.round(allpts[:, 2], 3).tolist()
    out, i = [], 0
    for f in faces:
        out.append(list(zip(x[i:i + len(f) - 1], y[i:i + len(f) - 1], z[i:i + len(f) - 1])))
        i += len(f)
    return out


def _signed_volume(faces: list[np.ndarray]) -> float:
    vol = 0.0
    for p in _local_faces(faces):
        ax, ay, az = p[0]
        for (bx, by, bz), (cx, cy, cz) in zip(p[1:-1], p[2:]):
            vol += (ax * (by * cz - bz * cy) - ay * (bx * cz - bz * cx) + az * (bx * cy - by * cx)) / 6
    return vol


def _is_closed(faces: list[np.ndarray]) -> bool:
    """Every directed edge is matched by the reverse edge of a neighbouring face (a closed 2-manifold
    with consistently oriented faces)."""
    edges = Counter()
    for p in _local_faces(faces):
        for i in range(len(p)):
            edges[(p[i], p[(i + 1) % len(p)])] += 1
    return all(edges[(b, a)] == n for (a, b), n in edges.items())


def test_lod1_solids_are_closed_and_outward(sample):
    for _, b in sample.buildings:
        for solid in b.iterfind(".//bldg:lod1Solid", NS):
            faces = [_pts(p) for p in solid.iterfind(".//gml:posList", NS)]
            assert _signed_volume(faces) > 0 and _is_closed(faces), b.get(GML_ID)


def test_building_parts_station_and_hotel(sample):
    by_name = {b.findtext("gml:name", namespaces=NS): (mesh, b) for mesh, b in sample.buildings
               if b.findtext("gml:name", namespaces=NS)}
    mesh, station = by_name["加賀温泉駅"]
    assert mesh == "54363288"
    parts = station.findall("bldg:consistsOfBuildingPart/bldg:BuildingPart", NS)
    assert len(parts) == 3
    assert station.find("bldg:lod1Solid", NS) is None            # the parts carry the geometry
    lons = np.concatenate([p[:, 1] for p in Sample.footprints(station)])
    assert lons.min() < 136.35 < lons.max()                      # the complex reaches into 54363287
    union = shapely.union_all([Polygon(Sample.plane(p)) for p in Sample.footprints(station)])
    assert union.distance(shapely.Point(STATION_XY)) < 30.0
    assert station.findtext("bldg:usage", namespaces=NS) == "431"
    assert union.geom_type == "Polygon"                          # the parts join into one outline
    mesh, hotel = by_name["ホテル温泉中央口"]
    wings = hotel.findall("bldg:consistsOfBuildingPart/bldg:BuildingPart", NS)
    assert [w.findtext("gml:name", namespaces=NS) for w in wings] == ["本館", "西館", "東館"]
    assert shapely.union_all([Polygon(Sample.plane(p)) for p in Sample.footprints(hotel)]).geom_type == "Polygon"
    with_parts = [b for _, b in sample.buildings if b.find("bldg:consistsOfBuildingPart", NS) is not None]
    assert len(with_parts) >= 3


def test_each_building_is_in_the_mesh_holding_most_of_its_area(sample):
    boxes = {m: box(*mesh_box(m)) for m in MESHES}
    crossing = 0
    for mesh, b in sample.buildings:
        poly = shapely.union_all([Polygon(p[:, [1, 0]]) for p in Sample.footprints(b)])
        vertex_meshes = {jis_mesh(lat, lon) for p in Sample.footprints(b) for lat, lon, _ in p}
        assert mesh in vertex_meshes
        if len(vertex_meshes) > 1:
            crossing += 1
            shares = {m: poly.intersection(boxes[m]).area for m in vertex_meshes}
            assert shares[mesh] == max(shares.values())
    assert crossing > 10


def test_building_ground_agrees_with_the_dem(sample):
    with rasterio.open(SAMPLE_DEM) as src:
        assert src.crs.to_epsg() == 6668 and src.nodata == -9999
        grid, transform = src.read(1), tuple(src.transform)[:6]
    worst = 0.0
    for _, b in sample.buildings:
        for owner in b.findall("bldg:consistsOfBuildingPart/bldg:BuildingPart", NS) or [b]:
            edge = _pts(owner.find("bldg:lod0RoofEdge//gml:posList", NS))
            dem = bilinear(grid, transform, edge[:, 1], edge[:, 0], nodata=-9999.0).min()
            lod1 = np.concatenate([_pts(p) for p in owner.iterfind("bldg:lod1Solid//gml:posList", NS)])
            ground = lod1[:, 2].min()
            worst = max(worst, abs(ground - dem))
            for g in owner.iterfind("bldg:boundedBy/bldg:GroundSurface//gml:posList", NS):
                assert np.allclose(_pts(g)[:, 2], ground)
    assert worst <= 0.5


def test_heights_storeys_years_are_plausible_with_some_sentinels(sample):
    years, storeys, areas, usages = Counter(), [], [], Counter()
    for _, b in sample.buildings:
        usages[b.findtext("bldg:usage", namespaces=NS)] += 1
        years[b.findtext("bldg:yearOfConstruction", namespaces=NS)] += 1
        h = float(b.findtext("bldg:measuredHeight", namespaces=NS))
        assert 2.0 <= h <= 60.0
        s = int(b.findtext("bldg:storeysAboveGround", namespaces=NS))
        storeys.append(s)
        assert 1 <= s <= 12 or s == 9999
        for fa in b.iterfind(".//uro:totalFloorArea", NS):
            areas.append(float(fa.text))
    assert years["0001"] >= 5 and storeys.count(9999) >= 3 and areas.count(-9999.0) >= 3
    real_years = [int(y) for y in years if y != "0001"]
    assert min(real_years) >= 1950 and max(real_years) <= 2024
    assert usages["411"] > 1500          # mostly houses
    for code in ("401", "402", "403", "404", "412", "413", "421", "422", "431", "441", "451"):
        assert usages[code] > 0, code


#: the flood bands sample_data/README.md promises: L2 records within 380 m of the Dobashi river, L1 within 200 m
L2_BAND, L1_BAND = 380.0, 200.0


def test_flood_records_only_in_the_dobashi_river_band(sample):
    # the river's course is the generator's (invented) data; the distance to it is computed here with shapely,
    # not with the generator's own rule
    river = shapely.LineString(site.RIVER)
    flooded, farthest = 0, {"1": 0.0, "2": 0.0}
    for _, b in sample.buildings:
        recs = b.findall("uro:bldgDisasterRiskAttribute/uro:RiverFloodingRiskAttribute", NS)
        if not recs:
            continue
        flooded += 1
        union = shapely.union_all([Polygon(_local_xy(p)) for p in Sample.footprints(b)])
        distance = river.distance(union.centroid)
        assert distance <= L2_BAND + 1.0
        for scale in {r.findtext("uro:scale", namespaces=NS) for r in recs}:
            assert distance <= {"1": L1_BAND, "2": L2_BAND}[scale] + 1.0
            farthest[scale] = max(farthest[scale], distance)
        scales = {}
        for r in recs:
            assert r.findtext("uro:description", namespaces=NS) == "3"
            assert r.findtext("uro:adminType", namespaces=NS) == "2"
            depth = float(r.findtext("uro:depth", namespaces=NS))
            assert r.find("uro:depth", NS).get("uom") == "m"
            assert r.find("uro:duration", NS).get("uom") == "hour"
            rank = int(r.findtext("uro:rank", namespaces=NS))
            assert rank == 1 + sum(depth >= t for t in (0.5, 3, 5, 10, 20))
            scales[r.findtext("uro:scale", namespaces=NS)] = depth
        assert "2" in scales and scales.get("1", 0.0) <= scales["2"]
    assert flooded >= 200
    assert farthest["2"] > 300 and farthest["1"] > 150       # the bands reach out about as far as promised


def _local_xy(pts: np.ndarray) -> np.ndarray:
    return np.c_[(pts[:, 1] - 136.3505352) * 89797.74, (pts[:, 0] - 36.3202471) * 110964.95]


def test_landslide_records_at_the_foot_of_the_southern_hills(sample):
    n = 0
    for _, b in sample.buildings:
        recs = b.findall("uro:bldgDisasterRiskAttribute/uro:LandSlideRiskAttribute", NS)
        if recs:
            n += 1
            lat = np.concatenate([p[:, 0] for p in Sample.footprints(b)]).mean()
            assert lat < STATION_LATLON[0] - 0.005      # more than ~550 m south of the station
    assert 10 <= n <= 200


# --- roads -------------------------------------------------------------------------------------------

def test_roads_are_split_lod1_polygons_at_height_zero(sample):
    assert len(sample.roads) >= 500
    functions, sections = Counter(), Counter()
    holes = 0
    for _, r in sample.roads:
        functions[r.findtext("tran:function", namespaces=NS)] += 1
        rsa = r.find("uro:roadStructureAttribute/uro:RoadStructureAttribute", NS)
        sec = rsa.findtext("uro:sectionType", namespaces=NS)
        sections[sec] += 1
        assert float(rsa.findtext("uro:width", namespaces=NS)) > 0
        assert (rsa.find("uro:numberOfLanes", NS) is None) == (sec == "4")   # no lanes on junctions
        polys = r.findall("tran:lod1MultiSurface//gml:Polygon", NS)
        assert len(polys) == 1
        ext = Sample.plane(_pts(polys[0].find("gml:exterior//gml:posList", NS)))
        inner = [Sample.plane(_pts(p)) for p in polys[0].iterfind("gml:interior//gml:posList", NS)]
        holes += bool(inner)
        assert Polygon(ext, inner).is_valid
        for p in polys[0].iterfind(".//gml:posList", NS):
            assert (_pts(p)[:, 2] == 0).all()
    assert {"2", "3", "4"} <= set(functions)
    assert sections["4"] > 100 and sections["3"] >= 2 and sections["2"] >= 1 and sections["5"] >= 1
    assert holes == 2                                    # the two station rotaries
    route8 = [r for _, r in sample.roads if r.findtext("gml:name", namespaces=NS) == "国道8号"]
    assert route8
    for r in route8:
        rsa = r.find("uro:roadStructureAttribute/uro:RoadStructureAttribute", NS)
        assert rsa.findtext("uro:width", namespaces=NS) == "20"
        assert rsa.findtext("uro:numberOfLanes", namespaces=NS) == "4"
        assert r.findtext("tran:function", namespaces=NS) == "2"


def test_no_building_stands_on_a_road_or_on_another_building(sample):
    roads = []
    for _, r in sample.roads:
        p = r.find("tran:lod1MultiSurface//gml:Polygon", NS)
        roads.append(Polygon(Sample.plane(_pts(p.find("gml:exterior//gml:posList", NS))),
                             [Sample.plane(_pts(h)) for h in p.iterfind("gml:interior//gml:posList", NS)]))
    parts, owner = [], []
    for n, (_, b) in enumerate(sample.buildings):
        for p in Sample.footprints(b):
            parts.append(Polygon(Sample.plane(p)))
            owner.append(n)
    tree = shapely.STRtree(roads)
    for i, j in zip(*tree.query(parts, predicate="intersects")):
        assert parts[i].intersection(roads[j]).area < 0.01
    tree = shapely.STRtree(parts)
    for i, j in zip(*tree.query(parts, predicate="intersects")):
        if i < j:
            # BuildingParts that join overlap by a few centimetres; separate buildings never touch
            limit = 1.0 if owner[i] == owner[j] else 0.01
            assert parts[i].intersection(parts[j]).area < limit
