"""Small synthetic PLATEAU CityGML builders for the importer tests (files are written into tmp_path).

Buildings are boxes around a (lat, lon) point; every coordinate is written latitude, longitude, height
like real PLATEAU data. The i-UR attribute snippets follow the version table of the reference
(``plateau-citygml.md`` §7).
"""

from __future__ import annotations

import shutil
from pathlib import Path

URO = {
    "1.4": "http://www.kantei.go.jp/jp/singi/tiiki/toshisaisei/itoshisaisei/iur/uro/1.4",
    "1.5": "https://www.chisou.go.jp/tiiki/toshisaisei/itoshisaisei/iur/uro/1.5",
    "2.0": "https://www.geospatial.jp/iur/uro/2.0",
    "3.0": "https://www.geospatial.jp/iur/uro/3.0",
    "3.1": "https://www.geospatial.jp/iur/uro/3.1",
    "3.2": "https://www.geospatial.jp/iur/uro/3.2",
    "3.3": "https://www.geospatial.jp/iur/uro/3.3",
}
CL = "../../codelists/"

# Kaga Onsen Station
LAT0, LON0 = 36.3202, 136.3505


def root_open(uro: str | None = "3.1", srs: str = "http://www.opengis.net/def/crs/EPSG/0/6697") -> str:
    uro_decl = f' xmlns:uro="{URO.get(uro, uro)}"' if uro else ""
    return ('<?xml version="1.0" encoding="UTF-8"?>\n'
            '<core:CityModel xmlns:core="http://www.opengis.net/citygml/2.0" '
            'xmlns:bldg="http://www.opengis.net/citygml/building/2.0" '
            'xmlns:tran="http://www.opengis.net/citygml/transportation/2.0" '
            'xmlns:gen="http://www.opengis.net/citygml/generics/2.0" '
            'xmlns:app="http://www.opengis.net/citygml/appearance/2.0" '
            'xmlns:gml="http://www.opengis.net/gml" xmlns:xlink="http://www.w3.org/1999/xlink" '
            f'xmlns:xAL="urn:oasis:names:tc:ciq:xsdschema:xAL:2.0"{uro_decl}>\n'
            f' <gml:boundedBy><gml:Envelope srsName="{srs}" srsDimension="3">'
            f'<gml:lowerCorner>{LAT0 - 0.01} {LON0 - 0.01} 0</gml:lowerCorner>'
            f'<gml:upperCorner>{LAT0 + 0.01} {LON0 + 0.01} 100</gml:upperCorner>'
            '</gml:Envelope></gml:boundedBy>\n')


def citygml(members: list[str], uro: str | None = "3.1", appearance: str = "", bom: bool = False,
            srs: str = "http://www.opengis.net/def/crs/EPSG/0/6697") -> bytes:
    body = root_open(uro, srs) + "".join(f" <core:cityObjectMember>\n{m}\n </core:cityObjectMember>\n"
                                         for m in members)
    body += appearance + "</core:CityModel>\n"
    data = body.encode("utf-8")
    return (b"\xef\xbb\xbf" + data) if bom else data


def ring(points: list[tuple[float, float, float]]) -> str:
    pts = list(points) + [points[0]]
    return " ".join(f"{lat!r} {lon!r} {z!r}" for lat, lon, z in pts)


def polygon(points, pid: str | None = None, holes: list | None = None) -> str:
    idattr = f' gml:id="{pid}"' if pid else ""
    inner = "".join(f"<gml:interior><gml:LinearRing><gml:posList>{ring(h)}</gml:posList></gml:LinearRing>"
                    "</gml:interior>" for h in (holes or []))
    return (f"<gml:Polygon{idattr}><gml:exterior><gml:LinearRing><gml:posList>{ring(points)}</gml:posList>"
            f"</gml:LinearRing></gml:exterior>{inner}</gml:Polygon>")


def box_corners(lat: float, lon: float, d: float = 0.0001) -> list[tuple[float, float]]:
    """Counter-clockwise (seen from above, x = lon, y = lat) square around (lat, lon)."""
    return [(lat - d, lon - d), (lat - d, lon + d), (lat + d, lon + d), (lat + d, lon - d)]


def box_faces(lat, lon, z0, z1, d=0.0001) -> dict[str, list]:
    c = box_corners(lat, lon, d)
    bottom = [(a, b, z0) for a, b in reversed(c)]
    top = [(a, b, z1) for a, b in c]
    walls = [[(c[i][0], c[i][1], z0), (c[(i + 1) % 4][0], c[(i + 1) % 4][1], z0),
              (c[(i + 1) % 4][0], c[(i + 1) % 4][1], z1), (c[i][0], c[i][1], z1)] for i in range(4)]
    return {"bottom": bottom, "top": top, "walls": walls}


