<?xml version="1.0" encoding="UTF-8"?>
<core:CityModel xmlns:grp="http://www.opengis.net/citygml/cityobjectgroup/2.0" xmlns:core="http://www.opengis.net/citygml/2.0" xmlns:pbase="http://www.opengis.net/citygml/profiles/base/2.0" xmlns:smil20lang="http://www.w3.org/2001/SMIL20/Language" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" xmlns:smil20="http://www.w3.org/2001/SMIL20/" xmlns:bldg="http://www.opengis.net/citygml/building/2.0" xmlns:xAL="urn:oasis:names:tc:ciq:xsdschema:xAL:2.0" xmlns:uro="https://www.geospatial.jp/iur/uro/3.1" xmlns:luse="http://www.opengis.net/citygml/landuse/2.0" xmlns:app="http://www.opengis.net/citygml/appearance/2.0" xmlns:gen="http://www.opengis.net/citygml/generics/2.0" xmlns:dem="http://www.opengis.net/citygml/relief/2.0" xmlns:tex="http://www.opengis.net/citygml/texturedsurface/2.0" xmlns:tun="http://www.opengis.net/citygml/tunnel/2.0" xmlns:xlink="http://www.w3.org/1999/xlink" xmlns:sch="http://www.ascc.net/xml/schematron" xmlns:veg="http://www.opengis.net/citygml/vegetation/2.0" xmlns:frn="http://www.opengis.net/citygml/cityfurniture/2.0" xmlns:gml="http://www.opengis.net/gml" xmlns:tran="http://www.opengis.net/citygml/transportation/2.0" xmlns:wtr="http://www.opengis.net/citygml/waterbody/2.0" xmlns:brid="http://www.opengis.net/citygml/bridge/2.0" xsi:schemaLocation="https://www.geospatial.jp/iur/uro/3.1 ../../schemas/iur/uro/3.1/urbanObject.xsd http://www.opengis.net/citygml/2.0 http://schemas.opengis.net/citygml/2.0/cityGMLBase.xsd http://www.opengis.net/citygml/building/2.0 http://schemas.opengis.net/citygml/building/2.0/building.xsd http://www.opengis.net/citygml/transportation/2.0 http://schemas.opengis.net/citygml/transportation/2.0/transportation.xsd http://www.opengis.net/citygml/generics/2.0 http://schemas.opengis.net/citygml/generics/2.0/generics.xsd http://www.opengis.net/gml http://schemas.opengis.net/gml/3.1.1/base/gml.xsd">
<gml:boundedBy>
<gml:Envelope srsName="http://www.opengis.net/def/crs/EPSG/0/6697" srsDimension="3">
<gml:lowerCorner>36.3157904 136.3614247 0</gml:lowerCorner>
<gml:upperCorner>36.325761 136.3749558 0</gml:upperCorner>
</gml:Envelope>
</gml:boundedBy>
<core:cityObjectMember>
<tran:Road gml:id="tran_97c88e34-1d4b-41ea-a7bf-084396f4dacd">
<core:creationDate>2025-03-21</core:creationDate>
<tran:class codeSpace="../../codelists/TransportationComplex_class.xml">1040</tran:class>
<tran:function codeSpace="../../codelists/Road_function.xml">2</tran:function>
<tran:lod1MultiSurface><gml:MultiSurface><gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3189854 136.3663283 0 36.3188167 136.3664065 0 36.3188978 136.3666739 0 36.3190666 136.3665957 0 36.3190724 136.3665865 0 36.3190845 136.3664537 0 36.3189854 136.3663283 0</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember></gml:MultiSurface></tran:lod1MultiSurface>
<uro:tranDataQualityAttribute>
<uro:DataQualityAttribute>
<uro:geometrySrcDescLod1 codeSpace="../../codelists/DataQualityAttribute_geometrySrcDesc.xml">000</uro:geometrySrcDescLod1>
</uro:DataQualityAttribute>
</uro:tranDataQualityAttribute>
<uro:roadStructureAttribute>
<uro:RoadStructureAttribute>
<uro:widthType codeSpace="../../codelists/RoadStructureAttribute_widthType.xml">1</uro:widthType>
<uro:width uom="m">20</uro:width>
<uro:sectionType codeSpace="../../codelists/RoadStructureAttribute_sectionType.xml">4</uro:sectionType>
</uro:RoadStructureAttribute>
</uro:roadStructureAttribute>
</tran:Road>
</core:cityObjectMember>
<core:cityObjectMember>
<tran:Road gml:id="tran_26c37b3d-84ef-4f31-b225-5eec840b5a55">
<core:creationDate>2025-03-21</core:creationDate>
<tran:class codeSpace="../../codelists/TransportationComplex_class.xml">1040</tran:class>
<tran:function codeSpace="../../codelists/Road_function.xml">2</tran:function>
<tran:lod1MultiSurface><gml:MultiSurface><gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3178487 136.3625826 0 36.31768 136.3626608 0 36.3176755 136.3626839 0 36.3176945 136.3627404 0 36.317706 136.3627465 0 36.3178748 136.3626683 0 36.3178793 136.3626453 0 36.3178602 136.3625887 0 36.3178487 136.3625826 0</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember></gml:MultiSurface></tran:lod1MultiSurface>
<uro:tranDataQualityAttribute>
<uro:DataQualityAttribute>
<uro:geometrySrcDescLod1 codeSpace="../../codelists/DataQualityAttribute_geometrySrcDesc.xml">000</uro:geometrySrcDescLod1>
</uro:DataQualityAttribute>
</uro:tranDataQualityAttribute>
<uro:roadStructureAttribute>
<uro:RoadStructureAttribute>
<uro:widthType codeSpace="../../codelists/RoadStructureAttribute_widthType.xml">1</uro:widthType>
<uro:width uom="m">20</uro:width>
<uro:sectionType codeSpace="../../codelists/RoadStructureAttribute_sectionType.xml">4</uro:sectionType>
</uro:RoadStructureAttribute>
</uro:roadStructureAttribute>
</tran:Road>
</core:cityObjectMember>
<core:cityObjectMember>
<tran:Road gml:id="tran_2e886963-41de-4e5a-9773-86b6a2061d5f">
<core:creationDate>2025-03-21</core:creationDate>
<tran:class codeSpace="../../codelists/TransportationComplex_class.xml">1040</tran:class>
<tran:function codeSpace="../../codelists/Road_function.xml">2</tran:function>
<tran:lod1MultiSurface><gml:MultiSurface><gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3182232 136.3638164 0 36.3180544 136.3638946 0 36.3180488 136.3639182 0 36.31808 136.3640107 0 36.3180915 136.3640169 0 36.3182603 136.3639387 0 36.3182658 136.363915 0 36.3182346 136.3638225 0 36.3182232 136.3638164 0</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember></gml:MultiSurface></tran:lod1MultiSurface>
<uro:tranDataQualityAttribute>
<uro:DataQualityAttribute>
<uro:geometrySrcDescLod1 codeSpace="../../codelists/DataQualityAttribute_geometrySrcDesc.xml">000</uro:geometrySrcDescLod1>
</uro:DataQualityAttribute>
</uro:tranDataQualityAttribute>
<uro:roadStructureAttribute>
<uro:RoadStructureAttribute>
<uro:widthType codeSpace="../../codelists/RoadStructureAttribute_widthType.xml">1</uro:widthType>
<uro:width uom="m">20</uro:width>
<uro:sectionType codeSpace="../../codelists/RoadStructureAttribute_sectionType.xml">4</uro:sectionType>
</uro:RoadStructureAttribute>
</uro:roadStructureAttribute>
</tran:Road>
</core:cityObjectMember>
<core:cityObjectMember>
<tran:Road gml:id="tran_cd0fada8-cf05-415d-8926-6a439209f0b8">
<core:creationDate>2025-03-21</core:creationDate>
<tran:class codeSpace="../../codelists/TransportationComplex_class.xml">1040</tran:class>
<tran:function codeSpace="../../codelists/Road_function.xml">2</tran:function>
<tran:lod1MultiSurface><gml:MultiSurface><gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3186087 136.3650867 0 36.3184399 136.3651649 0 36.3184354 136.365188 0 36.3184544 136.3652445 0 36.3184659 136.3652507 0 36.3186347 136.3651725 0 36.3186392 136.3651494 0 36.3186201 136.3650928 0 36.3186087 136.3650867 0</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember></gml:MultiSurface></tran:lod1MultiSurface>
<uro:tranDataQualityAttribute>
<uro:DataQualityAttribute>
<uro:geometrySrcDescLod1 codeSpace="../../codelists/DataQualityAttribute_geometrySrcDesc.xml">000</uro:geometrySrcDescLod1>
</uro:DataQualityAttribute>
</uro:tranDataQualityAttribute>
<uro:roadStructureAttribute>
<uro:RoadStructureAttribute>
<uro:widthType codeSpace="../../codelists/RoadStructureAttribute_widthType.xml">1</uro:widthType>
<uro:width uom="m">20</uro:width>
<uro:sectionType codeSpace="../../codelists/RoadStructureAttribute_sectionType.xml">4</uro:sectionType>
</uro:RoadStructureAttribute>
</uro:roadStructureAttribute>
</tran:Road>
</core:cityObjectMember>
<core:cityObjectMember>
<tran:Road gml:id="tran_54c3ab23-fe1c-489c-b7a5-76a2ca903290">
<core:creationDate>2025-03-21</core:creationDate>
<tran:class codeSpace="../../codelists/TransportationComplex_class.xml">1040</tran:class>
<tran:function codeSpace="../../codelists/Road_function.xml">2</tran:function>
<tran:lod1MultiSurface><gml:MultiSurface><gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3193847 136.3675777 0 36.3192197 136.3676675 0 36.319215 136.3676819 0 36.3192341 136.3677385 0 36.3192484 136.367748 0 36.3194134 136.3676582 0 36.319418 136.3676438 0 36.319399 136.3675872 0 36.3193847 136.3675777 0</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember></gml:MultiSurface></tran:lod1MultiSurface>
<uro:tranDataQualityAttribute>
<uro:DataQualityAttribute>
<uro:geometrySrcDescLod1 codeSpace="../../codelists/DataQualityAttribute_geometrySrcDesc.xml">000</uro:geometrySrcDescLod1>
</uro:DataQualityAttribute>
</uro:tranDataQualityAttribute>
<uro:roadStructureAttribute>
<uro:RoadStructureAttribute>
<uro:widthType codeSpace="../../codelists/RoadStructureAttribute_widthType.xml">1</uro:widthType>
<uro:width uom="m">20</uro:width>
<uro:sectionType codeSpace="../../codelists/RoadStructureAttribute_sectionType.xml">4</uro:sectionType>
</uro:RoadStructureAttribute>
</uro:roadStructureAttribute>
</tran:Road>
</core:cityObjectMember>
<core:cityObjectMember>
<tran:Road gml:id="tran_e80f4195-e3c2-401f-9a28-06770b2a57d8">
<core:creationDate>2025-03-21</core:creationDate>
<tran:class codeSpace="../../codelists/TransportationComplex_class.xml">1040</tran:class>
<tran:function codeSpace="../../codelists/Road_function.xml">2</tran:function>
<tran:lod1MultiSurface><gml:MultiSurface><gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3198141 136.3687832 0 36.3196492 136.3688729 0 36.3196445 136.3688874 0 36.3196757 136.3689799 0 36.3196906 136.3689891 0 36.3198555 136.3688994 0 36.3198602 136.3688849 0 36.319829 136.3687924 0 36.3198141 136.3687832 0</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember></gml:MultiSurface></tran:lod1MultiSurface>
<uro:tranDataQualityAttribute>
<uro:DataQualityAttribute>
<uro:geometrySrcDescLod1 codeSpace="../../codelists/DataQualityAttribute_geometrySrcDesc.xml">000</uro:geometrySrcDescLod1>
</uro:DataQualityAttribute>
</uro:tranDataQualityAttribute>
<uro:roadStructureAttribute>
<uro:RoadStructureAttribute>
<uro:widthType codeSpace="../../codelists/RoadStructureAttribute_widthType.xml">1</uro:widthType>
<uro:width uom="m">20</uro:width>
<uro:sectionType codeSpace="../../codelists/RoadStructureAttribute_sectionType.xml">4</uro:sectionType>
</uro:RoadStructureAttribute>
</uro:roadStructureAttribute>
</tran:Road>
</core:cityObjectMember>
<core:cityObjectMember>
<tran:Road gml:id="tran_9f269322-c408-4b19-bfa5-64b7160b87eb">
<core:creationDate>2025-03-21</core:creationDate>
<tran:class codeSpace="../../codelists/TransportationComplex_class.xml">1040</tran:class>
<tran:function codeSpace="../../codelists/Road_function.xml">2</tran:function>
<tran:lod1MultiSurface><gml:MultiSurface><gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3202563 136.3700243 0 36.3200913 136.3701141 0 36.3200867 136.3701286 0 36.3201057 136.3701851 0 36.32012 136.3701946 0 36.320285 136.3701049 0 36.3202897 136.3700904 0 36.3202706 136.3700338 0 36.3202563 136.3700243 0</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember></gml:MultiSurface></tran:lod1MultiSurface>
<uro:tranDataQualityAttribute>
<uro:DataQualityAttribute>
<uro:geometrySrcDescLod1 codeSpace="../../codelists/DataQualityAttribute_geometrySrcDesc.xml">000</uro:geometrySrcDescLod1>
</uro:DataQualityAttribute>
</uro:tranDataQualityAttribute>
<uro:roadStructureAttribute>
<uro:RoadStructureAttribute>
<uro:widthType codeSpace="../../codelists/RoadStructureAttribute_widthType.xml">1</uro:widthType>
<uro:width uom="m">20</uro:width>
<uro:sectionType codeSpace="../../codelists/RoadStructureAttribute_sectionType.xml">4</uro:sectionType>
</uro:RoadStructureAttribute>
</uro:roadStructureAttribute>
</tran:Road>
</core:cityObjectMember>
<core:cityObjectMember>
<tran:Road gml:id="tran_83bf3f7a-d6b8-4232-8055-d1e53d5d23dc">
<core:creationDate>2025-03-21</core:creationDate>
<tran:class codeSpace="../../codelists/TransportationComplex_class.xml">1040</tran:class>
<tran:function codeSpace="../../codelists/Road_function.xml">2</tran:function>
<tran:lod1MultiSurface><gml:MultiSurface><gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3206948 136.3712553 0 36.3205299 136.371345 0 36.3205252 136.3713595 0 36.320539 136.3714006 0 36.3205531 136.3714103 0 36.3207181 136.3713205 0 36.3207228 136.371306 0 36.3207089 136.3712649 0 36.3206948 136.3712553 0</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember></gml:MultiSurface></tran:lod1MultiSurface>
<uro:tranDataQualityAttribute>
<uro:DataQualityAttribute>
<uro:geometrySrcDescLod1 codeSpace="../../codelists/DataQualityAttribute_geometrySrcDesc.xml">000</uro:geometrySrcDescLod1>
</uro:DataQualityAttribute>
</uro:tranDataQualityAttribute>
<uro:roadStructureAttribute>
<uro:RoadStructureAttribute>
<uro:widthType codeSpace="../../codelists/RoadStructureAttribute_widthType.xml">1</uro:widthType>
<uro:width uom="m">20</uro:width>
<uro:sectionType codeSpace="../../codelists/RoadStructureAttribute_sectionType.xml">4</uro:sectionType>
</uro:RoadStructureAttribute>
</uro:roadStructureAttribute>
</tran:Road>
</core:cityObjectMember>
<core:cityObjectMember>
<tran:Road gml:id="tran_1c81d57c-1c9b-4104-9220-38c895d83962">
<core:creationDate>2025-03-21</core:creationDate>
<tran:class codeSpace="../../codelists/TransportationComplex_class.xml">1040</tran:class>
<tran:function codeSpace="../../codelists/Road_function.xml">2</tran:function>
<tran:lod1MultiSurface><gml:MultiSurface><gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3211279 136.372471 0 36.320963 136.3725607 0 36.3209583 136.3725752 0 36.3209773 136.3726317 0 36.3209917 136.3726412 0 36.3211566 136.3725515 0 36.3211613 136.372537 0 36.3211422 136.3724805 0 36.3211279 136.372471 0</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember></gml:MultiSurface></tran:lod1MultiSurface>
<uro:tranDataQualityAttribute>
<uro:DataQualityAttribute>
<uro:geometrySrcDescLod1 codeSpace="../../codelists/DataQualityAttribute_geometrySrcDesc.xml">000</uro:geometrySrcDescLod1>
</uro:DataQualityAttribute>
</uro:tranDataQualityAttribute>
<uro:roadStructureAttribute>
<uro:RoadStructureAttribute>
<uro:widthType codeSpace="../../codelists/RoadStructureAttribute_widthType.xml">1</uro:widthType>
<uro:width uom="m">20</uro:width>
<uro:sectionType codeSpace="../../codelists/RoadStructureAttribute_sectionType.xml">4</uro:sectionType>
</uro:RoadStructureAttribute>
</uro:roadStructureAttribute>
</tran:Road>
</core:cityObjectMember>
<core:cityObjectMember>
<tran:Road gml:id="tran_275812db-4050-4258-9cea-a85f3d285d0b">
<core:creationDate>2025-03-21</core:creationDate>
<tran:class codeSpace="../../codelists/TransportationComplex_class.xml">1040</tran:class>
<tran:function codeSpace="../../codelists/Road_function.xml">2</tran:function>
<tran:lod1MultiSurface><gml:MultiSurface><gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3215574 136.3736764 0 36.3213924 136.3737662 0 36.3213877 136.3737806 0 36.3214189 136.3738731 0 36.3214338 136.3738823 0 36.3215988 136.3737926 0 36.3216035 136.3737781 0 36.3215723 136.3736856 0 36.3215574 136.3736764 0</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember></gml:MultiSurface></tran:lod1MultiSurface>
<uro:tranDataQualityAttribute>
<uro:DataQualityAttribute>
<uro:geometrySrcDescLod1 codeSpace="../../codelists/DataQualityAttribute_geometrySrcDesc.xml">000</uro:geometrySrcDescLod1>
</uro:DataQualityAttribute>
</uro:tranDataQualityAttribute>
<uro:roadStructureAttribute>
<uro:RoadStructureAttribute>
<uro:widthType codeSpace="../../codelists/RoadStructureAttribute_widthType.xml">1</uro:widthType>
<uro:width uom="m">20</uro:width>
<uro:sectionType codeSpace="../../codelists/RoadStructureAttribute_sectionType.xml">4</uro:sectionType>
</uro:RoadStructureAttribute>
</uro:roadStructureAttribute>
</tran:Road>
</core:cityObjectMember>
<core:cityObjectMember>
<tran:Road gml:id="tran_ff1d3ed9-bef9-4a07-b451-618ecf5b2247">
<core:creationDate>2025-03-21</core:creationDate>
<tran:class codeSpace="../../codelists/TransportationComplex_class.xml">1040</tran:class>
<tran:function codeSpace="../../codelists/Road_function.xml">3</tran:function>
<tran:lod1MultiSurface><gml:MultiSurface><gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3212246 136.3666229 0 36.3211498 136.3666614 0 36.3211442 136.3666711 0 36.3211388 136.3668046 0 36.3212176 136.3668627 0 36.3212925 136.3668242 0 36.3212981 136.3668144 0 36.3213035 136.366681 0 36.3212246 136.3666229 0</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember></gml:MultiSurface></tran:lod1MultiSurface>
<uro:tranDataQualityAttribute>
<uro:DataQualityAttribute>
<uro:geometrySrcDescLod1 codeSpace="../../codelists/DataQualityAttribute_geometrySrcDesc.xml">000</uro:geometrySrcDescLod1>
</uro:DataQualityAttribute>
</uro:tranDataQualityAttribute>
<uro:roadStructureAttribute>
<uro:RoadStructureAttribute>
<uro:widthType codeSpace="../../codelists/RoadStructureAttribute_widthType.xml">2</uro:widthType>
<uro:width uom="m">12</uro:width>
<uro:sectionType codeSpace="../../codelists/RoadStructureAttribute_sectionType.xml">4</uro:sectionType>
</uro:RoadStructureAttribute>
</uro:roadStructureAttribute>
</tran:Road>
</core:cityObjectMember>
<core:cityObjectMember>
<tran:Road gml:id="tran_e73563b7-1b2b-4447-a17c-bc160c394caf">
<core:creationDate>2025-03-21</core:creationDate>
<tran:class codeSpace="../../codelists/TransportationComplex_class.xml">1040</tran:class>
<tran:function codeSpace="../../codelists/Road_function.xml">4</tran:function>
<tran:lod1MultiSurface><gml:MultiSurface><gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3174666 136.3671315 0 36.3174333 136.3671486 0 36.3174285 136.3671632 0 36.3174423 136.3672043 0 36.3174541 136.3672103 0 36.3174874 136.3671931 0 36.3174922 136.3671786 0 36.3174784 136.3671375 0 36.3174666 136.3671315 0</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember></gml:MultiSurface></tran:lod1MultiSurface>
<uro:tranDataQualityAttribute>
<uro:DataQualityAttribute>
<uro:geometrySrcDescLod1 codeSpace="../../codelists/DataQualityAttribute_geometrySrcDesc.xml">000</uro:geometrySrcDescLod1>
</uro:DataQualityAttribute>
</uro:tranDataQualityAttribute>
<uro:roadStructureAttribute>
<uro:RoadStructureAttribute>
<uro:widthType codeSpace="../../codelists/RoadStructureAttribute_widthType.xml">3</uro:widthType>
<uro:width uom="m">4</uro:width>
<uro:sectionType codeSpace="../../codelists/RoadStructureAttribute_sectionType.xml">4</uro:sectionType>
</uro:RoadStructureAttribute>
</uro:roadStructureAttribute>
</tran:Road>
</core:cityObjectMember>
<core:cityObjectMember>
<tran:Road gml:id="tran_bd78f168-e184-4a94-8a95-50477ea905b9">
<core:creationDate>2025-03-21</core:creationDate>
<tran:class codeSpace="../../codelists/TransportationComplex_class.xml">1040</tran:class>
<tran:function codeSpace="../../codelists/Road_function.xml">4</tran:function>
<tran:lod1MultiSurface><gml:MultiSurface><gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3241215 136.363705 0 36.3240882 136.3637221 0 36.3240834 136.3637367 0 36.3240972 136.3637778 0 36.324109 136.3637838 0 36.3241423 136.3637666 0 36.3241215 136.363705 0</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember></gml:MultiSurface></tran:lod1MultiSurface>
<uro:tranDataQualityAttribute>
<uro:DataQualityAttribute>
<uro:geometrySrcDescLod1 codeSpace="../../codelists/DataQualityAttribute_geometrySrcDesc.xml">000</uro:geometrySrcDescLod1>
</uro:DataQualityAttribute>
</uro:tranDataQualityAttribute>
<uro:roadStructureAttribute>
<uro:RoadStructureAttribute>
<uro:widthType codeSpace="../../codelists/RoadStructureAttribute_widthType.xml">3</uro:widthType>
<uro:width uom="m">4</uro:width>
<uro:sectionType codeSpace="../../codelists/RoadStructureAttribute_sectionType.xml">4</uro:sectionType>
</uro:RoadStructureAttribute>
</uro:roadStructureAttribute>
</tran:Road>
</core:cityObjectMember>
<core:cityObjectMember>
<tran:Road gml:id="tran_881a93b6-a53f-43b2-9f1e-61a86726c348">
<core:creationDate>2025-03-21</core:creationDate>
<tran:class codeSpace="../../codelists/TransportationComplex_class.xml">1040</tran:class>
<tran:function codeSpace="../../codelists/Road_function.xml">4</tran:function>
<tran:lod1MultiSurface><gml:MultiSurface><gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3208148 136.3654075 0 36.32074 136.3654461 0 36.3207351 136.3654606 0 36.320749 136.3655017 0 36.3207608 136.3655077 0 36.3208356 136.3654692 0 36.3208405 136.3654546 0 36.3208266 136.3654135 0 36.3208148 136.3654075 0</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember></gml:MultiSurface></tran:lod1MultiSurface>
<uro:tranDataQualityAttribute>
<uro:DataQualityAttribute>
<uro:geometrySrcDescLod1 codeSpace="../../codelists/DataQualityAttribute_geometrySrcDesc.xml">000</uro:geometrySrcDescLod1>
</uro:DataQualityAttribute>
</uro:tranDataQualityAttribute>
<uro:roadStructureAttribute>
<uro:RoadStructureAttribute>
<uro:widthType codeSpace="../../codelists/RoadStructureAttribute_widthType.xml">2</uro:widthType>
<uro:width uom="m">9</uro:width>
<uro:sectionType codeSpace="../../codelists/RoadStructureAttribute_sectionType.xml">4</uro:sectionType>
</uro:RoadStructureAttribute>
</uro:roadStructureAttribute>
</tran:Road>
</core:cityObjectMember>
<core:cityObjectMember>
<tran:Road gml:id="tran_a6706e2f-42a9-46c8-9f28-6476414bf85a">
<core:creationDate>2025-03-21</core:creationDate>
<tran:class codeSpace="../../codelists/TransportationComplex_class.xml">1040</tran:class>
<tran:function codeSpace="../../codelists/Road_function.xml">4</tran:function>
<tran:lod1MultiSurface><gml:MultiSurface><gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3248036 136.3633538 0 36.3247704 136.3633709 0 36.3247912 136.3634326 0 36.3248244 136.3634154 0 36.3248293 136.3634009 0 36.3248154 136.3633597 0 36.3248036 136.3633538 0</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember></gml:MultiSurface></tran:lod1MultiSurface>
<uro:tranDataQualityAttribute>
<uro:DataQualityAttribute>
<uro:geometrySrcDescLod1 codeSpace="../../codelists/DataQualityAttribute_geometrySrcDesc.xml">000</uro:geometrySrcDescLod1>
</uro:DataQualityAttribute>
</uro:tranDataQualityAttribute>
<uro:roadStructureAttribute>
<uro:RoadStructureAttribute>
<uro:widthType codeSpace="../../codelists/RoadStructureAttribute_widthType.xml">3</uro:widthType>
<uro:width uom="m">4</uro:width>
<uro:sectionType codeSpace="../../codelists/RoadStructureAttribute_sectionType.xml">4</uro:sectionType>
</uro:RoadStructureAttribute>
</uro:roadStructureAttribute>
</tran:Road>
</core:cityObjectMember>
<core:cityObjectMember>
<tran:Road gml:id="tran_ce9a74db-84ae-4df2-b9c5-91a7acbedf9f">
<core:creationDate>2025-03-21</core:creationDate>
<tran:class codeSpace="../../codelists/TransportationComplex_class.xml">1040</tran:class>
<tran:function codeSpace="../../codelists/Road_function.xml">4</tran:function>
<tran:lod1MultiSurface><gml:MultiSurface><gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3224786 136.3703417 0 36.3224037 136.3703802 0 36.3223989 136.3703948 0 36.3224127 136.3704359 0 36.3224245 136.3704419 0 36.3224994 136.3704034 0 36.3225042 136.3703888 0 36.3224904 136.3703477 0 36.3224786 136.3703417 0</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember></gml:MultiSurface></tran:lod1MultiSurface>
<uro:tranDataQualityAttribute>
<uro:DataQualityAttribute>
<uro:geometrySrcDescLod1 codeSpace="../../codelists/DataQualityAttribute_geometrySrcDesc.xml">000</uro:geometrySrcDescLod1>
</uro:DataQualityAttribute>
</uro:tranDataQualityAttribute>
<uro:roadStructureAttribute>
<uro:RoadStructureAttribute>
<uro:widthType codeSpace="../../codelists/RoadStructureAttribute_widthType.xml">2</uro:widthType>
<uro:width uom="m">9</uro:width>
<uro:sectionType codeSpace="../../codelists/RoadStructureAttribute_sectionType.xml">4</uro:sectionType>
</uro:RoadStructureAttribute>
</uro:roadStructureAttribute>
</tran:Road>
</core:cityObjectMember>
<core:cityObjectMember>
<tran:Road gml:id="tran_7f80bd99-874c-450e-b9df-d9ae8be64127">
<core:creationDate>2025-03-21</core:creationDate>
<tran:class codeSpace="../../codelists/TransportationComplex_class.xml">1040</tran:class>
<tran:function codeSpace="../../codelists/Road_function.xml">4</tran:function>
<tran:lod1MultiSurface><gml:MultiSurface><gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3191303 136.3720656 0 36.3190971 136.3720828 0 36.3190922 136.3720973 0 36.3191061 136.3721384 0 36.3191178 136.3721445 0 36.3191511 136.3721273 0 36.319156 136.3721127 0 36.3191421 136.3720716 0 36.3191303 136.3720656 0</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember></gml:MultiSurface></tran:lod1MultiSurface>
<uro:tranDataQualityAttribute>
<uro:DataQualityAttribute>
<uro:geometrySrcDescLod1 codeSpace="../../codelists/DataQualityAttribute_geometrySrcDesc.xml">000</uro:geometrySrcDescLod1>
</uro:DataQualityAttribute>
</uro:tranDataQualityAttribute>
<uro:roadStructureAttribute>
<uro:RoadStructureAttribute>
<uro:widthType codeSpace="../../codelists/RoadStructureAttribute_widthType.xml">3</uro:widthType>
<uro:width uom="m">4</uro:width>
<uro:sectionType codeSpace="../../codelists/RoadStructureAttribute_sectionType.xml">4</uro:sectionType>
</uro:RoadStructureAttribute>
</uro:roadStructureAttribute>
</tran:Road>
</core:cityObjectMember>
<core:cityObjectMember>
<tran:Road gml:id="tran_2387b19a-def9-4340-b3b2-78461ddeb0f7">
<core:creationDate>2025-03-21</core:creationDate>
<tran:class codeSpace="../../codelists/TransportationComplex_class.xml">1040</tran:class>
<tran:function codeSpace="../../codelists/Road_function.xml">4</tran:function>
<tran:lod1MultiSurface><gml:MultiSurface><gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.324953 136.3719329 0 36.3249031 136.3719586 0 36.3248983 136.3719731 0 36.3249295 136.3720656 0 36.3249412 136.3720716 0 36.3249911 136.3720459 0 36.324953 136.3719329 0</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember></gml:MultiSurface></tran:lod1MultiSurface>
<uro:tranDataQualityAttribute>
<uro:DataQualityAttribute>
<uro:geometrySrcDescLod1 codeSpace="../../codelists/DataQualityAttribute_geometrySrcDesc.xml">000</uro:geometrySrcDescLod1>
</uro:DataQualityAttribute>
</uro:tranDataQualityAttribute>
<uro:roadStructureAttribute>
<uro:RoadStructureAttribute>
<uro:widthType codeSpace="../../codelists/RoadStructureAttribute_widthType.xml">2</uro:widthType>
<uro:width uom="m">9</uro:width>
<uro:sectionType codeSpace="../../codelists/RoadStructureAttribute_sectionType.xml">4</uro:sectionType>
</uro:RoadStructureAttribute>
</uro:roadStructureAttribute>
</tran:Road>
</core:cityObjectMember>
<core:cityObjectMember>
<tran:Road gml:id="tran_a292ad88-5774-458b-b92a-0651cc16b526">
<core:creationDate>2025-03-21</core:creationDate>
<tran:class codeSpace="../../codelists/TransportationComplex_class.xml">1040</tran:class>
<tran:function codeSpace="../../codelists/Road_function.xml">4</tran:function>
<tran:lod1MultiSurface><gml:MultiSurface><gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3241212 136.3723612 0 36.3240712 136.3723869 0 36.3240664 136.3724014 0 36.3240976 136.3724939 0 36.3241094 136.3725 0 36.3241593 136.3724742 0 36.3241641 136.3724597 0 36.3241329 136.3723672 0 36.3241212 136.3723612 0</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember></gml:MultiSurface></tran:lod1MultiSurface>
<uro:tranDataQualityAttribute>
<uro:DataQualityAttribute>
<uro:geometrySrcDescLod1 codeSpace="../../codelists/DataQualityAttribute_geometrySrcDesc.xml">000</uro:geometrySrcDescLod1>
</uro:DataQualityAttribute>
</uro:tranDataQualityAttribute>
<uro:roadStructureAttribute>
<uro:RoadStructureAttribute>
<uro:widthType codeSpace="../../codelists/RoadStructureAttribute_widthType.xml">2</uro:widthType>
<uro:width uom="m">9</uro:width>
<uro:sectionType codeSpace="../../codelists/RoadStructureAttribute_sectionType.xml">4</uro:sectionType>
</uro:RoadStructureAttribute>
</uro:roadStructureAttribute>
</tran:Road>
</core:cityObjectMember>
<core:cityObjectMember>
<tran:Road gml:id="tran_51ed99b1-9d18-4332-9243-0ed1be7161fb">
<core:creationDate>2025-03-21</core:creationDate>
<tran:class codeSpace="../../codelists/TransportationComplex_class.xml">1040</tran:class>
<tran:function codeSpace="../../codelists/Road_function.xml">4</tran:function>
<tran:lod1MultiSurface><gml:MultiSurface><gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3245432 136.3736127 0 36.3244932 136.3736384 0 36.3244884 136.373653 0 36.3245075 136.3737095 0 36.3245192 136.3737155 0 36.3245691 136.3736898 0 36.324574 136.3736752 0 36.3245549 136.3736187 0 36.3245432 136.3736127 0</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember></gml:MultiSurface></tran:lod1MultiSurface>
<uro:tranDataQualityAttribute>
<uro:DataQualityAttribute>
<uro:geometrySrcDescLod1 codeSpace="../../codelists/DataQualityAttribute_geometrySrcDesc.xml">000</uro:geometrySrcDescLod1>
</uro:DataQualityAttribute>
</uro:tranDataQualityAttribute>
<uro:roadStructureAttribute>
<uro:RoadStructureAttribute>
<uro:widthType codeSpace="../../codelists/RoadStructureAttribute_widthType.xml">2</uro:widthType>
<uro:width uom="m">6</uro:width>
<uro:sectionType codeSpace="../../codelists/RoadStructureAttribute_sectionType.xml">4</uro:sectionType>
</uro:RoadStructureAttribute>
</uro:roadStructureAttribute>
</tran:Road>
</core:cityObjectMember>
<core:cityObjectMember>
<tran:Road gml:id="tran_65e45264-44a3-4f14-8deb-b6a68c589eb4">
<gml:name>国道8号</gml:name>
<core:creationDate>2025-03-21</core:creationDate>
<tran:class codeSpace="../../codelists/TransportationComplex_class.xml">1040</tran:class>
<tran:function codeSpace="../../codelists/Road_function.xml">2</tran:function>
<tran:usage codeSpace="../../codelists/Road_usage.xml">1</tran:usage>
<tran:lod1MultiSurface><gml:MultiSurface><gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.317706 136.3627465 0 36.3180544 136.3638946 0 36.3182232 136.3638164 0 36.3178748 136.3626683 0 36.317706 136.3627465 0</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember></gml:MultiSurface></tran:lod1MultiSurface>
<uro:tranDataQualityAttribute>
<uro:DataQualityAttribute>
<uro:geometrySrcDescLod1 codeSpace="../../codelists/DataQualityAttribute_geometrySrcDesc.xml">000</uro:geometrySrcDescLod1>
</uro:DataQualityAttribute>
</uro:tranDataQualityAttribute>
<uro:roadStructureAttribute>
<uro:RoadStructureAttribute>
<uro:widthType codeSpace="../../codelists/RoadStructureAttribute_widthType.xml">1</uro:widthType>
<uro:width uom="m">20</uro:width>
<uro:numberOfLanes>4</uro:numberOfLanes>
<uro:sectionType codeSpace="../../codelists/RoadStructureAttribute_sectionType.xml">1</uro:sectionType>
</uro:RoadStructureAttribute>
</uro:roadStructureAttribute>
</tran:Road>
</core:cityObjectMember>
<core:cityObjectMember>
<tran:Road gml:id="tran_88a05daf-ab98-4774-aa0f-0566778ba773">
<gml:name>国道8号</gml:name>
<core:creationDate>2025-03-21</core:creationDate>
<tran:class codeSpace="../../codelists/TransportationComplex_class.xml">1040</tran:class>
<tran:function codeSpace="../../codelists/Road_function.xml">2</tran:function>
<tran:usage codeSpace="../../codelists/Road_usage.xml">1</tran:usage>
<tran:lod1MultiSurface><gml:MultiSurface><gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3180915 136.3640169 0 36.3184399 136.3651649 0 36.3186087 136.3650867 0 36.3182603 136.3639387 0 36.3180915 136.3640169 0</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember></gml:MultiSurface></tran:lod1MultiSurface>
<uro:tranDataQualityAttribute>
<uro:DataQualityAttribute>
<uro:geometrySrcDescLod1 codeSpace="../../codelists/DataQualityAttribute_geometrySrcDesc.xml">000</uro:geometrySrcDescLod1>
</uro:DataQualityAttribute>
</uro:tranDataQualityAttribute>
<uro:roadStructureAttribute>
<uro:RoadStructureAttribute>
<uro:widthType codeSpace="../../codelists/RoadStructureAttribute_widthType.xml">1</uro:widthType>
<uro:width uom="m">20</uro:width>
<uro:numberOfLanes>4</uro:numberOfLanes>
<uro:sectionType codeSpace="../../codelists/RoadStructureAttribute_sectionType.xml">1</uro:sectionType>
</uro:RoadStructureAttribute>
</uro:roadStructureAttribute>
</tran:Road>
</core:cityObjectMember>
<core:cityObjectMember>
<tran:Road gml:id="tran_2cd49ea8-a03f-4581-9caf-733675df745f">
<gml:name>国道8号</gml:name>
<core:creationDate>2025-03-21</core:creationDate>
<tran:class codeSpace="../../codelists/TransportationComplex_class.xml">1040</tran:class>
<tran:function codeSpace="../../codelists/Road_function.xml">2</tran:function>
<tran:usage codeSpace="../../codelists/Road_usage.xml">1</tran:usage>
<tran:lod1MultiSurface><gml:MultiSurface><gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3184659 136.3652507 0 36.3188167 136.3664065 0 36.3189854 136.3663283 0 36.3186347 136.3651725 0 36.3184659 136.3652507 0</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember></gml:MultiSurface></tran:lod1MultiSurface>
<uro:tranDataQualityAttribute>
<uro:DataQualityAttribute>
<uro:geometrySrcDescLod1 codeSpace="../../codelists/DataQualityAttribute_geometrySrcDesc.xml">000</uro:geometrySrcDescLod1>
</uro:DataQualityAttribute>
</uro:tranDataQualityAttribute>
<uro:roadStructureAttribute>
<uro:RoadStructureAttribute>
<uro:widthType codeSpace="../../codelists/RoadStructureAttribute_widthType.xml">1</uro:widthType>
<uro:width uom="m">20</uro:width>
<uro:numberOfLanes>4</uro:numberOfLanes>
<uro:sectionType codeSpace="../../codelists/RoadStructureAttribute_sectionType.xml">1</uro:sectionType>
</uro:RoadStructureAttribute>
</uro:roadStructureAttribute>
</tran:Road>
</core:cityObjectMember>
<core:cityObjectMember>
<tran:Road gml:id="tran_dacaf7b4-64bd-4e35-a6f2-8bb04eab5745">
<gml:name>国道8号</gml:name>
<core:creationDate>2025-03-21</core:creationDate>
<tran:class codeSpace="../../codelists/TransportationComplex_class.xml">1040</tran:class>
<tran:function codeSpace="../../codelists/Road_function.xml">2</tran:function>
<tran:usage codeSpace="../../codelists/Road_usage.xml">1</tran:usage>
<tran:lod1MultiSurface><gml:MultiSurface><gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3188978 136.3666739 0 36.3190822 136.3672814 0 36.3192197 136.3676675 0 36.3193847 136.3675777 0 36.3192492 136.3671974 0 36.3190666 136.3665957 0 36.3188978 136.3666739 0</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember></gml:MultiSurface></tran:lod1MultiSurface>
<uro:tranDataQualityAttribute>
<uro:DataQualityAttribute>
<uro:geometrySrcDescLod1 codeSpace="../../codelists/DataQualityAttribute_geometrySrcDesc.xml">000</uro:geometrySrcDescLod1>
</uro:DataQualityAttribute>
</uro:tranDataQualityAttribute>
<uro:roadStructureAttribute>
<uro:RoadStructureAttribute>
<uro:widthType codeSpace="../../codelists/RoadStructureAttribute_widthType.xml">1</uro:widthType>
<uro:width uom="m">20</uro:width>
<uro:numberOfLanes>4</uro:numberOfLanes>
<uro:sectionType codeSpace="../../codelists/RoadStructureAttribute_sectionType.xml">1</uro:sectionType>
</uro:RoadStructureAttribute>
</uro:roadStructureAttribute>
</tran:Road>
</core:cityObjectMember>
<core:cityObjectMember>
<tran:Road gml:id="tran_4a4f543c-1d05-485a-92a4-84c2ab22c704">
<gml:name>国道8号</gml:name>
<core:creationDate>2025-03-21</core:creationDate>
<tran:class codeSpace="../../codelists/TransportationComplex_class.xml">1040</tran:class>
<tran:function codeSpace="../../codelists/Road_function.xml">2</tran:function>
<tran:usage codeSpace="../../codelists/Road_usage.xml">1</tran:usage>
<tran:lod1MultiSurface><gml:MultiSurface><gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3192484 136.367748 0 36.3196492 136.3688729 0 36.3198141 136.3687832 0 36.3194134 136.3676582 0 36.3192484 136.367748 0</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember></gml:MultiSurface></tran:lod1MultiSurface>
<uro:tranDataQualityAttribute>
<uro:DataQualityAttribute>
<uro:geometrySrcDescLod1 codeSpace="../../codelists/DataQualityAttribute_geometrySrcDesc.xml">000</uro:geometrySrcDescLod1>
</uro:DataQualityAttribute>
</uro:tranDataQualityAttribute>
<uro:roadStructureAttribute>
<uro:RoadStructureAttribute>
<uro:widthType codeSpace="../../codelists/RoadStructureAttribute_widthType.xml">1</uro:widthType>
<uro:width uom="m">20</uro:width>
<uro:numberOfLanes>4</uro:numberOfLanes>
<uro:sectionType codeSpace="../../codelists/RoadStructureAttribute_sectionType.xml">1</uro:sectionType>
</uro:RoadStructureAttribute>
</uro:roadStructureAttribute>
</tran:Road>
</core:cityObjectMember>
<core:cityObjectMember>
<tran:Road gml:id="tran_62b41f60-b64e-4d90-b385-207af18059f8">
<gml:name>国道8号</gml:name>
<core:creationDate>2025-03-21</core:creationDate>
<tran:class codeSpace="../../codelists/TransportationComplex_class.xml">1040</tran:class>
<tran:function codeSpace="../../codelists/Road_function.xml">2</tran:function>
<tran:usage codeSpace="../../codelists/Road_usage.xml">1</tran:usage>
<tran:lod1MultiSurface><gml:MultiSurface><gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3196906 136.3689891 0 36.3200913 136.3701141 0 36.3202563 136.3700243 0 36.3198555 136.3688994 0 36.3196906 136.3689891 0</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember></gml:MultiSurface></tran:lod1MultiSurface>
<uro:tranDataQualityAttribute>
<uro:DataQualityAttribute>
<uro:geometrySrcDescLod1 codeSpace="../../codelists/DataQualityAttribute_geometrySrcDesc.xml">000</uro:geometrySrcDescLod1>
</uro:DataQualityAttribute>
</uro:tranDataQualityAttribute>
<uro:roadStructureAttribute>
<uro:RoadStructureAttribute>
<uro:widthType codeSpace="../../codelists/RoadStructureAttribute_widthType.xml">1</uro:widthType>
<uro:width uom="m">20</uro:width>
<uro:numberOfLanes>4</uro:numberOfLanes>
<uro:sectionType codeSpace="../../codelists/RoadStructureAttribute_sectionType.xml">1</uro:sectionType>
</uro:RoadStructureAttribute>
</uro:roadStructureAttribute>
</tran:Road>
</core:cityObjectMember>
<core:cityObjectMember>
<tran:Road gml:id="tran_6070546d-bf20-497d-8d80-b9d811ecfa4b">
<gml:name>国道8号</gml:name>
<core:creationDate>2025-03-21</core:creationDate>
<tran:class codeSpace="../../codelists/TransportationComplex_class.xml">1040</tran:class>
<tran:function codeSpace="../../codelists/Road_function.xml">2</tran:function>
<tran:usage codeSpace="../../codelists/Road_usage.xml">1</tran:usage>
<tran:lod1MultiSurface><gml:MultiSurface><gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.32012 136.3701946 0 36.3205299 136.371345 0 36.3206948 136.3712553 0 36.320285 136.3701049 0 36.32012 136.3701946 0</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember></gml:MultiSurface></tran:lod1MultiSurface>
<uro:tranDataQualityAttribute>
<uro:DataQualityAttribute>
<uro:geometrySrcDescLod1 codeSpace="../../codelists/DataQualityAttribute_geometrySrcDesc.xml">000</uro:geometrySrcDescLod1>
</uro:DataQualityAttribute>
</uro:tranDataQualityAttribute>
<uro:roadStructureAttribute>
<uro:RoadStructureAttribute>
<uro:widthType codeSpace="../../codelists/RoadStructureAttribute_widthType.xml">1</uro:widthType>
<uro:width uom="m">20</uro:width>
<uro:numberOfLanes>4</uro:numberOfLanes>
<uro:sectionType codeSpace="../../codelists/RoadStructureAttribute_sectionType.xml">1</uro:sectionType>
</uro:RoadStructureAttribute>
</uro:roadStructureAttribute>
</tran:Road>
</core:cityObjectMember>
<core:cityObjectMember>
<tran:Road gml:id="tran_fa5c558b-13cd-47c6-8819-9bf92f4d8e0c">
<gml:name>国道8号</gml:name>
<core:creationDate>2025-03-21</core:creationDate>
<tran:class codeSpace="../../codelists/TransportationComplex_class.xml">1040</tran:class>
<tran:function codeSpace="../../codelists/Road_function.xml">2</tran:function>
<tran:usage codeSpace="../../codelists/Road_usage.xml">1</tran:usage>
<tran:lod1MultiSurface><gml:MultiSurface><gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3205531 136.3714103 0 36.320963 136.3725607 0 36.3211279 136.372471 0 36.3207181 136.3713205 0 36.3205531 136.3714103 0</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember></gml:MultiSurface></tran:lod1MultiSurface>
<uro:tranDataQualityAttribute>
<uro:DataQualityAttribute>
<uro:geometrySrcDescLod1 codeSpace="../../codelists/DataQualityAttribute_geometrySrcDesc.xml">000</uro:geometrySrcDescLod1>
</uro:DataQualityAttribute>
</uro:tranDataQualityAttribute>
<uro:roadStructureAttribute>
<uro:RoadStructureAttribute>
<uro:widthType codeSpace="../../codelists/RoadStructureAttribute_widthType.xml">1</uro:widthType>
<uro:width uom="m">20</uro:width>
<uro:numberOfLanes>4</uro:numberOfLanes>
<uro:sectionType codeSpace="../../codelists/RoadStructureAttribute_sectionType.xml">1</uro:sectionType>
</uro:RoadStructureAttribute>
</uro:roadStructureAttribute>
</tran:Road>
</core:cityObjectMember>
<core:cityObjectMember>
<tran:Road gml:id="tran_00f79d4b-68a4-4514-aef3-25a369ab0aeb">
<gml:name>国道8号</gml:name>
<core:creationDate>2025-03-21</core:creationDate>
<tran:class codeSpace="../../codelists/TransportationComplex_class.xml">1040</tran:class>
<tran:function codeSpace="../../codelists/Road_function.xml">2</tran:function>
<tran:usage codeSpace="../../codelists/Road_usage.xml">1</tran:usage>
<tran:lod1MultiSurface><gml:MultiSurface><gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3209916 136.3726412 0 36.3213924 136.3737662 0 36.3215574 136.3736764 0 36.3211566 136.3725515 0 36.3209916 136.3726412 0</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember></gml:MultiSurface></tran:lod1MultiSurface>
<uro:tranDataQualityAttribute>
<uro:DataQualityAttribute>
<uro:geometrySrcDescLod1 codeSpace="../../codelists/DataQualityAttribute_geometrySrcDesc.xml">000</uro:geometrySrcDescLod1>
</uro:DataQualityAttribute>
</uro:tranDataQualityAttribute>
<uro:roadStructureAttribute>
<uro:RoadStructureAttribute>
<uro:widthType codeSpace="../../codelists/RoadStructureAttribute_widthType.xml">1</uro:widthType>
<uro:width uom="m">20</uro:width>
<uro:numberOfLanes>4</uro:numberOfLanes>
<uro:sectionType codeSpace="../../codelists/RoadStructureAttribute_sectionType.xml">1</uro:sectionType>
</uro:RoadStructureAttribute>
</uro:roadStructureAttribute>
</tran:Road>
</core:cityObjectMember>
<core:cityObjectMember>
<tran:Road gml:id="tran_45288507-e48f-45f9-bd47-b27f1901d2c7">
<gml:name>国道8号</gml:name>
<core:creationDate>2025-03-21</core:creationDate>
<tran:class codeSpace="../../codelists/TransportationComplex_class.xml">1040</tran:class>
<tran:function codeSpace="../../codelists/Road_function.xml">2</tran:function>
<tran:usage codeSpace="../../codelists/Road_usage.xml">1</tran:usage>
<tran:lod1MultiSurface><gml:MultiSurface><gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3214338 136.3738824 0 36.3218162 136.3749558 0 36.3219812 136.374866 0 36.3215988 136.3737926 0 36.3214338 136.3738824 0</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember></gml:MultiSurface></tran:lod1MultiSurface>
<uro:tranDataQualityAttribute>
<uro:DataQualityAttribute>
<uro:geometrySrcDescLod1 codeSpace="../../codelists/DataQualityAttribute_geometrySrcDesc.xml">000</uro:geometrySrcDescLod1>
</uro:DataQualityAttribute>
</uro:tranDataQualityAttribute>
<uro:roadStructureAttribute>
<uro:RoadStructureAttribute>
<uro:widthType codeSpace="../../codelists/RoadStructureAttribute_widthType.xml">1</uro:widthType>
<uro:width uom="m">20</uro:width>
<uro:numberOfLanes>4</uro:numberOfLanes>
<uro:sectionType codeSpace="../../codelists/RoadStructureAttribute_sectionType.xml">1</uro:sectionType>
</uro:RoadStructureAttribute>
</uro:roadStructureAttribute>
</tran:Road>
</core:cityObjectMember>
<core:cityObjectMember>
<tran:Road gml:id="tran_1a996bd8-a30b-4a0c-b105-d002aeeae618">
<core:creationDate>2025-03-21</core:creationDate>
<tran:class codeSpace="../../codelists/TransportationComplex_class.xml">1040</tran:class>
<tran:function codeSpace="../../codelists/Road_function.xml">3</tran:function>
<tran:usage codeSpace="../../codelists/Road_usage.xml">2</tran:usage>
<tran:lod1MultiSurface><gml:MultiSurface><gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3251574 136.3669191 0 36.3213035 136.366681 0 36.3212981 136.3668144 0 36.325152 136.3670526 0 36.3251574 136.3669191 0</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember></gml:MultiSurface></tran:lod1MultiSurface>
<uro:tranDataQualityAttribute>
<uro:DataQualityAttribute>
<uro:geometrySrcDescLod1 codeSpace="../../codelists/DataQualityAttribute_geometrySrcDesc.xml">000</uro:geometrySrcDescLod1>
</uro:DataQualityAttribute>
</uro:tranDataQualityAttribute>
<uro:roadStructureAttribute>
<uro:RoadStructureAttribute>
<uro:widthType codeSpace="../../codelists/RoadStructureAttribute_widthType.xml">2</uro:widthType>
<uro:width uom="m">12</uro:width>
<uro:numberOfLanes>2</uro:numberOfLanes>
<uro:sectionType codeSpace="../../codelists/RoadStructureAttribute_sectionType.xml">1</uro:sectionType>
</uro:RoadStructureAttribute>
</uro:roadStructureAttribute>
</tran:Road>
</core:cityObjectMember>
<core:cityObjectMember>
<tran:Road gml:id="tran_13f31f37-133f-41d4-845b-59231c45297b">
<core:creationDate>2025-03-21</core:creationDate>
<tran:class codeSpace="../../codelists/TransportationComplex_class.xml">1040</tran:class>
<tran:function codeSpace="../../codelists/Road_function.xml">3</tran:function>
<tran:usage codeSpace="../../codelists/Road_usage.xml">2</tran:usage>
<tran:lod1MultiSurface><gml:MultiSurface><gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3211442 136.3666711 0 36.3202515 136.366616 0 36.3190845 136.3664537 0 36.3190724 136.3665865 0 36.3202427 136.3667492 0 36.3211388 136.3668046 0 36.3211442 136.3666711 0</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember></gml:MultiSurface></tran:lod1MultiSurface>
<uro:tranDataQualityAttribute>
<uro:DataQualityAttribute>
<uro:geometrySrcDescLod1 codeSpace="../../codelists/DataQualityAttribute_geometrySrcDesc.xml">000</uro:geometrySrcDescLod1>
</uro:DataQualityAttribute>
</uro:tranDataQualityAttribute>
<uro:roadStructureAttribute>
<uro:RoadStructureAttribute>
<uro:widthType codeSpace="../../codelists/RoadStructureAttribute_widthType.xml">2</uro:widthType>
<uro:width uom="m">12</uro:width>
<uro:numberOfLanes>2</uro:numberOfLanes>
<uro:sectionType codeSpace="../../codelists/RoadStructureAttribute_sectionType.xml">1</uro:sectionType>
</uro:RoadStructureAttribute>
</uro:roadStructureAttribute>
</tran:Road>
</core:cityObjectMember>
<core:cityObjectMember>
<tran:Road gml:id="tran_d04b0761-4d77-4bcc-91e2-d0d94a6f1a94">
<core:creationDate>2025-03-21</core:creationDate>
<tran:class codeSpace="../../codelists/TransportationComplex_class.xml">1040</tran:class>
<tran:function codeSpace="../../codelists/Road_function.xml">4</tran:function>
<tran:lod1MultiSurface><gml:MultiSurface><gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.317349 136.3629183 0 36.3176945 136.3627404 0 36.3176754 136.3626839 0 36.3173299 136.3628618 0 36.317349 136.3629183 0</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember></gml:MultiSurface></tran:lod1MultiSurface>
<uro:tranDataQualityAttribute>
<uro:DataQualityAttribute>
<uro:geometrySrcDescLod1 codeSpace="../../codelists/DataQualityAttribute_geometrySrcDesc.xml">000</uro:geometrySrcDescLod1>
</uro:DataQualityAttribute>
</uro:tranDataQualityAttribute>
<uro:roadStructureAttribute>
<uro:RoadStructureAttribute>
<uro:widthType codeSpace="../../codelists/RoadStructureAttribute_widthType.xml">3</uro:widthType>
<uro:width uom="m">5.5</uro:width>
<uro:numberOfLanes>1</uro:numberOfLanes>
<uro:sectionType codeSpace="../../codelists/RoadStructureAttribute_sectionType.xml">1</uro:sectionType>
</uro:RoadStructureAttribute>
</uro:roadStructureAttribute>
</tran:Road>
</core:cityObjectMember>
<core:cityObjectMember>
<tran:Road gml:id="tran_7f803ffe-fa65-4ab2-ace6-d0cd9f8e8773">
<core:creationDate>2025-03-21</core:creationDate>
<tran:class codeSpace="../../codelists/TransportationComplex_class.xml">1040</tran:class>
<tran:function codeSpace="../../codelists/Road_function.xml">4</tran:function>
<tran:lod1MultiSurface><gml:MultiSurface><gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3178793 136.3626453 0 36.3182141 136.3624729 0 36.3181951 136.3624163 0 36.3178602 136.3625887 0 36.3178793 136.3626453 0</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember></gml:MultiSurface></tran:lod1MultiSurface>
<uro:tranDataQualityAttribute>
<uro:DataQualityAttribute>
<uro:geometrySrcDescLod1 codeSpace="../../codelists/DataQualityAttribute_geometrySrcDesc.xml">000</uro:geometrySrcDescLod1>
</uro:DataQualityAttribute>
</uro:tranDataQualityAttribute>
<uro:roadStructureAttribute>
<uro:RoadStructureAttribute>
<uro:widthType codeSpace="../../codelists/RoadStructureAttribute_widthType.xml">3</uro:widthType>
<uro:width uom="m">5.5</uro:width>
<uro:numberOfLanes>1</uro:numberOfLanes>
<uro:sectionType codeSpace="../../codelists/RoadStructureAttribute_sectionType.xml">1</uro:sectionType>
</uro:RoadStructureAttribute>
</uro:roadStructureAttribute>
</tran:Road>
</core:cityObjectMember>
<core:cityObjectMember>
<tran:Road gml:id="tran_41f87830-9e09-45b3-8ee3-cce93e2ccb88">
<core:creationDate>2025-03-21</core:creationDate>
<tran:class codeSpace="../../codelists/TransportationComplex_class.xml">1040</tran:class>
<tran:function codeSpace="../../codelists/Road_function.xml">4</tran:function>
<tran:lod1MultiSurface><gml:MultiSurface><gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3177206 136.3641958 0 36.31808 136.3640107 0 36.3180488 136.3639182 0 36.3176894 136.3641032 0 36.3177206 136.3641958 0</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember></gml:MultiSurface></tran:lod1MultiSurface>
<uro:tranDataQualityAttribute>
<uro:DataQualityAttribute>
<uro:geometrySrcDescLod1 codeSpace="../../codelists/DataQualityAttribute_geometrySrcDesc.xml">000</uro:geometrySrcDescLod1>
</uro:DataQualityAttribute>
</uro:tranDataQualityAttribute>
<uro:roadStructureAttribute>
<uro:RoadStructureAttribute>
<uro:widthType codeSpace="../../codelists/RoadStructureAttribute_widthType.xml">2</uro:widthType>
<uro:width uom="m">9</uro:width>
<uro:numberOfLanes>2</uro:numberOfLanes>
<uro:sectionType codeSpace="../../codelists/RoadStructureAttribute_sectionType.xml">1</uro:sectionType>
</uro:RoadStructureAttribute>
</uro:roadStructureAttribute>
</tran:Road>
</core:cityObjectMember>
<core:cityObjectMember>
<tran:Road gml:id="tran_803ada63-51ad-4324-803e-aa7f3bd4a7c8">
<core:creationDate>2025-03-21</core:creationDate>
<tran:class codeSpace="../../codelists/TransportationComplex_class.xml">1040</tran:class>
<tran:function codeSpace="../../codelists/Road_function.xml">4</tran:function>
<tran:lod1MultiSurface><gml:MultiSurface><gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3182658 136.363915 0 36.3186192 136.3637331 0 36.318588 136.3636406 0 36.3182346 136.3638225 0 36.3182658 136.363915 0</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember></gml:MultiSurface></tran:lod1MultiSurface>
<uro:tranDataQualityAttribute>
<uro:DataQualityAttribute>
<uro:geometrySrcDescLod1 codeSpace="../../codelists/DataQualityAttribute_geometrySrcDesc.xml">000</uro:geometrySrcDescLod1>
</uro:DataQualityAttribute>
</uro:tranDataQualityAttribute>
<uro:roadStructureAttribute>
<uro:RoadStructureAttribute>
<uro:widthType codeSpace="../../codelists/RoadStructureAttribute_widthType.xml">2</uro:widthType>
<uro:width uom="m">9</uro:width>
<uro:numberOfLanes>2</uro:numberOfLanes>
<uro:sectionType codeSpace="../../codelists/RoadStructureAttribute_sectionType.xml">1</uro:sectionType>
</uro:RoadStructureAttribute>
</uro:roadStructureAttribute>
</tran:Road>
</core:cityObjectMember>
<core:cityObjectMember>
<tran:Road gml:id="tran_f03fe76b-8504-4fcb-b838-601043e99e02">
<core:creationDate>2025-03-21</core:creationDate>
<tran:class codeSpace="../../codelists/TransportationComplex_class.xml">1040</tran:class>
<tran:function codeSpace="../../codelists/Road_function.xml">4</tran:function>
<tran:lod1MultiSurface><gml:MultiSurface><gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3181143 136.3654196 0 36.3184544 136.3652445 0 36.3184354 136.365188 0 36.3180952 136.3653631 0 36.3181143 136.3654196 0</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember></gml:MultiSurface></tran:lod1MultiSurface>
<uro:tranDataQualityAttribute>
<uro:DataQualityAttribute>
<uro:geometrySrcDescLod1 codeSpace="../../codelists/DataQualityAttribute_geometrySrcDesc.xml">000</uro:geometrySrcDescLod1>
</uro:DataQualityAttribute>
</uro:tranDataQualityAttribute>
<uro:roadStructureAttribute>
<uro:RoadStructureAttribute>
<uro:widthType codeSpace="../../codelists/RoadStructureAttribute_widthType.xml">3</uro:widthType>
<uro:width uom="m">5.5</uro:width>
<uro:numberOfLanes>1</uro:numberOfLanes>
<uro:sectionType codeSpace="../../codelists/RoadStructureAttribute_sectionType.xml">1</uro:sectionType>
</uro:RoadStructureAttribute>
</uro:roadStructureAttribute>
</tran:Road>
</core:cityObjectMember>
<core:cityObjectMember>
<tran:Road gml:id="tran_4327a921-4f66-4ca8-978b-77995ad61a85">
<core:creationDate>2025-03-21</core:creationDate>
<tran:class codeSpace="../../codelists/TransportationComplex_class.xml">1040</tran:class>
<tran:function codeSpace="../../codelists/Road_function.xml">4</tran:function>
<tran:lod1MultiSurface><gml:MultiSurface><gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3186392 136.3651494 0 36.3189795 136.3649742 0 36.3189604 136.3649177 0 36.3186201 136.3650929 0 36.3186392 136.3651494 0</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember></gml:MultiSurface></tran:lod1MultiSurface>
<uro:tranDataQualityAttribute>
<uro:DataQualityAttribute>
<uro:geometrySrcDescLod1 codeSpace="../../codelists/DataQualityAttribute_geometrySrcDesc.xml">000</uro:geometrySrcDescLod1>
</uro:DataQualityAttribute>
</uro:tranDataQualityAttribute>
<uro:roadStructureAttribute>
<uro:RoadStructureAttribute>
<uro:widthType codeSpace="../../codelists/RoadStructureAttribute_widthType.xml">3</uro:widthType>
<uro:width uom="m">5.5</uro:width>
<uro:numberOfLanes>1</uro:numberOfLanes>
<uro:sectionType codeSpace="../../codelists/RoadStructureAttribute_sectionType.xml">1</uro:sectionType>
</uro:RoadStructureAttribute>
</uro:roadStructureAttribute>
</tran:Road>
</core:cityObjectMember>
<core:cityObjectMember>
<tran:Road gml:id="tran_a4f48d4e-9787-4864-9700-0619e3230469">
<core:creationDate>2025-03-21</core:creationDate>
<tran:class codeSpace="../../codelists/TransportationComplex_class.xml">1040</tran:class>
<tran:function codeSpace="../../codelists/Road_function.xml">4</tran:function>
<tran:lod1MultiSurface><gml:MultiSurface><gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3174922 136.3671786 0 36.3186108 136.3666026 0 36.318597 136.3665615 0 36.3174784 136.3671375 0 36.3174922 136.3671786 0</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember></gml:MultiSurface></tran:lod1MultiSurface>
<uro:tranDataQualityAttribute>
<uro:DataQualityAttribute>
<uro:geometrySrcDescLod1 codeSpace="../../codelists/DataQualityAttribute_geometrySrcDesc.xml">000</uro:geometrySrcDescLod1>
</uro:DataQualityAttribute>
</uro:tranDataQualityAttribute>
<uro:roadStructureAttribute>
<uro:RoadStructureAttribute>
<uro:widthType codeSpace="../../codelists/RoadStructureAttribute_widthType.xml">3</uro:widthType>
<uro:width uom="m">4</uro:width>
<uro:numberOfLanes>1</uro:numberOfLanes>
<uro:sectionType codeSpace="../../codelists/RoadStructureAttribute_sectionType.xml">1</uro:sectionType>
</uro:RoadStructureAttribute>
</uro:roadStructureAttribute>
</tran:Road>
</core:cityObjectMember>
<core:cityObjectMember>
<tran:Road gml:id="tran_89f26aab-a048-4874-9c60-8e4b3c2baacf">
<core:creationDate>2025-03-21</core:creationDate>
<tran:class codeSpace="../../codelists/TransportationComplex_class.xml">1040</tran:class>
<tran:function codeSpace="../../codelists/Road_function.xml">4</tran:function>
<tran:lod1MultiSurface><gml:MultiSurface><gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3192098 136.3662943 0 36.320749 136.3655017 0 36.3207351 136.3654606 0 36.3191959 136.3662531 0 36.3192098 136.3662943 0</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember></gml:MultiSurface></tran:lod1MultiSurface>
<uro:tranDataQualityAttribute>
<uro:DataQualityAttribute>
<uro:geometrySrcDescLod1 codeSpace="../../codelists/DataQualityAttribute_geometrySrcDesc.xml">000</uro:geometrySrcDescLod1>
</uro:DataQualityAttribute>
</uro:tranDataQualityAttribute>
<uro:roadStructureAttribute>
<uro:RoadStructureAttribute>
<uro:widthType codeSpace="../../codelists/RoadStructureAttribute_widthType.xml">3</uro:widthType>
<uro:width uom="m">4</uro:width>
<uro:numberOfLanes>1</uro:numberOfLanes>
<uro:sectionType codeSpace="../../codelists/RoadStructureAttribute_sectionType.xml">1</uro:sectionType>
</uro:RoadStructureAttribute>
</uro:roadStructureAttribute>
</tran:Road>
</core:cityObjectMember>
<core:cityObjectMember>
<tran:Road gml:id="tran_08ecefde-6550-4dc6-ab71-bba5d815a99b">
<core:creationDate>2025-03-21</core:creationDate>
<tran:class codeSpace="../../codelists/TransportationComplex_class.xml">1040</tran:class>
<tran:function codeSpace="../../codelists/Road_function.xml">4</tran:function>
<tran:lod1MultiSurface><gml:MultiSurface><gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3208405 136.3654546 0 36.3240972 136.3637778 0 36.3240834 136.3637367 0 36.3208266 136.3654135 0 36.3208405 136.3654546 0</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember></gml:MultiSurface></tran:lod1MultiSurface>
<uro:tranDataQualityAttribute>
<uro:DataQualityAttribute>
<uro:geometrySrcDescLod1 codeSpace="../../codelists/DataQualityAttribute_geometrySrcDesc.xml">000</uro:geometrySrcDescLod1>
</uro:DataQualityAttribute>
</uro:tranDataQualityAttribute>
<uro:roadStructureAttribute>
<uro:RoadStructureAttribute>
<uro:widthType codeSpace="../../codelists/RoadStructureAttribute_widthType.xml">3</uro:widthType>
<uro:width uom="m">4</uro:width>
<uro:numberOfLanes>1</uro:numberOfLanes>
<uro:sectionType codeSpace="../../codelists/RoadStructureAttribute_sectionType.xml">1</uro:sectionType>
</uro:RoadStructureAttribute>
</uro:roadStructureAttribute>
</tran:Road>
</core:cityObjectMember>
<core:cityObjectMember>
<tran:Road gml:id="tran_c1382c99-356c-4e89-9854-78f1406c6e92">
<core:creationDate>2025-03-21</core:creationDate>
<tran:class codeSpace="../../codelists/TransportationComplex_class.xml">1040</tran:class>
<tran:function codeSpace="../../codelists/Road_function.xml">4</tran:function>
<tran:lod1MultiSurface><gml:MultiSurface><gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3188796 136.367921 0 36.3192341 136.3677385 0 36.319215 136.3676819 0 36.3188606 136.3678645 0 36.3188796 136.367921 0</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember></gml:MultiSurface></tran:lod1MultiSurface>
<uro:tranDataQualityAttribute>
<uro:DataQualityAttribute>
<uro:geometrySrcDescLod1 codeSpace="../../codelists/DataQualityAttribute_geometrySrcDesc.xml">000</uro:geometrySrcDescLod1>
</uro:DataQualityAttribute>
</uro:tranDataQualityAttribute>
<uro:roadStructureAttribute>
<uro:RoadStructureAttribute>
<uro:widthType codeSpace="../../codelists/RoadStructureAttribute_widthType.xml">3</uro:widthType>
<uro:width uom="m">5.5</uro:width>
<uro:numberOfLanes>1</uro:numberOfLanes>
<uro:sectionType codeSpace="../../codelists/RoadStructureAttribute_sectionType.xml">1</uro:sectionType>
</uro:RoadStructureAttribute>
</uro:roadStructureAttribute>
</tran:Road>
</core:cityObjectMember>
<core:cityObjectMember>
<tran:Road gml:id="tran_f04d675b-d551-4f10-bfa6-d1c80c0f649d">
<core:creationDate>2025-03-21</core:creationDate>
<tran:class codeSpace="../../codelists/TransportationComplex_class.xml">1040</tran:class>
<tran:function codeSpace="../../codelists/Road_function.xml">4</tran:function>
<tran:lod1MultiSurface><gml:MultiSurface><gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.319418 136.3676438 0 36.3197781 136.3674584 0 36.319759 136.3674019 0 36.319399 136.3675872 0 36.319418 136.3676438 0</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember></gml:MultiSurface></tran:lod1MultiSurface>
<uro:tranDataQualityAttribute>
<uro:DataQualityAttribute>
<uro:geometrySrcDescLod1 codeSpace="../../codelists/DataQualityAttribute_geometrySrcDesc.xml">000</uro:geometrySrcDescLod1>
</uro:DataQualityAttribute>
</uro:tranDataQualityAttribute>
<uro:roadStructureAttribute>
<uro:RoadStructureAttribute>
<uro:widthType codeSpace="../../codelists/RoadStructureAttribute_widthType.xml">3</uro:widthType>
<uro:width uom="m">5.5</uro:width>
<uro:numberOfLanes>1</uro:numberOfLanes>
<uro:sectionType codeSpace="../../codelists/RoadStructureAttribute_sectionType.xml">1</uro:sectionType>
</uro:RoadStructureAttribute>
</uro:roadStructureAttribute>
</tran:Road>
</core:cityObjectMember>
<core:cityObjectMember>
<tran:Road gml:id="tran_225a0b8a-5db1-4471-94cc-5aed45d5ab97">
<core:creationDate>2025-03-21</core:creationDate>
<tran:class codeSpace="../../codelists/TransportationComplex_class.xml">1040</tran:class>
<tran:function codeSpace="../../codelists/Road_function.xml">4</tran:function>
<tran:lod1MultiSurface><gml:MultiSurface><gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3193181 136.3691641 0 36.3196757 136.3689799 0 36.3196445 136.3688874 0 36.3192869 136.3690715 0 36.3193181 136.3691641 0</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember></gml:MultiSurface></tran:lod1MultiSurface>
<uro:tranDataQualityAttribute>
<uro:DataQualityAttribute>
<uro:geometrySrcDescLod1 codeSpace="../../codelists/DataQualityAttribute_geometrySrcDesc.xml">000</uro:geometrySrcDescLod1>
</uro:DataQualityAttribute>
</uro:tranDataQualityAttribute>
<uro:roadStructureAttribute>
<uro:RoadStructureAttribute>
<uro:widthType codeSpace="../../codelists/RoadStructureAttribute_widthType.xml">2</uro:widthType>
<uro:width uom="m">9</uro:width>
<uro:numberOfLanes>2</uro:numberOfLanes>
<uro:sectionType codeSpace="../../codelists/RoadStructureAttribute_sectionType.xml">1</uro:sectionType>
</uro:RoadStructureAttribute>
</uro:roadStructureAttribute>
</tran:Road>
</core:cityObjectMember>
<core:cityObjectMember>
<tran:Road gml:id="tran_4bbfa352-7402-4129-be12-a4fc32647a2c">
<core:creationDate>2025-03-21</core:creationDate>
<tran:class codeSpace="../../codelists/TransportationComplex_class.xml">1040</tran:class>
<tran:function codeSpace="../../codelists/Road_function.xml">4</tran:function>
<tran:lod1MultiSurface><gml:MultiSurface><gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3198602 136.3688849 0 36.3202166 136.3687014 0 36.3201854 136.3686089 0 36.319829 136.3687924 0 36.3198602 136.3688849 0</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember></gml:MultiSurface></tran:lod1MultiSurface>
<uro:tranDataQualityAttribute>
<uro:DataQualityAttribute>
<uro:geometrySrcDescLod1 codeSpace="../../codelists/DataQualityAttribute_geometrySrcDesc.xml">000</uro:geometrySrcDescLod1>
</uro:DataQualityAttribute>
</uro:tranDataQualityAttribute>
<uro:roadStructureAttribute>
<uro:RoadStructureAttribute>
<uro:widthType codeSpace="../../codelists/RoadStructureAttribute_widthType.xml">2</uro:widthType>
<uro:width uom="m">9</uro:width>
<uro:numberOfLanes>2</uro:numberOfLanes>
<uro:sectionType codeSpace="../../codelists/RoadStructureAttribute_sectionType.xml">1</uro:sectionType>
</uro:RoadStructureAttribute>
</uro:roadStructureAttribute>
</tran:Road>
</core:cityObjectMember>
<core:cityObjectMember>
<tran:Road gml:id="tran_b07bed72-c8b3-411c-8573-d97f06c3f752">
<core:creationDate>2025-03-21</core:creationDate>
<tran:class codeSpace="../../codelists/TransportationComplex_class.xml">1040</tran:class>
<tran:function codeSpace="../../codelists/Road_function.xml">4</tran:function>
<tran:lod1MultiSurface><gml:MultiSurface><gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3197435 136.3703716 0 36.3201057 136.3701851 0 36.3200867 136.3701286 0 36.3197245 136.370315 0 36.3197435 136.3703716 0</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember></gml:MultiSurface></tran:lod1MultiSurface>
<uro:tranDataQualityAttribute>
<uro:DataQualityAttribute>
<uro:geometrySrcDescLod1 codeSpace="../../codelists/DataQualityAttribute_geometrySrcDesc.xml">000</uro:geometrySrcDescLod1>
</uro:DataQualityAttribute>
</uro:tranDataQualityAttribute>
<uro:roadStructureAttribute>
<uro:RoadStructureAttribute>
<uro:widthType codeSpace="../../codelists/RoadStructureAttribute_widthType.xml">3</uro:widthType>
<uro:width uom="m">5.5</uro:width>
<uro:numberOfLanes>1</uro:numberOfLanes>
<uro:sectionType codeSpace="../../codelists/RoadStructureAttribute_sectionType.xml">1</uro:sectionType>
</uro:RoadStructureAttribute>
</uro:roadStructureAttribute>
</tran:Road>
</core:cityObjectMember>
<core:cityObjectMember>
<tran:Road gml:id="tran_4ba218ff-e44b-4cc9-9d8e-1a1ed1a10c79">
<core:creationDate>2025-03-21</core:creationDate>
<tran:class codeSpace="../../codelists/TransportationComplex_class.xml">1040</tran:class>
<tran:function codeSpace="../../codelists/Road_function.xml">4</tran:function>
<tran:lod1MultiSurface><gml:MultiSurface><gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3202897 136.3700904 0 36.320642 136.369909 0 36.320623 136.3698524 0 36.3202706 136.3700338 0 36.3202897 136.3700904 0</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember></gml:MultiSurface></tran:lod1MultiSurface>
<uro:tranDataQualityAttribute>
<uro:DataQualityAttribute>
<uro:geometrySrcDescLod1 codeSpace="../../codelists/DataQualityAttribute_geometrySrcDesc.xml">000</uro:geometrySrcDescLod1>
</uro:DataQualityAttribute>
</uro:tranDataQualityAttribute>
<uro:roadStructureAttribute>
<uro:RoadStructureAttribute>
<uro:widthType codeSpace="../../codelists/RoadStructureAttribute_widthType.xml">3</uro:widthType>
<uro:width uom="m">5.5</uro:width>
<uro:numberOfLanes>1</uro:numberOfLanes>
<uro:sectionType codeSpace="../../codelists/RoadStructureAttribute_sectionType.xml">1</uro:sectionType>
</uro:RoadStructureAttribute>
</uro:roadStructureAttribute>
</tran:Road>
</core:cityObjectMember>
<core:cityObjectMember>
<tran:Road gml:id="tran_2a0bc170-cbf3-4b33-916c-f92fa782ff68">
<core:creationDate>2025-03-21</core:creationDate>
<tran:class codeSpace="../../codelists/TransportationComplex_class.xml">1040</tran:class>
<tran:function codeSpace="../../codelists/Road_function.xml">4</tran:function>
<tran:lod1MultiSurface><gml:MultiSurface><gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3158285 136.373826 0 36.3191061 136.3721385 0 36.3190922 136.3720973 0 36.3158147 136.3737849 0 36.3158285 136.373826 0</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember></gml:MultiSurface></tran:lod1MultiSurface>
<uro:tranDataQualityAttribute>
<uro:DataQualityAttribute>
<uro:geometrySrcDescLod1 codeSpace="../../codelists/DataQualityAttribute_geometrySrcDesc.xml">000</uro:geometrySrcDescLod1>
</uro:DataQualityAttribute>
</uro:tranDataQualityAttribute>
<uro:roadStructureAttribute>
<uro:RoadStructureAttribute>
<uro:widthType codeSpace="../../codelists/RoadStructureAttribute_widthType.xml">3</uro:widthType>
<uro:width uom="m">4</uro:width>
<uro:numberOfLanes>1</uro:numberOfLanes>
<uro:sectionType codeSpace="../../codelists/RoadStructureAttribute_sectionType.xml">1</uro:sectionType>
</uro:RoadStructureAttribute>
</uro:roadStructureAttribute>
</tran:Road>
</core:cityObjectMember>
<core:cityObjectMember>
<tran:Road gml:id="tran_2a697d9a-dcb5-41e3-8a9f-004466c8404c">
<core:creationDate>2025-03-21</core:creationDate>
<tran:class codeSpace="../../codelists/TransportationComplex_class.xml">1040</tran:class>
<tran:function codeSpace="../../codelists/Road_function.xml">4</tran:function>
<tran:lod1MultiSurface><gml:MultiSurface><gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.319156 136.3721128 0 36.3205391 136.3714006 0 36.3205252 136.3713595 0 36.3191421 136.3720716 0 36.319156 136.3721128 0</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember></gml:MultiSurface></tran:lod1MultiSurface>
<uro:tranDataQualityAttribute>
<uro:DataQualityAttribute>
<uro:geometrySrcDescLod1 codeSpace="../../codelists/DataQualityAttribute_geometrySrcDesc.xml">000</uro:geometrySrcDescLod1>
</uro:DataQualityAttribute>
</uro:tranDataQualityAttribute>
<uro:roadStructureAttribute>
<uro:RoadStructureAttribute>
<uro:widthType codeSpace="../../codelists/RoadStructureAttribute_widthType.xml">3</uro:widthType>
<uro:width uom="m">4</uro:width>
<uro:numberOfLanes>1</uro:numberOfLanes>
<uro:sectionType codeSpace="../../codelists/RoadStructureAttribute_sectionType.xml">1</uro:sectionType>
</uro:RoadStructureAttribute>
</uro:roadStructureAttribute>
</tran:Road>
</core:cityObjectMember>
<core:cityObjectMember>
<tran:Road gml:id="tran_58f064f1-bd6a-4765-8cea-46f3eea63f6c">
<core:creationDate>2025-03-21</core:creationDate>
<tran:class codeSpace="../../codelists/TransportationComplex_class.xml">1040</tran:class>
<tran:function codeSpace="../../codelists/Road_function.xml">4</tran:function>
<tran:lod1MultiSurface><gml:MultiSurface><gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3207228 136.371306 0 36.3224127 136.3704359 0 36.3223989 136.3703948 0 36.3207089 136.3712649 0 36.3207228 136.371306 0</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember></gml:MultiSurface></tran:lod1MultiSurface>
<uro:tranDataQualityAttribute>
<uro:DataQualityAttribute>
<uro:geometrySrcDescLod1 codeSpace="../../codelists/DataQualityAttribute_geometrySrcDesc.xml">000</uro:geometrySrcDescLod1>
</uro:DataQualityAttribute>
</uro:tranDataQualityAttribute>
<uro:roadStructureAttribute>
<uro:RoadStructureAttribute>
<uro:widthType codeSpace="../../codelists/RoadStructureAttribute_widthType.xml">3</uro:widthType>
<uro:width uom="m">4</uro:width>
<uro:numberOfLanes>1</uro:numberOfLanes>
<uro:sectionType codeSpace="../../codelists/RoadStructureAttribute_sectionType.xml">1</uro:sectionType>
</uro:RoadStructureAttribute>
</uro:roadStructureAttribute>
</tran:Road>
</core:cityObjectMember>
<core:cityObjectMember>
<tran:Road gml:id="tran_ad2de043-e343-4e09-8165-ebdafa65bfbd">
<core:creationDate>2025-03-21</core:creationDate>
<tran:class codeSpace="../../codelists/TransportationComplex_class.xml">1040</tran:class>
<tran:function codeSpace="../../codelists/Road_function.xml">4</tran:function>
<tran:lod1MultiSurface><gml:MultiSurface><gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3225042 136.3703888 0 36.325761 136.3687119 0 36.3257471 136.3686708 0 36.3224904 136.3703477 0 36.3225042 136.3703888 0</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember></gml:MultiSurface></tran:lod1MultiSurface>
<uro:tranDataQualityAttribute>
<uro:DataQualityAttribute>
<uro:geometrySrcDescLod1 codeSpace="../../codelists/DataQualityAttribute_geometrySrcDesc.xml">000</uro:geometrySrcDescLod1>
</uro:DataQualityAttribute>
</uro:tranDataQualityAttribute>
<uro:roadStructureAttribute>
<uro:RoadStructureAttribute>
<uro:widthType codeSpace="../../codelists/RoadStructureAttribute_widthType.xml">3</uro:widthType>
<uro:width uom="m">4</uro:width>
<uro:numberOfLanes>1</uro:numberOfLanes>
<uro:sectionType codeSpace="../../codelists/RoadStructureAttribute_sectionType.xml">1</uro:sectionType>
</uro:RoadStructureAttribute>
</uro:roadStructureAttribute>
</tran:Road>
</core:cityObjectMember>
<core:cityObjectMember>
<tran:Road gml:id="tran_929f61bf-536b-44d5-ad8f-c8519801cb7b">
<core:creationDate>2025-03-21</core:creationDate>
<tran:class codeSpace="../../codelists/TransportationComplex_class.xml">1040</tran:class>
<tran:function codeSpace="../../codelists/Road_function.xml">4</tran:function>
<tran:lod1MultiSurface><gml:MultiSurface><gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3206416 136.3728046 0 36.3209773 136.3726317 0 36.3209583 136.3725752 0 36.3206225 136.3727481 0 36.3206416 136.3728046 0</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember></gml:MultiSurface></tran:lod1MultiSurface>
<uro:tranDataQualityAttribute>
<uro:DataQualityAttribute>
<uro:geometrySrcDescLod1 codeSpace="../../codelists/DataQualityAttribute_geometrySrcDesc.xml">000</uro:geometrySrcDescLod1>
</uro:DataQualityAttribute>
</uro:tranDataQualityAttribute>
<uro:roadStructureAttribute>
<uro:RoadStructureAttribute>
<uro:widthType codeSpace="../../codelists/RoadStructureAttribute_widthType.xml">3</uro:widthType>
<uro:width uom="m">5.5</uro:width>
<uro:numberOfLanes>1</uro:numberOfLanes>
<uro:sectionType codeSpace="../../codelists/RoadStructureAttribute_sectionType.xml">1</uro:sectionType>
</uro:RoadStructureAttribute>
</uro:roadStructureAttribute>
</tran:Road>
</core:cityObjectMember>
<core:cityObjectMember>
<tran:Road gml:id="tran_ddcb59b4-2c28-400a-91f0-7085b28993b6">
<core:creationDate>2025-03-21</core:creationDate>
<tran:class codeSpace="../../codelists/TransportationComplex_class.xml">1040</tran:class>
<tran:function codeSpace="../../codelists/Road_function.xml">4</tran:function>
<tran:lod1MultiSurface><gml:MultiSurface><gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3211613 136.372537 0 36.3215068 136.3723591 0 36.3214878 136.3723025 0 36.3211422 136.3724805 0 36.3211613 136.372537 0</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember></gml:MultiSurface></tran:lod1MultiSurface>
<uro:tranDataQualityAttribute>
<uro:DataQualityAttribute>
<uro:geometrySrcDescLod1 codeSpace="../../codelists/DataQualityAttribute_geometrySrcDesc.xml">000</uro:geometrySrcDescLod1>
</uro:DataQualityAttribute>
</uro:tranDataQualityAttribute>
<uro:roadStructureAttribute>
<uro:RoadStructureAttribute>
<uro:widthType codeSpace="../../codelists/RoadStructureAttribute_widthType.xml">3</uro:widthType>
<uro:width uom="m">5.5</uro:width>
<uro:numberOfLanes>1</uro:numberOfLanes>
<uro:sectionType codeSpace="../../codelists/RoadStructureAttribute_sectionType.xml">1</uro:sectionType>
</uro:RoadStructureAttribute>
</uro:roadStructureAttribute>
</tran:Road>
</core:cityObjectMember>
<core:cityObjectMember>
<tran:Road gml:id="tran_c7d98210-5391-4895-96e3-9f56112221cd">
<core:creationDate>2025-03-21</core:creationDate>
<tran:class codeSpace="../../codelists/TransportationComplex_class.xml">1040</tran:class>
<tran:function codeSpace="../../codelists/Road_function.xml">4</tran:function>
<tran:lod1MultiSurface><gml:MultiSurface><gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3210735 136.374051 0 36.3214189 136.3738731 0 36.3213877 136.3737806 0 36.3210423 136.3739585 0 36.3210735 136.374051 0</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember></gml:MultiSurface></tran:lod1MultiSurface>
<uro:tranDataQualityAttribute>
<uro:DataQualityAttribute>
<uro:geometrySrcDescLod1 codeSpace="../../codelists/DataQualityAttribute_geometrySrcDesc.xml">000</uro:geometrySrcDescLod1>
</uro:DataQualityAttribute>
</uro:tranDataQualityAttribute>
<uro:roadStructureAttribute>
<uro:RoadStructureAttribute>
<uro:widthType codeSpace="../../codelists/RoadStructureAttribute_widthType.xml">2</uro:widthType>
<uro:width uom="m">9</uro:width>
<uro:numberOfLanes>2</uro:numberOfLanes>
<uro:sectionType codeSpace="../../codelists/RoadStructureAttribute_sectionType.xml">1</uro:sectionType>
</uro:RoadStructureAttribute>
</uro:roadStructureAttribute>
</tran:Road>
</core:cityObjectMember>
<core:cityObjectMember>
<tran:Road gml:id="tran_df8758a5-46a5-4c95-9c6a-a59e387176ff">
<core:creationDate>2025-03-21</core:creationDate>
<tran:class codeSpace="../../codelists/TransportationComplex_class.xml">1040</tran:class>
<tran:function codeSpace="../../codelists/Road_function.xml">4</tran:function>
<tran:lod1MultiSurface><gml:MultiSurface><gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3216035 136.3737781 0 36.3219393 136.3736052 0 36.3219081 136.3735127 0 36.3215723 136.3736856 0 36.3216035 136.3737781 0</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember></gml:MultiSurface></tran:lod1MultiSurface>
<uro:tranDataQualityAttribute>
<uro:DataQualityAttribute>
<uro:geometrySrcDescLod1 codeSpace="../../codelists/DataQualityAttribute_geometrySrcDesc.xml">000</uro:geometrySrcDescLod1>
</uro:DataQualityAttribute>
</uro:tranDataQualityAttribute>
<uro:roadStructureAttribute>
<uro:RoadStructureAttribute>
<uro:widthType codeSpace="../../codelists/RoadStructureAttribute_widthType.xml">2</uro:widthType>
<uro:width uom="m">9</uro:width>
<uro:numberOfLanes>2</uro:numberOfLanes>
<uro:sectionType codeSpace="../../codelists/RoadStructureAttribute_sectionType.xml">1</uro:sectionType>
</uro:RoadStructureAttribute>
</uro:roadStructureAttribute>
</tran:Road>
</core:cityObjectMember>
<core:cityObjectMember>
<tran:Road gml:id="tran_d29614b2-7b5b-43b1-ad6d-691d552397fc">
<core:creationDate>2025-03-21</core:creationDate>
<tran:class codeSpace="../../codelists/TransportationComplex_class.xml">1040</tran:class>
<tran:function codeSpace="../../codelists/Road_function.xml">4</tran:function>
<tran:lod1MultiSurface><gml:MultiSurface><gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.323438 136.3728336 0 36.3240976 136.372494 0 36.3240664 136.3724014 0 36.3234068 136.3727411 0 36.323438 136.3728336 0</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember></gml:MultiSurface></tran:lod1MultiSurface>
<uro:tranDataQualityAttribute>
<uro:DataQualityAttribute>
<uro:geometrySrcDescLod1 codeSpace="../../codelists/DataQualityAttribute_geometrySrcDesc.xml">000</uro:geometrySrcDescLod1>
</uro:DataQualityAttribute>
</uro:tranDataQualityAttribute>
<uro:roadStructureAttribute>
<uro:RoadStructureAttribute>
<uro:widthType codeSpace="../../codelists/RoadStructureAttribute_widthType.xml">2</uro:widthType>
<uro:width uom="m">9</uro:width>
<uro:numberOfLanes>2</uro:numberOfLanes>
<uro:sectionType codeSpace="../../codelists/RoadStructureAttribute_sectionType.xml">1</uro:sectionType>
</uro:RoadStructureAttribute>
</uro:roadStructureAttribute>
</tran:Road>
</core:cityObjectMember>
<core:cityObjectMember>
<tran:Road gml:id="tran_fe7f2c5a-3234-47af-a318-df200525bb96">
<core:creationDate>2025-03-21</core:creationDate>
<tran:class codeSpace="../../codelists/TransportationComplex_class.xml">1040</tran:class>
<tran:function codeSpace="../../codelists/Road_function.xml">4</tran:function>
<tran:lod1MultiSurface><gml:MultiSurface><gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3241641 136.3724597 0 36.3249295 136.3720656 0 36.3248983 136.3719731 0 36.3241329 136.3723672 0 36.3241641 136.3724597 0</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember></gml:MultiSurface></tran:lod1MultiSurface>
<uro:tranDataQualityAttribute>
<uro:DataQualityAttribute>
<uro:geometrySrcDescLod1 codeSpace="../../codelists/DataQualityAttribute_geometrySrcDesc.xml">000</uro:geometrySrcDescLod1>
</uro:DataQualityAttribute>
</uro:tranDataQualityAttribute>
<uro:roadStructureAttribute>
<uro:RoadStructureAttribute>
<uro:widthType codeSpace="../../codelists/RoadStructureAttribute_widthType.xml">2</uro:widthType>
<uro:width uom="m">9</uro:width>
<uro:numberOfLanes>2</uro:numberOfLanes>
<uro:sectionType codeSpace="../../codelists/RoadStructureAttribute_sectionType.xml">1</uro:sectionType>
</uro:RoadStructureAttribute>
</uro:roadStructureAttribute>
</tran:Road>
</core:cityObjectMember>
<core:cityObjectMember>
<tran:Road gml:id="tran_6b70ea5c-b116-42bf-8591-aa491bb17c67">
<core:creationDate>2025-03-21</core:creationDate>
<tran:class codeSpace="../../codelists/TransportationComplex_class.xml">1040</tran:class>
<tran:function codeSpace="../../codelists/Road_function.xml">4</tran:function>
<tran:lod1MultiSurface><gml:MultiSurface><gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3237691 136.3740897 0 36.3245075 136.3737095 0 36.3244884 136.373653 0 36.3237501 136.3740331 0 36.3237691 136.3740897 0</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember></gml:MultiSurface></tran:lod1MultiSurface>
<uro:tranDataQualityAttribute>
<uro:DataQualityAttribute>
<uro:geometrySrcDescLod1 codeSpace="../../codelists/DataQualityAttribute_geometrySrcDesc.xml">000</uro:geometrySrcDescLod1>
</uro:DataQualityAttribute>
</uro:tranDataQualityAttribute>
<uro:roadStructureAttribute>
<uro:RoadStructureAttribute>
<uro:widthType codeSpace="../../codelists/RoadStructureAttribute_widthType.xml">3</uro:widthType>
<uro:width uom="m">5.5</uro:width>
<uro:numberOfLanes>1</uro:numberOfLanes>
<uro:sectionType codeSpace="../../codelists/RoadStructureAttribute_sectionType.xml">1</uro:sectionType>
</uro:RoadStructureAttribute>
</uro:roadStructureAttribute>
</tran:Road>
</core:cityObjectMember>
<core:cityObjectMember>
<tran:Road gml:id="tran_488ca74d-f4e3-427e-b512-0d59c1378434">
<core:creationDate>2025-03-21</core:creationDate>
<tran:class codeSpace="../../codelists/TransportationComplex_class.xml">1040</tran:class>
<tran:function codeSpace="../../codelists/Road_function.xml">4</tran:function>
<tran:lod1MultiSurface><gml:MultiSurface><gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.324574 136.3736752 0 36.3253393 136.3732812 0 36.3253203 136.3732247 0 36.3245549 136.3736187 0 36.324574 136.3736752 0</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember></gml:MultiSurface></tran:lod1MultiSurface>
<uro:tranDataQualityAttribute>
<uro:DataQualityAttribute>
<uro:geometrySrcDescLod1 codeSpace="../../codelists/DataQualityAttribute_geometrySrcDesc.xml">000</uro:geometrySrcDescLod1>
</uro:DataQualityAttribute>
</uro:tranDataQualityAttribute>
<uro:roadStructureAttribute>
<uro:RoadStructureAttribute>
<uro:widthType codeSpace="../../codelists/RoadStructureAttribute_widthType.xml">3</uro:widthType>
<uro:width uom="m">5.5</uro:width>
<uro:numberOfLanes>1</uro:numberOfLanes>
<uro:sectionType codeSpace="../../codelists/RoadStructureAttribute_sectionType.xml">1</uro:sectionType>
</uro:RoadStructureAttribute>
</uro:roadStructureAttribute>
</tran:Road>
</core:cityObjectMember>
<core:cityObjectMember>
<tran:Road gml:id="tran_e017d11e-ca49-4223-9e4e-3481dfeb61df">
<core:creationDate>2025-03-21</core:creationDate>
<tran:class codeSpace="../../codelists/TransportationComplex_class.xml">1040</tran:class>
<tran:function codeSpace="../../codelists/Road_function.xml">4</tran:function>
<tran:lod1MultiSurface><gml:MultiSurface><gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3233194 136.3614419 0 36.3240882 136.3637221 0 36.3241215 136.363705 0 36.3233526 136.3614247 0 36.3233194 136.3614419 0</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember></gml:MultiSurface></tran:lod1MultiSurface>
<uro:tranDataQualityAttribute>
<uro:DataQualityAttribute>
<uro:geometrySrcDescLod1 codeSpace="../../codelists/DataQualityAttribute_geometrySrcDesc.xml">000</uro:geometrySrcDescLod1>
</uro:DataQualityAttribute>
</uro:tranDataQualityAttribute>
<uro:roadStructureAttribute>
<uro:RoadStructureAttribute>
<uro:widthType codeSpace="../../codelists/RoadStructureAttribute_widthType.xml">3</uro:widthType>
<uro:width uom="m">4</uro:width>
<uro:numberOfLanes>1</uro:numberOfLanes>
<uro:sectionType codeSpace="../../codelists/RoadStructureAttribute_sectionType.xml">1</uro:sectionType>
</uro:RoadStructureAttribute>
</uro:roadStructureAttribute>
</tran:Road>
</core:cityObjectMember>
<core:cityObjectMember>
<tran:Road gml:id="tran_8ea3e1f4-7328-4619-aeaa-11f5a10f64e3">
<core:creationDate>2025-03-21</core:creationDate>
<tran:class codeSpace="../../codelists/TransportationComplex_class.xml">1040</tran:class>
<tran:function codeSpace="../../codelists/Road_function.xml">4</tran:function>
<tran:lod1MultiSurface><gml:MultiSurface><gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.324109 136.3637838 0 36.3251629 136.3669094 0 36.3251962 136.3668922 0 36.3241423 136.3637666 0 36.324109 136.3637838 0</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember></gml:MultiSurface></tran:lod1MultiSurface>
<uro:tranDataQualityAttribute>
<uro:DataQualityAttribute>
<uro:geometrySrcDescLod1 codeSpace="../../codelists/DataQualityAttribute_geometrySrcDesc.xml">000</uro:geometrySrcDescLod1>
</uro:DataQualityAttribute>
</uro:tranDataQualityAttribute>
<uro:roadStructureAttribute>
<uro:RoadStructureAttribute>
<uro:widthType codeSpace="../../codelists/RoadStructureAttribute_widthType.xml">3</uro:widthType>
<uro:width uom="m">4</uro:width>
<uro:numberOfLanes>1</uro:numberOfLanes>
<uro:sectionType codeSpace="../../codelists/RoadStructureAttribute_sectionType.xml">1</uro:sectionType>
</uro:RoadStructureAttribute>
</uro:roadStructureAttribute>
</tran:Road>
</core:cityObjectMember>
<core:cityObjectMember>
<tran:Road gml:id="tran_6fa0daa5-a31d-41d6-9279-51520c870101">
<core:creationDate>2025-03-21</core:creationDate>
<tran:class codeSpace="../../codelists/TransportationComplex_class.xml">1040</tran:class>
<tran:function codeSpace="../../codelists/Road_function.xml">4</tran:function>
<tran:lod1MultiSurface><gml:MultiSurface><gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3247985 136.3716482 0 36.3249031 136.3719586 0 36.324953 136.3719329 0 36.3248484 136.3716225 0 36.3247985 136.3716482 0</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember></gml:MultiSurface></tran:lod1MultiSurface>
<uro:tranDataQualityAttribute>
<uro:DataQualityAttribute>
<uro:geometrySrcDescLod1 codeSpace="../../codelists/DataQualityAttribute_geometrySrcDesc.xml">000</uro:geometrySrcDescLod1>
</uro:DataQualityAttribute>
</uro:tranDataQualityAttribute>
<uro:roadStructureAttribute>
<uro:RoadStructureAttribute>
<uro:widthType codeSpace="../../codelists/RoadStructureAttribute_widthType.xml">2</uro:widthType>
<uro:width uom="m">6</uro:width>
<uro:numberOfLanes>1</uro:numberOfLanes>
<uro:sectionType codeSpace="../../codelists/RoadStructureAttribute_sectionType.xml">1</uro:sectionType>
</uro:RoadStructureAttribute>
</uro:roadStructureAttribute>
</tran:Road>
</core:cityObjectMember>
<core:cityObjectMember>
<tran:Road gml:id="tran_84755c08-53b9-40bb-9885-65323208de58">
<core:creationDate>2025-03-21</core:creationDate>
<tran:class codeSpace="../../codelists/TransportationComplex_class.xml">1040</tran:class>
<tran:function codeSpace="../../codelists/Road_function.xml">4</tran:function>
<tran:lod1MultiSurface><gml:MultiSurface><gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3238915 136.3718539 0 36.3240712 136.3723869 0 36.3241212 136.3723612 0 36.3239415 136.3718282 0 36.3238915 136.3718539 0</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember></gml:MultiSurface></tran:lod1MultiSurface>
<uro:tranDataQualityAttribute>
<uro:DataQualityAttribute>
<uro:geometrySrcDescLod1 codeSpace="../../codelists/DataQualityAttribute_geometrySrcDesc.xml">000</uro:geometrySrcDescLod1>
</uro:DataQualityAttribute>
</uro:tranDataQualityAttribute>
<uro:roadStructureAttribute>
<uro:RoadStructureAttribute>
<uro:widthType codeSpace="../../codelists/RoadStructureAttribute_widthType.xml">2</uro:widthType>
<uro:width uom="m">6</uro:width>
<uro:numberOfLanes>1</uro:numberOfLanes>
<uro:sectionType codeSpace="../../codelists/RoadStructureAttribute_sectionType.xml">1</uro:sectionType>
</uro:RoadStructureAttribute>
</uro:roadStructureAttribute>
</tran:Road>
</core:cityObjectMember>
<core:cityObjectMember>
<tran:Road gml:id="tran_fd28ec0d-c9b5-4ecd-845f-033918bd88a1">
<core:creationDate>2025-03-21</core:creationDate>
<tran:class codeSpace="../../codelists/TransportationComplex_class.xml">1040</tran:class>
<tran:function codeSpace="../../codelists/Road_function.xml">4</tran:function>
<tran:lod1MultiSurface><gml:MultiSurface><gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3241094 136.3724999 0 36.3244932 136.3736384 0 36.3245432 136.3736127 0 36.3241593 136.3724742 0 36.3241094 136.3724999 0</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember></gml:MultiSurface></tran:lod1MultiSurface>
<uro:tranDataQualityAttribute>
<uro:DataQualityAttribute>
<uro:geometrySrcDescLod1 codeSpace="../../codelists/DataQualityAttribute_geometrySrcDesc.xml">000</uro:geometrySrcDescLod1>
</uro:DataQualityAttribute>
</uro:tranDataQualityAttribute>
<uro:roadStructureAttribute>
<uro:RoadStructureAttribute>
<uro:widthType codeSpace="../../codelists/RoadStructureAttribute_widthType.xml">2</uro:widthType>
<uro:width uom="m">6</uro:width>
<uro:numberOfLanes>1</uro:numberOfLanes>
<uro:sectionType codeSpace="../../codelists/RoadStructureAttribute_sectionType.xml">1</uro:sectionType>
</uro:RoadStructureAttribute>
</uro:roadStructureAttribute>
</tran:Road>
</core:cityObjectMember>
<core:cityObjectMember>
<tran:Road gml:id="tran_52fab182-eec9-4622-96d6-63d98da064d5">
<core:creationDate>2025-03-21</core:creationDate>
<tran:class codeSpace="../../codelists/TransportationComplex_class.xml">1040</tran:class>
<tran:function codeSpace="../../codelists/Road_function.xml">4</tran:function>
<tran:lod1MultiSurface><gml:MultiSurface><gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3245192 136.3737155 0 36.3247654 136.3744456 0 36.3248153 136.3744199 0 36.3245692 136.3736898 0 36.3245192 136.3737155 0</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember></gml:MultiSurface></tran:lod1MultiSurface>
<uro:tranDataQualityAttribute>
<uro:DataQualityAttribute>
<uro:geometrySrcDescLod1 codeSpace="../../codelists/DataQualityAttribute_geometrySrcDesc.xml">000</uro:geometrySrcDescLod1>
</uro:DataQualityAttribute>
</uro:tranDataQualityAttribute>
<uro:roadStructureAttribute>
<uro:RoadStructureAttribute>
<uro:widthType codeSpace="../../codelists/RoadStructureAttribute_widthType.xml">2</uro:widthType>
<uro:width uom="m">6</uro:width>
<uro:numberOfLanes>1</uro:numberOfLanes>
<uro:sectionType codeSpace="../../codelists/RoadStructureAttribute_sectionType.xml">1</uro:sectionType>
</uro:RoadStructureAttribute>
</uro:roadStructureAttribute>
</tran:Road>
</core:cityObjectMember>
<core:cityObjectMember>
<tran:Road gml:id="tran_5e4ec640-1b58-47eb-b5e9-803e22cbb8e8">
<core:creationDate>2025-03-21</core:creationDate>
<tran:class codeSpace="../../codelists/TransportationComplex_class.xml">1040</tran:class>
<tran:function codeSpace="../../codelists/Road_function.xml">4</tran:function>
<tran:lod1MultiSurface><gml:MultiSurface><gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.319578 136.3619999 0 36.32074 136.3654461 0 36.3208148 136.3654075 0 36.3196528 136.3619613 0 36.319578 136.3619999 0</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember></gml:MultiSurface></tran:lod1MultiSurface>
<uro:tranDataQualityAttribute>
<uro:DataQualityAttribute>
<uro:geometrySrcDescLod1 codeSpace="../../codelists/DataQualityAttribute_geometrySrcDesc.xml">000</uro:geometrySrcDescLod1>
</uro:DataQualityAttribute>
</uro:tranDataQualityAttribute>
<uro:roadStructureAttribute>
<uro:RoadStructureAttribute>
<uro:widthType codeSpace="../../codelists/RoadStructureAttribute_widthType.xml">2</uro:widthType>
<uro:width uom="m">9</uro:width>
<uro:numberOfLanes>2</uro:numberOfLanes>
<uro:sectionType codeSpace="../../codelists/RoadStructureAttribute_sectionType.xml">1</uro:sectionType>
</uro:RoadStructureAttribute>
</uro:roadStructureAttribute>
</tran:Road>
</core:cityObjectMember>
<core:cityObjectMember>
<tran:Road gml:id="tran_7d1c49ee-1a98-49bc-a5ed-8fa80058d80d">
<core:creationDate>2025-03-21</core:creationDate>
<tran:class codeSpace="../../codelists/TransportationComplex_class.xml">1040</tran:class>
<tran:function codeSpace="../../codelists/Road_function.xml">4</tran:function>
<tran:lod1MultiSurface><gml:MultiSurface><gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3207608 136.3655077 0 36.3211498 136.3666614 0 36.3212246 136.3666229 0 36.3208356 136.3654692 0 36.3207608 136.3655077 0</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember></gml:MultiSurface></tran:lod1MultiSurface>
<uro:tranDataQualityAttribute>
<uro:DataQualityAttribute>
<uro:geometrySrcDescLod1 codeSpace="../../codelists/DataQualityAttribute_geometrySrcDesc.xml">000</uro:geometrySrcDescLod1>
</uro:DataQualityAttribute>
</uro:tranDataQualityAttribute>
<uro:roadStructureAttribute>
<uro:RoadStructureAttribute>
<uro:widthType codeSpace="../../codelists/RoadStructureAttribute_widthType.xml">2</uro:widthType>
<uro:width uom="m">9</uro:width>
<uro:numberOfLanes>2</uro:numberOfLanes>
<uro:sectionType codeSpace="../../codelists/RoadStructureAttribute_sectionType.xml">1</uro:sectionType>
</uro:RoadStructureAttribute>
</uro:roadStructureAttribute>
</tran:Road>
</core:cityObjectMember>
<core:cityObjectMember>
<tran:Road gml:id="tran_fdf6f607-752e-479b-ad02-e6cc03b53ec3">
<core:creationDate>2025-03-21</core:creationDate>
<tran:class codeSpace="../../codelists/TransportationComplex_class.xml">1040</tran:class>
<tran:function codeSpace="../../codelists/Road_function.xml">4</tran:function>
<tran:lod1MultiSurface><gml:MultiSurface><gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3212177 136.3668627 0 36.3224037 136.3703802 0 36.3224786 136.3703417 0 36.3212925 136.3668242 0 36.3212177 136.3668627 0</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember></gml:MultiSurface></tran:lod1MultiSurface>
<uro:tranDataQualityAttribute>
<uro:DataQualityAttribute>
<uro:geometrySrcDescLod1 codeSpace="../../codelists/DataQualityAttribute_geometrySrcDesc.xml">000</uro:geometrySrcDescLod1>
</uro:DataQualityAttribute>
</uro:tranDataQualityAttribute>
<uro:roadStructureAttribute>
<uro:RoadStructureAttribute>
<uro:widthType codeSpace="../../codelists/RoadStructureAttribute_widthType.xml">2</uro:widthType>
<uro:width uom="m">9</uro:width>
<uro:numberOfLanes>2</uro:numberOfLanes>
<uro:sectionType codeSpace="../../codelists/RoadStructureAttribute_sectionType.xml">1</uro:sectionType>
</uro:RoadStructureAttribute>
</uro:roadStructureAttribute>
</tran:Road>
</core:cityObjectMember>
<core:cityObjectMember>
<tran:Road gml:id="tran_1c056eb1-f684-4f61-bf25-63a1a41bb49b">
<core:creationDate>2025-03-21</core:creationDate>
<tran:class codeSpace="../../codelists/TransportationComplex_class.xml">1040</tran:class>
<tran:function codeSpace="../../codelists/Road_function.xml">4</tran:function>
<tran:lod1MultiSurface><gml:MultiSurface><gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3224245 136.3704419 0 36.3239041 136.37483 0 36.323979 136.3747914 0 36.3224994 136.3704034 0 36.3224245 136.3704419 0</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember></gml:MultiSurface></tran:lod1MultiSurface>
<uro:tranDataQualityAttribute>
<uro:DataQualityAttribute>
<uro:geometrySrcDescLod1 codeSpace="../../codelists/DataQualityAttribute_geometrySrcDesc.xml">000</uro:geometrySrcDescLod1>
</uro:DataQualityAttribute>
</uro:tranDataQualityAttribute>
<uro:roadStructureAttribute>
<uro:RoadStructureAttribute>
<uro:widthType codeSpace="../../codelists/RoadStructureAttribute_widthType.xml">2</uro:widthType>
<uro:width uom="m">9</uro:width>
<uro:numberOfLanes>2</uro:numberOfLanes>
<uro:sectionType codeSpace="../../codelists/RoadStructureAttribute_sectionType.xml">1</uro:sectionType>
</uro:RoadStructureAttribute>
</uro:roadStructureAttribute>
</tran:Road>
</core:cityObjectMember>
<core:cityObjectMember>
<tran:Road gml:id="tran_3faaba9e-970b-4b6b-b7dd-ac68bb4c7021">
<core:creationDate>2025-03-21</core:creationDate>
<tran:class codeSpace="../../codelists/TransportationComplex_class.xml">1040</tran:class>
<tran:function codeSpace="../../codelists/Road_function.xml">4</tran:function>
<tran:lod1MultiSurface><gml:MultiSurface><gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.319312 136.3669586 0 36.3194785 136.3674522 0 36.3195284 136.3674265 0 36.319362 136.3669329 0 36.319312 136.3669586 0</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember></gml:MultiSurface></tran:lod1MultiSurface>
<uro:tranDataQualityAttribute>
<uro:DataQualityAttribute>
<uro:geometrySrcDescLod1 codeSpace="../../codelists/DataQualityAttribute_geometrySrcDesc.xml">000</uro:geometrySrcDescLod1>
</uro:DataQualityAttribute>
</uro:tranDataQualityAttribute>
<uro:roadStructureAttribute>
<uro:RoadStructureAttribute>
<uro:widthType codeSpace="../../codelists/RoadStructureAttribute_widthType.xml">2</uro:widthType>
<uro:width uom="m">6</uro:width>
<uro:numberOfLanes>1</uro:numberOfLanes>
<uro:sectionType codeSpace="../../codelists/RoadStructureAttribute_sectionType.xml">1</uro:sectionType>
</uro:RoadStructureAttribute>
</uro:roadStructureAttribute>
</tran:Road>
</core:cityObjectMember>
<core:cityObjectMember>
<tran:Road gml:id="tran_cd78a755-4a21-4683-b1c6-d3534937fd48">
<core:creationDate>2025-03-21</core:creationDate>
<tran:class codeSpace="../../codelists/TransportationComplex_class.xml">1040</tran:class>
<tran:function codeSpace="../../codelists/Road_function.xml">4</tran:function>
<tran:lod1MultiSurface><gml:MultiSurface><gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3157904 136.3622761 0 36.3174333 136.3671486 0 36.3174666 136.3671315 0 36.3158237 136.362259 0 36.3157904 136.3622761 0</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember></gml:MultiSurface></tran:lod1MultiSurface>
<uro:tranDataQualityAttribute>
<uro:DataQualityAttribute>
<uro:geometrySrcDescLod1 codeSpace="../../codelists/DataQualityAttribute_geometrySrcDesc.xml">000</uro:geometrySrcDescLod1>
</uro:DataQualityAttribute>
</uro:tranDataQualityAttribute>
<uro:roadStructureAttribute>
<uro:RoadStructureAttribute>
<uro:widthType codeSpace="../../codelists/RoadStructureAttribute_widthType.xml">3</uro:widthType>
<uro:width uom="m">4</uro:width>
<uro:numberOfLanes>1</uro:numberOfLanes>
<uro:sectionType codeSpace="../../codelists/RoadStructureAttribute_sectionType.xml">1</uro:sectionType>
</uro:RoadStructureAttribute>
</uro:roadStructureAttribute>
</tran:Road>
</core:cityObjectMember>
<core:cityObjectMember>
<tran:Road gml:id="tran_3fcd1ae0-3cfc-4bd0-af66-208db7ded7cd">
<core:creationDate>2025-03-21</core:creationDate>
<tran:class codeSpace="../../codelists/TransportationComplex_class.xml">1040</tran:class>
<tran:function codeSpace="../../codelists/Road_function.xml">4</tran:function>
<tran:lod1MultiSurface><gml:MultiSurface><gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3174541 136.3672103 0 36.319097 136.3720828 0 36.3191303 136.3720656 0 36.3174874 136.3671931 0 36.3174541 136.3672103 0</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember></gml:MultiSurface></tran:lod1MultiSurface>
<uro:tranDataQualityAttribute>
<uro:DataQualityAttribute>
<uro:geometrySrcDescLod1 codeSpace="../../codelists/DataQualityAttribute_geometrySrcDesc.xml">000</uro:geometrySrcDescLod1>
</uro:DataQualityAttribute>
</uro:tranDataQualityAttribute>
<uro:roadStructureAttribute>
<uro:RoadStructureAttribute>
<uro:widthType codeSpace="../../codelists/RoadStructureAttribute_widthType.xml">3</uro:widthType>
<uro:width uom="m">4</uro:width>
<uro:numberOfLanes>1</uro:numberOfLanes>
<uro:sectionType codeSpace="../../codelists/RoadStructureAttribute_sectionType.xml">1</uro:sectionType>
</uro:RoadStructureAttribute>
</uro:roadStructureAttribute>
</tran:Road>
</core:cityObjectMember>
<core:cityObjectMember>
<tran:Road gml:id="tran_08f4ece1-9b1c-4454-834c-b04e5d85a06c">
<core:creationDate>2025-03-21</core:creationDate>
<tran:class codeSpace="../../codelists/TransportationComplex_class.xml">1040</tran:class>
<tran:function codeSpace="../../codelists/Road_function.xml">4</tran:function>
<tran:lod1MultiSurface><gml:MultiSurface><gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3191178 136.3721444 0 36.320031 136.3748527 0 36.3200643 136.3748355 0 36.3191511 136.3721273 0 36.3191178 136.3721444 0</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember></gml:MultiSurface></tran:lod1MultiSurface>
<uro:tranDataQualityAttribute>
<uro:DataQualityAttribute>
<uro:geometrySrcDescLod1 codeSpace="../../codelists/DataQualityAttribute_geometrySrcDesc.xml">000</uro:geometrySrcDescLod1>
</uro:DataQualityAttribute>
</uro:tranDataQualityAttribute>
<uro:roadStructureAttribute>
<uro:RoadStructureAttribute>
<uro:widthType codeSpace="../../codelists/RoadStructureAttribute_widthType.xml">3</uro:widthType>
<uro:width uom="m">4</uro:width>
<uro:numberOfLanes>1</uro:numberOfLanes>
<uro:sectionType codeSpace="../../codelists/RoadStructureAttribute_sectionType.xml">1</uro:sectionType>
</uro:RoadStructureAttribute>
</uro:roadStructureAttribute>
</tran:Road>
</core:cityObjectMember>
<core:cityObjectMember>
<tran:Road gml:id="tran_484c1348-3df5-42d7-991b-67edfbf8e5f0">
<core:creationDate>2025-03-21</core:creationDate>
<tran:class codeSpace="../../codelists/TransportationComplex_class.xml">1040</tran:class>
<tran:function codeSpace="../../codelists/Road_function.xml">4</tran:function>
<tran:lod1MultiSurface><gml:MultiSurface><gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3166101 136.3705704 0 36.316923 136.3714983 0 36.3169979 136.3714598 0 36.316685 136.3705318 0 36.3166101 136.3705704 0</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember></gml:MultiSurface></tran:lod1MultiSurface>
<uro:tranDataQualityAttribute>
<uro:DataQualityAttribute>
<uro:geometrySrcDescLod1 codeSpace="../../codelists/DataQualityAttribute_geometrySrcDesc.xml">000</uro:geometrySrcDescLod1>
</uro:DataQualityAttribute>
</uro:tranDataQualityAttribute>
<uro:roadStructureAttribute>
<uro:RoadStructureAttribute>
<uro:widthType codeSpace="../../codelists/RoadStructureAttribute_widthType.xml">2</uro:widthType>
<uro:width uom="m">9</uro:width>
<uro:numberOfLanes>2</uro:numberOfLanes>
<uro:sectionType codeSpace="../../codelists/RoadStructureAttribute_sectionType.xml">1</uro:sectionType>
</uro:RoadStructureAttribute>
</uro:roadStructureAttribute>
</tran:Road>
</core:cityObjectMember>
</core:CityModel>
