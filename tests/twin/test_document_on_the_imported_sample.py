"""TwinDocument on a project built by the real importers (the bundled sample), checked against the CityGML files
read here with lxml: Identify's risks, surfaces and flood summary, and attribute values per building."""

from __future__ import annotations

from collections import Counter

import numpy as np
import pytest
from lxml import etree

from twin.document import TwinDocument
from twin.paths import SAMPLE_CITYGML
from twin.store import Store

NS = {"core": "http://www.opengis.net/citygml/2.0", "bldg": "http://www.opengis.net/citygml/building/2.0",
      "gml": "http://www.opengis.net/gml", "uro": "https://www.geospatial.jp/iur/uro/3.1"}
GML_ID = f"{{{NS['gml']}}}id"


@pytest.fixture(scope="module")
def sample_buildings() -> dict[str, etree._Element]:
    out = {}
    for f in sorted((SAMPLE_CITYGML / "udx" / "bldg").glob("*.gml")):
        for b in etree.parse(str(f)).getroot().iterfind("core:cityObjectMember/bldg:Building", NS):
            out[b.get(GML_ID)] = b
    return out


@pytest.fixture(scope="module")
def doc(imported_sample_project):
    with Store(imported_sample_project, read_only=True) as s:
        d = TwinDocument(s)
        d.create_default_layers()
        yield d


def _buildings(doc):
    return doc.layers.by_kind("buildings")[0]


def test_identify_flood_records_are_the_files(doc, sample_buildings):
    layer = _buildings(doc)
    flooded = [(g, b) for g, b in sample_buildings.items()
               if b.find("uro:bldgDisasterRiskAttribute/uro:RiverFloodingRiskAttribute", NS) is not None]
    assert len(flooded) >= 200
    ids = dict(doc.store.query("SELECT gml_id, id FROM buildings"))
    for gml_id, b in flooded[::25]:
        recs = b.findall("uro:bldgDisasterRiskAttribute/uro:RiverFloodingRiskAttribute", NS)
        expected = sorted((r.findtext("uro:scale", namespaces=NS), float(r.findtext("uro:depth", namespaces=NS)),
                           r.findtext("uro:rank", namespaces=NS)) for r in recs)
        info = doc.identify(layer, ids[gml_id])
        got = sorted((r["scale_code"], r["depth_m"], r["rank_code"]) for r in info["risks"]
                     if r["risk_type"] == "river_flood")
        assert got == expected, gml_id
        all_risks = b.findall("uro:bldgDisasterRiskAttribute/*", NS)
        assert info["attributes"]["risk_count"] == len(all_risks)
        assert info["attributes"]["max_flood_depth"] == pytest.approx(max(d for _, d, _ in expected))


def test_identify_surfaces_of_the_station_with_its_parts(doc, sample_buildings):
    station = next(b for b in sample_buildings.values() if b.findtext("gml:name", namespaces=NS) == "加賀温泉駅")
    parts = station.findall("bldg:consistsOfBuildingPart/bldg:BuildingPart", NS)
    assert len(parts) == 3
    lod1 = sum(len(p.findall("bldg:lod1Solid//gml:Polygon", NS)) for p in parts)
    by_type = Counter(etree.QName(s).localname for p in parts for s in p.iterfind("bldg:boundedBy/*", NS)
                      for _ in s.iterfind(".//gml:Polygon", NS))
    fid = doc.store.query("SELECT id FROM buildings WHERE gml_id = ?", [station.get(GML_ID)])[0][0]
    info = doc.identify(_buildings(doc), fid)
    assert info["attributes"]["name"] == "加賀温泉駅" and info["attributes"]["usage_code"] == "431"
    assert info["surfaces"]["lod1"] == lod1
    assert info["surfaces"]["lod2"] == sum(by_type.values())
    assert info["surfaces"]["lod2_by_type"] == dict(by_type)
    lat, lon = info["geometry"]["latlon"]
    assert 36.319 < lat < 36.321 and 136.349 < lon < 136.352          # at Kaga Onsen Station


def test_attribute_values_per_building_are_the_files(doc, sample_buildings):
    layer = _buildings(doc)
    ids, values = doc.attribute_values(layer, "usage_code")
    by_gml = dict(doc.store.query("SELECT id, gml_id FROM buildings"))
    got = {by_gml[int(i)]: v for i, v in zip(np.asarray(ids).tolist(), np.asarray(values).tolist())}
    assert len(got) == len(sample_buildings)
    assert got == {g: b.findtext("bldg:usage", namespaces=NS) for g, b in sample_buildings.items()}
    ids, heights = doc.attribute_values(layer, "measured_height")
    heights = dict(zip(np.asarray(ids).tolist(), np.asarray(heights, dtype=float).tolist()))
    for i, g in list(by_gml.items())[::97]:
        assert heights[i] == pytest.approx(float(sample_buildings[g].findtext("bldg:measuredHeight", namespaces=NS)))