def lod0(lat, lon, z=0.0, d=0.0001, prop="lod0FootPrint", holes=None) -> str:
    pts = [(a, b, z) for a, b in box_corners(lat, lon, d)]
    return f"<bldg:{prop}><gml:MultiSurface><gml:surfaceMember>{polygon(pts, holes=holes)}</gml:surfaceMember>" \
           f"</gml:MultiSurface></bldg:{prop}>"


def lod1(lat, lon, z0, z1, d=0.0001) -> str:
    f = box_faces(lat, lon, z0, z1, d)
    members = [f["bottom"], f["top"], *f["walls"]]
    return ("<bldg:lod1Solid><gml:Solid><gml:exterior><gml:CompositeSurface>"
            + "".join(f"<gml:surfaceMember>{polygon(p)}</gml:surfaceMember>" for p in members)
            + "</gml:CompositeSurface></gml:exterior></gml:Solid></bldg:lod1Solid>")


def lod2(prefix: str, lat, lon, z0, z1, d=0.0001) -> str:
    """lod2Solid of xlinks + boundedBy Roof/Wall/Ground surfaces with polygon ids ``{prefix}-…``."""
    f = box_faces(lat, lon, z0, z1, d)
    surfaces = [("GroundSurface", [f["bottom"]]), ("RoofSurface", [f["top"]]), ("WallSurface", f["walls"])]
    ids = []
    bounded = ""
    for stype, polys in surfaces:
        members = ""
        for i, p in enumerate(polys):
            pid = f"{prefix}-{stype}-{i}"
            ids.append(pid)
            members += f"<gml:surfaceMember>{polygon(p, pid)}</gml:surfaceMember>"
        bounded += (f"<bldg:boundedBy><bldg:{stype} gml:id=\"{prefix}-{stype}\"><bldg:lod2MultiSurface>"
                    f"<gml:MultiSurface>{members}</gml:MultiSurface></bldg:lod2MultiSurface></bldg:{stype}>"
                    "</bldg:boundedBy>")
    solid = ("<bldg:lod2Solid><gml:Solid><gml:exterior><gml:CompositeSurface>"
             + "".join(f'<gml:surfaceMember xlink:href="#{i}"/>' for i in ids)
             + "</gml:CompositeSurface></gml:exterior></gml:Solid></bldg:lod2Solid>")
    return solid + bounded


def building(gml_id: str, *, lat=LAT0, lon=LON0, z0=10.0, height=8.0, attrs: str = "", geometry: str | None = None,
             with_lod0=True, with_lod1=True, with_lod2=False) -> str:
    if geometry is None:
        geometry = ""
        if with_lod0:
            geometry += lod0(lat, lon, 0.0)
        if with_lod1:
            geometry += lod1(lat, lon, z0, z0 + height)
        if with_lod2:
            geometry += lod2(gml_id, lat, lon, z0, z0 + height)
    return f'<bldg:Building gml:id="{gml_id}">{attrs}{geometry}</bldg:Building>'


def core_attrs(usage="411", height="8.5", above="2", below="0", year="1998", cls="3001") -> str:
    return (f'<bldg:class codeSpace="{CL}Building_class.xml">{cls}</bldg:class>'
            f'<bldg:usage codeSpace="{CL}Building_usage.xml">{usage}</bldg:usage>'
            f'<bldg:yearOfConstruction>{year}</bldg:yearOfConstruction>'
            f'<bldg:measuredHeight uom="m">{height}</bldg:measuredHeight>'
            f'<bldg:storeysAboveGround>{above}</bldg:storeysAboveGround>'
            f'<bldg:storeysBelowGround>{below}</bldg:storeysBelowGround>')


