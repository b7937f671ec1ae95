<?xml version="1.0" encoding="UTF-8"?>
<core:CityModel xmlns:grp="http://www.opengis.net/citygml/cityobjectgroup/2.0" xmlns:core="http://www.opengis.net/citygml/2.0" xmlns:pbase="http://www.opengis.net/citygml/profiles/base/2.0" xmlns:smil20lang="http://www.w3.org/2001/SMIL20/Language" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" xmlns:smil20="http://www.w3.org/2001/SMIL20/" xmlns:bldg="http://www.opengis.net/citygml/building/2.0" xmlns:xAL="urn:oasis:names:tc:ciq:xsdschema:xAL:2.0" xmlns:uro="https://www.geospatial.jp/iur/uro/3.1" xmlns:luse="http://www.opengis.net/citygml/landuse/2.0" xmlns:app="http://www.opengis.net/citygml/appearance/2.0" xmlns:gen="http://www.opengis.net/citygml/generics/2.0" xmlns:dem="http://www.opengis.net/citygml/relief/2.0" xmlns:tex="http://www.opengis.net/citygml/texturedsurface/2.0" xmlns:tun="http://www.opengis.net/citygml/tunnel/2.0" xmlns:xlink="http://www.w3.org/1999/xlink" xmlns:sch="http://www.ascc.net/xml/schematron" xmlns:veg="http://www.opengis.net/citygml/vegetation/2.0" xmlns:frn="http://www.opengis.net/citygml/cityfurniture/2.0" xmlns:gml="http://www.opengis.net/gml" xmlns:tran="http://www.opengis.net/citygml/transportation/2.0" xmlns:wtr="http://www.opengis.net/citygml/waterbody/2.0" xmlns:brid="http://www.opengis.net/citygml/bridge/2.0" xsi:schemaLocation="https://www.geospatial.jp/iur/uro/3.1 ../../schemas/iur/uro/3.1/urbanObject.xsd http://www.opengis.net/citygml/2.0 http://schemas.opengis.net/citygml/2.0/cityGMLBase.xsd http://www.opengis.net/citygml/building/2.0 http://schemas.opengis.net/citygml/building/2.0/building.xsd http://www.opengis.net/citygml/transportation/2.0 http://schemas.opengis.net/citygml/transportation/2.0/transportation.xsd http://www.opengis.net/citygml/generics/2.0 http://schemas.opengis.net/citygml/generics/2.0/generics.xsd http://www.opengis.net/gml http://schemas.opengis.net/gml/3.1.1/base/gml.xsd">
<gml:boundedBy>
<gml:Envelope srsName="http://www.opengis.net/def/crs/EPSG/0/6697" srsDimension="3">
<gml:lowerCorner>36.3247704 136.3484073 0</gml:lowerCorner>
<gml:upperCorner>36.3332186 136.3635757 0</gml:upperCorner>
</gml:Envelope>
</gml:boundedBy>
<core:cityObjectMember>
<tran:Road gml:id="tran_ee4525bc-5ad7-4c85-8c8b-56426e4b62b8">
<core:creationDate>2025-03-21</core:creationDate>
<tran:class codeSpace="../../codelists/TransportationComplex_class.xml">1040</tran:class>
<tran:function codeSpace="../../codelists/Road_function.xml">3</tran:function>
<tran:lod1MultiSurface><gml:MultiSurface><gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3258941 136.3512114 0 36.3257862 136.351219 0 36.3257688 136.3512873 0 36.3257827 136.3513284 0 36.3257915 136.3513352 0 36.3258995 136.3513276 0 36.3259168 136.3512593 0 36.325903 136.3512182 0 36.3258941 136.3512114 0</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember></gml:MultiSurface></tran:lod1MultiSurface>
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
<tran:Road gml:id="tran_5ff6659e-793c-45cd-92bf-c08fb5582962">
<core:creationDate>2025-03-21</core:creationDate>
<tran:class codeSpace="../../codelists/TransportationComplex_class.xml">1040</tran:class>
<tran:function codeSpace="../../codelists/Road_function.xml">3</tran:function>
<tran:lod1MultiSurface><gml:MultiSurface><gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3259591 136.3526166 0 36.3258511 136.3526242 0 36.3258294 136.3526947 0 36.3258485 136.3527512 0 36.3258573 136.3527581 0 36.3259653 136.3527505 0 36.325987 136.3526799 0 36.3259679 136.3526234 0 36.3259591 136.3526166 0</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember></gml:MultiSurface></tran:lod1MultiSurface>
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
<tran:Road gml:id="tran_9c4d033a-9834-475c-9018-26ccded0895a">
<core:creationDate>2025-03-21</core:creationDate>
<tran:class codeSpace="../../codelists/TransportationComplex_class.xml">1040</tran:class>
<tran:function codeSpace="../../codelists/Road_function.xml">3</tran:function>
<tran:lod1MultiSurface><gml:MultiSurface><gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3260235 136.35401 0 36.3259156 136.3540176 0 36.3258836 136.3540934 0 36.3259148 136.3541859 0 36.3259237 136.3541927 0 36.3260316 136.3541851 0 36.3260235 136.35401 0</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember></gml:MultiSurface></tran:lod1MultiSurface>
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
<tran:Road gml:id="tran_255c5fc5-adfc-43d5-a136-4c18cdff46f1">
<core:creationDate>2025-03-21</core:creationDate>
<tran:class codeSpace="../../codelists/TransportationComplex_class.xml">1040</tran:class>
<tran:function codeSpace="../../codelists/Road_function.xml">3</tran:function>
<tran:lod1MultiSurface><gml:MultiSurface><gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3260951 136.3554208 0 36.3259872 136.3554308 0 36.3259977 136.3556024 0 36.3261055 136.3555924 0 36.3261353 136.3555201 0 36.3261041 136.3554276 0 36.3260951 136.3554208 0</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember></gml:MultiSurface></tran:lod1MultiSurface>
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
<tran:Road gml:id="tran_9ea410cd-43ce-4954-8703-67899772902c">
<core:creationDate>2025-03-21</core:creationDate>
<tran:class codeSpace="../../codelists/TransportationComplex_class.xml">1040</tran:class>
<tran:function codeSpace="../../codelists/Road_function.xml">3</tran:function>
<tran:lod1MultiSurface><gml:MultiSurface><gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3261821 136.3568538 0 36.3260742 136.3568638 0 36.3260582 136.3569291 0 36.3260721 136.3569702 0 36.3260811 136.356977 0 36.3261889 136.356967 0 36.3262049 136.3569018 0 36.326191 136.3568607 0 36.3261821 136.3568538 0</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember></gml:MultiSurface></tran:lod1MultiSurface>
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
<tran:Road gml:id="tran_cf2b3120-1078-4552-ba58-c1a33d797277">
<core:creationDate>2025-03-21</core:creationDate>
<tran:class codeSpace="../../codelists/TransportationComplex_class.xml">1040</tran:class>
<tran:function codeSpace="../../codelists/Road_function.xml">3</tran:function>
<tran:lod1MultiSurface><gml:MultiSurface><gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3262667 136.3582489 0 36.3261589 136.3582589 0 36.3261388 136.3583262 0 36.3261578 136.3583828 0 36.3261668 136.3583896 0 36.3262747 136.3583796 0 36.3262948 136.3583123 0 36.3262757 136.3582557 0 36.3262667 136.3582489 0</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember></gml:MultiSurface></tran:lod1MultiSurface>
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
<tran:Road gml:id="tran_5dbadf2d-d8f9-45e7-a540-dc41b1cd2d0e">
<core:creationDate>2025-03-21</core:creationDate>
<tran:class codeSpace="../../codelists/TransportationComplex_class.xml">1040</tran:class>
<tran:function codeSpace="../../codelists/Road_function.xml">3</tran:function>
<tran:lod1MultiSurface><gml:MultiSurface><gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3263507 136.3596323 0 36.3262428 136.3596422 0 36.3262131 136.3597146 0 36.3262443 136.3598071 0 36.3262533 136.3598139 0 36.3263611 136.3598039 0 36.3263507 136.3596323 0</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember></gml:MultiSurface></tran:lod1MultiSurface>
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
<tran:Road gml:id="tran_40be303d-76d7-45b8-addb-88d3c571ccc4">
<core:creationDate>2025-03-21</core:creationDate>
<tran:class codeSpace="../../codelists/TransportationComplex_class.xml">1040</tran:class>
<tran:function codeSpace="../../codelists/Road_function.xml">3</tran:function>
<tran:lod1MultiSurface><gml:MultiSurface><gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3264371 136.3610566 0 36.3263293 136.3610665 0 36.3263092 136.3611339 0 36.3263282 136.3611904 0 36.3263372 136.3611973 0 36.3264451 136.3611873 0 36.3264652 136.3611199 0 36.3264461 136.3610634 0 36.3264371 136.3610566 0</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember></gml:MultiSurface></tran:lod1MultiSurface>
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
<tran:Road gml:id="tran_84814106-b44b-42aa-9050-8af373a0f119">
<core:creationDate>2025-03-21</core:creationDate>
<tran:class codeSpace="../../codelists/TransportationComplex_class.xml">1040</tran:class>
<tran:function codeSpace="../../codelists/Road_function.xml">4</tran:function>
<tran:lod1MultiSurface><gml:MultiSurface><gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3252253 136.3500983 0 36.3251754 136.350124 0 36.3251705 136.3501386 0 36.3251896 136.3501951 0 36.3252014 136.3502011 0 36.3252513 136.3501754 0 36.3252561 136.3501609 0 36.3252371 136.3501043 0 36.3252253 136.3500983 0</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember></gml:MultiSurface></tran:lod1MultiSurface>
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
<tran:Road gml:id="tran_c79877c0-0a83-4416-8c0a-ff7503432524">
<core:creationDate>2025-03-21</core:creationDate>
<tran:class codeSpace="../../codelists/TransportationComplex_class.xml">1040</tran:class>
<tran:function codeSpace="../../codelists/Road_function.xml">4</tran:function>
<tran:lod1MultiSurface><gml:MultiSurface><gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3256438 136.3513396 0 36.3255939 136.3513653 0 36.325589 136.3513798 0 36.3256029 136.3514209 0 36.3256695 136.3513867 0 36.3256556 136.3513456 0 36.3256438 136.3513396 0</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember></gml:MultiSurface></tran:lod1MultiSurface>
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
<tran:Road gml:id="tran_cb0a6eb6-b869-4dc1-afb8-c132d6f86344">
<core:creationDate>2025-03-21</core:creationDate>
<tran:class codeSpace="../../codelists/TransportationComplex_class.xml">1040</tran:class>
<tran:function codeSpace="../../codelists/Road_function.xml">4</tran:function>
<tran:lod1MultiSurface><gml:MultiSurface><gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3264757 136.3509113 0 36.3264258 136.350937 0 36.3264209 136.3509515 0 36.3264348 136.3509926 0 36.3265013 136.3509584 0 36.3264875 136.3509173 0 36.3264757 136.3509113 0</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember></gml:MultiSurface></tran:lod1MultiSurface>
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
<tran:Road gml:id="tran_2fab765d-cb7d-48de-99b0-fe2bd58721af">
<core:creationDate>2025-03-21</core:creationDate>
<tran:class codeSpace="../../codelists/TransportationComplex_class.xml">1040</tran:class>
<tran:function codeSpace="../../codelists/Road_function.xml">4</tran:function>
<tran:lod1MultiSurface><gml:MultiSurface><gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3281311 136.3500589 0 36.3280978 136.350076 0 36.328093 136.3500906 0 36.3281068 136.3501317 0 36.3281186 136.3501377 0 36.3281519 136.3501206 0 36.3281567 136.350106 0 36.3281429 136.3500649 0 36.3281311 136.3500589 0</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember></gml:MultiSurface></tran:lod1MultiSurface>
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
<tran:Road gml:id="tran_2932caca-d61c-47c9-88f8-19c1b2ab1355">
<core:creationDate>2025-03-21</core:creationDate>
<tran:class codeSpace="../../codelists/TransportationComplex_class.xml">1040</tran:class>
<tran:function codeSpace="../../codelists/Road_function.xml">4</tran:function>
<tran:lod1MultiSurface><gml:MultiSurface><gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3252378 136.3529873 0 36.3251629 136.3530258 0 36.325158 136.3530404 0 36.3251771 136.3530969 0 36.3251889 136.3531029 0 36.3252638 136.3530644 0 36.3252686 136.3530498 0 36.3252495 136.3529933 0 36.3252378 136.3529873 0</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember></gml:MultiSurface></tran:lod1MultiSurface>
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
<tran:Road gml:id="tran_9b61b066-99f1-4edb-8f40-b58495e64730">
<core:creationDate>2025-03-21</core:creationDate>
<tran:class codeSpace="../../codelists/TransportationComplex_class.xml">1040</tran:class>
<tran:function codeSpace="../../codelists/Road_function.xml">4</tran:function>
<tran:lod1MultiSurface><gml:MultiSurface><gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3256891 136.3541936 0 36.3256476 136.3542028 0 36.3255728 136.3542414 0 36.3256109 136.3543545 0 36.3256858 136.3543159 0 36.3257203 136.3542861 0 36.3256891 136.3541936 0</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember></gml:MultiSurface></tran:lod1MultiSurface>
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
<tran:Road gml:id="tran_f97392b3-6dc9-40e9-a151-fc7d8e9f17ac">
<core:creationDate>2025-03-21</core:creationDate>
<tran:class codeSpace="../../codelists/TransportationComplex_class.xml">1040</tran:class>
<tran:function codeSpace="../../codelists/Road_function.xml">4</tran:function>
<tran:lod1MultiSurface><gml:MultiSurface><gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3252192 136.3558711 0 36.3251693 136.3558968 0 36.3251645 136.3559114 0 36.3251956 136.3560039 0 36.3252074 136.3560099 0 36.3252573 136.3559842 0 36.3252622 136.3559696 0 36.325231 136.3558771 0 36.3252192 136.3558711 0</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember></gml:MultiSurface></tran:lod1MultiSurface>
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
<tran:Road gml:id="tran_fa09894c-3ca4-4bfe-a2c1-aa720b934473">
<core:creationDate>2025-03-21</core:creationDate>
<tran:class codeSpace="../../codelists/TransportationComplex_class.xml">1040</tran:class>
<tran:function codeSpace="../../codelists/Road_function.xml">4</tran:function>
<tran:lod1MultiSurface><gml:MultiSurface><gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3264882 136.3566956 0 36.3264133 136.3567342 0 36.3264084 136.3567487 0 36.3264223 136.3567899 0 36.3264341 136.3567958 0 36.326509 136.3567573 0 36.3265138 136.3567427 0 36.3264999 136.3567016 0 36.3264882 136.3566956 0</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember></gml:MultiSurface></tran:lod1MultiSurface>
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
<tran:Road gml:id="tran_053bf917-8b7f-449b-b17c-17e607e8f394">
<core:creationDate>2025-03-21</core:creationDate>
<tran:class codeSpace="../../codelists/TransportationComplex_class.xml">1040</tran:class>
<tran:function codeSpace="../../codelists/Road_function.xml">4</tran:function>
<tran:lod1MultiSurface><gml:MultiSurface><gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3297948 136.3549931 0 36.3297615 136.3550102 0 36.3297567 136.3550248 0 36.3297705 136.3550659 0 36.3297823 136.3550719 0 36.3298156 136.3550548 0 36.3298205 136.3550402 0 36.3298066 136.3549991 0 36.3297948 136.3549931 0</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember></gml:MultiSurface></tran:lod1MultiSurface>
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
<tran:Road gml:id="tran_a52c3411-515f-4270-81b0-04d15ac240d2">
<core:creationDate>2025-03-21</core:creationDate>
<tran:class codeSpace="../../codelists/TransportationComplex_class.xml">1040</tran:class>
<tran:function codeSpace="../../codelists/Road_function.xml">4</tran:function>
<tran:lod1MultiSurface><gml:MultiSurface><gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3331223 136.3532798 0 36.333089 136.353297 0 36.3330841 136.3533115 0 36.333098 136.3533526 0 36.3331223 136.3532798 0</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember></gml:MultiSurface></tran:lod1MultiSurface>
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
<tran:Road gml:id="tran_db6108ab-10ff-46e4-80e1-4b5420bd6295">
<core:creationDate>2025-03-21</core:creationDate>
<tran:class codeSpace="../../codelists/TransportationComplex_class.xml">1040</tran:class>
<tran:function codeSpace="../../codelists/Road_function.xml">4</tran:function>
<tran:lod1MultiSurface><gml:MultiSurface><gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3281519 136.3616298 0 36.328077 136.3616683 0 36.3280722 136.3616829 0 36.328086 136.361724 0 36.3280978 136.36173 0 36.3281727 136.3616915 0 36.3281775 136.3616769 0 36.3281637 136.3616358 0 36.3281519 136.3616298 0</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember></gml:MultiSurface></tran:lod1MultiSurface>
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
<tran:Road gml:id="tran_ef7f8b32-ec0c-4bd3-a6d5-0778fd8059ad">
<core:creationDate>2025-03-21</core:creationDate>
<tran:class codeSpace="../../codelists/TransportationComplex_class.xml">1040</tran:class>
<tran:function codeSpace="../../codelists/Road_function.xml">4</tran:function>
<tran:lod1MultiSurface><gml:MultiSurface><gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3314585 136.3599273 0 36.3314253 136.3599444 0 36.3314204 136.3599589 0 36.3314343 136.3600001 0 36.3314461 136.3600061 0 36.3314793 136.3599889 0 36.3314842 136.3599744 0 36.3314703 136.3599332 0 36.3314585 136.3599273 0</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember></gml:MultiSurface></tran:lod1MultiSurface>
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
<tran:Road gml:id="tran_4789f04b-ba5c-4c3a-b377-ce9fe4a1f375">
<core:creationDate>2025-03-21</core:creationDate>
<tran:class codeSpace="../../codelists/TransportationComplex_class.xml">1040</tran:class>
<tran:function codeSpace="../../codelists/Road_function.xml">3</tran:function>
<tran:usage codeSpace="../../codelists/Road_usage.xml">2</tran:usage>
<tran:lod1MultiSurface><gml:MultiSurface><gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3257266 136.34993 0 36.3257862 136.351219 0 36.3258941 136.3512114 0 36.3258345 136.3499224 0 36.3257266 136.34993 0</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember></gml:MultiSurface></tran:lod1MultiSurface>
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
<tran:Road gml:id="tran_6f0e285b-ddee-419e-81b5-166fe9aca0ef">
<core:creationDate>2025-03-21</core:creationDate>
<tran:class codeSpace="../../codelists/TransportationComplex_class.xml">1040</tran:class>
<tran:function codeSpace="../../codelists/Road_function.xml">3</tran:function>
<tran:usage codeSpace="../../codelists/Road_usage.xml">2</tran:usage>
<tran:lod1MultiSurface><gml:MultiSurface><gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3257915 136.3513352 0 36.3258511 136.3526242 0 36.3259591 136.3526166 0 36.3258995 136.3513276 0 36.3257915 136.3513352 0</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember></gml:MultiSurface></tran:lod1MultiSurface>
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
<tran:Road gml:id="tran_71f7d131-38fb-4831-94f5-de0c0273bd99">
<core:creationDate>2025-03-21</core:creationDate>
<tran:class codeSpace="../../codelists/TransportationComplex_class.xml">1040</tran:class>
<tran:function codeSpace="../../codelists/Road_function.xml">3</tran:function>
<tran:usage codeSpace="../../codelists/Road_usage.xml">2</tran:usage>
<tran:lod1MultiSurface><gml:MultiSurface><gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3258573 136.3527581 0 36.3259156 136.3540176 0 36.3260235 136.35401 0 36.3259653 136.3527505 0 36.3258573 136.3527581 0</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember></gml:MultiSurface></tran:lod1MultiSurface>
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
<tran:Road gml:id="tran_3f21a7e9-5c43-464c-a75e-91416894fca5">
<core:creationDate>2025-03-21</core:creationDate>
<tran:class codeSpace="../../codelists/TransportationComplex_class.xml">1040</tran:class>
<tran:function codeSpace="../../codelists/Road_function.xml">3</tran:function>
<tran:usage codeSpace="../../codelists/Road_usage.xml">2</tran:usage>
<tran:lod1MultiSurface><gml:MultiSurface><gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3259237 136.3541927 0 36.3259607 136.3549941 0 36.3259872 136.3554308 0 36.3260951 136.3554208 0 36.3260686 136.3549853 0 36.3260316 136.3541851 0 36.3259237 136.3541927 0</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember></gml:MultiSurface></tran:lod1MultiSurface>
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
<tran:Road gml:id="tran_a021b28b-9258-4b0b-9a46-eda8717c5ce9">
<core:creationDate>2025-03-21</core:creationDate>
<tran:class codeSpace="../../codelists/TransportationComplex_class.xml">1040</tran:class>
<tran:function codeSpace="../../codelists/Road_function.xml">3</tran:function>
<tran:usage codeSpace="../../codelists/Road_usage.xml">2</tran:usage>
<tran:lod1MultiSurface><gml:MultiSurface><gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3259977 136.3556024 0 36.3260742 136.3568638 0 36.3261821 136.3568538 0 36.3261055 136.3555924 0 36.3259977 136.3556024 0</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember></gml:MultiSurface></tran:lod1MultiSurface>
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
<tran:Road gml:id="tran_5f1d97c9-3337-4e3f-a3be-f4aa5d3afc78">
<core:creationDate>2025-03-21</core:creationDate>
<tran:class codeSpace="../../codelists/TransportationComplex_class.xml">1040</tran:class>
<tran:function codeSpace="../../codelists/Road_function.xml">3</tran:function>
<tran:usage codeSpace="../../codelists/Road_usage.xml">2</tran:usage>
<tran:lod1MultiSurface><gml:MultiSurface><gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3260811 136.356977 0 36.3261589 136.3582589 0 36.3262667 136.3582489 0 36.3261889 136.356967 0 36.3260811 136.356977 0</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember></gml:MultiSurface></tran:lod1MultiSurface>
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
<tran:Road gml:id="tran_368c3727-d05e-4745-8940-990c797f9595">
<core:creationDate>2025-03-21</core:creationDate>
<tran:class codeSpace="../../codelists/TransportationComplex_class.xml">1040</tran:class>
<tran:function codeSpace="../../codelists/Road_function.xml">3</tran:function>
<tran:usage codeSpace="../../codelists/Road_usage.xml">2</tran:usage>
<tran:lod1MultiSurface><gml:MultiSurface><gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3261668 136.3583896 0 36.3262428 136.3596422 0 36.3263507 136.3596323 0 36.3262747 136.3583796 0 36.3261668 136.3583896 0</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember></gml:MultiSurface></tran:lod1MultiSurface>
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
<tran:Road gml:id="tran_96fabb56-d0c5-45ba-91f8-826c002cb65f">
<core:creationDate>2025-03-21</core:creationDate>
<tran:class codeSpace="../../codelists/TransportationComplex_class.xml">1040</tran:class>
<tran:function codeSpace="../../codelists/Road_function.xml">3</tran:function>
<tran:usage codeSpace="../../codelists/Road_usage.xml">2</tran:usage>
<tran:lod1MultiSurface><gml:MultiSurface><gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3262533 136.3598139 0 36.3263293 136.3610666 0 36.3264371 136.3610566 0 36.3263611 136.3598039 0 36.3262533 136.3598139 0</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember></gml:MultiSurface></tran:lod1MultiSurface>
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
<tran:Road gml:id="tran_12095779-5162-4f72-ab59-6b2b37410dc8">
<core:creationDate>2025-03-21</core:creationDate>
<tran:class codeSpace="../../codelists/TransportationComplex_class.xml">1040</tran:class>
<tran:function codeSpace="../../codelists/Road_function.xml">3</tran:function>
<tran:usage codeSpace="../../codelists/Road_usage.xml">2</tran:usage>
<tran:lod1MultiSurface><gml:MultiSurface><gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3263372 136.3611973 0 36.3263632 136.3616259 0 36.3264711 136.3616159 0 36.3264451 136.3611873 0 36.3263372 136.3611973 0</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember></gml:MultiSurface></tran:lod1MultiSurface>
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
<tran:Road gml:id="tran_87cf996b-bbdc-4243-a464-4d2800a2e314">
<core:creationDate>2025-03-21</core:creationDate>
<tran:class codeSpace="../../codelists/TransportationComplex_class.xml">1040</tran:class>
<tran:function codeSpace="../../codelists/Road_function.xml">3</tran:function>
<tran:usage codeSpace="../../codelists/Road_usage.xml">2</tran:usage>
<tran:lod1MultiSurface><gml:MultiSurface><gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3263632 136.3616259 0 36.3263983 136.3622033 0 36.3265061 136.3621933 0 36.3264711 136.3616159 0 36.3263632 136.3616259 0</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember></gml:MultiSurface></tran:lod1MultiSurface>
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
<uro:sectionType codeSpace="../../codelists/RoadStructureAttribute_sectionType.xml">3</uro:sectionType>
</uro:RoadStructureAttribute>
</uro:roadStructureAttribute>
</tran:Road>
</core:cityObjectMember>
<core:cityObjectMember>
<tran:Road gml:id="tran_fda58c9d-4f7d-44d3-841e-4a1cb6797889">
<core:creationDate>2025-03-21</core:creationDate>
<tran:class codeSpace="../../codelists/TransportationComplex_class.xml">1040</tran:class>
<tran:function codeSpace="../../codelists/Road_function.xml">3</tran:function>
<tran:usage codeSpace="../../codelists/Road_usage.xml">2</tran:usage>
<tran:lod1MultiSurface><gml:MultiSurface><gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3263983 136.3622033 0 36.326415 136.3624792 0 36.3265229 136.3624692 0 36.3265061 136.3621933 0 36.3263983 136.3622033 0</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember></gml:MultiSurface></tran:lod1MultiSurface>
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
<tran:Road gml:id="tran_1588f470-0290-4e09-9233-0666baa7b708">
<core:creationDate>2025-03-21</core:creationDate>
<tran:class codeSpace="../../codelists/TransportationComplex_class.xml">1040</tran:class>
<tran:function codeSpace="../../codelists/Road_function.xml">4</tran:function>
<tran:lod1MultiSurface><gml:MultiSurface><gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3252561 136.3501609 0 36.3257177 136.3499232 0 36.3256987 136.3498667 0 36.3252371 136.3501043 0 36.3252561 136.3501609 0</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember></gml:MultiSurface></tran:lod1MultiSurface>
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
<tran:Road gml:id="tran_efafab2b-673b-488b-8ffb-ba1ef14bc520">
<core:creationDate>2025-03-21</core:creationDate>
<tran:class codeSpace="../../codelists/TransportationComplex_class.xml">1040</tran:class>
<tran:function codeSpace="../../codelists/Road_function.xml">4</tran:function>
<tran:lod1MultiSurface><gml:MultiSurface><gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3248501 136.3518086 0 36.3256029 136.351421 0 36.3255891 136.3513798 0 36.3248362 136.3517675 0 36.3248501 136.3518086 0</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember></gml:MultiSurface></tran:lod1MultiSurface>
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
<tran:Road gml:id="tran_4957b8a0-fc53-4275-a2b2-5b7e28f2c076">
<core:creationDate>2025-03-21</core:creationDate>
<tran:class codeSpace="../../codelists/TransportationComplex_class.xml">1040</tran:class>
<tran:function codeSpace="../../codelists/Road_function.xml">4</tran:function>
<tran:lod1MultiSurface><gml:MultiSurface><gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3256695 136.3513867 0 36.3257827 136.3513284 0 36.3257688 136.3512873 0 36.3256556 136.3513456 0 36.3256695 136.3513867 0</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember></gml:MultiSurface></tran:lod1MultiSurface>
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
<tran:Road gml:id="tran_6f88c497-f3af-4e25-8693-7743998971a2">
<core:creationDate>2025-03-21</core:creationDate>
<tran:class codeSpace="../../codelists/TransportationComplex_class.xml">1040</tran:class>
<tran:function codeSpace="../../codelists/Road_function.xml">4</tran:function>
<tran:lod1MultiSurface><gml:MultiSurface><gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3259168 136.3512593 0 36.3264348 136.3509926 0 36.3264209 136.3509515 0 36.325903 136.3512182 0 36.3259168 136.3512593 0</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember></gml:MultiSurface></tran:lod1MultiSurface>
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
<tran:Road gml:id="tran_ca690a11-d6f9-48d5-af34-29c6825d503c">
<core:creationDate>2025-03-21</core:creationDate>
<tran:class codeSpace="../../codelists/TransportationComplex_class.xml">1040</tran:class>
<tran:function codeSpace="../../codelists/Road_function.xml">4</tran:function>
<tran:lod1MultiSurface><gml:MultiSurface><gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3265013 136.3509584 0 36.3281068 136.3501317 0 36.328093 136.3500906 0 36.3264875 136.3509173 0 36.3265013 136.3509584 0</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember></gml:MultiSurface></tran:lod1MultiSurface>
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
<tran:Road gml:id="tran_81bc5a50-dc60-4468-817a-f97bd986332c">
<core:creationDate>2025-03-21</core:creationDate>
<tran:class codeSpace="../../codelists/TransportationComplex_class.xml">1040</tran:class>
<tran:function codeSpace="../../codelists/Road_function.xml">4</tran:function>
<tran:lod1MultiSurface><gml:MultiSurface><gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3252686 136.3530498 0 36.3258485 136.3527512 0 36.3258294 136.3526947 0 36.3252495 136.3529933 0 36.3252686 136.3530498 0</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember></gml:MultiSurface></tran:lod1MultiSurface>
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
<tran:Road gml:id="tran_006e01e9-3c71-4318-96e8-77713d528f7f">
<core:creationDate>2025-03-21</core:creationDate>
<tran:class codeSpace="../../codelists/TransportationComplex_class.xml">1040</tran:class>
<tran:function codeSpace="../../codelists/Road_function.xml">4</tran:function>
<tran:lod1MultiSurface><gml:MultiSurface><gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.325987 136.3526799 0 36.3262334 136.3525531 0 36.3262144 136.3524965 0 36.3259679 136.3526234 0 36.325987 136.3526799 0</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember></gml:MultiSurface></tran:lod1MultiSurface>
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
<tran:Road gml:id="tran_94e6dcbd-56c9-411d-b9aa-f8438c622996">
<core:creationDate>2025-03-21</core:creationDate>
<tran:class codeSpace="../../codelists/TransportationComplex_class.xml">1040</tran:class>
<tran:function codeSpace="../../codelists/Road_function.xml">4</tran:function>
<tran:lod1MultiSurface><gml:MultiSurface><gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3248463 136.3547361 0 36.3256079 136.3543439 0 36.3255767 136.3542514 0 36.3248151 136.3546436 0 36.3248463 136.3547361 0</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember></gml:MultiSurface></tran:lod1MultiSurface>
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
<tran:Road gml:id="tran_83f426bb-f0ad-4969-a8c7-ce7176d73fac">
<core:creationDate>2025-03-21</core:creationDate>
<tran:class codeSpace="../../codelists/TransportationComplex_class.xml">1040</tran:class>
<tran:function codeSpace="../../codelists/Road_function.xml">4</tran:function>
<tran:lod1MultiSurface><gml:MultiSurface><gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3257203 136.3542861 0 36.3259148 136.3541859 0 36.3258836 136.3540934 0 36.3256891 136.3541936 0 36.3257203 136.3542861 0</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember></gml:MultiSurface></tran:lod1MultiSurface>
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
<tran:Road gml:id="tran_171688ae-f385-469e-a3eb-b12560a883bd">
<core:creationDate>2025-03-21</core:creationDate>
<tran:class codeSpace="../../codelists/TransportationComplex_class.xml">1040</tran:class>
<tran:function codeSpace="../../codelists/Road_function.xml">4</tran:function>
<tran:lod1MultiSurface><gml:MultiSurface><gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3252622 136.3559696 0 36.3255747 136.3558088 0 36.3255435 136.3557162 0 36.325231 136.3558771 0 36.3252622 136.3559696 0</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember></gml:MultiSurface></tran:lod1MultiSurface>
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
<tran:Road gml:id="tran_993a68c2-841d-4f2d-be26-8d77a4bc9e09">
<core:creationDate>2025-03-21</core:creationDate>
<tran:class codeSpace="../../codelists/TransportationComplex_class.xml">1040</tran:class>
<tran:function codeSpace="../../codelists/Road_function.xml">4</tran:function>
<tran:lod1MultiSurface><gml:MultiSurface><gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3261353 136.3555201 0 36.3263734 136.3553975 0 36.3263422 136.355305 0 36.3261041 136.3554276 0 36.3261353 136.3555201 0</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember></gml:MultiSurface></tran:lod1MultiSurface>
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
<tran:Road gml:id="tran_78031bd9-190d-4f79-85ee-d90a9acf7400">
<core:creationDate>2025-03-21</core:creationDate>
<tran:class codeSpace="../../codelists/TransportationComplex_class.xml">1040</tran:class>
<tran:function codeSpace="../../codelists/Road_function.xml">4</tran:function>
<tran:lod1MultiSurface><gml:MultiSurface><gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3248376 136.3576058 0 36.3260721 136.3569702 0 36.3260582 136.3569291 0 36.3248237 136.3575647 0 36.3248376 136.3576058 0</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember></gml:MultiSurface></tran:lod1MultiSurface>
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
<tran:Road gml:id="tran_fbe6fd47-3a10-4a4d-988c-9941201e7db3">
<core:creationDate>2025-03-21</core:creationDate>
<tran:class codeSpace="../../codelists/TransportationComplex_class.xml">1040</tran:class>
<tran:function codeSpace="../../codelists/Road_function.xml">4</tran:function>
<tran:lod1MultiSurface><gml:MultiSurface><gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3262049 136.3569018 0 36.3264223 136.3567899 0 36.3264084 136.3567487 0 36.326191 136.3568607 0 36.3262049 136.3569018 0</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember></gml:MultiSurface></tran:lod1MultiSurface>
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
<tran:Road gml:id="tran_0b717a93-2931-441c-8c13-6f13e1fccb90">
<core:creationDate>2025-03-21</core:creationDate>
<tran:class codeSpace="../../codelists/TransportationComplex_class.xml">1040</tran:class>
<tran:function codeSpace="../../codelists/Road_function.xml">4</tran:function>
<tran:lod1MultiSurface><gml:MultiSurface><gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3265138 136.3567427 0 36.3297706 136.3550659 0 36.3297567 136.3550248 0 36.3264999 136.3567016 0 36.3265138 136.3567427 0</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember></gml:MultiSurface></tran:lod1MultiSurface>
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
<tran:Road gml:id="tran_929b4d49-3590-4b51-9a27-a7f522cc0c03">
<core:creationDate>2025-03-21</core:creationDate>
<tran:class codeSpace="../../codelists/TransportationComplex_class.xml">1040</tran:class>
<tran:function codeSpace="../../codelists/Road_function.xml">4</tran:function>
<tran:lod1MultiSurface><gml:MultiSurface><gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3298205 136.3550402 0 36.333098 136.3533526 0 36.3330841 136.3533115 0 36.3298066 136.3549991 0 36.3298205 136.3550402 0</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember></gml:MultiSurface></tran:lod1MultiSurface>
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
<tran:Road gml:id="tran_fb84e588-56a3-4ae4-8fd0-02c79289de6b">
<core:creationDate>2025-03-21</core:creationDate>
<tran:class codeSpace="../../codelists/TransportationComplex_class.xml">1040</tran:class>
<tran:function codeSpace="../../codelists/Road_function.xml">4</tran:function>
<tran:lod1MultiSurface><gml:MultiSurface><gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.325934 136.358498 0 36.3261578 136.3583828 0 36.3261388 136.3583262 0 36.3259149 136.3584415 0 36.325934 136.358498 0</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember></gml:MultiSurface></tran:lod1MultiSurface>
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
<tran:Road gml:id="tran_7e38192a-f9a2-4a61-94dd-eb6e7005217c">
<core:creationDate>2025-03-21</core:creationDate>
<tran:class codeSpace="../../codelists/TransportationComplex_class.xml">1040</tran:class>
<tran:function codeSpace="../../codelists/Road_function.xml">4</tran:function>
<tran:lod1MultiSurface><gml:MultiSurface><gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3262948 136.3583123 0 36.3265329 136.3581897 0 36.3265138 136.3581331 0 36.3262757 136.3582557 0 36.3262948 136.3583123 0</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember></gml:MultiSurface></tran:lod1MultiSurface>
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
<tran:Road gml:id="tran_acb8a755-9b19-49b0-80eb-e942793fe1cc">
<core:creationDate>2025-03-21</core:creationDate>
<tran:class codeSpace="../../codelists/TransportationComplex_class.xml">1040</tran:class>
<tran:function codeSpace="../../codelists/Road_function.xml">4</tran:function>
<tran:lod1MultiSurface><gml:MultiSurface><gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3260073 136.3599291 0 36.3262443 136.3598071 0 36.3262131 136.3597146 0 36.3259761 136.3598366 0 36.3260073 136.3599291 0</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember></gml:MultiSurface></tran:lod1MultiSurface>
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
<tran:Road gml:id="tran_2d1384f5-d6cb-49a4-a7b9-dd0ae23ac8d0">
<core:creationDate>2025-03-21</core:creationDate>
<tran:class codeSpace="../../codelists/TransportationComplex_class.xml">1040</tran:class>
<tran:function codeSpace="../../codelists/Road_function.xml">4</tran:function>
<tran:lod1MultiSurface><gml:MultiSurface><gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3261003 136.3613078 0 36.3263282 136.3611904 0 36.3263092 136.3611339 0 36.3260813 136.3612512 0 36.3261003 136.3613078 0</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember></gml:MultiSurface></tran:lod1MultiSurface>
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
<tran:Road gml:id="tran_c8c7977b-a83a-40e1-8148-da84d2018321">
<core:creationDate>2025-03-21</core:creationDate>
<tran:class codeSpace="../../codelists/TransportationComplex_class.xml">1040</tran:class>
<tran:function codeSpace="../../codelists/Road_function.xml">4</tran:function>
<tran:lod1MultiSurface><gml:MultiSurface><gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3264652 136.3611199 0 36.3266993 136.3609994 0 36.3266802 136.3609428 0 36.3264461 136.3610634 0 36.3264652 136.3611199 0</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember></gml:MultiSurface></tran:lod1MultiSurface>
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
<tran:Road gml:id="tran_ae833429-840c-4e89-acbc-46213b6f184a">
<core:creationDate>2025-03-21</core:creationDate>
<tran:class codeSpace="../../codelists/TransportationComplex_class.xml">1040</tran:class>
<tran:function codeSpace="../../codelists/Road_function.xml">4</tran:function>
<tran:lod1MultiSurface><gml:MultiSurface><gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.327462 136.3620453 0 36.328086 136.361724 0 36.3280722 136.3616829 0 36.3274481 136.3620042 0 36.327462 136.3620453 0</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember></gml:MultiSurface></tran:lod1MultiSurface>
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
<tran:Road gml:id="tran_053a697d-e026-42d0-9d6e-50e20cbbdab0">
<core:creationDate>2025-03-21</core:creationDate>
<tran:class codeSpace="../../codelists/TransportationComplex_class.xml">1040</tran:class>
<tran:function codeSpace="../../codelists/Road_function.xml">4</tran:function>
<tran:lod1MultiSurface><gml:MultiSurface><gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3281775 136.3616769 0 36.3314343 136.3600001 0 36.3314204 136.3599589 0 36.3281637 136.3616358 0 36.3281775 136.3616769 0</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember></gml:MultiSurface></tran:lod1MultiSurface>
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
<tran:Road gml:id="tran_2c24535f-7272-4230-a733-a0c485465dd5">
<core:creationDate>2025-03-21</core:creationDate>
<tran:class codeSpace="../../codelists/TransportationComplex_class.xml">1040</tran:class>
<tran:function codeSpace="../../codelists/Road_function.xml">4</tran:function>
<tran:lod1MultiSurface><gml:MultiSurface><gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3314842 136.3599744 0 36.3332186 136.3590813 0 36.3332047 136.3590402 0 36.3314703 136.3599332 0 36.3314842 136.3599744 0</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember></gml:MultiSurface></tran:lod1MultiSurface>
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
<tran:Road gml:id="tran_e54d3a20-f62a-4b2e-92e0-002e2100287f">
<core:creationDate>2025-03-21</core:creationDate>
<tran:class codeSpace="../../codelists/TransportationComplex_class.xml">1040</tran:class>
<tran:function codeSpace="../../codelists/Road_function.xml">4</tran:function>
<tran:lod1MultiSurface><gml:MultiSurface><gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3247915 136.3547764 0 36.3251693 136.3558968 0 36.3252192 136.3558711 0 36.3248414 136.3547507 0 36.3247915 136.3547764 0</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember></gml:MultiSurface></tran:lod1MultiSurface>
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
<tran:Road gml:id="tran_2e0f093c-9430-4960-9284-a6afd35a9f97">
<core:creationDate>2025-03-21</core:creationDate>
<tran:class codeSpace="../../codelists/TransportationComplex_class.xml">1040</tran:class>
<tran:function codeSpace="../../codelists/Road_function.xml">4</tran:function>
<tran:lod1MultiSurface><gml:MultiSurface><gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3252074 136.3560099 0 36.3254037 136.3565919 0 36.3254536 136.3565662 0 36.3252573 136.3559842 0 36.3252074 136.3560099 0</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember></gml:MultiSurface></tran:lod1MultiSurface>
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
<tran:Road gml:id="tran_d1ae6bad-6266-4c2d-8345-e3f0bcdc836c">
<core:creationDate>2025-03-21</core:creationDate>
<tran:class codeSpace="../../codelists/TransportationComplex_class.xml">1040</tran:class>
<tran:function codeSpace="../../codelists/Road_function.xml">4</tran:function>
<tran:lod1MultiSurface><gml:MultiSurface><gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3247704 136.3518617 0 36.3251629 136.3530258 0 36.3252378 136.3529873 0 36.3248452 136.3518231 0 36.3247704 136.3518617 0</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember></gml:MultiSurface></tran:lod1MultiSurface>
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
<tran:Road gml:id="tran_b3e9e468-e9d0-4a0a-9f33-708523235392">
<core:creationDate>2025-03-21</core:creationDate>
<tran:class codeSpace="../../codelists/TransportationComplex_class.xml">1040</tran:class>
<tran:function codeSpace="../../codelists/Road_function.xml">4</tran:function>
<tran:lod1MultiSurface><gml:MultiSurface><gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3251889 136.3531029 0 36.3255728 136.3542414 0 36.3256476 136.3542028 0 36.3252638 136.3530644 0 36.3251889 136.3531029 0</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember></gml:MultiSurface></tran:lod1MultiSurface>
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
<tran:Road gml:id="tran_b7a0de39-9008-4173-9851-9777af52763b">
<core:creationDate>2025-03-21</core:creationDate>
<tran:class codeSpace="../../codelists/TransportationComplex_class.xml">1040</tran:class>
<tran:function codeSpace="../../codelists/Road_function.xml">4</tran:function>
<tran:lod1MultiSurface><gml:MultiSurface><gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3256109 136.3543545 0 36.3257431 136.3547466 0 36.325818 136.354708 0 36.3256858 136.3543159 0 36.3256109 136.3543545 0</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember></gml:MultiSurface></tran:lod1MultiSurface>
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
<tran:Road gml:id="tran_33f582ca-e30a-4fda-adfa-9598fdda62d0">
<core:creationDate>2025-03-21</core:creationDate>
<tran:class codeSpace="../../codelists/TransportationComplex_class.xml">1040</tran:class>
<tran:function codeSpace="../../codelists/Road_function.xml">4</tran:function>
<tran:lod1MultiSurface><gml:MultiSurface><gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3262843 136.3563516 0 36.3264133 136.3567342 0 36.3264882 136.3566956 0 36.3263592 136.356313 0 36.3262843 136.3563516 0</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember></gml:MultiSurface></tran:lod1MultiSurface>
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
<tran:Road gml:id="tran_4e9760c0-7967-4b85-b1c7-edc1ac112750">
<core:creationDate>2025-03-21</core:creationDate>
<tran:class codeSpace="../../codelists/TransportationComplex_class.xml">1040</tran:class>
<tran:function codeSpace="../../codelists/Road_function.xml">4</tran:function>
<tran:lod1MultiSurface><gml:MultiSurface><gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3264341 136.3567959 0 36.328077 136.3616683 0 36.3281519 136.3616298 0 36.326509 136.3567573 0 36.3264341 136.3567959 0</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember></gml:MultiSurface></tran:lod1MultiSurface>
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
<tran:Road gml:id="tran_eb6c8a8d-68da-427e-a05a-448523344332">
<core:creationDate>2025-03-21</core:creationDate>
<tran:class codeSpace="../../codelists/TransportationComplex_class.xml">1040</tran:class>
<tran:function codeSpace="../../codelists/Road_function.xml">4</tran:function>
<tran:lod1MultiSurface><gml:MultiSurface><gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3280978 136.36173 0 36.3283892 136.3625943 0 36.3284641 136.3625557 0 36.3281727 136.3616915 0 36.3280978 136.36173 0</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember></gml:MultiSurface></tran:lod1MultiSurface>
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
<tran:Road gml:id="tran_9312a421-8fba-444e-bee2-325594769c33">
<core:creationDate>2025-03-21</core:creationDate>
<tran:class codeSpace="../../codelists/TransportationComplex_class.xml">1040</tran:class>
<tran:function codeSpace="../../codelists/Road_function.xml">4</tran:function>
<tran:lod1MultiSurface><gml:MultiSurface><gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3252014 136.3502011 0 36.3255939 136.3513653 0 36.3256438 136.3513396 0 36.3252513 136.3501754 0 36.3252014 136.3502011 0</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember></gml:MultiSurface></tran:lod1MultiSurface>
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
<tran:Road gml:id="tran_5dca2288-eb63-49cb-8e25-96b89c4178e1">
<core:creationDate>2025-03-21</core:creationDate>
<tran:class codeSpace="../../codelists/TransportationComplex_class.xml">1040</tran:class>
<tran:function codeSpace="../../codelists/Road_function.xml">4</tran:function>
<tran:lod1MultiSurface><gml:MultiSurface><gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3260332 136.3497728 0 36.3264258 136.350937 0 36.3264757 136.3509113 0 36.3260831 136.3497471 0 36.3260332 136.3497728 0</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember></gml:MultiSurface></tran:lod1MultiSurface>
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
<tran:Road gml:id="tran_fbbceb24-f22f-4801-8cf4-194c7033d264">
<core:creationDate>2025-03-21</core:creationDate>
<tran:class codeSpace="../../codelists/TransportationComplex_class.xml">1040</tran:class>
<tran:function codeSpace="../../codelists/Road_function.xml">4</tran:function>
<tran:lod1MultiSurface><gml:MultiSurface><gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3281186 136.3501377 0 36.3297615 136.3550102 0 36.3297948 136.3549931 0 36.3281519 136.3501206 0 36.3281186 136.3501377 0</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember></gml:MultiSurface></tran:lod1MultiSurface>
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
<tran:Road gml:id="tran_da5fde05-833b-4975-8c21-76130d82942f">
<core:creationDate>2025-03-21</core:creationDate>
<tran:class codeSpace="../../codelists/TransportationComplex_class.xml">1040</tran:class>
<tran:function codeSpace="../../codelists/Road_function.xml">4</tran:function>
<tran:lod1MultiSurface><gml:MultiSurface><gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3297823 136.3550719 0 36.3314253 136.3599444 0 36.3314585 136.3599272 0 36.3298156 136.3550548 0 36.3297823 136.3550719 0</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember></gml:MultiSurface></tran:lod1MultiSurface>
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
<tran:Road gml:id="tran_3add1b79-6567-444c-8693-a8bc9997818d">
<core:creationDate>2025-03-21</core:creationDate>
<tran:class codeSpace="../../codelists/TransportationComplex_class.xml">1040</tran:class>
<tran:function codeSpace="../../codelists/Road_function.xml">4</tran:function>
<tran:lod1MultiSurface><gml:MultiSurface><gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3314461 136.3600061 0 36.3326497 136.3635757 0 36.332683 136.3635585 0 36.3314793 136.3599889 0 36.3314461 136.3600061 0</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember></gml:MultiSurface></tran:lod1MultiSurface>
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
<tran:Road gml:id="tran_614e3d8f-5588-4e66-9108-6d79261b299f">
<core:creationDate>2025-03-21</core:creationDate>
<tran:class codeSpace="../../codelists/TransportationComplex_class.xml">1040</tran:class>
<tran:function codeSpace="../../codelists/Road_function.xml">4</tran:function>
<tran:lod1MultiSurface><gml:MultiSurface><gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3314461 136.3484245 0 36.333089 136.353297 0 36.3331223 136.3532798 0 36.3314793 136.3484073 0 36.3314461 136.3484245 0</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember></gml:MultiSurface></tran:lod1MultiSurface>
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
</core:CityModel>
