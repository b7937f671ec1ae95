<?xml version="1.0" encoding="UTF-8"?>
<core:CityModel xmlns:grp="http://www.opengis.net/citygml/cityobjectgroup/2.0" xmlns:core="http://www.opengis.net/citygml/2.0" xmlns:pbase="http://www.opengis.net/citygml/profiles/base/2.0" xmlns:smil20lang="http://www.w3.org/2001/SMIL20/Language" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" xmlns:smil20="http://www.w3.org/2001/SMIL20/" xmlns:bldg="http://www.opengis.net/citygml/building/2.0" xmlns:xAL="urn:oasis:names:tc:ciq:xsdschema:xAL:2.0" xmlns:uro="https://www.geospatial.jp/iur/uro/3.1" xmlns:luse="http://www.opengis.net/citygml/landuse/2.0" xmlns:app="http://www.opengis.net/citygml/appearance/2.0" xmlns:gen="http://www.opengis.net/citygml/generics/2.0" xmlns:dem="http://www.opengis.net/citygml/relief/2.0" xmlns:tex="http://www.opengis.net/citygml/texturedsurface/2.0" xmlns:tun="http://www.opengis.net/citygml/tunnel/2.0" xmlns:xlink="http://www.w3.org/1999/xlink" xmlns:sch="http://www.ascc.net/xml/schematron" xmlns:veg="http://www.opengis.net/citygml/vegetation/2.0" xmlns:frn="http://www.opengis.net/citygml/cityfurniture/2.0" xmlns:gml="http://www.opengis.net/gml" xmlns:tran="http://www.opengis.net/citygml/transportation/2.0" xmlns:wtr="http://www.opengis.net/citygml/waterbody/2.0" xmlns:brid="http://www.opengis.net/citygml/bridge/2.0" xsi:schemaLocation="https://www.geospatial.jp/iur/uro/3.1 ../../schemas/iur/uro/3.1/urbanObject.xsd http://www.opengis.net/citygml/2.0 http://schemas.opengis.net/citygml/2.0/cityGMLBase.xsd http://www.opengis.net/citygml/building/2.0 http://schemas.opengis.net/citygml/building/2.0/building.xsd http://www.opengis.net/citygml/transportation/2.0 http://schemas.opengis.net/citygml/transportation/2.0/transportation.xsd http://www.opengis.net/citygml/generics/2.0 http://schemas.opengis.net/citygml/generics/2.0/generics.xsd http://www.opengis.net/gml http://schemas.opengis.net/gml/3.1.1/base/gml.xsd">
<gml:boundedBy>
<gml:Envelope srsName="http://www.opengis.net/def/crs/EPSG/0/6697" srsDimension="3">
<gml:lowerCorner>36.312034 136.3375774 0</gml:lowerCorner>
<gml:upperCorner>36.3174662 136.3502011 0</gml:upperCorner>
</gml:Envelope>
</gml:boundedBy>
<core:cityObjectMember>
<tran:Road gml:id="tran_fbdcbb0f-a42c-45f2-a8b9-61349fad4767">
<core:creationDate>2025-03-21</core:creationDate>
<tran:class codeSpace="../../codelists/TransportationComplex_class.xml">1040</tran:class>
<tran:function codeSpace="../../codelists/Road_function.xml">2</tran:function>
<tran:lod1MultiSurface><gml:MultiSurface><gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3138356 136.3385908 0 36.3136564 136.3386142 0 36.313641 136.3387026 0 36.3136601 136.3387591 0 36.3136694 136.3387659 0 36.3138486 136.3387425 0 36.313864 136.3386541 0 36.3138449 136.3385976 0 36.3138356 136.3385908 0</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember></gml:MultiSurface></tran:lod1MultiSurface>
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
<tran:Road gml:id="tran_edeb7fa3-5a80-4138-bb9d-cf3ba9d4f9b5">
<core:creationDate>2025-03-21</core:creationDate>
<tran:class codeSpace="../../codelists/TransportationComplex_class.xml">1040</tran:class>
<tran:function codeSpace="../../codelists/Road_function.xml">2</tran:function>
<tran:lod1MultiSurface><gml:MultiSurface><gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.313954 136.3399775 0 36.3137748 136.3400009 0 36.3137594 136.3400893 0 36.3137785 136.3401458 0 36.3137877 136.3401526 0 36.313967 136.3401293 0 36.3139824 136.3400409 0 36.3139633 136.3399843 0 36.313954 136.3399775 0</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember></gml:MultiSurface></tran:lod1MultiSurface>
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
<tran:Road gml:id="tran_f56fd16c-2714-451d-aae4-62be4546ead1">
<core:creationDate>2025-03-21</core:creationDate>
<tran:class codeSpace="../../codelists/TransportationComplex_class.xml">1040</tran:class>
<tran:function codeSpace="../../codelists/Road_function.xml">2</tran:function>
<tran:lod1MultiSurface><gml:MultiSurface><gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3140724 136.3413643 0 36.3138932 136.3413876 0 36.3138778 136.341476 0 36.3138969 136.3415326 0 36.3139061 136.3415394 0 36.3140854 136.341516 0 36.3141007 136.3414276 0 36.3140817 136.3413711 0 36.3140724 136.3413643 0</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember></gml:MultiSurface></tran:lod1MultiSurface>
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
<tran:Road gml:id="tran_3e256bfb-0293-4adb-9742-eabaa6e678df">
<core:creationDate>2025-03-21</core:creationDate>
<tran:class codeSpace="../../codelists/TransportationComplex_class.xml">1040</tran:class>
<tran:function codeSpace="../../codelists/Road_function.xml">2</tran:function>
<tran:lod1MultiSurface><gml:MultiSurface><gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3141891 136.3427308 0 36.3140098 136.3427542 0 36.3139858 136.342847 0 36.314017 136.3429395 0 36.3140262 136.3429463 0 36.3142055 136.342923 0 36.3142295 136.3428301 0 36.3141983 136.3427376 0 36.3141891 136.3427308 0</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember></gml:MultiSurface></tran:lod1MultiSurface>
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
<tran:Road gml:id="tran_a73a9c90-ffe1-41b6-8b30-45167087505a">
<core:creationDate>2025-03-21</core:creationDate>
<tran:class codeSpace="../../codelists/TransportationComplex_class.xml">1040</tran:class>
<tran:function codeSpace="../../codelists/Road_function.xml">2</tran:function>
<tran:lod1MultiSurface><gml:MultiSurface><gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3143092 136.3441378 0 36.31413 136.3441611 0 36.3141146 136.3442495 0 36.3141336 136.3443061 0 36.3141429 136.3443128 0 36.3143221 136.3442895 0 36.3143375 136.3442011 0 36.3143185 136.3441445 0 36.3143092 136.3441378 0</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember></gml:MultiSurface></tran:lod1MultiSurface>
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
<tran:Road gml:id="tran_c917a5c7-142f-46dd-b5bc-14ab1a846066">
<core:creationDate>2025-03-21</core:creationDate>
<tran:class codeSpace="../../codelists/TransportationComplex_class.xml">1040</tran:class>
<tran:function codeSpace="../../codelists/Road_function.xml">2</tran:function>
<tran:lod1MultiSurface><gml:MultiSurface><gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3144258 136.3455043 0 36.3142466 136.3455276 0 36.3142226 136.3456205 0 36.3142537 136.345713 0 36.314263 136.3457198 0 36.3144423 136.3456965 0 36.3144663 136.3456036 0 36.3144351 136.3455111 0 36.3144258 136.3455043 0</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember></gml:MultiSurface></tran:lod1MultiSurface>
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
<tran:Road gml:id="tran_0f2bab39-82c3-4335-9fc4-f061ec1f94fa">
<core:creationDate>2025-03-21</core:creationDate>
<tran:class codeSpace="../../codelists/TransportationComplex_class.xml">1040</tran:class>
<tran:function codeSpace="../../codelists/Road_function.xml">2</tran:function>
<tran:lod1MultiSurface><gml:MultiSurface><gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.314546 136.3469112 0 36.3143667 136.3469346 0 36.3143513 136.347023 0 36.3143704 136.3470795 0 36.3143797 136.3470863 0 36.3145589 136.347063 0 36.3145743 136.3469746 0 36.3145552 136.346918 0 36.314546 136.3469112 0</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember></gml:MultiSurface></tran:lod1MultiSurface>
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
<tran:Road gml:id="tran_2fa13643-396f-4584-bf13-e1de5e55aff3">
<core:creationDate>2025-03-21</core:creationDate>
<tran:class codeSpace="../../codelists/TransportationComplex_class.xml">1040</tran:class>
<tran:function codeSpace="../../codelists/Road_function.xml">2</tran:function>
<tran:lod1MultiSurface><gml:MultiSurface><gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3147561 136.3482294 0 36.31458 136.3482772 0 36.3145671 136.3483385 0 36.3145983 136.348431 0 36.3146086 136.3484376 0 36.3147846 136.3483897 0 36.3147975 136.3483285 0 36.3147663 136.3482359 0 36.3147561 136.3482294 0</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember></gml:MultiSurface></tran:lod1MultiSurface>
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
<tran:Road gml:id="tran_223ce859-c92e-4aa9-a69e-a9c6b6cfd2ba">
<core:creationDate>2025-03-21</core:creationDate>
<tran:class codeSpace="../../codelists/TransportationComplex_class.xml">1040</tran:class>
<tran:function codeSpace="../../codelists/Road_function.xml">2</tran:function>
<tran:lod1MultiSurface><gml:MultiSurface><gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3149956 136.3495748 0 36.3148196 136.3496227 0 36.3148119 136.3496813 0 36.314831 136.3497378 0 36.3148412 136.3497444 0 36.3150173 136.3496965 0 36.3150249 136.349638 0 36.3150058 136.3495814 0 36.3149956 136.3495748 0</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember></gml:MultiSurface></tran:lod1MultiSurface>
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
<tran:Road gml:id="tran_2757db60-5e10-4351-a0f6-b57f4e0aa427">
<core:creationDate>2025-03-21</core:creationDate>
<tran:class codeSpace="../../codelists/TransportationComplex_class.xml">1040</tran:class>
<tran:function codeSpace="../../codelists/Road_function.xml">4</tran:function>
<tran:lod1MultiSurface><gml:MultiSurface><gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3158086 136.3390221 0 36.3157587 136.3390479 0 36.3157538 136.3390624 0 36.3157729 136.3391189 0 36.3157847 136.3391249 0 36.3158346 136.3390992 0 36.3158086 136.3390221 0</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember></gml:MultiSurface></tran:lod1MultiSurface>
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
<tran:Road gml:id="tran_b3f0bfd3-12c4-49f9-a8eb-ebe2c061fe0c">
<core:creationDate>2025-03-21</core:creationDate>
<tran:class codeSpace="../../codelists/TransportationComplex_class.xml">1040</tran:class>
<tran:function codeSpace="../../codelists/Road_function.xml">4</tran:function>
<tran:lod1MultiSurface><gml:MultiSurface><gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3141566 136.3398848 0 36.3140901 136.339919 0 36.3141092 136.3399756 0 36.3141209 136.3399816 0 36.3141709 136.3399559 0 36.3141757 136.3399413 0 36.3141566 136.3398848 0</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember></gml:MultiSurface></tran:lod1MultiSurface>
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
<tran:Road gml:id="tran_eb218ee0-ecfa-4328-bb3e-7467305a8c08">
<core:creationDate>2025-03-21</core:creationDate>
<tran:class codeSpace="../../codelists/TransportationComplex_class.xml">1040</tran:class>
<tran:function codeSpace="../../codelists/Road_function.xml">4</tran:function>
<tran:lod1MultiSurface><gml:MultiSurface><gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3164933 136.3386786 0 36.3164434 136.3387043 0 36.3164642 136.338766 0 36.3165141 136.3387403 0 36.316519 136.3387257 0 36.3165051 136.3386846 0 36.3164933 136.3386786 0</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember></gml:MultiSurface></tran:lod1MultiSurface>
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
<tran:Road gml:id="tran_08393e28-2973-45ac-a5c5-61cbea03b99c">
<core:creationDate>2025-03-21</core:creationDate>
<tran:class codeSpace="../../codelists/TransportationComplex_class.xml">1040</tran:class>
<tran:function codeSpace="../../codelists/Road_function.xml">4</tran:function>
<tran:lod1MultiSurface><gml:MultiSurface><gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3129095 136.3419625 0 36.3128347 136.3420011 0 36.3128607 136.3420782 0 36.3129355 136.3420396 0 36.3129404 136.3420251 0 36.3129213 136.3419685 0 36.3129095 136.3419625 0</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember></gml:MultiSurface></tran:lod1MultiSurface>
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
<tran:Road gml:id="tran_9c5ad731-544d-4f02-bb0b-dac187c2901e">
<core:creationDate>2025-03-21</core:creationDate>
<tran:class codeSpace="../../codelists/TransportationComplex_class.xml">1040</tran:class>
<tran:function codeSpace="../../codelists/Road_function.xml">4</tran:function>
<tran:lod1MultiSurface><gml:MultiSurface><gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3137289 136.3415406 0 36.313679 136.3415663 0 36.3137598 136.3416032 0 36.3137407 136.3415466 0 36.3137289 136.3415406 0</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember></gml:MultiSurface></tran:lod1MultiSurface>
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
<tran:Road gml:id="tran_4a0774f6-3a24-4ab8-abb8-10e2fdcefa32">
<core:creationDate>2025-03-21</core:creationDate>
<tran:class codeSpace="../../codelists/TransportationComplex_class.xml">1040</tran:class>
<tran:function codeSpace="../../codelists/Road_function.xml">4</tran:function>
<tran:lod1MultiSurface><gml:MultiSurface><gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3133194 136.3431781 0 36.3132445 136.3432166 0 36.3132397 136.3432312 0 36.3132709 136.3433237 0 36.3132827 136.3433297 0 36.3133575 136.3432911 0 36.3133624 136.3432766 0 36.3133312 136.3431841 0 36.3133194 136.3431781 0</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember></gml:MultiSurface></tran:lod1MultiSurface>
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
<tran:Road gml:id="tran_2a21eb8b-5873-4f55-81bc-fcb831ac6d9d">
<core:creationDate>2025-03-21</core:creationDate>
<tran:class codeSpace="../../codelists/TransportationComplex_class.xml">1040</tran:class>
<tran:function codeSpace="../../codelists/Road_function.xml">4</tran:function>
<tran:lod1MultiSurface><gml:MultiSurface><gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3124869 136.3436188 0 36.3124633 136.3437516 0 36.3125132 136.3437259 0 36.312518 136.3437113 0 36.3124869 136.3436188 0</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember></gml:MultiSurface></tran:lod1MultiSurface>
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
<tran:Road gml:id="tran_6ee3967e-604d-4061-b64a-2147870eca09">
<core:creationDate>2025-03-21</core:creationDate>
<tran:class codeSpace="../../codelists/TransportationComplex_class.xml">1040</tran:class>
<tran:function codeSpace="../../codelists/Road_function.xml">4</tran:function>
<tran:lod1MultiSurface><gml:MultiSurface><gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3128971 136.3448643 0 36.3128472 136.34489 0 36.3129279 136.3449269 0 36.3129089 136.3448703 0 36.3128971 136.3448643 0</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember></gml:MultiSurface></tran:lod1MultiSurface>
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
<tran:Road gml:id="tran_bc6e18d2-e5a0-4e5c-9376-2c1cea1474f5">
<core:creationDate>2025-03-21</core:creationDate>
<tran:class codeSpace="../../codelists/TransportationComplex_class.xml">1040</tran:class>
<tran:function codeSpace="../../codelists/Road_function.xml">4</tran:function>
<tran:lod1MultiSurface><gml:MultiSurface><gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.314506 136.344048 0 36.3145251 136.3441045 0 36.3145369 136.3441105 0 36.3145868 136.3440848 0 36.314506 136.344048 0</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember></gml:MultiSurface></tran:lod1MultiSurface>
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
<tran:Road gml:id="tran_df606228-ccd8-420e-9bb5-da31515dd2d9">
<core:creationDate>2025-03-21</core:creationDate>
<tran:class codeSpace="../../codelists/TransportationComplex_class.xml">1040</tran:class>
<tran:function codeSpace="../../codelists/Road_function.xml">4</tran:function>
<tran:lod1MultiSurface><gml:MultiSurface><gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3166469 136.3443602 0 36.316572 136.3443988 0 36.3165671 136.3444133 0 36.3165983 136.3445058 0 36.3166101 136.3445118 0 36.316685 136.3444733 0 36.3166898 136.3444587 0 36.3166587 136.3443662 0 36.3166469 136.3443602 0</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember></gml:MultiSurface></tran:lod1MultiSurface>
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
<tran:Road gml:id="tran_59b937b1-f4fd-43cb-b581-c56330928f76">
<core:creationDate>2025-03-21</core:creationDate>
<tran:class codeSpace="../../codelists/TransportationComplex_class.xml">1040</tran:class>
<tran:function codeSpace="../../codelists/Road_function.xml">4</tran:function>
<tran:lod1MultiSurface><gml:MultiSurface><gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3158025 136.3447949 0 36.3157526 136.3448206 0 36.3157478 136.3448352 0 36.315779 136.3449277 0 36.3157907 136.3449337 0 36.3158406 136.344908 0 36.3158455 136.3448935 0 36.3158143 136.3448009 0 36.3158025 136.3447949 0</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember></gml:MultiSurface></tran:lod1MultiSurface>
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
<tran:Road gml:id="tran_49193e17-5f4a-4688-8d34-a3c30ef8dc9d">
<core:creationDate>2025-03-21</core:creationDate>
<tran:class codeSpace="../../codelists/TransportationComplex_class.xml">1040</tran:class>
<tran:function codeSpace="../../codelists/Road_function.xml">4</tran:function>
<tran:lod1MultiSurface><gml:MultiSurface><gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3162245 136.3460465 0 36.3161746 136.3460722 0 36.3161698 136.3460867 0 36.3161888 136.3461433 0 36.3162006 136.3461493 0 36.3162505 136.3461236 0 36.3162554 136.346109 0 36.3162363 136.3460525 0 36.3162245 136.3460465 0</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember></gml:MultiSurface></tran:lod1MultiSurface>
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
<tran:Road gml:id="tran_abbc1b00-f3c7-4994-a1fa-ea82a03524a6">
<core:creationDate>2025-03-21</core:creationDate>
<tran:class codeSpace="../../codelists/TransportationComplex_class.xml">1040</tran:class>
<tran:function codeSpace="../../codelists/Road_function.xml">4</tran:function>
<tran:lod1MultiSurface><gml:MultiSurface><gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3153927 136.3464748 0 36.3153427 136.3465005 0 36.3153379 136.3465151 0 36.315357 136.3465716 0 36.3153687 136.3465776 0 36.3154187 136.3465519 0 36.3154235 136.3465373 0 36.3154044 136.3464808 0 36.3153927 136.3464748 0</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember></gml:MultiSurface></tran:lod1MultiSurface>
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
<tran:Road gml:id="tran_f2b226e0-00b1-4229-9ab1-ec081a799bad">
<core:creationDate>2025-03-21</core:creationDate>
<tran:class codeSpace="../../codelists/TransportationComplex_class.xml">1040</tran:class>
<tran:function codeSpace="../../codelists/Road_function.xml">4</tran:function>
<tran:lod1MultiSurface><gml:MultiSurface><gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3166344 136.347262 0 36.3165845 136.3472877 0 36.3165796 136.3473023 0 36.3166108 136.3473948 0 36.3166226 136.3474008 0 36.3166725 136.3473751 0 36.3166774 136.3473605 0 36.3166462 136.347268 0 36.3166344 136.347262 0</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember></gml:MultiSurface></tran:lod1MultiSurface>
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
<tran:Road gml:id="tran_40dcaa9f-451e-47f7-9ff6-19f0cc5d007f">
<core:creationDate>2025-03-21</core:creationDate>
<tran:class codeSpace="../../codelists/TransportationComplex_class.xml">1040</tran:class>
<tran:function codeSpace="../../codelists/Road_function.xml">4</tran:function>
<tran:lod1MultiSurface><gml:MultiSurface><gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3158025 136.3476903 0 36.3157526 136.347716 0 36.3157478 136.3477306 0 36.315779 136.3478231 0 36.3157907 136.3478291 0 36.3158406 136.3478034 0 36.3158455 136.3477889 0 36.3158143 136.3476963 0 36.3158025 136.3476903 0</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember></gml:MultiSurface></tran:lod1MultiSurface>
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
<tran:Road gml:id="tran_e4b2ce96-1b98-41f2-8b86-5bcfdaee23f5">
<core:creationDate>2025-03-21</core:creationDate>
<tran:class codeSpace="../../codelists/TransportationComplex_class.xml">1040</tran:class>
<tran:function codeSpace="../../codelists/Road_function.xml">4</tran:function>
<tran:lod1MultiSurface><gml:MultiSurface><gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3149949 136.3481182 0 36.3149034 136.3481653 0 36.3149346 136.3482579 0 36.3149464 136.3482639 0 36.3150213 136.3482253 0 36.3150261 136.3482107 0 36.3149949 136.3481182 0</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember></gml:MultiSurface></tran:lod1MultiSurface>
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
<tran:Road gml:id="tran_882578fb-40b7-4e47-8188-adba876c0681">
<core:creationDate>2025-03-21</core:creationDate>
<tran:class codeSpace="../../codelists/TransportationComplex_class.xml">1040</tran:class>
<tran:function codeSpace="../../codelists/Road_function.xml">4</tran:function>
<tran:lod1MultiSurface><gml:MultiSurface><gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3141506 136.348553 0 36.314127 136.3486857 0 36.3141769 136.34866 0 36.3141818 136.3486455 0 36.3141506 136.348553 0</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember></gml:MultiSurface></tran:lod1MultiSurface>
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
<tran:Road gml:id="tran_9a7df811-f47c-4123-91cc-c35544b3ea87">
<core:creationDate>2025-03-21</core:creationDate>
<tran:class codeSpace="../../codelists/TransportationComplex_class.xml">1040</tran:class>
<tran:function codeSpace="../../codelists/Road_function.xml">4</tran:function>
<tran:lod1MultiSurface><gml:MultiSurface><gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3162245 136.3489419 0 36.3161746 136.3489676 0 36.3161698 136.3489821 0 36.3161888 136.3490387 0 36.3162006 136.3490447 0 36.3162505 136.349019 0 36.3162554 136.3490044 0 36.3162363 136.3489479 0 36.3162245 136.3489419 0</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember></gml:MultiSurface></tran:lod1MultiSurface>
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
<tran:Road gml:id="tran_8bf2c22e-a853-4928-a7aa-69906d3c76a8">
<core:creationDate>2025-03-21</core:creationDate>
<tran:class codeSpace="../../codelists/TransportationComplex_class.xml">1040</tran:class>
<tran:function codeSpace="../../codelists/Road_function.xml">4</tran:function>
<tran:lod1MultiSurface><gml:MultiSurface><gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3154051 136.3493638 0 36.3153303 136.3494023 0 36.3153254 136.3494169 0 36.3153445 136.3494734 0 36.3153563 136.3494794 0 36.3154311 136.3494409 0 36.315436 136.3494263 0 36.3154169 136.3493698 0 36.3154051 136.3493638 0</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember></gml:MultiSurface></tran:lod1MultiSurface>
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
<tran:Road gml:id="tran_3808372a-82d9-4a5a-b4f1-f4759405b01b">
<core:creationDate>2025-03-21</core:creationDate>
<tran:class codeSpace="../../codelists/TransportationComplex_class.xml">1040</tran:class>
<tran:function codeSpace="../../codelists/Road_function.xml">4</tran:function>
<tran:lod1MultiSurface><gml:MultiSurface><gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3145608 136.3497985 0 36.3145109 136.3498242 0 36.314506 136.3498388 0 36.3145251 136.3498953 0 36.3145369 136.3499013 0 36.3145868 136.3498756 0 36.3145916 136.349861 0 36.3145726 136.3498045 0 36.3145608 136.3497985 0</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember></gml:MultiSurface></tran:lod1MultiSurface>
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
<tran:Road gml:id="tran_c8ca9cbd-8f38-4a48-aaed-0eede0a9f650">
<gml:name>国道8号</gml:name>
<core:creationDate>2025-03-21</core:creationDate>
<tran:class codeSpace="../../codelists/TransportationComplex_class.xml">1040</tran:class>
<tran:function codeSpace="../../codelists/Road_function.xml">2</tran:function>
<tran:usage codeSpace="../../codelists/Road_usage.xml">1</tran:usage>
<tran:lod1MultiSurface><gml:MultiSurface><gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3135699 136.3376008 0 36.3136564 136.3386142 0 36.3138356 136.3385908 0 36.3137491 136.3375774 0 36.3135699 136.3376008 0</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember></gml:MultiSurface></tran:lod1MultiSurface>
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
<tran:Road gml:id="tran_bbce5871-e3ba-45dc-8305-562ea9952c60">
<gml:name>国道8号</gml:name>
<core:creationDate>2025-03-21</core:creationDate>
<tran:class codeSpace="../../codelists/TransportationComplex_class.xml">1040</tran:class>
<tran:function codeSpace="../../codelists/Road_function.xml">2</tran:function>
<tran:usage codeSpace="../../codelists/Road_usage.xml">1</tran:usage>
<tran:lod1MultiSurface><gml:MultiSurface><gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3136694 136.3387659 0 36.3137748 136.3400009 0 36.313954 136.3399775 0 36.3138486 136.3387425 0 36.3136694 136.3387659 0</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember></gml:MultiSurface></tran:lod1MultiSurface>
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
<tran:Road gml:id="tran_e836ad36-5e6f-4cc1-81d6-956657e776c7">
<gml:name>国道8号</gml:name>
<core:creationDate>2025-03-21</core:creationDate>
<tran:class codeSpace="../../codelists/TransportationComplex_class.xml">1040</tran:class>
<tran:function codeSpace="../../codelists/Road_function.xml">2</tran:function>
<tran:usage codeSpace="../../codelists/Road_usage.xml">1</tran:usage>
<tran:lod1MultiSurface><gml:MultiSurface><gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3137877 136.3401526 0 36.3138932 136.3413876 0 36.3140724 136.3413643 0 36.313967 136.3401293 0 36.3137877 136.3401526 0</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember></gml:MultiSurface></tran:lod1MultiSurface>
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
<tran:Road gml:id="tran_c4b5af7c-7168-4cde-b944-62d598574627">
<gml:name>国道8号</gml:name>
<core:creationDate>2025-03-21</core:creationDate>
<tran:class codeSpace="../../codelists/TransportationComplex_class.xml">1040</tran:class>
<tran:function codeSpace="../../codelists/Road_function.xml">2</tran:function>
<tran:usage codeSpace="../../codelists/Road_usage.xml">1</tran:usage>
<tran:lod1MultiSurface><gml:MultiSurface><gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3139061 136.3415394 0 36.3140098 136.3427542 0 36.3141891 136.3427308 0 36.3140854 136.341516 0 36.3139061 136.3415394 0</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember></gml:MultiSurface></tran:lod1MultiSurface>
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
<tran:Road gml:id="tran_e6bf14db-5d18-4bc4-948e-e5ccc7442dbd">
<gml:name>国道8号</gml:name>
<core:creationDate>2025-03-21</core:creationDate>
<tran:class codeSpace="../../codelists/TransportationComplex_class.xml">1040</tran:class>
<tran:function codeSpace="../../codelists/Road_function.xml">2</tran:function>
<tran:usage codeSpace="../../codelists/Road_usage.xml">1</tran:usage>
<tran:lod1MultiSurface><gml:MultiSurface><gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3140262 136.3429463 0 36.3141299 136.3441611 0 36.3143092 136.3441378 0 36.3142055 136.342923 0 36.3140262 136.3429463 0</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember></gml:MultiSurface></tran:lod1MultiSurface>
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
<tran:Road gml:id="tran_6ad9b4ac-4ebc-49c8-999e-bd013534f039">
<gml:name>国道8号</gml:name>
<core:creationDate>2025-03-21</core:creationDate>
<tran:class codeSpace="../../codelists/TransportationComplex_class.xml">1040</tran:class>
<tran:function codeSpace="../../codelists/Road_function.xml">2</tran:function>
<tran:usage codeSpace="../../codelists/Road_usage.xml">1</tran:usage>
<tran:lod1MultiSurface><gml:MultiSurface><gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3141429 136.3443129 0 36.3142466 136.3455276 0 36.3144258 136.3455043 0 36.3143221 136.3442895 0 36.3141429 136.3443129 0</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember></gml:MultiSurface></tran:lod1MultiSurface>
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
<tran:Road gml:id="tran_4ad86bbd-965c-4572-ae22-91dc1b2fe05c">
<gml:name>国道8号</gml:name>
<core:creationDate>2025-03-21</core:creationDate>
<tran:class codeSpace="../../codelists/TransportationComplex_class.xml">1040</tran:class>
<tran:function codeSpace="../../codelists/Road_function.xml">2</tran:function>
<tran:usage codeSpace="../../codelists/Road_usage.xml">1</tran:usage>
<tran:lod1MultiSurface><gml:MultiSurface><gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.314263 136.3457198 0 36.3143667 136.3469346 0 36.314546 136.3469112 0 36.3144423 136.3456965 0 36.314263 136.3457198 0</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember></gml:MultiSurface></tran:lod1MultiSurface>
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
<tran:Road gml:id="tran_86cffc86-3b39-4344-97f3-0bd7e4c8972b">
<gml:name>国道8号</gml:name>
<core:creationDate>2025-03-21</core:creationDate>
<tran:class codeSpace="../../codelists/TransportationComplex_class.xml">1040</tran:class>
<tran:function codeSpace="../../codelists/Road_function.xml">2</tran:function>
<tran:usage codeSpace="../../codelists/Road_usage.xml">1</tran:usage>
<tran:lod1MultiSurface><gml:MultiSurface><gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3143797 136.3470863 0 36.3143904 136.3472122 0 36.31458 136.3482772 0 36.314756 136.3482293 0 36.3145686 136.3471765 0 36.3145589 136.347063 0 36.3143797 136.3470863 0</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember></gml:MultiSurface></tran:lod1MultiSurface>
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
<tran:Road gml:id="tran_422689c8-f153-48fa-b1eb-283de4d56929">
<gml:name>国道8号</gml:name>
<core:creationDate>2025-03-21</core:creationDate>
<tran:class codeSpace="../../codelists/TransportationComplex_class.xml">1040</tran:class>
<tran:function codeSpace="../../codelists/Road_function.xml">2</tran:function>
<tran:usage codeSpace="../../codelists/Road_usage.xml">1</tran:usage>
<tran:lod1MultiSurface><gml:MultiSurface><gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3146086 136.3484376 0 36.3148196 136.3496227 0 36.3149956 136.3495748 0 36.3147846 136.3483897 0 36.3146086 136.3484376 0</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember></gml:MultiSurface></tran:lod1MultiSurface>
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
<tran:Road gml:id="tran_468ad976-8ab4-4614-af45-0dfaf785045a">
<core:creationDate>2025-03-21</core:creationDate>
<tran:class codeSpace="../../codelists/TransportationComplex_class.xml">1040</tran:class>
<tran:function codeSpace="../../codelists/Road_function.xml">4</tran:function>
<tran:lod1MultiSurface><gml:MultiSurface><gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3132939 136.3389476 0 36.3136601 136.3387591 0 36.313641 136.3387026 0 36.3132749 136.3388911 0 36.3132939 136.3389476 0</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember></gml:MultiSurface></tran:lod1MultiSurface>
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
<tran:Road gml:id="tran_27936993-3c77-438b-8d13-3424bb5685f4">
<core:creationDate>2025-03-21</core:creationDate>
<tran:class codeSpace="../../codelists/TransportationComplex_class.xml">1040</tran:class>
<tran:function codeSpace="../../codelists/Road_function.xml">4</tran:function>
<tran:lod1MultiSurface><gml:MultiSurface><gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.313864 136.3386541 0 36.3142265 136.3384675 0 36.3142074 136.3384109 0 36.3138449 136.3385976 0 36.313864 136.3386541 0</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember></gml:MultiSurface></tran:lod1MultiSurface>
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
<tran:Road gml:id="tran_ba171643-15d5-4a12-b0ee-c0c61b8d98b6">
<core:creationDate>2025-03-21</core:creationDate>
<tran:class codeSpace="../../codelists/TransportationComplex_class.xml">1040</tran:class>
<tran:function codeSpace="../../codelists/Road_function.xml">4</tran:function>
<tran:lod1MultiSurface><gml:MultiSurface><gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3126336 136.3407353 0 36.3137785 136.3401458 0 36.3137594 136.3400893 0 36.3126145 136.3406788 0 36.3126336 136.3407353 0</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember></gml:MultiSurface></tran:lod1MultiSurface>
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
<tran:Road gml:id="tran_af0d9c32-cb31-4967-a2db-5971f1555fd3">
<core:creationDate>2025-03-21</core:creationDate>
<tran:class codeSpace="../../codelists/TransportationComplex_class.xml">1040</tran:class>
<tran:function codeSpace="../../codelists/Road_function.xml">4</tran:function>
<tran:lod1MultiSurface><gml:MultiSurface><gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3139824 136.3400409 0 36.3141092 136.3399756 0 36.3140901 136.339919 0 36.3139633 136.3399843 0 36.3139824 136.3400409 0</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember></gml:MultiSurface></tran:lod1MultiSurface>
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
<tran:Road gml:id="tran_53318707-48fb-4fe8-b193-902460c41dd3">
<core:creationDate>2025-03-21</core:creationDate>
<tran:class codeSpace="../../codelists/TransportationComplex_class.xml">1040</tran:class>
<tran:function codeSpace="../../codelists/Road_function.xml">4</tran:function>
<tran:lod1MultiSurface><gml:MultiSurface><gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3141757 136.3399413 0 36.3157729 136.3391189 0 36.3157538 136.3390624 0 36.3141566 136.3398848 0 36.3141757 136.3399413 0</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember></gml:MultiSurface></tran:lod1MultiSurface>
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
<tran:Road gml:id="tran_1e024c65-baa3-4f6a-9d87-2d03137c8efa">
<core:creationDate>2025-03-21</core:creationDate>
<tran:class codeSpace="../../codelists/TransportationComplex_class.xml">1040</tran:class>
<tran:function codeSpace="../../codelists/Road_function.xml">4</tran:function>
<tran:lod1MultiSurface><gml:MultiSurface><gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3129404 136.342025 0 36.3132919 136.341844 0 36.3132729 136.3417875 0 36.3129213 136.3419685 0 36.3129404 136.342025 0</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember></gml:MultiSurface></tran:lod1MultiSurface>
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
<tran:Road gml:id="tran_467ffcaa-9bc0-4b13-b7ba-3fc18529576a">
<core:creationDate>2025-03-21</core:creationDate>
<tran:class codeSpace="../../codelists/TransportationComplex_class.xml">1040</tran:class>
<tran:function codeSpace="../../codelists/Road_function.xml">4</tran:function>
<tran:lod1MultiSurface><gml:MultiSurface><gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3137598 136.3416032 0 36.3138969 136.3415326 0 36.3138778 136.341476 0 36.3137407 136.3415466 0 36.3137598 136.3416032 0</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember></gml:MultiSurface></tran:lod1MultiSurface>
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
<tran:Road gml:id="tran_bddb91b7-f634-4495-8175-2ed8dfdad1b5">
<core:creationDate>2025-03-21</core:creationDate>
<tran:class codeSpace="../../codelists/TransportationComplex_class.xml">1040</tran:class>
<tran:function codeSpace="../../codelists/Road_function.xml">4</tran:function>
<tran:lod1MultiSurface><gml:MultiSurface><gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3141007 136.3414276 0 36.3144572 136.3412441 0 36.3144381 136.3411876 0 36.3140817 136.3413711 0 36.3141007 136.3414276 0</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember></gml:MultiSurface></tran:lod1MultiSurface>
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
<tran:Road gml:id="tran_fcdbe744-f039-412a-8158-6bc0edb7cbe6">
<core:creationDate>2025-03-21</core:creationDate>
<tran:class codeSpace="../../codelists/TransportationComplex_class.xml">1040</tran:class>
<tran:function codeSpace="../../codelists/Road_function.xml">4</tran:function>
<tran:lod1MultiSurface><gml:MultiSurface><gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.312518 136.3437113 0 36.3132709 136.3433237 0 36.3132397 136.3432312 0 36.3124869 136.3436188 0 36.312518 136.3437113 0</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember></gml:MultiSurface></tran:lod1MultiSurface>
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
<tran:Road gml:id="tran_fb3f4b4b-8a41-4a50-a60d-40ef1be0c3b8">
<core:creationDate>2025-03-21</core:creationDate>
<tran:class codeSpace="../../codelists/TransportationComplex_class.xml">1040</tran:class>
<tran:function codeSpace="../../codelists/Road_function.xml">4</tran:function>
<tran:lod1MultiSurface><gml:MultiSurface><gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3133624 136.3432766 0 36.314017 136.3429395 0 36.3139858 136.342847 0 36.3133312 136.3431841 0 36.3133624 136.3432766 0</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember></gml:MultiSurface></tran:lod1MultiSurface>
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
<tran:Road gml:id="tran_98f357d4-e29b-4699-8a38-224cddfefce4">
<core:creationDate>2025-03-21</core:creationDate>
<tran:class codeSpace="../../codelists/TransportationComplex_class.xml">1040</tran:class>
<tran:function codeSpace="../../codelists/Road_function.xml">4</tran:function>
<tran:lod1MultiSurface><gml:MultiSurface><gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3142295 136.3428301 0 36.3145977 136.3426405 0 36.3145665 136.342548 0 36.3141983 136.3427376 0 36.3142295 136.3428301 0</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember></gml:MultiSurface></tran:lod1MultiSurface>
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
<tran:Road gml:id="tran_8180625d-b6f7-46aa-8a27-d664a27acb6f">
<core:creationDate>2025-03-21</core:creationDate>
<tran:class codeSpace="../../codelists/TransportationComplex_class.xml">1040</tran:class>
<tran:function codeSpace="../../codelists/Road_function.xml">4</tran:function>
<tran:lod1MultiSurface><gml:MultiSurface><gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3129279 136.3449269 0 36.3135242 136.3446199 0 36.3135051 136.3445633 0 36.3129089 136.3448703 0 36.3129279 136.3449269 0</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember></gml:MultiSurface></tran:lod1MultiSurface>
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
<tran:Road gml:id="tran_9c706b18-3214-461c-aecd-d2f5eaf2a729">
<core:creationDate>2025-03-21</core:creationDate>
<tran:class codeSpace="../../codelists/TransportationComplex_class.xml">1040</tran:class>
<tran:function codeSpace="../../codelists/Road_function.xml">4</tran:function>
<tran:lod1MultiSurface><gml:MultiSurface><gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3137904 136.3444828 0 36.3141336 136.3443061 0 36.3141146 136.3442495 0 36.3137714 136.3444262 0 36.3137904 136.3444828 0</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember></gml:MultiSurface></tran:lod1MultiSurface>
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
<tran:Road gml:id="tran_507e368a-ea48-46a4-a566-3bbf6065ff5a">
<core:creationDate>2025-03-21</core:creationDate>
<tran:class codeSpace="../../codelists/TransportationComplex_class.xml">1040</tran:class>
<tran:function codeSpace="../../codelists/Road_function.xml">4</tran:function>
<tran:lod1MultiSurface><gml:MultiSurface><gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3143375 136.3442011 0 36.3145251 136.3441045 0 36.314506 136.344048 0 36.3143185 136.3441446 0 36.3143375 136.3442011 0</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember></gml:MultiSurface></tran:lod1MultiSurface>
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
<tran:Road gml:id="tran_19e50328-8939-4388-8bdc-b0ee289fefb2">
<core:creationDate>2025-03-21</core:creationDate>
<tran:class codeSpace="../../codelists/TransportationComplex_class.xml">1040</tran:class>
<tran:function codeSpace="../../codelists/Road_function.xml">4</tran:function>
<tran:lod1MultiSurface><gml:MultiSurface><gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3120652 136.3468399 0 36.3142537 136.345713 0 36.3142226 136.3456205 0 36.312034 136.3467474 0 36.3120652 136.3468399 0</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember></gml:MultiSurface></tran:lod1MultiSurface>
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
<tran:Road gml:id="tran_6dfe9494-d05d-443d-af2f-a4137ecd0e7c">
<core:creationDate>2025-03-21</core:creationDate>
<tran:class codeSpace="../../codelists/TransportationComplex_class.xml">1040</tran:class>
<tran:function codeSpace="../../codelists/Road_function.xml">4</tran:function>
<tran:lod1MultiSurface><gml:MultiSurface><gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3144663 136.3456036 0 36.315779 136.3449277 0 36.3157478 136.3448352 0 36.3144351 136.3455111 0 36.3144663 136.3456036 0</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember></gml:MultiSurface></tran:lod1MultiSurface>
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
<tran:Road gml:id="tran_1d2bfe97-67cd-4c2d-b02d-323c1e18295c">
<core:creationDate>2025-03-21</core:creationDate>
<tran:class codeSpace="../../codelists/TransportationComplex_class.xml">1040</tran:class>
<tran:function codeSpace="../../codelists/Road_function.xml">4</tran:function>
<tran:lod1MultiSurface><gml:MultiSurface><gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3158455 136.3448935 0 36.3165983 136.3445058 0 36.3165671 136.3444133 0 36.3158143 136.3448009 0 36.3158455 136.3448935 0</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember></gml:MultiSurface></tran:lod1MultiSurface>
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
<tran:Road gml:id="tran_c397a62c-84c9-49f7-a28d-d53b9728dfe9">
<core:creationDate>2025-03-21</core:creationDate>
<tran:class codeSpace="../../codelists/TransportationComplex_class.xml">1040</tran:class>
<tran:function codeSpace="../../codelists/Road_function.xml">4</tran:function>
<tran:lod1MultiSurface><gml:MultiSurface><gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.314023 136.3472584 0 36.3143704 136.3470795 0 36.3143513 136.347023 0 36.3140039 136.3472019 0 36.314023 136.3472584 0</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember></gml:MultiSurface></tran:lod1MultiSurface>
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
<tran:Road gml:id="tran_1f041fe7-64dd-4f3d-9430-1864ba64cd80">
<core:creationDate>2025-03-21</core:creationDate>
<tran:class codeSpace="../../codelists/TransportationComplex_class.xml">1040</tran:class>
<tran:function codeSpace="../../codelists/Road_function.xml">4</tran:function>
<tran:lod1MultiSurface><gml:MultiSurface><gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3145743 136.3469746 0 36.315357 136.3465716 0 36.3153379 136.3465151 0 36.3145552 136.346918 0 36.3145743 136.3469746 0</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember></gml:MultiSurface></tran:lod1MultiSurface>
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
<tran:Road gml:id="tran_9375131f-1d94-4c14-a627-e86868d26d15">
<core:creationDate>2025-03-21</core:creationDate>
<tran:class codeSpace="../../codelists/TransportationComplex_class.xml">1040</tran:class>
<tran:function codeSpace="../../codelists/Road_function.xml">4</tran:function>
<tran:lod1MultiSurface><gml:MultiSurface><gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3154235 136.3465373 0 36.3161888 136.3461433 0 36.3161698 136.3460867 0 36.3154044 136.3464808 0 36.3154235 136.3465373 0</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember></gml:MultiSurface></tran:lod1MultiSurface>
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
<tran:Road gml:id="tran_990f4dd0-e556-4cbb-8a64-9d0f91013161">
<core:creationDate>2025-03-21</core:creationDate>
<tran:class codeSpace="../../codelists/TransportationComplex_class.xml">1040</tran:class>
<tran:function codeSpace="../../codelists/Road_function.xml">4</tran:function>
<tran:lod1MultiSurface><gml:MultiSurface><gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3162554 136.346109 0 36.3170082 136.3457214 0 36.3169891 136.3456649 0 36.3162363 136.3460525 0 36.3162554 136.346109 0</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember></gml:MultiSurface></tran:lod1MultiSurface>
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
<tran:Road gml:id="tran_3da03bc9-2552-4bbe-92df-d1b3052ce4fa">
<core:creationDate>2025-03-21</core:creationDate>
<tran:class codeSpace="../../codelists/TransportationComplex_class.xml">1040</tran:class>
<tran:function codeSpace="../../codelists/Road_function.xml">4</tran:function>
<tran:lod1MultiSurface><gml:MultiSurface><gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3141818 136.3486455 0 36.3145983 136.348431 0 36.3145671 136.3483385 0 36.3141506 136.348553 0 36.3141818 136.3486455 0</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember></gml:MultiSurface></tran:lod1MultiSurface>
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
<tran:Road gml:id="tran_2a746646-4ca2-49b0-929e-6aa5320278a9">
<core:creationDate>2025-03-21</core:creationDate>
<tran:class codeSpace="../../codelists/TransportationComplex_class.xml">1040</tran:class>
<tran:function codeSpace="../../codelists/Road_function.xml">4</tran:function>
<tran:lod1MultiSurface><gml:MultiSurface><gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3147975 136.3483285 0 36.3149346 136.3482579 0 36.3149034 136.3481653 0 36.3147663 136.3482359 0 36.3147975 136.3483285 0</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember></gml:MultiSurface></tran:lod1MultiSurface>
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
<tran:Road gml:id="tran_6b6fbc71-0a18-4e47-a745-88463beda1b3">
<core:creationDate>2025-03-21</core:creationDate>
<tran:class codeSpace="../../codelists/TransportationComplex_class.xml">1040</tran:class>
<tran:function codeSpace="../../codelists/Road_function.xml">4</tran:function>
<tran:lod1MultiSurface><gml:MultiSurface><gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3150261 136.3482107 0 36.315779 136.3478231 0 36.3157478 136.3477306 0 36.3149949 136.3481182 0 36.3150261 136.3482107 0</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember></gml:MultiSurface></tran:lod1MultiSurface>
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
<tran:Road gml:id="tran_cd86fda2-9405-4538-a080-e6d6cb703006">
<core:creationDate>2025-03-21</core:creationDate>
<tran:class codeSpace="../../codelists/TransportationComplex_class.xml">1040</tran:class>
<tran:function codeSpace="../../codelists/Road_function.xml">4</tran:function>
<tran:lod1MultiSurface><gml:MultiSurface><gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3158455 136.3477889 0 36.3166108 136.3473948 0 36.3165796 136.3473023 0 36.3158143 136.3476963 0 36.3158455 136.3477889 0</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember></gml:MultiSurface></tran:lod1MultiSurface>
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
<tran:Road gml:id="tran_7c11941c-1da0-44fc-9e41-e5e61727c3f1">
<core:creationDate>2025-03-21</core:creationDate>
<tran:class codeSpace="../../codelists/TransportationComplex_class.xml">1040</tran:class>
<tran:function codeSpace="../../codelists/Road_function.xml">4</tran:function>
<tran:lod1MultiSurface><gml:MultiSurface><gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3140215 136.3501546 0 36.3145251 136.3498953 0 36.314506 136.3498388 0 36.3140024 136.3500981 0 36.3140215 136.3501546 0</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember></gml:MultiSurface></tran:lod1MultiSurface>
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
<tran:Road gml:id="tran_58fcae6d-b316-4e1b-b5a7-70df20aa46e5">
<core:creationDate>2025-03-21</core:creationDate>
<tran:class codeSpace="../../codelists/TransportationComplex_class.xml">1040</tran:class>
<tran:function codeSpace="../../codelists/Road_function.xml">4</tran:function>
<tran:lod1MultiSurface><gml:MultiSurface><gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3145916 136.349861 0 36.314831 136.3497378 0 36.3148119 136.3496813 0 36.3145726 136.3498045 0 36.3145916 136.349861 0</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember></gml:MultiSurface></tran:lod1MultiSurface>
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
<tran:Road gml:id="tran_399802df-2028-4374-8fc8-47659772fa72">
<core:creationDate>2025-03-21</core:creationDate>
<tran:class codeSpace="../../codelists/TransportationComplex_class.xml">1040</tran:class>
<tran:function codeSpace="../../codelists/Road_function.xml">4</tran:function>
<tran:lod1MultiSurface><gml:MultiSurface><gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3150249 136.349638 0 36.3153445 136.3494734 0 36.3153254 136.3494169 0 36.3150058 136.3495814 0 36.3150249 136.349638 0</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember></gml:MultiSurface></tran:lod1MultiSurface>
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
<tran:Road gml:id="tran_5eb613a8-d0ae-45df-a08e-42036791dc68">
<core:creationDate>2025-03-21</core:creationDate>
<tran:class codeSpace="../../codelists/TransportationComplex_class.xml">1040</tran:class>
<tran:function codeSpace="../../codelists/Road_function.xml">4</tran:function>
<tran:lod1MultiSurface><gml:MultiSurface><gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.315436 136.3494263 0 36.3161888 136.3490387 0 36.3161698 136.3489821 0 36.3154169 136.3493698 0 36.315436 136.3494263 0</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember></gml:MultiSurface></tran:lod1MultiSurface>
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
<tran:Road gml:id="tran_28d6ee0c-0751-4a7e-bf29-239e8bc698c3">
<core:creationDate>2025-03-21</core:creationDate>
<tran:class codeSpace="../../codelists/TransportationComplex_class.xml">1040</tran:class>
<tran:function codeSpace="../../codelists/Road_function.xml">4</tran:function>
<tran:lod1MultiSurface><gml:MultiSurface><gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3162554 136.3490044 0 36.3170207 136.3486104 0 36.3170016 136.3485538 0 36.3162363 136.3489479 0 36.3162554 136.3490044 0</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember></gml:MultiSurface></tran:lod1MultiSurface>
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
<tran:Road gml:id="tran_6c4097c6-69dd-43a2-909f-9f6fca5a74d9">
<core:creationDate>2025-03-21</core:creationDate>
<tran:class codeSpace="../../codelists/TransportationComplex_class.xml">1040</tran:class>
<tran:function codeSpace="../../codelists/Road_function.xml">4</tran:function>
<tran:lod1MultiSurface><gml:MultiSurface><gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3160942 136.3376688 0 36.3164434 136.3387043 0 36.3164933 136.3386786 0 36.3161441 136.3376431 0 36.3160942 136.3376688 0</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember></gml:MultiSurface></tran:lod1MultiSurface>
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
<tran:Road gml:id="tran_aeced438-4193-4b56-bd21-2bc76f0ab9ec">
<core:creationDate>2025-03-21</core:creationDate>
<tran:class codeSpace="../../codelists/TransportationComplex_class.xml">1040</tran:class>
<tran:function codeSpace="../../codelists/Road_function.xml">4</tran:function>
<tran:lod1MultiSurface><gml:MultiSurface><gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3152937 136.3376688 0 36.3157587 136.3390478 0 36.3158086 136.3390221 0 36.3153436 136.3376431 0 36.3152937 136.3376688 0</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember></gml:MultiSurface></tran:lod1MultiSurface>
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
<tran:Road gml:id="tran_8caabc60-6bd0-4573-ab21-e1c52e0363c6">
<core:creationDate>2025-03-21</core:creationDate>
<tran:class codeSpace="../../codelists/TransportationComplex_class.xml">1040</tran:class>
<tran:function codeSpace="../../codelists/Road_function.xml">4</tran:function>
<tran:lod1MultiSurface><gml:MultiSurface><gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3157847 136.3391249 0 36.3174163 136.343964 0 36.3174662 136.3439383 0 36.3158346 136.3390992 0 36.3157847 136.3391249 0</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember></gml:MultiSurface></tran:lod1MultiSurface>
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
<tran:Road gml:id="tran_bf1c9534-a3fd-4024-89d2-ba1ef4c2e137">
<core:creationDate>2025-03-21</core:creationDate>
<tran:class codeSpace="../../codelists/TransportationComplex_class.xml">1040</tran:class>
<tran:function codeSpace="../../codelists/Road_function.xml">4</tran:function>
<tran:lod1MultiSurface><gml:MultiSurface><gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3162034 136.3433056 0 36.316572 136.3443988 0 36.3166469 136.3443602 0 36.3162783 136.3432671 0 36.3162034 136.3433056 0</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember></gml:MultiSurface></tran:lod1MultiSurface>
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
<tran:Road gml:id="tran_74e15d52-d891-41d8-a73e-11d1e27c60fe">
<core:creationDate>2025-03-21</core:creationDate>
<tran:class codeSpace="../../codelists/TransportationComplex_class.xml">1040</tran:class>
<tran:function codeSpace="../../codelists/Road_function.xml">4</tran:function>
<tran:lod1MultiSurface><gml:MultiSurface><gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3141209 136.3399816 0 36.3143953 136.3407952 0 36.3144452 136.3407695 0 36.3141709 136.3399559 0 36.3141209 136.3399816 0</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember></gml:MultiSurface></tran:lod1MultiSurface>
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
<tran:Road gml:id="tran_851c8476-fc90-4f95-8404-c3255797c2c7">
<core:creationDate>2025-03-21</core:creationDate>
<tran:class codeSpace="../../codelists/TransportationComplex_class.xml">1040</tran:class>
<tran:function codeSpace="../../codelists/Road_function.xml">4</tran:function>
<tran:lod1MultiSurface><gml:MultiSurface><gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.315505 136.3440862 0 36.3157526 136.3448206 0 36.3158025 136.3447949 0 36.3155549 136.3440605 0 36.315505 136.3440862 0</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember></gml:MultiSurface></tran:lod1MultiSurface>
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
<tran:Road gml:id="tran_e45f6dd1-5a4e-4300-b3d4-c38d50659758">
<core:creationDate>2025-03-21</core:creationDate>
<tran:class codeSpace="../../codelists/TransportationComplex_class.xml">1040</tran:class>
<tran:function codeSpace="../../codelists/Road_function.xml">4</tran:function>
<tran:lod1MultiSurface><gml:MultiSurface><gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3157907 136.3449337 0 36.3161746 136.3460722 0 36.3162245 136.3460465 0 36.3158406 136.344908 0 36.3157907 136.3449337 0</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember></gml:MultiSurface></tran:lod1MultiSurface>
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
<tran:Road gml:id="tran_b7466269-1e94-4a14-8f37-544cbd9376ea">
<core:creationDate>2025-03-21</core:creationDate>
<tran:class codeSpace="../../codelists/TransportationComplex_class.xml">1040</tran:class>
<tran:function codeSpace="../../codelists/Road_function.xml">4</tran:function>
<tran:lod1MultiSurface><gml:MultiSurface><gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3162006 136.3461493 0 36.3165845 136.3472877 0 36.3166344 136.347262 0 36.3162505 136.3461236 0 36.3162006 136.3461493 0</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember></gml:MultiSurface></tran:lod1MultiSurface>
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
<tran:Road gml:id="tran_1ff556fc-19de-4137-b7b0-526db38278c3">
<core:creationDate>2025-03-21</core:creationDate>
<tran:class codeSpace="../../codelists/TransportationComplex_class.xml">1040</tran:class>
<tran:function codeSpace="../../codelists/Road_function.xml">4</tran:function>
<tran:lod1MultiSurface><gml:MultiSurface><gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.313419 136.3407952 0 36.313679 136.3415663 0 36.3137289 136.3415406 0 36.3134689 136.3407695 0 36.313419 136.3407952 0</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember></gml:MultiSurface></tran:lod1MultiSurface>
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
<tran:Road gml:id="tran_b9880f85-f3ed-4b1d-90e6-0f9021f0b1bf">
<core:creationDate>2025-03-21</core:creationDate>
<tran:class codeSpace="../../codelists/TransportationComplex_class.xml">1040</tran:class>
<tran:function codeSpace="../../codelists/Road_function.xml">4</tran:function>
<tran:lod1MultiSurface><gml:MultiSurface><gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3145369 136.3441105 0 36.3147367 136.3447032 0 36.3147867 136.3446775 0 36.3145868 136.3440848 0 36.3145369 136.3441105 0</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember></gml:MultiSurface></tran:lod1MultiSurface>
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
<tran:Road gml:id="tran_cfe142cd-6990-45ca-a5fd-0d82cecff74a">
<core:creationDate>2025-03-21</core:creationDate>
<tran:class codeSpace="../../codelists/TransportationComplex_class.xml">1040</tran:class>
<tran:function codeSpace="../../codelists/Road_function.xml">4</tran:function>
<tran:lod1MultiSurface><gml:MultiSurface><gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3150142 136.345526 0 36.3153427 136.3465005 0 36.3153927 136.3464748 0 36.3150641 136.3455003 0 36.3150142 136.345526 0</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember></gml:MultiSurface></tran:lod1MultiSurface>
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
<tran:Road gml:id="tran_7390377d-02c9-4463-89ec-41d479b83da4">
<core:creationDate>2025-03-21</core:creationDate>
<tran:class codeSpace="../../codelists/TransportationComplex_class.xml">1040</tran:class>
<tran:function codeSpace="../../codelists/Road_function.xml">4</tran:function>
<tran:lod1MultiSurface><gml:MultiSurface><gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3153687 136.3465776 0 36.3157526 136.347716 0 36.3158025 136.3476903 0 36.3154187 136.3465519 0 36.3153687 136.3465776 0</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember></gml:MultiSurface></tran:lod1MultiSurface>
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
<tran:Road gml:id="tran_33d29f5a-c9b7-45d7-a122-4602edd4581e">
<core:creationDate>2025-03-21</core:creationDate>
<tran:class codeSpace="../../codelists/TransportationComplex_class.xml">1040</tran:class>
<tran:function codeSpace="../../codelists/Road_function.xml">4</tran:function>
<tran:lod1MultiSurface><gml:MultiSurface><gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3157907 136.3478291 0 36.3161746 136.3489676 0 36.3162245 136.3489419 0 36.3158406 136.3478034 0 36.3157907 136.3478291 0</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember></gml:MultiSurface></tran:lod1MultiSurface>
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
<tran:Road gml:id="tran_797596d5-9a39-429c-a20f-b399bc88b6d8">
<core:creationDate>2025-03-21</core:creationDate>
<tran:class codeSpace="../../codelists/TransportationComplex_class.xml">1040</tran:class>
<tran:function codeSpace="../../codelists/Road_function.xml">4</tran:function>
<tran:lod1MultiSurface><gml:MultiSurface><gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3162006 136.3490447 0 36.3165905 136.3502011 0 36.3166405 136.3501754 0 36.3162505 136.349019 0 36.3162006 136.3490447 0</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember></gml:MultiSurface></tran:lod1MultiSurface>
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
<tran:Road gml:id="tran_fffb2e47-c2f0-4db6-b00d-7564914c17f4">
<core:creationDate>2025-03-21</core:creationDate>
<tran:class codeSpace="../../codelists/TransportationComplex_class.xml">1040</tran:class>
<tran:function codeSpace="../../codelists/Road_function.xml">4</tran:function>
<tran:lod1MultiSurface><gml:MultiSurface><gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3126501 136.3414536 0 36.3128347 136.3420011 0 36.3129095 136.3419625 0 36.312725 136.3414151 0 36.3126501 136.3414536 0</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember></gml:MultiSurface></tran:lod1MultiSurface>
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
<tran:Road gml:id="tran_b6e9dec9-747e-472f-83f5-f1112d06cb94">
<core:creationDate>2025-03-21</core:creationDate>
<tran:class codeSpace="../../codelists/TransportationComplex_class.xml">1040</tran:class>
<tran:function codeSpace="../../codelists/Road_function.xml">4</tran:function>
<tran:lod1MultiSurface><gml:MultiSurface><gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3128607 136.3420782 0 36.3132445 136.3432166 0 36.3133194 136.3431781 0 36.3129355 136.3420396 0 36.3128607 136.3420782 0</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember></gml:MultiSurface></tran:lod1MultiSurface>
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
<tran:Road gml:id="tran_2835902c-ad0b-4c23-9681-de5387b76188">
<core:creationDate>2025-03-21</core:creationDate>
<tran:class codeSpace="../../codelists/TransportationComplex_class.xml">1040</tran:class>
<tran:function codeSpace="../../codelists/Road_function.xml">4</tran:function>
<tran:lod1MultiSurface><gml:MultiSurface><gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3132827 136.3433297 0 36.3140378 136.3455691 0 36.3141126 136.3455306 0 36.3133575 136.3432911 0 36.3132827 136.3433297 0</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember></gml:MultiSurface></tran:lod1MultiSurface>
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
<tran:Road gml:id="tran_a3ab9db7-0ed3-4497-87f6-826213b4f9a8">
<core:creationDate>2025-03-21</core:creationDate>
<tran:class codeSpace="../../codelists/TransportationComplex_class.xml">1040</tran:class>
<tran:function codeSpace="../../codelists/Road_function.xml">4</tran:function>
<tran:lod1MultiSurface><gml:MultiSurface><gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3149464 136.3482639 0 36.3153303 136.3494023 0 36.3154051 136.3493638 0 36.3150213 136.3482253 0 36.3149464 136.3482639 0</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember></gml:MultiSurface></tran:lod1MultiSurface>
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
<tran:Road gml:id="tran_b70a23ed-765f-41f6-8b24-808344a23df2">
<core:creationDate>2025-03-21</core:creationDate>
<tran:class codeSpace="../../codelists/TransportationComplex_class.xml">1040</tran:class>
<tran:function codeSpace="../../codelists/Road_function.xml">4</tran:function>
<tran:lod1MultiSurface><gml:MultiSurface><gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3124633 136.3437516 0 36.3128472 136.34489 0 36.3128971 136.3448643 0 36.3125132 136.3437259 0 36.3124633 136.3437516 0</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember></gml:MultiSurface></tran:lod1MultiSurface>
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
<tran:Road gml:id="tran_8912996b-716a-4919-92f1-1ddf8446c389">
<core:creationDate>2025-03-21</core:creationDate>
<tran:class codeSpace="../../codelists/TransportationComplex_class.xml">1040</tran:class>
<tran:function codeSpace="../../codelists/Road_function.xml">4</tran:function>
<tran:lod1MultiSurface><gml:MultiSurface><gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.314127 136.3486857 0 36.3145109 136.3498242 0 36.3145608 136.3497985 0 36.3141769 136.34866 0 36.314127 136.3486857 0</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember></gml:MultiSurface></tran:lod1MultiSurface>
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
</core:CityModel>