def uro_attrs(version: str, building_id: str, *, depth="1.25", rank="2", scale="2", area="125.5",
              structure="610", height_type="2") -> str:
    """Building ID, details, one river-flood record and data quality, on the paths of ``version``."""
    if version in ("1.4",):
        return (f'<gen:stringAttribute name="建物ID"><gen:value>{building_id}</gen:value></gen:stringAttribute>'
                '<gen:genericAttributeSet name="大聖寺川洪水浸水想定区域（想定最大規模）">'
                '<gen:stringAttribute name="規模"><gen:value>L2</gen:value></gen:stringAttribute>'
                f'<gen:stringAttribute name="浸水ランク"><gen:value>{rank}</gen:value></gen:stringAttribute>'
                f'<gen:measureAttribute name="浸水深"><gen:value uom="m">{depth}</gen:value></gen:measureAttribute>'
                '<gen:measureAttribute name="継続時間"><gen:value uom="hour">3.5</gen:value></gen:measureAttribute>'
                '</gen:genericAttributeSet>'
                f'<uro:buildingDetails><uro:BuildingDetails><uro:totalFloorArea uom="m2">{area}</uro:totalFloorArea>'
                f'<uro:buildingStructureType codeSpace="{CL}Building_buildingStructureType.xml">{structure}'
                '</uro:buildingStructureType></uro:BuildingDetails></uro:buildingDetails>')
    new = version in ("3.1", "3.2", "3.3")
    risk_prop = "bldgDisasterRiskAttribute" if new else "buildingDisasterRiskAttribute"
    risk_obj = "RiverFloodingRiskAttribute" if new else "BuildingRiverFloodingRiskAttribute"
    q_prop = "bldgDataQualityAttribute" if new else "buildingDataQualityAttribute"
    q_obj = "DataQualityAttribute" if new else "BuildingDataQualityAttribute"
    return (f'<uro:buildingIDAttribute><uro:BuildingIDAttribute><uro:buildingID>{building_id}</uro:buildingID>'
            '<uro:branchID>1</uro:branchID></uro:BuildingIDAttribute></uro:buildingIDAttribute>'
            f'<uro:buildingDetailAttribute><uro:BuildingDetailAttribute><uro:totalFloorArea uom="m2">{area}'
            f'</uro:totalFloorArea><uro:buildingStructureType codeSpace="{CL}Building_buildingStructureType.xml">'
            f'{structure}</uro:buildingStructureType><uro:surveyYear>2023</uro:surveyYear>'
            '</uro:BuildingDetailAttribute></uro:buildingDetailAttribute>'
            f'<uro:{risk_prop}><uro:{risk_obj}>'
            f'<uro:description codeSpace="{CL}{risk_obj}_description.xml">1</uro:description>'
            f'<uro:rank codeSpace="{CL}{risk_obj}_rank.xml">{rank}</uro:rank>'
            f'<uro:depth uom="m">{depth}</uro:depth>'
            f'<uro:adminType codeSpace="{CL}{risk_obj}_adminType.xml">2</uro:adminType>'
            f'<uro:scale codeSpace="{CL}{risk_obj}_scale.xml">{scale}</uro:scale>'
            '<uro:duration uom="hour">12</uro:duration>'
            f'</uro:{risk_obj}></uro:{risk_prop}>'
            f'<uro:{q_prop}><uro:{q_obj}>'
            f'<uro:lod1HeightType codeSpace="{CL}{q_obj}_lod1HeightType.xml">{height_type}</uro:lod1HeightType>'
            f'</uro:{q_obj}></uro:{q_prop}>')


def road(gml_id: str, *, lat=LAT0, lon=LON0, z=0.0, width="6.5", lanes="2", section="1", function="4",
         traffic_areas: bool = False) -> str:
    pts = [(lat, lon, z), (lat, lon + 0.001, z), (lat + 0.00005, lon + 0.001, z), (lat + 0.00005, lon, z)]
    geom = (f"<tran:lod1MultiSurface><gml:MultiSurface><gml:surfaceMember>{polygon(pts)}</gml:surfaceMember>"
            "</gml:MultiSurface></tran:lod1MultiSurface>")
    areas = ""
    if traffic_areas:
        half = [(lat, lon, z), (lat, lon + 0.001, z), (lat + 0.000025, lon + 0.001, z), (lat + 0.000025, lon, z)]
        side = [(lat + 0.000025, lon, z), (lat + 0.000025, lon + 0.001, z), (lat + 0.00005, lon + 0.001, z),
                (lat + 0.00005, lon, z)]
        areas = (f'<tran:trafficArea><tran:TrafficArea gml:id="{gml_id}-ta">'
                 f'<tran:function codeSpace="{CL}TrafficArea_function.xml">1</tran:function>'
                 f"<tran:lod2MultiSurface><gml:MultiSurface><gml:surfaceMember>{polygon(half, gml_id + '-p1')}"
                 "</gml:surfaceMember></gml:MultiSurface></tran:lod2MultiSurface></tran:TrafficArea></tran:trafficArea>"
                 f'<tran:auxiliaryTrafficArea><tran:AuxiliaryTrafficArea gml:id="{gml_id}-aux">'
                 f'<tran:function codeSpace="{CL}AuxiliaryTrafficArea_function.xml">2000</tran:function>'
                 f"<tran:lod2MultiSurface><gml:MultiSurface><gml:surfaceMember>{polygon(side, gml_id + '-p2')}"
                 "</gml:surfaceMember></gml:MultiSurface></tran:lod2MultiSurface></tran:AuxiliaryTrafficArea>"
                 "</tran:auxiliaryTrafficArea>")
    return (f'<tran:Road gml:id="{gml_id}">'
            f'<tran:class codeSpace="{CL}TransportationComplex_class.xml">1040</tran:class>'
            f'<tran:function codeSpace="{CL}Road_function.xml">{function}</tran:function>'
            f'<tran:usage codeSpace="{CL}Road_usage.xml">1</tran:usage>'
            f"{geom}{areas}"
            f'<uro:roadStructureAttribute><uro:RoadStructureAttribute>'
            f'<uro:widthType codeSpace="{CL}RoadStructureAttribute_widthType.xml">3</uro:widthType>'
            f'<uro:width uom="m">{width}</uro:width><uro:numberOfLanes>{lanes}</uro:numberOfLanes>'
            f'<uro:sectionType codeSpace="{CL}RoadStructureAttribute_sectionType.xml">{section}</uro:sectionType>'
            "</uro:RoadStructureAttribute></uro:roadStructureAttribute></tran:Road>")


