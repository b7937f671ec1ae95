<?xml version="1.0" encoding="UTF-8"?>
<core:CityModel xmlns:grp="http://www.opengis.net/citygml/cityobjectgroup/2.0" xmlns:core="http://www.opengis.net/citygml/2.0" xmlns:pbase="http://www.opengis.net/citygml/profiles/base/2.0" xmlns:smil20lang="http://www.w3.org/2001/SMIL20/Language" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" xmlns:smil20="http://www.w3.org/2001/SMIL20/" xmlns:bldg="http://www.opengis.net/citygml/building/2.0" xmlns:xAL="urn:oasis:names:tc:ciq:xsdschema:xAL:2.0" xmlns:uro="https://www.geospatial.jp/iur/uro/3.1" xmlns:luse="http://www.opengis.net/citygml/landuse/2.0" xmlns:app="http://www.opengis.net/citygml/appearance/2.0" xmlns:gen="http://www.opengis.net/citygml/generics/2.0" xmlns:dem="http://www.opengis.net/citygml/relief/2.0" xmlns:tex="http://www.opengis.net/citygml/texturedsurface/2.0" xmlns:tun="http://www.opengis.net/citygml/tunnel/2.0" xmlns:xlink="http://www.w3.org/1999/xlink" xmlns:sch="http://www.ascc.net/xml/schematron" xmlns:veg="http://www.opengis.net/citygml/vegetation/2.0" xmlns:frn="http://www.opengis.net/citygml/cityfurniture/2.0" xmlns:gml="http://www.opengis.net/gml" xmlns:tran="http://www.opengis.net/citygml/transportation/2.0" xmlns:wtr="http://www.opengis.net/citygml/waterbody/2.0" xmlns:brid="http://www.opengis.net/citygml/bridge/2.0" xsi:schemaLocation="https://www.geospatial.jp/iur/uro/3.1 ../../schemas/iur/uro/3.1/urbanObject.xsd http://www.opengis.net/citygml/2.0 http://schemas.opengis.net/citygml/2.0/cityGMLBase.xsd http://www.opengis.net/citygml/building/2.0 http://schemas.opengis.net/citygml/building/2.0/building.xsd http://www.opengis.net/citygml/transportation/2.0 http://schemas.opengis.net/citygml/transportation/2.0/transportation.xsd http://www.opengis.net/citygml/generics/2.0 http://schemas.opengis.net/citygml/generics/2.0/generics.xsd http://www.opengis.net/gml http://schemas.opengis.net/gml/3.1.1/base/gml.xsd">
<gml:boundedBy>
<gml:Envelope srsName="http://www.opengis.net/def/crs/EPSG/0/6697" srsDimension="3">
<gml:lowerCorner>36.324595 136.3376431 0</gml:lowerCorner>
<gml:upperCorner>36.333289 136.3501402 0</gml:upperCorner>
</gml:Envelope>
</gml:boundedBy>
<core:cityObjectMember>
<tran:Road gml:id="tran_75792e1f-8afe-4520-9522-864ce64d6fd7">
<core:creationDate>2025-03-21</core:creationDate>
<tran:class codeSpace="../../codelists/TransportationComplex_class.xml">1040</tran:class>
<tran:function codeSpace="../../codelists/Road_function.xml">3</tran:function>
<tran:lod1MultiSurface><gml:MultiSurface><gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3257274 136.3476056 0 36.3256194 136.3476132 0 36.325567 136.3476995 0 36.3256225 136.347864 0 36.3256313 136.3478708 0 36.3257393 136.3478632 0 36.3257917 136.3477769 0 36.3257362 136.3476124 0 36.3257274 136.3476056 0</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember></gml:MultiSurface></tran:lod1MultiSurface>
<uro:tranDataQualityAttribute>
<uro:DataQualityAttribute>
<uro:geometrySrcDescLod1 codeSpace="../../codelists/DataQualityAttribute_geometrySrcDesc.xml">000</uro:geometrySrcDescLod1>
</uro:DataQualityAttribute>
</uro:tranDataQualityAttribute>
<uro:roadStructureAttribute>
<uro:RoadStructureAttribute>
<uro:widthType codeSpace="../../codelists/RoadStructureAttribute_widthType.xml">1</uro:widthType>
<uro:width uom="m">16</uro:width>
<uro:sectionType codeSpace="../../codelists/RoadStructureAttribute_sectionType.xml">4</uro:sectionType>
</uro:RoadStructureAttribute>
</uro:roadStructureAttribute>
</tran:Road>
</core:cityObjectMember>
<core:cityObjectMember>
<tran:Road gml:id="tran_c48782a8-6cb6-4844-b460-dd3eee11b844">
<core:creationDate>2025-03-21</core:creationDate>
<tran:class codeSpace="../../codelists/TransportationComplex_class.xml">1040</tran:class>
<tran:function codeSpace="../../codelists/Road_function.xml">3</tran:function>
<tran:lod1MultiSurface><gml:MultiSurface><gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3250897 136.3385871 0 36.324982 136.3385989 0 36.324963 136.3386638 0 36.3249821 136.3387204 0 36.3249912 136.3387272 0 36.3250989 136.3387153 0 36.3250897 136.3385871 0</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember></gml:MultiSurface></tran:lod1MultiSurface>
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
<tran:Road gml:id="tran_4db24145-f864-4fa4-8c57-055ff1b859c3">
<core:creationDate>2025-03-21</core:creationDate>
<tran:class codeSpace="../../codelists/TransportationComplex_class.xml">1040</tran:class>
<tran:function codeSpace="../../codelists/Road_function.xml">3</tran:function>
<tran:lod1MultiSurface><gml:MultiSurface><gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3251886 136.3399628 0 36.3250809 136.3399746 0 36.3250527 136.3400442 0 36.3250839 136.3401367 0 36.325093 136.3401436 0 36.3252008 136.3401317 0 36.3252289 136.3400621 0 36.3251977 136.3399696 0 36.3251886 136.3399628 0</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember></gml:MultiSurface></tran:lod1MultiSurface>
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
<tran:Road gml:id="tran_8b946818-9aef-492e-80cc-e4240d2ca63a">
<core:creationDate>2025-03-21</core:creationDate>
<tran:class codeSpace="../../codelists/TransportationComplex_class.xml">1040</tran:class>
<tran:function codeSpace="../../codelists/Road_function.xml">3</tran:function>
<tran:lod1MultiSurface><gml:MultiSurface><gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3252904 136.3413791 0 36.3251827 136.341391 0 36.3251638 136.3414559 0 36.3251828 136.3415124 0 36.3251919 136.3415192 0 36.3252997 136.3415074 0 36.3252904 136.3413791 0</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember></gml:MultiSurface></tran:lod1MultiSurface>
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
<tran:Road gml:id="tran_8e16ec3f-c2f3-4252-8c02-7080fc606dd3">
<core:creationDate>2025-03-21</core:creationDate>
<tran:class codeSpace="../../codelists/TransportationComplex_class.xml">1040</tran:class>
<tran:function codeSpace="../../codelists/Road_function.xml">3</tran:function>
<tran:lod1MultiSurface><gml:MultiSurface><gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3253893 136.3427548 0 36.3252816 136.3427666 0 36.3252938 136.3429356 0 36.3254015 136.3429238 0 36.3254296 136.3428541 0 36.3253985 136.3427616 0 36.3253893 136.3427548 0</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember></gml:MultiSurface></tran:lod1MultiSurface>
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
<tran:Road gml:id="tran_6fbb2db2-a14b-4acf-a5c9-2a2f816e4434">
<core:creationDate>2025-03-21</core:creationDate>
<tran:class codeSpace="../../codelists/TransportationComplex_class.xml">1040</tran:class>
<tran:function codeSpace="../../codelists/Road_function.xml">3</tran:function>
<tran:lod1MultiSurface><gml:MultiSurface><gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3255921 136.3455759 0 36.3254844 136.3455878 0 36.3254694 136.3456506 0 36.3254833 136.3456918 0 36.3254924 136.3456986 0 36.3256001 136.3456867 0 36.3256151 136.3456239 0 36.3256013 136.3455827 0 36.3255921 136.3455759 0</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember></gml:MultiSurface></tran:lod1MultiSurface>
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
<tran:Road gml:id="tran_13495d75-ed7f-4f22-b70a-59c4aa33b511">
<core:creationDate>2025-03-21</core:creationDate>
<tran:class codeSpace="../../codelists/TransportationComplex_class.xml">1040</tran:class>
<tran:function codeSpace="../../codelists/Road_function.xml">3</tran:function>
<tran:lod1MultiSurface><gml:MultiSurface><gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.325762 136.3483539 0 36.325654 136.3483615 0 36.3256221 136.3484373 0 36.3256533 136.3485298 0 36.3256621 136.3485366 0 36.3257701 136.348529 0 36.325802 136.3484532 0 36.3257708 136.3483607 0 36.325762 136.3483539 0</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember></gml:MultiSurface></tran:lod1MultiSurface>
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
<tran:Road gml:id="tran_e82d8a66-ba5d-4871-b340-d22468551759">
<core:creationDate>2025-03-21</core:creationDate>
<tran:class codeSpace="../../codelists/TransportationComplex_class.xml">1040</tran:class>
<tran:function codeSpace="../../codelists/Road_function.xml">3</tran:function>
<tran:lod1MultiSurface><gml:MultiSurface><gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3258283 136.3497885 0 36.3257204 136.3497961 0 36.3256987 136.3498667 0 36.3257177 136.3499232 0 36.3257266 136.34993 0 36.3258345 136.3499224 0 36.3258562 136.3498519 0 36.3258372 136.3497953 0 36.3258283 136.3497885 0</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember></gml:MultiSurface></tran:lod1MultiSurface>
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
<tran:Road gml:id="tran_25f44103-6fb7-467b-b41f-85960ab73271">
<core:creationDate>2025-03-21</core:creationDate>
<tran:class codeSpace="../../codelists/TransportationComplex_class.xml">1040</tran:class>
<tran:function codeSpace="../../codelists/Road_function.xml">3</tran:function>
<tran:lod1MultiSurface><gml:MultiSurface><gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3254151 136.3477657 0 36.3253651 136.3477914 0 36.3253603 136.347806 0 36.3254157 136.3479705 0 36.3254823 136.3479362 0 36.3254268 136.3477717 0 36.3254151 136.3477657 0</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember></gml:MultiSurface></tran:lod1MultiSurface>
<uro:tranDataQualityAttribute>
<uro:DataQualityAttribute>
<uro:geometrySrcDescLod1 codeSpace="../../codelists/DataQualityAttribute_geometrySrcDesc.xml">000</uro:geometrySrcDescLod1>
</uro:DataQualityAttribute>
</uro:tranDataQualityAttribute>
<uro:roadStructureAttribute>
<uro:RoadStructureAttribute>
<uro:widthType codeSpace="../../codelists/RoadStructureAttribute_widthType.xml">1</uro:widthType>
<uro:width uom="m">16</uro:width>
<uro:sectionType codeSpace="../../codelists/RoadStructureAttribute_sectionType.xml">4</uro:sectionType>
</uro:RoadStructureAttribute>
</uro:roadStructureAttribute>
</tran:Road>
</core:cityObjectMember>
<core:cityObjectMember>
<tran:Road gml:id="tran_36976d94-2634-4429-9f27-f9e033a5b189">
<core:creationDate>2025-03-21</core:creationDate>
<tran:class codeSpace="../../codelists/TransportationComplex_class.xml">1040</tran:class>
<tran:function codeSpace="../../codelists/Road_function.xml">3</tran:function>
<tran:lod1MultiSurface><gml:MultiSurface><gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3270705 136.3469134 0 36.3270372 136.3469305 0 36.3270323 136.3469451 0 36.3270878 136.3471096 0 36.3270996 136.3471155 0 36.3271329 136.3470984 0 36.3271377 136.3470839 0 36.3270822 136.3469194 0 36.3270705 136.3469134 0</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember></gml:MultiSurface></tran:lod1MultiSurface>
<uro:tranDataQualityAttribute>
<uro:DataQualityAttribute>
<uro:geometrySrcDescLod1 codeSpace="../../codelists/DataQualityAttribute_geometrySrcDesc.xml">000</uro:geometrySrcDescLod1>
</uro:DataQualityAttribute>
</uro:tranDataQualityAttribute>
<uro:roadStructureAttribute>
<uro:RoadStructureAttribute>
<uro:widthType codeSpace="../../codelists/RoadStructureAttribute_widthType.xml">1</uro:widthType>
<uro:width uom="m">16</uro:width>
<uro:sectionType codeSpace="../../codelists/RoadStructureAttribute_sectionType.xml">4</uro:sectionType>
</uro:RoadStructureAttribute>
</uro:roadStructureAttribute>
</tran:Road>
</core:cityObjectMember>
<core:cityObjectMember>
<tran:Road gml:id="tran_38e04ba9-a093-4396-93f2-964855cfa13b">
<core:creationDate>2025-03-21</core:creationDate>
<tran:class codeSpace="../../codelists/TransportationComplex_class.xml">1040</tran:class>
<tran:function codeSpace="../../codelists/Road_function.xml">3</tran:function>
<tran:lod1MultiSurface><gml:MultiSurface><gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3303979 136.3452001 0 36.3303646 136.3452173 0 36.3303598 136.3452318 0 36.3304152 136.3453963 0 36.330427 136.3454023 0 36.3304603 136.3453852 0 36.3304652 136.3453706 0 36.3304097 136.3452061 0 36.3303979 136.3452001 0</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember></gml:MultiSurface></tran:lod1MultiSurface>
<uro:tranDataQualityAttribute>
<uro:DataQualityAttribute>
<uro:geometrySrcDescLod1 codeSpace="../../codelists/DataQualityAttribute_geometrySrcDesc.xml">000</uro:geometrySrcDescLod1>
</uro:DataQualityAttribute>
</uro:tranDataQualityAttribute>
<uro:roadStructureAttribute>
<uro:RoadStructureAttribute>
<uro:widthType codeSpace="../../codelists/RoadStructureAttribute_widthType.xml">1</uro:widthType>
<uro:width uom="m">16</uro:width>
<uro:sectionType codeSpace="../../codelists/RoadStructureAttribute_sectionType.xml">4</uro:sectionType>
</uro:RoadStructureAttribute>
</uro:roadStructureAttribute>
</tran:Road>
</core:cityObjectMember>
<core:cityObjectMember>
<tran:Road gml:id="tran_ee28e941-6f39-42dc-9a81-53bd174462f0">
<core:creationDate>2025-03-21</core:creationDate>
<tran:class codeSpace="../../codelists/TransportationComplex_class.xml">1040</tran:class>
<tran:function codeSpace="../../codelists/Road_function.xml">4</tran:function>
<tran:lod1MultiSurface><gml:MultiSurface><gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3281224 136.3384516 0 36.3280891 136.3384688 0 36.3280843 136.3384833 0 36.3281155 136.3385758 0 36.3281273 136.3385818 0 36.3281605 136.3385647 0 36.3281654 136.3385501 0 36.3281342 136.3384576 0 36.3281224 136.3384516 0</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember></gml:MultiSurface></tran:lod1MultiSurface>
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
<tran:Road gml:id="tran_aba3aebf-808a-4d5e-bc3a-b5d948b54ad8">
<core:creationDate>2025-03-21</core:creationDate>
<tran:class codeSpace="../../codelists/TransportationComplex_class.xml">1040</tran:class>
<tran:function codeSpace="../../codelists/Road_function.xml">4</tran:function>
<tran:lod1MultiSurface><gml:MultiSurface><gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3255851 136.3426655 0 36.3256163 136.3427581 0 36.3256317 136.3427622 0 36.325665 136.342745 0 36.3255851 136.3426655 0</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember></gml:MultiSurface></tran:lod1MultiSurface>
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
<tran:Road gml:id="tran_7629e4dc-b905-48f8-bc70-425b5918a62a">
<core:creationDate>2025-03-21</core:creationDate>
<tran:class codeSpace="../../codelists/TransportationComplex_class.xml">1040</tran:class>
<tran:function codeSpace="../../codelists/Road_function.xml">4</tran:function>
<tran:lod1MultiSurface><gml:MultiSurface><gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3306263 136.3400578 0 36.3305764 136.3400835 0 36.3305716 136.3400981 0 36.3306028 136.3401906 0 36.3306145 136.3401966 0 36.3306645 136.3401709 0 36.3306693 136.3401563 0 36.3306381 136.3400638 0 36.3306263 136.3400578 0</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember></gml:MultiSurface></tran:lod1MultiSurface>
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
<tran:Road gml:id="tran_97f547b0-c32b-4e28-86d3-6e27e90cb6a9">
<core:creationDate>2025-03-21</core:creationDate>
<tran:class codeSpace="../../codelists/TransportationComplex_class.xml">1040</tran:class>
<tran:function codeSpace="../../codelists/Road_function.xml">4</tran:function>
<tran:lod1MultiSurface><gml:MultiSurface><gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3314582 136.3396295 0 36.3314083 136.3396552 0 36.3314034 136.3396698 0 36.3314346 136.3397623 0 36.3314464 136.3397683 0 36.3314963 136.3397426 0 36.3315012 136.339728 0 36.33147 136.3396355 0 36.3314582 136.3396295 0</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember></gml:MultiSurface></tran:lod1MultiSurface>
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
<tran:Road gml:id="tran_c2bbd10e-10d7-4d8f-8c4f-72bd89ee6a49">
<core:creationDate>2025-03-21</core:creationDate>
<tran:class codeSpace="../../codelists/TransportationComplex_class.xml">1040</tran:class>
<tran:function codeSpace="../../codelists/Road_function.xml">4</tran:function>
<tran:lod1MultiSurface><gml:MultiSurface><gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3323025 136.3391948 0 36.3322277 136.3392333 0 36.3322228 136.3392479 0 36.332254 136.3393404 0 36.3322658 136.3393464 0 36.3323407 136.3393078 0 36.3323025 136.3391948 0</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember></gml:MultiSurface></tran:lod1MultiSurface>
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
<tran:Road gml:id="tran_0a8bc55f-5682-4cc0-9867-2ddeabca7ad6">
<core:creationDate>2025-03-21</core:creationDate>
<tran:class codeSpace="../../codelists/TransportationComplex_class.xml">1040</tran:class>
<tran:function codeSpace="../../codelists/Road_function.xml">4</tran:function>
<tran:lod1MultiSurface><gml:MultiSurface><gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3310483 136.3413093 0 36.3309984 136.341335 0 36.3309936 136.3413496 0 36.3310126 136.3414061 0 36.3310792 136.3413719 0 36.3310601 136.3413153 0 36.3310483 136.3413093 0</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember></gml:MultiSurface></tran:lod1MultiSurface>
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
<tran:Road gml:id="tran_a43c4f07-9bab-48ed-ba1c-bda7beb61a49">
<core:creationDate>2025-03-21</core:creationDate>
<tran:class codeSpace="../../codelists/TransportationComplex_class.xml">1040</tran:class>
<tran:function codeSpace="../../codelists/Road_function.xml">4</tran:function>
<tran:lod1MultiSurface><gml:MultiSurface><gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3318802 136.340881 0 36.3318303 136.3409067 0 36.3318254 136.3409213 0 36.3318445 136.3409778 0 36.3318563 136.3409838 0 36.3319062 136.3409581 0 36.331911 136.3409436 0 36.331892 136.340887 0 36.3318802 136.340881 0</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember></gml:MultiSurface></tran:lod1MultiSurface>
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
<tran:Road gml:id="tran_1ef1e938-71d5-4e48-9696-4f2de0fa52a5">
<core:creationDate>2025-03-21</core:creationDate>
<tran:class codeSpace="../../codelists/TransportationComplex_class.xml">1040</tran:class>
<tran:function codeSpace="../../codelists/Road_function.xml">4</tran:function>
<tran:lod1MultiSurface><gml:MultiSurface><gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3264674 136.3451248 0 36.3264341 136.3451419 0 36.3264292 136.3451564 0 36.3264431 136.3451976 0 36.3264549 136.3452036 0 36.3264882 136.3451864 0 36.326493 136.3451719 0 36.3264791 136.3451307 0 36.3264674 136.3451248 0</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember></gml:MultiSurface></tran:lod1MultiSurface>
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
<tran:Road gml:id="tran_58dc1dfc-741f-46cf-9e0b-4528d4b82feb">
<core:creationDate>2025-03-21</core:creationDate>
<tran:class codeSpace="../../codelists/TransportationComplex_class.xml">1040</tran:class>
<tran:function codeSpace="../../codelists/Road_function.xml">4</tran:function>
<tran:lod1MultiSurface><gml:MultiSurface><gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3297948 136.3434115 0 36.3297615 136.3434286 0 36.3297567 136.3434432 0 36.3297705 136.3434843 0 36.3297823 136.3434903 0 36.3298156 136.3434732 0 36.3298205 136.3434586 0 36.3298066 136.3434175 0 36.3297948 136.3434115 0</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember></gml:MultiSurface></tran:lod1MultiSurface>
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
<tran:Road gml:id="tran_27b6dc23-e474-4ef8-a9b2-6cb8c44375b4">
<core:creationDate>2025-03-21</core:creationDate>
<tran:class codeSpace="../../codelists/TransportationComplex_class.xml">1040</tran:class>
<tran:function codeSpace="../../codelists/Road_function.xml">4</tran:function>
<tran:lod1MultiSurface><gml:MultiSurface><gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3331431 136.3416875 0 36.3330682 136.3417261 0 36.3330633 136.3417406 0 36.3330772 136.3417818 0 36.3331431 136.3416875 0</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember></gml:MultiSurface></tran:lod1MultiSurface>
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
<tran:Road gml:id="tran_aa3fecb7-752f-4024-8de8-8a76ccba2204">
<core:creationDate>2025-03-21</core:creationDate>
<tran:class codeSpace="../../codelists/TransportationComplex_class.xml">1040</tran:class>
<tran:function codeSpace="../../codelists/Road_function.xml">4</tran:function>
<tran:lod1MultiSurface><gml:MultiSurface><gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3260689 136.349676 0 36.3260024 136.3497103 0 36.3260214 136.3497668 0 36.3260332 136.3497728 0 36.3260831 136.3497471 0 36.326088 136.3497325 0 36.3260689 136.349676 0</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember></gml:MultiSurface></tran:lod1MultiSurface>
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
<tran:Road gml:id="tran_f8d10dea-5780-4395-a49f-850a368e6e9f">
<core:creationDate>2025-03-21</core:creationDate>
<tran:class codeSpace="../../codelists/TransportationComplex_class.xml">1040</tran:class>
<tran:function codeSpace="../../codelists/Road_function.xml">4</tran:function>
<tran:lod1MultiSurface><gml:MultiSurface><gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3314585 136.3483457 0 36.3314253 136.3483628 0 36.3314204 136.3483774 0 36.3314343 136.3484185 0 36.3314461 136.3484245 0 36.3314793 136.3484073 0 36.3314842 136.3483928 0 36.3314703 136.3483517 0 36.3314585 136.3483457 0</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember></gml:MultiSurface></tran:lod1MultiSurface>
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
<tran:Road gml:id="tran_8cf03cd4-bf41-435b-b0b8-e399f4c184ea">
<core:creationDate>2025-03-21</core:creationDate>
<tran:class codeSpace="../../codelists/TransportationComplex_class.xml">1040</tran:class>
<tran:function codeSpace="../../codelists/Road_function.xml">3</tran:function>
<tran:usage codeSpace="../../codelists/Road_usage.xml">2</tran:usage>
<tran:lod1MultiSurface><gml:MultiSurface><gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3249912 136.3387272 0 36.3250809 136.3399746 0 36.3251886 136.3399628 0 36.3250989 136.3387153 0 36.3249912 136.3387272 0</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember></gml:MultiSurface></tran:lod1MultiSurface>
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
<tran:Road gml:id="tran_7a7d07f6-5286-48ae-91aa-f970c5375494">
<core:creationDate>2025-03-21</core:creationDate>
<tran:class codeSpace="../../codelists/TransportationComplex_class.xml">1040</tran:class>
<tran:function codeSpace="../../codelists/Road_function.xml">3</tran:function>
<tran:usage codeSpace="../../codelists/Road_usage.xml">2</tran:usage>
<tran:lod1MultiSurface><gml:MultiSurface><gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.325093 136.3401436 0 36.3251827 136.341391 0 36.3252904 136.3413791 0 36.3252008 136.3401317 0 36.325093 136.3401436 0</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember></gml:MultiSurface></tran:lod1MultiSurface>
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
<tran:Road gml:id="tran_ff6babf3-2d79-4ea9-97f5-befe9e1ab7b7">
<core:creationDate>2025-03-21</core:creationDate>
<tran:class codeSpace="../../codelists/TransportationComplex_class.xml">1040</tran:class>
<tran:function codeSpace="../../codelists/Road_function.xml">3</tran:function>
<tran:usage codeSpace="../../codelists/Road_usage.xml">2</tran:usage>
<tran:lod1MultiSurface><gml:MultiSurface><gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3251919 136.3415192 0 36.3252816 136.3427666 0 36.3253893 136.3427548 0 36.3252997 136.3415074 0 36.3251919 136.3415192 0</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember></gml:MultiSurface></tran:lod1MultiSurface>
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
<tran:Road gml:id="tran_5faf055e-233d-4f2c-8ae5-9a4476add3b8">
<core:creationDate>2025-03-21</core:creationDate>
<tran:class codeSpace="../../codelists/TransportationComplex_class.xml">1040</tran:class>
<tran:function codeSpace="../../codelists/Road_function.xml">3</tran:function>
<tran:usage codeSpace="../../codelists/Road_usage.xml">2</tran:usage>
<tran:lod1MultiSurface><gml:MultiSurface><gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3252938 136.3429356 0 36.3253881 136.3442471 0 36.3254958 136.3442353 0 36.3254015 136.3429238 0 36.3252938 136.3429356 0</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember></gml:MultiSurface></tran:lod1MultiSurface>
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
<tran:Road gml:id="tran_749e812b-4400-4969-baed-d7b834d03224">
<core:creationDate>2025-03-21</core:creationDate>
<tran:class codeSpace="../../codelists/TransportationComplex_class.xml">1040</tran:class>
<tran:function codeSpace="../../codelists/Road_function.xml">3</tran:function>
<tran:usage codeSpace="../../codelists/Road_usage.xml">2</tran:usage>
<tran:lod1MultiSurface><gml:MultiSurface><gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3253881 136.3442471 0 36.3254844 136.3455878 0 36.3255921 136.3455759 0 36.3254958 136.3442353 0 36.3253881 136.3442471 0</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember></gml:MultiSurface></tran:lod1MultiSurface>
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
<tran:Road gml:id="tran_7106870b-ad28-4764-b8c8-827645bb44e3">
<core:creationDate>2025-03-21</core:creationDate>
<tran:class codeSpace="../../codelists/TransportationComplex_class.xml">1040</tran:class>
<tran:function codeSpace="../../codelists/Road_function.xml">3</tran:function>
<tran:usage codeSpace="../../codelists/Road_usage.xml">2</tran:usage>
<tran:lod1MultiSurface><gml:MultiSurface><gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3254924 136.3456986 0 36.3255888 136.3470392 0 36.3256965 136.3470274 0 36.3256001 136.3456867 0 36.3254924 136.3456986 0</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember></gml:MultiSurface></tran:lod1MultiSurface>
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
<tran:Road gml:id="tran_19bb24a0-7ae3-489c-bfff-670ce0081104">
<core:creationDate>2025-03-21</core:creationDate>
<tran:class codeSpace="../../codelists/TransportationComplex_class.xml">1040</tran:class>
<tran:function codeSpace="../../codelists/Road_function.xml">3</tran:function>
<tran:usage codeSpace="../../codelists/Road_usage.xml">2</tran:usage>
<tran:lod1MultiSurface><gml:MultiSurface><gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3255888 136.3470392 0 36.3256003 136.3471992 0 36.3256194 136.3476132 0 36.3257274 136.3476056 0 36.3257081 136.3471895 0 36.3256965 136.3470274 0 36.3255888 136.3470392 0</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember></gml:MultiSurface></tran:lod1MultiSurface>
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
<tran:Road gml:id="tran_4a0ec4d4-7565-4411-8e6c-8077ede74caf">
<core:creationDate>2025-03-21</core:creationDate>
<tran:class codeSpace="../../codelists/TransportationComplex_class.xml">1040</tran:class>
<tran:function codeSpace="../../codelists/Road_function.xml">3</tran:function>
<tran:usage codeSpace="../../codelists/Road_usage.xml">2</tran:usage>
<tran:lod1MultiSurface><gml:MultiSurface><gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3256313 136.3478708 0 36.325654 136.3483615 0 36.325762 136.3483539 0 36.3257393 136.3478632 0 36.3256313 136.3478708 0</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember></gml:MultiSurface></tran:lod1MultiSurface>
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
<tran:Road gml:id="tran_ccd3f8f6-311c-4e96-b2fe-6bcb3dd01b54">
<core:creationDate>2025-03-21</core:creationDate>
<tran:class codeSpace="../../codelists/TransportationComplex_class.xml">1040</tran:class>
<tran:function codeSpace="../../codelists/Road_function.xml">3</tran:function>
<tran:usage codeSpace="../../codelists/Road_usage.xml">2</tran:usage>
<tran:lod1MultiSurface><gml:MultiSurface><gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3256621 136.3485366 0 36.3257204 136.3497961 0 36.3258283 136.3497885 0 36.3257701 136.348529 0 36.3256621 136.3485366 0</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember></gml:MultiSurface></tran:lod1MultiSurface>
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
<tran:Road gml:id="tran_682875ee-25d3-4509-af2b-4085a6668a8c">
<core:creationDate>2025-03-21</core:creationDate>
<tran:class codeSpace="../../codelists/TransportationComplex_class.xml">1040</tran:class>
<tran:function codeSpace="../../codelists/Road_function.xml">3</tran:function>
<tran:usage codeSpace="../../codelists/Road_usage.xml">2</tran:usage>
<tran:lod1MultiSurface><gml:MultiSurface><gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3246504 136.3483645 0 36.3254157 136.3479705 0 36.3253603 136.347806 0 36.324595 136.3482 0 36.3246504 136.3483645 0</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember></gml:MultiSurface></tran:lod1MultiSurface>
<uro:tranDataQualityAttribute>
<uro:DataQualityAttribute>
<uro:geometrySrcDescLod1 codeSpace="../../codelists/DataQualityAttribute_geometrySrcDesc.xml">000</uro:geometrySrcDescLod1>
</uro:DataQualityAttribute>
</uro:tranDataQualityAttribute>
<uro:roadStructureAttribute>
<uro:RoadStructureAttribute>
<uro:widthType codeSpace="../../codelists/RoadStructureAttribute_widthType.xml">1</uro:widthType>
<uro:width uom="m">16</uro:width>
<uro:numberOfLanes>2</uro:numberOfLanes>
<uro:sectionType codeSpace="../../codelists/RoadStructureAttribute_sectionType.xml">1</uro:sectionType>
</uro:RoadStructureAttribute>
</uro:roadStructureAttribute>
</tran:Road>
</core:cityObjectMember>
<core:cityObjectMember>
<tran:Road gml:id="tran_231d6321-8873-4ba1-8004-b8f1a55a4fe3">
<core:creationDate>2025-03-21</core:creationDate>
<tran:class codeSpace="../../codelists/TransportationComplex_class.xml">1040</tran:class>
<tran:function codeSpace="../../codelists/Road_function.xml">3</tran:function>
<tran:usage codeSpace="../../codelists/Road_usage.xml">2</tran:usage>
<tran:lod1MultiSurface><gml:MultiSurface><gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3254823 136.3479362 0 36.3256225 136.347864 0 36.325567 136.3476995 0 36.3254268 136.3477717 0 36.3254823 136.3479362 0</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember></gml:MultiSurface></tran:lod1MultiSurface>
<uro:tranDataQualityAttribute>
<uro:DataQualityAttribute>
<uro:geometrySrcDescLod1 codeSpace="../../codelists/DataQualityAttribute_geometrySrcDesc.xml">000</uro:geometrySrcDescLod1>
</uro:DataQualityAttribute>
</uro:tranDataQualityAttribute>
<uro:roadStructureAttribute>
<uro:RoadStructureAttribute>
<uro:widthType codeSpace="../../codelists/RoadStructureAttribute_widthType.xml">1</uro:widthType>
<uro:width uom="m">16</uro:width>
<uro:numberOfLanes>2</uro:numberOfLanes>
<uro:sectionType codeSpace="../../codelists/RoadStructureAttribute_sectionType.xml">1</uro:sectionType>
</uro:RoadStructureAttribute>
</uro:roadStructureAttribute>
</tran:Road>
</core:cityObjectMember>
<core:cityObjectMember>
<tran:Road gml:id="tran_ed52bbe7-a869-4754-9818-5ce93fc971d0">
<core:creationDate>2025-03-21</core:creationDate>
<tran:class codeSpace="../../codelists/TransportationComplex_class.xml">1040</tran:class>
<tran:function codeSpace="../../codelists/Road_function.xml">3</tran:function>
<tran:usage codeSpace="../../codelists/Road_usage.xml">2</tran:usage>
<tran:lod1MultiSurface><gml:MultiSurface><gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3257917 136.3477769 0 36.3270878 136.3471096 0 36.3270323 136.3469451 0 36.3257362 136.3476124 0 36.3257917 136.3477769 0</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember></gml:MultiSurface></tran:lod1MultiSurface>
<uro:tranDataQualityAttribute>
<uro:DataQualityAttribute>
<uro:geometrySrcDescLod1 codeSpace="../../codelists/DataQualityAttribute_geometrySrcDesc.xml">000</uro:geometrySrcDescLod1>
</uro:DataQualityAttribute>
</uro:tranDataQualityAttribute>
<uro:roadStructureAttribute>
<uro:RoadStructureAttribute>
<uro:widthType codeSpace="../../codelists/RoadStructureAttribute_widthType.xml">1</uro:widthType>
<uro:width uom="m">16</uro:width>
<uro:numberOfLanes>2</uro:numberOfLanes>
<uro:sectionType codeSpace="../../codelists/RoadStructureAttribute_sectionType.xml">1</uro:sectionType>
</uro:RoadStructureAttribute>
</uro:roadStructureAttribute>
</tran:Road>
</core:cityObjectMember>
<core:cityObjectMember>
<tran:Road gml:id="tran_25dcce32-9a3b-46d2-82b9-f5351f0c71ad">
<core:creationDate>2025-03-21</core:creationDate>
<tran:class codeSpace="../../codelists/TransportationComplex_class.xml">1040</tran:class>
<tran:function codeSpace="../../codelists/Road_function.xml">3</tran:function>
<tran:usage codeSpace="../../codelists/Road_usage.xml">2</tran:usage>
<tran:lod1MultiSurface><gml:MultiSurface><gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3271377 136.3470839 0 36.3304152 136.3453963 0 36.3303598 136.3452318 0 36.3270822 136.3469194 0 36.3271377 136.3470839 0</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember></gml:MultiSurface></tran:lod1MultiSurface>
<uro:tranDataQualityAttribute>
<uro:DataQualityAttribute>
<uro:geometrySrcDescLod1 codeSpace="../../codelists/DataQualityAttribute_geometrySrcDesc.xml">000</uro:geometrySrcDescLod1>
</uro:DataQualityAttribute>
</uro:tranDataQualityAttribute>
<uro:roadStructureAttribute>
<uro:RoadStructureAttribute>
<uro:widthType codeSpace="../../codelists/RoadStructureAttribute_widthType.xml">1</uro:widthType>
<uro:width uom="m">16</uro:width>
<uro:numberOfLanes>2</uro:numberOfLanes>
<uro:sectionType codeSpace="../../codelists/RoadStructureAttribute_sectionType.xml">1</uro:sectionType>
</uro:RoadStructureAttribute>
</uro:roadStructureAttribute>
</tran:Road>
</core:cityObjectMember>
<core:cityObjectMember>
<tran:Road gml:id="tran_b6ebe4f6-72cf-44f5-a049-60fc49db5def">
<core:creationDate>2025-03-21</core:creationDate>
<tran:class codeSpace="../../codelists/TransportationComplex_class.xml">1040</tran:class>
<tran:function codeSpace="../../codelists/Road_function.xml">3</tran:function>
<tran:usage codeSpace="../../codelists/Road_usage.xml">2</tran:usage>
<tran:lod1MultiSurface><gml:MultiSurface><gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3304652 136.3453706 0 36.333289 136.3439167 0 36.3332335 136.3437522 0 36.3304097 136.3452061 0 36.3304652 136.3453706 0</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember></gml:MultiSurface></tran:lod1MultiSurface>
<uro:tranDataQualityAttribute>
<uro:DataQualityAttribute>
<uro:geometrySrcDescLod1 codeSpace="../../codelists/DataQualityAttribute_geometrySrcDesc.xml">000</uro:geometrySrcDescLod1>
</uro:DataQualityAttribute>
</uro:tranDataQualityAttribute>
<uro:roadStructureAttribute>
<uro:RoadStructureAttribute>
<uro:widthType codeSpace="../../codelists/RoadStructureAttribute_widthType.xml">1</uro:widthType>
<uro:width uom="m">16</uro:width>
<uro:numberOfLanes>2</uro:numberOfLanes>
<uro:sectionType codeSpace="../../codelists/RoadStructureAttribute_sectionType.xml">1</uro:sectionType>
</uro:RoadStructureAttribute>
</uro:roadStructureAttribute>
</tran:Road>
</core:cityObjectMember>
<core:cityObjectMember>
<tran:Road gml:id="tran_75c4555f-c8cc-4076-ac1b-bda38f1691d3">
<core:creationDate>2025-03-21</core:creationDate>
<tran:class codeSpace="../../codelists/TransportationComplex_class.xml">1040</tran:class>
<tran:function codeSpace="../../codelists/Road_function.xml">4</tran:function>
<tran:lod1MultiSurface><gml:MultiSurface><gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3252289 136.3400621 0 36.3281155 136.3385758 0 36.3280843 136.3384833 0 36.3251977 136.3399696 0 36.3252289 136.3400621 0</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember></gml:MultiSurface></tran:lod1MultiSurface>
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
<tran:Road gml:id="tran_3a74ac9b-53e9-48ab-a726-8a6ac1f1133d">
<core:creationDate>2025-03-21</core:creationDate>
<tran:class codeSpace="../../codelists/TransportationComplex_class.xml">1040</tran:class>
<tran:function codeSpace="../../codelists/Road_function.xml">4</tran:function>
<tran:lod1MultiSurface><gml:MultiSurface><gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3281654 136.3385501 0 36.3297475 136.3377356 0 36.3297163 136.3376431 0 36.3281342 136.3384576 0 36.3281654 136.3385501 0</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember></gml:MultiSurface></tran:lod1MultiSurface>
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
<tran:Road gml:id="tran_a548048c-adba-4c09-8600-27902b141908">
<core:creationDate>2025-03-21</core:creationDate>
<tran:class codeSpace="../../codelists/TransportationComplex_class.xml">1040</tran:class>
<tran:function codeSpace="../../codelists/Road_function.xml">4</tran:function>
<tran:lod1MultiSurface><gml:MultiSurface><gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3249402 136.3416374 0 36.3251828 136.3415124 0 36.3251638 136.3414559 0 36.3249211 136.3415808 0 36.3249402 136.3416374 0</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember></gml:MultiSurface></tran:lod1MultiSurface>
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
<tran:Road gml:id="tran_0a26f63a-1c4a-478f-a61e-45caf60981e7">
<core:creationDate>2025-03-21</core:creationDate>
<tran:class codeSpace="../../codelists/TransportationComplex_class.xml">1040</tran:class>
<tran:function codeSpace="../../codelists/Road_function.xml">4</tran:function>
<tran:lod1MultiSurface><gml:MultiSurface><gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3254296 136.3428541 0 36.3256163 136.3427581 0 36.3255851 136.3426655 0 36.3253985 136.3427616 0 36.3254296 136.3428541 0</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember></gml:MultiSurface></tran:lod1MultiSurface>
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
<tran:Road gml:id="tran_9a23d7de-296c-4d96-adef-21c2a0f342e5">
<core:creationDate>2025-03-21</core:creationDate>
<tran:class codeSpace="../../codelists/TransportationComplex_class.xml">1040</tran:class>
<tran:function codeSpace="../../codelists/Road_function.xml">4</tran:function>
<tran:lod1MultiSurface><gml:MultiSurface><gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3301007 136.3404491 0 36.3306028 136.3401906 0 36.3305716 136.3400981 0 36.3300695 136.3403566 0 36.3301007 136.3404491 0</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember></gml:MultiSurface></tran:lod1MultiSurface>
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
<tran:Road gml:id="tran_b2dee32b-2ba7-4770-bbf1-4390aaf369af">
<core:creationDate>2025-03-21</core:creationDate>
<tran:class codeSpace="../../codelists/TransportationComplex_class.xml">1040</tran:class>
<tran:function codeSpace="../../codelists/Road_function.xml">4</tran:function>
<tran:lod1MultiSurface><gml:MultiSurface><gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3306693 136.3401563 0 36.3314346 136.3397623 0 36.3314034 136.3396698 0 36.3306381 136.3400638 0 36.3306693 136.3401563 0</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember></gml:MultiSurface></tran:lod1MultiSurface>
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
<tran:Road gml:id="tran_661ebe15-5005-49f1-9257-3c107619dcb2">
<core:creationDate>2025-03-21</core:creationDate>
<tran:class codeSpace="../../codelists/TransportationComplex_class.xml">1040</tran:class>
<tran:function codeSpace="../../codelists/Road_function.xml">4</tran:function>
<tran:lod1MultiSurface><gml:MultiSurface><gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3315012 136.339728 0 36.332254 136.3393404 0 36.3322228 136.3392479 0 36.33147 136.3396355 0 36.3315012 136.339728 0</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember></gml:MultiSurface></tran:lod1MultiSurface>
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
<tran:Road gml:id="tran_de5e4591-d6ab-4d4f-aa6f-3d989883c72f">
<core:creationDate>2025-03-21</core:creationDate>
<tran:class codeSpace="../../codelists/TransportationComplex_class.xml">1040</tran:class>
<tran:function codeSpace="../../codelists/Road_function.xml">4</tran:function>
<tran:lod1MultiSurface><gml:MultiSurface><gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3307256 136.3415539 0 36.3310126 136.3414061 0 36.3309936 136.3413496 0 36.3307065 136.3414974 0 36.3307256 136.3415539 0</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember></gml:MultiSurface></tran:lod1MultiSurface>
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
<tran:Road gml:id="tran_73f81637-ffc3-4ac5-9500-cdf2ef84ca8a">
<core:creationDate>2025-03-21</core:creationDate>
<tran:class codeSpace="../../codelists/TransportationComplex_class.xml">1040</tran:class>
<tran:function codeSpace="../../codelists/Road_function.xml">4</tran:function>
<tran:lod1MultiSurface><gml:MultiSurface><gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3310792 136.3413719 0 36.3318445 136.3409778 0 36.3318254 136.3409213 0 36.3310601 136.3413153 0 36.3310792 136.3413719 0</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember></gml:MultiSurface></tran:lod1MultiSurface>
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
<tran:Road gml:id="tran_c777a401-aa94-4655-ba69-38fa18b0d6f6">
<core:creationDate>2025-03-21</core:creationDate>
<tran:class codeSpace="../../codelists/TransportationComplex_class.xml">1040</tran:class>
<tran:function codeSpace="../../codelists/Road_function.xml">4</tran:function>
<tran:lod1MultiSurface><gml:MultiSurface><gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.331911 136.3409436 0 36.3325557 136.3406116 0 36.3325366 136.3405551 0 36.331892 136.340887 0 36.331911 136.3409436 0</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember></gml:MultiSurface></tran:lod1MultiSurface>
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
<tran:Road gml:id="tran_ee542c1f-7141-47c8-abfc-20206eb85807">
<core:creationDate>2025-03-21</core:creationDate>
<tran:class codeSpace="../../codelists/TransportationComplex_class.xml">1040</tran:class>
<tran:function codeSpace="../../codelists/Road_function.xml">4</tran:function>
<tran:lod1MultiSurface><gml:MultiSurface><gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3256151 136.3456239 0 36.3264431 136.3451976 0 36.3264292 136.3451564 0 36.3256013 136.3455828 0 36.3256151 136.3456239 0</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember></gml:MultiSurface></tran:lod1MultiSurface>
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
<tran:Road gml:id="tran_10c08d38-c58d-4615-a79c-fbdaff2932b8">
<core:creationDate>2025-03-21</core:creationDate>
<tran:class codeSpace="../../codelists/TransportationComplex_class.xml">1040</tran:class>
<tran:function codeSpace="../../codelists/Road_function.xml">4</tran:function>
<tran:lod1MultiSurface><gml:MultiSurface><gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.326493 136.3451719 0 36.3297706 136.3434843 0 36.3297567 136.3434432 0 36.3264791 136.3451307 0 36.326493 136.3451719 0</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember></gml:MultiSurface></tran:lod1MultiSurface>
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
<tran:Road gml:id="tran_a3ffcf7c-da59-4cbc-9b4e-682d93577579">
<core:creationDate>2025-03-21</core:creationDate>
<tran:class codeSpace="../../codelists/TransportationComplex_class.xml">1040</tran:class>
<tran:function codeSpace="../../codelists/Road_function.xml">4</tran:function>
<tran:lod1MultiSurface><gml:MultiSurface><gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3298205 136.3434586 0 36.3330772 136.3417818 0 36.3330633 136.3417406 0 36.3298066 136.3434175 0 36.3298205 136.3434586 0</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember></gml:MultiSurface></tran:lod1MultiSurface>
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
<tran:Road gml:id="tran_2da7da8b-682d-4d5e-b6b4-47935f40d565">
<core:creationDate>2025-03-21</core:creationDate>
<tran:class codeSpace="../../codelists/TransportationComplex_class.xml">1040</tran:class>
<tran:function codeSpace="../../codelists/Road_function.xml">4</tran:function>
<tran:lod1MultiSurface><gml:MultiSurface><gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3248463 136.3489453 0 36.3256533 136.3485298 0 36.3256221 136.3484373 0 36.3248151 136.3488528 0 36.3248463 136.3489453 0</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember></gml:MultiSurface></tran:lod1MultiSurface>
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
<tran:Road gml:id="tran_e7e69270-11b5-47a7-b110-b59e62973f78">
<core:creationDate>2025-03-21</core:creationDate>
<tran:class codeSpace="../../codelists/TransportationComplex_class.xml">1040</tran:class>
<tran:function codeSpace="../../codelists/Road_function.xml">4</tran:function>
<tran:lod1MultiSurface><gml:MultiSurface><gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.325802 136.3484532 0 36.3260739 136.3483132 0 36.3260427 136.3482207 0 36.3257708 136.3483607 0 36.325802 136.3484532 0</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember></gml:MultiSurface></tran:lod1MultiSurface>
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
<tran:Road gml:id="tran_504461e9-32ff-4ee6-9f00-14875ebde324">
<core:creationDate>2025-03-21</core:creationDate>
<tran:class codeSpace="../../codelists/TransportationComplex_class.xml">1040</tran:class>
<tran:function codeSpace="../../codelists/Road_function.xml">4</tran:function>
<tran:lod1MultiSurface><gml:MultiSurface><gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3258562 136.3498519 0 36.3260214 136.3497668 0 36.3260024 136.3497103 0 36.3258372 136.3497953 0 36.3258562 136.3498519 0</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember></gml:MultiSurface></tran:lod1MultiSurface>
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
<tran:Road gml:id="tran_acf4e407-46aa-4964-bb4c-f81d167ac8da">
<core:creationDate>2025-03-21</core:creationDate>
<tran:class codeSpace="../../codelists/TransportationComplex_class.xml">1040</tran:class>
<tran:function codeSpace="../../codelists/Road_function.xml">4</tran:function>
<tran:lod1MultiSurface><gml:MultiSurface><gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.326088 136.3497325 0 36.3268657 136.3493321 0 36.3268466 136.3492756 0 36.3260689 136.349676 0 36.326088 136.3497325 0</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember></gml:MultiSurface></tran:lod1MultiSurface>
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
<tran:Road gml:id="tran_804d14c7-186a-404f-a549-8222c70e14b2">
<core:creationDate>2025-03-21</core:creationDate>
<tran:class codeSpace="../../codelists/TransportationComplex_class.xml">1040</tran:class>
<tran:function codeSpace="../../codelists/Road_function.xml">4</tran:function>
<tran:lod1MultiSurface><gml:MultiSurface><gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3281567 136.350106 0 36.3314343 136.3484185 0 36.3314204 136.3483774 0 36.3281429 136.3500649 0 36.3281567 136.350106 0</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember></gml:MultiSurface></tran:lod1MultiSurface>
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
<tran:Road gml:id="tran_20657bd9-3045-4100-be0d-f89564c95e24">
<core:creationDate>2025-03-21</core:creationDate>
<tran:class codeSpace="../../codelists/TransportationComplex_class.xml">1040</tran:class>
<tran:function codeSpace="../../codelists/Road_function.xml">4</tran:function>
<tran:lod1MultiSurface><gml:MultiSurface><gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3314842 136.3483928 0 36.3332186 136.3474998 0 36.3332047 136.3474586 0 36.3314703 136.3483517 0 36.3314842 136.3483928 0</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember></gml:MultiSurface></tran:lod1MultiSurface>
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
<tran:Road gml:id="tran_e614baac-2098-4c01-8bfa-6bb9f1ec6ddb">
<core:creationDate>2025-03-21</core:creationDate>
<tran:class codeSpace="../../codelists/TransportationComplex_class.xml">1040</tran:class>
<tran:function codeSpace="../../codelists/Road_function.xml">4</tran:function>
<tran:lod1MultiSurface><gml:MultiSurface><gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3252378 136.3474138 0 36.3253651 136.3477914 0 36.3254151 136.3477657 0 36.3252877 136.3473881 0 36.3252378 136.3474138 0</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember></gml:MultiSurface></tran:lod1MultiSurface>
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
<tran:Road gml:id="tran_4a8b7fcb-21a3-4aaa-ad9f-b00048099cf5">
<core:creationDate>2025-03-21</core:creationDate>
<tran:class codeSpace="../../codelists/TransportationComplex_class.xml">1040</tran:class>
<tran:function codeSpace="../../codelists/Road_function.xml">4</tran:function>
<tran:lod1MultiSurface><gml:MultiSurface><gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.326855 136.3493581 0 36.3271188 136.3501402 0 36.3271936 136.3501017 0 36.3269299 136.3493196 0 36.326855 136.3493581 0</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember></gml:MultiSurface></tran:lod1MultiSurface>
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
<tran:Road gml:id="tran_3404cc7c-17ba-4894-8442-752e35e05cfa">
<core:creationDate>2025-03-21</core:creationDate>
<tran:class codeSpace="../../codelists/TransportationComplex_class.xml">1040</tran:class>
<tran:function codeSpace="../../codelists/Road_function.xml">4</tran:function>
<tran:lod1MultiSurface><gml:MultiSurface><gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3256317 136.3427622 0 36.3264341 136.3451419 0 36.3264674 136.3451248 0 36.325665 136.342745 0 36.3256317 136.3427622 0</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember></gml:MultiSurface></tran:lod1MultiSurface>
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
<tran:Road gml:id="tran_540722d6-c07a-4a4b-acc2-92a085531b27">
<core:creationDate>2025-03-21</core:creationDate>
<tran:class codeSpace="../../codelists/TransportationComplex_class.xml">1040</tran:class>
<tran:function codeSpace="../../codelists/Road_function.xml">4</tran:function>
<tran:lod1MultiSurface><gml:MultiSurface><gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3264549 136.3452036 0 36.3270372 136.3469305 0 36.3270705 136.3469134 0 36.3264882 136.3451864 0 36.3264549 136.3452036 0</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember></gml:MultiSurface></tran:lod1MultiSurface>
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
<tran:Road gml:id="tran_08d4d879-0b71-4aab-ac39-83e419e80f59">
<core:creationDate>2025-03-21</core:creationDate>
<tran:class codeSpace="../../codelists/TransportationComplex_class.xml">1040</tran:class>
<tran:function codeSpace="../../codelists/Road_function.xml">4</tran:function>
<tran:lod1MultiSurface><gml:MultiSurface><gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3270996 136.3471155 0 36.3280978 136.350076 0 36.3281311 136.3500589 0 36.3271329 136.3470984 0 36.3270996 136.3471155 0</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember></gml:MultiSurface></tran:lod1MultiSurface>
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
<tran:Road gml:id="tran_4501c153-2b0f-482c-a924-c6f35f239ea7">
<core:creationDate>2025-03-21</core:creationDate>
<tran:class codeSpace="../../codelists/TransportationComplex_class.xml">1040</tran:class>
<tran:function codeSpace="../../codelists/Road_function.xml">4</tran:function>
<tran:lod1MultiSurface><gml:MultiSurface><gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3252278 136.338698 0 36.3253666 136.3391097 0 36.3254166 136.339084 0 36.3252777 136.3386723 0 36.3252278 136.338698 0</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember></gml:MultiSurface></tran:lod1MultiSurface>
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
<tran:Road gml:id="tran_bc720df3-d06a-47f9-b306-7f52947093fb">
<core:creationDate>2025-03-21</core:creationDate>
<tran:class codeSpace="../../codelists/TransportationComplex_class.xml">1040</tran:class>
<tran:function codeSpace="../../codelists/Road_function.xml">4</tran:function>
<tran:lod1MultiSurface><gml:MultiSurface><gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.327818 136.3376645 0 36.3280891 136.3384688 0 36.3281224 136.3384516 0 36.3278512 136.3376473 0 36.327818 136.3376645 0</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember></gml:MultiSurface></tran:lod1MultiSurface>
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
<tran:Road gml:id="tran_c61bb278-18f0-47b0-91ae-59b24788ebdb">
<core:creationDate>2025-03-21</core:creationDate>
<tran:class codeSpace="../../codelists/TransportationComplex_class.xml">1040</tran:class>
<tran:function codeSpace="../../codelists/Road_function.xml">4</tran:function>
<tran:lod1MultiSurface><gml:MultiSurface><gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3281273 136.3385818 0 36.3297615 136.3434286 0 36.3297948 136.3434115 0 36.3281605 136.3385647 0 36.3281273 136.3385818 0</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember></gml:MultiSurface></tran:lod1MultiSurface>
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
<tran:Road gml:id="tran_9ae60f88-2bbf-472d-b10c-f3a96ebe0eba">
<core:creationDate>2025-03-21</core:creationDate>
<tran:class codeSpace="../../codelists/TransportationComplex_class.xml">1040</tran:class>
<tran:function codeSpace="../../codelists/Road_function.xml">4</tran:function>
<tran:lod1MultiSurface><gml:MultiSurface><gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3297823 136.3434903 0 36.3303646 136.3452173 0 36.3303979 136.3452001 0 36.3298156 136.3434732 0 36.3297823 136.3434903 0</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember></gml:MultiSurface></tran:lod1MultiSurface>
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
<tran:Road gml:id="tran_85d86e53-c1bc-4d7c-90cc-d742b5b61385">
<core:creationDate>2025-03-21</core:creationDate>
<tran:class codeSpace="../../codelists/TransportationComplex_class.xml">1040</tran:class>
<tran:function codeSpace="../../codelists/Road_function.xml">4</tran:function>
<tran:lod1MultiSurface><gml:MultiSurface><gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.330427 136.3454023 0 36.3314253 136.3483628 0 36.3314585 136.3483457 0 36.3304603 136.3453852 0 36.330427 136.3454023 0</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember></gml:MultiSurface></tran:lod1MultiSurface>
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
<tran:Road gml:id="tran_6cb15745-5fa1-42a2-a513-37590be363b8">
<core:creationDate>2025-03-21</core:creationDate>
<tran:class codeSpace="../../codelists/TransportationComplex_class.xml">1040</tran:class>
<tran:function codeSpace="../../codelists/Road_function.xml">4</tran:function>
<tran:lod1MultiSurface><gml:MultiSurface><gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3303044 136.3392768 0 36.3305764 136.3400835 0 36.3306263 136.3400578 0 36.3303543 136.3392511 0 36.3303044 136.3392768 0</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember></gml:MultiSurface></tran:lod1MultiSurface>
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
<tran:Road gml:id="tran_16b3790e-99c2-48d6-857d-c7a6c5a803cd">
<core:creationDate>2025-03-21</core:creationDate>
<tran:class codeSpace="../../codelists/TransportationComplex_class.xml">1040</tran:class>
<tran:function codeSpace="../../codelists/Road_function.xml">4</tran:function>
<tran:lod1MultiSurface><gml:MultiSurface><gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3306145 136.3401966 0 36.3309984 136.341335 0 36.3310483 136.3413093 0 36.3306645 136.3401709 0 36.3306145 136.3401966 0</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember></gml:MultiSurface></tran:lod1MultiSurface>
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
<tran:Road gml:id="tran_57e927c7-a7f0-48d0-bef7-f8f5facadd6f">
<core:creationDate>2025-03-21</core:creationDate>
<tran:class codeSpace="../../codelists/TransportationComplex_class.xml">1040</tran:class>
<tran:function codeSpace="../../codelists/Road_function.xml">4</tran:function>
<tran:lod1MultiSurface><gml:MultiSurface><gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3310856 136.3386982 0 36.3314083 136.3396552 0 36.3314582 136.3396295 0 36.3311355 136.3386725 0 36.3310856 136.3386982 0</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember></gml:MultiSurface></tran:lod1MultiSurface>
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
<tran:Road gml:id="tran_b33dc1ee-5b30-41fd-9515-8658df3122fe">
<core:creationDate>2025-03-21</core:creationDate>
<tran:class codeSpace="../../codelists/TransportationComplex_class.xml">1040</tran:class>
<tran:function codeSpace="../../codelists/Road_function.xml">4</tran:function>
<tran:lod1MultiSurface><gml:MultiSurface><gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3314464 136.3397683 0 36.3318303 136.3409067 0 36.3318802 136.340881 0 36.3314963 136.3397426 0 36.3314464 136.3397683 0</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember></gml:MultiSurface></tran:lod1MultiSurface>
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
<tran:Road gml:id="tran_4c405d5d-4b2e-4971-8b92-bcad86d4e0d5">
<core:creationDate>2025-03-21</core:creationDate>
<tran:class codeSpace="../../codelists/TransportationComplex_class.xml">1040</tran:class>
<tran:function codeSpace="../../codelists/Road_function.xml">4</tran:function>
<tran:lod1MultiSurface><gml:MultiSurface><gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3318563 136.3409838 0 36.3320159 136.3414572 0 36.3320658 136.3414315 0 36.3319062 136.3409581 0 36.3318563 136.3409838 0</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember></gml:MultiSurface></tran:lod1MultiSurface>
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
<tran:Road gml:id="tran_48052532-cc46-451f-830c-5efcd4af4c38">
<core:creationDate>2025-03-21</core:creationDate>
<tran:class codeSpace="../../codelists/TransportationComplex_class.xml">1040</tran:class>
<tran:function codeSpace="../../codelists/Road_function.xml">4</tran:function>
<tran:lod1MultiSurface><gml:MultiSurface><gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3317136 136.3377086 0 36.3322277 136.3392333 0 36.3323025 136.3391948 0 36.3317884 136.33767 0 36.3317136 136.3377086 0</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember></gml:MultiSurface></tran:lod1MultiSurface>
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
<tran:Road gml:id="tran_128035ab-9ea7-43b0-88f2-5e539b19ec66">
<core:creationDate>2025-03-21</core:creationDate>
<tran:class codeSpace="../../codelists/TransportationComplex_class.xml">1040</tran:class>
<tran:function codeSpace="../../codelists/Road_function.xml">4</tran:function>
<tran:lod1MultiSurface><gml:MultiSurface><gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3322658 136.3393464 0 36.3330682 136.3417261 0 36.3331431 136.3416875 0 36.3323407 136.3393078 0 36.3322658 136.3393464 0</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember></gml:MultiSurface></tran:lod1MultiSurface>
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
