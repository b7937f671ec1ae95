"""CityGML 2.0 + i-UR 3.1 writer for the sample's buildings and roads, one file per third-order mesh.

The XML follows real PLATEAU FY2024 files (element order, codeSpace paths, lat-lon-height posLists,
lod2Solid surfaces as xlinks to the boundary-surface polygons, BuildingParts carrying their own geometry),
written compactly to fit the size budget: one element per line without indentation, one line per polygon.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

from .buildings import Building, Part
from .geo import COORD_DECIMALS, Point, clip_to_box, mesh3_bounds, signed_area, to_latlon, to_local
from .rand import Ids
from .roads import RoadPiece
from .site import MESHES

CREATION_DATE = "2025-03-21"
CL = "../../codelists/"

NAMESPACES = (
    'xmlns:grp="http://www.opengis.net/citygml/cityobjectgroup/2.0" '
    'xmlns:core="http://www.opengis.net/citygml/2.0" '
    'xmlns:pbase="http://www.opengis.net/citygml/profiles/base/2.0" '
    'xmlns:smil20lang="http://www.w3.org/2001/SMIL20/Language" '
    'xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" '
    'xmlns:smil20="http://www.w3.org/2001/SMIL20/" '
    'xmlns:bldg="http://www.opengis.net/citygml/building/2.0" '
    'xmlns:xAL="urn:oasis:names:tc:ciq:xsdschema:xAL:2.0" '
    'xmlns:uro="https://www.geospatial.jp/iur/uro/3.1" '
    'xmlns:luse="http://www.opengis.net/citygml/landuse/2.0" '
    'xmlns:app="http://www.opengis.net/citygml/appearance/2.0" '
    'xmlns:gen="http://www.opengis.net/citygml/generics/2.0" '
    'xmlns:dem="http://www.opengis.net/citygml/relief/2.0" '
    'xmlns:tex="http://www.opengis.net/citygml/texturedsurface/2.0" '
    'xmlns:tun="http://www.opengis.net/citygml/tunnel/2.0" '
    'xmlns:xlink="http://www.w3.org/1999/xlink" '
    'xmlns:sch="http://www.ascc.net/xml/schematron" '
    'xmlns:veg="http://www.opengis.net/citygml/vegetation/2.0" '
    'xmlns:frn="http://www.opengis.net/citygml/cityfurniture/2.0" '
    'xmlns:gml="http://www.opengis.net/gml" '
    'xmlns:tran="http://www.opengis.net/citygml/transportation/2.0" '
    'xmlns:wtr="http://www.opengis.net/citygml/waterbody/2.0" '
    'xmlns:brid="http://www.opengis.net/citygml/bridge/2.0"'
)
SCHEMA_LOCATION = (
    "https://www.geospatial.jp/iur/uro/3.1 ../../schemas/iur/uro/3.1/urbanObject.xsd "
    "http://www.opengis.net/citygml/2.0 http://schemas.opengis.net/citygml/2.0/cityGMLBase.xsd "
    "http://www.opengis.net/citygml/building/2.0 http://schemas.opengis.net/citygml/building/2.0/building.xsd "
    "http://www.opengis.net/citygml/transportation/2.0 "
    "http://schemas.opengis.net/citygml/transportation/2.0/transportation.xsd "
    "http://www.opengis.net/citygml/generics/2.0 http://schemas.opengis.net/citygml/generics/2.0/generics.xsd "
    "http://www.opengis.net/gml http://schemas.opengis.net/gml/3.1.1/base/gml.xsd"
)
ROOF_TYPE = {"gable": "1", "hip": "2", "flat": "4", "shed": "5"}


def _num(v: float, digits: int) -> str:
    s = f"{v:.{digits}f}"
    if "." in s:
        s = s.rstrip("0").rstrip(".")
    return "0" if s in ("-0", "") else s


class _Extent:
    def __init__(self):
        self.lo = [float("inf")] * 3
        self.hi = [float("-inf")] * 3

    def add(self, lat: float, lon: float, z: float) -> None:
        for i, v in enumerate((lat, lon, z)):
            self.lo[i] = min(self.lo[i], v)
            self.hi[i] = max(self.hi[i], v)


@dataclass
class MeshFile:
    mesh: str
    members: list[str] = field(default_factory=list)
    extent: _Extent = field(default_factory=_Extent)
    buildings: int = 0
    lod2: int = 0
    parts: int = 0
    roads: int = 0
    flood_records: int = 0
    landslide_records: int = 0


class Writer:
    def __init__(self, ids: Ids):
        self.ids = ids
        self.ext = _Extent()

    # geometry ----------------------------------------------------------------------------------------
    def pos(self, pts: list[tuple[float, float, float]]) -> str:
        out = []
        for lat, lon, z in pts:
            self.ext.add(lat, lon, z)
            out.append(f"{_num(lat, COORD_DECIMALS)} {_num(lon, COORD_DECIMALS)} {_num(z, 2)}")
        return " ".join(out)

    def polygon(self, ring: list[tuple[float, float, float]], pid: str | None = None,
                holes: list[list[tuple[float, float, float]]] = ()) -> str:
        closed = ring + ring[:1]
        attr = f' gml:id="{pid}"' if pid else ""
        s = (f"<gml:Polygon{attr}><gml:exterior><gml:LinearRing><gml:posList>{self.pos(closed)}"
             f"</gml:posList></gml:LinearRing></gml:exterior>")
        for h in holes:
            s += (f"<gml:interior><gml:LinearRing><gml:posList>{self.pos(h + h[:1])}</gml:posList>"
                  f"</gml:LinearRing></gml:interior>")
        return s + "</gml:Polygon>"


def _lift(ll: list[tuple[float, float]], z: float) -> list[tuple[float, float, float]]:
    return [(lat, lon, z) for lat, lon in ll]


def lod2_surfaces(p: Part) -> list[tuple[str, list[tuple[float, float, float]]]]:
    """Boundary surfaces (type, ring) of a part, each ring counter-clockwise seen from outside."""
    ll = [to_latlon(x, y) for x, y in p.ring]
    g, e, r = p.ground, round(p.ground + p.eave, 2), round(p.ground + p.ridge, 2)
    n = len(ll)
    surfaces = [("GroundSurface", _lift(ll[::-1], g))]
    if p.roof == "flat" or n != 4:
        top = round(p.ground + p.ridge, 2)
        surfaces.append(("RoofSurface", _lift(ll, top)))
        for i in range(n):
            a, b = ll[i], ll[(i + 1) % n]
            surfaces.append(("WallSurface", [(*a, g), (*b, g), (*b, top), (*a, top)]))
        return surfaces
    p0, p1, p2, p3 = ll
    x = [to_local(*q) for q in ll]
    if p.roof == "gable":
        r1 = to_latlon((x[1][0] + x[2][0]) / 2, (x[1][1] + x[2][1]) / 2)
        r0 = to_latlon((x[3][0] + x[0][0]) / 2, (x[3][1] + x[0][1]) / 2)
        surfaces += [("RoofSurface", [(*p0, e), (*p1, e), (*r1, r), (*r0, r)]),
                     ("RoofSurface", [(*p2, e), (*p3, e), (*r0, r), (*r1, r)]),
                     ("WallSurface", [(*p0, g), (*p1, g), (*p1, e), (*p0, e)]),
                     ("WallSurface", [(*p1, g), (*p2, g), (*p2, e), (*r1, r), (*p1, e)]),
                     ("WallSurface", [(*p2, g), (*p3, g), (*p3, e), (*p2, e)]),
                     ("WallSurface", [(*p3, g), (*p0, g), (*p0, e), (*r0, r), (*p3, e)])]
    elif p.roof == "hip":
        half_len = ((x[1][0] - x[0][0]) ** 2 + (x[1][1] - x[0][1]) ** 2) ** 0.5 / 2
        half_wid = ((x[2][0] - x[1][0]) ** 2 + (x[2][1] - x[1][1]) ** 2) ** 0.5 / 2
        cx, cy = sum(q[0] for q in x) / 4, sum(q[1] for q in x) / 4
        ax, ay = (x[1][0] - x[0][0]) / (2 * half_len), (x[1][1] - x[0][1]) / (2 * half_len)
        k = max(half_len - half_wid, 0.5)
        r0 = to_latlon(cx - ax * k, cy - ay * k)
        r1 = to_latlon(cx + ax * k, cy + ay * k)
        surfaces += [("RoofSurface", [(*p0, e), (*p1, e), (*r1, r), (*r0, r)]),
                     ("RoofSurface", [(*p1, e), (*p2, e), (*r1, r)]),
                     ("RoofSurface", [(*p2, e), (*p3, e), (*r0, r), (*r1, r)]),
                     ("RoofSurface", [(*p3, e), (*p0, e), (*r0, r)])]
        for i in range(4):
            a, b = ll[i], ll[(i + 1) % 4]
            surfaces.append(("WallSurface", [(*a, g), (*b, g), (*b, e), (*a, e)]))
    else:  # shed: high side along p2-p3
        surfaces += [("RoofSurface", [(*p0, e), (*p1, e), (*p2, r), (*p3, r)]),
                     ("WallSurface", [(*p0, g), (*p1, g), (*p1, e), (*p0, e)]),
                     ("WallSurface", [(*p1, g), (*p2, g), (*p2, r), (*p1, e)]),
                     ("WallSurface", [(*p2, g), (*p3, g), (*p3, r), (*p2, r)]),
                     ("WallSurface", [(*p3, g), (*p0, g), (*p0, e), (*p3, r)])]
    return surfaces


# --- buildings ---------------------------------------------------------------------------------------

def _code(tag: str, codelist: str, value: str) -> str:
    return f'<{tag} codeSpace="{CL}{codelist}.xml">{value}</{tag}>'


def _part_geometry(w: Writer, p: Part, lod2: bool) -> list[str]:
    """lod0RoofEdge (z = 0 as in spec 4.x data), lod1Solid and, for LOD2, lod2Solid + boundedBy surfaces.

    Each roof face and the ground are their own boundary surface; the walls of a part are one WallSurface
    whose MultiSurface holds every wall polygon (both forms occur in real data). The lod2Solid refers to
    every polygon by xlink.
    """
    ll = [to_latlon(x, y) for x, y in p.ring]
    n = len(ll)
    g = p.ground
    top = round(g + p.lod1_height, 2)
    out = [f"<bldg:lod0RoofEdge><gml:MultiSurface><gml:surfaceMember>{w.polygon(_lift(ll, 0.0))}"
           "</gml:surfaceMember></gml:MultiSurface></bldg:lod0RoofEdge>",
           "<bldg:lod1Solid><gml:Solid><gml:exterior><gml:CompositeSurface>",
           f"<gml:surfaceMember>{w.polygon(_lift(ll[::-1], g))}</gml:surfaceMember>"]
    for i in range(n):
        a, b = ll[i], ll[(i + 1) % n]
        out.append(f"<gml:surfaceMember>{w.polygon([(*a, g), (*b, g), (*b, top), (*a, top)])}</gml:surfaceMember>")
    out += [f"<gml:surfaceMember>{w.polygon(_lift(ll, top))}</gml:surfaceMember>",
            "</gml:CompositeSurface></gml:exterior></gml:Solid></bldg:lod1Solid>"]
    if not lod2:
        return out
    groups: list[tuple[str, list]] = []
    for kind, ring in lod2_surfaces(p):
        if kind == "WallSurface" and groups and groups[-1][0] == "WallSurface":
            groups[-1][1].append(ring)
        else:
            groups.append((kind, [ring]))
    named = [(kind, w.ids.uuid("surface"), [(ring, w.ids.uuid("polygon")) for ring in rings])
             for kind, rings in groups]
    out.append("<bldg:lod2Solid><gml:Solid><gml:exterior><gml:CompositeSurface>")
    out += [f'<gml:surfaceMember xlink:href="#poly_{pid}"/>' for _, _, polys in named for _, pid in polys]
    out.append("</gml:CompositeSurface></gml:exterior></gml:Solid></bldg:lod2Solid>")
    for kind, sid, polys in named:
        out.append(f'<bldg:boundedBy><bldg:{kind} gml:id="surf_{sid}"><bldg:lod2MultiSurface><gml:MultiSurface>')
        out += [f"<gml:surfaceMember>{w.polygon(ring, f'poly_{pid}')}</gml:surfaceMember>" for ring, pid in polys]
        out.append(f"</gml:MultiSurface></bldg:lod2MultiSurface></bldg:{kind}></bldg:boundedBy>")
    return out


def _quality(lod2: bool, height_type: str) -> list[str]:
    q = ["<uro:bldgDataQualityAttribute>", "<uro:DataQualityAttribute>"]
    if lod2:
        q.append(_code("uro:lodType", "Building_lodType", "2.0"))
    return q + [_code("uro:lod1HeightType", "DataQualityAttribute_lod1HeightType", height_type),
                "</uro:DataQualityAttribute>", "</uro:bldgDataQualityAttribute>"]


def _detail(floor_area: float | None, footprint: float, structure: str, survey: str) -> list[str]:
    return ["<uro:buildingDetailAttribute>", "<uro:BuildingDetailAttribute>",
            f'<uro:totalFloorArea uom="m2">{"-9999" if floor_area is None else _num(floor_area, 2)}'
            "</uro:totalFloorArea>",
            f'<uro:buildingFootprintArea uom="m2">{_num(footprint, 2)}</uro:buildingFootprintArea>',
            _code("uro:buildingStructureType", "Building_buildingStructureType", structure),
            f"<uro:surveyYear>{survey}</uro:surveyYear>",
            "</uro:BuildingDetailAttribute>", "</uro:buildingDetailAttribute>"]


def _id_attr(building_id: str, part_id: int | None = None) -> list[str]:
    out = ["<uro:buildingIDAttribute>", "<uro:BuildingIDAttribute>", f"<uro:buildingID>{building_id}</uro:buildingID>"]
    if part_id is not None:
        out.append(f"<uro:partID>{part_id}</uro:partID>")
    return out + [_code("uro:prefecture", "Common_localPublicAuthorities", "17"),
                  _code("uro:city", "Common_localPublicAuthorities", "17206"),
                  "</uro:BuildingIDAttribute>", "</uro:buildingIDAttribute>"]


def _risks(b: Building) -> list[str]:
    out = []
    for rk in b.risks:
        if rk["kind"] == "river":
            out += ["<uro:bldgDisasterRiskAttribute>", "<uro:RiverFloodingRiskAttribute>",
                    _code("uro:description", "RiverFloodingRiskAttribute_description", rk["description"]),
                    _code("uro:rank", "RiverFloodingRiskAttribute_rank", rk["rank"]),
                    f'<uro:depth uom="m">{_num(rk["depth"], 3)}</uro:depth>',
                    _code("uro:adminType", "RiverFloodingRiskAttribute_adminType", rk["admin"]),
                    _code("uro:scale", "RiverFloodingRiskAttribute_scale", rk["scale"]),
                    f'<uro:duration uom="hour">{_num(rk["duration"], 2)}</uro:duration>',
                    "</uro:RiverFloodingRiskAttribute>", "</uro:bldgDisasterRiskAttribute>"]
        else:
            out += ["<uro:bldgDisasterRiskAttribute>", "<uro:LandSlideRiskAttribute>",
                    _code("uro:description", "LandSlideRiskAttribute_description", rk["description"]),
                    _code("uro:areaType", "LandSlideRiskAttribute_areaType", rk["area"]),
                    "</uro:LandSlideRiskAttribute>", "</uro:bldgDisasterRiskAttribute>"]
    return out


def _head(name: str | None, cls: str, usage: str, year: str, roof: str | None, height: float, storeys: str,
          below: int | None) -> list[str]:
    out = [f"<gml:name>{name}</gml:name>"] if name else []
    out += [f"<core:creationDate>{CREATION_DATE}</core:creationDate>",
            _code("bldg:class", "Building_class", cls),
            _code("bldg:usage", "Building_usage", usage),
            f"<bldg:yearOfConstruction>{year}</bldg:yearOfConstruction>"]
    if roof:
        out.append(_code("bldg:roofType", "Building_roofType", ROOF_TYPE[roof]))
    out += [f'<bldg:measuredHeight uom="m">{_num(height, 1)}</bldg:measuredHeight>',
            f"<bldg:storeysAboveGround>{storeys}</bldg:storeysAboveGround>"]
    if below is not None:
        out.append(f"<bldg:storeysBelowGround>{below}</bldg:storeysBelowGround>")
    return out


#: usages whose survey records no basement count (houses, farm buildings, sheds): storeysBelowGround is
#: written only when they have one
_NO_BASEMENT_RECORD = {"411", "451", "454"}


def building_xml(w: Writer, b: Building, building_id: str) -> str:
    out = ["<core:cityObjectMember>", f'<bldg:Building gml:id="bldg_{w.ids.uuid("bldg")}">']
    year = "0001" if "year" in b.sentinel else str(b.year)
    storeys = "9999" if "storeys" in b.sentinel else str(b.storeys_above)
    below = None if b.storeys_below == 0 and b.usage in _NO_BASEMENT_RECORD else b.storeys_below
    survey = "0001" if "survey_year" in b.sentinel else str(b.survey_year)
    roof = b.parts[0].roof if b.lod2 and not b.multipart else None
    out += _head(b.name, b.cls, b.usage, year, roof, b.measured_height, storeys, below)
    if not b.multipart:
        floor_area = None if "floor_area" in b.sentinel else b.total_floor_area
        out += _part_geometry(w, b.parts[0], b.lod2)
        out += _quality(b.lod2, b.lod1_height_type)
        out += _risks(b)
        out += _detail(floor_area, b.footprint_area, b.structure, survey)
        out += _id_attr(building_id)
    else:
        for i, p in enumerate(b.parts, 1):
            out += ["<bldg:consistsOfBuildingPart>", f'<bldg:BuildingPart gml:id="bldg_{w.ids.uuid("bldg")}">']
            out += _head(p.name, b.cls, p.usage or b.usage, str(p.year or b.year), p.roof, p.ridge,
                         str(p.storeys), 0)
            out += _part_geometry(w, p, True)
            out += _quality(True, b.lod1_height_type)
            out += _detail(p.area * p.storeys * b.floor_factor, p.area, p.structure or b.structure, survey)
            out += _id_attr(building_id, i)
            out += ["</bldg:BuildingPart>", "</bldg:consistsOfBuildingPart>"]
        out += _risks(b)
        out += _id_attr(building_id)
    out += ["</bldg:Building>", "</core:cityObjectMember>"]
    return "\n".join(out)


# --- roads -------------------------------------------------------------------------------------------

def _width_type(width: float) -> str:
    return "1" if width >= 15 else "2" if width >= 6 else "3" if width >= 4 else "4"


def road_xml(w: Writer, r: RoadPiece) -> str:
    out = ["<core:cityObjectMember>", f'<tran:Road gml:id="tran_{w.ids.uuid("tran")}">']
    if r.name:
        out.append(f"<gml:name>{r.name}</gml:name>")
    out += [f"<core:creationDate>{CREATION_DATE}</core:creationDate>",
            _code("tran:class", "TransportationComplex_class", "1040"),
            _code("tran:function", "Road_function", r.function)]
    if r.usage:
        out.append(_code("tran:usage", "Road_usage", r.usage))
    ring = _lift([to_latlon(x, y) for x, y in r.ring], 0.0)
    holes = [_lift([to_latlon(x, y) for x, y in h], 0.0) for h in r.holes]
    out.append(f"<tran:lod1MultiSurface><gml:MultiSurface><gml:surfaceMember>{w.polygon(ring, holes=holes)}"
               "</gml:surfaceMember></gml:MultiSurface></tran:lod1MultiSurface>")
    out += ["<uro:tranDataQualityAttribute>", "<uro:DataQualityAttribute>",
            _code("uro:geometrySrcDescLod1", "DataQualityAttribute_geometrySrcDesc", "000"),
            "</uro:DataQualityAttribute>", "</uro:tranDataQualityAttribute>",
            "<uro:roadStructureAttribute>", "<uro:RoadStructureAttribute>",
            _code("uro:widthType", "RoadStructureAttribute_widthType", _width_type(r.width)),
            f'<uro:width uom="m">{_num(r.width, 1)}</uro:width>']
    if r.lanes is not None:
        out.append(f"<uro:numberOfLanes>{r.lanes}</uro:numberOfLanes>")
    out += [_code("uro:sectionType", "RoadStructureAttribute_sectionType", r.section),
            "</uro:RoadStructureAttribute>", "</uro:roadStructureAttribute>",
            "</tran:Road>", "</core:cityObjectMember>"]
    return "\n".join(out)


# --- mesh assignment and files -------------------------------------------------------------------------

_MESH_BOXES = {}
for _m in MESHES:
    _s, _w, _n, _e = mesh3_bounds(_m)
    _x0, _y0 = to_local(_s, _w)
    _x1, _y1 = to_local(_n, _e)
    _MESH_BOXES[_m] = (_x0, _y0, _x1, _y1)


def assign_mesh(rings: list[list[Point]], holes: list[list[Point]] = ()) -> str:
    """The mesh holding the largest share of the plan area (m², 2 decimals); ties go to the smaller code."""
    best, best_area = None, -1.0
    for mesh, (x0, y0, x1, y1) in _MESH_BOXES.items():
        a = 0.0
        for ring in rings:
            c = clip_to_box(ring, x0, y0, x1, y1)
            a += abs(signed_area(c)) if len(c) >= 3 else 0.0
        for ring in holes:
            c = clip_to_box(ring, x0, y0, x1, y1)
            a -= abs(signed_area(c)) if len(c) >= 3 else 0.0
        a = round(a, 2)
        if a > best_area:
            best, best_area = mesh, a
    return best


def write_mesh_file(path: Path, members: list[str], extent: _Extent) -> None:
    lo = " ".join([_num(extent.lo[0], COORD_DECIMALS), _num(extent.lo[1], COORD_DECIMALS), _num(extent.lo[2], 2)])
    hi = " ".join([_num(extent.hi[0], COORD_DECIMALS), _num(extent.hi[1], COORD_DECIMALS), _num(extent.hi[2], 2)])
    head = ['<?xml version="1.0" encoding="UTF-8"?>',
            f'<core:CityModel {NAMESPACES} xsi:schemaLocation="{SCHEMA_LOCATION}">',
            "<gml:boundedBy>",
            '<gml:Envelope srsName="http://www.opengis.net/def/crs/EPSG/0/6697" srsDimension="3">',
            f"<gml:lowerCorner>{lo}</gml:lowerCorner>",
            f"<gml:upperCorner>{hi}</gml:upperCorner>",
            "</gml:Envelope>",
            "</gml:boundedBy>"]
    text = "\n".join(head + members + ["</core:CityModel>"]) + "\n"
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(text.encode("utf-8"))