def codelist(name: str, entries: dict[str, str]) -> str:
    defs = "".join(f'<gml:dictionaryEntry><gml:Definition gml:id="id{i}"><gml:description>{label}</gml:description>'
                   f"<gml:name>{code}</gml:name></gml:Definition></gml:dictionaryEntry>"
                   for i, (code, label) in enumerate(entries.items()))
    return ('<?xml version="1.0" encoding="UTF-8"?><gml:Dictionary xmlns:gml="http://www.opengis.net/gml" '
            f'gml:id="cl_{name}"><gml:name>{name}</gml:name>{defs}</gml:Dictionary>')


def dataset(root: Path, files: dict[str, bytes], codelists: dict[str, dict[str, str]] | None = None,
            shared_codelists: Path | None = None) -> Path:
    """A PLATEAU dataset folder: ``root/codelists`` and ``root/udx/<theme>/<file>``; returns root."""
    for rel, data in files.items():
        p = root / "udx" / rel
        p.parent.mkdir(parents=True, exist_ok=True)
        p.write_bytes(data)
    cl = root / "codelists"
    if codelists or shared_codelists:
        cl.mkdir(parents=True, exist_ok=True)
    for name, entries in (codelists or {}).items():
        (cl / name).write_text(codelist(name.rsplit(".", 1)[0], entries), encoding="utf-8")
    if shared_codelists is not None:
        for f in shared_codelists.iterdir():
            shutil.copyfile(f, cl / f.name)
    return root


# -- both ways: the compiled pieces against their Python paths ----------------------------------------------------
_DIGEST_SQL = (
    "SELECT gml_id, ST_AsWKB(footprint), ground_z, lod1_top_z, attributes FROM buildings ORDER BY id",
    "SELECT gml_id, surface_gml_id, surface_type, ST_AsWKB(geom) FROM building_surfaces ORDER BY ALL",
    "SELECT * EXCLUDE (source_id) FROM building_risks ORDER BY ALL",
    "SELECT gml_id, ST_AsWKB(geom), attributes FROM roads ORDER BY ALL",
    "SELECT surface_gml_id, ST_AsWKB(geom) FROM road_surfaces ORDER BY ALL",
    "SELECT warnings, skipped, feature_counts FROM sources ORDER BY id",
)


def digests_both_ways(tmp_path: Path, monkeypatch, module, native, paths: list[Path]) -> list[str]:
    """Import ``paths`` in-process into two new projects, with ``module._native`` set to ``native`` and to None (the
    Python path); the digests of every PLATEAU table (geometry as WKB), warnings and skips of both."""
    import hashlib

    from importers.registry import import_path
    from twin.store import Store

    monkeypatch.setenv("KAGA_PLATEAU_WORKERS", "0")
    digests = []
    for label, value in (("native", native), ("python", None)):
        monkeypatch.setattr(module, "_native", value)
        project = tmp_path / f"{label}.duckdb"
        with Store(project) as store:
            for path in paths:
                report = import_path(store, path)
                assert sum(report.counts.values()) >= 9, path.name
            h = hashlib.sha256()
            for sql in _DIGEST_SQL:
                h.update(repr(store.query(sql)).encode())
        digests.append(h.hexdigest())
    return digests


def workers_parse(monkeypatch) -> list[int]:
    """Make the import's worker processes parse even a small file (chunks go to them from the start, as they would
    not while they start: see ``pipeline.PARSE_WHILE_WORKERS_START``); the returned list counts the results they
    sent, for the test to check that they did."""
    from importers.plateau import pipeline

    got = [0]
    monkeypatch.setattr(pipeline, "PARSE_WHILE_WORKERS_START", False)
    real_get = pipeline.ChunkPool.get

    def get(self, timeout):
        res = real_get(self, timeout)
        if res is not None:
            got[0] += 1
        return res

    monkeypatch.setattr(pipeline.ChunkPool, "get", get)
    return got
