<?xml version="1.0" encoding="UTF-8"?>
<core:CityModel xmlns:grp="http://www.opengis.net/citygml/cityobjectgroup/2.0" xmlns:core="http://www.opengis.net/citygml/2.0" xmlns:pbase="http://www.opengis.net/citygml/profiles/base/2.0" xmlns:smil20lang="http://www.w3.org/2001/SMIL20/Language" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" xmlns:smil20="http://www.w3.org/2001/SMIL20/" xmlns:bldg="http://www.opengis.net/citygml/building/2.0" xmlns:xAL="urn:oasis:names:tc:ciq:xsdschema:xAL:2.0" xmlns:uro="https://www.geospatial.jp/iur/uro/3.1" xmlns:luse="http://www.opengis.net/citygml/landuse/2.0" xmlns:app="http://www.opengis.net/citygml/appearance/2.0" xmlns:gen="http://www.opengis.net/citygml/generics/2.0" xmlns:dem="http://www.opengis.net/citygml/relief/2.0" xmlns:tex="http://www.opengis.net/citygml/texturedsurface/2.0" xmlns:tun="http://www.opengis.net/citygml/tunnel/2.0" xmlns:xlink="http://www.w3.org/1999/xlink" xmlns:sch="http://www.ascc.net/xml/schematron" xmlns:veg="http://www.opengis.net/citygml/vegetation/2.0" xmlns:frn="http://www.opengis.net/citygml/cityfurniture/2.0" xmlns:gml="http://www.opengis.net/gml" xmlns:tran="http://www.opengis.net/citygml/transportation/2.0" xmlns:wtr="http://www.opengis.net/citygml/waterbody/2.0" xmlns:brid="http://www.opengis.net/citygml/bridge/2.0" xsi:schemaLocation="https://www.geospatial.jp/iur/uro/3.1 ../../schemas/iur/uro/3.1/urbanObject.xsd http://www.opengis.net/citygml/2.0 http://schemas.opengis.net/citygml/2.0/cityGMLBase.xsd http://www.opengis.net/citygml/building/2.0 http://schemas.opengis.net/citygml/building/2.0/building.xsd http://www.opengis.net/citygml/transportation/2.0 http://schemas.opengis.net/citygml/transportation/2.0/transportation.xsd http://www.opengis.net/citygml/generics/2.0 http://schemas.opengis.net/citygml/generics/2.0/generics.xsd http://www.opengis.net/gml http://schemas.opengis.net/gml/3.1.1/base/gml.xsd">
<gml:boundedBy>
<gml:Envelope srsName="http://www.opengis.net/def/crs/EPSG/0/6697" srsDimension="3">
<gml:lowerCorner>36.3249236 136.3624168 0</gml:lowerCorner>
<gml:upperCorner>36.3324227 136.3748965 24.51</gml:upperCorner>
</gml:Envelope>
</gml:boundedBy>
<core:cityObjectMember>
<bldg:Building gml:id="bldg_1555ec56-a851-477e-97b4-0612c01ede42">
<core:creationDate>2025-03-21</core:creationDate>
<bldg:class codeSpace="../../codelists/Building_class.xml">3001</bldg:class>
<bldg:usage codeSpace="../../codelists/Building_usage.xml">402</bldg:usage>
<bldg:yearOfConstruction>2022</bldg:yearOfConstruction>
<bldg:measuredHeight uom="m">5.6</bldg:measuredHeight>
<bldg:storeysAboveGround>1</bldg:storeysAboveGround>
<bldg:storeysBelowGround>0</bldg:storeysBelowGround>
<bldg:lod0RoofEdge><gml:MultiSurface><gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3267482 136.3629207 0 36.3267725 136.3633212 0 36.3269729 136.3633026 0 36.3269486 136.3629021 0 36.3267482 136.3629207 0</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember></gml:MultiSurface></bldg:lod0RoofEdge>
<bldg:lod1Solid><gml:Solid><gml:exterior><gml:CompositeSurface>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3269486 136.3629021 7.88 36.3269729 136.3633026 7.88 36.3267725 136.3633212 7.88 36.3267482 136.3629207 7.88 36.3269486 136.3629021 7.88</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3267482 136.3629207 7.88 36.3267725 136.3633212 7.88 36.3267725 136.3633212 13.49 36.3267482 136.3629207 13.49 36.3267482 136.3629207 7.88</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3267725 136.3633212 7.88 36.3269729 136.3633026 7.88 36.3269729 136.3633026 13.49 36.3267725 136.3633212 13.49 36.3267725 136.3633212 7.88</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3269729 136.3633026 7.88 36.3269486 136.3629021 7.88 36.3269486 136.3629021 13.49 36.3269729 136.3633026 13.49 36.3269729 136.3633026 7.88</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3269486 136.3629021 7.88 36.3267482 136.3629207 7.88 36.3267482 136.3629207 13.49 36.3269486 136.3629021 13.49 36.3269486 136.3629021 7.88</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3267482 136.3629207 13.49 36.3267725 136.3633212 13.49 36.3269729 136.3633026 13.49 36.3269486 136.3629021 13.49 36.3267482 136.3629207 13.49</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
</gml:CompositeSurface></gml:exterior></gml:Solid></bldg:lod1Solid>
<uro:bldgDataQualityAttribute>
<uro:DataQualityAttribute>
<uro:lod1HeightType codeSpace="../../codelists/DataQualityAttribute_lod1HeightType.xml">2</uro:lod1HeightType>
</uro:DataQualityAttribute>
</uro:bldgDataQualityAttribute>
<uro:bldgDisasterRiskAttribute>
<uro:RiverFloodingRiskAttribute>
<uro:description codeSpace="../../codelists/RiverFloodingRiskAttribute_description.xml">3</uro:description>
<uro:rank codeSpace="../../codelists/RiverFloodingRiskAttribute_rank.xml">2</uro:rank>
<uro:depth uom="m">0.955</uro:depth>
<uro:adminType codeSpace="../../codelists/RiverFloodingRiskAttribute_adminType.xml">2</uro:adminType>
<uro:scale codeSpace="../../codelists/RiverFloodingRiskAttribute_scale.xml">1</uro:scale>
<uro:duration uom="hour">15.17</uro:duration>
</uro:RiverFloodingRiskAttribute>
</uro:bldgDisasterRiskAttribute>
<uro:bldgDisasterRiskAttribute>
<uro:RiverFloodingRiskAttribute>
<uro:description codeSpace="../../codelists/RiverFloodingRiskAttribute_description.xml">3</uro:description>
<uro:rank codeSpace="../../codelists/RiverFloodingRiskAttribute_rank.xml">2</uro:rank>
<uro:depth uom="m">2.465</uro:depth>
<uro:adminType codeSpace="../../codelists/RiverFloodingRiskAttribute_adminType.xml">2</uro:adminType>
<uro:scale codeSpace="../../codelists/RiverFloodingRiskAttribute_scale.xml">2</uro:scale>
<uro:duration uom="hour">33.72</uro:duration>
</uro:RiverFloodingRiskAttribute>
</uro:bldgDisasterRiskAttribute>
<uro:buildingDetailAttribute>
<uro:BuildingDetailAttribute>
<uro:totalFloorArea uom="m2">685.07</uro:totalFloorArea>
<uro:buildingFootprintArea uom="m2">804.02</uro:buildingFootprintArea>
<uro:buildingStructureType codeSpace="../../codelists/Building_buildingStructureType.xml">604</uro:buildingStructureType>
<uro:surveyYear>2021</uro:surveyYear>
</uro:BuildingDetailAttribute>
</uro:buildingDetailAttribute>
<uro:buildingIDAttribute>
<uro:BuildingIDAttribute>
<uro:buildingID>17206-bldg-196</uro:buildingID>
<uro:prefecture codeSpace="../../codelists/Common_localPublicAuthorities.xml">17</uro:prefecture>
<uro:city codeSpace="../../codelists/Common_localPublicAuthorities.xml">17206</uro:city>
</uro:BuildingIDAttribute>
</uro:buildingIDAttribute>
</bldg:Building>
</core:cityObjectMember>
<core:cityObjectMember>
<bldg:Building gml:id="bldg_e98c2e9f-bd5e-4b55-a967-c1fd956e1dc7">
<core:creationDate>2025-03-21</core:creationDate>
<bldg:class codeSpace="../../codelists/Building_class.xml">3001</bldg:class>
<bldg:usage codeSpace="../../codelists/Building_usage.xml">402</bldg:usage>
<bldg:yearOfConstruction>2008</bldg:yearOfConstruction>
<bldg:measuredHeight uom="m">5.7</bldg:measuredHeight>
<bldg:storeysAboveGround>1</bldg:storeysAboveGround>
<bldg:storeysBelowGround>0</bldg:storeysBelowGround>
<bldg:lod0RoofEdge><gml:MultiSurface><gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3263707 136.3632702 0 36.326339 136.3627477 0 36.3261811 136.3627623 0 36.3262128 136.3632848 0 36.3263707 136.3632702 0</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember></gml:MultiSurface></bldg:lod0RoofEdge>
<bldg:lod1Solid><gml:Solid><gml:exterior><gml:CompositeSurface>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3262128 136.3632848 8.28 36.3261811 136.3627623 8.28 36.326339 136.3627477 8.28 36.3263707 136.3632702 8.28 36.3262128 136.3632848 8.28</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3263707 136.3632702 8.28 36.326339 136.3627477 8.28 36.326339 136.3627477 13.95 36.3263707 136.3632702 13.95 36.3263707 136.3632702 8.28</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.326339 136.3627477 8.28 36.3261811 136.3627623 8.28 36.3261811 136.3627623 13.95 36.326339 136.3627477 13.95 36.326339 136.3627477 8.28</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3261811 136.3627623 8.28 36.3262128 136.3632848 8.28 36.3262128 136.3632848 13.95 36.3261811 136.3627623 13.95 36.3261811 136.3627623 8.28</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3262128 136.3632848 8.28 36.3263707 136.3632702 8.28 36.3263707 136.3632702 13.95 36.3262128 136.3632848 13.95 36.3262128 136.3632848 8.28</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3263707 136.3632702 13.95 36.326339 136.3627477 13.95 36.3261811 136.3627623 13.95 36.3262128 136.3632848 13.95 36.3263707 136.3632702 13.95</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
</gml:CompositeSurface></gml:exterior></gml:Solid></bldg:lod1Solid>
<uro:bldgDataQualityAttribute>
<uro:DataQualityAttribute>
<uro:lod1HeightType codeSpace="../../codelists/DataQualityAttribute_lod1HeightType.xml">2</uro:lod1HeightType>
</uro:DataQualityAttribute>
</uro:bldgDataQualityAttribute>
<uro:bldgDisasterRiskAttribute>
<uro:RiverFloodingRiskAttribute>
<uro:description codeSpace="../../codelists/RiverFloodingRiskAttribute_description.xml">3</uro:description>
<uro:rank codeSpace="../../codelists/RiverFloodingRiskAttribute_rank.xml">2</uro:rank>
<uro:depth uom="m">0.91</uro:depth>
<uro:adminType codeSpace="../../codelists/RiverFloodingRiskAttribute_adminType.xml">2</uro:adminType>
<uro:scale codeSpace="../../codelists/RiverFloodingRiskAttribute_scale.xml">1</uro:scale>
<uro:duration uom="hour">14.2</uro:duration>
</uro:RiverFloodingRiskAttribute>
</uro:bldgDisasterRiskAttribute>
<uro:bldgDisasterRiskAttribute>
<uro:RiverFloodingRiskAttribute>
<uro:description codeSpace="../../codelists/RiverFloodingRiskAttribute_description.xml">3</uro:description>
<uro:rank codeSpace="../../codelists/RiverFloodingRiskAttribute_rank.xml">2</uro:rank>
<uro:depth uom="m">2.403</uro:depth>
<uro:adminType codeSpace="../../codelists/RiverFloodingRiskAttribute_adminType.xml">2</uro:adminType>
<uro:scale codeSpace="../../codelists/RiverFloodingRiskAttribute_scale.xml">2</uro:scale>
<uro:duration uom="hour">31.55</uro:duration>
</uro:RiverFloodingRiskAttribute>
</uro:bldgDisasterRiskAttribute>
<uro:buildingDetailAttribute>
<uro:BuildingDetailAttribute>
<uro:totalFloorArea uom="m2">788.88</uro:totalFloorArea>
<uro:buildingFootprintArea uom="m2">826.78</uro:buildingFootprintArea>
<uro:buildingStructureType codeSpace="../../codelists/Building_buildingStructureType.xml">604</uro:buildingStructureType>
<uro:surveyYear>2021</uro:surveyYear>
</uro:BuildingDetailAttribute>
</uro:buildingDetailAttribute>
<uro:buildingIDAttribute>
<uro:BuildingIDAttribute>
<uro:buildingID>17206-bldg-197</uro:buildingID>
<uro:prefecture codeSpace="../../codelists/Common_localPublicAuthorities.xml">17</uro:prefecture>
<uro:city codeSpace="../../codelists/Common_localPublicAuthorities.xml">17206</uro:city>
</uro:BuildingIDAttribute>
</uro:buildingIDAttribute>
</bldg:Building>
</core:cityObjectMember>
<core:cityObjectMember>
<bldg:Building gml:id="bldg_34570072-2c1c-4eea-b8a9-b1f4b0eff823">
<core:creationDate>2025-03-21</core:creationDate>
<bldg:class codeSpace="../../codelists/Building_class.xml">3001</bldg:class>
<bldg:usage codeSpace="../../codelists/Building_usage.xml">401</bldg:usage>
<bldg:yearOfConstruction>1988</bldg:yearOfConstruction>
<bldg:measuredHeight uom="m">8.4</bldg:measuredHeight>
<bldg:storeysAboveGround>2</bldg:storeysAboveGround>
<bldg:storeysBelowGround>0</bldg:storeysBelowGround>
<bldg:lod0RoofEdge><gml:MultiSurface><gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3264093 136.3637173 0 36.3263893 136.3633877 0 36.3263259 136.3633936 0 36.3263359 136.3635584 0 36.3262725 136.3635642 0 36.3262825 136.363729 0 36.3264093 136.3637173 0</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember></gml:MultiSurface></bldg:lod0RoofEdge>
<bldg:lod1Solid><gml:Solid><gml:exterior><gml:CompositeSurface>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3262825 136.363729 9.25 36.3262725 136.3635642 9.25 36.3263359 136.3635584 9.25 36.3263259 136.3633936 9.25 36.3263893 136.3633877 9.25 36.3264093 136.3637173 9.25 36.3262825 136.363729 9.25</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3264093 136.3637173 9.25 36.3263893 136.3633877 9.25 36.3263893 136.3633877 17.65 36.3264093 136.3637173 17.65 36.3264093 136.3637173 9.25</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3263893 136.3633877 9.25 36.3263259 136.3633936 9.25 36.3263259 136.3633936 17.65 36.3263893 136.3633877 17.65 36.3263893 136.3633877 9.25</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3263259 136.3633936 9.25 36.3263359 136.3635584 9.25 36.3263359 136.3635584 17.65 36.3263259 136.3633936 17.65 36.3263259 136.3633936 9.25</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3263359 136.3635584 9.25 36.3262725 136.3635642 9.25 36.3262725 136.3635642 17.65 36.3263359 136.3635584 17.65 36.3263359 136.3635584 9.25</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3262725 136.3635642 9.25 36.3262825 136.363729 9.25 36.3262825 136.363729 17.65 36.3262725 136.3635642 17.65 36.3262725 136.3635642 9.25</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3262825 136.363729 9.25 36.3264093 136.3637173 9.25 36.3264093 136.3637173 17.65 36.3262825 136.363729 17.65 36.3262825 136.363729 9.25</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3264093 136.3637173 17.65 36.3263893 136.3633877 17.65 36.3263259 136.3633936 17.65 36.3263359 136.3635584 17.65 36.3262725 136.3635642 17.65 36.3262825 136.363729 17.65 36.3264093 136.3637173 17.65</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
</gml:CompositeSurface></gml:exterior></gml:Solid></bldg:lod1Solid>
<uro:bldgDataQualityAttribute>
<uro:DataQualityAttribute>
<uro:lod1HeightType codeSpace="../../codelists/DataQualityAttribute_lod1HeightType.xml">2</uro:lod1HeightType>
</uro:DataQualityAttribute>
</uro:bldgDataQualityAttribute>
<uro:bldgDisasterRiskAttribute>
<uro:RiverFloodingRiskAttribute>
<uro:description codeSpace="../../codelists/RiverFloodingRiskAttribute_description.xml">3</uro:description>
<uro:rank codeSpace="../../codelists/RiverFloodingRiskAttribute_rank.xml">1</uro:rank>
<uro:depth uom="m">0.475</uro:depth>
<uro:adminType codeSpace="../../codelists/RiverFloodingRiskAttribute_adminType.xml">2</uro:adminType>
<uro:scale codeSpace="../../codelists/RiverFloodingRiskAttribute_scale.xml">1</uro:scale>
<uro:duration uom="hour">11.22</uro:duration>
</uro:RiverFloodingRiskAttribute>
</uro:bldgDisasterRiskAttribute>
<uro:bldgDisasterRiskAttribute>
<uro:RiverFloodingRiskAttribute>
<uro:description codeSpace="../../codelists/RiverFloodingRiskAttribute_description.xml">3</uro:description>
<uro:rank codeSpace="../../codelists/RiverFloodingRiskAttribute_rank.xml">2</uro:rank>
<uro:depth uom="m">1.826</uro:depth>
<uro:adminType codeSpace="../../codelists/RiverFloodingRiskAttribute_adminType.xml">2</uro:adminType>
<uro:scale codeSpace="../../codelists/RiverFloodingRiskAttribute_scale.xml">2</uro:scale>
<uro:duration uom="hour">24.93</uro:duration>
</uro:RiverFloodingRiskAttribute>
</uro:bldgDisasterRiskAttribute>
<uro:buildingDetailAttribute>
<uro:BuildingDetailAttribute>
<uro:totalFloorArea uom="m2">600.41</uro:totalFloorArea>
<uro:buildingFootprintArea uom="m2">313.99</uro:buildingFootprintArea>
<uro:buildingStructureType codeSpace="../../codelists/Building_buildingStructureType.xml">603</uro:buildingStructureType>
<uro:surveyYear>2021</uro:surveyYear>
</uro:BuildingDetailAttribute>
</uro:buildingDetailAttribute>
<uro:buildingIDAttribute>
<uro:BuildingIDAttribute>
<uro:buildingID>17206-bldg-198</uro:buildingID>
<uro:prefecture codeSpace="../../codelists/Common_localPublicAuthorities.xml">17</uro:prefecture>
<uro:city codeSpace="../../codelists/Common_localPublicAuthorities.xml">17206</uro:city>
</uro:BuildingIDAttribute>
</uro:buildingIDAttribute>
</bldg:Building>
</core:cityObjectMember>
<core:cityObjectMember>
<bldg:Building gml:id="bldg_7211c853-347d-466f-85d9-7795e75e408d">
<core:creationDate>2025-03-21</core:creationDate>
<bldg:class codeSpace="../../codelists/Building_class.xml">3001</bldg:class>
<bldg:usage codeSpace="../../codelists/Building_usage.xml">441</bldg:usage>
<bldg:yearOfConstruction>2003</bldg:yearOfConstruction>
<bldg:measuredHeight uom="m">11.1</bldg:measuredHeight>
<bldg:storeysAboveGround>1</bldg:storeysAboveGround>
<bldg:storeysBelowGround>0</bldg:storeysBelowGround>
<bldg:lod0RoofEdge><gml:MultiSurface><gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3267501 136.3642113 0 36.3267869 136.3647296 0 36.3269865 136.364708 0 36.3269497 136.3641896 0 36.3267501 136.3642113 0</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember></gml:MultiSurface></bldg:lod0RoofEdge>
<bldg:lod1Solid><gml:Solid><gml:exterior><gml:CompositeSurface>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3269497 136.3641896 8.94 36.3269865 136.364708 8.94 36.3267869 136.3647296 8.94 36.3267501 136.3642113 8.94 36.3269497 136.3641896 8.94</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3267501 136.3642113 8.94 36.3267869 136.3647296 8.94 36.3267869 136.3647296 19.22 36.3267501 136.3642113 19.22 36.3267501 136.3642113 8.94</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3267869 136.3647296 8.94 36.3269865 136.364708 8.94 36.3269865 136.364708 19.22 36.3267869 136.3647296 19.22 36.3267869 136.3647296 8.94</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3269865 136.364708 8.94 36.3269497 136.3641896 8.94 36.3269497 136.3641896 19.22 36.3269865 136.364708 19.22 36.3269865 136.364708 8.94</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3269497 136.3641896 8.94 36.3267501 136.3642113 8.94 36.3267501 136.3642113 19.22 36.3269497 136.3641896 19.22 36.3269497 136.3641896 8.94</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3267501 136.3642113 19.22 36.3267869 136.3647296 19.22 36.3269865 136.364708 19.22 36.3269497 136.3641896 19.22 36.3267501 136.3642113 19.22</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
</gml:CompositeSurface></gml:exterior></gml:Solid></bldg:lod1Solid>
<uro:bldgDataQualityAttribute>
<uro:DataQualityAttribute>
<uro:lod1HeightType codeSpace="../../codelists/DataQualityAttribute_lod1HeightType.xml">2</uro:lod1HeightType>
</uro:DataQualityAttribute>
</uro:bldgDataQualityAttribute>
<uro:bldgDisasterRiskAttribute>
<uro:RiverFloodingRiskAttribute>
<uro:description codeSpace="../../codelists/RiverFloodingRiskAttribute_description.xml">3</uro:description>
<uro:rank codeSpace="../../codelists/RiverFloodingRiskAttribute_rank.xml">2</uro:rank>
<uro:depth uom="m">1.29</uro:depth>
<uro:adminType codeSpace="../../codelists/RiverFloodingRiskAttribute_adminType.xml">2</uro:adminType>
<uro:scale codeSpace="../../codelists/RiverFloodingRiskAttribute_scale.xml">2</uro:scale>
<uro:duration uom="hour">17.81</uro:duration>
</uro:RiverFloodingRiskAttribute>
</uro:bldgDisasterRiskAttribute>
<uro:buildingDetailAttribute>
<uro:BuildingDetailAttribute>
<uro:totalFloorArea uom="m2">933.26</uro:totalFloorArea>
<uro:buildingFootprintArea uom="m2">1038.83</uro:buildingFootprintArea>
<uro:buildingStructureType codeSpace="../../codelists/Building_buildingStructureType.xml">604</uro:buildingStructureType>
<uro:surveyYear>2021</uro:surveyYear>
</uro:BuildingDetailAttribute>
</uro:buildingDetailAttribute>
<uro:buildingIDAttribute>
<uro:BuildingIDAttribute>
<uro:buildingID>17206-bldg-199</uro:buildingID>
<uro:prefecture codeSpace="../../codelists/Common_localPublicAuthorities.xml">17</uro:prefecture>
<uro:city codeSpace="../../codelists/Common_localPublicAuthorities.xml">17206</uro:city>
</uro:BuildingIDAttribute>
</uro:buildingIDAttribute>
</bldg:Building>
</core:cityObjectMember>
<core:cityObjectMember>
<bldg:Building gml:id="bldg_245fa01d-e861-43e2-8858-4f1fb96687df">
<core:creationDate>2025-03-21</core:creationDate>
<bldg:class codeSpace="../../codelists/Building_class.xml">3001</bldg:class>
<bldg:usage codeSpace="../../codelists/Building_usage.xml">411</bldg:usage>
<bldg:yearOfConstruction>2002</bldg:yearOfConstruction>
<bldg:measuredHeight uom="m">7.2</bldg:measuredHeight>
<bldg:storeysAboveGround>2</bldg:storeysAboveGround>
<bldg:lod0RoofEdge><gml:MultiSurface><gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3267277 136.3649317 0 36.3267355 136.3650429 0 36.3267998 136.3650359 0 36.3267919 136.3649247 0 36.3267277 136.3649317 0</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember></gml:MultiSurface></bldg:lod0RoofEdge>
<bldg:lod1Solid><gml:Solid><gml:exterior><gml:CompositeSurface>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3267919 136.3649247 8.94 36.3267998 136.3650359 8.94 36.3267355 136.3650429 8.94 36.3267277 136.3649317 8.94 36.3267919 136.3649247 8.94</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3267277 136.3649317 8.94 36.3267355 136.3650429 8.94 36.3267355 136.3650429 15.36 36.3267277 136.3649317 15.36 36.3267277 136.3649317 8.94</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3267355 136.3650429 8.94 36.3267998 136.3650359 8.94 36.3267998 136.3650359 15.36 36.3267355 136.3650429 15.36 36.3267355 136.3650429 8.94</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3267998 136.3650359 8.94 36.3267919 136.3649247 8.94 36.3267919 136.3649247 15.36 36.3267998 136.3650359 15.36 36.3267998 136.3650359 8.94</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3267919 136.3649247 8.94 36.3267277 136.3649317 8.94 36.3267277 136.3649317 15.36 36.3267919 136.3649247 15.36 36.3267919 136.3649247 8.94</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3267277 136.3649317 15.36 36.3267355 136.3650429 15.36 36.3267998 136.3650359 15.36 36.3267919 136.3649247 15.36 36.3267277 136.3649317 15.36</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
</gml:CompositeSurface></gml:exterior></gml:Solid></bldg:lod1Solid>
<uro:bldgDataQualityAttribute>
<uro:DataQualityAttribute>
<uro:lod1HeightType codeSpace="../../codelists/DataQualityAttribute_lod1HeightType.xml">2</uro:lod1HeightType>
</uro:DataQualityAttribute>
</uro:bldgDataQualityAttribute>
<uro:bldgDisasterRiskAttribute>
<uro:RiverFloodingRiskAttribute>
<uro:description codeSpace="../../codelists/RiverFloodingRiskAttribute_description.xml">3</uro:description>
<uro:rank codeSpace="../../codelists/RiverFloodingRiskAttribute_rank.xml">2</uro:rank>
<uro:depth uom="m">1.054</uro:depth>
<uro:adminType codeSpace="../../codelists/RiverFloodingRiskAttribute_adminType.xml">2</uro:adminType>
<uro:scale codeSpace="../../codelists/RiverFloodingRiskAttribute_scale.xml">2</uro:scale>
<uro:duration uom="hour">12.31</uro:duration>
</uro:RiverFloodingRiskAttribute>
</uro:bldgDisasterRiskAttribute>
<uro:buildingDetailAttribute>
<uro:BuildingDetailAttribute>
<uro:totalFloorArea uom="m2">132.23</uro:totalFloorArea>
<uro:buildingFootprintArea uom="m2">71.76</uro:buildingFootprintArea>
<uro:buildingStructureType codeSpace="../../codelists/Building_buildingStructureType.xml">601</uro:buildingStructureType>
<uro:surveyYear>2021</uro:surveyYear>
</uro:BuildingDetailAttribute>
</uro:buildingDetailAttribute>
<uro:buildingIDAttribute>
<uro:BuildingIDAttribute>
<uro:buildingID>17206-bldg-200</uro:buildingID>
<uro:prefecture codeSpace="../../codelists/Common_localPublicAuthorities.xml">17</uro:prefecture>
<uro:city codeSpace="../../codelists/Common_localPublicAuthorities.xml">17206</uro:city>
</uro:BuildingIDAttribute>
</uro:buildingIDAttribute>
</bldg:Building>
</core:cityObjectMember>
<core:cityObjectMember>
<bldg:Building gml:id="bldg_f99b2f09-33f7-49ca-817c-d996a63b043d">
<core:creationDate>2025-03-21</core:creationDate>
<bldg:class codeSpace="../../codelists/Building_class.xml">3001</bldg:class>
<bldg:usage codeSpace="../../codelists/Building_usage.xml">402</bldg:usage>
<bldg:yearOfConstruction>2014</bldg:yearOfConstruction>
<bldg:measuredHeight uom="m">9.4</bldg:measuredHeight>
<bldg:storeysAboveGround>2</bldg:storeysAboveGround>
<bldg:storeysBelowGround>0</bldg:storeysBelowGround>
<bldg:lod0RoofEdge><gml:MultiSurface><gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3264473 136.3645653 0 36.3264251 136.3642517 0 36.3262708 136.3642684 0 36.3262931 136.364582 0 36.3264473 136.3645653 0</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember></gml:MultiSurface></bldg:lod0RoofEdge>
<bldg:lod1Solid><gml:Solid><gml:exterior><gml:CompositeSurface>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3262931 136.364582 9.2 36.3262708 136.3642684 9.2 36.3264251 136.3642517 9.2 36.3264473 136.3645653 9.2 36.3262931 136.364582 9.2</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3264473 136.3645653 9.2 36.3264251 136.3642517 9.2 36.3264251 136.3642517 18.61 36.3264473 136.3645653 18.61 36.3264473 136.3645653 9.2</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3264251 136.3642517 9.2 36.3262708 136.3642684 9.2 36.3262708 136.3642684 18.61 36.3264251 136.3642517 18.61 36.3264251 136.3642517 9.2</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3262708 136.3642684 9.2 36.3262931 136.364582 9.2 36.3262931 136.364582 18.61 36.3262708 136.3642684 18.61 36.3262708 136.3642684 9.2</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3262931 136.364582 9.2 36.3264473 136.3645653 9.2 36.3264473 136.3645653 18.61 36.3262931 136.364582 18.61 36.3262931 136.364582 9.2</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3264473 136.3645653 18.61 36.3264251 136.3642517 18.61 36.3262708 136.3642684 18.61 36.3262931 136.364582 18.61 36.3264473 136.3645653 18.61</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
</gml:CompositeSurface></gml:exterior></gml:Solid></bldg:lod1Solid>
<uro:bldgDataQualityAttribute>
<uro:DataQualityAttribute>
<uro:lod1HeightType codeSpace="../../codelists/DataQualityAttribute_lod1HeightType.xml">2</uro:lod1HeightType>
</uro:DataQualityAttribute>
</uro:bldgDataQualityAttribute>
<uro:bldgDisasterRiskAttribute>
<uro:RiverFloodingRiskAttribute>
<uro:description codeSpace="../../codelists/RiverFloodingRiskAttribute_description.xml">3</uro:description>
<uro:rank codeSpace="../../codelists/RiverFloodingRiskAttribute_rank.xml">2</uro:rank>
<uro:depth uom="m">1.116</uro:depth>
<uro:adminType codeSpace="../../codelists/RiverFloodingRiskAttribute_adminType.xml">2</uro:adminType>
<uro:scale codeSpace="../../codelists/RiverFloodingRiskAttribute_scale.xml">2</uro:scale>
<uro:duration uom="hour">15.93</uro:duration>
</uro:RiverFloodingRiskAttribute>
</uro:bldgDisasterRiskAttribute>
<uro:buildingDetailAttribute>
<uro:BuildingDetailAttribute>
<uro:totalFloorArea uom="m2">948.05</uro:totalFloorArea>
<uro:buildingFootprintArea uom="m2">485.83</uro:buildingFootprintArea>
<uro:buildingStructureType codeSpace="../../codelists/Building_buildingStructureType.xml">604</uro:buildingStructureType>
<uro:surveyYear>2021</uro:surveyYear>
</uro:BuildingDetailAttribute>
</uro:buildingDetailAttribute>
<uro:buildingIDAttribute>
<uro:BuildingIDAttribute>
<uro:buildingID>17206-bldg-201</uro:buildingID>
<uro:prefecture codeSpace="../../codelists/Common_localPublicAuthorities.xml">17</uro:prefecture>
<uro:city codeSpace="../../codelists/Common_localPublicAuthorities.xml">17206</uro:city>
</uro:BuildingIDAttribute>
</uro:buildingIDAttribute>
</bldg:Building>
</core:cityObjectMember>
<core:cityObjectMember>
<bldg:Building gml:id="bldg_26cdd539-aef4-4761-a624-4cb960716aa6">
<core:creationDate>2025-03-21</core:creationDate>
<bldg:class codeSpace="../../codelists/Building_class.xml">3001</bldg:class>
<bldg:usage codeSpace="../../codelists/Building_usage.xml">402</bldg:usage>
<bldg:yearOfConstruction>2002</bldg:yearOfConstruction>
<bldg:measuredHeight uom="m">9.5</bldg:measuredHeight>
<bldg:storeysAboveGround>2</bldg:storeysAboveGround>
<bldg:storeysBelowGround>0</bldg:storeysBelowGround>
<bldg:lod0RoofEdge><gml:MultiSurface><gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3264104 136.3651651 0 36.3263802 136.3647383 0 36.3262444 136.364753 0 36.3262596 136.3649664 0 36.3261239 136.3649811 0 36.326139 136.3651945 0 36.3264104 136.3651651 0</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember></gml:MultiSurface></bldg:lod0RoofEdge>
<bldg:lod1Solid><gml:Solid><gml:exterior><gml:CompositeSurface>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.326139 136.3651945 8.97 36.3261239 136.3649811 8.97 36.3262596 136.3649664 8.97 36.3262444 136.364753 8.97 36.3263802 136.3647383 8.97 36.3264104 136.3651651 8.97 36.326139 136.3651945 8.97</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3264104 136.3651651 8.97 36.3263802 136.3647383 8.97 36.3263802 136.3647383 18.48 36.3264104 136.3651651 18.48 36.3264104 136.3651651 8.97</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3263802 136.3647383 8.97 36.3262444 136.364753 8.97 36.3262444 136.364753 18.48 36.3263802 136.3647383 18.48 36.3263802 136.3647383 8.97</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3262444 136.364753 8.97 36.3262596 136.3649664 8.97 36.3262596 136.3649664 18.48 36.3262444 136.364753 18.48 36.3262444 136.364753 8.97</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3262596 136.3649664 8.97 36.3261239 136.3649811 8.97 36.3261239 136.3649811 18.48 36.3262596 136.3649664 18.48 36.3262596 136.3649664 8.97</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3261239 136.3649811 8.97 36.326139 136.3651945 8.97 36.326139 136.3651945 18.48 36.3261239 136.3649811 18.48 36.3261239 136.3649811 8.97</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.326139 136.3651945 8.97 36.3264104 136.3651651 8.97 36.3264104 136.3651651 18.48 36.326139 136.3651945 18.48 36.326139 136.3651945 8.97</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3264104 136.3651651 18.48 36.3263802 136.3647383 18.48 36.3262444 136.364753 18.48 36.3262596 136.3649664 18.48 36.3261239 136.3649811 18.48 36.326139 136.3651945 18.48 36.3264104 136.3651651 18.48</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
</gml:CompositeSurface></gml:exterior></gml:Solid></bldg:lod1Solid>
<uro:bldgDataQualityAttribute>
<uro:DataQualityAttribute>
<uro:lod1HeightType codeSpace="../../codelists/DataQualityAttribute_lod1HeightType.xml">2</uro:lod1HeightType>
</uro:DataQualityAttribute>
</uro:bldgDataQualityAttribute>
<uro:bldgDisasterRiskAttribute>
<uro:RiverFloodingRiskAttribute>
<uro:description codeSpace="../../codelists/RiverFloodingRiskAttribute_description.xml">3</uro:description>
<uro:rank codeSpace="../../codelists/RiverFloodingRiskAttribute_rank.xml">2</uro:rank>
<uro:depth uom="m">0.704</uro:depth>
<uro:adminType codeSpace="../../codelists/RiverFloodingRiskAttribute_adminType.xml">2</uro:adminType>
<uro:scale codeSpace="../../codelists/RiverFloodingRiskAttribute_scale.xml">2</uro:scale>
<uro:duration uom="hour">10.34</uro:duration>
</uro:RiverFloodingRiskAttribute>
</uro:bldgDisasterRiskAttribute>
<uro:buildingDetailAttribute>
<uro:BuildingDetailAttribute>
<uro:totalFloorArea uom="m2">1466.21</uro:totalFloorArea>
<uro:buildingFootprintArea uom="m2">872.43</uro:buildingFootprintArea>
<uro:buildingStructureType codeSpace="../../codelists/Building_buildingStructureType.xml">604</uro:buildingStructureType>
<uro:surveyYear>2021</uro:surveyYear>
</uro:BuildingDetailAttribute>
</uro:buildingDetailAttribute>
<uro:buildingIDAttribute>
<uro:BuildingIDAttribute>
<uro:buildingID>17206-bldg-202</uro:buildingID>
<uro:prefecture codeSpace="../../codelists/Common_localPublicAuthorities.xml">17</uro:prefecture>
<uro:city codeSpace="../../codelists/Common_localPublicAuthorities.xml">17206</uro:city>
</uro:BuildingIDAttribute>
</uro:buildingIDAttribute>
</bldg:Building>
</core:cityObjectMember>
<core:cityObjectMember>
<bldg:Building gml:id="bldg_4b295807-bf82-43b5-9d88-fc419569447d">
<core:creationDate>2025-03-21</core:creationDate>
<bldg:class codeSpace="../../codelists/Building_class.xml">3002</bldg:class>
<bldg:usage codeSpace="../../codelists/Building_usage.xml">401</bldg:usage>
<bldg:yearOfConstruction>1976</bldg:yearOfConstruction>
<bldg:measuredHeight uom="m">12.1</bldg:measuredHeight>
<bldg:storeysAboveGround>3</bldg:storeysAboveGround>
<bldg:storeysBelowGround>0</bldg:storeysBelowGround>
<bldg:lod0RoofEdge><gml:MultiSurface><gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3265941 136.3662631 0 36.3265712 136.3659399 0 36.3264376 136.3659543 0 36.3264606 136.3662775 0 36.3265941 136.3662631 0</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember></gml:MultiSurface></bldg:lod0RoofEdge>
<bldg:lod1Solid><gml:Solid><gml:exterior><gml:CompositeSurface>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3264606 136.3662775 9.07 36.3264376 136.3659543 9.07 36.3265712 136.3659399 9.07 36.3265941 136.3662631 9.07 36.3264606 136.3662775 9.07</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3265941 136.3662631 9.07 36.3265712 136.3659399 9.07 36.3265712 136.3659399 21.17 36.3265941 136.3662631 21.17 36.3265941 136.3662631 9.07</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3265712 136.3659399 9.07 36.3264376 136.3659543 9.07 36.3264376 136.3659543 21.17 36.3265712 136.3659399 21.17 36.3265712 136.3659399 9.07</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3264376 136.3659543 9.07 36.3264606 136.3662775 9.07 36.3264606 136.3662775 21.17 36.3264376 136.3659543 21.17 36.3264376 136.3659543 9.07</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3264606 136.3662775 9.07 36.3265941 136.3662631 9.07 36.3265941 136.3662631 21.17 36.3264606 136.3662775 21.17 36.3264606 136.3662775 9.07</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3265941 136.3662631 21.17 36.3265712 136.3659399 21.17 36.3264376 136.3659543 21.17 36.3264606 136.3662775 21.17 36.3265941 136.3662631 21.17</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
</gml:CompositeSurface></gml:exterior></gml:Solid></bldg:lod1Solid>
<uro:bldgDataQualityAttribute>
<uro:DataQualityAttribute>
<uro:lod1HeightType codeSpace="../../codelists/DataQualityAttribute_lod1HeightType.xml">2</uro:lod1HeightType>
</uro:DataQualityAttribute>
</uro:bldgDataQualityAttribute>
<uro:bldgDisasterRiskAttribute>
<uro:RiverFloodingRiskAttribute>
<uro:description codeSpace="../../codelists/RiverFloodingRiskAttribute_description.xml">3</uro:description>
<uro:rank codeSpace="../../codelists/RiverFloodingRiskAttribute_rank.xml">1</uro:rank>
<uro:depth uom="m">0.063</uro:depth>
<uro:adminType codeSpace="../../codelists/RiverFloodingRiskAttribute_adminType.xml">2</uro:adminType>
<uro:scale codeSpace="../../codelists/RiverFloodingRiskAttribute_scale.xml">2</uro:scale>
<uro:duration uom="hour">3.93</uro:duration>
</uro:RiverFloodingRiskAttribute>
</uro:bldgDisasterRiskAttribute>
<uro:buildingDetailAttribute>
<uro:BuildingDetailAttribute>
<uro:totalFloorArea uom="m2">1134.14</uro:totalFloorArea>
<uro:buildingFootprintArea uom="m2">433.56</uro:buildingFootprintArea>
<uro:buildingStructureType codeSpace="../../codelists/Building_buildingStructureType.xml">603</uro:buildingStructureType>
<uro:surveyYear>2021</uro:surveyYear>
</uro:BuildingDetailAttribute>
</uro:buildingDetailAttribute>
<uro:buildingIDAttribute>
<uro:BuildingIDAttribute>
<uro:buildingID>17206-bldg-203</uro:buildingID>
<uro:prefecture codeSpace="../../codelists/Common_localPublicAuthorities.xml">17</uro:prefecture>
<uro:city codeSpace="../../codelists/Common_localPublicAuthorities.xml">17206</uro:city>
</uro:BuildingIDAttribute>
</uro:buildingIDAttribute>
</bldg:Building>
</core:cityObjectMember>
<core:cityObjectMember>
<bldg:Building gml:id="bldg_a0688939-6909-495d-a62f-7f48ade36a9a">
<core:creationDate>2025-03-21</core:creationDate>
<bldg:class codeSpace="../../codelists/Building_class.xml">3002</bldg:class>
<bldg:usage codeSpace="../../codelists/Building_usage.xml">401</bldg:usage>
<bldg:yearOfConstruction>1992</bldg:yearOfConstruction>
<bldg:measuredHeight uom="m">15.8</bldg:measuredHeight>
<bldg:storeysAboveGround>4</bldg:storeysAboveGround>
<bldg:storeysBelowGround>0</bldg:storeysBelowGround>
<bldg:lod0RoofEdge><gml:MultiSurface><gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3269399 136.3674939 0 36.3269593 136.367768 0 36.3271005 136.3677527 0 36.327081 136.3674786 0 36.3269399 136.3674939 0</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember></gml:MultiSurface></bldg:lod0RoofEdge>
<bldg:lod1Solid><gml:Solid><gml:exterior><gml:CompositeSurface>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.327081 136.3674786 8.71 36.3271005 136.3677527 8.71 36.3269593 136.367768 8.71 36.3269399 136.3674939 8.71 36.327081 136.3674786 8.71</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3269399 136.3674939 8.71 36.3269593 136.367768 8.71 36.3269593 136.367768 24.51 36.3269399 136.3674939 24.51 36.3269399 136.3674939 8.71</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3269593 136.367768 8.71 36.3271005 136.3677527 8.71 36.3271005 136.3677527 24.51 36.3269593 136.367768 24.51 36.3269593 136.367768 8.71</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3271005 136.3677527 8.71 36.327081 136.3674786 8.71 36.327081 136.3674786 24.51 36.3271005 136.3677527 24.51 36.3271005 136.3677527 8.71</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.327081 136.3674786 8.71 36.3269399 136.3674939 8.71 36.3269399 136.3674939 24.51 36.327081 136.3674786 24.51 36.327081 136.3674786 8.71</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3269399 136.3674939 24.51 36.3269593 136.367768 24.51 36.3271005 136.3677527 24.51 36.327081 136.3674786 24.51 36.3269399 136.3674939 24.51</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
</gml:CompositeSurface></gml:exterior></gml:Solid></bldg:lod1Solid>
<uro:bldgDataQualityAttribute>
<uro:DataQualityAttribute>
<uro:lod1HeightType codeSpace="../../codelists/DataQualityAttribute_lod1HeightType.xml">2</uro:lod1HeightType>
</uro:DataQualityAttribute>
</uro:bldgDataQualityAttribute>
<uro:buildingDetailAttribute>
<uro:BuildingDetailAttribute>
<uro:totalFloorArea uom="m2">1421.04</uro:totalFloorArea>
<uro:buildingFootprintArea uom="m2">388.38</uro:buildingFootprintArea>
<uro:buildingStructureType codeSpace="../../codelists/Building_buildingStructureType.xml">603</uro:buildingStructureType>
<uro:surveyYear>2021</uro:surveyYear>
</uro:BuildingDetailAttribute>
</uro:buildingDetailAttribute>
<uro:buildingIDAttribute>
<uro:BuildingIDAttribute>
<uro:buildingID>17206-bldg-204</uro:buildingID>
<uro:prefecture codeSpace="../../codelists/Common_localPublicAuthorities.xml">17</uro:prefecture>
<uro:city codeSpace="../../codelists/Common_localPublicAuthorities.xml">17206</uro:city>
</uro:BuildingIDAttribute>
</uro:buildingIDAttribute>
</bldg:Building>
</core:cityObjectMember>
<core:cityObjectMember>
<bldg:Building gml:id="bldg_4c071b1c-69bd-4e91-aa34-1e5f81a67292">
<core:creationDate>2025-03-21</core:creationDate>
<bldg:class codeSpace="../../codelists/Building_class.xml">3001</bldg:class>
<bldg:usage codeSpace="../../codelists/Building_usage.xml">431</bldg:usage>
<bldg:yearOfConstruction>1985</bldg:yearOfConstruction>
<bldg:measuredHeight uom="m">10.1</bldg:measuredHeight>
<bldg:storeysAboveGround>1</bldg:storeysAboveGround>
<bldg:storeysBelowGround>0</bldg:storeysBelowGround>
<bldg:lod0RoofEdge><gml:MultiSurface><gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3266794 136.3677732 0 36.3266529 136.3673984 0 36.3263864 136.3674273 0 36.3264129 136.367802 0 36.3266794 136.3677732 0</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember></gml:MultiSurface></bldg:lod0RoofEdge>
<bldg:lod1Solid><gml:Solid><gml:exterior><gml:CompositeSurface>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3264129 136.367802 8.75 36.3263864 136.3674273 8.75 36.3266529 136.3673984 8.75 36.3266794 136.3677732 8.75 36.3264129 136.367802 8.75</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3266794 136.3677732 8.75 36.3266529 136.3673984 8.75 36.3266529 136.3673984 17.74 36.3266794 136.3677732 17.74 36.3266794 136.3677732 8.75</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3266529 136.3673984 8.75 36.3263864 136.3674273 8.75 36.3263864 136.3674273 17.74 36.3266529 136.3673984 17.74 36.3266529 136.3673984 8.75</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3263864 136.3674273 8.75 36.3264129 136.367802 8.75 36.3264129 136.367802 17.74 36.3263864 136.3674273 17.74 36.3263864 136.3674273 8.75</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3264129 136.367802 8.75 36.3266794 136.3677732 8.75 36.3266794 136.3677732 17.74 36.3264129 136.367802 17.74 36.3264129 136.367802 8.75</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3266794 136.3677732 17.74 36.3266529 136.3673984 17.74 36.3263864 136.3674273 17.74 36.3264129 136.367802 17.74 36.3266794 136.3677732 17.74</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
</gml:CompositeSurface></gml:exterior></gml:Solid></bldg:lod1Solid>
<uro:bldgDataQualityAttribute>
<uro:DataQualityAttribute>
<uro:lod1HeightType codeSpace="../../codelists/DataQualityAttribute_lod1HeightType.xml">2</uro:lod1HeightType>
</uro:DataQualityAttribute>
</uro:bldgDataQualityAttribute>
<uro:buildingDetailAttribute>
<uro:BuildingDetailAttribute>
<uro:totalFloorArea uom="m2">904.96</uro:totalFloorArea>
<uro:buildingFootprintArea uom="m2">1002.79</uro:buildingFootprintArea>
<uro:buildingStructureType codeSpace="../../codelists/Building_buildingStructureType.xml">604</uro:buildingStructureType>
<uro:surveyYear>2021</uro:surveyYear>
</uro:BuildingDetailAttribute>
</uro:buildingDetailAttribute>
<uro:buildingIDAttribute>
<uro:BuildingIDAttribute>
<uro:buildingID>17206-bldg-205</uro:buildingID>
<uro:prefecture codeSpace="../../codelists/Common_localPublicAuthorities.xml">17</uro:prefecture>
<uro:city codeSpace="../../codelists/Common_localPublicAuthorities.xml">17206</uro:city>
</uro:BuildingIDAttribute>
</uro:buildingIDAttribute>
</bldg:Building>
</core:cityObjectMember>
<core:cityObjectMember>
<bldg:Building gml:id="bldg_58b39293-62f3-44a8-8d9d-0c55e84feee8">
<core:creationDate>2025-03-21</core:creationDate>
<bldg:class codeSpace="../../codelists/Building_class.xml">3001</bldg:class>
<bldg:usage codeSpace="../../codelists/Building_usage.xml">431</bldg:usage>
<bldg:yearOfConstruction>1978</bldg:yearOfConstruction>
<bldg:measuredHeight uom="m">8.8</bldg:measuredHeight>
<bldg:storeysAboveGround>1</bldg:storeysAboveGround>
<bldg:storeysBelowGround>0</bldg:storeysBelowGround>
<bldg:lod0RoofEdge><gml:MultiSurface><gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3269968 136.3682078 0 36.3270263 136.3686238 0 36.3272159 136.3686032 0 36.3271864 136.3681873 0 36.3269968 136.3682078 0</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember></gml:MultiSurface></bldg:lod0RoofEdge>
<bldg:lod1Solid><gml:Solid><gml:exterior><gml:CompositeSurface>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3271864 136.3681873 8.71 36.3272159 136.3686032 8.71 36.3270263 136.3686238 8.71 36.3269968 136.3682078 8.71 36.3271864 136.3681873 8.71</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3269968 136.3682078 8.71 36.3270263 136.3686238 8.71 36.3270263 136.3686238 16.74 36.3269968 136.3682078 16.74 36.3269968 136.3682078 8.71</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3270263 136.3686238 8.71 36.3272159 136.3686032 8.71 36.3272159 136.3686032 16.74 36.3270263 136.3686238 16.74 36.3270263 136.3686238 8.71</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3272159 136.3686032 8.71 36.3271864 136.3681873 8.71 36.3271864 136.3681873 16.74 36.3272159 136.3686032 16.74 36.3272159 136.3686032 8.71</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3271864 136.3681873 8.71 36.3269968 136.3682078 8.71 36.3269968 136.3682078 16.74 36.3271864 136.3681873 16.74 36.3271864 136.3681873 8.71</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3269968 136.3682078 16.74 36.3270263 136.3686238 16.74 36.3272159 136.3686032 16.74 36.3271864 136.3681873 16.74 36.3269968 136.3682078 16.74</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
</gml:CompositeSurface></gml:exterior></gml:Solid></bldg:lod1Solid>
<uro:bldgDataQualityAttribute>
<uro:DataQualityAttribute>
<uro:lod1HeightType codeSpace="../../codelists/DataQualityAttribute_lod1HeightType.xml">2</uro:lod1HeightType>
</uro:DataQualityAttribute>
</uro:bldgDataQualityAttribute>
<uro:buildingDetailAttribute>
<uro:BuildingDetailAttribute>
<uro:totalFloorArea uom="m2">664.97</uro:totalFloorArea>
<uro:buildingFootprintArea uom="m2">791.64</uro:buildingFootprintArea>
<uro:buildingStructureType codeSpace="../../codelists/Building_buildingStructureType.xml">604</uro:buildingStructureType>
<uro:surveyYear>2021</uro:surveyYear>
</uro:BuildingDetailAttribute>
</uro:buildingDetailAttribute>
<uro:buildingIDAttribute>
<uro:BuildingIDAttribute>
<uro:buildingID>17206-bldg-206</uro:buildingID>
<uro:prefecture codeSpace="../../codelists/Common_localPublicAuthorities.xml">17</uro:prefecture>
<uro:city codeSpace="../../codelists/Common_localPublicAuthorities.xml">17206</uro:city>
</uro:BuildingIDAttribute>
</uro:buildingIDAttribute>
</bldg:Building>
</core:cityObjectMember>
<core:cityObjectMember>
<bldg:Building gml:id="bldg_098a61be-7220-4c8d-8e32-cc58549404e1">
<core:creationDate>2025-03-21</core:creationDate>
<bldg:class codeSpace="../../codelists/Building_class.xml">3001</bldg:class>
<bldg:usage codeSpace="../../codelists/Building_usage.xml">431</bldg:usage>
<bldg:yearOfConstruction>1993</bldg:yearOfConstruction>
<bldg:measuredHeight uom="m">7.6</bldg:measuredHeight>
<bldg:storeysAboveGround>1</bldg:storeysAboveGround>
<bldg:storeysBelowGround>0</bldg:storeysBelowGround>
<bldg:lod0RoofEdge><gml:MultiSurface><gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3270992 136.3687393 0 36.3271246 136.3690974 0 36.3273047 136.3690779 0 36.3272793 136.3687198 0 36.3270992 136.3687393 0</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember></gml:MultiSurface></bldg:lod0RoofEdge>
<bldg:lod1Solid><gml:Solid><gml:exterior><gml:CompositeSurface>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3272793 136.3687198 8.78 36.3273047 136.3690779 8.78 36.3271246 136.3690974 8.78 36.3270992 136.3687393 8.78 36.3272793 136.3687198 8.78</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3270992 136.3687393 8.78 36.3271246 136.3690974 8.78 36.3271246 136.3690974 15.63 36.3270992 136.3687393 15.63 36.3270992 136.3687393 8.78</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3271246 136.3690974 8.78 36.3273047 136.3690779 8.78 36.3273047 136.3690779 15.63 36.3271246 136.3690974 15.63 36.3271246 136.3690974 8.78</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3273047 136.3690779 8.78 36.3272793 136.3687198 8.78 36.3272793 136.3687198 15.63 36.3273047 136.3690779 15.63 36.3273047 136.3690779 8.78</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3272793 136.3687198 8.78 36.3270992 136.3687393 8.78 36.3270992 136.3687393 15.63 36.3272793 136.3687198 15.63 36.3272793 136.3687198 8.78</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3270992 136.3687393 15.63 36.3271246 136.3690974 15.63 36.3273047 136.3690779 15.63 36.3272793 136.3687198 15.63 36.3270992 136.3687393 15.63</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
</gml:CompositeSurface></gml:exterior></gml:Solid></bldg:lod1Solid>
<uro:bldgDataQualityAttribute>
<uro:DataQualityAttribute>
<uro:lod1HeightType codeSpace="../../codelists/DataQualityAttribute_lod1HeightType.xml">2</uro:lod1HeightType>
</uro:DataQualityAttribute>
</uro:bldgDataQualityAttribute>
<uro:buildingDetailAttribute>
<uro:BuildingDetailAttribute>
<uro:totalFloorArea uom="m2">558.79</uro:totalFloorArea>
<uro:buildingFootprintArea uom="m2">647.39</uro:buildingFootprintArea>
<uro:buildingStructureType codeSpace="../../codelists/Building_buildingStructureType.xml">604</uro:buildingStructureType>
<uro:surveyYear>2021</uro:surveyYear>
</uro:BuildingDetailAttribute>
</uro:buildingDetailAttribute>
<uro:buildingIDAttribute>
<uro:BuildingIDAttribute>
<uro:buildingID>17206-bldg-207</uro:buildingID>
<uro:prefecture codeSpace="../../codelists/Common_localPublicAuthorities.xml">17</uro:prefecture>
<uro:city codeSpace="../../codelists/Common_localPublicAuthorities.xml">17206</uro:city>
</uro:BuildingIDAttribute>
</uro:buildingIDAttribute>
</bldg:Building>
</core:cityObjectMember>
<core:cityObjectMember>
<bldg:Building gml:id="bldg_e29143cf-5879-4ea2-ad76-ef1d80ec7a3b">
<core:creationDate>2025-03-21</core:creationDate>
<bldg:class codeSpace="../../codelists/Building_class.xml">3001</bldg:class>
<bldg:usage codeSpace="../../codelists/Building_usage.xml">411</bldg:usage>
<bldg:yearOfConstruction>1961</bldg:yearOfConstruction>
<bldg:measuredHeight uom="m">7.7</bldg:measuredHeight>
<bldg:storeysAboveGround>2</bldg:storeysAboveGround>
<bldg:lod0RoofEdge><gml:MultiSurface><gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3267705 136.3684085 0 36.3266868 136.3684176 0 36.3266933 136.368509 0 36.326777 136.3684999 0 36.3267705 136.3684085 0</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember></gml:MultiSurface></bldg:lod0RoofEdge>
<bldg:lod1Solid><gml:Solid><gml:exterior><gml:CompositeSurface>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.326777 136.3684999 8.86 36.3266933 136.368509 8.86 36.3266868 136.3684176 8.86 36.3267705 136.3684085 8.86 36.326777 136.3684999 8.86</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3267705 136.3684085 8.86 36.3266868 136.3684176 8.86 36.3266868 136.3684176 15.67 36.3267705 136.3684085 15.67 36.3267705 136.3684085 8.86</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3266868 136.3684176 8.86 36.3266933 136.368509 8.86 36.3266933 136.368509 15.67 36.3266868 136.3684176 15.67 36.3266868 136.3684176 8.86</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3266933 136.368509 8.86 36.326777 136.3684999 8.86 36.326777 136.3684999 15.67 36.3266933 136.368509 15.67 36.3266933 136.368509 8.86</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.326777 136.3684999 8.86 36.3267705 136.3684085 8.86 36.3267705 136.3684085 15.67 36.326777 136.3684999 15.67 36.326777 136.3684999 8.86</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3267705 136.3684085 15.67 36.3266868 136.3684176 15.67 36.3266933 136.368509 15.67 36.326777 136.3684999 15.67 36.3267705 136.3684085 15.67</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
</gml:CompositeSurface></gml:exterior></gml:Solid></bldg:lod1Solid>
<uro:bldgDataQualityAttribute>
<uro:DataQualityAttribute>
<uro:lod1HeightType codeSpace="../../codelists/DataQualityAttribute_lod1HeightType.xml">2</uro:lod1HeightType>
</uro:DataQualityAttribute>
</uro:bldgDataQualityAttribute>
<uro:buildingDetailAttribute>
<uro:BuildingDetailAttribute>
<uro:totalFloorArea uom="m2">147.74</uro:totalFloorArea>
<uro:buildingFootprintArea uom="m2">76.77</uro:buildingFootprintArea>
<uro:buildingStructureType codeSpace="../../codelists/Building_buildingStructureType.xml">601</uro:buildingStructureType>
<uro:surveyYear>2021</uro:surveyYear>
</uro:BuildingDetailAttribute>
</uro:buildingDetailAttribute>
<uro:buildingIDAttribute>
<uro:BuildingIDAttribute>
<uro:buildingID>17206-bldg-208</uro:buildingID>
<uro:prefecture codeSpace="../../codelists/Common_localPublicAuthorities.xml">17</uro:prefecture>
<uro:city codeSpace="../../codelists/Common_localPublicAuthorities.xml">17206</uro:city>
</uro:BuildingIDAttribute>
</uro:buildingIDAttribute>
</bldg:Building>
</core:cityObjectMember>
<core:cityObjectMember>
<bldg:Building gml:id="bldg_fcb0343d-781b-429c-b3eb-92408f0761dc">
<core:creationDate>2025-03-21</core:creationDate>
<bldg:class codeSpace="../../codelists/Building_class.xml">3001</bldg:class>
<bldg:usage codeSpace="../../codelists/Building_usage.xml">411</bldg:usage>
<bldg:yearOfConstruction>1995</bldg:yearOfConstruction>
<bldg:measuredHeight uom="m">7.4</bldg:measuredHeight>
<bldg:storeysAboveGround>2</bldg:storeysAboveGround>
<bldg:lod0RoofEdge><gml:MultiSurface><gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3268089 136.3688657 0 36.3267999 136.3687397 0 36.3267173 136.3687486 0 36.3267263 136.3688746 0 36.3268089 136.3688657 0</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember></gml:MultiSurface></bldg:lod0RoofEdge>
<bldg:lod1Solid><gml:Solid><gml:exterior><gml:CompositeSurface>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3267263 136.3688746 8.95 36.3267173 136.3687486 8.95 36.3267999 136.3687397 8.95 36.3268089 136.3688657 8.95 36.3267263 136.3688746 8.95</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3268089 136.3688657 8.95 36.3267999 136.3687397 8.95 36.3267999 136.3687397 15.35 36.3268089 136.3688657 15.35 36.3268089 136.3688657 8.95</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3267999 136.3687397 8.95 36.3267173 136.3687486 8.95 36.3267173 136.3687486 15.35 36.3267999 136.3687397 15.35 36.3267999 136.3687397 8.95</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3267173 136.3687486 8.95 36.3267263 136.3688746 8.95 36.3267263 136.3688746 15.35 36.3267173 136.3687486 15.35 36.3267173 136.3687486 8.95</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3267263 136.3688746 8.95 36.3268089 136.3688657 8.95 36.3268089 136.3688657 15.35 36.3267263 136.3688746 15.35 36.3267263 136.3688746 8.95</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3268089 136.3688657 15.35 36.3267999 136.3687397 15.35 36.3267173 136.3687486 15.35 36.3267263 136.3688746 15.35 36.3268089 136.3688657 15.35</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
</gml:CompositeSurface></gml:exterior></gml:Solid></bldg:lod1Solid>
<uro:bldgDataQualityAttribute>
<uro:DataQualityAttribute>
<uro:lod1HeightType codeSpace="../../codelists/DataQualityAttribute_lod1HeightType.xml">2</uro:lod1HeightType>
</uro:DataQualityAttribute>
</uro:bldgDataQualityAttribute>
<uro:buildingDetailAttribute>
<uro:BuildingDetailAttribute>
<uro:totalFloorArea uom="m2">205.47</uro:totalFloorArea>
<uro:buildingFootprintArea uom="m2">104.53</uro:buildingFootprintArea>
<uro:buildingStructureType codeSpace="../../codelists/Building_buildingStructureType.xml">601</uro:buildingStructureType>
<uro:surveyYear>2021</uro:surveyYear>
</uro:BuildingDetailAttribute>
</uro:buildingDetailAttribute>
<uro:buildingIDAttribute>
<uro:BuildingIDAttribute>
<uro:buildingID>17206-bldg-209</uro:buildingID>
<uro:prefecture codeSpace="../../codelists/Common_localPublicAuthorities.xml">17</uro:prefecture>
<uro:city codeSpace="../../codelists/Common_localPublicAuthorities.xml">17206</uro:city>
</uro:BuildingIDAttribute>
</uro:buildingIDAttribute>
</bldg:Building>
</core:cityObjectMember>
<core:cityObjectMember>
<bldg:Building gml:id="bldg_9acd8713-3fa5-4176-91a5-9fb44370d603">
<core:creationDate>2025-03-21</core:creationDate>
<bldg:class codeSpace="../../codelists/Building_class.xml">3001</bldg:class>
<bldg:usage codeSpace="../../codelists/Building_usage.xml">454</bldg:usage>
<bldg:yearOfConstruction>2002</bldg:yearOfConstruction>
<bldg:measuredHeight uom="m">3.2</bldg:measuredHeight>
<bldg:storeysAboveGround>1</bldg:storeysAboveGround>
<bldg:lod0RoofEdge><gml:MultiSurface><gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3267128 136.3688761 0 36.3267083 136.3688124 0 36.3266816 136.3688153 0 36.3266862 136.368879 0 36.3267128 136.3688761 0</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember></gml:MultiSurface></bldg:lod0RoofEdge>
<bldg:lod1Solid><gml:Solid><gml:exterior><gml:CompositeSurface>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3266862 136.368879 8.97 36.3266816 136.3688153 8.97 36.3267083 136.3688124 8.97 36.3267128 136.3688761 8.97 36.3266862 136.368879 8.97</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3267128 136.3688761 8.97 36.3267083 136.3688124 8.97 36.3267083 136.3688124 11.99 36.3267128 136.3688761 11.99 36.3267128 136.3688761 8.97</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3267083 136.3688124 8.97 36.3266816 136.3688153 8.97 36.3266816 136.3688153 11.99 36.3267083 136.3688124 11.99 36.3267083 136.3688124 8.97</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3266816 136.3688153 8.97 36.3266862 136.368879 8.97 36.3266862 136.368879 11.99 36.3266816 136.3688153 11.99 36.3266816 136.3688153 8.97</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3266862 136.368879 8.97 36.3267128 136.3688761 8.97 36.3267128 136.3688761 11.99 36.3266862 136.368879 11.99 36.3266862 136.368879 8.97</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3267128 136.3688761 11.99 36.3267083 136.3688124 11.99 36.3266816 136.3688153 11.99 36.3266862 136.368879 11.99 36.3267128 136.3688761 11.99</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
</gml:CompositeSurface></gml:exterior></gml:Solid></bldg:lod1Solid>
<uro:bldgDataQualityAttribute>
<uro:DataQualityAttribute>
<uro:lod1HeightType codeSpace="../../codelists/DataQualityAttribute_lod1HeightType.xml">2</uro:lod1HeightType>
</uro:DataQualityAttribute>
</uro:bldgDataQualityAttribute>
<uro:buildingDetailAttribute>
<uro:BuildingDetailAttribute>
<uro:totalFloorArea uom="m2">14.71</uro:totalFloorArea>
<uro:buildingFootprintArea uom="m2">17.03</uro:buildingFootprintArea>
<uro:buildingStructureType codeSpace="../../codelists/Building_buildingStructureType.xml">601</uro:buildingStructureType>
<uro:surveyYear>2021</uro:surveyYear>
</uro:BuildingDetailAttribute>
</uro:buildingDetailAttribute>
<uro:buildingIDAttribute>
<uro:BuildingIDAttribute>
<uro:buildingID>17206-bldg-210</uro:buildingID>
<uro:prefecture codeSpace="../../codelists/Common_localPublicAuthorities.xml">17</uro:prefecture>
<uro:city codeSpace="../../codelists/Common_localPublicAuthorities.xml">17206</uro:city>
</uro:BuildingIDAttribute>
</uro:buildingIDAttribute>
</bldg:Building>
</core:cityObjectMember>
<core:cityObjectMember>
<bldg:Building gml:id="bldg_f8720db7-da73-4fef-8fcb-1f8e29051ad0">
<core:creationDate>2025-03-21</core:creationDate>
<bldg:class codeSpace="../../codelists/Building_class.xml">3001</bldg:class>
<bldg:usage codeSpace="../../codelists/Building_usage.xml">402</bldg:usage>
<bldg:yearOfConstruction>1989</bldg:yearOfConstruction>
<bldg:measuredHeight uom="m">6.1</bldg:measuredHeight>
<bldg:storeysAboveGround>1</bldg:storeysAboveGround>
<bldg:storeysBelowGround>0</bldg:storeysBelowGround>
<bldg:lod0RoofEdge><gml:MultiSurface><gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3271944 136.3699714 0 36.3272228 136.3703719 0 36.3274118 136.3703514 0 36.3273834 136.3699509 0 36.3271944 136.3699714 0</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember></gml:MultiSurface></bldg:lod0RoofEdge>
<bldg:lod1Solid><gml:Solid><gml:exterior><gml:CompositeSurface>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3273834 136.3699509 8.73 36.3274118 136.3703514 8.73 36.3272228 136.3703719 8.73 36.3271944 136.3699714 8.73 36.3273834 136.3699509 8.73</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3271944 136.3699714 8.73 36.3272228 136.3703719 8.73 36.3272228 136.3703719 14.81 36.3271944 136.3699714 14.81 36.3271944 136.3699714 8.73</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3272228 136.3703719 8.73 36.3274118 136.3703514 8.73 36.3274118 136.3703514 14.81 36.3272228 136.3703719 14.81 36.3272228 136.3703719 8.73</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3274118 136.3703514 8.73 36.3273834 136.3699509 8.73 36.3273834 136.3699509 14.81 36.3274118 136.3703514 14.81 36.3274118 136.3703514 8.73</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3273834 136.3699509 8.73 36.3271944 136.3699714 8.73 36.3271944 136.3699714 14.81 36.3273834 136.3699509 14.81 36.3273834 136.3699509 8.73</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3271944 136.3699714 14.81 36.3272228 136.3703719 14.81 36.3274118 136.3703514 14.81 36.3273834 136.3699509 14.81 36.3271944 136.3699714 14.81</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
</gml:CompositeSurface></gml:exterior></gml:Solid></bldg:lod1Solid>
<uro:bldgDataQualityAttribute>
<uro:DataQualityAttribute>
<uro:lod1HeightType codeSpace="../../codelists/DataQualityAttribute_lod1HeightType.xml">2</uro:lod1HeightType>
</uro:DataQualityAttribute>
</uro:bldgDataQualityAttribute>
<uro:buildingDetailAttribute>
<uro:BuildingDetailAttribute>
<uro:totalFloorArea uom="m2">759.87</uro:totalFloorArea>
<uro:buildingFootprintArea uom="m2">760.09</uro:buildingFootprintArea>
<uro:buildingStructureType codeSpace="../../codelists/Building_buildingStructureType.xml">604</uro:buildingStructureType>
<uro:surveyYear>2021</uro:surveyYear>
</uro:BuildingDetailAttribute>
</uro:buildingDetailAttribute>
<uro:buildingIDAttribute>
<uro:BuildingIDAttribute>
<uro:buildingID>17206-bldg-211</uro:buildingID>
<uro:prefecture codeSpace="../../codelists/Common_localPublicAuthorities.xml">17</uro:prefecture>
<uro:city codeSpace="../../codelists/Common_localPublicAuthorities.xml">17206</uro:city>
</uro:BuildingIDAttribute>
</uro:buildingIDAttribute>
</bldg:Building>
</core:cityObjectMember>
<core:cityObjectMember>
<bldg:Building gml:id="bldg_033ac75e-afde-4f69-8ebd-db87697d0dda">
<core:creationDate>2025-03-21</core:creationDate>
<bldg:class codeSpace="../../codelists/Building_class.xml">3001</bldg:class>
<bldg:usage codeSpace="../../codelists/Building_usage.xml">411</bldg:usage>
<bldg:yearOfConstruction>1985</bldg:yearOfConstruction>
<bldg:measuredHeight uom="m">7.5</bldg:measuredHeight>
<bldg:storeysAboveGround>2</bldg:storeysAboveGround>
<bldg:lod0RoofEdge><gml:MultiSurface><gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3271018 136.3728154 0 36.3270199 136.3728243 0 36.3270265 136.3729169 0 36.3271084 136.372908 0 36.3271018 136.3728154 0</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember></gml:MultiSurface></bldg:lod0RoofEdge>
<bldg:lod1Solid><gml:Solid><gml:exterior><gml:CompositeSurface>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3271084 136.372908 8.7 36.3270265 136.3729169 8.7 36.3270199 136.3728243 8.7 36.3271018 136.3728154 8.7 36.3271084 136.372908 8.7</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3271018 136.3728154 8.7 36.3270199 136.3728243 8.7 36.3270199 136.3728243 15.36 36.3271018 136.3728154 15.36 36.3271018 136.3728154 8.7</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3270199 136.3728243 8.7 36.3270265 136.3729169 8.7 36.3270265 136.3729169 15.36 36.3270199 136.3728243 15.36 36.3270199 136.3728243 8.7</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3270265 136.3729169 8.7 36.3271084 136.372908 8.7 36.3271084 136.372908 15.36 36.3270265 136.3729169 15.36 36.3270265 136.3729169 8.7</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3271084 136.372908 8.7 36.3271018 136.3728154 8.7 36.3271018 136.3728154 15.36 36.3271084 136.372908 15.36 36.3271084 136.372908 8.7</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3271018 136.3728154 15.36 36.3270199 136.3728243 15.36 36.3270265 136.3729169 15.36 36.3271084 136.372908 15.36 36.3271018 136.3728154 15.36</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
</gml:CompositeSurface></gml:exterior></gml:Solid></bldg:lod1Solid>
<uro:bldgDataQualityAttribute>
<uro:DataQualityAttribute>
<uro:lod1HeightType codeSpace="../../codelists/DataQualityAttribute_lod1HeightType.xml">2</uro:lod1HeightType>
</uro:DataQualityAttribute>
</uro:bldgDataQualityAttribute>
<uro:buildingDetailAttribute>
<uro:BuildingDetailAttribute>
<uro:totalFloorArea uom="m2">144.58</uro:totalFloorArea>
<uro:buildingFootprintArea uom="m2">76.11</uro:buildingFootprintArea>
<uro:buildingStructureType codeSpace="../../codelists/Building_buildingStructureType.xml">601</uro:buildingStructureType>
<uro:surveyYear>2021</uro:surveyYear>
</uro:BuildingDetailAttribute>
</uro:buildingDetailAttribute>
<uro:buildingIDAttribute>
<uro:BuildingIDAttribute>
<uro:buildingID>17206-bldg-212</uro:buildingID>
<uro:prefecture codeSpace="../../codelists/Common_localPublicAuthorities.xml">17</uro:prefecture>
<uro:city codeSpace="../../codelists/Common_localPublicAuthorities.xml">17206</uro:city>
</uro:BuildingIDAttribute>
</uro:buildingIDAttribute>
</bldg:Building>
</core:cityObjectMember>
<core:cityObjectMember>
<bldg:Building gml:id="bldg_d2e26966-702c-43ac-8655-966b2f3230bd">
<core:creationDate>2025-03-21</core:creationDate>
<bldg:class codeSpace="../../codelists/Building_class.xml">3001</bldg:class>
<bldg:usage codeSpace="../../codelists/Building_usage.xml">431</bldg:usage>
<bldg:yearOfConstruction>2023</bldg:yearOfConstruction>
<bldg:measuredHeight uom="m">9.7</bldg:measuredHeight>
<bldg:storeysAboveGround>1</bldg:storeysAboveGround>
<bldg:storeysBelowGround>0</bldg:storeysBelowGround>
<bldg:lod0RoofEdge><gml:MultiSurface><gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3270616 136.3733632 0 36.3270354 136.3729933 0 36.3268243 136.3730162 0 36.3268505 136.3733861 0 36.3270616 136.3733632 0</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember></gml:MultiSurface></bldg:lod0RoofEdge>
<bldg:lod1Solid><gml:Solid><gml:exterior><gml:CompositeSurface>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3268505 136.3733861 8.76 36.3268243 136.3730162 8.76 36.3270354 136.3729933 8.76 36.3270616 136.3733632 8.76 36.3268505 136.3733861 8.76</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3270616 136.3733632 8.76 36.3270354 136.3729933 8.76 36.3270354 136.3729933 17.53 36.3270616 136.3733632 17.53 36.3270616 136.3733632 8.76</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3270354 136.3729933 8.76 36.3268243 136.3730162 8.76 36.3268243 136.3730162 17.53 36.3270354 136.3729933 17.53 36.3270354 136.3729933 8.76</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3268243 136.3730162 8.76 36.3268505 136.3733861 8.76 36.3268505 136.3733861 17.53 36.3268243 136.3730162 17.53 36.3268243 136.3730162 8.76</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3268505 136.3733861 8.76 36.3270616 136.3733632 8.76 36.3270616 136.3733632 17.53 36.3268505 136.3733861 17.53 36.3268505 136.3733861 8.76</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3270616 136.3733632 17.53 36.3270354 136.3729933 17.53 36.3268243 136.3730162 17.53 36.3268505 136.3733861 17.53 36.3270616 136.3733632 17.53</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
</gml:CompositeSurface></gml:exterior></gml:Solid></bldg:lod1Solid>
<uro:bldgDataQualityAttribute>
<uro:DataQualityAttribute>
<uro:lod1HeightType codeSpace="../../codelists/DataQualityAttribute_lod1HeightType.xml">2</uro:lod1HeightType>
</uro:DataQualityAttribute>
</uro:bldgDataQualityAttribute>
<uro:buildingDetailAttribute>
<uro:BuildingDetailAttribute>
<uro:totalFloorArea uom="m2">782.96</uro:totalFloorArea>
<uro:buildingFootprintArea uom="m2">784.08</uro:buildingFootprintArea>
<uro:buildingStructureType codeSpace="../../codelists/Building_buildingStructureType.xml">604</uro:buildingStructureType>
<uro:surveyYear>2021</uro:surveyYear>
</uro:BuildingDetailAttribute>
</uro:buildingDetailAttribute>
<uro:buildingIDAttribute>
<uro:BuildingIDAttribute>
<uro:buildingID>17206-bldg-213</uro:buildingID>
<uro:prefecture codeSpace="../../codelists/Common_localPublicAuthorities.xml">17</uro:prefecture>
<uro:city codeSpace="../../codelists/Common_localPublicAuthorities.xml">17206</uro:city>
</uro:BuildingIDAttribute>
</uro:buildingIDAttribute>
</bldg:Building>
</core:cityObjectMember>
<core:cityObjectMember>
<bldg:Building gml:id="bldg_567f9d85-1efa-412c-81dd-a6c8ed2d475e">
<core:creationDate>2025-03-21</core:creationDate>
<bldg:class codeSpace="../../codelists/Building_class.xml">3001</bldg:class>
<bldg:usage codeSpace="../../codelists/Building_usage.xml">401</bldg:usage>
<bldg:yearOfConstruction>2013</bldg:yearOfConstruction>
<bldg:measuredHeight uom="m">8.4</bldg:measuredHeight>
<bldg:storeysAboveGround>2</bldg:storeysAboveGround>
<bldg:storeysBelowGround>0</bldg:storeysBelowGround>
<bldg:lod0RoofEdge><gml:MultiSurface><gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3272173 136.3744229 0 36.327197 136.3741363 0 36.3270926 136.3741476 0 36.3271129 136.3744342 0 36.3272173 136.3744229 0</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember></gml:MultiSurface></bldg:lod0RoofEdge>
<bldg:lod1Solid><gml:Solid><gml:exterior><gml:CompositeSurface>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3271129 136.3744342 8.74 36.3270926 136.3741476 8.74 36.327197 136.3741363 8.74 36.3272173 136.3744229 8.74 36.3271129 136.3744342 8.74</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3272173 136.3744229 8.74 36.327197 136.3741363 8.74 36.327197 136.3741363 17.14 36.3272173 136.3744229 17.14 36.3272173 136.3744229 8.74</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.327197 136.3741363 8.74 36.3270926 136.3741476 8.74 36.3270926 136.3741476 17.14 36.327197 136.3741363 17.14 36.327197 136.3741363 8.74</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3270926 136.3741476 8.74 36.3271129 136.3744342 8.74 36.3271129 136.3744342 17.14 36.3270926 136.3741476 17.14 36.3270926 136.3741476 8.74</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3271129 136.3744342 8.74 36.3272173 136.3744229 8.74 36.3272173 136.3744229 17.14 36.3271129 136.3744342 17.14 36.3271129 136.3744342 8.74</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3272173 136.3744229 17.14 36.327197 136.3741363 17.14 36.3270926 136.3741476 17.14 36.3271129 136.3744342 17.14 36.3272173 136.3744229 17.14</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
</gml:CompositeSurface></gml:exterior></gml:Solid></bldg:lod1Solid>
<uro:bldgDataQualityAttribute>
<uro:DataQualityAttribute>
<uro:lod1HeightType codeSpace="../../codelists/DataQualityAttribute_lod1HeightType.xml">2</uro:lod1HeightType>
</uro:DataQualityAttribute>
</uro:bldgDataQualityAttribute>
<uro:buildingDetailAttribute>
<uro:BuildingDetailAttribute>
<uro:totalFloorArea uom="m2">598.05</uro:totalFloorArea>
<uro:buildingFootprintArea uom="m2">300.28</uro:buildingFootprintArea>
<uro:buildingStructureType codeSpace="../../codelists/Building_buildingStructureType.xml">604</uro:buildingStructureType>
<uro:surveyYear>2021</uro:surveyYear>
</uro:BuildingDetailAttribute>
</uro:buildingDetailAttribute>
<uro:buildingIDAttribute>
<uro:BuildingIDAttribute>
<uro:buildingID>17206-bldg-214</uro:buildingID>
<uro:prefecture codeSpace="../../codelists/Common_localPublicAuthorities.xml">17</uro:prefecture>
<uro:city codeSpace="../../codelists/Common_localPublicAuthorities.xml">17206</uro:city>
</uro:BuildingIDAttribute>
</uro:buildingIDAttribute>
</bldg:Building>
</core:cityObjectMember>
<core:cityObjectMember>
<bldg:Building gml:id="bldg_aa93202e-a993-49b3-8db1-6fe3de0b157a">
<core:creationDate>2025-03-21</core:creationDate>
<bldg:class codeSpace="../../codelists/Building_class.xml">3001</bldg:class>
<bldg:usage codeSpace="../../codelists/Building_usage.xml">411</bldg:usage>
<bldg:yearOfConstruction>2022</bldg:yearOfConstruction>
<bldg:measuredHeight uom="m">5.6</bldg:measuredHeight>
<bldg:storeysAboveGround>1</bldg:storeysAboveGround>
<bldg:lod0RoofEdge><gml:MultiSurface><gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3314576 136.3682742 0 36.3313386 136.3682509 0 36.3313242 136.3683636 0 36.3314432 136.3683869 0 36.3314576 136.3682742 0</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember></gml:MultiSurface></bldg:lod0RoofEdge>
<bldg:lod1Solid><gml:Solid><gml:exterior><gml:CompositeSurface>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3314432 136.3683869 7.67 36.3313242 136.3683636 7.67 36.3313386 136.3682509 7.67 36.3314576 136.3682742 7.67 36.3314432 136.3683869 7.67</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3314576 136.3682742 7.67 36.3313386 136.3682509 7.67 36.3313386 136.3682509 12.18 36.3314576 136.3682742 12.18 36.3314576 136.3682742 7.67</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3313386 136.3682509 7.67 36.3313242 136.3683636 7.67 36.3313242 136.3683636 12.18 36.3313386 136.3682509 12.18 36.3313386 136.3682509 7.67</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3313242 136.3683636 7.67 36.3314432 136.3683869 7.67 36.3314432 136.3683869 12.18 36.3313242 136.3683636 12.18 36.3313242 136.3683636 7.67</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3314432 136.3683869 7.67 36.3314576 136.3682742 7.67 36.3314576 136.3682742 12.18 36.3314432 136.3683869 12.18 36.3314432 136.3683869 7.67</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3314576 136.3682742 12.18 36.3313386 136.3682509 12.18 36.3313242 136.3683636 12.18 36.3314432 136.3683869 12.18 36.3314576 136.3682742 12.18</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
</gml:CompositeSurface></gml:exterior></gml:Solid></bldg:lod1Solid>
<uro:bldgDataQualityAttribute>
<uro:DataQualityAttribute>
<uro:lod1HeightType codeSpace="../../codelists/DataQualityAttribute_lod1HeightType.xml">2</uro:lod1HeightType>
</uro:DataQualityAttribute>
</uro:bldgDataQualityAttribute>
<uro:buildingDetailAttribute>
<uro:BuildingDetailAttribute>
<uro:totalFloorArea uom="m2">132.99</uro:totalFloorArea>
<uro:buildingFootprintArea uom="m2">136.99</uro:buildingFootprintArea>
<uro:buildingStructureType codeSpace="../../codelists/Building_buildingStructureType.xml">601</uro:buildingStructureType>
<uro:surveyYear>2021</uro:surveyYear>
</uro:BuildingDetailAttribute>
</uro:buildingDetailAttribute>
<uro:buildingIDAttribute>
<uro:BuildingIDAttribute>
<uro:buildingID>17206-bldg-215</uro:buildingID>
<uro:prefecture codeSpace="../../codelists/Common_localPublicAuthorities.xml">17</uro:prefecture>
<uro:city codeSpace="../../codelists/Common_localPublicAuthorities.xml">17206</uro:city>
</uro:BuildingIDAttribute>
</uro:buildingIDAttribute>
</bldg:Building>
</core:cityObjectMember>
<core:cityObjectMember>
<bldg:Building gml:id="bldg_4c65f603-3425-419e-86e0-59d2e58ab931">
<core:creationDate>2025-03-21</core:creationDate>
<bldg:class codeSpace="../../codelists/Building_class.xml">3001</bldg:class>
<bldg:usage codeSpace="../../codelists/Building_usage.xml">411</bldg:usage>
<bldg:yearOfConstruction>1971</bldg:yearOfConstruction>
<bldg:measuredHeight uom="m">8.6</bldg:measuredHeight>
<bldg:storeysAboveGround>2</bldg:storeysAboveGround>
<bldg:lod0RoofEdge><gml:MultiSurface><gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3311385 136.3682007 0 36.331009 136.3681753 0 36.3309919 136.3683083 0 36.3311215 136.3683337 0 36.3311385 136.3682007 0</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember></gml:MultiSurface></bldg:lod0RoofEdge>
<bldg:lod1Solid><gml:Solid><gml:exterior><gml:CompositeSurface>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3311215 136.3683337 7.6 36.3309919 136.3683083 7.6 36.331009 136.3681753 7.6 36.3311385 136.3682007 7.6 36.3311215 136.3683337 7.6</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3311385 136.3682007 7.6 36.331009 136.3681753 7.6 36.331009 136.3681753 14.96 36.3311385 136.3682007 14.96 36.3311385 136.3682007 7.6</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.331009 136.3681753 7.6 36.3309919 136.3683083 7.6 36.3309919 136.3683083 14.96 36.331009 136.3681753 14.96 36.331009 136.3681753 7.6</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3309919 136.3683083 7.6 36.3311215 136.3683337 7.6 36.3311215 136.3683337 14.96 36.3309919 136.3683083 14.96 36.3309919 136.3683083 7.6</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3311215 136.3683337 7.6 36.3311385 136.3682007 7.6 36.3311385 136.3682007 14.96 36.3311215 136.3683337 14.96 36.3311215 136.3683337 7.6</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3311385 136.3682007 14.96 36.331009 136.3681753 14.96 36.3309919 136.3683083 14.96 36.3311215 136.3683337 14.96 36.3311385 136.3682007 14.96</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
</gml:CompositeSurface></gml:exterior></gml:Solid></bldg:lod1Solid>
<uro:bldgDataQualityAttribute>
<uro:DataQualityAttribute>
<uro:lod1HeightType codeSpace="../../codelists/DataQualityAttribute_lod1HeightType.xml">2</uro:lod1HeightType>
</uro:DataQualityAttribute>
</uro:bldgDataQualityAttribute>
<uro:buildingDetailAttribute>
<uro:BuildingDetailAttribute>
<uro:totalFloorArea uom="m2">308.83</uro:totalFloorArea>
<uro:buildingFootprintArea uom="m2">176.02</uro:buildingFootprintArea>
<uro:buildingStructureType codeSpace="../../codelists/Building_buildingStructureType.xml">601</uro:buildingStructureType>
<uro:surveyYear>2021</uro:surveyYear>
</uro:BuildingDetailAttribute>
</uro:buildingDetailAttribute>
<uro:buildingIDAttribute>
<uro:BuildingIDAttribute>
<uro:buildingID>17206-bldg-216</uro:buildingID>
<uro:prefecture codeSpace="../../codelists/Common_localPublicAuthorities.xml">17</uro:prefecture>
<uro:city codeSpace="../../codelists/Common_localPublicAuthorities.xml">17206</uro:city>
</uro:BuildingIDAttribute>
</uro:buildingIDAttribute>
</bldg:Building>
</core:cityObjectMember>
<core:cityObjectMember>
<bldg:Building gml:id="bldg_08174662-d187-47da-91ec-60a9ec50ff8e">
<core:creationDate>2025-03-21</core:creationDate>
<bldg:class codeSpace="../../codelists/Building_class.xml">3001</bldg:class>
<bldg:usage codeSpace="../../codelists/Building_usage.xml">411</bldg:usage>
<bldg:yearOfConstruction>1992</bldg:yearOfConstruction>
<bldg:measuredHeight uom="m">8.2</bldg:measuredHeight>
<bldg:storeysAboveGround>2</bldg:storeysAboveGround>
<bldg:lod0RoofEdge><gml:MultiSurface><gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3318382 136.3681354 0 36.3319541 136.3681581 0 36.3319703 136.3680321 0 36.3318544 136.3680094 0 36.3318382 136.3681354 0</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember></gml:MultiSurface></bldg:lod0RoofEdge>
<bldg:lod1Solid><gml:Solid><gml:exterior><gml:CompositeSurface>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3318544 136.3680094 7.61 36.3319703 136.3680321 7.61 36.3319541 136.3681581 7.61 36.3318382 136.3681354 7.61 36.3318544 136.3680094 7.61</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3318382 136.3681354 7.61 36.3319541 136.3681581 7.61 36.3319541 136.3681581 14.64 36.3318382 136.3681354 14.64 36.3318382 136.3681354 7.61</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3319541 136.3681581 7.61 36.3319703 136.3680321 7.61 36.3319703 136.3680321 14.64 36.3319541 136.3681581 14.64 36.3319541 136.3681581 7.61</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3319703 136.3680321 7.61 36.3318544 136.3680094 7.61 36.3318544 136.3680094 14.64 36.3319703 136.3680321 14.64 36.3319703 136.3680321 7.61</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3318544 136.3680094 7.61 36.3318382 136.3681354 7.61 36.3318382 136.3681354 14.64 36.3318544 136.3680094 14.64 36.3318544 136.3680094 7.61</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3318382 136.3681354 14.64 36.3319541 136.3681581 14.64 36.3319703 136.3680321 14.64 36.3318544 136.3680094 14.64 36.3318382 136.3681354 14.64</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
</gml:CompositeSurface></gml:exterior></gml:Solid></bldg:lod1Solid>
<uro:bldgDataQualityAttribute>
<uro:DataQualityAttribute>
<uro:lod1HeightType codeSpace="../../codelists/DataQualityAttribute_lod1HeightType.xml">2</uro:lod1HeightType>
</uro:DataQualityAttribute>
</uro:bldgDataQualityAttribute>
<uro:buildingDetailAttribute>
<uro:BuildingDetailAttribute>
<uro:totalFloorArea uom="m2">297.55</uro:totalFloorArea>
<uro:buildingFootprintArea uom="m2">149.21</uro:buildingFootprintArea>
<uro:buildingStructureType codeSpace="../../codelists/Building_buildingStructureType.xml">601</uro:buildingStructureType>
<uro:surveyYear>2021</uro:surveyYear>
</uro:BuildingDetailAttribute>
</uro:buildingDetailAttribute>
<uro:buildingIDAttribute>
<uro:BuildingIDAttribute>
<uro:buildingID>17206-bldg-217</uro:buildingID>
<uro:prefecture codeSpace="../../codelists/Common_localPublicAuthorities.xml">17</uro:prefecture>
<uro:city codeSpace="../../codelists/Common_localPublicAuthorities.xml">17206</uro:city>
</uro:BuildingIDAttribute>
</uro:buildingIDAttribute>
</bldg:Building>
</core:cityObjectMember>
<core:cityObjectMember>
<bldg:Building gml:id="bldg_c4a8035e-0538-42ab-bb02-757c8c377b15">
<core:creationDate>2025-03-21</core:creationDate>
<bldg:class codeSpace="../../codelists/Building_class.xml">3001</bldg:class>
<bldg:usage codeSpace="../../codelists/Building_usage.xml">451</bldg:usage>
<bldg:yearOfConstruction>2022</bldg:yearOfConstruction>
<bldg:measuredHeight uom="m">5.5</bldg:measuredHeight>
<bldg:storeysAboveGround>1</bldg:storeysAboveGround>
<bldg:lod0RoofEdge><gml:MultiSurface><gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3304283 136.3677747 0 36.3305584 136.3678002 0 36.3305686 136.3677208 0 36.3304385 136.3676953 0 36.3304283 136.3677747 0</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember></gml:MultiSurface></bldg:lod0RoofEdge>
<bldg:lod1Solid><gml:Solid><gml:exterior><gml:CompositeSurface>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3304385 136.3676953 7.59 36.3305686 136.3677208 7.59 36.3305584 136.3678002 7.59 36.3304283 136.3677747 7.59 36.3304385 136.3676953 7.59</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3304283 136.3677747 7.59 36.3305584 136.3678002 7.59 36.3305584 136.3678002 12.49 36.3304283 136.3677747 12.49 36.3304283 136.3677747 7.59</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3305584 136.3678002 7.59 36.3305686 136.3677208 7.59 36.3305686 136.3677208 12.49 36.3305584 136.3678002 12.49 36.3305584 136.3678002 7.59</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3305686 136.3677208 7.59 36.3304385 136.3676953 7.59 36.3304385 136.3676953 12.49 36.3305686 136.3677208 12.49 36.3305686 136.3677208 7.59</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3304385 136.3676953 7.59 36.3304283 136.3677747 7.59 36.3304283 136.3677747 12.49 36.3304385 136.3676953 12.49 36.3304385 136.3676953 7.59</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3304283 136.3677747 12.49 36.3305584 136.3678002 12.49 36.3305686 136.3677208 12.49 36.3304385 136.3676953 12.49 36.3304283 136.3677747 12.49</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
</gml:CompositeSurface></gml:exterior></gml:Solid></bldg:lod1Solid>
<uro:bldgDataQualityAttribute>
<uro:DataQualityAttribute>
<uro:lod1HeightType codeSpace="../../codelists/DataQualityAttribute_lod1HeightType.xml">2</uro:lod1HeightType>
</uro:DataQualityAttribute>
</uro:bldgDataQualityAttribute>
<uro:buildingDetailAttribute>
<uro:BuildingDetailAttribute>
<uro:totalFloorArea uom="m2">105.01</uro:totalFloorArea>
<uro:buildingFootprintArea uom="m2">105.53</uro:buildingFootprintArea>
<uro:buildingStructureType codeSpace="../../codelists/Building_buildingStructureType.xml">604</uro:buildingStructureType>
<uro:surveyYear>2021</uro:surveyYear>
</uro:BuildingDetailAttribute>
</uro:buildingDetailAttribute>
<uro:buildingIDAttribute>
<uro:BuildingIDAttribute>
<uro:buildingID>17206-bldg-218</uro:buildingID>
<uro:prefecture codeSpace="../../codelists/Common_localPublicAuthorities.xml">17</uro:prefecture>
<uro:city codeSpace="../../codelists/Common_localPublicAuthorities.xml">17206</uro:city>
</uro:BuildingIDAttribute>
</uro:buildingIDAttribute>
</bldg:Building>
</core:cityObjectMember>
<core:cityObjectMember>
<bldg:Building gml:id="bldg_3e288ef1-2b71-414f-9d93-7aa18f2d149d">
<core:creationDate>2025-03-21</core:creationDate>
<bldg:class codeSpace="../../codelists/Building_class.xml">3003</bldg:class>
<bldg:usage codeSpace="../../codelists/Building_usage.xml">451</bldg:usage>
<bldg:yearOfConstruction>2000</bldg:yearOfConstruction>
<bldg:measuredHeight uom="m">5.5</bldg:measuredHeight>
<bldg:storeysAboveGround>1</bldg:storeysAboveGround>
<bldg:lod0RoofEdge><gml:MultiSurface><gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3292573 136.3678964 0 36.3291627 136.3678778 0 36.3291511 136.3679679 0 36.3292458 136.3679864 0 36.3292573 136.3678964 0</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember></gml:MultiSurface></bldg:lod0RoofEdge>
<bldg:lod1Solid><gml:Solid><gml:exterior><gml:CompositeSurface>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3292458 136.3679864 8.1 36.3291511 136.3679679 8.1 36.3291627 136.3678778 8.1 36.3292573 136.3678964 8.1 36.3292458 136.3679864 8.1</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3292573 136.3678964 8.1 36.3291627 136.3678778 8.1 36.3291627 136.3678778 12.86 36.3292573 136.3678964 12.86 36.3292573 136.3678964 8.1</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3291627 136.3678778 8.1 36.3291511 136.3679679 8.1 36.3291511 136.3679679 12.86 36.3291627 136.3678778 12.86 36.3291627 136.3678778 8.1</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3291511 136.3679679 8.1 36.3292458 136.3679864 8.1 36.3292458 136.3679864 12.86 36.3291511 136.3679679 12.86 36.3291511 136.3679679 8.1</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3292458 136.3679864 8.1 36.3292573 136.3678964 8.1 36.3292573 136.3678964 12.86 36.3292458 136.3679864 12.86 36.3292458 136.3679864 8.1</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3292573 136.3678964 12.86 36.3291627 136.3678778 12.86 36.3291511 136.3679679 12.86 36.3292458 136.3679864 12.86 36.3292573 136.3678964 12.86</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
</gml:CompositeSurface></gml:exterior></gml:Solid></bldg:lod1Solid>
<uro:bldgDataQualityAttribute>
<uro:DataQualityAttribute>
<uro:lod1HeightType codeSpace="../../codelists/DataQualityAttribute_lod1HeightType.xml">2</uro:lod1HeightType>
</uro:DataQualityAttribute>
</uro:bldgDataQualityAttribute>
<uro:buildingDetailAttribute>
<uro:BuildingDetailAttribute>
<uro:totalFloorArea uom="m2">86.91</uro:totalFloorArea>
<uro:buildingFootprintArea uom="m2">87.06</uro:buildingFootprintArea>
<uro:buildingStructureType codeSpace="../../codelists/Building_buildingStructureType.xml">604</uro:buildingStructureType>
<uro:surveyYear>2021</uro:surveyYear>
</uro:BuildingDetailAttribute>
</uro:buildingDetailAttribute>
<uro:buildingIDAttribute>
<uro:BuildingIDAttribute>
<uro:buildingID>17206-bldg-219</uro:buildingID>
<uro:prefecture codeSpace="../../codelists/Common_localPublicAuthorities.xml">17</uro:prefecture>
<uro:city codeSpace="../../codelists/Common_localPublicAuthorities.xml">17206</uro:city>
</uro:BuildingIDAttribute>
</uro:buildingIDAttribute>
</bldg:Building>
</core:cityObjectMember>
<core:cityObjectMember>
<bldg:Building gml:id="bldg_163db480-c28d-4eb2-8ea3-bee8c04eaa78">
<core:creationDate>2025-03-21</core:creationDate>
<bldg:class codeSpace="../../codelists/Building_class.xml">3001</bldg:class>
<bldg:usage codeSpace="../../codelists/Building_usage.xml">451</bldg:usage>
<bldg:yearOfConstruction>2001</bldg:yearOfConstruction>
<bldg:measuredHeight uom="m">4.8</bldg:measuredHeight>
<bldg:storeysAboveGround>1</bldg:storeysAboveGround>
<bldg:lod0RoofEdge><gml:MultiSurface><gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3289674 136.367794 0 36.3288521 136.3677714 0 36.3288435 136.3678382 0 36.3289588 136.3678608 0 36.3289674 136.367794 0</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember></gml:MultiSurface></bldg:lod0RoofEdge>
<bldg:lod1Solid><gml:Solid><gml:exterior><gml:CompositeSurface>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3289588 136.3678608 8.14 36.3288435 136.3678382 8.14 36.3288521 136.3677714 8.14 36.3289674 136.367794 8.14 36.3289588 136.3678608 8.14</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3289674 136.367794 8.14 36.3288521 136.3677714 8.14 36.3288521 136.3677714 12.38 36.3289674 136.367794 12.38 36.3289674 136.367794 8.14</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3288521 136.3677714 8.14 36.3288435 136.3678382 8.14 36.3288435 136.3678382 12.38 36.3288521 136.3677714 12.38 36.3288521 136.3677714 8.14</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3288435 136.3678382 8.14 36.3289588 136.3678608 8.14 36.3289588 136.3678608 12.38 36.3288435 136.3678382 12.38 36.3288435 136.3678382 8.14</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3289588 136.3678608 8.14 36.3289674 136.367794 8.14 36.3289674 136.367794 12.38 36.3289588 136.3678608 12.38 36.3289588 136.3678608 8.14</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3289674 136.367794 12.38 36.3288521 136.3677714 12.38 36.3288435 136.3678382 12.38 36.3289588 136.3678608 12.38 36.3289674 136.367794 12.38</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
</gml:CompositeSurface></gml:exterior></gml:Solid></bldg:lod1Solid>
<uro:bldgDataQualityAttribute>
<uro:DataQualityAttribute>
<uro:lod1HeightType codeSpace="../../codelists/DataQualityAttribute_lod1HeightType.xml">2</uro:lod1HeightType>
</uro:DataQualityAttribute>
</uro:bldgDataQualityAttribute>
<uro:buildingDetailAttribute>
<uro:BuildingDetailAttribute>
<uro:totalFloorArea uom="m2">70.08</uro:totalFloorArea>
<uro:buildingFootprintArea uom="m2">78.63</uro:buildingFootprintArea>
<uro:buildingStructureType codeSpace="../../codelists/Building_buildingStructureType.xml">604</uro:buildingStructureType>
<uro:surveyYear>2021</uro:surveyYear>
</uro:BuildingDetailAttribute>
</uro:buildingDetailAttribute>
<uro:buildingIDAttribute>
<uro:BuildingIDAttribute>
<uro:buildingID>17206-bldg-220</uro:buildingID>
<uro:prefecture codeSpace="../../codelists/Common_localPublicAuthorities.xml">17</uro:prefecture>
<uro:city codeSpace="../../codelists/Common_localPublicAuthorities.xml">17206</uro:city>
</uro:BuildingIDAttribute>
</uro:buildingIDAttribute>
</bldg:Building>
</core:cityObjectMember>
<core:cityObjectMember>
<bldg:Building gml:id="bldg_99b22be1-d429-46f1-a0bd-e3cc8a6b85f0">
<core:creationDate>2025-03-21</core:creationDate>
<bldg:class codeSpace="../../codelists/Building_class.xml">3001</bldg:class>
<bldg:usage codeSpace="../../codelists/Building_usage.xml">411</bldg:usage>
<bldg:yearOfConstruction>2003</bldg:yearOfConstruction>
<bldg:measuredHeight uom="m">8.3</bldg:measuredHeight>
<bldg:storeysAboveGround>2</bldg:storeysAboveGround>
<bldg:lod0RoofEdge><gml:MultiSurface><gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3275122 136.3672542 0 36.3276391 136.367279 0 36.3276545 136.3671592 0 36.3275276 136.3671343 0 36.3275122 136.3672542 0</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember></gml:MultiSurface></bldg:lod0RoofEdge>
<bldg:lod1Solid><gml:Solid><gml:exterior><gml:CompositeSurface>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3275276 136.3671343 8.61 36.3276545 136.3671592 8.61 36.3276391 136.367279 8.61 36.3275122 136.3672542 8.61 36.3275276 136.3671343 8.61</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3275122 136.3672542 8.61 36.3276391 136.367279 8.61 36.3276391 136.367279 15.8 36.3275122 136.3672542 15.8 36.3275122 136.3672542 8.61</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3276391 136.367279 8.61 36.3276545 136.3671592 8.61 36.3276545 136.3671592 15.8 36.3276391 136.367279 15.8 36.3276391 136.367279 8.61</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3276545 136.3671592 8.61 36.3275276 136.3671343 8.61 36.3275276 136.3671343 15.8 36.3276545 136.3671592 15.8 36.3276545 136.3671592 8.61</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3275276 136.3671343 8.61 36.3275122 136.3672542 8.61 36.3275122 136.3672542 15.8 36.3275276 136.3671343 15.8 36.3275276 136.3671343 8.61</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3275122 136.3672542 15.8 36.3276391 136.367279 15.8 36.3276545 136.3671592 15.8 36.3275276 136.3671343 15.8 36.3275122 136.3672542 15.8</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
</gml:CompositeSurface></gml:exterior></gml:Solid></bldg:lod1Solid>
<uro:bldgDataQualityAttribute>
<uro:DataQualityAttribute>
<uro:lod1HeightType codeSpace="../../codelists/DataQualityAttribute_lod1HeightType.xml">2</uro:lod1HeightType>
</uro:DataQualityAttribute>
</uro:bldgDataQualityAttribute>
<uro:buildingDetailAttribute>
<uro:BuildingDetailAttribute>
<uro:totalFloorArea uom="m2">264.13</uro:totalFloorArea>
<uro:buildingFootprintArea uom="m2">155.37</uro:buildingFootprintArea>
<uro:buildingStructureType codeSpace="../../codelists/Building_buildingStructureType.xml">601</uro:buildingStructureType>
<uro:surveyYear>2021</uro:surveyYear>
</uro:BuildingDetailAttribute>
</uro:buildingDetailAttribute>
<uro:buildingIDAttribute>
<uro:BuildingIDAttribute>
<uro:buildingID>17206-bldg-221</uro:buildingID>
<uro:prefecture codeSpace="../../codelists/Common_localPublicAuthorities.xml">17</uro:prefecture>
<uro:city codeSpace="../../codelists/Common_localPublicAuthorities.xml">17206</uro:city>
</uro:BuildingIDAttribute>
</uro:buildingIDAttribute>
</bldg:Building>
</core:cityObjectMember>
<core:cityObjectMember>
<bldg:Building gml:id="bldg_51507c4b-2929-4139-96a1-b4c25d67f769">
<core:creationDate>2025-03-21</core:creationDate>
<bldg:class codeSpace="../../codelists/Building_class.xml">3001</bldg:class>
<bldg:usage codeSpace="../../codelists/Building_usage.xml">454</bldg:usage>
<bldg:yearOfConstruction>2015</bldg:yearOfConstruction>
<bldg:measuredHeight uom="m">3</bldg:measuredHeight>
<bldg:storeysAboveGround>1</bldg:storeysAboveGround>
<bldg:lod0RoofEdge><gml:MultiSurface><gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3275297 136.3671178 0 36.327564 136.3671245 0 36.3275693 136.3670834 0 36.327535 136.3670767 0 36.3275297 136.3671178 0</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember></gml:MultiSurface></bldg:lod0RoofEdge>
<bldg:lod1Solid><gml:Solid><gml:exterior><gml:CompositeSurface>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.327535 136.3670767 8.66 36.3275693 136.3670834 8.66 36.327564 136.3671245 8.66 36.3275297 136.3671178 8.66 36.327535 136.3670767 8.66</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3275297 136.3671178 8.66 36.327564 136.3671245 8.66 36.327564 136.3671245 11.55 36.3275297 136.3671178 11.55 36.3275297 136.3671178 8.66</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.327564 136.3671245 8.66 36.3275693 136.3670834 8.66 36.3275693 136.3670834 11.55 36.327564 136.3671245 11.55 36.327564 136.3671245 8.66</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3275693 136.3670834 8.66 36.327535 136.3670767 8.66 36.327535 136.3670767 11.55 36.3275693 136.3670834 11.55 36.3275693 136.3670834 8.66</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.327535 136.3670767 8.66 36.3275297 136.3671178 8.66 36.3275297 136.3671178 11.55 36.327535 136.3670767 11.55 36.327535 136.3670767 8.66</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3275297 136.3671178 11.55 36.327564 136.3671245 11.55 36.3275693 136.3670834 11.55 36.327535 136.3670767 11.55 36.3275297 136.3671178 11.55</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
</gml:CompositeSurface></gml:exterior></gml:Solid></bldg:lod1Solid>
<uro:bldgDataQualityAttribute>
<uro:DataQualityAttribute>
<uro:lod1HeightType codeSpace="../../codelists/DataQualityAttribute_lod1HeightType.xml">2</uro:lod1HeightType>
</uro:DataQualityAttribute>
</uro:bldgDataQualityAttribute>
<uro:buildingDetailAttribute>
<uro:BuildingDetailAttribute>
<uro:totalFloorArea uom="m2">13.86</uro:totalFloorArea>
<uro:buildingFootprintArea uom="m2">14.38</uro:buildingFootprintArea>
<uro:buildingStructureType codeSpace="../../codelists/Building_buildingStructureType.xml">601</uro:buildingStructureType>
<uro:surveyYear>2021</uro:surveyYear>
</uro:BuildingDetailAttribute>
</uro:buildingDetailAttribute>
<uro:buildingIDAttribute>
<uro:BuildingIDAttribute>
<uro:buildingID>17206-bldg-222</uro:buildingID>
<uro:prefecture codeSpace="../../codelists/Common_localPublicAuthorities.xml">17</uro:prefecture>
<uro:city codeSpace="../../codelists/Common_localPublicAuthorities.xml">17206</uro:city>
</uro:BuildingIDAttribute>
</uro:buildingIDAttribute>
</bldg:Building>
</core:cityObjectMember>
<core:cityObjectMember>
<bldg:Building gml:id="bldg_8058e9b2-e610-4209-90e7-02cc7a0abc8d">
<core:creationDate>2025-03-21</core:creationDate>
<bldg:class codeSpace="../../codelists/Building_class.xml">3001</bldg:class>
<bldg:usage codeSpace="../../codelists/Building_usage.xml">451</bldg:usage>
<bldg:yearOfConstruction>1998</bldg:yearOfConstruction>
<bldg:measuredHeight uom="m">4.9</bldg:measuredHeight>
<bldg:storeysAboveGround>1</bldg:storeysAboveGround>
<bldg:lod0RoofEdge><gml:MultiSurface><gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3251187 136.3671273 0 36.3250371 136.3671222 0 36.3250346 136.3671864 0 36.3251161 136.3671914 0 36.3251187 136.3671273 0</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember></gml:MultiSurface></bldg:lod0RoofEdge>
<bldg:lod1Solid><gml:Solid><gml:exterior><gml:CompositeSurface>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3251161 136.3671914 9.67 36.3250346 136.3671864 9.67 36.3250371 136.3671222 9.67 36.3251187 136.3671273 9.67 36.3251161 136.3671914 9.67</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3251187 136.3671273 9.67 36.3250371 136.3671222 9.67 36.3250371 136.3671222 14.09 36.3251187 136.3671273 14.09 36.3251187 136.3671273 9.67</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3250371 136.3671222 9.67 36.3250346 136.3671864 9.67 36.3250346 136.3671864 14.09 36.3250371 136.3671222 14.09 36.3250371 136.3671222 9.67</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3250346 136.3671864 9.67 36.3251161 136.3671914 9.67 36.3251161 136.3671914 14.09 36.3250346 136.3671864 14.09 36.3250346 136.3671864 9.67</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3251161 136.3671914 9.67 36.3251187 136.3671273 9.67 36.3251187 136.3671273 14.09 36.3251161 136.3671914 14.09 36.3251161 136.3671914 9.67</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3251187 136.3671273 14.09 36.3250371 136.3671222 14.09 36.3250346 136.3671864 14.09 36.3251161 136.3671914 14.09 36.3251187 136.3671273 14.09</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
</gml:CompositeSurface></gml:exterior></gml:Solid></bldg:lod1Solid>
<uro:bldgDataQualityAttribute>
<uro:DataQualityAttribute>
<uro:lod1HeightType codeSpace="../../codelists/DataQualityAttribute_lod1HeightType.xml">2</uro:lod1HeightType>
</uro:DataQualityAttribute>
</uro:bldgDataQualityAttribute>
<uro:buildingDetailAttribute>
<uro:BuildingDetailAttribute>
<uro:totalFloorArea uom="m2">44.91</uro:totalFloorArea>
<uro:buildingFootprintArea uom="m2">52.25</uro:buildingFootprintArea>
<uro:buildingStructureType codeSpace="../../codelists/Building_buildingStructureType.xml">601</uro:buildingStructureType>
<uro:surveyYear>2021</uro:surveyYear>
</uro:BuildingDetailAttribute>
</uro:buildingDetailAttribute>
<uro:buildingIDAttribute>
<uro:BuildingIDAttribute>
<uro:buildingID>17206-bldg-223</uro:buildingID>
<uro:prefecture codeSpace="../../codelists/Common_localPublicAuthorities.xml">17</uro:prefecture>
<uro:city codeSpace="../../codelists/Common_localPublicAuthorities.xml">17206</uro:city>
</uro:BuildingIDAttribute>
</uro:buildingIDAttribute>
</bldg:Building>
</core:cityObjectMember>
<core:cityObjectMember>
<bldg:Building gml:id="bldg_2091c245-031e-43c4-a191-e4833002b069">
<core:creationDate>2025-03-21</core:creationDate>
<bldg:class codeSpace="../../codelists/Building_class.xml">3001</bldg:class>
<bldg:usage codeSpace="../../codelists/Building_usage.xml">411</bldg:usage>
<bldg:yearOfConstruction>1979</bldg:yearOfConstruction>
<bldg:measuredHeight uom="m">7.7</bldg:measuredHeight>
<bldg:storeysAboveGround>2</bldg:storeysAboveGround>
<bldg:lod0RoofEdge><gml:MultiSurface><gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3264493 136.3653292 0 36.3265192 136.3652932 0 36.3264909 136.3652094 0 36.3264211 136.3652454 0 36.3264493 136.3653292 0</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember></gml:MultiSurface></bldg:lod0RoofEdge>
<bldg:lod1Solid><gml:Solid><gml:exterior><gml:CompositeSurface>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3264211 136.3652454 8.97 36.3264909 136.3652094 8.97 36.3265192 136.3652932 8.97 36.3264493 136.3653292 8.97 36.3264211 136.3652454 8.97</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3264493 136.3653292 8.97 36.3265192 136.3652932 8.97 36.3265192 136.3652932 15.77 36.3264493 136.3653292 15.77 36.3264493 136.3653292 8.97</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3265192 136.3652932 8.97 36.3264909 136.3652094 8.97 36.3264909 136.3652094 15.77 36.3265192 136.3652932 15.77 36.3265192 136.3652932 8.97</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3264909 136.3652094 8.97 36.3264211 136.3652454 8.97 36.3264211 136.3652454 15.77 36.3264909 136.3652094 15.77 36.3264909 136.3652094 8.97</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3264211 136.3652454 8.97 36.3264493 136.3653292 8.97 36.3264493 136.3653292 15.77 36.3264211 136.3652454 15.77 36.3264211 136.3652454 8.97</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3264493 136.3653292 15.77 36.3265192 136.3652932 15.77 36.3264909 136.3652094 15.77 36.3264211 136.3652454 15.77 36.3264493 136.3653292 15.77</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
</gml:CompositeSurface></gml:exterior></gml:Solid></bldg:lod1Solid>
<uro:bldgDataQualityAttribute>
<uro:DataQualityAttribute>
<uro:lod1HeightType codeSpace="../../codelists/DataQualityAttribute_lod1HeightType.xml">2</uro:lod1HeightType>
</uro:DataQualityAttribute>
</uro:bldgDataQualityAttribute>
<uro:bldgDisasterRiskAttribute>
<uro:RiverFloodingRiskAttribute>
<uro:description codeSpace="../../codelists/RiverFloodingRiskAttribute_description.xml">3</uro:description>
<uro:rank codeSpace="../../codelists/RiverFloodingRiskAttribute_rank.xml">2</uro:rank>
<uro:depth uom="m">0.605</uro:depth>
<uro:adminType codeSpace="../../codelists/RiverFloodingRiskAttribute_adminType.xml">2</uro:adminType>
<uro:scale codeSpace="../../codelists/RiverFloodingRiskAttribute_scale.xml">2</uro:scale>
<uro:duration uom="hour">8.87</uro:duration>
</uro:RiverFloodingRiskAttribute>
</uro:bldgDisasterRiskAttribute>
<uro:buildingDetailAttribute>
<uro:BuildingDetailAttribute>
<uro:totalFloorArea uom="m2">113.34</uro:totalFloorArea>
<uro:buildingFootprintArea uom="m2">68.39</uro:buildingFootprintArea>
<uro:buildingStructureType codeSpace="../../codelists/Building_buildingStructureType.xml">601</uro:buildingStructureType>
<uro:surveyYear>2021</uro:surveyYear>
</uro:BuildingDetailAttribute>
</uro:buildingDetailAttribute>
<uro:buildingIDAttribute>
<uro:BuildingIDAttribute>
<uro:buildingID>17206-bldg-881</uro:buildingID>
<uro:prefecture codeSpace="../../codelists/Common_localPublicAuthorities.xml">17</uro:prefecture>
<uro:city codeSpace="../../codelists/Common_localPublicAuthorities.xml">17206</uro:city>
</uro:BuildingIDAttribute>
</uro:buildingIDAttribute>
</bldg:Building>
</core:cityObjectMember>
<core:cityObjectMember>
<bldg:Building gml:id="bldg_01244eb7-84c6-41f6-a71a-1cf30f02d89e">
<core:creationDate>2025-03-21</core:creationDate>
<bldg:class codeSpace="../../codelists/Building_class.xml">3001</bldg:class>
<bldg:usage codeSpace="../../codelists/Building_usage.xml">454</bldg:usage>
<bldg:yearOfConstruction>2012</bldg:yearOfConstruction>
<bldg:measuredHeight uom="m">2.7</bldg:measuredHeight>
<bldg:storeysAboveGround>1</bldg:storeysAboveGround>
<bldg:lod0RoofEdge><gml:MultiSurface><gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3264388 136.3652182 0 36.3264857 136.365194 0 36.3264746 136.3651612 0 36.3264277 136.3651853 0 36.3264388 136.3652182 0</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember></gml:MultiSurface></bldg:lod0RoofEdge>
<bldg:lod1Solid><gml:Solid><gml:exterior><gml:CompositeSurface>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3264277 136.3651853 8.96 36.3264746 136.3651612 8.96 36.3264857 136.365194 8.96 36.3264388 136.3652182 8.96 36.3264277 136.3651853 8.96</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3264388 136.3652182 8.96 36.3264857 136.365194 8.96 36.3264857 136.365194 11.53 36.3264388 136.3652182 11.53 36.3264388 136.3652182 8.96</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3264857 136.365194 8.96 36.3264746 136.3651612 8.96 36.3264746 136.3651612 11.53 36.3264857 136.365194 11.53 36.3264857 136.365194 8.96</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3264746 136.3651612 8.96 36.3264277 136.3651853 8.96 36.3264277 136.3651853 11.53 36.3264746 136.3651612 11.53 36.3264746 136.3651612 8.96</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3264277 136.3651853 8.96 36.3264388 136.3652182 8.96 36.3264388 136.3652182 11.53 36.3264277 136.3651853 11.53 36.3264277 136.3651853 8.96</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3264388 136.3652182 11.53 36.3264857 136.365194 11.53 36.3264746 136.3651612 11.53 36.3264277 136.3651853 11.53 36.3264388 136.3652182 11.53</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
</gml:CompositeSurface></gml:exterior></gml:Solid></bldg:lod1Solid>
<uro:bldgDataQualityAttribute>
<uro:DataQualityAttribute>
<uro:lod1HeightType codeSpace="../../codelists/DataQualityAttribute_lod1HeightType.xml">2</uro:lod1HeightType>
</uro:DataQualityAttribute>
</uro:bldgDataQualityAttribute>
<uro:bldgDisasterRiskAttribute>
<uro:RiverFloodingRiskAttribute>
<uro:description codeSpace="../../codelists/RiverFloodingRiskAttribute_description.xml">3</uro:description>
<uro:rank codeSpace="../../codelists/RiverFloodingRiskAttribute_rank.xml">2</uro:rank>
<uro:depth uom="m">0.625</uro:depth>
<uro:adminType codeSpace="../../codelists/RiverFloodingRiskAttribute_adminType.xml">2</uro:adminType>
<uro:scale codeSpace="../../codelists/RiverFloodingRiskAttribute_scale.xml">2</uro:scale>
<uro:duration uom="hour">9.44</uro:duration>
</uro:RiverFloodingRiskAttribute>
</uro:bldgDisasterRiskAttribute>
<uro:buildingDetailAttribute>
<uro:BuildingDetailAttribute>
<uro:totalFloorArea uom="m2">16.07</uro:totalFloorArea>
<uro:buildingFootprintArea uom="m2">18.06</uro:buildingFootprintArea>
<uro:buildingStructureType codeSpace="../../codelists/Building_buildingStructureType.xml">601</uro:buildingStructureType>
<uro:surveyYear>2021</uro:surveyYear>
</uro:BuildingDetailAttribute>
</uro:buildingDetailAttribute>
<uro:buildingIDAttribute>
<uro:BuildingIDAttribute>
<uro:buildingID>17206-bldg-882</uro:buildingID>
<uro:prefecture codeSpace="../../codelists/Common_localPublicAuthorities.xml">17</uro:prefecture>
<uro:city codeSpace="../../codelists/Common_localPublicAuthorities.xml">17206</uro:city>
</uro:BuildingIDAttribute>
</uro:buildingIDAttribute>
</bldg:Building>
</core:cityObjectMember>
<core:cityObjectMember>
<bldg:Building gml:id="bldg_e9e6eb80-3e42-4701-b513-c53f78fd75a1">
<core:creationDate>2025-03-21</core:creationDate>
<bldg:class codeSpace="../../codelists/Building_class.xml">3001</bldg:class>
<bldg:usage codeSpace="../../codelists/Building_usage.xml">411</bldg:usage>
<bldg:yearOfConstruction>2014</bldg:yearOfConstruction>
<bldg:measuredHeight uom="m">7.5</bldg:measuredHeight>
<bldg:storeysAboveGround>2</bldg:storeysAboveGround>
<bldg:lod0RoofEdge><gml:MultiSurface><gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3264878 136.3655332 0 36.3263995 136.3655787 0 36.3264249 136.3656541 0 36.3265132 136.3656087 0 36.3264878 136.3655332 0</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember></gml:MultiSurface></bldg:lod0RoofEdge>
<bldg:lod1Solid><gml:Solid><gml:exterior><gml:CompositeSurface>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3265132 136.3656087 9.02 36.3264249 136.3656541 9.02 36.3263995 136.3655787 9.02 36.3264878 136.3655332 9.02 36.3265132 136.3656087 9.02</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3264878 136.3655332 9.02 36.3263995 136.3655787 9.02 36.3263995 136.3655787 15.76 36.3264878 136.3655332 15.76 36.3264878 136.3655332 9.02</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3263995 136.3655787 9.02 36.3264249 136.3656541 9.02 36.3264249 136.3656541 15.76 36.3263995 136.3655787 15.76 36.3263995 136.3655787 9.02</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3264249 136.3656541 9.02 36.3265132 136.3656087 9.02 36.3265132 136.3656087 15.76 36.3264249 136.3656541 15.76 36.3264249 136.3656541 9.02</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3265132 136.3656087 9.02 36.3264878 136.3655332 9.02 36.3264878 136.3655332 15.76 36.3265132 136.3656087 15.76 36.3265132 136.3656087 9.02</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3264878 136.3655332 15.76 36.3263995 136.3655787 15.76 36.3264249 136.3656541 15.76 36.3265132 136.3656087 15.76 36.3264878 136.3655332 15.76</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
</gml:CompositeSurface></gml:exterior></gml:Solid></bldg:lod1Solid>
<uro:bldgDataQualityAttribute>
<uro:DataQualityAttribute>
<uro:lod1HeightType codeSpace="../../codelists/DataQualityAttribute_lod1HeightType.xml">2</uro:lod1HeightType>
</uro:DataQualityAttribute>
</uro:bldgDataQualityAttribute>
<uro:bldgDisasterRiskAttribute>
<uro:RiverFloodingRiskAttribute>
<uro:description codeSpace="../../codelists/RiverFloodingRiskAttribute_description.xml">3</uro:description>
<uro:rank codeSpace="../../codelists/RiverFloodingRiskAttribute_rank.xml">1</uro:rank>
<uro:depth uom="m">0.415</uro:depth>
<uro:adminType codeSpace="../../codelists/RiverFloodingRiskAttribute_adminType.xml">2</uro:adminType>
<uro:scale codeSpace="../../codelists/RiverFloodingRiskAttribute_scale.xml">2</uro:scale>
<uro:duration uom="hour">6.54</uro:duration>
</uro:RiverFloodingRiskAttribute>
</uro:bldgDisasterRiskAttribute>
<uro:buildingDetailAttribute>
<uro:BuildingDetailAttribute>
<uro:totalFloorArea uom="m2">-9999</uro:totalFloorArea>
<uro:buildingFootprintArea uom="m2">77.87</uro:buildingFootprintArea>
<uro:buildingStructureType codeSpace="../../codelists/Building_buildingStructureType.xml">601</uro:buildingStructureType>
<uro:surveyYear>2021</uro:surveyYear>
</uro:BuildingDetailAttribute>
</uro:buildingDetailAttribute>
<uro:buildingIDAttribute>
<uro:BuildingIDAttribute>
<uro:buildingID>17206-bldg-883</uro:buildingID>
<uro:prefecture codeSpace="../../codelists/Common_localPublicAuthorities.xml">17</uro:prefecture>
<uro:city codeSpace="../../codelists/Common_localPublicAuthorities.xml">17206</uro:city>
</uro:BuildingIDAttribute>
</uro:buildingIDAttribute>
</bldg:Building>
</core:cityObjectMember>
<core:cityObjectMember>
<bldg:Building gml:id="bldg_9d62f2d6-fa6f-4023-adfe-959f231c9935">
<core:creationDate>2025-03-21</core:creationDate>
<bldg:class codeSpace="../../codelists/Building_class.xml">3001</bldg:class>
<bldg:usage codeSpace="../../codelists/Building_usage.xml">411</bldg:usage>
<bldg:yearOfConstruction>2021</bldg:yearOfConstruction>
<bldg:measuredHeight uom="m">8</bldg:measuredHeight>
<bldg:storeysAboveGround>2</bldg:storeysAboveGround>
<bldg:lod0RoofEdge><gml:MultiSurface><gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3267693 136.3651831 0 36.3268564 136.3651383 0 36.3268243 136.3650431 0 36.3267372 136.365088 0 36.3267693 136.3651831 0</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember></gml:MultiSurface></bldg:lod0RoofEdge>
<bldg:lod1Solid><gml:Solid><gml:exterior><gml:CompositeSurface>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3267372 136.365088 8.92 36.3268243 136.3650431 8.92 36.3268564 136.3651383 8.92 36.3267693 136.3651831 8.92 36.3267372 136.365088 8.92</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3267693 136.3651831 8.92 36.3268564 136.3651383 8.92 36.3268564 136.3651383 15.92 36.3267693 136.3651831 15.92 36.3267693 136.3651831 8.92</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3268564 136.3651383 8.92 36.3268243 136.3650431 8.92 36.3268243 136.3650431 15.92 36.3268564 136.3651383 15.92 36.3268564 136.3651383 8.92</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3268243 136.3650431 8.92 36.3267372 136.365088 8.92 36.3267372 136.365088 15.92 36.3268243 136.3650431 15.92 36.3268243 136.3650431 8.92</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3267372 136.365088 8.92 36.3267693 136.3651831 8.92 36.3267693 136.3651831 15.92 36.3267372 136.365088 15.92 36.3267372 136.365088 8.92</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3267693 136.3651831 15.92 36.3268564 136.3651383 15.92 36.3268243 136.3650431 15.92 36.3267372 136.365088 15.92 36.3267693 136.3651831 15.92</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
</gml:CompositeSurface></gml:exterior></gml:Solid></bldg:lod1Solid>
<uro:bldgDataQualityAttribute>
<uro:DataQualityAttribute>
<uro:lod1HeightType codeSpace="../../codelists/DataQualityAttribute_lod1HeightType.xml">2</uro:lod1HeightType>
</uro:DataQualityAttribute>
</uro:bldgDataQualityAttribute>
<uro:bldgDisasterRiskAttribute>
<uro:RiverFloodingRiskAttribute>
<uro:description codeSpace="../../codelists/RiverFloodingRiskAttribute_description.xml">3</uro:description>
<uro:rank codeSpace="../../codelists/RiverFloodingRiskAttribute_rank.xml">2</uro:rank>
<uro:depth uom="m">0.861</uro:depth>
<uro:adminType codeSpace="../../codelists/RiverFloodingRiskAttribute_adminType.xml">2</uro:adminType>
<uro:scale codeSpace="../../codelists/RiverFloodingRiskAttribute_scale.xml">2</uro:scale>
<uro:duration uom="hour">11.31</uro:duration>
</uro:RiverFloodingRiskAttribute>
</uro:bldgDisasterRiskAttribute>
<uro:buildingDetailAttribute>
<uro:BuildingDetailAttribute>
<uro:totalFloorArea uom="m2">159.15</uro:totalFloorArea>
<uro:buildingFootprintArea uom="m2">96.96</uro:buildingFootprintArea>
<uro:buildingStructureType codeSpace="../../codelists/Building_buildingStructureType.xml">601</uro:buildingStructureType>
<uro:surveyYear>2021</uro:surveyYear>
</uro:BuildingDetailAttribute>
</uro:buildingDetailAttribute>
<uro:buildingIDAttribute>
<uro:BuildingIDAttribute>
<uro:buildingID>17206-bldg-884</uro:buildingID>
<uro:prefecture codeSpace="../../codelists/Common_localPublicAuthorities.xml">17</uro:prefecture>
<uro:city codeSpace="../../codelists/Common_localPublicAuthorities.xml">17206</uro:city>
</uro:BuildingIDAttribute>
</uro:buildingIDAttribute>
</bldg:Building>
</core:cityObjectMember>
<core:cityObjectMember>
<bldg:Building gml:id="bldg_248c6f4c-ffc4-418e-beff-2e1bce230d41">
<core:creationDate>2025-03-21</core:creationDate>
<bldg:class codeSpace="../../codelists/Building_class.xml">3001</bldg:class>
<bldg:usage codeSpace="../../codelists/Building_usage.xml">451</bldg:usage>
<bldg:yearOfConstruction>2015</bldg:yearOfConstruction>
<bldg:measuredHeight uom="m">5.9</bldg:measuredHeight>
<bldg:storeysAboveGround>1</bldg:storeysAboveGround>
<bldg:lod0RoofEdge><gml:MultiSurface><gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3294017 136.3695976 0 36.3295245 136.3695343 0 36.3294921 136.3694381 0 36.3293693 136.3695014 0 36.3294017 136.3695976 0</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember></gml:MultiSurface></bldg:lod0RoofEdge>
<bldg:lod1Solid><gml:Solid><gml:exterior><gml:CompositeSurface>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3293693 136.3695014 7.98 36.3294921 136.3694381 7.98 36.3295245 136.3695343 7.98 36.3294017 136.3695976 7.98 36.3293693 136.3695014 7.98</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3294017 136.3695976 7.98 36.3295245 136.3695343 7.98 36.3295245 136.3695343 13.05 36.3294017 136.3695976 13.05 36.3294017 136.3695976 7.98</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3295245 136.3695343 7.98 36.3294921 136.3694381 7.98 36.3294921 136.3694381 13.05 36.3295245 136.3695343 13.05 36.3295245 136.3695343 7.98</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3294921 136.3694381 7.98 36.3293693 136.3695014 7.98 36.3293693 136.3695014 13.05 36.3294921 136.3694381 13.05 36.3294921 136.3694381 7.98</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3293693 136.3695014 7.98 36.3294017 136.3695976 7.98 36.3294017 136.3695976 13.05 36.3293693 136.3695014 13.05 36.3293693 136.3695014 7.98</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3294017 136.3695976 13.05 36.3295245 136.3695343 13.05 36.3294921 136.3694381 13.05 36.3293693 136.3695014 13.05 36.3294017 136.3695976 13.05</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
</gml:CompositeSurface></gml:exterior></gml:Solid></bldg:lod1Solid>
<uro:bldgDataQualityAttribute>
<uro:DataQualityAttribute>
<uro:lod1HeightType codeSpace="../../codelists/DataQualityAttribute_lod1HeightType.xml">2</uro:lod1HeightType>
</uro:DataQualityAttribute>
</uro:bldgDataQualityAttribute>
<uro:buildingDetailAttribute>
<uro:BuildingDetailAttribute>
<uro:totalFloorArea uom="m2">115.47</uro:totalFloorArea>
<uro:buildingFootprintArea uom="m2">138.12</uro:buildingFootprintArea>
<uro:buildingStructureType codeSpace="../../codelists/Building_buildingStructureType.xml">604</uro:buildingStructureType>
<uro:surveyYear>2021</uro:surveyYear>
</uro:BuildingDetailAttribute>
</uro:buildingDetailAttribute>
<uro:buildingIDAttribute>
<uro:BuildingIDAttribute>
<uro:buildingID>17206-bldg-907</uro:buildingID>
<uro:prefecture codeSpace="../../codelists/Common_localPublicAuthorities.xml">17</uro:prefecture>
<uro:city codeSpace="../../codelists/Common_localPublicAuthorities.xml">17206</uro:city>
</uro:BuildingIDAttribute>
</uro:buildingIDAttribute>
</bldg:Building>
</core:cityObjectMember>
<core:cityObjectMember>
<bldg:Building gml:id="bldg_1ea6cb93-2fe9-43cd-9e3d-16374763e9e3">
<core:creationDate>2025-03-21</core:creationDate>
<bldg:class codeSpace="../../codelists/Building_class.xml">3001</bldg:class>
<bldg:usage codeSpace="../../codelists/Building_usage.xml">411</bldg:usage>
<bldg:yearOfConstruction>2011</bldg:yearOfConstruction>
<bldg:measuredHeight uom="m">7.8</bldg:measuredHeight>
<bldg:storeysAboveGround>2</bldg:storeysAboveGround>
<bldg:lod0RoofEdge><gml:MultiSurface><gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3295593 136.3695049 0 36.3296773 136.3694441 0 36.3296378 136.3693271 0 36.3295198 136.3693879 0 36.3295593 136.3695049 0</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember></gml:MultiSurface></bldg:lod0RoofEdge>
<bldg:lod1Solid><gml:Solid><gml:exterior><gml:CompositeSurface>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3295198 136.3693879 7.91 36.3296378 136.3693271 7.91 36.3296773 136.3694441 7.91 36.3295593 136.3695049 7.91 36.3295198 136.3693879 7.91</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3295593 136.3695049 7.91 36.3296773 136.3694441 7.91 36.3296773 136.3694441 14.54 36.3295593 136.3695049 14.54 36.3295593 136.3695049 7.91</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3296773 136.3694441 7.91 36.3296378 136.3693271 7.91 36.3296378 136.3693271 14.54 36.3296773 136.3694441 14.54 36.3296773 136.3694441 7.91</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3296378 136.3693271 7.91 36.3295198 136.3693879 7.91 36.3295198 136.3693879 14.54 36.3296378 136.3693271 14.54 36.3296378 136.3693271 7.91</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3295198 136.3693879 7.91 36.3295593 136.3695049 7.91 36.3295593 136.3695049 14.54 36.3295198 136.3693879 14.54 36.3295198 136.3693879 7.91</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3295593 136.3695049 14.54 36.3296773 136.3694441 14.54 36.3296378 136.3693271 14.54 36.3295198 136.3693879 14.54 36.3295593 136.3695049 14.54</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
</gml:CompositeSurface></gml:exterior></gml:Solid></bldg:lod1Solid>
<uro:bldgDataQualityAttribute>
<uro:DataQualityAttribute>
<uro:lod1HeightType codeSpace="../../codelists/DataQualityAttribute_lod1HeightType.xml">2</uro:lod1HeightType>
</uro:DataQualityAttribute>
</uro:bldgDataQualityAttribute>
<uro:buildingDetailAttribute>
<uro:BuildingDetailAttribute>
<uro:totalFloorArea uom="m2">284.97</uro:totalFloorArea>
<uro:buildingFootprintArea uom="m2">161.47</uro:buildingFootprintArea>
<uro:buildingStructureType codeSpace="../../codelists/Building_buildingStructureType.xml">601</uro:buildingStructureType>
<uro:surveyYear>2021</uro:surveyYear>
</uro:BuildingDetailAttribute>
</uro:buildingDetailAttribute>
<uro:buildingIDAttribute>
<uro:BuildingIDAttribute>
<uro:buildingID>17206-bldg-908</uro:buildingID>
<uro:prefecture codeSpace="../../codelists/Common_localPublicAuthorities.xml">17</uro:prefecture>
<uro:city codeSpace="../../codelists/Common_localPublicAuthorities.xml">17206</uro:city>
</uro:BuildingIDAttribute>
</uro:buildingIDAttribute>
</bldg:Building>
</core:cityObjectMember>
<core:cityObjectMember>
<bldg:Building gml:id="bldg_be5f7c0b-0090-4859-8776-73f8ba9e1c4e">
<core:creationDate>2025-03-21</core:creationDate>
<bldg:class codeSpace="../../codelists/Building_class.xml">3001</bldg:class>
<bldg:usage codeSpace="../../codelists/Building_usage.xml">411</bldg:usage>
<bldg:yearOfConstruction>2022</bldg:yearOfConstruction>
<bldg:measuredHeight uom="m">7.3</bldg:measuredHeight>
<bldg:storeysAboveGround>2</bldg:storeysAboveGround>
<bldg:lod0RoofEdge><gml:MultiSurface><gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3294167 136.3697908 0 36.329333 136.3698339 0 36.3293573 136.369906 0 36.329441 136.369863 0 36.3294167 136.3697908 0</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember></gml:MultiSurface></bldg:lod0RoofEdge>
<bldg:lod1Solid><gml:Solid><gml:exterior><gml:CompositeSurface>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.329441 136.369863 8.24 36.3293573 136.369906 8.24 36.329333 136.3698339 8.24 36.3294167 136.3697908 8.24 36.329441 136.369863 8.24</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3294167 136.3697908 8.24 36.329333 136.3698339 8.24 36.329333 136.3698339 14.84 36.3294167 136.3697908 14.84 36.3294167 136.3697908 8.24</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.329333 136.3698339 8.24 36.3293573 136.369906 8.24 36.3293573 136.369906 14.84 36.329333 136.3698339 14.84 36.329333 136.3698339 8.24</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3293573 136.369906 8.24 36.329441 136.369863 8.24 36.329441 136.369863 14.84 36.3293573 136.369906 14.84 36.3293573 136.369906 8.24</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.329441 136.369863 8.24 36.3294167 136.3697908 8.24 36.3294167 136.3697908 14.84 36.329441 136.369863 14.84 36.329441 136.369863 8.24</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3294167 136.3697908 14.84 36.329333 136.3698339 14.84 36.3293573 136.369906 14.84 36.329441 136.369863 14.84 36.3294167 136.3697908 14.84</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
</gml:CompositeSurface></gml:exterior></gml:Solid></bldg:lod1Solid>
<uro:bldgDataQualityAttribute>
<uro:DataQualityAttribute>
<uro:lod1HeightType codeSpace="../../codelists/DataQualityAttribute_lod1HeightType.xml">2</uro:lod1HeightType>
</uro:DataQualityAttribute>
</uro:bldgDataQualityAttribute>
<uro:buildingDetailAttribute>
<uro:BuildingDetailAttribute>
<uro:totalFloorArea uom="m2">127.35</uro:totalFloorArea>
<uro:buildingFootprintArea uom="m2">70.62</uro:buildingFootprintArea>
<uro:buildingStructureType codeSpace="../../codelists/Building_buildingStructureType.xml">601</uro:buildingStructureType>
<uro:surveyYear>2021</uro:surveyYear>
</uro:BuildingDetailAttribute>
</uro:buildingDetailAttribute>
<uro:buildingIDAttribute>
<uro:BuildingIDAttribute>
<uro:buildingID>17206-bldg-909</uro:buildingID>
<uro:prefecture codeSpace="../../codelists/Common_localPublicAuthorities.xml">17</uro:prefecture>
<uro:city codeSpace="../../codelists/Common_localPublicAuthorities.xml">17206</uro:city>
</uro:BuildingIDAttribute>
</uro:buildingIDAttribute>
</bldg:Building>
</core:cityObjectMember>
<core:cityObjectMember>
<bldg:Building gml:id="bldg_ac1dd9fc-06eb-490d-a0e9-f082d337b0da">
<core:creationDate>2025-03-21</core:creationDate>
<bldg:class codeSpace="../../codelists/Building_class.xml">3001</bldg:class>
<bldg:usage codeSpace="../../codelists/Building_usage.xml">411</bldg:usage>
<bldg:yearOfConstruction>1995</bldg:yearOfConstruction>
<bldg:measuredHeight uom="m">5.8</bldg:measuredHeight>
<bldg:storeysAboveGround>1</bldg:storeysAboveGround>
<bldg:lod0RoofEdge><gml:MultiSurface><gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3294962 136.3699491 0 36.3293902 136.3700037 0 36.3294296 136.3701203 0 36.3295355 136.3700657 0 36.3294962 136.3699491 0</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember></gml:MultiSurface></bldg:lod0RoofEdge>
<bldg:lod1Solid><gml:Solid><gml:exterior><gml:CompositeSurface>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3295355 136.3700657 8.32 36.3294296 136.3701203 8.32 36.3293902 136.3700037 8.32 36.3294962 136.3699491 8.32 36.3295355 136.3700657 8.32</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3294962 136.3699491 8.32 36.3293902 136.3700037 8.32 36.3293902 136.3700037 12.96 36.3294962 136.3699491 12.96 36.3294962 136.3699491 8.32</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3293902 136.3700037 8.32 36.3294296 136.3701203 8.32 36.3294296 136.3701203 12.96 36.3293902 136.3700037 12.96 36.3293902 136.3700037 8.32</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3294296 136.3701203 8.32 36.3295355 136.3700657 8.32 36.3295355 136.3700657 12.96 36.3294296 136.3701203 12.96 36.3294296 136.3701203 8.32</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3295355 136.3700657 8.32 36.3294962 136.3699491 8.32 36.3294962 136.3699491 12.96 36.3295355 136.3700657 12.96 36.3295355 136.3700657 8.32</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3294962 136.3699491 12.96 36.3293902 136.3700037 12.96 36.3294296 136.3701203 12.96 36.3295355 136.3700657 12.96 36.3294962 136.3699491 12.96</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
</gml:CompositeSurface></gml:exterior></gml:Solid></bldg:lod1Solid>
<uro:bldgDataQualityAttribute>
<uro:DataQualityAttribute>
<uro:lod1HeightType codeSpace="../../codelists/DataQualityAttribute_lod1HeightType.xml">2</uro:lod1HeightType>
</uro:DataQualityAttribute>
</uro:bldgDataQualityAttribute>
<uro:buildingDetailAttribute>
<uro:BuildingDetailAttribute>
<uro:totalFloorArea uom="m2">137.66</uro:totalFloorArea>
<uro:buildingFootprintArea uom="m2">144.47</uro:buildingFootprintArea>
<uro:buildingStructureType codeSpace="../../codelists/Building_buildingStructureType.xml">601</uro:buildingStructureType>
<uro:surveyYear>2021</uro:surveyYear>
</uro:BuildingDetailAttribute>
</uro:buildingDetailAttribute>
<uro:buildingIDAttribute>
<uro:BuildingIDAttribute>
<uro:buildingID>17206-bldg-910</uro:buildingID>
<uro:prefecture codeSpace="../../codelists/Common_localPublicAuthorities.xml">17</uro:prefecture>
<uro:city codeSpace="../../codelists/Common_localPublicAuthorities.xml">17206</uro:city>
</uro:BuildingIDAttribute>
</uro:buildingIDAttribute>
</bldg:Building>
</core:cityObjectMember>
<core:cityObjectMember>
<bldg:Building gml:id="bldg_5d9f2de5-ad07-4f6b-9353-3b31d2f6ffd4">
<core:creationDate>2025-03-21</core:creationDate>
<bldg:class codeSpace="../../codelists/Building_class.xml">3001</bldg:class>
<bldg:usage codeSpace="../../codelists/Building_usage.xml">451</bldg:usage>
<bldg:yearOfConstruction>2003</bldg:yearOfConstruction>
<bldg:measuredHeight uom="m">4.6</bldg:measuredHeight>
<bldg:storeysAboveGround>1</bldg:storeysAboveGround>
<bldg:lod0RoofEdge><gml:MultiSurface><gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3295444 136.3697838 0 36.329486 136.3698139 0 36.3295101 136.3698854 0 36.3295686 136.3698553 0 36.3295444 136.3697838 0</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember></gml:MultiSurface></bldg:lod0RoofEdge>
<bldg:lod1Solid><gml:Solid><gml:exterior><gml:CompositeSurface>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3295686 136.3698553 8.21 36.3295101 136.3698854 8.21 36.329486 136.3698139 8.21 36.3295444 136.3697838 8.21 36.3295686 136.3698553 8.21</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3295444 136.3697838 8.21 36.329486 136.3698139 8.21 36.329486 136.3698139 12.24 36.3295444 136.3697838 12.24 36.3295444 136.3697838 8.21</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.329486 136.3698139 8.21 36.3295101 136.3698854 8.21 36.3295101 136.3698854 12.24 36.329486 136.3698139 12.24 36.329486 136.3698139 8.21</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3295101 136.3698854 8.21 36.3295686 136.3698553 8.21 36.3295686 136.3698553 12.24 36.3295101 136.3698854 12.24 36.3295101 136.3698854 8.21</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3295686 136.3698553 8.21 36.3295444 136.3697838 8.21 36.3295444 136.3697838 12.24 36.3295686 136.3698553 12.24 36.3295686 136.3698553 8.21</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3295444 136.3697838 12.24 36.329486 136.3698139 12.24 36.3295101 136.3698854 12.24 36.3295686 136.3698553 12.24 36.3295444 136.3697838 12.24</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
</gml:CompositeSurface></gml:exterior></gml:Solid></bldg:lod1Solid>
<uro:bldgDataQualityAttribute>
<uro:DataQualityAttribute>
<uro:lod1HeightType codeSpace="../../codelists/DataQualityAttribute_lod1HeightType.xml">2</uro:lod1HeightType>
</uro:DataQualityAttribute>
</uro:bldgDataQualityAttribute>
<uro:buildingDetailAttribute>
<uro:BuildingDetailAttribute>
<uro:totalFloorArea uom="m2">43.93</uro:totalFloorArea>
<uro:buildingFootprintArea uom="m2">48.91</uro:buildingFootprintArea>
<uro:buildingStructureType codeSpace="../../codelists/Building_buildingStructureType.xml">601</uro:buildingStructureType>
<uro:surveyYear>2021</uro:surveyYear>
</uro:BuildingDetailAttribute>
</uro:buildingDetailAttribute>
<uro:buildingIDAttribute>
<uro:BuildingIDAttribute>
<uro:buildingID>17206-bldg-911</uro:buildingID>
<uro:prefecture codeSpace="../../codelists/Common_localPublicAuthorities.xml">17</uro:prefecture>
<uro:city codeSpace="../../codelists/Common_localPublicAuthorities.xml">17206</uro:city>
</uro:BuildingIDAttribute>
</uro:buildingIDAttribute>
</bldg:Building>
</core:cityObjectMember>
<core:cityObjectMember>
<bldg:Building gml:id="bldg_f0dc2668-8ddb-4b30-b205-f9ee2940a2e2">
<core:creationDate>2025-03-21</core:creationDate>
<bldg:class codeSpace="../../codelists/Building_class.xml">3001</bldg:class>
<bldg:usage codeSpace="../../codelists/Building_usage.xml">451</bldg:usage>
<bldg:yearOfConstruction>1965</bldg:yearOfConstruction>
<bldg:measuredHeight uom="m">5.8</bldg:measuredHeight>
<bldg:storeysAboveGround>1</bldg:storeysAboveGround>
<bldg:lod0RoofEdge><gml:MultiSurface><gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3297245 136.3696512 0 36.3296174 136.3697063 0 36.3296425 136.3697807 0 36.3297496 136.3697256 0 36.3297245 136.3696512 0</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember></gml:MultiSurface></bldg:lod0RoofEdge>
<bldg:lod1Solid><gml:Solid><gml:exterior><gml:CompositeSurface>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3297496 136.3697256 8.06 36.3296425 136.3697807 8.06 36.3296174 136.3697063 8.06 36.3297245 136.3696512 8.06 36.3297496 136.3697256 8.06</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3297245 136.3696512 8.06 36.3296174 136.3697063 8.06 36.3296174 136.3697063 13.23 36.3297245 136.3696512 13.23 36.3297245 136.3696512 8.06</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3296174 136.3697063 8.06 36.3296425 136.3697807 8.06 36.3296425 136.3697807 13.23 36.3296174 136.3697063 13.23 36.3296174 136.3697063 8.06</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3296425 136.3697807 8.06 36.3297496 136.3697256 8.06 36.3297496 136.3697256 13.23 36.3296425 136.3697807 13.23 36.3296425 136.3697807 8.06</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3297496 136.3697256 8.06 36.3297245 136.3696512 8.06 36.3297245 136.3696512 13.23 36.3297496 136.3697256 13.23 36.3297496 136.3697256 8.06</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3297245 136.3696512 13.23 36.3296174 136.3697063 13.23 36.3296425 136.3697807 13.23 36.3297496 136.3697256 13.23 36.3297245 136.3696512 13.23</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
</gml:CompositeSurface></gml:exterior></gml:Solid></bldg:lod1Solid>
<uro:bldgDataQualityAttribute>
<uro:DataQualityAttribute>
<uro:lod1HeightType codeSpace="../../codelists/DataQualityAttribute_lod1HeightType.xml">2</uro:lod1HeightType>
</uro:DataQualityAttribute>
</uro:bldgDataQualityAttribute>
<uro:buildingDetailAttribute>
<uro:BuildingDetailAttribute>
<uro:totalFloorArea uom="m2">79.87</uro:totalFloorArea>
<uro:buildingFootprintArea uom="m2">93.16</uro:buildingFootprintArea>
<uro:buildingStructureType codeSpace="../../codelists/Building_buildingStructureType.xml">601</uro:buildingStructureType>
<uro:surveyYear>2021</uro:surveyYear>
</uro:BuildingDetailAttribute>
</uro:buildingDetailAttribute>
<uro:buildingIDAttribute>
<uro:BuildingIDAttribute>
<uro:buildingID>17206-bldg-912</uro:buildingID>
<uro:prefecture codeSpace="../../codelists/Common_localPublicAuthorities.xml">17</uro:prefecture>
<uro:city codeSpace="../../codelists/Common_localPublicAuthorities.xml">17206</uro:city>
</uro:BuildingIDAttribute>
</uro:buildingIDAttribute>
</bldg:Building>
</core:cityObjectMember>
<core:cityObjectMember>
<bldg:Building gml:id="bldg_c6cd4ca2-ae0b-4127-99c0-59291a7dff27">
<core:creationDate>2025-03-21</core:creationDate>
<bldg:class codeSpace="../../codelists/Building_class.xml">3001</bldg:class>
<bldg:usage codeSpace="../../codelists/Building_usage.xml">451</bldg:usage>
<bldg:yearOfConstruction>2012</bldg:yearOfConstruction>
<bldg:measuredHeight uom="m">4.5</bldg:measuredHeight>
<bldg:storeysAboveGround>1</bldg:storeysAboveGround>
<bldg:lod0RoofEdge><gml:MultiSurface><gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3297971 136.3693561 0 36.3298844 136.3693111 0 36.3298601 136.3692388 0 36.3297727 136.3692838 0 36.3297971 136.3693561 0</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember></gml:MultiSurface></bldg:lod0RoofEdge>
<bldg:lod1Solid><gml:Solid><gml:exterior><gml:CompositeSurface>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3297727 136.3692838 7.88 36.3298601 136.3692388 7.88 36.3298844 136.3693111 7.88 36.3297971 136.3693561 7.88 36.3297727 136.3692838 7.88</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3297971 136.3693561 7.88 36.3298844 136.3693111 7.88 36.3298844 136.3693111 11.77 36.3297971 136.3693561 11.77 36.3297971 136.3693561 7.88</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3298844 136.3693111 7.88 36.3298601 136.3692388 7.88 36.3298601 136.3692388 11.77 36.3298844 136.3693111 11.77 36.3298844 136.3693111 7.88</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3298601 136.3692388 7.88 36.3297727 136.3692838 7.88 36.3297727 136.3692838 11.77 36.3298601 136.3692388 11.77 36.3298601 136.3692388 7.88</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3297727 136.3692838 7.88 36.3297971 136.3693561 7.88 36.3297971 136.3693561 11.77 36.3297727 136.3692838 11.77 36.3297727 136.3692838 7.88</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3297971 136.3693561 11.77 36.3298844 136.3693111 11.77 36.3298601 136.3692388 11.77 36.3297727 136.3692838 11.77 36.3297971 136.3693561 11.77</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
</gml:CompositeSurface></gml:exterior></gml:Solid></bldg:lod1Solid>
<uro:bldgDataQualityAttribute>
<uro:DataQualityAttribute>
<uro:lod1HeightType codeSpace="../../codelists/DataQualityAttribute_lod1HeightType.xml">2</uro:lod1HeightType>
</uro:DataQualityAttribute>
</uro:bldgDataQualityAttribute>
<uro:buildingDetailAttribute>
<uro:BuildingDetailAttribute>
<uro:totalFloorArea uom="m2">72.06</uro:totalFloorArea>
<uro:buildingFootprintArea uom="m2">73.83</uro:buildingFootprintArea>
<uro:buildingStructureType codeSpace="../../codelists/Building_buildingStructureType.xml">601</uro:buildingStructureType>
<uro:surveyYear>2021</uro:surveyYear>
</uro:BuildingDetailAttribute>
</uro:buildingDetailAttribute>
<uro:buildingIDAttribute>
<uro:BuildingIDAttribute>
<uro:buildingID>17206-bldg-913</uro:buildingID>
<uro:prefecture codeSpace="../../codelists/Common_localPublicAuthorities.xml">17</uro:prefecture>
<uro:city codeSpace="../../codelists/Common_localPublicAuthorities.xml">17206</uro:city>
</uro:BuildingIDAttribute>
</uro:buildingIDAttribute>
</bldg:Building>
</core:cityObjectMember>
<core:cityObjectMember>
<bldg:Building gml:id="bldg_1d611fcf-1232-4502-b5c3-fbef641bdf38">
<core:creationDate>2025-03-21</core:creationDate>
<bldg:class codeSpace="../../codelists/Building_class.xml">3001</bldg:class>
<bldg:usage codeSpace="../../codelists/Building_usage.xml">411</bldg:usage>
<bldg:yearOfConstruction>1998</bldg:yearOfConstruction>
<bldg:measuredHeight uom="m">7.5</bldg:measuredHeight>
<bldg:storeysAboveGround>2</bldg:storeysAboveGround>
<bldg:lod0RoofEdge><gml:MultiSurface><gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3299597 136.369332 0 36.3300519 136.3692846 0 36.330023 136.3691989 0 36.3299308 136.3692463 0 36.3299597 136.369332 0</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember></gml:MultiSurface></bldg:lod0RoofEdge>
<bldg:lod1Solid><gml:Solid><gml:exterior><gml:CompositeSurface>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3299308 136.3692463 7.9 36.330023 136.3691989 7.9 36.3300519 136.3692846 7.9 36.3299597 136.369332 7.9 36.3299308 136.3692463 7.9</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3299597 136.369332 7.9 36.3300519 136.3692846 7.9 36.3300519 136.3692846 14.5 36.3299597 136.369332 14.5 36.3299597 136.369332 7.9</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3300519 136.3692846 7.9 36.330023 136.3691989 7.9 36.330023 136.3691989 14.5 36.3300519 136.3692846 14.5 36.3300519 136.3692846 7.9</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.330023 136.3691989 7.9 36.3299308 136.3692463 7.9 36.3299308 136.3692463 14.5 36.330023 136.3691989 14.5 36.330023 136.3691989 7.9</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3299308 136.3692463 7.9 36.3299597 136.369332 7.9 36.3299597 136.369332 14.5 36.3299308 136.3692463 14.5 36.3299308 136.3692463 7.9</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3299597 136.369332 14.5 36.3300519 136.3692846 14.5 36.330023 136.3691989 14.5 36.3299308 136.3692463 14.5 36.3299597 136.369332 14.5</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
</gml:CompositeSurface></gml:exterior></gml:Solid></bldg:lod1Solid>
<uro:bldgDataQualityAttribute>
<uro:DataQualityAttribute>
<uro:lod1HeightType codeSpace="../../codelists/DataQualityAttribute_lod1HeightType.xml">2</uro:lod1HeightType>
</uro:DataQualityAttribute>
</uro:bldgDataQualityAttribute>
<uro:buildingDetailAttribute>
<uro:BuildingDetailAttribute>
<uro:totalFloorArea uom="m2">176.81</uro:totalFloorArea>
<uro:buildingFootprintArea uom="m2">92.4</uro:buildingFootprintArea>
<uro:buildingStructureType codeSpace="../../codelists/Building_buildingStructureType.xml">601</uro:buildingStructureType>
<uro:surveyYear>2021</uro:surveyYear>
</uro:BuildingDetailAttribute>
</uro:buildingDetailAttribute>
<uro:buildingIDAttribute>
<uro:BuildingIDAttribute>
<uro:buildingID>17206-bldg-914</uro:buildingID>
<uro:prefecture codeSpace="../../codelists/Common_localPublicAuthorities.xml">17</uro:prefecture>
<uro:city codeSpace="../../codelists/Common_localPublicAuthorities.xml">17206</uro:city>
</uro:BuildingIDAttribute>
</uro:buildingIDAttribute>
</bldg:Building>
</core:cityObjectMember>
<core:cityObjectMember>
<bldg:Building gml:id="bldg_ed027af6-1e1e-432d-acbb-c01a1f5aade5">
<core:creationDate>2025-03-21</core:creationDate>
<bldg:class codeSpace="../../codelists/Building_class.xml">3001</bldg:class>
<bldg:usage codeSpace="../../codelists/Building_usage.xml">451</bldg:usage>
<bldg:yearOfConstruction>2017</bldg:yearOfConstruction>
<bldg:measuredHeight uom="m">5.9</bldg:measuredHeight>
<bldg:storeysAboveGround>1</bldg:storeysAboveGround>
<bldg:lod0RoofEdge><gml:MultiSurface><gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3299109 136.3691873 0 36.3300437 136.369119 0 36.3300164 136.3690379 0 36.3298836 136.3691063 0 36.3299109 136.3691873 0</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember></gml:MultiSurface></bldg:lod0RoofEdge>
<bldg:lod1Solid><gml:Solid><gml:exterior><gml:CompositeSurface>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3298836 136.3691063 7.86 36.3300164 136.3690379 7.86 36.3300437 136.369119 7.86 36.3299109 136.3691873 7.86 36.3298836 136.3691063 7.86</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3299109 136.3691873 7.86 36.3300437 136.369119 7.86 36.3300437 136.369119 13.05 36.3299109 136.3691873 13.05 36.3299109 136.3691873 7.86</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3300437 136.369119 7.86 36.3300164 136.3690379 7.86 36.3300164 136.3690379 13.05 36.3300437 136.369119 13.05 36.3300437 136.369119 7.86</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3300164 136.3690379 7.86 36.3298836 136.3691063 7.86 36.3298836 136.3691063 13.05 36.3300164 136.3690379 13.05 36.3300164 136.3690379 7.86</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3298836 136.3691063 7.86 36.3299109 136.3691873 7.86 36.3299109 136.3691873 13.05 36.3298836 136.3691063 13.05 36.3298836 136.3691063 7.86</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3299109 136.3691873 13.05 36.3300437 136.369119 13.05 36.3300164 136.3690379 13.05 36.3298836 136.3691063 13.05 36.3299109 136.3691873 13.05</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
</gml:CompositeSurface></gml:exterior></gml:Solid></bldg:lod1Solid>
<uro:bldgDataQualityAttribute>
<uro:DataQualityAttribute>
<uro:lod1HeightType codeSpace="../../codelists/DataQualityAttribute_lod1HeightType.xml">2</uro:lod1HeightType>
</uro:DataQualityAttribute>
</uro:bldgDataQualityAttribute>
<uro:buildingDetailAttribute>
<uro:BuildingDetailAttribute>
<uro:totalFloorArea uom="m2">119.71</uro:totalFloorArea>
<uro:buildingFootprintArea uom="m2">125.84</uro:buildingFootprintArea>
<uro:buildingStructureType codeSpace="../../codelists/Building_buildingStructureType.xml">601</uro:buildingStructureType>
<uro:surveyYear>2021</uro:surveyYear>
</uro:BuildingDetailAttribute>
</uro:buildingDetailAttribute>
<uro:buildingIDAttribute>
<uro:BuildingIDAttribute>
<uro:buildingID>17206-bldg-915</uro:buildingID>
<uro:prefecture codeSpace="../../codelists/Common_localPublicAuthorities.xml">17</uro:prefecture>
<uro:city codeSpace="../../codelists/Common_localPublicAuthorities.xml">17206</uro:city>
</uro:BuildingIDAttribute>
</uro:buildingIDAttribute>
</bldg:Building>
</core:cityObjectMember>
<core:cityObjectMember>
<bldg:Building gml:id="bldg_2efab52e-390e-49ec-99b4-bc964fd9ff5e">
<core:creationDate>2025-03-21</core:creationDate>
<bldg:class codeSpace="../../codelists/Building_class.xml">3001</bldg:class>
<bldg:usage codeSpace="../../codelists/Building_usage.xml">411</bldg:usage>
<bldg:yearOfConstruction>1990</bldg:yearOfConstruction>
<bldg:measuredHeight uom="m">7.9</bldg:measuredHeight>
<bldg:storeysAboveGround>2</bldg:storeysAboveGround>
<bldg:lod0RoofEdge><gml:MultiSurface><gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3302316 136.3691837 0 36.3303647 136.3691151 0 36.3303289 136.369009 0 36.3301958 136.3690775 0 36.3302316 136.3691837 0</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember></gml:MultiSurface></bldg:lod0RoofEdge>
<bldg:lod1Solid><gml:Solid><gml:exterior><gml:CompositeSurface>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3301958 136.3690775 8 36.3303289 136.369009 8 36.3303647 136.3691151 8 36.3302316 136.3691837 8 36.3301958 136.3690775 8</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3302316 136.3691837 8 36.3303647 136.3691151 8 36.3303647 136.3691151 14.77 36.3302316 136.3691837 14.77 36.3302316 136.3691837 8</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3303647 136.3691151 8 36.3303289 136.369009 8 36.3303289 136.369009 14.77 36.3303647 136.3691151 14.77 36.3303647 136.3691151 8</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3303289 136.369009 8 36.3301958 136.3690775 8 36.3301958 136.3690775 14.77 36.3303289 136.369009 14.77 36.3303289 136.369009 8</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3301958 136.3690775 8 36.3302316 136.3691837 8 36.3302316 136.3691837 14.77 36.3301958 136.3690775 14.77 36.3301958 136.3690775 8</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3302316 136.3691837 14.77 36.3303647 136.3691151 14.77 36.3303289 136.369009 14.77 36.3301958 136.3690775 14.77 36.3302316 136.3691837 14.77</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
</gml:CompositeSurface></gml:exterior></gml:Solid></bldg:lod1Solid>
<uro:bldgDataQualityAttribute>
<uro:DataQualityAttribute>
<uro:lod1HeightType codeSpace="../../codelists/DataQualityAttribute_lod1HeightType.xml">2</uro:lod1HeightType>
</uro:DataQualityAttribute>
</uro:bldgDataQualityAttribute>
<uro:buildingDetailAttribute>
<uro:BuildingDetailAttribute>
<uro:totalFloorArea uom="m2">304.01</uro:totalFloorArea>
<uro:buildingFootprintArea uom="m2">165.23</uro:buildingFootprintArea>
<uro:buildingStructureType codeSpace="../../codelists/Building_buildingStructureType.xml">601</uro:buildingStructureType>
<uro:surveyYear>2021</uro:surveyYear>
</uro:BuildingDetailAttribute>
</uro:buildingDetailAttribute>
<uro:buildingIDAttribute>
<uro:BuildingIDAttribute>
<uro:buildingID>17206-bldg-916</uro:buildingID>
<uro:prefecture codeSpace="../../codelists/Common_localPublicAuthorities.xml">17</uro:prefecture>
<uro:city codeSpace="../../codelists/Common_localPublicAuthorities.xml">17206</uro:city>
</uro:BuildingIDAttribute>
</uro:buildingIDAttribute>
</bldg:Building>
</core:cityObjectMember>
<core:cityObjectMember>
<bldg:Building gml:id="bldg_c92a3eda-02b4-4ae4-a72f-583b884dbf62">
<core:creationDate>2025-03-21</core:creationDate>
<bldg:class codeSpace="../../codelists/Building_class.xml">3001</bldg:class>
<bldg:usage codeSpace="../../codelists/Building_usage.xml">451</bldg:usage>
<bldg:yearOfConstruction>2023</bldg:yearOfConstruction>
<bldg:measuredHeight uom="m">5.6</bldg:measuredHeight>
<bldg:storeysAboveGround>1</bldg:storeysAboveGround>
<bldg:lod0RoofEdge><gml:MultiSurface><gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3301711 136.3690042 0 36.3302371 136.3689702 0 36.3302114 136.3688941 0 36.3301454 136.3689281 0 36.3301711 136.3690042 0</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember></gml:MultiSurface></bldg:lod0RoofEdge>
<bldg:lod1Solid><gml:Solid><gml:exterior><gml:CompositeSurface>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3301454 136.3689281 7.95 36.3302114 136.3688941 7.95 36.3302371 136.3689702 7.95 36.3301711 136.3690042 7.95 36.3301454 136.3689281 7.95</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3301711 136.3690042 7.95 36.3302371 136.3689702 7.95 36.3302371 136.3689702 12.93 36.3301711 136.3690042 12.93 36.3301711 136.3690042 7.95</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3302371 136.3689702 7.95 36.3302114 136.3688941 7.95 36.3302114 136.3688941 12.93 36.3302371 136.3689702 12.93 36.3302371 136.3689702 7.95</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3302114 136.3688941 7.95 36.3301454 136.3689281 7.95 36.3301454 136.3689281 12.93 36.3302114 136.3688941 12.93 36.3302114 136.3688941 7.95</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3301454 136.3689281 7.95 36.3301711 136.3690042 7.95 36.3301711 136.3690042 12.93 36.3301454 136.3689281 12.93 36.3301454 136.3689281 7.95</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3301711 136.3690042 12.93 36.3302371 136.3689702 12.93 36.3302114 136.3688941 12.93 36.3301454 136.3689281 12.93 36.3301711 136.3690042 12.93</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
</gml:CompositeSurface></gml:exterior></gml:Solid></bldg:lod1Solid>
<uro:bldgDataQualityAttribute>
<uro:DataQualityAttribute>
<uro:lod1HeightType codeSpace="../../codelists/DataQualityAttribute_lod1HeightType.xml">2</uro:lod1HeightType>
</uro:DataQualityAttribute>
</uro:bldgDataQualityAttribute>
<uro:buildingDetailAttribute>
<uro:BuildingDetailAttribute>
<uro:totalFloorArea uom="m2">52.89</uro:totalFloorArea>
<uro:buildingFootprintArea uom="m2">58.81</uro:buildingFootprintArea>
<uro:buildingStructureType codeSpace="../../codelists/Building_buildingStructureType.xml">604</uro:buildingStructureType>
<uro:surveyYear>2021</uro:surveyYear>
</uro:BuildingDetailAttribute>
</uro:buildingDetailAttribute>
<uro:buildingIDAttribute>
<uro:BuildingIDAttribute>
<uro:buildingID>17206-bldg-917</uro:buildingID>
<uro:prefecture codeSpace="../../codelists/Common_localPublicAuthorities.xml">17</uro:prefecture>
<uro:city codeSpace="../../codelists/Common_localPublicAuthorities.xml">17206</uro:city>
</uro:BuildingIDAttribute>
</uro:buildingIDAttribute>
</bldg:Building>
</core:cityObjectMember>
<core:cityObjectMember>
<bldg:Building gml:id="bldg_dad6b99e-dac5-455d-b0fd-45303441c8da">
<core:creationDate>2025-03-21</core:creationDate>
<bldg:class codeSpace="../../codelists/Building_class.xml">3001</bldg:class>
<bldg:usage codeSpace="../../codelists/Building_usage.xml">411</bldg:usage>
<bldg:yearOfConstruction>2002</bldg:yearOfConstruction>
<bldg:measuredHeight uom="m">8.4</bldg:measuredHeight>
<bldg:storeysAboveGround>2</bldg:storeysAboveGround>
<bldg:lod0RoofEdge><gml:MultiSurface><gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3299956 136.3694896 0 36.3300407 136.3696232 0 36.3301455 136.3695692 0 36.3301005 136.3694356 0 36.3299956 136.3694896 0</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember></gml:MultiSurface></bldg:lod0RoofEdge>
<bldg:lod1Solid><gml:Solid><gml:exterior><gml:CompositeSurface>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3301005 136.3694356 8.01 36.3301455 136.3695692 8.01 36.3300407 136.3696232 8.01 36.3299956 136.3694896 8.01 36.3301005 136.3694356 8.01</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3299956 136.3694896 8.01 36.3300407 136.3696232 8.01 36.3300407 136.3696232 15.1 36.3299956 136.3694896 15.1 36.3299956 136.3694896 8.01</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3300407 136.3696232 8.01 36.3301455 136.3695692 8.01 36.3301455 136.3695692 15.1 36.3300407 136.3696232 15.1 36.3300407 136.3696232 8.01</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3301455 136.3695692 8.01 36.3301005 136.3694356 8.01 36.3301005 136.3694356 15.1 36.3301455 136.3695692 15.1 36.3301455 136.3695692 8.01</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3301005 136.3694356 8.01 36.3299956 136.3694896 8.01 36.3299956 136.3694896 15.1 36.3301005 136.3694356 15.1 36.3301005 136.3694356 8.01</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3299956 136.3694896 15.1 36.3300407 136.3696232 15.1 36.3301455 136.3695692 15.1 36.3301005 136.3694356 15.1 36.3299956 136.3694896 15.1</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
</gml:CompositeSurface></gml:exterior></gml:Solid></bldg:lod1Solid>
<uro:bldgDataQualityAttribute>
<uro:DataQualityAttribute>
<uro:lod1HeightType codeSpace="../../codelists/DataQualityAttribute_lod1HeightType.xml">2</uro:lod1HeightType>
</uro:DataQualityAttribute>
</uro:bldgDataQualityAttribute>
<uro:buildingDetailAttribute>
<uro:BuildingDetailAttribute>
<uro:totalFloorArea uom="m2">316.7</uro:totalFloorArea>
<uro:buildingFootprintArea uom="m2">163.81</uro:buildingFootprintArea>
<uro:buildingStructureType codeSpace="../../codelists/Building_buildingStructureType.xml">601</uro:buildingStructureType>
<uro:surveyYear>2021</uro:surveyYear>
</uro:BuildingDetailAttribute>
</uro:buildingDetailAttribute>
<uro:buildingIDAttribute>
<uro:BuildingIDAttribute>
<uro:buildingID>17206-bldg-918</uro:buildingID>
<uro:prefecture codeSpace="../../codelists/Common_localPublicAuthorities.xml">17</uro:prefecture>
<uro:city codeSpace="../../codelists/Common_localPublicAuthorities.xml">17206</uro:city>
</uro:BuildingIDAttribute>
</uro:buildingIDAttribute>
</bldg:Building>
</core:cityObjectMember>
<core:cityObjectMember>
<bldg:Building gml:id="bldg_eabeb191-4463-4385-a825-d1d7e1cca6e0">
<core:creationDate>2025-03-21</core:creationDate>
<bldg:class codeSpace="../../codelists/Building_class.xml">3001</bldg:class>
<bldg:usage codeSpace="../../codelists/Building_usage.xml">451</bldg:usage>
<bldg:yearOfConstruction>2016</bldg:yearOfConstruction>
<bldg:measuredHeight uom="m">6</bldg:measuredHeight>
<bldg:storeysAboveGround>1</bldg:storeysAboveGround>
<bldg:lod0RoofEdge><gml:MultiSurface><gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3301991 136.3696491 0 36.3300716 136.3697147 0 36.3301013 136.369803 0 36.3302288 136.3697374 0 36.3301991 136.3696491 0</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember></gml:MultiSurface></bldg:lod0RoofEdge>
<bldg:lod1Solid><gml:Solid><gml:exterior><gml:CompositeSurface>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3302288 136.3697374 8.02 36.3301013 136.369803 8.02 36.3300716 136.3697147 8.02 36.3301991 136.3696491 8.02 36.3302288 136.3697374 8.02</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3301991 136.3696491 8.02 36.3300716 136.3697147 8.02 36.3300716 136.3697147 13.27 36.3301991 136.3696491 13.27 36.3301991 136.3696491 8.02</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3300716 136.3697147 8.02 36.3301013 136.369803 8.02 36.3301013 136.369803 13.27 36.3300716 136.3697147 13.27 36.3300716 136.3697147 8.02</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3301013 136.369803 8.02 36.3302288 136.3697374 8.02 36.3302288 136.3697374 13.27 36.3301013 136.369803 13.27 36.3301013 136.369803 8.02</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3302288 136.3697374 8.02 36.3301991 136.3696491 8.02 36.3301991 136.3696491 13.27 36.3302288 136.3697374 13.27 36.3302288 136.3697374 8.02</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3301991 136.3696491 13.27 36.3300716 136.3697147 13.27 36.3301013 136.369803 13.27 36.3302288 136.3697374 13.27 36.3301991 136.3696491 13.27</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
</gml:CompositeSurface></gml:exterior></gml:Solid></bldg:lod1Solid>
<uro:bldgDataQualityAttribute>
<uro:DataQualityAttribute>
<uro:lod1HeightType codeSpace="../../codelists/DataQualityAttribute_lod1HeightType.xml">2</uro:lod1HeightType>
</uro:DataQualityAttribute>
</uro:bldgDataQualityAttribute>
<uro:buildingDetailAttribute>
<uro:BuildingDetailAttribute>
<uro:totalFloorArea uom="m2">115.03</uro:totalFloorArea>
<uro:buildingFootprintArea uom="m2">131.62</uro:buildingFootprintArea>
<uro:buildingStructureType codeSpace="../../codelists/Building_buildingStructureType.xml">601</uro:buildingStructureType>
<uro:surveyYear>2021</uro:surveyYear>
</uro:BuildingDetailAttribute>
</uro:buildingDetailAttribute>
<uro:buildingIDAttribute>
<uro:BuildingIDAttribute>
<uro:buildingID>17206-bldg-919</uro:buildingID>
<uro:prefecture codeSpace="../../codelists/Common_localPublicAuthorities.xml">17</uro:prefecture>
<uro:city codeSpace="../../codelists/Common_localPublicAuthorities.xml">17206</uro:city>
</uro:BuildingIDAttribute>
</uro:buildingIDAttribute>
</bldg:Building>
</core:cityObjectMember>
<core:cityObjectMember>
<bldg:Building gml:id="bldg_8a52e6c5-5d6d-4768-979c-497a8b4d5eb9">
<core:creationDate>2025-03-21</core:creationDate>
<bldg:class codeSpace="../../codelists/Building_class.xml">3001</bldg:class>
<bldg:usage codeSpace="../../codelists/Building_usage.xml">451</bldg:usage>
<bldg:yearOfConstruction>1993</bldg:yearOfConstruction>
<bldg:measuredHeight uom="m">4.8</bldg:measuredHeight>
<bldg:storeysAboveGround>1</bldg:storeysAboveGround>
<bldg:lod0RoofEdge><gml:MultiSurface><gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3302302 136.3693849 0 36.3301392 136.3694318 0 36.3301723 136.36953 0 36.3302633 136.3694831 0 36.3302302 136.3693849 0</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember></gml:MultiSurface></bldg:lod0RoofEdge>
<bldg:lod1Solid><gml:Solid><gml:exterior><gml:CompositeSurface>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3302633 136.3694831 8.04 36.3301723 136.36953 8.04 36.3301392 136.3694318 8.04 36.3302302 136.3693849 8.04 36.3302633 136.3694831 8.04</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3302302 136.3693849 8.04 36.3301392 136.3694318 8.04 36.3301392 136.3694318 11.99 36.3302302 136.3693849 11.99 36.3302302 136.3693849 8.04</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3301392 136.3694318 8.04 36.3301723 136.36953 8.04 36.3301723 136.36953 11.99 36.3301392 136.3694318 11.99 36.3301392 136.3694318 8.04</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3301723 136.36953 8.04 36.3302633 136.3694831 8.04 36.3302633 136.3694831 11.99 36.3301723 136.36953 11.99 36.3301723 136.36953 8.04</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3302633 136.3694831 8.04 36.3302302 136.3693849 8.04 36.3302302 136.3693849 11.99 36.3302633 136.3694831 11.99 36.3302633 136.3694831 8.04</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3302302 136.3693849 11.99 36.3301392 136.3694318 11.99 36.3301723 136.36953 11.99 36.3302633 136.3694831 11.99 36.3302302 136.3693849 11.99</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
</gml:CompositeSurface></gml:exterior></gml:Solid></bldg:lod1Solid>
<uro:bldgDataQualityAttribute>
<uro:DataQualityAttribute>
<uro:lod1HeightType codeSpace="../../codelists/DataQualityAttribute_lod1HeightType.xml">2</uro:lod1HeightType>
</uro:DataQualityAttribute>
</uro:bldgDataQualityAttribute>
<uro:buildingDetailAttribute>
<uro:BuildingDetailAttribute>
<uro:totalFloorArea uom="m2">99.99</uro:totalFloorArea>
<uro:buildingFootprintArea uom="m2">104.48</uro:buildingFootprintArea>
<uro:buildingStructureType codeSpace="../../codelists/Building_buildingStructureType.xml">601</uro:buildingStructureType>
<uro:surveyYear>2021</uro:surveyYear>
</uro:BuildingDetailAttribute>
</uro:buildingDetailAttribute>
<uro:buildingIDAttribute>
<uro:BuildingIDAttribute>
<uro:buildingID>17206-bldg-920</uro:buildingID>
<uro:prefecture codeSpace="../../codelists/Common_localPublicAuthorities.xml">17</uro:prefecture>
<uro:city codeSpace="../../codelists/Common_localPublicAuthorities.xml">17206</uro:city>
</uro:BuildingIDAttribute>
</uro:buildingIDAttribute>
</bldg:Building>
</core:cityObjectMember>
<core:cityObjectMember>
<bldg:Building gml:id="bldg_216c5259-581b-4f6a-a887-011f063534a2">
<core:creationDate>2025-03-21</core:creationDate>
<bldg:class codeSpace="../../codelists/Building_class.xml">3001</bldg:class>
<bldg:usage codeSpace="../../codelists/Building_usage.xml">411</bldg:usage>
<bldg:yearOfConstruction>1975</bldg:yearOfConstruction>
<bldg:measuredHeight uom="m">8.4</bldg:measuredHeight>
<bldg:storeysAboveGround>2</bldg:storeysAboveGround>
<bldg:lod0RoofEdge><gml:MultiSurface><gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3303656 136.3692927 0 36.3302591 136.3693475 0 36.3302963 136.3694578 0 36.3304028 136.369403 0 36.3303656 136.3692927 0</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember></gml:MultiSurface></bldg:lod0RoofEdge>
<bldg:lod1Solid><gml:Solid><gml:exterior><gml:CompositeSurface>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3304028 136.369403 8.06 36.3302963 136.3694578 8.06 36.3302591 136.3693475 8.06 36.3303656 136.3692927 8.06 36.3304028 136.369403 8.06</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3303656 136.3692927 8.06 36.3302591 136.3693475 8.06 36.3302591 136.3693475 15.34 36.3303656 136.3692927 15.34 36.3303656 136.3692927 8.06</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3302591 136.3693475 8.06 36.3302963 136.3694578 8.06 36.3302963 136.3694578 15.34 36.3302591 136.3693475 15.34 36.3302591 136.3693475 8.06</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3302963 136.3694578 8.06 36.3304028 136.369403 8.06 36.3304028 136.369403 15.34 36.3302963 136.3694578 15.34 36.3302963 136.3694578 8.06</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3304028 136.369403 8.06 36.3303656 136.3692927 8.06 36.3303656 136.3692927 15.34 36.3304028 136.369403 15.34 36.3304028 136.369403 8.06</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3303656 136.3692927 15.34 36.3302591 136.3693475 15.34 36.3302963 136.3694578 15.34 36.3304028 136.369403 15.34 36.3303656 136.3692927 15.34</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
</gml:CompositeSurface></gml:exterior></gml:Solid></bldg:lod1Solid>
<uro:bldgDataQualityAttribute>
<uro:DataQualityAttribute>
<uro:lod1HeightType codeSpace="../../codelists/DataQualityAttribute_lod1HeightType.xml">2</uro:lod1HeightType>
</uro:DataQualityAttribute>
</uro:bldgDataQualityAttribute>
<uro:buildingDetailAttribute>
<uro:BuildingDetailAttribute>
<uro:totalFloorArea uom="m2">247.11</uro:totalFloorArea>
<uro:buildingFootprintArea uom="m2">137.35</uro:buildingFootprintArea>
<uro:buildingStructureType codeSpace="../../codelists/Building_buildingStructureType.xml">601</uro:buildingStructureType>
<uro:surveyYear>2021</uro:surveyYear>
</uro:BuildingDetailAttribute>
</uro:buildingDetailAttribute>
<uro:buildingIDAttribute>
<uro:BuildingIDAttribute>
<uro:buildingID>17206-bldg-921</uro:buildingID>
<uro:prefecture codeSpace="../../codelists/Common_localPublicAuthorities.xml">17</uro:prefecture>
<uro:city codeSpace="../../codelists/Common_localPublicAuthorities.xml">17206</uro:city>
</uro:BuildingIDAttribute>
</uro:buildingIDAttribute>
</bldg:Building>
</core:cityObjectMember>
<core:cityObjectMember>
<bldg:Building gml:id="bldg_32687ee0-b436-4d15-9d18-f856fa3577cf">
<core:creationDate>2025-03-21</core:creationDate>
<bldg:class codeSpace="../../codelists/Building_class.xml">3001</bldg:class>
<bldg:usage codeSpace="../../codelists/Building_usage.xml">451</bldg:usage>
<bldg:yearOfConstruction>1999</bldg:yearOfConstruction>
<bldg:measuredHeight uom="m">4.7</bldg:measuredHeight>
<bldg:storeysAboveGround>1</bldg:storeysAboveGround>
<bldg:lod0RoofEdge><gml:MultiSurface><gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3304411 136.3694461 0 36.3303143 136.3695113 0 36.3303461 136.3696056 0 36.3304729 136.3695403 0 36.3304411 136.3694461 0</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember></gml:MultiSurface></bldg:lod0RoofEdge>
<bldg:lod1Solid><gml:Solid><gml:exterior><gml:CompositeSurface>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3304729 136.3695403 8.07 36.3303461 136.3696056 8.07 36.3303143 136.3695113 8.07 36.3304411 136.3694461 8.07 36.3304729 136.3695403 8.07</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3304411 136.3694461 8.07 36.3303143 136.3695113 8.07 36.3303143 136.3695113 11.96 36.3304411 136.3694461 11.96 36.3304411 136.3694461 8.07</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3303143 136.3695113 8.07 36.3303461 136.3696056 8.07 36.3303461 136.3696056 11.96 36.3303143 136.3695113 11.96 36.3303143 136.3695113 8.07</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3303461 136.3696056 8.07 36.3304729 136.3695403 8.07 36.3304729 136.3695403 11.96 36.3303461 136.3696056 11.96 36.3303461 136.3696056 8.07</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3304729 136.3695403 8.07 36.3304411 136.3694461 8.07 36.3304411 136.3694461 11.96 36.3304729 136.3695403 11.96 36.3304729 136.3695403 8.07</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3304411 136.3694461 11.96 36.3303143 136.3695113 11.96 36.3303461 136.3696056 11.96 36.3304729 136.3695403 11.96 36.3304411 136.3694461 11.96</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
</gml:CompositeSurface></gml:exterior></gml:Solid></bldg:lod1Solid>
<uro:bldgDataQualityAttribute>
<uro:DataQualityAttribute>
<uro:lod1HeightType codeSpace="../../codelists/DataQualityAttribute_lod1HeightType.xml">2</uro:lod1HeightType>
</uro:DataQualityAttribute>
</uro:bldgDataQualityAttribute>
<uro:buildingDetailAttribute>
<uro:BuildingDetailAttribute>
<uro:totalFloorArea uom="m2">118.26</uro:totalFloorArea>
<uro:buildingFootprintArea uom="m2">139.74</uro:buildingFootprintArea>
<uro:buildingStructureType codeSpace="../../codelists/Building_buildingStructureType.xml">601</uro:buildingStructureType>
<uro:surveyYear>2021</uro:surveyYear>
</uro:BuildingDetailAttribute>
</uro:buildingDetailAttribute>
<uro:buildingIDAttribute>
<uro:BuildingIDAttribute>
<uro:buildingID>17206-bldg-922</uro:buildingID>
<uro:prefecture codeSpace="../../codelists/Common_localPublicAuthorities.xml">17</uro:prefecture>
<uro:city codeSpace="../../codelists/Common_localPublicAuthorities.xml">17206</uro:city>
</uro:BuildingIDAttribute>
</uro:buildingIDAttribute>
</bldg:Building>
</core:cityObjectMember>
<core:cityObjectMember>
<bldg:Building gml:id="bldg_2d53db52-8dd9-4bf3-9b14-96f56647ae45">
<core:creationDate>2025-03-21</core:creationDate>
<bldg:class codeSpace="../../codelists/Building_class.xml">3001</bldg:class>
<bldg:usage codeSpace="../../codelists/Building_usage.xml">411</bldg:usage>
<bldg:yearOfConstruction>2006</bldg:yearOfConstruction>
<bldg:measuredHeight uom="m">6.1</bldg:measuredHeight>
<bldg:storeysAboveGround>1</bldg:storeysAboveGround>
<bldg:lod0RoofEdge><gml:MultiSurface><gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3306675 136.3689352 0 36.3307994 136.3688672 0 36.3307562 136.3687391 0 36.3306243 136.368807 0 36.3306675 136.3689352 0</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember></gml:MultiSurface></bldg:lod0RoofEdge>
<bldg:lod1Solid><gml:Solid><gml:exterior><gml:CompositeSurface>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3306243 136.368807 7.87 36.3307562 136.3687391 7.87 36.3307994 136.3688672 7.87 36.3306675 136.3689352 7.87 36.3306243 136.368807 7.87</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3306675 136.3689352 7.87 36.3307994 136.3688672 7.87 36.3307994 136.3688672 12.68 36.3306675 136.3689352 12.68 36.3306675 136.3689352 7.87</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3307994 136.3688672 7.87 36.3307562 136.3687391 7.87 36.3307562 136.3687391 12.68 36.3307994 136.3688672 12.68 36.3307994 136.3688672 7.87</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3307562 136.3687391 7.87 36.3306243 136.368807 7.87 36.3306243 136.368807 12.68 36.3307562 136.3687391 12.68 36.3307562 136.3687391 7.87</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3306243 136.368807 7.87 36.3306675 136.3689352 7.87 36.3306675 136.3689352 12.68 36.3306243 136.368807 12.68 36.3306243 136.368807 7.87</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3306675 136.3689352 12.68 36.3307994 136.3688672 12.68 36.3307562 136.3687391 12.68 36.3306243 136.368807 12.68 36.3306675 136.3689352 12.68</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
</gml:CompositeSurface></gml:exterior></gml:Solid></bldg:lod1Solid>
<uro:bldgDataQualityAttribute>
<uro:DataQualityAttribute>
<uro:lod1HeightType codeSpace="../../codelists/DataQualityAttribute_lod1HeightType.xml">2</uro:lod1HeightType>
</uro:DataQualityAttribute>
</uro:bldgDataQualityAttribute>
<uro:buildingDetailAttribute>
<uro:BuildingDetailAttribute>
<uro:totalFloorArea uom="m2">189.01</uro:totalFloorArea>
<uro:buildingFootprintArea uom="m2">197.62</uro:buildingFootprintArea>
<uro:buildingStructureType codeSpace="../../codelists/Building_buildingStructureType.xml">601</uro:buildingStructureType>
<uro:surveyYear>2021</uro:surveyYear>
</uro:BuildingDetailAttribute>
</uro:buildingDetailAttribute>
<uro:buildingIDAttribute>
<uro:BuildingIDAttribute>
<uro:buildingID>17206-bldg-923</uro:buildingID>
<uro:prefecture codeSpace="../../codelists/Common_localPublicAuthorities.xml">17</uro:prefecture>
<uro:city codeSpace="../../codelists/Common_localPublicAuthorities.xml">17206</uro:city>
</uro:BuildingIDAttribute>
</uro:buildingIDAttribute>
</bldg:Building>
</core:cityObjectMember>
<core:cityObjectMember>
<bldg:Building gml:id="bldg_5b5cb139-230c-4478-b785-1be9dad95110">
<core:creationDate>2025-03-21</core:creationDate>
<bldg:class codeSpace="../../codelists/Building_class.xml">3001</bldg:class>
<bldg:usage codeSpace="../../codelists/Building_usage.xml">411</bldg:usage>
<bldg:yearOfConstruction>1991</bldg:yearOfConstruction>
<bldg:measuredHeight uom="m">5.4</bldg:measuredHeight>
<bldg:storeysAboveGround>1</bldg:storeysAboveGround>
<bldg:lod0RoofEdge><gml:MultiSurface><gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3308282 136.3688502 0 36.3309462 136.3687894 0 36.3309116 136.3686866 0 36.3307935 136.3687474 0 36.3308282 136.3688502 0</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember></gml:MultiSurface></bldg:lod0RoofEdge>
<bldg:lod1Solid><gml:Solid><gml:exterior><gml:CompositeSurface>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3307935 136.3687474 7.84 36.3309116 136.3686866 7.84 36.3309462 136.3687894 7.84 36.3308282 136.3688502 7.84 36.3307935 136.3687474 7.84</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3308282 136.3688502 7.84 36.3309462 136.3687894 7.84 36.3309462 136.3687894 12.17 36.3308282 136.3688502 12.17 36.3308282 136.3688502 7.84</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3309462 136.3687894 7.84 36.3309116 136.3686866 7.84 36.3309116 136.3686866 12.17 36.3309462 136.3687894 12.17 36.3309462 136.3687894 7.84</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3309116 136.3686866 7.84 36.3307935 136.3687474 7.84 36.3307935 136.3687474 12.17 36.3309116 136.3686866 12.17 36.3309116 136.3686866 7.84</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3307935 136.3687474 7.84 36.3308282 136.3688502 7.84 36.3308282 136.3688502 12.17 36.3307935 136.3687474 12.17 36.3307935 136.3687474 7.84</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3308282 136.3688502 12.17 36.3309462 136.3687894 12.17 36.3309116 136.3686866 12.17 36.3307935 136.3687474 12.17 36.3308282 136.3688502 12.17</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
</gml:CompositeSurface></gml:exterior></gml:Solid></bldg:lod1Solid>
<uro:bldgDataQualityAttribute>
<uro:DataQualityAttribute>
<uro:lod1HeightType codeSpace="../../codelists/DataQualityAttribute_lod1HeightType.xml">2</uro:lod1HeightType>
</uro:DataQualityAttribute>
</uro:bldgDataQualityAttribute>
<uro:buildingDetailAttribute>
<uro:BuildingDetailAttribute>
<uro:totalFloorArea uom="m2">131.7</uro:totalFloorArea>
<uro:buildingFootprintArea uom="m2">141.97</uro:buildingFootprintArea>
<uro:buildingStructureType codeSpace="../../codelists/Building_buildingStructureType.xml">603</uro:buildingStructureType>
<uro:surveyYear>2021</uro:surveyYear>
</uro:BuildingDetailAttribute>
</uro:buildingDetailAttribute>
<uro:buildingIDAttribute>
<uro:BuildingIDAttribute>
<uro:buildingID>17206-bldg-924</uro:buildingID>
<uro:prefecture codeSpace="../../codelists/Common_localPublicAuthorities.xml">17</uro:prefecture>
<uro:city codeSpace="../../codelists/Common_localPublicAuthorities.xml">17206</uro:city>
</uro:BuildingIDAttribute>
</uro:buildingIDAttribute>
</bldg:Building>
</core:cityObjectMember>
<core:cityObjectMember>
<bldg:Building gml:id="bldg_b69fd9f5-a4ea-4ffd-8b64-18b9f545b22d">
<core:creationDate>2025-03-21</core:creationDate>
<bldg:class codeSpace="../../codelists/Building_class.xml">3001</bldg:class>
<bldg:usage codeSpace="../../codelists/Building_usage.xml">411</bldg:usage>
<bldg:yearOfConstruction>1959</bldg:yearOfConstruction>
<bldg:measuredHeight uom="m">8</bldg:measuredHeight>
<bldg:storeysAboveGround>2</bldg:storeysAboveGround>
<bldg:lod0RoofEdge><gml:MultiSurface><gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3310802 136.3687378 0 36.3310492 136.3686457 0 36.3309756 136.3686836 0 36.3310066 136.3687757 0 36.3310802 136.3687378 0</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember></gml:MultiSurface></bldg:lod0RoofEdge>
<bldg:lod1Solid><gml:Solid><gml:exterior><gml:CompositeSurface>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3310066 136.3687757 7.82 36.3309756 136.3686836 7.82 36.3310492 136.3686457 7.82 36.3310802 136.3687378 7.82 36.3310066 136.3687757 7.82</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3310802 136.3687378 7.82 36.3310492 136.3686457 7.82 36.3310492 136.3686457 14.94 36.3310802 136.3687378 14.94 36.3310802 136.3687378 7.82</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3310492 136.3686457 7.82 36.3309756 136.3686836 7.82 36.3309756 136.3686836 14.94 36.3310492 136.3686457 14.94 36.3310492 136.3686457 7.82</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3309756 136.3686836 7.82 36.3310066 136.3687757 7.82 36.3310066 136.3687757 14.94 36.3309756 136.3686836 14.94 36.3309756 136.3686836 7.82</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3310066 136.3687757 7.82 36.3310802 136.3687378 7.82 36.3310802 136.3687378 14.94 36.3310066 136.3687757 14.94 36.3310066 136.3687757 7.82</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3310802 136.3687378 14.94 36.3310492 136.3686457 14.94 36.3309756 136.3686836 14.94 36.3310066 136.3687757 14.94 36.3310802 136.3687378 14.94</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
</gml:CompositeSurface></gml:exterior></gml:Solid></bldg:lod1Solid>
<uro:bldgDataQualityAttribute>
<uro:DataQualityAttribute>
<uro:lod1HeightType codeSpace="../../codelists/DataQualityAttribute_lod1HeightType.xml">2</uro:lod1HeightType>
</uro:DataQualityAttribute>
</uro:bldgDataQualityAttribute>
<uro:buildingDetailAttribute>
<uro:BuildingDetailAttribute>
<uro:totalFloorArea uom="m2">156.21</uro:totalFloorArea>
<uro:buildingFootprintArea uom="m2">79.26</uro:buildingFootprintArea>
<uro:buildingStructureType codeSpace="../../codelists/Building_buildingStructureType.xml">601</uro:buildingStructureType>
<uro:surveyYear>2021</uro:surveyYear>
</uro:BuildingDetailAttribute>
</uro:buildingDetailAttribute>
<uro:buildingIDAttribute>
<uro:BuildingIDAttribute>
<uro:buildingID>17206-bldg-925</uro:buildingID>
<uro:prefecture codeSpace="../../codelists/Common_localPublicAuthorities.xml">17</uro:prefecture>
<uro:city codeSpace="../../codelists/Common_localPublicAuthorities.xml">17206</uro:city>
</uro:BuildingIDAttribute>
</uro:buildingIDAttribute>
</bldg:Building>
</core:cityObjectMember>
<core:cityObjectMember>
<bldg:Building gml:id="bldg_e29c8cef-a20e-40ca-8bcb-86107955c84b">
<core:creationDate>2025-03-21</core:creationDate>
<bldg:class codeSpace="../../codelists/Building_class.xml">3001</bldg:class>
<bldg:usage codeSpace="../../codelists/Building_usage.xml">411</bldg:usage>
<bldg:yearOfConstruction>2013</bldg:yearOfConstruction>
<bldg:measuredHeight uom="m">8.2</bldg:measuredHeight>
<bldg:storeysAboveGround>2</bldg:storeysAboveGround>
<bldg:lod0RoofEdge><gml:MultiSurface><gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3311323 136.3687002 0 36.3312338 136.3686479 0 36.3311988 136.3685441 0 36.3310973 136.3685964 0 36.3311323 136.3687002 0</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember></gml:MultiSurface></bldg:lod0RoofEdge>
<bldg:lod1Solid><gml:Solid><gml:exterior><gml:CompositeSurface>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3310973 136.3685964 7.77 36.3311988 136.3685441 7.77 36.3312338 136.3686479 7.77 36.3311323 136.3687002 7.77 36.3310973 136.3685964 7.77</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3311323 136.3687002 7.77 36.3312338 136.3686479 7.77 36.3312338 136.3686479 14.89 36.3311323 136.3687002 14.89 36.3311323 136.3687002 7.77</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3312338 136.3686479 7.77 36.3311988 136.3685441 7.77 36.3311988 136.3685441 14.89 36.3312338 136.3686479 14.89 36.3312338 136.3686479 7.77</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3311988 136.3685441 7.77 36.3310973 136.3685964 7.77 36.3310973 136.3685964 14.89 36.3311988 136.3685441 14.89 36.3311988 136.3685441 7.77</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3310973 136.3685964 7.77 36.3311323 136.3687002 7.77 36.3311323 136.3687002 14.89 36.3310973 136.3685964 14.89 36.3310973 136.3685964 7.77</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3311323 136.3687002 14.89 36.3312338 136.3686479 14.89 36.3311988 136.3685441 14.89 36.3310973 136.3685964 14.89 36.3311323 136.3687002 14.89</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
</gml:CompositeSurface></gml:exterior></gml:Solid></bldg:lod1Solid>
<uro:bldgDataQualityAttribute>
<uro:DataQualityAttribute>
<uro:lod1HeightType codeSpace="../../codelists/DataQualityAttribute_lod1HeightType.xml">2</uro:lod1HeightType>
</uro:DataQualityAttribute>
</uro:bldgDataQualityAttribute>
<uro:buildingDetailAttribute>
<uro:BuildingDetailAttribute>
<uro:totalFloorArea uom="m2">206.49</uro:totalFloorArea>
<uro:buildingFootprintArea uom="m2">123.27</uro:buildingFootprintArea>
<uro:buildingStructureType codeSpace="../../codelists/Building_buildingStructureType.xml">601</uro:buildingStructureType>
<uro:surveyYear>2021</uro:surveyYear>
</uro:BuildingDetailAttribute>
</uro:buildingDetailAttribute>
<uro:buildingIDAttribute>
<uro:BuildingIDAttribute>
<uro:buildingID>17206-bldg-926</uro:buildingID>
<uro:prefecture codeSpace="../../codelists/Common_localPublicAuthorities.xml">17</uro:prefecture>
<uro:city codeSpace="../../codelists/Common_localPublicAuthorities.xml">17206</uro:city>
</uro:BuildingIDAttribute>
</uro:buildingIDAttribute>
</bldg:Building>
</core:cityObjectMember>
<core:cityObjectMember>
<bldg:Building gml:id="bldg_6b556b0e-f3ac-4708-a93f-4d34c2952cc0">
<core:creationDate>2025-03-21</core:creationDate>
<bldg:class codeSpace="../../codelists/Building_class.xml">3001</bldg:class>
<bldg:usage codeSpace="../../codelists/Building_usage.xml">451</bldg:usage>
<bldg:yearOfConstruction>1985</bldg:yearOfConstruction>
<bldg:measuredHeight uom="m">4.8</bldg:measuredHeight>
<bldg:storeysAboveGround>1</bldg:storeysAboveGround>
<bldg:lod0RoofEdge><gml:MultiSurface><gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3310787 136.3685412 0 36.3311664 136.368496 0 36.331142 136.3684236 0 36.3310543 136.3684687 0 36.3310787 136.3685412 0</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember></gml:MultiSurface></bldg:lod0RoofEdge>
<bldg:lod1Solid><gml:Solid><gml:exterior><gml:CompositeSurface>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3310543 136.3684687 7.74 36.331142 136.3684236 7.74 36.3311664 136.368496 7.74 36.3310787 136.3685412 7.74 36.3310543 136.3684687 7.74</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3310787 136.3685412 7.74 36.3311664 136.368496 7.74 36.3311664 136.368496 11.88 36.3310787 136.3685412 11.88 36.3310787 136.3685412 7.74</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3311664 136.368496 7.74 36.331142 136.3684236 7.74 36.331142 136.3684236 11.88 36.3311664 136.368496 11.88 36.3311664 136.368496 7.74</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.331142 136.3684236 7.74 36.3310543 136.3684687 7.74 36.3310543 136.3684687 11.88 36.331142 136.3684236 11.88 36.331142 136.3684236 7.74</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3310543 136.3684687 7.74 36.3310787 136.3685412 7.74 36.3310787 136.3685412 11.88 36.3310543 136.3684687 11.88 36.3310543 136.3684687 7.74</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3310787 136.3685412 11.88 36.3311664 136.368496 11.88 36.331142 136.3684236 11.88 36.3310543 136.3684687 11.88 36.3310787 136.3685412 11.88</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
</gml:CompositeSurface></gml:exterior></gml:Solid></bldg:lod1Solid>
<uro:bldgDataQualityAttribute>
<uro:DataQualityAttribute>
<uro:lod1HeightType codeSpace="../../codelists/DataQualityAttribute_lod1HeightType.xml">2</uro:lod1HeightType>
</uro:DataQualityAttribute>
</uro:bldgDataQualityAttribute>
<uro:buildingDetailAttribute>
<uro:BuildingDetailAttribute>
<uro:totalFloorArea uom="m2">71.49</uro:totalFloorArea>
<uro:buildingFootprintArea uom="m2">74.33</uro:buildingFootprintArea>
<uro:buildingStructureType codeSpace="../../codelists/Building_buildingStructureType.xml">601</uro:buildingStructureType>
<uro:surveyYear>2021</uro:surveyYear>
</uro:BuildingDetailAttribute>
</uro:buildingDetailAttribute>
<uro:buildingIDAttribute>
<uro:BuildingIDAttribute>
<uro:buildingID>17206-bldg-927</uro:buildingID>
<uro:prefecture codeSpace="../../codelists/Common_localPublicAuthorities.xml">17</uro:prefecture>
<uro:city codeSpace="../../codelists/Common_localPublicAuthorities.xml">17206</uro:city>
</uro:BuildingIDAttribute>
</uro:buildingIDAttribute>
</bldg:Building>
</core:cityObjectMember>
<core:cityObjectMember>
<bldg:Building gml:id="bldg_955fac3a-5717-4e80-abea-9b9696f6fb8d">
<core:creationDate>2025-03-21</core:creationDate>
<bldg:class codeSpace="../../codelists/Building_class.xml">3001</bldg:class>
<bldg:usage codeSpace="../../codelists/Building_usage.xml">411</bldg:usage>
<bldg:yearOfConstruction>2015</bldg:yearOfConstruction>
<bldg:measuredHeight uom="m">8.6</bldg:measuredHeight>
<bldg:storeysAboveGround>2</bldg:storeysAboveGround>
<bldg:lod0RoofEdge><gml:MultiSurface><gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3308172 136.3690783 0 36.3307124 136.3691323 0 36.3307528 136.3692521 0 36.3308576 136.3691981 0 36.3308172 136.3690783 0</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember></gml:MultiSurface></bldg:lod0RoofEdge>
<bldg:lod1Solid><gml:Solid><gml:exterior><gml:CompositeSurface>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3308576 136.3691981 7.99 36.3307528 136.3692521 7.99 36.3307124 136.3691323 7.99 36.3308172 136.3690783 7.99 36.3308576 136.3691981 7.99</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3308172 136.3690783 7.99 36.3307124 136.3691323 7.99 36.3307124 136.3691323 15.39 36.3308172 136.3690783 15.39 36.3308172 136.3690783 7.99</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3307124 136.3691323 7.99 36.3307528 136.3692521 7.99 36.3307528 136.3692521 15.39 36.3307124 136.3691323 15.39 36.3307124 136.3691323 7.99</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3307528 136.3692521 7.99 36.3308576 136.3691981 7.99 36.3308576 136.3691981 15.39 36.3307528 136.3692521 15.39 36.3307528 136.3692521 7.99</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3308576 136.3691981 7.99 36.3308172 136.3690783 7.99 36.3308172 136.3690783 15.39 36.3308576 136.3691981 15.39 36.3308576 136.3691981 7.99</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3308172 136.3690783 15.39 36.3307124 136.3691323 15.39 36.3307528 136.3692521 15.39 36.3308576 136.3691981 15.39 36.3308172 136.3690783 15.39</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
</gml:CompositeSurface></gml:exterior></gml:Solid></bldg:lod1Solid>
<uro:bldgDataQualityAttribute>
<uro:DataQualityAttribute>
<uro:lod1HeightType codeSpace="../../codelists/DataQualityAttribute_lod1HeightType.xml">2</uro:lod1HeightType>
</uro:DataQualityAttribute>
</uro:bldgDataQualityAttribute>
<uro:buildingDetailAttribute>
<uro:BuildingDetailAttribute>
<uro:totalFloorArea uom="m2">277.83</uro:totalFloorArea>
<uro:buildingFootprintArea uom="m2">146.9</uro:buildingFootprintArea>
<uro:buildingStructureType codeSpace="../../codelists/Building_buildingStructureType.xml">601</uro:buildingStructureType>
<uro:surveyYear>2021</uro:surveyYear>
</uro:BuildingDetailAttribute>
</uro:buildingDetailAttribute>
<uro:buildingIDAttribute>
<uro:BuildingIDAttribute>
<uro:buildingID>17206-bldg-928</uro:buildingID>
<uro:prefecture codeSpace="../../codelists/Common_localPublicAuthorities.xml">17</uro:prefecture>
<uro:city codeSpace="../../codelists/Common_localPublicAuthorities.xml">17206</uro:city>
</uro:BuildingIDAttribute>
</uro:buildingIDAttribute>
</bldg:Building>
</core:cityObjectMember>
<core:cityObjectMember>
<bldg:Building gml:id="bldg_58992ac3-eb47-4c72-9017-c95d12941403">
<core:creationDate>2025-03-21</core:creationDate>
<bldg:class codeSpace="../../codelists/Building_class.xml">3001</bldg:class>
<bldg:usage codeSpace="../../codelists/Building_usage.xml">411</bldg:usage>
<bldg:yearOfConstruction>2009</bldg:yearOfConstruction>
<bldg:measuredHeight uom="m">7.9</bldg:measuredHeight>
<bldg:storeysAboveGround>2</bldg:storeysAboveGround>
<bldg:lod0RoofEdge><gml:MultiSurface><gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3309656 136.3689887 0 36.3308665 136.3690397 0 36.3308969 136.3691296 0 36.3309959 136.3690786 0 36.3309656 136.3689887 0</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember></gml:MultiSurface></bldg:lod0RoofEdge>
<bldg:lod1Solid><gml:Solid><gml:exterior><gml:CompositeSurface>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3309959 136.3690786 7.93 36.3308969 136.3691296 7.93 36.3308665 136.3690397 7.93 36.3309656 136.3689887 7.93 36.3309959 136.3690786 7.93</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3309656 136.3689887 7.93 36.3308665 136.3690397 7.93 36.3308665 136.3690397 14.89 36.3309656 136.3689887 14.89 36.3309656 136.3689887 7.93</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3308665 136.3690397 7.93 36.3308969 136.3691296 7.93 36.3308969 136.3691296 14.89 36.3308665 136.3690397 14.89 36.3308665 136.3690397 7.93</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3308969 136.3691296 7.93 36.3309959 136.3690786 7.93 36.3309959 136.3690786 14.89 36.3308969 136.3691296 14.89 36.3308969 136.3691296 7.93</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3309959 136.3690786 7.93 36.3309656 136.3689887 7.93 36.3309656 136.3689887 14.89 36.3309959 136.3690786 14.89 36.3309959 136.3690786 7.93</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3309656 136.3689887 14.89 36.3308665 136.3690397 14.89 36.3308969 136.3691296 14.89 36.3309959 136.3690786 14.89 36.3309656 136.3689887 14.89</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
</gml:CompositeSurface></gml:exterior></gml:Solid></bldg:lod1Solid>
<uro:bldgDataQualityAttribute>
<uro:DataQualityAttribute>
<uro:lod1HeightType codeSpace="../../codelists/DataQualityAttribute_lod1HeightType.xml">2</uro:lod1HeightType>
</uro:DataQualityAttribute>
</uro:bldgDataQualityAttribute>
<uro:buildingDetailAttribute>
<uro:BuildingDetailAttribute>
<uro:totalFloorArea uom="m2">204.53</uro:totalFloorArea>
<uro:buildingFootprintArea uom="m2">104.1</uro:buildingFootprintArea>
<uro:buildingStructureType codeSpace="../../codelists/Building_buildingStructureType.xml">605</uro:buildingStructureType>
<uro:surveyYear>2021</uro:surveyYear>
</uro:BuildingDetailAttribute>
</uro:buildingDetailAttribute>
<uro:buildingIDAttribute>
<uro:BuildingIDAttribute>
<uro:buildingID>17206-bldg-929</uro:buildingID>
<uro:prefecture codeSpace="../../codelists/Common_localPublicAuthorities.xml">17</uro:prefecture>
<uro:city codeSpace="../../codelists/Common_localPublicAuthorities.xml">17206</uro:city>
</uro:BuildingIDAttribute>
</uro:buildingIDAttribute>
</bldg:Building>
</core:cityObjectMember>
<core:cityObjectMember>
<bldg:Building gml:id="bldg_b06559d4-60d4-4d29-baa5-da30dbb60c0c">
<core:creationDate>2025-03-21</core:creationDate>
<bldg:class codeSpace="../../codelists/Building_class.xml">3001</bldg:class>
<bldg:usage codeSpace="../../codelists/Building_usage.xml">451</bldg:usage>
<bldg:yearOfConstruction>1983</bldg:yearOfConstruction>
<bldg:measuredHeight uom="m">5.7</bldg:measuredHeight>
<bldg:storeysAboveGround>1</bldg:storeysAboveGround>
<bldg:lod0RoofEdge><gml:MultiSurface><gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.331144 136.3689517 0 36.3310363 136.3690072 0 36.3310571 136.3690691 0 36.3311649 136.3690136 0 36.331144 136.3689517 0</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember></gml:MultiSurface></bldg:lod0RoofEdge>
<bldg:lod1Solid><gml:Solid><gml:exterior><gml:CompositeSurface>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3311649 136.3690136 7.87 36.3310571 136.3690691 7.87 36.3310363 136.3690072 7.87 36.331144 136.3689517 7.87 36.3311649 136.3690136 7.87</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.331144 136.3689517 7.87 36.3310363 136.3690072 7.87 36.3310363 136.3690072 13.04 36.331144 136.3689517 13.04 36.331144 136.3689517 7.87</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3310363 136.3690072 7.87 36.3310571 136.3690691 7.87 36.3310571 136.3690691 13.04 36.3310363 136.3690072 13.04 36.3310363 136.3690072 7.87</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3310571 136.3690691 7.87 36.3311649 136.3690136 7.87 36.3311649 136.3690136 13.04 36.3310571 136.3690691 13.04 36.3310571 136.3690691 7.87</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3311649 136.3690136 7.87 36.331144 136.3689517 7.87 36.331144 136.3689517 13.04 36.3311649 136.3690136 13.04 36.3311649 136.3690136 7.87</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.331144 136.3689517 13.04 36.3310363 136.3690072 13.04 36.3310571 136.3690691 13.04 36.3311649 136.3690136 13.04 36.331144 136.3689517 13.04</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
</gml:CompositeSurface></gml:exterior></gml:Solid></bldg:lod1Solid>
<uro:bldgDataQualityAttribute>
<uro:DataQualityAttribute>
<uro:lod1HeightType codeSpace="../../codelists/DataQualityAttribute_lod1HeightType.xml">2</uro:lod1HeightType>
</uro:DataQualityAttribute>
</uro:bldgDataQualityAttribute>
<uro:buildingDetailAttribute>
<uro:BuildingDetailAttribute>
<uro:totalFloorArea uom="m2">73.33</uro:totalFloorArea>
<uro:buildingFootprintArea uom="m2">78.01</uro:buildingFootprintArea>
<uro:buildingStructureType codeSpace="../../codelists/Building_buildingStructureType.xml">604</uro:buildingStructureType>
<uro:surveyYear>2021</uro:surveyYear>
</uro:BuildingDetailAttribute>
</uro:buildingDetailAttribute>
<uro:buildingIDAttribute>
<uro:BuildingIDAttribute>
<uro:buildingID>17206-bldg-930</uro:buildingID>
<uro:prefecture codeSpace="../../codelists/Common_localPublicAuthorities.xml">17</uro:prefecture>
<uro:city codeSpace="../../codelists/Common_localPublicAuthorities.xml">17206</uro:city>
</uro:BuildingIDAttribute>
</uro:buildingIDAttribute>
</bldg:Building>
</core:cityObjectMember>
<core:cityObjectMember>
<bldg:Building gml:id="bldg_a35b6818-2db5-44ed-9ba5-798fe697957e">
<core:creationDate>2025-03-21</core:creationDate>
<bldg:class codeSpace="../../codelists/Building_class.xml">3001</bldg:class>
<bldg:usage codeSpace="../../codelists/Building_usage.xml">411</bldg:usage>
<bldg:yearOfConstruction>2014</bldg:yearOfConstruction>
<bldg:measuredHeight uom="m">8.7</bldg:measuredHeight>
<bldg:storeysAboveGround>2</bldg:storeysAboveGround>
<bldg:lod0RoofEdge><gml:MultiSurface><gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.331341 136.3688242 0 36.3312091 136.3688921 0 36.3312513 136.3690172 0 36.3313832 136.3689493 0 36.331341 136.3688242 0</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember></gml:MultiSurface></bldg:lod0RoofEdge>
<bldg:lod1Solid><gml:Solid><gml:exterior><gml:CompositeSurface>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3313832 136.3689493 7.82 36.3312513 136.3690172 7.82 36.3312091 136.3688921 7.82 36.331341 136.3688242 7.82 36.3313832 136.3689493 7.82</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.331341 136.3688242 7.82 36.3312091 136.3688921 7.82 36.3312091 136.3688921 15.29 36.331341 136.3688242 15.29 36.331341 136.3688242 7.82</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3312091 136.3688921 7.82 36.3312513 136.3690172 7.82 36.3312513 136.3690172 15.29 36.3312091 136.3688921 15.29 36.3312091 136.3688921 7.82</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3312513 136.3690172 7.82 36.3313832 136.3689493 7.82 36.3313832 136.3689493 15.29 36.3312513 136.3690172 15.29 36.3312513 136.3690172 7.82</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3313832 136.3689493 7.82 36.331341 136.3688242 7.82 36.331341 136.3688242 15.29 36.3313832 136.3689493 15.29 36.3313832 136.3689493 7.82</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.331341 136.3688242 15.29 36.3312091 136.3688921 15.29 36.3312513 136.3690172 15.29 36.3313832 136.3689493 15.29 36.331341 136.3688242 15.29</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
</gml:CompositeSurface></gml:exterior></gml:Solid></bldg:lod1Solid>
<uro:bldgDataQualityAttribute>
<uro:DataQualityAttribute>
<uro:lod1HeightType codeSpace="../../codelists/DataQualityAttribute_lod1HeightType.xml">2</uro:lod1HeightType>
</uro:DataQualityAttribute>
</uro:bldgDataQualityAttribute>
<uro:buildingDetailAttribute>
<uro:BuildingDetailAttribute>
<uro:totalFloorArea uom="m2">355.64</uro:totalFloorArea>
<uro:buildingFootprintArea uom="m2">193.05</uro:buildingFootprintArea>
<uro:buildingStructureType codeSpace="../../codelists/Building_buildingStructureType.xml">601</uro:buildingStructureType>
<uro:surveyYear>2021</uro:surveyYear>
</uro:BuildingDetailAttribute>
</uro:buildingDetailAttribute>
<uro:buildingIDAttribute>
<uro:BuildingIDAttribute>
<uro:buildingID>17206-bldg-931</uro:buildingID>
<uro:prefecture codeSpace="../../codelists/Common_localPublicAuthorities.xml">17</uro:prefecture>
<uro:city codeSpace="../../codelists/Common_localPublicAuthorities.xml">17206</uro:city>
</uro:BuildingIDAttribute>
</uro:buildingIDAttribute>
</bldg:Building>
</core:cityObjectMember>
<core:cityObjectMember>
<bldg:Building gml:id="bldg_1118ea56-259b-428c-a971-fd1198801e63">
<core:creationDate>2025-03-21</core:creationDate>
<bldg:class codeSpace="../../codelists/Building_class.xml">3001</bldg:class>
<bldg:usage codeSpace="../../codelists/Building_usage.xml">451</bldg:usage>
<bldg:yearOfConstruction>2004</bldg:yearOfConstruction>
<bldg:measuredHeight uom="m">5.4</bldg:measuredHeight>
<bldg:storeysAboveGround>1</bldg:storeysAboveGround>
<bldg:lod0RoofEdge><gml:MultiSurface><gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3313874 136.3690298 0 36.331275 136.3690876 0 36.3313018 136.3691669 0 36.3314141 136.369109 0 36.3313874 136.3690298 0</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember></gml:MultiSurface></bldg:lod0RoofEdge>
<bldg:lod1Solid><gml:Solid><gml:exterior><gml:CompositeSurface>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3314141 136.369109 7.81 36.3313018 136.3691669 7.81 36.331275 136.3690876 7.81 36.3313874 136.3690298 7.81 36.3314141 136.369109 7.81</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3313874 136.3690298 7.81 36.331275 136.3690876 7.81 36.331275 136.3690876 12.51 36.3313874 136.3690298 12.51 36.3313874 136.3690298 7.81</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.331275 136.3690876 7.81 36.3313018 136.3691669 7.81 36.3313018 136.3691669 12.51 36.331275 136.3690876 12.51 36.331275 136.3690876 7.81</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3313018 136.3691669 7.81 36.3314141 136.369109 7.81 36.3314141 136.369109 12.51 36.3313018 136.3691669 12.51 36.3313018 136.3691669 7.81</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3314141 136.369109 7.81 36.3313874 136.3690298 7.81 36.3313874 136.3690298 12.51 36.3314141 136.369109 12.51 36.3314141 136.369109 7.81</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3313874 136.3690298 12.51 36.331275 136.3690876 12.51 36.3313018 136.3691669 12.51 36.3314141 136.369109 12.51 36.3313874 136.3690298 12.51</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
</gml:CompositeSurface></gml:exterior></gml:Solid></bldg:lod1Solid>
<uro:bldgDataQualityAttribute>
<uro:DataQualityAttribute>
<uro:lod1HeightType codeSpace="../../codelists/DataQualityAttribute_lod1HeightType.xml">2</uro:lod1HeightType>
</uro:DataQualityAttribute>
</uro:bldgDataQualityAttribute>
<uro:buildingDetailAttribute>
<uro:BuildingDetailAttribute>
<uro:totalFloorArea uom="m2">85.95</uro:totalFloorArea>
<uro:buildingFootprintArea uom="m2">104.16</uro:buildingFootprintArea>
<uro:buildingStructureType codeSpace="../../codelists/Building_buildingStructureType.xml">604</uro:buildingStructureType>
<uro:surveyYear>2021</uro:surveyYear>
</uro:BuildingDetailAttribute>
</uro:buildingDetailAttribute>
<uro:buildingIDAttribute>
<uro:BuildingIDAttribute>
<uro:buildingID>17206-bldg-932</uro:buildingID>
<uro:prefecture codeSpace="../../codelists/Common_localPublicAuthorities.xml">17</uro:prefecture>
<uro:city codeSpace="../../codelists/Common_localPublicAuthorities.xml">17206</uro:city>
</uro:BuildingIDAttribute>
</uro:buildingIDAttribute>
</bldg:Building>
</core:cityObjectMember>
<core:cityObjectMember>
<bldg:Building gml:id="bldg_0e1c9c19-c5ea-4944-ad4b-ec03cc5f4efb">
<core:creationDate>2025-03-21</core:creationDate>
<bldg:class codeSpace="../../codelists/Building_class.xml">3003</bldg:class>
<bldg:usage codeSpace="../../codelists/Building_usage.xml">451</bldg:usage>
<bldg:yearOfConstruction>1979</bldg:yearOfConstruction>
<bldg:measuredHeight uom="m">4.7</bldg:measuredHeight>
<bldg:storeysAboveGround>1</bldg:storeysAboveGround>
<bldg:lod0RoofEdge><gml:MultiSurface><gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3287302 136.3638266 0 36.3286829 136.3636864 0 36.3286357 136.3637107 0 36.328683 136.3638509 0 36.3287302 136.3638266 0</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember></gml:MultiSurface></bldg:lod0RoofEdge>
<bldg:lod1Solid><gml:Solid><gml:exterior><gml:CompositeSurface>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.328683 136.3638509 7.13 36.3286357 136.3637107 7.13 36.3286829 136.3636864 7.13 36.3287302 136.3638266 7.13 36.328683 136.3638509 7.13</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3287302 136.3638266 7.13 36.3286829 136.3636864 7.13 36.3286829 136.3636864 11.35 36.3287302 136.3638266 11.35 36.3287302 136.3638266 7.13</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3286829 136.3636864 7.13 36.3286357 136.3637107 7.13 36.3286357 136.3637107 11.35 36.3286829 136.3636864 11.35 36.3286829 136.3636864 7.13</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3286357 136.3637107 7.13 36.328683 136.3638509 7.13 36.328683 136.3638509 11.35 36.3286357 136.3637107 11.35 36.3286357 136.3637107 7.13</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.328683 136.3638509 7.13 36.3287302 136.3638266 7.13 36.3287302 136.3638266 11.35 36.328683 136.3638509 11.35 36.328683 136.3638509 7.13</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3287302 136.3638266 11.35 36.3286829 136.3636864 11.35 36.3286357 136.3637107 11.35 36.328683 136.3638509 11.35 36.3287302 136.3638266 11.35</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
</gml:CompositeSurface></gml:exterior></gml:Solid></bldg:lod1Solid>
<uro:bldgDataQualityAttribute>
<uro:DataQualityAttribute>
<uro:lod1HeightType codeSpace="../../codelists/DataQualityAttribute_lod1HeightType.xml">2</uro:lod1HeightType>
</uro:DataQualityAttribute>
</uro:bldgDataQualityAttribute>
<uro:bldgDisasterRiskAttribute>
<uro:RiverFloodingRiskAttribute>
<uro:description codeSpace="../../codelists/RiverFloodingRiskAttribute_description.xml">3</uro:description>
<uro:rank codeSpace="../../codelists/RiverFloodingRiskAttribute_rank.xml">2</uro:rank>
<uro:depth uom="m">1.123</uro:depth>
<uro:adminType codeSpace="../../codelists/RiverFloodingRiskAttribute_adminType.xml">2</uro:adminType>
<uro:scale codeSpace="../../codelists/RiverFloodingRiskAttribute_scale.xml">1</uro:scale>
<uro:duration uom="hour">16.13</uro:duration>
</uro:RiverFloodingRiskAttribute>
</uro:bldgDisasterRiskAttribute>
<uro:bldgDisasterRiskAttribute>
<uro:RiverFloodingRiskAttribute>
<uro:description codeSpace="../../codelists/RiverFloodingRiskAttribute_description.xml">3</uro:description>
<uro:rank codeSpace="../../codelists/RiverFloodingRiskAttribute_rank.xml">2</uro:rank>
<uro:depth uom="m">2.614</uro:depth>
<uro:adminType codeSpace="../../codelists/RiverFloodingRiskAttribute_adminType.xml">2</uro:adminType>
<uro:scale codeSpace="../../codelists/RiverFloodingRiskAttribute_scale.xml">2</uro:scale>
<uro:duration uom="hour">35.85</uro:duration>
</uro:RiverFloodingRiskAttribute>
</uro:bldgDisasterRiskAttribute>
<uro:buildingDetailAttribute>
<uro:BuildingDetailAttribute>
<uro:totalFloorArea uom="m2">74.76</uro:totalFloorArea>
<uro:buildingFootprintArea uom="m2">77.43</uro:buildingFootprintArea>
<uro:buildingStructureType codeSpace="../../codelists/Building_buildingStructureType.xml">601</uro:buildingStructureType>
<uro:surveyYear>2021</uro:surveyYear>
</uro:BuildingDetailAttribute>
</uro:buildingDetailAttribute>
<uro:buildingIDAttribute>
<uro:BuildingIDAttribute>
<uro:buildingID>17206-bldg-1094</uro:buildingID>
<uro:prefecture codeSpace="../../codelists/Common_localPublicAuthorities.xml">17</uro:prefecture>
<uro:city codeSpace="../../codelists/Common_localPublicAuthorities.xml">17206</uro:city>
</uro:BuildingIDAttribute>
</uro:buildingIDAttribute>
</bldg:Building>
</core:cityObjectMember>
<core:cityObjectMember>
<bldg:Building gml:id="bldg_12773fab-46ef-46ab-8ccc-80d555436e76">
<core:creationDate>2025-03-21</core:creationDate>
<bldg:class codeSpace="../../codelists/Building_class.xml">3001</bldg:class>
<bldg:usage codeSpace="../../codelists/Building_usage.xml">451</bldg:usage>
<bldg:yearOfConstruction>1991</bldg:yearOfConstruction>
<bldg:measuredHeight uom="m">5.2</bldg:measuredHeight>
<bldg:storeysAboveGround>1</bldg:storeysAboveGround>
<bldg:lod0RoofEdge><gml:MultiSurface><gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3296697 136.3665329 0 36.3296196 136.3663846 0 36.329543 136.366424 0 36.329593 136.3665723 0 36.3296697 136.3665329 0</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember></gml:MultiSurface></bldg:lod0RoofEdge>
<bldg:lod1Solid><gml:Solid><gml:exterior><gml:CompositeSurface>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.329593 136.3665723 8.17 36.329543 136.366424 8.17 36.3296196 136.3663846 8.17 36.3296697 136.3665329 8.17 36.329593 136.3665723 8.17</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3296697 136.3665329 8.17 36.3296196 136.3663846 8.17 36.3296196 136.3663846 12.58 36.3296697 136.3665329 12.58 36.3296697 136.3665329 8.17</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3296196 136.3663846 8.17 36.329543 136.366424 8.17 36.329543 136.366424 12.58 36.3296196 136.3663846 12.58 36.3296196 136.3663846 8.17</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.329543 136.366424 8.17 36.329593 136.3665723 8.17 36.329593 136.3665723 12.58 36.329543 136.366424 12.58 36.329543 136.366424 8.17</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.329593 136.3665723 8.17 36.3296697 136.3665329 8.17 36.3296697 136.3665329 12.58 36.329593 136.3665723 12.58 36.329593 136.3665723 8.17</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3296697 136.3665329 12.58 36.3296196 136.3663846 12.58 36.329543 136.366424 12.58 36.329593 136.3665723 12.58 36.3296697 136.3665329 12.58</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
</gml:CompositeSurface></gml:exterior></gml:Solid></bldg:lod1Solid>
<uro:bldgDataQualityAttribute>
<uro:DataQualityAttribute>
<uro:lod1HeightType codeSpace="../../codelists/DataQualityAttribute_lod1HeightType.xml">2</uro:lod1HeightType>
</uro:DataQualityAttribute>
</uro:bldgDataQualityAttribute>
<uro:bldgDisasterRiskAttribute>
<uro:RiverFloodingRiskAttribute>
<uro:description codeSpace="../../codelists/RiverFloodingRiskAttribute_description.xml">3</uro:description>
<uro:rank codeSpace="../../codelists/RiverFloodingRiskAttribute_rank.xml">2</uro:rank>
<uro:depth uom="m">0.559</uro:depth>
<uro:adminType codeSpace="../../codelists/RiverFloodingRiskAttribute_adminType.xml">2</uro:adminType>
<uro:scale codeSpace="../../codelists/RiverFloodingRiskAttribute_scale.xml">2</uro:scale>
<uro:duration uom="hour">8.54</uro:duration>
</uro:RiverFloodingRiskAttribute>
</uro:bldgDisasterRiskAttribute>
<uro:buildingDetailAttribute>
<uro:BuildingDetailAttribute>
<uro:totalFloorArea uom="m2">126.84</uro:totalFloorArea>
<uro:buildingFootprintArea uom="m2">132.92</uro:buildingFootprintArea>
<uro:buildingStructureType codeSpace="../../codelists/Building_buildingStructureType.xml">604</uro:buildingStructureType>
<uro:surveyYear>2021</uro:surveyYear>
</uro:BuildingDetailAttribute>
</uro:buildingDetailAttribute>
<uro:buildingIDAttribute>
<uro:BuildingIDAttribute>
<uro:buildingID>17206-bldg-1095</uro:buildingID>
<uro:prefecture codeSpace="../../codelists/Common_localPublicAuthorities.xml">17</uro:prefecture>
<uro:city codeSpace="../../codelists/Common_localPublicAuthorities.xml">17206</uro:city>
</uro:BuildingIDAttribute>
</uro:buildingIDAttribute>
</bldg:Building>
</core:cityObjectMember>
<core:cityObjectMember>
<bldg:Building gml:id="bldg_7befdbe7-0176-4d9f-9dad-825a8c1722ed">
<core:creationDate>2025-03-21</core:creationDate>
<bldg:class codeSpace="../../codelists/Building_class.xml">3001</bldg:class>
<bldg:usage codeSpace="../../codelists/Building_usage.xml">411</bldg:usage>
<bldg:yearOfConstruction>1988</bldg:yearOfConstruction>
<bldg:measuredHeight uom="m">8</bldg:measuredHeight>
<bldg:storeysAboveGround>2</bldg:storeysAboveGround>
<bldg:lod0RoofEdge><gml:MultiSurface><gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3305178 136.3685704 0 36.3305685 136.3687209 0 36.3306573 136.3686752 0 36.3306065 136.3685247 0 36.3305178 136.3685704 0</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember></gml:MultiSurface></bldg:lod0RoofEdge>
<bldg:lod1Solid><gml:Solid><gml:exterior><gml:CompositeSurface>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3306065 136.3685247 7.83 36.3306573 136.3686752 7.83 36.3305685 136.3687209 7.83 36.3305178 136.3685704 7.83 36.3306065 136.3685247 7.83</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3305178 136.3685704 7.83 36.3305685 136.3687209 7.83 36.3305685 136.3687209 14.73 36.3305178 136.3685704 14.73 36.3305178 136.3685704 7.83</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3305685 136.3687209 7.83 36.3306573 136.3686752 7.83 36.3306573 136.3686752 14.73 36.3305685 136.3687209 14.73 36.3305685 136.3687209 7.83</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3306573 136.3686752 7.83 36.3306065 136.3685247 7.83 36.3306065 136.3685247 14.73 36.3306573 136.3686752 14.73 36.3306573 136.3686752 7.83</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3306065 136.3685247 7.83 36.3305178 136.3685704 7.83 36.3305178 136.3685704 14.73 36.3306065 136.3685247 14.73 36.3306065 136.3685247 7.83</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3305178 136.3685704 14.73 36.3305685 136.3687209 14.73 36.3306573 136.3686752 14.73 36.3306065 136.3685247 14.73 36.3305178 136.3685704 14.73</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
</gml:CompositeSurface></gml:exterior></gml:Solid></bldg:lod1Solid>
<uro:bldgDataQualityAttribute>
<uro:DataQualityAttribute>
<uro:lod1HeightType codeSpace="../../codelists/DataQualityAttribute_lod1HeightType.xml">2</uro:lod1HeightType>
</uro:DataQualityAttribute>
</uro:bldgDataQualityAttribute>
<uro:buildingDetailAttribute>
<uro:BuildingDetailAttribute>
<uro:totalFloorArea uom="m2">301.14</uro:totalFloorArea>
<uro:buildingFootprintArea uom="m2">156.18</uro:buildingFootprintArea>
<uro:buildingStructureType codeSpace="../../codelists/Building_buildingStructureType.xml">601</uro:buildingStructureType>
<uro:surveyYear>2021</uro:surveyYear>
</uro:BuildingDetailAttribute>
</uro:buildingDetailAttribute>
<uro:buildingIDAttribute>
<uro:BuildingIDAttribute>
<uro:buildingID>17206-bldg-1096</uro:buildingID>
<uro:prefecture codeSpace="../../codelists/Common_localPublicAuthorities.xml">17</uro:prefecture>
<uro:city codeSpace="../../codelists/Common_localPublicAuthorities.xml">17206</uro:city>
</uro:BuildingIDAttribute>
</uro:buildingIDAttribute>
</bldg:Building>
</core:cityObjectMember>
<core:cityObjectMember>
<bldg:Building gml:id="bldg_504180b3-b47c-4c07-928e-c6520b372a93">
<core:creationDate>2025-03-21</core:creationDate>
<bldg:class codeSpace="../../codelists/Building_class.xml">3001</bldg:class>
<bldg:usage codeSpace="../../codelists/Building_usage.xml">411</bldg:usage>
<bldg:yearOfConstruction>1981</bldg:yearOfConstruction>
<bldg:measuredHeight uom="m">8.1</bldg:measuredHeight>
<bldg:storeysAboveGround>2</bldg:storeysAboveGround>
<bldg:lod0RoofEdge><gml:MultiSurface><gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3303754 136.3686047 0 36.3303214 136.3684446 0 36.33022 136.3684968 0 36.330274 136.3686569 0 36.3303754 136.3686047 0</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember></gml:MultiSurface></bldg:lod0RoofEdge>
<bldg:lod1Solid><gml:Solid><gml:exterior><gml:CompositeSurface>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.330274 136.3686569 7.8 36.33022 136.3684968 7.8 36.3303214 136.3684446 7.8 36.3303754 136.3686047 7.8 36.330274 136.3686569 7.8</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3303754 136.3686047 7.8 36.3303214 136.3684446 7.8 36.3303214 136.3684446 14.63 36.3303754 136.3686047 14.63 36.3303754 136.3686047 7.8</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3303214 136.3684446 7.8 36.33022 136.3684968 7.8 36.33022 136.3684968 14.63 36.3303214 136.3684446 14.63 36.3303214 136.3684446 7.8</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.33022 136.3684968 7.8 36.330274 136.3686569 7.8 36.330274 136.3686569 14.63 36.33022 136.3684968 14.63 36.33022 136.3684968 7.8</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.330274 136.3686569 7.8 36.3303754 136.3686047 7.8 36.3303754 136.3686047 14.63 36.330274 136.3686569 14.63 36.330274 136.3686569 7.8</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3303754 136.3686047 14.63 36.3303214 136.3684446 14.63 36.33022 136.3684968 14.63 36.330274 136.3686569 14.63 36.3303754 136.3686047 14.63</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
</gml:CompositeSurface></gml:exterior></gml:Solid></bldg:lod1Solid>
<uro:bldgDataQualityAttribute>
<uro:DataQualityAttribute>
<uro:lod1HeightType codeSpace="../../codelists/DataQualityAttribute_lod1HeightType.xml">2</uro:lod1HeightType>
</uro:DataQualityAttribute>
</uro:bldgDataQualityAttribute>
<uro:buildingDetailAttribute>
<uro:BuildingDetailAttribute>
<uro:totalFloorArea uom="m2">317.65</uro:totalFloorArea>
<uro:buildingFootprintArea uom="m2">189.78</uro:buildingFootprintArea>
<uro:buildingStructureType codeSpace="../../codelists/Building_buildingStructureType.xml">603</uro:buildingStructureType>
<uro:surveyYear>2021</uro:surveyYear>
</uro:BuildingDetailAttribute>
</uro:buildingDetailAttribute>
<uro:buildingIDAttribute>
<uro:BuildingIDAttribute>
<uro:buildingID>17206-bldg-1097</uro:buildingID>
<uro:prefecture codeSpace="../../codelists/Common_localPublicAuthorities.xml">17</uro:prefecture>
<uro:city codeSpace="../../codelists/Common_localPublicAuthorities.xml">17206</uro:city>
</uro:BuildingIDAttribute>
</uro:buildingIDAttribute>
</bldg:Building>
</core:cityObjectMember>
<core:cityObjectMember>
<bldg:Building gml:id="bldg_ab5bd59a-8bd4-4fa2-a4dc-9c3336e1b745">
<core:creationDate>2025-03-21</core:creationDate>
<bldg:class codeSpace="../../codelists/Building_class.xml">3001</bldg:class>
<bldg:usage codeSpace="../../codelists/Building_usage.xml">451</bldg:usage>
<bldg:yearOfConstruction>2011</bldg:yearOfConstruction>
<bldg:measuredHeight uom="m">5.5</bldg:measuredHeight>
<bldg:storeysAboveGround>1</bldg:storeysAboveGround>
<bldg:lod0RoofEdge><gml:MultiSurface><gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3301865 136.3686245 0 36.3301548 136.3685304 0 36.3301042 136.3685564 0 36.330136 136.3686505 0 36.3301865 136.3686245 0</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember></gml:MultiSurface></bldg:lod0RoofEdge>
<bldg:lod1Solid><gml:Solid><gml:exterior><gml:CompositeSurface>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.330136 136.3686505 7.84 36.3301042 136.3685564 7.84 36.3301548 136.3685304 7.84 36.3301865 136.3686245 7.84 36.330136 136.3686505 7.84</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3301865 136.3686245 7.84 36.3301548 136.3685304 7.84 36.3301548 136.3685304 12.79 36.3301865 136.3686245 12.79 36.3301865 136.3686245 7.84</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3301548 136.3685304 7.84 36.3301042 136.3685564 7.84 36.3301042 136.3685564 12.79 36.3301548 136.3685304 12.79 36.3301548 136.3685304 7.84</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3301042 136.3685564 7.84 36.330136 136.3686505 7.84 36.330136 136.3686505 12.79 36.3301042 136.3685564 12.79 36.3301042 136.3685564 7.84</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.330136 136.3686505 7.84 36.3301865 136.3686245 7.84 36.3301865 136.3686245 12.79 36.330136 136.3686505 12.79 36.330136 136.3686505 7.84</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3301865 136.3686245 12.79 36.3301548 136.3685304 12.79 36.3301042 136.3685564 12.79 36.330136 136.3686505 12.79 36.3301865 136.3686245 12.79</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
</gml:CompositeSurface></gml:exterior></gml:Solid></bldg:lod1Solid>
<uro:bldgDataQualityAttribute>
<uro:DataQualityAttribute>
<uro:lod1HeightType codeSpace="../../codelists/DataQualityAttribute_lod1HeightType.xml">2</uro:lod1HeightType>
</uro:DataQualityAttribute>
</uro:bldgDataQualityAttribute>
<uro:buildingDetailAttribute>
<uro:BuildingDetailAttribute>
<uro:totalFloorArea uom="m2">47.51</uro:totalFloorArea>
<uro:buildingFootprintArea uom="m2">55.59</uro:buildingFootprintArea>
<uro:buildingStructureType codeSpace="../../codelists/Building_buildingStructureType.xml">601</uro:buildingStructureType>
<uro:surveyYear>2021</uro:surveyYear>
</uro:BuildingDetailAttribute>
</uro:buildingDetailAttribute>
<uro:buildingIDAttribute>
<uro:BuildingIDAttribute>
<uro:buildingID>17206-bldg-1098</uro:buildingID>
<uro:prefecture codeSpace="../../codelists/Common_localPublicAuthorities.xml">17</uro:prefecture>
<uro:city codeSpace="../../codelists/Common_localPublicAuthorities.xml">17206</uro:city>
</uro:BuildingIDAttribute>
</uro:buildingIDAttribute>
</bldg:Building>
</core:cityObjectMember>
<core:cityObjectMember>
<bldg:Building gml:id="bldg_7b92c255-1a6c-4bcc-a363-f40d96f45fed">
<core:creationDate>2025-03-21</core:creationDate>
<bldg:class codeSpace="../../codelists/Building_class.xml">3001</bldg:class>
<bldg:usage codeSpace="../../codelists/Building_usage.xml">454</bldg:usage>
<bldg:yearOfConstruction>2002</bldg:yearOfConstruction>
<bldg:measuredHeight uom="m">2.9</bldg:measuredHeight>
<bldg:storeysAboveGround>1</bldg:storeysAboveGround>
<bldg:lod0RoofEdge><gml:MultiSurface><gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3302615 136.3686633 0 36.3302462 136.3686178 0 36.3302102 136.3686363 0 36.3302255 136.3686819 0 36.3302615 136.3686633 0</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember></gml:MultiSurface></bldg:lod0RoofEdge>
<bldg:lod1Solid><gml:Solid><gml:exterior><gml:CompositeSurface>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3302255 136.3686819 7.87 36.3302102 136.3686363 7.87 36.3302462 136.3686178 7.87 36.3302615 136.3686633 7.87 36.3302255 136.3686819 7.87</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3302615 136.3686633 7.87 36.3302462 136.3686178 7.87 36.3302462 136.3686178 10.6 36.3302615 136.3686633 10.6 36.3302615 136.3686633 7.87</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3302462 136.3686178 7.87 36.3302102 136.3686363 7.87 36.3302102 136.3686363 10.6 36.3302462 136.3686178 10.6 36.3302462 136.3686178 7.87</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3302102 136.3686363 7.87 36.3302255 136.3686819 7.87 36.3302255 136.3686819 10.6 36.3302102 136.3686363 10.6 36.3302102 136.3686363 7.87</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3302255 136.3686819 7.87 36.3302615 136.3686633 7.87 36.3302615 136.3686633 10.6 36.3302255 136.3686819 10.6 36.3302255 136.3686819 7.87</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3302615 136.3686633 10.6 36.3302462 136.3686178 10.6 36.3302102 136.3686363 10.6 36.3302255 136.3686819 10.6 36.3302615 136.3686633 10.6</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
</gml:CompositeSurface></gml:exterior></gml:Solid></bldg:lod1Solid>
<uro:bldgDataQualityAttribute>
<uro:DataQualityAttribute>
<uro:lod1HeightType codeSpace="../../codelists/DataQualityAttribute_lod1HeightType.xml">2</uro:lod1HeightType>
</uro:DataQualityAttribute>
</uro:bldgDataQualityAttribute>
<uro:buildingDetailAttribute>
<uro:BuildingDetailAttribute>
<uro:totalFloorArea uom="m2">18.02</uro:totalFloorArea>
<uro:buildingFootprintArea uom="m2">19.19</uro:buildingFootprintArea>
<uro:buildingStructureType codeSpace="../../codelists/Building_buildingStructureType.xml">611</uro:buildingStructureType>
<uro:surveyYear>2021</uro:surveyYear>
</uro:BuildingDetailAttribute>
</uro:buildingDetailAttribute>
<uro:buildingIDAttribute>
<uro:BuildingIDAttribute>
<uro:buildingID>17206-bldg-1099</uro:buildingID>
<uro:prefecture codeSpace="../../codelists/Common_localPublicAuthorities.xml">17</uro:prefecture>
<uro:city codeSpace="../../codelists/Common_localPublicAuthorities.xml">17206</uro:city>
</uro:BuildingIDAttribute>
</uro:buildingIDAttribute>
</bldg:Building>
</core:cityObjectMember>
<core:cityObjectMember>
<bldg:Building gml:id="bldg_bc2706cd-dd31-42df-b3c4-99b0c791c520">
<core:creationDate>2025-03-21</core:creationDate>
<bldg:class codeSpace="../../codelists/Building_class.xml">3001</bldg:class>
<bldg:usage codeSpace="../../codelists/Building_usage.xml">451</bldg:usage>
<bldg:yearOfConstruction>2022</bldg:yearOfConstruction>
<bldg:measuredHeight uom="m">5.7</bldg:measuredHeight>
<bldg:storeysAboveGround>1</bldg:storeysAboveGround>
<bldg:lod0RoofEdge><gml:MultiSurface><gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3304497 136.3688816 0 36.3304251 136.3688086 0 36.3303661 136.3688389 0 36.3303907 136.368912 0 36.3304497 136.3688816 0</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember></gml:MultiSurface></bldg:lod0RoofEdge>
<bldg:lod1Solid><gml:Solid><gml:exterior><gml:CompositeSurface>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3303907 136.368912 7.97 36.3303661 136.3688389 7.97 36.3304251 136.3688086 7.97 36.3304497 136.3688816 7.97 36.3303907 136.368912 7.97</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3304497 136.3688816 7.97 36.3304251 136.3688086 7.97 36.3304251 136.3688086 13.01 36.3304497 136.3688816 13.01 36.3304497 136.3688816 7.97</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3304251 136.3688086 7.97 36.3303661 136.3688389 7.97 36.3303661 136.3688389 13.01 36.3304251 136.3688086 13.01 36.3304251 136.3688086 7.97</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3303661 136.3688389 7.97 36.3303907 136.368912 7.97 36.3303907 136.368912 13.01 36.3303661 136.3688389 13.01 36.3303661 136.3688389 7.97</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3303907 136.368912 7.97 36.3304497 136.3688816 7.97 36.3304497 136.3688816 13.01 36.3303907 136.368912 13.01 36.3303907 136.368912 7.97</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3304497 136.3688816 13.01 36.3304251 136.3688086 13.01 36.3303661 136.3688389 13.01 36.3303907 136.368912 13.01 36.3304497 136.3688816 13.01</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
</gml:CompositeSurface></gml:exterior></gml:Solid></bldg:lod1Solid>
<uro:bldgDataQualityAttribute>
<uro:DataQualityAttribute>
<uro:lod1HeightType codeSpace="../../codelists/DataQualityAttribute_lod1HeightType.xml">2</uro:lod1HeightType>
</uro:DataQualityAttribute>
</uro:bldgDataQualityAttribute>
<uro:buildingDetailAttribute>
<uro:BuildingDetailAttribute>
<uro:totalFloorArea uom="m2">47.37</uro:totalFloorArea>
<uro:buildingFootprintArea uom="m2">50.37</uro:buildingFootprintArea>
<uro:buildingStructureType codeSpace="../../codelists/Building_buildingStructureType.xml">604</uro:buildingStructureType>
<uro:surveyYear>2021</uro:surveyYear>
</uro:BuildingDetailAttribute>
</uro:buildingDetailAttribute>
<uro:buildingIDAttribute>
<uro:BuildingIDAttribute>
<uro:buildingID>17206-bldg-1100</uro:buildingID>
<uro:prefecture codeSpace="../../codelists/Common_localPublicAuthorities.xml">17</uro:prefecture>
<uro:city codeSpace="../../codelists/Common_localPublicAuthorities.xml">17206</uro:city>
</uro:BuildingIDAttribute>
</uro:buildingIDAttribute>
</bldg:Building>
</core:cityObjectMember>
<core:cityObjectMember>
<bldg:Building gml:id="bldg_6c2736ac-373c-4d95-8b0b-f5f3770120f2">
<core:creationDate>2025-03-21</core:creationDate>
<bldg:class codeSpace="../../codelists/Building_class.xml">3001</bldg:class>
<bldg:usage codeSpace="../../codelists/Building_usage.xml">411</bldg:usage>
<bldg:yearOfConstruction>2005</bldg:yearOfConstruction>
<bldg:measuredHeight uom="m">6</bldg:measuredHeight>
<bldg:storeysAboveGround>1</bldg:storeysAboveGround>
<bldg:lod0RoofEdge><gml:MultiSurface><gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.330815 136.3693555 0 36.3308666 136.3695087 0 36.330961 136.3694602 0 36.3309093 136.3693069 0 36.330815 136.3693555 0</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember></gml:MultiSurface></bldg:lod0RoofEdge>
<bldg:lod1Solid><gml:Solid><gml:exterior><gml:CompositeSurface>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3309093 136.3693069 7.93 36.330961 136.3694602 7.93 36.3308666 136.3695087 7.93 36.330815 136.3693555 7.93 36.3309093 136.3693069 7.93</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.330815 136.3693555 7.93 36.3308666 136.3695087 7.93 36.3308666 136.3695087 12.71 36.330815 136.3693555 12.71 36.330815 136.3693555 7.93</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3308666 136.3695087 7.93 36.330961 136.3694602 7.93 36.330961 136.3694602 12.71 36.3308666 136.3695087 12.71 36.3308666 136.3695087 7.93</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.330961 136.3694602 7.93 36.3309093 136.3693069 7.93 36.3309093 136.3693069 12.71 36.330961 136.3694602 12.71 36.330961 136.3694602 7.93</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3309093 136.3693069 7.93 36.330815 136.3693555 7.93 36.330815 136.3693555 12.71 36.3309093 136.3693069 12.71 36.3309093 136.3693069 7.93</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.330815 136.3693555 12.71 36.3308666 136.3695087 12.71 36.330961 136.3694602 12.71 36.3309093 136.3693069 12.71 36.330815 136.3693555 12.71</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
</gml:CompositeSurface></gml:exterior></gml:Solid></bldg:lod1Solid>
<uro:bldgDataQualityAttribute>
<uro:DataQualityAttribute>
<uro:lod1HeightType codeSpace="../../codelists/DataQualityAttribute_lod1HeightType.xml">2</uro:lod1HeightType>
</uro:DataQualityAttribute>
</uro:bldgDataQualityAttribute>
<uro:buildingDetailAttribute>
<uro:BuildingDetailAttribute>
<uro:totalFloorArea uom="m2">159.96</uro:totalFloorArea>
<uro:buildingFootprintArea uom="m2">169.03</uro:buildingFootprintArea>
<uro:buildingStructureType codeSpace="../../codelists/Building_buildingStructureType.xml">601</uro:buildingStructureType>
<uro:surveyYear>2021</uro:surveyYear>
</uro:BuildingDetailAttribute>
</uro:buildingDetailAttribute>
<uro:buildingIDAttribute>
<uro:BuildingIDAttribute>
<uro:buildingID>17206-bldg-1101</uro:buildingID>
<uro:prefecture codeSpace="../../codelists/Common_localPublicAuthorities.xml">17</uro:prefecture>
<uro:city codeSpace="../../codelists/Common_localPublicAuthorities.xml">17206</uro:city>
</uro:BuildingIDAttribute>
</uro:buildingIDAttribute>
</bldg:Building>
</core:cityObjectMember>
<core:cityObjectMember>
<bldg:Building gml:id="bldg_87ceeec4-5661-4dd5-8f90-9f883ca75491">
<core:creationDate>2025-03-21</core:creationDate>
<bldg:class codeSpace="../../codelists/Building_class.xml">3001</bldg:class>
<bldg:usage codeSpace="../../codelists/Building_usage.xml">411</bldg:usage>
<bldg:yearOfConstruction>1965</bldg:yearOfConstruction>
<bldg:measuredHeight uom="m">5.7</bldg:measuredHeight>
<bldg:storeysAboveGround>1</bldg:storeysAboveGround>
<bldg:lod0RoofEdge><gml:MultiSurface><gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3308821 136.369557 0 36.3309357 136.3697159 0 36.3310353 136.3696646 0 36.3309818 136.3695057 0 36.3308821 136.369557 0</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember></gml:MultiSurface></bldg:lod0RoofEdge>
<bldg:lod1Solid><gml:Solid><gml:exterior><gml:CompositeSurface>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3309818 136.3695057 7.88 36.3310353 136.3696646 7.88 36.3309357 136.3697159 7.88 36.3308821 136.369557 7.88 36.3309818 136.3695057 7.88</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3308821 136.369557 7.88 36.3309357 136.3697159 7.88 36.3309357 136.3697159 12.35 36.3308821 136.369557 12.35 36.3308821 136.369557 7.88</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3309357 136.3697159 7.88 36.3310353 136.3696646 7.88 36.3310353 136.3696646 12.35 36.3309357 136.3697159 12.35 36.3309357 136.3697159 7.88</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3310353 136.3696646 7.88 36.3309818 136.3695057 7.88 36.3309818 136.3695057 12.35 36.3310353 136.3696646 12.35 36.3310353 136.3696646 7.88</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3309818 136.3695057 7.88 36.3308821 136.369557 7.88 36.3308821 136.369557 12.35 36.3309818 136.3695057 12.35 36.3309818 136.3695057 7.88</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3308821 136.369557 12.35 36.3309357 136.3697159 12.35 36.3310353 136.3696646 12.35 36.3309818 136.3695057 12.35 36.3308821 136.369557 12.35</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
</gml:CompositeSurface></gml:exterior></gml:Solid></bldg:lod1Solid>
<uro:bldgDataQualityAttribute>
<uro:DataQualityAttribute>
<uro:lod1HeightType codeSpace="../../codelists/DataQualityAttribute_lod1HeightType.xml">2</uro:lod1HeightType>
</uro:DataQualityAttribute>
</uro:bldgDataQualityAttribute>
<uro:buildingDetailAttribute>
<uro:BuildingDetailAttribute>
<uro:totalFloorArea uom="m2">154.57</uro:totalFloorArea>
<uro:buildingFootprintArea uom="m2">185.08</uro:buildingFootprintArea>
<uro:buildingStructureType codeSpace="../../codelists/Building_buildingStructureType.xml">601</uro:buildingStructureType>
<uro:surveyYear>2021</uro:surveyYear>
</uro:BuildingDetailAttribute>
</uro:buildingDetailAttribute>
<uro:buildingIDAttribute>
<uro:BuildingIDAttribute>
<uro:buildingID>17206-bldg-1102</uro:buildingID>
<uro:prefecture codeSpace="../../codelists/Common_localPublicAuthorities.xml">17</uro:prefecture>
<uro:city codeSpace="../../codelists/Common_localPublicAuthorities.xml">17206</uro:city>
</uro:BuildingIDAttribute>
</uro:buildingIDAttribute>
</bldg:Building>
</core:cityObjectMember>
<core:cityObjectMember>
<bldg:Building gml:id="bldg_9fb5e4a7-9154-442b-befe-9572bbea1e1e">
<core:creationDate>2025-03-21</core:creationDate>
<bldg:class codeSpace="../../codelists/Building_class.xml">3001</bldg:class>
<bldg:usage codeSpace="../../codelists/Building_usage.xml">411</bldg:usage>
<bldg:yearOfConstruction>1975</bldg:yearOfConstruction>
<bldg:measuredHeight uom="m">5.4</bldg:measuredHeight>
<bldg:storeysAboveGround>1</bldg:storeysAboveGround>
<bldg:lod0RoofEdge><gml:MultiSurface><gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3310619 136.3694645 0 36.3311125 136.3696144 0 36.3312028 136.3695679 0 36.3311523 136.369418 0 36.3310619 136.3694645 0</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember></gml:MultiSurface></bldg:lod0RoofEdge>
<bldg:lod1Solid><gml:Solid><gml:exterior><gml:CompositeSurface>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3311523 136.369418 7.86 36.3312028 136.3695679 7.86 36.3311125 136.3696144 7.86 36.3310619 136.3694645 7.86 36.3311523 136.369418 7.86</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3310619 136.3694645 7.86 36.3311125 136.3696144 7.86 36.3311125 136.3696144 12.08 36.3310619 136.3694645 12.08 36.3310619 136.3694645 7.86</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3311125 136.3696144 7.86 36.3312028 136.3695679 7.86 36.3312028 136.3695679 12.08 36.3311125 136.3696144 12.08 36.3311125 136.3696144 7.86</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3312028 136.3695679 7.86 36.3311523 136.369418 7.86 36.3311523 136.369418 12.08 36.3312028 136.3695679 12.08 36.3312028 136.3695679 7.86</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3311523 136.369418 7.86 36.3310619 136.3694645 7.86 36.3310619 136.3694645 12.08 36.3311523 136.369418 12.08 36.3311523 136.369418 7.86</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3310619 136.3694645 12.08 36.3311125 136.3696144 12.08 36.3312028 136.3695679 12.08 36.3311523 136.369418 12.08 36.3310619 136.3694645 12.08</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
</gml:CompositeSurface></gml:exterior></gml:Solid></bldg:lod1Solid>
<uro:bldgDataQualityAttribute>
<uro:DataQualityAttribute>
<uro:lod1HeightType codeSpace="../../codelists/DataQualityAttribute_lod1HeightType.xml">2</uro:lod1HeightType>
</uro:DataQualityAttribute>
</uro:bldgDataQualityAttribute>
<uro:buildingDetailAttribute>
<uro:BuildingDetailAttribute>
<uro:totalFloorArea uom="m2">148.1</uro:totalFloorArea>
<uro:buildingFootprintArea uom="m2">158.43</uro:buildingFootprintArea>
<uro:buildingStructureType codeSpace="../../codelists/Building_buildingStructureType.xml">601</uro:buildingStructureType>
<uro:surveyYear>2021</uro:surveyYear>
</uro:BuildingDetailAttribute>
</uro:buildingDetailAttribute>
<uro:buildingIDAttribute>
<uro:BuildingIDAttribute>
<uro:buildingID>17206-bldg-1103</uro:buildingID>
<uro:prefecture codeSpace="../../codelists/Common_localPublicAuthorities.xml">17</uro:prefecture>
<uro:city codeSpace="../../codelists/Common_localPublicAuthorities.xml">17206</uro:city>
</uro:BuildingIDAttribute>
</uro:buildingIDAttribute>
</bldg:Building>
</core:cityObjectMember>
<core:cityObjectMember>
<bldg:Building gml:id="bldg_499c2656-00e8-4a59-aa0e-2d00d03d27d3">
<core:creationDate>2025-03-21</core:creationDate>
<bldg:class codeSpace="../../codelists/Building_class.xml">3001</bldg:class>
<bldg:usage codeSpace="../../codelists/Building_usage.xml">411</bldg:usage>
<bldg:yearOfConstruction>2021</bldg:yearOfConstruction>
<bldg:measuredHeight uom="m">7.5</bldg:measuredHeight>
<bldg:storeysAboveGround>2</bldg:storeysAboveGround>
<bldg:lod0RoofEdge><gml:MultiSurface><gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3309453 136.3698067 0 36.3309738 136.3698912 0 36.3310418 136.3698562 0 36.3310133 136.3697717 0 36.3309453 136.3698067 0</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember></gml:MultiSurface></bldg:lod0RoofEdge>
<bldg:lod1Solid><gml:Solid><gml:exterior><gml:CompositeSurface>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3310133 136.3697717 7.83 36.3310418 136.3698562 7.83 36.3309738 136.3698912 7.83 36.3309453 136.3698067 7.83 36.3310133 136.3697717 7.83</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3309453 136.3698067 7.83 36.3309738 136.3698912 7.83 36.3309738 136.3698912 14.44 36.3309453 136.3698067 14.44 36.3309453 136.3698067 7.83</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3309738 136.3698912 7.83 36.3310418 136.3698562 7.83 36.3310418 136.3698562 14.44 36.3309738 136.3698912 14.44 36.3309738 136.3698912 7.83</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3310418 136.3698562 7.83 36.3310133 136.3697717 7.83 36.3310133 136.3697717 14.44 36.3310418 136.3698562 14.44 36.3310418 136.3698562 7.83</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3310133 136.3697717 7.83 36.3309453 136.3698067 7.83 36.3309453 136.3698067 14.44 36.3310133 136.3697717 14.44 36.3310133 136.3697717 7.83</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3309453 136.3698067 14.44 36.3309738 136.3698912 14.44 36.3310418 136.3698562 14.44 36.3310133 136.3697717 14.44 36.3309453 136.3698067 14.44</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
</gml:CompositeSurface></gml:exterior></gml:Solid></bldg:lod1Solid>
<uro:bldgDataQualityAttribute>
<uro:DataQualityAttribute>
<uro:lod1HeightType codeSpace="../../codelists/DataQualityAttribute_lod1HeightType.xml">2</uro:lod1HeightType>
</uro:DataQualityAttribute>
</uro:bldgDataQualityAttribute>
<uro:buildingDetailAttribute>
<uro:BuildingDetailAttribute>
<uro:totalFloorArea uom="m2">119.03</uro:totalFloorArea>
<uro:buildingFootprintArea uom="m2">67.25</uro:buildingFootprintArea>
<uro:buildingStructureType codeSpace="../../codelists/Building_buildingStructureType.xml">601</uro:buildingStructureType>
<uro:surveyYear>2021</uro:surveyYear>
</uro:BuildingDetailAttribute>
</uro:buildingDetailAttribute>
<uro:buildingIDAttribute>
<uro:BuildingIDAttribute>
<uro:buildingID>17206-bldg-1104</uro:buildingID>
<uro:prefecture codeSpace="../../codelists/Common_localPublicAuthorities.xml">17</uro:prefecture>
<uro:city codeSpace="../../codelists/Common_localPublicAuthorities.xml">17206</uro:city>
</uro:BuildingIDAttribute>
</uro:buildingIDAttribute>
</bldg:Building>
</core:cityObjectMember>
<core:cityObjectMember>
<bldg:Building gml:id="bldg_e402c328-b7e6-40d0-b519-f981f9221a3d">
<core:creationDate>2025-03-21</core:creationDate>
<bldg:class codeSpace="../../codelists/Building_class.xml">3001</bldg:class>
<bldg:usage codeSpace="../../codelists/Building_usage.xml">411</bldg:usage>
<bldg:yearOfConstruction>1990</bldg:yearOfConstruction>
<bldg:measuredHeight uom="m">8.3</bldg:measuredHeight>
<bldg:storeysAboveGround>2</bldg:storeysAboveGround>
<bldg:lod0RoofEdge><gml:MultiSurface><gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3310146 136.3699573 0 36.3310586 136.3700875 0 36.3311504 136.3700402 0 36.3311065 136.36991 0 36.3310146 136.3699573 0</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember></gml:MultiSurface></bldg:lod0RoofEdge>
<bldg:lod1Solid><gml:Solid><gml:exterior><gml:CompositeSurface>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3311065 136.36991 7.81 36.3311504 136.3700402 7.81 36.3310586 136.3700875 7.81 36.3310146 136.3699573 7.81 36.3311065 136.36991 7.81</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3310146 136.3699573 7.81 36.3310586 136.3700875 7.81 36.3310586 136.3700875 14.91 36.3310146 136.3699573 14.91 36.3310146 136.3699573 7.81</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3310586 136.3700875 7.81 36.3311504 136.3700402 7.81 36.3311504 136.3700402 14.91 36.3310586 136.3700875 14.91 36.3310586 136.3700875 7.81</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3311504 136.3700402 7.81 36.3311065 136.36991 7.81 36.3311065 136.36991 14.91 36.3311504 136.3700402 14.91 36.3311504 136.3700402 7.81</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3311065 136.36991 7.81 36.3310146 136.3699573 7.81 36.3310146 136.3699573 14.91 36.3311065 136.36991 14.91 36.3311065 136.36991 7.81</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3310146 136.3699573 14.91 36.3310586 136.3700875 14.91 36.3311504 136.3700402 14.91 36.3311065 136.36991 14.91 36.3310146 136.3699573 14.91</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
</gml:CompositeSurface></gml:exterior></gml:Solid></bldg:lod1Solid>
<uro:bldgDataQualityAttribute>
<uro:DataQualityAttribute>
<uro:lod1HeightType codeSpace="../../codelists/DataQualityAttribute_lod1HeightType.xml">2</uro:lod1HeightType>
</uro:DataQualityAttribute>
</uro:bldgDataQualityAttribute>
<uro:buildingDetailAttribute>
<uro:BuildingDetailAttribute>
<uro:totalFloorArea uom="m2">243.52</uro:totalFloorArea>
<uro:buildingFootprintArea uom="m2">139.89</uro:buildingFootprintArea>
<uro:buildingStructureType codeSpace="../../codelists/Building_buildingStructureType.xml">601</uro:buildingStructureType>
<uro:surveyYear>2021</uro:surveyYear>
</uro:BuildingDetailAttribute>
</uro:buildingDetailAttribute>
<uro:buildingIDAttribute>
<uro:BuildingIDAttribute>
<uro:buildingID>17206-bldg-1105</uro:buildingID>
<uro:prefecture codeSpace="../../codelists/Common_localPublicAuthorities.xml">17</uro:prefecture>
<uro:city codeSpace="../../codelists/Common_localPublicAuthorities.xml">17206</uro:city>
</uro:BuildingIDAttribute>
</uro:buildingIDAttribute>
</bldg:Building>
</core:cityObjectMember>
<core:cityObjectMember>
<bldg:Building gml:id="bldg_2088ea78-ba0f-428e-85ff-8a0191deb6d3">
<core:creationDate>2025-03-21</core:creationDate>
<bldg:class codeSpace="../../codelists/Building_class.xml">3001</bldg:class>
<bldg:usage codeSpace="../../codelists/Building_usage.xml">451</bldg:usage>
<bldg:yearOfConstruction>1976</bldg:yearOfConstruction>
<bldg:measuredHeight uom="m">4.8</bldg:measuredHeight>
<bldg:storeysAboveGround>1</bldg:storeysAboveGround>
<bldg:lod0RoofEdge><gml:MultiSurface><gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3311712 136.3698767 0 36.3312057 136.3699791 0 36.331265 136.3699486 0 36.3312305 136.3698462 0 36.3311712 136.3698767 0</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember></gml:MultiSurface></bldg:lod0RoofEdge>
<bldg:lod1Solid><gml:Solid><gml:exterior><gml:CompositeSurface>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3312305 136.3698462 7.76 36.331265 136.3699486 7.76 36.3312057 136.3699791 7.76 36.3311712 136.3698767 7.76 36.3312305 136.3698462 7.76</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3311712 136.3698767 7.76 36.3312057 136.3699791 7.76 36.3312057 136.3699791 11.95 36.3311712 136.3698767 11.95 36.3311712 136.3698767 7.76</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3312057 136.3699791 7.76 36.331265 136.3699486 7.76 36.331265 136.3699486 11.95 36.3312057 136.3699791 11.95 36.3312057 136.3699791 7.76</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.331265 136.3699486 7.76 36.3312305 136.3698462 7.76 36.3312305 136.3698462 11.95 36.331265 136.3699486 11.95 36.331265 136.3699486 7.76</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3312305 136.3698462 7.76 36.3311712 136.3698767 7.76 36.3311712 136.3698767 11.95 36.3312305 136.3698462 11.95 36.3312305 136.3698462 7.76</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3311712 136.3698767 11.95 36.3312057 136.3699791 11.95 36.331265 136.3699486 11.95 36.3312305 136.3698462 11.95 36.3311712 136.3698767 11.95</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
</gml:CompositeSurface></gml:exterior></gml:Solid></bldg:lod1Solid>
<uro:bldgDataQualityAttribute>
<uro:DataQualityAttribute>
<uro:lod1HeightType codeSpace="../../codelists/DataQualityAttribute_lod1HeightType.xml">2</uro:lod1HeightType>
</uro:DataQualityAttribute>
</uro:bldgDataQualityAttribute>
<uro:buildingDetailAttribute>
<uro:BuildingDetailAttribute>
<uro:totalFloorArea uom="m2">59.35</uro:totalFloorArea>
<uro:buildingFootprintArea uom="m2">70.96</uro:buildingFootprintArea>
<uro:buildingStructureType codeSpace="../../codelists/Building_buildingStructureType.xml">601</uro:buildingStructureType>
<uro:surveyYear>2021</uro:surveyYear>
</uro:BuildingDetailAttribute>
</uro:buildingDetailAttribute>
<uro:buildingIDAttribute>
<uro:BuildingIDAttribute>
<uro:buildingID>17206-bldg-1106</uro:buildingID>
<uro:prefecture codeSpace="../../codelists/Common_localPublicAuthorities.xml">17</uro:prefecture>
<uro:city codeSpace="../../codelists/Common_localPublicAuthorities.xml">17206</uro:city>
</uro:BuildingIDAttribute>
</uro:buildingIDAttribute>
</bldg:Building>
</core:cityObjectMember>
<core:cityObjectMember>
<bldg:Building gml:id="bldg_ba3efba3-e8ba-4063-8333-79a6718b7057">
<core:creationDate>2025-03-21</core:creationDate>
<bldg:class codeSpace="../../codelists/Building_class.xml">3001</bldg:class>
<bldg:usage codeSpace="../../codelists/Building_usage.xml">411</bldg:usage>
<bldg:yearOfConstruction>2012</bldg:yearOfConstruction>
<bldg:measuredHeight uom="m">5.5</bldg:measuredHeight>
<bldg:storeysAboveGround>1</bldg:storeysAboveGround>
<bldg:lod0RoofEdge><gml:MultiSurface><gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3307116 136.3695532 0 36.3306532 136.3693802 0 36.3305543 136.3694311 0 36.3306127 136.3696041 0 36.3307116 136.3695532 0</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember></gml:MultiSurface></bldg:lod0RoofEdge>
<bldg:lod1Solid><gml:Solid><gml:exterior><gml:CompositeSurface>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3306127 136.3696041 7.99 36.3305543 136.3694311 7.99 36.3306532 136.3693802 7.99 36.3307116 136.3695532 7.99 36.3306127 136.3696041 7.99</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3307116 136.3695532 7.99 36.3306532 136.3693802 7.99 36.3306532 136.3693802 12.27 36.3307116 136.3695532 12.27 36.3307116 136.3695532 7.99</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3306532 136.3693802 7.99 36.3305543 136.3694311 7.99 36.3305543 136.3694311 12.27 36.3306532 136.3693802 12.27 36.3306532 136.3693802 7.99</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3305543 136.3694311 7.99 36.3306127 136.3696041 7.99 36.3306127 136.3696041 12.27 36.3305543 136.3694311 12.27 36.3305543 136.3694311 7.99</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3306127 136.3696041 7.99 36.3307116 136.3695532 7.99 36.3307116 136.3695532 12.27 36.3306127 136.3696041 12.27 36.3306127 136.3696041 7.99</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3307116 136.3695532 12.27 36.3306532 136.3693802 12.27 36.3305543 136.3694311 12.27 36.3306127 136.3696041 12.27 36.3307116 136.3695532 12.27</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
</gml:CompositeSurface></gml:exterior></gml:Solid></bldg:lod1Solid>
<uro:bldgDataQualityAttribute>
<uro:DataQualityAttribute>
<uro:lod1HeightType codeSpace="../../codelists/DataQualityAttribute_lod1HeightType.xml">2</uro:lod1HeightType>
</uro:DataQualityAttribute>
</uro:bldgDataQualityAttribute>
<uro:buildingDetailAttribute>
<uro:BuildingDetailAttribute>
<uro:totalFloorArea uom="m2">190.27</uro:totalFloorArea>
<uro:buildingFootprintArea uom="m2">200.16</uro:buildingFootprintArea>
<uro:buildingStructureType codeSpace="../../codelists/Building_buildingStructureType.xml">601</uro:buildingStructureType>
<uro:surveyYear>2021</uro:surveyYear>
</uro:BuildingDetailAttribute>
</uro:buildingDetailAttribute>
<uro:buildingIDAttribute>
<uro:BuildingIDAttribute>
<uro:buildingID>17206-bldg-1107</uro:buildingID>
<uro:prefecture codeSpace="../../codelists/Common_localPublicAuthorities.xml">17</uro:prefecture>
<uro:city codeSpace="../../codelists/Common_localPublicAuthorities.xml">17206</uro:city>
</uro:BuildingIDAttribute>
</uro:buildingIDAttribute>
</bldg:Building>
</core:cityObjectMember>
<core:cityObjectMember>
<bldg:Building gml:id="bldg_c251f40d-e92d-41ea-be1e-e7cf0186c5b2">
<core:creationDate>2025-03-21</core:creationDate>
<bldg:class codeSpace="../../codelists/Building_class.xml">3001</bldg:class>
<bldg:usage codeSpace="../../codelists/Building_usage.xml">451</bldg:usage>
<bldg:yearOfConstruction>2007</bldg:yearOfConstruction>
<bldg:measuredHeight uom="m">5</bldg:measuredHeight>
<bldg:storeysAboveGround>1</bldg:storeysAboveGround>
<bldg:lod0RoofEdge><gml:MultiSurface><gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.33074 136.3698146 0 36.3306867 136.3696567 0 36.3306106 136.3696959 0 36.3306638 136.3698538 0 36.33074 136.3698146 0</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember></gml:MultiSurface></bldg:lod0RoofEdge>
<bldg:lod1Solid><gml:Solid><gml:exterior><gml:CompositeSurface>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3306638 136.3698538 7.93 36.3306106 136.3696959 7.93 36.3306867 136.3696567 7.93 36.33074 136.3698146 7.93 36.3306638 136.3698538 7.93</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.33074 136.3698146 7.93 36.3306867 136.3696567 7.93 36.3306867 136.3696567 12.09 36.33074 136.3698146 12.09 36.33074 136.3698146 7.93</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3306867 136.3696567 7.93 36.3306106 136.3696959 7.93 36.3306106 136.3696959 12.09 36.3306867 136.3696567 12.09 36.3306867 136.3696567 7.93</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3306106 136.3696959 7.93 36.3306638 136.3698538 7.93 36.3306638 136.3698538 12.09 36.3306106 136.3696959 12.09 36.3306106 136.3696959 7.93</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3306638 136.3698538 7.93 36.33074 136.3698146 7.93 36.33074 136.3698146 12.09 36.3306638 136.3698538 12.09 36.3306638 136.3698538 7.93</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.33074 136.3698146 12.09 36.3306867 136.3696567 12.09 36.3306106 136.3696959 12.09 36.3306638 136.3698538 12.09 36.33074 136.3698146 12.09</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
</gml:CompositeSurface></gml:exterior></gml:Solid></bldg:lod1Solid>
<uro:bldgDataQualityAttribute>
<uro:DataQualityAttribute>
<uro:lod1HeightType codeSpace="../../codelists/DataQualityAttribute_lod1HeightType.xml">2</uro:lod1HeightType>
</uro:DataQualityAttribute>
</uro:bldgDataQualityAttribute>
<uro:buildingDetailAttribute>
<uro:BuildingDetailAttribute>
<uro:totalFloorArea uom="m2">119.04</uro:totalFloorArea>
<uro:buildingFootprintArea uom="m2">140.66</uro:buildingFootprintArea>
<uro:buildingStructureType codeSpace="../../codelists/Building_buildingStructureType.xml">601</uro:buildingStructureType>
<uro:surveyYear>2021</uro:surveyYear>
</uro:BuildingDetailAttribute>
</uro:buildingDetailAttribute>
<uro:buildingIDAttribute>
<uro:BuildingIDAttribute>
<uro:buildingID>17206-bldg-1108</uro:buildingID>
<uro:prefecture codeSpace="../../codelists/Common_localPublicAuthorities.xml">17</uro:prefecture>
<uro:city codeSpace="../../codelists/Common_localPublicAuthorities.xml">17206</uro:city>
</uro:BuildingIDAttribute>
</uro:buildingIDAttribute>
</bldg:Building>
</core:cityObjectMember>
<core:cityObjectMember>
<bldg:Building gml:id="bldg_1a6e7851-0d00-41a5-9428-49f8a50d88d4">
<core:creationDate>2025-03-21</core:creationDate>
<bldg:class codeSpace="../../codelists/Building_class.xml">3001</bldg:class>
<bldg:usage codeSpace="../../codelists/Building_usage.xml">411</bldg:usage>
<bldg:yearOfConstruction>2007</bldg:yearOfConstruction>
<bldg:measuredHeight uom="m">4.5</bldg:measuredHeight>
<bldg:storeysAboveGround>1</bldg:storeysAboveGround>
<bldg:lod0RoofEdge><gml:MultiSurface><gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3308424 136.3699594 0 36.3308107 136.3698654 0 36.3307501 136.3698965 0 36.3307818 136.3699906 0 36.3308424 136.3699594 0</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember></gml:MultiSurface></bldg:lod0RoofEdge>
<bldg:lod1Solid><gml:Solid><gml:exterior><gml:CompositeSurface>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3307818 136.3699906 7.87 36.3307501 136.3698965 7.87 36.3308107 136.3698654 7.87 36.3308424 136.3699594 7.87 36.3307818 136.3699906 7.87</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3308424 136.3699594 7.87 36.3308107 136.3698654 7.87 36.3308107 136.3698654 11.62 36.3308424 136.3699594 11.62 36.3308424 136.3699594 7.87</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3308107 136.3698654 7.87 36.3307501 136.3698965 7.87 36.3307501 136.3698965 11.62 36.3308107 136.3698654 11.62 36.3308107 136.3698654 7.87</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3307501 136.3698965 7.87 36.3307818 136.3699906 7.87 36.3307818 136.3699906 11.62 36.3307501 136.3698965 11.62 36.3307501 136.3698965 7.87</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3307818 136.3699906 7.87 36.3308424 136.3699594 7.87 36.3308424 136.3699594 11.62 36.3307818 136.3699906 11.62 36.3307818 136.3699906 7.87</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3308424 136.3699594 11.62 36.3308107 136.3698654 11.62 36.3307501 136.3698965 11.62 36.3307818 136.3699906 11.62 36.3308424 136.3699594 11.62</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
</gml:CompositeSurface></gml:exterior></gml:Solid></bldg:lod1Solid>
<uro:bldgDataQualityAttribute>
<uro:DataQualityAttribute>
<uro:lod1HeightType codeSpace="../../codelists/DataQualityAttribute_lod1HeightType.xml">2</uro:lod1HeightType>
</uro:DataQualityAttribute>
</uro:bldgDataQualityAttribute>
<uro:buildingDetailAttribute>
<uro:BuildingDetailAttribute>
<uro:totalFloorArea uom="m2">57.15</uro:totalFloorArea>
<uro:buildingFootprintArea uom="m2">66.56</uro:buildingFootprintArea>
<uro:buildingStructureType codeSpace="../../codelists/Building_buildingStructureType.xml">601</uro:buildingStructureType>
<uro:surveyYear>2021</uro:surveyYear>
</uro:BuildingDetailAttribute>
</uro:buildingDetailAttribute>
<uro:buildingIDAttribute>
<uro:BuildingIDAttribute>
<uro:buildingID>17206-bldg-1109</uro:buildingID>
<uro:prefecture codeSpace="../../codelists/Common_localPublicAuthorities.xml">17</uro:prefecture>
<uro:city codeSpace="../../codelists/Common_localPublicAuthorities.xml">17206</uro:city>
</uro:BuildingIDAttribute>
</uro:buildingIDAttribute>
</bldg:Building>
</core:cityObjectMember>
<core:cityObjectMember>
<bldg:Building gml:id="bldg_e022a530-733a-4408-97c3-d56eb59c8beb">
<core:creationDate>2025-03-21</core:creationDate>
<bldg:class codeSpace="../../codelists/Building_class.xml">3001</bldg:class>
<bldg:usage codeSpace="../../codelists/Building_usage.xml">411</bldg:usage>
<bldg:yearOfConstruction>1987</bldg:yearOfConstruction>
<bldg:measuredHeight uom="m">7.8</bldg:measuredHeight>
<bldg:storeysAboveGround>2</bldg:storeysAboveGround>
<bldg:lod0RoofEdge><gml:MultiSurface><gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3307465 136.3700933 0 36.3306905 136.3699272 0 36.3306044 136.3699716 0 36.3306604 136.3701376 0 36.3307465 136.3700933 0</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember></gml:MultiSurface></bldg:lod0RoofEdge>
<bldg:lod1Solid><gml:Solid><gml:exterior><gml:CompositeSurface>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3306604 136.3701376 7.87 36.3306044 136.3699716 7.87 36.3306905 136.3699272 7.87 36.3307465 136.3700933 7.87 36.3306604 136.3701376 7.87</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3307465 136.3700933 7.87 36.3306905 136.3699272 7.87 36.3306905 136.3699272 14.62 36.3307465 136.3700933 14.62 36.3307465 136.3700933 7.87</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3306905 136.3699272 7.87 36.3306044 136.3699716 7.87 36.3306044 136.3699716 14.62 36.3306905 136.3699272 14.62 36.3306905 136.3699272 7.87</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3306044 136.3699716 7.87 36.3306604 136.3701376 7.87 36.3306604 136.3701376 14.62 36.3306044 136.3699716 14.62 36.3306044 136.3699716 7.87</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3306604 136.3701376 7.87 36.3307465 136.3700933 7.87 36.3307465 136.3700933 14.62 36.3306604 136.3701376 14.62 36.3306604 136.3701376 7.87</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3307465 136.3700933 14.62 36.3306905 136.3699272 14.62 36.3306044 136.3699716 14.62 36.3306604 136.3701376 14.62 36.3307465 136.3700933 14.62</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
</gml:CompositeSurface></gml:exterior></gml:Solid></bldg:lod1Solid>
<uro:bldgDataQualityAttribute>
<uro:DataQualityAttribute>
<uro:lod1HeightType codeSpace="../../codelists/DataQualityAttribute_lod1HeightType.xml">2</uro:lod1HeightType>
</uro:DataQualityAttribute>
</uro:bldgDataQualityAttribute>
<uro:buildingDetailAttribute>
<uro:BuildingDetailAttribute>
<uro:totalFloorArea uom="m2">283.13</uro:totalFloorArea>
<uro:buildingFootprintArea uom="m2">167.18</uro:buildingFootprintArea>
<uro:buildingStructureType codeSpace="../../codelists/Building_buildingStructureType.xml">601</uro:buildingStructureType>
<uro:surveyYear>2021</uro:surveyYear>
</uro:BuildingDetailAttribute>
</uro:buildingDetailAttribute>
<uro:buildingIDAttribute>
<uro:BuildingIDAttribute>
<uro:buildingID>17206-bldg-1110</uro:buildingID>
<uro:prefecture codeSpace="../../codelists/Common_localPublicAuthorities.xml">17</uro:prefecture>
<uro:city codeSpace="../../codelists/Common_localPublicAuthorities.xml">17206</uro:city>
</uro:BuildingIDAttribute>
</uro:buildingIDAttribute>
</bldg:Building>
</core:cityObjectMember>
<core:cityObjectMember>
<bldg:Building gml:id="bldg_371074bc-fc09-4830-923b-9845442cd7d0">
<core:creationDate>2025-03-21</core:creationDate>
<bldg:class codeSpace="../../codelists/Building_class.xml">3001</bldg:class>
<bldg:usage codeSpace="../../codelists/Building_usage.xml">451</bldg:usage>
<bldg:yearOfConstruction>2000</bldg:yearOfConstruction>
<bldg:measuredHeight uom="m">4.3</bldg:measuredHeight>
<bldg:storeysAboveGround>1</bldg:storeysAboveGround>
<bldg:lod0RoofEdge><gml:MultiSurface><gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.330886 136.3701676 0 36.3308336 136.3700123 0 36.3307755 136.3700422 0 36.3308279 136.3701976 0 36.330886 136.3701676 0</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember></gml:MultiSurface></bldg:lod0RoofEdge>
<bldg:lod1Solid><gml:Solid><gml:exterior><gml:CompositeSurface>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3308279 136.3701976 7.83 36.3307755 136.3700422 7.83 36.3308336 136.3700123 7.83 36.330886 136.3701676 7.83 36.3308279 136.3701976 7.83</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.330886 136.3701676 7.83 36.3308336 136.3700123 7.83 36.3308336 136.3700123 11.51 36.330886 136.3701676 11.51 36.330886 136.3701676 7.83</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3308336 136.3700123 7.83 36.3307755 136.3700422 7.83 36.3307755 136.3700422 11.51 36.3308336 136.3700123 11.51 36.3308336 136.3700123 7.83</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3307755 136.3700422 7.83 36.3308279 136.3701976 7.83 36.3308279 136.3701976 11.51 36.3307755 136.3700422 11.51 36.3307755 136.3700422 7.83</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3308279 136.3701976 7.83 36.330886 136.3701676 7.83 36.330886 136.3701676 11.51 36.3308279 136.3701976 11.51 36.3308279 136.3701976 7.83</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.330886 136.3701676 11.51 36.3308336 136.3700123 11.51 36.3307755 136.3700422 11.51 36.3308279 136.3701976 11.51 36.330886 136.3701676 11.51</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
</gml:CompositeSurface></gml:exterior></gml:Solid></bldg:lod1Solid>
<uro:bldgDataQualityAttribute>
<uro:DataQualityAttribute>
<uro:lod1HeightType codeSpace="../../codelists/DataQualityAttribute_lod1HeightType.xml">2</uro:lod1HeightType>
</uro:DataQualityAttribute>
</uro:bldgDataQualityAttribute>
<uro:buildingDetailAttribute>
<uro:BuildingDetailAttribute>
<uro:totalFloorArea uom="m2">91.36</uro:totalFloorArea>
<uro:buildingFootprintArea uom="m2">105.67</uro:buildingFootprintArea>
<uro:buildingStructureType codeSpace="../../codelists/Building_buildingStructureType.xml">604</uro:buildingStructureType>
<uro:surveyYear>2021</uro:surveyYear>
</uro:BuildingDetailAttribute>
</uro:buildingDetailAttribute>
<uro:buildingIDAttribute>
<uro:BuildingIDAttribute>
<uro:buildingID>17206-bldg-1111</uro:buildingID>
<uro:prefecture codeSpace="../../codelists/Common_localPublicAuthorities.xml">17</uro:prefecture>
<uro:city codeSpace="../../codelists/Common_localPublicAuthorities.xml">17206</uro:city>
</uro:BuildingIDAttribute>
</uro:buildingIDAttribute>
</bldg:Building>
</core:cityObjectMember>
<core:cityObjectMember>
<bldg:Building gml:id="bldg_50110bd3-ab51-42fb-bb5f-e3fed47cd130">
<core:creationDate>2025-03-21</core:creationDate>
<bldg:class codeSpace="../../codelists/Building_class.xml">3001</bldg:class>
<bldg:usage codeSpace="../../codelists/Building_usage.xml">411</bldg:usage>
<bldg:yearOfConstruction>1997</bldg:yearOfConstruction>
<bldg:measuredHeight uom="m">5.2</bldg:measuredHeight>
<bldg:storeysAboveGround>1</bldg:storeysAboveGround>
<bldg:lod0RoofEdge><gml:MultiSurface><gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3312146 136.3705933 0 36.3312642 136.3707404 0 36.3313521 136.3706951 0 36.3313025 136.3705481 0 36.3312146 136.3705933 0</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember></gml:MultiSurface></bldg:lod0RoofEdge>
<bldg:lod1Solid><gml:Solid><gml:exterior><gml:CompositeSurface>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3313025 136.3705481 7.76 36.3313521 136.3706951 7.76 36.3312642 136.3707404 7.76 36.3312146 136.3705933 7.76 36.3313025 136.3705481 7.76</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3312146 136.3705933 7.76 36.3312642 136.3707404 7.76 36.3312642 136.3707404 11.86 36.3312146 136.3705933 11.86 36.3312146 136.3705933 7.76</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3312642 136.3707404 7.76 36.3313521 136.3706951 7.76 36.3313521 136.3706951 11.86 36.3312642 136.3707404 11.86 36.3312642 136.3707404 7.76</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3313521 136.3706951 7.76 36.3313025 136.3705481 7.76 36.3313025 136.3705481 11.86 36.3313521 136.3706951 11.86 36.3313521 136.3706951 7.76</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3313025 136.3705481 7.76 36.3312146 136.3705933 7.76 36.3312146 136.3705933 11.86 36.3313025 136.3705481 11.86 36.3313025 136.3705481 7.76</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3312146 136.3705933 11.86 36.3312642 136.3707404 11.86 36.3313521 136.3706951 11.86 36.3313025 136.3705481 11.86 36.3312146 136.3705933 11.86</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
</gml:CompositeSurface></gml:exterior></gml:Solid></bldg:lod1Solid>
<uro:bldgDataQualityAttribute>
<uro:DataQualityAttribute>
<uro:lod1HeightType codeSpace="../../codelists/DataQualityAttribute_lod1HeightType.xml">2</uro:lod1HeightType>
</uro:DataQualityAttribute>
</uro:bldgDataQualityAttribute>
<uro:buildingDetailAttribute>
<uro:BuildingDetailAttribute>
<uro:totalFloorArea uom="m2">129.13</uro:totalFloorArea>
<uro:buildingFootprintArea uom="m2">151.17</uro:buildingFootprintArea>
<uro:buildingStructureType codeSpace="../../codelists/Building_buildingStructureType.xml">601</uro:buildingStructureType>
<uro:surveyYear>2021</uro:surveyYear>
</uro:BuildingDetailAttribute>
</uro:buildingDetailAttribute>
<uro:buildingIDAttribute>
<uro:BuildingIDAttribute>
<uro:buildingID>17206-bldg-1112</uro:buildingID>
<uro:prefecture codeSpace="../../codelists/Common_localPublicAuthorities.xml">17</uro:prefecture>
<uro:city codeSpace="../../codelists/Common_localPublicAuthorities.xml">17206</uro:city>
</uro:BuildingIDAttribute>
</uro:buildingIDAttribute>
</bldg:Building>
</core:cityObjectMember>
<core:cityObjectMember>
<bldg:Building gml:id="bldg_3b94daca-3ddd-479e-b1ff-2a66411badba">
<core:creationDate>2025-03-21</core:creationDate>
<bldg:class codeSpace="../../codelists/Building_class.xml">3003</bldg:class>
<bldg:usage codeSpace="../../codelists/Building_usage.xml">451</bldg:usage>
<bldg:yearOfConstruction>1999</bldg:yearOfConstruction>
<bldg:measuredHeight uom="m">4.3</bldg:measuredHeight>
<bldg:storeysAboveGround>1</bldg:storeysAboveGround>
<bldg:lod0RoofEdge><gml:MultiSurface><gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3313049 136.370791 0 36.3313566 136.3709446 0 36.33141 136.3709171 0 36.3313582 136.3707635 0 36.3313049 136.370791 0</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember></gml:MultiSurface></bldg:lod0RoofEdge>
<bldg:lod1Solid><gml:Solid><gml:exterior><gml:CompositeSurface>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3313582 136.3707635 7.78 36.33141 136.3709171 7.78 36.3313566 136.3709446 7.78 36.3313049 136.370791 7.78 36.3313582 136.3707635 7.78</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3313049 136.370791 7.78 36.3313566 136.3709446 7.78 36.3313566 136.3709446 11.55 36.3313049 136.370791 11.55 36.3313049 136.370791 7.78</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3313566 136.3709446 7.78 36.33141 136.3709171 7.78 36.33141 136.3709171 11.55 36.3313566 136.3709446 11.55 36.3313566 136.3709446 7.78</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.33141 136.3709171 7.78 36.3313582 136.3707635 7.78 36.3313582 136.3707635 11.55 36.33141 136.3709171 11.55 36.33141 136.3709171 7.78</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3313582 136.3707635 7.78 36.3313049 136.370791 7.78 36.3313049 136.370791 11.55 36.3313582 136.3707635 11.55 36.3313582 136.3707635 7.78</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3313049 136.370791 11.55 36.3313566 136.3709446 11.55 36.33141 136.3709171 11.55 36.3313582 136.3707635 11.55 36.3313049 136.370791 11.55</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
</gml:CompositeSurface></gml:exterior></gml:Solid></bldg:lod1Solid>
<uro:bldgDataQualityAttribute>
<uro:DataQualityAttribute>
<uro:lod1HeightType codeSpace="../../codelists/DataQualityAttribute_lod1HeightType.xml">2</uro:lod1HeightType>
</uro:DataQualityAttribute>
</uro:bldgDataQualityAttribute>
<uro:buildingDetailAttribute>
<uro:BuildingDetailAttribute>
<uro:totalFloorArea uom="m2">82.36</uro:totalFloorArea>
<uro:buildingFootprintArea uom="m2">95.89</uro:buildingFootprintArea>
<uro:buildingStructureType codeSpace="../../codelists/Building_buildingStructureType.xml">604</uro:buildingStructureType>
<uro:surveyYear>2021</uro:surveyYear>
</uro:BuildingDetailAttribute>
</uro:buildingDetailAttribute>
<uro:buildingIDAttribute>
<uro:BuildingIDAttribute>
<uro:buildingID>17206-bldg-1113</uro:buildingID>
<uro:prefecture codeSpace="../../codelists/Common_localPublicAuthorities.xml">17</uro:prefecture>
<uro:city codeSpace="../../codelists/Common_localPublicAuthorities.xml">17206</uro:city>
</uro:BuildingIDAttribute>
</uro:buildingIDAttribute>
</bldg:Building>
</core:cityObjectMember>
<core:cityObjectMember>
<bldg:Building gml:id="bldg_adef3a0d-dd09-4855-ac50-ac17d9934155">
<core:creationDate>2025-03-21</core:creationDate>
<bldg:class codeSpace="../../codelists/Building_class.xml">3001</bldg:class>
<bldg:usage codeSpace="../../codelists/Building_usage.xml">451</bldg:usage>
<bldg:yearOfConstruction>1992</bldg:yearOfConstruction>
<bldg:measuredHeight uom="m">5.3</bldg:measuredHeight>
<bldg:storeysAboveGround>1</bldg:storeysAboveGround>
<bldg:lod0RoofEdge><gml:MultiSurface><gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3313763 136.3709885 0 36.3314134 136.3710986 0 36.3314619 136.3710736 0 36.3314247 136.3709635 0 36.3313763 136.3709885 0</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember></gml:MultiSurface></bldg:lod0RoofEdge>
<bldg:lod1Solid><gml:Solid><gml:exterior><gml:CompositeSurface>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3314247 136.3709635 7.8 36.3314619 136.3710736 7.8 36.3314134 136.3710986 7.8 36.3313763 136.3709885 7.8 36.3314247 136.3709635 7.8</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3313763 136.3709885 7.8 36.3314134 136.3710986 7.8 36.3314134 136.3710986 12.57 36.3313763 136.3709885 12.57 36.3313763 136.3709885 7.8</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3314134 136.3710986 7.8 36.3314619 136.3710736 7.8 36.3314619 136.3710736 12.57 36.3314134 136.3710986 12.57 36.3314134 136.3710986 7.8</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3314619 136.3710736 7.8 36.3314247 136.3709635 7.8 36.3314247 136.3709635 12.57 36.3314619 136.3710736 12.57 36.3314619 136.3710736 7.8</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3314247 136.3709635 7.8 36.3313763 136.3709885 7.8 36.3313763 136.3709885 12.57 36.3314247 136.3709635 12.57 36.3314247 136.3709635 7.8</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3313763 136.3709885 12.57 36.3314134 136.3710986 12.57 36.3314619 136.3710736 12.57 36.3314247 136.3709635 12.57 36.3313763 136.3709885 12.57</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
</gml:CompositeSurface></gml:exterior></gml:Solid></bldg:lod1Solid>
<uro:bldgDataQualityAttribute>
<uro:DataQualityAttribute>
<uro:lod1HeightType codeSpace="../../codelists/DataQualityAttribute_lod1HeightType.xml">2</uro:lod1HeightType>
</uro:DataQualityAttribute>
</uro:bldgDataQualityAttribute>
<uro:buildingDetailAttribute>
<uro:BuildingDetailAttribute>
<uro:totalFloorArea uom="m2">56.78</uro:totalFloorArea>
<uro:buildingFootprintArea uom="m2">62.39</uro:buildingFootprintArea>
<uro:buildingStructureType codeSpace="../../codelists/Building_buildingStructureType.xml">601</uro:buildingStructureType>
<uro:surveyYear>2021</uro:surveyYear>
</uro:BuildingDetailAttribute>
</uro:buildingDetailAttribute>
<uro:buildingIDAttribute>
<uro:BuildingIDAttribute>
<uro:buildingID>17206-bldg-1114</uro:buildingID>
<uro:prefecture codeSpace="../../codelists/Common_localPublicAuthorities.xml">17</uro:prefecture>
<uro:city codeSpace="../../codelists/Common_localPublicAuthorities.xml">17206</uro:city>
</uro:BuildingIDAttribute>
</uro:buildingIDAttribute>
</bldg:Building>
</core:cityObjectMember>
<core:cityObjectMember>
<bldg:Building gml:id="bldg_7563377d-688d-4d7b-9f64-82e78c485daf">
<core:creationDate>2025-03-21</core:creationDate>
<bldg:class codeSpace="../../codelists/Building_class.xml">3001</bldg:class>
<bldg:usage codeSpace="../../codelists/Building_usage.xml">411</bldg:usage>
<bldg:yearOfConstruction>2022</bldg:yearOfConstruction>
<bldg:measuredHeight uom="m">5.3</bldg:measuredHeight>
<bldg:storeysAboveGround>1</bldg:storeysAboveGround>
<bldg:lod0RoofEdge><gml:MultiSurface><gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3313993 136.3711565 0 36.3314566 136.3713264 0 36.331557 136.3712747 0 36.3314997 136.3711048 0 36.3313993 136.3711565 0</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember></gml:MultiSurface></bldg:lod0RoofEdge>
<bldg:lod1Solid><gml:Solid><gml:exterior><gml:CompositeSurface>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3314997 136.3711048 7.79 36.331557 136.3712747 7.79 36.3314566 136.3713264 7.79 36.3313993 136.3711565 7.79 36.3314997 136.3711048 7.79</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3313993 136.3711565 7.79 36.3314566 136.3713264 7.79 36.3314566 136.3713264 11.87 36.3313993 136.3711565 11.87 36.3313993 136.3711565 7.79</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3314566 136.3713264 7.79 36.331557 136.3712747 7.79 36.331557 136.3712747 11.87 36.3314566 136.3713264 11.87 36.3314566 136.3713264 7.79</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.331557 136.3712747 7.79 36.3314997 136.3711048 7.79 36.3314997 136.3711048 11.87 36.331557 136.3712747 11.87 36.331557 136.3712747 7.79</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3314997 136.3711048 7.79 36.3313993 136.3711565 7.79 36.3313993 136.3711565 11.87 36.3314997 136.3711048 11.87 36.3314997 136.3711048 7.79</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3313993 136.3711565 11.87 36.3314566 136.3713264 11.87 36.331557 136.3712747 11.87 36.3314997 136.3711048 11.87 36.3313993 136.3711565 11.87</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
</gml:CompositeSurface></gml:exterior></gml:Solid></bldg:lod1Solid>
<uro:bldgDataQualityAttribute>
<uro:DataQualityAttribute>
<uro:lod1HeightType codeSpace="../../codelists/DataQualityAttribute_lod1HeightType.xml">2</uro:lod1HeightType>
</uro:DataQualityAttribute>
</uro:bldgDataQualityAttribute>
<uro:buildingDetailAttribute>
<uro:BuildingDetailAttribute>
<uro:totalFloorArea uom="m2">172.64</uro:totalFloorArea>
<uro:buildingFootprintArea uom="m2">199.47</uro:buildingFootprintArea>
<uro:buildingStructureType codeSpace="../../codelists/Building_buildingStructureType.xml">601</uro:buildingStructureType>
<uro:surveyYear>2021</uro:surveyYear>
</uro:BuildingDetailAttribute>
</uro:buildingDetailAttribute>
<uro:buildingIDAttribute>
<uro:BuildingIDAttribute>
<uro:buildingID>17206-bldg-1115</uro:buildingID>
<uro:prefecture codeSpace="../../codelists/Common_localPublicAuthorities.xml">17</uro:prefecture>
<uro:city codeSpace="../../codelists/Common_localPublicAuthorities.xml">17206</uro:city>
</uro:BuildingIDAttribute>
</uro:buildingIDAttribute>
</bldg:Building>
</core:cityObjectMember>
<core:cityObjectMember>
<bldg:Building gml:id="bldg_2ff6f829-92fd-4cf7-b0d5-377f2a6b4dd7">
<core:creationDate>2025-03-21</core:creationDate>
<bldg:class codeSpace="../../codelists/Building_class.xml">3001</bldg:class>
<bldg:usage codeSpace="../../codelists/Building_usage.xml">451</bldg:usage>
<bldg:yearOfConstruction>2003</bldg:yearOfConstruction>
<bldg:measuredHeight uom="m">5.7</bldg:measuredHeight>
<bldg:storeysAboveGround>1</bldg:storeysAboveGround>
<bldg:lod0RoofEdge><gml:MultiSurface><gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3310343 136.3705781 0 36.3309882 136.3704415 0 36.3309366 136.3704681 0 36.3309827 136.3706047 0 36.3310343 136.3705781 0</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember></gml:MultiSurface></bldg:lod0RoofEdge>
<bldg:lod1Solid><gml:Solid><gml:exterior><gml:CompositeSurface>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3309827 136.3706047 7.8 36.3309366 136.3704681 7.8 36.3309882 136.3704415 7.8 36.3310343 136.3705781 7.8 36.3309827 136.3706047 7.8</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3310343 136.3705781 7.8 36.3309882 136.3704415 7.8 36.3309882 136.3704415 12.92 36.3310343 136.3705781 12.92 36.3310343 136.3705781 7.8</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3309882 136.3704415 7.8 36.3309366 136.3704681 7.8 36.3309366 136.3704681 12.92 36.3309882 136.3704415 12.92 36.3309882 136.3704415 7.8</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3309366 136.3704681 7.8 36.3309827 136.3706047 7.8 36.3309827 136.3706047 12.92 36.3309366 136.3704681 12.92 36.3309366 136.3704681 7.8</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3309827 136.3706047 7.8 36.3310343 136.3705781 7.8 36.3310343 136.3705781 12.92 36.3309827 136.3706047 12.92 36.3309827 136.3706047 7.8</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3310343 136.3705781 12.92 36.3309882 136.3704415 12.92 36.3309366 136.3704681 12.92 36.3309827 136.3706047 12.92 36.3310343 136.3705781 12.92</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
</gml:CompositeSurface></gml:exterior></gml:Solid></bldg:lod1Solid>
<uro:bldgDataQualityAttribute>
<uro:DataQualityAttribute>
<uro:lod1HeightType codeSpace="../../codelists/DataQualityAttribute_lod1HeightType.xml">2</uro:lod1HeightType>
</uro:DataQualityAttribute>
</uro:bldgDataQualityAttribute>
<uro:buildingDetailAttribute>
<uro:BuildingDetailAttribute>
<uro:totalFloorArea uom="m2">69.46</uro:totalFloorArea>
<uro:buildingFootprintArea uom="m2">82.49</uro:buildingFootprintArea>
<uro:buildingStructureType codeSpace="../../codelists/Building_buildingStructureType.xml">604</uro:buildingStructureType>
<uro:surveyYear>2021</uro:surveyYear>
</uro:BuildingDetailAttribute>
</uro:buildingDetailAttribute>
<uro:buildingIDAttribute>
<uro:BuildingIDAttribute>
<uro:buildingID>17206-bldg-1116</uro:buildingID>
<uro:prefecture codeSpace="../../codelists/Common_localPublicAuthorities.xml">17</uro:prefecture>
<uro:city codeSpace="../../codelists/Common_localPublicAuthorities.xml">17206</uro:city>
</uro:BuildingIDAttribute>
</uro:buildingIDAttribute>
</bldg:Building>
</core:cityObjectMember>
<core:cityObjectMember>
<bldg:Building gml:id="bldg_be835beb-6faa-4a6e-b9cd-74a956ab621f">
<core:creationDate>2025-03-21</core:creationDate>
<bldg:class codeSpace="../../codelists/Building_class.xml">3001</bldg:class>
<bldg:usage codeSpace="../../codelists/Building_usage.xml">451</bldg:usage>
<bldg:yearOfConstruction>1972</bldg:yearOfConstruction>
<bldg:measuredHeight uom="m">4.8</bldg:measuredHeight>
<bldg:storeysAboveGround>1</bldg:storeysAboveGround>
<bldg:lod0RoofEdge><gml:MultiSurface><gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3310782 136.3708321 0 36.3310316 136.370694 0 36.3309702 136.3707256 0 36.3310168 136.3708638 0 36.3310782 136.3708321 0</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember></gml:MultiSurface></bldg:lod0RoofEdge>
<bldg:lod1Solid><gml:Solid><gml:exterior><gml:CompositeSurface>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3310168 136.3708638 7.82 36.3309702 136.3707256 7.82 36.3310316 136.370694 7.82 36.3310782 136.3708321 7.82 36.3310168 136.3708638 7.82</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3310782 136.3708321 7.82 36.3310316 136.370694 7.82 36.3310316 136.370694 11.93 36.3310782 136.3708321 11.93 36.3310782 136.3708321 7.82</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3310316 136.370694 7.82 36.3309702 136.3707256 7.82 36.3309702 136.3707256 11.93 36.3310316 136.370694 11.93 36.3310316 136.370694 7.82</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3309702 136.3707256 7.82 36.3310168 136.3708638 7.82 36.3310168 136.3708638 11.93 36.3309702 136.3707256 11.93 36.3309702 136.3707256 7.82</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3310168 136.3708638 7.82 36.3310782 136.3708321 7.82 36.3310782 136.3708321 11.93 36.3310168 136.3708638 11.93 36.3310168 136.3708638 7.82</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3310782 136.3708321 11.93 36.3310316 136.370694 11.93 36.3309702 136.3707256 11.93 36.3310168 136.3708638 11.93 36.3310782 136.3708321 11.93</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
</gml:CompositeSurface></gml:exterior></gml:Solid></bldg:lod1Solid>
<uro:bldgDataQualityAttribute>
<uro:DataQualityAttribute>
<uro:lod1HeightType codeSpace="../../codelists/DataQualityAttribute_lod1HeightType.xml">2</uro:lod1HeightType>
</uro:DataQualityAttribute>
</uro:bldgDataQualityAttribute>
<uro:buildingDetailAttribute>
<uro:BuildingDetailAttribute>
<uro:totalFloorArea uom="m2">90.17</uro:totalFloorArea>
<uro:buildingFootprintArea uom="m2">99.27</uro:buildingFootprintArea>
<uro:buildingStructureType codeSpace="../../codelists/Building_buildingStructureType.xml">604</uro:buildingStructureType>
<uro:surveyYear>2021</uro:surveyYear>
</uro:BuildingDetailAttribute>
</uro:buildingDetailAttribute>
<uro:buildingIDAttribute>
<uro:BuildingIDAttribute>
<uro:buildingID>17206-bldg-1117</uro:buildingID>
<uro:prefecture codeSpace="../../codelists/Common_localPublicAuthorities.xml">17</uro:prefecture>
<uro:city codeSpace="../../codelists/Common_localPublicAuthorities.xml">17206</uro:city>
</uro:BuildingIDAttribute>
</uro:buildingIDAttribute>
</bldg:Building>
</core:cityObjectMember>
<core:cityObjectMember>
<bldg:Building gml:id="bldg_72ea41df-d011-4c55-a4d2-ff7f23089fd2">
<core:creationDate>2025-03-21</core:creationDate>
<bldg:class codeSpace="../../codelists/Building_class.xml">3001</bldg:class>
<bldg:usage codeSpace="../../codelists/Building_usage.xml">451</bldg:usage>
<bldg:yearOfConstruction>1995</bldg:yearOfConstruction>
<bldg:measuredHeight uom="m">5.9</bldg:measuredHeight>
<bldg:storeysAboveGround>1</bldg:storeysAboveGround>
<bldg:lod0RoofEdge><gml:MultiSurface><gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3311519 136.3709829 0 36.3311204 136.3708897 0 36.3310582 136.3709218 0 36.3310896 136.371015 0 36.3311519 136.3709829 0</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember></gml:MultiSurface></bldg:lod0RoofEdge>
<bldg:lod1Solid><gml:Solid><gml:exterior><gml:CompositeSurface>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3310896 136.371015 7.83 36.3310582 136.3709218 7.83 36.3311204 136.3708897 7.83 36.3311519 136.3709829 7.83 36.3310896 136.371015 7.83</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3311519 136.3709829 7.83 36.3311204 136.3708897 7.83 36.3311204 136.3708897 13.03 36.3311519 136.3709829 13.03 36.3311519 136.3709829 7.83</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3311204 136.3708897 7.83 36.3310582 136.3709218 7.83 36.3310582 136.3709218 13.03 36.3311204 136.3708897 13.03 36.3311204 136.3708897 7.83</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3310582 136.3709218 7.83 36.3310896 136.371015 7.83 36.3310896 136.371015 13.03 36.3310582 136.3709218 13.03 36.3310582 136.3709218 7.83</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3310896 136.371015 7.83 36.3311519 136.3709829 7.83 36.3311519 136.3709829 13.03 36.3310896 136.371015 13.03 36.3310896 136.371015 7.83</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3311519 136.3709829 13.03 36.3311204 136.3708897 13.03 36.3310582 136.3709218 13.03 36.3310896 136.371015 13.03 36.3311519 136.3709829 13.03</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
</gml:CompositeSurface></gml:exterior></gml:Solid></bldg:lod1Solid>
<uro:bldgDataQualityAttribute>
<uro:DataQualityAttribute>
<uro:lod1HeightType codeSpace="../../codelists/DataQualityAttribute_lod1HeightType.xml">2</uro:lod1HeightType>
</uro:DataQualityAttribute>
</uro:bldgDataQualityAttribute>
<uro:buildingDetailAttribute>
<uro:BuildingDetailAttribute>
<uro:totalFloorArea uom="m2">55.69</uro:totalFloorArea>
<uro:buildingFootprintArea uom="m2">67.88</uro:buildingFootprintArea>
<uro:buildingStructureType codeSpace="../../codelists/Building_buildingStructureType.xml">601</uro:buildingStructureType>
<uro:surveyYear>2021</uro:surveyYear>
</uro:BuildingDetailAttribute>
</uro:buildingDetailAttribute>
<uro:buildingIDAttribute>
<uro:BuildingIDAttribute>
<uro:buildingID>17206-bldg-1118</uro:buildingID>
<uro:prefecture codeSpace="../../codelists/Common_localPublicAuthorities.xml">17</uro:prefecture>
<uro:city codeSpace="../../codelists/Common_localPublicAuthorities.xml">17206</uro:city>
</uro:BuildingIDAttribute>
</uro:buildingIDAttribute>
</bldg:Building>
</core:cityObjectMember>
<core:cityObjectMember>
<bldg:Building gml:id="bldg_235393f1-fa4b-4f98-b8e4-5b95cb2c4856">
<core:creationDate>2025-03-21</core:creationDate>
<bldg:class codeSpace="../../codelists/Building_class.xml">3001</bldg:class>
<bldg:usage codeSpace="../../codelists/Building_usage.xml">451</bldg:usage>
<bldg:yearOfConstruction>1999</bldg:yearOfConstruction>
<bldg:measuredHeight uom="m">6.1</bldg:measuredHeight>
<bldg:storeysAboveGround>1</bldg:storeysAboveGround>
<bldg:lod0RoofEdge><gml:MultiSurface><gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3312316 136.3711628 0 36.3311852 136.3710253 0 36.3311027 136.3710678 0 36.331149 136.3712053 0 36.3312316 136.3711628 0</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember></gml:MultiSurface></bldg:lod0RoofEdge>
<bldg:lod1Solid><gml:Solid><gml:exterior><gml:CompositeSurface>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.331149 136.3712053 7.86 36.3311027 136.3710678 7.86 36.3311852 136.3710253 7.86 36.3312316 136.3711628 7.86 36.331149 136.3712053 7.86</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3312316 136.3711628 7.86 36.3311852 136.3710253 7.86 36.3311852 136.3710253 13.1 36.3312316 136.3711628 13.1 36.3312316 136.3711628 7.86</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3311852 136.3710253 7.86 36.3311027 136.3710678 7.86 36.3311027 136.3710678 13.1 36.3311852 136.3710253 13.1 36.3311852 136.3710253 7.86</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3311027 136.3710678 7.86 36.331149 136.3712053 7.86 36.331149 136.3712053 13.1 36.3311027 136.3710678 13.1 36.3311027 136.3710678 7.86</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.331149 136.3712053 7.86 36.3312316 136.3711628 7.86 36.3312316 136.3711628 13.1 36.331149 136.3712053 13.1 36.331149 136.3712053 7.86</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3312316 136.3711628 13.1 36.3311852 136.3710253 13.1 36.3311027 136.3710678 13.1 36.331149 136.3712053 13.1 36.3312316 136.3711628 13.1</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
</gml:CompositeSurface></gml:exterior></gml:Solid></bldg:lod1Solid>
<uro:bldgDataQualityAttribute>
<uro:DataQualityAttribute>
<uro:lod1HeightType codeSpace="../../codelists/DataQualityAttribute_lod1HeightType.xml">2</uro:lod1HeightType>
</uro:DataQualityAttribute>
</uro:bldgDataQualityAttribute>
<uro:buildingDetailAttribute>
<uro:BuildingDetailAttribute>
<uro:totalFloorArea uom="m2">115.04</uro:totalFloorArea>
<uro:buildingFootprintArea uom="m2">132.73</uro:buildingFootprintArea>
<uro:buildingStructureType codeSpace="../../codelists/Building_buildingStructureType.xml">601</uro:buildingStructureType>
<uro:surveyYear>2021</uro:surveyYear>
</uro:BuildingDetailAttribute>
</uro:buildingDetailAttribute>
<uro:buildingIDAttribute>
<uro:BuildingIDAttribute>
<uro:buildingID>17206-bldg-1119</uro:buildingID>
<uro:prefecture codeSpace="../../codelists/Common_localPublicAuthorities.xml">17</uro:prefecture>
<uro:city codeSpace="../../codelists/Common_localPublicAuthorities.xml">17206</uro:city>
</uro:BuildingIDAttribute>
</uro:buildingIDAttribute>
</bldg:Building>
</core:cityObjectMember>
<core:cityObjectMember>
<bldg:Building gml:id="bldg_4b7e7027-9428-4cc5-913d-f1399d5f6bb1">
<core:creationDate>2025-03-21</core:creationDate>
<bldg:class codeSpace="../../codelists/Building_class.xml">3001</bldg:class>
<bldg:usage codeSpace="../../codelists/Building_usage.xml">411</bldg:usage>
<bldg:yearOfConstruction>1988</bldg:yearOfConstruction>
<bldg:measuredHeight uom="m">8.2</bldg:measuredHeight>
<bldg:storeysAboveGround>2</bldg:storeysAboveGround>
<bldg:lod0RoofEdge><gml:MultiSurface><gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3313116 136.3713837 0 36.3312599 136.3712305 0 36.3311622 136.3712808 0 36.3312138 136.371434 0 36.3313116 136.3713837 0</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember></gml:MultiSurface></bldg:lod0RoofEdge>
<bldg:lod1Solid><gml:Solid><gml:exterior><gml:CompositeSurface>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3312138 136.371434 7.9 36.3311622 136.3712808 7.9 36.3312599 136.3712305 7.9 36.3313116 136.3713837 7.9 36.3312138 136.371434 7.9</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3313116 136.3713837 7.9 36.3312599 136.3712305 7.9 36.3312599 136.3712305 14.83 36.3313116 136.3713837 14.83 36.3313116 136.3713837 7.9</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3312599 136.3712305 7.9 36.3311622 136.3712808 7.9 36.3311622 136.3712808 14.83 36.3312599 136.3712305 14.83 36.3312599 136.3712305 7.9</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3311622 136.3712808 7.9 36.3312138 136.371434 7.9 36.3312138 136.371434 14.83 36.3311622 136.3712808 14.83 36.3311622 136.3712808 7.9</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3312138 136.371434 7.9 36.3313116 136.3713837 7.9 36.3313116 136.3713837 14.83 36.3312138 136.371434 14.83 36.3312138 136.371434 7.9</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3313116 136.3713837 14.83 36.3312599 136.3712305 14.83 36.3311622 136.3712808 14.83 36.3312138 136.371434 14.83 36.3313116 136.3713837 14.83</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
</gml:CompositeSurface></gml:exterior></gml:Solid></bldg:lod1Solid>
<uro:bldgDataQualityAttribute>
<uro:DataQualityAttribute>
<uro:lod1HeightType codeSpace="../../codelists/DataQualityAttribute_lod1HeightType.xml">2</uro:lod1HeightType>
</uro:DataQualityAttribute>
</uro:bldgDataQualityAttribute>
<uro:buildingDetailAttribute>
<uro:BuildingDetailAttribute>
<uro:totalFloorArea uom="m2">303.55</uro:totalFloorArea>
<uro:buildingFootprintArea uom="m2">175.11</uro:buildingFootprintArea>
<uro:buildingStructureType codeSpace="../../codelists/Building_buildingStructureType.xml">601</uro:buildingStructureType>
<uro:surveyYear>2021</uro:surveyYear>
</uro:BuildingDetailAttribute>
</uro:buildingDetailAttribute>
<uro:buildingIDAttribute>
<uro:BuildingIDAttribute>
<uro:buildingID>17206-bldg-1120</uro:buildingID>
<uro:prefecture codeSpace="../../codelists/Common_localPublicAuthorities.xml">17</uro:prefecture>
<uro:city codeSpace="../../codelists/Common_localPublicAuthorities.xml">17206</uro:city>
</uro:BuildingIDAttribute>
</uro:buildingIDAttribute>
</bldg:Building>
</core:cityObjectMember>
<core:cityObjectMember>
<bldg:Building gml:id="bldg_5b53555b-fb79-4f56-a6eb-cc6870fc3332">
<core:creationDate>2025-03-21</core:creationDate>
<bldg:class codeSpace="../../codelists/Building_class.xml">3001</bldg:class>
<bldg:usage codeSpace="../../codelists/Building_usage.xml">411</bldg:usage>
<bldg:yearOfConstruction>2023</bldg:yearOfConstruction>
<bldg:measuredHeight uom="m">4.6</bldg:measuredHeight>
<bldg:storeysAboveGround>1</bldg:storeysAboveGround>
<bldg:lod0RoofEdge><gml:MultiSurface><gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3318642 136.3730336 0 36.3318237 136.3729135 0 36.3317523 136.3729502 0 36.3317928 136.3730704 0 36.3318642 136.3730336 0</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember></gml:MultiSurface></bldg:lod0RoofEdge>
<bldg:lod1Solid><gml:Solid><gml:exterior><gml:CompositeSurface>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3317928 136.3730704 7.63 36.3317523 136.3729502 7.63 36.3318237 136.3729135 7.63 36.3318642 136.3730336 7.63 36.3317928 136.3730704 7.63</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3318642 136.3730336 7.63 36.3318237 136.3729135 7.63 36.3318237 136.3729135 11.34 36.3318642 136.3730336 11.34 36.3318642 136.3730336 7.63</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3318237 136.3729135 7.63 36.3317523 136.3729502 7.63 36.3317523 136.3729502 11.34 36.3318237 136.3729135 11.34 36.3318237 136.3729135 7.63</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3317523 136.3729502 7.63 36.3317928 136.3730704 7.63 36.3317928 136.3730704 11.34 36.3317523 136.3729502 11.34 36.3317523 136.3729502 7.63</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3317928 136.3730704 7.63 36.3318642 136.3730336 7.63 36.3318642 136.3730336 11.34 36.3317928 136.3730704 11.34 36.3317928 136.3730704 7.63</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3318642 136.3730336 11.34 36.3318237 136.3729135 11.34 36.3317523 136.3729502 11.34 36.3317928 136.3730704 11.34 36.3318642 136.3730336 11.34</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
</gml:CompositeSurface></gml:exterior></gml:Solid></bldg:lod1Solid>
<uro:bldgDataQualityAttribute>
<uro:DataQualityAttribute>
<uro:lod1HeightType codeSpace="../../codelists/DataQualityAttribute_lod1HeightType.xml">2</uro:lod1HeightType>
</uro:DataQualityAttribute>
</uro:bldgDataQualityAttribute>
<uro:buildingDetailAttribute>
<uro:BuildingDetailAttribute>
<uro:totalFloorArea uom="m2">91.73</uro:totalFloorArea>
<uro:buildingFootprintArea uom="m2">100.31</uro:buildingFootprintArea>
<uro:buildingStructureType codeSpace="../../codelists/Building_buildingStructureType.xml">601</uro:buildingStructureType>
<uro:surveyYear>2021</uro:surveyYear>
</uro:BuildingDetailAttribute>
</uro:buildingDetailAttribute>
<uro:buildingIDAttribute>
<uro:BuildingIDAttribute>
<uro:buildingID>17206-bldg-1121</uro:buildingID>
<uro:prefecture codeSpace="../../codelists/Common_localPublicAuthorities.xml">17</uro:prefecture>
<uro:city codeSpace="../../codelists/Common_localPublicAuthorities.xml">17206</uro:city>
</uro:BuildingIDAttribute>
</uro:buildingIDAttribute>
</bldg:Building>
</core:cityObjectMember>
<core:cityObjectMember>
<bldg:Building gml:id="bldg_5868844a-ba61-47c3-94a5-0cf293b54448">
<core:creationDate>2025-03-21</core:creationDate>
<bldg:class codeSpace="../../codelists/Building_class.xml">3001</bldg:class>
<bldg:usage codeSpace="../../codelists/Building_usage.xml">411</bldg:usage>
<bldg:yearOfConstruction>1999</bldg:yearOfConstruction>
<bldg:measuredHeight uom="m">5.7</bldg:measuredHeight>
<bldg:storeysAboveGround>1</bldg:storeysAboveGround>
<bldg:lod0RoofEdge><gml:MultiSurface><gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3321899 136.3739293 0 36.3321312 136.3737552 0 36.3320299 136.3738074 0 36.3320886 136.3739815 0 36.3321899 136.3739293 0</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember></gml:MultiSurface></bldg:lod0RoofEdge>
<bldg:lod1Solid><gml:Solid><gml:exterior><gml:CompositeSurface>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3320886 136.3739815 7.51 36.3320299 136.3738074 7.51 36.3321312 136.3737552 7.51 36.3321899 136.3739293 7.51 36.3320886 136.3739815 7.51</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3321899 136.3739293 7.51 36.3321312 136.3737552 7.51 36.3321312 136.3737552 11.89 36.3321899 136.3739293 11.89 36.3321899 136.3739293 7.51</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3321312 136.3737552 7.51 36.3320299 136.3738074 7.51 36.3320299 136.3738074 11.89 36.3321312 136.3737552 11.89 36.3321312 136.3737552 7.51</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3320299 136.3738074 7.51 36.3320886 136.3739815 7.51 36.3320886 136.3739815 11.89 36.3320299 136.3738074 11.89 36.3320299 136.3738074 7.51</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3320886 136.3739815 7.51 36.3321899 136.3739293 7.51 36.3321899 136.3739293 11.89 36.3320886 136.3739815 11.89 36.3320886 136.3739815 7.51</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3321899 136.3739293 11.89 36.3321312 136.3737552 11.89 36.3320299 136.3738074 11.89 36.3320886 136.3739815 11.89 36.3321899 136.3739293 11.89</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
</gml:CompositeSurface></gml:exterior></gml:Solid></bldg:lod1Solid>
<uro:bldgDataQualityAttribute>
<uro:DataQualityAttribute>
<uro:lod1HeightType codeSpace="../../codelists/DataQualityAttribute_lod1HeightType.xml">2</uro:lod1HeightType>
</uro:DataQualityAttribute>
</uro:bldgDataQualityAttribute>
<uro:buildingDetailAttribute>
<uro:BuildingDetailAttribute>
<uro:totalFloorArea uom="m2">172.99</uro:totalFloorArea>
<uro:buildingFootprintArea uom="m2">206.39</uro:buildingFootprintArea>
<uro:buildingStructureType codeSpace="../../codelists/Building_buildingStructureType.xml">605</uro:buildingStructureType>
<uro:surveyYear>2021</uro:surveyYear>
</uro:BuildingDetailAttribute>
</uro:buildingDetailAttribute>
<uro:buildingIDAttribute>
<uro:BuildingIDAttribute>
<uro:buildingID>17206-bldg-1122</uro:buildingID>
<uro:prefecture codeSpace="../../codelists/Common_localPublicAuthorities.xml">17</uro:prefecture>
<uro:city codeSpace="../../codelists/Common_localPublicAuthorities.xml">17206</uro:city>
</uro:BuildingIDAttribute>
</uro:buildingIDAttribute>
</bldg:Building>
</core:cityObjectMember>
<core:cityObjectMember>
<bldg:Building gml:id="bldg_337c18aa-3143-4355-9fb0-3a21ce204530">
<core:creationDate>2025-03-21</core:creationDate>
<bldg:class codeSpace="../../codelists/Building_class.xml">3001</bldg:class>
<bldg:usage codeSpace="../../codelists/Building_usage.xml">411</bldg:usage>
<bldg:yearOfConstruction>1997</bldg:yearOfConstruction>
<bldg:measuredHeight uom="m">7.7</bldg:measuredHeight>
<bldg:storeysAboveGround>2</bldg:storeysAboveGround>
<bldg:lod0RoofEdge><gml:MultiSurface><gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3263978 136.3640925 0 36.3262952 136.3641453 0 36.3263209 136.3642213 0 36.3264234 136.3641686 0 36.3263978 136.3640925 0</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember></gml:MultiSurface></bldg:lod0RoofEdge>
<bldg:lod1Solid><gml:Solid><gml:exterior><gml:CompositeSurface>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3264234 136.3641686 9.45 36.3263209 136.3642213 9.45 36.3262952 136.3641453 9.45 36.3263978 136.3640925 9.45 36.3264234 136.3641686 9.45</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3263978 136.3640925 9.45 36.3262952 136.3641453 9.45 36.3262952 136.3641453 16.38 36.3263978 136.3640925 16.38 36.3263978 136.3640925 9.45</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3262952 136.3641453 9.45 36.3263209 136.3642213 9.45 36.3263209 136.3642213 16.38 36.3262952 136.3641453 16.38 36.3262952 136.3641453 9.45</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3263209 136.3642213 9.45 36.3264234 136.3641686 9.45 36.3264234 136.3641686 16.38 36.3263209 136.3642213 16.38 36.3263209 136.3642213 9.45</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3264234 136.3641686 9.45 36.3263978 136.3640925 9.45 36.3263978 136.3640925 16.38 36.3264234 136.3641686 16.38 36.3264234 136.3641686 9.45</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3263978 136.3640925 16.38 36.3262952 136.3641453 16.38 36.3263209 136.3642213 16.38 36.3264234 136.3641686 16.38 36.3263978 136.3640925 16.38</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
</gml:CompositeSurface></gml:exterior></gml:Solid></bldg:lod1Solid>
<uro:bldgDataQualityAttribute>
<uro:DataQualityAttribute>
<uro:lod1HeightType codeSpace="../../codelists/DataQualityAttribute_lod1HeightType.xml">2</uro:lod1HeightType>
</uro:DataQualityAttribute>
</uro:bldgDataQualityAttribute>
<uro:bldgDisasterRiskAttribute>
<uro:RiverFloodingRiskAttribute>
<uro:description codeSpace="../../codelists/RiverFloodingRiskAttribute_description.xml">3</uro:description>
<uro:rank codeSpace="../../codelists/RiverFloodingRiskAttribute_rank.xml">1</uro:rank>
<uro:depth uom="m">0.137</uro:depth>
<uro:adminType codeSpace="../../codelists/RiverFloodingRiskAttribute_adminType.xml">2</uro:adminType>
<uro:scale codeSpace="../../codelists/RiverFloodingRiskAttribute_scale.xml">1</uro:scale>
<uro:duration uom="hour">8.36</uro:duration>
</uro:RiverFloodingRiskAttribute>
</uro:bldgDisasterRiskAttribute>
<uro:bldgDisasterRiskAttribute>
<uro:RiverFloodingRiskAttribute>
<uro:description codeSpace="../../codelists/RiverFloodingRiskAttribute_description.xml">3</uro:description>
<uro:rank codeSpace="../../codelists/RiverFloodingRiskAttribute_rank.xml">2</uro:rank>
<uro:depth uom="m">1.391</uro:depth>
<uro:adminType codeSpace="../../codelists/RiverFloodingRiskAttribute_adminType.xml">2</uro:adminType>
<uro:scale codeSpace="../../codelists/RiverFloodingRiskAttribute_scale.xml">2</uro:scale>
<uro:duration uom="hour">18.59</uro:duration>
</uro:RiverFloodingRiskAttribute>
</uro:bldgDisasterRiskAttribute>
<uro:buildingDetailAttribute>
<uro:BuildingDetailAttribute>
<uro:totalFloorArea uom="m2">176.34</uro:totalFloorArea>
<uro:buildingFootprintArea uom="m2">91.15</uro:buildingFootprintArea>
<uro:buildingStructureType codeSpace="../../codelists/Building_buildingStructureType.xml">601</uro:buildingStructureType>
<uro:surveyYear>2021</uro:surveyYear>
</uro:BuildingDetailAttribute>
</uro:buildingDetailAttribute>
<uro:buildingIDAttribute>
<uro:BuildingIDAttribute>
<uro:buildingID>17206-bldg-1910</uro:buildingID>
<uro:prefecture codeSpace="../../codelists/Common_localPublicAuthorities.xml">17</uro:prefecture>
<uro:city codeSpace="../../codelists/Common_localPublicAuthorities.xml">17206</uro:city>
</uro:BuildingIDAttribute>
</uro:buildingIDAttribute>
</bldg:Building>
</core:cityObjectMember>
<core:cityObjectMember>
<bldg:Building gml:id="bldg_e4abf1ad-5993-4e19-b659-2166dd2b8d38">
<core:creationDate>2025-03-21</core:creationDate>
<bldg:class codeSpace="../../codelists/Building_class.xml">3001</bldg:class>
<bldg:usage codeSpace="../../codelists/Building_usage.xml">451</bldg:usage>
<bldg:yearOfConstruction>1977</bldg:yearOfConstruction>
<bldg:measuredHeight uom="m">5.5</bldg:measuredHeight>
<bldg:storeysAboveGround>1</bldg:storeysAboveGround>
<bldg:lod0RoofEdge><gml:MultiSurface><gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3266875 136.3637917 0 36.3268104 136.3637284 0 36.3267814 136.3636425 0 36.3266585 136.3637058 0 36.3266875 136.3637917 0</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember></gml:MultiSurface></bldg:lod0RoofEdge>
<bldg:lod1Solid><gml:Solid><gml:exterior><gml:CompositeSurface>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3266585 136.3637058 9 36.3267814 136.3636425 9 36.3268104 136.3637284 9 36.3266875 136.3637917 9 36.3266585 136.3637058 9</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3266875 136.3637917 9 36.3268104 136.3637284 9 36.3268104 136.3637284 13.8 36.3266875 136.3637917 13.8 36.3266875 136.3637917 9</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3268104 136.3637284 9 36.3267814 136.3636425 9 36.3267814 136.3636425 13.8 36.3268104 136.3637284 13.8 36.3268104 136.3637284 9</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3267814 136.3636425 9 36.3266585 136.3637058 9 36.3266585 136.3637058 13.8 36.3267814 136.3636425 13.8 36.3267814 136.3636425 9</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3266585 136.3637058 9 36.3266875 136.3637917 9 36.3266875 136.3637917 13.8 36.3266585 136.3637058 13.8 36.3266585 136.3637058 9</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3266875 136.3637917 13.8 36.3268104 136.3637284 13.8 36.3267814 136.3636425 13.8 36.3266585 136.3637058 13.8 36.3266875 136.3637917 13.8</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
</gml:CompositeSurface></gml:exterior></gml:Solid></bldg:lod1Solid>
<uro:bldgDataQualityAttribute>
<uro:DataQualityAttribute>
<uro:lod1HeightType codeSpace="../../codelists/DataQualityAttribute_lod1HeightType.xml">2</uro:lod1HeightType>
</uro:DataQualityAttribute>
</uro:bldgDataQualityAttribute>
<uro:bldgDisasterRiskAttribute>
<uro:RiverFloodingRiskAttribute>
<uro:description codeSpace="../../codelists/RiverFloodingRiskAttribute_description.xml">3</uro:description>
<uro:rank codeSpace="../../codelists/RiverFloodingRiskAttribute_rank.xml">2</uro:rank>
<uro:depth uom="m">0.5</uro:depth>
<uro:adminType codeSpace="../../codelists/RiverFloodingRiskAttribute_adminType.xml">2</uro:adminType>
<uro:scale codeSpace="../../codelists/RiverFloodingRiskAttribute_scale.xml">1</uro:scale>
<uro:duration uom="hour">11.43</uro:duration>
</uro:RiverFloodingRiskAttribute>
</uro:bldgDisasterRiskAttribute>
<uro:bldgDisasterRiskAttribute>
<uro:RiverFloodingRiskAttribute>
<uro:description codeSpace="../../codelists/RiverFloodingRiskAttribute_description.xml">3</uro:description>
<uro:rank codeSpace="../../codelists/RiverFloodingRiskAttribute_rank.xml">2</uro:rank>
<uro:depth uom="m">1.838</uro:depth>
<uro:adminType codeSpace="../../codelists/RiverFloodingRiskAttribute_adminType.xml">2</uro:adminType>
<uro:scale codeSpace="../../codelists/RiverFloodingRiskAttribute_scale.xml">2</uro:scale>
<uro:duration uom="hour">25.41</uro:duration>
</uro:RiverFloodingRiskAttribute>
</uro:bldgDisasterRiskAttribute>
<uro:buildingDetailAttribute>
<uro:BuildingDetailAttribute>
<uro:totalFloorArea uom="m2">120.05</uro:totalFloorArea>
<uro:buildingFootprintArea uom="m2">123.43</uro:buildingFootprintArea>
<uro:buildingStructureType codeSpace="../../codelists/Building_buildingStructureType.xml">604</uro:buildingStructureType>
<uro:surveyYear>2021</uro:surveyYear>
</uro:BuildingDetailAttribute>
</uro:buildingDetailAttribute>
<uro:buildingIDAttribute>
<uro:BuildingIDAttribute>
<uro:buildingID>17206-bldg-1911</uro:buildingID>
<uro:prefecture codeSpace="../../codelists/Common_localPublicAuthorities.xml">17</uro:prefecture>
<uro:city codeSpace="../../codelists/Common_localPublicAuthorities.xml">17206</uro:city>
</uro:BuildingIDAttribute>
</uro:buildingIDAttribute>
</bldg:Building>
</core:cityObjectMember>
<core:cityObjectMember>
<bldg:Building gml:id="bldg_c30ad505-59a6-4906-9bc7-7f3e93c5ab64">
<core:creationDate>2025-03-21</core:creationDate>
<bldg:class codeSpace="../../codelists/Building_class.xml">3001</bldg:class>
<bldg:usage codeSpace="../../codelists/Building_usage.xml">411</bldg:usage>
<bldg:yearOfConstruction>1981</bldg:yearOfConstruction>
<bldg:measuredHeight uom="m">4.8</bldg:measuredHeight>
<bldg:storeysAboveGround>1</bldg:storeysAboveGround>
<bldg:lod0RoofEdge><gml:MultiSurface><gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3267598 136.3639232 0 36.3266786 136.363965 0 36.3267107 136.3640604 0 36.3267919 136.3640186 0 36.3267598 136.3639232 0</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember></gml:MultiSurface></bldg:lod0RoofEdge>
<bldg:lod1Solid><gml:Solid><gml:exterior><gml:CompositeSurface>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3267919 136.3640186 9.23 36.3267107 136.3640604 9.23 36.3266786 136.363965 9.23 36.3267598 136.3639232 9.23 36.3267919 136.3640186 9.23</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3267598 136.3639232 9.23 36.3266786 136.363965 9.23 36.3266786 136.363965 13.02 36.3267598 136.3639232 13.02 36.3267598 136.3639232 9.23</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3266786 136.363965 9.23 36.3267107 136.3640604 9.23 36.3267107 136.3640604 13.02 36.3266786 136.363965 13.02 36.3266786 136.363965 9.23</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3267107 136.3640604 9.23 36.3267919 136.3640186 9.23 36.3267919 136.3640186 13.02 36.3267107 136.3640604 13.02 36.3267107 136.3640604 9.23</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3267919 136.3640186 9.23 36.3267598 136.3639232 9.23 36.3267598 136.3639232 13.02 36.3267919 136.3640186 13.02 36.3267919 136.3640186 9.23</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3267598 136.3639232 13.02 36.3266786 136.363965 13.02 36.3267107 136.3640604 13.02 36.3267919 136.3640186 13.02 36.3267598 136.3639232 13.02</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
</gml:CompositeSurface></gml:exterior></gml:Solid></bldg:lod1Solid>
<uro:bldgDataQualityAttribute>
<uro:DataQualityAttribute>
<uro:lod1HeightType codeSpace="../../codelists/DataQualityAttribute_lod1HeightType.xml">2</uro:lod1HeightType>
</uro:DataQualityAttribute>
</uro:bldgDataQualityAttribute>
<uro:bldgDisasterRiskAttribute>
<uro:RiverFloodingRiskAttribute>
<uro:description codeSpace="../../codelists/RiverFloodingRiskAttribute_description.xml">3</uro:description>
<uro:rank codeSpace="../../codelists/RiverFloodingRiskAttribute_rank.xml">1</uro:rank>
<uro:depth uom="m">0.367</uro:depth>
<uro:adminType codeSpace="../../codelists/RiverFloodingRiskAttribute_adminType.xml">2</uro:adminType>
<uro:scale codeSpace="../../codelists/RiverFloodingRiskAttribute_scale.xml">1</uro:scale>
<uro:duration uom="hour">10</uro:duration>
</uro:RiverFloodingRiskAttribute>
</uro:bldgDisasterRiskAttribute>
<uro:bldgDisasterRiskAttribute>
<uro:RiverFloodingRiskAttribute>
<uro:description codeSpace="../../codelists/RiverFloodingRiskAttribute_description.xml">3</uro:description>
<uro:rank codeSpace="../../codelists/RiverFloodingRiskAttribute_rank.xml">2</uro:rank>
<uro:depth uom="m">1.688</uro:depth>
<uro:adminType codeSpace="../../codelists/RiverFloodingRiskAttribute_adminType.xml">2</uro:adminType>
<uro:scale codeSpace="../../codelists/RiverFloodingRiskAttribute_scale.xml">2</uro:scale>
<uro:duration uom="hour">22.23</uro:duration>
</uro:RiverFloodingRiskAttribute>
</uro:bldgDisasterRiskAttribute>
<uro:buildingDetailAttribute>
<uro:BuildingDetailAttribute>
<uro:totalFloorArea uom="m2">81.34</uro:totalFloorArea>
<uro:buildingFootprintArea uom="m2">90.55</uro:buildingFootprintArea>
<uro:buildingStructureType codeSpace="../../codelists/Building_buildingStructureType.xml">601</uro:buildingStructureType>
<uro:surveyYear>2021</uro:surveyYear>
</uro:BuildingDetailAttribute>
</uro:buildingDetailAttribute>
<uro:buildingIDAttribute>
<uro:BuildingIDAttribute>
<uro:buildingID>17206-bldg-1912</uro:buildingID>
<uro:prefecture codeSpace="../../codelists/Common_localPublicAuthorities.xml">17</uro:prefecture>
<uro:city codeSpace="../../codelists/Common_localPublicAuthorities.xml">17206</uro:city>
</uro:BuildingIDAttribute>
</uro:buildingIDAttribute>
</bldg:Building>
</core:cityObjectMember>
<core:cityObjectMember>
<bldg:Building gml:id="bldg_6cfe8232-3ba7-4266-a6b1-93cc5678d3f9">
<core:creationDate>2025-03-21</core:creationDate>
<bldg:class codeSpace="../../codelists/Building_class.xml">3001</bldg:class>
<bldg:usage codeSpace="../../codelists/Building_usage.xml">412</bldg:usage>
<bldg:yearOfConstruction>2010</bldg:yearOfConstruction>
<bldg:measuredHeight uom="m">7.5</bldg:measuredHeight>
<bldg:storeysAboveGround>2</bldg:storeysAboveGround>
<bldg:storeysBelowGround>0</bldg:storeysBelowGround>
<bldg:lod0RoofEdge><gml:MultiSurface><gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3264536 136.3667623 0 36.3266233 136.366675 0 36.3265889 136.3665729 0 36.3264192 136.3666603 0 36.3264536 136.3667623 0</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember></gml:MultiSurface></bldg:lod0RoofEdge>
<bldg:lod1Solid><gml:Solid><gml:exterior><gml:CompositeSurface>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3264192 136.3666603 9.09 36.3265889 136.3665729 9.09 36.3266233 136.366675 9.09 36.3264536 136.3667623 9.09 36.3264192 136.3666603 9.09</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3264536 136.3667623 9.09 36.3266233 136.366675 9.09 36.3266233 136.366675 15.83 36.3264536 136.3667623 15.83 36.3264536 136.3667623 9.09</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3266233 136.366675 9.09 36.3265889 136.3665729 9.09 36.3265889 136.3665729 15.83 36.3266233 136.366675 15.83 36.3266233 136.366675 9.09</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3265889 136.3665729 9.09 36.3264192 136.3666603 9.09 36.3264192 136.3666603 15.83 36.3265889 136.3665729 15.83 36.3265889 136.3665729 9.09</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3264192 136.3666603 9.09 36.3264536 136.3667623 9.09 36.3264536 136.3667623 15.83 36.3264192 136.3666603 15.83 36.3264192 136.3666603 9.09</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3264536 136.3667623 15.83 36.3266233 136.366675 15.83 36.3265889 136.3665729 15.83 36.3264192 136.3666603 15.83 36.3264536 136.3667623 15.83</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
</gml:CompositeSurface></gml:exterior></gml:Solid></bldg:lod1Solid>
<uro:bldgDataQualityAttribute>
<uro:DataQualityAttribute>
<uro:lod1HeightType codeSpace="../../codelists/DataQualityAttribute_lod1HeightType.xml">2</uro:lod1HeightType>
</uro:DataQualityAttribute>
</uro:bldgDataQualityAttribute>
<uro:buildingDetailAttribute>
<uro:BuildingDetailAttribute>
<uro:totalFloorArea uom="m2">347.38</uro:totalFloorArea>
<uro:buildingFootprintArea uom="m2">202.53</uro:buildingFootprintArea>
<uro:buildingStructureType codeSpace="../../codelists/Building_buildingStructureType.xml">605</uro:buildingStructureType>
<uro:surveyYear>2021</uro:surveyYear>
</uro:BuildingDetailAttribute>
</uro:buildingDetailAttribute>
<uro:buildingIDAttribute>
<uro:BuildingIDAttribute>
<uro:buildingID>17206-bldg-1947</uro:buildingID>
<uro:prefecture codeSpace="../../codelists/Common_localPublicAuthorities.xml">17</uro:prefecture>
<uro:city codeSpace="../../codelists/Common_localPublicAuthorities.xml">17206</uro:city>
</uro:BuildingIDAttribute>
</uro:buildingIDAttribute>
</bldg:Building>
</core:cityObjectMember>
<core:cityObjectMember>
<bldg:Building gml:id="bldg_9b797204-86f2-46d6-9ea1-f4c483fe42ab">
<core:creationDate>2025-03-21</core:creationDate>
<bldg:class codeSpace="../../codelists/Building_class.xml">3001</bldg:class>
<bldg:usage codeSpace="../../codelists/Building_usage.xml">411</bldg:usage>
<bldg:yearOfConstruction>1965</bldg:yearOfConstruction>
<bldg:measuredHeight uom="m">7.4</bldg:measuredHeight>
<bldg:storeysAboveGround>2</bldg:storeysAboveGround>
<bldg:lod0RoofEdge><gml:MultiSurface><gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.326392 136.3665794 0 36.3264888 136.3665296 0 36.3264571 136.3664358 0 36.3263603 136.3664857 0 36.326392 136.3665794 0</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember></gml:MultiSurface></bldg:lod0RoofEdge>
<bldg:lod1Solid><gml:Solid><gml:exterior><gml:CompositeSurface>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3263603 136.3664857 9.19 36.3264571 136.3664358 9.19 36.3264888 136.3665296 9.19 36.326392 136.3665794 9.19 36.3263603 136.3664857 9.19</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.326392 136.3665794 9.19 36.3264888 136.3665296 9.19 36.3264888 136.3665296 15.67 36.326392 136.3665794 15.67 36.326392 136.3665794 9.19</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3264888 136.3665296 9.19 36.3264571 136.3664358 9.19 36.3264571 136.3664358 15.67 36.3264888 136.3665296 15.67 36.3264888 136.3665296 9.19</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3264571 136.3664358 9.19 36.3263603 136.3664857 9.19 36.3263603 136.3664857 15.67 36.3264571 136.3664358 15.67 36.3264571 136.3664358 9.19</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3263603 136.3664857 9.19 36.326392 136.3665794 9.19 36.326392 136.3665794 15.67 36.3263603 136.3664857 15.67 36.3263603 136.3664857 9.19</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.326392 136.3665794 15.67 36.3264888 136.3665296 15.67 36.3264571 136.3664358 15.67 36.3263603 136.3664857 15.67 36.326392 136.3665794 15.67</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
</gml:CompositeSurface></gml:exterior></gml:Solid></bldg:lod1Solid>
<uro:bldgDataQualityAttribute>
<uro:DataQualityAttribute>
<uro:lod1HeightType codeSpace="../../codelists/DataQualityAttribute_lod1HeightType.xml">2</uro:lod1HeightType>
</uro:DataQualityAttribute>
</uro:bldgDataQualityAttribute>
<uro:buildingDetailAttribute>
<uro:BuildingDetailAttribute>
<uro:totalFloorArea uom="m2">204.96</uro:totalFloorArea>
<uro:buildingFootprintArea uom="m2">106.13</uro:buildingFootprintArea>
<uro:buildingStructureType codeSpace="../../codelists/Building_buildingStructureType.xml">601</uro:buildingStructureType>
<uro:surveyYear>2021</uro:surveyYear>
</uro:BuildingDetailAttribute>
</uro:buildingDetailAttribute>
<uro:buildingIDAttribute>
<uro:BuildingIDAttribute>
<uro:buildingID>17206-bldg-1948</uro:buildingID>
<uro:prefecture codeSpace="../../codelists/Common_localPublicAuthorities.xml">17</uro:prefecture>
<uro:city codeSpace="../../codelists/Common_localPublicAuthorities.xml">17206</uro:city>
</uro:BuildingIDAttribute>
</uro:buildingIDAttribute>
</bldg:Building>
</core:cityObjectMember>
<core:cityObjectMember>
<bldg:Building gml:id="bldg_63ba8174-add2-46b5-9c40-359524f82690">
<core:creationDate>2025-03-21</core:creationDate>
<bldg:class codeSpace="../../codelists/Building_class.xml">3001</bldg:class>
<bldg:usage codeSpace="../../codelists/Building_usage.xml">411</bldg:usage>
<bldg:yearOfConstruction>1965</bldg:yearOfConstruction>
<bldg:measuredHeight uom="m">7.1</bldg:measuredHeight>
<bldg:storeysAboveGround>2</bldg:storeysAboveGround>
<bldg:lod0RoofEdge><gml:MultiSurface><gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3268531 136.3665865 0 36.3269252 136.3665493 0 36.3268997 136.3664737 0 36.3268276 136.3665109 0 36.3268531 136.3665865 0</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember></gml:MultiSurface></bldg:lod0RoofEdge>
<bldg:lod1Solid><gml:Solid><gml:exterior><gml:CompositeSurface>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3268276 136.3665109 8.96 36.3268997 136.3664737 8.96 36.3269252 136.3665493 8.96 36.3268531 136.3665865 8.96 36.3268276 136.3665109 8.96</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3268531 136.3665865 8.96 36.3269252 136.3665493 8.96 36.3269252 136.3665493 15.32 36.3268531 136.3665865 15.32 36.3268531 136.3665865 8.96</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3269252 136.3665493 8.96 36.3268997 136.3664737 8.96 36.3268997 136.3664737 15.32 36.3269252 136.3665493 15.32 36.3269252 136.3665493 8.96</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3268997 136.3664737 8.96 36.3268276 136.3665109 8.96 36.3268276 136.3665109 15.32 36.3268997 136.3664737 15.32 36.3268997 136.3664737 8.96</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3268276 136.3665109 8.96 36.3268531 136.3665865 8.96 36.3268531 136.3665865 15.32 36.3268276 136.3665109 15.32 36.3268276 136.3665109 8.96</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3268531 136.3665865 15.32 36.3269252 136.3665493 15.32 36.3268997 136.3664737 15.32 36.3268276 136.3665109 15.32 36.3268531 136.3665865 15.32</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
</gml:CompositeSurface></gml:exterior></gml:Solid></bldg:lod1Solid>
<uro:bldgDataQualityAttribute>
<uro:DataQualityAttribute>
<uro:lod1HeightType codeSpace="../../codelists/DataQualityAttribute_lod1HeightType.xml">2</uro:lod1HeightType>
</uro:DataQualityAttribute>
</uro:bldgDataQualityAttribute>
<uro:bldgDisasterRiskAttribute>
<uro:RiverFloodingRiskAttribute>
<uro:description codeSpace="../../codelists/RiverFloodingRiskAttribute_description.xml">3</uro:description>
<uro:rank codeSpace="../../codelists/RiverFloodingRiskAttribute_rank.xml">1</uro:rank>
<uro:depth uom="m">0.065</uro:depth>
<uro:adminType codeSpace="../../codelists/RiverFloodingRiskAttribute_adminType.xml">2</uro:adminType>
<uro:scale codeSpace="../../codelists/RiverFloodingRiskAttribute_scale.xml">2</uro:scale>
<uro:duration uom="hour">3.1</uro:duration>
</uro:RiverFloodingRiskAttribute>
</uro:bldgDisasterRiskAttribute>
<uro:buildingDetailAttribute>
<uro:BuildingDetailAttribute>
<uro:totalFloorArea uom="m2">117.77</uro:totalFloorArea>
<uro:buildingFootprintArea uom="m2">63.77</uro:buildingFootprintArea>
<uro:buildingStructureType codeSpace="../../codelists/Building_buildingStructureType.xml">601</uro:buildingStructureType>
<uro:surveyYear>2021</uro:surveyYear>
</uro:BuildingDetailAttribute>
</uro:buildingDetailAttribute>
<uro:buildingIDAttribute>
<uro:BuildingIDAttribute>
<uro:buildingID>17206-bldg-1949</uro:buildingID>
<uro:prefecture codeSpace="../../codelists/Common_localPublicAuthorities.xml">17</uro:prefecture>
<uro:city codeSpace="../../codelists/Common_localPublicAuthorities.xml">17206</uro:city>
</uro:BuildingIDAttribute>
</uro:buildingIDAttribute>
</bldg:Building>
</core:cityObjectMember>
<core:cityObjectMember>
<bldg:Building gml:id="bldg_2c5f1155-8966-4fe9-b2ce-359394668727">
<core:creationDate>2025-03-21</core:creationDate>
<bldg:class codeSpace="../../codelists/Building_class.xml">3001</bldg:class>
<bldg:usage codeSpace="../../codelists/Building_usage.xml">411</bldg:usage>
<bldg:yearOfConstruction>1967</bldg:yearOfConstruction>
<bldg:measuredHeight uom="m">7.8</bldg:measuredHeight>
<bldg:storeysAboveGround>2</bldg:storeysAboveGround>
<bldg:lod0RoofEdge><gml:MultiSurface><gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3269544 136.3667292 0 36.3268671 136.3667742 0 36.3268939 136.3668534 0 36.3269811 136.3668085 0 36.3269544 136.3667292 0</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember></gml:MultiSurface></bldg:lod0RoofEdge>
<bldg:lod1Solid><gml:Solid><gml:exterior><gml:CompositeSurface>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3269811 136.3668085 8.87 36.3268939 136.3668534 8.87 36.3268671 136.3667742 8.87 36.3269544 136.3667292 8.87 36.3269811 136.3668085 8.87</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3269544 136.3667292 8.87 36.3268671 136.3667742 8.87 36.3268671 136.3667742 15.84 36.3269544 136.3667292 15.84 36.3269544 136.3667292 8.87</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3268671 136.3667742 8.87 36.3268939 136.3668534 8.87 36.3268939 136.3668534 15.84 36.3268671 136.3667742 15.84 36.3268671 136.3667742 8.87</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3268939 136.3668534 8.87 36.3269811 136.3668085 8.87 36.3269811 136.3668085 15.84 36.3268939 136.3668534 15.84 36.3268939 136.3668534 8.87</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3269811 136.3668085 8.87 36.3269544 136.3667292 8.87 36.3269544 136.3667292 15.84 36.3269811 136.3668085 15.84 36.3269811 136.3668085 8.87</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3269544 136.3667292 15.84 36.3268671 136.3667742 15.84 36.3268939 136.3668534 15.84 36.3269811 136.3668085 15.84 36.3269544 136.3667292 15.84</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
</gml:CompositeSurface></gml:exterior></gml:Solid></bldg:lod1Solid>
<uro:bldgDataQualityAttribute>
<uro:DataQualityAttribute>
<uro:lod1HeightType codeSpace="../../codelists/DataQualityAttribute_lod1HeightType.xml">2</uro:lod1HeightType>
</uro:DataQualityAttribute>
</uro:bldgDataQualityAttribute>
<uro:buildingDetailAttribute>
<uro:BuildingDetailAttribute>
<uro:totalFloorArea uom="m2">153.18</uro:totalFloorArea>
<uro:buildingFootprintArea uom="m2">80.86</uro:buildingFootprintArea>
<uro:buildingStructureType codeSpace="../../codelists/Building_buildingStructureType.xml">601</uro:buildingStructureType>
<uro:surveyYear>2021</uro:surveyYear>
</uro:BuildingDetailAttribute>
</uro:buildingDetailAttribute>
<uro:buildingIDAttribute>
<uro:BuildingIDAttribute>
<uro:buildingID>17206-bldg-1950</uro:buildingID>
<uro:prefecture codeSpace="../../codelists/Common_localPublicAuthorities.xml">17</uro:prefecture>
<uro:city codeSpace="../../codelists/Common_localPublicAuthorities.xml">17206</uro:city>
</uro:BuildingIDAttribute>
</uro:buildingIDAttribute>
</bldg:Building>
</core:cityObjectMember>
<core:cityObjectMember>
<bldg:Building gml:id="bldg_37ccb33f-322b-4ab4-bca6-ea7148834180">
<core:creationDate>2025-03-21</core:creationDate>
<bldg:class codeSpace="../../codelists/Building_class.xml">3001</bldg:class>
<bldg:usage codeSpace="../../codelists/Building_usage.xml">411</bldg:usage>
<bldg:yearOfConstruction>1969</bldg:yearOfConstruction>
<bldg:measuredHeight uom="m">7.6</bldg:measuredHeight>
<bldg:storeysAboveGround>2</bldg:storeysAboveGround>
<bldg:lod0RoofEdge><gml:MultiSurface><gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3269139 136.3669128 0 36.3269476 136.367013 0 36.3270176 136.3669769 0 36.3269839 136.3668768 0 36.3269139 136.3669128 0</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember></gml:MultiSurface></bldg:lod0RoofEdge>
<bldg:lod1Solid><gml:Solid><gml:exterior><gml:CompositeSurface>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3269839 136.3668768 8.86 36.3270176 136.3669769 8.86 36.3269476 136.367013 8.86 36.3269139 136.3669128 8.86 36.3269839 136.3668768 8.86</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3269139 136.3669128 8.86 36.3269476 136.367013 8.86 36.3269476 136.367013 15.53 36.3269139 136.3669128 15.53 36.3269139 136.3669128 8.86</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3269476 136.367013 8.86 36.3270176 136.3669769 8.86 36.3270176 136.3669769 15.53 36.3269476 136.367013 15.53 36.3269476 136.367013 8.86</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3270176 136.3669769 8.86 36.3269839 136.3668768 8.86 36.3269839 136.3668768 15.53 36.3270176 136.3669769 15.53 36.3270176 136.3669769 8.86</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3269839 136.3668768 8.86 36.3269139 136.3669128 8.86 36.3269139 136.3669128 15.53 36.3269839 136.3668768 15.53 36.3269839 136.3668768 8.86</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3269139 136.3669128 15.53 36.3269476 136.367013 15.53 36.3270176 136.3669769 15.53 36.3269839 136.3668768 15.53 36.3269139 136.3669128 15.53</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
</gml:CompositeSurface></gml:exterior></gml:Solid></bldg:lod1Solid>
<uro:bldgDataQualityAttribute>
<uro:DataQualityAttribute>
<uro:lod1HeightType codeSpace="../../codelists/DataQualityAttribute_lod1HeightType.xml">2</uro:lod1HeightType>
</uro:DataQualityAttribute>
</uro:bldgDataQualityAttribute>
<uro:buildingDetailAttribute>
<uro:BuildingDetailAttribute>
<uro:totalFloorArea uom="m2">139.66</uro:totalFloorArea>
<uro:buildingFootprintArea uom="m2">81.95</uro:buildingFootprintArea>
<uro:buildingStructureType codeSpace="../../codelists/Building_buildingStructureType.xml">601</uro:buildingStructureType>
<uro:surveyYear>2021</uro:surveyYear>
</uro:BuildingDetailAttribute>
</uro:buildingDetailAttribute>
<uro:buildingIDAttribute>
<uro:BuildingIDAttribute>
<uro:buildingID>17206-bldg-1951</uro:buildingID>
<uro:prefecture codeSpace="../../codelists/Common_localPublicAuthorities.xml">17</uro:prefecture>
<uro:city codeSpace="../../codelists/Common_localPublicAuthorities.xml">17206</uro:city>
</uro:BuildingIDAttribute>
</uro:buildingIDAttribute>
</bldg:Building>
</core:cityObjectMember>
<core:cityObjectMember>
<bldg:Building gml:id="bldg_ecdf88ad-026f-4a9a-b737-9dcd6e0bd9ce">
<core:creationDate>2025-03-21</core:creationDate>
<bldg:class codeSpace="../../codelists/Building_class.xml">3001</bldg:class>
<bldg:usage codeSpace="../../codelists/Building_usage.xml">411</bldg:usage>
<bldg:yearOfConstruction>2013</bldg:yearOfConstruction>
<bldg:measuredHeight uom="m">8</bldg:measuredHeight>
<bldg:storeysAboveGround>2</bldg:storeysAboveGround>
<bldg:lod0RoofEdge><gml:MultiSurface><gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3270502 136.3693815 0 36.3271411 136.3693348 0 36.3271101 136.3692429 0 36.3270193 136.3692896 0 36.3270502 136.3693815 0</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember></gml:MultiSurface></bldg:lod0RoofEdge>
<bldg:lod1Solid><gml:Solid><gml:exterior><gml:CompositeSurface>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3270193 136.3692896 8.85 36.3271101 136.3692429 8.85 36.3271411 136.3693348 8.85 36.3270502 136.3693815 8.85 36.3270193 136.3692896 8.85</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3270502 136.3693815 8.85 36.3271411 136.3693348 8.85 36.3271411 136.3693348 15.94 36.3270502 136.3693815 15.94 36.3270502 136.3693815 8.85</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3271411 136.3693348 8.85 36.3271101 136.3692429 8.85 36.3271101 136.3692429 15.94 36.3271411 136.3693348 15.94 36.3271411 136.3693348 8.85</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3271101 136.3692429 8.85 36.3270193 136.3692896 8.85 36.3270193 136.3692896 15.94 36.3271101 136.3692429 15.94 36.3271101 136.3692429 8.85</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3270193 136.3692896 8.85 36.3270502 136.3693815 8.85 36.3270502 136.3693815 15.94 36.3270193 136.3692896 15.94 36.3270193 136.3692896 8.85</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3270502 136.3693815 15.94 36.3271411 136.3693348 15.94 36.3271101 136.3692429 15.94 36.3270193 136.3692896 15.94 36.3270502 136.3693815 15.94</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
</gml:CompositeSurface></gml:exterior></gml:Solid></bldg:lod1Solid>
<uro:bldgDataQualityAttribute>
<uro:DataQualityAttribute>
<uro:lod1HeightType codeSpace="../../codelists/DataQualityAttribute_lod1HeightType.xml">2</uro:lod1HeightType>
</uro:DataQualityAttribute>
</uro:bldgDataQualityAttribute>
<uro:buildingDetailAttribute>
<uro:BuildingDetailAttribute>
<uro:totalFloorArea uom="m2">189.66</uro:totalFloorArea>
<uro:buildingFootprintArea uom="m2">97.61</uro:buildingFootprintArea>
<uro:buildingStructureType codeSpace="../../codelists/Building_buildingStructureType.xml">601</uro:buildingStructureType>
<uro:surveyYear>2021</uro:surveyYear>
</uro:BuildingDetailAttribute>
</uro:buildingDetailAttribute>
<uro:buildingIDAttribute>
<uro:BuildingIDAttribute>
<uro:buildingID>17206-bldg-1956</uro:buildingID>
<uro:prefecture codeSpace="../../codelists/Common_localPublicAuthorities.xml">17</uro:prefecture>
<uro:city codeSpace="../../codelists/Common_localPublicAuthorities.xml">17206</uro:city>
</uro:BuildingIDAttribute>
</uro:buildingIDAttribute>
</bldg:Building>
</core:cityObjectMember>
<core:cityObjectMember>
<bldg:Building gml:id="bldg_5a080c35-3d33-4b59-b098-b9cab901b7c9">
<core:creationDate>2025-03-21</core:creationDate>
<bldg:class codeSpace="../../codelists/Building_class.xml">3001</bldg:class>
<bldg:usage codeSpace="../../codelists/Building_usage.xml">411</bldg:usage>
<bldg:yearOfConstruction>1998</bldg:yearOfConstruction>
<bldg:measuredHeight uom="m">7.2</bldg:measuredHeight>
<bldg:storeysAboveGround>2</bldg:storeysAboveGround>
<bldg:lod0RoofEdge><gml:MultiSurface><gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3271736 136.3694974 0 36.3270864 136.3695423 0 36.3271123 136.3696189 0 36.3271994 136.369574 0 36.3271736 136.3694974 0</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember></gml:MultiSurface></bldg:lod0RoofEdge>
<bldg:lod1Solid><gml:Solid><gml:exterior><gml:CompositeSurface>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3271994 136.369574 8.82 36.3271123 136.3696189 8.82 36.3270864 136.3695423 8.82 36.3271736 136.3694974 8.82 36.3271994 136.369574 8.82</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3271736 136.3694974 8.82 36.3270864 136.3695423 8.82 36.3270864 136.3695423 15.21 36.3271736 136.3694974 15.21 36.3271736 136.3694974 8.82</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3270864 136.3695423 8.82 36.3271123 136.3696189 8.82 36.3271123 136.3696189 15.21 36.3270864 136.3695423 15.21 36.3270864 136.3695423 8.82</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3271123 136.3696189 8.82 36.3271994 136.369574 8.82 36.3271994 136.369574 15.21 36.3271123 136.3696189 15.21 36.3271123 136.3696189 8.82</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3271994 136.369574 8.82 36.3271736 136.3694974 8.82 36.3271736 136.3694974 15.21 36.3271994 136.369574 15.21 36.3271994 136.369574 8.82</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3271736 136.3694974 15.21 36.3270864 136.3695423 15.21 36.3271123 136.3696189 15.21 36.3271994 136.369574 15.21 36.3271736 136.3694974 15.21</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
</gml:CompositeSurface></gml:exterior></gml:Solid></bldg:lod1Solid>
<uro:bldgDataQualityAttribute>
<uro:DataQualityAttribute>
<uro:lod1HeightType codeSpace="../../codelists/DataQualityAttribute_lod1HeightType.xml">2</uro:lod1HeightType>
</uro:DataQualityAttribute>
</uro:bldgDataQualityAttribute>
<uro:buildingDetailAttribute>
<uro:BuildingDetailAttribute>
<uro:totalFloorArea uom="m2">142.99</uro:totalFloorArea>
<uro:buildingFootprintArea uom="m2">78.03</uro:buildingFootprintArea>
<uro:buildingStructureType codeSpace="../../codelists/Building_buildingStructureType.xml">601</uro:buildingStructureType>
<uro:surveyYear>2021</uro:surveyYear>
</uro:BuildingDetailAttribute>
</uro:buildingDetailAttribute>
<uro:buildingIDAttribute>
<uro:BuildingIDAttribute>
<uro:buildingID>17206-bldg-1957</uro:buildingID>
<uro:prefecture codeSpace="../../codelists/Common_localPublicAuthorities.xml">17</uro:prefecture>
<uro:city codeSpace="../../codelists/Common_localPublicAuthorities.xml">17206</uro:city>
</uro:BuildingIDAttribute>
</uro:buildingIDAttribute>
</bldg:Building>
</core:cityObjectMember>
<core:cityObjectMember>
<bldg:Building gml:id="bldg_850faedf-0774-4f0a-83b6-5b41aba480ef">
<core:creationDate>2025-03-21</core:creationDate>
<bldg:class codeSpace="../../codelists/Building_class.xml">3001</bldg:class>
<bldg:usage codeSpace="../../codelists/Building_usage.xml">411</bldg:usage>
<bldg:yearOfConstruction>2001</bldg:yearOfConstruction>
<bldg:measuredHeight uom="m">7.7</bldg:measuredHeight>
<bldg:storeysAboveGround>2</bldg:storeysAboveGround>
<bldg:lod0RoofEdge><gml:MultiSurface><gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3272404 136.3696486 0 36.3271397 136.3697004 0 36.3271665 136.3697797 0 36.3272671 136.3697279 0 36.3272404 136.3696486 0</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember></gml:MultiSurface></bldg:lod0RoofEdge>
<bldg:lod1Solid><gml:Solid><gml:exterior><gml:CompositeSurface>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3272671 136.3697279 8.77 36.3271665 136.3697797 8.77 36.3271397 136.3697004 8.77 36.3272404 136.3696486 8.77 36.3272671 136.3697279 8.77</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3272404 136.3696486 8.77 36.3271397 136.3697004 8.77 36.3271397 136.3697004 15.65 36.3272404 136.3696486 15.65 36.3272404 136.3696486 8.77</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3271397 136.3697004 8.77 36.3271665 136.3697797 8.77 36.3271665 136.3697797 15.65 36.3271397 136.3697004 15.65 36.3271397 136.3697004 8.77</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3271665 136.3697797 8.77 36.3272671 136.3697279 8.77 36.3272671 136.3697279 15.65 36.3271665 136.3697797 15.65 36.3271665 136.3697797 8.77</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3272671 136.3697279 8.77 36.3272404 136.3696486 8.77 36.3272404 136.3696486 15.65 36.3272671 136.3697279 15.65 36.3272671 136.3697279 8.77</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3272404 136.3696486 15.65 36.3271397 136.3697004 15.65 36.3271665 136.3697797 15.65 36.3272671 136.3697279 15.65 36.3272404 136.3696486 15.65</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
</gml:CompositeSurface></gml:exterior></gml:Solid></bldg:lod1Solid>
<uro:bldgDataQualityAttribute>
<uro:DataQualityAttribute>
<uro:lod1HeightType codeSpace="../../codelists/DataQualityAttribute_lod1HeightType.xml">2</uro:lod1HeightType>
</uro:DataQualityAttribute>
</uro:bldgDataQualityAttribute>
<uro:buildingDetailAttribute>
<uro:BuildingDetailAttribute>
<uro:totalFloorArea uom="m2">164.54</uro:totalFloorArea>
<uro:buildingFootprintArea uom="m2">93.32</uro:buildingFootprintArea>
<uro:buildingStructureType codeSpace="../../codelists/Building_buildingStructureType.xml">601</uro:buildingStructureType>
<uro:surveyYear>2021</uro:surveyYear>
</uro:BuildingDetailAttribute>
</uro:buildingDetailAttribute>
<uro:buildingIDAttribute>
<uro:BuildingIDAttribute>
<uro:buildingID>17206-bldg-1958</uro:buildingID>
<uro:prefecture codeSpace="../../codelists/Common_localPublicAuthorities.xml">17</uro:prefecture>
<uro:city codeSpace="../../codelists/Common_localPublicAuthorities.xml">17206</uro:city>
</uro:BuildingIDAttribute>
</uro:buildingIDAttribute>
</bldg:Building>
</core:cityObjectMember>
<core:cityObjectMember>
<bldg:Building gml:id="bldg_483058a0-cd94-4ed0-8d5c-383ffaac0d4c">
<core:creationDate>2025-03-21</core:creationDate>
<bldg:class codeSpace="../../codelists/Building_class.xml">3001</bldg:class>
<bldg:usage codeSpace="../../codelists/Building_usage.xml">411</bldg:usage>
<bldg:yearOfConstruction>2012</bldg:yearOfConstruction>
<bldg:measuredHeight uom="m">7.5</bldg:measuredHeight>
<bldg:storeysAboveGround>2</bldg:storeysAboveGround>
<bldg:lod0RoofEdge><gml:MultiSurface><gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3250338 136.3733411 0 36.3251168 136.3732984 0 36.3250868 136.3732096 0 36.3250039 136.3732523 0 36.3250338 136.3733411 0</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember></gml:MultiSurface></bldg:lod0RoofEdge>
<bldg:lod1Solid><gml:Solid><gml:exterior><gml:CompositeSurface>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3250039 136.3732523 8.71 36.3250868 136.3732096 8.71 36.3251168 136.3732984 8.71 36.3250338 136.3733411 8.71 36.3250039 136.3732523 8.71</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3250338 136.3733411 8.71 36.3251168 136.3732984 8.71 36.3251168 136.3732984 15.27 36.3250338 136.3733411 15.27 36.3250338 136.3733411 8.71</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3251168 136.3732984 8.71 36.3250868 136.3732096 8.71 36.3250868 136.3732096 15.27 36.3251168 136.3732984 15.27 36.3251168 136.3732984 8.71</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3250868 136.3732096 8.71 36.3250039 136.3732523 8.71 36.3250039 136.3732523 15.27 36.3250868 136.3732096 15.27 36.3250868 136.3732096 8.71</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3250039 136.3732523 8.71 36.3250338 136.3733411 8.71 36.3250338 136.3733411 15.27 36.3250039 136.3732523 15.27 36.3250039 136.3732523 8.71</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3250338 136.3733411 15.27 36.3251168 136.3732984 15.27 36.3250868 136.3732096 15.27 36.3250039 136.3732523 15.27 36.3250338 136.3733411 15.27</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
</gml:CompositeSurface></gml:exterior></gml:Solid></bldg:lod1Solid>
<uro:bldgDataQualityAttribute>
<uro:DataQualityAttribute>
<uro:lod1HeightType codeSpace="../../codelists/DataQualityAttribute_lod1HeightType.xml">2</uro:lod1HeightType>
</uro:DataQualityAttribute>
</uro:bldgDataQualityAttribute>
<uro:buildingDetailAttribute>
<uro:BuildingDetailAttribute>
<uro:totalFloorArea uom="m2">141.82</uro:totalFloorArea>
<uro:buildingFootprintArea uom="m2">86.18</uro:buildingFootprintArea>
<uro:buildingStructureType codeSpace="../../codelists/Building_buildingStructureType.xml">605</uro:buildingStructureType>
<uro:surveyYear>2021</uro:surveyYear>
</uro:BuildingDetailAttribute>
</uro:buildingDetailAttribute>
<uro:buildingIDAttribute>
<uro:BuildingIDAttribute>
<uro:buildingID>17206-bldg-1969</uro:buildingID>
<uro:prefecture codeSpace="../../codelists/Common_localPublicAuthorities.xml">17</uro:prefecture>
<uro:city codeSpace="../../codelists/Common_localPublicAuthorities.xml">17206</uro:city>
</uro:BuildingIDAttribute>
</uro:buildingIDAttribute>
</bldg:Building>
</core:cityObjectMember>
<core:cityObjectMember>
<bldg:Building gml:id="bldg_19c2a778-de1d-4fac-8bc3-ce370f0f1859">
<core:creationDate>2025-03-21</core:creationDate>
<bldg:class codeSpace="../../codelists/Building_class.xml">3001</bldg:class>
<bldg:usage codeSpace="../../codelists/Building_usage.xml">411</bldg:usage>
<bldg:yearOfConstruction>1981</bldg:yearOfConstruction>
<bldg:measuredHeight uom="m">8</bldg:measuredHeight>
<bldg:storeysAboveGround>2</bldg:storeysAboveGround>
<bldg:lod0RoofEdge><gml:MultiSurface><gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3249731 136.3731611 0 36.3250953 136.3730982 0 36.3250595 136.372992 0 36.3249373 136.3730549 0 36.3249731 136.3731611 0</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember></gml:MultiSurface></bldg:lod0RoofEdge>
<bldg:lod1Solid><gml:Solid><gml:exterior><gml:CompositeSurface>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3249373 136.3730549 8.69 36.3250595 136.372992 8.69 36.3250953 136.3730982 8.69 36.3249731 136.3731611 8.69 36.3249373 136.3730549 8.69</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3249731 136.3731611 8.69 36.3250953 136.3730982 8.69 36.3250953 136.3730982 15.59 36.3249731 136.3731611 15.59 36.3249731 136.3731611 8.69</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3250953 136.3730982 8.69 36.3250595 136.372992 8.69 36.3250595 136.372992 15.59 36.3250953 136.3730982 15.59 36.3250953 136.3730982 8.69</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3250595 136.372992 8.69 36.3249373 136.3730549 8.69 36.3249373 136.3730549 15.59 36.3250595 136.372992 15.59 36.3250595 136.372992 8.69</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3249373 136.3730549 8.69 36.3249731 136.3731611 8.69 36.3249731 136.3731611 15.59 36.3249373 136.3730549 15.59 36.3249373 136.3730549 8.69</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3249731 136.3731611 15.59 36.3250953 136.3730982 15.59 36.3250595 136.372992 15.59 36.3249373 136.3730549 15.59 36.3249731 136.3731611 15.59</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
</gml:CompositeSurface></gml:exterior></gml:Solid></bldg:lod1Solid>
<uro:bldgDataQualityAttribute>
<uro:DataQualityAttribute>
<uro:lod1HeightType codeSpace="../../codelists/DataQualityAttribute_lod1HeightType.xml">2</uro:lod1HeightType>
</uro:DataQualityAttribute>
</uro:bldgDataQualityAttribute>
<uro:buildingDetailAttribute>
<uro:BuildingDetailAttribute>
<uro:totalFloorArea uom="m2">277.53</uro:totalFloorArea>
<uro:buildingFootprintArea uom="m2">151.76</uro:buildingFootprintArea>
<uro:buildingStructureType codeSpace="../../codelists/Building_buildingStructureType.xml">601</uro:buildingStructureType>
<uro:surveyYear>2021</uro:surveyYear>
</uro:BuildingDetailAttribute>
</uro:buildingDetailAttribute>
<uro:buildingIDAttribute>
<uro:BuildingIDAttribute>
<uro:buildingID>17206-bldg-1970</uro:buildingID>
<uro:prefecture codeSpace="../../codelists/Common_localPublicAuthorities.xml">17</uro:prefecture>
<uro:city codeSpace="../../codelists/Common_localPublicAuthorities.xml">17206</uro:city>
</uro:BuildingIDAttribute>
</uro:buildingIDAttribute>
</bldg:Building>
</core:cityObjectMember>
<core:cityObjectMember>
<bldg:Building gml:id="bldg_ae17bc18-4f57-410f-b6fa-4b7914f5ca3f">
<core:creationDate>2025-03-21</core:creationDate>
<bldg:class codeSpace="../../codelists/Building_class.xml">3001</bldg:class>
<bldg:usage codeSpace="../../codelists/Building_usage.xml">411</bldg:usage>
<bldg:yearOfConstruction>1991</bldg:yearOfConstruction>
<bldg:measuredHeight uom="m">5.8</bldg:measuredHeight>
<bldg:storeysAboveGround>1</bldg:storeysAboveGround>
<bldg:lod0RoofEdge><gml:MultiSurface><gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3251591 136.3732654 0 36.3252769 136.3732048 0 36.3252392 136.3730928 0 36.3251214 136.3731535 0 36.3251591 136.3732654 0</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember></gml:MultiSurface></bldg:lod0RoofEdge>
<bldg:lod1Solid><gml:Solid><gml:exterior><gml:CompositeSurface>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3251214 136.3731535 8.61 36.3252392 136.3730928 8.61 36.3252769 136.3732048 8.61 36.3251591 136.3732654 8.61 36.3251214 136.3731535 8.61</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3251591 136.3732654 8.61 36.3252769 136.3732048 8.61 36.3252769 136.3732048 13.3 36.3251591 136.3732654 13.3 36.3251591 136.3732654 8.61</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3252769 136.3732048 8.61 36.3252392 136.3730928 8.61 36.3252392 136.3730928 13.3 36.3252769 136.3732048 13.3 36.3252769 136.3732048 8.61</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3252392 136.3730928 8.61 36.3251214 136.3731535 8.61 36.3251214 136.3731535 13.3 36.3252392 136.3730928 13.3 36.3252392 136.3730928 8.61</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3251214 136.3731535 8.61 36.3251591 136.3732654 8.61 36.3251591 136.3732654 13.3 36.3251214 136.3731535 13.3 36.3251214 136.3731535 8.61</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3251591 136.3732654 13.3 36.3252769 136.3732048 13.3 36.3252392 136.3730928 13.3 36.3251214 136.3731535 13.3 36.3251591 136.3732654 13.3</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
</gml:CompositeSurface></gml:exterior></gml:Solid></bldg:lod1Solid>
<uro:bldgDataQualityAttribute>
<uro:DataQualityAttribute>
<uro:lod1HeightType codeSpace="../../codelists/DataQualityAttribute_lod1HeightType.xml">2</uro:lod1HeightType>
</uro:DataQualityAttribute>
</uro:bldgDataQualityAttribute>
<uro:buildingDetailAttribute>
<uro:BuildingDetailAttribute>
<uro:totalFloorArea uom="m2">142.89</uro:totalFloorArea>
<uro:buildingFootprintArea uom="m2">154.21</uro:buildingFootprintArea>
<uro:buildingStructureType codeSpace="../../codelists/Building_buildingStructureType.xml">601</uro:buildingStructureType>
<uro:surveyYear>2021</uro:surveyYear>
</uro:BuildingDetailAttribute>
</uro:buildingDetailAttribute>
<uro:buildingIDAttribute>
<uro:BuildingIDAttribute>
<uro:buildingID>17206-bldg-1971</uro:buildingID>
<uro:prefecture codeSpace="../../codelists/Common_localPublicAuthorities.xml">17</uro:prefecture>
<uro:city codeSpace="../../codelists/Common_localPublicAuthorities.xml">17206</uro:city>
</uro:BuildingIDAttribute>
</uro:buildingIDAttribute>
</bldg:Building>
</core:cityObjectMember>
<core:cityObjectMember>
<bldg:Building gml:id="bldg_235990b2-77ed-41db-8f68-1aeb8653c37c">
<core:creationDate>2025-03-21</core:creationDate>
<bldg:class codeSpace="../../codelists/Building_class.xml">3001</bldg:class>
<bldg:usage codeSpace="../../codelists/Building_usage.xml">411</bldg:usage>
<bldg:yearOfConstruction>1988</bldg:yearOfConstruction>
<bldg:measuredHeight uom="m">8.3</bldg:measuredHeight>
<bldg:storeysAboveGround>2</bldg:storeysAboveGround>
<bldg:lod0RoofEdge><gml:MultiSurface><gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.325117 136.3734367 0 36.3250024 136.3734957 0 36.3250472 136.3736285 0 36.3251618 136.3735696 0 36.325117 136.3734367 0</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember></gml:MultiSurface></bldg:lod0RoofEdge>
<bldg:lod1Solid><gml:Solid><gml:exterior><gml:CompositeSurface>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3251618 136.3735696 8.76 36.3250472 136.3736285 8.76 36.3250024 136.3734957 8.76 36.325117 136.3734367 8.76 36.3251618 136.3735696 8.76</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.325117 136.3734367 8.76 36.3250024 136.3734957 8.76 36.3250024 136.3734957 15.73 36.325117 136.3734367 15.73 36.325117 136.3734367 8.76</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3250024 136.3734957 8.76 36.3250472 136.3736285 8.76 36.3250472 136.3736285 15.73 36.3250024 136.3734957 15.73 36.3250024 136.3734957 8.76</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3250472 136.3736285 8.76 36.3251618 136.3735696 8.76 36.3251618 136.3735696 15.73 36.3250472 136.3736285 15.73 36.3250472 136.3736285 8.76</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3251618 136.3735696 8.76 36.325117 136.3734367 8.76 36.325117 136.3734367 15.73 36.3251618 136.3735696 15.73 36.3251618 136.3735696 8.76</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.325117 136.3734367 15.73 36.3250024 136.3734957 15.73 36.3250472 136.3736285 15.73 36.3251618 136.3735696 15.73 36.325117 136.3734367 15.73</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
</gml:CompositeSurface></gml:exterior></gml:Solid></bldg:lod1Solid>
<uro:bldgDataQualityAttribute>
<uro:DataQualityAttribute>
<uro:lod1HeightType codeSpace="../../codelists/DataQualityAttribute_lod1HeightType.xml">2</uro:lod1HeightType>
</uro:DataQualityAttribute>
</uro:bldgDataQualityAttribute>
<uro:buildingDetailAttribute>
<uro:BuildingDetailAttribute>
<uro:totalFloorArea uom="m2">299.74</uro:totalFloorArea>
<uro:buildingFootprintArea uom="m2">178.03</uro:buildingFootprintArea>
<uro:buildingStructureType codeSpace="../../codelists/Building_buildingStructureType.xml">601</uro:buildingStructureType>
<uro:surveyYear>2021</uro:surveyYear>
</uro:BuildingDetailAttribute>
</uro:buildingDetailAttribute>
<uro:buildingIDAttribute>
<uro:BuildingIDAttribute>
<uro:buildingID>17206-bldg-1975</uro:buildingID>
<uro:prefecture codeSpace="../../codelists/Common_localPublicAuthorities.xml">17</uro:prefecture>
<uro:city codeSpace="../../codelists/Common_localPublicAuthorities.xml">17206</uro:city>
</uro:BuildingIDAttribute>
</uro:buildingIDAttribute>
</bldg:Building>
</core:cityObjectMember>
<core:cityObjectMember>
<bldg:Building gml:id="bldg_b32b31f6-c606-4118-9acd-ac5d06a941b0">
<core:creationDate>2025-03-21</core:creationDate>
<bldg:class codeSpace="../../codelists/Building_class.xml">3001</bldg:class>
<bldg:usage codeSpace="../../codelists/Building_usage.xml">411</bldg:usage>
<bldg:yearOfConstruction>1992</bldg:yearOfConstruction>
<bldg:measuredHeight uom="m">5.4</bldg:measuredHeight>
<bldg:storeysAboveGround>1</bldg:storeysAboveGround>
<bldg:lod0RoofEdge><gml:MultiSurface><gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3253091 136.3733563 0 36.3251806 136.3734225 0 36.3252216 136.373544 0 36.3253501 136.3734779 0 36.3253091 136.3733563 0</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember></gml:MultiSurface></bldg:lod0RoofEdge>
<bldg:lod1Solid><gml:Solid><gml:exterior><gml:CompositeSurface>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3253501 136.3734779 8.64 36.3252216 136.373544 8.64 36.3251806 136.3734225 8.64 36.3253091 136.3733563 8.64 36.3253501 136.3734779 8.64</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3253091 136.3733563 8.64 36.3251806 136.3734225 8.64 36.3251806 136.3734225 12.81 36.3253091 136.3733563 12.81 36.3253091 136.3733563 8.64</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3251806 136.3734225 8.64 36.3252216 136.373544 8.64 36.3252216 136.373544 12.81 36.3251806 136.3734225 12.81 36.3251806 136.3734225 8.64</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3252216 136.373544 8.64 36.3253501 136.3734779 8.64 36.3253501 136.3734779 12.81 36.3252216 136.373544 12.81 36.3252216 136.373544 8.64</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3253501 136.3734779 8.64 36.3253091 136.3733563 8.64 36.3253091 136.3733563 12.81 36.3253501 136.3734779 12.81 36.3253501 136.3734779 8.64</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3253091 136.3733563 12.81 36.3251806 136.3734225 12.81 36.3252216 136.373544 12.81 36.3253501 136.3734779 12.81 36.3253091 136.3733563 12.81</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
</gml:CompositeSurface></gml:exterior></gml:Solid></bldg:lod1Solid>
<uro:bldgDataQualityAttribute>
<uro:DataQualityAttribute>
<uro:lod1HeightType codeSpace="../../codelists/DataQualityAttribute_lod1HeightType.xml">2</uro:lod1HeightType>
</uro:DataQualityAttribute>
</uro:bldgDataQualityAttribute>
<uro:buildingDetailAttribute>
<uro:BuildingDetailAttribute>
<uro:totalFloorArea uom="m2">168.79</uro:totalFloorArea>
<uro:buildingFootprintArea uom="m2">182.58</uro:buildingFootprintArea>
<uro:buildingStructureType codeSpace="../../codelists/Building_buildingStructureType.xml">605</uro:buildingStructureType>
<uro:surveyYear>2021</uro:surveyYear>
</uro:BuildingDetailAttribute>
</uro:buildingDetailAttribute>
<uro:buildingIDAttribute>
<uro:BuildingIDAttribute>
<uro:buildingID>17206-bldg-1976</uro:buildingID>
<uro:prefecture codeSpace="../../codelists/Common_localPublicAuthorities.xml">17</uro:prefecture>
<uro:city codeSpace="../../codelists/Common_localPublicAuthorities.xml">17206</uro:city>
</uro:BuildingIDAttribute>
</uro:buildingIDAttribute>
</bldg:Building>
</core:cityObjectMember>
<core:cityObjectMember>
<bldg:Building gml:id="bldg_92ca2a9e-3faa-4f0a-a725-e7eb4ffb132f">
<core:creationDate>2025-03-21</core:creationDate>
<bldg:class codeSpace="../../codelists/Building_class.xml">3003</bldg:class>
<bldg:usage codeSpace="../../codelists/Building_usage.xml">451</bldg:usage>
<bldg:yearOfConstruction>1991</bldg:yearOfConstruction>
<bldg:measuredHeight uom="m">4.1</bldg:measuredHeight>
<bldg:storeysAboveGround>1</bldg:storeysAboveGround>
<bldg:lod0RoofEdge><gml:MultiSurface><gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3253976 136.373089 0 36.3255093 136.3730315 0 36.3254882 136.3729688 0 36.3253765 136.3730264 0 36.3253976 136.373089 0</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember></gml:MultiSurface></bldg:lod0RoofEdge>
<bldg:lod1Solid><gml:Solid><gml:exterior><gml:CompositeSurface>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3253765 136.3730264 8.61 36.3254882 136.3729688 8.61 36.3255093 136.3730315 8.61 36.3253976 136.373089 8.61 36.3253765 136.3730264 8.61</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3253976 136.373089 8.61 36.3255093 136.3730315 8.61 36.3255093 136.3730315 12.17 36.3253976 136.373089 12.17 36.3253976 136.373089 8.61</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3255093 136.3730315 8.61 36.3254882 136.3729688 8.61 36.3254882 136.3729688 12.17 36.3255093 136.3730315 12.17 36.3255093 136.3730315 8.61</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3254882 136.3729688 8.61 36.3253765 136.3730264 8.61 36.3253765 136.3730264 12.17 36.3254882 136.3729688 12.17 36.3254882 136.3729688 8.61</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3253765 136.3730264 8.61 36.3253976 136.373089 8.61 36.3253976 136.373089 12.17 36.3253765 136.3730264 12.17 36.3253765 136.3730264 8.61</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3253976 136.373089 12.17 36.3255093 136.3730315 12.17 36.3254882 136.3729688 12.17 36.3253765 136.3730264 12.17 36.3253976 136.373089 12.17</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
</gml:CompositeSurface></gml:exterior></gml:Solid></bldg:lod1Solid>
<uro:bldgDataQualityAttribute>
<uro:DataQualityAttribute>
<uro:lod1HeightType codeSpace="../../codelists/DataQualityAttribute_lod1HeightType.xml">2</uro:lod1HeightType>
</uro:DataQualityAttribute>
</uro:bldgDataQualityAttribute>
<uro:buildingDetailAttribute>
<uro:BuildingDetailAttribute>
<uro:totalFloorArea uom="m2">73.49</uro:totalFloorArea>
<uro:buildingFootprintArea uom="m2">81.85</uro:buildingFootprintArea>
<uro:buildingStructureType codeSpace="../../codelists/Building_buildingStructureType.xml">604</uro:buildingStructureType>
<uro:surveyYear>2021</uro:surveyYear>
</uro:BuildingDetailAttribute>
</uro:buildingDetailAttribute>
<uro:buildingIDAttribute>
<uro:BuildingIDAttribute>
<uro:buildingID>17206-bldg-1977</uro:buildingID>
<uro:prefecture codeSpace="../../codelists/Common_localPublicAuthorities.xml">17</uro:prefecture>
<uro:city codeSpace="../../codelists/Common_localPublicAuthorities.xml">17206</uro:city>
</uro:BuildingIDAttribute>
</uro:buildingIDAttribute>
</bldg:Building>
</core:cityObjectMember>
<core:cityObjectMember>
<bldg:Building gml:id="bldg_2b63a185-9da0-48d4-b5a0-08cc5c5dca15">
<core:creationDate>2025-03-21</core:creationDate>
<bldg:class codeSpace="../../codelists/Building_class.xml">3001</bldg:class>
<bldg:usage codeSpace="../../codelists/Building_usage.xml">411</bldg:usage>
<bldg:yearOfConstruction>2001</bldg:yearOfConstruction>
<bldg:measuredHeight uom="m">8.1</bldg:measuredHeight>
<bldg:storeysAboveGround>2</bldg:storeysAboveGround>
<bldg:lod0RoofEdge><gml:MultiSurface><gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.325542 136.373206 0 36.3254549 136.3732508 0 36.3254858 136.3733426 0 36.3255729 136.3732978 0 36.325542 136.373206 0</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember></gml:MultiSurface></bldg:lod0RoofEdge>
<bldg:lod1Solid><gml:Solid><gml:exterior><gml:CompositeSurface>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3255729 136.3732978 8.63 36.3254858 136.3733426 8.63 36.3254549 136.3732508 8.63 36.325542 136.373206 8.63 36.3255729 136.3732978 8.63</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.325542 136.373206 8.63 36.3254549 136.3732508 8.63 36.3254549 136.3732508 15.75 36.325542 136.373206 15.75 36.325542 136.373206 8.63</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3254549 136.3732508 8.63 36.3254858 136.3733426 8.63 36.3254858 136.3733426 15.75 36.3254549 136.3732508 15.75 36.3254549 136.3732508 8.63</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3254858 136.3733426 8.63 36.3255729 136.3732978 8.63 36.3255729 136.3732978 15.75 36.3254858 136.3733426 15.75 36.3254858 136.3733426 8.63</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3255729 136.3732978 8.63 36.325542 136.373206 8.63 36.325542 136.373206 15.75 36.3255729 136.3732978 15.75 36.3255729 136.3732978 8.63</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.325542 136.373206 15.75 36.3254549 136.3732508 15.75 36.3254858 136.3733426 15.75 36.3255729 136.3732978 15.75 36.325542 136.373206 15.75</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
</gml:CompositeSurface></gml:exterior></gml:Solid></bldg:lod1Solid>
<uro:bldgDataQualityAttribute>
<uro:DataQualityAttribute>
<uro:lod1HeightType codeSpace="../../codelists/DataQualityAttribute_lod1HeightType.xml">2</uro:lod1HeightType>
</uro:DataQualityAttribute>
</uro:bldgDataQualityAttribute>
<uro:buildingDetailAttribute>
<uro:BuildingDetailAttribute>
<uro:totalFloorArea uom="m2">156.3</uro:totalFloorArea>
<uro:buildingFootprintArea uom="m2">93.53</uro:buildingFootprintArea>
<uro:buildingStructureType codeSpace="../../codelists/Building_buildingStructureType.xml">601</uro:buildingStructureType>
<uro:surveyYear>2021</uro:surveyYear>
</uro:BuildingDetailAttribute>
</uro:buildingDetailAttribute>
<uro:buildingIDAttribute>
<uro:BuildingIDAttribute>
<uro:buildingID>17206-bldg-1978</uro:buildingID>
<uro:prefecture codeSpace="../../codelists/Common_localPublicAuthorities.xml">17</uro:prefecture>
<uro:city codeSpace="../../codelists/Common_localPublicAuthorities.xml">17206</uro:city>
</uro:BuildingIDAttribute>
</uro:buildingIDAttribute>
</bldg:Building>
</core:cityObjectMember>
<core:cityObjectMember>
<bldg:Building gml:id="bldg_7152a937-12f0-442b-9d2a-50af774735ac">
<core:creationDate>2025-03-21</core:creationDate>
<bldg:class codeSpace="../../codelists/Building_class.xml">3001</bldg:class>
<bldg:usage codeSpace="../../codelists/Building_usage.xml">451</bldg:usage>
<bldg:yearOfConstruction>2018</bldg:yearOfConstruction>
<bldg:measuredHeight uom="m">5.1</bldg:measuredHeight>
<bldg:storeysAboveGround>1</bldg:storeysAboveGround>
<bldg:lod0RoofEdge><gml:MultiSurface><gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3256917 136.3731514 0 36.3255955 136.3732009 0 36.3256179 136.3732675 0 36.3257142 136.3732179 0 36.3256917 136.3731514 0</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember></gml:MultiSurface></bldg:lod0RoofEdge>
<bldg:lod1Solid><gml:Solid><gml:exterior><gml:CompositeSurface>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3257142 136.3732179 8.66 36.3256179 136.3732675 8.66 36.3255955 136.3732009 8.66 36.3256917 136.3731514 8.66 36.3257142 136.3732179 8.66</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3256917 136.3731514 8.66 36.3255955 136.3732009 8.66 36.3255955 136.3732009 13.23 36.3256917 136.3731514 13.23 36.3256917 136.3731514 8.66</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3255955 136.3732009 8.66 36.3256179 136.3732675 8.66 36.3256179 136.3732675 13.23 36.3255955 136.3732009 13.23 36.3255955 136.3732009 8.66</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3256179 136.3732675 8.66 36.3257142 136.3732179 8.66 36.3257142 136.3732179 13.23 36.3256179 136.3732675 13.23 36.3256179 136.3732675 8.66</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3257142 136.3732179 8.66 36.3256917 136.3731514 8.66 36.3256917 136.3731514 13.23 36.3257142 136.3732179 13.23 36.3257142 136.3732179 8.66</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3256917 136.3731514 13.23 36.3255955 136.3732009 13.23 36.3256179 136.3732675 13.23 36.3257142 136.3732179 13.23 36.3256917 136.3731514 13.23</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
</gml:CompositeSurface></gml:exterior></gml:Solid></bldg:lod1Solid>
<uro:bldgDataQualityAttribute>
<uro:DataQualityAttribute>
<uro:lod1HeightType codeSpace="../../codelists/DataQualityAttribute_lod1HeightType.xml">2</uro:lod1HeightType>
</uro:DataQualityAttribute>
</uro:bldgDataQualityAttribute>
<uro:buildingDetailAttribute>
<uro:BuildingDetailAttribute>
<uro:totalFloorArea uom="m2">62.11</uro:totalFloorArea>
<uro:buildingFootprintArea uom="m2">74.95</uro:buildingFootprintArea>
<uro:buildingStructureType codeSpace="../../codelists/Building_buildingStructureType.xml">601</uro:buildingStructureType>
<uro:surveyYear>2021</uro:surveyYear>
</uro:BuildingDetailAttribute>
</uro:buildingDetailAttribute>
<uro:buildingIDAttribute>
<uro:BuildingIDAttribute>
<uro:buildingID>17206-bldg-1979</uro:buildingID>
<uro:prefecture codeSpace="../../codelists/Common_localPublicAuthorities.xml">17</uro:prefecture>
<uro:city codeSpace="../../codelists/Common_localPublicAuthorities.xml">17206</uro:city>
</uro:BuildingIDAttribute>
</uro:buildingIDAttribute>
</bldg:Building>
</core:cityObjectMember>
<core:cityObjectMember>
<bldg:Building gml:id="bldg_2a24f273-0bda-44be-b24c-ec77a5a6970b">
<core:creationDate>2025-03-21</core:creationDate>
<bldg:class codeSpace="../../codelists/Building_class.xml">3001</bldg:class>
<bldg:usage codeSpace="../../codelists/Building_usage.xml">411</bldg:usage>
<bldg:yearOfConstruction>2014</bldg:yearOfConstruction>
<bldg:measuredHeight uom="m">8.2</bldg:measuredHeight>
<bldg:storeysAboveGround>2</bldg:storeysAboveGround>
<bldg:lod0RoofEdge><gml:MultiSurface><gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3295938 136.3709557 0 36.3297074 136.3708973 0 36.3296636 136.3707673 0 36.32955 136.3708258 0 36.3295938 136.3709557 0</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember></gml:MultiSurface></bldg:lod0RoofEdge>
<bldg:lod1Solid><gml:Solid><gml:exterior><gml:CompositeSurface>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.32955 136.3708258 8.44 36.3296636 136.3707673 8.44 36.3297074 136.3708973 8.44 36.3295938 136.3709557 8.44 36.32955 136.3708258 8.44</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3295938 136.3709557 8.44 36.3297074 136.3708973 8.44 36.3297074 136.3708973 15.32 36.3295938 136.3709557 15.32 36.3295938 136.3709557 8.44</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3297074 136.3708973 8.44 36.3296636 136.3707673 8.44 36.3296636 136.3707673 15.32 36.3297074 136.3708973 15.32 36.3297074 136.3708973 8.44</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3296636 136.3707673 8.44 36.32955 136.3708258 8.44 36.32955 136.3708258 15.32 36.3296636 136.3707673 15.32 36.3296636 136.3707673 8.44</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.32955 136.3708258 8.44 36.3295938 136.3709557 8.44 36.3295938 136.3709557 15.32 36.32955 136.3708258 15.32 36.32955 136.3708258 8.44</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3295938 136.3709557 15.32 36.3297074 136.3708973 15.32 36.3296636 136.3707673 15.32 36.32955 136.3708258 15.32 36.3295938 136.3709557 15.32</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
</gml:CompositeSurface></gml:exterior></gml:Solid></bldg:lod1Solid>
<uro:bldgDataQualityAttribute>
<uro:DataQualityAttribute>
<uro:lod1HeightType codeSpace="../../codelists/DataQualityAttribute_lod1HeightType.xml">2</uro:lod1HeightType>
</uro:DataQualityAttribute>
</uro:bldgDataQualityAttribute>
<uro:buildingDetailAttribute>
<uro:BuildingDetailAttribute>
<uro:totalFloorArea uom="m2">306.78</uro:totalFloorArea>
<uro:buildingFootprintArea uom="m2">172.58</uro:buildingFootprintArea>
<uro:buildingStructureType codeSpace="../../codelists/Building_buildingStructureType.xml">601</uro:buildingStructureType>
<uro:surveyYear>2021</uro:surveyYear>
</uro:BuildingDetailAttribute>
</uro:buildingDetailAttribute>
<uro:buildingIDAttribute>
<uro:BuildingIDAttribute>
<uro:buildingID>17206-bldg-1980</uro:buildingID>
<uro:prefecture codeSpace="../../codelists/Common_localPublicAuthorities.xml">17</uro:prefecture>
<uro:city codeSpace="../../codelists/Common_localPublicAuthorities.xml">17206</uro:city>
</uro:BuildingIDAttribute>
</uro:buildingIDAttribute>
</bldg:Building>
</core:cityObjectMember>
<core:cityObjectMember>
<bldg:Building gml:id="bldg_dbb81643-7c23-4b7f-8895-1d42810502e9">
<core:creationDate>2025-03-21</core:creationDate>
<bldg:class codeSpace="../../codelists/Building_class.xml">3001</bldg:class>
<bldg:usage codeSpace="../../codelists/Building_usage.xml">411</bldg:usage>
<bldg:yearOfConstruction>2002</bldg:yearOfConstruction>
<bldg:measuredHeight uom="m">8.1</bldg:measuredHeight>
<bldg:storeysAboveGround>2</bldg:storeysAboveGround>
<bldg:lod0RoofEdge><gml:MultiSurface><gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3295289 136.3707631 0 36.3296538 136.3706987 0 36.3296184 136.3705939 0 36.3294935 136.3706582 0 36.3295289 136.3707631 0</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember></gml:MultiSurface></bldg:lod0RoofEdge>
<bldg:lod1Solid><gml:Solid><gml:exterior><gml:CompositeSurface>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3294935 136.3706582 8.51 36.3296184 136.3705939 8.51 36.3296538 136.3706987 8.51 36.3295289 136.3707631 8.51 36.3294935 136.3706582 8.51</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3295289 136.3707631 8.51 36.3296538 136.3706987 8.51 36.3296538 136.3706987 15.56 36.3295289 136.3707631 15.56 36.3295289 136.3707631 8.51</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3296538 136.3706987 8.51 36.3296184 136.3705939 8.51 36.3296184 136.3705939 15.56 36.3296538 136.3706987 15.56 36.3296538 136.3706987 8.51</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3296184 136.3705939 8.51 36.3294935 136.3706582 8.51 36.3294935 136.3706582 15.56 36.3296184 136.3705939 15.56 36.3296184 136.3705939 8.51</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3294935 136.3706582 8.51 36.3295289 136.3707631 8.51 36.3295289 136.3707631 15.56 36.3294935 136.3706582 15.56 36.3294935 136.3706582 8.51</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3295289 136.3707631 15.56 36.3296538 136.3706987 15.56 36.3296184 136.3705939 15.56 36.3294935 136.3706582 15.56 36.3295289 136.3707631 15.56</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
</gml:CompositeSurface></gml:exterior></gml:Solid></bldg:lod1Solid>
<uro:bldgDataQualityAttribute>
<uro:DataQualityAttribute>
<uro:lod1HeightType codeSpace="../../codelists/DataQualityAttribute_lod1HeightType.xml">2</uro:lod1HeightType>
</uro:DataQualityAttribute>
</uro:bldgDataQualityAttribute>
<uro:buildingDetailAttribute>
<uro:BuildingDetailAttribute>
<uro:totalFloorArea uom="m2">259.16</uro:totalFloorArea>
<uro:buildingFootprintArea uom="m2">153.17</uro:buildingFootprintArea>
<uro:buildingStructureType codeSpace="../../codelists/Building_buildingStructureType.xml">601</uro:buildingStructureType>
<uro:surveyYear>2021</uro:surveyYear>
</uro:BuildingDetailAttribute>
</uro:buildingDetailAttribute>
<uro:buildingIDAttribute>
<uro:BuildingIDAttribute>
<uro:buildingID>17206-bldg-1981</uro:buildingID>
<uro:prefecture codeSpace="../../codelists/Common_localPublicAuthorities.xml">17</uro:prefecture>
<uro:city codeSpace="../../codelists/Common_localPublicAuthorities.xml">17206</uro:city>
</uro:BuildingIDAttribute>
</uro:buildingIDAttribute>
</bldg:Building>
</core:cityObjectMember>
<core:cityObjectMember>
<bldg:Building gml:id="bldg_47713d29-b0e5-4b00-ba87-db1f356f52e9">
<core:creationDate>2025-03-21</core:creationDate>
<bldg:class codeSpace="../../codelists/Building_class.xml">3001</bldg:class>
<bldg:usage codeSpace="../../codelists/Building_usage.xml">451</bldg:usage>
<bldg:yearOfConstruction>1993</bldg:yearOfConstruction>
<bldg:measuredHeight uom="m">6</bldg:measuredHeight>
<bldg:storeysAboveGround>1</bldg:storeysAboveGround>
<bldg:lod0RoofEdge><gml:MultiSurface><gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3298046 136.3708426 0 36.3297786 136.3707655 0 36.3297185 136.3707965 0 36.3297445 136.3708736 0 36.3298046 136.3708426 0</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember></gml:MultiSurface></bldg:lod0RoofEdge>
<bldg:lod1Solid><gml:Solid><gml:exterior><gml:CompositeSurface>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3297445 136.3708736 8.4 36.3297185 136.3707965 8.4 36.3297786 136.3707655 8.4 36.3298046 136.3708426 8.4 36.3297445 136.3708736 8.4</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3298046 136.3708426 8.4 36.3297786 136.3707655 8.4 36.3297786 136.3707655 13.76 36.3298046 136.3708426 13.76 36.3298046 136.3708426 8.4</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3297786 136.3707655 8.4 36.3297185 136.3707965 8.4 36.3297185 136.3707965 13.76 36.3297786 136.3707655 13.76 36.3297786 136.3707655 8.4</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3297185 136.3707965 8.4 36.3297445 136.3708736 8.4 36.3297445 136.3708736 13.76 36.3297185 136.3707965 13.76 36.3297185 136.3707965 8.4</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3297445 136.3708736 8.4 36.3298046 136.3708426 8.4 36.3298046 136.3708426 13.76 36.3297445 136.3708736 13.76 36.3297445 136.3708736 8.4</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3298046 136.3708426 13.76 36.3297786 136.3707655 13.76 36.3297185 136.3707965 13.76 36.3297445 136.3708736 13.76 36.3298046 136.3708426 13.76</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
</gml:CompositeSurface></gml:exterior></gml:Solid></bldg:lod1Solid>
<uro:bldgDataQualityAttribute>
<uro:DataQualityAttribute>
<uro:lod1HeightType codeSpace="../../codelists/DataQualityAttribute_lod1HeightType.xml">2</uro:lod1HeightType>
</uro:DataQualityAttribute>
</uro:bldgDataQualityAttribute>
<uro:buildingDetailAttribute>
<uro:BuildingDetailAttribute>
<uro:totalFloorArea uom="m2">52.2</uro:totalFloorArea>
<uro:buildingFootprintArea uom="m2">54.28</uro:buildingFootprintArea>
<uro:buildingStructureType codeSpace="../../codelists/Building_buildingStructureType.xml">601</uro:buildingStructureType>
<uro:surveyYear>2021</uro:surveyYear>
</uro:BuildingDetailAttribute>
</uro:buildingDetailAttribute>
<uro:buildingIDAttribute>
<uro:BuildingIDAttribute>
<uro:buildingID>17206-bldg-1982</uro:buildingID>
<uro:prefecture codeSpace="../../codelists/Common_localPublicAuthorities.xml">17</uro:prefecture>
<uro:city codeSpace="../../codelists/Common_localPublicAuthorities.xml">17206</uro:city>
</uro:BuildingIDAttribute>
</uro:buildingIDAttribute>
</bldg:Building>
</core:cityObjectMember>
<core:cityObjectMember>
<bldg:Building gml:id="bldg_9f2571c8-b0b5-4d08-b158-facf1af5b145">
<core:creationDate>2025-03-21</core:creationDate>
<bldg:class codeSpace="../../codelists/Building_class.xml">3001</bldg:class>
<bldg:usage codeSpace="../../codelists/Building_usage.xml">411</bldg:usage>
<bldg:yearOfConstruction>1994</bldg:yearOfConstruction>
<bldg:measuredHeight uom="m">7.8</bldg:measuredHeight>
<bldg:storeysAboveGround>2</bldg:storeysAboveGround>
<bldg:lod0RoofEdge><gml:MultiSurface><gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3299119 136.3707968 0 36.3299979 136.3707525 0 36.3299657 136.370657 0 36.3298797 136.3707012 0 36.3299119 136.3707968 0</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember></gml:MultiSurface></bldg:lod0RoofEdge>
<bldg:lod1Solid><gml:Solid><gml:exterior><gml:CompositeSurface>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3298797 136.3707012 8.31 36.3299657 136.370657 8.31 36.3299979 136.3707525 8.31 36.3299119 136.3707968 8.31 36.3298797 136.3707012 8.31</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3299119 136.3707968 8.31 36.3299979 136.3707525 8.31 36.3299979 136.3707525 15.18 36.3299119 136.3707968 15.18 36.3299119 136.3707968 8.31</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3299979 136.3707525 8.31 36.3299657 136.370657 8.31 36.3299657 136.370657 15.18 36.3299979 136.3707525 15.18 36.3299979 136.3707525 8.31</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3299657 136.370657 8.31 36.3298797 136.3707012 8.31 36.3298797 136.3707012 15.18 36.3299657 136.370657 15.18 36.3299657 136.370657 8.31</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3298797 136.3707012 8.31 36.3299119 136.3707968 8.31 36.3299119 136.3707968 15.18 36.3298797 136.3707012 15.18 36.3298797 136.3707012 8.31</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3299119 136.3707968 15.18 36.3299979 136.3707525 15.18 36.3299657 136.370657 15.18 36.3298797 136.3707012 15.18 36.3299119 136.3707968 15.18</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
</gml:CompositeSurface></gml:exterior></gml:Solid></bldg:lod1Solid>
<uro:bldgDataQualityAttribute>
<uro:DataQualityAttribute>
<uro:lod1HeightType codeSpace="../../codelists/DataQualityAttribute_lod1HeightType.xml">2</uro:lod1HeightType>
</uro:DataQualityAttribute>
</uro:bldgDataQualityAttribute>
<uro:buildingDetailAttribute>
<uro:BuildingDetailAttribute>
<uro:totalFloorArea uom="m2">181.59</uro:totalFloorArea>
<uro:buildingFootprintArea uom="m2">96</uro:buildingFootprintArea>
<uro:buildingStructureType codeSpace="../../codelists/Building_buildingStructureType.xml">601</uro:buildingStructureType>
<uro:surveyYear>2021</uro:surveyYear>
</uro:BuildingDetailAttribute>
</uro:buildingDetailAttribute>
<uro:buildingIDAttribute>
<uro:BuildingIDAttribute>
<uro:buildingID>17206-bldg-1983</uro:buildingID>
<uro:prefecture codeSpace="../../codelists/Common_localPublicAuthorities.xml">17</uro:prefecture>
<uro:city codeSpace="../../codelists/Common_localPublicAuthorities.xml">17206</uro:city>
</uro:BuildingIDAttribute>
</uro:buildingIDAttribute>
</bldg:Building>
</core:cityObjectMember>
<core:cityObjectMember>
<bldg:Building gml:id="bldg_4ba9b062-23fe-4e0a-9193-6ade456ab19e">
<core:creationDate>2025-03-21</core:creationDate>
<bldg:class codeSpace="../../codelists/Building_class.xml">3001</bldg:class>
<bldg:usage codeSpace="../../codelists/Building_usage.xml">451</bldg:usage>
<bldg:yearOfConstruction>2022</bldg:yearOfConstruction>
<bldg:measuredHeight uom="m">4.9</bldg:measuredHeight>
<bldg:storeysAboveGround>1</bldg:storeysAboveGround>
<bldg:lod0RoofEdge><gml:MultiSurface><gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3297323 136.3710686 0 36.3296478 136.3711121 0 36.3296784 136.3712028 0 36.3297629 136.3711593 0 36.3297323 136.3710686 0</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember></gml:MultiSurface></bldg:lod0RoofEdge>
<bldg:lod1Solid><gml:Solid><gml:exterior><gml:CompositeSurface>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3297629 136.3711593 8.34 36.3296784 136.3712028 8.34 36.3296478 136.3711121 8.34 36.3297323 136.3710686 8.34 36.3297629 136.3711593 8.34</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3297323 136.3710686 8.34 36.3296478 136.3711121 8.34 36.3296478 136.3711121 12.45 36.3297323 136.3710686 12.45 36.3297323 136.3710686 8.34</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3296478 136.3711121 8.34 36.3296784 136.3712028 8.34 36.3296784 136.3712028 12.45 36.3296478 136.3711121 12.45 36.3296478 136.3711121 8.34</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3296784 136.3712028 8.34 36.3297629 136.3711593 8.34 36.3297629 136.3711593 12.45 36.3296784 136.3712028 12.45 36.3296784 136.3712028 8.34</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3297629 136.3711593 8.34 36.3297323 136.3710686 8.34 36.3297323 136.3710686 12.45 36.3297629 136.3711593 12.45 36.3297629 136.3711593 8.34</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3297323 136.3710686 12.45 36.3296478 136.3711121 12.45 36.3296784 136.3712028 12.45 36.3297629 136.3711593 12.45 36.3297323 136.3710686 12.45</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
</gml:CompositeSurface></gml:exterior></gml:Solid></bldg:lod1Solid>
<uro:bldgDataQualityAttribute>
<uro:DataQualityAttribute>
<uro:lod1HeightType codeSpace="../../codelists/DataQualityAttribute_lod1HeightType.xml">2</uro:lod1HeightType>
</uro:DataQualityAttribute>
</uro:bldgDataQualityAttribute>
<uro:buildingDetailAttribute>
<uro:BuildingDetailAttribute>
<uro:totalFloorArea uom="m2">88.36</uro:totalFloorArea>
<uro:buildingFootprintArea uom="m2">89.66</uro:buildingFootprintArea>
<uro:buildingStructureType codeSpace="../../codelists/Building_buildingStructureType.xml">601</uro:buildingStructureType>
<uro:surveyYear>2021</uro:surveyYear>
</uro:BuildingDetailAttribute>
</uro:buildingDetailAttribute>
<uro:buildingIDAttribute>
<uro:BuildingIDAttribute>
<uro:buildingID>17206-bldg-1984</uro:buildingID>
<uro:prefecture codeSpace="../../codelists/Common_localPublicAuthorities.xml">17</uro:prefecture>
<uro:city codeSpace="../../codelists/Common_localPublicAuthorities.xml">17206</uro:city>
</uro:BuildingIDAttribute>
</uro:buildingIDAttribute>
</bldg:Building>
</core:cityObjectMember>
<core:cityObjectMember>
<bldg:Building gml:id="bldg_1d079c6a-4e53-4ffd-b7d5-5faa96b95119">
<core:creationDate>2025-03-21</core:creationDate>
<bldg:class codeSpace="../../codelists/Building_class.xml">3001</bldg:class>
<bldg:usage codeSpace="../../codelists/Building_usage.xml">411</bldg:usage>
<bldg:yearOfConstruction>1968</bldg:yearOfConstruction>
<bldg:measuredHeight uom="m">8</bldg:measuredHeight>
<bldg:storeysAboveGround>2</bldg:storeysAboveGround>
<bldg:lod0RoofEdge><gml:MultiSurface><gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3299275 136.3709567 0 36.3298092 136.3710176 0 36.3298464 136.3711279 0 36.3299647 136.371067 0 36.3299275 136.3709567 0</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember></gml:MultiSurface></bldg:lod0RoofEdge>
<bldg:lod1Solid><gml:Solid><gml:exterior><gml:CompositeSurface>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3299647 136.371067 8.32 36.3298464 136.3711279 8.32 36.3298092 136.3710176 8.32 36.3299275 136.3709567 8.32 36.3299647 136.371067 8.32</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3299275 136.3709567 8.32 36.3298092 136.3710176 8.32 36.3298092 136.3710176 15.16 36.3299275 136.3709567 15.16 36.3299275 136.3709567 8.32</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3298092 136.3710176 8.32 36.3298464 136.3711279 8.32 36.3298464 136.3711279 15.16 36.3298092 136.3710176 15.16 36.3298092 136.3710176 8.32</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3298464 136.3711279 8.32 36.3299647 136.371067 8.32 36.3299647 136.371067 15.16 36.3298464 136.3711279 15.16 36.3298464 136.3711279 8.32</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3299647 136.371067 8.32 36.3299275 136.3709567 8.32 36.3299275 136.3709567 15.16 36.3299647 136.371067 15.16 36.3299647 136.371067 8.32</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3299275 136.3709567 15.16 36.3298092 136.3710176 15.16 36.3298464 136.3711279 15.16 36.3299647 136.371067 15.16 36.3299275 136.3709567 15.16</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
</gml:CompositeSurface></gml:exterior></gml:Solid></bldg:lod1Solid>
<uro:bldgDataQualityAttribute>
<uro:DataQualityAttribute>
<uro:lod1HeightType codeSpace="../../codelists/DataQualityAttribute_lod1HeightType.xml">2</uro:lod1HeightType>
</uro:DataQualityAttribute>
</uro:bldgDataQualityAttribute>
<uro:buildingDetailAttribute>
<uro:BuildingDetailAttribute>
<uro:totalFloorArea uom="m2">261.76</uro:totalFloorArea>
<uro:buildingFootprintArea uom="m2">152.64</uro:buildingFootprintArea>
<uro:buildingStructureType codeSpace="../../codelists/Building_buildingStructureType.xml">601</uro:buildingStructureType>
<uro:surveyYear>2021</uro:surveyYear>
</uro:BuildingDetailAttribute>
</uro:buildingDetailAttribute>
<uro:buildingIDAttribute>
<uro:BuildingIDAttribute>
<uro:buildingID>17206-bldg-1985</uro:buildingID>
<uro:prefecture codeSpace="../../codelists/Common_localPublicAuthorities.xml">17</uro:prefecture>
<uro:city codeSpace="../../codelists/Common_localPublicAuthorities.xml">17206</uro:city>
</uro:BuildingIDAttribute>
</uro:buildingIDAttribute>
</bldg:Building>
</core:cityObjectMember>
<core:cityObjectMember>
<bldg:Building gml:id="bldg_fb9a13d2-dc06-44fa-9757-5cb008ee5b5c">
<core:creationDate>2025-03-21</core:creationDate>
<bldg:class codeSpace="../../codelists/Building_class.xml">3001</bldg:class>
<bldg:usage codeSpace="../../codelists/Building_usage.xml">411</bldg:usage>
<bldg:yearOfConstruction>2010</bldg:yearOfConstruction>
<bldg:measuredHeight uom="m">7.6</bldg:measuredHeight>
<bldg:storeysAboveGround>2</bldg:storeysAboveGround>
<bldg:lod0RoofEdge><gml:MultiSurface><gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3300769 136.3708856 0 36.3299737 136.3709388 0 36.3300047 136.3710305 0 36.3301079 136.3709774 0 36.3300769 136.3708856 0</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember></gml:MultiSurface></bldg:lod0RoofEdge>
<bldg:lod1Solid><gml:Solid><gml:exterior><gml:CompositeSurface>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3301079 136.3709774 8.25 36.3300047 136.3710305 8.25 36.3299737 136.3709388 8.25 36.3300769 136.3708856 8.25 36.3301079 136.3709774 8.25</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3300769 136.3708856 8.25 36.3299737 136.3709388 8.25 36.3299737 136.3709388 14.93 36.3300769 136.3708856 14.93 36.3300769 136.3708856 8.25</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3299737 136.3709388 8.25 36.3300047 136.3710305 8.25 36.3300047 136.3710305 14.93 36.3299737 136.3709388 14.93 36.3299737 136.3709388 8.25</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3300047 136.3710305 8.25 36.3301079 136.3709774 8.25 36.3301079 136.3709774 14.93 36.3300047 136.3710305 14.93 36.3300047 136.3710305 8.25</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3301079 136.3709774 8.25 36.3300769 136.3708856 8.25 36.3300769 136.3708856 14.93 36.3301079 136.3709774 14.93 36.3301079 136.3709774 8.25</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3300769 136.3708856 14.93 36.3299737 136.3709388 14.93 36.3300047 136.3710305 14.93 36.3301079 136.3709774 14.93 36.3300769 136.3708856 14.93</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
</gml:CompositeSurface></gml:exterior></gml:Solid></bldg:lod1Solid>
<uro:bldgDataQualityAttribute>
<uro:DataQualityAttribute>
<uro:lod1HeightType codeSpace="../../codelists/DataQualityAttribute_lod1HeightType.xml">2</uro:lod1HeightType>
</uro:DataQualityAttribute>
</uro:bldgDataQualityAttribute>
<uro:buildingDetailAttribute>
<uro:BuildingDetailAttribute>
<uro:totalFloorArea uom="m2">192.75</uro:totalFloorArea>
<uro:buildingFootprintArea uom="m2">110.67</uro:buildingFootprintArea>
<uro:buildingStructureType codeSpace="../../codelists/Building_buildingStructureType.xml">605</uro:buildingStructureType>
<uro:surveyYear>2021</uro:surveyYear>
</uro:BuildingDetailAttribute>
</uro:buildingDetailAttribute>
<uro:buildingIDAttribute>
<uro:BuildingIDAttribute>
<uro:buildingID>17206-bldg-1986</uro:buildingID>
<uro:prefecture codeSpace="../../codelists/Common_localPublicAuthorities.xml">17</uro:prefecture>
<uro:city codeSpace="../../codelists/Common_localPublicAuthorities.xml">17206</uro:city>
</uro:BuildingIDAttribute>
</uro:buildingIDAttribute>
</bldg:Building>
</core:cityObjectMember>
<core:cityObjectMember>
<bldg:Building gml:id="bldg_bfa7bcc8-594c-48f7-a65a-430d7cebe505">
<core:creationDate>2025-03-21</core:creationDate>
<bldg:class codeSpace="../../codelists/Building_class.xml">3001</bldg:class>
<bldg:usage codeSpace="../../codelists/Building_usage.xml">411</bldg:usage>
<bldg:yearOfConstruction>2014</bldg:yearOfConstruction>
<bldg:measuredHeight uom="m">7.9</bldg:measuredHeight>
<bldg:storeysAboveGround>2</bldg:storeysAboveGround>
<bldg:lod0RoofEdge><gml:MultiSurface><gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3302314 136.3706495 0 36.3303332 136.3705971 0 36.3303017 136.3705036 0 36.3301999 136.370556 0 36.3302314 136.3706495 0</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember></gml:MultiSurface></bldg:lod0RoofEdge>
<bldg:lod1Solid><gml:Solid><gml:exterior><gml:CompositeSurface>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3301999 136.370556 8.03 36.3303017 136.3705036 8.03 36.3303332 136.3705971 8.03 36.3302314 136.3706495 8.03 36.3301999 136.370556 8.03</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3302314 136.3706495 8.03 36.3303332 136.3705971 8.03 36.3303332 136.3705971 15.02 36.3302314 136.3706495 15.02 36.3302314 136.3706495 8.03</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3303332 136.3705971 8.03 36.3303017 136.3705036 8.03 36.3303017 136.3705036 15.02 36.3303332 136.3705971 15.02 36.3303332 136.3705971 8.03</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3303017 136.3705036 8.03 36.3301999 136.370556 8.03 36.3301999 136.370556 15.02 36.3303017 136.3705036 15.02 36.3303017 136.3705036 8.03</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3301999 136.370556 8.03 36.3302314 136.3706495 8.03 36.3302314 136.3706495 15.02 36.3301999 136.370556 15.02 36.3301999 136.370556 8.03</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3302314 136.3706495 15.02 36.3303332 136.3705971 15.02 36.3303017 136.3705036 15.02 36.3301999 136.370556 15.02 36.3302314 136.3706495 15.02</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
</gml:CompositeSurface></gml:exterior></gml:Solid></bldg:lod1Solid>
<uro:bldgDataQualityAttribute>
<uro:DataQualityAttribute>
<uro:lod1HeightType codeSpace="../../codelists/DataQualityAttribute_lod1HeightType.xml">2</uro:lod1HeightType>
</uro:DataQualityAttribute>
</uro:bldgDataQualityAttribute>
<uro:buildingDetailAttribute>
<uro:BuildingDetailAttribute>
<uro:totalFloorArea uom="m2">220.74</uro:totalFloorArea>
<uro:buildingFootprintArea uom="m2">111.33</uro:buildingFootprintArea>
<uro:buildingStructureType codeSpace="../../codelists/Building_buildingStructureType.xml">601</uro:buildingStructureType>
<uro:surveyYear>2021</uro:surveyYear>
</uro:BuildingDetailAttribute>
</uro:buildingDetailAttribute>
<uro:buildingIDAttribute>
<uro:BuildingIDAttribute>
<uro:buildingID>17206-bldg-1987</uro:buildingID>
<uro:prefecture codeSpace="../../codelists/Common_localPublicAuthorities.xml">17</uro:prefecture>
<uro:city codeSpace="../../codelists/Common_localPublicAuthorities.xml">17206</uro:city>
</uro:BuildingIDAttribute>
</uro:buildingIDAttribute>
</bldg:Building>
</core:cityObjectMember>
<core:cityObjectMember>
<bldg:Building gml:id="bldg_4440aa96-3159-4f08-925b-e1eec887fbdf">
<core:creationDate>2025-03-21</core:creationDate>
<bldg:class codeSpace="../../codelists/Building_class.xml">3001</bldg:class>
<bldg:usage codeSpace="../../codelists/Building_usage.xml">411</bldg:usage>
<bldg:yearOfConstruction>1979</bldg:yearOfConstruction>
<bldg:measuredHeight uom="m">8.2</bldg:measuredHeight>
<bldg:storeysAboveGround>2</bldg:storeysAboveGround>
<bldg:lod0RoofEdge><gml:MultiSurface><gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3301774 136.3704892 0 36.3303043 136.3704238 0 36.3302624 136.3702994 0 36.3301354 136.3703648 0 36.3301774 136.3704892 0</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember></gml:MultiSurface></bldg:lod0RoofEdge>
<bldg:lod1Solid><gml:Solid><gml:exterior><gml:CompositeSurface>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3301354 136.3703648 8.02 36.3302624 136.3702994 8.02 36.3303043 136.3704238 8.02 36.3301774 136.3704892 8.02 36.3301354 136.3703648 8.02</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3301774 136.3704892 8.02 36.3303043 136.3704238 8.02 36.3303043 136.3704238 14.97 36.3301774 136.3704892 14.97 36.3301774 136.3704892 8.02</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3303043 136.3704238 8.02 36.3302624 136.3702994 8.02 36.3302624 136.3702994 14.97 36.3303043 136.3704238 14.97 36.3303043 136.3704238 8.02</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3302624 136.3702994 8.02 36.3301354 136.3703648 8.02 36.3301354 136.3703648 14.97 36.3302624 136.3702994 14.97 36.3302624 136.3702994 8.02</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3301354 136.3703648 8.02 36.3301774 136.3704892 8.02 36.3301774 136.3704892 14.97 36.3301354 136.3703648 14.97 36.3301354 136.3703648 8.02</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3301774 136.3704892 14.97 36.3303043 136.3704238 14.97 36.3302624 136.3702994 14.97 36.3301354 136.3703648 14.97 36.3301774 136.3704892 14.97</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
</gml:CompositeSurface></gml:exterior></gml:Solid></bldg:lod1Solid>
<uro:bldgDataQualityAttribute>
<uro:DataQualityAttribute>
<uro:lod1HeightType codeSpace="../../codelists/DataQualityAttribute_lod1HeightType.xml">2</uro:lod1HeightType>
</uro:DataQualityAttribute>
</uro:bldgDataQualityAttribute>
<uro:buildingDetailAttribute>
<uro:BuildingDetailAttribute>
<uro:totalFloorArea uom="m2">351.92</uro:totalFloorArea>
<uro:buildingFootprintArea uom="m2">184.74</uro:buildingFootprintArea>
<uro:buildingStructureType codeSpace="../../codelists/Building_buildingStructureType.xml">601</uro:buildingStructureType>
<uro:surveyYear>2021</uro:surveyYear>
</uro:BuildingDetailAttribute>
</uro:buildingDetailAttribute>
<uro:buildingIDAttribute>
<uro:BuildingIDAttribute>
<uro:buildingID>17206-bldg-1988</uro:buildingID>
<uro:prefecture codeSpace="../../codelists/Common_localPublicAuthorities.xml">17</uro:prefecture>
<uro:city codeSpace="../../codelists/Common_localPublicAuthorities.xml">17206</uro:city>
</uro:BuildingIDAttribute>
</uro:buildingIDAttribute>
</bldg:Building>
</core:cityObjectMember>
<core:cityObjectMember>
<bldg:Building gml:id="bldg_4be7273d-c3c3-48c0-a4f7-24ec63f94398">
<core:creationDate>2025-03-21</core:creationDate>
<bldg:class codeSpace="../../codelists/Building_class.xml">3001</bldg:class>
<bldg:usage codeSpace="../../codelists/Building_usage.xml">411</bldg:usage>
<bldg:yearOfConstruction>2004</bldg:yearOfConstruction>
<bldg:measuredHeight uom="m">5.7</bldg:measuredHeight>
<bldg:storeysAboveGround>1</bldg:storeysAboveGround>
<bldg:lod0RoofEdge><gml:MultiSurface><gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3303598 136.3705888 0 36.330486 136.3705238 0 36.3304464 136.3704064 0 36.3303202 136.3704714 0 36.3303598 136.3705888 0</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember></gml:MultiSurface></bldg:lod0RoofEdge>
<bldg:lod1Solid><gml:Solid><gml:exterior><gml:CompositeSurface>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3303202 136.3704714 7.92 36.3304464 136.3704064 7.92 36.330486 136.3705238 7.92 36.3303598 136.3705888 7.92 36.3303202 136.3704714 7.92</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3303598 136.3705888 7.92 36.330486 136.3705238 7.92 36.330486 136.3705238 12.39 36.3303598 136.3705888 12.39 36.3303598 136.3705888 7.92</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.330486 136.3705238 7.92 36.3304464 136.3704064 7.92 36.3304464 136.3704064 12.39 36.330486 136.3705238 12.39 36.330486 136.3705238 7.92</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3304464 136.3704064 7.92 36.3303202 136.3704714 7.92 36.3303202 136.3704714 12.39 36.3304464 136.3704064 12.39 36.3304464 136.3704064 7.92</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3303202 136.3704714 7.92 36.3303598 136.3705888 7.92 36.3303598 136.3705888 12.39 36.3303202 136.3704714 12.39 36.3303202 136.3704714 7.92</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3303598 136.3705888 12.39 36.330486 136.3705238 12.39 36.3304464 136.3704064 12.39 36.3303202 136.3704714 12.39 36.3303598 136.3705888 12.39</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
</gml:CompositeSurface></gml:exterior></gml:Solid></bldg:lod1Solid>
<uro:bldgDataQualityAttribute>
<uro:DataQualityAttribute>
<uro:lod1HeightType codeSpace="../../codelists/DataQualityAttribute_lod1HeightType.xml">2</uro:lod1HeightType>
</uro:DataQualityAttribute>
</uro:bldgDataQualityAttribute>
<uro:buildingDetailAttribute>
<uro:BuildingDetailAttribute>
<uro:totalFloorArea uom="m2">163.41</uro:totalFloorArea>
<uro:buildingFootprintArea uom="m2">173.34</uro:buildingFootprintArea>
<uro:buildingStructureType codeSpace="../../codelists/Building_buildingStructureType.xml">601</uro:buildingStructureType>
<uro:surveyYear>2021</uro:surveyYear>
</uro:BuildingDetailAttribute>
</uro:buildingDetailAttribute>
<uro:buildingIDAttribute>
<uro:BuildingIDAttribute>
<uro:buildingID>17206-bldg-1989</uro:buildingID>
<uro:prefecture codeSpace="../../codelists/Common_localPublicAuthorities.xml">17</uro:prefecture>
<uro:city codeSpace="../../codelists/Common_localPublicAuthorities.xml">17206</uro:city>
</uro:BuildingIDAttribute>
</uro:buildingIDAttribute>
</bldg:Building>
</core:cityObjectMember>
<core:cityObjectMember>
<bldg:Building gml:id="bldg_9b28c8b2-3f0b-4034-891e-cdd99cf2a626">
<core:creationDate>2025-03-21</core:creationDate>
<bldg:class codeSpace="../../codelists/Building_class.xml">3003</bldg:class>
<bldg:usage codeSpace="../../codelists/Building_usage.xml">454</bldg:usage>
<bldg:yearOfConstruction>1999</bldg:yearOfConstruction>
<bldg:measuredHeight uom="m">2.9</bldg:measuredHeight>
<bldg:storeysAboveGround>1</bldg:storeysAboveGround>
<bldg:lod0RoofEdge><gml:MultiSurface><gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3304412 136.370391 0 36.330428 136.3703518 0 36.3304008 136.3703659 0 36.3304139 136.370405 0 36.3304412 136.370391 0</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember></gml:MultiSurface></bldg:lod0RoofEdge>
<bldg:lod1Solid><gml:Solid><gml:exterior><gml:CompositeSurface>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3304139 136.370405 7.94 36.3304008 136.3703659 7.94 36.330428 136.3703518 7.94 36.3304412 136.370391 7.94 36.3304139 136.370405 7.94</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3304412 136.370391 7.94 36.330428 136.3703518 7.94 36.330428 136.3703518 10.65 36.3304412 136.370391 10.65 36.3304412 136.370391 7.94</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.330428 136.3703518 7.94 36.3304008 136.3703659 7.94 36.3304008 136.3703659 10.65 36.330428 136.3703518 10.65 36.330428 136.3703518 7.94</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3304008 136.3703659 7.94 36.3304139 136.370405 7.94 36.3304139 136.370405 10.65 36.3304008 136.3703659 10.65 36.3304008 136.3703659 7.94</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3304139 136.370405 7.94 36.3304412 136.370391 7.94 36.3304412 136.370391 10.65 36.3304139 136.370405 10.65 36.3304139 136.370405 7.94</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3304412 136.370391 10.65 36.330428 136.3703518 10.65 36.3304008 136.3703659 10.65 36.3304139 136.370405 10.65 36.3304412 136.370391 10.65</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
</gml:CompositeSurface></gml:exterior></gml:Solid></bldg:lod1Solid>
<uro:bldgDataQualityAttribute>
<uro:DataQualityAttribute>
<uro:lod1HeightType codeSpace="../../codelists/DataQualityAttribute_lod1HeightType.xml">2</uro:lod1HeightType>
</uro:DataQualityAttribute>
</uro:bldgDataQualityAttribute>
<uro:buildingDetailAttribute>
<uro:BuildingDetailAttribute>
<uro:totalFloorArea uom="m2">10.94</uro:totalFloorArea>
<uro:buildingFootprintArea uom="m2">12.46</uro:buildingFootprintArea>
<uro:buildingStructureType codeSpace="../../codelists/Building_buildingStructureType.xml">611</uro:buildingStructureType>
<uro:surveyYear>2021</uro:surveyYear>
</uro:BuildingDetailAttribute>
</uro:buildingDetailAttribute>
<uro:buildingIDAttribute>
<uro:BuildingIDAttribute>
<uro:buildingID>17206-bldg-1990</uro:buildingID>
<uro:prefecture codeSpace="../../codelists/Common_localPublicAuthorities.xml">17</uro:prefecture>
<uro:city codeSpace="../../codelists/Common_localPublicAuthorities.xml">17206</uro:city>
</uro:BuildingIDAttribute>
</uro:buildingIDAttribute>
</bldg:Building>
</core:cityObjectMember>
<core:cityObjectMember>
<bldg:Building gml:id="bldg_7ffcb245-fcd1-4895-a323-848c03a83394">
<core:creationDate>2025-03-21</core:creationDate>
<bldg:class codeSpace="../../codelists/Building_class.xml">3001</bldg:class>
<bldg:usage codeSpace="../../codelists/Building_usage.xml">411</bldg:usage>
<bldg:yearOfConstruction>1974</bldg:yearOfConstruction>
<bldg:measuredHeight uom="m">7.5</bldg:measuredHeight>
<bldg:storeysAboveGround>2</bldg:storeysAboveGround>
<bldg:lod0RoofEdge><gml:MultiSurface><gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3305576 136.3704794 0 36.3306501 136.3704317 0 36.3306161 136.3703308 0 36.3305235 136.3703784 0 36.3305576 136.3704794 0</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember></gml:MultiSurface></bldg:lod0RoofEdge>
<bldg:lod1Solid><gml:Solid><gml:exterior><gml:CompositeSurface>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3305235 136.3703784 7.87 36.3306161 136.3703308 7.87 36.3306501 136.3704317 7.87 36.3305576 136.3704794 7.87 36.3305235 136.3703784 7.87</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3305576 136.3704794 7.87 36.3306501 136.3704317 7.87 36.3306501 136.3704317 14.38 36.3305576 136.3704794 14.38 36.3305576 136.3704794 7.87</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3306501 136.3704317 7.87 36.3306161 136.3703308 7.87 36.3306161 136.3703308 14.38 36.3306501 136.3704317 14.38 36.3306501 136.3704317 7.87</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3306161 136.3703308 7.87 36.3305235 136.3703784 7.87 36.3305235 136.3703784 14.38 36.3306161 136.3703308 14.38 36.3306161 136.3703308 7.87</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3305235 136.3703784 7.87 36.3305576 136.3704794 7.87 36.3305576 136.3704794 14.38 36.3305235 136.3703784 14.38 36.3305235 136.3703784 7.87</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3305576 136.3704794 14.38 36.3306501 136.3704317 14.38 36.3306161 136.3703308 14.38 36.3305235 136.3703784 14.38 36.3305576 136.3704794 14.38</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
</gml:CompositeSurface></gml:exterior></gml:Solid></bldg:lod1Solid>
<uro:bldgDataQualityAttribute>
<uro:DataQualityAttribute>
<uro:lod1HeightType codeSpace="../../codelists/DataQualityAttribute_lod1HeightType.xml">2</uro:lod1HeightType>
</uro:DataQualityAttribute>
</uro:bldgDataQualityAttribute>
<uro:buildingDetailAttribute>
<uro:BuildingDetailAttribute>
<uro:totalFloorArea uom="m2">182.83</uro:totalFloorArea>
<uro:buildingFootprintArea uom="m2">109.29</uro:buildingFootprintArea>
<uro:buildingStructureType codeSpace="../../codelists/Building_buildingStructureType.xml">601</uro:buildingStructureType>
<uro:surveyYear>2021</uro:surveyYear>
</uro:BuildingDetailAttribute>
</uro:buildingDetailAttribute>
<uro:buildingIDAttribute>
<uro:BuildingIDAttribute>
<uro:buildingID>17206-bldg-1991</uro:buildingID>
<uro:prefecture codeSpace="../../codelists/Common_localPublicAuthorities.xml">17</uro:prefecture>
<uro:city codeSpace="../../codelists/Common_localPublicAuthorities.xml">17206</uro:city>
</uro:BuildingIDAttribute>
</uro:buildingIDAttribute>
</bldg:Building>
</core:cityObjectMember>
<core:cityObjectMember>
<bldg:Building gml:id="bldg_f1f2d95e-af02-4b06-856e-5d2b2db22a67">
<core:creationDate>2025-03-21</core:creationDate>
<bldg:class codeSpace="../../codelists/Building_class.xml">3001</bldg:class>
<bldg:usage codeSpace="../../codelists/Building_usage.xml">451</bldg:usage>
<bldg:yearOfConstruction>1969</bldg:yearOfConstruction>
<bldg:measuredHeight uom="m">4.7</bldg:measuredHeight>
<bldg:storeysAboveGround>1</bldg:storeysAboveGround>
<bldg:lod0RoofEdge><gml:MultiSurface><gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3304957 136.3702957 0 36.3306233 136.37023 0 36.3305949 136.3701458 0 36.3304673 136.3702115 0 36.3304957 136.3702957 0</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember></gml:MultiSurface></bldg:lod0RoofEdge>
<bldg:lod1Solid><gml:Solid><gml:exterior><gml:CompositeSurface>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3304673 136.3702115 7.88 36.3305949 136.3701458 7.88 36.3306233 136.37023 7.88 36.3304957 136.3702957 7.88 36.3304673 136.3702115 7.88</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3304957 136.3702957 7.88 36.3306233 136.37023 7.88 36.3306233 136.37023 11.91 36.3304957 136.3702957 11.91 36.3304957 136.3702957 7.88</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3306233 136.37023 7.88 36.3305949 136.3701458 7.88 36.3305949 136.3701458 11.91 36.3306233 136.37023 11.91 36.3306233 136.37023 7.88</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3305949 136.3701458 7.88 36.3304673 136.3702115 7.88 36.3304673 136.3702115 11.91 36.3305949 136.3701458 11.91 36.3305949 136.3701458 7.88</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3304673 136.3702115 7.88 36.3304957 136.3702957 7.88 36.3304957 136.3702957 11.91 36.3304673 136.3702115 11.91 36.3304673 136.3702115 7.88</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3304957 136.3702957 11.91 36.3306233 136.37023 11.91 36.3305949 136.3701458 11.91 36.3304673 136.3702115 11.91 36.3304957 136.3702957 11.91</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
</gml:CompositeSurface></gml:exterior></gml:Solid></bldg:lod1Solid>
<uro:bldgDataQualityAttribute>
<uro:DataQualityAttribute>
<uro:lod1HeightType codeSpace="../../codelists/DataQualityAttribute_lod1HeightType.xml">2</uro:lod1HeightType>
</uro:DataQualityAttribute>
</uro:bldgDataQualityAttribute>
<uro:buildingDetailAttribute>
<uro:BuildingDetailAttribute>
<uro:totalFloorArea uom="m2">112.5</uro:totalFloorArea>
<uro:buildingFootprintArea uom="m2">125.73</uro:buildingFootprintArea>
<uro:buildingStructureType codeSpace="../../codelists/Building_buildingStructureType.xml">604</uro:buildingStructureType>
<uro:surveyYear>2021</uro:surveyYear>
</uro:BuildingDetailAttribute>
</uro:buildingDetailAttribute>
<uro:buildingIDAttribute>
<uro:BuildingIDAttribute>
<uro:buildingID>17206-bldg-1992</uro:buildingID>
<uro:prefecture codeSpace="../../codelists/Common_localPublicAuthorities.xml">17</uro:prefecture>
<uro:city codeSpace="../../codelists/Common_localPublicAuthorities.xml">17206</uro:city>
</uro:BuildingIDAttribute>
</uro:buildingIDAttribute>
</bldg:Building>
</core:cityObjectMember>
<core:cityObjectMember>
<bldg:Building gml:id="bldg_68a105a6-ec4b-4fc0-a3f6-df0893cb1e24">
<core:creationDate>2025-03-21</core:creationDate>
<bldg:class codeSpace="../../codelists/Building_class.xml">3001</bldg:class>
<bldg:usage codeSpace="../../codelists/Building_usage.xml">411</bldg:usage>
<bldg:yearOfConstruction>2012</bldg:yearOfConstruction>
<bldg:measuredHeight uom="m">7.6</bldg:measuredHeight>
<bldg:storeysAboveGround>2</bldg:storeysAboveGround>
<bldg:lod0RoofEdge><gml:MultiSurface><gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3306893 136.3704343 0 36.3307819 136.3703866 0 36.3307475 136.3702846 0 36.3306549 136.3703323 0 36.3306893 136.3704343 0</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember></gml:MultiSurface></bldg:lod0RoofEdge>
<bldg:lod1Solid><gml:Solid><gml:exterior><gml:CompositeSurface>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3306549 136.3703323 7.83 36.3307475 136.3702846 7.83 36.3307819 136.3703866 7.83 36.3306893 136.3704343 7.83 36.3306549 136.3703323 7.83</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3306893 136.3704343 7.83 36.3307819 136.3703866 7.83 36.3307819 136.3703866 14.43 36.3306893 136.3704343 14.43 36.3306893 136.3704343 7.83</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3307819 136.3703866 7.83 36.3307475 136.3702846 7.83 36.3307475 136.3702846 14.43 36.3307819 136.3703866 14.43 36.3307819 136.3703866 7.83</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3307475 136.3702846 7.83 36.3306549 136.3703323 7.83 36.3306549 136.3703323 14.43 36.3307475 136.3702846 14.43 36.3307475 136.3702846 7.83</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3306549 136.3703323 7.83 36.3306893 136.3704343 7.83 36.3306893 136.3704343 14.43 36.3306549 136.3703323 14.43 36.3306549 136.3703323 7.83</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3306893 136.3704343 14.43 36.3307819 136.3703866 14.43 36.3307475 136.3702846 14.43 36.3306549 136.3703323 14.43 36.3306893 136.3704343 14.43</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
</gml:CompositeSurface></gml:exterior></gml:Solid></bldg:lod1Solid>
<uro:bldgDataQualityAttribute>
<uro:DataQualityAttribute>
<uro:lod1HeightType codeSpace="../../codelists/DataQualityAttribute_lod1HeightType.xml">2</uro:lod1HeightType>
</uro:DataQualityAttribute>
</uro:bldgDataQualityAttribute>
<uro:buildingDetailAttribute>
<uro:BuildingDetailAttribute>
<uro:totalFloorArea uom="m2">218.69</uro:totalFloorArea>
<uro:buildingFootprintArea uom="m2">110.46</uro:buildingFootprintArea>
<uro:buildingStructureType codeSpace="../../codelists/Building_buildingStructureType.xml">601</uro:buildingStructureType>
<uro:surveyYear>2021</uro:surveyYear>
</uro:BuildingDetailAttribute>
</uro:buildingDetailAttribute>
<uro:buildingIDAttribute>
<uro:BuildingIDAttribute>
<uro:buildingID>17206-bldg-1993</uro:buildingID>
<uro:prefecture codeSpace="../../codelists/Common_localPublicAuthorities.xml">17</uro:prefecture>
<uro:city codeSpace="../../codelists/Common_localPublicAuthorities.xml">17206</uro:city>
</uro:BuildingIDAttribute>
</uro:buildingIDAttribute>
</bldg:Building>
</core:cityObjectMember>
<core:cityObjectMember>
<bldg:Building gml:id="bldg_c66f764a-134d-4f55-a4b4-793541aefc0b">
<core:creationDate>2025-03-21</core:creationDate>
<bldg:class codeSpace="../../codelists/Building_class.xml">3001</bldg:class>
<bldg:usage codeSpace="../../codelists/Building_usage.xml">411</bldg:usage>
<bldg:yearOfConstruction>2002</bldg:yearOfConstruction>
<bldg:measuredHeight uom="m">7.7</bldg:measuredHeight>
<bldg:storeysAboveGround>2</bldg:storeysAboveGround>
<bldg:lod0RoofEdge><gml:MultiSurface><gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3303973 136.3707275 0 36.3302862 136.3707847 0 36.3303216 136.3708895 0 36.3304327 136.3708323 0 36.3303973 136.3707275 0</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember></gml:MultiSurface></bldg:lod0RoofEdge>
<bldg:lod1Solid><gml:Solid><gml:exterior><gml:CompositeSurface>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3304327 136.3708323 8.05 36.3303216 136.3708895 8.05 36.3302862 136.3707847 8.05 36.3303973 136.3707275 8.05 36.3304327 136.3708323 8.05</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3303973 136.3707275 8.05 36.3302862 136.3707847 8.05 36.3302862 136.3707847 14.69 36.3303973 136.3707275 14.69 36.3303973 136.3707275 8.05</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3302862 136.3707847 8.05 36.3303216 136.3708895 8.05 36.3303216 136.3708895 14.69 36.3302862 136.3707847 14.69 36.3302862 136.3707847 8.05</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3303216 136.3708895 8.05 36.3304327 136.3708323 8.05 36.3304327 136.3708323 14.69 36.3303216 136.3708895 14.69 36.3303216 136.3708895 8.05</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3304327 136.3708323 8.05 36.3303973 136.3707275 8.05 36.3303973 136.3707275 14.69 36.3304327 136.3708323 14.69 36.3304327 136.3708323 8.05</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3303973 136.3707275 14.69 36.3302862 136.3707847 14.69 36.3303216 136.3708895 14.69 36.3304327 136.3708323 14.69 36.3303973 136.3707275 14.69</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
</gml:CompositeSurface></gml:exterior></gml:Solid></bldg:lod1Solid>
<uro:bldgDataQualityAttribute>
<uro:DataQualityAttribute>
<uro:lod1HeightType codeSpace="../../codelists/DataQualityAttribute_lod1HeightType.xml">2</uro:lod1HeightType>
</uro:DataQualityAttribute>
</uro:bldgDataQualityAttribute>
<uro:buildingDetailAttribute>
<uro:BuildingDetailAttribute>
<uro:totalFloorArea uom="m2">239.82</uro:totalFloorArea>
<uro:buildingFootprintArea uom="m2">136.25</uro:buildingFootprintArea>
<uro:buildingStructureType codeSpace="../../codelists/Building_buildingStructureType.xml">601</uro:buildingStructureType>
<uro:surveyYear>2021</uro:surveyYear>
</uro:BuildingDetailAttribute>
</uro:buildingDetailAttribute>
<uro:buildingIDAttribute>
<uro:BuildingIDAttribute>
<uro:buildingID>17206-bldg-1994</uro:buildingID>
<uro:prefecture codeSpace="../../codelists/Common_localPublicAuthorities.xml">17</uro:prefecture>
<uro:city codeSpace="../../codelists/Common_localPublicAuthorities.xml">17206</uro:city>
</uro:BuildingIDAttribute>
</uro:buildingIDAttribute>
</bldg:Building>
</core:cityObjectMember>
<core:cityObjectMember>
<bldg:Building gml:id="bldg_231e3703-ed9b-498a-baba-2cda68106fb6">
<core:creationDate>2025-03-21</core:creationDate>
<bldg:class codeSpace="../../codelists/Building_class.xml">3001</bldg:class>
<bldg:usage codeSpace="../../codelists/Building_usage.xml">451</bldg:usage>
<bldg:yearOfConstruction>1980</bldg:yearOfConstruction>
<bldg:measuredHeight uom="m">5.1</bldg:measuredHeight>
<bldg:storeysAboveGround>1</bldg:storeysAboveGround>
<bldg:lod0RoofEdge><gml:MultiSurface><gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3305476 136.3706897 0 36.3304581 136.3707357 0 36.3304925 136.3708377 0 36.330582 136.3707916 0 36.3305476 136.3706897 0</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember></gml:MultiSurface></bldg:lod0RoofEdge>
<bldg:lod1Solid><gml:Solid><gml:exterior><gml:CompositeSurface>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.330582 136.3707916 7.92 36.3304925 136.3708377 7.92 36.3304581 136.3707357 7.92 36.3305476 136.3706897 7.92 36.330582 136.3707916 7.92</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3305476 136.3706897 7.92 36.3304581 136.3707357 7.92 36.3304581 136.3707357 12.19 36.3305476 136.3706897 12.19 36.3305476 136.3706897 7.92</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3304581 136.3707357 7.92 36.3304925 136.3708377 7.92 36.3304925 136.3708377 12.19 36.3304581 136.3707357 12.19 36.3304581 136.3707357 7.92</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3304925 136.3708377 7.92 36.330582 136.3707916 7.92 36.330582 136.3707916 12.19 36.3304925 136.3708377 12.19 36.3304925 136.3708377 7.92</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.330582 136.3707916 7.92 36.3305476 136.3706897 7.92 36.3305476 136.3706897 12.19 36.330582 136.3707916 12.19 36.330582 136.3707916 7.92</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3305476 136.3706897 12.19 36.3304581 136.3707357 12.19 36.3304925 136.3708377 12.19 36.330582 136.3707916 12.19 36.3305476 136.3706897 12.19</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
</gml:CompositeSurface></gml:exterior></gml:Solid></bldg:lod1Solid>
<uro:bldgDataQualityAttribute>
<uro:DataQualityAttribute>
<uro:lod1HeightType codeSpace="../../codelists/DataQualityAttribute_lod1HeightType.xml">2</uro:lod1HeightType>
</uro:DataQualityAttribute>
</uro:bldgDataQualityAttribute>
<uro:buildingDetailAttribute>
<uro:BuildingDetailAttribute>
<uro:totalFloorArea uom="m2">91.91</uro:totalFloorArea>
<uro:buildingFootprintArea uom="m2">106.7</uro:buildingFootprintArea>
<uro:buildingStructureType codeSpace="../../codelists/Building_buildingStructureType.xml">601</uro:buildingStructureType>
<uro:surveyYear>2021</uro:surveyYear>
</uro:BuildingDetailAttribute>
</uro:buildingDetailAttribute>
<uro:buildingIDAttribute>
<uro:BuildingIDAttribute>
<uro:buildingID>17206-bldg-1995</uro:buildingID>
<uro:prefecture codeSpace="../../codelists/Common_localPublicAuthorities.xml">17</uro:prefecture>
<uro:city codeSpace="../../codelists/Common_localPublicAuthorities.xml">17206</uro:city>
</uro:BuildingIDAttribute>
</uro:buildingIDAttribute>
</bldg:Building>
</core:cityObjectMember>
<core:cityObjectMember>
<bldg:Building gml:id="bldg_11d7db19-480a-4b7b-a68c-310bc95049e3">
<core:creationDate>2025-03-21</core:creationDate>
<bldg:class codeSpace="../../codelists/Building_class.xml">3001</bldg:class>
<bldg:usage codeSpace="../../codelists/Building_usage.xml">411</bldg:usage>
<bldg:yearOfConstruction>1982</bldg:yearOfConstruction>
<bldg:measuredHeight uom="m">7.5</bldg:measuredHeight>
<bldg:storeysAboveGround>2</bldg:storeysAboveGround>
<bldg:lod0RoofEdge><gml:MultiSurface><gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3308277 136.3705103 0 36.3307382 136.3705564 0 36.3307708 136.3706532 0 36.3308603 136.3706071 0 36.3308277 136.3705103 0</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember></gml:MultiSurface></bldg:lod0RoofEdge>
<bldg:lod1Solid><gml:Solid><gml:exterior><gml:CompositeSurface>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3308603 136.3706071 7.83 36.3307708 136.3706532 7.83 36.3307382 136.3705564 7.83 36.3308277 136.3705103 7.83 36.3308603 136.3706071 7.83</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3308277 136.3705103 7.83 36.3307382 136.3705564 7.83 36.3307382 136.3705564 14.36 36.3308277 136.3705103 14.36 36.3308277 136.3705103 7.83</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3307382 136.3705564 7.83 36.3307708 136.3706532 7.83 36.3307708 136.3706532 14.36 36.3307382 136.3705564 14.36 36.3307382 136.3705564 7.83</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3307708 136.3706532 7.83 36.3308603 136.3706071 7.83 36.3308603 136.3706071 14.36 36.3307708 136.3706532 14.36 36.3307708 136.3706532 7.83</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3308603 136.3706071 7.83 36.3308277 136.3705103 7.83 36.3308277 136.3705103 14.36 36.3308603 136.3706071 14.36 36.3308603 136.3706071 7.83</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3308277 136.3705103 14.36 36.3307382 136.3705564 14.36 36.3307708 136.3706532 14.36 36.3308603 136.3706071 14.36 36.3308277 136.3705103 14.36</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
</gml:CompositeSurface></gml:exterior></gml:Solid></bldg:lod1Solid>
<uro:bldgDataQualityAttribute>
<uro:DataQualityAttribute>
<uro:lod1HeightType codeSpace="../../codelists/DataQualityAttribute_lod1HeightType.xml">2</uro:lod1HeightType>
</uro:DataQualityAttribute>
</uro:bldgDataQualityAttribute>
<uro:buildingDetailAttribute>
<uro:BuildingDetailAttribute>
<uro:totalFloorArea uom="m2">185.46</uro:totalFloorArea>
<uro:buildingFootprintArea uom="m2">101.27</uro:buildingFootprintArea>
<uro:buildingStructureType codeSpace="../../codelists/Building_buildingStructureType.xml">601</uro:buildingStructureType>
<uro:surveyYear>2021</uro:surveyYear>
</uro:BuildingDetailAttribute>
</uro:buildingDetailAttribute>
<uro:buildingIDAttribute>
<uro:BuildingIDAttribute>
<uro:buildingID>17206-bldg-1996</uro:buildingID>
<uro:prefecture codeSpace="../../codelists/Common_localPublicAuthorities.xml">17</uro:prefecture>
<uro:city codeSpace="../../codelists/Common_localPublicAuthorities.xml">17206</uro:city>
</uro:BuildingIDAttribute>
</uro:buildingIDAttribute>
</bldg:Building>
</core:cityObjectMember>
<core:cityObjectMember>
<bldg:Building gml:id="bldg_590cc6a1-e909-4b14-8725-ead87f9e3c11">
<core:creationDate>2025-03-21</core:creationDate>
<bldg:class codeSpace="../../codelists/Building_class.xml">3001</bldg:class>
<bldg:usage codeSpace="../../codelists/Building_usage.xml">451</bldg:usage>
<bldg:yearOfConstruction>2000</bldg:yearOfConstruction>
<bldg:measuredHeight uom="m">5.8</bldg:measuredHeight>
<bldg:storeysAboveGround>1</bldg:storeysAboveGround>
<bldg:lod0RoofEdge><gml:MultiSurface><gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3311284 136.3701862 0 36.3312301 136.3701338 0 36.3312068 136.3700646 0 36.3311051 136.370117 0 36.3311284 136.3701862 0</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember></gml:MultiSurface></bldg:lod0RoofEdge>
<bldg:lod1Solid><gml:Solid><gml:exterior><gml:CompositeSurface>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3311051 136.370117 7.8 36.3312068 136.3700646 7.8 36.3312301 136.3701338 7.8 36.3311284 136.3701862 7.8 36.3311051 136.370117 7.8</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3311284 136.3701862 7.8 36.3312301 136.3701338 7.8 36.3312301 136.3701338 12.98 36.3311284 136.3701862 12.98 36.3311284 136.3701862 7.8</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3312301 136.3701338 7.8 36.3312068 136.3700646 7.8 36.3312068 136.3700646 12.98 36.3312301 136.3701338 12.98 36.3312301 136.3701338 7.8</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3312068 136.3700646 7.8 36.3311051 136.370117 7.8 36.3311051 136.370117 12.98 36.3312068 136.3700646 12.98 36.3312068 136.3700646 7.8</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3311051 136.370117 7.8 36.3311284 136.3701862 7.8 36.3311284 136.3701862 12.98 36.3311051 136.370117 12.98 36.3311051 136.370117 7.8</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3311284 136.3701862 12.98 36.3312301 136.3701338 12.98 36.3312068 136.3700646 12.98 36.3311051 136.370117 12.98 36.3311284 136.3701862 12.98</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
</gml:CompositeSurface></gml:exterior></gml:Solid></bldg:lod1Solid>
<uro:bldgDataQualityAttribute>
<uro:DataQualityAttribute>
<uro:lod1HeightType codeSpace="../../codelists/DataQualityAttribute_lod1HeightType.xml">2</uro:lod1HeightType>
</uro:DataQualityAttribute>
</uro:bldgDataQualityAttribute>
<uro:buildingDetailAttribute>
<uro:BuildingDetailAttribute>
<uro:totalFloorArea uom="m2">75.62</uro:totalFloorArea>
<uro:buildingFootprintArea uom="m2">82.32</uro:buildingFootprintArea>
<uro:buildingStructureType codeSpace="../../codelists/Building_buildingStructureType.xml">601</uro:buildingStructureType>
<uro:surveyYear>2021</uro:surveyYear>
</uro:BuildingDetailAttribute>
</uro:buildingDetailAttribute>
<uro:buildingIDAttribute>
<uro:BuildingIDAttribute>
<uro:buildingID>17206-bldg-1997</uro:buildingID>
<uro:prefecture codeSpace="../../codelists/Common_localPublicAuthorities.xml">17</uro:prefecture>
<uro:city codeSpace="../../codelists/Common_localPublicAuthorities.xml">17206</uro:city>
</uro:BuildingIDAttribute>
</uro:buildingIDAttribute>
</bldg:Building>
</core:cityObjectMember>
<core:cityObjectMember>
<bldg:Building gml:id="bldg_12e410cf-7fd1-4048-abac-3681cd20304c">
<core:creationDate>2025-03-21</core:creationDate>
<bldg:class codeSpace="../../codelists/Building_class.xml">3001</bldg:class>
<bldg:usage codeSpace="../../codelists/Building_usage.xml">411</bldg:usage>
<bldg:yearOfConstruction>2005</bldg:yearOfConstruction>
<bldg:measuredHeight uom="m">7.6</bldg:measuredHeight>
<bldg:storeysAboveGround>2</bldg:storeysAboveGround>
<bldg:lod0RoofEdge><gml:MultiSurface><gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3312979 136.3701001 0 36.3313933 136.3700509 0 36.3313628 136.3699604 0 36.3312674 136.3700095 0 36.3312979 136.3701001 0</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember></gml:MultiSurface></bldg:lod0RoofEdge>
<bldg:lod1Solid><gml:Solid><gml:exterior><gml:CompositeSurface>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3312674 136.3700095 7.75 36.3313628 136.3699604 7.75 36.3313933 136.3700509 7.75 36.3312979 136.3701001 7.75 36.3312674 136.3700095 7.75</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3312979 136.3701001 7.75 36.3313933 136.3700509 7.75 36.3313933 136.3700509 14.41 36.3312979 136.3701001 14.41 36.3312979 136.3701001 7.75</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3313933 136.3700509 7.75 36.3313628 136.3699604 7.75 36.3313628 136.3699604 14.41 36.3313933 136.3700509 14.41 36.3313933 136.3700509 7.75</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3313628 136.3699604 7.75 36.3312674 136.3700095 7.75 36.3312674 136.3700095 14.41 36.3313628 136.3699604 14.41 36.3313628 136.3699604 7.75</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3312674 136.3700095 7.75 36.3312979 136.3701001 7.75 36.3312979 136.3701001 14.41 36.3312674 136.3700095 14.41 36.3312674 136.3700095 7.75</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3312979 136.3701001 14.41 36.3313933 136.3700509 14.41 36.3313628 136.3699604 14.41 36.3312674 136.3700095 14.41 36.3312979 136.3701001 14.41</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
</gml:CompositeSurface></gml:exterior></gml:Solid></bldg:lod1Solid>
<uro:bldgDataQualityAttribute>
<uro:DataQualityAttribute>
<uro:lod1HeightType codeSpace="../../codelists/DataQualityAttribute_lod1HeightType.xml">2</uro:lod1HeightType>
</uro:DataQualityAttribute>
</uro:bldgDataQualityAttribute>
<uro:buildingDetailAttribute>
<uro:BuildingDetailAttribute>
<uro:totalFloorArea uom="m2">174.19</uro:totalFloorArea>
<uro:buildingFootprintArea uom="m2">101</uro:buildingFootprintArea>
<uro:buildingStructureType codeSpace="../../codelists/Building_buildingStructureType.xml">601</uro:buildingStructureType>
<uro:surveyYear>2021</uro:surveyYear>
</uro:BuildingDetailAttribute>
</uro:buildingDetailAttribute>
<uro:buildingIDAttribute>
<uro:BuildingIDAttribute>
<uro:buildingID>17206-bldg-1998</uro:buildingID>
<uro:prefecture codeSpace="../../codelists/Common_localPublicAuthorities.xml">17</uro:prefecture>
<uro:city codeSpace="../../codelists/Common_localPublicAuthorities.xml">17206</uro:city>
</uro:BuildingIDAttribute>
</uro:buildingIDAttribute>
</bldg:Building>
</core:cityObjectMember>
<core:cityObjectMember>
<bldg:Building gml:id="bldg_caf7ed3c-1afc-479b-8943-ec29a9795463">
<core:creationDate>2025-03-21</core:creationDate>
<bldg:class codeSpace="../../codelists/Building_class.xml">3001</bldg:class>
<bldg:usage codeSpace="../../codelists/Building_usage.xml">451</bldg:usage>
<bldg:yearOfConstruction>2003</bldg:yearOfConstruction>
<bldg:measuredHeight uom="m">5.9</bldg:measuredHeight>
<bldg:storeysAboveGround>1</bldg:storeysAboveGround>
<bldg:lod0RoofEdge><gml:MultiSurface><gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3315064 136.3699922 0 36.3314727 136.3698922 0 36.3314013 136.369929 0 36.331435 136.370029 0 36.3315064 136.3699922 0</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember></gml:MultiSurface></bldg:lod0RoofEdge>
<bldg:lod1Solid><gml:Solid><gml:exterior><gml:CompositeSurface>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.331435 136.370029 7.72 36.3314013 136.369929 7.72 36.3314727 136.3698922 7.72 36.3315064 136.3699922 7.72 36.331435 136.370029 7.72</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3315064 136.3699922 7.72 36.3314727 136.3698922 7.72 36.3314727 136.3698922 12.82 36.3315064 136.3699922 12.82 36.3315064 136.3699922 7.72</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3314727 136.3698922 7.72 36.3314013 136.369929 7.72 36.3314013 136.369929 12.82 36.3314727 136.3698922 12.82 36.3314727 136.3698922 7.72</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3314013 136.369929 7.72 36.331435 136.370029 7.72 36.331435 136.370029 12.82 36.3314013 136.369929 12.82 36.3314013 136.369929 7.72</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.331435 136.370029 7.72 36.3315064 136.3699922 7.72 36.3315064 136.3699922 12.82 36.331435 136.370029 12.82 36.331435 136.370029 7.72</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3315064 136.3699922 12.82 36.3314727 136.3698922 12.82 36.3314013 136.369929 12.82 36.331435 136.370029 12.82 36.3315064 136.3699922 12.82</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
</gml:CompositeSurface></gml:exterior></gml:Solid></bldg:lod1Solid>
<uro:bldgDataQualityAttribute>
<uro:DataQualityAttribute>
<uro:lod1HeightType codeSpace="../../codelists/DataQualityAttribute_lod1HeightType.xml">2</uro:lod1HeightType>
</uro:DataQualityAttribute>
</uro:bldgDataQualityAttribute>
<uro:buildingDetailAttribute>
<uro:BuildingDetailAttribute>
<uro:totalFloorArea uom="m2">70.95</uro:totalFloorArea>
<uro:buildingFootprintArea uom="m2">83.56</uro:buildingFootprintArea>
<uro:buildingStructureType codeSpace="../../codelists/Building_buildingStructureType.xml">601</uro:buildingStructureType>
<uro:surveyYear>2021</uro:surveyYear>
</uro:BuildingDetailAttribute>
</uro:buildingDetailAttribute>
<uro:buildingIDAttribute>
<uro:BuildingIDAttribute>
<uro:buildingID>17206-bldg-1999</uro:buildingID>
<uro:prefecture codeSpace="../../codelists/Common_localPublicAuthorities.xml">17</uro:prefecture>
<uro:city codeSpace="../../codelists/Common_localPublicAuthorities.xml">17206</uro:city>
</uro:BuildingIDAttribute>
</uro:buildingIDAttribute>
</bldg:Building>
</core:cityObjectMember>
<core:cityObjectMember>
<bldg:Building gml:id="bldg_c54463d0-cc67-4279-836c-116eb6ec91c1">
<core:creationDate>2025-03-21</core:creationDate>
<bldg:class codeSpace="../../codelists/Building_class.xml">3001</bldg:class>
<bldg:usage codeSpace="../../codelists/Building_usage.xml">451</bldg:usage>
<bldg:yearOfConstruction>1995</bldg:yearOfConstruction>
<bldg:measuredHeight uom="m">5.6</bldg:measuredHeight>
<bldg:storeysAboveGround>1</bldg:storeysAboveGround>
<bldg:lod0RoofEdge><gml:MultiSurface><gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3315337 136.3699435 0 36.3316027 136.369908 0 36.3315791 136.3698379 0 36.3315101 136.3698734 0 36.3315337 136.3699435 0</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember></gml:MultiSurface></bldg:lod0RoofEdge>
<bldg:lod1Solid><gml:Solid><gml:exterior><gml:CompositeSurface>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3315101 136.3698734 7.7 36.3315791 136.3698379 7.7 36.3316027 136.369908 7.7 36.3315337 136.3699435 7.7 36.3315101 136.3698734 7.7</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3315337 136.3699435 7.7 36.3316027 136.369908 7.7 36.3316027 136.369908 12.7 36.3315337 136.3699435 12.7 36.3315337 136.3699435 7.7</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3316027 136.369908 7.7 36.3315791 136.3698379 7.7 36.3315791 136.3698379 12.7 36.3316027 136.369908 12.7 36.3316027 136.369908 7.7</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3315791 136.3698379 7.7 36.3315101 136.3698734 7.7 36.3315101 136.3698734 12.7 36.3315791 136.3698379 12.7 36.3315791 136.3698379 7.7</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3315101 136.3698734 7.7 36.3315337 136.3699435 7.7 36.3315337 136.3699435 12.7 36.3315101 136.3698734 12.7 36.3315101 136.3698734 7.7</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3315337 136.3699435 12.7 36.3316027 136.369908 12.7 36.3315791 136.3698379 12.7 36.3315101 136.3698734 12.7 36.3315337 136.3699435 12.7</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
</gml:CompositeSurface></gml:exterior></gml:Solid></bldg:lod1Solid>
<uro:bldgDataQualityAttribute>
<uro:DataQualityAttribute>
<uro:lod1HeightType codeSpace="../../codelists/DataQualityAttribute_lod1HeightType.xml">2</uro:lod1HeightType>
</uro:DataQualityAttribute>
</uro:bldgDataQualityAttribute>
<uro:buildingDetailAttribute>
<uro:BuildingDetailAttribute>
<uro:totalFloorArea uom="m2">53.22</uro:totalFloorArea>
<uro:buildingFootprintArea uom="m2">56.51</uro:buildingFootprintArea>
<uro:buildingStructureType codeSpace="../../codelists/Building_buildingStructureType.xml">601</uro:buildingStructureType>
<uro:surveyYear>2021</uro:surveyYear>
</uro:BuildingDetailAttribute>
</uro:buildingDetailAttribute>
<uro:buildingIDAttribute>
<uro:BuildingIDAttribute>
<uro:buildingID>17206-bldg-2000</uro:buildingID>
<uro:prefecture codeSpace="../../codelists/Common_localPublicAuthorities.xml">17</uro:prefecture>
<uro:city codeSpace="../../codelists/Common_localPublicAuthorities.xml">17206</uro:city>
</uro:BuildingIDAttribute>
</uro:buildingIDAttribute>
</bldg:Building>
</core:cityObjectMember>
<core:cityObjectMember>
<bldg:Building gml:id="bldg_87ab4bcb-f2df-4537-9c8e-7711ca10f37a">
<core:creationDate>2025-03-21</core:creationDate>
<bldg:class codeSpace="../../codelists/Building_class.xml">3001</bldg:class>
<bldg:usage codeSpace="../../codelists/Building_usage.xml">411</bldg:usage>
<bldg:yearOfConstruction>1976</bldg:yearOfConstruction>
<bldg:measuredHeight uom="m">8.2</bldg:measuredHeight>
<bldg:storeysAboveGround>2</bldg:storeysAboveGround>
<bldg:lod0RoofEdge><gml:MultiSurface><gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3312713 136.370282 0 36.3311487 136.3703451 0 36.3311885 136.3704629 0 36.331311 136.3703998 0 36.3312713 136.370282 0</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember></gml:MultiSurface></bldg:lod0RoofEdge>
<bldg:lod1Solid><gml:Solid><gml:exterior><gml:CompositeSurface>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.331311 136.3703998 7.78 36.3311885 136.3704629 7.78 36.3311487 136.3703451 7.78 36.3312713 136.370282 7.78 36.331311 136.3703998 7.78</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3312713 136.370282 7.78 36.3311487 136.3703451 7.78 36.3311487 136.3703451 14.79 36.3312713 136.370282 14.79 36.3312713 136.370282 7.78</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3311487 136.3703451 7.78 36.3311885 136.3704629 7.78 36.3311885 136.3704629 14.79 36.3311487 136.3703451 14.79 36.3311487 136.3703451 7.78</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3311885 136.3704629 7.78 36.331311 136.3703998 7.78 36.331311 136.3703998 14.79 36.3311885 136.3704629 14.79 36.3311885 136.3704629 7.78</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.331311 136.3703998 7.78 36.3312713 136.370282 7.78 36.3312713 136.370282 14.79 36.331311 136.3703998 14.79 36.331311 136.3703998 7.78</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3312713 136.370282 14.79 36.3311487 136.3703451 14.79 36.3311885 136.3704629 14.79 36.331311 136.3703998 14.79 36.3312713 136.370282 14.79</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
</gml:CompositeSurface></gml:exterior></gml:Solid></bldg:lod1Solid>
<uro:bldgDataQualityAttribute>
<uro:DataQualityAttribute>
<uro:lod1HeightType codeSpace="../../codelists/DataQualityAttribute_lod1HeightType.xml">2</uro:lod1HeightType>
</uro:DataQualityAttribute>
</uro:bldgDataQualityAttribute>
<uro:buildingDetailAttribute>
<uro:BuildingDetailAttribute>
<uro:totalFloorArea uom="m2">278.52</uro:totalFloorArea>
<uro:buildingFootprintArea uom="m2">168.76</uro:buildingFootprintArea>
<uro:buildingStructureType codeSpace="../../codelists/Building_buildingStructureType.xml">601</uro:buildingStructureType>
<uro:surveyYear>2021</uro:surveyYear>
</uro:BuildingDetailAttribute>
</uro:buildingDetailAttribute>
<uro:buildingIDAttribute>
<uro:BuildingIDAttribute>
<uro:buildingID>17206-bldg-2001</uro:buildingID>
<uro:prefecture codeSpace="../../codelists/Common_localPublicAuthorities.xml">17</uro:prefecture>
<uro:city codeSpace="../../codelists/Common_localPublicAuthorities.xml">17206</uro:city>
</uro:BuildingIDAttribute>
</uro:buildingIDAttribute>
</bldg:Building>
</core:cityObjectMember>
<core:cityObjectMember>
<bldg:Building gml:id="bldg_37e66a2e-a487-4f42-a680-7626a19a20a5">
<core:creationDate>2025-03-21</core:creationDate>
<bldg:class codeSpace="../../codelists/Building_class.xml">3001</bldg:class>
<bldg:usage codeSpace="../../codelists/Building_usage.xml">411</bldg:usage>
<bldg:yearOfConstruction>2013</bldg:yearOfConstruction>
<bldg:measuredHeight uom="m">7.6</bldg:measuredHeight>
<bldg:storeysAboveGround>2</bldg:storeysAboveGround>
<bldg:lod0RoofEdge><gml:MultiSurface><gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3314302 136.3702162 0 36.3313297 136.370268 0 36.3313614 136.3703621 0 36.3314619 136.3703103 0 36.3314302 136.3702162 0</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember></gml:MultiSurface></bldg:lod0RoofEdge>
<bldg:lod1Solid><gml:Solid><gml:exterior><gml:CompositeSurface>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3314619 136.3703103 7.74 36.3313614 136.3703621 7.74 36.3313297 136.370268 7.74 36.3314302 136.3702162 7.74 36.3314619 136.3703103 7.74</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3314302 136.3702162 7.74 36.3313297 136.370268 7.74 36.3313297 136.370268 14.36 36.3314302 136.3702162 14.36 36.3314302 136.3702162 7.74</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3313297 136.370268 7.74 36.3313614 136.3703621 7.74 36.3313614 136.3703621 14.36 36.3313297 136.370268 14.36 36.3313297 136.370268 7.74</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3313614 136.3703621 7.74 36.3314619 136.3703103 7.74 36.3314619 136.3703103 14.36 36.3313614 136.3703621 14.36 36.3313614 136.3703621 7.74</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3314619 136.3703103 7.74 36.3314302 136.3702162 7.74 36.3314302 136.3702162 14.36 36.3314619 136.3703103 14.36 36.3314619 136.3703103 7.74</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3314302 136.3702162 14.36 36.3313297 136.370268 14.36 36.3313614 136.3703621 14.36 36.3314619 136.3703103 14.36 36.3314302 136.3702162 14.36</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
</gml:CompositeSurface></gml:exterior></gml:Solid></bldg:lod1Solid>
<uro:bldgDataQualityAttribute>
<uro:DataQualityAttribute>
<uro:lod1HeightType codeSpace="../../codelists/DataQualityAttribute_lod1HeightType.xml">2</uro:lod1HeightType>
</uro:DataQualityAttribute>
</uro:bldgDataQualityAttribute>
<uro:buildingDetailAttribute>
<uro:BuildingDetailAttribute>
<uro:totalFloorArea uom="m2">194.94</uro:totalFloorArea>
<uro:buildingFootprintArea uom="m2">110.59</uro:buildingFootprintArea>
<uro:buildingStructureType codeSpace="../../codelists/Building_buildingStructureType.xml">603</uro:buildingStructureType>
<uro:surveyYear>2021</uro:surveyYear>
</uro:BuildingDetailAttribute>
</uro:buildingDetailAttribute>
<uro:buildingIDAttribute>
<uro:BuildingIDAttribute>
<uro:buildingID>17206-bldg-2002</uro:buildingID>
<uro:prefecture codeSpace="../../codelists/Common_localPublicAuthorities.xml">17</uro:prefecture>
<uro:city codeSpace="../../codelists/Common_localPublicAuthorities.xml">17206</uro:city>
</uro:BuildingIDAttribute>
</uro:buildingIDAttribute>
</bldg:Building>
</core:cityObjectMember>
<core:cityObjectMember>
<bldg:Building gml:id="bldg_44c45ea3-8650-47bf-b875-dd55638cc3bc">
<core:creationDate>2025-03-21</core:creationDate>
<bldg:class codeSpace="../../codelists/Building_class.xml">3001</bldg:class>
<bldg:usage codeSpace="../../codelists/Building_usage.xml">411</bldg:usage>
<bldg:yearOfConstruction>2007</bldg:yearOfConstruction>
<bldg:measuredHeight uom="m">6</bldg:measuredHeight>
<bldg:storeysAboveGround>1</bldg:storeysAboveGround>
<bldg:lod0RoofEdge><gml:MultiSurface><gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.331583 136.3701294 0 36.3314656 136.3701899 0 36.3315094 136.3703199 0 36.3316268 136.3702595 0 36.331583 136.3701294 0</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember></gml:MultiSurface></bldg:lod0RoofEdge>
<bldg:lod1Solid><gml:Solid><gml:exterior><gml:CompositeSurface>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3316268 136.3702595 7.72 36.3315094 136.3703199 7.72 36.3314656 136.3701899 7.72 36.331583 136.3701294 7.72 36.3316268 136.3702595 7.72</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.331583 136.3701294 7.72 36.3314656 136.3701899 7.72 36.3314656 136.3701899 12.43 36.331583 136.3701294 12.43 36.331583 136.3701294 7.72</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3314656 136.3701899 7.72 36.3315094 136.3703199 7.72 36.3315094 136.3703199 12.43 36.3314656 136.3701899 12.43 36.3314656 136.3701899 7.72</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3315094 136.3703199 7.72 36.3316268 136.3702595 7.72 36.3316268 136.3702595 12.43 36.3315094 136.3703199 12.43 36.3315094 136.3703199 7.72</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3316268 136.3702595 7.72 36.331583 136.3701294 7.72 36.331583 136.3701294 12.43 36.3316268 136.3702595 12.43 36.3316268 136.3702595 7.72</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.331583 136.3701294 12.43 36.3314656 136.3701899 12.43 36.3315094 136.3703199 12.43 36.3316268 136.3702595 12.43 36.331583 136.3701294 12.43</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
</gml:CompositeSurface></gml:exterior></gml:Solid></bldg:lod1Solid>
<uro:bldgDataQualityAttribute>
<uro:DataQualityAttribute>
<uro:lod1HeightType codeSpace="../../codelists/DataQualityAttribute_lod1HeightType.xml">2</uro:lod1HeightType>
</uro:DataQualityAttribute>
</uro:bldgDataQualityAttribute>
<uro:buildingDetailAttribute>
<uro:BuildingDetailAttribute>
<uro:totalFloorArea uom="m2">157.26</uro:totalFloorArea>
<uro:buildingFootprintArea uom="m2">178.52</uro:buildingFootprintArea>
<uro:buildingStructureType codeSpace="../../codelists/Building_buildingStructureType.xml">601</uro:buildingStructureType>
<uro:surveyYear>2021</uro:surveyYear>
</uro:BuildingDetailAttribute>
</uro:buildingDetailAttribute>
<uro:buildingIDAttribute>
<uro:BuildingIDAttribute>
<uro:buildingID>17206-bldg-2003</uro:buildingID>
<uro:prefecture codeSpace="../../codelists/Common_localPublicAuthorities.xml">17</uro:prefecture>
<uro:city codeSpace="../../codelists/Common_localPublicAuthorities.xml">17206</uro:city>
</uro:BuildingIDAttribute>
</uro:buildingIDAttribute>
</bldg:Building>
</core:cityObjectMember>
<core:cityObjectMember>
<bldg:Building gml:id="bldg_6ee96855-04c8-4297-97f2-af23bdbda437">
<core:creationDate>2025-03-21</core:creationDate>
<bldg:class codeSpace="../../codelists/Building_class.xml">3001</bldg:class>
<bldg:usage codeSpace="../../codelists/Building_usage.xml">451</bldg:usage>
<bldg:yearOfConstruction>1986</bldg:yearOfConstruction>
<bldg:measuredHeight uom="m">5.3</bldg:measuredHeight>
<bldg:storeysAboveGround>1</bldg:storeysAboveGround>
<bldg:lod0RoofEdge><gml:MultiSurface><gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3317523 136.3700598 0 36.3316194 136.3701282 0 36.3316475 136.3702116 0 36.3317804 136.3701432 0 36.3317523 136.3700598 0</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember></gml:MultiSurface></bldg:lod0RoofEdge>
<bldg:lod1Solid><gml:Solid><gml:exterior><gml:CompositeSurface>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3317804 136.3701432 7.68 36.3316475 136.3702116 7.68 36.3316194 136.3701282 7.68 36.3317523 136.3700598 7.68 36.3317804 136.3701432 7.68</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3317523 136.3700598 7.68 36.3316194 136.3701282 7.68 36.3316194 136.3701282 12.27 36.3317523 136.3700598 12.27 36.3317523 136.3700598 7.68</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3316194 136.3701282 7.68 36.3316475 136.3702116 7.68 36.3316475 136.3702116 12.27 36.3316194 136.3701282 12.27 36.3316194 136.3701282 7.68</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3316475 136.3702116 7.68 36.3317804 136.3701432 7.68 36.3317804 136.3701432 12.27 36.3316475 136.3702116 12.27 36.3316475 136.3702116 7.68</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3317804 136.3701432 7.68 36.3317523 136.3700598 7.68 36.3317523 136.3700598 12.27 36.3317804 136.3701432 12.27 36.3317804 136.3701432 7.68</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3317523 136.3700598 12.27 36.3316194 136.3701282 12.27 36.3316475 136.3702116 12.27 36.3317804 136.3701432 12.27 36.3317523 136.3700598 12.27</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
</gml:CompositeSurface></gml:exterior></gml:Solid></bldg:lod1Solid>
<uro:bldgDataQualityAttribute>
<uro:DataQualityAttribute>
<uro:lod1HeightType codeSpace="../../codelists/DataQualityAttribute_lod1HeightType.xml">2</uro:lod1HeightType>
</uro:DataQualityAttribute>
</uro:bldgDataQualityAttribute>
<uro:buildingDetailAttribute>
<uro:BuildingDetailAttribute>
<uro:totalFloorArea uom="m2">118.28</uro:totalFloorArea>
<uro:buildingFootprintArea uom="m2">129.59</uro:buildingFootprintArea>
<uro:buildingStructureType codeSpace="../../codelists/Building_buildingStructureType.xml">604</uro:buildingStructureType>
<uro:surveyYear>2021</uro:surveyYear>
</uro:BuildingDetailAttribute>
</uro:buildingDetailAttribute>
<uro:buildingIDAttribute>
<uro:BuildingIDAttribute>
<uro:buildingID>17206-bldg-2004</uro:buildingID>
<uro:prefecture codeSpace="../../codelists/Common_localPublicAuthorities.xml">17</uro:prefecture>
<uro:city codeSpace="../../codelists/Common_localPublicAuthorities.xml">17206</uro:city>
</uro:BuildingIDAttribute>
</uro:buildingIDAttribute>
</bldg:Building>
</core:cityObjectMember>
<core:cityObjectMember>
<bldg:Building gml:id="bldg_65bb4c7d-4b78-4f9f-9c01-1c5d180f8538">
<core:creationDate>2025-03-21</core:creationDate>
<bldg:class codeSpace="../../codelists/Building_class.xml">3001</bldg:class>
<bldg:usage codeSpace="../../codelists/Building_usage.xml">451</bldg:usage>
<bldg:yearOfConstruction>2011</bldg:yearOfConstruction>
<bldg:measuredHeight uom="m">5.1</bldg:measuredHeight>
<bldg:storeysAboveGround>1</bldg:storeysAboveGround>
<bldg:lod0RoofEdge><gml:MultiSurface><gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3297182 136.3690046 0 36.3297997 136.3689626 0 36.3297742 136.368887 0 36.3296927 136.368929 0 36.3297182 136.3690046 0</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember></gml:MultiSurface></bldg:lod0RoofEdge>
<bldg:lod1Solid><gml:Solid><gml:exterior><gml:CompositeSurface>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3296927 136.368929 7.84 36.3297742 136.368887 7.84 36.3297997 136.3689626 7.84 36.3297182 136.3690046 7.84 36.3296927 136.368929 7.84</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3297182 136.3690046 7.84 36.3297997 136.3689626 7.84 36.3297997 136.3689626 12.32 36.3297182 136.3690046 12.32 36.3297182 136.3690046 7.84</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3297997 136.3689626 7.84 36.3297742 136.368887 7.84 36.3297742 136.368887 12.32 36.3297997 136.3689626 12.32 36.3297997 136.3689626 7.84</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3297742 136.368887 7.84 36.3296927 136.368929 7.84 36.3296927 136.368929 12.32 36.3297742 136.368887 12.32 36.3297742 136.368887 7.84</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3296927 136.368929 7.84 36.3297182 136.3690046 7.84 36.3297182 136.3690046 12.32 36.3296927 136.368929 12.32 36.3296927 136.368929 7.84</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3297182 136.3690046 12.32 36.3297997 136.3689626 12.32 36.3297742 136.368887 12.32 36.3296927 136.368929 12.32 36.3297182 136.3690046 12.32</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
</gml:CompositeSurface></gml:exterior></gml:Solid></bldg:lod1Solid>
<uro:bldgDataQualityAttribute>
<uro:DataQualityAttribute>
<uro:lod1HeightType codeSpace="../../codelists/DataQualityAttribute_lod1HeightType.xml">2</uro:lod1HeightType>
</uro:DataQualityAttribute>
</uro:bldgDataQualityAttribute>
<uro:buildingDetailAttribute>
<uro:BuildingDetailAttribute>
<uro:totalFloorArea uom="m2">67.7</uro:totalFloorArea>
<uro:buildingFootprintArea uom="m2">72.09</uro:buildingFootprintArea>
<uro:buildingStructureType codeSpace="../../codelists/Building_buildingStructureType.xml">604</uro:buildingStructureType>
<uro:surveyYear>2021</uro:surveyYear>
</uro:BuildingDetailAttribute>
</uro:buildingDetailAttribute>
<uro:buildingIDAttribute>
<uro:BuildingIDAttribute>
<uro:buildingID>17206-bldg-2230</uro:buildingID>
<uro:prefecture codeSpace="../../codelists/Common_localPublicAuthorities.xml">17</uro:prefecture>
<uro:city codeSpace="../../codelists/Common_localPublicAuthorities.xml">17206</uro:city>
</uro:BuildingIDAttribute>
</uro:buildingIDAttribute>
</bldg:Building>
</core:cityObjectMember>
<core:cityObjectMember>
<bldg:Building gml:id="bldg_508e7815-5f8f-4a26-a967-90c6077dd70b">
<core:creationDate>2025-03-21</core:creationDate>
<bldg:class codeSpace="../../codelists/Building_class.xml">3001</bldg:class>
<bldg:usage codeSpace="../../codelists/Building_usage.xml">451</bldg:usage>
<bldg:yearOfConstruction>1973</bldg:yearOfConstruction>
<bldg:measuredHeight uom="m">4.7</bldg:measuredHeight>
<bldg:storeysAboveGround>1</bldg:storeysAboveGround>
<bldg:lod0RoofEdge><gml:MultiSurface><gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3297172 136.3691025 0 36.3297484 136.369195 0 36.3297962 136.3691704 0 36.329765 136.3690779 0 36.3297172 136.3691025 0</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember></gml:MultiSurface></bldg:lod0RoofEdge>
<bldg:lod1Solid><gml:Solid><gml:exterior><gml:CompositeSurface>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.329765 136.3690779 7.84 36.3297962 136.3691704 7.84 36.3297484 136.369195 7.84 36.3297172 136.3691025 7.84 36.329765 136.3690779 7.84</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3297172 136.3691025 7.84 36.3297484 136.369195 7.84 36.3297484 136.369195 11.99 36.3297172 136.3691025 11.99 36.3297172 136.3691025 7.84</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3297484 136.369195 7.84 36.3297962 136.3691704 7.84 36.3297962 136.3691704 11.99 36.3297484 136.369195 11.99 36.3297484 136.369195 7.84</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3297962 136.3691704 7.84 36.329765 136.3690779 7.84 36.329765 136.3690779 11.99 36.3297962 136.3691704 11.99 36.3297962 136.3691704 7.84</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.329765 136.3690779 7.84 36.3297172 136.3691025 7.84 36.3297172 136.3691025 11.99 36.329765 136.3690779 11.99 36.329765 136.3690779 7.84</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3297172 136.3691025 11.99 36.3297484 136.369195 11.99 36.3297962 136.3691704 11.99 36.329765 136.3690779 11.99 36.3297172 136.3691025 11.99</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
</gml:CompositeSurface></gml:exterior></gml:Solid></bldg:lod1Solid>
<uro:bldgDataQualityAttribute>
<uro:DataQualityAttribute>
<uro:lod1HeightType codeSpace="../../codelists/DataQualityAttribute_lod1HeightType.xml">2</uro:lod1HeightType>
</uro:DataQualityAttribute>
</uro:bldgDataQualityAttribute>
<uro:buildingDetailAttribute>
<uro:BuildingDetailAttribute>
<uro:totalFloorArea uom="m2">47.92</uro:totalFloorArea>
<uro:buildingFootprintArea uom="m2">51.66</uro:buildingFootprintArea>
<uro:buildingStructureType codeSpace="../../codelists/Building_buildingStructureType.xml">604</uro:buildingStructureType>
<uro:surveyYear>2021</uro:surveyYear>
</uro:BuildingDetailAttribute>
</uro:buildingDetailAttribute>
<uro:buildingIDAttribute>
<uro:BuildingIDAttribute>
<uro:buildingID>17206-bldg-2231</uro:buildingID>
<uro:prefecture codeSpace="../../codelists/Common_localPublicAuthorities.xml">17</uro:prefecture>
<uro:city codeSpace="../../codelists/Common_localPublicAuthorities.xml">17206</uro:city>
</uro:BuildingIDAttribute>
</uro:buildingIDAttribute>
</bldg:Building>
</core:cityObjectMember>
<core:cityObjectMember>
<bldg:Building gml:id="bldg_6978c611-b014-4ca0-b107-1bad8d231b32">
<core:creationDate>2025-03-21</core:creationDate>
<bldg:class codeSpace="../../codelists/Building_class.xml">3001</bldg:class>
<bldg:usage codeSpace="../../codelists/Building_usage.xml">411</bldg:usage>
<bldg:yearOfConstruction>2017</bldg:yearOfConstruction>
<bldg:measuredHeight uom="m">5.5</bldg:measuredHeight>
<bldg:storeysAboveGround>1</bldg:storeysAboveGround>
<bldg:lod0RoofEdge><gml:MultiSurface><gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.329597 136.3692008 0 36.3295406 136.3690335 0 36.3294388 136.3690858 0 36.3294953 136.3692532 0 36.329597 136.3692008 0</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember></gml:MultiSurface></bldg:lod0RoofEdge>
<bldg:lod1Solid><gml:Solid><gml:exterior><gml:CompositeSurface>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3294953 136.3692532 7.87 36.3294388 136.3690858 7.87 36.3295406 136.3690335 7.87 36.329597 136.3692008 7.87 36.3294953 136.3692532 7.87</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.329597 136.3692008 7.87 36.3295406 136.3690335 7.87 36.3295406 136.3690335 12.13 36.329597 136.3692008 12.13 36.329597 136.3692008 7.87</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3295406 136.3690335 7.87 36.3294388 136.3690858 7.87 36.3294388 136.3690858 12.13 36.3295406 136.3690335 12.13 36.3295406 136.3690335 7.87</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3294388 136.3690858 7.87 36.3294953 136.3692532 7.87 36.3294953 136.3692532 12.13 36.3294388 136.3690858 12.13 36.3294388 136.3690858 7.87</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3294953 136.3692532 7.87 36.329597 136.3692008 7.87 36.329597 136.3692008 12.13 36.3294953 136.3692532 12.13 36.3294953 136.3692532 7.87</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.329597 136.3692008 12.13 36.3295406 136.3690335 12.13 36.3294388 136.3690858 12.13 36.3294953 136.3692532 12.13 36.329597 136.3692008 12.13</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
</gml:CompositeSurface></gml:exterior></gml:Solid></bldg:lod1Solid>
<uro:bldgDataQualityAttribute>
<uro:DataQualityAttribute>
<uro:lod1HeightType codeSpace="../../codelists/DataQualityAttribute_lod1HeightType.xml">2</uro:lod1HeightType>
</uro:DataQualityAttribute>
</uro:bldgDataQualityAttribute>
<uro:buildingDetailAttribute>
<uro:BuildingDetailAttribute>
<uro:totalFloorArea uom="m2">174.29</uro:totalFloorArea>
<uro:buildingFootprintArea uom="m2">199.14</uro:buildingFootprintArea>
<uro:buildingStructureType codeSpace="../../codelists/Building_buildingStructureType.xml">601</uro:buildingStructureType>
<uro:surveyYear>2021</uro:surveyYear>
</uro:BuildingDetailAttribute>
</uro:buildingDetailAttribute>
<uro:buildingIDAttribute>
<uro:BuildingIDAttribute>
<uro:buildingID>17206-bldg-2232</uro:buildingID>
<uro:prefecture codeSpace="../../codelists/Common_localPublicAuthorities.xml">17</uro:prefecture>
<uro:city codeSpace="../../codelists/Common_localPublicAuthorities.xml">17206</uro:city>
</uro:BuildingIDAttribute>
</uro:buildingIDAttribute>
</bldg:Building>
</core:cityObjectMember>
<core:cityObjectMember>
<bldg:Building gml:id="bldg_a47dc7b9-d9bb-4601-a27d-dd0ae00bfbea">
<core:creationDate>2025-03-21</core:creationDate>
<bldg:class codeSpace="../../codelists/Building_class.xml">3001</bldg:class>
<bldg:usage codeSpace="../../codelists/Building_usage.xml">411</bldg:usage>
<bldg:yearOfConstruction>1988</bldg:yearOfConstruction>
<bldg:measuredHeight uom="m">7.7</bldg:measuredHeight>
<bldg:storeysAboveGround>2</bldg:storeysAboveGround>
<bldg:lod0RoofEdge><gml:MultiSurface><gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3298998 136.3696085 0 36.3299576 136.3697799 0 36.3300423 136.3697363 0 36.3299845 136.3695649 0 36.3298998 136.3696085 0</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember></gml:MultiSurface></bldg:lod0RoofEdge>
<bldg:lod1Solid><gml:Solid><gml:exterior><gml:CompositeSurface>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3299845 136.3695649 8.02 36.3300423 136.3697363 8.02 36.3299576 136.3697799 8.02 36.3298998 136.3696085 8.02 36.3299845 136.3695649 8.02</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3298998 136.3696085 8.02 36.3299576 136.3697799 8.02 36.3299576 136.3697799 14.61 36.3298998 136.3696085 14.61 36.3298998 136.3696085 8.02</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3299576 136.3697799 8.02 36.3300423 136.3697363 8.02 36.3300423 136.3697363 14.61 36.3299576 136.3697799 14.61 36.3299576 136.3697799 8.02</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3300423 136.3697363 8.02 36.3299845 136.3695649 8.02 36.3299845 136.3695649 14.61 36.3300423 136.3697363 14.61 36.3300423 136.3697363 8.02</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3299845 136.3695649 8.02 36.3298998 136.3696085 8.02 36.3298998 136.3696085 14.61 36.3299845 136.3695649 14.61 36.3299845 136.3695649 8.02</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3298998 136.3696085 14.61 36.3299576 136.3697799 14.61 36.3300423 136.3697363 14.61 36.3299845 136.3695649 14.61 36.3298998 136.3696085 14.61</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
</gml:CompositeSurface></gml:exterior></gml:Solid></bldg:lod1Solid>
<uro:bldgDataQualityAttribute>
<uro:DataQualityAttribute>
<uro:lod1HeightType codeSpace="../../codelists/DataQualityAttribute_lod1HeightType.xml">2</uro:lod1HeightType>
</uro:DataQualityAttribute>
</uro:bldgDataQualityAttribute>
<uro:buildingDetailAttribute>
<uro:BuildingDetailAttribute>
<uro:totalFloorArea uom="m2">338.08</uro:totalFloorArea>
<uro:buildingFootprintArea uom="m2">169.66</uro:buildingFootprintArea>
<uro:buildingStructureType codeSpace="../../codelists/Building_buildingStructureType.xml">601</uro:buildingStructureType>
<uro:surveyYear>2021</uro:surveyYear>
</uro:BuildingDetailAttribute>
</uro:buildingDetailAttribute>
<uro:buildingIDAttribute>
<uro:BuildingIDAttribute>
<uro:buildingID>17206-bldg-2233</uro:buildingID>
<uro:prefecture codeSpace="../../codelists/Common_localPublicAuthorities.xml">17</uro:prefecture>
<uro:city codeSpace="../../codelists/Common_localPublicAuthorities.xml">17206</uro:city>
</uro:BuildingIDAttribute>
</uro:buildingIDAttribute>
</bldg:Building>
</core:cityObjectMember>
<core:cityObjectMember>
<bldg:Building gml:id="bldg_5d059bc4-7813-4d3a-97b0-eb464e70ed96">
<core:creationDate>2025-03-21</core:creationDate>
<bldg:class codeSpace="../../codelists/Building_class.xml">3001</bldg:class>
<bldg:usage codeSpace="../../codelists/Building_usage.xml">451</bldg:usage>
<bldg:yearOfConstruction>2021</bldg:yearOfConstruction>
<bldg:measuredHeight uom="m">5.3</bldg:measuredHeight>
<bldg:storeysAboveGround>1</bldg:storeysAboveGround>
<bldg:lod0RoofEdge><gml:MultiSurface><gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3299593 136.3698398 0 36.3300087 136.3699862 0 36.3300892 136.3699447 0 36.3300398 136.3697984 0 36.3299593 136.3698398 0</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember></gml:MultiSurface></bldg:lod0RoofEdge>
<bldg:lod1Solid><gml:Solid><gml:exterior><gml:CompositeSurface>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3300398 136.3697984 8.04 36.3300892 136.3699447 8.04 36.3300087 136.3699862 8.04 36.3299593 136.3698398 8.04 36.3300398 136.3697984 8.04</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3299593 136.3698398 8.04 36.3300087 136.3699862 8.04 36.3300087 136.3699862 12.45 36.3299593 136.3698398 12.45 36.3299593 136.3698398 8.04</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3300087 136.3699862 8.04 36.3300892 136.3699447 8.04 36.3300892 136.3699447 12.45 36.3300087 136.3699862 12.45 36.3300087 136.3699862 8.04</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3300892 136.3699447 8.04 36.3300398 136.3697984 8.04 36.3300398 136.3697984 12.45 36.3300892 136.3699447 12.45 36.3300892 136.3699447 8.04</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3300398 136.3697984 8.04 36.3299593 136.3698398 8.04 36.3299593 136.3698398 12.45 36.3300398 136.3697984 12.45 36.3300398 136.3697984 8.04</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3299593 136.3698398 12.45 36.3300087 136.3699862 12.45 36.3300892 136.3699447 12.45 36.3300398 136.3697984 12.45 36.3299593 136.3698398 12.45</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
</gml:CompositeSurface></gml:exterior></gml:Solid></bldg:lod1Solid>
<uro:bldgDataQualityAttribute>
<uro:DataQualityAttribute>
<uro:lod1HeightType codeSpace="../../codelists/DataQualityAttribute_lod1HeightType.xml">2</uro:lod1HeightType>
</uro:DataQualityAttribute>
</uro:bldgDataQualityAttribute>
<uro:buildingDetailAttribute>
<uro:BuildingDetailAttribute>
<uro:totalFloorArea uom="m2">114</uro:totalFloorArea>
<uro:buildingFootprintArea uom="m2">137.8</uro:buildingFootprintArea>
<uro:buildingStructureType codeSpace="../../codelists/Building_buildingStructureType.xml">601</uro:buildingStructureType>
<uro:surveyYear>2021</uro:surveyYear>
</uro:BuildingDetailAttribute>
</uro:buildingDetailAttribute>
<uro:buildingIDAttribute>
<uro:BuildingIDAttribute>
<uro:buildingID>17206-bldg-2234</uro:buildingID>
<uro:prefecture codeSpace="../../codelists/Common_localPublicAuthorities.xml">17</uro:prefecture>
<uro:city codeSpace="../../codelists/Common_localPublicAuthorities.xml">17206</uro:city>
</uro:BuildingIDAttribute>
</uro:buildingIDAttribute>
</bldg:Building>
</core:cityObjectMember>
<core:cityObjectMember>
<bldg:Building gml:id="bldg_09526f7f-e20f-454e-9f2c-25f0107a6222">
<core:creationDate>2025-03-21</core:creationDate>
<bldg:class codeSpace="../../codelists/Building_class.xml">3001</bldg:class>
<bldg:usage codeSpace="../../codelists/Building_usage.xml">451</bldg:usage>
<bldg:yearOfConstruction>1989</bldg:yearOfConstruction>
<bldg:measuredHeight uom="m">5.3</bldg:measuredHeight>
<bldg:storeysAboveGround>1</bldg:storeysAboveGround>
<bldg:lod0RoofEdge><gml:MultiSurface><gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3300524 136.370035 0 36.3301069 136.3701965 0 36.3301623 136.370168 0 36.3301079 136.3700064 0 36.3300524 136.370035 0</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember></gml:MultiSurface></bldg:lod0RoofEdge>
<bldg:lod1Solid><gml:Solid><gml:exterior><gml:CompositeSurface>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3301079 136.3700064 8.11 36.3301623 136.370168 8.11 36.3301069 136.3701965 8.11 36.3300524 136.370035 8.11 36.3301079 136.3700064 8.11</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3300524 136.370035 8.11 36.3301069 136.3701965 8.11 36.3301069 136.3701965 12.86 36.3300524 136.370035 12.86 36.3300524 136.370035 8.11</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3301069 136.3701965 8.11 36.3301623 136.370168 8.11 36.3301623 136.370168 12.86 36.3301069 136.3701965 12.86 36.3301069 136.3701965 8.11</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3301623 136.370168 8.11 36.3301079 136.3700064 8.11 36.3301079 136.3700064 12.86 36.3301623 136.370168 12.86 36.3301623 136.370168 8.11</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3301079 136.3700064 8.11 36.3300524 136.370035 8.11 36.3300524 136.370035 12.86 36.3301079 136.3700064 12.86 36.3301079 136.3700064 8.11</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3300524 136.370035 12.86 36.3301069 136.3701965 12.86 36.3301623 136.370168 12.86 36.3301079 136.3700064 12.86 36.3300524 136.370035 12.86</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
</gml:CompositeSurface></gml:exterior></gml:Solid></bldg:lod1Solid>
<uro:bldgDataQualityAttribute>
<uro:DataQualityAttribute>
<uro:lod1HeightType codeSpace="../../codelists/DataQualityAttribute_lod1HeightType.xml">2</uro:lod1HeightType>
</uro:DataQualityAttribute>
</uro:bldgDataQualityAttribute>
<uro:buildingDetailAttribute>
<uro:BuildingDetailAttribute>
<uro:totalFloorArea uom="m2">91.52</uro:totalFloorArea>
<uro:buildingFootprintArea uom="m2">104.75</uro:buildingFootprintArea>
<uro:buildingStructureType codeSpace="../../codelists/Building_buildingStructureType.xml">604</uro:buildingStructureType>
<uro:surveyYear>2021</uro:surveyYear>
</uro:BuildingDetailAttribute>
</uro:buildingDetailAttribute>
<uro:buildingIDAttribute>
<uro:BuildingIDAttribute>
<uro:buildingID>17206-bldg-2235</uro:buildingID>
<uro:prefecture codeSpace="../../codelists/Common_localPublicAuthorities.xml">17</uro:prefecture>
<uro:city codeSpace="../../codelists/Common_localPublicAuthorities.xml">17206</uro:city>
</uro:BuildingIDAttribute>
</uro:buildingIDAttribute>
</bldg:Building>
</core:cityObjectMember>
<core:cityObjectMember>
<bldg:Building gml:id="bldg_86c79361-df2f-4bb0-9622-c08af6a2265b">
<core:creationDate>2025-03-21</core:creationDate>
<bldg:class codeSpace="../../codelists/Building_class.xml">3001</bldg:class>
<bldg:usage codeSpace="../../codelists/Building_usage.xml">411</bldg:usage>
<bldg:yearOfConstruction>1984</bldg:yearOfConstruction>
<bldg:measuredHeight uom="m">5.6</bldg:measuredHeight>
<bldg:storeysAboveGround>1</bldg:storeysAboveGround>
<bldg:lod0RoofEdge><gml:MultiSurface><gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3298908 136.3700492 0 36.3298385 136.3698939 0 36.3297341 136.3699476 0 36.3297865 136.3701029 0 36.3298908 136.3700492 0</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember></gml:MultiSurface></bldg:lod0RoofEdge>
<bldg:lod1Solid><gml:Solid><gml:exterior><gml:CompositeSurface>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3297865 136.3701029 8.13 36.3297341 136.3699476 8.13 36.3298385 136.3698939 8.13 36.3298908 136.3700492 8.13 36.3297865 136.3701029 8.13</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3298908 136.3700492 8.13 36.3298385 136.3698939 8.13 36.3298385 136.3698939 12.37 36.3298908 136.3700492 12.37 36.3298908 136.3700492 8.13</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3298385 136.3698939 8.13 36.3297341 136.3699476 8.13 36.3297341 136.3699476 12.37 36.3298385 136.3698939 12.37 36.3298385 136.3698939 8.13</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3297341 136.3699476 8.13 36.3297865 136.3701029 8.13 36.3297865 136.3701029 12.37 36.3297341 136.3699476 12.37 36.3297341 136.3699476 8.13</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3297865 136.3701029 8.13 36.3298908 136.3700492 8.13 36.3298908 136.3700492 12.37 36.3297865 136.3701029 12.37 36.3297865 136.3701029 8.13</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3298908 136.3700492 12.37 36.3298385 136.3698939 12.37 36.3297341 136.3699476 12.37 36.3297865 136.3701029 12.37 36.3298908 136.3700492 12.37</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
</gml:CompositeSurface></gml:exterior></gml:Solid></bldg:lod1Solid>
<uro:bldgDataQualityAttribute>
<uro:DataQualityAttribute>
<uro:lod1HeightType codeSpace="../../codelists/DataQualityAttribute_lod1HeightType.xml">2</uro:lod1HeightType>
</uro:DataQualityAttribute>
</uro:bldgDataQualityAttribute>
<uro:buildingDetailAttribute>
<uro:BuildingDetailAttribute>
<uro:totalFloorArea uom="m2">188.3</uro:totalFloorArea>
<uro:buildingFootprintArea uom="m2">189.49</uro:buildingFootprintArea>
<uro:buildingStructureType codeSpace="../../codelists/Building_buildingStructureType.xml">601</uro:buildingStructureType>
<uro:surveyYear>2021</uro:surveyYear>
</uro:BuildingDetailAttribute>
</uro:buildingDetailAttribute>
<uro:buildingIDAttribute>
<uro:BuildingIDAttribute>
<uro:buildingID>17206-bldg-2236</uro:buildingID>
<uro:prefecture codeSpace="../../codelists/Common_localPublicAuthorities.xml">17</uro:prefecture>
<uro:city codeSpace="../../codelists/Common_localPublicAuthorities.xml">17206</uro:city>
</uro:BuildingIDAttribute>
</uro:buildingIDAttribute>
</bldg:Building>
</core:cityObjectMember>
<core:cityObjectMember>
<bldg:Building gml:id="bldg_a56fad00-88fb-4290-9f62-b0689ab41591">
<core:creationDate>2025-03-21</core:creationDate>
<bldg:class codeSpace="../../codelists/Building_class.xml">3001</bldg:class>
<bldg:usage codeSpace="../../codelists/Building_usage.xml">451</bldg:usage>
<bldg:yearOfConstruction>2019</bldg:yearOfConstruction>
<bldg:measuredHeight uom="m">5.6</bldg:measuredHeight>
<bldg:storeysAboveGround>1</bldg:storeysAboveGround>
<bldg:lod0RoofEdge><gml:MultiSurface><gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3299339 136.3701985 0 36.3299012 136.3701015 0 36.3298439 136.370131 0 36.3298766 136.370228 0 36.3299339 136.3701985 0</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember></gml:MultiSurface></bldg:lod0RoofEdge>
<bldg:lod1Solid><gml:Solid><gml:exterior><gml:CompositeSurface>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3298766 136.370228 8.2 36.3298439 136.370131 8.2 36.3299012 136.3701015 8.2 36.3299339 136.3701985 8.2 36.3298766 136.370228 8.2</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3299339 136.3701985 8.2 36.3299012 136.3701015 8.2 36.3299012 136.3701015 13.23 36.3299339 136.3701985 13.23 36.3299339 136.3701985 8.2</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3299012 136.3701015 8.2 36.3298439 136.370131 8.2 36.3298439 136.370131 13.23 36.3299012 136.3701015 13.23 36.3299012 136.3701015 8.2</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3298439 136.370131 8.2 36.3298766 136.370228 8.2 36.3298766 136.370228 13.23 36.3298439 136.370131 13.23 36.3298439 136.370131 8.2</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3298766 136.370228 8.2 36.3299339 136.3701985 8.2 36.3299339 136.3701985 13.23 36.3298766 136.370228 13.23 36.3298766 136.370228 8.2</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3299339 136.3701985 13.23 36.3299012 136.3701015 13.23 36.3298439 136.370131 13.23 36.3298766 136.370228 13.23 36.3299339 136.3701985 13.23</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
</gml:CompositeSurface></gml:exterior></gml:Solid></bldg:lod1Solid>
<uro:bldgDataQualityAttribute>
<uro:DataQualityAttribute>
<uro:lod1HeightType codeSpace="../../codelists/DataQualityAttribute_lod1HeightType.xml">2</uro:lod1HeightType>
</uro:DataQualityAttribute>
</uro:bldgDataQualityAttribute>
<uro:buildingDetailAttribute>
<uro:BuildingDetailAttribute>
<uro:totalFloorArea uom="m2">58.99</uro:totalFloorArea>
<uro:buildingFootprintArea uom="m2">65.07</uro:buildingFootprintArea>
<uro:buildingStructureType codeSpace="../../codelists/Building_buildingStructureType.xml">604</uro:buildingStructureType>
<uro:surveyYear>2021</uro:surveyYear>
</uro:BuildingDetailAttribute>
</uro:buildingDetailAttribute>
<uro:buildingIDAttribute>
<uro:BuildingIDAttribute>
<uro:buildingID>17206-bldg-2237</uro:buildingID>
<uro:prefecture codeSpace="../../codelists/Common_localPublicAuthorities.xml">17</uro:prefecture>
<uro:city codeSpace="../../codelists/Common_localPublicAuthorities.xml">17206</uro:city>
</uro:BuildingIDAttribute>
</uro:buildingIDAttribute>
</bldg:Building>
</core:cityObjectMember>
<core:cityObjectMember>
<bldg:Building gml:id="bldg_bea4a1aa-3ebd-4cb6-8f9b-5af876558b7f">
<core:creationDate>2025-03-21</core:creationDate>
<bldg:class codeSpace="../../codelists/Building_class.xml">3001</bldg:class>
<bldg:usage codeSpace="../../codelists/Building_usage.xml">411</bldg:usage>
<bldg:yearOfConstruction>1980</bldg:yearOfConstruction>
<bldg:measuredHeight uom="m">8.5</bldg:measuredHeight>
<bldg:storeysAboveGround>2</bldg:storeysAboveGround>
<bldg:lod0RoofEdge><gml:MultiSurface><gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3300989 136.3706375 0 36.3300478 136.3704859 0 36.3299561 136.3705331 0 36.3300072 136.3706847 0 36.3300989 136.3706375 0</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember></gml:MultiSurface></bldg:lod0RoofEdge>
<bldg:lod1Solid><gml:Solid><gml:exterior><gml:CompositeSurface>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3300072 136.3706847 8.21 36.3299561 136.3705331 8.21 36.3300478 136.3704859 8.21 36.3300989 136.3706375 8.21 36.3300072 136.3706847 8.21</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3300989 136.3706375 8.21 36.3300478 136.3704859 8.21 36.3300478 136.3704859 15.52 36.3300989 136.3706375 15.52 36.3300989 136.3706375 8.21</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3300478 136.3704859 8.21 36.3299561 136.3705331 8.21 36.3299561 136.3705331 15.52 36.3300478 136.3704859 15.52 36.3300478 136.3704859 8.21</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3299561 136.3705331 8.21 36.3300072 136.3706847 8.21 36.3300072 136.3706847 15.52 36.3299561 136.3705331 15.52 36.3299561 136.3705331 8.21</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3300072 136.3706847 8.21 36.3300989 136.3706375 8.21 36.3300989 136.3706375 15.52 36.3300072 136.3706847 15.52 36.3300072 136.3706847 8.21</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3300989 136.3706375 15.52 36.3300478 136.3704859 15.52 36.3299561 136.3705331 15.52 36.3300072 136.3706847 15.52 36.3300989 136.3706375 15.52</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
</gml:CompositeSurface></gml:exterior></gml:Solid></bldg:lod1Solid>
<uro:bldgDataQualityAttribute>
<uro:DataQualityAttribute>
<uro:lod1HeightType codeSpace="../../codelists/DataQualityAttribute_lod1HeightType.xml">2</uro:lod1HeightType>
</uro:DataQualityAttribute>
</uro:bldgDataQualityAttribute>
<uro:buildingDetailAttribute>
<uro:BuildingDetailAttribute>
<uro:totalFloorArea uom="m2">314.24</uro:totalFloorArea>
<uro:buildingFootprintArea uom="m2">162.54</uro:buildingFootprintArea>
<uro:buildingStructureType codeSpace="../../codelists/Building_buildingStructureType.xml">601</uro:buildingStructureType>
<uro:surveyYear>2021</uro:surveyYear>
</uro:BuildingDetailAttribute>
</uro:buildingDetailAttribute>
<uro:buildingIDAttribute>
<uro:BuildingIDAttribute>
<uro:buildingID>17206-bldg-2238</uro:buildingID>
<uro:prefecture codeSpace="../../codelists/Common_localPublicAuthorities.xml">17</uro:prefecture>
<uro:city codeSpace="../../codelists/Common_localPublicAuthorities.xml">17206</uro:city>
</uro:BuildingIDAttribute>
</uro:buildingIDAttribute>
</bldg:Building>
</core:cityObjectMember>
<core:cityObjectMember>
<bldg:Building gml:id="bldg_aa058657-0883-48f3-995c-56699e1231af">
<core:creationDate>2025-03-21</core:creationDate>
<bldg:class codeSpace="../../codelists/Building_class.xml">3001</bldg:class>
<bldg:usage codeSpace="../../codelists/Building_usage.xml">411</bldg:usage>
<bldg:yearOfConstruction>1996</bldg:yearOfConstruction>
<bldg:measuredHeight uom="m">7.2</bldg:measuredHeight>
<bldg:storeysAboveGround>2</bldg:storeysAboveGround>
<bldg:lod0RoofEdge><gml:MultiSurface><gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3303408 136.3709936 0 36.3303823 136.3711167 0 36.3304447 136.3710846 0 36.3304032 136.3709614 0 36.3303408 136.3709936 0</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember></gml:MultiSurface></bldg:lod0RoofEdge>
<bldg:lod1Solid><gml:Solid><gml:exterior><gml:CompositeSurface>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3304032 136.3709614 8.11 36.3304447 136.3710846 8.11 36.3303823 136.3711167 8.11 36.3303408 136.3709936 8.11 36.3304032 136.3709614 8.11</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3303408 136.3709936 8.11 36.3303823 136.3711167 8.11 36.3303823 136.3711167 14.49 36.3303408 136.3709936 14.49 36.3303408 136.3709936 8.11</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3303823 136.3711167 8.11 36.3304447 136.3710846 8.11 36.3304447 136.3710846 14.49 36.3303823 136.3711167 14.49 36.3303823 136.3711167 8.11</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3304447 136.3710846 8.11 36.3304032 136.3709614 8.11 36.3304032 136.3709614 14.49 36.3304447 136.3710846 14.49 36.3304447 136.3710846 8.11</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3304032 136.3709614 8.11 36.3303408 136.3709936 8.11 36.3303408 136.3709936 14.49 36.3304032 136.3709614 14.49 36.3304032 136.3709614 8.11</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3303408 136.3709936 14.49 36.3303823 136.3711167 14.49 36.3304447 136.3710846 14.49 36.3304032 136.3709614 14.49 36.3303408 136.3709936 14.49</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
</gml:CompositeSurface></gml:exterior></gml:Solid></bldg:lod1Solid>
<uro:bldgDataQualityAttribute>
<uro:DataQualityAttribute>
<uro:lod1HeightType codeSpace="../../codelists/DataQualityAttribute_lod1HeightType.xml">2</uro:lod1HeightType>
</uro:DataQualityAttribute>
</uro:bldgDataQualityAttribute>
<uro:buildingDetailAttribute>
<uro:BuildingDetailAttribute>
<uro:totalFloorArea uom="m2">171.89</uro:totalFloorArea>
<uro:buildingFootprintArea uom="m2">89.88</uro:buildingFootprintArea>
<uro:buildingStructureType codeSpace="../../codelists/Building_buildingStructureType.xml">601</uro:buildingStructureType>
<uro:surveyYear>2021</uro:surveyYear>
</uro:BuildingDetailAttribute>
</uro:buildingDetailAttribute>
<uro:buildingIDAttribute>
<uro:BuildingIDAttribute>
<uro:buildingID>17206-bldg-2239</uro:buildingID>
<uro:prefecture codeSpace="../../codelists/Common_localPublicAuthorities.xml">17</uro:prefecture>
<uro:city codeSpace="../../codelists/Common_localPublicAuthorities.xml">17206</uro:city>
</uro:BuildingIDAttribute>
</uro:buildingIDAttribute>
</bldg:Building>
</core:cityObjectMember>
<core:cityObjectMember>
<bldg:Building gml:id="bldg_11ae972d-d4c7-453c-a56a-fc6fd006ce74">
<core:creationDate>2025-03-21</core:creationDate>
<bldg:class codeSpace="../../codelists/Building_class.xml">3001</bldg:class>
<bldg:usage codeSpace="../../codelists/Building_usage.xml">411</bldg:usage>
<bldg:yearOfConstruction>1975</bldg:yearOfConstruction>
<bldg:measuredHeight uom="m">8.1</bldg:measuredHeight>
<bldg:storeysAboveGround>2</bldg:storeysAboveGround>
<bldg:lod0RoofEdge><gml:MultiSurface><gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3304256 136.371159 0 36.330474 136.3713027 0 36.3305709 136.3712529 0 36.3305224 136.3711092 0 36.3304256 136.371159 0</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember></gml:MultiSurface></bldg:lod0RoofEdge>
<bldg:lod1Solid><gml:Solid><gml:exterior><gml:CompositeSurface>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3305224 136.3711092 8.08 36.3305709 136.3712529 8.08 36.330474 136.3713027 8.08 36.3304256 136.371159 8.08 36.3305224 136.3711092 8.08</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3304256 136.371159 8.08 36.330474 136.3713027 8.08 36.330474 136.3713027 14.93 36.3304256 136.371159 14.93 36.3304256 136.371159 8.08</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.330474 136.3713027 8.08 36.3305709 136.3712529 8.08 36.3305709 136.3712529 14.93 36.330474 136.3713027 14.93 36.330474 136.3713027 8.08</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3305709 136.3712529 8.08 36.3305224 136.3711092 8.08 36.3305224 136.3711092 14.93 36.3305709 136.3712529 14.93 36.3305709 136.3712529 8.08</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3305224 136.3711092 8.08 36.3304256 136.371159 8.08 36.3304256 136.371159 14.93 36.3305224 136.3711092 14.93 36.3305224 136.3711092 8.08</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3304256 136.371159 14.93 36.330474 136.3713027 14.93 36.3305709 136.3712529 14.93 36.3305224 136.3711092 14.93 36.3304256 136.371159 14.93</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
</gml:CompositeSurface></gml:exterior></gml:Solid></bldg:lod1Solid>
<uro:bldgDataQualityAttribute>
<uro:DataQualityAttribute>
<uro:lod1HeightType codeSpace="../../codelists/DataQualityAttribute_lod1HeightType.xml">2</uro:lod1HeightType>
</uro:DataQualityAttribute>
</uro:bldgDataQualityAttribute>
<uro:buildingDetailAttribute>
<uro:BuildingDetailAttribute>
<uro:totalFloorArea uom="m2">298.12</uro:totalFloorArea>
<uro:buildingFootprintArea uom="m2">162.74</uro:buildingFootprintArea>
<uro:buildingStructureType codeSpace="../../codelists/Building_buildingStructureType.xml">601</uro:buildingStructureType>
<uro:surveyYear>2021</uro:surveyYear>
</uro:BuildingDetailAttribute>
</uro:buildingDetailAttribute>
<uro:buildingIDAttribute>
<uro:BuildingIDAttribute>
<uro:buildingID>17206-bldg-2240</uro:buildingID>
<uro:prefecture codeSpace="../../codelists/Common_localPublicAuthorities.xml">17</uro:prefecture>
<uro:city codeSpace="../../codelists/Common_localPublicAuthorities.xml">17206</uro:city>
</uro:BuildingIDAttribute>
</uro:buildingIDAttribute>
</bldg:Building>
</core:cityObjectMember>
<core:cityObjectMember>
<bldg:Building gml:id="bldg_4944d1c5-1f7c-4c83-a96c-fb83041977e8">
<core:creationDate>2025-03-21</core:creationDate>
<bldg:class codeSpace="../../codelists/Building_class.xml">3001</bldg:class>
<bldg:usage codeSpace="../../codelists/Building_usage.xml">411</bldg:usage>
<bldg:yearOfConstruction>2000</bldg:yearOfConstruction>
<bldg:measuredHeight uom="m">8.1</bldg:measuredHeight>
<bldg:storeysAboveGround>2</bldg:storeysAboveGround>
<bldg:lod0RoofEdge><gml:MultiSurface><gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3305852 136.3710768 0 36.3306346 136.3712235 0 36.33074 136.3711692 0 36.3306905 136.3710226 0 36.3305852 136.3710768 0</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember></gml:MultiSurface></bldg:lod0RoofEdge>
<bldg:lod1Solid><gml:Solid><gml:exterior><gml:CompositeSurface>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3306905 136.3710226 7.95 36.33074 136.3711692 7.95 36.3306346 136.3712235 7.95 36.3305852 136.3710768 7.95 36.3306905 136.3710226 7.95</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3305852 136.3710768 7.95 36.3306346 136.3712235 7.95 36.3306346 136.3712235 14.72 36.3305852 136.3710768 14.72 36.3305852 136.3710768 7.95</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3306346 136.3712235 7.95 36.33074 136.3711692 7.95 36.33074 136.3711692 14.72 36.3306346 136.3712235 14.72 36.3306346 136.3712235 7.95</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.33074 136.3711692 7.95 36.3306905 136.3710226 7.95 36.3306905 136.3710226 14.72 36.33074 136.3711692 14.72 36.33074 136.3711692 7.95</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3306905 136.3710226 7.95 36.3305852 136.3710768 7.95 36.3305852 136.3710768 14.72 36.3306905 136.3710226 14.72 36.3306905 136.3710226 7.95</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3305852 136.3710768 14.72 36.3306346 136.3712235 14.72 36.33074 136.3711692 14.72 36.3306905 136.3710226 14.72 36.3305852 136.3710768 14.72</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
</gml:CompositeSurface></gml:exterior></gml:Solid></bldg:lod1Solid>
<uro:bldgDataQualityAttribute>
<uro:DataQualityAttribute>
<uro:lod1HeightType codeSpace="../../codelists/DataQualityAttribute_lod1HeightType.xml">2</uro:lod1HeightType>
</uro:DataQualityAttribute>
</uro:bldgDataQualityAttribute>
<uro:buildingDetailAttribute>
<uro:BuildingDetailAttribute>
<uro:totalFloorArea uom="m2">315.48</uro:totalFloorArea>
<uro:buildingFootprintArea uom="m2">180.58</uro:buildingFootprintArea>
<uro:buildingStructureType codeSpace="../../codelists/Building_buildingStructureType.xml">601</uro:buildingStructureType>
<uro:surveyYear>2021</uro:surveyYear>
</uro:BuildingDetailAttribute>
</uro:buildingDetailAttribute>
<uro:buildingIDAttribute>
<uro:BuildingIDAttribute>
<uro:buildingID>17206-bldg-2241</uro:buildingID>
<uro:prefecture codeSpace="../../codelists/Common_localPublicAuthorities.xml">17</uro:prefecture>
<uro:city codeSpace="../../codelists/Common_localPublicAuthorities.xml">17206</uro:city>
</uro:BuildingIDAttribute>
</uro:buildingIDAttribute>
</bldg:Building>
</core:cityObjectMember>
<core:cityObjectMember>
<bldg:Building gml:id="bldg_d9732f34-ca19-42a2-8494-14f6af3d6a7a">
<core:creationDate>2025-03-21</core:creationDate>
<bldg:class codeSpace="../../codelists/Building_class.xml">3001</bldg:class>
<bldg:usage codeSpace="../../codelists/Building_usage.xml">411</bldg:usage>
<bldg:yearOfConstruction>1998</bldg:yearOfConstruction>
<bldg:measuredHeight uom="m">8.6</bldg:measuredHeight>
<bldg:storeysAboveGround>2</bldg:storeysAboveGround>
<bldg:lod0RoofEdge><gml:MultiSurface><gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3304827 136.3714004 0 36.3305389 136.3715673 0 36.33064 136.3715153 0 36.3305837 136.3713484 0 36.3304827 136.3714004 0</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember></gml:MultiSurface></bldg:lod0RoofEdge>
<bldg:lod1Solid><gml:Solid><gml:exterior><gml:CompositeSurface>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3305837 136.3713484 8.16 36.33064 136.3715153 8.16 36.3305389 136.3715673 8.16 36.3304827 136.3714004 8.16 36.3305837 136.3713484 8.16</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3304827 136.3714004 8.16 36.3305389 136.3715673 8.16 36.3305389 136.3715673 15.53 36.3304827 136.3714004 15.53 36.3304827 136.3714004 8.16</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3305389 136.3715673 8.16 36.33064 136.3715153 8.16 36.33064 136.3715153 15.53 36.3305389 136.3715673 15.53 36.3305389 136.3715673 8.16</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.33064 136.3715153 8.16 36.3305837 136.3713484 8.16 36.3305837 136.3713484 15.53 36.33064 136.3715153 15.53 36.33064 136.3715153 8.16</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3305837 136.3713484 8.16 36.3304827 136.3714004 8.16 36.3304827 136.3714004 15.53 36.3305837 136.3713484 15.53 36.3305837 136.3713484 8.16</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3304827 136.3714004 15.53 36.3305389 136.3715673 15.53 36.33064 136.3715153 15.53 36.3305837 136.3713484 15.53 36.3304827 136.3714004 15.53</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
</gml:CompositeSurface></gml:exterior></gml:Solid></bldg:lod1Solid>
<uro:bldgDataQualityAttribute>
<uro:DataQualityAttribute>
<uro:lod1HeightType codeSpace="../../codelists/DataQualityAttribute_lod1HeightType.xml">2</uro:lod1HeightType>
</uro:DataQualityAttribute>
</uro:bldgDataQualityAttribute>
<uro:buildingDetailAttribute>
<uro:BuildingDetailAttribute>
<uro:totalFloorArea uom="m2">376.39</uro:totalFloorArea>
<uro:buildingFootprintArea uom="m2">197.22</uro:buildingFootprintArea>
<uro:buildingStructureType codeSpace="../../codelists/Building_buildingStructureType.xml">601</uro:buildingStructureType>
<uro:surveyYear>2021</uro:surveyYear>
</uro:BuildingDetailAttribute>
</uro:buildingDetailAttribute>
<uro:buildingIDAttribute>
<uro:BuildingIDAttribute>
<uro:buildingID>17206-bldg-2242</uro:buildingID>
<uro:prefecture codeSpace="../../codelists/Common_localPublicAuthorities.xml">17</uro:prefecture>
<uro:city codeSpace="../../codelists/Common_localPublicAuthorities.xml">17206</uro:city>
</uro:BuildingIDAttribute>
</uro:buildingIDAttribute>
</bldg:Building>
</core:cityObjectMember>
<core:cityObjectMember>
<bldg:Building gml:id="bldg_54a1f505-905c-430d-9d4e-80448d35256e">
<core:creationDate>2025-03-21</core:creationDate>
<bldg:class codeSpace="../../codelists/Building_class.xml">3001</bldg:class>
<bldg:usage codeSpace="../../codelists/Building_usage.xml">411</bldg:usage>
<bldg:yearOfConstruction>2017</bldg:yearOfConstruction>
<bldg:measuredHeight uom="m">8.5</bldg:measuredHeight>
<bldg:storeysAboveGround>2</bldg:storeysAboveGround>
<bldg:lod0RoofEdge><gml:MultiSurface><gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3306506 136.3713139 0 36.3307054 136.3714764 0 36.3308032 136.371426 0 36.3307484 136.3712636 0 36.3306506 136.3713139 0</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember></gml:MultiSurface></bldg:lod0RoofEdge>
<bldg:lod1Solid><gml:Solid><gml:exterior><gml:CompositeSurface>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3307484 136.3712636 8.06 36.3308032 136.371426 8.06 36.3307054 136.3714764 8.06 36.3306506 136.3713139 8.06 36.3307484 136.3712636 8.06</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3306506 136.3713139 8.06 36.3307054 136.3714764 8.06 36.3307054 136.3714764 15.33 36.3306506 136.3713139 15.33 36.3306506 136.3713139 8.06</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3307054 136.3714764 8.06 36.3308032 136.371426 8.06 36.3308032 136.371426 15.33 36.3307054 136.3714764 15.33 36.3307054 136.3714764 8.06</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3308032 136.371426 8.06 36.3307484 136.3712636 8.06 36.3307484 136.3712636 15.33 36.3308032 136.371426 15.33 36.3308032 136.371426 8.06</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3307484 136.3712636 8.06 36.3306506 136.3713139 8.06 36.3306506 136.3713139 15.33 36.3307484 136.3712636 15.33 36.3307484 136.3712636 8.06</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3306506 136.3713139 15.33 36.3307054 136.3714764 15.33 36.3308032 136.371426 15.33 36.3307484 136.3712636 15.33 36.3306506 136.3713139 15.33</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
</gml:CompositeSurface></gml:exterior></gml:Solid></bldg:lod1Solid>
<uro:bldgDataQualityAttribute>
<uro:DataQualityAttribute>
<uro:lod1HeightType codeSpace="../../codelists/DataQualityAttribute_lod1HeightType.xml">2</uro:lod1HeightType>
</uro:DataQualityAttribute>
</uro:bldgDataQualityAttribute>
<uro:buildingDetailAttribute>
<uro:BuildingDetailAttribute>
<uro:totalFloorArea uom="m2">318.38</uro:totalFloorArea>
<uro:buildingFootprintArea uom="m2">185.74</uro:buildingFootprintArea>
<uro:buildingStructureType codeSpace="../../codelists/Building_buildingStructureType.xml">601</uro:buildingStructureType>
<uro:surveyYear>2021</uro:surveyYear>
</uro:BuildingDetailAttribute>
</uro:buildingDetailAttribute>
<uro:buildingIDAttribute>
<uro:BuildingIDAttribute>
<uro:buildingID>17206-bldg-2243</uro:buildingID>
<uro:prefecture codeSpace="../../codelists/Common_localPublicAuthorities.xml">17</uro:prefecture>
<uro:city codeSpace="../../codelists/Common_localPublicAuthorities.xml">17206</uro:city>
</uro:BuildingIDAttribute>
</uro:buildingIDAttribute>
</bldg:Building>
</core:cityObjectMember>
<core:cityObjectMember>
<bldg:Building gml:id="bldg_d2b130c2-bf44-4a22-a581-b99030771909">
<core:creationDate>2025-03-21</core:creationDate>
<bldg:class codeSpace="../../codelists/Building_class.xml">3001</bldg:class>
<bldg:usage codeSpace="../../codelists/Building_usage.xml">411</bldg:usage>
<bldg:yearOfConstruction>2007</bldg:yearOfConstruction>
<bldg:measuredHeight uom="m">7.2</bldg:measuredHeight>
<bldg:storeysAboveGround>2</bldg:storeysAboveGround>
<bldg:lod0RoofEdge><gml:MultiSurface><gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3302089 136.3709307 0 36.3301377 136.3709674 0 36.330167 136.3710541 0 36.3302382 136.3710175 0 36.3302089 136.3709307 0</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember></gml:MultiSurface></bldg:lod0RoofEdge>
<bldg:lod1Solid><gml:Solid><gml:exterior><gml:CompositeSurface>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3302382 136.3710175 8.19 36.330167 136.3710541 8.19 36.3301377 136.3709674 8.19 36.3302089 136.3709307 8.19 36.3302382 136.3710175 8.19</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3302089 136.3709307 8.19 36.3301377 136.3709674 8.19 36.3301377 136.3709674 14.53 36.3302089 136.3709307 14.53 36.3302089 136.3709307 8.19</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3301377 136.3709674 8.19 36.330167 136.3710541 8.19 36.330167 136.3710541 14.53 36.3301377 136.3709674 14.53 36.3301377 136.3709674 8.19</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.330167 136.3710541 8.19 36.3302382 136.3710175 8.19 36.3302382 136.3710175 14.53 36.330167 136.3710541 14.53 36.330167 136.3710541 8.19</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3302382 136.3710175 8.19 36.3302089 136.3709307 8.19 36.3302089 136.3709307 14.53 36.3302382 136.3710175 14.53 36.3302382 136.3710175 8.19</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3302089 136.3709307 14.53 36.3301377 136.3709674 14.53 36.330167 136.3710541 14.53 36.3302382 136.3710175 14.53 36.3302089 136.3709307 14.53</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
</gml:CompositeSurface></gml:exterior></gml:Solid></bldg:lod1Solid>
<uro:bldgDataQualityAttribute>
<uro:DataQualityAttribute>
<uro:lod1HeightType codeSpace="../../codelists/DataQualityAttribute_lod1HeightType.xml">2</uro:lod1HeightType>
</uro:DataQualityAttribute>
</uro:bldgDataQualityAttribute>
<uro:buildingDetailAttribute>
<uro:BuildingDetailAttribute>
<uro:totalFloorArea uom="m2">123.82</uro:totalFloorArea>
<uro:buildingFootprintArea uom="m2">72.22</uro:buildingFootprintArea>
<uro:buildingStructureType codeSpace="../../codelists/Building_buildingStructureType.xml">601</uro:buildingStructureType>
<uro:surveyYear>2021</uro:surveyYear>
</uro:BuildingDetailAttribute>
</uro:buildingDetailAttribute>
<uro:buildingIDAttribute>
<uro:BuildingIDAttribute>
<uro:buildingID>17206-bldg-2244</uro:buildingID>
<uro:prefecture codeSpace="../../codelists/Common_localPublicAuthorities.xml">17</uro:prefecture>
<uro:city codeSpace="../../codelists/Common_localPublicAuthorities.xml">17206</uro:city>
</uro:BuildingIDAttribute>
</uro:buildingIDAttribute>
</bldg:Building>
</core:cityObjectMember>
<core:cityObjectMember>
<bldg:Building gml:id="bldg_581aa7c5-293c-43a6-aec3-fda12351bcda">
<core:creationDate>2025-03-21</core:creationDate>
<bldg:class codeSpace="../../codelists/Building_class.xml">3001</bldg:class>
<bldg:usage codeSpace="../../codelists/Building_usage.xml">454</bldg:usage>
<bldg:yearOfConstruction>1986</bldg:yearOfConstruction>
<bldg:measuredHeight uom="m">2.6</bldg:measuredHeight>
<bldg:storeysAboveGround>1</bldg:storeysAboveGround>
<bldg:lod0RoofEdge><gml:MultiSurface><gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3301545 136.3710606 0 36.3301341 136.3710001 0 36.3301103 136.3710123 0 36.3301307 136.3710728 0 36.3301545 136.3710606 0</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember></gml:MultiSurface></bldg:lod0RoofEdge>
<bldg:lod1Solid><gml:Solid><gml:exterior><gml:CompositeSurface>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3301307 136.3710728 8.23 36.3301103 136.3710123 8.23 36.3301341 136.3710001 8.23 36.3301545 136.3710606 8.23 36.3301307 136.3710728 8.23</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3301545 136.3710606 8.23 36.3301341 136.3710001 8.23 36.3301341 136.3710001 10.7 36.3301545 136.3710606 10.7 36.3301545 136.3710606 8.23</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3301341 136.3710001 8.23 36.3301103 136.3710123 8.23 36.3301103 136.3710123 10.7 36.3301341 136.3710001 10.7 36.3301341 136.3710001 8.23</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3301103 136.3710123 8.23 36.3301307 136.3710728 8.23 36.3301307 136.3710728 10.7 36.3301103 136.3710123 10.7 36.3301103 136.3710123 8.23</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3301307 136.3710728 8.23 36.3301545 136.3710606 8.23 36.3301545 136.3710606 10.7 36.3301307 136.3710728 10.7 36.3301307 136.3710728 8.23</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3301545 136.3710606 10.7 36.3301341 136.3710001 10.7 36.3301103 136.3710123 10.7 36.3301307 136.3710728 10.7 36.3301545 136.3710606 10.7</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
</gml:CompositeSurface></gml:exterior></gml:Solid></bldg:lod1Solid>
<uro:bldgDataQualityAttribute>
<uro:DataQualityAttribute>
<uro:lod1HeightType codeSpace="../../codelists/DataQualityAttribute_lod1HeightType.xml">2</uro:lod1HeightType>
</uro:DataQualityAttribute>
</uro:bldgDataQualityAttribute>
<uro:buildingDetailAttribute>
<uro:BuildingDetailAttribute>
<uro:totalFloorArea uom="m2">15.37</uro:totalFloorArea>
<uro:buildingFootprintArea uom="m2">16.83</uro:buildingFootprintArea>
<uro:buildingStructureType codeSpace="../../codelists/Building_buildingStructureType.xml">601</uro:buildingStructureType>
<uro:surveyYear>2021</uro:surveyYear>
</uro:BuildingDetailAttribute>
</uro:buildingDetailAttribute>
<uro:buildingIDAttribute>
<uro:BuildingIDAttribute>
<uro:buildingID>17206-bldg-2245</uro:buildingID>
<uro:prefecture codeSpace="../../codelists/Common_localPublicAuthorities.xml">17</uro:prefecture>
<uro:city codeSpace="../../codelists/Common_localPublicAuthorities.xml">17206</uro:city>
</uro:BuildingIDAttribute>
</uro:buildingIDAttribute>
</bldg:Building>
</core:cityObjectMember>
<core:cityObjectMember>
<bldg:Building gml:id="bldg_894e0a44-e239-4295-95a1-55745391db11">
<core:creationDate>2025-03-21</core:creationDate>
<bldg:class codeSpace="../../codelists/Building_class.xml">3001</bldg:class>
<bldg:usage codeSpace="../../codelists/Building_usage.xml">451</bldg:usage>
<bldg:yearOfConstruction>2002</bldg:yearOfConstruction>
<bldg:measuredHeight uom="m">4.8</bldg:measuredHeight>
<bldg:storeysAboveGround>1</bldg:storeysAboveGround>
<bldg:lod0RoofEdge><gml:MultiSurface><gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3302609 136.3712555 0 36.3302163 136.3711232 0 36.3301365 136.3711643 0 36.3301811 136.3712966 0 36.3302609 136.3712555 0</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember></gml:MultiSurface></bldg:lod0RoofEdge>
<bldg:lod1Solid><gml:Solid><gml:exterior><gml:CompositeSurface>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3301811 136.3712966 8.21 36.3301365 136.3711643 8.21 36.3302163 136.3711232 8.21 36.3302609 136.3712555 8.21 36.3301811 136.3712966 8.21</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3302609 136.3712555 8.21 36.3302163 136.3711232 8.21 36.3302163 136.3711232 12.16 36.3302609 136.3712555 12.16 36.3302609 136.3712555 8.21</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3302163 136.3711232 8.21 36.3301365 136.3711643 8.21 36.3301365 136.3711643 12.16 36.3302163 136.3711232 12.16 36.3302163 136.3711232 8.21</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3301365 136.3711643 8.21 36.3301811 136.3712966 8.21 36.3301811 136.3712966 12.16 36.3301365 136.3711643 12.16 36.3301365 136.3711643 8.21</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3301811 136.3712966 8.21 36.3302609 136.3712555 8.21 36.3302609 136.3712555 12.16 36.3301811 136.3712966 12.16 36.3301811 136.3712966 8.21</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3302609 136.3712555 12.16 36.3302163 136.3711232 12.16 36.3301365 136.3711643 12.16 36.3301811 136.3712966 12.16 36.3302609 136.3712555 12.16</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
</gml:CompositeSurface></gml:exterior></gml:Solid></bldg:lod1Solid>
<uro:bldgDataQualityAttribute>
<uro:DataQualityAttribute>
<uro:lod1HeightType codeSpace="../../codelists/DataQualityAttribute_lod1HeightType.xml">2</uro:lod1HeightType>
</uro:DataQualityAttribute>
</uro:bldgDataQualityAttribute>
<uro:buildingDetailAttribute>
<uro:BuildingDetailAttribute>
<uro:totalFloorArea uom="m2">111.05</uro:totalFloorArea>
<uro:buildingFootprintArea uom="m2">123.51</uro:buildingFootprintArea>
<uro:buildingStructureType codeSpace="../../codelists/Building_buildingStructureType.xml">604</uro:buildingStructureType>
<uro:surveyYear>2021</uro:surveyYear>
</uro:BuildingDetailAttribute>
</uro:buildingDetailAttribute>
<uro:buildingIDAttribute>
<uro:BuildingIDAttribute>
<uro:buildingID>17206-bldg-2246</uro:buildingID>
<uro:prefecture codeSpace="../../codelists/Common_localPublicAuthorities.xml">17</uro:prefecture>
<uro:city codeSpace="../../codelists/Common_localPublicAuthorities.xml">17206</uro:city>
</uro:BuildingIDAttribute>
</uro:buildingIDAttribute>
</bldg:Building>
</core:cityObjectMember>
<core:cityObjectMember>
<bldg:Building gml:id="bldg_5b864c60-c7c0-4ed1-933c-98fc07ad36bd">
<core:creationDate>2025-03-21</core:creationDate>
<bldg:class codeSpace="../../codelists/Building_class.xml">3001</bldg:class>
<bldg:usage codeSpace="../../codelists/Building_usage.xml">411</bldg:usage>
<bldg:yearOfConstruction>1992</bldg:yearOfConstruction>
<bldg:measuredHeight uom="m">7.8</bldg:measuredHeight>
<bldg:storeysAboveGround>2</bldg:storeysAboveGround>
<bldg:lod0RoofEdge><gml:MultiSurface><gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3304538 136.3716597 0 36.330395 136.3714854 0 36.3303091 136.3715297 0 36.3303678 136.371704 0 36.3304538 136.3716597 0</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember></gml:MultiSurface></bldg:lod0RoofEdge>
<bldg:lod1Solid><gml:Solid><gml:exterior><gml:CompositeSurface>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3303678 136.371704 8.24 36.3303091 136.3715297 8.24 36.330395 136.3714854 8.24 36.3304538 136.3716597 8.24 36.3303678 136.371704 8.24</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3304538 136.3716597 8.24 36.330395 136.3714854 8.24 36.330395 136.3714854 14.98 36.3304538 136.3716597 14.98 36.3304538 136.3716597 8.24</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.330395 136.3714854 8.24 36.3303091 136.3715297 8.24 36.3303091 136.3715297 14.98 36.330395 136.3714854 14.98 36.330395 136.3714854 8.24</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3303091 136.3715297 8.24 36.3303678 136.371704 8.24 36.3303678 136.371704 14.98 36.3303091 136.3715297 14.98 36.3303091 136.3715297 8.24</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3303678 136.371704 8.24 36.3304538 136.3716597 8.24 36.3304538 136.3716597 14.98 36.3303678 136.371704 14.98 36.3303678 136.371704 8.24</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3304538 136.3716597 14.98 36.330395 136.3714854 14.98 36.3303091 136.3715297 14.98 36.3303678 136.371704 14.98 36.3304538 136.3716597 14.98</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
</gml:CompositeSurface></gml:exterior></gml:Solid></bldg:lod1Solid>
<uro:bldgDataQualityAttribute>
<uro:DataQualityAttribute>
<uro:lod1HeightType codeSpace="../../codelists/DataQualityAttribute_lod1HeightType.xml">2</uro:lod1HeightType>
</uro:DataQualityAttribute>
</uro:bldgDataQualityAttribute>
<uro:buildingDetailAttribute>
<uro:BuildingDetailAttribute>
<uro:totalFloorArea uom="m2">334.95</uro:totalFloorArea>
<uro:buildingFootprintArea uom="m2">175.27</uro:buildingFootprintArea>
<uro:buildingStructureType codeSpace="../../codelists/Building_buildingStructureType.xml">605</uro:buildingStructureType>
<uro:surveyYear>2021</uro:surveyYear>
</uro:BuildingDetailAttribute>
</uro:buildingDetailAttribute>
<uro:buildingIDAttribute>
<uro:BuildingIDAttribute>
<uro:buildingID>17206-bldg-2247</uro:buildingID>
<uro:prefecture codeSpace="../../codelists/Common_localPublicAuthorities.xml">17</uro:prefecture>
<uro:city codeSpace="../../codelists/Common_localPublicAuthorities.xml">17206</uro:city>
</uro:BuildingIDAttribute>
</uro:buildingIDAttribute>
</bldg:Building>
</core:cityObjectMember>
<core:cityObjectMember>
<bldg:Building gml:id="bldg_35bd4744-b71b-4d0e-bbba-94f57d295842">
<core:creationDate>2025-03-21</core:creationDate>
<bldg:class codeSpace="../../codelists/Building_class.xml">3001</bldg:class>
<bldg:usage codeSpace="../../codelists/Building_usage.xml">451</bldg:usage>
<bldg:yearOfConstruction>1984</bldg:yearOfConstruction>
<bldg:measuredHeight uom="m">5.3</bldg:measuredHeight>
<bldg:storeysAboveGround>1</bldg:storeysAboveGround>
<bldg:lod0RoofEdge><gml:MultiSurface><gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3302799 136.3716879 0 36.3302388 136.3715659 0 36.3301871 136.3715925 0 36.3302283 136.3717146 0 36.3302799 136.3716879 0</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember></gml:MultiSurface></bldg:lod0RoofEdge>
<bldg:lod1Solid><gml:Solid><gml:exterior><gml:CompositeSurface>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3302283 136.3717146 8.23 36.3301871 136.3715925 8.23 36.3302388 136.3715659 8.23 36.3302799 136.3716879 8.23 36.3302283 136.3717146 8.23</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3302799 136.3716879 8.23 36.3302388 136.3715659 8.23 36.3302388 136.3715659 13.02 36.3302799 136.3716879 13.02 36.3302799 136.3716879 8.23</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3302388 136.3715659 8.23 36.3301871 136.3715925 8.23 36.3301871 136.3715925 13.02 36.3302388 136.3715659 13.02 36.3302388 136.3715659 8.23</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3301871 136.3715925 8.23 36.3302283 136.3717146 8.23 36.3302283 136.3717146 13.02 36.3301871 136.3715925 13.02 36.3301871 136.3715925 8.23</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3302283 136.3717146 8.23 36.3302799 136.3716879 8.23 36.3302799 136.3716879 13.02 36.3302283 136.3717146 13.02 36.3302283 136.3717146 8.23</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3302799 136.3716879 13.02 36.3302388 136.3715659 13.02 36.3301871 136.3715925 13.02 36.3302283 136.3717146 13.02 36.3302799 136.3716879 13.02</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
</gml:CompositeSurface></gml:exterior></gml:Solid></bldg:lod1Solid>
<uro:bldgDataQualityAttribute>
<uro:DataQualityAttribute>
<uro:lod1HeightType codeSpace="../../codelists/DataQualityAttribute_lod1HeightType.xml">2</uro:lod1HeightType>
</uro:DataQualityAttribute>
</uro:bldgDataQualityAttribute>
<uro:buildingDetailAttribute>
<uro:BuildingDetailAttribute>
<uro:totalFloorArea uom="m2">61.8</uro:totalFloorArea>
<uro:buildingFootprintArea uom="m2">73.8</uro:buildingFootprintArea>
<uro:buildingStructureType codeSpace="../../codelists/Building_buildingStructureType.xml">604</uro:buildingStructureType>
<uro:surveyYear>2021</uro:surveyYear>
</uro:BuildingDetailAttribute>
</uro:buildingDetailAttribute>
<uro:buildingIDAttribute>
<uro:BuildingIDAttribute>
<uro:buildingID>17206-bldg-2248</uro:buildingID>
<uro:prefecture codeSpace="../../codelists/Common_localPublicAuthorities.xml">17</uro:prefecture>
<uro:city codeSpace="../../codelists/Common_localPublicAuthorities.xml">17206</uro:city>
</uro:BuildingIDAttribute>
</uro:buildingIDAttribute>
</bldg:Building>
</core:cityObjectMember>
<core:cityObjectMember>
<bldg:Building gml:id="bldg_e38c9b56-f27e-4182-9993-df61ab1241a6">
<core:creationDate>2025-03-21</core:creationDate>
<bldg:class codeSpace="../../codelists/Building_class.xml">3001</bldg:class>
<bldg:usage codeSpace="../../codelists/Building_usage.xml">411</bldg:usage>
<bldg:yearOfConstruction>2000</bldg:yearOfConstruction>
<bldg:measuredHeight uom="m">5.2</bldg:measuredHeight>
<bldg:storeysAboveGround>1</bldg:storeysAboveGround>
<bldg:lod0RoofEdge><gml:MultiSurface><gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3317209 136.3692428 0 36.331763 136.3693676 0 36.3318438 136.369326 0 36.3318017 136.3692012 0 36.3317209 136.3692428 0</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember></gml:MultiSurface></bldg:lod0RoofEdge>
<bldg:lod1Solid><gml:Solid><gml:exterior><gml:CompositeSurface>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3318017 136.3692012 7.66 36.3318438 136.369326 7.66 36.331763 136.3693676 7.66 36.3317209 136.3692428 7.66 36.3318017 136.3692012 7.66</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3317209 136.3692428 7.66 36.331763 136.3693676 7.66 36.331763 136.3693676 11.86 36.3317209 136.3692428 11.86 36.3317209 136.3692428 7.66</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.331763 136.3693676 7.66 36.3318438 136.369326 7.66 36.3318438 136.369326 11.86 36.331763 136.3693676 11.86 36.331763 136.3693676 7.66</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3318438 136.369326 7.66 36.3318017 136.3692012 7.66 36.3318017 136.3692012 11.86 36.3318438 136.369326 11.86 36.3318438 136.369326 7.66</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3318017 136.3692012 7.66 36.3317209 136.3692428 7.66 36.3317209 136.3692428 11.86 36.3318017 136.3692012 11.86 36.3318017 136.3692012 7.66</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3317209 136.3692428 11.86 36.331763 136.3693676 11.86 36.3318438 136.369326 11.86 36.3318017 136.3692012 11.86 36.3317209 136.3692428 11.86</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
</gml:CompositeSurface></gml:exterior></gml:Solid></bldg:lod1Solid>
<uro:bldgDataQualityAttribute>
<uro:DataQualityAttribute>
<uro:lod1HeightType codeSpace="../../codelists/DataQualityAttribute_lod1HeightType.xml">2</uro:lod1HeightType>
</uro:DataQualityAttribute>
</uro:bldgDataQualityAttribute>
<uro:buildingDetailAttribute>
<uro:BuildingDetailAttribute>
<uro:totalFloorArea uom="m2">104.03</uro:totalFloorArea>
<uro:buildingFootprintArea uom="m2">117.96</uro:buildingFootprintArea>
<uro:buildingStructureType codeSpace="../../codelists/Building_buildingStructureType.xml">601</uro:buildingStructureType>
<uro:surveyYear>2021</uro:surveyYear>
</uro:BuildingDetailAttribute>
</uro:buildingDetailAttribute>
<uro:buildingIDAttribute>
<uro:BuildingIDAttribute>
<uro:buildingID>17206-bldg-2336</uro:buildingID>
<uro:prefecture codeSpace="../../codelists/Common_localPublicAuthorities.xml">17</uro:prefecture>
<uro:city codeSpace="../../codelists/Common_localPublicAuthorities.xml">17206</uro:city>
</uro:BuildingIDAttribute>
</uro:buildingIDAttribute>
</bldg:Building>
</core:cityObjectMember>
<core:cityObjectMember>
<bldg:Building gml:id="bldg_5298a5d4-7593-4d44-b7c2-e6354757848c">
<core:creationDate>2025-03-21</core:creationDate>
<bldg:class codeSpace="../../codelists/Building_class.xml">3001</bldg:class>
<bldg:usage codeSpace="../../codelists/Building_usage.xml">451</bldg:usage>
<bldg:yearOfConstruction>2023</bldg:yearOfConstruction>
<bldg:measuredHeight uom="m">5.1</bldg:measuredHeight>
<bldg:storeysAboveGround>1</bldg:storeysAboveGround>
<bldg:lod0RoofEdge><gml:MultiSurface><gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3318571 136.3691727 0 36.3318825 136.369248 0 36.3319392 136.3692188 0 36.3319138 136.3691435 0 36.3318571 136.3691727 0</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember></gml:MultiSurface></bldg:lod0RoofEdge>
<bldg:lod1Solid><gml:Solid><gml:exterior><gml:CompositeSurface>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3319138 136.3691435 7.59 36.3319392 136.3692188 7.59 36.3318825 136.369248 7.59 36.3318571 136.3691727 7.59 36.3319138 136.3691435 7.59</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3318571 136.3691727 7.59 36.3318825 136.369248 7.59 36.3318825 136.369248 12.06 36.3318571 136.3691727 12.06 36.3318571 136.3691727 7.59</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3318825 136.369248 7.59 36.3319392 136.3692188 7.59 36.3319392 136.3692188 12.06 36.3318825 136.369248 12.06 36.3318825 136.369248 7.59</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3319392 136.3692188 7.59 36.3319138 136.3691435 7.59 36.3319138 136.3691435 12.06 36.3319392 136.3692188 12.06 36.3319392 136.3692188 7.59</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3319138 136.3691435 7.59 36.3318571 136.3691727 7.59 36.3318571 136.3691727 12.06 36.3319138 136.3691435 12.06 36.3319138 136.3691435 7.59</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3318571 136.3691727 12.06 36.3318825 136.369248 12.06 36.3319392 136.3692188 12.06 36.3319138 136.3691435 12.06 36.3318571 136.3691727 12.06</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
</gml:CompositeSurface></gml:exterior></gml:Solid></bldg:lod1Solid>
<uro:bldgDataQualityAttribute>
<uro:DataQualityAttribute>
<uro:lod1HeightType codeSpace="../../codelists/DataQualityAttribute_lod1HeightType.xml">2</uro:lod1HeightType>
</uro:DataQualityAttribute>
</uro:bldgDataQualityAttribute>
<uro:buildingDetailAttribute>
<uro:BuildingDetailAttribute>
<uro:totalFloorArea uom="m2">42.2</uro:totalFloorArea>
<uro:buildingFootprintArea uom="m2">49.94</uro:buildingFootprintArea>
<uro:buildingStructureType codeSpace="../../codelists/Building_buildingStructureType.xml">601</uro:buildingStructureType>
<uro:surveyYear>2021</uro:surveyYear>
</uro:BuildingDetailAttribute>
</uro:buildingDetailAttribute>
<uro:buildingIDAttribute>
<uro:BuildingIDAttribute>
<uro:buildingID>17206-bldg-2337</uro:buildingID>
<uro:prefecture codeSpace="../../codelists/Common_localPublicAuthorities.xml">17</uro:prefecture>
<uro:city codeSpace="../../codelists/Common_localPublicAuthorities.xml">17206</uro:city>
</uro:BuildingIDAttribute>
</uro:buildingIDAttribute>
</bldg:Building>
</core:cityObjectMember>
<core:cityObjectMember>
<bldg:Building gml:id="bldg_f3987695-6531-4bc1-aa9f-c65d164792fb">
<core:creationDate>2025-03-21</core:creationDate>
<bldg:class codeSpace="../../codelists/Building_class.xml">3001</bldg:class>
<bldg:usage codeSpace="../../codelists/Building_usage.xml">451</bldg:usage>
<bldg:yearOfConstruction>2000</bldg:yearOfConstruction>
<bldg:measuredHeight uom="m">5.7</bldg:measuredHeight>
<bldg:storeysAboveGround>1</bldg:storeysAboveGround>
<bldg:lod0RoofEdge><gml:MultiSurface><gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3317931 136.3693919 0 36.3318291 136.3694989 0 36.3319021 136.3694613 0 36.331866 136.3693544 0 36.3317931 136.3693919 0</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember></gml:MultiSurface></bldg:lod0RoofEdge>
<bldg:lod1Solid><gml:Solid><gml:exterior><gml:CompositeSurface>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.331866 136.3693544 7.61 36.3319021 136.3694613 7.61 36.3318291 136.3694989 7.61 36.3317931 136.3693919 7.61 36.331866 136.3693544 7.61</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3317931 136.3693919 7.61 36.3318291 136.3694989 7.61 36.3318291 136.3694989 12.5 36.3317931 136.3693919 12.5 36.3317931 136.3693919 7.61</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3318291 136.3694989 7.61 36.3319021 136.3694613 7.61 36.3319021 136.3694613 12.5 36.3318291 136.3694989 12.5 36.3318291 136.3694989 7.61</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3319021 136.3694613 7.61 36.331866 136.3693544 7.61 36.331866 136.3693544 12.5 36.3319021 136.3694613 12.5 36.3319021 136.3694613 7.61</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.331866 136.3693544 7.61 36.3317931 136.3693919 7.61 36.3317931 136.3693919 12.5 36.331866 136.3693544 12.5 36.331866 136.3693544 7.61</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3317931 136.3693919 12.5 36.3318291 136.3694989 12.5 36.3319021 136.3694613 12.5 36.331866 136.3693544 12.5 36.3317931 136.3693919 12.5</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
</gml:CompositeSurface></gml:exterior></gml:Solid></bldg:lod1Solid>
<uro:bldgDataQualityAttribute>
<uro:DataQualityAttribute>
<uro:lod1HeightType codeSpace="../../codelists/DataQualityAttribute_lod1HeightType.xml">2</uro:lod1HeightType>
</uro:DataQualityAttribute>
</uro:bldgDataQualityAttribute>
<uro:buildingDetailAttribute>
<uro:BuildingDetailAttribute>
<uro:totalFloorArea uom="m2">89.05</uro:totalFloorArea>
<uro:buildingFootprintArea uom="m2">91.23</uro:buildingFootprintArea>
<uro:buildingStructureType codeSpace="../../codelists/Building_buildingStructureType.xml">601</uro:buildingStructureType>
<uro:surveyYear>2021</uro:surveyYear>
</uro:BuildingDetailAttribute>
</uro:buildingDetailAttribute>
<uro:buildingIDAttribute>
<uro:BuildingIDAttribute>
<uro:buildingID>17206-bldg-2338</uro:buildingID>
<uro:prefecture codeSpace="../../codelists/Common_localPublicAuthorities.xml">17</uro:prefecture>
<uro:city codeSpace="../../codelists/Common_localPublicAuthorities.xml">17206</uro:city>
</uro:BuildingIDAttribute>
</uro:buildingIDAttribute>
</bldg:Building>
</core:cityObjectMember>
<core:cityObjectMember>
<bldg:Building gml:id="bldg_38c6fb0a-1307-4eba-83bf-e637188dabd0">
<core:creationDate>2025-03-21</core:creationDate>
<bldg:class codeSpace="../../codelists/Building_class.xml">3001</bldg:class>
<bldg:usage codeSpace="../../codelists/Building_usage.xml">451</bldg:usage>
<bldg:yearOfConstruction>1995</bldg:yearOfConstruction>
<bldg:measuredHeight uom="m">6.1</bldg:measuredHeight>
<bldg:storeysAboveGround>1</bldg:storeysAboveGround>
<bldg:lod0RoofEdge><gml:MultiSurface><gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3318696 136.369587 0 36.3319141 136.369719 0 36.3319951 136.3696773 0 36.3319506 136.3695453 0 36.3318696 136.369587 0</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember></gml:MultiSurface></bldg:lod0RoofEdge>
<bldg:lod1Solid><gml:Solid><gml:exterior><gml:CompositeSurface>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3319506 136.3695453 7.59 36.3319951 136.3696773 7.59 36.3319141 136.369719 7.59 36.3318696 136.369587 7.59 36.3319506 136.3695453 7.59</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3318696 136.369587 7.59 36.3319141 136.369719 7.59 36.3319141 136.369719 12.8 36.3318696 136.369587 12.8 36.3318696 136.369587 7.59</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3319141 136.369719 7.59 36.3319951 136.3696773 7.59 36.3319951 136.3696773 12.8 36.3319141 136.369719 12.8 36.3319141 136.369719 7.59</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3319951 136.3696773 7.59 36.3319506 136.3695453 7.59 36.3319506 136.3695453 12.8 36.3319951 136.3696773 12.8 36.3319951 136.3696773 7.59</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3319506 136.3695453 7.59 36.3318696 136.369587 7.59 36.3318696 136.369587 12.8 36.3319506 136.3695453 12.8 36.3319506 136.3695453 7.59</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3318696 136.369587 12.8 36.3319141 136.369719 12.8 36.3319951 136.3696773 12.8 36.3319506 136.3695453 12.8 36.3318696 136.369587 12.8</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
</gml:CompositeSurface></gml:exterior></gml:Solid></bldg:lod1Solid>
<uro:bldgDataQualityAttribute>
<uro:DataQualityAttribute>
<uro:lod1HeightType codeSpace="../../codelists/DataQualityAttribute_lod1HeightType.xml">2</uro:lod1HeightType>
</uro:DataQualityAttribute>
</uro:bldgDataQualityAttribute>
<uro:buildingDetailAttribute>
<uro:BuildingDetailAttribute>
<uro:totalFloorArea uom="m2">115.84</uro:totalFloorArea>
<uro:buildingFootprintArea uom="m2">125.09</uro:buildingFootprintArea>
<uro:buildingStructureType codeSpace="../../codelists/Building_buildingStructureType.xml">604</uro:buildingStructureType>
<uro:surveyYear>2021</uro:surveyYear>
</uro:BuildingDetailAttribute>
</uro:buildingDetailAttribute>
<uro:buildingIDAttribute>
<uro:BuildingIDAttribute>
<uro:buildingID>17206-bldg-2339</uro:buildingID>
<uro:prefecture codeSpace="../../codelists/Common_localPublicAuthorities.xml">17</uro:prefecture>
<uro:city codeSpace="../../codelists/Common_localPublicAuthorities.xml">17206</uro:city>
</uro:BuildingIDAttribute>
</uro:buildingIDAttribute>
</bldg:Building>
</core:cityObjectMember>
<core:cityObjectMember>
<bldg:Building gml:id="bldg_8e8b123c-d69b-4fe0-ac31-537d0b40df25">
<core:creationDate>2025-03-21</core:creationDate>
<bldg:class codeSpace="../../codelists/Building_class.xml">3001</bldg:class>
<bldg:usage codeSpace="../../codelists/Building_usage.xml">451</bldg:usage>
<bldg:yearOfConstruction>1984</bldg:yearOfConstruction>
<bldg:measuredHeight uom="m">5.8</bldg:measuredHeight>
<bldg:storeysAboveGround>1</bldg:storeysAboveGround>
<bldg:lod0RoofEdge><gml:MultiSurface><gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3315518 136.3692454 0 36.3314996 136.3690906 0 36.3314472 136.3691176 0 36.3314994 136.3692724 0 36.3315518 136.3692454 0</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember></gml:MultiSurface></bldg:lod0RoofEdge>
<bldg:lod1Solid><gml:Solid><gml:exterior><gml:CompositeSurface>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3314994 136.3692724 7.78 36.3314472 136.3691176 7.78 36.3314996 136.3690906 7.78 36.3315518 136.3692454 7.78 36.3314994 136.3692724 7.78</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3315518 136.3692454 7.78 36.3314996 136.3690906 7.78 36.3314996 136.3690906 12.99 36.3315518 136.3692454 12.99 36.3315518 136.3692454 7.78</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3314996 136.3690906 7.78 36.3314472 136.3691176 7.78 36.3314472 136.3691176 12.99 36.3314996 136.3690906 12.99 36.3314996 136.3690906 7.78</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3314472 136.3691176 7.78 36.3314994 136.3692724 7.78 36.3314994 136.3692724 12.99 36.3314472 136.3691176 12.99 36.3314472 136.3691176 7.78</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3314994 136.3692724 7.78 36.3315518 136.3692454 7.78 36.3315518 136.3692454 12.99 36.3314994 136.3692724 12.99 36.3314994 136.3692724 7.78</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3315518 136.3692454 12.99 36.3314996 136.3690906 12.99 36.3314472 136.3691176 12.99 36.3314994 136.3692724 12.99 36.3315518 136.3692454 12.99</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
</gml:CompositeSurface></gml:exterior></gml:Solid></bldg:lod1Solid>
<uro:bldgDataQualityAttribute>
<uro:DataQualityAttribute>
<uro:lod1HeightType codeSpace="../../codelists/DataQualityAttribute_lod1HeightType.xml">2</uro:lod1HeightType>
</uro:DataQualityAttribute>
</uro:bldgDataQualityAttribute>
<uro:buildingDetailAttribute>
<uro:BuildingDetailAttribute>
<uro:totalFloorArea uom="m2">90.33</uro:totalFloorArea>
<uro:buildingFootprintArea uom="m2">94.77</uro:buildingFootprintArea>
<uro:buildingStructureType codeSpace="../../codelists/Building_buildingStructureType.xml">604</uro:buildingStructureType>
<uro:surveyYear>2021</uro:surveyYear>
</uro:BuildingDetailAttribute>
</uro:buildingDetailAttribute>
<uro:buildingIDAttribute>
<uro:BuildingIDAttribute>
<uro:buildingID>17206-bldg-2340</uro:buildingID>
<uro:prefecture codeSpace="../../codelists/Common_localPublicAuthorities.xml">17</uro:prefecture>
<uro:city codeSpace="../../codelists/Common_localPublicAuthorities.xml">17206</uro:city>
</uro:BuildingIDAttribute>
</uro:buildingIDAttribute>
</bldg:Building>
</core:cityObjectMember>
<core:cityObjectMember>
<bldg:Building gml:id="bldg_bf592827-5680-4675-a52b-371f098707e6">
<core:creationDate>2025-03-21</core:creationDate>
<bldg:class codeSpace="../../codelists/Building_class.xml">3001</bldg:class>
<bldg:usage codeSpace="../../codelists/Building_usage.xml">411</bldg:usage>
<bldg:yearOfConstruction>1992</bldg:yearOfConstruction>
<bldg:measuredHeight uom="m">5.4</bldg:measuredHeight>
<bldg:storeysAboveGround>1</bldg:storeysAboveGround>
<bldg:lod0RoofEdge><gml:MultiSurface><gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3316604 136.3695029 0 36.3316069 136.3693443 0 36.3315167 136.3693907 0 36.3315702 136.3695493 0 36.3316604 136.3695029 0</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember></gml:MultiSurface></bldg:lod0RoofEdge>
<bldg:lod1Solid><gml:Solid><gml:exterior><gml:CompositeSurface>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3315702 136.3695493 7.73 36.3315167 136.3693907 7.73 36.3316069 136.3693443 7.73 36.3316604 136.3695029 7.73 36.3315702 136.3695493 7.73</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3316604 136.3695029 7.73 36.3316069 136.3693443 7.73 36.3316069 136.3693443 11.96 36.3316604 136.3695029 11.96 36.3316604 136.3695029 7.73</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3316069 136.3693443 7.73 36.3315167 136.3693907 7.73 36.3315167 136.3693907 11.96 36.3316069 136.3693443 11.96 36.3316069 136.3693443 7.73</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3315167 136.3693907 7.73 36.3315702 136.3695493 7.73 36.3315702 136.3695493 11.96 36.3315167 136.3693907 11.96 36.3315167 136.3693907 7.73</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3315702 136.3695493 7.73 36.3316604 136.3695029 7.73 36.3316604 136.3695029 11.96 36.3315702 136.3695493 11.96 36.3315702 136.3695493 7.73</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3316604 136.3695029 11.96 36.3316069 136.3693443 11.96 36.3315167 136.3693907 11.96 36.3315702 136.3695493 11.96 36.3316604 136.3695029 11.96</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
</gml:CompositeSurface></gml:exterior></gml:Solid></bldg:lod1Solid>
<uro:bldgDataQualityAttribute>
<uro:DataQualityAttribute>
<uro:lod1HeightType codeSpace="../../codelists/DataQualityAttribute_lod1HeightType.xml">2</uro:lod1HeightType>
</uro:DataQualityAttribute>
</uro:bldgDataQualityAttribute>
<uro:buildingDetailAttribute>
<uro:BuildingDetailAttribute>
<uro:totalFloorArea uom="m2">166.66</uro:totalFloorArea>
<uro:buildingFootprintArea uom="m2">167.23</uro:buildingFootprintArea>
<uro:buildingStructureType codeSpace="../../codelists/Building_buildingStructureType.xml">601</uro:buildingStructureType>
<uro:surveyYear>2021</uro:surveyYear>
</uro:BuildingDetailAttribute>
</uro:buildingDetailAttribute>
<uro:buildingIDAttribute>
<uro:BuildingIDAttribute>
<uro:buildingID>17206-bldg-2341</uro:buildingID>
<uro:prefecture codeSpace="../../codelists/Common_localPublicAuthorities.xml">17</uro:prefecture>
<uro:city codeSpace="../../codelists/Common_localPublicAuthorities.xml">17206</uro:city>
</uro:BuildingIDAttribute>
</uro:buildingIDAttribute>
</bldg:Building>
</core:cityObjectMember>
<core:cityObjectMember>
<bldg:Building gml:id="bldg_334c9bf7-0716-4264-8d25-d180123b391b">
<core:creationDate>2025-03-21</core:creationDate>
<bldg:class codeSpace="../../codelists/Building_class.xml">3001</bldg:class>
<bldg:usage codeSpace="../../codelists/Building_usage.xml">411</bldg:usage>
<bldg:yearOfConstruction>1985</bldg:yearOfConstruction>
<bldg:measuredHeight uom="m">8.5</bldg:measuredHeight>
<bldg:storeysAboveGround>2</bldg:storeysAboveGround>
<bldg:lod0RoofEdge><gml:MultiSurface><gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3317454 136.3697003 0 36.3316871 136.3695275 0 36.3315883 136.3695784 0 36.3316465 136.3697512 0 36.3317454 136.3697003 0</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember></gml:MultiSurface></bldg:lod0RoofEdge>
<bldg:lod1Solid><gml:Solid><gml:exterior><gml:CompositeSurface>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3316465 136.3697512 7.66 36.3315883 136.3695784 7.66 36.3316871 136.3695275 7.66 36.3317454 136.3697003 7.66 36.3316465 136.3697512 7.66</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3317454 136.3697003 7.66 36.3316871 136.3695275 7.66 36.3316871 136.3695275 14.96 36.3317454 136.3697003 14.96 36.3317454 136.3697003 7.66</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3316871 136.3695275 7.66 36.3315883 136.3695784 7.66 36.3315883 136.3695784 14.96 36.3316871 136.3695275 14.96 36.3316871 136.3695275 7.66</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3315883 136.3695784 7.66 36.3316465 136.3697512 7.66 36.3316465 136.3697512 14.96 36.3315883 136.3695784 14.96 36.3315883 136.3695784 7.66</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3316465 136.3697512 7.66 36.3317454 136.3697003 7.66 36.3317454 136.3697003 14.96 36.3316465 136.3697512 14.96 36.3316465 136.3697512 7.66</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3317454 136.3697003 14.96 36.3316871 136.3695275 14.96 36.3315883 136.3695784 14.96 36.3316465 136.3697512 14.96 36.3317454 136.3697003 14.96</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
</gml:CompositeSurface></gml:exterior></gml:Solid></bldg:lod1Solid>
<uro:bldgDataQualityAttribute>
<uro:DataQualityAttribute>
<uro:lod1HeightType codeSpace="../../codelists/DataQualityAttribute_lod1HeightType.xml">2</uro:lod1HeightType>
</uro:DataQualityAttribute>
</uro:bldgDataQualityAttribute>
<uro:buildingDetailAttribute>
<uro:BuildingDetailAttribute>
<uro:totalFloorArea uom="m2">389.85</uro:totalFloorArea>
<uro:buildingFootprintArea uom="m2">199.7</uro:buildingFootprintArea>
<uro:buildingStructureType codeSpace="../../codelists/Building_buildingStructureType.xml">601</uro:buildingStructureType>
<uro:surveyYear>2021</uro:surveyYear>
</uro:BuildingDetailAttribute>
</uro:buildingDetailAttribute>
<uro:buildingIDAttribute>
<uro:BuildingIDAttribute>
<uro:buildingID>17206-bldg-2342</uro:buildingID>
<uro:prefecture codeSpace="../../codelists/Common_localPublicAuthorities.xml">17</uro:prefecture>
<uro:city codeSpace="../../codelists/Common_localPublicAuthorities.xml">17206</uro:city>
</uro:BuildingIDAttribute>
</uro:buildingIDAttribute>
</bldg:Building>
</core:cityObjectMember>
<core:cityObjectMember>
<bldg:Building gml:id="bldg_76537ddc-0e17-48f9-8a43-7523b87a90ff">
<core:creationDate>2025-03-21</core:creationDate>
<bldg:class codeSpace="../../codelists/Building_class.xml">3001</bldg:class>
<bldg:usage codeSpace="../../codelists/Building_usage.xml">411</bldg:usage>
<bldg:yearOfConstruction>1987</bldg:yearOfConstruction>
<bldg:measuredHeight uom="m">8</bldg:measuredHeight>
<bldg:storeysAboveGround>2</bldg:storeysAboveGround>
<bldg:lod0RoofEdge><gml:MultiSurface><gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3315802 136.3697402 0 36.3315349 136.3696059 0 36.3314345 136.3696576 0 36.3314797 136.3697919 0 36.3315802 136.3697402 0</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember></gml:MultiSurface></bldg:lod0RoofEdge>
<bldg:lod1Solid><gml:Solid><gml:exterior><gml:CompositeSurface>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3314797 136.3697919 7.7 36.3314345 136.3696576 7.7 36.3315349 136.3696059 7.7 36.3315802 136.3697402 7.7 36.3314797 136.3697919 7.7</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3315802 136.3697402 7.7 36.3315349 136.3696059 7.7 36.3315349 136.3696059 14.45 36.3315802 136.3697402 14.45 36.3315802 136.3697402 7.7</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3315349 136.3696059 7.7 36.3314345 136.3696576 7.7 36.3314345 136.3696576 14.45 36.3315349 136.3696059 14.45 36.3315349 136.3696059 7.7</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3314345 136.3696576 7.7 36.3314797 136.3697919 7.7 36.3314797 136.3697919 14.45 36.3314345 136.3696576 14.45 36.3314345 136.3696576 7.7</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3314797 136.3697919 7.7 36.3315802 136.3697402 7.7 36.3315802 136.3697402 14.45 36.3314797 136.3697919 14.45 36.3314797 136.3697919 7.7</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3315802 136.3697402 14.45 36.3315349 136.3696059 14.45 36.3314345 136.3696576 14.45 36.3314797 136.3697919 14.45 36.3315802 136.3697402 14.45</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
</gml:CompositeSurface></gml:exterior></gml:Solid></bldg:lod1Solid>
<uro:bldgDataQualityAttribute>
<uro:DataQualityAttribute>
<uro:lod1HeightType codeSpace="../../codelists/DataQualityAttribute_lod1HeightType.xml">2</uro:lod1HeightType>
</uro:DataQualityAttribute>
</uro:bldgDataQualityAttribute>
<uro:buildingDetailAttribute>
<uro:BuildingDetailAttribute>
<uro:totalFloorArea uom="m2">311.27</uro:totalFloorArea>
<uro:buildingFootprintArea uom="m2">157.76</uro:buildingFootprintArea>
<uro:buildingStructureType codeSpace="../../codelists/Building_buildingStructureType.xml">601</uro:buildingStructureType>
<uro:surveyYear>2021</uro:surveyYear>
</uro:BuildingDetailAttribute>
</uro:buildingDetailAttribute>
<uro:buildingIDAttribute>
<uro:BuildingIDAttribute>
<uro:buildingID>17206-bldg-2343</uro:buildingID>
<uro:prefecture codeSpace="../../codelists/Common_localPublicAuthorities.xml">17</uro:prefecture>
<uro:city codeSpace="../../codelists/Common_localPublicAuthorities.xml">17206</uro:city>
</uro:BuildingIDAttribute>
</uro:buildingIDAttribute>
</bldg:Building>
</core:cityObjectMember>
<core:cityObjectMember>
<bldg:Building gml:id="bldg_e18788a3-ed16-4f36-a57a-eab82645daf1">
<core:creationDate>2025-03-21</core:creationDate>
<bldg:class codeSpace="../../codelists/Building_class.xml">3001</bldg:class>
<bldg:usage codeSpace="../../codelists/Building_usage.xml">411</bldg:usage>
<bldg:yearOfConstruction>1981</bldg:yearOfConstruction>
<bldg:measuredHeight uom="m">7.5</bldg:measuredHeight>
<bldg:storeysAboveGround>2</bldg:storeysAboveGround>
<bldg:lod0RoofEdge><gml:MultiSurface><gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3250451 136.372054 0 36.3250879 136.3721811 0 36.3251498 136.3721493 0 36.3251069 136.3720222 0 36.3250451 136.372054 0</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember></gml:MultiSurface></bldg:lod0RoofEdge>
<bldg:lod1Solid><gml:Solid><gml:exterior><gml:CompositeSurface>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3251069 136.3720222 8.72 36.3251498 136.3721493 8.72 36.3250879 136.3721811 8.72 36.3250451 136.372054 8.72 36.3251069 136.3720222 8.72</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3250451 136.372054 8.72 36.3250879 136.3721811 8.72 36.3250879 136.3721811 15.43 36.3250451 136.372054 15.43 36.3250451 136.372054 8.72</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3250879 136.3721811 8.72 36.3251498 136.3721493 8.72 36.3251498 136.3721493 15.43 36.3250879 136.3721811 15.43 36.3250879 136.3721811 8.72</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3251498 136.3721493 8.72 36.3251069 136.3720222 8.72 36.3251069 136.3720222 15.43 36.3251498 136.3721493 15.43 36.3251498 136.3721493 8.72</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3251069 136.3720222 8.72 36.3250451 136.372054 8.72 36.3250451 136.372054 15.43 36.3251069 136.3720222 15.43 36.3251069 136.3720222 8.72</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3250451 136.372054 15.43 36.3250879 136.3721811 15.43 36.3251498 136.3721493 15.43 36.3251069 136.3720222 15.43 36.3250451 136.372054 15.43</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
</gml:CompositeSurface></gml:exterior></gml:Solid></bldg:lod1Solid>
<uro:bldgDataQualityAttribute>
<uro:DataQualityAttribute>
<uro:lod1HeightType codeSpace="../../codelists/DataQualityAttribute_lod1HeightType.xml">2</uro:lod1HeightType>
</uro:DataQualityAttribute>
</uro:bldgDataQualityAttribute>
<uro:buildingDetailAttribute>
<uro:BuildingDetailAttribute>
<uro:totalFloorArea uom="m2">174.72</uro:totalFloorArea>
<uro:buildingFootprintArea uom="m2">91.93</uro:buildingFootprintArea>
<uro:buildingStructureType codeSpace="../../codelists/Building_buildingStructureType.xml">601</uro:buildingStructureType>
<uro:surveyYear>2021</uro:surveyYear>
</uro:BuildingDetailAttribute>
</uro:buildingDetailAttribute>
<uro:buildingIDAttribute>
<uro:BuildingIDAttribute>
<uro:buildingID>17206-bldg-2504</uro:buildingID>
<uro:prefecture codeSpace="../../codelists/Common_localPublicAuthorities.xml">17</uro:prefecture>
<uro:city codeSpace="../../codelists/Common_localPublicAuthorities.xml">17206</uro:city>
</uro:BuildingIDAttribute>
</uro:buildingIDAttribute>
</bldg:Building>
</core:cityObjectMember>
<core:cityObjectMember>
<bldg:Building gml:id="bldg_fa6dc5f1-484a-46cd-872d-05ac06fc12cb">
<core:creationDate>2025-03-21</core:creationDate>
<bldg:class codeSpace="../../codelists/Building_class.xml">3001</bldg:class>
<bldg:usage codeSpace="../../codelists/Building_usage.xml">411</bldg:usage>
<bldg:yearOfConstruction>2013</bldg:yearOfConstruction>
<bldg:measuredHeight uom="m">5.6</bldg:measuredHeight>
<bldg:storeysAboveGround>1</bldg:storeysAboveGround>
<bldg:lod0RoofEdge><gml:MultiSurface><gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3251378 136.372377 0 36.3251805 136.3725038 0 36.3252705 136.3724575 0 36.3252277 136.3723307 0 36.3251378 136.372377 0</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember></gml:MultiSurface></bldg:lod0RoofEdge>
<bldg:lod1Solid><gml:Solid><gml:exterior><gml:CompositeSurface>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3252277 136.3723307 8.68 36.3252705 136.3724575 8.68 36.3251805 136.3725038 8.68 36.3251378 136.372377 8.68 36.3252277 136.3723307 8.68</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3251378 136.372377 8.68 36.3251805 136.3725038 8.68 36.3251805 136.3725038 13.12 36.3251378 136.372377 13.12 36.3251378 136.372377 8.68</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3251805 136.3725038 8.68 36.3252705 136.3724575 8.68 36.3252705 136.3724575 13.12 36.3251805 136.3725038 13.12 36.3251805 136.3725038 8.68</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3252705 136.3724575 8.68 36.3252277 136.3723307 8.68 36.3252277 136.3723307 13.12 36.3252705 136.3724575 13.12 36.3252705 136.3724575 8.68</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3252277 136.3723307 8.68 36.3251378 136.372377 8.68 36.3251378 136.372377 13.12 36.3252277 136.3723307 13.12 36.3252277 136.3723307 8.68</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3251378 136.372377 13.12 36.3251805 136.3725038 13.12 36.3252705 136.3724575 13.12 36.3252277 136.3723307 13.12 36.3251378 136.372377 13.12</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
</gml:CompositeSurface></gml:exterior></gml:Solid></bldg:lod1Solid>
<uro:bldgDataQualityAttribute>
<uro:DataQualityAttribute>
<uro:lod1HeightType codeSpace="../../codelists/DataQualityAttribute_lod1HeightType.xml">2</uro:lod1HeightType>
</uro:DataQualityAttribute>
</uro:bldgDataQualityAttribute>
<uro:buildingDetailAttribute>
<uro:BuildingDetailAttribute>
<uro:totalFloorArea uom="m2">114.45</uro:totalFloorArea>
<uro:buildingFootprintArea uom="m2">133.38</uro:buildingFootprintArea>
<uro:buildingStructureType codeSpace="../../codelists/Building_buildingStructureType.xml">601</uro:buildingStructureType>
<uro:surveyYear>2021</uro:surveyYear>
</uro:BuildingDetailAttribute>
</uro:buildingDetailAttribute>
<uro:buildingIDAttribute>
<uro:BuildingIDAttribute>
<uro:buildingID>17206-bldg-2505</uro:buildingID>
<uro:prefecture codeSpace="../../codelists/Common_localPublicAuthorities.xml">17</uro:prefecture>
<uro:city codeSpace="../../codelists/Common_localPublicAuthorities.xml">17206</uro:city>
</uro:BuildingIDAttribute>
</uro:buildingIDAttribute>
</bldg:Building>
</core:cityObjectMember>
<core:cityObjectMember>
<bldg:Building gml:id="bldg_bec62376-0e23-4f60-8873-a841001bd2f4">
<core:creationDate>2025-03-21</core:creationDate>
<bldg:class codeSpace="../../codelists/Building_class.xml">3001</bldg:class>
<bldg:usage codeSpace="../../codelists/Building_usage.xml">451</bldg:usage>
<bldg:yearOfConstruction>1989</bldg:yearOfConstruction>
<bldg:measuredHeight uom="m">5.7</bldg:measuredHeight>
<bldg:storeysAboveGround>1</bldg:storeysAboveGround>
<bldg:lod0RoofEdge><gml:MultiSurface><gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3252864 136.3723005 0 36.3253326 136.3724375 0 36.3253863 136.3724099 0 36.3253401 136.3722728 0 36.3252864 136.3723005 0</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember></gml:MultiSurface></bldg:lod0RoofEdge>
<bldg:lod1Solid><gml:Solid><gml:exterior><gml:CompositeSurface>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3253401 136.3722728 8.65 36.3253863 136.3724099 8.65 36.3253326 136.3724375 8.65 36.3252864 136.3723005 8.65 36.3253401 136.3722728 8.65</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3252864 136.3723005 8.65 36.3253326 136.3724375 8.65 36.3253326 136.3724375 13.77 36.3252864 136.3723005 13.77 36.3252864 136.3723005 8.65</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3253326 136.3724375 8.65 36.3253863 136.3724099 8.65 36.3253863 136.3724099 13.77 36.3253326 136.3724375 13.77 36.3253326 136.3724375 8.65</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3253863 136.3724099 8.65 36.3253401 136.3722728 8.65 36.3253401 136.3722728 13.77 36.3253863 136.3724099 13.77 36.3253863 136.3724099 8.65</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3253401 136.3722728 8.65 36.3252864 136.3723005 8.65 36.3252864 136.3723005 13.77 36.3253401 136.3722728 13.77 36.3253401 136.3722728 8.65</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3252864 136.3723005 13.77 36.3253326 136.3724375 13.77 36.3253863 136.3724099 13.77 36.3253401 136.3722728 13.77 36.3252864 136.3723005 13.77</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
</gml:CompositeSurface></gml:exterior></gml:Solid></bldg:lod1Solid>
<uro:bldgDataQualityAttribute>
<uro:DataQualityAttribute>
<uro:lod1HeightType codeSpace="../../codelists/DataQualityAttribute_lod1HeightType.xml">2</uro:lod1HeightType>
</uro:DataQualityAttribute>
</uro:bldgDataQualityAttribute>
<uro:buildingDetailAttribute>
<uro:BuildingDetailAttribute>
<uro:totalFloorArea uom="m2">70.96</uro:totalFloorArea>
<uro:buildingFootprintArea uom="m2">86.08</uro:buildingFootprintArea>
<uro:buildingStructureType codeSpace="../../codelists/Building_buildingStructureType.xml">601</uro:buildingStructureType>
<uro:surveyYear>2021</uro:surveyYear>
</uro:BuildingDetailAttribute>
</uro:buildingDetailAttribute>
<uro:buildingIDAttribute>
<uro:BuildingIDAttribute>
<uro:buildingID>17206-bldg-2506</uro:buildingID>
<uro:prefecture codeSpace="../../codelists/Common_localPublicAuthorities.xml">17</uro:prefecture>
<uro:city codeSpace="../../codelists/Common_localPublicAuthorities.xml">17206</uro:city>
</uro:BuildingIDAttribute>
</uro:buildingIDAttribute>
</bldg:Building>
</core:cityObjectMember>
<core:cityObjectMember>
<bldg:Building gml:id="bldg_e587481b-cec4-4102-97a5-aed2dd71ccc0">
<core:creationDate>2025-03-21</core:creationDate>
<bldg:class codeSpace="../../codelists/Building_class.xml">3001</bldg:class>
<bldg:usage codeSpace="../../codelists/Building_usage.xml">411</bldg:usage>
<bldg:yearOfConstruction>2023</bldg:yearOfConstruction>
<bldg:measuredHeight uom="m">8.4</bldg:measuredHeight>
<bldg:storeysAboveGround>2</bldg:storeysAboveGround>
<bldg:lod0RoofEdge><gml:MultiSurface><gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3252044 136.3725831 0 36.325247 136.3727092 0 36.3253353 136.3726637 0 36.3252928 136.3725376 0 36.3252044 136.3725831 0</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember></gml:MultiSurface></bldg:lod0RoofEdge>
<bldg:lod1Solid><gml:Solid><gml:exterior><gml:CompositeSurface>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3252928 136.3725376 8.64 36.3253353 136.3726637 8.64 36.325247 136.3727092 8.64 36.3252044 136.3725831 8.64 36.3252928 136.3725376 8.64</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3252044 136.3725831 8.64 36.325247 136.3727092 8.64 36.325247 136.3727092 15.88 36.3252044 136.3725831 15.88 36.3252044 136.3725831 8.64</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.325247 136.3727092 8.64 36.3253353 136.3726637 8.64 36.3253353 136.3726637 15.88 36.325247 136.3727092 15.88 36.325247 136.3727092 8.64</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3253353 136.3726637 8.64 36.3252928 136.3725376 8.64 36.3252928 136.3725376 15.88 36.3253353 136.3726637 15.88 36.3253353 136.3726637 8.64</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3252928 136.3725376 8.64 36.3252044 136.3725831 8.64 36.3252044 136.3725831 15.88 36.3252928 136.3725376 15.88 36.3252928 136.3725376 8.64</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3252044 136.3725831 15.88 36.325247 136.3727092 15.88 36.3253353 136.3726637 15.88 36.3252928 136.3725376 15.88 36.3252044 136.3725831 15.88</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
</gml:CompositeSurface></gml:exterior></gml:Solid></bldg:lod1Solid>
<uro:bldgDataQualityAttribute>
<uro:DataQualityAttribute>
<uro:lod1HeightType codeSpace="../../codelists/DataQualityAttribute_lod1HeightType.xml">2</uro:lod1HeightType>
</uro:DataQualityAttribute>
</uro:bldgDataQualityAttribute>
<uro:buildingDetailAttribute>
<uro:BuildingDetailAttribute>
<uro:totalFloorArea uom="m2">224.1</uro:totalFloorArea>
<uro:buildingFootprintArea uom="m2">130.29</uro:buildingFootprintArea>
<uro:buildingStructureType codeSpace="../../codelists/Building_buildingStructureType.xml">601</uro:buildingStructureType>
<uro:surveyYear>2021</uro:surveyYear>
</uro:BuildingDetailAttribute>
</uro:buildingDetailAttribute>
<uro:buildingIDAttribute>
<uro:BuildingIDAttribute>
<uro:buildingID>17206-bldg-2507</uro:buildingID>
<uro:prefecture codeSpace="../../codelists/Common_localPublicAuthorities.xml">17</uro:prefecture>
<uro:city codeSpace="../../codelists/Common_localPublicAuthorities.xml">17206</uro:city>
</uro:BuildingIDAttribute>
</uro:buildingIDAttribute>
</bldg:Building>
</core:cityObjectMember>
<core:cityObjectMember>
<bldg:Building gml:id="bldg_3a16ae27-f548-42b6-beff-168add74598d">
<core:creationDate>2025-03-21</core:creationDate>
<bldg:class codeSpace="../../codelists/Building_class.xml">3003</bldg:class>
<bldg:usage codeSpace="../../codelists/Building_usage.xml">454</bldg:usage>
<bldg:yearOfConstruction>1976</bldg:yearOfConstruction>
<bldg:measuredHeight uom="m">3.1</bldg:measuredHeight>
<bldg:storeysAboveGround>1</bldg:storeysAboveGround>
<bldg:lod0RoofEdge><gml:MultiSurface><gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3253478 136.3726573 0 36.3253805 136.3726404 0 36.3253676 136.3726021 0 36.3253349 136.372619 0 36.3253478 136.3726573 0</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember></gml:MultiSurface></bldg:lod0RoofEdge>
<bldg:lod1Solid><gml:Solid><gml:exterior><gml:CompositeSurface>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3253349 136.372619 8.64 36.3253676 136.3726021 8.64 36.3253805 136.3726404 8.64 36.3253478 136.3726573 8.64 36.3253349 136.372619 8.64</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3253478 136.3726573 8.64 36.3253805 136.3726404 8.64 36.3253805 136.3726404 11.6 36.3253478 136.3726573 11.6 36.3253478 136.3726573 8.64</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3253805 136.3726404 8.64 36.3253676 136.3726021 8.64 36.3253676 136.3726021 11.6 36.3253805 136.3726404 11.6 36.3253805 136.3726404 8.64</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3253676 136.3726021 8.64 36.3253349 136.372619 8.64 36.3253349 136.372619 11.6 36.3253676 136.3726021 11.6 36.3253676 136.3726021 8.64</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3253349 136.372619 8.64 36.3253478 136.3726573 8.64 36.3253478 136.3726573 11.6 36.3253349 136.372619 11.6 36.3253349 136.372619 8.64</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3253478 136.3726573 11.6 36.3253805 136.3726404 11.6 36.3253676 136.3726021 11.6 36.3253349 136.372619 11.6 36.3253478 136.3726573 11.6</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
</gml:CompositeSurface></gml:exterior></gml:Solid></bldg:lod1Solid>
<uro:bldgDataQualityAttribute>
<uro:DataQualityAttribute>
<uro:lod1HeightType codeSpace="../../codelists/DataQualityAttribute_lod1HeightType.xml">2</uro:lod1HeightType>
</uro:DataQualityAttribute>
</uro:bldgDataQualityAttribute>
<uro:buildingDetailAttribute>
<uro:BuildingDetailAttribute>
<uro:totalFloorArea uom="m2">13.97</uro:totalFloorArea>
<uro:buildingFootprintArea uom="m2">14.66</uro:buildingFootprintArea>
<uro:buildingStructureType codeSpace="../../codelists/Building_buildingStructureType.xml">601</uro:buildingStructureType>
<uro:surveyYear>2021</uro:surveyYear>
</uro:BuildingDetailAttribute>
</uro:buildingDetailAttribute>
<uro:buildingIDAttribute>
<uro:BuildingIDAttribute>
<uro:buildingID>17206-bldg-2508</uro:buildingID>
<uro:prefecture codeSpace="../../codelists/Common_localPublicAuthorities.xml">17</uro:prefecture>
<uro:city codeSpace="../../codelists/Common_localPublicAuthorities.xml">17206</uro:city>
</uro:BuildingIDAttribute>
</uro:buildingIDAttribute>
</bldg:Building>
</core:cityObjectMember>
<core:cityObjectMember>
<bldg:Building gml:id="bldg_27fa9b98-fd9b-4224-b5a0-ec57e359cf38">
<core:creationDate>2025-03-21</core:creationDate>
<bldg:class codeSpace="../../codelists/Building_class.xml">3001</bldg:class>
<bldg:usage codeSpace="../../codelists/Building_usage.xml">451</bldg:usage>
<bldg:yearOfConstruction>2003</bldg:yearOfConstruction>
<bldg:measuredHeight uom="m">6.2</bldg:measuredHeight>
<bldg:storeysAboveGround>1</bldg:storeysAboveGround>
<bldg:lod0RoofEdge><gml:MultiSurface><gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3253024 136.3727177 0 36.3253407 136.3728313 0 36.3254114 136.3727949 0 36.325373 136.3726813 0 36.3253024 136.3727177 0</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember></gml:MultiSurface></bldg:lod0RoofEdge>
<bldg:lod1Solid><gml:Solid><gml:exterior><gml:CompositeSurface>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.325373 136.3726813 8.62 36.3254114 136.3727949 8.62 36.3253407 136.3728313 8.62 36.3253024 136.3727177 8.62 36.325373 136.3726813 8.62</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3253024 136.3727177 8.62 36.3253407 136.3728313 8.62 36.3253407 136.3728313 14.03 36.3253024 136.3727177 14.03 36.3253024 136.3727177 8.62</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3253407 136.3728313 8.62 36.3254114 136.3727949 8.62 36.3254114 136.3727949 14.03 36.3253407 136.3728313 14.03 36.3253407 136.3728313 8.62</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3254114 136.3727949 8.62 36.325373 136.3726813 8.62 36.325373 136.3726813 14.03 36.3254114 136.3727949 14.03 36.3254114 136.3727949 8.62</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.325373 136.3726813 8.62 36.3253024 136.3727177 8.62 36.3253024 136.3727177 14.03 36.325373 136.3726813 14.03 36.325373 136.3726813 8.62</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3253024 136.3727177 14.03 36.3253407 136.3728313 14.03 36.3254114 136.3727949 14.03 36.325373 136.3726813 14.03 36.3253024 136.3727177 14.03</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
</gml:CompositeSurface></gml:exterior></gml:Solid></bldg:lod1Solid>
<uro:bldgDataQualityAttribute>
<uro:DataQualityAttribute>
<uro:lod1HeightType codeSpace="../../codelists/DataQualityAttribute_lod1HeightType.xml">2</uro:lod1HeightType>
</uro:DataQualityAttribute>
</uro:bldgDataQualityAttribute>
<uro:buildingDetailAttribute>
<uro:BuildingDetailAttribute>
<uro:totalFloorArea uom="m2">90.42</uro:totalFloorArea>
<uro:buildingFootprintArea uom="m2">93.81</uro:buildingFootprintArea>
<uro:buildingStructureType codeSpace="../../codelists/Building_buildingStructureType.xml">601</uro:buildingStructureType>
<uro:surveyYear>2021</uro:surveyYear>
</uro:BuildingDetailAttribute>
</uro:buildingDetailAttribute>
<uro:buildingIDAttribute>
<uro:BuildingIDAttribute>
<uro:buildingID>17206-bldg-2509</uro:buildingID>
<uro:prefecture codeSpace="../../codelists/Common_localPublicAuthorities.xml">17</uro:prefecture>
<uro:city codeSpace="../../codelists/Common_localPublicAuthorities.xml">17206</uro:city>
</uro:BuildingIDAttribute>
</uro:buildingIDAttribute>
</bldg:Building>
</core:cityObjectMember>
<core:cityObjectMember>
<bldg:Building gml:id="bldg_507547fc-0e0d-4613-98cb-59859c2a4cc7">
<core:creationDate>2025-03-21</core:creationDate>
<bldg:class codeSpace="../../codelists/Building_class.xml">3001</bldg:class>
<bldg:usage codeSpace="../../codelists/Building_usage.xml">411</bldg:usage>
<bldg:yearOfConstruction>1991</bldg:yearOfConstruction>
<bldg:measuredHeight uom="m">8.4</bldg:measuredHeight>
<bldg:storeysAboveGround>2</bldg:storeysAboveGround>
<bldg:lod0RoofEdge><gml:MultiSurface><gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3250768 136.3725818 0 36.3250314 136.3724471 0 36.3249236 136.3725026 0 36.3249691 136.3726373 0 36.3250768 136.3725818 0</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember></gml:MultiSurface></bldg:lod0RoofEdge>
<bldg:lod1Solid><gml:Solid><gml:exterior><gml:CompositeSurface>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3249691 136.3726373 8.76 36.3249236 136.3725026 8.76 36.3250314 136.3724471 8.76 36.3250768 136.3725818 8.76 36.3249691 136.3726373 8.76</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3250768 136.3725818 8.76 36.3250314 136.3724471 8.76 36.3250314 136.3724471 15.78 36.3250768 136.3725818 15.78 36.3250768 136.3725818 8.76</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3250314 136.3724471 8.76 36.3249236 136.3725026 8.76 36.3249236 136.3725026 15.78 36.3250314 136.3724471 15.78 36.3250314 136.3724471 8.76</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3249236 136.3725026 8.76 36.3249691 136.3726373 8.76 36.3249691 136.3726373 15.78 36.3249236 136.3725026 15.78 36.3249236 136.3725026 8.76</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3249691 136.3726373 8.76 36.3250768 136.3725818 8.76 36.3250768 136.3725818 15.78 36.3249691 136.3726373 15.78 36.3249691 136.3726373 8.76</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3250768 136.3725818 15.78 36.3250314 136.3724471 15.78 36.3249236 136.3725026 15.78 36.3249691 136.3726373 15.78 36.3250768 136.3725818 15.78</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
</gml:CompositeSurface></gml:exterior></gml:Solid></bldg:lod1Solid>
<uro:bldgDataQualityAttribute>
<uro:DataQualityAttribute>
<uro:lod1HeightType codeSpace="../../codelists/DataQualityAttribute_lod1HeightType.xml">2</uro:lod1HeightType>
</uro:DataQualityAttribute>
</uro:bldgDataQualityAttribute>
<uro:buildingDetailAttribute>
<uro:BuildingDetailAttribute>
<uro:totalFloorArea uom="m2">304.03</uro:totalFloorArea>
<uro:buildingFootprintArea uom="m2">169.85</uro:buildingFootprintArea>
<uro:buildingStructureType codeSpace="../../codelists/Building_buildingStructureType.xml">601</uro:buildingStructureType>
<uro:surveyYear>2021</uro:surveyYear>
</uro:BuildingDetailAttribute>
</uro:buildingDetailAttribute>
<uro:buildingIDAttribute>
<uro:BuildingIDAttribute>
<uro:buildingID>17206-bldg-2510</uro:buildingID>
<uro:prefecture codeSpace="../../codelists/Common_localPublicAuthorities.xml">17</uro:prefecture>
<uro:city codeSpace="../../codelists/Common_localPublicAuthorities.xml">17206</uro:city>
</uro:BuildingIDAttribute>
</uro:buildingIDAttribute>
</bldg:Building>
</core:cityObjectMember>
<core:cityObjectMember>
<bldg:Building gml:id="bldg_cdc9ed1c-f662-4ae6-af2f-8ee8e3b1eb79">
<core:creationDate>2025-03-21</core:creationDate>
<bldg:class codeSpace="../../codelists/Building_class.xml">3001</bldg:class>
<bldg:usage codeSpace="../../codelists/Building_usage.xml">411</bldg:usage>
<bldg:yearOfConstruction>2007</bldg:yearOfConstruction>
<bldg:measuredHeight uom="m">7.8</bldg:measuredHeight>
<bldg:storeysAboveGround>2</bldg:storeysAboveGround>
<bldg:lod0RoofEdge><gml:MultiSurface><gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3251288 136.3727694 0 36.325084 136.3726367 0 36.3249981 136.3726809 0 36.3250428 136.3728137 0 36.3251288 136.3727694 0</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember></gml:MultiSurface></bldg:lod0RoofEdge>
<bldg:lod1Solid><gml:Solid><gml:exterior><gml:CompositeSurface>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3250428 136.3728137 8.7 36.3249981 136.3726809 8.7 36.325084 136.3726367 8.7 36.3251288 136.3727694 8.7 36.3250428 136.3728137 8.7</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3251288 136.3727694 8.7 36.325084 136.3726367 8.7 36.325084 136.3726367 15.45 36.3251288 136.3727694 15.45 36.3251288 136.3727694 8.7</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.325084 136.3726367 8.7 36.3249981 136.3726809 8.7 36.3249981 136.3726809 15.45 36.325084 136.3726367 15.45 36.325084 136.3726367 8.7</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3249981 136.3726809 8.7 36.3250428 136.3728137 8.7 36.3250428 136.3728137 15.45 36.3249981 136.3726809 15.45 36.3249981 136.3726809 8.7</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3250428 136.3728137 8.7 36.3251288 136.3727694 8.7 36.3251288 136.3727694 15.45 36.3250428 136.3728137 15.45 36.3250428 136.3728137 8.7</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3251288 136.3727694 15.45 36.325084 136.3726367 15.45 36.3249981 136.3726809 15.45 36.3250428 136.3728137 15.45 36.3251288 136.3727694 15.45</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
</gml:CompositeSurface></gml:exterior></gml:Solid></bldg:lod1Solid>
<uro:bldgDataQualityAttribute>
<uro:DataQualityAttribute>
<uro:lod1HeightType codeSpace="../../codelists/DataQualityAttribute_lod1HeightType.xml">2</uro:lod1HeightType>
</uro:DataQualityAttribute>
</uro:bldgDataQualityAttribute>
<uro:buildingDetailAttribute>
<uro:BuildingDetailAttribute>
<uro:totalFloorArea uom="m2">224.84</uro:totalFloorArea>
<uro:buildingFootprintArea uom="m2">133.44</uro:buildingFootprintArea>
<uro:buildingStructureType codeSpace="../../codelists/Building_buildingStructureType.xml">601</uro:buildingStructureType>
<uro:surveyYear>2021</uro:surveyYear>
</uro:BuildingDetailAttribute>
</uro:buildingDetailAttribute>
<uro:buildingIDAttribute>
<uro:BuildingIDAttribute>
<uro:buildingID>17206-bldg-2513</uro:buildingID>
<uro:prefecture codeSpace="../../codelists/Common_localPublicAuthorities.xml">17</uro:prefecture>
<uro:city codeSpace="../../codelists/Common_localPublicAuthorities.xml">17206</uro:city>
</uro:BuildingIDAttribute>
</uro:buildingIDAttribute>
</bldg:Building>
</core:cityObjectMember>
<core:cityObjectMember>
<bldg:Building gml:id="bldg_9a701a82-8ff8-4958-b6e9-80363bbf8b92">
<core:creationDate>2025-03-21</core:creationDate>
<bldg:class codeSpace="../../codelists/Building_class.xml">3001</bldg:class>
<bldg:usage codeSpace="../../codelists/Building_usage.xml">411</bldg:usage>
<bldg:yearOfConstruction>2023</bldg:yearOfConstruction>
<bldg:measuredHeight uom="m">8</bldg:measuredHeight>
<bldg:storeysAboveGround>2</bldg:storeysAboveGround>
<bldg:lod0RoofEdge><gml:MultiSurface><gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3252003 136.3729981 0 36.3251546 136.3728624 0 36.3250704 136.3729057 0 36.3251162 136.3730414 0 36.3252003 136.3729981 0</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember></gml:MultiSurface></bldg:lod0RoofEdge>
<bldg:lod1Solid><gml:Solid><gml:exterior><gml:CompositeSurface>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3251162 136.3730414 8.63 36.3250704 136.3729057 8.63 36.3251546 136.3728624 8.63 36.3252003 136.3729981 8.63 36.3251162 136.3730414 8.63</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3252003 136.3729981 8.63 36.3251546 136.3728624 8.63 36.3251546 136.3728624 15.59 36.3252003 136.3729981 15.59 36.3252003 136.3729981 8.63</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3251546 136.3728624 8.63 36.3250704 136.3729057 8.63 36.3250704 136.3729057 15.59 36.3251546 136.3728624 15.59 36.3251546 136.3728624 8.63</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3250704 136.3729057 8.63 36.3251162 136.3730414 8.63 36.3251162 136.3730414 15.59 36.3250704 136.3729057 15.59 36.3250704 136.3729057 8.63</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3251162 136.3730414 8.63 36.3252003 136.3729981 8.63 36.3252003 136.3729981 15.59 36.3251162 136.3730414 15.59 36.3251162 136.3730414 8.63</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3252003 136.3729981 15.59 36.3251546 136.3728624 15.59 36.3250704 136.3729057 15.59 36.3251162 136.3730414 15.59 36.3252003 136.3729981 15.59</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
</gml:CompositeSurface></gml:exterior></gml:Solid></bldg:lod1Solid>
<uro:bldgDataQualityAttribute>
<uro:DataQualityAttribute>
<uro:lod1HeightType codeSpace="../../codelists/DataQualityAttribute_lod1HeightType.xml">2</uro:lod1HeightType>
</uro:DataQualityAttribute>
</uro:bldgDataQualityAttribute>
<uro:buildingDetailAttribute>
<uro:BuildingDetailAttribute>
<uro:totalFloorArea uom="m2">262.1</uro:totalFloorArea>
<uro:buildingFootprintArea uom="m2">133.46</uro:buildingFootprintArea>
<uro:buildingStructureType codeSpace="../../codelists/Building_buildingStructureType.xml">601</uro:buildingStructureType>
<uro:surveyYear>2021</uro:surveyYear>
</uro:BuildingDetailAttribute>
</uro:buildingDetailAttribute>
<uro:buildingIDAttribute>
<uro:BuildingIDAttribute>
<uro:buildingID>17206-bldg-2514</uro:buildingID>
<uro:prefecture codeSpace="../../codelists/Common_localPublicAuthorities.xml">17</uro:prefecture>
<uro:city codeSpace="../../codelists/Common_localPublicAuthorities.xml">17206</uro:city>
</uro:BuildingIDAttribute>
</uro:buildingIDAttribute>
</bldg:Building>
</core:cityObjectMember>
<core:cityObjectMember>
<bldg:Building gml:id="bldg_60a40023-fbd3-4143-b07d-c966b46e659d">
<core:creationDate>2025-03-21</core:creationDate>
<bldg:class codeSpace="../../codelists/Building_class.xml">3001</bldg:class>
<bldg:usage codeSpace="../../codelists/Building_usage.xml">411</bldg:usage>
<bldg:yearOfConstruction>2009</bldg:yearOfConstruction>
<bldg:measuredHeight uom="m">7.9</bldg:measuredHeight>
<bldg:storeysAboveGround>2</bldg:storeysAboveGround>
<bldg:lod0RoofEdge><gml:MultiSurface><gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3254939 136.3734143 0 36.3255365 136.3735408 0 36.325623 136.3734963 0 36.3255803 136.3733698 0 36.3254939 136.3734143 0</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember></gml:MultiSurface></bldg:lod0RoofEdge>
<bldg:lod1Solid><gml:Solid><gml:exterior><gml:CompositeSurface>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3255803 136.3733698 8.67 36.325623 136.3734963 8.67 36.3255365 136.3735408 8.67 36.3254939 136.3734143 8.67 36.3255803 136.3733698 8.67</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3254939 136.3734143 8.67 36.3255365 136.3735408 8.67 36.3255365 136.3735408 15.44 36.3254939 136.3734143 15.44 36.3254939 136.3734143 8.67</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3255365 136.3735408 8.67 36.325623 136.3734963 8.67 36.325623 136.3734963 15.44 36.3255365 136.3735408 15.44 36.3255365 136.3735408 8.67</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.325623 136.3734963 8.67 36.3255803 136.3733698 8.67 36.3255803 136.3733698 15.44 36.325623 136.3734963 15.44 36.325623 136.3734963 8.67</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3255803 136.3733698 8.67 36.3254939 136.3734143 8.67 36.3254939 136.3734143 15.44 36.3255803 136.3733698 15.44 36.3255803 136.3733698 8.67</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3254939 136.3734143 15.44 36.3255365 136.3735408 15.44 36.325623 136.3734963 15.44 36.3255803 136.3733698 15.44 36.3254939 136.3734143 15.44</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
</gml:CompositeSurface></gml:exterior></gml:Solid></bldg:lod1Solid>
<uro:bldgDataQualityAttribute>
<uro:DataQualityAttribute>
<uro:lod1HeightType codeSpace="../../codelists/DataQualityAttribute_lod1HeightType.xml">2</uro:lod1HeightType>
</uro:DataQualityAttribute>
</uro:bldgDataQualityAttribute>
<uro:buildingDetailAttribute>
<uro:BuildingDetailAttribute>
<uro:totalFloorArea uom="m2">240.25</uro:totalFloorArea>
<uro:buildingFootprintArea uom="m2">127.86</uro:buildingFootprintArea>
<uro:buildingStructureType codeSpace="../../codelists/Building_buildingStructureType.xml">601</uro:buildingStructureType>
<uro:surveyYear>2021</uro:surveyYear>
</uro:BuildingDetailAttribute>
</uro:buildingDetailAttribute>
<uro:buildingIDAttribute>
<uro:BuildingIDAttribute>
<uro:buildingID>17206-bldg-2515</uro:buildingID>
<uro:prefecture codeSpace="../../codelists/Common_localPublicAuthorities.xml">17</uro:prefecture>
<uro:city codeSpace="../../codelists/Common_localPublicAuthorities.xml">17206</uro:city>
</uro:BuildingIDAttribute>
</uro:buildingIDAttribute>
</bldg:Building>
</core:cityObjectMember>
<core:cityObjectMember>
<bldg:Building gml:id="bldg_4565bbfc-19d3-47d2-8624-3d9cf22e2ffe">
<core:creationDate>2025-03-21</core:creationDate>
<bldg:class codeSpace="../../codelists/Building_class.xml">3001</bldg:class>
<bldg:usage codeSpace="../../codelists/Building_usage.xml">411</bldg:usage>
<bldg:yearOfConstruction>1975</bldg:yearOfConstruction>
<bldg:measuredHeight uom="m">5.5</bldg:measuredHeight>
<bldg:storeysAboveGround>1</bldg:storeysAboveGround>
<bldg:lod0RoofEdge><gml:MultiSurface><gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3256254 136.3733466 0 36.3256707 136.3734808 0 36.3257549 136.3734374 0 36.3257097 136.3733032 0 36.3256254 136.3733466 0</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember></gml:MultiSurface></bldg:lod0RoofEdge>
<bldg:lod1Solid><gml:Solid><gml:exterior><gml:CompositeSurface>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3257097 136.3733032 8.68 36.3257549 136.3734374 8.68 36.3256707 136.3734808 8.68 36.3256254 136.3733466 8.68 36.3257097 136.3733032 8.68</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3256254 136.3733466 8.68 36.3256707 136.3734808 8.68 36.3256707 136.3734808 13.12 36.3256254 136.3733466 13.12 36.3256254 136.3733466 8.68</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3256707 136.3734808 8.68 36.3257549 136.3734374 8.68 36.3257549 136.3734374 13.12 36.3256707 136.3734808 13.12 36.3256707 136.3734808 8.68</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3257549 136.3734374 8.68 36.3257097 136.3733032 8.68 36.3257097 136.3733032 13.12 36.3257549 136.3734374 13.12 36.3257549 136.3734374 8.68</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3257097 136.3733032 8.68 36.3256254 136.3733466 8.68 36.3256254 136.3733466 13.12 36.3257097 136.3733032 13.12 36.3257097 136.3733032 8.68</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3256254 136.3733466 13.12 36.3256707 136.3734808 13.12 36.3257549 136.3734374 13.12 36.3257097 136.3733032 13.12 36.3256254 136.3733466 13.12</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
</gml:CompositeSurface></gml:exterior></gml:Solid></bldg:lod1Solid>
<uro:bldgDataQualityAttribute>
<uro:DataQualityAttribute>
<uro:lod1HeightType codeSpace="../../codelists/DataQualityAttribute_lod1HeightType.xml">2</uro:lod1HeightType>
</uro:DataQualityAttribute>
</uro:bldgDataQualityAttribute>
<uro:buildingDetailAttribute>
<uro:BuildingDetailAttribute>
<uro:totalFloorArea uom="m2">126.34</uro:totalFloorArea>
<uro:buildingFootprintArea uom="m2">132.28</uro:buildingFootprintArea>
<uro:buildingStructureType codeSpace="../../codelists/Building_buildingStructureType.xml">601</uro:buildingStructureType>
<uro:surveyYear>2021</uro:surveyYear>
</uro:BuildingDetailAttribute>
</uro:buildingDetailAttribute>
<uro:buildingIDAttribute>
<uro:BuildingIDAttribute>
<uro:buildingID>17206-bldg-2516</uro:buildingID>
<uro:prefecture codeSpace="../../codelists/Common_localPublicAuthorities.xml">17</uro:prefecture>
<uro:city codeSpace="../../codelists/Common_localPublicAuthorities.xml">17206</uro:city>
</uro:BuildingIDAttribute>
</uro:buildingIDAttribute>
</bldg:Building>
</core:cityObjectMember>
<core:cityObjectMember>
<bldg:Building gml:id="bldg_8111a17d-6970-43cc-b697-7b83b03d3254">
<core:creationDate>2025-03-21</core:creationDate>
<bldg:class codeSpace="../../codelists/Building_class.xml">3001</bldg:class>
<bldg:usage codeSpace="../../codelists/Building_usage.xml">411</bldg:usage>
<bldg:yearOfConstruction>1980</bldg:yearOfConstruction>
<bldg:measuredHeight uom="m">8.2</bldg:measuredHeight>
<bldg:storeysAboveGround>2</bldg:storeysAboveGround>
<bldg:lod0RoofEdge><gml:MultiSurface><gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3254292 136.3736486 0 36.325386 136.3735206 0 36.3252865 136.3735719 0 36.3253296 136.3736999 0 36.3254292 136.3736486 0</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember></gml:MultiSurface></bldg:lod0RoofEdge>
<bldg:lod1Solid><gml:Solid><gml:exterior><gml:CompositeSurface>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3253296 136.3736999 8.71 36.3252865 136.3735719 8.71 36.325386 136.3735206 8.71 36.3254292 136.3736486 8.71 36.3253296 136.3736999 8.71</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3254292 136.3736486 8.71 36.325386 136.3735206 8.71 36.325386 136.3735206 15.61 36.3254292 136.3736486 15.61 36.3254292 136.3736486 8.71</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.325386 136.3735206 8.71 36.3252865 136.3735719 8.71 36.3252865 136.3735719 15.61 36.325386 136.3735206 15.61 36.325386 136.3735206 8.71</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3252865 136.3735719 8.71 36.3253296 136.3736999 8.71 36.3253296 136.3736999 15.61 36.3252865 136.3735719 15.61 36.3252865 136.3735719 8.71</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3253296 136.3736999 8.71 36.3254292 136.3736486 8.71 36.3254292 136.3736486 15.61 36.3253296 136.3736999 15.61 36.3253296 136.3736999 8.71</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3254292 136.3736486 15.61 36.325386 136.3735206 15.61 36.3252865 136.3735719 15.61 36.3253296 136.3736999 15.61 36.3254292 136.3736486 15.61</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
</gml:CompositeSurface></gml:exterior></gml:Solid></bldg:lod1Solid>
<uro:bldgDataQualityAttribute>
<uro:DataQualityAttribute>
<uro:lod1HeightType codeSpace="../../codelists/DataQualityAttribute_lod1HeightType.xml">2</uro:lod1HeightType>
</uro:DataQualityAttribute>
</uro:bldgDataQualityAttribute>
<uro:buildingDetailAttribute>
<uro:BuildingDetailAttribute>
<uro:totalFloorArea uom="m2">275.52</uro:totalFloorArea>
<uro:buildingFootprintArea uom="m2">149.02</uro:buildingFootprintArea>
<uro:buildingStructureType codeSpace="../../codelists/Building_buildingStructureType.xml">601</uro:buildingStructureType>
<uro:surveyYear>2021</uro:surveyYear>
</uro:BuildingDetailAttribute>
</uro:buildingDetailAttribute>
<uro:buildingIDAttribute>
<uro:BuildingIDAttribute>
<uro:buildingID>17206-bldg-2517</uro:buildingID>
<uro:prefecture codeSpace="../../codelists/Common_localPublicAuthorities.xml">17</uro:prefecture>
<uro:city codeSpace="../../codelists/Common_localPublicAuthorities.xml">17206</uro:city>
</uro:BuildingIDAttribute>
</uro:buildingIDAttribute>
</bldg:Building>
</core:cityObjectMember>
<core:cityObjectMember>
<bldg:Building gml:id="bldg_9e7df3f1-ccba-4e8c-8f36-f3274c8ae30e">
<core:creationDate>2025-03-21</core:creationDate>
<bldg:class codeSpace="../../codelists/Building_class.xml">3001</bldg:class>
<bldg:usage codeSpace="../../codelists/Building_usage.xml">451</bldg:usage>
<bldg:yearOfConstruction>1988</bldg:yearOfConstruction>
<bldg:measuredHeight uom="m">5.3</bldg:measuredHeight>
<bldg:storeysAboveGround>1</bldg:storeysAboveGround>
<bldg:lod0RoofEdge><gml:MultiSurface><gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3252531 136.3736991 0 36.3252215 136.3736054 0 36.3251469 136.3736437 0 36.3251786 136.3737375 0 36.3252531 136.3736991 0</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember></gml:MultiSurface></bldg:lod0RoofEdge>
<bldg:lod1Solid><gml:Solid><gml:exterior><gml:CompositeSurface>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3251786 136.3737375 8.8 36.3251469 136.3736437 8.8 36.3252215 136.3736054 8.8 36.3252531 136.3736991 8.8 36.3251786 136.3737375 8.8</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3252531 136.3736991 8.8 36.3252215 136.3736054 8.8 36.3252215 136.3736054 13.36 36.3252531 136.3736991 13.36 36.3252531 136.3736991 8.8</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3252215 136.3736054 8.8 36.3251469 136.3736437 8.8 36.3251469 136.3736437 13.36 36.3252215 136.3736054 13.36 36.3252215 136.3736054 8.8</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3251469 136.3736437 8.8 36.3251786 136.3737375 8.8 36.3251786 136.3737375 13.36 36.3251469 136.3736437 13.36 36.3251469 136.3736437 8.8</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3251786 136.3737375 8.8 36.3252531 136.3736991 8.8 36.3252531 136.3736991 13.36 36.3251786 136.3737375 13.36 36.3251786 136.3737375 8.8</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3252531 136.3736991 13.36 36.3252215 136.3736054 13.36 36.3251469 136.3736437 13.36 36.3251786 136.3737375 13.36 36.3252531 136.3736991 13.36</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
</gml:CompositeSurface></gml:exterior></gml:Solid></bldg:lod1Solid>
<uro:bldgDataQualityAttribute>
<uro:DataQualityAttribute>
<uro:lod1HeightType codeSpace="../../codelists/DataQualityAttribute_lod1HeightType.xml">2</uro:lod1HeightType>
</uro:DataQualityAttribute>
</uro:bldgDataQualityAttribute>
<uro:buildingDetailAttribute>
<uro:BuildingDetailAttribute>
<uro:totalFloorArea uom="m2">72.97</uro:totalFloorArea>
<uro:buildingFootprintArea uom="m2">81.67</uro:buildingFootprintArea>
<uro:buildingStructureType codeSpace="../../codelists/Building_buildingStructureType.xml">601</uro:buildingStructureType>
<uro:surveyYear>2021</uro:surveyYear>
</uro:BuildingDetailAttribute>
</uro:buildingDetailAttribute>
<uro:buildingIDAttribute>
<uro:BuildingIDAttribute>
<uro:buildingID>17206-bldg-2518</uro:buildingID>
<uro:prefecture codeSpace="../../codelists/Common_localPublicAuthorities.xml">17</uro:prefecture>
<uro:city codeSpace="../../codelists/Common_localPublicAuthorities.xml">17206</uro:city>
</uro:BuildingIDAttribute>
</uro:buildingIDAttribute>
</bldg:Building>
</core:cityObjectMember>
<core:cityObjectMember>
<bldg:Building gml:id="bldg_afd31f18-1a5d-4878-8a35-121b576e9fca">
<core:creationDate>2025-03-21</core:creationDate>
<bldg:class codeSpace="../../codelists/Building_class.xml">3001</bldg:class>
<bldg:usage codeSpace="../../codelists/Building_usage.xml">451</bldg:usage>
<bldg:yearOfConstruction>1987</bldg:yearOfConstruction>
<bldg:measuredHeight uom="m">5.7</bldg:measuredHeight>
<bldg:storeysAboveGround>1</bldg:storeysAboveGround>
<bldg:lod0RoofEdge><gml:MultiSurface><gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3249538 136.3741338 0 36.3249934 136.3742511 0 36.3250734 136.3742099 0 36.3250338 136.3740926 0 36.3249538 136.3741338 0</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember></gml:MultiSurface></bldg:lod0RoofEdge>
<bldg:lod1Solid><gml:Solid><gml:exterior><gml:CompositeSurface>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3250338 136.3740926 9.2 36.3250734 136.3742099 9.2 36.3249934 136.3742511 9.2 36.3249538 136.3741338 9.2 36.3250338 136.3740926 9.2</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3249538 136.3741338 9.2 36.3249934 136.3742511 9.2 36.3249934 136.3742511 14.03 36.3249538 136.3741338 14.03 36.3249538 136.3741338 9.2</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3249934 136.3742511 9.2 36.3250734 136.3742099 9.2 36.3250734 136.3742099 14.03 36.3249934 136.3742511 14.03 36.3249934 136.3742511 9.2</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3250734 136.3742099 9.2 36.3250338 136.3740926 9.2 36.3250338 136.3740926 14.03 36.3250734 136.3742099 14.03 36.3250734 136.3742099 9.2</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3250338 136.3740926 9.2 36.3249538 136.3741338 9.2 36.3249538 136.3741338 14.03 36.3250338 136.3740926 14.03 36.3250338 136.3740926 9.2</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3249538 136.3741338 14.03 36.3249934 136.3742511 14.03 36.3250734 136.3742099 14.03 36.3250338 136.3740926 14.03 36.3249538 136.3741338 14.03</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
</gml:CompositeSurface></gml:exterior></gml:Solid></bldg:lod1Solid>
<uro:bldgDataQualityAttribute>
<uro:DataQualityAttribute>
<uro:lod1HeightType codeSpace="../../codelists/DataQualityAttribute_lod1HeightType.xml">2</uro:lod1HeightType>
</uro:DataQualityAttribute>
</uro:bldgDataQualityAttribute>
<uro:buildingDetailAttribute>
<uro:BuildingDetailAttribute>
<uro:totalFloorArea uom="m2">99.93</uro:totalFloorArea>
<uro:buildingFootprintArea uom="m2">109.76</uro:buildingFootprintArea>
<uro:buildingStructureType codeSpace="../../codelists/Building_buildingStructureType.xml">604</uro:buildingStructureType>
<uro:surveyYear>2021</uro:surveyYear>
</uro:BuildingDetailAttribute>
</uro:buildingDetailAttribute>
<uro:buildingIDAttribute>
<uro:BuildingIDAttribute>
<uro:buildingID>17206-bldg-2602</uro:buildingID>
<uro:prefecture codeSpace="../../codelists/Common_localPublicAuthorities.xml">17</uro:prefecture>
<uro:city codeSpace="../../codelists/Common_localPublicAuthorities.xml">17206</uro:city>
</uro:BuildingIDAttribute>
</uro:buildingIDAttribute>
</bldg:Building>
</core:cityObjectMember>
<core:cityObjectMember>
<bldg:Building gml:id="bldg_87886168-7f68-49df-932d-0bbded675067">
<core:creationDate>2025-03-21</core:creationDate>
<bldg:class codeSpace="../../codelists/Building_class.xml">3001</bldg:class>
<bldg:usage codeSpace="../../codelists/Building_usage.xml">451</bldg:usage>
<bldg:yearOfConstruction>1984</bldg:yearOfConstruction>
<bldg:measuredHeight uom="m">5</bldg:measuredHeight>
<bldg:storeysAboveGround>1</bldg:storeysAboveGround>
<bldg:lod0RoofEdge><gml:MultiSurface><gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3255141 136.3629416 0 36.3255994 136.3628977 0 36.3255798 136.3628395 0 36.3254945 136.3628835 0 36.3255141 136.3629416 0</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember></gml:MultiSurface></bldg:lod0RoofEdge>
<bldg:lod1Solid><gml:Solid><gml:exterior><gml:CompositeSurface>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3254945 136.3628835 9.22 36.3255798 136.3628395 9.22 36.3255994 136.3628977 9.22 36.3255141 136.3629416 9.22 36.3254945 136.3628835 9.22</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3255141 136.3629416 9.22 36.3255994 136.3628977 9.22 36.3255994 136.3628977 13.7 36.3255141 136.3629416 13.7 36.3255141 136.3629416 9.22</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3255994 136.3628977 9.22 36.3255798 136.3628395 9.22 36.3255798 136.3628395 13.7 36.3255994 136.3628977 13.7 36.3255994 136.3628977 9.22</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3255798 136.3628395 9.22 36.3254945 136.3628835 9.22 36.3254945 136.3628835 13.7 36.3255798 136.3628395 13.7 36.3255798 136.3628395 9.22</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3254945 136.3628835 9.22 36.3255141 136.3629416 9.22 36.3255141 136.3629416 13.7 36.3254945 136.3628835 13.7 36.3254945 136.3628835 9.22</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3255141 136.3629416 13.7 36.3255994 136.3628977 13.7 36.3255798 136.3628395 13.7 36.3254945 136.3628835 13.7 36.3255141 136.3629416 13.7</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
</gml:CompositeSurface></gml:exterior></gml:Solid></bldg:lod1Solid>
<uro:bldgDataQualityAttribute>
<uro:DataQualityAttribute>
<uro:lod1HeightType codeSpace="../../codelists/DataQualityAttribute_lod1HeightType.xml">2</uro:lod1HeightType>
</uro:DataQualityAttribute>
</uro:bldgDataQualityAttribute>
<uro:bldgDisasterRiskAttribute>
<uro:RiverFloodingRiskAttribute>
<uro:description codeSpace="../../codelists/RiverFloodingRiskAttribute_description.xml">3</uro:description>
<uro:rank codeSpace="../../codelists/RiverFloodingRiskAttribute_rank.xml">2</uro:rank>
<uro:depth uom="m">0.728</uro:depth>
<uro:adminType codeSpace="../../codelists/RiverFloodingRiskAttribute_adminType.xml">2</uro:adminType>
<uro:scale codeSpace="../../codelists/RiverFloodingRiskAttribute_scale.xml">1</uro:scale>
<uro:duration uom="hour">13.05</uro:duration>
</uro:RiverFloodingRiskAttribute>
</uro:bldgDisasterRiskAttribute>
<uro:bldgDisasterRiskAttribute>
<uro:RiverFloodingRiskAttribute>
<uro:description codeSpace="../../codelists/RiverFloodingRiskAttribute_description.xml">3</uro:description>
<uro:rank codeSpace="../../codelists/RiverFloodingRiskAttribute_rank.xml">2</uro:rank>
<uro:depth uom="m">2.166</uro:depth>
<uro:adminType codeSpace="../../codelists/RiverFloodingRiskAttribute_adminType.xml">2</uro:adminType>
<uro:scale codeSpace="../../codelists/RiverFloodingRiskAttribute_scale.xml">2</uro:scale>
<uro:duration uom="hour">29</uro:duration>
</uro:RiverFloodingRiskAttribute>
</uro:bldgDisasterRiskAttribute>
<uro:buildingDetailAttribute>
<uro:BuildingDetailAttribute>
<uro:totalFloorArea uom="m2">51.18</uro:totalFloorArea>
<uro:buildingFootprintArea uom="m2">58.02</uro:buildingFootprintArea>
<uro:buildingStructureType codeSpace="../../codelists/Building_buildingStructureType.xml">604</uro:buildingStructureType>
<uro:surveyYear>2021</uro:surveyYear>
</uro:BuildingDetailAttribute>
</uro:buildingDetailAttribute>
<uro:buildingIDAttribute>
<uro:BuildingIDAttribute>
<uro:buildingID>17206-bldg-2861</uro:buildingID>
<uro:prefecture codeSpace="../../codelists/Common_localPublicAuthorities.xml">17</uro:prefecture>
<uro:city codeSpace="../../codelists/Common_localPublicAuthorities.xml">17206</uro:city>
</uro:BuildingIDAttribute>
</uro:buildingIDAttribute>
</bldg:Building>
</core:cityObjectMember>
<core:cityObjectMember>
<bldg:Building gml:id="bldg_35037d0d-ef5b-4948-aef8-65d852afb815">
<core:creationDate>2025-03-21</core:creationDate>
<bldg:class codeSpace="../../codelists/Building_class.xml">3001</bldg:class>
<bldg:usage codeSpace="../../codelists/Building_usage.xml">413</bldg:usage>
<bldg:yearOfConstruction>1968</bldg:yearOfConstruction>
<bldg:measuredHeight uom="m">8.4</bldg:measuredHeight>
<bldg:storeysAboveGround>2</bldg:storeysAboveGround>
<bldg:storeysBelowGround>0</bldg:storeysBelowGround>
<bldg:lod0RoofEdge><gml:MultiSurface><gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3263611 136.3625417 0 36.326319 136.3624168 0 36.3262183 136.3624687 0 36.3262604 136.3625936 0 36.3263611 136.3625417 0</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember></gml:MultiSurface></bldg:lod0RoofEdge>
<bldg:lod1Solid><gml:Solid><gml:exterior><gml:CompositeSurface>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3262604 136.3625936 7.88 36.3262183 136.3624687 7.88 36.326319 136.3624168 7.88 36.3263611 136.3625417 7.88 36.3262604 136.3625936 7.88</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3263611 136.3625417 7.88 36.326319 136.3624168 7.88 36.326319 136.3624168 15.24 36.3263611 136.3625417 15.24 36.3263611 136.3625417 7.88</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.326319 136.3624168 7.88 36.3262183 136.3624687 7.88 36.3262183 136.3624687 15.24 36.326319 136.3624168 15.24 36.326319 136.3624168 7.88</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3262183 136.3624687 7.88 36.3262604 136.3625936 7.88 36.3262604 136.3625936 15.24 36.3262183 136.3624687 15.24 36.3262183 136.3624687 7.88</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3262604 136.3625936 7.88 36.3263611 136.3625417 7.88 36.3263611 136.3625417 15.24 36.3262604 136.3625936 15.24 36.3262604 136.3625936 7.88</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3263611 136.3625417 15.24 36.326319 136.3624168 15.24 36.3262183 136.3624687 15.24 36.3262604 136.3625936 15.24 36.3263611 136.3625417 15.24</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
</gml:CompositeSurface></gml:exterior></gml:Solid></bldg:lod1Solid>
<uro:bldgDataQualityAttribute>
<uro:DataQualityAttribute>
<uro:lod1HeightType codeSpace="../../codelists/DataQualityAttribute_lod1HeightType.xml">2</uro:lod1HeightType>
</uro:DataQualityAttribute>
</uro:bldgDataQualityAttribute>
<uro:bldgDisasterRiskAttribute>
<uro:RiverFloodingRiskAttribute>
<uro:description codeSpace="../../codelists/RiverFloodingRiskAttribute_description.xml">3</uro:description>
<uro:rank codeSpace="../../codelists/RiverFloodingRiskAttribute_rank.xml">2</uro:rank>
<uro:depth uom="m">1.216</uro:depth>
<uro:adminType codeSpace="../../codelists/RiverFloodingRiskAttribute_adminType.xml">2</uro:adminType>
<uro:scale codeSpace="../../codelists/RiverFloodingRiskAttribute_scale.xml">1</uro:scale>
<uro:duration uom="hour">17.31</uro:duration>
</uro:RiverFloodingRiskAttribute>
</uro:bldgDisasterRiskAttribute>
<uro:bldgDisasterRiskAttribute>
<uro:RiverFloodingRiskAttribute>
<uro:description codeSpace="../../codelists/RiverFloodingRiskAttribute_description.xml">3</uro:description>
<uro:rank codeSpace="../../codelists/RiverFloodingRiskAttribute_rank.xml">2</uro:rank>
<uro:depth uom="m">2.646</uro:depth>
<uro:adminType codeSpace="../../codelists/RiverFloodingRiskAttribute_adminType.xml">2</uro:adminType>
<uro:scale codeSpace="../../codelists/RiverFloodingRiskAttribute_scale.xml">2</uro:scale>
<uro:duration uom="hour">38.47</uro:duration>
</uro:RiverFloodingRiskAttribute>
</uro:bldgDisasterRiskAttribute>
<uro:buildingDetailAttribute>
<uro:BuildingDetailAttribute>
<uro:totalFloorArea uom="m2">277.77</uro:totalFloorArea>
<uro:buildingFootprintArea uom="m2">147.16</uro:buildingFootprintArea>
<uro:buildingStructureType codeSpace="../../codelists/Building_buildingStructureType.xml">604</uro:buildingStructureType>
<uro:surveyYear>2021</uro:surveyYear>
</uro:BuildingDetailAttribute>
</uro:buildingDetailAttribute>
<uro:buildingIDAttribute>
<uro:BuildingIDAttribute>
<uro:buildingID>17206-bldg-2862</uro:buildingID>
<uro:prefecture codeSpace="../../codelists/Common_localPublicAuthorities.xml">17</uro:prefecture>
<uro:city codeSpace="../../codelists/Common_localPublicAuthorities.xml">17206</uro:city>
</uro:BuildingIDAttribute>
</uro:buildingIDAttribute>
</bldg:Building>
</core:cityObjectMember>
<core:cityObjectMember>
<bldg:Building gml:id="bldg_c1d91182-2ecf-4fc3-b8d6-a0e786d65f3c">
<core:creationDate>2025-03-21</core:creationDate>
<bldg:class codeSpace="../../codelists/Building_class.xml">3001</bldg:class>
<bldg:usage codeSpace="../../codelists/Building_usage.xml">451</bldg:usage>
<bldg:yearOfConstruction>1977</bldg:yearOfConstruction>
<bldg:measuredHeight uom="m">5.9</bldg:measuredHeight>
<bldg:storeysAboveGround>1</bldg:storeysAboveGround>
<bldg:lod0RoofEdge><gml:MultiSurface><gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3249943 136.3689643 0 36.3251119 136.3689037 0 36.3250869 136.3688295 0 36.3249693 136.36889 0 36.3249943 136.3689643 0</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember></gml:MultiSurface></bldg:lod0RoofEdge>
<bldg:lod1Solid><gml:Solid><gml:exterior><gml:CompositeSurface>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3249693 136.36889 9.56 36.3250869 136.3688295 9.56 36.3251119 136.3689037 9.56 36.3249943 136.3689643 9.56 36.3249693 136.36889 9.56</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3249943 136.3689643 9.56 36.3251119 136.3689037 9.56 36.3251119 136.3689037 14.82 36.3249943 136.3689643 14.82 36.3249943 136.3689643 9.56</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3251119 136.3689037 9.56 36.3250869 136.3688295 9.56 36.3250869 136.3688295 14.82 36.3251119 136.3689037 14.82 36.3251119 136.3689037 9.56</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3250869 136.3688295 9.56 36.3249693 136.36889 9.56 36.3249693 136.36889 14.82 36.3250869 136.3688295 14.82 36.3250869 136.3688295 9.56</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3249693 136.36889 9.56 36.3249943 136.3689643 9.56 36.3249943 136.3689643 14.82 36.3249693 136.36889 14.82 36.3249693 136.36889 9.56</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3249943 136.3689643 14.82 36.3251119 136.3689037 14.82 36.3250869 136.3688295 14.82 36.3249693 136.36889 14.82 36.3249943 136.3689643 14.82</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
</gml:CompositeSurface></gml:exterior></gml:Solid></bldg:lod1Solid>
<uro:bldgDataQualityAttribute>
<uro:DataQualityAttribute>
<uro:lod1HeightType codeSpace="../../codelists/DataQualityAttribute_lod1HeightType.xml">2</uro:lod1HeightType>
</uro:DataQualityAttribute>
</uro:bldgDataQualityAttribute>
<uro:buildingDetailAttribute>
<uro:BuildingDetailAttribute>
<uro:totalFloorArea uom="m2">95.14</uro:totalFloorArea>
<uro:buildingFootprintArea uom="m2">102.1</uro:buildingFootprintArea>
<uro:buildingStructureType codeSpace="../../codelists/Building_buildingStructureType.xml">601</uro:buildingStructureType>
<uro:surveyYear>2021</uro:surveyYear>
</uro:BuildingDetailAttribute>
</uro:buildingDetailAttribute>
<uro:buildingIDAttribute>
<uro:BuildingIDAttribute>
<uro:buildingID>17206-bldg-2887</uro:buildingID>
<uro:prefecture codeSpace="../../codelists/Common_localPublicAuthorities.xml">17</uro:prefecture>
<uro:city codeSpace="../../codelists/Common_localPublicAuthorities.xml">17206</uro:city>
</uro:BuildingIDAttribute>
</uro:buildingIDAttribute>
</bldg:Building>
</core:cityObjectMember>
<core:cityObjectMember>
<bldg:Building gml:id="bldg_46d79425-0cba-449a-911f-6a04e2699d4a">
<core:creationDate>2025-03-21</core:creationDate>
<bldg:class codeSpace="../../codelists/Building_class.xml">3001</bldg:class>
<bldg:usage codeSpace="../../codelists/Building_usage.xml">451</bldg:usage>
<bldg:yearOfConstruction>2000</bldg:yearOfConstruction>
<bldg:measuredHeight uom="m">5.9</bldg:measuredHeight>
<bldg:storeysAboveGround>1</bldg:storeysAboveGround>
<bldg:lod0RoofEdge><gml:MultiSurface><gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3265354 136.368146 0 36.3265952 136.3681152 0 36.3265738 136.3680518 0 36.3265141 136.3680825 0 36.3265354 136.368146 0</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember></gml:MultiSurface></bldg:lod0RoofEdge>
<bldg:lod1Solid><gml:Solid><gml:exterior><gml:CompositeSurface>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3265141 136.3680825 8.86 36.3265738 136.3680518 8.86 36.3265952 136.3681152 8.86 36.3265354 136.368146 8.86 36.3265141 136.3680825 8.86</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3265354 136.368146 8.86 36.3265952 136.3681152 8.86 36.3265952 136.3681152 14.18 36.3265354 136.368146 14.18 36.3265354 136.368146 8.86</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3265952 136.3681152 8.86 36.3265738 136.3680518 8.86 36.3265738 136.3680518 14.18 36.3265952 136.3681152 14.18 36.3265952 136.3681152 8.86</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3265738 136.3680518 8.86 36.3265141 136.3680825 8.86 36.3265141 136.3680825 14.18 36.3265738 136.3680518 14.18 36.3265738 136.3680518 8.86</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3265141 136.3680825 8.86 36.3265354 136.368146 8.86 36.3265354 136.368146 14.18 36.3265141 136.3680825 14.18 36.3265141 136.3680825 8.86</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3265354 136.368146 14.18 36.3265952 136.3681152 14.18 36.3265738 136.3680518 14.18 36.3265141 136.3680825 14.18 36.3265354 136.368146 14.18</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
</gml:CompositeSurface></gml:exterior></gml:Solid></bldg:lod1Solid>
<uro:bldgDataQualityAttribute>
<uro:DataQualityAttribute>
<uro:lod1HeightType codeSpace="../../codelists/DataQualityAttribute_lod1HeightType.xml">2</uro:lod1HeightType>
</uro:DataQualityAttribute>
</uro:bldgDataQualityAttribute>
<uro:buildingDetailAttribute>
<uro:BuildingDetailAttribute>
<uro:totalFloorArea uom="m2">41.54</uro:totalFloorArea>
<uro:buildingFootprintArea uom="m2">44.32</uro:buildingFootprintArea>
<uro:buildingStructureType codeSpace="../../codelists/Building_buildingStructureType.xml">601</uro:buildingStructureType>
<uro:surveyYear>2021</uro:surveyYear>
</uro:BuildingDetailAttribute>
</uro:buildingDetailAttribute>
<uro:buildingIDAttribute>
<uro:BuildingIDAttribute>
<uro:buildingID>17206-bldg-2889</uro:buildingID>
<uro:prefecture codeSpace="../../codelists/Common_localPublicAuthorities.xml">17</uro:prefecture>
<uro:city codeSpace="../../codelists/Common_localPublicAuthorities.xml">17206</uro:city>
</uro:BuildingIDAttribute>
</uro:buildingIDAttribute>
</bldg:Building>
</core:cityObjectMember>
<core:cityObjectMember>
<bldg:Building gml:id="bldg_17852c71-2d5d-4bb9-aff1-fe8e866ee445">
<core:creationDate>2025-03-21</core:creationDate>
<bldg:class codeSpace="../../codelists/Building_class.xml">3001</bldg:class>
<bldg:usage codeSpace="../../codelists/Building_usage.xml">411</bldg:usage>
<bldg:yearOfConstruction>1996</bldg:yearOfConstruction>
<bldg:measuredHeight uom="m">5.7</bldg:measuredHeight>
<bldg:storeysAboveGround>2</bldg:storeysAboveGround>
<bldg:lod0RoofEdge><gml:MultiSurface><gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3266149 136.3683086 0 36.3265436 136.3683453 0 36.3265726 136.3684314 0 36.3266439 136.3683947 0 36.3266149 136.3683086 0</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember></gml:MultiSurface></bldg:lod0RoofEdge>
<bldg:lod1Solid><gml:Solid><gml:exterior><gml:CompositeSurface>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3266439 136.3683947 8.89 36.3265726 136.3684314 8.89 36.3265436 136.3683453 8.89 36.3266149 136.3683086 8.89 36.3266439 136.3683947 8.89</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3266149 136.3683086 8.89 36.3265436 136.3683453 8.89 36.3265436 136.3683453 14.57 36.3266149 136.3683086 14.57 36.3266149 136.3683086 8.89</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3265436 136.3683453 8.89 36.3265726 136.3684314 8.89 36.3265726 136.3684314 14.57 36.3265436 136.3683453 14.57 36.3265436 136.3683453 8.89</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3265726 136.3684314 8.89 36.3266439 136.3683947 8.89 36.3266439 136.3683947 14.57 36.3265726 136.3684314 14.57 36.3265726 136.3684314 8.89</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3266439 136.3683947 8.89 36.3266149 136.3683086 8.89 36.3266149 136.3683086 14.57 36.3266439 136.3683947 14.57 36.3266439 136.3683947 8.89</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3266149 136.3683086 14.57 36.3265436 136.3683453 14.57 36.3265726 136.3684314 14.57 36.3266439 136.3683947 14.57 36.3266149 136.3683086 14.57</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
</gml:CompositeSurface></gml:exterior></gml:Solid></bldg:lod1Solid>
<uro:bldgDataQualityAttribute>
<uro:DataQualityAttribute>
<uro:lod1HeightType codeSpace="../../codelists/DataQualityAttribute_lod1HeightType.xml">2</uro:lod1HeightType>
</uro:DataQualityAttribute>
</uro:bldgDataQualityAttribute>
<uro:buildingDetailAttribute>
<uro:BuildingDetailAttribute>
<uro:totalFloorArea uom="m2">128.65</uro:totalFloorArea>
<uro:buildingFootprintArea uom="m2">71.82</uro:buildingFootprintArea>
<uro:buildingStructureType codeSpace="../../codelists/Building_buildingStructureType.xml">601</uro:buildingStructureType>
<uro:surveyYear>2021</uro:surveyYear>
</uro:BuildingDetailAttribute>
</uro:buildingDetailAttribute>
<uro:buildingIDAttribute>
<uro:BuildingIDAttribute>
<uro:buildingID>17206-bldg-2890</uro:buildingID>
<uro:prefecture codeSpace="../../codelists/Common_localPublicAuthorities.xml">17</uro:prefecture>
<uro:city codeSpace="../../codelists/Common_localPublicAuthorities.xml">17206</uro:city>
</uro:BuildingIDAttribute>
</uro:buildingIDAttribute>
</bldg:Building>
</core:cityObjectMember>
<core:cityObjectMember>
<bldg:Building gml:id="bldg_12e6aee3-4531-450e-95e5-ec32ccf5a31c">
<core:creationDate>2025-03-21</core:creationDate>
<bldg:class codeSpace="../../codelists/Building_class.xml">3001</bldg:class>
<bldg:usage codeSpace="../../codelists/Building_usage.xml">411</bldg:usage>
<bldg:yearOfConstruction>1991</bldg:yearOfConstruction>
<bldg:measuredHeight uom="m">7.2</bldg:measuredHeight>
<bldg:storeysAboveGround>2</bldg:storeysAboveGround>
<bldg:lod0RoofEdge><gml:MultiSurface><gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3269564 136.3679893 0 36.3270469 136.3679427 0 36.3270193 136.367861 0 36.3269288 136.3679076 0 36.3269564 136.3679893 0</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember></gml:MultiSurface></bldg:lod0RoofEdge>
<bldg:lod1Solid><gml:Solid><gml:exterior><gml:CompositeSurface>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3269288 136.3679076 8.71 36.3270193 136.367861 8.71 36.3270469 136.3679427 8.71 36.3269564 136.3679893 8.71 36.3269288 136.3679076 8.71</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3269564 136.3679893 8.71 36.3270469 136.3679427 8.71 36.3270469 136.3679427 15.11 36.3269564 136.3679893 15.11 36.3269564 136.3679893 8.71</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3270469 136.3679427 8.71 36.3270193 136.367861 8.71 36.3270193 136.367861 15.11 36.3270469 136.3679427 15.11 36.3270469 136.3679427 8.71</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3270193 136.367861 8.71 36.3269288 136.3679076 8.71 36.3269288 136.3679076 15.11 36.3270193 136.367861 15.11 36.3270193 136.367861 8.71</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3269288 136.3679076 8.71 36.3269564 136.3679893 8.71 36.3269564 136.3679893 15.11 36.3269288 136.3679076 15.11 36.3269288 136.3679076 8.71</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3269564 136.3679893 15.11 36.3270469 136.3679427 15.11 36.3270193 136.367861 15.11 36.3269288 136.3679076 15.11 36.3269564 136.3679893 15.11</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
</gml:CompositeSurface></gml:exterior></gml:Solid></bldg:lod1Solid>
<uro:bldgDataQualityAttribute>
<uro:DataQualityAttribute>
<uro:lod1HeightType codeSpace="../../codelists/DataQualityAttribute_lod1HeightType.xml">2</uro:lod1HeightType>
</uro:DataQualityAttribute>
</uro:bldgDataQualityAttribute>
<uro:buildingDetailAttribute>
<uro:BuildingDetailAttribute>
<uro:totalFloorArea uom="m2">145.37</uro:totalFloorArea>
<uro:buildingFootprintArea uom="m2">86.53</uro:buildingFootprintArea>
<uro:buildingStructureType codeSpace="../../codelists/Building_buildingStructureType.xml">601</uro:buildingStructureType>
<uro:surveyYear>2021</uro:surveyYear>
</uro:BuildingDetailAttribute>
</uro:buildingDetailAttribute>
<uro:buildingIDAttribute>
<uro:BuildingIDAttribute>
<uro:buildingID>17206-bldg-2891</uro:buildingID>
<uro:prefecture codeSpace="../../codelists/Common_localPublicAuthorities.xml">17</uro:prefecture>
<uro:city codeSpace="../../codelists/Common_localPublicAuthorities.xml">17206</uro:city>
</uro:BuildingIDAttribute>
</uro:buildingIDAttribute>
</bldg:Building>
</core:cityObjectMember>
<core:cityObjectMember>
<bldg:Building gml:id="bldg_505c82ad-0df9-4c72-bad5-dcab711538ad">
<core:creationDate>2025-03-21</core:creationDate>
<bldg:class codeSpace="../../codelists/Building_class.xml">3003</bldg:class>
<bldg:usage codeSpace="../../codelists/Building_usage.xml">454</bldg:usage>
<bldg:yearOfConstruction>2013</bldg:yearOfConstruction>
<bldg:measuredHeight uom="m">2.9</bldg:measuredHeight>
<bldg:storeysAboveGround>1</bldg:storeysAboveGround>
<bldg:lod0RoofEdge><gml:MultiSurface><gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3269675 136.3678696 0 36.3270141 136.3678455 0 36.3269993 136.3678016 0 36.3269526 136.3678256 0 36.3269675 136.3678696 0</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember></gml:MultiSurface></bldg:lod0RoofEdge>
<bldg:lod1Solid><gml:Solid><gml:exterior><gml:CompositeSurface>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3269526 136.3678256 8.71 36.3269993 136.3678016 8.71 36.3270141 136.3678455 8.71 36.3269675 136.3678696 8.71 36.3269526 136.3678256 8.71</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3269675 136.3678696 8.71 36.3270141 136.3678455 8.71 36.3270141 136.3678455 11.47 36.3269675 136.3678696 11.47 36.3269675 136.3678696 8.71</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3270141 136.3678455 8.71 36.3269993 136.3678016 8.71 36.3269993 136.3678016 11.47 36.3270141 136.3678455 11.47 36.3270141 136.3678455 8.71</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3269993 136.3678016 8.71 36.3269526 136.3678256 8.71 36.3269526 136.3678256 11.47 36.3269993 136.3678016 11.47 36.3269993 136.3678016 8.71</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3269526 136.3678256 8.71 36.3269675 136.3678696 8.71 36.3269675 136.3678696 11.47 36.3269526 136.3678256 11.47 36.3269526 136.3678256 8.71</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3269675 136.3678696 11.47 36.3270141 136.3678455 11.47 36.3269993 136.3678016 11.47 36.3269526 136.3678256 11.47 36.3269675 136.3678696 11.47</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
</gml:CompositeSurface></gml:exterior></gml:Solid></bldg:lod1Solid>
<uro:bldgDataQualityAttribute>
<uro:DataQualityAttribute>
<uro:lod1HeightType codeSpace="../../codelists/DataQualityAttribute_lod1HeightType.xml">2</uro:lod1HeightType>
</uro:DataQualityAttribute>
</uro:bldgDataQualityAttribute>
<uro:buildingDetailAttribute>
<uro:BuildingDetailAttribute>
<uro:totalFloorArea uom="m2">20.26</uro:totalFloorArea>
<uro:buildingFootprintArea uom="m2">23.98</uro:buildingFootprintArea>
<uro:buildingStructureType codeSpace="../../codelists/Building_buildingStructureType.xml">611</uro:buildingStructureType>
<uro:surveyYear>2021</uro:surveyYear>
</uro:BuildingDetailAttribute>
</uro:buildingDetailAttribute>
<uro:buildingIDAttribute>
<uro:BuildingIDAttribute>
<uro:buildingID>17206-bldg-2892</uro:buildingID>
<uro:prefecture codeSpace="../../codelists/Common_localPublicAuthorities.xml">17</uro:prefecture>
<uro:city codeSpace="../../codelists/Common_localPublicAuthorities.xml">17206</uro:city>
</uro:BuildingIDAttribute>
</uro:buildingIDAttribute>
</bldg:Building>
</core:cityObjectMember>
<core:cityObjectMember>
<bldg:Building gml:id="bldg_e2331bbe-c713-475f-bfa0-815e386f9578">
<core:creationDate>2025-03-21</core:creationDate>
<bldg:class codeSpace="../../codelists/Building_class.xml">3001</bldg:class>
<bldg:usage codeSpace="../../codelists/Building_usage.xml">411</bldg:usage>
<bldg:yearOfConstruction>1994</bldg:yearOfConstruction>
<bldg:measuredHeight uom="m">7.4</bldg:measuredHeight>
<bldg:storeysAboveGround>2</bldg:storeysAboveGround>
<bldg:lod0RoofEdge><gml:MultiSurface><gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3270736 136.3679341 0 36.327144 136.3678978 0 36.327115 136.3678118 0 36.3270446 136.367848 0 36.3270736 136.3679341 0</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember></gml:MultiSurface></bldg:lod0RoofEdge>
<bldg:lod1Solid><gml:Solid><gml:exterior><gml:CompositeSurface>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3270446 136.367848 8.7 36.327115 136.3678118 8.7 36.327144 136.3678978 8.7 36.3270736 136.3679341 8.7 36.3270446 136.367848 8.7</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3270736 136.3679341 8.7 36.327144 136.3678978 8.7 36.327144 136.3678978 15.21 36.3270736 136.3679341 15.21 36.3270736 136.3679341 8.7</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.327144 136.3678978 8.7 36.327115 136.3678118 8.7 36.327115 136.3678118 15.21 36.327144 136.3678978 15.21 36.327144 136.3678978 8.7</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.327115 136.3678118 8.7 36.3270446 136.367848 8.7 36.3270446 136.367848 15.21 36.327115 136.3678118 15.21 36.327115 136.3678118 8.7</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3270446 136.367848 8.7 36.3270736 136.3679341 8.7 36.3270736 136.3679341 15.21 36.3270446 136.367848 15.21 36.3270446 136.367848 8.7</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3270736 136.3679341 15.21 36.327144 136.3678978 15.21 36.327115 136.3678118 15.21 36.3270446 136.367848 15.21 36.3270736 136.3679341 15.21</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
</gml:CompositeSurface></gml:exterior></gml:Solid></bldg:lod1Solid>
<uro:bldgDataQualityAttribute>
<uro:DataQualityAttribute>
<uro:lod1HeightType codeSpace="../../codelists/DataQualityAttribute_lod1HeightType.xml">2</uro:lod1HeightType>
</uro:DataQualityAttribute>
</uro:bldgDataQualityAttribute>
<uro:buildingDetailAttribute>
<uro:BuildingDetailAttribute>
<uro:totalFloorArea uom="m2">119.68</uro:totalFloorArea>
<uro:buildingFootprintArea uom="m2">70.79</uro:buildingFootprintArea>
<uro:buildingStructureType codeSpace="../../codelists/Building_buildingStructureType.xml">601</uro:buildingStructureType>
<uro:surveyYear>2021</uro:surveyYear>
</uro:BuildingDetailAttribute>
</uro:buildingDetailAttribute>
<uro:buildingIDAttribute>
<uro:BuildingIDAttribute>
<uro:buildingID>17206-bldg-2893</uro:buildingID>
<uro:prefecture codeSpace="../../codelists/Common_localPublicAuthorities.xml">17</uro:prefecture>
<uro:city codeSpace="../../codelists/Common_localPublicAuthorities.xml">17206</uro:city>
</uro:BuildingIDAttribute>
</uro:buildingIDAttribute>
</bldg:Building>
</core:cityObjectMember>
<core:cityObjectMember>
<bldg:Building gml:id="bldg_e00905e6-46bd-45a4-9c87-bd4fb6b3c788">
<core:creationDate>2025-03-21</core:creationDate>
<bldg:class codeSpace="../../codelists/Building_class.xml">3001</bldg:class>
<bldg:usage codeSpace="../../codelists/Building_usage.xml">411</bldg:usage>
<bldg:yearOfConstruction>2022</bldg:yearOfConstruction>
<bldg:measuredHeight uom="m">7.6</bldg:measuredHeight>
<bldg:storeysAboveGround>2</bldg:storeysAboveGround>
<bldg:lod0RoofEdge><gml:MultiSurface><gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.327508 136.3677362 0 36.3275889 136.3676945 0 36.3275598 136.3676082 0 36.3274789 136.3676499 0 36.327508 136.3677362 0</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember></gml:MultiSurface></bldg:lod0RoofEdge>
<bldg:lod1Solid><gml:Solid><gml:exterior><gml:CompositeSurface>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3274789 136.3676499 8.59 36.3275598 136.3676082 8.59 36.3275889 136.3676945 8.59 36.327508 136.3677362 8.59 36.3274789 136.3676499 8.59</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.327508 136.3677362 8.59 36.3275889 136.3676945 8.59 36.3275889 136.3676945 15.29 36.327508 136.3677362 15.29 36.327508 136.3677362 8.59</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3275889 136.3676945 8.59 36.3275598 136.3676082 8.59 36.3275598 136.3676082 15.29 36.3275889 136.3676945 15.29 36.3275889 136.3676945 8.59</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3275598 136.3676082 8.59 36.3274789 136.3676499 8.59 36.3274789 136.3676499 15.29 36.3275598 136.3676082 15.29 36.3275598 136.3676082 8.59</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3274789 136.3676499 8.59 36.327508 136.3677362 8.59 36.327508 136.3677362 15.29 36.3274789 136.3676499 15.29 36.3274789 136.3676499 8.59</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.327508 136.3677362 15.29 36.3275889 136.3676945 15.29 36.3275598 136.3676082 15.29 36.3274789 136.3676499 15.29 36.327508 136.3677362 15.29</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
</gml:CompositeSurface></gml:exterior></gml:Solid></bldg:lod1Solid>
<uro:bldgDataQualityAttribute>
<uro:DataQualityAttribute>
<uro:lod1HeightType codeSpace="../../codelists/DataQualityAttribute_lod1HeightType.xml">2</uro:lod1HeightType>
</uro:DataQualityAttribute>
</uro:bldgDataQualityAttribute>
<uro:buildingDetailAttribute>
<uro:BuildingDetailAttribute>
<uro:totalFloorArea uom="m2">150.37</uro:totalFloorArea>
<uro:buildingFootprintArea uom="m2">81.64</uro:buildingFootprintArea>
<uro:buildingStructureType codeSpace="../../codelists/Building_buildingStructureType.xml">601</uro:buildingStructureType>
<uro:surveyYear>2021</uro:surveyYear>
</uro:BuildingDetailAttribute>
</uro:buildingDetailAttribute>
<uro:buildingIDAttribute>
<uro:BuildingIDAttribute>
<uro:buildingID>17206-bldg-2894</uro:buildingID>
<uro:prefecture codeSpace="../../codelists/Common_localPublicAuthorities.xml">17</uro:prefecture>
<uro:city codeSpace="../../codelists/Common_localPublicAuthorities.xml">17206</uro:city>
</uro:BuildingIDAttribute>
</uro:buildingIDAttribute>
</bldg:Building>
</core:cityObjectMember>
<core:cityObjectMember>
<bldg:Building gml:id="bldg_38923b4d-7af9-4b02-bec7-9c651f910626">
<core:creationDate>2025-03-21</core:creationDate>
<bldg:class codeSpace="../../codelists/Building_class.xml">3001</bldg:class>
<bldg:usage codeSpace="../../codelists/Building_usage.xml">411</bldg:usage>
<bldg:yearOfConstruction>2002</bldg:yearOfConstruction>
<bldg:measuredHeight uom="m">4.9</bldg:measuredHeight>
<bldg:storeysAboveGround>1</bldg:storeysAboveGround>
<bldg:lod0RoofEdge><gml:MultiSurface><gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3271937 136.3680233 0 36.3270989 136.3680721 0 36.3271322 136.3681709 0 36.327227 136.3681221 0 36.3271937 136.3680233 0</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember></gml:MultiSurface></bldg:lod0RoofEdge>
<bldg:lod1Solid><gml:Solid><gml:exterior><gml:CompositeSurface>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.327227 136.3681221 8.69 36.3271322 136.3681709 8.69 36.3270989 136.3680721 8.69 36.3271937 136.3680233 8.69 36.327227 136.3681221 8.69</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3271937 136.3680233 8.69 36.3270989 136.3680721 8.69 36.3270989 136.3680721 12.63 36.3271937 136.3680233 12.63 36.3271937 136.3680233 8.69</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3270989 136.3680721 8.69 36.3271322 136.3681709 8.69 36.3271322 136.3681709 12.63 36.3270989 136.3680721 12.63 36.3270989 136.3680721 8.69</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3271322 136.3681709 8.69 36.327227 136.3681221 8.69 36.327227 136.3681221 12.63 36.3271322 136.3681709 12.63 36.3271322 136.3681709 8.69</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.327227 136.3681221 8.69 36.3271937 136.3680233 8.69 36.3271937 136.3680233 12.63 36.327227 136.3681221 12.63 36.327227 136.3681221 8.69</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3271937 136.3680233 12.63 36.3270989 136.3680721 12.63 36.3271322 136.3681709 12.63 36.327227 136.3681221 12.63 36.3271937 136.3680233 12.63</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
</gml:CompositeSurface></gml:exterior></gml:Solid></bldg:lod1Solid>
<uro:bldgDataQualityAttribute>
<uro:DataQualityAttribute>
<uro:lod1HeightType codeSpace="../../codelists/DataQualityAttribute_lod1HeightType.xml">2</uro:lod1HeightType>
</uro:DataQualityAttribute>
</uro:bldgDataQualityAttribute>
<uro:buildingDetailAttribute>
<uro:BuildingDetailAttribute>
<uro:totalFloorArea uom="m2">105.95</uro:totalFloorArea>
<uro:buildingFootprintArea uom="m2">109.54</uro:buildingFootprintArea>
<uro:buildingStructureType codeSpace="../../codelists/Building_buildingStructureType.xml">601</uro:buildingStructureType>
<uro:surveyYear>2021</uro:surveyYear>
</uro:BuildingDetailAttribute>
</uro:buildingDetailAttribute>
<uro:buildingIDAttribute>
<uro:BuildingIDAttribute>
<uro:buildingID>17206-bldg-2895</uro:buildingID>
<uro:prefecture codeSpace="../../codelists/Common_localPublicAuthorities.xml">17</uro:prefecture>
<uro:city codeSpace="../../codelists/Common_localPublicAuthorities.xml">17206</uro:city>
</uro:BuildingIDAttribute>
</uro:buildingIDAttribute>
</bldg:Building>
</core:cityObjectMember>
<core:cityObjectMember>
<bldg:Building gml:id="bldg_45f2a9dc-e9b0-4b6a-95e8-c1690ac89acf">
<core:creationDate>2025-03-21</core:creationDate>
<bldg:class codeSpace="../../codelists/Building_class.xml">3001</bldg:class>
<bldg:usage codeSpace="../../codelists/Building_usage.xml">411</bldg:usage>
<bldg:yearOfConstruction>1985</bldg:yearOfConstruction>
<bldg:measuredHeight uom="m">8.7</bldg:measuredHeight>
<bldg:storeysAboveGround>2</bldg:storeysAboveGround>
<bldg:lod0RoofEdge><gml:MultiSurface><gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3298306 136.3665138 0 36.3299387 136.3664581 0 36.3298943 136.3663267 0 36.3297863 136.3663824 0 36.3298306 136.3665138 0</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember></gml:MultiSurface></bldg:lod0RoofEdge>
<bldg:lod1Solid><gml:Solid><gml:exterior><gml:CompositeSurface>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3297863 136.3663824 8.13 36.3298943 136.3663267 8.13 36.3299387 136.3664581 8.13 36.3298306 136.3665138 8.13 36.3297863 136.3663824 8.13</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3298306 136.3665138 8.13 36.3299387 136.3664581 8.13 36.3299387 136.3664581 15.47 36.3298306 136.3665138 15.47 36.3298306 136.3665138 8.13</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3299387 136.3664581 8.13 36.3298943 136.3663267 8.13 36.3298943 136.3663267 15.47 36.3299387 136.3664581 15.47 36.3299387 136.3664581 8.13</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3298943 136.3663267 8.13 36.3297863 136.3663824 8.13 36.3297863 136.3663824 15.47 36.3298943 136.3663267 15.47 36.3298943 136.3663267 8.13</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3297863 136.3663824 8.13 36.3298306 136.3665138 8.13 36.3298306 136.3665138 15.47 36.3297863 136.3663824 15.47 36.3297863 136.3663824 8.13</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3298306 136.3665138 15.47 36.3299387 136.3664581 15.47 36.3298943 136.3663267 15.47 36.3297863 136.3663824 15.47 36.3298306 136.3665138 15.47</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
</gml:CompositeSurface></gml:exterior></gml:Solid></bldg:lod1Solid>
<uro:bldgDataQualityAttribute>
<uro:DataQualityAttribute>
<uro:lod1HeightType codeSpace="../../codelists/DataQualityAttribute_lod1HeightType.xml">2</uro:lod1HeightType>
</uro:DataQualityAttribute>
</uro:bldgDataQualityAttribute>
<uro:bldgDisasterRiskAttribute>
<uro:RiverFloodingRiskAttribute>
<uro:description codeSpace="../../codelists/RiverFloodingRiskAttribute_description.xml">3</uro:description>
<uro:rank codeSpace="../../codelists/RiverFloodingRiskAttribute_rank.xml">2</uro:rank>
<uro:depth uom="m">0.587</uro:depth>
<uro:adminType codeSpace="../../codelists/RiverFloodingRiskAttribute_adminType.xml">2</uro:adminType>
<uro:scale codeSpace="../../codelists/RiverFloodingRiskAttribute_scale.xml">2</uro:scale>
<uro:duration uom="hour">9.44</uro:duration>
</uro:RiverFloodingRiskAttribute>
</uro:bldgDisasterRiskAttribute>
<uro:buildingDetailAttribute>
<uro:BuildingDetailAttribute>
<uro:totalFloorArea uom="m2">279.9</uro:totalFloorArea>
<uro:buildingFootprintArea uom="m2">166.08</uro:buildingFootprintArea>
<uro:buildingStructureType codeSpace="../../codelists/Building_buildingStructureType.xml">601</uro:buildingStructureType>
<uro:surveyYear>2021</uro:surveyYear>
</uro:BuildingDetailAttribute>
</uro:buildingDetailAttribute>
<uro:buildingIDAttribute>
<uro:BuildingIDAttribute>
<uro:buildingID>17206-bldg-2896</uro:buildingID>
<uro:prefecture codeSpace="../../codelists/Common_localPublicAuthorities.xml">17</uro:prefecture>
<uro:city codeSpace="../../codelists/Common_localPublicAuthorities.xml">17206</uro:city>
</uro:BuildingIDAttribute>
</uro:buildingIDAttribute>
</bldg:Building>
</core:cityObjectMember>
<core:cityObjectMember>
<bldg:Building gml:id="bldg_49adfffe-fab7-45d3-baef-334c255bcc0d">
<core:creationDate>2025-03-21</core:creationDate>
<bldg:class codeSpace="../../codelists/Building_class.xml">3003</bldg:class>
<bldg:usage codeSpace="../../codelists/Building_usage.xml">451</bldg:usage>
<bldg:yearOfConstruction>1992</bldg:yearOfConstruction>
<bldg:measuredHeight uom="m">6.2</bldg:measuredHeight>
<bldg:storeysAboveGround>1</bldg:storeysAboveGround>
<bldg:lod0RoofEdge><gml:MultiSurface><gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3303736 136.3661768 0 36.330339 136.3660743 0 36.3302737 136.3661079 0 36.3303083 136.3662105 0 36.3303736 136.3661768 0</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember></gml:MultiSurface></bldg:lod0RoofEdge>
<bldg:lod1Solid><gml:Solid><gml:exterior><gml:CompositeSurface>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3303083 136.3662105 8.12 36.3302737 136.3661079 8.12 36.330339 136.3660743 8.12 36.3303736 136.3661768 8.12 36.3303083 136.3662105 8.12</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3303736 136.3661768 8.12 36.330339 136.3660743 8.12 36.330339 136.3660743 13.6 36.3303736 136.3661768 13.6 36.3303736 136.3661768 8.12</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.330339 136.3660743 8.12 36.3302737 136.3661079 8.12 36.3302737 136.3661079 13.6 36.330339 136.3660743 13.6 36.330339 136.3660743 8.12</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3302737 136.3661079 8.12 36.3303083 136.3662105 8.12 36.3303083 136.3662105 13.6 36.3302737 136.3661079 13.6 36.3302737 136.3661079 8.12</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3303083 136.3662105 8.12 36.3303736 136.3661768 8.12 36.3303736 136.3661768 13.6 36.3303083 136.3662105 13.6 36.3303083 136.3662105 8.12</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3303736 136.3661768 13.6 36.330339 136.3660743 13.6 36.3302737 136.3661079 13.6 36.3303083 136.3662105 13.6 36.3303736 136.3661768 13.6</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
</gml:CompositeSurface></gml:exterior></gml:Solid></bldg:lod1Solid>
<uro:bldgDataQualityAttribute>
<uro:DataQualityAttribute>
<uro:lod1HeightType codeSpace="../../codelists/DataQualityAttribute_lod1HeightType.xml">2</uro:lod1HeightType>
</uro:DataQualityAttribute>
</uro:bldgDataQualityAttribute>
<uro:bldgDisasterRiskAttribute>
<uro:RiverFloodingRiskAttribute>
<uro:description codeSpace="../../codelists/RiverFloodingRiskAttribute_description.xml">3</uro:description>
<uro:rank codeSpace="../../codelists/RiverFloodingRiskAttribute_rank.xml">2</uro:rank>
<uro:depth uom="m">0.893</uro:depth>
<uro:adminType codeSpace="../../codelists/RiverFloodingRiskAttribute_adminType.xml">2</uro:adminType>
<uro:scale codeSpace="../../codelists/RiverFloodingRiskAttribute_scale.xml">2</uro:scale>
<uro:duration uom="hour">12.75</uro:duration>
</uro:RiverFloodingRiskAttribute>
</uro:bldgDisasterRiskAttribute>
<uro:buildingDetailAttribute>
<uro:BuildingDetailAttribute>
<uro:totalFloorArea uom="m2">69.94</uro:totalFloorArea>
<uro:buildingFootprintArea uom="m2">78.28</uro:buildingFootprintArea>
<uro:buildingStructureType codeSpace="../../codelists/Building_buildingStructureType.xml">601</uro:buildingStructureType>
<uro:surveyYear>2021</uro:surveyYear>
</uro:BuildingDetailAttribute>
</uro:buildingDetailAttribute>
<uro:buildingIDAttribute>
<uro:BuildingIDAttribute>
<uro:buildingID>17206-bldg-2897</uro:buildingID>
<uro:prefecture codeSpace="../../codelists/Common_localPublicAuthorities.xml">17</uro:prefecture>
<uro:city codeSpace="../../codelists/Common_localPublicAuthorities.xml">17206</uro:city>
</uro:BuildingIDAttribute>
</uro:buildingIDAttribute>
</bldg:Building>
</core:cityObjectMember>
<core:cityObjectMember>
<bldg:Building gml:id="bldg_b73ead03-0af2-450e-a808-9b92730f2e3b">
<core:creationDate>2025-03-21</core:creationDate>
<bldg:class codeSpace="../../codelists/Building_class.xml">3001</bldg:class>
<bldg:usage codeSpace="../../codelists/Building_usage.xml">451</bldg:usage>
<bldg:yearOfConstruction>2009</bldg:yearOfConstruction>
<bldg:measuredHeight uom="m">5.6</bldg:measuredHeight>
<bldg:storeysAboveGround>1</bldg:storeysAboveGround>
<bldg:lod0RoofEdge><gml:MultiSurface><gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3319351 136.3653647 0 36.3320428 136.3653093 0 36.3320154 136.365228 0 36.3319077 136.3652835 0 36.3319351 136.3653647 0</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember></gml:MultiSurface></bldg:lod0RoofEdge>
<bldg:lod1Solid><gml:Solid><gml:exterior><gml:CompositeSurface>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3319077 136.3652835 7.34 36.3320154 136.365228 7.34 36.3320428 136.3653093 7.34 36.3319351 136.3653647 7.34 36.3319077 136.3652835 7.34</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3319351 136.3653647 7.34 36.3320428 136.3653093 7.34 36.3320428 136.3653093 12.27 36.3319351 136.3653647 12.27 36.3319351 136.3653647 7.34</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3320428 136.3653093 7.34 36.3320154 136.365228 7.34 36.3320154 136.365228 12.27 36.3320428 136.3653093 12.27 36.3320428 136.3653093 7.34</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3320154 136.365228 7.34 36.3319077 136.3652835 7.34 36.3319077 136.3652835 12.27 36.3320154 136.365228 12.27 36.3320154 136.365228 7.34</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3319077 136.3652835 7.34 36.3319351 136.3653647 7.34 36.3319351 136.3653647 12.27 36.3319077 136.3652835 12.27 36.3319077 136.3652835 7.34</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3319351 136.3653647 12.27 36.3320428 136.3653093 12.27 36.3320154 136.365228 12.27 36.3319077 136.3652835 12.27 36.3319351 136.3653647 12.27</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
</gml:CompositeSurface></gml:exterior></gml:Solid></bldg:lod1Solid>
<uro:bldgDataQualityAttribute>
<uro:DataQualityAttribute>
<uro:lod1HeightType codeSpace="../../codelists/DataQualityAttribute_lod1HeightType.xml">2</uro:lod1HeightType>
</uro:DataQualityAttribute>
</uro:bldgDataQualityAttribute>
<uro:bldgDisasterRiskAttribute>
<uro:RiverFloodingRiskAttribute>
<uro:description codeSpace="../../codelists/RiverFloodingRiskAttribute_description.xml">3</uro:description>
<uro:rank codeSpace="../../codelists/RiverFloodingRiskAttribute_rank.xml">2</uro:rank>
<uro:depth uom="m">0.57</uro:depth>
<uro:adminType codeSpace="../../codelists/RiverFloodingRiskAttribute_adminType.xml">2</uro:adminType>
<uro:scale codeSpace="../../codelists/RiverFloodingRiskAttribute_scale.xml">1</uro:scale>
<uro:duration uom="hour">11.69</uro:duration>
</uro:RiverFloodingRiskAttribute>
</uro:bldgDisasterRiskAttribute>
<uro:bldgDisasterRiskAttribute>
<uro:RiverFloodingRiskAttribute>
<uro:description codeSpace="../../codelists/RiverFloodingRiskAttribute_description.xml">3</uro:description>
<uro:rank codeSpace="../../codelists/RiverFloodingRiskAttribute_rank.xml">2</uro:rank>
<uro:depth uom="m">1.985</uro:depth>
<uro:adminType codeSpace="../../codelists/RiverFloodingRiskAttribute_adminType.xml">2</uro:adminType>
<uro:scale codeSpace="../../codelists/RiverFloodingRiskAttribute_scale.xml">2</uro:scale>
<uro:duration uom="hour">25.98</uro:duration>
</uro:RiverFloodingRiskAttribute>
</uro:bldgDisasterRiskAttribute>
<uro:buildingDetailAttribute>
<uro:BuildingDetailAttribute>
<uro:totalFloorArea uom="m2">89.8</uro:totalFloorArea>
<uro:buildingFootprintArea uom="m2">102.3</uro:buildingFootprintArea>
<uro:buildingStructureType codeSpace="../../codelists/Building_buildingStructureType.xml">601</uro:buildingStructureType>
<uro:surveyYear>2021</uro:surveyYear>
</uro:BuildingDetailAttribute>
</uro:buildingDetailAttribute>
<uro:buildingIDAttribute>
<uro:BuildingIDAttribute>
<uro:buildingID>17206-bldg-2898</uro:buildingID>
<uro:prefecture codeSpace="../../codelists/Common_localPublicAuthorities.xml">17</uro:prefecture>
<uro:city codeSpace="../../codelists/Common_localPublicAuthorities.xml">17206</uro:city>
</uro:BuildingIDAttribute>
</uro:buildingIDAttribute>
</bldg:Building>
</core:cityObjectMember>
<core:cityObjectMember>
<bldg:Building gml:id="bldg_99e249ca-c404-4f83-90ba-c82798a6fdff">
<core:creationDate>2025-03-21</core:creationDate>
<bldg:class codeSpace="../../codelists/Building_class.xml">3001</bldg:class>
<bldg:usage codeSpace="../../codelists/Building_usage.xml">411</bldg:usage>
<bldg:yearOfConstruction>2016</bldg:yearOfConstruction>
<bldg:measuredHeight uom="m">8.7</bldg:measuredHeight>
<bldg:storeysAboveGround>2</bldg:storeysAboveGround>
<bldg:lod0RoofEdge><gml:MultiSurface><gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3307298 136.3661975 0 36.3306046 136.3662619 0 36.3306479 136.3663902 0 36.3307731 136.3663258 0 36.3307298 136.3661975 0</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember></gml:MultiSurface></bldg:lod0RoofEdge>
<bldg:lod1Solid><gml:Solid><gml:exterior><gml:CompositeSurface>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3307731 136.3663258 8.06 36.3306479 136.3663902 8.06 36.3306046 136.3662619 8.06 36.3307298 136.3661975 8.06 36.3307731 136.3663258 8.06</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3307298 136.3661975 8.06 36.3306046 136.3662619 8.06 36.3306046 136.3662619 15.43 36.3307298 136.3661975 15.43 36.3307298 136.3661975 8.06</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3306046 136.3662619 8.06 36.3306479 136.3663902 8.06 36.3306479 136.3663902 15.43 36.3306046 136.3662619 15.43 36.3306046 136.3662619 8.06</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3306479 136.3663902 8.06 36.3307731 136.3663258 8.06 36.3307731 136.3663258 15.43 36.3306479 136.3663902 15.43 36.3306479 136.3663902 8.06</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3307731 136.3663258 8.06 36.3307298 136.3661975 8.06 36.3307298 136.3661975 15.43 36.3307731 136.3663258 15.43 36.3307731 136.3663258 8.06</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3307298 136.3661975 15.43 36.3306046 136.3662619 15.43 36.3306479 136.3663902 15.43 36.3307731 136.3663258 15.43 36.3307298 136.3661975 15.43</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
</gml:CompositeSurface></gml:exterior></gml:Solid></bldg:lod1Solid>
<uro:bldgDataQualityAttribute>
<uro:DataQualityAttribute>
<uro:lod1HeightType codeSpace="../../codelists/DataQualityAttribute_lod1HeightType.xml">2</uro:lod1HeightType>
</uro:DataQualityAttribute>
</uro:bldgDataQualityAttribute>
<uro:bldgDisasterRiskAttribute>
<uro:RiverFloodingRiskAttribute>
<uro:description codeSpace="../../codelists/RiverFloodingRiskAttribute_description.xml">3</uro:description>
<uro:rank codeSpace="../../codelists/RiverFloodingRiskAttribute_rank.xml">2</uro:rank>
<uro:depth uom="m">0.965</uro:depth>
<uro:adminType codeSpace="../../codelists/RiverFloodingRiskAttribute_adminType.xml">2</uro:adminType>
<uro:scale codeSpace="../../codelists/RiverFloodingRiskAttribute_scale.xml">2</uro:scale>
<uro:duration uom="hour">12.06</uro:duration>
</uro:RiverFloodingRiskAttribute>
</uro:bldgDisasterRiskAttribute>
<uro:buildingDetailAttribute>
<uro:BuildingDetailAttribute>
<uro:totalFloorArea uom="m2">361.14</uro:totalFloorArea>
<uro:buildingFootprintArea uom="m2">187.84</uro:buildingFootprintArea>
<uro:buildingStructureType codeSpace="../../codelists/Building_buildingStructureType.xml">601</uro:buildingStructureType>
<uro:surveyYear>2021</uro:surveyYear>
</uro:BuildingDetailAttribute>
</uro:buildingDetailAttribute>
<uro:buildingIDAttribute>
<uro:BuildingIDAttribute>
<uro:buildingID>17206-bldg-2899</uro:buildingID>
<uro:prefecture codeSpace="../../codelists/Common_localPublicAuthorities.xml">17</uro:prefecture>
<uro:city codeSpace="../../codelists/Common_localPublicAuthorities.xml">17206</uro:city>
</uro:BuildingIDAttribute>
</uro:buildingIDAttribute>
</bldg:Building>
</core:cityObjectMember>
<core:cityObjectMember>
<bldg:Building gml:id="bldg_1144136a-aa61-4bb7-bac9-b18717770f33">
<core:creationDate>2025-03-21</core:creationDate>
<bldg:class codeSpace="../../codelists/Building_class.xml">3003</bldg:class>
<bldg:usage codeSpace="../../codelists/Building_usage.xml">451</bldg:usage>
<bldg:yearOfConstruction>2013</bldg:yearOfConstruction>
<bldg:measuredHeight uom="m">5.9</bldg:measuredHeight>
<bldg:storeysAboveGround>1</bldg:storeysAboveGround>
<bldg:lod0RoofEdge><gml:MultiSurface><gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3309281 136.3661703 0 36.3307986 136.366237 0 36.3308229 136.366309 0 36.3309524 136.3662423 0 36.3309281 136.3661703 0</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember></gml:MultiSurface></bldg:lod0RoofEdge>
<bldg:lod1Solid><gml:Solid><gml:exterior><gml:CompositeSurface>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3309524 136.3662423 8.04 36.3308229 136.366309 8.04 36.3307986 136.366237 8.04 36.3309281 136.3661703 8.04 36.3309524 136.3662423 8.04</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3309281 136.3661703 8.04 36.3307986 136.366237 8.04 36.3307986 136.366237 13.36 36.3309281 136.3661703 13.36 36.3309281 136.3661703 8.04</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3307986 136.366237 8.04 36.3308229 136.366309 8.04 36.3308229 136.366309 13.36 36.3307986 136.366237 13.36 36.3307986 136.366237 8.04</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3308229 136.366309 8.04 36.3309524 136.3662423 8.04 36.3309524 136.3662423 13.36 36.3308229 136.366309 13.36 36.3308229 136.366309 8.04</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3309524 136.3662423 8.04 36.3309281 136.3661703 8.04 36.3309281 136.3661703 13.36 36.3309524 136.3662423 13.36 36.3309524 136.3662423 8.04</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3309281 136.3661703 13.36 36.3307986 136.366237 13.36 36.3308229 136.366309 13.36 36.3309524 136.3662423 13.36 36.3309281 136.3661703 13.36</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
</gml:CompositeSurface></gml:exterior></gml:Solid></bldg:lod1Solid>
<uro:bldgDataQualityAttribute>
<uro:DataQualityAttribute>
<uro:lod1HeightType codeSpace="../../codelists/DataQualityAttribute_lod1HeightType.xml">2</uro:lod1HeightType>
</uro:DataQualityAttribute>
</uro:bldgDataQualityAttribute>
<uro:bldgDisasterRiskAttribute>
<uro:RiverFloodingRiskAttribute>
<uro:description codeSpace="../../codelists/RiverFloodingRiskAttribute_description.xml">3</uro:description>
<uro:rank codeSpace="../../codelists/RiverFloodingRiskAttribute_rank.xml">2</uro:rank>
<uro:depth uom="m">0.902</uro:depth>
<uro:adminType codeSpace="../../codelists/RiverFloodingRiskAttribute_adminType.xml">2</uro:adminType>
<uro:scale codeSpace="../../codelists/RiverFloodingRiskAttribute_scale.xml">2</uro:scale>
<uro:duration uom="hour">12.93</uro:duration>
</uro:RiverFloodingRiskAttribute>
</uro:bldgDisasterRiskAttribute>
<uro:buildingDetailAttribute>
<uro:BuildingDetailAttribute>
<uro:totalFloorArea uom="m2">104.4</uro:totalFloorArea>
<uro:buildingFootprintArea uom="m2">109.07</uro:buildingFootprintArea>
<uro:buildingStructureType codeSpace="../../codelists/Building_buildingStructureType.xml">601</uro:buildingStructureType>
<uro:surveyYear>2021</uro:surveyYear>
</uro:BuildingDetailAttribute>
</uro:buildingDetailAttribute>
<uro:buildingIDAttribute>
<uro:BuildingIDAttribute>
<uro:buildingID>17206-bldg-2900</uro:buildingID>
<uro:prefecture codeSpace="../../codelists/Common_localPublicAuthorities.xml">17</uro:prefecture>
<uro:city codeSpace="../../codelists/Common_localPublicAuthorities.xml">17206</uro:city>
</uro:BuildingIDAttribute>
</uro:buildingIDAttribute>
</bldg:Building>
</core:cityObjectMember>
<core:cityObjectMember>
<bldg:Building gml:id="bldg_0d6dc16c-287f-4237-aa44-c2630fec67ad">
<core:creationDate>2025-03-21</core:creationDate>
<bldg:class codeSpace="../../codelists/Building_class.xml">3001</bldg:class>
<bldg:usage codeSpace="../../codelists/Building_usage.xml">411</bldg:usage>
<bldg:yearOfConstruction>2023</bldg:yearOfConstruction>
<bldg:measuredHeight uom="m">4.8</bldg:measuredHeight>
<bldg:storeysAboveGround>1</bldg:storeysAboveGround>
<bldg:lod0RoofEdge><gml:MultiSurface><gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3269568 136.3737811 0 36.3270247 136.3737461 0 36.3269976 136.3736658 0 36.3269297 136.3737007 0 36.3269568 136.3737811 0</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember></gml:MultiSurface></bldg:lod0RoofEdge>
<bldg:lod1Solid><gml:Solid><gml:exterior><gml:CompositeSurface>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3269297 136.3737007 8.79 36.3269976 136.3736658 8.79 36.3270247 136.3737461 8.79 36.3269568 136.3737811 8.79 36.3269297 136.3737007 8.79</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3269568 136.3737811 8.79 36.3270247 136.3737461 8.79 36.3270247 136.3737461 12.78 36.3269568 136.3737811 12.78 36.3269568 136.3737811 8.79</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3270247 136.3737461 8.79 36.3269976 136.3736658 8.79 36.3269976 136.3736658 12.78 36.3270247 136.3737461 12.78 36.3270247 136.3737461 8.79</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3269976 136.3736658 8.79 36.3269297 136.3737007 8.79 36.3269297 136.3737007 12.78 36.3269976 136.3736658 12.78 36.3269976 136.3736658 8.79</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3269297 136.3737007 8.79 36.3269568 136.3737811 8.79 36.3269568 136.3737811 12.78 36.3269297 136.3737007 12.78 36.3269297 136.3737007 8.79</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3269568 136.3737811 12.78 36.3270247 136.3737461 12.78 36.3269976 136.3736658 12.78 36.3269297 136.3737007 12.78 36.3269568 136.3737811 12.78</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
</gml:CompositeSurface></gml:exterior></gml:Solid></bldg:lod1Solid>
<uro:bldgDataQualityAttribute>
<uro:DataQualityAttribute>
<uro:lod1HeightType codeSpace="../../codelists/DataQualityAttribute_lod1HeightType.xml">2</uro:lod1HeightType>
</uro:DataQualityAttribute>
</uro:bldgDataQualityAttribute>
<uro:buildingDetailAttribute>
<uro:BuildingDetailAttribute>
<uro:totalFloorArea uom="m2">54</uro:totalFloorArea>
<uro:buildingFootprintArea uom="m2">63.83</uro:buildingFootprintArea>
<uro:buildingStructureType codeSpace="../../codelists/Building_buildingStructureType.xml">605</uro:buildingStructureType>
<uro:surveyYear>2021</uro:surveyYear>
</uro:BuildingDetailAttribute>
</uro:buildingDetailAttribute>
<uro:buildingIDAttribute>
<uro:BuildingIDAttribute>
<uro:buildingID>17206-bldg-2901</uro:buildingID>
<uro:prefecture codeSpace="../../codelists/Common_localPublicAuthorities.xml">17</uro:prefecture>
<uro:city codeSpace="../../codelists/Common_localPublicAuthorities.xml">17206</uro:city>
</uro:BuildingIDAttribute>
</uro:buildingIDAttribute>
</bldg:Building>
</core:cityObjectMember>
<core:cityObjectMember>
<bldg:Building gml:id="bldg_acfe669d-a5af-42c3-be08-54294d57ad59">
<core:creationDate>2025-03-21</core:creationDate>
<bldg:class codeSpace="../../codelists/Building_class.xml">3001</bldg:class>
<bldg:usage codeSpace="../../codelists/Building_usage.xml">411</bldg:usage>
<bldg:yearOfConstruction>1976</bldg:yearOfConstruction>
<bldg:measuredHeight uom="m">4.8</bldg:measuredHeight>
<bldg:storeysAboveGround>1</bldg:storeysAboveGround>
<bldg:lod0RoofEdge><gml:MultiSurface><gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3268964 136.373602 0 36.3269662 136.3735661 0 36.3269384 136.3734836 0 36.3268686 136.3735195 0 36.3268964 136.373602 0</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember></gml:MultiSurface></bldg:lod0RoofEdge>
<bldg:lod1Solid><gml:Solid><gml:exterior><gml:CompositeSurface>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3268686 136.3735195 8.76 36.3269384 136.3734836 8.76 36.3269662 136.3735661 8.76 36.3268964 136.373602 8.76 36.3268686 136.3735195 8.76</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3268964 136.373602 8.76 36.3269662 136.3735661 8.76 36.3269662 136.3735661 12.73 36.3268964 136.373602 12.73 36.3268964 136.373602 8.76</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3269662 136.3735661 8.76 36.3269384 136.3734836 8.76 36.3269384 136.3734836 12.73 36.3269662 136.3735661 12.73 36.3269662 136.3735661 8.76</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3269384 136.3734836 8.76 36.3268686 136.3735195 8.76 36.3268686 136.3735195 12.73 36.3269384 136.3734836 12.73 36.3269384 136.3734836 8.76</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3268686 136.3735195 8.76 36.3268964 136.373602 8.76 36.3268964 136.373602 12.73 36.3268686 136.3735195 12.73 36.3268686 136.3735195 8.76</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3268964 136.373602 12.73 36.3269662 136.3735661 12.73 36.3269384 136.3734836 12.73 36.3268686 136.3735195 12.73 36.3268964 136.373602 12.73</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
</gml:CompositeSurface></gml:exterior></gml:Solid></bldg:lod1Solid>
<uro:bldgDataQualityAttribute>
<uro:DataQualityAttribute>
<uro:lod1HeightType codeSpace="../../codelists/DataQualityAttribute_lod1HeightType.xml">2</uro:lod1HeightType>
</uro:DataQualityAttribute>
</uro:bldgDataQualityAttribute>
<uro:buildingDetailAttribute>
<uro:BuildingDetailAttribute>
<uro:totalFloorArea uom="m2">61.92</uro:totalFloorArea>
<uro:buildingFootprintArea uom="m2">67.32</uro:buildingFootprintArea>
<uro:buildingStructureType codeSpace="../../codelists/Building_buildingStructureType.xml">601</uro:buildingStructureType>
<uro:surveyYear>2021</uro:surveyYear>
</uro:BuildingDetailAttribute>
</uro:buildingDetailAttribute>
<uro:buildingIDAttribute>
<uro:BuildingIDAttribute>
<uro:buildingID>17206-bldg-2902</uro:buildingID>
<uro:prefecture codeSpace="../../codelists/Common_localPublicAuthorities.xml">17</uro:prefecture>
<uro:city codeSpace="../../codelists/Common_localPublicAuthorities.xml">17206</uro:city>
</uro:BuildingIDAttribute>
</uro:buildingIDAttribute>
</bldg:Building>
</core:cityObjectMember>
<core:cityObjectMember>
<bldg:Building gml:id="bldg_9be79906-687e-4525-84c6-dbb5dffafbb4">
<core:creationDate>2025-03-21</core:creationDate>
<bldg:class codeSpace="../../codelists/Building_class.xml">3001</bldg:class>
<bldg:usage codeSpace="../../codelists/Building_usage.xml">411</bldg:usage>
<bldg:yearOfConstruction>1994</bldg:yearOfConstruction>
<bldg:measuredHeight uom="m">8</bldg:measuredHeight>
<bldg:storeysAboveGround>2</bldg:storeysAboveGround>
<bldg:lod0RoofEdge><gml:MultiSurface><gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3271101 136.3738549 0 36.3270147 136.373904 0 36.3270464 136.3739982 0 36.3271419 136.373949 0 36.3271101 136.3738549 0</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember></gml:MultiSurface></bldg:lod0RoofEdge>
<bldg:lod1Solid><gml:Solid><gml:exterior><gml:CompositeSurface>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3271419 136.373949 8.73 36.3270464 136.3739982 8.73 36.3270147 136.373904 8.73 36.3271101 136.3738549 8.73 36.3271419 136.373949 8.73</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3271101 136.3738549 8.73 36.3270147 136.373904 8.73 36.3270147 136.373904 15.8 36.3271101 136.3738549 15.8 36.3271101 136.3738549 8.73</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3270147 136.373904 8.73 36.3270464 136.3739982 8.73 36.3270464 136.3739982 15.8 36.3270147 136.373904 15.8 36.3270147 136.373904 8.73</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3270464 136.3739982 8.73 36.3271419 136.373949 8.73 36.3271419 136.373949 15.8 36.3270464 136.3739982 15.8 36.3270464 136.3739982 8.73</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3271419 136.373949 8.73 36.3271101 136.3738549 8.73 36.3271101 136.3738549 15.8 36.3271419 136.373949 15.8 36.3271419 136.373949 8.73</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3271101 136.3738549 15.8 36.3270147 136.373904 15.8 36.3270464 136.3739982 15.8 36.3271419 136.373949 15.8 36.3271101 136.3738549 15.8</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
</gml:CompositeSurface></gml:exterior></gml:Solid></bldg:lod1Solid>
<uro:bldgDataQualityAttribute>
<uro:DataQualityAttribute>
<uro:lod1HeightType codeSpace="../../codelists/DataQualityAttribute_lod1HeightType.xml">2</uro:lod1HeightType>
</uro:DataQualityAttribute>
</uro:bldgDataQualityAttribute>
<uro:buildingDetailAttribute>
<uro:BuildingDetailAttribute>
<uro:totalFloorArea uom="m2">177.92</uro:totalFloorArea>
<uro:buildingFootprintArea uom="m2">105.14</uro:buildingFootprintArea>
<uro:buildingStructureType codeSpace="../../codelists/Building_buildingStructureType.xml">601</uro:buildingStructureType>
<uro:surveyYear>2021</uro:surveyYear>
</uro:BuildingDetailAttribute>
</uro:buildingDetailAttribute>
<uro:buildingIDAttribute>
<uro:BuildingIDAttribute>
<uro:buildingID>17206-bldg-2903</uro:buildingID>
<uro:prefecture codeSpace="../../codelists/Common_localPublicAuthorities.xml">17</uro:prefecture>
<uro:city codeSpace="../../codelists/Common_localPublicAuthorities.xml">17206</uro:city>
</uro:BuildingIDAttribute>
</uro:buildingIDAttribute>
</bldg:Building>
</core:cityObjectMember>
<core:cityObjectMember>
<bldg:Building gml:id="bldg_346e1e03-71b2-4e48-aeb9-27908e840cd9">
<core:creationDate>2025-03-21</core:creationDate>
<bldg:class codeSpace="../../codelists/Building_class.xml">3001</bldg:class>
<bldg:usage codeSpace="../../codelists/Building_usage.xml">454</bldg:usage>
<bldg:yearOfConstruction>1963</bldg:yearOfConstruction>
<bldg:measuredHeight uom="m">2.7</bldg:measuredHeight>
<bldg:storeysAboveGround>1</bldg:storeysAboveGround>
<bldg:lod0RoofEdge><gml:MultiSurface><gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3271471 136.3739645 0 36.3271006 136.3739884 0 36.3271123 136.374023 0 36.3271588 136.3739991 0 36.3271471 136.3739645 0</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember></gml:MultiSurface></bldg:lod0RoofEdge>
<bldg:lod1Solid><gml:Solid><gml:exterior><gml:CompositeSurface>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3271588 136.3739991 8.73 36.3271123 136.374023 8.73 36.3271006 136.3739884 8.73 36.3271471 136.3739645 8.73 36.3271588 136.3739991 8.73</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3271471 136.3739645 8.73 36.3271006 136.3739884 8.73 36.3271006 136.3739884 11.25 36.3271471 136.3739645 11.25 36.3271471 136.3739645 8.73</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3271006 136.3739884 8.73 36.3271123 136.374023 8.73 36.3271123 136.374023 11.25 36.3271006 136.3739884 11.25 36.3271006 136.3739884 8.73</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3271123 136.374023 8.73 36.3271588 136.3739991 8.73 36.3271588 136.3739991 11.25 36.3271123 136.374023 11.25 36.3271123 136.374023 8.73</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3271588 136.3739991 8.73 36.3271471 136.3739645 8.73 36.3271471 136.3739645 11.25 36.3271588 136.3739991 11.25 36.3271588 136.3739991 8.73</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3271471 136.3739645 11.25 36.3271006 136.3739884 11.25 36.3271123 136.374023 11.25 36.3271588 136.3739991 11.25 36.3271471 136.3739645 11.25</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
</gml:CompositeSurface></gml:exterior></gml:Solid></bldg:lod1Solid>
<uro:bldgDataQualityAttribute>
<uro:DataQualityAttribute>
<uro:lod1HeightType codeSpace="../../codelists/DataQualityAttribute_lod1HeightType.xml">2</uro:lod1HeightType>
</uro:DataQualityAttribute>
</uro:bldgDataQualityAttribute>
<uro:buildingDetailAttribute>
<uro:BuildingDetailAttribute>
<uro:totalFloorArea uom="m2">16.67</uro:totalFloorArea>
<uro:buildingFootprintArea uom="m2">18.79</uro:buildingFootprintArea>
<uro:buildingStructureType codeSpace="../../codelists/Building_buildingStructureType.xml">611</uro:buildingStructureType>
<uro:surveyYear>2021</uro:surveyYear>
</uro:BuildingDetailAttribute>
</uro:buildingDetailAttribute>
<uro:buildingIDAttribute>
<uro:BuildingIDAttribute>
<uro:buildingID>17206-bldg-2904</uro:buildingID>
<uro:prefecture codeSpace="../../codelists/Common_localPublicAuthorities.xml">17</uro:prefecture>
<uro:city codeSpace="../../codelists/Common_localPublicAuthorities.xml">17206</uro:city>
</uro:BuildingIDAttribute>
</uro:buildingIDAttribute>
</bldg:Building>
</core:cityObjectMember>
<core:cityObjectMember>
<bldg:Building gml:id="bldg_995eb790-e6b5-46e4-9c2d-db50909952de">
<core:creationDate>2025-03-21</core:creationDate>
<bldg:class codeSpace="../../codelists/Building_class.xml">3001</bldg:class>
<bldg:usage codeSpace="../../codelists/Building_usage.xml">411</bldg:usage>
<bldg:yearOfConstruction>0001</bldg:yearOfConstruction>
<bldg:measuredHeight uom="m">7.3</bldg:measuredHeight>
<bldg:storeysAboveGround>2</bldg:storeysAboveGround>
<bldg:lod0RoofEdge><gml:MultiSurface><gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3287282 136.3728645 0 36.3286945 136.3727646 0 36.3286258 136.3728 0 36.3286595 136.3728998 0 36.3287282 136.3728645 0</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember></gml:MultiSurface></bldg:lod0RoofEdge>
<bldg:lod1Solid><gml:Solid><gml:exterior><gml:CompositeSurface>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3286595 136.3728998 8.58 36.3286258 136.3728 8.58 36.3286945 136.3727646 8.58 36.3287282 136.3728645 8.58 36.3286595 136.3728998 8.58</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3287282 136.3728645 8.58 36.3286945 136.3727646 8.58 36.3286945 136.3727646 15.05 36.3287282 136.3728645 15.05 36.3287282 136.3728645 8.58</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3286945 136.3727646 8.58 36.3286258 136.3728 8.58 36.3286258 136.3728 15.05 36.3286945 136.3727646 15.05 36.3286945 136.3727646 8.58</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3286258 136.3728 8.58 36.3286595 136.3728998 8.58 36.3286595 136.3728998 15.05 36.3286258 136.3728 15.05 36.3286258 136.3728 8.58</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3286595 136.3728998 8.58 36.3287282 136.3728645 8.58 36.3287282 136.3728645 15.05 36.3286595 136.3728998 15.05 36.3286595 136.3728998 8.58</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3287282 136.3728645 15.05 36.3286945 136.3727646 15.05 36.3286258 136.3728 15.05 36.3286595 136.3728998 15.05 36.3287282 136.3728645 15.05</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
</gml:CompositeSurface></gml:exterior></gml:Solid></bldg:lod1Solid>
<uro:bldgDataQualityAttribute>
<uro:DataQualityAttribute>
<uro:lod1HeightType codeSpace="../../codelists/DataQualityAttribute_lod1HeightType.xml">2</uro:lod1HeightType>
</uro:DataQualityAttribute>
</uro:bldgDataQualityAttribute>
<uro:buildingDetailAttribute>
<uro:BuildingDetailAttribute>
<uro:totalFloorArea uom="m2">137.61</uro:totalFloorArea>
<uro:buildingFootprintArea uom="m2">80.22</uro:buildingFootprintArea>
<uro:buildingStructureType codeSpace="../../codelists/Building_buildingStructureType.xml">601</uro:buildingStructureType>
<uro:surveyYear>2021</uro:surveyYear>
</uro:BuildingDetailAttribute>
</uro:buildingDetailAttribute>
<uro:buildingIDAttribute>
<uro:BuildingIDAttribute>
<uro:buildingID>17206-bldg-2905</uro:buildingID>
<uro:prefecture codeSpace="../../codelists/Common_localPublicAuthorities.xml">17</uro:prefecture>
<uro:city codeSpace="../../codelists/Common_localPublicAuthorities.xml">17206</uro:city>
</uro:BuildingIDAttribute>
</uro:buildingIDAttribute>
</bldg:Building>
</core:cityObjectMember>
<core:cityObjectMember>
<bldg:Building gml:id="bldg_595f07bb-c682-4921-a0ba-79838bfc5b4e">
<core:creationDate>2025-03-21</core:creationDate>
<bldg:class codeSpace="../../codelists/Building_class.xml">3003</bldg:class>
<bldg:usage codeSpace="../../codelists/Building_usage.xml">451</bldg:usage>
<bldg:yearOfConstruction>1981</bldg:yearOfConstruction>
<bldg:measuredHeight uom="m">6</bldg:measuredHeight>
<bldg:storeysAboveGround>1</bldg:storeysAboveGround>
<bldg:lod0RoofEdge><gml:MultiSurface><gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3307695 136.3717954 0 36.3307421 136.3717143 0 36.3306817 136.3717454 0 36.330709 136.3718265 0 36.3307695 136.3717954 0</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember></gml:MultiSurface></bldg:lod0RoofEdge>
<bldg:lod1Solid><gml:Solid><gml:exterior><gml:CompositeSurface>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.330709 136.3718265 8.18 36.3306817 136.3717454 8.18 36.3307421 136.3717143 8.18 36.3307695 136.3717954 8.18 36.330709 136.3718265 8.18</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3307695 136.3717954 8.18 36.3307421 136.3717143 8.18 36.3307421 136.3717143 13.5 36.3307695 136.3717954 13.5 36.3307695 136.3717954 8.18</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3307421 136.3717143 8.18 36.3306817 136.3717454 8.18 36.3306817 136.3717454 13.5 36.3307421 136.3717143 13.5 36.3307421 136.3717143 8.18</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3306817 136.3717454 8.18 36.330709 136.3718265 8.18 36.330709 136.3718265 13.5 36.3306817 136.3717454 13.5 36.3306817 136.3717454 8.18</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.330709 136.3718265 8.18 36.3307695 136.3717954 8.18 36.3307695 136.3717954 13.5 36.330709 136.3718265 13.5 36.330709 136.3718265 8.18</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3307695 136.3717954 13.5 36.3307421 136.3717143 13.5 36.3306817 136.3717454 13.5 36.330709 136.3718265 13.5 36.3307695 136.3717954 13.5</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
</gml:CompositeSurface></gml:exterior></gml:Solid></bldg:lod1Solid>
<uro:bldgDataQualityAttribute>
<uro:DataQualityAttribute>
<uro:lod1HeightType codeSpace="../../codelists/DataQualityAttribute_lod1HeightType.xml">2</uro:lod1HeightType>
</uro:DataQualityAttribute>
</uro:bldgDataQualityAttribute>
<uro:buildingDetailAttribute>
<uro:BuildingDetailAttribute>
<uro:totalFloorArea uom="m2">57.28</uro:totalFloorArea>
<uro:buildingFootprintArea uom="m2">57.31</uro:buildingFootprintArea>
<uro:buildingStructureType codeSpace="../../codelists/Building_buildingStructureType.xml">601</uro:buildingStructureType>
<uro:surveyYear>2021</uro:surveyYear>
</uro:BuildingDetailAttribute>
</uro:buildingDetailAttribute>
<uro:buildingIDAttribute>
<uro:BuildingIDAttribute>
<uro:buildingID>17206-bldg-2906</uro:buildingID>
<uro:prefecture codeSpace="../../codelists/Common_localPublicAuthorities.xml">17</uro:prefecture>
<uro:city codeSpace="../../codelists/Common_localPublicAuthorities.xml">17206</uro:city>
</uro:BuildingIDAttribute>
</uro:buildingIDAttribute>
</bldg:Building>
</core:cityObjectMember>
<core:cityObjectMember>
<bldg:Building gml:id="bldg_35540102-b5be-4739-a380-6c2039dd2e80">
<core:creationDate>2025-03-21</core:creationDate>
<bldg:class codeSpace="../../codelists/Building_class.xml">3003</bldg:class>
<bldg:usage codeSpace="../../codelists/Building_usage.xml">451</bldg:usage>
<bldg:yearOfConstruction>1955</bldg:yearOfConstruction>
<bldg:measuredHeight uom="m">6</bldg:measuredHeight>
<bldg:storeysAboveGround>1</bldg:storeysAboveGround>
<bldg:lod0RoofEdge><gml:MultiSurface><gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3310555 136.371661 0 36.3311572 136.3716086 0 36.3311252 136.3715137 0 36.3310235 136.371566 0 36.3310555 136.371661 0</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember></gml:MultiSurface></bldg:lod0RoofEdge>
<bldg:lod1Solid><gml:Solid><gml:exterior><gml:CompositeSurface>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3310235 136.371566 8 36.3311252 136.3715137 8 36.3311572 136.3716086 8 36.3310555 136.371661 8 36.3310235 136.371566 8</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3310555 136.371661 8 36.3311572 136.3716086 8 36.3311572 136.3716086 13.22 36.3310555 136.371661 13.22 36.3310555 136.371661 8</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3311572 136.3716086 8 36.3311252 136.3715137 8 36.3311252 136.3715137 13.22 36.3311572 136.3716086 13.22 36.3311572 136.3716086 8</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3311252 136.3715137 8 36.3310235 136.371566 8 36.3310235 136.371566 13.22 36.3311252 136.3715137 13.22 36.3311252 136.3715137 8</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3310235 136.371566 8 36.3310555 136.371661 8 36.3310555 136.371661 13.22 36.3310235 136.371566 13.22 36.3310235 136.371566 8</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3310555 136.371661 13.22 36.3311572 136.3716086 13.22 36.3311252 136.3715137 13.22 36.3310235 136.371566 13.22 36.3310555 136.371661 13.22</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
</gml:CompositeSurface></gml:exterior></gml:Solid></bldg:lod1Solid>
<uro:bldgDataQualityAttribute>
<uro:DataQualityAttribute>
<uro:lod1HeightType codeSpace="../../codelists/DataQualityAttribute_lod1HeightType.xml">2</uro:lod1HeightType>
</uro:DataQualityAttribute>
</uro:bldgDataQualityAttribute>
<uro:buildingDetailAttribute>
<uro:BuildingDetailAttribute>
<uro:totalFloorArea uom="m2">92.89</uro:totalFloorArea>
<uro:buildingFootprintArea uom="m2">112.88</uro:buildingFootprintArea>
<uro:buildingStructureType codeSpace="../../codelists/Building_buildingStructureType.xml">601</uro:buildingStructureType>
<uro:surveyYear>2021</uro:surveyYear>
</uro:BuildingDetailAttribute>
</uro:buildingDetailAttribute>
<uro:buildingIDAttribute>
<uro:BuildingIDAttribute>
<uro:buildingID>17206-bldg-2907</uro:buildingID>
<uro:prefecture codeSpace="../../codelists/Common_localPublicAuthorities.xml">17</uro:prefecture>
<uro:city codeSpace="../../codelists/Common_localPublicAuthorities.xml">17206</uro:city>
</uro:BuildingIDAttribute>
</uro:buildingIDAttribute>
</bldg:Building>
</core:cityObjectMember>
<core:cityObjectMember>
<bldg:Building gml:id="bldg_3191b7fd-1876-4e11-8705-155fe70549e2">
<core:creationDate>2025-03-21</core:creationDate>
<bldg:class codeSpace="../../codelists/Building_class.xml">3001</bldg:class>
<bldg:usage codeSpace="../../codelists/Building_usage.xml">451</bldg:usage>
<bldg:yearOfConstruction>2016</bldg:yearOfConstruction>
<bldg:measuredHeight uom="m">4.7</bldg:measuredHeight>
<bldg:storeysAboveGround>1</bldg:storeysAboveGround>
<bldg:lod0RoofEdge><gml:MultiSurface><gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3298617 136.3724896 0 36.3298934 136.3725834 0 36.3299637 136.3725471 0 36.3299321 136.3724534 0 36.3298617 136.3724896 0</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember></gml:MultiSurface></bldg:lod0RoofEdge>
<bldg:lod1Solid><gml:Solid><gml:exterior><gml:CompositeSurface>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3299321 136.3724534 8.35 36.3299637 136.3725471 8.35 36.3298934 136.3725834 8.35 36.3298617 136.3724896 8.35 36.3299321 136.3724534 8.35</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3298617 136.3724896 8.35 36.3298934 136.3725834 8.35 36.3298934 136.3725834 12.33 36.3298617 136.3724896 12.33 36.3298617 136.3724896 8.35</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3298934 136.3725834 8.35 36.3299637 136.3725471 8.35 36.3299637 136.3725471 12.33 36.3298934 136.3725834 12.33 36.3298934 136.3725834 8.35</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3299637 136.3725471 8.35 36.3299321 136.3724534 8.35 36.3299321 136.3724534 12.33 36.3299637 136.3725471 12.33 36.3299637 136.3725471 8.35</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3299321 136.3724534 8.35 36.3298617 136.3724896 8.35 36.3298617 136.3724896 12.33 36.3299321 136.3724534 12.33 36.3299321 136.3724534 8.35</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3298617 136.3724896 12.33 36.3298934 136.3725834 12.33 36.3299637 136.3725471 12.33 36.3299321 136.3724534 12.33 36.3298617 136.3724896 12.33</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
</gml:CompositeSurface></gml:exterior></gml:Solid></bldg:lod1Solid>
<uro:bldgDataQualityAttribute>
<uro:DataQualityAttribute>
<uro:lod1HeightType codeSpace="../../codelists/DataQualityAttribute_lod1HeightType.xml">2</uro:lod1HeightType>
</uro:DataQualityAttribute>
</uro:bldgDataQualityAttribute>
<uro:buildingDetailAttribute>
<uro:BuildingDetailAttribute>
<uro:totalFloorArea uom="m2">64.18</uro:totalFloorArea>
<uro:buildingFootprintArea uom="m2">77.14</uro:buildingFootprintArea>
<uro:buildingStructureType codeSpace="../../codelists/Building_buildingStructureType.xml">601</uro:buildingStructureType>
<uro:surveyYear>2021</uro:surveyYear>
</uro:BuildingDetailAttribute>
</uro:buildingDetailAttribute>
<uro:buildingIDAttribute>
<uro:BuildingIDAttribute>
<uro:buildingID>17206-bldg-2908</uro:buildingID>
<uro:prefecture codeSpace="../../codelists/Common_localPublicAuthorities.xml">17</uro:prefecture>
<uro:city codeSpace="../../codelists/Common_localPublicAuthorities.xml">17206</uro:city>
</uro:BuildingIDAttribute>
</uro:buildingIDAttribute>
</bldg:Building>
</core:cityObjectMember>
<core:cityObjectMember>
<bldg:Building gml:id="bldg_6e763f84-6025-43de-a470-a4dd5dca78e4">
<core:creationDate>2025-03-21</core:creationDate>
<bldg:class codeSpace="../../codelists/Building_class.xml">3001</bldg:class>
<bldg:usage codeSpace="../../codelists/Building_usage.xml">411</bldg:usage>
<bldg:yearOfConstruction>1985</bldg:yearOfConstruction>
<bldg:measuredHeight uom="m">5.7</bldg:measuredHeight>
<bldg:storeysAboveGround>1</bldg:storeysAboveGround>
<bldg:lod0RoofEdge><gml:MultiSurface><gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3305868 136.3720547 0 36.3304608 136.3721195 0 36.3304992 136.3722332 0 36.3306252 136.3721683 0 36.3305868 136.3720547 0</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember></gml:MultiSurface></bldg:lod0RoofEdge>
<bldg:lod1Solid><gml:Solid><gml:exterior><gml:CompositeSurface>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3306252 136.3721683 8.22 36.3304992 136.3722332 8.22 36.3304608 136.3721195 8.22 36.3305868 136.3720547 8.22 36.3306252 136.3721683 8.22</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3305868 136.3720547 8.22 36.3304608 136.3721195 8.22 36.3304608 136.3721195 12.74 36.3305868 136.3720547 12.74 36.3305868 136.3720547 8.22</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3304608 136.3721195 8.22 36.3304992 136.3722332 8.22 36.3304992 136.3722332 12.74 36.3304608 136.3721195 12.74 36.3304608 136.3721195 8.22</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3304992 136.3722332 8.22 36.3306252 136.3721683 8.22 36.3306252 136.3721683 12.74 36.3304992 136.3722332 12.74 36.3304992 136.3722332 8.22</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3306252 136.3721683 8.22 36.3305868 136.3720547 8.22 36.3305868 136.3720547 12.74 36.3306252 136.3721683 12.74 36.3306252 136.3721683 8.22</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3305868 136.3720547 12.74 36.3304608 136.3721195 12.74 36.3304992 136.3722332 12.74 36.3306252 136.3721683 12.74 36.3305868 136.3720547 12.74</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
</gml:CompositeSurface></gml:exterior></gml:Solid></bldg:lod1Solid>
<uro:bldgDataQualityAttribute>
<uro:DataQualityAttribute>
<uro:lod1HeightType codeSpace="../../codelists/DataQualityAttribute_lod1HeightType.xml">2</uro:lod1HeightType>
</uro:DataQualityAttribute>
</uro:bldgDataQualityAttribute>
<uro:buildingDetailAttribute>
<uro:BuildingDetailAttribute>
<uro:totalFloorArea uom="m2">144.31</uro:totalFloorArea>
<uro:buildingFootprintArea uom="m2">167.54</uro:buildingFootprintArea>
<uro:buildingStructureType codeSpace="../../codelists/Building_buildingStructureType.xml">601</uro:buildingStructureType>
<uro:surveyYear>2021</uro:surveyYear>
</uro:BuildingDetailAttribute>
</uro:buildingDetailAttribute>
<uro:buildingIDAttribute>
<uro:BuildingIDAttribute>
<uro:buildingID>17206-bldg-2909</uro:buildingID>
<uro:prefecture codeSpace="../../codelists/Common_localPublicAuthorities.xml">17</uro:prefecture>
<uro:city codeSpace="../../codelists/Common_localPublicAuthorities.xml">17206</uro:city>
</uro:BuildingIDAttribute>
</uro:buildingIDAttribute>
</bldg:Building>
</core:cityObjectMember>
<core:cityObjectMember>
<bldg:Building gml:id="bldg_9ee018fa-6f6e-4883-90b9-eb40da46b903">
<core:creationDate>2025-03-21</core:creationDate>
<bldg:class codeSpace="../../codelists/Building_class.xml">3001</bldg:class>
<bldg:usage codeSpace="../../codelists/Building_usage.xml">451</bldg:usage>
<bldg:yearOfConstruction>1983</bldg:yearOfConstruction>
<bldg:measuredHeight uom="m">4.4</bldg:measuredHeight>
<bldg:storeysAboveGround>1</bldg:storeysAboveGround>
<bldg:lod0RoofEdge><gml:MultiSurface><gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3323346 136.3709764 0 36.3324227 136.370931 0 36.3323941 136.3708463 0 36.332306 136.3708916 0 36.3323346 136.3709764 0</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember></gml:MultiSurface></bldg:lod0RoofEdge>
<bldg:lod1Solid><gml:Solid><gml:exterior><gml:CompositeSurface>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.332306 136.3708916 7.31 36.3323941 136.3708463 7.31 36.3324227 136.370931 7.31 36.3323346 136.3709764 7.31 36.332306 136.3708916 7.31</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3323346 136.3709764 7.31 36.3324227 136.370931 7.31 36.3324227 136.370931 11.03 36.3323346 136.3709764 11.03 36.3323346 136.3709764 7.31</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3324227 136.370931 7.31 36.3323941 136.3708463 7.31 36.3323941 136.3708463 11.03 36.3324227 136.370931 11.03 36.3324227 136.370931 7.31</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3323941 136.3708463 7.31 36.332306 136.3708916 7.31 36.332306 136.3708916 11.03 36.3323941 136.3708463 11.03 36.3323941 136.3708463 7.31</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.332306 136.3708916 7.31 36.3323346 136.3709764 7.31 36.3323346 136.3709764 11.03 36.332306 136.3708916 11.03 36.332306 136.3708916 7.31</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3323346 136.3709764 11.03 36.3324227 136.370931 11.03 36.3323941 136.3708463 11.03 36.332306 136.3708916 11.03 36.3323346 136.3709764 11.03</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
</gml:CompositeSurface></gml:exterior></gml:Solid></bldg:lod1Solid>
<uro:bldgDataQualityAttribute>
<uro:DataQualityAttribute>
<uro:lod1HeightType codeSpace="../../codelists/DataQualityAttribute_lod1HeightType.xml">2</uro:lod1HeightType>
</uro:DataQualityAttribute>
</uro:bldgDataQualityAttribute>
<uro:buildingDetailAttribute>
<uro:BuildingDetailAttribute>
<uro:totalFloorArea uom="m2">75.17</uro:totalFloorArea>
<uro:buildingFootprintArea uom="m2">87.29</uro:buildingFootprintArea>
<uro:buildingStructureType codeSpace="../../codelists/Building_buildingStructureType.xml">604</uro:buildingStructureType>
<uro:surveyYear>2021</uro:surveyYear>
</uro:BuildingDetailAttribute>
</uro:buildingDetailAttribute>
<uro:buildingIDAttribute>
<uro:BuildingIDAttribute>
<uro:buildingID>17206-bldg-2910</uro:buildingID>
<uro:prefecture codeSpace="../../codelists/Common_localPublicAuthorities.xml">17</uro:prefecture>
<uro:city codeSpace="../../codelists/Common_localPublicAuthorities.xml">17206</uro:city>
</uro:BuildingIDAttribute>
</uro:buildingIDAttribute>
</bldg:Building>
</core:cityObjectMember>
<core:cityObjectMember>
<bldg:Building gml:id="bldg_f1ac09fa-0934-4e66-82de-07eb7d407365">
<core:creationDate>2025-03-21</core:creationDate>
<bldg:class codeSpace="../../codelists/Building_class.xml">3001</bldg:class>
<bldg:usage codeSpace="../../codelists/Building_usage.xml">451</bldg:usage>
<bldg:yearOfConstruction>2010</bldg:yearOfConstruction>
<bldg:measuredHeight uom="m">6.3</bldg:measuredHeight>
<bldg:storeysAboveGround>1</bldg:storeysAboveGround>
<bldg:lod0RoofEdge><gml:MultiSurface><gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.33193 136.3713794 0 36.3317995 136.3714466 0 36.331833 136.3715461 0 36.3319635 136.3714789 0 36.33193 136.3713794 0</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember></gml:MultiSurface></bldg:lod0RoofEdge>
<bldg:lod1Solid><gml:Solid><gml:exterior><gml:CompositeSurface>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3319635 136.3714789 7.64 36.331833 136.3715461 7.64 36.3317995 136.3714466 7.64 36.33193 136.3713794 7.64 36.3319635 136.3714789 7.64</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.33193 136.3713794 7.64 36.3317995 136.3714466 7.64 36.3317995 136.3714466 13.12 36.33193 136.3713794 13.12 36.33193 136.3713794 7.64</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3317995 136.3714466 7.64 36.331833 136.3715461 7.64 36.331833 136.3715461 13.12 36.3317995 136.3714466 13.12 36.3317995 136.3714466 7.64</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.331833 136.3715461 7.64 36.3319635 136.3714789 7.64 36.3319635 136.3714789 13.12 36.331833 136.3715461 13.12 36.331833 136.3715461 7.64</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3319635 136.3714789 7.64 36.33193 136.3713794 7.64 36.33193 136.3713794 13.12 36.3319635 136.3714789 13.12 36.3319635 136.3714789 7.64</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.33193 136.3713794 13.12 36.3317995 136.3714466 13.12 36.331833 136.3715461 13.12 36.3319635 136.3714789 13.12 36.33193 136.3713794 13.12</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
</gml:CompositeSurface></gml:exterior></gml:Solid></bldg:lod1Solid>
<uro:bldgDataQualityAttribute>
<uro:DataQualityAttribute>
<uro:lod1HeightType codeSpace="../../codelists/DataQualityAttribute_lod1HeightType.xml">2</uro:lod1HeightType>
</uro:DataQualityAttribute>
</uro:bldgDataQualityAttribute>
<uro:buildingDetailAttribute>
<uro:BuildingDetailAttribute>
<uro:totalFloorArea uom="m2">142.46</uro:totalFloorArea>
<uro:buildingFootprintArea uom="m2">151.82</uro:buildingFootprintArea>
<uro:buildingStructureType codeSpace="../../codelists/Building_buildingStructureType.xml">604</uro:buildingStructureType>
<uro:surveyYear>2021</uro:surveyYear>
</uro:BuildingDetailAttribute>
</uro:buildingDetailAttribute>
<uro:buildingIDAttribute>
<uro:BuildingIDAttribute>
<uro:buildingID>17206-bldg-2911</uro:buildingID>
<uro:prefecture codeSpace="../../codelists/Common_localPublicAuthorities.xml">17</uro:prefecture>
<uro:city codeSpace="../../codelists/Common_localPublicAuthorities.xml">17206</uro:city>
</uro:BuildingIDAttribute>
</uro:buildingIDAttribute>
</bldg:Building>
</core:cityObjectMember>
<core:cityObjectMember>
<bldg:Building gml:id="bldg_9db454e1-6fc7-44a0-86e3-f8fe56fde147">
<core:creationDate>2025-03-21</core:creationDate>
<bldg:class codeSpace="../../codelists/Building_class.xml">3001</bldg:class>
<bldg:usage codeSpace="../../codelists/Building_usage.xml">451</bldg:usage>
<bldg:yearOfConstruction>1988</bldg:yearOfConstruction>
<bldg:measuredHeight uom="m">5.2</bldg:measuredHeight>
<bldg:storeysAboveGround>1</bldg:storeysAboveGround>
<bldg:lod0RoofEdge><gml:MultiSurface><gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3252758 136.3645075 0 36.3253301 136.3646686 0 36.3254073 136.3646289 0 36.325353 136.3644677 0 36.3252758 136.3645075 0</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember></gml:MultiSurface></bldg:lod0RoofEdge>
<bldg:lod1Solid><gml:Solid><gml:exterior><gml:CompositeSurface>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.325353 136.3644677 9.56 36.3254073 136.3646289 9.56 36.3253301 136.3646686 9.56 36.3252758 136.3645075 9.56 36.325353 136.3644677 9.56</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3252758 136.3645075 9.56 36.3253301 136.3646686 9.56 36.3253301 136.3646686 13.93 36.3252758 136.3645075 13.93 36.3252758 136.3645075 9.56</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3253301 136.3646686 9.56 36.3254073 136.3646289 9.56 36.3254073 136.3646289 13.93 36.3253301 136.3646686 13.93 36.3253301 136.3646686 9.56</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3254073 136.3646289 9.56 36.325353 136.3644677 9.56 36.325353 136.3644677 13.93 36.3254073 136.3646289 13.93 36.3254073 136.3646289 9.56</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.325353 136.3644677 9.56 36.3252758 136.3645075 9.56 36.3252758 136.3645075 13.93 36.325353 136.3644677 13.93 36.325353 136.3644677 9.56</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3252758 136.3645075 13.93 36.3253301 136.3646686 13.93 36.3254073 136.3646289 13.93 36.325353 136.3644677 13.93 36.3252758 136.3645075 13.93</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
</gml:CompositeSurface></gml:exterior></gml:Solid></bldg:lod1Solid>
<uro:bldgDataQualityAttribute>
<uro:DataQualityAttribute>
<uro:lod1HeightType codeSpace="../../codelists/DataQualityAttribute_lod1HeightType.xml">2</uro:lod1HeightType>
</uro:DataQualityAttribute>
</uro:bldgDataQualityAttribute>
<uro:bldgDisasterRiskAttribute>
<uro:RiverFloodingRiskAttribute>
<uro:description codeSpace="../../codelists/RiverFloodingRiskAttribute_description.xml">3</uro:description>
<uro:rank codeSpace="../../codelists/RiverFloodingRiskAttribute_rank.xml">2</uro:rank>
<uro:depth uom="m">0.67</uro:depth>
<uro:adminType codeSpace="../../codelists/RiverFloodingRiskAttribute_adminType.xml">2</uro:adminType>
<uro:scale codeSpace="../../codelists/RiverFloodingRiskAttribute_scale.xml">2</uro:scale>
<uro:duration uom="hour">10.42</uro:duration>
</uro:RiverFloodingRiskAttribute>
</uro:bldgDisasterRiskAttribute>
<uro:buildingDetailAttribute>
<uro:BuildingDetailAttribute>
<uro:totalFloorArea uom="m2">124.06</uro:totalFloorArea>
<uro:buildingFootprintArea uom="m2">145.48</uro:buildingFootprintArea>
<uro:buildingStructureType codeSpace="../../codelists/Building_buildingStructureType.xml">601</uro:buildingStructureType>
<uro:surveyYear>2021</uro:surveyYear>
</uro:BuildingDetailAttribute>
</uro:buildingDetailAttribute>
<uro:buildingIDAttribute>
<uro:BuildingIDAttribute>
<uro:buildingID>17206-bldg-2915</uro:buildingID>
<uro:prefecture codeSpace="../../codelists/Common_localPublicAuthorities.xml">17</uro:prefecture>
<uro:city codeSpace="../../codelists/Common_localPublicAuthorities.xml">17206</uro:city>
</uro:BuildingIDAttribute>
</uro:buildingIDAttribute>
</bldg:Building>
</core:cityObjectMember>
<core:cityObjectMember>
<bldg:Building gml:id="bldg_d8135580-686a-498f-b3e8-139a120e726d">
<core:creationDate>2025-03-21</core:creationDate>
<bldg:class codeSpace="../../codelists/Building_class.xml">3001</bldg:class>
<bldg:usage codeSpace="../../codelists/Building_usage.xml">451</bldg:usage>
<bldg:yearOfConstruction>1998</bldg:yearOfConstruction>
<bldg:measuredHeight uom="m">4.6</bldg:measuredHeight>
<bldg:storeysAboveGround>1</bldg:storeysAboveGround>
<bldg:lod0RoofEdge><gml:MultiSurface><gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3258207 136.3665879 0 36.3257789 136.3664637 0 36.3257134 136.3664975 0 36.3257552 136.3666216 0 36.3258207 136.3665879 0</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember></gml:MultiSurface></bldg:lod0RoofEdge>
<bldg:lod1Solid><gml:Solid><gml:exterior><gml:CompositeSurface>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3257552 136.3666216 9.4 36.3257134 136.3664975 9.4 36.3257789 136.3664637 9.4 36.3258207 136.3665879 9.4 36.3257552 136.3666216 9.4</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3258207 136.3665879 9.4 36.3257789 136.3664637 9.4 36.3257789 136.3664637 13.35 36.3258207 136.3665879 13.35 36.3258207 136.3665879 9.4</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3257789 136.3664637 9.4 36.3257134 136.3664975 9.4 36.3257134 136.3664975 13.35 36.3257789 136.3664637 13.35 36.3257789 136.3664637 9.4</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3257134 136.3664975 9.4 36.3257552 136.3666216 9.4 36.3257552 136.3666216 13.35 36.3257134 136.3664975 13.35 36.3257134 136.3664975 9.4</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3257552 136.3666216 9.4 36.3258207 136.3665879 9.4 36.3258207 136.3665879 13.35 36.3257552 136.3666216 13.35 36.3257552 136.3666216 9.4</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3258207 136.3665879 13.35 36.3257789 136.3664637 13.35 36.3257134 136.3664975 13.35 36.3257552 136.3666216 13.35 36.3258207 136.3665879 13.35</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
</gml:CompositeSurface></gml:exterior></gml:Solid></bldg:lod1Solid>
<uro:bldgDataQualityAttribute>
<uro:DataQualityAttribute>
<uro:lod1HeightType codeSpace="../../codelists/DataQualityAttribute_lod1HeightType.xml">2</uro:lod1HeightType>
</uro:DataQualityAttribute>
</uro:bldgDataQualityAttribute>
<uro:buildingDetailAttribute>
<uro:BuildingDetailAttribute>
<uro:totalFloorArea uom="m2">90.92</uro:totalFloorArea>
<uro:buildingFootprintArea uom="m2">95.1</uro:buildingFootprintArea>
<uro:buildingStructureType codeSpace="../../codelists/Building_buildingStructureType.xml">604</uro:buildingStructureType>
<uro:surveyYear>2021</uro:surveyYear>
</uro:BuildingDetailAttribute>
</uro:buildingDetailAttribute>
<uro:buildingIDAttribute>
<uro:BuildingIDAttribute>
<uro:buildingID>17206-bldg-2917</uro:buildingID>
<uro:prefecture codeSpace="../../codelists/Common_localPublicAuthorities.xml">17</uro:prefecture>
<uro:city codeSpace="../../codelists/Common_localPublicAuthorities.xml">17206</uro:city>
</uro:BuildingIDAttribute>
</uro:buildingIDAttribute>
</bldg:Building>
</core:cityObjectMember>
<core:cityObjectMember>
<bldg:Building gml:id="bldg_b2eacf3f-e955-4cf0-9be7-eba808960ad9">
<core:creationDate>2025-03-21</core:creationDate>
<bldg:class codeSpace="../../codelists/Building_class.xml">3001</bldg:class>
<bldg:usage codeSpace="../../codelists/Building_usage.xml">411</bldg:usage>
<bldg:yearOfConstruction>2003</bldg:yearOfConstruction>
<bldg:measuredHeight uom="m">8.3</bldg:measuredHeight>
<bldg:storeysAboveGround>2</bldg:storeysAboveGround>
<bldg:lod0RoofEdge><gml:MultiSurface><gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3259193 136.3668616 0 36.3258652 136.3667012 0 36.3257596 136.3667556 0 36.3258136 136.366916 0 36.3259193 136.3668616 0</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember></gml:MultiSurface></bldg:lod0RoofEdge>
<bldg:lod1Solid><gml:Solid><gml:exterior><gml:CompositeSurface>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3258136 136.366916 9.3 36.3257596 136.3667556 9.3 36.3258652 136.3667012 9.3 36.3259193 136.3668616 9.3 36.3258136 136.366916 9.3</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3259193 136.3668616 9.3 36.3258652 136.3667012 9.3 36.3258652 136.3667012 16.27 36.3259193 136.3668616 16.27 36.3259193 136.3668616 9.3</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3258652 136.3667012 9.3 36.3257596 136.3667556 9.3 36.3257596 136.3667556 16.27 36.3258652 136.3667012 16.27 36.3258652 136.3667012 9.3</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3257596 136.3667556 9.3 36.3258136 136.366916 9.3 36.3258136 136.366916 16.27 36.3257596 136.3667556 16.27 36.3257596 136.3667556 9.3</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3258136 136.366916 9.3 36.3259193 136.3668616 9.3 36.3259193 136.3668616 16.27 36.3258136 136.366916 16.27 36.3258136 136.366916 9.3</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3259193 136.3668616 16.27 36.3258652 136.3667012 16.27 36.3257596 136.3667556 16.27 36.3258136 136.366916 16.27 36.3259193 136.3668616 16.27</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
</gml:CompositeSurface></gml:exterior></gml:Solid></bldg:lod1Solid>
<uro:bldgDataQualityAttribute>
<uro:DataQualityAttribute>
<uro:lod1HeightType codeSpace="../../codelists/DataQualityAttribute_lod1HeightType.xml">2</uro:lod1HeightType>
</uro:DataQualityAttribute>
</uro:bldgDataQualityAttribute>
<uro:buildingDetailAttribute>
<uro:BuildingDetailAttribute>
<uro:totalFloorArea uom="m2">337</uro:totalFloorArea>
<uro:buildingFootprintArea uom="m2">198.09</uro:buildingFootprintArea>
<uro:buildingStructureType codeSpace="../../codelists/Building_buildingStructureType.xml">601</uro:buildingStructureType>
<uro:surveyYear>2021</uro:surveyYear>
</uro:BuildingDetailAttribute>
</uro:buildingDetailAttribute>
<uro:buildingIDAttribute>
<uro:BuildingIDAttribute>
<uro:buildingID>17206-bldg-2918</uro:buildingID>
<uro:prefecture codeSpace="../../codelists/Common_localPublicAuthorities.xml">17</uro:prefecture>
<uro:city codeSpace="../../codelists/Common_localPublicAuthorities.xml">17206</uro:city>
</uro:BuildingIDAttribute>
</uro:buildingIDAttribute>
</bldg:Building>
</core:cityObjectMember>
<core:cityObjectMember>
<bldg:Building gml:id="bldg_cf0521a3-fb20-4cc7-bd85-8626df268a97">
<core:creationDate>2025-03-21</core:creationDate>
<bldg:class codeSpace="../../codelists/Building_class.xml">3001</bldg:class>
<bldg:usage codeSpace="../../codelists/Building_usage.xml">411</bldg:usage>
<bldg:yearOfConstruction>1985</bldg:yearOfConstruction>
<bldg:measuredHeight uom="m">7.1</bldg:measuredHeight>
<bldg:storeysAboveGround>2</bldg:storeysAboveGround>
<bldg:lod0RoofEdge><gml:MultiSurface><gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3266292 136.3686465 0 36.3266614 136.3687422 0 36.3267225 136.3687107 0 36.3266903 136.3686151 0 36.3266292 136.3686465 0</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember></gml:MultiSurface></bldg:lod0RoofEdge>
<bldg:lod1Solid><gml:Solid><gml:exterior><gml:CompositeSurface>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3266903 136.3686151 8.93 36.3267225 136.3687107 8.93 36.3266614 136.3687422 8.93 36.3266292 136.3686465 8.93 36.3266903 136.3686151 8.93</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3266292 136.3686465 8.93 36.3266614 136.3687422 8.93 36.3266614 136.3687422 15.27 36.3266292 136.3686465 15.27 36.3266292 136.3686465 8.93</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3266614 136.3687422 8.93 36.3267225 136.3687107 8.93 36.3267225 136.3687107 15.27 36.3266614 136.3687422 15.27 36.3266614 136.3687422 8.93</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3267225 136.3687107 8.93 36.3266903 136.3686151 8.93 36.3266903 136.3686151 15.27 36.3267225 136.3687107 15.27 36.3267225 136.3687107 8.93</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3266903 136.3686151 8.93 36.3266292 136.3686465 8.93 36.3266292 136.3686465 15.27 36.3266903 136.3686151 15.27 36.3266903 136.3686151 8.93</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3266292 136.3686465 15.27 36.3266614 136.3687422 15.27 36.3267225 136.3687107 15.27 36.3266903 136.3686151 15.27 36.3266292 136.3686465 15.27</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
</gml:CompositeSurface></gml:exterior></gml:Solid></bldg:lod1Solid>
<uro:bldgDataQualityAttribute>
<uro:DataQualityAttribute>
<uro:lod1HeightType codeSpace="../../codelists/DataQualityAttribute_lod1HeightType.xml">2</uro:lod1HeightType>
</uro:DataQualityAttribute>
</uro:bldgDataQualityAttribute>
<uro:buildingDetailAttribute>
<uro:BuildingDetailAttribute>
<uro:totalFloorArea uom="m2">129.48</uro:totalFloorArea>
<uro:buildingFootprintArea uom="m2">68.31</uro:buildingFootprintArea>
<uro:buildingStructureType codeSpace="../../codelists/Building_buildingStructureType.xml">601</uro:buildingStructureType>
<uro:surveyYear>2021</uro:surveyYear>
</uro:BuildingDetailAttribute>
</uro:buildingDetailAttribute>
<uro:buildingIDAttribute>
<uro:BuildingIDAttribute>
<uro:buildingID>17206-bldg-2919</uro:buildingID>
<uro:prefecture codeSpace="../../codelists/Common_localPublicAuthorities.xml">17</uro:prefecture>
<uro:city codeSpace="../../codelists/Common_localPublicAuthorities.xml">17206</uro:city>
</uro:BuildingIDAttribute>
</uro:buildingIDAttribute>
</bldg:Building>
</core:cityObjectMember>
<core:cityObjectMember>
<bldg:Building gml:id="bldg_fea9dc9a-f362-4407-9020-1323da9b06a4">
<core:creationDate>2025-03-21</core:creationDate>
<bldg:class codeSpace="../../codelists/Building_class.xml">3001</bldg:class>
<bldg:usage codeSpace="../../codelists/Building_usage.xml">454</bldg:usage>
<bldg:yearOfConstruction>2022</bldg:yearOfConstruction>
<bldg:measuredHeight uom="m">2.7</bldg:measuredHeight>
<bldg:storeysAboveGround>1</bldg:storeysAboveGround>
<bldg:lod0RoofEdge><gml:MultiSurface><gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3267158 136.3686474 0 36.326735 136.3687043 0 36.3267565 136.3686932 0 36.3267373 136.3686364 0 36.3267158 136.3686474 0</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember></gml:MultiSurface></bldg:lod0RoofEdge>
<bldg:lod1Solid><gml:Solid><gml:exterior><gml:CompositeSurface>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3267373 136.3686364 8.93 36.3267565 136.3686932 8.93 36.326735 136.3687043 8.93 36.3267158 136.3686474 8.93 36.3267373 136.3686364 8.93</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3267158 136.3686474 8.93 36.326735 136.3687043 8.93 36.326735 136.3687043 11.49 36.3267158 136.3686474 11.49 36.3267158 136.3686474 8.93</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.326735 136.3687043 8.93 36.3267565 136.3686932 8.93 36.3267565 136.3686932 11.49 36.326735 136.3687043 11.49 36.326735 136.3687043 8.93</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3267565 136.3686932 8.93 36.3267373 136.3686364 8.93 36.3267373 136.3686364 11.49 36.3267565 136.3686932 11.49 36.3267565 136.3686932 8.93</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3267373 136.3686364 8.93 36.3267158 136.3686474 8.93 36.3267158 136.3686474 11.49 36.3267373 136.3686364 11.49 36.3267373 136.3686364 8.93</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3267158 136.3686474 11.49 36.326735 136.3687043 11.49 36.3267565 136.3686932 11.49 36.3267373 136.3686364 11.49 36.3267158 136.3686474 11.49</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
</gml:CompositeSurface></gml:exterior></gml:Solid></bldg:lod1Solid>
<uro:bldgDataQualityAttribute>
<uro:DataQualityAttribute>
<uro:lod1HeightType codeSpace="../../codelists/DataQualityAttribute_lod1HeightType.xml">2</uro:lod1HeightType>
</uro:DataQualityAttribute>
</uro:bldgDataQualityAttribute>
<uro:buildingDetailAttribute>
<uro:BuildingDetailAttribute>
<uro:totalFloorArea uom="m2">12.15</uro:totalFloorArea>
<uro:buildingFootprintArea uom="m2">14.28</uro:buildingFootprintArea>
<uro:buildingStructureType codeSpace="../../codelists/Building_buildingStructureType.xml">601</uro:buildingStructureType>
<uro:surveyYear>2021</uro:surveyYear>
</uro:BuildingDetailAttribute>
</uro:buildingDetailAttribute>
<uro:buildingIDAttribute>
<uro:BuildingIDAttribute>
<uro:buildingID>17206-bldg-2920</uro:buildingID>
<uro:prefecture codeSpace="../../codelists/Common_localPublicAuthorities.xml">17</uro:prefecture>
<uro:city codeSpace="../../codelists/Common_localPublicAuthorities.xml">17206</uro:city>
</uro:BuildingIDAttribute>
</uro:buildingIDAttribute>
</bldg:Building>
</core:cityObjectMember>
<core:cityObjectMember>
<bldg:Building gml:id="bldg_1434f799-0e8d-4e2e-a70f-80fa5b93fc15">
<core:creationDate>2025-03-21</core:creationDate>
<bldg:class codeSpace="../../codelists/Building_class.xml">3001</bldg:class>
<bldg:usage codeSpace="../../codelists/Building_usage.xml">411</bldg:usage>
<bldg:yearOfConstruction>1993</bldg:yearOfConstruction>
<bldg:measuredHeight uom="m">4.7</bldg:measuredHeight>
<bldg:storeysAboveGround>1</bldg:storeysAboveGround>
<bldg:lod0RoofEdge><gml:MultiSurface><gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3265531 136.3688093 0 36.3265152 136.3686967 0 36.3264504 136.3687301 0 36.3264883 136.3688427 0 36.3265531 136.3688093 0</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember></gml:MultiSurface></bldg:lod0RoofEdge>
<bldg:lod1Solid><gml:Solid><gml:exterior><gml:CompositeSurface>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3264883 136.3688427 9.02 36.3264504 136.3687301 9.02 36.3265152 136.3686967 9.02 36.3265531 136.3688093 9.02 36.3264883 136.3688427 9.02</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3265531 136.3688093 9.02 36.3265152 136.3686967 9.02 36.3265152 136.3686967 12.87 36.3265531 136.3688093 12.87 36.3265531 136.3688093 9.02</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3265152 136.3686967 9.02 36.3264504 136.3687301 9.02 36.3264504 136.3687301 12.87 36.3265152 136.3686967 12.87 36.3265152 136.3686967 9.02</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3264504 136.3687301 9.02 36.3264883 136.3688427 9.02 36.3264883 136.3688427 12.87 36.3264504 136.3687301 12.87 36.3264504 136.3687301 9.02</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3264883 136.3688427 9.02 36.3265531 136.3688093 9.02 36.3265531 136.3688093 12.87 36.3264883 136.3688427 12.87 36.3264883 136.3688427 9.02</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3265531 136.3688093 12.87 36.3265152 136.3686967 12.87 36.3264504 136.3687301 12.87 36.3264883 136.3688427 12.87 36.3265531 136.3688093 12.87</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
</gml:CompositeSurface></gml:exterior></gml:Solid></bldg:lod1Solid>
<uro:bldgDataQualityAttribute>
<uro:DataQualityAttribute>
<uro:lod1HeightType codeSpace="../../codelists/DataQualityAttribute_lod1HeightType.xml">2</uro:lod1HeightType>
</uro:DataQualityAttribute>
</uro:bldgDataQualityAttribute>
<uro:buildingDetailAttribute>
<uro:BuildingDetailAttribute>
<uro:totalFloorArea uom="m2">77.71</uro:totalFloorArea>
<uro:buildingFootprintArea uom="m2">85.3</uro:buildingFootprintArea>
<uro:buildingStructureType codeSpace="../../codelists/Building_buildingStructureType.xml">601</uro:buildingStructureType>
<uro:surveyYear>2021</uro:surveyYear>
</uro:BuildingDetailAttribute>
</uro:buildingDetailAttribute>
<uro:buildingIDAttribute>
<uro:BuildingIDAttribute>
<uro:buildingID>17206-bldg-2921</uro:buildingID>
<uro:prefecture codeSpace="../../codelists/Common_localPublicAuthorities.xml">17</uro:prefecture>
<uro:city codeSpace="../../codelists/Common_localPublicAuthorities.xml">17206</uro:city>
</uro:BuildingIDAttribute>
</uro:buildingIDAttribute>
</bldg:Building>
</core:cityObjectMember>
<core:cityObjectMember>
<bldg:Building gml:id="bldg_8e705341-4dd1-4c24-96b2-af5c11f07063">
<core:creationDate>2025-03-21</core:creationDate>
<bldg:class codeSpace="../../codelists/Building_class.xml">3001</bldg:class>
<bldg:usage codeSpace="../../codelists/Building_usage.xml">451</bldg:usage>
<bldg:yearOfConstruction>1996</bldg:yearOfConstruction>
<bldg:measuredHeight uom="m">4.7</bldg:measuredHeight>
<bldg:storeysAboveGround>1</bldg:storeysAboveGround>
<bldg:lod0RoofEdge><gml:MultiSurface><gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3271892 136.3707316 0 36.3271244 136.3707649 0 36.3271513 136.3708448 0 36.3272161 136.3708114 0 36.3271892 136.3707316 0</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember></gml:MultiSurface></bldg:lod0RoofEdge>
<bldg:lod1Solid><gml:Solid><gml:exterior><gml:CompositeSurface>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3272161 136.3708114 8.75 36.3271513 136.3708448 8.75 36.3271244 136.3707649 8.75 36.3271892 136.3707316 8.75 36.3272161 136.3708114 8.75</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3271892 136.3707316 8.75 36.3271244 136.3707649 8.75 36.3271244 136.3707649 12.75 36.3271892 136.3707316 12.75 36.3271892 136.3707316 8.75</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3271244 136.3707649 8.75 36.3271513 136.3708448 8.75 36.3271513 136.3708448 12.75 36.3271244 136.3707649 12.75 36.3271244 136.3707649 8.75</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3271513 136.3708448 8.75 36.3272161 136.3708114 8.75 36.3272161 136.3708114 12.75 36.3271513 136.3708448 12.75 36.3271513 136.3708448 8.75</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3272161 136.3708114 8.75 36.3271892 136.3707316 8.75 36.3271892 136.3707316 12.75 36.3272161 136.3708114 12.75 36.3272161 136.3708114 8.75</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3271892 136.3707316 12.75 36.3271244 136.3707649 12.75 36.3271513 136.3708448 12.75 36.3272161 136.3708114 12.75 36.3271892 136.3707316 12.75</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
</gml:CompositeSurface></gml:exterior></gml:Solid></bldg:lod1Solid>
<uro:bldgDataQualityAttribute>
<uro:DataQualityAttribute>
<uro:lod1HeightType codeSpace="../../codelists/DataQualityAttribute_lod1HeightType.xml">2</uro:lod1HeightType>
</uro:DataQualityAttribute>
</uro:bldgDataQualityAttribute>
<uro:buildingDetailAttribute>
<uro:BuildingDetailAttribute>
<uro:totalFloorArea uom="m2">57.4</uro:totalFloorArea>
<uro:buildingFootprintArea uom="m2">60.51</uro:buildingFootprintArea>
<uro:buildingStructureType codeSpace="../../codelists/Building_buildingStructureType.xml">604</uro:buildingStructureType>
<uro:surveyYear>2021</uro:surveyYear>
</uro:BuildingDetailAttribute>
</uro:buildingDetailAttribute>
<uro:buildingIDAttribute>
<uro:BuildingIDAttribute>
<uro:buildingID>17206-bldg-2922</uro:buildingID>
<uro:prefecture codeSpace="../../codelists/Common_localPublicAuthorities.xml">17</uro:prefecture>
<uro:city codeSpace="../../codelists/Common_localPublicAuthorities.xml">17206</uro:city>
</uro:BuildingIDAttribute>
</uro:buildingIDAttribute>
</bldg:Building>
</core:cityObjectMember>
<core:cityObjectMember>
<bldg:Building gml:id="bldg_88b1324b-ce04-4241-bd3b-da7f7d9597cb">
<core:creationDate>2025-03-21</core:creationDate>
<bldg:class codeSpace="../../codelists/Building_class.xml">3001</bldg:class>
<bldg:usage codeSpace="../../codelists/Building_usage.xml">411</bldg:usage>
<bldg:yearOfConstruction>2003</bldg:yearOfConstruction>
<bldg:measuredHeight uom="m">7.9</bldg:measuredHeight>
<bldg:storeysAboveGround>2</bldg:storeysAboveGround>
<bldg:lod0RoofEdge><gml:MultiSurface><gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3272839 136.3708901 0 36.3272022 136.3709322 0 36.3272345 136.3710277 0 36.3273162 136.3709857 0 36.3272839 136.3708901 0</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember></gml:MultiSurface></bldg:lod0RoofEdge>
<bldg:lod1Solid><gml:Solid><gml:exterior><gml:CompositeSurface>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3273162 136.3709857 8.73 36.3272345 136.3710277 8.73 36.3272022 136.3709322 8.73 36.3272839 136.3708901 8.73 36.3273162 136.3709857 8.73</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3272839 136.3708901 8.73 36.3272022 136.3709322 8.73 36.3272022 136.3709322 15.6 36.3272839 136.3708901 15.6 36.3272839 136.3708901 8.73</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3272022 136.3709322 8.73 36.3272345 136.3710277 8.73 36.3272345 136.3710277 15.6 36.3272022 136.3709322 15.6 36.3272022 136.3709322 8.73</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3272345 136.3710277 8.73 36.3273162 136.3709857 8.73 36.3273162 136.3709857 15.6 36.3272345 136.3710277 15.6 36.3272345 136.3710277 8.73</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3273162 136.3709857 8.73 36.3272839 136.3708901 8.73 36.3272839 136.3708901 15.6 36.3273162 136.3709857 15.6 36.3273162 136.3709857 8.73</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3272839 136.3708901 15.6 36.3272022 136.3709322 15.6 36.3272345 136.3710277 15.6 36.3273162 136.3709857 15.6 36.3272839 136.3708901 15.6</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
</gml:CompositeSurface></gml:exterior></gml:Solid></bldg:lod1Solid>
<uro:bldgDataQualityAttribute>
<uro:DataQualityAttribute>
<uro:lod1HeightType codeSpace="../../codelists/DataQualityAttribute_lod1HeightType.xml">2</uro:lod1HeightType>
</uro:DataQualityAttribute>
</uro:bldgDataQualityAttribute>
<uro:buildingDetailAttribute>
<uro:BuildingDetailAttribute>
<uro:totalFloorArea uom="m2">151.5</uro:totalFloorArea>
<uro:buildingFootprintArea uom="m2">91.33</uro:buildingFootprintArea>
<uro:buildingStructureType codeSpace="../../codelists/Building_buildingStructureType.xml">601</uro:buildingStructureType>
<uro:surveyYear>2021</uro:surveyYear>
</uro:BuildingDetailAttribute>
</uro:buildingDetailAttribute>
<uro:buildingIDAttribute>
<uro:BuildingIDAttribute>
<uro:buildingID>17206-bldg-2923</uro:buildingID>
<uro:prefecture codeSpace="../../codelists/Common_localPublicAuthorities.xml">17</uro:prefecture>
<uro:city codeSpace="../../codelists/Common_localPublicAuthorities.xml">17206</uro:city>
</uro:BuildingIDAttribute>
</uro:buildingIDAttribute>
</bldg:Building>
</core:cityObjectMember>
<core:cityObjectMember>
<bldg:Building gml:id="bldg_4e7f7093-a1d9-4c9a-9b7d-366f9ba84396">
<core:creationDate>2025-03-21</core:creationDate>
<bldg:class codeSpace="../../codelists/Building_class.xml">3001</bldg:class>
<bldg:usage codeSpace="../../codelists/Building_usage.xml">411</bldg:usage>
<bldg:yearOfConstruction>2015</bldg:yearOfConstruction>
<bldg:measuredHeight uom="m">7.7</bldg:measuredHeight>
<bldg:storeysAboveGround>2</bldg:storeysAboveGround>
<bldg:lod0RoofEdge><gml:MultiSurface><gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3273416 136.3711382 0 36.3273102 136.3710448 0 36.3272455 136.3710781 0 36.327277 136.3711715 0 36.3273416 136.3711382 0</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember></gml:MultiSurface></bldg:lod0RoofEdge>
<bldg:lod1Solid><gml:Solid><gml:exterior><gml:CompositeSurface>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.327277 136.3711715 8.71 36.3272455 136.3710781 8.71 36.3273102 136.3710448 8.71 36.3273416 136.3711382 8.71 36.327277 136.3711715 8.71</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3273416 136.3711382 8.71 36.3273102 136.3710448 8.71 36.3273102 136.3710448 15.55 36.3273416 136.3711382 15.55 36.3273416 136.3711382 8.71</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3273102 136.3710448 8.71 36.3272455 136.3710781 8.71 36.3272455 136.3710781 15.55 36.3273102 136.3710448 15.55 36.3273102 136.3710448 8.71</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3272455 136.3710781 8.71 36.327277 136.3711715 8.71 36.327277 136.3711715 15.55 36.3272455 136.3710781 15.55 36.3272455 136.3710781 8.71</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.327277 136.3711715 8.71 36.3273416 136.3711382 8.71 36.3273416 136.3711382 15.55 36.327277 136.3711715 15.55 36.327277 136.3711715 8.71</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3273416 136.3711382 15.55 36.3273102 136.3710448 15.55 36.3272455 136.3710781 15.55 36.327277 136.3711715 15.55 36.3273416 136.3711382 15.55</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
</gml:CompositeSurface></gml:exterior></gml:Solid></bldg:lod1Solid>
<uro:bldgDataQualityAttribute>
<uro:DataQualityAttribute>
<uro:lod1HeightType codeSpace="../../codelists/DataQualityAttribute_lod1HeightType.xml">2</uro:lod1HeightType>
</uro:DataQualityAttribute>
</uro:bldgDataQualityAttribute>
<uro:buildingDetailAttribute>
<uro:BuildingDetailAttribute>
<uro:totalFloorArea uom="m2">128.67</uro:totalFloorArea>
<uro:buildingFootprintArea uom="m2">70.58</uro:buildingFootprintArea>
<uro:buildingStructureType codeSpace="../../codelists/Building_buildingStructureType.xml">601</uro:buildingStructureType>
<uro:surveyYear>2021</uro:surveyYear>
</uro:BuildingDetailAttribute>
</uro:buildingDetailAttribute>
<uro:buildingIDAttribute>
<uro:BuildingIDAttribute>
<uro:buildingID>17206-bldg-2924</uro:buildingID>
<uro:prefecture codeSpace="../../codelists/Common_localPublicAuthorities.xml">17</uro:prefecture>
<uro:city codeSpace="../../codelists/Common_localPublicAuthorities.xml">17206</uro:city>
</uro:BuildingIDAttribute>
</uro:buildingIDAttribute>
</bldg:Building>
</core:cityObjectMember>
<core:cityObjectMember>
<bldg:Building gml:id="bldg_a1ce72ff-0554-4285-8e75-903630b8eff9">
<core:creationDate>2025-03-21</core:creationDate>
<bldg:class codeSpace="../../codelists/Building_class.xml">3001</bldg:class>
<bldg:usage codeSpace="../../codelists/Building_usage.xml">411</bldg:usage>
<bldg:yearOfConstruction>1995</bldg:yearOfConstruction>
<bldg:measuredHeight uom="m">7.1</bldg:measuredHeight>
<bldg:storeysAboveGround>2</bldg:storeysAboveGround>
<bldg:lod0RoofEdge><gml:MultiSurface><gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3274214 136.3712942 0 36.3273786 136.3711672 0 36.3273159 136.3711994 0 36.3273588 136.3713265 0 36.3274214 136.3712942 0</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember></gml:MultiSurface></bldg:lod0RoofEdge>
<bldg:lod1Solid><gml:Solid><gml:exterior><gml:CompositeSurface>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3273588 136.3713265 8.65 36.3273159 136.3711994 8.65 36.3273786 136.3711672 8.65 36.3274214 136.3712942 8.65 36.3273588 136.3713265 8.65</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3274214 136.3712942 8.65 36.3273786 136.3711672 8.65 36.3273786 136.3711672 14.98 36.3274214 136.3712942 14.98 36.3274214 136.3712942 8.65</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3273786 136.3711672 8.65 36.3273159 136.3711994 8.65 36.3273159 136.3711994 14.98 36.3273786 136.3711672 14.98 36.3273786 136.3711672 8.65</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3273159 136.3711994 8.65 36.3273588 136.3713265 8.65 36.3273588 136.3713265 14.98 36.3273159 136.3711994 14.98 36.3273159 136.3711994 8.65</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3273588 136.3713265 8.65 36.3274214 136.3712942 8.65 36.3274214 136.3712942 14.98 36.3273588 136.3713265 14.98 36.3273588 136.3713265 8.65</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3274214 136.3712942 14.98 36.3273786 136.3711672 14.98 36.3273159 136.3711994 14.98 36.3273588 136.3713265 14.98 36.3274214 136.3712942 14.98</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
</gml:CompositeSurface></gml:exterior></gml:Solid></bldg:lod1Solid>
<uro:bldgDataQualityAttribute>
<uro:DataQualityAttribute>
<uro:lod1HeightType codeSpace="../../codelists/DataQualityAttribute_lod1HeightType.xml">2</uro:lod1HeightType>
</uro:DataQualityAttribute>
</uro:bldgDataQualityAttribute>
<uro:buildingDetailAttribute>
<uro:BuildingDetailAttribute>
<uro:totalFloorArea uom="m2">180.66</uro:totalFloorArea>
<uro:buildingFootprintArea uom="m2">93.07</uro:buildingFootprintArea>
<uro:buildingStructureType codeSpace="../../codelists/Building_buildingStructureType.xml">601</uro:buildingStructureType>
<uro:surveyYear>2021</uro:surveyYear>
</uro:BuildingDetailAttribute>
</uro:buildingDetailAttribute>
<uro:buildingIDAttribute>
<uro:BuildingIDAttribute>
<uro:buildingID>17206-bldg-2925</uro:buildingID>
<uro:prefecture codeSpace="../../codelists/Common_localPublicAuthorities.xml">17</uro:prefecture>
<uro:city codeSpace="../../codelists/Common_localPublicAuthorities.xml">17206</uro:city>
</uro:BuildingIDAttribute>
</uro:buildingIDAttribute>
</bldg:Building>
</core:cityObjectMember>
<core:cityObjectMember>
<bldg:Building gml:id="bldg_ab572df9-f81c-4789-a597-8b839adb186c">
<core:creationDate>2025-03-21</core:creationDate>
<bldg:class codeSpace="../../codelists/Building_class.xml">3001</bldg:class>
<bldg:usage codeSpace="../../codelists/Building_usage.xml">411</bldg:usage>
<bldg:yearOfConstruction>1985</bldg:yearOfConstruction>
<bldg:measuredHeight uom="m">7</bldg:measuredHeight>
<bldg:storeysAboveGround>2</bldg:storeysAboveGround>
<bldg:lod0RoofEdge><gml:MultiSurface><gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3275066 136.3716 0 36.3274649 136.3714762 0 36.3274034 136.3715078 0 36.3274452 136.3716316 0 36.3275066 136.3716 0</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember></gml:MultiSurface></bldg:lod0RoofEdge>
<bldg:lod1Solid><gml:Solid><gml:exterior><gml:CompositeSurface>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3274452 136.3716316 8.58 36.3274034 136.3715078 8.58 36.3274649 136.3714762 8.58 36.3275066 136.3716 8.58 36.3274452 136.3716316 8.58</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3275066 136.3716 8.58 36.3274649 136.3714762 8.58 36.3274649 136.3714762 14.79 36.3275066 136.3716 14.79 36.3275066 136.3716 8.58</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3274649 136.3714762 8.58 36.3274034 136.3715078 8.58 36.3274034 136.3715078 14.79 36.3274649 136.3714762 14.79 36.3274649 136.3714762 8.58</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3274034 136.3715078 8.58 36.3274452 136.3716316 8.58 36.3274452 136.3716316 14.79 36.3274034 136.3715078 14.79 36.3274034 136.3715078 8.58</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3274452 136.3716316 8.58 36.3275066 136.3716 8.58 36.3275066 136.3716 14.79 36.3274452 136.3716316 14.79 36.3274452 136.3716316 8.58</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3275066 136.3716 14.79 36.3274649 136.3714762 14.79 36.3274034 136.3715078 14.79 36.3274452 136.3716316 14.79 36.3275066 136.3716 14.79</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
</gml:CompositeSurface></gml:exterior></gml:Solid></bldg:lod1Solid>
<uro:bldgDataQualityAttribute>
<uro:DataQualityAttribute>
<uro:lod1HeightType codeSpace="../../codelists/DataQualityAttribute_lod1HeightType.xml">2</uro:lod1HeightType>
</uro:DataQualityAttribute>
</uro:bldgDataQualityAttribute>
<uro:buildingDetailAttribute>
<uro:BuildingDetailAttribute>
<uro:totalFloorArea uom="m2">161.76</uro:totalFloorArea>
<uro:buildingFootprintArea uom="m2">88.93</uro:buildingFootprintArea>
<uro:buildingStructureType codeSpace="../../codelists/Building_buildingStructureType.xml">601</uro:buildingStructureType>
<uro:surveyYear>2021</uro:surveyYear>
</uro:BuildingDetailAttribute>
</uro:buildingDetailAttribute>
<uro:buildingIDAttribute>
<uro:BuildingIDAttribute>
<uro:buildingID>17206-bldg-2926</uro:buildingID>
<uro:prefecture codeSpace="../../codelists/Common_localPublicAuthorities.xml">17</uro:prefecture>
<uro:city codeSpace="../../codelists/Common_localPublicAuthorities.xml">17206</uro:city>
</uro:BuildingIDAttribute>
</uro:buildingIDAttribute>
</bldg:Building>
</core:cityObjectMember>
<core:cityObjectMember>
<bldg:Building gml:id="bldg_d79a41ba-e744-4ce6-8936-7c5b366bfed0">
<core:creationDate>2025-03-21</core:creationDate>
<bldg:class codeSpace="../../codelists/Building_class.xml">3001</bldg:class>
<bldg:usage codeSpace="../../codelists/Building_usage.xml">411</bldg:usage>
<bldg:yearOfConstruction>1984</bldg:yearOfConstruction>
<bldg:measuredHeight uom="m">5</bldg:measuredHeight>
<bldg:storeysAboveGround>1</bldg:storeysAboveGround>
<bldg:lod0RoofEdge><gml:MultiSurface><gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3278452 136.3725709 0 36.3278128 136.372475 0 36.3277518 136.3725065 0 36.3277841 136.3726023 0 36.3278452 136.3725709 0</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember></gml:MultiSurface></bldg:lod0RoofEdge>
<bldg:lod1Solid><gml:Solid><gml:exterior><gml:CompositeSurface>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3277841 136.3726023 8.63 36.3277518 136.3725065 8.63 36.3278128 136.372475 8.63 36.3278452 136.3725709 8.63 36.3277841 136.3726023 8.63</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3278452 136.3725709 8.63 36.3278128 136.372475 8.63 36.3278128 136.372475 12.81 36.3278452 136.3725709 12.81 36.3278452 136.3725709 8.63</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3278128 136.372475 8.63 36.3277518 136.3725065 8.63 36.3277518 136.3725065 12.81 36.3278128 136.372475 12.81 36.3278128 136.372475 8.63</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3277518 136.3725065 8.63 36.3277841 136.3726023 8.63 36.3277841 136.3726023 12.81 36.3277518 136.3725065 12.81 36.3277518 136.3725065 8.63</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3277841 136.3726023 8.63 36.3278452 136.3725709 8.63 36.3278452 136.3725709 12.81 36.3277841 136.3726023 12.81 36.3277841 136.3726023 8.63</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3278452 136.3725709 12.81 36.3278128 136.372475 12.81 36.3277518 136.3725065 12.81 36.3277841 136.3726023 12.81 36.3278452 136.3725709 12.81</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
</gml:CompositeSurface></gml:exterior></gml:Solid></bldg:lod1Solid>
<uro:bldgDataQualityAttribute>
<uro:DataQualityAttribute>
<uro:lod1HeightType codeSpace="../../codelists/DataQualityAttribute_lod1HeightType.xml">2</uro:lod1HeightType>
</uro:DataQualityAttribute>
</uro:bldgDataQualityAttribute>
<uro:buildingDetailAttribute>
<uro:BuildingDetailAttribute>
<uro:totalFloorArea uom="m2">61.62</uro:totalFloorArea>
<uro:buildingFootprintArea uom="m2">68.45</uro:buildingFootprintArea>
<uro:buildingStructureType codeSpace="../../codelists/Building_buildingStructureType.xml">601</uro:buildingStructureType>
<uro:surveyYear>2021</uro:surveyYear>
</uro:BuildingDetailAttribute>
</uro:buildingDetailAttribute>
<uro:buildingIDAttribute>
<uro:BuildingIDAttribute>
<uro:buildingID>17206-bldg-2927</uro:buildingID>
<uro:prefecture codeSpace="../../codelists/Common_localPublicAuthorities.xml">17</uro:prefecture>
<uro:city codeSpace="../../codelists/Common_localPublicAuthorities.xml">17206</uro:city>
</uro:BuildingIDAttribute>
</uro:buildingIDAttribute>
</bldg:Building>
</core:cityObjectMember>
<core:cityObjectMember>
<bldg:Building gml:id="bldg_5a205797-523a-42e8-a14b-f2607e9021d4">
<core:creationDate>2025-03-21</core:creationDate>
<bldg:class codeSpace="../../codelists/Building_class.xml">3001</bldg:class>
<bldg:usage codeSpace="../../codelists/Building_usage.xml">411</bldg:usage>
<bldg:yearOfConstruction>2016</bldg:yearOfConstruction>
<bldg:measuredHeight uom="m">8.1</bldg:measuredHeight>
<bldg:storeysAboveGround>2</bldg:storeysAboveGround>
<bldg:lod0RoofEdge><gml:MultiSurface><gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3286076 136.3748168 0 36.3285612 136.3746791 0 36.3284703 136.3747259 0 36.3285167 136.3748637 0 36.3286076 136.3748168 0</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember></gml:MultiSurface></bldg:lod0RoofEdge>
<bldg:lod1Solid><gml:Solid><gml:exterior><gml:CompositeSurface>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3285167 136.3748637 8.71 36.3284703 136.3747259 8.71 36.3285612 136.3746791 8.71 36.3286076 136.3748168 8.71 36.3285167 136.3748637 8.71</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3286076 136.3748168 8.71 36.3285612 136.3746791 8.71 36.3285612 136.3746791 15.68 36.3286076 136.3748168 15.68 36.3286076 136.3748168 8.71</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3285612 136.3746791 8.71 36.3284703 136.3747259 8.71 36.3284703 136.3747259 15.68 36.3285612 136.3746791 15.68 36.3285612 136.3746791 8.71</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3284703 136.3747259 8.71 36.3285167 136.3748637 8.71 36.3285167 136.3748637 15.68 36.3284703 136.3747259 15.68 36.3284703 136.3747259 8.71</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3285167 136.3748637 8.71 36.3286076 136.3748168 8.71 36.3286076 136.3748168 15.68 36.3285167 136.3748637 15.68 36.3285167 136.3748637 8.71</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3286076 136.3748168 15.68 36.3285612 136.3746791 15.68 36.3284703 136.3747259 15.68 36.3285167 136.3748637 15.68 36.3286076 136.3748168 15.68</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
</gml:CompositeSurface></gml:exterior></gml:Solid></bldg:lod1Solid>
<uro:bldgDataQualityAttribute>
<uro:DataQualityAttribute>
<uro:lod1HeightType codeSpace="../../codelists/DataQualityAttribute_lod1HeightType.xml">2</uro:lod1HeightType>
</uro:DataQualityAttribute>
</uro:bldgDataQualityAttribute>
<uro:buildingDetailAttribute>
<uro:BuildingDetailAttribute>
<uro:totalFloorArea uom="m2">273.02</uro:totalFloorArea>
<uro:buildingFootprintArea uom="m2">146.42</uro:buildingFootprintArea>
<uro:buildingStructureType codeSpace="../../codelists/Building_buildingStructureType.xml">605</uro:buildingStructureType>
<uro:surveyYear>2021</uro:surveyYear>
</uro:BuildingDetailAttribute>
</uro:buildingDetailAttribute>
<uro:buildingIDAttribute>
<uro:BuildingIDAttribute>
<uro:buildingID>17206-bldg-2928</uro:buildingID>
<uro:prefecture codeSpace="../../codelists/Common_localPublicAuthorities.xml">17</uro:prefecture>
<uro:city codeSpace="../../codelists/Common_localPublicAuthorities.xml">17206</uro:city>
</uro:BuildingIDAttribute>
</uro:buildingIDAttribute>
</bldg:Building>
</core:cityObjectMember>
<core:cityObjectMember>
<bldg:Building gml:id="bldg_3b06c75b-4b57-4c26-973a-44d0ffe3d647">
<core:creationDate>2025-03-21</core:creationDate>
<bldg:class codeSpace="../../codelists/Building_class.xml">3003</bldg:class>
<bldg:usage codeSpace="../../codelists/Building_usage.xml">451</bldg:usage>
<bldg:yearOfConstruction>2000</bldg:yearOfConstruction>
<bldg:measuredHeight uom="m">5.6</bldg:measuredHeight>
<bldg:storeysAboveGround>1</bldg:storeysAboveGround>
<bldg:lod0RoofEdge><gml:MultiSurface><gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3252339 136.3673181 0 36.3252086 136.3672431 0 36.3251528 136.3672718 0 36.3251781 136.3673468 0 36.3252339 136.3673181 0</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember></gml:MultiSurface></bldg:lod0RoofEdge>
<bldg:lod1Solid><gml:Solid><gml:exterior><gml:CompositeSurface>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3251781 136.3673468 9.64 36.3251528 136.3672718 9.64 36.3252086 136.3672431 9.64 36.3252339 136.3673181 9.64 36.3251781 136.3673468 9.64</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3252339 136.3673181 9.64 36.3252086 136.3672431 9.64 36.3252086 136.3672431 14.7 36.3252339 136.3673181 14.7 36.3252339 136.3673181 9.64</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3252086 136.3672431 9.64 36.3251528 136.3672718 9.64 36.3251528 136.3672718 14.7 36.3252086 136.3672431 14.7 36.3252086 136.3672431 9.64</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3251528 136.3672718 9.64 36.3251781 136.3673468 9.64 36.3251781 136.3673468 14.7 36.3251528 136.3672718 14.7 36.3251528 136.3672718 9.64</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3251781 136.3673468 9.64 36.3252339 136.3673181 9.64 36.3252339 136.3673181 14.7 36.3251781 136.3673468 14.7 36.3251781 136.3673468 9.64</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3252339 136.3673181 14.7 36.3252086 136.3672431 14.7 36.3251528 136.3672718 14.7 36.3251781 136.3673468 14.7 36.3252339 136.3673181 14.7</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
</gml:CompositeSurface></gml:exterior></gml:Solid></bldg:lod1Solid>
<uro:bldgDataQualityAttribute>
<uro:DataQualityAttribute>
<uro:lod1HeightType codeSpace="../../codelists/DataQualityAttribute_lod1HeightType.xml">2</uro:lod1HeightType>
</uro:DataQualityAttribute>
</uro:bldgDataQualityAttribute>
<uro:buildingDetailAttribute>
<uro:BuildingDetailAttribute>
<uro:totalFloorArea uom="m2">47.35</uro:totalFloorArea>
<uro:buildingFootprintArea uom="m2">48.87</uro:buildingFootprintArea>
<uro:buildingStructureType codeSpace="../../codelists/Building_buildingStructureType.xml">601</uro:buildingStructureType>
<uro:surveyYear>2021</uro:surveyYear>
</uro:BuildingDetailAttribute>
</uro:buildingDetailAttribute>
<uro:buildingIDAttribute>
<uro:BuildingIDAttribute>
<uro:buildingID>17206-bldg-2974</uro:buildingID>
<uro:prefecture codeSpace="../../codelists/Common_localPublicAuthorities.xml">17</uro:prefecture>
<uro:city codeSpace="../../codelists/Common_localPublicAuthorities.xml">17206</uro:city>
</uro:BuildingIDAttribute>
</uro:buildingIDAttribute>
</bldg:Building>
</core:cityObjectMember>
<core:cityObjectMember>
<bldg:Building gml:id="bldg_d6cb0644-27f6-4a1e-ac2b-bb581337eaba">
<core:creationDate>2025-03-21</core:creationDate>
<bldg:class codeSpace="../../codelists/Building_class.xml">3001</bldg:class>
<bldg:usage codeSpace="../../codelists/Building_usage.xml">451</bldg:usage>
<bldg:yearOfConstruction>1970</bldg:yearOfConstruction>
<bldg:measuredHeight uom="m">5</bldg:measuredHeight>
<bldg:storeysAboveGround>1</bldg:storeysAboveGround>
<bldg:lod0RoofEdge><gml:MultiSurface><gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3260441 136.3697983 0 36.3259954 136.3696536 0 36.3259482 136.3696778 0 36.325997 136.3698225 0 36.3260441 136.3697983 0</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember></gml:MultiSurface></bldg:lod0RoofEdge>
<bldg:lod1Solid><gml:Solid><gml:exterior><gml:CompositeSurface>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.325997 136.3698225 9.08 36.3259482 136.3696778 9.08 36.3259954 136.3696536 9.08 36.3260441 136.3697983 9.08 36.325997 136.3698225 9.08</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3260441 136.3697983 9.08 36.3259954 136.3696536 9.08 36.3259954 136.3696536 13.54 36.3260441 136.3697983 13.54 36.3260441 136.3697983 9.08</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3259954 136.3696536 9.08 36.3259482 136.3696778 9.08 36.3259482 136.3696778 13.54 36.3259954 136.3696536 13.54 36.3259954 136.3696536 9.08</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3259482 136.3696778 9.08 36.325997 136.3698225 9.08 36.325997 136.3698225 13.54 36.3259482 136.3696778 13.54 36.3259482 136.3696778 9.08</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.325997 136.3698225 9.08 36.3260441 136.3697983 9.08 36.3260441 136.3697983 13.54 36.325997 136.3698225 13.54 36.325997 136.3698225 9.08</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3260441 136.3697983 13.54 36.3259954 136.3696536 13.54 36.3259482 136.3696778 13.54 36.325997 136.3698225 13.54 36.3260441 136.3697983 13.54</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
</gml:CompositeSurface></gml:exterior></gml:Solid></bldg:lod1Solid>
<uro:bldgDataQualityAttribute>
<uro:DataQualityAttribute>
<uro:lod1HeightType codeSpace="../../codelists/DataQualityAttribute_lod1HeightType.xml">2</uro:lod1HeightType>
</uro:DataQualityAttribute>
</uro:bldgDataQualityAttribute>
<uro:buildingDetailAttribute>
<uro:BuildingDetailAttribute>
<uro:totalFloorArea uom="m2">74.94</uro:totalFloorArea>
<uro:buildingFootprintArea uom="m2">79.72</uro:buildingFootprintArea>
<uro:buildingStructureType codeSpace="../../codelists/Building_buildingStructureType.xml">601</uro:buildingStructureType>
<uro:surveyYear>2021</uro:surveyYear>
</uro:BuildingDetailAttribute>
</uro:buildingDetailAttribute>
<uro:buildingIDAttribute>
<uro:BuildingIDAttribute>
<uro:buildingID>17206-bldg-2975</uro:buildingID>
<uro:prefecture codeSpace="../../codelists/Common_localPublicAuthorities.xml">17</uro:prefecture>
<uro:city codeSpace="../../codelists/Common_localPublicAuthorities.xml">17206</uro:city>
</uro:BuildingIDAttribute>
</uro:buildingIDAttribute>
</bldg:Building>
</core:cityObjectMember>
<core:cityObjectMember>
<bldg:Building gml:id="bldg_e2ed7eef-ac09-44b6-8625-1f4ed20ed87f">
<core:creationDate>2025-03-21</core:creationDate>
<bldg:class codeSpace="../../codelists/Building_class.xml">3001</bldg:class>
<bldg:usage codeSpace="../../codelists/Building_usage.xml">411</bldg:usage>
<bldg:yearOfConstruction>1998</bldg:yearOfConstruction>
<bldg:measuredHeight uom="m">5.4</bldg:measuredHeight>
<bldg:storeysAboveGround>1</bldg:storeysAboveGround>
<bldg:lod0RoofEdge><gml:MultiSurface><gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3266684 136.3714574 0 36.3266115 136.3712888 0 36.3265271 136.3713322 0 36.326584 136.3715009 0 36.3266684 136.3714574 0</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember></gml:MultiSurface></bldg:lod0RoofEdge>
<bldg:lod1Solid><gml:Solid><gml:exterior><gml:CompositeSurface>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.326584 136.3715009 8.71 36.3265271 136.3713322 8.71 36.3266115 136.3712888 8.71 36.3266684 136.3714574 8.71 36.326584 136.3715009 8.71</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3266684 136.3714574 8.71 36.3266115 136.3712888 8.71 36.3266115 136.3712888 13.09 36.3266684 136.3714574 13.09 36.3266684 136.3714574 8.71</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3266115 136.3712888 8.71 36.3265271 136.3713322 8.71 36.3265271 136.3713322 13.09 36.3266115 136.3712888 13.09 36.3266115 136.3712888 8.71</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3265271 136.3713322 8.71 36.326584 136.3715009 8.71 36.326584 136.3715009 13.09 36.3265271 136.3713322 13.09 36.3265271 136.3713322 8.71</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.326584 136.3715009 8.71 36.3266684 136.3714574 8.71 36.3266684 136.3714574 13.09 36.326584 136.3715009 13.09 36.326584 136.3715009 8.71</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3266684 136.3714574 13.09 36.3266115 136.3712888 13.09 36.3265271 136.3713322 13.09 36.326584 136.3715009 13.09 36.3266684 136.3714574 13.09</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
</gml:CompositeSurface></gml:exterior></gml:Solid></bldg:lod1Solid>
<uro:bldgDataQualityAttribute>
<uro:DataQualityAttribute>
<uro:lod1HeightType codeSpace="../../codelists/DataQualityAttribute_lod1HeightType.xml">2</uro:lod1HeightType>
</uro:DataQualityAttribute>
</uro:bldgDataQualityAttribute>
<uro:buildingDetailAttribute>
<uro:BuildingDetailAttribute>
<uro:totalFloorArea uom="m2">165.04</uro:totalFloorArea>
<uro:buildingFootprintArea uom="m2">166.48</uro:buildingFootprintArea>
<uro:buildingStructureType codeSpace="../../codelists/Building_buildingStructureType.xml">601</uro:buildingStructureType>
<uro:surveyYear>2021</uro:surveyYear>
</uro:BuildingDetailAttribute>
</uro:buildingDetailAttribute>
<uro:buildingIDAttribute>
<uro:BuildingIDAttribute>
<uro:buildingID>17206-bldg-2976</uro:buildingID>
<uro:prefecture codeSpace="../../codelists/Common_localPublicAuthorities.xml">17</uro:prefecture>
<uro:city codeSpace="../../codelists/Common_localPublicAuthorities.xml">17206</uro:city>
</uro:BuildingIDAttribute>
</uro:buildingIDAttribute>
</bldg:Building>
</core:cityObjectMember>
<core:cityObjectMember>
<bldg:Building gml:id="bldg_4fa92735-932f-40ea-809f-cdcb556d6b20">
<core:creationDate>2025-03-21</core:creationDate>
<bldg:class codeSpace="../../codelists/Building_class.xml">3001</bldg:class>
<bldg:usage codeSpace="../../codelists/Building_usage.xml">451</bldg:usage>
<bldg:yearOfConstruction>1985</bldg:yearOfConstruction>
<bldg:measuredHeight uom="m">5.7</bldg:measuredHeight>
<bldg:storeysAboveGround>1</bldg:storeysAboveGround>
<bldg:lod0RoofEdge><gml:MultiSurface><gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3267128 136.3716455 0 36.3266693 136.3715164 0 36.3265905 136.371557 0 36.326634 136.3716861 0 36.3267128 136.3716455 0</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember></gml:MultiSurface></bldg:lod0RoofEdge>
<bldg:lod1Solid><gml:Solid><gml:exterior><gml:CompositeSurface>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.326634 136.3716861 8.7 36.3265905 136.371557 8.7 36.3266693 136.3715164 8.7 36.3267128 136.3716455 8.7 36.326634 136.3716861 8.7</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3267128 136.3716455 8.7 36.3266693 136.3715164 8.7 36.3266693 136.3715164 13.61 36.3267128 136.3716455 13.61 36.3267128 136.3716455 8.7</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3266693 136.3715164 8.7 36.3265905 136.371557 8.7 36.3265905 136.371557 13.61 36.3266693 136.3715164 13.61 36.3266693 136.3715164 8.7</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3265905 136.371557 8.7 36.326634 136.3716861 8.7 36.326634 136.3716861 13.61 36.3265905 136.371557 13.61 36.3265905 136.371557 8.7</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.326634 136.3716861 8.7 36.3267128 136.3716455 8.7 36.3267128 136.3716455 13.61 36.326634 136.3716861 13.61 36.326634 136.3716861 8.7</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3267128 136.3716455 13.61 36.3266693 136.3715164 13.61 36.3265905 136.371557 13.61 36.326634 136.3716861 13.61 36.3267128 136.3716455 13.61</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
</gml:CompositeSurface></gml:exterior></gml:Solid></bldg:lod1Solid>
<uro:bldgDataQualityAttribute>
<uro:DataQualityAttribute>
<uro:lod1HeightType codeSpace="../../codelists/DataQualityAttribute_lod1HeightType.xml">2</uro:lod1HeightType>
</uro:DataQualityAttribute>
</uro:bldgDataQualityAttribute>
<uro:buildingDetailAttribute>
<uro:BuildingDetailAttribute>
<uro:totalFloorArea uom="m2">113.67</uro:totalFloorArea>
<uro:buildingFootprintArea uom="m2">118.91</uro:buildingFootprintArea>
<uro:buildingStructureType codeSpace="../../codelists/Building_buildingStructureType.xml">601</uro:buildingStructureType>
<uro:surveyYear>2021</uro:surveyYear>
</uro:BuildingDetailAttribute>
</uro:buildingDetailAttribute>
<uro:buildingIDAttribute>
<uro:BuildingIDAttribute>
<uro:buildingID>17206-bldg-2977</uro:buildingID>
<uro:prefecture codeSpace="../../codelists/Common_localPublicAuthorities.xml">17</uro:prefecture>
<uro:city codeSpace="../../codelists/Common_localPublicAuthorities.xml">17206</uro:city>
</uro:BuildingIDAttribute>
</uro:buildingIDAttribute>
</bldg:Building>
</core:cityObjectMember>
<core:cityObjectMember>
<bldg:Building gml:id="bldg_fee7d62a-2b2a-47ba-aa0b-c8b4126b89f9">
<core:creationDate>2025-03-21</core:creationDate>
<bldg:class codeSpace="../../codelists/Building_class.xml">3001</bldg:class>
<bldg:usage codeSpace="../../codelists/Building_usage.xml">411</bldg:usage>
<bldg:yearOfConstruction>1995</bldg:yearOfConstruction>
<bldg:measuredHeight uom="m">7.4</bldg:measuredHeight>
<bldg:storeysAboveGround>2</bldg:storeysAboveGround>
<bldg:lod0RoofEdge><gml:MultiSurface><gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3274686 136.3738633 0 36.3274273 136.3737408 0 36.327351 136.37378 0 36.3273923 136.3739026 0 36.3274686 136.3738633 0</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember></gml:MultiSurface></bldg:lod0RoofEdge>
<bldg:lod1Solid><gml:Solid><gml:exterior><gml:CompositeSurface>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3273923 136.3739026 8.75 36.327351 136.37378 8.75 36.3274273 136.3737408 8.75 36.3274686 136.3738633 8.75 36.3273923 136.3739026 8.75</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3274686 136.3738633 8.75 36.3274273 136.3737408 8.75 36.3274273 136.3737408 15.21 36.3274686 136.3738633 15.21 36.3274686 136.3738633 8.75</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3274273 136.3737408 8.75 36.327351 136.37378 8.75 36.327351 136.37378 15.21 36.3274273 136.3737408 15.21 36.3274273 136.3737408 8.75</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.327351 136.37378 8.75 36.3273923 136.3739026 8.75 36.3273923 136.3739026 15.21 36.327351 136.37378 15.21 36.327351 136.37378 8.75</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3273923 136.3739026 8.75 36.3274686 136.3738633 8.75 36.3274686 136.3738633 15.21 36.3273923 136.3739026 15.21 36.3273923 136.3739026 8.75</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3274686 136.3738633 15.21 36.3274273 136.3737408 15.21 36.327351 136.37378 15.21 36.3273923 136.3739026 15.21 36.3274686 136.3738633 15.21</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
</gml:CompositeSurface></gml:exterior></gml:Solid></bldg:lod1Solid>
<uro:bldgDataQualityAttribute>
<uro:DataQualityAttribute>
<uro:lod1HeightType codeSpace="../../codelists/DataQualityAttribute_lod1HeightType.xml">2</uro:lod1HeightType>
</uro:DataQualityAttribute>
</uro:bldgDataQualityAttribute>
<uro:buildingDetailAttribute>
<uro:BuildingDetailAttribute>
<uro:totalFloorArea uom="m2">210.01</uro:totalFloorArea>
<uro:buildingFootprintArea uom="m2">109.3</uro:buildingFootprintArea>
<uro:buildingStructureType codeSpace="../../codelists/Building_buildingStructureType.xml">603</uro:buildingStructureType>
<uro:surveyYear>2021</uro:surveyYear>
</uro:BuildingDetailAttribute>
</uro:buildingDetailAttribute>
<uro:buildingIDAttribute>
<uro:BuildingIDAttribute>
<uro:buildingID>17206-bldg-2978</uro:buildingID>
<uro:prefecture codeSpace="../../codelists/Common_localPublicAuthorities.xml">17</uro:prefecture>
<uro:city codeSpace="../../codelists/Common_localPublicAuthorities.xml">17206</uro:city>
</uro:BuildingIDAttribute>
</uro:buildingIDAttribute>
</bldg:Building>
</core:cityObjectMember>
<core:cityObjectMember>
<bldg:Building gml:id="bldg_cf9c8017-780f-46e7-8c61-bc622c91dfdf">
<core:creationDate>2025-03-21</core:creationDate>
<bldg:class codeSpace="../../codelists/Building_class.xml">3001</bldg:class>
<bldg:usage codeSpace="../../codelists/Building_usage.xml">411</bldg:usage>
<bldg:yearOfConstruction>1992</bldg:yearOfConstruction>
<bldg:measuredHeight uom="m">5.6</bldg:measuredHeight>
<bldg:storeysAboveGround>2</bldg:storeysAboveGround>
<bldg:lod0RoofEdge><gml:MultiSurface><gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3275412 136.37403 0 36.3275105 136.373939 0 36.3274374 136.3739766 0 36.3274681 136.3740676 0 36.3275412 136.37403 0</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember></gml:MultiSurface></bldg:lod0RoofEdge>
<bldg:lod1Solid><gml:Solid><gml:exterior><gml:CompositeSurface>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3274681 136.3740676 8.73 36.3274374 136.3739766 8.73 36.3275105 136.373939 8.73 36.3275412 136.37403 8.73 36.3274681 136.3740676 8.73</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3275412 136.37403 8.73 36.3275105 136.373939 8.73 36.3275105 136.373939 14.36 36.3275412 136.37403 14.36 36.3275412 136.37403 8.73</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3275105 136.373939 8.73 36.3274374 136.3739766 8.73 36.3274374 136.3739766 14.36 36.3275105 136.373939 14.36 36.3275105 136.373939 8.73</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3274374 136.3739766 8.73 36.3274681 136.3740676 8.73 36.3274681 136.3740676 14.36 36.3274374 136.3739766 14.36 36.3274374 136.3739766 8.73</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3274681 136.3740676 8.73 36.3275412 136.37403 8.73 36.3275412 136.37403 14.36 36.3274681 136.3740676 14.36 36.3274681 136.3740676 8.73</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3275412 136.37403 14.36 36.3275105 136.373939 14.36 36.3274374 136.3739766 14.36 36.3274681 136.3740676 14.36 36.3275412 136.37403 14.36</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
</gml:CompositeSurface></gml:exterior></gml:Solid></bldg:lod1Solid>
<uro:bldgDataQualityAttribute>
<uro:DataQualityAttribute>
<uro:lod1HeightType codeSpace="../../codelists/DataQualityAttribute_lod1HeightType.xml">2</uro:lod1HeightType>
</uro:DataQualityAttribute>
</uro:bldgDataQualityAttribute>
<uro:buildingDetailAttribute>
<uro:BuildingDetailAttribute>
<uro:totalFloorArea uom="m2">127.58</uro:totalFloorArea>
<uro:buildingFootprintArea uom="m2">77.75</uro:buildingFootprintArea>
<uro:buildingStructureType codeSpace="../../codelists/Building_buildingStructureType.xml">601</uro:buildingStructureType>
<uro:surveyYear>2021</uro:surveyYear>
</uro:BuildingDetailAttribute>
</uro:buildingDetailAttribute>
<uro:buildingIDAttribute>
<uro:BuildingIDAttribute>
<uro:buildingID>17206-bldg-2979</uro:buildingID>
<uro:prefecture codeSpace="../../codelists/Common_localPublicAuthorities.xml">17</uro:prefecture>
<uro:city codeSpace="../../codelists/Common_localPublicAuthorities.xml">17206</uro:city>
</uro:BuildingIDAttribute>
</uro:buildingIDAttribute>
</bldg:Building>
</core:cityObjectMember>
<core:cityObjectMember>
<bldg:Building gml:id="bldg_f01c0f1c-812c-40ca-82e8-d970a122f447">
<core:creationDate>2025-03-21</core:creationDate>
<bldg:class codeSpace="../../codelists/Building_class.xml">3001</bldg:class>
<bldg:usage codeSpace="../../codelists/Building_usage.xml">411</bldg:usage>
<bldg:yearOfConstruction>1987</bldg:yearOfConstruction>
<bldg:measuredHeight uom="m">8</bldg:measuredHeight>
<bldg:storeysAboveGround>2</bldg:storeysAboveGround>
<bldg:lod0RoofEdge><gml:MultiSurface><gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3275964 136.3741918 0 36.3275573 136.3740756 0 36.3274783 136.3741163 0 36.3275174 136.3742324 0 36.3275964 136.3741918 0</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember></gml:MultiSurface></bldg:lod0RoofEdge>
<bldg:lod1Solid><gml:Solid><gml:exterior><gml:CompositeSurface>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3275174 136.3742324 8.71 36.3274783 136.3741163 8.71 36.3275573 136.3740756 8.71 36.3275964 136.3741918 8.71 36.3275174 136.3742324 8.71</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3275964 136.3741918 8.71 36.3275573 136.3740756 8.71 36.3275573 136.3740756 15.76 36.3275964 136.3741918 15.76 36.3275964 136.3741918 8.71</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3275573 136.3740756 8.71 36.3274783 136.3741163 8.71 36.3274783 136.3741163 15.76 36.3275573 136.3740756 15.76 36.3275573 136.3740756 8.71</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3274783 136.3741163 8.71 36.3275174 136.3742324 8.71 36.3275174 136.3742324 15.76 36.3274783 136.3741163 15.76 36.3274783 136.3741163 8.71</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3275174 136.3742324 8.71 36.3275964 136.3741918 8.71 36.3275964 136.3741918 15.76 36.3275174 136.3742324 15.76 36.3275174 136.3742324 8.71</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3275964 136.3741918 15.76 36.3275573 136.3740756 15.76 36.3274783 136.3741163 15.76 36.3275174 136.3742324 15.76 36.3275964 136.3741918 15.76</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
</gml:CompositeSurface></gml:exterior></gml:Solid></bldg:lod1Solid>
<uro:bldgDataQualityAttribute>
<uro:DataQualityAttribute>
<uro:lod1HeightType codeSpace="../../codelists/DataQualityAttribute_lod1HeightType.xml">2</uro:lod1HeightType>
</uro:DataQualityAttribute>
</uro:bldgDataQualityAttribute>
<uro:buildingDetailAttribute>
<uro:BuildingDetailAttribute>
<uro:totalFloorArea uom="m2">198.06</uro:totalFloorArea>
<uro:buildingFootprintArea uom="m2">107.32</uro:buildingFootprintArea>
<uro:buildingStructureType codeSpace="../../codelists/Building_buildingStructureType.xml">601</uro:buildingStructureType>
<uro:surveyYear>2021</uro:surveyYear>
</uro:BuildingDetailAttribute>
</uro:buildingDetailAttribute>
<uro:buildingIDAttribute>
<uro:BuildingIDAttribute>
<uro:buildingID>17206-bldg-2980</uro:buildingID>
<uro:prefecture codeSpace="../../codelists/Common_localPublicAuthorities.xml">17</uro:prefecture>
<uro:city codeSpace="../../codelists/Common_localPublicAuthorities.xml">17206</uro:city>
</uro:BuildingIDAttribute>
</uro:buildingIDAttribute>
</bldg:Building>
</core:cityObjectMember>
<core:cityObjectMember>
<bldg:Building gml:id="bldg_e7784b51-9cc6-4117-a1ee-107450adf4b0">
<core:creationDate>2025-03-21</core:creationDate>
<bldg:class codeSpace="../../codelists/Building_class.xml">3001</bldg:class>
<bldg:usage codeSpace="../../codelists/Building_usage.xml">411</bldg:usage>
<bldg:yearOfConstruction>2006</bldg:yearOfConstruction>
<bldg:measuredHeight uom="m">8.2</bldg:measuredHeight>
<bldg:storeysAboveGround>2</bldg:storeysAboveGround>
<bldg:lod0RoofEdge><gml:MultiSurface><gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3276476 136.374373 0 36.3276074 136.374254 0 36.3275243 136.3742968 0 36.3275644 136.3744158 0 36.3276476 136.374373 0</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember></gml:MultiSurface></bldg:lod0RoofEdge>
<bldg:lod1Solid><gml:Solid><gml:exterior><gml:CompositeSurface>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3275644 136.3744158 8.67 36.3275243 136.3742968 8.67 36.3276074 136.374254 8.67 36.3276476 136.374373 8.67 36.3275644 136.3744158 8.67</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3276476 136.374373 8.67 36.3276074 136.374254 8.67 36.3276074 136.374254 15.8 36.3276476 136.374373 15.8 36.3276476 136.374373 8.67</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3276074 136.374254 8.67 36.3275243 136.3742968 8.67 36.3275243 136.3742968 15.8 36.3276074 136.374254 15.8 36.3276074 136.374254 8.67</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3275243 136.3742968 8.67 36.3275644 136.3744158 8.67 36.3275644 136.3744158 15.8 36.3275243 136.3742968 15.8 36.3275243 136.3742968 8.67</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3275644 136.3744158 8.67 36.3276476 136.374373 8.67 36.3276476 136.374373 15.8 36.3275644 136.3744158 15.8 36.3275644 136.3744158 8.67</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3276476 136.374373 15.8 36.3276074 136.374254 15.8 36.3275243 136.3742968 15.8 36.3275644 136.3744158 15.8 36.3276476 136.374373 15.8</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
</gml:CompositeSurface></gml:exterior></gml:Solid></bldg:lod1Solid>
<uro:bldgDataQualityAttribute>
<uro:DataQualityAttribute>
<uro:lod1HeightType codeSpace="../../codelists/DataQualityAttribute_lod1HeightType.xml">2</uro:lod1HeightType>
</uro:DataQualityAttribute>
</uro:bldgDataQualityAttribute>
<uro:buildingDetailAttribute>
<uro:BuildingDetailAttribute>
<uro:totalFloorArea uom="m2">194.05</uro:totalFloorArea>
<uro:buildingFootprintArea uom="m2">115.78</uro:buildingFootprintArea>
<uro:buildingStructureType codeSpace="../../codelists/Building_buildingStructureType.xml">601</uro:buildingStructureType>
<uro:surveyYear>2021</uro:surveyYear>
</uro:BuildingDetailAttribute>
</uro:buildingDetailAttribute>
<uro:buildingIDAttribute>
<uro:BuildingIDAttribute>
<uro:buildingID>17206-bldg-2981</uro:buildingID>
<uro:prefecture codeSpace="../../codelists/Common_localPublicAuthorities.xml">17</uro:prefecture>
<uro:city codeSpace="../../codelists/Common_localPublicAuthorities.xml">17206</uro:city>
</uro:BuildingIDAttribute>
</uro:buildingIDAttribute>
</bldg:Building>
</core:cityObjectMember>
<core:cityObjectMember>
<bldg:Building gml:id="bldg_170eeabb-5fb2-4805-b58c-f0f0d3c5b6ba">
<core:creationDate>2025-03-21</core:creationDate>
<bldg:class codeSpace="../../codelists/Building_class.xml">3001</bldg:class>
<bldg:usage codeSpace="../../codelists/Building_usage.xml">454</bldg:usage>
<bldg:yearOfConstruction>1977</bldg:yearOfConstruction>
<bldg:measuredHeight uom="m">3.2</bldg:measuredHeight>
<bldg:storeysAboveGround>1</bldg:storeysAboveGround>
<bldg:lod0RoofEdge><gml:MultiSurface><gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3275519 136.3744223 0 36.3275325 136.3743646 0 36.3275087 136.3743769 0 36.3275281 136.3744345 0 36.3275519 136.3744223 0</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember></gml:MultiSurface></bldg:lod0RoofEdge>
<bldg:lod1Solid><gml:Solid><gml:exterior><gml:CompositeSurface>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3275281 136.3744345 8.67 36.3275087 136.3743769 8.67 36.3275325 136.3743646 8.67 36.3275519 136.3744223 8.67 36.3275281 136.3744345 8.67</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3275519 136.3744223 8.67 36.3275325 136.3743646 8.67 36.3275325 136.3743646 11.68 36.3275519 136.3744223 11.68 36.3275519 136.3744223 8.67</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3275325 136.3743646 8.67 36.3275087 136.3743769 8.67 36.3275087 136.3743769 11.68 36.3275325 136.3743646 11.68 36.3275325 136.3743646 8.67</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3275087 136.3743769 8.67 36.3275281 136.3744345 8.67 36.3275281 136.3744345 11.68 36.3275087 136.3743769 11.68 36.3275087 136.3743769 8.67</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3275281 136.3744345 8.67 36.3275519 136.3744223 8.67 36.3275519 136.3744223 11.68 36.3275281 136.3744345 11.68 36.3275281 136.3744345 8.67</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3275519 136.3744223 11.68 36.3275325 136.3743646 11.68 36.3275087 136.3743769 11.68 36.3275281 136.3744345 11.68 36.3275519 136.3744223 11.68</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
</gml:CompositeSurface></gml:exterior></gml:Solid></bldg:lod1Solid>
<uro:bldgDataQualityAttribute>
<uro:DataQualityAttribute>
<uro:lod1HeightType codeSpace="../../codelists/DataQualityAttribute_lod1HeightType.xml">2</uro:lod1HeightType>
</uro:DataQualityAttribute>
</uro:bldgDataQualityAttribute>
<uro:buildingDetailAttribute>
<uro:BuildingDetailAttribute>
<uro:totalFloorArea uom="m2">14.39</uro:totalFloorArea>
<uro:buildingFootprintArea uom="m2">16.07</uro:buildingFootprintArea>
<uro:buildingStructureType codeSpace="../../codelists/Building_buildingStructureType.xml">611</uro:buildingStructureType>
<uro:surveyYear>2021</uro:surveyYear>
</uro:BuildingDetailAttribute>
</uro:buildingDetailAttribute>
<uro:buildingIDAttribute>
<uro:BuildingIDAttribute>
<uro:buildingID>17206-bldg-2982</uro:buildingID>
<uro:prefecture codeSpace="../../codelists/Common_localPublicAuthorities.xml">17</uro:prefecture>
<uro:city codeSpace="../../codelists/Common_localPublicAuthorities.xml">17206</uro:city>
</uro:BuildingIDAttribute>
</uro:buildingIDAttribute>
</bldg:Building>
</core:cityObjectMember>
<core:cityObjectMember>
<bldg:Building gml:id="bldg_a2bf0044-6403-4e64-83bf-54a2afd97847">
<core:creationDate>2025-03-21</core:creationDate>
<bldg:class codeSpace="../../codelists/Building_class.xml">3002</bldg:class>
<bldg:usage codeSpace="../../codelists/Building_usage.xml">412</bldg:usage>
<bldg:yearOfConstruction>2000</bldg:yearOfConstruction>
<bldg:measuredHeight uom="m">9.9</bldg:measuredHeight>
<bldg:storeysAboveGround>3</bldg:storeysAboveGround>
<bldg:storeysBelowGround>0</bldg:storeysBelowGround>
<bldg:lod0RoofEdge><gml:MultiSurface><gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3277667 136.374851 0 36.3276394 136.3744736 0 36.3275511 136.3745191 0 36.3276783 136.3748965 0 36.3277667 136.374851 0</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember></gml:MultiSurface></bldg:lod0RoofEdge>
<bldg:lod1Solid><gml:Solid><gml:exterior><gml:CompositeSurface>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3276783 136.3748965 8.67 36.3275511 136.3745191 8.67 36.3276394 136.3744736 8.67 36.3277667 136.374851 8.67 36.3276783 136.3748965 8.67</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3277667 136.374851 8.67 36.3276394 136.3744736 8.67 36.3276394 136.3744736 18.57 36.3277667 136.374851 18.57 36.3277667 136.374851 8.67</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3276394 136.3744736 8.67 36.3275511 136.3745191 8.67 36.3275511 136.3745191 18.57 36.3276394 136.3744736 18.57 36.3276394 136.3744736 8.67</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3275511 136.3745191 8.67 36.3276783 136.3748965 8.67 36.3276783 136.3748965 18.57 36.3275511 136.3745191 18.57 36.3275511 136.3745191 8.67</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3276783 136.3748965 8.67 36.3277667 136.374851 8.67 36.3277667 136.374851 18.57 36.3276783 136.3748965 18.57 36.3276783 136.3748965 8.67</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3277667 136.374851 18.57 36.3276394 136.3744736 18.57 36.3275511 136.3745191 18.57 36.3276783 136.3748965 18.57 36.3277667 136.374851 18.57</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
</gml:CompositeSurface></gml:exterior></gml:Solid></bldg:lod1Solid>
<uro:bldgDataQualityAttribute>
<uro:DataQualityAttribute>
<uro:lod1HeightType codeSpace="../../codelists/DataQualityAttribute_lod1HeightType.xml">2</uro:lod1HeightType>
</uro:DataQualityAttribute>
</uro:bldgDataQualityAttribute>
<uro:buildingDetailAttribute>
<uro:BuildingDetailAttribute>
<uro:totalFloorArea uom="m2">982.25</uro:totalFloorArea>
<uro:buildingFootprintArea uom="m2">389.87</uro:buildingFootprintArea>
<uro:buildingStructureType codeSpace="../../codelists/Building_buildingStructureType.xml">603</uro:buildingStructureType>
<uro:surveyYear>2021</uro:surveyYear>
</uro:BuildingDetailAttribute>
</uro:buildingDetailAttribute>
<uro:buildingIDAttribute>
<uro:BuildingIDAttribute>
<uro:buildingID>17206-bldg-2983</uro:buildingID>
<uro:prefecture codeSpace="../../codelists/Common_localPublicAuthorities.xml">17</uro:prefecture>
<uro:city codeSpace="../../codelists/Common_localPublicAuthorities.xml">17206</uro:city>
</uro:BuildingIDAttribute>
</uro:buildingIDAttribute>
</bldg:Building>
</core:cityObjectMember>
</core:CityModel>
