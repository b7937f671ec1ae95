"""Namespaces and the i-UR (``uro``) version table: the namespace in the file decides the element paths.

PLATEAU files are CityGML 2.0 plus the i-UR ADE. The ADE's namespace changed with every spec release
(reference ``plateau-citygml.md`` §7)::

    spec 1.x  uro 1.4  http://www.kantei.go.jp/jp/singi/tiiki/toshisaisei/itoshisaisei/iur/uro/1.4
              uro 1.5  https://www.chisou.go.jp/tiiki/toshisaisei/itoshisaisei/iur/uro/1.5
    spec 2.x  uro 2.0  https://www.geospatial.jp/iur/uro/2.0
    spec 3.x  uro 3.0  https://www.geospatial.jp/iur/uro/3.0
    spec 4.x  uro 3.1  https://www.geospatial.jp/iur/uro/3.1
    spec 5.x  uro 3.2  https://www.geospatial.jp/iur/uro/3.2

:class:`UroPaths` holds, for one version, the local names of the ADE properties the importer reads
(building ID, details, disaster risk, data quality, key-value pairs). :func:`detect_uro` finds the
version from a root element's namespace map. This module is pure: no lxml, no I/O.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

# --- fixed namespaces -----------------------------------------------------------------------------
CORE_NS = "http://www.opengis.net/citygml/2.0"
BLDG_NS = "http://www.opengis.net/citygml/building/2.0"
TRAN_NS = "http://www.opengis.net/citygml/transportation/2.0"
GEN_NS = "http://www.opengis.net/citygml/generics/2.0"
APP_NS = "http://www.opengis.net/citygml/appearance/2.0"
GML_NS = "http://www.opengis.net/gml"
XLINK_NS = "http://www.w3.org/1999/xlink"
XAL_NS = "urn:oasis:names:tc:ciq:xsdschema:xAL:2.0"

#: CityGML core namespaces accepted as a CityModel root (PLATEAU uses 2.0 only)
CORE_NAMESPACES = (CORE_NS,)

# --- i-UR versions --------------------------------------------------------------------------------
URO_NAMESPACES: dict[str, str] = {
    "1.4": "http://www.kantei.go.jp/jp/singi/tiiki/toshisaisei/itoshisaisei/iur/uro/1.4",
    "1.5": "https://www.chisou.go.jp/tiiki/toshisaisei/itoshisaisei/iur/uro/1.5",
    "2.0": "https://www.geospatial.jp/iur/uro/2.0",
    "3.0": "https://www.geospatial.jp/iur/uro/3.0",
    "3.1": "https://www.geospatial.jp/iur/uro/3.1",
    "3.2": "https://www.geospatial.jp/iur/uro/3.2",
}
SUPPORTED_URO = tuple(URO_NAMESPACES)

# Any namespace that looks like an i-UR urbanObject namespace, known or not (e.g. a future .../uro/3.3).
_URO_LIKE = re.compile(r"^https?://(?:www\.)?[^/]+/.*?/?iur/uro/(\d+(?:\.\d+)*)/?$")


@dataclass(frozen=True)
class UroPaths:
    """Local names (in the file's uro namespace) of the ADE properties read by the importer.

    Each ``*_props`` entry maps a property element name to the name of the object element inside it;
    an empty object name means the property holds the values directly.
    """

    version: str
    #: building ID property → object; the ID is uro:buildingID inside (2.0+)
    building_id_props: dict[str, str]
    #: generic string attribute holding the building ID (1.4: 建物ID)
    building_id_generic: str | None
    details_props: dict[str, str]
    #: disaster-risk container property names (the risk objects inside are mapped by RISK_OBJECTS)
    risk_props: tuple[str, ...]
    #: i-UR 1.4 carries flood risk as gen:genericAttributeSet with these member names
    generic_flood_sets: bool
    quality_props: dict[str, str]
    key_value_props: dict[str, str]
    tran_quality_props: dict[str, str]
    road_structure_props: dict[str, str]


# Risk object local names → risk_type. 2.0/3.0 prefix most of them with "Building"; 3.1+ drop it.
RISK_OBJECTS: dict[str, str] = {
    "BuildingRiverFloodingRiskAttribute": "river_flood",
    "RiverFloodingRiskAttribute": "river_flood",
    "BuildingInlandFloodingRiskAttribute": "inland_flood",
    "InlandFloodingRiskAttribute": "inland_flood",
    "BuildingReservoirFloodingRiskAttribute": "reservoir_flood",
    "ReservoirFloodingRiskAttribute": "reservoir_flood",
    "BuildingTsunamiRiskAttribute": "tsunami",
    "TsunamiRiskAttribute": "tsunami",
    "BuildingHighTideRiskAttribute": "high_tide",
    "HighTideRiskAttribute": "high_tide",
    "BuildingLandSlideRiskAttribute": "landslide",
    "LandSlideRiskAttribute": "landslide",
}
RISK_TYPES = ("river_flood", "inland_flood", "reservoir_flood", "tsunami", "high_tide", "landslide")

_V14 = UroPaths(
    version="1.4",
    building_id_props={},
    building_id_generic="建物ID",
    details_props={"buildingDetails": "BuildingDetails"},
    risk_props=(),
    generic_flood_sets=True,
    quality_props={},
    key_value_props={"extendedAttribute": "KeyValuePair"},
    tran_quality_props={},
    road_structure_props={"roadStructureAttribute": "RoadStructureAttribute"},
)
# i-UR 1.5 (chisou.go.jp) was short-lived; files mix the 1.4 generic attributes with the 2.0-style
# uro properties, so both are read.
_V15 = UroPaths(
    version="1.5",
    building_id_props={"buildingIDAttribute": "BuildingIDAttribute"},
    building_id_generic="建物ID",
    details_props={"buildingDetails": "BuildingDetails", "buildingDetailAttribute": "BuildingDetailAttribute"},
    risk_props=("buildingDisasterRiskAttribute",),
    generic_flood_sets=True,
    quality_props={"buildingDataQualityAttribute": "BuildingDataQualityAttribute"},
    key_value_props={"extendedAttribute": "KeyValuePair", "keyValuePairAttribute": "KeyValuePairAttribute"},
    tran_quality_props={"tranDataQualityAttribute": "TransportationDataQualityAttribute"},
    road_structure_props={"roadStructureAttribute": "RoadStructureAttribute"},
)
_V20 = UroPaths(
    version="2.0",
    building_id_props={"buildingIDAttribute": "BuildingIDAttribute"},
    building_id_generic=None,
    details_props={"buildingDetailAttribute": "BuildingDetailAttribute"},
    risk_props=("buildingDisasterRiskAttribute",),
    generic_flood_sets=False,
    quality_props={"buildingDataQualityAttribute": "BuildingDataQualityAttribute"},
    key_value_props={"keyValuePairAttribute": "KeyValuePairAttribute"},
    tran_quality_props={"tranDataQualityAttribute": "TransportationDataQualityAttribute"},
    road_structure_props={"roadStructureAttribute": "RoadStructureAttribute"},
)
_V30 = UroPaths(**{**_V20.__dict__, "version": "3.0"})
_V31 = UroPaths(
    version="3.1",
    building_id_props={"buildingIDAttribute": "BuildingIDAttribute"},
    building_id_generic=None,
    details_props={"buildingDetailAttribute": "BuildingDetailAttribute"},
    risk_props=("bldgDisasterRiskAttribute",),
    generic_flood_sets=False,
    quality_props={"bldgDataQualityAttribute": "DataQualityAttribute"},
    key_value_props={"bldgKeyValuePairAttribute": "KeyValuePairAttribute",
                     "keyValuePairAttribute": "KeyValuePairAttribute"},
    tran_quality_props={"tranDataQualityAttribute": "DataQualityAttribute"},
    road_structure_props={"roadStructureAttribute": "RoadStructureAttribute"},
)
_V32 = UroPaths(**{**_V31.__dict__, "version": "3.2"})

PATHS: dict[str, UroPaths] = {"1.4": _V14, "1.5": _V15, "2.0": _V20, "3.0": _V30, "3.1": _V31, "3.2": _V32}

#: used for files that declare no uro namespace at all (plain CityGML 2.0): only core attributes matter
NO_URO = UroPaths(**{**_V32.__dict__, "version": ""})


@dataclass(frozen=True)
class UroInfo:
    """The i-UR version of one file: what it declares and which paths are used to read it."""

    namespace: str | None      # the uro namespace URI in the file (None: no uro namespace)
    found: str | None          # version found in the namespace, e.g. "3.1" or "3.3"
    paths_version: str | None  # version whose paths are used (== found unless assumed)
    assumed: bool = False

    @property
    def paths(self) -> UroPaths:
        return PATHS[self.paths_version] if self.paths_version else NO_URO


class UnknownUroVersion(ValueError):
    def __init__(self, found: str, namespace: str):
        self.found, self.namespace = found, namespace
        super().__init__(f"unsupported i-UR version {found} (namespace {namespace}); "
                         f"supported versions: {', '.join(SUPPORTED_URO)}")


def uro_version_of(namespace: str) -> str | None:
    """The version string of an i-UR uro namespace (known or not), else None."""
    for v, ns in URO_NAMESPACES.items():
        if namespace == ns or namespace.rstrip("/") == ns or namespace.replace("http://", "https://") == ns:
            return v
    m = _URO_LIKE.match(namespace)
    return m.group(1) if m else None


def detect_uro(nsmap: dict[str | None, str], assume: str | None = None) -> UroInfo:
    """Find the i-UR version from a root element's namespace map.

    An unknown version raises :class:`UnknownUroVersion` unless ``assume`` names a supported version,
    whose paths are then used. ``assume`` is ignored for files with a known version.
    """
    found_ns = found = None
    for uri in nsmap.values():
        v = uro_version_of(uri)
        if v is not None:
            if v in PATHS:
                return UroInfo(uri, v, v)
            found_ns, found = uri, v
    if found is None:
        return UroInfo(None, None, None)
    if assume is None:
        raise UnknownUroVersion(found, found_ns)
    if assume not in PATHS:
        raise ValueError(f"assume_uro={assume!r} is not a supported i-UR version ({', '.join(SUPPORTED_URO)})")
    return UroInfo(found_ns, found, assume, assumed=True)


def nearest_supported(version: str) -> str:
    """The newest supported version not newer than ``version`` (else the oldest), for messages."""
    def key(v: str) -> tuple[int, ...]:
        return tuple(int(p) for p in v.split(".") if p.isdigit())
    older = [v for v in SUPPORTED_URO if key(v) <= key(version)]
    return max(older, key=key) if older else SUPPORTED_URO[0]


def clark(ns: str, local: str) -> str:
    return f"{{{ns}}}{local}"
